/* scapula-clock.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The longest the system clock sleeps before it looks at the wall clock
 * again, in milliseconds. See scapula-clock.c.
 */
#define SCAPULA_CLOCK_MAX_SLEEP_MS 2000

/* A backwards step of the wall clock larger than this (µs) is reported by
 * ScapulaClock::jumped.
 */
#define SCAPULA_CLOCK_JUMP_THRESHOLD G_USEC_PER_SEC

typedef void (*ScapulaClockAlarmFunc) (gpointer user_data);

#define SCAPULA_TYPE_CLOCK (scapula_clock_get_type ())

G_DECLARE_DERIVABLE_TYPE (ScapulaClock, scapula_clock, SCAPULA, CLOCK, GObject)

/**
 * ScapulaClockClass:
 * @get_now: the wall time in µs since the epoch
 * @add_alarm: arms a one-shot alarm for the wall time @when
 * @remove_alarm: disarms an alarm
 *
 * A source of wall-clock time and alarms. Timers take one so that tests can
 * replace it with a #ScapulaManualClock.
 */
struct _ScapulaClockClass
{
  GObjectClass parent_class;

  gint64 (*get_now)      (ScapulaClock          *self);
  guint  (*add_alarm)    (ScapulaClock          *self,
                          gint64                 when,
                          ScapulaClockAlarmFunc  func,
                          gpointer               user_data,
                          GDestroyNotify         destroy);
  void   (*remove_alarm) (ScapulaClock          *self,
                          guint                  id);
};

gint64        scapula_clock_get_now      (ScapulaClock          *self);
guint         scapula_clock_add_alarm    (ScapulaClock          *self,
                                          gint64                 when,
                                          ScapulaClockAlarmFunc  func,
                                          gpointer               user_data,
                                          GDestroyNotify         destroy);
void          scapula_clock_remove_alarm (ScapulaClock          *self,
                                          guint                  id);
void          scapula_clock_emit_jumped  (ScapulaClock          *self,
                                          gint64                 delta);
ScapulaClock *scapula_clock_get_system   (void);

#define SCAPULA_TYPE_MANUAL_CLOCK (scapula_manual_clock_get_type ())

G_DECLARE_FINAL_TYPE (ScapulaManualClock, scapula_manual_clock, SCAPULA, MANUAL_CLOCK, ScapulaClock)

ScapulaClock *scapula_manual_clock_new          (gint64              now);
void          scapula_manual_clock_set_now      (ScapulaManualClock *self,
                                                 gint64              now);
void          scapula_manual_clock_advance      (ScapulaManualClock *self,
                                                 gint64              delta);
void          scapula_manual_clock_run_to       (ScapulaManualClock *self,
                                                 gint64              now);
guint         scapula_manual_clock_get_n_alarms (ScapulaManualClock *self);

G_END_DECLS
