/* test-runner.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "scapula-context.h"
#include "scapula-progress-store.h"
#include "scapula-runner.h"
#include "scapula-session-store.h"
#include "scapula-units.h"

/* The session runner against a real database, a manual clock and a
 * recording alerts object: nothing sleeps, every assertion is on the
 * database, the session's state or the alerts' log. */

/* 2026-11-16 08:00 UTC, a Monday (tests run with TZ=UTC). */
#define MONDAY_8AM (G_GINT64_CONSTANT (1794816000) * G_USEC_PER_SEC)
#define SECOND     G_USEC_PER_SEC

typedef struct
{
  ScapulaContext  *context;
  ScapulaClock    *clock;
  ScapulaAlerts   *alerts;
  ScapulaRunner   *runner;
  ScapulaPlan     *plan;
  char            *path;
} Fixture;

static ScapulaDatabase *
get_db (Fixture *f)
{
  return scapula_context_get_database (f->context);
}

static gint64
query_int (Fixture    *f,
           const char *sql)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GError) error = NULL;
  gboolean has_row = FALSE;

  stmt = scapula_database_prepare (get_db (f), sql, &error);
  g_assert_no_error (error);
  g_assert_true (scapula_database_step (get_db (f), stmt, &has_row, &error));
  g_assert_no_error (error);
  g_assert_true (has_row);
  return sqlite3_column_int64 (stmt, 0);
}

static void
exec (Fixture    *f,
      const char *sql)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (scapula_database_exec (get_db (f), sql, &error));
  g_assert_no_error (error);
}

