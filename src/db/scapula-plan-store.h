/* scapula-plan-store.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "scapula-database.h"
#include "scapula-plan.h"

G_BEGIN_DECLS

#define SCAPULA_TYPE_PLAN_STORE (scapula_plan_store_get_type ())

G_DECLARE_FINAL_TYPE (ScapulaPlanStore, scapula_plan_store, SCAPULA, PLAN_STORE, GObject)

ScapulaPlanStore *scapula_plan_store_new        (ScapulaDatabase   *database,
                                                 GError           **error);
ScapulaPlan      *scapula_plan_store_get_active (ScapulaPlanStore  *self);
gboolean          scapula_plan_store_add        (ScapulaPlanStore  *self,
                                                 ScapulaPlan       *plan,
                                                 GError           **error);
gboolean          scapula_plan_store_remove     (ScapulaPlanStore  *self,
                                                 ScapulaPlan       *plan,
                                                 GError           **error);
gboolean          scapula_plan_store_set_active (ScapulaPlanStore  *self,
                                                 ScapulaPlan       *plan,
                                                 GError           **error);
gboolean          scapula_plan_store_flush      (ScapulaPlanStore  *self,
                                                 GError           **error);

G_END_DECLS
