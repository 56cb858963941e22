/* scapula-progress-view.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "scapula-progress-view"

#include "config.h"

#include <glib/gi18n.h>

#include "scapula-plan-ics.h"
#include "scapula-progress-series.h"
#include "scapula-progress-store.h"
#include "scapula-progress-view-private.h"
#include "scapula-ui-util.h"
#include "scapula-units.h"
#include "scapula-vocabulary.h"

/**
 * ScapulaProgressView:
 *
 * The third thing the app is for: what the training has done. Under one
 * range picker it shows the next step of each exercise of the active plan,
 * one exercise's charts (best set, estimated 1RM, volume or hold time; the
 * left/right difference; pain), its personal records, the weekly sets of a
 * muscle against the plan, sessions per week against the plan and the
 * pain trend.
 *
 * Everything is read again when the view is shown and when the range
 * changes, a section per main-loop iteration so that no frame waits for
 * all of them: each section's queries take a few milliseconds even with
 * five years of history (bench/bench-progress).
 */

typedef enum
{
  SECTION_STEPS       = 1 << 0,
  SECTION_EXERCISES   = 1 << 1,
  SECTION_EXERCISE    = 1 << 2,
  SECTION_MUSCLES     = 1 << 3,
  SECTION_CONSISTENCY = 1 << 4,
  SECTION_PAIN        = 1 << 5,
} Section;

#define ALL_SECTIONS (SECTION_STEPS | SECTION_EXERCISES | SECTION_EXERCISE | SECTION_MUSCLES | \
                      SECTION_CONSISTENCY | SECTION_PAIN)

/* The muscle chart shows this one first: the middle of the middle back. */
#define DEFAULT_MUSCLE SCAPULA_MUSCLE_TRAPEZIUS_MIDDLE

struct _ScapulaProgressView
{
  GtkWidget                parent_instance;

  /* Owned references */
  ScapulaContext          *context;
  ScapulaClock            *clock;
  ScapulaProgressStore    *store;           /* nullable: made with the database */
  GPtrArray               *exercise_slugs;  /* interned slugs, as the drop-down lists them */
  GArray                  *muscle_weeks;    /* ScapulaMuscleWeek, for the range */

  /* Children */
  GtkWidget               *scroller;
  ScapulaChartRangePicker *picker;
  GtkListBox              *steps_list;
  GtkStack                *stack;
  GtkDropDown             *exercise_dropdown;
  GtkWidget               *metric_box;
  GtkToggleButton         *metric_buttons[SCAPULA_EXERCISE_METRIC_HOLD + 1];
  GtkLabel                *caption_label;
  GtkListBox              *records_list;
  GtkWidget               *balance_group;
  GtkLabel                *balance_label;
  GtkLabel                *pain_label;
  GtkDropDown             *muscle_dropdown;
  ScapulaChart            *charts[SCAPULA_N_PROGRESS_CHARTS];

  ScapulaExerciseMetric    metric;
  ScapulaLoadShape         shape;
  Section                  pending;
  guint                    refresh_source;
  guint                    updating;
};

G_DEFINE_FINAL_TYPE (ScapulaProgressView, scapula_progress_view, GTK_TYPE_WIDGET)

/* Time */

static gint64
now_us (ScapulaProgressView *self)
{
  return scapula_clock_get_now (self->clock);
}

static gint64
now_s (ScapulaProgressView *self)
{
  return now_us (self) / G_USEC_PER_SEC;
}

/* The range's start in microseconds, for the charts, or
 * %SCAPULA_CHART_SINCE_ALL. */
static gint64
since_us (ScapulaProgressView *self)
{
  return scapula_chart_range_get_since (scapula_chart_range_picker_get_range (self->picker),
                                        now_us (self), NULL);
}

/* The same in seconds, for the store: 0 is the whole history. */
static gint64
since_s (ScapulaProgressView *self)
{
  gint64 since = since_us (self);

  return since == SCAPULA_CHART_SINCE_ALL ? 0 : since / G_USEC_PER_SEC;
}

static ScapulaPlan *
get_active_plan (ScapulaProgressView *self)
{
  ScapulaPlanStore *plans = scapula_context_get_plan_store (self->context);

  return plans != NULL ? scapula_plan_store_get_active (plans) : NULL;
}

static char *
dup_exercise_name (ScapulaProgressView *self,
                   const char          *slug)
{
  return scapula_plan_dup_exercise_name (scapula_context_get_catalog (self->context), NULL, slug);
}

static const char *
get_selected_exercise (ScapulaProgressView *self)
{
  guint selected = gtk_drop_down_get_selected (self->exercise_dropdown);

  if (self->exercise_slugs == NULL || selected >= self->exercise_slugs->len)
    return NULL;

  return g_ptr_array_index (self->exercise_slugs, selected);
}

/* Puts @chart's data and range in place: the range is the picker's, ending
 * now. */
static void
reset_chart (ScapulaProgressView   *self,
             ScapulaChart          *chart,
             ScapulaChartValueKind  value_kind,
             ScapulaChartPointKind  point_kind)
{
  GDateWeekday week_start = scapula_context_get_week_start (self->context);
  gint64 since = since_us (self);

  /* A week's bar stands at its first day: the range starts with the week
   * that holds its first day, or that week would be cut off. */
  if (point_kind == SCAPULA_CHART_POINT_WEEK && since != SCAPULA_CHART_SINCE_ALL)
    since = scapula_week_get_start (since / G_USEC_PER_SEC, week_start) * G_USEC_PER_SEC;

  scapula_chart_clear (chart);
  scapula_chart_clear_reference (chart);
  scapula_chart_set_value_kind (chart, value_kind);
  scapula_chart_set_point_kind (chart, point_kind);
  scapula_chart_set_weight_unit (chart, scapula_context_get_weight_unit (self->context));
  scapula_chart_set_week_start (chart, week_start);
  scapula_chart_set_range (chart, since, now_us (self));
}

