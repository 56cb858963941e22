/* scapula-plan-dialogs.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "scapula-plan-dialogs"

#include "config.h"

#include <glib/gi18n.h>

#include "scapula-exercise-filter.h"
#include "scapula-plan-dialogs.h"
#include "scapula-plan-generator.h"
#include "scapula-ui-util.h"
#include "scapula-vocabulary.h"

/* The small dialogs of the Week view: the exercise picker, the week
 * generator and a plan's settings. Each is a modal AdwWindow with Cancel
 * and one action in its header bar, as the HIG asks of dialogs in
 * libadwaita 1.2, which has no dialog widget of its own. */

static AdwWindow *
dialog_new (GtkWindow   *parent,
            const char  *title,
            int          width,
            int          height,
            GtkBox     **content,
            GtkWidget  **header)
{
  AdwWindow *window = g_object_new (ADW_TYPE_WINDOW,
                                    "modal", TRUE,
                                    "transient-for", parent,
                                    "destroy-with-parent", TRUE,
                                    "title", title,
                                    "default-width", width,
                                    "default-height", height,
                                    NULL);
  GtkEventController *keys = gtk_shortcut_controller_new ();

  *content = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 0));
  *header = adw_header_bar_new ();
  gtk_box_append (*content, *header);
  adw_window_set_content (window, GTK_WIDGET (*content));

  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (GTK_WIDGET (window), keys);

  return window;
}

static GtkWidget *
add_header_buttons (AdwWindow  *window,
                    GtkWidget  *header,
                    const char *action_label)
{
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *action = gtk_button_new_with_mnemonic (action_label);

  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), window);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  gtk_widget_add_css_class (action, "suggested-action");
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), action);
  gtk_window_set_default_widget (GTK_WINDOW (window), action);

  return action;
}

static GtkSpinButton *
spin_row_new (AdwPreferencesGroup *group,
              const char          *title,
              const char          *subtitle,
              double               lower,
              double               upper,
              double               step,
              double               value)
{
  return scapula_spin_row_add (group, title, subtitle,
                               gtk_adjustment_new (value, lower, upper, step, step * 5, 0));
}


/* The exercise picker */

typedef struct
{
  ScapulaExercisePicked  callback;
  gpointer               user_data;
  ScapulaExerciseFilter *filter;
  GtkListBox            *list;
  GtkWindow             *window;
} Picker;

static void
picker_free (gpointer data)
{
  Picker *picker = data;

  g_clear_object (&picker->filter);
  g_free (picker);
}

static gboolean
picker_filter (GtkListBoxRow *row,
               gpointer       user_data)
{
  Picker *picker = user_data;
  ScapulaExercise *exercise = g_object_get_data (G_OBJECT (row), "exercise");

  return scapula_exercise_filter_match (picker->filter, exercise);
}

static void
picker_pick (Picker        *picker,
             GtkListBoxRow *row)
{
  ScapulaExercise *exercise = g_object_get_data (G_OBJECT (row), "exercise");

  picker->callback (scapula_exercise_get_slug (exercise), picker->user_data);
  gtk_window_destroy (picker->window);
}

static void
picker_search_changed_cb (GtkSearchEntry *entry,
                          Picker         *picker)
{
  scapula_exercise_filter_set_search_text (picker->filter,
                                           gtk_editable_get_text (GTK_EDITABLE (entry)));
  gtk_list_box_invalidate_filter (picker->list);
}

static void
picker_activate_cb (GtkSearchEntry *entry,
                    Picker         *picker)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (picker->list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_BOX_ROW (child) && gtk_widget_get_child_visible (child) &&
          g_object_get_data (G_OBJECT (child), "exercise") != NULL)
        {
          picker_pick (picker, GTK_LIST_BOX_ROW (child));
          return;
        }
    }
}

static void
picker_row_activated_cb (GtkListBox    *list,
                         GtkListBoxRow *row,
                         Picker        *picker)
{
  picker_pick (picker, row);
}

