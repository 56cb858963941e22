/* test-anatomy-view.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "scapula-anatomy-view.h"
#include "scapula-catalog.h"
#include "scapula-test-ui.h"
#include "scapula-vocabulary.h"

#define WIDTH 300

/* A window with a button, which takes the first focus, and the view,
 * sized for its natural height. */
static ScapulaAnatomyView *
create_view (GtkWindow **window)
{
  GtkWidget *view = scapula_anatomy_view_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), gtk_button_new_with_label ("Before"));
  gtk_box_append (GTK_BOX (box), view);
  *window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_child (*window, box);
  gtk_window_set_default_size (*window, WIDTH, -1);
  gtk_window_present (*window);
  scapula_test_wait_for_frames (GTK_WIDGET (*window), 3);

  return SCAPULA_ANATOMY_VIEW (view);
}

static int
find_region (ScapulaMuscleMap *map,
             ScapulaMuscle     muscle)
{
  /* On the deep side, where every muscle of the view's tests is. */
  ScapulaBodySide deep = scapula_muscle_map_get_superficial_side (map) == SCAPULA_BODY_SIDE_LEFT
                         ? SCAPULA_BODY_SIDE_RIGHT : SCAPULA_BODY_SIDE_LEFT;

  for (guint i = 0; i < scapula_muscle_map_get_n_regions (map); i++)
    {
      const ScapulaMuscleRegion *region = scapula_muscle_map_get_region (map, i);

      if (region->muscle == muscle && region->side == deep)
        return i;
    }

  return -1;
}

/* What the description must say for an exercise: its muscles that the
 * diagram shows, in the catalog's order. */
