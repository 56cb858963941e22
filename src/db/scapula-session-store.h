/* scapula-session-store.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "scapula-database.h"
#include "scapula-session.h"

G_BEGIN_DECLS

gboolean        scapula_session_store_start          (ScapulaDatabase  *database,
                                                      ScapulaSession   *session,
                                                      gint64            plan_day_id,
                                                      gint64            started_at,
                                                      gint64           *session_id,
                                                      GError          **error);
gboolean        scapula_session_store_log_set        (ScapulaDatabase  *database,
                                                      gint64            session_id,
                                                      ScapulaSession   *session,
                                                      guint             entry,
                                                      guint             set,
                                                      double            weight_kg,
                                                      guint             reps,
                                                      guint             seconds,
                                                      double            rpe,
                                                      gint64            now,
                                                      GError          **error);
gboolean        scapula_session_store_check_in       (ScapulaDatabase  *database,
                                                      gint64            session_id,
                                                      ScapulaSession   *session,
                                                      guint             entry,
                                                      guint             pain,
                                                      gboolean          numbness,
                                                      gint64            now,
                                                      GError          **error);
gboolean        scapula_session_store_save_state     (ScapulaDatabase  *database,
                                                      gint64            session_id,
                                                      ScapulaSession   *session,
                                                      gint64            now,
                                                      GError          **error);
gboolean        scapula_session_store_finish         (ScapulaDatabase  *database,
                                                      gint64            session_id,
                                                      gint64            ended_at,
                                                      GError          **error);
gboolean        scapula_session_store_discard        (ScapulaDatabase  *database,
                                                      gint64            session_id,
                                                      GError          **error);
ScapulaSession *scapula_session_store_load_unfinished (ScapulaDatabase *database,
                                                      gint64           *session_id,
                                                      gint64           *plan_day_id,
                                                      gint64           *started_at,
                                                      GError          **error);
GArray         *scapula_session_store_get_pain_history (ScapulaDatabase *database,
                                                      const char       *exercise,
                                                      gint64            session_id,
                                                      guint             max_sessions,
                                                      GError          **error);
gint64          scapula_session_store_get_last_day_session (ScapulaDatabase *database,
                                                      gint64            plan_day_id,
                                                      gint64            since,
                                                      GError          **error);

G_END_DECLS
