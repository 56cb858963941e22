/* scapula-color.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "scapula-color.h"

/* The colour arithmetic the drawn widgets share: their palettes are mixes
 * of the theme's named colours, so dark mode and high contrast follow. */

/**
 * scapula_color_mix:
 * @a: a colour
 * @b: another colour
 * @t: 0 for @a, 1 for @b
 *
 * Returns: the colour a fraction @t of the way from @a to @b
 */
GdkRGBA
scapula_color_mix (const GdkRGBA *a,
                   const GdkRGBA *b,
                   double         t)
{
  return (GdkRGBA) {
    a->red + (b->red - a->red) * t,
    a->green + (b->green - a->green) * t,
    a->blue + (b->blue - a->blue) * t,
    a->alpha + (b->alpha - a->alpha) * t,
  };
}

/**
 * scapula_color_with_alpha:
 * @color: a colour
 * @alpha: a factor for its opacity
 *
 * Returns: @color with its alpha multiplied by @alpha
 */
GdkRGBA
scapula_color_with_alpha (const GdkRGBA *color,
                          double         alpha)
{
  return (GdkRGBA) { color->red, color->green, color->blue, color->alpha * alpha };
}

/**
 * scapula_color_lookup:
 * @context: a widget's style context
 * @name: a named colour of the theme, such as "accent_color"
 * @fallback: what to use when the theme has no such colour
 * @out: (out): the colour
 */
void
scapula_color_lookup (GtkStyleContext *context,
                      const char      *name,
                      const GdkRGBA   *fallback,
                      GdkRGBA         *out)
{
  if (!gtk_style_context_lookup_color (context, name, out))
    *out = *fallback;
}
