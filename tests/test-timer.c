/* test-timer.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The clock, countdown, hold plan and timer of the session runner. Every
 * test but the last moves a ScapulaManualClock by hand: nothing sleeps, and
 * suspends and clock changes are single steps of the wall clock.
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "scapula-clock.h"
#include "scapula-clock-private.h"
#include "scapula-countdown.h"
#include "scapula-hold.h"
#include "scapula-timer.h"

#define S ((gint64) G_USEC_PER_SEC)
#define MS ((gint64) G_USEC_PER_SEC / 1000)

/* 14 November 2023, 22:13:20 UTC: any plausible wall time. */
#define T0 ((gint64) 1700000000 * S)

/* Countdown */

static void
test_countdown_start_pause_resume (void)
{
  ScapulaCountdown c = { 0 };

  g_assert_false (scapula_countdown_is_started (&c));
  g_assert_cmpint (scapula_countdown_get_remaining (&c, T0), ==, 0);
  g_assert_cmpint (scapula_countdown_get_deadline (&c), ==, G_MAXINT64);
  g_assert_false (scapula_countdown_is_running (&c, T0));
  g_assert_false (scapula_countdown_is_finished (&c, T0));

  scapula_countdown_start (&c, T0, 90 * S);
  g_assert_cmpint (c.started_at, ==, T0);
  g_assert_cmpint (c.duration, ==, 90 * S);
  g_assert_cmpint (scapula_countdown_get_remaining (&c, T0), ==, 90 * S);
  g_assert_cmpint (scapula_countdown_get_remaining (&c, T0 + 10 * S), ==, 80 * S);
  g_assert_cmpint (scapula_countdown_get_elapsed (&c, T0 + 10 * S), ==, 10 * S);
  g_assert_cmpint (scapula_countdown_get_deadline (&c), ==, T0 + 90 * S);
  g_assert_true (scapula_countdown_is_running (&c, T0 + 10 * S));

  /* Paused 10 s in for 30 s. */
  scapula_countdown_pause (&c, T0 + 10 * S);
  g_assert_true (scapula_countdown_is_paused (&c));
  g_assert_false (scapula_countdown_is_running (&c, T0 + 20 * S));
  g_assert_false (scapula_countdown_is_finished (&c, T0 + 500 * S));
  g_assert_cmpint (scapula_countdown_get_remaining (&c, T0 + 500 * S), ==, 80 * S);
  g_assert_cmpint (scapula_countdown_get_deadline (&c), ==, G_MAXINT64);

  /* Pausing twice keeps the first moment. */
  scapula_countdown_pause (&c, T0 + 20 * S);
  g_assert_cmpint (c.paused_at, ==, T0 + 10 * S);

  scapula_countdown_resume (&c, T0 + 40 * S);
  g_assert_false (scapula_countdown_is_paused (&c));
  g_assert_cmpint (c.paused_at, ==, 0);
  g_assert_cmpint (c.paused_total, ==, 30 * S);
  g_assert_cmpint (scapula_countdown_get_remaining (&c, T0 + 50 * S), ==, 70 * S);
  g_assert_cmpint (scapula_countdown_get_deadline (&c), ==, T0 + 120 * S);

  g_assert_true (scapula_countdown_is_running (&c, T0 + 120 * S - 1));
  g_assert_cmpint (scapula_countdown_get_remaining (&c, T0 + 120 * S - 1), ==, 1);
  g_assert_true (scapula_countdown_is_finished (&c, T0 + 120 * S));
  g_assert_false (scapula_countdown_is_running (&c, T0 + 120 * S));
  g_assert_cmpint (scapula_countdown_get_remaining (&c, T0 + 120 * S), ==, 0);
  g_assert_cmpint (scapula_countdown_get_elapsed (&c, T0 + 900 * S), ==, 90 * S);

  /* A finished countdown cannot be paused. */
  scapula_countdown_pause (&c, T0 + 130 * S);
  g_assert_false (scapula_countdown_is_paused (&c));
}

static void
test_countdown_adjust (void)
{
  ScapulaCountdown c = { 0 };

  /* Never started: nothing to adjust. */
  scapula_countdown_adjust (&c, T0, SCAPULA_COUNTDOWN_ADJUST_STEP);
  g_assert_cmpint (c.duration, ==, 0);
  g_assert_false (scapula_countdown_is_started (&c));

  scapula_countdown_start (&c, T0, 90 * S);
  scapula_countdown_adjust (&c, T0 + 10 * S, SCAPULA_COUNTDOWN_ADJUST_STEP);
  g_assert_cmpint (c.duration, ==, 105 * S);
  g_assert_cmpint (scapula_countdown_get_remaining (&c, T0 + 10 * S), ==, 95 * S);
  g_assert_cmpint (c.started_at, ==, T0);

  scapula_countdown_adjust (&c, T0 + 10 * S, -SCAPULA_COUNTDOWN_ADJUST_STEP);
  scapula_countdown_adjust (&c, T0 + 10 * S, -SCAPULA_COUNTDOWN_ADJUST_STEP);
  g_assert_cmpint (scapula_countdown_get_remaining (&c, T0 + 10 * S), ==, 65 * S);
  g_assert_cmpint (c.duration, ==, 75 * S);

  /* −15 s with 10 s left ends it, at 0, not below. */
  scapula_countdown_adjust (&c, T0 + 65 * S, -SCAPULA_COUNTDOWN_ADJUST_STEP);
  g_assert_cmpint (scapula_countdown_get_remaining (&c, T0 + 65 * S), ==, 0);
  g_assert_cmpint (c.duration, ==, 65 * S);
  g_assert_true (scapula_countdown_is_finished (&c, T0 + 65 * S));

  /* −15 s while paused with 5 s left: finished, no longer paused. */
  scapula_countdown_start (&c, T0, 30 * S);
  scapula_countdown_pause (&c, T0 + 25 * S);
  scapula_countdown_adjust (&c, T0 + 40 * S, -SCAPULA_COUNTDOWN_ADJUST_STEP);
  g_assert_false (scapula_countdown_is_paused (&c));
  g_assert_true (scapula_countdown_is_finished (&c, T0 + 40 * S));
  g_assert_cmpint (scapula_countdown_get_elapsed (&c, T0 + 40 * S), ==, 25 * S);

  /* +15 s while paused keeps it paused. */
  scapula_countdown_start (&c, T0, 30 * S);
  scapula_countdown_pause (&c, T0 + 25 * S);
  scapula_countdown_adjust (&c, T0 + 40 * S, SCAPULA_COUNTDOWN_ADJUST_STEP);
  g_assert_true (scapula_countdown_is_paused (&c));
  g_assert_cmpint (scapula_countdown_get_remaining (&c, T0 + 90 * S), ==, 20 * S);
}

