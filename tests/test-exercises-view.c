/* test-exercises-view.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "scapula-anatomy-view.h"
#include "scapula-exercise-page-private.h"
#include "scapula-exercises-view-private.h"
#include "scapula-muscles-view-private.h"
#include "scapula-test-ui.h"
#include "scapula-window-private.h"

typedef struct
{
  ScapulaContext       *context;
  ScapulaCatalog       *catalog;
  ScapulaWindow        *window;
  ScapulaExercisesView *view;
} Fixture;

static void
fixture_set_up_width (Fixture *f,
                      int      width)
{
  g_autoptr(ScapulaCatalog) catalog = scapula_catalog_new_default ();
  g_autoptr(GSettings) settings = g_settings_new ("io.github.scapula.Scapula");

  f->context = scapula_context_new (catalog, settings);
  f->catalog = scapula_context_get_catalog (f->context);
  f->window = scapula_window_new (NULL, f->context);
  f->view = _scapula_window_get_exercises_view (f->window);
  gtk_window_set_default_size (GTK_WINDOW (f->window), width, 720);
  gtk_window_present (GTK_WINDOW (f->window));
  scapula_test_wait_for_frames (GTK_WIDGET (f->window), 3);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  fixture_set_up_width (f, 1100);
}

static void
fixture_set_up_narrow (Fixture       *f,
                       gconstpointer  data)
{
  fixture_set_up_width (f, 360);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->context);
}

/* Lets a leaflet finish its transition, so nothing is destroyed mid-way. */
static void
wait_for_leaflet (AdwLeaflet *leaflet)
{
  while (adw_leaflet_get_child_transition_running (leaflet))
    g_main_context_iteration (NULL, TRUE);
}

static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, (int) n) != NULL)
    n++;
  return n;
}

static ScapulaExercise *
row_exercise (GtkListBox *list,
              int         index)
{
  return g_object_get_data (G_OBJECT (gtk_list_box_get_row_at_index (list, index)), "exercise");
}

/* What the Exercises view lists: the list view's model, in order. */
static guint
count_listed (Fixture *f)
{
  return g_list_model_get_n_items (G_LIST_MODEL (_scapula_exercises_view_get_selection (f->view)));
}

static ScapulaExercise *
listed_exercise (Fixture *f,
                 guint    position)
{
  GListModel *model = G_LIST_MODEL (_scapula_exercises_view_get_selection (f->view));
  g_autoptr(ScapulaExercise) exercise = g_list_model_get_item (model, position);

  /* The catalog keeps the exercise alive. */
  return exercise;
}

static void
type_search (Fixture    *f,
             const char *text)
{
  GtkSearchEntry *entry = _scapula_exercises_view_get_search_entry (f->view);

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  /* GtkSearchEntry delays search-changed; emit it now rather than wait. */
  g_signal_emit_by_name (entry, "search-changed");
  scapula_test_wait_for_frames (GTK_WIDGET (f->window), 1);
}

static void
test_list_and_search (Fixture       *f,
                      gconstpointer  data)
{
  GtkStack *stack = _scapula_exercises_view_get_list_stack (f->view);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (f->catalog));

  /* The whole catalog, by name. */
  g_assert_cmpuint (count_listed (f), ==, n);

  type_search (f, "seal");
  g_assert_cmpuint (count_listed (f), ==, 1);
  g_assert_cmpstr (scapula_exercise_get_slug (listed_exercise (f, 0)), ==, "seal-row");

  /* Aliases count: "hyperextension" is another name of the back extension. */
  type_search (f, "hyperextension");
  g_assert_cmpuint (count_listed (f), ==, 1);
  g_assert_cmpstr (scapula_exercise_get_slug (listed_exercise (f, 0)), ==, "back-extension");

  /* Nothing matches: the empty state, with a way back. */
  type_search (f, "underwater basket weaving");
  g_assert_cmpuint (count_listed (f), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "exercises.reset", NULL));
  scapula_test_wait_for_frames (GTK_WIDGET (f->window), 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "list");
  g_assert_cmpuint (count_listed (f), ==, n);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (_scapula_exercises_view_get_search_entry (f->view))), ==, "");
}

