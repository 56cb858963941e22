/* test-figure.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "scapula-catalog.h"
#include "scapula-figure.h"
#include "scapula-test-ui.h"

static ScapulaCatalog *catalog;

/* Runs the main loop for a while, drawing frames as they come. */
static void
run_for (guint milliseconds)
{
  gint64 end = g_get_monotonic_time () + milliseconds * G_TIME_SPAN_MILLISECOND;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static GtkWidget *
show_figure (ScapulaFigure *figure,
             int            width,
             int            height)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_decorated (GTK_WINDOW (window), FALSE);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (figure));
  gtk_window_present (GTK_WINDOW (window));
  scapula_test_wait_for_frames (window, 3);

  return window;
}

/* The same render path as build-aux/scapula-screenshot.c: the window and
 * everything in it, as the user sees it. */
static GdkTexture *
render (GtkWidget *window)
{
  int w = gtk_widget_get_width (window);
  int h = gtk_widget_get_height (window);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  g_autoptr(GskRenderNode) node = NULL;
  GtkSnapshot *snapshot = gtk_snapshot_new ();

  scapula_test_wait_for_frames (window, 1);
  gdk_paintable_snapshot (paintable, snapshot, w, h);
  node = gtk_snapshot_free_to_node (snapshot);

  return gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)),
                                      node, &GRAPHENE_RECT_INIT (0, 0, w, h));
}

static guchar *
download (GdkTexture *texture,
          gsize      *stride)
{
  int w = gdk_texture_get_width (texture);
  int h = gdk_texture_get_height (texture);
  guchar *data;

  *stride = 4 * w;
  data = g_malloc (*stride * h);
  gdk_texture_download (texture, data, *stride);

  return data;
}

/* Pixels of an opaque colour, in the texture's ARGB32 (B, G, R, A). */
static guint
count_color (GdkTexture    *texture,
             const GdkRGBA *color,
             int            tolerance)
{
  gsize stride;
  g_autofree guchar *data = download (texture, &stride);
  int r = color->red * 255, g = color->green * 255, b = color->blue * 255;
  guint count = 0;

  for (int y = 0; y < gdk_texture_get_height (texture); y++)
    for (int x = 0; x < gdk_texture_get_width (texture); x++)
      {
        const guchar *p = data + y * stride + 4 * x;

        if (ABS (p[2] - r) <= tolerance && ABS (p[1] - g) <= tolerance && ABS (p[0] - b) <= tolerance)
          count++;
      }

  return count;
}

static guint
count_differences (GdkTexture *a,
                   GdkTexture *b)
{
  gsize stride;
  g_autofree guchar *da = download (a, &stride);
  g_autofree guchar *db = download (b, &stride);
  guint count = 0;

  g_assert_cmpint (gdk_texture_get_width (a), ==, gdk_texture_get_width (b));
  g_assert_cmpint (gdk_texture_get_height (a), ==, gdk_texture_get_height (b));

  for (gsize i = 0; i < stride * gdk_texture_get_height (a); i += 4)
    if (memcmp (da + i, db + i, 4) != 0)
      count++;

  return count;
}

/* A colour as it looks painted over the window's background. */
static GdkRGBA
over_background (GtkWidget     *widget,
                 const GdkRGBA *color)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  GdkRGBA bg, out;

  g_assert_true (gtk_style_context_lookup_color (context, "window_bg_color", &bg));
  out.red = color->red * color->alpha + bg.red * (1 - color->alpha);
  out.green = color->green * color->alpha + bg.green * (1 - color->alpha);
  out.blue = color->blue * color->alpha + bg.blue * (1 - color->alpha);
  out.alpha = 1;

  return out;
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

/* Setters notify once per real change, clamp the step and release the
 * exercise. */
