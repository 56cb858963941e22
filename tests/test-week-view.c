/* test-week-view.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "scapula-item-editor-private.h"
#include "scapula-plan-generator.h"
#include "scapula-test-ui.h"
#include "scapula-week-view-private.h"
#include "scapula-window-private.h"

static char *
db_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "week-view.db", NULL);
}

static ScapulaContext *
create_context (void)
{
  g_autoptr(ScapulaCatalog) catalog = scapula_catalog_new_default ();
  g_autoptr(GSettings) settings = g_settings_new ("io.github.scapula.Scapula");
  g_autoptr(ScapulaDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = db_path ();
  ScapulaContext *context;

  db = scapula_database_open (path, &error);
  g_assert_no_error (error);

  context = scapula_context_new (catalog, settings);
  scapula_context_set_database (context, db);
  g_assert_nonnull (scapula_context_get_plan_store (context));
  return context;
}

static ScapulaWeekView *
show_week (ScapulaContext  *context,
           int              width,
           ScapulaWindow  **out_window)
{
  ScapulaWindow *window = scapula_window_new (NULL, context);
  AdwViewStack *stack = _scapula_window_get_stack (window);
  GtkWidget *bin;

  gtk_window_set_default_size (GTK_WINDOW (window), width, 900);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "week"));
  scapula_test_wait_for_frames (GTK_WIDGET (window), 3);

  bin = adw_view_stack_get_child_by_name (stack, "week");
  g_assert_true (SCAPULA_IS_WEEK_VIEW (adw_bin_get_child (ADW_BIN (bin))));
  *out_window = window;
  return SCAPULA_WEEK_VIEW (adw_bin_get_child (ADW_BIN (bin)));
}

static gint64
query_int (ScapulaContext *context,
           const char     *sql)
{
  ScapulaDatabase *db = scapula_context_get_database (context);
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = scapula_database_prepare (db, sql, &error);
  gboolean has_row = FALSE;

  g_assert_no_error (error);
  scapula_database_step (db, stmt, &has_row, &error);
  g_assert_no_error (error);
  g_assert_true (has_row);
  return sqlite3_column_int64 (stmt, 0);
}

static void
settle (ScapulaWeekView *view)
{
  scapula_test_wait_for_frames (GTK_WIDGET (view), 2);
  _scapula_week_view_flush (view);
}

/* Concatenates the titles and subtitles of a list's rows. */
static char *
dup_rows_text (GtkListBox *list)
{
  GString *text = g_string_new (NULL);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      if (!ADW_IS_ACTION_ROW (row))
        continue;
      g_string_append_printf (text, "%s | %s\n",
                              adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                              adw_action_row_get_subtitle (ADW_ACTION_ROW (row)) ?: "");
    }

  return g_string_free (text, FALSE);
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
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

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return child;
      if ((found = find_button (child, label)) != NULL)
        return found;
    }

  return NULL;
}

