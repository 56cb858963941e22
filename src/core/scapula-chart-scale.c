/* scapula-chart-scale.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "scapula-chart-scale"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "scapula-chart-scale.h"
#include "scapula-units.h"

/* Everything about a chart that is not drawing: the value and time axes,
 * how values read, and where every point, bar, tick and label goes for a
 * given size. The chart widget computes a #ScapulaChartLayout when its
 * data or size changes and only walks it when it draws; the tests check
 * the same layout without a display.
 *
 * Values are stored in their own units (weights in kilograms). Axes are
 * computed in display units, so a chart in pounds gets ticks at 50, 100,
 * 150 lb, not at converted kilograms.
 */

G_DEFINE_ENUM_TYPE (ScapulaChartForm, scapula_chart_form,
  G_DEFINE_ENUM_VALUE (SCAPULA_CHART_FORM_LINE, "line"),
  G_DEFINE_ENUM_VALUE (SCAPULA_CHART_FORM_BAR, "bar"))

G_DEFINE_ENUM_TYPE (ScapulaChartXKind, scapula_chart_x_kind,
  G_DEFINE_ENUM_VALUE (SCAPULA_CHART_X_TIME, "time"),
  G_DEFINE_ENUM_VALUE (SCAPULA_CHART_X_CATEGORY, "category"))

G_DEFINE_ENUM_TYPE (ScapulaChartValueKind, scapula_chart_value_kind,
  G_DEFINE_ENUM_VALUE (SCAPULA_CHART_VALUE_NUMBER, "number"),
  G_DEFINE_ENUM_VALUE (SCAPULA_CHART_VALUE_WEIGHT, "weight"),
  G_DEFINE_ENUM_VALUE (SCAPULA_CHART_VALUE_REPS, "reps"),
  G_DEFINE_ENUM_VALUE (SCAPULA_CHART_VALUE_SECONDS, "seconds"),
  G_DEFINE_ENUM_VALUE (SCAPULA_CHART_VALUE_SETS, "sets"),
  G_DEFINE_ENUM_VALUE (SCAPULA_CHART_VALUE_SESSIONS, "sessions"),
  G_DEFINE_ENUM_VALUE (SCAPULA_CHART_VALUE_PAIN, "pain"),
  G_DEFINE_ENUM_VALUE (SCAPULA_CHART_VALUE_PERCENT, "percent"))

G_DEFINE_ENUM_TYPE (ScapulaChartPointKind, scapula_chart_point_kind,
  G_DEFINE_ENUM_VALUE (SCAPULA_CHART_POINT_SESSION, "session"),
  G_DEFINE_ENUM_VALUE (SCAPULA_CHART_POINT_WEEK, "week"),
  G_DEFINE_ENUM_VALUE (SCAPULA_CHART_POINT_DAY, "day"),
  G_DEFINE_ENUM_VALUE (SCAPULA_CHART_POINT_CHECK_IN, "check-in"))

G_DEFINE_ENUM_TYPE (ScapulaChartRange, scapula_chart_range,
  G_DEFINE_ENUM_VALUE (SCAPULA_CHART_RANGE_4_WEEKS, "4-weeks"),
  G_DEFINE_ENUM_VALUE (SCAPULA_CHART_RANGE_3_MONTHS, "3-months"),
  G_DEFINE_ENUM_VALUE (SCAPULA_CHART_RANGE_1_YEAR, "1-year"),
  G_DEFINE_ENUM_VALUE (SCAPULA_CHART_RANGE_ALL, "all"))

#define DAY_US   (G_TIME_SPAN_DAY)
#define WEEK_US  (7 * G_TIME_SPAN_DAY)

/* Room around the plot, in pixels. */
#define LABEL_GAP     8.0    /* between y labels and the plot */
#define X_LABEL_GAP   6.0    /* between the plot and the x labels */
#define TOP_GAP       4.0    /* between the unit label and the top tick's label */
#define END_GAP       10.0   /* after the plot, on the far side from the y labels */
#define LINE_INSET    8.0    /* keeps the first and last dots inside the plot */
#define BAR_INSET     2.0
#define MIN_LABEL_GAP 12.0   /* between two x labels */
#define DOT_SPACING   8.0    /* dots only when points are at least this far apart */
#define BAR_FILL      0.72   /* how much of its slot a bar group takes */
#define BAR_MAX_WIDTH 40.0   /* per series */

/* Numbers ---------------------------------------------------------------- */

/* @value with at most two decimals and no trailing zeros, in the locale's
 * notation, as scapula-units.c words weights. */
static char *
format_decimal (double value)
{
  gint64 hundredths = (gint64) llround (value * 100.0);

  if (hundredths % 100 == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT, hundredths / 100);
  if (hundredths % 10 == 0)
    return g_strdup_printf ("%.1f", (double) hundredths / 100.0);
  return g_strdup_printf ("%.2f", (double) hundredths / 100.0);
}

static gboolean
is_whole (double value)
{
  return fabs (value - round (value)) < 0.005;
}

/* "1:30", "12:05", "1:02:03". */
static char *
format_clock (double seconds)
{
  gint64 total = (gint64) llround (fabs (seconds));
  const char *sign = seconds < 0 && total > 0 ? "-" : "";

  if (total >= 3600)
    return g_strdup_printf ("%s%" G_GINT64_FORMAT ":%02d:%02d", sign,
                            total / 3600, (int) (total / 60 % 60), (int) (total % 60));

  return g_strdup_printf ("%s%" G_GINT64_FORMAT ":%02d", sign, total / 60, (int) (total % 60));
}

/* Scales ----------------------------------------------------------------- */

/**
 * scapula_chart_max_ticks:
 * @length: the axis length in pixels
 * @spacing: the least room a tick needs, in pixels
 *
 * Returns: how many ticks fit, at least 2 (the two ends)
 */
guint
scapula_chart_max_ticks (double length,
                         double spacing)
{
  g_return_val_if_fail (spacing > 0, 2);

  if (!(length > 0))
    return 2;

  return (guint) MAX (2.0, floor (length / spacing) + 1);
}

static double
kind_min_step (ScapulaChartValueKind kind)
{
  switch (kind)
    {
    /* Counts: no ticks between whole reps, sets or sessions. */
    case SCAPULA_CHART_VALUE_REPS:
    case SCAPULA_CHART_VALUE_SETS:
    case SCAPULA_CHART_VALUE_SESSIONS:
    case SCAPULA_CHART_VALUE_PAIN:
    case SCAPULA_CHART_VALUE_SECONDS:
      return 1.0;

    /* A tick label shows at most two decimals. */
    case SCAPULA_CHART_VALUE_NUMBER:
    case SCAPULA_CHART_VALUE_WEIGHT:
    case SCAPULA_CHART_VALUE_PERCENT:
    default:
      return 0.01;
    }
}

/* Steps a clock reads well at: whole seconds, then quarter and half
 * minutes, then minutes. */
static const double seconds_steps[] = {
  1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 18000, 36000,
};

static guint
count_ticks (double lo,
             double hi,
             double step,
             double *first,
             double *last)
{
  double a = floor (lo / step + 1e-9);
  double b = ceil (hi / step - 1e-9);

  *first = a * step;
  *last = b * step;

  return (guint) (b - a) + 1;
}

/* The next step of the 1-2-5 series after @step. */
static double
next_125 (double step)
{
  double exponent = floor (log10 (step) + 1e-9);
  double base = pow (10, exponent);
  double mantissa = step / base;

  if (mantissa < 1.5)
    return 2 * base;
  if (mantissa < 3.5)
    return 5 * base;
  return 10 * base;
}

/**
 * scapula_chart_scale_compute:
 * @scale: (out caller-allocates): the result
 * @kind: what the values are
 * @lo: the lowest value to show, in display units
 * @hi: the highest value to show, in display units
 * @max_ticks: at most this many ticks
 *
 * A "nice" axis from @lo to @hi: the smallest step of the 1, 2, 5 series
 * (times a power of ten) that needs no more than @max_ticks ticks, with
 * both ends on a tick. Counts (reps, sets, sessions, pain) step by whole
 * numbers; durations step by 1, 2, 5, 10, 15 or 30 seconds, or 1, 2, 5,
 * 10, 15 or 30 minutes. When @lo equals @hi, the axis is widened around
 * them. Pain keeps its 0–10 scale.
 */
