/* scapula-progress-store.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "scapula-progress-store"

#include "config.h"

#include "scapula-history.h"
#include "scapula-progress-store-private.h"

/**
 * ScapulaProgressStore:
 *
 * The queries behind the Progress view. Each method reads what one chart
 * needs for a time range and hands it through the calculations of
 * scapula-stats.h, so a view gets plain arrays with an x (a session's start
 * or a week's start, in seconds since the epoch) and its values, and runs
 * no SQL itself.
 *
 * Times are seconds since the epoch, as the schema keeps `logged_at` and
 * `started_at`; `since` is one, or 0 for the whole history. The charts
 * (scapula-chart-scale.h) count microseconds: scapula_chart_range_get_since()
 * divided by %G_USEC_PER_SEC gives `since` (its "all" is 0 here), and
 * each x multiplied by it goes back.
 *
 * Every query reads through an index (see the comments on each): a ranged
 * query never reads all of `logged_set`, so the cost follows the range
 * and, for the per-exercise ones, the one exercise's history. The methods
 * are synchronous; bench/bench-progress measures them on a five-year
 * history of 100,000 sets.
 */

struct _ScapulaProgressStore
{
  GObject          parent_instance;

  ScapulaDatabase *database;  /* owned */
  ScapulaCatalog  *catalog;   /* owned */
};

G_DEFINE_FINAL_TYPE (ScapulaProgressStore, scapula_progress_store, G_TYPE_OBJECT)

/* Every exercise with a logged set: a skip scan of logged_set_exercise_time
 * that seeks from one slug to the next, so it costs one index seek per
 * exercise instead of a read of every set. The first and latest set of
 * each are one seek more each. */
static const char exercises_sql[] =
  "WITH RECURSIVE slugs (slug) AS ("
  "  SELECT (SELECT min (exercise) FROM logged_set)"
  "  UNION ALL"
  "  SELECT (SELECT min (exercise) FROM logged_set WHERE exercise > slugs.slug)"
  "    FROM slugs WHERE slugs.slug IS NOT NULL"
  ")"
  "SELECT slug,"
  "       (SELECT min (logged_at) FROM logged_set WHERE exercise = slugs.slug),"
  "       (SELECT max (logged_at) FROM logged_set WHERE exercise = slugs.slug)"
  "  FROM slugs"
  " WHERE slug IS NOT NULL";

/* One exercise's work sets since ?2, in the order they were logged:
 * logged_set_exercise_time gives both the range and the order (ties in
 * logged_at, as an import gives them, go by id, which the index holds
 * too). Each session's start is read once per session (session_start_sql)
 * rather than joined to every set, which costs a lookup per row. */
static const char sets_sql[] =
  "SELECT ls.session_id, ls.logged_at, ls.weight_kg, ls.reps, ls.seconds, ls.side, ls.kind"
  "  FROM logged_set AS ls"
  " WHERE ls.exercise = ?1 AND ls.logged_at >= ?2"
  "   AND ls.kind IN ('work', 'failure')"
  " ORDER BY ls.logged_at, ls.id";

/* The same, per side and newest first, for the balance flag: reading
 * stops as soon as enough sessions are in. */
static const char latest_sides_sql[] =
  "SELECT ls.session_id, ls.logged_at, ls.weight_kg, ls.reps, ls.seconds, ls.side, ls.kind"
  "  FROM logged_set AS ls"
  " WHERE ls.exercise = ?1"
  "   AND ls.kind IN ('work', 'failure')"
  "   AND ls.side IN ('left', 'right')"
  " ORDER BY ls.logged_at DESC, ls.id DESC";

/* The work sets of each session that started since ?1, per exercise and
 * side, from session_exercise (the triggers of schema version 4 keep it):
 * the sessions through session_started, in order, and each one's rows
 * through session_exercise's primary key. Over five years that is a row
 * per exercise of each session rather than a row per set. */
static const char muscles_sql[] =
  "SELECT s.id, s.started_at, se.exercise, se.both_sets, se.left_sets, se.right_sets"
  "  FROM session AS s"
  "  JOIN session_exercise AS se ON se.session_id = s.id"
  " WHERE s.started_at >= ?1"
  " ORDER BY s.started_at, s.id";

/* When a session started, by its primary key. */
static const char session_start_sql[] =
  "SELECT started_at FROM session WHERE id = ?1";

/* Sessions since ?1 through session_started, leaving out a session that
 * was opened and logged nothing (one seek in logged_set_session each). */
static const char sessions_sql[] =
  "SELECT s.started_at"
  "  FROM session AS s"
  " WHERE s.started_at >= ?1"
  "   AND EXISTS (SELECT 1 FROM logged_set AS ls WHERE ls.session_id = s.id)"
  " ORDER BY s.started_at";

