/* scapula-today-view-private.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "scapula-today-view.h"

G_BEGIN_DECLS

/* For tests: the widgets a user reads and presses. */
typedef enum
{
  SCAPULA_TODAY_WIDGET_PAGES,
  SCAPULA_TODAY_WIDGET_START_BUTTON,
  SCAPULA_TODAY_WIDGET_UNPLANNED_BUTTON,
  SCAPULA_TODAY_WIDGET_SET_LABEL,
  SCAPULA_TODAY_WIDGET_TARGET_LABEL,
  SCAPULA_TODAY_WIDGET_LAST_LABEL,
  SCAPULA_TODAY_WIDGET_REST_BOX,
  SCAPULA_TODAY_WIDGET_REST_LABEL,
  SCAPULA_TODAY_WIDGET_ACTIONS,
  SCAPULA_TODAY_WIDGET_WEIGHT,
  SCAPULA_TODAY_WIDGET_REPS,
  SCAPULA_TODAY_WIDGET_RPE,
  SCAPULA_TODAY_WIDGET_SET_MESSAGE,
  SCAPULA_TODAY_WIDGET_LOG_BUTTON,
  SCAPULA_TODAY_WIDGET_TIMER_LABEL,
  SCAPULA_TODAY_WIDGET_PAIN_SCALE,
  SCAPULA_TODAY_WIDGET_SUMMARY_PAGE,
} ScapulaTodayWidget;

GtkWidget *_scapula_today_view_get_widget (ScapulaTodayView   *self,
                                           ScapulaTodayWidget  which);

G_END_DECLS
