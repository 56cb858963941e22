/* scapula-session.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "scapula-session"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "scapula-session.h"

/* A session being trained: its exercises in order (the entries), each with
 * its sets as planned and as done, the pain check-in after it, and the two
 * timers that run between and during sets.
 *
 * Where the user is comes from the entries themselves: the current entry is
 * the first one with a set still pending or a check-in still to answer, and
 * the current set is its first pending set. Nothing stores a position that
 * could disagree with the sets, so reordering, skipping and resuming after a
 * restart all come down to changing or restoring the entries.
 *
 * The whole of it round-trips through a GVariant, which the session store
 * writes in the same transaction as each logged set: the state on disk is
 * always the state the user last saw confirmed.
 *
 * # Warm-up sets
 *
 * The first main lift (a strength exercise whose prescription asks for
 * warm-up sets) gets a ramp to its first working weight: about 50 % × 8 and
 * 75 % × 5, or 40 % × 8, 60 % × 5, 80 % × 3 when three are asked for, and
 * so on. Every other main lift gets lighter sets at about 60 % × 5, one per
 * warm-up set asked for. Each load is rounded down to a load that exists for
 * the equipment in the user's unit. Without a known working weight (a first
 * session) the warm-up sets keep their reps and leave the load to the user.
 */

#define STATE_VERSION 1
#define SET_TYPE      "(uuuuduxduudx)"
#define ENTRY_TYPE    "(suuuu(uuuuuubu)(bbub)a" SET_TYPE ")"
#define STATE_TYPE    "(ua" ENTRY_TYPE "(xxxx)(xxxx))"

struct _ScapulaSessionEntry
{
  char                *exercise;       /* slug; "" for cardio */
  ScapulaEntryKind     kind;
  ScapulaPlanRole      role;
  ScapulaExerciseKind  exercise_kind;
  ScapulaEquipment     equipment;
  ScapulaPrescription  prescription;
  ScapulaCheckin       checkin;
  GArray              *sets;           /* ScapulaSessionSet */
};

struct _ScapulaSession
{
  GObject           parent_instance;

  GPtrArray        *entries;           /* ScapulaSessionEntry */
  ScapulaCountdown  rest;
  ScapulaCountdown  activity;          /* the cardio countdown or a hold run */
};

G_DEFINE_FINAL_TYPE (ScapulaSession, scapula_session, G_TYPE_OBJECT)

G_DEFINE_QUARK (scapula-session-error-quark, scapula_session_error)

static void
entry_free (gpointer data)
{
  ScapulaSessionEntry *entry = data;

  g_free (entry->exercise);
  g_array_unref (entry->sets);
  g_free (entry);
}

static ScapulaSessionEntry *
entry_new (const char *exercise,
           ScapulaEntryKind kind)
{
  ScapulaSessionEntry *entry = g_new0 (ScapulaSessionEntry, 1);

  entry->exercise = g_strdup (exercise != NULL ? exercise : "");
  entry->kind = kind;
  entry->sets = g_array_new (FALSE, TRUE, sizeof (ScapulaSessionSet));

  return entry;
}

static void
scapula_session_finalize (GObject *object)
{
  ScapulaSession *self = SCAPULA_SESSION (object);

  g_ptr_array_unref (self->entries);

  G_OBJECT_CLASS (scapula_session_parent_class)->finalize (object);
}

static void
scapula_session_class_init (ScapulaSessionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = scapula_session_finalize;
}

static void
scapula_session_init (ScapulaSession *self)
{
  self->entries = g_ptr_array_new_with_free_func (entry_free);
}

/**
 * scapula_session_new:
 *
 * Returns: (transfer full): an empty session
 */
ScapulaSession *
scapula_session_new (void)
{
  return g_object_new (SCAPULA_TYPE_SESSION, NULL);
}

/**
 * scapula_session_validate_set:
 * @weight_kg: the load, in kilograms
 * @reps: the reps, as typed (may be negative)
 * @rpe: the rate of perceived exertion, or 0 for none
 * @error: the reason a value is impossible
 *
 * Holds a set to what a person can lift: a weight from 0 to 500 kg, 0 to
 * 100 reps and an RPE from 1 to 10 in half steps (or none). The schema
 * checks the same limits; this gives the message.
 *
 * Returns: %TRUE when the set can be logged
 */
gboolean
scapula_session_validate_set (double   weight_kg,
                              int      reps,
                              double   rpe,
                              GError **error)
{
  if (!isfinite (weight_kg) || weight_kg < 0)
    {
      g_set_error_literal (error, SCAPULA_SESSION_ERROR, SCAPULA_SESSION_ERROR_WEIGHT,
                           _("The weight cannot be negative."));
      return FALSE;
    }

  /* A hair over the limit is the rounding of a typed 1102.3 lb. */
  if (weight_kg > SCAPULA_SESSION_WEIGHT_MAX_KG + 0.001)
    {
      g_set_error (error, SCAPULA_SESSION_ERROR, SCAPULA_SESSION_ERROR_WEIGHT,
                   _("The weight must be at most %d kg."), (int) SCAPULA_SESSION_WEIGHT_MAX_KG);
      return FALSE;
    }

  if (reps < 0)
    {
      g_set_error_literal (error, SCAPULA_SESSION_ERROR, SCAPULA_SESSION_ERROR_REPS,
                           _("The reps cannot be negative."));
      return FALSE;
    }

  if (reps > SCAPULA_SESSION_REPS_MAX)
    {
      g_set_error (error, SCAPULA_SESSION_ERROR, SCAPULA_SESSION_ERROR_REPS,
                   _("The reps must be at most %d."), SCAPULA_SESSION_REPS_MAX);
      return FALSE;
    }

  if (rpe != 0 &&
      (!isfinite (rpe) || rpe < SCAPULA_SESSION_RPE_MIN || rpe > SCAPULA_SESSION_RPE_MAX ||
       rpe * 2 != round (rpe * 2)))
    {
      g_set_error_literal (error, SCAPULA_SESSION_ERROR, SCAPULA_SESSION_ERROR_RPE,
                           _("The RPE must be between 1 and 10, in half steps."));
      return FALSE;
    }

  return TRUE;
}

