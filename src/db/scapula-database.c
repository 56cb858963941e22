/* scapula-database.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "scapula-database"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>

#include "scapula-database-private.h"

/**
 * ScapulaDatabase:
 *
 * A thin layer over one SQLite connection: opening with the app's settings,
 * schema migrations, prepared statements and errors as #GError.
 *
 * # Durability
 *
 * The file runs in WAL mode with `synchronous=FULL`. In WAL mode a commit
 * appends the transaction to the -wal file; with FULL, SQLite also fsyncs
 * the -wal file before the commit returns. So:
 *
 * - An application crash or `kill -9` cannot lose a committed write even
 *   under the weaker NORMAL mode: the write() of the WAL frames is done
 *   before COMMIT returns, the data sits in the kernel's page cache, which
 *   belongs to the OS and not to the process, and the next open replays the
 *   WAL. A transaction cut off mid-way has no commit frame and is ignored,
 *   so a crash never leaves half a transaction.
 * - FULL adds the fsync, so a confirmed set also survives an OS crash or a
 *   power cut, which NORMAL does not promise (NORMAL syncs only at
 *   checkpoints). The cost is one fsync per commit, a few milliseconds,
 *   paid once per confirmed set; imports are one transaction and pay it
 *   once.
 *
 * The session runner therefore shows a set as done only after the commit
 * that stores it has returned.
 *
 * # Versions
 *
 * `PRAGMA user_version` holds the schema version. Each migration runs in
 * its own transaction together with the version bump. A file whose version
 * is newer than this build knows is refused before anything is written to
 * it (not even the journal mode is changed), so an older Scapula can never
 * damage the data of a newer one.
 */

struct _ScapulaDatabase
{
  GObject  parent_instance;

  sqlite3 *db;
  char    *path;
};

G_DEFINE_FINAL_TYPE (ScapulaDatabase, scapula_database, G_TYPE_OBJECT)

G_DEFINE_QUARK (scapula-database-error-quark, scapula_database_error)

static int
error_code_for_sqlite (int rc)
{
  switch (rc & 0xff)
    {
    case SQLITE_CONSTRAINT:
      return SCAPULA_DATABASE_ERROR_CONSTRAINT;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return SCAPULA_DATABASE_ERROR_CORRUPT;
    case SQLITE_FULL:
      return SCAPULA_DATABASE_ERROR_FULL;
    case SQLITE_READONLY:
    case SQLITE_PERM:
      return SCAPULA_DATABASE_ERROR_READONLY;
    case SQLITE_CANTOPEN:
      return SCAPULA_DATABASE_ERROR_OPEN;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return SCAPULA_DATABASE_ERROR_BUSY;
    default:
      return SCAPULA_DATABASE_ERROR_FAILED;
    }
}

/* Always returns FALSE, so callers can `return _scapula_database_set_error (…)`. */
gboolean
_scapula_database_set_error (sqlite3  *db,
                             int       rc,
                             GError  **error)
{
  const char *message = db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc);

  g_set_error (error, SCAPULA_DATABASE_ERROR, error_code_for_sqlite (rc),
               "%s (SQLite error %d)", message, rc);
  return FALSE;
}

static void
scapula_database_finalize (GObject *object)
{
  ScapulaDatabase *self = (ScapulaDatabase *)object;

  /* sqlite3_close_v2 waits for any statement still alive to be finalized. */
  g_clear_pointer (&self->db, sqlite3_close_v2);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (scapula_database_parent_class)->finalize (object);
}

static void
scapula_database_class_init (ScapulaDatabaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = scapula_database_finalize;
}

static void
scapula_database_init (ScapulaDatabase *self)
{
}

/**
 * scapula_database_get_default_path:
 *
 * Returns: (transfer full): `$XDG_DATA_HOME/io.github.scapula.Scapula/scapula.db`.
 *   Development builds share it: they differ in app id, not in data.
 */
char *
scapula_database_get_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), BASE_ID, "scapula.db", NULL);
}

static gboolean
query_int (ScapulaDatabase  *self,
           const char       *sql,
           int              *value,
           GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  if (!(stmt = scapula_database_prepare (self, sql, error)) ||
      !scapula_database_step (self, stmt, &has_row, error))
    return FALSE;

  *value = has_row ? sqlite3_column_int (stmt, 0) : 0;
  return TRUE;
}

