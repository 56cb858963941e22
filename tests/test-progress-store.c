/* test-progress-store.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "scapula-history.h"
#include "scapula-progress-store-private.h"
#include "scapula-session-store.h"
#include "scapula-units.h"

/* Times are seconds since the epoch, UTC (the test environment sets
 * TZ=UTC, so weeks start at UTC midnight):
 *
 *   session 1  Monday 5 January 2026, 18:00     1767636000
 *   session 2  Wednesday 7 January, 18:00        1767808800
 *   session 3  Monday 12 January, 18:00          1768240800
 *   session 4  Monday 2 February, 18:00          1770055200
 *   session 5  Tuesday 3 February: opened, nothing logged
 *   session 6  Wednesday 4 February, 18:00       1770228000
 */
#define S1 G_GINT64_CONSTANT (1767636000)
#define S2 G_GINT64_CONSTANT (1767808800)
#define S3 G_GINT64_CONSTANT (1768240800)
#define S4 G_GINT64_CONSTANT (1770055200)
#define S6 G_GINT64_CONSTANT (1770228000)

#define WEEK_JAN_5  G_GINT64_CONSTANT (1767571200)
#define WEEK_JAN_12 G_GINT64_CONSTANT (1768176000)
#define WEEK_FEB_2  G_GINT64_CONSTANT (1769990400)
#define NOW         (S6 + 7200)

/* Fixed test data, so plain SQL text is fine here. */
static const char fixture_sql[] =
  "INSERT INTO session (id, started_at, ended_at) VALUES"
  "  (1, 1767636000, 1767639600), (2, 1767808800, 1767812400), (3, 1768240800, 1768244400),"
  "  (4, 1770055200, 1770058800), (5, 1770141600, NULL), (6, 1770228000, 1770231600);"

  /* Session 1: a seal row with a warm-up, a one-arm row per side with the
   * right side weaker, and a stretch. */
  "INSERT INTO logged_set (session_id, position, exercise, kind, side, weight_kg, reps, seconds, logged_at) VALUES"
  "  (1, 0, 'seal-row', 'warmup', 'both', 20.0, 10, NULL, 1767636060),"
  "  (1, 1, 'seal-row', 'work', 'both', 40.0, 10, NULL, 1767636120),"
  "  (1, 2, 'seal-row', 'work', 'both', 40.0, 9, NULL, 1767636240),"
  "  (1, 3, 'one-arm-dumbbell-row', 'work', 'left', 20.0, 12, NULL, 1767636400),"
  "  (1, 4, 'one-arm-dumbbell-row', 'work', 'right', 20.0, 10, NULL, 1767636440),"
  "  (1, 5, 'one-arm-dumbbell-row', 'work', 'left', 20.0, 12, NULL, 1767636560),"
  "  (1, 6, 'one-arm-dumbbell-row', 'work', 'right', 20.0, 10, NULL, 1767636600),"
  "  (1, 7, 'cat-cow', 'work', 'both', NULL, NULL, 30, 1767636900);"

  /* Session 2: heavier, and a loaded hold. */
  "INSERT INTO logged_set (session_id, position, exercise, kind, side, weight_kg, reps, seconds, logged_at) VALUES"
  "  (2, 0, 'seal-row', 'work', 'both', 42.5, 8, NULL, 1767808920),"
  "  (2, 1, 'seal-row', 'work', 'both', 42.5, 8, NULL, 1767809040),"
  "  (2, 2, 'one-arm-dumbbell-row', 'work', 'left', 22.5, 10, NULL, 1767809200),"
  "  (2, 3, 'one-arm-dumbbell-row', 'work', 'right', 22.5, 8, NULL, 1767809240),"
  "  (2, 4, 'one-arm-dumbbell-row', 'work', 'left', 22.5, 10, NULL, 1767809360),"
  "  (2, 5, 'one-arm-dumbbell-row', 'work', 'right', 22.5, 8, NULL, 1767809400),"
  "  (2, 6, 'static-grip-hold', 'work', 'both', 30.0, NULL, 40, 1767809600);"

  /* Session 3: more reps, and a drop set that does not count. */
  "INSERT INTO logged_set (session_id, position, exercise, kind, side, weight_kg, reps, seconds, logged_at) VALUES"
  "  (3, 0, 'seal-row', 'work', 'both', 42.5, 10, NULL, 1768240920),"
  "  (3, 1, 'seal-row', 'drop', 'both', 30.0, 15, NULL, 1768241000),"
  "  (3, 2, 'one-arm-dumbbell-row', 'work', 'left', 22.5, 11, NULL, 1768241200),"
  "  (3, 3, 'one-arm-dumbbell-row', 'work', 'right', 22.5, 9, NULL, 1768241240),"
  "  (3, 4, 'one-arm-dumbbell-row', 'work', 'left', 22.5, 11, NULL, 1768241360),"
  "  (3, 5, 'one-arm-dumbbell-row', 'work', 'right', 22.5, 9, NULL, 1768241400);"

  /* Session 4: the left side only, and body-weight pull-ups. */
  "INSERT INTO logged_set (session_id, position, exercise, kind, side, weight_kg, reps, seconds, logged_at) VALUES"
  "  (4, 0, 'pull-up', 'work', 'both', NULL, 8, NULL, 1770055300),"
  "  (4, 1, 'pull-up', 'work', 'both', NULL, 7, NULL, 1770055400),"
  "  (4, 2, 'one-arm-dumbbell-row', 'work', 'left', 22.5, 12, NULL, 1770055600);"

  /* Session 6: one of the user's own exercises. */
  "INSERT INTO logged_set (session_id, position, exercise, kind, side, weight_kg, reps, seconds, logged_at) VALUES"
  "  (6, 0, 'user-my-row', 'work', 'both', 30.0, 10, NULL, 1770228100),"
  "  (6, 1, 'user-my-row', 'work', 'both', 30.0, 10, NULL, 1770228200);"

  /* Pain: the seal row's rises 1, 2, 3; session 2 has a whole-session
   * check-in; session 4 checks the one-arm row twice. */
  "INSERT INTO pain_checkin (session_id, exercise, pain, numbness, logged_at) VALUES"
  "  (1, 'seal-row', 1, 0, 1767636300),"
  "  (1, 'one-arm-dumbbell-row', 0, 0, 1767636700),"
  "  (2, 'seal-row', 2, 0, 1767809100),"
  "  (2, 'one-arm-dumbbell-row', 1, 0, 1767809500),"
  "  (2, NULL, 3, 0, 1767809800),"
  "  (3, 'seal-row', 3, 0, 1768241100),"
  "  (3, 'one-arm-dumbbell-row', 0, 0, 1768241500),"
  "  (4, 'one-arm-dumbbell-row', 2, 0, 1770055700),"
  "  (4, 'one-arm-dumbbell-row', 1, 1, 1770055710);";

static ScapulaCatalog *catalog;

typedef struct
{
  ScapulaDatabase      *db;
  ScapulaProgressStore *store;
} Fixture;