static void
test_figure_properties (void)
{
  ScapulaExercise *seal = scapula_catalog_lookup (catalog, "seal-row");
  ScapulaExercise *pull_up = scapula_catalog_lookup (catalog, "pull-up");
  ScapulaFigure *figure = g_object_ref_sink (SCAPULA_FIGURE (scapula_figure_new ()));
  guint n_exercise = 0, n_step = 0, n_playing = 0;

  g_signal_connect (figure, "notify::exercise", G_CALLBACK (count_notify_cb), &n_exercise);
  g_signal_connect (figure, "notify::step", G_CALLBACK (count_notify_cb), &n_step);
  g_signal_connect (figure, "notify::playing", G_CALLBACK (count_notify_cb), &n_playing);

  g_assert_null (scapula_figure_get_exercise (figure));
  g_assert_cmpuint (scapula_figure_get_step (figure), ==, 0);
  g_assert_false (scapula_figure_get_playing (figure));

  scapula_figure_set_exercise (figure, seal);
  scapula_figure_set_exercise (figure, seal);
  g_assert_cmpuint (n_exercise, ==, 1);
  g_assert_true (scapula_figure_get_exercise (figure) == seal);

  scapula_figure_set_step (figure, 2);
  scapula_figure_set_step (figure, 2);
  g_assert_cmpuint (n_step, ==, 1);
  g_assert_cmpuint (scapula_figure_get_step (figure), ==, 2);

  /* Past the last step: the last step. */
  scapula_figure_set_step (figure, 99);
  g_assert_cmpuint (scapula_figure_get_step (figure), ==, scapula_exercise_get_n_steps (seal) - 1);
  g_assert_cmpuint (n_step, ==, 2);

  /* Another exercise starts at its first step. */
  g_object_set (figure, "exercise", pull_up, NULL);
  g_assert_cmpuint (n_exercise, ==, 2);
  g_assert_cmpuint (scapula_figure_get_step (figure), ==, 0);
  g_assert_cmpuint (n_step, ==, 3);

  scapula_figure_set_playing (figure, TRUE);
  scapula_figure_set_playing (figure, TRUE);
  g_assert_cmpuint (n_playing, ==, 1);
  g_assert_true (scapula_figure_get_playing (figure));

  /* Not on screen: nothing ticks. */
  g_assert_false (_scapula_figure_is_animating (figure));

  scapula_figure_set_exercise (figure, NULL);
  g_assert_cmpuint (n_exercise, ==, 3);
  g_assert_null (scapula_figure_get_exercise (figure));

  g_assert_finalize_object (figure);
}

/* The figure asks for about 240 × 200 and can shrink to 120 × 100. */
static void
test_figure_measure (void)
{
  ScapulaFigure *figure = g_object_ref_sink (SCAPULA_FIGURE (scapula_figure_new ()));
  int minimum, natural;

  gtk_widget_measure (GTK_WIDGET (figure), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, ==, 120);
  g_assert_cmpint (natural, ==, 240);
  gtk_widget_measure (GTK_WIDGET (figure), GTK_ORIENTATION_VERTICAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, ==, 100);
  g_assert_cmpint (natural, ==, 200);

  g_assert_finalize_object (figure);
}

/* Seal row, step 1 and step 3: different pictures, both in the foreground
 * colour, and the accent on the shoulder blades only where they squeeze. */
static void
test_figure_render (void)
{
  ScapulaExercise *seal = scapula_catalog_lookup (catalog, "seal-row");
  ScapulaFigure *figure = SCAPULA_FIGURE (scapula_figure_new ());
  GtkWidget *window = show_figure (figure, 360, 300);
  g_autoptr(GdkTexture) empty = render (window);
  g_autoptr(GdkTexture) step1 = NULL;
  g_autoptr(GdkTexture) step3 = NULL;
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (figure));
  GdkRGBA fg, accent;
  guint n_pixels = 360 * 300;

  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (figure)), ==, 360);

  scapula_figure_set_exercise (figure, seal);
  step1 = render (window);
  scapula_figure_set_step (figure, 2);
  step3 = render (window);

  gtk_style_context_get_color (context, &fg);
  fg = over_background (GTK_WIDGET (figure), &fg);
  g_assert_true (gtk_style_context_lookup_color (context, "accent_bg_color", &accent));

  /* No exercise, no picture. */
  g_assert_cmpuint (count_color (empty, &fg, 4), ==, 0);

  /* The body is drawn in the foreground colour. */
  g_assert_cmpuint (count_color (step1, &fg, 4), >, n_pixels / 100);
  g_assert_cmpuint (count_color (step3, &fg, 4), >, n_pixels / 100);

  /* Standing beside the bench is not lying on it. */
  g_assert_cmpuint (count_differences (step1, step3), >, n_pixels / 50);

  /* The row squeezes the shoulder blades; standing does not. */
  g_assert_cmpuint (count_color (step1, &accent, 6), ==, 0);
  g_assert_cmpuint (count_color (step3, &accent, 6), >, 40);

  /* Dark mode follows the theme's foreground. */
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  scapula_test_wait_for_frames (window, 2);
  {
    g_autoptr(GdkTexture) dark = render (window);
    GdkRGBA dark_fg;

    gtk_style_context_get_color (context, &dark_fg);
    dark_fg = over_background (GTK_WIDGET (figure), &dark_fg);
    g_assert_cmpfloat (dark_fg.red, >, 0.5);
    g_assert_cmpuint (count_color (dark, &dark_fg, 4), >, n_pixels / 100);
    g_assert_cmpuint (count_color (dark, &accent, 6), >, 40);
  }
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_LIGHT);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Every step of every exercise draws something. */
static void
test_figure_every_exercise (void)
{
  ScapulaFigure *figure = SCAPULA_FIGURE (scapula_figure_new ());
  GtkWidget *window = show_figure (figure, 240, 200);
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (figure));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (catalog));
  GdkRGBA fg;

  gtk_style_context_get_color (context, &fg);
  fg = over_background (GTK_WIDGET (figure), &fg);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ScapulaExercise) exercise = g_list_model_get_item (G_LIST_MODEL (catalog), i);

      scapula_figure_set_exercise (figure, exercise);
      for (guint step = 0; step < scapula_exercise_get_n_steps (exercise); step += 2)
        {
          g_autoptr(GdkTexture) texture = NULL;

          scapula_figure_set_step (figure, step);
          texture = render (window);
          g_test_message ("%s step %u", scapula_exercise_get_slug (exercise), step + 1);
          g_assert_cmpuint (count_color (texture, &fg, 4), >, 100);
        }
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Playing ticks only while the figure is on screen; the step follows the
 * animation and stops with it. */
