/* test-today-view.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "scapula-context.h"
#include "scapula-test-ui.h"
#include "scapula-today-view-private.h"
#include "scapula-window-private.h"

/* The Today view as a user drives it, on a manual clock: what the labels
 * say, what the buttons do, and what reaches the database. */

/* 2026-11-16 08:00 UTC, a Monday (tests run with TZ=UTC). */
#define MONDAY_8AM (G_GINT64_CONSTANT (1794816000) * G_USEC_PER_SEC)

typedef struct
{
  ScapulaContext   *context;
  ScapulaClock     *clock;
  ScapulaAlerts    *alerts;
  GtkWindow        *window;
  ScapulaTodayView *view;
} Fixture;

static GtkWidget *
w (Fixture            *f,
   ScapulaTodayWidget  which)
{
  return _scapula_today_view_get_widget (f->view, which);
}

static const char *
label_text (Fixture            *f,
            ScapulaTodayWidget  which)
{
  return gtk_label_get_text (GTK_LABEL (w (f, which)));
}

static gint64
query_int (Fixture    *f,
           const char *sql)
{
  ScapulaDatabase *db = scapula_context_get_database (f->context);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GError) error = NULL;
  gboolean has_row = FALSE;

  stmt = scapula_database_prepare (db, sql, &error);
  g_assert_no_error (error);
  g_assert_true (scapula_database_step (db, stmt, &has_row, &error));
  g_assert_true (has_row);
  return sqlite3_column_int64 (stmt, 0);
}

static void
add_item (ScapulaPlanDay *day,
          ScapulaCatalog *catalog,
          const char     *slug)
{
  ScapulaPrescription p;
  g_autoptr(ScapulaPlanItem) item = NULL;

  scapula_prescription_init_for_exercise (&p, scapula_catalog_lookup (catalog, slug), SCAPULA_LEVEL_BEGINNER);
  item = scapula_plan_item_new (slug, &p);
  scapula_plan_day_append (day, item);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(ScapulaCatalog) catalog = scapula_catalog_new_default ();
  g_autoptr(GSettings) settings = g_settings_new ("io.github.scapula.Scapula");
  g_autoptr(ScapulaDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  static guint n_fixtures;
  g_autofree char *name = g_strdup_printf ("today-%u.db", n_fixtures++);
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), name, NULL);
  g_autoptr(ScapulaPlan) plan = NULL;
  ScapulaPlanDay *monday;
  GtkWidget *overlay;
  GDate start;

  g_settings_reset (settings, "medical-note-shown");
  db = scapula_database_open (path, &error);
  g_assert_no_error (error);
  f->context = scapula_context_new (catalog, settings);
  scapula_context_set_database (f->context, db);

  /* Monday: a unilateral row and a stretch; it is Monday 8:00. */
  g_date_set_dmy (&start, 16, 11, 2026);
  plan = scapula_plan_new ("Test week", &start);
  monday = scapula_plan_get_day (plan, 1);
  scapula_plan_day_set_training (monday, TRUE);
  add_item (monday, catalog, "one-arm-dumbbell-row");
  add_item (monday, catalog, "thread-the-needle");
  scapula_plan_store_add (scapula_context_get_plan_store (f->context), plan, &error);
  g_assert_no_error (error);

  f->clock = scapula_manual_clock_new (MONDAY_8AM);
  f->alerts = SCAPULA_ALERTS (scapula_recording_alerts_new ());
  f->view = SCAPULA_TODAY_VIEW (scapula_today_view_new (f->context, f->clock, f->alerts));

  f->window = GTK_WINDOW (adw_window_new ());
  overlay = adw_toast_overlay_new ();
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (f->view));
  adw_window_set_content (ADW_WINDOW (f->window), overlay);
  gtk_window_set_default_size (f->window, 800, 900);
  gtk_window_present (f->window);
  scapula_test_wait_for_frames (GTK_WIDGET (f->window), 2);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  g_clear_object (&f->alerts);
  g_clear_object (&f->clock);
  scapula_context_close (f->context);
  g_clear_object (&f->context);
}

static const char *
page (Fixture *f)
{
  return gtk_stack_get_visible_child_name (GTK_STACK (w (f, SCAPULA_TODAY_WIDGET_PAGES)));
}

static const char *
panel (Fixture *f)
{
  return gtk_stack_get_visible_child_name (GTK_STACK (w (f, SCAPULA_TODAY_WIDGET_ACTIONS)));
}