static void
append_set (ScapulaSessionEntry *entry,
            ScapulaSetKind       kind,
            ScapulaSide          side,
            guint                reps,
            guint                seconds,
            double               weight_kg)
{
  ScapulaSessionSet set = { 0 };

  set.kind = kind;
  set.side = side;
  set.target_reps = reps;
  set.target_seconds = seconds;
  set.target_weight_kg = weight_kg;
  g_array_append_val (entry->sets, set);
}

/* The sets of one exercise: each work set, left then right when per side. */
static void
fill_work_sets (ScapulaSessionEntry *entry,
                const ScapulaTarget *target)
{
  const ScapulaPrescription *p = &entry->prescription;
  ScapulaSetKind kind;
  guint n_sets = target != NULL ? target->sets : p->sets;
  guint reps = target != NULL ? target->reps_min : p->reps_min;
  guint seconds = target != NULL ? target->hold_seconds : p->hold_seconds;
  double weight_kg = target != NULL ? target->weight_kg : 0;

  /* Warm-up moves and stretches are logged, but they are not work. */
  kind = entry->exercise_kind == SCAPULA_EXERCISE_KIND_STRENGTH ? SCAPULA_SET_KIND_WORK
                                                                : SCAPULA_SET_KIND_WARMUP;

  if (entry->kind == SCAPULA_ENTRY_KIND_HOLD)
    reps = 0;
  else
    seconds = 0;

  n_sets = MAX (n_sets, 1);

  /* Holds run every set of one side before the other, so the hold timer
   * plays a side in one go; sets in reps go left, right, left, right. */
  if (p->per_side && entry->kind == SCAPULA_ENTRY_KIND_HOLD)
    {
      for (guint i = 0; i < 2 * n_sets; i++)
        append_set (entry, kind, i < n_sets ? SCAPULA_SIDE_LEFT : SCAPULA_SIDE_RIGHT,
                    reps, seconds, weight_kg);
      return;
    }

  for (guint i = 0; i < n_sets; i++)
    {
      if (p->per_side)
        {
          append_set (entry, kind, SCAPULA_SIDE_LEFT, reps, seconds, weight_kg);
          append_set (entry, kind, SCAPULA_SIDE_RIGHT, reps, seconds, weight_kg);
        }
      else
        {
          append_set (entry, kind, SCAPULA_SIDE_BOTH, reps, seconds, weight_kg);
        }
    }
}

/**
 * scapula_session_add_cardio:
 * @self: a session
 * @seconds: how long the light cardio lasts
 *
 * Appends the light-cardio countdown that opens a session. It is timed, not
 * logged.
 */
void
scapula_session_add_cardio (ScapulaSession *self,
                            guint           seconds)
{
  ScapulaSessionEntry *entry;

  g_return_if_fail (SCAPULA_IS_SESSION (self));
  g_return_if_fail (seconds > 0);

  entry = entry_new (NULL, SCAPULA_ENTRY_KIND_CARDIO);
  entry->role = SCAPULA_PLAN_ROLE_WARM_UP;
  entry->exercise_kind = SCAPULA_EXERCISE_KIND_WARMUP;
  entry->prescription.sets = 1;
  entry->prescription.hold_seconds = seconds;
  append_set (entry, SCAPULA_SET_KIND_WARMUP, SCAPULA_SIDE_BOTH, 0, seconds, 0);
  g_ptr_array_add (self->entries, entry);
}

static void
setup_entry (ScapulaSessionEntry       *entry,
             ScapulaExercise           *exercise,
             const ScapulaPrescription *prescription,
             const ScapulaTarget       *target)
{
  g_free (entry->exercise);
  entry->exercise = g_strdup (scapula_exercise_get_slug (exercise));
  entry->exercise_kind = scapula_exercise_get_kind (exercise);
  entry->equipment = scapula_exercise_get_equipment (exercise);
  entry->prescription = *prescription;
  entry->kind = scapula_prescription_is_hold (prescription) ? SCAPULA_ENTRY_KIND_HOLD
                                                            : SCAPULA_ENTRY_KIND_REPS;
  memset (&entry->checkin, 0, sizeof entry->checkin);
  g_array_set_size (entry->sets, 0);
  fill_work_sets (entry, target);
}

/**
 * scapula_session_add_exercise:
 * @self: a session
 * @exercise: the exercise
 * @role: why it is in the session
 * @prescription: what the plan (or the catalog, for an unplanned session)
 *   prescribes
 * @target: (nullable): today's target from the progression rule and the
 *   last session, or %NULL to go by the prescription
 *
 * Appends an exercise and its work sets. Warm-up sets are added for the
 * whole session by scapula_session_add_warmup_ladders().
 */
void
scapula_session_add_exercise (ScapulaSession            *self,
                              ScapulaExercise           *exercise,
                              ScapulaPlanRole            role,
                              const ScapulaPrescription *prescription,
                              const ScapulaTarget       *target)
{
  ScapulaSessionEntry *entry;

  g_return_if_fail (SCAPULA_IS_SESSION (self));
  g_return_if_fail (SCAPULA_IS_EXERCISE (exercise));
  g_return_if_fail (prescription != NULL);

  entry = entry_new (NULL, SCAPULA_ENTRY_KIND_REPS);
  entry->role = role;
  setup_entry (entry, exercise, prescription, target);
  g_ptr_array_add (self->entries, entry);
}

