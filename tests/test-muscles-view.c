/* test-muscles-view.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>

#include "scapula-anatomy-view.h"
#include "scapula-muscles-view-private.h"
#include "scapula-test-ui.h"
#include "scapula-window-private.h"

/* Times are seconds since the epoch, UTC (the test environment sets
 * TZ=UTC, so weeks start at UTC midnight). Now is Wednesday 18 November
 * 2026, noon; with weeks starting on Monday this week began on the 16th.
 *
 *   session 1  Wednesday 11 November, 18:00: last week
 *   session 2  Sunday 15 November, 20:00: last week, or this week when
 *              weeks start on Sunday
 *   session 3  Monday 16 November, 18:00: this week
 *   session 4  Tuesday 17 November, 07:00: this week
 */
#define MONDAY_16 G_GINT64_CONSTANT (1794787200)
#define DAY       G_GINT64_CONSTANT (86400)
#define S1        (MONDAY_16 - 5 * DAY + 18 * 3600)
#define S2        (MONDAY_16 - 4 * 3600)
#define S3        (MONDAY_16 + 18 * 3600)
#define S4        (MONDAY_16 + DAY + 7 * 3600)
#define NOW       (MONDAY_16 + 2 * DAY + 12 * 3600)

/* Fixed test data, so plain SQL text is fine here. */
static const char history_sql[] =
  "INSERT INTO session (id, started_at, ended_at) VALUES"
  "  (1, 1794420000, 1794423600), (2, 1794772800, 1794776400),"
  "  (3, 1794852000, 1794855600), (4, 1794898800, 1794902400);"

  /* Last week: ten sets of seal rows that must not count. */
  "INSERT INTO logged_set (session_id, position, exercise, kind, side, weight_kg, reps, seconds, logged_at) VALUES"
  "  (1, 0, 'seal-row', 'work', 'both', 40.0, 10, NULL, 1794420060),"
  "  (1, 1, 'seal-row', 'work', 'both', 40.0, 10, NULL, 1794420120),"
  "  (1, 2, 'seal-row', 'work', 'both', 40.0, 10, NULL, 1794420180),"
  "  (1, 3, 'seal-row', 'work', 'both', 40.0, 10, NULL, 1794420240),"
  "  (1, 4, 'seal-row', 'work', 'both', 40.0, 10, NULL, 1794420300),"
  "  (1, 5, 'seal-row', 'work', 'both', 40.0, 10, NULL, 1794420360),"
  "  (1, 6, 'seal-row', 'work', 'both', 40.0, 10, NULL, 1794420420),"
  "  (1, 7, 'seal-row', 'work', 'both', 40.0, 10, NULL, 1794420480),"
  "  (1, 8, 'seal-row', 'work', 'both', 40.0, 10, NULL, 1794420540),"
  "  (1, 9, 'seal-row', 'work', 'both', 40.0, 10, NULL, 1794420600);"

  /* Sunday: four pull-ups. */
  "INSERT INTO logged_set (session_id, position, exercise, kind, side, weight_kg, reps, seconds, logged_at) VALUES"
  "  (2, 0, 'pull-up', 'work', 'both', NULL, 8, NULL, 1794772900),"
  "  (2, 1, 'pull-up', 'work', 'both', NULL, 8, NULL, 1794773000),"
  "  (2, 2, 'pull-up', 'work', 'both', NULL, 7, NULL, 1794773100),"
  "  (2, 3, 'pull-up', 'work', 'both', NULL, 6, NULL, 1794773200);"

  /* Monday: a warm-up and three work sets of seal rows, three left and
   * two right sets of one-arm rows (three sets for the back), and a
   * stretch, which is not training volume. */
  "INSERT INTO logged_set (session_id, position, exercise, kind, side, weight_kg, reps, seconds, logged_at) VALUES"
  "  (3, 0, 'seal-row', 'warmup', 'both', 20.0, 10, NULL, 1794852060),"
  "  (3, 1, 'seal-row', 'work', 'both', 40.0, 10, NULL, 1794852120),"
  "  (3, 2, 'seal-row', 'work', 'both', 40.0, 9, NULL, 1794852240),"
  "  (3, 3, 'seal-row', 'work', 'both', 40.0, 8, NULL, 1794852360),"
  "  (3, 4, 'one-arm-dumbbell-row', 'work', 'left', 20.0, 12, NULL, 1794852500),"
  "  (3, 5, 'one-arm-dumbbell-row', 'work', 'right', 20.0, 10, NULL, 1794852540),"
  "  (3, 6, 'one-arm-dumbbell-row', 'work', 'left', 20.0, 12, NULL, 1794852660),"
  "  (3, 7, 'one-arm-dumbbell-row', 'work', 'right', 20.0, 10, NULL, 1794852700),"
  "  (3, 8, 'one-arm-dumbbell-row', 'work', 'left', 20.0, 11, NULL, 1794852820),"
  "  (3, 9, 'cat-cow', 'work', 'both', NULL, NULL, 30, 1794853000);"

  /* Tuesday: two face pulls and a drop set that does not count. */
  "INSERT INTO logged_set (session_id, position, exercise, kind, side, weight_kg, reps, seconds, logged_at) VALUES"
  "  (4, 0, 'face-pull', 'work', 'both', 15.0, 15, NULL, 1794898900),"
  "  (4, 1, 'face-pull', 'work', 'both', 15.0, 14, NULL, 1794899000),"
  "  (4, 2, 'face-pull', 'drop', 'both', 10.0, 15, NULL, 1794899100);";

