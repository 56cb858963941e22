/* scapula-application.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "scapula-context.h"

G_BEGIN_DECLS

#define SCAPULA_TYPE_APPLICATION (scapula_application_get_type ())

G_DECLARE_FINAL_TYPE (ScapulaApplication, scapula_application, SCAPULA, APPLICATION, AdwApplication)

ScapulaApplication *scapula_application_new         (void);
ScapulaContext     *scapula_application_get_context (ScapulaApplication *self);

G_END_DECLS
