/* scapula-plan-generator.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "scapula-plan-generator"

#include "config.h"

#include <glib/gi18n.h>

#include "scapula-plan-checker.h"
#include "scapula-plan-generator.h"

/**
 * SECTION:scapula-plan-generator
 *
 * The generator writes a week that keeps every rule the checker knows
 * (see scapula-plan-checker.c for their exact wording).
 *
 * - Days: two or three strength sessions with a rest day between them
 *   (Monday and Thursday, or Monday, Wednesday and Friday). Days asked for
 *   beyond three become mobility days of warm-up moves and stretches, on
 *   Saturday, then Tuesday, then Thursday, so no session follows another.
 * - Core group: for the whole block it picks one foundation row per
 *   session, up to two isolation moves, up to two finishers and, for
 *   intermediates with a pull-up bar, one vertical pull, from the
 *   exercises the equipment allows (all of an exercise's equipment must be
 *   at hand) at or below the user's level. The rows are chosen to cover a
 *   single-arm row and a second grip, the isolation moves a second
 *   support. Sessions rotate inside the group; each has its own
 *   foundation row, so no two repeat a combination.
 * - Sessions: light cardio and dynamic moves; the foundation row with two
 *   or three warm-up sets; an isolation move; a heavier finisher; then
 *   stretches. A machine or cable isolation move goes after the finisher.
 *   Intermediates get one full back day a week (row, vertical pull,
 *   chest-supported row, hip hinge) when the session is long enough.
 * - Doses: reps from the catalog, sets from the level (beginners one or
 *   two, intermediates two to four), rest from the rep range, stretches
 *   held 30 s. The richest volume that fits the minutes is used; when even
 *   the leanest does not fit, the rules win over the clock.
 *
 * The same request and seed always give the same plan. As a guard, each
 * draft is run through the checker and redrawn if it breaks a rule.
 */

#define LIGHT_CARDIO_SLUG "light-cardio"
#define STRETCH_HOLD      30
#define MAX_ATTEMPTS      64
#define FULL_DAY_MINUTES  50

/* The ordinary things every preset assumes are at hand. */
#define EQUIPMENT_ANYWHERE (SCAPULA_EQUIPMENT_MAT | SCAPULA_EQUIPMENT_WALL | SCAPULA_EQUIPMENT_DOORWAY)

/* One rung of the volume ladder, from the richest to the leanest. */
typedef struct
{
  guint sets;
  guint first_warmups;
  guint moves;
  guint cardio_seconds;
  guint stretches;
  guint stretch_sets;
} Volume;

static const Volume intermediate_ladder[] = {
  { 4, 3, 3, 300, 3, 3 },
  { 4, 3, 3, 300, 3, 2 },
  { 3, 3, 3, 300, 3, 2 },
  { 3, 2, 2, 300, 2, 2 },
  { 3, 2, 2, 180, 2, 2 },
  { 3, 2, 1, 180, 1, 2 },
  { 2, 2, 1, 180, 1, 2 },
};

static const Volume beginner_ladder[] = {
  { 2, 2, 3, 300, 3, 3 },
  { 2, 2, 3, 300, 3, 2 },
  { 2, 2, 2, 300, 2, 2 },
  { 2, 2, 2, 180, 2, 2 },
  { 2, 2, 1, 180, 1, 2 },
  { 1, 2, 1, 180, 1, 2 },
};

typedef struct
{
  ScapulaCatalog   *catalog;
  GRand            *rand;
  ScapulaEquipment  equipment;
  ScapulaLevel      level;
  guint             minutes;

  ScapulaExercise  *cardio;
  GPtrArray        *rows;        /* foundation rows: not chest-supported, no machine */
  GPtrArray        *isolation;   /* isolation moves and chest-supported rows */
  GPtrArray        *chest_rows;  /* chest-supported rows without a machine */
  GPtrArray        *hinges;      /* hip hinges counted in reps */
  GPtrArray        *finishers;   /* free-weight hinges, and shrugs for intermediates */
  GPtrArray        *pulls;       /* vertical pulls without a machine */
  GPtrArray        *moves;       /* warm-up moves other than the cardio */
  GPtrArray        *stretches;
} Generator;

