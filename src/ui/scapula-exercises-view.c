/* scapula-exercises-view.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "scapula-exercises-view"

#include "config.h"

#include <glib/gi18n.h>

#include "scapula-enums.h"
#include "scapula-exercise-page.h"
#include "scapula-exercises-view-private.h"
#include "scapula-vocabulary.h"

/**
 * ScapulaExercisesView:
 *
 * The catalog browser: a searchable, filterable list beside the page of the
 * chosen exercise. On narrow windows the AdwLeaflet folds, showing one at a
 * time with a back button on the page.
 *
 * Keyboard: Ctrl+F (bound by the window) focuses the search; Down moves from
 * the search to the list, arrows move in it and Enter opens the exercise;
 * Enter in the search opens the first match; Escape clears the search.
 *
 * The list is a GtkListView, so only the rows in sight are built.
 */

struct _ScapulaExercisesView
{
  AdwBin                 parent_instance;

  /* Owned references */
  ScapulaCatalog        *catalog;
  ScapulaExerciseFilter *filter;
  GtkFilter             *list_filter;
  GtkFilterListModel    *model;
  GtkSingleSelection    *selection;

  /* Template widgets */
  AdwLeaflet            *leaflet;
  GtkWidget             *sidebar;
  GtkWidget             *content;
  GtkSearchEntry        *search_entry;
  GtkMenuButton         *filter_button;
  GtkStack              *list_stack;
  GtkListView           *list;
  GtkStack              *content_stack;
  ScapulaExercisePage   *page;          /* created on first use */

  /* Borrowed from the filter popover, built on first use; NULL until then */
  GtkDropDown           *kind_dropdown;
  GtkDropDown           *pattern_dropdown;
  GtkDropDown           *equipment_dropdown;
  GtkDropDown           *level_dropdown;
  GtkDropDown           *muscle_dropdown;
};

G_DEFINE_FINAL_TYPE (ScapulaExercisesView, scapula_exercises_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CATALOG,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Equipment filter choices, in the order the drop-down lists them. */
static const ScapulaEquipment equipment_choices[] = {
  SCAPULA_EQUIPMENT_DUMBBELL,
  SCAPULA_EQUIPMENT_KETTLEBELL,
  SCAPULA_EQUIPMENT_BARBELL,
  SCAPULA_EQUIPMENT_TRAP_BAR,
  SCAPULA_EQUIPMENT_LANDMINE,
  SCAPULA_EQUIPMENT_BENCH,
  SCAPULA_EQUIPMENT_INCLINE_BENCH,
  SCAPULA_EQUIPMENT_CABLE,
  SCAPULA_EQUIPMENT_MACHINE,
  SCAPULA_EQUIPMENT_BAND,
  SCAPULA_EQUIPMENT_PULL_UP_BAR,
  SCAPULA_EQUIPMENT_SUSPENSION_TRAINER,
  SCAPULA_EQUIPMENT_MAT,
  SCAPULA_EQUIPMENT_FOAM_ROLLER,
  SCAPULA_EQUIPMENT_EXERCISE_BALL,
  SCAPULA_EQUIPMENT_WALL,
  SCAPULA_EQUIPMENT_DOORWAY,
  SCAPULA_EQUIPMENT_BACK_EXTENSION_BENCH,
};

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *details = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_label_set_xalign (GTK_LABEL (details), 0);
  gtk_label_set_ellipsize (GTK_LABEL (details), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (details, "caption");
  gtk_widget_add_css_class (details, "dim-label");
  gtk_widget_set_margin_top (box, 3);
  gtk_widget_set_margin_bottom (box, 3);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), details);
  gtk_list_item_set_child (item, box);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item)
{
  ScapulaExercise *exercise = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *name = gtk_widget_get_first_child (box);
  GtkWidget *details = gtk_widget_get_next_sibling (name);
  g_autofree char *summary = scapula_exercise_dup_summary (exercise);

  gtk_label_set_text (GTK_LABEL (name), scapula_exercise_get_name (exercise));
  gtk_label_set_text (GTK_LABEL (details), summary);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, scapula_exercise_get_name (exercise),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary,
                                  -1);
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  return scapula_exercise_filter_match (SCAPULA_EXERCISE_FILTER (user_data), item);
}

