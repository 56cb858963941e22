/* scapula-application.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "scapula-application"

#include "config.h"

#include <glib/gi18n.h>
#include <glib-unix.h>
#include <signal.h>

#include "scapula-application.h"
#include "scapula-first-frame.h"
#include "scapula-init.h"
#include "scapula-window.h"

struct _ScapulaApplication
{
  AdwApplication  parent_instance;

  ScapulaContext *context;      /* owned, created in startup */
  GCancellable   *cancellable;  /* owned, cancelled in shutdown */
};

G_DEFINE_FINAL_TYPE (ScapulaApplication, scapula_application, ADW_TYPE_APPLICATION)

static void
open_database_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(ScapulaApplication) self = user_data;
  g_autoptr(GError) error = NULL;
  GtkWindow *window;

  if (scapula_context_open_database_finish (SCAPULA_CONTEXT (object), result, &error))
    return;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_message ("%s", error->message);

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (SCAPULA_IS_WINDOW (window))
    scapula_window_show_database_error (SCAPULA_WINDOW (window), error);
}

static void
scapula_application_activate (GApplication *app)
{
  ScapulaApplication *self = SCAPULA_APPLICATION (app);
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window == NULL)
    {
      window = GTK_WINDOW (scapula_window_new (self, self->context));

      if (g_getenv ("SCAPULA_BENCH_FIRST_FRAME") != NULL)
        scapula_first_frame_report (window);
    }

  gtk_window_present (window);

  /* Open the database only once the window is on its way to the screen:
   * the catalog comes from the resources, so nothing in the first frame
   * waits for the disk. */
  if (scapula_context_get_database (self->context) == NULL)
    scapula_context_open_database_async (self->context, NULL, self->cancellable,
                                         open_database_cb, g_object_ref (self));
}

static gboolean
quit_on_signal_cb (gpointer user_data)
{
  g_application_quit (G_APPLICATION (user_data));
  return G_SOURCE_REMOVE;
}

static void
scapula_application_startup (GApplication *app)
{
  ScapulaApplication *self = SCAPULA_APPLICATION (app);
  g_autoptr(ScapulaCatalog) catalog = NULL;
  g_autoptr(GSettings) settings = NULL;
  static const char *quit_accels[] = { "<Control>q", NULL };

  scapula_ensure_resources ();

  G_APPLICATION_CLASS (scapula_application_parent_class)->startup (app);

  catalog = scapula_catalog_new_default ();
  settings = g_settings_new (BASE_ID);
  self->context = scapula_context_new (catalog, settings);

  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);

  /* Logout and `kill` send SIGTERM: quit through the normal path, so the
   * window saves its state and the database is closed. */
  g_unix_signal_add (SIGTERM, quit_on_signal_cb, self);
  g_unix_signal_add (SIGINT, quit_on_signal_cb, self);
}

static void
scapula_application_shutdown (GApplication *app)
{
  ScapulaApplication *self = SCAPULA_APPLICATION (app);

  g_cancellable_cancel (self->cancellable);

  G_APPLICATION_CLASS (scapula_application_parent_class)->shutdown (app);

  /* Close the database here, not when its last reference happens to go:
   * pending edits are written, the WAL is folded back into the file and
   * nothing is left half-open. */
  if (self->context != NULL)
    scapula_context_close (self->context);
}

static int
scapula_application_handle_local_options (GApplication *app,
                                          GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return 0;
    }

  return -1;
}

static void
scapula_application_window_added (GtkApplication *app,
                                  GtkWindow      *window)
{
#if DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (window), "devel");
#endif

  GTK_APPLICATION_CLASS (scapula_application_parent_class)->window_added (app, window);
}

static void
scapula_application_dispose (GObject *object)
{
  ScapulaApplication *self = (ScapulaApplication *)object;

  g_clear_object (&self->context);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (scapula_application_parent_class)->dispose (object);
}

static void
scapula_application_constructed (GObject *object)
{
  G_OBJECT_CLASS (scapula_application_parent_class)->constructed (object);

  /* Fixed, so the .Devel app id still finds style.css, the icons and the
   * shortcuts window under the one resource path. */
  g_application_set_resource_base_path (G_APPLICATION (object), RESOURCE_BASE);
}

static void
scapula_application_class_init (ScapulaApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);
  GtkApplicationClass *gtk_app_class = GTK_APPLICATION_CLASS (klass);

  object_class->constructed = scapula_application_constructed;
  object_class->dispose = scapula_application_dispose;

  app_class->activate = scapula_application_activate;
  app_class->startup = scapula_application_startup;
  app_class->shutdown = scapula_application_shutdown;
  app_class->handle_local_options = scapula_application_handle_local_options;

  gtk_app_class->window_added = scapula_application_window_added;
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  ScapulaApplication *self = user_data;
  static const char *developers[] = { "The Scapula developers", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (GTK_APPLICATION (self)),
                        "application-icon", APP_ID,
                        "application-name", _("Scapula"),
                        "developer-name", _("The Scapula developers"),
                        "version", PACKAGE_VERSION,
                        "comments", _("Plan, follow and chart your middle-back training. "
                                      "Everything stays on this computer."),
                        "developers", developers,
                        /* Translators: replace with your names, one per line. */
                        "translator-credits", _("translator-credits"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "copyright", "© 2026 The Scapula developers",
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

/* The default action of the app's notifications: back to the window. */
static void
activate_action (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  g_application_activate (G_APPLICATION (user_data));
}

static const GActionEntry app_actions[] = {
  { .name = "activate", .activate = activate_action },
  { .name = "quit", .activate = quit_action },
  { .name = "about", .activate = about_action },
};

static void
scapula_application_init (ScapulaApplication *self)
{
  static const GOptionEntry options[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and quit"), NULL },
    { NULL }
  };

  self->cancellable = g_cancellable_new ();

  g_application_add_main_option_entries (G_APPLICATION (self), options);
  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
}

ScapulaApplication *
scapula_application_new (void)
{
  return g_object_new (SCAPULA_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       NULL);
}

/**
 * scapula_application_get_context:
 *
 * Returns: (transfer none) (nullable): the context, once the app has started
 */
ScapulaContext *
scapula_application_get_context (ScapulaApplication *self)
{
  g_return_val_if_fail (SCAPULA_IS_APPLICATION (self), NULL);

  return self->context;
}
