/* scapula-week-view.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "scapula-week-view"

#include "config.h"

#include <glib/gi18n.h>

#include "scapula-history.h"
#include "scapula-item-editor.h"
#include "scapula-plan-checker.h"
#include "scapula-plan-dialogs.h"
#include "scapula-plan-generator.h"
#include "scapula-plan-ics.h"
#include "scapula-plan-print.h"
#include "scapula-progression.h"
#include "scapula-ui-util.h"
#include "scapula-week-view-private.h"
#include "scapula-window.h"

/**
 * ScapulaWeekView:
 *
 * The Week view: the active plan's seven days as columns that wrap into a
 * single list on narrow windows, each with its items; the block ("Week 3
 * of 6"); and the checker's advice, which follows every edit.
 *
 * Edits go straight into the #ScapulaPlan; the plan store saves them and
 * this view redraws from the plan on #ScapulaPlan::changed, once per
 * main-loop turn, so the plan is the only state.
 */

struct _ScapulaWeekView
{
  AdwBin               parent_instance;

  GtkStack            *stack;
  AdwStatusPage       *unavailable_page;
  GtkLabel            *title_label;
  GtkLabel            *block_label;
  GtkFlowBox          *days_box;
  GtkListBox          *checks_list;
  GMenu               *plans_section;

  ScapulaContext      *context;
  ScapulaPlanStore    *store;
  ScapulaPlan         *plan;
  GSimpleActionGroup  *plans_actions;
  GtkListBox          *day_lists[7];   /* by weekday - 1, owned by the flow box */

  /* A deleted plan waits for its toast to go before it is removed, so
   * Undo costs nothing. */
  ScapulaPlan         *pending_delete;
  AdwToast            *delete_toast;

  /* The last removed item, for Undo. */
  ScapulaPlanItem     *removed_item;
  ScapulaPlan         *removed_from;
  guint                removed_weekday;
  guint                removed_position;

  ScapulaPlanItem     *focus_item;
  GDate                today;
  guint                rebuild_source;
  guint                columns_source;
};

G_DEFINE_FINAL_TYPE (ScapulaWeekView, scapula_week_view, ADW_TYPE_BIN)

static void rebuild (ScapulaWeekView *self);
static void refresh (ScapulaWeekView *self);

static ScapulaCatalog *
get_catalog (ScapulaWeekView *self)
{
  return scapula_context_get_catalog (self->context);
}

static GtkWindow *
get_window (ScapulaWeekView *self)
{
  return GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
}

static void
add_toast (ScapulaWeekView *self,
           AdwToast        *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static guint
get_week_start (ScapulaWeekView *self)
{
  return scapula_context_get_week_start (self->context);
}

static char *
dup_exercise_name (ScapulaWeekView *self,
                   const char      *slug)
{
  return scapula_plan_dup_exercise_name (get_catalog (self), NULL, slug);
}

static gboolean
rebuild_cb (gpointer user_data)
{
  ScapulaWeekView *self = user_data;

  self->rebuild_source = 0;
  rebuild (self);

  return G_SOURCE_REMOVE;
}

static void
schedule_rebuild (ScapulaWeekView *self)
{
  if (self->rebuild_source != 0)
    return;

  /* Before the next frame is laid out, after the edit's signal is over:
   * the widget that started the edit may be one this destroys. */
  self->rebuild_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, rebuild_cb, self, NULL);
}

static void
set_plan (ScapulaWeekView *self,
          ScapulaPlan     *plan)
{
  if (self->plan == plan)
    return;

  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_func (self->plan, schedule_rebuild, self);

  g_set_object (&self->plan, plan);

  if (self->plan != NULL)
    g_signal_connect_swapped (self->plan, "changed", G_CALLBACK (schedule_rebuild), self);
}


/* The block */

static char *
format_date (const GDate *date)
{
  char text[128];

  /* Translators: a date as in "Monday 30 November"; see strftime(3). */
  if (g_date_strftime (text, sizeof text, _("%A %-d %B"), date) == 0)
    return g_strdup ("");

  return g_strdup (text);
}

static char *
dup_block_text (ScapulaWeekView *self)
{
  ScapulaPlan *plan = self->plan;
  int week = scapula_plan_get_block_week (plan, &self->today);
  guint weeks = scapula_plan_get_block_weeks (plan);
  GDate end = *scapula_plan_get_start_date (plan);
  g_autofree char *start_text = format_date (scapula_plan_get_start_date (plan));
  g_autofree char *end_text = NULL;

  g_date_add_days (&end, weeks * 7 - 1);
  end_text = format_date (&end);

  if (week == 0)
    /* Translators: e.g. "A 6-week block starting Monday 30 November". */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "A %u-week block starting %s",
                                         "A %u-week block starting %s", weeks),
                            weeks, start_text);

  if ((guint) week > weeks)
    /* Translators: the block is over; the rule asks to keep exercises for
     * six weeks or more before changing them. */
    return g_strdup_printf (_("The block ended on %s. Keep the exercises that work and set a new start date, or generate a new week."),
                            end_text);

  /* Translators: e.g. "Week 3 of 6 · until Sunday 3 January". */
  return g_strdup_printf (_("Week %d of %u · until %s"), week, weeks, end_text);
}


/* Items */

static ScapulaWeightUnit
get_weight_unit (ScapulaWeekView *self)
{
  return scapula_context_get_weight_unit (self->context);
}

/* This week's target for a strength item, from the last session that had
 * its exercise: "This week: 2 × 9 at 12.5 kg". NULL before the first
 * session, when the plan's own range is the target. */
