/* scapula-today-view.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "scapula-today-view"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "scapula-exercise-page.h"
#include "scapula-figure.h"
#include "scapula-plan-dialogs.h"
#include "scapula-today-view-private.h"
#include "scapula-units.h"

/* The Today view: today's session from start to summary.
 *
 * Everything it shows comes from the runner (src/scapula-runner.c), and
 * every button calls the runner; the runner writes to disk before it says
 * "changed", so what is on screen has been saved. The view rebuilds its
 * labels on "changed", and only the two time labels on the timers' "tick",
 * which the timers send once a second and only while the view is on
 * screen (not unmapped, not in a minimised window).
 *
 * Pages: "start" (today's plan or a rest day), "run" (the session) and
 * "summary" (the session just finished). In "run", the panel under the
 * current set shows what to do with it: log it, time it (cardio, holds),
 * or answer the pain check-in after the exercise.
 */

#define CLAMP_WIDTH 720

struct _ScapulaTodayView
{
  GtkWidget         parent_instance;

  ScapulaContext   *context;
  ScapulaRunner    *runner;
  guint             inhibit_cookie;
  gulong            surface_state_id;
  GdkSurface       *surface;

  GtkStack         *pages;

  /* start */
  AdwStatusPage    *start_page;
  GtkButton        *start_button;
  GtkButton        *unplanned_button;
  GtkLabel         *start_list;

  /* run */
  GtkLabel         *progress_label;
  GtkProgressBar   *progress_bar;
  GtkWidget        *figure_button;
  GtkWidget        *figure;
  GtkLabel         *exercise_label;
  GtkLabel         *set_label;
  GtkLabel         *target_label;
  GtkLabel         *last_label;
  GtkWidget        *rest_box;
  GtkLabel         *rest_label;
  GtkStack         *actions;
  AdwEntryRow      *weight_row;
  AdwEntryRow      *reps_row;
  AdwEntryRow      *rpe_row;
  GtkLabel         *set_message;
  GtkButton        *log_button;
  GtkButton        *skip_button;
  GtkLabel         *timer_label;
  GtkLabel         *phase_label;
  GtkButton        *timer_start_button;
  GtkButton        *timer_pause_button;
  GtkButton        *timer_stop_button;
  GtkLabel         *checkin_title;
  GtkScale         *pain_scale;
  GtkCheckButton   *numbness_check;
  GtkButton        *checkin_button;
  AdwPreferencesGroup *queue_group;
  GPtrArray        *queue_rows;

  /* summary */
  AdwStatusPage    *summary_page;
  AdwPreferencesGroup *summary_group;
  GPtrArray        *summary_rows;

  char             *shown_set;           /* "entry:set" the inputs were filled for */
};

G_DEFINE_FINAL_TYPE (ScapulaTodayView, scapula_today_view, GTK_TYPE_WIDGET)

static void refresh (ScapulaTodayView *self);

/* Small helpers */

static GtkLabel *
add_label (GtkBox     *box,
           const char *css_class,
           const char *accessible_name)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  /* GtkLabel replaces its accessible name with its text on every change,
   * so what the label is goes in the description. */
  if (accessible_name != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    accessible_name, -1);
  gtk_box_append (box, label);
  return GTK_LABEL (label);
}

static GtkButton *
add_button (GtkBox     *box,
            const char *label,
            const char *css_class,
            GCallback   callback,
            gpointer    user_data)
{
  GtkWidget *button = gtk_button_new_with_label (label);

  if (css_class != NULL)
    gtk_widget_add_css_class (button, css_class);
  g_signal_connect_swapped (button, "clicked", callback, user_data);
  gtk_box_append (box, button);
  return GTK_BUTTON (button);
}

static GtkWindow *
get_window (ScapulaTodayView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
show_toast (ScapulaTodayView *self,
            const char       *text)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (text));
  else
    g_message ("%s", text);
}

/* A write that failed; the screen still shows what is on disk. */
static void
show_failure (ScapulaTodayView *self,
              const char       *message)
{
  g_autofree char *text = g_strdup_printf (_("Not saved: %s"), message);

  show_toast (self, text);
}

static void
show_error (ScapulaTodayView *self,
            const GError     *error)
{
  show_failure (self, error->message);
}

static char *
format_clock (gint64 us)
{
  gint64 seconds = (MAX (us, 0) + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC;

  return g_strdup_printf ("%d:%02d", (int) (seconds / 60), (int) (seconds % 60));
}

static const char *
side_label (ScapulaSide side)
{
  switch (side)
    {
    case SCAPULA_SIDE_LEFT:
      return _("Left side");
    case SCAPULA_SIDE_RIGHT:
      return _("Right side");
    case SCAPULA_SIDE_BOTH:
    default:
      return NULL;
    }
}

static ScapulaWeightUnit
get_unit (ScapulaTodayView *self)
{
  return scapula_context_get_weight_unit (self->context);
}

/* "3 × 12 at 20 kg" when every set was the same, else each set. */
static char *
format_last_sets (ScapulaTodayView *self,
                  GArray           *sets)
{
  g_autoptr(GString) text = g_string_new (NULL);
  ScapulaWeightUnit unit = get_unit (self);
  gboolean same = TRUE;
  guint n_both = 0;

  if (sets == NULL || sets->len == 0)
    return NULL;

  for (guint i = 0; i < sets->len; i++)
    {
      const ScapulaSetRecord *a = &g_array_index (sets, ScapulaSetRecord, 0);
      const ScapulaSetRecord *b = &g_array_index (sets, ScapulaSetRecord, i);

      same = same && a->reps == b->reps && a->seconds == b->seconds &&
             fabs (a->weight_kg - b->weight_kg) < 0.001;
      if (b->side != SCAPULA_SIDE_RIGHT)
        n_both++;
    }

  if (same)
    {
      const ScapulaSetRecord *a = &g_array_index (sets, ScapulaSetRecord, 0);
      g_autofree char *weight = scapula_weight_format (a->weight_kg, unit);

      if (a->seconds > 0 && a->reps == 0)
        /* Translators: "2 × 30 s" */
        g_string_append_printf (text, _("%u × %u s"), n_both, a->seconds);
      else if (a->weight_kg > 0)
        /* Translators: "3 × 12 at 20 kg" */
        g_string_append_printf (text, _("%u × %u at %s"), n_both, a->reps, weight);
      else
        g_string_append_printf (text, _("%u × %u"), n_both, a->reps);

      if (a->side != SCAPULA_SIDE_BOTH)
        g_string_append_printf (text, " %s", _("each side"));
    }
  else
    {
      for (guint i = 0; i < sets->len; i++)
        {
          const ScapulaSetRecord *s = &g_array_index (sets, ScapulaSetRecord, i);
          g_autofree char *weight = scapula_weight_format (s->weight_kg, unit);

          if (i > 0)
            g_string_append (text, ", ");
          if (s->side == SCAPULA_SIDE_LEFT)
            g_string_append (text, C_("side", "L "));
          else if (s->side == SCAPULA_SIDE_RIGHT)
            g_string_append (text, C_("side", "R "));

          if (s->seconds > 0 && s->reps == 0)
            g_string_append_printf (text, _("%u s"), s->seconds);
          else if (s->weight_kg > 0)
            /* Translators: one set, "12 × 20 kg" */
            g_string_append_printf (text, _("%u × %s"), s->reps, weight);
          else
            g_string_append_printf (text, "%u", s->reps);
        }
    }

  /* Translators: %s is what was done last time, e.g. "3 × 12 at 20 kg" */
  return g_strdup_printf (_("Last time: %s"), text->str);
}

/* Idle inhibition and ticking */

static void
update_inhibit (ScapulaTodayView *self)
{
  GtkWindow *window = get_window (self);
  GtkApplication *app = window != NULL ? gtk_window_get_application (window) : NULL;
  gboolean running = scapula_runner_get_session (self->runner) != NULL;

  if (running && self->inhibit_cookie == 0 && app != NULL)
    self->inhibit_cookie = gtk_application_inhibit (app, window, GTK_APPLICATION_INHIBIT_IDLE,
                                                    _("A training session is under way"));
  else if (!running && self->inhibit_cookie != 0 && app != NULL)
    {
      gtk_application_uninhibit (app, self->inhibit_cookie);
      self->inhibit_cookie = 0;
    }
}

static void
update_ticking (ScapulaTodayView *self)
{
  gboolean visible = gtk_widget_get_mapped (GTK_WIDGET (self));

  if (visible && self->surface != NULL && GDK_IS_TOPLEVEL (self->surface))
    visible = !(gdk_toplevel_get_state (GDK_TOPLEVEL (self->surface)) & GDK_TOPLEVEL_STATE_MINIMIZED);

  scapula_timer_set_ticking (scapula_runner_get_rest_timer (self->runner), visible);
  scapula_timer_set_ticking (scapula_runner_get_activity_timer (self->runner), visible);

  /* Coming back on screen: the labels may be a while behind. */
  if (visible)
    refresh (self);
}

static void
update_clock_labels (ScapulaTodayView *self)
{
  ScapulaTimer *rest = scapula_runner_get_rest_timer (self->runner);
  ScapulaTimer *activity = scapula_runner_get_activity_timer (self->runner);
  g_autofree char *rest_text = format_clock (scapula_timer_get_remaining (rest));

  gtk_widget_set_visible (self->rest_box, scapula_timer_get_active (rest));
  gtk_label_set_text (self->rest_label, rest_text);

  if (scapula_timer_get_active (activity))
    {
      ScapulaHoldPosition position;
      g_autofree char *text = NULL;

      if (scapula_timer_get_position (activity, &position))
        {
          const char *side = side_label (position.side);
          g_autofree char *phase = NULL;

          text = format_clock (position.phase_duration - position.phase_elapsed);
          if (side != NULL)
            /* Translators: "Hold · 2 of 3 · Left side" */
            phase = g_strdup_printf (_("%s · %u of %u · %s"), scapula_hold_phase_get_label (position.phase),
                                     position.rep + 1, scapula_timer_get_hold_plan (activity)->reps, side);
          else
            phase = g_strdup_printf (_("%s · %u of %u"), scapula_hold_phase_get_label (position.phase),
                                     position.rep + 1, scapula_timer_get_hold_plan (activity)->reps);
          gtk_label_set_text (self->phase_label, phase);
        }
      else
        {
          text = format_clock (scapula_timer_get_remaining (activity));
          gtk_label_set_text (self->phase_label, _("Keep a light, easy pace"));
        }

      gtk_label_set_text (self->timer_label, text);
    }
}

/* Filling the panels */

static void
fill_inputs (ScapulaTodayView        *self,
             ScapulaSessionEntry     *entry,
             const ScapulaSessionSet *set,
             guint                    set_index)
{
  ScapulaWeightUnit unit = get_unit (self);
  double weight_kg = set->target_weight_kg;
  g_autofree char *weight = NULL;
  g_autofree char *reps = NULL;

  /* After a set of this exercise, the next starts from what was done. */
  for (guint i = set_index; i-- > 0;)
    {
      const ScapulaSessionSet *done = scapula_session_entry_get_set (entry, i);

      if (done->status == SCAPULA_SET_STATUS_DONE && done->kind == set->kind && weight_kg <= 0)
        {
          weight_kg = done->weight_kg;
          break;
        }
    }

  weight = weight_kg > 0 ? scapula_weight_format_number (weight_kg, unit) : g_strdup ("");
  reps = g_strdup_printf ("%u", set->target_reps);

  gtk_editable_set_text (GTK_EDITABLE (self->weight_row), weight);
  gtk_editable_set_text (GTK_EDITABLE (self->reps_row), reps);
  gtk_editable_set_text (GTK_EDITABLE (self->rpe_row), "");
  /* Translators: the weight row's title, with the unit */
  {
    g_autofree char *title = g_strdup_printf (_("Weight (%s)"), scapula_weight_unit_get_symbol (unit));

    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->weight_row), title);
  }
}

