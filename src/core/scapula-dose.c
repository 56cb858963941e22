/* scapula-dose.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "scapula-dose"

#include "config.h"

#include <glib/gi18n.h>

#include "scapula-dose.h"

G_DEFINE_BOXED_TYPE (ScapulaDose, scapula_dose, scapula_dose_copy, scapula_dose_free)

ScapulaDose *
scapula_dose_copy (const ScapulaDose *self)
{
  ScapulaDose *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  copy->source = g_strdup (self->source);

  return copy;
}

void
scapula_dose_free (ScapulaDose *self)
{
  if (self == NULL)
    return;

  g_free (self->source);
  g_free (self);
}

static char *
format_seconds (guint seconds)
{
  if (seconds >= 60 && seconds % 60 == 0)
    /* Translators: a duration in whole minutes. */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u min", "%u min", seconds / 60),
                            seconds / 60);

  /* Translators: a duration in seconds. */
  return g_strdup_printf (_("%u s"), seconds);
}

static char *
format_range (const ScapulaDose *self)
{
  if (self->type == SCAPULA_DOSE_TYPE_REPS)
    {
      if (self->amrap)
        return g_strdup (_("As many good reps as you can"));
      if (self->max == 0)
        /* Translators: an open-ended rep range, e.g. "8+ reps". */
        return g_strdup_printf (_("%u+ reps"), self->min);
      if (self->max == self->min)
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u rep", "%u reps", self->min),
                                self->min);
      /* Translators: a rep range, e.g. "8–12 reps". */
      return g_strdup_printf (_("%u–%u reps"), self->min, self->max);
    }
  else
    {
      g_autofree char *low = format_seconds (self->min);
      g_autofree char *high = NULL;

      if (self->max == 0 || self->max == self->min)
        return g_steal_pointer (&low);

      /* Both ends in minutes read better as "3–5 min" than "3 min–5 min". */
      if (self->min % 60 == 0 && self->max % 60 == 0)
        return g_strdup_printf (_("%u–%u min"), self->min / 60, self->max / 60);
      if (self->min < 60 && self->max < 60)
        return g_strdup_printf (_("%u–%u s"), self->min, self->max);

      high = format_seconds (self->max);
      /* Translators: a range of two durations, e.g. "45 s–2 min". */
      return g_strdup_printf (_("%s–%s"), low, high);
    }
}

/**
 * scapula_dose_format:
 * @self: a #ScapulaDose
 *
 * Returns: (transfer full): the dose as a person reads it, e.g.
 *   "8–12 reps", "8+ reps", "15–30 s × 2–3" or "3–5 min".
 */
char *
scapula_dose_format (const ScapulaDose *self)
{
  g_autofree char *range = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  range = format_range (self);

  if (self->sets_min == 0)
    return g_steal_pointer (&range);

  if (self->sets_max > self->sets_min)
    /* Translators: a dose repeated a range of times, e.g. "15–30 s × 2–3". */
    return g_strdup_printf (_("%s × %u–%u"), range, self->sets_min, self->sets_max);

  /* Translators: a dose repeated a number of times, e.g. "8–12 reps × 3". */
  return g_strdup_printf (_("%s × %u"), range, self->sets_min);
}