static void
report_error (ScapulaChart *chart,
              const GError *error)
{
  g_autofree char *text = NULL;

  g_warning ("Could not read the history: %s", error->message);
  /* Translators: shown in place of a chart; %s says what went wrong. */
  text = g_strdup_printf (_("Your history could not be read: %s"), error->message);
  scapula_chart_clear (chart);
  scapula_chart_set_empty_text (chart, text);
}

static void
add_series (ScapulaChart *chart,
            GArray       *data)
{
  scapula_chart_add_series (chart, NULL, (ScapulaChartDatum *) (gpointer) data->data, data->len);
}

/* Weekly counts that are all 0 are no data: the chart then shows why. */
static void
add_weekly_series (ScapulaChart *chart,
                   GArray       *data)
{
  if (!scapula_series_is_all_zero (data))
    add_series (chart, data);
}

/* Next steps */

static GtkWidget *
new_step_row (ScapulaProgressView   *self,
              const ScapulaNextStep *step)
{
  ScapulaWeightUnit unit = scapula_context_get_weight_unit (self->context);
  g_autofree char *name = dup_exercise_name (self, step->exercise);
  g_autofree char *target = scapula_target_format (&step->target, unit);
  GtkWidget *row;
  GtkWidget *reason;

  row = g_object_new (ADW_TYPE_ACTION_ROW,
                      "title", name,
                      "subtitle", target,
                      "use-markup", FALSE,
                      NULL);
  gtk_widget_set_tooltip_text (row, scapula_target_reason_get_description (step->target.reason));

  reason = gtk_label_new (scapula_target_reason_get_label (step->target.reason));
  gtk_widget_add_css_class (reason, "caption-heading");
  gtk_widget_add_css_class (reason, step->target.reason == SCAPULA_TARGET_REASON_MORE_WEIGHT ||
                                    step->target.reason == SCAPULA_TARGET_REASON_MORE_REPS ||
                                    step->target.reason == SCAPULA_TARGET_REASON_MORE_HOLD ||
                                    step->target.reason == SCAPULA_TARGET_REASON_MORE_SETS
                                    ? "accent" : "dim-label");
  gtk_widget_set_valign (reason, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), reason);

  return row;
}

static GtkWidget *
new_message_row (const char *title,
                 const char *subtitle)
{
  return g_object_new (ADW_TYPE_ACTION_ROW,
                       "title", title,
                       "subtitle", subtitle,
                       "use-markup", FALSE,
                       NULL);
}

static void
refresh_steps (ScapulaProgressView *self)
{
  ScapulaPlan *plan = get_active_plan (self);
  g_autoptr(GArray) steps = NULL;
  g_autoptr(GError) error = NULL;

  scapula_list_box_remove_all (self->steps_list);

  if (plan == NULL)
    {
      gtk_list_box_append (self->steps_list,
                           new_message_row (_("No Active Plan"),
                                            _("Make a plan in the Week view, and the next load, reps "
                                              "or hold for each of its exercises shows here.")));
      return;
    }

  steps = scapula_progress_store_get_next_steps (self->store, plan,
                                                 scapula_context_get_weight_unit (self->context), &error);
  if (steps == NULL)
    {
      g_warning ("Could not work out the next steps: %s", error->message);
      gtk_list_box_append (self->steps_list,
                           new_message_row (_("Next Steps Unavailable"), error->message));
      return;
    }

  if (steps->len == 0)
    gtk_list_box_append (self->steps_list,
                         new_message_row (_("No Strength Exercises"),
                                          _("The active plan has no strength exercises to progress.")));

  for (guint i = 0; i < steps->len; i++)
    gtk_list_box_append (self->steps_list,
                         new_step_row (self, &g_array_index (steps, ScapulaNextStep, i)));
}

/* One exercise */

static gboolean
is_strength (ScapulaProgressView *self,
             const char          *slug)
{
  ScapulaExercise *exercise = scapula_catalog_lookup (scapula_context_get_catalog (self->context), slug);

  /* The user's own exercises are what they lift. */
  return exercise == NULL || scapula_exercise_get_kind (exercise) == SCAPULA_EXERCISE_KIND_STRENGTH;
}

static int
compare_exercises (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  ScapulaProgressView *self = user_data;
  const ScapulaExerciseHistory *ha = a;
  const ScapulaExerciseHistory *hb = b;
  gboolean sa = is_strength (self, ha->exercise);
  gboolean sb = is_strength (self, hb->exercise);

  if (sa != sb)
    return sa ? -1 : 1;
  return (ha->last_logged_at < hb->last_logged_at) - (ha->last_logged_at > hb->last_logged_at);
}

/* Lists every exercise ever logged, keeping the one chosen: the strength
 * exercises, the latest first, then warm-up moves and stretches. With none
 * the view shows its empty page. */
static void
refresh_exercises (ScapulaProgressView *self)
{
  const char *selected = get_selected_exercise (self);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GArray) exercises = NULL;
  g_autoptr(GError) error = NULL;
  guint position = 0;

  exercises = scapula_progress_store_list_exercises (self->store, 0, &error);
  if (exercises == NULL)
    {
      report_error (self->charts[SCAPULA_PROGRESS_CHART_EXERCISE], error);
      return;
    }

  g_array_sort_with_data (exercises, compare_exercises, self);
  g_ptr_array_set_size (self->exercise_slugs, 0);

  for (guint i = 0; i < exercises->len; i++)
    {
      const ScapulaExerciseHistory *history = &g_array_index (exercises, ScapulaExerciseHistory, i);
      g_autofree char *name = dup_exercise_name (self, history->exercise);

      if (selected != NULL && g_str_equal (selected, history->exercise))
        position = i;
      g_ptr_array_add (self->exercise_slugs, (gpointer) history->exercise);
      gtk_string_list_append (names, name);
    }

  self->updating++;
  gtk_drop_down_set_model (self->exercise_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->exercise_dropdown, exercises->len > 0 ? position : GTK_INVALID_LIST_POSITION);
  self->updating--;

  gtk_stack_set_visible_child_name (self->stack, exercises->len > 0 ? "charts" : "empty");
}

