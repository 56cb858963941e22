/* scapula-exercise-private.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "scapula-exercise.h"

G_BEGIN_DECLS

/* The catalog loader fills an exercise field by field and then freezes it:
 * after _scapula_exercise_seal() the object is read-only, which is why the
 * public API has getters only.
 */
struct _ScapulaExercise
{
  GObject                parent_instance;

  char                  *slug;
  char                  *name;
  GStrv                  aliases;
  ScapulaExerciseKind    kind;
  ScapulaMovementPattern pattern;
  ScapulaEquipment       equipment;
  ScapulaLevel           level;
  ScapulaLaterality      laterality;
  ScapulaGrip            grip;
  ScapulaSupport         support;
  GArray                *muscles;      /* of ScapulaMuscleLoad */
  ScapulaDose           *dose;         /* owned, nullable until sealed */
  GStrv                  steps;
  GStrv                  cues;
  GStrv                  mistakes;
  GStrv                  substitutes;  /* slugs */
  GStrv                  sources;      /* seed ids */
  ScapulaPoseSet        *poses;        /* owned, nullable: scene and one pose per step */
};

ScapulaExercise *_scapula_exercise_new (const char *slug);

G_END_DECLS