/* One exercise's check-ins since ?2 through pain_checkin_exercise_time. */
static const char pain_exercise_sql[] =
  "SELECT p.session_id, s.started_at, p.pain, p.numbness"
  "  FROM pain_checkin AS p"
  "  JOIN session AS s ON s.id = p.session_id"
  " WHERE p.exercise = ?1 AND p.logged_at >= ?2"
  " ORDER BY p.logged_at, p.id";

/* Every check-in of the sessions since ?1: the sessions through
 * session_started, their check-ins through pain_checkin_session. */
static const char pain_all_sql[] =
  "SELECT s.id, s.started_at, p.pain, p.numbness"
  "  FROM session AS s"
  "  JOIN pain_checkin AS p ON p.session_id = s.id"
  " WHERE s.started_at >= ?1"
  " ORDER BY s.started_at, s.id";

/* One exercise's latest check-ins first, through
 * pain_checkin_exercise_time read backwards; reading stops after three
 * sessions. */
static const char pain_latest_sql[] =
  "SELECT p.session_id, s.started_at, p.pain, p.numbness"
  "  FROM pain_checkin AS p"
  "  JOIN session AS s ON s.id = p.session_id"
  " WHERE p.exercise = ?1"
  " ORDER BY p.logged_at DESC, p.id DESC";

/* The exercises with work sets in one session, through
 * logged_set_session. */
static const char session_exercises_sql[] =
  "SELECT DISTINCT exercise FROM logged_set"
  " WHERE session_id = ?1 AND kind IN ('work', 'failure')";

static const char * const queries[SCAPULA_N_PROGRESS_QUERIES] = {
  [SCAPULA_PROGRESS_QUERY_EXERCISES] = exercises_sql,
  [SCAPULA_PROGRESS_QUERY_SETS] = sets_sql,
  [SCAPULA_PROGRESS_QUERY_LATEST_SIDES] = latest_sides_sql,
  [SCAPULA_PROGRESS_QUERY_MUSCLES] = muscles_sql,
  [SCAPULA_PROGRESS_QUERY_SESSIONS] = sessions_sql,
  [SCAPULA_PROGRESS_QUERY_PAIN_EXERCISE] = pain_exercise_sql,
  [SCAPULA_PROGRESS_QUERY_PAIN_ALL] = pain_all_sql,
  [SCAPULA_PROGRESS_QUERY_PAIN_LATEST] = pain_latest_sql,
  [SCAPULA_PROGRESS_QUERY_SESSION_EXERCISES] = session_exercises_sql,
  [SCAPULA_PROGRESS_QUERY_SESSION_START] = session_start_sql,
};

static ScapulaSide
side_from_text (const unsigned char *text)
{
  if (text == NULL)
    return SCAPULA_SIDE_BOTH;
  if (g_str_equal ((const char *) text, "left"))
    return SCAPULA_SIDE_LEFT;
  if (g_str_equal ((const char *) text, "right"))
    return SCAPULA_SIDE_RIGHT;
  return SCAPULA_SIDE_BOTH;
}

static ScapulaSetKind
kind_from_text (const unsigned char *text)
{
  if (text == NULL)
    return SCAPULA_SET_KIND_WORK;
  if (g_str_equal ((const char *) text, "failure"))
    return SCAPULA_SET_KIND_FAILURE;
  if (g_str_equal ((const char *) text, "warmup"))
    return SCAPULA_SET_KIND_WARMUP;
  if (g_str_equal ((const char *) text, "drop"))
    return SCAPULA_SET_KIND_DROP;
  return SCAPULA_SET_KIND_WORK;
}

/* Session starts, looked up as the rows of a query move from one session
 * to the next. */
typedef struct
{
  ScapulaDatabase *database;
  sqlite3_stmt    *stmt;        /* owned */
  gint64           session_id;
  gint64           started_at;
} SessionLookup;

static gboolean
session_lookup_init (SessionLookup    *lookup,
                     ScapulaDatabase  *database,
                     GError          **error)
{
  lookup->database = database;
  lookup->session_id = 0;
  lookup->started_at = 0;
  lookup->stmt = scapula_database_prepare (database, session_start_sql, error);

  return lookup->stmt != NULL;
}

static void
session_lookup_clear (SessionLookup *lookup)
{
  g_clear_pointer (&lookup->stmt, sqlite3_finalize);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SessionLookup, session_lookup_clear)

