/* scapula-exercise.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "scapula-exercise"

#include "config.h"

#include <glib/gi18n.h>

#include "scapula-enums.h"
#include "scapula-exercise-private.h"
#include "scapula-vocabulary.h"

G_DEFINE_FINAL_TYPE (ScapulaExercise, scapula_exercise, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SLUG,
  PROP_NAME,
  PROP_KIND,
  PROP_PATTERN,
  PROP_LEVEL,
  PROP_LATERALITY,
  PROP_EQUIPMENT,
  PROP_SUMMARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const empty_strv[] = { NULL };

static const char * const *
strv_or_empty (GStrv strv)
{
  return strv != NULL ? (const char * const *) strv : empty_strv;
}

static void
scapula_exercise_finalize (GObject *object)
{
  ScapulaExercise *self = (ScapulaExercise *)object;

  g_free (self->slug);
  g_free (self->name);
  g_strfreev (self->aliases);
  g_clear_pointer (&self->muscles, g_array_unref);
  g_clear_pointer (&self->dose, scapula_dose_free);
  g_strfreev (self->steps);
  g_strfreev (self->cues);
  g_strfreev (self->mistakes);
  g_strfreev (self->substitutes);
  g_strfreev (self->sources);
  g_clear_pointer (&self->poses, scapula_pose_set_free);

  G_OBJECT_CLASS (scapula_exercise_parent_class)->finalize (object);
}

static void
scapula_exercise_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  ScapulaExercise *self = SCAPULA_EXERCISE (object);

  switch (prop_id)
    {
    case PROP_SLUG:
      g_value_set_string (value, self->slug);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_PATTERN:
      g_value_set_enum (value, self->pattern);
      break;

    case PROP_LEVEL:
      g_value_set_enum (value, self->level);
      break;

    case PROP_LATERALITY:
      g_value_set_enum (value, self->laterality);
      break;

    case PROP_EQUIPMENT:
      g_value_set_flags (value, self->equipment);
      break;

    case PROP_SUMMARY:
      g_value_take_string (value, scapula_exercise_dup_summary (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scapula_exercise_class_init (ScapulaExerciseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = scapula_exercise_finalize;
  object_class->get_property = scapula_exercise_get_property;

  properties[PROP_SLUG] =
    g_param_spec_string ("slug", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       SCAPULA_TYPE_EXERCISE_KIND,
                       SCAPULA_EXERCISE_KIND_STRENGTH,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_PATTERN] =
    g_param_spec_enum ("pattern", NULL, NULL,
                       SCAPULA_TYPE_MOVEMENT_PATTERN,
                       SCAPULA_MOVEMENT_PATTERN_HORIZONTAL_ROW,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_LEVEL] =
    g_param_spec_enum ("level", NULL, NULL,
                       SCAPULA_TYPE_LEVEL,
                       SCAPULA_LEVEL_BEGINNER,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_LATERALITY] =
    g_param_spec_enum ("laterality", NULL, NULL,
                       SCAPULA_TYPE_LATERALITY,
                       SCAPULA_LATERALITY_BILATERAL,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_EQUIPMENT] =
    g_param_spec_flags ("equipment", NULL, NULL,
                        SCAPULA_TYPE_EQUIPMENT,
                        SCAPULA_EQUIPMENT_NONE,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * ScapulaExercise:summary:
   *
   * One line for lists: equipment, level and dose.
   */
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
scapula_exercise_init (ScapulaExercise *self)
{
  self->muscles = g_array_new (FALSE, FALSE, sizeof (ScapulaMuscleLoad));
}

ScapulaExercise *
_scapula_exercise_new (const char *slug)
{
  ScapulaExercise *self;

  g_return_val_if_fail (slug != NULL, NULL);

  self = g_object_new (SCAPULA_TYPE_EXERCISE, NULL);
  self->slug = g_strdup (slug);

  return self;
}

const char *
scapula_exercise_get_slug (ScapulaExercise *self)
{
  g_return_val_if_fail (SCAPULA_IS_EXERCISE (self), NULL);

  return self->slug;
}

const char *
scapula_exercise_get_name (ScapulaExercise *self)
{
  g_return_val_if_fail (SCAPULA_IS_EXERCISE (self), NULL);

  return self->name;
}

/**
 * scapula_exercise_get_aliases:
 *
 * Returns: (transfer none): the other names the seeds use, untranslated, so
 *   that imported history written with them can be matched.
 */
const char * const *
scapula_exercise_get_aliases (ScapulaExercise *self)
{
  g_return_val_if_fail (SCAPULA_IS_EXERCISE (self), NULL);

  return strv_or_empty (self->aliases);
}

ScapulaExerciseKind
scapula_exercise_get_kind (ScapulaExercise *self)
{
  g_return_val_if_fail (SCAPULA_IS_EXERCISE (self), 0);

  return self->kind;
}

ScapulaMovementPattern
scapula_exercise_get_pattern (ScapulaExercise *self)
{
  g_return_val_if_fail (SCAPULA_IS_EXERCISE (self), 0);

  return self->pattern;
}

ScapulaEquipment
scapula_exercise_get_equipment (ScapulaExercise *self)
{
  g_return_val_if_fail (SCAPULA_IS_EXERCISE (self), 0);

  return self->equipment;
}

ScapulaLevel
scapula_exercise_get_level (ScapulaExercise *self)
{
  g_return_val_if_fail (SCAPULA_IS_EXERCISE (self), 0);

  return self->level;
}

ScapulaLaterality
scapula_exercise_get_laterality (ScapulaExercise *self)
{
  g_return_val_if_fail (SCAPULA_IS_EXERCISE (self), 0);

  return self->laterality;
}

