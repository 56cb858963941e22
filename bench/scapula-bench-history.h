/* scapula-bench-history.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "scapula-database.h"

G_BEGIN_DECLS

/* The history the benchmarks measure against (DESIGN.md §9). */
#define SCAPULA_BENCH_HISTORY_SETS  100000
#define SCAPULA_BENCH_HISTORY_YEARS 5

/**
 * ScapulaBenchHistoryStats:
 * @n_sessions: sessions written
 * @n_sets: logged sets written
 * @n_pain_checkins: pain check-ins written
 * @n_unilateral_sets: sets logged for one side
 * @n_timed_sets: sets counted in seconds
 * @n_warmup_sets: sets of kind "warmup"
 * @first_started_at: when the first session started, in seconds since the
 *   epoch
 * @last_started_at: when the last session started
 *
 * What scapula_bench_history_fill() wrote.
 */
typedef struct
{
  guint  n_sessions;
  guint  n_sets;
  guint  n_pain_checkins;
  guint  n_unilateral_sets;
  guint  n_timed_sets;
  guint  n_warmup_sets;
  gint64 first_started_at;
  gint64 last_started_at;
} ScapulaBenchHistoryStats;

gboolean scapula_bench_history_fill (ScapulaDatabase           *database,
                                     guint                      n_sets,
                                     gint64                     end,
                                     ScapulaBenchHistoryStats  *stats,
                                     GError                   **error);

G_END_DECLS
