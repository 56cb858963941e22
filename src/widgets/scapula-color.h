/* scapula-color.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GdkRGBA scapula_color_mix        (const GdkRGBA   *a,
                                  const GdkRGBA   *b,
                                  double           t);
GdkRGBA scapula_color_with_alpha (const GdkRGBA   *color,
                                  double           alpha);
void    scapula_color_lookup     (GtkStyleContext *context,
                                  const char      *name,
                                  const GdkRGBA   *fallback,
                                  GdkRGBA         *out);

G_END_DECLS
