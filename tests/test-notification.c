/* test-notification.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Real notifications on a real session bus: run by run-notification-test.sh
 * inside dbus-run-session, with ../shared/tools/fake-notifyd owning
 * org.gtk.Notifications and writing every call it gets to the file named by
 * SCAPULA_NOTIFY_LOG. The test reads that file back.
 *
 * To prove that a notification was *not* sent, a marker is sent straight
 * through GApplication afterwards: calls from one connection arrive in
 * order, so once the marker is in the log, anything sent before it is too. */

#include "config.h"

#include <adwaita.h>

#include "scapula-desktop-alerts-private.h"
#include "scapula-test-ui.h"

#define TEST_APP_ID "io.github.scapula.Scapula.NotificationTest"
#define ADD_PREFIX  "NOTIFY org.gtk.Notifications.AddNotification [\"" TEST_APP_ID "\", "
#define REMOVE_LINE "NOTIFY org.gtk.Notifications.RemoveNotification [\"" TEST_APP_ID "\", "

static const char *log_path;
static GtkApplication *app;
static GSettings *settings;
static ScapulaDesktopAlerts *alerts;
static guint marker_serial;

static void
flush_bus (void)
{
  g_autoptr(GError) error = NULL;

  g_dbus_connection_flush_sync (g_application_get_dbus_connection (G_APPLICATION (app)),
                                NULL, &error);
  g_assert_no_error (error);
}

static char *
read_log (void)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (log_path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

/* Returns: (transfer full) (nullable): the first line of the log that
 * starts with @prefix and contains every string of @parts. */
static char *
find_line (const char         *prefix,
           const char * const *parts)
{
  g_autofree char *contents = read_log ();
  g_auto(GStrv) lines = g_strsplit (contents, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      gboolean all = g_str_has_prefix (lines[i], prefix);

      for (guint j = 0; all && parts[j] != NULL; j++)
        all = strstr (lines[i], parts[j]) != NULL;

      if (all)
        return g_strdup (lines[i]);
    }

  return NULL;
}

static char *
wait_for_line (const char         *prefix,
               const char * const *parts)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  flush_bus ();

  while (g_get_monotonic_time () < deadline)
    {
      char *line = find_line (prefix, parts);

      if (line != NULL)
        return line;

      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (10 * 1000);
    }

  {
    g_autofree char *contents = read_log ();
    g_error ("No line “%s…” with “%s” in the notification log:\n%s",
             prefix, parts[0], contents);
  }
}

/* Sends a marker past the alerts and waits for it: everything sent before
 * it has then reached the server. */
static void
sync_with_server (void)
{
  g_autoptr(GNotification) marker = NULL;
  g_autofree char *id = g_strdup_printf ("marker-%u", ++marker_serial);
  g_autofree char *title = g_strdup_printf ("Marker %u", marker_serial);
  g_autofree char *id_part = g_strdup_printf ("\"%s\"", id);
  const char *parts[] = { id_part, NULL };
  g_autofree char *line = NULL;

  marker = g_notification_new (title);
  g_application_send_notification (G_APPLICATION (app), id, marker);
  line = wait_for_line (ADD_PREFIX, parts);
}

static void
reset (void)
{
  g_settings_set_boolean (settings, "rest-notifications", TRUE);
  _scapula_desktop_alerts_set_window_active_func (alerts, NULL, NULL);
}

/* No window, the key on: the notification goes out with its title, body,
 * priority and default action. */
static void
test_notification_sent (void)
{
  const char *parts[] = {
    "\"rest-over\"",
    "\"title\": \"Rest is over\"",
    "\"body\": \"Next: Prone Y raise, set 2 of 3\"",
    "\"priority\": \"high\"",
    "\"default-action\": \"app.activate\"",
    NULL
  };
  g_autofree char *line = NULL;

  reset ();
  g_assert_null (gtk_application_get_windows (app));
  g_assert_false (_scapula_desktop_alerts_get_window_active (alerts));

  scapula_alerts_notify (SCAPULA_ALERTS (alerts), "rest-over",
                         "Rest is over", "Next: Prone Y raise, set 2 of 3");
  line = wait_for_line (ADD_PREFIX, parts);
  g_test_message ("%s", line);
}

/* The key off: nothing is sent. */
static void
test_notification_turned_off (void)
{
  const char *held_back[] = { "\"title\": \"Held back: turned off\"", NULL };
  g_autofree char *line = NULL;

  reset ();
  g_settings_set_boolean (settings, "rest-notifications", FALSE);

  scapula_alerts_notify (SCAPULA_ALERTS (alerts), "rest-over",
                         "Held back: turned off", "Notifications are turned off");
  sync_with_server ();

  line = find_line (ADD_PREFIX, held_back);
  g_assert_null (line);
  reset ();
}

