/* bench-chart.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What a chart costs once its data is loaded (issue #6: query plus layout
 * under 16 ms per chart), for a five-year history: a line of 1,300
 * sessions (five a week), the same as two series (left and right), and
 * 261 weekly bars against a band.
 *
 *   layout   scapula_chart_layout_new() with Pango measuring the labels:
 *            scales, ticks, every point and bar placed
 *   widget   the chart widget taking new data: copy, layout, label
 *            layouts, summary and accessible description (needs a display;
 *            skipped without one)
 *   draw     the chart's snapshot() and a cairo render of its nodes, what
 *            a frame costs after the data changed (needs a display)
 *
 * Run it under xvfb-run for the widget figures:
 *   xvfb-run -a _build/bench/bench-chart [rounds]
 */

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <stdio.h>
#include <stdlib.h>

#include "scapula-chart.h"

#define N_SESSIONS 1300
#define N_WEEKS    261
#define WIDTH      720
#define HEIGHT     220

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The first run loads fonts and glyphs, which the app has done long
 * before it shows a chart: it is printed on its own. */
static void
report (const char *name,
        GArray     *times)
{
  double first = g_array_index (times, double, 0);
  double median, worst;

  g_array_remove_index (times, 0);
  g_array_sort (times, compare_doubles);
  median = g_array_index (times, double, times->len / 2);
  worst = g_array_index (times, double, times->len - 1);
  printf ("%-30s median %7.3f ms   max %7.3f ms   first %7.3f ms   (%u runs)\n",
          name, median / 1000.0, worst / 1000.0, first / 1000.0, times->len);
}

/* Five years of sessions from 2021, five a week, with an estimated one-rep
 * max that climbs with noise; the right side a little ahead. */
static void
make_history (ScapulaChartDatum *left,
              ScapulaChartDatum *right,
              ScapulaChartDatum *weeks)
{
  g_autoptr(GDateTime) start = g_date_time_new_utc (2021, 11, 22, 18, 0, 0);
  gint64 t0 = g_date_time_to_unix (start) * G_USEC_PER_SEC;
  GRand *rand = g_rand_new_with_seed (6);

  for (guint i = 0; i < N_SESSIONS; i++)
    {
      double x = (double) (t0 + (gint64) (i / 5) * 7 * G_TIME_SPAN_DAY + (i % 5) * G_TIME_SPAN_DAY);
      double base = 30 + 25 * (1 - exp (-(double) i / 500));

      left[i] = (ScapulaChartDatum) { x, base + g_rand_double_range (rand, -1.5, 1.5) };
      right[i] = (ScapulaChartDatum) { x, base + 1 + g_rand_double_range (rand, -1.5, 1.5) };
    }

  for (guint i = 0; i < N_WEEKS; i++)
    weeks[i] = (ScapulaChartDatum) { (double) (t0 + (gint64) i * 7 * G_TIME_SPAN_DAY),
                                     g_rand_int_range (rand, 0, 25) * 0.5 + 4 };

  g_rand_free (rand);
}

static double
measure_cb (const char *text,
            gpointer    user_data)
{
  PangoLayout *layout = user_data;
  int width;

  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}

static void
bench_layout (const char               *name,
              ScapulaChartLayoutInput  *input,
              guint                     rounds)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint r = 0; r < rounds; r++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(ScapulaChartLayout) layout = scapula_chart_layout_new (input);
      g_autofree char *summary = scapula_chart_layout_build_summary (layout, "Estimated one-rep max");
      double us = (double) (g_get_monotonic_time () - start);

      g_assert_false (scapula_chart_layout_is_empty (layout));
      g_assert_nonnull (summary);
      g_array_append_val (times, us);
    }

  report (name, times);
}

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

