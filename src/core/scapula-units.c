/* scapula-units.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "scapula-units"

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "scapula-units.h"

/* Weights are stored in kilograms and shown in the unit the user chose in
 * the preferences. Everything that turns one into the other goes through
 * this file, so the app rounds and words weights the same way everywhere.
 *
 * Display: at most two decimals (enough for 1.25 kg plates and fractional
 * plates), with trailing zeros dropped, so a set reads "20 kg", "12.5 kg",
 * "21.25 kg" or "25 lb". The decimal mark follows the user's locale.
 */

G_DEFINE_QUARK (scapula-units-error-quark, scapula_units_error)

double
scapula_kg_to_lb (double kg)
{
  return kg / SCAPULA_KG_PER_LB;
}

double
scapula_lb_to_kg (double lb)
{
  return lb * SCAPULA_KG_PER_LB;
}

/**
 * scapula_weight_from_kg:
 * @weight_kg: a weight as stored
 * @unit: the unit to show it in
 *
 * Returns: @weight_kg in @unit
 */
double
scapula_weight_from_kg (double            weight_kg,
                        ScapulaWeightUnit unit)
{
  switch (unit)
    {
    case SCAPULA_WEIGHT_UNIT_KG: return weight_kg;
    case SCAPULA_WEIGHT_UNIT_LB: return scapula_kg_to_lb (weight_kg);
    default:
      g_return_val_if_reached (weight_kg);
    }
}

/**
 * scapula_weight_to_kg:
 * @value: a weight in @unit
 * @unit: the unit @value is in
 *
 * Returns: @value in kilograms, the unit weights are stored in
 */
double
scapula_weight_to_kg (double            value,
                      ScapulaWeightUnit unit)
{
  switch (unit)
    {
    case SCAPULA_WEIGHT_UNIT_KG: return value;
    case SCAPULA_WEIGHT_UNIT_LB: return scapula_lb_to_kg (value);
    default:
      g_return_val_if_reached (value);
    }
}

/**
 * scapula_weight_unit_get_symbol:
 * @unit: a unit
 *
 * Returns: the unit's symbol in the user's language, e.g. "kg" or "lb"
 */
const char *
scapula_weight_unit_get_symbol (ScapulaWeightUnit unit)
{
  switch (unit)
    {
    /* Translators: the symbol for kilograms. */
    case SCAPULA_WEIGHT_UNIT_KG: return _("kg");
    /* Translators: the symbol for pounds. */
    case SCAPULA_WEIGHT_UNIT_LB: return _("lb");
    default:
      g_return_val_if_reached ("");
    }
}

/* Formats @value with at most two decimals and no trailing zeros, in the
 * locale's decimal notation. Working in whole hundredths keeps 24.999999
 * (a pound weight that went through kilograms) from showing as "25.00".
 */
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

/**
 * scapula_weight_format_number:
 * @weight_kg: a weight as stored
 * @unit: the unit to show it in
 *
 * Formats the number alone, for an input field whose unit is shown beside
 * it: "12.5", "25".
 *
 * Returns: (transfer full): the text
 */
char *
scapula_weight_format_number (double            weight_kg,
                              ScapulaWeightUnit unit)
{
  g_return_val_if_fail (isfinite (weight_kg), g_strdup (""));

  return format_decimal (scapula_weight_from_kg (weight_kg, unit));
}

/**
 * scapula_weight_format:
 * @weight_kg: a weight as stored
 * @unit: the unit to show it in
 *
 * Formats a weight with its unit: "12.5 kg", "20 kg", "25 lb".
 *
 * Returns: (transfer full): the text
 */
