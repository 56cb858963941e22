/* test-progression.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "scapula-plan.h"
#include "scapula-progression.h"
#include "scapula-units.h"

#define KG SCAPULA_WEIGHT_UNIT_KG
#define LB SCAPULA_WEIGHT_UNIT_LB

/* A weight in pounds, as stored (kilograms). */
#define POUNDS(lb) ((lb) * 0.45359237)

#define DUMBBELL   SCAPULA_EQUIPMENT_DUMBBELL
#define KETTLEBELL SCAPULA_EQUIPMENT_KETTLEBELL
#define BARBELL    SCAPULA_EQUIPMENT_BARBELL
#define TRAP_BAR   SCAPULA_EQUIPMENT_TRAP_BAR
#define LANDMINE   SCAPULA_EQUIPMENT_LANDMINE
#define BENCH      SCAPULA_EQUIPMENT_BENCH
#define CABLE      SCAPULA_EQUIPMENT_CABLE
#define MACHINE    SCAPULA_EQUIPMENT_MACHINE
#define BAND       SCAPULA_EQUIPMENT_BAND
#define PULL_UP    SCAPULA_EQUIPMENT_PULL_UP_BAR
#define TRX        SCAPULA_EQUIPMENT_SUSPENSION_TRAINER
#define MAT        SCAPULA_EQUIPMENT_MAT

typedef struct
{
  ScapulaEquipment  equipment;
  ScapulaWeightUnit unit;
  double            weight_kg;
  double            next_kg;
  double            previous_kg;
} StepCase;

