/* test-plan-store.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "scapula-plan-store.h"

static char *
db_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "plans.db", NULL);
}

static ScapulaDatabase *
open_db (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = db_path ();
  ScapulaDatabase *db = scapula_database_open (path, &error);

  g_assert_no_error (error);
  return db;
}

static ScapulaPlanStore *
open_store (ScapulaDatabase *db)
{
  g_autoptr(GError) error = NULL;
  ScapulaPlanStore *store = scapula_plan_store_new (db, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

static gint64
query_int (ScapulaDatabase *db,
           const char      *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = scapula_database_prepare (db, sql, &error);
  gboolean has_row = FALSE;

  g_assert_no_error (error);
  scapula_database_step (db, stmt, &has_row, &error);
  g_assert_no_error (error);
  g_assert_true (has_row);
  return sqlite3_column_int64 (stmt, 0);
}

static ScapulaPlan *
build_plan (const char *name)
{
  g_autoptr(GDate) start = g_date_new_dmy (23, G_DATE_NOVEMBER, 2026);
  ScapulaPlan *plan = scapula_plan_new (name, start);
  ScapulaPrescription row = { .sets = 3, .reps_min = 8, .reps_max = 12, .rest_seconds = 90,
                              .warmup_sets = 2, .progression = SCAPULA_PROGRESSION_DOUBLE };
  ScapulaPrescription one_arm = { .sets = 2, .reps_min = 10, .reps_max = 15, .rest_seconds = 60,
                                  .warmup_sets = 1, .per_side = TRUE,
                                  .progression = SCAPULA_PROGRESSION_LINEAR };
  ScapulaPrescription stretch = { .sets = 2, .hold_seconds = 30, .rest_seconds = 15,
                                  .progression = SCAPULA_PROGRESSION_NONE };
  g_autoptr(ScapulaPlanItem) a = scapula_plan_item_new ("seal-row", &row);
  g_autoptr(ScapulaPlanItem) b = scapula_plan_item_new ("one-arm-dumbbell-row", &one_arm);
  g_autoptr(ScapulaPlanItem) c = scapula_plan_item_new ("childs-pose", &stretch);

  scapula_plan_set_level (plan, SCAPULA_LEVEL_INTERMEDIATE);
  scapula_plan_set_block_weeks (plan, 8);
  scapula_plan_item_set_role (a, SCAPULA_PLAN_ROLE_FOUNDATION_ROW);
  scapula_plan_item_set_notes (b, "Pause, then lower; «slowly», 2 s");
  scapula_plan_item_set_role (c, SCAPULA_PLAN_ROLE_COOL_DOWN);
  scapula_plan_day_set_training (scapula_plan_get_day (plan, 1), TRUE);
  scapula_plan_day_append (scapula_plan_get_day (plan, 1), a);
  scapula_plan_day_append (scapula_plan_get_day (plan, 1), b);
  scapula_plan_day_append (scapula_plan_get_day (plan, 1), c);
  scapula_plan_day_set_training (scapula_plan_get_day (plan, 4), TRUE);

  return plan;
}

static void
assert_same_plan (ScapulaPlan *a,
                  ScapulaPlan *b)
{
  g_assert_cmpint (scapula_plan_get_id (a), ==, scapula_plan_get_id (b));
  g_assert_cmpstr (scapula_plan_get_name (a), ==, scapula_plan_get_name (b));
  g_assert_cmpint (g_date_compare (scapula_plan_get_start_date (a), scapula_plan_get_start_date (b)), ==, 0);
  g_assert_cmpuint (scapula_plan_get_block_weeks (a), ==, scapula_plan_get_block_weeks (b));
  g_assert_cmpint (scapula_plan_get_level (a), ==, scapula_plan_get_level (b));
  g_assert_cmpint (scapula_plan_get_active (a), ==, scapula_plan_get_active (b));

  for (guint weekday = 1; weekday <= 7; weekday++)
    {
      ScapulaPlanDay *da = scapula_plan_get_day (a, weekday);
      ScapulaPlanDay *db = scapula_plan_get_day (b, weekday);

      g_assert_cmpint (scapula_plan_day_get_id (da), ==, scapula_plan_day_get_id (db));
      g_assert_cmpint (scapula_plan_day_get_training (da), ==, scapula_plan_day_get_training (db));
      g_assert_cmpuint (scapula_plan_day_get_n_items (da), ==, scapula_plan_day_get_n_items (db));

      for (guint i = 0; i < scapula_plan_day_get_n_items (da); i++)
        {
          ScapulaPlanItem *ia = scapula_plan_day_get_item (da, i);
          ScapulaPlanItem *ib = scapula_plan_day_get_item (db, i);
          const ScapulaPrescription *pa = scapula_plan_item_get_prescription (ia);
          const ScapulaPrescription *pb = scapula_plan_item_get_prescription (ib);

          g_assert_cmpstr (scapula_plan_item_get_exercise (ia), ==, scapula_plan_item_get_exercise (ib));
          g_assert_cmpstr (scapula_plan_item_get_notes (ia), ==, scapula_plan_item_get_notes (ib));
          g_assert_cmpint (scapula_plan_item_get_role (ia), ==, scapula_plan_item_get_role (ib));
          g_assert_cmpmem (pa, sizeof *pa, pb, sizeof *pb);
        }
    }
}

static void
test_round_trip (void)
{
  g_autoptr(ScapulaDatabase) db = open_db ();
  g_autoptr(ScapulaPlanStore) store = open_store (db);
  g_autoptr(ScapulaPlanStore) again = NULL;
  g_autoptr(ScapulaPlan) plan = build_plan ("Three days");
  g_autoptr(ScapulaPlan) loaded = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 0);
  g_assert_true (scapula_plan_store_add (store, plan, &error));
  g_assert_no_error (error);
  g_assert_cmpint (scapula_plan_get_id (plan), >, 0);
  /* The first plan is the active one. */
  g_assert_true (scapula_plan_store_get_active (store) == plan);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM plan_day"), ==, 7);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM plan_item"), ==, 3);

  again = open_store (db);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (again)), ==, 1);
  loaded = g_list_model_get_item (G_LIST_MODEL (again), 0);
  assert_same_plan (plan, loaded);
}