static gboolean
session_lookup_get (SessionLookup  *lookup,
                    gint64          session_id,
                    gint64         *started_at,
                    GError        **error)
{
  gboolean has_row = FALSE;

  if (session_id != lookup->session_id || lookup->session_id == 0)
    {
      sqlite3_reset (lookup->stmt);
      sqlite3_bind_int64 (lookup->stmt, 1, session_id);
      if (!scapula_database_step (lookup->database, lookup->stmt, &has_row, error))
        return FALSE;

      /* The foreign key guarantees the session; 0 would only mean a
       * damaged file. */
      lookup->started_at = has_row ? sqlite3_column_int64 (lookup->stmt, 0) : 0;
      lookup->session_id = session_id;
    }

  *started_at = lookup->started_at;
  return TRUE;
}

/* Reads one row of sets_sql or latest_sides_sql. */
static gboolean
read_stats_set (sqlite3_stmt     *stmt,
                SessionLookup    *sessions,
                ScapulaStatsSet  *set,
                GError          **error)
{
  set->session_id = sqlite3_column_int64 (stmt, 0);
  set->logged_at = sqlite3_column_int64 (stmt, 1);
  set->set.weight_kg = MAX (sqlite3_column_double (stmt, 2), 0.0);
  set->set.reps = (guint) MAX (sqlite3_column_int (stmt, 3), 0);
  set->set.seconds = (guint) MAX (sqlite3_column_int (stmt, 4), 0);
  set->set.side = side_from_text (sqlite3_column_text (stmt, 5));
  set->set.kind = kind_from_text (sqlite3_column_text (stmt, 6));

  return session_lookup_get (sessions, set->session_id, &set->started_at, error);
}

