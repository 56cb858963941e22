/* test-database.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "scapula-database-private.h"
#include "scapula-session-store.h"

/* G_TEST_OPTION_ISOLATE_DIRS gives every test its own XDG dirs under a
 * temporary folder, so these paths never touch the real data. */
static char *
test_path (const char *name)
{
  return g_build_filename (g_get_user_data_dir (), "scapula-test", name, NULL);
}

static ScapulaDatabase *
open_memory (void)
{
  g_autoptr(GError) error = NULL;
  ScapulaDatabase *db = scapula_database_open (NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (db);
  return db;
}

static char *
query_text (ScapulaDatabase *db,
            const char      *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = scapula_database_prepare (db, sql, &error);
  gboolean has_row = FALSE;

  g_assert_no_error (error);
  scapula_database_step (db, stmt, &has_row, &error);
  g_assert_no_error (error);
  g_assert_true (has_row);
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

static gint64
query_int64 (ScapulaDatabase *db,
             const char      *sql)
{
  g_autofree char *text = query_text (db, sql);

  return g_ascii_strtoll (text, NULL, 10);
}

/* Runs one INSERT or other statement with text parameters ("NULL" binds
 * SQL NULL) and returns the error, if any. */
static GError *
run (ScapulaDatabase *db,
     const char      *sql,
     ...)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GError *error = NULL;
  va_list args;
  int index = 1;

  stmt = scapula_database_prepare (db, sql, &error);
  g_assert_no_error (error);

  va_start (args, sql);
  for (const char *value = va_arg (args, const char *); value != NULL; value = va_arg (args, const char *))
    {
      if (g_strcmp0 (value, "NULL") == 0)
        sqlite3_bind_null (stmt, index++);
      else if (g_ascii_string_to_signed (value, 10, G_MININT64, G_MAXINT64, NULL, NULL))
        sqlite3_bind_int64 (stmt, index++, g_ascii_strtoll (value, NULL, 10));
      else if (g_regex_match_simple ("^-?[0-9]+\\.[0-9]+$", value, 0, 0))
        sqlite3_bind_double (stmt, index++, g_ascii_strtod (value, NULL));
      else
        sqlite3_bind_text (stmt, index++, value, -1, SQLITE_TRANSIENT);
    }
  va_end (args);

  scapula_database_step (db, stmt, NULL, &error);
  return error;
}

#define RUN_OK(db, ...) G_STMT_START {                 \
    g_autoptr(GError) _e = run (db, __VA_ARGS__, NULL); \
    g_assert_no_error (_e);                             \
  } G_STMT_END

static void
test_database_create (void)
{
  g_autofree char *path = test_path ("create/scapula.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(ScapulaDatabase) db = NULL;
  g_autofree char *journal = NULL;
  static const char *tables[] = {
    "custom_exercise", "custom_exercise_muscle", "plan", "plan_day", "plan_item",
    "session", "logged_set", "pain_checkin", "session_state", "session_exercise",
  };

  /* The folder does not exist yet: opening creates it and the file. */
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  db = scapula_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  g_assert_cmpint (scapula_database_get_schema_version (db), ==, SCAPULA_DATABASE_SCHEMA_VERSION);
  g_assert_cmpint (scapula_database_get_schema_version (db), ==, 4);
  journal = query_text (db, "PRAGMA journal_mode");
  g_assert_cmpstr (journal, ==, "wal");
  g_assert_cmpint (query_int64 (db, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (query_int64 (db, "PRAGMA synchronous"), ==, 2); /* FULL */

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autoptr(sqlite3_stmt) stmt =
        scapula_database_prepare (db, "SELECT strict FROM pragma_table_list WHERE name = ?", &error);
      gboolean has_row = FALSE;

      sqlite3_bind_text (stmt, 1, tables[i], -1, SQLITE_STATIC);
      scapula_database_step (db, stmt, &has_row, &error);
      g_assert_no_error (error);
      g_assert_true (has_row);
      g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
    }
}

static void
test_database_default_path (void)
{
  g_autofree char *path = scapula_database_get_default_path ();
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (),
                                                "io.github.scapula.Scapula", "scapula.db", NULL);

  g_assert_cmpstr (path, ==, expected);
}

static void
test_database_migrate_empty_file (void)
{
  g_autofree char *path = test_path ("empty.db");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScapulaDatabase) db = NULL;

  /* An empty file is a valid SQLite database at user_version 0. */
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_file_set_contents (path, "", 0, &error);
  g_assert_no_error (error);

  db = scapula_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (scapula_database_get_schema_version (db), ==, 4);
  RUN_OK (db, "INSERT INTO session (started_at) VALUES (?)", "1700000000");
  g_clear_object (&db);

  /* Opening again migrates nothing and keeps the data. */
  db = scapula_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (scapula_database_get_schema_version (db), ==, 4);
  g_assert_cmpint (query_int64 (db, "SELECT count(*) FROM session"), ==, 1);
}