static ScapulaContext *
open_context (const char *path)
{
  g_autoptr(ScapulaCatalog) catalog = scapula_catalog_new_default ();
  g_autoptr(GSettings) settings = g_settings_new ("io.github.scapula.Scapula");
  g_autoptr(ScapulaDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  ScapulaContext *context;

  db = scapula_database_open (path, &error);
  g_assert_no_error (error);

  context = scapula_context_new (catalog, settings);
  scapula_context_set_database (context, db);
  return context;
}

static void
add_item (ScapulaPlanDay *day,
          ScapulaCatalog *catalog,
          const char     *slug,
          ScapulaPlanRole role)
{
  ScapulaPrescription p;
  g_autoptr(ScapulaPlanItem) item = NULL;

  scapula_prescription_init_for_exercise (&p, scapula_catalog_lookup (catalog, slug),
                                          SCAPULA_LEVEL_BEGINNER);
  item = scapula_plan_item_new (slug, &p);
  scapula_plan_item_set_role (item, role);
  scapula_plan_day_append (day, item);
}

/* Monday: light cardio, a unilateral row, a stretch held per side. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  ScapulaCatalog *catalog;
  ScapulaPlanDay *monday;
  GDate start;

  f->path = g_build_filename (g_get_user_data_dir (), "runner.db", NULL);
  f->context = open_context (f->path);
  f->clock = scapula_manual_clock_new (MONDAY_8AM);
  f->alerts = SCAPULA_ALERTS (scapula_recording_alerts_new ());
  f->runner = scapula_runner_new (f->context, f->clock, f->alerts);

  catalog = scapula_context_get_catalog (f->context);
  g_date_set_dmy (&start, 16, 11, 2026);
  f->plan = scapula_plan_new ("Test week", &start);
  monday = scapula_plan_get_day (f->plan, 1);
  scapula_plan_day_set_training (monday, TRUE);
  add_item (monday, catalog, "light-cardio", SCAPULA_PLAN_ROLE_WARM_UP);
  add_item (monday, catalog, "one-arm-dumbbell-row", SCAPULA_PLAN_ROLE_FOUNDATION_ROW);
  add_item (monday, catalog, "thread-the-needle", SCAPULA_PLAN_ROLE_COOL_DOWN);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->runner);
  g_clear_object (&f->alerts);
  g_clear_object (&f->clock);
  g_clear_object (&f->plan);
  scapula_context_close (f->context);
  g_clear_object (&f->context);
  g_free (f->path);
}

static void
advance (Fixture *f,
         gint64   us)
{
  scapula_manual_clock_advance (SCAPULA_MANUAL_CLOCK (f->clock), us);
}

/* Time passing with the machine awake: every alarm on the way fires at its
 * moment. */
static void
run (Fixture *f,
     gint64   us)
{
  scapula_manual_clock_run_to (SCAPULA_MANUAL_CLOCK (f->clock), scapula_clock_get_now (f->clock) + us);
}

static gboolean
log_has (Fixture    *f,
         const char *prefix)
{
  const GPtrArray *log = scapula_recording_alerts_get_log (SCAPULA_RECORDING_ALERTS (f->alerts));

  for (guint i = 0; i < log->len; i++)
    if (g_str_has_prefix (g_ptr_array_index (log, i), prefix))
      return TRUE;

  return FALSE;
}

static const ScapulaSessionSet *
current_set (Fixture *f,
             guint   *entry_out)
{
  ScapulaSession *session = scapula_runner_get_session (f->runner);
  guint entry;
  int set;

  g_assert_true (scapula_session_get_current (session, &entry, &set));
  g_assert_cmpint (set, >=, 0);
  if (entry_out != NULL)
    *entry_out = entry;
  return scapula_session_entry_get_set (scapula_session_get_entry (session, entry), set);
}

/* Last Monday: 3 × 12 at 20 kg each side, the top of the 8–12 range. */
static void
add_history (Fixture *f)
{
  exec (f, "INSERT INTO session (id, started_at, ended_at) VALUES (1, 1762675200, 1762678800);"
           "INSERT INTO logged_set (session_id, position, exercise, kind, side, weight_kg, reps, logged_at) VALUES"
           " (1, 0, 'one-arm-dumbbell-row', 'work', 'left', 20, 12, 1762675300),"
           " (1, 1, 'one-arm-dumbbell-row', 'work', 'right', 20, 12, 1762675400),"
           " (1, 2, 'one-arm-dumbbell-row', 'work', 'left', 20, 12, 1762675500),"
           " (1, 3, 'one-arm-dumbbell-row', 'work', 'right', 20, 12, 1762675600),"
           " (1, 4, 'one-arm-dumbbell-row', 'work', 'left', 20, 12, 1762675700),"
           " (1, 5, 'one-arm-dumbbell-row', 'work', 'right', 20, 12, 1762675800);");
}

static void
test_runner_start (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  ScapulaSession *session;
  ScapulaSessionEntry *row;
  const ScapulaSessionSet *s;
  guint n_warmup = 0, n_work = 0;
  g_autoptr(ScapulaProgressStore) store = NULL;
  g_autoptr(GArray) steps = NULL;
  const ScapulaNextStep *step;

  add_history (f);
  g_assert_true (scapula_runner_start (f->runner, scapula_plan_get_day (f->plan, 1), &error));
  g_assert_no_error (error);

  session = scapula_runner_get_session (f->runner);
  /* The plan's light cardio became the opening countdown, not an exercise. */
  g_assert_cmpuint (scapula_session_get_n_entries (session), ==, 3);
  g_assert_cmpint (scapula_session_entry_get_kind (scapula_session_get_entry (session, 0)), ==,
                   SCAPULA_ENTRY_KIND_CARDIO);
  g_assert_cmpuint (scapula_session_entry_get_set (scapula_session_get_entry (session, 0), 0)->target_seconds,
                    ==, 180);

  /* Every work set reached the top: the next dumbbell (22.5 kg), back to
   * 8 reps, and the ramp before the first main lift: 50 % × 8 and 75 % × 5
   * of it, rounded down to dumbbells that exist, each side. */
  row = scapula_session_get_entry (session, 1);
  g_assert_cmpstr (scapula_session_entry_get_exercise (row), ==, "one-arm-dumbbell-row");
  for (guint i = 0; i < scapula_session_entry_get_n_sets (row); i++)
    {
      s = scapula_session_entry_get_set (row, i);
      if (s->kind == SCAPULA_SET_KIND_WARMUP)
        n_warmup++;
      else
        n_work++;
      g_assert_cmpint (s->side, ==, i % 2 == 0 ? SCAPULA_SIDE_LEFT : SCAPULA_SIDE_RIGHT);
    }
  g_assert_cmpuint (n_warmup, ==, 4);
  g_assert_cmpuint (scapula_session_entry_get_prescription (row)->sets, ==, 3);
  g_assert_cmpuint (n_work, ==, 6);
  s = scapula_session_entry_get_set (row, 0);
  g_assert_cmpfloat_with_epsilon (s->target_weight_kg, 10.0, 0.001);
  g_assert_cmpuint (s->target_reps, ==, 8);
  s = scapula_session_entry_get_set (row, 2);
  g_assert_cmpfloat_with_epsilon (s->target_weight_kg, 15.0, 0.001);
  g_assert_cmpuint (s->target_reps, ==, 5);
  s = scapula_session_entry_get_set (row, 4);
  g_assert_cmpint (s->kind, ==, SCAPULA_SET_KIND_WORK);
  g_assert_cmpfloat_with_epsilon (s->target_weight_kg, 22.5, 0.001);
  g_assert_cmpuint (s->target_reps, ==, 8);

  /* It is the next step the Progress view shows for the exercise. */
  store = scapula_progress_store_new (get_db (f), scapula_context_get_catalog (f->context));
  steps = scapula_progress_store_get_next_steps (store, f->plan, SCAPULA_WEIGHT_UNIT_KG, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (steps->len, >=, 1);
  step = &g_array_index (steps, ScapulaNextStep, 0);
  g_assert_cmpstr (step->exercise, ==, "one-arm-dumbbell-row");
  g_assert_cmpint (step->target.reason, ==, SCAPULA_TARGET_REASON_MORE_WEIGHT);
  g_assert_cmpfloat (step->target.weight_kg, ==, s->target_weight_kg);
  g_assert_cmpuint (step->target.reps_min, ==, s->target_reps);
  g_assert_cmpuint (step->target.sets, ==, n_work / 2);

  /* The stretch holds all of one side, then the other. */
  s = scapula_session_entry_get_set (scapula_session_get_entry (session, 2), 1);
  g_assert_cmpint (s->side, ==, SCAPULA_SIDE_LEFT);
  g_assert_cmpuint (s->target_seconds, >, 0);

  /* On disk: the session and its state. */
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM session WHERE ended_at IS NULL AND origin = 'app'"), ==, 1);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM session_state"), ==, 1);
}

