/* scapula-catalog.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "scapula-catalog"

#include "config.h"

#include <glib/gi18n.h>

#include "scapula-catalog.h"
#include "scapula-enums.h"
#include "scapula-exercise-private.h"
#include "scapula-init.h"
#include "scapula-markup.h"
#include "scapula-vocabulary.h"

/**
 * ScapulaCatalog:
 *
 * The exercises, stretches and warm-up moves that ship with Scapula, read
 * from catalog.xml in the app's resources. It is a #GListModel of
 * #ScapulaExercise in file order and never changes after loading.
 *
 * The file's text is English; names, steps, cues and mistakes are run
 * through gettext as they are read (the strings reach the translation
 * template through data/catalog/scapula-catalog.its). Aliases stay in
 * English because they exist to match names written by other apps.
 */

struct _ScapulaCatalog
{
  GObject     parent_instance;

  GPtrArray  *exercises;  /* of ScapulaExercise, owned */
  GHashTable *by_slug;    /* slug → ScapulaExercise, borrowed */
  GHashTable *by_name;    /* normalized name → ScapulaExercise, borrowed */
  GHashTable *sources;    /* seed id → title, owned strings */
};

static GType
scapula_catalog_get_item_type (GListModel *model)
{
  return SCAPULA_TYPE_EXERCISE;
}

static guint
scapula_catalog_get_n_items (GListModel *model)
{
  return SCAPULA_CATALOG (model)->exercises->len;
}

