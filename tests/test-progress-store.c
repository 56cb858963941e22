/* test-progress-store.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "scapula-progress-store-private.h"

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
}

static void
test_store_closed (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
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
    [SCAPULA_PROGRESS_QUERY_MUSCLES] = { "logged_set_time", NULL },
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

          /* No table is read whole: the only scans are of the recursive
           * CTE's own rows. */
          if (g_str_has_prefix (detail, "SCAN "))
            g_assert_true (g_str_equal (detail, "SCAN slugs") || g_str_equal (detail, "SCAN CONSTANT ROW"));

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
  ADD ("consistency", test_store_consistency);
  ADD ("pain", test_store_pain);
  ADD ("records", test_store_records);
  ADD ("closed", test_store_closed);
  ADD ("query-plans", test_store_query_plans);
  g_test_add_func ("/progress-store/empty", test_store_empty);

#undef ADD

  ret = g_test_run ();
  g_object_unref (catalog);

  return ret;
}
