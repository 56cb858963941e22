/* scapula-muscles-view.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "scapula-muscles-view"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "scapula-anatomy-view.h"
#include "scapula-chart-scale.h"
#include "scapula-muscle-info.h"
#include "scapula-muscles-view-private.h"
#include "scapula-progress-store.h"
#include "scapula-stats.h"
#include "scapula-ui-util.h"
#include "scapula-vocabulary.h"

/**
 * ScapulaMusclesView:
 *
 * The anatomy diagram on its own: choose a muscle to read what it does and
 * see every exercise that trains it, prime movers first. Activating an
 * exercise emits #ScapulaMusclesView::exercise-activated for the window to
 * open it in the Exercises view.
 *
 * Two linked toggle buttons over the diagram switch between two modes
 * (#ScapulaMusclesView:mode, remembered in the `muscles-mode` setting):
 *
 * - "anatomy": the chosen muscle is filled with the accent colour;
 * - "week": every muscle is coloured by the work sets it got this week,
 *   from the first day of the user's week up to now, counted the way the
 *   Progress view counts them (scapula_stats_muscle_weeks(): 1 for a
 *   primary muscle, 0.5 for a secondary one, a left and right set once).
 *   %SCAPULA_MUSCLES_VIEW_FULL_WEEK_SETS sets or more is the full accent
 *   colour; a legend under the diagram shows the scale, a line says which
 *   week it is, and a sentence says so when nothing was logged. The chosen
 *   muscle keeps its colour and gets only the selection ring; its page
 *   says how many sets it got.
 *
 * The week is read from the database, only while the view is on screen
 * in week mode: when the mode is switched on, when the view is mapped (so
 * it is current after a session in the Today view), when the database
 * opens and when the week's first day changes; never while drawing.
 */

/* Why 10: it is a colour scale, not a target. The seeds' week (two or
 * three sessions of two or three mid-back exercises, about three work sets
 * each) puts the muscles every row trains at 12–27 sets and the helpers
 * around half that; at 10 a muscle has had a full week and gets the full
 * colour, and the colour still tells 2 sets from 8. */
#define FULL_WEEK_SETS SCAPULA_MUSCLES_VIEW_FULL_WEEK_SETS

struct _ScapulaMusclesView
{
  AdwBin              parent_instance;

  /* Owned references */
  ScapulaContext     *context;     /* nullable until set */
  ScapulaClock       *clock;

  /* This week, as last read */
  gint64              week_start;  /* seconds since the epoch, 0 before the first read */
  double              week_sets[SCAPULA_N_MUSCLES];
  guint               n_week_reads;
  guint               week_loaded : 1;
  guint               week_failed : 1;
  guint               week_mode : 1;

  /* Template widgets */
  AdwLeaflet         *leaflet;
  GtkBox             *diagram_box;
  GtkToggleButton    *anatomy_button;
  GtkToggleButton    *week_button;
  GtkLabel           *week_label;
  GtkWidget          *week_box;
  GtkLabel           *legend_max_label;
  GtkDrawingArea     *legend_bar;
  GtkLabel           *week_status_label;
  GtkWidget          *content;
  GtkStack           *content_stack;
  GtkLabel           *title_label;
  GtkWidget          *week_group;
  AdwActionRow       *week_row;
  AdwActionRow       *function_row;
  AdwActionRow       *origin_row;
  AdwActionRow       *insertion_row;
  GtkListBox         *exercises_list;
  GtkLabel           *source_label;

  /* Made in init */
  ScapulaAnatomyView *anatomy;
};

G_DEFINE_FINAL_TYPE (ScapulaMusclesView, scapula_muscles_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_MODE,
  N_PROPS
};

