/* scapula-vocabulary.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "scapula-vocabulary"

#include "config.h"

#include <glib/gi18n.h>

#include "scapula-enums.h"
#include "scapula-vocabulary.h"

/* Tokens in files and the database are the GEnumValue nicks; labels are
 * what the user reads. Keeping both here means a new enum value fails to
 * compile (-Wswitch) until it has a label.
 */

gboolean
scapula_enum_from_nick (GType       enum_type,
                        const char *nick,
                        int        *value)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *found;

  g_return_val_if_fail (G_TYPE_IS_ENUM (enum_type), FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  if (nick == NULL)
    return FALSE;

  klass = g_type_class_ref (enum_type);
  found = g_enum_get_value_by_nick (klass, nick);
  if (found == NULL)
    return FALSE;

  *value = found->value;
  return TRUE;
}

/**
 * scapula_enum_to_nick:
 *
 * Returns: (transfer none): the token for @value; enum classes stay
 *   referenced once used, so the string lives as long as the program
 */
const char *
scapula_enum_to_nick (GType enum_type,
                      int   value)
{
  GEnumClass *klass;
  GEnumValue *found;

  g_return_val_if_fail (G_TYPE_IS_ENUM (enum_type), NULL);

  klass = g_type_class_peek (enum_type);
  if (klass == NULL)
    klass = g_type_class_ref (enum_type); /* kept for the program's life */

  found = g_enum_get_value (klass, value);
  g_return_val_if_fail (found != NULL, NULL);

  return found->value_nick;
}