static void
sync_metric_buttons (ScapulaProgressView *self)
{
  guint n_shown = 0;

  if (!scapula_load_shape_has_metric (self->shape, self->metric))
    self->metric = scapula_load_shape_get_first_metric (self->shape);

  self->updating++;
  for (guint m = 0; m < G_N_ELEMENTS (self->metric_buttons); m++)
    {
      gboolean shown = scapula_load_shape_has_metric (self->shape, m);

      gtk_widget_set_visible (GTK_WIDGET (self->metric_buttons[m]), shown);
      gtk_toggle_button_set_active (self->metric_buttons[m], m == self->metric);
      n_shown += shown;
    }
  self->updating--;

  /* A single choice is no choice. */
  gtk_widget_set_visible (self->metric_box, n_shown > 1);
}

/* A set as the user reads it: "42.5 kg × 8", in their unit. */
static char *
format_set (ScapulaProgressView *self,
            double               weight_kg,
            guint                reps)
{
  g_autofree char *weight = scapula_weight_format (weight_kg, scapula_context_get_weight_unit (self->context));

  /* Translators: a set, "30 kg × 8". */
  return g_strdup_printf (_("%s × %u"), weight, reps);
}

/* What the exercise chart plots, in a sentence under it; for the best set
 * also the latest one whole, weight and reps, which a point cannot show. */
static void
update_caption (ScapulaProgressView *self,
                GArray              *sessions)
{
  ScapulaWeightUnit unit = scapula_context_get_weight_unit (self->context);
  const ScapulaSessionStats *last = NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  if (sessions->len > 0)
    last = &g_array_index (sessions, ScapulaSessionStats, sessions->len - 1);

  switch (self->metric)
    {
    case SCAPULA_EXERCISE_METRIC_E1RM:
      g_string_append (text, _("The estimated one-rep maximum uses the Epley formula: weight × (1 + reps ÷ 30), "
                               "from the best work set of each session."));
      break;

    case SCAPULA_EXERCISE_METRIC_VOLUME:
      g_string_append (text, _("Weight × reps added up over the work sets of each session; with one-arm "
                               "exercises, each side counts."));
      break;

    case SCAPULA_EXERCISE_METRIC_HOLD:
      g_string_append (text, _("Seconds added up over the work sets of each session."));
      break;

    case SCAPULA_EXERCISE_METRIC_BEST_SET:
    default:
      if (self->shape == SCAPULA_LOAD_SHAPE_REPS)
        {
          g_string_append (text, _("The most reps in one work set of each session."));
          break;
        }

      g_string_append (text, _("The heaviest work set of each session."));
      if (last != NULL && last->best_weight_kg > 0)
        {
          g_autofree char *weight = scapula_weight_format (last->best_weight_kg, unit);
          g_autofree char *date = scapula_chart_format_date (last->started_at * G_USEC_PER_SEC, NULL, TRUE);
          g_autofree char *set = NULL;

          if (last->best_reps > 0)
            set = format_set (self, last->best_weight_kg, last->best_reps);
          else
            /* Translators: a loaded hold, "24 kg for 45 s". */
            set = g_strdup_printf (_("%s for %u s"), weight, last->best_seconds);

          g_string_append_c (text, ' ');
          /* Translators: "Latest: 42.5 kg × 8, on 16 Nov 2026." */
          g_string_append_printf (text, _("Latest: %s, on %s."), set, date);
        }
      break;
    }

  gtk_label_set_text (self->caption_label, text->str);
}

static void
fill_exercise_chart (ScapulaProgressView *self,
                     const char          *name,
                     GArray              *sessions)
{
  ScapulaChart *chart = self->charts[SCAPULA_PROGRESS_CHART_EXERCISE];
  ScapulaChartValueKind kind = scapula_load_shape_get_value_kind (self->shape, self->metric);
  g_autoptr(GArray) data = scapula_series_from_sessions ((ScapulaSessionStats *) (gpointer) sessions->data,
                                                          sessions->len, self->shape, self->metric);
  g_autofree char *title = NULL;
  const char *label;

  label = kind == SCAPULA_CHART_VALUE_REPS ? _("Most reps in a set") : scapula_exercise_metric_get_label (self->metric);
  /* Translators: a chart's title, "Estimated 1RM (Epley), Seal Row". */
  title = g_strdup_printf (_("%s, %s"), label, name);

  reset_chart (self, chart, kind, SCAPULA_CHART_POINT_SESSION);
  scapula_chart_set_title (chart, title);
  scapula_chart_set_empty_text (chart, _("No sessions of this exercise in this period. Choose a longer "
                                         "period to see earlier ones."));
  add_series (chart, data);
  update_caption (self, sessions);
}

static char *
format_record_value (ScapulaProgressView *self,
                     const ScapulaRecord *record)
{
  ScapulaWeightUnit unit = scapula_context_get_weight_unit (self->context);
  g_autofree char *weight = scapula_weight_format (record->weight_kg, unit);
  g_autofree char *value = scapula_weight_format (record->value, unit);
  g_autofree char *set = NULL;

  switch (record->kind)
    {
    case SCAPULA_RECORD_KIND_HEAVIEST_WEIGHT:
      return format_set (self, record->weight_kg, record->reps);

    case SCAPULA_RECORD_KIND_MOST_REPS:
      if (record->weight_kg > 0)
        /* Translators: "12 reps at 25 kg". */
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u rep at %s", "%u reps at %s",
                                             record->reps),
                                record->reps, weight);
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u rep", "%u reps", record->reps),
                              record->reps);

    case SCAPULA_RECORD_KIND_BEST_E1RM:
      set = format_set (self, record->weight_kg, record->reps);
      /* Translators: an estimated one-rep maximum and the set it comes
       * from, "36.7 kg, from 30 kg × 7". */
      return g_strdup_printf (_("%s, from %s"), value, set);

    case SCAPULA_RECORD_KIND_BEST_VOLUME:
    default:
      return g_steal_pointer (&value);
    }
}