void
scapula_chart_scale_compute (ScapulaChartScale     *scale,
                             ScapulaChartValueKind  kind,
                             double                 lo,
                             double                 hi,
                             guint                  max_ticks)
{
  double min_step = kind_min_step (kind);
  double step, first = 0, last = 0;
  guint n = 0;

  g_return_if_fail (scale != NULL);

  if (!isfinite (lo) || !isfinite (hi))
    lo = hi = 0;
  if (lo > hi)
    {
      double t = lo;

      lo = hi;
      hi = t;
    }
  max_ticks = MAX (max_ticks, 2);

  if (kind == SCAPULA_CHART_VALUE_PAIN)
    {
      lo = MIN (lo, 0);
      hi = MAX (hi, 10);
    }

  if (hi - lo < 1e-9)
    {
      double pad = fabs (hi) > 0 ? MAX (fabs (hi) * 0.1, min_step) : 1.0;

      /* Keep a positive value's axis off the negatives. */
      if (lo >= 0)
        lo = MAX (0, lo - pad);
      else
        lo -= pad;
      hi += pad;
    }

  if (kind == SCAPULA_CHART_VALUE_SECONDS)
    {
      step = seconds_steps[G_N_ELEMENTS (seconds_steps) - 1];
      for (guint i = 0; i < G_N_ELEMENTS (seconds_steps); i++)
        {
          n = count_ticks (lo, hi, seconds_steps[i], &first, &last);
          if (n <= max_ticks)
            {
              step = seconds_steps[i];
              break;
            }
        }

      /* Longer than ten hours: whole hours in the 1-2-5 series. */
      while ((n = count_ticks (lo, hi, step, &first, &last)) > max_ticks)
        step = step < 36000 ? 36000 : next_125 (step / 3600) * 3600;
    }
  else
    {
      double raw = (hi - lo) / (max_ticks - 1);

      /* Start one decade below the rough step and walk up the series. */
      step = MAX (pow (10, floor (log10 (raw)) - 1), min_step);
      if (step > min_step)
        step = pow (10, floor (log10 (step) + 1e-9));
      while (step < min_step - 1e-12)
        step = next_125 (step);

      while ((n = count_ticks (lo, hi, step, &first, &last)) > max_ticks)
        step = next_125 (step);
    }

  scale->min = first;
  scale->max = last;
  scale->step = step;
  scale->n_ticks = n;
}

/**
 * scapula_chart_scale_wants_zero:
 * @kind: what the values are
 * @form: line or bars
 * @lo: the lowest value, display units
 * @hi: the highest value, display units
 *
 * Whether the axis should reach down (or up) to zero. Bars always start at
 * zero, and so do percentages (a difference reads against zero) and pain.
 * A line of non-negative values starts at zero when its lowest point is
 * under half its highest: an axis from 0 to 12 reps shows 5 to 12 truly,
 * while 0 to 50 kg would flatten 42.5 to 50 kg into a line.
 *
 * Returns: %TRUE to include zero
 */
gboolean
scapula_chart_scale_wants_zero (ScapulaChartValueKind kind,
                                ScapulaChartForm      form,
                                double                lo,
                                double                hi)
{
  if (form == SCAPULA_CHART_FORM_BAR)
    return TRUE;

  switch (kind)
    {
    case SCAPULA_CHART_VALUE_PERCENT:
    case SCAPULA_CHART_VALUE_PAIN:
      return TRUE;

    case SCAPULA_CHART_VALUE_NUMBER:
    case SCAPULA_CHART_VALUE_WEIGHT:
    case SCAPULA_CHART_VALUE_REPS:
    case SCAPULA_CHART_VALUE_SECONDS:
    case SCAPULA_CHART_VALUE_SETS:
    case SCAPULA_CHART_VALUE_SESSIONS:
    default:
      if (lo < 0)
        return hi > 0;
      return hi > 0 && lo <= 0.5 * hi;
    }
}

/**
 * scapula_chart_scale_for_data:
 * @scale: (out caller-allocates): the result
 * @kind: what the values are
 * @form: line or bars
 * @lo: the lowest value, display units
 * @hi: the highest value, display units
 * @max_ticks: at most this many ticks
 *
 * scapula_chart_scale_compute() for the data, with zero included where
 * scapula_chart_scale_wants_zero() says.
 */
void
scapula_chart_scale_for_data (ScapulaChartScale     *scale,
                              ScapulaChartValueKind  kind,
                              ScapulaChartForm       form,
                              double                 lo,
                              double                 hi,
                              guint                  max_ticks)
{
  g_return_if_fail (scale != NULL);

  if (scapula_chart_scale_wants_zero (kind, form, lo, hi))
    {
      lo = MIN (lo, 0);
      hi = MAX (hi, 0);

      /* All zeros: an axis up to one of the unit. */
      if (hi - lo < 1e-9)
        hi = kind == SCAPULA_CHART_VALUE_SECONDS ? 60 : 1;
    }

  scapula_chart_scale_compute (scale, kind, lo, hi, max_ticks);
}

/**
 * scapula_chart_scale_get_tick:
 * @scale: a scale
 * @index: from 0 to @scale's n_ticks - 1
 *
 * Returns: the value of a tick, without the rounding noise of adding the
 *   step over and over
 */
double
scapula_chart_scale_get_tick (const ScapulaChartScale *scale,
                              guint                    index)
{
  double value;

  g_return_val_if_fail (scale != NULL, 0);

  value = (round (scale->min / scale->step) + index) * scale->step;
  if (fabs (value) < scale->step * 1e-6)
    value = 0;

  return value;
}

/* Time ticks ------------------------------------------------------------- */

typedef enum
{
  TIME_DAY,
  TIME_WEEK,
  TIME_MONTH,
  TIME_YEAR,
} TimeUnit;

typedef struct
{
  TimeUnit unit;
  int      count;
  double   approx;     /* microseconds, roughly */
} TimeStep;

static const TimeStep time_steps[] = {
  { TIME_DAY, 1, DAY_US },
  { TIME_DAY, 2, 2.0 * DAY_US },
  { TIME_WEEK, 1, WEEK_US },
  { TIME_WEEK, 2, 2.0 * WEEK_US },
  { TIME_MONTH, 1, 30.44 * DAY_US },
  { TIME_MONTH, 3, 91.31 * DAY_US },
  { TIME_MONTH, 6, 182.62 * DAY_US },
  { TIME_YEAR, 1, 365.25 * DAY_US },
  { TIME_YEAR, 2, 730.5 * DAY_US },
  { TIME_YEAR, 5, 1826.25 * DAY_US },
  { TIME_YEAR, 10, 3652.5 * DAY_US },
  { TIME_YEAR, 25, 9131.25 * DAY_US },
  { TIME_YEAR, 50, 18262.5 * DAY_US },
  { TIME_YEAR, 100, 36525.0 * DAY_US },
};

static void
clear_tick (gpointer data)
{
  ScapulaChartTick *tick = data;

  g_clear_pointer (&tick->label, g_free);
}

static GArray *
new_tick_array (void)
{
  GArray *ticks = g_array_new (FALSE, TRUE, sizeof (ScapulaChartTick));

  g_array_set_clear_func (ticks, clear_tick);
  return ticks;
}

static GDateTime *
date_time_from_us (gint64     time,
                   GTimeZone *tz)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (time / G_USEC_PER_SEC);

  if (utc == NULL)
    return NULL;

  return g_date_time_to_timezone (utc, tz);
}

static gint64
date_time_to_us (GDateTime *dt)
{
  return g_date_time_to_unix (dt) * G_USEC_PER_SEC + g_date_time_get_microsecond (dt);
}

