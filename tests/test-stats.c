/* test-stats.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "scapula-progress-series.h"
#include "scapula-stats.h"

/* The test environment runs with TZ=UTC, so local midnight is UTC
 * midnight here. */

static ScapulaCatalog *catalog;

static gint64
utc (int year,
     int month,
     int day,
     int hour,
     int minute)
{
  g_autoptr(GDateTime) time = g_date_time_new_utc (year, month, day, hour, minute, 0);

  return g_date_time_to_unix (time);
}

#define WORK    SCAPULA_SET_KIND_WORK
#define WARMUP  SCAPULA_SET_KIND_WARMUP
#define DROP    SCAPULA_SET_KIND_DROP
#define FAILURE SCAPULA_SET_KIND_FAILURE
#define BOTH    SCAPULA_SIDE_BOTH
#define LEFT    SCAPULA_SIDE_LEFT
#define RIGHT   SCAPULA_SIDE_RIGHT

/* Epley */

static void
test_stats_epley (void)
{
  static const struct {
    double weight;
    guint  reps;
    double expected;
  } cases[] = {
    { 100.0,  0,   0.0 },        /* a hold: no estimate */
    {   0.0, 10,   0.0 },        /* body weight: no estimate */
    {  -5.0,  5,   0.0 },
    { 100.0,  1, 100.0 },        /* one rep is its own maximum */
    { 100.0,  2, 100.0 * (1.0 + 2.0 / 30.0) },
    { 100.0, 10, 100.0 * 4.0 / 3.0 },
    {  60.0,  5,  70.0 },
    {  42.5,  8,  42.5 * (1.0 + 8.0 / 30.0) },
    {  20.0, 30,  40.0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%g kg × %u", cases[i].weight, cases[i].reps);
      g_assert_cmpfloat_with_epsilon (scapula_epley_1rm (cases[i].weight, cases[i].reps),
                                      cases[i].expected, 1e-9);
    }
}

/* Weeks */

static void
test_stats_week_start (void)
{
  const struct {
    gint64       time;
    GDateWeekday first_day;
    gint64       expected;
  } cases[] = {
    /* A Wednesday. */
    { utc (2026, 1, 7, 12, 0), G_DATE_MONDAY, utc (2026, 1, 5, 0, 0) },
    { utc (2026, 1, 7, 12, 0), G_DATE_SUNDAY, utc (2026, 1, 4, 0, 0) },
    /* Sunday late evening belongs to the Monday week before it, or starts
     * its own Sunday week. */
    { utc (2026, 1, 11, 23, 30), G_DATE_MONDAY, utc (2026, 1, 5, 0, 0) },
    { utc (2026, 1, 11, 23, 30), G_DATE_SUNDAY, utc (2026, 1, 11, 0, 0) },
    /* Midnight on the first day is the week's very start. */
    { utc (2026, 1, 12, 0, 0), G_DATE_MONDAY, utc (2026, 1, 12, 0, 0) },
    { utc (2026, 1, 12, 0, 0), G_DATE_SUNDAY, utc (2026, 1, 11, 0, 0) },
    { utc (2026, 1, 11, 23, 59), G_DATE_MONDAY, utc (2026, 1, 5, 0, 0) },
    /* Across a month and a year. */
    { utc (2026, 1, 1, 9, 0), G_DATE_MONDAY, utc (2025, 12, 29, 0, 0) },
    { utc (2026, 1, 1, 9, 0), G_DATE_SUNDAY, utc (2025, 12, 28, 0, 0) },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("case %u", i);
      g_assert_cmpint (scapula_week_get_start (cases[i].time, cases[i].first_day), ==, cases[i].expected);
    }

  g_assert_cmpint (scapula_week_get_next (utc (2026, 1, 5, 0, 0)), ==, utc (2026, 1, 12, 0, 0));
  g_assert_cmpint (scapula_week_get_next (utc (2025, 12, 28, 0, 0)), ==, utc (2026, 1, 4, 0, 0));
}

/* A week with a daylight-saving change is an hour short, and the next
 * week still starts at local midnight. */
static void
test_stats_week_dst (void)
{
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GDateTime) before = NULL;
  g_autoptr(GDateTime) after = NULL;
  g_autoptr(GDateTime) sunday = NULL;
  gint64 week, next;

  if (berlin == NULL)
    {
      g_test_skip ("No time zone data for Europe/Berlin");
      return;
    }

  g_setenv ("TZ", "Europe/Berlin", TRUE);

  /* Summer time starts on Sunday 29 March 2026. */
  before = g_date_time_new (berlin, 2026, 3, 25, 18, 0, 0);
  after = g_date_time_new (berlin, 2026, 3, 30, 0, 0, 0);
  sunday = g_date_time_new (berlin, 2026, 3, 29, 23, 30, 0);

  week = scapula_week_get_start (g_date_time_to_unix (before), G_DATE_MONDAY);
  next = scapula_week_get_next (week);

  g_setenv ("TZ", "UTC", TRUE);

  g_assert_cmpint (next, ==, g_date_time_to_unix (after));
  g_assert_cmpint (next - week, ==, 7 * 24 * 3600 - 3600);

  g_setenv ("TZ", "Europe/Berlin", TRUE);
  g_assert_cmpint (scapula_week_get_start (g_date_time_to_unix (sunday), G_DATE_MONDAY), ==, week);
  g_setenv ("TZ", "UTC", TRUE);
}

static void
test_stats_labels (void)
{
  g_assert_cmpstr (scapula_exercise_metric_get_label (SCAPULA_EXERCISE_METRIC_E1RM), ==,
                   "Estimated 1RM (Epley)");
  g_assert_cmpstr (scapula_exercise_metric_get_label (SCAPULA_EXERCISE_METRIC_HOLD), ==, "Hold time");
  g_assert_cmpstr (scapula_record_kind_get_label (SCAPULA_RECORD_KIND_HEAVIEST_WEIGHT), ==,
                   "Heaviest weight");
}

/* Per-session series */

#define S(session, started, logged, kind, side, weight, reps, seconds) \
  { session, started, logged, { weight, reps, seconds, side, kind } }

