/* test-catalog.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "scapula-catalog.h"
#include "scapula-enums.h"
#include "scapula-vocabulary.h"

/* Every name DESIGN.md §2 lists, written as the design (or the seed) writes
 * it, and the entry it must find. The lookup ignores case and punctuation,
 * so these also prove the aliases cover the seeds' spellings.
 */
static const struct {
  const char *name;
  const char *slug;
} design_names[] = {
  /* Rows, dumbbell */
  { "Two-arm bent-over dumbbell row", "two-arm-dumbbell-row" },
  { "Bent Over Two-Dumbbell Row", "two-arm-dumbbell-row" },
  { "Bent Over Two-Dumbbell Row With Palms In", "two-arm-dumbbell-row-neutral" },
  { "Two-arm dumbbell row with neutral grip", "two-arm-dumbbell-row-neutral" },
  { "Incline dumbbell row", "incline-dumbbell-row" },
  { "Dumbbell Incline Row", "incline-dumbbell-row" },
  { "Chest-supported dumbbell row", "incline-dumbbell-row" },
  { "One-arm dumbbell row", "one-arm-dumbbell-row" },
  { "Kroc row", "kroc-row" },
  { "Unilateral dead-stop row", "dead-stop-row" },
  { "Renegade row", "renegade-row" },
  { "Elevated plank row", "elevated-plank-row" },
  /* Rows, barbell, machine, cable, body weight */
  { "Bent-over barbell row", "bent-over-barbell-row" },
  { "Yates row", "yates-row" },
  { "Seal row", "seal-row" },
  { "Meadows row", "meadows-row" },
  { "T-bar row", "t-bar-row" },
  { "Seated chest-supported row", "chest-supported-machine-row" },
  { "Seated cable row", "seated-cable-row" },
  { "TRX inverted row", "trx-inverted-row" },
  /* Isolation and shrugs */
  { "Dumbbell lying one-arm rear lateral raise", "lying-rear-lateral-raise" },
  { "Bent-over reverse fly", "bent-over-reverse-fly" },
  { "Prone incline reverse fly", "prone-incline-reverse-fly" },
  { "Middle back shrug", "dumbbell-shrug" },
  { "Dumbbell shrug", "dumbbell-shrug" },
  { "Face pull", "face-pull" },
  { "Cable face pull", "face-pull" },
  { "Band face pull", "face-pull" },
  /* Vertical pulls */
  { "Pull-up", "pull-up" },
  { "Chin-up", "chin-up" },
  { "Assisted pull-up", "assisted-pull-up" },
  { "Wide-grip lat pulldown", "wide-grip-lat-pulldown" },
  { "Half-kneeling single-arm lat pulldown", "half-kneeling-lat-pulldown" },
  /* Hinges and carries */
  { "Conventional deadlift", "deadlift" },
  { "Trap-bar deadlift", "trap-bar-deadlift" },
  { "Single-arm dumbbell deadlift", "single-arm-dumbbell-deadlift" },
  { "Dumbbell Romanian deadlift", "dumbbell-romanian-deadlift" },
  { "Light hip hinge", "hip-hinge" },
  { "Back extension", "back-extension" },
  { "Hyperextension", "back-extension" },
  { "Glute bridge", "glute-bridge" },
  { "Farmer's carry", "farmers-carry" },
  { "Static grip hold", "static-grip-hold" },
  /* Warm-up */
  { "Light cardio", "light-cardio" },
  { "Arm circles", "arm-circles" },
  { "Arm swings", "arm-circles" },
  { "Band pull-apart", "band-pull-apart" },
  { "Wall slide", "wall-slide" },
  { "Foam rolling of the upper back", "foam-roll-upper-back" },
  /* Stretches and cool-down */
  { "Cat-cow", "cat-cow" },
  { "Child's pose", "childs-pose" },
  { "Thoracic extension with hands behind the head", "thoracic-extension" },
  { "Seated twist", "seated-twist" },
  { "Thread the needle", "thread-the-needle" },
  { "Side stretch", "side-stretch" },
  { "Lateral stretch", "side-stretch" },
  { "Doorway stretch", "doorway-stretch" },
  { "Knee-to-chest", "knee-to-chest" },
  { "Rotational stretch", "rotational-stretch" },
};

