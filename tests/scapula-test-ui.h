/* scapula-test-ui.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

gboolean scapula_test_ui_init         (int        *argc,
                                       char     ***argv);
void     scapula_test_wait_for_frames (GtkWidget  *widget,
                                       guint       n);

G_END_DECLS
