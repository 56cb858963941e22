/* scapula-pain.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Pain at or above this, on the 0–10 scale, means stop the movement. */
#define SCAPULA_PAIN_STOP 7

/**
 * ScapulaPainAdvice:
 * @SCAPULA_PAIN_ADVICE_NONE: nothing to say
 * @SCAPULA_PAIN_ADVICE_STOP: sharp pain, or numbness or tingling: stop this
 *   movement
 * @SCAPULA_PAIN_ADVICE_SEE_PROFESSIONAL: pain that keeps rising, or
 *   numbness or tingling: see a professional
 *
 * What a pain check-in calls for. Flags: numbness brings both.
 */
typedef enum
{
  SCAPULA_PAIN_ADVICE_NONE             = 0,
  SCAPULA_PAIN_ADVICE_STOP             = 1 << 0,
  SCAPULA_PAIN_ADVICE_SEE_PROFESSIONAL = 1 << 1,
} ScapulaPainAdvice;

gboolean          scapula_pain_is_rising   (const guint *pains,
                                            guint        n_pains);
ScapulaPainAdvice scapula_pain_assess      (guint        pain,
                                            gboolean     numbness,
                                            const guint *earlier,
                                            guint        n_earlier);
char             *scapula_pain_advice_format (ScapulaPainAdvice advice,
                                            const char  *exercise_name);
const char       *scapula_pain_get_medical_note (void);

G_END_DECLS