static gboolean
picker_key_pressed_cb (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       Picker                *picker)
{
  GtkListBoxRow *first;

  if (keyval != GDK_KEY_Down)
    return FALSE;

  /* Down from the search box goes into the list, as in the Exercises view. */
  first = gtk_list_box_get_row_at_y (picker->list, 1);
  if (first != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (first));

  return first != NULL;
}

/**
 * scapula_exercise_picker_new:
 * @day_name: the day the exercise goes to, for the title
 * @callback: called with the chosen exercise's slug
 *
 * A searchable list of the catalog. Type to search by name or alias,
 * Enter takes the first match.
 *
 * Returns: (transfer none): the picker, shown
 */
GtkWindow *
scapula_exercise_picker_new (GtkWindow             *parent,
                             ScapulaCatalog        *catalog,
                             const char            *day_name,
                             ScapulaExercisePicked  callback,
                             gpointer               user_data)
{
  Picker *picker = g_new0 (Picker, 1);
  g_autofree char *title = NULL;
  AdwWindow *window;
  GtkBox *content;
  GtkWidget *header, *search, *scroller, *clamp, *placeholder;
  GtkEventController *keys;

  /* Translators: the exercise picker's title, e.g. "Add to Monday". */
  title = g_strdup_printf (_("Add to %s"), day_name);
  window = dialog_new (parent, title, 440, 620, &content, &header);
  picker->window = GTK_WINDOW (window);
  picker->callback = callback;
  picker->user_data = user_data;
  picker->filter = scapula_exercise_filter_new ();
  g_object_set_data_full (G_OBJECT (window), "picker", picker, picker_free);

  search = gtk_search_entry_new ();
  gtk_search_entry_set_key_capture_widget (GTK_SEARCH_ENTRY (search), GTK_WIDGET (window));
  g_object_set (search, "placeholder-text", _("Search exercises"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (search),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search exercises"),
                                  -1);
  gtk_widget_set_hexpand (search, TRUE);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header),
                                   g_object_new (ADW_TYPE_CLAMP,
                                                 "maximum-size", 320,
                                                 "child", search,
                                                 NULL));
  g_signal_connect (search, "search-changed", G_CALLBACK (picker_search_changed_cb), picker);
  g_signal_connect (search, "activate", G_CALLBACK (picker_activate_cb), picker);
  g_signal_connect_swapped (search, "stop-search", G_CALLBACK (gtk_window_destroy), window);
  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (picker_key_pressed_cb), picker);
  gtk_widget_add_controller (search, keys);

  picker->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (picker->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (picker->list), "boxed-list");
  gtk_widget_set_valign (GTK_WIDGET (picker->list), GTK_ALIGN_START);
  gtk_accessible_update_property (GTK_ACCESSIBLE (picker->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Exercises"),
                                  -1);
  placeholder = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (placeholder), "edit-find-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (placeholder), _("No Matching Exercise"));
  gtk_widget_add_css_class (placeholder, "compact");
  gtk_list_box_set_placeholder (picker->list, placeholder);
  gtk_list_box_set_filter_func (picker->list, picker_filter, picker, NULL);
  g_signal_connect (picker->list, "row-activated", G_CALLBACK (picker_row_activated_cb), picker);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (catalog)); i++)
    {
      g_autoptr(ScapulaExercise) exercise = g_list_model_get_item (G_LIST_MODEL (catalog), i);
      g_autofree char *name = g_markup_escape_text (scapula_exercise_get_name (exercise), -1);
      g_autofree char *summary = scapula_exercise_dup_summary (exercise);
      g_autofree char *subtitle = NULL;
      g_autofree char *escaped = NULL;
      GtkWidget *row = adw_action_row_new ();

      /* Translators: the kind of exercise, then its summary, in the picker. */
      subtitle = g_strdup_printf (_("%s · %s"),
                                  scapula_exercise_kind_get_label (scapula_exercise_get_kind (exercise)),
                                  summary);
      escaped = g_markup_escape_text (subtitle, -1);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "exercise", g_object_ref (exercise), g_object_unref);
      gtk_list_box_append (picker->list, row);
    }

  clamp = g_object_new (ADW_TYPE_CLAMP,
                        "maximum-size", 600,
                        "margin-top", 12,
                        "margin-bottom", 12,
                        "margin-start", 12,
                        "margin-end", 12,
                        "child", picker->list,
                        NULL);
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_box_append (content, scroller);

  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_grab_focus (search);

  return GTK_WINDOW (window);
}


