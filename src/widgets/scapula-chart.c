/* scapula-chart.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "scapula-chart"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "scapula-chart.h"
#include "scapula-color.h"
#include "scapula-enums.h"

/**
 * ScapulaChart:
 *
 * A line or bar chart of one or two series over time or over categories:
 * an estimated one-rep max by session, the left and right side of a
 * one-arm row, sets per week against a 10–20 set band, sessions per week
 * against the plan.
 *
 * The chart draws axes with ticks from #ScapulaChartLayout (1-2-5 value
 * steps in the user's weight unit, day to year time steps), light grid
 * lines and the unit above the value axis. A second series is drawn
 * dashed, with hollow dots, in the foreground colour, so it differs from
 * the first by more than colour. An optional target is a dashed line or a
 * band. With nothing to show it draws a sentence instead of an empty grid.
 *
 * Pointing at the chart, or moving through it with Left, Right, Home and
 * End while it has focus, shows a read-out of the nearest point: its date
 * and value, drawn beside it. Colours are the theme's named colours, read
 * again whenever the style changes, so dark mode and high contrast follow.
 * Everything but drawing (scales, ticks, positions, labels) is computed
 * when the data, the size or the style changes; snapshot() only walks it.
 *
 * For assistive technologies the chart is an image labelled with its
 * title. Its description is a summary of what it shows, set by the caller
 * or built from the data, followed by the read-out while there is one.
 *
 * Right to left, time runs from the right and the value axis is on the
 * right, and Left and Right still move the read-out the way they point.
 *
 * The range picker is a separate widget, #ScapulaChartRangePicker, that a
 * view puts above its charts and connects to scapula_chart_set_range().
 *
 * CSS name: chart
 */

#define MIN_WIDTH       200
#define NATURAL_WIDTH   480
#define MIN_HEIGHT      160
#define NATURAL_HEIGHT  220
#define EMPTY_PADDING   24
#define READOUT_PAD_X   8
#define READOUT_PAD_Y   6
#define READOUT_GAP     10
#define DOT_RADIUS      3.5
#define FOCUS_RADIUS    6.0
#define SWATCH_WIDTH    18.0
#define SWATCH_GAP      5.0
#define LEGEND_GAP      14.0
#define PILL_PAD        3.0

typedef struct
{
  GdkRGBA fg;
  GdkRGBA text;          /* axis labels */
  GdkRGBA grid;
  GdkRGBA axis;
  GdkRGBA series[SCAPULA_CHART_MAX_SERIES];
  GdkRGBA band;
  GdkRGBA band_edge;
  GdkRGBA reference;
  GdkRGBA background;    /* halos around highlighted dots */
  GdkRGBA readout_bg;
  GdkRGBA readout_fg;
  GdkRGBA readout_border;
  GdkRGBA shade;
  GdkRGBA guide;
  GdkRGBA focus;
  double  line_scale;
  double  dim_alpha;     /* bars that are not under the read-out */
} Palette;

typedef struct
{
  char   *name;
  GArray *data;          /* ScapulaChartDatum */
} Series;

struct _ScapulaChart
{
  GtkWidget              parent_instance;

  /* State */
  ScapulaChartForm       form;
  ScapulaChartXKind      x_kind;
  ScapulaChartValueKind  value_kind;
  ScapulaWeightUnit      unit;
  ScapulaChartPointKind  point_kind;
  GDateWeekday           week_start;
  gint64                 since;
  gint64                 until;
  gint64                 bucket;
  gboolean               has_reference;
  double                 reference_low;
  double                 reference_high;

  /* Owned */
  Series                 series[SCAPULA_CHART_MAX_SERIES];
  guint                  n_series;
  GStrv                  categories;
  char                  *title;
  char                  *caller_summary;     /* nullable */
  char                  *built_summary;      /* nullable */
  char                  *empty_text;
  char                  *reference_label;    /* nullable */
  char                  *description;
  GTimeZone             *tz;

  /* Computed when data, size or style change */
  ScapulaChartLayout    *layout;
  PangoLayout           *measure_layout;
  GPtrArray             *x_labels;           /* PangoLayout, one per x tick */
  GPtrArray             *y_labels;           /* PangoLayout, one per y tick */
  PangoLayout           *unit_layout;        /* nullable */
  PangoLayout           *reference_layout;   /* nullable */
  graphene_point_t       reference_origin;
  GPtrArray             *legend_labels;      /* PangoLayout, one per named series when two */
  GArray                *legend_swatches;    /* graphene_point_t: each swatch's left, middle */
  GArray                *legend_origins;     /* graphene_point_t: each label's origin */
  PangoLayout           *empty_layout;
  graphene_point_t       empty_origin;
  PangoLayout           *readout_layout;     /* nullable */
  graphene_rect_t        readout_rect;
  double                 text_height;
  int                    width;
  int                    height;

  int                    hover;              /* slot under the pointer, or -1 */
  int                    cursor;             /* slot of the keyboard read-out, or -1 */
  int                    active;             /* the slot read out, or -1 */

  Palette                palette;
};

G_DEFINE_FINAL_TYPE (ScapulaChart, scapula_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_FORM,
  PROP_X_KIND,
  PROP_VALUE_KIND,
  PROP_WEIGHT_UNIT,
  PROP_POINT_KIND,
  PROP_TITLE,
  PROP_SUMMARY,
  PROP_EMPTY_TEXT,
  PROP_SINCE,
  PROP_UNTIL,
  PROP_BUCKET,
  PROP_WEEK_START,
  PROP_READOUT,
  N_PROPS
};

enum {
  SIGNAL_MOVE_READOUT,
  N_SIGNALS,
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void update_readout (ScapulaChart *self);

/* Colours ---------------------------------------------------------------- */

static void
update_palette (ScapulaChart *self)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));
  gboolean high_contrast = adw_is_initialized () &&
                           adw_style_manager_get_high_contrast (adw_style_manager_get_default ());
  Palette *p = &self->palette;
  GdkRGBA fg, bg, accent, success, transparent = { 0, 0, 0, 0 };

  gtk_style_context_get_color (context, &fg);
  fg.alpha = 1;
  scapula_color_lookup (context, "window_bg_color", &transparent, &bg);
  bg.alpha = 1;
  /* accent_color is the accent made readable on the window background:
   * darker in light mode, lighter in dark mode. */
  scapula_color_lookup (context, "accent_color", &fg, &accent);
  scapula_color_lookup (context, "success_color", &accent, &success);
  scapula_color_lookup (context, "popover_bg_color", &bg, &p->readout_bg);
  scapula_color_lookup (context, "popover_fg_color", &fg, &p->readout_fg);
  scapula_color_lookup (context, "shade_color", &transparent, &p->shade);

  p->fg = fg;
  p->background = bg;
  p->text = scapula_color_with_alpha (&fg, high_contrast ? 1.0 : 0.7);
  p->grid = scapula_color_with_alpha (&fg, high_contrast ? 0.3 : 0.1);
  p->axis = scapula_color_with_alpha (&fg, high_contrast ? 0.8 : 0.35);
  p->series[0] = accent;
  /* The second series: the foreground toned towards the background, and
   * dashed with hollow dots, so it differs by more than colour. */
  p->series[1] = scapula_color_mix (&bg, &fg, high_contrast ? 0.85 : 0.6);
  p->band = scapula_color_with_alpha (&success, high_contrast ? 0.25 : 0.14);
  p->band_edge = scapula_color_with_alpha (&success, high_contrast ? 1.0 : 0.6);
  p->reference = scapula_color_with_alpha (&fg, high_contrast ? 1.0 : 0.6);
  p->readout_border = scapula_color_with_alpha (&fg, high_contrast ? 0.6 : 0.15);
  p->guide = scapula_color_with_alpha (&fg, high_contrast ? 0.6 : 0.25);
  p->focus = scapula_color_with_alpha (&accent, 0.5);
  p->line_scale = high_contrast ? 1.4 : 1.0;
  p->dim_alpha = high_contrast ? 0.75 : 0.55;
}

/* Text ------------------------------------------------------------------- */

/* Labels are a little smaller than body text, like libadwaita's caption. */
static PangoLayout *
create_label (ScapulaChart *self,
              const char   *text)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_scale_new (PANGO_SCALE_SMALL));
  pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum=1"));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);

  return layout;
}