static char *
dup_target_text (ScapulaWeekView *self,
                 ScapulaPlanItem *item)
{
  const ScapulaPrescription *p = scapula_plan_item_get_prescription (item);
  const char *slug = scapula_plan_item_get_exercise (item);
  ScapulaExercise *exercise = scapula_catalog_lookup (get_catalog (self), slug);
  ScapulaDatabase *db = scapula_context_get_database (self->context);
  ScapulaWeightUnit unit = get_weight_unit (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *formatted = NULL;
  ScapulaTarget target;
  gint64 last_started_at = 0;

  if (db == NULL || exercise == NULL ||
      scapula_exercise_get_kind (exercise) != SCAPULA_EXERCISE_KIND_STRENGTH)
    return NULL;

  if (!scapula_history_compute_target (db, exercise, p, unit, G_MAXINT64, &target, &last_started_at, &error))
    {
      g_warning ("Could not read the last sets of %s: %s", slug, error->message);
      return NULL;
    }
  /* The first time, the plan's own numbers say it all. */
  if (last_started_at == 0)
    return NULL;

  formatted = scapula_target_format (&target, unit);

  /* Translators: the target for this week's session, e.g. "This week: 3 × 9 at 12.5 kg". */
  return g_strdup_printf (_("This week: %s"), formatted);
}

static char *
dup_item_details (ScapulaWeekView *self,
                  ScapulaPlanItem *item)
{
  g_autofree char *target = dup_target_text (self, item);
  const ScapulaPrescription *p = scapula_plan_item_get_prescription (item);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *dose = scapula_prescription_format (p);
  g_autofree char *rest = scapula_format_rest (p->rest_seconds);
  ScapulaPlanRole role = scapula_plan_item_get_role (item);

  g_string_append (text, dose);
  /* Warm-up moves and stretches flow into the next one: no "no rest". */
  if (p->rest_seconds > 0)
    {
      g_string_append (text, " · ");
      g_string_append (text, rest);
    }

  if (p->warmup_sets > 0)
    {
      g_string_append (text, " · ");
      g_string_append_printf (text,
                              g_dngettext (GETTEXT_PACKAGE, "%u warm-up set", "%u warm-up sets",
                                           p->warmup_sets),
                              p->warmup_sets);
    }

  if (target != NULL)
    {
      g_string_append_c (text, '\n');
      g_string_append (text, target);
    }

  if (role != SCAPULA_PLAN_ROLE_NONE)
    {
      g_string_append_c (text, '\n');
      g_string_append (text, scapula_plan_role_get_label (role));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
locate_item (ScapulaWeekView *self,
             ScapulaPlanItem *item,
             guint           *weekday,
             guint           *position)
{
  if (self->plan == NULL)
    return FALSE;

  for (guint d = 1; d <= 7; d++)
    {
      if (scapula_plan_day_find (scapula_plan_get_day (self->plan, d), item, position))
        {
          *weekday = d;
          return TRUE;
        }
    }

  return FALSE;
}

static void
edit_item (ScapulaWeekView *self,
           ScapulaPlanItem *item)
{
  const char *slug = scapula_plan_item_get_exercise (item);
  g_autofree char *name = dup_exercise_name (self, slug);

  scapula_item_editor_new (get_window (self), item, name,
                           scapula_catalog_lookup (get_catalog (self), slug));
}

static void
remove_item (ScapulaWeekView *self,
             ScapulaPlanItem *item)
{
  g_autofree char *name = dup_exercise_name (self, scapula_plan_item_get_exercise (item));
  g_autofree char *title = NULL;
  AdwToast *toast;
  guint weekday, position;

  if (!locate_item (self, item, &weekday, &position))
    return;

  /* Focus moves on to the neighbour, so Delete can be pressed again. */
  {
    ScapulaPlanDay *day = scapula_plan_get_day (self->plan, weekday);
    guint n = scapula_plan_day_get_n_items (day);

    if (position + 1 < n)
      g_set_object (&self->focus_item, scapula_plan_day_get_item (day, position + 1));
    else if (position > 0)
      g_set_object (&self->focus_item, scapula_plan_day_get_item (day, position - 1));
  }

  g_clear_object (&self->removed_item);
  self->removed_item = scapula_plan_day_remove (scapula_plan_get_day (self->plan, weekday), position);
  g_set_object (&self->removed_from, self->plan);
  self->removed_weekday = weekday;
  self->removed_position = position;

  /* Translators: a toast after removing an exercise from a day. */
  title = g_strdup_printf (_("Removed “%s” from %s"), name, scapula_weekday_get_name (weekday));
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "week.undo-remove");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  add_toast (self, toast);
}

static void
undo_remove_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ScapulaWeekView *self = SCAPULA_WEEK_VIEW (widget);
  g_autoptr(ScapulaPlanItem) item = g_steal_pointer (&self->removed_item);
  g_autoptr(ScapulaPlan) plan = g_steal_pointer (&self->removed_from);

  if (item == NULL || plan == NULL)
    return;

  scapula_plan_day_insert (scapula_plan_get_day (plan, self->removed_weekday),
                           self->removed_position, item);
  g_set_object (&self->focus_item, item);
}

static void
move_item_to (ScapulaWeekView *self,
              ScapulaPlanItem *item,
              guint            to_weekday,
              int              to_position)
{
  guint weekday, position;

  if (!locate_item (self, item, &weekday, &position))
    return;

  if (to_position < 0)
    to_position = scapula_plan_day_get_n_items (scapula_plan_get_day (self->plan, to_weekday));

  g_set_object (&self->focus_item, item);
  scapula_plan_move_item (self->plan, weekday, position, to_weekday, to_position);
}

static void
item_action_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  ScapulaPlanItem *item = user_data;
  ScapulaWeekView *self = g_object_get_data (G_OBJECT (action), "week-view");
  const char *name = g_action_get_name (G_ACTION (action));
  guint weekday, position;

  if (!locate_item (self, item, &weekday, &position))
    return;

  if (g_str_equal (name, "edit"))
    edit_item (self, item);
  else if (g_str_equal (name, "remove"))
    remove_item (self, item);
  else if (g_str_equal (name, "up") && position > 0)
    move_item_to (self, item, weekday, position - 1);
  else if (g_str_equal (name, "down"))
    move_item_to (self, item, weekday, position + 2);
  else if (g_str_equal (name, "move-to"))
    move_item_to (self, item, g_variant_get_uint32 (parameter), -1);
}

