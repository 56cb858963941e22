/* scapula-window.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "scapula-window"

#include "config.h"

#include <glib/gi18n.h>

#include "scapula-database.h"
#include "scapula-preferences.h"
#include "scapula-progress-view.h"
#include "scapula-desktop-alerts.h"
#include "scapula-today-view.h"
#include "scapula-week-view.h"
#include "scapula-exercises-view.h"
#include "scapula-muscles-view.h"
#include "scapula-window-private.h"

struct _ScapulaWindow
{
  AdwApplicationWindow  parent_instance;

  /* Owned references */
  ScapulaContext       *context;

  /* Template widgets */
  AdwViewStack         *stack;
  AdwViewSwitcherBar   *switcher_bar;
  AdwToastOverlay      *toast_overlay;
  ScapulaExercisesView *exercises_view;
  AdwBin               *muscles_bin;

  /* Built the first time its view is shown */
  ScapulaMusclesView   *muscles_view;
  ScapulaTodayView     *today_view;
};

G_DEFINE_FINAL_TYPE (ScapulaWindow, scapula_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
view_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ScapulaWindow *self = SCAPULA_WINDOW (widget);
  const char *name = g_variant_get_string (parameter, NULL);

  if (adw_view_stack_get_child_by_name (self->stack, name) != NULL)
    adw_view_stack_set_visible_child_name (self->stack, name);
}

/* Built on first use rather than by GtkApplication for every window: it is
 * a large template and startup time matters more. */
static void
show_shortcuts_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  g_autoptr(GtkBuilder) builder = NULL;
  GtkWindow *shortcuts;

  builder = gtk_builder_new_from_resource (RESOURCE_BASE "/ui/scapula-shortcuts-window.ui");
  shortcuts = GTK_WINDOW (gtk_builder_get_object (builder, "shortcuts_window"));
  gtk_window_set_transient_for (shortcuts, GTK_WINDOW (widget));
  gtk_window_present (shortcuts);
}

static void
preferences_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ScapulaWindow *self = SCAPULA_WINDOW (widget);

  scapula_preferences_new (GTK_WINDOW (self), scapula_context_get_settings (self->context));
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ScapulaWindow *self = SCAPULA_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->stack, "exercises");
  scapula_exercises_view_focus_search (self->exercises_view);
}

/* An exercise chosen anywhere (a muscle's list, later the planner) opens in
 * the Exercises view. */
static void
exercise_activated_cb (ScapulaWindow   *self,
                       ScapulaExercise *exercise)
{
  adw_view_stack_set_visible_child_name (self->stack, "exercises");
  scapula_exercises_view_show (self->exercises_view, exercise);
}

/* Views other than the first are built when first shown (each page of the
 * stack starts as an empty AdwBin), so they cost nothing before the first
 * frame. */
static ScapulaMusclesView *
ensure_muscles_view (ScapulaWindow *self)
{
  if (self->muscles_view == NULL)
    {
      self->muscles_view = SCAPULA_MUSCLES_VIEW (scapula_muscles_view_new (self->context));
      g_signal_connect_object (self->muscles_view, "exercise-activated",
                               G_CALLBACK (exercise_activated_cb), self, G_CONNECT_SWAPPED);
      adw_bin_set_child (self->muscles_bin, GTK_WIDGET (self->muscles_view));
    }

  return self->muscles_view;
}

/* The Today view runs on the real clock and tells the desktop when a rest
 * is over; a window without an application (in tests) keeps the alerts to
 * itself. */
static ScapulaTodayView *
ensure_today_view (ScapulaWindow *self)
{
  GtkApplication *app;
  g_autoptr(ScapulaAlerts) alerts = NULL;
  GtkWidget *bin;

  if (self->today_view != NULL || scapula_context_get_database (self->context) == NULL)
    return self->today_view;

  app = gtk_window_get_application (GTK_WINDOW (self));
  if (app != NULL)
    alerts = SCAPULA_ALERTS (scapula_desktop_alerts_new (app, scapula_context_get_settings (self->context)));
  else
    alerts = SCAPULA_ALERTS (scapula_recording_alerts_new ());

  self->today_view = SCAPULA_TODAY_VIEW (scapula_today_view_new (self->context, scapula_clock_get_system (),
                                                                 alerts));
  bin = adw_view_stack_get_child_by_name (self->stack, "today");
  adw_bin_set_child (ADW_BIN (bin), GTK_WIDGET (self->today_view));

  return self->today_view;
}

/* Once the database is open: a session that was under way when the app
 * stopped comes back on screen where it was. */
static void
database_ready_cb (ScapulaWindow *self)
{
  ScapulaTodayView *today = ensure_today_view (self);

  if (today != NULL && scapula_today_view_resume (today))
    adw_view_stack_set_visible_child_name (self->stack, "today");
}

static void
visible_child_cb (ScapulaWindow *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->stack);
  GtkWidget *bin = adw_view_stack_get_visible_child (self->stack);

  if (g_strcmp0 (name, "muscles") == 0)
    {
      ensure_muscles_view (self);
      return;
    }

  if (!ADW_IS_BIN (bin) || adw_bin_get_child (ADW_BIN (bin)) != NULL)
    return;

  if (g_strcmp0 (name, "week") == 0)
    {
      adw_bin_set_child (ADW_BIN (bin), GTK_WIDGET (scapula_week_view_new (self->context)));
      return;
    }

  if (g_strcmp0 (name, "today") == 0)
    {
      ensure_today_view (self);
      return;
    }

  if (g_strcmp0 (name, "progress") == 0)
    adw_bin_set_child (ADW_BIN (bin), scapula_progress_view_new (self->context, scapula_clock_get_system ()));
}