/* The widget taking new data, then one frame's snapshot and render. */
static void
bench_widget (const char              *name,
              ScapulaChartForm         form,
              const ScapulaChartDatum *first,
              const ScapulaChartDatum *second,
              guint                    n_data,
              guint                    rounds)
{
  g_autoptr(GArray) update_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) draw_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *update_name = g_strdup_printf ("widget, %s", name);
  g_autofree char *draw_name = g_strdup_printf ("draw, %s", name);
  ScapulaChart *chart = SCAPULA_CHART (scapula_chart_new ());
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  scapula_chart_set_title (chart, "Estimated one-rep max");
  scapula_chart_set_form (chart, form);
  scapula_chart_set_value_kind (chart, form == SCAPULA_CHART_FORM_BAR ? SCAPULA_CHART_VALUE_SETS
                                                                       : SCAPULA_CHART_VALUE_WEIGHT);
  if (form == SCAPULA_CHART_FORM_BAR)
    {
      scapula_chart_set_bucket (chart, 7 * G_TIME_SPAN_DAY);
      scapula_chart_set_reference (chart, 10, 20, "10–20 sets");
    }
  gtk_window_set_decorated (window, FALSE);
  gtk_window_set_default_size (window, WIDTH, HEIGHT);
  gtk_window_set_child (window, GTK_WIDGET (chart));
  gtk_window_present (window);
  wait_for_frames (GTK_WIDGET (window), 3);

  for (guint r = 0; r < rounds; r++)
    {
      g_autoptr(GskRenderNode) node = NULL;
      g_autoptr(GdkTexture) texture = NULL;
      GtkSnapshot *snapshot;
      gint64 start = g_get_monotonic_time ();
      double us;

      scapula_chart_clear (chart);
      scapula_chart_add_series (chart, second != NULL ? "Left" : NULL, first, n_data);
      if (second != NULL)
        scapula_chart_add_series (chart, "Right", second, n_data);
      us = (double) (g_get_monotonic_time () - start);
      g_array_append_val (update_times, us);

      /* The chart's own snapshot(), then cairo rasterising its nodes. */
      start = g_get_monotonic_time ();
      snapshot = gtk_snapshot_new ();
      GTK_WIDGET_GET_CLASS (chart)->snapshot (GTK_WIDGET (chart), snapshot);
      node = gtk_snapshot_free_to_node (snapshot);
      g_assert_nonnull (node);
      texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                             &GRAPHENE_RECT_INIT (0, 0, WIDTH, HEIGHT));
      us = (double) (g_get_monotonic_time () - start);
      g_array_append_val (draw_times, us);
    }

  report (update_name, update_times);
  report (draw_name, draw_times);
  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree ScapulaChartDatum *left = g_new (ScapulaChartDatum, N_SESSIONS);
  g_autofree ScapulaChartDatum *right = g_new (ScapulaChartDatum, N_SESSIONS);
  g_autofree ScapulaChartDatum *weeks = g_new (ScapulaChartDatum, N_WEEKS);
  guint rounds = argc > 1 ? (guint) atoi (argv[1]) : 50;
  PangoFontMap *font_map = pango_cairo_font_map_get_default ();
  PangoContext *context = pango_font_map_create_context (font_map);
  PangoLayout *measure = pango_layout_new (context);
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  ScapulaChartSeries line = { NULL, left, N_SESSIONS };
  ScapulaChartSeries sides[2] = { { "Left", left, N_SESSIONS }, { "Right", right, N_SESSIONS } };
  ScapulaChartSeries bars = { NULL, weeks, N_WEEKS };
  ScapulaChartLayoutInput input = {
    .form = SCAPULA_CHART_FORM_LINE,
    .x_kind = SCAPULA_CHART_X_TIME,
    .value_kind = SCAPULA_CHART_VALUE_WEIGHT,
    .unit = SCAPULA_WEIGHT_UNIT_KG,
    .series = &line,
    .n_series = 1,
    .since = SCAPULA_CHART_SINCE_ALL,
    .until = SCAPULA_CHART_UNTIL_ALL,
    .width = WIDTH,
    .height = HEIGHT,
    .text_height = 14,
    .tz = utc,
    .week_start = G_DATE_MONDAY,
    .measure = measure_cb,
    .measure_data = measure,
  };

  rounds = MAX (rounds, 2);
  make_history (left, right, weeks);
  printf ("Chart layout and drawing, five years of history, %d × %d px\n", WIDTH, HEIGHT);

  bench_layout ("layout, line of 1300 sessions", &input, rounds);
  input.series = sides;
  input.n_series = 2;
  bench_layout ("layout, two lines of 1300", &input, rounds);
  input.series = &bars;
  input.n_series = 1;
  input.form = SCAPULA_CHART_FORM_BAR;
  input.value_kind = SCAPULA_CHART_VALUE_SETS;
  input.bucket = 7 * G_TIME_SPAN_DAY;
  input.has_reference = TRUE;
  input.reference_low = 10;
  input.reference_high = 20;
  bench_layout ("layout, 261 weekly bars", &input, rounds);
  g_object_unref (measure);
  g_object_unref (context);

  if (!gtk_init_check ())
    {
      printf ("No display: widget and draw figures skipped (run under xvfb-run)\n");
      return 0;
    }
  adw_init ();

  bench_widget ("line of 1300", SCAPULA_CHART_FORM_LINE, left, NULL, N_SESSIONS, rounds);
  bench_widget ("two lines of 1300", SCAPULA_CHART_FORM_LINE, left, right, N_SESSIONS, rounds);
  bench_widget ("261 weekly bars", SCAPULA_CHART_FORM_BAR, weeks, NULL, N_WEEKS, rounds);

  return 0;
}
