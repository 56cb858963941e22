/* scapula-pain.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "scapula-pain"

#include "config.h"

#include <glib/gi18n.h>

#include "scapula-pain.h"

/* What the pain check-in after each exercise leads to (DESIGN.md §6).
 *
 * - Sharp pain means stop: "If you experience sharp or intense pain, stop
 *   the exercise. Mild discomfort or muscle fatigue is normal" (seed 003).
 *   On the 0–10 scale that is SCAPULA_PAIN_STOP (7) or more.
 * - Numbness or tingling also means stop, and see someone: seed 001's
 *   medical note sends anyone with "shoulder pain, numbness, or a prior
 *   injury" to a clinician.
 * - Pain that rises from session to session brings the same suggestion:
 *   "If you experience persistent or worsening pain, consult a healthcare
 *   professional" (seed 003). Rising means the last three sessions' pain
 *   for the exercise, today's included, went up each time: p1 < p2 < p3.
 *   Two sessions are too few to call a trend; a plateau is not a rise.
 */

/**
 * scapula_pain_is_rising:
 * @pains: (array length=n_pains): pain per session, oldest first
 * @n_pains: how many
 *
 * Returns: %TRUE when the last three are strictly increasing
 */
gboolean
scapula_pain_is_rising (const guint *pains,
                        guint        n_pains)
{
  g_return_val_if_fail (pains != NULL || n_pains == 0, FALSE);

  if (n_pains < 3)
    return FALSE;

  pains += n_pains - 3;
  return pains[0] < pains[1] && pains[1] < pains[2];
}

/**
 * scapula_pain_assess:
 * @pain: today's pain, 0–10
 * @numbness: whether there was numbness or tingling
 * @earlier: (array length=n_earlier) (nullable): the exercise's pain in
 *   earlier sessions, oldest first
 * @n_earlier: how many
 *
 * Returns: the advice for this check-in
 */
ScapulaPainAdvice
scapula_pain_assess (guint        pain,
                     gboolean     numbness,
                     const guint *earlier,
                     guint        n_earlier)
{
  ScapulaPainAdvice advice = SCAPULA_PAIN_ADVICE_NONE;
  guint last[3];
  guint n = 0;

  g_return_val_if_fail (pain <= 10, SCAPULA_PAIN_ADVICE_NONE);

  if (pain >= SCAPULA_PAIN_STOP || numbness)
    advice |= SCAPULA_PAIN_ADVICE_STOP;
  if (numbness)
    advice |= SCAPULA_PAIN_ADVICE_SEE_PROFESSIONAL;

  for (guint i = n_earlier > 2 ? n_earlier - 2 : 0; i < n_earlier; i++)
    last[n++] = earlier[i];
  last[n++] = pain;

  if (scapula_pain_is_rising (last, n))
    advice |= SCAPULA_PAIN_ADVICE_SEE_PROFESSIONAL;

  return advice;
}

/**
 * scapula_pain_advice_format:
 * @advice: what scapula_pain_assess() gave
 * @exercise_name: the exercise, as shown
 *
 * Returns: (transfer full) (nullable): the advice in plain words, or %NULL
 *   for none
 */
char *
scapula_pain_advice_format (ScapulaPainAdvice  advice,
                            const char        *exercise_name)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (advice & SCAPULA_PAIN_ADVICE_STOP)
    {
      /* Translators: %s is an exercise name */
      g_string_append_printf (text, _("Stop doing %s today. Sharp pain, numbness or tingling "
                                      "is a sign to stop, not to push through."),
                              exercise_name);
    }

  if (advice & SCAPULA_PAIN_ADVICE_SEE_PROFESSIONAL)
    {
      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, _("Please see a doctor or physical therapist before training "
                               "this movement again: pain that keeps rising, numbness or "
                               "tingling needs a professional's eye."));
    }

  if (text->len == 0)
    return NULL;

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * scapula_pain_get_medical_note:
 *
 * Returns: the note shown before the first session
 */
const char *
scapula_pain_get_medical_note (void)
{
  return _("Scapula helps you plan and log your training; it does not replace advice from "
           "someone who has examined you. If you have shoulder or back pain, numbness, "
           "tingling or a past injury, talk to a doctor or physical therapist before you "
           "start. During training, mild effort and muscle fatigue are normal; sharp pain "
           "is not. Stop the movement if it hurts, and after each exercise Scapula will ask "
           "how it felt.");
}
