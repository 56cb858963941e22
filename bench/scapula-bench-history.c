/* scapula-bench-history.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "scapula-bench-history"

#include "config.h"

#include <math.h>

#include "scapula-bench-history.h"
#include "scapula-progression.h"

/* A five-year training history for the benchmarks, written through the
 * real schema, built the way a committed lifter's log grows:
 *
 * - Blocks of six to eight weeks, each with its own training weekdays
 *   (three to six a week) and a core group of exercises from the catalog:
 *   rows, a vertical pull, a hinge, isolation work, unilateral work and a
 *   loaded hold. Sessions rotate through the core group (DESIGN.md §5).
 * - Sessions on the block's weekdays, in the evening on weekdays and the
 *   morning at weekends; about one in fourteen is missed. Holidays leave
 *   gaps: two weeks in summer, the days around new year, and a random week
 *   each year; after a break of ten days or more the loads drop a step or
 *   two.
 * - Each session: a warm-up (light cardio and dynamic moves, kind
 *   "warmup"), then each exercise with its warm-up sets (two before the
 *   first lift, one before the others) and its work sets, then stretches
 *   held 15–30 s. Unilateral exercises log each side; within some blocks
 *   one side of an exercise is weaker by a rep or three. Holds log seconds
 *   (with a load for carries and grip holds). Work sets carry an RPE.
 * - Double progression with real steps: reps climb to the top of the
 *   range, then the load goes up a step and the reps start again from the
 *   bottom. The first three work sets are the top sets that decide it; any
 *   more are back-off sets 15 % lighter. Progress slows as an exercise
 *   nears its five-year ceiling, and some blocks are plateaus where it
 *   barely moves.
 * - A pain check-in after each exercise: mostly 0–2, now and then a
 *   streak that rises session after session (1, 2, 3, 4), after which the
 *   exercise is left out for a while.
 *
 * A hundred thousand sets in five years is a heavy log (about ninety sets
 * a session, four to five sessions a week); session size follows from the number
 * asked for, so smaller histories are lighter sessions over the same
 * weeks, and histories too small for that start later instead.
 *
 * Everything random comes from one GRand with a fixed seed, so the same
 * end date always gives the same history.
 */

#define SEED                  20260101
#define HISTORY_DAYS          (SCAPULA_BENCH_HISTORY_YEARS * 365 + 1)
#define MIN_SESSION_SETS      20
#define SKIP_CHANCE           0.07
#define STREAK_CHANCE         (1.0 / 300.0)
#define STREAK_LENGTH         4
#define STREAK_REST_SESSIONS  12
#define DELOAD_GAP_DAYS       10
#define MAX_WORK_SETS         12
#define TOP_SETS              3

typedef enum
{
  ROLE_ROW,
  ROLE_UNILATERAL,
  ROLE_VERTICAL,
  ROLE_HINGE,
  ROLE_ISOLATION,
  ROLE_HOLD,
} Role;

typedef struct
{
  const char *slug;
  Role        role;
  gboolean    per_side;
  gboolean    timed;     /* counted in seconds */
  double      start_kg;  /* working weight five years ago, 0 for body weight */
  double      gain_kg;   /* what five years can add */
  double      step_kg;   /* the smallest load step */
  guint       min;       /* reps, or seconds when timed */
  guint       max;
} BenchExercise;

/* Catalog slugs (data/catalog/catalog.xml). Body-weight pulls log the
 * added weight once there is some. */
