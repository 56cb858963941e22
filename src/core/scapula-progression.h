/* scapula-progression.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "scapula-plan.h"
#include "scapula-types.h"

G_BEGIN_DECLS

/* Progression never asks for more than this many sets above what the plan
 * prescribes (the "one more set" step of exercises that take no load).
 */
#define SCAPULA_PROGRESSION_EXTRA_SETS_MAX 2

/* Seconds added to a hold per session. */
#define SCAPULA_PROGRESSION_HOLD_STEP 5

/**
 * ScapulaSetKind:
 * @SCAPULA_SET_KIND_WARMUP: a lighter set before the work
 * @SCAPULA_SET_KIND_WORK: a working set
 * @SCAPULA_SET_KIND_DROP: a lighter set straight after a working set
 * @SCAPULA_SET_KIND_FAILURE: a working set taken to failure
 *
 * The `kind` column of `logged_set`, in the same order.
 */
typedef enum
{
  SCAPULA_SET_KIND_WARMUP,
  SCAPULA_SET_KIND_WORK,
  SCAPULA_SET_KIND_DROP,
  SCAPULA_SET_KIND_FAILURE,
} ScapulaSetKind;

/**
 * ScapulaSide:
 * @SCAPULA_SIDE_BOTH: both sides at once, or a bilateral exercise
 * @SCAPULA_SIDE_LEFT: the left side
 * @SCAPULA_SIDE_RIGHT: the right side
 *
 * The `side` column of `logged_set`, in the same order.
 */
typedef enum
{
  SCAPULA_SIDE_BOTH,
  SCAPULA_SIDE_LEFT,
  SCAPULA_SIDE_RIGHT,
} ScapulaSide;

/**
 * ScapulaSetRecord:
 * @weight_kg: the load, or 0 for none (body weight, band)
 * @reps: the reps done, or 0 when the set was not counted in reps
 * @seconds: the seconds held, or 0 when the set was not timed
 * @side: which side the set was for
 * @kind: what kind of set it was
 *
 * One logged set as progression reads it.
 */
typedef struct
{
  double         weight_kg;
  guint          reps;
  guint          seconds;
  ScapulaSide    side;
  ScapulaSetKind kind;
} ScapulaSetRecord;

/**
 * ScapulaLoadKind:
 * @SCAPULA_LOAD_KIND_NONE: body weight or a band: progress by reps and sets
 * @SCAPULA_LOAD_KIND_PLATES: a loaded bar (barbell, trap bar, landmine)
 * @SCAPULA_LOAD_KIND_DUMBBELL: fixed dumbbells
 * @SCAPULA_LOAD_KIND_KETTLEBELL: kettlebells
 * @SCAPULA_LOAD_KIND_STACK: a cable or machine weight stack
 *
 * How an exercise's load goes up.
 */
typedef enum
{
  SCAPULA_LOAD_KIND_NONE,
  SCAPULA_LOAD_KIND_PLATES,
  SCAPULA_LOAD_KIND_DUMBBELL,
  SCAPULA_LOAD_KIND_KETTLEBELL,
  SCAPULA_LOAD_KIND_STACK,
} ScapulaLoadKind;

/**
 * ScapulaTargetReason:
 * @SCAPULA_TARGET_REASON_FIRST_TIME: no history: the bottom of the range
 * @SCAPULA_TARGET_REASON_MORE_REPS: one more rep than the weakest work set
 * @SCAPULA_TARGET_REASON_MORE_HOLD: a longer hold than the shortest one
 * @SCAPULA_TARGET_REASON_MORE_WEIGHT: every set reached the top: the next load
 * @SCAPULA_TARGET_REASON_MORE_SETS: every set reached the top and there is no
 *   heavier load: one more set
 * @SCAPULA_TARGET_REASON_REPEAT: a linear target was missed: the same again
 * @SCAPULA_TARGET_REASON_STEADY: the item does not progress: as prescribed
 * @SCAPULA_TARGET_REASON_TOP_REACHED: every rep, hold and extra set is done
 *   and there is no heavier load: time for a harder variation
 *
 * Why a target is what it is.
 */
typedef enum
{
  SCAPULA_TARGET_REASON_FIRST_TIME,
  SCAPULA_TARGET_REASON_MORE_REPS,
  SCAPULA_TARGET_REASON_MORE_HOLD,
  SCAPULA_TARGET_REASON_MORE_WEIGHT,
  SCAPULA_TARGET_REASON_MORE_SETS,
  SCAPULA_TARGET_REASON_REPEAT,
  SCAPULA_TARGET_REASON_STEADY,
  SCAPULA_TARGET_REASON_TOP_REACHED,
} ScapulaTargetReason;

/**
 * ScapulaTarget:
 * @sets: work sets to do (each side, when @per_side)
 * @reps_min: the reps to aim for in each set, or 0 for a hold
 * @reps_max: equal to @reps_min, except for an item that does not progress,
 *   which keeps the prescription's range
 * @hold_seconds: seconds to hold each set, or 0 when counted in reps
 * @weight_kg: the load, or 0 when there is none to show (body weight, or a
 *   first session where the user picks it)
 * @per_side: %TRUE when each side does @sets sets
 * @reason: why the target is what it is
 *
 * What the next session asks of one exercise.
 */
typedef struct
{
  guint               sets;
  guint               reps_min;
  guint               reps_max;
  guint               hold_seconds;
  double              weight_kg;
  gboolean            per_side;
  ScapulaTargetReason reason;
} ScapulaTarget;

ScapulaLoadKind scapula_load_kind_for_equipment    (ScapulaEquipment           equipment);
double          scapula_load_step_next             (ScapulaEquipment           equipment,
                                                    ScapulaWeightUnit          unit,
                                                    double                     weight_kg);
double          scapula_load_step_previous         (ScapulaEquipment           equipment,
                                                    ScapulaWeightUnit          unit,
                                                    double                     weight_kg);
gboolean        scapula_set_kind_is_work           (ScapulaSetKind             kind);
void            scapula_target_compute             (const ScapulaPrescription *prescription,
                                                    ScapulaEquipment           equipment,
                                                    ScapulaWeightUnit          unit,
                                                    const ScapulaSetRecord    *last_sets,
                                                    guint                      n_last_sets,
                                                    ScapulaTarget             *target);
void            scapula_target_advance             (const ScapulaPrescription *prescription,
                                                    ScapulaEquipment           equipment,
                                                    ScapulaWeightUnit          unit,
                                                    const ScapulaTarget       *target,
                                                    guint                      n_sessions,
                                                    ScapulaTarget             *advanced);
guint           scapula_progression_count_sessions (ScapulaPlan               *plan,
                                                    const char                *exercise);
char           *scapula_target_format              (const ScapulaTarget       *target,
                                                    ScapulaWeightUnit          unit);
const char     *scapula_target_reason_get_label    (ScapulaTargetReason        reason);
const char     *scapula_target_reason_get_description (ScapulaTargetReason     reason);

G_END_DECLS
