/* scapula-vocabulary.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "scapula-types.h"

G_BEGIN_DECLS

gboolean    scapula_enum_from_nick                (GType                   enum_type,
                                                   const char             *nick,
                                                   int                    *value);
const char *scapula_enum_to_nick                  (GType                   enum_type,
                                                   int                     value);
gboolean    scapula_flags_from_nick               (GType                   flags_type,
                                                   const char             *nick,
                                                   guint                  *value);

const char *scapula_muscle_get_label              (ScapulaMuscle           muscle);
const char *scapula_exercise_kind_get_label       (ScapulaExerciseKind     kind);
const char *scapula_movement_pattern_get_label    (ScapulaMovementPattern  pattern);
const char *scapula_level_get_label               (ScapulaLevel            level);
const char *scapula_laterality_get_label          (ScapulaLaterality       laterality);
const char *scapula_grip_get_label                (ScapulaGrip             grip);
const char *scapula_support_get_label             (ScapulaSupport          support);
const char *scapula_equipment_get_label           (ScapulaEquipment        equipment);
char       *scapula_equipment_format              (ScapulaEquipment        equipment);

G_END_DECLS