static guint32
julian_day (int year,
            int month,
            int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

static char *
format_time_tick (GDateTime *dt,
                  TimeUnit   unit)
{
  switch (unit)
    {
    case TIME_DAY:
    case TIME_WEEK:
      /* Translators: a day on a chart's time axis, "16 Nov"; see g_date_time_format(). */
      return g_date_time_format (dt, _("%-d %b"));

    case TIME_MONTH:
      /* January gives the year, so a long axis says which year it is in. */
      if (g_date_time_get_month (dt) == 1)
        /* Translators: a year on a chart's time axis, "2026"; see g_date_time_format(). */
        return g_date_time_format (dt, _("%Y"));
      /* Translators: a month on a chart's time axis, "Mar"; see g_date_time_format(). */
      return g_date_time_format (dt, _("%b"));

    case TIME_YEAR:
    default:
      return g_date_time_format (dt, _("%Y"));
    }
}

/* The ticks of one step from @start to @end (both included), or %NULL
 * when there would be more than @max_count. */
static GArray *
generate_time_ticks (gint64          start,
                     gint64          end,
                     const TimeStep *step,
                     GTimeZone      *tz,
                     GDateWeekday    week_start,
                     guint           max_count)
{
  g_autoptr(GArray) ticks = new_tick_array ();
  g_autoptr(GDateTime) first = date_time_from_us (start, tz);
  int year, month, day;

  if (first == NULL)
    return NULL;

  g_date_time_get_ymd (first, &year, &month, &day);
  if (!g_date_valid_weekday (week_start))
    week_start = G_DATE_MONDAY;

  if (step->unit == TIME_DAY || step->unit == TIME_WEEK)
    {
      g_autoptr(GDateTime) dt = g_date_time_new (tz, year, month, day, 0, 0, 0);
      guint32 julian = julian_day (year, month, day);

      if (date_time_to_us (dt) < start)
        {
          GDateTime *next = g_date_time_add_days (dt, 1);

          g_date_time_unref (dt);
          dt = next;
          julian++;
        }

      /* Days on a stable grid (even days for a 2-day step), weeks from
       * the first day of the week, every other week on a stable grid, so
       * ticks do not jump when the range moves by a day. Julian day 1 was
       * a Monday. */
      if (step->unit == TIME_DAY)
        {
          while (julian % step->count != 0)
            julian++;
        }
      else
        {
          guint32 offset = week_start - G_DATE_MONDAY;

          while ((julian + 6 - offset) % 7 != 0 ||
                 ((julian + 6 - offset) / 7) % step->count != 0)
            julian++;
        }

      for (;;)
        {
          g_autoptr(GDateTime) tick = NULL;
          ScapulaChartTick t = { 0 };
          GDate date;
          gint64 us;

          g_date_clear (&date, 1);
          g_date_set_julian (&date, julian);
          tick = g_date_time_new (tz, g_date_get_year (&date), g_date_get_month (&date),
                                  g_date_get_day (&date), 0, 0, 0);
          if (tick == NULL)
            break;
          us = date_time_to_us (tick);
          if (us > end)
            break;
          if (ticks->len >= max_count)
            return NULL;

          t.value = us;
          t.label = format_time_tick (tick, step->unit);
          g_array_append_val (ticks, t);
          julian += step->unit == TIME_DAY ? step->count : 7 * step->count;
        }
    }
  else
    {
      /* Months counted from year 0, so quarters start in January, April,
       * July and October, and a 5-year step lands on 2025, 2030… */
      int index = step->unit == TIME_MONTH ? year * 12 + (month - 1) : year;
      int per = step->count;

      for (;;)
        {
          g_autoptr(GDateTime) tick = NULL;
          ScapulaChartTick t = { 0 };
          gint64 us;

          if (index % per != 0)
            {
              index++;
              continue;
            }

          if (step->unit == TIME_MONTH)
            tick = g_date_time_new (tz, index / 12, index % 12 + 1, 1, 0, 0, 0);
          else
            tick = g_date_time_new (tz, index, 1, 1, 0, 0, 0);
          if (tick == NULL)
            break;

          us = date_time_to_us (tick);
          if (us < start)
            {
              index += per;
              continue;
            }
          if (us > end)
            break;
          if (ticks->len >= max_count)
            return NULL;

          t.value = us;
          t.label = format_time_tick (tick, step->unit);
          g_array_append_val (ticks, t);
          index += per;
        }
    }

  return g_steal_pointer (&ticks);
}

/**
 * scapula_chart_time_ticks:
 * @start: the first time on the axis, microseconds since the epoch
 * @end: the last time on the axis
 * @max_ticks: at most this many ticks
 * @tz: (nullable): the time zone, %NULL for the local one
 * @week_start: the first day of the week
 *
 * Ticks for a time axis: the shortest of these steps that needs no more
 * than @max_ticks ticks between @start and @end: a day, two days, a week,
 * two weeks, a month, a quarter, half a year, a year, then 2, 5, 10… years.
 * Ticks fall on midnight, on the first day of a week, month, quarter or
 * year. Labels are in the user's language: "16 Nov" for days and weeks,
 * "Mar" for months with "2026" for January, "2026" for years.
 *
 * Returns: (transfer full) (element-type ScapulaChartTick): the ticks, in
 *   order, with their value (microseconds) and label
 */
GArray *
scapula_chart_time_ticks (gint64        start,
                          gint64        end,
                          guint         max_ticks,
                          GTimeZone    *tz,
                          GDateWeekday  week_start)
{
  g_autoptr(GTimeZone) local = NULL;

  g_return_val_if_fail (start <= end, new_tick_array ());

  if (tz == NULL)
    tz = local = g_time_zone_new_local ();
  max_ticks = MAX (max_ticks, 1);

  for (guint i = 0; i < G_N_ELEMENTS (time_steps); i++)
    {
      GArray *ticks;

      if ((end - start) / time_steps[i].approx > max_ticks + 1)
        continue;

      ticks = generate_time_ticks (start, end, &time_steps[i], tz, week_start, max_ticks);
      if (ticks != NULL)
        return ticks;
    }

  return new_tick_array ();
}

/**
 * scapula_chart_range_get_since:
 * @range: a period
 * @now: the current time, microseconds since the epoch
 * @tz: (nullable): the time zone, %NULL for the local one
 *
 * Where a period starts: midnight 27 days before today (four weeks, today
 * included), or midnight on today's date three months or one year ago.
 *
 * Returns: the start in microseconds, or %SCAPULA_CHART_SINCE_ALL
 */
gint64
scapula_chart_range_get_since (ScapulaChartRange  range,
                               gint64             now,
                               GTimeZone         *tz)
{
  g_autoptr(GTimeZone) local = NULL;
  g_autoptr(GDateTime) today = NULL;
  g_autoptr(GDateTime) since = NULL;
  g_autoptr(GDateTime) dt = NULL;
  int year, month, day;

  if (range == SCAPULA_CHART_RANGE_ALL)
    return SCAPULA_CHART_SINCE_ALL;

  if (tz == NULL)
    tz = local = g_time_zone_new_local ();

  dt = date_time_from_us (now, tz);
  g_return_val_if_fail (dt != NULL, SCAPULA_CHART_SINCE_ALL);
  g_date_time_get_ymd (dt, &year, &month, &day);
  today = g_date_time_new (tz, year, month, day, 0, 0, 0);

  switch (range)
    {
    case SCAPULA_CHART_RANGE_4_WEEKS:
      since = g_date_time_add_days (today, -27);
      break;
    case SCAPULA_CHART_RANGE_3_MONTHS:
      since = g_date_time_add_months (today, -3);
      break;
    case SCAPULA_CHART_RANGE_1_YEAR:
      since = g_date_time_add_years (today, -1);
      break;
    case SCAPULA_CHART_RANGE_ALL:
    default:
      g_return_val_if_reached (SCAPULA_CHART_SINCE_ALL);
    }

  return date_time_to_us (since);
}

/* Values ----------------------------------------------------------------- */

/**
 * scapula_chart_value_to_display:
 * @kind: what the value is
 * @unit: the user's weight unit
 * @value: a stored value
 *
 * Returns: @value in the unit it is shown in: weights in @unit, anything
 *   else as it is
 */
double
scapula_chart_value_to_display (ScapulaChartValueKind kind,
                                ScapulaWeightUnit     unit,
                                double                value)
{
  if (kind == SCAPULA_CHART_VALUE_WEIGHT)
    return scapula_weight_from_kg (value, unit);

  return value;
}

/**
 * scapula_chart_format_tick:
 * @kind: what the values are
 * @scale: the axis
 * @value: a tick's value, in display units
 *
 * A tick label: the number alone, with as many decimals as the step
 * needs ("42.5"), since the unit is written once beside the axis.
 * Durations read as a clock ("1:30") once the axis reaches a minute.
 *
 * Returns: (transfer full): the label
 */
char *
scapula_chart_format_tick (ScapulaChartValueKind    kind,
                           const ScapulaChartScale *scale,
                           double                   value)
{
  int decimals;

  g_return_val_if_fail (scale != NULL, g_strdup (""));

  if (fabs (value) < scale->step * 1e-6)
    value = 0;

  if (kind == SCAPULA_CHART_VALUE_SECONDS && MAX (fabs (scale->min), fabs (scale->max)) >= 60)
    return format_clock (value);

  decimals = (int) MAX (0, ceil (-log10 (scale->step) - 1e-9));
  decimals = MIN (decimals, 2);

  return g_strdup_printf ("%.*f", decimals, value);
}

/**
 * scapula_chart_format_value:
 * @kind: what the value is
 * @unit: the user's weight unit
 * @value: a stored value
 *
 * A value as a read-out or the summary says it: "42.5 kg", "93.7 lb",
 * "12 reps", "45 s", "1:30", "12.5 sets", "3 sessions", "4/10", "8%".
 *
 * Returns: (transfer full): the text
 */
char *
scapula_chart_format_value (ScapulaChartValueKind kind,
                            ScapulaWeightUnit     unit,
                            double                value)
{
  g_autofree char *number = NULL;
  gulong n;

  if (!isfinite (value))
    return g_strdup ("");

  number = format_decimal (value);
  n = (gulong) MIN (fabs (round (value)), (double) G_MAXULONG);

  switch (kind)
    {
    case SCAPULA_CHART_VALUE_WEIGHT:
      return scapula_weight_format (value, unit);

    case SCAPULA_CHART_VALUE_REPS:
      if (!is_whole (value))
        /* Translators: a number of repetitions that is not whole, "7.5 reps". */
        return g_strdup_printf (C_("fractional", "%s reps"), number);
      /* Translators: a number of repetitions, "12 reps". */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s rep", "%s reps", n), number);

    case SCAPULA_CHART_VALUE_SECONDS:
      if (fabs (value) < 59.5)
        {
          g_autofree char *whole = format_decimal (round (value));

          /* Translators: a duration in seconds, "45 s". */
          return g_strdup_printf (_("%s s"), whole);
        }
      return format_clock (value);

    case SCAPULA_CHART_VALUE_SETS:
      if (!is_whole (value))
        /* Translators: a number of sets that is not whole, "12.5 sets". */
        return g_strdup_printf (C_("fractional", "%s sets"), number);
      /* Translators: a number of sets, "12 sets". */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s set", "%s sets", n), number);

    case SCAPULA_CHART_VALUE_SESSIONS:
      if (!is_whole (value))
        /* Translators: a number of sessions that is not whole, "2.5 sessions". */
        return g_strdup_printf (C_("fractional", "%s sessions"), number);
      /* Translators: a number of training sessions, "3 sessions". */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s session", "%s sessions", n), number);

    case SCAPULA_CHART_VALUE_PAIN:
      /* Translators: pain on the 0 to 10 scale, "4/10". */
      return g_strdup_printf (_("%s/10"), number);

    case SCAPULA_CHART_VALUE_PERCENT:
      /* Translators: a percentage, "8%". */
      return g_strdup_printf (_("%s%%"), number);

    case SCAPULA_CHART_VALUE_NUMBER:
    default:
      return g_steal_pointer (&number);
    }
}

/**
 * scapula_chart_get_unit_label:
 * @kind: what the values are
 * @unit: the user's weight unit
 * @scale: (nullable): the axis, which decides between "s" and "min:s"
 *
 * Returns: (nullable): the unit written beside the value axis: "kg",
 *   "reps", "min:s"…, or %NULL for plain numbers
 */
const char *
scapula_chart_get_unit_label (ScapulaChartValueKind    kind,
                              ScapulaWeightUnit        unit,
                              const ScapulaChartScale *scale)
{
  switch (kind)
    {
    case SCAPULA_CHART_VALUE_WEIGHT:
      return scapula_weight_unit_get_symbol (unit);
    case SCAPULA_CHART_VALUE_REPS:
      /* Translators: the unit of a chart axis. */
      return _("reps");
    case SCAPULA_CHART_VALUE_SECONDS:
      if (scale != NULL && MAX (fabs (scale->min), fabs (scale->max)) >= 60)
        /* Translators: the unit of a chart axis whose labels read "1:30". */
        return _("min:s");
      /* Translators: the unit of a chart axis, seconds. */
      return _("s");
    case SCAPULA_CHART_VALUE_SETS:
      /* Translators: the unit of a chart axis. */
      return _("sets");
    case SCAPULA_CHART_VALUE_SESSIONS:
      /* Translators: the unit of a chart axis. */
      return _("sessions");
    case SCAPULA_CHART_VALUE_PAIN:
      /* Translators: the unit of a chart axis. */
      return _("pain, 0–10");
    case SCAPULA_CHART_VALUE_PERCENT:
      /* Translators: the unit of a chart axis, percent. */
      /* xgettext:no-c-format */
      return _("%");
    case SCAPULA_CHART_VALUE_NUMBER:
    default:
      return NULL;
    }
}

/**
 * scapula_chart_format_date:
 * @time: microseconds since the epoch
 * @tz: (nullable): the time zone, %NULL for the local one
 * @with_year: whether to add the year
 *
 * Returns: (transfer full): "4 Nov" or "4 Nov 2026", in the user's language
 */
char *
scapula_chart_format_date (gint64      time,
                           GTimeZone  *tz,
                           gboolean    with_year)
{
  g_autoptr(GTimeZone) local = NULL;
  g_autoptr(GDateTime) dt = NULL;

  if (tz == NULL)
    tz = local = g_time_zone_new_local ();

  dt = date_time_from_us (time, tz);
  g_return_val_if_fail (dt != NULL, g_strdup (""));

  if (with_year)
    /* Translators: a date with its year, "4 Nov 2026"; see g_date_time_format(). */
    return g_date_time_format (dt, _("%-d %b %Y"));

  /* Translators: a date without its year, "4 Nov"; see g_date_time_format(). */
  return g_date_time_format (dt, _("%-d %b"));
}

/* Layout ----------------------------------------------------------------- */

typedef struct
{
  char   *name;
  GArray *points;    /* ScapulaChartPoint, in range, in x order */
} LayoutSeries;

struct _ScapulaChartLayout
{
  ScapulaChartForm       form;
  ScapulaChartXKind      x_kind;
  ScapulaChartValueKind  value_kind;
  ScapulaWeightUnit      unit;
  ScapulaChartPointKind  point_kind;
  GTimeZone             *tz;
  GStrv                  categories;
  guint                  n_categories;
  gboolean               rtl;
  gboolean               has_data;       /* any point, in range or not */
  gboolean               has_geometry;

  LayoutSeries           series[SCAPULA_CHART_MAX_SERIES];
  guint                  n_series;
  GArray                *slots;          /* ScapulaChartSlot, in x order */

  /* x units from x_lo to x_hi run across the plot, less x_inset each end.
   * A point sits at x + center (half a bar, or half a category). */
  double                 x_lo;
  double                 x_hi;
  double                 x_inset;
  double                 bucket;
  double                 center;

  gboolean               has_reference;
  double                 reference_low;
  double                 reference_high;

  ScapulaChartRect       plot;
  ScapulaChartScale      scale;
  GArray                *y_ticks;
  GArray                *x_ticks;
  const char            *unit_label;
  double                 unit_x;
  double                 unit_y;
  double                 baseline;
  gboolean               show_dots;
};

static double
measure_text (const ScapulaChartLayoutInput *input,
              const char                    *text)
{
  if (text == NULL)
    return 0;

  if (input->measure != NULL)
    return input->measure (text, input->measure_data);

  /* A rough guess for tests and for sizes without a font. */
  return 0.6 * MAX (input->text_height, 1) * g_utf8_strlen (text, -1);
}

static int
compare_datum (gconstpointer a,
               gconstpointer b)
{
  const ScapulaChartDatum *da = a;
  const ScapulaChartDatum *db = b;

  return (da->x > db->x) - (da->x < db->x);
}

static gboolean
in_range (const ScapulaChartLayoutInput *input,
          guint                          n_categories,
          double                         x)
{
  if (!isfinite (x))
    return FALSE;

  if (input->x_kind == SCAPULA_CHART_X_CATEGORY)
    return x >= 0 && x < n_categories && x == floor (x);

  if (input->since != SCAPULA_CHART_SINCE_ALL && x < (double) input->since)
    return FALSE;
  if (input->until != SCAPULA_CHART_UNTIL_ALL && x > (double) input->until)
    return FALSE;
  return TRUE;
}

/* Copies the points in range, in x order. */
static void
collect_points (ScapulaChartLayout            *self,
                const ScapulaChartLayoutInput *input)
{
  for (guint s = 0; s < self->n_series; s++)
    {
      const ScapulaChartSeries *series = &input->series[s];
      g_autofree ScapulaChartDatum *sorted = NULL;
      const ScapulaChartDatum *data = series->data;
      gboolean ordered = TRUE;

      self->series[s].name = g_strdup (series->name);
      self->series[s].points = g_array_sized_new (FALSE, TRUE, sizeof (ScapulaChartPoint),
                                                  series->n_data);
      if (series->n_data == 0)
        continue;

      self->has_data = TRUE;
      for (guint i = 1; i < series->n_data && ordered; i++)
        ordered = data[i - 1].x <= data[i].x;
      if (!ordered)
        {
          sorted = g_memdup2 (data, sizeof *data * series->n_data);
          qsort (sorted, series->n_data, sizeof *sorted, compare_datum);
          data = sorted;
        }

      for (guint i = 0; i < series->n_data; i++)
        {
          ScapulaChartPoint point = { 0 };

          if (!in_range (input, self->n_categories, data[i].x) || !isfinite (data[i].y))
            continue;

          point.x = data[i].x;
          point.value = data[i].y;
          g_array_append_val (self->series[s].points, point);
        }
    }
}

/* Merges the series' x values into slots. */
static void
build_slots (ScapulaChartLayout *self)
{
  guint next[SCAPULA_CHART_MAX_SERIES] = { 0 };

  self->slots = g_array_new (FALSE, TRUE, sizeof (ScapulaChartSlot));

  for (;;)
    {
      ScapulaChartSlot slot = { .x = INFINITY };
      gboolean any = FALSE;

      for (guint s = 0; s < self->n_series; s++)
        {
          GArray *points = self->series[s].points;

          if (next[s] < points->len)
            {
              slot.x = MIN (slot.x, g_array_index (points, ScapulaChartPoint, next[s]).x);
              any = TRUE;
            }
        }
      if (!any)
        break;

      for (guint s = 0; s < SCAPULA_CHART_MAX_SERIES; s++)
        {
          slot.points[s] = -1;
          if (s >= self->n_series)
            continue;

          /* A series with two points at one x keeps the later one. */
          while (next[s] < self->series[s].points->len &&
                 g_array_index (self->series[s].points, ScapulaChartPoint, next[s]).x == slot.x)
            slot.points[s] = next[s]++;
        }

      g_array_append_val (self->slots, slot);
    }
}

static double
smallest_gap (ScapulaChartLayout *self)
{
  double gap = INFINITY;

  for (guint i = 1; i < self->slots->len; i++)
    gap = MIN (gap, g_array_index (self->slots, ScapulaChartSlot, i).x -
                    g_array_index (self->slots, ScapulaChartSlot, i - 1).x);

  return gap;
}

/* The x domain: time ranges as asked or as the data reach, a bar's width
 * past the last bar, a day either side of a lone point. */
static void
compute_x_domain (ScapulaChartLayout            *self,
                  const ScapulaChartLayoutInput *input)
{
  const ScapulaChartSlot *first = &g_array_index (self->slots, ScapulaChartSlot, 0);
  const ScapulaChartSlot *last = &g_array_index (self->slots, ScapulaChartSlot, self->slots->len - 1);

  if (self->x_kind == SCAPULA_CHART_X_CATEGORY)
    {
      self->x_lo = 0;
      self->x_hi = MAX (self->n_categories, 1);
      self->bucket = 1;
      self->center = 0.5;
      self->x_inset = 0;
      return;
    }

  self->x_lo = input->since != SCAPULA_CHART_SINCE_ALL ? (double) input->since : first->x;
  self->x_hi = input->until != SCAPULA_CHART_UNTIL_ALL ? (double) input->until : last->x;

  if (self->form == SCAPULA_CHART_FORM_BAR)
    {
      double gap = smallest_gap (self);

      self->bucket = input->bucket > 0 ? (double) input->bucket : (isfinite (gap) ? gap : DAY_US);
      self->center = self->bucket / 2;
      self->x_lo = MIN (self->x_lo, first->x);
      self->x_hi = MAX (self->x_hi, last->x + self->bucket);
      self->x_inset = BAR_INSET;
    }
  else
    {
      self->bucket = 0;
      self->center = 0;
      self->x_inset = LINE_INSET;
      if (self->x_hi - self->x_lo < 1)
        {
          self->x_lo -= DAY_US;
          self->x_hi += DAY_US;
        }
    }
}

static void
compute_y_scale (ScapulaChartLayout            *self,
                 const ScapulaChartLayoutInput *input,
                 guint                          max_ticks)
{
  double lo = INFINITY, hi = -INFINITY;

  for (guint s = 0; s < self->n_series; s++)
    {
      GArray *points = self->series[s].points;

      for (guint i = 0; i < points->len; i++)
        {
          double v = scapula_chart_value_to_display (self->value_kind, self->unit,
                                                     g_array_index (points, ScapulaChartPoint, i).value);

          lo = MIN (lo, v);
          hi = MAX (hi, v);
        }
    }

  if (self->has_reference)
    {
      lo = MIN (lo, scapula_chart_value_to_display (self->value_kind, self->unit, self->reference_low));
      hi = MAX (hi, scapula_chart_value_to_display (self->value_kind, self->unit, self->reference_high));
    }

  scapula_chart_scale_for_data (&self->scale, self->value_kind, self->form, lo, hi, max_ticks);
}

/* Fits x labels: the shortest time step whose labels do not touch. */
static void
compute_time_ticks (ScapulaChartLayout            *self,
                    const ScapulaChartLayoutInput *input)
{
  double usable = self->plot.width - 2 * self->x_inset;
  double span = self->x_hi - self->x_lo;
  GArray *fallback = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (time_steps); i++)
    {
      g_autoptr(GArray) ticks = NULL;
      double spacing, widest = 0;

      /* Not even room for a narrow label per tick. */
      if (span / time_steps[i].approx * 24.0 > usable)
        continue;

      ticks = generate_time_ticks ((gint64) self->x_lo, (gint64) self->x_hi, &time_steps[i],
                                   self->tz, input->week_start, G_MAXUINT);
      if (ticks == NULL || ticks->len == 0)
        continue;

      for (guint t = 0; t < ticks->len; t++)
        {
          ScapulaChartTick *tick = &g_array_index (ticks, ScapulaChartTick, t);

          tick->label_width = measure_text (input, tick->label);
          widest = MAX (widest, tick->label_width);
        }

      spacing = time_steps[i].approx / span * usable;
      if (ticks->len == 1 || spacing >= widest + MIN_LABEL_GAP)
        {
          g_clear_pointer (&fallback, g_array_unref);
          self->x_ticks = g_steal_pointer (&ticks);
          return;
        }

      g_clear_pointer (&fallback, g_array_unref);
      fallback = g_steal_pointer (&ticks);
    }

  self->x_ticks = fallback != NULL ? fallback : new_tick_array ();
}

