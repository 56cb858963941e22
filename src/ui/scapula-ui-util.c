/* scapula-ui-util.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "scapula-ui-util.h"

/**
 * scapula_list_box_remove_all:
 *
 * Removes every row of @list; gtk_list_box_remove_all() is GTK 4.12.
 */
void
scapula_list_box_remove_all (GtkListBox *list)
{
  GtkWidget *child;

  g_return_if_fail (GTK_IS_LIST_BOX (list));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}
