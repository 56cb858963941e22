/* scapula-catalog.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "scapula-exercise.h"

G_BEGIN_DECLS

#define SCAPULA_CATALOG_ERROR (scapula_catalog_error_quark ())

typedef enum
{
  SCAPULA_CATALOG_ERROR_INVALID,
} ScapulaCatalogError;

#define SCAPULA_TYPE_CATALOG (scapula_catalog_get_type ())

G_DECLARE_FINAL_TYPE (ScapulaCatalog, scapula_catalog, SCAPULA, CATALOG, GObject)

GQuark           scapula_catalog_error_quark        (void);
ScapulaCatalog  *scapula_catalog_new_from_bytes     (GBytes          *bytes,
                                                     GError         **error);
ScapulaCatalog  *scapula_catalog_new_from_resource  (const char      *path,
                                                     GError         **error);
ScapulaCatalog  *scapula_catalog_new_default        (void);
ScapulaExercise *scapula_catalog_lookup             (ScapulaCatalog  *self,
                                                     const char      *slug);
ScapulaExercise *scapula_catalog_lookup_name        (ScapulaCatalog  *self,
                                                     const char      *name);
const char      *scapula_catalog_get_source_title   (ScapulaCatalog  *self,
                                                     const char      *source_id);
char            *scapula_catalog_normalize_name     (const char      *name);

G_END_DECLS
