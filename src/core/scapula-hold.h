/* scapula-hold.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "scapula-progression.h"

G_BEGIN_DECLS

/**
 * ScapulaHoldPhase:
 * @SCAPULA_HOLD_PHASE_GET_READY: getting into position before the first hold
 *   of a side
 * @SCAPULA_HOLD_PHASE_HOLD: holding
 * @SCAPULA_HOLD_PHASE_RELEASE: the pause between two holds of a side
 * @SCAPULA_HOLD_PHASE_DONE: after the last hold
 */
typedef enum
{
  SCAPULA_HOLD_PHASE_GET_READY,
  SCAPULA_HOLD_PHASE_HOLD,
  SCAPULA_HOLD_PHASE_RELEASE,
  SCAPULA_HOLD_PHASE_DONE,
} ScapulaHoldPhase;

/**
 * ScapulaHoldPlan:
 * @reps: holds per side
 * @hold_seconds: length of each hold
 * @ready_seconds: length of the get-ready phase before each side (0: none)
 * @release_seconds: length of the release between two holds (0: none)
 * @per_side: %TRUE to do all @reps on the left, then all on the right
 *
 * What a hold timer runs.
 */
typedef struct
{
  guint    reps;
  guint    hold_seconds;
  guint    ready_seconds;
  guint    release_seconds;
  gboolean per_side;
} ScapulaHoldPlan;

/**
 * ScapulaHoldPosition:
 * @phase: the phase at that moment
 * @rep: the hold (0-based) the phase belongs to: the coming hold during
 *   get-ready and release, the last one once done
 * @side: %SCAPULA_SIDE_BOTH, or %SCAPULA_SIDE_LEFT then %SCAPULA_SIDE_RIGHT
 *   when the plan is per side
 * @phase_elapsed: µs since the phase began (0 once done)
 * @phase_duration: length of the phase in µs (0 once done)
 *
 * Where a moment falls in a hold plan.
 */
typedef struct
{
  ScapulaHoldPhase phase;
  guint            rep;
  ScapulaSide      side;
  gint64           phase_elapsed;
  gint64           phase_duration;
} ScapulaHoldPosition;

/**
 * ScapulaPing:
 * @at: µs since the start of the plan
 * @count: how many pings sound at that moment (1, 2 or 3)
 */
typedef struct
{
  gint64 at;
  guint  count;
} ScapulaPing;

/* Pings in the last seconds of each phase: at 3 s, 2 s and 1 s left. */
#define SCAPULA_HOLD_PING_LAST_SECONDS 3

gint64      scapula_hold_plan_get_duration (const ScapulaHoldPlan *plan);
void        scapula_hold_plan_locate       (const ScapulaHoldPlan *plan,
                                            gint64                 elapsed,
                                            ScapulaHoldPosition   *position);
guint       scapula_hold_plan_count_pings  (const ScapulaHoldPlan *plan,
                                            gint64                 from_elapsed,
                                            gint64                 to_elapsed);
GArray     *scapula_hold_plan_get_pings    (const ScapulaHoldPlan *plan);
const char *scapula_hold_phase_get_label   (ScapulaHoldPhase       phase);

G_END_DECLS