/* The generator */

typedef struct
{
  ScapulaPlanGenerated  callback;
  gpointer              user_data;
  ScapulaCatalog       *catalog;
  GDate                 start;
  AdwComboRow          *equipment;
  AdwComboRow          *level;
  GtkSpinButton        *days;
  GtkSpinButton        *minutes;
  AdwEntryRow          *name;
  GtkWindow            *window;
} Generator;

static void
generator_free (gpointer data)
{
  Generator *generator = data;

  g_clear_object (&generator->catalog);
  g_free (generator);
}

static const char *
preset_label (ScapulaEquipmentPreset preset)
{
  switch (preset)
    {
    case SCAPULA_EQUIPMENT_PRESET_DUMBBELLS: return _("Dumbbells only");
    case SCAPULA_EQUIPMENT_PRESET_HOME:      return _("Home: dumbbells, bands and a pull-up bar");
    case SCAPULA_EQUIPMENT_PRESET_GYM:       return _("Full gym");
    default:
      g_return_val_if_reached ("");
    }
}

static void
generate_clicked_cb (Generator *generator)
{
  ScapulaPlanRequest request = {
    .equipment = adw_combo_row_get_selected (generator->equipment),
    .level = adw_combo_row_get_selected (generator->level) == 0
             ? SCAPULA_LEVEL_BEGINNER : SCAPULA_LEVEL_INTERMEDIATE,
    .days_per_week = gtk_spin_button_get_value_as_int (generator->days),
    .minutes = gtk_spin_button_get_value_as_int (generator->minutes),
    .seed = g_random_int (),
  };
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (generator->name))));
  g_autoptr(ScapulaPlan) plan = NULL;

  if (*name == '\0')
    {
      g_free (name);
      /* Translators: a generated plan's name, e.g. "Dumbbells only, 3 days". */
      name = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %u day", "%s, %u days",
                                           request.days_per_week),
                              preset_label (request.equipment), request.days_per_week);
    }

  plan = scapula_plan_generate (generator->catalog, &request, name, &generator->start);
  generator->callback (plan, generator->user_data);
  gtk_window_destroy (generator->window);
}

/**
 * scapula_generate_dialog_new:
 * @start_date: the first day of the generated block
 * @callback: called with the new plan
 *
 * Asks for equipment, level, days and minutes, and builds the week.
 *
 * Returns: (transfer none): the dialog, shown
 */