static double
measure_cb (const char *text,
            gpointer    user_data)
{
  ScapulaChart *self = user_data;
  int width;

  pango_layout_set_text (self->measure_layout, text, -1);
  pango_layout_get_pixel_size (self->measure_layout, &width, NULL);

  return width;
}

/* Accessibility ---------------------------------------------------------- */

static const char *
effective_summary (ScapulaChart *self)
{
  return self->caller_summary != NULL ? self->caller_summary : self->built_summary;
}

static const char *
current_empty_text (ScapulaChart *self)
{
  if (self->layout != NULL && scapula_chart_layout_has_data (self->layout))
    return _("Nothing in this period. Choose a longer range to see earlier entries.");

  return self->empty_text;
}

static void
update_description (ScapulaChart *self)
{
  g_autofree char *old_summary = g_strdup (effective_summary (self));
  g_autoptr(GString) text = g_string_new (NULL);

  g_clear_pointer (&self->built_summary, g_free);
  if (self->layout != NULL)
    self->built_summary = scapula_chart_layout_build_summary (self->layout, self->title);
  if (self->built_summary == NULL)
    /* Translators: an empty chart's summary: its title, then why it is empty. */
    self->built_summary = g_strdup_printf (_("%s. %s"), self->title, current_empty_text (self));

  g_string_append (text, effective_summary (self));

  /* A screen reader hears the read-out as the chart's description
   * changes: GTK 4.8 has no announcements. */
  if (self->active >= 0 && self->layout != NULL)
    {
      g_autofree char *readout = scapula_chart_layout_describe_slot (self->layout, self->active);

      g_string_append_c (text, ' ');
      /* Translators: the chart read-out in the accessible description, "Selected: 4 Nov 2026: 50 kg." */
      g_string_append_printf (text, _("Selected: %s"), readout);
    }

  if (g_strcmp0 (old_summary, effective_summary (self)) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);

  if (g_strcmp0 (text->str, self->description) == 0)
    return;

  g_free (self->description);
  self->description = g_string_free (g_steal_pointer (&text), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->description,
                                  -1);
}

/* Layout ----------------------------------------------------------------- */

static void
clear_text (ScapulaChart *self)
{
  g_ptr_array_set_size (self->x_labels, 0);
  g_ptr_array_set_size (self->y_labels, 0);
  g_ptr_array_set_size (self->legend_labels, 0);
  g_array_set_size (self->legend_swatches, 0);
  g_array_set_size (self->legend_origins, 0);
  g_clear_object (&self->unit_layout);
  g_clear_object (&self->reference_layout);
  g_clear_object (&self->empty_layout);
}

/* Two series get a legend on the unit's line, at the far end from it:
 * each a short sample of its line (solid or dashed) or bar, and its name. */
static void
layout_legend (ScapulaChart *self,
               gboolean      rtl)
{
  guint n_series = scapula_chart_layout_get_n_series (self->layout);
  const ScapulaChartRect *plot = scapula_chart_layout_get_plot (self->layout);
  double total = 0, x;
  int widths[SCAPULA_CHART_MAX_SERIES] = { 0 };

  if (n_series < 2 || plot == NULL)
    return;

  for (guint s = 0; s < n_series; s++)
    {
      PangoLayout *label;

      if (self->series[s].name == NULL || self->series[s].name[0] == '\0')
        {
          g_ptr_array_set_size (self->legend_labels, 0);
          return;
        }

      label = create_label (self, self->series[s].name);
      pango_layout_get_pixel_size (label, &widths[s], NULL);
      g_ptr_array_add (self->legend_labels, label);
      total += SWATCH_WIDTH + SWATCH_GAP + widths[s] + (s > 0 ? LEGEND_GAP : 0);
    }

  /* Items in reading order at the end of the line, flush with the plot:
   * left to right ending at its right edge, or right to left ending at
   * its left edge. */
  x = rtl ? plot->x + total : plot->x + plot->width - total;
  for (guint s = 0; s < n_series; s++)
    {
      graphene_point_t swatch, origin;

      if (rtl)
        {
          swatch = GRAPHENE_POINT_INIT (x - SWATCH_WIDTH, self->text_height / 2);
          origin = GRAPHENE_POINT_INIT (x - SWATCH_WIDTH - SWATCH_GAP - widths[s], 0);
          x -= SWATCH_WIDTH + SWATCH_GAP + widths[s] + LEGEND_GAP;
        }
      else
        {
          swatch = GRAPHENE_POINT_INIT (x, self->text_height / 2);
          origin = GRAPHENE_POINT_INIT (x + SWATCH_WIDTH + SWATCH_GAP, 0);
          x += SWATCH_WIDTH + SWATCH_GAP + widths[s] + LEGEND_GAP;
        }

      g_array_append_val (self->legend_swatches, swatch);
      g_array_append_val (self->legend_origins, origin);
    }
}

static void
layout_text (ScapulaChart *self)
{
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  const ScapulaChartTick *ticks;
  const ScapulaChartRect *plot;
  const char *unit;
  double y_low, y_high;
  guint n_ticks;

  clear_text (self);

  if (scapula_chart_layout_is_empty (self->layout))
    {
      int text_width, text_height;

      self->empty_layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), current_empty_text (self));
      pango_layout_set_alignment (self->empty_layout, PANGO_ALIGN_CENTER);
      pango_layout_set_wrap (self->empty_layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_width (self->empty_layout,
                              MAX (self->width - 2 * EMPTY_PADDING, 1) * PANGO_SCALE);
      pango_layout_get_pixel_size (self->empty_layout, &text_width, &text_height);
      self->empty_origin = GRAPHENE_POINT_INIT ((self->width - MAX (self->width - 2 * EMPTY_PADDING, 1)) / 2.0,
                                                floor ((self->height - text_height) / 2.0));
      return;
    }

  ticks = scapula_chart_layout_get_x_ticks (self->layout, &n_ticks);
  for (guint i = 0; i < n_ticks; i++)
    g_ptr_array_add (self->x_labels, create_label (self, ticks[i].label));

  ticks = scapula_chart_layout_get_y_ticks (self->layout, &n_ticks);
  for (guint i = 0; i < n_ticks; i++)
    g_ptr_array_add (self->y_labels, create_label (self, ticks[i].label));

  unit = scapula_chart_layout_get_unit_label (self->layout, NULL, NULL);
  if (unit != NULL)
    self->unit_layout = create_label (self, unit);

  plot = scapula_chart_layout_get_plot (self->layout);
  if (self->reference_label != NULL && plot != NULL &&
      scapula_chart_layout_get_reference (self->layout, &y_low, &y_high))
    {
      int text_width, text_height;
      double x, y;

      self->reference_layout = create_label (self, self->reference_label);
      pango_layout_get_pixel_size (self->reference_layout, &text_width, &text_height);

      /* At the start of the plot, next to the value axis, above the line
       * or inside the top of the band. It is drawn over the data on a
       * background of its own, so bars never hide it. */
      x = rtl ? plot->x + plot->width - text_width - PILL_PAD - 2 : plot->x + PILL_PAD + 2;
      y = y_low == y_high ? y_high - text_height - PILL_PAD - 1 : y_high + PILL_PAD + 1;
      self->reference_origin = GRAPHENE_POINT_INIT (x, MAX (y, PILL_PAD));
    }

  layout_legend (self, rtl);
}

