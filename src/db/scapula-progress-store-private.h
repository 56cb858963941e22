/* scapula-progress-store-private.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "scapula-progress-store.h"

G_BEGIN_DECLS

/* The store's queries, so a test can check each one's plan. */
typedef enum
{
  SCAPULA_PROGRESS_QUERY_EXERCISES,
  SCAPULA_PROGRESS_QUERY_SETS,
  SCAPULA_PROGRESS_QUERY_LATEST_SIDES,
  SCAPULA_PROGRESS_QUERY_MUSCLES,
  SCAPULA_PROGRESS_QUERY_SESSIONS,
  SCAPULA_PROGRESS_QUERY_PAIN_EXERCISE,
  SCAPULA_PROGRESS_QUERY_PAIN_ALL,
  SCAPULA_PROGRESS_QUERY_PAIN_LATEST,
  SCAPULA_PROGRESS_QUERY_SESSION_EXERCISES,
  SCAPULA_PROGRESS_QUERY_SESSION_START,
} ScapulaProgressQuery;

#define SCAPULA_N_PROGRESS_QUERIES (SCAPULA_PROGRESS_QUERY_SESSION_START + 1)

const char *_scapula_progress_store_get_sql (ScapulaProgressQuery query);

G_END_DECLS
