/* scapula-muscles-view.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "scapula-muscles-view"

#include "config.h"

#include <glib/gi18n.h>

#include "scapula-anatomy-view.h"
#include "scapula-muscle-info.h"
#include "scapula-muscles-view-private.h"
#include "scapula-ui-util.h"
#include "scapula-vocabulary.h"

/**
 * ScapulaMusclesView:
 *
 * The anatomy diagram on its own: choose a muscle to read what it does and
 * see every exercise that trains it, prime movers first. Activating an
 * exercise emits #ScapulaMusclesView::exercise-activated for the window to
 * open it in the Exercises view.
 */

struct _ScapulaMusclesView
{
  AdwBin              parent_instance;

  /* Owned references */
  ScapulaCatalog     *catalog;

  /* Template widgets */
  AdwLeaflet         *leaflet;
  GtkBox             *diagram_box;
  GtkWidget          *content;
  GtkStack           *content_stack;
  GtkLabel           *title_label;
  AdwActionRow       *function_row;
  AdwActionRow       *origin_row;
  AdwActionRow       *insertion_row;
  GtkListBox         *exercises_list;
  GtkLabel           *source_label;

  /* Made in init */
  ScapulaAnatomyView *anatomy;
};

G_DEFINE_FINAL_TYPE (ScapulaMusclesView, scapula_muscles_view, ADW_TYPE_BIN)

enum {
  SIGNAL_EXERCISE_ACTIVATED,
  N_SIGNALS,
};

static guint signals[N_SIGNALS];

static void
add_exercise_rows (ScapulaMusclesView *self,
                   ScapulaMuscle       muscle,
                   ScapulaMuscleRole   role)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->catalog));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ScapulaExercise) exercise = g_list_model_get_item (G_LIST_MODEL (self->catalog), i);
      double weight = scapula_exercise_get_muscle_weight (exercise, muscle);
      g_autofree char *summary = NULL;
      const char *role_label;
      GtkWidget *row;
      GtkWidget *tag;

      if (weight == 0.0 || (weight == 1.0) != (role == SCAPULA_MUSCLE_ROLE_PRIMARY))
        continue;

      role_label = role == SCAPULA_MUSCLE_ROLE_PRIMARY ? _("Primary") : _("Secondary");
      summary = scapula_exercise_dup_summary (exercise);
      row = g_object_new (ADW_TYPE_ACTION_ROW,
                          "title", scapula_exercise_get_name (exercise),
                          "subtitle", summary,
                          "use-markup", FALSE,
                          "activatable", TRUE,
                          NULL);
      tag = gtk_label_new (role_label);
      gtk_widget_add_css_class (tag, role == SCAPULA_MUSCLE_ROLE_PRIMARY ? "accent" : "dim-label");
      gtk_widget_add_css_class (tag, "caption-heading");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), tag);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      g_object_set_data_full (G_OBJECT (row), "exercise", g_object_ref (exercise), g_object_unref);
      gtk_list_box_append (self->exercises_list, row);
    }
}

static void
show_muscle (ScapulaMusclesView *self,
             int                 muscle)
{
  ScapulaMuscleInfo info;

  if (muscle < 0 || muscle >= SCAPULA_N_MUSCLES || self->catalog == NULL)
    {
      gtk_stack_set_visible_child_name (self->content_stack, "none");
      return;
    }

  scapula_muscle_get_info (muscle, &info);
  gtk_label_set_text (self->title_label, scapula_muscle_get_label (muscle));
  adw_action_row_set_subtitle (self->function_row, info.function);
  adw_action_row_set_subtitle (self->origin_row, info.origin);
  adw_action_row_set_subtitle (self->insertion_row, info.insertion);

  if (info.source != NULL && scapula_catalog_get_source_title (self->catalog, info.source) != NULL)
    {
      /* Translators: %s is the title of an article. */
      g_autofree char *text = g_strdup_printf (_("Facts from “%s”."),
                                               scapula_catalog_get_source_title (self->catalog, info.source));

      gtk_label_set_text (self->source_label, text);
    }
  else
    gtk_label_set_text (self->source_label, _("General anatomy, in plain words."));

  scapula_list_box_remove_all (self->exercises_list);
  add_exercise_rows (self, muscle, SCAPULA_MUSCLE_ROLE_PRIMARY);
  add_exercise_rows (self, muscle, SCAPULA_MUSCLE_ROLE_SECONDARY);

  gtk_stack_set_visible_child_name (self->content_stack, "muscle");
}

