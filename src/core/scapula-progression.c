/* scapula-progression.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "scapula-progression"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "scapula-progression.h"
#include "scapula-units.h"

/* Next-session targets, from the seeds' advice to progress by small steps:
 * "a little more weight, a few more reps, or one more set" (DESIGN.md §5,
 * rule 12), with the double progression of §7.
 *
 * # Load steps
 *
 * The next load is the next one that exists for the equipment, in the unit
 * the user lifts in, since that is the unit of the plates and dumbbells in
 * front of them:
 *
 * - Barbell, trap bar, landmine: the next multiple of 2.5 kg (a pair of
 *   1.25 kg plates), or of 5 lb (a pair of 2.5 lb plates). A load off that
 *   grid (61 kg with fractional plates) goes to the next grid load (62.5 kg).
 * - Dumbbells: the next pair on the rack. Commercial gyms and home sets are
 *   mostly built like this:
 *     kg: 1–10 in 1 kg steps (light hex and vinyl dumbbells), then 12.5–60
 *         in 2.5 kg steps (the usual rubber hex rack), then 65–100 in 5 kg
 *         steps (the heavy end few gyms have).
 *     lb: 2, 3, 5, 8, 10, 12, 15 (the light chrome and neoprene pairs), then
 *         20–150 in 5 lb steps (the usual rack).
 *   A jump from 10 to 12.5 kg is large for a rear lateral raise; double
 *   progression absorbs it by going back to the bottom of the rep range.
 * - Kettlebells: the standard competition and cast-iron series, 4, 6, 8, 10,
 *   12, 14, 16, 20, 24, 28, 32, 36, 40, 44, 48 kg; in pounds the common
 *   cast-iron series, 5–50 lb in 5 lb steps, then 60, 70, 80, 90, 100 lb.
 * - Cable and machine: one plate of the stack, 5 kg or 10 lb, the most
 *   common stack plates (the next multiple of it).
 * - Anything hung from a pull-up bar or a suspension trainer moves the body:
 *   there is no load to add (an assisted pull-up machine adds assistance,
 *   which makes it easier), so these progress by reps and sets, like
 *   body-weight and band exercises.
 *
 * When an exercise lists several implements, the loaded one decides:
 * barbell > dumbbell > kettlebell > cable or machine.
 *
 * # Targets
 *
 * Only work sets count (kind "work", and "failure", which is a work set
 * taken to failure); warm-up and drop sets are ignored. Of those, the sets
 * at the heaviest weight are "the work at that weight"; a set done lighter
 * (the user dropped the weight) does not count as one of them.
 *
 * Double progression, for a rep range bottom–top:
 *   - every prescribed set reached the top at that weight → the next load,
 *     back to the bottom of the range;
 *   - otherwise one more rep than the fewest any of those sets got, capped
 *     at the top, at the same weight.
 *   Per side, each side must have done every set at the top; the weaker side
 *   decides the reps.
 * Holds count seconds instead of reps. The range runs from the prescribed
 * hold to twice that (the seeds hold stretches 15–30 s), never over 300 s;
 * the step is 5 s over the shortest hold.
 * With no load to add (body weight, band, or the heaviest dumbbell or
 * kettlebell of the series), the reps (or seconds) climb to the top, then a
 * set is added, up to two more than the plan asks; after that the target
 * stays there and says a harder variation is due.
 * Linear: the target is the bottom of the range; when every set reached it,
 * the next session gets the next load, otherwise the same again. With no
 * load to add, linear works like double progression.
 * None: the prescription again, at last session's weight.
 * No work sets in the history: the bottom of the range and no weight.
 */

/* Two weights closer than this are the same weight. */
#define WEIGHT_EPSILON_KG 0.001

typedef struct
{
  const double *values;
  guint         n_values;
} Series;

static const double dumbbell_kg[] = {
  1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
  12.5, 15, 17.5, 20, 22.5, 25, 27.5, 30, 32.5, 35, 37.5, 40,
  42.5, 45, 47.5, 50, 52.5, 55, 57.5, 60,
  65, 70, 75, 80, 85, 90, 95, 100,
};

static const double dumbbell_lb[] = {
  2, 3, 5, 8, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70,
  75, 80, 85, 90, 95, 100, 105, 110, 115, 120, 125, 130, 135, 140, 145, 150,
};

static const double kettlebell_kg[] = {
  4, 6, 8, 10, 12, 14, 16, 20, 24, 28, 32, 36, 40, 44, 48,
};

