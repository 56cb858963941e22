/* test-pose.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "scapula-catalog.h"
#include "scapula-enums.h"
#include "scapula-pose.h"

/* How far, in body heights (about 3.5 cm), a contact may be off. */
#define TOLERANCE 0.02

static ScapulaCatalog *
load_catalog (void)
{
  g_autoptr(GError) error = NULL;
  ScapulaCatalog *catalog;

  catalog = scapula_catalog_new_from_resource ("/io/github/scapula/Scapula/catalog/catalog.xml", &error);
  g_assert_no_error (error);
  g_assert_nonnull (catalog);

  return catalog;
}

typedef void (*StepFunc) (ScapulaExercise    *exercise,
                          guint               step,
                          const ScapulaPose  *pose,
                          const ScapulaScene *scene,
                          GString            *failures);

/* Runs @func on every step of every exercise and fails with the list of
 * what went wrong, so that one run shows every bad pose. */
static void
for_each_step (StepFunc func)
{
  g_autoptr(ScapulaCatalog) catalog = load_catalog ();
  g_autoptr(GString) failures = g_string_new (NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (catalog));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ScapulaExercise) exercise = g_list_model_get_item (G_LIST_MODEL (catalog), i);
      const ScapulaScene *scene = scapula_exercise_get_scene (exercise);

      for (guint step = 0; step < scapula_exercise_get_n_steps (exercise); step++)
        {
          const ScapulaPose *pose = scapula_exercise_get_pose (exercise, step);

          if (scene == NULL || pose == NULL)
            {
              g_string_append_printf (failures, "%s step %u has no pose\n",
                                      scapula_exercise_get_slug (exercise), step + 1);
              continue;
            }

          func (exercise, step, pose, scene, failures);
        }
    }

  if (failures->len > 0)
    g_error ("%s", failures->str);
}

/* Every step of every exercise in the catalog has a pose. */
static void
check_present (ScapulaExercise    *exercise,
               guint               step,
               const ScapulaPose  *pose,
               const ScapulaScene *scene,
               GString            *failures)
{
  if (pose->n_items != scene->n_items)
    g_string_append_printf (failures, "%s step %u: %u items, the scene has %u\n",
                            scapula_exercise_get_slug (exercise), step + 1, pose->n_items, scene->n_items);
}

static void
test_pose_every_step (void)
{
  g_autoptr(ScapulaCatalog) catalog = load_catalog ();
  guint n = g_list_model_get_n_items (G_LIST_MODEL (catalog));

  g_assert_cmpuint (n, >=, 45);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ScapulaExercise) exercise = g_list_model_get_item (G_LIST_MODEL (catalog), i);
      guint n_steps = scapula_exercise_get_n_steps (exercise);

      g_test_message ("checking %s", scapula_exercise_get_slug (exercise));
      g_assert_nonnull (scapula_exercise_get_scene (exercise));
      g_assert_cmpuint (n_steps, >=, 3);
      for (guint step = 0; step < n_steps; step++)
        g_assert_nonnull (scapula_exercise_get_pose (exercise, step));
      g_assert_null (scapula_exercise_get_pose (exercise, n_steps));
    }

  for_each_step (check_present);
}

/* Every pose is within the joints' ranges. */
static void
check_limits (ScapulaExercise    *exercise,
              guint               step,
              const ScapulaPose  *pose,
              const ScapulaScene *scene,
              GString            *failures)
{
  g_autoptr(GError) error = NULL;

  if (!scapula_pose_validate (pose, &error))
    g_string_append_printf (failures, "%s step %u: %s\n",
                            scapula_exercise_get_slug (exercise), step + 1, error->message);
}

static void
test_pose_joint_limits (void)
{
  for_each_step (check_limits);
}

/* Every pose fits its scene: nothing below the floor, each contact the
 * step declares touches its support (the floor, a bench, a pad, a ball,
 * a roller, a wall), the hands meet what they hold, and something carries
 * the body. */
static void
check_contacts (ScapulaExercise    *exercise,
                guint               step,
                const ScapulaPose  *pose,
                const ScapulaScene *scene,
                GString            *failures)
{
  g_autoptr(GError) error = NULL;

  if (!scapula_pose_check_contacts (pose, scene, TOLERANCE, &error))
    g_string_append_printf (failures, "%s step %u: %s\n",
                            scapula_exercise_get_slug (exercise), step + 1, error->message);
}

static void
test_pose_contacts (void)
{
  for_each_step (check_contacts);
}

/* A body that rests only on what is under it does not tip over: its
 * centre of mass is over the span of its contacts. */