char *
scapula_weight_format (double            weight_kg,
                       ScapulaWeightUnit unit)
{
  g_autofree char *number = NULL;

  g_return_val_if_fail (isfinite (weight_kg), g_strdup (""));

  number = scapula_weight_format_number (weight_kg, unit);

  switch (unit)
    {
    case SCAPULA_WEIGHT_UNIT_KG:
      /* Translators: a weight in kilograms, e.g. "12.5 kg". */
      return g_strdup_printf (_("%s kg"), number);
    case SCAPULA_WEIGHT_UNIT_LB:
      /* Translators: a weight in pounds, e.g. "25 lb". */
      return g_strdup_printf (_("%s lb"), number);
    default:
      g_return_val_if_reached (g_steal_pointer (&number));
    }
}

/**
 * scapula_weight_get_max:
 * @unit: a unit
 *
 * The heaviest weight a set may hold, in @unit, rounded down to what
 * scapula_weight_format() shows, so that a user who types the number an
 * error message quotes gets it accepted: 500 kg, 1102.31 lb.
 *
 * Returns: the limit in @unit
 */
double
scapula_weight_get_max (ScapulaWeightUnit unit)
{
  return floor (scapula_weight_from_kg (SCAPULA_WEIGHT_MAX_KG, unit) * 100.0) / 100.0;
}

static gboolean
unit_from_suffix (const char        *suffix,
                  ScapulaWeightUnit *unit)
{
  static const struct {
    const char        *token;
    ScapulaWeightUnit  unit;
  } tokens[] = {
    { "kg", SCAPULA_WEIGHT_UNIT_KG },
    { "kgs", SCAPULA_WEIGHT_UNIT_KG },
    { "lb", SCAPULA_WEIGHT_UNIT_LB },
    { "lbs", SCAPULA_WEIGHT_UNIT_LB },
  };
  g_autofree char *folded = g_utf8_casefold (suffix, -1);

  for (guint i = 0; i < G_N_ELEMENTS (tokens); i++)
    {
      if (g_strcmp0 (folded, tokens[i].token) == 0)
        {
          *unit = tokens[i].unit;
          return TRUE;
        }
    }

  /* The symbols in the user's language ("кг", "lb"…). */
  for (ScapulaWeightUnit u = SCAPULA_WEIGHT_UNIT_KG; u <= SCAPULA_WEIGHT_UNIT_LB; u++)
    {
      g_autofree char *symbol = g_utf8_casefold (scapula_weight_unit_get_symbol (u), -1);

      if (g_strcmp0 (folded, symbol) == 0)
        {
          *unit = u;
          return TRUE;
        }
    }

  return FALSE;
}

static void
set_invalid_error (GError            **error,
                   const char         *text,
                   ScapulaWeightUnit   unit)
{
  g_autofree char *example = NULL;

  switch (unit)
    {
    case SCAPULA_WEIGHT_UNIT_LB:
      example = format_decimal (27.5);
      g_set_error (error, SCAPULA_UNITS_ERROR, SCAPULA_UNITS_ERROR_INVALID,
                   /* Translators: the first %s is what the user typed, the second an example, "27.5". */
                   _("“%s” is not a weight. Type a number of pounds, such as %s."),
                   text, example);
      break;

    case SCAPULA_WEIGHT_UNIT_KG:
    default:
      example = format_decimal (12.5);
      g_set_error (error, SCAPULA_UNITS_ERROR, SCAPULA_UNITS_ERROR_INVALID,
                   /* Translators: the first %s is what the user typed, the second an example, "12.5". */
                   _("“%s” is not a weight. Type a number of kilograms, such as %s."),
                   text, example);
      break;
    }
}

/**
 * scapula_weight_parse:
 * @text: (nullable): what the user typed
 * @unit: the unit the user works in
 * @weight_kg: (out): the weight in kilograms
 * @error: return location for a #SCAPULA_UNITS_ERROR
 *
 * Reads a weight typed in @unit. Either "." or "," (or the locale's own
 * decimal mark) separates the decimals; there are no thousands separators,
 * since no weight that needs one is accepted. A unit typed after the number
 * ("20 kg", "45 lbs") wins over @unit, so "20 kg" means 20 kg even to a user
 * who works in pounds. Zero is a weight (body weight alone); negative
 * numbers and anything over %SCAPULA_WEIGHT_MAX_KG are refused, and the
 * message says the limit in @unit.
 *
 * Returns: %TRUE when @text is a weight Scapula can store
 */