static void
test_figure_animation (void)
{
  ScapulaExercise *seal = scapula_catalog_lookup (catalog, "seal-row");
  ScapulaFigure *figure = SCAPULA_FIGURE (scapula_figure_new ());
  GtkWidget *window = show_figure (figure, 240, 200);
  guint n_step = 0, step;
  gint64 deadline;

  scapula_figure_set_exercise (figure, seal);
  g_assert_false (_scapula_figure_is_animating (figure));
  g_signal_connect (figure, "notify::step", G_CALLBACK (count_notify_cb), &n_step);

  /* Fast forward: a step takes about 2 s at normal speed. */
  _scapula_figure_set_speed (figure, 25);
  scapula_figure_set_playing (figure, TRUE);
  g_assert_true (_scapula_figure_is_animating (figure));

  deadline = g_get_monotonic_time () + 5 * G_TIME_SPAN_SECOND;
  while (n_step < 2 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (n_step, >=, 2);

  /* Hidden: the tick callback goes and the step stays. */
  gtk_widget_set_visible (GTK_WIDGET (figure), FALSE);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (figure)));
  g_assert_false (_scapula_figure_is_animating (figure));
  step = scapula_figure_get_step (figure);
  n_step = 0;
  run_for (300);
  g_assert_cmpuint (n_step, ==, 0);
  g_assert_cmpuint (scapula_figure_get_step (figure), ==, step);
  g_assert_true (scapula_figure_get_playing (figure));

  /* Shown again, it carries on; paused, it stops. */
  gtk_widget_set_visible (GTK_WIDGET (figure), TRUE);
  scapula_test_wait_for_frames (window, 1);
  g_assert_true (_scapula_figure_is_animating (figure));
  scapula_figure_set_playing (figure, FALSE);
  g_assert_false (_scapula_figure_is_animating (figure));
  step = scapula_figure_get_step (figure);
  n_step = 0;
  run_for (300);
  g_assert_cmpuint (n_step, ==, 0);
  g_assert_cmpuint (scapula_figure_get_step (figure), ==, step);

  /* Closing the window while playing leaves nothing behind. */
  scapula_figure_set_playing (figure, TRUE);
  g_assert_true (_scapula_figure_is_animating (figure));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* An image, labelled with the step and its text. */
static void
test_figure_accessible (void)
{
  ScapulaExercise *seal = scapula_catalog_lookup (catalog, "seal-row");
  ScapulaFigure *figure = SCAPULA_FIGURE (scapula_figure_new ());
  GtkWidget *window = show_figure (figure, 240, 200);
  const char * const *steps = scapula_exercise_get_steps (seal);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  gtk_test_accessible_assert_role (figure, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_test_accessible_assert_property (figure, GTK_ACCESSIBLE_PROPERTY_LABEL, "No exercise");

  scapula_figure_set_exercise (figure, seal);
  first = g_strdup_printf ("Step 1 of 4: %s", steps[0]);
  gtk_test_accessible_assert_property (figure, GTK_ACCESSIBLE_PROPERTY_LABEL, first);

  scapula_figure_set_step (figure, 1);
  second = g_strdup_printf ("Step 2 of 4: %s", steps[1]);
  gtk_test_accessible_assert_property (figure, GTK_ACCESSIBLE_PROPERTY_LABEL, second);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!scapula_test_ui_init (&argc, &argv))
    return 77;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_LIGHT);
  catalog = scapula_catalog_new_default ();

  g_test_add_func ("/figure/properties", test_figure_properties);
  g_test_add_func ("/figure/measure", test_figure_measure);
  g_test_add_func ("/figure/render", test_figure_render);
  g_test_add_func ("/figure/every-exercise", test_figure_every_exercise);
  g_test_add_func ("/figure/animation", test_figure_animation);
  g_test_add_func ("/figure/accessible", test_figure_accessible);

  status = g_test_run ();
  g_clear_object (&catalog);

  return status;
}
