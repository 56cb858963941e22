/* scapula-exercise-page-private.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "scapula-exercise-page.h"

G_BEGIN_DECLS

/* For tests: the lists and labels the page fills. */
GtkLabel   *_scapula_exercise_page_get_title_label      (ScapulaExercisePage *self);
GtkLabel   *_scapula_exercise_page_get_dose_label       (ScapulaExercisePage *self);
GtkListBox *_scapula_exercise_page_get_steps_list       (ScapulaExercisePage *self);
GtkListBox *_scapula_exercise_page_get_cues_list        (ScapulaExercisePage *self);
GtkListBox *_scapula_exercise_page_get_mistakes_list    (ScapulaExercisePage *self);
GtkListBox *_scapula_exercise_page_get_substitutes_list (ScapulaExercisePage *self);
const char *_scapula_exercise_page_get_dose_source      (ScapulaExercisePage *self);

G_END_DECLS