static void
test_autosave (void)
{
  g_autoptr(ScapulaDatabase) db = open_db ();
  g_autoptr(ScapulaPlanStore) store = open_store (db);
  g_autoptr(ScapulaPlan) plan = build_plan ("Edited");
  g_autoptr(GError) error = NULL;
  ScapulaPlanDay *monday = scapula_plan_get_day (plan, 1);
  gint64 monday_id;

  scapula_plan_store_add (store, plan, &error);
  g_assert_no_error (error);
  monday_id = scapula_plan_day_get_id (monday);

  /* Edits are written from an idle callback, all of one turn together. */
  scapula_plan_move_item (plan, 1, 2, 4, 0);
  scapula_plan_set_name (plan, "Edited twice");
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM plan_item WHERE day_id = (SELECT id FROM plan_day WHERE weekday = 4)"), ==, 0);
  while (g_main_context_iteration (NULL, FALSE));
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM plan_item WHERE day_id = (SELECT id FROM plan_day WHERE weekday = 4)"), ==, 1);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM plan WHERE name = 'Edited twice'"), ==, 1);
  /* Day rows keep their ids: sessions point at them. */
  g_assert_cmpint (query_int (db, "SELECT id FROM plan_day WHERE weekday = 1"), ==, monday_id);
  g_assert_cmpint (scapula_plan_day_get_id (monday), ==, monday_id);

  /* A removal, then a flush instead of waiting for idle. */
  g_object_unref (scapula_plan_day_remove (monday, 0));
  g_assert_true (scapula_plan_store_flush (store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM plan_item"), ==, 2);
  g_assert_cmpint (query_int (db, "SELECT position FROM plan_item WHERE exercise = 'one-arm-dumbbell-row'"), ==, 0);

  /* Closing the store saves what is still waiting. */
  scapula_plan_day_set_training (scapula_plan_get_day (plan, 6), TRUE);
  g_clear_object (&store);
  g_assert_cmpint (query_int (db, "SELECT is_training FROM plan_day WHERE weekday = 6"), ==, 1);
}

static void
test_active_and_remove (void)
{
  g_autoptr(ScapulaDatabase) db = open_db ();
  g_autoptr(ScapulaPlanStore) store = open_store (db);
  g_autoptr(ScapulaPlan) a = build_plan ("A");
  g_autoptr(ScapulaPlan) b = build_plan ("B");
  g_autoptr(GError) error = NULL;

  scapula_plan_store_add (store, a, &error);
  g_assert_no_error (error);
  scapula_plan_store_add (store, b, &error);
  g_assert_no_error (error);
  g_assert_true (scapula_plan_store_get_active (store) == a);
  g_assert_false (scapula_plan_get_active (b));

  g_assert_true (scapula_plan_store_set_active (store, b, &error));
  g_assert_no_error (error);
  g_assert_true (scapula_plan_store_get_active (store) == b);
  g_assert_false (scapula_plan_get_active (a));
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM plan WHERE is_active = 1"), ==, 1);
  g_assert_cmpint (query_int (db, "SELECT is_active FROM plan WHERE name = 'B'"), ==, 1);

  /* A session trained from a deleted plan keeps its sets. */
  g_assert_true (scapula_database_exec (db,
    "INSERT INTO session (plan_day_id, started_at) SELECT id, 1790000000 FROM plan_day"
    " WHERE plan_id = (SELECT id FROM plan WHERE name = 'A') AND weekday = 1;"
    "INSERT INTO logged_set (session_id, position, exercise, weight_kg, reps, logged_at)"
    " VALUES (last_insert_rowid (), 0, 'seal-row', 20, 10, 1790000100);", &error));
  g_assert_no_error (error);

  g_assert_true (scapula_plan_store_remove (store, a, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 1);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM plan"), ==, 1);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM plan_day"), ==, 7);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM plan_item"), ==, 3);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM logged_set"), ==, 1);
  g_assert_cmpint (query_int (db, "SELECT plan_day_id IS NULL FROM session"), ==, 1);

  /* Edits to a removed plan are not written anywhere. */
  scapula_plan_set_name (a, "Ghost");
  while (g_main_context_iteration (NULL, FALSE));
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM plan WHERE name = 'Ghost'"), ==, 0);
}