static void
check_balance (ScapulaExercise    *exercise,
               guint               step,
               const ScapulaPose  *pose,
               const ScapulaScene *scene,
               GString            *failures)
{
  ScapulaBody body;
  ScapulaVec3 com;
  double lo = G_MAXDOUBLE, hi = -G_MAXDOUBLE;

  for (guint i = 0; i < scene->n_items; i++)
    {
      ScapulaItemKind kind = scene->items[i].kind;

      /* Hanging, holding a frame or leaning on a wall is balanced by the
       * hands, not by the feet. */
      if (pose->items[i].hold != SCAPULA_HOLD_NONE &&
          (kind == SCAPULA_ITEM_PULL_UP_BAR || kind == SCAPULA_ITEM_STRAPS ||
           kind == SCAPULA_ITEM_LEVER || kind == SCAPULA_ITEM_CABLE || kind == SCAPULA_ITEM_LANDMINE))
        return;
    }

  scapula_pose_compute_body (pose, &body);
  scapula_body_get_center_of_mass (&body, &com);

  for (guint i = 0; i < pose->n_contacts; i++)
    {
      ScapulaVec3 center;
      double radius;

      /* A wall or door frame pushes back; the rollers of a back-extension
       * bench hold the heels down. */
      if (pose->contacts[i].support >= 0 &&
          (scene->items[pose->contacts[i].support].kind == SCAPULA_ITEM_WALL ||
           scene->items[pose->contacts[i].support].kind == SCAPULA_ITEM_DOORWAY ||
           scene->items[pose->contacts[i].support].kind == SCAPULA_ITEM_BACK_EXTENSION_BENCH))
        return;

      scapula_body_get_point (&body, pose->contacts[i].point, &center, &radius);
      lo = MIN (lo, center.x - radius);
      hi = MAX (hi, center.x + radius);
    }

  /* Weights held on the floor (a plank on dumbbells) carry the body too. */
  for (guint i = 0; i < scene->n_items; i++)
    {
      ScapulaVec3 where[2];
      guint n;

      if (pose->items[i].hold == SCAPULA_HOLD_NONE ||
          scapula_scene_get_item_bottom (scene, pose, &body, i) > TOLERANCE)
        continue;

      n = scapula_scene_locate_item (scene, pose, &body, i, where);
      for (guint k = 0; k < n; k++)
        {
          lo = MIN (lo, where[k].x - scene->items[i].size);
          hi = MAX (hi, where[k].x + scene->items[i].size);
        }
    }

  /* Held weights shift the balance a little; allow for it. */
  if (com.x < lo - 0.06 || com.x > hi + 0.06)
    g_string_append_printf (failures, "%s step %u: centre of mass at x = %.3f, support from %.3f to %.3f\n",
                            scapula_exercise_get_slug (exercise), step + 1, com.x, lo, hi);
}

static void
test_pose_balance (void)
{
  for_each_step (check_balance);
}

/* Halfway between two steps, and on the way back from the last step to
 * the first, the animation shows a valid pose. */
static void
test_pose_interpolation (void)
{
  g_autoptr(ScapulaCatalog) catalog = load_catalog ();
  guint n = g_list_model_get_n_items (G_LIST_MODEL (catalog));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ScapulaExercise) exercise = g_list_model_get_item (G_LIST_MODEL (catalog), i);
      guint n_steps = scapula_exercise_get_n_steps (exercise);

      for (guint step = 0; step < n_steps; step++)
        {
          const ScapulaPose *from = scapula_exercise_get_pose (exercise, step);
          const ScapulaPose *to = scapula_exercise_get_pose (exercise, (step + 1) % n_steps);
          g_autoptr(GError) error = NULL;
          ScapulaPose half, start, end;
          ScapulaBody body;

          g_test_message ("%s step %u to the next", scapula_exercise_get_slug (exercise), step + 1);

          scapula_pose_interpolate (from, to, 0.5, &half);
          g_assert_true (scapula_pose_validate (&half, &error));
          g_assert_no_error (error);
          g_assert_cmpfloat_with_epsilon (half.trunk, (from->trunk + to->trunk) / 2, 1e-9);
          g_assert_cmpfloat_with_epsilon (half.limbs[SCAPULA_LIMB_NEAR_ARM].bend,
                                          (from->limbs[SCAPULA_LIMB_NEAR_ARM].bend +
                                           to->limbs[SCAPULA_LIMB_NEAR_ARM].bend) / 2, 1e-9);

          scapula_pose_compute_body (&half, &body);
          for (guint j = 0; j < SCAPULA_N_JOINTS; j++)
            g_assert_true (isfinite (body.joints[j].x) && isfinite (body.joints[j].y) && isfinite (body.joints[j].z));

          /* The ends are the poses themselves. */
          scapula_pose_interpolate (from, to, 0, &start);
          scapula_pose_interpolate (from, to, 1, &end);
          g_assert_cmpmem (&start.limbs, sizeof start.limbs, &from->limbs, sizeof from->limbs);
          g_assert_cmpmem (&end.limbs, sizeof end.limbs, &to->limbs, sizeof to->limbs);
          g_assert_cmpfloat (start.hip_y, ==, from->hip_y);
          g_assert_cmpfloat (end.hip_x, ==, to->hip_x);
        }
    }
}