/* Reads and judges the three inputs; shows the reason when one is
 * impossible. */
static gboolean
read_inputs (ScapulaTodayView *self,
             double           *weight_kg,
             int              *reps,
             double           *rpe)
{
  g_autoptr(GError) error = NULL;
  const char *weight_text = gtk_editable_get_text (GTK_EDITABLE (self->weight_row));
  const char *reps_text = gtk_editable_get_text (GTK_EDITABLE (self->reps_row));
  const char *rpe_text = gtk_editable_get_text (GTK_EDITABLE (self->rpe_row));
  GtkWidget *at_fault = NULL;
  gint64 typed_reps = 0;
  char *end = NULL;

  *weight_kg = 0;
  *rpe = 0;

  if (*weight_text != '\0' && !scapula_weight_parse (weight_text, get_unit (self), weight_kg, &error))
    at_fault = GTK_WIDGET (self->weight_row);

  if (at_fault == NULL)
    {
      g_autofree char *trimmed = g_strstrip (g_strdup (reps_text));

      if (!g_ascii_string_to_signed (trimmed, 10, G_MININT32, G_MAXINT32, &typed_reps, NULL))
        {
          g_set_error_literal (&error, SCAPULA_SESSION_ERROR, SCAPULA_SESSION_ERROR_REPS,
                               *trimmed == '\0' ? _("Type the reps you did.")
                                                 : _("The reps must be a whole number."));
          at_fault = GTK_WIDGET (self->reps_row);
        }
    }
  *reps = (int) CLAMP (typed_reps, G_MININT32 / 2, G_MAXINT32 / 2);

  if (at_fault == NULL && *rpe_text != '\0')
    {
      g_autofree char *normal = g_strdelimit (g_strstrip (g_strdup (rpe_text)), ",", '.');

      *rpe = g_ascii_strtod (normal, &end);
      if (end == normal || *end != '\0')
        *rpe = -1;
    }

  if (at_fault == NULL && !scapula_session_validate_set (*weight_kg, *reps, *rpe, &error))
    at_fault = error->code == SCAPULA_SESSION_ERROR_WEIGHT ? GTK_WIDGET (self->weight_row)
             : error->code == SCAPULA_SESSION_ERROR_REPS ? GTK_WIDGET (self->reps_row)
             : GTK_WIDGET (self->rpe_row);

  {
    GtkWidget *rows[] = { GTK_WIDGET (self->weight_row), GTK_WIDGET (self->reps_row), GTK_WIDGET (self->rpe_row) };

    for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
      {
        if (rows[i] == at_fault)
          {
            gtk_widget_add_css_class (rows[i], "error");
            gtk_accessible_update_property (GTK_ACCESSIBLE (rows[i]), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                            error->message, -1);
          }
        else
          {
            gtk_widget_remove_css_class (rows[i], "error");
            gtk_accessible_reset_property (GTK_ACCESSIBLE (rows[i]), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
          }
      }
  }

  gtk_label_set_text (self->set_message, at_fault != NULL ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->set_message), at_fault != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->log_button), at_fault == NULL);

  return at_fault == NULL;
}

static void
inputs_changed_cb (ScapulaTodayView *self)
{
  double weight_kg, rpe;
  int reps;

  read_inputs (self, &weight_kg, &reps, &rpe);
}

static char *
describe_set (ScapulaTodayView        *self,
              ScapulaSessionEntry     *entry,
              const ScapulaSessionSet *set,
              guint                    index)
{
  guint number = scapula_session_entry_get_work_index (entry, index);
  guint total = scapula_session_entry_count_sets_of_kind (entry, set->kind);
  const char *side = side_label (set->side);
  g_autofree char *what = NULL;

  if (scapula_session_entry_get_kind (entry) == SCAPULA_ENTRY_KIND_CARDIO)
    return g_strdup (_("Warm up with light cardio"));

  if (scapula_session_entry_get_kind (entry) == SCAPULA_ENTRY_KIND_HOLD)
    /* Translators: "Hold 1 of 2" */
    what = g_strdup_printf (_("Hold %u of %u"), number, total);
  else if (set->kind == SCAPULA_SET_KIND_WARMUP &&
           scapula_session_entry_get_exercise_kind (entry) == SCAPULA_EXERCISE_KIND_STRENGTH)
    /* Translators: "Warm-up set 1 of 2" */
    what = g_strdup_printf (_("Warm-up set %u of %u"), number, total);
  else
    /* Translators: "Set 2 of 3" */
    what = g_strdup_printf (_("Set %u of %u"), number, total);

  if (side == NULL)
    return g_steal_pointer (&what);

  /* Translators: "Set 2 of 3 · Left side" */
  return g_strdup_printf (_("%s · %s"), what, side);
}

