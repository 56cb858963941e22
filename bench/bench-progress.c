/* bench-progress.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What each chart of the Progress view costs before it is drawn (issue 6:
 * every chart's query plus layout under one frame, 16 ms, with 100,000
 * logged sets). The database gets the shared five-year history
 * (scapula-bench-history.c) ending now; then, for each range of the
 * picker, every chart's query and calculation runs, and its result is
 * turned into the chart's series and laid out as ScapulaChart does it
 * outside its draw call: scapula_chart_layout_new() at 720 × 240 px with
 * Pango measuring the labels, the label layouts, and the accessible
 * summary. A warm-up run comes first, then --runs counted ones; the
 * medians of the query, the layout and their total are printed, and the
 * total's maximum.
 *
 *   bench-progress [--runs N] [--sets N] [--dir DIR] [--verbose] [--keep]
 *                  [--cache-mb N]
 *
 * Per-exercise charts run once for every exercise with history (or every
 * unilateral one, for balance), so their figures cover the lightest and
 * the heaviest exercise alike; --verbose prints each exercise's. --keep
 * leaves the database behind for a look with sqlite3, and --cache-mb tries
 * a larger SQLite page cache than the app's. The exercise list and the
 * records are lists, not charts: they have no layout.
 *
 * No display is needed: text is measured with a pangocairo font map, in
 * Cantarell 11, GNOME's interface font (Pango falls back to another font
 * without it).
 *
 * Medians are what a user meets; a maximum far above its median is the
 * machine doing something else (build jobs on a shared CI runner).
 */

#define G_LOG_DOMAIN "bench-progress"

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "scapula-bench-history.h"
#include "scapula-catalog.h"
#include "scapula-chart-scale.h"
#include "scapula-dose.h"
#include "scapula-init.h"
#include "scapula-progress-series.h"
#include "scapula-progress-store.h"

#define GOAL_MS      16.0
#define DEFAULT_RUNS 15

/* The size of a chart in the Progress view, and its text. */
#define CHART_WIDTH  720
#define CHART_HEIGHT 240
#define CHART_FONT   "Cantarell 11"

/* The muscle the Progress view charts first (DEFAULT_MUSCLE there). */
#define CHART_MUSCLE SCAPULA_MUSCLE_TRAPEZIUS_MIDDLE

/* Pango text for the layouts, as the chart widget makes it: a little
 * smaller than body text, with tabular figures. */
typedef struct
{
  PangoContext  *context;   /* owned */
  PangoLayout   *measure;   /* owned */
  PangoAttrList *attrs;     /* owned */
} Text;

typedef struct
{
  ScapulaProgressStore *store;
  ScapulaCatalog       *catalog;
  ScapulaPlan          *plan;
  Text                 *text;
  const char           *exercise;    /* interned, NULL for whole-history charts */
  gint64                since;       /* seconds, 0 for the whole history */
  gint64                chart_since; /* microseconds, or SCAPULA_CHART_SINCE_ALL */
  gint64                now;         /* seconds */
} Query;

/* One chart: its query and calculation, returning the chart's data (its
 * points, weeks or records). */
typedef GArray *(*ChartQueryFunc) (const Query *query);

/* The chart's layout on the result of the query: the series the Progress
 * view makes of it, and everything ScapulaChart computes from them before
 * it draws (scales, ticks, geometry, label layouts, summary). NULL for the
 * lists, which have no chart. */
typedef void (*ChartLayoutFunc) (const Query *query,
                                 GArray      *result);

typedef struct
{
  const char      *name;
  gboolean         per_exercise;
  gboolean         unilateral_only;
  ChartQueryFunc   run;
  ChartLayoutFunc  layout;
} Chart;

static GArray *
check (GArray *result,
       GError *error)
{
  if (result == NULL)
    {
      g_printerr ("bench-progress: %s\n", error->message);
      exit (EXIT_FAILURE);
    }

  return result;
}

static GArray *
run_series (const Query *query)
{
  g_autoptr(GError) error = NULL;
  GArray *sessions = check (scapula_progress_store_get_sessions (query->store, query->exercise,
                                                                           query->since, &error),
                                      error);

  return sessions;
}