ScapulaGrip
scapula_exercise_get_grip (ScapulaExercise *self)
{
  g_return_val_if_fail (SCAPULA_IS_EXERCISE (self), 0);

  return self->grip;
}

ScapulaSupport
scapula_exercise_get_support (ScapulaExercise *self)
{
  g_return_val_if_fail (SCAPULA_IS_EXERCISE (self), 0);

  return self->support;
}

/**
 * scapula_exercise_get_muscles:
 * @n_muscles: (out): where to store the number of entries
 *
 * Returns: (transfer none) (array length=n_muscles): the muscles trained,
 *   primary ones first, in the order the catalog lists them.
 */
const ScapulaMuscleLoad *
scapula_exercise_get_muscles (ScapulaExercise *self,
                              guint           *n_muscles)
{
  g_return_val_if_fail (SCAPULA_IS_EXERCISE (self), NULL);
  g_return_val_if_fail (n_muscles != NULL, NULL);

  *n_muscles = self->muscles->len;
  return (const ScapulaMuscleLoad *) (gpointer) self->muscles->data;
}

double
scapula_muscle_role_get_weight (ScapulaMuscleRole role)
{
  return role == SCAPULA_MUSCLE_ROLE_PRIMARY ? 1.0 : 0.5;
}

/**
 * scapula_exercise_get_muscle_weight:
 *
 * Returns: 1.0 for a primary muscle, 0.5 for a secondary one and 0 for a
 *   muscle the exercise does not train. Weekly set counts use this weight.
 */
double
scapula_exercise_get_muscle_weight (ScapulaExercise *self,
                                    ScapulaMuscle    muscle)
{
  g_return_val_if_fail (SCAPULA_IS_EXERCISE (self), 0.0);

  for (guint i = 0; i < self->muscles->len; i++)
    {
      const ScapulaMuscleLoad *load = &g_array_index (self->muscles, ScapulaMuscleLoad, i);

      if (load->muscle == muscle)
        return scapula_muscle_role_get_weight (load->role);
    }

  return 0.0;
}

const ScapulaDose *
scapula_exercise_get_dose (ScapulaExercise *self)
{
  g_return_val_if_fail (SCAPULA_IS_EXERCISE (self), NULL);

  return self->dose;
}

const char * const *
scapula_exercise_get_steps (ScapulaExercise *self)
{
  g_return_val_if_fail (SCAPULA_IS_EXERCISE (self), NULL);

  return strv_or_empty (self->steps);
}

guint
scapula_exercise_get_n_steps (ScapulaExercise *self)
{
  g_return_val_if_fail (SCAPULA_IS_EXERCISE (self), 0);

  return self->steps != NULL ? g_strv_length (self->steps) : 0;
}

/**
 * scapula_exercise_get_pose:
 * @step: a form step, counted from 0 like scapula_exercise_get_steps()
 *
 * Returns: (transfer none) (nullable): the body's position in @step, or
 *   %NULL when the catalog was loaded without poses or @step is past the
 *   last step
 */
const ScapulaPose *
scapula_exercise_get_pose (ScapulaExercise *self,
                           guint            step)
{
  g_return_val_if_fail (SCAPULA_IS_EXERCISE (self), NULL);

  if (self->poses == NULL || step >= self->poses->n_poses)
    return NULL;

  return &self->poses->poses[step];
}

/**
 * scapula_exercise_get_scene:
 *
 * Returns: (transfer none) (nullable): the equipment the poses use, or
 *   %NULL when the catalog was loaded without poses
 */
const ScapulaScene *
scapula_exercise_get_scene (ScapulaExercise *self)
{
  g_return_val_if_fail (SCAPULA_IS_EXERCISE (self), NULL);

  if (self->poses == NULL)
    return NULL;

  return &self->poses->scene;
}

const char * const *
scapula_exercise_get_cues (ScapulaExercise *self)
{
  g_return_val_if_fail (SCAPULA_IS_EXERCISE (self), NULL);

  return strv_or_empty (self->cues);
}

const char * const *
scapula_exercise_get_mistakes (ScapulaExercise *self)
{
  g_return_val_if_fail (SCAPULA_IS_EXERCISE (self), NULL);

  return strv_or_empty (self->mistakes);
}

const char * const *
scapula_exercise_get_substitutes (ScapulaExercise *self)
{
  g_return_val_if_fail (SCAPULA_IS_EXERCISE (self), NULL);

  return strv_or_empty (self->substitutes);
}

const char * const *
scapula_exercise_get_sources (ScapulaExercise *self)
{
  g_return_val_if_fail (SCAPULA_IS_EXERCISE (self), NULL);

  return strv_or_empty (self->sources);
}

/**
 * scapula_exercise_dup_summary:
 *
 * Returns: (transfer full): equipment, level and dose on one line, e.g.
 *   "Barbell, Bench · Intermediate · 8–12 reps".
 */
char *
scapula_exercise_dup_summary (ScapulaExercise *self)
{
  g_autofree char *equipment = NULL;
  g_autofree char *dose = NULL;

  g_return_val_if_fail (SCAPULA_IS_EXERCISE (self), NULL);

  equipment = scapula_equipment_format (self->equipment);
  dose = self->dose != NULL ? scapula_dose_format (self->dose) : g_strdup ("");

  /* Translators: equipment · level · dose, e.g. "Dumbbell · Beginner · 8–12 reps". */
  return g_strdup_printf (_("%s · %s · %s"),
                          equipment,
                          scapula_level_get_label (self->level),
                          dose);
}