static void
save_window_state (ScapulaWindow *self)
{
  GSettings *settings = scapula_context_get_settings (self->context);
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);

  g_settings_delay (settings);
  g_settings_set_int (settings, "window-width", width);
  g_settings_set_int (settings, "window-height", height);
  g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_apply (settings);
}

/* Unmap, not close-request: it also runs when the app quits without the
 * window being closed (Ctrl+Q, SIGTERM at logout). */
static void
scapula_window_unmap (GtkWidget *widget)
{
  save_window_state (SCAPULA_WINDOW (widget));

  GTK_WIDGET_CLASS (scapula_window_parent_class)->unmap (widget);
}

static void
scapula_window_constructed (GObject *object)
{
  ScapulaWindow *self = (ScapulaWindow *)object;
  GSettings *settings;

  G_OBJECT_CLASS (scapula_window_parent_class)->constructed (object);

  g_assert (SCAPULA_IS_CONTEXT (self->context));

  settings = scapula_context_get_settings (self->context);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  scapula_exercises_view_set_catalog (self->exercises_view,
                                      scapula_context_get_catalog (self->context));

  g_signal_connect_object (self->context, "notify::plan-store", G_CALLBACK (database_ready_cb),
                           self, G_CONNECT_SWAPPED);
  if (scapula_context_get_database (self->context) != NULL)
    database_ready_cb (self);
}

static void
scapula_window_dispose (GObject *object)
{
  ScapulaWindow *self = (ScapulaWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), SCAPULA_TYPE_WINDOW);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (scapula_window_parent_class)->dispose (object);
}

static void
scapula_window_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ScapulaWindow *self = SCAPULA_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scapula_window_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  ScapulaWindow *self = SCAPULA_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scapula_window_class_init (ScapulaWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const char *views[] = { "exercises", "muscles", "week", "today", "progress" };

  object_class->constructed = scapula_window_constructed;
  object_class->dispose = scapula_window_dispose;
  object_class->get_property = scapula_window_get_property;
  object_class->set_property = scapula_window_set_property;

  widget_class->unmap = scapula_window_unmap;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         SCAPULA_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/scapula-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ScapulaWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, ScapulaWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, ScapulaWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, ScapulaWindow, exercises_view);
  gtk_widget_class_bind_template_child (widget_class, ScapulaWindow, muscles_bin);
  gtk_widget_class_bind_template_callback (widget_class, visible_child_cb);

  gtk_widget_class_install_action (widget_class, "win.view", "s", view_action);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "win.preferences", NULL, preferences_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_comma, GDK_CONTROL_MASK, "win.preferences", NULL);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_shortcuts_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_question, GDK_CONTROL_MASK,
                                       "win.show-help-overlay", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.find", NULL);

  /* Alt+1 … Alt+5 switch views, as in other GNOME apps with a view switcher. */
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "win.view", "s", views[i]);

  g_type_ensure (SCAPULA_TYPE_EXERCISES_VIEW);
}

static void
scapula_window_init (ScapulaWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * scapula_window_new:
 * @application: (nullable): the #GtkApplication, or %NULL in tests
 * @context: the app's services
 *
 * Returns: (transfer full): a new main window
 */
ScapulaWindow *
scapula_window_new (gpointer        application,
                    ScapulaContext *context)
{
  g_return_val_if_fail (!application || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (SCAPULA_IS_CONTEXT (context), NULL);

  return g_object_new (SCAPULA_TYPE_WINDOW,
                       "application", application,
                       "context", context,
                       NULL);
}

/**
 * scapula_window_show_database_error:
 * @error: why the database could not be opened
 *
 * Tells the person, in plain words, that their saved data is not available
 * and why, with SQLite's own message as detail. The catalog stays usable.
 */
void
scapula_window_show_database_error (ScapulaWindow *self,
                                    const GError  *error)
{
  const char *body;
  g_autofree char *text = NULL;
  AdwMessageDialog *dialog;

  g_return_if_fail (SCAPULA_IS_WINDOW (self));
  g_return_if_fail (error != NULL);

  if (g_error_matches (error, SCAPULA_DATABASE_ERROR, SCAPULA_DATABASE_ERROR_TOO_NEW))
    body = _("Your training data was saved by a newer version of Scapula. "
             "It has been left exactly as it was: update Scapula to use it.");
  else if (g_error_matches (error, SCAPULA_DATABASE_ERROR, SCAPULA_DATABASE_ERROR_CORRUPT))
    body = _("The file that holds your training data is damaged. "
             "It has been left as it is so nothing more is lost.");
  else if (g_error_matches (error, SCAPULA_DATABASE_ERROR, SCAPULA_DATABASE_ERROR_FULL))
    body = _("The disk is full, so your training data cannot be saved. "
             "Free some space and start Scapula again.");
  else
    body = _("Your training data could not be opened, so nothing can be saved "
             "until this is fixed. The exercise catalog still works.");

  text = g_strdup_printf ("%s\n\n%s", body, error->message);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Training Data Unavailable"),
                                                       text));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

AdwViewStack *
_scapula_window_get_stack (ScapulaWindow *self)
{
  return self->stack;
}

ScapulaExercisesView *
_scapula_window_get_exercises_view (ScapulaWindow *self)
{
  return self->exercises_view;
}

ScapulaMusclesView *
_scapula_window_get_muscles_view (ScapulaWindow *self)
{
  return ensure_muscles_view (self);
}

AdwViewSwitcherBar *
_scapula_window_get_switcher_bar (ScapulaWindow *self)
{
  return self->switcher_bar;
}