static void
test_countdown_skip (void)
{
  ScapulaCountdown c = { 0 };

  scapula_countdown_skip (&c, T0);
  g_assert_false (scapula_countdown_is_started (&c));

  scapula_countdown_start (&c, T0, 90 * S);
  scapula_countdown_skip (&c, T0 + 20 * S);
  g_assert_true (scapula_countdown_is_finished (&c, T0 + 20 * S));
  g_assert_cmpint (scapula_countdown_get_remaining (&c, T0 + 20 * S), ==, 0);
  g_assert_cmpint (scapula_countdown_get_elapsed (&c, T0 + 20 * S), ==, 20 * S);
  g_assert_cmpint (c.duration, ==, 20 * S);
  g_assert_cmpint (scapula_countdown_get_deadline (&c), ==, T0 + 20 * S);

  /* Skipped while paused: finished at the time it had run. */
  scapula_countdown_start (&c, T0, 90 * S);
  scapula_countdown_pause (&c, T0 + 30 * S);
  scapula_countdown_skip (&c, T0 + 60 * S);
  g_assert_false (scapula_countdown_is_paused (&c));
  g_assert_true (scapula_countdown_is_finished (&c, T0 + 60 * S));
  g_assert_cmpint (c.duration, ==, 30 * S);
  g_assert_cmpint (scapula_countdown_get_deadline (&c), ==, T0 + 60 * S);
}

static void
test_countdown_clock_jump (void)
{
  ScapulaCountdown c = { 0 };

  scapula_countdown_start (&c, T0, 90 * S);

  /* Clock set back an hour: no negative elapsed, no more than 90 s left. */
  g_assert_cmpint (scapula_countdown_get_elapsed (&c, T0 - 3600 * S), ==, 0);
  g_assert_cmpint (scapula_countdown_get_remaining (&c, T0 - 3600 * S), ==, 90 * S);
  g_assert_true (scapula_countdown_is_running (&c, T0 - 3600 * S));

  /* Set back during a pause: the pause adds no negative time. */
  scapula_countdown_pause (&c, T0 + 30 * S);
  scapula_countdown_resume (&c, T0 - 60 * S);
  g_assert_cmpint (c.paused_total, ==, 0);
  g_assert_cmpint (scapula_countdown_get_remaining (&c, T0 + 30 * S), ==, 60 * S);

  /* −15 s on a clock set back before the start takes exactly 15 s off. */
  scapula_countdown_adjust (&c, T0 - 3600 * S, -SCAPULA_COUNTDOWN_ADJUST_STEP);
  g_assert_cmpint (scapula_countdown_get_remaining (&c, T0 - 3600 * S), ==, 75 * S);
  g_assert_cmpint (scapula_countdown_get_remaining (&c, T0 - 3590 * S), ==, 65 * S);

  /* Forward an hour (a suspend): simply finished. */
  scapula_countdown_start (&c, T0, 90 * S);
  g_assert_true (scapula_countdown_is_finished (&c, T0 + 3600 * S));
  g_assert_cmpint (scapula_countdown_get_remaining (&c, T0 + 3600 * S), ==, 0);
  g_assert_cmpint (scapula_countdown_get_elapsed (&c, T0 + 3600 * S), ==, 90 * S);

  /* Shift keeps the elapsed time at the shifted now. */
  scapula_countdown_start (&c, T0, 90 * S);
  scapula_countdown_shift (&c, -3600 * S);
  g_assert_cmpint (scapula_countdown_get_remaining (&c, T0 - 3600 * S + 30 * S), ==, 60 * S);
}

