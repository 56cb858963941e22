/* scapula-item-editor-private.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "scapula-item-editor.h"

G_BEGIN_DECLS

/* For tests: the inputs, the inline message and the save button. */
typedef enum
{
  SCAPULA_ITEM_EDITOR_SETS,
  SCAPULA_ITEM_EDITOR_REPS_MIN,
  SCAPULA_ITEM_EDITOR_REPS_MAX,
  SCAPULA_ITEM_EDITOR_HOLD,
  SCAPULA_ITEM_EDITOR_REST,
  SCAPULA_ITEM_EDITOR_WARMUP,
  SCAPULA_ITEM_EDITOR_N_SPINS,
} ScapulaItemEditorSpin;

GtkSpinButton *scapula_item_editor_get_spin        (ScapulaItemEditor     *self,
                                                    ScapulaItemEditorSpin  which);
AdwComboRow   *scapula_item_editor_get_count_row   (ScapulaItemEditor     *self);
GtkLabel      *scapula_item_editor_get_message     (ScapulaItemEditor     *self);
GtkButton     *scapula_item_editor_get_save_button (ScapulaItemEditor     *self);

G_END_DECLS