static gboolean
migrate (ScapulaDatabase  *self,
         int               from,
         GError          **error)
{
  for (int version = from; version < SCAPULA_DATABASE_SCHEMA_VERSION; version++)
    {
      g_autofree char *bump = NULL;

      if (!scapula_database_begin (self, error))
        return FALSE;

      /* PRAGMA takes no bound parameters; the value is our own integer. */
      bump = g_strdup_printf ("PRAGMA user_version = %d", version + 1);

      if (!scapula_database_exec (self, _scapula_migrations[version], error) ||
          !scapula_database_exec (self, bump, error) ||
          !scapula_database_commit (self, error))
        {
          g_prefix_error (error, "Could not upgrade the database from version %d: ", version);
          scapula_database_rollback (self);
          return FALSE;
        }

      g_debug ("Migrated %s to schema version %d", self->path, version + 1);
    }

  return TRUE;
}

static gboolean
configure (ScapulaDatabase  *self,
           GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;
  int version = 0;

  sqlite3_extended_result_codes (self->db, TRUE);
  sqlite3_busy_timeout (self->db, 2000);

  /* The first read of the file: also how a damaged file shows itself. */
  if (!query_int (self, "PRAGMA user_version", &version, error))
    return FALSE;

  if (version > SCAPULA_DATABASE_SCHEMA_VERSION)
    {
      g_set_error (error, SCAPULA_DATABASE_ERROR, SCAPULA_DATABASE_ERROR_TOO_NEW,
                   "The database “%s” was written by a newer version of Scapula "
                   "(schema version %d; this version knows up to %d). "
                   "It has been left unchanged: update Scapula to open it.",
                   self->path, version, SCAPULA_DATABASE_SCHEMA_VERSION);
      return FALSE;
    }

  if (!scapula_database_exec (self, "PRAGMA foreign_keys = ON", error))
    return FALSE;

  if (!(stmt = scapula_database_prepare (self, "PRAGMA journal_mode = WAL", error)) ||
      !scapula_database_step (self, stmt, &has_row, error))
    return FALSE;

  /* In-memory databases answer "memory"; a file must really be in WAL mode. */
  if (g_strcmp0 (self->path, ":memory:") != 0 &&
      g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "wal") != 0)
    {
      g_set_error (error, SCAPULA_DATABASE_ERROR, SCAPULA_DATABASE_ERROR_FAILED,
                   "The database “%s” cannot use write-ahead logging", self->path);
      return FALSE;
    }

  /* A live statement would keep the migrations' COMMIT from completing. */
  g_clear_pointer (&stmt, sqlite3_finalize);

  if (!scapula_database_exec (self, "PRAGMA synchronous = FULL", error))
    return FALSE;

  return migrate (self, version, error);
}

/**
 * scapula_database_open:
 * @path: (nullable): the file, or %NULL or ":memory:" for a private
 *   in-memory database (tests)
 * @error: return location for a #GError
 *
 * Opens or creates the database, creating its folder when needed, and
 * migrates it to %SCAPULA_DATABASE_SCHEMA_VERSION. This blocks: the app
 * calls it through scapula_database_open_async().
 *
 * Returns: (transfer full): the database, or %NULL with @error set
 */
ScapulaDatabase *
scapula_database_open (const char  *path,
                       GError     **error)
{
  g_autoptr(ScapulaDatabase) self = NULL;
  int rc;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (SCAPULA_TYPE_DATABASE, NULL);
  self->path = g_strdup (path != NULL ? path : ":memory:");

  if (g_strcmp0 (self->path, ":memory:") != 0)
    {
      g_autofree char *dir = g_path_get_dirname (self->path);

      if (g_mkdir_with_parents (dir, 0700) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, SCAPULA_DATABASE_ERROR, SCAPULA_DATABASE_ERROR_OPEN,
                       "Could not create the folder “%s”: %s", dir, g_strerror (saved_errno));
          return NULL;
        }
    }

  rc = sqlite3_open_v2 (self->path, &self->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        NULL);
  if (rc != SQLITE_OK)
    {
      g_autoptr(GError) local_error = NULL;

      _scapula_database_set_error (self->db, rc, &local_error);
      g_set_error (error, SCAPULA_DATABASE_ERROR, local_error->code,
                   "Could not open the database “%s”: %s", self->path, local_error->message);
      return NULL;
    }

  if (!configure (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

static void
open_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  ScapulaDatabase *self;
  GError *error = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;

  self = scapula_database_open (task_data, &error);
  if (self == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, self, g_object_unref);
}

/**
 * scapula_database_open_async:
 *
 * Runs scapula_database_open() on a worker thread, so creating the file and
 * running migrations never stalls the main loop.
 */
void
scapula_database_open_async (const char          *path,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, scapula_database_open_async);
  g_task_set_task_data (task, g_strdup (path), g_free);
  g_task_run_in_thread (task, open_thread);
}