/* What this week (from Monday) gives each muscle, primary 1 and
 * secondary 0.5 per set: seal row ×3 (rhomboids and middle trapezius
 * primary; lats, rear deltoid, biceps secondary), one-arm row ×3 (lats,
 * rhomboids, middle trapezius primary; teres major, rear deltoid, biceps,
 * core secondary), face pull ×2 (rear deltoid, middle trapezius, rhomboids
 * primary; lower trapezius, infraspinatus, teres minor secondary). */
static const double expected_sets[SCAPULA_N_MUSCLES] = {
  [SCAPULA_MUSCLE_TRAPEZIUS_MIDDLE] = 8,
  [SCAPULA_MUSCLE_RHOMBOID_MAJOR] = 8,
  [SCAPULA_MUSCLE_RHOMBOID_MINOR] = 8,
  [SCAPULA_MUSCLE_POSTERIOR_DELTOID] = 5,
  [SCAPULA_MUSCLE_LATISSIMUS_DORSI] = 4.5,
  [SCAPULA_MUSCLE_TERES_MAJOR] = 1.5,
  [SCAPULA_MUSCLE_TRAPEZIUS_LOWER] = 1,
  [SCAPULA_MUSCLE_INFRASPINATUS] = 1,
  [SCAPULA_MUSCLE_TERES_MINOR] = 1,
  [SCAPULA_MUSCLE_BICEPS] = 3,
  [SCAPULA_MUSCLE_CORE] = 1.5,
};

typedef struct
{
  ScapulaContext     *context;
  GSettings          *settings;
  ScapulaClock       *clock;
  ScapulaWindow      *window;
  ScapulaMusclesView *view;
  ScapulaAnatomyView *anatomy;
} Fixture;

static guint n_databases;

static ScapulaDatabase *
open_database (gboolean with_history)
{
  g_autofree char *name = g_strdup_printf ("muscles-view-%u.db", ++n_databases);
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), name, NULL);
  g_autoptr(GError) error = NULL;
  ScapulaDatabase *db;

  db = scapula_database_open (path, &error);
  g_assert_no_error (error);
  if (with_history)
    {
      scapula_database_exec (db, history_sql, &error);
      g_assert_no_error (error);
    }

  return db;
}

/* The window at @width, on the Muscles view in anatomy mode, with the
 * clock at NOW; @with_database FALSE leaves the database closed. */
static void
set_up (Fixture  *f,
        gboolean  with_database,
        int       width)
{
  g_autoptr(ScapulaCatalog) catalog = scapula_catalog_new_default ();

  f->settings = g_settings_new ("io.github.scapula.Scapula");
  /* The memory backend lives as long as the process: start each test from
   * the defaults. */
  g_settings_reset (f->settings, "muscles-mode");
  g_settings_reset (f->settings, "week-start");

  f->context = scapula_context_new (catalog, f->settings);
  if (with_database)
    {
      g_autoptr(ScapulaDatabase) db = open_database (TRUE);

      scapula_context_set_database (f->context, db);
    }

  f->clock = scapula_manual_clock_new (NOW * G_USEC_PER_SEC);
  f->window = scapula_window_new (NULL, f->context);
  f->view = _scapula_window_get_muscles_view (f->window);
  f->anatomy = SCAPULA_ANATOMY_VIEW (_scapula_muscles_view_get_anatomy (f->view));
  _scapula_muscles_view_set_clock (f->view, f->clock);

  gtk_window_set_default_size (GTK_WINDOW (f->window), width, 800);
  gtk_window_present (GTK_WINDOW (f->window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.view", "s", "muscles"));
  scapula_test_wait_for_frames (GTK_WIDGET (f->window), 3);
  g_assert_cmpstr (scapula_muscles_view_get_mode (f->view), ==, "anatomy");
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  set_up (f, TRUE, 1000);
}

static void
fixture_set_up_narrow (Fixture       *f,
                       gconstpointer  data)
{
  set_up (f, TRUE, 360);
}

static void
fixture_set_up_no_database (Fixture       *f,
                            gconstpointer  data)
{
  set_up (f, FALSE, 1000);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  scapula_context_close (f->context);
  g_clear_object (&f->context);
  g_clear_object (&f->settings);
  g_assert_finalize_object (f->clock);
}

static void
switch_mode (Fixture    *f,
             const char *mode)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "muscles.mode", "s", mode));
  scapula_test_wait_for_frames (GTK_WIDGET (f->window), 1);
  g_assert_cmpstr (scapula_muscles_view_get_mode (f->view), ==, mode);
}