/* The six other days, each activating @action with its weekday. */
static GMenu *
build_other_days_menu (guint       weekday,
                       const char *action)
{
  GMenu *days = g_menu_new ();

  for (guint d = 1; d <= 7; d++)
    {
      g_autoptr(GMenuItem) entry = NULL;

      if (d == weekday)
        continue;
      entry = g_menu_item_new (scapula_weekday_get_name (d), NULL);
      g_menu_item_set_action_and_target (entry, action, "u", d);
      g_menu_append_item (days, entry);
    }

  return days;
}

static GMenuModel *
build_item_menu (guint weekday)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) edit = g_menu_new ();
  g_autoptr(GMenu) move = g_menu_new ();
  g_autoptr(GMenu) days = NULL;
  g_autoptr(GMenu) remove = g_menu_new ();

  g_menu_append (edit, _("_Edit…"), "item.edit");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (edit));

  g_menu_append (move, _("Move _Up"), "item.up");
  g_menu_append (move, _("Move _Down"), "item.down");
  days = build_other_days_menu (weekday, "item.move-to");
  g_menu_append_submenu (move, _("Move _To"), G_MENU_MODEL (days));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (move));

  g_menu_append (remove, _("_Remove"), "item.remove");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (remove));

  return G_MENU_MODEL (menu);
}

/* Menus are built on first use: a popover per row made up front costs more
 * than everything else a rebuild of the week does. */
typedef GMenuModel *(*MenuBuilder) (guint weekday);

static void
create_menu_cb (GtkMenuButton *button,
                gpointer       user_data)
{
  MenuBuilder builder = (MenuBuilder) user_data;
  guint weekday = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "weekday"));
  g_autoptr(GMenuModel) menu = builder (weekday);

  gtk_menu_button_set_menu_model (button, menu);
}

static void
set_lazy_menu (GtkWidget   *button,
               MenuBuilder  builder,
               guint        weekday)
{
  g_object_set_data (G_OBJECT (button), "weekday", GUINT_TO_POINTER (weekday));
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (button), create_menu_cb,
                                         (gpointer) builder, NULL);
}

static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 GtkWidget     *row)
{
  ScapulaPlanItem *item = g_object_get_data (G_OBJECT (row), "plan-item");
  g_autoptr(GdkPaintable) icon = gtk_widget_paintable_new (row);

  gtk_drag_source_set_icon (source, icon, (int) x, (int) y);

  return gdk_content_provider_new_typed (SCAPULA_TYPE_PLAN_ITEM, item);
}

static gboolean
popup_menu_cb (GtkWidget *widget,
               GVariant  *args,
               gpointer   user_data)
{
  gtk_menu_button_popup (GTK_MENU_BUTTON (user_data));
  return TRUE;
}

static void
add_row_shortcut (GtkEventController *controller,
                  const char         *trigger,
                  GtkShortcutAction  *action)
{
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string (trigger),
                                                          action));
}

static GtkWidget *
build_item_row (ScapulaWeekView *self,
                guint            weekday,
                guint            position,
                guint            n_items,
                ScapulaPlanItem *item)
{
  static const GActionEntry entries[] = {
    { .name = "edit" },
    { .name = "remove" },
    { .name = "up" },
    { .name = "down" },
    { .name = "move-to", .parameter_type = "u" },
  };
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autofree char *name = dup_exercise_name (self, scapula_plan_item_get_exercise (item));
  g_autofree char *escaped = g_markup_escape_text (name, -1);
  g_autofree char *details = dup_item_details (self, item);
  g_autofree char *escaped_details = g_markup_escape_text (details, -1);
  g_autofree char *menu_label = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button;
  GtkDragSource *drag;
  GtkEventController *shortcuts;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped_details);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "plan-item", g_object_ref (item), g_object_unref);
  gtk_widget_set_tooltip_text (row, _("Drag to move; activate to edit"));

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      g_autoptr(GSimpleAction) action =
        g_simple_action_new (entries[i].name,
                             entries[i].parameter_type ? G_VARIANT_TYPE (entries[i].parameter_type) : NULL);

      g_object_set_data (G_OBJECT (action), "week-view", self);
      g_signal_connect_object (action, "activate", G_CALLBACK (item_action_cb), item, 0);
      g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
    }
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (group), "up")),
                               position > 0);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (group), "down")),
                               position + 1 < n_items);
  gtk_widget_insert_action_group (row, "item", G_ACTION_GROUP (group));

  button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  set_lazy_menu (button, build_item_menu, weekday);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  /* Translators: the accessible name of an exercise's menu button. */
  menu_label = g_strdup_printf (_("Options for %s"), name);
  gtk_widget_set_tooltip_text (button, _("Options"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, menu_label,
                                  -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  /* The keyboard way to do what the mouse does with drag and drop. */
  shortcuts = gtk_shortcut_controller_new ();
  add_row_shortcut (shortcuts, "<Alt>Up", gtk_named_action_new ("item.up"));
  add_row_shortcut (shortcuts, "<Alt>Down", gtk_named_action_new ("item.down"));
  add_row_shortcut (shortcuts, "Delete", gtk_named_action_new ("item.remove"));
  add_row_shortcut (shortcuts, "Menu|<Shift>F10",
                    gtk_callback_action_new (popup_menu_cb, button, NULL));
  gtk_widget_add_controller (row, shortcuts);

  drag = gtk_drag_source_new ();
  gtk_drag_source_set_actions (drag, GDK_ACTION_MOVE);
  g_signal_connect (drag, "prepare", G_CALLBACK (drag_prepare_cb), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (drag));

  return row;
}

static void
item_row_activated_cb (ScapulaWeekView *self,
                       GtkListBoxRow   *row)
{
  ScapulaPlanItem *item = g_object_get_data (G_OBJECT (row), "plan-item");

  if (item != NULL)
    edit_item (self, item);
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         gpointer       user_data)
{
  ScapulaWeekView *self = user_data;
  GtkListBox *list = GTK_LIST_BOX (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target)));
  ScapulaPlanItem *item = g_value_get_object (value);
  guint weekday = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (list), "weekday"));
  GtkListBoxRow *row = gtk_list_box_get_row_at_y (list, (int) y);
  int position = -1;

  if (row != NULL && g_object_get_data (G_OBJECT (row), "plan-item") != NULL)
    {
      graphene_rect_t bounds;

      position = gtk_list_box_row_get_index (row);
      if (gtk_widget_compute_bounds (GTK_WIDGET (row), GTK_WIDGET (list), &bounds) &&
          y > bounds.origin.y + bounds.size.height / 2)
        position++;
    }

  move_item_to (self, item, weekday, position);
  return TRUE;
}