ScapulaDatabase *
scapula_database_open_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * scapula_database_close:
 *
 * Closes the connection now rather than when the last reference goes, so
 * the app can close it on quit whoever still holds the object. Closing the
 * last connection checkpoints the WAL into the main file and removes it.
 * Any use afterwards fails with %SCAPULA_DATABASE_ERROR_FAILED.
 */
void
scapula_database_close (ScapulaDatabase *self)
{
  g_return_if_fail (SCAPULA_IS_DATABASE (self));

  g_clear_pointer (&self->db, sqlite3_close_v2);
}

static gboolean
check_open (ScapulaDatabase  *self,
            GError          **error)
{
  if (self->db != NULL)
    return TRUE;

  g_set_error (error, SCAPULA_DATABASE_ERROR, SCAPULA_DATABASE_ERROR_FAILED,
               "The database “%s” is closed", self->path);
  return FALSE;
}

const char *
scapula_database_get_path (ScapulaDatabase *self)
{
  g_return_val_if_fail (SCAPULA_IS_DATABASE (self), NULL);

  return self->path;
}

int
scapula_database_get_schema_version (ScapulaDatabase *self)
{
  int version = -1;

  g_return_val_if_fail (SCAPULA_IS_DATABASE (self), -1);

  if (!query_int (self, "PRAGMA user_version", &version, NULL))
    return -1;

  return version;
}

/**
 * scapula_database_prepare:
 *
 * Returns: (transfer full) (nullable): a statement to bind and step; free
 *   it with sqlite3_finalize() or g_autoptr(sqlite3_stmt)
 */
sqlite3_stmt *
scapula_database_prepare (ScapulaDatabase  *self,
                          const char       *sql,
                          GError          **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (SCAPULA_IS_DATABASE (self), NULL);
  g_return_val_if_fail (sql != NULL, NULL);

  if (!check_open (self, error))
    return NULL;

  rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      _scapula_database_set_error (self->db, rc, error);
      return NULL;
    }

  return stmt;
}

/**
 * scapula_database_step:
 * @has_row: (out) (optional): %TRUE when a row is ready to read
 *
 * Steps @stmt once. A constraint violation, a full disk and so on come back
 * as a #GError in %SCAPULA_DATABASE_ERROR.
 *
 * Returns: %FALSE on error
 */
gboolean
scapula_database_step (ScapulaDatabase  *self,
                       sqlite3_stmt     *stmt,
                       gboolean         *has_row,
                       GError          **error)
{
  int rc;

  g_return_val_if_fail (SCAPULA_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (stmt != NULL, FALSE);

  rc = sqlite3_step (stmt);

  if (has_row != NULL)
    *has_row = rc == SQLITE_ROW;

  if (rc == SQLITE_ROW || rc == SQLITE_DONE)
    return TRUE;

  return _scapula_database_set_error (self->db, rc, error);
}

/**
 * scapula_database_exec:
 *
 * Runs fixed SQL that takes no parameters (schema, pragmas, transaction
 * control). Anything with a value in it goes through a prepared statement.
 */
gboolean
scapula_database_exec (ScapulaDatabase  *self,
                       const char       *sql,
                       GError          **error)
{
  int rc;

  g_return_val_if_fail (SCAPULA_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (sql != NULL, FALSE);

  if (!check_open (self, error))
    return FALSE;

  rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    return _scapula_database_set_error (self->db, rc, error);

  return TRUE;
}

/**
 * scapula_database_begin:
 *
 * Starts a write transaction. IMMEDIATE takes the write lock up front, so
 * a transaction never fails half-way because another connection wrote.
 */
gboolean
scapula_database_begin (ScapulaDatabase  *self,
                        GError          **error)
{
  return scapula_database_exec (self, "BEGIN IMMEDIATE", error);
}

gboolean
scapula_database_commit (ScapulaDatabase  *self,
                         GError          **error)
{
  return scapula_database_exec (self, "COMMIT", error);
}

void
scapula_database_rollback (ScapulaDatabase *self)
{
  g_return_if_fail (SCAPULA_IS_DATABASE (self));

  /* Nothing to do when SQLite already rolled back (e.g. after SQLITE_FULL). */
  if (self->db != NULL && !sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

gint64
scapula_database_last_insert_id (ScapulaDatabase *self)
{
  g_return_val_if_fail (SCAPULA_IS_DATABASE (self), 0);

  return self->db != NULL ? sqlite3_last_insert_rowid (self->db) : 0;
}