/* The numbers the seeds give (DESIGN.md §2); max 0 means open-ended. */
static const struct {
  const char      *slug;
  ScapulaDoseType  type;
  guint            min;
  guint            max;
  const char      *source;
} seed_doses[] = {
  { "bent-over-barbell-row", SCAPULA_DOSE_TYPE_REPS, 6, 12, "001" },
  { "seal-row", SCAPULA_DOSE_TYPE_REPS, 8, 12, "001" },
  { "meadows-row", SCAPULA_DOSE_TYPE_REPS, 6, 12, "001" },
  { "chest-supported-machine-row", SCAPULA_DOSE_TYPE_REPS, 8, 15, "001" },
  { "kroc-row", SCAPULA_DOSE_TYPE_REPS, 8, 0, "001" },
  { "yates-row", SCAPULA_DOSE_TYPE_REPS, 6, 15, "001" },
  { "dead-stop-row", SCAPULA_DOSE_TYPE_REPS, 8, 16, "001" },
  { "half-kneeling-lat-pulldown", SCAPULA_DOSE_TYPE_REPS, 8, 16, "001" },
  { "trx-inverted-row", SCAPULA_DOSE_TYPE_REPS, 8, 16, "001" },
  { "one-arm-dumbbell-row", SCAPULA_DOSE_TYPE_REPS, 8, 12, "004" },
  { "incline-dumbbell-row", SCAPULA_DOSE_TYPE_REPS, 8, 12, "004" },
  { "dumbbell-romanian-deadlift", SCAPULA_DOSE_TYPE_REPS, 8, 12, "004" },
  { "renegade-row", SCAPULA_DOSE_TYPE_REPS, 8, 12, "004" },
  { "light-cardio", SCAPULA_DOSE_TYPE_DURATION, 180, 300, "004" },
};

static ScapulaCatalog *
load_catalog (void)
{
  g_autoptr(GError) error = NULL;
  ScapulaCatalog *catalog;

  catalog = scapula_catalog_new_from_resource ("/io/github/scapula/Scapula/catalog/catalog.xml",
                                               &error);
  g_assert_no_error (error);
  g_assert_nonnull (catalog);

  return catalog;
}

static void
test_catalog_design_names (void)
{
  g_autoptr(ScapulaCatalog) catalog = load_catalog ();
  g_autoptr(GString) failures = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (design_names); i++)
    {
      ScapulaExercise *exercise = scapula_catalog_lookup_name (catalog, design_names[i].name);

      if (exercise == NULL)
        g_string_append_printf (failures, "“%s” does not resolve; ", design_names[i].name);
      else if (g_strcmp0 (scapula_exercise_get_slug (exercise), design_names[i].slug) != 0)
        g_string_append_printf (failures, "“%s” resolves to %s, not %s; ", design_names[i].name,
                                scapula_exercise_get_slug (exercise), design_names[i].slug);
    }

  g_assert_cmpstr (failures->str, ==, "");
}