static void
items_changed_cb (ScapulaExercisesView *self)
{
  gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->model)) == 0;

  gtk_stack_set_visible_child_name (self->list_stack, empty ? "empty" : "list");
}

static void
sync_dropdowns (ScapulaExercisesView *self)
{
  gtk_drop_down_set_selected (self->kind_dropdown, scapula_exercise_filter_get_kind (self->filter) + 1);
  gtk_drop_down_set_selected (self->pattern_dropdown, scapula_exercise_filter_get_pattern (self->filter) + 1);
  gtk_drop_down_set_selected (self->level_dropdown, scapula_exercise_filter_get_level (self->filter) + 1);
  gtk_drop_down_set_selected (self->muscle_dropdown, scapula_exercise_filter_get_muscle (self->filter) + 1);
  if (scapula_exercise_filter_get_equipment (self->filter) == 0)
    gtk_drop_down_set_selected (self->equipment_dropdown, 0);
}

static void
filter_changed_cb (ScapulaExercisesView *self)
{
  guint n = scapula_exercise_filter_count_criteria (self->filter);
  g_autofree char *tooltip = NULL;

  gtk_filter_changed (self->list_filter, GTK_FILTER_CHANGE_DIFFERENT);

  /* The filter button shows when criteria hide part of the catalog. */
  if (n > 0)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->filter_button), "accent");
      tooltip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Filters (%u active)", "Filters (%u active)", n), n);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->filter_button), "accent");
      tooltip = g_strdup (_("Filters"));
    }
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->filter_button), tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->filter_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                  -1);

  /* Keep the drop-downs true to the filter when it is reset elsewhere. */
  if (self->kind_dropdown != NULL)
    sync_dropdowns (self);

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)),
                 scapula_exercise_filter_get_search_text (self->filter)) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry),
                           scapula_exercise_filter_get_search_text (self->filter));
}

static void
dropdown_changed_cb (GtkDropDown          *dropdown,
                     GParamSpec           *pspec,
                     ScapulaExercisesView *self)
{
  /* Position 0 is "Any"; the rest follow the enum order. */
  int value = (int) gtk_drop_down_get_selected (dropdown) - 1;

  if (dropdown == self->kind_dropdown)
    scapula_exercise_filter_set_kind (self->filter, value);
  else if (dropdown == self->pattern_dropdown)
    scapula_exercise_filter_set_pattern (self->filter, value);
  else if (dropdown == self->level_dropdown)
    scapula_exercise_filter_set_level (self->filter, value);
  else if (dropdown == self->muscle_dropdown)
    scapula_exercise_filter_set_muscle (self->filter, value);
  else if (dropdown == self->equipment_dropdown)
    scapula_exercise_filter_set_equipment (self->filter, value < 0 ? 0 : equipment_choices[value]);
}

static void
setup_dropdown (ScapulaExercisesView *self,
                GtkDropDown          *dropdown,
                const char           *any,
                const char *        (*label) (int),
                guint                 n)
{
  g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);

  gtk_string_list_append (strings, any);
  for (guint i = 0; i < n; i++)
    gtk_string_list_append (strings, label ((int) i));

  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (strings));
  g_signal_connect_object (dropdown, "notify::selected", G_CALLBACK (dropdown_changed_cb), self, 0);
}

static const char *
kind_label (int value)
{
  return scapula_exercise_kind_get_label (value);
}

static const char *
pattern_label (int value)
{
  return scapula_movement_pattern_get_label (value);
}

static const char *
level_label (int value)
{
  return scapula_level_get_label (value);
}

static const char *
muscle_label (int value)
{
  return scapula_muscle_get_label (value);
}

static const char *
equipment_label (int value)
{
  return scapula_equipment_get_label (equipment_choices[value]);
}