static char *
describe_target (ScapulaTodayView        *self,
                 ScapulaSessionEntry     *entry,
                 const ScapulaSessionSet *set)
{
  g_autofree char *weight = scapula_weight_format (set->target_weight_kg, get_unit (self));

  if (scapula_session_entry_get_kind (entry) == SCAPULA_ENTRY_KIND_CARDIO)
    return g_strdup (_("Walk, cycle or march on the spot at an easy pace, enough to breathe a little faster."));

  if (set->target_seconds > 0)
    /* Translators: "Hold for 30 s" */
    return g_strdup_printf (_("Hold for %u s"), set->target_seconds);

  if (set->target_weight_kg > 0)
    /* Translators: "Target: 8 reps at 22.5 kg" */
    return g_strdup_printf (_("Target: %u reps at %s"), set->target_reps, weight);

  return g_strdup_printf (_("Target: %u reps"), set->target_reps);
}

static void
refresh_queue (ScapulaTodayView *self,
               ScapulaSession   *session,
               guint             current);

static void
refresh_run (ScapulaTodayView *self)
{
  ScapulaSession *session = scapula_runner_get_session (self->runner);
  ScapulaSessionEntry *entry;
  guint n_entries = scapula_session_get_n_entries (session);
  guint current = 0, sets_left = 0, sets_total = 0;
  g_autofree char *progress = NULL;
  g_autofree char *name = NULL;
  int set = -1;
  gboolean have_current;

  for (guint i = 0; i < n_entries; i++)
    {
      ScapulaSessionEntry *e = scapula_session_get_entry (session, i);

      for (guint j = 0; j < scapula_session_entry_get_n_sets (e); j++)
        {
          sets_total++;
          if (scapula_session_entry_get_set (e, j)->status == SCAPULA_SET_STATUS_PENDING)
            sets_left++;
        }
    }

  have_current = scapula_session_get_current (session, &current, &set);

  if (!have_current)
    {
      gtk_label_set_text (self->progress_label, _("Every exercise is done"));
      gtk_progress_bar_set_fraction (self->progress_bar, 1.0);
      gtk_label_set_text (self->exercise_label, _("Well Done"));
      gtk_label_set_text (self->set_label, _("All sets done"));
      gtk_label_set_text (self->target_label, _("Finish the session to see what it came to."));
      gtk_widget_set_visible (GTK_WIDGET (self->last_label), FALSE);
      gtk_widget_set_visible (self->figure_button, FALSE);
      gtk_stack_set_visible_child_name (self->actions, "done");
      refresh_queue (self, session, n_entries);
      g_clear_pointer (&self->shown_set, g_free);
      return;
    }

  entry = scapula_session_get_entry (session, current);
  name = scapula_runner_dup_exercise_name (self->runner, current);

  /* Translators: "Exercise 2 of 5 · 9 sets left" */
  progress = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Exercise %u of %u · %u set left",
                                           "Exercise %u of %u · %u sets left", sets_left),
                              current + 1, n_entries, sets_left);
  gtk_label_set_text (self->progress_label, progress);
  gtk_progress_bar_set_fraction (self->progress_bar,
                                 sets_total > 0 ? 1.0 - (double) sets_left / sets_total : 0);
  gtk_label_set_text (self->exercise_label, name);

  {
    ScapulaExercise *exercise = scapula_runner_lookup (self->runner, scapula_session_entry_get_exercise (entry));

    gtk_widget_set_visible (self->figure_button, exercise != NULL);
    if (exercise != NULL)
      scapula_figure_set_exercise (SCAPULA_FIGURE (self->figure), exercise);
  }

  if (set < 0)
    {
      g_autofree char *title = g_strdup_printf (_("How did %s feel?"), name);

      gtk_label_set_text (self->set_label, _("Pain check-in"));
      gtk_label_set_text (self->target_label,
                          _("0 is no pain at all, 10 the worst you can imagine. Effort and "
                            "muscle fatigue are not pain."));
      gtk_widget_set_visible (GTK_WIDGET (self->last_label), FALSE);
      gtk_label_set_text (self->checkin_title, title);
      if (g_strcmp0 (gtk_stack_get_visible_child_name (self->actions), "checkin") != 0)
        {
          gtk_range_set_value (GTK_RANGE (self->pain_scale), 0);
          gtk_check_button_set_active (self->numbness_check, FALSE);
        }
      gtk_stack_set_visible_child_name (self->actions, "checkin");
      g_clear_pointer (&self->shown_set, g_free);
    }
  else
    {
      const ScapulaSessionSet *s = scapula_session_entry_get_set (entry, set);
      g_autofree char *set_text = describe_set (self, entry, s, set);
      g_autofree char *target = describe_target (self, entry, s);
      g_autofree char *last = NULL;
      g_autofree char *key = g_strdup_printf ("%u:%d:%s", current, set,
                                              scapula_session_entry_get_exercise (entry) ?: "");
      ScapulaEntryKind kind = scapula_session_entry_get_kind (entry);

      gtk_label_set_text (self->set_label, set_text);
      gtk_label_set_text (self->target_label, target);

      if (scapula_session_entry_get_exercise (entry) != NULL &&
          scapula_session_entry_get_exercise_kind (entry) == SCAPULA_EXERCISE_KIND_STRENGTH)
        last = format_last_sets (self, scapula_runner_get_last_sets (self->runner,
                                                                     scapula_session_entry_get_exercise (entry)));
      gtk_label_set_text (self->last_label, last != NULL ? last : "");
      gtk_widget_set_visible (GTK_WIDGET (self->last_label), last != NULL);

      if (kind == SCAPULA_ENTRY_KIND_REPS)
        {
          if (g_strcmp0 (key, self->shown_set) != 0)
            {
              fill_inputs (self, entry, s, set);
              g_free (self->shown_set);
              self->shown_set = g_steal_pointer (&key);
            }
          gtk_stack_set_visible_child_name (self->actions, "log");
          inputs_changed_cb (self);
        }
      else
        {
          ScapulaTimer *activity = scapula_runner_get_activity_timer (self->runner);
          gboolean active = scapula_timer_get_active (activity);

          gtk_widget_set_visible (GTK_WIDGET (self->timer_start_button), !active);
          gtk_widget_set_visible (GTK_WIDGET (self->timer_pause_button), active);
          gtk_widget_set_visible (GTK_WIDGET (self->timer_stop_button), active);
          gtk_button_set_label (self->timer_pause_button,
                                scapula_timer_get_paused (activity) ? _("Resume") : _("Pause"));
          if (!active)
            {
              g_autofree char *text = format_clock ((gint64) s->target_seconds * G_USEC_PER_SEC);

              gtk_label_set_text (self->timer_label, text);
              gtk_label_set_text (self->phase_label,
                                  kind == SCAPULA_ENTRY_KIND_HOLD
                                    ? _("Start, get into position, and hold when it says so")
                                    : _("Start when you are moving"));
            }
          gtk_stack_set_visible_child_name (self->actions, "timer");
          g_clear_pointer (&self->shown_set, g_free);
        }
    }

  refresh_queue (self, session, current);
}

static void
refresh_summary (ScapulaTodayView *self)
{
  const ScapulaSessionSummary *summary = scapula_runner_get_summary (self->runner);
  g_autofree char *volume = scapula_weight_format (summary->volume_kg, get_unit (self));
  g_autofree char *description = NULL;

  /* Translators: "42 min · 9 sets · 1,250 kg lifted" */
  description = g_strdup_printf (_("%d min · %u sets · %s lifted"),
                                 (int) (summary->duration / 60), summary->work_sets, volume);
  adw_status_page_set_description (self->summary_page, description);

  for (guint i = 0; i < self->summary_rows->len; i++)
    adw_preferences_group_remove (self->summary_group, g_ptr_array_index (self->summary_rows, i));
  g_ptr_array_set_size (self->summary_rows, 0);

  for (guint pass = 0; pass < 2; pass++)
    {
      GPtrArray *lines = pass == 0 ? summary->records : summary->pain_notes;

      for (guint i = 0; i < lines->len; i++)
        {
          GtkWidget *row = adw_action_row_new ();

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), g_ptr_array_index (lines, i));
          adw_action_row_set_icon_name (ADW_ACTION_ROW (row),
                                        pass == 0 ? "starred-symbolic" : "dialog-warning-symbolic");
          adw_preferences_group_add (self->summary_group, row);
          g_ptr_array_add (self->summary_rows, row);
        }
    }

  if (self->summary_rows->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     _("No new records and no pain reported this time."));
      adw_preferences_group_add (self->summary_group, row);
      g_ptr_array_add (self->summary_rows, row);
    }
}

