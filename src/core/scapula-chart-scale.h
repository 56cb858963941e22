/* scapula-chart-scale.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "scapula-types.h"

G_BEGIN_DECLS

/* A chart draws at most this many series: one, or two to compare (left
 * and right side). */
#define SCAPULA_CHART_MAX_SERIES 2

/* Bounds for scapula_chart_layout_input's since and until: no bound, the
 * data's own first or last point. */
#define SCAPULA_CHART_SINCE_ALL G_MININT64
#define SCAPULA_CHART_UNTIL_ALL G_MAXINT64

/**
 * ScapulaChartForm:
 * @SCAPULA_CHART_FORM_LINE: points joined by a line, with dots
 * @SCAPULA_CHART_FORM_BAR: a bar per point, from zero
 */
typedef enum
{
  SCAPULA_CHART_FORM_LINE,
  SCAPULA_CHART_FORM_BAR,
} ScapulaChartForm;

/**
 * ScapulaChartXKind:
 * @SCAPULA_CHART_X_TIME: x is a time in microseconds since the Unix epoch
 * @SCAPULA_CHART_X_CATEGORY: x is the index of a category label
 */
typedef enum
{
  SCAPULA_CHART_X_TIME,
  SCAPULA_CHART_X_CATEGORY,
} ScapulaChartXKind;

/**
 * ScapulaChartValueKind:
 * @SCAPULA_CHART_VALUE_NUMBER: a plain number
 * @SCAPULA_CHART_VALUE_WEIGHT: a weight or a volume, stored in kilograms
 * @SCAPULA_CHART_VALUE_REPS: repetitions
 * @SCAPULA_CHART_VALUE_SECONDS: a duration in seconds, such as a hold
 * @SCAPULA_CHART_VALUE_SETS: sets, which may come in halves
 * @SCAPULA_CHART_VALUE_SESSIONS: training sessions
 * @SCAPULA_CHART_VALUE_PAIN: pain on the 0–10 scale
 * @SCAPULA_CHART_VALUE_PERCENT: a percentage, which may be negative
 *
 * What the y values are: it picks the tick steps, the unit shown beside the
 * axis and how a value reads.
 */
typedef enum
{
  SCAPULA_CHART_VALUE_NUMBER,
  SCAPULA_CHART_VALUE_WEIGHT,
  SCAPULA_CHART_VALUE_REPS,
  SCAPULA_CHART_VALUE_SECONDS,
  SCAPULA_CHART_VALUE_SETS,
  SCAPULA_CHART_VALUE_SESSIONS,
  SCAPULA_CHART_VALUE_PAIN,
  SCAPULA_CHART_VALUE_PERCENT,
} ScapulaChartValueKind;

/**
 * ScapulaChartPointKind:
 * @SCAPULA_CHART_POINT_SESSION: a point is one training session
 * @SCAPULA_CHART_POINT_WEEK: a point is one week
 * @SCAPULA_CHART_POINT_DAY: a point is one day
 * @SCAPULA_CHART_POINT_CHECK_IN: a point is one pain check-in
 *
 * What one point on a time axis stands for, for the summary sentence
 * ("12 sessions from 3 Sep to 18 Nov 2026").
 */
typedef enum
{
  SCAPULA_CHART_POINT_SESSION,
  SCAPULA_CHART_POINT_WEEK,
  SCAPULA_CHART_POINT_DAY,
  SCAPULA_CHART_POINT_CHECK_IN,
} ScapulaChartPointKind;

/**
 * ScapulaChartRange:
 * @SCAPULA_CHART_RANGE_4_WEEKS: today and the four weeks before
 * @SCAPULA_CHART_RANGE_3_MONTHS: the last three months
 * @SCAPULA_CHART_RANGE_1_YEAR: the last year
 * @SCAPULA_CHART_RANGE_ALL: everything
 *
 * The periods the range picker offers.
 */
typedef enum
{
  SCAPULA_CHART_RANGE_4_WEEKS,
  SCAPULA_CHART_RANGE_3_MONTHS,
  SCAPULA_CHART_RANGE_1_YEAR,
  SCAPULA_CHART_RANGE_ALL,
} ScapulaChartRange;

#define SCAPULA_TYPE_CHART_FORM       (scapula_chart_form_get_type ())
#define SCAPULA_TYPE_CHART_X_KIND     (scapula_chart_x_kind_get_type ())
#define SCAPULA_TYPE_CHART_VALUE_KIND (scapula_chart_value_kind_get_type ())
#define SCAPULA_TYPE_CHART_POINT_KIND (scapula_chart_point_kind_get_type ())
#define SCAPULA_TYPE_CHART_RANGE      (scapula_chart_range_get_type ())

GType scapula_chart_form_get_type       (void) G_GNUC_CONST;
GType scapula_chart_x_kind_get_type     (void) G_GNUC_CONST;
GType scapula_chart_value_kind_get_type (void) G_GNUC_CONST;
GType scapula_chart_point_kind_get_type (void) G_GNUC_CONST;
GType scapula_chart_range_get_type      (void) G_GNUC_CONST;

