/* test-window.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "scapula-exercises-view-private.h"
#include "scapula-test-ui.h"
#include "scapula-window-private.h"

static ScapulaContext *
create_context (void)
{
  g_autoptr(ScapulaCatalog) catalog = scapula_catalog_new_default ();
  g_autoptr(GSettings) settings = g_settings_new ("io.github.scapula.Scapula");
  g_autoptr(ScapulaDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  ScapulaContext *context;

  db = scapula_database_open (NULL, &error);
  g_assert_no_error (error);

  context = scapula_context_new (catalog, settings);
  scapula_context_set_database (context, db);
  return context;
}

static ScapulaWindow *
create_window (ScapulaContext *context,
               int             width,
               int             height)
{
  ScapulaWindow *window = scapula_window_new (NULL, context);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  scapula_test_wait_for_frames (GTK_WIDGET (window), 3);

  return window;
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

/* Every view exists, is reachable through win.view (Alt+1…5), and shows. */
static void
test_window_views (void)
{
  g_autoptr(ScapulaContext) context = create_context ();
  ScapulaWindow *window = create_window (context, 1000, 720);
  AdwViewStack *stack = _scapula_window_get_stack (window);
  static const struct { const char *name, *title; } views[] = {
    { "exercises", "Exercises" },
    { "muscles", "Muscles" },
    { "week", "Week" },
    { "today", "Today" },
    { "progress", "Progress" },
  };

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (adw_view_stack_get_pages (stack))),
                    ==, G_N_ELEMENTS (views));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "exercises");

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      GtkWidget *child = adw_view_stack_get_child_by_name (stack, views[i].name);
      AdwViewStackPage *page;

      g_assert_nonnull (child);
      page = adw_view_stack_get_page (stack, child);
      g_assert_cmpstr (adw_view_stack_page_get_title (page), ==, views[i].title);
      g_assert_nonnull (adw_view_stack_page_get_icon_name (page));
      g_assert_true (gtk_icon_theme_has_icon (gtk_icon_theme_get_for_display (gtk_widget_get_display (child)),
                                              adw_view_stack_page_get_icon_name (page)));

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", views[i].name));
      scapula_test_wait_for_frames (GTK_WIDGET (window), 1);

      g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, views[i].name);
      g_assert_true (gtk_widget_get_mapped (child));

      /* Views are built when first shown: the page is never left empty. */
      if (ADW_IS_BIN (child))
        {
          GtkWidget *content = adw_bin_get_child (ADW_BIN (child));

          g_assert_nonnull (content);
          g_assert_true (gtk_widget_get_mapped (content));

          /* Every view is built: none is a placeholder page. */
          g_assert_false (ADW_IS_STATUS_PAGE (content));
        }
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
collect_labels (GtkWidget  *widget,
                GHashTable *texts)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child))
        g_hash_table_add (texts, (gpointer) gtk_label_get_text (GTK_LABEL (child)));
      collect_labels (child, texts);
    }
}

/* The Exercises view lists the whole catalog, by name, in catalog order. */
static void
test_window_exercises_list (void)
{
  g_autoptr(ScapulaContext) context = create_context ();
  ScapulaWindow *window = create_window (context, 1000, 720);
  ScapulaCatalog *catalog = scapula_context_get_catalog (context);
  ScapulaExercisesView *view = _scapula_window_get_exercises_view (window);
  GListModel *listed = G_LIST_MODEL (_scapula_exercises_view_get_selection (view));
  g_autoptr(GHashTable) shown = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (catalog));

  g_assert_cmpuint (g_list_model_get_n_items (listed), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ScapulaExercise) exercise = g_list_model_get_item (G_LIST_MODEL (catalog), i);
      g_autoptr(ScapulaExercise) item = g_list_model_get_item (listed, i);

      g_assert_true (item == exercise);
    }

  /* The rows in sight show the names (the list view builds only those). */
  collect_labels (GTK_WIDGET (_scapula_exercises_view_get_list (view)), shown);
  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(ScapulaExercise) exercise = g_list_model_get_item (G_LIST_MODEL (catalog), i);

      g_assert_true (g_hash_table_contains (shown, scapula_exercise_get_name (exercise)));
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Wide windows put the view switcher in the header bar; at 360 px it moves
 * to a bar at the bottom. */