static const double kettlebell_lb[] = {
  5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 60, 70, 80, 90, 100,
};

/**
 * scapula_load_kind_for_equipment:
 * @equipment: the equipment an exercise lists
 *
 * Returns: how the exercise's load goes up
 */
ScapulaLoadKind
scapula_load_kind_for_equipment (ScapulaEquipment equipment)
{
  if (equipment & (SCAPULA_EQUIPMENT_PULL_UP_BAR | SCAPULA_EQUIPMENT_SUSPENSION_TRAINER))
    return SCAPULA_LOAD_KIND_NONE;
  if (equipment & (SCAPULA_EQUIPMENT_BARBELL | SCAPULA_EQUIPMENT_TRAP_BAR | SCAPULA_EQUIPMENT_LANDMINE))
    return SCAPULA_LOAD_KIND_PLATES;
  if (equipment & SCAPULA_EQUIPMENT_DUMBBELL)
    return SCAPULA_LOAD_KIND_DUMBBELL;
  if (equipment & SCAPULA_EQUIPMENT_KETTLEBELL)
    return SCAPULA_LOAD_KIND_KETTLEBELL;
  if (equipment & (SCAPULA_EQUIPMENT_CABLE | SCAPULA_EQUIPMENT_MACHINE))
    return SCAPULA_LOAD_KIND_STACK;
  return SCAPULA_LOAD_KIND_NONE;
}

/* The grid step of plate-loaded bars and stacks, in @unit; 0 for a series. */
static double
grid_step (ScapulaLoadKind   kind,
           ScapulaWeightUnit unit)
{
  switch (kind)
    {
    case SCAPULA_LOAD_KIND_PLATES:
      return unit == SCAPULA_WEIGHT_UNIT_LB ? 5.0 : 2.5;
    case SCAPULA_LOAD_KIND_STACK:
      return unit == SCAPULA_WEIGHT_UNIT_LB ? 10.0 : 5.0;
    case SCAPULA_LOAD_KIND_NONE:
    case SCAPULA_LOAD_KIND_DUMBBELL:
    case SCAPULA_LOAD_KIND_KETTLEBELL:
    default:
      return 0.0;
    }
}

static Series
load_series (ScapulaLoadKind   kind,
             ScapulaWeightUnit unit)
{
  Series series = { NULL, 0 };
  gboolean lb = unit == SCAPULA_WEIGHT_UNIT_LB;

  switch (kind)
    {
    case SCAPULA_LOAD_KIND_DUMBBELL:
      series.values = lb ? dumbbell_lb : dumbbell_kg;
      series.n_values = lb ? G_N_ELEMENTS (dumbbell_lb) : G_N_ELEMENTS (dumbbell_kg);
      break;
    case SCAPULA_LOAD_KIND_KETTLEBELL:
      series.values = lb ? kettlebell_lb : kettlebell_kg;
      series.n_values = lb ? G_N_ELEMENTS (kettlebell_lb) : G_N_ELEMENTS (kettlebell_kg);
      break;
    case SCAPULA_LOAD_KIND_NONE:
    case SCAPULA_LOAD_KIND_PLATES:
    case SCAPULA_LOAD_KIND_STACK:
    default:
      break;
    }

  return series;
}

/* @direction is +1 for the next load, -1 for the previous one. Returns
 * @weight_kg itself when there is none that way.
 */
static double
load_step (ScapulaEquipment  equipment,
           ScapulaWeightUnit unit,
           double            weight_kg,
           int               direction)
{
  ScapulaLoadKind kind = scapula_load_kind_for_equipment (equipment);
  double weight = scapula_weight_from_kg (weight_kg, unit);
  double step = grid_step (kind, unit);
  Series series = load_series (kind, unit);
  /* In the user's unit; far below any real difference between loads. */
  const double epsilon = 1e-4;

  g_return_val_if_fail (isfinite (weight_kg), weight_kg);

  if (step > 0.0)
    {
      double next;

      if (direction > 0)
        next = (floor (weight / step + epsilon) + 1.0) * step;
      else
        next = (ceil (weight / step - epsilon) - 1.0) * step;

      if (next <= epsilon)
        return weight_kg;
      return scapula_weight_to_kg (next, unit);
    }

  if (direction > 0)
    {
      for (guint i = 0; i < series.n_values; i++)
        if (series.values[i] > weight + epsilon)
          return scapula_weight_to_kg (series.values[i], unit);
    }
  else
    {
      for (guint i = series.n_values; i > 0; i--)
        if (series.values[i - 1] < weight - epsilon)
          return scapula_weight_to_kg (series.values[i - 1], unit);
    }

  return weight_kg;
}

