/* test-preferences.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "scapula-preferences.h"
#include "scapula-test-ui.h"

/* The first AdwActionRow under @widget titled @title. */
static AdwActionRow *
find_row (GtkWidget  *widget,
          const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwActionRow *found;

      if (ADW_IS_ACTION_ROW (child) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0)
        return ADW_ACTION_ROW (child);
      if ((found = find_row (child, title)) != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_descendant (child, type)) != NULL)
        return found;
    }

  return NULL;
}

static GtkSwitch *
get_switch (GtkWindow  *window,
            const char *title)
{
  AdwActionRow *row = find_row (GTK_WIDGET (window), title);
  GtkWidget *toggle;

  g_assert_nonnull (row);
  toggle = find_descendant (GTK_WIDGET (row), GTK_TYPE_SWITCH);
  g_assert_nonnull (toggle);
  g_assert_true (adw_action_row_get_activatable_widget (row) == toggle);
  gtk_test_accessible_assert_property (toggle, GTK_ACCESSIBLE_PROPERTY_LABEL, title);

  return GTK_SWITCH (toggle);
}

static void
wait_for_switch (GtkSwitch *toggle,
                 gboolean   active)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (gtk_switch_get_active (toggle) != active && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpint (gtk_switch_get_active (toggle), ==, active);
}

/* Each switch of the Session group shows its key, changes it when the row
 * is activated (a click or Enter on the row), and follows it when it is
 * changed elsewhere. */
static void
test_preferences_session_switches (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.scapula.Scapula");
  static const struct { const char *title, *key; } rows[] = {
    { "Sounds", "sounds" },
    { "Notify when a rest is over", "rest-notifications" },
  };
  GtkWindow *window;

  g_settings_reset (settings, "sounds");
  g_settings_reset (settings, "rest-notifications");

  window = scapula_preferences_new (NULL, settings);
  scapula_test_wait_for_frames (GTK_WIDGET (window), 2);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      GtkSwitch *toggle = get_switch (window, rows[i].title);
      AdwActionRow *row = find_row (GTK_WIDGET (window), rows[i].title);

      g_assert_true (g_settings_get_boolean (settings, rows[i].key));
      g_assert_true (gtk_switch_get_active (toggle));

      /* The switch slides over before it changes. */
      adw_action_row_activate (row);
      wait_for_switch (toggle, FALSE);
      g_assert_false (g_settings_get_boolean (settings, rows[i].key));

      gtk_switch_set_active (toggle, TRUE);
      g_assert_true (g_settings_get_boolean (settings, rows[i].key));

      g_settings_set_boolean (settings, rows[i].key, FALSE);
      g_assert_false (gtk_switch_get_active (toggle));
      g_settings_reset (settings, rows[i].key);
      g_assert_true (gtk_switch_get_active (toggle));
    }

  gtk_window_destroy (window);
}

/* The default rest: 90 s to start with, in steps of 15 s, kept between
 * 30 s and 5 min, and written to the key as whole seconds. */
static void
test_preferences_default_rest (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.scapula.Scapula");
  GtkWindow *window;
  AdwActionRow *row;
  GtkSpinButton *spin;

  g_settings_reset (settings, "default-rest");

  window = scapula_preferences_new (NULL, settings);
  scapula_test_wait_for_frames (GTK_WIDGET (window), 2);

  row = find_row (GTK_WIDGET (window), "Default rest");
  g_assert_nonnull (row);
  spin = GTK_SPIN_BUTTON (find_descendant (GTK_WIDGET (row), GTK_TYPE_SPIN_BUTTON));
  g_assert_nonnull (spin);
  gtk_test_accessible_assert_property (GTK_WIDGET (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, "Default rest");

  g_assert_cmpint (gtk_spin_button_get_value_as_int (spin), ==, 90);

  gtk_spin_button_spin (spin, GTK_SPIN_STEP_FORWARD, 0);
  g_assert_cmpint (g_settings_get_int (settings, "default-rest"), ==, 105);

  gtk_spin_button_set_value (spin, 1000);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spin), ==, 300);
  g_assert_cmpint (g_settings_get_int (settings, "default-rest"), ==, 300);

  gtk_spin_button_set_value (spin, 5);
  g_assert_cmpint (g_settings_get_int (settings, "default-rest"), ==, 30);

  g_settings_set_int (settings, "default-rest", 120);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spin), ==, 120);

  gtk_window_destroy (window);
  g_settings_reset (settings, "default-rest");
}

/* The Session group is there, after Units and Week. */
static void
test_preferences_groups (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.scapula.Scapula");
  const char *expected[] = { "Units", "Week", "Session", NULL };
  GtkWindow *window = scapula_preferences_new (NULL, settings);
  GtkWidget *page = find_descendant (GTK_WIDGET (window), ADW_TYPE_PREFERENCES_PAGE);
  GtkWidget *group;
  guint n = 0;

  g_assert_nonnull (page);
  for (group = find_descendant (page, ADW_TYPE_PREFERENCES_GROUP);
       group != NULL;
       group = gtk_widget_get_next_sibling (group))
    {
      if (!ADW_IS_PREFERENCES_GROUP (group))
        continue;
      g_assert_nonnull (expected[n]);
      g_assert_cmpstr (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (group)), ==, expected[n]);
      n++;
    }
  g_assert_cmpuint (n, ==, g_strv_length ((char **) expected));

  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  if (!scapula_test_ui_init (&argc, &argv))
    return 77;

  g_test_add_func ("/preferences/groups", test_preferences_groups);
  g_test_add_func ("/preferences/session-switches", test_preferences_session_switches);
  g_test_add_func ("/preferences/default-rest", test_preferences_default_rest);

  return g_test_run ();
}