/* Days */

/* A day column asks for its minimum width as its natural width too, so the
 * flow box fits as many columns as their minimum allows (all seven on a
 * wide window) instead of as many as the longest exercise name wants. */
static GtkSizeRequestMode
day_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
day_measure (GtkWidget      *widget,
             GtkOrientation  orientation,
             int             for_size,
             int            *minimum,
             int            *natural,
             int            *minimum_baseline,
             int            *natural_baseline)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);

  gtk_widget_measure (child, orientation, for_size, minimum, natural, NULL, NULL);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *natural = *minimum;
}

static void
day_allocate (GtkWidget *widget,
              int        width,
              int        height,
              int        baseline)
{
  gtk_widget_allocate (gtk_widget_get_first_child (widget), width, height, baseline, NULL);
}

static void
add_exercise_cb (const char *slug,
                 gpointer    user_data)
{
  ScapulaWeekView *self = SCAPULA_WEEK_VIEW (user_data);
  guint weekday = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (self), "adding-to"));
  ScapulaExercise *exercise = scapula_catalog_lookup (get_catalog (self), slug);
  g_autoptr(ScapulaPlanItem) item = NULL;
  ScapulaPrescription p;
  ScapulaPlanDay *day;

  if (self->plan == NULL || exercise == NULL || weekday == 0)
    return;

  scapula_prescription_init_for_exercise (&p, exercise, scapula_plan_get_level (self->plan));
  item = scapula_plan_item_new (slug, &p);
  day = scapula_plan_get_day (self->plan, weekday);

  g_set_object (&self->focus_item, item);
  scapula_plan_freeze_changed (self->plan);
  scapula_plan_day_set_training (day, TRUE);
  scapula_plan_day_append (day, item);
  scapula_plan_thaw_changed (self->plan);
}

static void
day_action_cb (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  ScapulaWeekView *self = user_data;
  guint weekday = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (action), "weekday"));
  const char *name = g_action_get_name (G_ACTION (action));
  ScapulaPlanDay *day;

  if (self->plan == NULL)
    return;

  day = scapula_plan_get_day (self->plan, weekday);

  if (g_str_equal (name, "add"))
    {
      g_object_set_data (G_OBJECT (self), "adding-to", GUINT_TO_POINTER (weekday));
      scapula_exercise_picker_new (get_window (self), get_catalog (self),
                                   scapula_weekday_get_name (weekday),
                                   add_exercise_cb, self);
    }
  else if (g_str_equal (name, "training"))
    scapula_plan_day_set_training (day, !scapula_plan_day_get_training (day));
  else if (g_str_equal (name, "copy-to"))
    scapula_plan_copy_day (self->plan, weekday, g_variant_get_uint32 (parameter));
  else if (g_str_equal (name, "clear"))
    {
      scapula_plan_freeze_changed (self->plan);
      scapula_plan_day_remove_all (day);
      scapula_plan_day_set_training (day, FALSE);
      scapula_plan_thaw_changed (self->plan);
    }
}

static GMenuModel *
build_day_menu (guint weekday)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) first = g_menu_new ();
  g_autoptr(GMenu) days = NULL;
  g_autoptr(GMenu) last = g_menu_new ();

  g_menu_append (first, _("_Training Day"), "day.training");
  g_menu_append (first, _("_Add Exercise…"), "day.add");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (first));

  days = build_other_days_menu (weekday, "day.copy-to");
  g_menu_append_submenu (last, _("_Copy Day To"), G_MENU_MODEL (days));
  g_menu_append (last, _("C_lear Day"), "day.clear");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (last));

  return G_MENU_MODEL (menu);
}