enum {
  SIGNAL_EXERCISE_ACTIVATED,
  N_SIGNALS,
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static ScapulaCatalog *
get_catalog (ScapulaMusclesView *self)
{
  return self->context != NULL ? scapula_context_get_catalog (self->context) : NULL;
}

static GDateWeekday
get_first_day (ScapulaMusclesView *self)
{
  return self->context != NULL ? scapula_context_get_week_start (self->context) : G_DATE_MONDAY;
}

/* A count of sets as the app says it everywhere: "1 set", "4.5 sets". */
static char *
format_sets (double sets)
{
  return scapula_chart_format_value (SCAPULA_CHART_VALUE_SETS, SCAPULA_WEIGHT_UNIT_KG, sets);
}

/* The muscle page ------------------------------------------------------- */

static void
add_exercise_rows (ScapulaMusclesView *self,
                   ScapulaMuscle       muscle,
                   ScapulaMuscleRole   role)
{
  ScapulaCatalog *catalog = get_catalog (self);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (catalog));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ScapulaExercise) exercise = g_list_model_get_item (G_LIST_MODEL (catalog), i);
      double weight = scapula_exercise_get_muscle_weight (exercise, muscle);
      g_autofree char *summary = NULL;
      const char *role_label;
      GtkWidget *row;
      GtkWidget *tag;

      if (weight == 0.0 || (weight == 1.0) != (role == SCAPULA_MUSCLE_ROLE_PRIMARY))
        continue;

      role_label = role == SCAPULA_MUSCLE_ROLE_PRIMARY ? _("Primary") : _("Secondary");
      summary = scapula_exercise_dup_summary (exercise);
      row = g_object_new (ADW_TYPE_ACTION_ROW,
                          "title", scapula_exercise_get_name (exercise),
                          "subtitle", summary,
                          "use-markup", FALSE,
                          "activatable", TRUE,
                          NULL);
      tag = gtk_label_new (role_label);
      gtk_widget_add_css_class (tag, role == SCAPULA_MUSCLE_ROLE_PRIMARY ? "accent" : "dim-label");
      gtk_widget_add_css_class (tag, "caption-heading");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), tag);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      g_object_set_data_full (G_OBJECT (row), "exercise", g_object_ref (exercise), g_object_unref);
      gtk_list_box_append (self->exercises_list, row);
    }
}

/* "This week: 4.5 sets" on the chosen muscle's page, in week mode. */
static void
update_week_row (ScapulaMusclesView *self)
{
  int muscle = scapula_anatomy_view_get_selected (self->anatomy);
  g_autofree char *sets = NULL;
  g_autofree char *title = NULL;

  if (!self->week_mode || !self->week_loaded || muscle < 0)
    {
      gtk_widget_set_visible (self->week_group, FALSE);
      return;
    }

  sets = format_sets (self->week_sets[muscle]);
  /* Translators: %s is a number of sets, "4.5 sets". */
  title = g_strdup_printf (_("This week: %s"), sets);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->week_row), title);
  gtk_widget_set_visible (self->week_group, TRUE);
}

static void
show_muscle (ScapulaMusclesView *self,
             int                 muscle)
{
  ScapulaCatalog *catalog = get_catalog (self);
  ScapulaMuscleInfo info;

  if (muscle < 0 || muscle >= SCAPULA_N_MUSCLES || catalog == NULL)
    {
      gtk_stack_set_visible_child_name (self->content_stack, "none");
      return;
    }

  scapula_muscle_get_info (muscle, &info);
  gtk_label_set_text (self->title_label, scapula_muscle_get_label (muscle));
  adw_action_row_set_subtitle (self->function_row, info.function);
  adw_action_row_set_subtitle (self->origin_row, info.origin);
  adw_action_row_set_subtitle (self->insertion_row, info.insertion);

  if (info.source != NULL && scapula_catalog_get_source_title (catalog, info.source) != NULL)
    {
      /* Translators: %s is the title of an article. */
      g_autofree char *text = g_strdup_printf (_("Facts from “%s”."),
                                               scapula_catalog_get_source_title (catalog, info.source));

      gtk_label_set_text (self->source_label, text);
    }
  else
    gtk_label_set_text (self->source_label, _("General anatomy, in plain words."));

  update_week_row (self);

  scapula_list_box_remove_all (self->exercises_list);
  add_exercise_rows (self, muscle, SCAPULA_MUSCLE_ROLE_PRIMARY);
  add_exercise_rows (self, muscle, SCAPULA_MUSCLE_ROLE_SECONDARY);

  gtk_stack_set_visible_child_name (self->content_stack, "muscle");
}

