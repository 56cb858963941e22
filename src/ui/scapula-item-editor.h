/* scapula-item-editor.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "scapula-exercise.h"
#include "scapula-plan.h"

G_BEGIN_DECLS

#define SCAPULA_TYPE_ITEM_EDITOR (scapula_item_editor_get_type ())

G_DECLARE_FINAL_TYPE (ScapulaItemEditor, scapula_item_editor, SCAPULA, ITEM_EDITOR, AdwWindow)

ScapulaItemEditor *scapula_item_editor_new (GtkWindow       *parent,
                                            ScapulaPlanItem *item,
                                            const char      *exercise_name,
                                            ScapulaExercise *exercise);

G_END_DECLS
