/* scapula-exercise-page.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "scapula-catalog.h"

G_BEGIN_DECLS

#define SCAPULA_TYPE_EXERCISE_PAGE (scapula_exercise_page_get_type ())

G_DECLARE_FINAL_TYPE (ScapulaExercisePage, scapula_exercise_page, SCAPULA, EXERCISE_PAGE, AdwBin)

GtkWidget       *scapula_exercise_page_new          (void);
ScapulaCatalog  *scapula_exercise_page_get_catalog  (ScapulaExercisePage *self);
void             scapula_exercise_page_set_catalog  (ScapulaExercisePage *self,
                                                     ScapulaCatalog      *catalog);
ScapulaExercise *scapula_exercise_page_get_exercise (ScapulaExercisePage *self);
void             scapula_exercise_page_set_exercise (ScapulaExercisePage *self,
                                                     ScapulaExercise     *exercise);

G_END_DECLS
