/* scapula-muscle-info.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "scapula-types.h"

G_BEGIN_DECLS

/**
 * ScapulaMuscleInfo:
 * @origin: where the muscle starts
 * @insertion: where it attaches at the moving end
 * @function: what it does, in plain words
 * @source: (nullable): the seed article these facts come from, or %NULL
 *   for general anatomy
 *
 * What the Muscles view tells about one muscle. The strings are translated.
 */
typedef struct
{
  const char *origin;
  const char *insertion;
  const char *function;
  const char *source;
} ScapulaMuscleInfo;

void scapula_muscle_get_info (ScapulaMuscle      muscle,
                              ScapulaMuscleInfo *info);

G_END_DECLS