/* The core group of one block. */
typedef struct
{
  GPtrArray *rows;
  GPtrArray *isolation;
  GPtrArray *finishers;
  ScapulaExercise *pull;
} Group;

ScapulaEquipment
scapula_equipment_preset_get_equipment (ScapulaEquipmentPreset preset)
{
  const ScapulaEquipment dumbbells = SCAPULA_EQUIPMENT_DUMBBELL |
                                     SCAPULA_EQUIPMENT_BENCH |
                                     SCAPULA_EQUIPMENT_INCLINE_BENCH |
                                     EQUIPMENT_ANYWHERE;

  switch (preset)
    {
    case SCAPULA_EQUIPMENT_PRESET_DUMBBELLS:
      return dumbbells;
    case SCAPULA_EQUIPMENT_PRESET_HOME:
      return dumbbells |
             SCAPULA_EQUIPMENT_BAND |
             SCAPULA_EQUIPMENT_PULL_UP_BAR |
             SCAPULA_EQUIPMENT_FOAM_ROLLER;
    case SCAPULA_EQUIPMENT_PRESET_GYM:
      return (ScapulaEquipment) ((SCAPULA_EQUIPMENT_BACK_EXTENSION_BENCH << 1) - 1);
    default:
      g_return_val_if_reached (dumbbells);
    }
}

static gboolean
is_unilateral (ScapulaExercise *exercise)
{
  return scapula_exercise_get_laterality (exercise) == SCAPULA_LATERALITY_UNILATERAL;
}

static gboolean
counted_in_reps (ScapulaExercise *exercise)
{
  return scapula_exercise_get_dose (exercise)->type == SCAPULA_DOSE_TYPE_REPS;
}

static void
shuffle (GRand     *rand,
         GPtrArray *array)
{
  for (guint i = array->len; i > 1; i--)
    {
      guint j = (guint) g_rand_int_range (rand, 0, (gint32) i);
      gpointer tmp = array->pdata[i - 1];

      array->pdata[i - 1] = array->pdata[j];
      array->pdata[j] = tmp;
    }
}

