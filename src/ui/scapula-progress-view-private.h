/* scapula-progress-view-private.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "scapula-chart.h"
#include "scapula-chart-range-picker.h"
#include "scapula-progress-view.h"
#include "scapula-stats.h"

G_BEGIN_DECLS

/* For tests and the screenshot tool: the charts a user reads. */
typedef enum
{
  SCAPULA_PROGRESS_CHART_EXERCISE,
  SCAPULA_PROGRESS_CHART_BALANCE,
  SCAPULA_PROGRESS_CHART_EXERCISE_PAIN,
  SCAPULA_PROGRESS_CHART_MUSCLE,
  SCAPULA_PROGRESS_CHART_CONSISTENCY,
  SCAPULA_PROGRESS_CHART_PAIN,
} ScapulaProgressChart;

#define SCAPULA_N_PROGRESS_CHARTS (SCAPULA_PROGRESS_CHART_PAIN + 1)

void                     _scapula_progress_view_flush            (ScapulaProgressView   *self);
ScapulaChart            *_scapula_progress_view_get_chart        (ScapulaProgressView   *self,
                                                                  ScapulaProgressChart   chart);
ScapulaChartRangePicker *_scapula_progress_view_get_range_picker (ScapulaProgressView   *self);
GtkStack                *_scapula_progress_view_get_stack        (ScapulaProgressView   *self);
GtkListBox              *_scapula_progress_view_get_steps_list   (ScapulaProgressView   *self);
GtkListBox              *_scapula_progress_view_get_records_list (ScapulaProgressView   *self);
GtkDropDown             *_scapula_progress_view_get_exercise_dropdown (ScapulaProgressView *self);
GtkDropDown             *_scapula_progress_view_get_muscle_dropdown   (ScapulaProgressView *self);
GtkToggleButton         *_scapula_progress_view_get_metric_button (ScapulaProgressView  *self,
                                                                   ScapulaExerciseMetric metric);
GtkLabel                *_scapula_progress_view_get_balance_label (ScapulaProgressView  *self);
GtkLabel                *_scapula_progress_view_get_pain_label    (ScapulaProgressView  *self);
GtkLabel                *_scapula_progress_view_get_caption_label (ScapulaProgressView  *self);
void                     _scapula_progress_view_select_exercise   (ScapulaProgressView  *self,
                                                                   const char           *exercise);

G_END_DECLS
