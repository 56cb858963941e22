/* scapula-countdown.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The step of the +15 s / −15 s buttons, in µs. */
#define SCAPULA_COUNTDOWN_ADJUST_STEP (15 * G_USEC_PER_SEC)

/**
 * ScapulaCountdown:
 * @started_at: wall time (µs since the epoch) it was started, or 0 when it
 *   never was
 * @duration: its length in µs, including every adjustment
 * @paused_at: wall time it was paused, or 0 while it runs
 * @paused_total: µs spent paused before @paused_at
 *
 * A countdown as four timestamps and durations, so that it can be stored
 * and read back after a restart. Every time passed in is wall-clock µs since
 * the epoch and must be greater than 0.
 */
typedef struct
{
  gint64 started_at;
  gint64 duration;
  gint64 paused_at;
  gint64 paused_total;
} ScapulaCountdown;

#define SCAPULA_COUNTDOWN_VARIANT_TYPE "(xxxx)"

void      scapula_countdown_start         (ScapulaCountdown       *self,
                                           gint64                  now,
                                           gint64                  duration);
void      scapula_countdown_pause         (ScapulaCountdown       *self,
                                           gint64                  now);
void      scapula_countdown_resume        (ScapulaCountdown       *self,
                                           gint64                  now);
void      scapula_countdown_adjust        (ScapulaCountdown       *self,
                                           gint64                  now,
                                           gint64                  delta);
void      scapula_countdown_skip          (ScapulaCountdown       *self,
                                           gint64                  now);
void      scapula_countdown_shift         (ScapulaCountdown       *self,
                                           gint64                  delta);
gint64    scapula_countdown_get_elapsed   (const ScapulaCountdown *self,
                                           gint64                  now);
gint64    scapula_countdown_get_remaining (const ScapulaCountdown *self,
                                           gint64                  now);
gint64    scapula_countdown_get_deadline  (const ScapulaCountdown *self);
gboolean  scapula_countdown_is_started    (const ScapulaCountdown *self);
gboolean  scapula_countdown_is_paused     (const ScapulaCountdown *self);
gboolean  scapula_countdown_is_running    (const ScapulaCountdown *self,
                                           gint64                  now);
gboolean  scapula_countdown_is_finished   (const ScapulaCountdown *self,
                                           gint64                  now);
GVariant *scapula_countdown_to_variant    (const ScapulaCountdown *self);
gboolean  scapula_countdown_from_variant  (GVariant               *variant,
                                           ScapulaCountdown       *self,
                                           GError                **error);

G_END_DECLS
