/* test-dose.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "scapula-dose.h"

typedef struct
{
  ScapulaDose  dose;
  const char  *expected;
} FormatCase;

static void
test_dose_format (void)
{
  static const FormatCase cases[] = {
    { { SCAPULA_DOSE_TYPE_REPS, 6, 12, 0, 0, FALSE, NULL }, "6–12 reps" },
    { { SCAPULA_DOSE_TYPE_REPS, 8, 0, 0, 0, FALSE, NULL }, "8+ reps" },
    { { SCAPULA_DOSE_TYPE_REPS, 8, 12, 3, 3, FALSE, NULL }, "8–12 reps × 3" },
    { { SCAPULA_DOSE_TYPE_REPS, 1, 0, 3, 3, TRUE, NULL }, "As many good reps as you can × 3" },
    { { SCAPULA_DOSE_TYPE_REPS, 10, 10, 0, 0, FALSE, NULL }, "10 reps" },
    { { SCAPULA_DOSE_TYPE_REPS, 1, 1, 0, 0, FALSE, NULL }, "1 rep" },
    { { SCAPULA_DOSE_TYPE_HOLD, 15, 30, 2, 3, FALSE, NULL }, "15–30 s × 2–3" },
    { { SCAPULA_DOSE_TYPE_HOLD, 20, 0, 0, 0, FALSE, NULL }, "20 s" },
    { { SCAPULA_DOSE_TYPE_DURATION, 180, 300, 0, 0, FALSE, NULL }, "3–5 min" },
    { { SCAPULA_DOSE_TYPE_DURATION, 60, 60, 0, 0, FALSE, NULL }, "1 min" },
    { { SCAPULA_DOSE_TYPE_DURATION, 30, 90, 0, 0, FALSE, NULL }, "30 s–90 s" },
    { { SCAPULA_DOSE_TYPE_DURATION, 45, 120, 0, 0, FALSE, NULL }, "45 s–2 min" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = scapula_dose_format (&cases[i].dose);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

static void
test_dose_copy (void)
{
  ScapulaDose dose = { SCAPULA_DOSE_TYPE_REPS, 8, 16, 0, 0, FALSE, (char *) "001" };
  g_autoptr(ScapulaDose) copy = scapula_dose_copy (&dose);

  g_assert_true (copy->source != dose.source);
  g_assert_cmpstr (copy->source, ==, "001");
  g_assert_cmpuint (copy->min, ==, 8);
  g_assert_cmpuint (copy->max, ==, 16);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/dose/format", test_dose_format);
  g_test_add_func ("/dose/copy", test_dose_copy);

  return g_test_run ();
}