static void
set_text (Fixture            *f,
          ScapulaTodayWidget  which,
          const char         *text)
{
  gtk_editable_set_text (GTK_EDITABLE (w (f, which)), text);
}

static void
click (GtkWidget *button)
{
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}

/* The medical note comes before the first session, once. */
static void
test_today_medical_note (Fixture       *f,
                         gconstpointer  data)
{
  GSettings *settings = scapula_context_get_settings (f->context);
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWindow *dialog = NULL;

  g_assert_cmpstr (page (f), ==, "start");
  g_assert_true (gtk_widget_get_visible (w (f, SCAPULA_TODAY_WIDGET_START_BUTTON)));
  g_assert_false (g_settings_get_boolean (settings, "medical-note-shown"));

  click (w (f, SCAPULA_TODAY_WIDGET_START_BUTTON));
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window))
        dialog = window;
    }
  g_assert_nonnull (dialog);
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)),
                                   "Scapula helps you plan"));
  g_assert_cmpstr (page (f), ==, "start");

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "accept");
  g_assert_true (g_settings_get_boolean (settings, "medical-note-shown"));
  g_assert_cmpstr (page (f), ==, "run");
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM session_state"), ==, 1);
}

static void
start_session (Fixture *f)
{
  g_settings_set_boolean (scapula_context_get_settings (f->context), "medical-note-shown", TRUE);
  click (w (f, SCAPULA_TODAY_WIDGET_START_BUTTON));
  g_assert_cmpstr (page (f), ==, "run");
}

static void
test_today_run (Fixture       *f,
                gconstpointer  data)
{
  GtkWidget *log = w (f, SCAPULA_TODAY_WIDGET_LOG_BUTTON);
  GtkWidget *message = w (f, SCAPULA_TODAY_WIDGET_SET_MESSAGE);

  start_session (f);

  /* The light cardio opens the session, timed. */
  g_assert_cmpstr (panel (f), ==, "timer");
  g_assert_cmpstr (label_text (f, SCAPULA_TODAY_WIDGET_SET_LABEL), ==, "Warm up with light cardio");
  g_assert_cmpstr (label_text (f, SCAPULA_TODAY_WIDGET_TIMER_LABEL), ==, "4:00");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "today.skip", NULL));

  /* First time: no weight to suggest; the first warm-up set, left. */
  g_assert_cmpstr (panel (f), ==, "log");
  g_assert_cmpstr (label_text (f, SCAPULA_TODAY_WIDGET_SET_LABEL), ==, "Warm-up set 1 of 2 · Left side");

  /* Impossible values are refused where they are typed. */
  set_text (f, SCAPULA_TODAY_WIDGET_WEIGHT, "10");
  set_text (f, SCAPULA_TODAY_WIDGET_REPS, "101");
  g_assert_false (gtk_widget_is_sensitive (log));
  g_assert_true (gtk_widget_get_visible (message));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (message)), ==, "The reps must be at most 100.");
  g_assert_true (gtk_widget_has_css_class (w (f, SCAPULA_TODAY_WIDGET_REPS), "error"));
  set_text (f, SCAPULA_TODAY_WIDGET_REPS, "8");
  set_text (f, SCAPULA_TODAY_WIDGET_WEIGHT, "-5");
  g_assert_false (gtk_widget_is_sensitive (log));
  g_assert_true (gtk_widget_has_css_class (w (f, SCAPULA_TODAY_WIDGET_WEIGHT), "error"));
  set_text (f, SCAPULA_TODAY_WIDGET_WEIGHT, "10");
  set_text (f, SCAPULA_TODAY_WIDGET_RPE, "14");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (message)), ==, "The RPE must be between 1 and 10, in half steps.");
  set_text (f, SCAPULA_TODAY_WIDGET_RPE, "");
  g_assert_true (gtk_widget_is_sensitive (log));
  g_assert_false (gtk_widget_get_visible (message));
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM logged_set"), ==, 0);

  /* Left, then right with no rest between, then a minute's rest. */
  click (log);
  g_assert_cmpstr (label_text (f, SCAPULA_TODAY_WIDGET_SET_LABEL), ==, "Warm-up set 1 of 2 · Right side");
  g_assert_false (gtk_widget_get_visible (w (f, SCAPULA_TODAY_WIDGET_REST_BOX)));
  /* The next set starts from the weight just used. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (w (f, SCAPULA_TODAY_WIDGET_WEIGHT))), ==, "10");

  /* From the keyboard, the same as the button. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "today.confirm", NULL));
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM logged_set WHERE weight_kg = 10 AND reps = 8"), ==, 2);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM logged_set WHERE side = 'right' AND kind = 'warmup'"), ==, 1);
  g_assert_true (gtk_widget_get_visible (w (f, SCAPULA_TODAY_WIDGET_REST_BOX)));
  g_assert_cmpstr (label_text (f, SCAPULA_TODAY_WIDGET_REST_LABEL), ==, "1:00");

  /* The clock moves; the label follows from the timestamps. */
  scapula_manual_clock_run_to (SCAPULA_MANUAL_CLOCK (f->clock), MONDAY_8AM + 20 * G_USEC_PER_SEC);
  g_assert_cmpstr (label_text (f, SCAPULA_TODAY_WIDGET_REST_LABEL), ==, "0:40");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "today.rest-plus", NULL));
  g_assert_cmpstr (label_text (f, SCAPULA_TODAY_WIDGET_REST_LABEL), ==, "0:55");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "today.rest-skip", NULL));
  g_assert_false (gtk_widget_get_visible (w (f, SCAPULA_TODAY_WIDGET_REST_BOX)));

  /* Skip the rest of the row: the check-in follows the exercise. */
  while (g_str_equal (panel (f), "log"))
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "today.skip", NULL));
  g_assert_cmpstr (panel (f), ==, "checkin");
  gtk_range_set_value (GTK_RANGE (w (f, SCAPULA_TODAY_WIDGET_PAIN_SCALE)), 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "today.confirm", NULL));
  g_assert_cmpint (query_int (f, "SELECT pain FROM pain_checkin"), ==, 2);

  /* The stretch's hold timer. */
  g_assert_cmpstr (panel (f), ==, "timer");
  g_assert_cmpstr (label_text (f, SCAPULA_TODAY_WIDGET_SET_LABEL), ==, "Hold 1 of 2 · Left side");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "today.finish", NULL));
  g_assert_cmpstr (page (f), ==, "summary");
  g_assert_cmpstr (adw_status_page_get_description (ADW_STATUS_PAGE (w (f, SCAPULA_TODAY_WIDGET_SUMMARY_PAGE))),
                   ==, "0 min · 0 sets · 0 kg lifted");
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM session WHERE ended_at IS NOT NULL"), ==, 1);
}

