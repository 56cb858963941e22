/* scapula-chart-range-picker.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "scapula-chart-scale.h"

G_BEGIN_DECLS

#define SCAPULA_TYPE_CHART_RANGE_PICKER (scapula_chart_range_picker_get_type ())

G_DECLARE_FINAL_TYPE (ScapulaChartRangePicker, scapula_chart_range_picker, SCAPULA, CHART_RANGE_PICKER, GtkWidget)

GtkWidget         *scapula_chart_range_picker_new        (void);
ScapulaChartRange  scapula_chart_range_picker_get_range  (ScapulaChartRangePicker *self);
void               scapula_chart_range_picker_set_range  (ScapulaChartRangePicker *self,
                                                          ScapulaChartRange        range);

/* Private: for the tests. */
GtkToggleButton   *_scapula_chart_range_picker_get_button (ScapulaChartRangePicker *self,
                                                           ScapulaChartRange        range);

G_END_DECLS