static char *
expected_description (ScapulaExercise  *exercise,
                      ScapulaMuscleMap *map)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const ScapulaMuscleLoad *loads;
  guint n_loads;

  loads = scapula_exercise_get_muscles (exercise, &n_loads);
  for (int role = SCAPULA_MUSCLE_ROLE_PRIMARY; role <= SCAPULA_MUSCLE_ROLE_SECONDARY; role++)
    {
      gboolean first = TRUE;

      for (guint i = 0; i < n_loads; i++)
        {
          if ((int) loads[i].role != role || !scapula_muscle_map_has_muscle (map, loads[i].muscle))
            continue;

          if (first)
            g_string_append_printf (text, "%s%s: ", text->len > 0 ? " " : "",
                                    role == SCAPULA_MUSCLE_ROLE_PRIMARY ? "Primary" : "Secondary");
          else
            g_string_append (text, ", ");
          g_string_append (text, scapula_muscle_get_label (loads[i].muscle));
          first = FALSE;
        }

      if (!first)
        g_string_append_c (text, '.');
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* An image named "Back muscles" whose description names the highlighted
 * muscles and the selection, and follows every change. */
static void
test_anatomy_view_accessible (void)
{
  g_autoptr(ScapulaCatalog) catalog = scapula_catalog_new_default ();
  ScapulaExercise *seal = scapula_catalog_lookup (catalog, "seal-row");
  GtkWindow *window;
  ScapulaAnatomyView *view = create_view (&window);
  ScapulaMuscleMap *map = _scapula_anatomy_view_get_map (view);
  g_autofree char *expected = NULL;
  g_autofree char *with_selection = NULL;

  gtk_test_accessible_assert_role (view, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_test_accessible_assert_property (view, GTK_ACCESSIBLE_PROPERTY_LABEL, "Back muscles");
  gtk_test_accessible_assert_property (view, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "No muscles highlighted.");

  g_assert_nonnull (seal);
  scapula_anatomy_view_set_exercise (view, seal);
  g_assert_true (scapula_anatomy_view_get_exercise (view) == seal);

  expected = expected_description (seal, map);
  g_assert_cmpstr (_scapula_anatomy_view_get_description (view), ==, expected);
  gtk_test_accessible_assert_property (view, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, expected);

  /* The seal row's prime movers, named as the user reads them; the biceps
   * (not drawn on a back view) are left out. */
  g_assert_true (g_str_has_prefix (expected,
                                   "Primary: Rhomboid major, Rhomboid minor, Middle trapezius."));
  g_assert_nonnull (strstr (expected, "Secondary: "));
  g_assert_nonnull (strstr (expected, "Rear deltoid"));
  g_assert_null (strstr (expected, "Biceps"));

  scapula_anatomy_view_set_selected (view, SCAPULA_MUSCLE_RHOMBOID_MAJOR);
  with_selection = g_strconcat (expected, " Selected: Rhomboid major.", NULL);
  gtk_test_accessible_assert_property (view, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, with_selection);

  /* Levels set one by one: 0.75 and up count as primary. */
  scapula_anatomy_view_clear (view);
  g_assert_null (scapula_anatomy_view_get_exercise (view));
  gtk_test_accessible_assert_property (view, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "No muscles highlighted. Selected: Rhomboid major.");
  scapula_anatomy_view_set_intensity (view, SCAPULA_MUSCLE_HAMSTRINGS, 0.3);
  scapula_anatomy_view_set_intensity (view, SCAPULA_MUSCLE_GLUTEUS_MAXIMUS, 0.9);
  scapula_anatomy_view_set_intensity (view, SCAPULA_MUSCLE_ERECTOR_SPINAE, 2.0);
  scapula_anatomy_view_set_selected (view, -1);
  g_assert_cmpfloat (scapula_anatomy_view_get_intensity (view, SCAPULA_MUSCLE_ERECTOR_SPINAE),
                     ==, 1.0);
  gtk_test_accessible_assert_property (view, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Primary: Glutes, Erector spinae. Secondary: Hamstrings.");
  scapula_anatomy_view_set_intensity (view, SCAPULA_MUSCLE_GLUTEUS_MAXIMUS, 0);
  gtk_test_accessible_assert_property (view, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Primary: Erector spinae. Secondary: Hamstrings.");

  /* set_exercise() replaces levels set by hand. */
  scapula_anatomy_view_set_exercise (view, seal);
  g_assert_cmpstr (_scapula_anatomy_view_get_description (view), ==, expected);
  g_assert_cmpfloat (scapula_anatomy_view_get_intensity (view, SCAPULA_MUSCLE_HAMSTRINGS), ==, 0);
  g_assert_cmpfloat (scapula_anatomy_view_get_intensity (view, SCAPULA_MUSCLE_RHOMBOID_MAJOR),
                     ==, 1.0);
  g_assert_cmpfloat (scapula_anatomy_view_get_intensity (view, SCAPULA_MUSCLE_LATISSIMUS_DORSI),
                     ==, 0.5);

  gtk_window_destroy (window);
}

/* A view of one's own, not in a window. */
static ScapulaAnatomyView *
new_floating_view (void)
{
  return g_object_ref_sink (SCAPULA_ANATOMY_VIEW (scapula_anatomy_view_new ()));
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

static void
activated_cb (ScapulaAnatomyView *view,
              int                 muscle,
              int                *activated)
{
  *activated = muscle;
}

/* The setter and the property agree and notify only on change. */
static void
test_anatomy_view_selected (void)
{
  g_autoptr(ScapulaAnatomyView) view = new_floating_view ();
  guint notified = 0;
  int selected = 0;

  g_signal_connect (view, "notify::selected", G_CALLBACK (count_cb), &notified);

  g_assert_cmpint (scapula_anatomy_view_get_selected (view), ==, -1);
  scapula_anatomy_view_set_selected (view, SCAPULA_MUSCLE_TRAPEZIUS_LOWER);
  g_assert_cmpint (scapula_anatomy_view_get_selected (view), ==, SCAPULA_MUSCLE_TRAPEZIUS_LOWER);
  g_assert_cmpuint (notified, ==, 1);
  scapula_anatomy_view_set_selected (view, SCAPULA_MUSCLE_TRAPEZIUS_LOWER);
  g_assert_cmpuint (notified, ==, 1);

  g_object_set (view, "selected", SCAPULA_MUSCLE_TERES_MAJOR, NULL);
  g_object_get (view, "selected", &selected, NULL);
  g_assert_cmpint (selected, ==, SCAPULA_MUSCLE_TERES_MAJOR);
  g_assert_cmpuint (notified, ==, 2);

  scapula_anatomy_view_set_selected (view, -1);
  g_assert_cmpint (scapula_anatomy_view_get_selected (view), ==, -1);
  g_assert_cmpuint (notified, ==, 3);

  g_assert_true (scapula_anatomy_view_get_selectable (view));
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (view)));
  scapula_anatomy_view_set_selectable (view, FALSE);
  g_assert_false (gtk_widget_get_focusable (GTK_WIDGET (view)));
}

/* Keyboard: focus enters on the topmost muscle, arrows move spatially,
 * Enter (the activate keybinding) selects and emits muscle-activated; Tab
 * visits every muscle once and then leaves. */
static void
test_anatomy_view_keyboard (void)
{
  GtkWindow *window;
  ScapulaAnatomyView *view = create_view (&window);
  ScapulaMuscleMap *map = _scapula_anatomy_view_get_map (view);
  const ScapulaMuscleRegion *region, *next;
  gboolean seen[SCAPULA_N_MUSCLES] = { FALSE };
  guint n_muscles = 0, n_stops = 0;
  int activated = -1;
  guint notified = 0;
  int cursor;

  g_signal_connect (view, "muscle-activated", G_CALLBACK (activated_cb), &activated);
  g_signal_connect (view, "notify::selected", G_CALLBACK (count_cb), &notified);

  g_assert_cmpint (_scapula_anatomy_view_get_cursor (view), ==, -1);
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (view), GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (view)));

  cursor = _scapula_anatomy_view_get_cursor (view);
  g_assert_cmpint (cursor, >=, 0);
  region = scapula_muscle_map_get_region (map, cursor);
  g_assert_cmpint (region->muscle, ==, SCAPULA_MUSCLE_TRAPEZIUS_UPPER);
  g_assert_nonnull (strstr (_scapula_anatomy_view_get_description (view),
                            "Focused: Upper trapezius."));

  /* Down goes down, right goes right. */
  for (guint i = 0; i < 4; i++)
    {
      g_signal_emit_by_name (view, "move-cursor", GTK_DIR_DOWN);
      next = scapula_muscle_map_get_region (map, _scapula_anatomy_view_get_cursor (view));
      g_assert_cmpfloat (next->label_y, >, region->label_y);
      region = next;
    }
  g_signal_emit_by_name (view, "move-cursor", GTK_DIR_RIGHT);
  next = scapula_muscle_map_get_region (map, _scapula_anatomy_view_get_cursor (view));
  g_assert_cmpfloat (next->label_x, >, region->label_x);
  region = next;

  /* Enter on it. */
  g_assert_true (gtk_widget_activate (GTK_WIDGET (view)));
  g_assert_cmpint (activated, ==, region->muscle);
  g_assert_cmpint (scapula_anatomy_view_get_selected (view), ==, region->muscle);
  g_assert_cmpuint (notified, ==, 1);

  /* Tab from the first stop visits every muscle once, then leaves. */
  for (guint i = 0; i < scapula_muscle_map_get_n_regions (map); i++)
    {
      ScapulaMuscle muscle = scapula_muscle_map_get_region (map, i)->muscle;

      if (!seen[muscle])
        n_muscles++;
      seen[muscle] = TRUE;
    }
  memset (seen, 0, sizeof seen);

  gtk_window_set_focus (window, NULL);
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (view), GTK_DIR_TAB_FORWARD));
  do
    {
      int index = _scapula_anatomy_view_get_cursor (view);
      ScapulaMuscle muscle = scapula_muscle_map_get_region (map, index)->muscle;

      g_assert_false (seen[muscle]);
      seen[muscle] = TRUE;
      n_stops++;
    }
  while (gtk_widget_child_focus (GTK_WIDGET (view), GTK_DIR_TAB_FORWARD));
  g_assert_cmpuint (n_stops, ==, n_muscles);

  /* Shift+Tab from outside starts at the last stop. */
  gtk_window_set_focus (window, NULL);
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (view), GTK_DIR_TAB_BACKWARD));
  g_assert_cmpint (_scapula_anatomy_view_get_cursor (view), >=, 0);

  /* Not selectable: no focus, activation does nothing. */
  activated = -1;
  scapula_anatomy_view_set_selectable (view, FALSE);
  g_assert_cmpint (_scapula_anatomy_view_get_cursor (view), ==, -1);
  g_assert_false (gtk_widget_child_focus (GTK_WIDGET (view), GTK_DIR_TAB_FORWARD));
  gtk_widget_activate (GTK_WIDGET (view));
  g_assert_cmpint (activated, ==, -1);

  gtk_window_destroy (window);
}