GtkWindow *
scapula_generate_dialog_new (GtkWindow            *parent,
                             ScapulaCatalog       *catalog,
                             const GDate          *start_date,
                             ScapulaPlanGenerated  callback,
                             gpointer              user_data)
{
  Generator *generator = g_new0 (Generator, 1);
  const char *presets[] = {
    preset_label (SCAPULA_EQUIPMENT_PRESET_DUMBBELLS),
    preset_label (SCAPULA_EQUIPMENT_PRESET_HOME),
    preset_label (SCAPULA_EQUIPMENT_PRESET_GYM),
    NULL
  };
  const char *levels[] = {
    scapula_level_get_label (SCAPULA_LEVEL_BEGINNER),
    scapula_level_get_label (SCAPULA_LEVEL_INTERMEDIATE),
    NULL
  };
  AdwWindow *window;
  GtkBox *content;
  GtkWidget *header, *generate, *page;
  AdwPreferencesGroup *group, *named;

  window = dialog_new (parent, _("Generate a Week"), 480, 560, &content, &header);
  generate = add_header_buttons (window, header, _("_Generate"));
  generator->window = GTK_WINDOW (window);
  generator->callback = callback;
  generator->user_data = user_data;
  generator->catalog = g_object_ref (catalog);
  generator->start = *start_date;
  g_object_set_data_full (G_OBJECT (window), "generator", generator, generator_free);

  page = adw_preferences_page_new ();
  gtk_widget_set_vexpand (page, TRUE);
  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_description (group,
    _("The week follows the source articles’ advice: two or three back sessions with a rest day between them, "
      "each built from a foundation row, an isolation movement and a heavier finisher, with a warm-up first "
      "and stretches last. The same core exercises stay for a six-week block and rotate between sessions."));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), group);

  generator->equipment = scapula_combo_row_add (group, _("Equipment"), presets, SCAPULA_EQUIPMENT_PRESET_DUMBBELLS);
  generator->level = scapula_combo_row_add (group, _("Level"), levels, 0);
  generator->days = spin_row_new (group, _("Training days per week"),
                                  _("Days beyond three become short mobility days"),
                                  SCAPULA_PLAN_REQUEST_DAYS_MIN, SCAPULA_PLAN_REQUEST_DAYS_MAX, 1,
                                  SCAPULA_PLAN_REQUEST_DAYS_DEFAULT);
  generator->minutes = spin_row_new (group, _("Minutes per session"), NULL,
                                     SCAPULA_PLAN_REQUEST_MINUTES_MIN, SCAPULA_PLAN_REQUEST_MINUTES_MAX, 5, 45);

  named = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), named);
  generator->name = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (generator->name), _("Name (optional)"));
  adw_preferences_group_add (named, GTK_WIDGET (generator->name));

  gtk_box_append (content, page);
  g_signal_connect_swapped (generate, "clicked", G_CALLBACK (generate_clicked_cb), generator);
  adw_entry_row_set_activates_default (generator->name, TRUE);

  gtk_window_present (GTK_WINDOW (window));
  /* The defaults are a good first week: Enter takes them. */
  gtk_widget_grab_focus (generate);

  return GTK_WINDOW (window);
}


/* Plan settings */

typedef struct
{
  ScapulaPlan   *plan;
  AdwEntryRow   *name;
  GtkCalendar   *calendar;
  GtkSpinButton *weeks;
  AdwComboRow   *level;
  GtkLabel      *message;
  GtkWidget     *save;
  GtkWindow     *window;
} Settings;

static void
settings_free (gpointer data)
{
  Settings *settings = data;

  g_clear_object (&settings->plan);
  g_free (settings);
}

static char *
dup_trimmed_name (Settings *settings)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (settings->name))));
}

static void
settings_validate (Settings *settings)
{
  g_autofree char *name = dup_trimmed_name (settings);
  const char *problem = NULL;

  if (*name == '\0')
    problem = _("A plan needs a name.");
  else if (g_utf8_strlen (name, -1) > SCAPULA_PLAN_NAME_MAX)
    problem = _("The name is too long: keep it under 120 characters.");

  gtk_label_set_text (settings->message, problem ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (settings->message), problem != NULL);
  gtk_widget_set_sensitive (settings->save, problem == NULL);
  if (problem != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (settings->name), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (settings->name), "error");
}

static void
settings_save_cb (Settings *settings)
{
  g_autofree char *name = dup_trimmed_name (settings);
  g_autoptr(GDateTime) picked = gtk_calendar_get_date (settings->calendar);
  GDate start;
  static const ScapulaLevel levels[] = {
    SCAPULA_LEVEL_BEGINNER, SCAPULA_LEVEL_INTERMEDIATE, SCAPULA_LEVEL_ADVANCED,
  };

  if (*name == '\0')
    return;

  g_date_clear (&start, 1);
  g_date_set_dmy (&start,
                  g_date_time_get_day_of_month (picked),
                  g_date_time_get_month (picked),
                  g_date_time_get_year (picked));

  /* One change, one save. */
  scapula_plan_freeze_changed (settings->plan);
  scapula_plan_set_name (settings->plan, name);
  scapula_plan_set_start_date (settings->plan, &start);
  scapula_plan_set_block_weeks (settings->plan, gtk_spin_button_get_value_as_int (settings->weeks));
  scapula_plan_set_level (settings->plan, levels[MIN (adw_combo_row_get_selected (settings->level), 2)]);
  scapula_plan_thaw_changed (settings->plan);

  gtk_window_destroy (settings->window);
}

