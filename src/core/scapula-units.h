/* scapula-units.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "scapula-types.h"

G_BEGIN_DECLS

/* The international avoirdupois pound (1959) is defined as exactly this many
 * kilograms, so converting back and forth loses nothing a person could see.
 */
#define SCAPULA_KG_PER_LB 0.45359237

/* The heaviest weight a set may hold; the database's CHECK holds the same. */
#define SCAPULA_WEIGHT_MAX_KG 500.0

#define SCAPULA_UNITS_ERROR (scapula_units_error_quark ())

/**
 * ScapulaUnitsError:
 * @SCAPULA_UNITS_ERROR_EMPTY: nothing was typed
 * @SCAPULA_UNITS_ERROR_INVALID: the text is not a number
 * @SCAPULA_UNITS_ERROR_NEGATIVE: the number is below zero
 * @SCAPULA_UNITS_ERROR_TOO_HEAVY: the number is over %SCAPULA_WEIGHT_MAX_KG
 *
 * Why a typed weight was refused. The message is a sentence to show beside
 * the input as it is.
 */
typedef enum
{
  SCAPULA_UNITS_ERROR_EMPTY,
  SCAPULA_UNITS_ERROR_INVALID,
  SCAPULA_UNITS_ERROR_NEGATIVE,
  SCAPULA_UNITS_ERROR_TOO_HEAVY,
} ScapulaUnitsError;

GQuark      scapula_units_error_quark        (void);
double      scapula_kg_to_lb                 (double             kg);
double      scapula_lb_to_kg                 (double             lb);
double      scapula_weight_from_kg           (double             weight_kg,
                                              ScapulaWeightUnit  unit);
double      scapula_weight_to_kg             (double             value,
                                              ScapulaWeightUnit  unit);
const char *scapula_weight_unit_get_symbol   (ScapulaWeightUnit  unit);
char       *scapula_weight_format_number     (double             weight_kg,
                                              ScapulaWeightUnit  unit);
char       *scapula_weight_format            (double             weight_kg,
                                              ScapulaWeightUnit  unit);
double      scapula_weight_get_max           (ScapulaWeightUnit  unit);
gboolean    scapula_weight_parse             (const char        *text,
                                              ScapulaWeightUnit  unit,
                                              double            *weight_kg,
                                              GError           **error);

G_END_DECLS