/* The heaviest load that exists for the equipment at or below @weight_kg. */
static double
round_down_to_load (ScapulaEquipment  equipment,
                    ScapulaWeightUnit unit,
                    double            weight_kg)
{
  double rounded;

  if (weight_kg <= 0)
    return 0;

  rounded = scapula_load_step_previous (equipment, unit, weight_kg + 0.01);
  if (rounded > weight_kg + 0.01 - 1e-9)
    return weight_kg; /* nothing lighter exists: keep the exact figure */

  return rounded;
}

static gboolean
entry_is_main_lift (const ScapulaSessionEntry *entry)
{
  return entry->kind == SCAPULA_ENTRY_KIND_REPS &&
         entry->exercise_kind == SCAPULA_EXERCISE_KIND_STRENGTH &&
         entry->prescription.warmup_sets > 0;
}

static void
insert_warmup_sets (ScapulaSessionEntry *entry,
                    gboolean             first_lift,
                    ScapulaWeightUnit    unit)
{
  /* Percentages of the working weight and reps, by number of sets. */
  static const struct { double fraction; guint reps; } ladders[5][5] = {
    { { 0.50, 8 } },
    { { 0.50, 8 }, { 0.75, 5 } },
    { { 0.40, 8 }, { 0.60, 5 }, { 0.80, 3 } },
    { { 0.40, 8 }, { 0.55, 6 }, { 0.70, 4 }, { 0.85, 2 } },
    { { 0.30, 10 }, { 0.45, 8 }, { 0.60, 5 }, { 0.75, 3 }, { 0.85, 2 } },
  };
  const ScapulaSessionSet *first_work = NULL;
  g_autoptr(GArray) warmups = g_array_new (FALSE, TRUE, sizeof (ScapulaSessionSet));
  guint n = MIN (entry->prescription.warmup_sets, 5);
  double work_kg;

  for (guint i = 0; i < entry->sets->len; i++)
    {
      first_work = &g_array_index (entry->sets, ScapulaSessionSet, i);
      if (first_work->kind != SCAPULA_SET_KIND_WARMUP)
        break;
      first_work = NULL;
    }

  if (first_work == NULL || n == 0)
    return;

  work_kg = first_work->target_weight_kg;
  if (first_lift)
    n = MAX (n, 2);

  for (guint i = 0; i < n; i++)
    {
      double fraction = first_lift ? ladders[n - 1][i].fraction : 0.60;
      guint reps = first_lift ? ladders[n - 1][i].reps : 5;
      double weight_kg = round_down_to_load (entry->equipment, unit, work_kg * fraction);
      ScapulaSessionSet set = { 0 };

      set.kind = SCAPULA_SET_KIND_WARMUP;
      set.target_reps = MIN (reps, MAX (first_work->target_reps, 1) + 3);
      set.target_weight_kg = weight_kg;

      if (entry->prescription.per_side)
        {
          set.side = SCAPULA_SIDE_LEFT;
          g_array_append_val (warmups, set);
          set.side = SCAPULA_SIDE_RIGHT;
          g_array_append_val (warmups, set);
        }
      else
        {
          set.side = SCAPULA_SIDE_BOTH;
          g_array_append_val (warmups, set);
        }
    }

  g_array_prepend_vals (entry->sets, warmups->data, warmups->len);
}

/**
 * scapula_session_add_warmup_ladders:
 * @self: a session with its exercises added
 * @unit: the user's unit, for rounding loads to real ones
 *
 * Puts warm-up sets before each main lift: a ramp before the first one and
 * lighter sets before the others (see the top of this file).
 */
void
scapula_session_add_warmup_ladders (ScapulaSession    *self,
                                    ScapulaWeightUnit  unit)
{
  gboolean first = TRUE;

  g_return_if_fail (SCAPULA_IS_SESSION (self));

  for (guint i = 0; i < self->entries->len; i++)
    {
      ScapulaSessionEntry *entry = g_ptr_array_index (self->entries, i);

      if (!entry_is_main_lift (entry))
        continue;

      insert_warmup_sets (entry, first, unit);
      first = FALSE;
    }
}

/**
 * scapula_session_add_warmup_sets:
 * @self: a session
 * @entry: an entry just added
 * @unit: the user's unit
 *
 * Gives an exercise added during the session its warm-up sets: the ramp if
 * it is the session's only main lift, lighter sets otherwise.
 */
void
scapula_session_add_warmup_sets (ScapulaSession    *self,
                                 guint              entry,
                                 ScapulaWeightUnit  unit)
{
  ScapulaSessionEntry *e;
  gboolean first = TRUE;

  g_return_if_fail (SCAPULA_IS_SESSION (self));
  g_return_if_fail (entry < self->entries->len);

  e = g_ptr_array_index (self->entries, entry);
  if (!entry_is_main_lift (e))
    return;

  for (guint i = 0; i < self->entries->len && first; i++)
    first = i == entry || !entry_is_main_lift (g_ptr_array_index (self->entries, i));

  insert_warmup_sets (e, first, unit);
}

guint
scapula_session_get_n_entries (ScapulaSession *self)
{
  g_return_val_if_fail (SCAPULA_IS_SESSION (self), 0);

  return self->entries->len;
}

/**
 * scapula_session_get_entry:
 * @self: a session
 * @index: an entry's position
 *
 * Returns: (transfer none): the entry, valid until the session changes
 */
ScapulaSessionEntry *
scapula_session_get_entry (ScapulaSession *self,
                           guint           index)
{
  g_return_val_if_fail (SCAPULA_IS_SESSION (self), NULL);
  g_return_val_if_fail (index < self->entries->len, NULL);

  return g_ptr_array_index (self->entries, index);
}

