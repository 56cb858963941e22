/* scapula-progress-store.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "scapula-catalog.h"
#include "scapula-database.h"
#include "scapula-plan.h"
#include "scapula-progression.h"
#include "scapula-stats.h"

G_BEGIN_DECLS

/**
 * ScapulaExerciseHistory:
 * @exercise: the exercise slug, an interned string
 * @first_logged_at: when its first set was logged, in seconds since the epoch
 * @last_logged_at: when its latest set was logged, in seconds since the epoch
 *
 * An exercise the user has logged.
 */
typedef struct
{
  const char *exercise;
  gint64      first_logged_at;
  gint64      last_logged_at;
} ScapulaExerciseHistory;

/**
 * ScapulaNextStep:
 * @exercise: the exercise slug, an interned string
 * @target: the next session's target (scapula_target_compute())
 * @has_history: %FALSE the first time: the exercise has no work sets yet
 * @last_session_at: when the session the target builds on started, in
 *   seconds since the epoch; 0 without history
 *
 * The next suggested step of one exercise of the active plan.
 */
typedef struct
{
  const char    *exercise;
  ScapulaTarget  target;
  gboolean       has_history;
  gint64         last_session_at;
} ScapulaNextStep;

#define SCAPULA_TYPE_PROGRESS_STORE (scapula_progress_store_get_type ())

G_DECLARE_FINAL_TYPE (ScapulaProgressStore, scapula_progress_store, SCAPULA, PROGRESS_STORE, GObject)

ScapulaProgressStore *scapula_progress_store_new                 (ScapulaDatabase       *database,
                                                                  ScapulaCatalog        *catalog);
ScapulaDatabase      *scapula_progress_store_get_database        (ScapulaProgressStore  *self);
ScapulaCatalog       *scapula_progress_store_get_catalog         (ScapulaProgressStore  *self);
GArray               *scapula_progress_store_list_exercises      (ScapulaProgressStore  *self,
                                                                  gint64                 since,
                                                                  GError               **error);
GArray               *scapula_progress_store_get_sets            (ScapulaProgressStore  *self,
                                                                  const char            *exercise,
                                                                  gint64                 since,
                                                                  GError               **error);
GArray               *scapula_progress_store_get_sessions        (ScapulaProgressStore  *self,
                                                                  const char            *exercise,
                                                                  gint64                 since,
                                                                  GError               **error);
gboolean              scapula_progress_store_get_balance_flag    (ScapulaProgressStore  *self,
                                                                  const char            *exercise,
                                                                  ScapulaSide           *behind,
                                                                  GError               **error);
GArray               *scapula_progress_store_get_muscle_weeks    (ScapulaProgressStore  *self,
                                                                  gint64                 since,
                                                                  gint64                 now,
                                                                  GDateWeekday           first_day,
                                                                  GError               **error);
GArray               *scapula_progress_store_get_consistency     (ScapulaProgressStore  *self,
                                                                  ScapulaPlan           *plan,
                                                                  gint64                 since,
                                                                  gint64                 now,
                                                                  GDateWeekday           first_day,
                                                                  GError               **error);
GArray               *scapula_progress_store_get_pain            (ScapulaProgressStore  *self,
                                                                  const char            *exercise,
                                                                  gint64                 since,
                                                                  GError               **error);
gboolean              scapula_progress_store_get_pain_rising     (ScapulaProgressStore  *self,
                                                                  const char            *exercise,
                                                                  gboolean              *rising,
                                                                  GError               **error);
GArray               *scapula_progress_store_get_pain_weeks      (ScapulaProgressStore  *self,
                                                                  const char            *exercise,
                                                                  gint64                 since,
                                                                  gint64                 now,
                                                                  GDateWeekday           first_day,
                                                                  GError               **error);
GArray               *scapula_progress_store_get_records         (ScapulaProgressStore  *self,
                                                                  const char            *exercise,
                                                                  gint64                 since,
                                                                  GError               **error);
GArray               *scapula_progress_store_get_session_records (ScapulaProgressStore  *self,
                                                                  gint64                 session_id,
                                                                  GError               **error);
GArray               *scapula_progress_store_get_next_steps      (ScapulaProgressStore  *self,
                                                                  ScapulaPlan           *plan,
                                                                  ScapulaWeightUnit      unit,
                                                                  GError               **error);

G_END_DECLS