static void
test_database_migrate_from_v1 (void)
{
  g_autofree char *path = test_path ("v1.db");
  g_autofree char *level = NULL;
  g_autofree char *role = NULL;
  g_autoptr(GError) bad_role = NULL;
  g_autoptr(GError) bad_level = NULL;
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScapulaDatabase) db = NULL;
  sqlite3 *raw = NULL;

  /* A file exactly as version 1 wrote it, with a plan in it. */
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_cmpint (sqlite3_open (path, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, _scapula_migrations[0], NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw,
                                 "PRAGMA user_version = 1;"
                                 "INSERT INTO plan (name, start_date, created_at) VALUES ('Old', '2026-01-05', 1);"
                                 "INSERT INTO plan_day (plan_id, weekday) VALUES (1, 1);"
                                 "INSERT INTO plan_item (day_id, position, exercise, sets, reps_min, reps_max, rest_seconds)"
                                 " VALUES (1, 0, 'seal-row', 3, 8, 12, 90);",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);

  db = scapula_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (scapula_database_get_schema_version (db), ==, 4);
  g_assert_cmpint (query_int64 (db, "SELECT count(*) FROM plan_item"), ==, 1);
  /* Version 3's table for sessions under way is there, empty, and so is
   * version 4's summary of the (no) sets. */
  g_assert_cmpint (query_int64 (db, "SELECT count(*) FROM session_state"), ==, 0);
  g_assert_cmpint (query_int64 (db, "SELECT count(*) FROM session_exercise"), ==, 0);
  level = query_text (db, "SELECT level FROM plan");
  role = query_text (db, "SELECT role FROM plan_item");
  g_assert_cmpstr (level, ==, "beginner");
  g_assert_cmpstr (role, ==, "none");

  bad_role = run (db, "UPDATE plan_item SET role = 'guess'", NULL);
  g_assert_error (bad_role, SCAPULA_DATABASE_ERROR, SCAPULA_DATABASE_ERROR_CONSTRAINT);
  bad_level = run (db, "UPDATE plan SET level = 'expert'", NULL);
  g_assert_error (bad_level, SCAPULA_DATABASE_ERROR, SCAPULA_DATABASE_ERROR_CONSTRAINT);
}

