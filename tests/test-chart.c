/* test-chart.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "scapula-chart.h"
#include "scapula-chart-range-picker.h"
#include "scapula-test-ui.h"
#include "scapula-units.h"

/* With SCAPULA_TEST_OUTPUT_DIR set, the renders are saved there as PNGs:
 * the chart at 360 and 720 px, light and dark, line, sides, bars and empty
 * ("demo" is a Progress-like page of them under the range picker). */

#define TITLE "Estimated one-rep max"
#define SUMMARY "Estimated one-rep max, 12 sessions from 3 Sep to 18 Nov 2026, " \
                "from 42.5 kg to 50 kg, highest 51.2 kg on 4 Nov."
#define EMPTY "No sessions yet. Log a set and it will show here."

typedef struct
{
  double r, g, b;
} Pixel;

static gint64
utc_hm (int year,
        int month,
        int day,
        int hour,
        int minute)
{
  g_autoptr(GDateTime) dt = g_date_time_new_utc (year, month, day, hour, minute, 0);

  return g_date_time_to_unix (dt) * G_USEC_PER_SEC;
}

/* Twelve sessions from 3 Sep to 18 Nov 2026, from 42.5 to 50 kg, with a
 * best of 51.2 kg on 4 Nov. */
static void
add_one_rep_max (ScapulaChart *chart)
{
  static const int days[12][2] = {
    { 9, 3 }, { 9, 10 }, { 9, 17 }, { 9, 24 }, { 10, 1 }, { 10, 8 },
    { 10, 15 }, { 10, 22 }, { 10, 29 }, { 11, 4 }, { 11, 11 }, { 11, 18 },
  };
  static const double values[12] = {
    42.5, 43.75, 44, 45, 45.5, 46.25, 47.5, 48, 48.5, 51.2, 49.5, 50,
  };
  ScapulaChartDatum data[12];

  for (guint i = 0; i < 12; i++)
    data[i] = (ScapulaChartDatum) { (double) utc_hm (2026, days[i][0], days[i][1], 18, 0), values[i] };

  scapula_chart_set_title (chart, TITLE);
  scapula_chart_set_value_kind (chart, SCAPULA_CHART_VALUE_WEIGHT);
  scapula_chart_add_series (chart, NULL, data, 12);
}

/* A one-arm row's best set per side: the right side ahead. */
static void
add_sides (ScapulaChart *chart)
{
  ScapulaChartDatum left[8], right[8];

  for (guint i = 0; i < 8; i++)
    {
      double x = (double) (utc_hm (2026, 9, 7, 18, 0) + i * 7 * G_TIME_SPAN_DAY);

      left[i] = (ScapulaChartDatum) { x, 20 + i * 0.6 };
      right[i] = (ScapulaChartDatum) { x, 30 + i * 0.7 };
    }

  scapula_chart_set_title (chart, "Best set, one-arm dumbbell row");
  scapula_chart_set_value_kind (chart, SCAPULA_CHART_VALUE_WEIGHT);
  scapula_chart_add_series (chart, "Left", left, 8);
  scapula_chart_add_series (chart, "Right", right, 8);
}

/* Eight weeks of sets for one muscle, against a 10–20 set band. */
static const double weekly_sets[8] = { 8, 12, 14.5, 0, 16, 18, 21, 15 };

static void
add_weekly_sets (ScapulaChart *chart)
{
  ScapulaChartDatum data[8];

  for (guint i = 0; i < 8; i++)
    data[i] = (ScapulaChartDatum) { (double) (utc_hm (2026, 9, 28, 0, 0) + i * 7 * G_TIME_SPAN_DAY),
                                    weekly_sets[i] };

  scapula_chart_set_title (chart, "Weekly sets, middle trapezius");
  scapula_chart_set_form (chart, SCAPULA_CHART_FORM_BAR);
  scapula_chart_set_value_kind (chart, SCAPULA_CHART_VALUE_SETS);
  scapula_chart_set_point_kind (chart, SCAPULA_CHART_POINT_WEEK);
  scapula_chart_set_bucket (chart, 7 * G_TIME_SPAN_DAY);
  scapula_chart_set_reference (chart, 10, 20, "10–20 sets");
  scapula_chart_add_series (chart, NULL, data, 8);
}

static ScapulaChart *
new_chart (void)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  ScapulaChart *chart = SCAPULA_CHART (scapula_chart_new ());

  _scapula_chart_set_time_zone (chart, utc);
  return chart;
}

/* A window with a button, which takes the first focus, above the chart. */
static GtkWindow *
show (GtkWidget *chart,
      int        width,
      int        height)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_widget_set_vexpand (chart, TRUE);
  gtk_box_append (GTK_BOX (box), gtk_button_new_with_label ("Before"));
  gtk_box_append (GTK_BOX (box), chart);
  gtk_window_set_decorated (window, FALSE);
  gtk_window_set_default_size (window, width, height);
  gtk_window_set_child (window, box);
  gtk_window_present (window);
  scapula_test_wait_for_frames (GTK_WIDGET (window), 3);

  return window;
}

/* The same render path as build-aux/scapula-screenshot.c. */
static GdkTexture *
render (GtkWindow  *window,
        const char *name)
{
  const char *output_dir = g_getenv ("SCAPULA_TEST_OUTPUT_DIR");
  int w = gtk_widget_get_width (GTK_WIDGET (window));
  int h = gtk_widget_get_height (GTK_WIDGET (window));
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  g_autoptr(GskRenderNode) node = NULL;
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GdkTexture *texture;

  scapula_test_wait_for_frames (GTK_WIDGET (window), 1);
  gdk_paintable_snapshot (paintable, snapshot, w, h);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, w, h));

  if (output_dir != NULL && name != NULL)
    {
      g_autofree char *file = g_strconcat (name, ".png", NULL);
      g_autofree char *path = g_build_filename (output_dir, file, NULL);

      g_assert_true (gdk_texture_save_to_png (texture, path));
      g_test_message ("Saved %s", path);
    }

  return texture;
}

