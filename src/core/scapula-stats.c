/* scapula-stats.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "scapula-stats"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "scapula-stats.h"

/* The numbers behind the Progress view (DESIGN.md §7). Everything here is
 * plain arithmetic over arrays the database layer fills
 * (scapula-progress-store.c), so each rule is tested without a database.
 *
 * # Work sets
 *
 * Only work sets count: kind "work" and "failure" (scapula_set_kind_is_work()).
 * Warm-up sets are preparation and drop sets are a lighter tail of a work
 * set; counting either would inflate volume and muscle sets.
 *
 * # Weeks
 *
 * A week starts at local midnight of the user's first day of the week (the
 * `week-start` setting: Monday or Sunday; any weekday works). Local, because
 * a session at 23:30 on a Sunday belongs to the week the user saw it in.
 * Weekly charts list every week from the one holding `from` to the one
 * holding `to`, empty weeks included, so a holiday shows as a gap rather
 * than vanishing. A session counts in the week it started in.
 *
 * # Weights
 *
 * Two weights closer than a gram are the same weight: a weight typed in
 * pounds is stored as its exact kilogram value, so sets typed the same way
 * compare equal however they are rounded.
 */

#define WEIGHT_EPSILON_KG 0.001
#define VALUE_EPSILON     1e-9

/* Every weekly result struct starts with its week's start time. */
G_STATIC_ASSERT (G_STRUCT_OFFSET (ScapulaMuscleWeek, week_start) == 0);
G_STATIC_ASSERT (G_STRUCT_OFFSET (ScapulaWeekValue, week_start) == 0);
G_STATIC_ASSERT (G_STRUCT_OFFSET (ScapulaConsistencyWeek, week_start) == 0);

/* A run of consecutive weeks, and a fast way to find a time's week in it. */
typedef struct
{
  GArray *weeks;     /* owned, elements start with a gint64 week start */
  gint64  end;       /* the end of the last week */
  guint   last_hit;  /* the week the previous lookup found */
} WeekRun;

/* Per exercise in one session, while adding up muscle sets. */
typedef struct
{
  const char *exercise;
  guint       both;
  guint       left;
  guint       right;
} SessionCount;

/* Per side in one session, while adding up the balance. */
typedef struct
{
  double volume;
  guint  reps;
  guint  seconds;
  guint  n_sets;
} SideTotals;

/* The most reps done at one weight. */
typedef struct
{
  gint64 grams;
  guint  reps;
} RepBest;

static gint64
midnight_of (GDate *date)
{
  g_autoptr(GDateTime) midnight = NULL;

  midnight = g_date_time_new_local (g_date_get_year (date), g_date_get_month (date),
                                    g_date_get_day (date), 0, 0, 0);
  return g_date_time_to_unix (midnight);
}

static gboolean
local_date (gint64  time,
            GDate  *date)
{
  g_autoptr(GDateTime) local = g_date_time_new_from_unix_local (time);

  if (local == NULL)
    return FALSE;

  g_date_clear (date, 1);
  g_date_set_dmy (date, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                  g_date_time_get_year (local));
  return TRUE;
}

static gint64
week_start_of_element (GArray *weeks,
                       guint   index)
{
  gint64 start;

  memcpy (&start, weeks->data + (gsize) index * g_array_get_element_size (weeks), sizeof start);
  return start;
}

/* Fills @run with every week from the one holding @from to the one holding
 * @to, each element zeroed but for its start. */
static void
week_run_init (WeekRun      *run,
               guint         element_size,
               GDateWeekday  first_day,
               gint64        from,
               gint64        to)
{
  gint64 start;

  run->weeks = g_array_new (FALSE, TRUE, element_size);
  run->last_hit = 0;
  run->end = 0;

  if (to < from)
    return;

  start = scapula_week_get_start (from, first_day);
  while (start <= to)
    {
      gint64 next = scapula_week_get_next (start);

      /* The new element comes zeroed; its first member is the start. */
      g_array_set_size (run->weeks, run->weeks->len + 1);
      memcpy (run->weeks->data + (gsize) (run->weeks->len - 1) * element_size, &start, sizeof start);
      run->end = next;

      /* A broken time zone must not loop forever. */
      if (next <= start)
        break;
      start = next;
    }
}

/* Returns the index of the week holding @time, or -1 when it lies outside
 * the run. Looks near the previous hit first: the callers walk in time
 * order. */
static int
week_run_find (WeekRun *run,
               gint64   time)
{
  guint lo, hi;

  if (run->weeks->len == 0 || time < week_start_of_element (run->weeks, 0) || time >= run->end)
    return -1;

  if (time >= week_start_of_element (run->weeks, run->last_hit) &&
      (run->last_hit + 1 == run->weeks->len ||
       time < week_start_of_element (run->weeks, run->last_hit + 1)))
    return (int) run->last_hit;

  /* The last week whose start is at or before @time. */
  lo = 0;
  hi = run->weeks->len;
  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (week_start_of_element (run->weeks, mid) <= time)
        lo = mid;
      else
        hi = mid;
    }

  run->last_hit = lo;
  return (int) lo;
}

