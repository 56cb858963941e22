/* scapula-week-view-private.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "scapula-plan.h"
#include "scapula-week-view.h"

G_BEGIN_DECLS

/* For tests and the screenshot tool. */
const char  *_scapula_week_view_get_page        (ScapulaWeekView *self);
ScapulaPlan *_scapula_week_view_get_plan        (ScapulaWeekView *self);
GtkFlowBox  *_scapula_week_view_get_days_box    (ScapulaWeekView *self);
GtkListBox  *_scapula_week_view_get_checks_list (ScapulaWeekView *self);
GtkLabel    *_scapula_week_view_get_block_label (ScapulaWeekView *self);
GtkListBox  *_scapula_week_view_get_day_list    (ScapulaWeekView *self,
                                                 guint            weekday);
void         _scapula_week_view_set_today       (ScapulaWeekView *self,
                                                 const GDate     *today);
void         _scapula_week_view_flush           (ScapulaWeekView *self);

G_END_DECLS