typedef struct
{
  guchar *data;
  gsize   stride;
  int     width;
  int     height;
} Pixels;

static void
pixels_clear (Pixels *pixels)
{
  g_clear_pointer (&pixels->data, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Pixels, pixels_clear)

static void
download (GdkTexture *texture,
          Pixels     *pixels)
{
  pixels->width = gdk_texture_get_width (texture);
  pixels->height = gdk_texture_get_height (texture);
  pixels->stride = 4 * (gsize) pixels->width;
  pixels->data = g_malloc (pixels->stride * pixels->height);
  gdk_texture_download (texture, pixels->data, pixels->stride);
}

/* The texture is cairo's ARGB32: B, G, R, A in memory on little endian. */
static Pixel
pixel_at (const Pixels *pixels,
          double        x,
          double        y)
{
  int ix = (int) floor (x), iy = (int) floor (y);
  guint32 value;

  g_assert_cmpint (ix, >=, 0);
  g_assert_cmpint (iy, >=, 0);
  g_assert_cmpint (ix, <, pixels->width);
  g_assert_cmpint (iy, <, pixels->height);

  value = *(const guint32 *) (gconstpointer) (pixels->data + iy * pixels->stride + ix * 4);
  return (Pixel) {
    ((value >> 16) & 0xff) / 255.0,
    ((value >> 8) & 0xff) / 255.0,
    (value & 0xff) / 255.0,
  };
}

static double
distance (Pixel          a,
          const GdkRGBA *b)
{
  return sqrt ((a.r - b->red) * (a.r - b->red) + (a.g - b->green) * (a.g - b->green) +
               (a.b - b->blue) * (a.b - b->blue));
}

/* Pixels within @tolerance of @color in a rectangle of the window. */
static guint
count_near (const Pixels          *pixels,
            const GdkRGBA         *color,
            double                 tolerance,
            const graphene_rect_t *area)
{
  guint count = 0;

  for (int y = (int) area->origin.y; y < (int) (area->origin.y + area->size.height); y++)
    for (int x = (int) area->origin.x; x < (int) (area->origin.x + area->size.width); x++)
      if (distance (pixel_at (pixels, x, y), color) < tolerance)
        count++;

  return count;
}

static GdkRGBA
named_color (GtkWidget  *widget,
             const char *name)
{
  GdkRGBA color;

  g_assert_true (gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), name, &color));
  color.alpha = 1;
  return color;
}

/* A point of the chart in window coordinates. */
static graphene_point_t
to_window (ScapulaChart *chart,
           double        x,
           double        y)
{
  graphene_point_t out;

  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (chart),
                                           GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (chart))),
                                           &GRAPHENE_POINT_INIT (x, y), &out));
  return out;
}

static Pixel
chart_pixel (ScapulaChart *chart,
             const Pixels *pixels,
             double        x,
             double        y)
{
  graphene_point_t p = to_window (chart, x, y);

  return pixel_at (pixels, p.x, p.y);
}

static graphene_rect_t
chart_area (ScapulaChart *chart)
{
  graphene_point_t origin = to_window (chart, 0, 0);

  return GRAPHENE_RECT_INIT (origin.x, origin.y,
                             gtk_widget_get_width (GTK_WIDGET (chart)),
                             gtk_widget_get_height (GTK_WIDGET (chart)));
}

static void
set_dark (gboolean dark)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                           : ADW_COLOR_SCHEME_FORCE_LIGHT);
}

/* Every dot is in the accent colour where the layout put it, and so is
 * the line halfway between dots; well away from the line there is none. */
static void
check_line (ScapulaChart  *chart,
            const Pixels  *pixels,
            const GdkRGBA *accent)
{
  const ScapulaChartLayout *layout = _scapula_chart_get_layout (chart);
  const ScapulaChartRect *plot = scapula_chart_layout_get_plot (layout);
  const ScapulaChartPoint *points;
  guint n_points;

  g_assert_nonnull (plot);
  points = scapula_chart_layout_get_points (layout, 0, &n_points);
  g_assert_cmpuint (n_points, ==, 12);
  g_assert_true (scapula_chart_layout_get_show_dots (layout));

  for (guint i = 0; i < n_points; i++)
    {
      Pixel dot = chart_pixel (chart, pixels, points[i].px, points[i].py);

      g_test_message ("dot %u at %.1f, %.1f: %.2f %.2f %.2f", i, points[i].px, points[i].py,
                      dot.r, dot.g, dot.b);
      g_assert_cmpfloat (distance (dot, accent), <, 0.08);

      if (i > 0)
        {
          Pixel middle = chart_pixel (chart, pixels, (points[i].px + points[i - 1].px) / 2,
                                      (points[i].py + points[i - 1].py) / 2);

          g_assert_cmpfloat (distance (middle, accent), <, 0.2);
        }
    }

  /* The top left of the plot is far above the line there. */
  g_assert_cmpfloat (distance (chart_pixel (chart, pixels, plot->x + 12, plot->y + 2), accent), >, 0.3);
}

