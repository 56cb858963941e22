/* test-desktop-alerts.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The desktop alerts without a session bus: sounds, and the decision
 * whether a notification would be shown. Notifications on a real bus are
 * in test-notification.c.
 *
 * Sounds: GSound is sent to ALSA (CANBERRA_DRIVER), whose default device
 * is, through the test HOME's .asoundrc, a file, so the test can see that
 * a sound was really played and how long it was, without a sound server
 * and without making a noise. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "scapula-desktop-alerts-private.h"
#include "scapula-test-ui.h"

#define SOUND_GAP_MS 150

/* How long play() may take. Under AddressSanitizer every sound costs half
 * a second in this test alone: ALSA's null device asks for a buffer of
 * over a gigabyte, and ASan maps and poisons all of it. */
#ifdef __SANITIZE_ADDRESS__
#define PLAY_CALL_MAX_MS 2000
#else
#define PLAY_CALL_MAX_MS SOUND_GAP_MS
#endif

/* Where ALSA writes what it plays, or NULL when sounds cannot be heard
 * here (no GSound). */
static char *sound_output;

static goffset
sound_output_size (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (sound_output);
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);

  return info != NULL ? g_file_info_get_size (info) : 0;
}

/* Returns: (transfer full) (nullable): the file of @id in the freedesktop
 * sound theme, where the sound theme spec looks for it */
static char *
find_theme_sound (const char *id)
{
  const char * const *dirs = g_get_system_data_dirs ();
  g_autofree char *name = g_strdup_printf ("%s.oga", id);

  for (guint i = 0; dirs[i] != NULL; i++)
    {
      g_autofree char *file = g_build_filename (dirs[i], "sounds", "freedesktop", "stereo", name, NULL);

      if (g_file_test (file, G_FILE_TEST_IS_REGULAR))
        return g_steal_pointer (&file);
    }

  return NULL;
}

typedef struct
{
  GtkApplication       *app;
  GSettings            *settings;
  ScapulaDesktopAlerts *alerts;
} Fixture;

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  /* Not registered: no bus in this test. */
  f->app = gtk_application_new ("io.github.scapula.Scapula.AlertsTest", G_APPLICATION_DEFAULT_FLAGS);
  f->settings = g_settings_new ("io.github.scapula.Scapula");
  g_settings_set_boolean (f->settings, "sounds", TRUE);
  g_settings_set_boolean (f->settings, "rest-notifications", TRUE);
  f->alerts = scapula_desktop_alerts_new (f->app, f->settings);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  g_clear_object (&f->alerts);
  g_clear_object (&f->settings);
  g_clear_object (&f->app);
}

/* Runs the main loop until every play() has finished; returns how long
 * that took, in milliseconds. */
static gint64
wait_for_sounds (ScapulaDesktopAlerts *alerts)
{
  gint64 start = g_get_monotonic_time ();

  while (_scapula_desktop_alerts_get_n_playing (alerts) > 0)
    {
      g_assert_cmpint (g_get_monotonic_time () - start, <, 10 * G_USEC_PER_SEC);
      g_main_context_iteration (NULL, TRUE);
    }

  return (g_get_monotonic_time () - start) / 1000;
}

/* Three pings: play() returns at once, with the repeats still to come;
 * they follow on the main loop with a pause between them. */
static void
test_play_spacing (Fixture       *f,
                   gconstpointer  data)
{
  gint64 start, call_ms, total_ms;

  start = g_get_monotonic_time ();
  scapula_alerts_play (SCAPULA_ALERTS (f->alerts), SCAPULA_ALERT_SOUND_PING, 3);
  call_ms = (g_get_monotonic_time () - start) / 1000;
  g_assert_cmpuint (_scapula_desktop_alerts_get_n_playing (f->alerts), ==, 1);
  g_assert_cmpint (call_ms, <, PLAY_CALL_MAX_MS);

  total_ms = wait_for_sounds (f->alerts);
  g_test_message ("play() returned in %" G_GINT64_FORMAT " ms; three pings took %" G_GINT64_FORMAT " ms",
                  call_ms, total_ms + call_ms);
  g_assert_cmpint (total_ms + call_ms, >=, 2 * SOUND_GAP_MS);

  /* One sound: no pause at all. */
  start = g_get_monotonic_time ();
  scapula_alerts_play (SCAPULA_ALERTS (f->alerts), SCAPULA_ALERT_SOUND_REST_OVER, 1);
  wait_for_sounds (f->alerts);
  g_assert_cmpint ((g_get_monotonic_time () - start) / 1000, <, PLAY_CALL_MAX_MS);
}