/* An item picked up from the floor travels from its place to the hands. */
static void
test_pose_pick_up (void)
{
  g_autoptr(ScapulaCatalog) catalog = load_catalog ();
  ScapulaExercise *deadlift = scapula_catalog_lookup (catalog, "deadlift");
  const ScapulaScene *scene = scapula_exercise_get_scene (deadlift);
  const ScapulaPose *standing = scapula_exercise_get_pose (deadlift, 0);
  const ScapulaPose *gripping = scapula_exercise_get_pose (deadlift, 1);
  ScapulaVec3 where[2], grip[2];
  ScapulaBody body;
  ScapulaPose pose;

  g_assert_cmpint (scene->items[0].kind, ==, SCAPULA_ITEM_BARBELL);
  g_assert_cmpint (standing->items[0].hold, ==, SCAPULA_HOLD_NONE);
  g_assert_cmpint (gripping->items[0].hold, ==, SCAPULA_HOLD_BOTH);

  scapula_pose_interpolate (standing, gripping, 0, &pose);
  scapula_pose_compute_body (&pose, &body);
  scapula_scene_locate_item (scene, &pose, &body, 0, where);
  g_assert_cmpfloat_with_epsilon (where[0].x, standing->items[0].position.x, 1e-9);
  g_assert_cmpfloat_with_epsilon (where[0].y, standing->items[0].position.y, 1e-9);

  scapula_pose_interpolate (standing, gripping, 1, &pose);
  scapula_pose_compute_body (&pose, &body);
  scapula_scene_locate_item (scene, &pose, &body, 0, where);
  grip[0] = body.joints[SCAPULA_JOINT_NEAR_GRIP];
  grip[1] = body.joints[SCAPULA_JOINT_FAR_GRIP];
  g_assert_cmpfloat_with_epsilon (where[0].x, (grip[0].x + grip[1].x) / 2, 1e-9);
  g_assert_cmpfloat_with_epsilon (where[0].y, (grip[0].y + grip[1].y) / 2, 1e-9);
}

/* What the step texts say about the shoulder blades, the poses do: where
 * a step squeezes, pinches or draws them back, the pose retracts them (and
 * the figure highlights them); where it pulls them down, the pose
 * depresses them; where it lets them spread, it does not retract them. */
static const char * const squeeze_phrases[] = {
  "blades back", "blade back", "blades together", "blades toward each other",
  "blade in toward the spine", "blade toward your spine", "blades pinched",
  "pinch the shoulder blades", "pinching the shoulder blades", "blades meet",
  "blades drawn back", "blades held back", "down and together",
  "pulled back and down", "pulled down and back", "blades down and back",
};

static const char * const down_phrases[] = {
  "blades pulled down", "blades down", "back and down", "down and back",
  "shoulders low", "shoulder stays low",
};

static const char * const spread_phrases[] = {
  "spread apart", "glide forward", "slide forward",
};

static gboolean
says (const char         *text,
      const char * const *phrases,
      guint               n)
{
  for (guint i = 0; i < n; i++)
    if (strstr (text, phrases[i]) != NULL)
      return TRUE;

  return FALSE;
}

static void
check_cue (ScapulaExercise    *exercise,
           guint               step,
           const ScapulaPose  *pose,
           const ScapulaScene *scene,
           GString            *failures)
{
  g_autofree char *text = g_utf8_strdown (scapula_exercise_get_steps (exercise)[step], -1);
  const char *slug = scapula_exercise_get_slug (exercise);

  if (says (text, squeeze_phrases, G_N_ELEMENTS (squeeze_phrases)) && pose->retraction < 0.5)
    g_string_append_printf (failures, "%s step %u squeezes the blades, the pose does not\n", slug, step + 1);
  if (says (text, down_phrases, G_N_ELEMENTS (down_phrases)) && pose->depression < 0.5)
    g_string_append_printf (failures, "%s step %u sets the blades down, the pose does not\n", slug, step + 1);
  if (says (text, spread_phrases, G_N_ELEMENTS (spread_phrases)) && pose->retraction > 0)
    g_string_append_printf (failures, "%s step %u spreads the blades, the pose squeezes them\n", slug, step + 1);
}

