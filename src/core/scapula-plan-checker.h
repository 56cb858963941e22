/* scapula-plan-checker.h
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

/* The planning rules of DESIGN.md §5, numbered as there. The numbers are
 * stable: the UI and the tests refer to them.
 */
typedef enum
{
  SCAPULA_PLAN_RULE_SESSION_SIZE = 1,
  SCAPULA_PLAN_RULE_SESSION_ORDER,
  SCAPULA_PLAN_RULE_ROTATION,
  SCAPULA_PLAN_RULE_VARIETY,
  SCAPULA_PLAN_RULE_FREQUENCY,
  SCAPULA_PLAN_RULE_FULL_BACK_DAY,
  SCAPULA_PLAN_RULE_WARM_UP,
  SCAPULA_PLAN_RULE_COOL_DOWN,
  SCAPULA_PLAN_RULE_BEGINNER,
  SCAPULA_PLAN_RULE_FREE_WEIGHTS_FIRST,
  SCAPULA_PLAN_RULE_CORE_GROUP,
  SCAPULA_PLAN_RULE_SMALL_STEPS,
} ScapulaPlanRule;

#define SCAPULA_PLAN_N_RULES SCAPULA_PLAN_RULE_SMALL_STEPS

/**
 * ScapulaPlanIssue:
 * @rule: the rule the plan breaks
 * @weekday: the ISO weekday (1 = Monday) the issue is on, or 0 for the
 *   whole week
 * @position: the index of the item in that day, or -1 for the whole day
 * @message: what is wrong and why, in the user's language
 * @source: id of the seed article the rule comes from, e.g. "004"
 *
 * One place where a plan breaks one rule.
 */
typedef struct
{
  ScapulaPlanRule  rule;
  guint            weekday;
  int              position;
  char            *message;
  const char      *source;
} ScapulaPlanIssue;

#define SCAPULA_TYPE_PLAN_ISSUE (scapula_plan_issue_get_type ())

GType             scapula_plan_issue_get_type      (void) G_GNUC_CONST;
ScapulaPlanIssue *scapula_plan_issue_copy          (const ScapulaPlanIssue *self);
void              scapula_plan_issue_free          (ScapulaPlanIssue       *self);

GPtrArray        *scapula_plan_check               (ScapulaPlan            *plan,
                                                    ScapulaCatalog         *catalog);
const char       *scapula_plan_rule_get_title      (ScapulaPlanRule         rule);
const char       *scapula_plan_rule_get_source     (ScapulaPlanRule         rule);

/* Facts about exercises that the checker and the generator share. */
gboolean          scapula_exercise_is_mid_back     (ScapulaExercise        *exercise);
gboolean          scapula_exercise_is_free_weight  (ScapulaExercise        *exercise);
gboolean          scapula_exercise_is_machine      (ScapulaExercise        *exercise);
gboolean          scapula_exercise_is_shrug        (ScapulaExercise        *exercise);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScapulaPlanIssue, scapula_plan_issue_free)

G_END_DECLS
