/* scapula-exercise-filter.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "scapula-exercise-filter"

#include "config.h"

#include "scapula-catalog.h"
#include "scapula-exercise-filter.h"

/**
 * ScapulaExerciseFilter:
 *
 * What the Exercises view searches for: words typed in the search entry
 * plus optional criteria (kind, movement pattern, equipment, level, muscle).
 * An exercise matches when every word is found in its name or one of its
 * aliases (ignoring case, accents and punctuation) and every criterion that
 * is set holds. Equipment matches when the exercise uses any of the chosen
 * items. The muscle criterion accepts primary and secondary muscles.
 *
 * The view wraps this in a #GtkCustomFilter and calls gtk_filter_changed()
 * on #GObject::notify; the matching itself needs no GTK, so it is tested
 * and benchmarked without a display.
 */

struct _ScapulaExerciseFilter
{
  GObject     parent_instance;

  char       *search_text;
  GStrv       words;       /* normalized words of search_text */
  int         kind;
  int         pattern;
  guint       equipment;
  int         level;
  int         muscle;

  GHashTable *keys;        /* ScapulaExercise (owned ref) → normalized names, owned */
};

G_DEFINE_FINAL_TYPE (ScapulaExerciseFilter, scapula_exercise_filter, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SEARCH_TEXT,
  PROP_KIND,
  PROP_PATTERN,
  PROP_EQUIPMENT,
  PROP_LEVEL,
  PROP_MUSCLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The text searched for an exercise: its (translated) name and its aliases,
 * each normalized, one per line so a word cannot match across two names. */
static const char *
get_key (ScapulaExerciseFilter *self,
         ScapulaExercise       *exercise)
{
  const char *key = g_hash_table_lookup (self->keys, exercise);
  g_autofree char *name = NULL;
  const char * const *aliases;
  GString *str;

  if (key != NULL)
    return key;

  name = scapula_catalog_normalize_name (scapula_exercise_get_name (exercise));
  str = g_string_new (name);
  aliases = scapula_exercise_get_aliases (exercise);
  for (guint i = 0; aliases[i] != NULL; i++)
    {
      g_autofree char *alias = scapula_catalog_normalize_name (aliases[i]);

      g_string_append_c (str, '\n');
      g_string_append (str, alias);
    }

  key = g_string_free (str, FALSE);
  g_hash_table_insert (self->keys, g_object_ref (exercise), (char *) key);
  return key;
}

static void
scapula_exercise_filter_finalize (GObject *object)
{
  ScapulaExerciseFilter *self = (ScapulaExerciseFilter *)object;

  g_free (self->search_text);
  g_strfreev (self->words);
  g_clear_pointer (&self->keys, g_hash_table_unref);

  G_OBJECT_CLASS (scapula_exercise_filter_parent_class)->finalize (object);
}

static void
scapula_exercise_filter_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  ScapulaExerciseFilter *self = SCAPULA_EXERCISE_FILTER (object);

  switch (prop_id)
    {
    case PROP_SEARCH_TEXT:
      g_value_set_string (value, self->search_text);
      break;

    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;

    case PROP_PATTERN:
      g_value_set_int (value, self->pattern);
      break;

    case PROP_EQUIPMENT:
      g_value_set_uint (value, self->equipment);
      break;

    case PROP_LEVEL:
      g_value_set_int (value, self->level);
      break;

    case PROP_MUSCLE:
      g_value_set_int (value, self->muscle);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scapula_exercise_filter_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  ScapulaExerciseFilter *self = SCAPULA_EXERCISE_FILTER (object);

  switch (prop_id)
    {
    case PROP_SEARCH_TEXT:
      scapula_exercise_filter_set_search_text (self, g_value_get_string (value));
      break;

    case PROP_KIND:
      scapula_exercise_filter_set_kind (self, g_value_get_int (value));
      break;

    case PROP_PATTERN:
      scapula_exercise_filter_set_pattern (self, g_value_get_int (value));
      break;

    case PROP_EQUIPMENT:
      scapula_exercise_filter_set_equipment (self, g_value_get_uint (value));
      break;

    case PROP_LEVEL:
      scapula_exercise_filter_set_level (self, g_value_get_int (value));
      break;

    case PROP_MUSCLE:
      scapula_exercise_filter_set_muscle (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
criterion_param (const char *name)
{
  return g_param_spec_int (name, NULL, NULL,
                           SCAPULA_FILTER_ANY, G_MAXINT, SCAPULA_FILTER_ANY,
                           (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
}

static void
scapula_exercise_filter_class_init (ScapulaExerciseFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = scapula_exercise_filter_finalize;
  object_class->get_property = scapula_exercise_filter_get_property;
  object_class->set_property = scapula_exercise_filter_set_property;

  properties[PROP_SEARCH_TEXT] =
    g_param_spec_string ("search-text", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_KIND] = criterion_param ("kind");
  properties[PROP_PATTERN] = criterion_param ("pattern");
  properties[PROP_EQUIPMENT] =
    g_param_spec_uint ("equipment", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_LEVEL] = criterion_param ("level");
  properties[PROP_MUSCLE] = criterion_param ("muscle");

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
scapula_exercise_filter_init (ScapulaExerciseFilter *self)
{
  self->search_text = g_strdup ("");
  self->words = g_new0 (char *, 1);
  self->kind = SCAPULA_FILTER_ANY;
  self->pattern = SCAPULA_FILTER_ANY;
  self->level = SCAPULA_FILTER_ANY;
  self->muscle = SCAPULA_FILTER_ANY;
  self->keys = g_hash_table_new_full (NULL, NULL, g_object_unref, g_free);
}

ScapulaExerciseFilter *
scapula_exercise_filter_new (void)
{
  return g_object_new (SCAPULA_TYPE_EXERCISE_FILTER, NULL);
}

const char *
scapula_exercise_filter_get_search_text (ScapulaExerciseFilter *self)
{
  g_return_val_if_fail (SCAPULA_IS_EXERCISE_FILTER (self), NULL);

  return self->search_text;
}

void
scapula_exercise_filter_set_search_text (ScapulaExerciseFilter *self,
                                         const char            *text)
{
  g_auto(GStrv) parts = NULL;
  g_autoptr(GStrvBuilder) words = NULL;

  g_return_if_fail (SCAPULA_IS_EXERCISE_FILTER (self));

  if (text == NULL)
    text = "";

  if (g_strcmp0 (self->search_text, text) == 0)
    return;

  g_free (self->search_text);
  self->search_text = g_strdup (text);

  /* "bent row" finds "Bent-Over Barbell Row": every word must match. */
  words = g_strv_builder_new ();
  parts = g_strsplit_set (text, " \t", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *word = scapula_catalog_normalize_name (parts[i]);

      if (word[0] != '\0')
        g_strv_builder_add (words, word);
    }
  g_strfreev (self->words);
  self->words = g_strv_builder_end (words);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_TEXT]);
}

static void
set_criterion (ScapulaExerciseFilter *self,
               int                   *field,
               int                    value,
               guint                  prop_id)
{
  if (value < SCAPULA_FILTER_ANY)
    value = SCAPULA_FILTER_ANY;

  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

int
scapula_exercise_filter_get_kind (ScapulaExerciseFilter *self)
{
  g_return_val_if_fail (SCAPULA_IS_EXERCISE_FILTER (self), SCAPULA_FILTER_ANY);

  return self->kind;
}

void
scapula_exercise_filter_set_kind (ScapulaExerciseFilter *self,
                                  int                    kind)
{
  g_return_if_fail (SCAPULA_IS_EXERCISE_FILTER (self));

  set_criterion (self, &self->kind, kind, PROP_KIND);
}

int
scapula_exercise_filter_get_pattern (ScapulaExerciseFilter *self)
{
  g_return_val_if_fail (SCAPULA_IS_EXERCISE_FILTER (self), SCAPULA_FILTER_ANY);

  return self->pattern;
}

void
scapula_exercise_filter_set_pattern (ScapulaExerciseFilter *self,
                                     int                    pattern)
{
  g_return_if_fail (SCAPULA_IS_EXERCISE_FILTER (self));

  set_criterion (self, &self->pattern, pattern, PROP_PATTERN);
}

guint
scapula_exercise_filter_get_equipment (ScapulaExerciseFilter *self)
{
  g_return_val_if_fail (SCAPULA_IS_EXERCISE_FILTER (self), 0);

  return self->equipment;
}

/**
 * scapula_exercise_filter_set_equipment:
 * @equipment: #ScapulaEquipment flags; 0 does not filter
 */
void
scapula_exercise_filter_set_equipment (ScapulaExerciseFilter *self,
                                       guint                  equipment)
{
  g_return_if_fail (SCAPULA_IS_EXERCISE_FILTER (self));

  if (self->equipment == equipment)
    return;

  self->equipment = equipment;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EQUIPMENT]);
}

int
scapula_exercise_filter_get_level (ScapulaExerciseFilter *self)
{
  g_return_val_if_fail (SCAPULA_IS_EXERCISE_FILTER (self), SCAPULA_FILTER_ANY);

  return self->level;
}

void
scapula_exercise_filter_set_level (ScapulaExerciseFilter *self,
                                   int                    level)
{
  g_return_if_fail (SCAPULA_IS_EXERCISE_FILTER (self));

  set_criterion (self, &self->level, level, PROP_LEVEL);
}

int
scapula_exercise_filter_get_muscle (ScapulaExerciseFilter *self)
{
  g_return_val_if_fail (SCAPULA_IS_EXERCISE_FILTER (self), SCAPULA_FILTER_ANY);

  return self->muscle;
}

void
scapula_exercise_filter_set_muscle (ScapulaExerciseFilter *self,
                                    int                    muscle)
{
  g_return_if_fail (SCAPULA_IS_EXERCISE_FILTER (self));

  set_criterion (self, &self->muscle, muscle, PROP_MUSCLE);
}

/**
 * scapula_exercise_filter_count_criteria:
 *
 * Returns: how many criteria besides the search text are set
 */
guint
scapula_exercise_filter_count_criteria (ScapulaExerciseFilter *self)
{
  g_return_val_if_fail (SCAPULA_IS_EXERCISE_FILTER (self), 0);

  return (self->kind != SCAPULA_FILTER_ANY) +
         (self->pattern != SCAPULA_FILTER_ANY) +
         (self->equipment != 0) +
         (self->level != SCAPULA_FILTER_ANY) +
         (self->muscle != SCAPULA_FILTER_ANY);
}

/**
 * scapula_exercise_filter_reset:
 *
 * Clears the search text and every criterion.
 */
void
scapula_exercise_filter_reset (ScapulaExerciseFilter *self)
{
  g_return_if_fail (SCAPULA_IS_EXERCISE_FILTER (self));

  g_object_freeze_notify (G_OBJECT (self));
  scapula_exercise_filter_set_search_text (self, "");
  scapula_exercise_filter_set_kind (self, SCAPULA_FILTER_ANY);
  scapula_exercise_filter_set_pattern (self, SCAPULA_FILTER_ANY);
  scapula_exercise_filter_set_equipment (self, 0);
  scapula_exercise_filter_set_level (self, SCAPULA_FILTER_ANY);
  scapula_exercise_filter_set_muscle (self, SCAPULA_FILTER_ANY);
  g_object_thaw_notify (G_OBJECT (self));
}

gboolean
scapula_exercise_filter_match (ScapulaExerciseFilter *self,
                               ScapulaExercise       *exercise)
{
  g_return_val_if_fail (SCAPULA_IS_EXERCISE_FILTER (self), FALSE);
  g_return_val_if_fail (SCAPULA_IS_EXERCISE (exercise), FALSE);

  if (self->kind != SCAPULA_FILTER_ANY && (int) scapula_exercise_get_kind (exercise) != self->kind)
    return FALSE;

  if (self->pattern != SCAPULA_FILTER_ANY && (int) scapula_exercise_get_pattern (exercise) != self->pattern)
    return FALSE;

  if (self->level != SCAPULA_FILTER_ANY && (int) scapula_exercise_get_level (exercise) != self->level)
    return FALSE;

  if (self->equipment != 0 && (scapula_exercise_get_equipment (exercise) & self->equipment) == 0)
    return FALSE;

  if (self->muscle != SCAPULA_FILTER_ANY &&
      scapula_exercise_get_muscle_weight (exercise, self->muscle) == 0.0)
    return FALSE;

  if (self->words[0] != NULL)
    {
      const char *key = get_key (self, exercise);

      for (guint i = 0; self->words[i] != NULL; i++)
        if (strstr (key, self->words[i]) == NULL)
          return FALSE;
    }

  return TRUE;
}