static void
test_chart_line_pixels (void)
{
  ScapulaChart *chart = new_chart ();
  g_autoptr(GdkTexture) texture = NULL;
  g_auto(Pixels) pixels = { 0 };
  GtkWindow *window;
  GdkRGBA accent, fg;
  const ScapulaChartTick *ticks;
  guint n_ticks;

  set_dark (FALSE);
  add_one_rep_max (chart);
  window = show (GTK_WIDGET (chart), 480, 280);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (chart)), ==, 480);
  g_assert_cmpint (scapula_chart_get_readout (chart), ==, -1);

  texture = render (window, "chart-line-light");
  download (texture, &pixels);
  accent = named_color (GTK_WIDGET (chart), "accent_color");
  check_line (chart, &pixels, &accent);

  /* Labels are drawn: each y tick label's box has text pixels. */
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (chart)), &fg);
  ticks = scapula_chart_layout_get_y_ticks (_scapula_chart_get_layout (chart), &n_ticks);
  g_assert_cmpuint (n_ticks, >=, 3);
  for (guint i = 0; i < n_ticks; i++)
    {
      graphene_point_t origin = to_window (chart, ticks[i].label_x, ticks[i].label_y);
      graphene_rect_t box = GRAPHENE_RECT_INIT (origin.x, origin.y, ticks[i].label_width, 10);
      Pixel background = pixel_at (&pixels, 1, gtk_widget_get_height (GTK_WIDGET (window)) - 1);
      GdkRGBA bg = { background.r, background.g, background.b, 1 };
      guint n_inked = box.size.width * box.size.height - count_near (&pixels, &bg, 0.1, &box);

      g_assert_cmpuint (n_inked, >, 5);
    }

  gtk_window_destroy (window);
}

/* Two series: the first in the accent with filled dots, the second with
 * hollow dots in a neutral colour. */
static void
test_chart_sides_pixels (void)
{
  ScapulaChart *chart = new_chart ();
  g_autoptr(GdkTexture) texture = NULL;
  g_auto(Pixels) pixels = { 0 };
  const ScapulaChartLayout *layout;
  const ScapulaChartPoint *left, *right;
  GtkWindow *window;
  GdkRGBA accent, bg;
  guint n_left, n_right;

  set_dark (FALSE);
  add_sides (chart);
  window = show (GTK_WIDGET (chart), 360, 260);
  texture = render (window, "chart-sides-light");
  download (texture, &pixels);
  accent = named_color (GTK_WIDGET (chart), "accent_color");
  bg = named_color (GTK_WIDGET (chart), "window_bg_color");

  layout = _scapula_chart_get_layout (chart);
  left = scapula_chart_layout_get_points (layout, 0, &n_left);
  right = scapula_chart_layout_get_points (layout, 1, &n_right);
  g_assert_cmpuint (n_left, ==, 8);
  g_assert_cmpuint (n_right, ==, 8);

  for (guint i = 0; i < 8; i++)
    {
      Pixel l = chart_pixel (chart, &pixels, left[i].px, left[i].py);
      Pixel r = chart_pixel (chart, &pixels, right[i].px, right[i].py);
      /* Just inside the hollow dot's ring. */
      Pixel ring = chart_pixel (chart, &pixels, right[i].px, right[i].py - 3.5);

      g_assert_cmpfloat (distance (l, &accent), <, 0.08);
      g_assert_cmpfloat (distance (r, &bg), <, 0.08);
      g_assert_cmpfloat (distance (ring, &bg), >, 0.15);
      g_assert_cmpfloat (distance (ring, &accent), >, 0.3);
    }

  gtk_window_destroy (window);
}

/* Bars: the accent where each bar is, the band between them, nothing for
 * the week with no sets. */
static void
test_chart_bar_pixels (void)
{
  ScapulaChart *chart = new_chart ();
  g_autoptr(GdkTexture) texture = NULL;
  g_auto(Pixels) pixels = { 0 };
  const ScapulaChartLayout *layout;
  const ScapulaChartPoint *points;
  const ScapulaChartRect *plot;
  GtkWindow *window;
  GdkRGBA accent, bg;
  double y_low, y_high;
  guint n_points;
  Pixel band;

  set_dark (FALSE);
  add_weekly_sets (chart);
  window = show (GTK_WIDGET (chart), 360, 260);
  texture = render (window, "chart-bars-light");
  download (texture, &pixels);
  accent = named_color (GTK_WIDGET (chart), "accent_color");
  bg = named_color (GTK_WIDGET (chart), "window_bg_color");

  layout = _scapula_chart_get_layout (chart);
  plot = scapula_chart_layout_get_plot (layout);
  points = scapula_chart_layout_get_points (layout, 0, &n_points);
  g_assert_cmpuint (n_points, ==, 8);

  for (guint i = 0; i < n_points; i++)
    {
      const ScapulaChartRect *bar = &points[i].bar;
      graphene_point_t origin = to_window (chart, bar->x, bar->y);
      graphene_rect_t inside = GRAPHENE_RECT_INIT (ceil (origin.x) + 1, ceil (origin.y) + 3,
                                                   floor (bar->width) - 3, floor (bar->height) - 4);

      if (weekly_sets[i] == 0)
        {
          g_assert_cmpfloat (bar->height, ==, 0);
          continue;
        }

      g_assert_cmpfloat (bar->width, >, 10);
      g_assert_cmpfloat (distance (chart_pixel (chart, &pixels, bar->x + bar->width / 2,
                                                bar->y + bar->height / 2), &accent), <, 0.05);
      /* The whole bar, not just its middle. */
      g_assert_cmpuint (count_near (&pixels, &accent, 0.05, &inside), ==,
                        (guint) (inside.size.width * inside.size.height));
    }

  /* Between two bars, inside the 10–20 band: tinted, greener than grey. */
  g_assert_true (scapula_chart_layout_get_reference (layout, &y_low, &y_high));
  band = chart_pixel (chart, &pixels, (points[4].bar.x + points[4].bar.width + points[5].bar.x) / 2,
                      (y_low + y_high) / 2);
  g_assert_cmpfloat (distance (band, &bg), >, 0.02);
  g_assert_cmpfloat (band.g, >, band.r);
  g_assert_cmpfloat (band.g, >, band.b);

  /* No accent above the band's top where no bar reaches. */
  {
    graphene_point_t origin = to_window (chart, plot->x, plot->y);
    graphene_rect_t above = GRAPHENE_RECT_INIT (origin.x, origin.y, plot->width,
                                                MAX (points[6].bar.y - plot->y - 1, 1));

    g_assert_cmpuint (count_near (&pixels, &accent, 0.1, &above), ==, 0);
  }

  gtk_window_destroy (window);
}