/**
 * scapula_load_step_next:
 * @equipment: the equipment the exercise lists
 * @unit: the unit the user lifts in
 * @weight_kg: the load lifted
 *
 * Finds the smallest real increase from @weight_kg: the next plate pair,
 * dumbbell pair, kettlebell or stack plate, in @unit (see the table at the
 * top of this file).
 *
 * Returns: the next load in kilograms, or @weight_kg itself when there is
 *   none (body weight, band, or the heaviest of a series)
 */
double
scapula_load_step_next (ScapulaEquipment  equipment,
                        ScapulaWeightUnit unit,
                        double            weight_kg)
{
  return load_step (equipment, unit, weight_kg, +1);
}

/**
 * scapula_load_step_previous:
 * @equipment: the equipment the exercise lists
 * @unit: the unit the user lifts in
 * @weight_kg: the load lifted
 *
 * The load one step lighter, for a deload or a lighter back-off set.
 *
 * Returns: the previous load in kilograms, or @weight_kg itself when there
 *   is none
 */
double
scapula_load_step_previous (ScapulaEquipment  equipment,
                            ScapulaWeightUnit unit,
                            double            weight_kg)
{
  return load_step (equipment, unit, weight_kg, -1);
}

/**
 * scapula_set_kind_is_work:
 * @kind: a set kind
 *
 * Returns: %TRUE for the sets progression reads: work sets, and work sets
 *   taken to failure
 */
gboolean
scapula_set_kind_is_work (ScapulaSetKind kind)
{
  return kind == SCAPULA_SET_KIND_WORK || kind == SCAPULA_SET_KIND_FAILURE;
}

/* What last session's work sets add up to. */
typedef struct
{
  double weight_kg; /* the heaviest work weight, 0 for none */
  guint  lowest;    /* the fewest reps (or seconds) of a set at that weight */
  guint  n_sets;    /* sets at that weight; per side, the side with fewer */
} LastWork;

static guint
set_amount (const ScapulaSetRecord *set,
            gboolean                hold)
{
  return hold ? set->seconds : set->reps;
}

/* Returns FALSE when no work set was counted the way the item is. */
static gboolean
read_last_work (const ScapulaPrescription *prescription,
                const ScapulaSetRecord    *sets,
                guint                      n_sets,
                LastWork                  *last)
{
  gboolean hold = scapula_prescription_is_hold (prescription);
  gboolean any = FALSE;
  guint n_left = 0, n_right = 0, n_both = 0;

  last->weight_kg = 0.0;
  last->lowest = G_MAXUINT;
  last->n_sets = 0;

  for (guint i = 0; i < n_sets; i++)
    {
      const ScapulaSetRecord *set = &sets[i];

      if (!scapula_set_kind_is_work (set->kind) || set_amount (set, hold) == 0)
        continue;

      last->weight_kg = any ? MAX (last->weight_kg, set->weight_kg) : set->weight_kg;
      any = TRUE;
    }

  if (!any)
    return FALSE;

  for (guint i = 0; i < n_sets; i++)
    {
      const ScapulaSetRecord *set = &sets[i];

      if (!scapula_set_kind_is_work (set->kind) || set_amount (set, hold) == 0 ||
          set->weight_kg < last->weight_kg - WEIGHT_EPSILON_KG)
        continue;

      last->lowest = MIN (last->lowest, set_amount (set, hold));

      switch (set->side)
        {
        case SCAPULA_SIDE_LEFT:  n_left++;  break;
        case SCAPULA_SIDE_RIGHT: n_right++; break;
        case SCAPULA_SIDE_BOTH:
        default:                 n_both++;  break;
        }
    }

  if (prescription->per_side)
    last->n_sets = n_both + MIN (n_left, n_right);
  else
    last->n_sets = n_both + n_left + n_right;

  return TRUE;
}

/* Puts @amount into the target's reps, or its hold for a hold. */
static void
target_set_amount (ScapulaTarget *target,
                   gboolean       hold,
                   guint          amount)
{
  if (hold)
    {
      target->hold_seconds = CLAMP (amount, SCAPULA_PLAN_HOLD_MIN, SCAPULA_PLAN_HOLD_MAX);
      target->reps_min = target->reps_max = 0;
    }
  else
    {
      target->hold_seconds = 0;
      target->reps_min = target->reps_max = CLAMP (amount, SCAPULA_PLAN_REPS_MIN, SCAPULA_PLAN_REPS_MAX);
    }
}