static void
test_pose_cues (void)
{
  g_autoptr(ScapulaCatalog) catalog = load_catalog ();
  guint n_squeezes = 0;

  for_each_step (check_cue);

  /* The phrase lists do find the rows' squeezes. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (catalog)); i++)
    {
      g_autoptr(ScapulaExercise) exercise = g_list_model_get_item (G_LIST_MODEL (catalog), i);
      const char * const *steps = scapula_exercise_get_steps (exercise);

      for (guint j = 0; steps[j] != NULL; j++)
        {
          g_autofree char *text = g_utf8_strdown (steps[j], -1);

          n_squeezes += says (text, squeeze_phrases, G_N_ELEMENTS (squeeze_phrases));
        }
    }
  g_assert_cmpuint (n_squeezes, >=, 20);
}

/* The scene shows the exercise's equipment and nothing it does not use. */
static void
test_pose_equipment (void)
{
  static const struct { ScapulaItemKind kind; ScapulaEquipment equipment; } kinds[] = {
    { SCAPULA_ITEM_BENCH, SCAPULA_EQUIPMENT_BENCH | SCAPULA_EQUIPMENT_INCLINE_BENCH },
    { SCAPULA_ITEM_DUMBBELL, SCAPULA_EQUIPMENT_DUMBBELL },
    { SCAPULA_ITEM_KETTLEBELL, SCAPULA_EQUIPMENT_KETTLEBELL },
    { SCAPULA_ITEM_BARBELL, SCAPULA_EQUIPMENT_BARBELL },
    { SCAPULA_ITEM_TRAP_BAR, SCAPULA_EQUIPMENT_TRAP_BAR },
    { SCAPULA_ITEM_LANDMINE, SCAPULA_EQUIPMENT_LANDMINE },
    { SCAPULA_ITEM_CABLE, SCAPULA_EQUIPMENT_CABLE },
    { SCAPULA_ITEM_BAND, SCAPULA_EQUIPMENT_BAND },
    { SCAPULA_ITEM_STRAPS, SCAPULA_EQUIPMENT_SUSPENSION_TRAINER },
    { SCAPULA_ITEM_PULL_UP_BAR, SCAPULA_EQUIPMENT_PULL_UP_BAR },
    { SCAPULA_ITEM_MAT, SCAPULA_EQUIPMENT_MAT },
    { SCAPULA_ITEM_FOAM_ROLLER, SCAPULA_EQUIPMENT_FOAM_ROLLER },
    { SCAPULA_ITEM_BALL, SCAPULA_EQUIPMENT_EXERCISE_BALL },
    { SCAPULA_ITEM_WALL, SCAPULA_EQUIPMENT_WALL },
    { SCAPULA_ITEM_DOORWAY, SCAPULA_EQUIPMENT_DOORWAY },
    { SCAPULA_ITEM_BACK_EXTENSION_BENCH, SCAPULA_EQUIPMENT_BACK_EXTENSION_BENCH },
    { SCAPULA_ITEM_PAD, SCAPULA_EQUIPMENT_MACHINE | SCAPULA_EQUIPMENT_CABLE },
    { SCAPULA_ITEM_ROLLER_PAD, SCAPULA_EQUIPMENT_MACHINE | SCAPULA_EQUIPMENT_CABLE },
    { SCAPULA_ITEM_LEVER, SCAPULA_EQUIPMENT_MACHINE },
  };
  g_autoptr(ScapulaCatalog) catalog = load_catalog ();
  guint n = g_list_model_get_n_items (G_LIST_MODEL (catalog));

  g_assert_cmpuint (G_N_ELEMENTS (kinds), ==, SCAPULA_N_ITEM_KINDS);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ScapulaExercise) exercise = g_list_model_get_item (G_LIST_MODEL (catalog), i);
      const ScapulaScene *scene = scapula_exercise_get_scene (exercise);
      ScapulaEquipment equipment = scapula_exercise_get_equipment (exercise);
      ScapulaEquipment drawn = SCAPULA_EQUIPMENT_NONE;

      g_test_message ("checking %s", scapula_exercise_get_slug (exercise));

      for (guint j = 0; j < scene->n_items; j++)
        {
          g_assert_cmpint (kinds[scene->items[j].kind].kind, ==, scene->items[j].kind);
          g_assert_cmpuint (kinds[scene->items[j].kind].equipment & equipment, !=, 0);
          drawn |= kinds[scene->items[j].kind].equipment & equipment;
        }

      /* Something of what the exercise needs is in the picture. */
      if (equipment != SCAPULA_EQUIPMENT_NONE)
        g_assert_cmpuint (drawn, !=, 0);
    }
}

/* Spot checks that the poses show what the steps say. */
static const struct
{
  const char       *slug;
  guint             step;      /* counted from 1, like the steps' text */
  const char       *point;
  int               kind;      /* the support's ScapulaItemKind, or -1 for the floor */
} expected_contacts[] = {
  { "seal-row", 2, "chest", SCAPULA_ITEM_BENCH },
  { "seal-row", 3, "chest", SCAPULA_ITEM_BENCH },
  { "incline-dumbbell-row", 3, "chest", SCAPULA_ITEM_BENCH },
  { "incline-dumbbell-row", 1, "near-toe", -1 },
  { "one-arm-dumbbell-row", 2, "far-knee", SCAPULA_ITEM_BENCH },
  { "one-arm-dumbbell-row", 2, "far-hand", SCAPULA_ITEM_BENCH },
  { "one-arm-dumbbell-row", 2, "near-heel", -1 },
  { "kroc-row", 3, "far-hand", SCAPULA_ITEM_BENCH },
  { "elevated-plank-row", 2, "far-hand", SCAPULA_ITEM_BENCH },
  { "renegade-row", 2, "near-toe", -1 },
  { "chest-supported-machine-row", 3, "chest", SCAPULA_ITEM_PAD },
  { "chest-supported-machine-row", 3, "seat", SCAPULA_ITEM_PAD },
  { "seated-cable-row", 3, "seat", SCAPULA_ITEM_PAD },
  { "wide-grip-lat-pulldown", 3, "near-thigh", SCAPULA_ITEM_ROLLER_PAD },
  { "half-kneeling-lat-pulldown", 2, "near-knee", -1 },
  { "lying-rear-lateral-raise", 3, "chest", SCAPULA_ITEM_BENCH },
  { "lying-rear-lateral-raise", 3, "far-hand", SCAPULA_ITEM_BENCH },
  { "prone-incline-reverse-fly", 3, "chest", SCAPULA_ITEM_BENCH },
  { "dumbbell-shrug", 3, "chest", SCAPULA_ITEM_BENCH },
  { "trx-inverted-row", 2, "near-heel", -1 },
  { "deadlift", 2, "near-heel", -1 },
  { "back-extension", 2, "near-thigh", SCAPULA_ITEM_BACK_EXTENSION_BENCH },
  { "glute-bridge", 2, "upper-back", -1 },
  { "glute-bridge", 2, "near-heel", -1 },
  { "wall-slide", 3, "back", SCAPULA_ITEM_WALL },
  { "wall-slide", 3, "near-forearm", SCAPULA_ITEM_WALL },
  { "foam-roll-upper-back", 2, "back", SCAPULA_ITEM_FOAM_ROLLER },
  { "foam-roll-upper-back", 3, "upper-back", SCAPULA_ITEM_FOAM_ROLLER },
  { "cat-cow", 2, "near-hand", -1 },
  { "cat-cow", 2, "near-knee", -1 },
  { "childs-pose", 4, "head", -1 },
  { "childs-pose", 2, "near-knee", -1 },
  { "thread-the-needle", 3, "head", -1 },
  { "doorway-stretch", 3, "near-hand", SCAPULA_ITEM_DOORWAY },
  { "knee-to-chest", 3, "back", -1 },
  { "seated-twist", 1, "seat", -1 },
  { "rotational-stretch", 2, "upper-back", -1 },
};

