/* test-alerts.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "scapula-alerts.h"

static void
assert_log (ScapulaRecordingAlerts *alerts,
            const char * const     *expected)
{
  const GPtrArray *log = scapula_recording_alerts_get_log (alerts);
  guint n = g_strv_length ((char **) expected);

  for (guint i = 0; i < MIN (n, log->len); i++)
    g_assert_cmpstr (g_ptr_array_index (log, i), ==, expected[i]);
  g_assert_cmpuint (log->len, ==, n);
}

/* Every call lands in the log, in order, in the documented form. */
static void
test_recording_log (void)
{
  g_autoptr(ScapulaRecordingAlerts) recording = scapula_recording_alerts_new ();
  ScapulaAlerts *alerts = SCAPULA_ALERTS (recording);
  static const char * const expected[] = {
    "play ping 1",
    "play phase 2",
    "play complete 3",
    "notify rest-over|Rest is over|Next: Prone Y raise, set 2 of 3",
    "play rest-over 1",
    "notify session|Session saved|",
    "withdraw rest-over",
    NULL
  };
  static const char * const empty[] = { NULL };

  g_assert_true (SCAPULA_IS_ALERTS (recording));
  assert_log (recording, empty);

  scapula_alerts_play (alerts, SCAPULA_ALERT_SOUND_PING, 1);
  scapula_alerts_play (alerts, SCAPULA_ALERT_SOUND_PHASE, 2);
  scapula_alerts_play (alerts, SCAPULA_ALERT_SOUND_COMPLETE, 3);
  scapula_alerts_notify (alerts, "rest-over", "Rest is over", "Next: Prone Y raise, set 2 of 3");
  scapula_alerts_play (alerts, SCAPULA_ALERT_SOUND_REST_OVER, 1);
  scapula_alerts_notify (alerts, "session", "Session saved", NULL);
  scapula_alerts_withdraw (alerts, "rest-over");
  assert_log (recording, expected);

  scapula_recording_alerts_clear (recording);
  assert_log (recording, empty);

  scapula_alerts_withdraw (alerts, "rest-over");
  {
    static const char * const after_clear[] = { "withdraw rest-over", NULL };
    assert_log (recording, after_clear);
  }
}

static void
test_sound_nicks (void)
{
  g_assert_cmpstr (scapula_alert_sound_get_nick (SCAPULA_ALERT_SOUND_PING), ==, "ping");
  g_assert_cmpstr (scapula_alert_sound_get_nick (SCAPULA_ALERT_SOUND_PHASE), ==, "phase");
  g_assert_cmpstr (scapula_alert_sound_get_nick (SCAPULA_ALERT_SOUND_REST_OVER), ==, "rest-over");
  g_assert_cmpstr (scapula_alert_sound_get_nick (SCAPULA_ALERT_SOUND_COMPLETE), ==, "complete");
}

/* A second implementation, defined here, to show that the wrappers go
 * through the interface: it only implements play and counts pings, and a
 * missing notify or withdraw is simply nothing. */

#define TEST_TYPE_PING_COUNTER (test_ping_counter_get_type ())
G_DECLARE_FINAL_TYPE (TestPingCounter, test_ping_counter, TEST, PING_COUNTER, GObject)

struct _TestPingCounter
{
  GObject           parent_instance;
  guint             pings;
  ScapulaAlertSound last_sound;
};

static void
test_ping_counter_play (ScapulaAlerts     *alerts,
                        ScapulaAlertSound  sound,
                        guint              count)
{
  TestPingCounter *self = TEST_PING_COUNTER (alerts);

  self->pings += count;
  self->last_sound = sound;
}

static void
test_ping_counter_iface_init (ScapulaAlertsInterface *iface)
{
  iface->play = test_ping_counter_play;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (TestPingCounter, test_ping_counter, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (SCAPULA_TYPE_ALERTS, test_ping_counter_iface_init))

static void
test_ping_counter_class_init (TestPingCounterClass *klass)
{
}

static void
test_ping_counter_init (TestPingCounter *self)
{
}

static void
test_dispatch (void)
{
  g_autoptr(TestPingCounter) counter = g_object_new (TEST_TYPE_PING_COUNTER, NULL);
  ScapulaAlerts *alerts = SCAPULA_ALERTS (counter);

  scapula_alerts_play (alerts, SCAPULA_ALERT_SOUND_PING, 1);
  scapula_alerts_play (alerts, SCAPULA_ALERT_SOUND_PHASE, 2);
  scapula_alerts_play (alerts, SCAPULA_ALERT_SOUND_COMPLETE, 3);
  g_assert_cmpuint (counter->pings, ==, 6);
  g_assert_cmpint (counter->last_sound, ==, SCAPULA_ALERT_SOUND_COMPLETE);

  /* No vfunc: no call, no crash, no message. */
  scapula_alerts_notify (alerts, "rest-over", "Rest is over", "Next set");
  scapula_alerts_withdraw (alerts, "rest-over");
  g_assert_cmpuint (counter->pings, ==, 6);
}

/* Out-of-contract calls are refused before they reach an implementation. */
static void
test_bad_arguments (void)
{
  g_autoptr(ScapulaRecordingAlerts) recording = scapula_recording_alerts_new ();
  ScapulaAlerts *alerts = SCAPULA_ALERTS (recording);

  g_test_expect_message ("scapula-alerts", G_LOG_LEVEL_CRITICAL, "*count >= 1*");
  scapula_alerts_play (alerts, SCAPULA_ALERT_SOUND_PING, 0);
  g_test_assert_expected_messages ();

  g_test_expect_message ("scapula-alerts", G_LOG_LEVEL_CRITICAL, "*count <= 3*");
  scapula_alerts_play (alerts, SCAPULA_ALERT_SOUND_PING, 4);
  g_test_assert_expected_messages ();

  g_test_expect_message ("scapula-alerts", G_LOG_LEVEL_CRITICAL, "*id != NULL*");
  scapula_alerts_notify (alerts, "", "Rest is over", NULL);
  g_test_assert_expected_messages ();

  g_test_expect_message ("scapula-alerts", G_LOG_LEVEL_CRITICAL, "*title != NULL*");
  scapula_alerts_notify (alerts, "rest-over", NULL, NULL);
  g_test_assert_expected_messages ();

  g_assert_cmpuint (scapula_recording_alerts_get_log (recording)->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/alerts/recording-log", test_recording_log);
  g_test_add_func ("/alerts/sound-nicks", test_sound_nicks);
  g_test_add_func ("/alerts/dispatch", test_dispatch);
  g_test_add_func ("/alerts/bad-arguments", test_bad_arguments);

  return g_test_run ();
}
