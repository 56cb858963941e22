/* scapula-clock.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Timers read the time and set their alarms through a ScapulaClock, so that
 * tests can swap in a ScapulaManualClock and move time by hand: instantly,
 * without sleeping, forwards (a suspended machine) and backwards (a clock
 * being set).
 *
 * All times are wall-clock µs since the epoch (g_get_real_time()), because
 * a rest timer's start is stored in SQLite and must mean the same after a
 * restart. GLib's timeouts run on the monotonic clock instead, and that
 * clock stops while the machine is suspended: a 90 s GLib timeout armed
 * before a 10 minute suspend fires 90 s of *awake* time later. So the system
 * clock never sleeps longer than SCAPULA_CLOCK_MAX_SLEEP_MS (2 s): on each
 * wake-up it reads g_get_real_time() again, fires what is due and re-arms for
 * what is left. While an alarm is far away that costs at most 0.5 wake-ups a
 * second; the last stretch before an alarm is one timeout of the exact number
 * of milliseconds left (g_timeout_add_full(), not g_timeout_add_seconds(),
 * which may coalesce wake-ups and be up to a second late). With no alarm
 * pending the clock has no source at all and never wakes.
 *
 * Each wake-up also compares how far the wall clock moved with how far the
 * monotonic clock moved. When the wall clock went back by more than
 * SCAPULA_CLOCK_JUMP_THRESHOLD, ScapulaClock::jumped reports it, so a timer
 * can keep the time it had already run instead of waiting for the wall
 * clock to catch up again.
 */

#define G_LOG_DOMAIN "scapula-clock"

#include "config.h"

#include "scapula-clock.h"
#include "scapula-clock-private.h"

typedef struct
{
  guint                 id;
  gint64                when;
  ScapulaClockAlarmFunc func;
  gpointer              user_data;
  GDestroyNotify        destroy;
} Alarm;

static Alarm *
alarm_new (guint                 id,
           gint64                when,
           ScapulaClockAlarmFunc func,
           gpointer              user_data,
           GDestroyNotify        destroy)
{
  Alarm *alarm = g_new0 (Alarm, 1);

  alarm->id = id;
  alarm->when = when;
  alarm->func = func;
  alarm->user_data = user_data;
  alarm->destroy = destroy;

  return alarm;
}

static void
alarm_free (Alarm *alarm)
{
  if (alarm->destroy != NULL)
    alarm->destroy (alarm->user_data);
  g_free (alarm);
}

/* Earlier first; alarms for the same moment in the order they were added. */
static int
alarm_compare (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const Alarm *alarm_a = a;
  const Alarm *alarm_b = b;

  if (alarm_a->when != alarm_b->when)
    return alarm_a->when < alarm_b->when ? -1 : 1;

  return alarm_a->id < alarm_b->id ? -1 : alarm_a->id > alarm_b->id;
}

/* A sorted set of alarms, shared by both clocks. */
typedef struct
{
  GSequence  *alarms;
  GHashTable *by_id;
  guint       last_id;
} AlarmQueue;

static void
alarm_queue_init (AlarmQueue *queue)
{
  queue->alarms = g_sequence_new (NULL);
  queue->by_id = g_hash_table_new (NULL, NULL);
  queue->last_id = 0;
}

static void
alarm_queue_clear (AlarmQueue *queue)
{
  GSequenceIter *iter;

  if (queue->alarms == NULL)
    return;

  /* Detach every alarm before destroying any, so a destroy notify that
   * calls back into the clock finds a consistent, empty queue.
   */
  g_hash_table_remove_all (queue->by_id);
  while (!g_sequence_is_empty (queue->alarms))
    {
      Alarm *alarm;

      iter = g_sequence_get_begin_iter (queue->alarms);
      alarm = g_sequence_get (iter);
      g_sequence_remove (iter);
      alarm_free (alarm);
    }

  g_clear_pointer (&queue->alarms, g_sequence_free);
  g_clear_pointer (&queue->by_id, g_hash_table_unref);
}