static void
test_database_round_trip (void)
{
  g_autofree char *path = test_path ("round-trip.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(ScapulaDatabase) db = scapula_database_open (path, &error);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;
  gint64 plan, day, session;

  g_assert_no_error (error);

  RUN_OK (db, "INSERT INTO custom_exercise (slug, name, kind, pattern, equipment, laterality, notes, created_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          "user-towel-row", "Towel row", "strength", "horizontal-row", "0", "unilateral", "Door anchor", "1700000000");
  RUN_OK (db, "INSERT INTO custom_exercise_muscle (exercise_id, muscle, role) VALUES (?, ?, ?)",
          "1", "rhomboid-major", "primary");
  RUN_OK (db, "INSERT INTO plan (name, start_date, block_weeks, is_active, created_at) VALUES (?, ?, ?, ?, ?)",
          "Block A", "2026-11-16", "6", "1", "1700000000");
  plan = scapula_database_last_insert_id (db);
  RUN_OK (db, "INSERT INTO plan_day (plan_id, weekday, is_training) VALUES (?, ?, ?)",
          "1", "1", "1");
  day = scapula_database_last_insert_id (db);
  RUN_OK (db, "INSERT INTO plan_item (day_id, position, exercise, sets, reps_min, reps_max, rest_seconds, "
              "warmup_sets, per_side, progression, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          "1", "0", "seal-row", "3", "8", "12", "90", "2", "0", "double", "Pause at the top");
  RUN_OK (db, "INSERT INTO plan_item (day_id, position, exercise, sets, hold_seconds, rest_seconds) "
              "VALUES (?, ?, ?, ?, ?, ?)",
          "1", "1", "childs-pose", "2", "30", "0");
  RUN_OK (db, "INSERT INTO session (plan_day_id, started_at, ended_at, origin, notes) VALUES (?, ?, ?, ?, ?)",
          "1", "1700000000", "1700003600", "app", "Felt strong");
  session = scapula_database_last_insert_id (db);
  RUN_OK (db, "INSERT INTO logged_set (session_id, position, exercise, kind, side, weight_kg, reps, rpe, logged_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
          "1", "0", "one-arm-dumbbell-row", "work", "left", "22.5", "10", "8.5", "1700000100");
  RUN_OK (db, "INSERT INTO logged_set (session_id, position, exercise, kind, side, seconds, logged_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?)",
          "1", "1", "childs-pose", "work", "both", "30", "1700000200");
  RUN_OK (db, "INSERT INTO pain_checkin (session_id, exercise, pain, numbness, note, logged_at) "
              "VALUES (?, ?, ?, ?, ?, ?)",
          "1", "one-arm-dumbbell-row", "2", "0", "Mild ache", "1700000300");

  g_assert_cmpint (plan, ==, 1);
  g_assert_cmpint (day, ==, 1);
  g_assert_cmpint (session, ==, 1);

  /* Read every table back, value by value. */
  stmt = scapula_database_prepare (db,
    "SELECT ce.slug, ce.name, ce.laterality, ce.notes, m.muscle, m.role "
    "FROM custom_exercise ce JOIN custom_exercise_muscle m ON m.exercise_id = ce.id", &error);
  g_assert_true (scapula_database_step (db, stmt, &has_row, &error) && has_row);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "user-towel-row");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 1), ==, "Towel row");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 2), ==, "unilateral");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 3), ==, "Door anchor");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 4), ==, "rhomboid-major");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 5), ==, "primary");
  g_clear_pointer (&stmt, sqlite3_finalize);

  stmt = scapula_database_prepare (db,
    "SELECT p.name, p.start_date, p.block_weeks, p.is_active, d.weekday, d.is_training, "
    "       i.exercise, i.sets, i.reps_min, i.reps_max, i.rest_seconds, i.warmup_sets, i.progression, i.notes "
    "FROM plan p JOIN plan_day d ON d.plan_id = p.id JOIN plan_item i ON i.day_id = d.id "
    "ORDER BY i.position", &error);
  g_assert_true (scapula_database_step (db, stmt, &has_row, &error) && has_row);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "Block A");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 1), ==, "2026-11-16");
  g_assert_cmpint (sqlite3_column_int (stmt, 2), ==, 6);
  g_assert_cmpint (sqlite3_column_int (stmt, 3), ==, 1);
  g_assert_cmpint (sqlite3_column_int (stmt, 4), ==, 1);
  g_assert_cmpint (sqlite3_column_int (stmt, 5), ==, 1);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 6), ==, "seal-row");
  g_assert_cmpint (sqlite3_column_int (stmt, 7), ==, 3);
  g_assert_cmpint (sqlite3_column_int (stmt, 8), ==, 8);
  g_assert_cmpint (sqlite3_column_int (stmt, 9), ==, 12);
  g_assert_cmpint (sqlite3_column_int (stmt, 10), ==, 90);
  g_assert_cmpint (sqlite3_column_int (stmt, 11), ==, 2);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 12), ==, "double");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 13), ==, "Pause at the top");
  g_assert_true (scapula_database_step (db, stmt, &has_row, &error) && has_row);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 6), ==, "childs-pose");
  g_assert_cmpint (sqlite3_column_type (stmt, 8), ==, SQLITE_NULL);
  g_clear_pointer (&stmt, sqlite3_finalize);

  stmt = scapula_database_prepare (db,
    "SELECT s.started_at, s.ended_at, s.origin, s.notes, l.exercise, l.kind, l.side, "
    "       l.weight_kg, l.reps, l.rpe, l.logged_at, l.seconds "
    "FROM session s JOIN logged_set l ON l.session_id = s.id ORDER BY l.position", &error);
  g_assert_true (scapula_database_step (db, stmt, &has_row, &error) && has_row);
  g_assert_cmpint (sqlite3_column_int64 (stmt, 0), ==, 1700000000);
  g_assert_cmpint (sqlite3_column_int64 (stmt, 1), ==, 1700003600);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 2), ==, "app");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 3), ==, "Felt strong");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 4), ==, "one-arm-dumbbell-row");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 5), ==, "work");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 6), ==, "left");
  g_assert_cmpfloat (sqlite3_column_double (stmt, 7), ==, 22.5);
  g_assert_cmpint (sqlite3_column_int (stmt, 8), ==, 10);
  g_assert_cmpfloat (sqlite3_column_double (stmt, 9), ==, 8.5);
  g_assert_cmpint (sqlite3_column_int64 (stmt, 10), ==, 1700000100);
  g_assert_true (scapula_database_step (db, stmt, &has_row, &error) && has_row);
  g_assert_cmpint (sqlite3_column_int (stmt, 11), ==, 30);
  g_assert_cmpint (sqlite3_column_type (stmt, 7), ==, SQLITE_NULL);
  g_clear_pointer (&stmt, sqlite3_finalize);

  stmt = scapula_database_prepare (db, "SELECT exercise, pain, numbness, note, logged_at FROM pain_checkin", &error);
  g_assert_true (scapula_database_step (db, stmt, &has_row, &error) && has_row);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "one-arm-dumbbell-row");
  g_assert_cmpint (sqlite3_column_int (stmt, 1), ==, 2);
  g_assert_cmpint (sqlite3_column_int (stmt, 2), ==, 0);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 3), ==, "Mild ache");
  g_assert_cmpint (sqlite3_column_int64 (stmt, 4), ==, 1700000300);
  g_clear_pointer (&stmt, sqlite3_finalize);
  g_assert_no_error (error);

  /* The data survives closing and opening the file again. */
  g_clear_object (&db);
  db = scapula_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (query_int64 (db, "SELECT count(*) FROM logged_set"), ==, 2);

  /* Deleting a session takes its sets and check-ins with it; deleting a plan
   * keeps the history but forgets which day it followed. */
  RUN_OK (db, "DELETE FROM plan WHERE id = ?", "1");
  g_assert_cmpint (query_int64 (db, "SELECT count(*) FROM plan_item"), ==, 0);
  g_assert_cmpint (query_int64 (db, "SELECT count(*) FROM session WHERE plan_day_id IS NULL"), ==, 1);
  RUN_OK (db, "DELETE FROM session WHERE id = ?", "1");
  g_assert_cmpint (query_int64 (db, "SELECT count(*) FROM logged_set"), ==, 0);
  g_assert_cmpint (query_int64 (db, "SELECT count(*) FROM pain_checkin"), ==, 0);
}