static void
test_filters (Fixture       *f,
              gconstpointer  data)
{
  ScapulaExerciseFilter *filter = scapula_exercises_view_get_filter (f->view);
  guint n;

  scapula_exercise_filter_set_kind (filter, SCAPULA_EXERCISE_KIND_STRETCH);
  scapula_test_wait_for_frames (GTK_WIDGET (f->window), 1);
  n = count_listed (f);
  g_assert_cmpuint (n, >=, 9);
  for (guint i = 0; i < n; i++)
    g_assert_cmpint (scapula_exercise_get_kind (listed_exercise (f, i)), ==, SCAPULA_EXERCISE_KIND_STRETCH);

  /* The drop-downs in the filter popover drive the same filter. */
  scapula_exercise_filter_reset (filter);
  {
    GtkMenuButton *button = _scapula_exercises_view_get_filter_button (f->view);
    GtkWidget *level;

    gtk_menu_button_popup (button);
    scapula_test_wait_for_frames (GTK_WIDGET (f->window), 1);
    level = _scapula_exercises_view_get_level_dropdown (f->view);
    g_assert_nonnull (level);
    gtk_drop_down_set_selected (GTK_DROP_DOWN (level), SCAPULA_LEVEL_BEGINNER + 1);
    g_assert_cmpint (scapula_exercise_filter_get_level (filter), ==, SCAPULA_LEVEL_BEGINNER);
    g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (button), "accent"));
    n = count_listed (f);
    for (guint i = 0; i < n; i++)
      g_assert_cmpint (scapula_exercise_get_level (listed_exercise (f, i)), ==, SCAPULA_LEVEL_BEGINNER);

    /* Clearing the filter elsewhere puts the drop-down back to "Any". */
    scapula_exercise_filter_reset (filter);
    g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (level)), ==, 0);
    g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (button), "accent"));
    gtk_menu_button_popdown (button);
  }

  /* Filters and search combine. */
  scapula_exercise_filter_reset (filter);
  scapula_exercise_filter_set_muscle (filter, SCAPULA_MUSCLE_RHOMBOID_MAJOR);
  type_search (f, "dumbbell");
  n = count_listed (f);
  g_assert_cmpuint (n, >, 0);
  for (guint i = 0; i < n; i++)
    {
      ScapulaExercise *exercise = listed_exercise (f, i);

      g_assert_cmpfloat (scapula_exercise_get_muscle_weight (exercise, SCAPULA_MUSCLE_RHOMBOID_MAJOR), >, 0.0);
      g_assert_true (scapula_exercise_filter_match (filter, exercise));
    }
}

static void
test_open_exercise (Fixture       *f,
                    gconstpointer  data)
{
  ScapulaExercisePage *page = _scapula_exercises_view_get_page (f->view);
  ScapulaExercise *seal = scapula_catalog_lookup (f->catalog, "seal-row");
  GtkListBoxRow *row;
  ScapulaExercise *substitute;

  /* Enter in the search opens the first match. */
  type_search (f, "seal row");
  g_signal_emit_by_name (_scapula_exercises_view_get_search_entry (f->view), "activate");
  scapula_test_wait_for_frames (GTK_WIDGET (f->window), 1);

  g_assert_true (scapula_exercises_view_get_shown (f->view) == seal);
  g_assert_cmpuint (gtk_single_selection_get_selected (_scapula_exercises_view_get_selection (f->view)), ==, 0);
  g_assert_cmpstr (gtk_label_get_text (_scapula_exercise_page_get_title_label (page)), ==, "Seal Row");
  g_assert_cmpstr (gtk_label_get_text (_scapula_exercise_page_get_dose_label (page)), ==, "8–12 reps");
  g_assert_nonnull (strstr (_scapula_exercise_page_get_dose_source (page), "The 9 best middle back exercises"));
  g_assert_cmpuint (count_rows (_scapula_exercise_page_get_steps_list (page)), ==,
                    g_strv_length ((GStrv) scapula_exercise_get_steps (seal)));
  g_assert_cmpuint (count_rows (_scapula_exercise_page_get_cues_list (page)), ==,
                    g_strv_length ((GStrv) scapula_exercise_get_cues (seal)));
  g_assert_cmpuint (count_rows (_scapula_exercise_page_get_mistakes_list (page)), ==,
                    g_strv_length ((GStrv) scapula_exercise_get_mistakes (seal)));
  g_assert_cmpuint (count_rows (_scapula_exercise_page_get_substitutes_list (page)), ==,
                    g_strv_length ((GStrv) scapula_exercise_get_substitutes (seal)));

  /* A substitute opens its own page. */
  row = gtk_list_box_get_row_at_index (_scapula_exercise_page_get_substitutes_list (page), 0);
  substitute = scapula_catalog_lookup (f->catalog, scapula_exercise_get_substitutes (seal)[0]);
  g_signal_emit_by_name (_scapula_exercise_page_get_substitutes_list (page), "row-activated", row);
  scapula_test_wait_for_frames (GTK_WIDGET (f->window), 1);
  g_assert_true (scapula_exercises_view_get_shown (f->view) == substitute);
  g_assert_cmpstr (gtk_label_get_text (_scapula_exercise_page_get_title_label (page)), ==,
                   scapula_exercise_get_name (substitute));

  /* A dose no seed gives says it is Scapula's own suggestion. */
  scapula_exercises_view_show (f->view, scapula_catalog_lookup (f->catalog, "face-pull"));
  g_assert_nonnull (strstr (_scapula_exercise_page_get_dose_source (page), "Scapula"));
}