static void
generator_init (Generator                *gen,
                ScapulaCatalog           *catalog,
                const ScapulaPlanRequest *request)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (catalog));

  gen->catalog = catalog;
  gen->rand = g_rand_new_with_seed (request->seed);
  gen->equipment = scapula_equipment_preset_get_equipment (request->equipment);
  gen->level = request->level == SCAPULA_LEVEL_BEGINNER ? SCAPULA_LEVEL_BEGINNER
                                                        : SCAPULA_LEVEL_INTERMEDIATE;
  gen->minutes = CLAMP (request->minutes, SCAPULA_PLAN_REQUEST_MINUTES_MIN,
                        SCAPULA_PLAN_REQUEST_MINUTES_MAX);

  gen->rows = g_ptr_array_new ();
  gen->isolation = g_ptr_array_new ();
  gen->chest_rows = g_ptr_array_new ();
  gen->hinges = g_ptr_array_new ();
  gen->finishers = g_ptr_array_new ();
  gen->pulls = g_ptr_array_new ();
  gen->moves = g_ptr_array_new ();
  gen->stretches = g_ptr_array_new ();

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ScapulaExercise) exercise = g_list_model_get_item (G_LIST_MODEL (catalog), i);
      ScapulaExerciseKind kind = scapula_exercise_get_kind (exercise);
      gboolean chest = scapula_exercise_get_support (exercise) == SCAPULA_SUPPORT_CHEST_SUPPORTED;
      gboolean machine;

      if ((scapula_exercise_get_equipment (exercise) & ~gen->equipment) != 0)
        continue;

      if (kind == SCAPULA_EXERCISE_KIND_WARMUP)
        {
          if (g_str_equal (scapula_exercise_get_slug (exercise), LIGHT_CARDIO_SLUG))
            gen->cardio = exercise;
          else
            g_ptr_array_add (gen->moves, exercise);
          continue;
        }

      if (kind == SCAPULA_EXERCISE_KIND_STRETCH)
        {
          if (scapula_exercise_get_dose (exercise)->type == SCAPULA_DOSE_TYPE_HOLD)
            g_ptr_array_add (gen->stretches, exercise);
          continue;
        }

      if (scapula_exercise_get_level (exercise) > gen->level || !counted_in_reps (exercise))
        continue;

      machine = scapula_exercise_is_machine (exercise);

      switch (scapula_exercise_get_pattern (exercise))
        {
        case SCAPULA_MOVEMENT_PATTERN_HORIZONTAL_ROW:
          if (!scapula_exercise_is_mid_back (exercise))
            break;
          if (chest)
            {
              g_ptr_array_add (gen->isolation, exercise);
              if (!machine)
                g_ptr_array_add (gen->chest_rows, exercise);
            }
          else if (!machine)
            g_ptr_array_add (gen->rows, exercise);
          break;

        case SCAPULA_MOVEMENT_PATTERN_ISOLATION:
          if (scapula_exercise_is_shrug (exercise))
            g_ptr_array_add (gen->finishers, exercise);
          else if (scapula_exercise_is_mid_back (exercise))
            g_ptr_array_add (gen->isolation, exercise);
          break;

        case SCAPULA_MOVEMENT_PATTERN_HINGE:
          if (machine)
            break;
          g_ptr_array_add (gen->hinges, exercise);
          /* A finisher is heavier work: a loaded hinge, not a back
           * extension on body weight. */
          if (scapula_exercise_is_free_weight (exercise))
            g_ptr_array_add (gen->finishers, exercise);
          break;

        case SCAPULA_MOVEMENT_PATTERN_VERTICAL_PULL:
          if (!machine && scapula_exercise_is_mid_back (exercise))
            g_ptr_array_add (gen->pulls, exercise);
          break;

        case SCAPULA_MOVEMENT_PATTERN_CARRY:
        case SCAPULA_MOVEMENT_PATTERN_MOBILITY:
        default:
          break;
        }
    }
}

static void
generator_clear (Generator *gen)
{
  g_clear_pointer (&gen->rand, g_rand_free);
  g_clear_pointer (&gen->rows, g_ptr_array_unref);
  g_clear_pointer (&gen->isolation, g_ptr_array_unref);
  g_clear_pointer (&gen->chest_rows, g_ptr_array_unref);
  g_clear_pointer (&gen->hinges, g_ptr_array_unref);
  g_clear_pointer (&gen->finishers, g_ptr_array_unref);
  g_clear_pointer (&gen->pulls, g_ptr_array_unref);
  g_clear_pointer (&gen->moves, g_ptr_array_unref);
  g_clear_pointer (&gen->stretches, g_ptr_array_unref);
}

static gboolean
grip_taken (GPtrArray       *chosen,
            ScapulaExercise *exercise)
{
  for (guint i = 0; i < chosen->len; i++)
    if (scapula_exercise_get_grip (g_ptr_array_index (chosen, i)) == scapula_exercise_get_grip (exercise))
      return TRUE;

  return FALSE;
}

static gboolean
support_taken (GPtrArray       *chosen,
               ScapulaExercise *exercise)
{
  for (guint i = 0; i < chosen->len; i++)
    if (scapula_exercise_get_support (g_ptr_array_index (chosen, i)) == scapula_exercise_get_support (exercise))
      return TRUE;

  return FALSE;
}

/* Moves the first exercise of @pool (already shuffled) that @want accepts
 * into @chosen.
 */
static void
take_first (GPtrArray  *pool,
            GPtrArray  *chosen,
            gboolean  (*want) (GPtrArray *, ScapulaExercise *))
{
  for (guint i = 0; i < pool->len; i++)
    {
      ScapulaExercise *exercise = g_ptr_array_index (pool, i);

      if (want (chosen, exercise))
        {
          g_ptr_array_add (chosen, exercise);
          g_ptr_array_remove_index (pool, i);
          return;
        }
    }
}