static void
test_window_adaptive (void)
{
  g_autoptr(ScapulaContext) context = create_context ();
  ScapulaWindow *wide = create_window (context, 1000, 720);
  ScapulaWindow *narrow = create_window (context, 360, 720);
  int width;

  g_assert_false (adw_view_switcher_bar_get_reveal (_scapula_window_get_switcher_bar (wide)));

  /* The default size includes the client-side decoration's margins. */
  width = gtk_widget_get_width (GTK_WIDGET (narrow));
  g_assert_cmpint (width, <=, 360);
  g_assert_cmpint (width, >=, 340);
  g_assert_true (adw_view_switcher_bar_get_reveal (_scapula_window_get_switcher_bar (narrow)));

  /* Nothing asks for more than 360 px. */
  {
    int minimum = 0;

    gtk_widget_measure (GTK_WIDGET (narrow), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
    g_assert_cmpint (minimum, <=, 360);
  }

  gtk_window_destroy (GTK_WINDOW (wide));
  gtk_window_destroy (GTK_WINDOW (narrow));
}

/* A database that cannot be used is explained in a dialog. */
static void
test_window_database_error (void)
{
  g_autoptr(ScapulaContext) context = create_context ();
  ScapulaWindow *window = create_window (context, 1000, 720);
  g_autoptr(GError) error = g_error_new_literal (SCAPULA_DATABASE_ERROR, SCAPULA_DATABASE_ERROR_TOO_NEW,
                                                 "schema version 99");
  GListModel *toplevels;
  AdwMessageDialog *dialog = NULL;

  scapula_window_show_database_error (window, error);

  toplevels = gtk_window_get_toplevels ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel))
        dialog = ADW_MESSAGE_DIALOG (toplevel);
    }

  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Training Data Unavailable");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "newer version of Scapula"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "schema version 99"));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The shortcuts window is built on demand and lists the shortcuts. */
static void
test_window_shortcuts (void)
{
  g_autoptr(ScapulaContext) context = create_context ();
  ScapulaWindow *window = create_window (context, 1000, 720);
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWindow *shortcuts = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (GTK_IS_SHORTCUTS_WINDOW (toplevel))
        shortcuts = GTK_WINDOW (toplevel);
    }

  g_assert_nonnull (shortcuts);
  g_assert_true (gtk_window_get_transient_for (shortcuts) == GTK_WINDOW (window));
  g_assert_nonnull (find_descendant (GTK_WIDGET (shortcuts), GTK_TYPE_SHORTCUTS_SHORTCUT));

  gtk_window_destroy (shortcuts);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The window remembers its size through the settings. */
static void
test_window_size_saved (void)
{
  g_autoptr(ScapulaContext) context = create_context ();
  GSettings *settings = scapula_context_get_settings (context);
  ScapulaWindow *window = create_window (context, 800, 600);

  gtk_window_close (GTK_WINDOW (window));
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 800);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 600);

  window = scapula_window_new (NULL, context);
  {
    int width, height;

    gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
    g_assert_cmpint (width, ==, 800);
    g_assert_cmpint (height, ==, 600);
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  if (!scapula_test_ui_init (&argc, &argv))
    return 77;

  g_test_add_func ("/window/views", test_window_views);
  g_test_add_func ("/window/exercises-list", test_window_exercises_list);
  g_test_add_func ("/window/adaptive", test_window_adaptive);
  g_test_add_func ("/window/database-error", test_window_database_error);
  g_test_add_func ("/window/shortcuts", test_window_shortcuts);
  g_test_add_func ("/window/size-saved", test_window_size_saved);

  return g_test_run ();
}
