/* scapula-figure.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "scapula-exercise.h"

G_BEGIN_DECLS

#define SCAPULA_TYPE_FIGURE (scapula_figure_get_type ())

G_DECLARE_FINAL_TYPE (ScapulaFigure, scapula_figure, SCAPULA, FIGURE, GtkWidget)

GtkWidget       *scapula_figure_new            (void);
ScapulaExercise *scapula_figure_get_exercise   (ScapulaFigure   *self);
void             scapula_figure_set_exercise   (ScapulaFigure   *self,
                                                ScapulaExercise *exercise);
guint            scapula_figure_get_step       (ScapulaFigure   *self);
void             scapula_figure_set_step       (ScapulaFigure   *self,
                                                guint            step);
gboolean         scapula_figure_get_playing    (ScapulaFigure   *self);
void             scapula_figure_set_playing    (ScapulaFigure   *self,
                                                gboolean         playing);

/* For tests: run the animation faster, and tell whether it is ticking. */
void             _scapula_figure_set_speed     (ScapulaFigure   *self,
                                                double           speed);
gboolean         _scapula_figure_is_animating  (ScapulaFigure   *self);

G_END_DECLS
