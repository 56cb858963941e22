/* scapula-plan.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "scapula-plan"

#include "config.h"

#include <glib/gi18n.h>

#include "scapula-exercise.h"
#include "scapula-plan.h"

G_DEFINE_QUARK (scapula-plan-error-quark, scapula_plan_error)

gboolean
scapula_prescription_is_hold (const ScapulaPrescription *prescription)
{
  g_return_val_if_fail (prescription != NULL, FALSE);

  return prescription->hold_seconds > 0;
}

/**
 * scapula_prescription_validate:
 * @prescription: the values to check
 * @error: return location for a #SCAPULA_PLAN_ERROR naming the wrong input
 *
 * Checks @prescription against the limits the database holds, so a form
 * can refuse a value where it is typed, with a sentence that says why.
 *
 * Returns: %TRUE when every value is possible
 */
gboolean
scapula_prescription_validate (const ScapulaPrescription  *prescription,
                               GError                    **error)
{
  const ScapulaPrescription *p = prescription;

  g_return_val_if_fail (p != NULL, FALSE);

  if (p->sets < SCAPULA_PLAN_SETS_MIN || p->sets > SCAPULA_PLAN_SETS_MAX)
    {
      g_set_error (error, SCAPULA_PLAN_ERROR, SCAPULA_PLAN_ERROR_SETS,
                   _("Sets must be between %d and %d."),
                   SCAPULA_PLAN_SETS_MIN, SCAPULA_PLAN_SETS_MAX);
      return FALSE;
    }

  if (p->hold_seconds > 0)
    {
      if (p->reps_min != 0 || p->reps_max != 0)
        {
          g_set_error_literal (error, SCAPULA_PLAN_ERROR, SCAPULA_PLAN_ERROR_HOLD,
                               _("An item is either counted in reps or held for a time, not both."));
          return FALSE;
        }
      if (p->hold_seconds < SCAPULA_PLAN_HOLD_MIN || p->hold_seconds > SCAPULA_PLAN_HOLD_MAX)
        {
          g_set_error (error, SCAPULA_PLAN_ERROR, SCAPULA_PLAN_ERROR_HOLD,
                       _("A hold must last between %d and %d seconds."),
                       SCAPULA_PLAN_HOLD_MIN, SCAPULA_PLAN_HOLD_MAX);
          return FALSE;
        }
    }
  else
    {
      if (p->reps_min < SCAPULA_PLAN_REPS_MIN || p->reps_max > SCAPULA_PLAN_REPS_MAX ||
          p->reps_max < SCAPULA_PLAN_REPS_MIN || p->reps_min > SCAPULA_PLAN_REPS_MAX)
        {
          g_set_error (error, SCAPULA_PLAN_ERROR, SCAPULA_PLAN_ERROR_REPS,
                       _("Reps must be between %d and %d."),
                       SCAPULA_PLAN_REPS_MIN, SCAPULA_PLAN_REPS_MAX);
          return FALSE;
        }
      if (p->reps_min > p->reps_max)
        {
          g_set_error_literal (error, SCAPULA_PLAN_ERROR, SCAPULA_PLAN_ERROR_REPS,
                               _("The fewest reps cannot be more than the most reps."));
          return FALSE;
        }
    }

  if (p->rest_seconds > SCAPULA_PLAN_REST_MAX)
    {
      g_set_error (error, SCAPULA_PLAN_ERROR, SCAPULA_PLAN_ERROR_REST,
                   _("Rest must be between 0 and %d seconds."), SCAPULA_PLAN_REST_MAX);
      return FALSE;
    }

  if (p->warmup_sets > SCAPULA_PLAN_WARMUP_MAX)
    {
      g_set_error (error, SCAPULA_PLAN_ERROR, SCAPULA_PLAN_ERROR_WARMUP,
                   _("Warm-up sets must be between 0 and %d."), SCAPULA_PLAN_WARMUP_MAX);
      return FALSE;
    }

  return TRUE;
}

/* Rest follows the rep range: heavy, short sets need the longest rest. */
static guint
rest_for_dose (const ScapulaDose *dose)
{
  if (dose->amrap)
    return 120;
  if (dose->min <= 5)
    return 150;
  if (dose->min <= 6)
    return 120;
  if (dose->min <= 8)
    return 90;
  return 60;
}

