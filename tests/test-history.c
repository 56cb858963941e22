/* test-history.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "scapula-history-private.h"

/* G_TEST_OPTION_ISOLATE_DIRS gives every test its own XDG dirs under a
 * temporary folder, so this path never touches the real data. */
static ScapulaDatabase *
open_test_database (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "scapula-test", "history.db", NULL);
  g_autoptr(GError) error = NULL;
  ScapulaDatabase *db = scapula_database_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (db);
  return db;
}

/* Fixed test data, so plain SQL text is fine here. Times are seconds. */
static const char fixture_sql[] =
  "INSERT INTO session (id, started_at, ended_at) VALUES"
  "  (1, 1000, 1900), (2, 2000, 2900), (3, 3000, 3900), (4, 4000, 4900), (5, 5000, 5900);"

  /* Session 1: an older seal row. */
  "INSERT INTO logged_set (session_id, position, exercise, kind, side, weight_kg, reps, seconds, logged_at) VALUES"
  "  (1, 0, 'seal-row', 'warmup', 'both', 20.0, 10, NULL, 1010),"
  "  (1, 1, 'seal-row', 'work', 'both', 40.0, 10, NULL, 1020),"
  "  (1, 2, 'seal-row', 'work', 'both', 40.0, 9, NULL, 1030);"

  /* Session 2: the latest seal row with work sets, with every kind of set
   * and a pull-up in between. The rows go in out of order, so only
   * ORDER BY position puts them right. */
  "INSERT INTO logged_set (session_id, position, exercise, kind, side, weight_kg, reps, seconds, logged_at) VALUES"
  "  (2, 4, 'seal-row', 'failure', 'both', 42.5, 6, NULL, 2040),"
  "  (2, 0, 'seal-row', 'warmup', 'both', 30.0, 8, NULL, 2010),"
  "  (2, 2, 'seal-row', 'work', 'both', 42.5, 8, NULL, 2020),"
  "  (2, 1, 'pull-up', 'work', 'both', NULL, 6, NULL, 2015),"
  "  (2, 3, 'seal-row', 'work', 'both', 42.5, 7, NULL, 2030),"
  "  (2, 5, 'seal-row', 'drop', 'both', 30.0, 10, NULL, 2050),"
  "  (2, 6, 'pull-up', 'work', 'both', NULL, 5, NULL, 2060);"

  /* Session 3: no seal row. */
  "INSERT INTO logged_set (session_id, position, exercise, kind, side, weight_kg, reps, seconds, logged_at) VALUES"
  "  (3, 0, 'pull-up', 'work', 'both', NULL, 7, NULL, 3010);"

  /* Session 4: a seal row with warm-ups only (stopped early): not "last time". */
  "INSERT INTO logged_set (session_id, position, exercise, kind, side, weight_kg, reps, seconds, logged_at) VALUES"
  "  (4, 0, 'seal-row', 'warmup', 'both', 20.0, 10, NULL, 4010),"
  "  (4, 1, 'seal-row', 'warmup', 'both', 30.0, 5, NULL, 4020);"

  /* Session 5: per-side work and a hold. */
  "INSERT INTO logged_set (session_id, position, exercise, kind, side, weight_kg, reps, seconds, logged_at) VALUES"
  "  (5, 0, 'one-arm-dumbbell-row', 'work', 'left', 22.5, 12, NULL, 5010),"
  "  (5, 1, 'one-arm-dumbbell-row', 'work', 'right', 22.5, 11, NULL, 5020),"
  "  (5, 2, 'static-grip-hold', 'work', 'both', 30.0, NULL, 45, 5030),"
  "  (5, 3, 'side-stretch', 'work', 'left', NULL, NULL, 30, 5040);";

static ScapulaDatabase *
open_fixture (void)
{
  g_autoptr(GError) error = NULL;
  ScapulaDatabase *db = open_test_database ();

  scapula_database_exec (db, fixture_sql, &error);
  g_assert_no_error (error);
  return db;
}

static GArray *
query (ScapulaDatabase *db,
       const char      *exercise,
       gint64           before,
       gint64          *session_id,
       gint64          *started_at)
{
  g_autoptr(GError) error = NULL;
  GArray *sets = scapula_history_get_last_work_sets (db, exercise, before, session_id, started_at, &error);

  g_assert_no_error (error);
  g_assert_nonnull (sets);
  return sets;
}

#define SET(sets, i) (&g_array_index ((sets), ScapulaSetRecord, (i)))

