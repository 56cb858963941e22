/* scapula-exercise-filter.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "scapula-exercise.h"

G_BEGIN_DECLS

#define SCAPULA_TYPE_EXERCISE_FILTER (scapula_exercise_filter_get_type ())

G_DECLARE_FINAL_TYPE (ScapulaExerciseFilter, scapula_exercise_filter, SCAPULA, EXERCISE_FILTER, GObject)

/* Any of the criteria below set to this value does not filter. */
#define SCAPULA_FILTER_ANY (-1)

ScapulaExerciseFilter *scapula_exercise_filter_new               (void);
const char            *scapula_exercise_filter_get_search_text   (ScapulaExerciseFilter *self);
void                   scapula_exercise_filter_set_search_text   (ScapulaExerciseFilter *self,
                                                                  const char            *text);
int                    scapula_exercise_filter_get_kind          (ScapulaExerciseFilter *self);
void                   scapula_exercise_filter_set_kind          (ScapulaExerciseFilter *self,
                                                                  int                    kind);
int                    scapula_exercise_filter_get_pattern       (ScapulaExerciseFilter *self);
void                   scapula_exercise_filter_set_pattern       (ScapulaExerciseFilter *self,
                                                                  int                    pattern);
guint                  scapula_exercise_filter_get_equipment     (ScapulaExerciseFilter *self);
void                   scapula_exercise_filter_set_equipment     (ScapulaExerciseFilter *self,
                                                                  guint                  equipment);
int                    scapula_exercise_filter_get_level         (ScapulaExerciseFilter *self);
void                   scapula_exercise_filter_set_level         (ScapulaExerciseFilter *self,
                                                                  int                    level);
int                    scapula_exercise_filter_get_muscle        (ScapulaExerciseFilter *self);
void                   scapula_exercise_filter_set_muscle        (ScapulaExerciseFilter *self,
                                                                  int                    muscle);
guint                  scapula_exercise_filter_count_criteria    (ScapulaExerciseFilter *self);
void                   scapula_exercise_filter_reset             (ScapulaExerciseFilter *self);
gboolean               scapula_exercise_filter_match             (ScapulaExerciseFilter *self,
                                                                  ScapulaExercise       *exercise);

G_END_DECLS
