/* scapula-first-frame.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void scapula_first_frame_report (GtkWindow *window);

G_END_DECLS