static void
fill_records (ScapulaProgressView *self,
              const char          *slug)
{
  g_autoptr(GArray) records = NULL;
  g_autoptr(GError) error = NULL;
  guint n_rows = 0;

  scapula_list_box_remove_all (self->records_list);

  /* Records are the best ever: read from the first session, whatever the
   * range. */
  records = scapula_progress_store_get_records (self->store, slug, 0, &error);
  if (records == NULL)
    {
      gtk_list_box_append (self->records_list, new_message_row (_("Records Unavailable"), error->message));
      return;
    }

  for (guint kind = 0; kind < SCAPULA_N_RECORD_KINDS; kind++)
    {
      ScapulaRecord record;
      g_autofree char *value = NULL;
      g_autofree char *date = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *row;
      GtkWidget *label;

      if (!scapula_records_get_current ((ScapulaRecord *) (gpointer) records->data, records->len,
                                        kind, &record))
        continue;

      value = format_record_value (self, &record);
      date = scapula_chart_format_date (record.logged_at * G_USEC_PER_SEC, NULL, TRUE);
      /* Translators: when a personal record was set, "Set on 4 Nov 2026". */
      subtitle = g_strdup_printf (_("Set on %s"), date);
      row = g_object_new (ADW_TYPE_ACTION_ROW,
                          "title", scapula_record_kind_get_label (kind),
                          "subtitle", subtitle,
                          "use-markup", FALSE,
                          NULL);
      label = gtk_label_new (value);
      gtk_widget_add_css_class (label, "heading");
      gtk_widget_add_css_class (label, "numeric");
      gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
      gtk_list_box_append (self->records_list, row);
      n_rows++;
    }

  if (n_rows == 0)
    gtk_list_box_append (self->records_list,
                         new_message_row (_("No Records Yet"),
                                          _("Records are kept for sets with a weight and reps.")));
}

static void
fill_balance (ScapulaProgressView *self,
              const char          *slug,
              const char          *name,
              GArray              *sessions)
{
  ScapulaChart *chart = self->charts[SCAPULA_PROGRESS_CHART_BALANCE];
  g_autoptr(GArray) data = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  ScapulaExercise *exercise = scapula_catalog_lookup (scapula_context_get_catalog (self->context), slug);
  ScapulaSide behind = SCAPULA_SIDE_BOTH;
  gboolean sided = exercise != NULL && scapula_exercise_get_laterality (exercise) == SCAPULA_LATERALITY_UNILATERAL;

  for (guint i = 0; i < sessions->len; i++)
    {
      const ScapulaSessionStats *s = &g_array_index (sessions, ScapulaSessionStats, i);

      sided |= s->left > 0 || s->right > 0;
    }

  gtk_widget_set_visible (self->balance_group, sided);
  if (!sided)
    return;

  /* Translators: a chart's title, "Left/right difference, One-Arm Row". */
  title = g_strdup_printf (_("Left/right difference, %s"), name);
  reset_chart (self, chart, SCAPULA_CHART_VALUE_PERCENT, SCAPULA_CHART_POINT_SESSION);
  scapula_chart_set_title (chart, title);
  scapula_chart_set_empty_text (chart, _("No session in this period logged both sides."));
  scapula_chart_set_reference (chart, -100.0 * SCAPULA_BALANCE_THRESHOLD, 100.0 * SCAPULA_BALANCE_THRESHOLD,
                               /* Translators: the band of an even left/right balance on a chart. */
                               _("Within 10%"));
  data = scapula_series_from_balance ((ScapulaSessionStats *) (gpointer) sessions->data, sessions->len);
  add_series (chart, data);

  /* The flag reads the latest sessions, whatever the range. */
  if (!scapula_progress_store_get_balance_flag (self->store, slug, &behind, &error))
    {
      g_warning ("Could not check the balance of %s: %s", slug, error->message);
      behind = SCAPULA_SIDE_BOTH;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->balance_label), behind != SCAPULA_SIDE_BOTH);
  if (behind != SCAPULA_SIDE_BOTH)
    gtk_label_set_text (self->balance_label, scapula_balance_get_advice (behind));
}

static void
fill_exercise_pain (ScapulaProgressView *self,
                    const char          *slug,
                    const char          *name)
{
  ScapulaChart *chart = self->charts[SCAPULA_PROGRESS_CHART_EXERCISE_PAIN];
  g_autoptr(GArray) points = NULL;
  g_autoptr(GArray) data = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  gboolean rising = FALSE;

  points = scapula_progress_store_get_pain (self->store, slug, since_s (self), &error);
  if (points == NULL)
    {
      report_error (chart, error);
      return;
    }

  data = scapula_series_from_pain ((ScapulaPainPoint *) (gpointer) points->data, points->len);

  /* Translators: a chart's title, "Pain, Seal Row". */
  title = g_strdup_printf (_("Pain, %s"), name);
  reset_chart (self, chart, SCAPULA_CHART_VALUE_PAIN, SCAPULA_CHART_POINT_CHECK_IN);
  scapula_chart_set_title (chart, title);
  scapula_chart_set_empty_text (chart, _("No pain check-ins for this exercise in this period."));
  add_series (chart, data);

  if (!scapula_progress_store_get_pain_rising (self->store, slug, &rising, &error))
    {
      g_warning ("Could not read the pain trend of %s: %s", slug, error->message);
      rising = FALSE;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->pain_label), rising);
  if (rising)
    {
      g_autofree char *advice = scapula_pain_advice_format (SCAPULA_PAIN_ADVICE_SEE_PROFESSIONAL, name);
      /* Translators: %s is advice to see a professional. */
      g_autofree char *text = g_strdup_printf (_("Pain has risen in each of your last three sessions of "
                                                 "this exercise. %s"), advice);

      gtk_label_set_text (self->pain_label, text);
    }
}

