/* scapula-countdown.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A countdown is kept as the wall-clock moment it started, its length and
 * the time it spent paused, never as a number of ticks counted down. The
 * time left is worked out from those and "now" each time it is asked for,
 * so it stays right when the window is hidden and nothing draws, when the
 * app is killed and restarted (the four numbers are stored in SQLite), and
 * when the machine sleeps (a countdown whose end passed during the sleep is
 * simply finished on waking). Wall time can also step backwards when the
 * clock is set: elapsed time is then clamped at 0 and remaining time at the
 * full length, never beyond.
 */

#define G_LOG_DOMAIN "scapula-countdown"

#include "config.h"

#include <gio/gio.h>

#include "scapula-countdown.h"

/**
 * scapula_countdown_start:
 * @self: a countdown
 * @now: the wall time
 * @duration: its length in µs (negative counts as 0)
 *
 * (Re)starts @self at @now, running, with nothing paused yet.
 */
void
scapula_countdown_start (ScapulaCountdown *self,
                         gint64            now,
                         gint64            duration)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (now > 0);

  self->started_at = now;
  self->duration = MAX (duration, 0);
  self->paused_at = 0;
  self->paused_total = 0;
}

/**
 * scapula_countdown_is_started:
 * @self: a countdown
 *
 * Returns: %TRUE when @self was ever started
 */
gboolean
scapula_countdown_is_started (const ScapulaCountdown *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->started_at != 0;
}

/**
 * scapula_countdown_is_paused:
 * @self: a countdown
 *
 * Returns: %TRUE while @self is paused
 */
gboolean
scapula_countdown_is_paused (const ScapulaCountdown *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->started_at != 0 && self->paused_at != 0;
}

/**
 * scapula_countdown_get_elapsed:
 * @self: a countdown
 * @now: the wall time
 *
 * The time it has run (time paused not counted), clamped to
 * 0‥duration: a clock set back before the start gives 0, never less.
 *
 * Returns: µs
 */
gint64
scapula_countdown_get_elapsed (const ScapulaCountdown *self,
                               gint64                  now)
{
  gint64 until;
  gint64 elapsed;

  g_return_val_if_fail (self != NULL, 0);

  if (self->started_at == 0)
    return 0;

  until = self->paused_at != 0 ? self->paused_at : now;
  elapsed = until - self->started_at - self->paused_total;

  return CLAMP (elapsed, 0, self->duration);
}

/**
 * scapula_countdown_get_remaining:
 * @self: a countdown
 * @now: the wall time
 *
 * The time left, clamped to 0‥duration. A countdown never started has
 * none left.
 *
 * Returns: µs
 */
gint64
scapula_countdown_get_remaining (const ScapulaCountdown *self,
                                 gint64                  now)
{
  g_return_val_if_fail (self != NULL, 0);

  if (self->started_at == 0)
    return 0;

  return self->duration - scapula_countdown_get_elapsed (self, now);
}

/**
 * scapula_countdown_get_deadline:
 * @self: a countdown
 *
 * Returns: the wall time it ends at if it keeps running, or %G_MAXINT64
 *   while it is paused or was never started
 */
gint64
scapula_countdown_get_deadline (const ScapulaCountdown *self)
{
  g_return_val_if_fail (self != NULL, G_MAXINT64);

  if (self->started_at == 0 || self->paused_at != 0)
    return G_MAXINT64;

  return self->started_at + self->paused_total + self->duration;
}

/**
 * scapula_countdown_is_running:
 * @self: a countdown
 * @now: the wall time
 *
 * Returns: %TRUE when it was started, is not paused and has time left
 */
gboolean
scapula_countdown_is_running (const ScapulaCountdown *self,
                              gint64                  now)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->started_at != 0 &&
         self->paused_at == 0 &&
         scapula_countdown_get_remaining (self, now) > 0;
}

/**
 * scapula_countdown_is_finished:
 * @self: a countdown
 * @now: the wall time
 *
 * Returns: %TRUE when it was started and has no time left
 */
gboolean
scapula_countdown_is_finished (const ScapulaCountdown *self,
                               gint64                  now)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->started_at != 0 && scapula_countdown_get_remaining (self, now) == 0;
}

/**
 * scapula_countdown_pause:
 * @self: a countdown
 * @now: the wall time
 *
 * Stops the time running. Does nothing when it is not running.
 */
void
scapula_countdown_pause (ScapulaCountdown *self,
                         gint64            now)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (now > 0);

  if (!scapula_countdown_is_running (self, now))
    return;

  self->paused_at = now;
}

/**
 * scapula_countdown_resume:
 * @self: a countdown
 * @now: the wall time
 *
 * Lets a paused countdown run again from where it stopped. The time spent
 * paused is added to @paused_total; a clock set back during the pause adds
 * nothing rather than a negative time.
 */
