/* scapula-preferences.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

GtkWindow *scapula_preferences_new (GtkWindow *parent,
                                    GSettings *settings);

G_END_DECLS
