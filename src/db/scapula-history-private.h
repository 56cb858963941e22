/* scapula-history-private.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "scapula-history.h"

G_BEGIN_DECLS

/* The SQL of scapula_history_get_last_work_sets(), so a test can check its
 * query plan. */
const char *_scapula_history_get_last_work_sets_sql (void);

G_END_DECLS
