/* scapula-plan.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "scapula-types.h"

G_BEGIN_DECLS

/* The limits below are the ones the database's CHECK constraints hold;
 * the edit dialog refuses anything outside them where it is typed.
 */
#define SCAPULA_PLAN_SETS_MIN      1
#define SCAPULA_PLAN_SETS_MAX      10
#define SCAPULA_PLAN_REPS_MIN      1
#define SCAPULA_PLAN_REPS_MAX      50
#define SCAPULA_PLAN_HOLD_MIN      5
#define SCAPULA_PLAN_HOLD_MAX      300
#define SCAPULA_PLAN_REST_MAX      600
#define SCAPULA_PLAN_WARMUP_MAX    5
#define SCAPULA_PLAN_BLOCK_DEFAULT 6
#define SCAPULA_PLAN_BLOCK_MAX     52
#define SCAPULA_PLAN_NAME_MAX      120

#define SCAPULA_PLAN_ERROR (scapula_plan_error_quark ())

/* Which input of a prescription is wrong, so a form can mark that one. */
typedef enum
{
  SCAPULA_PLAN_ERROR_SETS,
  SCAPULA_PLAN_ERROR_REPS,
  SCAPULA_PLAN_ERROR_HOLD,
  SCAPULA_PLAN_ERROR_REST,
  SCAPULA_PLAN_ERROR_WARMUP,
  SCAPULA_PLAN_ERROR_NAME,
} ScapulaPlanError;

/**
 * ScapulaPrescription:
 * @sets: working sets, 1–10
 * @reps_min: bottom of the rep range, or 0 for a hold
 * @reps_max: top of the rep range, or 0 for a hold
 * @hold_seconds: seconds per hold (5–300), or 0 when counted in reps
 * @rest_seconds: rest after each set, 0–600
 * @warmup_sets: lighter sets before the first working set, 0–5
 * @per_side: %TRUE when each side is done and logged on its own
 * @progression: how the targets move from session to session
 *
 * What a plan asks of one exercise on one day.
 */
typedef struct
{
  guint              sets;
  guint              reps_min;
  guint              reps_max;
  guint              hold_seconds;
  guint              rest_seconds;
  guint              warmup_sets;
  gboolean           per_side;
  ScapulaProgression progression;
} ScapulaPrescription;

GQuark   scapula_plan_error_quark          (void);
gboolean scapula_prescription_validate     (const ScapulaPrescription *prescription,
                                            GError                   **error);
gboolean scapula_prescription_is_hold      (const ScapulaPrescription *prescription);
char    *scapula_prescription_format       (const ScapulaPrescription *prescription);
void     scapula_prescription_init_for_exercise (ScapulaPrescription *prescription,
                                                 ScapulaExercise     *exercise,
                                                 ScapulaLevel         level);
char    *scapula_format_rest               (guint                      seconds);
const char *scapula_plan_role_get_label    (ScapulaPlanRole            role);
const char *scapula_progression_get_label  (ScapulaProgression         progression);
const char *scapula_weekday_get_name       (guint                      weekday);

/* ScapulaPlanItem: one exercise of a training day. */

#define SCAPULA_TYPE_PLAN_ITEM (scapula_plan_item_get_type ())

G_DECLARE_FINAL_TYPE (ScapulaPlanItem, scapula_plan_item, SCAPULA, PLAN_ITEM, GObject)

ScapulaPlanItem           *scapula_plan_item_new              (const char                *exercise,
                                                               const ScapulaPrescription *prescription);
ScapulaPlanItem           *scapula_plan_item_copy             (ScapulaPlanItem           *self);
const char                *scapula_plan_item_get_exercise     (ScapulaPlanItem           *self);
void                       scapula_plan_item_set_exercise     (ScapulaPlanItem           *self,
                                                               const char                *exercise);
const ScapulaPrescription *scapula_plan_item_get_prescription (ScapulaPlanItem           *self);
void                       scapula_plan_item_set_prescription (ScapulaPlanItem           *self,
                                                               const ScapulaPrescription *prescription);
const char                *scapula_plan_item_get_notes        (ScapulaPlanItem           *self);
void                       scapula_plan_item_set_notes        (ScapulaPlanItem           *self,
                                                               const char                *notes);
