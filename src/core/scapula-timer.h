/* scapula-timer.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "scapula-clock.h"
#include "scapula-countdown.h"
#include "scapula-hold.h"

G_BEGIN_DECLS

/* A ping that comes due more than this long (µs) before the timer could
 * sound it (the machine was asleep) is dropped rather than sounded late.
 */
#define SCAPULA_TIMER_PING_LATE_MAX G_USEC_PER_SEC

#define SCAPULA_TYPE_TIMER (scapula_timer_get_type ())

G_DECLARE_FINAL_TYPE (ScapulaTimer, scapula_timer, SCAPULA, TIMER, GObject)

ScapulaTimer           *scapula_timer_new           (ScapulaClock           *clock);
ScapulaClock           *scapula_timer_get_clock     (ScapulaTimer           *self);
void                    scapula_timer_start         (ScapulaTimer           *self,
                                                     gint64                  duration);
void                    scapula_timer_start_hold    (ScapulaTimer           *self,
                                                     const ScapulaHoldPlan  *plan);
void                    scapula_timer_restore       (ScapulaTimer           *self,
                                                     const ScapulaCountdown *state,
                                                     const ScapulaHoldPlan  *plan_or_null);
void                    scapula_timer_pause         (ScapulaTimer           *self);
void                    scapula_timer_resume        (ScapulaTimer           *self);
void                    scapula_timer_skip          (ScapulaTimer           *self);
void                    scapula_timer_adjust        (ScapulaTimer           *self,
                                                     gint64                  delta);
void                    scapula_timer_stop          (ScapulaTimer           *self);
const ScapulaCountdown *scapula_timer_get_state     (ScapulaTimer           *self);
const ScapulaHoldPlan  *scapula_timer_get_hold_plan (ScapulaTimer           *self);
gboolean                scapula_timer_get_position  (ScapulaTimer           *self,
                                                     ScapulaHoldPosition    *position);
gint64                  scapula_timer_get_remaining (ScapulaTimer           *self);
gint64                  scapula_timer_get_elapsed   (ScapulaTimer           *self);
gint64                  scapula_timer_get_duration  (ScapulaTimer           *self);
gboolean                scapula_timer_get_active    (ScapulaTimer           *self);
gboolean                scapula_timer_get_paused    (ScapulaTimer           *self);
gboolean                scapula_timer_get_finished  (ScapulaTimer           *self);
gboolean                scapula_timer_get_ticking   (ScapulaTimer           *self);
void                    scapula_timer_set_ticking   (ScapulaTimer           *self,
                                                     gboolean                ticking);

G_END_DECLS
