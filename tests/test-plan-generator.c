/* test-plan-generator.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "scapula-catalog.h"
#include "scapula-plan-checker.h"
#include "scapula-plan-generator.h"

static ScapulaCatalog *catalog;

static const ScapulaEquipmentPreset presets[] = {
  SCAPULA_EQUIPMENT_PRESET_DUMBBELLS,
  SCAPULA_EQUIPMENT_PRESET_HOME,
  SCAPULA_EQUIPMENT_PRESET_GYM,
};
static const ScapulaLevel levels[] = { SCAPULA_LEVEL_BEGINNER, SCAPULA_LEVEL_INTERMEDIATE };
static const guint minutes[] = { 20, 30, 45, 60, 75, 90 };
static const guint32 seeds[] = { 1, 2, 3, 7, 42, 2026 };

static ScapulaPlan *
generate (ScapulaEquipmentPreset preset,
          ScapulaLevel           level,
          guint                  days,
          guint                  mins,
          guint32                seed)
{
  g_autoptr(GDate) start = g_date_new_dmy (5, G_DATE_JANUARY, 2026);
  ScapulaPlanRequest request = { preset, level, days, mins, seed };
  ScapulaPlan *plan = scapula_plan_generate (catalog, &request, "Generated", start);

  g_assert_true (SCAPULA_IS_PLAN (plan));
  g_assert_cmpstr (scapula_plan_get_name (plan), ==, "Generated");
  g_assert_cmpint (g_date_compare (scapula_plan_get_start_date (plan), start), ==, 0);

  return plan;
}

static gboolean
is_session (ScapulaPlanDay *day)
{
  for (guint i = 0; i < scapula_plan_day_get_n_items (day); i++)
    {
      ScapulaPlanItem *item = scapula_plan_day_get_item (day, i);
      ScapulaExercise *exercise = scapula_catalog_lookup (catalog, scapula_plan_item_get_exercise (item));

      if (scapula_exercise_get_kind (exercise) == SCAPULA_EXERCISE_KIND_STRENGTH)
        return TRUE;
    }

  return FALSE;
}

/* Everything about a plan that a user could see, one line per item. */
static char *
dump (ScapulaPlan *plan)
{
  GString *str = g_string_new (NULL);

  g_string_append_printf (str, "%s %d %u\n", scapula_plan_get_name (plan),
                          scapula_plan_get_level (plan), scapula_plan_get_block_weeks (plan));

  for (guint d = 1; d <= 7; d++)
    {
      ScapulaPlanDay *day = scapula_plan_get_day (plan, d);

      g_string_append_printf (str, "day %u %d\n", d, scapula_plan_day_get_training (day));
      for (guint i = 0; i < scapula_plan_day_get_n_items (day); i++)
        {
          ScapulaPlanItem *item = scapula_plan_day_get_item (day, i);
          const ScapulaPrescription *p = scapula_plan_item_get_prescription (item);

          g_string_append_printf (str, "  %s role=%d %u×%u-%u hold=%u rest=%u wu=%u side=%d prog=%d notes=%s\n",
                                  scapula_plan_item_get_exercise (item),
                                  scapula_plan_item_get_role (item),
                                  p->sets, p->reps_min, p->reps_max, p->hold_seconds,
                                  p->rest_seconds, p->warmup_sets, p->per_side, p->progression,
                                  scapula_plan_item_get_notes (item));
        }
    }

  return g_string_free (str, FALSE);
}

