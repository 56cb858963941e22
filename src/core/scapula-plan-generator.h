/* scapula-plan-generator.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "scapula-catalog.h"
#include "scapula-plan.h"

G_BEGIN_DECLS

/* What the user has to train with. Every preset also assumes the ordinary
 * things of a home or gym: a floor mat, a wall and a doorway.
 *
 * @SCAPULA_EQUIPMENT_PRESET_DUMBBELLS: a pair of dumbbells and an
 *   adjustable bench (flat and incline)
 * @SCAPULA_EQUIPMENT_PRESET_HOME: the above plus resistance bands, a
 *   pull-up bar and a foam roller
 * @SCAPULA_EQUIPMENT_PRESET_GYM: everything in the catalog
 */
typedef enum
{
  SCAPULA_EQUIPMENT_PRESET_DUMBBELLS,
  SCAPULA_EQUIPMENT_PRESET_HOME,
  SCAPULA_EQUIPMENT_PRESET_GYM,
} ScapulaEquipmentPreset;

#define SCAPULA_PLAN_REQUEST_DAYS_MIN      2
#define SCAPULA_PLAN_REQUEST_DAYS_MAX      6
#define SCAPULA_PLAN_REQUEST_DAYS_DEFAULT  3
#define SCAPULA_PLAN_REQUEST_MINUTES_MIN   20
#define SCAPULA_PLAN_REQUEST_MINUTES_MAX   120

/**
 * ScapulaPlanRequest:
 * @equipment: what there is to train with
 * @level: beginner or intermediate (advanced is planned as intermediate)
 * @days_per_week: days to train, 2–6; three at most are strength
 *   sessions, the others are mobility days
 * @minutes: the time for one session
 * @seed: picks among equally good plans; the same request always gives
 *   the same plan
 *
 * What the user asks the generator for.
 */
typedef struct
{
  ScapulaEquipmentPreset equipment;
  ScapulaLevel           level;
  guint                  days_per_week;
  guint                  minutes;
  guint32                seed;
} ScapulaPlanRequest;

ScapulaEquipment  scapula_equipment_preset_get_equipment (ScapulaEquipmentPreset     preset);
ScapulaPlan      *scapula_plan_generate                  (ScapulaCatalog            *catalog,
                                                          const ScapulaPlanRequest  *request,
                                                          const char                *name,
                                                          const GDate               *start_date);
char             *scapula_plan_item_explain              (ScapulaPlanItem           *item,
                                                          ScapulaCatalog            *catalog);
guint             scapula_plan_day_estimate_minutes      (ScapulaPlanDay            *day);

G_END_DECLS