/* Where a weekly result starts and ends when the caller leaves it open
 * (0): the first and last of @times. */
static gboolean
resolve_bounds (const gint64 *times,
                guint         n_times,
                gsize         stride,
                gint64       *from,
                gint64       *to)
{
  gint64 min = G_MAXINT64;
  gint64 max = G_MININT64;

  if (*from != 0 && *to != 0)
    return TRUE;

  for (guint i = 0; i < n_times; i++)
    {
      gint64 t;

      memcpy (&t, (const guint8 *) times + i * stride, sizeof t);
      min = MIN (min, t);
      max = MAX (max, t);
    }

  if (n_times == 0)
    return FALSE;

  if (*from == 0)
    *from = min;
  if (*to == 0)
    *to = max;

  return TRUE;
}

/**
 * scapula_epley_1rm:
 * @weight_kg: the weight lifted
 * @reps: the reps done with it
 *
 * Estimates the one-rep maximum from a set with Epley's formula,
 * `w × (1 + r / 30)`. Scapula names the formula wherever it shows the
 * estimate. Epley is the formula most training apps use, so the numbers
 * agree with what users bring from them; like every such formula it grows
 * less reliable past about a dozen reps.
 *
 * A single rep is its own maximum, so one rep returns @weight_kg rather
 * than the formula's `w × 1.033`. A set without a load (body weight, band)
 * or without reps (a hold) has no estimate: 0.
 *
 * Returns: the estimate in kilograms, or 0 when there is none
 */
double
scapula_epley_1rm (double weight_kg,
                   guint  reps)
{
  if (reps == 0 || !(weight_kg > 0.0))
    return 0.0;

  if (reps == 1)
    return weight_kg;

  return weight_kg * (1.0 + reps / 30.0);
}

/**
 * scapula_week_get_start:
 * @time: a time in seconds since the epoch
 * @first_day: the first day of the week: %G_DATE_MONDAY or %G_DATE_SUNDAY,
 *   as the `week-start` setting says
 *
 * Returns: the start of the week holding @time: local midnight of its
 *   first day, in seconds since the epoch
 */
gint64
scapula_week_get_start (gint64       time,
                        GDateWeekday first_day)
{
  GDate date;
  guint back;

  g_return_val_if_fail (g_date_valid_weekday (first_day), time);

  if (!local_date (time, &date))
    return time;

  back = (g_date_get_weekday (&date) + 7 - first_day) % 7;
  g_date_subtract_days (&date, back);

  return midnight_of (&date);
}

/**
 * scapula_week_get_next:
 * @week_start: the start of a week, from scapula_week_get_start()
 *
 * The next week's start is seven calendar days later at local midnight,
 * which is not always 7 × 24 hours: a week with a daylight-saving change is
 * an hour shorter or longer.
 *
 * Returns: the start of the following week
 */
gint64
scapula_week_get_next (gint64 week_start)
{
  GDate date;

  if (!local_date (week_start, &date))
    return week_start + 7 * 24 * 3600;

  g_date_add_days (&date, 7);
  return midnight_of (&date);
}

/**
 * scapula_exercise_metric_get_label:
 * @metric: a metric
 *
 * Returns: the metric's name for a chart title; the estimate names its
 *   formula
 */