/* Labels every k-th category, k as small as lets the labels breathe. */
static void
compute_category_ticks (ScapulaChartLayout            *self,
                        const ScapulaChartLayoutInput *input)
{
  double slot_width = (self->plot.width - 2 * self->x_inset) / MAX (self->n_categories, 1);
  g_autofree double *widths = g_new0 (double, MAX (self->n_categories, 1));
  double widest = 0;
  guint every;

  self->x_ticks = new_tick_array ();

  for (guint i = 0; i < self->n_categories; i++)
    {
      widths[i] = measure_text (input, self->categories[i]);
      widest = MAX (widest, widths[i]);
    }

  every = slot_width > 0 ? (guint) ceil ((widest + MIN_LABEL_GAP) / slot_width) : 1;
  every = CLAMP (every, 1, MAX (self->n_categories, 1));

  for (guint i = 0; i < self->n_categories; i += every)
    {
      ScapulaChartTick tick = { 0 };

      tick.value = i;
      tick.label = g_strdup (self->categories[i]);
      tick.label_width = widths[i];
      g_array_append_val (self->x_ticks, tick);
    }
}

double
scapula_chart_layout_x_to_px (const ScapulaChartLayout *self,
                              double                    x)
{
  double usable, t;

  g_return_val_if_fail (self != NULL, 0);

  usable = self->plot.width - 2 * self->x_inset;
  t = self->x_hi > self->x_lo ? (x - self->x_lo) / (self->x_hi - self->x_lo) : 0.5;

  if (self->rtl)
    return self->plot.x + self->plot.width - self->x_inset - t * usable;

  return self->plot.x + self->x_inset + t * usable;
}

