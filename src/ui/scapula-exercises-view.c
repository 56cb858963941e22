/* scapula-exercises-view.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "scapula-exercises-view"

#include "config.h"

#include <glib/gi18n.h>

#include "scapula-exercises-view.h"

/**
 * ScapulaExercisesView:
 *
 * The catalog as boxed lists, one group per kind of exercise (strength,
 * warm-up, stretches), in catalog order.
 */

struct _ScapulaExercisesView
{
  AdwBin          parent_instance;

  /* Owned references */
  ScapulaCatalog *catalog;

  /* Template widgets */
  GtkListBox     *strength_list;
  GtkListBox     *warmup_list;
  GtkListBox     *stretch_list;
};

G_DEFINE_FINAL_TYPE (ScapulaExercisesView, scapula_exercises_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CATALOG,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  ScapulaExercise *exercise = item;
  g_autofree char *summary = scapula_exercise_dup_summary (exercise);

  return g_object_new (ADW_TYPE_ACTION_ROW,
                       "title", scapula_exercise_get_name (exercise),
                       "subtitle", summary,
                       "use-markup", FALSE,
                       NULL);
}

static gboolean
kind_matches (gpointer item,
              gpointer user_data)
{
  return scapula_exercise_get_kind (item) == (ScapulaExerciseKind) GPOINTER_TO_UINT (user_data);
}

static void
bind_kind (ScapulaExercisesView *self,
           GtkListBox           *list,
           ScapulaExerciseKind   kind)
{
  g_autoptr(GtkFilterListModel) model = NULL;
  GtkCustomFilter *filter = NULL;

  if (self->catalog == NULL)
    {
      gtk_list_box_bind_model (list, NULL, NULL, NULL, NULL);
      return;
    }

  filter = gtk_custom_filter_new (kind_matches, GUINT_TO_POINTER (kind), NULL);
  model = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->catalog)),
                                     GTK_FILTER (filter));
  gtk_list_box_bind_model (list, G_LIST_MODEL (model), create_row, NULL, NULL);
}

static void
scapula_exercises_view_dispose (GObject *object)
{
  ScapulaExercisesView *self = (ScapulaExercisesView *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), SCAPULA_TYPE_EXERCISES_VIEW);
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
  gtk_widget_class_bind_template_child (widget_class, ScapulaExercisesView, strength_list);
  gtk_widget_class_bind_template_child (widget_class, ScapulaExercisesView, warmup_list);
  gtk_widget_class_bind_template_child (widget_class, ScapulaExercisesView, stretch_list);
}

static void
scapula_exercises_view_init (ScapulaExercisesView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
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

  bind_kind (self, self->strength_list, SCAPULA_EXERCISE_KIND_STRENGTH);
  bind_kind (self, self->warmup_list, SCAPULA_EXERCISE_KIND_WARMUP);
  bind_kind (self, self->stretch_list, SCAPULA_EXERCISE_KIND_STRETCH);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATALOG]);
}