static ScapulaSessionSet *
get_set (ScapulaSession *self,
         guint           entry,
         guint           set)
{
  ScapulaSessionEntry *e;

  g_return_val_if_fail (entry < self->entries->len, NULL);
  e = g_ptr_array_index (self->entries, entry);
  g_return_val_if_fail (set < e->sets->len, NULL);

  return &g_array_index (e->sets, ScapulaSessionSet, set);
}

static int
entry_first_pending (const ScapulaSessionEntry *entry)
{
  for (guint i = 0; i < entry->sets->len; i++)
    {
      if (g_array_index (entry->sets, ScapulaSessionSet, i).status == SCAPULA_SET_STATUS_PENDING)
        return i;
    }

  return -1;
}

/**
 * scapula_session_get_current:
 * @self: a session
 * @entry: (out) (optional): the current entry
 * @set: (out) (optional): its first pending set, or -1 when what is left of
 *   it is the pain check-in
 *
 * Where the user is: the first entry with a set pending or a check-in to
 * answer.
 *
 * Returns: %FALSE when everything is done or skipped
 */
gboolean
scapula_session_get_current (ScapulaSession *self,
                             guint          *entry,
                             int            *set)
{
  g_return_val_if_fail (SCAPULA_IS_SESSION (self), FALSE);

  for (guint i = 0; i < self->entries->len; i++)
    {
      ScapulaSessionEntry *e = g_ptr_array_index (self->entries, i);
      int pending = entry_first_pending (e);

      if (pending >= 0 || scapula_session_entry_needs_checkin (e))
        {
          if (entry != NULL)
            *entry = i;
          if (set != NULL)
            *set = pending;
          return TRUE;
        }
    }

  return FALSE;
}

gboolean
scapula_session_is_complete (ScapulaSession *self)
{
  return !scapula_session_get_current (self, NULL, NULL);
}

/**
 * scapula_session_set_done:
 * @self: a session
 * @entry: the entry
 * @set: the set
 * @weight_kg: the load used
 * @reps: the reps done
 * @seconds: the seconds held
 * @rpe: the RPE given, 0 for none
 * @logged_id: the set's row in the database
 * @logged_at: when it was logged
 *
 * Marks a set done. The caller has validated the values and written the
 * row; see scapula_session_validate_set().
 */
void
scapula_session_set_done (ScapulaSession *self,
                          guint           entry,
                          guint           set,
                          double          weight_kg,
                          guint           reps,
                          guint           seconds,
                          double          rpe,
                          gint64          logged_id,
                          gint64          logged_at)
{
  ScapulaSessionSet *s;

  g_return_if_fail (SCAPULA_IS_SESSION (self));

  s = get_set (self, entry, set);
  g_return_if_fail (s != NULL);

  s->status = SCAPULA_SET_STATUS_DONE;
  s->weight_kg = weight_kg;
  s->reps = reps;
  s->seconds = seconds;
  s->rpe = rpe;
  s->logged_id = logged_id;
  s->logged_at = logged_at;
}

void
scapula_session_skip_set (ScapulaSession *self,
                          guint           entry,
                          guint           set)
{
  ScapulaSessionSet *s;

  g_return_if_fail (SCAPULA_IS_SESSION (self));

  s = get_set (self, entry, set);
  g_return_if_fail (s != NULL);
  g_return_if_fail (s->status == SCAPULA_SET_STATUS_PENDING);

  s->status = SCAPULA_SET_STATUS_SKIPPED;
}

/**
 * scapula_session_skip_entry:
 * @self: a session
 * @entry: the entry
 *
 * Skips every pending set of an entry. If some were done, the check-in
 * after it is still asked.
 */
void
scapula_session_skip_entry (ScapulaSession *self,
                            guint           entry)
{
  ScapulaSessionEntry *e;

  g_return_if_fail (SCAPULA_IS_SESSION (self));
  g_return_if_fail (entry < self->entries->len);

  e = g_ptr_array_index (self->entries, entry);
  for (guint i = 0; i < e->sets->len; i++)
    {
      ScapulaSessionSet *s = &g_array_index (e->sets, ScapulaSessionSet, i);

      if (s->status == SCAPULA_SET_STATUS_PENDING)
        s->status = SCAPULA_SET_STATUS_SKIPPED;
    }
}

/**
 * scapula_session_add_set:
 * @self: a session
 * @entry: the entry
 *
 * Adds one more work set (both sides when per side), like the last one.
 */
void
scapula_session_add_set (ScapulaSession *self,
                         guint           entry)
{
  ScapulaSessionEntry *e;
  ScapulaSessionSet last;

  g_return_if_fail (SCAPULA_IS_SESSION (self));
  g_return_if_fail (entry < self->entries->len);

  e = g_ptr_array_index (self->entries, entry);
  g_return_if_fail (e->kind != SCAPULA_ENTRY_KIND_CARDIO && e->sets->len > 0);

  last = g_array_index (e->sets, ScapulaSessionSet, e->sets->len - 1);
  if (e->prescription.per_side)
    {
      append_set (e, last.kind, SCAPULA_SIDE_LEFT, last.target_reps, last.target_seconds,
                  last.target_weight_kg);
      append_set (e, last.kind, SCAPULA_SIDE_RIGHT, last.target_reps, last.target_seconds,
                  last.target_weight_kg);
    }
  else
    {
      append_set (e, last.kind, SCAPULA_SIDE_BOTH, last.target_reps, last.target_seconds,
                  last.target_weight_kg);
    }
}

void
scapula_session_move_entry (ScapulaSession *self,
                            guint           from,
                            guint           to)
{
  gpointer entry;

  g_return_if_fail (SCAPULA_IS_SESSION (self));
  g_return_if_fail (from < self->entries->len);
  g_return_if_fail (to < self->entries->len);

  if (from == to)
    return;

  entry = g_ptr_array_steal_index (self->entries, from);
  g_ptr_array_insert (self->entries, to, entry);
}