static GtkWidget *
build_day (ScapulaWeekView *self,
           ScapulaPlanDay  *day)
{
  guint weekday = scapula_plan_day_get_weekday (day);
  const char *day_name = scapula_weekday_get_name (weekday);
  gboolean training = scapula_plan_day_get_training (day);
  guint n_items = scapula_plan_day_get_n_items (day);
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autofree char *menu_label = NULL;
  g_autofree char *add_label = NULL;
  GtkWidget *box, *header, *titles, *label, *button, *list, *add, *add_content, *add_text, *content;
  GtkDropTarget *drop;
  static const char * const names[] = { "add", "copy-to", "clear" };

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_size_request (box, 140, -1);
  gtk_widget_set_margin_start (box, 3);
  gtk_widget_set_margin_end (box, 3);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GSimpleAction) action =
        g_simple_action_new (names[i], g_str_equal (names[i], "copy-to") ? G_VARIANT_TYPE_UINT32 : NULL);

      g_object_set_data (G_OBJECT (action), "weekday", GUINT_TO_POINTER (weekday));
      g_signal_connect_object (action, "activate", G_CALLBACK (day_action_cb), self, 0);
      g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
    }
  {
    g_autoptr(GSimpleAction) action =
      g_simple_action_new_stateful ("training", NULL, g_variant_new_boolean (training));

    g_object_set_data (G_OBJECT (action), "weekday", GUINT_TO_POINTER (weekday));
    g_signal_connect_object (action, "activate", G_CALLBACK (day_action_cb), self, 0);
    g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
  }
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (group), "clear")),
                               training || n_items > 0);
  gtk_widget_insert_action_group (box, "day", G_ACTION_GROUP (group));

  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_margin_start (header, 6);
  titles = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_hexpand (titles, TRUE);
  gtk_widget_set_valign (titles, GTK_ALIGN_CENTER);
  label = gtk_label_new (day_name);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (label, "heading");
  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, 3,
                                  -1);
  gtk_box_append (GTK_BOX (titles), label);
  gtk_box_append (GTK_BOX (header), titles);

  if (training && n_items > 0)
    {
      guint minutes = scapula_plan_day_estimate_minutes (day);
      /* Translators: a session's estimated length, e.g. "≈ 45 min". */
      g_autofree char *text = g_strdup_printf (_("≈ %u min"), minutes);
      GtkWidget *estimate = gtk_label_new (text);

      gtk_label_set_xalign (GTK_LABEL (estimate), 0);
      gtk_widget_add_css_class (estimate, "dim-label");
      gtk_widget_add_css_class (estimate, "caption");
      gtk_widget_set_tooltip_text (estimate, _("Estimated time, with warm-up sets and rests"));
      gtk_box_append (GTK_BOX (titles), estimate);
    }

  button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  set_lazy_menu (button, build_day_menu, weekday);
  gtk_widget_add_css_class (button, "flat");
  /* Translators: the accessible name of a day's menu button, e.g. "Monday Options". */
  menu_label = g_strdup_printf (_("%s Options"), day_name);
  gtk_widget_set_tooltip_text (button, menu_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, menu_label,
                                  -1);
  gtk_box_append (GTK_BOX (header), button);
  gtk_box_append (GTK_BOX (box), header);

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, day_name,
                                  -1);
  g_object_set_data (G_OBJECT (list), "weekday", GUINT_TO_POINTER (weekday));
  g_signal_connect_object (list, "row-activated", G_CALLBACK (item_row_activated_cb), self, G_CONNECT_SWAPPED);

  for (guint i = 0; i < n_items; i++)
    gtk_list_box_append (GTK_LIST_BOX (list),
                         build_item_row (self, weekday, i, n_items, scapula_plan_day_get_item (day, i)));

  if (n_items == 0)
    {
      content = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (content),
                                     training ? _("Nothing planned yet") : _("Rest day"));
      gtk_widget_add_css_class (content, "dim-label");
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (content), FALSE);
      gtk_list_box_append (GTK_LIST_BOX (list), content);
    }

  drop = gtk_drop_target_new (SCAPULA_TYPE_PLAN_ITEM, GDK_ACTION_MOVE);
  g_signal_connect (drop, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (list, GTK_EVENT_CONTROLLER (drop));
  gtk_box_append (GTK_BOX (box), list);
  self->day_lists[weekday - 1] = GTK_LIST_BOX (list);

  /* Not an AdwButtonContent: its label cannot shrink, and the button
   * would set the narrowest a day column can be. */
  add = gtk_button_new ();
  add_content = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (add_content), gtk_image_new_from_icon_name ("list-add-symbolic"));
  add_text = gtk_label_new (_("Add Exercise"));
  gtk_label_set_ellipsize (GTK_LABEL (add_text), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (add_content), add_text);
  gtk_button_set_child (GTK_BUTTON (add), add_content);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "day.add");
  gtk_widget_add_css_class (add, "flat");
  gtk_widget_set_halign (add, GTK_ALIGN_START);
  /* Translators: e.g. "Add an exercise to Monday". */
  add_label = g_strdup_printf (_("Add an exercise to %s"), day_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (add),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, add_label,
                                  -1);
  gtk_box_append (GTK_BOX (box), add);

  return box;
}


/* Checks */

static void
rebuild_checks (ScapulaWeekView *self)
{
  g_autoptr(GPtrArray) issues = scapula_plan_check (self->plan, get_catalog (self));
  GtkWidget *row, *icon;

  scapula_list_box_remove_all (self->checks_list);

  if (issues->len == 0)
    {
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("This week follows every rule"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   _("Session size and order, rotation, variety, rest days, warm-up, cool-down and progression all look right."));
      icon = gtk_image_new_from_icon_name ("object-select-symbolic");
      gtk_widget_add_css_class (icon, "success");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      gtk_list_box_append (self->checks_list, row);
      return;
    }

  for (guint i = 0; i < issues->len; i++)
    {
      const ScapulaPlanIssue *issue = g_ptr_array_index (issues, i);
      const char *source = scapula_catalog_get_source_title (get_catalog (self), issue->source);
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      g_autofree char *escaped_title = NULL;
      g_autofree char *escaped_subtitle = NULL;

      if (issue->weekday != 0)
        /* Translators: an advice title for one day, e.g. "Monday: Warm up first". */
        title = g_strdup_printf (_("%s: %s"), scapula_weekday_get_name (issue->weekday),
                                 scapula_plan_rule_get_title (issue->rule));
      else
        title = g_strdup (scapula_plan_rule_get_title (issue->rule));

      if (source != NULL)
        /* Translators: advice, then the article it comes from. */
        subtitle = g_strdup_printf (_("%s From “%s”."), issue->message, source);
      else
        subtitle = g_strdup (issue->message);

      escaped_title = g_markup_escape_text (title, -1);
      escaped_subtitle = g_markup_escape_text (subtitle, -1);

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped_title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped_subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
      gtk_widget_add_css_class (icon, "warning");
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Warning"),
                                      -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      gtk_list_box_append (self->checks_list, row);
    }
}


/* The plan menu's list of plans */