static void
test_stats_per_session (void)
{
  static const ScapulaStatsSet sets[] = {
    /* Session 1: a warm-up, three work sets, a set to failure, a drop set. */
    S (1, 1000, 1010, WARMUP,  BOTH,  20.0, 10, 0),
    S (1, 1000, 1020, WORK,    BOTH,  40.0, 10, 0),
    S (1, 1000, 1030, WORK,    BOTH,  42.5,  6, 0),
    S (1, 1000, 1040, WORK,    BOTH,  42.5,  8, 0),
    S (1, 1000, 1050, FAILURE, BOTH,  40.0, 11, 0),
    S (1, 1000, 1060, DROP,    BOTH,  30.0, 15, 0),
    /* Session 2: warm-ups only, no point. */
    S (2, 2000, 2010, WARMUP,  BOTH,  20.0, 10, 0),
    /* Session 3: per side; each side's sets count in the volume. */
    S (3, 3000, 3010, WORK,    LEFT,  20.0, 12, 0),
    S (3, 3000, 3020, WORK,    RIGHT, 20.0, 10, 0),
    S (3, 3000, 3030, WORK,    LEFT,  20.0, 11, 0),
    S (3, 3000, 3040, WORK,    RIGHT, 20.0,  9, 0),
    /* Session 4: holds with a load, one side each. */
    S (4, 4000, 4010, WORK,    LEFT,  24.0,  0, 40),
    S (4, 4000, 4020, WORK,    RIGHT, 24.0,  0, 30),
    /* Session 5: body weight. */
    S (5, 5000, 5010, WORK,    LEFT,   0.0,  8, 0),
    S (5, 5000, 5020, WORK,    RIGHT,  0.0, 10, 0),
  };
  g_autoptr(GArray) result = scapula_stats_per_session (sets, G_N_ELEMENTS (sets));
  const ScapulaSessionStats *s;

  g_assert_cmpuint (result->len, ==, 4);

  s = &g_array_index (result, ScapulaSessionStats, 0);
  g_assert_cmpint (s->session_id, ==, 1);
  g_assert_cmpint (s->started_at, ==, 1000);
  g_assert_cmpuint (s->n_sets, ==, 4);
  /* The best set is the heaviest, then the most reps at it. */
  g_assert_cmpfloat_with_epsilon (s->best_weight_kg, 42.5, 1e-9);
  g_assert_cmpuint (s->best_reps, ==, 8);
  /* 40 × 11 estimates higher than 42.5 × 8. */
  g_assert_cmpfloat_with_epsilon (s->e1rm_kg, 40.0 * (1.0 + 11.0 / 30.0), 1e-9);
  g_assert_cmpfloat_with_epsilon (s->volume_kg, 400.0 + 255.0 + 340.0 + 440.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (scapula_session_stats_get_value (s, SCAPULA_EXERCISE_METRIC_VOLUME),
                                  1435.0, 1e-9);
  g_assert_cmpuint (s->total_reps, ==, 35);
  g_assert_cmpuint (s->hold_seconds, ==, 0);
  g_assert_cmpfloat (s->left, ==, 0.0);
  g_assert_cmpfloat (s->right, ==, 0.0);

  s = &g_array_index (result, ScapulaSessionStats, 1);
  g_assert_cmpint (s->session_id, ==, 3);
  g_assert_cmpfloat_with_epsilon (s->volume_kg, 20.0 * 42, 1e-9);
  g_assert_cmpuint (s->best_reps, ==, 12);
  g_assert_cmpint (s->balance_measure, ==, SCAPULA_BALANCE_MEASURE_VOLUME);
  g_assert_cmpfloat_with_epsilon (s->left, 460.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (s->right, 380.0, 1e-9);

  s = &g_array_index (result, ScapulaSessionStats, 2);
  g_assert_cmpint (s->session_id, ==, 4);
  g_assert_cmpuint (s->hold_seconds, ==, 70);
  g_assert_cmpfloat_with_epsilon (scapula_session_stats_get_value (s, SCAPULA_EXERCISE_METRIC_HOLD),
                                  70.0, 1e-9);
  g_assert_cmpuint (s->best_seconds, ==, 40);
  g_assert_cmpfloat (s->e1rm_kg, ==, 0.0);
  g_assert_cmpfloat (s->volume_kg, ==, 0.0);
  /* Holds compare seconds, whatever the load. */
  g_assert_cmpint (s->balance_measure, ==, SCAPULA_BALANCE_MEASURE_SECONDS);
  g_assert_cmpfloat (s->left, ==, 40.0);
  g_assert_cmpfloat (s->right, ==, 30.0);

  s = &g_array_index (result, ScapulaSessionStats, 3);
  g_assert_cmpint (s->balance_measure, ==, SCAPULA_BALANCE_MEASURE_REPS);
  g_assert_cmpfloat (s->left, ==, 8.0);
  g_assert_cmpfloat (s->right, ==, 10.0);
  g_assert_cmpfloat (s->best_weight_kg, ==, 0.0);
  g_assert_cmpuint (s->best_reps, ==, 10);

  g_clear_pointer (&result, g_array_unref);
  result = scapula_stats_per_session (NULL, 0);
  g_assert_cmpuint (result->len, ==, 0);
}

/* Weekly sets per muscle */

#define C(exercise, session, started, side, kind, n) \
  { exercise, session, started, side, kind, n }

typedef struct
{
  const char      *name;
  ScapulaSetCount  counts[8];
  guint            n_counts;
  double           rhomboid_major;  /* primary in both rows */
  double           latissimus;      /* secondary in the seal row, primary in the one-arm row */
  double           teres_major;     /* secondary in the one-arm row only */
} MuscleCase;

/* All in the week of Monday 5 January 2026 (times 1767636000 and up are
 * that Monday evening). Seal row: rhomboids primary, lats secondary. One-arm
 * dumbbell row: rhomboids and lats primary, teres major secondary. */
static const MuscleCase muscle_cases[] = {
  { "bilateral",
    { C ("seal-row", 1, 1767636000, BOTH, WORK, 3) }, 1,
    3.0, 1.5, 0.0 },
  { "warm-up-and-drop-sets-do-not-count",
    { C ("seal-row", 1, 1767636000, BOTH, WARMUP, 2),
      C ("seal-row", 1, 1767636000, BOTH, WORK, 2),
      C ("seal-row", 1, 1767636000, BOTH, FAILURE, 1),
      C ("seal-row", 1, 1767636000, BOTH, DROP, 1) }, 4,
    3.0, 1.5, 0.0 },
  { "unilateral-pair-counts-once",
    { C ("one-arm-dumbbell-row", 1, 1767636000, LEFT, WORK, 3),
      C ("one-arm-dumbbell-row", 1, 1767636000, RIGHT, WORK, 3) }, 2,
    3.0, 3.0, 1.5 },
  { "unilateral-uneven-takes-the-larger-side",
    { C ("one-arm-dumbbell-row", 1, 1767636000, LEFT, WORK, 3),
      C ("one-arm-dumbbell-row", 1, 1767636000, RIGHT, WORK, 2) }, 2,
    3.0, 3.0, 1.5 },
  { "both-plus-one-side",
    { C ("one-arm-dumbbell-row", 1, 1767636000, BOTH, WORK, 2),
      C ("one-arm-dumbbell-row", 1, 1767636000, LEFT, WORK, 1) }, 2,
    3.0, 3.0, 1.5 },
  { "sides-interleaved-with-another-exercise",
    { C ("one-arm-dumbbell-row", 1, 1767636000, LEFT, WORK, 1),
      C ("seal-row", 1, 1767636000, BOTH, WORK, 1),
      C ("one-arm-dumbbell-row", 1, 1767636000, RIGHT, WORK, 1),
      C ("seal-row", 1, 1767636000, BOTH, WORK, 1),
      C ("one-arm-dumbbell-row", 1, 1767636000, LEFT, WORK, 1),
      C ("one-arm-dumbbell-row", 1, 1767636000, RIGHT, WORK, 1) }, 6,
    4.0, 3.0, 1.0 },
  { "pairs-do-not-span-sessions",
    { C ("one-arm-dumbbell-row", 1, 1767636000, LEFT, WORK, 2),
      C ("one-arm-dumbbell-row", 2, 1767808800, RIGHT, WORK, 2) }, 2,
    4.0, 4.0, 2.0 },
  { "user-exercises-and-stretches-are-skipped",
    { C ("user-my-row", 1, 1767636000, BOTH, WORK, 5),
      C ("cat-cow", 1, 1767636000, BOTH, WORK, 3),
      C ("seal-row", 1, 1767636000, BOTH, WORK, 1) }, 3,
    1.0, 0.5, 0.0 },
};

static void
test_stats_muscle_case (gconstpointer data)
{
  const MuscleCase *c = data;
  g_autoptr(GArray) weeks = scapula_stats_muscle_weeks (catalog, c->counts, c->n_counts,
                                                        G_DATE_MONDAY, 0, 0);
  const ScapulaMuscleWeek *week;

  g_assert_cmpuint (weeks->len, ==, 1);
  week = &g_array_index (weeks, ScapulaMuscleWeek, 0);
  g_assert_cmpint (week->week_start, ==, utc (2026, 1, 5, 0, 0));
  g_assert_cmpfloat_with_epsilon (week->sets[SCAPULA_MUSCLE_RHOMBOID_MAJOR], c->rhomboid_major, 1e-9);
  g_assert_cmpfloat_with_epsilon (week->sets[SCAPULA_MUSCLE_LATISSIMUS_DORSI], c->latissimus, 1e-9);
  g_assert_cmpfloat_with_epsilon (week->sets[SCAPULA_MUSCLE_TERES_MAJOR], c->teres_major, 1e-9);
  /* Neither row nor a stretch counted here trains these. */
  g_assert_cmpfloat (week->sets[SCAPULA_MUSCLE_HAMSTRINGS], ==, 0.0);
  g_assert_cmpfloat (week->sets[SCAPULA_MUSCLE_ERECTOR_SPINAE], ==, 0.0);
}

static void
test_stats_muscle_weeks_boundaries (void)
{
  const ScapulaSetCount counts[] = {
    /* Sunday 11 January, late, then Monday 12 January just after midnight. */
    C ("seal-row", 1, utc (2026, 1, 11, 23, 30), BOTH, WORK, 2),
    C ("seal-row", 2, utc (2026, 1, 12, 0, 10), BOTH, WORK, 3),
    /* Three weeks later, after two empty weeks. */
    C ("seal-row", 3, utc (2026, 2, 2, 18, 0), BOTH, WORK, 1),
  };
  g_autoptr(GArray) monday = scapula_stats_muscle_weeks (catalog, counts, G_N_ELEMENTS (counts),
                                                         G_DATE_MONDAY, 0, 0);
  g_autoptr(GArray) sunday = scapula_stats_muscle_weeks (catalog, counts, G_N_ELEMENTS (counts),
                                                         G_DATE_SUNDAY, 0, 0);
  g_autoptr(GArray) ranged = NULL;
  g_autoptr(GArray) empty = NULL;

#define WEEK(array, i) (&g_array_index ((array), ScapulaMuscleWeek, (i)))

  /* Monday weeks: 5 Jan (Sunday's 2 sets), 12 Jan (3), 19 Jan, 26 Jan,
   * 2 Feb (1). */
  g_assert_cmpuint (monday->len, ==, 5);
  g_assert_cmpint (WEEK (monday, 0)->week_start, ==, utc (2026, 1, 5, 0, 0));
  g_assert_cmpfloat (WEEK (monday, 0)->sets[SCAPULA_MUSCLE_RHOMBOID_MAJOR], ==, 2.0);
  g_assert_cmpint (WEEK (monday, 1)->week_start, ==, utc (2026, 1, 12, 0, 0));
  g_assert_cmpfloat (WEEK (monday, 1)->sets[SCAPULA_MUSCLE_RHOMBOID_MAJOR], ==, 3.0);
  g_assert_cmpfloat (WEEK (monday, 2)->sets[SCAPULA_MUSCLE_RHOMBOID_MAJOR], ==, 0.0);
  g_assert_cmpfloat (WEEK (monday, 3)->sets[SCAPULA_MUSCLE_RHOMBOID_MAJOR], ==, 0.0);
  g_assert_cmpint (WEEK (monday, 4)->week_start, ==, utc (2026, 2, 2, 0, 0));
  g_assert_cmpfloat (WEEK (monday, 4)->sets[SCAPULA_MUSCLE_RHOMBOID_MAJOR], ==, 1.0);

  /* Sunday weeks: both sessions fall in the week of 11 January. */
  g_assert_cmpuint (sunday->len, ==, 4);
  g_assert_cmpint (WEEK (sunday, 0)->week_start, ==, utc (2026, 1, 11, 0, 0));
  g_assert_cmpfloat (WEEK (sunday, 0)->sets[SCAPULA_MUSCLE_RHOMBOID_MAJOR], ==, 5.0);
  g_assert_cmpint (WEEK (sunday, 3)->week_start, ==, utc (2026, 2, 1, 0, 0));
  g_assert_cmpfloat (WEEK (sunday, 3)->sets[SCAPULA_MUSCLE_LATISSIMUS_DORSI], ==, 0.5);

  /* A range: from a Wednesday to a later Wednesday lists whole weeks;
   * sets outside are left out. */
  ranged = scapula_stats_muscle_weeks (catalog, counts, G_N_ELEMENTS (counts), G_DATE_MONDAY,
                                       utc (2026, 1, 14, 12, 0), utc (2026, 2, 11, 12, 0));
  g_assert_cmpuint (ranged->len, ==, 5);
  g_assert_cmpint (WEEK (ranged, 0)->week_start, ==, utc (2026, 1, 12, 0, 0));
  g_assert_cmpfloat (WEEK (ranged, 0)->sets[SCAPULA_MUSCLE_RHOMBOID_MAJOR], ==, 3.0);
  g_assert_cmpfloat (WEEK (ranged, 3)->sets[SCAPULA_MUSCLE_RHOMBOID_MAJOR], ==, 1.0);
  g_assert_cmpint (WEEK (ranged, 4)->week_start, ==, utc (2026, 2, 9, 0, 0));
  g_assert_cmpfloat (WEEK (ranged, 4)->sets[SCAPULA_MUSCLE_RHOMBOID_MAJOR], ==, 0.0);

  /* Nothing logged and no range: no weeks. */
  empty = scapula_stats_muscle_weeks (catalog, NULL, 0, G_DATE_MONDAY, 0, 0);
  g_assert_cmpuint (empty->len, ==, 0);

#undef WEEK
}

/* Records */

typedef struct
{
  double weight;
  guint  reps;
  ScapulaSetKind kind;
  ScapulaSide side;
} RecordSet;

typedef struct
{
  ScapulaRecordKind kind;
  gint64            session_id;
  double            value;
  double            previous;
  double            weight;  /* of the set that made it */
} ExpectedRecord;

typedef struct
{
  const char     *name;
  RecordSet       sessions[5][4];  /* up to four sets in each of five sessions */
  ExpectedRecord  records[8];
  guint           n_records;
} RecordCase;

#define SET(w, r)          { w, r, WORK, BOTH }
#define SET_KIND(w, r, k)  { w, r, k, BOTH }
#define SET_SIDE(w, r, s)  { w, r, WORK, s }
#define REC(kind, session, value, previous, weight) \
  { SCAPULA_RECORD_KIND_##kind, session, value, previous, weight }

static const RecordCase record_cases[] = {
  { "first-session-is-the-baseline",
    { { SET (40, 10), SET (42.5, 8) } },
    { { 0 } }, 0 },

  { "heavier-weight",
    { { SET (40, 10), SET (40, 10) },
      { SET (42.5, 8), SET (42.5, 8) } },
    { REC (HEAVIEST_WEIGHT, 2, 42.5, 40, 42.5),
      REC (BEST_E1RM, 2, 42.5 * (1 + 8 / 30.0), 40 * (1 + 10 / 30.0), 42.5) }, 2 },

  { "ties-are-not-records",
    { { SET (40, 10), SET (40, 9) },
      { SET (40, 10), SET (40, 9) } },
    { { 0 } }, 0 },

  { "more-reps-at-the-same-weight",
    { { SET (40, 10), SET (40, 9) },
      { SET (40, 11), SET (40, 8) } },
    { REC (MOST_REPS, 2, 11, 10, 40),
      REC (BEST_E1RM, 2, 40 * (1 + 11 / 30.0), 40 * (1 + 10 / 30.0), 40) }, 2 },

  { "more-reps-at-a-lighter-weight-must-beat-the-heavier-sets",
    { { SET (50, 5), SET (45, 9) },
      /* 8 at 40 kg: 9 were done at 45 kg, no record. */
      { SET (40, 8) },
      /* 10 at 40 kg: more than at 40 kg or heavier ever. */
      { SET (40, 10) } },
    { REC (MOST_REPS, 3, 10, 9, 40) }, 1 },

  { "warm-up-and-drop-sets-do-not-count",
    { { SET (40, 10) },
      { SET_KIND (60, 10, WARMUP), SET (40, 10), SET_KIND (20, 30, DROP) } },
    { { 0 } }, 0 },

  { "failure-sets-count",
    { { SET (40, 10) },
      { SET_KIND (40, 12, FAILURE) } },
    { REC (MOST_REPS, 2, 12, 10, 40),
      REC (BEST_E1RM, 2, 40 * 1.4, 40 * (1 + 10 / 30.0), 40),
      REC (BEST_VOLUME, 2, 480, 400, 0) }, 3 },

  { "session-volume-counts-each-side",
    { { SET_SIDE (20, 10, LEFT), SET_SIDE (20, 10, RIGHT) },
      { SET_SIDE (20, 10, LEFT), SET_SIDE (20, 10, RIGHT), SET_SIDE (20, 5, LEFT),
        SET_SIDE (20, 5, RIGHT) } },
    { REC (BEST_VOLUME, 2, 600, 400, 0) }, 1 },

  { "one-record-of-a-kind-per-session",
    { { SET (40, 8) },
      { SET (42.5, 8), SET (45, 6), SET (45, 5) } },
    { REC (HEAVIEST_WEIGHT, 2, 45, 40, 45),
      REC (BEST_E1RM, 2, 45 * 1.2, 40 * (1 + 8 / 30.0), 45),
      REC (BEST_VOLUME, 2, 340 + 270 + 225, 320, 0) }, 3 },

  { "body-weight-then-a-first-load",
    { { SET (0, 6) },
      { SET (0, 8) },
      /* The first loaded set is the baseline for weight and 1RM. */
      { SET (5, 5) },
      { SET (7.5, 5) } },
    { REC (MOST_REPS, 2, 8, 6, 0),
      REC (HEAVIEST_WEIGHT, 4, 7.5, 5, 7.5),
      REC (BEST_E1RM, 4, 7.5 * (1 + 5 / 30.0), 5 * (1 + 5 / 30.0), 7.5),
      REC (BEST_VOLUME, 4, 37.5, 25, 0) }, 4 },
};

static void
test_stats_record_case (gconstpointer data)
{
  const RecordCase *c = data;
  g_autoptr(GArray) sets = g_array_new (FALSE, TRUE, sizeof (ScapulaStatsSet));
  g_autoptr(GArray) records = NULL;

  for (guint s = 0; s < G_N_ELEMENTS (c->sessions); s++)
    {
      for (guint i = 0; i < G_N_ELEMENTS (c->sessions[s]); i++)
        {
          const RecordSet *r = &c->sessions[s][i];
          ScapulaStatsSet set = { 0 };

          if (r->reps == 0)
            break;

          set.session_id = s + 1;
          set.started_at = 1000 * (s + 1);
          set.logged_at = set.started_at + 10 * (i + 1);
          set.set.weight_kg = r->weight;
          set.set.reps = r->reps;
          set.set.side = r->side;
          set.set.kind = r->kind;
          g_array_append_val (sets, set);
        }
    }

  records = scapula_records_scan ((const ScapulaStatsSet *) sets->data, sets->len);

  for (guint i = 0; i < records->len; i++)
    {
      const ScapulaRecord *r = &g_array_index (records, ScapulaRecord, i);

      g_test_message ("got %s in session %" G_GINT64_FORMAT ": %g (was %g)",
                      scapula_record_kind_get_label (r->kind), r->session_id, r->value, r->previous);
    }

  g_assert_cmpuint (records->len, ==, c->n_records);

  for (guint i = 0; i < c->n_records; i++)
    {
      const ScapulaRecord *got = &g_array_index (records, ScapulaRecord, i);
      const ExpectedRecord *want = &c->records[i];

      g_assert_cmpint (got->kind, ==, want->kind);
      g_assert_cmpint (got->session_id, ==, want->session_id);
      g_assert_cmpint (got->started_at, ==, 1000 * want->session_id);
      g_assert_cmpfloat_with_epsilon (got->value, want->value, 1e-9);
      g_assert_cmpfloat_with_epsilon (got->previous, want->previous, 1e-9);
      g_assert_cmpfloat_with_epsilon (got->weight_kg, want->weight, 1e-9);
      g_assert_null (got->exercise);
    }
}

static void
test_stats_records_current (void)
{
  static const ScapulaStatsSet sets[] = {
    S (1, 1000, 1010, WORK, BOTH, 40.0, 10, 0),
    S (2, 2000, 2010, WORK, BOTH, 42.5, 8, 0),
    S (3, 3000, 3010, WORK, BOTH, 45.0, 6, 0),
    S (3, 3000, 3020, WORK, BOTH, 40.0, 12, 0),
    S (4, 4000, 4010, WORK, BOTH, 42.5, 9, 0),
  };
  g_autoptr(GArray) records = scapula_records_scan (sets, G_N_ELEMENTS (sets));
  g_autoptr(GArray) third = NULL;
  g_autoptr(GArray) first = NULL;
  ScapulaRecord record;

  /* The standing heaviest weight is session 3's 45 kg, set over 42.5. */
  g_assert_true (scapula_records_get_current ((const ScapulaRecord *) records->data, records->len,
                                              SCAPULA_RECORD_KIND_HEAVIEST_WEIGHT, &record));
  g_assert_cmpint (record.session_id, ==, 3);
  g_assert_cmpfloat (record.value, ==, 45.0);
  g_assert_cmpfloat (record.previous, ==, 42.5);
  g_assert_cmpint (record.logged_at, ==, 3010);

  /* The latest rep record: 9 at 42.5 kg in session 4, over 8. */
  g_assert_true (scapula_records_get_current ((const ScapulaRecord *) records->data, records->len,
                                              SCAPULA_RECORD_KIND_MOST_REPS, &record));
  g_assert_cmpint (record.session_id, ==, 4);
  g_assert_cmpfloat (record.value, ==, 9.0);
  g_assert_cmpfloat (record.previous, ==, 8.0);
  g_assert_cmpfloat (record.weight_kg, ==, 42.5);

  /* Session 3 set a heavier weight, 12 reps at 40 kg (over 10), the best
   * estimate (40 × 12 → 56 kg) and the most volume. */
  third = scapula_records_in_session ((const ScapulaRecord *) records->data, records->len, 3);
  g_assert_cmpuint (third->len, ==, 4);
  g_assert_cmpint (g_array_index (third, ScapulaRecord, 0).kind, ==, SCAPULA_RECORD_KIND_HEAVIEST_WEIGHT);
  g_assert_cmpint (g_array_index (third, ScapulaRecord, 1).kind, ==, SCAPULA_RECORD_KIND_MOST_REPS);
  g_assert_cmpfloat (g_array_index (third, ScapulaRecord, 1).weight_kg, ==, 40.0);
  g_assert_cmpint (g_array_index (third, ScapulaRecord, 2).kind, ==, SCAPULA_RECORD_KIND_BEST_E1RM);
  g_assert_cmpfloat_with_epsilon (g_array_index (third, ScapulaRecord, 2).value, 56.0, 1e-9);
  g_assert_cmpint (g_array_index (third, ScapulaRecord, 3).kind, ==, SCAPULA_RECORD_KIND_BEST_VOLUME);
  g_assert_cmpfloat_with_epsilon (g_array_index (third, ScapulaRecord, 3).value, 750.0, 1e-9);

  first = scapula_records_in_session ((const ScapulaRecord *) records->data, records->len, 1);
  g_assert_cmpuint (first->len, ==, 0);

  g_assert_false (scapula_records_get_current (NULL, 0, SCAPULA_RECORD_KIND_BEST_VOLUME, NULL));
  g_assert_cmpstr (scapula_record_kind_get_label (SCAPULA_RECORD_KIND_BEST_E1RM), ==, "Best estimated 1RM");
}

/* Balance */

typedef struct
{
  const char  *name;
  double       sides[6][2];  /* left, right per session, oldest first */
  guint        n_sessions;
  gboolean     flagged;
  ScapulaSide  behind;
} BalanceCase;

static const BalanceCase balance_cases[] = {
  { "left-behind-three-times", { { 80, 100 }, { 85, 100 }, { 70, 100 } }, 3, TRUE, LEFT },
  { "right-behind-three-times", { { 100, 89 }, { 100, 80 }, { 120, 100 } }, 3, TRUE, RIGHT },
  { "exactly-ten-percent-is-not-more", { { 90, 100 }, { 90, 100 }, { 90, 100 } }, 3, FALSE, BOTH },
  { "only-two-sessions", { { 80, 100 }, { 80, 100 } }, 2, FALSE, BOTH },
  { "the-side-switches", { { 80, 100 }, { 100, 80 }, { 80, 100 } }, 3, FALSE, BOTH },
  { "latest-within-the-threshold", { { 80, 100 }, { 80, 100 }, { 80, 100 }, { 95, 100 } }, 4, FALSE, BOTH },
  { "older-balanced-sessions-do-not-matter", { { 100, 100 }, { 80, 100 }, { 80, 100 }, { 80, 100 } }, 4,
    TRUE, LEFT },
  { "one-sided-sessions-are-passed-over",
    { { 80, 100 }, { 0, 100 }, { 80, 100 }, { 90, 0 }, { 70, 100 } }, 5, TRUE, LEFT },
  { "not-enough-sessions-with-both-sides", { { 80, 100 }, { 0, 100 }, { 80, 100 }, { 90, 0 } }, 4,
    FALSE, BOTH },
  { "nothing-logged", { { 0 } }, 0, FALSE, BOTH },
};

static void
test_stats_balance_case (gconstpointer data)
{
  const BalanceCase *c = data;
  ScapulaSessionStats sessions[6] = { { 0 } };
  ScapulaSide behind = SCAPULA_SIDE_LEFT;

  for (guint i = 0; i < c->n_sessions; i++)
    {
      sessions[i].session_id = i + 1;
      sessions[i].left = c->sides[i][0];
      sessions[i].right = c->sides[i][1];
    }

  g_assert_cmpint (scapula_balance_check (sessions, c->n_sessions, &behind), ==, c->flagged);
  g_assert_cmpint (behind, ==, c->behind);
}

static void
test_stats_balance_difference (void)
{
  g_assert_cmpfloat_with_epsilon (scapula_balance_get_difference (100, 80), 0.2, 1e-12);
  g_assert_cmpfloat_with_epsilon (scapula_balance_get_difference (80, 100), -0.2, 1e-12);
  g_assert_cmpfloat (scapula_balance_get_difference (50, 50), ==, 0.0);
  g_assert_cmpfloat (scapula_balance_get_difference (0, 0), ==, 0.0);
  g_assert_cmpfloat (scapula_balance_get_difference (0, 40), ==, -1.0);

  g_assert_nonnull (strstr (scapula_balance_get_advice (SCAPULA_SIDE_LEFT), "left side"));
  g_assert_nonnull (strstr (scapula_balance_get_advice (SCAPULA_SIDE_LEFT), "adjust your programming"));
  g_assert_nonnull (strstr (scapula_balance_get_advice (SCAPULA_SIDE_RIGHT), "right side"));
  g_assert_nonnull (strstr (scapula_balance_get_advice (SCAPULA_SIDE_RIGHT), "10%"));
}

/* The balance flag reads the per-session values scapula_stats_per_session()
 * makes: here reps of a body-weight exercise, the right side short. */
static void
test_stats_balance_from_sets (void)
{
  static const ScapulaStatsSet sets[] = {
    S (1, 1000, 1010, WORK, LEFT, 0.0, 10, 0), S (1, 1000, 1020, WORK, RIGHT, 0.0, 8, 0),
    S (2, 2000, 2010, WORK, LEFT, 0.0, 10, 0), S (2, 2000, 2020, WORK, RIGHT, 0.0, 9, 0),
    S (3, 3000, 3010, WORK, LEFT, 0.0, 12, 0), S (3, 3000, 3020, WORK, RIGHT, 0.0, 10, 0),
  };
  g_autoptr(GArray) sessions = scapula_stats_per_session (sets, G_N_ELEMENTS (sets));
  ScapulaSide behind;

  /* 9 against 10 is exactly 10 %: not more, so no flag yet. */
  g_assert_false (scapula_balance_check ((const ScapulaSessionStats *) sessions->data, sessions->len,
                                         &behind));
  g_assert_cmpint (behind, ==, SCAPULA_SIDE_BOTH);

  /* Without session 2 the right side is behind in sessions 1 and 3 only. */
  g_array_remove_index (sessions, 1);
  g_assert_false (scapula_balance_check ((const ScapulaSessionStats *) sessions->data, sessions->len,
                                         &behind));
}

/* Pain */

static void
test_stats_pain_weeks (void)
{
  const ScapulaPainPoint points[] = {
    { 1, utc (2026, 1, 5, 18, 0), 1, FALSE },
    { 2, utc (2026, 1, 7, 18, 0), 2, FALSE },
    { 3, utc (2026, 1, 9, 18, 0), 4, TRUE },
    { 4, utc (2026, 1, 26, 18, 0), 0, FALSE },
  };
  g_autoptr(GArray) weeks = scapula_stats_pain_weeks (points, G_N_ELEMENTS (points), G_DATE_MONDAY, 0, 0);
  g_autoptr(GArray) ranged = NULL;

#define WEEK(array, i) (&g_array_index ((array), ScapulaWeekValue, (i)))

  g_assert_cmpuint (weeks->len, ==, 4);
  g_assert_cmpint (WEEK (weeks, 0)->week_start, ==, utc (2026, 1, 5, 0, 0));
  g_assert_cmpfloat_with_epsilon (WEEK (weeks, 0)->value, 7.0 / 3.0, 1e-12);
  g_assert_cmpuint (WEEK (weeks, 0)->count, ==, 3);
  /* Weeks without a check-in are gaps, not zero pain. */
  g_assert_cmpuint (WEEK (weeks, 1)->count, ==, 0);
  g_assert_cmpuint (WEEK (weeks, 2)->count, ==, 0);
  g_assert_cmpuint (WEEK (weeks, 3)->count, ==, 1);
  g_assert_cmpfloat (WEEK (weeks, 3)->value, ==, 0.0);

  /* With Sunday weeks the first three sessions still share a week (4 to
   * 10 January); the range lists the weeks holding 8 and 20 January. */
  ranged = scapula_stats_pain_weeks (points, G_N_ELEMENTS (points), G_DATE_SUNDAY,
                                     utc (2026, 1, 8, 0, 0), utc (2026, 1, 20, 0, 0));
  g_assert_cmpuint (ranged->len, ==, 3);
  g_assert_cmpint (WEEK (ranged, 0)->week_start, ==, utc (2026, 1, 4, 0, 0));
  g_assert_cmpuint (WEEK (ranged, 0)->count, ==, 3);
  g_assert_cmpuint (WEEK (ranged, 2)->count, ==, 0);

#undef WEEK
}

static void
test_stats_pain_rising (void)
{
  static const struct {
    guint    pains[6];
    guint    n;
    gboolean rising;
  } cases[] = {
    { { 1, 2, 3 }, 3, TRUE },
    { { 0, 5, 1, 2, 3 }, 5, TRUE },    /* the last three count */
    { { 1, 2, 2 }, 3, FALSE },         /* a plateau is not a rise */
    { { 3, 2, 1 }, 3, FALSE },
    { { 1, 2, 3, 1 }, 4, FALSE },
    { { 1, 2 }, 2, FALSE },            /* two are too few */
    { { 0 }, 0, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      ScapulaPainPoint points[6] = { { 0 } };

      for (guint j = 0; j < cases[i].n; j++)
        {
          points[j].session_id = j + 1;
          points[j].pain = cases[i].pains[j];
        }

      g_test_message ("case %u", i);
      g_assert_cmpint (scapula_stats_pain_is_rising (points, cases[i].n), ==, cases[i].rising);
    }
}

/* Consistency */

static void
test_stats_consistency (void)
{
  const gint64 starts[] = {
    utc (2026, 1, 7, 18, 0),   /* out of order on purpose */
    utc (2026, 1, 5, 18, 0),
    utc (2026, 1, 9, 18, 0),
    utc (2026, 1, 13, 18, 0),
    utc (2026, 1, 27, 8, 0),
  };
  g_autoptr(ScapulaPlan) plan = NULL;
  g_autoptr(GArray) weeks = NULL;
  g_autoptr(GArray) no_plan = NULL;
  GDate start;

  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 5, G_DATE_JANUARY, 2026);
  plan = scapula_plan_new ("Test", &start);
  scapula_plan_day_set_training (scapula_plan_get_day (plan, 1), TRUE);
  scapula_plan_day_set_training (scapula_plan_get_day (plan, 3), TRUE);
  scapula_plan_day_set_training (scapula_plan_get_day (plan, 5), TRUE);

  /* From the first week to a "now" in the week of 2 February. */
  weeks = scapula_stats_consistency (starts, G_N_ELEMENTS (starts), plan, G_DATE_MONDAY, 0,
                                     utc (2026, 2, 3, 12, 0));

#define WEEK(array, i) (&g_array_index ((array), ScapulaConsistencyWeek, (i)))

  g_assert_cmpuint (weeks->len, ==, 5);
  g_assert_cmpint (WEEK (weeks, 0)->week_start, ==, utc (2026, 1, 5, 0, 0));
  g_assert_cmpuint (WEEK (weeks, 0)->sessions, ==, 3);
  g_assert_cmpuint (WEEK (weeks, 1)->sessions, ==, 1);
  g_assert_cmpuint (WEEK (weeks, 2)->sessions, ==, 0);
  g_assert_cmpuint (WEEK (weeks, 3)->sessions, ==, 1);
  g_assert_cmpuint (WEEK (weeks, 4)->sessions, ==, 0);
  for (guint i = 0; i < weeks->len; i++)
    g_assert_cmpuint (WEEK (weeks, i)->planned, ==, 3);

  no_plan = scapula_stats_consistency (starts, G_N_ELEMENTS (starts), NULL, G_DATE_SUNDAY, 0, 0);
  g_assert_cmpuint (no_plan->len, ==, 4);
  g_assert_cmpint (WEEK (no_plan, 0)->week_start, ==, utc (2026, 1, 4, 0, 0));
  g_assert_cmpuint (WEEK (no_plan, 0)->sessions, ==, 3);
  g_assert_cmpuint (WEEK (no_plan, 0)->planned, ==, 0);
  g_assert_cmpuint (WEEK (no_plan, 3)->sessions, ==, 1);

#undef WEEK
}

static void
append_item (ScapulaPlanDay            *day,
             const char                *exercise,
             const ScapulaPrescription *prescription)
{
  g_autoptr(ScapulaPlanItem) item = scapula_plan_item_new (exercise, prescription);

  scapula_plan_day_append (day, item);
}

/* What a plan asks of each muscle in a week, counted as logged sets are. */
static void
test_stats_plan_muscle_sets (void)
{
  ScapulaPrescription p = { .sets = 3, .reps_min = 8, .reps_max = 12, .rest_seconds = 90 };
  g_autoptr(ScapulaPlan) plan = NULL;
  double sets[SCAPULA_N_MUSCLES];
  ScapulaPlanDay *monday, *wednesday, *friday;
  GDate start;

  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 5, G_DATE_JANUARY, 2026);
  plan = scapula_plan_new ("Test", &start);
  monday = scapula_plan_get_day (plan, 1);
  wednesday = scapula_plan_get_day (plan, 3);
  friday = scapula_plan_get_day (plan, 5);
  scapula_plan_day_set_training (monday, TRUE);
  scapula_plan_day_set_training (friday, TRUE);

  /* Monday: 3 seal-row sets and 3 one-arm rows per side (a pair counts
   * once), with a stretch and a user's own exercise that count nothing. */
  append_item (monday, "seal-row", &p);
  p.per_side = TRUE;
  append_item (monday, "one-arm-dumbbell-row", &p);
  p.per_side = FALSE;
  append_item (monday, "cat-cow", &p);
  append_item (monday, "user-my-row", &p);
  /* Friday: 4 more seal-row sets. */
  p.sets = 4;
  append_item (friday, "seal-row", &p);
  /* Wednesday is a rest day: what it holds is not trained. */
  append_item (wednesday, "seal-row", &p);

  scapula_plan_get_muscle_sets (plan, catalog, sets);

  g_assert_cmpfloat_with_epsilon (sets[SCAPULA_MUSCLE_RHOMBOID_MAJOR], 3 + 3 + 4, 1e-9);
  g_assert_cmpfloat_with_epsilon (sets[SCAPULA_MUSCLE_LATISSIMUS_DORSI], 1.5 + 3 + 2, 1e-9);
  g_assert_cmpfloat_with_epsilon (sets[SCAPULA_MUSCLE_TERES_MAJOR], 1.5, 1e-9);
  g_assert_cmpfloat (sets[SCAPULA_MUSCLE_HAMSTRINGS], ==, 0.0);
}

/* Which charts an exercise has, from its sets or else the catalog. */
static void
test_stats_load_shape (void)
{
  static const struct {
    const char       *exercise;
    double            weight_kg;
    guint             reps;
    guint             seconds;
    ScapulaLoadShape  shape;
  } cases[] = {
    { "seal-row",        40, 10,  0, SCAPULA_LOAD_SHAPE_WEIGHT },
    { "pull-up",          0,  8,  0, SCAPULA_LOAD_SHAPE_REPS },
    { "farmers-carry",   24,  0, 40, SCAPULA_LOAD_SHAPE_CARRY },
    { "cat-cow",          0,  0, 30, SCAPULA_LOAD_SHAPE_HOLD },
    { "user-my-row",     30, 10,  0, SCAPULA_LOAD_SHAPE_WEIGHT },
    /* Nothing logged in the range: what the catalog says. */
    { "seal-row",         0,  0,  0, SCAPULA_LOAD_SHAPE_WEIGHT },
    { "pull-up",          0,  0,  0, SCAPULA_LOAD_SHAPE_REPS },
    { "farmers-carry",    0,  0,  0, SCAPULA_LOAD_SHAPE_CARRY },
    { "user-my-row",      0,  0,  0, SCAPULA_LOAD_SHAPE_WEIGHT },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      ScapulaSessionStats stats = {
        .session_id = 1, .started_at = 1767636000,
        .best_weight_kg = cases[i].weight_kg, .best_reps = cases[i].reps,
        .total_reps = cases[i].reps, .hold_seconds = cases[i].seconds,
      };
      gboolean logged = cases[i].weight_kg > 0 || cases[i].reps > 0 || cases[i].seconds > 0;
      ScapulaLoadShape shape = scapula_load_shape_guess (scapula_catalog_lookup (catalog, cases[i].exercise),
                                                         &stats, logged ? 1 : 0);

      g_test_message ("%s, %g kg × %u, %u s", cases[i].exercise, cases[i].weight_kg, cases[i].reps,
                      cases[i].seconds);
      g_assert_cmpint (shape, ==, cases[i].shape);
    }

  g_assert_true (scapula_load_shape_has_metric (SCAPULA_LOAD_SHAPE_WEIGHT, SCAPULA_EXERCISE_METRIC_E1RM));
  g_assert_false (scapula_load_shape_has_metric (SCAPULA_LOAD_SHAPE_WEIGHT, SCAPULA_EXERCISE_METRIC_HOLD));
  g_assert_false (scapula_load_shape_has_metric (SCAPULA_LOAD_SHAPE_CARRY, SCAPULA_EXERCISE_METRIC_E1RM));
  g_assert_true (scapula_load_shape_has_metric (SCAPULA_LOAD_SHAPE_CARRY, SCAPULA_EXERCISE_METRIC_HOLD));
  g_assert_false (scapula_load_shape_has_metric (SCAPULA_LOAD_SHAPE_REPS, SCAPULA_EXERCISE_METRIC_VOLUME));
  g_assert_cmpint (scapula_load_shape_get_first_metric (SCAPULA_LOAD_SHAPE_HOLD), ==, SCAPULA_EXERCISE_METRIC_HOLD);
  g_assert_cmpint (scapula_load_shape_get_first_metric (SCAPULA_LOAD_SHAPE_CARRY), ==, SCAPULA_EXERCISE_METRIC_BEST_SET);
  g_assert_cmpint (scapula_load_shape_get_value_kind (SCAPULA_LOAD_SHAPE_REPS, SCAPULA_EXERCISE_METRIC_BEST_SET),
                   ==, SCAPULA_CHART_VALUE_REPS);
  g_assert_cmpint (scapula_load_shape_get_value_kind (SCAPULA_LOAD_SHAPE_CARRY, SCAPULA_EXERCISE_METRIC_HOLD),
                   ==, SCAPULA_CHART_VALUE_SECONDS);
}

#define DATUM(array, i) (&g_array_index ((array), ScapulaChartDatum, (i)))

/* The charts' points: microseconds at each session or week, the value the
 * chart plots, and no point where there is nothing to show. */
static void
test_stats_series (void)
{
  const ScapulaSessionStats sessions[] = {
    { .started_at = 1767636000, .best_weight_kg = 40, .best_reps = 10, .e1rm_kg = 40 * (1 + 10 / 30.0),
      .left = 240, .right = 200 },
    { .started_at = 1767808800, .best_weight_kg = 0, .best_reps = 12, .left = 0, .right = 120 },
  };
  const ScapulaWeekValue pain[] = {
    { .week_start = 1767571200, .value = 2.5, .count = 2 },
    { .week_start = 1768176000, .value = 0, .count = 0 },
  };
  ScapulaMuscleWeek weeks[2] = { { .week_start = 1767571200 }, { .week_start = 1768176000 } };
  g_autoptr(GArray) e1rm = NULL;
  g_autoptr(GArray) reps = NULL;
  g_autoptr(GArray) balance = NULL;
  g_autoptr(GArray) pain_series = NULL;
  g_autoptr(GArray) muscle = NULL;

  e1rm = scapula_series_from_sessions (sessions, 2, SCAPULA_LOAD_SHAPE_WEIGHT, SCAPULA_EXERCISE_METRIC_E1RM);
  g_assert_cmpuint (e1rm->len, ==, 2);
  g_assert_cmpfloat (DATUM (e1rm, 0)->x, ==, 1767636000.0 * G_USEC_PER_SEC);
  g_assert_cmpfloat_with_epsilon (DATUM (e1rm, 0)->y, 53.333, 0.001);

  /* A body-weight best set is its reps. */
  reps = scapula_series_from_sessions (sessions, 2, SCAPULA_LOAD_SHAPE_REPS, SCAPULA_EXERCISE_METRIC_BEST_SET);
  g_assert_cmpfloat (DATUM (reps, 1)->y, ==, 12);

  /* Only sessions with both sides; the left 1/6 ahead. */
  balance = scapula_series_from_balance (sessions, 2);
  g_assert_cmpuint (balance->len, ==, 1);
  g_assert_cmpfloat_with_epsilon (DATUM (balance, 0)->y, 100.0 / 6, 1e-9);

  /* A week without a check-in has no point. */
  pain_series = scapula_series_from_week_values (pain, 2);
  g_assert_cmpuint (pain_series->len, ==, 1);
  g_assert_cmpfloat (DATUM (pain_series, 0)->y, ==, 2.5);

  weeks[1].sets[SCAPULA_MUSCLE_RHOMBOID_MAJOR] = 4.5;
  muscle = scapula_series_from_muscle_weeks (weeks, 2, SCAPULA_MUSCLE_RHOMBOID_MAJOR);
  g_assert_cmpuint (muscle->len, ==, 2);
  g_assert_cmpfloat (DATUM (muscle, 1)->x, ==, 1768176000.0 * G_USEC_PER_SEC);
  g_assert_cmpfloat (DATUM (muscle, 1)->y, ==, 4.5);
  g_assert_false (scapula_series_is_all_zero (muscle));
  DATUM (muscle, 1)->y = 0;
  g_assert_true (scapula_series_is_all_zero (muscle));
}

#undef DATUM

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  catalog = scapula_catalog_new_from_resource ("/io/github/scapula/Scapula/catalog/catalog.xml", &error);
  g_assert_no_error (error);

  g_test_add_func ("/stats/epley", test_stats_epley);
  g_test_add_func ("/stats/week-start", test_stats_week_start);
  g_test_add_func ("/stats/week-dst", test_stats_week_dst);
  g_test_add_func ("/stats/labels", test_stats_labels);
  g_test_add_func ("/stats/per-session", test_stats_per_session);

  for (guint i = 0; i < G_N_ELEMENTS (muscle_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/stats/muscle-weeks/%s", muscle_cases[i].name);

      g_test_add_data_func (path, &muscle_cases[i], test_stats_muscle_case);
    }
  g_test_add_func ("/stats/muscle-weeks/boundaries", test_stats_muscle_weeks_boundaries);

  for (guint i = 0; i < G_N_ELEMENTS (record_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/stats/records/%s", record_cases[i].name);

      g_test_add_data_func (path, &record_cases[i], test_stats_record_case);
    }
  g_test_add_func ("/stats/records/current-and-session", test_stats_records_current);

  for (guint i = 0; i < G_N_ELEMENTS (balance_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/stats/balance/%s", balance_cases[i].name);

      g_test_add_data_func (path, &balance_cases[i], test_stats_balance_case);
    }
  g_test_add_func ("/stats/balance/difference-and-advice", test_stats_balance_difference);
  g_test_add_func ("/stats/balance/from-sets", test_stats_balance_from_sets);

  g_test_add_func ("/stats/pain/weeks", test_stats_pain_weeks);
  g_test_add_func ("/stats/pain/rising", test_stats_pain_rising);
  g_test_add_func ("/stats/consistency", test_stats_consistency);
  g_test_add_func ("/stats/plan-muscle-sets", test_stats_plan_muscle_sets);
  g_test_add_func ("/stats/load-shape", test_stats_load_shape);
  g_test_add_func ("/stats/series", test_stats_series);

  ret = g_test_run ();
  g_object_unref (catalog);

  return ret;
}
