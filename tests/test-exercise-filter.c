/* test-exercise-filter.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "scapula-catalog.h"
#include "scapula-exercise-filter.h"
#include "scapula-muscle-info.h"
#include "scapula-vocabulary.h"

static GPtrArray *
matching (ScapulaCatalog        *catalog,
          ScapulaExerciseFilter *filter)
{
  GPtrArray *slugs = g_ptr_array_new ();
  guint n = g_list_model_get_n_items (G_LIST_MODEL (catalog));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ScapulaExercise) exercise = g_list_model_get_item (G_LIST_MODEL (catalog), i);

      if (scapula_exercise_filter_match (filter, exercise))
        g_ptr_array_add (slugs, (gpointer) scapula_exercise_get_slug (exercise));
    }

  return slugs;
}

static gboolean
contains (GPtrArray  *slugs,
          const char *slug)
{
  return g_ptr_array_find_with_equal_func (slugs, slug, g_str_equal, NULL);
}

static void
test_filter_search (void)
{
  g_autoptr(ScapulaCatalog) catalog = scapula_catalog_new_default ();
  g_autoptr(ScapulaExerciseFilter) filter = scapula_exercise_filter_new ();
  static const struct { const char *text; const char *must; const char *must_not; } cases[] = {
    { "seal", "seal-row", "yates-row" },
    { "SEAL ROW", "seal-row", "pull-up" },
    { "row seal", "seal-row", "kroc-row" },               /* words in any order */
    { "bent-over", "bent-over-barbell-row", "seal-row" },
    { "bent over", "bent-over-barbell-row", "seal-row" },  /* punctuation ignored */
    { "kroc rows", "kroc-row", NULL },                     /* an alias */
    { "hyperextension", "back-extension", NULL },          /* an alias only */
    { "middle back shrug", "dumbbell-shrug", NULL },
    { "farmer’s", "farmers-carry", NULL },
    { "child", "childs-pose", "cat-cow" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) slugs = NULL;

      scapula_exercise_filter_set_search_text (filter, cases[i].text);
      slugs = matching (catalog, filter);
      g_test_message ("search “%s”: %u matches", cases[i].text, slugs->len);
      g_assert_true (contains (slugs, cases[i].must));
      if (cases[i].must_not != NULL)
        g_assert_false (contains (slugs, cases[i].must_not));
    }

  /* Nothing matches nonsense; an empty search matches everything. */
  {
    g_autoptr(GPtrArray) none = NULL;
    g_autoptr(GPtrArray) all = NULL;

    scapula_exercise_filter_set_search_text (filter, "zzzz");
    none = matching (catalog, filter);
    g_assert_cmpuint (none->len, ==, 0);

    scapula_exercise_filter_set_search_text (filter, "   ");
    all = matching (catalog, filter);
    g_assert_cmpuint (all->len, ==, g_list_model_get_n_items (G_LIST_MODEL (catalog)));
  }
}