static const struct
{
  const char      *slug;
  guint            step;
  ScapulaItemKind  kind;
  ScapulaHold      hold;
} expected_holds[] = {
  { "two-arm-dumbbell-row", 3, SCAPULA_ITEM_DUMBBELL, SCAPULA_HOLD_PAIR },
  { "one-arm-dumbbell-row", 3, SCAPULA_ITEM_DUMBBELL, SCAPULA_HOLD_NEAR },
  { "seal-row", 1, SCAPULA_ITEM_BARBELL, SCAPULA_HOLD_NONE },
  { "seal-row", 3, SCAPULA_ITEM_BARBELL, SCAPULA_HOLD_BOTH },
  { "bent-over-barbell-row", 4, SCAPULA_ITEM_BARBELL, SCAPULA_HOLD_BOTH },
  { "deadlift", 1, SCAPULA_ITEM_BARBELL, SCAPULA_HOLD_NONE },
  { "deadlift", 3, SCAPULA_ITEM_BARBELL, SCAPULA_HOLD_BOTH },
  { "pull-up", 1, SCAPULA_ITEM_PULL_UP_BAR, SCAPULA_HOLD_BOTH },
  { "pull-up", 3, SCAPULA_ITEM_PULL_UP_BAR, SCAPULA_HOLD_BOTH },
  { "chin-up", 3, SCAPULA_ITEM_PULL_UP_BAR, SCAPULA_HOLD_BOTH },
  { "trx-inverted-row", 3, SCAPULA_ITEM_STRAPS, SCAPULA_HOLD_BOTH },
  { "meadows-row", 3, SCAPULA_ITEM_LANDMINE, SCAPULA_HOLD_NEAR },
  { "t-bar-row", 3, SCAPULA_ITEM_LANDMINE, SCAPULA_HOLD_BOTH },
  { "face-pull", 3, SCAPULA_ITEM_CABLE, SCAPULA_HOLD_BOTH },
  { "seated-cable-row", 3, SCAPULA_ITEM_CABLE, SCAPULA_HOLD_BOTH },
  { "chest-supported-machine-row", 3, SCAPULA_ITEM_LEVER, SCAPULA_HOLD_BOTH },
  { "farmers-carry", 3, SCAPULA_ITEM_DUMBBELL, SCAPULA_HOLD_PAIR },
  { "band-pull-apart", 2, SCAPULA_ITEM_BAND, SCAPULA_HOLD_BOTH },
  { "dead-stop-row", 2, SCAPULA_ITEM_KETTLEBELL, SCAPULA_HOLD_NEAR },
};

static gboolean
has_contact (const ScapulaPose  *pose,
             const ScapulaScene *scene,
             const char         *point,
             int                 kind)
{
  for (guint i = 0; i < pose->n_contacts; i++)
    {
      const ScapulaContact *contact = &pose->contacts[i];
      int support_kind = contact->support < 0 ? -1 : (int) scene->items[contact->support].kind;

      if (g_str_equal (scapula_body_point_to_string (contact->point), point) && support_kind == kind)
        return TRUE;
    }

  return FALSE;
}

static void
test_pose_truthful (void)
{
  g_autoptr(ScapulaCatalog) catalog = load_catalog ();

  for (guint i = 0; i < G_N_ELEMENTS (expected_contacts); i++)
    {
      ScapulaExercise *exercise = scapula_catalog_lookup (catalog, expected_contacts[i].slug);
      const ScapulaPose *pose;

      g_test_message ("%s step %u: %s on %s", expected_contacts[i].slug, expected_contacts[i].step,
                      expected_contacts[i].point,
                      expected_contacts[i].kind < 0 ? "the floor" : scapula_item_kind_to_string (expected_contacts[i].kind));
      g_assert_nonnull (exercise);
      pose = scapula_exercise_get_pose (exercise, expected_contacts[i].step - 1);
      g_assert_nonnull (pose);
      g_assert_true (has_contact (pose, scapula_exercise_get_scene (exercise),
                                  expected_contacts[i].point, expected_contacts[i].kind));
    }

  for (guint i = 0; i < G_N_ELEMENTS (expected_holds); i++)
    {
      ScapulaExercise *exercise = scapula_catalog_lookup (catalog, expected_holds[i].slug);
      const ScapulaScene *scene = scapula_exercise_get_scene (exercise);
      const ScapulaPose *pose = scapula_exercise_get_pose (exercise, expected_holds[i].step - 1);
      gboolean found = FALSE;

      g_test_message ("%s step %u holds a %s", expected_holds[i].slug, expected_holds[i].step,
                      scapula_item_kind_to_string (expected_holds[i].kind));
      for (guint j = 0; j < scene->n_items; j++)
        if (scene->items[j].kind == expected_holds[i].kind)
          {
            g_assert_cmpint (pose->items[j].hold, ==, expected_holds[i].hold);
            found = TRUE;
          }
      g_assert_true (found);
    }

  /* Hanging exercises hang: no foot on the floor. */
  {
    static const char * const hanging[] = { "pull-up", "chin-up" };

    for (guint i = 0; i < G_N_ELEMENTS (hanging); i++)
      {
        ScapulaExercise *exercise = scapula_catalog_lookup (catalog, hanging[i]);

        for (guint step = 0; step < scapula_exercise_get_n_steps (exercise); step++)
          {
            const ScapulaPose *pose = scapula_exercise_get_pose (exercise, step);
            ScapulaBody body;

            scapula_pose_compute_body (pose, &body);
            g_assert_cmpfloat (scapula_body_get_lowest (&body), >, 0.05);
          }
      }
  }
}

