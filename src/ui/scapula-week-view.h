/* scapula-week-view.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "scapula-context.h"

G_BEGIN_DECLS

#define SCAPULA_TYPE_WEEK_VIEW (scapula_week_view_get_type ())

G_DECLARE_FINAL_TYPE (ScapulaWeekView, scapula_week_view, SCAPULA, WEEK_VIEW, AdwBin)

ScapulaWeekView *scapula_week_view_new (ScapulaContext *context);

G_END_DECLS
