/* test-chart-scale.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "scapula-chart-scale.h"
#include "scapula-units.h"

#define WIDTH       360.0
#define HEIGHT      220.0
#define TEXT_HEIGHT 14.0

/* Midnight UTC on a date, in microseconds (the tests run with TZ=UTC). */
static gint64
utc (int year,
     int month,
     int day)
{
  g_autoptr(GDateTime) dt = g_date_time_new_utc (year, month, day, 0, 0, 0);

  return g_date_time_to_unix (dt) * G_USEC_PER_SEC;
}

static gint64
utc_hm (int year,
        int month,
        int day,
        int hour,
        int minute)
{
  return utc (year, month, day) + (gint64) (hour * 60 + minute) * 60 * G_USEC_PER_SEC;
}

/* Scales ----------------------------------------------------------------- */

typedef struct
{
  ScapulaChartValueKind kind;
  double                lo;
  double                hi;
  guint                 max_ticks;
  double                min;
  double                max;
  double                step;
  guint                 n_ticks;
} ScaleCase;

static void
test_chart_scale_nice (void)
{
  static const ScaleCase cases[] = {
    { SCAPULA_CHART_VALUE_NUMBER, 0, 10, 6, 0, 10, 2, 6 },
    { SCAPULA_CHART_VALUE_NUMBER, 0, 10, 11, 0, 10, 1, 11 },
    { SCAPULA_CHART_VALUE_NUMBER, 0, 10, 3, 0, 10, 5, 3 },
    { SCAPULA_CHART_VALUE_NUMBER, 0, 123456, 6, 0, 150000, 50000, 4 },
    { SCAPULA_CHART_VALUE_NUMBER, 0.013, 0.087, 5, 0, 0.1, 0.05, 3 },
    /* lo == hi: widened by a tenth either side. */
    { SCAPULA_CHART_VALUE_NUMBER, 50, 50, 5, 45, 55, 5, 3 },
    { SCAPULA_CHART_VALUE_WEIGHT, 42.5, 51.2, 5, 40, 55, 5, 4 },
    { SCAPULA_CHART_VALUE_WEIGHT, 42.5, 51.2, 6, 42, 52, 2, 6 },
    { SCAPULA_CHART_VALUE_WEIGHT, 42.5, 51.2, 12, 42, 52, 1, 11 },
    { SCAPULA_CHART_VALUE_WEIGHT, 0.3, 0.9, 4, 0, 1, 0.5, 3 },
    { SCAPULA_CHART_VALUE_WEIGHT, 1000, 2450, 7, 1000, 2500, 500, 4 },
    /* Counts step by whole numbers even when halves would fit. */
    { SCAPULA_CHART_VALUE_REPS, 5, 12, 20, 5, 12, 1, 8 },
    { SCAPULA_CHART_VALUE_SETS, 0, 3, 30, 0, 3, 1, 4 },
    { SCAPULA_CHART_VALUE_SESSIONS, 0, 4, 5, 0, 4, 1, 5 },
    /* Durations: seconds, quarter and half minutes, minutes. */
    { SCAPULA_CHART_VALUE_SECONDS, 0, 90, 5, 0, 90, 30, 4 },
    { SCAPULA_CHART_VALUE_SECONDS, 0, 90, 8, 0, 90, 15, 7 },
    { SCAPULA_CHART_VALUE_SECONDS, 20, 45, 8, 20, 45, 5, 6 },
    { SCAPULA_CHART_VALUE_SECONDS, 0, 600, 6, 0, 600, 120, 6 },
    { SCAPULA_CHART_VALUE_SECONDS, 0, 7000, 5, 0, 7200, 1800, 5 },
    /* Pain keeps its whole 0–10 scale. */
    { SCAPULA_CHART_VALUE_PAIN, 2, 6, 6, 0, 10, 2, 6 },
    { SCAPULA_CHART_VALUE_PAIN, 0, 3, 11, 0, 10, 1, 11 },
    { SCAPULA_CHART_VALUE_PERCENT, -12, 8, 5, -20, 10, 10, 4 },
    { SCAPULA_CHART_VALUE_PERCENT, -12, 8, 6, -15, 10, 5, 6 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const ScaleCase *c = &cases[i];
      ScapulaChartScale scale;

      scapula_chart_scale_compute (&scale, c->kind, c->lo, c->hi, c->max_ticks);
      g_test_message ("case %u: %g..%g step %g (%u ticks)", i, scale.min, scale.max,
                      scale.step, scale.n_ticks);
      g_assert_cmpfloat_with_epsilon (scale.min, c->min, 1e-9);
      g_assert_cmpfloat_with_epsilon (scale.max, c->max, 1e-9);
      g_assert_cmpfloat_with_epsilon (scale.step, c->step, 1e-9);
      g_assert_cmpuint (scale.n_ticks, ==, c->n_ticks);
      g_assert_cmpuint (scale.n_ticks, <=, c->max_ticks);

      /* The axis covers the data, and the ticks are exact multiples. */
      g_assert_cmpfloat (scale.min, <=, c->lo + 1e-9);
      g_assert_cmpfloat (scale.max, >=, c->hi - 1e-9);
      g_assert_cmpfloat_with_epsilon (scapula_chart_scale_get_tick (&scale, 0), scale.min, 1e-9);
      g_assert_cmpfloat_with_epsilon (scapula_chart_scale_get_tick (&scale, scale.n_ticks - 1),
                                      scale.max, 1e-9);
    }
}

/* Every range of many sizes: a 1-2-5 step (or a clock step), within the
 * tick budget, covering the data. */
static void
test_chart_scale_many (void)
{
  static const double spans[] = { 0.07, 0.9, 3, 7.5, 12, 48, 99, 250, 1234, 98765 };
  static const double offsets[] = { 0, 0.5, 3, 42.5, 1000 };

  for (guint s = 0; s < G_N_ELEMENTS (spans); s++)
    for (guint o = 0; o < G_N_ELEMENTS (offsets); o++)
      for (guint max_ticks = 2; max_ticks <= 12; max_ticks++)
        {
          double lo = offsets[o], hi = offsets[o] + spans[s];
          ScapulaChartScale scale;
          double mantissa;

          scapula_chart_scale_compute (&scale, SCAPULA_CHART_VALUE_NUMBER, lo, hi, max_ticks);
          g_assert_cmpuint (scale.n_ticks, <=, max_ticks);
          g_assert_cmpuint (scale.n_ticks, >=, 2);
          g_assert_cmpfloat (scale.min, <=, lo + 1e-9);
          g_assert_cmpfloat (scale.max, >=, hi - 1e-9);

          mantissa = scale.step / pow (10, floor (log10 (scale.step) + 1e-9));
          g_assert_true (fabs (mantissa - 1) < 1e-6 || fabs (mantissa - 2) < 1e-6 ||
                         fabs (mantissa - 5) < 1e-6);

          /* Not wasteful: the next smaller step would need too many ticks
           * (or go below the two decimals a label shows). */
          if (scale.step > 0.011)
            {
              double smaller = scale.step * (fabs (mantissa - 5) < 1e-6 ? 0.4 : 0.5);
              double first = floor (lo / smaller + 1e-9), last = ceil (hi / smaller - 1e-9);

              g_assert_cmpfloat (last - first + 1, >, max_ticks);
            }
        }
}

typedef struct
{
  ScapulaChartValueKind kind;
  ScapulaChartForm      form;
  double                lo;
  double                hi;
  gboolean              zero;
} ZeroCase;

static void
test_chart_scale_zero (void)
{
  static const ZeroCase cases[] = {
    /* A one-rep max that moved from 42.5 to 50 kg keeps its slope. */
    { SCAPULA_CHART_VALUE_WEIGHT, SCAPULA_CHART_FORM_LINE, 42.5, 50, FALSE },
    { SCAPULA_CHART_VALUE_REPS, SCAPULA_CHART_FORM_LINE, 8, 12, FALSE },
    { SCAPULA_CHART_VALUE_REPS, SCAPULA_CHART_FORM_LINE, 5, 12, TRUE },
    { SCAPULA_CHART_VALUE_SECONDS, SCAPULA_CHART_FORM_LINE, 0, 40, TRUE },
    /* Bars, pain and percentages always reach zero. */
    { SCAPULA_CHART_VALUE_SETS, SCAPULA_CHART_FORM_BAR, 8, 14, TRUE },
    { SCAPULA_CHART_VALUE_WEIGHT, SCAPULA_CHART_FORM_BAR, 1000, 1200, TRUE },
    { SCAPULA_CHART_VALUE_PAIN, SCAPULA_CHART_FORM_LINE, 4, 6, TRUE },
    { SCAPULA_CHART_VALUE_PERCENT, SCAPULA_CHART_FORM_LINE, 3, 9, TRUE },
    /* Values on both sides of zero include it anyway. */
    { SCAPULA_CHART_VALUE_NUMBER, SCAPULA_CHART_FORM_LINE, -3, 5, TRUE },
    { SCAPULA_CHART_VALUE_NUMBER, SCAPULA_CHART_FORM_LINE, -5, -2, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const ZeroCase *c = &cases[i];
      ScapulaChartScale scale;

      g_assert_cmpint (scapula_chart_scale_wants_zero (c->kind, c->form, c->lo, c->hi), ==, c->zero);

      scapula_chart_scale_for_data (&scale, c->kind, c->form, c->lo, c->hi, 6);
      if (c->zero)
        g_assert_true (scale.min <= 0 && scale.max >= 0);
      else
        g_assert_true (scale.min > 0 || scale.max < 0);
    }
}

static void
test_chart_scale_max_ticks (void)
{
  g_assert_cmpuint (scapula_chart_max_ticks (0, 30), ==, 2);
  g_assert_cmpuint (scapula_chart_max_ticks (20, 30), ==, 2);
  g_assert_cmpuint (scapula_chart_max_ticks (150, 30), ==, 6);
  g_assert_cmpuint (scapula_chart_max_ticks (159, 30), ==, 6);
  g_assert_cmpuint (scapula_chart_max_ticks (160, 30.8), ==, 6);
  g_assert_cmpuint (scapula_chart_max_ticks (300, 30), ==, 11);
}

/* Time ticks ------------------------------------------------------------- */

typedef struct
{
  int                   from[3];
  int                   to[3];
  guint                 max_ticks;
  GDateWeekday          week_start;
  const char           *labels[14];
} TimeCase;

static void
test_chart_scale_time_ticks (void)
{
  static const TimeCase cases[] = {
    /* Four weeks: Mondays. */
    { { 2026, 10, 22 }, { 2026, 11, 18 }, 5, G_DATE_MONDAY,
      { "26 Oct", "2 Nov", "9 Nov", "16 Nov" } },
    /* The same four weeks for a user whose week starts on Sunday. */
    { { 2026, 10, 22 }, { 2026, 11, 18 }, 5, G_DATE_SUNDAY,
      { "25 Oct", "1 Nov", "8 Nov", "15 Nov" } },
    /* A week: days. */
    { { 2026, 11, 10 }, { 2026, 11, 16 }, 7, G_DATE_MONDAY,
      { "10 Nov", "11 Nov", "12 Nov", "13 Nov", "14 Nov", "15 Nov", "16 Nov" } },
    /* The same week with less room: every other day, on even Julian days. */
    { { 2026, 11, 10 }, { 2026, 11, 16 }, 4, G_DATE_MONDAY,
      { "10 Nov", "12 Nov", "14 Nov", "16 Nov" } },
    /* Three months: months. */
    { { 2026, 8, 19 }, { 2026, 11, 18 }, 5, G_DATE_MONDAY,
      { "Sep", "Oct", "Nov" } },
    /* Three months with room for more: weeks every other Monday. */
    { { 2026, 8, 19 }, { 2026, 11, 18 }, 8, G_DATE_MONDAY,
      { "24 Aug", "7 Sep", "21 Sep", "5 Oct", "19 Oct", "2 Nov", "16 Nov" } },
    /* A year: quarters, January naming its year. */
    { { 2025, 11, 18 }, { 2026, 11, 18 }, 6, G_DATE_MONDAY,
      { "2026", "Apr", "Jul", "Oct" } },
    /* A year with room: every month. */
    { { 2025, 11, 18 }, { 2026, 11, 18 }, 13, G_DATE_MONDAY,
      { "Dec", "2026", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov" } },
    /* Two years: half years. */
    { { 2024, 11, 18 }, { 2026, 11, 18 }, 5, G_DATE_MONDAY,
      { "2025", "Jul", "2026", "Jul" } },
    /* Five years: years. */
    { { 2021, 11, 18 }, { 2026, 11, 18 }, 6, G_DATE_MONDAY,
      { "2022", "2023", "2024", "2025", "2026" } },
    /* Twelve years: every other year, on even years. */
    { { 2014, 3, 1 }, { 2026, 11, 18 }, 6, G_DATE_MONDAY,
      { "2016", "2018", "2020", "2022", "2024", "2026" } },
    /* Twenty-five years: every fifth. */
    { { 2001, 3, 1 }, { 2026, 11, 18 }, 6, G_DATE_MONDAY,
      { "2005", "2010", "2015", "2020", "2025" } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const TimeCase *c = &cases[i];
      gint64 start = utc (c->from[0], c->from[1], c->from[2]);
      gint64 end = utc (c->to[0], c->to[1], c->to[2]);
      g_autoptr(GArray) ticks = scapula_chart_time_ticks (start, end, c->max_ticks, NULL, c->week_start);
      guint n_expected = g_strv_length ((char **) c->labels);

      for (guint t = 0; t < ticks->len; t++)
        g_test_message ("case %u tick %u: %s", i, t, g_array_index (ticks, ScapulaChartTick, t).label);

      g_assert_cmpuint (ticks->len, ==, n_expected);
      for (guint t = 0; t < ticks->len; t++)
        {
          const ScapulaChartTick *tick = &g_array_index (ticks, ScapulaChartTick, t);
          g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc ((gint64) tick->value / G_USEC_PER_SEC);

          g_assert_cmpstr (tick->label, ==, c->labels[t]);
          g_assert_cmpfloat (tick->value, >=, start);
          g_assert_cmpfloat (tick->value, <=, end);
          /* On midnight. */
          g_assert_cmpint (g_date_time_get_hour (dt), ==, 0);
          g_assert_cmpint (g_date_time_get_minute (dt), ==, 0);
          if (t > 0)
            g_assert_cmpfloat (tick->value, >, g_array_index (ticks, ScapulaChartTick, t - 1).value);
        }
    }
}

/* Ticks fall on midnight where the user is, not in UTC. */
static void
test_chart_scale_time_ticks_zone (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_offset (-5 * 3600);
  g_autoptr(GArray) ticks = scapula_chart_time_ticks (utc (2026, 11, 1), utc (2026, 11, 8), 10, tz,
                                                      G_DATE_MONDAY);
  const ScapulaChartTick *first;

  g_assert_cmpuint (ticks->len, ==, 7);
  first = &g_array_index (ticks, ScapulaChartTick, 0);
  /* Midnight on 1 Nov at UTC−5 is 05:00 UTC. */
  g_assert_cmpfloat (first->value, ==, utc_hm (2026, 11, 1, 5, 0));
  g_assert_cmpstr (first->label, ==, "1 Nov");
}

typedef struct
{
  ScapulaChartRange range;
  int               since[3];
} RangeCase;

static void
test_chart_scale_range (void)
{
  static const RangeCase cases[] = {
    { SCAPULA_CHART_RANGE_4_WEEKS, { 2026, 10, 22 } },
    { SCAPULA_CHART_RANGE_3_MONTHS, { 2026, 8, 18 } },
    { SCAPULA_CHART_RANGE_1_YEAR, { 2025, 11, 18 } },
  };
  gint64 now = utc_hm (2026, 11, 18, 15, 30);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (scapula_chart_range_get_since (cases[i].range, now, NULL), ==,
                     utc (cases[i].since[0], cases[i].since[1], cases[i].since[2]));

  g_assert_cmpint (scapula_chart_range_get_since (SCAPULA_CHART_RANGE_ALL, now, NULL), ==,
                   SCAPULA_CHART_SINCE_ALL);

  /* The enum is registered for properties. */
  g_assert_true (G_TYPE_IS_ENUM (SCAPULA_TYPE_CHART_RANGE));
  g_assert_true (G_TYPE_IS_ENUM (SCAPULA_TYPE_CHART_VALUE_KIND));
}

/* Values ----------------------------------------------------------------- */

typedef struct
{
  ScapulaChartValueKind  kind;
  ScapulaWeightUnit      unit;
  double                 value;
  const char            *expected;
} ValueCase;

static void
test_chart_scale_format_value (void)
{
  static const ValueCase cases[] = {
    { SCAPULA_CHART_VALUE_WEIGHT, SCAPULA_WEIGHT_UNIT_KG, 42.5, "42.5 kg" },
    { SCAPULA_CHART_VALUE_WEIGHT, SCAPULA_WEIGHT_UNIT_KG, 50, "50 kg" },
    { SCAPULA_CHART_VALUE_WEIGHT, SCAPULA_WEIGHT_UNIT_LB, 20.41165665, "45 lb" },
    { SCAPULA_CHART_VALUE_WEIGHT, SCAPULA_WEIGHT_UNIT_LB, 50, "110.23 lb" },
    { SCAPULA_CHART_VALUE_REPS, SCAPULA_WEIGHT_UNIT_KG, 1, "1 rep" },
    { SCAPULA_CHART_VALUE_REPS, SCAPULA_WEIGHT_UNIT_KG, 12, "12 reps" },
    { SCAPULA_CHART_VALUE_REPS, SCAPULA_WEIGHT_UNIT_KG, 7.5, "7.5 reps" },
    { SCAPULA_CHART_VALUE_SECONDS, SCAPULA_WEIGHT_UNIT_KG, 45, "45 s" },
    { SCAPULA_CHART_VALUE_SECONDS, SCAPULA_WEIGHT_UNIT_KG, 59.6, "1:00" },
    { SCAPULA_CHART_VALUE_SECONDS, SCAPULA_WEIGHT_UNIT_KG, 90, "1:30" },
    { SCAPULA_CHART_VALUE_SECONDS, SCAPULA_WEIGHT_UNIT_KG, 605, "10:05" },
    { SCAPULA_CHART_VALUE_SECONDS, SCAPULA_WEIGHT_UNIT_KG, 3723, "1:02:03" },
    { SCAPULA_CHART_VALUE_SETS, SCAPULA_WEIGHT_UNIT_KG, 1, "1 set" },
    { SCAPULA_CHART_VALUE_SETS, SCAPULA_WEIGHT_UNIT_KG, 12, "12 sets" },
    { SCAPULA_CHART_VALUE_SETS, SCAPULA_WEIGHT_UNIT_KG, 12.5, "12.5 sets" },
    { SCAPULA_CHART_VALUE_SESSIONS, SCAPULA_WEIGHT_UNIT_KG, 1, "1 session" },
    { SCAPULA_CHART_VALUE_SESSIONS, SCAPULA_WEIGHT_UNIT_KG, 3, "3 sessions" },
    { SCAPULA_CHART_VALUE_SESSIONS, SCAPULA_WEIGHT_UNIT_KG, 2.5, "2.5 sessions" },
    { SCAPULA_CHART_VALUE_PAIN, SCAPULA_WEIGHT_UNIT_KG, 4, "4/10" },
    { SCAPULA_CHART_VALUE_PERCENT, SCAPULA_WEIGHT_UNIT_KG, -8, "-8%" },
    { SCAPULA_CHART_VALUE_PERCENT, SCAPULA_WEIGHT_UNIT_KG, 12.5, "12.5%" },
    { SCAPULA_CHART_VALUE_NUMBER, SCAPULA_WEIGHT_UNIT_KG, 3.14159, "3.14" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = scapula_chart_format_value (cases[i].kind, cases[i].unit, cases[i].value);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

typedef struct
{
  ScapulaChartValueKind  kind;
  ScapulaChartScale      scale;
  double                 value;
  const char            *expected;
} TickCase;

static void
test_chart_scale_format_tick (void)
{
  static const TickCase cases[] = {
    { SCAPULA_CHART_VALUE_WEIGHT, { 40, 55, 5, 4 }, 45, "45" },
    { SCAPULA_CHART_VALUE_WEIGHT, { 42, 44, 0.5, 5 }, 42.5, "42.5" },
    { SCAPULA_CHART_VALUE_WEIGHT, { 42, 44, 0.5, 5 }, 43, "43.0" },
    { SCAPULA_CHART_VALUE_NUMBER, { 0, 0.1, 0.05, 3 }, 0.05, "0.05" },
    /* No "-0" from rounding noise. */
    { SCAPULA_CHART_VALUE_PERCENT, { -20, 10, 10, 4 }, -1e-12, "0" },
    { SCAPULA_CHART_VALUE_SECONDS, { 0, 45, 15, 4 }, 30, "30" },
    { SCAPULA_CHART_VALUE_SECONDS, { 0, 120, 30, 5 }, 90, "1:30" },
    { SCAPULA_CHART_VALUE_SECONDS, { 0, 120, 30, 5 }, 0, "0:00" },
    { SCAPULA_CHART_VALUE_SECONDS, { 0, 7200, 1800, 5 }, 5400, "1:30:00" },
    { SCAPULA_CHART_VALUE_PAIN, { 0, 10, 2, 6 }, 4, "4" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = scapula_chart_format_tick (cases[i].kind, &cases[i].scale, cases[i].value);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

static void
test_chart_scale_units (void)
{
  ScapulaChartScale short_hold = { 0, 45, 15, 4 };
  ScapulaChartScale long_hold = { 0, 120, 30, 5 };

  g_assert_cmpstr (scapula_chart_get_unit_label (SCAPULA_CHART_VALUE_WEIGHT, SCAPULA_WEIGHT_UNIT_KG, NULL),
                   ==, "kg");
  g_assert_cmpstr (scapula_chart_get_unit_label (SCAPULA_CHART_VALUE_WEIGHT, SCAPULA_WEIGHT_UNIT_LB, NULL),
                   ==, "lb");
  g_assert_cmpstr (scapula_chart_get_unit_label (SCAPULA_CHART_VALUE_REPS, SCAPULA_WEIGHT_UNIT_KG, NULL),
                   ==, "reps");
  g_assert_cmpstr (scapula_chart_get_unit_label (SCAPULA_CHART_VALUE_SECONDS, SCAPULA_WEIGHT_UNIT_KG,
                                                 &short_hold), ==, "s");
  g_assert_cmpstr (scapula_chart_get_unit_label (SCAPULA_CHART_VALUE_SECONDS, SCAPULA_WEIGHT_UNIT_KG,
                                                 &long_hold), ==, "min:s");
  g_assert_cmpstr (scapula_chart_get_unit_label (SCAPULA_CHART_VALUE_PAIN, SCAPULA_WEIGHT_UNIT_KG, NULL),
                   ==, "pain, 0–10");
  g_assert_null (scapula_chart_get_unit_label (SCAPULA_CHART_VALUE_NUMBER, SCAPULA_WEIGHT_UNIT_KG, NULL));

  /* Only weights convert. */
  g_assert_cmpfloat_with_epsilon (scapula_chart_value_to_display (SCAPULA_CHART_VALUE_WEIGHT,
                                                                  SCAPULA_WEIGHT_UNIT_LB, 45.359237),
                                  100, 1e-9);
  g_assert_cmpfloat (scapula_chart_value_to_display (SCAPULA_CHART_VALUE_REPS, SCAPULA_WEIGHT_UNIT_LB, 12),
                     ==, 12);
}

static void
test_chart_scale_format_date (void)
{
  g_autofree char *short_date = scapula_chart_format_date (utc_hm (2026, 11, 4, 18, 0), NULL, FALSE);
  g_autofree char *long_date = scapula_chart_format_date (utc_hm (2026, 11, 4, 18, 0), NULL, TRUE);
  g_autoptr(GTimeZone) tz = g_time_zone_new_offset (9 * 3600);
  /* 18:00 UTC on 4 Nov is already 5 Nov in Tokyo. */
  g_autofree char *zoned = scapula_chart_format_date (utc_hm (2026, 11, 4, 18, 0), tz, FALSE);

  g_assert_cmpstr (short_date, ==, "4 Nov");
  g_assert_cmpstr (long_date, ==, "4 Nov 2026");
  g_assert_cmpstr (zoned, ==, "5 Nov");
}

/* Layout ----------------------------------------------------------------- */

static ScapulaChartLayoutInput
line_input (const ScapulaChartSeries *series,
            guint                     n_series)
{
  return (ScapulaChartLayoutInput) {
    .form = SCAPULA_CHART_FORM_LINE,
    .x_kind = SCAPULA_CHART_X_TIME,
    .value_kind = SCAPULA_CHART_VALUE_WEIGHT,
    .unit = SCAPULA_WEIGHT_UNIT_KG,
    .point_kind = SCAPULA_CHART_POINT_SESSION,
    .series = series,
    .n_series = n_series,
    .since = SCAPULA_CHART_SINCE_ALL,
    .until = SCAPULA_CHART_UNTIL_ALL,
    .width = WIDTH,
    .height = HEIGHT,
    .text_height = TEXT_HEIGHT,
    .week_start = G_DATE_MONDAY,
  };
}

/* Twelve sessions from 3 Sep to 18 Nov 2026, an estimated one-rep max
 * from 42.5 to 50 kg that peaks at 51.2 kg on 4 Nov. */
static const ScapulaChartDatum *
one_rep_max_data (guint *n_data)
{
  static ScapulaChartDatum data[12];
  static const int days[12][2] = {
    { 9, 3 }, { 9, 10 }, { 9, 17 }, { 9, 24 }, { 10, 1 }, { 10, 8 },
    { 10, 15 }, { 10, 22 }, { 10, 29 }, { 11, 4 }, { 11, 11 }, { 11, 18 },
  };
  static const double values[12] = {
    42.5, 43.75, 44, 45, 45.5, 46.25, 47.5, 48, 48.5, 51.2, 49.5, 50,
  };

  for (guint i = 0; i < 12; i++)
    data[i] = (ScapulaChartDatum) { (double) utc_hm (2026, days[i][0], days[i][1], 18, 0), values[i] };

  *n_data = 12;
  return data;
}

static void
check_inside (const ScapulaChartRect *rect,
              double                  x,
              double                  y)
{
  g_assert_cmpfloat (x, >=, rect->x - 1e-6);
  g_assert_cmpfloat (x, <=, rect->x + rect->width + 1e-6);
  g_assert_cmpfloat (y, >=, rect->y - 1e-6);
  g_assert_cmpfloat (y, <=, rect->y + rect->height + 1e-6);
}

/* Labels of one axis must not overlap and must stay in the widget. */
static void
check_x_labels (const ScapulaChartTick *ticks,
                guint                   n_ticks)
{
  g_assert_cmpuint (n_ticks, >=, 2);
  for (guint i = 0; i < n_ticks; i++)
    {
      g_assert_nonnull (ticks[i].label);
      g_assert_cmpfloat (ticks[i].label_width, >, 0);
      g_assert_cmpfloat (ticks[i].label_x, >=, 0);
      g_assert_cmpfloat (ticks[i].label_x + ticks[i].label_width, <=, WIDTH + 1e-6);
      if (i > 0)
        g_assert_cmpfloat (ticks[i - 1].label_x + ticks[i - 1].label_width, <, ticks[i].label_x);
    }
}

static void
test_chart_layout_line (void)
{
  guint n_data, n_points, n_slots, n_y, n_x;
  const ScapulaChartDatum *data = one_rep_max_data (&n_data);
  ScapulaChartSeries series = { "1RM", data, n_data };
  ScapulaChartLayoutInput input = line_input (&series, 1);
  g_autoptr(ScapulaChartLayout) layout = scapula_chart_layout_new (&input);
  const ScapulaChartRect *plot = scapula_chart_layout_get_plot (layout);
  const ScapulaChartScale *scale = scapula_chart_layout_get_scale (layout);
  const ScapulaChartPoint *points = scapula_chart_layout_get_points (layout, 0, &n_points);
  const ScapulaChartSlot *slots = scapula_chart_layout_get_slots (layout, &n_slots);
  const ScapulaChartTick *y_ticks = scapula_chart_layout_get_y_ticks (layout, &n_y);
  const ScapulaChartTick *x_ticks = scapula_chart_layout_get_x_ticks (layout, &n_x);
  double unit_x, unit_y;

  g_assert_false (scapula_chart_layout_is_empty (layout));
  g_assert_nonnull (plot);
  g_assert_cmpuint (n_points, ==, 12);
  g_assert_cmpuint (n_slots, ==, 12);

  /* The plot sits inside the widget, below the unit and above the dates. */
  g_assert_cmpfloat (plot->x, >, 0);
  g_assert_cmpfloat (plot->y, >=, TEXT_HEIGHT);
  g_assert_cmpfloat (plot->x + plot->width, <=, WIDTH);
  g_assert_cmpfloat (plot->y + plot->height + TEXT_HEIGHT, <=, HEIGHT);
  g_assert_cmpfloat (plot->width, >, WIDTH * 0.75);

  /* 42.5 to 51.2 kg: a nice axis without zero. */
  g_assert_cmpfloat (scale->min, >, 0);
  g_assert_cmpfloat (scale->min, <=, 42.5);
  g_assert_cmpfloat (scale->max, >=, 51.2);
  g_assert_cmpstr (scapula_chart_layout_get_unit_label (layout, &unit_x, &unit_y), ==, "kg");
  g_assert_cmpfloat (unit_x, ==, 0);
  g_assert_cmpfloat (unit_y, ==, 0);
  /* The top tick's label starts below the unit's line. */
  g_assert_cmpfloat (y_ticks[n_y - 1].label_y, >=, unit_y + TEXT_HEIGHT + 2);

  /* y ticks: bottom to top, labels right-aligned against the plot. */
  g_assert_cmpuint (n_y, ==, scale->n_ticks);
  g_assert_cmpfloat_with_epsilon (y_ticks[0].position, plot->y + plot->height, 1e-6);
  g_assert_cmpfloat_with_epsilon (y_ticks[n_y - 1].position, plot->y, 1e-6);
  for (guint i = 0; i < n_y; i++)
    {
      g_assert_cmpfloat_with_epsilon (y_ticks[i].label_x + y_ticks[i].label_width, plot->x - 8, 1e-6);
      if (i > 0)
        g_assert_cmpfloat (y_ticks[i].position, <, y_ticks[i - 1].position - 2 * TEXT_HEIGHT);
    }

  /* x ticks: 3 Sep to 18 Nov in 360 px reads by weeks or months. */
  check_x_labels (x_ticks, n_x);
  for (guint i = 0; i < n_x; i++)
    {
      check_inside (plot, x_ticks[i].position, plot->y);
      g_assert_cmpfloat_with_epsilon (x_ticks[i].position,
                                      scapula_chart_layout_x_to_px (layout, x_ticks[i].value), 1e-6);
    }

  /* Points: in order left to right, where the scales put them, inside the
   * plot; the first and last inset so their dots show whole. */
  for (guint i = 0; i < n_points; i++)
    {
      check_inside (plot, points[i].px, points[i].py);
      g_assert_cmpfloat_with_epsilon (points[i].py, scapula_chart_layout_value_to_y (layout, data[i].y), 1e-9);
      g_assert_cmpfloat_with_epsilon (slots[i].px, points[i].px, 1e-9);
      g_assert_cmpint (slots[i].points[0], ==, (int) i);
      if (i > 0)
        g_assert_cmpfloat (points[i].px, >, points[i - 1].px);
    }
  g_assert_cmpfloat_with_epsilon (points[0].px, plot->x + 8, 1e-6);
  g_assert_cmpfloat_with_epsilon (points[n_points - 1].px, plot->x + plot->width - 8, 1e-6);

  /* The highest point is the highest drawn. */
  for (guint i = 0; i < n_points; i++)
    g_assert_cmpfloat (points[9].py, <=, points[i].py);

  /* y is linear in the value. */
  g_assert_cmpfloat_with_epsilon ((points[1].py - points[0].py) / (data[1].y - data[0].y),
                                  (points[11].py - points[0].py) / (data[11].y - data[0].y), 1e-9);

  g_assert_true (scapula_chart_layout_get_show_dots (layout));
  g_assert_false (scapula_chart_layout_get_reference (layout, NULL, NULL));
}

typedef struct
{
  double offset;    /* from a slot's px */
  guint  from;      /* which slot */
  int    expected;
} FindCase;

static void
test_chart_layout_find (void)
{
  static const FindCase cases[] = {
    { 0, 0, 0 },
    { 0, 5, 5 },
    { 0, 11, 11 },
    /* Just short of halfway to the next slot: still this one. */
    { -0.49, 6, 6 },
    { 0.49, 6, 6 },
    /* Far outside the plot: the end slots. */
    { -1000, 0, 0 },
    { 1000, 11, 11 },
  };
  guint n_data, n_slots;
  const ScapulaChartDatum *data = one_rep_max_data (&n_data);
  ScapulaChartSeries series = { NULL, data, n_data };
  ScapulaChartLayoutInput input = line_input (&series, 1);

  for (int rtl = 0; rtl <= 1; rtl++)
    {
      g_autoptr(ScapulaChartLayout) layout = NULL;
      const ScapulaChartSlot *slots;

      input.rtl = rtl;
      layout = scapula_chart_layout_new (&input);
      slots = scapula_chart_layout_get_slots (layout, &n_slots);

      for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
        {
          const FindCase *c = &cases[i];
          double offset = c->offset;
          double gap;

          /* Fractions of the gap to the neighbour, in reading direction. */
          if (fabs (offset) < 1)
            {
              guint neighbour = offset < 0 ? c->from - 1 : c->from + 1;

              gap = slots[neighbour].px - slots[c->from].px;
              offset = fabs (offset) * gap;
            }
          else if (rtl)
            {
              offset = -offset;
            }

          g_assert_cmpint (scapula_chart_layout_find_slot (layout, slots[c->from].px + offset), ==,
                           c->expected);
        }

      /* Halfway plus a pixel: the next slot. */
      g_assert_cmpint (scapula_chart_layout_find_slot (layout, (slots[3].px + slots[4].px) / 2 +
                                                       (rtl ? -1 : 1)), ==, 4);
    }
}

/* Right to left: time runs from the right, value labels on the right. */
static void
test_chart_layout_rtl (void)
{
  guint n_data, n_points, n_y;
  const ScapulaChartDatum *data = one_rep_max_data (&n_data);
  ScapulaChartSeries series = { NULL, data, n_data };
  ScapulaChartLayoutInput input = line_input (&series, 1);
  g_autoptr(ScapulaChartLayout) layout = NULL;
  const ScapulaChartPoint *points;
  const ScapulaChartTick *y_ticks;
  const ScapulaChartRect *plot;
  double unit_x;

  input.rtl = TRUE;
  layout = scapula_chart_layout_new (&input);
  points = scapula_chart_layout_get_points (layout, 0, &n_points);
  y_ticks = scapula_chart_layout_get_y_ticks (layout, &n_y);
  plot = scapula_chart_layout_get_plot (layout);

  for (guint i = 1; i < n_points; i++)
    g_assert_cmpfloat (points[i].px, <, points[i - 1].px);
  for (guint i = 0; i < n_y; i++)
    g_assert_cmpfloat (y_ticks[i].label_x, >=, plot->x + plot->width);
  scapula_chart_layout_get_unit_label (layout, &unit_x, NULL);
  g_assert_cmpfloat (unit_x, >, WIDTH / 2);
}

/* Weekly sets as bars against a 10–20 set band. */
static void
test_chart_layout_bars (void)
{
  static const double values[] = { 10, 12, 0, 15.5, 8, 20 };
  ScapulaChartDatum data[G_N_ELEMENTS (values)];
  ScapulaChartSeries series = { NULL, data, G_N_ELEMENTS (values) };
  ScapulaChartLayoutInput input = line_input (&series, 1);
  g_autoptr(ScapulaChartLayout) layout = NULL;
  const ScapulaChartPoint *points;
  const ScapulaChartSlot *slots;
  const ScapulaChartRect *plot;
  const ScapulaChartScale *scale;
  guint n_points, n_slots;
  double baseline, y_low, y_high, per_set;

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    data[i] = (ScapulaChartDatum) { (double) (utc (2026, 10, 5) + i * 7 * G_TIME_SPAN_DAY), values[i] };

  input.form = SCAPULA_CHART_FORM_BAR;
  input.value_kind = SCAPULA_CHART_VALUE_SETS;
  input.point_kind = SCAPULA_CHART_POINT_WEEK;
  input.bucket = 7 * G_TIME_SPAN_DAY;
  input.has_reference = TRUE;
  input.reference_low = 20;
  input.reference_high = 10;
  layout = scapula_chart_layout_new (&input);

  plot = scapula_chart_layout_get_plot (layout);
  scale = scapula_chart_layout_get_scale (layout);
  points = scapula_chart_layout_get_points (layout, 0, &n_points);
  slots = scapula_chart_layout_get_slots (layout, &n_slots);
  baseline = scapula_chart_layout_get_baseline (layout);

  /* Bars stand on zero at the bottom of the plot. */
  g_assert_cmpfloat (scale->min, ==, 0);
  g_assert_cmpfloat (scale->max, >=, 20);
  g_assert_cmpfloat_with_epsilon (baseline, plot->y + plot->height, 1e-6);
  g_assert_cmpstr (scapula_chart_layout_get_unit_label (layout, NULL, NULL), ==, "sets");

  per_set = points[0].bar.height / values[0];
  g_assert_cmpfloat (per_set, >, 1);
  for (guint i = 0; i < n_points; i++)
    {
      const ScapulaChartRect *bar = &points[i].bar;

      g_assert_cmpfloat_with_epsilon (bar->y + bar->height, baseline, 1e-6);
      g_assert_cmpfloat_with_epsilon (bar->height, values[i] * per_set, 1e-6);
      g_assert_cmpfloat_with_epsilon (bar->y, scapula_chart_layout_value_to_y (layout, values[i]), 1e-6);
      g_assert_cmpfloat_with_epsilon (bar->x + bar->width / 2, slots[i].px, 1e-6);
      g_assert_cmpfloat_with_epsilon (points[i].px, slots[i].px, 1e-6);
      g_assert_cmpfloat_with_epsilon (bar->width, points[0].bar.width, 1e-9);
      check_inside (plot, bar->x, bar->y);
      check_inside (plot, bar->x + bar->width, bar->y + bar->height);

      /* Bars are narrower than their week and do not touch. */
      if (i > 0)
        {
          double gap = bar->x - (points[i - 1].bar.x + points[i - 1].bar.width);

          g_assert_cmpfloat (gap, >, 0.2 * bar->width);
        }
    }
  g_assert_cmpfloat (points[2].bar.height, ==, 0);

  /* The band, low and high sorted out. */
  g_assert_true (scapula_chart_layout_get_reference (layout, &y_low, &y_high));
  g_assert_cmpfloat_with_epsilon (y_low, scapula_chart_layout_value_to_y (layout, 10), 1e-6);
  g_assert_cmpfloat_with_epsilon (y_high, scapula_chart_layout_value_to_y (layout, 20), 1e-6);
  g_assert_cmpfloat (y_high, <, y_low);
}

/* Two series by category: each category's pair side by side, in order. */
static void
test_chart_layout_grouped (void)
{
  static const char * const categories[] = { "Rhomboids", "Traps", "Lats", NULL };
  static const ScapulaChartDatum left[] = { { 0, 3 }, { 1, 2 }, { 2, 4 } };
  static const ScapulaChartDatum right[] = { { 0, 2.5 }, { 2, 4 } };
  ScapulaChartSeries series[2] = { { "Left", left, 3 }, { "Right", right, 2 } };
  ScapulaChartLayoutInput input = line_input (series, 2);
  g_autoptr(ScapulaChartLayout) layout = NULL;
  const ScapulaChartPoint *l, *r;
  const ScapulaChartSlot *slots;
  const ScapulaChartTick *ticks;
  guint n_left, n_right, n_slots, n_ticks;
  g_autofree char *values = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *summary = NULL;

  input.form = SCAPULA_CHART_FORM_BAR;
  input.x_kind = SCAPULA_CHART_X_CATEGORY;
  input.value_kind = SCAPULA_CHART_VALUE_SETS;
  input.categories = categories;
  layout = scapula_chart_layout_new (&input);

  l = scapula_chart_layout_get_points (layout, 0, &n_left);
  r = scapula_chart_layout_get_points (layout, 1, &n_right);
  slots = scapula_chart_layout_get_slots (layout, &n_slots);
  g_assert_cmpuint (n_left, ==, 3);
  g_assert_cmpuint (n_right, ==, 2);
  g_assert_cmpuint (n_slots, ==, 3);
  g_assert_cmpint (slots[1].points[0], ==, 1);
  g_assert_cmpint (slots[1].points[1], ==, -1);
  g_assert_cmpint (slots[2].points[1], ==, 1);

  /* Left bar, then right bar, meeting at the slot's centre. */
  g_assert_cmpfloat_with_epsilon (l[0].bar.x + l[0].bar.width, slots[0].px, 1e-6);
  g_assert_cmpfloat_with_epsilon (r[0].bar.x, slots[0].px, 1e-6);
  g_assert_cmpfloat_with_epsilon (r[1].bar.x, slots[2].px, 1e-6);
  g_assert_cmpfloat_with_epsilon (l[2].bar.height, r[1].bar.height, 1e-9);

  /* Every category fits at 360 px, each label centred under its group. */
  ticks = scapula_chart_layout_get_x_ticks (layout, &n_ticks);
  g_assert_cmpuint (n_ticks, ==, 3);
  check_x_labels (ticks, n_ticks);
  for (guint i = 0; i < n_ticks; i++)
    {
      g_assert_cmpstr (ticks[i].label, ==, categories[i]);
      g_assert_cmpfloat_with_epsilon (ticks[i].position, slots[i].px, 1e-6);
    }

  heading = scapula_chart_layout_format_slot (layout, 0, &values);
  g_assert_cmpstr (heading, ==, "Rhomboids");
  g_assert_cmpstr (values, ==, "Left: 3 sets\nRight: 2.5 sets");

  summary = scapula_chart_layout_build_summary (layout, "Weekly sets per muscle");
  g_assert_cmpstr (summary, ==,
                   "Weekly sets per muscle: Rhomboids (Left: 3 sets, Right: 2.5 sets), "
                   "Traps (Left: 2 sets), Lats (Left: 4 sets, Right: 4 sets).");
}

/* Many labels in little room: every other category. */
static void
test_chart_layout_crowded_categories (void)
{
  static const char * const categories[] = {
    "Upper trapezius", "Middle trapezius", "Lower trapezius", "Rhomboid major", "Rhomboid minor",
    "Latissimus dorsi", "Erector spinae", "Rear deltoid", NULL
  };
  ScapulaChartDatum data[8];
  ScapulaChartSeries series = { NULL, data, 8 };
  ScapulaChartLayoutInput input = line_input (&series, 1);
  g_autoptr(ScapulaChartLayout) layout = NULL;
  const ScapulaChartTick *ticks;
  guint n_ticks;

  for (guint i = 0; i < 8; i++)
    data[i] = (ScapulaChartDatum) { i, i + 1 };

  input.form = SCAPULA_CHART_FORM_BAR;
  input.x_kind = SCAPULA_CHART_X_CATEGORY;
  input.value_kind = SCAPULA_CHART_VALUE_SETS;
  input.categories = categories;
  layout = scapula_chart_layout_new (&input);
  ticks = scapula_chart_layout_get_x_ticks (layout, &n_ticks);

  g_assert_cmpuint (n_ticks, <, 8);
  g_assert_cmpstr (ticks[0].label, ==, "Upper trapezius");
  check_x_labels (ticks, n_ticks);
}

/* Weights in pounds: the axis steps in pounds, not in converted kilograms. */
static void
test_chart_layout_pounds (void)
{
  ScapulaChartDatum data[3] = {
    { (double) utc (2026, 11, 2), scapula_lb_to_kg (100) },
    { (double) utc (2026, 11, 9), scapula_lb_to_kg (110) },
    { (double) utc (2026, 11, 16), scapula_lb_to_kg (125) },
  };
  ScapulaChartSeries series = { NULL, data, 3 };
  ScapulaChartLayoutInput input = line_input (&series, 1);
  g_autoptr(ScapulaChartLayout) layout = NULL;
  const ScapulaChartTick *ticks;
  guint n_ticks;

  input.unit = SCAPULA_WEIGHT_UNIT_LB;
  layout = scapula_chart_layout_new (&input);
  ticks = scapula_chart_layout_get_y_ticks (layout, &n_ticks);

  g_assert_cmpstr (scapula_chart_layout_get_unit_label (layout, NULL, NULL), ==, "lb");
  g_assert_cmpfloat (ticks[0].value, <=, 100);
  g_assert_cmpfloat (ticks[n_ticks - 1].value, >=, 125);
  for (guint i = 0; i < n_ticks; i++)
    {
      g_assert_cmpfloat (fmod (ticks[i].value, 5), ==, 0);
      g_assert_nonnull (ticks[i].label);
    }
  g_assert_cmpstr (ticks[0].label, ==, "100");
}

/* A range cuts points off; nothing in range is empty, with or without
 * data elsewhere. */
static void
test_chart_layout_range (void)
{
  guint n_data, n_points;
  const ScapulaChartDatum *data = one_rep_max_data (&n_data);
  ScapulaChartSeries series = { NULL, data, n_data };
  ScapulaChartLayoutInput input = line_input (&series, 1);
  g_autoptr(ScapulaChartLayout) layout = NULL;
  g_autoptr(ScapulaChartLayout) later = NULL;
  g_autoptr(ScapulaChartLayout) none = NULL;
  const ScapulaChartPoint *points;
  const ScapulaChartTick *ticks;
  const ScapulaChartRect *plot;
  guint n_ticks;

  /* Four weeks to 18 Nov: 22 Oct to 18 Nov, five sessions. */
  input.since = scapula_chart_range_get_since (SCAPULA_CHART_RANGE_4_WEEKS, utc_hm (2026, 11, 18, 20, 0), NULL);
  input.until = utc_hm (2026, 11, 18, 20, 0);
  layout = scapula_chart_layout_new (&input);
  points = scapula_chart_layout_get_points (layout, 0, &n_points);
  plot = scapula_chart_layout_get_plot (layout);
  g_assert_cmpuint (n_points, ==, 5);
  g_assert_cmpfloat (points[0].x, ==, data[7].x);

  /* The axis runs over the whole range, not just the data: the first
   * session (22 Oct, 18:00) is a little right of the left edge. */
  g_assert_cmpfloat (points[0].px, >, plot->x + 8 + 1);
  ticks = scapula_chart_layout_get_x_ticks (layout, &n_ticks);
  g_assert_cmpstr (ticks[0].label, ==, "26 Oct");

  input.since = utc (2027, 1, 1);
  input.until = SCAPULA_CHART_UNTIL_ALL;
  later = scapula_chart_layout_new (&input);
  g_assert_true (scapula_chart_layout_is_empty (later));
  g_assert_true (scapula_chart_layout_has_data (later));
  g_assert_null (scapula_chart_layout_get_plot (later));
  g_assert_cmpint (scapula_chart_layout_find_slot (later, 100), ==, -1);
  g_assert_null (scapula_chart_layout_build_summary (later, "1RM"));

  input.n_series = 0;
  none = scapula_chart_layout_new (&input);
  g_assert_true (scapula_chart_layout_is_empty (none));
  g_assert_false (scapula_chart_layout_has_data (none));
}

/* Points given out of order are sorted; only the data part without a size. */
static void
test_chart_layout_unsorted (void)
{
  static const ScapulaChartDatum data[] = { { 3e12, 3 }, { 1e12, 1 }, { 2e12, 2 } };
  ScapulaChartSeries series = { NULL, data, 3 };
  ScapulaChartLayoutInput input = line_input (&series, 1);
  g_autoptr(ScapulaChartLayout) layout = NULL;
  const ScapulaChartPoint *points;
  guint n_points;

  input.width = 0;
  layout = scapula_chart_layout_new (&input);
  points = scapula_chart_layout_get_points (layout, 0, &n_points);

  g_assert_cmpuint (n_points, ==, 3);
  g_assert_cmpfloat (points[0].value, ==, 1);
  g_assert_cmpfloat (points[2].value, ==, 3);
  g_assert_null (scapula_chart_layout_get_plot (layout));
  g_assert_false (scapula_chart_layout_is_empty (layout));
}

/* Five years of sessions in 360 px: a line without dots, yearly ticks. */
static void
test_chart_layout_dense (void)
{
  g_autofree ScapulaChartDatum *data = g_new (ScapulaChartDatum, 780);
  ScapulaChartSeries series = { NULL, data, 780 };
  ScapulaChartLayoutInput input = line_input (&series, 1);
  g_autoptr(ScapulaChartLayout) layout = NULL;
  const ScapulaChartTick *ticks;
  guint n_ticks;

  for (guint i = 0; i < 780; i++)
    data[i] = (ScapulaChartDatum) { (double) (utc (2021, 12, 1) + i * (G_TIME_SPAN_DAY * 7 / 3)),
                                    40 + i * 0.02 };

  layout = scapula_chart_layout_new (&input);
  g_assert_false (scapula_chart_layout_get_show_dots (layout));

  ticks = scapula_chart_layout_get_x_ticks (layout, &n_ticks);
  check_x_labels (ticks, n_ticks);
  g_assert_cmpstr (ticks[0].label, ==, "2022");
}

/* Words ------------------------------------------------------------------ */

static void
test_chart_summary (void)
{
  guint n_data;
  const ScapulaChartDatum *data = one_rep_max_data (&n_data);
  ScapulaChartSeries series = { NULL, data, n_data };
  ScapulaChartLayoutInput input = line_input (&series, 1);
  g_autoptr(ScapulaChartLayout) layout = scapula_chart_layout_new (&input);
  g_autoptr(ScapulaChartLayout) one = NULL;
  g_autofree char *summary = scapula_chart_layout_build_summary (layout, "Estimated one-rep max");
  g_autofree char *single = NULL;
  g_autofree char *describe = scapula_chart_layout_describe_slot (layout, 9);
  g_autofree char *values = NULL;
  g_autofree char *heading = scapula_chart_layout_format_slot (layout, 9, &values);

  g_assert_cmpstr (summary, ==,
                   "Estimated one-rep max, 12 sessions from 3 Sep to 18 Nov 2026, "
                   "from 42.5 kg to 50 kg, highest 51.2 kg on 4 Nov.");
  g_assert_cmpstr (heading, ==, "4 Nov 2026");
  g_assert_cmpstr (values, ==, "51.2 kg");
  g_assert_cmpstr (describe, ==, "4 Nov 2026: 51.2 kg.");

  series.n_data = 1;
  one = scapula_chart_layout_new (&input);
  single = scapula_chart_layout_build_summary (one, "Estimated one-rep max");
  g_assert_cmpstr (single, ==, "Estimated one-rep max, 1 session on 3 Sep 2026: 42.5 kg.");
}

/* Across a new year both dates carry their year; a target is named. */
static void
test_chart_summary_weeks (void)
{
  ScapulaChartDatum data[4];
  ScapulaChartSeries series = { NULL, data, 4 };
  ScapulaChartLayoutInput input = line_input (&series, 1);
  g_autoptr(ScapulaChartLayout) layout = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *describe = NULL;

  for (guint i = 0; i < 4; i++)
    data[i] = (ScapulaChartDatum) { (double) (utc (2025, 12, 15) + i * 7 * G_TIME_SPAN_DAY), i % 2 ? 3 : 2 };

  input.form = SCAPULA_CHART_FORM_BAR;
  input.value_kind = SCAPULA_CHART_VALUE_SESSIONS;
  input.point_kind = SCAPULA_CHART_POINT_WEEK;
  input.bucket = 7 * G_TIME_SPAN_DAY;
  input.has_reference = TRUE;
  input.reference_low = input.reference_high = 3;
  layout = scapula_chart_layout_new (&input);

  summary = scapula_chart_layout_build_summary (layout, "Sessions per week");
  g_assert_cmpstr (summary, ==,
                   "Sessions per week, 4 weeks from 15 Dec 2025 to 5 Jan 2026, "
                   "from 2 sessions to 3 sessions, highest 3 sessions on 22 Dec 2025. "
                   "Target: 3 sessions.");

  describe = scapula_chart_layout_describe_slot (layout, 1);
  g_assert_cmpstr (describe, ==, "Week of 22 Dec 2025: 3 sessions.");
}

/* Left and right: one sentence per side; read-outs name the side. */
static void
test_chart_summary_sides (void)
{
  static const double left_values[] = { 20, 22.5, 24 };
  static const double right_values[] = { 22.5, 22.5, 25 };
  ScapulaChartDatum left[3], right[3];
  ScapulaChartSeries series[2] = { { "Left", left, 3 }, { "Right", right, 3 } };
  ScapulaChartLayoutInput input = line_input (series, 2);
  g_autoptr(ScapulaChartLayout) layout = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *describe = NULL;

  for (guint i = 0; i < 3; i++)
    {
      double x = (double) utc_hm (2026, 11, 2 + 7 * i, 18, 0);

      left[i] = (ScapulaChartDatum) { x, left_values[i] };
      right[i] = (ScapulaChartDatum) { x, right_values[i] };
    }

  layout = scapula_chart_layout_new (&input);
  summary = scapula_chart_layout_build_summary (layout, "Best set, one-arm dumbbell row");
  g_assert_cmpstr (summary, ==,
                   "Best set, one-arm dumbbell row, 3 sessions from 2 Nov to 16 Nov 2026. "
                   "Left: from 20 kg to 24 kg, highest 24 kg on 16 Nov. "
                   "Right: from 22.5 kg to 25 kg, highest 25 kg on 16 Nov.");

  describe = scapula_chart_layout_describe_slot (layout, 1);
  g_assert_cmpstr (describe, ==, "9 Nov 2026: Left: 22.5 kg, Right: 22.5 kg.");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/chart-scale/nice", test_chart_scale_nice);
  g_test_add_func ("/chart-scale/many", test_chart_scale_many);
  g_test_add_func ("/chart-scale/zero", test_chart_scale_zero);
  g_test_add_func ("/chart-scale/max-ticks", test_chart_scale_max_ticks);
  g_test_add_func ("/chart-scale/time-ticks", test_chart_scale_time_ticks);
  g_test_add_func ("/chart-scale/time-ticks-zone", test_chart_scale_time_ticks_zone);
  g_test_add_func ("/chart-scale/range", test_chart_scale_range);
  g_test_add_func ("/chart-scale/format-value", test_chart_scale_format_value);
  g_test_add_func ("/chart-scale/format-tick", test_chart_scale_format_tick);
  g_test_add_func ("/chart-scale/units", test_chart_scale_units);
  g_test_add_func ("/chart-scale/format-date", test_chart_scale_format_date);
  g_test_add_func ("/chart-layout/line", test_chart_layout_line);
  g_test_add_func ("/chart-layout/find", test_chart_layout_find);
  g_test_add_func ("/chart-layout/rtl", test_chart_layout_rtl);
  g_test_add_func ("/chart-layout/bars", test_chart_layout_bars);
  g_test_add_func ("/chart-layout/grouped", test_chart_layout_grouped);
  g_test_add_func ("/chart-layout/crowded-categories", test_chart_layout_crowded_categories);
  g_test_add_func ("/chart-layout/pounds", test_chart_layout_pounds);
  g_test_add_func ("/chart-layout/range", test_chart_layout_range);
  g_test_add_func ("/chart-layout/unsorted", test_chart_layout_unsorted);
  g_test_add_func ("/chart-layout/dense", test_chart_layout_dense);
  g_test_add_func ("/chart-summary/line", test_chart_summary);
  g_test_add_func ("/chart-summary/weeks", test_chart_summary_weeks);
  g_test_add_func ("/chart-summary/sides", test_chart_summary_sides);

  return g_test_run ();
}