static gboolean
always_active (gpointer user_data)
{
  return TRUE;
}

/* A window with the focus: the notifications already sent are withdrawn,
 * and new ones are held back. Without a window manager, Xvfb still gives
 * the only window the focus; where it does not, the hook stands in. */
static void
test_notification_window_active (void)
{
  const char *withdrawn[] = { "\"rest-over\"", NULL };
  const char *held_back[] = { "\"title\": \"Held back: window active\"", NULL };
  const char *active_id[] = { "\"while-active\"", NULL };
  g_autofree char *line = NULL;
  g_autofree char *held = NULL;
  g_autofree char *removed = NULL;
  GtkWidget *window;

  reset ();
  scapula_alerts_notify (SCAPULA_ALERTS (alerts), "rest-over", "Rest is over", "Back to it");
  sync_with_server ();

  window = gtk_application_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  scapula_test_wait_for_frames (window, 3);

  if (gtk_window_is_active (GTK_WINDOW (window)))
    {
      g_test_message ("The window is active: testing the real check");
    }
  else
    {
      g_test_message ("No window gets the focus here: testing through the hook");
      _scapula_desktop_alerts_set_window_active_func (alerts, always_active, NULL);
      _scapula_desktop_alerts_window_activated (alerts);
    }
  g_assert_true (_scapula_desktop_alerts_get_window_active (alerts));

  /* Withdrawn as soon as the window has the focus. */
  line = wait_for_line (REMOVE_LINE, withdrawn);

  scapula_alerts_notify (SCAPULA_ALERTS (alerts), "while-active",
                         "Held back: window active", "The window shows it");
  sync_with_server ();
  held = find_line (ADD_PREFIX, held_back);
  g_assert_null (held);

  /* Nothing was shown under that id, but a withdraw still asks: a
   * notification left by a killed run would have the same id. */
  scapula_alerts_withdraw (SCAPULA_ALERTS (alerts), "while-active");
  removed = wait_for_line (REMOVE_LINE, active_id);

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  reset ();
  g_assert_null (gtk_application_get_windows (app));
  g_assert_false (_scapula_desktop_alerts_get_window_active (alerts));
}

/* withdraw() removes a notification; the same id sent again replaces it. */
static void
test_notification_withdraw (void)
{
  const char *first[] = { "\"set-reminder\"", "\"title\": \"First\"", NULL };
  const char *second[] = { "\"set-reminder\"", "\"title\": \"Second\"", "\"body\": \"Replaced\"", NULL };
  const char *removed[] = { "\"set-reminder\"]", NULL };
  g_autofree char *line1 = NULL;
  g_autofree char *line2 = NULL;
  g_autofree char *line3 = NULL;

  reset ();
  scapula_alerts_notify (SCAPULA_ALERTS (alerts), "set-reminder", "First", NULL);
  line1 = wait_for_line (ADD_PREFIX, first);
  g_assert_null (strstr (line1, "\"body\""));

  scapula_alerts_notify (SCAPULA_ALERTS (alerts), "set-reminder", "Second", "Replaced");
  line2 = wait_for_line (ADD_PREFIX, second);

  scapula_alerts_withdraw (SCAPULA_ALERTS (alerts), "set-reminder");
  line3 = wait_for_line (REMOVE_LINE, removed);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  log_path = g_getenv ("SCAPULA_NOTIFY_LOG");
  if (log_path == NULL || g_getenv ("DBUS_SESSION_BUS_ADDRESS") == NULL)
    {
      g_printerr ("Run through run-notification-test.sh (needs a session bus and fake-notifyd): skipping\n");
      return 77;
    }

  if (!scapula_test_ui_init (&argc, &argv))
    return 77;

  app = gtk_application_new (TEST_APP_ID, G_APPLICATION_DEFAULT_FLAGS);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_application_get_is_registered (G_APPLICATION (app)));

  settings = g_settings_new ("io.github.scapula.Scapula");
  alerts = scapula_desktop_alerts_new (app, settings);

  g_test_add_func ("/notification/sent", test_notification_sent);
  g_test_add_func ("/notification/turned-off", test_notification_turned_off);
  g_test_add_func ("/notification/window-active", test_notification_window_active);
  g_test_add_func ("/notification/withdraw", test_notification_withdraw);

  status = g_test_run ();

  g_clear_object (&alerts);
  g_clear_object (&settings);
  flush_bus ();
  g_clear_object (&app);

  return status;
}