/* One step up from @lowest (a rep or five seconds), capped at @top. The
 * reason is REPEAT when that is no step at all, which happens when every
 * set that was done reached the top but some prescribed sets were not done.
 */
static void
target_step_amount (ScapulaTarget *target,
                    gboolean       hold,
                    guint          lowest,
                    guint          top)
{
  guint step = hold ? SCAPULA_PROGRESSION_HOLD_STEP : 1;
  guint amount = MIN (lowest + step, top);

  target_set_amount (target, hold, amount);

  if (amount <= lowest)
    target->reason = SCAPULA_TARGET_REASON_REPEAT;
  else
    target->reason = hold ? SCAPULA_TARGET_REASON_MORE_HOLD : SCAPULA_TARGET_REASON_MORE_REPS;
}

/**
 * scapula_target_compute:
 * @prescription: what the plan asks of the item
 * @equipment: the equipment the exercise lists
 * @unit: the unit the user lifts in, which decides the load steps
 * @last_sets: (array length=n_last_sets) (nullable): every set logged for the
 *   exercise in the last session that had it; non-work sets are skipped
 * @n_last_sets: the number of @last_sets
 * @target: (out caller-allocates): the next session's target
 *
 * Computes the next session's target by the rules at the top of this file.
 */
void
scapula_target_compute (const ScapulaPrescription *prescription,
                        ScapulaEquipment           equipment,
                        ScapulaWeightUnit          unit,
                        const ScapulaSetRecord    *last_sets,
                        guint                      n_last_sets,
                        ScapulaTarget             *target)
{
  const ScapulaPrescription *p = prescription;
  gboolean hold;
  guint bottom, top;
  LastWork last;
  ScapulaLoadKind kind;
  double next_weight = 0.0;
  gboolean can_add_load;

  g_return_if_fail (p != NULL);
  g_return_if_fail (last_sets != NULL || n_last_sets == 0);
  g_return_if_fail (target != NULL);

  hold = scapula_prescription_is_hold (p);
  bottom = hold ? p->hold_seconds : p->reps_min;
  top = hold ? MIN (p->hold_seconds * 2, SCAPULA_PLAN_HOLD_MAX) : p->reps_max;

  target->sets = MAX (p->sets, 1);
  target->per_side = p->per_side;
  target->weight_kg = 0.0;
  target_set_amount (target, hold, bottom);

  if (!read_last_work (p, last_sets, n_last_sets, &last))
    {
      target->reason = SCAPULA_TARGET_REASON_FIRST_TIME;
      return;
    }

  target->weight_kg = MAX (last.weight_kg, 0.0);

  if (p->progression == SCAPULA_PROGRESSION_NONE)
    {
      target->reps_min = p->reps_min;
      target->reps_max = p->reps_max;
      target->hold_seconds = p->hold_seconds;
      target->reason = SCAPULA_TARGET_REASON_STEADY;
      return;
    }

  /* A load can go up when the equipment has steps and the user is not at
   * the heaviest of a series. With no weight logged the load is unknown,
   * and "a heavier one" is all the target can say.
   */
  kind = scapula_load_kind_for_equipment (equipment);
  if (kind == SCAPULA_LOAD_KIND_NONE)
    can_add_load = FALSE;
  else if (target->weight_kg < WEIGHT_EPSILON_KG)
    can_add_load = TRUE;
  else
    {
      next_weight = scapula_load_step_next (equipment, unit, target->weight_kg);
      can_add_load = next_weight > target->weight_kg + WEIGHT_EPSILON_KG;
    }

  if (p->progression == SCAPULA_PROGRESSION_LINEAR && can_add_load)
    {
      if (last.n_sets >= p->sets && last.lowest >= bottom)
        {
          target->weight_kg = next_weight;
          target->reason = SCAPULA_TARGET_REASON_MORE_WEIGHT;
        }
      else
        target->reason = SCAPULA_TARGET_REASON_REPEAT;
      return;
    }

  /* Double progression, and linear progression with no load to add. */
  if (can_add_load)
    {
      if (last.n_sets >= p->sets && last.lowest >= top)
        {
          target->weight_kg = next_weight;
          target->reason = SCAPULA_TARGET_REASON_MORE_WEIGHT;
        }
      else
        target_step_amount (target, hold, last.lowest, top);
    }
  else
    {
      guint most_sets = MAX (p->sets, MIN (p->sets + SCAPULA_PROGRESSION_EXTRA_SETS_MAX,
                                           SCAPULA_PLAN_SETS_MAX));

      /* Sets added earlier stay, as long as they are still done. */
      target->sets = CLAMP (last.n_sets, p->sets, most_sets);

      if (last.n_sets >= p->sets && last.lowest >= top)
        {
          target_set_amount (target, hold, top);
          if (target->sets < most_sets)
            {
              target->sets++;
              target->reason = SCAPULA_TARGET_REASON_MORE_SETS;
            }
          else
            target->reason = SCAPULA_TARGET_REASON_TOP_REACHED;
        }
      else
        target_step_amount (target, hold, last.lowest, top);
    }
}