/**
 * scapula_prescription_init_for_exercise:
 * @prescription: (out caller-allocates): filled in
 * @exercise: the exercise being added to a day
 * @level: the plan's level
 *
 * A sensible starting prescription for @exercise, from its catalog dose:
 * its rep range or hold, beginners' fewer sets, rest from the rep range,
 * one warm-up set before free-weight compound lifts, sides for unilateral
 * exercises, and double progression for strength work. Warm-up moves and
 * stretches do not progress; a stretch gets a breath between holds. The
 * generator starts from the same values.
 */
void
scapula_prescription_init_for_exercise (ScapulaPrescription *prescription,
                                        ScapulaExercise     *exercise,
                                        ScapulaLevel         level)
{
  const ScapulaDose *dose;
  ScapulaExerciseKind kind;
  ScapulaMovementPattern pattern;
  ScapulaPrescription p = { 0 };

  g_return_if_fail (prescription != NULL);
  g_return_if_fail (SCAPULA_IS_EXERCISE (exercise));

  dose = scapula_exercise_get_dose (exercise);
  kind = scapula_exercise_get_kind (exercise);
  pattern = scapula_exercise_get_pattern (exercise);

  p.per_side = scapula_exercise_get_laterality (exercise) == SCAPULA_LATERALITY_UNILATERAL;

  if (dose->type == SCAPULA_DOSE_TYPE_REPS)
    {
      p.reps_min = CLAMP (dose->min, SCAPULA_PLAN_REPS_MIN, SCAPULA_PLAN_REPS_MAX);
      if (dose->max > 0)
        p.reps_max = CLAMP (dose->max, p.reps_min, SCAPULA_PLAN_REPS_MAX);
      else if (dose->amrap)
        /* "As many good reps as you can": a range to grow into. */
        p.reps_max = MAX (p.reps_min, 12);
      else if (kind == SCAPULA_EXERCISE_KIND_STRENGTH)
        p.reps_max = MIN (p.reps_min + 4, SCAPULA_PLAN_REPS_MAX);
      else
        p.reps_max = p.reps_min;
    }
  else
    {
      p.hold_seconds = CLAMP (dose->min, SCAPULA_PLAN_HOLD_MIN, SCAPULA_PLAN_HOLD_MAX);
    }

  if (kind == SCAPULA_EXERCISE_KIND_STRENGTH)
    {
      p.sets = level == SCAPULA_LEVEL_BEGINNER ? 2 : 3;
      if (dose->sets_min > 0)
        p.sets = MAX (p.sets, dose->sets_min);
      if (dose->sets_max > 0)
        p.sets = MIN (p.sets, dose->sets_max);
      p.rest_seconds = rest_for_dose (dose);
      p.warmup_sets = (pattern == SCAPULA_MOVEMENT_PATTERN_HORIZONTAL_ROW ||
                       pattern == SCAPULA_MOVEMENT_PATTERN_VERTICAL_PULL ||
                       pattern == SCAPULA_MOVEMENT_PATTERN_HINGE) ? 1 : 0;
      p.progression = SCAPULA_PROGRESSION_DOUBLE;
    }
  else
    {
      p.sets = dose->sets_min > 0 ? dose->sets_min : (kind == SCAPULA_EXERCISE_KIND_STRETCH ? 2 : 1);
      p.rest_seconds = kind == SCAPULA_EXERCISE_KIND_STRETCH && p.hold_seconds > 0 ? 10 : 0;
      p.progression = SCAPULA_PROGRESSION_NONE;
    }

  p.sets = CLAMP (p.sets, SCAPULA_PLAN_SETS_MIN, SCAPULA_PLAN_SETS_MAX);

  g_warn_if_fail (scapula_prescription_validate (&p, NULL));
  *prescription = p;
}

char *
scapula_format_rest (guint seconds)
{
  if (seconds == 0)
    return g_strdup (_("no rest"));
  if (seconds % 60 == 0)
    /* Translators: rest between sets in whole minutes, e.g. "2 min rest". */
    return g_strdup_printf (_("%u min rest"), seconds / 60);
  if (seconds > 60)
    /* Translators: rest between sets in minutes and seconds, e.g. "1:30 rest". */
    return g_strdup_printf (_("%u:%02u rest"), seconds / 60, seconds % 60);
  /* Translators: rest between sets in seconds, e.g. "45 s rest". */
  return g_strdup_printf (_("%u s rest"), seconds);
}