static void
refresh_exercise (ScapulaProgressView *self)
{
  const char *slug = get_selected_exercise (self);
  g_autoptr(GArray) sessions = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  if (slug == NULL)
    return;

  sessions = scapula_progress_store_get_sessions (self->store, slug, since_s (self), &error);
  if (sessions == NULL)
    {
      report_error (self->charts[SCAPULA_PROGRESS_CHART_EXERCISE], error);
      return;
    }

  name = dup_exercise_name (self, slug);
  self->shape = scapula_load_shape_guess (scapula_catalog_lookup (scapula_context_get_catalog (self->context), slug),
                                          (ScapulaSessionStats *) (gpointer) sessions->data, sessions->len);
  sync_metric_buttons (self);

  fill_exercise_chart (self, name, sessions);
  fill_records (self, slug);
  fill_balance (self, slug, name, sessions);
  fill_exercise_pain (self, slug, name);
}

/* Weekly sets per muscle */

static void
show_muscle (ScapulaProgressView *self)
{
  ScapulaChart *chart = self->charts[SCAPULA_PROGRESS_CHART_MUSCLE];
  guint muscle = gtk_drop_down_get_selected (self->muscle_dropdown);
  ScapulaPlan *plan = get_active_plan (self);
  g_autoptr(GArray) data = NULL;
  g_autofree char *title = NULL;

  if (self->muscle_weeks == NULL || muscle >= SCAPULA_N_MUSCLES)
    return;

  data = scapula_series_from_muscle_weeks ((ScapulaMuscleWeek *) (gpointer) self->muscle_weeks->data,
                                           self->muscle_weeks->len, muscle);

  /* Translators: a chart's title, "Weekly sets, Middle trapezius". */
  title = g_strdup_printf (_("Weekly sets, %s"), scapula_muscle_get_label (muscle));
  reset_chart (self, chart, SCAPULA_CHART_VALUE_SETS, SCAPULA_CHART_POINT_WEEK);
  scapula_chart_set_form (chart, SCAPULA_CHART_FORM_BAR);
  scapula_chart_set_bucket (chart, 7 * G_TIME_SPAN_DAY);
  scapula_chart_set_title (chart, title);
  scapula_chart_set_empty_text (chart, _("No sets for this muscle in this period."));

  if (plan != NULL)
    {
      double planned[SCAPULA_N_MUSCLES];

      scapula_plan_get_muscle_sets (plan, scapula_context_get_catalog (self->context), planned);
      if (planned[muscle] > 0)
        /* Translators: the line of what the plan asks for, on a chart. */
        scapula_chart_set_reference (chart, planned[muscle], planned[muscle], _("Planned"));
    }

  add_weekly_series (chart, data);
}

static void
refresh_muscles (ScapulaProgressView *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->muscle_weeks, g_array_unref);
  self->muscle_weeks = scapula_progress_store_get_muscle_weeks (self->store, since_s (self),
                                                                now_s (self),
                                                                scapula_context_get_week_start (self->context),
                                                                &error);
  if (self->muscle_weeks == NULL)
    {
      report_error (self->charts[SCAPULA_PROGRESS_CHART_MUSCLE], error);
      return;
    }

  show_muscle (self);
}

/* Sessions per week */

static void
refresh_consistency (ScapulaProgressView *self)
{
  ScapulaChart *chart = self->charts[SCAPULA_PROGRESS_CHART_CONSISTENCY];
  ScapulaPlan *plan = get_active_plan (self);
  g_autoptr(GArray) weeks = NULL;
  g_autoptr(GArray) data = NULL;
  g_autoptr(GError) error = NULL;

  weeks = scapula_progress_store_get_consistency (self->store, plan, since_s (self),
                                                  now_s (self),
                                                  scapula_context_get_week_start (self->context), &error);
  if (weeks == NULL)
    {
      report_error (chart, error);
      return;
    }

  data = scapula_series_from_consistency ((ScapulaConsistencyWeek *) (gpointer) weeks->data, weeks->len);

  reset_chart (self, chart, SCAPULA_CHART_VALUE_SESSIONS, SCAPULA_CHART_POINT_WEEK);
  scapula_chart_set_form (chart, SCAPULA_CHART_FORM_BAR);
  scapula_chart_set_bucket (chart, 7 * G_TIME_SPAN_DAY);
  scapula_chart_set_title (chart, _("Sessions per week"));
  scapula_chart_set_empty_text (chart, _("No sessions in this period."));
  if (plan != NULL && scapula_plan_count_training_days (plan) > 0)
    {
      guint days = scapula_plan_count_training_days (plan);

      scapula_chart_set_reference (chart, days, days, _("Planned"));
    }
  add_weekly_series (chart, data);
}

/* Pain, every exercise */

static void
refresh_pain (ScapulaProgressView *self)
{
  ScapulaChart *chart = self->charts[SCAPULA_PROGRESS_CHART_PAIN];
  g_autoptr(GArray) weeks = NULL;
  g_autoptr(GArray) data = NULL;
  g_autoptr(GError) error = NULL;

  weeks = scapula_progress_store_get_pain_weeks (self->store, NULL, since_s (self),
                                                 now_s (self),
                                                 scapula_context_get_week_start (self->context), &error);
  if (weeks == NULL)
    {
      report_error (chart, error);
      return;
    }

  data = scapula_series_from_week_values ((ScapulaWeekValue *) (gpointer) weeks->data, weeks->len);

  reset_chart (self, chart, SCAPULA_CHART_VALUE_PAIN, SCAPULA_CHART_POINT_WEEK);
  scapula_chart_set_title (chart, _("Average pain per week, all exercises"));
  scapula_chart_set_empty_text (chart, _("No pain check-ins in this period."));
  add_series (chart, data);
}

/* Refreshing */

static void
run_section (ScapulaProgressView *self,
             Section              section)
{
  switch (section)
    {
    case SECTION_STEPS:       refresh_steps (self);       break;
    case SECTION_EXERCISES:   refresh_exercises (self);   break;
    case SECTION_EXERCISE:    refresh_exercise (self);    break;
    case SECTION_MUSCLES:     refresh_muscles (self);     break;
    case SECTION_CONSISTENCY: refresh_consistency (self); break;
    case SECTION_PAIN:        refresh_pain (self);        break;
    default:
      g_assert_not_reached ();
    }
}