/**
 * scapula_session_swap_entry:
 * @self: a session
 * @entry: an entry none of whose sets is done
 * @exercise: the substitute
 * @target: (nullable): the substitute's target
 * @unit: the user's unit, for its warm-up loads
 *
 * Swaps an exercise not yet started for a substitute, keeping the
 * prescription and giving it lighter warm-up sets if the first had any.
 */
void
scapula_session_swap_entry (ScapulaSession      *self,
                            guint                entry,
                            ScapulaExercise     *exercise,
                            const ScapulaTarget *target,
                            ScapulaWeightUnit    unit)
{
  ScapulaSessionEntry *e;
  ScapulaPrescription prescription;
  gboolean had_warmups = FALSE;

  g_return_if_fail (SCAPULA_IS_SESSION (self));
  g_return_if_fail (SCAPULA_IS_EXERCISE (exercise));
  g_return_if_fail (entry < self->entries->len);

  e = g_ptr_array_index (self->entries, entry);
  g_return_if_fail (e->kind != SCAPULA_ENTRY_KIND_CARDIO);

  for (guint i = 0; i < e->sets->len; i++)
    {
      const ScapulaSessionSet *s = &g_array_index (e->sets, ScapulaSessionSet, i);

      g_return_if_fail (s->status != SCAPULA_SET_STATUS_DONE);
      if (s->kind == SCAPULA_SET_KIND_WARMUP && e->exercise_kind == SCAPULA_EXERCISE_KIND_STRENGTH)
        had_warmups = TRUE;
    }

  /* The substitute keeps the dose, but sides and holds are its own. */
  prescription = e->prescription;
  prescription.per_side = scapula_exercise_get_laterality (exercise) == SCAPULA_LATERALITY_UNILATERAL;
  if (scapula_exercise_get_dose (exercise)->type == SCAPULA_DOSE_TYPE_HOLD)
    {
      if (!scapula_prescription_is_hold (&prescription))
        scapula_prescription_init_for_exercise (&prescription, exercise, SCAPULA_LEVEL_BEGINNER);
    }
  else if (scapula_prescription_is_hold (&prescription))
    {
      scapula_prescription_init_for_exercise (&prescription, exercise, SCAPULA_LEVEL_BEGINNER);
    }

  setup_entry (e, exercise, &prescription, target);
  if (had_warmups && entry_is_main_lift (e))
    insert_warmup_sets (e, FALSE, unit);
}

/**
 * scapula_session_set_checkin:
 * @self: a session
 * @entry: the entry just finished
 * @pain: pain from 0 to 10
 * @numbness: whether there was numbness or tingling
 *
 * Records the answer to the pain check-in after an exercise.
 */
void
scapula_session_set_checkin (ScapulaSession *self,
                             guint           entry,
                             guint           pain,
                             gboolean        numbness)
{
  ScapulaSessionEntry *e;

  g_return_if_fail (SCAPULA_IS_SESSION (self));
  g_return_if_fail (entry < self->entries->len);
  g_return_if_fail (pain <= 10);

  e = g_ptr_array_index (self->entries, entry);
  e->checkin.done = TRUE;
  e->checkin.skipped = FALSE;
  e->checkin.pain = pain;
  e->checkin.numbness = !!numbness;
}

void
scapula_session_skip_checkin (ScapulaSession *self,
                              guint           entry)
{
  ScapulaSessionEntry *e;

  g_return_if_fail (SCAPULA_IS_SESSION (self));
  g_return_if_fail (entry < self->entries->len);

  e = g_ptr_array_index (self->entries, entry);
  e->checkin.done = TRUE;
  e->checkin.skipped = TRUE;
}

/* Walks every done set that went to the database. */
#define FOREACH_LOGGED_SET(self, e, s, body)                                   \
  for (guint _i = 0; _i < (self)->entries->len; _i++)                         \
    {                                                                          \
      ScapulaSessionEntry *e = g_ptr_array_index ((self)->entries, _i);       \
      for (guint _j = 0; _j < e->sets->len; _j++)                             \
        {                                                                      \
          const ScapulaSessionSet *s = &g_array_index (e->sets, ScapulaSessionSet, _j); \
          if (s->status == SCAPULA_SET_STATUS_DONE && s->logged_id > 0)        \
            { body }                                                           \
        }                                                                      \
    }

/**
 * scapula_session_count_logged:
 * @self: a session
 *
 * Returns: how many of its sets are in the database, which is also the
 *   position the next one takes
 */
guint
scapula_session_count_logged (ScapulaSession *self)
{
  guint n = 0;

  g_return_val_if_fail (SCAPULA_IS_SESSION (self), 0);

  FOREACH_LOGGED_SET (self, e, s, (void) e; (void) s; n++;)

  return n;
}

/**
 * scapula_session_count_work_sets:
 * @self: a session
 *
 * Returns: the work sets done; a left and a right set count as one
 */
guint
scapula_session_count_work_sets (ScapulaSession *self)
{
  guint n = 0;

  g_return_val_if_fail (SCAPULA_IS_SESSION (self), 0);

  for (guint i = 0; i < self->entries->len; i++)
    n += scapula_session_entry_count_work_sets (g_ptr_array_index (self->entries, i));

  return n;
}

/**
 * scapula_session_get_volume_kg:
 * @self: a session
 *
 * Returns: the sum of weight × reps over the work sets done, in kilograms
 */
double
scapula_session_get_volume_kg (ScapulaSession *self)
{
  double volume = 0;

  g_return_val_if_fail (SCAPULA_IS_SESSION (self), 0);

  FOREACH_LOGGED_SET (self, e, s,
    (void) e;
    if (scapula_set_kind_is_work (s->kind))
      volume += s->weight_kg * s->reps;
  )

  return volume;
}

/**
 * scapula_session_get_rest:
 * @self: a session
 *
 * Returns: (transfer none): the rest countdown between sets
 */
