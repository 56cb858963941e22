/* scapula-timer.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A rest or hold timer: a ScapulaCountdown driven by a ScapulaClock.
 *
 * The time left always comes from the countdown's stored wall-clock
 * timestamps and the clock's "now", never from counting ticks, so it is
 * right after the window was hidden, after a restart (scapula_timer_restore()
 * with the stored countdown) and after a suspend (the end passed while
 * asleep: the timer finishes, once, on waking). When the wall clock is set
 * back (ScapulaClock::jumped), the countdown's timestamps move with it, so
 * the time already run is kept.
 *
 * The timer keeps at most one clock alarm, for the earliest of: the end,
 * the next ping of a hold plan and, only while ::ticking is on, the next
 * moment the whole seconds left change. A running timer nobody looks at
 * therefore wakes once per ping and once at the end; a paused, finished or
 * stopped one never wakes. The system clock adds its own wake-ups of at
 * most one per 2 s while an alarm is far away (see scapula-clock.c).
 */

#define G_LOG_DOMAIN "scapula-timer"

#include "config.h"

#include <string.h>

#include "scapula-timer.h"

struct _ScapulaTimer
{
  GObject           parent_instance;

  ScapulaClock     *clock;
  gulong            jumped_handler;

  ScapulaCountdown  state;

  gboolean          has_plan;
  ScapulaHoldPlan   plan;
  GArray           *pings;
  /* Pings due at or before this elapsed time were sounded or dropped. */
  gint64            pings_done;

  /* The whole seconds left the last time ::tick was due. */
  gint64            shown_seconds;

  guint             alarm_id;
  /* Bumped by start, restore and stop, so that an emission can tell that a
   * handler replaced the timer under it.
   */
  guint             generation;

  guint             finished : 1;
  guint             ticking : 1;
  guint             active : 1;
  guint             paused : 1;
};

G_DEFINE_FINAL_TYPE (ScapulaTimer, scapula_timer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CLOCK,
  PROP_ACTIVE,
  PROP_PAUSED,
  PROP_TICKING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_TICK,
  SIGNAL_PING,
  SIGNAL_FINISHED,
  SIGNAL_CHANGED,
  N_SIGNALS,
};

static guint signals[N_SIGNALS];

static void scapula_timer_process (ScapulaTimer *self);

static gint64
get_now (ScapulaTimer *self)
{
  return scapula_clock_get_now (self->clock);
}

/* Whole seconds shown for @remaining µs: 0.2 s left still shows "1". */
static gint64
seconds_shown (gint64 remaining)
{
  return (remaining + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC;
}

static void
sync_shown_seconds (ScapulaTimer *self,
                    gint64        now)
{
  self->shown_seconds = seconds_shown (scapula_countdown_get_remaining (&self->state, now));
}

static void
sync_properties (ScapulaTimer *self)
{
  gboolean active = scapula_countdown_is_started (&self->state) && !self->finished;
  gboolean paused = active && scapula_countdown_is_paused (&self->state);

  if (active != self->active)
    {
      self->active = active;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
    }

  if (paused != self->paused)
    {
      self->paused = paused;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAUSED]);
    }
}

static void
on_alarm (gpointer user_data)
{
  ScapulaTimer *self = user_data;

  /* The clock frees a fired alarm itself. */
  self->alarm_id = 0;

  scapula_timer_process (self);
}

/* The earliest wall time something is due, or G_MAXINT64 for never. */
static gint64
get_next_due (ScapulaTimer *self,
              gint64        now)
{
  gint64 deadline;
  gint64 next;

  if (!scapula_countdown_is_started (&self->state) ||
      scapula_countdown_is_paused (&self->state) ||
      self->finished)
    return G_MAXINT64;

  deadline = scapula_countdown_get_deadline (&self->state);
  next = deadline;

  if (self->has_plan)
    {
      gint64 base = deadline - self->state.duration;

      for (guint i = 0; i < self->pings->len; i++)
        {
          const ScapulaPing *ping = &g_array_index (self->pings, ScapulaPing, i);

          if (ping->at > self->pings_done)
            {
              next = MIN (next, base + ping->at);
              break;
            }
        }
    }

  if (self->ticking)
    {
      gint64 shown = seconds_shown (scapula_countdown_get_remaining (&self->state, now));

      /* The moment the time left drops to shown − 1 whole seconds. */
      if (shown > 0)
        next = MIN (next, deadline - (shown - 1) * G_USEC_PER_SEC);
    }

  return next;
}