static void
assert_week_levels (Fixture      *f,
                    const double *sets)
{
  for (guint m = 0; m < SCAPULA_N_MUSCLES; m++)
    {
      double expected = MIN (sets[m] / SCAPULA_MUSCLES_VIEW_FULL_WEEK_SETS, 1.0);

      g_assert_cmpfloat_with_epsilon (scapula_anatomy_view_get_intensity (f->anatomy, m), expected, 1e-9);
    }
}

/* Switching to This Week colours every muscle by its sets from Monday up
 * to now, with the week's line, the key and the description. */
static void
test_week_mode (Fixture       *f,
                gconstpointer  data)
{
  GtkWidget *anatomy_button = _scapula_muscles_view_get_mode_button (f->view, "anatomy");
  GtkWidget *week_button = _scapula_muscles_view_get_mode_button (f->view, "week");
  GtkLabel *week_label = _scapula_muscles_view_get_week_label (f->view);
  GtkLabel *status = _scapula_muscles_view_get_week_status_label (f->view);
  g_autofree char *mode = NULL;

  /* Anatomy first: the key and the week are hidden, nothing read yet. */
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (anatomy_button)));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (week_button)));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (week_label)));
  g_assert_false (gtk_widget_get_mapped (_scapula_muscles_view_get_legend_bar (f->view)));
  g_assert_cmpuint (_scapula_muscles_view_get_n_week_reads (f->view), ==, 0);

  /* Both buttons are named for assistive technologies by their labels. */
  gtk_test_accessible_assert_property (anatomy_button, GTK_ACCESSIBLE_PROPERTY_LABEL, "Anatomy");
  gtk_test_accessible_assert_property (week_button, GTK_ACCESSIBLE_PROPERTY_LABEL, "This Week");
  gtk_test_accessible_assert_state (anatomy_button, GTK_ACCESSIBLE_STATE_PRESSED, TRUE);

  switch_mode (f, "week");
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (week_button)));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (anatomy_button)));
  gtk_test_accessible_assert_state (week_button, GTK_ACCESSIBLE_STATE_PRESSED, TRUE);
  gtk_test_accessible_assert_state (anatomy_button, GTK_ACCESSIBLE_STATE_PRESSED, FALSE);
  g_assert_cmpuint (_scapula_muscles_view_get_n_week_reads (f->view), ==, 1);

  /* Clicking the button that is on leaves it on: the two act as one
   * choice. */
  g_signal_emit_by_name (week_button, "clicked");
  scapula_test_wait_for_frames (GTK_WIDGET (f->window), 1);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (week_button)));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (anatomy_button)));
  g_assert_cmpstr (scapula_muscles_view_get_mode (f->view), ==, "week");
  g_assert_cmpuint (_scapula_muscles_view_get_n_week_reads (f->view), ==, 1);

  /* The mode is remembered. */
  mode = g_settings_get_string (f->settings, "muscles-mode");
  g_assert_cmpstr (mode, ==, "week");

  /* Monday to now: last week's ten seal rows and Sunday's pull-ups are
   * left out; the warm-up, the stretch and the drop set do not count; the
   * one-arm row's 3 left and 2 right sets are 3. */
  assert_week_levels (f, expected_sets);
  g_assert_cmpfloat (scapula_anatomy_view_get_intensity (f->anatomy, SCAPULA_MUSCLE_RHOMBOID_MAJOR), ==, 0.8);
  g_assert_cmpfloat (scapula_anatomy_view_get_intensity (f->anatomy, SCAPULA_MUSCLE_LATISSIMUS_DORSI), ==, 0.45);
  g_assert_cmpfloat (scapula_anatomy_view_get_intensity (f->anatomy, SCAPULA_MUSCLE_ERECTOR_SPINAE), ==, 0.0);

  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (week_label)));
  g_assert_cmpstr (gtk_label_get_text (week_label), ==, "Week of 16 November");
  g_assert_true (gtk_widget_get_mapped (_scapula_muscles_view_get_legend_bar (f->view)));
  g_assert_cmpstr (gtk_label_get_text (_scapula_muscles_view_get_legend_label (f->view)), ==,
                   "10+ sets this week");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (status)));

  /* Every muscle the diagram draws, with its sets, most first; biceps and
   * core are not drawn. */
  g_assert_cmpstr (_scapula_anatomy_view_get_description (f->anatomy), ==,
                   "Week of 16 November. Sets this week: Middle trapezius 8 sets, Rhomboid major 8 sets, "
                   "Rhomboid minor 8 sets, Rear deltoid 5 sets, Latissimus dorsi 4.5 sets, "
                   "Teres major 1.5 sets, Lower trapezius 1 set, Teres minor 1 set, Infraspinatus 1 set. "
                   "No sets: Upper trapezius, Erector spinae, Glutes, Hamstrings, Forearms and grip.");

  /* Redraws and a resize read nothing again. */
  gtk_widget_queue_draw (GTK_WIDGET (f->anatomy));
  gtk_window_set_default_size (GTK_WINDOW (f->window), 900, 700);
  scapula_test_wait_for_frames (GTK_WIDGET (f->window), 3);
  g_assert_cmpuint (_scapula_muscles_view_get_n_week_reads (f->view), ==, 1);

  /* Back to anatomy: the colours and the week's text go. */
  switch_mode (f, "anatomy");
  for (guint m = 0; m < SCAPULA_N_MUSCLES; m++)
    g_assert_cmpfloat (scapula_anatomy_view_get_intensity (f->anatomy, m), ==, 0.0);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (week_label)));
  g_assert_cmpstr (_scapula_anatomy_view_get_description (f->anatomy), ==, "No muscles highlighted.");
}