ScapulaCountdown *
scapula_session_get_rest (ScapulaSession *self)
{
  g_return_val_if_fail (SCAPULA_IS_SESSION (self), NULL);

  return &self->rest;
}

/**
 * scapula_session_get_activity:
 * @self: a session
 *
 * Returns: (transfer none): the countdown of the cardio or of a hold run
 */
ScapulaCountdown *
scapula_session_get_activity (ScapulaSession *self)
{
  g_return_val_if_fail (SCAPULA_IS_SESSION (self), NULL);

  return &self->activity;
}

/**
 * scapula_session_get_rest_after:
 * @self: a session
 * @entry: an entry
 * @set: a set of it
 *
 * The rest that follows a set: none between the left and right side of the
 * same set, none after warm-up moves, a minute after a warm-up set, and the
 * prescription's rest after work sets. The last set of the session is not
 * followed by a rest.
 *
 * Returns: seconds
 */
guint
scapula_session_get_rest_after (ScapulaSession *self,
                                guint           entry,
                                guint           set)
{
  ScapulaSessionEntry *e;
  const ScapulaSessionSet *s;
  gboolean last = TRUE;

  g_return_val_if_fail (SCAPULA_IS_SESSION (self), 0);

  s = get_set (self, entry, set);
  g_return_val_if_fail (s != NULL, 0);
  e = g_ptr_array_index (self->entries, entry);

  if (e->kind != SCAPULA_ENTRY_KIND_REPS)
    return 0;

  if (s->side == SCAPULA_SIDE_LEFT && set + 1 < e->sets->len &&
      g_array_index (e->sets, ScapulaSessionSet, set + 1).side == SCAPULA_SIDE_RIGHT)
    return 0;

  for (guint i = entry; i < self->entries->len && last; i++)
    {
      ScapulaSessionEntry *other = g_ptr_array_index (self->entries, i);

      for (guint j = i == entry ? set + 1 : 0; j < other->sets->len; j++)
        {
          if (g_array_index (other->sets, ScapulaSessionSet, j).status == SCAPULA_SET_STATUS_PENDING)
            {
              last = FALSE;
              break;
            }
        }
    }

  if (last)
    return 0;

  if (e->exercise_kind != SCAPULA_EXERCISE_KIND_STRENGTH)
    return e->prescription.rest_seconds;

  if (s->kind == SCAPULA_SET_KIND_WARMUP)
    return MIN (SCAPULA_SESSION_WARMUP_REST_SECONDS, MAX (e->prescription.rest_seconds, 30));

  return e->prescription.rest_seconds;
}

/* Serialising */

static GVariant *
set_to_variant (const ScapulaSessionSet *s)
{
  return g_variant_new (SET_TYPE, (guint32) s->kind, (guint32) s->side, s->target_reps,
                        s->target_seconds, s->target_weight_kg, (guint32) s->status,
                        (gint64) s->logged_id, s->weight_kg, s->reps, s->seconds, s->rpe,
                        (gint64) s->logged_at);
}

static GVariant *
entry_to_variant (const ScapulaSessionEntry *e)
{
  const ScapulaPrescription *p = &e->prescription;
  GVariantBuilder sets;

  g_variant_builder_init (&sets, G_VARIANT_TYPE ("a" SET_TYPE));
  for (guint i = 0; i < e->sets->len; i++)
    g_variant_builder_add_value (&sets, set_to_variant (&g_array_index (e->sets, ScapulaSessionSet, i)));

  return g_variant_new ("(suuuu(uuuuuubu)(bbub)@a" SET_TYPE ")",
                        e->exercise, (guint32) e->kind, (guint32) e->role,
                        (guint32) e->exercise_kind, (guint32) e->equipment,
                        p->sets, p->reps_min, p->reps_max, p->hold_seconds, p->rest_seconds,
                        p->warmup_sets, p->per_side, (guint32) p->progression,
                        e->checkin.done, e->checkin.skipped, e->checkin.pain, e->checkin.numbness,
                        g_variant_builder_end (&sets));
}

/**
 * scapula_session_to_variant:
 * @self: a session
 *
 * Returns: (transfer floating): everything about the session, for
 *   scapula_session_restore()
 */
GVariant *
scapula_session_to_variant (ScapulaSession *self)
{
  GVariantBuilder entries;

  g_return_val_if_fail (SCAPULA_IS_SESSION (self), NULL);

  g_variant_builder_init (&entries, G_VARIANT_TYPE ("a" ENTRY_TYPE));
  for (guint i = 0; i < self->entries->len; i++)
    g_variant_builder_add_value (&entries, entry_to_variant (g_ptr_array_index (self->entries, i)));

  return g_variant_new ("(u@a" ENTRY_TYPE "@(xxxx)@(xxxx))",
                        STATE_VERSION,
                        g_variant_builder_end (&entries),
                        scapula_countdown_to_variant (&self->rest),
                        scapula_countdown_to_variant (&self->activity));
}

static gboolean
state_error (GError     **error,
             const char  *what)
{
  g_set_error (error, SCAPULA_SESSION_ERROR, SCAPULA_SESSION_ERROR_STATE,
               _("The saved session cannot be read: %s."), what);
  return FALSE;
}

static gboolean
set_from_variant (GVariant          *variant,
                  ScapulaSessionSet *s,
                  GError           **error)
{
  guint32 kind, side, status;
  gint64 logged_id, logged_at;

  g_variant_get (variant, SET_TYPE, &kind, &side, &s->target_reps, &s->target_seconds,
                 &s->target_weight_kg, &status, &logged_id, &s->weight_kg, &s->reps,
                 &s->seconds, &s->rpe, &logged_at);

  if (kind > SCAPULA_SET_KIND_FAILURE || side > SCAPULA_SIDE_RIGHT ||
      status > SCAPULA_SET_STATUS_SKIPPED)
    return state_error (error, "set kind, side or status out of range");

  if ((status == SCAPULA_SET_STATUS_DONE) &&
      !scapula_session_validate_set (s->weight_kg, s->reps, s->rpe, NULL))
    return state_error (error, "impossible set");

  s->kind = kind;
  s->side = side;
  s->status = status;
  s->logged_id = logged_id;
  s->logged_at = logged_at;

  return TRUE;
}