static void
test_catalog_required_fields (void)
{
  g_autoptr(ScapulaCatalog) catalog = load_catalog ();
  g_autoptr(GHashTable) slugs = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (catalog));

  g_assert_cmpuint (n, >=, G_N_ELEMENTS (seed_doses));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ScapulaExercise) exercise = g_list_model_get_item (G_LIST_MODEL (catalog), i);
      const char *slug = scapula_exercise_get_slug (exercise);
      const ScapulaMuscleLoad *muscles;
      const ScapulaDose *dose = scapula_exercise_get_dose (exercise);
      const char * const *sources = scapula_exercise_get_sources (exercise);
      guint n_muscles, n_primary = 0;

      g_test_message ("checking %s", slug);

      /* Unique, stable, URL-safe slugs. */
      g_assert_true (g_hash_table_add (slugs, (gpointer) slug));
      g_assert_true (g_regex_match_simple ("^[a-z0-9]+(-[a-z0-9]+)*$", slug, 0, 0));

      g_assert_nonnull (scapula_exercise_get_name (exercise));
      g_assert_cmpstr (scapula_exercise_get_name (exercise), !=, "");

      /* Every exercise has a primary muscle; every muscle is a known one. */
      muscles = scapula_exercise_get_muscles (exercise, &n_muscles);
      g_assert_cmpuint (n_muscles, >=, 1);
      for (guint j = 0; j < n_muscles; j++)
        {
          g_assert_cmpint (muscles[j].muscle, >=, 0);
          g_assert_cmpint (muscles[j].muscle, <, SCAPULA_N_MUSCLES);
          g_assert_nonnull (scapula_muscle_get_label (muscles[j].muscle));
          if (muscles[j].role == SCAPULA_MUSCLE_ROLE_PRIMARY)
            n_primary++;
          g_assert_cmpfloat (scapula_exercise_get_muscle_weight (exercise, muscles[j].muscle), ==,
                             muscles[j].role == SCAPULA_MUSCLE_ROLE_PRIMARY ? 1.0 : 0.5);
        }
      g_assert_cmpuint (n_primary, >=, 1);

      /* A dose that says where it comes from, when it comes from a seed. */
      g_assert_nonnull (dose);
      g_assert_cmpuint (dose->min, >=, 1);
      g_assert_true (dose->max == 0 || dose->max >= dose->min);
      if (dose->source != NULL)
        g_assert_nonnull (scapula_catalog_get_source_title (catalog, dose->source));

      /* Stretches are held, warm-up moves and strength work are not. */
      if (scapula_exercise_get_kind (exercise) == SCAPULA_EXERCISE_KIND_STRETCH)
        g_assert_cmpint (dose->type, ==, SCAPULA_DOSE_TYPE_HOLD);
      if (scapula_exercise_get_kind (exercise) == SCAPULA_EXERCISE_KIND_STRENGTH &&
          scapula_exercise_get_pattern (exercise) == SCAPULA_MOVEMENT_PATTERN_HORIZONTAL_ROW)
        g_assert_cmpint (dose->type, ==, SCAPULA_DOSE_TYPE_REPS);

      /* Form steps, cues, mistakes and substitutes that resolve. */
      g_assert_cmpuint (g_strv_length ((GStrv) scapula_exercise_get_steps (exercise)), >=, 3);
      g_assert_cmpuint (g_strv_length ((GStrv) scapula_exercise_get_steps (exercise)), <=, 5);
      g_assert_cmpuint (g_strv_length ((GStrv) scapula_exercise_get_cues (exercise)), >=, 2);
      g_assert_cmpuint (g_strv_length ((GStrv) scapula_exercise_get_mistakes (exercise)), >=, 2);
      g_assert_cmpuint (g_strv_length ((GStrv) scapula_exercise_get_substitutes (exercise)), >=, 2);
      for (guint j = 0; scapula_exercise_get_substitutes (exercise)[j] != NULL; j++)
        {
          const char *sub = scapula_exercise_get_substitutes (exercise)[j];

          g_assert_nonnull (scapula_catalog_lookup (catalog, sub));
          g_assert_cmpstr (sub, !=, slug);
        }

      /* Every entry comes from at least one seed article. */
      g_assert_cmpuint (g_strv_length ((GStrv) sources), >=, 1);
      for (guint j = 0; sources[j] != NULL; j++)
        g_assert_nonnull (scapula_catalog_get_source_title (catalog, sources[j]));
    }
}