static double
display_to_y (const ScapulaChartLayout *self,
              double                    display)
{
  double span = self->scale.max - self->scale.min;
  double t = span > 0 ? (display - self->scale.min) / span : 0;

  return self->plot.y + self->plot.height - t * self->plot.height;
}

double
scapula_chart_layout_value_to_y (const ScapulaChartLayout *self,
                                 double                    value)
{
  g_return_val_if_fail (self != NULL, 0);

  return display_to_y (self, scapula_chart_value_to_display (self->value_kind, self->unit, value));
}

static void
place_points (ScapulaChartLayout *self)
{
  guint n_bar_series = self->n_series;
  double slot_width = 0, group, sub;
  double min_spacing = INFINITY;

  self->baseline = display_to_y (self, CLAMP (0, self->scale.min, self->scale.max));

  if (self->form == SCAPULA_CHART_FORM_BAR)
    {
      slot_width = fabs (scapula_chart_layout_x_to_px (self, self->x_lo + self->bucket) -
                         scapula_chart_layout_x_to_px (self, self->x_lo));
      group = MIN (slot_width * BAR_FILL, BAR_MAX_WIDTH * n_bar_series);
      group = MAX (group, 1.0);
      sub = group / n_bar_series;
    }
  else
    {
      group = sub = 0;
    }

  for (guint i = 0; i < self->slots->len; i++)
    {
      ScapulaChartSlot *slot = &g_array_index (self->slots, ScapulaChartSlot, i);

      slot->px = scapula_chart_layout_x_to_px (self, slot->x + self->center);
      if (i > 0)
        min_spacing = MIN (min_spacing,
                           fabs (slot->px - g_array_index (self->slots, ScapulaChartSlot, i - 1).px));
    }

  for (guint s = 0; s < self->n_series; s++)
    {
      GArray *points = self->series[s].points;
      /* Bars of a group in series order, reading direction. */
      guint position = self->rtl ? n_bar_series - 1 - s : s;

      for (guint i = 0; i < points->len; i++)
        {
          ScapulaChartPoint *point = &g_array_index (points, ScapulaChartPoint, i);

          point->px = scapula_chart_layout_x_to_px (self, point->x + self->center);
          point->py = scapula_chart_layout_value_to_y (self, point->value);

          if (self->form == SCAPULA_CHART_FORM_BAR)
            {
              double top = MIN (point->py, self->baseline);
              double height = fabs (point->py - self->baseline);

              /* A value that is not zero never draws as nothing. */
              if (height < 1 && point->value != 0)
                {
                  height = 1;
                  if (point->py < self->baseline)
                    top = self->baseline - 1;
                }

              point->bar.x = point->px - group / 2 + position * sub;
              point->bar.width = sub;
              point->bar.y = top;
              point->bar.height = height;
              point->px = point->bar.x + sub / 2;
            }
        }
    }

  self->show_dots = self->form == SCAPULA_CHART_FORM_LINE &&
                    (self->slots->len < 2 || min_spacing >= DOT_SPACING);
}