/**
 * scapula_target_advance:
 * @prescription: what the plan asks of the item
 * @equipment: the equipment the exercise lists
 * @unit: the unit the user lifts in
 * @target: the next session's target, from scapula_target_compute()
 * @n_sessions: how many sessions to look ahead
 * @advanced: (out caller-allocates): the target after those sessions
 *
 * Looks ahead on the assumption that each of the next @n_sessions sessions
 * meets its target exactly: every set at the target weight, reps and hold,
 * on each side. With @n_sessions the number of times the exercise comes up
 * in the plan's week (scapula_progression_count_sessions()), this is the
 * target for the same day next week. @target and @advanced may be the same.
 */
void
scapula_target_advance (const ScapulaPrescription *prescription,
                        ScapulaEquipment           equipment,
                        ScapulaWeightUnit          unit,
                        const ScapulaTarget       *target,
                        guint                      n_sessions,
                        ScapulaTarget             *advanced)
{
  ScapulaTarget current;

  g_return_if_fail (prescription != NULL);
  g_return_if_fail (target != NULL);
  g_return_if_fail (advanced != NULL);

  current = *target;

  for (guint session = 0; session < n_sessions; session++)
    {
      ScapulaSetRecord sets[2 * SCAPULA_PLAN_SETS_MAX];
      guint n_sides = current.per_side ? 2 : 1;
      guint n = 0;

      for (guint i = 0; i < MIN (current.sets, SCAPULA_PLAN_SETS_MAX); i++)
        {
          for (guint side = 0; side < n_sides; side++)
            {
              sets[n].weight_kg = current.weight_kg;
              sets[n].reps = current.reps_min;
              sets[n].seconds = current.hold_seconds;
              sets[n].side = current.per_side ? (side == 0 ? SCAPULA_SIDE_LEFT : SCAPULA_SIDE_RIGHT)
                                              : SCAPULA_SIDE_BOTH;
              sets[n].kind = SCAPULA_SET_KIND_WORK;
              n++;
            }
        }

      scapula_target_compute (prescription, equipment, unit, sets, n, &current);
    }

  *advanced = current;
}

/**
 * scapula_progression_count_sessions:
 * @plan: a plan
 * @exercise: an exercise slug
 *
 * Counts the training days of @plan's week that have @exercise, which is how
 * many times its target moves in a week.
 *
 * Returns: the number of sessions a week with @exercise
 */
guint
scapula_progression_count_sessions (ScapulaPlan *plan,
                                    const char  *exercise)
{
  guint n = 0;

  g_return_val_if_fail (SCAPULA_IS_PLAN (plan), 0);
  g_return_val_if_fail (exercise != NULL, 0);

  for (guint weekday = 1; weekday <= 7; weekday++)
    {
      ScapulaPlanDay *day = scapula_plan_get_day (plan, weekday);
      guint n_items = scapula_plan_day_get_n_items (day);

      if (!scapula_plan_day_get_training (day))
        continue;

      for (guint i = 0; i < n_items; i++)
        {
          ScapulaPlanItem *item = scapula_plan_day_get_item (day, i);

          if (g_strcmp0 (scapula_plan_item_get_exercise (item), exercise) == 0)
            {
              n++;
              break;
            }
        }
    }

  return n;
}

/**
 * scapula_target_format:
 * @target: a target
 * @unit: the unit to show the weight in
 *
 * Formats a target in a few words: "3 × 9 at 12.5 kg",
 * "3 × 8 at 14 kg — new weight", "2 × 35 s each side".
 *
 * Returns: (transfer full): the text
 */
