/* scapula-dose.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "scapula-types.h"

G_BEGIN_DECLS

/**
 * ScapulaDose:
 * @type: what @min and @max count
 * @min: the bottom of the range: reps, or seconds for holds and durations
 * @max: the top of the range, or 0 when the range is open ("8+ reps")
 * @sets_min: the fewest sets or repeats advised, 0 when not given
 * @sets_max: the most sets or repeats advised, 0 when not given
 * @amrap: %TRUE when the advice is "as many good reps as you can"
 * @source: (nullable): id of the seed article the numbers come from, or
 *   %NULL when they are Scapula's own default
 *
 * The recommended amount of work for one exercise.
 */
typedef struct
{
  ScapulaDoseType  type;
  guint            min;
  guint            max;
  guint            sets_min;
  guint            sets_max;
  gboolean         amrap;
  char            *source;
} ScapulaDose;

#define SCAPULA_TYPE_DOSE (scapula_dose_get_type ())

GType        scapula_dose_get_type (void) G_GNUC_CONST;
ScapulaDose *scapula_dose_copy     (const ScapulaDose *self);
void         scapula_dose_free     (ScapulaDose       *self);
char        *scapula_dose_format   (const ScapulaDose *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScapulaDose, scapula_dose_free)

G_END_DECLS
