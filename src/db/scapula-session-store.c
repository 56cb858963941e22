/* scapula-session-store.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "scapula-session-store"

#include "config.h"

#include <glib/gi18n.h>

#include "scapula-session-store.h"

/* A session under way, on disk.
 *
 * Every write that changes what the user sees as done is one transaction
 * that also rewrites the session's state row (`session_state`): the logged
 * set and the state that says it is done land together or not at all. The
 * caller shows a set as done only after this returns TRUE; on failure the
 * in-memory session is put back as it was, so the screen and the file never
 * disagree.
 *
 * Times are seconds since the epoch, like the rest of the schema; the
 * timers inside the state keep their own microseconds.
 */

static const char * const side_names[] = { "both", "left", "right" };
static const char * const kind_names[] = { "warmup", "work", "drop", "failure" };

static gboolean
write_state (ScapulaDatabase  *database,
             gint64            session_id,
             ScapulaSession   *session,
             gint64            now,
             GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GVariant) state = g_variant_ref_sink (scapula_session_to_variant (session));
  g_autofree char *text = g_variant_print (state, FALSE);

  if (!(stmt = scapula_database_prepare (database,
                                         "INSERT INTO session_state (session_id, state, updated_at)"
                                         " VALUES (?1, ?2, ?3)"
                                         " ON CONFLICT (session_id) DO UPDATE"
                                         " SET state = excluded.state, updated_at = excluded.updated_at",
                                         error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, session_id);
  sqlite3_bind_text (stmt, 2, text, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, MAX (now, 1));

  return scapula_database_step (database, stmt, NULL, error);
}

/* Runs @body inside a transaction; on failure rolls back and puts the
 * session back as it was before. */
#define IN_TRANSACTION(database, session, error, body)                       \
  G_STMT_START {                                                             \
    g_autoptr(GVariant) _snapshot =                                          \
      g_variant_ref_sink (scapula_session_to_variant (session));            \
    if (!scapula_database_begin ((database), (error)))                       \
      return FALSE;                                                          \
    if (!(body) || !scapula_database_commit ((database), (error)))           \
      {                                                                      \
        scapula_database_rollback (database);                                \
        scapula_session_restore ((session), _snapshot, NULL);                \
        return FALSE;                                                        \
      }                                                                      \
  } G_STMT_END

static gboolean
insert_session (ScapulaDatabase  *database,
                gint64            plan_day_id,
                gint64            started_at,
                gint64           *session_id,
                GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!(stmt = scapula_database_prepare (database,
                                         "INSERT INTO session (plan_day_id, started_at, origin)"
                                         " VALUES (?1, ?2, 'app')", error)))
    return FALSE;

  if (plan_day_id > 0)
    sqlite3_bind_int64 (stmt, 1, plan_day_id);
  else
    sqlite3_bind_null (stmt, 1);
  sqlite3_bind_int64 (stmt, 2, started_at);

  if (!scapula_database_step (database, stmt, NULL, error))
    return FALSE;

  *session_id = scapula_database_last_insert_id (database);
  return TRUE;
}

/**
 * scapula_session_store_start:
 * @database: the database
 * @session: the session as planned
 * @plan_day_id: the plan day it follows, or 0 for an unplanned session
 * @started_at: when it starts, seconds since the epoch
 * @session_id: (out): the new session's row
 * @error: a #SCAPULA_DATABASE_ERROR
 *
 * Writes a new session and its state.
 *
 * Returns: %TRUE on success
 */