/* Runs the first pending section; %TRUE while more are waiting. */
static gboolean
run_next_section (ScapulaProgressView *self)
{
  for (Section s = SECTION_STEPS; s <= SECTION_PAIN; s <<= 1)
    {
      if (self->pending & s)
        {
          self->pending &= ~s;
          if (self->store != NULL)
            run_section (self, s);
          break;
        }
    }

  return self->pending != 0;
}

static gboolean
refresh_cb (gpointer user_data)
{
  ScapulaProgressView *self = user_data;

  if (run_next_section (self))
    return G_SOURCE_CONTINUE;

  self->refresh_source = 0;
  return G_SOURCE_REMOVE;
}

static void
queue_sections (ScapulaProgressView *self,
                Section              sections)
{
  self->pending |= sections;
  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, refresh_cb, self, NULL);
}

/**
 * scapula_progress_view_refresh:
 * @self: a progress view
 *
 * Reads the history again, as when the view is shown.
 */
void
scapula_progress_view_refresh (ScapulaProgressView *self)
{
  g_return_if_fail (SCAPULA_IS_PROGRESS_VIEW (self));

  queue_sections (self, ALL_SECTIONS);
}

static void
database_changed_cb (ScapulaProgressView *self)
{
  ScapulaDatabase *database = scapula_context_get_database (self->context);

  g_clear_object (&self->store);
  if (database != NULL)
    self->store = scapula_progress_store_new (database, scapula_context_get_catalog (self->context));

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    scapula_progress_view_refresh (self);
}

static void
range_changed_cb (ScapulaProgressView *self)
{
  queue_sections (self, SECTION_EXERCISE | SECTION_MUSCLES | SECTION_CONSISTENCY | SECTION_PAIN);
}

static void
exercise_selected_cb (ScapulaProgressView *self)
{
  if (self->updating == 0)
    queue_sections (self, SECTION_EXERCISE);
}

static void
muscle_selected_cb (ScapulaProgressView *self)
{
  show_muscle (self);
}

static void
metric_toggled_cb (ScapulaProgressView *self,
                   GtkToggleButton     *button)
{
  if (self->updating > 0 || !gtk_toggle_button_get_active (button))
    return;

  for (guint m = 0; m < G_N_ELEMENTS (self->metric_buttons); m++)
    if (self->metric_buttons[m] == button)
      self->metric = m;

  queue_sections (self, SECTION_EXERCISE);
}

static void
inputs_changed_cb (ScapulaProgressView *self)
{
  /* The unit, the week start or the plans: every section is read again. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    scapula_progress_view_refresh (self);
}

/* Building */

static GtkWidget *
new_group (const char *title,
           const char *description)
{
  return g_object_new (ADW_TYPE_PREFERENCES_GROUP,
                       "title", title,
                       "description", description,
                       NULL);
}

static GtkWidget *
new_caption (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  return label;
}

/* A chart on a card, as the only child of @group. */
static ScapulaChart *
add_chart (AdwPreferencesGroup *group,
           GtkWidget          **card_out)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *chart = scapula_chart_new ();

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "chart-card");
  gtk_widget_set_margin_top (chart, 12);
  gtk_widget_set_margin_bottom (chart, 12);
  gtk_widget_set_margin_start (chart, 12);
  gtk_widget_set_margin_end (chart, 12);
  gtk_widget_set_size_request (chart, -1, 220);
  gtk_box_append (GTK_BOX (card), chart);
  adw_preferences_group_add (group, card);
  if (card_out != NULL)
    *card_out = card;

  return SCAPULA_CHART (chart);
}

static GtkListBox *
add_list (AdwPreferencesGroup *group,
          const char          *accessible_label)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label,
                                  -1);
  adw_preferences_group_add (group, list);

  return GTK_LIST_BOX (list);
}

static void
setup_label_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  ellipsize)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (ellipsize != NULL)
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 22);
    }
  gtk_list_item_set_child (item, label);
}

static void
bind_label_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      gtk_string_object_get_string (gtk_list_item_get_item (item)));
}

static GtkListItemFactory *
new_label_factory (gboolean ellipsize)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_label_cb), GINT_TO_POINTER (ellipsize));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_label_cb), NULL);
  return factory;
}

/* A drop-down of names: the button shortens a long one, so the view fits
 * a phone's width; the list shows them whole. */
static GtkDropDown *
new_dropdown (GListModel *model,
              const char *accessible_label)
{
  GtkWidget *dropdown = gtk_drop_down_new (NULL, NULL);
  g_autoptr(GtkListItemFactory) factory = new_label_factory (TRUE);
  g_autoptr(GtkListItemFactory) list_factory = new_label_factory (FALSE);

  gtk_drop_down_set_factory (GTK_DROP_DOWN (dropdown), factory);
  gtk_drop_down_set_list_factory (GTK_DROP_DOWN (dropdown), list_factory);

  /* Set apart: the constructor would take @model's reference. */
  gtk_drop_down_set_model (GTK_DROP_DOWN (dropdown), model);

  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (dropdown, accessible_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label,
                                  -1);
  return GTK_DROP_DOWN (dropdown);
}

/* A warning under a chart: the advice the seeds give. */
static GtkLabel *
new_warning (void)
{
  GtkWidget *label = new_caption ();

  gtk_widget_remove_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "warning");
  gtk_widget_set_visible (label, FALSE);
  return GTK_LABEL (label);
}

static GtkWidget *
build_empty_page (void)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Go to Today"));

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.view");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", "today");
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_add_css_class (button, "suggested-action");

  return g_object_new (ADW_TYPE_STATUS_PAGE,
                       "icon-name", "scapula-progress-symbolic",
                       "title", _("No Training Logged Yet"),
                       "description", _("Log a session in Today, and your charts, personal records and "
                                        "weekly sets per muscle appear here."),
                       "child", button,
                       NULL);
}

