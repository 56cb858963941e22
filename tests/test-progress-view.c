/* test-progress-view.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "scapula-context.h"
#include "scapula-progress-view-private.h"
#include "scapula-test-ui.h"

/* The Progress view as a user reads it: the numbers in the charts, the
 * records, the flags and the next steps, from a small history on a manual
 * clock, and every chart drawn with its data and without. */

/* Wednesday 18 November 2026, 20:00 UTC (tests run with TZ=UTC). */
#define NOW G_GINT64_CONSTANT (1795032000)

/* Sessions on Mondays at 18:00: three recent ones and one in August, out
 * of the three-month range. */
#define S_AUG_3  G_GINT64_CONSTANT (1785780000)
#define S_NOV_2  G_GINT64_CONSTANT (1793642400)
#define S_NOV_9  G_GINT64_CONSTANT (1794247200)
#define S_NOV_16 G_GINT64_CONSTANT (1794852000)

#define WEEK_NOV_2  (S_NOV_2 - 18 * 3600)
#define WEEK_NOV_16 (S_NOV_16 - 18 * 3600)

/* The seal row: 3 × 8–12, to the top of the range on 9 November, then a
 * heavier 42.5 kg. The one-arm row: the right side 1/6 behind the left in
 * every session. The seal row's pain rises 1, 2, 3. */
static const char history_sql[] =
  "INSERT INTO session (id, started_at, ended_at) VALUES"
  "  (1, 1785780000, 1785783600), (2, 1793642400, 1793646000),"
  "  (3, 1794247200, 1794250800), (4, 1794852000, 1794855600);"
  "INSERT INTO logged_set (session_id, position, exercise, kind, side, weight_kg, reps, seconds, logged_at) VALUES"
  "  (1, 0, 'seal-row', 'work', 'both', 35.0, 10, NULL, 1785780100),"
  "  (1, 1, 'seal-row', 'work', 'both', 35.0, 10, NULL, 1785780200),"
  "  (1, 2, 'seal-row', 'work', 'both', 35.0, 10, NULL, 1785780300),"
  "  (2, 0, 'seal-row', 'work', 'both', 40.0, 10, NULL, 1793642500),"
  "  (2, 1, 'seal-row', 'work', 'both', 40.0, 10, NULL, 1793642600),"
  "  (2, 2, 'seal-row', 'work', 'both', 40.0, 9, NULL, 1793642700),"
  "  (3, 0, 'seal-row', 'work', 'both', 40.0, 12, NULL, 1794247300),"
  "  (3, 1, 'seal-row', 'work', 'both', 40.0, 12, NULL, 1794247400),"
  "  (3, 2, 'seal-row', 'work', 'both', 40.0, 12, NULL, 1794247500),"
  "  (4, 0, 'seal-row', 'work', 'both', 42.5, 8, NULL, 1794852100),"
  "  (4, 1, 'seal-row', 'work', 'both', 42.5, 8, NULL, 1794852200),"
  "  (4, 2, 'seal-row', 'work', 'both', 42.5, 8, NULL, 1794852300);"
  "INSERT INTO logged_set (session_id, position, exercise, kind, side, weight_kg, reps, seconds, logged_at)"
  "  SELECT s.id, 10 + n.i, 'one-arm-dumbbell-row', 'work', CASE n.i % 2 WHEN 0 THEN 'left' ELSE 'right' END,"
  "         20.0, CASE n.i % 2 WHEN 0 THEN 12 ELSE 10 END, NULL, s.started_at + 10 + n.i"
  "    FROM session AS s, (SELECT 0 AS i UNION SELECT 1 UNION SELECT 2 UNION SELECT 3"
  "                        UNION SELECT 4 UNION SELECT 5) AS n"
  "   WHERE s.id > 1;"
  /* A loaded carry on 16 November: weight and seconds, no reps. */
  "INSERT INTO logged_set (session_id, position, exercise, kind, side, weight_kg, reps, seconds, logged_at) VALUES"
  "  (4, 20, 'farmers-carry', 'work', 'both', 24.0, NULL, 40, 1794852050),"
  "  (4, 21, 'farmers-carry', 'work', 'both', 24.0, NULL, 45, 1794852060);"
  "INSERT INTO pain_checkin (session_id, exercise, pain, numbness, logged_at) VALUES"
  "  (2, 'seal-row', 1, 0, 1793642800), (3, 'seal-row', 2, 0, 1794247600),"
  "  (4, 'seal-row', 3, 0, 1794852400);";

