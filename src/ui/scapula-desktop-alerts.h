/* scapula-desktop-alerts.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "scapula-alerts.h"

G_BEGIN_DECLS

#define SCAPULA_TYPE_DESKTOP_ALERTS (scapula_desktop_alerts_get_type ())

G_DECLARE_FINAL_TYPE (ScapulaDesktopAlerts, scapula_desktop_alerts, SCAPULA, DESKTOP_ALERTS, GObject)

ScapulaDesktopAlerts *scapula_desktop_alerts_new (GtkApplication *application,
                                                  GSettings      *settings);

G_END_DECLS