/* Natural size: 300 px wide and as tall as the picture; it shrinks to
 * 160 px wide. */
static void
test_anatomy_view_size (void)
{
  g_autoptr(ScapulaAnatomyView) view = new_floating_view ();
  double aspect = scapula_muscle_map_get_aspect (_scapula_anatomy_view_get_map (view));
  GtkWidget *widget = GTK_WIDGET (view);
  int minimum, natural;

  g_assert_cmpint (gtk_widget_get_request_mode (widget), ==, GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH);

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, ==, 160);
  g_assert_cmpint (natural, ==, 300);

  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, 300, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (natural, >=, (int) (292 * aspect));
  g_assert_cmpint (natural, <=, (int) (300 * aspect) + 1);
  g_assert_cmpint (minimum, <=, (int) (160 * aspect) + 1);

  /* Wider than natural: the height stays at the natural one. */
  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, 1000, NULL, &minimum, NULL, NULL);
  g_assert_cmpint (minimum, ==, natural);
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
  double alpha = ((value >> 24) & 0xff) / 255.0;

  g_assert_cmpfloat (alpha, >, 0.99);
  return (Pixel) {
    ((value >> 16) & 0xff) / 255.0,
    ((value >> 8) & 0xff) / 255.0,
    (value & 0xff) / 255.0,
  };
}