static void
test_runner_cardio (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  ScapulaTimer *activity = scapula_runner_get_activity_timer (f->runner);
  guint entry;

  g_assert_true (scapula_runner_start (f->runner, scapula_plan_get_day (f->plan, 1), &error));
  g_assert_true (scapula_runner_start_activity (f->runner, &error));
  g_assert_no_error (error);
  g_assert_true (scapula_timer_get_active (activity));

  advance (f, 179 * SECOND);
  current_set (f, &entry);
  g_assert_cmpuint (entry, ==, 0);

  advance (f, 1 * SECOND);
  g_assert_false (scapula_timer_get_active (activity));
  current_set (f, &entry);
  g_assert_cmpuint (entry, ==, 1);
  g_assert_true (log_has (f, "play complete 1"));
  /* The cardio is not a logged set. */
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM logged_set"), ==, 0);
}

static void
test_runner_refuses (Fixture       *f,
                     gconstpointer  data)
{
  static const struct { double weight; int reps; double rpe; int code; } cases[] = {
    { -2.5, 8, 0, SCAPULA_SESSION_ERROR_WEIGHT },
    { 501, 8, 0, SCAPULA_SESSION_ERROR_WEIGHT },
    { 20, -1, 0, SCAPULA_SESSION_ERROR_REPS },
    { 20, 101, 0, SCAPULA_SESSION_ERROR_REPS },
    { 20, 8, 14, SCAPULA_SESSION_ERROR_RPE },
    { 20, 8, 0.5, SCAPULA_SESSION_ERROR_RPE },
    { 20, 8, 7.3, SCAPULA_SESSION_ERROR_RPE },
  };
  g_autoptr(GError) error = NULL;

  g_assert_true (scapula_runner_start (f->runner, scapula_plan_get_day (f->plan, 1), &error));
  g_assert_true (scapula_runner_skip_set (f->runner, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) refused = NULL;

      g_assert_false (scapula_runner_log_set (f->runner, cases[i].weight, cases[i].reps, cases[i].rpe, &refused));
      g_assert_error (refused, SCAPULA_SESSION_ERROR, cases[i].code);
    }

  g_assert_cmpint (query_int (f, "SELECT count(*) FROM logged_set"), ==, 0);
  g_assert_cmpint (current_set (f, NULL)->status, ==, SCAPULA_SET_STATUS_PENDING);

  /* 500 kg, 100 reps and RPE 9.5 are the limits, not past them. */
  g_assert_true (scapula_runner_log_set (f->runner, 500, 100, 9.5, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM logged_set WHERE weight_kg = 500 AND reps = 100 AND rpe = 9.5"), ==, 1);
}

/* Sides, rest, and a restart in the middle of a rest. */
static void
test_runner_rest_and_resume (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScapulaRunner) again = NULL;
  ScapulaTimer *rest = scapula_runner_get_rest_timer (f->runner);
  const ScapulaSessionSet *s;
  gboolean resumed;
  guint entry;

  add_history (f);
  g_assert_true (scapula_runner_start (f->runner, scapula_plan_get_day (f->plan, 1), &error));
  g_assert_true (scapula_runner_skip_set (f->runner, &error)); /* the cardio */
  g_assert_no_error (error);

  /* Left warm-up: straight on to the right side, no rest. */
  s = current_set (f, &entry);
  g_assert_cmpint (s->side, ==, SCAPULA_SIDE_LEFT);
  g_assert_true (scapula_runner_log_set (f->runner, 10, 8, 0, &error));
  g_assert_no_error (error);
  g_assert_false (scapula_timer_get_active (rest));
  g_assert_cmpint (current_set (f, NULL)->side, ==, SCAPULA_SIDE_RIGHT);

  /* Right warm-up: a minute's rest. */
  g_assert_true (scapula_runner_log_set (f->runner, 10, 8, 0, &error));
  g_assert_true (scapula_timer_get_active (rest));
  g_assert_cmpint (scapula_timer_get_remaining (rest), ==, 60 * SECOND);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM logged_set WHERE kind = 'warmup' AND weight_kg = 10 AND session_id <> 1"), ==, 2);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM logged_set WHERE session_id <> 1 AND position = 1 AND side = 'right'"), ==, 1);

  advance (f, 30 * SECOND);
  scapula_runner_adjust_rest (f->runner, 15 * SECOND);
  g_assert_cmpint (scapula_timer_get_remaining (rest), ==, 45 * SECOND);

  /* The process dies here. A new runner on the same database, at the same
   * moment, shows the same remaining time and the same next set. */
  again = scapula_runner_new (f->context, f->clock, f->alerts);
  resumed = scapula_runner_resume (again, &error);
  g_assert_no_error (error);
  g_assert_true (resumed);
  g_clear_object (&f->runner);
  f->runner = g_steal_pointer (&again);
  rest = scapula_runner_get_rest_timer (f->runner);

  g_assert_true (scapula_runner_get_resumed (f->runner));
  g_assert_true (scapula_timer_get_active (rest));
  g_assert_cmpint (scapula_timer_get_remaining (rest), ==, 45 * SECOND);
  s = current_set (f, NULL);
  g_assert_cmpint (s->kind, ==, SCAPULA_SET_KIND_WARMUP);
  g_assert_cmpint (s->side, ==, SCAPULA_SIDE_LEFT);
  g_assert_cmpfloat_with_epsilon (s->target_weight_kg, 15.0, 0.001);

  /* Twenty seconds pass while it restarts. */
  advance (f, 20 * SECOND);
  g_assert_cmpint (scapula_timer_get_remaining (rest), ==, 25 * SECOND);
  g_assert_false (log_has (f, "play rest-over"));

  advance (f, 25 * SECOND);
  g_assert_false (scapula_timer_get_active (rest));
  g_assert_true (log_has (f, "play rest-over 1"));
  g_assert_true (log_has (f, "notify rest-over|Rest is over|Next: warm-up set of One-Arm Dumbbell Row"));

  /* Logging the next set withdraws the notification. */
  g_assert_true (scapula_runner_log_set (f->runner, 15, 5, 0, &error));
  g_assert_no_error (error);
  g_assert_true (log_has (f, "withdraw rest-over"));
}

