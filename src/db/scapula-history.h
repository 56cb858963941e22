/* scapula-history.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "scapula-database.h"
#include "scapula-progression.h"

G_BEGIN_DECLS

GArray   *scapula_history_get_last_work_sets (ScapulaDatabase            *database,
                                              const char                 *exercise,
                                              gint64                      before,
                                              gint64                     *session_id,
                                              gint64                     *started_at,
                                              GError                    **error);
gboolean  scapula_history_compute_target     (ScapulaDatabase            *database,
                                              ScapulaExercise            *exercise,
                                              const ScapulaPrescription  *prescription,
                                              ScapulaWeightUnit           unit,
                                              gint64                      before,
                                              ScapulaTarget              *target,
                                              gint64                     *last_started_at,
                                              GError                    **error);

G_END_DECLS