static const BenchExercise exercises[] = {
  { "two-arm-dumbbell-row",         ROLE_ROW,        FALSE, FALSE, 14.0, 16.0, 2.5,  8, 12 },
  { "two-arm-dumbbell-row-neutral", ROLE_ROW,        FALSE, FALSE, 14.0, 16.0, 2.5,  8, 12 },
  { "incline-dumbbell-row",         ROLE_ROW,        FALSE, FALSE, 12.0, 14.0, 2.5,  8, 12 },
  { "bent-over-barbell-row",        ROLE_ROW,        FALSE, FALSE, 40.0, 50.0, 2.5,  6, 12 },
  { "yates-row",                    ROLE_ROW,        FALSE, FALSE, 45.0, 50.0, 2.5,  6, 15 },
  { "seal-row",                     ROLE_ROW,        FALSE, FALSE, 30.0, 40.0, 2.5,  8, 12 },
  { "t-bar-row",                    ROLE_ROW,        FALSE, FALSE, 35.0, 45.0, 2.5,  8, 12 },
  { "chest-supported-machine-row",  ROLE_ROW,        FALSE, FALSE, 35.0, 40.0, 5.0,  8, 15 },
  { "seated-cable-row",             ROLE_ROW,        FALSE, FALSE, 35.0, 40.0, 5.0, 10, 15 },
  { "trx-inverted-row",             ROLE_ROW,        FALSE, FALSE,  0.0,  0.0, 0.0,  8, 16 },
  { "one-arm-dumbbell-row",         ROLE_UNILATERAL, TRUE,  FALSE, 20.0, 22.5, 2.5,  8, 12 },
  { "kroc-row",                     ROLE_UNILATERAL, TRUE,  FALSE, 24.0, 26.0, 2.5,  8, 15 },
  { "dead-stop-row",                ROLE_UNILATERAL, TRUE,  FALSE, 18.0, 17.0, 2.5,  8, 16 },
  { "meadows-row",                  ROLE_UNILATERAL, TRUE,  FALSE, 20.0, 30.0, 2.5,  6, 12 },
  { "lying-rear-lateral-raise",     ROLE_UNILATERAL, TRUE,  FALSE,  4.0,  6.0, 1.0, 10, 15 },
  { "half-kneeling-lat-pulldown",   ROLE_UNILATERAL, TRUE,  FALSE, 12.0, 15.0, 2.5,  8, 16 },
  { "single-arm-dumbbell-deadlift", ROLE_UNILATERAL, TRUE,  FALSE, 16.0, 20.0, 2.5,  6, 10 },
  { "pull-up",                      ROLE_VERTICAL,   FALSE, FALSE,  0.0, 25.0, 2.5,  3, 10 },
  { "chin-up",                      ROLE_VERTICAL,   FALSE, FALSE,  0.0, 25.0, 2.5,  4, 10 },
  { "wide-grip-lat-pulldown",       ROLE_VERTICAL,   FALSE, FALSE, 35.0, 35.0, 5.0,  8, 12 },
  { "deadlift",                     ROLE_HINGE,      FALSE, FALSE, 60.0, 90.0, 2.5,  5,  8 },
  { "trap-bar-deadlift",            ROLE_HINGE,      FALSE, FALSE, 60.0, 90.0, 2.5,  6, 10 },
  { "dumbbell-romanian-deadlift",   ROLE_HINGE,      FALSE, FALSE, 16.0, 24.0, 2.5,  8, 12 },
  { "back-extension",               ROLE_HINGE,      FALSE, FALSE,  0.0, 20.0, 2.5, 10, 15 },
  { "bent-over-reverse-fly",        ROLE_ISOLATION,  FALSE, FALSE,  5.0,  7.0, 1.0, 10, 15 },
  { "prone-incline-reverse-fly",    ROLE_ISOLATION,  FALSE, FALSE,  4.0,  6.0, 1.0, 10, 15 },
  { "dumbbell-shrug",               ROLE_ISOLATION,  FALSE, FALSE, 20.0, 25.0, 2.5,  8, 12 },
  { "face-pull",                    ROLE_ISOLATION,  FALSE, FALSE, 15.0, 15.0, 5.0, 12, 15 },
  { "static-grip-hold",             ROLE_HOLD,       FALSE, TRUE,  30.0, 30.0, 2.5, 20, 45 },
  { "farmers-carry",                ROLE_HOLD,       FALSE, TRUE,  20.0, 25.0, 2.5, 30, 60 },
  { "glute-bridge",                 ROLE_HOLD,       FALSE, TRUE,   0.0,  0.0, 0.0, 15, 30 },
};

/* How many of each role a block's core group holds. */
static const guint core_counts[] = {
  [ROLE_ROW] = 2,
  [ROLE_UNILATERAL] = 3,
  [ROLE_VERTICAL] = 1,
  [ROLE_HINGE] = 1,
  [ROLE_ISOLATION] = 2,
  [ROLE_HOLD] = 1,
};

typedef struct
{
  const char *slug;
  gboolean    per_side;
  gboolean    timed;
  guint       min;
  guint       max;
} BenchMove;

static const BenchMove warmup_moves[] = {
  { "arm-circles",          FALSE, FALSE, 10,  15 },
  { "band-pull-apart",      FALSE, FALSE, 15,  20 },
  { "wall-slide",           FALSE, FALSE,  8,  12 },
  { "foam-roll-upper-back", FALSE, TRUE,  60, 120 },
};