/* Choosing a muscle keeps the week's colours and shows its sets. */
static void
test_week_selection (Fixture       *f,
                     gconstpointer  data)
{
  AdwActionRow *row = _scapula_muscles_view_get_week_row (f->view);
  const char *subtitle;

  switch_mode (f, "week");
  scapula_muscles_view_select (f->view, SCAPULA_MUSCLE_RHOMBOID_MAJOR);
  scapula_test_wait_for_frames (GTK_WIDGET (f->window), 1);

  g_assert_cmpint (scapula_anatomy_view_get_selected (f->anatomy), ==, SCAPULA_MUSCLE_RHOMBOID_MAJOR);
  assert_week_levels (f, expected_sets);
  g_assert_cmpstr (gtk_label_get_text (_scapula_muscles_view_get_title_label (f->view)), ==, "Rhomboid major");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (row)));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "This week: 8 sets");

  /* The subtitle says how sets are counted. */
  subtitle = adw_action_row_get_subtitle (row);
  g_assert_nonnull (strstr (subtitle, "1 for the muscles an exercise mainly trains"));
  g_assert_nonnull (strstr (subtitle, "0.5 for those that help"));
  g_assert_nonnull (strstr (subtitle, "count as one set"));

  /* The description names the selection after the week. */
  g_assert_true (g_str_has_suffix (_scapula_anatomy_view_get_description (f->anatomy),
                                   "Forearms and grip. Selected: Rhomboid major."));

  scapula_muscles_view_select (f->view, SCAPULA_MUSCLE_LATISSIMUS_DORSI);
  scapula_test_wait_for_frames (GTK_WIDGET (f->window), 1);
  assert_week_levels (f, expected_sets);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "This week: 4.5 sets");

  scapula_muscles_view_select (f->view, SCAPULA_MUSCLE_INFRASPINATUS);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "This week: 1 set");

  scapula_muscles_view_select (f->view, SCAPULA_MUSCLE_ERECTOR_SPINAE);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "This week: 0 sets");

  /* In anatomy mode the chosen muscle is filled again, alone, and the row
   * goes. */
  scapula_muscles_view_select (f->view, SCAPULA_MUSCLE_LATISSIMUS_DORSI);
  switch_mode (f, "anatomy");
  g_assert_cmpfloat (scapula_anatomy_view_get_intensity (f->anatomy, SCAPULA_MUSCLE_LATISSIMUS_DORSI), ==, 1.0);
  g_assert_cmpfloat (scapula_anatomy_view_get_intensity (f->anatomy, SCAPULA_MUSCLE_RHOMBOID_MAJOR), ==, 0.0);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (row)));
  g_assert_cmpstr (_scapula_anatomy_view_get_description (f->anatomy), ==,
                   "Primary: Latissimus dorsi. Selected: Latissimus dorsi.");

  /* And back: the week again, with the ring only. */
  switch_mode (f, "week");
  assert_week_levels (f, expected_sets);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "This week: 4.5 sets");
}