const char *
scapula_exercise_metric_get_label (ScapulaExerciseMetric metric)
{
  switch (metric)
    {
    case SCAPULA_EXERCISE_METRIC_BEST_SET: return _("Best set");
    /* Translators: 1RM is the one-repetition maximum, the heaviest weight
     * lifted once; Epley is the name of the formula. */
    case SCAPULA_EXERCISE_METRIC_E1RM:     return _("Estimated 1RM (Epley)");
    case SCAPULA_EXERCISE_METRIC_VOLUME:   return _("Volume per session");
    case SCAPULA_EXERCISE_METRIC_HOLD:     return _("Hold time");
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * scapula_session_stats_get_value:
 * @stats: one session of an exercise
 * @metric: what to read
 *
 * Returns: the y value of @stats on the @metric chart: kilograms, or
 *   seconds for %SCAPULA_EXERCISE_METRIC_HOLD
 */
double
scapula_session_stats_get_value (const ScapulaSessionStats *stats,
                                 ScapulaExerciseMetric      metric)
{
  g_return_val_if_fail (stats != NULL, 0.0);

  switch (metric)
    {
    case SCAPULA_EXERCISE_METRIC_BEST_SET: return stats->best_weight_kg;
    case SCAPULA_EXERCISE_METRIC_E1RM:     return stats->e1rm_kg;
    case SCAPULA_EXERCISE_METRIC_VOLUME:   return stats->volume_kg;
    case SCAPULA_EXERCISE_METRIC_HOLD:     return stats->hold_seconds;
    default:
      g_return_val_if_reached (0.0);
    }
}

static void
finish_session (ScapulaSessionStats *stats,
                const SideTotals    *left,
                const SideTotals    *right,
                gboolean             any_side_reps,
                gboolean             any_side_load)
{
  if (left->n_sets == 0 && right->n_sets == 0)
    return;

  /* Holds compare seconds; loaded sets the work done; the rest reps. */
  if (!any_side_reps)
    {
      stats->balance_measure = SCAPULA_BALANCE_MEASURE_SECONDS;
      stats->left = left->seconds;
      stats->right = right->seconds;
    }
  else if (any_side_load)
    {
      stats->balance_measure = SCAPULA_BALANCE_MEASURE_VOLUME;
      stats->left = left->volume;
      stats->right = right->volume;
    }
  else
    {
      stats->balance_measure = SCAPULA_BALANCE_MEASURE_REPS;
      stats->left = left->reps;
      stats->right = right->reps;
    }
}

/**
 * scapula_stats_per_session:
 * @sets: (array length=n_sets): one exercise's sets in the order they were
 *   logged, so each session's sets sit together
 * @n_sets: the number of sets
 *
 * Adds up one exercise's work sets session by session: the best set (the
 * heaviest weight, then the most reps, then the longest hold at it), the
 * best Epley estimate, the volume (each side's set counts: a one-arm row
 * of 3 × 10 at 20 kg a side is 1200 kg), the seconds held, and the left
 * and right values the balance chart compares. Warm-up and drop sets are
 * left out; a session with no work set has no point.
 *
 * Returns: (transfer full) (element-type ScapulaSessionStats): the
 *   sessions in the order of @sets
 */
GArray *
scapula_stats_per_session (const ScapulaStatsSet *sets,
                           guint                  n_sets)
{
  g_autoptr(GArray) result = g_array_new (FALSE, TRUE, sizeof (ScapulaSessionStats));
  ScapulaSessionStats *current = NULL;
  SideTotals sides[3] = { { 0 } };
  gboolean any_side_reps = FALSE;
  gboolean any_side_load = FALSE;

  g_return_val_if_fail (sets != NULL || n_sets == 0, NULL);

  for (guint i = 0; i < n_sets; i++)
    {
      const ScapulaStatsSet *s = &sets[i];
      const ScapulaSetRecord *set = &s->set;
      double weight = MAX (set->weight_kg, 0.0);
      gboolean better;

      if (!scapula_set_kind_is_work (set->kind))
        continue;

      if (current == NULL || current->session_id != s->session_id)
        {
          ScapulaSessionStats empty = { 0 };

          if (current != NULL)
            finish_session (current, &sides[SCAPULA_SIDE_LEFT], &sides[SCAPULA_SIDE_RIGHT],
                            any_side_reps, any_side_load);

          empty.session_id = s->session_id;
          empty.started_at = s->started_at;
          g_array_append_val (result, empty);
          current = &g_array_index (result, ScapulaSessionStats, result->len - 1);
          memset (sides, 0, sizeof sides);
          any_side_reps = FALSE;
          any_side_load = FALSE;
        }

      /* The best set: heavier wins, then more reps, then a longer hold. */
      if (current->n_sets == 0 || weight > current->best_weight_kg + WEIGHT_EPSILON_KG)
        better = TRUE;
      else if (weight < current->best_weight_kg - WEIGHT_EPSILON_KG)
        better = FALSE;
      else
        better = set->reps > current->best_reps ||
                 (set->reps == current->best_reps && set->seconds > current->best_seconds);

      if (better)
        {
          current->best_weight_kg = weight;
          current->best_reps = set->reps;
          current->best_seconds = set->seconds;
        }

      current->n_sets++;
      current->e1rm_kg = MAX (current->e1rm_kg, scapula_epley_1rm (weight, set->reps));
      current->volume_kg += weight * set->reps;
      current->hold_seconds += set->seconds;
      current->total_reps += set->reps;

      if (set->side == SCAPULA_SIDE_LEFT || set->side == SCAPULA_SIDE_RIGHT)
        {
          SideTotals *side = &sides[set->side];

          side->volume += weight * set->reps;
          side->reps += set->reps;
          side->seconds += set->seconds;
          side->n_sets++;
          any_side_reps |= set->reps > 0;
          any_side_load |= weight > 0.0;
        }
    }

  if (current != NULL)
    finish_session (current, &sides[SCAPULA_SIDE_LEFT], &sides[SCAPULA_SIDE_RIGHT],
                    any_side_reps, any_side_load);

  return g_steal_pointer (&result);
}

static void
add_session_muscles (ScapulaCatalog    *catalog,
                     GHashTable        *exercises,
                     GArray            *counts,
                     ScapulaMuscleWeek *week)
{
  for (guint i = 0; i < counts->len; i++)
    {
      const SessionCount *count = &g_array_index (counts, SessionCount, i);
      ScapulaExercise *exercise = NULL;
      const ScapulaMuscleLoad *muscles;
      guint n_muscles = 0;
      double sets;

      if (!g_hash_table_lookup_extended (exercises, count->exercise, NULL, (gpointer *) &exercise))
        {
          exercise = scapula_catalog_lookup (catalog, count->exercise);
          g_hash_table_insert (exercises, (gpointer) count->exercise, exercise);
        }

      /* The user's own exercises have no muscles in the catalog; warm-up
       * moves and stretches are not training volume. */
      if (exercise == NULL || scapula_exercise_get_kind (exercise) != SCAPULA_EXERCISE_KIND_STRENGTH)
        continue;

      /* A left set and a right set are one set of the muscle's work. */
      sets = count->both + MAX (count->left, count->right);
      muscles = scapula_exercise_get_muscles (exercise, &n_muscles);

      for (guint m = 0; m < n_muscles; m++)
        week->sets[muscles[m].muscle] += sets * scapula_muscle_role_get_weight (muscles[m].role);
    }

  g_array_set_size (counts, 0);
}

/**
 * scapula_stats_muscle_weeks:
 * @catalog: the catalog, for each exercise's muscles
 * @counts: (array length=n_counts): sets, with each session's sets next to
 *   each other (in any order within the session)
 * @n_counts: the number of entries in @counts
 * @first_day: the first day of the week
 * @from: a time in the first week to list, or 0 for the first session's
 * @to: a time in the last week to list, or 0 for the last session's
 *
 * Counts the work sets each muscle got per week. A set counts 1 for each
 * primary muscle of its exercise and 0.5 for each secondary one
 * (scapula_muscle_role_get_weight()). A unilateral pair counts once:
 * within one session and exercise the sets are n(both) +
 * max(n(left), n(right)), so 3 left and 3 right sets of a one-arm row are
 * 3 sets for the back, and 3 left with 2 right are 3 as well.
 *
 * Only strength exercises count: a stretch held or a warm-up move done is
 * not a set of training for the muscles it names. Exercises the catalog
 * does not know (the user's own, whose muscles live in the database) are
 * skipped for now.
 *
 * Returns: (transfer full) (element-type ScapulaMuscleWeek): every week
 *   from @from to @to, oldest first
 */
GArray *
scapula_stats_muscle_weeks (ScapulaCatalog        *catalog,
                            const ScapulaSetCount *counts,
                            guint                  n_counts,
                            GDateWeekday           first_day,
                            gint64                 from,
                            gint64                 to)
{
  g_autoptr(GHashTable) exercises = NULL;
  g_autoptr(GArray) session = NULL;
  WeekRun run;
  gint64 session_id = 0;
  int week = -1;

  g_return_val_if_fail (SCAPULA_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (counts != NULL || n_counts == 0, NULL);
  g_return_val_if_fail (g_date_valid_weekday (first_day), NULL);

  if (!resolve_bounds (n_counts > 0 ? &counts[0].started_at : NULL, n_counts,
                       sizeof (ScapulaSetCount), &from, &to))
    return g_array_new (FALSE, TRUE, sizeof (ScapulaMuscleWeek));

  week_run_init (&run, sizeof (ScapulaMuscleWeek), first_day, from, to);

  exercises = g_hash_table_new (g_str_hash, g_str_equal);
  session = g_array_new (FALSE, FALSE, sizeof (SessionCount));

  for (guint i = 0; i < n_counts; i++)
    {
      const ScapulaSetCount *count = &counts[i];
      SessionCount *entry = NULL;

      if (!scapula_set_kind_is_work (count->kind) || count->n_sets == 0)
        continue;

      if (session->len == 0 || count->session_id != session_id)
        {
          if (week >= 0)
            add_session_muscles (catalog, exercises, session,
                                 &g_array_index (run.weeks, ScapulaMuscleWeek, week));
          g_array_set_size (session, 0);

          session_id = count->session_id;
          week = week_run_find (&run, count->started_at);
        }

      if (week < 0)
        continue;

      for (guint j = 0; j < session->len && entry == NULL; j++)
        {
          SessionCount *candidate = &g_array_index (session, SessionCount, j);

          if (g_strcmp0 (candidate->exercise, count->exercise) == 0)
            entry = candidate;
        }

      if (entry == NULL)
        {
          SessionCount empty = { count->exercise, 0, 0, 0 };

          g_array_append_val (session, empty);
          entry = &g_array_index (session, SessionCount, session->len - 1);
        }

      switch (count->side)
        {
        case SCAPULA_SIDE_LEFT:
          entry->left += count->n_sets;
          break;

        case SCAPULA_SIDE_RIGHT:
          entry->right += count->n_sets;
          break;

        case SCAPULA_SIDE_BOTH:
        default:
          entry->both += count->n_sets;
          break;
        }
    }

  if (week >= 0)
    add_session_muscles (catalog, exercises, session,
                         &g_array_index (run.weeks, ScapulaMuscleWeek, week));

  return run.weeks;
}

/**
 * scapula_plan_get_muscle_sets:
 * @plan: a plan
 * @catalog: the catalog, for each exercise's muscles
 * @sets: (out caller-allocates) (array fixed-size=SCAPULA_N_MUSCLES): the
 *   sets each #ScapulaMuscle gets in a week of @plan
 *
 * The weekly sets per muscle that @plan asks for, counted as the logged
 * sets are (scapula_stats_muscle_weeks()): the work sets of the strength
 * items of every training day, a primary muscle 1 per set and a secondary
 * one 0.5; a per-side prescription's left and right set count once.
 */
void
scapula_plan_get_muscle_sets (ScapulaPlan    *plan,
                              ScapulaCatalog *catalog,
                              double          sets[SCAPULA_N_MUSCLES])
{
  g_return_if_fail (SCAPULA_IS_PLAN (plan));
  g_return_if_fail (SCAPULA_IS_CATALOG (catalog));

  memset (sets, 0, sizeof (double) * SCAPULA_N_MUSCLES);

  for (guint weekday = 1; weekday <= 7; weekday++)
    {
      ScapulaPlanDay *day = scapula_plan_get_day (plan, weekday);

      if (!scapula_plan_day_get_training (day))
        continue;

      for (guint i = 0; i < scapula_plan_day_get_n_items (day); i++)
        {
          ScapulaPlanItem *item = scapula_plan_day_get_item (day, i);
          ScapulaExercise *exercise = scapula_catalog_lookup (catalog, scapula_plan_item_get_exercise (item));
          const ScapulaMuscleLoad *muscles;
          guint n_muscles = 0;

          if (exercise == NULL || scapula_exercise_get_kind (exercise) != SCAPULA_EXERCISE_KIND_STRENGTH)
            continue;

          muscles = scapula_exercise_get_muscles (exercise, &n_muscles);
          for (guint m = 0; m < n_muscles; m++)
            sets[muscles[m].muscle] += scapula_plan_item_get_prescription (item)->sets *
                                       scapula_muscle_role_get_weight (muscles[m].role);
        }
    }
}

/**
 * scapula_stats_consistency:
 * @session_starts: (array length=n_sessions): when each session started,
 *   in seconds since the epoch, in any order
 * @n_sessions: the number of sessions
 * @plan: (nullable): the active plan
 * @first_day: the first day of the week
 * @from: a time in the first week to list, or 0 for the first session's
 * @to: a time in the last week to list, or 0 for the last session's
 *
 * Counts the sessions of each week against the training days of @plan.
 * The plan is the one active now: it is the goal every week is read
 * against, including weeks from before it was made.
 *
 * Returns: (transfer full) (element-type ScapulaConsistencyWeek): every
 *   week from @from to @to, oldest first
 */
GArray *
scapula_stats_consistency (const gint64 *session_starts,
                           guint         n_sessions,
                           ScapulaPlan  *plan,
                           GDateWeekday  first_day,
                           gint64        from,
                           gint64        to)
{
  WeekRun run;
  guint planned;

  g_return_val_if_fail (session_starts != NULL || n_sessions == 0, NULL);
  g_return_val_if_fail (plan == NULL || SCAPULA_IS_PLAN (plan), NULL);
  g_return_val_if_fail (g_date_valid_weekday (first_day), NULL);

  if (!resolve_bounds (session_starts, n_sessions, sizeof (gint64), &from, &to))
    return g_array_new (FALSE, TRUE, sizeof (ScapulaConsistencyWeek));

  week_run_init (&run, sizeof (ScapulaConsistencyWeek), first_day, from, to);
  planned = plan != NULL ? scapula_plan_count_training_days (plan) : 0;

  for (guint i = 0; i < run.weeks->len; i++)
    g_array_index (run.weeks, ScapulaConsistencyWeek, i).planned = planned;

  for (guint i = 0; i < n_sessions; i++)
    {
      int week = week_run_find (&run, session_starts[i]);

      if (week >= 0)
        g_array_index (run.weeks, ScapulaConsistencyWeek, week).sessions++;
    }

  return run.weeks;
}

/**
 * scapula_stats_pain_weeks:
 * @points: (array length=n_points): the pain of each session, in any order
 * @n_points: the number of points
 * @first_day: the first day of the week
 * @from: a time in the first week to list, or 0 for the first point's
 * @to: a time in the last week to list, or 0 for the last point's
 *
 * Averages the sessions' pain per week: each session counts once, with
 * the highest pain checked in during it. A week without a check-in has a
 * count of 0; a chart shows it as a gap, not as a painless week.
 *
 * Returns: (transfer full) (element-type ScapulaWeekValue): every week
 *   from @from to @to, oldest first
 */
GArray *
scapula_stats_pain_weeks (const ScapulaPainPoint *points,
                          guint                   n_points,
                          GDateWeekday            first_day,
                          gint64                  from,
                          gint64                  to)
{
  WeekRun run;

  g_return_val_if_fail (points != NULL || n_points == 0, NULL);
  g_return_val_if_fail (g_date_valid_weekday (first_day), NULL);

  if (!resolve_bounds (n_points > 0 ? &points[0].started_at : NULL, n_points,
                       sizeof (ScapulaPainPoint), &from, &to))
    return g_array_new (FALSE, TRUE, sizeof (ScapulaWeekValue));

  week_run_init (&run, sizeof (ScapulaWeekValue), first_day, from, to);

  for (guint i = 0; i < n_points; i++)
    {
      int week = week_run_find (&run, points[i].started_at);
      ScapulaWeekValue *value;

      if (week < 0)
        continue;

      value = &g_array_index (run.weeks, ScapulaWeekValue, week);
      value->value += points[i].pain;
      value->count++;
    }

  for (guint i = 0; i < run.weeks->len; i++)
    {
      ScapulaWeekValue *value = &g_array_index (run.weeks, ScapulaWeekValue, i);

      if (value->count > 0)
        value->value /= value->count;
    }

  return run.weeks;
}

/**
 * scapula_stats_pain_is_rising:
 * @points: (array length=n_points): one exercise's sessions with a
 *   check-in, oldest first
 * @n_points: the number of points
 *
 * The rising-pain rule of the session runner (scapula_pain_is_rising()):
 * the last three sessions with a check-in for the exercise went up each
 * time, p1 < p2 < p3.
 *
 * Returns: %TRUE when the pain is rising
 */
gboolean
scapula_stats_pain_is_rising (const ScapulaPainPoint *points,
                              guint                   n_points)
{
  guint pains[3];
  guint n = 0;

  g_return_val_if_fail (points != NULL || n_points == 0, FALSE);

  for (guint i = n_points > 3 ? n_points - 3 : 0; i < n_points; i++)
    pains[n++] = points[i].pain;

  return scapula_pain_is_rising (pains, n);
}

/**
 * scapula_balance_get_difference:
 * @left: the left side's value
 * @right: the right side's value
 *
 * The gap between the sides as a fraction of the stronger one: 100 kg on
 * the left against 80 kg on the right is 0.2, and -0.2 the other way round.
 *
 * Returns: (left − right) / max(left, right): positive when the left side
 *   did more, negative when the right did; 0 when neither did anything
 */
double
scapula_balance_get_difference (double left,
                                double right)
{
  double stronger = MAX (left, right);

  if (!(stronger > 0.0))
    return 0.0;

  return (left - right) / stronger;
}

/**
 * scapula_balance_check:
 * @sessions: (array length=n_sessions): one exercise's sessions, oldest
 *   first
 * @n_sessions: the number of sessions
 * @behind: (out) (optional): the side that is behind, or
 *   %SCAPULA_SIDE_BOTH when there is no flag
 *
 * Flags a side that is consistently behind: in each of the latest
 * %SCAPULA_BALANCE_SESSIONS sessions that logged both sides, the same side
 * was more than %SCAPULA_BALANCE_THRESHOLD of the stronger side behind.
 * Sessions that logged one side only are passed over; a session within
 * the threshold, or behind on the other side, ends the streak.
 *
 * Returns: %TRUE when a side is flagged
 */
gboolean
scapula_balance_check (const ScapulaSessionStats *sessions,
                       guint                      n_sessions,
                       ScapulaSide               *behind)
{
  ScapulaSide streak = SCAPULA_SIDE_BOTH;
  guint found = 0;

  g_return_val_if_fail (sessions != NULL || n_sessions == 0, FALSE);

  if (behind != NULL)
    *behind = SCAPULA_SIDE_BOTH;

  for (guint i = n_sessions; i-- > 0 && found < SCAPULA_BALANCE_SESSIONS;)
    {
      const ScapulaSessionStats *s = &sessions[i];
      double difference;
      ScapulaSide side;

      if (!(s->left > 0.0) || !(s->right > 0.0))
        continue;

      found++;
      difference = scapula_balance_get_difference (s->left, s->right);

      if (difference > SCAPULA_BALANCE_THRESHOLD + VALUE_EPSILON)
        side = SCAPULA_SIDE_RIGHT;
      else if (difference < -SCAPULA_BALANCE_THRESHOLD - VALUE_EPSILON)
        side = SCAPULA_SIDE_LEFT;
      else
        return FALSE;

      if (streak != SCAPULA_SIDE_BOTH && side != streak)
        return FALSE;
      streak = side;
    }

  if (found < SCAPULA_BALANCE_SESSIONS)
    return FALSE;

  if (behind != NULL)
    *behind = streak;
  return TRUE;
}

/**
 * scapula_balance_get_advice:
 * @behind: the side scapula_balance_check() flagged
 *
 * Returns: what to do about it, in a sentence or two
 */
const char *
scapula_balance_get_advice (ScapulaSide behind)
{
  /* The advice comes from the seed on dumbbell mid-back training
   * (seeds/000_ccece8b5c8722a33.txt, on the lying one-arm rear lateral
   * raise): working each side on its own shows any asymmetry, and a side
   * that consistently takes over is a sign to adjust the programming. */
  switch (behind)
    {
    case SCAPULA_SIDE_LEFT:
      /* Translators: the gap is measured against the stronger side. */
      return _("Your left side has been more than 10% behind your right in each of the last "
               "three sessions. Training one side at a time shows a gap like this; when one side "
               "keeps taking over, adjust your programming so the weaker side can catch up.");

    case SCAPULA_SIDE_RIGHT:
      return _("Your right side has been more than 10% behind your left in each of the last "
               "three sessions. Training one side at a time shows a gap like this; when one side "
               "keeps taking over, adjust your programming so the weaker side can catch up.");

    case SCAPULA_SIDE_BOTH:
    default:
      g_return_val_if_reached ("");
    }
}

static gint64
weight_to_grams (double weight_kg)
{
  return (gint64) llround (weight_kg * 1000.0);
}

/* The most reps done at @grams or heavier, or 0 when nothing was. */
static guint
rep_best_at (GArray *bests,
             gint64  grams)
{
  guint best = 0;

  for (guint i = 0; i < bests->len; i++)
    {
      const RepBest *entry = &g_array_index (bests, RepBest, i);

      if (entry->grams >= grams)
        best = MAX (best, entry->reps);
    }

  return best;
}

static void
rep_best_add (GArray *bests,
              gint64  grams,
              guint   reps)
{
  RepBest entry = { grams, reps };

  for (guint i = 0; i < bests->len; i++)
    {
      RepBest *existing = &g_array_index (bests, RepBest, i);

      if (existing->grams == grams)
        {
          existing->reps = MAX (existing->reps, reps);
          return;
        }
    }

  g_array_append_val (bests, entry);
}

static void
append_record (GArray                *records,
               ScapulaRecordKind      kind,
               const ScapulaStatsSet *set,
               double                 value,
               double                 previous)
{
  ScapulaRecord record = { 0 };

  record.kind = kind;
  record.session_id = set->session_id;
  record.started_at = set->started_at;
  record.logged_at = set->logged_at;
  record.weight_kg = MAX (set->set.weight_kg, 0.0);
  record.reps = set->set.reps;
  record.value = value;
  record.previous = previous;

  g_array_append_val (records, record);
}

/**
 * scapula_records_scan:
 * @sets: (array length=n_sets): one exercise's whole history in the order
 *   it was logged, so each session's sets sit together
 * @n_sets: the number of sets
 *
 * Replays an exercise's history and reports each personal record in the
 * session it was set. Only work sets count.
 *
 * - Heaviest weight: a loaded work set heavier than any before.
 * - Most reps: more reps at a weight than any earlier set managed at that
 *   weight or a heavier one. Ten reps at 40 kg are no record after eleven
 *   at 42.5 kg: the new number has to be one the user never reached.
 * - Best estimated 1RM: a higher Epley estimate (scapula_epley_1rm()).
 * - Best session volume: more weight × reps over the session's work sets
 *   (each side's sets count) than any earlier session.
 *
 * Each kind is compared with the best of the earlier sessions, and a
 * session holds at most one record of each kind: its best set (for most
 * reps, the heaviest weight at which the session set one). Equalling a
 * best is not a record.
 *
 * The first value of each kind is the baseline, not a record: the first
 * session of an exercise sets none, and neither does the first loaded
 * set of an exercise done with body weight until then. Strong and Hevy
 * congratulate a first session; Scapula does not, so that a record always
 * means the user beat something they had done.
 *
 * Returns: (transfer full) (element-type ScapulaRecord): the records, in
 *   the order they were set
 */
GArray *
scapula_records_scan (const ScapulaStatsSet *sets,
                      guint                  n_sets)
{
  g_autoptr(GArray) records = g_array_new (FALSE, TRUE, sizeof (ScapulaRecord));
  g_autoptr(GArray) rep_bests = g_array_new (FALSE, FALSE, sizeof (RepBest));
  double best_weight = 0.0;
  double best_e1rm = 0.0;
  double best_volume = 0.0;
  guint i = 0;

  g_return_val_if_fail (sets != NULL || n_sets == 0, NULL);

  while (i < n_sets)
    {
      gint64 session_id = sets[i].session_id;
      const ScapulaStatsSet *heaviest = NULL;
      const ScapulaStatsSet *top_e1rm = NULL;
      const ScapulaStatsSet *rep_record = NULL;
      const ScapulaStatsSet *last_work = NULL;
      double session_e1rm = 0.0;
      double session_volume = 0.0;
      guint rep_previous = 0;
      guint end;

      for (end = i; end < n_sets && sets[end].session_id == session_id; end++)
        {
          const ScapulaStatsSet *s = &sets[end];
          double weight = MAX (s->set.weight_kg, 0.0);
          double e1rm;

          if (!scapula_set_kind_is_work (s->set.kind) || (s->set.reps == 0 && s->set.seconds == 0))
            continue;

          last_work = s;
          session_volume += weight * s->set.reps;

          if (weight > 0.0 && (heaviest == NULL || weight > heaviest->set.weight_kg + WEIGHT_EPSILON_KG))
            heaviest = s;

          e1rm = scapula_epley_1rm (weight, s->set.reps);
          if (e1rm > session_e1rm + VALUE_EPSILON)
            {
              session_e1rm = e1rm;
              top_e1rm = s;
            }

          if (s->set.reps > 0)
            {
              guint before = rep_best_at (rep_bests, weight_to_grams (weight));

              if (before > 0 && s->set.reps > before &&
                  (rep_record == NULL ||
                   weight > rep_record->set.weight_kg + WEIGHT_EPSILON_KG ||
                   (weight > rep_record->set.weight_kg - WEIGHT_EPSILON_KG &&
                    s->set.reps > rep_record->set.reps)))
                {
                  rep_record = s;
                  rep_previous = before;
                }
            }
        }

      /* Records beat the earlier sessions; a first value is the baseline. */
      if (heaviest != NULL && best_weight > 0.0 &&
          heaviest->set.weight_kg > best_weight + WEIGHT_EPSILON_KG)
        append_record (records, SCAPULA_RECORD_KIND_HEAVIEST_WEIGHT, heaviest,
                       heaviest->set.weight_kg, best_weight);

      if (rep_record != NULL)
        append_record (records, SCAPULA_RECORD_KIND_MOST_REPS, rep_record,
                       rep_record->set.reps, rep_previous);

      if (top_e1rm != NULL && best_e1rm > 0.0 && session_e1rm > best_e1rm + VALUE_EPSILON)
        append_record (records, SCAPULA_RECORD_KIND_BEST_E1RM, top_e1rm, session_e1rm, best_e1rm);

      if (last_work != NULL && best_volume > 0.0 && session_volume > best_volume + VALUE_EPSILON)
        {
          append_record (records, SCAPULA_RECORD_KIND_BEST_VOLUME, last_work, session_volume,
                         best_volume);
          g_array_index (records, ScapulaRecord, records->len - 1).weight_kg = 0.0;
          g_array_index (records, ScapulaRecord, records->len - 1).reps = 0;
        }

      /* Only now does the session become part of "before". */
      if (heaviest != NULL)
        best_weight = MAX (best_weight, heaviest->set.weight_kg);
      best_e1rm = MAX (best_e1rm, session_e1rm);
      best_volume = MAX (best_volume, session_volume);

      for (guint j = i; j < end; j++)
        {
          const ScapulaStatsSet *s = &sets[j];

          if (scapula_set_kind_is_work (s->set.kind) && s->set.reps > 0)
            rep_best_add (rep_bests, weight_to_grams (MAX (s->set.weight_kg, 0.0)), s->set.reps);
        }

      i = end;
    }

  return g_steal_pointer (&records);
}

/**
 * scapula_records_get_current:
 * @records: (array length=n_records): records from scapula_records_scan()
 * @n_records: the number of records
 * @kind: which record
 * @record: (out caller-allocates) (optional): the latest record of @kind
 *
 * The latest record of a kind is the standing one: each beat the one
 * before it. For %SCAPULA_RECORD_KIND_MOST_REPS it is the latest rep
 * record, at whatever weight it was set.
 *
 * Returns: %TRUE when @records hold a record of @kind
 */
gboolean
scapula_records_get_current (const ScapulaRecord *records,
                             guint                n_records,
                             ScapulaRecordKind    kind,
                             ScapulaRecord       *record)
{
  g_return_val_if_fail (records != NULL || n_records == 0, FALSE);

  for (guint i = n_records; i-- > 0;)
    {
      if (records[i].kind != kind)
        continue;

      if (record != NULL)
        *record = records[i];
      return TRUE;
    }

  return FALSE;
}

/**
 * scapula_records_in_session:
 * @records: (array length=n_records): records from scapula_records_scan()
 * @n_records: the number of records
 * @session_id: a session
 *
 * The records a session set, for its summary.
 *
 * Returns: (transfer full) (element-type ScapulaRecord): the records set
 *   in @session_id, in the order of @records
 */
GArray *
scapula_records_in_session (const ScapulaRecord *records,
                            guint                n_records,
                            gint64               session_id)
{
  GArray *found;

  g_return_val_if_fail (records != NULL || n_records == 0, NULL);

  found = g_array_new (FALSE, TRUE, sizeof (ScapulaRecord));
  for (guint i = 0; i < n_records; i++)
    {
      if (records[i].session_id == session_id)
        g_array_append_val (found, records[i]);
    }

  return found;
}

/**
 * scapula_record_kind_get_label:
 * @kind: a record kind
 *
 * Returns: the record's name, e.g. "Heaviest weight"
 */
const char *
scapula_record_kind_get_label (ScapulaRecordKind kind)
{
  switch (kind)
    {
    case SCAPULA_RECORD_KIND_HEAVIEST_WEIGHT: return _("Heaviest weight");
    case SCAPULA_RECORD_KIND_MOST_REPS:       return _("Most reps");
    /* Translators: 1RM is the one-repetition maximum. */
    case SCAPULA_RECORD_KIND_BEST_E1RM:       return _("Best estimated 1RM");
    case SCAPULA_RECORD_KIND_BEST_VOLUME:     return _("Best session volume");
    default:
      g_return_val_if_reached ("");
    }
}
