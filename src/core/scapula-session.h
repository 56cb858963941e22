/* scapula-session.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "scapula-catalog.h"
#include "scapula-countdown.h"
#include "scapula-plan.h"
#include "scapula-progression.h"

G_BEGIN_DECLS

#define SCAPULA_SESSION_ERROR (scapula_session_error_quark ())

/**
 * ScapulaSessionError:
 * @SCAPULA_SESSION_ERROR_WEIGHT: the weight is negative or over the limit
 * @SCAPULA_SESSION_ERROR_REPS: the reps are negative or over the limit
 * @SCAPULA_SESSION_ERROR_RPE: the RPE is outside 1–10 or not a half step
 * @SCAPULA_SESSION_ERROR_STATE: the saved state cannot be read back
 * @SCAPULA_SESSION_ERROR_NOTHING: there is no set or check-in to do
 */
typedef enum
{
  SCAPULA_SESSION_ERROR_WEIGHT,
  SCAPULA_SESSION_ERROR_REPS,
  SCAPULA_SESSION_ERROR_RPE,
  SCAPULA_SESSION_ERROR_STATE,
  SCAPULA_SESSION_ERROR_NOTHING,
} ScapulaSessionError;

/* The limits a logged set is held to, the same as the schema's checks. */
#define SCAPULA_SESSION_WEIGHT_MAX_KG 500.0
#define SCAPULA_SESSION_REPS_MAX      100
#define SCAPULA_SESSION_RPE_MIN       1.0
#define SCAPULA_SESSION_RPE_MAX       10.0

/* The light-cardio countdown that opens a session (DESIGN.md §6: 3–5 min). */
#define SCAPULA_SESSION_CARDIO_SECONDS 240
/* Rest after a warm-up set: enough to load the next weight. */
#define SCAPULA_SESSION_WARMUP_REST_SECONDS 60
/* The hold timer's get-ready and release phases. */
#define SCAPULA_SESSION_HOLD_READY_SECONDS 5
#define SCAPULA_SESSION_HOLD_RELEASE_SECONDS 10

/**
 * ScapulaEntryKind:
 * @SCAPULA_ENTRY_KIND_CARDIO: the light-cardio countdown; nothing is logged
 * @SCAPULA_ENTRY_KIND_REPS: sets counted in reps: warm-up moves and lifts
 * @SCAPULA_ENTRY_KIND_HOLD: sets held for a time: stretches and isometrics
 */
typedef enum
{
  SCAPULA_ENTRY_KIND_CARDIO,
  SCAPULA_ENTRY_KIND_REPS,
  SCAPULA_ENTRY_KIND_HOLD,
} ScapulaEntryKind;

/**
 * ScapulaSetStatus:
 * @SCAPULA_SET_STATUS_PENDING: still to do
 * @SCAPULA_SET_STATUS_DONE: done and in the database
 * @SCAPULA_SET_STATUS_SKIPPED: passed over
 */
typedef enum
{
  SCAPULA_SET_STATUS_PENDING,
  SCAPULA_SET_STATUS_DONE,
  SCAPULA_SET_STATUS_SKIPPED,
} ScapulaSetStatus;

/**
 * ScapulaSessionSet:
 * @kind: warm-up or work
 * @side: both, left or right
 * @target_reps: the reps to aim for, 0 for a timed set
 * @target_seconds: the seconds to hold, 0 for a set counted in reps
 * @target_weight_kg: the load to use, 0 for none or not known yet
 * @status: pending, done or skipped
 * @logged_id: the `logged_set` row once done, 0 before (and for cardio)
 * @weight_kg: the load used, once done
 * @reps: the reps done, once done
 * @seconds: the seconds held, once done
 * @rpe: the rate of perceived exertion given, 0 for none
 * @logged_at: when it was done, wall-clock µs
 *
 * One set of a session, planned and then done.
 */
typedef struct
{
  ScapulaSetKind   kind;
  ScapulaSide      side;
  guint            target_reps;
  guint            target_seconds;
  double           target_weight_kg;
  ScapulaSetStatus status;
  gint64           logged_id;
  double           weight_kg;
  guint            reps;
  guint            seconds;
  double           rpe;
  gint64           logged_at;
} ScapulaSessionSet;

/**
 * ScapulaCheckin:
 * @done: whether the check-in was answered
 * @pain: pain from 0 (none) to 10 (the worst imaginable)
 * @numbness: whether there was numbness or tingling
 * @skipped: answered by passing over it; @pain and @numbness mean nothing
 *
 * The pain check-in after an exercise.
 */
typedef struct
{
  gboolean done;
  gboolean skipped;
  guint    pain;
  gboolean numbness;
} ScapulaCheckin;

typedef struct _ScapulaSessionEntry ScapulaSessionEntry;

#define SCAPULA_TYPE_SESSION (scapula_session_get_type ())

G_DECLARE_FINAL_TYPE (ScapulaSession, scapula_session, SCAPULA, SESSION, GObject)