static const BenchMove stretches[] = {
  { "cat-cow",            FALSE, TRUE, 15, 30 },
  { "childs-pose",        FALSE, TRUE, 15, 30 },
  { "thoracic-extension", FALSE, TRUE, 15, 30 },
  { "seated-twist",       TRUE,  TRUE, 15, 30 },
  { "thread-the-needle",  TRUE,  TRUE, 15, 30 },
  { "side-stretch",       TRUE,  TRUE, 15, 30 },
  { "doorway-stretch",    FALSE, TRUE, 15, 30 },
  { "knee-to-chest",      TRUE,  TRUE, 15, 30 },
  { "rotational-stretch", TRUE,  TRUE, 15, 30 },
};

/* Training weekdays (ISO, Monday 1) of a block. Mostly five or six days:
 * that is what a hundred thousand sets in five years take. */
static const guint8 patterns[][7] = {
  { 1, 3, 5 },
  { 1, 2, 4, 5 },
  { 1, 2, 4, 5, 6 },
  { 1, 2, 3, 5, 6 },
  { 2, 3, 4, 6, 7 },
  { 1, 2, 3, 4, 5, 6 },
  { 1, 3, 4, 5, 6, 7 },
  { 1, 2, 3, 4, 5, 6 },
};

typedef struct
{
  double      weight;
  guint       target;     /* reps, or seconds when timed */
  gboolean    plateau;
  ScapulaSide weak_side;  /* SCAPULA_SIDE_BOTH: neither */
  guint       deficit;    /* reps the weak side misses */
  guint       streak;     /* the step of a rising pain streak, 0 for none */
  guint       resting;    /* sessions to sit out after a pain streak */
} ExerciseState;

typedef struct
{
  gint64 start;
  guint  block;
  guint  pattern;
  guint  gap_days;  /* days since the previous session */
} Slot;

typedef struct
{
  const char    *exercise;
  const char    *kind;
  ScapulaSide    side;
  double         weight;
  guint          reps;      /* 0: not counted in reps */
  guint          seconds;   /* 0: not timed */
  double         rpe;       /* 0: none */
  gint           pain;      /* >= 0: a check-in after this set */
  gboolean       numbness;
  gint64         time;      /* when it was logged */
} SetSpec;

typedef struct
{
  GRand         *rand;
  ExerciseState  state[G_N_ELEMENTS (exercises)];
  guint          core[16];
  guint          n_core;
  guint          cursor;
  guint          block;
} Generator;

static double
round_to_step (double weight,
               double step)
{
  if (step <= 0.0)
    return weight;

  return round (weight / step) * step;
}

static double
rpe_for (Generator *gen,
         guint      index)
{
  return MIN (10.0, 7.0 + 0.5 * MIN (index, 3u) + 0.5 * g_rand_int_range (gen->rand, 0, 2));
}

static gboolean
is_holiday (const GDate *date,
            const guint *summer,
            const guint *random_week,
            guint        first_year)
{
  guint doy = g_date_get_day_of_year (date);
  guint year = g_date_get_year (date);
  GDateMonth month = g_date_get_month (date);
  guint day = g_date_get_day (date);

  /* Around new year. */
  if ((month == G_DATE_DECEMBER && day >= 23) || (month == G_DATE_JANUARY && day <= 2))
    return TRUE;

  if (doy >= summer[year - first_year] && doy < summer[year - first_year] + 14)
    return TRUE;

  return doy >= random_week[year - first_year] && doy < random_week[year - first_year] + 7;
}

/* The session slots: block by block, on the block's weekdays, minus
 * holidays and missed days, ending before @end. */