static gboolean
want_unilateral (GPtrArray       *chosen,
                 ScapulaExercise *exercise)
{
  return is_unilateral (exercise);
}

static gboolean
want_new_grip (GPtrArray       *chosen,
               ScapulaExercise *exercise)
{
  return scapula_exercise_get_grip (exercise) != SCAPULA_GRIP_NONE && !grip_taken (chosen, exercise);
}

static gboolean
want_any (GPtrArray       *chosen,
          ScapulaExercise *exercise)
{
  return TRUE;
}

static void
group_clear (Group *group)
{
  g_clear_pointer (&group->rows, g_ptr_array_unref);
  g_clear_pointer (&group->isolation, g_ptr_array_unref);
  g_clear_pointer (&group->finishers, g_ptr_array_unref);
}

static void
pick_group (Generator *gen,
            Group     *group,
            guint      n_sessions)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_copy (gen->rows, NULL, NULL);
  g_autoptr(GPtrArray) isolation = g_ptr_array_copy (gen->isolation, NULL, NULL);
  g_autoptr(GPtrArray) finishers = g_ptr_array_copy (gen->finishers, NULL, NULL);
  guint n_isolation = MIN (2, isolation->len);

  shuffle (gen->rand, rows);
  shuffle (gen->rand, isolation);
  shuffle (gen->rand, finishers);

  /* One row per session: a single-arm row first, then one with a second
   * grip, then any. */
  group->rows = g_ptr_array_new ();
  take_first (rows, group->rows, want_unilateral);
  while (group->rows->len < n_sessions && rows->len > 0)
    {
      guint before = group->rows->len;

      take_first (rows, group->rows, want_new_grip);
      if (group->rows->len == before)
        take_first (rows, group->rows, want_any);
    }

  /* The isolation moves: one with a support the rows do not use first. */
  group->isolation = g_ptr_array_new ();
  for (guint i = 0; i < isolation->len && group->isolation->len == 0; i++)
    {
      ScapulaExercise *exercise = g_ptr_array_index (isolation, i);

      if (!support_taken (group->rows, exercise))
        {
          g_ptr_array_add (group->isolation, exercise);
          g_ptr_array_remove_index (isolation, i);
        }
    }
  while (group->isolation->len < n_isolation && isolation->len > 0)
    take_first (isolation, group->isolation, want_any);

  group->finishers = g_ptr_array_new ();
  while (group->finishers->len < 2 && finishers->len > 0)
    take_first (finishers, group->finishers, want_any);

  group->pull = NULL;
  if (gen->pulls->len > 0)
    group->pull = g_ptr_array_index (gen->pulls, g_rand_int_range (gen->rand, 0, (gint32) gen->pulls->len));
}

/* Items start from scapula_prescription_init_for_exercise(), the same
 * prescription a hand-added exercise gets; the generator then sets what the
 * level, the minutes and the rules decide. */
static ScapulaPlanItem *
strength_item (ScapulaExercise *exercise,
               ScapulaPlanRole  role,
               guint            sets,
               guint            warmup_sets)
{
  ScapulaPrescription p;
  ScapulaPlanItem *item;

  scapula_prescription_init_for_exercise (&p, exercise, SCAPULA_LEVEL_INTERMEDIATE);
  p.sets = CLAMP (sets, SCAPULA_PLAN_SETS_MIN, SCAPULA_PLAN_SETS_MAX);
  p.warmup_sets = MIN (warmup_sets, SCAPULA_PLAN_WARMUP_MAX);

  item = scapula_plan_item_new (scapula_exercise_get_slug (exercise), &p);
  scapula_plan_item_set_role (item, role);
  if (scapula_exercise_get_dose (exercise)->amrap)
    scapula_plan_item_set_notes (item, _("As many clean reps as you can in each set; stop while the form still holds."));

  return item;
}