typedef struct
{
  ScapulaContext      *context;
  ScapulaClock        *clock;
  GtkWindow           *window;
  ScapulaProgressView *view;
} Fixture;

static void
add_item (ScapulaPlanDay *day,
          const char     *slug,
          gboolean        per_side)
{
  ScapulaPrescription p = {
    .sets = 3, .reps_min = 8, .reps_max = 12, .rest_seconds = 90, .per_side = per_side,
    .progression = SCAPULA_PROGRESSION_DOUBLE,
  };
  g_autoptr(ScapulaPlanItem) item = scapula_plan_item_new (slug, &p);

  scapula_plan_day_append (day, item);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  const char *sql = data;
  g_autoptr(ScapulaCatalog) catalog = scapula_catalog_new_default ();
  g_autoptr(GSettings) settings = g_settings_new ("io.github.scapula.Scapula");
  g_autoptr(ScapulaDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  static guint n_fixtures;
  g_autofree char *name = g_strdup_printf ("progress-%u.db", n_fixtures++);
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), name, NULL);
  g_autoptr(ScapulaPlan) plan = NULL;
  ScapulaPlanDay *monday;
  GDate start;

  g_settings_reset (settings, "weight-unit");
  g_settings_reset (settings, "week-start");
  db = scapula_database_open (path, &error);
  g_assert_no_error (error);
  if (sql != NULL)
    {
      scapula_database_exec (db, sql, &error);
      g_assert_no_error (error);
    }
  f->context = scapula_context_new (catalog, settings);
  scapula_context_set_database (f->context, db);

  /* Monday: both rows, a stretch; the plan started in August. */
  g_date_set_dmy (&start, 3, 8, 2026);
  plan = scapula_plan_new ("Test week", &start);
  monday = scapula_plan_get_day (plan, 1);
  scapula_plan_day_set_training (monday, TRUE);
  add_item (monday, "seal-row", FALSE);
  add_item (monday, "one-arm-dumbbell-row", TRUE);
  add_item (monday, "thread-the-needle", FALSE);
  scapula_plan_store_add (scapula_context_get_plan_store (f->context), plan, &error);
  g_assert_no_error (error);

  f->clock = scapula_manual_clock_new (NOW * G_USEC_PER_SEC);
  f->view = SCAPULA_PROGRESS_VIEW (scapula_progress_view_new (f->context, f->clock));

  f->window = GTK_WINDOW (adw_window_new ());
  adw_window_set_content (ADW_WINDOW (f->window), GTK_WIDGET (f->view));
  gtk_window_set_default_size (f->window, 800, 900);
  gtk_window_present (f->window);
  scapula_test_wait_for_frames (GTK_WIDGET (f->window), 1);
  _scapula_progress_view_flush (f->view);
  scapula_test_wait_for_frames (GTK_WIDGET (f->window), 2);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  g_clear_object (&f->clock);
  scapula_context_close (f->context);
  g_clear_object (&f->context);
}

static ScapulaChart *
chart (Fixture              *f,
       ScapulaProgressChart  which)
{
  return _scapula_progress_view_get_chart (f->view, which);
}

/* Runs what the view queued and lets the charts lay out again. */
static void
settle (Fixture *f)
{
  _scapula_progress_view_flush (f->view);
  scapula_test_wait_for_frames (GTK_WIDGET (f->window), 2);
}

static void
set_range (Fixture           *f,
           ScapulaChartRange  range)
{
  gtk_toggle_button_set_active (_scapula_chart_range_picker_get_button (_scapula_progress_view_get_range_picker (f->view),
                                                                        range),
                                TRUE);
  settle (f);
}

/* The chart's values, in stored units, series 0. */
static GArray *
chart_values (ScapulaChart *c)
{
  const ScapulaChartLayout *layout = _scapula_chart_get_layout (c);
  GArray *values = g_array_new (FALSE, FALSE, sizeof (double));
  const ScapulaChartPoint *points;
  guint n = 0;

  g_assert_nonnull (layout);
  if (scapula_chart_layout_get_n_series (layout) == 0)
    return values;

  points = scapula_chart_layout_get_points (layout, 0, &n);
  for (guint i = 0; i < n; i++)
    g_array_append_val (values, points[i].value);
  return values;
}

