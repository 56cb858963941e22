/* scapula-plan-ics.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "scapula-catalog.h"
#include "scapula-plan.h"

G_BEGIN_DECLS

char *scapula_plan_dup_exercise_name (ScapulaCatalog  *catalog,
                                      GHashTable      *custom_names,
                                      const char      *slug);
char *scapula_plan_dup_block_label   (ScapulaPlan     *plan);
char *scapula_plan_to_ics            (ScapulaPlan     *plan,
                                      ScapulaCatalog  *catalog,
                                      GDateTime       *now);
char *scapula_plan_to_ics_full       (ScapulaPlan     *plan,
                                      ScapulaCatalog  *catalog,
                                      GHashTable      *custom_names,
                                      GDateTime       *now);

G_END_DECLS