static guint
alarm_queue_add (AlarmQueue            *queue,
                 gint64                 when,
                 ScapulaClockAlarmFunc  func,
                 gpointer               user_data,
                 GDestroyNotify         destroy)
{
  Alarm *alarm;
  GSequenceIter *iter;

  do
    queue->last_id++;
  while (queue->last_id == 0 ||
         g_hash_table_contains (queue->by_id, GUINT_TO_POINTER (queue->last_id)));

  alarm = alarm_new (queue->last_id, when, func, user_data, destroy);
  iter = g_sequence_insert_sorted (queue->alarms, alarm, alarm_compare, NULL);
  g_hash_table_insert (queue->by_id, GUINT_TO_POINTER (alarm->id), iter);

  return alarm->id;
}

static void
alarm_queue_remove (AlarmQueue *queue,
                    guint       id)
{
  GSequenceIter *iter;
  Alarm *alarm;

  iter = g_hash_table_lookup (queue->by_id, GUINT_TO_POINTER (id));
  if (iter == NULL)
    return;

  alarm = g_sequence_get (iter);
  g_hash_table_remove (queue->by_id, GUINT_TO_POINTER (id));
  g_sequence_remove (iter);
  alarm_free (alarm);
}

/* The earliest alarm, or NULL. */
static Alarm *
alarm_queue_peek (AlarmQueue *queue)
{
  if (g_sequence_is_empty (queue->alarms))
    return NULL;

  return g_sequence_get (g_sequence_get_begin_iter (queue->alarms));
}

/* Takes the earliest alarm out when it is due at @now. */
static Alarm *
alarm_queue_pop_due (AlarmQueue *queue,
                     gint64      now)
{
  Alarm *alarm = alarm_queue_peek (queue);

  if (alarm == NULL || alarm->when > now)
    return NULL;

  g_hash_table_remove (queue->by_id, GUINT_TO_POINTER (alarm->id));
  g_sequence_remove (g_sequence_get_begin_iter (queue->alarms));

  return alarm;
}

/* Fires every alarm due at now(), earliest first, reading the time again
 * after each one, since an alarm may add or remove others.
 */
static void
alarm_queue_fire_due (AlarmQueue   *queue,
                      ScapulaClock *clock)
{
  Alarm *alarm;

  while ((alarm = alarm_queue_pop_due (queue, scapula_clock_get_now (clock))) != NULL)
    {
      alarm->func (alarm->user_data);
      alarm_free (alarm);
    }
}

/* ScapulaClock */

G_DEFINE_ABSTRACT_TYPE (ScapulaClock, scapula_clock, G_TYPE_OBJECT)

enum {
  SIGNAL_JUMPED,
  N_SIGNALS,
};

static guint signals[N_SIGNALS];