static void
test_filter_criteria (void)
{
  g_autoptr(ScapulaCatalog) catalog = scapula_catalog_new_default ();
  g_autoptr(ScapulaExerciseFilter) filter = scapula_exercise_filter_new ();
  g_autoptr(GPtrArray) slugs = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (catalog));

  /* Every criterion narrows to exactly the exercises that have the property. */
  scapula_exercise_filter_set_kind (filter, SCAPULA_EXERCISE_KIND_STRETCH);
  slugs = matching (catalog, filter);
  g_assert_true (contains (slugs, "childs-pose"));
  g_assert_false (contains (slugs, "seal-row"));
  for (guint i = 0; i < slugs->len; i++)
    g_assert_cmpint (scapula_exercise_get_kind (scapula_catalog_lookup (catalog, slugs->pdata[i])),
                     ==, SCAPULA_EXERCISE_KIND_STRETCH);
  g_clear_pointer (&slugs, g_ptr_array_unref);
  g_assert_cmpuint (scapula_exercise_filter_count_criteria (filter), ==, 1);

  scapula_exercise_filter_reset (filter);
  scapula_exercise_filter_set_equipment (filter, SCAPULA_EQUIPMENT_PULL_UP_BAR);
  slugs = matching (catalog, filter);
  g_assert_true (contains (slugs, "pull-up"));
  g_assert_true (contains (slugs, "chin-up"));
  g_assert_false (contains (slugs, "seal-row"));
  g_clear_pointer (&slugs, g_ptr_array_unref);

  /* Dumbbell OR bench: either piece of equipment is enough. */
  scapula_exercise_filter_set_equipment (filter, SCAPULA_EQUIPMENT_DUMBBELL | SCAPULA_EQUIPMENT_PULL_UP_BAR);
  slugs = matching (catalog, filter);
  g_assert_true (contains (slugs, "pull-up"));
  g_assert_true (contains (slugs, "one-arm-dumbbell-row"));
  g_assert_false (contains (slugs, "bent-over-barbell-row"));
  g_clear_pointer (&slugs, g_ptr_array_unref);

  scapula_exercise_filter_reset (filter);
  scapula_exercise_filter_set_muscle (filter, SCAPULA_MUSCLE_RHOMBOID_MAJOR);
  slugs = matching (catalog, filter);
  g_assert_cmpuint (slugs->len, >, 10);
  for (guint i = 0; i < slugs->len; i++)
    g_assert_cmpfloat (scapula_exercise_get_muscle_weight (scapula_catalog_lookup (catalog, slugs->pdata[i]),
                                                           SCAPULA_MUSCLE_RHOMBOID_MAJOR), >, 0.0);
  g_clear_pointer (&slugs, g_ptr_array_unref);

  /* Criteria combine with AND, and with the search text. */
  scapula_exercise_filter_set_level (filter, SCAPULA_LEVEL_BEGINNER);
  scapula_exercise_filter_set_pattern (filter, SCAPULA_MOVEMENT_PATTERN_HORIZONTAL_ROW);
  scapula_exercise_filter_set_search_text (filter, "incline");
  slugs = matching (catalog, filter);
  g_assert_cmpuint (slugs->len, ==, 1);
  g_assert_cmpstr (slugs->pdata[0], ==, "incline-dumbbell-row");
  g_assert_cmpuint (scapula_exercise_filter_count_criteria (filter), ==, 3);
  g_clear_pointer (&slugs, g_ptr_array_unref);

  scapula_exercise_filter_reset (filter);
  slugs = matching (catalog, filter);
  g_assert_cmpuint (slugs->len, ==, n);
  g_assert_cmpuint (scapula_exercise_filter_count_criteria (filter), ==, 0);
}

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
}

static void
test_filter_notify (void)
{
  g_autoptr(ScapulaExerciseFilter) filter = scapula_exercise_filter_new ();
  guint count = 0;

  g_signal_connect (filter, "notify", G_CALLBACK (notify_cb), &count);

  scapula_exercise_filter_set_search_text (filter, "row");
  g_assert_cmpuint (count, ==, 1);
  scapula_exercise_filter_set_search_text (filter, "row");
  g_assert_cmpuint (count, ==, 1);
  scapula_exercise_filter_set_level (filter, SCAPULA_LEVEL_BEGINNER);
  scapula_exercise_filter_set_level (filter, SCAPULA_LEVEL_BEGINNER);
  g_assert_cmpuint (count, ==, 2);
  scapula_exercise_filter_set_muscle (filter, -7);   /* clamped to “any”: no change */
  g_assert_cmpuint (count, ==, 2);

  g_assert_finalize_object (g_steal_pointer (&filter));
}

static void
test_muscle_info (void)
{
  ScapulaMuscleInfo info;

  /* Seed 001's facts for the rhomboids. */
  scapula_muscle_get_info (SCAPULA_MUSCLE_RHOMBOID_MAJOR, &info);
  g_assert_nonnull (strstr (info.origin, "T2 to T5"));
  g_assert_nonnull (strstr (info.insertion, "medial"));
  g_assert_cmpstr (info.source, ==, "001");
  scapula_muscle_get_info (SCAPULA_MUSCLE_RHOMBOID_MINOR, &info);
  g_assert_nonnull (strstr (info.origin, "C7 and T1"));

  for (int m = 0; m < SCAPULA_N_MUSCLES; m++)
    {
      scapula_muscle_get_info (m, &info);
      g_assert_true (info.origin != NULL && info.origin[0] != '\0');
      g_assert_true (info.insertion != NULL && info.insertion[0] != '\0');
      g_assert_true (info.function != NULL && info.function[0] != '\0');
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/exercise-filter/search", test_filter_search);
  g_test_add_func ("/exercise-filter/criteria", test_filter_criteria);
  g_test_add_func ("/exercise-filter/notify", test_filter_notify);
  g_test_add_func ("/exercise-filter/muscle-info", test_muscle_info);

  return g_test_run ();
}