/* This week ------------------------------------------------------------- */

/* Reads the sets of the week holding the clock's now. Leaves
 * week_loaded unset when there is no database yet or the read fails. */
static void
read_week (ScapulaMusclesView *self)
{
  ScapulaDatabase *database = self->context != NULL ? scapula_context_get_database (self->context) : NULL;
  gint64 now = scapula_clock_get_now (self->clock) / G_USEC_PER_SEC;
  GDateWeekday first_day = get_first_day (self);
  g_autoptr(ScapulaProgressStore) store = NULL;
  g_autoptr(GArray) weeks = NULL;
  g_autoptr(GError) error = NULL;
  const ScapulaMuscleWeek *week;
  gint64 started;

  memset (self->week_sets, 0, sizeof self->week_sets);
  self->week_start = scapula_week_get_start (now, first_day);
  self->week_loaded = FALSE;
  self->week_failed = FALSE;

  if (database == NULL)
    return;

  self->n_week_reads++;
  started = g_get_monotonic_time ();
  store = scapula_progress_store_new (database, get_catalog (self));
  weeks = scapula_progress_store_get_muscle_weeks (store, now, now, first_day, &error);
  g_debug ("Read this week’s sets in %.2f ms", (g_get_monotonic_time () - started) / 1000.0);
  if (weeks == NULL)
    {
      g_warning ("Could not read this week’s sets: %s", error->message);
      self->week_failed = TRUE;
      return;
    }

  /* From now to now: one week, the one holding now. */
  if (weeks->len > 0)
    {
      week = &g_array_index (weeks, ScapulaMuscleWeek, weeks->len - 1);
      memcpy (self->week_sets, week->sets, sizeof self->week_sets);
    }
  self->week_loaded = TRUE;
}

static int
compare_by_sets (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  const double *sets = user_data;
  ScapulaMuscle ma = *(const ScapulaMuscle *) a;
  ScapulaMuscle mb = *(const ScapulaMuscle *) b;

  if (sets[ma] != sets[mb])
    return sets[ma] > sets[mb] ? -1 : 1;

  return (int) ma - (int) mb;
}

/* What the diagram's accessible description says in week mode after the
 * week: every muscle drawn with its sets, most first, then those with
 * none. */