static void
rebuild_plans_menu (ScapulaWeekView *self)
{
  GListModel *plans = G_LIST_MODEL (self->store);
  GAction *activate = g_action_map_lookup_action (G_ACTION_MAP (self->plans_actions), "activate");

  g_menu_remove_all (self->plans_section);

  for (guint i = 0; i < g_list_model_get_n_items (plans); i++)
    {
      g_autoptr(ScapulaPlan) plan = g_list_model_get_item (plans, i);
      g_autoptr(GMenuItem) entry = NULL;

      if (plan == self->pending_delete)
        continue;

      entry = g_menu_item_new (scapula_plan_get_name (plan), NULL);
      g_menu_item_set_action_and_target (entry, "plans.activate", "x", scapula_plan_get_id (plan));
      g_menu_append_item (self->plans_section, entry);
    }

  g_simple_action_set_state (G_SIMPLE_ACTION (activate),
                             g_variant_new_int64 (self->plan ? scapula_plan_get_id (self->plan) : 0));
}

static void
activate_plan_cb (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  ScapulaWeekView *self = user_data;
  gint64 id = g_variant_get_int64 (parameter);
  GListModel *plans = G_LIST_MODEL (self->store);

  for (guint i = 0; i < g_list_model_get_n_items (plans); i++)
    {
      g_autoptr(ScapulaPlan) plan = g_list_model_get_item (plans, i);
      g_autoptr(GError) error = NULL;

      if (scapula_plan_get_id (plan) != id)
        continue;

      if (!scapula_plan_store_set_active (self->store, plan, &error))
        add_toast (self, adw_toast_new (error->message));
      return;
    }
}


/* Rebuilding */

static void
focus_item_row (ScapulaWeekView *self)
{
  g_autoptr(ScapulaPlanItem) item = g_steal_pointer (&self->focus_item);
  guint weekday, position;
  GtkListBoxRow *row;

  if (item == NULL || !locate_item (self, item, &weekday, &position))
    return;

  row = gtk_list_box_get_row_at_index (self->day_lists[weekday - 1], position);
  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
rebuild (ScapulaWeekView *self)
{
  guint week_start;
  g_autofree char *block = NULL;
  GtkWidget *child;

  gint64 begin = g_get_monotonic_time ();

  if (self->plan == NULL)
    return;

  week_start = get_week_start (self);
  block = dup_block_text (self);
  gtk_label_set_text (self->title_label, scapula_plan_get_name (self->plan));
  gtk_label_set_text (self->block_label, block);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->days_box))) != NULL)
    gtk_flow_box_remove (self->days_box, child);
  memset (self->day_lists, 0, sizeof self->day_lists);

  for (guint i = 0; i < 7; i++)
    {
      guint weekday = (week_start - 1 + i) % 7 + 1;
      GtkWidget *day = build_day (self, scapula_plan_get_day (self->plan, weekday));
      GtkWidget *frame = adw_bin_new ();

      gtk_widget_set_layout_manager (frame, gtk_custom_layout_new (day_request_mode, day_measure, day_allocate));
      adw_bin_set_child (ADW_BIN (frame), day);
      gtk_flow_box_append (self->days_box, frame);
      /* The flow box child is only a frame around the day: let focus go
       * straight to the rows and buttons. */
      gtk_widget_set_focusable (gtk_widget_get_parent (frame), FALSE);
    }

  rebuild_checks (self);
  rebuild_plans_menu (self);
  focus_item_row (self);

  g_debug ("Rebuilt the week in %.1f ms", (g_get_monotonic_time () - begin) / 1000.0);
}

static void
update_actions (ScapulaWeekView *self)
{
  gboolean has_plan = self->plan != NULL;
  gboolean has_store = self->store != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "week.generate", has_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "week.new", has_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "week.settings", has_plan);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "week.delete", has_plan);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "week.export-calendar", has_plan);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "week.print", has_plan);
}

static void
refresh (ScapulaWeekView *self)
{
  ScapulaPlan *shown = NULL;

  if (self->store == NULL)
    {
      const GError *error = scapula_context_get_plan_error (self->context);

      set_plan (self, NULL);
      if (error != NULL)
        {
          adw_status_page_set_description (self->unavailable_page, error->message);
          gtk_stack_set_visible_child_name (self->stack, "unavailable");
        }
      else
        gtk_stack_set_visible_child_name (self->stack, "loading");
      update_actions (self);
      return;
    }

  shown = scapula_plan_store_get_active (self->store);
  if (shown == NULL || shown == self->pending_delete)
    {
      GListModel *plans = G_LIST_MODEL (self->store);

      shown = NULL;
      for (guint i = 0; i < g_list_model_get_n_items (plans) && shown == NULL; i++)
        {
          g_autoptr(ScapulaPlan) plan = g_list_model_get_item (plans, i);

          if (plan != self->pending_delete)
            shown = plan;
        }
    }

  set_plan (self, shown);
  update_actions (self);

  if (self->plan == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  g_clear_handle_id (&self->rebuild_source, g_source_remove);
  rebuild (self);
  gtk_stack_set_visible_child_name (self->stack, "plan");
}

static void
set_store (ScapulaWeekView *self)
{
  ScapulaPlanStore *store = scapula_context_get_plan_store (self->context);

  if (self->store != store)
    {
      if (self->store != NULL)
        g_signal_handlers_disconnect_by_func (self->store, refresh, self);
      g_set_object (&self->store, store);
      if (self->store != NULL)
        g_signal_connect_object (self->store, "items-changed", G_CALLBACK (refresh), self,
                                 G_CONNECT_SWAPPED);
    }

  refresh (self);
}


/* Plan actions */

static GDate
this_week_start (ScapulaWeekView *self)
{
  GDate start = self->today;
  guint week_start = get_week_start (self);
  guint weekday = g_date_get_weekday (&start);   /* 1 Monday … 7 Sunday */

  g_date_subtract_days (&start, (weekday - week_start + 7) % 7);
  return start;
}

static void
add_plan (ScapulaWeekView *self,
          ScapulaPlan     *plan)
{
  g_autoptr(GError) error = NULL;

  if (!scapula_plan_store_add (self->store, plan, &error) ||
      !scapula_plan_store_set_active (self->store, plan, &error))
    {
      add_toast (self, adw_toast_new (error->message));
      return;
    }
}

static void
generated_cb (ScapulaPlan *plan,
              gpointer     user_data)
{
  add_plan (SCAPULA_WEEK_VIEW (user_data), plan);
}

static void
generate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  ScapulaWeekView *self = SCAPULA_WEEK_VIEW (widget);
  GDate start = this_week_start (self);

  scapula_generate_dialog_new (get_window (self), get_catalog (self), &start, generated_cb, self);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  ScapulaWeekView *self = SCAPULA_WEEK_VIEW (widget);
  GDate start = this_week_start (self);
  g_autoptr(ScapulaPlan) plan = scapula_plan_new (_("My Week"), &start);

  add_plan (self, plan);
}

