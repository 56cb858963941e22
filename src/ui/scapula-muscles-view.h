/* scapula-muscles-view.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "scapula-catalog.h"

G_BEGIN_DECLS

#define SCAPULA_TYPE_MUSCLES_VIEW (scapula_muscles_view_get_type ())

G_DECLARE_FINAL_TYPE (ScapulaMusclesView, scapula_muscles_view, SCAPULA, MUSCLES_VIEW, AdwBin)

void scapula_muscles_view_set_catalog  (ScapulaMusclesView *self,
                                        ScapulaCatalog     *catalog);
int  scapula_muscles_view_get_selected (ScapulaMusclesView *self);
void scapula_muscles_view_select       (ScapulaMusclesView *self,
                                        int                 muscle);

G_END_DECLS
