/* scapula-chart-range-picker.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "scapula-chart-range-picker"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "scapula-chart-range-picker.h"

/**
 * ScapulaChartRangePicker:
 *
 * Four linked toggle buttons, "4 Weeks", "3 Months", "1 Year" and "All",
 * of which one is always active: the period the Progress view's charts
 * show. A view puts one picker above its charts and, when
 * #ScapulaChartRangePicker:range changes, gives each chart
 * scapula_chart_range_get_since() of that range and now, through
 * scapula_chart_set_range() (or queries only that period).
 *
 * The buttons are short enough for a 360 px window. Each has an
 * accessible label that says the whole period ("Last 4 weeks"), and the
 * group is labelled "Period".
 *
 * CSS name: chart-range-picker, with a box.linked inside
 */

#define N_RANGES (SCAPULA_CHART_RANGE_ALL + 1)

struct _ScapulaChartRangePicker
{
  GtkWidget          parent_instance;

  /* Owned child */
  GtkWidget         *box;

  /* Borrowed: children of box */
  GtkToggleButton   *buttons[N_RANGES];

  ScapulaChartRange  range;
};

G_DEFINE_FINAL_TYPE (ScapulaChartRangePicker, scapula_chart_range_picker, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_RANGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
toggled_cb (ScapulaChartRangePicker *self,
            GtkToggleButton         *button)
{
  if (!gtk_toggle_button_get_active (button))
    return;

  for (guint i = 0; i < N_RANGES; i++)
    {
      if (self->buttons[i] == button)
        {
          scapula_chart_range_picker_set_range (self, i);
          return;
        }
    }
}

static void
scapula_chart_range_picker_dispose (GObject *object)
{
  ScapulaChartRangePicker *self = (ScapulaChartRangePicker *)object;

  g_clear_pointer (&self->box, gtk_widget_unparent);
  memset (self->buttons, 0, sizeof self->buttons);

  G_OBJECT_CLASS (scapula_chart_range_picker_parent_class)->dispose (object);
}

static void
scapula_chart_range_picker_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  ScapulaChartRangePicker *self = SCAPULA_CHART_RANGE_PICKER (object);

  switch (prop_id)
    {
    case PROP_RANGE:
      g_value_set_enum (value, self->range);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scapula_chart_range_picker_set_property (GObject      *object,
                                         guint         prop_id,
                                         const GValue *value,
                                         GParamSpec   *pspec)
{
  ScapulaChartRangePicker *self = SCAPULA_CHART_RANGE_PICKER (object);

  switch (prop_id)
    {
    case PROP_RANGE:
      scapula_chart_range_picker_set_range (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scapula_chart_range_picker_class_init (ScapulaChartRangePickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = scapula_chart_range_picker_dispose;
  object_class->get_property = scapula_chart_range_picker_get_property;
  object_class->set_property = scapula_chart_range_picker_set_property;

  /**
   * ScapulaChartRangePicker:range:
   *
   * The period picked. Three months by default: enough sessions to see a
   * trend, recent enough to matter.
   */
  properties[PROP_RANGE] =
    g_param_spec_enum ("range", NULL, NULL,
                       SCAPULA_TYPE_CHART_RANGE, SCAPULA_CHART_RANGE_3_MONTHS,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "chart-range-picker");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
scapula_chart_range_picker_init (ScapulaChartRangePicker *self)
{
  static const struct {
    const char *label;
    const char *accessible;
  } ranges[N_RANGES] = {
    /* Translators: a chart period on a button; keep it short. */
    { N_("4 Weeks"), N_("Last 4 weeks") },
    /* Translators: a chart period on a button; keep it short. */
    { N_("3 Months"), N_("Last 3 months") },
    /* Translators: a chart period on a button; keep it short. */
    { N_("1 Year"), N_("Last year") },
    /* Translators: a chart period on a button, everything logged; keep it short. */
    { N_("All"), N_("All time") },
  };
  GtkToggleButton *group = NULL;

  self->range = SCAPULA_CHART_RANGE_3_MONTHS;
  self->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (self->box, "linked");
  gtk_widget_set_halign (self->box, GTK_ALIGN_CENTER);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  for (guint i = 0; i < N_RANGES; i++)
    {
      GtkWidget *button = gtk_toggle_button_new_with_label (_(ranges[i].label));

      gtk_widget_set_tooltip_text (button, _(ranges[i].accessible));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _(ranges[i].accessible),
                                      -1);
      if (group != NULL)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), group);
      else
        group = GTK_TOGGLE_BUTTON (button);

      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), i == self->range);
      g_signal_connect_swapped (button, "toggled", G_CALLBACK (toggled_cb), self);
      gtk_box_append (GTK_BOX (self->box), button);
      self->buttons[i] = GTK_TOGGLE_BUTTON (button);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  /* Translators: the accessible name of the chart period buttons. */
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Period"),
                                  -1);
}

GtkWidget *
scapula_chart_range_picker_new (void)
{
  return g_object_new (SCAPULA_TYPE_CHART_RANGE_PICKER, NULL);
}

ScapulaChartRange
scapula_chart_range_picker_get_range (ScapulaChartRangePicker *self)
{
  g_return_val_if_fail (SCAPULA_IS_CHART_RANGE_PICKER (self), SCAPULA_CHART_RANGE_ALL);

  return self->range;
}

/**
 * scapula_chart_range_picker_set_range:
 * @range: the period to pick
 *
 * Picks a period, as clicking its button does.
 */
void
scapula_chart_range_picker_set_range (ScapulaChartRangePicker *self,
                                      ScapulaChartRange        range)
{
  g_return_if_fail (SCAPULA_IS_CHART_RANGE_PICKER (self));
  g_return_if_fail (range < N_RANGES);

  if (self->range == range)
    return;

  self->range = range;
  gtk_toggle_button_set_active (self->buttons[range], TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RANGE]);
}

GtkToggleButton *
_scapula_chart_range_picker_get_button (ScapulaChartRangePicker *self,
                                        ScapulaChartRange        range)
{
  g_return_val_if_fail (SCAPULA_IS_CHART_RANGE_PICKER (self), NULL);
  g_return_val_if_fail (range < N_RANGES, NULL);

  return self->buttons[range];
}