static GArray *
plan_slots (GRand  *rand,
            gint64  end)
{
  g_autoptr(GDateTime) end_local = g_date_time_new_from_unix_local (end);
  g_autoptr(GArray) slots = g_array_new (FALSE, FALSE, sizeof (Slot));
  guint summer[SCAPULA_BENCH_HISTORY_YEARS + 2];
  guint random_week[SCAPULA_BENCH_HISTORY_YEARS + 2];
  guint first_year;
  guint block = 0;
  guint block_days = 0;
  guint pattern = 0;
  guint last_day = 0;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (end_local), g_date_time_get_month (end_local),
                  g_date_time_get_year (end_local));
  g_date_subtract_days (&date, HISTORY_DAYS - 1);
  first_year = g_date_get_year (&date);

  for (guint i = 0; i < G_N_ELEMENTS (summer); i++)
    {
      summer[i] = g_rand_int_range (rand, 182, 216);
      random_week[i] = g_rand_int_range (rand, 60, 300);
    }

  for (guint day = 0; day < HISTORY_DAYS; day++, g_date_add_days (&date, 1))
    {
      const guint8 *days;
      guint weekday = g_date_get_weekday (&date);
      gboolean training = FALSE;
      g_autoptr(GDateTime) start = NULL;
      int hour, minute;
      Slot slot;

      if (block_days == 0)
        {
          block++;
          block_days = 7 * g_rand_int_range (rand, 6, 9);
          pattern = g_rand_int_range (rand, 0, G_N_ELEMENTS (patterns));
        }
      block_days--;

      days = patterns[pattern];
      for (guint i = 0; i < 7 && days[i] != 0; i++)
        training |= days[i] == weekday;

      if (!training || is_holiday (&date, summer, random_week, first_year) ||
          g_rand_double (rand) < SKIP_CHANCE)
        continue;

      if (weekday >= G_DATE_SATURDAY)
        {
          hour = g_rand_int_range (rand, 8, 11);
          minute = g_rand_int_range (rand, 0, 60);
        }
      else
        {
          hour = g_rand_int_range (rand, 17, 20);
          minute = g_rand_int_range (rand, 0, 60);
        }

      start = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                     g_date_get_day (&date), hour, minute, 0);
      slot.start = g_date_time_to_unix (start);
      if (slot.start >= end)
        break;

      slot.block = block;
      slot.pattern = pattern;
      slot.gap_days = slots->len > 0 ? day - last_day : 0;
      last_day = day;

      g_array_append_val (slots, slot);
    }

  return g_steal_pointer (&slots);
}