static void
test_migrated_defaults (void)
{
  g_autoptr(ScapulaDatabase) db = open_db ();
  g_autoptr(ScapulaPlanStore) store = NULL;
  g_autoptr(ScapulaPlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  /* Rows written before version 2 get a level and roles by default. */
  g_assert_true (scapula_database_exec (db,
    "INSERT INTO plan (name, start_date, created_at) VALUES ('Old', '2026-01-05', 1);"
    "INSERT INTO plan_day (plan_id, weekday, is_training) VALUES (last_insert_rowid (), 3, 1);"
    "INSERT INTO plan_item (day_id, position, exercise, sets, reps_min, reps_max, rest_seconds)"
    " VALUES (last_insert_rowid (), 0, 'seal-row', 3, 8, 12, 90);", &error));
  g_assert_no_error (error);

  store = open_store (db);
  plan = g_list_model_get_item (G_LIST_MODEL (store), 0);
  g_assert_cmpint (scapula_plan_get_level (plan), ==, SCAPULA_LEVEL_BEGINNER);
  g_assert_cmpuint (scapula_plan_get_block_weeks (plan), ==, 6);
  g_assert_cmpuint (scapula_plan_day_get_n_items (scapula_plan_get_day (plan, 3)), ==, 1);
  g_assert_cmpint (scapula_plan_item_get_role (scapula_plan_day_get_item (scapula_plan_get_day (plan, 3), 0)),
                   ==, SCAPULA_PLAN_ROLE_NONE);
  g_assert_cmpint (scapula_plan_get_block_week (plan, scapula_plan_get_start_date (plan)), ==, 1);
}

static void
test_unreadable (void)
{
  g_autoptr(ScapulaDatabase) db = open_db ();
  g_autoptr(ScapulaPlanStore) store = NULL;
  g_autoptr(GError) error = NULL;

  /* A value the CHECKs let through but the app cannot read is reported,
   * not guessed at. */
  g_assert_true (scapula_database_exec (db,
    "INSERT INTO plan (name, start_date, created_at) VALUES ('Odd', '2026-02-30', 1);", &error));
  if (error != NULL)
    {
      /* date() refuses 30 February, so the schema already keeps it out. */
      g_assert_error (error, SCAPULA_DATABASE_ERROR, SCAPULA_DATABASE_ERROR_CONSTRAINT);
      return;
    }
  store = scapula_plan_store_new (db, &error);
  g_assert_error (error, SCAPULA_DATABASE_ERROR, SCAPULA_DATABASE_ERROR_CORRUPT);
  g_assert_null (store);
}

static void
setup (void)
{
  g_autofree char *path = db_path ();

  g_mkdir_with_parents (g_get_user_data_dir (), 0700);
  g_unlink (path);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(name, func) g_test_add_vtable (name, 0, NULL, (GTestFixtureFunc) setup, (GTestFixtureFunc) func, NULL)
  ADD ("/plan-store/round-trip", test_round_trip);
  ADD ("/plan-store/autosave", test_autosave);
  ADD ("/plan-store/active-and-remove", test_active_and_remove);
  ADD ("/plan-store/migrated-defaults", test_migrated_defaults);
  ADD ("/plan-store/unreadable", test_unreadable);
#undef ADD

  return g_test_run ();
}
