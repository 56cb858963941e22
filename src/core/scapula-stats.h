/* scapula-stats.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "scapula-catalog.h"
#include "scapula-pain.h"
#include "scapula-plan.h"
#include "scapula-progression.h"
#include "scapula-types.h"

G_BEGIN_DECLS

/* A side is flagged when it has been behind by more than this fraction of
 * the stronger side in this many consecutive sessions. */
#define SCAPULA_BALANCE_THRESHOLD 0.10
#define SCAPULA_BALANCE_SESSIONS  3

/**
 * ScapulaExerciseMetric:
 * @SCAPULA_EXERCISE_METRIC_BEST_SET: the heaviest work set's weight
 * @SCAPULA_EXERCISE_METRIC_E1RM: the best estimated one-rep maximum (Epley)
 * @SCAPULA_EXERCISE_METRIC_VOLUME: weight × reps summed over the work sets
 * @SCAPULA_EXERCISE_METRIC_HOLD: seconds summed over the timed work sets
 *
 * What a per-exercise chart plots for each session.
 */
typedef enum
{
  SCAPULA_EXERCISE_METRIC_BEST_SET,
  SCAPULA_EXERCISE_METRIC_E1RM,
  SCAPULA_EXERCISE_METRIC_VOLUME,
  SCAPULA_EXERCISE_METRIC_HOLD,
} ScapulaExerciseMetric;

/**
 * ScapulaBalanceMeasure:
 * @SCAPULA_BALANCE_MEASURE_VOLUME: weight × reps, for loaded sets
 * @SCAPULA_BALANCE_MEASURE_REPS: reps, when no set carried a load
 * @SCAPULA_BALANCE_MEASURE_SECONDS: seconds, for holds
 *
 * What the left and right values of a session compare.
 */
typedef enum
{
  SCAPULA_BALANCE_MEASURE_VOLUME,
  SCAPULA_BALANCE_MEASURE_REPS,
  SCAPULA_BALANCE_MEASURE_SECONDS,
} ScapulaBalanceMeasure;

/**
 * ScapulaRecordKind:
 * @SCAPULA_RECORD_KIND_HEAVIEST_WEIGHT: the heaviest load of a work set
 * @SCAPULA_RECORD_KIND_MOST_REPS: more reps than ever at that weight or a
 *   heavier one
 * @SCAPULA_RECORD_KIND_BEST_E1RM: the best estimated one-rep maximum
 * @SCAPULA_RECORD_KIND_BEST_VOLUME: the most weight × reps in one session
 *
 * The personal records Scapula keeps for each exercise.
 */
typedef enum
{
  SCAPULA_RECORD_KIND_HEAVIEST_WEIGHT,
  SCAPULA_RECORD_KIND_MOST_REPS,
  SCAPULA_RECORD_KIND_BEST_E1RM,
  SCAPULA_RECORD_KIND_BEST_VOLUME,
} ScapulaRecordKind;

#define SCAPULA_N_RECORD_KINDS (SCAPULA_RECORD_KIND_BEST_VOLUME + 1)

/**
 * ScapulaStatsSet:
 * @session_id: the session the set belongs to
 * @started_at: when that session started, in seconds since the epoch
 * @logged_at: when the set was logged, in seconds since the epoch
 * @set: the set itself
 *
 * One logged set of one exercise, as the per-exercise calculations read it.
 */
typedef struct
{
  gint64           session_id;
  gint64           started_at;
  gint64           logged_at;
  ScapulaSetRecord set;
} ScapulaStatsSet;

/**
 * ScapulaSetCount:
 * @exercise: the exercise slug; borrowed, it must outlive the call
 * @session_id: the session the sets belong to
 * @started_at: when that session started, in seconds since the epoch
 * @side: which side the sets were for
 * @kind: what kind of sets they were
 * @n_sets: how many such sets there were (1 for a single set)
 *
 * Sets of one exercise, side and kind in one session, as the weekly
 * muscle volume reads them.
 */
typedef struct
{
  const char     *exercise;
  gint64          session_id;
  gint64          started_at;
  ScapulaSide     side;
  ScapulaSetKind  kind;
  guint           n_sets;
} ScapulaSetCount;

/**
 * ScapulaSessionStats:
 * @session_id: the session
 * @started_at: when the session started, in seconds since the epoch: the
 *   x value of every per-exercise chart
 * @best_weight_kg: the best set's weight: the heaviest work set, 0 without
 *   a load
 * @best_reps: the best set's reps: the most reps at that weight
 * @best_seconds: the best set's seconds, for a timed set
 * @e1rm_kg: the best estimated one-rep maximum of any work set
 * @volume_kg: weight × reps summed over the work sets; each side's set
 *   counts on its own
 * @hold_seconds: seconds summed over the work sets
 * @total_reps: reps summed over the work sets
 * @n_sets: the number of work sets
 * @left: the left side's value, 0 when no left set was logged
 * @right: the right side's value, 0 when no right set was logged
 * @balance_measure: what @left and @right count
 *
 * One exercise in one session: a point of each per-exercise chart.
 */
typedef struct
{
  gint64                session_id;
  gint64                started_at;
  double                best_weight_kg;
  guint                 best_reps;
  guint                 best_seconds;
  double                e1rm_kg;
  double                volume_kg;
  guint                 hold_seconds;
  guint                 total_reps;
  guint                 n_sets;
  double                left;
  double                right;
  ScapulaBalanceMeasure balance_measure;
} ScapulaSessionStats;