/* Hue in degrees, saturation and value from 0 to 1. */
static void
to_hsv (Pixel   p,
        double *h,
        double *s,
        double *v)
{
  double max = MAX (p.r, MAX (p.g, p.b));
  double min = MIN (p.r, MIN (p.g, p.b));
  double delta = max - min;

  *v = max;
  *s = max > 0 ? delta / max : 0;
  if (delta == 0)
    *h = 0;
  else if (max == p.r)
    *h = 60 * fmod ((p.g - p.b) / delta + 6, 6);
  else if (max == p.g)
    *h = 60 * ((p.b - p.r) / delta + 2);
  else
    *h = 60 * ((p.r - p.g) / delta + 4);
}

static double
distance (Pixel a,
          Pixel b)
{
  return sqrt ((a.r - b.r) * (a.r - b.r) + (a.g - b.g) * (a.g - b.g) + (a.b - b.b) * (a.b - b.b));
}

static double
hue_difference (double a,
                double b)
{
  double d = fabs (a - b);

  return MIN (d, 360 - d);
}

static Pixel
label_pixel (ScapulaAnatomyView *view,
             const guchar       *data,
             gsize               stride,
             ScapulaMuscle       muscle)
{
  ScapulaMuscleMap *map = _scapula_anatomy_view_get_map (view);
  int index = find_region (map, muscle);
  const ScapulaMuscleRegion *region;
  double x, y;

  g_assert_cmpint (index, >=, 0);
  region = scapula_muscle_map_get_region (map, index);
  _scapula_anatomy_view_map_to_widget (view, region->label_x, region->label_y, &x, &y);
  g_assert_cmpfloat (x, >=, 0);
  g_assert_cmpfloat (y, >=, 0);
  g_assert_cmpfloat (x, <, gtk_widget_get_width (GTK_WIDGET (view)));
  g_assert_cmpfloat (y, <, gtk_widget_get_height (GTK_WIDGET (view)));

  return pixel_at (data, stride, x, y);
}

/* Renders the view and checks the colours where muscles are: the primary
 * muscles in the accent colour, the secondary ones a paler accent, the
 * others a neutral tone. In light and dark. */