static void
settings_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  ScapulaWeekView *self = SCAPULA_WEEK_VIEW (widget);

  if (self->plan != NULL)
    scapula_plan_settings_dialog_new (get_window (self), self->plan);
}

static void
delete_toast_dismissed_cb (ScapulaWeekView *self)
{
  g_autoptr(ScapulaPlan) plan = g_steal_pointer (&self->pending_delete);
  g_autoptr(GError) error = NULL;
  gboolean was_active;

  self->delete_toast = NULL;
  if (plan == NULL || self->store == NULL)
    return;

  was_active = scapula_plan_get_active (plan);
  if (!scapula_plan_store_remove (self->store, plan, &error))
    {
      add_toast (self, adw_toast_new (error->message));
      refresh (self);
      return;
    }

  if (was_active && self->plan != NULL &&
      !scapula_plan_store_set_active (self->store, self->plan, &error))
    add_toast (self, adw_toast_new (error->message));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ScapulaWeekView *self = SCAPULA_WEEK_VIEW (widget);
  g_autofree char *title = NULL;

  if (self->plan == NULL)
    return;

  /* A second delete while the first toast is up makes the first final. */
  if (self->delete_toast != NULL)
    adw_toast_dismiss (self->delete_toast);

  self->pending_delete = g_object_ref (self->plan);
  /* Translators: a toast after deleting a plan. */
  title = g_strdup_printf (_("Deleted “%s”"), scapula_plan_get_name (self->plan));
  self->delete_toast = adw_toast_new (title);
  adw_toast_set_button_label (self->delete_toast, _("_Undo"));
  adw_toast_set_action_name (self->delete_toast, "week.undo-delete");
  adw_toast_set_priority (self->delete_toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (self->delete_toast, "dismissed",
                           G_CALLBACK (delete_toast_dismissed_cb), self, G_CONNECT_SWAPPED);
  add_toast (self, self->delete_toast);

  refresh (self);
}

static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ScapulaWeekView *self = SCAPULA_WEEK_VIEW (widget);
  g_autoptr(ScapulaPlan) plan = g_steal_pointer (&self->pending_delete);

  if (plan == NULL)
    return;

  if (!scapula_plan_get_active (plan))
    scapula_plan_store_set_active (self->store, plan, NULL);
  refresh (self);
}

static void
calendar_saved_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(ScapulaWeekView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  if (!g_file_replace_contents_finish (G_FILE (object), result, NULL, &error))
    /* Translators: a toast when the calendar file could not be written. */
    title = g_strdup_printf (_("Could not save the calendar file: %s"), error->message);
  else
    {
      g_autofree char *name = g_file_get_basename (G_FILE (object));

      /* Translators: a toast after exporting; the file can be opened in a calendar app. */
      title = g_strdup_printf (_("Saved “%s”. Open it with your calendar app to add the sessions."), name);
    }

  add_toast (self, adw_toast_new (title));
}

static void
calendar_chooser_cb (GtkNativeDialog *chooser,
                     int              response,
                     gpointer         user_data)
{
  ScapulaWeekView *self = user_data;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GBytes) bytes = NULL;
  char *ics;

  if (response == GTK_RESPONSE_ACCEPT && self->plan != NULL)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      now = g_date_time_new_now_utc ();
      ics = scapula_plan_to_ics (self->plan, get_catalog (self), now);
      bytes = g_bytes_new_take (ics, strlen (ics));
      g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                           NULL, calendar_saved_cb, g_object_ref (self));
    }

  g_object_unref (chooser);
}