/**
 * scapula_prescription_format:
 * @prescription: a prescription
 *
 * Formats the sets and their size, e.g. "3 × 8–12" or "2 × 30 s each side".
 *
 * Returns: (transfer full): the text
 */
char *
scapula_prescription_format (const ScapulaPrescription *prescription)
{
  const ScapulaPrescription *p = prescription;
  g_autofree char *size = NULL;

  g_return_val_if_fail (p != NULL, NULL);

  if (p->hold_seconds >= 60 && p->hold_seconds % 60 == 0)
    /* Translators: the length of one timed effort in minutes, e.g. "5 min". */
    size = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u min", "%u min", p->hold_seconds / 60),
                            p->hold_seconds / 60);
  else if (p->hold_seconds > 0)
    /* Translators: the length of one hold, e.g. "30 s". */
    size = g_strdup_printf (_("%u s"), p->hold_seconds);
  else if (p->reps_min == p->reps_max)
    size = g_strdup_printf ("%u", p->reps_min);
  else
    /* Translators: a rep range; keep the word joiner (U+2060) around the dash. */
    size = g_strdup_printf (_("%u⁠–⁠%u"), p->reps_min, p->reps_max);

  if (p->per_side)
    /* Translators: sets × reps for each side, e.g. "3 × 8–12 each side". */
    return g_strdup_printf (_("%u × %s each side"), p->sets, size);

  /* Translators: sets × reps, e.g. "3 × 8–12". */
  return g_strdup_printf (_("%u × %s"), p->sets, size);
}

const char *
scapula_plan_role_get_label (ScapulaPlanRole role)
{
  switch (role)
    {
    case SCAPULA_PLAN_ROLE_NONE:           return "";
    case SCAPULA_PLAN_ROLE_WARM_UP:        return _("Warm-up");
    case SCAPULA_PLAN_ROLE_FOUNDATION_ROW: return _("Foundation row");
    case SCAPULA_PLAN_ROLE_VERTICAL_PULL:  return _("Vertical pull");
    case SCAPULA_PLAN_ROLE_ISOLATION:      return _("Isolation");
    case SCAPULA_PLAN_ROLE_HEAVY_FINISHER: return _("Heavier finisher");
    case SCAPULA_PLAN_ROLE_HIP_HINGE:      return _("Hip hinge");
    case SCAPULA_PLAN_ROLE_MOBILITY:       return _("Mobility");
    case SCAPULA_PLAN_ROLE_COOL_DOWN:      return _("Cool-down");
    default:
      g_return_val_if_reached ("");
    }
}

