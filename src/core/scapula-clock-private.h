/* scapula-clock-private.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "scapula-clock.h"

G_BEGIN_DECLS

typedef gint64 (*ScapulaClockNowFunc) (gpointer user_data);

#define SCAPULA_TYPE_SYSTEM_CLOCK (scapula_system_clock_get_type ())

G_DECLARE_FINAL_TYPE (ScapulaSystemClock, scapula_system_clock, SCAPULA, SYSTEM_CLOCK, ScapulaClock)

ScapulaSystemClock *_scapula_system_clock_new           (ScapulaClockNowFunc  now_func,
                                                         gpointer             now_data);
void                _scapula_system_clock_dispatch      (ScapulaSystemClock  *self);
int                 _scapula_system_clock_get_sleep     (ScapulaSystemClock  *self);
guint               _scapula_system_clock_get_n_wakeups (ScapulaSystemClock  *self);
guint               _scapula_clock_get_sleep_ms         (gint64               now,
                                                         gint64               when);

G_END_DECLS