static ScapulaPlan *
generate_week (ScapulaWeekView *view)
{
  GtkWindow *dialog;
  GtkWidget *generate;

  /* The dialog's defaults are the example: dumbbells only,
   * beginner, three days. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "week.generate", NULL));
  settle (view);
  dialog = find_toplevel (ADW_TYPE_WINDOW);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (gtk_window_get_title (dialog), ==, "Generate a Week");
  generate = find_button (GTK_WIDGET (dialog), "_Generate");
  g_assert_nonnull (generate);
  g_signal_emit_by_name (generate, "clicked");
  settle (view);

  g_assert_cmpstr (_scapula_week_view_get_page (view), ==, "plan");
  return _scapula_week_view_get_plan (view);
}

static GtkListBoxRow *
item_row (ScapulaWeekView *view,
          guint            weekday,
          guint            position)
{
  GtkListBox *list = _scapula_week_view_get_day_list (view, weekday);

  g_assert_nonnull (list);
  return gtk_list_box_get_row_at_index (list, position);
}

static guint
first_training_day (ScapulaPlan *plan)
{
  for (guint d = 1; d <= 7; d++)
    if (scapula_plan_day_get_n_items (scapula_plan_get_day (plan, d)) > 2)
      return d;

  g_assert_not_reached ();
}

static guint
find_role (ScapulaPlanDay  *day,
           ScapulaPlanRole  role)
{
  for (guint i = 0; i < scapula_plan_day_get_n_items (day); i++)
    if (scapula_plan_item_get_role (scapula_plan_day_get_item (day, i)) == role)
      return i;

  g_assert_not_reached ();
}

/* Empty state, generate, the checker's verdict, restart. */
static void
test_week_generate (void)
{
  g_autoptr(ScapulaContext) context = create_context ();
  ScapulaWindow *window;
  ScapulaWeekView *view = show_week (context, 1280, &window);
  g_autofree char *checks = NULL;
  ScapulaPlan *plan;
  guint n_training = 0;

  g_assert_cmpstr (_scapula_week_view_get_page (view), ==, "empty");

  plan = generate_week (view);
  g_assert_nonnull (plan);
  g_assert_true (scapula_plan_get_active (plan));
  for (guint d = 1; d <= 7; d++)
    {
      ScapulaPlanDay *day = scapula_plan_get_day (plan, d);

      if (scapula_plan_day_get_training (day))
        {
          n_training++;
          /* Every training day is drawn with all its items. */
          g_assert_cmpuint (scapula_plan_day_get_n_items (day), >, 0);
          g_assert_nonnull (item_row (view, d, scapula_plan_day_get_n_items (day) - 1));
        }
    }
  g_assert_cmpuint (n_training, ==, 3);

  /* A generated week passes every rule, and the view says so. */
  checks = dup_rows_text (_scapula_week_view_get_checks_list (view));
  g_assert_nonnull (strstr (checks, "This week follows every rule"));

  /* After a session at the top of the range, the week shows the next
   * target, in the user's unit. */
  {
    guint monday = first_training_day (plan);
    ScapulaPlanDay *day = scapula_plan_get_day (plan, monday);
    guint row = find_role (day, SCAPULA_PLAN_ROLE_FOUNDATION_ROW);
    ScapulaPlanItem *item = scapula_plan_day_get_item (day, row);
    const ScapulaPrescription *p = scapula_plan_item_get_prescription (item);
    ScapulaDatabase *db = scapula_context_get_database (context);
    g_autoptr(GSettings) settings = g_settings_new ("io.github.scapula.Scapula");
    g_autoptr(GError) error = NULL;
    g_autofree char *text = NULL;

    /* Every work set of last session reached the top of the range. */
    g_assert_true (scapula_database_exec (db, "INSERT INTO session (started_at) VALUES (1790000000);", &error));
    for (guint i = 0; i < p->sets * 2; i++)
      {
        g_autofree char *one =
          g_strdup_printf ("INSERT INTO logged_set (session_id, position, exercise, side, weight_kg, reps, logged_at)"
                           " VALUES ((SELECT max (id) FROM session), %u, '%s', '%s', 10, %u, %u);",
                           i, scapula_plan_item_get_exercise (item), i % 2 ? "right" : "left",
                           p->reps_max, 1790000100 + i);

        g_assert_true (scapula_database_exec (db, one, &error));
      }
    g_assert_no_error (error);

    g_settings_set_string (settings, "weight-unit", "lb");
    settle (view);
    text = dup_rows_text (_scapula_week_view_get_day_list (view, monday));
    g_assert_nonnull (strstr (text, "This week: "));
    g_assert_nonnull (strstr (text, " lb"));
    g_assert_nonnull (strstr (text, "new weight"));
    g_settings_reset (settings, "weight-unit");

    /* The week starts where the preference says. */
    g_settings_set_string (settings, "week-start", "sunday");
    settle (view);
    g_assert_true (gtk_widget_get_first_child (GTK_WIDGET (_scapula_week_view_get_days_box (view))) ==
                   gtk_widget_get_ancestor (GTK_WIDGET (_scapula_week_view_get_day_list (view, 7)), GTK_TYPE_FLOW_BOX_CHILD));
    g_settings_reset (settings, "week-start");
    settle (view);
    g_assert_true (gtk_widget_get_first_child (GTK_WIDGET (_scapula_week_view_get_days_box (view))) ==
                   gtk_widget_get_ancestor (GTK_WIDGET (_scapula_week_view_get_day_list (view, 1)), GTK_TYPE_FLOW_BOX_CHILD));
  }

  /* It is in the database, whole. */
  g_assert_cmpint (query_int (context, "SELECT count(*) FROM plan WHERE is_active = 1"), ==, 1);
  g_assert_cmpint (query_int (context, "SELECT count(*) FROM plan_day WHERE is_training = 1"), ==, 3);
  g_assert_cmpint (query_int (context, "SELECT count(*) FROM plan_item"), >=, 9);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_week_edit (void)
{
  g_autoptr(ScapulaContext) context = create_context ();
  ScapulaWindow *window;
  ScapulaWeekView *view = show_week (context, 1280, &window);
  ScapulaPlan *plan = generate_week (view);
  guint monday = first_training_day (plan);
  ScapulaPlanDay *day = scapula_plan_get_day (plan, monday);
  guint row = find_role (day, SCAPULA_PLAN_ROLE_FOUNDATION_ROW);
  ScapulaPlanItem *first = scapula_plan_day_get_item (day, row);
  ScapulaPlanItem *second = scapula_plan_day_get_item (day, row + 1);
  guint n_items = scapula_plan_day_get_n_items (day);
  ScapulaItemEditor *editor;
  GtkSpinButton *reps_max, *sets;
  GtkLabel *message;
  g_autofree char *text = NULL;
  g_autofree char *checks = NULL;

  /* Activating a row opens the editor. */
  g_signal_emit_by_name (_scapula_week_view_get_day_list (view, monday), "row-activated",
                         item_row (view, monday, row));
  editor = SCAPULA_ITEM_EDITOR (find_toplevel (SCAPULA_TYPE_ITEM_EDITOR));
  g_assert_nonnull (editor);
  reps_max = scapula_item_editor_get_spin (editor, SCAPULA_ITEM_EDITOR_REPS_MAX);
  sets = scapula_item_editor_get_spin (editor, SCAPULA_ITEM_EDITOR_SETS);
  message = scapula_item_editor_get_message (editor);

  /* An impossible value is refused where it is typed, with a reason. */
  gtk_editable_set_text (GTK_EDITABLE (reps_max), "60");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (message)));
  g_assert_cmpstr (gtk_label_get_text (message), ==, "Reps must be between 1 and 50.");
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (scapula_item_editor_get_save_button (editor))));
  gtk_editable_set_text (GTK_EDITABLE (reps_max), "2");
  g_assert_cmpstr (gtk_label_get_text (message), ==, "The fewest reps cannot be more than the most reps.");
  gtk_editable_set_text (GTK_EDITABLE (reps_max), "12");
  gtk_editable_set_text (GTK_EDITABLE (sets), "11");
  g_assert_cmpstr (gtk_label_get_text (message), ==, "Sets must be between 1 and 10.");
  gtk_editable_set_text (GTK_EDITABLE (sets), "4");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (message)));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (scapula_item_editor_get_save_button (editor))));
  g_signal_emit_by_name (scapula_item_editor_get_save_button (editor), "clicked");
  settle (view);

  g_assert_cmpuint (scapula_plan_item_get_prescription (first)->sets, ==, 4);
  g_assert_cmpuint (scapula_plan_item_get_prescription (first)->reps_max, ==, 12);
  text = dup_rows_text (_scapula_week_view_get_day_list (view, monday));
  g_assert_nonnull (strstr (text, "4 × "));
  g_clear_pointer (&text, g_free);

  /* The row's menu is built when it opens, with every other day to move to. */
  {
    GtkWidget *button = find_descendant (GTK_WIDGET (item_row (view, monday, row)), GTK_TYPE_MENU_BUTTON);
    GMenuModel *menu;

    g_assert_nonnull (button);
    g_assert_null (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button)));
    gtk_menu_button_popup (GTK_MENU_BUTTON (button));
    menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button));
    g_assert_nonnull (menu);
    g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 3);   /* edit, move, remove */
    gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
  }

  /* Move down from the row's menu: the keyboard way. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (item_row (view, monday, row)), "item.down", NULL));
  settle (view);
  g_assert_true (scapula_plan_day_get_item (day, row) == second);
  g_assert_true (scapula_plan_day_get_item (day, row + 1) == first);
  /* Focus follows the moved item. */
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (item_row (view, monday, row + 1))));

  /* Drag and drop onto another day, at the top. */
  {
    guint target = monday == 1 ? 2 : 1;
    GtkListBox *list = _scapula_week_view_get_day_list (view, target);
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (list));
    GtkDropTarget *drop = NULL;
    GValue value = G_VALUE_INIT;
    gboolean accepted = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

        if (GTK_IS_DROP_TARGET (controller))
          drop = GTK_DROP_TARGET (controller);
      }
    g_assert_nonnull (drop);

    g_value_init (&value, SCAPULA_TYPE_PLAN_ITEM);
    g_value_set_object (&value, first);
    g_signal_emit_by_name (drop, "drop", &value, 10.0, 1.0, &accepted);
    g_value_unset (&value);
    g_assert_true (accepted);
    settle (view);

    g_assert_cmpuint (scapula_plan_day_get_n_items (day), ==, n_items - 1);
    g_assert_true (scapula_plan_day_get_item (scapula_plan_get_day (plan, target), 0) == first);
    g_assert_true (scapula_plan_day_get_training (scapula_plan_get_day (plan, target)));

    /* Two sessions on consecutive days: the checker says so, naming the day. */
    checks = dup_rows_text (_scapula_week_view_get_checks_list (view));
    g_assert_null (strstr (checks, "This week follows every rule"));
    g_assert_nonnull (strstr (checks, scapula_weekday_get_name (target)));
  }

  /* Remove, then undo: back where it was. */
  g_object_ref (second);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (item_row (view, monday, row)), "item.remove", NULL));
  settle (view);
  g_assert_false (scapula_plan_day_find (day, second, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "week.undo-remove", NULL));
  settle (view);
  {
    guint position = G_MAXUINT;

    g_assert_true (scapula_plan_day_find (day, second, &position));
    g_assert_cmpuint (position, ==, row);
  }
  g_object_unref (second);

  /* Everything is saved as it happens. */
  scapula_plan_store_flush (scapula_context_get_plan_store (context), NULL);
  g_assert_cmpint (query_int (context, "SELECT count(*) FROM plan_item WHERE sets = 4"), >=, 1);

  gtk_window_destroy (GTK_WINDOW (window));

  /* A fresh start reads the same week back. */
  {
    g_autoptr(ScapulaContext) again = create_context ();
    ScapulaPlan *loaded = scapula_plan_store_get_active (scapula_context_get_plan_store (again));
    guint target = monday == 1 ? 2 : 1;

    g_assert_nonnull (loaded);
    g_assert_cmpuint (scapula_plan_day_get_n_items (scapula_plan_get_day (loaded, monday)), ==, n_items - 1);
    g_assert_cmpstr (scapula_plan_item_get_exercise (scapula_plan_day_get_item (scapula_plan_get_day (loaded, target), 0)),
                     ==, scapula_plan_item_get_exercise (first));
    g_assert_cmpuint (scapula_plan_item_get_prescription (scapula_plan_day_get_item (scapula_plan_get_day (loaded, target), 0))->sets,
                      ==, 4);
  }
}