/* No data: the sentence in the middle, no line, no axes. Data outside the
 * range: a sentence that says so. */
static void
test_chart_empty (void)
{
  ScapulaChart *chart = new_chart ();
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GdkTexture) out_of_range = NULL;
  g_auto(Pixels) pixels = { 0 };
  g_auto(Pixels) range_pixels = { 0 };
  GtkWindow *window;
  GdkRGBA accent, bg;
  graphene_rect_t area, middle, top;

  set_dark (FALSE);
  scapula_chart_set_title (chart, TITLE);
  scapula_chart_set_value_kind (chart, SCAPULA_CHART_VALUE_WEIGHT);
  scapula_chart_set_empty_text (chart, EMPTY);
  window = show (GTK_WIDGET (chart), 360, 240);

  g_assert_true (scapula_chart_layout_is_empty (_scapula_chart_get_layout (chart)));
  g_assert_null (scapula_chart_layout_get_plot (_scapula_chart_get_layout (chart)));
  gtk_test_accessible_assert_property (chart, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, TITLE ". " EMPTY);

  texture = render (window, "chart-empty-light");
  download (texture, &pixels);
  accent = named_color (GTK_WIDGET (chart), "accent_color");
  bg = named_color (GTK_WIDGET (chart), "window_bg_color");

  /* Text across the middle, nothing at the top or bottom, no accent. */
  area = chart_area (chart);
  middle = GRAPHENE_RECT_INIT (area.origin.x + 24, area.origin.y + area.size.height / 2 - 20,
                               area.size.width - 48, 40);
  /* (Below the button's shadow.) */
  top = GRAPHENE_RECT_INIT (area.origin.x, area.origin.y + 4, area.size.width, floor (area.size.height / 4));
  g_assert_cmpuint (count_near (&pixels, &accent, 0.2, &area), ==, 0);
  g_assert_cmpuint (middle.size.width * middle.size.height - count_near (&pixels, &bg, 0.1, &middle),
                    >, 200);
  g_assert_cmpuint (count_near (&pixels, &bg, 0.02, &top), ==, (guint) (top.size.width * top.size.height));

  /* A session long ago, with a range that starts after it. */
  add_one_rep_max (chart);
  scapula_chart_set_range (chart, utc_hm (2027, 1, 1, 0, 0), utc_hm (2027, 1, 29, 0, 0));
  out_of_range = render (window, NULL);
  download (out_of_range, &range_pixels);
  g_assert_cmpuint (count_near (&range_pixels, &accent, 0.2, &area), ==, 0);
  gtk_test_accessible_assert_property (chart, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       TITLE ". Nothing in this period. Choose a longer range "
                                       "to see earlier entries.");

  /* Back to everything: the line. */
  scapula_chart_set_range (chart, SCAPULA_CHART_SINCE_ALL, SCAPULA_CHART_UNTIL_ALL);
  gtk_test_accessible_assert_property (chart, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, SUMMARY);

  gtk_window_destroy (window);
}

/* The keyboard moves the read-out from point to point, and the accessible
 * description follows it; the pointer shows the point under it. */