/* Several requests at once each run to the end. */
static void
test_play_overlapping (Fixture       *f,
                       gconstpointer  data)
{
  scapula_alerts_play (SCAPULA_ALERTS (f->alerts), SCAPULA_ALERT_SOUND_PING, 2);
  scapula_alerts_play (SCAPULA_ALERTS (f->alerts), SCAPULA_ALERT_SOUND_PHASE, 2);
  scapula_alerts_play (SCAPULA_ALERTS (f->alerts), SCAPULA_ALERT_SOUND_COMPLETE, 3);
  g_assert_cmpuint (_scapula_desktop_alerts_get_n_playing (f->alerts), ==, 3);

  wait_for_sounds (f->alerts);
  g_assert_cmpuint (_scapula_desktop_alerts_get_n_playing (f->alerts), ==, 0);
}

/* The `sounds` key off: nothing starts. */
static void
test_play_turned_off (Fixture       *f,
                      gconstpointer  data)
{
  if (sound_output != NULL)
    g_unlink (sound_output);

  g_settings_set_boolean (f->settings, "sounds", FALSE);

  scapula_alerts_play (SCAPULA_ALERTS (f->alerts), SCAPULA_ALERT_SOUND_REST_OVER, 1);
  scapula_alerts_play (SCAPULA_ALERTS (f->alerts), SCAPULA_ALERT_SOUND_PING, 3);
  g_assert_cmpuint (_scapula_desktop_alerts_get_n_playing (f->alerts), ==, 0);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  if (sound_output != NULL)
    g_assert_false (g_file_test (sound_output, G_FILE_TEST_EXISTS));

  g_settings_set_boolean (f->settings, "sounds", TRUE);
  scapula_alerts_play (SCAPULA_ALERTS (f->alerts), SCAPULA_ALERT_SOUND_PING, 1);
  g_assert_cmpuint (_scapula_desktop_alerts_get_n_playing (f->alerts), ==, 1);
  wait_for_sounds (f->alerts);
}

/* The sounds reach the audio device: a ping is a short tick, the end of a
 * rest a long alarm. */
static void
test_play_heard (Fixture       *f,
                 gconstpointer  data)
{
  goffset ping, rest_over;

  g_autofree char *theme_ping = find_theme_sound ("audio-volume-change");

  if (sound_output == NULL)
    {
      g_test_skip ("Built without GSound: only the display's beep");
      return;
    }
  if (theme_ping == NULL)
    {
      g_test_skip ("The freedesktop sound theme is not installed");
      return;
    }

  /* ALSA's file device starts the file again for each sound. */
  g_unlink (sound_output);
  scapula_alerts_play (SCAPULA_ALERTS (f->alerts), SCAPULA_ALERT_SOUND_PING, 1);
  wait_for_sounds (f->alerts);
  ping = sound_output_size ();

  g_unlink (sound_output);
  scapula_alerts_play (SCAPULA_ALERTS (f->alerts), SCAPULA_ALERT_SOUND_REST_OVER, 1);
  wait_for_sounds (f->alerts);
  rest_over = sound_output_size ();

  g_test_message ("ping: %" G_GOFFSET_FORMAT " bytes, rest over: %" G_GOFFSET_FORMAT " bytes",
                  ping, rest_over);
  g_assert_cmpint (ping, >, 0);
  g_assert_cmpint (rest_over, >, 10 * ping);
}

/* Each sound is an event of the freedesktop sound theme, which every
 * other theme falls back to. */
static void
test_event_ids (Fixture       *f,
                gconstpointer  data)
{
  static const struct { ScapulaAlertSound sound; const char *id; } expected[] = {
    { SCAPULA_ALERT_SOUND_PING, "audio-volume-change" },
    { SCAPULA_ALERT_SOUND_PHASE, "bell" },
    { SCAPULA_ALERT_SOUND_REST_OVER, "alarm-clock-elapsed" },
    { SCAPULA_ALERT_SOUND_COMPLETE, "complete" },
  };
  g_autofree char *probe = find_theme_sound ("bell");

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const char *id = _scapula_desktop_alerts_get_event_id (expected[i].sound);
      g_autofree char *file = find_theme_sound (id);

      g_assert_cmpstr (id, ==, expected[i].id);
      if (probe != NULL)
        g_assert_nonnull (file);
    }

  if (probe == NULL)
    g_test_message ("The freedesktop sound theme is not installed: ids not checked against files");
}

static gboolean
hook_value (gpointer user_data)
{
  return GPOINTER_TO_INT (user_data);
}

/* A notification is held back while a window of the application has the
 * focus: no window, an inactive one, an active one (real, or through the
 * hook where the X server gives no focus). */