static void
test_catalog_seed_doses (void)
{
  g_autoptr(ScapulaCatalog) catalog = load_catalog ();

  for (guint i = 0; i < G_N_ELEMENTS (seed_doses); i++)
    {
      ScapulaExercise *exercise = scapula_catalog_lookup (catalog, seed_doses[i].slug);
      const ScapulaDose *dose;

      g_assert_nonnull (exercise);
      dose = scapula_exercise_get_dose (exercise);
      g_test_message ("checking %s", seed_doses[i].slug);
      g_assert_cmpint (dose->type, ==, seed_doses[i].type);
      g_assert_cmpuint (dose->min, ==, seed_doses[i].min);
      g_assert_cmpuint (dose->max, ==, seed_doses[i].max);
      g_assert_cmpstr (dose->source, ==, seed_doses[i].source);
    }
}

static void
test_catalog_stretch_holds (void)
{
  g_autoptr(ScapulaCatalog) catalog = load_catalog ();
  guint n = g_list_model_get_n_items (G_LIST_MODEL (catalog));
  guint n_stretches = 0;

  /* Seed 004: hold each stretch 15 to 30 seconds, 2 to 3 times. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ScapulaExercise) exercise = g_list_model_get_item (G_LIST_MODEL (catalog), i);
      const ScapulaDose *dose = scapula_exercise_get_dose (exercise);

      if (scapula_exercise_get_kind (exercise) != SCAPULA_EXERCISE_KIND_STRETCH)
        continue;

      n_stretches++;
      g_test_message ("checking %s", scapula_exercise_get_slug (exercise));
      g_assert_cmpuint (dose->min, ==, 15);
      g_assert_cmpuint (dose->max, ==, 30);
      g_assert_cmpuint (dose->sets_min, ==, 2);
      g_assert_cmpuint (dose->sets_max, ==, 3);
    }

  g_assert_cmpuint (n_stretches, >=, 9);
}

static void
test_catalog_seed_levels (void)
{
  g_autoptr(ScapulaCatalog) catalog = load_catalog ();
  /* Seed 000 marks these levels. */
  static const struct { const char *slug; ScapulaLevel level; } levels[] = {
    { "two-arm-dumbbell-row", SCAPULA_LEVEL_BEGINNER },
    { "two-arm-dumbbell-row-neutral", SCAPULA_LEVEL_BEGINNER },
    { "incline-dumbbell-row", SCAPULA_LEVEL_BEGINNER },
    { "lying-rear-lateral-raise", SCAPULA_LEVEL_INTERMEDIATE },
    { "dumbbell-shrug", SCAPULA_LEVEL_INTERMEDIATE },
    { "one-arm-dumbbell-row", SCAPULA_LEVEL_BEGINNER },
  };

  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    {
      ScapulaExercise *exercise = scapula_catalog_lookup (catalog, levels[i].slug);

      g_assert_nonnull (exercise);
      g_assert_cmpint (scapula_exercise_get_level (exercise), ==, levels[i].level);
    }
}

static void
test_catalog_unilateral (void)
{
  g_autoptr(ScapulaCatalog) catalog = load_catalog ();
  static const char *one_sided[] = {
    "one-arm-dumbbell-row", "kroc-row", "dead-stop-row", "meadows-row",
    "lying-rear-lateral-raise", "half-kneeling-lat-pulldown", "single-arm-dumbbell-deadlift",
  };
  static const char *two_sided[] = {
    "two-arm-dumbbell-row", "bent-over-barbell-row", "seal-row", "pull-up", "deadlift",
  };

  for (guint i = 0; i < G_N_ELEMENTS (one_sided); i++)
    g_assert_cmpint (scapula_exercise_get_laterality (scapula_catalog_lookup (catalog, one_sided[i])),
                     ==, SCAPULA_LATERALITY_UNILATERAL);
  for (guint i = 0; i < G_N_ELEMENTS (two_sided); i++)
    g_assert_cmpint (scapula_exercise_get_laterality (scapula_catalog_lookup (catalog, two_sided[i])),
                     ==, SCAPULA_LATERALITY_BILATERAL);
}

