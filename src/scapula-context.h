/* scapula-context.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "scapula-catalog.h"
#include "scapula-database.h"
#include "scapula-plan-store.h"

G_BEGIN_DECLS

#define SCAPULA_TYPE_CONTEXT (scapula_context_get_type ())

G_DECLARE_FINAL_TYPE (ScapulaContext, scapula_context, SCAPULA, CONTEXT, GObject)

ScapulaContext  *scapula_context_new                 (ScapulaCatalog       *catalog,
                                                      GSettings            *settings);
ScapulaCatalog  *scapula_context_get_catalog         (ScapulaContext       *self);
GSettings       *scapula_context_get_settings        (ScapulaContext       *self);
ScapulaWeightUnit scapula_context_get_weight_unit    (ScapulaContext       *self);
GDateWeekday     scapula_context_get_week_start      (ScapulaContext       *self);
ScapulaDatabase *scapula_context_get_database        (ScapulaContext       *self);
void             scapula_context_set_database        (ScapulaContext       *self,
                                                      ScapulaDatabase      *database);
ScapulaPlanStore *scapula_context_get_plan_store     (ScapulaContext       *self);
const GError    *scapula_context_get_plan_error      (ScapulaContext       *self);
void             scapula_context_close               (ScapulaContext       *self);
void             scapula_context_open_database_async (ScapulaContext       *self,
                                                      const char           *path,
                                                      GCancellable         *cancellable,
                                                      GAsyncReadyCallback   callback,
                                                      gpointer              user_data);
gboolean         scapula_context_open_database_finish (ScapulaContext     *self,
                                                       GAsyncResult       *result,
                                                       GError            **error);

G_END_DECLS