static void
assert_items_sound (ScapulaPlan            *plan,
                    ScapulaEquipmentPreset  preset,
                    ScapulaLevel            level,
                    const char             *label)
{
  ScapulaEquipment allowed = scapula_equipment_preset_get_equipment (preset);

  for (guint d = 1; d <= 7; d++)
    {
      ScapulaPlanDay *day = scapula_plan_get_day (plan, d);
      gboolean session = is_session (day);

      if (!scapula_plan_day_get_training (day))
        g_assert_cmpuint (scapula_plan_day_get_n_items (day), ==, 0);

      for (guint i = 0; i < scapula_plan_day_get_n_items (day); i++)
        {
          ScapulaPlanItem *item = scapula_plan_day_get_item (day, i);
          const ScapulaPrescription *p = scapula_plan_item_get_prescription (item);
          ScapulaExercise *exercise = scapula_catalog_lookup (catalog, scapula_plan_item_get_exercise (item));
          ScapulaPlanRole role = scapula_plan_item_get_role (item);
          g_autofree char *why = NULL;

          g_assert_nonnull (exercise);
          g_assert_true (scapula_prescription_validate (p, NULL));
          g_assert_cmpint (role, !=, SCAPULA_PLAN_ROLE_NONE);

          if ((scapula_exercise_get_equipment (exercise) & ~allowed) != 0)
            g_error ("%s: %s needs equipment the preset lacks", label, scapula_exercise_get_slug (exercise));

          g_assert_cmpint (p->per_side, ==,
                           scapula_exercise_get_laterality (exercise) == SCAPULA_LATERALITY_UNILATERAL);

          if (scapula_exercise_get_kind (exercise) == SCAPULA_EXERCISE_KIND_STRENGTH)
            {
              const ScapulaDose *dose = scapula_exercise_get_dose (exercise);

              g_assert_true (session);
              g_assert_cmpint (p->progression, ==, SCAPULA_PROGRESSION_DOUBLE);
              g_assert_cmpint (scapula_exercise_get_level (exercise), <=, level);
              g_assert_cmpuint (p->reps_min, ==, dose->min);
              if (dose->max > 0)
                g_assert_cmpuint (p->reps_max, ==, dose->max);
              if (level == SCAPULA_LEVEL_BEGINNER)
                g_assert_cmpuint (p->sets, <=, 2);
              else
                g_assert_cmpuint (p->sets, >=, 2);
              g_assert_true (role != SCAPULA_PLAN_ROLE_WARM_UP &&
                             role != SCAPULA_PLAN_ROLE_COOL_DOWN &&
                             role != SCAPULA_PLAN_ROLE_MOBILITY);
            }
          else
            {
              g_assert_cmpint (p->progression, ==, SCAPULA_PROGRESSION_NONE);
              g_assert_cmpuint (p->warmup_sets, ==, 0);
              if (!session)
                g_assert_cmpint (role, ==, SCAPULA_PLAN_ROLE_MOBILITY);
              else if (scapula_exercise_get_kind (exercise) == SCAPULA_EXERCISE_KIND_WARMUP)
                g_assert_cmpint (role, ==, SCAPULA_PLAN_ROLE_WARM_UP);
              else
                g_assert_cmpint (role, ==, SCAPULA_PLAN_ROLE_COOL_DOWN);
            }

          why = scapula_plan_item_explain (item, catalog);
          g_assert_nonnull (why);
          g_assert_cmpuint (strlen (why), >, 30);
        }
    }
}

/* Every combination of inputs gives a plan the checker finds nothing
 * wrong with, with the days, level and block the request implies.
 */