/* A set is shown as done only once it is on disk. */
static void
test_runner_write_failure (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const ScapulaSessionSet *s;

  g_assert_true (scapula_runner_start (f->runner, scapula_plan_get_day (f->plan, 1), &error));
  g_assert_true (scapula_runner_skip_set (f->runner, &error));
  g_assert_true (scapula_runner_log_set (f->runner, 10, 8, 0, &error));
  g_assert_no_error (error);

  /* Break the state table under the runner: the transaction cannot
   * complete, so the right side's row must not stay either, nor the rest
   * that would have followed it. */
  exec (f, "DROP TABLE session_state");
  g_assert_false (scapula_runner_log_set (f->runner, 10, 8, 0, &error));
  g_assert_nonnull (error);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM logged_set"), ==, 1);
  s = current_set (f, NULL);
  g_assert_cmpint (s->status, ==, SCAPULA_SET_STATUS_PENDING);
  g_assert_cmpint (s->side, ==, SCAPULA_SIDE_RIGHT);
  g_assert_false (scapula_timer_get_active (scapula_runner_get_rest_timer (f->runner)));
  g_assert_false (scapula_countdown_is_started (scapula_session_get_rest (scapula_runner_get_session (f->runner))));
}

static void
do_row (Fixture *f)
{
  ScapulaSession *session = scapula_runner_get_session (f->runner);
  guint entry;
  int set;

  /* Every set of the row, at 20 kg × 10, up to its check-in. */
  while (scapula_session_get_current (session, &entry, &set) && entry == 1 && set >= 0)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (scapula_runner_log_set (f->runner, 20, 10, 8, &error));
      g_assert_no_error (error);
    }
}