static void
rearm (ScapulaTimer *self,
       gint64        now)
{
  gint64 next = get_next_due (self, now);

  if (self->alarm_id != 0)
    scapula_clock_remove_alarm (self->clock, self->alarm_id);
  self->alarm_id = 0;

  if (next != G_MAXINT64)
    self->alarm_id = scapula_clock_add_alarm (self->clock, next, on_alarm, self, NULL);
}

/* Sounds the latest ping now due, if it is not stale. Returns the ping
 * count, or 0.
 */
static guint
take_due_ping (ScapulaTimer *self,
               gint64        now)
{
  gint64 elapsed;
  const ScapulaPing *due = NULL;

  if (!self->has_plan)
    return 0;

  elapsed = scapula_countdown_get_elapsed (&self->state, now);

  for (guint i = 0; i < self->pings->len; i++)
    {
      const ScapulaPing *ping = &g_array_index (self->pings, ScapulaPing, i);

      if (ping->at > elapsed)
        break;
      if (ping->at > self->pings_done)
        due = ping;
    }

  self->pings_done = MAX (self->pings_done, elapsed);

  if (due == NULL || elapsed - due->at > SCAPULA_TIMER_PING_LATE_MAX)
    return 0;

  return due->count;
}

/* Catches up with the clock: emits the ping, tick and "finished" now due,
 * in that order, then arms the alarm for what comes next.
 */
static void
scapula_timer_process (ScapulaTimer *self)
{
  guint generation = self->generation;
  gint64 now;
  guint ping;

  g_object_ref (self);

  now = get_now (self);

  if (scapula_countdown_is_started (&self->state) && !self->finished)
    {
      ping = take_due_ping (self, now);
      if (ping > 0)
        g_signal_emit (self, signals[SIGNAL_PING], 0, ping);

      if (generation == self->generation)
        {
          gint64 shown;

          now = get_now (self);
          shown = seconds_shown (scapula_countdown_get_remaining (&self->state, now));

          if (shown != self->shown_seconds)
            {
              self->shown_seconds = shown;
              if (self->ticking)
                g_signal_emit (self, signals[SIGNAL_TICK], 0);
            }
        }

      if (generation == self->generation &&
          !self->finished &&
          scapula_countdown_is_finished (&self->state, get_now (self)))
        {
          self->finished = TRUE;
          sync_properties (self);
          g_signal_emit (self, signals[SIGNAL_FINISHED], 0);
        }
    }

  if (generation == self->generation)
    {
      sync_properties (self);
      rearm (self, get_now (self));
    }

  g_object_unref (self);
}

/* After an action changed the countdown: ::changed, then catch up. */
static void
state_changed (ScapulaTimer *self)
{
  guint generation = self->generation;

  g_object_ref (self);

  g_object_freeze_notify (G_OBJECT (self));
  sync_properties (self);
  g_object_thaw_notify (G_OBJECT (self));

  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);

  if (generation == self->generation)
    scapula_timer_process (self);

  g_object_unref (self);
}

static void
on_clock_jumped (ScapulaTimer *self,
                 gint64        delta,
                 ScapulaClock *clock)
{
  if (delta >= 0 ||
      !scapula_countdown_is_started (&self->state) ||
      self->finished)
    return;

  scapula_countdown_shift (&self->state, delta);
  state_changed (self);
}

static void
scapula_timer_dispose (GObject *object)
{
  ScapulaTimer *self = SCAPULA_TIMER (object);

  if (self->clock != NULL)
    {
      if (self->alarm_id != 0)
        scapula_clock_remove_alarm (self->clock, self->alarm_id);
      self->alarm_id = 0;
      g_clear_signal_handler (&self->jumped_handler, self->clock);
    }
  g_clear_object (&self->clock);

  G_OBJECT_CLASS (scapula_timer_parent_class)->dispose (object);
}