static void
check_pixels (gboolean dark)
{
  g_autoptr(ScapulaCatalog) catalog = scapula_catalog_new_default ();
  const char *output_dir = g_getenv ("SCAPULA_TEST_OUTPUT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree guchar *data = NULL;
  GtkWindow *window;
  ScapulaAnatomyView *view;
  GtkSnapshot *snapshot;
  GdkRGBA accent;
  Pixel primary, secondary, neutral;
  double accent_h, accent_s, accent_v, h, s, v;
  float background;
  int width, height;
  gsize stride;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                           : ADW_COLOR_SCHEME_FORCE_LIGHT);
  view = create_view (&window);
  scapula_anatomy_view_set_exercise (view, scapula_catalog_lookup (catalog, "seal-row"));
  scapula_test_wait_for_frames (GTK_WIDGET (window), 2);

  width = gtk_widget_get_width (GTK_WIDGET (view));
  height = gtk_widget_get_height (GTK_WIDGET (view));
  g_assert_cmpint (width, >=, WIDTH - 20);

  paintable = gtk_widget_paintable_new (GTK_WIDGET (view));
  snapshot = gtk_snapshot_new ();
  /* An opaque background, as the window would give it. */
  background = dark ? 0.14 : 0.98;
  gtk_snapshot_append_color (snapshot, &(GdkRGBA) { background, background, background, 1 },
                             &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));

  if (output_dir != NULL)
    {
      const char *name = dark ? "anatomy-view-dark.png" : "anatomy-view-light.png";
      g_autofree char *path = g_build_filename (output_dir, name, NULL);

      g_assert_true (gdk_texture_save_to_png (texture, path));
      g_test_message ("Saved %s", path);
    }

  stride = 4 * (gsize) width;
  data = g_malloc (stride * height);
  gdk_texture_download (texture, data, stride);

  /* Rhomboid major: primary. Latissimus dorsi: secondary. Glutes: neither. */
  primary = label_pixel (view, data, stride, SCAPULA_MUSCLE_RHOMBOID_MAJOR);
  secondary = label_pixel (view, data, stride, SCAPULA_MUSCLE_LATISSIMUS_DORSI);
  neutral = label_pixel (view, data, stride, SCAPULA_MUSCLE_GLUTEUS_MAXIMUS);

  g_assert_true (gtk_style_context_lookup_color (gtk_widget_get_style_context (GTK_WIDGET (view)),
                                                 "accent_bg_color", &accent));
  to_hsv ((Pixel) { accent.red, accent.green, accent.blue }, &accent_h, &accent_s, &accent_v);

  to_hsv (primary, &h, &s, &v);
  g_test_message ("primary %.2f %.2f %.2f: hue %.0f° (accent %.0f°), saturation %.2f",
                  primary.r, primary.g, primary.b, h, accent_h, s);
  g_assert_cmpfloat (hue_difference (h, accent_h), <, 10);
  g_assert_cmpfloat (s, >, 0.8 * accent_s);
  g_assert_cmpfloat (distance (primary, (Pixel) { accent.red, accent.green, accent.blue }),
                     <, 0.08);

  to_hsv (neutral, &h, &s, &v);
  g_test_message ("neutral %.2f %.2f %.2f: saturation %.2f", neutral.r, neutral.g, neutral.b, s);
  g_assert_cmpfloat (s, <, 0.1);
  g_assert_cmpfloat (distance (primary, neutral), >, 0.3);

  /* Secondary: the accent's hue, between the two in strength. */
  to_hsv (secondary, &h, &s, &v);
  g_test_message ("secondary %.2f %.2f %.2f: hue %.0f°, saturation %.2f",
                  secondary.r, secondary.g, secondary.b, h, s);
  g_assert_cmpfloat (hue_difference (h, accent_h), <, 15);
  g_assert_cmpfloat (s, >, 0.15);
  g_assert_cmpfloat (distance (secondary, neutral), >, 0.1);
  g_assert_cmpfloat (distance (secondary, primary), >, 0.1);

  gtk_window_destroy (window);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

static void
test_anatomy_view_pixels_light (void)
{
  check_pixels (FALSE);
}

static void
test_anatomy_view_pixels_dark (void)
{
  check_pixels (TRUE);
}

/* Hovering is not simulated here, but the tooltip names the muscle at a
 * point and nothing off the body. */
static void
test_anatomy_view_tooltip (void)
{
  GtkWindow *window;
  ScapulaAnatomyView *view = create_view (&window);
  ScapulaMuscleMap *map = _scapula_anatomy_view_get_map (view);
  int index = find_region (map, SCAPULA_MUSCLE_RHOMBOID_MINOR);
  const ScapulaMuscleRegion *region = scapula_muscle_map_get_region (map, index);
  double x, y;
  gboolean shown = TRUE;
  GtkTooltip *tooltip = g_object_new (GTK_TYPE_TOOLTIP, NULL);

  _scapula_anatomy_view_map_to_widget (view, region->label_x, region->label_y, &x, &y);
  g_signal_emit_by_name (view, "query-tooltip", (int) x, (int) y, FALSE, tooltip, &shown);
  g_assert_true (shown);

  _scapula_anatomy_view_map_to_widget (view, 0.02, 0.02, &x, &y);
  g_signal_emit_by_name (view, "query-tooltip", (int) x, (int) y, FALSE, tooltip, &shown);
  g_assert_false (shown);

  g_object_unref (tooltip);
  gtk_window_destroy (window);
}