/* The mode buttons are reachable and work from the keyboard. */
static void
test_keyboard (Fixture       *f,
               gconstpointer  data)
{
  GtkWidget *week_button = _scapula_muscles_view_get_mode_button (f->view, "week");
  GtkWidget *anatomy_button = _scapula_muscles_view_get_mode_button (f->view, "anatomy");

  g_assert_true (gtk_widget_grab_focus (anatomy_button));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (f->window), GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_widget_has_focus (week_button));

  /* Space, as a key press would, through the button's activate signal;
   * the button shows itself pressed for a moment before it clicks. */
  g_assert_true (gtk_widget_activate (week_button));
  {
    gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

    while (g_strcmp0 (scapula_muscles_view_get_mode (f->view), "week") != 0 &&
           g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, TRUE);
  }
  g_assert_cmpstr (scapula_muscles_view_get_mode (f->view), ==, "week");
  g_assert_cmpfloat (scapula_anatomy_view_get_intensity (f->anatomy, SCAPULA_MUSCLE_RHOMBOID_MAJOR), ==, 0.8);

  /* The diagram comes next. */
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (f->window), GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (f->anatomy)));
}

/* A new week with nothing in it: a sentence, and the diagram uncoloured. */
static void
test_empty_week (Fixture       *f,
                 gconstpointer  data)
{
  GtkLabel *status = _scapula_muscles_view_get_week_status_label (f->view);

  switch_mode (f, "week");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (status)));

  /* Two weeks on, Monday 30 November at 9:00, the view is shown again. */
  scapula_manual_clock_set_now (SCAPULA_MANUAL_CLOCK (f->clock), (MONDAY_16 + 14 * DAY + 9 * 3600) * G_USEC_PER_SEC);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.view", "s", "exercises"));
  scapula_test_wait_for_frames (GTK_WIDGET (f->window), 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.view", "s", "muscles"));
  scapula_test_wait_for_frames (GTK_WIDGET (f->window), 2);

  for (guint m = 0; m < SCAPULA_N_MUSCLES; m++)
    g_assert_cmpfloat (scapula_anatomy_view_get_intensity (f->anatomy, m), ==, 0.0);
  g_assert_cmpstr (gtk_label_get_text (_scapula_muscles_view_get_week_label (f->view)), ==, "Week of 30 November");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (status)));
  g_assert_cmpstr (gtk_label_get_text (status), ==,
                   "Nothing logged this week yet. Muscles take on colour as you log sets in the Today view.");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (f->anatomy)));
  g_assert_cmpstr (_scapula_anatomy_view_get_description (f->anatomy), ==,
                   "Week of 30 November. No sets logged this week.");

  /* A muscle chosen now has 0 sets. */
  scapula_muscles_view_select (f->view, SCAPULA_MUSCLE_TRAPEZIUS_MIDDLE);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (_scapula_muscles_view_get_week_row (f->view))),
                   ==, "This week: 0 sets");
}

