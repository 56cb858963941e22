/* scapula-exercise-page.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "scapula-exercise-page"

#include "config.h"

#include <glib/gi18n.h>

#include "scapula-anatomy-view.h"
#include "scapula-exercise-page-private.h"
#include "scapula-figure.h"
#include "scapula-ui-util.h"
#include "scapula-vocabulary.h"

/**
 * ScapulaExercisePage:
 *
 * Everything about one exercise: the animated movement, the muscles on the
 * anatomy diagram, the dose and where it comes from, the form steps with a
 * picture each, cues, common mistakes and substitutes. Activating a
 * substitute emits #ScapulaExercisePage::exercise-activated; the view that
 * owns the page decides what to do with it.
 */

struct _ScapulaExercisePage
{
  AdwBin              parent_instance;

  /* Owned references */
  ScapulaCatalog     *catalog;
  ScapulaExercise    *exercise;

  /* Template widgets */
  GtkScrolledWindow  *scroller;
  GtkLabel           *title_label;
  GtkLabel           *subtitle_label;
  GtkFlowBox         *pictures;
  GtkBox             *movement_box;
  GtkBox             *anatomy_box;
  GtkLabel           *muscles_label;
  AdwButtonContent   *play_content;
  AdwActionRow       *dose_row;
  GtkLabel           *dose_label;
  AdwActionRow       *level_row;
  AdwActionRow       *equipment_row;
  AdwActionRow       *position_row;
  GtkListBox         *steps_list;
  GtkListBox         *cues_list;
  GtkListBox         *mistakes_list;
  GtkListBox         *substitutes_list;
  GtkLabel           *sources_label;

  /* Widgets made in init */
  ScapulaFigure      *figure;
  ScapulaAnatomyView *anatomy;
};

G_DEFINE_FINAL_TYPE (ScapulaExercisePage, scapula_exercise_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CATALOG,
  PROP_EXERCISE,
  N_PROPS
};

enum {
  SIGNAL_EXERCISE_ACTIVATED,
  N_SIGNALS,
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
add_text_rows (GtkListBox         *list,
               const char * const *texts,
               const char         *icon_name)
{
  scapula_list_box_remove_all (list);

  for (guint i = 0; texts[i] != NULL; i++)
    {
      GtkWidget *row = g_object_new (ADW_TYPE_ACTION_ROW,
                                     "title", texts[i],
                                     "use-markup", FALSE,
                                     "activatable", FALSE,
                                     NULL);
      GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);

      gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, "",
                                      -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      gtk_list_box_append (list, row);
    }
}