static int
compare_slugs (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static void
scapula_progress_store_dispose (GObject *object)
{
  ScapulaProgressStore *self = SCAPULA_PROGRESS_STORE (object);

  g_clear_object (&self->database);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (scapula_progress_store_parent_class)->dispose (object);
}

static void
scapula_progress_store_class_init (ScapulaProgressStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = scapula_progress_store_dispose;
}

static void
scapula_progress_store_init (ScapulaProgressStore *self)
{
}

/**
 * scapula_progress_store_new:
 * @database: the database to read
 * @catalog: the catalog, for the muscles of each exercise
 *
 * Returns: (transfer full): a new store
 */
ScapulaProgressStore *
scapula_progress_store_new (ScapulaDatabase *database,
                            ScapulaCatalog  *catalog)
{
  ScapulaProgressStore *self;

  g_return_val_if_fail (SCAPULA_IS_DATABASE (database), NULL);
  g_return_val_if_fail (SCAPULA_IS_CATALOG (catalog), NULL);

  self = g_object_new (SCAPULA_TYPE_PROGRESS_STORE, NULL);
  self->database = g_object_ref (database);
  self->catalog = g_object_ref (catalog);

  return self;
}

/**
 * scapula_progress_store_get_database:
 * @self: a store
 *
 * Returns: (transfer none): the database the store reads
 */
ScapulaDatabase *
scapula_progress_store_get_database (ScapulaProgressStore *self)
{
  g_return_val_if_fail (SCAPULA_IS_PROGRESS_STORE (self), NULL);

  return self->database;
}

/**
 * scapula_progress_store_get_catalog:
 * @self: a store
 *
 * Returns: (transfer none): the catalog the store reads muscles from
 */
ScapulaCatalog *
scapula_progress_store_get_catalog (ScapulaProgressStore *self)
{
  g_return_val_if_fail (SCAPULA_IS_PROGRESS_STORE (self), NULL);

  return self->catalog;
}

/**
 * scapula_progress_store_list_exercises:
 * @self: a store
 * @since: only exercises with a set logged at or after this time, or 0
 *   for all
 * @error: return location for a #SCAPULA_DATABASE_ERROR
 *
 * Lists the exercises that have history, warm-ups and stretches included,
 * in slug order. A slug the catalog does not know is one of the user's
 * own exercises.
 *
 * Returns: (transfer full) (element-type ScapulaExerciseHistory): the
 *   exercises, or %NULL with @error set
 */
GArray *
scapula_progress_store_list_exercises (ScapulaProgressStore  *self,
                                       gint64                 since,
                                       GError               **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) result = NULL;

  g_return_val_if_fail (SCAPULA_IS_PROGRESS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(stmt = scapula_database_prepare (self->database, exercises_sql, error)))
    return NULL;

  result = g_array_new (FALSE, TRUE, sizeof (ScapulaExerciseHistory));

  for (;;)
    {
      ScapulaExerciseHistory entry;
      gboolean has_row = FALSE;

      if (!scapula_database_step (self->database, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;

      entry.exercise = g_intern_string ((const char *) sqlite3_column_text (stmt, 0));
      entry.first_logged_at = sqlite3_column_int64 (stmt, 1);
      entry.last_logged_at = sqlite3_column_int64 (stmt, 2);

      if (entry.last_logged_at >= since)
        g_array_append_val (result, entry);
    }

  return g_steal_pointer (&result);
}

/**
 * scapula_progress_store_get_sets:
 * @self: a store
 * @exercise: an exercise slug
 * @since: the start of the range, or 0 for the whole history
 * @error: return location for a #SCAPULA_DATABASE_ERROR
 *
 * Reads one exercise's work sets (kinds "work" and "failure") logged at or
 * after @since, in the order they were logged.
 *
 * Returns: (transfer full) (element-type ScapulaStatsSet): the sets, or
 *   %NULL with @error set
 */
GArray *
scapula_progress_store_get_sets (ScapulaProgressStore  *self,
                                 const char            *exercise,
                                 gint64                 since,
                                 GError               **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) sets = NULL;
  g_auto(SessionLookup) sessions = { 0 };

  g_return_val_if_fail (SCAPULA_IS_PROGRESS_STORE (self), NULL);
  g_return_val_if_fail (exercise != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(stmt = scapula_database_prepare (self->database, sets_sql, error)) ||
      !session_lookup_init (&sessions, self->database, error))
    return NULL;

  sqlite3_bind_text (stmt, 1, exercise, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, since);

  sets = g_array_new (FALSE, TRUE, sizeof (ScapulaStatsSet));

  for (;;)
    {
      ScapulaStatsSet set;
      gboolean has_row = FALSE;

      if (!scapula_database_step (self->database, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;

      if (!read_stats_set (stmt, &sessions, &set, error))
        return NULL;
      g_array_append_val (sets, set);
    }

  return g_steal_pointer (&sets);
}

/**
 * scapula_progress_store_get_sessions:
 * @self: a store
 * @exercise: an exercise slug
 * @since: the start of the range, or 0 for the whole history
 * @error: return location for a #SCAPULA_DATABASE_ERROR
 *
 * One exercise's sessions since @since, for its charts: the best set, the
 * estimated 1RM, the volume, the hold time and the left and right values
 * of each session (scapula_stats_per_session()). The x of each point is
 * the session's start.
 *
 * Returns: (transfer full) (element-type ScapulaSessionStats): the
 *   sessions, oldest first, or %NULL with @error set
 */
GArray *
scapula_progress_store_get_sessions (ScapulaProgressStore  *self,
                                     const char            *exercise,
                                     gint64                 since,
                                     GError               **error)
{
  g_autoptr(GArray) sets = NULL;

  g_return_val_if_fail (SCAPULA_IS_PROGRESS_STORE (self), NULL);
  g_return_val_if_fail (exercise != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(sets = scapula_progress_store_get_sets (self, exercise, since, error)))
    return NULL;

  return scapula_stats_per_session ((const ScapulaStatsSet *) sets->data, sets->len);
}

/**
 * scapula_progress_store_get_balance_flag:
 * @self: a store
 * @exercise: a unilateral exercise's slug
 * @behind: (out): the side that has been behind, or %SCAPULA_SIDE_BOTH
 *   when there is nothing to flag
 * @error: return location for a #SCAPULA_DATABASE_ERROR
 *
 * Checks the latest sessions that logged both sides of @exercise with
 * scapula_balance_check(), whatever range the chart shows: the flag is
 * about now. Only those sessions are read, newest first.
 *
 * Returns: %TRUE on success, %FALSE with @error set
 */
gboolean
scapula_progress_store_get_balance_flag (ScapulaProgressStore  *self,
                                         const char            *exercise,
                                         ScapulaSide           *behind,
                                         GError               **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) sets = NULL;
  g_autoptr(GArray) sessions = NULL;
  g_auto(SessionLookup) starts = { 0 };
  gint64 session_id = 0;
  guint n_sessions = 0;
  gboolean left = FALSE, right = FALSE;

  g_return_val_if_fail (SCAPULA_IS_PROGRESS_STORE (self), FALSE);
  g_return_val_if_fail (exercise != NULL, FALSE);
  g_return_val_if_fail (behind != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *behind = SCAPULA_SIDE_BOTH;

  if (!(stmt = scapula_database_prepare (self->database, latest_sides_sql, error)) ||
      !session_lookup_init (&starts, self->database, error))
    return FALSE;

  sqlite3_bind_text (stmt, 1, exercise, -1, SQLITE_TRANSIENT);

  sets = g_array_new (FALSE, TRUE, sizeof (ScapulaStatsSet));

  for (;;)
    {
      ScapulaStatsSet set;
      gboolean has_row = FALSE;

      if (!scapula_database_step (self->database, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;

      if (!read_stats_set (stmt, &starts, &set, error))
        return FALSE;

      if (sets->len == 0 || set.session_id != session_id)
        {
          /* The sessions read so far are complete: enough of them? */
          if (left && right)
            n_sessions++;
          if (n_sessions == SCAPULA_BALANCE_SESSIONS)
            break;

          session_id = set.session_id;
          left = right = FALSE;
        }

      left |= set.set.side == SCAPULA_SIDE_LEFT;
      right |= set.set.side == SCAPULA_SIDE_RIGHT;
      g_array_append_val (sets, set);
    }

  /* Oldest first, as the calculations read them. */
  for (guint i = 0; i < sets->len / 2; i++)
    {
      ScapulaStatsSet swap = g_array_index (sets, ScapulaStatsSet, i);

      g_array_index (sets, ScapulaStatsSet, i) = g_array_index (sets, ScapulaStatsSet, sets->len - 1 - i);
      g_array_index (sets, ScapulaStatsSet, sets->len - 1 - i) = swap;
    }

  sessions = scapula_stats_per_session ((const ScapulaStatsSet *) sets->data, sets->len);
  scapula_balance_check ((const ScapulaSessionStats *) sessions->data, sessions->len, behind);

  return TRUE;
}

/**
 * scapula_progress_store_get_muscle_weeks:
 * @self: a store
 * @since: the start of the range, or 0 for the whole history
 * @now: the current time: the last week listed holds it; 0 for the week
 *   of the latest session
 * @first_day: the first day of the week, from the `week-start` setting
 * @error: return location for a #SCAPULA_DATABASE_ERROR
 *
 * Weekly sets per muscle since @since, for the bars and for the anatomy
 * diagram's "this week" colours (scapula_stats_muscle_weeks()). The
 * first week listed is the one holding @since. A session's sets count in
 * the week it started; they are read from the per-session counts that
 * the database keeps (session_exercise), not set by set.
 *
 * Returns: (transfer full) (element-type ScapulaMuscleWeek): the weeks,
 *   oldest first, or %NULL with @error set
 */
GArray *
scapula_progress_store_get_muscle_weeks (ScapulaProgressStore  *self,
                                         gint64                 since,
                                         gint64                 now,
                                         GDateWeekday           first_day,
                                         GError               **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) counts = NULL;
  g_autoptr(GHashTable) slugs = NULL;

  g_return_val_if_fail (SCAPULA_IS_PROGRESS_STORE (self), NULL);
  g_return_val_if_fail (g_date_valid_weekday (first_day), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(stmt = scapula_database_prepare (self->database, muscles_sql, error)))
    return NULL;

  /* Weeks start at midnight: read from the start of the first one. */
  sqlite3_bind_int64 (stmt, 1, since > 0 ? scapula_week_get_start (since, first_day) : 0);

  counts = g_array_new (FALSE, TRUE, sizeof (ScapulaSetCount));
  /* The rows go round a few slugs session after session: intern each
   * once, without taking GLib's intern lock for every row. Keys and
   * values are the interned strings. */
  slugs = g_hash_table_new (g_str_hash, g_str_equal);

  for (;;)
    {
      static const ScapulaSide sides[] = { SCAPULA_SIDE_BOTH, SCAPULA_SIDE_LEFT, SCAPULA_SIDE_RIGHT };
      ScapulaSetCount count;
      const char *text;
      gboolean has_row = FALSE;

      if (!scapula_database_step (self->database, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;

      text = (const char *) sqlite3_column_text (stmt, 2);
      if (text == NULL)
        continue;
      if (!(count.exercise = g_hash_table_lookup (slugs, text)))
        {
          count.exercise = g_intern_string (text);
          g_hash_table_add (slugs, (gpointer) count.exercise);
        }

      count.session_id = sqlite3_column_int64 (stmt, 0);
      count.started_at = sqlite3_column_int64 (stmt, 1);
      count.kind = SCAPULA_SET_KIND_WORK;

      /* One entry per side that has sets; the calculation pairs left
       * and right within the session and exercise. */
      for (guint i = 0; i < G_N_ELEMENTS (sides); i++)
        {
          int n_sets = sqlite3_column_int (stmt, 3 + i);

          if (n_sets <= 0)
            continue;

          count.side = sides[i];
          count.n_sets = (guint) n_sets;
          g_array_append_val (counts, count);
        }
    }

  return scapula_stats_muscle_weeks (self->catalog, (const ScapulaSetCount *) counts->data,
                                     counts->len, first_day, since, now);
}

static GArray *
read_session_starts (ScapulaProgressStore  *self,
                     gint64                 since,
                     GError               **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) starts = NULL;

  if (!(stmt = scapula_database_prepare (self->database, sessions_sql, error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, since);

  starts = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (;;)
    {
      gint64 started_at;
      gboolean has_row = FALSE;

      if (!scapula_database_step (self->database, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;

      started_at = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (starts, started_at);
    }

  return g_steal_pointer (&starts);
}

/**
 * scapula_progress_store_get_consistency:
 * @self: a store
 * @plan: (nullable): the active plan, whose training days are the goal
 * @since: the start of the range, or 0 for the whole history
 * @now: the current time: the last week listed holds it; 0 for the week
 *   of the latest session
 * @first_day: the first day of the week, from the `week-start` setting
 * @error: return location for a #SCAPULA_DATABASE_ERROR
 *
 * Sessions per week against the plan (scapula_stats_consistency()). A
 * session counts when it has at least one logged set.
 *
 * Returns: (transfer full) (element-type ScapulaConsistencyWeek): the
 *   weeks, oldest first, or %NULL with @error set
 */
GArray *
scapula_progress_store_get_consistency (ScapulaProgressStore  *self,
                                        ScapulaPlan           *plan,
                                        gint64                 since,
                                        gint64                 now,
                                        GDateWeekday           first_day,
                                        GError               **error)
{
  g_autoptr(GArray) starts = NULL;

  g_return_val_if_fail (SCAPULA_IS_PROGRESS_STORE (self), NULL);
  g_return_val_if_fail (plan == NULL || SCAPULA_IS_PLAN (plan), NULL);
  g_return_val_if_fail (g_date_valid_weekday (first_day), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(starts = read_session_starts (self, since > 0 ? scapula_week_get_start (since, first_day) : 0,
                                      error)))
    return NULL;

  return scapula_stats_consistency ((const gint64 *) starts->data, starts->len, plan, first_day,
                                    since, now);
}

/**
 * scapula_progress_store_get_pain:
 * @self: a store
 * @exercise: (nullable): an exercise slug, or %NULL for every check-in
 * @since: the start of the range, or 0 for the whole history
 * @error: return location for a #SCAPULA_DATABASE_ERROR
 *
 * The pain of each session since @since: the highest of its check-ins for
 * @exercise, or of all its check-ins (each exercise's and the whole
 * session's) when @exercise is %NULL. Sessions without a check-in have no
 * point. Pass the pains of an exercise's points to
 * scapula_pain_is_rising() for the rising-pain rule.
 *
 * Returns: (transfer full) (element-type ScapulaPainPoint): the sessions,
 *   oldest first, or %NULL with @error set
 */
GArray *
scapula_progress_store_get_pain (ScapulaProgressStore  *self,
                                 const char            *exercise,
                                 gint64                 since,
                                 GError               **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) points = NULL;

  g_return_val_if_fail (SCAPULA_IS_PROGRESS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(stmt = scapula_database_prepare (self->database,
                                         exercise != NULL ? pain_exercise_sql : pain_all_sql,
                                         error)))
    return NULL;

  if (exercise != NULL)
    {
      sqlite3_bind_text (stmt, 1, exercise, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 2, since);
    }
  else
    {
      sqlite3_bind_int64 (stmt, 1, since);
    }

  points = g_array_new (FALSE, TRUE, sizeof (ScapulaPainPoint));

  for (;;)
    {
      ScapulaPainPoint point;
      gboolean has_row = FALSE;

      if (!scapula_database_step (self->database, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;

      point.session_id = sqlite3_column_int64 (stmt, 0);
      point.started_at = sqlite3_column_int64 (stmt, 1);
      point.pain = (guint) CLAMP (sqlite3_column_int (stmt, 2), 0, 10);
      point.numbness = sqlite3_column_int (stmt, 3) != 0;

      /* A session's check-ins come one after another. */
      if (points->len > 0)
        {
          ScapulaPainPoint *last = &g_array_index (points, ScapulaPainPoint, points->len - 1);

          if (last->session_id == point.session_id)
            {
              last->pain = MAX (last->pain, point.pain);
              last->numbness |= point.numbness;
              continue;
            }
        }

      g_array_append_val (points, point);
    }

  return g_steal_pointer (&points);
}

/**
 * scapula_progress_store_get_pain_rising:
 * @self: a store
 * @exercise: an exercise slug
 * @rising: (out): whether the pain of @exercise is rising
 * @error: return location for a #SCAPULA_DATABASE_ERROR
 *
 * Applies the rising-pain rule (scapula_stats_pain_is_rising()) to the
 * latest three sessions with a check-in for @exercise, whatever range the
 * chart shows: the flag is about now.
 *
 * Returns: %TRUE on success, %FALSE with @error set
 */
gboolean
scapula_progress_store_get_pain_rising (ScapulaProgressStore  *self,
                                        const char            *exercise,
                                        gboolean              *rising,
                                        GError               **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  ScapulaPainPoint points[3];
  guint n = 0;

  g_return_val_if_fail (SCAPULA_IS_PROGRESS_STORE (self), FALSE);
  g_return_val_if_fail (exercise != NULL, FALSE);
  g_return_val_if_fail (rising != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *rising = FALSE;

  if (!(stmt = scapula_database_prepare (self->database, pain_latest_sql, error)))
    return FALSE;

  sqlite3_bind_text (stmt, 1, exercise, -1, SQLITE_TRANSIENT);

  /* Newest first, into points[2], points[1], points[0]. */
  for (;;)
    {
      gboolean has_row = FALSE;
      gint64 session_id;
      guint pain;

      if (!scapula_database_step (self->database, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;

      session_id = sqlite3_column_int64 (stmt, 0);
      pain = (guint) CLAMP (sqlite3_column_int (stmt, 2), 0, 10);

      if (n > 0 && points[3 - n].session_id == session_id)
        {
          points[3 - n].pain = MAX (points[3 - n].pain, pain);
          continue;
        }

      if (n == 3)
        break;

      n++;
      points[3 - n].session_id = session_id;
      points[3 - n].started_at = sqlite3_column_int64 (stmt, 1);
      points[3 - n].pain = pain;
      points[3 - n].numbness = sqlite3_column_int (stmt, 3) != 0;
    }

  *rising = scapula_stats_pain_is_rising (&points[3 - n], n);
  return TRUE;
}

/**
 * scapula_progress_store_get_pain_weeks:
 * @self: a store
 * @exercise: (nullable): an exercise slug, or %NULL for every check-in
 * @since: the start of the range, or 0 for the whole history
 * @now: the current time: the last week listed holds it; 0 for the week
 *   of the latest check-in
 * @first_day: the first day of the week, from the `week-start` setting
 * @error: return location for a #SCAPULA_DATABASE_ERROR
 *
 * The weekly mean of the sessions' pain (scapula_stats_pain_weeks()).
 *
 * Returns: (transfer full) (element-type ScapulaWeekValue): the weeks,
 *   oldest first, or %NULL with @error set
 */
GArray *
scapula_progress_store_get_pain_weeks (ScapulaProgressStore  *self,
                                       const char            *exercise,
                                       gint64                 since,
                                       gint64                 now,
                                       GDateWeekday           first_day,
                                       GError               **error)
{
  g_autoptr(GArray) points = NULL;

  g_return_val_if_fail (SCAPULA_IS_PROGRESS_STORE (self), NULL);
  g_return_val_if_fail (g_date_valid_weekday (first_day), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  points = scapula_progress_store_get_pain (self, exercise,
                                            since > 0 ? scapula_week_get_start (since, first_day) : 0,
                                            error);
  if (points == NULL)
    return NULL;

  return scapula_stats_pain_weeks ((const ScapulaPainPoint *) points->data, points->len,
                                   first_day, since, now);
}

static GArray *
scan_records (ScapulaProgressStore  *self,
              const char            *exercise,
              GError               **error)
{
  g_autoptr(GArray) sets = NULL;
  GArray *records;
  const char *slug = g_intern_string (exercise);

  /* A record in the range is measured against everything before it. */
  if (!(sets = scapula_progress_store_get_sets (self, exercise, 0, error)))
    return NULL;

  records = scapula_records_scan ((const ScapulaStatsSet *) sets->data, sets->len);
  for (guint i = 0; i < records->len; i++)
    g_array_index (records, ScapulaRecord, i).exercise = slug;

  return records;
}

/**
 * scapula_progress_store_get_records:
 * @self: a store
 * @exercise: an exercise slug
 * @since: the start of the range, or 0 for the whole history
 * @error: return location for a #SCAPULA_DATABASE_ERROR
 *
 * The personal records of @exercise set in sessions that started at or
 * after @since, with their dates (scapula_records_scan()). Each is
 * measured against the whole history before it, whatever the range.
 *
 * Returns: (transfer full) (element-type ScapulaRecord): the records, in
 *   the order they were set, or %NULL with @error set
 */
GArray *
scapula_progress_store_get_records (ScapulaProgressStore  *self,
                                    const char            *exercise,
                                    gint64                 since,
                                    GError               **error)
{
  g_autoptr(GArray) records = NULL;
  guint first = 0;

  g_return_val_if_fail (SCAPULA_IS_PROGRESS_STORE (self), NULL);
  g_return_val_if_fail (exercise != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(records = scan_records (self, exercise, error)))
    return NULL;

  while (first < records->len && g_array_index (records, ScapulaRecord, first).started_at < since)
    first++;
  g_array_remove_range (records, 0, first);

  return g_steal_pointer (&records);
}

/**
 * scapula_progress_store_get_session_records:
 * @self: a store
 * @session_id: a session
 * @error: return location for a #SCAPULA_DATABASE_ERROR
 *
 * The records set in one session, over all its exercises, for the
 * session's summary. Each record's @exercise names its exercise.
 *
 * Returns: (transfer full) (element-type ScapulaRecord): the records, by
 *   exercise slug, or %NULL with @error set
 */
GArray *
scapula_progress_store_get_session_records (ScapulaProgressStore  *self,
                                            gint64                 session_id,
                                            GError               **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) exercises = NULL;
  g_autoptr(GArray) result = NULL;

  g_return_val_if_fail (SCAPULA_IS_PROGRESS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(stmt = scapula_database_prepare (self->database, session_exercises_sql, error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, session_id);
  exercises = g_ptr_array_new ();

  for (;;)
    {
      gboolean has_row = FALSE;

      if (!scapula_database_step (self->database, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;

      g_ptr_array_add (exercises, (gpointer) g_intern_string ((const char *) sqlite3_column_text (stmt, 0)));
    }

  g_clear_pointer (&stmt, sqlite3_finalize);
  g_ptr_array_sort (exercises, compare_slugs);

  result = g_array_new (FALSE, TRUE, sizeof (ScapulaRecord));

  for (guint i = 0; i < exercises->len; i++)
    {
      g_autoptr(GArray) records = NULL;
      g_autoptr(GArray) in_session = NULL;
      ScapulaExercise *known = scapula_catalog_lookup (self->catalog, g_ptr_array_index (exercises, i));

      /* Stretches and warm-up moves hold no records: skip reading them. */
      if (known != NULL && scapula_exercise_get_kind (known) != SCAPULA_EXERCISE_KIND_STRENGTH)
        continue;

      if (!(records = scan_records (self, g_ptr_array_index (exercises, i), error)))
        return NULL;

      in_session = scapula_records_in_session ((const ScapulaRecord *) records->data, records->len,
                                               session_id);
      g_array_append_vals (result, in_session->data, in_session->len);
    }

  return g_steal_pointer (&result);
}

/**
 * scapula_progress_store_get_next_steps:
 * @self: a store
 * @plan: the active plan
 * @unit: the unit the user lifts in, which decides the load steps
 * @error: return location for a #SCAPULA_DATABASE_ERROR
 *
 * The next suggested step of each strength exercise of @plan (double
 * progression: the next load step and back to the bottom of the range
 * once every work set reached the top, otherwise one more rep or a longer
 * hold). Each is the target the session runner would set now, from the
 * exercise's last session (scapula_history_compute_target()), with the
 * prescription of the exercise's first item in the plan.
 *
 * An exercise is listed once, in the order the plan first names it:
 * Monday to Sunday, each day's items in order. Warm-up moves and
 * stretches are left out, and so are the user's own exercises, which the
 * catalog does not know.
 *
 * Returns: (transfer full) (element-type ScapulaNextStep): the steps, or
 *   %NULL with @error set
 */
GArray *
scapula_progress_store_get_next_steps (ScapulaProgressStore  *self,
                                       ScapulaPlan           *plan,
                                       ScapulaWeightUnit      unit,
                                       GError               **error)
{
  g_autoptr(GArray) steps = NULL;
  g_autoptr(GHashTable) seen = NULL;

  g_return_val_if_fail (SCAPULA_IS_PROGRESS_STORE (self), NULL);
  g_return_val_if_fail (SCAPULA_IS_PLAN (plan), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  steps = g_array_new (FALSE, TRUE, sizeof (ScapulaNextStep));
  seen = g_hash_table_new (NULL, NULL);

  for (guint weekday = 1; weekday <= 7; weekday++)
    {
      ScapulaPlanDay *day = scapula_plan_get_day (plan, weekday);

      for (guint i = 0; i < scapula_plan_day_get_n_items (day); i++)
        {
          ScapulaPlanItem *item = scapula_plan_day_get_item (day, i);
          const char *slug = g_intern_string (scapula_plan_item_get_exercise (item));
          ScapulaExercise *exercise;
          ScapulaNextStep step = { slug, };

          if (!g_hash_table_add (seen, (gpointer) slug))
            continue;

          exercise = scapula_catalog_lookup (self->catalog, slug);
          if (exercise == NULL || scapula_exercise_get_kind (exercise) != SCAPULA_EXERCISE_KIND_STRENGTH)
            continue;

          if (!scapula_history_compute_target (self->database, exercise,
                                               scapula_plan_item_get_prescription (item), unit,
                                               G_MAXINT64, &step.target, &step.last_session_at, error))
            return NULL;

          step.has_history = step.last_session_at != 0;
          g_array_append_val (steps, step);
        }
    }

  return g_steal_pointer (&steps);
}

const char *
_scapula_progress_store_get_sql (ScapulaProgressQuery query)
{
  g_return_val_if_fail (query < SCAPULA_N_PROGRESS_QUERIES, NULL);

  return queries[query];
}
