/* scapula-runner.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "scapula-alerts.h"
#include "scapula-clock.h"
#include "scapula-context.h"
#include "scapula-pain.h"
#include "scapula-session.h"
#include "scapula-timer.h"

G_BEGIN_DECLS

/**
 * ScapulaSessionSummary:
 * @duration: seconds from start to finish
 * @work_sets: work sets done, a left and right pair counting once
 * @volume_kg: weight × reps over the work sets
 * @records: (element-type utf8): personal records, as sentences
 * @pain_notes: (element-type utf8): check-ins that reported pain, as
 *   sentences
 *
 * What a finished session comes to.
 */
typedef struct
{
  gint64     duration;
  guint      work_sets;
  double     volume_kg;
  GPtrArray *records;
  GPtrArray *pain_notes;
} ScapulaSessionSummary;

void scapula_session_summary_free (ScapulaSessionSummary *summary);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScapulaSessionSummary, scapula_session_summary_free)

#define SCAPULA_TYPE_RUNNER (scapula_runner_get_type ())

G_DECLARE_FINAL_TYPE (ScapulaRunner, scapula_runner, SCAPULA, RUNNER, GObject)

ScapulaRunner   *scapula_runner_new               (ScapulaContext   *context,
                                                   ScapulaClock     *clock,
                                                   ScapulaAlerts    *alerts);
ScapulaContext  *scapula_runner_get_context       (ScapulaRunner    *self);
ScapulaClock    *scapula_runner_get_clock         (ScapulaRunner    *self);
gboolean         scapula_runner_resume            (ScapulaRunner    *self,
                                                   GError          **error);
ScapulaPlanDay  *scapula_runner_get_today         (ScapulaRunner    *self);
gint64           scapula_runner_get_today_done    (ScapulaRunner    *self);
gboolean         scapula_runner_start             (ScapulaRunner    *self,
                                                   ScapulaPlanDay   *day,
                                                   GError          **error);

ScapulaSession  *scapula_runner_get_session       (ScapulaRunner    *self);
gint64           scapula_runner_get_session_id    (ScapulaRunner    *self);
gint64           scapula_runner_get_started_at    (ScapulaRunner    *self);
gboolean         scapula_runner_get_resumed       (ScapulaRunner    *self);
ScapulaTimer    *scapula_runner_get_rest_timer    (ScapulaRunner    *self);
ScapulaTimer    *scapula_runner_get_activity_timer (ScapulaRunner   *self);
ScapulaWeightUnit scapula_runner_get_weight_unit  (ScapulaRunner    *self);
ScapulaExercise *scapula_runner_lookup            (ScapulaRunner    *self,
                                                   const char       *exercise);
GArray          *scapula_runner_get_last_sets     (ScapulaRunner    *self,
                                                   const char       *exercise);

gboolean         scapula_runner_log_set           (ScapulaRunner    *self,
                                                   double            weight_kg,
                                                   int               reps,
                                                   double            rpe,
                                                   GError          **error);
gboolean         scapula_runner_skip_set          (ScapulaRunner    *self,
                                                   GError          **error);
gboolean         scapula_runner_skip_exercise     (ScapulaRunner    *self,
                                                   guint             entry,
                                                   GError          **error);
gboolean         scapula_runner_add_set           (ScapulaRunner    *self,
                                                   guint             entry,
                                                   GError          **error);
gboolean         scapula_runner_move_exercise     (ScapulaRunner    *self,
                                                   guint             from,
                                                   guint             to,
                                                   GError          **error);
gboolean         scapula_runner_swap_exercise     (ScapulaRunner    *self,
                                                   guint             entry,
                                                   const char       *exercise,
                                                   GError          **error);
gboolean         scapula_runner_add_exercise      (ScapulaRunner    *self,
                                                   const char       *exercise,
                                                   GError          **error);
gboolean         scapula_runner_check_in          (ScapulaRunner    *self,
                                                   guint             pain,
                                                   gboolean          numbness,
                                                   ScapulaPainAdvice *advice,
                                                   GError          **error);
gboolean         scapula_runner_skip_check_in     (ScapulaRunner    *self,
                                                   GError          **error);

gboolean         scapula_runner_start_activity    (ScapulaRunner    *self,
                                                   GError          **error);
gboolean         scapula_runner_stop_activity     (ScapulaRunner    *self,
                                                   GError          **error);
void             scapula_runner_toggle_pause      (ScapulaRunner    *self);
void             scapula_runner_adjust_rest       (ScapulaRunner    *self,
                                                   gint64            delta);
void             scapula_runner_skip_rest         (ScapulaRunner    *self);

gboolean         scapula_runner_finish            (ScapulaRunner    *self,
                                                   GError          **error);
gboolean         scapula_runner_discard           (ScapulaRunner    *self,
                                                   GError          **error);
const ScapulaSessionSummary *scapula_runner_get_summary (ScapulaRunner *self);
void             scapula_runner_clear_summary     (ScapulaRunner    *self);

char            *scapula_runner_dup_exercise_name (ScapulaRunner    *self,
                                                   guint             entry);
char            *scapula_runner_describe_next     (ScapulaRunner    *self);

G_END_DECLS