gboolean
scapula_session_store_start (ScapulaDatabase  *database,
                             ScapulaSession   *session,
                             gint64            plan_day_id,
                             gint64            started_at,
                             gint64           *session_id,
                             GError          **error)
{
  gint64 id = 0;

  g_return_val_if_fail (SCAPULA_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (SCAPULA_IS_SESSION (session), FALSE);
  g_return_val_if_fail (session_id != NULL, FALSE);

  IN_TRANSACTION (database, session, error,
                  insert_session (database, plan_day_id, started_at, &id, error) &&
                  write_state (database, id, session, started_at, error));

  *session_id = id;
  return TRUE;
}

static gboolean
insert_set (ScapulaDatabase  *database,
            gint64            session_id,
            ScapulaSession   *session,
            guint             entry,
            guint             set,
            double            weight_kg,
            guint             reps,
            guint             seconds,
            double            rpe,
            gint64            now,
            GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  ScapulaSessionEntry *e = scapula_session_get_entry (session, entry);
  const ScapulaSessionSet *s = scapula_session_entry_get_set (e, set);
  guint position = scapula_session_count_logged (session);

  if (!(stmt = scapula_database_prepare (database,
                                         "INSERT INTO logged_set (session_id, position, exercise, kind,"
                                         "  side, weight_kg, reps, seconds, rpe, logged_at)"
                                         " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)", error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, session_id);
  sqlite3_bind_int (stmt, 2, position);
  sqlite3_bind_text (stmt, 3, scapula_session_entry_get_exercise (e), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, kind_names[s->kind], -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, side_names[s->side], -1, SQLITE_STATIC);
  if (weight_kg > 0)
    sqlite3_bind_double (stmt, 6, weight_kg);
  else
    sqlite3_bind_null (stmt, 6);
  if (s->target_seconds > 0 && reps == 0)
    sqlite3_bind_null (stmt, 7);
  else
    sqlite3_bind_int (stmt, 7, reps);
  if (seconds > 0 || s->target_seconds > 0)
    sqlite3_bind_int (stmt, 8, seconds);
  else
    sqlite3_bind_null (stmt, 8);
  if (rpe > 0)
    sqlite3_bind_double (stmt, 9, rpe);
  else
    sqlite3_bind_null (stmt, 9);
  sqlite3_bind_int64 (stmt, 10, now);

  if (!scapula_database_step (database, stmt, NULL, error))
    return FALSE;

  scapula_session_set_done (session, entry, set, weight_kg, reps, seconds, rpe,
                            scapula_database_last_insert_id (database), now);
  return TRUE;
}

/**
 * scapula_session_store_log_set:
 * @database: the database
 * @session_id: the session's row
 * @session: the session
 * @entry: the entry of the set
 * @set: the set
 * @weight_kg: the load used
 * @reps: the reps done
 * @seconds: the seconds held
 * @rpe: the RPE, 0 for none
 * @now: seconds since the epoch
 * @error: a #SCAPULA_DATABASE_ERROR
 *
 * Writes a done set and marks it done in @session, in one transaction with
 * the new state. On failure @session is unchanged.
 *
 * Returns: %TRUE once the set is on disk
 */
gboolean
scapula_session_store_log_set (ScapulaDatabase  *database,
                               gint64            session_id,
                               ScapulaSession   *session,
                               guint             entry,
                               guint             set,
                               double            weight_kg,
                               guint             reps,
                               guint             seconds,
                               double            rpe,
                               gint64            now,
                               GError          **error)
{
  g_return_val_if_fail (SCAPULA_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (SCAPULA_IS_SESSION (session), FALSE);
  g_return_val_if_fail (entry < scapula_session_get_n_entries (session), FALSE);

  IN_TRANSACTION (database, session, error,
                  insert_set (database, session_id, session, entry, set, weight_kg, reps,
                              seconds, rpe, now, error) &&
                  write_state (database, session_id, session, now, error));

  return TRUE;
}

static gboolean
insert_checkin (ScapulaDatabase  *database,
                gint64            session_id,
                ScapulaSession   *session,
                guint             entry,
                guint             pain,
                gboolean          numbness,
                gint64            now,
                GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  ScapulaSessionEntry *e = scapula_session_get_entry (session, entry);

  if (!(stmt = scapula_database_prepare (database,
                                         "INSERT INTO pain_checkin (session_id, exercise, pain,"
                                         "  numbness, logged_at) VALUES (?1, ?2, ?3, ?4, ?5)", error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, session_id);
  sqlite3_bind_text (stmt, 2, scapula_session_entry_get_exercise (e), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 3, pain);
  sqlite3_bind_int (stmt, 4, numbness ? 1 : 0);
  sqlite3_bind_int64 (stmt, 5, now);

  if (!scapula_database_step (database, stmt, NULL, error))
    return FALSE;

  scapula_session_set_checkin (session, entry, pain, numbness);
  return TRUE;
}

/**
 * scapula_session_store_check_in:
 * @database: the database
 * @session_id: the session's row
 * @session: the session
 * @entry: the entry just finished
 * @pain: pain from 0 to 10
 * @numbness: numbness or tingling
 * @now: seconds since the epoch
 * @error: a #SCAPULA_DATABASE_ERROR
 *
 * Writes the pain check-in after an exercise, with the new state.
 *
 * Returns: %TRUE once it is on disk
 */
gboolean
scapula_session_store_check_in (ScapulaDatabase  *database,
                                gint64            session_id,
                                ScapulaSession   *session,
                                guint             entry,
                                guint             pain,
                                gboolean          numbness,
                                gint64            now,
                                GError          **error)
{
  g_return_val_if_fail (SCAPULA_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (SCAPULA_IS_SESSION (session), FALSE);
  g_return_val_if_fail (entry < scapula_session_get_n_entries (session), FALSE);
  g_return_val_if_fail (pain <= 10, FALSE);

  IN_TRANSACTION (database, session, error,
                  insert_checkin (database, session_id, session, entry, pain, numbness, now, error) &&
                  write_state (database, session_id, session, now, error));

  return TRUE;
}

/**
 * scapula_session_store_save_state:
 * @database: the database
 * @session_id: the session's row
 * @session: the session after a change that logs nothing (a skip, a
 *   reorder, a timer started or adjusted)
 * @now: seconds since the epoch
 * @error: a #SCAPULA_DATABASE_ERROR
 *
 * Returns: %TRUE once the state is on disk
 */
gboolean
scapula_session_store_save_state (ScapulaDatabase  *database,
                                  gint64            session_id,
                                  ScapulaSession   *session,
                                  gint64            now,
                                  GError          **error)
{
  g_return_val_if_fail (SCAPULA_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (SCAPULA_IS_SESSION (session), FALSE);

  return write_state (database, session_id, session, now, error);
}

static gboolean
run_for_session (ScapulaDatabase  *database,
                 const char       *sql,
                 gint64            session_id,
                 gint64            value,
                 GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!(stmt = scapula_database_prepare (database, sql, error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, session_id);
  if (sqlite3_bind_parameter_count (stmt) > 1)
    sqlite3_bind_int64 (stmt, 2, value);

  return scapula_database_step (database, stmt, NULL, error);
}

/**
 * scapula_session_store_finish:
 * @database: the database
 * @session_id: the session's row
 * @ended_at: seconds since the epoch
 * @error: a #SCAPULA_DATABASE_ERROR
 *
 * Ends a session: its end time is set and its state row goes, so it is no
 * longer resumed.
 *
 * Returns: %TRUE on success
 */
gboolean
scapula_session_store_finish (ScapulaDatabase  *database,
                              gint64            session_id,
                              gint64            ended_at,
                              GError          **error)
{
  g_return_val_if_fail (SCAPULA_IS_DATABASE (database), FALSE);

  if (!scapula_database_begin (database, error))
    return FALSE;

  if (!run_for_session (database,
                        "UPDATE session SET ended_at = max (?2, started_at) WHERE id = ?1",
                        session_id, ended_at, error) ||
      !run_for_session (database, "DELETE FROM session_state WHERE session_id = ?1",
                        session_id, 0, error) ||
      !scapula_database_commit (database, error))
    {
      scapula_database_rollback (database);
      return FALSE;
    }

  return TRUE;
}

/**
 * scapula_session_store_discard:
 * @database: the database
 * @session_id: the session's row
 * @error: a #SCAPULA_DATABASE_ERROR
 *
 * Deletes a session with its sets, check-ins and state.
 *
 * Returns: %TRUE on success
 */
gboolean
scapula_session_store_discard (ScapulaDatabase  *database,
                               gint64            session_id,
                               GError          **error)
{
  g_return_val_if_fail (SCAPULA_IS_DATABASE (database), FALSE);

  return run_for_session (database, "DELETE FROM session WHERE id = ?1", session_id, 0, error);
}

/**
 * scapula_session_store_load_unfinished:
 * @database: the database
 * @session_id: (out): the session's row
 * @plan_day_id: (out) (optional): its plan day, or 0
 * @started_at: (out) (optional): when it started
 * @error: a #SCAPULA_DATABASE_ERROR, or a #SCAPULA_SESSION_ERROR when the
 *   state cannot be read
 *
 * Finds the latest session that was under way when the app last stopped.
 *
 * Returns: (transfer full) (nullable): the session as it was, or %NULL with
 *   @error unset when there is none
 */
ScapulaSession *
scapula_session_store_load_unfinished (ScapulaDatabase  *database,
                                       gint64           *session_id,
                                       gint64           *plan_day_id,
                                       gint64           *started_at,
                                       GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GVariant) state = NULL;
  g_autoptr(GError) parse_error = NULL;
  gboolean has_row = FALSE;
  const char *text;

  g_return_val_if_fail (SCAPULA_IS_DATABASE (database), NULL);
  g_return_val_if_fail (session_id != NULL, NULL);

  if (!(stmt = scapula_database_prepare (database,
                                         "SELECT s.id, s.plan_day_id, s.started_at, st.state"
                                         "  FROM session_state AS st"
                                         "  JOIN session AS s ON s.id = st.session_id"
                                         " WHERE s.ended_at IS NULL"
                                         " ORDER BY s.started_at DESC, s.id DESC LIMIT 1", error)))
    return NULL;

  if (!scapula_database_step (database, stmt, &has_row, error) || !has_row)
    return NULL;

  *session_id = sqlite3_column_int64 (stmt, 0);
  if (plan_day_id != NULL)
    *plan_day_id = sqlite3_column_int64 (stmt, 1);
  if (started_at != NULL)
    *started_at = sqlite3_column_int64 (stmt, 2);

  text = (const char *) sqlite3_column_text (stmt, 3);
  state = g_variant_parse (scapula_session_get_state_type (), text, NULL, NULL, &parse_error);
  if (state == NULL)
    {
      g_set_error (error, SCAPULA_SESSION_ERROR, SCAPULA_SESSION_ERROR_STATE,
                   _("The saved session cannot be read: %s."), parse_error->message);
      return NULL;
    }

  return scapula_session_new_from_variant (state, error);
}

/**
 * scapula_session_store_get_pain_history:
 * @database: the database
 * @exercise: an exercise slug
 * @session_id: the session under way, left out
 * @max_sessions: how many earlier sessions to return at most
 * @error: a #SCAPULA_DATABASE_ERROR
 *
 * The pain of @exercise in the latest sessions before this one, one value
 * per session (its highest check-in), oldest first.
 *
 * Returns: (transfer full) (element-type guint): the values, or %NULL with
 *   @error set
 */
GArray *
scapula_session_store_get_pain_history (ScapulaDatabase  *database,
                                        const char       *exercise,
                                        gint64            session_id,
                                        guint             max_sessions,
                                        GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) pains = g_array_new (FALSE, FALSE, sizeof (guint));

  g_return_val_if_fail (SCAPULA_IS_DATABASE (database), NULL);
  g_return_val_if_fail (exercise != NULL, NULL);

  if (!(stmt = scapula_database_prepare (database,
                                         "SELECT max (pain), max (logged_at) AS at FROM pain_checkin"
                                         " WHERE exercise = ?1 AND session_id <> ?2"
                                         " GROUP BY session_id ORDER BY at DESC LIMIT ?3", error)))
    return NULL;

  sqlite3_bind_text (stmt, 1, exercise, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, session_id);
  sqlite3_bind_int (stmt, 3, max_sessions);

  for (;;)
    {
      gboolean has_row = FALSE;
      guint pain;

      if (!scapula_database_step (database, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;

      pain = (guint) CLAMP (sqlite3_column_int (stmt, 0), 0, 10);
      g_array_prepend_val (pains, pain);
    }

  return g_steal_pointer (&pains);
}

/**
 * scapula_session_store_get_last_day_session:
 * @database: the database
 * @plan_day_id: a plan day
 * @since: seconds since the epoch (the start of today)
 * @error: a #SCAPULA_DATABASE_ERROR
 *
 * Returns: the latest finished session of @plan_day_id started at or after
 *   @since, 0 for none, or -1 with @error set
 */
gint64
scapula_session_store_get_last_day_session (ScapulaDatabase  *database,
                                            gint64            plan_day_id,
                                            gint64            since,
                                            GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (SCAPULA_IS_DATABASE (database), -1);

  if (!(stmt = scapula_database_prepare (database,
                                         "SELECT id FROM session"
                                         " WHERE plan_day_id = ?1 AND started_at >= ?2"
                                         "   AND ended_at IS NOT NULL"
                                         " ORDER BY started_at DESC LIMIT 1", error)))
    return -1;

  sqlite3_bind_int64 (stmt, 1, plan_day_id);
  sqlite3_bind_int64 (stmt, 2, since);

  if (!scapula_database_step (database, stmt, &has_row, error))
    return -1;

  return has_row ? sqlite3_column_int64 (stmt, 0) : 0;
}
