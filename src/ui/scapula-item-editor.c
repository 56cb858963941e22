/* scapula-item-editor.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "scapula-item-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "scapula-item-editor-private.h"
#include "scapula-ui-util.h"

/**
 * ScapulaItemEditor:
 *
 * A dialog that edits one item of a plan: sets, reps or hold, rest,
 * warm-up sets, sides, progression and notes.
 *
 * The spin buttons accept any whole number, so a value outside the limits
 * is not silently clamped: the core's scapula_prescription_validate()
 * judges every change, the row at fault turns red, a sentence under the
 * list says why, and Save stays off until the values are possible.
 */

struct _ScapulaItemEditor
{
  AdwWindow        parent_instance;

  ScapulaPlanItem *item;
  GtkSpinButton   *spins[SCAPULA_ITEM_EDITOR_N_SPINS];
  GtkWidget       *rows[SCAPULA_ITEM_EDITOR_N_SPINS];
  AdwComboRow     *count_row;
  AdwComboRow     *progression_row;
  GtkSwitch       *per_side_switch;
  AdwEntryRow     *notes_row;
  GtkLabel        *message;
  GtkButton       *save_button;
};

G_DEFINE_FINAL_TYPE (ScapulaItemEditor, scapula_item_editor, ADW_TYPE_WINDOW)

static gboolean
counts_hold (ScapulaItemEditor *self)
{
  return adw_combo_row_get_selected (self->count_row) == 1;
}

static guint
spin_value (ScapulaItemEditor     *self,
            ScapulaItemEditorSpin  which)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->spins[which]));
  gint64 typed;

  /* Judge what is typed, before the entry is left; anything that is not a
   * whole number at or above zero reads as the impossible 9999. */
  if (g_ascii_string_to_signed (text, 10, G_MININT64, G_MAXINT64, &typed, NULL))
    return typed < 0 ? 9999 : (guint) MIN (typed, 9999);

  return (guint) gtk_spin_button_get_value_as_int (self->spins[which]);
}

static void
read_prescription (ScapulaItemEditor   *self,
                   ScapulaPrescription *p)
{
  gboolean hold = counts_hold (self);

  *p = (ScapulaPrescription) {
    .sets = spin_value (self, SCAPULA_ITEM_EDITOR_SETS),
    .reps_min = hold ? 0 : spin_value (self, SCAPULA_ITEM_EDITOR_REPS_MIN),
    .reps_max = hold ? 0 : spin_value (self, SCAPULA_ITEM_EDITOR_REPS_MAX),
    .hold_seconds = hold ? spin_value (self, SCAPULA_ITEM_EDITOR_HOLD) : 0,
    .rest_seconds = spin_value (self, SCAPULA_ITEM_EDITOR_REST),
    .warmup_sets = spin_value (self, SCAPULA_ITEM_EDITOR_WARMUP),
    .per_side = gtk_switch_get_active (self->per_side_switch),
    .progression = adw_combo_row_get_selected (self->progression_row),
  };
}

static ScapulaItemEditorSpin
spin_for_error (int code)
{
  switch (code)
    {
    case SCAPULA_PLAN_ERROR_SETS:   return SCAPULA_ITEM_EDITOR_SETS;
    case SCAPULA_PLAN_ERROR_REPS:   return SCAPULA_ITEM_EDITOR_REPS_MAX;
    case SCAPULA_PLAN_ERROR_HOLD:   return SCAPULA_ITEM_EDITOR_HOLD;
    case SCAPULA_PLAN_ERROR_REST:   return SCAPULA_ITEM_EDITOR_REST;
    case SCAPULA_PLAN_ERROR_WARMUP: return SCAPULA_ITEM_EDITOR_WARMUP;
    default:                        return SCAPULA_ITEM_EDITOR_N_SPINS;
    }
}

static void
validate (ScapulaItemEditor *self)
{
  ScapulaPrescription p;
  g_autoptr(GError) error = NULL;
  gboolean hold = counts_hold (self);
  gboolean valid;
  ScapulaItemEditorSpin at_fault;

  gtk_widget_set_visible (self->rows[SCAPULA_ITEM_EDITOR_REPS_MIN], !hold);
  gtk_widget_set_visible (self->rows[SCAPULA_ITEM_EDITOR_REPS_MAX], !hold);
  gtk_widget_set_visible (self->rows[SCAPULA_ITEM_EDITOR_HOLD], hold);

  read_prescription (self, &p);
  valid = scapula_prescription_validate (&p, &error);
  at_fault = valid ? SCAPULA_ITEM_EDITOR_N_SPINS : spin_for_error (error->code);

  /* The fewest-reps row is at fault when it is the one above the range. */
  if (!valid && at_fault == SCAPULA_ITEM_EDITOR_REPS_MAX &&
      (p.reps_min < SCAPULA_PLAN_REPS_MIN || p.reps_min > SCAPULA_PLAN_REPS_MAX))
    at_fault = SCAPULA_ITEM_EDITOR_REPS_MIN;

  /* The row at fault turns red, and its input carries the reason for
   * screen readers. */
  for (guint i = 0; i < SCAPULA_ITEM_EDITOR_N_SPINS; i++)
    {
      if (i == at_fault)
        {
          gtk_widget_add_css_class (self->rows[i], "error");
          gtk_accessible_update_property (GTK_ACCESSIBLE (self->spins[i]),
                                          GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, error->message,
                                          -1);
        }
      else
        {
          gtk_widget_remove_css_class (self->rows[i], "error");
          gtk_accessible_reset_property (GTK_ACCESSIBLE (self->spins[i]),
                                         GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
        }
    }

  gtk_label_set_text (self->message, valid ? "" : error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->message), !valid);
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), valid);
}