static GArray *
run_balance (const Query *query)
{
  g_autoptr(GError) error = NULL;
  GArray *sessions = check (scapula_progress_store_get_sessions (query->store, query->exercise,
                                                                           query->since, &error),
                                      error);
  ScapulaSide behind;

  if (!scapula_progress_store_get_balance_flag (query->store, query->exercise, &behind, &error))
    check (NULL, error);
  /* The flag is drawn on the chart. */
  (void) behind;

  return sessions;
}

static GArray *
run_muscles (const Query *query)
{
  g_autoptr(GError) error = NULL;
  GArray *weeks = check (scapula_progress_store_get_muscle_weeks (query->store, query->since,
                                                                            query->now, G_DATE_MONDAY,
                                                                            &error),
                                   error);

  return weeks;
}

static GArray *
run_consistency (const Query *query)
{
  g_autoptr(GError) error = NULL;
  GArray *weeks = check (scapula_progress_store_get_consistency (query->store, query->plan,
                                                                           query->since, query->now,
                                                                           G_DATE_MONDAY, &error),
                                   error);

  return weeks;
}

static GArray *
run_pain_overall (const Query *query)
{
  g_autoptr(GError) error = NULL;
  GArray *weeks = check (scapula_progress_store_get_pain_weeks (query->store, NULL, query->since,
                                                                          query->now, G_DATE_MONDAY,
                                                                          &error),
                                   error);

  return weeks;
}

static GArray *
run_pain_exercise (const Query *query)
{
  g_autoptr(GError) error = NULL;
  GArray *points = check (scapula_progress_store_get_pain (query->store, query->exercise,
                                                                     query->since, &error),
                                    error);
  gboolean rising;

  if (!scapula_progress_store_get_pain_rising (query->store, query->exercise, &rising, &error))
    check (NULL, error);

  return points;
}

static GArray *
run_records (const Query *query)
{
  g_autoptr(GError) error = NULL;
  GArray *records = check (scapula_progress_store_get_records (query->store, query->exercise,
                                                                         query->since, &error),
                                     error);

  return records;
}

static GArray *
run_exercises (const Query *query)
{
  g_autoptr(GError) error = NULL;
  GArray *exercises = check (scapula_progress_store_list_exercises (query->store, query->since,
                                                                              &error),
                                       error);

  return exercises;
}

/* Layout ------------------------------------------------------------------ */

static void
text_init (Text *text)
{
  PangoFontDescription *font = pango_font_description_from_string (CHART_FONT);

  text->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_cairo_context_set_resolution (text->context, 96.0);
  pango_context_set_font_description (text->context, font);
  pango_font_description_free (font);

  text->attrs = pango_attr_list_new ();
  pango_attr_list_insert (text->attrs, pango_attr_scale_new (PANGO_SCALE_SMALL));
  pango_attr_list_insert (text->attrs, pango_attr_font_features_new ("tnum=1"));

  text->measure = pango_layout_new (text->context);
  pango_layout_set_attributes (text->measure, text->attrs);
}

static void
text_clear (Text *text)
{
  g_clear_object (&text->measure);
  g_clear_pointer (&text->attrs, pango_attr_list_unref);
  g_clear_object (&text->context);
}

/* A label as the chart widget makes one (create_label() there). */
static PangoLayout *
text_new_label (Text       *text,
                const char *label)
{
  PangoLayout *layout = pango_layout_new (text->context);

  pango_layout_set_attributes (layout, text->attrs);
  pango_layout_set_text (layout, label != NULL ? label : "", -1);
  return layout;
}

static double
measure_cb (const char *label,
            gpointer    user_data)
{
  Text *text = user_data;
  int width;

  pango_layout_set_text (text->measure, label, -1);
  pango_layout_get_pixel_size (text->measure, &width, NULL);
  return width;
}

/* How one chart of the Progress view is set up (reset_chart() and the
 * fill functions of scapula-progress-view.c). */