static void
test_runner_checkin (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  ScapulaPainAdvice advice = SCAPULA_PAIN_ADVICE_NONE;
  guint entry;
  int set;

  /* Two earlier sessions with pain 2 and 4 in this row. */
  exec (f, "INSERT INTO session (id, started_at, ended_at) VALUES (1, 1762070400, 1762074000), (2, 1762675200, 1762678800);"
           "INSERT INTO pain_checkin (session_id, exercise, pain, logged_at) VALUES"
           " (1, 'one-arm-dumbbell-row', 2, 1762073000), (2, 'one-arm-dumbbell-row', 4, 1762678000);");

  g_assert_true (scapula_runner_start (f->runner, scapula_plan_get_day (f->plan, 1), &error));
  g_assert_true (scapula_runner_skip_set (f->runner, &error));
  do_row (f);

  g_assert_true (scapula_session_get_current (scapula_runner_get_session (f->runner), &entry, &set));
  g_assert_cmpuint (entry, ==, 1);
  g_assert_cmpint (set, ==, -1);

  /* 5 after 2 and 4: rising three sessions running. */
  g_assert_true (scapula_runner_check_in (f->runner, 5, FALSE, &advice, &error));
  g_assert_no_error (error);
  g_assert_cmpint (advice, ==, SCAPULA_PAIN_ADVICE_SEE_PROFESSIONAL);
  g_assert_cmpint (query_int (f, "SELECT pain FROM pain_checkin WHERE session_id > 2"), ==, 5);

  g_assert_true (scapula_session_get_current (scapula_runner_get_session (f->runner), &entry, &set));
  g_assert_cmpuint (entry, ==, 2);
}

static void
test_runner_hold (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  ScapulaTimer *activity = scapula_runner_get_activity_timer (f->runner);
  ScapulaSessionEntry *stretch;
  guint hold, n_sets;

  g_assert_true (scapula_runner_start (f->runner, scapula_plan_get_day (f->plan, 1), &error));
  g_assert_true (scapula_runner_skip_set (f->runner, &error));
  g_assert_true (scapula_runner_skip_exercise (f->runner, 1, &error));
  g_assert_no_error (error);

  stretch = scapula_session_get_entry (scapula_runner_get_session (f->runner), 2);
  n_sets = scapula_session_entry_get_n_sets (stretch);
  g_assert_cmpuint (n_sets, ==, 4); /* 2 holds each side */
  hold = scapula_session_entry_get_set (stretch, 0)->target_seconds;

  scapula_recording_alerts_clear (SCAPULA_RECORDING_ALERTS (f->alerts));
  g_assert_true (scapula_runner_start_activity (f->runner, &error));
  g_assert_no_error (error);

  /* Get ready 5 s, hold, release 10 s, hold: the first hold is logged at
   * its end. */
  run (f, (5 + hold) * SECOND);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM logged_set WHERE exercise = 'thread-the-needle'"), ==, 1);
  run (f, (10 + hold) * SECOND);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM logged_set WHERE side = 'left'"), ==, 2);
  g_assert_true (log_has (f, "play complete 3"));
  g_assert_true (log_has (f, "play phase 2"));
  g_assert_true (log_has (f, "play ping 1"));

  /* The right side starts by itself. */
  g_assert_true (scapula_timer_get_active (activity));
  run (f, (5 + hold + 10 + hold) * SECOND);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM logged_set WHERE side = 'right' AND seconds > 0"), ==, 2);
  g_assert_false (scapula_timer_get_active (activity));
  g_assert_true (scapula_session_is_complete (scapula_runner_get_session (f->runner)));
}