static void
compute_geometry (ScapulaChartLayout            *self,
                  const ScapulaChartLayoutInput *input)
{
  double text_height = input->text_height > 0 ? input->text_height : 14;
  /* The unit label's line, then half a line for the top tick's label,
   * which is centred on the top of the plot. */
  double top = 1.5 * text_height + TOP_GAP;
  double bottom = text_height + X_LABEL_GAP + 2;
  double plot_height = MAX (input->height - top - bottom, 10);
  double label_width = 0, unit_width;
  guint max_ticks;

  /* The value axis first: its labels' width sets the plot's left edge. */
  max_ticks = scapula_chart_max_ticks (plot_height, 2.2 * text_height);
  compute_y_scale (self, input, max_ticks);

  self->y_ticks = new_tick_array ();
  for (guint i = 0; i < self->scale.n_ticks; i++)
    {
      ScapulaChartTick tick = { 0 };

      tick.value = scapula_chart_scale_get_tick (&self->scale, i);
      tick.label = scapula_chart_format_tick (self->value_kind, &self->scale, tick.value);
      tick.label_width = measure_text (input, tick.label);
      label_width = MAX (label_width, tick.label_width);
      g_array_append_val (self->y_ticks, tick);
    }

  self->plot.y = top;
  self->plot.height = plot_height;
  self->plot.width = MAX (input->width - label_width - LABEL_GAP - END_GAP, 10);
  self->plot.x = input->rtl ? END_GAP : label_width + LABEL_GAP;

  for (guint i = 0; i < self->y_ticks->len; i++)
    {
      ScapulaChartTick *tick = &g_array_index (self->y_ticks, ScapulaChartTick, i);

      tick->position = display_to_y (self, tick->value);
      tick->label_y = MAX (0, tick->position - text_height / 2);
      tick->label_x = input->rtl ? self->plot.x + self->plot.width + LABEL_GAP
                                 : self->plot.x - LABEL_GAP - tick->label_width;
    }

  self->unit_label = scapula_chart_get_unit_label (self->value_kind, self->unit, &self->scale);
  unit_width = measure_text (input, self->unit_label);
  self->unit_y = 0;
  self->unit_x = input->rtl ? MAX (0, input->width - unit_width) : 0;

  /* Then the x axis. */
  compute_x_domain (self, input);
  if (self->x_kind == SCAPULA_CHART_X_CATEGORY)
    compute_category_ticks (self, input);
  else
    compute_time_ticks (self, input);

  for (guint i = 0; i < self->x_ticks->len; i++)
    {
      ScapulaChartTick *tick = &g_array_index (self->x_ticks, ScapulaChartTick, i);
      double x = tick->value + (self->x_kind == SCAPULA_CHART_X_CATEGORY ? self->center : 0);

      tick->position = scapula_chart_layout_x_to_px (self, x);
      tick->label_x = CLAMP (tick->position - tick->label_width / 2,
                             0, MAX (0, input->width - tick->label_width));
      tick->label_y = self->plot.y + self->plot.height + X_LABEL_GAP;
    }

  place_points (self);
  self->has_geometry = TRUE;
}

/**
 * scapula_chart_layout_new:
 * @input: the data, the range and the size
 *
 * Lays a chart out. With a width of 0 only the data part is computed (the
 * points in range, the slots, the summary), which is what a chart needs
 * before it has a size.
 *
 * Returns: (transfer full): the layout
 */
ScapulaChartLayout *
scapula_chart_layout_new (const ScapulaChartLayoutInput *input)
{
  ScapulaChartLayout *self;

  g_return_val_if_fail (input != NULL, NULL);
  g_return_val_if_fail (input->n_series <= SCAPULA_CHART_MAX_SERIES, NULL);
  g_return_val_if_fail (input->n_series == 0 || input->series != NULL, NULL);

  self = g_new0 (ScapulaChartLayout, 1);
  self->form = input->form;
  self->x_kind = input->x_kind;
  self->value_kind = input->value_kind;
  self->unit = input->unit;
  self->point_kind = input->point_kind;
  self->rtl = !!input->rtl;
  self->tz = input->tz != NULL ? g_time_zone_ref (input->tz) : g_time_zone_new_local ();
  self->categories = g_strdupv ((char **) input->categories);
  self->n_categories = self->categories != NULL ? g_strv_length (self->categories) : 0;
  self->n_series = input->n_series;
  self->has_reference = input->has_reference;
  self->reference_low = MIN (input->reference_low, input->reference_high);
  self->reference_high = MAX (input->reference_low, input->reference_high);

  collect_points (self, input);
  build_slots (self);

  if (self->slots->len > 0 && input->width > 0 && input->height > 0)
    compute_geometry (self, input);

  return self;
}

void
scapula_chart_layout_free (ScapulaChartLayout *self)
{
  if (self == NULL)
    return;

  for (guint s = 0; s < self->n_series; s++)
    {
      g_free (self->series[s].name);
      g_clear_pointer (&self->series[s].points, g_array_unref);
    }
  g_clear_pointer (&self->slots, g_array_unref);
  g_clear_pointer (&self->y_ticks, g_array_unref);
  g_clear_pointer (&self->x_ticks, g_array_unref);
  g_clear_pointer (&self->categories, g_strfreev);
  g_clear_pointer (&self->tz, g_time_zone_unref);
  g_free (self);
}

/**
 * scapula_chart_layout_is_empty:
 *
 * Returns: %TRUE when no point is in range: the chart shows its empty
 *   state instead of axes
 */
gboolean
scapula_chart_layout_is_empty (const ScapulaChartLayout *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  return self->slots->len == 0;
}

/**
 * scapula_chart_layout_has_data:
 *
 * Returns: %TRUE when there is any point, in range or not, so an empty
 *   chart can say whether the range or the history is empty
 */