typedef struct
{
  ScapulaChartForm       form;
  ScapulaChartValueKind  value_kind;
  ScapulaChartPointKind  point_kind;
  gint64                 bucket;
  gboolean               has_reference;
  double                 reference_low;
  double                 reference_high;
  const char            *reference_label;
  const char            *title;
  const char            *empty_text;
} ChartSetup;

/* What ScapulaChart's rebuild() does with new data before any frame:
 * the geometry, a Pango layout for every label, and the summary for
 * assistive technologies. The labels are laid out here rather than at the
 * first draw, so the figure errs on the high side. */
static void
lay_out (const Query      *query,
         const ChartSetup *setup,
         GArray           *data)
{
  ScapulaChartSeries series = { NULL, (const ScapulaChartDatum *) (gconstpointer) data->data, data->len };
  ScapulaChartLayoutInput input = { 0 };
  g_autoptr(ScapulaChartLayout) layout = NULL;
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *summary = NULL;
  const ScapulaChartTick *ticks;
  const char *unit;
  guint n_ticks;
  int height;

  pango_layout_set_text (query->text->measure, "0123456789", -1);
  pango_layout_get_pixel_size (query->text->measure, NULL, &height);

  input.form = setup->form;
  input.x_kind = SCAPULA_CHART_X_TIME;
  input.value_kind = setup->value_kind;
  input.unit = SCAPULA_WEIGHT_UNIT_KG;
  input.point_kind = setup->point_kind;
  input.series = &series;
  input.n_series = 1;
  input.since = query->chart_since;
  input.until = query->now * G_USEC_PER_SEC;
  input.bucket = setup->bucket;
  input.has_reference = setup->has_reference;
  input.reference_low = setup->reference_low;
  input.reference_high = setup->reference_high;
  input.width = CHART_WIDTH;
  input.height = CHART_HEIGHT;
  input.text_height = height;
  input.week_start = G_DATE_MONDAY;
  input.measure = measure_cb;
  input.measure_data = query->text;

  layout = scapula_chart_layout_new (&input);

  if (scapula_chart_layout_is_empty (layout))
    {
      PangoLayout *empty = text_new_label (query->text, setup->empty_text);

      pango_layout_set_wrap (empty, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_width (empty, (CHART_WIDTH - 2 * 24) * PANGO_SCALE);
      g_ptr_array_add (labels, empty);
    }
  else
    {
      ticks = scapula_chart_layout_get_x_ticks (layout, &n_ticks);
      for (guint i = 0; i < n_ticks; i++)
        g_ptr_array_add (labels, text_new_label (query->text, ticks[i].label));

      ticks = scapula_chart_layout_get_y_ticks (layout, &n_ticks);
      for (guint i = 0; i < n_ticks; i++)
        g_ptr_array_add (labels, text_new_label (query->text, ticks[i].label));

      if ((unit = scapula_chart_layout_get_unit_label (layout, NULL, NULL)) != NULL)
        g_ptr_array_add (labels, text_new_label (query->text, unit));

      if (setup->reference_label != NULL && scapula_chart_layout_get_reference (layout, NULL, NULL))
        g_ptr_array_add (labels, text_new_label (query->text, setup->reference_label));
    }

  for (guint i = 0; i < labels->len; i++)
    pango_layout_get_pixel_size (g_ptr_array_index (labels, i), NULL, NULL);

  summary = scapula_chart_layout_build_summary (layout, setup->title);
}

/* The chart an exercise opens on when the first choice, its estimated
 * 1RM, does not apply; the Progress view's charts build their points in
 * scapula-progress-series.c, as here. */
static void
layout_series (const Query *query,
               GArray      *sessions)
{
  ScapulaLoadShape shape = scapula_load_shape_guess (scapula_catalog_lookup (query->catalog, query->exercise),
                                                     (ScapulaSessionStats *) (gpointer) sessions->data,
                                                     sessions->len);
  ScapulaExerciseMetric metric = scapula_load_shape_has_metric (shape, SCAPULA_EXERCISE_METRIC_E1RM)
                                 ? SCAPULA_EXERCISE_METRIC_E1RM : scapula_load_shape_get_first_metric (shape);
  g_autoptr(GArray) data = scapula_series_from_sessions ((ScapulaSessionStats *) (gpointer) sessions->data,
                                                         sessions->len, shape, metric);
  const ChartSetup setup = {
    .form = SCAPULA_CHART_FORM_LINE,
    .value_kind = scapula_load_shape_get_value_kind (shape, metric),
    .point_kind = SCAPULA_CHART_POINT_SESSION,
    .title = "Best set",
    .empty_text = "No sessions of this exercise in this period.",
  };

  lay_out (query, &setup, data);
}

/* The left/right difference in percent, for sessions with both sides,
 * against the band of an even balance. */
static void
layout_balance (const Query *query,
                GArray      *sessions)
{
  g_autoptr(GArray) data = scapula_series_from_balance ((ScapulaSessionStats *) (gpointer) sessions->data,
                                                        sessions->len);
  const ChartSetup setup = {
    .form = SCAPULA_CHART_FORM_LINE,
    .value_kind = SCAPULA_CHART_VALUE_PERCENT,
    .point_kind = SCAPULA_CHART_POINT_SESSION,
    .has_reference = TRUE,
    .reference_low = -100.0 * SCAPULA_BALANCE_THRESHOLD,
    .reference_high = 100.0 * SCAPULA_BALANCE_THRESHOLD,
    .reference_label = "Within 10%",
    .title = "Left/right difference",
    .empty_text = "No session in this period logged both sides.",
  };

  lay_out (query, &setup, data);
}

/* One muscle's weekly sets as bars, at each week's start, against what
 * the plan asks of it. */
static void
layout_muscles (const Query *query,
                GArray      *weeks)
{
  g_autoptr(GArray) data = scapula_series_from_muscle_weeks ((ScapulaMuscleWeek *) (gpointer) weeks->data,
                                                             weeks->len, CHART_MUSCLE);
  double planned[SCAPULA_N_MUSCLES];
  ChartSetup setup = {
    .form = SCAPULA_CHART_FORM_BAR,
    .value_kind = SCAPULA_CHART_VALUE_SETS,
    .point_kind = SCAPULA_CHART_POINT_WEEK,
    .bucket = 7 * G_TIME_SPAN_DAY,
    .reference_label = "Planned",
    .title = "Weekly sets",
    .empty_text = "No sets for this muscle in this period.",
  };

  scapula_plan_get_muscle_sets (query->plan, query->catalog, planned);
  setup.has_reference = planned[CHART_MUSCLE] > 0;
  setup.reference_low = setup.reference_high = planned[CHART_MUSCLE];

  lay_out (query, &setup, data);
}

/* Sessions per week as bars against the plan's training days. */
static void
layout_consistency (const Query *query,
                    GArray      *weeks)
{
  g_autoptr(GArray) data = scapula_series_from_consistency ((ScapulaConsistencyWeek *) (gpointer) weeks->data,
                                                            weeks->len);
  guint days = scapula_plan_count_training_days (query->plan);
  const ChartSetup setup = {
    .form = SCAPULA_CHART_FORM_BAR,
    .value_kind = SCAPULA_CHART_VALUE_SESSIONS,
    .point_kind = SCAPULA_CHART_POINT_WEEK,
    .bucket = 7 * G_TIME_SPAN_DAY,
    .has_reference = days > 0,
    .reference_low = days,
    .reference_high = days,
    .reference_label = "Planned",
    .title = "Sessions per week",
    .empty_text = "No sessions in this period.",
  };

  lay_out (query, &setup, data);
}

/* The weekly mean pain as a line; a week without a check-in has no point. */
static void
layout_pain_overall (const Query *query,
                     GArray      *weeks)
{
  g_autoptr(GArray) data = scapula_series_from_week_values ((ScapulaWeekValue *) (gpointer) weeks->data,
                                                            weeks->len);
  const ChartSetup setup = {
    .form = SCAPULA_CHART_FORM_LINE,
    .value_kind = SCAPULA_CHART_VALUE_PAIN,
    .point_kind = SCAPULA_CHART_POINT_WEEK,
    .title = "Average pain per week, all exercises",
    .empty_text = "No pain check-ins in this period.",
  };

  lay_out (query, &setup, data);
}

/* Each session's pain for one exercise, at the session's start. */
static void
layout_pain_exercise (const Query *query,
                      GArray      *points)
{
  g_autoptr(GArray) data = scapula_series_from_pain ((ScapulaPainPoint *) (gpointer) points->data, points->len);
  const ChartSetup setup = {
    .form = SCAPULA_CHART_FORM_LINE,
    .value_kind = SCAPULA_CHART_VALUE_PAIN,
    .point_kind = SCAPULA_CHART_POINT_CHECK_IN,
    .title = "Pain",
    .empty_text = "No pain check-ins for this exercise in this period.",
  };

  lay_out (query, &setup, data);
}

static const Chart charts[] = {
  { "exercise list",          FALSE, FALSE, run_exercises,     NULL },
  { "exercise series",        TRUE,  FALSE, run_series,        layout_series },
  { "weekly sets per muscle", FALSE, FALSE, run_muscles,       layout_muscles },
  { "left/right balance",     TRUE,  TRUE,  run_balance,       layout_balance },
  { "pain per exercise",      TRUE,  FALSE, run_pain_exercise, layout_pain_exercise },
  { "pain overall",           FALSE, FALSE, run_pain_overall,  layout_pain_overall },
  { "consistency",            FALSE, FALSE, run_consistency,   layout_consistency },
  { "records",                TRUE,  FALSE, run_records,       NULL },
};

/* The range picker's periods (ScapulaChartRange), in its order. */
static const char * const range_names[] = { "4 weeks", "3 months", "1 year", "All time" };
G_STATIC_ASSERT (G_N_ELEMENTS (range_names) == SCAPULA_CHART_RANGE_ALL + 1);

/* The store counts seconds, the charts microseconds. */
static gint64
range_since (ScapulaChartRange range,
             gint64            now)
{
  gint64 since = scapula_chart_range_get_since (range, now * G_USEC_PER_SEC, NULL);

  return since == SCAPULA_CHART_SINCE_ALL ? 0 : since / G_USEC_PER_SEC;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

/* One run of a chart, in milliseconds. */
typedef struct
{
  double query;
  double layout;
  double total;
} Timing;

/* Runs @chart once for @query. */
static Timing
measure (const Chart *chart,
         const Query *query,
         guint       *n_points)
{
  g_autoptr(GArray) result = NULL;
  gint64 begin = g_get_monotonic_time ();
  gint64 queried, end;

  result = chart->run (query);
  queried = g_get_monotonic_time ();
  if (chart->layout != NULL)
    chart->layout (query, result);
  end = g_get_monotonic_time ();

  *n_points = result->len;
  return (Timing) { (queried - begin) / 1000.0, (end - queried) / 1000.0, (end - begin) / 1000.0 };
}

static double
median_of (GArray *times)
{
  g_array_sort (times, compare_doubles);
  return g_array_index (times, double, times->len / 2);
}

/* A plan of four training days as the generator might write one, with
 * warm-up moves, rows, a pull, a hinge, a loaded hold and stretches: the
 * goal of the consistency chart, the "Planned" line of the muscle chart
 * and the exercises of the next steps. */
static ScapulaPlan *
make_plan (ScapulaCatalog *catalog)
{
  static const struct {
    guint       weekday;
    const char *exercises[6];
  } days[] = {
    { 1, { "band-pull-apart", "seal-row", "one-arm-dumbbell-row", "dumbbell-shrug", "childs-pose" } },
    { 3, { "arm-circles", "pull-up", "face-pull", "trap-bar-deadlift", "cat-cow" } },
    { 5, { "band-pull-apart", "bent-over-barbell-row", "kroc-row", "static-grip-hold", "doorway-stretch" } },
    { 6, { "wall-slide", "seal-row", "prone-incline-reverse-fly", "dumbbell-romanian-deadlift" } },
  };
  ScapulaPlan *plan;
  GDate start;

  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 1, G_DATE_JANUARY, 2026);
  plan = scapula_plan_new ("Bench", &start);

  for (guint d = 0; d < G_N_ELEMENTS (days); d++)
    {
      ScapulaPlanDay *day = scapula_plan_get_day (plan, days[d].weekday);

      scapula_plan_day_set_training (day, TRUE);

      for (guint i = 0; i < G_N_ELEMENTS (days[d].exercises) && days[d].exercises[i] != NULL; i++)
        {
          ScapulaExercise *exercise = scapula_catalog_lookup (catalog, days[d].exercises[i]);
          g_autoptr(ScapulaPlanItem) item = NULL;
          ScapulaPrescription prescription;

          if (exercise == NULL)
            {
              g_printerr ("bench-progress: the catalog has no %s\n", days[d].exercises[i]);
              exit (EXIT_FAILURE);
            }

          scapula_prescription_init_for_exercise (&prescription, exercise, SCAPULA_LEVEL_INTERMEDIATE);
          item = scapula_plan_item_new (days[d].exercises[i], &prescription);
          scapula_plan_day_append (day, item);
        }
    }

  return plan;
}

static void
remove_folder (const char *folder,
               const char *path)
{
  const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_remove (file);
    }

  if (g_rmdir (folder) != 0 && errno != ENOENT)
    g_printerr ("bench-progress: warning: could not remove %s: %s\n", folder, g_strerror (errno));
}

