/* scapula-hold.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The hold sequence of a stretch or an isometric hold, as pure functions of
 * the time elapsed since it began. The timer that runs it stores only when
 * it started (wall clock, see scapula-countdown.c); the phase, the rep, the
 * side and the pings due are all worked out here from the elapsed time, so
 * a hidden window, a restart or a suspended machine cannot make the
 * sequence drift: nothing is counted tick by tick.
 *
 * The sequence, for each side (one pass with SCAPULA_SIDE_BOTH, or a pass
 * on the left then one on the right when the plan is per side):
 *
 *   get ready (ready_seconds) → hold → release → hold → … → hold
 *
 * with `reps` holds and a release (release_seconds) between two holds,
 * none after the last hold of a side. A phase of 0 s is left out. Its
 * length is therefore
 *
 *   sides × (ready + reps × hold + (reps − 1) × release)
 *
 * and 0 when reps or hold_seconds is 0.
 *
 * The ping ladder, in time since the start:
 *   - one ping at 3 s, 2 s and 1 s before the end of every phase, when that
 *     moment falls after the phase began (a 2 s phase has two, at 2 s and
 *     1 s left; a phase of 3 s or less has no ping at its first moment,
 *     which is the change into it);
 *   - two pings at every change from one phase to the next, including from
 *     the last hold on the left to getting ready on the right;
 *   - three pings at the very end instead of the two.
 * Nothing sounds at the very start: the user has just pressed the button.
 */

#define G_LOG_DOMAIN "scapula-hold"

#include "config.h"

#include <glib/gi18n.h>

#include "scapula-hold.h"

typedef struct
{
  ScapulaHoldPhase phase;
  guint            rep;
  ScapulaSide      side;
  gint64           start;
  gint64           duration;
} Phase;

/* Calls @func for every phase of @plan longer than 0, in order; stops when
 * it returns FALSE.
 */
typedef gboolean (*PhaseFunc) (const Phase *phase,
                               gpointer     user_data);

static void
foreach_phase (const ScapulaHoldPlan *plan,
               PhaseFunc              func,
               gpointer               user_data)
{
  static const ScapulaSide one_side[] = { SCAPULA_SIDE_BOTH };
  static const ScapulaSide two_sides[] = { SCAPULA_SIDE_LEFT, SCAPULA_SIDE_RIGHT };
  const ScapulaSide *sides = plan->per_side ? two_sides : one_side;
  guint n_sides = plan->per_side ? G_N_ELEMENTS (two_sides) : G_N_ELEMENTS (one_side);
  gint64 ready = (gint64) plan->ready_seconds * G_USEC_PER_SEC;
  gint64 hold = (gint64) plan->hold_seconds * G_USEC_PER_SEC;
  gint64 release = (gint64) plan->release_seconds * G_USEC_PER_SEC;
  gint64 at = 0;

  if (plan->reps == 0 || plan->hold_seconds == 0)
    return;

  for (guint s = 0; s < n_sides; s++)
    {
      Phase phase = { SCAPULA_HOLD_PHASE_GET_READY, 0, sides[s], at, ready };

      if (ready > 0)
        {
          if (!func (&phase, user_data))
            return;
          at += ready;
        }

      for (guint rep = 0; rep < plan->reps; rep++)
        {
          phase = (Phase) { SCAPULA_HOLD_PHASE_HOLD, rep, sides[s], at, hold };
          if (!func (&phase, user_data))
            return;
          at += hold;

          if (rep + 1 < plan->reps && release > 0)
            {
              phase = (Phase) { SCAPULA_HOLD_PHASE_RELEASE, rep + 1, sides[s], at, release };
              if (!func (&phase, user_data))
                return;
              at += release;
            }
        }
    }
}

/**
 * scapula_hold_plan_get_duration:
 * @plan: a hold plan
 *
 * Returns: the length of the whole sequence in µs, sides included
 */
gint64
scapula_hold_plan_get_duration (const ScapulaHoldPlan *plan)
{
  gint64 side;

  g_return_val_if_fail (plan != NULL, 0);

  if (plan->reps == 0 || plan->hold_seconds == 0)
    return 0;

  side = (gint64) plan->ready_seconds +
         (gint64) plan->reps * plan->hold_seconds +
         (gint64) (plan->reps - 1) * plan->release_seconds;

  return side * (plan->per_side ? 2 : 1) * G_USEC_PER_SEC;
}

typedef struct
{
  gint64               elapsed;
  ScapulaHoldPosition *position;
  gboolean             found;
} LocateData;