static void
test_catalog_list_model (void)
{
  g_autoptr(ScapulaCatalog) catalog = load_catalog ();
  GListModel *model = G_LIST_MODEL (catalog);
  guint n = g_list_model_get_n_items (model);
  g_autoptr(ScapulaExercise) first = g_list_model_get_item (model, 0);

  g_assert_true (g_list_model_get_item_type (model) == SCAPULA_TYPE_EXERCISE);
  g_assert_null (g_list_model_get_item (model, n));
  g_assert_true (scapula_catalog_lookup (catalog, scapula_exercise_get_slug (first)) == first);
  g_assert_null (scapula_catalog_lookup (catalog, "no-such-exercise"));
  g_assert_null (scapula_catalog_lookup_name (catalog, "Underwater basket weaving"));
}

static void
test_catalog_normalize (void)
{
  static const struct { const char *in, *out; } cases[] = {
    { "Bent-Over Row", "bentoverrow" },
    { "  bent over   ROW ", "bentoverrow" },
    { "Farmer’s Carry", "farmerscarry" },
    { "Crème Brûlée", "cremebrulee" },
    { "T-Bar Row (Landmine)", "tbarrowlandmine" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *key = scapula_catalog_normalize_name (cases[i].in);

      g_assert_cmpstr (key, ==, cases[i].out);
    }
}

/* The shipped catalog comes with a picture for every form step (see
 * test-pose.c for what is checked in them); a catalog read from bytes
 * alone has none. */
static void
test_catalog_poses (void)
{
  g_autoptr(ScapulaCatalog) catalog = load_catalog ();
  static const char xml[] =
    "<catalog version=\"1\">\n<source id=\"001\" title=\"T\"/>\n"
    "<exercise id=\"a\" kind=\"strength\" pattern=\"hinge\" level=\"beginner\" laterality=\"bilateral\" "
    "grip=\"none\" support=\"standing\" sources=\"001\"><name>A</name>"
    "<muscle role=\"primary\">core</muscle><dose type=\"reps\" min=\"8\"/><step>S</step></exercise>\n"
    "</catalog>";
  g_autoptr(GBytes) bytes = g_bytes_new_static (xml, strlen (xml));
  g_autoptr(ScapulaCatalog) bare = scapula_catalog_new_from_bytes (bytes, NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (catalog));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ScapulaExercise) exercise = g_list_model_get_item (G_LIST_MODEL (catalog), i);
      guint n_steps = scapula_exercise_get_n_steps (exercise);

      g_test_message ("checking %s", scapula_exercise_get_slug (exercise));
      g_assert_cmpuint (n_steps, ==, g_strv_length ((GStrv) scapula_exercise_get_steps (exercise)));
      g_assert_nonnull (scapula_exercise_get_scene (exercise));
      for (guint step = 0; step < n_steps; step++)
        g_assert_nonnull (scapula_exercise_get_pose (exercise, step));
      g_assert_null (scapula_exercise_get_pose (exercise, n_steps));
    }

  g_assert_nonnull (bare);
  {
    ScapulaExercise *a = scapula_catalog_lookup (bare, "a");

    g_assert_cmpuint (scapula_exercise_get_n_steps (a), ==, 1);
    g_assert_null (scapula_exercise_get_scene (a));
    g_assert_null (scapula_exercise_get_pose (a, 0));
  }
}

