/* scapula-preferences.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "scapula-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "scapula-preferences.h"
#include "scapula-ui-util.h"

/* The preferences window. Each choice is a GSettings string key with
 * <choices>; a combo row shows them in the same order and is bound to the
 * key both ways, so a change elsewhere shows here at once. Switches and
 * the spin button are bound the same way. */

typedef struct
{
  const char *key;
  const char *const *values;   /* the key's choices, in the row's order */
} Choice;

static gboolean
get_mapping (GValue   *value,
             GVariant *variant,
             gpointer  user_data)
{
  const Choice *choice = user_data;
  const char *current = g_variant_get_string (variant, NULL);

  for (guint i = 0; choice->values[i] != NULL; i++)
    {
      if (g_str_equal (choice->values[i], current))
        {
          g_value_set_uint (value, i);
          return TRUE;
        }
    }

  return FALSE;
}

static GVariant *
set_mapping (const GValue       *value,
             const GVariantType *expected_type,
             gpointer            user_data)
{
  const Choice *choice = user_data;
  guint selected = g_value_get_uint (value);

  if (selected >= g_strv_length ((char **) choice->values))
    return NULL;

  return g_variant_new_string (choice->values[selected]);
}

static void
add_choice_row (AdwPreferencesGroup *group,
                GSettings           *settings,
                const Choice        *choice,
                const char          *title,
                const char          *subtitle,
                const char * const  *labels)
{
  AdwComboRow *row = scapula_combo_row_add (group, title, labels, 0);

  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  g_settings_bind_with_mapping (settings, choice->key, row, "selected", G_SETTINGS_BIND_DEFAULT,
                                get_mapping, set_mapping, (gpointer) choice, NULL);
}

/* An on/off row: a switch bound to the boolean @key. GtkSwitch is the
 * libadwaita 1.2 idiom (AdwSwitchRow is 1.4). */
static GtkSwitch *
add_switch_row (AdwPreferencesGroup *group,
                GSettings           *settings,
                const char          *key,
                const char          *title,
                const char          *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (toggle),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle,
                                  -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  adw_preferences_group_add (group, row);

  g_settings_bind (settings, key, toggle, "active", G_SETTINGS_BIND_DEFAULT);

  return GTK_SWITCH (toggle);
}

static void
add_session_group (AdwPreferencesPage *page,
                   GSettings          *settings)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GtkSpinButton *rest;

  adw_preferences_group_set_title (group, _("Session"));
  adw_preferences_page_add (page, group);

  add_switch_row (group, settings, "sounds", _("Sounds"),
                  _("A ping in the last seconds of a hold, a sound when a rest is over"));
  add_switch_row (group, settings, "rest-notifications", _("Notify when a rest is over"),
                  _("A desktop notification, when the Scapula window is not in front"));

  rest = scapula_spin_row_add (group, _("Default rest"),
                               _("Seconds between sets, for exercises without a planned rest"),
                               gtk_adjustment_new (90, 30, 300, 15, 60, 0));
  g_settings_bind (settings, "default-rest",
                   gtk_spin_button_get_adjustment (rest), "value",
                   G_SETTINGS_BIND_DEFAULT);
}

/**
 * scapula_preferences_new:
 *
 * Returns: (transfer none): the preferences window, shown
 */
GtkWindow *
scapula_preferences_new (GtkWindow *parent,
                         GSettings *settings)
{
  static const char * const units[] = { "kg", "lb", NULL };
  static const char * const week_starts[] = { "monday", "sunday", NULL };
  static const Choice unit_choice = { "weight-unit", units };
  static const Choice week_choice = { "week-start", week_starts };
  const char *unit_labels[] = { _("Kilograms (kg)"), _("Pounds (lb)"), NULL };
  const char *day_labels[] = { _("Monday"), _("Sunday"), NULL };
  AdwPreferencesWindow *window;
  AdwPreferencesPage *page;
  AdwPreferencesGroup *group;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  window = g_object_new (ADW_TYPE_PREFERENCES_WINDOW,
                         "transient-for", parent,
                         "modal", TRUE,
                         "destroy-with-parent", TRUE,
                         "search-enabled", FALSE,
                         "default-width", 520,
                         "default-height", 560,
                         NULL);

  page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  adw_preferences_page_set_title (page, _("General"));
  adw_preferences_page_set_icon_name (page, "preferences-system-symbolic");
  adw_preferences_window_add (window, page);

  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (group, _("Units"));
  adw_preferences_page_add (page, group);
  add_choice_row (group, settings, &unit_choice, _("Weight"),
                  _("Weights are kept in kilograms and shown and typed in this unit; load steps follow it too"),
                  unit_labels);

  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (group, _("Week"));
  adw_preferences_page_add (page, group);
  add_choice_row (group, settings, &week_choice, _("First day of the week"),
                  _("Where the week view and the printed week begin"),
                  day_labels);

  add_session_group (page, settings);

  gtk_window_present (GTK_WINDOW (window));

  return GTK_WINDOW (window);
}