/* Warm-up moves and stretches: no progression, no warm-up sets. */
static ScapulaPlanItem *
easy_item (ScapulaExercise *exercise,
           ScapulaPlanRole  role,
           guint            sets,
           guint            seconds)
{
  const ScapulaDose *dose = scapula_exercise_get_dose (exercise);
  ScapulaPrescription p;
  ScapulaPlanItem *item;

  scapula_prescription_init_for_exercise (&p, exercise, SCAPULA_LEVEL_BEGINNER);
  p.sets = CLAMP (sets, SCAPULA_PLAN_SETS_MIN, SCAPULA_PLAN_SETS_MAX);

  if (p.hold_seconds > 0)
    {
      if (seconds == 0)
        seconds = dose->min;
      if (dose->max > 0)
        seconds = MIN (seconds, dose->max);
      p.hold_seconds = CLAMP (MAX (seconds, dose->min), SCAPULA_PLAN_HOLD_MIN, SCAPULA_PLAN_HOLD_MAX);
    }

  item = scapula_plan_item_new (scapula_exercise_get_slug (exercise), &p);
  scapula_plan_item_set_role (item, role);

  return item;
}

static ScapulaExercise *
pick (GPtrArray *array,
      guint      n)
{
  return g_ptr_array_index (array, n % array->len);
}

/* Appends the strength work of session @s to @items; @a counts the
 * sessions that are not full back days, so they rotate the isolation
 * moves and finishers among themselves. */
static void
add_strength (Generator    *gen,
              const Group  *group,
              guint         s,
              guint         a,
              gboolean      full_day,
              const Volume *volume,
              GPtrArray    *items)
{
  ScapulaExercise *row = pick (group->rows, s);

  g_ptr_array_add (items, strength_item (row, SCAPULA_PLAN_ROLE_FOUNDATION_ROW,
                                         volume->sets, volume->first_warmups));

  if (full_day)
    {
      ScapulaExercise *chest = pick (gen->chest_rows, s);

      g_ptr_array_add (items, strength_item (group->pull, SCAPULA_PLAN_ROLE_VERTICAL_PULL,
                                             volume->sets, 1));
      g_ptr_array_add (items, strength_item (chest, SCAPULA_PLAN_ROLE_ISOLATION, volume->sets, 1));
      g_ptr_array_add (items, strength_item (pick (gen->hinges, s), SCAPULA_PLAN_ROLE_HIP_HINGE,
                                             volume->sets, 1));
    }
  else
    {
      ScapulaExercise *isolation = pick (group->isolation, a);
      ScapulaExercise *finisher = pick (group->finishers, a);
      gboolean machine = scapula_exercise_is_machine (isolation);
      ScapulaPlanItem *isolation_item;

      isolation_item = strength_item (isolation, SCAPULA_PLAN_ROLE_ISOLATION, volume->sets,
                                      scapula_exercise_get_pattern (isolation) == SCAPULA_MOVEMENT_PATTERN_HORIZONTAL_ROW &&
                                      !machine ? 1 : 0);

      if (!machine)
        g_ptr_array_add (items, isolation_item);
      g_ptr_array_add (items, strength_item (finisher, SCAPULA_PLAN_ROLE_HEAVY_FINISHER, volume->sets,
                                             scapula_exercise_is_shrug (finisher) ? 0 : 1));
      if (machine)
        g_ptr_array_add (items, isolation_item);
    }
}

static void
fill_day (ScapulaPlanDay *day,
          GPtrArray      *items)
{
  scapula_plan_day_remove_all (day);
  for (guint i = 0; i < items->len; i++)
    scapula_plan_day_append (day, g_ptr_array_index (items, i));
  scapula_plan_day_set_training (day, TRUE);
}