static void
muscle_activated_cb (ScapulaMusclesView *self,
                     int                 muscle)
{
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
selected_changed_cb (ScapulaMusclesView *self)
{
  int muscle = scapula_anatomy_view_get_selected (self->anatomy);

  /* Fill the chosen muscle too: the selection ring alone is easy to miss. */
  scapula_anatomy_view_clear (self->anatomy);
  if (muscle >= 0)
    scapula_anatomy_view_set_intensity (self->anatomy, muscle, 1.0);

  show_muscle (self, muscle);
}

static void
exercise_row_activated_cb (ScapulaMusclesView *self,
                           GtkListBoxRow      *row)
{
  ScapulaExercise *exercise = g_object_get_data (G_OBJECT (row), "exercise");

  if (exercise != NULL)
    g_signal_emit (self, signals[SIGNAL_EXERCISE_ACTIVATED], 0, exercise);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ScapulaMusclesView *self = SCAPULA_MUSCLES_VIEW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
scapula_muscles_view_dispose (GObject *object)
{
  ScapulaMusclesView *self = (ScapulaMusclesView *)object;

  /* No gtk_widget_dispose_template(): the template's root is AdwBin's
   * child, which AdwBin unparents itself; disposing the template as well
   * would leave AdwBin holding a freed child. */
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (scapula_muscles_view_parent_class)->dispose (object);
}

static void
scapula_muscles_view_class_init (ScapulaMusclesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = scapula_muscles_view_dispose;

  /**
   * ScapulaMusclesView::exercise-activated:
   * @exercise: the exercise the user chose from the muscle's list
   */
  signals[SIGNAL_EXERCISE_ACTIVATED] =
    g_signal_new ("exercise-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, SCAPULA_TYPE_EXERCISE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/scapula-muscles-view.ui");
  gtk_widget_class_bind_template_child (widget_class, ScapulaMusclesView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, ScapulaMusclesView, diagram_box);
  gtk_widget_class_bind_template_child (widget_class, ScapulaMusclesView, content);
  gtk_widget_class_bind_template_child (widget_class, ScapulaMusclesView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, ScapulaMusclesView, title_label);
  gtk_widget_class_bind_template_child (widget_class, ScapulaMusclesView, function_row);
  gtk_widget_class_bind_template_child (widget_class, ScapulaMusclesView, origin_row);
  gtk_widget_class_bind_template_child (widget_class, ScapulaMusclesView, insertion_row);
  gtk_widget_class_bind_template_child (widget_class, ScapulaMusclesView, exercises_list);
  gtk_widget_class_bind_template_child (widget_class, ScapulaMusclesView, source_label);
  gtk_widget_class_bind_template_callback (widget_class, exercise_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "muscles.back", NULL, back_action);
}

static void
scapula_muscles_view_init (ScapulaMusclesView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->anatomy = SCAPULA_ANATOMY_VIEW (scapula_anatomy_view_new ());
  g_object_set (self->anatomy, "selectable", TRUE, NULL);
  gtk_widget_set_vexpand (GTK_WIDGET (self->anatomy), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self->anatomy), TRUE);
  gtk_box_prepend (self->diagram_box, GTK_WIDGET (self->anatomy));

  g_signal_connect_object (self->anatomy, "notify::selected",
                           G_CALLBACK (selected_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->anatomy, "muscle-activated",
                           G_CALLBACK (muscle_activated_cb), self, G_CONNECT_SWAPPED);
}

void
scapula_muscles_view_set_catalog (ScapulaMusclesView *self,
                                  ScapulaCatalog     *catalog)
{
  g_return_if_fail (SCAPULA_IS_MUSCLES_VIEW (self));

  if (g_set_object (&self->catalog, catalog))
    show_muscle (self, scapula_anatomy_view_get_selected (self->anatomy));
}

int
scapula_muscles_view_get_selected (ScapulaMusclesView *self)
{
  g_return_val_if_fail (SCAPULA_IS_MUSCLES_VIEW (self), -1);

  return scapula_anatomy_view_get_selected (self->anatomy);
}

/**
 * scapula_muscles_view_select:
 * @muscle: a #ScapulaMuscle, or -1 for none
 *
 * Selects @muscle on the diagram and shows its page.
 */
void
scapula_muscles_view_select (ScapulaMusclesView *self,
                             int                 muscle)
{
  g_return_if_fail (SCAPULA_IS_MUSCLES_VIEW (self));

  scapula_anatomy_view_set_selected (self->anatomy, muscle);
  if (muscle >= 0)
    adw_leaflet_set_visible_child (self->leaflet, self->content);
}

GtkLabel *
_scapula_muscles_view_get_title_label (ScapulaMusclesView *self)
{
  return self->title_label;
}

GtkListBox *
_scapula_muscles_view_get_exercises_list (ScapulaMusclesView *self)
{
  return self->exercises_list;
}

GtkWidget *
_scapula_muscles_view_get_anatomy (ScapulaMusclesView *self)
{
  return GTK_WIDGET (self->anatomy);
}