/* Five drop-downs nobody needs before the first frame: built on first open. */
static void
create_filter_popover (GtkMenuButton *button,
                       gpointer       user_data)
{
  ScapulaExercisesView *self = user_data;
  g_autoptr(GtkBuilder) builder = NULL;

  builder = gtk_builder_new_from_resource (RESOURCE_BASE "/ui/scapula-exercise-filters.ui");
  self->kind_dropdown = GTK_DROP_DOWN (gtk_builder_get_object (builder, "kind_dropdown"));
  self->pattern_dropdown = GTK_DROP_DOWN (gtk_builder_get_object (builder, "pattern_dropdown"));
  self->equipment_dropdown = GTK_DROP_DOWN (gtk_builder_get_object (builder, "equipment_dropdown"));
  self->level_dropdown = GTK_DROP_DOWN (gtk_builder_get_object (builder, "level_dropdown"));
  self->muscle_dropdown = GTK_DROP_DOWN (gtk_builder_get_object (builder, "muscle_dropdown"));

  setup_dropdown (self, self->kind_dropdown, _("Any kind"), kind_label, SCAPULA_EXERCISE_KIND_STRETCH + 1);
  setup_dropdown (self, self->pattern_dropdown, _("Any movement"), pattern_label,
                  SCAPULA_MOVEMENT_PATTERN_MOBILITY + 1);
  setup_dropdown (self, self->equipment_dropdown, _("Any equipment"), equipment_label,
                  G_N_ELEMENTS (equipment_choices));
  setup_dropdown (self, self->level_dropdown, _("Any level"), level_label, SCAPULA_LEVEL_ADVANCED + 1);
  setup_dropdown (self, self->muscle_dropdown, _("Any muscle"), muscle_label, SCAPULA_N_MUSCLES);
  sync_dropdowns (self);

  gtk_menu_button_set_popover (button, GTK_WIDGET (gtk_builder_get_object (builder, "filter_popover")));
}