char *
scapula_target_format (const ScapulaTarget *target,
                       ScapulaWeightUnit    unit)
{
  g_autofree char *size = NULL;
  g_autofree char *work = NULL;

  g_return_val_if_fail (target != NULL, NULL);

  if (target->hold_seconds > 0)
    /* Translators: the length of one hold, e.g. "30 s". */
    size = g_strdup_printf (_("%u s"), target->hold_seconds);
  else if (target->reps_min >= target->reps_max)
    size = g_strdup_printf ("%u", target->reps_min);
  else
    /* Translators: a rep range; keep the word joiner (U+2060) around the dash. */
    size = g_strdup_printf (_("%u⁠–⁠%u"), target->reps_min, target->reps_max);

  if (target->per_side)
    /* Translators: sets × reps for each side, e.g. "3 × 8–12 each side". */
    work = g_strdup_printf (_("%u × %s each side"), target->sets, size);
  else
    /* Translators: sets × reps, e.g. "3 × 8–12". */
    work = g_strdup_printf (_("%u × %s"), target->sets, size);

  if (target->weight_kg > 0.0)
    {
      g_autofree char *weight = scapula_weight_format (target->weight_kg, unit);
      char *with_weight;

      /* Translators: sets × reps at a weight, e.g. "3 × 9 at 12.5 kg". */
      with_weight = g_strdup_printf (_("%s at %s"), work, weight);
      g_free (work);
      work = with_weight;
    }

  switch (target->reason)
    {
    case SCAPULA_TARGET_REASON_MORE_WEIGHT:
      /* Translators: a target whose weight went up, e.g. "3 × 8 at 14 kg — new weight". */
      return g_strdup_printf (_("%s — new weight"), work);
    case SCAPULA_TARGET_REASON_MORE_SETS:
      /* Translators: a target with a set more than last time, e.g. "4 × 12 — one more set". */
      return g_strdup_printf (_("%s — one more set"), work);
    case SCAPULA_TARGET_REASON_FIRST_TIME:
    case SCAPULA_TARGET_REASON_MORE_REPS:
    case SCAPULA_TARGET_REASON_MORE_HOLD:
    case SCAPULA_TARGET_REASON_REPEAT:
    case SCAPULA_TARGET_REASON_STEADY:
    case SCAPULA_TARGET_REASON_TOP_REACHED:
    default:
      return g_steal_pointer (&work);
    }
}

/**
 * scapula_target_reason_get_label:
 * @reason: a reason
 *
 * Returns: a short label for the reason, e.g. "One more rep"
 */
const char *
scapula_target_reason_get_label (ScapulaTargetReason reason)
{
  switch (reason)
    {
    case SCAPULA_TARGET_REASON_FIRST_TIME:  return _("First time");
    case SCAPULA_TARGET_REASON_MORE_REPS:   return _("One more rep");
    case SCAPULA_TARGET_REASON_MORE_HOLD:   return _("A longer hold");
    case SCAPULA_TARGET_REASON_MORE_WEIGHT: return _("New weight");
    case SCAPULA_TARGET_REASON_MORE_SETS:   return _("One more set");
    case SCAPULA_TARGET_REASON_REPEAT:      return _("Same again");
    case SCAPULA_TARGET_REASON_STEADY:      return _("As planned");
    case SCAPULA_TARGET_REASON_TOP_REACHED: return _("Ready for a harder variation");
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * scapula_target_reason_get_description:
 * @reason: a reason
 *
 * Returns: a sentence that explains the reason
 */
const char *
scapula_target_reason_get_description (ScapulaTargetReason reason)
{
  switch (reason)
    {
    case SCAPULA_TARGET_REASON_FIRST_TIME:
      return _("No sets logged yet: start at the bottom of the range, with a load you control on every rep.");
    case SCAPULA_TARGET_REASON_MORE_REPS:
      return _("One more rep than your weakest work set last time, at the same weight.");
    case SCAPULA_TARGET_REASON_MORE_HOLD:
      return _("Five seconds longer than your shortest hold last time.");
    case SCAPULA_TARGET_REASON_MORE_WEIGHT:
      return _("Every work set reached the top last time: the next weight up, back at the bottom of the range.");
    case SCAPULA_TARGET_REASON_MORE_SETS:
      return _("Every set reached the top last time and there is no load to add: one more set.");
    case SCAPULA_TARGET_REASON_REPEAT:
      return _("Not every set reached the target last time: the same again.");
    case SCAPULA_TARGET_REASON_STEADY:
      return _("This item does not progress: do it as planned.");
    case SCAPULA_TARGET_REASON_TOP_REACHED:
      return _("Every set reached the top, with the most sets the plan allows: "
               "a harder variation of the exercise is the next step.");
    default:
      g_return_val_if_reached ("");
    }
}
