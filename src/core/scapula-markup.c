/* scapula-markup.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "scapula-markup"

#include "config.h"

#include "scapula-markup.h"

/* The line of the element being handled. GMarkup reports the position just
 * after the element; when the element ends its line, that position is the
 * start of the next line, which would blame the wrong line. */
static int
element_line (GMarkupParseContext *context)
{
  int line = 0, ch = 0;

  g_markup_parse_context_get_position (context, &line, &ch);
  return ch <= 1 && line > 1 ? line - 1 : line;
}

/**
 * scapula_markup_set_error:
 *
 * Sets @error to the message, prefixed with "line N: " where N is the line
 * of the element being parsed.
 */
void
scapula_markup_set_error (GMarkupParseContext  *context,
                          GError              **error,
                          GQuark                domain,
                          int                   code,
                          const char           *format,
                          ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, domain, code, "line %d: %s", element_line (context), message);
}

/**
 * scapula_markup_prefix_position:
 *
 * Errors that GLib raises itself for attributes (unknown or missing ones,
 * from g_markup_collect_attributes()) carry no position: prefix the line.
 * Errors already set with scapula_markup_set_error() are left alone.
 */
void
scapula_markup_prefix_position (GMarkupParseContext  *context,
                                GError              **error)
{
  if (error == NULL || *error == NULL || (*error)->domain != G_MARKUP_ERROR)
    return;

  g_prefix_error (error, "line %d: ", element_line (context));
}
