/* scapula-window.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "scapula-context.h"

G_BEGIN_DECLS

#define SCAPULA_TYPE_WINDOW (scapula_window_get_type ())

G_DECLARE_FINAL_TYPE (ScapulaWindow, scapula_window, SCAPULA, WINDOW, AdwApplicationWindow)

ScapulaWindow  *scapula_window_new                 (gpointer        application,
                                                    ScapulaContext *context);
void            scapula_window_show_database_error (ScapulaWindow  *self,
                                                    const GError   *error);

G_END_DECLS