static void
rebuild (ScapulaChart *self)
{
  ScapulaChartSeries series[SCAPULA_CHART_MAX_SERIES];
  ScapulaChartLayoutInput input = { 0 };
  guint n_slots = 0;
  int height;

  for (guint i = 0; i < self->n_series; i++)
    series[i] = (ScapulaChartSeries) {
      self->series[i].name,
      (const ScapulaChartDatum *) (gconstpointer) self->series[i].data->data,
      self->series[i].data->len,
    };

  pango_layout_set_text (self->measure_layout, "0123456789", -1);
  pango_layout_get_pixel_size (self->measure_layout, NULL, &height);
  self->text_height = height;

  input.form = self->form;
  input.x_kind = self->x_kind;
  input.value_kind = self->value_kind;
  input.unit = self->unit;
  input.point_kind = self->point_kind;
  input.series = series;
  input.n_series = self->n_series;
  input.categories = (const char * const *) self->categories;
  input.since = self->since;
  input.until = self->until;
  input.bucket = self->bucket;
  input.has_reference = self->has_reference;
  input.reference_low = self->reference_low;
  input.reference_high = self->reference_high;
  input.width = self->width;
  input.height = self->height;
  input.text_height = self->text_height;
  input.rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  input.tz = self->tz;
  input.week_start = self->week_start;
  input.measure = measure_cb;
  input.measure_data = self;

  g_clear_pointer (&self->layout, scapula_chart_layout_free);
  self->layout = scapula_chart_layout_new (&input);
  layout_text (self);

  /* Keep the read-out on the slot it was on when the data stayed; drop it
   * when that slot is gone. */
  scapula_chart_layout_get_slots (self->layout, &n_slots);
  if (self->hover >= (int) n_slots)
    self->hover = -1;
  if (self->cursor >= (int) n_slots)
    self->cursor = n_slots > 0 ? (int) n_slots - 1 : -1;

  update_readout (self);
  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Places the read-out box beside the active slot's highest point, inside
 * the widget. */
static void
place_readout (ScapulaChart *self)
{
  const ScapulaChartSlot *slots;
  const ScapulaChartRect *plot = scapula_chart_layout_get_plot (self->layout);
  const ScapulaChartSlot *slot;
  g_autofree char *heading = NULL;
  g_autofree char *values = NULL;
  g_autofree char *markup = NULL;
  double anchor_y = G_MAXDOUBLE, x, y;
  guint n_slots;
  int w, h;

  slots = scapula_chart_layout_get_slots (self->layout, &n_slots);
  slot = &slots[self->active];

  heading = scapula_chart_layout_format_slot (self->layout, self->active, &values);
  markup = g_markup_printf_escaped ("<b>%s</b>\n%s", heading, values);
  self->readout_layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);
  pango_layout_set_markup (self->readout_layout, markup, -1);
  pango_layout_get_pixel_size (self->readout_layout, &w, &h);

  for (guint s = 0; s < scapula_chart_layout_get_n_series (self->layout); s++)
    {
      const ScapulaChartPoint *points;
      guint n_points;

      if (slot->points[s] < 0)
        continue;
      points = scapula_chart_layout_get_points (self->layout, s, &n_points);
      anchor_y = MIN (anchor_y, points[slot->points[s]].py);
    }
  if (anchor_y == G_MAXDOUBLE)
    anchor_y = plot->y;

  w += 2 * READOUT_PAD_X;
  h += 2 * READOUT_PAD_Y;
  x = CLAMP (slot->px - w / 2.0, 0, MAX (0, self->width - w));
  y = anchor_y - READOUT_GAP - h;
  if (y < 0)
    {
      /* No room above: beside the point, on the side with more room. */
      y = CLAMP (anchor_y - h / 2.0, 0, MAX (0, self->height - h));
      if (slot->px + READOUT_GAP + w <= self->width)
        x = slot->px + READOUT_GAP;
      else
        x = MAX (0, slot->px - READOUT_GAP - w);
    }

  self->readout_rect = GRAPHENE_RECT_INIT (round (x), round (y), w, h);
}

/* The focus state flag, which GTK sets before has-focus is current. */
static gboolean
is_focused (ScapulaChart *self)
{
  return (gtk_widget_get_state_flags (GTK_WIDGET (self)) & GTK_STATE_FLAG_FOCUSED) != 0;
}

static void
update_readout (ScapulaChart *self)
{
  int active = self->hover;
  int old = self->active;
  guint n_slots = 0;

  if (self->layout != NULL)
    scapula_chart_layout_get_slots (self->layout, &n_slots);

  /* With focus, the keyboard's point shows, the latest one at first. */
  if (active < 0 && is_focused (self) && n_slots > 0)
    {
      if (self->cursor < 0)
        self->cursor = n_slots - 1;
      active = self->cursor;
    }
  if (n_slots == 0)
    active = -1;

  self->active = active;
  g_clear_object (&self->readout_layout);
  if (active >= 0 && scapula_chart_layout_get_plot (self->layout) != NULL)
    place_readout (self);

  if (old != active)
    {
      update_description (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READOUT]);
    }

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_hover (ScapulaChart *self,
           int           slot)
{
  if (self->hover == slot)
    return;

  self->hover = slot;
  update_readout (self);
}

static void
set_cursor (ScapulaChart *self,
            int           slot)
{
  if (self->cursor == slot)
    return;

  self->cursor = slot;
  /* The keyboard takes over from a pointer that rests on the chart. */
  self->hover = -1;
  update_readout (self);
}

/* Drawing ---------------------------------------------------------------- */

static void
append_line (GtkSnapshot   *snapshot,
             const GdkRGBA *color,
             double         x,
             double         y,
             double         width,
             double         height)
{
  gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (x, y, width, height));
}

static void
append_text (GtkSnapshot   *snapshot,
             PangoLayout   *layout,
             double         x,
             double         y,
             const GdkRGBA *color)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (round (x), round (y)));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static void
draw_empty (ScapulaChart *self,
            GtkSnapshot  *snapshot)
{
  GdkRGBA color = scapula_color_with_alpha (&self->palette.fg, 0.55);

  if (self->palette.line_scale > 1)
    color = self->palette.fg;

  append_text (snapshot, self->empty_layout, self->empty_origin.x, self->empty_origin.y, &color);
}

static void
draw_axes (ScapulaChart           *self,
           GtkSnapshot            *snapshot,
           const ScapulaChartRect *plot)
{
  const Palette *p = &self->palette;
  const ScapulaChartTick *ticks;
  double baseline = floor (scapula_chart_layout_get_baseline (self->layout));
  double unit_x, unit_y;
  guint n_ticks;

  ticks = scapula_chart_layout_get_y_ticks (self->layout, &n_ticks);
  for (guint i = 0; i < n_ticks; i++)
    {
      double y = floor (ticks[i].position);

      if (y != baseline)
        append_line (snapshot, &p->grid, plot->x, y, plot->width, 1);
      append_text (snapshot, g_ptr_array_index (self->y_labels, i),
                   ticks[i].label_x, ticks[i].label_y, &p->text);
    }

  append_line (snapshot, &p->axis, plot->x, baseline, plot->width, 1);

  ticks = scapula_chart_layout_get_x_ticks (self->layout, &n_ticks);
  for (guint i = 0; i < n_ticks; i++)
    {
      if (self->x_kind == SCAPULA_CHART_X_TIME)
        append_line (snapshot, &p->axis, floor (ticks[i].position), plot->y + plot->height, 1, 4);
      append_text (snapshot, g_ptr_array_index (self->x_labels, i),
                   ticks[i].label_x, ticks[i].label_y, &p->text);
    }

  if (self->unit_layout != NULL)
    {
      scapula_chart_layout_get_unit_label (self->layout, &unit_x, &unit_y);
      append_text (snapshot, self->unit_layout, unit_x, unit_y, &p->text);
    }
}

static void
draw_reference (ScapulaChart           *self,
                GtkSnapshot            *snapshot,
                const ScapulaChartRect *plot)
{
  const Palette *p = &self->palette;
  double y_low, y_high;

  if (!scapula_chart_layout_get_reference (self->layout, &y_low, &y_high))
    return;

  if (y_low != y_high)
    {
      append_line (snapshot, &p->band, plot->x, y_high, plot->width, y_low - y_high);
      append_line (snapshot, &p->band_edge, plot->x, floor (y_high), plot->width, 1);
      append_line (snapshot, &p->band_edge, plot->x, floor (y_low), plot->width, 1);
    }
  else
    {
      const double dashes[] = { 4, 4 };
      cairo_t *cr = gtk_snapshot_append_cairo (snapshot,
                                               &GRAPHENE_RECT_INIT (plot->x, y_low - 2, plot->width, 4));

      cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
      cairo_set_line_width (cr, 1.5 * p->line_scale);
      gdk_cairo_set_source_rgba (cr, &p->reference);
      cairo_move_to (cr, plot->x, y_low);
      cairo_line_to (cr, plot->x + plot->width, y_low);
      cairo_stroke (cr);
      cairo_destroy (cr);
    }

}