/* One item of a test plan. */
typedef struct
{
  guint               weekday;
  const char         *exercise;
  ScapulaPrescription prescription;
} PlanEntry;

#define REPS(sets, lo, hi) { (sets), (lo), (hi), 0, 90, 0, FALSE, SCAPULA_PROGRESSION_DOUBLE }
#define HOLD(sets, s)      { (sets), 0, 0, (s), 60, 0, FALSE, SCAPULA_PROGRESSION_DOUBLE }

/* An active plan for the next steps: warm-up moves and stretches among
 * the lifts, the seal row on Monday and Friday with two prescriptions, and
 * one of the user's own exercises. */
static const PlanEntry steps_plan[] = {
  { 1, "band-pull-apart", { 1, 15, 20, 0, 0, 0, FALSE, SCAPULA_PROGRESSION_NONE } },
  { 1, "seal-row", REPS (1, 8, 10) },
  { 1, "face-pull", REPS (3, 12, 15) },
  { 3, "pull-up", REPS (2, 6, 10) },
  { 3, "bent-over-barbell-row", REPS (3, 8, 12) },
  { 3, "cat-cow", { 2, 0, 0, 30, 0, 0, FALSE, SCAPULA_PROGRESSION_NONE } },
  { 5, "seal-row", REPS (3, 8, 12) },
  { 5, "static-grip-hold", HOLD (1, 30) },
  { 5, "trap-bar-deadlift", REPS (3, 6, 10) },
  { 5, "user-my-row", REPS (3, 8, 12) },
};

static ScapulaPlan *
make_plan (const PlanEntry *entries,
           guint            n_entries)
{
  ScapulaPlan *plan;
  GDate start;

  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 5, G_DATE_JANUARY, 2026);
  plan = scapula_plan_new ("Test", &start);

  for (guint i = 0; i < n_entries; i++)
    {
      ScapulaPlanDay *day = scapula_plan_get_day (plan, entries[i].weekday);
      g_autoptr(ScapulaPlanItem) item = scapula_plan_item_new (entries[i].exercise, &entries[i].prescription);

      scapula_plan_day_set_training (day, TRUE);
      scapula_plan_day_append (day, item);
    }

  return plan;
}

/* G_TEST_OPTION_ISOLATE_DIRS gives every test its own XDG dirs under a
 * temporary folder, so this path never touches the real data. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "scapula-test", "progress.db", NULL);
  g_autoptr(GError) error = NULL;

  fixture->db = scapula_database_open (path, &error);
  g_assert_no_error (error);
  scapula_database_exec (fixture->db, fixture_sql, &error);
  g_assert_no_error (error);

  fixture->store = scapula_progress_store_new (fixture->db, catalog);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->store);
  g_assert_finalize_object (fixture->db);
}

static void
test_store_exercises (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) all = scapula_progress_store_list_exercises (fixture->store, 0, &error);
  g_autoptr(GArray) recent = NULL;
  static const char * const slugs[] = {
    "cat-cow", "one-arm-dumbbell-row", "pull-up", "seal-row", "static-grip-hold", "user-my-row",
  };

#define EX(array, i) (&g_array_index ((array), ScapulaExerciseHistory, (i)))

  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, G_N_ELEMENTS (slugs));
  for (guint i = 0; i < all->len; i++)
    {
      g_assert_cmpstr (EX (all, i)->exercise, ==, slugs[i]);
      /* Interned: the view can compare pointers. */
      g_assert_true (EX (all, i)->exercise == g_intern_string (slugs[i]));
    }

  g_assert_cmpint (EX (all, 0)->first_logged_at, ==, S1 + 900);
  g_assert_cmpint (EX (all, 0)->last_logged_at, ==, S1 + 900);
  g_assert_cmpint (EX (all, 1)->first_logged_at, ==, S1 + 400);
  g_assert_cmpint (EX (all, 1)->last_logged_at, ==, S4 + 400);
  g_assert_cmpint (EX (all, 5)->last_logged_at, ==, S6 + 200);

  /* Since session 4: only what was logged from then on. */
  recent = scapula_progress_store_list_exercises (fixture->store, S4, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (recent->len, ==, 3);
  g_assert_cmpstr (EX (recent, 0)->exercise, ==, "one-arm-dumbbell-row");
  g_assert_cmpstr (EX (recent, 1)->exercise, ==, "pull-up");
  g_assert_cmpstr (EX (recent, 2)->exercise, ==, "user-my-row");

#undef EX
}

static void
test_store_sessions (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) seal = scapula_progress_store_get_sessions (fixture->store, "seal-row", 0, &error);
  g_autoptr(GArray) recent = NULL;
  g_autoptr(GArray) row = NULL;
  g_autoptr(GArray) grip = NULL;
  g_autoptr(GArray) unknown = NULL;
  g_autoptr(GArray) sets = NULL;