/**
 * ScapulaChartDatum:
 * @x: a time in microseconds since the Unix epoch, or a category index
 * @y: the value, in stored units (weights in kilograms)
 */
typedef struct
{
  double x;
  double y;
} ScapulaChartDatum;

/**
 * ScapulaChartSeries:
 * @name: (nullable): what the series is, e.g. "Left"; used in read-outs
 * @data: (array length=n_data): the points, best in x order
 * @n_data: the number of points
 */
typedef struct
{
  const char              *name;
  const ScapulaChartDatum *data;
  guint                    n_data;
} ScapulaChartSeries;

/**
 * ScapulaChartScale:
 * @min: the axis starts here (a multiple of @step)
 * @max: and ends here (a multiple of @step)
 * @step: between two ticks
 * @n_ticks: ticks from @min to @max, both included
 *
 * A value axis, in display units (pounds when the user works in pounds).
 */
typedef struct
{
  double min;
  double max;
  double step;
  guint  n_ticks;
} ScapulaChartScale;

/**
 * ScapulaChartTick:
 * @value: where the tick is, in display units (y) or x units
 * @position: the tick's pixel along its axis
 * @label: (nullable): the text, or %NULL for an unlabelled tick
 * @label_x: the label's left edge
 * @label_y: the label's top edge
 * @label_width: the label's width, as measured
 */
typedef struct
{
  double  value;
  double  position;
  char   *label;
  double  label_x;
  double  label_y;
  double  label_width;
} ScapulaChartTick;

/**
 * ScapulaChartRect:
 *
 * A rectangle in widget pixels.
 */
typedef struct
{
  double x;
  double y;
  double width;
  double height;
} ScapulaChartRect;

/**
 * ScapulaChartPoint:
 * @x: the point's x, as given
 * @value: the point's y, as given (stored units)
 * @px: the pixel x of the dot, or of the bar's centre
 * @py: the pixel y of the dot, or of the bar's end away from zero
 * @bar: the bar, for the bar form
 */
typedef struct
{
  double           x;
  double           value;
  double           px;
  double           py;
  ScapulaChartRect bar;
} ScapulaChartPoint;

/**
 * ScapulaChartSlot:
 * @x: the x the slot is for
 * @px: the pixel x of its centre
 * @points: for each series, the index of its point at @x, or -1
 *
 * One x position that has data in at least one series. The hover and
 * keyboard read-out move from slot to slot.
 */
typedef struct
{
  double x;
  double px;
  int    points[SCAPULA_CHART_MAX_SERIES];
} ScapulaChartSlot;

/**
 * ScapulaChartMeasureFunc:
 * @text: a label
 * @user_data: the data given with the function
 *
 * Returns: how wide @text is drawn, in pixels
 */
typedef double (*ScapulaChartMeasureFunc) (const char *text,
                                           gpointer    user_data);

/**
 * ScapulaChartLayoutInput:
 * @form: line or bars
 * @x_kind: time or categories
 * @value_kind: what the values are
 * @unit: the user's weight unit, for weights
 * @point_kind: what a point stands for, for the summary
 * @series: (array length=n_series): the data
 * @n_series: up to %SCAPULA_CHART_MAX_SERIES
 * @categories: (array zero-terminated=1) (nullable): category labels
 * @since: the first time shown, or %SCAPULA_CHART_SINCE_ALL
 * @until: the last time shown, or %SCAPULA_CHART_UNTIL_ALL
 * @bucket: for bars on a time axis, the period a bar covers in
 *   microseconds (a week for weekly sets), or 0 to take the smallest gap
 * @has_reference: whether there is a target line or band
 * @reference_low: the target (a line) or the band's bottom, stored units
 * @reference_high: the band's top; equal to @reference_low for a line
 * @width: the widget's width; 0 computes the data part only
 * @height: the widget's height
 * @text_height: the height of a line of label text
 * @rtl: mirror x for right-to-left text
 * @tz: (nullable): the time zone for dates, %NULL for the local one
 * @week_start: the first day of the week, for weekly ticks
 * @measure: (nullable): measures label widths; %NULL guesses from length
 * @measure_data: data for @measure
 *
 * Everything a chart's layout depends on. Nothing here is kept: the
 * layout copies what it needs.
 */
typedef struct
{
  ScapulaChartForm           form;
  ScapulaChartXKind          x_kind;
  ScapulaChartValueKind      value_kind;
  ScapulaWeightUnit          unit;
  ScapulaChartPointKind      point_kind;
  const ScapulaChartSeries  *series;
  guint                      n_series;
  const char * const        *categories;
  gint64                     since;
  gint64                     until;
  gint64                     bucket;
  gboolean                   has_reference;
  double                     reference_low;
  double                     reference_high;
  double                     width;
  double                     height;
  double                     text_height;
  gboolean                   rtl;
  GTimeZone                 *tz;
  GDateWeekday               week_start;
  ScapulaChartMeasureFunc    measure;
  gpointer                   measure_data;
} ScapulaChartLayoutInput;