/* The target's label, on a pill of the background over whatever is there. */
static void
draw_reference_label (ScapulaChart *self,
                      GtkSnapshot  *snapshot)
{
  const Palette *p = &self->palette;
  GskRoundedRect pill;
  GdkRGBA background = scapula_color_with_alpha (&p->background, 0.85);
  int width, height;

  pango_layout_get_pixel_size (self->reference_layout, &width, &height);
  gsk_rounded_rect_init_from_rect (&pill,
                                   &GRAPHENE_RECT_INIT (round (self->reference_origin.x) - PILL_PAD,
                                                        round (self->reference_origin.y) - 1,
                                                        width + 2 * PILL_PAD, height + 2),
                                   4);
  gtk_snapshot_push_rounded_clip (snapshot, &pill);
  gtk_snapshot_append_color (snapshot, &background, &pill.bounds);
  gtk_snapshot_pop (snapshot);
  append_text (snapshot, self->reference_layout,
               self->reference_origin.x, self->reference_origin.y, &p->text);
}

static void
draw_legend (ScapulaChart *self,
             GtkSnapshot  *snapshot)
{
  const Palette *p = &self->palette;
  cairo_t *cr;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, self->width, self->text_height));
  for (guint s = 0; s < self->legend_labels->len; s++)
    {
      const graphene_point_t *swatch = &g_array_index (self->legend_swatches, graphene_point_t, s);
      const graphene_point_t *origin = &g_array_index (self->legend_origins, graphene_point_t, s);
      const double dashes[] = { 4 * p->line_scale, 3 * p->line_scale };
      double middle = swatch->x + SWATCH_WIDTH / 2;

      gdk_cairo_set_source_rgba (cr, &p->series[s]);
      if (self->form == SCAPULA_CHART_FORM_BAR)
        {
          cairo_rectangle (cr, middle - 5, swatch->y - 5, 10, 10);
          cairo_fill (cr);
        }
      else
        {
          cairo_set_dash (cr, dashes, s == 0 ? 0 : G_N_ELEMENTS (dashes), 0);
          cairo_set_line_width (cr, (s == 0 ? 2.5 : 2.0) * p->line_scale);
          cairo_move_to (cr, swatch->x, swatch->y);
          cairo_line_to (cr, swatch->x + SWATCH_WIDTH, swatch->y);
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);

          cairo_arc (cr, middle, swatch->y, DOT_RADIUS * p->line_scale, 0, 2 * G_PI);
          if (s == 0)
            {
              cairo_fill (cr);
            }
          else
            {
              gdk_cairo_set_source_rgba (cr, &p->background);
              cairo_fill_preserve (cr);
              gdk_cairo_set_source_rgba (cr, &p->series[s]);
              cairo_set_line_width (cr, 1.5 * p->line_scale);
              cairo_stroke (cr);
            }
        }

      append_text (snapshot, g_ptr_array_index (self->legend_labels, s), origin->x, origin->y, &p->text);
    }
  cairo_destroy (cr);
}

static void
draw_bars (ScapulaChart *self,
           GtkSnapshot  *snapshot)
{
  const Palette *p = &self->palette;
  const ScapulaChartSlot *slots;
  guint n_slots;

  slots = scapula_chart_layout_get_slots (self->layout, &n_slots);

  for (guint s = 0; s < scapula_chart_layout_get_n_series (self->layout); s++)
    {
      const ScapulaChartPoint *points;
      guint n_points;
      int active_point = self->active >= 0 ? slots[self->active].points[s] : -1;
      GdkRGBA dimmed = scapula_color_with_alpha (&p->series[s], p->dim_alpha);

      points = scapula_chart_layout_get_points (self->layout, s, &n_points);
      for (guint i = 0; i < n_points; i++)
        {
          const ScapulaChartRect *bar = &points[i].bar;
          const GdkRGBA *color = self->active < 0 || (int) i == active_point ? &p->series[s] : &dimmed;
          graphene_rect_t bounds = GRAPHENE_RECT_INIT (bar->x, bar->y, bar->width, bar->height);
          double radius = MIN (3, bar->width / 3);

          if (bar->height <= 0)
            continue;

          /* Round the end away from zero only. */
          if (radius >= 1 && bar->height > radius)
            {
              GskRoundedRect rounded;
              graphene_size_t r = GRAPHENE_SIZE_INIT (radius, radius);
              graphene_size_t square = GRAPHENE_SIZE_INIT (0, 0);
              gboolean up = points[i].value >= 0;

              gsk_rounded_rect_init (&rounded, &bounds,
                                     up ? &r : &square, up ? &r : &square,
                                     up ? &square : &r, up ? &square : &r);
              gtk_snapshot_push_rounded_clip (snapshot, &rounded);
              gtk_snapshot_append_color (snapshot, color, &bounds);
              gtk_snapshot_pop (snapshot);
            }
          else
            {
              gtk_snapshot_append_color (snapshot, color, &bounds);
            }
        }
    }
}

static void
draw_lines (ScapulaChart           *self,
            GtkSnapshot            *snapshot,
            const ScapulaChartRect *plot)
{
  const Palette *p = &self->palette;
  const ScapulaChartSlot *slots;
  gboolean show_dots = scapula_chart_layout_get_show_dots (self->layout);
  double line = 2.5 * p->line_scale;
  double margin = DOT_RADIUS + 4 * p->line_scale;
  guint n_slots;
  cairo_t *cr;

  slots = scapula_chart_layout_get_slots (self->layout, &n_slots);
  cr = gtk_snapshot_append_cairo (snapshot,
                                  &GRAPHENE_RECT_INIT (plot->x - margin, plot->y - margin,
                                                       plot->width + 2 * margin,
                                                       plot->height + 2 * margin));
  /* Bevel joins: on a five-year line round ones cost cairo about five
   * times as much (bench-chart), and at this width they look the same. */
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_BEVEL);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  /* The second series under the first, so the accent stays on top. */
  for (int s = (int) scapula_chart_layout_get_n_series (self->layout) - 1; s >= 0; s--)
    {
      const ScapulaChartPoint *points;
      const double dashes[] = { 6 * p->line_scale, 4 * p->line_scale };
      guint n_points;

      points = scapula_chart_layout_get_points (self->layout, s, &n_points);
      if (n_points == 0)
        continue;

      cairo_set_dash (cr, dashes, s == 0 ? 0 : G_N_ELEMENTS (dashes), 0);
      cairo_set_line_width (cr, s == 0 ? line : 0.8 * line);
      gdk_cairo_set_source_rgba (cr, &p->series[s]);
      cairo_move_to (cr, points[0].px, points[0].py);
      for (guint i = 1; i < n_points; i++)
        cairo_line_to (cr, points[i].px, points[i].py);
      if (n_points > 1)
        cairo_stroke (cr);
      cairo_new_path (cr);
      cairo_set_dash (cr, NULL, 0, 0);

      if (!show_dots && n_points > 1)
        continue;

      for (guint i = 0; i < n_points; i++)
        {
          cairo_arc (cr, points[i].px, points[i].py, DOT_RADIUS * p->line_scale, 0, 2 * G_PI);
          if (s == 0)
            {
              cairo_fill (cr);
            }
          else
            {
              /* Hollow: the background inside a ring. */
              gdk_cairo_set_source_rgba (cr, &p->background);
              cairo_fill_preserve (cr);
              gdk_cairo_set_source_rgba (cr, &p->series[s]);
              cairo_set_line_width (cr, 1.5 * p->line_scale);
              cairo_stroke (cr);
            }
        }
    }

  /* The read-out's points, larger and ringed by the background. */
  if (self->active >= 0)
    {
      for (guint s = 0; s < scapula_chart_layout_get_n_series (self->layout); s++)
        {
          const ScapulaChartPoint *points;
          const ScapulaChartPoint *point;
          guint n_points;

          if (slots[self->active].points[s] < 0)
            continue;

          points = scapula_chart_layout_get_points (self->layout, s, &n_points);
          point = &points[slots[self->active].points[s]];
          cairo_arc (cr, point->px, point->py, (DOT_RADIUS + 2.5) * p->line_scale, 0, 2 * G_PI);
          gdk_cairo_set_source_rgba (cr, &p->background);
          cairo_fill (cr);
          cairo_arc (cr, point->px, point->py, (DOT_RADIUS + 1) * p->line_scale, 0, 2 * G_PI);
          gdk_cairo_set_source_rgba (cr, &p->series[s]);
          cairo_fill (cr);
        }
    }

  cairo_destroy (cr);
}