static void
test_progression_load_steps (void)
{
  static const StepCase cases[] = {
    /* Plate-loaded bars: 2.5 kg or 5 lb, on the grid of those steps. */
    { BARBELL, KG, 60.0, 62.5, 57.5 },
    { BARBELL, KG, 20.0, 22.5, 17.5 },
    { BARBELL, KG, 61.0, 62.5, 60.0 },
    { BARBELL, KG, 59.9999999, 62.5, 57.5 },
    { BARBELL | BENCH, KG, 40.0, 42.5, 37.5 },
    { TRAP_BAR, KG, 100.0, 102.5, 97.5 },
    { LANDMINE, KG, 25.0, 27.5, 22.5 },
    { BARBELL, LB, POUNDS (135), POUNDS (140), POUNDS (130) },
    { BARBELL, LB, 60.0, POUNDS (135), POUNDS (130) }, /* 132.28 lb */
    { TRAP_BAR, LB, POUNDS (225), POUNDS (230), POUNDS (220) },
    { BARBELL, KG, 0.0, 2.5, 0.0 },

    /* Dumbbells: the next pair of the rack. */
    { DUMBBELL, KG, 1.0, 2.0, 1.0 },
    { DUMBBELL, KG, 0.0, 1.0, 0.0 },
    { DUMBBELL, KG, 9.0, 10.0, 8.0 },
    { DUMBBELL, KG, 10.0, 12.5, 9.0 },
    { DUMBBELL, KG, 11.0, 12.5, 10.0 },
    { DUMBBELL, KG, 12.0, 12.5, 10.0 },
    { DUMBBELL, KG, 12.5, 15.0, 10.0 },
    { DUMBBELL, KG, 12.4999999, 15.0, 10.0 },
    { DUMBBELL, KG, 22.5, 25.0, 20.0 },
    { DUMBBELL, KG, 60.0, 65.0, 57.5 },
    { DUMBBELL, KG, 100.0, 100.0, 95.0 },
    { DUMBBELL, KG, 120.0, 120.0, 100.0 },
    { DUMBBELL | BENCH, KG, 30.0, 32.5, 27.5 },
    { DUMBBELL, LB, POUNDS (3), POUNDS (5), POUNDS (2) },
    { DUMBBELL, LB, POUNDS (15), POUNDS (20), POUNDS (12) },
    { DUMBBELL, LB, POUNDS (50), POUNDS (55), POUNDS (45) },
    { DUMBBELL, LB, 14.0, POUNDS (35), POUNDS (30) }, /* 30.86 lb */
    { DUMBBELL, LB, POUNDS (150), POUNDS (150), POUNDS (145) },

    /* Kettlebells: the standard series. */
    { KETTLEBELL, KG, 16.0, 20.0, 14.0 },
    { KETTLEBELL, KG, 4.0, 6.0, 4.0 },
    { KETTLEBELL, KG, 3.0, 4.0, 3.0 },
    { KETTLEBELL, KG, 24.0, 28.0, 20.0 },
    { KETTLEBELL, KG, 48.0, 48.0, 44.0 },
    { KETTLEBELL, LB, POUNDS (50), POUNDS (60), POUNDS (45) },
    { KETTLEBELL, LB, 16.0, POUNDS (40), POUNDS (35) }, /* 35.27 lb */

    /* Cable and machine: one stack plate. */
    { CABLE, KG, 40.0, 45.0, 35.0 },
    { CABLE, KG, 37.5, 40.0, 35.0 },
    { MACHINE, KG, 5.0, 10.0, 5.0 },
    { MACHINE, LB, POUNDS (100), POUNDS (110), POUNDS (90) },

    /* Several implements: the loaded one decides. */
    { DUMBBELL | KETTLEBELL | BENCH, KG, 20.0, 22.5, 17.5 }, /* dead-stop row */
    { BARBELL | LANDMINE | MACHINE, KG, 40.0, 42.5, 37.5 },  /* T-bar row */
    { BARBELL | DUMBBELL, KG, 30.0, 32.5, 27.5 },            /* static grip hold */
    { KETTLEBELL | CABLE, KG, 16.0, 20.0, 14.0 },
    { CABLE | BAND, KG, 20.0, 25.0, 15.0 },                  /* face pull */

    /* No load to add. */
    { PULL_UP | BAND | MACHINE, KG, 20.0, 20.0, 20.0 },      /* assisted pull-up */
    { PULL_UP, KG, 0.0, 0.0, 0.0 },
    { TRX, KG, 0.0, 0.0, 0.0 },
    { BAND, KG, 0.0, 0.0, 0.0 },
    { MAT, KG, 10.0, 10.0, 10.0 },
    { SCAPULA_EQUIPMENT_NONE, LB, 10.0, 10.0, 10.0 },
    { SCAPULA_EQUIPMENT_BACK_EXTENSION_BENCH | SCAPULA_EQUIPMENT_EXERCISE_BALL, KG, 10.0, 10.0, 10.0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const StepCase *c = &cases[i];

      g_test_message ("Case %u: %g kg", i, c->weight_kg);
      g_assert_cmpfloat_with_epsilon (scapula_load_step_next (c->equipment, c->unit, c->weight_kg),
                                      c->next_kg, 1e-9);
      g_assert_cmpfloat_with_epsilon (scapula_load_step_previous (c->equipment, c->unit, c->weight_kg),
                                      c->previous_kg, 1e-9);
    }
}

static void
test_progression_load_kind (void)
{
  static const struct {
    ScapulaEquipment equipment;
    ScapulaLoadKind  kind;
  } cases[] = {
    { BARBELL, SCAPULA_LOAD_KIND_PLATES },
    { TRAP_BAR, SCAPULA_LOAD_KIND_PLATES },
    { LANDMINE, SCAPULA_LOAD_KIND_PLATES },
    { BARBELL | LANDMINE | MACHINE, SCAPULA_LOAD_KIND_PLATES },
    { BARBELL | DUMBBELL, SCAPULA_LOAD_KIND_PLATES },
    { DUMBBELL, SCAPULA_LOAD_KIND_DUMBBELL },
    { DUMBBELL | KETTLEBELL, SCAPULA_LOAD_KIND_DUMBBELL },
    { DUMBBELL | CABLE, SCAPULA_LOAD_KIND_DUMBBELL },
    { KETTLEBELL, SCAPULA_LOAD_KIND_KETTLEBELL },
    { KETTLEBELL | MACHINE, SCAPULA_LOAD_KIND_KETTLEBELL },
    { CABLE, SCAPULA_LOAD_KIND_STACK },
    { MACHINE, SCAPULA_LOAD_KIND_STACK },
    { CABLE | BAND, SCAPULA_LOAD_KIND_STACK },
    { PULL_UP, SCAPULA_LOAD_KIND_NONE },
    { PULL_UP | BAND | MACHINE, SCAPULA_LOAD_KIND_NONE },
    { TRX, SCAPULA_LOAD_KIND_NONE },
    { BAND, SCAPULA_LOAD_KIND_NONE },
    { MAT, SCAPULA_LOAD_KIND_NONE },
    { BENCH, SCAPULA_LOAD_KIND_NONE },
    { SCAPULA_EQUIPMENT_NONE, SCAPULA_LOAD_KIND_NONE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (scapula_load_kind_for_equipment (cases[i].equipment), ==, cases[i].kind);
}

/* Sets: work (W), left (L), right (R), failure (F), warm-up (WU), drop (D),
 * holds (H, HL, HR). */
#define W(kg, reps)   { (kg), (reps), 0, SCAPULA_SIDE_BOTH, SCAPULA_SET_KIND_WORK }
#define L(kg, reps)   { (kg), (reps), 0, SCAPULA_SIDE_LEFT, SCAPULA_SET_KIND_WORK }
#define R(kg, reps)   { (kg), (reps), 0, SCAPULA_SIDE_RIGHT, SCAPULA_SET_KIND_WORK }
#define F(kg, reps)   { (kg), (reps), 0, SCAPULA_SIDE_BOTH, SCAPULA_SET_KIND_FAILURE }
#define WU(kg, reps)  { (kg), (reps), 0, SCAPULA_SIDE_BOTH, SCAPULA_SET_KIND_WARMUP }
#define D(kg, reps)   { (kg), (reps), 0, SCAPULA_SIDE_BOTH, SCAPULA_SET_KIND_DROP }
#define H(kg, s)      { (kg), 0, (s), SCAPULA_SIDE_BOTH, SCAPULA_SET_KIND_WORK }
#define HL(kg, s)     { (kg), 0, (s), SCAPULA_SIDE_LEFT, SCAPULA_SET_KIND_WORK }
#define HR(kg, s)     { (kg), 0, (s), SCAPULA_SIDE_RIGHT, SCAPULA_SET_KIND_WORK }
#define END           { -1.0, 0, 0, SCAPULA_SIDE_BOTH, SCAPULA_SET_KIND_WORK }

#define MAX_SETS 12

/* Prescriptions: sets, reps_min, reps_max, hold, rest, warm-ups, per side, progression. */
#define DOUBLE_3x8_12     { 3, 8, 12, 0, 90, 1, FALSE, SCAPULA_PROGRESSION_DOUBLE }
#define DOUBLE_3x8_12_PS  { 3, 8, 12, 0, 90, 1, TRUE, SCAPULA_PROGRESSION_DOUBLE }
#define DOUBLE_3x5_8      { 3, 5, 8, 0, 120, 0, FALSE, SCAPULA_PROGRESSION_DOUBLE }
#define DOUBLE_10x5_8     { 10, 5, 8, 0, 120, 0, FALSE, SCAPULA_PROGRESSION_DOUBLE }
#define LINEAR_3x5        { 3, 5, 5, 0, 180, 2, FALSE, SCAPULA_PROGRESSION_LINEAR }
#define LINEAR_3x6_8      { 3, 6, 8, 0, 180, 2, FALSE, SCAPULA_PROGRESSION_LINEAR }
#define LINEAR_3x5_PS     { 3, 5, 5, 0, 180, 2, TRUE, SCAPULA_PROGRESSION_LINEAR }
#define NONE_2x10_15      { 2, 10, 15, 0, 60, 0, FALSE, SCAPULA_PROGRESSION_NONE }
#define HOLD_2x30         { 2, 0, 0, 30, 30, 0, FALSE, SCAPULA_PROGRESSION_DOUBLE }
#define HOLD_2x30_PS      { 2, 0, 0, 30, 30, 0, TRUE, SCAPULA_PROGRESSION_DOUBLE }
#define HOLD_2x200        { 2, 0, 0, 200, 60, 0, FALSE, SCAPULA_PROGRESSION_DOUBLE }
#define HOLD_2x30_NONE    { 2, 0, 0, 30, 30, 0, FALSE, SCAPULA_PROGRESSION_NONE }
#define HOLD_2x30_LINEAR  { 2, 0, 0, 30, 60, 0, FALSE, SCAPULA_PROGRESSION_LINEAR }

/* Targets: sets, reps_min, reps_max, hold, weight, per side, reason. */
#define T(sets, reps, hold, kg, per_side, reason) \
  { (sets), (reps), (reps), (hold), (kg), (per_side), SCAPULA_TARGET_REASON_##reason }

typedef struct
{
  const char          *name;
  ScapulaPrescription  prescription;
  ScapulaEquipment     equipment;
  ScapulaWeightUnit    unit;
  ScapulaSetRecord     sets[MAX_SETS];
  ScapulaTarget        expected;
} TargetCase;

static const TargetCase target_cases[] = {
  /* No history. */
  { "first time", DOUBLE_3x8_12, DUMBBELL, KG, { END },
    T (3, 8, 0, 0.0, FALSE, FIRST_TIME) },
  { "first time, only warm-ups", DOUBLE_3x8_12, DUMBBELL, KG, { WU (5, 10), WU (8, 6), END },
    T (3, 8, 0, 0.0, FALSE, FIRST_TIME) },
  { "first time, only drop sets", DOUBLE_3x8_12, DUMBBELL, KG, { D (10, 12), END },
    T (3, 8, 0, 0.0, FALSE, FIRST_TIME) },
  { "first time, per side", DOUBLE_3x8_12_PS, DUMBBELL, KG, { END },
    T (3, 8, 0, 0.0, TRUE, FIRST_TIME) },
  { "first time, hold", HOLD_2x30, MAT, KG, { END },
    T (2, 0, 30, 0.0, FALSE, FIRST_TIME) },
  { "first time, not progressing", NONE_2x10_15, CABLE, KG, { END },
    T (2, 10, 0, 0.0, FALSE, FIRST_TIME) },
  { "first time, hold item with rep history", HOLD_2x30, MAT, KG, { W (0, 10), W (0, 10), END },
    T (2, 0, 30, 0.0, FALSE, FIRST_TIME) },

  /* Double progression. */
  { "double, every set at the top", DOUBLE_3x8_12, DUMBBELL, KG,
    { W (20, 12), W (20, 12), W (20, 12), END },
    T (3, 8, 0, 22.5, FALSE, MORE_WEIGHT) },
  { "double, above the top", DOUBLE_3x8_12, DUMBBELL, KG,
    { W (20, 14), W (20, 13), W (20, 12), END },
    T (3, 8, 0, 22.5, FALSE, MORE_WEIGHT) },
  { "double, one set short of the top", DOUBLE_3x8_12, DUMBBELL, KG,
    { W (20, 12), W (20, 12), W (20, 11), END },
    T (3, 12, 0, 20.0, FALSE, MORE_REPS) },
  { "double, the lowest set decides", DOUBLE_3x8_12, DUMBBELL, KG,
    { W (20, 12), W (20, 10), W (20, 9), END },
    T (3, 10, 0, 20.0, FALSE, MORE_REPS) },
  { "double, at the bottom", DOUBLE_3x8_12, BARBELL, KG,
    { W (60, 8), W (60, 8), W (60, 8), END },
    T (3, 9, 0, 60.0, FALSE, MORE_REPS) },
  { "double, below the bottom", DOUBLE_3x8_12, BARBELL, KG,
    { W (60, 6), W (60, 5), W (60, 5), END },
    T (3, 6, 0, 60.0, FALSE, MORE_REPS) },
  { "double, a prescribed set missing", DOUBLE_3x8_12, DUMBBELL, KG,
    { W (20, 12), W (20, 12), END },
    T (3, 12, 0, 20.0, FALSE, REPEAT) },
  { "double, last set done lighter", DOUBLE_3x8_12, DUMBBELL, KG,
    { W (20, 12), W (20, 12), W (17.5, 12), END },
    T (3, 12, 0, 20.0, FALSE, REPEAT) },
  { "double, lighter extra set after the work", DOUBLE_3x8_12, DUMBBELL, KG,
    { W (20, 12), W (20, 12), W (20, 12), W (15, 15), END },
    T (3, 8, 0, 22.5, FALSE, MORE_WEIGHT) },
  { "double, warm-ups and drop sets ignored", DOUBLE_3x8_12, DUMBBELL, KG,
    { WU (10, 10), WU (15, 5), W (20, 12), W (20, 12), W (20, 12), D (15, 6), END },
    T (3, 8, 0, 22.5, FALSE, MORE_WEIGHT) },
  { "double, heavy warm-up ignored", DOUBLE_3x8_12, BARBELL, KG,
    { WU (70, 3), W (60, 10), W (60, 10), W (60, 10), END },
    T (3, 11, 0, 60.0, FALSE, MORE_REPS) },
  { "double, failure sets are work sets", DOUBLE_3x8_12, DUMBBELL, KG,
    { W (20, 12), W (20, 12), F (20, 10), END },
    T (3, 11, 0, 20.0, FALSE, MORE_REPS) },
  { "double, every set to failure at the top", DOUBLE_3x8_12, DUMBBELL, KG,
    { F (20, 12), F (20, 12), F (20, 12), END },
    T (3, 8, 0, 22.5, FALSE, MORE_WEIGHT) },
  { "double, a failed set with no reps", DOUBLE_3x8_12, DUMBBELL, KG,
    { W (20, 12), W (20, 12), W (20, 0), END },
    T (3, 12, 0, 20.0, FALSE, REPEAT) },
  { "double, dumbbell 10 kg to 12.5 kg", DOUBLE_3x8_12, DUMBBELL, KG,
    { W (10, 12), W (10, 12), W (10, 12), END },
    T (3, 8, 0, 12.5, FALSE, MORE_WEIGHT) },
  { "double, kettlebell", DOUBLE_3x8_12, KETTLEBELL, KG,
    { W (16, 12), W (16, 12), W (16, 12), END },
    T (3, 8, 0, 20.0, FALSE, MORE_WEIGHT) },
  { "double, cable stack", DOUBLE_3x8_12, CABLE, KG,
    { W (35, 12), W (35, 12), W (35, 12), END },
    T (3, 8, 0, 40.0, FALSE, MORE_WEIGHT) },
  { "double, barbell in pounds", DOUBLE_3x8_12, BARBELL, LB,
    { W (POUNDS (135), 12), W (POUNDS (135), 12), W (POUNDS (135), 12), END },
    T (3, 8, 0, POUNDS (140), FALSE, MORE_WEIGHT) },
  { "double, kilogram dumbbells for a pound user", DOUBLE_3x8_12, DUMBBELL, LB,
    { W (14, 12), W (14, 12), W (14, 12), END },
    T (3, 8, 0, POUNDS (35), FALSE, MORE_WEIGHT) },
  { "double, machine in pounds, not yet", DOUBLE_3x8_12, MACHINE, LB,
    { W (POUNDS (100), 9), W (POUNDS (100), 9), W (POUNDS (100), 8), END },
    T (3, 9, 0, POUNDS (100), FALSE, MORE_REPS) },
  { "double, loaded but no weight logged", DOUBLE_3x8_12, DUMBBELL, KG,
    { W (0, 12), W (0, 12), W (0, 12), END },
    T (3, 8, 0, 0.0, FALSE, MORE_WEIGHT) },
  { "double, heaviest dumbbell of the rack", DOUBLE_3x8_12, DUMBBELL, KG,
    { W (100, 12), W (100, 12), W (100, 12), END },
    T (4, 12, 0, 100.0, FALSE, MORE_SETS) },
  { "double, heaviest kettlebell, not yet at the top", DOUBLE_3x8_12, KETTLEBELL, KG,
    { W (48, 10), W (48, 9), W (48, 9), END },
    T (3, 10, 0, 48.0, FALSE, MORE_REPS) },

  /* Double progression, per side: the weaker side decides. */
  { "per side, both sides at the top", DOUBLE_3x8_12_PS, DUMBBELL, KG,
    { L (12.5, 12), R (12.5, 12), L (12.5, 12), R (12.5, 12), L (12.5, 12), R (12.5, 12), END },
    T (3, 8, 0, 15.0, TRUE, MORE_WEIGHT) },
  { "per side, right side weaker", DOUBLE_3x8_12_PS, DUMBBELL, KG,
    { L (12.5, 12), R (12.5, 12), L (12.5, 12), R (12.5, 11), L (12.5, 12), R (12.5, 10), END },
    T (3, 11, 0, 12.5, TRUE, MORE_REPS) },
  { "per side, left side weaker", DOUBLE_3x8_12_PS, DUMBBELL, KG,
    { L (12.5, 9), R (12.5, 12), L (12.5, 9), R (12.5, 12), L (12.5, 8), R (12.5, 12), END },
    T (3, 9, 0, 12.5, TRUE, MORE_REPS) },
  { "per side, one side short of a set", DOUBLE_3x8_12_PS, DUMBBELL, KG,
    { L (12.5, 12), R (12.5, 12), L (12.5, 12), R (12.5, 12), L (12.5, 12), END },
    T (3, 12, 0, 12.5, TRUE, REPEAT) },
  { "per side, only one side logged", DOUBLE_3x8_12_PS, DUMBBELL, KG,
    { L (12.5, 12), L (12.5, 12), L (12.5, 12), END },
    T (3, 12, 0, 12.5, TRUE, REPEAT) },
  { "per side, logged as both sides at once", DOUBLE_3x8_12_PS, DUMBBELL, KG,
    { W (12.5, 12), W (12.5, 12), W (12.5, 12), END },
    T (3, 8, 0, 15.0, TRUE, MORE_WEIGHT) },
  { "per side, one side lighter", DOUBLE_3x8_12_PS, DUMBBELL, KG,
    { L (12.5, 12), R (10, 12), L (12.5, 12), R (10, 12), L (12.5, 12), R (10, 12), END },
    T (3, 12, 0, 12.5, TRUE, REPEAT) },

  /* Linear progression: the bottom of the range, a load step each session. */
  { "linear, every set hit", LINEAR_3x5, BARBELL, KG,
    { WU (20, 5), WU (40, 3), W (60, 5), W (60, 5), W (60, 5), END },
    T (3, 5, 0, 62.5, FALSE, MORE_WEIGHT) },
  { "linear, a set missed", LINEAR_3x5, BARBELL, KG,
    { W (60, 5), W (60, 5), W (60, 4), END },
    T (3, 5, 0, 60.0, FALSE, REPEAT) },
  { "linear, a set missing", LINEAR_3x5, BARBELL, KG,
    { W (60, 5), W (60, 5), END },
    T (3, 5, 0, 60.0, FALSE, REPEAT) },
  { "linear, a range: the bottom is enough", LINEAR_3x6_8, BARBELL, KG,
    { W (60, 6), W (60, 7), W (60, 6), END },
    T (3, 6, 0, 62.5, FALSE, MORE_WEIGHT) },
  { "linear, in pounds", LINEAR_3x5, BARBELL, LB,
    { W (POUNDS (185), 5), W (POUNDS (185), 5), W (POUNDS (185), 5), END },
    T (3, 5, 0, POUNDS (190), FALSE, MORE_WEIGHT) },
  { "linear, per side", LINEAR_3x5_PS, DUMBBELL, KG,
    { L (20, 5), R (20, 5), L (20, 5), R (20, 4), L (20, 5), R (20, 5), END },
    T (3, 5, 0, 20.0, TRUE, REPEAT) },
  { "linear, per side hit", LINEAR_3x5_PS, DUMBBELL, KG,
    { L (20, 5), R (20, 5), L (20, 5), R (20, 5), L (20, 5), R (20, 6), END },
    T (3, 5, 0, 22.5, TRUE, MORE_WEIGHT) },
  { "linear, no load to add: sets", LINEAR_3x5, PULL_UP, KG,
    { W (0, 5), W (0, 5), W (0, 5), END },
    T (4, 5, 0, 0.0, FALSE, MORE_SETS) },
  { "linear hold, loaded", HOLD_2x30_LINEAR, DUMBBELL, KG,
    { H (30, 30), H (30, 32), END },
    T (2, 0, 30, 32.5, FALSE, MORE_WEIGHT) },
  { "linear hold, missed", HOLD_2x30_LINEAR, DUMBBELL, KG,
    { H (30, 30), H (30, 25), END },
    T (2, 0, 30, 30.0, FALSE, REPEAT) },

  /* No progression: the prescription again at the same weight. */
  { "none", NONE_2x10_15, CABLE, KG,
    { W (20, 15), W (20, 15), END },
    { 2, 10, 15, 0, 20.0, FALSE, SCAPULA_TARGET_REASON_STEADY } },
  { "none, body weight", NONE_2x10_15, BAND, KG,
    { W (0, 12), W (0, 11), END },
    { 2, 10, 15, 0, 0.0, FALSE, SCAPULA_TARGET_REASON_STEADY } },
  { "none, hold", HOLD_2x30_NONE, MAT, KG,
    { H (0, 30), H (0, 30), END },
    T (2, 0, 30, 0.0, FALSE, STEADY) },

  /* Holds: five seconds over the shortest, from the prescription to twice it. */
  { "hold, at the prescription", HOLD_2x30, MAT, KG,
    { H (0, 30), H (0, 30), END },
    T (2, 0, 35, 0.0, FALSE, MORE_HOLD) },
  { "hold, the shortest decides", HOLD_2x30, MAT, KG,
    { H (0, 45), H (0, 40), END },
    T (2, 0, 45, 0.0, FALSE, MORE_HOLD) },
  { "hold, capped at twice the prescription", HOLD_2x30, MAT, KG,
    { H (0, 58), H (0, 57), END },
    T (2, 0, 60, 0.0, FALSE, MORE_HOLD) },
  { "hold, at the top: one more set", HOLD_2x30, MAT, KG,
    { H (0, 60), H (0, 62), END },
    T (3, 0, 60, 0.0, FALSE, MORE_SETS) },
  { "hold, short of the prescription", HOLD_2x30, MAT, KG,
    { H (0, 10), H (0, 12), END },
    T (2, 0, 15, 0.0, FALSE, MORE_HOLD) },
  { "hold, never over 300 s", HOLD_2x200, MAT, KG,
    { H (0, 298), H (0, 299), END },
    T (2, 0, 300, 0.0, FALSE, MORE_HOLD) },
  { "hold, loaded, at the top: heavier", HOLD_2x30, DUMBBELL, KG,
    { H (30, 60), H (30, 60), END },
    T (2, 0, 30, 32.5, FALSE, MORE_WEIGHT) },
  { "hold, loaded, not yet", HOLD_2x30, BARBELL | DUMBBELL, KG,
    { H (100, 40), H (100, 35), END },
    T (2, 0, 40, 100.0, FALSE, MORE_HOLD) },
  { "hold, per side, the weaker side decides", HOLD_2x30_PS, MAT, KG,
    { HL (0, 30), HR (0, 25), HL (0, 30), HR (0, 30), END },
    T (2, 0, 30, 0.0, TRUE, MORE_HOLD) },
  { "hold, rep sets of a hold item ignored", HOLD_2x30, MAT, KG,
    { W (0, 10), H (0, 40), H (0, 40), END },
    T (2, 0, 45, 0.0, FALSE, MORE_HOLD) },

  /* Body weight: reps to the top, then one more set, up to two extra. */
  { "body weight, more reps", DOUBLE_3x5_8, PULL_UP, KG,
    { W (0, 6), W (0, 5), W (0, 5), END },
    T (3, 6, 0, 0.0, FALSE, MORE_REPS) },
  { "body weight, at the top: one more set", DOUBLE_3x5_8, PULL_UP, KG,
    { W (0, 8), W (0, 8), W (0, 8), END },
    T (4, 8, 0, 0.0, FALSE, MORE_SETS) },
  { "body weight, the added set kept", DOUBLE_3x5_8, PULL_UP, KG,
    { W (0, 8), W (0, 8), W (0, 7), W (0, 6), END },
    T (4, 7, 0, 0.0, FALSE, MORE_REPS) },
  { "body weight, a second extra set", DOUBLE_3x5_8, TRX, KG,
    { W (0, 8), W (0, 8), W (0, 8), W (0, 8), END },
    T (5, 8, 0, 0.0, FALSE, MORE_SETS) },
  { "body weight, every extra set done", DOUBLE_3x5_8, PULL_UP, KG,
    { W (0, 8), W (0, 8), W (0, 8), W (0, 8), W (0, 8), END },
    T (5, 8, 0, 0.0, FALSE, TOP_REACHED) },
  { "body weight, more sets than allowed", DOUBLE_3x5_8, PULL_UP, KG,
    { W (0, 8), W (0, 8), W (0, 8), W (0, 8), W (0, 8), W (0, 8), END },
    T (5, 8, 0, 0.0, FALSE, TOP_REACHED) },
  { "body weight, fewer sets than prescribed", DOUBLE_3x5_8, PULL_UP, KG,
    { W (0, 8), W (0, 8), END },
    T (3, 8, 0, 0.0, FALSE, REPEAT) },
  { "body weight, ten sets prescribed", DOUBLE_10x5_8, PULL_UP, KG,
    { W (0, 8), W (0, 8), W (0, 8), W (0, 8), W (0, 8), W (0, 8), W (0, 8), W (0, 8), W (0, 8), W (0, 8), END },
    T (10, 8, 0, 0.0, FALSE, TOP_REACHED) },
  { "body weight, assisted pull-up machine", DOUBLE_3x5_8, PULL_UP | BAND | MACHINE, KG,
    { W (20, 8), W (20, 8), W (20, 8), END },
    T (4, 8, 0, 20.0, FALSE, MORE_SETS) },
  { "band", DOUBLE_3x8_12, BAND, KG,
    { W (0, 12), W (0, 11), W (0, 12), END },
    T (3, 12, 0, 0.0, FALSE, MORE_REPS) },
};

static guint
count_sets (const ScapulaSetRecord *sets)
{
  guint n = 0;

  while (n < MAX_SETS && sets[n].weight_kg >= 0.0)
    n++;
  return n;
}

static void
assert_target (const ScapulaTarget *target,
               const ScapulaTarget *expected)
{
  g_assert_cmpuint (target->sets, ==, expected->sets);
  g_assert_cmpuint (target->reps_min, ==, expected->reps_min);
  g_assert_cmpuint (target->reps_max, ==, expected->reps_max);
  g_assert_cmpuint (target->hold_seconds, ==, expected->hold_seconds);
  g_assert_cmpfloat_with_epsilon (target->weight_kg, expected->weight_kg, 1e-9);
  g_assert_cmpint (target->per_side, ==, expected->per_side);
  g_assert_cmpint (target->reason, ==, expected->reason);
}

static void
test_progression_targets (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (target_cases); i++)
    {
      const TargetCase *c = &target_cases[i];
      ScapulaTarget target;

      g_assert_true (scapula_prescription_validate (&c->prescription, NULL));

      g_test_message ("Case: %s", c->name);
      memset (&target, 0xaa, sizeof target);
      scapula_target_compute (&c->prescription, c->equipment, c->unit,
                              c->sets, count_sets (c->sets), &target);
      assert_target (&target, &c->expected);
    }
}

static void
test_progression_no_sets_pointer (void)
{
  ScapulaPrescription p = DOUBLE_3x8_12;
  ScapulaTarget target;

  scapula_target_compute (&p, DUMBBELL, KG, NULL, 0, &target);
  g_assert_cmpint (target.reason, ==, SCAPULA_TARGET_REASON_FIRST_TIME);
  g_assert_cmpuint (target.reps_min, ==, 8);
  g_assert_cmpfloat_with_epsilon (target.weight_kg, 0.0, 1e-12);
}

typedef struct
{
  const char          *name;
  ScapulaPrescription  prescription;
  ScapulaEquipment     equipment;
  ScapulaWeightUnit    unit;
  ScapulaTarget        start;
  guint                n_sessions;
  ScapulaTarget        expected;
} AdvanceCase;

static void
test_progression_advance (void)
{
  static const AdvanceCase cases[] = {
    { "no sessions", DOUBLE_3x8_12, DUMBBELL, KG,
      T (3, 9, 0, 20.0, FALSE, MORE_REPS), 0,
      T (3, 9, 0, 20.0, FALSE, MORE_REPS) },
    { "one session", DOUBLE_3x8_12, DUMBBELL, KG,
      T (3, 9, 0, 20.0, FALSE, MORE_REPS), 1,
      T (3, 10, 0, 20.0, FALSE, MORE_REPS) },
    { "up to the top", DOUBLE_3x8_12, DUMBBELL, KG,
      T (3, 9, 0, 20.0, FALSE, MORE_REPS), 3,
      T (3, 12, 0, 20.0, FALSE, MORE_REPS) },
    { "over the top", DOUBLE_3x8_12, DUMBBELL, KG,
      T (3, 9, 0, 20.0, FALSE, MORE_REPS), 4,
      T (3, 8, 0, 22.5, FALSE, MORE_WEIGHT) },
    { "per side", DOUBLE_3x8_12_PS, DUMBBELL, KG,
      T (3, 12, 0, 12.5, TRUE, MORE_REPS), 2,
      T (3, 9, 0, 15.0, TRUE, MORE_REPS) },
    { "in pounds", DOUBLE_3x8_12, BARBELL, LB,
      T (3, 12, 0, POUNDS (135), FALSE, MORE_REPS), 1,
      T (3, 8, 0, POUNDS (140), FALSE, MORE_WEIGHT) },
    { "linear, three sessions a week", LINEAR_3x5, BARBELL, KG,
      T (3, 5, 0, 60.0, FALSE, MORE_WEIGHT), 3,
      T (3, 5, 0, 67.5, FALSE, MORE_WEIGHT) },
    { "first time", DOUBLE_3x8_12, DUMBBELL, KG,
      T (3, 8, 0, 0.0, FALSE, FIRST_TIME), 2,
      T (3, 10, 0, 0.0, FALSE, MORE_REPS) },
    { "body weight, reps then sets", DOUBLE_3x5_8, PULL_UP, KG,
      T (3, 7, 0, 0.0, FALSE, MORE_REPS), 2,
      T (4, 8, 0, 0.0, FALSE, MORE_SETS) },
    { "body weight, to the top", DOUBLE_3x5_8, PULL_UP, KG,
      T (3, 8, 0, 0.0, FALSE, MORE_REPS), 5,
      T (5, 8, 0, 0.0, FALSE, TOP_REACHED) },
    { "hold", HOLD_2x30, MAT, KG,
      T (2, 0, 35, 0.0, FALSE, MORE_HOLD), 2,
      T (2, 0, 45, 0.0, FALSE, MORE_HOLD) },
    { "not progressing", NONE_2x10_15, CABLE, KG,
      { 2, 10, 15, 0, 20.0, FALSE, SCAPULA_TARGET_REASON_STEADY }, 3,
      { 2, 10, 15, 0, 20.0, FALSE, SCAPULA_TARGET_REASON_STEADY } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const AdvanceCase *c = &cases[i];
      ScapulaTarget advanced;
      ScapulaTarget in_place = c->start;

      g_test_message ("Case: %s", c->name);
      scapula_target_advance (&c->prescription, c->equipment, c->unit, &c->start, c->n_sessions, &advanced);
      assert_target (&advanced, &c->expected);

      /* The target and the result may be the same struct. */
      scapula_target_advance (&c->prescription, c->equipment, c->unit, &in_place, c->n_sessions, &in_place);
      assert_target (&in_place, &c->expected);
    }
}

/* Computing from history and advancing agree: next week's target from the
 * sets of a session is the target after that many perfect sessions. */
static void
test_progression_advance_matches_compute (void)
{
  ScapulaPrescription p = DOUBLE_3x8_12;
  ScapulaSetRecord sets[] = { W (20, 10), W (20, 10), W (20, 10) };
  ScapulaSetRecord next_sets[] = { W (20, 11), W (20, 11), W (20, 11) };
  ScapulaTarget first, second, advanced;

  scapula_target_compute (&p, DUMBBELL, KG, sets, G_N_ELEMENTS (sets), &first);
  scapula_target_compute (&p, DUMBBELL, KG, next_sets, G_N_ELEMENTS (next_sets), &second);
  scapula_target_advance (&p, DUMBBELL, KG, &first, 1, &advanced);
  assert_target (&advanced, &second);
}

static void
test_progression_count_sessions (void)
{
  g_autoptr(GDate) date = g_date_new_dmy (2, G_DATE_MARCH, 2026);
  g_autoptr(ScapulaPlan) plan = scapula_plan_new ("Test", date);
  ScapulaPrescription p = DOUBLE_3x8_12;
  g_autoptr(ScapulaPlanItem) row = scapula_plan_item_new ("seal-row", &p);
  g_autoptr(ScapulaPlanItem) row_again = scapula_plan_item_new ("seal-row", &p);
  g_autoptr(ScapulaPlanItem) row_on_rest_day = scapula_plan_item_new ("seal-row", &p);
  g_autoptr(ScapulaPlanItem) row_wednesday = scapula_plan_item_new ("seal-row", &p);
  g_autoptr(ScapulaPlanItem) shrug = scapula_plan_item_new ("dumbbell-shrug", &p);

  g_assert_cmpuint (scapula_progression_count_sessions (plan, "seal-row"), ==, 0);

  scapula_plan_day_set_training (scapula_plan_get_day (plan, 1), TRUE);
  scapula_plan_day_append (scapula_plan_get_day (plan, 1), row);
  scapula_plan_day_append (scapula_plan_get_day (plan, 1), row_again);
  scapula_plan_day_set_training (scapula_plan_get_day (plan, 3), TRUE);
  scapula_plan_day_append (scapula_plan_get_day (plan, 3), row_wednesday);
  scapula_plan_day_set_training (scapula_plan_get_day (plan, 5), TRUE);
  scapula_plan_day_append (scapula_plan_get_day (plan, 5), shrug);
  scapula_plan_day_set_training (scapula_plan_get_day (plan, 6), FALSE);
  scapula_plan_day_append (scapula_plan_get_day (plan, 6), row_on_rest_day);
  scapula_plan_day_set_training (scapula_plan_get_day (plan, 6), FALSE);

  /* Monday (twice, one session) and Wednesday; not the rest day. */
  g_assert_cmpuint (scapula_progression_count_sessions (plan, "seal-row"), ==, 2);
  g_assert_cmpuint (scapula_progression_count_sessions (plan, "dumbbell-shrug"), ==, 1);
  g_assert_cmpuint (scapula_progression_count_sessions (plan, "pull-up"), ==, 0);
}

typedef struct
{
  ScapulaTarget      target;
  ScapulaWeightUnit  unit;
  const char        *expected;
} FormatCase;

static void
test_progression_format (void)
{
  static const FormatCase cases[] = {
    { T (3, 9, 0, 12.5, FALSE, MORE_REPS), KG, "3 × 9 at 12.5 kg" },
    { T (3, 8, 0, 14.0, FALSE, MORE_WEIGHT), KG, "3 × 8 at 14 kg — new weight" },
    { T (3, 9, 0, POUNDS (25), FALSE, MORE_REPS), LB, "3 × 9 at 25 lb" },
    { T (3, 8, 0, POUNDS (140), FALSE, MORE_WEIGHT), LB, "3 × 8 at 140 lb — new weight" },
    { T (3, 8, 0, 14.0, FALSE, MORE_WEIGHT), LB, "3 × 8 at 30.86 lb — new weight" },
    { T (3, 10, 0, 12.5, TRUE, MORE_REPS), KG, "3 × 10 each side at 12.5 kg" },
    { T (2, 0, 35, 0.0, TRUE, MORE_HOLD), KG, "2 × 35 s each side" },
    { T (2, 0, 30, 32.5, FALSE, MORE_WEIGHT), KG, "2 × 30 s at 32.5 kg — new weight" },
    { T (3, 8, 0, 0.0, FALSE, FIRST_TIME), KG, "3 × 8" },
    { T (3, 8, 0, 0.0, FALSE, MORE_WEIGHT), KG, "3 × 8 — new weight" },
    { T (4, 12, 0, 0.0, FALSE, MORE_SETS), KG, "4 × 12 — one more set" },
    { T (5, 8, 0, 0.0, FALSE, TOP_REACHED), KG, "5 × 8" },
    { T (3, 5, 0, 60.0, FALSE, REPEAT), KG, "3 × 5 at 60 kg" },
    { { 2, 10, 15, 0, 20.0, FALSE, SCAPULA_TARGET_REASON_STEADY }, KG, "2 × 10\u2060–\u206015 at 20 kg" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = scapula_target_format (&cases[i].target, cases[i].unit);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

static void
test_progression_reasons (void)
{
  for (ScapulaTargetReason reason = SCAPULA_TARGET_REASON_FIRST_TIME;
       reason <= SCAPULA_TARGET_REASON_TOP_REACHED;
       reason++)
    {
      const char *label = scapula_target_reason_get_label (reason);
      const char *description = scapula_target_reason_get_description (reason);

      g_assert_nonnull (label);
      g_assert_cmpuint (strlen (label), >, 0);
      g_assert_nonnull (description);
      g_assert_true (g_str_has_suffix (description, "."));
    }

  g_assert_cmpstr (scapula_target_reason_get_label (SCAPULA_TARGET_REASON_MORE_WEIGHT), ==, "New weight");
  g_assert_cmpstr (scapula_target_reason_get_label (SCAPULA_TARGET_REASON_MORE_REPS), ==, "One more rep");
  g_assert_cmpstr (scapula_target_reason_get_description (SCAPULA_TARGET_REASON_MORE_REPS), ==,
                   "One more rep than your weakest work set last time, at the same weight.");
}

static void
test_progression_set_kinds (void)
{
  g_assert_true (scapula_set_kind_is_work (SCAPULA_SET_KIND_WORK));
  g_assert_true (scapula_set_kind_is_work (SCAPULA_SET_KIND_FAILURE));
  g_assert_false (scapula_set_kind_is_work (SCAPULA_SET_KIND_WARMUP));
  g_assert_false (scapula_set_kind_is_work (SCAPULA_SET_KIND_DROP));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/progression/load-steps", test_progression_load_steps);
  g_test_add_func ("/progression/load-kind", test_progression_load_kind);
  g_test_add_func ("/progression/set-kinds", test_progression_set_kinds);
  g_test_add_func ("/progression/targets", test_progression_targets);
  g_test_add_func ("/progression/no-sets-pointer", test_progression_no_sets_pointer);
  g_test_add_func ("/progression/advance", test_progression_advance);
  g_test_add_func ("/progression/advance-matches-compute", test_progression_advance_matches_compute);
  g_test_add_func ("/progression/count-sessions", test_progression_count_sessions);
  g_test_add_func ("/progression/format", test_progression_format);
  g_test_add_func ("/progression/reasons", test_progression_reasons);

  return g_test_run ();
}
