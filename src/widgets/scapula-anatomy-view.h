/* scapula-anatomy-view.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "scapula-exercise.h"
#include "scapula-muscle-map.h"

G_BEGIN_DECLS

#define SCAPULA_TYPE_ANATOMY_VIEW (scapula_anatomy_view_get_type ())

G_DECLARE_FINAL_TYPE (ScapulaAnatomyView, scapula_anatomy_view, SCAPULA, ANATOMY_VIEW, GtkWidget)

GtkWidget        *scapula_anatomy_view_new                (void);
ScapulaExercise  *scapula_anatomy_view_get_exercise       (ScapulaAnatomyView *self);
void              scapula_anatomy_view_set_exercise       (ScapulaAnatomyView *self,
                                                           ScapulaExercise    *exercise);
double            scapula_anatomy_view_get_intensity      (ScapulaAnatomyView *self,
                                                           ScapulaMuscle       muscle);
void              scapula_anatomy_view_set_intensity      (ScapulaAnatomyView *self,
                                                           ScapulaMuscle       muscle,
                                                           double              level);
void              scapula_anatomy_view_clear              (ScapulaAnatomyView *self);
int               scapula_anatomy_view_get_selected       (ScapulaAnatomyView *self);
void              scapula_anatomy_view_set_selected       (ScapulaAnatomyView *self,
                                                           int                 muscle);
gboolean          scapula_anatomy_view_shows_muscle       (ScapulaAnatomyView *self,
                                                           ScapulaMuscle       muscle);
const char       *scapula_anatomy_view_get_summary        (ScapulaAnatomyView *self);
void              scapula_anatomy_view_set_summary        (ScapulaAnatomyView *self,
                                                           const char         *summary);
void              scapula_anatomy_view_get_level_color    (ScapulaAnatomyView *self,
                                                           double              level,
                                                           GdkRGBA            *color);
gboolean          scapula_anatomy_view_get_selectable     (ScapulaAnatomyView *self);
void              scapula_anatomy_view_set_selectable     (ScapulaAnatomyView *self,
                                                           gboolean            selectable);

/* Private: for the tests and the screenshot tool, not for views. */
ScapulaMuscleMap *_scapula_anatomy_view_get_map           (ScapulaAnatomyView *self);
const char       *_scapula_anatomy_view_get_description   (ScapulaAnatomyView *self);
void              _scapula_anatomy_view_map_to_widget     (ScapulaAnatomyView *self,
                                                           double              map_x,
                                                           double              map_y,
                                                           double             *widget_x,
                                                           double             *widget_y);
int               _scapula_anatomy_view_get_cursor        (ScapulaAnatomyView *self);

G_END_DECLS