/* Each bad value is refused by the schema with a CONSTRAINT GError. */
static void
test_database_constraints (void)
{
  g_autoptr(ScapulaDatabase) db = open_memory ();
  static const struct { const char *what, *sql, *a, *b, *c; } cases[] = {
    { "negative weight", "INSERT INTO logged_set (session_id, position, exercise, weight_kg, reps, logged_at) VALUES (1, 0, 'seal-row', ?, ?, 1700000000)", "-5", "8", NULL },
    { "weight over 500 kg", "INSERT INTO logged_set (session_id, position, exercise, weight_kg, reps, logged_at) VALUES (1, 0, 'seal-row', ?, ?, 1700000000)", "500.5", "8", NULL },
    { "10,000 reps", "INSERT INTO logged_set (session_id, position, exercise, weight_kg, reps, logged_at) VALUES (1, 0, 'seal-row', ?, ?, 1700000000)", "40", "10000", NULL },
    { "RPE 14", "INSERT INTO logged_set (session_id, position, exercise, reps, rpe, logged_at) VALUES (1, 0, 'seal-row', ?, ?, 1700000000)", "8", "14", NULL },
    { "RPE 7.3", "INSERT INTO logged_set (session_id, position, exercise, reps, rpe, logged_at) VALUES (1, 0, 'seal-row', ?, ?, 1700000000)", "8", "7.3", NULL },
    { "set with neither reps nor seconds", "INSERT INTO logged_set (session_id, position, exercise, weight_kg, logged_at) VALUES (1, 0, 'seal-row', ?, 1700000000)", "40", NULL, NULL },
    { "unknown side", "INSERT INTO logged_set (session_id, position, exercise, reps, side, logged_at) VALUES (1, 0, 'seal-row', ?, ?, 1700000000)", "8", "middle", NULL },
    { "unknown set kind", "INSERT INTO logged_set (session_id, position, exercise, reps, kind, logged_at) VALUES (1, 0, 'seal-row', ?, ?, 1700000000)", "8", "heroic", NULL },
    { "set of a missing session", "INSERT INTO logged_set (session_id, position, exercise, reps, logged_at) VALUES (?, 0, 'seal-row', 8, 1700000000)", "42", NULL, NULL },
    { "text in a number column", "INSERT INTO logged_set (session_id, position, exercise, reps, logged_at) VALUES (1, 0, 'seal-row', ?, 1700000000)", "many", NULL, NULL },
    { "pain 11", "INSERT INTO pain_checkin (session_id, pain, logged_at) VALUES (1, ?, 1700000000)", "11", NULL, NULL },
    { "negative pain", "INSERT INTO pain_checkin (session_id, pain, logged_at) VALUES (1, ?, 1700000000)", "-1", NULL, NULL },
    { "session ending before it starts", "INSERT INTO session (started_at, ended_at) VALUES (?, ?)", "1700000000", "1600000000", NULL },
    { "invalid start date", "INSERT INTO plan (name, start_date, created_at) VALUES ('P', ?, 1700000000)", "2026-13-40", NULL, NULL },
    { "empty plan name", "INSERT INTO plan (name, start_date, created_at) VALUES (?, '2026-11-16', 1700000000)", "   ", NULL, NULL },
    { "second active plan", "INSERT INTO plan (name, start_date, is_active, created_at) VALUES ('B', '2026-11-16', ?, 1700000000)", "1", NULL, NULL },
    { "weekday 8", "INSERT INTO plan_day (plan_id, weekday) VALUES (1, ?)", "8", NULL, NULL },
    { "same weekday twice", "INSERT INTO plan_day (plan_id, weekday) VALUES (1, ?)", "1", NULL, NULL },
    { "11 sets", "INSERT INTO plan_item (day_id, position, exercise, sets, reps_min, reps_max, rest_seconds) VALUES (1, 0, 'seal-row', ?, 8, 12, 90)", "11", NULL, NULL },
    { "reps min above max", "INSERT INTO plan_item (day_id, position, exercise, sets, reps_min, reps_max, rest_seconds) VALUES (1, 0, 'seal-row', 3, ?, ?, 90)", "12", "8", NULL },
    { "reps and hold together", "INSERT INTO plan_item (day_id, position, exercise, sets, reps_min, reps_max, hold_seconds, rest_seconds) VALUES (1, 0, 'seal-row', 3, 8, 12, ?, 90)", "30", NULL, NULL },
    { "neither reps nor hold", "INSERT INTO plan_item (day_id, position, exercise, sets, rest_seconds) VALUES (1, 0, 'seal-row', 3, ?)", "90", NULL, NULL },
    { "hold of 400 s", "INSERT INTO plan_item (day_id, position, exercise, sets, hold_seconds, rest_seconds) VALUES (1, 0, 'childs-pose', 2, ?, 0)", "400", NULL, NULL },
    { "rest of 700 s", "INSERT INTO plan_item (day_id, position, exercise, sets, reps_min, reps_max, rest_seconds) VALUES (1, 0, 'seal-row', 3, 8, 12, ?)", "700", NULL, NULL },
    { "custom slug outside user-", "INSERT INTO custom_exercise (slug, name, created_at) VALUES (?, 'Mine', 1700000000)", "seal-row", NULL, NULL },
    { "duplicate import key", "INSERT INTO session (started_at, import_key) VALUES (1700000000, ?)", "strong:1", NULL, NULL },
  };

  RUN_OK (db, "INSERT INTO session (started_at, import_key) VALUES (?, ?)", "1700000000", "strong:1");
  RUN_OK (db, "INSERT INTO plan (name, start_date, is_active, created_at) VALUES ('A', '2026-11-16', ?, 1700000000)", "1");
  RUN_OK (db, "INSERT INTO plan_day (plan_id, weekday) VALUES (1, ?)", "1");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = run (db, cases[i].sql, cases[i].a, cases[i].b, cases[i].c, NULL);

      g_test_message ("case: %s", cases[i].what);
      g_assert_error (error, SCAPULA_DATABASE_ERROR, SCAPULA_DATABASE_ERROR_CONSTRAINT);
      g_assert_cmpstr (error->message, !=, "");
    }

  /* Nothing of the refused rows was stored. */
  g_assert_cmpint (query_int64 (db, "SELECT count(*) FROM logged_set"), ==, 0);
  g_assert_cmpint (query_int64 (db, "SELECT count(*) FROM plan"), ==, 1);

  /* The edges that are allowed. */
  RUN_OK (db, "INSERT INTO logged_set (session_id, position, exercise, weight_kg, reps, rpe, logged_at) "
              "VALUES (1, 0, 'seal-row', ?, ?, ?, 1700000000)", "500", "100", "10");
  RUN_OK (db, "INSERT INTO logged_set (session_id, position, exercise, weight_kg, reps, rpe, logged_at) "
              "VALUES (1, 1, 'pull-up', ?, ?, ?, 1700000000)", "0", "0", "1");
}