/* Back from a session: showing the view again reads the week again. */
static void
test_refresh_on_map (Fixture       *f,
                     gconstpointer  data)
{
  ScapulaDatabase *db = scapula_context_get_database (f->context);
  g_autoptr(GError) error = NULL;
  double sets[SCAPULA_N_MUSCLES];

  switch_mode (f, "week");
  g_assert_cmpuint (_scapula_muscles_view_get_n_week_reads (f->view), ==, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.view", "s", "exercises"));
  scapula_test_wait_for_frames (GTK_WIDGET (f->window), 2);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (f->view)));

  /* Wednesday morning: two more face pulls. */
  scapula_database_exec (db,
                         "INSERT INTO session (id, started_at, ended_at) VALUES (5, 1794992400, 1794996000);"
                         "INSERT INTO logged_set (session_id, position, exercise, kind, side, weight_kg, reps,"
                         " seconds, logged_at) VALUES"
                         "  (5, 0, 'face-pull', 'work', 'both', 15.0, 15, NULL, 1794992500),"
                         "  (5, 1, 'face-pull', 'work', 'both', 15.0, 15, NULL, 1794992600);",
                         &error);
  g_assert_no_error (error);
  g_assert_cmpuint (_scapula_muscles_view_get_n_week_reads (f->view), ==, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.view", "s", "muscles"));
  scapula_test_wait_for_frames (GTK_WIDGET (f->window), 2);
  g_assert_cmpuint (_scapula_muscles_view_get_n_week_reads (f->view), ==, 2);

  memcpy (sets, expected_sets, sizeof sets);
  sets[SCAPULA_MUSCLE_POSTERIOR_DELTOID] += 2;
  sets[SCAPULA_MUSCLE_TRAPEZIUS_MIDDLE] += 2;
  sets[SCAPULA_MUSCLE_RHOMBOID_MAJOR] += 2;
  sets[SCAPULA_MUSCLE_RHOMBOID_MINOR] += 2;
  sets[SCAPULA_MUSCLE_TRAPEZIUS_LOWER] += 1;
  sets[SCAPULA_MUSCLE_INFRASPINATUS] += 1;
  sets[SCAPULA_MUSCLE_TERES_MINOR] += 1;
  assert_week_levels (f, sets);
  g_assert_cmpfloat (scapula_anatomy_view_get_intensity (f->anatomy, SCAPULA_MUSCLE_RHOMBOID_MAJOR), ==, 1.0);
}

/* Weeks that start on Sunday take in Sunday's pull-ups. */
static void
test_week_start (Fixture       *f,
                 gconstpointer  data)
{
  double sets[SCAPULA_N_MUSCLES];

  switch_mode (f, "week");
  g_settings_set_string (f->settings, "week-start", "sunday");
  scapula_test_wait_for_frames (GTK_WIDGET (f->window), 1);

  g_assert_cmpstr (gtk_label_get_text (_scapula_muscles_view_get_week_label (f->view)), ==, "Week of 15 November");
  memcpy (sets, expected_sets, sizeof sets);
  sets[SCAPULA_MUSCLE_LATISSIMUS_DORSI] += 4;
  sets[SCAPULA_MUSCLE_RHOMBOID_MAJOR] += 4;
  sets[SCAPULA_MUSCLE_RHOMBOID_MINOR] += 4;
  sets[SCAPULA_MUSCLE_TRAPEZIUS_LOWER] += 2;
  sets[SCAPULA_MUSCLE_TRAPEZIUS_MIDDLE] += 2;
  sets[SCAPULA_MUSCLE_TERES_MAJOR] += 2;
  sets[SCAPULA_MUSCLE_BICEPS] += 2;
  sets[SCAPULA_MUSCLE_FOREARMS] += 2;
  assert_week_levels (f, sets);
  g_assert_cmpfloat (scapula_anatomy_view_get_intensity (f->anatomy, SCAPULA_MUSCLE_LATISSIMUS_DORSI), ==, 0.85);
}

/* Until the database opens the week says so, then fills in. */
static void
test_no_database (Fixture       *f,
                  gconstpointer  data)
{
  GtkLabel *status = _scapula_muscles_view_get_week_status_label (f->view);
  g_autoptr(ScapulaDatabase) db = NULL;

  switch_mode (f, "week");
  g_assert_cmpuint (_scapula_muscles_view_get_n_week_reads (f->view), ==, 0);
  g_assert_cmpstr (gtk_label_get_text (_scapula_muscles_view_get_week_label (f->view)), ==, "Week of 16 November");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (status)));
  g_assert_cmpstr (gtk_label_get_text (status), ==, "This week’s sets show here once your training log is open.");
  g_assert_cmpfloat (scapula_anatomy_view_get_intensity (f->anatomy, SCAPULA_MUSCLE_RHOMBOID_MAJOR), ==, 0.0);
  g_assert_cmpstr (_scapula_anatomy_view_get_description (f->anatomy), ==,
                   "Week of 16 November. This week’s sets are not available.");

  db = open_database (TRUE);
  scapula_context_set_database (f->context, db);
  scapula_test_wait_for_frames (GTK_WIDGET (f->window), 1);

  g_assert_cmpuint (_scapula_muscles_view_get_n_week_reads (f->view), ==, 1);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (status)));
  assert_week_levels (f, expected_sets);
}