static void
test_history_latest_session (void)
{
  g_autoptr(ScapulaDatabase) db = open_fixture ();
  g_autoptr(GArray) sets = NULL;
  gint64 session_id = -1, started_at = -1;

  /* Session 4 is later but has warm-ups only; session 2 is "last time". */
  sets = query (db, "seal-row", 10000, &session_id, &started_at);
  g_assert_cmpint (session_id, ==, 2);
  g_assert_cmpint (started_at, ==, 2000);
  g_assert_cmpuint (sets->len, ==, 3);

  /* Work and failure sets in the order they were done; no warm-up, no
   * drop set, no pull-up. */
  g_assert_cmpfloat_with_epsilon (SET (sets, 0)->weight_kg, 42.5, 1e-9);
  g_assert_cmpuint (SET (sets, 0)->reps, ==, 8);
  g_assert_cmpint (SET (sets, 0)->kind, ==, SCAPULA_SET_KIND_WORK);
  g_assert_cmpfloat_with_epsilon (SET (sets, 1)->weight_kg, 42.5, 1e-9);
  g_assert_cmpuint (SET (sets, 1)->reps, ==, 7);
  g_assert_cmpint (SET (sets, 1)->kind, ==, SCAPULA_SET_KIND_WORK);
  g_assert_cmpfloat_with_epsilon (SET (sets, 2)->weight_kg, 42.5, 1e-9);
  g_assert_cmpuint (SET (sets, 2)->reps, ==, 6);
  g_assert_cmpint (SET (sets, 2)->kind, ==, SCAPULA_SET_KIND_FAILURE);

  for (guint i = 0; i < sets->len; i++)
    {
      g_assert_cmpuint (SET (sets, i)->seconds, ==, 0);
      g_assert_cmpint (SET (sets, i)->side, ==, SCAPULA_SIDE_BOTH);
    }
}

static void
test_history_before (void)
{
  g_autoptr(ScapulaDatabase) db = open_fixture ();
  g_autoptr(GArray) earlier = NULL;
  g_autoptr(GArray) none = NULL;
  gint64 session_id = -1, started_at = -1;

  /* Session 2 started at 2000: asking from then finds session 1. */
  earlier = query (db, "seal-row", 2000, &session_id, &started_at);
  g_assert_cmpint (session_id, ==, 1);
  g_assert_cmpint (started_at, ==, 1000);
  g_assert_cmpuint (earlier->len, ==, 2);
  g_assert_cmpfloat_with_epsilon (SET (earlier, 0)->weight_kg, 40.0, 1e-9);
  g_assert_cmpuint (SET (earlier, 0)->reps, ==, 10);
  g_assert_cmpfloat_with_epsilon (SET (earlier, 1)->weight_kg, 40.0, 1e-9);
  g_assert_cmpuint (SET (earlier, 1)->reps, ==, 9);

  /* Nothing before the first session. */
  none = query (db, "seal-row", 1000, &session_id, &started_at);
  g_assert_cmpuint (none->len, ==, 0);
  g_assert_cmpint (session_id, ==, 0);
  g_assert_cmpint (started_at, ==, 0);
}

static void
test_history_unknown_exercise (void)
{
  g_autoptr(ScapulaDatabase) db = open_fixture ();
  g_autoptr(GArray) sets = query (db, "user-my-row", 10000, NULL, NULL);

  g_assert_cmpuint (sets->len, ==, 0);
}

static void
test_history_other_exercise (void)
{
  g_autoptr(ScapulaDatabase) db = open_fixture ();
  g_autoptr(GArray) sets = NULL;
  gint64 session_id = -1;

  /* The pull-up's latest session is 3; its weight was not logged. */
  sets = query (db, "pull-up", 10000, &session_id, NULL);
  g_assert_cmpint (session_id, ==, 3);
  g_assert_cmpuint (sets->len, ==, 1);
  g_assert_cmpfloat_with_epsilon (SET (sets, 0)->weight_kg, 0.0, 1e-12);
  g_assert_cmpuint (SET (sets, 0)->reps, ==, 7);
}