/* Forward kinematics reproduces the body's proportions. */
static void
test_pose_proportions (void)
{
  ScapulaPose pose;
  ScapulaBody body;
  ScapulaVec3 *j = body.joints;
  ScapulaVec3 center;
  double radius;

  scapula_pose_init (&pose);
  scapula_pose_compute_body (&pose, &body);

  /* Standing: ankles, hips, shoulders and the top of the head at their
   * heights (Drillis and Contini). */
  g_assert_cmpfloat_with_epsilon (j[SCAPULA_JOINT_NEAR_ANKLE].y, SCAPULA_ANKLE_HEIGHT, 1e-9);
  g_assert_cmpfloat_with_epsilon (j[SCAPULA_JOINT_NEAR_HIP].y, 0.53, 1e-9);
  g_assert_cmpfloat_with_epsilon (j[SCAPULA_JOINT_SHOULDER_CENTER].y, 0.82, 1e-9);
  g_assert_cmpfloat_with_epsilon (j[SCAPULA_JOINT_HEAD].y + SCAPULA_HEAD_HEIGHT / 2, 1.0, 0.01);
  g_assert_cmpfloat_with_epsilon (j[SCAPULA_JOINT_NEAR_HEEL].y, 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (j[SCAPULA_JOINT_NEAR_BALL].y, 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (j[SCAPULA_JOINT_NEAR_TOE].x - j[SCAPULA_JOINT_NEAR_HEEL].x,
                                  SCAPULA_FOOT, 1e-9);
  g_assert_cmpfloat_with_epsilon (j[SCAPULA_JOINT_NEAR_SHOULDER].y - j[SCAPULA_JOINT_NEAR_WRIST].y,
                                  SCAPULA_UPPER_ARM + SCAPULA_FOREARM, 1e-9);

  /* Near and far are mirror images. */
  for (guint k = 0; k < 5; k++)
    {
      g_assert_cmpfloat_with_epsilon (j[SCAPULA_JOINT_NEAR_SHOULDER + k].z,
                                      -j[SCAPULA_JOINT_FAR_SHOULDER + k].z, 1e-9);
      g_assert_cmpfloat_with_epsilon (j[SCAPULA_JOINT_NEAR_SHOULDER + k].y,
                                      j[SCAPULA_JOINT_FAR_SHOULDER + k].y, 1e-9);
    }
  g_assert_cmpfloat (j[SCAPULA_JOINT_NEAR_HIP].z, >, 0);

  /* Face down: the shoulders lie ahead of the hips and the chest faces
   * the floor; arms at 90° hang straight down. */
  pose.trunk = 90;
  pose.limbs[SCAPULA_LIMB_NEAR_ARM].flexion = 90;
  scapula_pose_compute_body (&pose, &body);
  g_assert_cmpfloat_with_epsilon (j[SCAPULA_JOINT_SHOULDER_CENTER].x - j[SCAPULA_JOINT_HIP_CENTER].x, 0.29, 1e-9);
  g_assert_cmpfloat_with_epsilon (j[SCAPULA_JOINT_SHOULDER_CENTER].y, j[SCAPULA_JOINT_HIP_CENTER].y, 1e-9);
  g_assert_cmpfloat_with_epsilon (j[SCAPULA_JOINT_NEAR_WRIST].x, j[SCAPULA_JOINT_NEAR_SHOULDER].x, 1e-9);
  scapula_body_get_point (&body, SCAPULA_BODY_POINT_CHEST, &center, &radius);
  g_assert_cmpfloat (center.y, <, j[SCAPULA_JOINT_SHOULDER_CENTER].y);

  /* Squeezing the blades draws the shoulders back. */
  {
    ScapulaBody squeezed;

    pose.retraction = 1;
    scapula_pose_compute_body (&pose, &squeezed);
    g_assert_cmpfloat (squeezed.joints[SCAPULA_JOINT_NEAR_SHOULDER].y, >, j[SCAPULA_JOINT_NEAR_SHOULDER].y);
  }
}

/* A pose outside the joints' ranges is refused with the joint named. */
static void
test_pose_validate (void)
{
  static const struct { gsize offset; double value; const char *message; } cases[] = {
    { G_STRUCT_OFFSET (ScapulaPose, limbs[SCAPULA_LIMB_NEAR_ARM].bend), 170, "near elbow flexion 170°" },
    { G_STRUCT_OFFSET (ScapulaPose, limbs[SCAPULA_LIMB_FAR_ARM].bend), -5, "far elbow flexion" },
    { G_STRUCT_OFFSET (ScapulaPose, limbs[SCAPULA_LIMB_NEAR_LEG].bend), 175, "near knee flexion" },
    { G_STRUCT_OFFSET (ScapulaPose, limbs[SCAPULA_LIMB_FAR_LEG].flexion), 160, "far hip flexion" },
    { G_STRUCT_OFFSET (ScapulaPose, limbs[SCAPULA_LIMB_NEAR_LEG].end), 80, "near ankle" },
    { G_STRUCT_OFFSET (ScapulaPose, limbs[SCAPULA_LIMB_NEAR_ARM].flexion), NAN, "near shoulder flexion" },
    { G_STRUCT_OFFSET (ScapulaPose, spine), 90, "spine flexion" },
    { G_STRUCT_OFFSET (ScapulaPose, neck), -90, "neck" },
    { G_STRUCT_OFFSET (ScapulaPose, retraction), 2, "retraction" },
    { G_STRUCT_OFFSET (ScapulaPose, hip_y), -0.5, "hip height" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      ScapulaPose pose;

      scapula_pose_init (&pose);
      g_assert_true (scapula_pose_validate (&pose, NULL));
      G_STRUCT_MEMBER (double, &pose, cases[i].offset) = cases[i].value;
      g_assert_false (scapula_pose_validate (&pose, &error));
      g_assert_error (error, SCAPULA_POSE_ERROR, SCAPULA_POSE_ERROR_INVALID);
      if (strstr (error->message, cases[i].message) == NULL)
        g_error ("“%s” does not contain “%s”", error->message, cases[i].message);
    }
}

/* A contact the body does not make is reported. */
static void
test_pose_contact_errors (void)
{
  g_autoptr(ScapulaCatalog) catalog = load_catalog ();
  ScapulaExercise *seal = scapula_catalog_lookup (catalog, "seal-row");
  const ScapulaScene *scene = scapula_exercise_get_scene (seal);
  g_autoptr(GError) error = NULL;
  ScapulaPose pose = *scapula_exercise_get_pose (seal, 1);

  g_assert_true (scapula_pose_check_contacts (&pose, scene, TOLERANCE, NULL));

  /* Lifted off the bench. */
  pose.hip_y += 0.1;
  g_assert_false (scapula_pose_check_contacts (&pose, scene, TOLERANCE, &error));
  g_assert_nonnull (strstr (error->message, "away from the bench"));
  g_clear_error (&error);

  /* Sunk through the floor. */
  scapula_pose_init (&pose);
  pose.n_items = scene->n_items;
  pose.hip_y -= 0.1;
  g_assert_false (scapula_pose_check_contacts (&pose, scene, TOLERANCE, &error));
  g_assert_nonnull (strstr (error->message, "below the floor"));
  g_clear_error (&error);

  /* Floating, the bar on the floor. */
  scapula_pose_init (&pose);
  pose.hip_y += 0.2;
  pose.n_items = scene->n_items;
  pose.items[1].position.y = 0.13;
  g_assert_false (scapula_pose_check_contacts (&pose, scene, TOLERANCE, &error));
  if (strstr (error->message, "rests on nothing") == NULL)
    g_error ("%s", error->message);
}

static guint
count_steps_cb (const char *exercise_id,
                gpointer    user_data)
{
  return g_str_equal (exercise_id, "a") ? 2 : 0;
}

/* The loader refuses bad files with a message that names the line. */
static void
test_pose_parse_errors (void)
{
#define HEAD "<poses version=\"1\">\n<exercise id=\"a\">\n"
#define TAIL "</exercise>\n</poses>"
#define P1 "<pose step=\"1\" hip=\"0 0.53\" touch=\"feet\"/>\n"
#define P2 "<pose step=\"2\" hip=\"0 0.53\" arms=\"90 10\" touch=\"feet\"/>\n"
  static const struct { const char *xml; const char *message; } cases[] = {
    { HEAD P1 P2 TAIL, NULL },
    { HEAD "<bench id=\"b\" at=\"0 0.4\" length=\"1\"/>\n<barbell id=\"bar\" hold=\"both\"/>\n"
      "<pose step=\"1\" hip=\"0 0.53\" touch=\"feet chest@b\"><item ref=\"bar\" at=\"0.1 0.13\"/></pose>\n"
      P2 TAIL, NULL },
    { "<poses version=\"1\">\n<exercise id=\"zzz\">\n" P1 TAIL, "line 2: unknown exercise “zzz”" },
    { HEAD P1 TAIL, "line 4: exercise “a” has no pose for step 2" },
    { HEAD P1 "<pose step=\"2\" hip=\"0 0.53\" near-arm=\"0 170\"/>\n" TAIL,
      "line 4: invalid pose: near elbow flexion 170°" },
    { HEAD P1 "<pose step=\"2\" hip=\"0 0.53\" legs=\"0 0 0 0 -80\"/>\n" TAIL, "line 4: invalid pose: near ankle" },
    { HEAD P1 "<pose step=\"3\" hip=\"0 0.53\"/>\n" TAIL, "line 4: step “3” is not one of the 2 steps" },
    { HEAD P1 P1 TAIL, "line 4: step 1 has two poses" },
    { HEAD "<pose step=\"1\" hip=\"0\"/>\n" TAIL, "line 3: hip must be 2 to 2 numbers" },
    { HEAD "<pose step=\"1\" hip=\"0 x\"/>\n" TAIL, "line 3: hip must be" },
    { HEAD "<pose step=\"1\" hip=\"0 0.5\" touch=\"tail\"/>\n" TAIL, "line 3: cannot touch with “tail”" },
    { HEAD "<pose step=\"1\" hip=\"0 0.5\" touch=\"feet@sofa\"/>\n" TAIL, "line 3: “feet” touches unknown item “sofa”" },
    { HEAD "<pose step=\"1\" hip=\"0 0.5\"><item ref=\"nope\"/></pose>\n" TAIL, "line 3: unknown item “nope”" },
    { HEAD "<pose step=\"1\" hip=\"0 0.5\" arms=\"1 2\" near-arm=\"1 2\"/>\n" TAIL, "line 3: give either" },
    { HEAD "<pose step=\"1\" hip=\"0 0.5\" wings=\"2\"/>\n" TAIL, "line 3: " },
    { HEAD "<sofa/>\n" TAIL, "line 3: unexpected element <sofa>" },
    { HEAD P1 "<bench at=\"0 0.4\" length=\"1\"/>\n" TAIL, "line 4: <bench> after the first pose" },
    { HEAD "<bench at=\"0 0.4\"/>\n" TAIL, "line 3: a bench needs a length" },
    { HEAD "<pull-up-bar hold=\"both\"/>\n" TAIL, "line 3: a pull-up-bar needs a place" },
    { HEAD "<barbell hold=\"pair\"/>\n" TAIL, "line 3: only dumbbells and kettlebells come in pairs" },
    { HEAD "<dumbbell hold=\"left\"/>\n" TAIL, "line 3: unknown hold “left”" },
    { HEAD "<dumbbell axis=\"sideways\"/>\n" TAIL, "line 3: unknown axis" },
    { HEAD "<band to=\"tail\"/>\n" TAIL, "line 3: unknown body point “tail”" },
    { HEAD "<mat id=\"m\" at=\"0 0\" length=\"1\"/>\n<mat id=\"m\" at=\"0 0\" length=\"1\"/>\n" TAIL,
      "line 4: item id “m” is used twice" },
    { "<poses version=\"1\">\n<exercise id=\"a\" view=\"120\">\n" P1 P2 TAIL, "line 2: view “120” is outside" },
    { HEAD P1 P2 "</exercise>\n<exercise id=\"a\">\n" P1 P2 TAIL, "line 6: exercise “a” has poses twice" },
    { "<poses version=\"2\"></poses>", "line 1: unsupported poses version “2”" },
    { "<catalog/>", "line 1: unexpected element <catalog>" },
    { HEAD "<pose", "line 3" },
    { "", "empty" },
    { "<!-- nothing -->\n", "not a poses file" },
  };
#undef HEAD
#undef TAIL
#undef P1
#undef P2

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (cases[i].xml, strlen (cases[i].xml));
      g_autoptr(GError) error = NULL;
      g_autoptr(GHashTable) sets = scapula_pose_sets_parse (bytes, count_steps_cb, NULL, &error);

      g_test_message ("case %u", i);
      if (cases[i].message == NULL)
        {
          ScapulaPoseSet *set;

          g_assert_no_error (error);
          g_assert_nonnull (sets);
          set = g_hash_table_lookup (sets, "a");
          g_assert_nonnull (set);
          g_assert_cmpuint (set->n_poses, ==, 2);
          g_assert_cmpfloat (set->poses[1].limbs[SCAPULA_LIMB_FAR_ARM].flexion, ==, 90);
          g_assert_cmpuint (set->poses[0].n_contacts, >=, 4);
        }
      else
        {
          g_assert_null (sets);
          g_assert_nonnull (error);
          if (strstr (error->message, cases[i].message) == NULL)
            g_error ("case %u: “%s” does not contain “%s”", i, error->message, cases[i].message);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/pose/every-step", test_pose_every_step);
  g_test_add_func ("/pose/joint-limits", test_pose_joint_limits);
  g_test_add_func ("/pose/contacts", test_pose_contacts);
  g_test_add_func ("/pose/balance", test_pose_balance);
  g_test_add_func ("/pose/interpolation", test_pose_interpolation);
  g_test_add_func ("/pose/pick-up", test_pose_pick_up);
  g_test_add_func ("/pose/cues", test_pose_cues);
  g_test_add_func ("/pose/equipment", test_pose_equipment);
  g_test_add_func ("/pose/truthful", test_pose_truthful);
  g_test_add_func ("/pose/proportions", test_pose_proportions);
  g_test_add_func ("/pose/validate", test_pose_validate);
  g_test_add_func ("/pose/contact-errors", test_pose_contact_errors);
  g_test_add_func ("/pose/parse-errors", test_pose_parse_errors);

  return g_test_run ();
}