gboolean
scapula_flags_from_nick (GType       flags_type,
                         const char *nick,
                         guint      *value)
{
  g_autoptr(GFlagsClass) klass = NULL;
  GFlagsValue *found;

  g_return_val_if_fail (G_TYPE_IS_FLAGS (flags_type), FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  if (nick == NULL)
    return FALSE;

  klass = g_type_class_ref (flags_type);
  found = g_flags_get_value_by_nick (klass, nick);
  if (found == NULL || found->value == 0)
    return FALSE;

  *value = found->value;
  return TRUE;
}

const char *
scapula_muscle_get_label (ScapulaMuscle muscle)
{
  switch (muscle)
    {
    case SCAPULA_MUSCLE_TRAPEZIUS_UPPER:   return _("Upper trapezius");
    case SCAPULA_MUSCLE_TRAPEZIUS_MIDDLE:  return _("Middle trapezius");
    case SCAPULA_MUSCLE_TRAPEZIUS_LOWER:   return _("Lower trapezius");
    case SCAPULA_MUSCLE_RHOMBOID_MAJOR:    return _("Rhomboid major");
    case SCAPULA_MUSCLE_RHOMBOID_MINOR:    return _("Rhomboid minor");
    case SCAPULA_MUSCLE_LATISSIMUS_DORSI:  return _("Latissimus dorsi");
    case SCAPULA_MUSCLE_TERES_MAJOR:       return _("Teres major");
    case SCAPULA_MUSCLE_TERES_MINOR:       return _("Teres minor");
    case SCAPULA_MUSCLE_INFRASPINATUS:     return _("Infraspinatus");
    case SCAPULA_MUSCLE_POSTERIOR_DELTOID: return _("Rear deltoid");
    case SCAPULA_MUSCLE_ERECTOR_SPINAE:    return _("Erector spinae");
    case SCAPULA_MUSCLE_GLUTEUS_MAXIMUS:   return _("Glutes");
    case SCAPULA_MUSCLE_HAMSTRINGS:        return _("Hamstrings");
    case SCAPULA_MUSCLE_BICEPS:            return _("Biceps");
    case SCAPULA_MUSCLE_FOREARMS:          return _("Forearms and grip");
    case SCAPULA_MUSCLE_CORE:              return _("Core");
    case SCAPULA_MUSCLE_PECTORALS:         return _("Chest");
    default:                               g_return_val_if_reached (NULL);
    }
}

const char *
scapula_exercise_kind_get_label (ScapulaExerciseKind kind)
{
  switch (kind)
    {
    case SCAPULA_EXERCISE_KIND_STRENGTH: return _("Strength");
    case SCAPULA_EXERCISE_KIND_WARMUP:   return _("Warm-up");
    case SCAPULA_EXERCISE_KIND_STRETCH:  return _("Stretch");
    default:                             g_return_val_if_reached (NULL);
    }
}

const char *
scapula_movement_pattern_get_label (ScapulaMovementPattern pattern)
{
  switch (pattern)
    {
    case SCAPULA_MOVEMENT_PATTERN_HORIZONTAL_ROW: return _("Horizontal row");
    case SCAPULA_MOVEMENT_PATTERN_VERTICAL_PULL:  return _("Vertical pull");
    case SCAPULA_MOVEMENT_PATTERN_HINGE:          return _("Hip hinge");
    case SCAPULA_MOVEMENT_PATTERN_ISOLATION:      return _("Isolation");
    case SCAPULA_MOVEMENT_PATTERN_CARRY:          return _("Carry");
    case SCAPULA_MOVEMENT_PATTERN_MOBILITY:       return _("Mobility");
    default:                                      g_return_val_if_reached (NULL);
    }
}

const char *
scapula_level_get_label (ScapulaLevel level)
{
  switch (level)
    {
    case SCAPULA_LEVEL_BEGINNER:     return _("Beginner");
    case SCAPULA_LEVEL_INTERMEDIATE: return _("Intermediate");
    case SCAPULA_LEVEL_ADVANCED:     return _("Advanced");
    default:                         g_return_val_if_reached (NULL);
    }
}

const char *
scapula_laterality_get_label (ScapulaLaterality laterality)
{
  switch (laterality)
    {
    case SCAPULA_LATERALITY_BILATERAL:  return _("Both sides together");
    case SCAPULA_LATERALITY_UNILATERAL: return _("One side at a time");
    default:                            g_return_val_if_reached (NULL);
    }
}

const char *
scapula_grip_get_label (ScapulaGrip grip)
{
  switch (grip)
    {
    case SCAPULA_GRIP_NONE:      return _("No grip");
    case SCAPULA_GRIP_OVERHAND:  return _("Overhand grip");
    case SCAPULA_GRIP_UNDERHAND: return _("Underhand grip");
    case SCAPULA_GRIP_NEUTRAL:   return _("Neutral grip");
    case SCAPULA_GRIP_MIXED:     return _("Any grip");
    default:                     g_return_val_if_reached (NULL);
    }
}

const char *
scapula_support_get_label (ScapulaSupport support)
{
  switch (support)
    {
    case SCAPULA_SUPPORT_BENT_OVER:       return _("Bent over");
    case SCAPULA_SUPPORT_CHEST_SUPPORTED: return _("Chest supported");
    case SCAPULA_SUPPORT_SEATED:          return _("Seated");
    case SCAPULA_SUPPORT_STANDING:        return _("Standing");
    case SCAPULA_SUPPORT_HANGING:         return _("Hanging");
    case SCAPULA_SUPPORT_KNEELING:        return _("Kneeling");
    case SCAPULA_SUPPORT_LYING:           return _("Lying");
    case SCAPULA_SUPPORT_PLANK:           return _("Plank");
    default:                              g_return_val_if_reached (NULL);
    }
}

const char *
scapula_equipment_get_label (ScapulaEquipment equipment)
{
  switch (equipment)
    {
    case SCAPULA_EQUIPMENT_NONE:                 return _("Body weight");
    case SCAPULA_EQUIPMENT_DUMBBELL:             return _("Dumbbell");
    case SCAPULA_EQUIPMENT_KETTLEBELL:           return _("Kettlebell");
    case SCAPULA_EQUIPMENT_BARBELL:              return _("Barbell");
    case SCAPULA_EQUIPMENT_TRAP_BAR:             return _("Trap bar");
    case SCAPULA_EQUIPMENT_LANDMINE:             return _("Landmine");
    case SCAPULA_EQUIPMENT_BENCH:                return _("Bench");
    case SCAPULA_EQUIPMENT_INCLINE_BENCH:        return _("Incline bench");
    case SCAPULA_EQUIPMENT_CABLE:                return _("Cable");
    case SCAPULA_EQUIPMENT_MACHINE:              return _("Machine");
    case SCAPULA_EQUIPMENT_BAND:                 return _("Resistance band");
    case SCAPULA_EQUIPMENT_PULL_UP_BAR:          return _("Pull-up bar");
    case SCAPULA_EQUIPMENT_SUSPENSION_TRAINER:   return _("Suspension trainer");
    case SCAPULA_EQUIPMENT_MAT:                  return _("Mat");
    case SCAPULA_EQUIPMENT_FOAM_ROLLER:          return _("Foam roller");
    case SCAPULA_EQUIPMENT_EXERCISE_BALL:        return _("Exercise ball");
    case SCAPULA_EQUIPMENT_WALL:                 return _("Wall");
    case SCAPULA_EQUIPMENT_DOORWAY:              return _("Doorway");
    case SCAPULA_EQUIPMENT_BACK_EXTENSION_BENCH: return _("Back extension bench");
    default:                                     g_return_val_if_reached (NULL);
    }
}

/**
 * scapula_equipment_format:
 * @equipment: a set of #ScapulaEquipment flags
 *
 * Returns: (transfer full): the labels of every flag in @equipment, joined
 *   for reading ("Barbell, Bench"), or "Body weight" for none.
 */
char *
scapula_equipment_format (ScapulaEquipment equipment)
{
  g_autoptr(GString) str = g_string_new (NULL);

  if (equipment == SCAPULA_EQUIPMENT_NONE)
    return g_strdup (scapula_equipment_get_label (SCAPULA_EQUIPMENT_NONE));

  for (guint bit = 0; bit < 32; bit++)
    {
      ScapulaEquipment flag = 1u << bit;

      if ((equipment & flag) == 0)
        continue;

      if (str->len > 0)
        /* Translators: separates items of equipment, e.g. "Barbell, Bench". */
        g_string_append (str, _(", "));
      g_string_append (str, scapula_equipment_get_label (flag));
    }

  return g_string_free (g_steal_pointer (&str), FALSE);
}
