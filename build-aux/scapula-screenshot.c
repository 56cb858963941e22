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
#include "scapula-plan-generator.h"
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

int
main (int   argc,
      char *argv[])
{
  g_autofree char *view = g_strdup ("exercises");
  g_autofree char *output = NULL;
  g_autofree char *exercise = NULL;
  g_autofree char *muscle = NULL;
  g_autofree char *plan_kind = NULL;
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

  window = scapula_window_new (NULL, app_context);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", view);
  wait_for_frames (GTK_WIDGET (window), 2);

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