static void
draw_readout (ScapulaChart           *self,
              GtkSnapshot            *snapshot,
              const ScapulaChartRect *plot)
{
  const Palette *p = &self->palette;
  const ScapulaChartSlot *slots;
  GskRoundedRect box;
  guint n_slots;
  double x;

  slots = scapula_chart_layout_get_slots (self->layout, &n_slots);
  x = floor (slots[self->active].px);

  /* A guide from the top of the plot to the axis. */
  if (self->form == SCAPULA_CHART_FORM_LINE)
    append_line (snapshot, &p->guide, x, plot->y, 1, plot->height);

  gsk_rounded_rect_init_from_rect (&box, &self->readout_rect, 6);
  gtk_snapshot_append_outset_shadow (snapshot, &box, &p->shade, 0, 1, 0, 4);
  gtk_snapshot_push_rounded_clip (snapshot, &box);
  gtk_snapshot_append_color (snapshot, &p->readout_bg, &self->readout_rect);
  gtk_snapshot_pop (snapshot);
  gtk_snapshot_append_border (snapshot, &box,
                              (const float[4]) { 1, 1, 1, 1 },
                              (const GdkRGBA[4]) { p->readout_border, p->readout_border,
                                                   p->readout_border, p->readout_border });
  append_text (snapshot, self->readout_layout,
               self->readout_rect.origin.x + READOUT_PAD_X,
               self->readout_rect.origin.y + READOUT_PAD_Y,
               &p->readout_fg);
}

static void
draw_focus (ScapulaChart *self,
            GtkSnapshot  *snapshot)
{
  const GdkRGBA *color = &self->palette.focus;
  GskRoundedRect ring;

  gsk_rounded_rect_init_from_rect (&ring, &GRAPHENE_RECT_INIT (1, 1, self->width - 2, self->height - 2),
                                   FOCUS_RADIUS);
  gtk_snapshot_append_border (snapshot, &ring,
                              (const float[4]) { 2, 2, 2, 2 },
                              (const GdkRGBA[4]) { *color, *color, *color, *color });
}

static void
scapula_chart_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  ScapulaChart *self = SCAPULA_CHART (widget);
  const ScapulaChartRect *plot;

  if (self->layout == NULL)
    return;

  if (gtk_widget_has_visible_focus (widget))
    draw_focus (self, snapshot);

  if (self->empty_layout != NULL)
    {
      draw_empty (self, snapshot);
      return;
    }

  plot = scapula_chart_layout_get_plot (self->layout);
  if (plot == NULL)
    return;

  if (self->form == SCAPULA_CHART_FORM_BAR)
    draw_reference (self, snapshot, plot);
  draw_axes (self, snapshot, plot);

  if (self->form == SCAPULA_CHART_FORM_BAR)
    {
      draw_bars (self, snapshot);
    }
  else
    {
      /* Under a line the target goes first, so the line stays on top. */
      draw_reference (self, snapshot, plot);
      draw_lines (self, snapshot, plot);
    }

  if (self->reference_layout != NULL)
    draw_reference_label (self, snapshot);
  if (self->legend_labels->len > 0)
    draw_legend (self, snapshot);
  if (self->readout_layout != NULL)
    draw_readout (self, snapshot, plot);
}

/* Size ------------------------------------------------------------------- */

static void
scapula_chart_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_WIDTH;
      *natural = NATURAL_WIDTH;
    }
  else
    {
      *minimum = MIN_HEIGHT;
      *natural = NATURAL_HEIGHT;
    }
}

static void
scapula_chart_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  ScapulaChart *self = SCAPULA_CHART (widget);

  if (self->width == width && self->height == height && self->layout != NULL)
    return;

  self->width = width;
  self->height = height;
  rebuild (self);
}

/* Input ------------------------------------------------------------------ */

static void
motion_cb (ScapulaChart             *self,
           double                    x,
           double                    y,
           GtkEventControllerMotion *controller)
{
  _scapula_chart_hover (self, x, y);
}

static void
leave_cb (ScapulaChart             *self,
          GtkEventControllerMotion *controller)
{
  set_hover (self, -1);
}

/* A click moves the keyboard read-out there too, and takes focus, so the
 * arrow keys carry on from the point the user picked. */
static void
pressed_cb (ScapulaChart    *self,
            int              n_press,
            double           x,
            double           y,
            GtkGestureClick *gesture)
{
  int slot;

  if (self->layout == NULL)
    return;

  slot = scapula_chart_layout_find_slot (self->layout, x);
  if (slot < 0)
    return;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  self->cursor = slot;
  update_readout (self);
}

