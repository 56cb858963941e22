/* scapula-exercise.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "scapula-dose.h"
#include "scapula-pose.h"
#include "scapula-types.h"

G_BEGIN_DECLS

/**
 * ScapulaMuscleLoad:
 * @muscle: the muscle
 * @role: whether it is a prime mover or a helper
 *
 * One muscle an exercise trains.
 */
typedef struct
{
  ScapulaMuscle     muscle;
  ScapulaMuscleRole role;
} ScapulaMuscleLoad;

#define SCAPULA_TYPE_EXERCISE (scapula_exercise_get_type ())

G_DECLARE_FINAL_TYPE (ScapulaExercise, scapula_exercise, SCAPULA, EXERCISE, GObject)

const char              *scapula_exercise_get_slug          (ScapulaExercise   *self);
const char              *scapula_exercise_get_name          (ScapulaExercise   *self);
const char * const      *scapula_exercise_get_aliases       (ScapulaExercise   *self);
ScapulaExerciseKind      scapula_exercise_get_kind          (ScapulaExercise   *self);
ScapulaMovementPattern   scapula_exercise_get_pattern       (ScapulaExercise   *self);
ScapulaEquipment         scapula_exercise_get_equipment     (ScapulaExercise   *self);
ScapulaLevel             scapula_exercise_get_level         (ScapulaExercise   *self);
ScapulaLaterality        scapula_exercise_get_laterality    (ScapulaExercise   *self);
ScapulaGrip              scapula_exercise_get_grip          (ScapulaExercise   *self);
ScapulaSupport           scapula_exercise_get_support       (ScapulaExercise   *self);
const ScapulaMuscleLoad *scapula_exercise_get_muscles       (ScapulaExercise   *self,
                                                             guint             *n_muscles);
double                   scapula_exercise_get_muscle_weight (ScapulaExercise   *self,
                                                             ScapulaMuscle      muscle);
const ScapulaDose       *scapula_exercise_get_dose          (ScapulaExercise   *self);
const char * const      *scapula_exercise_get_steps         (ScapulaExercise   *self);
guint                    scapula_exercise_get_n_steps       (ScapulaExercise   *self);
const ScapulaPose       *scapula_exercise_get_pose          (ScapulaExercise   *self,
                                                             guint              step);
const ScapulaScene      *scapula_exercise_get_scene         (ScapulaExercise   *self);
const char * const      *scapula_exercise_get_cues          (ScapulaExercise   *self);
const char * const      *scapula_exercise_get_mistakes      (ScapulaExercise   *self);
const char * const      *scapula_exercise_get_substitutes   (ScapulaExercise   *self);
const char * const      *scapula_exercise_get_sources       (ScapulaExercise   *self);
char                    *scapula_exercise_dup_summary       (ScapulaExercise   *self);

double                   scapula_muscle_role_get_weight     (ScapulaMuscleRole  role);

G_END_DECLS