static void
refresh_start (ScapulaTodayView *self)
{
  ScapulaPlanDay *day = scapula_runner_get_today (self->runner);
  g_autoptr(GString) list = g_string_new (NULL);
  guint n = day != NULL ? scapula_plan_day_get_n_items (day) : 0;

  gtk_widget_set_visible (GTK_WIDGET (self->start_button), FALSE);

  if (day == NULL)
    {
      adw_status_page_set_title (self->start_page, _("No Plan Yet"));
      adw_status_page_set_description (self->start_page,
                                       _("Plan your week in the Week view, or train now with exercises "
                                         "you pick as you go."));
    }
  else if (!scapula_plan_day_get_training (day) || n == 0)
    {
      adw_status_page_set_title (self->start_page, _("Rest Day"));
      adw_status_page_set_description (self->start_page,
                                       _("Your plan has no session today. Rest is when the muscles "
                                         "grow; you can still train with exercises you pick."));
    }
  else if (scapula_runner_get_today_done (self->runner) > 0)
    {
      adw_status_page_set_title (self->start_page, _("Done for Today"));
      adw_status_page_set_description (self->start_page,
                                       _("Today's session is logged. See you at the next one."));
    }
  else
    {
      adw_status_page_set_title (self->start_page, _("Today's Session"));
      /* Translators: %u is a number of exercises */
      {
        g_autofree char *description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                     "%u exercise, warm-up first",
                                                                     "%u exercises, warm-up first", n), n);

        adw_status_page_set_description (self->start_page, description);
      }
      gtk_widget_set_visible (GTK_WIDGET (self->start_button), TRUE);

      for (guint i = 0; i < n; i++)
        {
          ScapulaPlanItem *item = scapula_plan_day_get_item (day, i);
          ScapulaExercise *exercise = scapula_runner_lookup (self->runner, scapula_plan_item_get_exercise (item));
          g_autofree char *dose = scapula_prescription_format (scapula_plan_item_get_prescription (item));

          if (list->len > 0)
            g_string_append_c (list, '\n');
          g_string_append_printf (list, "%s — %s",
                                  exercise != NULL ? scapula_exercise_get_name (exercise)
                                                   : scapula_plan_item_get_exercise (item),
                                  dose);
        }
    }

  gtk_label_set_text (self->start_list, list->str);
  gtk_widget_set_visible (GTK_WIDGET (self->start_list), list->len > 0);
}

static void
refresh (ScapulaTodayView *self)
{
  if (scapula_runner_get_session (self->runner) != NULL)
    {
      refresh_run (self);
      gtk_stack_set_visible_child_name (self->pages, "run");
    }
  else if (scapula_runner_get_summary (self->runner) != NULL)
    {
      refresh_summary (self);
      gtk_stack_set_visible_child_name (self->pages, "summary");
    }
  else
    {
      refresh_start (self);
      gtk_stack_set_visible_child_name (self->pages, "start");
    }

  update_clock_labels (self);
  update_inhibit (self);
}

/* The queue */

typedef struct
{
  ScapulaTodayView *view;
  guint             entry;
} RowData;

static void
row_action (GtkWidget  *widget,
            const char *action,
            GVariant   *parameter)
{
  ScapulaTodayView *self = SCAPULA_TODAY_VIEW (gtk_widget_get_ancestor (widget, SCAPULA_TYPE_TODAY_VIEW));
  g_autoptr(GError) error = NULL;
  guint entry, n;
  const char *slug = NULL;
  gboolean ok = TRUE;

  if (self == NULL || scapula_runner_get_session (self->runner) == NULL)
    return;

  n = scapula_session_get_n_entries (scapula_runner_get_session (self->runner));
  if (g_variant_is_of_type (parameter, G_VARIANT_TYPE ("(us)")))
    g_variant_get (parameter, "(u&s)", &entry, &slug);
  else
    entry = g_variant_get_uint32 (parameter);

  if (entry >= n)
    return;

  if (g_str_equal (action, "entry.up") && entry > 0)
    ok = scapula_runner_move_exercise (self->runner, entry, entry - 1, &error);
  else if (g_str_equal (action, "entry.down") && entry + 1 < n)
    ok = scapula_runner_move_exercise (self->runner, entry, entry + 1, &error);
  else if (g_str_equal (action, "entry.skip"))
    ok = scapula_runner_skip_exercise (self->runner, entry, &error);
  else if (g_str_equal (action, "entry.add-set"))
    ok = scapula_runner_add_set (self->runner, entry, &error);
  else if (g_str_equal (action, "entry.swap") && slug != NULL)
    ok = scapula_runner_swap_exercise (self->runner, entry, slug, &error);

  if (!ok)
    show_error (self, error);
}

static GMenuModel *
build_entry_menu (ScapulaTodayView *self,
                  guint             index)
{
  ScapulaSession *session = scapula_runner_get_session (self->runner);
  ScapulaSessionEntry *entry = scapula_session_get_entry (session, index);
  ScapulaExercise *exercise = scapula_runner_lookup (self->runner, scapula_session_entry_get_exercise (entry));
  GMenu *menu = g_menu_new ();
  GMenu *order = g_menu_new ();
  GMenu *change = g_menu_new ();
  gboolean started = FALSE;
  GMenuItem *item;

  for (guint i = 0; i < scapula_session_entry_get_n_sets (entry); i++)
    started = started || scapula_session_entry_get_set (entry, i)->status == SCAPULA_SET_STATUS_DONE;

  item = g_menu_item_new (_("Move Up"), NULL);
  g_menu_item_set_action_and_target (item, "entry.up", "u", index);
  g_menu_append_item (order, item);
  g_object_unref (item);
  item = g_menu_item_new (_("Move Down"), NULL);
  g_menu_item_set_action_and_target (item, "entry.down", "u", index);
  g_menu_append_item (order, item);
  g_object_unref (item);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (order));

  if (scapula_session_entry_get_kind (entry) != SCAPULA_ENTRY_KIND_CARDIO)
    {
      item = g_menu_item_new (_("Add a Set"), NULL);
      g_menu_item_set_action_and_target (item, "entry.add-set", "u", index);
      g_menu_append_item (change, item);
      g_object_unref (item);
    }

  if (exercise != NULL && !started)
    {
      const char * const *substitutes = scapula_exercise_get_substitutes (exercise);
      GMenu *swap = g_menu_new ();

      for (guint i = 0; substitutes != NULL && substitutes[i] != NULL; i++)
        {
          ScapulaExercise *other = scapula_runner_lookup (self->runner, substitutes[i]);

          if (other == NULL)
            continue;
          item = g_menu_item_new (scapula_exercise_get_name (other), NULL);
          g_menu_item_set_action_and_target (item, "entry.swap", "(us)", index, substitutes[i]);
          g_menu_append_item (swap, item);
          g_object_unref (item);
        }

      if (g_menu_model_get_n_items (G_MENU_MODEL (swap)) > 0)
        g_menu_append_submenu (change, _("Swap For"), G_MENU_MODEL (swap));
      g_object_unref (swap);
    }

  item = g_menu_item_new (_("Skip Exercise"), NULL);
  g_menu_item_set_action_and_target (item, "entry.skip", "u", index);
  g_menu_append_item (change, item);
  g_object_unref (item);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (change));

  g_object_unref (order);
  g_object_unref (change);
  return G_MENU_MODEL (menu);
}

static void
entry_menu_popup_cb (GtkMenuButton *button,
                     gpointer       user_data)
{
  ScapulaTodayView *self = SCAPULA_TODAY_VIEW (gtk_widget_get_ancestor (GTK_WIDGET (button),
                                                                        SCAPULA_TYPE_TODAY_VIEW));
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "entry"));
  g_autoptr(GMenuModel) menu = NULL;

  if (self == NULL || scapula_runner_get_session (self->runner) == NULL)
    return;

  menu = build_entry_menu (self, index);
  gtk_menu_button_set_menu_model (button, menu);
}