static void
move_readout_cb (ScapulaChart *self,
                 int           step)
{
  guint n_slots = 0;
  int target;

  if (self->layout != NULL)
    scapula_chart_layout_get_slots (self->layout, &n_slots);

  if (n_slots == 0)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  if (step == G_MININT)
    target = 0;
  else if (step == G_MAXINT)
    target = n_slots - 1;
  else if (self->cursor < 0)
    target = step > 0 ? 0 : (int) n_slots - 1;
  else
    target = CLAMP (self->cursor + step, 0, (int) n_slots - 1);

  if (target == self->cursor)
    {
      /* Already there; show it, in case the pointer had taken over. */
      if (self->hover >= 0)
        set_hover (self, -1);
      else
        gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  set_cursor (self, target);
}

/* Left and Right move the way the arrows point, whichever way time runs. */
static gboolean
move_visual_cb (GtkWidget *widget,
                GVariant  *args,
                gpointer   user_data)
{
  ScapulaChart *self = SCAPULA_CHART (widget);
  int step = g_variant_get_int32 (args);

  if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
    step = -step;

  g_signal_emit (self, signals[SIGNAL_MOVE_READOUT], 0, step);
  return TRUE;
}

static void
scapula_chart_state_flags_changed (GtkWidget     *widget,
                                   GtkStateFlags  previous)
{
  ScapulaChart *self = SCAPULA_CHART (widget);
  GtkStateFlags changed = previous ^ gtk_widget_get_state_flags (widget);

  GTK_WIDGET_CLASS (scapula_chart_parent_class)->state_flags_changed (widget, previous);

  if (changed & (GTK_STATE_FLAG_FOCUSED | GTK_STATE_FLAG_FOCUS_VISIBLE))
    update_readout (self);
}

static void
scapula_chart_css_changed (GtkWidget         *widget,
                           GtkCssStyleChange *change)
{
  ScapulaChart *self = SCAPULA_CHART (widget);

  GTK_WIDGET_CLASS (scapula_chart_parent_class)->css_changed (widget, change);

  update_palette (self);

  /* The font may have changed with the style: measure again. */
  g_clear_object (&self->measure_layout);
  self->measure_layout = create_label (self, NULL);
  rebuild (self);
}

static void
scapula_chart_direction_changed (GtkWidget        *widget,
                                 GtkTextDirection  previous)
{
  GTK_WIDGET_CLASS (scapula_chart_parent_class)->direction_changed (widget, previous);

  rebuild (SCAPULA_CHART (widget));
}

static void
high_contrast_cb (ScapulaChart *self)
{
  update_palette (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* GObject ---------------------------------------------------------------- */

static void
scapula_chart_dispose (GObject *object)
{
  ScapulaChart *self = (ScapulaChart *)object;

  g_clear_object (&self->measure_layout);
  g_clear_object (&self->readout_layout);
  clear_text (self);

  G_OBJECT_CLASS (scapula_chart_parent_class)->dispose (object);
}

static void
scapula_chart_finalize (GObject *object)
{
  ScapulaChart *self = (ScapulaChart *)object;

  for (guint i = 0; i < self->n_series; i++)
    {
      g_free (self->series[i].name);
      g_array_unref (self->series[i].data);
    }
  g_clear_pointer (&self->categories, g_strfreev);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->caller_summary, g_free);
  g_clear_pointer (&self->built_summary, g_free);
  g_clear_pointer (&self->empty_text, g_free);
  g_clear_pointer (&self->reference_label, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->tz, g_time_zone_unref);
  g_clear_pointer (&self->layout, scapula_chart_layout_free);
  g_clear_pointer (&self->x_labels, g_ptr_array_unref);
  g_clear_pointer (&self->y_labels, g_ptr_array_unref);
  g_clear_pointer (&self->legend_labels, g_ptr_array_unref);
  g_clear_pointer (&self->legend_swatches, g_array_unref);
  g_clear_pointer (&self->legend_origins, g_array_unref);

  G_OBJECT_CLASS (scapula_chart_parent_class)->finalize (object);
}

static void
scapula_chart_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  ScapulaChart *self = SCAPULA_CHART (object);

  switch (prop_id)
    {
    case PROP_FORM:
      g_value_set_enum (value, self->form);
      break;
    case PROP_X_KIND:
      g_value_set_enum (value, self->x_kind);
      break;
    case PROP_VALUE_KIND:
      g_value_set_enum (value, self->value_kind);
      break;
    case PROP_WEIGHT_UNIT:
      g_value_set_enum (value, self->unit);
      break;
    case PROP_POINT_KIND:
      g_value_set_enum (value, self->point_kind);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, scapula_chart_get_summary (self));
      break;
    case PROP_EMPTY_TEXT:
      g_value_set_string (value, self->empty_text);
      break;
    case PROP_SINCE:
      g_value_set_int64 (value, self->since);
      break;
    case PROP_UNTIL:
      g_value_set_int64 (value, self->until);
      break;
    case PROP_BUCKET:
      g_value_set_int64 (value, self->bucket);
      break;
    case PROP_WEEK_START:
      g_value_set_int (value, self->week_start);
      break;
    case PROP_READOUT:
      g_value_set_int (value, self->active);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scapula_chart_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  ScapulaChart *self = SCAPULA_CHART (object);

  switch (prop_id)
    {
    case PROP_FORM:
      scapula_chart_set_form (self, g_value_get_enum (value));
      break;
    case PROP_X_KIND:
      scapula_chart_set_x_kind (self, g_value_get_enum (value));
      break;
    case PROP_VALUE_KIND:
      scapula_chart_set_value_kind (self, g_value_get_enum (value));
      break;
    case PROP_WEIGHT_UNIT:
      scapula_chart_set_weight_unit (self, g_value_get_enum (value));
      break;
    case PROP_POINT_KIND:
      scapula_chart_set_point_kind (self, g_value_get_enum (value));
      break;
    case PROP_TITLE:
      scapula_chart_set_title (self, g_value_get_string (value));
      break;
    case PROP_SUMMARY:
      scapula_chart_set_summary (self, g_value_get_string (value));
      break;
    case PROP_EMPTY_TEXT:
      scapula_chart_set_empty_text (self, g_value_get_string (value));
      break;
    case PROP_SINCE:
      scapula_chart_set_range (self, g_value_get_int64 (value), self->until);
      break;
    case PROP_UNTIL:
      scapula_chart_set_range (self, self->since, g_value_get_int64 (value));
      break;
    case PROP_BUCKET:
      scapula_chart_set_bucket (self, g_value_get_int64 (value));
      break;
    case PROP_WEEK_START:
      scapula_chart_set_week_start (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_move_binding (GtkWidgetClass *widget_class,
                  guint           keyval,
                  guint           keypad_keyval,
                  int             step)
{
  gtk_widget_class_add_binding (widget_class, keyval, 0, move_visual_cb, "i", step);
  gtk_widget_class_add_binding (widget_class, keypad_keyval, 0, move_visual_cb, "i", step);
}

static void
add_jump_binding (GtkWidgetClass *widget_class,
                  guint           keyval,
                  guint           keypad_keyval,
                  int             step)
{
  gtk_widget_class_add_binding_signal (widget_class, keyval, 0, "move-readout", "(i)", step);
  gtk_widget_class_add_binding_signal (widget_class, keypad_keyval, 0, "move-readout", "(i)", step);
}

static void
scapula_chart_class_init (ScapulaChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = scapula_chart_dispose;
  object_class->finalize = scapula_chart_finalize;
  object_class->get_property = scapula_chart_get_property;
  object_class->set_property = scapula_chart_set_property;

  widget_class->snapshot = scapula_chart_snapshot;
  widget_class->measure = scapula_chart_measure;
  widget_class->size_allocate = scapula_chart_size_allocate;
  widget_class->state_flags_changed = scapula_chart_state_flags_changed;
  widget_class->css_changed = scapula_chart_css_changed;
  widget_class->direction_changed = scapula_chart_direction_changed;

  /**
   * ScapulaChart:form:
   *
   * Line (with dots) or bars.
   */
  properties[PROP_FORM] =
    g_param_spec_enum ("form", NULL, NULL,
                       SCAPULA_TYPE_CHART_FORM, SCAPULA_CHART_FORM_LINE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ScapulaChart:x-kind:
   *
   * Whether x is a time (microseconds since the epoch) or a category
   * index; see scapula_chart_set_categories().
   */
  properties[PROP_X_KIND] =
    g_param_spec_enum ("x-kind", NULL, NULL,
                       SCAPULA_TYPE_CHART_X_KIND, SCAPULA_CHART_X_TIME,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ScapulaChart:value-kind:
   *
   * What the values are: it picks the ticks, the unit label and how
   * read-outs word a value.
   */
  properties[PROP_VALUE_KIND] =
    g_param_spec_enum ("value-kind", NULL, NULL,
                       SCAPULA_TYPE_CHART_VALUE_KIND, SCAPULA_CHART_VALUE_NUMBER,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ScapulaChart:weight-unit:
   *
   * The unit weights are shown in; values stay in kilograms.
   */
  properties[PROP_WEIGHT_UNIT] =
    g_param_spec_enum ("weight-unit", NULL, NULL,
                       SCAPULA_TYPE_WEIGHT_UNIT, SCAPULA_WEIGHT_UNIT_KG,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ScapulaChart:point-kind:
   *
   * What one point stands for, for the summary ("12 sessions").
   */
  properties[PROP_POINT_KIND] =
    g_param_spec_enum ("point-kind", NULL, NULL,
                       SCAPULA_TYPE_CHART_POINT_KIND, SCAPULA_CHART_POINT_SESSION,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ScapulaChart:title:
   *
   * What the chart shows, "Estimated one-rep max": its accessible label
   * and the start of its summary.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ScapulaChart:summary:
   *
   * A sentence that says what the chart shows, for assistive
   * technologies. Set it to say something the data alone cannot; set
   * %NULL to have it built from the data (the default).
   */
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ScapulaChart:empty-text:
   *
   * What the chart says when there is no data at all, such as "No
   * sessions yet. Log a set and it will show here."
   */
  properties[PROP_EMPTY_TEXT] =
    g_param_spec_string ("empty-text", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ScapulaChart:since:
   *
   * The first time shown, or %SCAPULA_CHART_SINCE_ALL for the first point.
   */
  properties[PROP_SINCE] =
    g_param_spec_int64 ("since", NULL, NULL,
                        G_MININT64, G_MAXINT64, SCAPULA_CHART_SINCE_ALL,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ScapulaChart:until:
   *
   * The last time shown, or %SCAPULA_CHART_UNTIL_ALL for the last point.
   */
  properties[PROP_UNTIL] =
    g_param_spec_int64 ("until", NULL, NULL,
                        G_MININT64, G_MAXINT64, SCAPULA_CHART_UNTIL_ALL,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ScapulaChart:bucket:
   *
   * For bars over time, the period one bar covers in microseconds (a week
   * for weekly sets), or 0 to use the smallest gap between points.
   */
  properties[PROP_BUCKET] =
    g_param_spec_int64 ("bucket", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ScapulaChart:week-start:
   *
   * The first day of the week, a #GDateWeekday, for weekly ticks.
   */
  properties[PROP_WEEK_START] =
    g_param_spec_int ("week-start", NULL, NULL,
                      G_DATE_MONDAY, G_DATE_SUNDAY, G_DATE_MONDAY,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ScapulaChart:readout:
   *
   * The slot the read-out shows, under the pointer or the keyboard
   * cursor, or -1 when there is none.
   */
  properties[PROP_READOUT] =
    g_param_spec_int ("readout", NULL, NULL,
                      -1, G_MAXINT, -1,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ScapulaChart::move-readout:
   * @self: the chart
   * @step: slots to move, later in time when positive; %G_MININT goes to
   *   the first slot, %G_MAXINT to the last
   *
   * Keybinding signal (Left, Right, Home, End): moves the keyboard
   * read-out.
   */
  signals[SIGNAL_MOVE_READOUT] =
    g_signal_new_class_handler ("move-readout",
                                G_TYPE_FROM_CLASS (klass),
                                G_SIGNAL_RUN_LAST | G_SIGNAL_ACTION,
                                G_CALLBACK (move_readout_cb),
                                NULL, NULL,
                                NULL,
                                G_TYPE_NONE, 1, G_TYPE_INT);

  add_move_binding (widget_class, GDK_KEY_Left, GDK_KEY_KP_Left, -1);
  add_move_binding (widget_class, GDK_KEY_Right, GDK_KEY_KP_Right, 1);
  add_jump_binding (widget_class, GDK_KEY_Home, GDK_KEY_KP_Home, G_MININT);
  add_jump_binding (widget_class, GDK_KEY_End, GDK_KEY_KP_End, G_MAXINT);

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
scapula_chart_init (ScapulaChart *self)
{
  GtkEventController *motion;
  GtkGesture *click;

  self->form = SCAPULA_CHART_FORM_LINE;
  self->x_kind = SCAPULA_CHART_X_TIME;
  self->value_kind = SCAPULA_CHART_VALUE_NUMBER;
  self->unit = SCAPULA_WEIGHT_UNIT_KG;
  self->point_kind = SCAPULA_CHART_POINT_SESSION;
  self->week_start = G_DATE_MONDAY;
  self->since = SCAPULA_CHART_SINCE_ALL;
  self->until = SCAPULA_CHART_UNTIL_ALL;
  self->hover = -1;
  self->cursor = -1;
  self->active = -1;
  self->title = g_strdup (_("Chart"));
  self->empty_text = g_strdup (_("Nothing to show yet."));
  self->tz = g_time_zone_new_local ();
  self->x_labels = g_ptr_array_new_with_free_func (g_object_unref);
  self->y_labels = g_ptr_array_new_with_free_func (g_object_unref);
  self->legend_labels = g_ptr_array_new_with_free_func (g_object_unref);
  self->legend_swatches = g_array_new (FALSE, FALSE, sizeof (graphene_point_t));
  self->legend_origins = g_array_new (FALSE, FALSE, sizeof (graphene_point_t));
  self->measure_layout = create_label (self, NULL);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);

  motion = gtk_event_controller_motion_new ();
  g_signal_connect_swapped (motion, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect_swapped (motion, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (click, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  /* High contrast changes the stylesheet too, but the line widths that go
   * with it are read from the style manager. */
  if (adw_is_initialized ())
    g_signal_connect_object (adw_style_manager_get_default (), "notify::high-contrast",
                             G_CALLBACK (high_contrast_cb), self, G_CONNECT_SWAPPED);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->title,
                                  -1);
  update_palette (self);
  rebuild (self);
}

/* Public API ------------------------------------------------------------- */

GtkWidget *
scapula_chart_new (void)
{
  return g_object_new (SCAPULA_TYPE_CHART, NULL);
}

ScapulaChartForm
scapula_chart_get_form (ScapulaChart *self)
{
  g_return_val_if_fail (SCAPULA_IS_CHART (self), SCAPULA_CHART_FORM_LINE);

  return self->form;
}

void
scapula_chart_set_form (ScapulaChart     *self,
                        ScapulaChartForm  form)
{
  g_return_if_fail (SCAPULA_IS_CHART (self));
  g_return_if_fail (form == SCAPULA_CHART_FORM_LINE || form == SCAPULA_CHART_FORM_BAR);

  if (self->form == form)
    return;

  self->form = form;
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FORM]);
}

ScapulaChartXKind
scapula_chart_get_x_kind (ScapulaChart *self)
{
  g_return_val_if_fail (SCAPULA_IS_CHART (self), SCAPULA_CHART_X_TIME);

  return self->x_kind;
}

void
scapula_chart_set_x_kind (ScapulaChart      *self,
                          ScapulaChartXKind  x_kind)
{
  g_return_if_fail (SCAPULA_IS_CHART (self));
  g_return_if_fail (x_kind == SCAPULA_CHART_X_TIME || x_kind == SCAPULA_CHART_X_CATEGORY);

  if (self->x_kind == x_kind)
    return;

  self->x_kind = x_kind;
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_X_KIND]);
}

ScapulaChartValueKind
scapula_chart_get_value_kind (ScapulaChart *self)
{
  g_return_val_if_fail (SCAPULA_IS_CHART (self), SCAPULA_CHART_VALUE_NUMBER);

  return self->value_kind;
}

void
scapula_chart_set_value_kind (ScapulaChart          *self,
                              ScapulaChartValueKind  value_kind)
{
  g_return_if_fail (SCAPULA_IS_CHART (self));
  g_return_if_fail (value_kind <= SCAPULA_CHART_VALUE_PERCENT);

  if (self->value_kind == value_kind)
    return;

  self->value_kind = value_kind;
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE_KIND]);
}

ScapulaWeightUnit
scapula_chart_get_weight_unit (ScapulaChart *self)
{
  g_return_val_if_fail (SCAPULA_IS_CHART (self), SCAPULA_WEIGHT_UNIT_KG);

  return self->unit;
}

/**
 * scapula_chart_set_weight_unit:
 * @unit: the user's weight unit
 *
 * Shows weights in @unit: the axis steps in that unit and read-outs use
 * it. The data stays in kilograms.
 */
void
scapula_chart_set_weight_unit (ScapulaChart      *self,
                               ScapulaWeightUnit  unit)
{
  g_return_if_fail (SCAPULA_IS_CHART (self));
  g_return_if_fail (unit == SCAPULA_WEIGHT_UNIT_KG || unit == SCAPULA_WEIGHT_UNIT_LB);

  if (self->unit == unit)
    return;

  self->unit = unit;
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WEIGHT_UNIT]);
}

ScapulaChartPointKind
scapula_chart_get_point_kind (ScapulaChart *self)
{
  g_return_val_if_fail (SCAPULA_IS_CHART (self), SCAPULA_CHART_POINT_SESSION);

  return self->point_kind;
}

void
scapula_chart_set_point_kind (ScapulaChart          *self,
                              ScapulaChartPointKind  point_kind)
{
  g_return_if_fail (SCAPULA_IS_CHART (self));
  g_return_if_fail (point_kind <= SCAPULA_CHART_POINT_CHECK_IN);

  if (self->point_kind == point_kind)
    return;

  self->point_kind = point_kind;
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POINT_KIND]);
}

const char *
scapula_chart_get_title (ScapulaChart *self)
{
  g_return_val_if_fail (SCAPULA_IS_CHART (self), NULL);

  return self->title;
}

/**
 * scapula_chart_set_title:
 * @title: (nullable): what the chart shows, "Estimated one-rep max";
 *   %NULL for the generic "Chart"
 *
 * The title is not drawn (the view heads the chart as it likes); it is
 * the chart's accessible label and starts its summary.
 */
void
scapula_chart_set_title (ScapulaChart *self,
                         const char   *title)
{
  g_return_if_fail (SCAPULA_IS_CHART (self));

  if (title == NULL)
    title = _("Chart");

  if (g_strcmp0 (self->title, title) == 0)
    return;

  g_free (self->title);
  self->title = g_strdup (title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->title,
                                  -1);
  update_description (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/**
 * scapula_chart_get_summary:
 *
 * Returns: the summary the caller set, or the one built from the data
 */
const char *
scapula_chart_get_summary (ScapulaChart *self)
{
  g_return_val_if_fail (SCAPULA_IS_CHART (self), NULL);

  return effective_summary (self);
}

/**
 * scapula_chart_set_summary:
 * @summary: (nullable): the sentence, or %NULL to build one from the data
 */
void
scapula_chart_set_summary (ScapulaChart *self,
                           const char   *summary)
{
  g_autofree char *old = NULL;

  g_return_if_fail (SCAPULA_IS_CHART (self));

  if (g_strcmp0 (self->caller_summary, summary) == 0)
    return;

  old = g_strdup (effective_summary (self));
  g_free (self->caller_summary);
  self->caller_summary = g_strdup (summary);
  update_description (self);

  /* update_description() notified if the built summary changed; the
   * caller's replaces it without changing it. */
  if (g_strcmp0 (old, effective_summary (self)) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
}

const char *
scapula_chart_get_empty_text (ScapulaChart *self)
{
  g_return_val_if_fail (SCAPULA_IS_CHART (self), NULL);

  return self->empty_text;
}

/**
 * scapula_chart_set_empty_text:
 * @empty_text: (nullable): what to say with no data at all, or %NULL for
 *   the generic "Nothing to show yet."
 *
 * When there is data but none in the range, the chart says so itself and
 * suggests a longer range.
 */
void
scapula_chart_set_empty_text (ScapulaChart *self,
                              const char   *empty_text)
{
  g_return_if_fail (SCAPULA_IS_CHART (self));

  if (empty_text == NULL)
    empty_text = _("Nothing to show yet.");

  if (g_strcmp0 (self->empty_text, empty_text) == 0)
    return;

  g_free (self->empty_text);
  self->empty_text = g_strdup (empty_text);
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMPTY_TEXT]);
}

gint64
scapula_chart_get_since (ScapulaChart *self)
{
  g_return_val_if_fail (SCAPULA_IS_CHART (self), SCAPULA_CHART_SINCE_ALL);

  return self->since;
}

gint64
scapula_chart_get_until (ScapulaChart *self)
{
  g_return_val_if_fail (SCAPULA_IS_CHART (self), SCAPULA_CHART_UNTIL_ALL);

  return self->until;
}

/**
 * scapula_chart_set_range:
 * @since: the first time shown, or %SCAPULA_CHART_SINCE_ALL
 * @until: the last time shown, or %SCAPULA_CHART_UNTIL_ALL
 *
 * Limits a time axis to a period; points outside it are not drawn. With
 * a bound set, the axis spans the whole period even where there is no
 * data, so a gap in training shows as a gap. For the range picker's
 * periods: scapula_chart_range_get_since() and now.
 */
void
scapula_chart_set_range (ScapulaChart *self,
                         gint64        since,
                         gint64        until)
{
  g_return_if_fail (SCAPULA_IS_CHART (self));

  if (self->since == since && self->until == until)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  if (self->since != since)
    {
      self->since = since;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SINCE]);
    }
  if (self->until != until)
    {
      self->until = until;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNTIL]);
    }
  self->cursor = -1;
  self->hover = -1;
  rebuild (self);
  g_object_thaw_notify (G_OBJECT (self));
}

gint64
scapula_chart_get_bucket (ScapulaChart *self)
{
  g_return_val_if_fail (SCAPULA_IS_CHART (self), 0);

  return self->bucket;
}

void
scapula_chart_set_bucket (ScapulaChart *self,
                          gint64        bucket)
{
  g_return_if_fail (SCAPULA_IS_CHART (self));
  g_return_if_fail (bucket >= 0);

  if (self->bucket == bucket)
    return;

  self->bucket = bucket;
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUCKET]);
}

GDateWeekday
scapula_chart_get_week_start (ScapulaChart *self)
{
  g_return_val_if_fail (SCAPULA_IS_CHART (self), G_DATE_MONDAY);

  return self->week_start;
}

void
scapula_chart_set_week_start (ScapulaChart *self,
                              GDateWeekday  week_start)
{
  g_return_if_fail (SCAPULA_IS_CHART (self));
  g_return_if_fail (g_date_valid_weekday (week_start));

  if (self->week_start == week_start)
    return;

  self->week_start = week_start;
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WEEK_START]);
}