gboolean
scapula_weight_parse (const char         *text,
                      ScapulaWeightUnit   unit,
                      double             *weight_kg,
                      GError            **error)
{
  g_autofree char *trimmed = NULL;
  g_autoptr(GString) number = NULL;
  const char *locale_point = localeconv ()->decimal_point;
  const char *p;
  gboolean negative = FALSE;
  gboolean seen_point = FALSE;
  guint n_digits = 0;
  double value;

  g_return_val_if_fail (weight_kg != NULL, FALSE);
  g_return_val_if_fail (unit == SCAPULA_WEIGHT_UNIT_KG || unit == SCAPULA_WEIGHT_UNIT_LB, FALSE);

  trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));

  if (trimmed[0] == '\0')
    {
      g_set_error_literal (error, SCAPULA_UNITS_ERROR, SCAPULA_UNITS_ERROR_EMPTY,
                           unit == SCAPULA_WEIGHT_UNIT_LB
                           ? _("Enter the weight in pounds, or 0 for none.")
                           : _("Enter the weight in kilograms, or 0 for none."));
      return FALSE;
    }

  /* Copy the number as C-locale text for g_ascii_strtod(), checking each
   * character, so "1e3", "inf", "0x10" or "1.2.3" are not numbers here.
   */
  number = g_string_new (NULL);
  p = trimmed;

  if (*p == '+' || *p == '-')
    negative = *p++ == '-';

  while (*p != '\0')
    {
      if (g_ascii_isdigit (*p))
        {
          g_string_append_c (number, *p++);
          n_digits++;
        }
      else if (*p == '.' || *p == ',' ||
               (locale_point[0] != '\0' && g_str_has_prefix (p, locale_point)))
        {
          if (seen_point)
            {
              set_invalid_error (error, trimmed, unit);
              return FALSE;
            }
          seen_point = TRUE;
          g_string_append_c (number, '.');
          p += (*p == '.' || *p == ',') ? 1 : strlen (locale_point);
        }
      else
        break;
    }

  if (n_digits == 0)
    {
      set_invalid_error (error, trimmed, unit);
      return FALSE;
    }

  /* Whatever follows the number must be a unit. */
  if (*p != '\0')
    {
      g_autofree char *suffix = g_strstrip (g_strdup (p));

      if (!unit_from_suffix (suffix, &unit))
        {
          set_invalid_error (error, trimmed, unit);
          return FALSE;
        }
    }

  value = g_ascii_strtod (number->str, NULL);

  if (negative && value > 0.0)
    {
      g_set_error_literal (error, SCAPULA_UNITS_ERROR, SCAPULA_UNITS_ERROR_NEGATIVE,
                           _("A weight cannot be below zero. Enter 0 for none."));
      return FALSE;
    }

  /* A hair of tolerance, so that the limit shown in pounds is accepted. */
  if (!isfinite (value) || scapula_weight_to_kg (value, unit) > SCAPULA_WEIGHT_MAX_KG + 1e-9)
    {
      g_autofree char *limit = scapula_weight_format (scapula_weight_to_kg (scapula_weight_get_max (unit), unit),
                                                      unit);

      g_set_error (error, SCAPULA_UNITS_ERROR, SCAPULA_UNITS_ERROR_TOO_HEAVY,
                   /* Translators: %s is the limit with its unit, e.g. "500 kg". */
                   _("That is more than %s, the heaviest weight Scapula records."),
                   limit);
      return FALSE;
    }

  *weight_kg = scapula_weight_to_kg (value, unit);
  return TRUE;
}
