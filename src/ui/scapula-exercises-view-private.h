/* scapula-exercises-view-private.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "scapula-exercise-page.h"
#include "scapula-exercises-view.h"

G_BEGIN_DECLS

/* For tests: reach into the view's template. */
GtkListView         *_scapula_exercises_view_get_list         (ScapulaExercisesView *self);
GtkSingleSelection  *_scapula_exercises_view_get_selection    (ScapulaExercisesView *self);
GtkSearchEntry      *_scapula_exercises_view_get_search_entry (ScapulaExercisesView *self);
GtkStack            *_scapula_exercises_view_get_list_stack   (ScapulaExercisesView *self);
ScapulaExercisePage *_scapula_exercises_view_get_page         (ScapulaExercisesView *self);
AdwLeaflet          *_scapula_exercises_view_get_leaflet      (ScapulaExercisesView *self);
GtkMenuButton       *_scapula_exercises_view_get_filter_button (ScapulaExercisesView *self);
GtkWidget           *_scapula_exercises_view_get_level_dropdown (ScapulaExercisesView *self);

G_END_DECLS