static ScapulaSessionEntry *
entry_from_variant (GVariant  *variant,
                    GError   **error)
{
  g_autoptr(GVariantIter) sets = NULL;
  g_autoptr(GVariant) set = NULL;
  ScapulaSessionEntry *e;
  const char *exercise;
  guint32 kind, role, exercise_kind, equipment, progression;
  ScapulaPrescription *p;

  e = entry_new (NULL, SCAPULA_ENTRY_KIND_REPS);
  p = &e->prescription;

  g_variant_get (variant, "(&suuuu(uuuuuubu)(bbub)a" SET_TYPE ")",
                 &exercise, &kind, &role, &exercise_kind, &equipment,
                 &p->sets, &p->reps_min, &p->reps_max, &p->hold_seconds, &p->rest_seconds,
                 &p->warmup_sets, &p->per_side, &progression,
                 &e->checkin.done, &e->checkin.skipped, &e->checkin.pain, &e->checkin.numbness,
                 &sets);

  g_free (e->exercise);
  e->exercise = g_strdup (exercise);
  e->kind = kind;
  e->role = role;
  e->exercise_kind = exercise_kind;
  e->equipment = equipment;
  p->progression = progression;

  if (kind > SCAPULA_ENTRY_KIND_HOLD || role > SCAPULA_PLAN_ROLE_COOL_DOWN ||
      exercise_kind > SCAPULA_EXERCISE_KIND_STRETCH || progression > SCAPULA_PROGRESSION_NONE ||
      e->checkin.pain > 10 ||
      (kind == SCAPULA_ENTRY_KIND_CARDIO) != (*exercise == '\0'))
    {
      entry_free (e);
      state_error (error, "exercise out of range");
      return NULL;
    }

  while ((set = g_variant_iter_next_value (sets)) != NULL)
    {
      ScapulaSessionSet s = { 0 };

      if (!set_from_variant (set, &s, error))
        {
          entry_free (e);
          return NULL;
        }

      g_array_append_val (e->sets, s);
      g_clear_pointer (&set, g_variant_unref);
    }

  return e;
}

/**
 * scapula_session_restore:
 * @self: a session
 * @state: what scapula_session_to_variant() gave
 * @error: why it cannot be read
 *
 * Replaces the whole session with a saved one. On failure the session is
 * left as it was.
 *
 * Returns: %TRUE when restored
 */
gboolean
scapula_session_restore (ScapulaSession  *self,
                         GVariant        *state,
                         GError         **error)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GVariantIter) iter = NULL;
  g_autoptr(GVariant) rest = NULL;
  g_autoptr(GVariant) activity = NULL;
  g_autoptr(GVariant) entry = NULL;
  ScapulaCountdown rest_state, activity_state;
  guint32 version;

  g_return_val_if_fail (SCAPULA_IS_SESSION (self), FALSE);
  g_return_val_if_fail (state != NULL, FALSE);

  if (!g_variant_is_of_type (state, G_VARIANT_TYPE (STATE_TYPE)))
    return state_error (error, g_variant_get_type_string (state));

  g_variant_get (state, "(ua" ENTRY_TYPE "@(xxxx)@(xxxx))", &version, &iter, &rest, &activity);
  if (version != STATE_VERSION)
    return state_error (error, "unknown version");

  if (!scapula_countdown_from_variant (rest, &rest_state, error) ||
      !scapula_countdown_from_variant (activity, &activity_state, error))
    return FALSE;

  entries = g_ptr_array_new_with_free_func (entry_free);
  while ((entry = g_variant_iter_next_value (iter)) != NULL)
    {
      ScapulaSessionEntry *e = entry_from_variant (entry, error);

      if (e == NULL)
        return FALSE;

      g_ptr_array_add (entries, e);
      g_clear_pointer (&entry, g_variant_unref);
    }

  g_ptr_array_unref (self->entries);
  self->entries = g_steal_pointer (&entries);
  self->rest = rest_state;
  self->activity = activity_state;

  return TRUE;
}

/**
 * scapula_session_get_state_type:
 *
 * Returns: the type of scapula_session_to_variant()'s value, for parsing
 *   its text form back
 */
const GVariantType *
scapula_session_get_state_type (void)
{
  return G_VARIANT_TYPE (STATE_TYPE);
}

/**
 * scapula_session_new_from_variant:
 * @state: what scapula_session_to_variant() gave
 * @error: why it cannot be read
 *
 * Returns: (transfer full) (nullable): the saved session
 */
ScapulaSession *
scapula_session_new_from_variant (GVariant  *state,
                                  GError   **error)
{
  g_autoptr(ScapulaSession) self = scapula_session_new ();

  if (!scapula_session_restore (self, state, error))
    return NULL;

  return g_steal_pointer (&self);
}

/* Entries */

const char *
scapula_session_entry_get_exercise (ScapulaSessionEntry *entry)
{
  g_return_val_if_fail (entry != NULL, NULL);

  return entry->kind == SCAPULA_ENTRY_KIND_CARDIO ? NULL : entry->exercise;
}

ScapulaEntryKind
scapula_session_entry_get_kind (ScapulaSessionEntry *entry)
{
  g_return_val_if_fail (entry != NULL, 0);

  return entry->kind;
}

ScapulaPlanRole
scapula_session_entry_get_role (ScapulaSessionEntry *entry)
{
  g_return_val_if_fail (entry != NULL, 0);

  return entry->role;
}