const char *
scapula_progression_get_label (ScapulaProgression progression)
{
  switch (progression)
    {
    case SCAPULA_PROGRESSION_DOUBLE: return _("Double progression");
    case SCAPULA_PROGRESSION_LINEAR: return _("Linear");
    case SCAPULA_PROGRESSION_NONE:   return _("None");
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * scapula_weekday_get_name:
 * @weekday: an ISO weekday, 1 (Monday) to 7 (Sunday)
 *
 * Returns: the day's full name in the user's language
 */
const char *
scapula_weekday_get_name (guint weekday)
{
  switch (weekday)
    {
    case 1: return _("Monday");
    case 2: return _("Tuesday");
    case 3: return _("Wednesday");
    case 4: return _("Thursday");
    case 5: return _("Friday");
    case 6: return _("Saturday");
    case 7: return _("Sunday");
    default:
      g_return_val_if_reached ("");
    }
}


/* ScapulaPlanItem */

struct _ScapulaPlanItem
{
  GObject             parent_instance;

  char               *exercise;
  ScapulaPrescription prescription;
  char               *notes;
  ScapulaPlanRole     role;
};

G_DEFINE_FINAL_TYPE (ScapulaPlanItem, scapula_plan_item, G_TYPE_OBJECT)

enum { ITEM_CHANGED, N_ITEM_SIGNALS };
static guint item_signals[N_ITEM_SIGNALS];

static void
scapula_plan_item_finalize (GObject *object)
{
  ScapulaPlanItem *self = SCAPULA_PLAN_ITEM (object);

  g_free (self->exercise);
  g_free (self->notes);

  G_OBJECT_CLASS (scapula_plan_item_parent_class)->finalize (object);
}

static void
scapula_plan_item_class_init (ScapulaPlanItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = scapula_plan_item_finalize;

  /**
   * ScapulaPlanItem::changed:
   *
   * Emitted when anything about the item changes.
   */
  item_signals[ITEM_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
scapula_plan_item_init (ScapulaPlanItem *self)
{
}

/**
 * scapula_plan_item_new:
 * @exercise: the exercise's slug
 * @prescription: what the item asks for; it must be valid
 *
 * Returns: (transfer full): a new item
 */
ScapulaPlanItem *
scapula_plan_item_new (const char                *exercise,
                       const ScapulaPrescription *prescription)
{
  ScapulaPlanItem *self;

  g_return_val_if_fail (exercise != NULL && *exercise != '\0', NULL);
  g_return_val_if_fail (scapula_prescription_validate (prescription, NULL), NULL);

  self = g_object_new (SCAPULA_TYPE_PLAN_ITEM, NULL);
  self->exercise = g_strdup (exercise);
  self->prescription = *prescription;

  return self;
}

ScapulaPlanItem *
scapula_plan_item_copy (ScapulaPlanItem *self)
{
  ScapulaPlanItem *copy;

  g_return_val_if_fail (SCAPULA_IS_PLAN_ITEM (self), NULL);

  copy = scapula_plan_item_new (self->exercise, &self->prescription);
  copy->notes = g_strdup (self->notes);
  copy->role = self->role;

  return copy;
}

const char *
scapula_plan_item_get_exercise (ScapulaPlanItem *self)
{
  g_return_val_if_fail (SCAPULA_IS_PLAN_ITEM (self), NULL);

  return self->exercise;
}

void
scapula_plan_item_set_exercise (ScapulaPlanItem *self,
                                const char      *exercise)
{
  g_return_if_fail (SCAPULA_IS_PLAN_ITEM (self));
  g_return_if_fail (exercise != NULL && *exercise != '\0');

  if (g_strcmp0 (self->exercise, exercise) == 0)
    return;

  g_free (self->exercise);
  self->exercise = g_strdup (exercise);
  g_signal_emit (self, item_signals[ITEM_CHANGED], 0);
}

const ScapulaPrescription *
scapula_plan_item_get_prescription (ScapulaPlanItem *self)
{
  g_return_val_if_fail (SCAPULA_IS_PLAN_ITEM (self), NULL);

  return &self->prescription;
}

static gboolean
prescription_equal (const ScapulaPrescription *a,
                    const ScapulaPrescription *b)
{
  return a->sets == b->sets &&
         a->reps_min == b->reps_min &&
         a->reps_max == b->reps_max &&
         a->hold_seconds == b->hold_seconds &&
         a->rest_seconds == b->rest_seconds &&
         a->warmup_sets == b->warmup_sets &&
         a->per_side == b->per_side &&
         a->progression == b->progression;
}

void
scapula_plan_item_set_prescription (ScapulaPlanItem           *self,
                                    const ScapulaPrescription *prescription)
{
  g_return_if_fail (SCAPULA_IS_PLAN_ITEM (self));
  g_return_if_fail (scapula_prescription_validate (prescription, NULL));

  if (prescription_equal (&self->prescription, prescription))
    return;

  self->prescription = *prescription;
  g_signal_emit (self, item_signals[ITEM_CHANGED], 0);
}

const char *
scapula_plan_item_get_notes (ScapulaPlanItem *self)
{
  g_return_val_if_fail (SCAPULA_IS_PLAN_ITEM (self), NULL);

  return self->notes;
}

void
scapula_plan_item_set_notes (ScapulaPlanItem *self,
                             const char      *notes)
{
  g_return_if_fail (SCAPULA_IS_PLAN_ITEM (self));

  if (notes != NULL && *notes == '\0')
    notes = NULL;

  if (g_strcmp0 (self->notes, notes) == 0)
    return;

  g_free (self->notes);
  self->notes = g_strdup (notes);
  g_signal_emit (self, item_signals[ITEM_CHANGED], 0);
}

ScapulaPlanRole
scapula_plan_item_get_role (ScapulaPlanItem *self)
{
  g_return_val_if_fail (SCAPULA_IS_PLAN_ITEM (self), SCAPULA_PLAN_ROLE_NONE);

  return self->role;
}

void
scapula_plan_item_set_role (ScapulaPlanItem *self,
                            ScapulaPlanRole  role)
{
  g_return_if_fail (SCAPULA_IS_PLAN_ITEM (self));

  if (self->role == role)
    return;

  self->role = role;
  g_signal_emit (self, item_signals[ITEM_CHANGED], 0);
}


/* ScapulaPlanDay */

struct _ScapulaPlanDay
{
  GObject    parent_instance;

  GPtrArray *items;
  gint64     id;
  guint      weekday;
  gboolean   training;
};

static void scapula_plan_day_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (ScapulaPlanDay, scapula_plan_day, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      scapula_plan_day_list_model_init))

enum { DAY_CHANGED, N_DAY_SIGNALS };
static guint day_signals[N_DAY_SIGNALS];

static GType
scapula_plan_day_get_item_type (GListModel *model)
{
  return SCAPULA_TYPE_PLAN_ITEM;
}

static guint
scapula_plan_day_get_n_items_model (GListModel *model)
{
  return SCAPULA_PLAN_DAY (model)->items->len;
}

static gpointer
scapula_plan_day_get_item_model (GListModel *model,
                                 guint       position)
{
  ScapulaPlanDay *self = SCAPULA_PLAN_DAY (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
scapula_plan_day_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = scapula_plan_day_get_item_type;
  iface->get_n_items = scapula_plan_day_get_n_items_model;
  iface->get_item = scapula_plan_day_get_item_model;
}

static void
item_changed_cb (ScapulaPlanDay *self)
{
  g_signal_emit (self, day_signals[DAY_CHANGED], 0);
}

static void
release_item (gpointer data,
              gpointer user_data)
{
  g_signal_handlers_disconnect_by_func (data, item_changed_cb, user_data);
}

static void
scapula_plan_day_dispose (GObject *object)
{
  ScapulaPlanDay *self = SCAPULA_PLAN_DAY (object);

  g_ptr_array_foreach (self->items, release_item, self);
  g_ptr_array_set_size (self->items, 0);

  G_OBJECT_CLASS (scapula_plan_day_parent_class)->dispose (object);
}

static void
scapula_plan_day_finalize (GObject *object)
{
  ScapulaPlanDay *self = SCAPULA_PLAN_DAY (object);

  g_ptr_array_unref (self->items);

  G_OBJECT_CLASS (scapula_plan_day_parent_class)->finalize (object);
}

static void
scapula_plan_day_class_init (ScapulaPlanDayClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = scapula_plan_day_dispose;
  object_class->finalize = scapula_plan_day_finalize;

  /**
   * ScapulaPlanDay::changed:
   *
   * Emitted when the day, its list of items or any of its items changes.
   */
  day_signals[DAY_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
scapula_plan_day_init (ScapulaPlanDay *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

static ScapulaPlanDay *
scapula_plan_day_new (guint weekday)
{
  ScapulaPlanDay *self = g_object_new (SCAPULA_TYPE_PLAN_DAY, NULL);

  self->weekday = weekday;

  return self;
}

guint
scapula_plan_day_get_weekday (ScapulaPlanDay *self)
{
  g_return_val_if_fail (SCAPULA_IS_PLAN_DAY (self), 0);

  return self->weekday;
}

gint64
scapula_plan_day_get_id (ScapulaPlanDay *self)
{
  g_return_val_if_fail (SCAPULA_IS_PLAN_DAY (self), 0);

  return self->id;
}

/* Set by the store once the day has a row; not a change to the plan. */
void
scapula_plan_day_set_id (ScapulaPlanDay *self,
                         gint64          id)
{
  g_return_if_fail (SCAPULA_IS_PLAN_DAY (self));

  self->id = id;
}

gboolean
scapula_plan_day_get_training (ScapulaPlanDay *self)
{
  g_return_val_if_fail (SCAPULA_IS_PLAN_DAY (self), FALSE);

  return self->training;
}

void
scapula_plan_day_set_training (ScapulaPlanDay *self,
                               gboolean        training)
{
  g_return_if_fail (SCAPULA_IS_PLAN_DAY (self));

  training = !!training;
  if (self->training == training)
    return;

  self->training = training;
  g_signal_emit (self, day_signals[DAY_CHANGED], 0);
}

guint
scapula_plan_day_get_n_items (ScapulaPlanDay *self)
{
  g_return_val_if_fail (SCAPULA_IS_PLAN_DAY (self), 0);

  return self->items->len;
}

/**
 * scapula_plan_day_get_item:
 *
 * Returns: (transfer none): the item at @position
 */
ScapulaPlanItem *
scapula_plan_day_get_item (ScapulaPlanDay *self,
                           guint           position)
{
  g_return_val_if_fail (SCAPULA_IS_PLAN_DAY (self), NULL);
  g_return_val_if_fail (position < self->items->len, NULL);

  return g_ptr_array_index (self->items, position);
}

void
scapula_plan_day_insert (ScapulaPlanDay  *self,
                         guint            position,
                         ScapulaPlanItem *item)
{
  g_return_if_fail (SCAPULA_IS_PLAN_DAY (self));
  g_return_if_fail (SCAPULA_IS_PLAN_ITEM (item));

  position = MIN (position, self->items->len);
  g_ptr_array_insert (self->items, position, g_object_ref (item));
  g_signal_connect_swapped (item, "changed", G_CALLBACK (item_changed_cb), self);

  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, 1);
  g_signal_emit (self, day_signals[DAY_CHANGED], 0);
}

void
scapula_plan_day_append (ScapulaPlanDay  *self,
                         ScapulaPlanItem *item)
{
  g_return_if_fail (SCAPULA_IS_PLAN_DAY (self));

  scapula_plan_day_insert (self, self->items->len, item);
}

/**
 * scapula_plan_day_remove:
 *
 * Returns: (transfer full): the removed item, for an undo
 */
ScapulaPlanItem *
scapula_plan_day_remove (ScapulaPlanDay *self,
                         guint           position)
{
  ScapulaPlanItem *item;

  g_return_val_if_fail (SCAPULA_IS_PLAN_DAY (self), NULL);
  g_return_val_if_fail (position < self->items->len, NULL);

  item = g_ptr_array_steal_index (self->items, position);
  release_item (item, self);

  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);
  g_signal_emit (self, day_signals[DAY_CHANGED], 0);

  return item;
}

void
scapula_plan_day_remove_all (ScapulaPlanDay *self)
{
  guint n;

  g_return_if_fail (SCAPULA_IS_PLAN_DAY (self));

  n = self->items->len;
  if (n == 0)
    return;

  g_ptr_array_foreach (self->items, release_item, self);
  g_ptr_array_set_size (self->items, 0);

  g_list_model_items_changed (G_LIST_MODEL (self), 0, n, 0);
  g_signal_emit (self, day_signals[DAY_CHANGED], 0);
}

gboolean
scapula_plan_day_find (ScapulaPlanDay  *self,
                       ScapulaPlanItem *item,
                       guint           *position)
{
  g_return_val_if_fail (SCAPULA_IS_PLAN_DAY (self), FALSE);

  return g_ptr_array_find (self->items, item, position);
}


/* ScapulaPlan */

struct _ScapulaPlan
{
  GObject         parent_instance;

  ScapulaPlanDay *days[7];
  char           *name;
  GDate           start_date;
  gint64          id;
  guint           block_weeks;
  ScapulaLevel    level;
  guint           freeze_count;
  gboolean        changed_while_frozen;
  gboolean        active;
};

G_DEFINE_FINAL_TYPE (ScapulaPlan, scapula_plan, G_TYPE_OBJECT)

enum { PLAN_CHANGED, N_PLAN_SIGNALS };
static guint plan_signals[N_PLAN_SIGNALS];

static void
emit_changed (ScapulaPlan *self)
{
  if (self->freeze_count > 0)
    {
      self->changed_while_frozen = TRUE;
      return;
    }

  g_signal_emit (self, plan_signals[PLAN_CHANGED], 0);
}

static void
scapula_plan_dispose (GObject *object)
{
  ScapulaPlan *self = SCAPULA_PLAN (object);

  for (guint i = 0; i < G_N_ELEMENTS (self->days); i++)
    {
      if (self->days[i] != NULL)
        g_signal_handlers_disconnect_by_func (self->days[i], emit_changed, self);
      g_clear_object (&self->days[i]);
    }

  G_OBJECT_CLASS (scapula_plan_parent_class)->dispose (object);
}

static void
scapula_plan_finalize (GObject *object)
{
  ScapulaPlan *self = SCAPULA_PLAN (object);

  g_free (self->name);

  G_OBJECT_CLASS (scapula_plan_parent_class)->finalize (object);
}

static void
scapula_plan_class_init (ScapulaPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = scapula_plan_dispose;
  object_class->finalize = scapula_plan_finalize;

  /**
   * ScapulaPlan::changed:
   *
   * Emitted when anything in the plan changes: its name, dates, days or
   * any item. The store saves on it; the checker runs again on it.
   */
  plan_signals[PLAN_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
scapula_plan_init (ScapulaPlan *self)
{
  self->block_weeks = SCAPULA_PLAN_BLOCK_DEFAULT;
  g_date_clear (&self->start_date, 1);

  for (guint i = 0; i < G_N_ELEMENTS (self->days); i++)
    {
      self->days[i] = scapula_plan_day_new (i + 1);
      g_signal_connect_swapped (self->days[i], "changed", G_CALLBACK (emit_changed), self);
    }
}

/**
 * scapula_plan_new:
 * @name: the plan's name
 * @start_date: the first day of the block
 *
 * Returns: (transfer full): a plan with seven rest days
 */
ScapulaPlan *
scapula_plan_new (const char  *name,
                  const GDate *start_date)
{
  ScapulaPlan *self;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (start_date != NULL && g_date_valid (start_date), NULL);

  self = g_object_new (SCAPULA_TYPE_PLAN, NULL);
  self->name = g_strdup (name);
  self->start_date = *start_date;

  return self;
}

gint64
scapula_plan_get_id (ScapulaPlan *self)
{
  g_return_val_if_fail (SCAPULA_IS_PLAN (self), 0);

  return self->id;
}

/* Set by the store once the plan has a row; not a change to the plan. */
void
scapula_plan_set_id (ScapulaPlan *self,
                     gint64       id)
{
  g_return_if_fail (SCAPULA_IS_PLAN (self));

  self->id = id;
}

const char *
scapula_plan_get_name (ScapulaPlan *self)
{
  g_return_val_if_fail (SCAPULA_IS_PLAN (self), NULL);

  return self->name;
}

void
scapula_plan_set_name (ScapulaPlan *self,
                       const char  *name)
{
  g_return_if_fail (SCAPULA_IS_PLAN (self));
  g_return_if_fail (name != NULL);

  if (g_strcmp0 (self->name, name) == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name);
  emit_changed (self);
}

const GDate *
scapula_plan_get_start_date (ScapulaPlan *self)
{
  g_return_val_if_fail (SCAPULA_IS_PLAN (self), NULL);

  return &self->start_date;
}

void
scapula_plan_set_start_date (ScapulaPlan *self,
                             const GDate *start_date)
{
  g_return_if_fail (SCAPULA_IS_PLAN (self));
  g_return_if_fail (start_date != NULL && g_date_valid (start_date));

  if (g_date_compare (&self->start_date, start_date) == 0)
    return;

  self->start_date = *start_date;
  emit_changed (self);
}

guint
scapula_plan_get_block_weeks (ScapulaPlan *self)
{
  g_return_val_if_fail (SCAPULA_IS_PLAN (self), 0);

  return self->block_weeks;
}

void
scapula_plan_set_block_weeks (ScapulaPlan *self,
                              guint        block_weeks)
{
  g_return_if_fail (SCAPULA_IS_PLAN (self));
  g_return_if_fail (block_weeks >= 1 && block_weeks <= SCAPULA_PLAN_BLOCK_MAX);

  if (self->block_weeks == block_weeks)
    return;

  self->block_weeks = block_weeks;
  emit_changed (self);
}

/* The level the plan is written for; the checker holds beginner plans to
 * the beginner rule.
 */
ScapulaLevel
scapula_plan_get_level (ScapulaPlan *self)
{
  g_return_val_if_fail (SCAPULA_IS_PLAN (self), SCAPULA_LEVEL_BEGINNER);

  return self->level;
}

void
scapula_plan_set_level (ScapulaPlan  *self,
                        ScapulaLevel  level)
{
  g_return_if_fail (SCAPULA_IS_PLAN (self));
  g_return_if_fail (level <= SCAPULA_LEVEL_ADVANCED);

  if (self->level == level)
    return;

  self->level = level;
  emit_changed (self);
}

gboolean
scapula_plan_get_active (ScapulaPlan *self)
{
  g_return_val_if_fail (SCAPULA_IS_PLAN (self), FALSE);

  return self->active;
}

/* The store keeps one plan active; use scapula_plan_store_set_active(). */
void
scapula_plan_set_active (ScapulaPlan *self,
                         gboolean     active)
{
  g_return_if_fail (SCAPULA_IS_PLAN (self));

  self->active = !!active;
}

/**
 * scapula_plan_get_day:
 * @weekday: an ISO weekday, 1 (Monday) to 7 (Sunday)
 *
 * Returns: (transfer none): that day of the plan
 */
ScapulaPlanDay *
scapula_plan_get_day (ScapulaPlan *self,
                      guint        weekday)
{
  g_return_val_if_fail (SCAPULA_IS_PLAN (self), NULL);
  g_return_val_if_fail (weekday >= 1 && weekday <= 7, NULL);

  return self->days[weekday - 1];
}

guint
scapula_plan_count_training_days (ScapulaPlan *self)
{
  guint n = 0;

  g_return_val_if_fail (SCAPULA_IS_PLAN (self), 0);

  for (guint i = 0; i < G_N_ELEMENTS (self->days); i++)
    n += self->days[i]->training;

  return n;
}

/**
 * scapula_plan_get_block_week:
 * @today: the date to place in the block
 *
 * Returns: the week of the block @today falls in, counting from 1: 0 before
 *   the block starts, more than the block's length once it is over
 */
int
scapula_plan_get_block_week (ScapulaPlan *self,
                             const GDate *today)
{
  int days;

  g_return_val_if_fail (SCAPULA_IS_PLAN (self), 0);
  g_return_val_if_fail (today != NULL && g_date_valid (today), 0);

  days = g_date_days_between (&self->start_date, today);
  if (days < 0)
    return 0;

  return days / 7 + 1;
}

/**
 * scapula_plan_move_item:
 *
 * Moves an item within a day or to another day. @to_position counts in the
 * target day as it is before the move.
 */
void
scapula_plan_move_item (ScapulaPlan *self,
                        guint        from_weekday,
                        guint        from_position,
                        guint        to_weekday,
                        guint        to_position)
{
  ScapulaPlanDay *from, *to;
  g_autoptr(ScapulaPlanItem) item = NULL;

  g_return_if_fail (SCAPULA_IS_PLAN (self));

  from = scapula_plan_get_day (self, from_weekday);
  to = scapula_plan_get_day (self, to_weekday);
  g_return_if_fail (from != NULL && to != NULL);
  g_return_if_fail (from_position < from->items->len);

  if (from == to && (to_position == from_position || to_position == from_position + 1))
    return;

  scapula_plan_freeze_changed (self);
  item = scapula_plan_day_remove (from, from_position);
  if (from == to && to_position > from_position)
    to_position--;
  scapula_plan_day_insert (to, to_position, item);
  if (!to->training)
    scapula_plan_day_set_training (to, TRUE);
  scapula_plan_thaw_changed (self);
}

/**
 * scapula_plan_copy_day:
 *
 * Makes @to_weekday a training day with copies of @from_weekday's items,
 * replacing what it held.
 */
void
scapula_plan_copy_day (ScapulaPlan *self,
                       guint        from_weekday,
                       guint        to_weekday)
{
  ScapulaPlanDay *from, *to;

  g_return_if_fail (SCAPULA_IS_PLAN (self));

  from = scapula_plan_get_day (self, from_weekday);
  to = scapula_plan_get_day (self, to_weekday);
  g_return_if_fail (from != NULL && to != NULL);

  if (from == to)
    return;

  scapula_plan_freeze_changed (self);
  scapula_plan_day_remove_all (to);
  for (guint i = 0; i < from->items->len; i++)
    {
      g_autoptr(ScapulaPlanItem) copy = scapula_plan_item_copy (g_ptr_array_index (from->items, i));

      scapula_plan_day_append (to, copy);
    }
  scapula_plan_day_set_training (to, from->training);
  scapula_plan_thaw_changed (self);
}

/**
 * scapula_plan_freeze_changed:
 *
 * Holds back #ScapulaPlan::changed until the matching thaw, so a run of
 * edits is one change.
 */
void
scapula_plan_freeze_changed (ScapulaPlan *self)
{
  g_return_if_fail (SCAPULA_IS_PLAN (self));

  self->freeze_count++;
}

void
scapula_plan_thaw_changed (ScapulaPlan *self)
{
  g_return_if_fail (SCAPULA_IS_PLAN (self));
  g_return_if_fail (self->freeze_count > 0);

  if (--self->freeze_count == 0 && self->changed_while_frozen)
    {
      self->changed_while_frozen = FALSE;
      g_signal_emit (self, plan_signals[PLAN_CHANGED], 0);
    }
}