static void
test_chart_keyboard (void)
{
  ScapulaChart *chart = new_chart ();
  g_autoptr(GdkTexture) texture = NULL;
  g_auto(Pixels) pixels = { 0 };
  const ScapulaChartLayout *layout;
  const ScapulaChartSlot *slots;
  graphene_rect_t rect;
  GtkWindow *window;
  GdkRGBA popover_bg;
  guint n_slots;

  set_dark (FALSE);
  add_one_rep_max (chart);
  window = show (GTK_WIDGET (chart), 480, 280);
  layout = _scapula_chart_get_layout (chart);
  slots = scapula_chart_layout_get_slots (layout, &n_slots);

  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (chart)));
  gtk_test_accessible_assert_property (chart, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, SUMMARY);
  g_assert_false (_scapula_chart_get_readout_rect (chart, &rect));

  /* Focus shows the latest session. */
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (chart)));
  g_assert_cmpint (scapula_chart_get_readout (chart), ==, 11);
  gtk_test_accessible_assert_property (chart, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       SUMMARY " Selected: 18 Nov 2026: 50 kg.");

  g_signal_emit_by_name (chart, "move-readout", -1);
  g_assert_cmpint (_scapula_chart_get_cursor (chart), ==, 10);
  g_assert_cmpint (scapula_chart_get_readout (chart), ==, 10);
  gtk_test_accessible_assert_property (chart, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       SUMMARY " Selected: 11 Nov 2026: 49.5 kg.");

  g_signal_emit_by_name (chart, "move-readout", -1);
  gtk_test_accessible_assert_property (chart, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       SUMMARY " Selected: 4 Nov 2026: 51.2 kg.");

  /* Home and End. */
  g_signal_emit_by_name (chart, "move-readout", G_MININT);
  g_assert_cmpint (scapula_chart_get_readout (chart), ==, 0);
  gtk_test_accessible_assert_property (chart, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       SUMMARY " Selected: 3 Sep 2026: 42.5 kg.");
  g_signal_emit_by_name (chart, "move-readout", -1);
  g_assert_cmpint (scapula_chart_get_readout (chart), ==, 0);
  g_signal_emit_by_name (chart, "move-readout", G_MAXINT);
  g_assert_cmpint (scapula_chart_get_readout (chart), ==, 11);
  g_signal_emit_by_name (chart, "move-readout", 1);
  g_assert_cmpint (scapula_chart_get_readout (chart), ==, 11);

  /* The read-out is drawn: a box beside the point with text in it. */
  g_signal_emit_by_name (chart, "move-readout", -2);
  g_assert_true (_scapula_chart_get_readout_rect (chart, &rect));
  g_assert_cmpfloat (rect.origin.x, >=, 0);
  g_assert_cmpfloat (rect.origin.y, >=, 0);
  g_assert_cmpfloat (rect.origin.x + rect.size.width, <=, gtk_widget_get_width (GTK_WIDGET (chart)));
  g_assert_cmpfloat (rect.size.width, >, 40);
  texture = render (window, "chart-readout-light");
  download (texture, &pixels);
  popover_bg = named_color (GTK_WIDGET (chart), "popover_bg_color");
  {
    graphene_point_t origin = to_window (chart, rect.origin.x, rect.origin.y);
    graphene_rect_t box = GRAPHENE_RECT_INIT (origin.x + 2, origin.y + 2,
                                              rect.size.width - 4, rect.size.height - 4);
    guint n_box = box.size.width * box.size.height;

    /* The box's own background, with text: about a fifth of it inked. */
    g_assert_cmpuint (count_near (&pixels, &popover_bg, 0.02, &box), >, n_box / 2);
    g_assert_cmpuint (n_box - count_near (&pixels, &popover_bg, 0.3, &box), >, 100);
  }

  /* The pointer takes over while it is on the chart. */
  _scapula_chart_hover (chart, slots[5].px + 2, 100);
  g_assert_cmpint (scapula_chart_get_readout (chart), ==, 5);
  gtk_test_accessible_assert_property (chart, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       SUMMARY " Selected: 8 Oct 2026: 46.25 kg.");

  /* The pointer leaves: back to the keyboard's point. */
  _scapula_chart_hover (chart, -1, -1);
  g_assert_cmpint (scapula_chart_get_readout (chart), ==, 9);

  /* Focus leaves too: no read-out, and the description is the summary. */
  gtk_window_set_focus (window, NULL);
  g_assert_cmpint (scapula_chart_get_readout (chart), ==, -1);
  g_assert_false (_scapula_chart_get_readout_rect (chart, &rect));
  gtk_test_accessible_assert_property (chart, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, SUMMARY);

  gtk_window_destroy (window);
}

/* The pointer alone, without focus. */
static void
test_chart_hover (void)
{
  ScapulaChart *chart = new_chart ();
  GtkWindow *window;
  const ScapulaChartSlot *slots;
  guint n_slots;

  set_dark (FALSE);
  add_weekly_sets (chart);
  window = show (GTK_WIDGET (chart), 360, 260);
  slots = scapula_chart_layout_get_slots (_scapula_chart_get_layout (chart), &n_slots);

  _scapula_chart_hover (chart, slots[6].px, 50);
  g_assert_cmpint (scapula_chart_get_readout (chart), ==, 6);
  gtk_test_accessible_assert_property (chart, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Weekly sets, middle trapezius, 8 weeks from 28 Sep to 16 Nov 2026, "
                                       "from 8 sets to 15 sets, highest 21 sets on 9 Nov. "
                                       "Target: 10 sets to 20 sets. "
                                       "Selected: Week of 9 Nov 2026: 21 sets.");

  /* Off the chart's side: the nearest week. */
  _scapula_chart_hover (chart, 0, 50);
  g_assert_cmpint (scapula_chart_get_readout (chart), ==, 0);

  gtk_window_destroy (window);
}

/* Right to left: time runs from the right, the values and the legend
 * swap sides, and the line is still drawn where the layout says. */
static void
test_chart_rtl (void)
{
  ScapulaChart *chart = new_chart ();
  g_autoptr(GdkTexture) texture = NULL;
  g_auto(Pixels) pixels = { 0 };
  const ScapulaChartLayout *layout;
  const ScapulaChartPoint *points;
  const ScapulaChartTick *ticks;
  const ScapulaChartRect *plot;
  GtkWindow *window;
  GdkRGBA accent;
  guint n_points, n_ticks;

  set_dark (FALSE);
  add_sides (chart);
  gtk_widget_set_direction (GTK_WIDGET (chart), GTK_TEXT_DIR_RTL);
  window = show (GTK_WIDGET (chart), 360, 260);
  texture = render (window, "chart-sides-rtl");
  download (texture, &pixels);
  accent = named_color (GTK_WIDGET (chart), "accent_color");

  layout = _scapula_chart_get_layout (chart);
  plot = scapula_chart_layout_get_plot (layout);
  points = scapula_chart_layout_get_points (layout, 0, &n_points);
  ticks = scapula_chart_layout_get_y_ticks (layout, &n_ticks);

  for (guint i = 0; i < n_points; i++)
    {
      g_assert_cmpfloat (distance (chart_pixel (chart, &pixels, points[i].px, points[i].py), &accent), <, 0.08);
      if (i > 0)
        g_assert_cmpfloat (points[i].px, <, points[i - 1].px);
    }
  for (guint i = 0; i < n_ticks; i++)
    g_assert_cmpfloat (ticks[i].label_x, >, plot->x + plot->width);

  /* Back to left to right: everything is laid out again. */
  gtk_widget_set_direction (GTK_WIDGET (chart), GTK_TEXT_DIR_LTR);
  points = scapula_chart_layout_get_points (_scapula_chart_get_layout (chart), 0, &n_points);
  g_assert_cmpfloat (points[1].px, >, points[0].px);

  gtk_window_destroy (window);
}