static void
assert_values (ScapulaChart *c,
               const double *expected,
               guint         n_expected)
{
  g_autoptr(GArray) values = chart_values (c);

  g_assert_cmpuint (values->len, ==, n_expected);
  for (guint i = 0; i < n_expected; i++)
    g_assert_cmpfloat_with_epsilon (g_array_index (values, double, i), expected[i], 0.01);
}

static const char *
row_title (GtkListBox *list,
           int         index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, index);

  g_assert_nonnull (row);
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
}

static const char *
row_subtitle (GtkListBox *list,
              int         index)
{
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (gtk_list_box_get_row_at_index (list, index)));
}

/* The text of the first label carrying @css_class inside @widget. */
static const char *
find_label (GtkWidget  *widget,
            const char *css_class)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, css_class))
    return gtk_label_get_text (GTK_LABEL (widget));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *text = find_label (child, css_class);

      if (text != NULL)
        return text;
    }

  return NULL;
}

static guint
list_length (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;
  return n;
}

/* Pixels of @c drawn in (or close to) the accent colour: the data. */
static guint
count_accent_pixels (Fixture      *f,
                     ScapulaChart *c)
{
  GtkWidget *widget = GTK_WIDGET (c);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree guchar *data = NULL;
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GdkRGBA accent;
  guint count = 0;

  g_assert_cmpint (width, >, 0);
  g_assert_true (gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), "accent_color", &accent));
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (f->window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  data = g_malloc (4 * (gsize) width * height);
  gdk_texture_download (texture, data, 4 * (gsize) width);

  /* cairo's ARGB32: B, G, R, A in memory on little endian. */
  for (int i = 0; i < width * height; i++)
    {
      double b = data[4 * i] / 255.0, g = data[4 * i + 1] / 255.0, r = data[4 * i + 2] / 255.0;

      if (fabs (r - accent.red) + fabs (g - accent.green) + fabs (b - accent.blue) < 0.15)
        count++;
    }

  return count;
}

/* A new user: no history. The charts wait behind a page that says how to
 * fill them; the next steps are the plan's first-time targets. */
static void
test_progress_new_user (Fixture       *f,
                        gconstpointer  data)
{
  GtkListBox *steps = _scapula_progress_view_get_steps_list (f->view);

  g_assert_cmpstr (gtk_stack_get_visible_child_name (_scapula_progress_view_get_stack (f->view)), ==, "empty");

  /* The two rows; the stretch has no progression. */
  g_assert_cmpuint (list_length (steps), ==, 2);
  g_assert_cmpstr (row_title (steps, 0), ==, "Seal Row");
  g_assert_cmpstr (row_subtitle (steps, 0), ==, "3 × 8");
  g_assert_cmpstr (find_label (GTK_WIDGET (gtk_list_box_get_row_at_index (steps, 0)), "caption-heading"),
                   ==, "First time");
  g_assert_cmpstr (row_title (steps, 1), ==, "One-Arm Dumbbell Row");
}

