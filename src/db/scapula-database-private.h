/* scapula-database-private.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "scapula-database.h"

G_BEGIN_DECLS

/* One migration step: the SQL that takes the schema from version (index) to
 * version (index + 1). Each runs in its own transaction together with the
 * user_version bump, so a crash leaves the file at a whole version.
 */
extern const char * const _scapula_migrations[SCAPULA_DATABASE_SCHEMA_VERSION];

gboolean _scapula_database_set_error (sqlite3  *db,
                                      int       rc,
                                      GError  **error);

G_END_DECLS