static void
search_changed_cb (ScapulaExercisesView *self)
{
  scapula_exercise_filter_set_search_text (self->filter,
                                           gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
open_position (ScapulaExercisesView *self,
               guint                 position)
{
  g_autoptr(ScapulaExercise) exercise = g_list_model_get_item (G_LIST_MODEL (self->model), position);

  if (exercise != NULL)
    scapula_exercises_view_show (self, exercise);
}

static void
search_activate_cb (ScapulaExercisesView *self)
{
  open_position (self, 0);
}

static void
stop_search_cb (ScapulaExercisesView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static gboolean
search_key_pressed_cb (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       ScapulaExercisesView  *self)
{
  if (keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
    return GDK_EVENT_PROPAGATE;

  if (g_list_model_get_n_items (G_LIST_MODEL (self->model)) == 0)
    return GDK_EVENT_PROPAGATE;

  /* Select the first match and move into the list, which puts the focus on
   * its first row. */
  gtk_single_selection_set_selected (self->selection, 0);
  gtk_widget_activate_action (GTK_WIDGET (self->list), "list.scroll-to-item", "u", 0);
  gtk_widget_child_focus (GTK_WIDGET (self->list), GTK_DIR_TAB_FORWARD);
  return GDK_EVENT_STOP;
}

static void
list_activate_cb (ScapulaExercisesView *self,
                  guint                 position)
{
  open_position (self, position);
}

static void
page_exercise_activated_cb (ScapulaExercisesView *self,
                            ScapulaExercise      *exercise)
{
  scapula_exercises_view_show (self, exercise);
}

/* The page is a large template that nobody sees until an exercise is
 * chosen, so it is built then rather than before the first frame. */
static ScapulaExercisePage *
ensure_page (ScapulaExercisesView *self)
{
  if (self->page == NULL)
    {
      self->page = SCAPULA_EXERCISE_PAGE (scapula_exercise_page_new ());
      scapula_exercise_page_set_catalog (self->page, self->catalog);
      g_signal_connect_object (self->page, "exercise-activated",
                               G_CALLBACK (page_exercise_activated_cb), self, G_CONNECT_SWAPPED);
      gtk_stack_add_named (self->content_stack, GTK_WIDGET (self->page), "exercise");
    }

  return self->page;
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ScapulaExercisesView *self = SCAPULA_EXERCISES_VIEW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
reset_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  ScapulaExercisesView *self = SCAPULA_EXERCISES_VIEW (widget);

  scapula_exercise_filter_reset (self->filter);
}

static void
scapula_exercises_view_dispose (GObject *object)
{
  ScapulaExercisesView *self = (ScapulaExercisesView *)object;

  /* No gtk_widget_dispose_template(): the template's root is AdwBin's
   * child, which AdwBin unparents itself; disposing the template as well
   * would leave AdwBin holding a freed child. */
  g_clear_object (&self->selection);
  g_clear_object (&self->model);
  g_clear_object (&self->list_filter);
  g_clear_object (&self->filter);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (scapula_exercises_view_parent_class)->dispose (object);
}

static void
scapula_exercises_view_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  ScapulaExercisesView *self = SCAPULA_EXERCISES_VIEW (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      g_value_set_object (value, self->catalog);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scapula_exercises_view_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  ScapulaExercisesView *self = SCAPULA_EXERCISES_VIEW (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      scapula_exercises_view_set_catalog (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scapula_exercises_view_class_init (ScapulaExercisesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = scapula_exercises_view_dispose;
  object_class->get_property = scapula_exercises_view_get_property;
  object_class->set_property = scapula_exercises_view_set_property;

  properties[PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL,
                         SCAPULA_TYPE_CATALOG,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/scapula-exercises-view.ui");
  gtk_widget_class_bind_template_child (widget_class, ScapulaExercisesView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, ScapulaExercisesView, sidebar);
  gtk_widget_class_bind_template_child (widget_class, ScapulaExercisesView, content);
  gtk_widget_class_bind_template_child (widget_class, ScapulaExercisesView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, ScapulaExercisesView, filter_button);
  gtk_widget_class_bind_template_child (widget_class, ScapulaExercisesView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, ScapulaExercisesView, list);
  gtk_widget_class_bind_template_child (widget_class, ScapulaExercisesView, content_stack);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);

  gtk_widget_class_install_action (widget_class, "exercises.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "exercises.reset", NULL, reset_action);

}

static void
scapula_exercises_view_init (ScapulaExercisesView *self)
{
  g_autoptr(GtkListItemFactory) factory = NULL;
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->filter = scapula_exercise_filter_new ();
  self->list_filter = GTK_FILTER (gtk_custom_filter_new (filter_func, self->filter, NULL));
  g_signal_connect_object (self->filter, "notify", G_CALLBACK (filter_changed_cb), self, G_CONNECT_SWAPPED);

  gtk_menu_button_set_create_popup_func (self->filter_button, create_filter_popover, self, NULL);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  gtk_list_view_set_factory (self->list, factory);

  keys = gtk_event_controller_key_new ();
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (search_key_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);
}

ScapulaCatalog *
scapula_exercises_view_get_catalog (ScapulaExercisesView *self)
{
  g_return_val_if_fail (SCAPULA_IS_EXERCISES_VIEW (self), NULL);

  return self->catalog;
}

void
scapula_exercises_view_set_catalog (ScapulaExercisesView *self,
                                    ScapulaCatalog       *catalog)
{
  g_return_if_fail (SCAPULA_IS_EXERCISES_VIEW (self));
  g_return_if_fail (!catalog || SCAPULA_IS_CATALOG (catalog));

  if (!g_set_object (&self->catalog, catalog))
    return;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, items_changed_cb, self);
  g_clear_object (&self->model);
  g_clear_object (&self->selection);

  /* Without a catalog the list filters an empty store. */
  self->model = gtk_filter_list_model_new (catalog != NULL
                                             ? g_object_ref (G_LIST_MODEL (catalog))
                                             : G_LIST_MODEL (g_list_store_new (SCAPULA_TYPE_EXERCISE)),
                                           g_object_ref (self->list_filter));
  g_signal_connect_object (self->model, "items-changed", G_CALLBACK (items_changed_cb),
                           self, G_CONNECT_SWAPPED);

  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  gtk_list_view_set_model (self->list, GTK_SELECTION_MODEL (self->selection));

  if (self->page != NULL)
    {
      scapula_exercise_page_set_catalog (self->page, catalog);
      scapula_exercise_page_set_exercise (self->page, NULL);
    }
  gtk_stack_set_visible_child_name (self->content_stack, "none");
  items_changed_cb (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATALOG]);
}

/**
 * scapula_exercises_view_get_filter:
 *
 * Returns: (transfer none): the search and criteria the list follows
 */
ScapulaExerciseFilter *
scapula_exercises_view_get_filter (ScapulaExercisesView *self)
{
  g_return_val_if_fail (SCAPULA_IS_EXERCISES_VIEW (self), NULL);

  return self->filter;
}

/**
 * scapula_exercises_view_get_shown:
 *
 * Returns: (transfer none) (nullable): the exercise whose page is open
 */
ScapulaExercise *
scapula_exercises_view_get_shown (ScapulaExercisesView *self)
{
  g_return_val_if_fail (SCAPULA_IS_EXERCISES_VIEW (self), NULL);

  return self->page != NULL ? scapula_exercise_page_get_exercise (self->page) : NULL;
}

/**
 * scapula_exercises_view_show:
 * @exercise: the exercise to open
 *
 * Opens @exercise's page, selects it in the list when it is listed, and on
 * a folded leaflet moves to the page.
 */
void
scapula_exercises_view_show (ScapulaExercisesView *self,
                             ScapulaExercise      *exercise)
{
  guint n, position = GTK_INVALID_LIST_POSITION;

  g_return_if_fail (SCAPULA_IS_EXERCISES_VIEW (self));
  g_return_if_fail (SCAPULA_IS_EXERCISE (exercise));

  scapula_exercise_page_set_exercise (ensure_page (self), exercise);
  gtk_stack_set_visible_child_name (self->content_stack, "exercise");

  n = g_list_model_get_n_items (G_LIST_MODEL (self->model));
  for (guint i = 0; i < n && position == GTK_INVALID_LIST_POSITION; i++)
    {
      g_autoptr(ScapulaExercise) item = g_list_model_get_item (G_LIST_MODEL (self->model), i);

      if (item == exercise)
        position = i;
    }
  gtk_single_selection_set_selected (self->selection, position);

  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

void
scapula_exercises_view_focus_search (ScapulaExercisesView *self)
{
  g_return_if_fail (SCAPULA_IS_EXERCISES_VIEW (self));

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

GtkListView *
_scapula_exercises_view_get_list (ScapulaExercisesView *self)
{
  return self->list;
}

GtkSingleSelection *
_scapula_exercises_view_get_selection (ScapulaExercisesView *self)
{
  return self->selection;
}

GtkSearchEntry *
_scapula_exercises_view_get_search_entry (ScapulaExercisesView *self)
{
  return self->search_entry;
}

GtkStack *
_scapula_exercises_view_get_list_stack (ScapulaExercisesView *self)
{
  return self->list_stack;
}

ScapulaExercisePage *
_scapula_exercises_view_get_page (ScapulaExercisesView *self)
{
  return ensure_page (self);
}

AdwLeaflet *
_scapula_exercises_view_get_leaflet (ScapulaExercisesView *self)
{
  return self->leaflet;
}

GtkMenuButton *
_scapula_exercises_view_get_filter_button (ScapulaExercisesView *self)
{
  return self->filter_button;
}

GtkWidget *
_scapula_exercises_view_get_level_dropdown (ScapulaExercisesView *self)
{
  return GTK_WIDGET (self->level_dropdown);
}