static void
test_database_transaction (void)
{
  g_autoptr(ScapulaDatabase) db = open_memory ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) insert_error = NULL;

  g_assert_true (scapula_database_begin (db, &error));
  RUN_OK (db, "INSERT INTO session (started_at) VALUES (?)", "1700000000");
  insert_error = run (db, "INSERT INTO logged_set (session_id, position, exercise, reps, logged_at) "
                          "VALUES (1, 0, 'seal-row', ?, 1700000000)", "-1", NULL);
  g_assert_error (insert_error, SCAPULA_DATABASE_ERROR, SCAPULA_DATABASE_ERROR_CONSTRAINT);
  scapula_database_rollback (db);

  /* The rollback took the session back too: all or nothing. */
  g_assert_cmpint (query_int64 (db, "SELECT count(*) FROM session"), ==, 0);

  g_assert_true (scapula_database_begin (db, &error));
  RUN_OK (db, "INSERT INTO session (started_at) VALUES (?)", "1700000000");
  g_assert_true (scapula_database_commit (db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int64 (db, "SELECT count(*) FROM session"), ==, 1);
}

static void
test_database_too_new (void)
{
  g_autofree char *path = test_path ("too-new.db");
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_len, after_len;
  g_autoptr(GError) error = NULL;
  g_autoptr(ScapulaDatabase) db = NULL;
  sqlite3 *raw = NULL;

  /* A database as a future Scapula might leave it: rollback journal, a
   * table we don't know, user_version 99. */
  db = scapula_database_open (path, &error);
  g_assert_no_error (error);
  g_clear_object (&db);
  g_assert_cmpint (sqlite3_open (path, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, "PRAGMA journal_mode = DELETE; CREATE TABLE future (x); "
                                      "PRAGMA user_version = 99", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));

  g_file_get_contents (path, &before, &before_len, &error);
  g_assert_no_error (error);

  db = scapula_database_open (path, &error);
  g_assert_null (db);
  g_assert_error (error, SCAPULA_DATABASE_ERROR, SCAPULA_DATABASE_ERROR_TOO_NEW);
  g_assert_nonnull (strstr (error->message, "newer version"));
  g_assert_nonnull (strstr (error->message, "99"));

  /* Not one byte changed, and no WAL file was started beside it. */
  g_file_get_contents (path, &after, &after_len, NULL);
  g_assert_cmpmem (before, before_len, after, after_len);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_database_unwritable (void)
{
  g_autofree char *blocker = test_path ("not-a-folder");
  g_autofree char *dir = g_path_get_dirname (blocker);
  g_autofree char *path = g_build_filename (blocker, "scapula.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScapulaDatabase) db = NULL;

  /* A regular file where the folder should be: no permission trick, so the
   * test holds even when run as root. */
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_file_set_contents (blocker, "x", 1, &error);
  g_assert_no_error (error);

  db = scapula_database_open (path, &error);
  g_assert_null (db);
  g_assert_error (error, SCAPULA_DATABASE_ERROR, SCAPULA_DATABASE_ERROR_OPEN);
  g_assert_nonnull (strstr (error->message, "not-a-folder"));
  g_clear_error (&error);

  /* A folder where the file should be. */
  db = scapula_database_open (dir, &error);
  g_assert_null (db);
  g_assert_error (error, SCAPULA_DATABASE_ERROR, SCAPULA_DATABASE_ERROR_OPEN);
}

static void
test_database_corrupt (void)
{
  g_autofree char *path = test_path ("corrupt.db");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ScapulaDatabase) db = NULL;
  static const char garbage[] = "This is a text file, not a database. It is long enough to have a header.";

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_file_set_contents (path, garbage, -1, &error);
  g_assert_no_error (error);

  db = scapula_database_open (path, &error);
  g_assert_null (db);
  g_assert_error (error, SCAPULA_DATABASE_ERROR, SCAPULA_DATABASE_ERROR_CORRUPT);

  /* The damaged file is left as it was. */
  g_file_get_contents (path, &after, NULL, NULL);
  g_assert_cmpstr (after, ==, garbage);
}

static void
test_database_close (void)
{
  g_autofree char *path = test_path ("close.db");
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScapulaDatabase) db = scapula_database_open (path, &error);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_assert_no_error (error);
  RUN_OK (db, "INSERT INTO session (started_at) VALUES (?)", "1700000000");
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));

  /* Closing folds the WAL into the file, even while the object lives on. */
  scapula_database_close (db);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));

  /* A closed database says so instead of crashing. */
  stmt = scapula_database_prepare (db, "SELECT 1", &error);
  g_assert_null (stmt);
  g_assert_error (error, SCAPULA_DATABASE_ERROR, SCAPULA_DATABASE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_false (scapula_database_exec (db, "SELECT 1", &error));
  g_assert_error (error, SCAPULA_DATABASE_ERROR, SCAPULA_DATABASE_ERROR_FAILED);
  g_clear_error (&error);
  scapula_database_rollback (db);
  g_clear_object (&db);

  db = scapula_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (query_int64 (db, "SELECT count(*) FROM session"), ==, 1);
}