/* Every chart with the history, in the three-month range. */
static void
test_progress_charts (Fixture       *f,
                      gconstpointer  data)
{
  GtkDropDown *exercises = _scapula_progress_view_get_exercise_dropdown (f->view);
  GListModel *names = gtk_drop_down_get_model (exercises);
  GtkLabel *caption = _scapula_progress_view_get_caption_label (f->view);
  /* Epley: 40 × (1 + 10/30), 40 × (1 + 12/30), 42.5 × (1 + 8/30). */
  const double e1rm[] = { 40 * (1 + 10 / 30.0), 40 * (1 + 12 / 30.0), 42.5 * (1 + 8 / 30.0) };
  const double volume[] = { 40 * 29, 40 * 36, 42.5 * 24 };
  const double best[] = { 40, 40, 42.5 };
  /* (240 − 200) / 240 more on the left each time. */
  const double balance[] = { 100.0 / 6, 100.0 / 6, 100.0 / 6 };
  const double pain[] = { 1, 2, 3 };
  /* Rhomboid major: 3 seal-row sets and 3 one-arm pairs a session, from
   * the week of 17 August. */
  double muscle[14] = { 0 };
  double sessions[14] = { 0 };
  double low, high;
  g_autoptr(GArray) values = NULL;

  g_assert_cmpstr (gtk_stack_get_visible_child_name (_scapula_progress_view_get_stack (f->view)), ==, "charts");

  /* Both rows and the carry were logged; the seal row last. */
  g_assert_cmpuint (g_list_model_get_n_items (names), ==, 3);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (names), gtk_drop_down_get_selected (exercises)),
                   ==, "Seal Row");

  /* Estimated 1RM first, its formula named under it. */
  g_assert_true (gtk_toggle_button_get_active (_scapula_progress_view_get_metric_button (f->view, SCAPULA_EXERCISE_METRIC_E1RM)));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (_scapula_progress_view_get_metric_button (f->view, SCAPULA_EXERCISE_METRIC_HOLD))));
  assert_values (chart (f, SCAPULA_PROGRESS_CHART_EXERCISE), e1rm, 3);
  g_assert_nonnull (strstr (gtk_label_get_text (caption), "Epley"));
  g_assert_nonnull (strstr (gtk_label_get_text (caption), "weight × (1 + reps ÷ 30)"));
  g_assert_nonnull (strstr (_scapula_chart_get_description (chart (f, SCAPULA_PROGRESS_CHART_EXERCISE)),
                            "Estimated 1RM (Epley), Seal Row"));

  gtk_toggle_button_set_active (_scapula_progress_view_get_metric_button (f->view, SCAPULA_EXERCISE_METRIC_VOLUME), TRUE);
  settle (f);
  assert_values (chart (f, SCAPULA_PROGRESS_CHART_EXERCISE), volume, 3);
  g_assert_null (strstr (gtk_label_get_text (caption), "Epley"));
  g_assert_nonnull (strstr (gtk_label_get_text (caption), "Weight × reps"));

  /* The best set's weight on the chart, and the latest whole under it. */
  gtk_toggle_button_set_active (_scapula_progress_view_get_metric_button (f->view, SCAPULA_EXERCISE_METRIC_BEST_SET), TRUE);
  settle (f);
  assert_values (chart (f, SCAPULA_PROGRESS_CHART_EXERCISE), best, 3);
  g_assert_cmpstr (gtk_label_get_text (caption), ==,
                   "The heaviest work set of each session. Latest: 42.5 kg × 8, on 16 Nov 2026.");

  /* The seal row's pain rose three times: the chart and the advice. */
  assert_values (chart (f, SCAPULA_PROGRESS_CHART_EXERCISE_PAIN), pain, 3);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (_scapula_progress_view_get_pain_label (f->view))));
  g_assert_nonnull (strstr (gtk_label_get_text (_scapula_progress_view_get_pain_label (f->view)),
                            "doctor or physical therapist"));

  /* A bilateral lift has no left/right chart. */
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_ancestor (GTK_WIDGET (chart (f, SCAPULA_PROGRESS_CHART_BALANCE)),
                                                                   ADW_TYPE_PREFERENCES_GROUP)));

  /* The one-arm row: the right side behind in three sessions in a row. */
  _scapula_progress_view_select_exercise (f->view, "one-arm-dumbbell-row");
  settle (f);
  assert_values (chart (f, SCAPULA_PROGRESS_CHART_BALANCE), balance, 3);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (_scapula_progress_view_get_balance_label (f->view))));
  g_assert_nonnull (strstr (gtk_label_get_text (_scapula_progress_view_get_balance_label (f->view)),
                            "Your right side has been more than 10% behind your left"));
  g_assert_true (scapula_chart_layout_get_reference (_scapula_chart_get_layout (chart (f, SCAPULA_PROGRESS_CHART_BALANCE)),
                                                     &low, &high));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (_scapula_progress_view_get_pain_label (f->view))));

  /* Weekly sets of the rhomboid major against the plan's 6, weeks from
   * 17 August to 16 November. */
  gtk_drop_down_set_selected (_scapula_progress_view_get_muscle_dropdown (f->view), SCAPULA_MUSCLE_RHOMBOID_MAJOR);
  settle (f);
  muscle[11] = muscle[12] = muscle[13] = 6;
  assert_values (chart (f, SCAPULA_PROGRESS_CHART_MUSCLE), muscle, 14);
  g_assert_true (scapula_chart_layout_get_reference (_scapula_chart_get_layout (chart (f, SCAPULA_PROGRESS_CHART_MUSCLE)),
                                                     &low, &high));
  g_assert_cmpfloat (low, ==, high);
  g_assert_cmpfloat (low, ==, scapula_chart_layout_value_to_y (_scapula_chart_get_layout (chart (f, SCAPULA_PROGRESS_CHART_MUSCLE)), 6));

  /* One session a week against one training day. */
  sessions[11] = sessions[12] = sessions[13] = 1;
  assert_values (chart (f, SCAPULA_PROGRESS_CHART_CONSISTENCY), sessions, 14);

  /* Pain per week: the three weeks with a check-in. */
  assert_values (chart (f, SCAPULA_PROGRESS_CHART_PAIN), pain, 3);

  /* A carry has a weight and a time but no reps: no 1RM or volume. */
  _scapula_progress_view_select_exercise (f->view, "farmers-carry");
  settle (f);
  for (ScapulaExerciseMetric m = SCAPULA_EXERCISE_METRIC_BEST_SET; m <= SCAPULA_EXERCISE_METRIC_HOLD; m++)
    g_assert_cmpint (gtk_widget_get_visible (GTK_WIDGET (_scapula_progress_view_get_metric_button (f->view, m))), ==,
                     m == SCAPULA_EXERCISE_METRIC_BEST_SET || m == SCAPULA_EXERCISE_METRIC_HOLD);
  gtk_toggle_button_set_active (_scapula_progress_view_get_metric_button (f->view, SCAPULA_EXERCISE_METRIC_HOLD), TRUE);
  settle (f);
  assert_values (chart (f, SCAPULA_PROGRESS_CHART_EXERCISE), (const double[]) { 85 }, 1);

  /* A year reaches back to the August session. */
  set_range (f, SCAPULA_CHART_RANGE_1_YEAR);
  _scapula_progress_view_select_exercise (f->view, "seal-row");
  settle (f);
  values = chart_values (chart (f, SCAPULA_PROGRESS_CHART_EXERCISE));
  g_assert_cmpuint (values->len, ==, 4);
}

