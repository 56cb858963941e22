/* test-units.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "scapula-units.h"

static void
test_units_convert (void)
{
  /* The pound is defined as exactly 0.45359237 kg. */
  g_assert_cmpfloat_with_epsilon (scapula_lb_to_kg (1.0), 0.45359237, 1e-12);
  g_assert_cmpfloat_with_epsilon (scapula_lb_to_kg (100.0), 45.359237, 1e-9);
  g_assert_cmpfloat_with_epsilon (scapula_kg_to_lb (0.45359237), 1.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (scapula_kg_to_lb (20.0), 44.092452437, 1e-8);
  g_assert_cmpfloat_with_epsilon (scapula_kg_to_lb (scapula_lb_to_kg (27.5)), 27.5, 1e-12);

  g_assert_cmpfloat_with_epsilon (scapula_weight_from_kg (12.5, SCAPULA_WEIGHT_UNIT_KG), 12.5, 1e-12);
  g_assert_cmpfloat_with_epsilon (scapula_weight_from_kg (45.359237, SCAPULA_WEIGHT_UNIT_LB), 100.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (scapula_weight_to_kg (12.5, SCAPULA_WEIGHT_UNIT_KG), 12.5, 1e-12);
  g_assert_cmpfloat_with_epsilon (scapula_weight_to_kg (25.0, SCAPULA_WEIGHT_UNIT_LB), 11.33980925, 1e-9);

  g_assert_cmpstr (scapula_weight_unit_get_symbol (SCAPULA_WEIGHT_UNIT_KG), ==, "kg");
  g_assert_cmpstr (scapula_weight_unit_get_symbol (SCAPULA_WEIGHT_UNIT_LB), ==, "lb");
}

typedef struct
{
  double             weight_kg;
  ScapulaWeightUnit  unit;
  const char        *expected;
} FormatCase;

static void
test_units_format (void)
{
  static const FormatCase cases[] = {
    { 12.5, SCAPULA_WEIGHT_UNIT_KG, "12.5 kg" },
    { 20.0, SCAPULA_WEIGHT_UNIT_KG, "20 kg" },
    { 21.25, SCAPULA_WEIGHT_UNIT_KG, "21.25 kg" },
    { 0.0, SCAPULA_WEIGHT_UNIT_KG, "0 kg" },
    { 500.0, SCAPULA_WEIGHT_UNIT_KG, "500 kg" },
    /* Float noise never shows as decimals. */
    { 12.4999999, SCAPULA_WEIGHT_UNIT_KG, "12.5 kg" },
    { 19.9999999, SCAPULA_WEIGHT_UNIT_KG, "20 kg" },
    { 12.504, SCAPULA_WEIGHT_UNIT_KG, "12.5 kg" },
    { 12.456, SCAPULA_WEIGHT_UNIT_KG, "12.46 kg" },
    /* A pound weight stored in kilograms comes back whole. */
    { 11.33980925, SCAPULA_WEIGHT_UNIT_LB, "25 lb" },
    { 12.47379, SCAPULA_WEIGHT_UNIT_LB, "27.5 lb" },
    { 20.41165665, SCAPULA_WEIGHT_UNIT_LB, "45 lb" },
    /* A kilogram weight shown in pounds keeps two decimals. */
    { 14.0, SCAPULA_WEIGHT_UNIT_LB, "30.86 lb" },
    { 20.0, SCAPULA_WEIGHT_UNIT_LB, "44.09 lb" },
    { 100.0, SCAPULA_WEIGHT_UNIT_LB, "220.46 lb" },
    { 11.33980925, SCAPULA_WEIGHT_UNIT_KG, "11.34 kg" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = scapula_weight_format (cases[i].weight_kg, cases[i].unit);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

static void
test_units_format_number (void)
{
  g_autofree char *a = scapula_weight_format_number (12.5, SCAPULA_WEIGHT_UNIT_KG);
  g_autofree char *b = scapula_weight_format_number (11.33980925, SCAPULA_WEIGHT_UNIT_LB);
  g_autofree char *c = scapula_weight_format_number (62.5, SCAPULA_WEIGHT_UNIT_KG);

  g_assert_cmpstr (a, ==, "12.5");
  g_assert_cmpstr (b, ==, "25");
  g_assert_cmpstr (c, ==, "62.5");
}

static void
test_units_format_locale (void)
{
  g_autofree char *saved = g_strdup (setlocale (LC_NUMERIC, NULL));
  g_autofree char *text = NULL;
  double kg = 0.0;

  if (setlocale (LC_NUMERIC, "fr_FR.UTF-8") == NULL && setlocale (LC_NUMERIC, "de_DE.UTF-8") == NULL)
    {
      g_test_skip ("No locale with a decimal comma is installed");
      return;
    }

  text = scapula_weight_format (12.5, SCAPULA_WEIGHT_UNIT_KG);
  g_assert_cmpstr (text, ==, "12,5 kg");
  g_assert_true (scapula_weight_parse ("12,5", SCAPULA_WEIGHT_UNIT_KG, &kg, NULL));
  g_assert_cmpfloat_with_epsilon (kg, 12.5, 1e-12);

  setlocale (LC_NUMERIC, saved);
}

typedef struct
{
  const char        *text;
  ScapulaWeightUnit  unit;
  double             expected_kg;
} ParseCase;

static void
test_units_parse (void)
{
  static const ParseCase cases[] = {
    { "12.5", SCAPULA_WEIGHT_UNIT_KG, 12.5 },
    { "12,5", SCAPULA_WEIGHT_UNIT_KG, 12.5 },
    { "  20  ", SCAPULA_WEIGHT_UNIT_KG, 20.0 },
    { "+5", SCAPULA_WEIGHT_UNIT_KG, 5.0 },
    { ".5", SCAPULA_WEIGHT_UNIT_KG, 0.5 },
    { "7.", SCAPULA_WEIGHT_UNIT_KG, 7.0 },
    { "0", SCAPULA_WEIGHT_UNIT_KG, 0.0 },
    { "-0", SCAPULA_WEIGHT_UNIT_KG, 0.0 },
    { "500", SCAPULA_WEIGHT_UNIT_KG, 500.0 },
    { "25", SCAPULA_WEIGHT_UNIT_LB, 11.33980925 },
    { "27.5", SCAPULA_WEIGHT_UNIT_LB, 12.4737901750 },
    /* A unit typed after the number wins over the preference. */
    { "20 kg", SCAPULA_WEIGHT_UNIT_LB, 20.0 },
    { "20kg", SCAPULA_WEIGHT_UNIT_LB, 20.0 },
    { "20 KG", SCAPULA_WEIGHT_UNIT_LB, 20.0 },
    { "45 lbs", SCAPULA_WEIGHT_UNIT_KG, 20.41165665 },
    { "45 lb", SCAPULA_WEIGHT_UNIT_KG, 20.41165665 },
    { "12.5 kg", SCAPULA_WEIGHT_UNIT_KG, 12.5 },
    /* The limit the error message quotes in pounds is accepted. */
    { "1102.31", SCAPULA_WEIGHT_UNIT_LB, 1102.31 * 0.45359237 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      double kg = -1.0;

      g_test_message ("Parsing “%s”", cases[i].text);
      g_assert_true (scapula_weight_parse (cases[i].text, cases[i].unit, &kg, &error));
      g_assert_no_error (error);
      g_assert_cmpfloat_with_epsilon (kg, cases[i].expected_kg, 1e-9);
      g_assert_cmpfloat (kg, <=, SCAPULA_WEIGHT_MAX_KG);
    }
}

typedef struct
{
  const char        *text;
  ScapulaWeightUnit  unit;
  ScapulaUnitsError  code;
  const char        *message;
} ParseErrorCase;

static void
test_units_parse_errors (void)
{
  static const ParseErrorCase cases[] = {
    { NULL, SCAPULA_WEIGHT_UNIT_KG, SCAPULA_UNITS_ERROR_EMPTY,
      "Enter the weight in kilograms, or 0 for none." },
    { "", SCAPULA_WEIGHT_UNIT_KG, SCAPULA_UNITS_ERROR_EMPTY,
      "Enter the weight in kilograms, or 0 for none." },
    { "   ", SCAPULA_WEIGHT_UNIT_LB, SCAPULA_UNITS_ERROR_EMPTY,
      "Enter the weight in pounds, or 0 for none." },
    { "abc", SCAPULA_WEIGHT_UNIT_KG, SCAPULA_UNITS_ERROR_INVALID,
      "“abc” is not a weight. Type a number of kilograms, such as 12.5." },
    { "heavy", SCAPULA_WEIGHT_UNIT_LB, SCAPULA_UNITS_ERROR_INVALID,
      "“heavy” is not a weight. Type a number of pounds, such as 27.5." },
    { "1.2.3", SCAPULA_WEIGHT_UNIT_KG, SCAPULA_UNITS_ERROR_INVALID,
      "“1.2.3” is not a weight. Type a number of kilograms, such as 12.5." },
    { "12,5.0", SCAPULA_WEIGHT_UNIT_KG, SCAPULA_UNITS_ERROR_INVALID,
      "“12,5.0” is not a weight. Type a number of kilograms, such as 12.5." },
    { "1e3", SCAPULA_WEIGHT_UNIT_KG, SCAPULA_UNITS_ERROR_INVALID,
      "“1e3” is not a weight. Type a number of kilograms, such as 12.5." },
    { "inf", SCAPULA_WEIGHT_UNIT_KG, SCAPULA_UNITS_ERROR_INVALID,
      "“inf” is not a weight. Type a number of kilograms, such as 12.5." },
    { "0x10", SCAPULA_WEIGHT_UNIT_KG, SCAPULA_UNITS_ERROR_INVALID,
      "“0x10” is not a weight. Type a number of kilograms, such as 12.5." },
    { "12 stone", SCAPULA_WEIGHT_UNIT_KG, SCAPULA_UNITS_ERROR_INVALID,
      "“12 stone” is not a weight. Type a number of kilograms, such as 12.5." },
    { ".", SCAPULA_WEIGHT_UNIT_KG, SCAPULA_UNITS_ERROR_INVALID,
      "“.” is not a weight. Type a number of kilograms, such as 12.5." },
    { "-", SCAPULA_WEIGHT_UNIT_KG, SCAPULA_UNITS_ERROR_INVALID,
      "“-” is not a weight. Type a number of kilograms, such as 12.5." },
    { "-5", SCAPULA_WEIGHT_UNIT_KG, SCAPULA_UNITS_ERROR_NEGATIVE,
      "A weight cannot be below zero. Enter 0 for none." },
    { "-2.5 lb", SCAPULA_WEIGHT_UNIT_KG, SCAPULA_UNITS_ERROR_NEGATIVE,
      "A weight cannot be below zero. Enter 0 for none." },
    { "500.01", SCAPULA_WEIGHT_UNIT_KG, SCAPULA_UNITS_ERROR_TOO_HEAVY,
      "That is more than 500 kg, the heaviest weight Scapula records." },
    { "10000", SCAPULA_WEIGHT_UNIT_KG, SCAPULA_UNITS_ERROR_TOO_HEAVY,
      "That is more than 500 kg, the heaviest weight Scapula records." },
    { "1102.32", SCAPULA_WEIGHT_UNIT_LB, SCAPULA_UNITS_ERROR_TOO_HEAVY,
      "That is more than 1102.31 lb, the heaviest weight Scapula records." },
    { "2000", SCAPULA_WEIGHT_UNIT_LB, SCAPULA_UNITS_ERROR_TOO_HEAVY,
      "That is more than 1102.31 lb, the heaviest weight Scapula records." },
    /* The limit is said in the unit that was typed. */
    { "600 kg", SCAPULA_WEIGHT_UNIT_LB, SCAPULA_UNITS_ERROR_TOO_HEAVY,
      "That is more than 500 kg, the heaviest weight Scapula records." },
    { "99999999999999999999999999999999999999999999999999999999999999999999999999"
      "99999999999999999999999999999999999999999999999999999999999999999999999999"
      "99999999999999999999999999999999999999999999999999999999999999999999999999"
      "99999999999999999999999999999999999999999999999999999999999999999999999999"
      "99999999999999999999999999999999999999999999999999999999999999999999999999",
      SCAPULA_WEIGHT_UNIT_KG, SCAPULA_UNITS_ERROR_TOO_HEAVY,
      "That is more than 500 kg, the heaviest weight Scapula records." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      double kg = -1.0;

      g_test_message ("Parsing “%s”", cases[i].text);
      g_assert_false (scapula_weight_parse (cases[i].text, cases[i].unit, &kg, &error));
      g_assert_error (error, SCAPULA_UNITS_ERROR, (int) cases[i].code);
      g_assert_cmpstr (error->message, ==, cases[i].message);
      /* The output is left alone on error. */
      g_assert_cmpfloat_with_epsilon (kg, -1.0, 1e-12);
    }
}

static void
test_units_max (void)
{
  g_autofree char *limit = NULL;
  double kg = 0.0;

  g_assert_cmpfloat_with_epsilon (scapula_weight_get_max (SCAPULA_WEIGHT_UNIT_KG), 500.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (scapula_weight_get_max (SCAPULA_WEIGHT_UNIT_LB), 1102.31, 1e-9);

  /* Whatever the number shown for the limit, typing it back is accepted. */
  limit = scapula_weight_format_number (scapula_weight_to_kg (scapula_weight_get_max (SCAPULA_WEIGHT_UNIT_LB),
                                                              SCAPULA_WEIGHT_UNIT_LB),
                                        SCAPULA_WEIGHT_UNIT_LB);
  g_assert_cmpstr (limit, ==, "1102.31");
  g_assert_true (scapula_weight_parse (limit, SCAPULA_WEIGHT_UNIT_LB, &kg, NULL));
  g_assert_cmpfloat (kg, <=, SCAPULA_WEIGHT_MAX_KG);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/units/convert", test_units_convert);
  g_test_add_func ("/units/format", test_units_format);
  g_test_add_func ("/units/format-number", test_units_format_number);
  g_test_add_func ("/units/format-locale", test_units_format_locale);
  g_test_add_func ("/units/parse", test_units_parse);
  g_test_add_func ("/units/parse-errors", test_units_parse_errors);
  g_test_add_func ("/units/max", test_units_max);

  return g_test_run ();
}