/**
 * ScapulaMuscleWeek:
 * @week_start: the week's first day at local midnight, in seconds since
 *   the epoch
 * @sets: the sets each #ScapulaMuscle got that week, indexed by muscle
 *
 * One week of sets per muscle.
 */
typedef struct
{
  gint64 week_start;
  double sets[SCAPULA_N_MUSCLES];
} ScapulaMuscleWeek;

/**
 * ScapulaWeekValue:
 * @week_start: the week's first day at local midnight, in seconds since
 *   the epoch
 * @value: the week's value; 0 when @count is 0
 * @count: how many values the week had
 *
 * One week of a weekly average or count.
 */
typedef struct
{
  gint64 week_start;
  double value;
  guint  count;
} ScapulaWeekValue;

/**
 * ScapulaConsistencyWeek:
 * @week_start: the week's first day at local midnight, in seconds since
 *   the epoch
 * @sessions: sessions started that week
 * @planned: training days of the plan, 0 without a plan
 *
 * One week of training against the plan.
 */
typedef struct
{
  gint64 week_start;
  guint  sessions;
  guint  planned;
} ScapulaConsistencyWeek;

/**
 * ScapulaPainPoint:
 * @session_id: the session
 * @started_at: when the session started, in seconds since the epoch
 * @pain: the highest pain checked in during the session, 0–10
 * @numbness: %TRUE when a check-in of the session reported numbness or
 *   tingling
 *
 * The pain of one session, for one exercise or for the whole session.
 */
typedef struct
{
  gint64   session_id;
  gint64   started_at;
  guint    pain;
  gboolean numbness;
} ScapulaPainPoint;

/**
 * ScapulaRecord:
 * @kind: which record
 * @exercise: (nullable): the exercise slug, an interned string; %NULL from
 *   scapula_records_scan(), which reads one exercise, and set by the
 *   progress store
 * @session_id: the session it was set in
 * @started_at: when that session started, in seconds since the epoch
 * @logged_at: when the set that made it was logged; for a volume record,
 *   the session's last work set
 * @weight_kg: the weight of the set that made it, 0 for a volume record
 * @reps: the reps of the set that made it, 0 for a volume record
 * @value: the new best: kilograms, except reps for
 *   %SCAPULA_RECORD_KIND_MOST_REPS
 * @previous: the best before this session, in the same unit
 *
 * A personal record, at the moment it was set.
 */
typedef struct
{
  ScapulaRecordKind kind;
  const char       *exercise;
  gint64            session_id;
  gint64            started_at;
  gint64            logged_at;
  double            weight_kg;
  guint             reps;
  double            value;
  double            previous;
} ScapulaRecord;

double      scapula_epley_1rm                   (double                      weight_kg,
                                                 guint                       reps);

gint64      scapula_week_get_start              (gint64                      time,
                                                 GDateWeekday                first_day);
gint64      scapula_week_get_next               (gint64                      week_start);

const char *scapula_exercise_metric_get_label   (ScapulaExerciseMetric       metric);
double      scapula_session_stats_get_value     (const ScapulaSessionStats  *stats,
                                                 ScapulaExerciseMetric       metric);

GArray     *scapula_stats_per_session           (const ScapulaStatsSet      *sets,
                                                 guint                       n_sets);
GArray     *scapula_stats_muscle_weeks          (ScapulaCatalog             *catalog,
                                                 const ScapulaSetCount      *counts,
                                                 guint                       n_counts,
                                                 GDateWeekday                first_day,
                                                 gint64                      from,
                                                 gint64                      to);
GArray     *scapula_stats_consistency           (const gint64               *session_starts,
                                                 guint                       n_sessions,
                                                 ScapulaPlan                *plan,
                                                 GDateWeekday                first_day,
                                                 gint64                      from,
                                                 gint64                      to);
void        scapula_plan_get_muscle_sets        (ScapulaPlan                *plan,
                                                 ScapulaCatalog             *catalog,
                                                 double                      sets[SCAPULA_N_MUSCLES]);
GArray     *scapula_stats_pain_weeks            (const ScapulaPainPoint     *points,
                                                 guint                       n_points,
                                                 GDateWeekday                first_day,
                                                 gint64                      from,
                                                 gint64                      to);
gboolean    scapula_stats_pain_is_rising        (const ScapulaPainPoint     *points,
                                                 guint                       n_points);

double      scapula_balance_get_difference      (double                      left,
                                                 double                      right);
gboolean    scapula_balance_check               (const ScapulaSessionStats  *sessions,
                                                 guint                       n_sessions,
                                                 ScapulaSide                *behind);
const char *scapula_balance_get_advice          (ScapulaSide                 behind);

GArray     *scapula_records_scan                (const ScapulaStatsSet      *sets,
                                                 guint                       n_sets);
gboolean    scapula_records_get_current         (const ScapulaRecord        *records,
                                                 guint                       n_records,
                                                 ScapulaRecordKind           kind,
                                                 ScapulaRecord              *record);
GArray     *scapula_records_in_session          (const ScapulaRecord        *records,
                                                 guint                       n_records,
                                                 gint64                      session_id);
const char *scapula_record_kind_get_label       (ScapulaRecordKind           kind);

G_END_DECLS