gboolean
scapula_chart_layout_has_data (const ScapulaChartLayout *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->has_data;
}

/**
 * scapula_chart_layout_get_plot:
 *
 * Returns: (nullable): the plot area, inside the axes, or %NULL when there
 *   is no geometry (empty, or laid out without a size)
 */
const ScapulaChartRect *
scapula_chart_layout_get_plot (const ScapulaChartLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->has_geometry ? &self->plot : NULL;
}

/**
 * scapula_chart_layout_get_scale:
 *
 * Returns: (nullable): the value axis, in display units
 */
const ScapulaChartScale *
scapula_chart_layout_get_scale (const ScapulaChartLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->has_geometry ? &self->scale : NULL;
}

const ScapulaChartTick *
scapula_chart_layout_get_y_ticks (const ScapulaChartLayout *self,
                                  guint                    *n_ticks)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (n_ticks != NULL, NULL);

  if (!self->has_geometry)
    {
      *n_ticks = 0;
      return NULL;
    }

  *n_ticks = self->y_ticks->len;
  return (const ScapulaChartTick *) (gconstpointer) self->y_ticks->data;
}

const ScapulaChartTick *
scapula_chart_layout_get_x_ticks (const ScapulaChartLayout *self,
                                  guint                    *n_ticks)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (n_ticks != NULL, NULL);

  if (!self->has_geometry)
    {
      *n_ticks = 0;
      return NULL;
    }

  *n_ticks = self->x_ticks->len;
  return (const ScapulaChartTick *) (gconstpointer) self->x_ticks->data;
}

/**
 * scapula_chart_layout_get_unit_label:
 * @x: (out) (optional): the label's left edge
 * @y: (out) (optional): the label's top edge
 *
 * Returns: (nullable): the unit written above the value axis
 */
const char *
scapula_chart_layout_get_unit_label (const ScapulaChartLayout *self,
                                     double                   *x,
                                     double                   *y)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (x != NULL)
    *x = self->unit_x;
  if (y != NULL)
    *y = self->unit_y;

  return self->has_geometry ? self->unit_label : NULL;
}

guint
scapula_chart_layout_get_n_series (const ScapulaChartLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_series;
}

/**
 * scapula_chart_layout_get_points:
 * @series: a series index
 * @n_points: (out): how many points are in range
 *
 * Returns: (array length=n_points): the series' points in range, in x
 *   order, placed when the layout has a size
 */
const ScapulaChartPoint *
scapula_chart_layout_get_points (const ScapulaChartLayout *self,
                                 guint                     series,
                                 guint                    *n_points)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (n_points != NULL, NULL);
  g_return_val_if_fail (series < self->n_series, NULL);

  *n_points = self->series[series].points->len;
  return (const ScapulaChartPoint *) (gconstpointer) self->series[series].points->data;
}

/**
 * scapula_chart_layout_get_slots:
 * @n_slots: (out): how many slots there are
 *
 * Returns: (array length=n_slots): the distinct x positions with data, in
 *   x order
 */
const ScapulaChartSlot *
scapula_chart_layout_get_slots (const ScapulaChartLayout *self,
                                guint                    *n_slots)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (n_slots != NULL, NULL);

  *n_slots = self->slots->len;
  return (const ScapulaChartSlot *) (gconstpointer) self->slots->data;
}

/**
 * scapula_chart_layout_get_show_dots:
 *
 * Returns: whether a line's points are far enough apart to draw as dots
 */
gboolean
scapula_chart_layout_get_show_dots (const ScapulaChartLayout *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->show_dots;
}

/**
 * scapula_chart_layout_get_baseline:
 *
 * Returns: the pixel y of zero, or of the axis end nearest zero
 */
double
scapula_chart_layout_get_baseline (const ScapulaChartLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->baseline;
}

/**
 * scapula_chart_layout_get_reference:
 * @y_low: (out) (optional): the pixel y of the target, or the band's bottom
 * @y_high: (out) (optional): the pixel y of the band's top
 *
 * Returns: whether there is a target line or band
 */
gboolean
scapula_chart_layout_get_reference (const ScapulaChartLayout *self,
                                    double                   *y_low,
                                    double                   *y_high)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (!self->has_reference || !self->has_geometry)
    return FALSE;

  if (y_low != NULL)
    *y_low = scapula_chart_layout_value_to_y (self, self->reference_low);
  if (y_high != NULL)
    *y_high = scapula_chart_layout_value_to_y (self, self->reference_high);

  return TRUE;
}

/**
 * scapula_chart_layout_find_slot:
 * @px: a pixel x, such as the pointer's
 *
 * Returns: the slot nearest @px, or -1 when there is none
 */
int
scapula_chart_layout_find_slot (const ScapulaChartLayout *self,
                                double                    px)
{
  guint lo = 0, hi;
  double usable, x, t;

  g_return_val_if_fail (self != NULL, -1);

  if (self->slots->len == 0 || !self->has_geometry)
    return -1;

  /* Back to x units, then a binary search on the slots' x. */
  usable = MAX (self->plot.width - 2 * self->x_inset, 1);
  t = self->rtl ? (self->plot.x + self->plot.width - self->x_inset - px) / usable
                : (px - self->plot.x - self->x_inset) / usable;
  x = self->x_lo + t * (self->x_hi - self->x_lo) - self->center;

  hi = self->slots->len;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (self->slots, ScapulaChartSlot, mid).x < x)
        lo = mid + 1;
      else
        hi = mid;
    }

  /* lo is the first slot at or after x: the nearest is it or the one
   * before. */
  if (lo == self->slots->len)
    return lo - 1;
  if (lo > 0 &&
      x - g_array_index (self->slots, ScapulaChartSlot, lo - 1).x <
      g_array_index (self->slots, ScapulaChartSlot, lo).x - x)
    return lo - 1;

  return lo;
}

/* Words ------------------------------------------------------------------ */

static char *
format_heading (const ScapulaChartLayout *self,
                double                    x)
{
  g_autofree char *date = NULL;

  if (self->x_kind == SCAPULA_CHART_X_CATEGORY)
    {
      guint index = (guint) x;

      return g_strdup (index < self->n_categories ? self->categories[index] : "");
    }

  date = scapula_chart_format_date ((gint64) x, self->tz, TRUE);
  if (self->form == SCAPULA_CHART_FORM_BAR && self->bucket >= 6 * DAY_US)
    /* Translators: the week a bar stands for; %s is its first day, "2 Nov 2026". */
    return g_strdup_printf (_("Week of %s"), date);

  return g_steal_pointer (&date);
}

static const ScapulaChartPoint *
slot_point (const ScapulaChartLayout *self,
            const ScapulaChartSlot   *slot,
            guint                     series)
{
  if (slot->points[series] < 0)
    return NULL;

  return &g_array_index (self->series[series].points, ScapulaChartPoint, slot->points[series]);
}

/* "Left 20 kg" or "20 kg". */
static char *
format_series_value (const ScapulaChartLayout *self,
                     guint                     series,
                     const ScapulaChartPoint  *point)
{
  g_autofree char *value = scapula_chart_format_value (self->value_kind, self->unit, point->value);
  const char *name = self->series[series].name;

  if (self->n_series < 2 || name == NULL || name[0] == '\0')
    return g_steal_pointer (&value);

  /* Translators: a series' name and its value in a chart read-out, "Left: 20 kg". */
  return g_strdup_printf (_("%s: %s"), name, value);
}

/**
 * scapula_chart_layout_format_slot:
 * @slot: a slot index
 * @values: (out) (transfer full): the values, one line per series
 *
 * The read-out for a slot, as drawn beside it.
 *
 * Returns: (transfer full): the heading: a date ("4 Nov 2026"), a week
 *   ("Week of 2 Nov 2026") or a category
 */
char *
scapula_chart_layout_format_slot (const ScapulaChartLayout  *self,
                                  guint                      slot,
                                  char                     **values)
{
  const ScapulaChartSlot *s;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) lines = NULL;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (slot < self->slots->len, NULL);
  g_return_val_if_fail (values != NULL, NULL);

  s = &g_array_index (self->slots, ScapulaChartSlot, slot);
  for (guint i = 0; i < self->n_series; i++)
    {
      const ScapulaChartPoint *point = slot_point (self, s, i);
      g_autofree char *line = NULL;

      if (point == NULL)
        continue;

      line = format_series_value (self, i, point);
      g_strv_builder_add (builder, line);
    }

  lines = g_strv_builder_end (builder);
  *values = g_strjoinv ("\n", lines);

  return format_heading (self, s->x);
}