static void
test_week_block_and_delete (void)
{
  g_autoptr(ScapulaContext) context = create_context ();
  ScapulaWindow *window;
  ScapulaWeekView *view = show_week (context, 1280, &window);
  ScapulaPlan *plan = generate_week (view);
  GDate today = *scapula_plan_get_start_date (plan);

  /* The block, as a week number. */
  g_date_add_days (&today, 15);
  _scapula_week_view_set_today (view, &today);
  g_assert_true (g_str_has_prefix (gtk_label_get_text (_scapula_week_view_get_block_label (view)), "Week 3 of 6"));
  g_date_add_days (&today, 40);
  _scapula_week_view_set_today (view, &today);
  g_assert_true (g_str_has_prefix (gtk_label_get_text (_scapula_week_view_get_block_label (view)), "The block ended"));

  /* Delete waits for its toast; Undo brings the plan back untouched. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "week.delete", NULL));
  /* No frame in between: the toast's own timeout must not run out first on
   * a slow (sanitized) build. */
  g_assert_cmpstr (_scapula_week_view_get_page (view), ==, "empty");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "week.undo-delete", NULL));
  settle (view);
  g_assert_cmpstr (_scapula_week_view_get_page (view), ==, "plan");
  g_assert_true (_scapula_week_view_get_plan (view) == plan);
  g_assert_cmpint (query_int (context, "SELECT count(*) FROM plan"), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Seven columns side by side when wide, one column when narrow. */
static void
test_week_layout (void)
{
  g_autoptr(ScapulaContext) context = create_context ();
  static const struct { int width; guint columns; } cases[] = {
    { 1280, 7 },
    { 360, 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      ScapulaWindow *window;
      ScapulaWeekView *view = show_week (context, cases[i].width, &window);
      g_autoptr(GHashTable) xs = g_hash_table_new (NULL, NULL);
      GtkFlowBox *days = _scapula_week_view_get_days_box (view);

      if (g_strcmp0 (_scapula_week_view_get_page (view), "empty") == 0)
        generate_week (view);
      scapula_test_wait_for_frames (GTK_WIDGET (window), 2);

      for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (days));
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          graphene_rect_t bounds;

          g_assert_true (gtk_widget_compute_bounds (child, GTK_WIDGET (days), &bounds));
          g_hash_table_add (xs, GINT_TO_POINTER ((int) bounds.origin.x + 1));
        }
      g_assert_cmpuint (g_hash_table_size (xs), ==, cases[i].columns);

      gtk_window_destroy (GTK_WINDOW (window));
    }
}

static void
setup (void)
{
  g_autofree char *path = db_path ();

  g_mkdir_with_parents (g_get_user_data_dir (), 0700);
  g_unlink (path);
}

int
main (int   argc,
      char *argv[])
{
  if (!scapula_test_ui_init (&argc, &argv))
    return 77;

#define ADD(name, func) g_test_add_vtable (name, 0, NULL, (GTestFixtureFunc) setup, (GTestFixtureFunc) func, NULL)
  ADD ("/week-view/generate", test_week_generate);
  ADD ("/week-view/edit", test_week_edit);
  ADD ("/week-view/block-and-delete", test_week_block_and_delete);
  ADD ("/week-view/layout", test_week_layout);
#undef ADD

  return g_test_run ();
}