static void
scapula_timer_finalize (GObject *object)
{
  ScapulaTimer *self = SCAPULA_TIMER (object);

  g_clear_pointer (&self->pings, g_array_unref);

  G_OBJECT_CLASS (scapula_timer_parent_class)->finalize (object);
}

static void
scapula_timer_constructed (GObject *object)
{
  ScapulaTimer *self = SCAPULA_TIMER (object);

  G_OBJECT_CLASS (scapula_timer_parent_class)->constructed (object);

  if (self->clock == NULL)
    self->clock = g_object_ref (scapula_clock_get_system ());

  self->jumped_handler = g_signal_connect_object (self->clock, "jumped",
                                                  G_CALLBACK (on_clock_jumped),
                                                  self,
                                                  G_CONNECT_SWAPPED);
}

static void
scapula_timer_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  ScapulaTimer *self = SCAPULA_TIMER (object);

  switch (prop_id)
    {
    case PROP_CLOCK:
      g_value_set_object (value, self->clock);
      break;

    case PROP_ACTIVE:
      g_value_set_boolean (value, scapula_timer_get_active (self));
      break;

    case PROP_PAUSED:
      g_value_set_boolean (value, scapula_timer_get_paused (self));
      break;

    case PROP_TICKING:
      g_value_set_boolean (value, scapula_timer_get_ticking (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scapula_timer_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  ScapulaTimer *self = SCAPULA_TIMER (object);

  switch (prop_id)
    {
    case PROP_CLOCK:
      self->clock = g_value_dup_object (value);
      break;

    case PROP_TICKING:
      scapula_timer_set_ticking (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scapula_timer_class_init (ScapulaTimerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = scapula_timer_constructed;
  object_class->dispose = scapula_timer_dispose;
  object_class->finalize = scapula_timer_finalize;
  object_class->get_property = scapula_timer_get_property;
  object_class->set_property = scapula_timer_set_property;

  /**
   * ScapulaTimer:clock:
   *
   * Where the time comes from; the system clock when not given.
   */
  properties[PROP_CLOCK] =
    g_param_spec_object ("clock", NULL, NULL,
                         SCAPULA_TYPE_CLOCK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * ScapulaTimer:active:
   *
   * Started and neither finished nor stopped; %TRUE while paused.
   */
  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ScapulaTimer:paused:
   *
   * Active and paused.
   */
  properties[PROP_PAUSED] =
    g_param_spec_boolean ("paused", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ScapulaTimer:ticking:
   *
   * Whether ::tick is emitted. The view showing the timer turns it on
   * while it is on screen; off, the timer wakes only for pings and the end.
   */
  properties[PROP_TICKING] =
    g_param_spec_boolean ("ticking", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ScapulaTimer::tick:
   * @self: the timer
   *
   * The whole seconds left (rounded up) changed because time passed: once
   * a second while running, the last one when 0 is reached. Only while
   * ::ticking is on. Actions (start, ±15 s, skip …) emit ::changed instead.
   */
  signals[SIGNAL_TICK] =
    g_signal_new ("tick",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 0);

  /**
   * ScapulaTimer::ping:
   * @self: the timer
   * @count: how many pings to sound: 1 in the last seconds of a phase, 2 at
   *   a phase change, 3 at the end
   *
   * A moment of a hold plan's ping ladder was reached. Moments passed while
   * the machine slept (more than %SCAPULA_TIMER_PING_LATE_MAX ago) and
   * moments before a restore are not replayed.
   */
  signals[SIGNAL_PING] =
    g_signal_new ("ping",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);

  /**
   * ScapulaTimer::finished:
   * @self: the timer
   *
   * The time left reached 0 while the timer was active, skipped included.
   * Once per start; never for a timer restored already finished.
   */
  signals[SIGNAL_FINISHED] =
    g_signal_new ("finished",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 0);

  /**
   * ScapulaTimer::changed:
   * @self: the timer
   *
   * The stored state changed (start, pause, resume, adjust, skip, stop,
   * restore, or the wall clock set back): store
   * scapula_timer_get_state() again.
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 0);
}

static void
scapula_timer_init (ScapulaTimer *self)
{
  self->pings = g_array_new (FALSE, FALSE, sizeof (ScapulaPing));
}

/**
 * scapula_timer_new:
 * @clock: (nullable): the clock to follow, or %NULL for the system clock
 *
 * A new idle timer.
 *
 * Returns: (transfer full): the timer
 */
ScapulaTimer *
scapula_timer_new (ScapulaClock *clock)
{
  g_return_val_if_fail (clock == NULL || SCAPULA_IS_CLOCK (clock), NULL);

  return g_object_new (SCAPULA_TYPE_TIMER,
                       "clock", clock,
                       NULL);
}

/**
 * scapula_timer_get_clock:
 * @self: a timer
 *
 * Returns: (transfer none): the clock it follows
 */
ScapulaClock *
scapula_timer_get_clock (ScapulaTimer *self)
{
  g_return_val_if_fail (SCAPULA_IS_TIMER (self), NULL);

  return self->clock;
}

static void
set_plan (ScapulaTimer          *self,
          const ScapulaHoldPlan *plan)
{
  g_array_set_size (self->pings, 0);
  self->has_plan = plan != NULL;

  if (plan != NULL)
    {
      g_autoptr(GArray) pings = scapula_hold_plan_get_pings (plan);

      self->plan = *plan;
      g_array_append_vals (self->pings, pings->data, pings->len);
    }
  else
    {
      self->plan = (ScapulaHoldPlan) { 0 };
    }
}

static void
start_with_plan (ScapulaTimer          *self,
                 gint64                 duration,
                 const ScapulaHoldPlan *plan)
{
  gint64 now = get_now (self);

  self->generation++;
  set_plan (self, plan);
  scapula_countdown_start (&self->state, now, duration);
  self->pings_done = 0;
  self->finished = FALSE;
  sync_shown_seconds (self, now);

  state_changed (self);
}

/**
 * scapula_timer_start:
 * @self: a timer
 * @duration: µs
 *
 * Starts a countdown of @duration from now, replacing whatever ran.
 */
void
scapula_timer_start (ScapulaTimer *self,
                     gint64        duration)
{
  g_return_if_fail (SCAPULA_IS_TIMER (self));

  start_with_plan (self, duration, NULL);
}

/**
 * scapula_timer_start_hold:
 * @self: a timer
 * @plan: a hold plan
 *
 * Starts a countdown as long as @plan, replacing whatever ran, and emits
 * ::ping by its ladder. Use scapula_timer_get_position() for the phase.
 */
void
scapula_timer_start_hold (ScapulaTimer          *self,
                          const ScapulaHoldPlan *plan)
{
  g_return_if_fail (SCAPULA_IS_TIMER (self));
  g_return_if_fail (plan != NULL);

  start_with_plan (self, scapula_hold_plan_get_duration (plan), plan);
}

/**
 * scapula_timer_restore:
 * @self: a timer
 * @state: a countdown stored from scapula_timer_get_state()
 * @plan_or_null: (nullable): the hold plan it ran, or %NULL for a rest
 *
 * Takes up a countdown stored before a restart. Pings and the end that
 * fell before now are not replayed: a countdown that is already over is
 * restored finished (scapula_timer_get_finished() is %TRUE) without
 * ::finished. Emits ::changed.
 */
void
scapula_timer_restore (ScapulaTimer           *self,
                       const ScapulaCountdown *state,
                       const ScapulaHoldPlan  *plan_or_null)
{
  gint64 now;

  g_return_if_fail (SCAPULA_IS_TIMER (self));
  g_return_if_fail (state != NULL);

  now = get_now (self);

  self->generation++;
  set_plan (self, plan_or_null);
  self->state = *state;
  self->finished = scapula_countdown_is_finished (&self->state, now);
  self->pings_done = scapula_countdown_get_elapsed (&self->state, now);
  sync_shown_seconds (self, now);

  state_changed (self);
}

/* Applies an action to the countdown; ::changed only when it did change. */
static void
apply (ScapulaTimer *self,
       void (*action) (ScapulaCountdown *countdown, gint64 now, gint64 delta),
       gint64        delta)
{
  ScapulaCountdown before = self->state;
  gint64 now;

  if (!scapula_timer_get_active (self))
    return;

  now = get_now (self);
  action (&self->state, now, delta);

  if (memcmp (&before, &self->state, sizeof before) == 0)
    {
      scapula_timer_process (self);
      return;
    }

  sync_shown_seconds (self, now);
  state_changed (self);
}

static void
pause_action (ScapulaCountdown *countdown,
              gint64            now,
              gint64            delta)
{
  scapula_countdown_pause (countdown, now);
}

static void
resume_action (ScapulaCountdown *countdown,
               gint64            now,
               gint64            delta)
{
  scapula_countdown_resume (countdown, now);
}

static void
skip_action (ScapulaCountdown *countdown,
             gint64            now,
             gint64            delta)
{
  scapula_countdown_skip (countdown, now);
}

/**
 * scapula_timer_pause:
 * @self: a timer
 *
 * Stops the time running. Does nothing unless it is running.
 */
void
scapula_timer_pause (ScapulaTimer *self)
{
  g_return_if_fail (SCAPULA_IS_TIMER (self));

  apply (self, pause_action, 0);
}

/**
 * scapula_timer_resume:
 * @self: a timer
 *
 * Lets a paused timer run on from where it stopped.
 */
void
scapula_timer_resume (ScapulaTimer *self)
{
  g_return_if_fail (SCAPULA_IS_TIMER (self));

  apply (self, resume_action, 0);
}

/**
 * scapula_timer_skip:
 * @self: a timer
 *
 * Ends an active timer now, paused or not: emits ::changed, then
 * ::finished.
 */
void
scapula_timer_skip (ScapulaTimer *self)
{
  g_return_if_fail (SCAPULA_IS_TIMER (self));

  apply (self, skip_action, 0);
}

/**
 * scapula_timer_adjust:
 * @self: a timer
 * @delta: µs to add to the time left, normally ±%SCAPULA_COUNTDOWN_ADJUST_STEP
 *
 * Lengthens or shortens an active timer. The time left never goes below
 * 0; taking away more than is left finishes it (::finished).
 */
void
scapula_timer_adjust (ScapulaTimer *self,
                      gint64        delta)
{
  g_return_if_fail (SCAPULA_IS_TIMER (self));

  apply (self, scapula_countdown_adjust, delta);
}

/**
 * scapula_timer_stop:
 * @self: a timer
 *
 * Makes the timer idle again, with a cleared state and no alarm, without
 * ::finished.
 */
void
scapula_timer_stop (ScapulaTimer *self)
{
  ScapulaCountdown idle = { 0 };

  g_return_if_fail (SCAPULA_IS_TIMER (self));

  if (memcmp (&idle, &self->state, sizeof idle) == 0 && !self->has_plan)
    return;

  self->generation++;
  set_plan (self, NULL);
  self->state = idle;
  self->pings_done = 0;
  self->finished = FALSE;
  self->shown_seconds = 0;

  state_changed (self);
}

/**
 * scapula_timer_get_state:
 * @self: a timer
 *
 * Returns: (transfer none): the countdown to store; all zero when idle
 */
const ScapulaCountdown *
scapula_timer_get_state (ScapulaTimer *self)
{
  g_return_val_if_fail (SCAPULA_IS_TIMER (self), NULL);

  return &self->state;
}

/**
 * scapula_timer_get_hold_plan:
 * @self: a timer
 *
 * Returns: (transfer none) (nullable): the hold plan it runs, or %NULL
 */
const ScapulaHoldPlan *
scapula_timer_get_hold_plan (ScapulaTimer *self)
{
  g_return_val_if_fail (SCAPULA_IS_TIMER (self), NULL);

  return self->has_plan ? &self->plan : NULL;
}

/**
 * scapula_timer_get_position:
 * @self: a timer
 * @position: (out): where the hold plan is now
 *
 * Returns: %FALSE, leaving @position untouched, when it runs no hold plan
 */
gboolean
scapula_timer_get_position (ScapulaTimer        *self,
                            ScapulaHoldPosition *position)
{
  g_return_val_if_fail (SCAPULA_IS_TIMER (self), FALSE);
  g_return_val_if_fail (position != NULL, FALSE);

  if (!self->has_plan)
    return FALSE;

  scapula_hold_plan_locate (&self->plan, scapula_timer_get_elapsed (self), position);

  return TRUE;
}

/**
 * scapula_timer_get_remaining:
 * @self: a timer
 *
 * Returns: the µs left now, from the stored timestamps; 0 when idle
 */
gint64
scapula_timer_get_remaining (ScapulaTimer *self)
{
  g_return_val_if_fail (SCAPULA_IS_TIMER (self), 0);

  return scapula_countdown_get_remaining (&self->state, get_now (self));
}

/**
 * scapula_timer_get_elapsed:
 * @self: a timer
 *
 * Returns: the µs run so far, pauses not counted
 */
gint64
scapula_timer_get_elapsed (ScapulaTimer *self)
{
  g_return_val_if_fail (SCAPULA_IS_TIMER (self), 0);

  return scapula_countdown_get_elapsed (&self->state, get_now (self));
}

/**
 * scapula_timer_get_duration:
 * @self: a timer
 *
 * Returns: the length in µs, adjustments included; 0 when idle
 */
gint64
scapula_timer_get_duration (ScapulaTimer *self)
{
  g_return_val_if_fail (SCAPULA_IS_TIMER (self), 0);

  return self->state.duration;
}

/**
 * scapula_timer_get_active:
 * @self: a timer
 *
 * Returns: %TRUE when started and neither finished nor stopped
 */
gboolean
scapula_timer_get_active (ScapulaTimer *self)
{
  g_return_val_if_fail (SCAPULA_IS_TIMER (self), FALSE);

  return scapula_countdown_is_started (&self->state) && !self->finished;
}

/**
 * scapula_timer_get_paused:
 * @self: a timer
 *
 * Returns: %TRUE when active and paused
 */
gboolean
scapula_timer_get_paused (ScapulaTimer *self)
{
  g_return_val_if_fail (SCAPULA_IS_TIMER (self), FALSE);

  return scapula_timer_get_active (self) && scapula_countdown_is_paused (&self->state);
}

/**
 * scapula_timer_get_finished:
 * @self: a timer
 *
 * Returns: %TRUE once it ran out or was skipped, or was restored over
 */
gboolean
scapula_timer_get_finished (ScapulaTimer *self)
{
  g_return_val_if_fail (SCAPULA_IS_TIMER (self), FALSE);

  return scapula_countdown_is_started (&self->state) && self->finished;
}

/**
 * scapula_timer_get_ticking:
 * @self: a timer
 *
 * Returns: whether ::tick is emitted
 */
gboolean
scapula_timer_get_ticking (ScapulaTimer *self)
{
  g_return_val_if_fail (SCAPULA_IS_TIMER (self), FALSE);

  return self->ticking;
}

/**
 * scapula_timer_set_ticking:
 * @self: a timer
 * @ticking: whether to emit ::tick
 *
 * Turns ::tick on while the timer is on screen and off while it is not,
 * so that a hidden window costs no wake-ups.
 */
void
scapula_timer_set_ticking (ScapulaTimer *self,
                           gboolean      ticking)
{
  gint64 now;

  g_return_if_fail (SCAPULA_IS_TIMER (self));

  ticking = !!ticking;
  if (self->ticking == (guint) ticking)
    return;

  now = get_now (self);
  self->ticking = ticking;
  sync_shown_seconds (self, now);
  rearm (self, now);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TICKING]);
}
