/* scapula-runner.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "scapula-runner"

#include "config.h"

#include <glib/gi18n.h>

#include "scapula-history.h"
#include "scapula-progress-store.h"
#include "scapula-runner.h"
#include "scapula-session-store.h"
#include "scapula-units.h"

/* The session runner: today's session from the active plan (or one built on
 * the spot), its timers, and every write that goes with them. The Today view
 * shows what this holds and calls it for every action; it has no GTK in it,
 * so the tests drive it with a manual clock, a recording alerts object and
 * a database in a temporary folder.
 *
 * Order of events for a set:
 *   1. the values are checked (scapula_session_validate_set);
 *   2. the set is marked done and the rest that follows it is started in
 *      the session, and both go to disk in one transaction with the set's
 *      row (scapula_session_store_log_set);
 *   3. only then does "changed" tell the view, which shows the set as done.
 * If step 2 fails the session goes back to how it was and the error is
 * returned: the screen never shows a set that is not on disk.
 *
 * Timers keep their state in the session (scapula_session_get_rest and
 * _get_activity), so the same write that stores the sets stores them; after
 * a restart the rest timer is restored from its timestamps and shows the
 * right remaining time. A hold run is not resumed mid-hold: the holds it
 * had logged stay logged and the run starts again from the next hold, since
 * the user stopped holding when the app went away.
 */

enum
{
  CHANGED,
  FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

struct _ScapulaRunner
{
  GObject                parent_instance;

  ScapulaContext        *context;
  ScapulaClock          *clock;
  ScapulaAlerts         *alerts;

  ScapulaSession        *session;
  gint64                 session_id;
  gint64                 plan_day_id;
  gint64                 started_at;       /* seconds */
  gboolean               resumed;

  ScapulaTimer          *rest_timer;
  ScapulaTimer          *activity_timer;
  guint                  syncing;          /* timers being set from the session */
  guint                  holds_logged;     /* holds of the running hold run logged */

