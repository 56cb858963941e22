/* scapula-muscles-view-private.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "scapula-muscles-view.h"

G_BEGIN_DECLS

/* For tests. */
GtkLabel   *_scapula_muscles_view_get_title_label    (ScapulaMusclesView *self);
GtkListBox *_scapula_muscles_view_get_exercises_list (ScapulaMusclesView *self);
GtkWidget  *_scapula_muscles_view_get_anatomy        (ScapulaMusclesView *self);

G_END_DECLS