#define SES(array, i) (&g_array_index ((array), ScapulaSessionStats, (i)))

  g_assert_no_error (error);
  g_assert_cmpuint (seal->len, ==, 3);

  g_assert_cmpint (SES (seal, 0)->session_id, ==, 1);
  g_assert_cmpint (SES (seal, 0)->started_at, ==, S1);
  g_assert_cmpuint (SES (seal, 0)->n_sets, ==, 2);
  g_assert_cmpfloat (SES (seal, 0)->best_weight_kg, ==, 40.0);
  g_assert_cmpuint (SES (seal, 0)->best_reps, ==, 10);
  g_assert_cmpfloat_with_epsilon (SES (seal, 0)->e1rm_kg, 40.0 * (1.0 + 10.0 / 30.0), 1e-9);
  g_assert_cmpfloat_with_epsilon (SES (seal, 0)->volume_kg, 760.0, 1e-9);

  g_assert_cmpint (SES (seal, 1)->started_at, ==, S2);
  g_assert_cmpfloat (SES (seal, 1)->best_weight_kg, ==, 42.5);
  g_assert_cmpuint (SES (seal, 1)->best_reps, ==, 8);
  g_assert_cmpfloat_with_epsilon (SES (seal, 1)->volume_kg, 680.0, 1e-9);

  /* The drop set is left out. */
  g_assert_cmpint (SES (seal, 2)->started_at, ==, S3);
  g_assert_cmpuint (SES (seal, 2)->n_sets, ==, 1);
  g_assert_cmpuint (SES (seal, 2)->total_reps, ==, 10);
  g_assert_cmpfloat_with_epsilon (SES (seal, 2)->volume_kg, 425.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (SES (seal, 2)->e1rm_kg, 42.5 * (1.0 + 10.0 / 30.0), 1e-9);

  /* A range starting with session 2. */
  recent = scapula_progress_store_get_sessions (fixture->store, "seal-row", S2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (recent->len, ==, 2);
  g_assert_cmpint (SES (recent, 0)->session_id, ==, 2);

  /* Per side: left and right volume, the right side weaker. */
  row = scapula_progress_store_get_sessions (fixture->store, "one-arm-dumbbell-row", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (row->len, ==, 4);
  g_assert_cmpint (SES (row, 0)->balance_measure, ==, SCAPULA_BALANCE_MEASURE_VOLUME);
  g_assert_cmpfloat_with_epsilon (SES (row, 0)->left, 480.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (SES (row, 0)->right, 400.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (SES (row, 0)->volume_kg, 880.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (SES (row, 1)->left, 450.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (SES (row, 1)->right, 360.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (SES (row, 2)->left, 495.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (SES (row, 2)->right, 405.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (SES (row, 3)->left, 270.0, 1e-9);
  g_assert_cmpfloat (SES (row, 3)->right, ==, 0.0);

  /* A timed hold with a load. */
  grip = scapula_progress_store_get_sessions (fixture->store, "static-grip-hold", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (grip->len, ==, 1);
  g_assert_cmpuint (SES (grip, 0)->hold_seconds, ==, 40);
  g_assert_cmpfloat (SES (grip, 0)->best_weight_kg, ==, 30.0);
  g_assert_cmpfloat (SES (grip, 0)->volume_kg, ==, 0.0);

  unknown = scapula_progress_store_get_sessions (fixture->store, "yates-row", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (unknown->len, ==, 0);

  /* The raw sets: work sets only, in order, body weight as 0 kg. */
  sets = scapula_progress_store_get_sets (fixture->store, "pull-up", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sets->len, ==, 2);
  g_assert_cmpint (g_array_index (sets, ScapulaStatsSet, 0).logged_at, ==, S4 + 100);
  g_assert_cmpint (g_array_index (sets, ScapulaStatsSet, 0).set.reps, ==, 8);
  g_assert_cmpfloat (g_array_index (sets, ScapulaStatsSet, 0).set.weight_kg, ==, 0.0);
  g_assert_cmpint (g_array_index (sets, ScapulaStatsSet, 1).set.reps, ==, 7);

#undef SES
}

static void
test_store_balance (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  ScapulaSide behind = SCAPULA_SIDE_LEFT;

  /* Sessions 1–3 had the right side 17 %, 20 % and 18 % behind; session 4
   * logged the left side only and is passed over. */
  g_assert_true (scapula_progress_store_get_balance_flag (fixture->store, "one-arm-dumbbell-row",
                                                          &behind, &error));
  g_assert_no_error (error);
  g_assert_cmpint (behind, ==, SCAPULA_SIDE_RIGHT);
  g_assert_nonnull (strstr (scapula_balance_get_advice (behind), "right side"));

  g_assert_true (scapula_progress_store_get_balance_flag (fixture->store, "seal-row", &behind, &error));
  g_assert_no_error (error);
  g_assert_cmpint (behind, ==, SCAPULA_SIDE_BOTH);

  g_assert_true (scapula_progress_store_get_balance_flag (fixture->store, "kroc-row", &behind, &error));
  g_assert_no_error (error);
  g_assert_cmpint (behind, ==, SCAPULA_SIDE_BOTH);
}

/* A fourth session with both sides even ends the streak: the flag looks
 * at the latest three only. */
static void
test_store_balance_recovers (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  ScapulaSide behind = SCAPULA_SIDE_LEFT;

  scapula_database_exec (fixture->db,
                         "INSERT INTO session (id, started_at) VALUES (7, 1770400000);"
                         "INSERT INTO logged_set (session_id, position, exercise, kind, side, weight_kg,"
                         "                        reps, logged_at) VALUES"
                         "  (7, 0, 'one-arm-dumbbell-row', 'work', 'left', 22.5, 12, 1770400100),"
                         "  (7, 1, 'one-arm-dumbbell-row', 'work', 'right', 22.5, 12, 1770400200);",
                         &error);
  g_assert_no_error (error);

  g_assert_true (scapula_progress_store_get_balance_flag (fixture->store, "one-arm-dumbbell-row",
                                                          &behind, &error));
  g_assert_no_error (error);
  g_assert_cmpint (behind, ==, SCAPULA_SIDE_BOTH);
}

static void
test_store_muscle_weeks (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) weeks = NULL;
  g_autoptr(GArray) ranged = NULL;

#define WEEK(array, i) (&g_array_index ((array), ScapulaMuscleWeek, (i)))

  weeks = scapula_progress_store_get_muscle_weeks (fixture->store, 0, NOW, G_DATE_MONDAY, &error);
  g_assert_no_error (error);

  /* 5 January to the week of "now", 2 February. */
  g_assert_cmpuint (weeks->len, ==, 5);
  g_assert_cmpint (WEEK (weeks, 0)->week_start, ==, WEEK_JAN_5);
  g_assert_cmpint (WEEK (weeks, 1)->week_start, ==, WEEK_JAN_12);
  g_assert_cmpint (WEEK (weeks, 4)->week_start, ==, WEEK_FEB_2);

  /* Week of 5 January: 4 seal-row sets (rhomboids and middle trapezius
   * primary, lats secondary), 4 one-arm pairs (rhomboids, lats and middle
   * trapezius primary), a grip hold (forearms primary, middle trapezius
   * secondary). The cat-cow stretch does not count. */
  g_assert_cmpfloat_with_epsilon (WEEK (weeks, 0)->sets[SCAPULA_MUSCLE_RHOMBOID_MAJOR], 8.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (WEEK (weeks, 0)->sets[SCAPULA_MUSCLE_LATISSIMUS_DORSI], 6.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (WEEK (weeks, 0)->sets[SCAPULA_MUSCLE_TRAPEZIUS_MIDDLE], 8.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (WEEK (weeks, 0)->sets[SCAPULA_MUSCLE_FOREARMS], 1.0, 1e-9);
  g_assert_cmpfloat (WEEK (weeks, 0)->sets[SCAPULA_MUSCLE_ERECTOR_SPINAE], ==, 0.0);

  /* Week of 12 January: one seal-row set (the drop set does not count)
   * and two one-arm pairs. */
  g_assert_cmpfloat_with_epsilon (WEEK (weeks, 1)->sets[SCAPULA_MUSCLE_RHOMBOID_MAJOR], 3.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (WEEK (weeks, 1)->sets[SCAPULA_MUSCLE_LATISSIMUS_DORSI], 2.5, 1e-9);

  /* Two empty weeks. */
  for (guint m = 0; m < SCAPULA_N_MUSCLES; m++)
    {
      g_assert_cmpfloat (WEEK (weeks, 2)->sets[m], ==, 0.0);
      g_assert_cmpfloat (WEEK (weeks, 3)->sets[m], ==, 0.0);
    }

  /* Week of 2 February: a left-only one-arm set and two pull-ups; the
   * user's own row is not in the catalog. */
  g_assert_cmpfloat_with_epsilon (WEEK (weeks, 4)->sets[SCAPULA_MUSCLE_RHOMBOID_MAJOR], 3.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (WEEK (weeks, 4)->sets[SCAPULA_MUSCLE_LATISSIMUS_DORSI], 3.0, 1e-9);

  /* From a Wednesday: the whole week it falls in. */
  ranged = scapula_progress_store_get_muscle_weeks (fixture->store, WEEK_JAN_12 + 2 * 86400 + 43200, NOW,
                                                    G_DATE_MONDAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ranged->len, ==, 4);
  g_assert_cmpint (WEEK (ranged, 0)->week_start, ==, WEEK_JAN_12);
  g_assert_cmpfloat_with_epsilon (WEEK (ranged, 0)->sets[SCAPULA_MUSCLE_RHOMBOID_MAJOR], 3.0, 1e-9);

#undef WEEK
}

/* The weekly sets per muscle as they were counted before the summary
 * table: every work set since the first week's start, one by one, each
 * at its session's start. */
static GArray *
muscle_weeks_from_sets (Fixture      *fixture,
                        gint64        since,
                        gint64        now,
                        GDateWeekday  first_day)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) counts = g_array_new (FALSE, TRUE, sizeof (ScapulaSetCount));

  stmt = scapula_database_prepare (fixture->db,
                                   "SELECT ls.session_id, s.started_at, ls.exercise, ls.side, ls.kind"
                                   "  FROM logged_set AS ls JOIN session AS s ON s.id = ls.session_id"
                                   " WHERE ls.logged_at >= ?1 AND ls.kind IN ('work', 'failure')"
                                   " ORDER BY ls.logged_at, ls.id",
                                   &error);
  g_assert_no_error (error);
  sqlite3_bind_int64 (stmt, 1, since > 0 ? scapula_week_get_start (since, first_day) : 0);

  for (;;)
    {
      ScapulaSetCount count = { 0 };
      const char *side;
      gboolean has_row = FALSE;

      scapula_database_step (fixture->db, stmt, &has_row, &error);
      g_assert_no_error (error);
      if (!has_row)
        break;

      count.session_id = sqlite3_column_int64 (stmt, 0);
      count.started_at = sqlite3_column_int64 (stmt, 1);
      count.exercise = g_intern_string ((const char *) sqlite3_column_text (stmt, 2));
      side = (const char *) sqlite3_column_text (stmt, 3);
      count.side = g_str_equal (side, "left") ? SCAPULA_SIDE_LEFT
                   : g_str_equal (side, "right") ? SCAPULA_SIDE_RIGHT : SCAPULA_SIDE_BOTH;
      count.kind = g_str_equal ((const char *) sqlite3_column_text (stmt, 4), "failure")
                   ? SCAPULA_SET_KIND_FAILURE : SCAPULA_SET_KIND_WORK;
      count.n_sets = 1;
      g_array_append_val (counts, count);
    }

  return scapula_stats_muscle_weeks (catalog, (const ScapulaSetCount *) counts->data, counts->len,
                                     first_day, since, now);
}

static void
assert_same_weeks (GArray *a,
                   GArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);

  for (guint i = 0; i < a->len; i++)
    {
      const ScapulaMuscleWeek *wa = &g_array_index (a, ScapulaMuscleWeek, i);
      const ScapulaMuscleWeek *wb = &g_array_index (b, ScapulaMuscleWeek, i);

      g_assert_cmpint (wa->week_start, ==, wb->week_start);
      for (guint m = 0; m < SCAPULA_N_MUSCLES; m++)
        g_assert_cmpfloat (wa->sets[m], ==, wb->sets[m]);
    }
}

/* The summary gives what counting every set gave, for every range, week
 * start and end, failure sets and unpaired sides included. */
static void
test_store_muscle_weeks_match_sets (Fixture       *fixture,
                                    gconstpointer  data)
{
  static const struct {
    gint64       since;
    gint64       now;
    GDateWeekday first_day;
  } cases[] = {
    { 0, NOW, G_DATE_MONDAY },
    { 0, 0, G_DATE_MONDAY },
    { 0, NOW, G_DATE_SUNDAY },
    { WEEK_JAN_12 + 2 * 86400 + 43200, NOW, G_DATE_MONDAY },
    { S2, NOW, G_DATE_SUNDAY },
    { S4, NOW, G_DATE_MONDAY },
    { S6 + 1, NOW, G_DATE_MONDAY },
    { NOW + 30 * 86400, NOW + 60 * 86400, G_DATE_MONDAY },
  };
  g_autoptr(GError) error = NULL;

  /* A failure set, and a session whose left and right sets do not pair
   * up: 3 left and 1 right are 3 sets. */
  scapula_database_exec (fixture->db,
                         "INSERT INTO session (id, started_at) VALUES (7, 1770400000);"
                         "INSERT INTO logged_set (session_id, position, exercise, kind, side, weight_kg,"
                         "                        reps, logged_at) VALUES"
                         "  (7, 0, 'seal-row', 'failure', 'both', 45.0, 6, 1770400100),"
                         "  (7, 1, 'kroc-row', 'work', 'left', 30.0, 15, 1770400200),"
                         "  (7, 2, 'kroc-row', 'work', 'left', 30.0, 14, 1770400300),"
                         "  (7, 3, 'kroc-row', 'work', 'left', 30.0, 12, 1770400400),"
                         "  (7, 4, 'kroc-row', 'work', 'right', 30.0, 15, 1770400500),"
                         "  (7, 5, 'kroc-row', 'warmup', 'right', 10.0, 15, 1770400600);",
                         &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GArray) expected = muscle_weeks_from_sets (fixture, cases[i].since, cases[i].now,
                                                           cases[i].first_day);
      g_autoptr(GArray) weeks = scapula_progress_store_get_muscle_weeks (fixture->store, cases[i].since,
                                                                         cases[i].now, cases[i].first_day,
                                                                         &error);

      g_test_message ("case %u", i);
      g_assert_no_error (error);
      assert_same_weeks (weeks, expected);
    }
}

/* A session discarded (the runner's "discard", a cascade from session)
 * leaves no sets in the weekly counts. */
static void
test_store_muscle_weeks_discarded (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) before = NULL;
  g_autoptr(GArray) with = NULL;
  g_autoptr(GArray) after = NULL;

  before = scapula_progress_store_get_muscle_weeks (fixture->store, 0, NOW, G_DATE_MONDAY, &error);
  g_assert_no_error (error);

  /* Three seal-row sets in the week of 2 February, an hour after
   * session 6. */
  scapula_database_exec (fixture->db,
                         "INSERT INTO session (id, started_at) VALUES (9, 1770231600);"
                         "INSERT INTO logged_set (session_id, position, exercise, kind, side, weight_kg,"
                         "                        reps, logged_at) VALUES"
                         "  (9, 0, 'seal-row', 'work', 'both', 45.0, 8, 1770231700),"
                         "  (9, 1, 'seal-row', 'work', 'both', 45.0, 8, 1770231800),"
                         "  (9, 2, 'seal-row', 'failure', 'both', 45.0, 6, 1770231900);",
                         &error);
  g_assert_no_error (error);

  with = scapula_progress_store_get_muscle_weeks (fixture->store, 0, NOW, G_DATE_MONDAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (with->len, ==, 5);
  g_assert_cmpfloat_with_epsilon (g_array_index (with, ScapulaMuscleWeek, 4).sets[SCAPULA_MUSCLE_RHOMBOID_MAJOR],
                                  g_array_index (before, ScapulaMuscleWeek, 4).sets[SCAPULA_MUSCLE_RHOMBOID_MAJOR] + 3.0,
                                  1e-9);
  g_assert_cmpfloat_with_epsilon (g_array_index (with, ScapulaMuscleWeek, 4).sets[SCAPULA_MUSCLE_LATISSIMUS_DORSI],
                                  g_array_index (before, ScapulaMuscleWeek, 4).sets[SCAPULA_MUSCLE_LATISSIMUS_DORSI] + 1.5,
                                  1e-9);

  g_assert_true (scapula_session_store_discard (fixture->db, 9, &error));
  g_assert_no_error (error);

  after = scapula_progress_store_get_muscle_weeks (fixture->store, 0, NOW, G_DATE_MONDAY, &error);
  g_assert_no_error (error);
  assert_same_weeks (after, before);
}

static void
test_store_consistency (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScapulaPlan) plan = NULL;
  g_autoptr(GArray) weeks = NULL;
  GDate start;

  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 5, G_DATE_JANUARY, 2026);
  plan = scapula_plan_new ("Test", &start);
  scapula_plan_day_set_training (scapula_plan_get_day (plan, 1), TRUE);
  scapula_plan_day_set_training (scapula_plan_get_day (plan, 3), TRUE);
  scapula_plan_day_set_training (scapula_plan_get_day (plan, 5), TRUE);

  weeks = scapula_progress_store_get_consistency (fixture->store, plan, 0, NOW, G_DATE_MONDAY, &error);
  g_assert_no_error (error);

#define WEEK(array, i) (&g_array_index ((array), ScapulaConsistencyWeek, (i)))

  g_assert_cmpuint (weeks->len, ==, 5);
  g_assert_cmpuint (WEEK (weeks, 0)->sessions, ==, 2);
  g_assert_cmpuint (WEEK (weeks, 1)->sessions, ==, 1);
  g_assert_cmpuint (WEEK (weeks, 2)->sessions, ==, 0);
  g_assert_cmpuint (WEEK (weeks, 3)->sessions, ==, 0);
  /* Sessions 4 and 6; session 5 logged nothing. */
  g_assert_cmpuint (WEEK (weeks, 4)->sessions, ==, 2);
  for (guint i = 0; i < weeks->len; i++)
    g_assert_cmpuint (WEEK (weeks, i)->planned, ==, 3);

#undef WEEK
}

static void
test_store_pain (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) seal = scapula_progress_store_get_pain (fixture->store, "seal-row", 0, &error);
  g_autoptr(GArray) row = NULL;
  g_autoptr(GArray) overall = NULL;
  g_autoptr(GArray) weeks = NULL;
  gboolean rising = FALSE;

#define PAIN(array, i) (&g_array_index ((array), ScapulaPainPoint, (i)))

  g_assert_no_error (error);
  g_assert_cmpuint (seal->len, ==, 3);
  g_assert_cmpint (PAIN (seal, 0)->started_at, ==, S1);
  g_assert_cmpuint (PAIN (seal, 0)->pain, ==, 1);
  g_assert_cmpuint (PAIN (seal, 1)->pain, ==, 2);
  g_assert_cmpuint (PAIN (seal, 2)->pain, ==, 3);

  g_assert_true (scapula_progress_store_get_pain_rising (fixture->store, "seal-row", &rising, &error));
  g_assert_no_error (error);
  g_assert_true (rising);

  /* 0, 1, 0, then two check-ins in session 4: the worse, 2, with the
   * numbness of the other. */
  row = scapula_progress_store_get_pain (fixture->store, "one-arm-dumbbell-row", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (row->len, ==, 4);
  g_assert_cmpuint (PAIN (row, 3)->pain, ==, 2);
  g_assert_true (PAIN (row, 3)->numbness);
  g_assert_false (PAIN (row, 2)->numbness);

  /* 1, 0, 2 for the last three: not rising. */
  g_assert_true (scapula_progress_store_get_pain_rising (fixture->store, "one-arm-dumbbell-row", &rising,
                                                         &error));
  g_assert_no_error (error);
  g_assert_false (rising);

  g_assert_true (scapula_progress_store_get_pain_rising (fixture->store, "pull-up", &rising, &error));
  g_assert_no_error (error);
  g_assert_false (rising);

  /* Every check-in, the whole-session one of session 2 included. */
  overall = scapula_progress_store_get_pain (fixture->store, NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (overall->len, ==, 4);
  g_assert_cmpuint (PAIN (overall, 0)->pain, ==, 1);
  g_assert_cmpuint (PAIN (overall, 1)->pain, ==, 3);
  g_assert_cmpuint (PAIN (overall, 2)->pain, ==, 3);
  g_assert_cmpuint (PAIN (overall, 3)->pain, ==, 2);
  g_assert_true (PAIN (overall, 3)->numbness);

  weeks = scapula_progress_store_get_pain_weeks (fixture->store, NULL, 0, 0, G_DATE_MONDAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (weeks->len, ==, 5);
  g_assert_cmpfloat_with_epsilon (g_array_index (weeks, ScapulaWeekValue, 0).value, 2.0, 1e-12);
  g_assert_cmpuint (g_array_index (weeks, ScapulaWeekValue, 0).count, ==, 2);
  g_assert_cmpfloat_with_epsilon (g_array_index (weeks, ScapulaWeekValue, 1).value, 3.0, 1e-12);
  g_assert_cmpuint (g_array_index (weeks, ScapulaWeekValue, 2).count, ==, 0);
  g_assert_cmpfloat_with_epsilon (g_array_index (weeks, ScapulaWeekValue, 4).value, 2.0, 1e-12);

  /* From session 3 on. */
  g_clear_pointer (&seal, g_array_unref);
  seal = scapula_progress_store_get_pain (fixture->store, "seal-row", S3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (seal->len, ==, 1);
  g_assert_cmpuint (PAIN (seal, 0)->pain, ==, 3);

#undef PAIN
}

static void
test_store_records (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) seal = scapula_progress_store_get_records (fixture->store, "seal-row", 0, &error);
  g_autoptr(GArray) recent = NULL;
  g_autoptr(GArray) session = NULL;
  g_autoptr(GArray) first = NULL;
  g_autoptr(GArray) empty = NULL;
  static const struct {
    const char        *exercise;
    ScapulaRecordKind  kind;
    double             value;
    double             previous;
  } session_3[] = {
    { "one-arm-dumbbell-row", SCAPULA_RECORD_KIND_MOST_REPS, 11, 10 },
    { "one-arm-dumbbell-row", SCAPULA_RECORD_KIND_BEST_E1RM, 22.5 * (1 + 11 / 30.0), 30 },
    { "one-arm-dumbbell-row", SCAPULA_RECORD_KIND_BEST_VOLUME, 900, 880 },
    { "seal-row", SCAPULA_RECORD_KIND_MOST_REPS, 10, 8 },
    { "seal-row", SCAPULA_RECORD_KIND_BEST_E1RM, 42.5 * (1 + 10 / 30.0), 42.5 * (1 + 8 / 30.0) },
  };

#define REC(array, i) (&g_array_index ((array), ScapulaRecord, (i)))

  g_assert_no_error (error);

  /* Session 1 is the baseline; session 2 is heavier with a better
   * estimate; session 3 has more reps at 42.5 kg and a better estimate. */
  g_assert_cmpuint (seal->len, ==, 4);
  g_assert_cmpint (REC (seal, 0)->kind, ==, SCAPULA_RECORD_KIND_HEAVIEST_WEIGHT);
  g_assert_cmpint (REC (seal, 0)->session_id, ==, 2);
  g_assert_cmpint (REC (seal, 0)->started_at, ==, S2);
  g_assert_cmpint (REC (seal, 0)->logged_at, ==, S2 + 120);
  g_assert_cmpfloat (REC (seal, 0)->value, ==, 42.5);
  g_assert_cmpfloat (REC (seal, 0)->previous, ==, 40.0);
  g_assert_true (REC (seal, 0)->exercise == g_intern_string ("seal-row"));
  g_assert_cmpint (REC (seal, 1)->kind, ==, SCAPULA_RECORD_KIND_BEST_E1RM);
  g_assert_cmpint (REC (seal, 2)->kind, ==, SCAPULA_RECORD_KIND_MOST_REPS);
  g_assert_cmpint (REC (seal, 2)->session_id, ==, 3);
  g_assert_cmpfloat (REC (seal, 2)->value, ==, 10.0);
  g_assert_cmpfloat (REC (seal, 2)->previous, ==, 8.0);
  g_assert_cmpfloat (REC (seal, 2)->weight_kg, ==, 42.5);
  g_assert_cmpint (REC (seal, 3)->kind, ==, SCAPULA_RECORD_KIND_BEST_E1RM);

  /* A range keeps the records set in it, measured against all before. */
  recent = scapula_progress_store_get_records (fixture->store, "seal-row", S3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (recent->len, ==, 2);
  g_assert_cmpint (REC (recent, 0)->kind, ==, SCAPULA_RECORD_KIND_MOST_REPS);
  g_assert_cmpfloat (REC (recent, 0)->previous, ==, 8.0);

  /* The session summary of session 3, by exercise. */
  session = scapula_progress_store_get_session_records (fixture->store, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (session->len, ==, G_N_ELEMENTS (session_3));
  for (guint i = 0; i < session->len; i++)
    {
      g_assert_cmpstr (REC (session, i)->exercise, ==, session_3[i].exercise);
      g_assert_cmpint (REC (session, i)->kind, ==, session_3[i].kind);
      g_assert_cmpint (REC (session, i)->session_id, ==, 3);
      g_assert_cmpfloat_with_epsilon (REC (session, i)->value, session_3[i].value, 1e-9);
      g_assert_cmpfloat_with_epsilon (REC (session, i)->previous, session_3[i].previous, 1e-9);
    }

  first = scapula_progress_store_get_session_records (fixture->store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (first->len, ==, 0);

  empty = scapula_progress_store_get_session_records (fixture->store, 5, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (empty->len, ==, 0);

#undef REC
}

/* Session 8, Saturday 7 February: a barbell row short of the top of its
 * range, and a trap-bar deadlift at the top in every set. */
#define S8 G_GINT64_CONSTANT (1770500000)

static const char steps_sql[] =
  "INSERT INTO session (id, started_at) VALUES (8, 1770500000);"
  "INSERT INTO logged_set (session_id, position, exercise, kind, side, weight_kg, reps, logged_at) VALUES"
  "  (8, 0, 'bent-over-barbell-row', 'warmup', 'both', 30.0, 8, 1770500100),"
  "  (8, 1, 'bent-over-barbell-row', 'work', 'both', 50.0, 10, 1770500200),"
  "  (8, 2, 'bent-over-barbell-row', 'work', 'both', 50.0, 9, 1770500300),"
  "  (8, 3, 'bent-over-barbell-row', 'failure', 'both', 50.0, 8, 1770500400),"
  "  (8, 4, 'trap-bar-deadlift', 'work', 'both', 80.0, 10, 1770500500),"
  "  (8, 5, 'trap-bar-deadlift', 'work', 'both', 80.0, 10, 1770500600),"
  "  (8, 6, 'trap-bar-deadlift', 'work', 'both', 80.0, 10, 1770500700);";

typedef struct
{
  const char          *exercise;
  ScapulaTargetReason  reason;
  guint                sets;
  guint                reps;
  guint                hold_seconds;
  double               weight_kg;
  gint64               last_session_at;   /* 0: no history */
} ExpectedStep;

static void
assert_steps (GArray             *steps,
              const ExpectedStep *expected,
              guint               n_expected)
{
  g_assert_cmpuint (steps->len, ==, n_expected);

  for (guint i = 0; i < n_expected; i++)
    {
      const ScapulaNextStep *step = &g_array_index (steps, ScapulaNextStep, i);

      g_test_message ("step %u: %s", i, expected[i].exercise);
      g_assert_cmpstr (step->exercise, ==, expected[i].exercise);
      g_assert_true (step->exercise == g_intern_string (expected[i].exercise));
      g_assert_cmpint (step->target.reason, ==, expected[i].reason);
      g_assert_cmpuint (step->target.sets, ==, expected[i].sets);
      g_assert_cmpuint (step->target.reps_min, ==, expected[i].reps);
      g_assert_cmpuint (step->target.reps_max, ==, expected[i].reps);
      g_assert_cmpuint (step->target.hold_seconds, ==, expected[i].hold_seconds);
      g_assert_cmpfloat_with_epsilon (step->target.weight_kg, expected[i].weight_kg, 1e-9);
      g_assert_false (step->target.per_side);
      g_assert_cmpint (step->has_history, ==, expected[i].last_session_at != 0);
      g_assert_cmpint (step->last_session_at, ==, expected[i].last_session_at);
    }
}

/* One step per strength exercise of the plan, in plan order, each the
 * target the session runner would set. The band pull-apart (a warm-up),
 * the cat-cow (a stretch, with history), Friday's second seal row and
 * the user's own row are not listed. */
static void
test_store_next_steps (Fixture       *fixture,
                       gconstpointer  data)
{
  static const ExpectedStep in_kg[] = {
    /* 42.5 kg × 10 last time, the top of Monday's 8–10 in its one set
     * (the drop set does not count): the next 2.5 kg plate step, back to 8
     * reps. Friday's 3 × 8–12 would have asked for more reps. */
    { "seal-row", SCAPULA_TARGET_REASON_MORE_WEIGHT, 1, 8, 0, 45.0, S3 },
    /* Never logged: the bottom of the range, the load left to the user. */
    { "face-pull", SCAPULA_TARGET_REASON_FIRST_TIME, 3, 12, 0, 0.0, 0 },
    /* Body weight, 8 and 7 reps: one more rep than the weaker set. */
    { "pull-up", SCAPULA_TARGET_REASON_MORE_REPS, 2, 8, 0, 0.0, S4 },
    /* 10, 9 and 8 reps at 50 kg (a failure set is a work set): one more
     * rep than the fewest, at the same load. */
    { "bent-over-barbell-row", SCAPULA_TARGET_REASON_MORE_REPS, 3, 9, 0, 50.0, S8 },
    /* A 40 s hold with 30 kg: five seconds more. */
    { "static-grip-hold", SCAPULA_TARGET_REASON_MORE_HOLD, 1, 0, 45, 30.0, S2 },
    /* 3 × 10 at 80 kg, the top of 6–10: 82.5 kg and back to 6. */
    { "trap-bar-deadlift", SCAPULA_TARGET_REASON_MORE_WEIGHT, 3, 6, 0, 82.5, S8 },
  };
  /* In pounds the plates go up 5 lb at a time: 42.5 kg is 93.7 lb, so
   * 95 lb; 80 kg is 176.4 lb, so 180 lb. The rest does not change. */
  static const ExpectedStep in_lb[] = {
    { "seal-row", SCAPULA_TARGET_REASON_MORE_WEIGHT, 1, 8, 0, 95 * SCAPULA_KG_PER_LB, S3 },
    { "face-pull", SCAPULA_TARGET_REASON_FIRST_TIME, 3, 12, 0, 0.0, 0 },
    { "pull-up", SCAPULA_TARGET_REASON_MORE_REPS, 2, 8, 0, 0.0, S4 },
    { "bent-over-barbell-row", SCAPULA_TARGET_REASON_MORE_REPS, 3, 9, 0, 50.0, S8 },
    { "static-grip-hold", SCAPULA_TARGET_REASON_MORE_HOLD, 1, 0, 45, 30.0, S2 },
    { "trap-bar-deadlift", SCAPULA_TARGET_REASON_MORE_WEIGHT, 3, 6, 0, 180 * SCAPULA_KG_PER_LB, S8 },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(ScapulaPlan) plan = make_plan (steps_plan, G_N_ELEMENTS (steps_plan));
  g_autoptr(GArray) steps = NULL;
  g_autoptr(GArray) pounds = NULL;

  scapula_database_exec (fixture->db, steps_sql, &error);
  g_assert_no_error (error);

  steps = scapula_progress_store_get_next_steps (fixture->store, plan, SCAPULA_WEIGHT_UNIT_KG, &error);
  g_assert_no_error (error);
  assert_steps (steps, in_kg, G_N_ELEMENTS (in_kg));

  pounds = scapula_progress_store_get_next_steps (fixture->store, plan, SCAPULA_WEIGHT_UNIT_LB, &error);
  g_assert_no_error (error);
  assert_steps (pounds, in_lb, G_N_ELEMENTS (in_lb));
}

/* The helper the runner and the week view share: the history before a
 * time, as the runner asks it for the session under way. */
static void
test_store_target_before (Fixture       *fixture,
                          gconstpointer  data)
{
  static const ScapulaPrescription prescription = REPS (1, 8, 10);
  static const struct {
    gint64              before;
    ScapulaTargetReason reason;
    guint               reps;
    double              weight_kg;
    gint64              last_started_at;
  } cases[] = {
    /* Everything: session 3's 42.5 kg × 10. */
    { G_MAXINT64, SCAPULA_TARGET_REASON_MORE_WEIGHT, 8, 45.0, S3 },
    /* Before session 3: session 2's two sets of 8 at 42.5 kg. */
    { S3, SCAPULA_TARGET_REASON_MORE_REPS, 9, 42.5, S2 },
    /* Before session 2: session 1's 10 and 9 at 40 kg. */
    { S2, SCAPULA_TARGET_REASON_MORE_REPS, 10, 40.0, S1 },
    /* Before the first session: nothing yet. */
    { S1, SCAPULA_TARGET_REASON_FIRST_TIME, 8, 0.0, 0 },
  };
  ScapulaExercise *seal_row = scapula_catalog_lookup (catalog, "seal-row");

  g_assert_nonnull (seal_row);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      ScapulaTarget target;
      gint64 last_started_at = -1;

      g_test_message ("case %u", i);
      g_assert_true (scapula_history_compute_target (fixture->db, seal_row, &prescription,
                                                     SCAPULA_WEIGHT_UNIT_KG, cases[i].before, &target,
                                                     &last_started_at, &error));
      g_assert_no_error (error);
      g_assert_cmpint (target.reason, ==, cases[i].reason);
      g_assert_cmpuint (target.sets, ==, 1);
      g_assert_cmpuint (target.reps_min, ==, cases[i].reps);
      g_assert_cmpuint (target.reps_max, ==, cases[i].reps);
      g_assert_cmpfloat_with_epsilon (target.weight_kg, cases[i].weight_kg, 1e-9);
      g_assert_cmpint (last_started_at, ==, cases[i].last_started_at);
    }
}

static void
test_store_empty (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "scapula-test", "empty.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScapulaDatabase) db = scapula_database_open (path, &error);
  g_autoptr(ScapulaProgressStore) store = NULL;
  g_autoptr(GArray) exercises = NULL;
  g_autoptr(GArray) weeks = NULL;
  g_autoptr(GArray) ranged = NULL;
  g_autoptr(GArray) pain = NULL;
  g_autoptr(ScapulaPlan) plan = NULL;
  g_autoptr(GArray) steps = NULL;

  g_assert_no_error (error);
  store = scapula_progress_store_new (db, catalog);

  exercises = scapula_progress_store_list_exercises (store, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (exercises->len, ==, 0);

  /* Nothing logged and an open range: no weeks, so the chart shows its
   * empty state. */
  weeks = scapula_progress_store_get_muscle_weeks (store, 0, 0, G_DATE_MONDAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (weeks->len, ==, 0);

  /* A closed range lists its weeks, empty. */
  ranged = scapula_progress_store_get_consistency (store, NULL, WEEK_JAN_5, WEEK_JAN_12 + 3600,
                                                   G_DATE_MONDAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ranged->len, ==, 2);
  g_assert_cmpuint (g_array_index (ranged, ScapulaConsistencyWeek, 0).sessions, ==, 0);

  pain = scapula_progress_store_get_pain_weeks (store, "seal-row", 0, 0, G_DATE_MONDAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pain->len, ==, 0);

  /* Nothing logged: every strength exercise starts at the bottom of its
   * range. */
  plan = make_plan (steps_plan, G_N_ELEMENTS (steps_plan));
  steps = scapula_progress_store_get_next_steps (store, plan, SCAPULA_WEIGHT_UNIT_KG, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (steps->len, ==, 6);
  for (guint i = 0; i < steps->len; i++)
    {
      const ScapulaNextStep *step = &g_array_index (steps, ScapulaNextStep, i);

      g_assert_cmpint (step->target.reason, ==, SCAPULA_TARGET_REASON_FIRST_TIME);
      g_assert_false (step->has_history);
      g_assert_cmpint (step->last_session_at, ==, 0);
      g_assert_cmpfloat (step->target.weight_kg, ==, 0.0);
    }
  g_assert_cmpuint (g_array_index (steps, ScapulaNextStep, 4).target.hold_seconds, ==, 30);
  g_assert_cmpuint (g_array_index (steps, ScapulaNextStep, 5).target.reps_min, ==, 6);
}

static void
test_store_closed (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScapulaPlan) plan = NULL;
  GArray *result;
  ScapulaSide behind;

  scapula_database_close (fixture->db);

  result = scapula_progress_store_get_sessions (fixture->store, "seal-row", 0, &error);
  g_assert_null (result);
  g_assert_error (error, SCAPULA_DATABASE_ERROR, SCAPULA_DATABASE_ERROR_FAILED);
  g_clear_error (&error);

  result = scapula_progress_store_get_muscle_weeks (fixture->store, 0, 0, G_DATE_MONDAY, &error);
  g_assert_null (result);
  g_assert_error (error, SCAPULA_DATABASE_ERROR, SCAPULA_DATABASE_ERROR_FAILED);
  g_clear_error (&error);

  g_assert_false (scapula_progress_store_get_balance_flag (fixture->store, "seal-row", &behind, &error));
  g_assert_error (error, SCAPULA_DATABASE_ERROR, SCAPULA_DATABASE_ERROR_FAILED);
  g_clear_error (&error);

  plan = make_plan (steps_plan, G_N_ELEMENTS (steps_plan));
  result = scapula_progress_store_get_next_steps (fixture->store, plan, SCAPULA_WEIGHT_UNIT_KG, &error);
  g_assert_null (result);
  g_assert_error (error, SCAPULA_DATABASE_ERROR, SCAPULA_DATABASE_ERROR_FAILED);
}

/* Each query reads through the index it was written for, never a whole
 * table, and sorts nothing in a temporary b-tree (but the few rows of one
 * session's DISTINCT). */
static void
test_store_query_plans (Fixture       *fixture,
                        gconstpointer  data)
{
  static const struct {
    const char *index;
    const char *second_index;
  } expected[SCAPULA_N_PROGRESS_QUERIES] = {
    [SCAPULA_PROGRESS_QUERY_EXERCISES] = { "logged_set_exercise_time", NULL },
    [SCAPULA_PROGRESS_QUERY_SETS] = { "logged_set_exercise_time", NULL },
    [SCAPULA_PROGRESS_QUERY_LATEST_SIDES] = { "logged_set_exercise_time", NULL },
    [SCAPULA_PROGRESS_QUERY_MUSCLES] = { "session_started", "se USING PRIMARY KEY" },
    [SCAPULA_PROGRESS_QUERY_SESSIONS] = { "session_started", "logged_set_session" },
    [SCAPULA_PROGRESS_QUERY_PAIN_EXERCISE] = { "pain_checkin_exercise_time", NULL },
    [SCAPULA_PROGRESS_QUERY_PAIN_ALL] = { "session_started", "pain_checkin_session" },
    [SCAPULA_PROGRESS_QUERY_PAIN_LATEST] = { "pain_checkin_exercise_time", NULL },
    [SCAPULA_PROGRESS_QUERY_SESSION_EXERCISES] = { "logged_set_session", NULL },
    [SCAPULA_PROGRESS_QUERY_SESSION_START] = { "INTEGER PRIMARY KEY", NULL },
  };

  for (ScapulaProgressQuery q = 0; q < SCAPULA_N_PROGRESS_QUERIES; q++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(sqlite3_stmt) stmt = NULL;
      g_autofree char *sql = g_strconcat ("EXPLAIN QUERY PLAN ", _scapula_progress_store_get_sql (q), NULL);
      gboolean uses_index = FALSE;
      gboolean uses_second = expected[q].second_index == NULL;
      guint n_rows = 0;

      stmt = scapula_database_prepare (fixture->db, sql, &error);
      g_assert_no_error (error);

      /* Every query takes a slug or a time first, and a time second. */
      for (int p = 1; p <= sqlite3_bind_parameter_count (stmt); p++)
        {
          if (p == 1 && strstr (sql, "exercise = ?1") != NULL)
            sqlite3_bind_text (stmt, p, "seal-row", -1, SQLITE_STATIC);
          else
            sqlite3_bind_int64 (stmt, p, S2);
        }

      g_test_message ("Query %d", q);

      for (;;)
        {
          gboolean has_row = FALSE;
          const char *detail;

          scapula_database_step (fixture->db, stmt, &has_row, &error);
          g_assert_no_error (error);
          if (!has_row)
            break;

          n_rows++;
          detail = (const char *) sqlite3_column_text (stmt, 3);
          g_test_message ("  %s", detail);

          /* No table is read whole, logged_set least of all: the only
           * scans are of the recursive CTE's own rows. */
          if (g_str_has_prefix (detail, "SCAN "))
            g_assert_true (g_str_equal (detail, "SCAN slugs") || g_str_equal (detail, "SCAN CONSTANT ROW"));

          /* The weekly sets per muscle read the per-session summary and
           * no logged set at all. */
          if (q == SCAPULA_PROGRESS_QUERY_MUSCLES)
            g_assert_null (strstr (detail, "logged_set"));

          if (q != SCAPULA_PROGRESS_QUERY_SESSION_EXERCISES)
            g_assert_null (strstr (detail, "TEMP B-TREE"));

          if (strstr (detail, expected[q].index) != NULL)
            uses_index = TRUE;
          if (expected[q].second_index != NULL && strstr (detail, expected[q].second_index) != NULL)
            uses_second = TRUE;
        }

      g_assert_cmpuint (n_rows, >, 0);
      g_assert_true (uses_index);
      g_assert_true (uses_second);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  catalog = scapula_catalog_new_from_resource ("/io/github/scapula/Scapula/catalog/catalog.xml", &error);
  g_assert_no_error (error);

#define ADD(path, func) \
  g_test_add ("/progress-store/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("exercises", test_store_exercises);
  ADD ("sessions", test_store_sessions);
  ADD ("balance", test_store_balance);
  ADD ("balance-recovers", test_store_balance_recovers);
  ADD ("muscle-weeks", test_store_muscle_weeks);
  ADD ("muscle-weeks-match-sets", test_store_muscle_weeks_match_sets);
  ADD ("muscle-weeks-discarded", test_store_muscle_weeks_discarded);
  ADD ("consistency", test_store_consistency);
  ADD ("pain", test_store_pain);
  ADD ("records", test_store_records);
  ADD ("next-steps", test_store_next_steps);
  ADD ("target-before", test_store_target_before);
  ADD ("closed", test_store_closed);
  ADD ("query-plans", test_store_query_plans);
  g_test_add_func ("/progress-store/empty", test_store_empty);

#undef ADD

  ret = g_test_run ();
  g_object_unref (catalog);

  return ret;
}
