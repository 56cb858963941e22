/* scapula-progress-series.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "scapula-progress-series"

#include "config.h"

#include "scapula-progress-series.h"
#include "scapula-progression.h"

/* The Progress view's charts from the progress store's results: which
 * charts an exercise has, and each chart's points (x in microseconds, as
 * #ScapulaChart takes them; the store counts in seconds). The view and
 * bench/bench-progress both build their charts here, so the benchmark
 * measures what the view draws. */

static ScapulaChartDatum
datum (gint64 time_s,
       double value)
{
  return (ScapulaChartDatum) { (double) time_s * G_USEC_PER_SEC, value };
}

static GArray *
new_series (guint reserved)
{
  return g_array_sized_new (FALSE, FALSE, sizeof (ScapulaChartDatum), reserved);
}

/**
 * scapula_load_shape_guess:
 * @exercise: (nullable): the exercise, %NULL for one of the user's own
 * @sessions: (array length=n_sessions): its sessions in the range
 * @n_sessions: how many
 *
 * What the sets carry: from the sessions when there are any (a load with
 * reps, a load with seconds, reps, seconds), else from what the catalog
 * says the exercise is.
 *
 * Returns: the shape
 */
ScapulaLoadShape
scapula_load_shape_guess (ScapulaExercise           *exercise,
                          const ScapulaSessionStats *sessions,
                          guint                      n_sessions)
{
  gboolean weight = FALSE, reps = FALSE, hold = FALSE;
  gboolean timed;

  for (guint i = 0; i < n_sessions; i++)
    {
      weight |= sessions[i].best_weight_kg > 0;
      reps |= sessions[i].total_reps > 0;
      hold |= sessions[i].hold_seconds > 0;
    }

  if (weight)
    return reps || !hold ? SCAPULA_LOAD_SHAPE_WEIGHT : SCAPULA_LOAD_SHAPE_CARRY;
  if (reps)
    return SCAPULA_LOAD_SHAPE_REPS;
  if (hold)
    return SCAPULA_LOAD_SHAPE_HOLD;

  if (exercise == NULL)
    return SCAPULA_LOAD_SHAPE_WEIGHT;

  timed = scapula_exercise_get_dose (exercise)->type == SCAPULA_DOSE_TYPE_DURATION;
  if (scapula_load_kind_for_equipment (scapula_exercise_get_equipment (exercise)) == SCAPULA_LOAD_KIND_NONE)
    return timed ? SCAPULA_LOAD_SHAPE_HOLD : SCAPULA_LOAD_SHAPE_REPS;
  return timed ? SCAPULA_LOAD_SHAPE_CARRY : SCAPULA_LOAD_SHAPE_WEIGHT;
}

/**
 * scapula_load_shape_has_metric:
 *
 * Returns: whether an exercise of @shape has a @metric chart
 */
gboolean
scapula_load_shape_has_metric (ScapulaLoadShape      shape,
                               ScapulaExerciseMetric metric)
{
  switch (shape)
    {
    case SCAPULA_LOAD_SHAPE_WEIGHT:
      return metric != SCAPULA_EXERCISE_METRIC_HOLD;
    case SCAPULA_LOAD_SHAPE_REPS:
      return metric == SCAPULA_EXERCISE_METRIC_BEST_SET;
    case SCAPULA_LOAD_SHAPE_CARRY:
      return metric == SCAPULA_EXERCISE_METRIC_BEST_SET || metric == SCAPULA_EXERCISE_METRIC_HOLD;
    case SCAPULA_LOAD_SHAPE_HOLD:
    default:
      return metric == SCAPULA_EXERCISE_METRIC_HOLD;
    }
}

/**
 * scapula_load_shape_get_first_metric:
 *
 * Returns: the chart an exercise of @shape opens on when the one chosen
 *   does not apply: its hold time for a hold, else its best set
 */
ScapulaExerciseMetric
scapula_load_shape_get_first_metric (ScapulaLoadShape shape)
{
  return shape == SCAPULA_LOAD_SHAPE_HOLD ? SCAPULA_EXERCISE_METRIC_HOLD : SCAPULA_EXERCISE_METRIC_BEST_SET;
}

/**
 * scapula_load_shape_get_value_kind:
 *
 * Returns: what the @metric chart's values are: seconds for a hold time,
 *   reps for a body-weight best set, else a weight
 */
ScapulaChartValueKind
scapula_load_shape_get_value_kind (ScapulaLoadShape      shape,
                                   ScapulaExerciseMetric metric)
{
  if (metric == SCAPULA_EXERCISE_METRIC_HOLD)
    return SCAPULA_CHART_VALUE_SECONDS;
  if (metric == SCAPULA_EXERCISE_METRIC_BEST_SET && shape == SCAPULA_LOAD_SHAPE_REPS)
    return SCAPULA_CHART_VALUE_REPS;
  return SCAPULA_CHART_VALUE_WEIGHT;
}