static gboolean
locate_phase (const Phase *phase,
              gpointer     user_data)
{
  LocateData *data = user_data;

  if (data->elapsed >= phase->start + phase->duration)
    {
      /* Remember the last phase passed, for DONE. */
      data->position->rep = phase->rep;
      data->position->side = phase->side;
      return TRUE;
    }

  data->position->phase = phase->phase;
  data->position->rep = phase->rep;
  data->position->side = phase->side;
  data->position->phase_elapsed = MAX (data->elapsed - phase->start, 0);
  data->position->phase_duration = phase->duration;
  data->found = TRUE;

  return FALSE;
}

/**
 * scapula_hold_plan_locate:
 * @plan: a hold plan
 * @elapsed: µs since the start (negative counts as 0)
 * @position: (out): where @elapsed falls
 *
 * Finds the phase running at @elapsed. A phase runs from its first moment
 * up to, not including, its end: at a boundary the next phase has just
 * begun (@phase_elapsed 0). From the end on, the phase is
 * %SCAPULA_HOLD_PHASE_DONE with the last rep and side.
 */
void
scapula_hold_plan_locate (const ScapulaHoldPlan *plan,
                          gint64                 elapsed,
                          ScapulaHoldPosition   *position)
{
  LocateData data = { MAX (elapsed, 0), position, FALSE };

  g_return_if_fail (plan != NULL);
  g_return_if_fail (position != NULL);

  position->rep = 0;
  position->side = plan->per_side ? SCAPULA_SIDE_LEFT : SCAPULA_SIDE_BOTH;

  foreach_phase (plan, locate_phase, &data);

  if (!data.found)
    {
      position->phase = SCAPULA_HOLD_PHASE_DONE;
      position->phase_elapsed = 0;
      position->phase_duration = 0;
    }
}

typedef struct
{
  gint64  end;
  GArray *pings;
} PingData;

static void
add_ping (GArray *pings,
          gint64  at,
          guint   count)
{
  ScapulaPing ping = { at, count };

  g_array_append_val (pings, ping);
}

static gboolean
collect_pings (const Phase *phase,
               gpointer     user_data)
{
  PingData *data = user_data;
  gint64 end = phase->start + phase->duration;

  for (guint left = SCAPULA_HOLD_PING_LAST_SECONDS; left > 0; left--)
    {
      gint64 at = end - (gint64) left * G_USEC_PER_SEC;

      if (at > phase->start)
        add_ping (data->pings, at, 1);
    }

  add_ping (data->pings, end, end == data->end ? 3 : 2);

  return TRUE;
}

/**
 * scapula_hold_plan_get_pings:
 * @plan: a hold plan
 *
 * Every ping of the ladder described at the top of this file.
 *
 * Returns: (transfer full) (element-type ScapulaPing): the pings, sorted by
 *   time, one entry per moment
 */
GArray *
scapula_hold_plan_get_pings (const ScapulaHoldPlan *plan)
{
  PingData data;

  g_return_val_if_fail (plan != NULL, NULL);

  data.end = scapula_hold_plan_get_duration (plan);
  data.pings = g_array_new (FALSE, FALSE, sizeof (ScapulaPing));

  foreach_phase (plan, collect_pings, &data);

  return data.pings;
}

/**
 * scapula_hold_plan_count_pings:
 * @plan: a hold plan
 * @from_elapsed: µs since the start, excluded
 * @to_elapsed: µs since the start, included
 *
 * Returns: the number of pings (not moments: a phase change counts 2) due
 *   after @from_elapsed and up to @to_elapsed
 */
guint
scapula_hold_plan_count_pings (const ScapulaHoldPlan *plan,
                               gint64                 from_elapsed,
                               gint64                 to_elapsed)
{
  g_autoptr(GArray) pings = NULL;
  guint count = 0;

  g_return_val_if_fail (plan != NULL, 0);

  pings = scapula_hold_plan_get_pings (plan);

  for (guint i = 0; i < pings->len; i++)
    {
      const ScapulaPing *ping = &g_array_index (pings, ScapulaPing, i);

      if (ping->at > from_elapsed && ping->at <= to_elapsed)
        count += ping->count;
    }

  return count;
}

/**
 * scapula_hold_phase_get_label:
 * @phase: a phase
 *
 * Returns: (transfer none): the phase's name for the screen, translated
 */
const char *
scapula_hold_phase_get_label (ScapulaHoldPhase phase)
{
  switch (phase)
    {
    case SCAPULA_HOLD_PHASE_GET_READY:
      /* Translators: the phase before a hold, getting into position. */
      return _("Get Ready");

    case SCAPULA_HOLD_PHASE_HOLD:
      /* Translators: the phase of a stretch or isometric exercise spent holding the position. */
      return _("Hold");

    case SCAPULA_HOLD_PHASE_RELEASE:
      /* Translators: the rest between two holds of a stretch. */
      return _("Release");

    case SCAPULA_HOLD_PHASE_DONE:
      /* Translators: all holds of a stretch are finished. */
      return _("Done");

    default:
      g_return_val_if_reached (NULL);
    }
}