static char *
build_week_summary (ScapulaMusclesView *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GStrvBuilder) trained = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) untrained = g_strv_builder_new ();
  g_auto(GStrv) trained_labels = NULL;
  g_auto(GStrv) untrained_labels = NULL;
  ScapulaMuscle order[SCAPULA_N_MUSCLES];
  guint n = 0;

  if (!self->week_loaded)
    {
      g_string_append (text, _("This week’s sets are not available."));
      return g_string_free (g_steal_pointer (&text), FALSE);
    }

  for (guint m = 0; m < SCAPULA_N_MUSCLES; m++)
    {
      if (scapula_anatomy_view_shows_muscle (self->anatomy, m))
        order[n++] = m;
    }
  g_qsort_with_data (order, n, sizeof order[0], compare_by_sets, self->week_sets);

  for (guint i = 0; i < n; i++)
    {
      ScapulaMuscle muscle = order[i];

      if (self->week_sets[muscle] > 0)
        {
          g_autofree char *sets = format_sets (self->week_sets[muscle]);
          /* Translators: a muscle and its sets this week, "Rhomboid major 4.5 sets". */
          g_autofree char *item = g_strdup_printf (_("%s %s"), scapula_muscle_get_label (muscle), sets);

          g_strv_builder_add (trained, item);
        }
      else
        g_strv_builder_add (untrained, scapula_muscle_get_label (muscle));
    }

  trained_labels = g_strv_builder_end (trained);
  untrained_labels = g_strv_builder_end (untrained);

  if (trained_labels[0] == NULL)
    {
      g_string_append (text, _("No sets logged this week."));
      return g_string_free (g_steal_pointer (&text), FALSE);
    }

  {
    /* Translators: separates muscle names in a list, "Rhomboid major, Middle trapezius" */
    g_autofree char *list = g_strjoinv (_(", "), trained_labels);

    /* Translators: %s is a list of muscles with their sets, "Rhomboid major 4.5 sets, Latissimus dorsi 3 sets" */
    g_string_append_printf (text, _("Sets this week: %s."), list);
  }

  if (untrained_labels[0] != NULL)
    {
      /* Translators: separates muscle names in a list, "Rhomboid major, Middle trapezius" */
      g_autofree char *list = g_strjoinv (_(", "), untrained_labels);

      g_string_append_c (text, ' ');
      /* Translators: %s is a list of muscles that got no sets this week */
      g_string_append_printf (text, _("No sets: %s."), list);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Puts the week that read_week() read on screen. */
static void
show_week (ScapulaMusclesView *self)
{
  g_autoptr(GDateTime) start = g_date_time_new_from_unix_local (self->week_start);
  g_autofree char *date = NULL;
  g_autofree char *week_text = NULL;
  g_autofree char *sets = NULL;
  g_autofree char *summary = NULL;
  gboolean any = FALSE;

  for (guint m = 0; m < SCAPULA_N_MUSCLES; m++)
    {
      double level = self->week_sets[m] / FULL_WEEK_SETS;

      scapula_anatomy_view_set_intensity (self->anatomy, m, level);
      any = any || self->week_sets[m] > 0;
    }

  /* Translators: the first day of the week shown, "16 November"; see g_date_time_format(). */
  date = start != NULL ? g_date_time_format (start, _("%-d %B")) : NULL;
  /* Translators: %s is the first day of the week, "Week of 16 November". */
  week_text = g_strdup_printf (_("Week of %s"), date != NULL ? date : "");
  gtk_label_set_text (self->week_label, week_text);

  if (self->week_failed)
    {
      gtk_label_set_text (self->week_status_label,
                          _("This week’s sets could not be read from your training log."));
      gtk_widget_set_visible (GTK_WIDGET (self->week_status_label), TRUE);
    }
  else if (!self->week_loaded)
    {
      gtk_label_set_text (self->week_status_label,
                          _("This week’s sets show here once your training log is open."));
      gtk_widget_set_visible (GTK_WIDGET (self->week_status_label), TRUE);
    }
  else if (!any)
    {
      gtk_label_set_text (self->week_status_label,
                          _("Nothing logged this week yet. Muscles take on colour as you log sets "
                            "in the Today view."));
      gtk_widget_set_visible (GTK_WIDGET (self->week_status_label), TRUE);
    }
  else
    {
      gtk_widget_set_visible (GTK_WIDGET (self->week_status_label), FALSE);
    }

  sets = build_week_summary (self);
  /* Translators: the diagram's description, "Week of 16 November. Sets this week: …" */
  summary = g_strdup_printf (_("%s. %s"), week_text, sets);
  scapula_anatomy_view_set_summary (self->anatomy, summary);
  update_week_row (self);
}

/* Reads and shows the week, in week mode while the view is on screen; a
 * hidden view reads when it is mapped. */
static void
refresh_week (ScapulaMusclesView *self)
{
  if (!self->week_mode || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;

  read_week (self);
  show_week (self);
}

/* Anatomy mode: only the chosen muscle is filled, at full strength, as
 * the selection ring alone is easy to miss. */
static void
show_anatomy (ScapulaMusclesView *self)
{
  int muscle = scapula_anatomy_view_get_selected (self->anatomy);

  scapula_anatomy_view_set_summary (self->anatomy, NULL);
  scapula_anatomy_view_clear (self->anatomy);
  if (muscle >= 0)
    scapula_anatomy_view_set_intensity (self->anatomy, muscle, 1.0);
}

static void
week_source_changed_cb (ScapulaMusclesView *self)
{
  refresh_week (self);
}

/* The key uses the same colours as the diagram, from the diagram. */
static void
draw_legend (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  ScapulaMusclesView *self = SCAPULA_MUSCLES_VIEW (user_data);
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (area));
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (area)) == GTK_TEXT_DIR_RTL;
  const double levels[] = { 0.0, 0.5, 1.0 };
  const double radius = MIN (height / 2.0, 4.0);
  cairo_pattern_t *pattern;
  GdkRGBA edge;

  /* The diagram's fill is a straight mix between the stops at 0, 0.5 and
   * 1, so three stops draw it exactly. Low to high follows the reading
   * direction, as the labels around it do. */
  pattern = cairo_pattern_create_linear (rtl ? width : 0, 0, rtl ? 0 : width, 0);
  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    {
      GdkRGBA color;

      scapula_anatomy_view_get_level_color (self->anatomy, levels[i], &color);
      cairo_pattern_add_color_stop_rgba (pattern, levels[i], color.red, color.green, color.blue, color.alpha);
    }

  cairo_new_sub_path (cr);
  cairo_arc (cr, width - radius, radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, width - radius, height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, radius, height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, radius, radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);

  cairo_set_source (cr, pattern);
  cairo_fill_preserve (cr);
  cairo_pattern_destroy (pattern);

  /* An edge like the muscles' own, so the pale end stands out from the
   * window behind it. */
  gtk_style_context_get_color (context, &edge);
  edge.alpha *= adw_style_manager_get_high_contrast (adw_style_manager_get_default ()) ? 0.85 : 0.38;
  gdk_cairo_set_source_rgba (cr, &edge);
  cairo_set_line_width (cr, 1.0);
  cairo_stroke (cr);
}

