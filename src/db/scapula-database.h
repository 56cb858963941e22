/* scapula-database.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

G_BEGIN_DECLS

#define SCAPULA_DATABASE_ERROR (scapula_database_error_quark ())

/**
 * ScapulaDatabaseError:
 * @SCAPULA_DATABASE_ERROR_FAILED: any other SQLite failure
 * @SCAPULA_DATABASE_ERROR_OPEN: the file or its folder cannot be created or opened
 * @SCAPULA_DATABASE_ERROR_TOO_NEW: a newer Scapula wrote the file; it was not touched
 * @SCAPULA_DATABASE_ERROR_CORRUPT: the file is damaged or not a database
 * @SCAPULA_DATABASE_ERROR_CONSTRAINT: a value was refused by the schema's checks
 * @SCAPULA_DATABASE_ERROR_FULL: the disk is full
 * @SCAPULA_DATABASE_ERROR_READONLY: the file cannot be written
 * @SCAPULA_DATABASE_ERROR_BUSY: another process holds the database
 */
typedef enum
{
  SCAPULA_DATABASE_ERROR_FAILED,
  SCAPULA_DATABASE_ERROR_OPEN,
  SCAPULA_DATABASE_ERROR_TOO_NEW,
  SCAPULA_DATABASE_ERROR_CORRUPT,
  SCAPULA_DATABASE_ERROR_CONSTRAINT,
  SCAPULA_DATABASE_ERROR_FULL,
  SCAPULA_DATABASE_ERROR_READONLY,
  SCAPULA_DATABASE_ERROR_BUSY,
} ScapulaDatabaseError;

/* The schema version this build writes. */
#define SCAPULA_DATABASE_SCHEMA_VERSION 4

#define SCAPULA_TYPE_DATABASE (scapula_database_get_type ())

G_DECLARE_FINAL_TYPE (ScapulaDatabase, scapula_database, SCAPULA, DATABASE, GObject)

GQuark           scapula_database_error_quark         (void);
char            *scapula_database_get_default_path    (void);
ScapulaDatabase *scapula_database_open                (const char           *path,
                                                       GError              **error);
void             scapula_database_open_async          (const char           *path,
                                                       GCancellable         *cancellable,
                                                       GAsyncReadyCallback   callback,
                                                       gpointer              user_data);
ScapulaDatabase *scapula_database_open_finish         (GAsyncResult         *result,
                                                       GError              **error);
void             scapula_database_close               (ScapulaDatabase      *self);
const char      *scapula_database_get_path            (ScapulaDatabase      *self);
int              scapula_database_get_schema_version  (ScapulaDatabase      *self);
sqlite3_stmt    *scapula_database_prepare             (ScapulaDatabase      *self,
                                                       const char           *sql,
                                                       GError              **error);
gboolean         scapula_database_step                (ScapulaDatabase      *self,
                                                       sqlite3_stmt         *stmt,
                                                       gboolean             *has_row,
                                                       GError              **error);
gboolean         scapula_database_exec                (ScapulaDatabase      *self,
                                                       const char           *sql,
                                                       GError              **error);
gboolean         scapula_database_begin               (ScapulaDatabase      *self,
                                                       GError              **error);
gboolean         scapula_database_commit              (ScapulaDatabase      *self,
                                                       GError              **error);
void             scapula_database_rollback            (ScapulaDatabase      *self);
gint64           scapula_database_last_insert_id      (ScapulaDatabase      *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

G_END_DECLS