static void
build_session (Generator      *gen,
               const Group    *group,
               guint           s,
               guint           a,
               gboolean        full_day,
               GPtrArray      *moves,
               GPtrArray      *stretches,
               ScapulaPlanDay *day)
{
  const Volume *ladder = gen->level == SCAPULA_LEVEL_BEGINNER ? beginner_ladder : intermediate_ladder;
  guint n_rungs = gen->level == SCAPULA_LEVEL_BEGINNER ? G_N_ELEMENTS (beginner_ladder)
                                                       : G_N_ELEMENTS (intermediate_ladder);

  for (guint r = 0; r < n_rungs; r++)
    {
      const Volume *volume = &ladder[r];
      g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

      g_ptr_array_add (items, easy_item (gen->cardio, SCAPULA_PLAN_ROLE_WARM_UP, 1, volume->cardio_seconds));

      /* Timed moves (foam rolling) loosen up before the dynamic ones. */
      for (guint pass = 0; pass < 2; pass++)
        for (guint i = 0; i < MIN (volume->moves, moves->len); i++)
          {
            ScapulaExercise *move = pick (moves, s + i);

            if (counted_in_reps (move) == (pass == 1))
              g_ptr_array_add (items, easy_item (move, SCAPULA_PLAN_ROLE_WARM_UP, 1, 0));
          }

      add_strength (gen, group, s, a, full_day, volume, items);

      for (guint i = 0; i < MIN (volume->stretches, stretches->len); i++)
        g_ptr_array_add (items, easy_item (pick (stretches, s * volume->stretches + i),
                                           SCAPULA_PLAN_ROLE_COOL_DOWN,
                                           volume->stretch_sets, STRETCH_HOLD));

      fill_day (day, items);
      if (scapula_plan_day_estimate_minutes (day) <= gen->minutes)
        return;
    }
}

static void
build_mobility_day (Generator      *gen,
                    guint           m,
                    GPtrArray      *moves,
                    GPtrArray      *stretches,
                    ScapulaPlanDay *day)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < MIN (3, moves->len); i++)
    g_ptr_array_add (items, easy_item (pick (moves, m + i), SCAPULA_PLAN_ROLE_MOBILITY, 1, 0));
  for (guint i = 0; i < MIN (4, stretches->len); i++)
    g_ptr_array_add (items, easy_item (pick (stretches, m * 4 + i), SCAPULA_PLAN_ROLE_MOBILITY,
                                       2, STRETCH_HOLD));

  fill_day (day, items);
}

static ScapulaPlan *
draft (Generator   *gen,
       guint        days,
       const char  *name,
       const GDate *start_date)
{
  static const guint session_days[2][3] = { { 1, 4, 0 }, { 1, 3, 5 } };
  static const guint mobility_days[3] = { 6, 2, 4 };
  guint n_sessions = MIN (days, 3);
  const guint *weekdays = session_days[n_sessions - 2];
  g_autoptr(GPtrArray) moves = g_ptr_array_copy (gen->moves, NULL, NULL);
  g_autoptr(GPtrArray) stretches = g_ptr_array_copy (gen->stretches, NULL, NULL);
  gboolean can_full_day;
  guint full_day;
  Group group = { 0, };
  ScapulaPlan *plan;

  plan = scapula_plan_new (name, start_date);
  scapula_plan_freeze_changed (plan);
  scapula_plan_set_level (plan, gen->level);
  scapula_plan_set_block_weeks (plan, SCAPULA_PLAN_BLOCK_DEFAULT);

  shuffle (gen->rand, moves);
  shuffle (gen->rand, stretches);
  pick_group (gen, &group, n_sessions);

  can_full_day = gen->level != SCAPULA_LEVEL_BEGINNER &&
                 group.pull != NULL &&
                 gen->chest_rows->len > 0 &&
                 gen->hinges->len > 0 &&
                 gen->minutes >= FULL_DAY_MINUTES;
  full_day = (guint) g_rand_int_range (gen->rand, 0, (gint32) n_sessions);

  for (guint s = 0, a = 0; s < n_sessions; s++)
    {
      gboolean full = can_full_day && s == full_day;

      build_session (gen, &group, s, a, full, moves, stretches,
                     scapula_plan_get_day (plan, weekdays[s]));
      if (!full)
        a++;
    }

  for (guint m = 0; m + n_sessions < days; m++)
    build_mobility_day (gen, m, moves, stretches, scapula_plan_get_day (plan, mobility_days[m]));

  group_clear (&group);
  scapula_plan_thaw_changed (plan);

  return plan;
}

