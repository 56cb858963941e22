/* scapula-progress-series.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "scapula-chart-scale.h"
#include "scapula-exercise.h"
#include "scapula-stats.h"

G_BEGIN_DECLS

/**
 * ScapulaLoadShape:
 * @SCAPULA_LOAD_SHAPE_WEIGHT: loaded sets with reps: weight, 1RM, volume
 * @SCAPULA_LOAD_SHAPE_REPS: body-weight sets: reps
 * @SCAPULA_LOAD_SHAPE_HOLD: timed holds without a load: seconds
 * @SCAPULA_LOAD_SHAPE_CARRY: loaded holds and carries: weight and seconds
 *
 * What an exercise's sets carry, which decides the charts it has.
 */
typedef enum
{
  SCAPULA_LOAD_SHAPE_WEIGHT,
  SCAPULA_LOAD_SHAPE_REPS,
  SCAPULA_LOAD_SHAPE_HOLD,
  SCAPULA_LOAD_SHAPE_CARRY,
} ScapulaLoadShape;

ScapulaLoadShape      scapula_load_shape_guess             (ScapulaExercise           *exercise,
                                                            const ScapulaSessionStats *sessions,
                                                            guint                      n_sessions);
gboolean              scapula_load_shape_has_metric        (ScapulaLoadShape           shape,
                                                            ScapulaExerciseMetric      metric);
ScapulaExerciseMetric scapula_load_shape_get_first_metric  (ScapulaLoadShape           shape);
ScapulaChartValueKind scapula_load_shape_get_value_kind    (ScapulaLoadShape           shape,
                                                            ScapulaExerciseMetric      metric);

GArray *scapula_series_from_sessions      (const ScapulaSessionStats    *sessions,
                                           guint                         n_sessions,
                                           ScapulaLoadShape              shape,
                                           ScapulaExerciseMetric         metric);
GArray *scapula_series_from_balance       (const ScapulaSessionStats    *sessions,
                                           guint                         n_sessions);
GArray *scapula_series_from_pain          (const ScapulaPainPoint       *points,
                                           guint                         n_points);
GArray *scapula_series_from_muscle_weeks  (const ScapulaMuscleWeek      *weeks,
                                           guint                         n_weeks,
                                           ScapulaMuscle                 muscle);
GArray *scapula_series_from_consistency   (const ScapulaConsistencyWeek *weeks,
                                           guint                         n_weeks);
GArray *scapula_series_from_week_values   (const ScapulaWeekValue       *weeks,
                                           guint                         n_weeks);
gboolean scapula_series_is_all_zero       (GArray                       *series);

G_END_DECLS