static GtkWidget *
create_step_row (ScapulaExercisePage *self,
                 guint                index,
                 const char          *text)
{
  g_autofree char *number = g_strdup_printf ("%u", index + 1);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *figure = scapula_figure_new ();
  GtkWidget *text_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *number_label = gtk_label_new (number);
  GtkWidget *text_label = gtk_label_new (text);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 8);
  gtk_widget_set_margin_end (box, 12);

  scapula_figure_set_exercise (SCAPULA_FIGURE (figure), self->exercise);
  scapula_figure_set_step (SCAPULA_FIGURE (figure), index);
  gtk_widget_set_size_request (figure, 120, 100);
  gtk_widget_set_valign (figure, GTK_ALIGN_CENTER);

  gtk_widget_add_css_class (number_label, "heading");
  gtk_widget_add_css_class (number_label, "accent");
  gtk_label_set_xalign (GTK_LABEL (number_label), 0);
  gtk_label_set_xalign (GTK_LABEL (text_label), 0);
  gtk_label_set_wrap (GTK_LABEL (text_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text_label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_valign (text_box, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (text_box, TRUE);

  gtk_box_append (GTK_BOX (text_box), number_label);
  gtk_box_append (GTK_BOX (text_box), text_label);
  gtk_box_append (GTK_BOX (box), figure);
  gtk_box_append (GTK_BOX (box), text_box);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  return row;
}

static char *
format_muscles (ScapulaExercise   *exercise,
                ScapulaMuscleRole  role)
{
  g_autoptr(GString) str = g_string_new (NULL);
  const ScapulaMuscleLoad *muscles;
  guint n;

  muscles = scapula_exercise_get_muscles (exercise, &n);
  for (guint i = 0; i < n; i++)
    {
      if (muscles[i].role != role)
        continue;
      if (str->len > 0)
        g_string_append (str, _(", "));
      g_string_append (str, scapula_muscle_get_label (muscles[i].muscle));
    }

  return g_string_free (g_steal_pointer (&str), FALSE);
}

static void
update_muscles (ScapulaExercisePage *self)
{
  g_autofree char *primary = format_muscles (self->exercise, SCAPULA_MUSCLE_ROLE_PRIMARY);
  g_autofree char *secondary = format_muscles (self->exercise, SCAPULA_MUSCLE_ROLE_SECONDARY);
  g_autofree char *primary_markup = g_markup_printf_escaped ("<b>%s</b> %s", _("Primary:"), primary);
  g_autofree char *markup = NULL;

  if (secondary[0] != '\0')
    {
      g_autofree char *secondary_markup = g_markup_printf_escaped ("<b>%s</b> %s", _("Secondary:"), secondary);

      markup = g_strdup_printf ("%s\n%s", primary_markup, secondary_markup);
    }
  else
    markup = g_steal_pointer (&primary_markup);

  gtk_label_set_markup (self->muscles_label, markup);
  scapula_anatomy_view_set_exercise (self->anatomy, self->exercise);
}

static void
update_details (ScapulaExercisePage *self)
{
  ScapulaExercise *exercise = self->exercise;
  const ScapulaDose *dose = scapula_exercise_get_dose (exercise);
  g_autofree char *dose_text = scapula_dose_format (dose);
  g_autofree char *equipment = scapula_equipment_format (scapula_exercise_get_equipment (exercise));
  g_autofree char *dose_source = NULL;
  g_autofree char *position = NULL;
  const char *title = scapula_catalog_get_source_title (self->catalog, dose->source);

  gtk_label_set_text (self->dose_label, dose_text);
  if (title != NULL)
    /* Translators: where a rep range comes from; %s is an article's title. */
    dose_source = g_strdup_printf (_("From “%s”"), title);
  else
    dose_source = g_strdup (_("Scapula’s suggestion: the sources give no numbers for this one"));
  adw_action_row_set_subtitle (self->dose_row, dose_source);

  adw_action_row_set_subtitle (self->level_row, scapula_level_get_label (scapula_exercise_get_level (exercise)));
  adw_action_row_set_subtitle (self->equipment_row, equipment);

  if (scapula_exercise_get_grip (exercise) == SCAPULA_GRIP_NONE)
    /* Translators: body position · one side or both, e.g. "Standing · Both sides together". */
    position = g_strdup_printf (_("%s · %s"),
                                scapula_support_get_label (scapula_exercise_get_support (exercise)),
                                scapula_laterality_get_label (scapula_exercise_get_laterality (exercise)));
  else
    /* Translators: body position · grip · one side or both. */
    position = g_strdup_printf (_("%s · %s · %s"),
                                scapula_support_get_label (scapula_exercise_get_support (exercise)),
                                scapula_grip_get_label (scapula_exercise_get_grip (exercise)),
                                scapula_laterality_get_label (scapula_exercise_get_laterality (exercise)));
  adw_action_row_set_subtitle (self->position_row, position);
}

static void
update_sources (ScapulaExercisePage *self)
{
  const char * const *sources = scapula_exercise_get_sources (self->exercise);
  g_autoptr(GString) titles = g_string_new (NULL);
  g_autofree char *text = NULL;

  for (guint i = 0; sources[i] != NULL; i++)
    {
      const char *title = scapula_catalog_get_source_title (self->catalog, sources[i]);

      if (title == NULL)
        continue;
      if (titles->len > 0)
        g_string_append (titles, _("; "));
      g_string_append_printf (titles, "“%s”", title);
    }

  /* Translators: the list of articles an exercise's facts come from. */
  text = g_strdup_printf (_("Facts from %s. Written for Scapula; not medical advice."), titles->str);
  gtk_label_set_text (self->sources_label, text);
}

static void
update_substitutes (ScapulaExercisePage *self)
{
  const char * const *slugs = scapula_exercise_get_substitutes (self->exercise);

  scapula_list_box_remove_all (self->substitutes_list);

  for (guint i = 0; slugs[i] != NULL; i++)
    {
      ScapulaExercise *substitute = scapula_catalog_lookup (self->catalog, slugs[i]);
      g_autofree char *summary = NULL;
      GtkWidget *row;

      if (substitute == NULL)
        continue;

      summary = scapula_exercise_dup_summary (substitute);
      row = g_object_new (ADW_TYPE_ACTION_ROW,
                          "title", scapula_exercise_get_name (substitute),
                          "subtitle", summary,
                          "use-markup", FALSE,
                          "activatable", TRUE,
                          NULL);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      g_object_set_data_full (G_OBJECT (row), "slug", g_strdup (slugs[i]), g_free);
      gtk_list_box_append (self->substitutes_list, row);
    }
}

static void
update (ScapulaExercisePage *self)
{
  const char * const *steps;
  g_autofree char *subtitle = NULL;

  scapula_figure_set_playing (self->figure, FALSE);

  if (self->exercise == NULL || self->catalog == NULL)
    return;

  gtk_label_set_text (self->title_label, scapula_exercise_get_name (self->exercise));
  /* Translators: kind · movement pattern, e.g. "Strength · Horizontal row". */
  subtitle = g_strdup_printf (_("%s · %s"),
                              scapula_exercise_kind_get_label (scapula_exercise_get_kind (self->exercise)),
                              scapula_movement_pattern_get_label (scapula_exercise_get_pattern (self->exercise)));
  gtk_label_set_text (self->subtitle_label, subtitle);

  scapula_figure_set_exercise (self->figure, self->exercise);
  scapula_figure_set_step (self->figure, 0);

  update_muscles (self);
  update_details (self);

  scapula_list_box_remove_all (self->steps_list);
  steps = scapula_exercise_get_steps (self->exercise);
  for (guint i = 0; steps[i] != NULL; i++)
    gtk_list_box_append (self->steps_list, create_step_row (self, i, steps[i]));

  add_text_rows (self->cues_list, scapula_exercise_get_cues (self->exercise), "object-select-symbolic");
  add_text_rows (self->mistakes_list, scapula_exercise_get_mistakes (self->exercise), "dialog-warning-symbolic");
  update_substitutes (self);
  update_sources (self);

  /* A new exercise starts at the top. */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

static void
playing_changed_cb (ScapulaExercisePage *self)
{
  gboolean playing = scapula_figure_get_playing (self->figure);

  adw_button_content_set_icon_name (self->play_content,
                                    playing ? "media-playback-pause-symbolic"
                                            : "media-playback-start-symbolic");
  adw_button_content_set_label (self->play_content,
                                playing ? _("Pause Movement") : _("Play Movement"));
}

static void
play_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ScapulaExercisePage *self = SCAPULA_EXERCISE_PAGE (widget);

  scapula_figure_set_playing (self->figure, !scapula_figure_get_playing (self->figure));
}

static void
substitute_activated_cb (ScapulaExercisePage *self,
                         GtkListBoxRow       *row)
{
  const char *slug = g_object_get_data (G_OBJECT (row), "slug");
  ScapulaExercise *exercise = slug != NULL ? scapula_catalog_lookup (self->catalog, slug) : NULL;

  if (exercise != NULL)
    g_signal_emit (self, signals[SIGNAL_EXERCISE_ACTIVATED], 0, exercise);
}

static void
scapula_exercise_page_dispose (GObject *object)
{
  ScapulaExercisePage *self = (ScapulaExercisePage *)object;

  /* No gtk_widget_dispose_template(): the template's root is AdwBin's
   * child, which AdwBin unparents itself; disposing the template as well
   * would leave AdwBin holding a freed child. */
  g_clear_object (&self->exercise);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (scapula_exercise_page_parent_class)->dispose (object);
}

static void
scapula_exercise_page_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  ScapulaExercisePage *self = SCAPULA_EXERCISE_PAGE (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      g_value_set_object (value, self->catalog);
      break;

    case PROP_EXERCISE:
      g_value_set_object (value, self->exercise);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scapula_exercise_page_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  ScapulaExercisePage *self = SCAPULA_EXERCISE_PAGE (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      scapula_exercise_page_set_catalog (self, g_value_get_object (value));
      break;

    case PROP_EXERCISE:
      scapula_exercise_page_set_exercise (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scapula_exercise_page_class_init (ScapulaExercisePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = scapula_exercise_page_dispose;
  object_class->get_property = scapula_exercise_page_get_property;
  object_class->set_property = scapula_exercise_page_set_property;

  properties[PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL,
                         SCAPULA_TYPE_CATALOG,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_EXERCISE] =
    g_param_spec_object ("exercise", NULL, NULL,
                         SCAPULA_TYPE_EXERCISE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ScapulaExercisePage::exercise-activated:
   * @exercise: the substitute the user chose
   */
  signals[SIGNAL_EXERCISE_ACTIVATED] =
    g_signal_new ("exercise-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, SCAPULA_TYPE_EXERCISE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/scapula-exercise-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ScapulaExercisePage, scroller);
  gtk_widget_class_bind_template_child (widget_class, ScapulaExercisePage, title_label);
  gtk_widget_class_bind_template_child (widget_class, ScapulaExercisePage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, ScapulaExercisePage, pictures);
  gtk_widget_class_bind_template_child (widget_class, ScapulaExercisePage, movement_box);
  gtk_widget_class_bind_template_child (widget_class, ScapulaExercisePage, anatomy_box);
  gtk_widget_class_bind_template_child (widget_class, ScapulaExercisePage, muscles_label);
  gtk_widget_class_bind_template_child (widget_class, ScapulaExercisePage, play_content);
  gtk_widget_class_bind_template_child (widget_class, ScapulaExercisePage, dose_row);
  gtk_widget_class_bind_template_child (widget_class, ScapulaExercisePage, dose_label);
  gtk_widget_class_bind_template_child (widget_class, ScapulaExercisePage, level_row);
  gtk_widget_class_bind_template_child (widget_class, ScapulaExercisePage, equipment_row);
  gtk_widget_class_bind_template_child (widget_class, ScapulaExercisePage, position_row);
  gtk_widget_class_bind_template_child (widget_class, ScapulaExercisePage, steps_list);
  gtk_widget_class_bind_template_child (widget_class, ScapulaExercisePage, cues_list);
  gtk_widget_class_bind_template_child (widget_class, ScapulaExercisePage, mistakes_list);
  gtk_widget_class_bind_template_child (widget_class, ScapulaExercisePage, substitutes_list);
  gtk_widget_class_bind_template_child (widget_class, ScapulaExercisePage, sources_label);
  gtk_widget_class_bind_template_callback (widget_class, substitute_activated_cb);

  gtk_widget_class_install_action (widget_class, "page.play", NULL, play_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "page.play", NULL);
}

static void
scapula_exercise_page_init (ScapulaExercisePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The two cards only lay out the pictures; the Play button inside is what
   * takes the focus, not the flow box's child wrappers. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->pictures));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);

  self->figure = SCAPULA_FIGURE (scapula_figure_new ());
  gtk_widget_set_hexpand (GTK_WIDGET (self->figure), TRUE);
  gtk_widget_set_size_request (GTK_WIDGET (self->figure), 200, 200);
  gtk_box_append (self->movement_box, GTK_WIDGET (self->figure));
  g_signal_connect_object (self->figure, "notify::playing",
                           G_CALLBACK (playing_changed_cb), self, G_CONNECT_SWAPPED);

  self->anatomy = SCAPULA_ANATOMY_VIEW (scapula_anatomy_view_new ());
  gtk_widget_set_hexpand (GTK_WIDGET (self->anatomy), TRUE);
  gtk_widget_set_size_request (GTK_WIDGET (self->anatomy), 200, 200);
  gtk_box_append (self->anatomy_box, GTK_WIDGET (self->anatomy));
}

GtkWidget *
scapula_exercise_page_new (void)
{
  return g_object_new (SCAPULA_TYPE_EXERCISE_PAGE, NULL);
}

ScapulaCatalog *
scapula_exercise_page_get_catalog (ScapulaExercisePage *self)
{
  g_return_val_if_fail (SCAPULA_IS_EXERCISE_PAGE (self), NULL);

  return self->catalog;
}

void
scapula_exercise_page_set_catalog (ScapulaExercisePage *self,
                                   ScapulaCatalog      *catalog)
{
  g_return_if_fail (SCAPULA_IS_EXERCISE_PAGE (self));
  g_return_if_fail (!catalog || SCAPULA_IS_CATALOG (catalog));

  if (!g_set_object (&self->catalog, catalog))
    return;

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATALOG]);
}

/**
 * scapula_exercise_page_get_exercise:
 *
 * Returns: (transfer none) (nullable): the exercise shown
 */
ScapulaExercise *
scapula_exercise_page_get_exercise (ScapulaExercisePage *self)
{
  g_return_val_if_fail (SCAPULA_IS_EXERCISE_PAGE (self), NULL);

  return self->exercise;
}

void
scapula_exercise_page_set_exercise (ScapulaExercisePage *self,
                                    ScapulaExercise     *exercise)
{
  g_return_if_fail (SCAPULA_IS_EXERCISE_PAGE (self));
  g_return_if_fail (!exercise || SCAPULA_IS_EXERCISE (exercise));

  if (!g_set_object (&self->exercise, exercise))
    return;

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXERCISE]);
}

GtkLabel *
_scapula_exercise_page_get_title_label (ScapulaExercisePage *self)
{
  return self->title_label;
}

GtkLabel *
_scapula_exercise_page_get_dose_label (ScapulaExercisePage *self)
{
  return self->dose_label;
}

const char *
_scapula_exercise_page_get_dose_source (ScapulaExercisePage *self)
{
  return adw_action_row_get_subtitle (self->dose_row);
}

GtkListBox *
_scapula_exercise_page_get_steps_list (ScapulaExercisePage *self)
{
  return self->steps_list;
}

GtkListBox *
_scapula_exercise_page_get_cues_list (ScapulaExercisePage *self)
{
  return self->cues_list;
}

GtkListBox *
_scapula_exercise_page_get_mistakes_list (ScapulaExercisePage *self)
{
  return self->mistakes_list;
}

GtkListBox *
_scapula_exercise_page_get_substitutes_list (ScapulaExercisePage *self)
{
  return self->substitutes_list;
}