static void
save_clicked_cb (ScapulaItemEditor *self)
{
  ScapulaPrescription p;

  read_prescription (self, &p);
  if (!scapula_prescription_validate (&p, NULL))
    return;

  scapula_plan_item_set_prescription (self->item, &p);
  scapula_plan_item_set_notes (self->item, gtk_editable_get_text (GTK_EDITABLE (self->notes_row)));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
scapula_item_editor_dispose (GObject *object)
{
  ScapulaItemEditor *self = SCAPULA_ITEM_EDITOR (object);

  g_clear_object (&self->item);

  G_OBJECT_CLASS (scapula_item_editor_parent_class)->dispose (object);
}

static void
scapula_item_editor_class_init (ScapulaItemEditorClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = scapula_item_editor_dispose;

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
scapula_item_editor_init (ScapulaItemEditor *self)
{
}

static void
add_spin_row (ScapulaItemEditor     *self,
              AdwPreferencesGroup   *group,
              ScapulaItemEditorSpin  which,
              const char            *title,
              const char            *subtitle,
              guint                  value,
              guint                  step)
{
  /* Wide bounds on purpose: an impossible value must reach validate() to
   * be explained, not be clamped out of sight. */
  GtkSpinButton *spin = scapula_spin_row_add (group, title, subtitle,
                                              gtk_adjustment_new (value, 0, 9999, step, step * 5, 0));

  gtk_spin_button_set_numeric (spin, TRUE);
  /* Enter in any number saves, as in a form. */
  gtk_text_set_activates_default (GTK_TEXT (gtk_editable_get_delegate (GTK_EDITABLE (spin))), TRUE);
  g_signal_connect_object (spin, "value-changed", G_CALLBACK (validate), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (spin, "changed", G_CALLBACK (validate), self, G_CONNECT_SWAPPED);

  self->spins[which] = spin;
  self->rows[which] = gtk_widget_get_ancestor (GTK_WIDGET (spin), ADW_TYPE_ACTION_ROW);
}

/**
 * scapula_item_editor_new:
 * @parent: the window it belongs to
 * @item: the item to edit; it changes only when Save is pressed
 * @exercise_name: what the item is called
 * @exercise: (nullable): the catalog entry, to know if it has sides
 *
 * Returns: (transfer none): the dialog, shown
 */
ScapulaItemEditor *
scapula_item_editor_new (GtkWindow       *parent,
                         ScapulaPlanItem *item,
                         const char      *exercise_name,
                         ScapulaExercise *exercise)
{
  ScapulaItemEditor *self;
  const ScapulaPrescription *p;
  GtkWidget *box, *header, *cancel, *page, *message_box;
  AdwPreferencesGroup *group, *more;
  GtkWidget *per_side_row;
  const char *counts[] = { _("Reps"), _("Seconds held"), NULL };
  const char *progressions[] = {
    scapula_progression_get_label (SCAPULA_PROGRESSION_DOUBLE),
    scapula_progression_get_label (SCAPULA_PROGRESSION_LINEAR),
    scapula_progression_get_label (SCAPULA_PROGRESSION_NONE),
    NULL
  };
  gboolean unilateral;

  g_return_val_if_fail (SCAPULA_IS_PLAN_ITEM (item), NULL);

  p = scapula_plan_item_get_prescription (item);
  unilateral = p->per_side ||
               (exercise != NULL && scapula_exercise_get_laterality (exercise) == SCAPULA_LATERALITY_UNILATERAL);

  self = g_object_new (SCAPULA_TYPE_ITEM_EDITOR,
                       "modal", TRUE,
                       "transient-for", parent,
                       "destroy-with-parent", TRUE,
                       "title", _("Edit Exercise"),
                       "default-width", 440,
                       "default-height", 640,
                       NULL);
  self->item = g_object_ref (item);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  self->save_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Save")));
  gtk_widget_add_css_class (GTK_WIDGET (self->save_button), "suggested-action");
  g_signal_connect_swapped (self->save_button, "clicked", G_CALLBACK (save_clicked_cb), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), GTK_WIDGET (self->save_button));
  gtk_box_append (GTK_BOX (box), header);

  page = adw_preferences_page_new ();
  gtk_widget_set_vexpand (page, TRUE);
  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (group, exercise_name);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), group);

  self->count_row = scapula_combo_row_add (group, _("Counted in"), counts, p->hold_seconds > 0);
  add_spin_row (self, group, SCAPULA_ITEM_EDITOR_SETS, _("Sets"), NULL, p->sets, 1);
  add_spin_row (self, group, SCAPULA_ITEM_EDITOR_REPS_MIN, _("Fewest reps"), NULL,
                p->reps_min > 0 ? p->reps_min : 8, 1);
  add_spin_row (self, group, SCAPULA_ITEM_EDITOR_REPS_MAX, _("Most reps"), NULL,
                p->reps_max > 0 ? p->reps_max : 12, 1);
  add_spin_row (self, group, SCAPULA_ITEM_EDITOR_HOLD, _("Hold"), _("Seconds"),
                p->hold_seconds > 0 ? p->hold_seconds : 30, 5);
  add_spin_row (self, group, SCAPULA_ITEM_EDITOR_REST, _("Rest after each set"), _("Seconds"),
                p->rest_seconds, 15);
  add_spin_row (self, group, SCAPULA_ITEM_EDITOR_WARMUP, _("Warm-up sets"),
                _("Lighter sets before the first working set"), p->warmup_sets, 1);
  g_signal_connect_object (self->count_row, "notify::selected", G_CALLBACK (validate), self, G_CONNECT_SWAPPED);

  /* The inline message sits right under the inputs it is about. */
  message_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  self->message = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->message, TRUE);
  gtk_label_set_xalign (self->message, 0);
  gtk_widget_set_margin_top (GTK_WIDGET (self->message), 12);
  gtk_widget_add_css_class (GTK_WIDGET (self->message), "error");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->message),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Problem with the values"),
                                  -1);
  gtk_box_append (GTK_BOX (message_box), GTK_WIDGET (self->message));
  adw_preferences_group_add (group, message_box);

  more = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), more);

  per_side_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (per_side_row), _("Each side on its own"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (per_side_row), _("Sets are done and logged for the left and the right"));
  self->per_side_switch = GTK_SWITCH (gtk_switch_new ());
  gtk_switch_set_active (self->per_side_switch, p->per_side);
  gtk_widget_set_valign (GTK_WIDGET (self->per_side_switch), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->per_side_switch),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Each side on its own"),
                                  -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (per_side_row), GTK_WIDGET (self->per_side_switch));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (per_side_row), GTK_WIDGET (self->per_side_switch));
  gtk_widget_set_visible (per_side_row, unilateral);
  adw_preferences_group_add (more, per_side_row);

  self->progression_row = scapula_combo_row_add (more, _("Progression"), progressions, p->progression);
  adw_combo_row_set_use_subtitle (self->progression_row, TRUE);

  self->notes_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->notes_row), _("Notes"));
  gtk_editable_set_text (GTK_EDITABLE (self->notes_row),
                         scapula_plan_item_get_notes (item) ? scapula_plan_item_get_notes (item) : "");
  adw_preferences_group_add (more, GTK_WIDGET (self->notes_row));

  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (self), box);
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->save_button));

  adw_entry_row_set_activates_default (self->notes_row, TRUE);
  validate (self);
  gtk_window_present (GTK_WINDOW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->spins[SCAPULA_ITEM_EDITOR_SETS]));

  return self;
}

GtkSpinButton *
scapula_item_editor_get_spin (ScapulaItemEditor     *self,
                              ScapulaItemEditorSpin  which)
{
  g_return_val_if_fail (SCAPULA_IS_ITEM_EDITOR (self), NULL);
  g_return_val_if_fail (which < SCAPULA_ITEM_EDITOR_N_SPINS, NULL);

  return self->spins[which];
}

AdwComboRow *
scapula_item_editor_get_count_row (ScapulaItemEditor *self)
{
  g_return_val_if_fail (SCAPULA_IS_ITEM_EDITOR (self), NULL);

  return self->count_row;
}

GtkLabel *
scapula_item_editor_get_message (ScapulaItemEditor *self)
{
  g_return_val_if_fail (SCAPULA_IS_ITEM_EDITOR (self), NULL);

  return self->message;
}

GtkButton *
scapula_item_editor_get_save_button (ScapulaItemEditor *self)
{
  g_return_val_if_fail (SCAPULA_IS_ITEM_EDITOR (self), NULL);

  return self->save_button;
}