int
main (int   argc,
      char *argv[])
{
  int runs = DEFAULT_RUNS;
  int sets = SCAPULA_BENCH_HISTORY_SETS;
  gboolean verbose = FALSE;
  gboolean keep = FALSE;
  int cache_mb = 0;
  g_autofree char *dir = NULL;
  const GOptionEntry entries[] = {
    { "runs", 'n', 0, G_OPTION_ARG_INT, &runs, "Counted runs of each chart and range (default 15)", "N" },
    { "sets", 0, 0, G_OPTION_ARG_INT, &sets, "Logged sets in the history (default 100000)", "N" },
    { "dir", 0, 0, G_OPTION_ARG_FILENAME, &dir, "Folder for the database (default: the cache folder)", "DIR" },
    { "verbose", 'v', 0, G_OPTION_ARG_NONE, &verbose, "Print each exercise's figures too", NULL },
    { "keep", 0, 0, G_OPTION_ARG_NONE, &keep, "Keep the database afterwards and print its path", NULL },
    { "cache-mb", 0, 0, G_OPTION_ARG_INT, &cache_mb,
      "SQLite page cache in MB for the measurements (default: what the app uses)", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("- time the Progress view's chart queries");
  g_autoptr(GError) error = NULL;
  g_autoptr(ScapulaCatalog) catalog = NULL;
  g_autoptr(ScapulaDatabase) db = NULL;
  g_autoptr(ScapulaProgressStore) store = NULL;
  g_autoptr(ScapulaPlan) plan = NULL;
  g_autoptr(GArray) exercises = NULL;
  g_autoptr(GPtrArray) unilateral = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *path = NULL;
  ScapulaBenchHistoryStats stats;
  Text text = { NULL, };
  GStatBuf st;
  gint64 now;
  gint64 begin;
  gboolean over = FALSE;

  setlocale (LC_ALL, "");
  setvbuf (stdout, NULL, _IOLBF, 0);

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("bench-progress: %s\n", error->message);
      return EXIT_FAILURE;
    }
  if (runs < 1 || sets < 1)
    {
      g_printerr ("bench-progress: --runs and --sets must be at least 1\n");
      return EXIT_FAILURE;
    }

  scapula_ensure_resources ();
  catalog = scapula_catalog_new_default ();

  folder = g_build_filename (dir != NULL ? dir : g_get_user_cache_dir (), "scapula-bench-XXXXXX", NULL);
  if (g_mkdir_with_parents (dir != NULL ? dir : g_get_user_cache_dir (), 0700) != 0 ||
      g_mkdtemp (folder) == NULL)
    {
      g_printerr ("bench-progress: could not make a folder for the database: %s\n", g_strerror (errno));
      return EXIT_FAILURE;
    }
  path = g_build_filename (folder, "scapula.db", NULL);

  if (!(db = scapula_database_open (path, &error)))
    {
      g_printerr ("bench-progress: %s\n", error->message);
      return EXIT_FAILURE;
    }

  now = g_get_real_time () / G_USEC_PER_SEC;
  begin = g_get_monotonic_time ();
  if (!scapula_bench_history_fill (db, sets, now, &stats, &error))
    {
      g_printerr ("bench-progress: %s\n", error->message);
      remove_folder (folder, path);
      return EXIT_FAILURE;
    }

  g_print ("History: %u sets (%u warm-up, %u one side, %u timed) in %u sessions, %u pain check-ins,\n"
           "         %.1f years, seeded in %.1f s",
           stats.n_sets, stats.n_warmup_sets, stats.n_unilateral_sets, stats.n_timed_sets,
           stats.n_sessions, stats.n_pain_checkins,
           (stats.last_started_at - stats.first_started_at) / (365.25 * 24 * 3600),
           (g_get_monotonic_time () - begin) / (double) G_USEC_PER_SEC);
  if (g_stat (path, &st) == 0)
    g_print (", %.1f MB", st.st_size / 1e6);
  g_print ("\n\n");

  if (cache_mb > 0)
    {
      /* PRAGMA takes no bound parameters; the value is our own integer. */
      g_autofree char *pragma = g_strdup_printf ("PRAGMA cache_size = -%d", cache_mb * 1024);

      if (!scapula_database_exec (db, pragma, &error))
        {
          g_printerr ("bench-progress: %s\n", error->message);
          return EXIT_FAILURE;
        }
      g_print ("Page cache: %d MB\n\n", cache_mb);
    }

  store = scapula_progress_store_new (db, catalog);
  plan = make_plan (catalog);
  text_init (&text);

  exercises = check (scapula_progress_store_list_exercises (store, 0, &error), error);
  unilateral = g_ptr_array_new ();
  for (guint i = 0; i < exercises->len; i++)
    {
      const char *slug = g_array_index (exercises, ScapulaExerciseHistory, i).exercise;
      ScapulaExercise *exercise = scapula_catalog_lookup (catalog, slug);

      if (exercise != NULL && scapula_exercise_get_laterality (exercise) == SCAPULA_LATERALITY_UNILATERAL)
        g_ptr_array_add (unilateral, (gpointer) slug);
    }

  g_print ("%-23s %-9s %9s %9s %9s %9s %8s %7s\n", "chart", "range", "query", "layout", "total",
           "max", "samples", "points");
  g_print ("%-23s %-9s %9s %9s %9s %9s\n", "", "", "median", "median", "median", "total");

  for (guint c = 0; c < G_N_ELEMENTS (charts); c++)
    {
      const Chart *chart = &charts[c];

      for (ScapulaChartRange range = 0; range < G_N_ELEMENTS (range_names); range++)
        {
          g_autoptr(GArray) queries = g_array_new (FALSE, FALSE, sizeof (double));
          g_autoptr(GArray) layouts = g_array_new (FALSE, FALSE, sizeof (double));
          g_autoptr(GArray) totals = g_array_new (FALSE, FALSE, sizeof (double));
          Query query = {
            .store = store,
            .catalog = catalog,
            .plan = plan,
            .text = &text,
            .since = range_since (range, now),
            .chart_since = scapula_chart_range_get_since (range, now * G_USEC_PER_SEC, NULL),
            .now = now,
          };
          guint n_targets = !chart->per_exercise ? 1 : chart->unilateral_only ? unilateral->len : exercises->len;
          guint max_points = 0;
          double max;
          g_autofree char *layout_median = NULL;

          for (guint t = 0; t < n_targets; t++)
            {
              guint n_points = 0;

              if (chart->per_exercise)
                query.exercise = chart->unilateral_only
                                 ? g_ptr_array_index (unilateral, t)
                                 : g_array_index (exercises, ScapulaExerciseHistory, t).exercise;

              /* One warm-up run, not counted. */
              measure (chart, &query, &n_points);

              for (int r = 0; r < runs; r++)
                {
                  Timing timing = measure (chart, &query, &n_points);

                  g_array_append_val (queries, timing.query);
                  g_array_append_val (layouts, timing.layout);
                  g_array_append_val (totals, timing.total);
                }

              max_points = MAX (max_points, n_points);

              if (verbose && chart->per_exercise)
                {
                  g_autoptr(GArray) mine = g_array_new (FALSE, FALSE, sizeof (double));

                  g_array_append_vals (mine, &g_array_index (totals, double, totals->len - runs), runs);
                  g_array_sort (mine, compare_doubles);
                  g_print ("    %-32s %-9s total %6.2f ms, max %6.2f ms %8u\n", query.exercise,
                           range_names[range],
                           g_array_index (mine, double, runs / 2), g_array_index (mine, double, runs - 1),
                           n_points);
                }
            }

          if (totals->len == 0)
            {
              g_print ("%-23s %-9s %39s\n", range == 0 ? chart->name : "",
                       range_names[range], "(no exercise to chart)");
              continue;
            }

          layout_median = chart->layout != NULL ? g_strdup_printf ("%6.2f ms", median_of (layouts))
                                                : g_strdup ("(a list)");
          /* Sorts the totals too, for the maximum. */
          g_print ("%-23s %-9s %6.2f ms %9s %6.2f ms", range == 0 ? chart->name : "", range_names[range],
                   median_of (queries), layout_median, median_of (totals));
          max = g_array_index (totals, double, totals->len - 1);
          over |= max > GOAL_MS;

          g_print (" %6.2f ms %8u %7u%s\n", max, totals->len, max_points, max > GOAL_MS ? "  over the goal" : "");
        }
    }

  {
    g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
    g_autoptr(GArray) records = NULL;

    /* The session runner's summary: the records of the latest session
     * (the database was empty, so its id is the number of sessions). */
    for (int r = 0; r <= runs; r++)
      {
        gint64 start = g_get_monotonic_time ();
        double ms;

        g_clear_pointer (&records, g_array_unref);
        records = check (scapula_progress_store_get_session_records (store, stats.n_sessions, &error),
                         error);
        ms = (g_get_monotonic_time () - start) / 1000.0;
        if (r > 0)
          g_array_append_val (times, ms);
      }

    g_print ("%-23s %-9s %6.2f ms %9s %6.2f ms", "records of a session", "", median_of (times), "(a list)",
             median_of (times));
    g_print (" %6.2f ms %8u %7u\n", g_array_index (times, double, times->len - 1), times->len, records->len);
  }

  {
    g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
    g_autoptr(GArray) steps = NULL;

    /* The next step of each strength exercise of the plan, over the
     * whole history whatever the range. */
    for (int r = 0; r <= runs; r++)
      {
        gint64 start = g_get_monotonic_time ();
        double ms;

        g_clear_pointer (&steps, g_array_unref);
        steps = check (scapula_progress_store_get_next_steps (store, plan, SCAPULA_WEIGHT_UNIT_KG, &error),
                       error);
        ms = (g_get_monotonic_time () - start) / 1000.0;
        if (r > 0)
          g_array_append_val (times, ms);
      }

    g_print ("%-23s %-9s %6.2f ms %9s %6.2f ms", "next steps of the plan", "", median_of (times), "(a list)",
             median_of (times));
    g_print (" %6.2f ms %8u %7u\n", g_array_index (times, double, times->len - 1), times->len, steps->len);
  }

  g_print ("\nGoal: each chart under %.0f ms, query and layout together, every run%s\n", GOAL_MS,
           over ? ". Some figures are OVER THE GOAL." : ".");

  text_clear (&text);
  g_clear_object (&store);
  scapula_database_close (db);
  if (keep)
    g_print ("The database is kept at %s\n", path);
  else
    remove_folder (folder, path);

  return EXIT_SUCCESS;
}
