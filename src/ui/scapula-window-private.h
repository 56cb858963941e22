/* scapula-window-private.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "scapula-exercises-view.h"
#include "scapula-muscles-view.h"
#include "scapula-window.h"

G_BEGIN_DECLS

/* For tests and the screenshot tool: reach into the window's template. */
AdwViewStack         *_scapula_window_get_stack          (ScapulaWindow *self);
AdwViewSwitcherBar   *_scapula_window_get_switcher_bar   (ScapulaWindow *self);
ScapulaExercisesView *_scapula_window_get_exercises_view (ScapulaWindow *self);
ScapulaMusclesView   *_scapula_window_get_muscles_view   (ScapulaWindow *self);

G_END_DECLS