static void
test_all_combinations (void)
{
  guint n_plans = 0;

  for (guint e = 0; e < G_N_ELEMENTS (presets); e++)
    for (guint l = 0; l < G_N_ELEMENTS (levels); l++)
      for (guint days = 2; days <= 6; days++)
        for (guint m = 0; m < G_N_ELEMENTS (minutes); m++)
          for (guint s = 0; s < G_N_ELEMENTS (seeds); s++)
            {
              g_autoptr(ScapulaPlan) plan = generate (presets[e], levels[l], days, minutes[m], seeds[s]);
              g_autoptr(GPtrArray) issues = scapula_plan_check (plan, catalog);
              g_autofree char *label = g_strdup_printf ("preset %d, level %d, %u days, %u min, seed %u",
                                                        presets[e], levels[l], days, minutes[m], seeds[s]);
              guint sessions = 0;

              if (issues->len > 0)
                {
                  g_autofree char *text = dump (plan);
                  const ScapulaPlanIssue *issue = g_ptr_array_index (issues, 0);

                  g_error ("%s breaks rule %d on day %u at %d: %s\n%s", label, issue->rule,
                           issue->weekday, issue->position, issue->message, text);
                }

              g_assert_cmpint (scapula_plan_get_level (plan), ==, levels[l]);
              g_assert_cmpuint (scapula_plan_get_block_weeks (plan), ==, 6);
              g_assert_cmpuint (scapula_plan_count_training_days (plan), ==, days);

              for (guint d = 1; d <= 7; d++)
                sessions += is_session (scapula_plan_get_day (plan, d));
              g_assert_cmpuint (sessions, ==, MIN (days, 3));

              assert_items_sound (plan, presets[e], levels[l], label);
              n_plans++;
            }

  g_assert_cmpuint (n_plans, ==, 3 * 2 * 5 * G_N_ELEMENTS (minutes) * G_N_ELEMENTS (seeds));
}

static void
test_deterministic (void)
{
  for (guint e = 0; e < G_N_ELEMENTS (presets); e++)
    for (guint l = 0; l < G_N_ELEMENTS (levels); l++)
      {
        g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

        for (guint32 seed = 1; seed <= 20; seed++)
          {
            g_autoptr(ScapulaPlan) a = generate (presets[e], levels[l], 3, 60, seed);
            g_autoptr(ScapulaPlan) b = generate (presets[e], levels[l], 3, 60, seed);
            g_autofree char *text_a = dump (a);
            g_autofree char *text_b = dump (b);

            g_assert_cmpstr (text_a, ==, text_b);
            g_hash_table_add (seen, g_steal_pointer (&text_a));
          }

        /* Different seeds give different plans, at least some of the time. */
        g_assert_cmpuint (g_hash_table_size (seen), >=, 3);
      }
}

/* DESIGN's example: a 3-day dumbbells-only beginner week. */
static void
test_dumbbell_beginner (void)
{
  g_autoptr(ScapulaPlan) plan = generate (SCAPULA_EQUIPMENT_PRESET_DUMBBELLS, SCAPULA_LEVEL_BEGINNER, 3, 45, 9);
  ScapulaEquipment allowed = scapula_equipment_preset_get_equipment (SCAPULA_EQUIPMENT_PRESET_DUMBBELLS);
  static const gboolean expected[7] = { TRUE, FALSE, TRUE, FALSE, TRUE, FALSE, FALSE };

  g_assert_cmpuint (allowed & (SCAPULA_EQUIPMENT_BARBELL | SCAPULA_EQUIPMENT_CABLE |
                               SCAPULA_EQUIPMENT_MACHINE | SCAPULA_EQUIPMENT_BAND |
                               SCAPULA_EQUIPMENT_PULL_UP_BAR | SCAPULA_EQUIPMENT_KETTLEBELL), ==, 0);

  for (guint d = 1; d <= 7; d++)
    {
      ScapulaPlanDay *day = scapula_plan_get_day (plan, d);
      guint n_strength = 0;

      g_assert_cmpint (scapula_plan_day_get_training (day), ==, expected[d - 1]);
      g_assert_cmpint (is_session (day), ==, expected[d - 1]);

      for (guint i = 0; i < scapula_plan_day_get_n_items (day); i++)
        {
          ScapulaPlanItem *item = scapula_plan_day_get_item (day, i);
          ScapulaExercise *exercise = scapula_catalog_lookup (catalog, scapula_plan_item_get_exercise (item));
          ScapulaEquipment equipment = scapula_exercise_get_equipment (exercise);

          g_assert_cmpuint (equipment & ~allowed, ==, 0);
          if (scapula_exercise_get_kind (exercise) != SCAPULA_EXERCISE_KIND_STRENGTH)
            continue;

          n_strength++;
          g_assert_true (equipment & SCAPULA_EQUIPMENT_DUMBBELL);
          g_assert_cmpint (scapula_exercise_get_level (exercise), ==, SCAPULA_LEVEL_BEGINNER);
          g_assert_cmpuint (scapula_plan_item_get_prescription (item)->sets, <=, 2);
        }

      if (expected[d - 1])
        {
          /* row, isolation, finisher */
          g_assert_cmpuint (n_strength, ==, 3);
          g_assert_cmpuint (scapula_plan_day_estimate_minutes (day), <=, 45);
        }
    }
}