static gboolean
entry_all_skipped (ScapulaSessionEntry *entry)
{
  for (guint i = 0; i < scapula_session_entry_get_n_sets (entry); i++)
    if (scapula_session_entry_get_set (entry, i)->status != SCAPULA_SET_STATUS_SKIPPED)
      return FALSE;

  return TRUE;
}

static char *
describe_entry (ScapulaTodayView    *self,
                ScapulaSessionEntry *entry)
{
  guint done = 0, skipped = 0, total = scapula_session_entry_get_n_sets (entry);

  for (guint i = 0; i < total; i++)
    {
      ScapulaSetStatus status = scapula_session_entry_get_set (entry, i)->status;

      done += status == SCAPULA_SET_STATUS_DONE;
      skipped += status == SCAPULA_SET_STATUS_SKIPPED;
    }

  if (scapula_session_entry_get_kind (entry) == SCAPULA_ENTRY_KIND_CARDIO)
    return g_strdup (done > 0 ? _("Done") : skipped > 0 ? _("Skipped") : _("Light cardio"));

  if (entry_all_skipped (entry))
    return g_strdup (_("Skipped"));

  /* Translators: "3 of 8 sets done" */
  return g_strdup_printf (_("%u of %u sets done"), done, total);
}

static void
refresh_queue (ScapulaTodayView *self,
               ScapulaSession   *session,
               guint             current)
{
  for (guint i = 0; i < self->queue_rows->len; i++)
    adw_preferences_group_remove (self->queue_group, g_ptr_array_index (self->queue_rows, i));
  g_ptr_array_set_size (self->queue_rows, 0);

  for (guint i = 0; i < scapula_session_get_n_entries (session); i++)
    {
      ScapulaSessionEntry *entry = scapula_session_get_entry (session, i);
      g_autofree char *name = scapula_runner_dup_exercise_name (self->runner, i);
      g_autofree char *subtitle = describe_entry (self, entry);
      g_autofree char *menu_name = g_strdup_printf (_("Change %s"), name);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button = gtk_menu_button_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      if (i == current)
        adw_action_row_set_icon_name (ADW_ACTION_ROW (row), "media-playback-start-symbolic");
      else if (scapula_session_entry_is_finished (entry) && !scapula_session_entry_needs_checkin (entry) &&
               !entry_all_skipped (entry))
        adw_action_row_set_icon_name (ADW_ACTION_ROW (row), "object-select-symbolic");

      gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_tooltip_text (button, menu_name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, menu_name, -1);
      g_object_set_data (G_OBJECT (button), "entry", GUINT_TO_POINTER (i));
      gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (button), entry_menu_popup_cb, NULL, NULL);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

      adw_preferences_group_add (self->queue_group, row);
      g_ptr_array_add (self->queue_rows, row);
    }
}

/* Actions */

static void
log_clicked_cb (ScapulaTodayView *self)
{
  g_autoptr(GError) error = NULL;
  double weight_kg, rpe;
  int reps;

  if (!read_inputs (self, &weight_kg, &reps, &rpe))
    return;

  if (!scapula_runner_log_set (self->runner, weight_kg, reps, rpe, &error))
    {
      if (error->domain == SCAPULA_SESSION_ERROR)
        {
          gtk_label_set_text (self->set_message, error->message);
          gtk_widget_set_visible (GTK_WIDGET (self->set_message), TRUE);
        }
      else
        {
          show_error (self, error);
        }
    }
}

static void
skip_clicked_cb (ScapulaTodayView *self)
{
  g_autoptr(GError) error = NULL;

  if (!scapula_runner_skip_set (self->runner, &error))
    show_error (self, error);
}

static void
timer_start_cb (ScapulaTodayView *self)
{
  g_autoptr(GError) error = NULL;

  if (!scapula_runner_start_activity (self->runner, &error))
    show_error (self, error);
}

static void
timer_pause_cb (ScapulaTodayView *self)
{
  scapula_runner_toggle_pause (self->runner);
}

static void
timer_stop_cb (ScapulaTodayView *self)
{
  g_autoptr(GError) error = NULL;

  if (!scapula_runner_stop_activity (self->runner, &error))
    show_error (self, error);
}

static void
rest_minus_cb (ScapulaTodayView *self)
{
  scapula_runner_adjust_rest (self->runner, -15 * G_USEC_PER_SEC);
}

static void
rest_plus_cb (ScapulaTodayView *self)
{
  scapula_runner_adjust_rest (self->runner, 15 * G_USEC_PER_SEC);
}

static void
rest_skip_cb (ScapulaTodayView *self)
{
  scapula_runner_skip_rest (self->runner);
}

static void
checkin_clicked_cb (ScapulaTodayView *self)
{
  g_autoptr(GError) error = NULL;
  ScapulaPainAdvice advice = SCAPULA_PAIN_ADVICE_NONE;
  guint pain = (guint) CLAMP (round (gtk_range_get_value (GTK_RANGE (self->pain_scale))), 0, 10);
  gboolean numbness = gtk_check_button_get_active (self->numbness_check);
  g_autofree char *name = NULL;
  guint entry;
  int set;

  if (!scapula_session_get_current (scapula_runner_get_session (self->runner), &entry, &set))
    return;
  name = scapula_runner_dup_exercise_name (self->runner, entry);

  if (!scapula_runner_check_in (self->runner, pain, numbness, &advice, &error))
    {
      show_error (self, error);
      return;
    }

  if (advice != SCAPULA_PAIN_ADVICE_NONE)
    {
      g_autofree char *body = scapula_pain_advice_format (advice, name);
      GtkWidget *dialog = adw_message_dialog_new (get_window (self),
                                                  (advice & SCAPULA_PAIN_ADVICE_STOP)
                                                    ? _("Stop This Movement")
                                                    : _("Time to See a Professional"),
                                                  body);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "ok", _("I Understand"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

static void
checkin_skip_cb (ScapulaTodayView *self)
{
  g_autoptr(GError) error = NULL;

  if (!scapula_runner_skip_check_in (self->runner, &error))
    show_error (self, error);
}

static void
finish_clicked_cb (ScapulaTodayView *self)
{
  g_autoptr(GError) error = NULL;

  if (!scapula_runner_finish (self->runner, &error))
    show_error (self, error);
}

static void
discard_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     ScapulaTodayView *self)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "discard") == 0 && !scapula_runner_discard (self->runner, &error))
    show_error (self, error);
}

static void
discard_clicked_cb (ScapulaTodayView *self)
{
  GtkWidget *dialog = adw_message_dialog_new (get_window (self), _("Discard This Session?"),
                                              _("Every set logged in it is deleted. This cannot be undone."));

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("Cancel"),
                                    "discard", _("Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (discard_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
exercise_picked_cb (const char *slug,
                    gpointer    user_data)
{
  g_autoptr(ScapulaTodayView) self = user_data;
  g_autoptr(GError) error = NULL;

  if (slug != NULL && scapula_runner_get_session (self->runner) != NULL &&
      !scapula_runner_add_exercise (self->runner, slug, &error))
    show_error (self, error);
}

static void
add_exercise_clicked_cb (ScapulaTodayView *self)
{
  GtkWindow *picker = scapula_exercise_picker_new (get_window (self),
                                                   scapula_context_get_catalog (self->context),
                                                   _("Today's Session"), exercise_picked_cb,
                                                   g_object_ref (self));

  gtk_window_present (picker);
}

static void
do_start (ScapulaTodayView *self,
          gboolean          planned)
{
  g_autoptr(GError) error = NULL;

  if (!scapula_runner_start (self->runner, planned ? scapula_runner_get_today (self->runner) : NULL, &error))
    show_error (self, error);
}

static void
medical_note_response_cb (AdwMessageDialog *dialog,
                          const char       *response,
                          ScapulaTodayView *self)
{
  gboolean planned = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "planned"));

  if (g_strcmp0 (response, "accept") != 0)
    return;

  g_settings_set_boolean (scapula_context_get_settings (self->context), "medical-note-shown", TRUE);
  do_start (self, planned);
}