ScapulaPlanRole            scapula_plan_item_get_role         (ScapulaPlanItem           *self);
void                       scapula_plan_item_set_role         (ScapulaPlanItem           *self,
                                                               ScapulaPlanRole            role);

/* ScapulaPlanDay: one weekday of a plan, a list model of its items. */

#define SCAPULA_TYPE_PLAN_DAY (scapula_plan_day_get_type ())

G_DECLARE_FINAL_TYPE (ScapulaPlanDay, scapula_plan_day, SCAPULA, PLAN_DAY, GObject)

guint            scapula_plan_day_get_weekday     (ScapulaPlanDay  *self);
gint64           scapula_plan_day_get_id          (ScapulaPlanDay  *self);
void             scapula_plan_day_set_id          (ScapulaPlanDay  *self,
                                                   gint64           id);
gboolean         scapula_plan_day_get_training    (ScapulaPlanDay  *self);
void             scapula_plan_day_set_training    (ScapulaPlanDay  *self,
                                                   gboolean         training);
guint            scapula_plan_day_get_n_items     (ScapulaPlanDay  *self);
ScapulaPlanItem *scapula_plan_day_get_item        (ScapulaPlanDay  *self,
                                                   guint            position);
void             scapula_plan_day_insert          (ScapulaPlanDay  *self,
                                                   guint            position,
                                                   ScapulaPlanItem *item);
void             scapula_plan_day_append          (ScapulaPlanDay  *self,
                                                   ScapulaPlanItem *item);
ScapulaPlanItem *scapula_plan_day_remove          (ScapulaPlanDay  *self,
                                                   guint            position);
void             scapula_plan_day_remove_all      (ScapulaPlanDay  *self);
gboolean         scapula_plan_day_find            (ScapulaPlanDay  *self,
                                                   ScapulaPlanItem *item,
                                                   guint           *position);

/* ScapulaPlan: a named week that repeats for a block of weeks. */

#define SCAPULA_TYPE_PLAN (scapula_plan_get_type ())

G_DECLARE_FINAL_TYPE (ScapulaPlan, scapula_plan, SCAPULA, PLAN, GObject)

ScapulaPlan    *scapula_plan_new                (const char   *name,
                                                 const GDate  *start_date);
gint64          scapula_plan_get_id             (ScapulaPlan  *self);
void            scapula_plan_set_id             (ScapulaPlan  *self,
                                                 gint64        id);
const char     *scapula_plan_get_name           (ScapulaPlan  *self);
void            scapula_plan_set_name           (ScapulaPlan  *self,
                                                 const char   *name);
const GDate    *scapula_plan_get_start_date     (ScapulaPlan  *self);
void            scapula_plan_set_start_date     (ScapulaPlan  *self,
                                                 const GDate  *start_date);
guint           scapula_plan_get_block_weeks    (ScapulaPlan  *self);
void            scapula_plan_set_block_weeks    (ScapulaPlan  *self,
                                                 guint         block_weeks);
ScapulaLevel    scapula_plan_get_level          (ScapulaPlan  *self);
void            scapula_plan_set_level          (ScapulaPlan  *self,
                                                 ScapulaLevel  level);
gboolean        scapula_plan_get_active         (ScapulaPlan  *self);
void            scapula_plan_set_active         (ScapulaPlan  *self,
                                                 gboolean      active);
ScapulaPlanDay *scapula_plan_get_day            (ScapulaPlan  *self,
                                                 guint         weekday);
guint           scapula_plan_count_training_days (ScapulaPlan *self);
int             scapula_plan_get_block_week     (ScapulaPlan  *self,
                                                 const GDate  *today);
void            scapula_plan_move_item          (ScapulaPlan  *self,
                                                 guint         from_weekday,
                                                 guint         from_position,
                                                 guint         to_weekday,
                                                 guint         to_position);
void            scapula_plan_copy_day           (ScapulaPlan  *self,
                                                 guint         from_weekday,
                                                 guint         to_weekday);
void            scapula_plan_freeze_changed     (ScapulaPlan  *self);
void            scapula_plan_thaw_changed       (ScapulaPlan  *self);

G_END_DECLS
