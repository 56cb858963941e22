/* scapula-muscles-view-private.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "scapula-clock.h"
#include "scapula-muscles-view.h"

G_BEGIN_DECLS

/* For tests. */
GtkLabel     *_scapula_muscles_view_get_title_label       (ScapulaMusclesView *self);
GtkListBox   *_scapula_muscles_view_get_exercises_list    (ScapulaMusclesView *self);
GtkWidget    *_scapula_muscles_view_get_anatomy           (ScapulaMusclesView *self);
void          _scapula_muscles_view_set_clock             (ScapulaMusclesView *self,
                                                           ScapulaClock       *clock);
GtkWidget    *_scapula_muscles_view_get_mode_button       (ScapulaMusclesView *self,
                                                           const char         *mode);
GtkLabel     *_scapula_muscles_view_get_week_label        (ScapulaMusclesView *self);
GtkLabel     *_scapula_muscles_view_get_legend_label      (ScapulaMusclesView *self);
GtkWidget    *_scapula_muscles_view_get_legend_bar        (ScapulaMusclesView *self);
GtkLabel     *_scapula_muscles_view_get_week_status_label (ScapulaMusclesView *self);
AdwActionRow *_scapula_muscles_view_get_week_row          (ScapulaMusclesView *self);
guint         _scapula_muscles_view_get_n_week_reads      (ScapulaMusclesView *self);

G_END_DECLS