static GtkWidget *
build_exercise_section (ScapulaProgressView *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (new_group (_("Exercise"), NULL));
  AdwPreferencesGroup *records = ADW_PREFERENCES_GROUP (new_group (_("Personal Records"), NULL));
  AdwPreferencesGroup *balance = ADW_PREFERENCES_GROUP (new_group (_("Left and Right"), NULL));
  AdwPreferencesGroup *pain = ADW_PREFERENCES_GROUP (new_group (_("Pain With This Exercise"), NULL));
  g_autoptr(GtkStringList) no_exercises = gtk_string_list_new (NULL);
  GtkToggleButton *first = NULL;
  GtkWidget *caption;

  self->exercise_dropdown = new_dropdown (G_LIST_MODEL (no_exercises), _("Exercise"));
  adw_preferences_group_set_header_suffix (group, GTK_WIDGET (self->exercise_dropdown));
  g_signal_connect_object (self->exercise_dropdown, "notify::selected",
                           G_CALLBACK (exercise_selected_cb), self, G_CONNECT_SWAPPED);

  self->metric_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (self->metric_box, "linked");
  gtk_widget_set_halign (self->metric_box, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_bottom (self->metric_box, 12);
  for (guint m = 0; m < G_N_ELEMENTS (self->metric_buttons); m++)
    {
      static const char *labels[] = {
        N_("Best Set"),
        /* Translators: 1RM is the one-repetition maximum. */
        N_("Estimated 1RM"),
        N_("Volume"),
        N_("Hold Time"),
      };
      GtkWidget *button = gtk_toggle_button_new_with_label (_(labels[m]));

      gtk_widget_set_tooltip_text (button, scapula_exercise_metric_get_label (m));
      if (first == NULL)
        first = GTK_TOGGLE_BUTTON (button);
      else
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), first);
      g_signal_connect_object (button, "toggled", G_CALLBACK (metric_toggled_cb), self, G_CONNECT_SWAPPED);
      self->metric_buttons[m] = GTK_TOGGLE_BUTTON (button);
      gtk_box_append (GTK_BOX (self->metric_box), button);
    }
  /* Shown once an exercise says which of them apply. */
  gtk_widget_set_visible (self->metric_box, FALSE);
  adw_preferences_group_add (group, self->metric_box);

  self->charts[SCAPULA_PROGRESS_CHART_EXERCISE] = add_chart (group, NULL);

  self->caption_label = GTK_LABEL (new_caption ());
  gtk_widget_set_margin_top (GTK_WIDGET (self->caption_label), 6);
  adw_preferences_group_add (group, GTK_WIDGET (self->caption_label));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (group));

  self->records_list = add_list (records, _("Personal records"));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (records));

  self->charts[SCAPULA_PROGRESS_CHART_BALANCE] = add_chart (balance, NULL);
  caption = new_caption ();
  gtk_label_set_text (GTK_LABEL (caption),
                      _("The gap between the sides, as a share of the stronger one: above zero the "
                        "left side did more, below zero the right side did."));
  gtk_widget_set_margin_top (caption, 6);
  adw_preferences_group_add (balance, caption);
  self->balance_label = new_warning ();
  adw_preferences_group_add (balance, GTK_WIDGET (self->balance_label));
  self->balance_group = GTK_WIDGET (balance);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (balance));

  self->charts[SCAPULA_PROGRESS_CHART_EXERCISE_PAIN] = add_chart (pain, NULL);
  self->pain_label = new_warning ();
  gtk_widget_set_margin_top (GTK_WIDGET (self->pain_label), 6);
  adw_preferences_group_add (pain, GTK_WIDGET (self->pain_label));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (pain));

  return box;
}

static GtkWidget *
build_overview_section (ScapulaProgressView *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  AdwPreferencesGroup *muscles = ADW_PREFERENCES_GROUP (new_group (_("Weekly Sets per Muscle"), NULL));
  AdwPreferencesGroup *consistency = ADW_PREFERENCES_GROUP (new_group (_("Consistency"), NULL));
  AdwPreferencesGroup *pain = ADW_PREFERENCES_GROUP (new_group (_("Pain Trend"), NULL));
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GtkWidget *caption;

  for (guint m = 0; m < SCAPULA_N_MUSCLES; m++)
    gtk_string_list_append (names, scapula_muscle_get_label (m));
  self->muscle_dropdown = new_dropdown (G_LIST_MODEL (names), _("Muscle"));
  gtk_drop_down_set_selected (self->muscle_dropdown, DEFAULT_MUSCLE);
  adw_preferences_group_set_header_suffix (muscles, GTK_WIDGET (self->muscle_dropdown));
  g_signal_connect_object (self->muscle_dropdown, "notify::selected",
                           G_CALLBACK (muscle_selected_cb), self, G_CONNECT_SWAPPED);
  self->charts[SCAPULA_PROGRESS_CHART_MUSCLE] = add_chart (muscles, NULL);
  caption = new_caption ();
  gtk_label_set_text (GTK_LABEL (caption),
                      _("Each work set counts 1 for the muscles that lead the movement and 0.5 for "
                        "those that help; a left and a right set count as one."));
  gtk_widget_set_margin_top (caption, 6);
  adw_preferences_group_add (muscles, caption);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (muscles));

  adw_preferences_group_set_description (consistency, _("Sessions you trained each week, against "
                                                        "the training days of your plan."));
  self->charts[SCAPULA_PROGRESS_CHART_CONSISTENCY] = add_chart (consistency, NULL);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (consistency));

  adw_preferences_group_set_description (pain, _("The average of your check-ins each week, 0 for no "
                                                 "pain to 10 for the worst."));
  self->charts[SCAPULA_PROGRESS_CHART_PAIN] = add_chart (pain, NULL);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (pain));

  return box;
}