static void
start_block (Generator *gen,
             guint      block)
{
  g_autoptr(GArray) pool = g_array_new (FALSE, FALSE, sizeof (guint));

  gen->block = block;
  gen->n_core = 0;
  gen->cursor = 0;

  for (guint role = ROLE_ROW; role <= ROLE_HOLD; role++)
    {
      g_array_set_size (pool, 0);
      for (guint i = 0; i < G_N_ELEMENTS (exercises); i++)
        {
          if (exercises[i].role == role)
            g_array_append_val (pool, i);
        }

      for (guint n = 0; n < core_counts[role] && pool->len > 0; n++)
        {
          guint pick = g_rand_int_range (gen->rand, 0, pool->len);

          gen->core[gen->n_core++] = g_array_index (pool, guint, pick);
          g_array_remove_index_fast (pool, pick);
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (exercises); i++)
    {
      ExerciseState *state = &gen->state[i];

      state->plateau = g_rand_double (gen->rand) < 0.25;
      state->weak_side = SCAPULA_SIDE_BOTH;
      state->deficit = 0;

      if (exercises[i].per_side && g_rand_double (gen->rand) < 0.35)
        {
          state->weak_side = g_rand_boolean (gen->rand) ? SCAPULA_SIDE_LEFT : SCAPULA_SIDE_RIGHT;
          state->deficit = g_rand_int_range (gen->rand, 1, 4);
        }
    }
}

static void
deload (Generator *gen)
{
  for (guint i = 0; i < G_N_ELEMENTS (exercises); i++)
    {
      const BenchExercise *ex = &exercises[i];
      ExerciseState *state = &gen->state[i];

      /* A step or two lighter, back to the bottom of the range. */
      state->weight = MAX (ex->start_kg, state->weight - ex->step_kg * g_rand_int_range (gen->rand, 1, 3));
      state->target = ex->min;
    }
}

/* Logged sets one exercise takes with @work_sets work sets. */
static guint
block_size (const BenchExercise *ex,
            guint                work_sets,
            gboolean             first)
{
  guint sides = ex->per_side ? 2 : 1;
  guint warmups = ex->timed ? 0 : (first ? 2 : 1);

  return (warmups + work_sets) * sides;
}

static void
add_spec (GArray        *specs,
          const char    *exercise,
          const char    *kind,
          ScapulaSide    side,
          double         weight,
          guint          reps,
          guint          seconds,
          double         rpe)
{
  SetSpec spec = { exercise, kind, side, weight, reps, seconds, rpe, -1, FALSE, 0 };

  g_array_append_val (specs, spec);
}

static guint
pain_after (Generator     *gen,
            ExerciseState *state,
            gboolean      *numbness)
{
  double roll = g_rand_double (gen->rand);
  guint pain;

  if (state->streak == 0 && g_rand_double (gen->rand) < STREAK_CHANCE)
    state->streak = 1;

  if (state->streak > 0)
    {
      pain = state->streak;
      if (++state->streak > STREAK_LENGTH)
        {
          state->streak = 0;
          state->resting = STREAK_REST_SESSIONS;
        }
    }
  else if (roll < 0.64)
    pain = 0;
  else if (roll < 0.87)
    pain = 1;
  else if (roll < 0.97)
    pain = 2;
  else
    pain = 3;

  *numbness = pain >= 3 && g_rand_double (gen->rand) < 0.05;
  return pain;
}

/* One exercise's sets, and its progression for next time. */
static void
add_exercise (Generator *gen,
              GArray    *specs,
              guint      index,
              guint      work_sets,
              gboolean   first,
              gboolean   bad_day)
{
  const BenchExercise *ex = &exercises[index];
  ExerciseState *state = &gen->state[index];
  guint n_sides = ex->per_side ? 2 : 1;
  gboolean all_top = TRUE;
  gboolean numbness = FALSE;
  guint warmups = ex->timed ? 0 : (first ? 2 : 1);

  /* Warm-up sets: about half and three quarters of the work weight
   * before the first lift, about 60 % before the others. */
  for (guint w = 0; w < warmups; w++)
    {
      double fraction = warmups == 2 ? (w == 0 ? 0.5 : 0.75) : 0.6;
      double weight = round_to_step (state->weight * fraction, ex->step_kg);
      guint reps = warmups == 2 ? (w == 0 ? 8 : 5) : 6;

      for (guint s = 0; s < n_sides; s++)
        add_spec (specs, ex->slug, "warmup",
                  ex->per_side ? (s == 0 ? SCAPULA_SIDE_LEFT : SCAPULA_SIDE_RIGHT) : SCAPULA_SIDE_BOTH,
                  weight, reps, 0, 0.0);
    }

  for (guint w = 0; w < work_sets; w++)
    {
      /* Later sets tire; a bad day costs a rep everywhere. */
      guint fatigue = (w >= 2 ? g_rand_int_range (gen->rand, 0, 2) : 0) + (bad_day ? 1 : 0);
      gboolean top = w < TOP_SETS;
      double weight = top ? state->weight : round_to_step (state->weight * 0.85, ex->step_kg);

      for (guint s = 0; s < n_sides; s++)
        {
          ScapulaSide side = ex->per_side ? (s == 0 ? SCAPULA_SIDE_LEFT : SCAPULA_SIDE_RIGHT)
                                          : SCAPULA_SIDE_BOTH;
          guint missing = fatigue + (side == state->weak_side ? state->deficit : 0);
          guint done = state->target > missing ? state->target - missing : 1;
          const char *kind = "work";

          if (!ex->timed && w + 1 == work_sets && g_rand_double (gen->rand) < 0.05)
            kind = "failure";

          if (top)
            all_top &= done >= ex->max;

          if (ex->timed)
            add_spec (specs, ex->slug, kind, side, weight, 0,
                      MIN (3600u, done), rpe_for (gen, w));
          else
            add_spec (specs, ex->slug, kind, side, weight, done, 0,
                      g_str_equal (kind, "failure") ? 10.0 : rpe_for (gen, w));
        }
    }

  /* The check-in after the exercise. */
  g_array_index (specs, SetSpec, specs->len - 1).pain = pain_after (gen, state, &numbness);
  g_array_index (specs, SetSpec, specs->len - 1).numbness = numbness;

  /* Double progression; slower near the ceiling, barely in a plateau. */
  if (all_top && ex->gain_kg > 0.0 && state->weight + ex->step_kg <= ex->start_kg + ex->gain_kg + 1e-6)
    {
      state->weight = round_to_step (state->weight + ex->step_kg, ex->step_kg);
      state->target = ex->min;
    }
  else if (state->target < ex->max)
    {
      double reached = ex->gain_kg > 0.0 ? (state->weight - ex->start_kg) / ex->gain_kg : 0.0;
      double chance = state->plateau ? 0.08 : 0.45 * (1.0 - 0.7 * CLAMP (reached, 0.0, 1.0));

      if (g_rand_double (gen->rand) < chance)
        state->target += ex->timed ? 5 : 1;
      state->target = MIN (state->target, ex->max);
    }
}

static void
add_move (Generator       *gen,
          GArray          *specs,
          const BenchMove *move,
          const char      *kind,
          guint            holds)
{
  for (guint h = 0; h < holds; h++)
    {
      for (guint s = 0; s < (move->per_side ? 2u : 1u); s++)
        {
          guint amount = g_rand_int_range (gen->rand, move->min, move->max + 1);
          ScapulaSide side = move->per_side ? (s == 0 ? SCAPULA_SIDE_LEFT : SCAPULA_SIDE_RIGHT)
                                            : SCAPULA_SIDE_BOTH;

          add_spec (specs, move->slug, kind, side, 0.0, move->timed ? 0 : amount,
                    move->timed ? amount : 0, 0.0);
        }
    }
}

/* Exactly @budget sets for one session. */
static void
build_session (Generator *gen,
               guint      budget,
               GArray    *specs)
{
  g_autoptr(GArray) chosen = g_array_new (FALSE, FALSE, sizeof (guint));
  gboolean full = budget >= 16;
  gboolean bad_day = g_rand_double (gen->rand) < 0.1;
  guint n_stretches = full ? g_rand_int_range (gen->rand, 2, 4) : 0;
  guint stretch_sets = 0;
  guint warmup_sets = 0;
  guint strength_target;
  guint work_sets = 3;
  guint total = 0;
  guint strength_start;
  guint stretch_picks[4];

  g_array_set_size (specs, 0);

  if (full)
    {
      /* Light cardio, then one or two dynamic moves. */
      add_spec (specs, "light-cardio", "warmup", SCAPULA_SIDE_BOTH, 0.0, 0,
                g_rand_int_range (gen->rand, 180, 301), 0.0);
      add_move (gen, specs, &warmup_moves[g_rand_int_range (gen->rand, 0, G_N_ELEMENTS (warmup_moves))],
                "warmup", 1);
      if (g_rand_boolean (gen->rand))
        add_move (gen, specs, &warmup_moves[1], "warmup", 1);
      warmup_sets = specs->len;

      for (guint i = 0; i < n_stretches; i++)
        {
          stretch_picks[i] = g_rand_int_range (gen->rand, 0, G_N_ELEMENTS (stretches));
          stretch_sets += 2 * (stretches[stretch_picks[i]].per_side ? 2 : 1);
        }
    }

  /* Stretches only when there is room for some strength work too. */
  if (warmup_sets + stretch_sets + 8 > budget)
    {
      n_stretches = 0;
      stretch_sets = 0;
    }
  strength_target = budget - warmup_sets - stretch_sets;

  /* The fewest work sets per exercise that, through the core group in
   * rotation, reach the budget. */
  for (; work_sets <= MAX_WORK_SETS; work_sets++)
    {
      guint cursor = gen->cursor;

      g_array_set_size (chosen, 0);
      total = 0;

      for (guint n = 0; n < gen->n_core && total < strength_target; n++, cursor++)
        {
          guint index = gen->core[cursor % gen->n_core];

          if (gen->state[index].resting > 0)
            continue;

          total += block_size (&exercises[index], work_sets, chosen->len == 0);
          g_array_append_val (chosen, index);
        }

      if (total >= strength_target)
        break;
    }
  work_sets = MIN (work_sets, MAX_WORK_SETS);

  for (guint n = 0; n < gen->n_core; n++)
    {
      guint index = gen->core[n];

      if (gen->state[index].resting > 0)
        gen->state[index].resting--;
    }
  gen->cursor = (gen->cursor + MAX (chosen->len, 1u)) % MAX (gen->n_core, 1u);

  strength_start = specs->len;
  for (guint i = 0; i < chosen->len; i++)
    add_exercise (gen, specs, g_array_index (chosen, guint, i), work_sets, i == 0, bad_day);

  /* The last exercise was cut short: the session ran out of time. */
  if (specs->len - strength_start > strength_target)
    {
      guint keep = strength_start + strength_target;
      SetSpec cut = g_array_index (specs, SetSpec, specs->len - 1);

      /* Its check-in moves to the last set that was done. */
      g_array_set_size (specs, keep);
      if (keep > strength_start && g_array_index (specs, SetSpec, keep - 1).pain < 0)
        {
          g_array_index (specs, SetSpec, keep - 1).pain = cut.pain;
          g_array_index (specs, SetSpec, keep - 1).numbness = cut.numbness;
        }
    }

  for (guint i = 0; i < n_stretches; i++)
    add_move (gen, specs, &stretches[stretch_picks[i]], "work", 2);

  /* Whatever is left (a tiny budget, or more than twelve work sets an
   * exercise could hold) goes to one more round of the stretches. */
  while (specs->len < budget)
    add_spec (specs, stretches[specs->len % G_N_ELEMENTS (stretches)].slug, "work",
              SCAPULA_SIDE_BOTH, 0.0, 0, 20, 0.0);

  g_array_set_size (specs, MIN (specs->len, budget));
}

/**
 * scapula_bench_history_fill:
 * @database: an open database; the history is added to what it holds
 * @n_sets: how many sets to log
 * @end: the history ends before this time (usually now), in seconds since
 *   the epoch
 * @stats: (out) (optional): what was written
 * @error: return location for a #SCAPULA_DATABASE_ERROR
 *
 * Writes a realistic five-year history of exactly @n_sets logged sets
 * ending before @end, with its sessions and pain check-ins, in one
 * transaction. The same @n_sets and local date of @end always give the
 * same history.
 *
 * Returns: %TRUE on success; on failure nothing was written
 */
gboolean
scapula_bench_history_fill (ScapulaDatabase           *database,
                            guint                      n_sets,
                            gint64                     end,
                            ScapulaBenchHistoryStats  *stats,
                            GError                   **error)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  g_autoptr(GArray) slots = NULL;
  g_autoptr(GArray) specs = g_array_new (FALSE, TRUE, sizeof (SetSpec));
  g_autoptr(sqlite3_stmt) session_stmt = NULL;
  g_autoptr(sqlite3_stmt) set_stmt = NULL;
  g_autoptr(sqlite3_stmt) pain_stmt = NULL;
  Generator gen = { 0 };
  ScapulaBenchHistoryStats result = { 0 };
  guint first_slot = 0;
  guint n_slots;
  guint written = 0;

  g_return_val_if_fail (SCAPULA_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (stats != NULL)
    *stats = result;

  if (n_sets == 0)
    return TRUE;

  slots = plan_slots (rand, end);

  /* Too few sets for every slot: a shorter history of real sessions. */
  if (slots->len > 0 && n_sets / slots->len < MIN_SESSION_SETS)
    first_slot = slots->len - MAX (1u, MIN (slots->len, n_sets / MIN_SESSION_SETS));
  n_slots = slots->len - first_slot;

  if (n_slots == 0)
    {
      g_set_error (error, SCAPULA_DATABASE_ERROR, SCAPULA_DATABASE_ERROR_FAILED,
                   "No day to train on before the end of the history");
      return FALSE;
    }

  gen.rand = rand;
  for (guint i = 0; i < G_N_ELEMENTS (exercises); i++)
    {
      gen.state[i].weight = exercises[i].start_kg;
      gen.state[i].target = exercises[i].min;
      gen.state[i].weak_side = SCAPULA_SIDE_BOTH;
    }

  if (!scapula_database_begin (database, error))
    return FALSE;

  if (!(session_stmt = scapula_database_prepare (database,
                                                 "INSERT INTO session (started_at, ended_at, origin) "
                                                 "VALUES (?1, ?2, 'app')",
                                                 error)) ||
      !(set_stmt = scapula_database_prepare (database,
                                             "INSERT INTO logged_set (session_id, position, exercise, kind, side,"
                                             "                        weight_kg, reps, seconds, rpe, logged_at) "
                                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                                             error)) ||
      !(pain_stmt = scapula_database_prepare (database,
                                              "INSERT INTO pain_checkin (session_id, exercise, pain, numbness,"
                                              "                          logged_at) "
                                              "VALUES (?1, ?2, ?3, ?4, ?5)",
                                              error)))
    goto failed;

  for (guint i = 0; i < n_slots; i++)
    {
      const Slot *slot = &g_array_index (slots, Slot, first_slot + i);
      /* Spread the sets evenly: slot i takes its share, rounded so the
       * shares add up to exactly n_sets. */
      guint budget = (guint) (((guint64) n_sets * (i + 1)) / n_slots - ((guint64) n_sets * i) / n_slots);
      gint64 time = slot->start;
      gint64 session_id;

      if (gen.block != slot->block || gen.n_core == 0)
        start_block (&gen, slot->block);
      if (slot->gap_days >= DELOAD_GAP_DAYS)
        deload (&gen);

      if (budget == 0)
        continue;

      build_session (&gen, budget, specs);

      /* Left then right a moment apart; rest after each set. */
      for (guint position = 0; position < specs->len; position++)
        {
          SetSpec *spec = &g_array_index (specs, SetSpec, position);

          spec->time = time;
          if (spec->side == SCAPULA_SIDE_LEFT)
            time += g_rand_int_range (rand, 40, 71);
          else if (spec->seconds > 0)
            time += spec->seconds + g_rand_int_range (rand, 20, 61);
          else if (g_str_equal (spec->kind, "warmup"))
            time += g_rand_int_range (rand, 60, 91);
          else
            time += g_rand_int_range (rand, 90, 181);
        }

      sqlite3_bind_int64 (session_stmt, 1, slot->start);
      sqlite3_bind_int64 (session_stmt, 2, time + 60);
      if (!scapula_database_step (database, session_stmt, NULL, error))
        goto failed;
      sqlite3_reset (session_stmt);
      session_id = scapula_database_last_insert_id (database);

      for (guint position = 0; position < specs->len; position++)
        {
          const SetSpec *spec = &g_array_index (specs, SetSpec, position);
          gboolean warmup = g_str_equal (spec->kind, "warmup");

          sqlite3_bind_int64 (set_stmt, 1, session_id);
          sqlite3_bind_int (set_stmt, 2, position);
          sqlite3_bind_text (set_stmt, 3, spec->exercise, -1, SQLITE_STATIC);
          sqlite3_bind_text (set_stmt, 4, spec->kind, -1, SQLITE_STATIC);
          sqlite3_bind_text (set_stmt, 5,
                             spec->side == SCAPULA_SIDE_LEFT ? "left" :
                             spec->side == SCAPULA_SIDE_RIGHT ? "right" : "both",
                             -1, SQLITE_STATIC);
          if (spec->weight > 0.0)
            sqlite3_bind_double (set_stmt, 6, spec->weight);
          else
            sqlite3_bind_null (set_stmt, 6);
          if (spec->reps > 0 || spec->seconds == 0)
            sqlite3_bind_int (set_stmt, 7, MAX (spec->reps, 1u));
          else
            sqlite3_bind_null (set_stmt, 7);
          if (spec->seconds > 0)
            sqlite3_bind_int (set_stmt, 8, spec->seconds);
          else
            sqlite3_bind_null (set_stmt, 8);
          if (spec->rpe > 0.0)
            sqlite3_bind_double (set_stmt, 9, spec->rpe);
          else
            sqlite3_bind_null (set_stmt, 9);
          sqlite3_bind_int64 (set_stmt, 10, spec->time);

          if (!scapula_database_step (database, set_stmt, NULL, error))
            goto failed;
          sqlite3_reset (set_stmt);

          result.n_sets++;
          result.n_unilateral_sets += spec->side != SCAPULA_SIDE_BOTH;
          result.n_timed_sets += spec->seconds > 0;
          result.n_warmup_sets += warmup;

          if (spec->pain >= 0)
            {
              sqlite3_bind_int64 (pain_stmt, 1, session_id);
              sqlite3_bind_text (pain_stmt, 2, spec->exercise, -1, SQLITE_STATIC);
              sqlite3_bind_int (pain_stmt, 3, spec->pain);
              sqlite3_bind_int (pain_stmt, 4, spec->numbness ? 1 : 0);
              sqlite3_bind_int64 (pain_stmt, 5, spec->time + 20);

              if (!scapula_database_step (database, pain_stmt, NULL, error))
                goto failed;
              sqlite3_reset (pain_stmt);
              result.n_pain_checkins++;
            }
        }

      written += specs->len;
      if (result.n_sessions == 0)
        result.first_started_at = slot->start;
      result.last_started_at = slot->start;
      result.n_sessions++;
    }

  g_clear_pointer (&session_stmt, sqlite3_finalize);
  g_clear_pointer (&set_stmt, sqlite3_finalize);
  g_clear_pointer (&pain_stmt, sqlite3_finalize);

  if (!scapula_database_commit (database, error))
    goto failed;

  g_assert (written == n_sets);

  if (stats != NULL)
    *stats = result;

  return TRUE;

failed:
  g_clear_pointer (&session_stmt, sqlite3_finalize);
  g_clear_pointer (&set_stmt, sqlite3_finalize);
  g_clear_pointer (&pain_stmt, sqlite3_finalize);
  scapula_database_rollback (database);
  return FALSE;
}
