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
 * key both ways, so a change elsewhere shows here at once. */

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
                         "default-height", 420,
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

  gtk_window_present (GTK_WINDOW (window));

  return GTK_WINDOW (window);
}