static void
test_history_sides_and_holds (void)
{
  g_autoptr(ScapulaDatabase) db = open_fixture ();
  g_autoptr(GArray) row = query (db, "one-arm-dumbbell-row", 10000, NULL, NULL);
  g_autoptr(GArray) grip = query (db, "static-grip-hold", 10000, NULL, NULL);
  g_autoptr(GArray) stretch = query (db, "side-stretch", 10000, NULL, NULL);

  g_assert_cmpuint (row->len, ==, 2);
  g_assert_cmpint (SET (row, 0)->side, ==, SCAPULA_SIDE_LEFT);
  g_assert_cmpuint (SET (row, 0)->reps, ==, 12);
  g_assert_cmpint (SET (row, 1)->side, ==, SCAPULA_SIDE_RIGHT);
  g_assert_cmpuint (SET (row, 1)->reps, ==, 11);

  g_assert_cmpuint (grip->len, ==, 1);
  g_assert_cmpfloat_with_epsilon (SET (grip, 0)->weight_kg, 30.0, 1e-9);
  g_assert_cmpuint (SET (grip, 0)->reps, ==, 0);
  g_assert_cmpuint (SET (grip, 0)->seconds, ==, 45);

  g_assert_cmpuint (stretch->len, ==, 1);
  g_assert_cmpfloat_with_epsilon (SET (stretch, 0)->weight_kg, 0.0, 1e-12);
  g_assert_cmpuint (SET (stretch, 0)->seconds, ==, 30);
  g_assert_cmpint (SET (stretch, 0)->side, ==, SCAPULA_SIDE_LEFT);
}

/* The result feeds scapula_target_compute() as it is. */
static void
test_history_feeds_progression (void)
{
  g_autoptr(ScapulaDatabase) db = open_fixture ();
  g_autoptr(GArray) sets = query (db, "seal-row", 10000, NULL, NULL);
  ScapulaPrescription p = { 3, 6, 12, 0, 120, 2, FALSE, SCAPULA_PROGRESSION_DOUBLE };
  ScapulaTarget target;

  scapula_target_compute (&p, SCAPULA_EQUIPMENT_BARBELL | SCAPULA_EQUIPMENT_BENCH,
                          SCAPULA_WEIGHT_UNIT_KG,
                          (const ScapulaSetRecord *) sets->data, sets->len, &target);

  /* 8, 7 and 6 reps at 42.5 kg: one more than the 6. */
  g_assert_cmpint (target.reason, ==, SCAPULA_TARGET_REASON_MORE_REPS);
  g_assert_cmpuint (target.sets, ==, 3);
  g_assert_cmpuint (target.reps_min, ==, 7);
  g_assert_cmpfloat_with_epsilon (target.weight_kg, 42.5, 1e-9);
}

static void
test_history_query_plan (void)
{
  g_autoptr(ScapulaDatabase) db = open_fixture ();
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *sql = g_strconcat ("EXPLAIN QUERY PLAN ", _scapula_history_get_last_work_sets_sql (), NULL);
  gboolean uses_exercise_index = FALSE;
  gboolean uses_session_index = FALSE;
  guint n_rows = 0;

  stmt = scapula_database_prepare (db, sql, &error);
  g_assert_no_error (error);
  sqlite3_bind_text (stmt, 1, "seal-row", -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, 10000);

  for (;;)
    {
      gboolean has_row = FALSE;
      const char *detail;

      scapula_database_step (db, stmt, &has_row, &error);
      g_assert_no_error (error);
      if (!has_row)
        break;

      n_rows++;
      detail = (const char *) sqlite3_column_text (stmt, 3);
      g_test_message ("Plan: %s", detail);

      /* No step reads a whole table, and none sorts in a temporary b-tree. */
      if (g_str_has_prefix (detail, "SCAN "))
        g_assert_nonnull (strstr (detail, "USING"));
      g_assert_null (strstr (detail, "TEMP B-TREE"));

      if (strstr (detail, "INDEX logged_set_exercise_time") != NULL)
        uses_exercise_index = TRUE;
      if (strstr (detail, "INDEX logged_set_session") != NULL)
        uses_session_index = TRUE;
    }

  g_assert_cmpuint (n_rows, >, 0);
  /* The last session is found through the exercise's sets over time, and
   * its sets are read in order through the session's. */
  g_assert_true (uses_exercise_index);
  g_assert_true (uses_session_index);
}

static void
test_history_closed (void)
{
  g_autoptr(ScapulaDatabase) db = open_fixture ();
  g_autoptr(GError) error = NULL;
  GArray *sets;

  scapula_database_close (db);
  sets = scapula_history_get_last_work_sets (db, "seal-row", 10000, NULL, NULL, &error);
  g_assert_null (sets);
  g_assert_error (error, SCAPULA_DATABASE_ERROR, SCAPULA_DATABASE_ERROR_FAILED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/history/latest-session", test_history_latest_session);
  g_test_add_func ("/history/before", test_history_before);
  g_test_add_func ("/history/unknown-exercise", test_history_unknown_exercise);
  g_test_add_func ("/history/other-exercise", test_history_other_exercise);
  g_test_add_func ("/history/sides-and-holds", test_history_sides_and_holds);
  g_test_add_func ("/history/feeds-progression", test_history_feeds_progression);
  g_test_add_func ("/history/query-plan", test_history_query_plan);
  g_test_add_func ("/history/closed", test_history_closed);

  return g_test_run ();
}