/* session_exercise as text, one "session exercise both/left/right" per
 * row in key order, so a test can compare it whole. */
static char *
dump_summary (ScapulaDatabase *db)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  stmt = scapula_database_prepare (db,
                                   "SELECT session_id, exercise, both_sets, left_sets, right_sets"
                                   "  FROM session_exercise ORDER BY session_id, exercise",
                                   &error);
  g_assert_no_error (error);

  for (;;)
    {
      gboolean has_row = FALSE;

      scapula_database_step (db, stmt, &has_row, &error);
      g_assert_no_error (error);
      if (!has_row)
        break;

      g_string_append_printf (text, "%s%" G_GINT64_FORMAT " %s %d/%d/%d", text->len > 0 ? "; " : "",
                              (gint64) sqlite3_column_int64 (stmt, 0),
                              (const char *) sqlite3_column_text (stmt, 1),
                              sqlite3_column_int (stmt, 2), sqlite3_column_int (stmt, 3),
                              sqlite3_column_int (stmt, 4));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The summary against a count of logged_set made from scratch: rows in
 * one and not the other, both ways. */
static void
assert_summary_matches_sets (ScapulaDatabase *db)
{
  g_assert_cmpint (query_int64 (db,
                                "SELECT count(*) FROM ("
                                "  SELECT session_id, exercise, sum (side = 'both'), sum (side = 'left'),"
                                "         sum (side = 'right')"
                                "    FROM logged_set WHERE kind IN ('work', 'failure')"
                                "   GROUP BY session_id, exercise"
                                "  EXCEPT"
                                "  SELECT session_id, exercise, both_sets, left_sets, right_sets"
                                "    FROM session_exercise)"),
                   ==, 0);
  g_assert_cmpint (query_int64 (db,
                                "SELECT count(*) FROM ("
                                "  SELECT session_id, exercise, both_sets, left_sets, right_sets"
                                "    FROM session_exercise"
                                "  EXCEPT"
                                "  SELECT session_id, exercise, sum (side = 'both'), sum (side = 'left'),"
                                "         sum (side = 'right')"
                                "    FROM logged_set WHERE kind IN ('work', 'failure')"
                                "   GROUP BY session_id, exercise)"),
                   ==, 0);
}

/* Version 3 sets as the app and an import logged them: every kind and
 * side, two sessions, and a session that logged warm-ups only. */
static const char v3_sets_sql[] =
  "INSERT INTO session (id, started_at, ended_at) VALUES"
  "  (1, 1767636000, 1767639600), (2, 1767808800, 1767812400), (3, 1768240800, NULL);"
  "INSERT INTO logged_set (session_id, position, exercise, kind, side, weight_kg, reps, seconds, logged_at) VALUES"
  "  (1, 0, 'seal-row', 'warmup', 'both', 20.0, 10, NULL, 1767636060),"
  "  (1, 1, 'seal-row', 'work', 'both', 40.0, 10, NULL, 1767636120),"
  "  (1, 2, 'seal-row', 'failure', 'both', 40.0, 7, NULL, 1767636240),"
  "  (1, 3, 'seal-row', 'drop', 'both', 30.0, 12, NULL, 1767636300),"
  "  (1, 4, 'one-arm-dumbbell-row', 'work', 'left', 20.0, 12, NULL, 1767636400),"
  "  (1, 5, 'one-arm-dumbbell-row', 'work', 'right', 20.0, 10, NULL, 1767636440),"
  "  (1, 6, 'one-arm-dumbbell-row', 'work', 'left', 20.0, 12, NULL, 1767636560),"
  "  (1, 7, 'cat-cow', 'work', 'both', NULL, NULL, 30, 1767636900),"
  "  (2, 0, 'one-arm-dumbbell-row', 'failure', 'right', 22.5, 8, NULL, 1767809200),"
  "  (2, 1, 'static-grip-hold', 'work', 'both', 30.0, NULL, 40, 1767809600),"
  "  (3, 0, 'pull-up', 'warmup', 'both', NULL, 5, NULL, 1768240900);";

static void
test_database_migrate_from_v3 (void)
{
  g_autofree char *path = test_path ("v3.db");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *summary = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ScapulaDatabase) db = NULL;
  sqlite3 *raw = NULL;

  /* A file exactly as version 3 wrote it, with sets in it. */
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_cmpint (sqlite3_open (path, &raw), ==, SQLITE_OK);
  for (int v = 0; v < 3; v++)
    g_assert_cmpint (sqlite3_exec (raw, _scapula_migrations[v], NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, "PRAGMA foreign_keys = ON; PRAGMA user_version = 3;", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, v3_sets_sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);

  db = scapula_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (scapula_database_get_schema_version (db), ==, 4);
  g_assert_cmpint (query_int64 (db, "SELECT count(*) FROM logged_set"), ==, 11);

  /* Work and failure sets count, per side; warm-up and drop sets do not,
   * so session 3 has no row at all. */
  summary = dump_summary (db);
  g_assert_cmpstr (summary, ==,
                   "1 cat-cow 1/0/0; 1 one-arm-dumbbell-row 0/2/1; 1 seal-row 2/0/0; "
                   "2 one-arm-dumbbell-row 0/0/1; 2 static-grip-hold 1/0/0");
  assert_summary_matches_sets (db);

  /* The triggers came with it: a set logged after the upgrade counts. */
  RUN_OK (db, "INSERT INTO logged_set (session_id, position, exercise, kind, side, reps, logged_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?)",
          "3", "1", "pull-up", "work", "both", "6", "1768241000");
  g_clear_pointer (&summary, g_free);
  summary = dump_summary (db);
  g_assert_cmpstr (summary, ==,
                   "1 cat-cow 1/0/0; 1 one-arm-dumbbell-row 0/2/1; 1 seal-row 2/0/0; "
                   "2 one-arm-dumbbell-row 0/0/1; 2 static-grip-hold 1/0/0; 3 pull-up 1/0/0");

  /* Opening again migrates nothing and keeps the rows. */
  g_clear_object (&db);
  db = scapula_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (query_int64 (db, "SELECT count(*) FROM session_exercise"), ==, 6);
  assert_summary_matches_sets (db);
}

/* Every way a logged set changes keeps session_exercise exact. */
static void
test_database_summary_triggers (void)
{
  g_autoptr(ScapulaDatabase) db = open_memory ();
  g_autoptr(GError) error = NULL;
  static const struct {
    const char *what;
    const char *sql;
    const char *summary;
  } steps[] = {
    { "the fixture",
      NULL,
      "1 cat-cow 1/0/0; 1 one-arm-dumbbell-row 0/2/1; 1 seal-row 2/0/0; "
      "2 one-arm-dumbbell-row 0/0/1; 2 static-grip-hold 1/0/0" },
    { "a right set logged",
      "INSERT INTO logged_set (session_id, position, exercise, kind, side, weight_kg, reps, logged_at)"
      " VALUES (1, 8, 'one-arm-dumbbell-row', 'work', 'right', 20.0, 10, 1767636600)",
      "1 cat-cow 1/0/0; 1 one-arm-dumbbell-row 0/2/2; 1 seal-row 2/0/0; "
      "2 one-arm-dumbbell-row 0/0/1; 2 static-grip-hold 1/0/0" },
    { "a warm-up logged: no change",
      "INSERT INTO logged_set (session_id, position, exercise, kind, side, weight_kg, reps, logged_at)"
      " VALUES (2, 2, 'seal-row', 'warmup', 'both', 20.0, 10, 1767809700)",
      "1 cat-cow 1/0/0; 1 one-arm-dumbbell-row 0/2/2; 1 seal-row 2/0/0; "
      "2 one-arm-dumbbell-row 0/0/1; 2 static-grip-hold 1/0/0" },
    { "that warm-up made a work set",
      "UPDATE logged_set SET kind = 'work' WHERE session_id = 2 AND exercise = 'seal-row'",
      "1 cat-cow 1/0/0; 1 one-arm-dumbbell-row 0/2/2; 1 seal-row 2/0/0; "
      "2 one-arm-dumbbell-row 0/0/1; 2 seal-row 1/0/0; 2 static-grip-hold 1/0/0" },
    { "a failure set made a drop set",
      "UPDATE logged_set SET kind = 'drop' WHERE session_id = 1 AND position = 2",
      "1 cat-cow 1/0/0; 1 one-arm-dumbbell-row 0/2/2; 1 seal-row 1/0/0; "
      "2 one-arm-dumbbell-row 0/0/1; 2 seal-row 1/0/0; 2 static-grip-hold 1/0/0" },
    { "a left set corrected to right",
      "UPDATE logged_set SET side = 'right' WHERE session_id = 1 AND position = 6",
      "1 cat-cow 1/0/0; 1 one-arm-dumbbell-row 0/1/3; 1 seal-row 1/0/0; "
      "2 one-arm-dumbbell-row 0/0/1; 2 seal-row 1/0/0; 2 static-grip-hold 1/0/0" },
    { "reps corrected: no change",
      "UPDATE logged_set SET reps = 11, weight_kg = 21.0 WHERE session_id = 1 AND position = 4",
      "1 cat-cow 1/0/0; 1 one-arm-dumbbell-row 0/1/3; 1 seal-row 1/0/0; "
      "2 one-arm-dumbbell-row 0/0/1; 2 seal-row 1/0/0; 2 static-grip-hold 1/0/0" },
    { "the only set of an exercise renamed",
      "UPDATE logged_set SET exercise = 'farmers-carry' WHERE session_id = 2 AND exercise = 'static-grip-hold'",
      "1 cat-cow 1/0/0; 1 one-arm-dumbbell-row 0/1/3; 1 seal-row 1/0/0; "
      "2 farmers-carry 1/0/0; 2 one-arm-dumbbell-row 0/0/1; 2 seal-row 1/0/0" },
    { "a set moved to another session",
      "UPDATE logged_set SET session_id = 3 WHERE session_id = 1 AND exercise = 'cat-cow'",
      "1 one-arm-dumbbell-row 0/1/3; 1 seal-row 1/0/0; "
      "2 farmers-carry 1/0/0; 2 one-arm-dumbbell-row 0/0/1; 2 seal-row 1/0/0; 3 cat-cow 1/0/0" },
    { "one set of several deleted",
      "DELETE FROM logged_set WHERE session_id = 1 AND position = 5",
      "1 one-arm-dumbbell-row 0/1/2; 1 seal-row 1/0/0; "
      "2 farmers-carry 1/0/0; 2 one-arm-dumbbell-row 0/0/1; 2 seal-row 1/0/0; 3 cat-cow 1/0/0" },
    { "the last set of an exercise deleted",
      "DELETE FROM logged_set WHERE session_id = 2 AND exercise = 'one-arm-dumbbell-row'",
      "1 one-arm-dumbbell-row 0/1/2; 1 seal-row 1/0/0; "
      "2 farmers-carry 1/0/0; 2 seal-row 1/0/0; 3 cat-cow 1/0/0" },
    { "a drop set deleted: no change",
      "DELETE FROM logged_set WHERE session_id = 1 AND kind = 'drop'",
      "1 one-arm-dumbbell-row 0/1/2; 1 seal-row 1/0/0; "
      "2 farmers-carry 1/0/0; 2 seal-row 1/0/0; 3 cat-cow 1/0/0" },
    { "a session deleted: its sets go by cascade",
      "DELETE FROM session WHERE id = 2",
      "1 one-arm-dumbbell-row 0/1/2; 1 seal-row 1/0/0; 3 cat-cow 1/0/0" },
  };

  scapula_database_exec (db, v3_sets_sql, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_autofree char *summary = NULL;

      g_test_message ("step: %s", steps[i].what);
      if (steps[i].sql != NULL)
        {
          scapula_database_exec (db, steps[i].sql, &error);
          g_assert_no_error (error);
        }

      summary = dump_summary (db);
      g_assert_cmpstr (summary, ==, steps[i].summary);
      assert_summary_matches_sets (db);
    }

  /* A statement refused by the schema leaves no count behind: the
   * trigger already counted its first row, and that goes with the failed
   * statement. */
  g_assert_false (scapula_database_exec (db,
                                         "INSERT INTO logged_set (session_id, position, exercise, kind, reps,"
                                         " logged_at) VALUES (1, 9, 'seal-row', 'work', 8, 1767636700),"
                                         " (1, 10, 'seal-row', 'work', 500, 1767636760)",
                                         &error));
  g_assert_error (error, SCAPULA_DATABASE_ERROR, SCAPULA_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpint (query_int64 (db, "SELECT both_sets FROM session_exercise WHERE session_id = 1"
                                    " AND exercise = 'seal-row'"), ==, 1);

  /* A transaction rolled back takes its counts back too. */
  g_assert_true (scapula_database_begin (db, &error));
  RUN_OK (db, "INSERT INTO logged_set (session_id, position, exercise, kind, reps, logged_at) "
              "VALUES (?, ?, ?, ?, ?, ?)", "1", "10", "seal-row", "work", "8", "1767636800");
  g_assert_cmpint (query_int64 (db, "SELECT both_sets FROM session_exercise WHERE session_id = 1"
                                    " AND exercise = 'seal-row'"), ==, 2);
  scapula_database_rollback (db);
  g_assert_cmpint (query_int64 (db, "SELECT both_sets FROM session_exercise WHERE session_id = 1"
                                    " AND exercise = 'seal-row'"), ==, 1);

  /* Discarding a session, as the runner does, leaves nothing of it. */
  g_assert_true (scapula_session_store_discard (db, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int64 (db, "SELECT count(*) FROM session_exercise WHERE session_id = 1"), ==, 0);
  assert_summary_matches_sets (db);
}

static void
open_async_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  ScapulaDatabase **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = scapula_database_open_finish (result, &error);
  g_assert_no_error (error);
}

static void
test_database_open_async (void)
{
  g_autofree char *path = test_path ("async.db");
  g_autoptr(ScapulaDatabase) db = NULL;

  scapula_database_open_async (path, NULL, open_async_cb, &db);
  while (db == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpstr (scapula_database_get_path (db), ==, path);
  g_assert_cmpint (scapula_database_get_schema_version (db), ==, 4);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/database/create", test_database_create);
  g_test_add_func ("/database/default-path", test_database_default_path);
  g_test_add_func ("/database/migrate-empty-file", test_database_migrate_empty_file);
  g_test_add_func ("/database/migrate-from-v1", test_database_migrate_from_v1);
  g_test_add_func ("/database/migrate-from-v3", test_database_migrate_from_v3);
  g_test_add_func ("/database/summary-triggers", test_database_summary_triggers);
  g_test_add_func ("/database/round-trip", test_database_round_trip);
  g_test_add_func ("/database/constraints", test_database_constraints);
  g_test_add_func ("/database/transaction", test_database_transaction);
  g_test_add_func ("/database/too-new", test_database_too_new);
  g_test_add_func ("/database/unwritable", test_database_unwritable);
  g_test_add_func ("/database/corrupt", test_database_corrupt);
  g_test_add_func ("/database/open-async", test_database_open_async);
  g_test_add_func ("/database/close", test_database_close);

  return g_test_run ();
}