typedef struct _ScapulaChartLayout ScapulaChartLayout;

/* Scales and ticks */
guint                    scapula_chart_max_ticks                 (double                         length,
                                                                  double                         spacing);
void                     scapula_chart_scale_compute             (ScapulaChartScale             *scale,
                                                                  ScapulaChartValueKind          kind,
                                                                  double                         lo,
                                                                  double                         hi,
                                                                  guint                          max_ticks);
gboolean                 scapula_chart_scale_wants_zero          (ScapulaChartValueKind          kind,
                                                                  ScapulaChartForm               form,
                                                                  double                         lo,
                                                                  double                         hi);
void                     scapula_chart_scale_for_data            (ScapulaChartScale             *scale,
                                                                  ScapulaChartValueKind          kind,
                                                                  ScapulaChartForm               form,
                                                                  double                         lo,
                                                                  double                         hi,
                                                                  guint                          max_ticks);
double                   scapula_chart_scale_get_tick            (const ScapulaChartScale       *scale,
                                                                  guint                          index);
GArray                  *scapula_chart_time_ticks                (gint64                         start,
                                                                  gint64                         end,
                                                                  guint                          max_ticks,
                                                                  GTimeZone                     *tz,
                                                                  GDateWeekday                   week_start);
gint64                   scapula_chart_range_get_since           (ScapulaChartRange              range,
                                                                  gint64                         now,
                                                                  GTimeZone                     *tz);

/* Values and their words */
double                   scapula_chart_value_to_display          (ScapulaChartValueKind          kind,
                                                                  ScapulaWeightUnit              unit,
                                                                  double                         value);
char                    *scapula_chart_format_tick               (ScapulaChartValueKind          kind,
                                                                  const ScapulaChartScale       *scale,
                                                                  double                         value);
char                    *scapula_chart_format_value              (ScapulaChartValueKind          kind,
                                                                  ScapulaWeightUnit              unit,
                                                                  double                         value);
const char              *scapula_chart_get_unit_label            (ScapulaChartValueKind          kind,
                                                                  ScapulaWeightUnit              unit,
                                                                  const ScapulaChartScale       *scale);
char                    *scapula_chart_format_date               (gint64                         time,
                                                                  GTimeZone                     *tz,
                                                                  gboolean                       with_year);

/* Geometry */
ScapulaChartLayout      *scapula_chart_layout_new                (const ScapulaChartLayoutInput *input);
void                     scapula_chart_layout_free               (ScapulaChartLayout            *self);
gboolean                 scapula_chart_layout_is_empty           (const ScapulaChartLayout      *self);
gboolean                 scapula_chart_layout_has_data           (const ScapulaChartLayout      *self);
const ScapulaChartRect  *scapula_chart_layout_get_plot           (const ScapulaChartLayout      *self);
const ScapulaChartScale *scapula_chart_layout_get_scale          (const ScapulaChartLayout      *self);
const ScapulaChartTick  *scapula_chart_layout_get_y_ticks        (const ScapulaChartLayout      *self,
                                                                  guint                         *n_ticks);
const ScapulaChartTick  *scapula_chart_layout_get_x_ticks        (const ScapulaChartLayout      *self,
                                                                  guint                         *n_ticks);
const char              *scapula_chart_layout_get_unit_label     (const ScapulaChartLayout      *self,
                                                                  double                        *x,
                                                                  double                        *y);
guint                    scapula_chart_layout_get_n_series       (const ScapulaChartLayout      *self);
const ScapulaChartPoint *scapula_chart_layout_get_points         (const ScapulaChartLayout      *self,
                                                                  guint                          series,
                                                                  guint                         *n_points);
const ScapulaChartSlot  *scapula_chart_layout_get_slots          (const ScapulaChartLayout      *self,
                                                                  guint                         *n_slots);
gboolean                 scapula_chart_layout_get_show_dots      (const ScapulaChartLayout      *self);
double                   scapula_chart_layout_get_baseline       (const ScapulaChartLayout      *self);
gboolean                 scapula_chart_layout_get_reference      (const ScapulaChartLayout      *self,
                                                                  double                        *y_low,
                                                                  double                        *y_high);
double                   scapula_chart_layout_value_to_y         (const ScapulaChartLayout      *self,
                                                                  double                         value);
double                   scapula_chart_layout_x_to_px            (const ScapulaChartLayout      *self,
                                                                  double                         x);
int                      scapula_chart_layout_find_slot          (const ScapulaChartLayout      *self,
                                                                  double                         px);
char                    *scapula_chart_layout_format_slot        (const ScapulaChartLayout      *self,
                                                                  guint                          slot,
                                                                  char                         **values);
char                    *scapula_chart_layout_describe_slot      (const ScapulaChartLayout      *self,
                                                                  guint                          slot);
char                    *scapula_chart_layout_build_summary      (const ScapulaChartLayout      *self,
                                                                  const char                    *title);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScapulaChartLayout, scapula_chart_layout_free)

G_END_DECLS