ScapulaExerciseKind
scapula_session_entry_get_exercise_kind (ScapulaSessionEntry *entry)
{
  g_return_val_if_fail (entry != NULL, 0);

  return entry->exercise_kind;
}

const ScapulaPrescription *
scapula_session_entry_get_prescription (ScapulaSessionEntry *entry)
{
  g_return_val_if_fail (entry != NULL, NULL);

  return &entry->prescription;
}

guint
scapula_session_entry_get_n_sets (ScapulaSessionEntry *entry)
{
  g_return_val_if_fail (entry != NULL, 0);

  return entry->sets->len;
}

const ScapulaSessionSet *
scapula_session_entry_get_set (ScapulaSessionEntry *entry,
                               guint                index)
{
  g_return_val_if_fail (entry != NULL, NULL);
  g_return_val_if_fail (index < entry->sets->len, NULL);

  return &g_array_index (entry->sets, ScapulaSessionSet, index);
}

/**
 * scapula_session_entry_count_work_sets:
 * @entry: an entry
 *
 * Returns: the work sets done, a left and right pair counting once
 */
guint
scapula_session_entry_count_work_sets (ScapulaSessionEntry *entry)
{
  guint both = 0, left = 0, right = 0;

  g_return_val_if_fail (entry != NULL, 0);

  for (guint i = 0; i < entry->sets->len; i++)
    {
      const ScapulaSessionSet *s = &g_array_index (entry->sets, ScapulaSessionSet, i);

      if (s->status != SCAPULA_SET_STATUS_DONE || !scapula_set_kind_is_work (s->kind))
        continue;

      if (s->side == SCAPULA_SIDE_LEFT)
        left++;
      else if (s->side == SCAPULA_SIDE_RIGHT)
        right++;
      else
        both++;
    }

  return both + MAX (left, right);
}

/**
 * scapula_session_entry_get_work_index:
 * @entry: an entry
 * @set: one of its sets
 *
 * Returns: the 1-based number of @set among the entry's sets of the same
 *   kind and side, so a left and right pair share a number ("set 2 of 3")
 */
guint
scapula_session_entry_get_work_index (ScapulaSessionEntry *entry,
                                      guint                set)
{
  const ScapulaSessionSet *target;
  guint n = 0;

  g_return_val_if_fail (entry != NULL, 0);
  g_return_val_if_fail (set < entry->sets->len, 0);

  target = &g_array_index (entry->sets, ScapulaSessionSet, set);
  for (guint i = 0; i <= set; i++)
    {
      const ScapulaSessionSet *s = &g_array_index (entry->sets, ScapulaSessionSet, i);

      if (s->kind == target->kind && s->side == target->side)
        n++;
    }

  return MAX (n, 1);
}

/**
 * scapula_session_entry_count_sets_of_kind:
 * @entry: an entry
 * @kind: warm-up or work
 *
 * Returns: how many sets of @kind it has, a left and right pair counting
 *   once ("set 2 of 3")
 */
guint
scapula_session_entry_count_sets_of_kind (ScapulaSessionEntry *entry,
                                          ScapulaSetKind       kind)
{
  guint n = 0;

  g_return_val_if_fail (entry != NULL, 0);

  for (guint i = 0; i < entry->sets->len; i++)
    {
      const ScapulaSessionSet *s = &g_array_index (entry->sets, ScapulaSessionSet, i);

      if (s->kind == kind && s->side != SCAPULA_SIDE_RIGHT)
        n++;
    }

  return n;
}

gboolean
scapula_session_entry_is_finished (ScapulaSessionEntry *entry)
{
  g_return_val_if_fail (entry != NULL, TRUE);

  return entry_first_pending (entry) < 0;
}

/**
 * scapula_session_entry_needs_checkin:
 * @entry: an entry
 *
 * Returns: %TRUE when every set of a strength exercise is done or skipped,
 *   at least one was done, and the pain check-in is still to answer
 */
gboolean
scapula_session_entry_needs_checkin (ScapulaSessionEntry *entry)
{
  gboolean any_done = FALSE;

  g_return_val_if_fail (entry != NULL, FALSE);

  if (entry->checkin.done || entry->exercise_kind != SCAPULA_EXERCISE_KIND_STRENGTH)
    return FALSE;

  for (guint i = 0; i < entry->sets->len; i++)
    {
      ScapulaSetStatus status = g_array_index (entry->sets, ScapulaSessionSet, i).status;

      if (status == SCAPULA_SET_STATUS_PENDING)
        return FALSE;
      if (status == SCAPULA_SET_STATUS_DONE)
        any_done = TRUE;
    }

  return any_done;
}

const ScapulaCheckin *
scapula_session_entry_get_checkin (ScapulaSessionEntry *entry)
{
  g_return_val_if_fail (entry != NULL, NULL);

  return &entry->checkin;
}

/**
 * scapula_session_entry_get_hold_run:
 * @entry: a hold entry
 * @first: its first pending set
 *
 * A hold run is what the hold timer plays in one go: the pending sets from
 * @first on the same side.
 *
 * Returns: how many sets the run holds
 */
guint
scapula_session_entry_get_hold_run (ScapulaSessionEntry *entry,
                                    guint                first)
{
  ScapulaSide side;
  guint n = 0;

  g_return_val_if_fail (entry != NULL, 0);
  g_return_val_if_fail (first < entry->sets->len, 0);

  side = g_array_index (entry->sets, ScapulaSessionSet, first).side;
  for (guint i = first; i < entry->sets->len; i++)
    {
      const ScapulaSessionSet *s = &g_array_index (entry->sets, ScapulaSessionSet, i);

      if (s->status != SCAPULA_SET_STATUS_PENDING || s->side != side)
        break;
      n++;
    }

  return n;
}