/* Before the first session, once: what the app is and is not. */
static void
start (ScapulaTodayView *self,
       gboolean          planned)
{
  GtkWidget *dialog;

  if (g_settings_get_boolean (scapula_context_get_settings (self->context), "medical-note-shown"))
    {
      do_start (self, planned);
      return;
    }

  dialog = adw_message_dialog_new (get_window (self), _("Before Your First Session"),
                                   scapula_pain_get_medical_note ());
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("Not Now"),
                                    "accept", _("I Understand"),
                                    NULL);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "accept");
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "accept",
                                              ADW_RESPONSE_SUGGESTED);
  g_object_set_data (G_OBJECT (dialog), "planned", GINT_TO_POINTER (planned));
  g_signal_connect_object (dialog, "response", G_CALLBACK (medical_note_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
start_clicked_cb (ScapulaTodayView *self)
{
  start (self, TRUE);
}

static void
unplanned_clicked_cb (ScapulaTodayView *self)
{
  start (self, FALSE);
}

static void
summary_done_cb (ScapulaTodayView *self)
{
  scapula_runner_clear_summary (self->runner);
}

static void
figure_clicked_cb (ScapulaTodayView *self)
{
  ScapulaSession *session = scapula_runner_get_session (self->runner);
  ScapulaExercise *exercise;
  GtkWidget *window, *toolbar, *header, *page;
  guint entry;

  if (session == NULL || !scapula_session_get_current (session, &entry, NULL))
    return;

  exercise = scapula_runner_lookup (self->runner,
                                    scapula_session_entry_get_exercise (scapula_session_get_entry (session, entry)));
  if (exercise == NULL)
    return;

  window = adw_window_new ();
  gtk_window_set_transient_for (GTK_WINDOW (window), get_window (self));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_title (GTK_WINDOW (window), scapula_exercise_get_name (exercise));
  gtk_window_set_default_size (GTK_WINDOW (window), 640, 720);
  toolbar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  page = scapula_exercise_page_new ();
  scapula_exercise_page_set_catalog (SCAPULA_EXERCISE_PAGE (page), scapula_context_get_catalog (self->context));
  scapula_exercise_page_set_exercise (SCAPULA_EXERCISE_PAGE (page), exercise);
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (toolbar), header);
  gtk_box_append (GTK_BOX (toolbar), page);
  adw_window_set_content (ADW_WINDOW (window), toolbar);
  {
    GtkEventController *keys = gtk_shortcut_controller_new ();

    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                            gtk_named_action_new ("window.close")));
    gtk_widget_add_controller (window, keys);
  }
  gtk_window_present (GTK_WINDOW (window));
}

/* Keyboard: one action per shortcut, each doing what its button does. */
static void
key_action (GtkWidget  *widget,
            const char *action,
            GVariant   *parameter)
{
  ScapulaTodayView *self = SCAPULA_TODAY_VIEW (widget);
  const char *panel = gtk_stack_get_visible_child_name (self->actions);

  if (scapula_runner_get_session (self->runner) == NULL)
    return;

  if (g_str_equal (action, "today.confirm"))
    {
      if (g_strcmp0 (panel, "log") == 0)
        log_clicked_cb (self);
      else if (g_strcmp0 (panel, "checkin") == 0)
        checkin_clicked_cb (self);
      else if (g_strcmp0 (panel, "done") == 0)
        finish_clicked_cb (self);
    }
  else if (g_str_equal (action, "today.skip"))
    {
      if (g_strcmp0 (panel, "checkin") == 0)
        checkin_skip_cb (self);
      else
        skip_clicked_cb (self);
    }
  else if (g_str_equal (action, "today.timer"))
    {
      if (scapula_timer_get_active (scapula_runner_get_activity_timer (self->runner)) ||
          scapula_timer_get_active (scapula_runner_get_rest_timer (self->runner)))
        scapula_runner_toggle_pause (self->runner);
      else
        timer_start_cb (self);
    }
  else if (g_str_equal (action, "today.rest-plus"))
    rest_plus_cb (self);
  else if (g_str_equal (action, "today.rest-minus"))
    rest_minus_cb (self);
  else if (g_str_equal (action, "today.rest-skip"))
    rest_skip_cb (self);
  else if (g_str_equal (action, "today.finish"))
    finish_clicked_cb (self);
}

/* Building */

static GtkWidget *
build_start_page (ScapulaTodayView *self)
{
  GtkWidget *page = adw_status_page_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  self->start_page = ADW_STATUS_PAGE (page);
  adw_status_page_set_icon_name (self->start_page, "scapula-today-symbolic");

  self->start_list = add_label (GTK_BOX (box), NULL, NULL);
  gtk_label_set_xalign (self->start_list, 0.5);
  gtk_label_set_justify (self->start_list, GTK_JUSTIFY_CENTER);

  gtk_widget_set_halign (buttons, GTK_ALIGN_CENTER);
  self->start_button = add_button (GTK_BOX (buttons), _("Start Session"), "suggested-action",
                                   G_CALLBACK (start_clicked_cb), self);
  gtk_widget_add_css_class (GTK_WIDGET (self->start_button), "pill");
  self->unplanned_button = add_button (GTK_BOX (buttons), _("Start Without a Plan"), "pill",
                                       G_CALLBACK (unplanned_clicked_cb), self);
  gtk_box_append (GTK_BOX (box), buttons);

  adw_status_page_set_child (self->start_page, box);
  return page;
}

static GtkWidget *
build_summary_page (ScapulaTodayView *self)
{
  GtkWidget *page = adw_status_page_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *clamp = adw_clamp_new ();
  GtkButton *done;

  self->summary_page = ADW_STATUS_PAGE (page);
  adw_status_page_set_icon_name (self->summary_page, "emblem-ok-symbolic");
  adw_status_page_set_title (self->summary_page, _("Session Complete"));

  self->summary_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->summary_group, _("Records and Notes"));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->summary_group));

  done = add_button (GTK_BOX (box), _("Done"), "pill", G_CALLBACK (summary_done_cb), self);
  gtk_widget_set_halign (GTK_WIDGET (done), GTK_ALIGN_CENTER);

  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 560);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  adw_status_page_set_child (self->summary_page, clamp);
  return page;
}

static AdwEntryRow *
add_entry_row (ScapulaTodayView    *self,
               AdwPreferencesGroup *group,
               const char          *title,
               const char          *accessible_name,
               GtkInputPurpose      purpose)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name, -1);
  adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), purpose);
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), FALSE);
  g_signal_connect_swapped (row, "changed", G_CALLBACK (inputs_changed_cb), self);
  g_signal_connect_swapped (row, "entry-activated", G_CALLBACK (log_clicked_cb), self);
  adw_preferences_group_add (group, row);
  return ADW_ENTRY_ROW (row);
}