void
scapula_countdown_resume (ScapulaCountdown *self,
                          gint64            now)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (now > 0);

  if (!scapula_countdown_is_paused (self))
    return;

  self->paused_total += MAX (now - self->paused_at, 0);
  self->paused_at = 0;
}

/**
 * scapula_countdown_adjust:
 * @self: a countdown
 * @now: the wall time
 * @delta: µs to add to the time left (negative to take away), normally
 *   ±%SCAPULA_COUNTDOWN_ADJUST_STEP
 *
 * Lengthens or shortens a started countdown. The time left never goes
 * below 0: taking 15 s off 10 s left ends it. A paused countdown brought to
 * 0 is no longer paused but finished.
 */
void
scapula_countdown_adjust (ScapulaCountdown *self,
                          gint64            now,
                          gint64            delta)
{
  gint64 remaining;

  g_return_if_fail (self != NULL);
  g_return_if_fail (now > 0);

  if (self->started_at == 0)
    return;

  remaining = scapula_countdown_get_remaining (self, now);

  if (delta < -remaining)
    delta = -remaining;

  /* The clamped elapsed time is the one shown: keep it fixed when the
   * wall clock reads before the start or after the end, so the time left
   * changes by exactly delta.
   */
  if (delta != 0)
    {
      gint64 elapsed = scapula_countdown_get_elapsed (self, now);

      self->duration = elapsed + remaining + delta;
      if (self->paused_at == 0)
        self->started_at = now - self->paused_total - elapsed;
      else
        self->started_at = self->paused_at - self->paused_total - elapsed;
    }

  if (remaining + delta == 0)
    scapula_countdown_resume (self, now);
}

/**
 * scapula_countdown_skip:
 * @self: a countdown
 * @now: the wall time
 *
 * Ends a started countdown at @now: its length becomes the time it has
 * run, so it is finished and no longer paused.
 */
void
scapula_countdown_skip (ScapulaCountdown *self,
                        gint64            now)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (now > 0);

  if (self->started_at == 0)
    return;

  scapula_countdown_adjust (self, now, -scapula_countdown_get_remaining (self, now));
  scapula_countdown_resume (self, now);
}

/**
 * scapula_countdown_shift:
 * @self: a countdown
 * @delta: µs
 *
 * Moves every timestamp of @self by @delta, so that the same time has
 * elapsed at now + @delta as at now. Used when the wall clock is set back,
 * so that a running rest neither restarts nor freezes.
 */
void
scapula_countdown_shift (ScapulaCountdown *self,
                         gint64            delta)
{
  g_return_if_fail (self != NULL);

  if (self->started_at == 0)
    return;

  self->started_at = MAX (self->started_at + delta, 1);
  if (self->paused_at != 0)
    self->paused_at = MAX (self->paused_at + delta, 1);
}

/**
 * scapula_countdown_to_variant:
 * @self: a countdown
 *
 * Returns: (transfer floating): the four fields as `(xxxx)`, in the order
 *   of the struct
 */
GVariant *
scapula_countdown_to_variant (const ScapulaCountdown *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_variant_new ("(xxxx)",
                        self->started_at,
                        self->duration,
                        self->paused_at,
                        self->paused_total);
}

/**
 * scapula_countdown_from_variant:
 * @variant: a `(xxxx)` variant from scapula_countdown_to_variant()
 * @self: (out): where to store the countdown
 * @error: return location for an error
 *
 * Reads a stored countdown back. @self is left untouched on error.
 *
 * Returns: %FALSE, with %G_IO_ERROR_INVALID_DATA, when @variant is of
 *   another type or holds negative times or a pause in a countdown that
 *   never started
 */
gboolean
scapula_countdown_from_variant (GVariant          *variant,
                                ScapulaCountdown  *self,
                                GError           **error)
{
  ScapulaCountdown countdown;

  g_return_val_if_fail (variant != NULL, FALSE);
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!g_variant_is_of_type (variant, G_VARIANT_TYPE (SCAPULA_COUNTDOWN_VARIANT_TYPE)))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "Countdown of type “%s” instead of “%s”",
                   g_variant_get_type_string (variant),
                   SCAPULA_COUNTDOWN_VARIANT_TYPE);
      return FALSE;
    }

  g_variant_get (variant, "(xxxx)",
                 &countdown.started_at,
                 &countdown.duration,
                 &countdown.paused_at,
                 &countdown.paused_total);

  if (countdown.started_at < 0 ||
      countdown.duration < 0 ||
      countdown.paused_at < 0 ||
      countdown.paused_total < 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "Countdown with a negative time");
      return FALSE;
    }

  if (countdown.started_at == 0 &&
      (countdown.duration != 0 || countdown.paused_at != 0 || countdown.paused_total != 0))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "Countdown never started but with times set");
      return FALSE;
    }

  *self = countdown;

  return TRUE;
}