static void
test_runner_finish (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const ScapulaSessionSummary *summary;

  g_assert_true (scapula_runner_start (f->runner, scapula_plan_get_day (f->plan, 1), &error));
  g_assert_true (scapula_runner_skip_set (f->runner, &error));
  do_row (f);
  g_assert_true (scapula_runner_check_in (f->runner, 3, FALSE, NULL, &error));
  g_assert_no_error (error);

  advance (f, 20 * 60 * SECOND);
  g_assert_true (scapula_runner_finish (f->runner, &error));
  g_assert_no_error (error);

  g_assert_null (scapula_runner_get_session (f->runner));
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM session_state"), ==, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM session WHERE ended_at IS NOT NULL"), ==, 1);

  summary = scapula_runner_get_summary (f->runner);
  g_assert_nonnull (summary);
  g_assert_cmpint (summary->duration, >=, 20 * 60);
  /* Three work sets each side count as three sets; 6 × 20 kg × 10. */
  g_assert_cmpuint (summary->work_sets, ==, 3);
  g_assert_cmpfloat_with_epsilon (summary->volume_kg, 1200, 0.001);
  g_assert_cmpuint (summary->pain_notes->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (summary->pain_notes, 0), ==, "One-Arm Dumbbell Row: pain 3 of 10");

  /* Nothing is left to resume. */
  {
    g_autoptr(ScapulaRunner) again = scapula_runner_new (f->context, f->clock, f->alerts);

    g_assert_false (scapula_runner_resume (again, &error));
    g_assert_no_error (error);
  }
}

static void
test_runner_unplanned (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  ScapulaSession *session;
  ScapulaSessionEntry *e;

  g_assert_true (scapula_runner_start (f->runner, NULL, &error));
  session = scapula_runner_get_session (f->runner);
  g_assert_cmpuint (scapula_session_get_n_entries (session), ==, 1);
  g_assert_cmpuint (scapula_session_entry_get_set (scapula_session_get_entry (session, 0), 0)->target_seconds,
                    ==, SCAPULA_SESSION_CARDIO_SECONDS);

  g_assert_true (scapula_runner_add_exercise (f->runner, "seal-row", &error));
  g_assert_true (scapula_runner_add_exercise (f->runner, "face-pull", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (scapula_session_get_n_entries (session), ==, 3);

  /* Reorder, then swap the face pull for one of its substitutes. */
  g_assert_true (scapula_runner_move_exercise (f->runner, 2, 1, &error));
  g_assert_cmpstr (scapula_session_entry_get_exercise (scapula_session_get_entry (session, 1)), ==, "face-pull");
  g_assert_true (scapula_runner_swap_exercise (f->runner, 1, "bent-over-reverse-fly", &error));
  g_assert_no_error (error);
  e = scapula_session_get_entry (session, 1);
  g_assert_cmpstr (scapula_session_entry_get_exercise (e), ==, "bent-over-reverse-fly");

  /* The saved state agrees. */
  {
    gint64 id = 0;
    g_autoptr(ScapulaSession) saved = scapula_session_store_load_unfinished (get_db (f), &id, NULL, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpint (id, ==, scapula_runner_get_session_id (f->runner));
    g_assert_cmpstr (scapula_session_entry_get_exercise (scapula_session_get_entry (saved, 1)), ==, "bent-over-reverse-fly");
    g_assert_cmpstr (scapula_session_entry_get_exercise (scapula_session_get_entry (saved, 2)), ==, "seal-row");
  }

  g_assert_true (scapula_runner_discard (f->runner, &error));
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM session"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(name, func) \
  g_test_add ("/runner/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("start", test_runner_start);
  ADD ("cardio", test_runner_cardio);
  ADD ("refuses", test_runner_refuses);
  ADD ("rest-and-resume", test_runner_rest_and_resume);
  ADD ("write-failure", test_runner_write_failure);
  ADD ("checkin", test_runner_checkin);
  ADD ("hold", test_runner_hold);
  ADD ("finish", test_runner_finish);
  ADD ("unplanned", test_runner_unplanned);

  return g_test_run ();
}