static void
update_mode_widgets (ScapulaMusclesView *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->week_label), self->week_mode);
  gtk_widget_set_visible (self->week_box, self->week_mode);
}

/* Callbacks ------------------------------------------------------------- */

static void
muscle_activated_cb (ScapulaMusclesView *self,
                     int                 muscle)
{
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
selected_changed_cb (ScapulaMusclesView *self)
{
  int muscle = scapula_anatomy_view_get_selected (self->anatomy);

  /* In week mode the colours are the week's: the ring marks the choice. */
  if (!self->week_mode)
    show_anatomy (self);

  show_muscle (self, muscle);
}

static void
exercise_row_activated_cb (ScapulaMusclesView *self,
                           GtkListBoxRow      *row)
{
  ScapulaExercise *exercise = g_object_get_data (G_OBJECT (row), "exercise");

  if (exercise != NULL)
    g_signal_emit (self, signals[SIGNAL_EXERCISE_ACTIVATED], 0, exercise);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ScapulaMusclesView *self = SCAPULA_MUSCLES_VIEW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* GtkWidget ------------------------------------------------------------- */

static void
scapula_muscles_view_map (GtkWidget *widget)
{
  ScapulaMusclesView *self = SCAPULA_MUSCLES_VIEW (widget);

  GTK_WIDGET_CLASS (scapula_muscles_view_parent_class)->map (widget);

  /* Shown again, perhaps after a session: the week may have grown. */
  refresh_week (self);
}

/* GObject --------------------------------------------------------------- */

static void
scapula_muscles_view_dispose (GObject *object)
{
  ScapulaMusclesView *self = (ScapulaMusclesView *)object;

  if (self->context != NULL)
    g_settings_unbind (self, "mode");

  /* No gtk_widget_dispose_template(): the template's root is AdwBin's
   * child, which AdwBin unparents itself; disposing the template as well
   * would leave AdwBin holding a freed child. */
  g_clear_object (&self->context);
  g_clear_object (&self->clock);

  G_OBJECT_CLASS (scapula_muscles_view_parent_class)->dispose (object);
}

static void
scapula_muscles_view_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  ScapulaMusclesView *self = SCAPULA_MUSCLES_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_MODE:
      g_value_set_string (value, scapula_muscles_view_get_mode (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scapula_muscles_view_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  ScapulaMusclesView *self = SCAPULA_MUSCLES_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      scapula_muscles_view_set_context (self, g_value_get_object (value));
      break;

    case PROP_MODE:
      scapula_muscles_view_set_mode (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scapula_muscles_view_class_init (ScapulaMusclesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = scapula_muscles_view_dispose;
  object_class->get_property = scapula_muscles_view_get_property;
  object_class->set_property = scapula_muscles_view_set_property;

  widget_class->map = scapula_muscles_view_map;

  /**
   * ScapulaMusclesView:context:
   *
   * The app's services: the catalog for the muscle pages, the database
   * for this week's sets and the settings for the week's first day.
   */
  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         SCAPULA_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ScapulaMusclesView:mode:
   *
   * What the diagram shows: "anatomy" (the chosen muscle) or "week" (every
   * muscle coloured by its sets this week).
   */
  properties[PROP_MODE] =
    g_param_spec_string ("mode", NULL, NULL,
                         "anatomy",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ScapulaMusclesView::exercise-activated:
   * @exercise: the exercise the user chose from the muscle's list
   */
  signals[SIGNAL_EXERCISE_ACTIVATED] =
    g_signal_new ("exercise-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, SCAPULA_TYPE_EXERCISE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/scapula-muscles-view.ui");
  gtk_widget_class_bind_template_child (widget_class, ScapulaMusclesView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, ScapulaMusclesView, diagram_box);
  gtk_widget_class_bind_template_child (widget_class, ScapulaMusclesView, anatomy_button);
  gtk_widget_class_bind_template_child (widget_class, ScapulaMusclesView, week_button);
  gtk_widget_class_bind_template_child (widget_class, ScapulaMusclesView, week_label);
  gtk_widget_class_bind_template_child (widget_class, ScapulaMusclesView, week_box);
  gtk_widget_class_bind_template_child (widget_class, ScapulaMusclesView, legend_max_label);
  gtk_widget_class_bind_template_child (widget_class, ScapulaMusclesView, legend_bar);
  gtk_widget_class_bind_template_child (widget_class, ScapulaMusclesView, week_status_label);
  gtk_widget_class_bind_template_child (widget_class, ScapulaMusclesView, content);
  gtk_widget_class_bind_template_child (widget_class, ScapulaMusclesView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, ScapulaMusclesView, title_label);
  gtk_widget_class_bind_template_child (widget_class, ScapulaMusclesView, week_group);
  gtk_widget_class_bind_template_child (widget_class, ScapulaMusclesView, week_row);
  gtk_widget_class_bind_template_child (widget_class, ScapulaMusclesView, function_row);
  gtk_widget_class_bind_template_child (widget_class, ScapulaMusclesView, origin_row);
  gtk_widget_class_bind_template_child (widget_class, ScapulaMusclesView, insertion_row);
  gtk_widget_class_bind_template_child (widget_class, ScapulaMusclesView, exercises_list);
  gtk_widget_class_bind_template_child (widget_class, ScapulaMusclesView, source_label);
  gtk_widget_class_bind_template_callback (widget_class, exercise_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "muscles.back", NULL, back_action);
  gtk_widget_class_install_property_action (widget_class, "muscles.mode", "mode");
}

static void
scapula_muscles_view_init (ScapulaMusclesView *self)
{
  g_autofree char *legend_max = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->clock = g_object_ref (scapula_clock_get_system ());

  self->anatomy = SCAPULA_ANATOMY_VIEW (scapula_anatomy_view_new ());
  g_object_set (self->anatomy, "selectable", TRUE, NULL);
  gtk_widget_set_vexpand (GTK_WIDGET (self->anatomy), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self->anatomy), TRUE);
  gtk_box_insert_child_after (self->diagram_box, GTK_WIDGET (self->anatomy), GTK_WIDGET (self->week_label));

  g_signal_connect_object (self->anatomy, "notify::selected",
                           G_CALLBACK (selected_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->anatomy, "muscle-activated",
                           G_CALLBACK (muscle_activated_cb), self, G_CONNECT_SWAPPED);

  /* Translators: the high end of the colour key under the diagram, which
   * reads "0 [colours] 10+ sets this week". */
  legend_max = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u+ set this week", "%u+ sets this week",
                                             FULL_WEEK_SETS),
                                FULL_WEEK_SETS);
  gtk_label_set_text (self->legend_max_label, legend_max);
  gtk_drawing_area_set_draw_func (self->legend_bar, draw_legend, self, NULL);

  /* The key takes the diagram's colours, which follow the style. */
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), self->legend_bar, G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::high-contrast",
                           G_CALLBACK (gtk_widget_queue_draw), self->legend_bar, G_CONNECT_SWAPPED);
}

/* Public API ------------------------------------------------------------ */

/**
 * scapula_muscles_view_new:
 * @context: the app's services
 *
 * Returns: (transfer floating): a new Muscles view
 */
GtkWidget *
scapula_muscles_view_new (ScapulaContext *context)
{
  g_return_val_if_fail (SCAPULA_IS_CONTEXT (context), NULL);

  return g_object_new (SCAPULA_TYPE_MUSCLES_VIEW, "context", context, NULL);
}

/**
 * scapula_muscles_view_get_context:
 *
 * Returns: (transfer none) (nullable): the context
 */
ScapulaContext *
scapula_muscles_view_get_context (ScapulaMusclesView *self)
{
  g_return_val_if_fail (SCAPULA_IS_MUSCLES_VIEW (self), NULL);

  return self->context;
}

/**
 * scapula_muscles_view_set_context:
 * @context: the app's services
 *
 * Sets where the view reads the catalog, this week's sets and the
 * settings from; the mode follows the `muscles-mode` setting from then on.
 * Meant to be called once.
 */
void
scapula_muscles_view_set_context (ScapulaMusclesView *self,
                                  ScapulaContext     *context)
{
  g_return_if_fail (SCAPULA_IS_MUSCLES_VIEW (self));
  g_return_if_fail (context == NULL || SCAPULA_IS_CONTEXT (context));

  if (self->context == context)
    return;

  if (self->context != NULL)
    {
      g_settings_unbind (self, "mode");
      g_signal_handlers_disconnect_by_data (self->context, self);
      g_signal_handlers_disconnect_by_data (scapula_context_get_settings (self->context), self);
    }

  g_set_object (&self->context, context);

  if (context != NULL)
    {
      GSettings *settings = scapula_context_get_settings (context);

      g_signal_connect_object (context, "notify::database",
                               G_CALLBACK (week_source_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (settings, "changed::week-start",
                               G_CALLBACK (week_source_changed_cb), self, G_CONNECT_SWAPPED);
      g_settings_bind (settings, "muscles-mode", self, "mode", G_SETTINGS_BIND_DEFAULT);
    }

  show_muscle (self, scapula_anatomy_view_get_selected (self->anatomy));
  refresh_week (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

/**
 * scapula_muscles_view_get_mode:
 *
 * Returns: "anatomy" or "week"
 */
const char *
scapula_muscles_view_get_mode (ScapulaMusclesView *self)
{
  g_return_val_if_fail (SCAPULA_IS_MUSCLES_VIEW (self), NULL);

  return self->week_mode ? "week" : "anatomy";
}

/**
 * scapula_muscles_view_set_mode:
 * @mode: "anatomy" or "week"
 *
 * Switches what the diagram shows. Switching to "week" reads this week's
 * sets, now if the view is on screen, else when it is shown.
 */
void
scapula_muscles_view_set_mode (ScapulaMusclesView *self,
                               const char         *mode)
{
  gboolean week_mode;

  g_return_if_fail (SCAPULA_IS_MUSCLES_VIEW (self));
  g_return_if_fail (g_strcmp0 (mode, "anatomy") == 0 || g_strcmp0 (mode, "week") == 0);

  week_mode = g_str_equal (mode, "week");
  if (self->week_mode == week_mode)
    return;

  self->week_mode = week_mode;
  update_mode_widgets (self);

  if (week_mode)
    refresh_week (self);
  else
    show_anatomy (self);

  update_week_row (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODE]);
}

int
scapula_muscles_view_get_selected (ScapulaMusclesView *self)
{
  g_return_val_if_fail (SCAPULA_IS_MUSCLES_VIEW (self), -1);

  return scapula_anatomy_view_get_selected (self->anatomy);
}

/**
 * scapula_muscles_view_select:
 * @muscle: a #ScapulaMuscle, or -1 for none
 *
 * Selects @muscle on the diagram and shows its page.
 */
void
scapula_muscles_view_select (ScapulaMusclesView *self,
                             int                 muscle)
{
  g_return_if_fail (SCAPULA_IS_MUSCLES_VIEW (self));

  scapula_anatomy_view_set_selected (self->anatomy, muscle);
  if (muscle >= 0)
    adw_leaflet_set_visible_child (self->leaflet, self->content);
}

/* Private --------------------------------------------------------------- */

GtkLabel *
_scapula_muscles_view_get_title_label (ScapulaMusclesView *self)
{
  return self->title_label;
}

GtkListBox *
_scapula_muscles_view_get_exercises_list (ScapulaMusclesView *self)
{
  return self->exercises_list;
}

GtkWidget *
_scapula_muscles_view_get_anatomy (ScapulaMusclesView *self)
{
  return GTK_WIDGET (self->anatomy);
}

/* Replaces the system clock: "this week" is the week holding the clock's
 * now. Reads the week again in week mode, if the view is on screen. */
void
_scapula_muscles_view_set_clock (ScapulaMusclesView *self,
                                 ScapulaClock       *clock)
{
  g_return_if_fail (SCAPULA_IS_MUSCLES_VIEW (self));
  g_return_if_fail (SCAPULA_IS_CLOCK (clock));

  if (g_set_object (&self->clock, clock))
    refresh_week (self);
}

GtkWidget *
_scapula_muscles_view_get_mode_button (ScapulaMusclesView *self,
                                       const char         *mode)
{
  return GTK_WIDGET (g_str_equal (mode, "week") ? self->week_button : self->anatomy_button);
}

GtkLabel *
_scapula_muscles_view_get_week_label (ScapulaMusclesView *self)
{
  return self->week_label;
}

GtkLabel *
_scapula_muscles_view_get_legend_label (ScapulaMusclesView *self)
{
  return self->legend_max_label;
}

GtkWidget *
_scapula_muscles_view_get_legend_bar (ScapulaMusclesView *self)
{
  return GTK_WIDGET (self->legend_bar);
}

GtkLabel *
_scapula_muscles_view_get_week_status_label (ScapulaMusclesView *self)
{
  return self->week_status_label;
}

AdwActionRow *
_scapula_muscles_view_get_week_row (ScapulaMusclesView *self)
{
  return self->week_row;
}

/* How many times the view read a week from the database. */
guint
_scapula_muscles_view_get_n_week_reads (ScapulaMusclesView *self)
{
  return self->n_week_reads;
}