static void
test_window_active_decision (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *window;
  GtkWidget *other;

  g_assert_false (_scapula_desktop_alerts_get_window_active (f->alerts));

  /* A window of another application (or none) does not count. */
  other = gtk_window_new ();
  gtk_window_present (GTK_WINDOW (other));
  scapula_test_wait_for_frames (other, 2);
  g_assert_false (_scapula_desktop_alerts_get_window_active (f->alerts));

  /* GtkApplication takes windows only once it has started. */
  g_application_register (G_APPLICATION (f->app), NULL, &error);
  g_assert_no_error (error);
  window = gtk_application_window_new (f->app);
  gtk_window_present (GTK_WINDOW (window));
  scapula_test_wait_for_frames (window, 3);
  g_assert_cmpint (_scapula_desktop_alerts_get_window_active (f->alerts), ==,
                   gtk_window_is_active (GTK_WINDOW (window)));

  _scapula_desktop_alerts_set_window_active_func (f->alerts, hook_value, GINT_TO_POINTER (TRUE));
  g_assert_true (_scapula_desktop_alerts_get_window_active (f->alerts));
  _scapula_desktop_alerts_set_window_active_func (f->alerts, hook_value, GINT_TO_POINTER (FALSE));
  g_assert_false (_scapula_desktop_alerts_get_window_active (f->alerts));
  _scapula_desktop_alerts_set_window_active_func (f->alerts, NULL, NULL);

  gtk_window_destroy (GTK_WINDOW (window));
  gtk_window_destroy (GTK_WINDOW (other));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_false (_scapula_desktop_alerts_get_window_active (f->alerts));
}

/* Without a bus the application is not registered: notify() and
 * withdraw() do nothing, and say nothing above debug level (this test
 * runs with fatal warnings). */
static void
test_notify_unregistered (Fixture       *f,
                          gconstpointer  data)
{
  g_assert_false (g_application_get_is_registered (G_APPLICATION (f->app)));

  scapula_alerts_notify (SCAPULA_ALERTS (f->alerts), "rest-over", "Rest is over", "Next set");
  scapula_alerts_withdraw (SCAPULA_ALERTS (f->alerts), "rest-over");
  _scapula_desktop_alerts_window_activated (f->alerts);
  g_assert_false (g_application_get_is_registered (G_APPLICATION (f->app)));
}

int
main (int   argc,
      char *argv[])
{
  int status;

#if HAVE_GSOUND
  /* ALSA's null device takes a buffer of over a gigabyte, and glibc fills
   * every new block with MALLOC_PERTURB_ (which meson sets): that takes
   * seconds. Start again without it. */
  if (g_strcmp0 (g_getenv ("MALLOC_PERTURB_"), "0") != 0 &&
      g_file_test ("/proc/self/exe", G_FILE_TEST_EXISTS))
    {
      g_setenv ("MALLOC_PERTURB_", "0", TRUE);
      execv ("/proc/self/exe", argv);
    }
#endif

  if (!scapula_test_ui_init (&argc, &argv))
    return 77;

#if HAVE_GSOUND
  {
    g_autofree char *asoundrc = g_build_filename (g_getenv ("HOME"), ".asoundrc", NULL);
    g_autofree char *config = NULL;
    g_autoptr(GError) error = NULL;

    sound_output = g_build_filename (g_getenv ("HOME"), "sound-output.raw", NULL);
    config = g_strdup_printf ("pcm.!default {\n"
                              "  type file\n"
                              "  slave.pcm \"null\"\n"
                              "  file \"%s\"\n"
                              "  format \"raw\"\n"
                              "}\n", sound_output);
    g_file_set_contents (asoundrc, config, -1, &error);
    g_assert_no_error (error);
    g_setenv ("CANBERRA_DRIVER", "alsa", TRUE);
  }
#endif

#define ADD(name, func) g_test_add (name, Fixture, NULL, setup, func, teardown)
  ADD ("/desktop-alerts/play-spacing", test_play_spacing);
  ADD ("/desktop-alerts/play-overlapping", test_play_overlapping);
  ADD ("/desktop-alerts/play-turned-off", test_play_turned_off);
  ADD ("/desktop-alerts/play-heard", test_play_heard);
  ADD ("/desktop-alerts/event-ids", test_event_ids);
  ADD ("/desktop-alerts/notify-unregistered", test_notify_unregistered);
  ADD ("/desktop-alerts/window-active-decision", test_window_active_decision);
#undef ADD

  status = g_test_run ();
  g_free (sound_output);

  return status;
}