static void
export_calendar_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  ScapulaWeekView *self = SCAPULA_WEEK_VIEW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  if (self->plan == NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Add to Calendar"), get_window (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("Calendar files"));
  gtk_file_filter_add_mime_type (filter, "text/calendar");
  gtk_file_filter_add_suffix (filter, "ics");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  name = g_strdup_printf ("%s.ics", scapula_plan_get_name (self->plan));
  g_strdelimit (name, "/", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (calendar_chooser_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  ScapulaWeekView *self = SCAPULA_WEEK_VIEW (widget);

  if (self->plan != NULL)
    scapula_plan_print (self->plan, get_catalog (self), get_week_start (self), get_window (self));
}


/* Narrow windows get one day under the other, as a list, rather than two
 * cramped columns: below this width the flow box holds one day per line. */
#define LIST_LAYOUT_WIDTH 560

static gboolean
apply_columns_cb (gpointer user_data)
{
  ScapulaWeekView *self = user_data;
  guint columns = gtk_widget_get_width (GTK_WIDGET (self)) < LIST_LAYOUT_WIDTH ? 1 : 7;

  self->columns_source = 0;
  gtk_flow_box_set_max_children_per_line (self->days_box, columns);

  return G_SOURCE_REMOVE;
}

static void
view_measure (GtkWidget      *widget,
              GtkOrientation  orientation,
              int             for_size,
              int            *minimum,
              int            *natural,
              int            *minimum_baseline,
              int            *natural_baseline)
{
  gtk_widget_measure (gtk_widget_get_first_child (widget), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

/* The view's own layout: its one child fills it, and the width decides
 * between columns and a list. */
static void
view_allocate (GtkWidget *widget,
               int        width,
               int        height,
               int        baseline)
{
  ScapulaWeekView *self = SCAPULA_WEEK_VIEW (widget);
  guint columns = width < LIST_LAYOUT_WIDTH ? 1 : 7;

  gtk_widget_allocate (gtk_widget_get_first_child (widget), width, height, baseline, NULL);

  /* Changing the layout while it is being allocated would be ignored: do
   * it before the next frame. */
  if ((guint) gtk_flow_box_get_max_children_per_line (self->days_box) != columns && self->columns_source == 0)
    self->columns_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, apply_columns_cb, self, NULL);
}


/* GObject */

static void
scapula_week_view_dispose (GObject *object)
{
  ScapulaWeekView *self = SCAPULA_WEEK_VIEW (object);

  g_clear_handle_id (&self->rebuild_source, g_source_remove);
  g_clear_handle_id (&self->columns_source, g_source_remove);
  set_plan (self, NULL);
  g_clear_object (&self->store);
  g_clear_object (&self->pending_delete);
  g_clear_object (&self->removed_item);
  g_clear_object (&self->removed_from);
  g_clear_object (&self->focus_item);
  g_clear_object (&self->plans_actions);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (scapula_week_view_parent_class)->dispose (object);
}

static void
scapula_week_view_class_init (ScapulaWeekViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = scapula_week_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/scapula/Scapula/ui/scapula-week-view.ui");
  gtk_widget_class_bind_template_child (widget_class, ScapulaWeekView, stack);
  gtk_widget_class_bind_template_child (widget_class, ScapulaWeekView, unavailable_page);
  gtk_widget_class_bind_template_child (widget_class, ScapulaWeekView, title_label);
  gtk_widget_class_bind_template_child (widget_class, ScapulaWeekView, block_label);
  gtk_widget_class_bind_template_child (widget_class, ScapulaWeekView, days_box);
  gtk_widget_class_bind_template_child (widget_class, ScapulaWeekView, checks_list);
  gtk_widget_class_bind_template_child (widget_class, ScapulaWeekView, plans_section);

  gtk_widget_class_install_action (widget_class, "week.generate", NULL, generate_action);
  gtk_widget_class_install_action (widget_class, "week.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "week.settings", NULL, settings_action);
  gtk_widget_class_install_action (widget_class, "week.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "week.undo-delete", NULL, undo_delete_action);
  gtk_widget_class_install_action (widget_class, "week.undo-remove", NULL, undo_remove_action);
  gtk_widget_class_install_action (widget_class, "week.export-calendar", NULL, export_calendar_action);
  gtk_widget_class_install_action (widget_class, "week.print", NULL, print_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "week.print", NULL);
}

static void
scapula_week_view_init (ScapulaWeekView *self)
{
  g_autoptr(GSimpleAction) activate = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_layout_manager (GTK_WIDGET (self), gtk_custom_layout_new (NULL, view_measure, view_allocate));

  g_date_clear (&self->today, 1);
  g_date_set_time_t (&self->today, time (NULL));

  self->plans_actions = g_simple_action_group_new ();
  activate = g_simple_action_new_stateful ("activate", G_VARIANT_TYPE_INT64, g_variant_new_int64 (0));
  g_signal_connect_object (activate, "activate", G_CALLBACK (activate_plan_cb), self, 0);
  g_action_map_add_action (G_ACTION_MAP (self->plans_actions), G_ACTION (activate));
  gtk_widget_insert_action_group (GTK_WIDGET (self), "plans", G_ACTION_GROUP (self->plans_actions));
}

/**
 * scapula_week_view_new:
 *
 * Returns: (transfer floating): the Week view for @context's plans
 */
ScapulaWeekView *
scapula_week_view_new (ScapulaContext *context)
{
  ScapulaWeekView *self;

  g_return_val_if_fail (SCAPULA_IS_CONTEXT (context), NULL);

  self = g_object_new (SCAPULA_TYPE_WEEK_VIEW, NULL);
  self->context = g_object_ref (context);

  g_signal_connect_object (context, "notify::plan-store", G_CALLBACK (set_store), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (scapula_context_get_settings (context), "changed::week-start",
                           G_CALLBACK (schedule_rebuild), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (scapula_context_get_settings (context), "changed::weight-unit",
                           G_CALLBACK (schedule_rebuild), self, G_CONNECT_SWAPPED);
  set_store (self);

  return self;
}

const char *
_scapula_week_view_get_page (ScapulaWeekView *self)
{
  return gtk_stack_get_visible_child_name (self->stack);
}

ScapulaPlan *
_scapula_week_view_get_plan (ScapulaWeekView *self)
{
  return self->plan;
}

GtkFlowBox *
_scapula_week_view_get_days_box (ScapulaWeekView *self)
{
  return self->days_box;
}

GtkListBox *
_scapula_week_view_get_checks_list (ScapulaWeekView *self)
{
  return self->checks_list;
}

GtkLabel *
_scapula_week_view_get_block_label (ScapulaWeekView *self)
{
  return self->block_label;
}

GtkListBox *
_scapula_week_view_get_day_list (ScapulaWeekView *self,
                                 guint            weekday)
{
  g_return_val_if_fail (weekday >= 1 && weekday <= 7, NULL);

  return self->day_lists[weekday - 1];
}

void
_scapula_week_view_set_today (ScapulaWeekView *self,
                              const GDate     *today)
{
  self->today = *today;
  refresh (self);
}

/* Runs a pending redraw now, as the next frame would. */
void
_scapula_week_view_flush (ScapulaWeekView *self)
{
  if (self->rebuild_source != 0)
    {
      g_clear_handle_id (&self->rebuild_source, g_source_remove);
      rebuild (self);
    }
}