/**
 * scapula_chart_layout_describe_slot:
 * @slot: a slot index
 *
 * The read-out for a slot as one sentence, for assistive technologies.
 *
 * Returns: (transfer full): "4 Nov 2026: Left: 20 kg, Right: 22.5 kg."
 */
char *
scapula_chart_layout_describe_slot (const ScapulaChartLayout *self,
                                    guint                     slot)
{
  g_autofree char *values = NULL;
  g_autofree char *heading = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *joined = NULL;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (slot < self->slots->len, NULL);

  heading = scapula_chart_layout_format_slot (self, slot, &values);
  lines = g_strsplit (values, "\n", -1);
  /* Translators: separates the values of a chart read-out, "Left: 20 kg, Right: 22.5 kg". */
  joined = g_strjoinv (_(", "), lines);

  /* Translators: a chart read-out, "4 Nov 2026: 50 kg." */
  return g_strdup_printf (_("%s: %s."), heading, joined);
}

static char *
format_count (ScapulaChartPointKind kind,
              guint                 n)
{
  switch (kind)
    {
    case SCAPULA_CHART_POINT_WEEK:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u week", "%u weeks", n), n);
    case SCAPULA_CHART_POINT_DAY:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u day", "%u days", n), n);
    case SCAPULA_CHART_POINT_CHECK_IN:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u check-in", "%u check-ins", n), n);
    case SCAPULA_CHART_POINT_SESSION:
    default:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u session", "%u sessions", n), n);
    }
}

/* "from 42.5 kg to 50 kg, highest 51.2 kg on 4 Nov" for one series. */
static char *
describe_trend (const ScapulaChartLayout *self,
                guint                     series,
                gboolean                  year_always)
{
  GArray *points = self->series[series].points;
  const ScapulaChartPoint *first = &g_array_index (points, ScapulaChartPoint, 0);
  const ScapulaChartPoint *last = &g_array_index (points, ScapulaChartPoint, points->len - 1);
  const ScapulaChartPoint *best = first;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *high = NULL;
  g_autofree char *date = NULL;

  for (guint i = 1; i < points->len; i++)
    {
      const ScapulaChartPoint *point = &g_array_index (points, ScapulaChartPoint, i);

      if (point->value > best->value)
        best = point;
    }

  from = scapula_chart_format_value (self->value_kind, self->unit, first->value);
  to = scapula_chart_format_value (self->value_kind, self->unit, last->value);
  high = scapula_chart_format_value (self->value_kind, self->unit, best->value);
  date = scapula_chart_format_date ((gint64) best->x, self->tz, year_always);

  /* Translators: how a chart's values went, "from 42.5 kg to 50 kg, highest 51.2 kg on 4 Nov". */
  return g_strdup_printf (_("from %s to %s, highest %s on %s"), from, to, high, date);
}

static gint64
slot_x (const ScapulaChartLayout *self,
        guint                     index)
{
  return (gint64) g_array_index (self->slots, ScapulaChartSlot, index).x;
}

static int
year_of (const ScapulaChartLayout *self,
         gint64                    time)
{
  g_autoptr(GDateTime) dt = date_time_from_us (time, self->tz);

  return dt != NULL ? g_date_time_get_year (dt) : 0;
}

static void
append_reference (const ScapulaChartLayout *self,
                  GString                  *text)
{
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;

  if (!self->has_reference)
    return;

  low = scapula_chart_format_value (self->value_kind, self->unit, self->reference_low);
  high = scapula_chart_format_value (self->value_kind, self->unit, self->reference_high);
  g_string_append_c (text, ' ');
  if (self->reference_low == self->reference_high)
    /* Translators: a chart's target line, "Target: 3 sessions." */
    g_string_append_printf (text, _("Target: %s."), low);
  else
    /* Translators: a chart's target band, "Target: 10 sets to 20 sets." */
    g_string_append_printf (text, _("Target: %s to %s."), low, high);
}

/* "Rhomboids 12 sets, Lats 8 sets" */
static char *
summarize_categories (const ScapulaChartLayout *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) parts = NULL;

  for (guint i = 0; i < self->slots->len; i++)
    {
      g_autofree char *values = NULL;
      g_autofree char *heading = scapula_chart_layout_format_slot (self, i, &values);
      g_auto(GStrv) lines = g_strsplit (values, "\n", -1);
      g_autofree char *joined_values = g_strjoinv (_(", "), lines);
      g_autofree char *part = NULL;

      if (self->n_series > 1)
        /* Translators: a category and its values, "Rhomboids (Left: 3 sets, Right: 2 sets)". */
        part = g_strdup_printf (_("%s (%s)"), heading, joined_values);
      else
        /* Translators: a category and its value, "Rhomboids 12 sets". */
        part = g_strdup_printf (_("%s %s"), heading, joined_values);
      g_strv_builder_add (builder, part);
    }

  parts = g_strv_builder_end (builder);
  return g_strjoinv (_(", "), parts);
}

/**
 * scapula_chart_layout_build_summary:
 * @title: what the chart shows, "Estimated one-rep max"
 *
 * One or two sentences that say what the chart shows, for assistive
 * technologies: "Estimated one-rep max, 12 sessions from 3 Sep to 18 Nov
 * 2026, from 42.5 kg to 50 kg, highest 51.2 kg on 4 Nov."
 *
 * Returns: (transfer full) (nullable): the summary, or %NULL when nothing
 *   is in range
 */
char *
scapula_chart_layout_build_summary (const ScapulaChartLayout *self,
                                    const char               *title)
{
  g_autoptr(GString) text = NULL;
  g_autofree char *count = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  guint n_with_data = 0, only = 0;
  gboolean one_year;

  g_return_val_if_fail (self != NULL, NULL);

  if (self->slots->len == 0)
    return NULL;

  if (title == NULL)
    title = "";
  text = g_string_new (NULL);

  if (self->x_kind == SCAPULA_CHART_X_CATEGORY)
    {
      g_autofree char *categories = summarize_categories (self);

      /* Translators: a chart summary by category, "Weekly sets per muscle: Rhomboids 12 sets, Lats 8 sets." */
      g_string_append_printf (text, _("%s: %s."), title, categories);
      append_reference (self, text);
      return g_string_free (g_steal_pointer (&text), FALSE);
    }

  for (guint s = 0; s < self->n_series; s++)
    {
      if (self->series[s].points->len > 0)
        {
          n_with_data++;
          only = s;
        }
    }

  count = format_count (self->point_kind, self->slots->len);
  one_year = year_of (self, slot_x (self, 0)) == year_of (self, slot_x (self, self->slots->len - 1));
  first = scapula_chart_format_date (slot_x (self, 0), self->tz, !one_year);
  last = scapula_chart_format_date (slot_x (self, self->slots->len - 1), self->tz, TRUE);

  if (self->slots->len == 1 && n_with_data == 1)
    {
      const ScapulaChartPoint *point = &g_array_index (self->series[only].points, ScapulaChartPoint, 0);
      g_autofree char *value = scapula_chart_format_value (self->value_kind, self->unit, point->value);

      /* Translators: a chart summary with one point, "Estimated one-rep max, 1 session on 4 Nov 2026: 50 kg." */
      g_string_append_printf (text, _("%s, %s on %s: %s."), title, count, last, value);
    }
  else if (n_with_data == 1 && self->n_series == 1)
    {
      g_autofree char *trend = describe_trend (self, only, !one_year);

      /* Translators: a chart summary: its title, "12 sessions", the first and last dates, and how the values went. */
      g_string_append_printf (text, _("%s, %s from %s to %s, %s."), title, count, first, last, trend);
    }
  else
    {
      /* Translators: a chart summary: its title, "12 sessions", the first and last dates. */
      g_string_append_printf (text, _("%s, %s from %s to %s."), title, count, first, last);

      for (guint s = 0; s < self->n_series; s++)
        {
          g_autofree char *trend = NULL;
          const char *name = self->series[s].name;

          if (self->series[s].points->len == 0)
            continue;

          trend = describe_trend (self, s, !one_year);
          g_string_append_c (text, ' ');
          /* Translators: one series in a chart summary, "Left: from 20 kg to 24 kg, highest 24 kg on 4 Nov." */
          g_string_append_printf (text, _("%s: %s."), name != NULL ? name : "", trend);
        }
    }

  append_reference (self, text);
  return g_string_free (g_steal_pointer (&text), FALSE);
}
