/* scapula-markup.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Helpers shared by the GMarkup loaders of the app's data files (catalog,
 * anatomy, poses): every error names the line it comes from. */

void scapula_markup_set_error        (GMarkupParseContext  *context,
                                      GError              **error,
                                      GQuark                domain,
                                      int                   code,
                                      const char           *format,
                                      ...) G_GNUC_PRINTF (5, 6);
void scapula_markup_prefix_position  (GMarkupParseContext  *context,
                                      GError              **error);

G_END_DECLS
