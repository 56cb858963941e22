/* scapula-muscles-view.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "scapula-context.h"

G_BEGIN_DECLS

/* A muscle's weekly sets at which the "This Week" diagram reaches its full
 * colour; see scapula-muscles-view.c for where the figure comes from. */
#define SCAPULA_MUSCLES_VIEW_FULL_WEEK_SETS 10

#define SCAPULA_TYPE_MUSCLES_VIEW (scapula_muscles_view_get_type ())

G_DECLARE_FINAL_TYPE (ScapulaMusclesView, scapula_muscles_view, SCAPULA, MUSCLES_VIEW, AdwBin)

GtkWidget      *scapula_muscles_view_new          (ScapulaContext     *context);
ScapulaContext *scapula_muscles_view_get_context  (ScapulaMusclesView *self);
void            scapula_muscles_view_set_context  (ScapulaMusclesView *self,
                                                   ScapulaContext     *context);
const char     *scapula_muscles_view_get_mode     (ScapulaMusclesView *self);
void            scapula_muscles_view_set_mode     (ScapulaMusclesView *self,
                                                   const char         *mode);
int             scapula_muscles_view_get_selected (ScapulaMusclesView *self);
void            scapula_muscles_view_select       (ScapulaMusclesView *self,
                                                   int                 muscle);

G_END_DECLS