/* A session under way comes back where it was, rest timer included. */
static void
test_today_resume (Fixture       *f,
                   gconstpointer  data)
{
  ScapulaTodayView *again;

  start_session (f);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "today.skip", NULL));
  set_text (f, SCAPULA_TODAY_WIDGET_WEIGHT, "10");
  set_text (f, SCAPULA_TODAY_WIDGET_REPS, "8");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "today.confirm", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "today.confirm", NULL));
  scapula_manual_clock_run_to (SCAPULA_MANUAL_CLOCK (f->clock), MONDAY_8AM + 15 * G_USEC_PER_SEC);

  /* A second view on the same database: what a restart shows. */
  again = SCAPULA_TODAY_VIEW (g_object_ref_sink (scapula_today_view_new (f->context, f->clock, f->alerts)));
  g_assert_true (scapula_today_view_resume (again));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (_scapula_today_view_get_widget (again, SCAPULA_TODAY_WIDGET_SET_LABEL))),
                   ==, "Warm-up set 2 of 2 · Left side");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (_scapula_today_view_get_widget (again, SCAPULA_TODAY_WIDGET_REST_LABEL))),
                   ==, "0:45");
  g_object_unref (again);
}

/* In the window, a session under way opens on Today. */
static void
test_today_window_resume (Fixture       *f,
                          gconstpointer  data)
{
  ScapulaWindow *window;

  start_session (f);
  window = scapula_window_new (NULL, f->context);
  gtk_window_present (GTK_WINDOW (window));
  scapula_test_wait_for_frames (GTK_WIDGET (window), 2);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (_scapula_window_get_stack (window)), ==, "today");
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  if (!scapula_test_ui_init (&argc, &argv))
    return 77;

#define ADD(name, func) \
  g_test_add ("/today-view/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("medical-note", test_today_medical_note);
  ADD ("run", test_today_run);
  ADD ("resume", test_today_resume);
  ADD ("window-resume", test_today_window_resume);

  return g_test_run ();
}