static void
build (ScapulaProgressView *self)
{
  GtkWidget *clamp;
  GtkWidget *box;
  GtkWidget *charts;
  GtkWidget *steps;

  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));

  clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 760);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), 560);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), clamp);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);

  self->picker = SCAPULA_CHART_RANGE_PICKER (scapula_chart_range_picker_new ());
  gtk_widget_set_halign (GTK_WIDGET (self->picker), GTK_ALIGN_CENTER);
  g_signal_connect_object (self->picker, "notify::range", G_CALLBACK (range_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->picker));

  steps = new_group (_("Next Steps"),
                     _("What your plan's progression rule asks for next time, from your last session "
                       "of each exercise."));
  self->steps_list = add_list (ADW_PREFERENCES_GROUP (steps), _("Next steps"));
  gtk_box_append (GTK_BOX (box), steps);

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_vhomogeneous (self->stack, FALSE);
  gtk_stack_set_hhomogeneous (self->stack, FALSE);
  gtk_stack_add_named (self->stack, build_empty_page (), "empty");
  charts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  gtk_box_append (GTK_BOX (charts), build_exercise_section (self));
  gtk_box_append (GTK_BOX (charts), build_overview_section (self));
  gtk_stack_add_named (self->stack, charts, "charts");
  gtk_stack_set_visible_child_name (self->stack, "empty");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stack));
}

static void
scapula_progress_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (scapula_progress_view_parent_class)->map (widget);

  /* A session may have ended since the view was last shown. */
  scapula_progress_view_refresh (SCAPULA_PROGRESS_VIEW (widget));
}

static void
scapula_progress_view_dispose (GObject *object)
{
  ScapulaProgressView *self = SCAPULA_PROGRESS_VIEW (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  g_clear_object (&self->store);
  g_clear_object (&self->clock);
  g_clear_object (&self->context);
  g_clear_pointer (&self->exercise_slugs, g_ptr_array_unref);
  g_clear_pointer (&self->muscle_weeks, g_array_unref);

  G_OBJECT_CLASS (scapula_progress_view_parent_class)->dispose (object);
}

static void
scapula_progress_view_class_init (ScapulaProgressViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = scapula_progress_view_dispose;
  widget_class->map = scapula_progress_view_map;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "progress-view");
}

static void
scapula_progress_view_init (ScapulaProgressView *self)
{
  self->exercise_slugs = g_ptr_array_new ();
  self->metric = SCAPULA_EXERCISE_METRIC_E1RM;
  build (self);
}

/**
 * scapula_progress_view_new:
 * @context: the app's catalog, settings and database
 * @clock: the clock "now" comes from: the system clock, or a manual one in
 *   tests
 *
 * Returns: (transfer full): a new progress view
 */
GtkWidget *
scapula_progress_view_new (ScapulaContext *context,
                           ScapulaClock   *clock)
{
  ScapulaProgressView *self;

  g_return_val_if_fail (SCAPULA_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (SCAPULA_IS_CLOCK (clock), NULL);

  self = g_object_new (SCAPULA_TYPE_PROGRESS_VIEW, NULL);
  self->context = g_object_ref (context);
  self->clock = g_object_ref (clock);

  g_signal_connect_object (context, "notify::database", G_CALLBACK (database_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (context, "notify::plan-store", G_CALLBACK (inputs_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (scapula_context_get_settings (context), "changed::weight-unit",
                           G_CALLBACK (inputs_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (scapula_context_get_settings (context), "changed::week-start",
                           G_CALLBACK (inputs_changed_cb), self, G_CONNECT_SWAPPED);
  database_changed_cb (self);

  return GTK_WIDGET (self);
}

/* Private, for tests */

/* Runs every pending section now, as the main loop would one by one. */
void
_scapula_progress_view_flush (ScapulaProgressView *self)
{
  while (run_next_section (self))
    ;
  g_clear_handle_id (&self->refresh_source, g_source_remove);
}

ScapulaChart *
_scapula_progress_view_get_chart (ScapulaProgressView  *self,
                                  ScapulaProgressChart  chart)
{
  g_return_val_if_fail (chart < SCAPULA_N_PROGRESS_CHARTS, NULL);

  return self->charts[chart];
}

ScapulaChartRangePicker *
_scapula_progress_view_get_range_picker (ScapulaProgressView *self)
{
  return self->picker;
}

GtkStack *
_scapula_progress_view_get_stack (ScapulaProgressView *self)
{
  return self->stack;
}

GtkListBox *
_scapula_progress_view_get_steps_list (ScapulaProgressView *self)
{
  return self->steps_list;
}

GtkListBox *
_scapula_progress_view_get_records_list (ScapulaProgressView *self)
{
  return self->records_list;
}

GtkDropDown *
_scapula_progress_view_get_exercise_dropdown (ScapulaProgressView *self)
{
  return self->exercise_dropdown;
}

GtkDropDown *
_scapula_progress_view_get_muscle_dropdown (ScapulaProgressView *self)
{
  return self->muscle_dropdown;
}

GtkToggleButton *
_scapula_progress_view_get_metric_button (ScapulaProgressView   *self,
                                          ScapulaExerciseMetric  metric)
{
  return self->metric_buttons[metric];
}

GtkLabel *
_scapula_progress_view_get_balance_label (ScapulaProgressView *self)
{
  return self->balance_label;
}

GtkLabel *
_scapula_progress_view_get_pain_label (ScapulaProgressView *self)
{
  return self->pain_label;
}

GtkLabel *
_scapula_progress_view_get_caption_label (ScapulaProgressView *self)
{
  return self->caption_label;
}

/* Chooses @exercise in the drop-down, as a user would. */
void
_scapula_progress_view_select_exercise (ScapulaProgressView *self,
                                        const char          *exercise)
{
  for (guint i = 0; i < self->exercise_slugs->len; i++)
    if (g_str_equal (g_ptr_array_index (self->exercise_slugs, i), exercise))
      gtk_drop_down_set_selected (self->exercise_dropdown, i);
}