/* The loader refuses bad files with a message that names the line. */
static void
test_catalog_invalid (void)
{
#define HEAD "<catalog version=\"1\">\n<source id=\"001\" title=\"T\"/>\n"
#define EX(extra, body) \
  "<exercise id=\"a\" kind=\"strength\" pattern=\"hinge\" level=\"beginner\" laterality=\"bilateral\" " \
  "grip=\"none\" support=\"standing\" sources=\"001\"" extra ">" body "</exercise>\n"
#define GOOD_BODY \
  "<name>A</name><muscle role=\"primary\">core</muscle><dose type=\"reps\" min=\"8\" max=\"12\"/><step>S</step>"
  static const struct { const char *xml; const char *message; } cases[] = {
    { HEAD EX ("", GOOD_BODY) "</catalog>", NULL },
    { HEAD EX ("", "<name>A</name>\n<muscle role=\"primary\">pecs</muscle>") "</catalog>",
      "line 4: unknown muscle" },
    { HEAD EX ("", "<name>A</name><muscle role=\"primary\">pecs</muscle>") "</catalog>",
      "unknown muscle “pecs”" },
    { HEAD EX (" extra=\"1\"", GOOD_BODY) "</catalog>", "line 3: " },
    { HEAD EX ("", GOOD_BODY) EX ("", GOOD_BODY) "</catalog>", "used twice" },
    { HEAD EX ("", GOOD_BODY "<substitute>b</substitute>") "</catalog>", "unknown substitute “b”" },
    { HEAD EX ("", GOOD_BODY "<substitute>a</substitute>") "</catalog>", "names itself" },
    { HEAD EX ("", "<name>A</name><dose type=\"reps\" min=\"8\"/><step>S</step>") "</catalog>",
      "no primary muscle" },
    { HEAD EX ("", "<name>A</name><muscle role=\"primary\">core</muscle><step>S</step>") "</catalog>",
      "no dose" },
    { HEAD EX ("", "<name>A</name><muscle role=\"primary\">core</muscle>"
               "<dose type=\"reps\" min=\"12\" max=\"8\"/><step>S</step>") "</catalog>",
      "below min" },
    { HEAD EX ("", "<name>A</name><muscle role=\"primary\">core</muscle>"
               "<dose type=\"reps\" min=\"-3\"/><step>S</step>") "</catalog>",
      "whole number" },
    { HEAD EX ("", GOOD_BODY "<equipment>spaceship</equipment>") "</catalog>", "unknown equipment" },
    { HEAD EX ("", GOOD_BODY "<alias>A</alias>") "</catalog>", NULL },
    { "<catalog version=\"2\"></catalog>", "unsupported catalog version" },
    { "<notacatalog/>", "unexpected element" },
    { HEAD "<exercise", "line 3" },
  };
#undef HEAD
#undef EX
#undef GOOD_BODY

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (cases[i].xml, strlen (cases[i].xml));
      g_autoptr(GError) error = NULL;
      g_autoptr(ScapulaCatalog) catalog = scapula_catalog_new_from_bytes (bytes, &error);

      g_test_message ("case %u", i);
      if (cases[i].message == NULL)
        {
          g_assert_no_error (error);
          g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (catalog)), ==, 1);
        }
      else
        {
          g_assert_null (catalog);
          g_assert_nonnull (error);
          if (strstr (error->message, cases[i].message) == NULL)
            g_error ("“%s” does not contain “%s”", error->message, cases[i].message);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/catalog/design-names", test_catalog_design_names);
  g_test_add_func ("/catalog/required-fields", test_catalog_required_fields);
  g_test_add_func ("/catalog/seed-doses", test_catalog_seed_doses);
  g_test_add_func ("/catalog/stretch-holds", test_catalog_stretch_holds);
  g_test_add_func ("/catalog/seed-levels", test_catalog_seed_levels);
  g_test_add_func ("/catalog/unilateral", test_catalog_unilateral);
  g_test_add_func ("/catalog/list-model", test_catalog_list_model);
  g_test_add_func ("/catalog/normalize", test_catalog_normalize);
  g_test_add_func ("/catalog/poses", test_catalog_poses);
  g_test_add_func ("/catalog/invalid", test_catalog_invalid);

  return g_test_run ();
}
