/* scapula-desktop-alerts-private.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "scapula-desktop-alerts.h"

G_BEGIN_DECLS

/**
 * ScapulaWindowActiveFunc:
 * @user_data: the data given with the function
 *
 * Returns: %TRUE when a window of the application has the focus
 */
typedef gboolean (*ScapulaWindowActiveFunc) (gpointer user_data);

/* For tests: there is no window manager under Xvfb, so no window ever
 * becomes active there. */
void        _scapula_desktop_alerts_set_window_active_func (ScapulaDesktopAlerts    *self,
                                                            ScapulaWindowActiveFunc  func,
                                                            gpointer                 user_data);
gboolean    _scapula_desktop_alerts_get_window_active      (ScapulaDesktopAlerts    *self);
void        _scapula_desktop_alerts_window_activated       (ScapulaDesktopAlerts    *self);
guint       _scapula_desktop_alerts_get_n_playing          (ScapulaDesktopAlerts    *self);
const char *_scapula_desktop_alerts_get_event_id           (ScapulaAlertSound        sound);

G_END_DECLS
