/* scapula-ui-util.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void         scapula_list_box_remove_all (GtkListBox          *list);
AdwComboRow *scapula_combo_row_add       (AdwPreferencesGroup *group,
                                          const char          *title,
                                          const char * const  *choices,
                                          guint                selected);
GtkSpinButton *scapula_spin_row_add      (AdwPreferencesGroup *group,
                                          const char          *title,
                                          const char          *subtitle,
                                          GtkAdjustment       *adjustment);

G_END_DECLS