/**
 * scapula_plan_settings_dialog_new:
 *
 * Edits a plan's name, start date, block length and level.
 *
 * Returns: (transfer none): the dialog, shown
 */
GtkWindow *
scapula_plan_settings_dialog_new (GtkWindow   *parent,
                                  ScapulaPlan *plan)
{
  Settings *settings = g_new0 (Settings, 1);
  const GDate *start = scapula_plan_get_start_date (plan);
  const char *levels[] = {
    scapula_level_get_label (SCAPULA_LEVEL_BEGINNER),
    scapula_level_get_label (SCAPULA_LEVEL_INTERMEDIATE),
    scapula_level_get_label (SCAPULA_LEVEL_ADVANCED),
    NULL
  };
  g_autoptr(GDateTime) start_time = NULL;
  AdwWindow *window;
  GtkBox *content;
  GtkWidget *header, *page, *calendar_box;
  AdwPreferencesGroup *group, *when;

  window = dialog_new (parent, _("Plan Settings"), 460, 700, &content, &header);
  settings->save = add_header_buttons (window, header, _("_Save"));
  settings->window = GTK_WINDOW (window);
  settings->plan = g_object_ref (plan);
  g_object_set_data_full (G_OBJECT (window), "settings", settings, settings_free);

  page = adw_preferences_page_new ();
  gtk_widget_set_vexpand (page, TRUE);
  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), group);

  settings->name = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (settings->name), _("Name"));
  gtk_editable_set_text (GTK_EDITABLE (settings->name), scapula_plan_get_name (plan));
  adw_preferences_group_add (group, GTK_WIDGET (settings->name));
  g_signal_connect_swapped (settings->name, "changed", G_CALLBACK (settings_validate), settings);

  settings->level = scapula_combo_row_add (group, _("Level"), levels, scapula_plan_get_level (plan));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (settings->level),
                               _("Beginner plans are held to the beginner rule: two or three easy exercises, one or two sets each"));

  settings->message = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (settings->message, 0);
  gtk_label_set_wrap (settings->message, TRUE);
  gtk_widget_set_margin_top (GTK_WIDGET (settings->message), 12);
  gtk_widget_add_css_class (GTK_WIDGET (settings->message), "error");
  adw_preferences_group_add (group, GTK_WIDGET (settings->message));

  when = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (when, _("Block"));
  adw_preferences_group_set_description (when,
    _("Keep the same core exercises for at least six weeks before changing them; rotate between them inside the block."));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), when);
  settings->weeks = spin_row_new (when, _("Length in weeks"), NULL, 1, SCAPULA_PLAN_BLOCK_MAX, 1,
                                  scapula_plan_get_block_weeks (plan));

  settings->calendar = GTK_CALENDAR (gtk_calendar_new ());
  start_time = g_date_time_new_local (g_date_get_year (start), g_date_get_month (start),
                                      g_date_get_day (start), 12, 0, 0);
  gtk_calendar_select_day (settings->calendar, start_time);
  gtk_accessible_update_property (GTK_ACCESSIBLE (settings->calendar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Start date"),
                                  -1);
  calendar_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_top (calendar_box, 12);
  gtk_box_append (GTK_BOX (calendar_box),
                  g_object_new (GTK_TYPE_LABEL,
                                "label", _("Start date"),
                                "xalign", 0.0f,
                                "css-classes", (const char *[]) { "heading", NULL },
                                NULL));
  gtk_widget_add_css_class (GTK_WIDGET (settings->calendar), "card");
  gtk_box_append (GTK_BOX (calendar_box), GTK_WIDGET (settings->calendar));
  adw_preferences_group_add (when, calendar_box);

  gtk_box_append (content, page);
  g_signal_connect_swapped (settings->save, "clicked", G_CALLBACK (settings_save_cb), settings);

  adw_entry_row_set_activates_default (settings->name, TRUE);
  settings_validate (settings);
  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_grab_focus (GTK_WIDGET (settings->name));

  return GTK_WINDOW (window);
}