/**
 * scapula_chart_set_categories:
 * @labels: (array zero-terminated=1) (nullable): a label per category
 *
 * The categories of a chart whose #ScapulaChart:x-kind is
 * %SCAPULA_CHART_X_CATEGORY; a point's x is its category's index.
 */
void
scapula_chart_set_categories (ScapulaChart       *self,
                              const char * const *labels)
{
  g_return_if_fail (SCAPULA_IS_CHART (self));

  g_clear_pointer (&self->categories, g_strfreev);
  self->categories = g_strdupv ((char **) labels);
  rebuild (self);
}

/**
 * scapula_chart_add_series:
 * @name: (nullable): what the series is, "Left"; named in read-outs and
 *   the summary when there are two
 * @data: (array length=n_data): the points; copied
 * @n_data: how many points
 *
 * Adds a series. The first is drawn in the accent colour; the second,
 * for comparison, dashed in the foreground colour.
 *
 * Returns: the series' index
 */
guint
scapula_chart_add_series (ScapulaChart            *self,
                          const char              *name,
                          const ScapulaChartDatum *data,
                          guint                    n_data)
{
  Series *series;

  g_return_val_if_fail (SCAPULA_IS_CHART (self), 0);
  g_return_val_if_fail (self->n_series < SCAPULA_CHART_MAX_SERIES, 0);
  g_return_val_if_fail (data != NULL || n_data == 0, 0);

  series = &self->series[self->n_series];
  series->name = g_strdup (name);
  series->data = g_array_sized_new (FALSE, FALSE, sizeof (ScapulaChartDatum), n_data);
  g_array_append_vals (series->data, data, n_data);
  self->n_series++;

  rebuild (self);
  return self->n_series - 1;
}

