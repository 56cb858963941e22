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

/**
 * scapula_combo_row_add:
 * @choices: the labels, in order
 *
 * Returns: (transfer none): a combo row of @choices, added to @group
 */
AdwComboRow *
scapula_combo_row_add (AdwPreferencesGroup *group,
                       const char          *title,
                       const char * const  *choices,
                       guint                selected)
{
  AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());
  g_autoptr(GtkStringList) model = gtk_string_list_new (choices);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (row, G_LIST_MODEL (model));
  adw_combo_row_set_selected (row, selected);
  adw_preferences_group_add (group, GTK_WIDGET (row));

  return row;
}

/**
 * scapula_spin_row_add:
 * @subtitle: (nullable): a line under the title
 * @adjustment: (transfer floating): the numbers the spin button takes
 *
 * Returns: (transfer none): the spin button of a new row added to @group;
 *   the row is its AdwActionRow ancestor
 */
GtkSpinButton *
scapula_spin_row_add (AdwPreferencesGroup *group,
                      const char          *title,
                      const char          *subtitle,
                      GtkAdjustment       *adjustment)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new (adjustment, 1, 0);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  adw_preferences_group_add (group, row);

  return GTK_SPIN_BUTTON (spin);
}
