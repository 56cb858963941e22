/* scapula-today-view.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "scapula-alerts.h"
#include "scapula-clock.h"
#include "scapula-context.h"
#include "scapula-runner.h"

G_BEGIN_DECLS

#define SCAPULA_TYPE_TODAY_VIEW (scapula_today_view_get_type ())

G_DECLARE_FINAL_TYPE (ScapulaTodayView, scapula_today_view, SCAPULA, TODAY_VIEW, GtkWidget)

GtkWidget     *scapula_today_view_new        (ScapulaContext   *context,
                                              ScapulaClock     *clock,
                                              ScapulaAlerts    *alerts);
ScapulaRunner *scapula_today_view_get_runner (ScapulaTodayView *self);
gboolean       scapula_today_view_resume     (ScapulaTodayView *self);

G_END_DECLS