static GtkWidget *
build_actions (ScapulaTodayView *self)
{
  GtkWidget *stack = gtk_stack_new ();
  GtkWidget *log = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *timer = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *checkin = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *done = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *buttons;
  AdwPreferencesGroup *group;

  self->actions = GTK_STACK (stack);
  gtk_stack_set_vhomogeneous (self->actions, FALSE);
  gtk_stack_set_hhomogeneous (self->actions, FALSE);
  gtk_stack_set_transition_type (self->actions, GTK_STACK_TRANSITION_TYPE_CROSSFADE);

  /* Logging a set */
  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  self->weight_row = add_entry_row (self, group, _("Weight"), _("Weight"), GTK_INPUT_PURPOSE_NUMBER);
  self->reps_row = add_entry_row (self, group, _("Reps"), _("Reps"), GTK_INPUT_PURPOSE_DIGITS);
  self->rpe_row = add_entry_row (self, group, _("RPE, 1–10 (optional)"), _("RPE"), GTK_INPUT_PURPOSE_NUMBER);
  gtk_box_append (GTK_BOX (log), GTK_WIDGET (group));
  self->set_message = add_label (GTK_BOX (log), "error", _("Problem with the set"));
  gtk_widget_set_visible (GTK_WIDGET (self->set_message), FALSE);
  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  self->skip_button = add_button (GTK_BOX (buttons), _("Skip Set"), NULL, G_CALLBACK (skip_clicked_cb), self);
  self->log_button = add_button (GTK_BOX (buttons), _("Log Set"), "suggested-action",
                                 G_CALLBACK (log_clicked_cb), self);
  gtk_box_append (GTK_BOX (log), buttons);
  gtk_stack_add_named (self->actions, log, "log");

  /* Timing the cardio or a hold */
  gtk_widget_add_css_class (timer, "card");
  self->timer_label = add_label (GTK_BOX (timer), "scapula-timer", _("Time remaining"));
  gtk_label_set_xalign (self->timer_label, 0.5);
  gtk_widget_set_margin_top (GTK_WIDGET (self->timer_label), 18);
  self->phase_label = add_label (GTK_BOX (timer), "dim-label", NULL);
  gtk_label_set_xalign (self->phase_label, 0.5);
  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_halign (buttons, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (buttons, 12);
  gtk_widget_set_margin_bottom (buttons, 18);
  add_button (GTK_BOX (buttons), _("Skip"), "pill", G_CALLBACK (skip_clicked_cb), self);
  self->timer_stop_button = add_button (GTK_BOX (buttons), _("Stop"), "pill", G_CALLBACK (timer_stop_cb), self);
  self->timer_pause_button = add_button (GTK_BOX (buttons), _("Pause"), "pill", G_CALLBACK (timer_pause_cb), self);
  self->timer_start_button = add_button (GTK_BOX (buttons), _("Start"), "pill", G_CALLBACK (timer_start_cb), self);
  gtk_widget_add_css_class (GTK_WIDGET (self->timer_start_button), "suggested-action");
  gtk_widget_set_visible (GTK_WIDGET (self->timer_stop_button), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->timer_pause_button), FALSE);
  gtk_box_append (GTK_BOX (timer), buttons);
  gtk_stack_add_named (self->actions, timer, "timer");

  /* The pain check-in */
  self->checkin_title = add_label (GTK_BOX (checkin), "heading", NULL);
  self->pain_scale = GTK_SCALE (gtk_scale_new_with_range (GTK_ORIENTATION_HORIZONTAL, 0, 10, 1));
  gtk_scale_set_digits (self->pain_scale, 0);
  gtk_scale_set_draw_value (self->pain_scale, FALSE);
  for (int i = 0; i <= 10; i++)
    {
      g_autofree char *mark = g_strdup_printf ("%d", i);

      gtk_scale_add_mark (self->pain_scale, i, GTK_POS_BOTTOM, mark);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->pain_scale), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Pain, from 0 to 10"), -1);
  gtk_box_append (GTK_BOX (checkin), GTK_WIDGET (self->pain_scale));
  self->numbness_check = GTK_CHECK_BUTTON (gtk_check_button_new_with_label (_("Numbness or tingling")));
  gtk_box_append (GTK_BOX (checkin), GTK_WIDGET (self->numbness_check));
  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  {
    GtkButton *skip = add_button (GTK_BOX (buttons), _("Skip"), NULL, G_CALLBACK (checkin_skip_cb), self);

    gtk_accessible_update_property (GTK_ACCESSIBLE (skip), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Skip Check-In"), -1);
  }
  self->checkin_button = add_button (GTK_BOX (buttons), _("Save"), "suggested-action",
                                     G_CALLBACK (checkin_clicked_cb), self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->checkin_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Save Check-In"), -1);
  gtk_box_append (GTK_BOX (checkin), buttons);
  gtk_stack_add_named (self->actions, checkin, "checkin");

  /* Everything done */
  {
    GtkButton *finish = add_button (GTK_BOX (done), _("Finish Session"), "suggested-action",
                                    G_CALLBACK (finish_clicked_cb), self);

    gtk_widget_add_css_class (GTK_WIDGET (finish), "pill");
    gtk_widget_set_halign (GTK_WIDGET (finish), GTK_ALIGN_CENTER);
  }
  gtk_stack_add_named (self->actions, done, "done");

  return stack;
}

static GtkWidget *
build_run_page (ScapulaTodayView *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *rest_buttons;
  GtkWidget *footer;
  GtkButton *button;

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), CLAMP_WIDTH);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  /* Where the session is */
  self->progress_label = add_label (GTK_BOX (box), "dim-label", NULL);
  self->progress_bar = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress_bar), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Session progress"), -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->progress_bar));

  /* The current set: the first form step's picture, which opens every
   * step, beside what to do. */
  self->figure = scapula_figure_new ();
  gtk_widget_set_size_request (self->figure, 112, 112);
  self->figure_button = gtk_button_new ();
  gtk_button_set_child (GTK_BUTTON (self->figure_button), self->figure);
  gtk_widget_add_css_class (self->figure_button, "flat");
  gtk_widget_set_valign (self->figure_button, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (self->figure_button, _("Show Every Form Step"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->figure_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Show Every Form Step"), -1);
  g_signal_connect_swapped (self->figure_button, "clicked", G_CALLBACK (figure_clicked_cb), self);
  gtk_box_append (GTK_BOX (card), self->figure_button);

  gtk_widget_set_hexpand (texts, TRUE);
  gtk_widget_set_valign (texts, GTK_ALIGN_CENTER);
  self->exercise_label = add_label (GTK_BOX (texts), "title-2", NULL);
  self->set_label = add_label (GTK_BOX (texts), "heading", _("Current set"));
  self->target_label = add_label (GTK_BOX (texts), NULL, NULL);
  self->last_label = add_label (GTK_BOX (texts), "dim-label", NULL);
  gtk_box_append (GTK_BOX (card), texts);
  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "scapula-current-set");
  gtk_box_append (GTK_BOX (box), card);

  /* The rest between sets */
  self->rest_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_add_css_class (self->rest_box, "card");
  gtk_widget_add_css_class (self->rest_box, "scapula-rest");
  {
    GtkWidget *texts_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
    GtkLabel *caption = add_label (GTK_BOX (texts_box), "caption-heading", NULL);

    gtk_label_set_text (caption, _("Rest"));
    self->rest_label = add_label (GTK_BOX (texts_box), "scapula-rest-time", _("Rest remaining"));
    gtk_widget_set_hexpand (texts_box, TRUE);
    gtk_box_append (GTK_BOX (self->rest_box), texts_box);
  }
  rest_buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_valign (rest_buttons, GTK_ALIGN_CENTER);
  button = add_button (GTK_BOX (rest_buttons), _("−15 s"), "circular", G_CALLBACK (rest_minus_cb), self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove 15 Seconds"), -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (button), _("Remove 15 Seconds"));
  button = add_button (GTK_BOX (rest_buttons), _("+15 s"), "circular", G_CALLBACK (rest_plus_cb), self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Add 15 Seconds"), -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (button), _("Add 15 Seconds"));
  button = add_button (GTK_BOX (rest_buttons), NULL, "circular", G_CALLBACK (rest_skip_cb), self);
  gtk_button_set_icon_name (button, "media-skip-forward-symbolic");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Skip Rest"), -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (button), _("Skip Rest"));
  gtk_box_append (GTK_BOX (self->rest_box), rest_buttons);
  gtk_box_append (GTK_BOX (box), self->rest_box);

  gtk_box_append (GTK_BOX (box), build_actions (self));

  /* The whole session */
  self->queue_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->queue_group, _("This Session"));
  {
    GtkWidget *add = gtk_button_new_from_icon_name ("list-add-symbolic");

    gtk_widget_add_css_class (add, "flat");
    gtk_widget_set_tooltip_text (add, _("Add an Exercise"));
    gtk_accessible_update_property (GTK_ACCESSIBLE (add), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Add an Exercise"), -1);
    g_signal_connect_swapped (add, "clicked", G_CALLBACK (add_exercise_clicked_cb), self);
    adw_preferences_group_set_header_suffix (self->queue_group, add);
  }
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->queue_group));

  footer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_halign (footer, GTK_ALIGN_CENTER);
  add_button (GTK_BOX (footer), _("Discard Session…"), "destructive-action", G_CALLBACK (discard_clicked_cb), self);
  add_button (GTK_BOX (footer), _("Finish Session"), NULL, G_CALLBACK (finish_clicked_cb), self);
  gtk_box_append (GTK_BOX (box), footer);

  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  return scrolled;
}

/* GtkWidget */

static void
surface_state_cb (ScapulaTodayView *self)
{
  update_ticking (self);
}

static void
scapula_today_view_map (GtkWidget *widget)
{
  ScapulaTodayView *self = SCAPULA_TODAY_VIEW (widget);
  GtkNative *native;

  GTK_WIDGET_CLASS (scapula_today_view_parent_class)->map (widget);

  native = gtk_widget_get_native (widget);
  self->surface = native != NULL ? gtk_native_get_surface (native) : NULL;
  if (self->surface != NULL)
    self->surface_state_id = g_signal_connect_swapped (self->surface, "notify::state",
                                                       G_CALLBACK (surface_state_cb), self);
  update_ticking (self);
}

static void
scapula_today_view_unmap (GtkWidget *widget)
{
  ScapulaTodayView *self = SCAPULA_TODAY_VIEW (widget);

  if (self->surface != NULL)
    g_clear_signal_handler (&self->surface_state_id, self->surface);
  self->surface = NULL;

  GTK_WIDGET_CLASS (scapula_today_view_parent_class)->unmap (widget);
  update_ticking (self);
}

static void
scapula_today_view_dispose (GObject *object)
{
  ScapulaTodayView *self = SCAPULA_TODAY_VIEW (object);

  if (self->inhibit_cookie != 0)
    {
      GtkWindow *window = get_window (self);
      GtkApplication *app = window != NULL ? gtk_window_get_application (window) : NULL;

      if (app != NULL)
        gtk_application_uninhibit (app, self->inhibit_cookie);
      self->inhibit_cookie = 0;
    }

  if (self->runner != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->runner, self);
      g_signal_handlers_disconnect_by_data (scapula_runner_get_rest_timer (self->runner), self);
      g_signal_handlers_disconnect_by_data (scapula_runner_get_activity_timer (self->runner), self);
    }

  if (self->pages != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->pages));
  self->pages = NULL;

  g_clear_object (&self->runner);
  g_clear_object (&self->context);
  g_clear_pointer (&self->queue_rows, g_ptr_array_unref);
  g_clear_pointer (&self->summary_rows, g_ptr_array_unref);
  g_clear_pointer (&self->shown_set, g_free);

  G_OBJECT_CLASS (scapula_today_view_parent_class)->dispose (object);
}