/* The mode comes back from the setting when the view is built. */
static void
test_remembered_mode (void)
{
  g_autoptr(ScapulaCatalog) catalog = scapula_catalog_new_default ();
  g_autoptr(GSettings) settings = g_settings_new ("io.github.scapula.Scapula");
  g_autoptr(ScapulaContext) context = NULL;
  GtkWidget *view;

  g_settings_set_string (settings, "muscles-mode", "week");
  context = scapula_context_new (catalog, settings);
  view = g_object_ref_sink (scapula_muscles_view_new (context));
  g_assert_cmpstr (scapula_muscles_view_get_mode (SCAPULA_MUSCLES_VIEW (view)), ==, "week");

  scapula_muscles_view_set_mode (SCAPULA_MUSCLES_VIEW (view), "anatomy");
  {
    g_autofree char *mode = g_settings_get_string (settings, "muscles-mode");

    g_assert_cmpstr (mode, ==, "anatomy");
  }

  g_assert_finalize_object (view);
  g_settings_reset (settings, "muscles-mode");
}

typedef struct
{
  double r, g, b;
} Pixel;

static Pixel
pixel_at (const guchar *data,
          gsize         stride,
          double        x,
          double        y)
{
  /* GDK_MEMORY_DEFAULT is premultiplied B8G8R8A8 on little endian and
   * A8R8G8B8 on big endian: cairo's native ARGB32. */
  guint32 value = *(const guint32 *) (gconstpointer) (data + (gsize) y * stride + (gsize) x * 4);

  g_assert_cmpfloat (((value >> 24) & 0xff) / 255.0, >, 0.99);
  return (Pixel) {
    ((value >> 16) & 0xff) / 255.0,
    ((value >> 8) & 0xff) / 255.0,
    (value & 0xff) / 255.0,
  };
}

static double
distance (Pixel a,
          Pixel b)
{
  return sqrt ((a.r - b.r) * (a.r - b.r) + (a.g - b.g) * (a.g - b.g) + (a.b - b.b) * (a.b - b.b));
}

static double
saturation (Pixel p)
{
  double max = MAX (p.r, MAX (p.g, p.b));
  double min = MIN (p.r, MIN (p.g, p.b));

  return max > 0 ? (max - min) / max : 0;
}

static Pixel
rgba_pixel (const GdkRGBA *color)
{
  return (Pixel) { color->red, color->green, color->blue };
}

/* Renders @widget on an opaque background; returns its pixels. */
static guchar *
render (GtkWidget *widget,
        gboolean   dark,
        gsize     *stride)
{
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  float background = dark ? 0.14 : 0.98;
  guchar *data;

  gtk_snapshot_append_color (snapshot, &(GdkRGBA) { background, background, background, 1 },
                             &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));

  *stride = 4 * (gsize) width;
  data = g_malloc (*stride * height);
  gdk_texture_download (texture, data, *stride);
  return data;
}

/* Where the diagram names @muscle, on the side it is drawn deep if it is
 * drawn on both. */
static Pixel
muscle_pixel (ScapulaAnatomyView *anatomy,
              const guchar       *data,
              gsize               stride,
              ScapulaMuscle       muscle)
{
  ScapulaMuscleMap *map = _scapula_anatomy_view_get_map (anatomy);
  ScapulaBodySide deep = scapula_muscle_map_get_superficial_side (map) == SCAPULA_BODY_SIDE_LEFT
                         ? SCAPULA_BODY_SIDE_RIGHT : SCAPULA_BODY_SIDE_LEFT;
  const ScapulaMuscleRegion *found = NULL;
  double x, y;

  for (guint i = 0; i < scapula_muscle_map_get_n_regions (map); i++)
    {
      const ScapulaMuscleRegion *region = scapula_muscle_map_get_region (map, i);

      if (region->muscle == muscle && (found == NULL || region->side == deep))
        found = region;
    }

  g_assert_nonnull (found);
  _scapula_anatomy_view_map_to_widget (anatomy, found->label_x, found->label_y, &x, &y);
  return pixel_at (data, stride, x, y);
}

/* A muscle with sets is drawn in the accent's direction, one without in
 * the neutral tone; the key runs between the same two colours. */