  GHashTable            *last_sets;        /* slug → GArray of ScapulaSetRecord */
  ScapulaSessionSummary *summary;
};

G_DEFINE_FINAL_TYPE (ScapulaRunner, scapula_runner, G_TYPE_OBJECT)

#define REST_NOTIFICATION "rest-over"

void
scapula_session_summary_free (ScapulaSessionSummary *summary)
{
  if (summary == NULL)
    return;

  g_clear_pointer (&summary->records, g_ptr_array_unref);
  g_clear_pointer (&summary->pain_notes, g_ptr_array_unref);
  g_free (summary);
}

static gint64
now_us (ScapulaRunner *self)
{
  return scapula_clock_get_now (self->clock);
}

static gint64
now_s (ScapulaRunner *self)
{
  return now_us (self) / G_USEC_PER_SEC;
}

static ScapulaDatabase *
get_database (ScapulaRunner *self)
{
  return scapula_context_get_database (self->context);
}

static void
emit_changed (ScapulaRunner *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
report (ScapulaRunner *self,
        const GError  *error)
{
  g_signal_emit (self, signals[FAILED], 0, error->message);
}

static gboolean
save_state (ScapulaRunner  *self,
            GError        **error)
{
  return scapula_session_store_save_state (get_database (self), self->session_id,
                                           self->session, now_s (self), error);
}

/* Saving from a timer's signal has nobody to return an error to: the view
 * shows it through "failed". */
static void
save_state_or_report (ScapulaRunner *self)
{
  g_autoptr(GError) error = NULL;

  if (!save_state (self, &error))
    report (self, error);
}

static gboolean
need_session (ScapulaRunner  *self,
              GError        **error)
{
  if (self->session != NULL)
    return TRUE;

  g_set_error_literal (error, SCAPULA_SESSION_ERROR, SCAPULA_SESSION_ERROR_NOTHING,
                       _("No session is under way."));
  return FALSE;
}

/* The current set, when it is one that is logged by hand. */
static gboolean
get_current_set (ScapulaRunner        *self,
                 ScapulaEntryKind      kind,
                 guint                *entry,
                 guint                *set,
                 GError              **error)
{
  guint e;
  int s;

  if (!need_session (self, error))
    return FALSE;

  if (!scapula_session_get_current (self->session, &e, &s) || s < 0 ||
      scapula_session_entry_get_kind (scapula_session_get_entry (self->session, e)) != kind)
    {
      g_set_error_literal (error, SCAPULA_SESSION_ERROR, SCAPULA_SESSION_ERROR_NOTHING,
                           _("There is no set to do now."));
      return FALSE;
    }

  *entry = e;
  *set = s;
  return TRUE;
}

/* Timers */

static void
sync_timers_from_session (ScapulaRunner *self)
{
  const ScapulaCountdown *rest = scapula_session_get_rest (self->session);

  self->syncing++;
  if (scapula_countdown_is_started (rest))
    scapula_timer_restore (self->rest_timer, rest, NULL);
  else
    scapula_timer_stop (self->rest_timer);
  self->syncing--;
}

static void
copy_timer_state (ScapulaTimer     *timer,
                  ScapulaCountdown *into)
{
  if (scapula_timer_get_active (timer) || scapula_timer_get_finished (timer))
    *into = *scapula_timer_get_state (timer);
  else
    memset (into, 0, sizeof *into);
}

static void
on_timer_changed (ScapulaTimer  *timer,
                  ScapulaRunner *self)
{
  if (self->syncing > 0 || self->session == NULL)
    return;

  copy_timer_state (timer,
                    timer == self->rest_timer ? scapula_session_get_rest (self->session)
                                              : scapula_session_get_activity (self->session));
  save_state_or_report (self);
  emit_changed (self);
}

static void
on_rest_finished (ScapulaTimer  *timer,
                  ScapulaRunner *self)
{
  g_autofree char *next = NULL;

  if (self->session == NULL)
    return;

  next = scapula_runner_describe_next (self);
  scapula_alerts_play (self->alerts, SCAPULA_ALERT_SOUND_REST_OVER, 1);
  scapula_alerts_notify (self->alerts, REST_NOTIFICATION, _("Rest is over"), next);
  emit_changed (self);
}

/* The hold plan of the run starting at the current set. */
static gboolean
get_hold_run (ScapulaRunner   *self,
              guint           *entry,
              guint           *first,
              ScapulaHoldPlan *plan)
{
  ScapulaSessionEntry *e;
  const ScapulaPrescription *p;
  guint s;

  if (!get_current_set (self, SCAPULA_ENTRY_KIND_HOLD, entry, &s, NULL))
    return FALSE;

  e = scapula_session_get_entry (self->session, *entry);
  p = scapula_session_entry_get_prescription (e);
  *first = s;

  plan->reps = scapula_session_entry_get_hold_run (e, s);
  plan->hold_seconds = scapula_session_entry_get_set (e, s)->target_seconds;
  plan->ready_seconds = SCAPULA_SESSION_HOLD_READY_SECONDS;
  plan->release_seconds = p->rest_seconds > 0 ? p->rest_seconds : SCAPULA_SESSION_HOLD_RELEASE_SECONDS;
  plan->per_side = FALSE;

  return plan->reps > 0;
}

/* Logs the holds of the running hold run that are over. */
static void
log_finished_holds (ScapulaRunner *self)
{
  const ScapulaHoldPlan *plan = scapula_timer_get_hold_plan (self->activity_timer);
  ScapulaHoldPosition position;
  guint entry, first, done;
  ScapulaHoldPlan current;

  if (plan == NULL || !get_hold_run (self, &entry, &first, &current))
    return;

  /* Before a hold and while holding, `rep` holds are over; a release
   * belongs to the hold that comes after it. */
  if (scapula_timer_get_finished (self->activity_timer) ||
      !scapula_timer_get_position (self->activity_timer, &position) ||
      position.phase == SCAPULA_HOLD_PHASE_DONE)
    done = plan->reps;
  else
    done = position.rep;

  /* The run's sets are the pending ones from `first`; each logged one moves
   * `first` on. */
  for (; self->holds_logged < done; self->holds_logged++)
    {
      g_autoptr(GError) error = NULL;

      if (!scapula_session_store_log_set (get_database (self), self->session_id, self->session,
                                          entry, first, 0, 0, plan->hold_seconds, 0,
                                          now_s (self), &error))
        {
          report (self, error);
          return;
        }
      first++;
    }
}

static void
on_activity_ping (ScapulaTimer  *timer,
                  guint          count,
                  ScapulaRunner *self)
{
  ScapulaAlertSound sound = count >= 3 ? SCAPULA_ALERT_SOUND_COMPLETE
                          : count == 2 ? SCAPULA_ALERT_SOUND_PHASE
                          : SCAPULA_ALERT_SOUND_PING;

  if (self->session == NULL)
    return;

  scapula_alerts_play (self->alerts, sound, count);
  if (count >= 2)
    {
      log_finished_holds (self);
      emit_changed (self);
    }
}

static void
on_activity_finished (ScapulaTimer  *timer,
                      ScapulaRunner *self)
{
  guint entry;
  int set;

  if (self->session == NULL || !scapula_session_get_current (self->session, &entry, &set) || set < 0)
    return;

  switch (scapula_session_entry_get_kind (scapula_session_get_entry (self->session, entry)))
    {
    case SCAPULA_ENTRY_KIND_CARDIO:
      scapula_session_set_done (self->session, entry, set, 0, 0,
                                scapula_session_entry_get_set (scapula_session_get_entry (self->session, entry), set)->target_seconds,
                                0, 0, now_s (self));
      scapula_alerts_play (self->alerts, SCAPULA_ALERT_SOUND_COMPLETE, 1);
      break;

    case SCAPULA_ENTRY_KIND_HOLD:
      log_finished_holds (self);
      break;

    case SCAPULA_ENTRY_KIND_REPS:
    default:
      return;
    }

  /* The run is over: the activity timer goes idle, and the other side's
   * run of the same stretch starts by itself with its get-ready phase. */
  self->syncing++;
  scapula_timer_stop (self->activity_timer);
  self->syncing--;
  memset (scapula_session_get_activity (self->session), 0, sizeof (ScapulaCountdown));

  if (scapula_session_get_current (self->session, &entry, &set) && set >= 0 &&
      scapula_session_entry_get_kind (scapula_session_get_entry (self->session, entry)) == SCAPULA_ENTRY_KIND_HOLD &&
      scapula_session_entry_get_set (scapula_session_get_entry (self->session, entry), set)->side == SCAPULA_SIDE_RIGHT)
    scapula_runner_start_activity (self, NULL);
  else
    save_state_or_report (self);

  emit_changed (self);
}

/* GObject */

static void
scapula_runner_dispose (GObject *object)
{
  ScapulaRunner *self = SCAPULA_RUNNER (object);

  if (self->rest_timer != NULL)
    g_signal_handlers_disconnect_by_data (self->rest_timer, self);
  if (self->activity_timer != NULL)
    g_signal_handlers_disconnect_by_data (self->activity_timer, self);

  g_clear_object (&self->rest_timer);
  g_clear_object (&self->activity_timer);
  g_clear_object (&self->session);
  g_clear_object (&self->alerts);
  g_clear_object (&self->clock);
  g_clear_object (&self->context);
  g_clear_pointer (&self->last_sets, g_hash_table_unref);
  g_clear_pointer (&self->summary, scapula_session_summary_free);

  G_OBJECT_CLASS (scapula_runner_parent_class)->dispose (object);
}

static void
scapula_runner_class_init (ScapulaRunnerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = scapula_runner_dispose;

  /**
   * ScapulaRunner::changed:
   *
   * The session changed: a set was logged or skipped, a timer started or
   * ended, the session started or finished.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * ScapulaRunner::failed:
   * @message: what went wrong
   *
   * A write started by a timer (not by a call that could return the error)
   * failed.
   */
  signals[FAILED] = g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
scapula_runner_init (ScapulaRunner *self)
{
  self->last_sets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                           (GDestroyNotify) g_array_unref);
}

/**
 * scapula_runner_new:
 * @context: the app's context, with its database open
 * @clock: the clock the timers run on
 * @alerts: where sounds and notifications go
 *
 * Returns: (transfer full): a runner with no session under way
 */
ScapulaRunner *
scapula_runner_new (ScapulaContext *context,
                    ScapulaClock   *clock,
                    ScapulaAlerts  *alerts)
{
  ScapulaRunner *self;

  g_return_val_if_fail (SCAPULA_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (SCAPULA_IS_CLOCK (clock), NULL);
  g_return_val_if_fail (SCAPULA_IS_ALERTS (alerts), NULL);

  self = g_object_new (SCAPULA_TYPE_RUNNER, NULL);
  self->context = g_object_ref (context);
  self->clock = g_object_ref (clock);
  self->alerts = g_object_ref (alerts);

  self->rest_timer = scapula_timer_new (clock);
  self->activity_timer = scapula_timer_new (clock);

  g_signal_connect (self->rest_timer, "changed", G_CALLBACK (on_timer_changed), self);
  g_signal_connect (self->rest_timer, "finished", G_CALLBACK (on_rest_finished), self);
  g_signal_connect (self->activity_timer, "changed", G_CALLBACK (on_timer_changed), self);
  g_signal_connect (self->activity_timer, "ping", G_CALLBACK (on_activity_ping), self);
  g_signal_connect (self->activity_timer, "finished", G_CALLBACK (on_activity_finished), self);

  return self;
}

ScapulaContext *
scapula_runner_get_context (ScapulaRunner *self)
{
  g_return_val_if_fail (SCAPULA_IS_RUNNER (self), NULL);

  return self->context;
}

ScapulaClock *
scapula_runner_get_clock (ScapulaRunner *self)
{
  g_return_val_if_fail (SCAPULA_IS_RUNNER (self), NULL);

  return self->clock;
}

ScapulaWeightUnit
scapula_runner_get_weight_unit (ScapulaRunner *self)
{
  g_return_val_if_fail (SCAPULA_IS_RUNNER (self), SCAPULA_WEIGHT_UNIT_KG);

  return scapula_context_get_weight_unit (self->context);
}

/**
 * scapula_runner_lookup:
 * @self: a runner
 * @exercise: a slug
 *
 * Returns: (transfer none) (nullable): the catalog's exercise
 */
ScapulaExercise *
scapula_runner_lookup (ScapulaRunner *self,
                       const char    *exercise)
{
  g_return_val_if_fail (SCAPULA_IS_RUNNER (self), NULL);

  if (exercise == NULL)
    return NULL;

  return scapula_catalog_lookup (scapula_context_get_catalog (self->context), exercise);
}

/**
 * scapula_runner_get_last_sets:
 * @self: a runner with a session
 * @exercise: a slug
 *
 * The work sets of the last session before this one that had @exercise,
 * read once per session.
 *
 * Returns: (transfer none) (element-type ScapulaSetRecord) (nullable): the
 *   sets, empty for none, %NULL when they cannot be read
 */
GArray *
scapula_runner_get_last_sets (ScapulaRunner *self,
                              const char    *exercise)
{
  g_autoptr(GError) error = NULL;
  GArray *sets;

  g_return_val_if_fail (SCAPULA_IS_RUNNER (self), NULL);
  g_return_val_if_fail (exercise != NULL, NULL);

  if ((sets = g_hash_table_lookup (self->last_sets, exercise)) != NULL)
    return sets;

  sets = scapula_history_get_last_work_sets (get_database (self), exercise,
                                             self->started_at > 0 ? self->started_at : now_s (self),
                                             NULL, NULL, &error);
  if (sets == NULL)
    {
      g_debug ("Cannot read the last sets of %s: %s", exercise, error->message);
      return NULL;
    }

  g_hash_table_insert (self->last_sets, g_strdup (exercise), sets);
  return sets;
}

static void
compute_target (ScapulaRunner             *self,
                ScapulaExercise           *exercise,
                const ScapulaPrescription *prescription,
                ScapulaTarget             *target)
{
  GArray *last = scapula_runner_get_last_sets (self, scapula_exercise_get_slug (exercise));

  scapula_target_compute (prescription, scapula_exercise_get_equipment (exercise),
                          scapula_runner_get_weight_unit (self),
                          last != NULL ? (ScapulaSetRecord *) last->data : NULL,
                          last != NULL ? last->len : 0, target);
}

static ScapulaLevel
get_level (ScapulaRunner *self)
{
  ScapulaPlanStore *store = scapula_context_get_plan_store (self->context);
  ScapulaPlan *plan = store != NULL ? scapula_plan_store_get_active (store) : NULL;

  return plan != NULL ? scapula_plan_get_level (plan) : SCAPULA_LEVEL_BEGINNER;
}

static gboolean
is_cardio (ScapulaExercise *exercise)
{
  return scapula_exercise_get_kind (exercise) == SCAPULA_EXERCISE_KIND_WARMUP &&
         scapula_exercise_get_dose (exercise)->type == SCAPULA_DOSE_TYPE_DURATION;
}

/* The light cardio lasts as long as the plan says, if it lists it. */
static guint
get_cardio_seconds (ScapulaRunner  *self,
                    ScapulaPlanDay *day)
{
  for (guint i = 0; day != NULL && i < scapula_plan_day_get_n_items (day); i++)
    {
      ScapulaPlanItem *item = scapula_plan_day_get_item (day, i);
      ScapulaExercise *exercise = scapula_runner_lookup (self, scapula_plan_item_get_exercise (item));

      if (exercise != NULL && is_cardio (exercise))
        return MAX (scapula_plan_item_get_prescription (item)->hold_seconds, 60);
    }

  return SCAPULA_SESSION_CARDIO_SECONDS;
}

static void
set_session (ScapulaRunner  *self,
             ScapulaSession *session,
             gint64          session_id,
             gint64          plan_day_id,
             gint64          started_at)
{
  g_set_object (&self->session, session);
  self->session_id = session_id;
  self->plan_day_id = plan_day_id;
  self->started_at = started_at;
  g_hash_table_remove_all (self->last_sets);
}

/**
 * scapula_runner_resume:
 * @self: a runner
 * @error: why the session under way cannot be read
 *
 * Picks up the session that was under way when the app last stopped, with
 * its rest timer where the clock says it is now.
 *
 * Returns: %TRUE when a session was resumed; %FALSE with @error unset when
 *   there was none
 */
gboolean
scapula_runner_resume (ScapulaRunner  *self,
                       GError        **error)
{
  g_autoptr(ScapulaSession) session = NULL;
  gint64 session_id = 0, plan_day_id = 0, started_at = 0;
  ScapulaCountdown *activity;
  guint entry;
  int set;

  g_return_val_if_fail (SCAPULA_IS_RUNNER (self), FALSE);
  g_return_val_if_fail (self->session == NULL, FALSE);

  session = scapula_session_store_load_unfinished (get_database (self), &session_id,
                                                   &plan_day_id, &started_at, error);
  if (session == NULL)
    return FALSE;

  set_session (self, session, session_id, plan_day_id, started_at);
  self->resumed = TRUE;

  /* A hold run starts again from its next hold; the cardio countdown goes
   * on by the clock like the rest timer. */
  activity = scapula_session_get_activity (session);
  if (scapula_countdown_is_started (activity) &&
      scapula_session_get_current (session, &entry, &set) && set >= 0 &&
      scapula_session_entry_get_kind (scapula_session_get_entry (session, entry)) == SCAPULA_ENTRY_KIND_CARDIO)
    {
      self->syncing++;
      scapula_timer_restore (self->activity_timer, activity, NULL);
      self->syncing--;

      if (scapula_timer_get_finished (self->activity_timer))
        on_activity_finished (self->activity_timer, self);
    }
  else
    {
      memset (activity, 0, sizeof *activity);
    }

  sync_timers_from_session (self);
  emit_changed (self);

  return TRUE;
}

/**
 * scapula_runner_get_today:
 * @self: a runner
 *
 * Returns: (transfer none) (nullable): today's day of the active plan, or
 *   %NULL when there is no active plan
 */
ScapulaPlanDay *
scapula_runner_get_today (ScapulaRunner *self)
{
  ScapulaPlanStore *store;
  ScapulaPlan *plan;
  g_autoptr(GDateTime) now = NULL;

  g_return_val_if_fail (SCAPULA_IS_RUNNER (self), NULL);

  store = scapula_context_get_plan_store (self->context);
  plan = store != NULL ? scapula_plan_store_get_active (store) : NULL;
  if (plan == NULL)
    return NULL;

  now = g_date_time_new_from_unix_local (now_s (self));
  return scapula_plan_get_day (plan, g_date_time_get_day_of_week (now));
}

/**
 * scapula_runner_get_today_done:
 * @self: a runner
 *
 * Returns: the session that already followed today's plan day today, or 0
 */
gint64
scapula_runner_get_today_done (ScapulaRunner *self)
{
  ScapulaPlanDay *day = scapula_runner_get_today (self);
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) midnight = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (day == NULL || scapula_plan_day_get_id (day) <= 0)
    return 0;

  now = g_date_time_new_from_unix_local (now_s (self));
  midnight = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                    g_date_time_get_day_of_month (now), 0, 0, 0);
  id = scapula_session_store_get_last_day_session (get_database (self), scapula_plan_day_get_id (day),
                                                   g_date_time_to_unix (midnight), &error);
  if (id < 0)
    g_debug ("Cannot tell whether today's session was done: %s", error->message);

  return MAX (id, 0);
}

/**
 * scapula_runner_start:
 * @self: a runner with no session under way
 * @day: (nullable): the plan day to follow, or %NULL for a session built on
 *   the spot
 * @error: a #SCAPULA_DATABASE_ERROR
 *
 * Starts a session: the light cardio, then the day's exercises with today's
 * targets and warm-up sets before the main lifts.
 *
 * Returns: %TRUE once the session is on disk
 */
gboolean
scapula_runner_start (ScapulaRunner   *self,
                      ScapulaPlanDay  *day,
                      GError         **error)
{
  g_autoptr(ScapulaSession) session = scapula_session_new ();
  ScapulaWeightUnit unit;
  gint64 session_id = 0;
  gint64 started_at;

  g_return_val_if_fail (SCAPULA_IS_RUNNER (self), FALSE);
  g_return_val_if_fail (self->session == NULL, FALSE);
  g_return_val_if_fail (day == NULL || SCAPULA_IS_PLAN_DAY (day), FALSE);

  g_clear_pointer (&self->summary, scapula_session_summary_free);
  started_at = now_s (self);
  set_session (self, NULL, 0, 0, started_at);
  unit = scapula_runner_get_weight_unit (self);

  scapula_session_add_cardio (session, get_cardio_seconds (self, day));

  for (guint i = 0; day != NULL && i < scapula_plan_day_get_n_items (day); i++)
    {
      ScapulaPlanItem *item = scapula_plan_day_get_item (day, i);
      ScapulaExercise *exercise = scapula_runner_lookup (self, scapula_plan_item_get_exercise (item));
      const ScapulaPrescription *prescription = scapula_plan_item_get_prescription (item);
      ScapulaTarget target;

      /* The user's own exercises have no catalog entry to run yet, and the
       * plan's cardio is the countdown that opens the session. */
      if (exercise == NULL || is_cardio (exercise))
        continue;

      compute_target (self, exercise, prescription, &target);
      scapula_session_add_exercise (session, exercise, scapula_plan_item_get_role (item),
                                    prescription, &target);
    }

  scapula_session_add_warmup_ladders (session, unit);

  if (!scapula_session_store_start (get_database (self), session,
                                    day != NULL ? scapula_plan_day_get_id (day) : 0,
                                    started_at, &session_id, error))
    return FALSE;

  set_session (self, session, session_id, day != NULL ? scapula_plan_day_get_id (day) : 0, started_at);
  self->resumed = FALSE;
  sync_timers_from_session (self);
  emit_changed (self);

  return TRUE;
}

/**
 * scapula_runner_get_session:
 * @self: a runner
 *
 * Returns: (transfer none) (nullable): the session under way
 */
ScapulaSession *
scapula_runner_get_session (ScapulaRunner *self)
{
  g_return_val_if_fail (SCAPULA_IS_RUNNER (self), NULL);

  return self->session;
}

gint64
scapula_runner_get_session_id (ScapulaRunner *self)
{
  g_return_val_if_fail (SCAPULA_IS_RUNNER (self), 0);

  return self->session_id;
}

gint64
scapula_runner_get_started_at (ScapulaRunner *self)
{
  g_return_val_if_fail (SCAPULA_IS_RUNNER (self), 0);

  return self->started_at;
}

gboolean
scapula_runner_get_resumed (ScapulaRunner *self)
{
  g_return_val_if_fail (SCAPULA_IS_RUNNER (self), FALSE);

  return self->resumed;
}

/**
 * scapula_runner_get_rest_timer:
 * @self: a runner
 *
 * Returns: (transfer none): the rest timer between sets
 */
ScapulaTimer *
scapula_runner_get_rest_timer (ScapulaRunner *self)
{
  g_return_val_if_fail (SCAPULA_IS_RUNNER (self), NULL);

  return self->rest_timer;
}

/**
 * scapula_runner_get_activity_timer:
 * @self: a runner
 *
 * Returns: (transfer none): the timer of the cardio and of hold runs
 */
ScapulaTimer *
scapula_runner_get_activity_timer (ScapulaRunner *self)
{
  g_return_val_if_fail (SCAPULA_IS_RUNNER (self), NULL);

  return self->activity_timer;
}

/* Actions */

/**
 * scapula_runner_log_set:
 * @self: a runner whose current set is counted in reps
 * @weight_kg: the load, in kilograms
 * @reps: the reps, as typed
 * @rpe: the RPE, 0 for none
 * @error: a #SCAPULA_SESSION_ERROR for an impossible value (nothing is
 *   written), or a #SCAPULA_DATABASE_ERROR
 *
 * Logs the current set and starts the rest that follows it.
 *
 * Returns: %TRUE once the set is on disk
 */
gboolean
scapula_runner_log_set (ScapulaRunner  *self,
                        double          weight_kg,
                        int             reps,
                        double          rpe,
                        GError        **error)
{
  ScapulaCountdown *rest, rest_before;
  guint entry, set, rest_seconds;
  gint64 now;

  g_return_val_if_fail (SCAPULA_IS_RUNNER (self), FALSE);

  if (!get_current_set (self, SCAPULA_ENTRY_KIND_REPS, &entry, &set, error) ||
      !scapula_session_validate_set (weight_kg, reps, rpe, error))
    return FALSE;

  now = now_us (self);

  /* The rest starts in the same write as the set. The store puts the rest
   * of the session back if the write fails; the rest is put back here. */
  rest = scapula_session_get_rest (self->session);
  rest_before = *rest;
  rest_seconds = scapula_session_get_rest_after (self->session, entry, set);
  if (rest_seconds > 0)
    scapula_countdown_start (rest, now, (gint64) rest_seconds * G_USEC_PER_SEC);
  else
    memset (rest, 0, sizeof *rest);

  if (!scapula_session_store_log_set (get_database (self), self->session_id, self->session,
                                      entry, set, weight_kg, reps, 0, rpe,
                                      now / G_USEC_PER_SEC, error))
    {
      *scapula_session_get_rest (self->session) = rest_before;
      return FALSE;
    }

  scapula_alerts_withdraw (self->alerts, REST_NOTIFICATION);
  sync_timers_from_session (self);
  emit_changed (self);

  return TRUE;
}

static gboolean
save_after_change (ScapulaRunner  *self,
                   GVariant       *before,
                   GError        **error)
{
  g_autoptr(GVariant) owned = g_variant_ref_sink (before);

  if (!save_state (self, error))
    {
      scapula_session_restore (self->session, owned, NULL);
      return FALSE;
    }

  emit_changed (self);
  return TRUE;
}

static void
stop_activity (ScapulaRunner *self)
{
  self->syncing++;
  scapula_timer_stop (self->activity_timer);
  self->syncing--;
  memset (scapula_session_get_activity (self->session), 0, sizeof (ScapulaCountdown));
}

/**
 * scapula_runner_skip_set:
 * @self: a runner
 * @error: a #SCAPULA_SESSION_ERROR or a #SCAPULA_DATABASE_ERROR
 *
 * Passes over the current set (or, for a hold run, the current hold).
 *
 * Returns: %TRUE once saved
 */
gboolean
scapula_runner_skip_set (ScapulaRunner  *self,
                         GError        **error)
{
  GVariant *before;
  guint entry;
  int set;

  g_return_val_if_fail (SCAPULA_IS_RUNNER (self), FALSE);

  if (!need_session (self, error))
    return FALSE;

  if (!scapula_session_get_current (self->session, &entry, &set) || set < 0)
    {
      g_set_error_literal (error, SCAPULA_SESSION_ERROR, SCAPULA_SESSION_ERROR_NOTHING,
                           _("There is no set to skip."));
      return FALSE;
    }

  before = scapula_session_to_variant (self->session);
  stop_activity (self);
  scapula_session_skip_set (self->session, entry, set);

  return save_after_change (self, before, error);
}

gboolean
scapula_runner_skip_exercise (ScapulaRunner  *self,
                              guint           entry,
                              GError        **error)
{
  GVariant *before;
  guint current;

  g_return_val_if_fail (SCAPULA_IS_RUNNER (self), FALSE);

  if (!need_session (self, error))
    return FALSE;
  g_return_val_if_fail (entry < scapula_session_get_n_entries (self->session), FALSE);

  before = scapula_session_to_variant (self->session);
  if (scapula_session_get_current (self->session, &current, NULL) && current == entry)
    stop_activity (self);
  scapula_session_skip_entry (self->session, entry);

  return save_after_change (self, before, error);
}

gboolean
scapula_runner_add_set (ScapulaRunner  *self,
                        guint           entry,
                        GError        **error)
{
  GVariant *before;

  g_return_val_if_fail (SCAPULA_IS_RUNNER (self), FALSE);

  if (!need_session (self, error))
    return FALSE;
  g_return_val_if_fail (entry < scapula_session_get_n_entries (self->session), FALSE);

  before = scapula_session_to_variant (self->session);
  scapula_session_add_set (self->session, entry);

  return save_after_change (self, before, error);
}

/**
 * scapula_runner_move_exercise:
 * @self: a runner
 * @from: an entry's position
 * @to: its new position
 * @error: a #SCAPULA_DATABASE_ERROR
 *
 * Reorders the session. Moving the exercise under way stops a hold run.
 *
 * Returns: %TRUE once saved
 */
gboolean
scapula_runner_move_exercise (ScapulaRunner  *self,
                              guint           from,
                              guint           to,
                              GError        **error)
{
  GVariant *before;

  g_return_val_if_fail (SCAPULA_IS_RUNNER (self), FALSE);

  if (!need_session (self, error))
    return FALSE;
  g_return_val_if_fail (from < scapula_session_get_n_entries (self->session), FALSE);
  g_return_val_if_fail (to < scapula_session_get_n_entries (self->session), FALSE);

  before = scapula_session_to_variant (self->session);
  if (scapula_timer_get_active (self->activity_timer))
    stop_activity (self);
  scapula_session_move_entry (self->session, from, to);

  return save_after_change (self, before, error);
}

/**
 * scapula_runner_swap_exercise:
 * @self: a runner
 * @entry: an exercise not started yet
 * @exercise: the slug of its substitute
 * @error: a #SCAPULA_DATABASE_ERROR
 *
 * Returns: %TRUE once saved
 */
gboolean
scapula_runner_swap_exercise (ScapulaRunner  *self,
                              guint           entry,
                              const char     *exercise,
                              GError        **error)
{
  ScapulaExercise *substitute;
  ScapulaSessionEntry *e;
  ScapulaTarget target;
  GVariant *before;

  g_return_val_if_fail (SCAPULA_IS_RUNNER (self), FALSE);

  if (!need_session (self, error))
    return FALSE;
  g_return_val_if_fail (entry < scapula_session_get_n_entries (self->session), FALSE);

  substitute = scapula_runner_lookup (self, exercise);
  g_return_val_if_fail (substitute != NULL, FALSE);

  e = scapula_session_get_entry (self->session, entry);
  compute_target (self, substitute, scapula_session_entry_get_prescription (e), &target);

  before = scapula_session_to_variant (self->session);
  scapula_session_swap_entry (self->session, entry, substitute, &target,
                              scapula_runner_get_weight_unit (self));

  return save_after_change (self, before, error);
}

/**
 * scapula_runner_add_exercise:
 * @self: a runner
 * @exercise: a slug from the catalog
 * @error: a #SCAPULA_DATABASE_ERROR
 *
 * Adds an exercise at the end, with the catalog's starting prescription and
 * today's target, and warm-up sets if it is a main lift.
 *
 * Returns: %TRUE once saved
 */
gboolean
scapula_runner_add_exercise (ScapulaRunner  *self,
                             const char     *exercise,
                             GError        **error)
{
  ScapulaExercise *found;
  ScapulaPrescription prescription;
  ScapulaTarget target;
  GVariant *before;

  g_return_val_if_fail (SCAPULA_IS_RUNNER (self), FALSE);

  if (!need_session (self, error))
    return FALSE;

  found = scapula_runner_lookup (self, exercise);
  g_return_val_if_fail (found != NULL, FALSE);

  scapula_prescription_init_for_exercise (&prescription, found, get_level (self));
  compute_target (self, found, &prescription, &target);

  before = scapula_session_to_variant (self->session);
  scapula_session_add_exercise (self->session, found, SCAPULA_PLAN_ROLE_NONE, &prescription, &target);
  scapula_session_add_warmup_sets (self->session, scapula_session_get_n_entries (self->session) - 1,
                                   scapula_runner_get_weight_unit (self));

  return save_after_change (self, before, error);
}

/**
 * scapula_runner_check_in:
 * @self: a runner whose current entry waits for its check-in
 * @pain: 0–10
 * @numbness: numbness or tingling
 * @advice: (out) (optional): what the answer calls for
 * @error: a #SCAPULA_SESSION_ERROR or #SCAPULA_DATABASE_ERROR
 *
 * Returns: %TRUE once saved
 */
gboolean
scapula_runner_check_in (ScapulaRunner      *self,
                         guint               pain,
                         gboolean            numbness,
                         ScapulaPainAdvice  *advice,
                         GError            **error)
{
  g_autoptr(GArray) earlier = NULL;
  ScapulaSessionEntry *e;
  guint entry;
  int set;

  g_return_val_if_fail (SCAPULA_IS_RUNNER (self), FALSE);
  g_return_val_if_fail (pain <= 10, FALSE);

  if (!need_session (self, error))
    return FALSE;

  if (!scapula_session_get_current (self->session, &entry, &set) || set >= 0)
    {
      g_set_error_literal (error, SCAPULA_SESSION_ERROR, SCAPULA_SESSION_ERROR_NOTHING,
                           _("There is no check-in to answer now."));
      return FALSE;
    }

  e = scapula_session_get_entry (self->session, entry);
  earlier = scapula_session_store_get_pain_history (get_database (self),
                                                    scapula_session_entry_get_exercise (e),
                                                    self->session_id, 2, error);
  if (earlier == NULL ||
      !scapula_session_store_check_in (get_database (self), self->session_id, self->session,
                                       entry, pain, numbness, now_s (self), error))
    return FALSE;

  if (advice != NULL)
    *advice = scapula_pain_assess (pain, numbness, (guint *) earlier->data, earlier->len);

  emit_changed (self);
  return TRUE;
}

gboolean
scapula_runner_skip_check_in (ScapulaRunner  *self,
                              GError        **error)
{
  GVariant *before;
  guint entry;
  int set;

  g_return_val_if_fail (SCAPULA_IS_RUNNER (self), FALSE);

  if (!need_session (self, error))
    return FALSE;

  if (!scapula_session_get_current (self->session, &entry, &set) || set >= 0)
    {
      g_set_error_literal (error, SCAPULA_SESSION_ERROR, SCAPULA_SESSION_ERROR_NOTHING,
                           _("There is no check-in to answer now."));
      return FALSE;
    }

  before = scapula_session_to_variant (self->session);
  scapula_session_skip_checkin (self->session, entry);

  return save_after_change (self, before, error);
}

/**
 * scapula_runner_start_activity:
 * @self: a runner whose current set is the cardio or a hold
 * @error: a #SCAPULA_SESSION_ERROR
 *
 * Starts the cardio countdown, or the hold timer for the run of holds from
 * the current one on the same side.
 *
 * Returns: %TRUE when started
 */
gboolean
scapula_runner_start_activity (ScapulaRunner  *self,
                               GError        **error)
{
  ScapulaHoldPlan plan;
  guint entry, set;

  g_return_val_if_fail (SCAPULA_IS_RUNNER (self), FALSE);

  /* Going on ends the rest. */
  if (scapula_timer_get_active (self->rest_timer))
    scapula_runner_skip_rest (self);

  if (get_hold_run (self, &entry, &set, &plan))
    {
      self->holds_logged = 0;
      scapula_timer_start_hold (self->activity_timer, &plan);
      return TRUE;
    }

  if (!get_current_set (self, SCAPULA_ENTRY_KIND_CARDIO, &entry, &set, error))
    return FALSE;

  scapula_timer_start (self->activity_timer,
                       (gint64) scapula_session_entry_get_set (scapula_session_get_entry (self->session, entry), set)->target_seconds *
                       G_USEC_PER_SEC);
  return TRUE;
}

/**
 * scapula_runner_stop_activity:
 * @self: a runner
 * @error: a #SCAPULA_DATABASE_ERROR
 *
 * Stops the cardio or the hold run early. Holds already over stay logged;
 * the cardio counts as done.
 *
 * Returns: %TRUE once saved
 */
gboolean
scapula_runner_stop_activity (ScapulaRunner  *self,
                              GError        **error)
{
  guint entry;
  int set;

  g_return_val_if_fail (SCAPULA_IS_RUNNER (self), FALSE);

  if (!need_session (self, error))
    return FALSE;

  if (scapula_timer_get_active (self->activity_timer))
    log_finished_holds (self);

  if (scapula_session_get_current (self->session, &entry, &set) && set >= 0 &&
      scapula_session_entry_get_kind (scapula_session_get_entry (self->session, entry)) == SCAPULA_ENTRY_KIND_CARDIO)
    scapula_session_set_done (self->session, entry, set, 0, 0,
                              (guint) (scapula_timer_get_elapsed (self->activity_timer) / G_USEC_PER_SEC),
                              0, 0, now_s (self));

  stop_activity (self);
  if (!save_state (self, error))
    return FALSE;

  emit_changed (self);
  return TRUE;
}

void
scapula_runner_toggle_pause (ScapulaRunner *self)
{
  ScapulaTimer *timer;

  g_return_if_fail (SCAPULA_IS_RUNNER (self));

  timer = scapula_timer_get_active (self->activity_timer) ? self->activity_timer : self->rest_timer;
  if (!scapula_timer_get_active (timer))
    return;

  if (scapula_timer_get_paused (timer))
    scapula_timer_resume (timer);
  else
    scapula_timer_pause (timer);
}

void
scapula_runner_adjust_rest (ScapulaRunner *self,
                            gint64         delta)
{
  g_return_if_fail (SCAPULA_IS_RUNNER (self));

  if (scapula_timer_get_active (self->rest_timer))
    scapula_timer_adjust (self->rest_timer, delta);
}

void
scapula_runner_skip_rest (ScapulaRunner *self)
{
  g_return_if_fail (SCAPULA_IS_RUNNER (self));

  if (scapula_timer_get_active (self->rest_timer))
    {
      /* Skipping is not the rest running out: no sound, no notification. */
      self->syncing++;
      scapula_timer_stop (self->rest_timer);
      self->syncing--;
      if (self->session != NULL)
        {
          memset (scapula_session_get_rest (self->session), 0, sizeof (ScapulaCountdown));
          save_state_or_report (self);
        }
      emit_changed (self);
    }
}

/* Finishing */

static char *
format_record (ScapulaRunner       *self,
               const ScapulaRecord *record)
{
  ScapulaWeightUnit unit = scapula_runner_get_weight_unit (self);
  ScapulaExercise *exercise = scapula_runner_lookup (self, record->exercise);
  const char *name = exercise != NULL ? scapula_exercise_get_name (exercise) : record->exercise;
  g_autofree char *weight = scapula_weight_format (record->weight_kg, unit);
  g_autofree char *value = scapula_weight_format (record->value, unit);

  switch (record->kind)
    {
    case SCAPULA_RECORD_KIND_HEAVIEST_WEIGHT:
      /* Translators: "Seal Row: heaviest weight, 30 kg" */
      return g_strdup_printf (_("%s: heaviest weight, %s"), name, weight);

    case SCAPULA_RECORD_KIND_MOST_REPS:
      /* Translators: "Seal Row: most reps at 25 kg, 12" */
      return g_strdup_printf (_("%s: most reps at %s, %u"), name, weight, record->reps);

    case SCAPULA_RECORD_KIND_BEST_E1RM:
      /* Translators: "Seal Row: best estimated one-rep max (Epley), 36.7 kg" */
      return g_strdup_printf (_("%s: best estimated one-rep max (Epley), %s"), name, value);

    case SCAPULA_RECORD_KIND_BEST_VOLUME:
    default:
      /* Translators: "Seal Row: best session volume, 720 kg" */
      return g_strdup_printf (_("%s: best session volume, %s"), name, value);
    }
}

static void
collect_records (ScapulaRunner *self,
                 GPtrArray     *into)
{
  g_autoptr(ScapulaProgressStore) store = NULL;
  g_autoptr(GArray) records = NULL;
  g_autoptr(GError) error = NULL;

  store = scapula_progress_store_new (get_database (self), scapula_context_get_catalog (self->context));
  records = scapula_progress_store_get_session_records (store, self->session_id, &error);
  if (records == NULL)
    {
      g_debug ("Cannot read the session's records: %s", error->message);
      return;
    }

  for (guint i = 0; i < records->len; i++)
    g_ptr_array_add (into, format_record (self, &g_array_index (records, ScapulaRecord, i)));
}

static void
add_pain_notes (ScapulaRunner         *self,
                ScapulaSessionSummary *summary)
{
  for (guint i = 0; i < scapula_session_get_n_entries (self->session); i++)
    {
      ScapulaSessionEntry *e = scapula_session_get_entry (self->session, i);
      const ScapulaCheckin *checkin = scapula_session_entry_get_checkin (e);
      g_autofree char *name = NULL;

      if (!checkin->done || checkin->skipped || (checkin->pain == 0 && !checkin->numbness))
        continue;

      name = scapula_runner_dup_exercise_name (self, i);
      if (checkin->numbness)
        /* Translators: %s is an exercise, %u the pain from 0 to 10 */
        g_ptr_array_add (summary->pain_notes,
                         g_strdup_printf (_("%s: pain %u of 10, with numbness or tingling"),
                                          name, checkin->pain));
      else
        g_ptr_array_add (summary->pain_notes,
                         g_strdup_printf (_("%s: pain %u of 10"), name, checkin->pain));
    }
}

static void
end_session (ScapulaRunner *self)
{
  self->syncing++;
  scapula_timer_stop (self->rest_timer);
  scapula_timer_stop (self->activity_timer);
  self->syncing--;
  scapula_alerts_withdraw (self->alerts, REST_NOTIFICATION);
  set_session (self, NULL, 0, 0, 0);
  self->resumed = FALSE;
}

/**
 * scapula_runner_finish:
 * @self: a runner
 * @error: a #SCAPULA_DATABASE_ERROR
 *
 * Ends the session under way and keeps its summary.
 *
 * Returns: %TRUE once saved
 */
gboolean
scapula_runner_finish (ScapulaRunner  *self,
                       GError        **error)
{
  g_autoptr(ScapulaSessionSummary) summary = g_new0 (ScapulaSessionSummary, 1);
  gint64 ended_at;

  g_return_val_if_fail (SCAPULA_IS_RUNNER (self), FALSE);

  if (!need_session (self, error))
    return FALSE;

  if (scapula_timer_get_active (self->activity_timer))
    log_finished_holds (self);

  ended_at = now_s (self);
  if (!scapula_session_store_finish (get_database (self), self->session_id, ended_at, error))
    return FALSE;

  summary->duration = MAX (ended_at - self->started_at, 0);
  summary->work_sets = scapula_session_count_work_sets (self->session);
  summary->volume_kg = scapula_session_get_volume_kg (self->session);
  summary->records = g_ptr_array_new_with_free_func (g_free);
  summary->pain_notes = g_ptr_array_new_with_free_func (g_free);
  collect_records (self, summary->records);
  add_pain_notes (self, summary);

  end_session (self);
  g_clear_pointer (&self->summary, scapula_session_summary_free);
  self->summary = g_steal_pointer (&summary);
  emit_changed (self);

  return TRUE;
}

/**
 * scapula_runner_discard:
 * @self: a runner
 * @error: a #SCAPULA_DATABASE_ERROR
 *
 * Deletes the session under way with everything logged in it.
 *
 * Returns: %TRUE once deleted
 */
gboolean
scapula_runner_discard (ScapulaRunner  *self,
                        GError        **error)
{
  g_return_val_if_fail (SCAPULA_IS_RUNNER (self), FALSE);

  if (!need_session (self, error))
    return FALSE;

  if (!scapula_session_store_discard (get_database (self), self->session_id, error))
    return FALSE;

  end_session (self);
  emit_changed (self);
  return TRUE;
}

/**
 * scapula_runner_get_summary:
 * @self: a runner
 *
 * Returns: (nullable): the summary of the session just finished
 */
const ScapulaSessionSummary *
scapula_runner_get_summary (ScapulaRunner *self)
{
  g_return_val_if_fail (SCAPULA_IS_RUNNER (self), NULL);

  return self->summary;
}

void
scapula_runner_clear_summary (ScapulaRunner *self)
{
  g_return_if_fail (SCAPULA_IS_RUNNER (self));

  if (self->summary != NULL)
    {
      g_clear_pointer (&self->summary, scapula_session_summary_free);
      emit_changed (self);
    }
}

/* Words */

/**
 * scapula_runner_dup_exercise_name:
 * @self: a runner with a session
 * @entry: an entry
 *
 * Returns: (transfer full): the entry's name as shown
 */
char *
scapula_runner_dup_exercise_name (ScapulaRunner *self,
                                  guint          entry)
{
  ScapulaSessionEntry *e;
  ScapulaExercise *exercise;

  g_return_val_if_fail (SCAPULA_IS_RUNNER (self), NULL);
  g_return_val_if_fail (self->session != NULL, NULL);

  e = scapula_session_get_entry (self->session, entry);
  if (scapula_session_entry_get_kind (e) == SCAPULA_ENTRY_KIND_CARDIO)
    return g_strdup (_("Light Cardio"));

  exercise = scapula_runner_lookup (self, scapula_session_entry_get_exercise (e));
  return g_strdup (exercise != NULL ? scapula_exercise_get_name (exercise)
                                    : scapula_session_entry_get_exercise (e));
}

/**
 * scapula_runner_describe_next:
 * @self: a runner with a session
 *
 * Returns: (transfer full): what comes next, for the rest-over
 *   notification: "Next: set 2 of 3 of Seal Row"
 */
char *
scapula_runner_describe_next (ScapulaRunner *self)
{
  g_autofree char *name = NULL;
  ScapulaSessionEntry *e;
  const ScapulaSessionSet *s;
  guint entry;
  int set;

  g_return_val_if_fail (SCAPULA_IS_RUNNER (self), NULL);

  if (self->session == NULL || !scapula_session_get_current (self->session, &entry, &set))
    return g_strdup (_("That was the last set. Finish the session when you are ready."));

  name = scapula_runner_dup_exercise_name (self, entry);
  if (set < 0)
    /* Translators: %s is an exercise */
    return g_strdup_printf (_("Next: how %s felt"), name);

  e = scapula_session_get_entry (self->session, entry);
  s = scapula_session_entry_get_set (e, set);

  if (s->kind == SCAPULA_SET_KIND_WARMUP &&
      scapula_session_entry_get_exercise_kind (e) == SCAPULA_EXERCISE_KIND_STRENGTH)
    /* Translators: %s is an exercise */
    return g_strdup_printf (_("Next: warm-up set of %s"), name);

  /* Translators: "Next: set 2 of 3 of Seal Row" */
  return g_strdup_printf (_("Next: set %u of %u of %s"),
                          scapula_session_entry_get_work_index (e, set),
                          scapula_session_entry_count_sets_of_kind (e, s->kind),
                          name);
}
