/* scapula-markup.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "scapula-markup"

#include "config.h"

#include "scapula-markup.h"

/**
 * scapula_markup_set_error:
 *
 * Sets @error to the message, prefixed with "line N: " where N is the line
 * the parser is at.
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
  int line = 0;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_markup_parse_context_get_position (context, &line, NULL);
  g_set_error (error, domain, code, "line %d: %s", line, message);
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
  int line = 0;

  if (error == NULL || *error == NULL || (*error)->domain != G_MARKUP_ERROR)
    return;

  g_markup_parse_context_get_position (context, &line, NULL);
  g_prefix_error (error, "line %d: ", line);
}