/* Days beyond three are mobility days between the sessions. */
static void
test_mobility_days (void)
{
  static const struct {
    guint days;
    const char *layout;  /* Monday to Sunday: S session, M mobility, - rest */
  } layouts[] = {
    { 2, "S--S---" },
    { 3, "S-S-S--" },
    { 4, "S-S-SM-" },
    { 5, "SMS-SM-" },
    { 6, "SMSMSM-" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (layouts); i++)
    {
      g_autoptr(ScapulaPlan) plan = generate (SCAPULA_EQUIPMENT_PRESET_HOME, SCAPULA_LEVEL_INTERMEDIATE,
                                              layouts[i].days, 60, 5);

      for (guint d = 1; d <= 7; d++)
        {
          ScapulaPlanDay *day = scapula_plan_get_day (plan, d);
          char kind = layouts[i].layout[d - 1];

          g_assert_cmpint (scapula_plan_day_get_training (day), ==, kind != '-');
          g_assert_cmpint (is_session (day), ==, kind == 'S');
          if (kind == 'M')
            {
              g_assert_cmpuint (scapula_plan_day_get_n_items (day), >=, 3);
              g_assert_cmpint (scapula_plan_item_get_role (scapula_plan_day_get_item (day, 0)), ==,
                               SCAPULA_PLAN_ROLE_MOBILITY);
            }
        }
    }
}

/* Shorter sessions get less work; when the time allows it, the estimate
 * stays within the minutes asked for.
 */
static void
test_minutes (void)
{
  for (guint e = 0; e < G_N_ELEMENTS (presets); e++)
    for (guint l = 0; l < G_N_ELEMENTS (levels); l++)
      for (guint s = 0; s < G_N_ELEMENTS (seeds); s++)
        {
          guint previous_sets = 0;

          for (guint m = 0; m < G_N_ELEMENTS (minutes); m++)
            {
              g_autoptr(ScapulaPlan) plan = generate (presets[e], levels[l], 3, minutes[m], seeds[s]);
              guint sets = 0;

              for (guint d = 1; d <= 7; d++)
                {
                  ScapulaPlanDay *day = scapula_plan_get_day (plan, d);

                  if (!is_session (day))
                    continue;

                  /* Below these, the leanest session the rules allow can
                   * run over: the rules win over the clock. */
                  if (minutes[m] >= 45 || (minutes[m] >= 30 && levels[l] == SCAPULA_LEVEL_BEGINNER))
                    g_assert_cmpuint (scapula_plan_day_estimate_minutes (day), <=, minutes[m]);

                  for (guint i = 0; i < scapula_plan_day_get_n_items (day); i++)
                    sets += scapula_plan_item_get_prescription (scapula_plan_day_get_item (day, i))->sets;
                }

              g_assert_cmpuint (sets, >=, previous_sets);
              previous_sets = sets;
            }
        }
}

static void
test_estimate (void)
{
  g_autoptr(GDate) start = g_date_new_dmy (5, G_DATE_JANUARY, 2026);
  g_autoptr(ScapulaPlan) plan = scapula_plan_new ("Estimate", start);
  ScapulaPlanDay *day = scapula_plan_get_day (plan, 1);
  ScapulaPrescription row = { .sets = 3, .reps_min = 10, .reps_max = 10, .rest_seconds = 60,
                              .warmup_sets = 1, .progression = SCAPULA_PROGRESSION_DOUBLE };
  ScapulaPrescription stretch = { .sets = 2, .hold_seconds = 30, .rest_seconds = 10, .per_side = TRUE };
  g_autoptr(ScapulaPlanItem) a = scapula_plan_item_new ("two-arm-dumbbell-row", &row);
  g_autoptr(ScapulaPlanItem) b = scapula_plan_item_new ("seated-twist", &stretch);

  g_assert_cmpuint (scapula_plan_day_estimate_minutes (day), ==, 0);

  /* 3 × (30 s + 60 s) + 1 × (30 s + 45 s) + 30 s = 375 s */
  scapula_plan_day_append (day, a);
  g_assert_cmpuint (scapula_plan_day_estimate_minutes (day), ==, 7);

  /* + 2 × (60 s + 10 s) + 30 s = 545 s */
  scapula_plan_day_append (day, b);
  g_assert_cmpuint (scapula_plan_day_estimate_minutes (day), ==, 10);
}

static void
test_explain (void)
{
  static const struct {
    const char     *slug;
    ScapulaPlanRole role;
    const char     *expect;
  } cases[] = {
    { "two-arm-dumbbell-row", SCAPULA_PLAN_ROLE_FOUNDATION_ROW, "Foundation row" },
    { "pull-up", SCAPULA_PLAN_ROLE_VERTICAL_PULL, "Vertical pull" },
    { "incline-dumbbell-row", SCAPULA_PLAN_ROLE_ISOLATION, "Isolation" },
    { "face-pull", SCAPULA_PLAN_ROLE_ISOLATION, "machine" },
    { "dumbbell-shrug", SCAPULA_PLAN_ROLE_HEAVY_FINISHER, "finisher" },
    { "dumbbell-romanian-deadlift", SCAPULA_PLAN_ROLE_HIP_HINGE, "Hip hinge" },
    { "light-cardio", SCAPULA_PLAN_ROLE_WARM_UP, "cardio" },
    { "arm-circles", SCAPULA_PLAN_ROLE_WARM_UP, "Arm" },
    { "cat-cow", SCAPULA_PLAN_ROLE_COOL_DOWN, "15 to 30 seconds" },
    { "cat-cow", SCAPULA_PLAN_ROLE_MOBILITY, "Mobility" },
    { "cat-cow", SCAPULA_PLAN_ROLE_NONE, "stretch" },
    { "seal-row", SCAPULA_PLAN_ROLE_NONE, "strength" },
    { "user-towel-row", SCAPULA_PLAN_ROLE_NONE, "user-towel-row" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      ScapulaPrescription p = { .sets = 2, .reps_min = 8, .reps_max = 12 };
      g_autoptr(ScapulaPlanItem) item = scapula_plan_item_new (cases[i].slug, &p);
      g_autofree char *why = NULL;

      scapula_plan_item_set_role (item, cases[i].role);
      why = scapula_plan_item_explain (item, catalog);
      if (strstr (why, cases[i].expect) == NULL)
        g_error ("“%s” does not mention “%s”", why, cases[i].expect);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  catalog = scapula_catalog_new_from_resource ("/io/github/scapula/Scapula/catalog/catalog.xml", &error);
  g_assert_no_error (error);

  g_test_add_func ("/plan-generator/all-combinations", test_all_combinations);
  g_test_add_func ("/plan-generator/deterministic", test_deterministic);
  g_test_add_func ("/plan-generator/dumbbell-beginner", test_dumbbell_beginner);
  g_test_add_func ("/plan-generator/mobility-days", test_mobility_days);
  g_test_add_func ("/plan-generator/minutes", test_minutes);
  g_test_add_func ("/plan-generator/estimate", test_estimate);
  g_test_add_func ("/plan-generator/explain", test_explain);

  ret = g_test_run ();
  g_object_unref (catalog);

  return ret;
}