static void
scapula_today_view_class_init (ScapulaTodayViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const char * const key_actions[] = {
    "today.confirm", "today.skip", "today.timer", "today.rest-plus", "today.rest-minus",
    "today.rest-skip", "today.finish",
  };

  object_class->dispose = scapula_today_view_dispose;
  widget_class->map = scapula_today_view_map;
  widget_class->unmap = scapula_today_view_unmap;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "today-view");

  for (guint i = 0; i < G_N_ELEMENTS (key_actions); i++)
    gtk_widget_class_install_action (widget_class, key_actions[i], NULL, key_action);
  gtk_widget_class_install_action (widget_class, "entry.up", "u", row_action);
  gtk_widget_class_install_action (widget_class, "entry.down", "u", row_action);
  gtk_widget_class_install_action (widget_class, "entry.skip", "u", row_action);
  gtk_widget_class_install_action (widget_class, "entry.add-set", "u", row_action);
  gtk_widget_class_install_action (widget_class, "entry.swap", "(us)", row_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "today.confirm", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "today.confirm", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "today.skip", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, GDK_CONTROL_MASK, "today.timer", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "today.rest-plus", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "today.rest-plus", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "today.rest-minus", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "today.rest-plus", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "today.rest-minus", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "today.rest-skip", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "today.finish", NULL);
}

static void
scapula_today_view_init (ScapulaTodayView *self)
{
  self->queue_rows = g_ptr_array_new ();
  self->summary_rows = g_ptr_array_new ();

  self->pages = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_transition_type (self->pages, GTK_STACK_TRANSITION_TYPE_CROSSFADE);
  gtk_stack_set_hhomogeneous (self->pages, FALSE);
  gtk_stack_add_named (self->pages, build_start_page (self), "start");
  gtk_stack_add_named (self->pages, build_run_page (self), "run");
  gtk_stack_add_named (self->pages, build_summary_page (self), "summary");
  gtk_widget_set_parent (GTK_WIDGET (self->pages), GTK_WIDGET (self));
}

/**
 * scapula_today_view_new:
 * @context: the app's context
 * @clock: the clock the timers run on
 * @alerts: where sounds and notifications go
 *
 * Returns: (transfer floating): a new Today view
 */
GtkWidget *
scapula_today_view_new (ScapulaContext *context,
                        ScapulaClock   *clock,
                        ScapulaAlerts  *alerts)
{
  ScapulaTodayView *self;

  g_return_val_if_fail (SCAPULA_IS_CONTEXT (context), NULL);

  self = g_object_new (SCAPULA_TYPE_TODAY_VIEW, NULL);
  self->context = g_object_ref (context);
  self->runner = scapula_runner_new (context, clock, alerts);

  g_signal_connect_object (self->runner, "changed", G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->runner, "failed", G_CALLBACK (show_failure), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (scapula_runner_get_rest_timer (self->runner), "tick",
                           G_CALLBACK (update_clock_labels), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (scapula_runner_get_activity_timer (self->runner), "tick",
                           G_CALLBACK (update_clock_labels), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (scapula_runner_get_rest_timer (self->runner), "notify::active",
                           G_CALLBACK (update_clock_labels), self, G_CONNECT_SWAPPED);

  refresh (self);
  return GTK_WIDGET (self);
}

/**
 * scapula_today_view_get_runner:
 * @self: a Today view
 *
 * Returns: (transfer none): its runner
 */
ScapulaRunner *
scapula_today_view_get_runner (ScapulaTodayView *self)
{
  g_return_val_if_fail (SCAPULA_IS_TODAY_VIEW (self), NULL);

  return self->runner;
}

/**
 * scapula_today_view_resume:
 * @self: a Today view
 *
 * Picks up a session that was under way when the app last stopped.
 *
 * Returns: %TRUE when one was resumed
 */
gboolean
scapula_today_view_resume (ScapulaTodayView *self)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (SCAPULA_IS_TODAY_VIEW (self), FALSE);

  if (scapula_runner_get_session (self->runner) != NULL)
    return TRUE;

  if (!scapula_runner_resume (self->runner, &error))
    {
      if (error != NULL)
        show_error (self, error);
      refresh (self);
      return FALSE;
    }

  return TRUE;
}

GtkWidget *
_scapula_today_view_get_widget (ScapulaTodayView   *self,
                                ScapulaTodayWidget  which)
{
  g_return_val_if_fail (SCAPULA_IS_TODAY_VIEW (self), NULL);

  switch (which)
    {
    case SCAPULA_TODAY_WIDGET_PAGES: return GTK_WIDGET (self->pages);
    case SCAPULA_TODAY_WIDGET_START_BUTTON: return GTK_WIDGET (self->start_button);
    case SCAPULA_TODAY_WIDGET_UNPLANNED_BUTTON: return GTK_WIDGET (self->unplanned_button);
    case SCAPULA_TODAY_WIDGET_SET_LABEL: return GTK_WIDGET (self->set_label);
    case SCAPULA_TODAY_WIDGET_TARGET_LABEL: return GTK_WIDGET (self->target_label);
    case SCAPULA_TODAY_WIDGET_LAST_LABEL: return GTK_WIDGET (self->last_label);
    case SCAPULA_TODAY_WIDGET_REST_BOX: return self->rest_box;
    case SCAPULA_TODAY_WIDGET_REST_LABEL: return GTK_WIDGET (self->rest_label);
    case SCAPULA_TODAY_WIDGET_ACTIONS: return GTK_WIDGET (self->actions);
    case SCAPULA_TODAY_WIDGET_WEIGHT: return GTK_WIDGET (self->weight_row);
    case SCAPULA_TODAY_WIDGET_REPS: return GTK_WIDGET (self->reps_row);
    case SCAPULA_TODAY_WIDGET_RPE: return GTK_WIDGET (self->rpe_row);
    case SCAPULA_TODAY_WIDGET_SET_MESSAGE: return GTK_WIDGET (self->set_message);
    case SCAPULA_TODAY_WIDGET_LOG_BUTTON: return GTK_WIDGET (self->log_button);
    case SCAPULA_TODAY_WIDGET_TIMER_LABEL: return GTK_WIDGET (self->timer_label);
    case SCAPULA_TODAY_WIDGET_PAIN_SCALE: return GTK_WIDGET (self->pain_scale);
    case SCAPULA_TODAY_WIDGET_SUMMARY_PAGE: return GTK_WIDGET (self->summary_page);
    default: g_return_val_if_reached (NULL);
    }
}