GQuark               scapula_session_error_quark   (void);

gboolean             scapula_session_validate_set  (double                     weight_kg,
                                                    int                        reps,
                                                    double                     rpe,
                                                    GError                   **error);

ScapulaSession      *scapula_session_new           (void);
ScapulaSession      *scapula_session_new_from_variant (GVariant               *state,
                                                    GError                   **error);
GVariant            *scapula_session_to_variant    (ScapulaSession            *self);
const GVariantType  *scapula_session_get_state_type (void);
gboolean             scapula_session_restore       (ScapulaSession            *self,
                                                    GVariant                  *state,
                                                    GError                   **error);

void                 scapula_session_add_cardio    (ScapulaSession            *self,
                                                    guint                      seconds);
void                 scapula_session_add_exercise  (ScapulaSession            *self,
                                                    ScapulaExercise           *exercise,
                                                    ScapulaPlanRole            role,
                                                    const ScapulaPrescription *prescription,
                                                    const ScapulaTarget       *target);
void                 scapula_session_add_warmup_ladders (ScapulaSession       *self,
                                                    ScapulaWeightUnit          unit);
void                 scapula_session_add_warmup_sets (ScapulaSession          *self,
                                                    guint                      entry,
                                                    ScapulaWeightUnit          unit);

guint                scapula_session_get_n_entries (ScapulaSession            *self);
ScapulaSessionEntry *scapula_session_get_entry     (ScapulaSession            *self,
                                                    guint                      index);
gboolean             scapula_session_get_current   (ScapulaSession            *self,
                                                    guint                     *entry,
                                                    int                       *set);
gboolean             scapula_session_is_complete   (ScapulaSession            *self);

void                 scapula_session_set_done      (ScapulaSession            *self,
                                                    guint                      entry,
                                                    guint                      set,
                                                    double                     weight_kg,
                                                    guint                      reps,
                                                    guint                      seconds,
                                                    double                     rpe,
                                                    gint64                     logged_id,
                                                    gint64                     logged_at);
void                 scapula_session_skip_set      (ScapulaSession            *self,
                                                    guint                      entry,
                                                    guint                      set);
void                 scapula_session_skip_entry    (ScapulaSession            *self,
                                                    guint                      entry);
void                 scapula_session_add_set       (ScapulaSession            *self,
                                                    guint                      entry);
void                 scapula_session_move_entry    (ScapulaSession            *self,
                                                    guint                      from,
                                                    guint                      to);
void                 scapula_session_swap_entry    (ScapulaSession            *self,
                                                    guint                      entry,
                                                    ScapulaExercise           *exercise,
                                                    const ScapulaTarget       *target,
                                                    ScapulaWeightUnit          unit);
void                 scapula_session_set_checkin   (ScapulaSession            *self,
                                                    guint                      entry,
                                                    guint                      pain,
                                                    gboolean                   numbness);
void                 scapula_session_skip_checkin  (ScapulaSession            *self,
                                                    guint                      entry);

guint                scapula_session_count_logged  (ScapulaSession            *self);
guint                scapula_session_count_work_sets (ScapulaSession          *self);
double               scapula_session_get_volume_kg (ScapulaSession            *self);

ScapulaCountdown    *scapula_session_get_rest      (ScapulaSession            *self);
ScapulaCountdown    *scapula_session_get_activity  (ScapulaSession            *self);
guint                scapula_session_get_rest_after (ScapulaSession           *self,
                                                    guint                      entry,
                                                    guint                      set);

const char          *scapula_session_entry_get_exercise     (ScapulaSessionEntry *entry);
ScapulaEntryKind     scapula_session_entry_get_kind         (ScapulaSessionEntry *entry);
ScapulaPlanRole      scapula_session_entry_get_role         (ScapulaSessionEntry *entry);
ScapulaExerciseKind  scapula_session_entry_get_exercise_kind (ScapulaSessionEntry *entry);
const ScapulaPrescription *scapula_session_entry_get_prescription (ScapulaSessionEntry *entry);
guint                scapula_session_entry_get_n_sets       (ScapulaSessionEntry *entry);
const ScapulaSessionSet *scapula_session_entry_get_set      (ScapulaSessionEntry *entry,
                                                             guint                index);
guint                scapula_session_entry_count_work_sets  (ScapulaSessionEntry *entry);
guint                scapula_session_entry_get_work_index   (ScapulaSessionEntry *entry,
                                                             guint                set);
guint                scapula_session_entry_count_sets_of_kind (ScapulaSessionEntry *entry,
                                                             ScapulaSetKind       kind);
gboolean             scapula_session_entry_is_finished      (ScapulaSessionEntry *entry);
gboolean             scapula_session_entry_needs_checkin    (ScapulaSessionEntry *entry);
const ScapulaCheckin *scapula_session_entry_get_checkin     (ScapulaSessionEntry *entry);
guint                scapula_session_entry_get_hold_run     (ScapulaSessionEntry *entry,
                                                             guint                first);

G_END_DECLS