/* The records of the seal row, with the sets that made them and when. */
static void
test_progress_records (Fixture       *f,
                       gconstpointer  data)
{
  GtkListBox *records = _scapula_progress_view_get_records_list (f->view);

  g_assert_cmpuint (list_length (records), ==, 4);
  g_assert_cmpstr (row_title (records, 0), ==, "Heaviest weight");
  g_assert_cmpstr (find_label (GTK_WIDGET (gtk_list_box_get_row_at_index (records, 0)), "numeric"), ==, "42.5 kg × 8");
  g_assert_cmpstr (row_subtitle (records, 0), ==, "Set on 16 Nov 2026");
  g_assert_cmpstr (row_title (records, 1), ==, "Most reps");
  g_assert_cmpstr (find_label (GTK_WIDGET (gtk_list_box_get_row_at_index (records, 1)), "numeric"), ==, "12 reps at 40 kg");
  g_assert_cmpstr (row_subtitle (records, 1), ==, "Set on 9 Nov 2026");
  g_assert_cmpstr (row_title (records, 2), ==, "Best estimated 1RM");
  g_assert_cmpstr (find_label (GTK_WIDGET (gtk_list_box_get_row_at_index (records, 2)), "numeric"), ==, "56 kg, from 40 kg × 12");
  g_assert_cmpstr (row_title (records, 3), ==, "Best session volume");
  g_assert_cmpstr (find_label (GTK_WIDGET (gtk_list_box_get_row_at_index (records, 3)), "numeric"), ==, "1440 kg");

  /* In pounds when the user reads pounds. */
  g_settings_set_string (scapula_context_get_settings (f->context), "weight-unit", "lb");
  settle (f);
  g_assert_nonnull (strstr (find_label (GTK_WIDGET (gtk_list_box_get_row_at_index (records, 0)), "numeric"), "lb × 8"));
}