static void
check_pixels (Fixture  *f,
              gboolean  dark)
{
  GtkWidget *bar = _scapula_muscles_view_get_legend_bar (f->view);
  g_autofree guchar *diagram = NULL;
  g_autofree guchar *key = NULL;
  GdkRGBA none, full, accent;
  Pixel trained, untrained, low, high;
  gsize stride;
  int width, height;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
  switch_mode (f, "week");
  scapula_test_wait_for_frames (GTK_WIDGET (f->window), 2);

  g_assert_true (gtk_style_context_lookup_color (gtk_widget_get_style_context (GTK_WIDGET (f->anatomy)),
                                                 "accent_bg_color", &accent));
  scapula_anatomy_view_get_level_color (f->anatomy, 0.0, &none);
  scapula_anatomy_view_get_level_color (f->anatomy, 1.0, &full);
  g_assert_cmpfloat (distance (rgba_pixel (&full), rgba_pixel (&accent)), <, 0.01);

  diagram = render (GTK_WIDGET (f->anatomy), dark, &stride);
  trained = muscle_pixel (f->anatomy, diagram, stride, SCAPULA_MUSCLE_RHOMBOID_MAJOR);
  untrained = muscle_pixel (f->anatomy, diagram, stride, SCAPULA_MUSCLE_ERECTOR_SPINAE);
  g_test_message ("%s: 8 sets %.2f %.2f %.2f, none %.2f %.2f %.2f", dark ? "dark" : "light",
                  trained.r, trained.g, trained.b, untrained.r, untrained.g, untrained.b);

  g_assert_cmpfloat (distance (trained, untrained), >, 0.25);
  g_assert_cmpfloat (saturation (trained), >, 0.4);
  g_assert_cmpfloat (saturation (untrained), <, 0.1);
  g_assert_cmpfloat (distance (untrained, rgba_pixel (&none)), <, 0.03);
  g_assert_cmpfloat (distance (trained, rgba_pixel (&accent)), <, distance (untrained, rgba_pixel (&accent)));

  /* The key: the neutral tone at the "0" end, the accent at the "10+" end. */
  width = gtk_widget_get_width (bar);
  height = gtk_widget_get_height (bar);
  g_assert_cmpint (width, >=, 100);
  key = render (bar, dark, &stride);
  low = pixel_at (key, stride, 3, height / 2);
  high = pixel_at (key, stride, width - 4, height / 2);
  g_assert_cmpfloat (distance (low, rgba_pixel (&none)), <, 0.05);
  g_assert_cmpfloat (distance (high, rgba_pixel (&full)), <, 0.05);

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

static void
test_pixels_light (Fixture       *f,
                   gconstpointer  data)
{
  check_pixels (f, FALSE);
}

static void
test_pixels_dark (Fixture       *f,
                  gconstpointer  data)
{
  check_pixels (f, TRUE);
}

/* At 360 px the diagram, the week's line, the key and the sentence still
 * fit in one column. */
static void
test_narrow (Fixture       *f,
             gconstpointer  data)
{
  GtkWidget *legend = gtk_widget_get_parent (_scapula_muscles_view_get_legend_bar (f->view));

  switch_mode (f, "week");
  scapula_test_wait_for_frames (GTK_WIDGET (f->window), 3);

  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->window)), <=, 360);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (f->anatomy)));
  g_assert_true (gtk_widget_get_mapped (legend));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (_scapula_muscles_view_get_week_label (f->view))));
  g_assert_cmpint (gtk_widget_get_width (legend), <=, gtk_widget_get_width (GTK_WIDGET (f->view)) - 24);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (f->anatomy)), >=, 200);
}

int
main (int   argc,
      char *argv[])
{
  if (!scapula_test_ui_init (&argc, &argv))
    return 77;

  g_test_add ("/muscles-view/week-mode", Fixture, NULL, fixture_set_up, test_week_mode, fixture_tear_down);
  g_test_add ("/muscles-view/week-selection", Fixture, NULL, fixture_set_up, test_week_selection, fixture_tear_down);
  g_test_add ("/muscles-view/keyboard", Fixture, NULL, fixture_set_up, test_keyboard, fixture_tear_down);
  g_test_add ("/muscles-view/empty-week", Fixture, NULL, fixture_set_up, test_empty_week, fixture_tear_down);
  g_test_add ("/muscles-view/refresh-on-map", Fixture, NULL, fixture_set_up, test_refresh_on_map, fixture_tear_down);
  g_test_add ("/muscles-view/week-start", Fixture, NULL, fixture_set_up, test_week_start, fixture_tear_down);
  g_test_add ("/muscles-view/no-database", Fixture, NULL, fixture_set_up_no_database, test_no_database,
              fixture_tear_down);
  g_test_add_func ("/muscles-view/remembered-mode", test_remembered_mode);
  g_test_add ("/muscles-view/pixels-light", Fixture, NULL, fixture_set_up, test_pixels_light, fixture_tear_down);
  g_test_add ("/muscles-view/pixels-dark", Fixture, NULL, fixture_set_up, test_pixels_dark, fixture_tear_down);
  g_test_add ("/muscles-view/narrow", Fixture, NULL, fixture_set_up_narrow, test_narrow, fixture_tear_down);

  return g_test_run ();
}