static void
scapula_clock_class_init (ScapulaClockClass *klass)
{
  /**
   * ScapulaClock::jumped:
   * @self: the clock
   * @delta: how far the wall clock stepped, in µs (negative: backwards)
   *
   * Emitted when the wall clock was set back by more than
   * %SCAPULA_CLOCK_JUMP_THRESHOLD. Forward steps are not reported: they
   * cannot be told apart from a suspended machine, where time really passed.
   */
  signals[SIGNAL_JUMPED] =
    g_signal_new ("jumped",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
scapula_clock_init (ScapulaClock *self)
{
}

/**
 * scapula_clock_get_now:
 * @self: a clock
 *
 * Returns: the wall time in µs since the epoch
 */
gint64
scapula_clock_get_now (ScapulaClock *self)
{
  g_return_val_if_fail (SCAPULA_IS_CLOCK (self), 0);

  return SCAPULA_CLOCK_GET_CLASS (self)->get_now (self);
}

/**
 * scapula_clock_add_alarm:
 * @self: a clock
 * @when: wall time in µs since the epoch
 * @func: called once, at or after @when
 * @user_data: passed to @func
 * @destroy: (nullable): frees @user_data once the alarm fired or was removed
 *
 * Arms a one-shot alarm. An alarm for a time already past fires as soon as
 * the clock next gets to run (never from inside this call).
 *
 * Returns: the alarm's id, greater than 0
 */
guint
scapula_clock_add_alarm (ScapulaClock          *self,
                         gint64                 when,
                         ScapulaClockAlarmFunc  func,
                         gpointer               user_data,
                         GDestroyNotify         destroy)
{
  g_return_val_if_fail (SCAPULA_IS_CLOCK (self), 0);
  g_return_val_if_fail (func != NULL, 0);

  return SCAPULA_CLOCK_GET_CLASS (self)->add_alarm (self, when, func, user_data, destroy);
}

/**
 * scapula_clock_remove_alarm:
 * @self: a clock
 * @id: an id from scapula_clock_add_alarm(), or 0
 *
 * Disarms an alarm and frees its data. Id 0 and the id of an alarm that
 * already fired or was removed are ignored.
 */
void
scapula_clock_remove_alarm (ScapulaClock *self,
                            guint         id)
{
  g_return_if_fail (SCAPULA_IS_CLOCK (self));

  if (id == 0)
    return;

  SCAPULA_CLOCK_GET_CLASS (self)->remove_alarm (self, id);
}

/**
 * scapula_clock_emit_jumped:
 * @self: a clock
 * @delta: µs the wall clock stepped
 *
 * Emits ScapulaClock::jumped. For subclasses.
 */
void
scapula_clock_emit_jumped (ScapulaClock *self,
                           gint64        delta)
{
  g_return_if_fail (SCAPULA_IS_CLOCK (self));

  g_signal_emit (self, signals[SIGNAL_JUMPED], 0, delta);
}

/* ScapulaSystemClock: the real one */

struct _ScapulaSystemClock
{
  ScapulaClock         parent_instance;

  ScapulaClockNowFunc  now_func;
  gpointer             now_data;

  AlarmQueue           queue;

  guint                source_id;
  guint                source_delay_ms;
  guint                n_wakeups;

  /* Wall and monotonic time at the last look, to notice a clock set back. */
  gint64               last_wall;
  gint64               last_monotonic;
};

G_DEFINE_FINAL_TYPE (ScapulaSystemClock, scapula_system_clock, SCAPULA_TYPE_CLOCK)

static void system_clock_rearm (ScapulaSystemClock *self);

static gint64
real_now (gpointer user_data)
{
  return g_get_real_time ();
}

/**
 * _scapula_clock_get_sleep_ms:
 * @now: the wall time
 * @when: the wall time of the next alarm
 *
 * How long the system clock sleeps before looking again: the milliseconds
 * left, rounded up so it never wakes early, capped at
 * %SCAPULA_CLOCK_MAX_SLEEP_MS, and 0 when @when has passed.
 *
 * Returns: milliseconds
 */
guint
_scapula_clock_get_sleep_ms (gint64 now,
                             gint64 when)
{
  gint64 left;

  if (when <= now)
    return 0;

  left = when - now;
  if (left >= (gint64) SCAPULA_CLOCK_MAX_SLEEP_MS * 1000)
    return SCAPULA_CLOCK_MAX_SLEEP_MS;

  return (guint) ((left + 999) / 1000);
}

/* Compares the wall clock's step with the monotonic clock's since the last
 * look and reports a wall clock set back.
 */
static void
system_clock_check_jump (ScapulaSystemClock *self,
                         gint64              wall)
{
  gint64 monotonic = g_get_monotonic_time ();
  gint64 drift;

  if (self->last_wall != 0)
    {
      drift = (wall - self->last_wall) - (monotonic - self->last_monotonic);
      self->last_wall = wall;
      self->last_monotonic = monotonic;

      if (drift < -SCAPULA_CLOCK_JUMP_THRESHOLD)
        scapula_clock_emit_jumped (SCAPULA_CLOCK (self), drift);
    }
  else
    {
      self->last_wall = wall;
      self->last_monotonic = monotonic;
    }
}

static gboolean
system_clock_wake (gpointer user_data)
{
  ScapulaSystemClock *self = user_data;

  self->source_id = 0;
  self->source_delay_ms = 0;

  _scapula_system_clock_dispatch (self);

  return G_SOURCE_REMOVE;
}

/**
 * _scapula_system_clock_dispatch:
 * @self: a system clock
 *
 * What a wake-up does: reads the wall time, reports a clock set back, fires
 * every alarm now due and re-arms the one timeout for the rest.
 */
void
_scapula_system_clock_dispatch (ScapulaSystemClock *self)
{
  g_return_if_fail (SCAPULA_IS_SYSTEM_CLOCK (self));

  g_object_ref (self);

  self->n_wakeups++;

  if (self->source_id != 0)
    {
      g_source_remove (self->source_id);
      self->source_id = 0;
      self->source_delay_ms = 0;
    }

  system_clock_check_jump (self, self->now_func (self->now_data));
  alarm_queue_fire_due (&self->queue, SCAPULA_CLOCK (self));
  system_clock_rearm (self);

  g_object_unref (self);
}

static void
system_clock_rearm (ScapulaSystemClock *self)
{
  Alarm *next = alarm_queue_peek (&self->queue);
  guint delay_ms;

  if (next == NULL)
    {
      g_clear_handle_id (&self->source_id, g_source_remove);
      self->source_delay_ms = 0;
      self->last_wall = 0;
      return;
    }

  delay_ms = _scapula_clock_get_sleep_ms (self->now_func (self->now_data), next->when);

  if (self->source_id != 0 && self->source_delay_ms == delay_ms)
    return;

  g_clear_handle_id (&self->source_id, g_source_remove);
  self->source_delay_ms = delay_ms;
  self->source_id = g_timeout_add_full (G_PRIORITY_DEFAULT,
                                        delay_ms,
                                        system_clock_wake,
                                        self,
                                        NULL);
  g_source_set_name_by_id (self->source_id, "[scapula] clock alarm");

  if (self->last_wall == 0)
    system_clock_check_jump (self, self->now_func (self->now_data));
}

static gint64
scapula_system_clock_get_now (ScapulaClock *clock)
{
  ScapulaSystemClock *self = SCAPULA_SYSTEM_CLOCK (clock);

  return self->now_func (self->now_data);
}

static guint
scapula_system_clock_add_alarm (ScapulaClock          *clock,
                                gint64                 when,
                                ScapulaClockAlarmFunc  func,
                                gpointer               user_data,
                                GDestroyNotify         destroy)
{
  ScapulaSystemClock *self = SCAPULA_SYSTEM_CLOCK (clock);
  Alarm *first = alarm_queue_peek (&self->queue);
  guint id;

  id = alarm_queue_add (&self->queue, when, func, user_data, destroy);

  /* Only a new earliest alarm changes when to wake up. */
  if (first == NULL || when < first->when)
    system_clock_rearm (self);

  return id;
}

static void
scapula_system_clock_remove_alarm (ScapulaClock *clock,
                                   guint         id)
{
  ScapulaSystemClock *self = SCAPULA_SYSTEM_CLOCK (clock);

  alarm_queue_remove (&self->queue, id);

  /* Drop the timeout when nothing is left to wait for; otherwise a wake-up
   * for an alarm that is gone just re-arms for the next one.
   */
  if (alarm_queue_peek (&self->queue) == NULL)
    system_clock_rearm (self);
}

static void
scapula_system_clock_finalize (GObject *object)
{
  ScapulaSystemClock *self = SCAPULA_SYSTEM_CLOCK (object);

  g_clear_handle_id (&self->source_id, g_source_remove);
  alarm_queue_clear (&self->queue);

  G_OBJECT_CLASS (scapula_system_clock_parent_class)->finalize (object);
}

static void
scapula_system_clock_class_init (ScapulaSystemClockClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ScapulaClockClass *clock_class = SCAPULA_CLOCK_CLASS (klass);

  object_class->finalize = scapula_system_clock_finalize;

  clock_class->get_now = scapula_system_clock_get_now;
  clock_class->add_alarm = scapula_system_clock_add_alarm;
  clock_class->remove_alarm = scapula_system_clock_remove_alarm;
}

static void
scapula_system_clock_init (ScapulaSystemClock *self)
{
  self->now_func = real_now;
  alarm_queue_init (&self->queue);
}

/**
 * _scapula_system_clock_new:
 * @now_func: (nullable): reads the wall time, or %NULL for g_get_real_time()
 * @now_data: passed to @now_func
 *
 * A new system clock. Tests pass their own @now_func to check how it
 * re-arms when the wall clock and the monotonic clock disagree.
 *
 * Returns: (transfer full): the clock
 */
ScapulaSystemClock *
_scapula_system_clock_new (ScapulaClockNowFunc now_func,
                           gpointer            now_data)
{
  ScapulaSystemClock *self = g_object_new (SCAPULA_TYPE_SYSTEM_CLOCK, NULL);

  if (now_func != NULL)
    {
      self->now_func = now_func;
      self->now_data = now_data;
    }

  return self;
}

/**
 * _scapula_system_clock_get_sleep:
 * @self: a system clock
 *
 * Returns: the delay in ms of the pending timeout, or -1 when there is none
 */
int
_scapula_system_clock_get_sleep (ScapulaSystemClock *self)
{
  g_return_val_if_fail (SCAPULA_IS_SYSTEM_CLOCK (self), -1);

  return self->source_id != 0 ? (int) self->source_delay_ms : -1;
}

/**
 * _scapula_system_clock_get_n_wakeups:
 * @self: a system clock
 *
 * Returns: how many times it woke up (or was dispatched by hand)
 */
guint
_scapula_system_clock_get_n_wakeups (ScapulaSystemClock *self)
{
  g_return_val_if_fail (SCAPULA_IS_SYSTEM_CLOCK (self), 0);

  return self->n_wakeups;
}

/**
 * scapula_clock_get_system:
 *
 * The clock of the real world, shared by the whole app. Its alarms need
 * the default main context to run.
 *
 * Returns: (transfer none): the clock
 */
ScapulaClock *
scapula_clock_get_system (void)
{
  static ScapulaSystemClock *system_clock;

  if (g_once_init_enter (&system_clock))
    g_once_init_leave (&system_clock, _scapula_system_clock_new (NULL, NULL));

  return SCAPULA_CLOCK (system_clock);
}

/* ScapulaManualClock: time moved by hand, for tests */

struct _ScapulaManualClock
{
  ScapulaClock parent_instance;

  gint64       now;
  AlarmQueue   queue;
};

G_DEFINE_FINAL_TYPE (ScapulaManualClock, scapula_manual_clock, SCAPULA_TYPE_CLOCK)

static gint64
scapula_manual_clock_get_now (ScapulaClock *clock)
{
  return SCAPULA_MANUAL_CLOCK (clock)->now;
}

static guint
scapula_manual_clock_add_alarm (ScapulaClock          *clock,
                                gint64                 when,
                                ScapulaClockAlarmFunc  func,
                                gpointer               user_data,
                                GDestroyNotify         destroy)
{
  ScapulaManualClock *self = SCAPULA_MANUAL_CLOCK (clock);

  return alarm_queue_add (&self->queue, when, func, user_data, destroy);
}

static void
scapula_manual_clock_remove_alarm (ScapulaClock *clock,
                                   guint         id)
{
  ScapulaManualClock *self = SCAPULA_MANUAL_CLOCK (clock);

  alarm_queue_remove (&self->queue, id);
}

static void
scapula_manual_clock_finalize (GObject *object)
{
  ScapulaManualClock *self = SCAPULA_MANUAL_CLOCK (object);

  alarm_queue_clear (&self->queue);

  G_OBJECT_CLASS (scapula_manual_clock_parent_class)->finalize (object);
}

static void
scapula_manual_clock_class_init (ScapulaManualClockClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ScapulaClockClass *clock_class = SCAPULA_CLOCK_CLASS (klass);

  object_class->finalize = scapula_manual_clock_finalize;

  clock_class->get_now = scapula_manual_clock_get_now;
  clock_class->add_alarm = scapula_manual_clock_add_alarm;
  clock_class->remove_alarm = scapula_manual_clock_remove_alarm;
}

static void
scapula_manual_clock_init (ScapulaManualClock *self)
{
  alarm_queue_init (&self->queue);
}

/**
 * scapula_manual_clock_new:
 * @now: the wall time to start at, µs since the epoch
 *
 * A clock that only moves when told to, for tests.
 *
 * Returns: (transfer full): the clock
 */
ScapulaClock *
scapula_manual_clock_new (gint64 now)
{
  ScapulaManualClock *self = g_object_new (SCAPULA_TYPE_MANUAL_CLOCK, NULL);

  self->now = now;

  return SCAPULA_CLOCK (self);
}

/**
 * scapula_manual_clock_set_now:
 * @self: a manual clock
 * @now: the new wall time
 *
 * Steps the clock to @now at once, like a machine waking from suspend or a
 * clock being set: it may go backwards, which also emits
 * ScapulaClock::jumped when the step is larger than
 * %SCAPULA_CLOCK_JUMP_THRESHOLD. Then every alarm due at @now fires,
 * synchronously, earliest first; each reads @now as the time.
 */
void
scapula_manual_clock_set_now (ScapulaManualClock *self,
                              gint64              now)
{
  gint64 delta;

  g_return_if_fail (SCAPULA_IS_MANUAL_CLOCK (self));

  g_object_ref (self);

  delta = now - self->now;
  self->now = now;

  if (delta < -SCAPULA_CLOCK_JUMP_THRESHOLD)
    scapula_clock_emit_jumped (SCAPULA_CLOCK (self), delta);

  alarm_queue_fire_due (&self->queue, SCAPULA_CLOCK (self));

  g_object_unref (self);
}

/**
 * scapula_manual_clock_advance:
 * @self: a manual clock
 * @delta: µs
 *
 * The same as scapula_manual_clock_set_now() with the current time plus
 * @delta: a step, after which every alarm due fires reading the new time.
 */
void
scapula_manual_clock_advance (ScapulaManualClock *self,
                              gint64              delta)
{
  g_return_if_fail (SCAPULA_IS_MANUAL_CLOCK (self));

  scapula_manual_clock_set_now (self, self->now + delta);
}

/**
 * scapula_manual_clock_run_to:
 * @self: a manual clock
 * @now: the new wall time, not before the current one
 *
 * Lets time pass smoothly up to @now: each alarm due on the way fires with
 * the clock reading exactly the alarm's time, as it would on a machine that
 * stayed awake. Alarms added on the way fire too when they fall before
 * @now.
 */
void
scapula_manual_clock_run_to (ScapulaManualClock *self,
                             gint64              now)
{
  Alarm *alarm;

  g_return_if_fail (SCAPULA_IS_MANUAL_CLOCK (self));
  g_return_if_fail (now >= self->now);

  g_object_ref (self);

  while ((alarm = alarm_queue_pop_due (&self->queue, now)) != NULL)
    {
      self->now = MAX (self->now, alarm->when);
      alarm->func (alarm->user_data);
      alarm_free (alarm);
    }

  self->now = now;

  g_object_unref (self);
}

/**
 * scapula_manual_clock_get_n_alarms:
 * @self: a manual clock
 *
 * Returns: how many alarms are pending
 */
guint
scapula_manual_clock_get_n_alarms (ScapulaManualClock *self)
{
  g_return_val_if_fail (SCAPULA_IS_MANUAL_CLOCK (self), 0);

  return (guint) g_sequence_get_length (self->queue.alarms);
}