static void
test_countdown_variant (void)
{
  ScapulaCountdown c = { T0, 105 * S, T0 + 40 * S, 7 * S };
  ScapulaCountdown back = { 0 };
  ScapulaCountdown untouched = { 1, 2, 3, 4 };
  g_autoptr(GVariant) variant = g_variant_ref_sink (scapula_countdown_to_variant (&c));
  g_autoptr(GVariant) wrong_type = g_variant_ref_sink (g_variant_new ("(xxx)", T0, S, 0));
  g_autoptr(GVariant) negative = g_variant_ref_sink (g_variant_new ("(xxxx)", T0, -S, (gint64) 0, (gint64) 0));
  g_autoptr(GVariant) unstarted = g_variant_ref_sink (g_variant_new ("(xxxx)", (gint64) 0, S, (gint64) 0, (gint64) 0));
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (g_variant_get_type_string (variant), ==, "(xxxx)");
  text = g_variant_print (variant, FALSE);
  g_assert_cmpstr (text, ==, "(1700000000000000, 105000000, 1700000040000000, 7000000)");

  g_assert_true (scapula_countdown_from_variant (variant, &back, &error));
  g_assert_no_error (error);
  g_assert_cmpmem (&back, sizeof back, &c, sizeof c);

  g_assert_false (scapula_countdown_from_variant (wrong_type, &untouched, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_clear_error (&error);

  g_assert_false (scapula_countdown_from_variant (negative, &untouched, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_clear_error (&error);

  g_assert_false (scapula_countdown_from_variant (unstarted, &untouched, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);

  g_assert_cmpint (untouched.started_at, ==, 1);
  g_assert_cmpint (untouched.paused_total, ==, 4);
}

/* Manual clock */

typedef struct
{
  ScapulaClock *clock;
  GString      *log;
  guint         destroyed;
} AlarmLog;

typedef struct
{
  AlarmLog   *log;
  const char *name;
} AlarmData;

static void
log_alarm (gpointer user_data)
{
  AlarmData *data = user_data;

  g_string_append_printf (data->log->log, "%s@%" G_GINT64_FORMAT " ",
                          data->name,
                          (scapula_clock_get_now (data->log->clock) - T0) / MS);
}

static void
free_alarm_data (gpointer user_data)
{
  AlarmData *data = user_data;

  data->log->destroyed++;
  g_free (data);
}

static guint
add_logged_alarm (AlarmLog   *log,
                  gint64      when,
                  const char *name)
{
  AlarmData *data = g_new0 (AlarmData, 1);

  data->log = log;
  data->name = name;

  return scapula_clock_add_alarm (log->clock, when, log_alarm, data, free_alarm_data);
}

static void
on_jumped (ScapulaClock *clock,
           gint64        delta,
           gint64       *out)
{
  *out = delta;
}

static void
test_manual_clock (void)
{
  g_autoptr(ScapulaClock) clock = scapula_manual_clock_new (T0);
  ScapulaManualClock *manual = SCAPULA_MANUAL_CLOCK (clock);
  AlarmLog log = { clock, g_string_new (NULL), 0 };
  gint64 jumped = 0;
  guint a, b, c, d;

  g_signal_connect (clock, "jumped", G_CALLBACK (on_jumped), &jumped);

  g_assert_cmpint (scapula_clock_get_now (clock), ==, T0);

  c = add_logged_alarm (&log, T0 + 3 * S, "c");
  a = add_logged_alarm (&log, T0 + 1 * S, "a");
  b = add_logged_alarm (&log, T0 + 2 * S, "b");
  d = add_logged_alarm (&log, T0 + 3 * S, "d");
  g_assert_cmpuint (a, >, 0);
  g_assert_cmpuint (b, >, 0);
  g_assert_cmpuint (c, !=, d);
  g_assert_cmpuint (scapula_manual_clock_get_n_alarms (manual), ==, 4);

  /* A jump fires everything due, in time order, reading the new time. */
  scapula_manual_clock_advance (manual, 2500 * MS);
  g_assert_cmpstr (log.log->str, ==, "a@2500 b@2500 ");
  g_assert_cmpuint (log.destroyed, ==, 2);
  g_assert_cmpuint (scapula_manual_clock_get_n_alarms (manual), ==, 2);

  /* Removing a fired alarm, or id 0, is harmless; a pending one is freed. */
  scapula_clock_remove_alarm (clock, a);
  scapula_clock_remove_alarm (clock, 0);
  scapula_clock_remove_alarm (clock, c);
  g_assert_cmpuint (log.destroyed, ==, 3);
  g_assert_cmpuint (scapula_manual_clock_get_n_alarms (manual), ==, 1);

  /* Backwards: nothing fires, and the jump is reported. */
  scapula_manual_clock_set_now (manual, T0 - 60 * S);
  g_assert_cmpint (jumped, ==, -60 * S - 2500 * MS);
  g_assert_cmpstr (log.log->str, ==, "a@2500 b@2500 ");

  /* run_to: each alarm fires reading its own time. */
  g_string_truncate (log.log, 0);
  add_logged_alarm (&log, T0 + 5 * S, "e");
  scapula_manual_clock_run_to (manual, T0 + 10 * S);
  g_assert_cmpstr (log.log->str, ==, "d@3000 e@5000 ");
  g_assert_cmpint (scapula_clock_get_now (clock), ==, T0 + 10 * S);
  g_assert_cmpuint (scapula_manual_clock_get_n_alarms (manual), ==, 0);

  /* Pending alarms are freed with the clock. */
  add_logged_alarm (&log, T0 + 20 * S, "f");
  g_clear_object (&clock);
  g_assert_cmpuint (log.destroyed, ==, 6);

  g_string_free (log.log, TRUE);
}

/* System clock */

static void
test_system_clock_sleep_ms (void)
{
  static const struct {
    gint64 left;
    guint  ms;
  } cases[] = {
    { -5 * S, 0 },
    { 0, 0 },
    { 1, 1 },
    { 999, 1 },
    { 1000, 1 },
    { 1001, 2 },
    { 1500 * MS, 1500 },
    { 1999 * MS + 1, 2000 },
    { 2 * S, SCAPULA_CLOCK_MAX_SLEEP_MS },
    { 600 * S, SCAPULA_CLOCK_MAX_SLEEP_MS },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpuint (_scapula_clock_get_sleep_ms (T0, T0 + cases[i].left), ==, cases[i].ms);
}

static gint64
fake_now (gpointer user_data)
{
  return *(gint64 *) user_data;
}

static void
test_system_clock_rearm (void)
{
  gint64 now = T0;
  ScapulaSystemClock *system = _scapula_system_clock_new (fake_now, &now);
  ScapulaClock *clock = SCAPULA_CLOCK (system);
  AlarmLog log = { clock, g_string_new (NULL), 0 };
  gint64 jumped = 0;
  guint id;

  g_signal_connect (clock, "jumped", G_CALLBACK (on_jumped), &jumped);

  /* No alarm, no timeout at all. */
  g_assert_cmpint (_scapula_system_clock_get_sleep (system), ==, -1);

  add_logged_alarm (&log, T0 + 10 * S, "rest");
  g_assert_cmpint (_scapula_system_clock_get_sleep (system), ==, 2000);

  /* A wake-up 2 s later re-checks the wall clock and sleeps again. */
  now += 2 * S;
  _scapula_system_clock_dispatch (system);
  g_assert_cmpstr (log.log->str, ==, "");
  g_assert_cmpint (_scapula_system_clock_get_sleep (system), ==, 2000);

  /* The machine slept: 2 s of monotonic time, 7.75 s of wall time. The
   * clock sees what is really left, and its last sleep is exact.
   */
  now += 7750 * MS;
  _scapula_system_clock_dispatch (system);
  g_assert_cmpstr (log.log->str, ==, "");
  g_assert_cmpint (_scapula_system_clock_get_sleep (system), ==, 250);

  now += 250 * MS;
  _scapula_system_clock_dispatch (system);
  g_assert_cmpstr (log.log->str, ==, "rest@10000 ");
  g_assert_cmpint (_scapula_system_clock_get_sleep (system), ==, -1);
  g_assert_cmpuint (log.destroyed, ==, 1);
  /* Three wake-ups for a 10 s alarm across a sleep. */
  g_assert_cmpuint (_scapula_system_clock_get_n_wakeups (system), ==, 3);

  /* A sooner alarm shortens the sleep; removing the last one drops it. */
  g_string_truncate (log.log, 0);
  add_logged_alarm (&log, now + 60 * S, "late");
  g_assert_cmpint (_scapula_system_clock_get_sleep (system), ==, 2000);
  id = add_logged_alarm (&log, now + 300 * MS, "soon");
  g_assert_cmpint (_scapula_system_clock_get_sleep (system), ==, 300);

  /* The wall clock set back an hour is reported as a jump. */
  now -= 3600 * S;
  _scapula_system_clock_dispatch (system);
  g_assert_cmpint (jumped, <, -3599 * S);
  g_assert_cmpint (jumped, >, -3601 * S);
  g_assert_cmpstr (log.log->str, ==, "");

  scapula_clock_remove_alarm (clock, id);
  g_assert_cmpint (_scapula_system_clock_get_sleep (system), ==, 2000);
  g_object_unref (system);
  g_assert_cmpuint (log.destroyed, ==, 3);

  g_string_free (log.log, TRUE);
}

typedef struct
{
  GMainLoop *loop;
  gint64     fired_at;
} RealAlarm;

static void
real_alarm_fired (gpointer user_data)
{
  RealAlarm *alarm = user_data;

  alarm->fired_at = g_get_real_time ();
  g_main_loop_quit (alarm->loop);
}

static gboolean
real_alarm_give_up (gpointer user_data)
{
  g_main_loop_quit (user_data);
  return G_SOURCE_REMOVE;
}

/* The only test that waits for real: one alarm 50 ms ahead. */
static void
test_system_clock_real (void)
{
  ScapulaClock *clock = scapula_clock_get_system ();
  RealAlarm alarm = { g_main_loop_new (NULL, FALSE), 0 };
  gint64 when = scapula_clock_get_now (clock) + 50 * MS;
  guint give_up;

  g_assert_true (scapula_clock_get_system () == clock);
  g_assert_cmpint (ABS (scapula_clock_get_now (clock) - g_get_real_time ()), <, S);

  scapula_clock_add_alarm (clock, when, real_alarm_fired, &alarm, NULL);
  give_up = g_timeout_add (180, real_alarm_give_up, alarm.loop);
  g_main_loop_run (alarm.loop);

  g_assert_cmpint (alarm.fired_at, >=, when);
  g_assert_cmpint (alarm.fired_at, <, when + 130 * MS);
  g_source_remove (give_up);
  g_main_loop_unref (alarm.loop);
}

/* Hold plans */

static void
test_hold_duration (void)
{
  static const struct {
    ScapulaHoldPlan plan;
    gint64          seconds;
  } cases[] = {
    { { 3, 10, 5, 5, FALSE }, 5 + 30 + 10 },
    { { 3, 10, 5, 5, TRUE }, 2 * (5 + 30 + 10) },
    { { 1, 30, 5, 5, FALSE }, 35 },
    { { 1, 30, 5, 5, TRUE }, 70 },
    { { 4, 20, 0, 0, FALSE }, 80 },
    { { 2, 15, 3, 10, TRUE }, 2 * (3 + 30 + 10) },
    { { 0, 30, 5, 5, FALSE }, 0 },
    { { 3, 0, 5, 5, TRUE }, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (scapula_hold_plan_get_duration (&cases[i].plan), ==, cases[i].seconds * S);
}

typedef struct
{
  gint64           elapsed;
  ScapulaHoldPhase phase;
  guint            rep;
  ScapulaSide      side;
  gint64           phase_elapsed;
  gint64           phase_duration;
} LocateCase;

static void
check_locate (const ScapulaHoldPlan *plan,
              const LocateCase      *cases,
              guint                  n_cases)
{
  for (guint i = 0; i < n_cases; i++)
    {
      ScapulaHoldPosition position;

      memset (&position, 0xAA, sizeof position);
      scapula_hold_plan_locate (plan, cases[i].elapsed, &position);

      g_test_message ("at %" G_GINT64_FORMAT " µs", cases[i].elapsed);
      g_assert_cmpint (position.phase, ==, cases[i].phase);
      g_assert_cmpuint (position.rep, ==, cases[i].rep);
      g_assert_cmpint (position.side, ==, cases[i].side);
      g_assert_cmpint (position.phase_elapsed, ==, cases[i].phase_elapsed);
      g_assert_cmpint (position.phase_duration, ==, cases[i].phase_duration);
    }
}

static void
test_hold_locate (void)
{
  /* Per side: left ready 0–5, hold 5–15, release 15–18, hold 18–28; right
   * ready 28–33, hold 33–43, release 43–46, hold 46–56; done from 56.
   */
  static const ScapulaHoldPlan per_side = { 2, 10, 5, 3, TRUE };
  static const LocateCase per_side_cases[] = {
    { -5 * S, SCAPULA_HOLD_PHASE_GET_READY, 0, SCAPULA_SIDE_LEFT, 0, 5 * S },
    { 0, SCAPULA_HOLD_PHASE_GET_READY, 0, SCAPULA_SIDE_LEFT, 0, 5 * S },
    { 5 * S - 1, SCAPULA_HOLD_PHASE_GET_READY, 0, SCAPULA_SIDE_LEFT, 5 * S - 1, 5 * S },
    { 5 * S, SCAPULA_HOLD_PHASE_HOLD, 0, SCAPULA_SIDE_LEFT, 0, 10 * S },
    { 15 * S - 1, SCAPULA_HOLD_PHASE_HOLD, 0, SCAPULA_SIDE_LEFT, 10 * S - 1, 10 * S },
    { 15 * S, SCAPULA_HOLD_PHASE_RELEASE, 1, SCAPULA_SIDE_LEFT, 0, 3 * S },
    { 18 * S, SCAPULA_HOLD_PHASE_HOLD, 1, SCAPULA_SIDE_LEFT, 0, 10 * S },
    { 28 * S - 1, SCAPULA_HOLD_PHASE_HOLD, 1, SCAPULA_SIDE_LEFT, 10 * S - 1, 10 * S },
    { 28 * S, SCAPULA_HOLD_PHASE_GET_READY, 0, SCAPULA_SIDE_RIGHT, 0, 5 * S },
    { 33 * S, SCAPULA_HOLD_PHASE_HOLD, 0, SCAPULA_SIDE_RIGHT, 0, 10 * S },
    { 43 * S, SCAPULA_HOLD_PHASE_RELEASE, 1, SCAPULA_SIDE_RIGHT, 0, 3 * S },
    { 45 * S, SCAPULA_HOLD_PHASE_RELEASE, 1, SCAPULA_SIDE_RIGHT, 2 * S, 3 * S },
    { 46 * S, SCAPULA_HOLD_PHASE_HOLD, 1, SCAPULA_SIDE_RIGHT, 0, 10 * S },
    { 56 * S - 1, SCAPULA_HOLD_PHASE_HOLD, 1, SCAPULA_SIDE_RIGHT, 10 * S - 1, 10 * S },
    { 56 * S, SCAPULA_HOLD_PHASE_DONE, 1, SCAPULA_SIDE_RIGHT, 0, 0 },
    { 1000 * S, SCAPULA_HOLD_PHASE_DONE, 1, SCAPULA_SIDE_RIGHT, 0, 0 },
  };
  /* Both sides at once, no get-ready, no release: hold 0–20, hold 20–40. */
  static const ScapulaHoldPlan bare = { 2, 20, 0, 0, FALSE };
  static const LocateCase bare_cases[] = {
    { 0, SCAPULA_HOLD_PHASE_HOLD, 0, SCAPULA_SIDE_BOTH, 0, 20 * S },
    { 20 * S, SCAPULA_HOLD_PHASE_HOLD, 1, SCAPULA_SIDE_BOTH, 0, 20 * S },
    { 40 * S, SCAPULA_HOLD_PHASE_DONE, 1, SCAPULA_SIDE_BOTH, 0, 0 },
  };
  static const ScapulaHoldPlan empty = { 0, 20, 5, 5, TRUE };
  static const LocateCase empty_cases[] = {
    { 0, SCAPULA_HOLD_PHASE_DONE, 0, SCAPULA_SIDE_LEFT, 0, 0 },
  };

  check_locate (&per_side, per_side_cases, G_N_ELEMENTS (per_side_cases));
  check_locate (&bare, bare_cases, G_N_ELEMENTS (bare_cases));
  check_locate (&empty, empty_cases, G_N_ELEMENTS (empty_cases));
}

static void
check_pings (const ScapulaHoldPlan *plan,
             const ScapulaPing     *expected,
             guint                  n_expected)
{
  g_autoptr(GArray) pings = scapula_hold_plan_get_pings (plan);

  g_assert_cmpuint (pings->len, ==, n_expected);
  for (guint i = 0; i < n_expected; i++)
    {
      const ScapulaPing *ping = &g_array_index (pings, ScapulaPing, i);

      g_test_message ("ping %u", i);
      g_assert_cmpint (ping->at, ==, expected[i].at);
      g_assert_cmpuint (ping->count, ==, expected[i].count);
    }
}

static void
test_hold_pings (void)
{
  /* Ready 0–5, hold 5–15, release 15–18, hold 18–28. */
  static const ScapulaHoldPlan plan = { 2, 10, 5, 3, FALSE };
  static const ScapulaPing expected[] = {
    { 2 * S, 1 }, { 3 * S, 1 }, { 4 * S, 1 }, { 5 * S, 2 },
    { 12 * S, 1 }, { 13 * S, 1 }, { 14 * S, 1 }, { 15 * S, 2 },
    /* A 3 s release: its "3 s left" is the change into it. */
    { 16 * S, 1 }, { 17 * S, 1 }, { 18 * S, 2 },
    { 25 * S, 1 }, { 26 * S, 1 }, { 27 * S, 1 }, { 28 * S, 3 },
  };
  /* Per side, 1 rep, a 2 s get-ready: ready 0–2, hold 2–8 left; ready
   * 8–10, hold 10–16 right.
   */
  static const ScapulaHoldPlan per_side = { 1, 6, 2, 5, TRUE };
  static const ScapulaPing per_side_expected[] = {
    { 1 * S, 1 }, { 2 * S, 2 },
    { 5 * S, 1 }, { 6 * S, 1 }, { 7 * S, 1 }, { 8 * S, 2 },
    { 9 * S, 1 }, { 10 * S, 2 },
    { 13 * S, 1 }, { 14 * S, 1 }, { 15 * S, 1 }, { 16 * S, 3 },
  };
  static const ScapulaHoldPlan empty = { 0, 6, 2, 5, TRUE };

  check_pings (&plan, expected, G_N_ELEMENTS (expected));
  check_pings (&per_side, per_side_expected, G_N_ELEMENTS (per_side_expected));
  check_pings (&empty, NULL, 0);

  /* (from, to]: 3 + 2 + 3 + 2 + 2 + 2 + 3 + 3. */
  g_assert_cmpuint (scapula_hold_plan_count_pings (&plan, 0, 28 * S), ==, 20);
  g_assert_cmpuint (scapula_hold_plan_count_pings (&plan, -S, 1000 * S), ==, 20);
  g_assert_cmpuint (scapula_hold_plan_count_pings (&plan, 0, 5 * S - 1), ==, 3);
  g_assert_cmpuint (scapula_hold_plan_count_pings (&plan, 4 * S, 5 * S), ==, 2);
  g_assert_cmpuint (scapula_hold_plan_count_pings (&plan, 5 * S, 5 * S), ==, 0);
  g_assert_cmpuint (scapula_hold_plan_count_pings (&plan, 5 * S, 12 * S - 1), ==, 0);
  g_assert_cmpuint (scapula_hold_plan_count_pings (&plan, 27 * S, 28 * S), ==, 3);
  g_assert_cmpuint (scapula_hold_plan_count_pings (&per_side, 7 * S, 10 * S), ==, 5);
}

static void
test_hold_labels (void)
{
  g_assert_cmpstr (scapula_hold_phase_get_label (SCAPULA_HOLD_PHASE_GET_READY), ==, "Get Ready");
  g_assert_cmpstr (scapula_hold_phase_get_label (SCAPULA_HOLD_PHASE_HOLD), ==, "Hold");
  g_assert_cmpstr (scapula_hold_phase_get_label (SCAPULA_HOLD_PHASE_RELEASE), ==, "Release");
  g_assert_cmpstr (scapula_hold_phase_get_label (SCAPULA_HOLD_PHASE_DONE), ==, "Done");
}

/* Timer */

typedef struct
{
  ScapulaClock       *clock;
  ScapulaManualClock *manual;
  ScapulaTimer       *timer;

  guint               ticks;
  guint               finished;
  guint               changed;
  guint               active_notifies;
  guint               paused_notifies;
  GArray             *tick_remaining;
  GString            *pings;
  gint64              finished_at;
} Fixture;

static void
on_tick (ScapulaTimer *timer,
         Fixture      *fixture)
{
  gint64 remaining = scapula_timer_get_remaining (timer);

  fixture->ticks++;
  g_array_append_val (fixture->tick_remaining, remaining);
}

static void
on_ping (ScapulaTimer *timer,
         guint         count,
         Fixture      *fixture)
{
  g_string_append_printf (fixture->pings, "%" G_GINT64_FORMAT ":%u ",
                          scapula_timer_get_elapsed (timer) / MS, count);
}

static void
on_finished (ScapulaTimer *timer,
             Fixture      *fixture)
{
  fixture->finished++;
  fixture->finished_at = scapula_clock_get_now (fixture->clock);
  g_assert_false (scapula_timer_get_active (timer));
  g_assert_true (scapula_timer_get_finished (timer));
}

static void
on_changed (ScapulaTimer *timer,
            Fixture      *fixture)
{
  fixture->changed++;
}

static void
on_notify (ScapulaTimer *timer,
           GParamSpec   *pspec,
           Fixture      *fixture)
{
  if (g_str_equal (pspec->name, "active"))
    fixture->active_notifies++;
  else if (g_str_equal (pspec->name, "paused"))
    fixture->paused_notifies++;
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->clock = scapula_manual_clock_new (T0);
  fixture->manual = SCAPULA_MANUAL_CLOCK (fixture->clock);
  fixture->timer = scapula_timer_new (fixture->clock);
  fixture->tick_remaining = g_array_new (FALSE, FALSE, sizeof (gint64));
  fixture->pings = g_string_new (NULL);

  g_signal_connect (fixture->timer, "tick", G_CALLBACK (on_tick), fixture);
  g_signal_connect (fixture->timer, "ping", G_CALLBACK (on_ping), fixture);
  g_signal_connect (fixture->timer, "finished", G_CALLBACK (on_finished), fixture);
  g_signal_connect (fixture->timer, "changed", G_CALLBACK (on_changed), fixture);
  g_signal_connect (fixture->timer, "notify", G_CALLBACK (on_notify), fixture);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->timer);
  /* A disposed timer leaves no alarm behind. */
  g_assert_cmpuint (scapula_manual_clock_get_n_alarms (fixture->manual), ==, 0);
  g_clear_object (&fixture->clock);
  g_array_unref (fixture->tick_remaining);
  g_string_free (fixture->pings, TRUE);
}

static guint
n_alarms (Fixture *fixture)
{
  return scapula_manual_clock_get_n_alarms (fixture->manual);
}

static void
test_timer_rest (Fixture       *fixture,
                 gconstpointer  data)
{
  ScapulaTimer *timer = fixture->timer;

  g_assert_false (scapula_timer_get_active (timer));
  g_assert_cmpint (scapula_timer_get_remaining (timer), ==, 0);
  g_assert_cmpuint (n_alarms (fixture), ==, 0);
  g_assert_true (scapula_timer_get_clock (timer) == fixture->clock);

  scapula_timer_start (timer, 90 * S);
  g_assert_true (scapula_timer_get_active (timer));
  g_assert_false (scapula_timer_get_paused (timer));
  g_assert_cmpuint (fixture->changed, ==, 1);
  g_assert_cmpuint (fixture->active_notifies, ==, 1);
  g_assert_cmpint (scapula_timer_get_state (timer)->started_at, ==, T0);
  g_assert_cmpint (scapula_timer_get_remaining (timer), ==, 90 * S);
  g_assert_null (scapula_timer_get_hold_plan (timer));
  g_assert_cmpuint (n_alarms (fixture), ==, 1);

  scapula_manual_clock_advance (fixture->manual, 30 * S);
  g_assert_cmpint (scapula_timer_get_remaining (timer), ==, 60 * S);
  g_assert_cmpint (scapula_timer_get_elapsed (timer), ==, 30 * S);

  scapula_timer_pause (timer);
  g_assert_true (scapula_timer_get_paused (timer));
  g_assert_true (scapula_timer_get_active (timer));
  g_assert_cmpuint (fixture->changed, ==, 2);
  g_assert_cmpuint (fixture->paused_notifies, ==, 1);
  g_assert_cmpuint (n_alarms (fixture), ==, 0);

  /* Pausing again changes nothing. */
  scapula_timer_pause (timer);
  g_assert_cmpuint (fixture->changed, ==, 2);

  scapula_manual_clock_advance (fixture->manual, 100 * S);
  g_assert_cmpint (scapula_timer_get_remaining (timer), ==, 60 * S);

  scapula_timer_resume (timer);
  g_assert_false (scapula_timer_get_paused (timer));
  g_assert_cmpuint (fixture->changed, ==, 3);
  g_assert_cmpuint (fixture->paused_notifies, ==, 2);
  g_assert_cmpuint (n_alarms (fixture), ==, 1);

  scapula_timer_adjust (timer, SCAPULA_COUNTDOWN_ADJUST_STEP);
  g_assert_cmpint (scapula_timer_get_remaining (timer), ==, 75 * S);
  g_assert_cmpint (scapula_timer_get_duration (timer), ==, 105 * S);
  scapula_timer_adjust (timer, -SCAPULA_COUNTDOWN_ADJUST_STEP);
  g_assert_cmpint (scapula_timer_get_remaining (timer), ==, 60 * S);
  g_assert_cmpuint (fixture->changed, ==, 5);
  g_assert_cmpuint (n_alarms (fixture), ==, 1);

  scapula_manual_clock_advance (fixture->manual, 60 * S - 1);
  g_assert_cmpuint (fixture->finished, ==, 0);
  g_assert_cmpint (scapula_timer_get_remaining (timer), ==, 1);

  scapula_manual_clock_advance (fixture->manual, 1);
  g_assert_cmpuint (fixture->finished, ==, 1);
  g_assert_cmpint (fixture->finished_at, ==, T0 + 190 * S);
  g_assert_false (scapula_timer_get_active (timer));
  g_assert_true (scapula_timer_get_finished (timer));
  g_assert_cmpuint (fixture->active_notifies, ==, 2);
  g_assert_cmpuint (n_alarms (fixture), ==, 0);

  /* Finished: actions do nothing, and it never finishes twice. */
  scapula_timer_adjust (timer, SCAPULA_COUNTDOWN_ADJUST_STEP);
  scapula_timer_skip (timer);
  scapula_manual_clock_advance (fixture->manual, 600 * S);
  g_assert_cmpuint (fixture->finished, ==, 1);
  g_assert_cmpuint (fixture->changed, ==, 5);
  g_assert_cmpuint (fixture->ticks, ==, 0);

  scapula_timer_stop (timer);
  g_assert_false (scapula_timer_get_finished (timer));
  g_assert_cmpint (scapula_timer_get_state (timer)->started_at, ==, 0);
  g_assert_cmpuint (fixture->changed, ==, 6);
  g_assert_cmpuint (n_alarms (fixture), ==, 0);
}

static void
test_timer_adjust_to_end (Fixture       *fixture,
                          gconstpointer  data)
{
  ScapulaTimer *timer = fixture->timer;

  scapula_timer_start (timer, 60 * S);
  scapula_manual_clock_advance (fixture->manual, 50 * S);

  /* −15 s with 10 s left: 0 left, finished now. */
  scapula_timer_adjust (timer, -SCAPULA_COUNTDOWN_ADJUST_STEP);
  g_assert_cmpint (scapula_timer_get_remaining (timer), ==, 0);
  g_assert_cmpint (scapula_timer_get_duration (timer), ==, 50 * S);
  g_assert_cmpuint (fixture->finished, ==, 1);
  g_assert_cmpint (fixture->finished_at, ==, T0 + 50 * S);
  g_assert_cmpuint (fixture->changed, ==, 2);
  g_assert_cmpuint (n_alarms (fixture), ==, 0);

  /* The same while paused. */
  scapula_timer_start (timer, 60 * S);
  scapula_manual_clock_advance (fixture->manual, 50 * S);
  scapula_timer_pause (timer);
  scapula_manual_clock_advance (fixture->manual, 50 * S);
  scapula_timer_adjust (timer, -SCAPULA_COUNTDOWN_ADJUST_STEP);
  g_assert_false (scapula_timer_get_paused (timer));
  g_assert_cmpuint (fixture->finished, ==, 2);
  g_assert_cmpuint (n_alarms (fixture), ==, 0);
}

static void
test_timer_skip (Fixture       *fixture,
                 gconstpointer  data)
{
  ScapulaTimer *timer = fixture->timer;

  /* Not started: nothing to skip. */
  scapula_timer_skip (timer);
  g_assert_cmpuint (fixture->finished, ==, 0);
  g_assert_cmpuint (fixture->changed, ==, 0);

  scapula_timer_start (timer, 90 * S);
  scapula_manual_clock_advance (fixture->manual, 10 * S);
  scapula_timer_skip (timer);
  g_assert_cmpuint (fixture->changed, ==, 2);
  g_assert_cmpuint (fixture->finished, ==, 1);
  g_assert_cmpint (fixture->finished_at, ==, T0 + 10 * S);
  g_assert_cmpint (scapula_timer_get_remaining (timer), ==, 0);
  g_assert_cmpint (scapula_timer_get_state (timer)->duration, ==, 10 * S);
  g_assert_cmpuint (n_alarms (fixture), ==, 0);

  scapula_timer_skip (timer);
  g_assert_cmpuint (fixture->finished, ==, 1);

  /* Skipping a paused timer finishes it too. */
  scapula_timer_start (timer, 90 * S);
  scapula_timer_pause (timer);
  scapula_timer_skip (timer);
  g_assert_cmpuint (fixture->finished, ==, 2);
  g_assert_false (scapula_timer_get_paused (timer));
  g_assert_cmpuint (fixture->paused_notifies, ==, 2);
}

static void
test_timer_suspend (Fixture       *fixture,
                    gconstpointer  data)
{
  ScapulaTimer *timer = fixture->timer;

  scapula_timer_set_ticking (timer, TRUE);
  scapula_timer_start (timer, 90 * S);
  scapula_manual_clock_advance (fixture->manual, 20 * S);
  g_assert_cmpuint (fixture->ticks, ==, 1);

  /* Ten minutes asleep: one step of the wall clock. Finished once, with
   * one tick to 0, not the 70 missed ones.
   */
  scapula_manual_clock_set_now (fixture->manual, T0 + 620 * S);
  g_assert_cmpuint (fixture->finished, ==, 1);
  g_assert_cmpint (fixture->finished_at, ==, T0 + 620 * S);
  g_assert_cmpuint (fixture->ticks, ==, 2);
  g_assert_cmpint (g_array_index (fixture->tick_remaining, gint64, 1), ==, 0);
  g_assert_cmpint (scapula_timer_get_remaining (timer), ==, 0);
  g_assert_cmpuint (n_alarms (fixture), ==, 0);

  scapula_manual_clock_advance (fixture->manual, 600 * S);
  g_assert_cmpuint (fixture->finished, ==, 1);
}

static void
test_timer_clock_back (Fixture       *fixture,
                       gconstpointer  data)
{
  ScapulaTimer *timer = fixture->timer;
  const ScapulaCountdown *state = scapula_timer_get_state (timer);

  scapula_timer_start (timer, 90 * S);
  scapula_manual_clock_advance (fixture->manual, 30 * S);

  /* A small step back, below the jump threshold: the countdown clamps. */
  scapula_manual_clock_advance (fixture->manual, -500 * MS);
  g_assert_cmpint (scapula_timer_get_remaining (timer), ==, 60500 * MS);
  g_assert_cmpuint (fixture->changed, ==, 1);

  /* Set back an hour: the time run is kept, the state moves with it. */
  scapula_manual_clock_advance (fixture->manual, -3600 * S);
  g_assert_cmpuint (fixture->changed, ==, 2);
  g_assert_cmpint (state->started_at, ==, T0 - 3600 * S);
  g_assert_cmpint (scapula_timer_get_remaining (timer), ==, 60500 * MS);
  g_assert_cmpint (scapula_timer_get_remaining (timer), <=, 90 * S);
  g_assert_cmpint (scapula_timer_get_elapsed (timer), >=, 0);
  g_assert_cmpuint (n_alarms (fixture), ==, 1);

  scapula_manual_clock_advance (fixture->manual, 60500 * MS - 1);
  g_assert_cmpuint (fixture->finished, ==, 0);
  scapula_manual_clock_advance (fixture->manual, 1);
  g_assert_cmpuint (fixture->finished, ==, 1);

  /* Paused, then set back: still the same time left. */
  scapula_timer_start (timer, 90 * S);
  scapula_manual_clock_advance (fixture->manual, 30 * S);
  scapula_timer_pause (timer);
  scapula_manual_clock_advance (fixture->manual, -3600 * S);
  scapula_timer_resume (timer);
  g_assert_cmpint (scapula_timer_get_remaining (timer), ==, 60 * S);
  scapula_manual_clock_advance (fixture->manual, 60 * S);
  g_assert_cmpuint (fixture->finished, ==, 2);
}

static void
test_timer_restore (Fixture       *fixture,
                    gconstpointer  data)
{
  ScapulaTimer *timer = fixture->timer;
  g_autoptr(GVariant) stored = NULL;
  g_autoptr(ScapulaClock) later = NULL;
  g_autoptr(ScapulaTimer) restored = NULL;
  g_autoptr(ScapulaTimer) too_late = NULL;
  g_autoptr(ScapulaTimer) paused = NULL;
  g_autoptr(GError) error = NULL;
  ScapulaCountdown state;
  Fixture again = { 0 };

  /* A 120 s rest, 10 s paused, stored 40 s in (30 s run). */
  scapula_timer_start (timer, 120 * S);
  scapula_manual_clock_advance (fixture->manual, 20 * S);
  scapula_timer_pause (timer);
  scapula_manual_clock_advance (fixture->manual, 10 * S);
  scapula_timer_resume (timer);
  scapula_manual_clock_advance (fixture->manual, 10 * S);
  stored = g_variant_ref_sink (scapula_countdown_to_variant (scapula_timer_get_state (timer)));
  g_clear_object (&fixture->timer);

  /* The app comes back 20 s later. */
  later = scapula_manual_clock_new (T0 + 60 * S);
  again.clock = later;
  again.tick_remaining = g_array_new (FALSE, FALSE, sizeof (gint64));
  again.pings = g_string_new (NULL);

  g_assert_true (scapula_countdown_from_variant (stored, &state, &error));
  g_assert_no_error (error);

  restored = scapula_timer_new (later);
  g_signal_connect (restored, "finished", G_CALLBACK (on_finished), &again);
  g_signal_connect (restored, "changed", G_CALLBACK (on_changed), &again);
  scapula_timer_restore (restored, &state, NULL);

  g_assert_cmpuint (again.changed, ==, 1);
  g_assert_true (scapula_timer_get_active (restored));
  g_assert_false (scapula_timer_get_paused (restored));
  g_assert_cmpint (scapula_timer_get_remaining (restored), ==, 70 * S);
  g_assert_cmpuint (scapula_manual_clock_get_n_alarms (SCAPULA_MANUAL_CLOCK (later)), ==, 1);

  scapula_manual_clock_advance (SCAPULA_MANUAL_CLOCK (later), 70 * S - 1);
  g_assert_cmpuint (again.finished, ==, 0);
  scapula_manual_clock_advance (SCAPULA_MANUAL_CLOCK (later), 1);
  g_assert_cmpuint (again.finished, ==, 1);
  g_assert_cmpint (again.finished_at, ==, T0 + 130 * S);

  /* Restored after its end: finished, but ::finished is not replayed. */
  too_late = scapula_timer_new (later);
  g_signal_connect (too_late, "finished", G_CALLBACK (on_finished), &again);
  scapula_timer_restore (too_late, &state, NULL);
  g_assert_true (scapula_timer_get_finished (too_late));
  g_assert_false (scapula_timer_get_active (too_late));
  g_assert_cmpint (scapula_timer_get_remaining (too_late), ==, 0);
  scapula_manual_clock_advance (SCAPULA_MANUAL_CLOCK (later), 10 * S);
  g_assert_cmpuint (again.finished, ==, 1);

  /* Restored paused: paused, no alarm, the time left it had. */
  scapula_countdown_pause (&state, T0 + 50 * S);
  paused = scapula_timer_new (later);
  scapula_timer_restore (paused, &state, NULL);
  g_assert_true (scapula_timer_get_paused (paused));
  g_assert_cmpint (scapula_timer_get_remaining (paused), ==, 80 * S);

  g_clear_object (&restored);
  g_clear_object (&too_late);
  g_clear_object (&paused);
  g_assert_cmpuint (scapula_manual_clock_get_n_alarms (SCAPULA_MANUAL_CLOCK (later)), ==, 0);
  g_array_unref (again.tick_remaining);
  g_string_free (again.pings, TRUE);
}

static void
test_timer_ticks (Fixture       *fixture,
                  gconstpointer  data)
{
  ScapulaTimer *timer = fixture->timer;

  scapula_timer_set_ticking (timer, TRUE);
  g_assert_true (scapula_timer_get_ticking (timer));
  scapula_timer_start (timer, 90 * S);

  /* 100 ms steps over the whole rest: one alarm pending all along, one
   * tick per whole second, each exactly on the second.
   */
  for (guint i = 0; i < 900; i++)
    {
      g_assert_cmpuint (n_alarms (fixture), ==, 1);
      scapula_manual_clock_advance (fixture->manual, 100 * MS);
    }

  g_assert_cmpuint (fixture->ticks, ==, 90);
  for (guint i = 0; i < 90; i++)
    g_assert_cmpint (g_array_index (fixture->tick_remaining, gint64, i), ==, (89 - (gint64) i) * S);
  g_assert_cmpuint (fixture->finished, ==, 1);
  g_assert_cmpuint (n_alarms (fixture), ==, 0);

  /* Time passing smoothly gives the same ticks. */
  fixture->ticks = 0;
  g_array_set_size (fixture->tick_remaining, 0);
  scapula_timer_start (timer, 90 * S);
  scapula_manual_clock_run_to (fixture->manual, T0 + 190 * S);
  g_assert_cmpuint (fixture->ticks, ==, 90);
  g_assert_cmpint (g_array_index (fixture->tick_remaining, gint64, 0), ==, 89 * S);
  g_assert_cmpint (g_array_index (fixture->tick_remaining, gint64, 89), ==, 0);
  g_assert_cmpuint (fixture->finished, ==, 2);

  /* A rest of 2.5 s shows 3, 2, 1, 0: the first tick comes after 0.5 s. */
  fixture->ticks = 0;
  g_array_set_size (fixture->tick_remaining, 0);
  scapula_timer_start (timer, 2500 * MS);
  scapula_manual_clock_advance (fixture->manual, 499 * MS);
  g_assert_cmpuint (fixture->ticks, ==, 0);
  scapula_manual_clock_advance (fixture->manual, 1 * MS);
  g_assert_cmpuint (fixture->ticks, ==, 1);
  g_assert_cmpint (g_array_index (fixture->tick_remaining, gint64, 0), ==, 2 * S);
  scapula_manual_clock_run_to (fixture->manual, T0 + 300 * S);
  g_assert_cmpuint (fixture->ticks, ==, 3);
}

static void
test_timer_no_ticks (Fixture       *fixture,
                     gconstpointer  data)
{
  ScapulaTimer *timer = fixture->timer;

  g_assert_false (scapula_timer_get_ticking (timer));
  scapula_timer_start (timer, 90 * S);

  /* Hidden: no ticks, and the only alarm pending is the end. */
  for (guint i = 0; i < 89; i++)
    {
      scapula_manual_clock_advance (fixture->manual, S);
      g_assert_cmpuint (n_alarms (fixture), ==, 1);
    }
  g_assert_cmpuint (fixture->ticks, ==, 0);

  /* Shown for the last second, then hidden again. */
  scapula_timer_set_ticking (timer, TRUE);
  g_assert_cmpuint (fixture->ticks, ==, 0);
  g_assert_cmpuint (n_alarms (fixture), ==, 1);
  scapula_manual_clock_advance (fixture->manual, S);
  g_assert_cmpuint (fixture->ticks, ==, 1);
  g_assert_cmpuint (fixture->finished, ==, 1);

  scapula_timer_set_ticking (timer, FALSE);
  scapula_timer_start (timer, 90 * S);
  scapula_manual_clock_run_to (fixture->manual, T0 + 180 * S);
  g_assert_cmpuint (fixture->ticks, ==, 1);
  g_assert_cmpuint (fixture->finished, ==, 2);
}

static void
test_timer_hold (Fixture       *fixture,
                 gconstpointer  data)
{
  /* Ready 0–5, hold 5–15, release 15–18, hold 18–28. */
  static const ScapulaHoldPlan plan = { 2, 10, 5, 3, FALSE };
  ScapulaTimer *timer = fixture->timer;
  ScapulaHoldPosition position;

  g_assert_false (scapula_timer_get_position (timer, &position));

  scapula_timer_start_hold (timer, &plan);
  g_assert_cmpint (scapula_timer_get_duration (timer), ==, 28 * S);
  g_assert_nonnull (scapula_timer_get_hold_plan (timer));
  g_assert_cmpuint (scapula_timer_get_hold_plan (timer)->reps, ==, 2);
  g_assert_true (scapula_timer_get_position (timer, &position));
  g_assert_cmpint (position.phase, ==, SCAPULA_HOLD_PHASE_GET_READY);

  /* Hidden all along: one alarm at a time, for the next ping or the end. */
  for (guint i = 0; i < 280; i++)
    {
      g_assert_cmpuint (n_alarms (fixture), ==, 1);
      scapula_manual_clock_advance (fixture->manual, 100 * MS);

      if (i == 99)
        {
          g_assert_true (scapula_timer_get_position (timer, &position));
          g_assert_cmpint (position.phase, ==, SCAPULA_HOLD_PHASE_HOLD);
          g_assert_cmpuint (position.rep, ==, 0);
          g_assert_cmpint (position.phase_elapsed, ==, 5 * S);
        }
    }

  g_assert_cmpstr (fixture->pings->str, ==,
                   "2000:1 3000:1 4000:1 5000:2 "
                   "12000:1 13000:1 14000:1 15000:2 "
                   "16000:1 17000:1 18000:2 "
                   "25000:1 26000:1 27000:1 28000:3 ");
  g_assert_cmpuint (fixture->finished, ==, 1);
  g_assert_cmpint (fixture->finished_at, ==, T0 + 28 * S);
  g_assert_cmpuint (fixture->ticks, ==, 0);
  g_assert_cmpuint (n_alarms (fixture), ==, 0);

  g_assert_true (scapula_timer_get_position (timer, &position));
  g_assert_cmpint (position.phase, ==, SCAPULA_HOLD_PHASE_DONE);
}

static void
test_timer_hold_late (Fixture       *fixture,
                      gconstpointer  data)
{
  static const ScapulaHoldPlan plan = { 2, 10, 5, 3, FALSE };
  ScapulaTimer *timer = fixture->timer;
  ScapulaCountdown state;
  g_autoptr(ScapulaTimer) restored = NULL;

  scapula_timer_start_hold (timer, &plan);

  /* A pause holds the ladder where it is. */
  scapula_manual_clock_run_to (fixture->manual, T0 + 3 * S);
  scapula_timer_pause (timer);
  scapula_manual_clock_run_to (fixture->manual, T0 + 60 * S);
  g_assert_cmpstr (fixture->pings->str, ==, "2000:1 3000:1 ");
  scapula_timer_resume (timer);

  /* Woken 7.5 s late: the missed pings are dropped, not sounded at once. */
  scapula_manual_clock_set_now (fixture->manual, T0 + 67500 * MS);
  g_assert_cmpstr (fixture->pings->str, ==, "2000:1 3000:1 ");

  /* 0.5 s late is still worth sounding: the latest one only. */
  scapula_manual_clock_set_now (fixture->manual, T0 + 71500 * MS);
  g_assert_cmpstr (fixture->pings->str, ==, "2000:1 3000:1 14500:1 ");

  /* A restart during the hold replays nothing, then goes on. */
  state = *scapula_timer_get_state (timer);
  g_clear_object (&fixture->timer);
  restored = scapula_timer_new (fixture->clock);
  fixture->timer = g_object_ref (restored);
  g_signal_connect (restored, "ping", G_CALLBACK (on_ping), fixture);
  g_signal_connect (restored, "finished", G_CALLBACK (on_finished), fixture);
  scapula_manual_clock_set_now (fixture->manual, T0 + 72200 * MS);
  scapula_timer_restore (restored, &state, &plan);
  g_assert_cmpstr (fixture->pings->str, ==, "2000:1 3000:1 14500:1 ");

  g_string_truncate (fixture->pings, 0);
  scapula_manual_clock_run_to (fixture->manual, T0 + 300 * S);
  g_assert_cmpstr (fixture->pings->str, ==,
                   "16000:1 17000:1 18000:2 25000:1 26000:1 27000:1 28000:3 ");
  g_assert_cmpuint (fixture->finished, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/timer/countdown/start-pause-resume", test_countdown_start_pause_resume);
  g_test_add_func ("/timer/countdown/adjust", test_countdown_adjust);
  g_test_add_func ("/timer/countdown/skip", test_countdown_skip);
  g_test_add_func ("/timer/countdown/clock-jump", test_countdown_clock_jump);
  g_test_add_func ("/timer/countdown/variant", test_countdown_variant);
  g_test_add_func ("/timer/clock/manual", test_manual_clock);
  g_test_add_func ("/timer/clock/system-sleep-ms", test_system_clock_sleep_ms);
  g_test_add_func ("/timer/clock/system-rearm", test_system_clock_rearm);
  g_test_add_func ("/timer/clock/system-real", test_system_clock_real);
  g_test_add_func ("/timer/hold/duration", test_hold_duration);
  g_test_add_func ("/timer/hold/locate", test_hold_locate);
  g_test_add_func ("/timer/hold/pings", test_hold_pings);
  g_test_add_func ("/timer/hold/labels", test_hold_labels);

#define ADD_TIMER_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD_TIMER_TEST ("/timer/timer/rest", test_timer_rest);
  ADD_TIMER_TEST ("/timer/timer/adjust-to-end", test_timer_adjust_to_end);
  ADD_TIMER_TEST ("/timer/timer/skip", test_timer_skip);
  ADD_TIMER_TEST ("/timer/timer/suspend", test_timer_suspend);
  ADD_TIMER_TEST ("/timer/timer/clock-back", test_timer_clock_back);
  ADD_TIMER_TEST ("/timer/timer/restore", test_timer_restore);
  ADD_TIMER_TEST ("/timer/timer/ticks", test_timer_ticks);
  ADD_TIMER_TEST ("/timer/timer/no-ticks", test_timer_no_ticks);
  ADD_TIMER_TEST ("/timer/timer/hold", test_timer_hold);
  ADD_TIMER_TEST ("/timer/timer/hold-late", test_timer_hold_late);

#undef ADD_TIMER_TEST

  return g_test_run ();
}
