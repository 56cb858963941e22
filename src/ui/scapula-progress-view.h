/* scapula-progress-view.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "scapula-clock.h"
#include "scapula-context.h"

G_BEGIN_DECLS

#define SCAPULA_TYPE_PROGRESS_VIEW (scapula_progress_view_get_type ())

G_DECLARE_FINAL_TYPE (ScapulaProgressView, scapula_progress_view, SCAPULA, PROGRESS_VIEW, GtkWidget)

GtkWidget *scapula_progress_view_new     (ScapulaContext      *context,
                                          ScapulaClock        *clock);
void       scapula_progress_view_refresh (ScapulaProgressView *self);

G_END_DECLS