/**
 * scapula_series_from_sessions:
 * @sessions: (array length=n_sessions): one exercise's sessions
 * @n_sessions: how many
 * @shape: what its sets carry
 * @metric: what to plot
 *
 * Returns: (transfer full) (element-type ScapulaChartDatum): a point per
 *   session at its start; a body-weight best set is its reps
 */
GArray *
scapula_series_from_sessions (const ScapulaSessionStats *sessions,
                              guint                      n_sessions,
                              ScapulaLoadShape           shape,
                              ScapulaExerciseMetric      metric)
{
  GArray *series = new_series (n_sessions);
  gboolean reps = scapula_load_shape_get_value_kind (shape, metric) == SCAPULA_CHART_VALUE_REPS;

  for (guint i = 0; i < n_sessions; i++)
    {
      ScapulaChartDatum d = datum (sessions[i].started_at,
                                   reps ? sessions[i].best_reps
                                        : scapula_session_stats_get_value (&sessions[i], metric));

      g_array_append_val (series, d);
    }

  return series;
}

/**
 * scapula_series_from_balance:
 * @sessions: (array length=n_sessions): one exercise's sessions
 * @n_sessions: how many
 *
 * Returns: (transfer full) (element-type ScapulaChartDatum): the gap
 *   between the sides in percent (scapula_balance_get_difference()), for
 *   the sessions that logged both
 */
GArray *
scapula_series_from_balance (const ScapulaSessionStats *sessions,
                             guint                      n_sessions)
{
  GArray *series = new_series (n_sessions);

  for (guint i = 0; i < n_sessions; i++)
    {
      if (sessions[i].left > 0 && sessions[i].right > 0)
        {
          ScapulaChartDatum d = datum (sessions[i].started_at,
                                       100.0 * scapula_balance_get_difference (sessions[i].left,
                                                                               sessions[i].right));

          g_array_append_val (series, d);
        }
    }

  return series;
}

/**
 * scapula_series_from_pain:
 * @points: (array length=n_points): the pain of each session
 * @n_points: how many
 *
 * Returns: (transfer full) (element-type ScapulaChartDatum): a point per
 *   session at its start
 */
GArray *
scapula_series_from_pain (const ScapulaPainPoint *points,
                          guint                   n_points)
{
  GArray *series = new_series (n_points);

  for (guint i = 0; i < n_points; i++)
    {
      ScapulaChartDatum d = datum (points[i].started_at, points[i].pain);

      g_array_append_val (series, d);
    }

  return series;
}

/**
 * scapula_series_from_muscle_weeks:
 * @weeks: (array length=n_weeks): sets per muscle per week
 * @n_weeks: how many
 * @muscle: the muscle to plot
 *
 * Returns: (transfer full) (element-type ScapulaChartDatum): a bar per
 *   week at its first day
 */
GArray *
scapula_series_from_muscle_weeks (const ScapulaMuscleWeek *weeks,
                                  guint                    n_weeks,
                                  ScapulaMuscle            muscle)
{
  GArray *series = new_series (n_weeks);

  g_return_val_if_fail (muscle < SCAPULA_N_MUSCLES, series);

  for (guint i = 0; i < n_weeks; i++)
    {
      ScapulaChartDatum d = datum (weeks[i].week_start, weeks[i].sets[muscle]);

      g_array_append_val (series, d);
    }

  return series;
}

/**
 * scapula_series_from_consistency:
 * @weeks: (array length=n_weeks): sessions per week
 * @n_weeks: how many
 *
 * Returns: (transfer full) (element-type ScapulaChartDatum): a bar per
 *   week at its first day
 */
GArray *
scapula_series_from_consistency (const ScapulaConsistencyWeek *weeks,
                                 guint                         n_weeks)
{
  GArray *series = new_series (n_weeks);

  for (guint i = 0; i < n_weeks; i++)
    {
      ScapulaChartDatum d = datum (weeks[i].week_start, weeks[i].sessions);

      g_array_append_val (series, d);
    }

  return series;
}

/**
 * scapula_series_from_week_values:
 * @weeks: (array length=n_weeks): a weekly average
 * @n_weeks: how many
 *
 * Returns: (transfer full) (element-type ScapulaChartDatum): a point per
 *   week that had values: a week without a check-in has no pain to show,
 *   not a pain of 0
 */
GArray *
scapula_series_from_week_values (const ScapulaWeekValue *weeks,
                                 guint                   n_weeks)
{
  GArray *series = new_series (n_weeks);

  for (guint i = 0; i < n_weeks; i++)
    {
      ScapulaChartDatum d = datum (weeks[i].week_start, weeks[i].value);

      if (weeks[i].count > 0)
        g_array_append_val (series, d);
    }

  return series;
}

/**
 * scapula_series_is_all_zero:
 * @series: (element-type ScapulaChartDatum): points
 *
 * Weekly counts that are all 0 are no data: a chart says so rather than
 * read out a row of zeros.
 *
 * Returns: %TRUE when no point is above or below 0
 */
gboolean
scapula_series_is_all_zero (GArray *series)
{
  for (guint i = 0; i < series->len; i++)
    if (g_array_index (series, ScapulaChartDatum, i).y != 0)
      return FALSE;

  return TRUE;
}
