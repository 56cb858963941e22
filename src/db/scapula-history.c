/* scapula-history.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "scapula-history"

#include "config.h"

#include "scapula-exercise.h"
#include "scapula-history-private.h"

/* The sets progression and the session runner read: the work sets of the
 * last session that had an exercise.
 *
 * The inner SELECT walks the logged_set_exercise_time index backwards from
 * @before and stops at the first work set, so finding the session costs the
 * same with ten sets in the database or a hundred thousand. The outer one
 * reads that session's sets through logged_set_session, which also gives
 * them in the order they were done. Ties in logged_at (an import gives every
 * set of a session the session's time) go to the later row.
 */
static const char last_work_sets_sql[] =
  "SELECT ls.weight_kg, ls.reps, ls.seconds, ls.side, ls.kind, s.id, s.started_at"
  "  FROM logged_set AS ls"
  "  JOIN session AS s ON s.id = ls.session_id"
  " WHERE ls.session_id = (SELECT session_id FROM logged_set"
  "                         WHERE exercise = ?1 AND logged_at < ?2"
  "                           AND kind IN ('work', 'failure')"
  "                         ORDER BY logged_at DESC, id DESC"
  "                         LIMIT 1)"
  "   AND ls.exercise = ?1"
  "   AND ls.kind IN ('work', 'failure')"
  " ORDER BY ls.position, ls.id";

static ScapulaSide
side_from_text (const char *text)
{
  if (g_strcmp0 (text, "left") == 0)
    return SCAPULA_SIDE_LEFT;
  if (g_strcmp0 (text, "right") == 0)
    return SCAPULA_SIDE_RIGHT;
  return SCAPULA_SIDE_BOTH;
}

static ScapulaSetKind
kind_from_text (const char *text)
{
  if (g_strcmp0 (text, "failure") == 0)
    return SCAPULA_SET_KIND_FAILURE;
  if (g_strcmp0 (text, "warmup") == 0)
    return SCAPULA_SET_KIND_WARMUP;
  if (g_strcmp0 (text, "drop") == 0)
    return SCAPULA_SET_KIND_DROP;
  return SCAPULA_SET_KIND_WORK;
}

/**
 * scapula_history_get_last_work_sets:
 * @database: the database
 * @exercise: an exercise slug
 * @before: a time in seconds since the epoch; only sets logged before it
 *   count (the runner passes the start of the session under way)
 * @session_id: (out) (optional): the session the sets come from, or 0
 * @started_at: (out) (optional): when that session started, or 0
 * @error: return location for a #SCAPULA_DATABASE_ERROR
 *
 * Finds the most recent session before @before with a work set (kind
 * "work" or "failure") of @exercise, and returns those work sets in the
 * order they were done. Warm-up and drop sets are left out. A weight,
 * reps or seconds that was not logged reads as 0.
 *
 * Returns: (transfer full) (element-type ScapulaSetRecord): the sets, empty
 *   when the exercise has no work sets before @before, or %NULL with @error
 *   set
 */
GArray *
scapula_history_get_last_work_sets (ScapulaDatabase  *database,
                                    const char       *exercise,
                                    gint64            before,
                                    gint64           *session_id,
                                    gint64           *started_at,
                                    GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) sets = NULL;
  gint64 found_id = 0;
  gint64 found_started = 0;

  g_return_val_if_fail (SCAPULA_IS_DATABASE (database), NULL);
  g_return_val_if_fail (exercise != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(stmt = scapula_database_prepare (database, last_work_sets_sql, error)))
    return NULL;

  sqlite3_bind_text (stmt, 1, exercise, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, before);

  sets = g_array_new (FALSE, TRUE, sizeof (ScapulaSetRecord));

  for (;;)
    {
      ScapulaSetRecord set = { 0 };
      gboolean has_row = FALSE;

      if (!scapula_database_step (database, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;

      set.weight_kg = sqlite3_column_double (stmt, 0);
      set.reps = (guint) MAX (sqlite3_column_int (stmt, 1), 0);
      set.seconds = (guint) MAX (sqlite3_column_int (stmt, 2), 0);
      set.side = side_from_text ((const char *) sqlite3_column_text (stmt, 3));
      set.kind = kind_from_text ((const char *) sqlite3_column_text (stmt, 4));
      found_id = sqlite3_column_int64 (stmt, 5);
      found_started = sqlite3_column_int64 (stmt, 6);

      g_array_append_val (sets, set);
    }

  if (session_id != NULL)
    *session_id = found_id;
  if (started_at != NULL)
    *started_at = found_started;

  return g_steal_pointer (&sets);
}

/**
 * scapula_history_compute_target:
 * @database: the database
 * @exercise: the exercise
 * @prescription: what the plan asks of it
 * @unit: the unit the user lifts in, which decides the load steps
 * @before: a time in seconds since the epoch: the history before it counts
 *   (the session runner passes the start of the session under way, the
 *   week and progress views %G_MAXINT64 for everything logged so far)
 * @target: (out caller-allocates): the target
 * @last_started_at: (out) (optional): when the session the target builds
 *   on started, or 0 when @exercise has no work sets before @before
 * @error: return location for a #SCAPULA_DATABASE_ERROR
 *
 * The target for the next session of @exercise: its last session's work
 * sets before @before (scapula_history_get_last_work_sets()) put through
 * scapula_target_compute() with @prescription and the exercise's
 * equipment. Without such a session the target is the bottom of the
 * prescription, %SCAPULA_TARGET_REASON_FIRST_TIME.
 *
 * The session runner, the week view and the Progress view's next steps
 * all ask this, so the three agree.
 *
 * Returns: %TRUE on success, %FALSE with @error set and @target untouched
 */
gboolean
scapula_history_compute_target (ScapulaDatabase            *database,
                                ScapulaExercise            *exercise,
                                const ScapulaPrescription  *prescription,
                                ScapulaWeightUnit           unit,
                                gint64                      before,
                                ScapulaTarget              *target,
                                gint64                     *last_started_at,
                                GError                    **error)
{
  g_autoptr(GArray) sets = NULL;
  gint64 started_at = 0;

  g_return_val_if_fail (SCAPULA_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (SCAPULA_IS_EXERCISE (exercise), FALSE);
  g_return_val_if_fail (prescription != NULL, FALSE);
  g_return_val_if_fail (target != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(sets = scapula_history_get_last_work_sets (database, scapula_exercise_get_slug (exercise),
                                                   before, NULL, &started_at, error)))
    return FALSE;

  scapula_target_compute (prescription, scapula_exercise_get_equipment (exercise), unit,
                          (const ScapulaSetRecord *) (gconstpointer) sets->data, sets->len, target);

  if (last_started_at != NULL)
    *last_started_at = started_at;

  return TRUE;
}

const char *
_scapula_history_get_last_work_sets_sql (void)
{
  return last_work_sets_sql;
}
