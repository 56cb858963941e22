/* scapula-exercises-view.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "scapula-catalog.h"
#include "scapula-exercise-filter.h"

G_BEGIN_DECLS

#define SCAPULA_TYPE_EXERCISES_VIEW (scapula_exercises_view_get_type ())

G_DECLARE_FINAL_TYPE (ScapulaExercisesView, scapula_exercises_view, SCAPULA, EXERCISES_VIEW, AdwBin)

ScapulaCatalog        *scapula_exercises_view_get_catalog  (ScapulaExercisesView *self);
void                   scapula_exercises_view_set_catalog  (ScapulaExercisesView *self,
                                                            ScapulaCatalog       *catalog);
ScapulaExerciseFilter *scapula_exercises_view_get_filter   (ScapulaExercisesView *self);
ScapulaExercise       *scapula_exercises_view_get_shown    (ScapulaExercisesView *self);
void                   scapula_exercises_view_show         (ScapulaExercisesView *self,
                                                            ScapulaExercise      *exercise);
void                   scapula_exercises_view_focus_search (ScapulaExercisesView *self);

G_END_DECLS