/**
 * scapula_plan_generate:
 * @catalog: the catalog to pick exercises from
 * @request: what the user asked for
 * @name: the plan's name
 * @start_date: the first day of the block
 *
 * Writes a week that follows every planning rule, for a block of six
 * weeks. The same arguments always give the same plan.
 *
 * Returns: (transfer full): the new plan
 */
ScapulaPlan *
scapula_plan_generate (ScapulaCatalog           *catalog,
                       const ScapulaPlanRequest *request,
                       const char               *name,
                       const GDate              *start_date)
{
  Generator gen = { 0, };
  ScapulaPlan *plan = NULL;
  guint days;

  g_return_val_if_fail (SCAPULA_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (request != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (start_date != NULL && g_date_valid (start_date), NULL);

  days = CLAMP (request->days_per_week, SCAPULA_PLAN_REQUEST_DAYS_MIN, SCAPULA_PLAN_REQUEST_DAYS_MAX);
  generator_init (&gen, catalog, request);

  if (gen.cardio == NULL || gen.rows->len == 0 || gen.isolation->len == 0 ||
      gen.finishers->len == 0 || gen.moves->len == 0 || gen.stretches->len == 0)
    {
      g_critical ("The catalog lacks the exercises a plan needs");
      generator_clear (&gen);
      return scapula_plan_new (name, start_date);
    }

  for (guint attempt = 0; attempt < MAX_ATTEMPTS; attempt++)
    {
      g_autoptr(GPtrArray) issues = NULL;

      g_clear_object (&plan);
      plan = draft (&gen, days, name, start_date);
      issues = scapula_plan_check (plan, catalog);
      if (issues->len == 0)
        break;

      g_debug ("Draft %u breaks rule %d: %s", attempt,
               ((ScapulaPlanIssue *) g_ptr_array_index (issues, 0))->rule,
               ((ScapulaPlanIssue *) g_ptr_array_index (issues, 0))->message);

      if (attempt + 1 == MAX_ATTEMPTS)
        g_warning ("No draft follows every rule; the last breaks rule %d: %s",
                   ((ScapulaPlanIssue *) g_ptr_array_index (issues, 0))->rule,
                   ((ScapulaPlanIssue *) g_ptr_array_index (issues, 0))->message);
    }

  generator_clear (&gen);

  return plan;
}

/**
 * scapula_plan_day_estimate_minutes:
 * @day: a day of a plan
 *
 * A rough length for the day: each set takes its work (three seconds a
 * rep, or the hold; twice for items done per side) plus its rest; a
 * warm-up set takes its work plus 45 s; every item adds 30 s to set up.
 *
 * Returns: the minutes, rounded up
 */
guint
scapula_plan_day_estimate_minutes (ScapulaPlanDay *day)
{
  guint seconds = 0;

  g_return_val_if_fail (SCAPULA_IS_PLAN_DAY (day), 0);

  for (guint i = 0; i < scapula_plan_day_get_n_items (day); i++)
    {
      const ScapulaPrescription *p = scapula_plan_item_get_prescription (scapula_plan_day_get_item (day, i));
      guint work;

      if (p->hold_seconds > 0)
        work = p->hold_seconds;
      else
        work = (p->reps_min + p->reps_max) * 3 / 2;
      if (p->per_side)
        work *= 2;

      seconds += p->sets * (work + p->rest_seconds);
      seconds += p->warmup_sets * (work + 45);
      seconds += 30;
    }

  return (seconds + 59) / 60;
}

/**
 * scapula_plan_item_explain:
 * @item: an item of a plan
 * @catalog: the catalog it refers to
 *
 * Says in a sentence or two why @item is where it is, from its role.
 *
 * Returns: (transfer full): the explanation
 */
char *
scapula_plan_item_explain (ScapulaPlanItem *item,
                           ScapulaCatalog  *catalog)
{
  ScapulaExercise *exercise;
  const char *name;

  g_return_val_if_fail (SCAPULA_IS_PLAN_ITEM (item), NULL);
  g_return_val_if_fail (SCAPULA_IS_CATALOG (catalog), NULL);

  exercise = scapula_catalog_lookup (catalog, scapula_plan_item_get_exercise (item));
  name = exercise != NULL ? scapula_exercise_get_name (exercise) : scapula_plan_item_get_exercise (item);

  switch (scapula_plan_item_get_role (item))
    {
    case SCAPULA_PLAN_ROLE_WARM_UP:
      if (exercise != NULL && g_str_equal (scapula_exercise_get_slug (exercise), LIGHT_CARDIO_SLUG))
        return g_strdup (_("Warm-up: a few minutes of easy cardio, such as brisk walking or "
                           "cycling, raise your temperature before any weight is lifted."));
      return g_strdup_printf (_("Warm-up: %s gets the shoulders and shoulder blades moving "
                                "freely before they carry a load."), name);

    case SCAPULA_PLAN_ROLE_FOUNDATION_ROW:
      return g_strdup_printf (_("Foundation row: %s opens the strength work while you are "
                                "fresh. A rowing variation is the base every session builds "
                                "on, so it gets the lighter warm-up sets first."), name);

    case SCAPULA_PLAN_ROLE_VERTICAL_PULL:
      return g_strdup_printf (_("Vertical pull: %s pulls from overhead and brings in the lats. "
                                "A full back day pairs one vertical pull with its rows and a "
                                "hip hinge."), name);

    case SCAPULA_PLAN_ROLE_ISOLATION:
      if (exercise != NULL && scapula_exercise_is_machine (exercise))
        return g_strdup_printf (_("Isolation: %s lets the mid-back squeeze without the legs or "
                                  "lower back helping. As machine or cable work it comes after "
                                  "the free weights, as a finisher."), name);
      return g_strdup_printf (_("Isolation: %s lets the mid-back squeeze without the legs or "
                                "lower back helping, so the rhomboids and middle trapezius do "
                                "the work."), name);

    case SCAPULA_PLAN_ROLE_HEAVY_FINISHER:
      return g_strdup_printf (_("Heavier finisher: %s closes the strength work with a bigger "
                                "load, once the mid-back has had its focused work."), name);

    case SCAPULA_PLAN_ROLE_HIP_HINGE:
      return g_strdup_printf (_("Hip hinge: %s trains the lower back, glutes and hamstrings, the "
                                "third part of a full back day, and closes its strength work."),
                              name);

    case SCAPULA_PLAN_ROLE_MOBILITY:
      return g_strdup_printf (_("Mobility: %s keeps the upper back supple on a day without "
                                "lifting; easy movement helps the muscles recover."), name);

    case SCAPULA_PLAN_ROLE_COOL_DOWN:
      return g_strdup_printf (_("Cool-down: hold %s gently for 15 to 30 seconds, two or three "
                                "times, to let the back relax after the lifts."), name);

    case SCAPULA_PLAN_ROLE_NONE:
    default:
      break;
    }

  if (exercise == NULL)
    return g_strdup_printf (_("%s is one of your own exercises."), name);

  switch (scapula_exercise_get_kind (exercise))
    {
    case SCAPULA_EXERCISE_KIND_WARMUP:
      return g_strdup_printf (_("%s is a warm-up move: do it before the first lift."), name);
    case SCAPULA_EXERCISE_KIND_STRETCH:
      return g_strdup_printf (_("%s is a stretch: do it after the last lift."), name);
    case SCAPULA_EXERCISE_KIND_STRENGTH:
    default:
      return g_strdup_printf (_("%s is part of this day’s strength work."), name);
    }
}