static gpointer
scapula_catalog_get_item (GListModel *model,
                          guint       position)
{
  ScapulaCatalog *self = SCAPULA_CATALOG (model);

  if (position >= self->exercises->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->exercises, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = scapula_catalog_get_item_type;
  iface->get_n_items = scapula_catalog_get_n_items;
  iface->get_item = scapula_catalog_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (ScapulaCatalog, scapula_catalog, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

G_DEFINE_QUARK (scapula-catalog-error-quark, scapula_catalog_error)

/* Parsing ---------------------------------------------------------------- */

typedef enum
{
  TEXT_NONE,
  TEXT_NAME,
  TEXT_ALIAS,
  TEXT_EQUIPMENT,
  TEXT_MUSCLE,
  TEXT_STEP,
  TEXT_CUE,
  TEXT_MISTAKE,
  TEXT_SUBSTITUTE,
} TextKind;

typedef struct
{
  ScapulaCatalog    *catalog;
  ScapulaExercise   *current;      /* owned while being parsed */
  GString           *text;
  TextKind           text_kind;
  ScapulaMuscleRole  muscle_role;
  GStrvBuilder      *aliases;
  GStrvBuilder      *steps;
  GStrvBuilder      *cues;
  GStrvBuilder      *mistakes;
  GStrvBuilder      *substitutes;
  gboolean           seen_catalog;
} ParseState;

static void
reset_builders (ParseState *state)
{
  g_clear_pointer (&state->aliases, g_strv_builder_unref);
  g_clear_pointer (&state->steps, g_strv_builder_unref);
  g_clear_pointer (&state->cues, g_strv_builder_unref);
  g_clear_pointer (&state->mistakes, g_strv_builder_unref);
  g_clear_pointer (&state->substitutes, g_strv_builder_unref);
}

#define set_error(context, error, ...) \
  scapula_markup_set_error (context, error, SCAPULA_CATALOG_ERROR, SCAPULA_CATALOG_ERROR_INVALID, __VA_ARGS__)

static gboolean
parse_enum_attr (GMarkupParseContext *context,
                 GType                type,
                 const char          *name,
                 const char          *value,
                 int                 *out,
                 GError             **error)
{
  if (!scapula_enum_from_nick (type, value, out))
    {
      set_error (context, error, "unknown %s “%s”", name, value);
      return FALSE;
    }

  return TRUE;
}

static gboolean
parse_uint (GMarkupParseContext *context,
            const char          *name,
            const char          *value,
            guint               *out,
            GError             **error)
{
  guint64 parsed;

  *out = 0;
  if (value == NULL)
    return TRUE;

  if (!g_ascii_string_to_unsigned (value, 10, 1, 3600, &parsed, NULL))
    {
      set_error (context, error, "%s must be a whole number from 1 to 3600, not “%s”", name, value);
      return FALSE;
    }

  *out = (guint) parsed;
  return TRUE;
}

static void
start_exercise (GMarkupParseContext  *context,
                ParseState           *state,
                const char          **names,
                const char          **values,
                GError              **error)
{
  const char *id, *kind, *pattern, *level, *laterality, *grip, *support, *sources;
  int kind_v, pattern_v, level_v, laterality_v, grip_v, support_v;

  if (!g_markup_collect_attributes ("exercise", names, values, error,
                                    G_MARKUP_COLLECT_STRING, "id", &id,
                                    G_MARKUP_COLLECT_STRING, "kind", &kind,
                                    G_MARKUP_COLLECT_STRING, "pattern", &pattern,
                                    G_MARKUP_COLLECT_STRING, "level", &level,
                                    G_MARKUP_COLLECT_STRING, "laterality", &laterality,
                                    G_MARKUP_COLLECT_STRING, "grip", &grip,
                                    G_MARKUP_COLLECT_STRING, "support", &support,
                                    G_MARKUP_COLLECT_STRING, "sources", &sources,
                                    G_MARKUP_COLLECT_INVALID))
    return;

  if (!parse_enum_attr (context, SCAPULA_TYPE_EXERCISE_KIND, "kind", kind, &kind_v, error) ||
      !parse_enum_attr (context, SCAPULA_TYPE_MOVEMENT_PATTERN, "pattern", pattern, &pattern_v, error) ||
      !parse_enum_attr (context, SCAPULA_TYPE_LEVEL, "level", level, &level_v, error) ||
      !parse_enum_attr (context, SCAPULA_TYPE_LATERALITY, "laterality", laterality, &laterality_v, error) ||
      !parse_enum_attr (context, SCAPULA_TYPE_GRIP, "grip", grip, &grip_v, error) ||
      !parse_enum_attr (context, SCAPULA_TYPE_SUPPORT, "support", support, &support_v, error))
    return;

  if (g_hash_table_contains (state->catalog->by_slug, id))
    {
      set_error (context, error, "exercise id “%s” is used twice", id);
      return;
    }

  state->current = _scapula_exercise_new (id);
  state->current->kind = kind_v;
  state->current->pattern = pattern_v;
  state->current->level = level_v;
  state->current->laterality = laterality_v;
  state->current->grip = grip_v;
  state->current->support = support_v;
  state->current->sources = g_strsplit_set (sources, " ", -1);

  for (guint i = 0; state->current->sources[i] != NULL; i++)
    {
      if (!g_hash_table_contains (state->catalog->sources, state->current->sources[i]))
        {
          set_error (context, error, "exercise “%s” names unknown source “%s”",
                     id, state->current->sources[i]);
          return;
        }
    }

  state->aliases = g_strv_builder_new ();
  state->steps = g_strv_builder_new ();
  state->cues = g_strv_builder_new ();
  state->mistakes = g_strv_builder_new ();
  state->substitutes = g_strv_builder_new ();
}

static void
start_dose (GMarkupParseContext  *context,
            ParseState           *state,
            const char          **names,
            const char          **values,
            GError              **error)
{
  g_autoptr(ScapulaDose) dose = g_new0 (ScapulaDose, 1);
  const char *type, *min, *max, *sets, *sets_min, *sets_max, *source;
  gboolean amrap = FALSE;
  int type_v;
  guint sets_v;

  if (state->current->dose != NULL)
    {
      set_error (context, error, "exercise “%s” has two doses", state->current->slug);
      return;
    }

  if (!g_markup_collect_attributes ("dose", names, values, error,
                                    G_MARKUP_COLLECT_STRING, "type", &type,
                                    G_MARKUP_COLLECT_STRING, "min", &min,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "max", &max,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "sets", &sets,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "sets-min", &sets_min,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "sets-max", &sets_max,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "source", &source,
                                    G_MARKUP_COLLECT_BOOLEAN | G_MARKUP_COLLECT_OPTIONAL, "amrap", &amrap,
                                    G_MARKUP_COLLECT_INVALID))
    return;

  if (!parse_enum_attr (context, SCAPULA_TYPE_DOSE_TYPE, "dose type", type, &type_v, error) ||
      !parse_uint (context, "min", min, &dose->min, error) ||
      !parse_uint (context, "max", max, &dose->max, error) ||
      !parse_uint (context, "sets", sets, &sets_v, error) ||
      !parse_uint (context, "sets-min", sets_min, &dose->sets_min, error) ||
      !parse_uint (context, "sets-max", sets_max, &dose->sets_max, error))
    return;

  dose->type = type_v;
  dose->amrap = amrap;

  if (sets_v != 0)
    {
      if (sets_min != NULL || sets_max != NULL)
        {
          set_error (context, error, "a dose has either sets or sets-min/sets-max");
          return;
        }
      dose->sets_min = dose->sets_max = sets_v;
    }

  if (dose->max != 0 && dose->max < dose->min)
    {
      set_error (context, error, "dose max %u is below min %u", dose->max, dose->min);
      return;
    }

  if ((dose->sets_min == 0) != (dose->sets_max == 0) || dose->sets_max < dose->sets_min)
    {
      set_error (context, error, "dose sets-min and sets-max must both be given, min ≤ max");
      return;
    }

  if (source != NULL)
    {
      if (!g_hash_table_contains (state->catalog->sources, source))
        {
          set_error (context, error, "dose names unknown source “%s”", source);
          return;
        }
      dose->source = g_strdup (source);
    }

  state->current->dose = g_steal_pointer (&dose);
}

static void
start_element (GMarkupParseContext  *context,
                  const char           *element,
                  const char          **names,
                  const char          **values,
                  gpointer              user_data,
                  GError              **error)
{
  ParseState *state = user_data;
  const char *parent = NULL;
  const GSList *stack = g_markup_parse_context_get_element_stack (context);

  if (stack->next != NULL)
    parent = stack->next->data;

  if (g_strcmp0 (element, "catalog") == 0 && parent == NULL)
    {
      const char *version;

      if (!g_markup_collect_attributes (element, names, values, error,
                                        G_MARKUP_COLLECT_STRING, "version", &version,
                                        G_MARKUP_COLLECT_INVALID))
        return;

      if (g_strcmp0 (version, "1") != 0)
        set_error (context, error, "unsupported catalog version “%s”", version);
      state->seen_catalog = TRUE;
      return;
    }

  if (g_strcmp0 (parent, "catalog") == 0 && g_strcmp0 (element, "source") == 0)
    {
      const char *id, *title;

      if (g_markup_collect_attributes (element, names, values, error,
                                       G_MARKUP_COLLECT_STRING, "id", &id,
                                       G_MARKUP_COLLECT_STRING, "title", &title,
                                       G_MARKUP_COLLECT_INVALID))
        g_hash_table_insert (state->catalog->sources, g_strdup (id), g_strdup (title));
      return;
    }

  if (g_strcmp0 (parent, "catalog") == 0 && g_strcmp0 (element, "exercise") == 0)
    {
      start_exercise (context, state, names, values, error);
      return;
    }

  if (g_strcmp0 (parent, "exercise") != 0 || state->current == NULL)
    {
      set_error (context, error, "unexpected element <%s>", element);
      return;
    }

  if (g_strcmp0 (element, "dose") == 0)
    {
      start_dose (context, state, names, values, error);
      return;
    }

  if (g_strcmp0 (element, "muscle") == 0)
    {
      const char *role;
      int role_v;

      if (!g_markup_collect_attributes (element, names, values, error,
                                        G_MARKUP_COLLECT_STRING, "role", &role,
                                        G_MARKUP_COLLECT_INVALID) ||
          !parse_enum_attr (context, SCAPULA_TYPE_MUSCLE_ROLE, "muscle role", role, &role_v, error))
        return;

      state->muscle_role = role_v;
      state->text_kind = TEXT_MUSCLE;
    }
  else if (!g_markup_collect_attributes (element, names, values, error, G_MARKUP_COLLECT_INVALID, NULL))
    return;
  else if (g_strcmp0 (element, "name") == 0)
    state->text_kind = TEXT_NAME;
  else if (g_strcmp0 (element, "alias") == 0)
    state->text_kind = TEXT_ALIAS;
  else if (g_strcmp0 (element, "equipment") == 0)
    state->text_kind = TEXT_EQUIPMENT;
  else if (g_strcmp0 (element, "step") == 0)
    state->text_kind = TEXT_STEP;
  else if (g_strcmp0 (element, "cue") == 0)
    state->text_kind = TEXT_CUE;
  else if (g_strcmp0 (element, "mistake") == 0)
    state->text_kind = TEXT_MISTAKE;
  else if (g_strcmp0 (element, "substitute") == 0)
    state->text_kind = TEXT_SUBSTITUTE;
  else
    {
      set_error (context, error, "unexpected element <%s>", element);
      return;
    }

  g_string_truncate (state->text, 0);
}

static void
start_element_cb (GMarkupParseContext  *context,
                  const char           *element,
                  const char          **names,
                  const char          **values,
                  gpointer              user_data,
                  GError              **error)
{
  start_element (context, element, names, values, user_data, error);

  scapula_markup_prefix_position (context, error);
}

static void
text_cb (GMarkupParseContext  *context,
         const char           *text,
         gsize                 text_len,
         gpointer              user_data,
         GError              **error)
{
  ParseState *state = user_data;

  if (state->text_kind != TEXT_NONE)
    g_string_append_len (state->text, text, text_len);
}

static const char *
translate (const char *text)
{
  return g_dgettext (GETTEXT_PACKAGE, text);
}

static gboolean
index_name (ScapulaCatalog  *self,
            const char      *name,
            ScapulaExercise *exercise)
{
  g_autofree char *key = scapula_catalog_normalize_name (name);
  ScapulaExercise *other;

  if (key[0] == '\0')
    return FALSE;

  other = g_hash_table_lookup (self->by_name, key);
  if (other != NULL && other != exercise)
    return FALSE;

  g_hash_table_insert (self->by_name, g_steal_pointer (&key), exercise);
  return TRUE;
}

static void
finish_exercise (GMarkupParseContext  *context,
                 ParseState           *state,
                 GError              **error)
{
  g_autoptr(ScapulaExercise) exercise = g_steal_pointer (&state->current);
  gboolean has_primary = FALSE;

  exercise->aliases = g_strv_builder_end (state->aliases);
  exercise->steps = g_strv_builder_end (state->steps);
  exercise->cues = g_strv_builder_end (state->cues);
  exercise->mistakes = g_strv_builder_end (state->mistakes);
  exercise->substitutes = g_strv_builder_end (state->substitutes);
  reset_builders (state);

  for (guint i = 0; i < exercise->muscles->len; i++)
    has_primary |= g_array_index (exercise->muscles, ScapulaMuscleLoad, i).role == SCAPULA_MUSCLE_ROLE_PRIMARY;

  if (exercise->name == NULL)
    set_error (context, error, "exercise “%s” has no name", exercise->slug);
  else if (!has_primary)
    set_error (context, error, "exercise “%s” has no primary muscle", exercise->slug);
  else if (exercise->dose == NULL)
    set_error (context, error, "exercise “%s” has no dose", exercise->slug);
  else if (g_strv_length (exercise->steps) == 0)
    set_error (context, error, "exercise “%s” has no form steps", exercise->slug);
  if (*error != NULL)
    return;

  g_hash_table_insert (state->catalog->by_slug, exercise->slug, exercise);
  g_ptr_array_add (state->catalog->exercises, g_steal_pointer (&exercise));
}

static void
end_element_cb (GMarkupParseContext  *context,
                const char           *element,
                gpointer              user_data,
                GError              **error)
{
  ParseState *state = user_data;
  ScapulaExercise *exercise = state->current;
  TextKind kind = state->text_kind;
  g_autofree char *text = NULL;

  state->text_kind = TEXT_NONE;

  if (g_strcmp0 (element, "exercise") == 0 && exercise != NULL)
    {
      finish_exercise (context, state, error);
      return;
    }

  if (kind == TEXT_NONE)
    return;

  text = g_strstrip (g_strdup (state->text->str));
  if (text[0] == '\0')
    {
      set_error (context, error, "<%s> is empty", element);
      return;
    }

  switch (kind)
    {
    case TEXT_NAME:
      if (exercise->name != NULL)
        {
          set_error (context, error, "exercise “%s” has two names", exercise->slug);
          return;
        }
      exercise->name = g_strdup (translate (text));
      /* Both the English and the translated name find the exercise. */
      if (!index_name (state->catalog, text, exercise) ||
          !index_name (state->catalog, exercise->name, exercise))
        set_error (context, error, "the name “%s” is used twice", text);
      break;

    case TEXT_ALIAS:
      if (!index_name (state->catalog, text, exercise))
        set_error (context, error, "the alias “%s” is used twice", text);
      g_strv_builder_add (state->aliases, text);
      break;

    case TEXT_EQUIPMENT:
      {
        guint flag;

        if (!scapula_flags_from_nick (SCAPULA_TYPE_EQUIPMENT, text, &flag))
          set_error (context, error, "unknown equipment “%s”", text);
        else
          exercise->equipment |= flag;
      }
      break;

    case TEXT_MUSCLE:
      {
        ScapulaMuscleLoad load = { 0, state->muscle_role };
        int muscle;

        if (!parse_enum_attr (context, SCAPULA_TYPE_MUSCLE, "muscle", text, &muscle, error))
          return;
        load.muscle = muscle;
        if (scapula_exercise_get_muscle_weight (exercise, load.muscle) > 0)
          set_error (context, error, "muscle “%s” is listed twice", text);
        else
          g_array_append_val (exercise->muscles, load);
      }
      break;

    case TEXT_STEP:
      g_strv_builder_add (state->steps, translate (text));
      break;

    case TEXT_CUE:
      g_strv_builder_add (state->cues, translate (text));
      break;

    case TEXT_MISTAKE:
      g_strv_builder_add (state->mistakes, translate (text));
      break;

    case TEXT_SUBSTITUTE:
      if (g_strcmp0 (text, exercise->slug) == 0)
        set_error (context, error, "“%s” names itself as a substitute", text);
      else
        g_strv_builder_add (state->substitutes, text);
      break;

    case TEXT_NONE:
    default:
      g_assert_not_reached ();
    }
}

static const GMarkupParser catalog_parser = {
  start_element_cb,
  end_element_cb,
  text_cb,
  NULL,
  NULL,
};

static gboolean
check_substitutes (ScapulaCatalog  *self,
                   GError         **error)
{
  for (guint i = 0; i < self->exercises->len; i++)
    {
      ScapulaExercise *exercise = g_ptr_array_index (self->exercises, i);

      for (guint j = 0; exercise->substitutes[j] != NULL; j++)
        {
          if (!g_hash_table_contains (self->by_slug, exercise->substitutes[j]))
            {
              g_set_error (error, SCAPULA_CATALOG_ERROR, SCAPULA_CATALOG_ERROR_INVALID,
                           "exercise “%s” names unknown substitute “%s”",
                           exercise->slug, exercise->substitutes[j]);
              return FALSE;
            }
        }
    }

  return TRUE;
}

static guint
count_steps_cb (const char *exercise_id,
                gpointer    user_data)
{
  ScapulaCatalog *self = user_data;
  ScapulaExercise *exercise = g_hash_table_lookup (self->by_slug, exercise_id);

  return exercise != NULL ? g_strv_length (exercise->steps) : 0;
}

/* Reads the form-step poses (poses.xml) and gives each exercise its own.
 * An exercise the file does not describe simply has no pictures; the test
 * suite makes sure the shipped file covers the whole catalog. */
static gboolean
attach_poses (ScapulaCatalog  *self,
              GBytes          *bytes,
              GError         **error)
{
  g_autoptr(GHashTable) sets = NULL;
  GHashTableIter iter;
  gpointer key, value;

  sets = scapula_pose_sets_parse (bytes, count_steps_cb, self, error);
  if (sets == NULL)
    return FALSE;

  g_hash_table_iter_init (&iter, sets);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      ScapulaExercise *exercise = g_hash_table_lookup (self->by_slug, key);

      g_assert (exercise != NULL && exercise->poses == NULL);
      exercise->poses = value;
      g_hash_table_iter_steal (&iter);
      g_free (key);
    }

  return TRUE;
}

/* GObject ---------------------------------------------------------------- */

static void
scapula_catalog_finalize (GObject *object)
{
  ScapulaCatalog *self = (ScapulaCatalog *)object;

  g_clear_pointer (&self->by_slug, g_hash_table_unref);
  g_clear_pointer (&self->by_name, g_hash_table_unref);
  g_clear_pointer (&self->sources, g_hash_table_unref);
  g_clear_pointer (&self->exercises, g_ptr_array_unref);

  G_OBJECT_CLASS (scapula_catalog_parent_class)->finalize (object);
}

static void
scapula_catalog_class_init (ScapulaCatalogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = scapula_catalog_finalize;
}

static void
scapula_catalog_init (ScapulaCatalog *self)
{
  self->exercises = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_slug = g_hash_table_new (g_str_hash, g_str_equal);
  self->by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->sources = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/* Public API ------------------------------------------------------------- */

/**
 * scapula_catalog_new_from_bytes:
 * @bytes: the contents of a catalog file
 * @error: return location for a #GError
 *
 * Parses and checks a catalog. Any unknown element, attribute or token,
 * a duplicate id or name, or a substitute that does not exist is an error
 * that names the line.
 *
 * Returns: (transfer full): a new catalog, or %NULL on error
 */
ScapulaCatalog *
scapula_catalog_new_from_bytes (GBytes  *bytes,
                                GError **error)
{
  g_autoptr(ScapulaCatalog) self = NULL;
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  ParseState state = { 0 };
  const char *data;
  gsize len;
  gboolean ok;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (SCAPULA_TYPE_CATALOG, NULL);
  state.catalog = self;
  state.text = text;

  data = g_bytes_get_data (bytes, &len);
  context = g_markup_parse_context_new (&catalog_parser, G_MARKUP_DEFAULT_FLAGS,
                                        &state, NULL);
  ok = g_markup_parse_context_parse (context, data, len, error) &&
       g_markup_parse_context_end_parse (context, error);

  g_clear_object (&state.current);
  reset_builders (&state);

  if (!ok)
    return NULL;

  if (!state.seen_catalog)
    {
      g_set_error_literal (error, SCAPULA_CATALOG_ERROR, SCAPULA_CATALOG_ERROR_INVALID,
                           "not a catalog file");
      return NULL;
    }

  if (!check_substitutes (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * scapula_catalog_new_from_resource:
 * @path: the resource path of a catalog file
 * @error: return location for a #GError
 *
 * Loads a catalog from the app's resources, with the poses of its form
 * steps when a poses.xml lies next to it.
 *
 * Returns: (transfer full): a new catalog, or %NULL on error
 */
ScapulaCatalog *
scapula_catalog_new_from_resource (const char  *path,
                                   GError     **error)
{
  g_autoptr(ScapulaCatalog) self = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) poses = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *poses_path = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  scapula_ensure_resources ();

  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;

  self = scapula_catalog_new_from_bytes (bytes, error);
  if (self == NULL)
    return NULL;

  dir = g_path_get_dirname (path);
  poses_path = g_build_path ("/", dir, "poses.xml", NULL);
  poses = g_resources_lookup_data (poses_path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (poses != NULL && !attach_poses (self, poses, error))
    {
      g_prefix_error (error, "poses.xml: ");
      return NULL;
    }

  return g_steal_pointer (&self);
}

/**
 * scapula_catalog_new_default:
 *
 * Loads the catalog that ships in the app's resources. It is checked by the
 * test suite at build time, so failing to load it is a programming error.
 *
 * Returns: (transfer full): the shipped catalog
 */
ScapulaCatalog *
scapula_catalog_new_default (void)
{
  g_autoptr(GError) error = NULL;
  ScapulaCatalog *self;

  self = scapula_catalog_new_from_resource (RESOURCE_BASE "/catalog/catalog.xml", &error);
  if (self == NULL)
    g_error ("The shipped catalog does not load: %s", error->message);

  return self;
}

/**
 * scapula_catalog_lookup:
 *
 * Returns: (transfer none) (nullable): the exercise with @slug
 */
ScapulaExercise *
scapula_catalog_lookup (ScapulaCatalog *self,
                        const char     *slug)
{
  g_return_val_if_fail (SCAPULA_IS_CATALOG (self), NULL);
  g_return_val_if_fail (slug != NULL, NULL);

  return g_hash_table_lookup (self->by_slug, slug);
}

/**
 * scapula_catalog_lookup_name:
 * @name: a name as a person or another app wrote it
 *
 * Finds an exercise by its name, its translated name or one of its aliases,
 * ignoring case, punctuation, accents and spacing ("Bent-Over Row" finds
 * "bent over row").
 *
 * Returns: (transfer none) (nullable): the exercise
 */
ScapulaExercise *
scapula_catalog_lookup_name (ScapulaCatalog *self,
                             const char     *name)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (SCAPULA_IS_CATALOG (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  key = scapula_catalog_normalize_name (name);
  return g_hash_table_lookup (self->by_name, key);
}

/**
 * scapula_catalog_get_source_title:
 *
 * Returns: (transfer none) (nullable): the title of the seed article
 */
const char *
scapula_catalog_get_source_title (ScapulaCatalog *self,
                                  const char     *source_id)
{
  g_return_val_if_fail (SCAPULA_IS_CATALOG (self), NULL);

  if (source_id == NULL)
    return NULL;

  return g_hash_table_lookup (self->sources, source_id);
}

/**
 * scapula_catalog_normalize_name:
 *
 * Returns: (transfer full): @name folded for matching: lower case, accents
 *   removed, only letters and digits kept.
 */
char *
scapula_catalog_normalize_name (const char *name)
{
  g_autofree char *folded = NULL;
  g_autofree char *decomposed = NULL;
  GString *key;

  g_return_val_if_fail (name != NULL, NULL);

  folded = g_utf8_casefold (name, -1);
  decomposed = g_utf8_normalize (folded, -1, G_NORMALIZE_NFKD);
  key = g_string_new (NULL);

  if (decomposed == NULL)
    return g_string_free (key, FALSE);

  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (key, c);
    }

  return g_string_free (key, FALSE);
}