/* The next steps come from the history, as the runner's targets do. */
static void
test_progress_next_steps (Fixture       *f,
                          gconstpointer  data)
{
  GtkListBox *steps = _scapula_progress_view_get_steps_list (f->view);

  /* The seal row's last session, 42.5 kg × 8, 8, 8: one more rep. */
  g_assert_cmpstr (row_title (steps, 0), ==, "Seal Row");
  g_assert_cmpstr (row_subtitle (steps, 0), ==, "3 × 9 at 42.5 kg");
  g_assert_cmpstr (find_label (GTK_WIDGET (gtk_list_box_get_row_at_index (steps, 0)), "caption-heading"),
                   ==, "One more rep");
}

/* Each chart drawn with data shows it in the accent colour; in a range
 * with nothing logged, it says so and draws no data. */
static void
test_progress_render (Fixture       *f,
                      gconstpointer  data)
{
  static const ScapulaProgressChart charts[] = {
    SCAPULA_PROGRESS_CHART_EXERCISE,
    SCAPULA_PROGRESS_CHART_EXERCISE_PAIN,
    SCAPULA_PROGRESS_CHART_MUSCLE,
    SCAPULA_PROGRESS_CHART_CONSISTENCY,
    SCAPULA_PROGRESS_CHART_PAIN,
  };

  gtk_drop_down_set_selected (_scapula_progress_view_get_muscle_dropdown (f->view), SCAPULA_MUSCLE_RHOMBOID_MAJOR);
  _scapula_progress_view_select_exercise (f->view, "seal-row");
  set_range (f, SCAPULA_CHART_RANGE_1_YEAR);

  for (guint i = 0; i < G_N_ELEMENTS (charts); i++)
    {
      ScapulaChart *c = chart (f, charts[i]);

      g_test_message ("chart %d with data: %u accent pixels", charts[i], count_accent_pixels (f, c));
      g_assert_true (scapula_chart_layout_has_data (_scapula_chart_get_layout (c)));
      g_assert_cmpuint (count_accent_pixels (f, c), >, 50);
    }

  /* The one-arm row's left/right chart, too. */
  _scapula_progress_view_select_exercise (f->view, "one-arm-dumbbell-row");
  settle (f);
  g_assert_cmpuint (count_accent_pixels (f, chart (f, SCAPULA_PROGRESS_CHART_BALANCE)), >, 50);
  _scapula_progress_view_select_exercise (f->view, "seal-row");

  /* Nothing in the last four weeks but 16 November: move the clock on to
   * February, where four weeks hold nothing. */
  scapula_manual_clock_set_now (SCAPULA_MANUAL_CLOCK (f->clock), (NOW + 100 * 86400) * G_USEC_PER_SEC);
  set_range (f, SCAPULA_CHART_RANGE_4_WEEKS);

  for (guint i = 0; i < G_N_ELEMENTS (charts); i++)
    {
      ScapulaChart *c = chart (f, charts[i]);

      g_test_message ("chart %d without data: %s", charts[i], _scapula_chart_get_description (c));
      g_assert_false (scapula_chart_layout_has_data (_scapula_chart_get_layout (c)));
      g_assert_cmpuint (count_accent_pixels (f, c), <, 5);
    }

  g_assert_nonnull (strstr (_scapula_chart_get_description (chart (f, SCAPULA_PROGRESS_CHART_EXERCISE)),
                            "No sessions of this exercise in this period"));
  g_assert_nonnull (strstr (_scapula_chart_get_description (chart (f, SCAPULA_PROGRESS_CHART_PAIN)),
                            "No pain check-ins in this period"));
}

int
main (int   argc,
      char *argv[])
{
  if (!scapula_test_ui_init (&argc, &argv))
    return 77;

#define ADD(name, sql, func) \
  g_test_add ("/progress-view/" name, Fixture, sql, fixture_set_up, func, fixture_tear_down)

  ADD ("new-user", NULL, test_progress_new_user);
  ADD ("charts", history_sql, test_progress_charts);
  ADD ("records", history_sql, test_progress_records);
  ADD ("next-steps", history_sql, test_progress_next_steps);
  ADD ("render", history_sql, test_progress_render);

  return g_test_run ();
}