/* A view that colours muscles by something else says so in its own words,
 * and a legend can ask for the colours it fills with. */
static void
test_anatomy_view_summary (void)
{
  GtkWindow *window;
  ScapulaAnatomyView *view = create_view (&window);
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (view));
  GdkRGBA accent, none, half, full;

  scapula_anatomy_view_set_intensity (view, SCAPULA_MUSCLE_RHOMBOID_MAJOR, 0.9);
  scapula_anatomy_view_set_selected (view, SCAPULA_MUSCLE_TERES_MAJOR);
  g_assert_cmpstr (_scapula_anatomy_view_get_description (view), ==,
                   "Primary: Rhomboid major. Selected: Teres major.");

  scapula_anatomy_view_set_summary (view, "Sets this week: Rhomboid major 9 sets.");
  g_assert_cmpstr (scapula_anatomy_view_get_summary (view), ==, "Sets this week: Rhomboid major 9 sets.");
  g_assert_cmpstr (_scapula_anatomy_view_get_description (view), ==,
                   "Sets this week: Rhomboid major 9 sets. Selected: Teres major.");
  gtk_test_accessible_assert_property (view, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Sets this week: Rhomboid major 9 sets. Selected: Teres major.");

  scapula_anatomy_view_set_summary (view, NULL);
  g_assert_null (scapula_anatomy_view_get_summary (view));
  g_assert_cmpstr (_scapula_anatomy_view_get_description (view), ==,
                   "Primary: Rhomboid major. Selected: Teres major.");

  /* The diagram draws the back's muscles, not the biceps or the chest. */
  g_assert_true (scapula_anatomy_view_shows_muscle (view, SCAPULA_MUSCLE_RHOMBOID_MINOR));
  g_assert_true (scapula_anatomy_view_shows_muscle (view, SCAPULA_MUSCLE_HAMSTRINGS));
  g_assert_false (scapula_anatomy_view_shows_muscle (view, SCAPULA_MUSCLE_BICEPS));
  g_assert_false (scapula_anatomy_view_shows_muscle (view, SCAPULA_MUSCLE_PECTORALS));

  /* Full strength is the accent; none is a grey; half is in between and
   * already leans to the accent. Levels out of range are clamped. */
  g_assert_true (gtk_style_context_lookup_color (context, "accent_bg_color", &accent));
  scapula_anatomy_view_get_level_color (view, 0.0, &none);
  scapula_anatomy_view_get_level_color (view, 0.5, &half);
  scapula_anatomy_view_get_level_color (view, 1.0, &full);
  g_assert_cmpfloat (fabs (full.red - accent.red) + fabs (full.green - accent.green) + fabs (full.blue - accent.blue),
                     <, 0.005);
  g_assert_cmpfloat (fabs (none.red - none.blue), <, 0.02);
  g_assert_cmpfloat (fabs (half.blue - none.blue - 0.4 * (accent.blue - none.blue)), <, 0.01);
  g_assert_cmpfloat (fabs (half.red - none.red - 0.4 * (accent.red - none.red)), <, 0.01);
  scapula_anatomy_view_get_level_color (view, 3.0, &half);
  g_assert_true (gdk_rgba_equal (&half, &full));

  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  if (!scapula_test_ui_init (&argc, &argv))
    return 77;

  g_test_add_func ("/anatomy-view/accessible", test_anatomy_view_accessible);
  g_test_add_func ("/anatomy-view/selected", test_anatomy_view_selected);
  g_test_add_func ("/anatomy-view/keyboard", test_anatomy_view_keyboard);
  g_test_add_func ("/anatomy-view/size", test_anatomy_view_size);
  g_test_add_func ("/anatomy-view/pixels-light", test_anatomy_view_pixels_light);
  g_test_add_func ("/anatomy-view/pixels-dark", test_anatomy_view_pixels_dark);
  g_test_add_func ("/anatomy-view/tooltip", test_anatomy_view_tooltip);
  g_test_add_func ("/anatomy-view/summary", test_anatomy_view_summary);

  return g_test_run ();
}