/* Dark mode changes the line's colour to the dark theme's accent. */
static void
test_chart_dark (void)
{
  ScapulaChart *chart = new_chart ();
  g_autoptr(GdkTexture) light_texture = NULL;
  g_autoptr(GdkTexture) dark_texture = NULL;
  g_auto(Pixels) light = { 0 };
  g_auto(Pixels) dark = { 0 };
  const ScapulaChartPoint *points;
  GtkWindow *window;
  GdkRGBA light_accent, dark_accent, light_bg, dark_bg;
  guint n_points;

  set_dark (FALSE);
  add_one_rep_max (chart);
  window = show (GTK_WIDGET (chart), 360, 260);
  light_texture = render (window, NULL);
  download (light_texture, &light);
  light_accent = named_color (GTK_WIDGET (chart), "accent_color");
  light_bg = named_color (GTK_WIDGET (chart), "window_bg_color");

  set_dark (TRUE);
  scapula_test_wait_for_frames (GTK_WIDGET (window), 2);
  dark_texture = render (window, "chart-line-dark");
  download (dark_texture, &dark);
  dark_accent = named_color (GTK_WIDGET (chart), "accent_color");
  dark_bg = named_color (GTK_WIDGET (chart), "window_bg_color");

  /* The theme's two accents really differ, and the chart follows. */
  g_assert_cmpfloat (distance ((Pixel) { light_accent.red, light_accent.green, light_accent.blue },
                               &dark_accent), >, 0.2);
  g_assert_cmpfloat (dark_bg.red, <, 0.5);
  check_line (chart, &dark, &dark_accent);

  points = scapula_chart_layout_get_points (_scapula_chart_get_layout (chart), 0, &n_points);
  for (guint i = 0; i < n_points; i++)
    {
      Pixel before = chart_pixel (chart, &light, points[i].px, points[i].py);
      Pixel after = chart_pixel (chart, &dark, points[i].px, points[i].py);

      g_assert_cmpfloat (distance (before, &light_accent), <, 0.08);
      g_assert_cmpfloat (distance (after, &light_accent), >, 0.2);
      g_assert_cmpfloat (distance (after, &dark_accent), <, 0.08);
    }

  /* The background around the plot is the dark one. */
  g_assert_cmpfloat (distance (chart_pixel (chart, &dark, 2, gtk_widget_get_height (GTK_WIDGET (chart)) - 2),
                               &dark_bg), <, 0.02);
  g_assert_cmpfloat (distance (chart_pixel (chart, &light, 2, gtk_widget_get_height (GTK_WIDGET (chart)) - 2),
                               &light_bg), <, 0.02);

  set_dark (FALSE);
  gtk_window_destroy (window);
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

/* An image named by its title, described by its summary, which the
 * caller can replace. */
static void
test_chart_accessible (void)
{
  ScapulaChart *chart = g_object_ref_sink (new_chart ());
  guint n_summary = 0;

  g_signal_connect (chart, "notify::summary", G_CALLBACK (count_cb), &n_summary);

  gtk_test_accessible_assert_role (chart, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_test_accessible_assert_property (chart, GTK_ACCESSIBLE_PROPERTY_LABEL, "Chart");
  gtk_test_accessible_assert_property (chart, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Chart. Nothing to show yet.");

  add_one_rep_max (chart);
  gtk_test_accessible_assert_property (chart, GTK_ACCESSIBLE_PROPERTY_LABEL, TITLE);
  gtk_test_accessible_assert_property (chart, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, SUMMARY);
  g_assert_cmpstr (scapula_chart_get_summary (chart), ==, SUMMARY);
  g_assert_cmpstr (_scapula_chart_get_description (chart), ==, SUMMARY);
  g_assert_cmpuint (n_summary, >=, 1);

  n_summary = 0;
  scapula_chart_set_summary (chart, "Your estimated one-rep max rose by 7.5 kg since September.");
  scapula_chart_set_summary (chart, "Your estimated one-rep max rose by 7.5 kg since September.");
  g_assert_cmpuint (n_summary, ==, 1);
  gtk_test_accessible_assert_property (chart, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Your estimated one-rep max rose by 7.5 kg since September.");

  scapula_chart_set_summary (chart, NULL);
  g_assert_cmpuint (n_summary, ==, 2);
  g_assert_cmpstr (scapula_chart_get_summary (chart), ==, SUMMARY);

  /* Pounds: the summary and the axis follow the unit. */
  scapula_chart_set_weight_unit (chart, SCAPULA_WEIGHT_UNIT_LB);
  g_assert_cmpstr (scapula_chart_get_summary (chart), ==,
                   "Estimated one-rep max, 12 sessions from 3 Sep to 18 Nov 2026, "
                   "from 93.7 lb to 110.23 lb, highest 112.88 lb on 4 Nov.");

  scapula_chart_clear (chart);
  g_assert_cmpuint (scapula_chart_get_n_series (chart), ==, 0);
  gtk_test_accessible_assert_property (chart, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       TITLE ". Nothing to show yet.");

  g_assert_finalize_object (chart);
}

/* Setters notify once per real change. */
static void
test_chart_properties (void)
{
  ScapulaChart *chart = g_object_ref_sink (new_chart ());
  guint n_form = 0, n_kind = 0, n_since = 0, n_until = 0, n_empty = 0;
  ScapulaChartForm form;

  g_signal_connect (chart, "notify::form", G_CALLBACK (count_cb), &n_form);
  g_signal_connect (chart, "notify::value-kind", G_CALLBACK (count_cb), &n_kind);
  g_signal_connect (chart, "notify::since", G_CALLBACK (count_cb), &n_since);
  g_signal_connect (chart, "notify::until", G_CALLBACK (count_cb), &n_until);
  g_signal_connect (chart, "notify::empty-text", G_CALLBACK (count_cb), &n_empty);

  scapula_chart_set_form (chart, SCAPULA_CHART_FORM_BAR);
  scapula_chart_set_form (chart, SCAPULA_CHART_FORM_BAR);
  g_object_get (chart, "form", &form, NULL);
  g_assert_cmpint (form, ==, SCAPULA_CHART_FORM_BAR);
  g_assert_cmpuint (n_form, ==, 1);

  g_object_set (chart, "value-kind", SCAPULA_CHART_VALUE_PAIN, NULL);
  g_object_set (chart, "value-kind", SCAPULA_CHART_VALUE_PAIN, NULL);
  g_assert_cmpint (scapula_chart_get_value_kind (chart), ==, SCAPULA_CHART_VALUE_PAIN);
  g_assert_cmpuint (n_kind, ==, 1);

  scapula_chart_set_range (chart, 1000, SCAPULA_CHART_UNTIL_ALL);
  scapula_chart_set_range (chart, 1000, SCAPULA_CHART_UNTIL_ALL);
  g_assert_cmpuint (n_since, ==, 1);
  g_assert_cmpuint (n_until, ==, 0);
  scapula_chart_set_range (chart, 1000, 2000);
  g_assert_cmpuint (n_since, ==, 1);
  g_assert_cmpuint (n_until, ==, 1);
  g_assert_cmpint (scapula_chart_get_since (chart), ==, 1000);
  g_assert_cmpint (scapula_chart_get_until (chart), ==, 2000);

  scapula_chart_set_empty_text (chart, EMPTY);
  scapula_chart_set_empty_text (chart, EMPTY);
  g_assert_cmpuint (n_empty, ==, 1);
  g_assert_cmpstr (scapula_chart_get_empty_text (chart), ==, EMPTY);
  scapula_chart_set_empty_text (chart, NULL);
  g_assert_cmpstr (scapula_chart_get_empty_text (chart), ==, "Nothing to show yet.");

  g_assert_finalize_object (chart);
}

/* About 480 × 220, down to 200 × 160; at 360 px the dates still fit. */
static void
test_chart_size (void)
{
  ScapulaChart *chart = new_chart ();
  const ScapulaChartTick *ticks;
  GtkWindow *window;
  guint n_ticks;
  int minimum, natural;

  gtk_widget_measure (GTK_WIDGET (chart), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, ==, 200);
  g_assert_cmpint (natural, ==, 480);
  gtk_widget_measure (GTK_WIDGET (chart), GTK_ORIENTATION_VERTICAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, ==, 160);
  g_assert_cmpint (natural, ==, 220);

  add_one_rep_max (chart);
  window = show (GTK_WIDGET (chart), 360, 220);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (chart)), ==, 360);

  ticks = scapula_chart_layout_get_x_ticks (_scapula_chart_get_layout (chart), &n_ticks);
  g_assert_cmpuint (n_ticks, >=, 3);
  for (guint i = 1; i < n_ticks; i++)
    g_assert_cmpfloat (ticks[i - 1].label_x + ticks[i - 1].label_width, <, ticks[i].label_x);
  g_assert_cmpfloat (ticks[n_ticks - 1].label_x + ticks[n_ticks - 1].label_width, <=, 360);

  gtk_window_destroy (window);
}

/* The picker: four periods, one active, each named in full. */
static void
test_chart_range_picker (void)
{
  static const char *labels[] = { "4 Weeks", "3 Months", "1 Year", "All" };
  static const char *names[] = { "Last 4 weeks", "Last 3 months", "Last year", "All time" };
  ScapulaChartRangePicker *picker = SCAPULA_CHART_RANGE_PICKER (scapula_chart_range_picker_new ());
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  guint n_range = 0;
  int minimum, natural;

  g_signal_connect (picker, "notify::range", G_CALLBACK (count_cb), &n_range);
  gtk_window_set_child (window, GTK_WIDGET (picker));
  gtk_window_present (window);
  scapula_test_wait_for_frames (GTK_WIDGET (window), 2);

  gtk_test_accessible_assert_role (picker, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_test_accessible_assert_property (picker, GTK_ACCESSIBLE_PROPERTY_LABEL, "Period");
  g_assert_cmpint (scapula_chart_range_picker_get_range (picker), ==, SCAPULA_CHART_RANGE_3_MONTHS);

  for (ScapulaChartRange r = SCAPULA_CHART_RANGE_4_WEEKS; r <= SCAPULA_CHART_RANGE_ALL; r++)
    {
      GtkToggleButton *button = _scapula_chart_range_picker_get_button (picker, r);

      g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, labels[r]);
      gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_LABEL, names[r]);
      g_assert_cmpint (gtk_toggle_button_get_active (button), ==, r == SCAPULA_CHART_RANGE_3_MONTHS);
    }

  /* Clicking a button picks its period and leaves one active. */
  g_signal_emit_by_name (_scapula_chart_range_picker_get_button (picker, SCAPULA_CHART_RANGE_1_YEAR),
                         "clicked");
  g_assert_cmpint (scapula_chart_range_picker_get_range (picker), ==, SCAPULA_CHART_RANGE_1_YEAR);
  g_assert_cmpuint (n_range, ==, 1);
  g_assert_false (gtk_toggle_button_get_active (_scapula_chart_range_picker_get_button (picker,
                                                                                        SCAPULA_CHART_RANGE_3_MONTHS)));

  /* And the setter presses the button. */
  g_object_set (picker, "range", SCAPULA_CHART_RANGE_ALL, NULL);
  g_assert_cmpuint (n_range, ==, 2);
  g_assert_true (gtk_toggle_button_get_active (_scapula_chart_range_picker_get_button (picker,
                                                                                       SCAPULA_CHART_RANGE_ALL)));
  g_assert_false (gtk_toggle_button_get_active (_scapula_chart_range_picker_get_button (picker,
                                                                                        SCAPULA_CHART_RANGE_1_YEAR)));
  scapula_chart_range_picker_set_range (picker, SCAPULA_CHART_RANGE_ALL);
  g_assert_cmpuint (n_range, ==, 2);

  /* It fits a 360 px window with room to spare. */
  gtk_widget_measure (GTK_WIDGET (picker), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (natural, <, 340);

  gtk_window_destroy (window);
}

/* A page as the Progress view might build it, for screenshots: the picker
 * over a line, a left/right chart and bars, at two widths and in both
 * colour schemes. It also checks that the picker drives the charts. */
static void
test_chart_demo (void)
{
  static const int widths[] = { 360, 720 };

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    for (int dark = 0; dark <= 1; dark++)
      {
        GtkWidget *picker = scapula_chart_range_picker_new ();
        GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
        ScapulaChart *line = new_chart ();
        ScapulaChart *sides = new_chart ();
        ScapulaChart *bars = new_chart ();
        ScapulaChart *empty = new_chart ();
        g_autoptr(GdkTexture) texture = NULL;
        g_autofree char *name = g_strdup_printf ("chart-demo-%d-%s", widths[w], dark ? "dark" : "light");
        gint64 now = utc_hm (2026, 11, 18, 20, 0);
        GtkWindow *window = GTK_WINDOW (gtk_window_new ());
        ScapulaChart *charts[] = { line, sides, bars };

        set_dark (dark);
        add_one_rep_max (line);
        add_sides (sides);
        add_weekly_sets (bars);
        scapula_chart_set_title (empty, "Hold time, dead hang");
        scapula_chart_set_value_kind (empty, SCAPULA_CHART_VALUE_SECONDS);
        scapula_chart_set_empty_text (empty, "No holds timed yet. Time one and it will show here.");

        gtk_widget_set_margin_top (box, 12);
        gtk_widget_set_margin_bottom (box, 12);
        gtk_widget_set_margin_start (box, 12);
        gtk_widget_set_margin_end (box, 12);
        gtk_box_append (GTK_BOX (box), picker);
        for (guint i = 0; i < G_N_ELEMENTS (charts); i++)
          gtk_box_append (GTK_BOX (box), GTK_WIDGET (charts[i]));
        gtk_box_append (GTK_BOX (box), GTK_WIDGET (empty));

        gtk_window_set_decorated (window, FALSE);
        gtk_window_set_default_size (window, widths[w], -1);
        gtk_window_set_child (window, box);
        gtk_window_present (window);
        scapula_test_wait_for_frames (GTK_WIDGET (window), 3);

        /* Three months to 18 Nov, as the picker starts. */
        for (guint i = 0; i < G_N_ELEMENTS (charts); i++)
          {
            ScapulaChartRange range = scapula_chart_range_picker_get_range (SCAPULA_CHART_RANGE_PICKER (picker));

            scapula_chart_set_range (charts[i], scapula_chart_range_get_since (range, now, NULL), now);
          }
        scapula_test_wait_for_frames (GTK_WIDGET (window), 2);

        /* The 1RM chart from 18 Aug: all twelve sessions, axis from 18 Aug. */
        {
          const ScapulaChartLayout *layout = _scapula_chart_get_layout (line);
          const ScapulaChartRect *plot = scapula_chart_layout_get_plot (layout);
          const ScapulaChartPoint *points;
          guint n_points;

          points = scapula_chart_layout_get_points (layout, 0, &n_points);
          g_assert_cmpuint (n_points, ==, 12);
          g_assert_cmpfloat (points[0].px, >, plot->x + plot->width / 10);
        }

        /* A read-out on the bars, as a user pointing at them sees it. */
        {
          const ScapulaChartSlot *slots;
          guint n_slots;

          slots = scapula_chart_layout_get_slots (_scapula_chart_get_layout (bars), &n_slots);
          _scapula_chart_hover (bars, slots[5].px, 40);
        }

        texture = render (window, name);
        g_assert_nonnull (texture);

        /* Four weeks: only the last sessions. */
        for (guint i = 0; i < G_N_ELEMENTS (charts); i++)
          scapula_chart_set_range (charts[i],
                                   scapula_chart_range_get_since (SCAPULA_CHART_RANGE_4_WEEKS, now, NULL),
                                   now);
        {
          guint n_points;

          scapula_chart_layout_get_points (_scapula_chart_get_layout (line), 0, &n_points);
          g_assert_cmpuint (n_points, ==, 5);
        }

        gtk_window_destroy (window);
      }

  set_dark (FALSE);
}

int
main (int   argc,
      char *argv[])
{
  if (!scapula_test_ui_init (&argc, &argv))
    return 77;

  g_test_add_func ("/chart/line-pixels", test_chart_line_pixels);
  g_test_add_func ("/chart/sides-pixels", test_chart_sides_pixels);
  g_test_add_func ("/chart/bar-pixels", test_chart_bar_pixels);
  g_test_add_func ("/chart/empty", test_chart_empty);
  g_test_add_func ("/chart/keyboard", test_chart_keyboard);
  g_test_add_func ("/chart/hover", test_chart_hover);
  g_test_add_func ("/chart/rtl", test_chart_rtl);
  g_test_add_func ("/chart/dark", test_chart_dark);
  g_test_add_func ("/chart/accessible", test_chart_accessible);
  g_test_add_func ("/chart/properties", test_chart_properties);
  g_test_add_func ("/chart/size", test_chart_size);
  g_test_add_func ("/chart/range-picker", test_chart_range_picker);
  g_test_add_func ("/chart/demo", test_chart_demo);

  return g_test_run ();
}