static void
test_keyboard (Fixture       *f,
               gconstpointer  data)
{
  GtkSearchEntry *entry = _scapula_exercises_view_get_search_entry (f->view);

  /* Ctrl+F, from another view, lands in the search entry. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.view", "s", "progress");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.find", NULL));
  scapula_test_wait_for_frames (GTK_WIDGET (f->window), 1);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (_scapula_window_get_stack (f->window)), ==, "exercises");
  g_assert_true (gtk_widget_is_focus (GTK_WIDGET (entry)) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)), GTK_WIDGET (entry)));
}

static void
test_narrow (Fixture       *f,
             gconstpointer  data)
{
  AdwLeaflet *leaflet = _scapula_exercises_view_get_leaflet (f->view);
  GtkWidget *sidebar;

  g_assert_true (adw_leaflet_get_folded (leaflet));
  sidebar = adw_leaflet_get_visible_child (leaflet);

  scapula_exercises_view_show (f->view, scapula_catalog_lookup (f->catalog, "pull-up"));
  wait_for_leaflet (leaflet);
  g_assert_true (adw_leaflet_get_visible_child (leaflet) != sidebar);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "exercises.back", NULL));
  wait_for_leaflet (leaflet);
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == sidebar);
}

static void
test_muscles_view (Fixture       *f,
                   gconstpointer  data)
{
  ScapulaMusclesView *muscles = _scapula_window_get_muscles_view (f->window);
  GtkListBox *list = _scapula_muscles_view_get_exercises_list (muscles);
  guint n;
  gboolean seen_secondary = FALSE;

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.view", "s", "muscles");
  scapula_muscles_view_select (muscles, SCAPULA_MUSCLE_RHOMBOID_MAJOR);
  scapula_test_wait_for_frames (GTK_WIDGET (f->window), 1);

  g_assert_cmpint (scapula_muscles_view_get_selected (muscles), ==, SCAPULA_MUSCLE_RHOMBOID_MAJOR);
  g_assert_cmpstr (gtk_label_get_text (_scapula_muscles_view_get_title_label (muscles)), ==, "Rhomboid major");

  /* The chosen muscle is filled on the diagram, and only it. */
  {
    ScapulaAnatomyView *anatomy = SCAPULA_ANATOMY_VIEW (_scapula_muscles_view_get_anatomy (muscles));

    g_assert_cmpfloat (scapula_anatomy_view_get_intensity (anatomy, SCAPULA_MUSCLE_RHOMBOID_MAJOR), ==, 1.0);
    g_assert_cmpfloat (scapula_anatomy_view_get_intensity (anatomy, SCAPULA_MUSCLE_TRAPEZIUS_MIDDLE), ==, 0.0);
  }

  /* Every exercise that trains it, primary movers before helpers. */
  n = count_rows (list);
  g_assert_cmpuint (n, >, 10);
  for (guint i = 0; i < n; i++)
    {
      ScapulaExercise *exercise = row_exercise (list, (int) i);
      double weight = scapula_exercise_get_muscle_weight (exercise, SCAPULA_MUSCLE_RHOMBOID_MAJOR);

      g_assert_cmpfloat (weight, >, 0.0);
      if (weight < 1.0)
        seen_secondary = TRUE;
      else
        g_assert_false (seen_secondary);
    }

  /* Choosing one opens it in the Exercises view. */
  g_signal_emit_by_name (list, "row-activated", gtk_list_box_get_row_at_index (list, 0));
  scapula_test_wait_for_frames (GTK_WIDGET (f->window), 1);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (_scapula_window_get_stack (f->window)), ==, "exercises");
  g_assert_true (scapula_exercises_view_get_shown (f->view) == row_exercise (list, 0));
}

int
main (int   argc,
      char *argv[])
{
  if (!scapula_test_ui_init (&argc, &argv))
    return 77;

  g_test_add ("/exercises-view/list-and-search", Fixture, NULL, fixture_set_up, test_list_and_search, fixture_tear_down);
  g_test_add ("/exercises-view/filters", Fixture, NULL, fixture_set_up, test_filters, fixture_tear_down);
  g_test_add ("/exercises-view/open-exercise", Fixture, NULL, fixture_set_up, test_open_exercise, fixture_tear_down);
  g_test_add ("/exercises-view/keyboard", Fixture, NULL, fixture_set_up, test_keyboard, fixture_tear_down);
  g_test_add ("/exercises-view/narrow", Fixture, NULL, fixture_set_up_narrow, test_narrow, fixture_tear_down);
  g_test_add ("/exercises-view/muscles-view", Fixture, NULL, fixture_set_up, test_muscles_view, fixture_tear_down);

  return g_test_run ();
}