guint
scapula_chart_get_n_series (ScapulaChart *self)
{
  g_return_val_if_fail (SCAPULA_IS_CHART (self), 0);

  return self->n_series;
}

/**
 * scapula_chart_clear:
 *
 * Removes every series; the chart shows its empty state until new data
 * comes. Categories, the range and the target stay.
 */
void
scapula_chart_clear (ScapulaChart *self)
{
  g_return_if_fail (SCAPULA_IS_CHART (self));

  for (guint i = 0; i < self->n_series; i++)
    {
      g_clear_pointer (&self->series[i].name, g_free);
      g_clear_pointer (&self->series[i].data, g_array_unref);
    }
  self->n_series = 0;
  self->cursor = -1;
  self->hover = -1;
  rebuild (self);
}

/**
 * scapula_chart_set_reference:
 * @low: the target, or the bottom of a target band, in stored units
 * @high: the top of the band; equal to @low for a line
 * @label: (nullable): a short label drawn at the end of the line, such as
 *   "Planned" or "10–20 sets"
 *
 * Draws a target: a dashed line, or a band when @low and @high differ.
 */
void
scapula_chart_set_reference (ScapulaChart *self,
                             double        low,
                             double        high,
                             const char   *label)
{
  g_return_if_fail (SCAPULA_IS_CHART (self));
  g_return_if_fail (isfinite (low) && isfinite (high));

  self->has_reference = TRUE;
  self->reference_low = MIN (low, high);
  self->reference_high = MAX (low, high);
  g_free (self->reference_label);
  self->reference_label = g_strdup (label);
  rebuild (self);
}

void
scapula_chart_clear_reference (ScapulaChart *self)
{
  g_return_if_fail (SCAPULA_IS_CHART (self));

  if (!self->has_reference)
    return;

  self->has_reference = FALSE;
  g_clear_pointer (&self->reference_label, g_free);
  rebuild (self);
}

/**
 * scapula_chart_get_readout:
 *
 * Returns: the slot the read-out shows, or -1
 */
int
scapula_chart_get_readout (ScapulaChart *self)
{
  g_return_val_if_fail (SCAPULA_IS_CHART (self), -1);

  return self->active;
}

/* Private ---------------------------------------------------------------- */

const ScapulaChartLayout *
_scapula_chart_get_layout (ScapulaChart *self)
{
  g_return_val_if_fail (SCAPULA_IS_CHART (self), NULL);

  return self->layout;
}

const char *
_scapula_chart_get_description (ScapulaChart *self)
{
  g_return_val_if_fail (SCAPULA_IS_CHART (self), NULL);

  return self->description;
}

int
_scapula_chart_get_cursor (ScapulaChart *self)
{
  g_return_val_if_fail (SCAPULA_IS_CHART (self), -1);

  return self->cursor;
}

/* Dates in a fixed zone, so tests and screenshots read the same anywhere. */
void
_scapula_chart_set_time_zone (ScapulaChart *self,
                              GTimeZone    *tz)
{
  g_return_if_fail (SCAPULA_IS_CHART (self));
  g_return_if_fail (tz != NULL);

  g_time_zone_unref (self->tz);
  self->tz = g_time_zone_ref (tz);
  rebuild (self);
}

/* What the pointer does at (x, y), in widget coordinates; a point
 * outside the widget is the pointer leaving. */
void
_scapula_chart_hover (ScapulaChart *self,
                      double        x,
                      double        y)
{
  g_return_if_fail (SCAPULA_IS_CHART (self));

  if (self->layout == NULL || x < 0 || y < 0 || x > self->width || y > self->height)
    {
      set_hover (self, -1);
      return;
    }

  set_hover (self, scapula_chart_layout_find_slot (self->layout, x));
}

gboolean
_scapula_chart_get_readout_rect (ScapulaChart    *self,
                                 graphene_rect_t *rect)
{
  g_return_val_if_fail (SCAPULA_IS_CHART (self), FALSE);

  if (self->readout_layout == NULL)
    return FALSE;

  *rect = self->readout_rect;
  return TRUE;
}
