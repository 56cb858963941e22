/* scapula-screenshot.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Renders the main window to a PNG, for the README, the metainfo and for
 * looking at a change: scapula-screenshot --view exercises --width 360
 * --dark -o shot.png. It uses the shipped catalog, an in-memory database
 * and memory settings, so it never touches real data. Run it under a
 * display (xvfb-run).
 */

#include "config.h"

#include <adwaita.h>

#include "scapula-enums.h"
#include "scapula-init.h"
#include "scapula-vocabulary.h"
#include "scapula-bench-history.h"
#include "scapula-plan-generator.h"
#include "scapula-today-view.h"
#include "scapula-window-private.h"

static void
wait_for_frames (GtkWidget *widget,
                 guint      n)
{
  for (guint i = 0; i < n; i++)
    {
      gtk_test_widget_wait_for_draw (widget);
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }
}

/* A week as a new user would generate it: dumbbells only, beginner, three
 * days, started two weeks ago. */
static void
add_plan (ScapulaContext *context,
          ScapulaCatalog *catalog,
          gboolean        break_a_rule)
{
  ScapulaPlanRequest request = {
    .equipment = SCAPULA_EQUIPMENT_PRESET_DUMBBELLS,
    .level = SCAPULA_LEVEL_BEGINNER,
    .days_per_week = 3,
    .minutes = 45,
    .seed = 7,
  };
  g_autoptr(ScapulaPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  GDate start;

  g_date_clear (&start, 1);
  g_date_set_time_t (&start, time (NULL));
  g_date_subtract_days (&start, g_date_get_weekday (&start) - 1 + 14);

  plan = scapula_plan_generate (catalog, &request, "Dumbbells only, 3 days", &start);
  if (break_a_rule)
    {
      /* A session on Tuesday too, right after Monday's. */
      scapula_plan_copy_day (plan, 1, 2);
    }
  scapula_plan_store_add (scapula_context_get_plan_store (context), plan, &error);
  g_assert_no_error (error);
}

/* Last week's Monday session, so today's targets and "last time" have
 * something to go on: each strength exercise at 12 kg, two reps above the
 * bottom of its range. */
static void
add_history (ScapulaContext *context,
             ScapulaPlanDay *day)
{
  ScapulaDatabase *db = scapula_context_get_database (context);
  gint64 started = g_get_real_time () / G_USEC_PER_SEC - 7 * 24 * 3600;
  guint position = 0;
  g_autoptr(GError) error = NULL;
  g_autofree char *session = g_strdup_printf ("INSERT INTO session (id, started_at, ended_at) VALUES (1, %"
                                              G_GINT64_FORMAT ", %" G_GINT64_FORMAT ")",
                                              started, started + 2400);

  g_assert_true (scapula_database_exec (db, session, &error));
  for (guint i = 0; i < scapula_plan_day_get_n_items (day); i++)
    {
      ScapulaPlanItem *item = scapula_plan_day_get_item (day, i);
      const ScapulaPrescription *p = scapula_plan_item_get_prescription (item);

      if (p->progression == SCAPULA_PROGRESSION_NONE || scapula_prescription_is_hold (p))
        continue;

      for (guint set = 0; set < p->sets * (p->per_side ? 2 : 1); set++)
        {
          g_autofree char *sql = g_strdup_printf ("INSERT INTO logged_set (session_id, position, exercise, kind,"
                                                  " side, weight_kg, reps, logged_at) VALUES (1, %u, '%s', 'work',"
                                                  " '%s', 12, %u, %" G_GINT64_FORMAT ")",
                                                  position, scapula_plan_item_get_exercise (item),
                                                  !p->per_side ? "both" : set % 2 == 0 ? "left" : "right",
                                                  p->reps_min + 2, started + 60 * position);

          g_assert_true (scapula_database_exec (db, sql, &error));
          position++;
        }
    }
}

/* Today's view in the middle of the generated Monday session: "set" shows
 * the first working set's inputs, "rest" the rest after it, "hold" a
 * stretch's hold timer. */
static void
run_session (ScapulaWindow *window,
             ScapulaContext *context,
             const char    *moment)
{
  ScapulaTodayView *today = SCAPULA_TODAY_VIEW (adw_bin_get_child (ADW_BIN (adw_view_stack_get_child_by_name (
                                                _scapula_window_get_stack (window), "today"))));
  ScapulaRunner *runner = scapula_today_view_get_runner (today);
  ScapulaPlanDay *monday = scapula_plan_get_day (scapula_plan_store_get_active (scapula_context_get_plan_store (context)), 1);
  ScapulaSession *session;
  g_autoptr(GError) error = NULL;
  guint entry;
  int set;

  add_history (context, monday);
  g_assert_true (scapula_runner_start (runner, monday, &error));
  g_assert_true (scapula_runner_skip_set (runner, &error));
  session = scapula_runner_get_session (runner);

  /* Warm-up moves and warm-up sets, as done. */
  while (scapula_session_get_current (session, &entry, &set))
    {
      ScapulaSessionEntry *e = scapula_session_get_entry (session, entry);
      const ScapulaSessionSet *s;

      if (set < 0)
        {
          g_assert_true (scapula_runner_check_in (runner, 1, FALSE, NULL, &error));
          continue;
        }

      s = scapula_session_entry_get_set (e, set);

      if (g_str_equal (moment, "hold") && scapula_session_entry_get_kind (e) == SCAPULA_ENTRY_KIND_HOLD)
        {
          g_assert_true (scapula_runner_start_activity (runner, &error));
          return;
        }
      if (!g_str_equal (moment, "hold") && s->kind == SCAPULA_SET_KIND_WORK)
        break;
      if (scapula_session_entry_get_kind (e) != SCAPULA_ENTRY_KIND_REPS ||
          scapula_session_entry_get_exercise_kind (e) != SCAPULA_EXERCISE_KIND_STRENGTH)
        g_assert_true (scapula_runner_skip_set (runner, &error));
      else
        g_assert_true (scapula_runner_log_set (runner, s->target_weight_kg, s->target_reps, 0, &error));
    }

  if (g_str_equal (moment, "rest"))
    {
      /* The first working set, both sides, then 25 s into the rest. */
      while (!scapula_timer_get_active (scapula_runner_get_rest_timer (runner)) &&
             scapula_session_get_current (session, &entry, &set) && set >= 0)
        {
          const ScapulaSessionSet *s = scapula_session_entry_get_set (scapula_session_get_entry (session, entry), set);

          g_assert_true (scapula_runner_log_set (runner, s->target_weight_kg, s->target_reps, 8, &error));
        }
      scapula_runner_adjust_rest (runner, -25 * G_USEC_PER_SEC);
    }
  else
    {
      scapula_runner_skip_rest (runner);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *view = g_strdup ("exercises");
  g_autofree char *output = NULL;
  g_autofree char *exercise = NULL;
  g_autofree char *muscle = NULL;
  g_autofree char *plan_kind = NULL;
  g_autofree char *moment = NULL;
  g_autofree char *muscles_mode = NULL;
  int history = 0;
  int width = 1000, height = 720;
  gboolean dark = FALSE;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ScapulaCatalog) catalog = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(ScapulaDatabase) db = NULL;
  g_autoptr(ScapulaContext) app_context = NULL;
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GtkSnapshot *snapshot;
  ScapulaWindow *window;
  int w, h;
  const GOptionEntry entries[] = {
    { "view", 0, 0, G_OPTION_ARG_STRING, &view, "View to show", "NAME" },
    { "width", 0, 0, G_OPTION_ARG_INT, &width, "Window width", "PX" },
    { "height", 0, 0, G_OPTION_ARG_INT, &height, "Window height", "PX" },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, "Use the dark style", NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "PNG file to write", "FILE" },
    { "exercise", 0, 0, G_OPTION_ARG_STRING, &exercise, "Open this exercise (slug)", "SLUG" },
    { "muscle", 0, 0, G_OPTION_ARG_STRING, &muscle, "Select this muscle (e.g. rhomboid-major)", "NAME" },
    { "plan", 0, 0, G_OPTION_ARG_STRING, &plan_kind,
      "Add a generated three-day dumbbell week in its third week; \"edited\" also breaks a rule", "generated|edited" },
    { "session", 0, 0, G_OPTION_ARG_STRING, &moment,
      "Show the Monday session of --plan in the Today view at this moment", "set|rest|hold" },
    { "muscles-mode", 0, 0, G_OPTION_ARG_STRING, &muscles_mode,
      "What the Muscles view's diagram shows; \"week\" colours this week's sets (with --history)", "anatomy|week" },
    { "history", 0, 0, G_OPTION_ARG_INT, &history,
      "Fill the database with the benchmarks' five-year history of this many sets, ending now", "SETS" },
    { NULL }
  };

  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);

  context = g_option_context_new ("- render Scapula's window to PNG");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || output == NULL)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "--output is required");
      return 2;
    }

  if (!gtk_init_check ())
    {
      g_printerr ("No display\n");
      return 1;
    }

  scapula_ensure_resources ();
  adw_init ();
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    "/io/github/scapula/Scapula/icons");
  /* GNOME's font, and no transitions caught half-way. */
  g_object_set (gtk_settings_get_default (),
                "gtk-font-name", "Cantarell 11",
                "gtk-enable-animations", FALSE,
                NULL);
  {
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

    /* What AdwApplication loads for the app. */
    gtk_css_provider_load_from_resource (css, "/io/github/scapula/Scapula/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);

  catalog = scapula_catalog_new_default ();
  settings = g_settings_new ("io.github.scapula.Scapula");
  db = scapula_database_open (NULL, &error);
  g_assert_no_error (error);
  app_context = scapula_context_new (catalog, settings);
  scapula_context_set_database (app_context, db);

  if (plan_kind != NULL)
    add_plan (app_context, catalog, g_str_equal (plan_kind, "edited"));

  if (history > 0 &&
      !scapula_bench_history_fill (db, history, g_get_real_time () / G_USEC_PER_SEC, NULL, &error))
    {
      g_printerr ("Could not write the history: %s\n", error->message);
      return 1;
    }

  if (muscles_mode != NULL)
    g_settings_set_string (settings, "muscles-mode", muscles_mode);

  window = scapula_window_new (NULL, app_context);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", view);
  wait_for_frames (GTK_WIDGET (window), 2);

  if (moment != NULL)
    {
      g_settings_set_boolean (settings, "medical-note-shown", TRUE);
      run_session (window, app_context, moment);
    }

  if (exercise != NULL)
    {
      ScapulaExercise *found = scapula_catalog_lookup (catalog, exercise);

      if (found == NULL)
        {
          g_printerr ("No exercise “%s”\n", exercise);
          return 2;
        }
      scapula_exercises_view_show (_scapula_window_get_exercises_view (window), found);
    }

  if (muscle != NULL)
    {
      int value;

      if (!scapula_enum_from_nick (SCAPULA_TYPE_MUSCLE, muscle, &value))
        {
          g_printerr ("No muscle “%s”\n", muscle);
          return 2;
        }
      scapula_muscles_view_select (_scapula_window_get_muscles_view (window), value);
    }

  wait_for_frames (GTK_WIDGET (window), 5);

  w = gtk_widget_get_width (GTK_WIDGET (window));
  h = gtk_widget_get_height (GTK_WIDGET (window));
  paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, w, h);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, w, h));

  if (!gdk_texture_save_to_png (texture, output))
    {
      g_printerr ("Could not write %s\n", output);
      return 1;
    }

  g_print ("%s: %s, %d×%d, %s\n", output, view, w, h, dark ? "dark" : "light");
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
