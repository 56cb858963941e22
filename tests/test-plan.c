/* test-plan.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "scapula-plan.h"

static const ScapulaPrescription rows = {
  .sets = 3, .reps_min = 8, .reps_max = 12, .rest_seconds = 90, .warmup_sets = 2,
};

static const struct {
  const char         *name;
  ScapulaPrescription p;
  int                 error;  /* -1: valid */
} validate_cases[] = {
  { "rows",             { .sets = 3, .reps_min = 8, .reps_max = 12, .rest_seconds = 90 }, -1 },
  { "hold",             { .sets = 2, .hold_seconds = 30, .rest_seconds = 15 }, -1 },
  { "fixed reps",       { .sets = 1, .reps_min = 5, .reps_max = 5 }, -1 },
  { "edges",            { .sets = 10, .reps_min = 1, .reps_max = 50, .rest_seconds = 600, .warmup_sets = 5 }, -1 },
  { "hold edges",       { .sets = 1, .hold_seconds = 300 }, -1 },
  { "no sets",          { .sets = 0, .reps_min = 8, .reps_max = 12 }, SCAPULA_PLAN_ERROR_SETS },
  { "eleven sets",      { .sets = 11, .reps_min = 8, .reps_max = 12 }, SCAPULA_PLAN_ERROR_SETS },
  { "no reps",          { .sets = 3 }, SCAPULA_PLAN_ERROR_REPS },
  { "51 reps",          { .sets = 3, .reps_min = 8, .reps_max = 51 }, SCAPULA_PLAN_ERROR_REPS },
  { "min over max",     { .sets = 3, .reps_min = 12, .reps_max = 8 }, SCAPULA_PLAN_ERROR_REPS },
  { "zero min",         { .sets = 3, .reps_min = 0, .reps_max = 8 }, SCAPULA_PLAN_ERROR_REPS },
  { "short hold",       { .sets = 2, .hold_seconds = 4 }, SCAPULA_PLAN_ERROR_HOLD },
  { "long hold",        { .sets = 2, .hold_seconds = 301 }, SCAPULA_PLAN_ERROR_HOLD },
  { "hold and reps",    { .sets = 2, .hold_seconds = 30, .reps_min = 8, .reps_max = 8 }, SCAPULA_PLAN_ERROR_HOLD },
  { "long rest",        { .sets = 3, .reps_min = 8, .reps_max = 12, .rest_seconds = 601 }, SCAPULA_PLAN_ERROR_REST },
  { "six warm-ups",     { .sets = 3, .reps_min = 8, .reps_max = 12, .warmup_sets = 6 }, SCAPULA_PLAN_ERROR_WARMUP },
};

static void
test_validate (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (validate_cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gboolean ok = scapula_prescription_validate (&validate_cases[i].p, &error);

      g_test_message ("%s", validate_cases[i].name);
      if (validate_cases[i].error < 0)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
        }
      else
        {
          g_assert_error (error, SCAPULA_PLAN_ERROR, validate_cases[i].error);
          g_assert_false (ok);
          g_assert_cmpuint (strlen (error->message), >, 10);
        }
    }
}

static void
test_format (void)
{
  ScapulaPrescription hold = { .sets = 2, .hold_seconds = 30, .per_side = TRUE };
  ScapulaPrescription five = { .sets = 5, .reps_min = 5, .reps_max = 5 };
  g_autofree char *a = scapula_prescription_format (&rows);
  g_autofree char *b = scapula_prescription_format (&hold);
  g_autofree char *c = scapula_prescription_format (&five);
  g_autofree char *r1 = scapula_format_rest (90);
  g_autofree char *r2 = scapula_format_rest (120);
  g_autofree char *r3 = scapula_format_rest (45);

  g_assert_cmpstr (a, ==, "3 × 8\u2060–\u206012");
  g_assert_cmpstr (b, ==, "2 × 30 s each side");
  g_assert_cmpstr (c, ==, "5 × 5");
  g_assert_cmpstr (r1, ==, "1:30 rest");
  g_assert_cmpstr (r2, ==, "2 min rest");
  g_assert_cmpstr (r3, ==, "45 s rest");
}

static void
count_cb (gpointer  instance,
          guint    *count)
{
  (*count)++;
}

static ScapulaPlan *
new_plan (void)
{
  g_autoptr(GDate) start = g_date_new_dmy (23, G_DATE_NOVEMBER, 2026);

  return scapula_plan_new ("Test", start);
}

static void
add (ScapulaPlan *plan,
     guint        weekday,
     const char  *exercise)
{
  g_autoptr(ScapulaPlanItem) item = scapula_plan_item_new (exercise, &rows);

  scapula_plan_day_set_training (scapula_plan_get_day (plan, weekday), TRUE);
  scapula_plan_day_append (scapula_plan_get_day (plan, weekday), item);
}

static const char *
exercise_at (ScapulaPlan *plan,
             guint        weekday,
             guint        position)
{
  return scapula_plan_item_get_exercise (scapula_plan_day_get_item (scapula_plan_get_day (plan, weekday), position));
}

static void
test_changed (void)
{
  g_autoptr(ScapulaPlan) plan = new_plan ();
  ScapulaPlanItem *item;
  ScapulaPrescription p = rows;
  guint count = 0;

  g_signal_connect (plan, "changed", G_CALLBACK (count_cb), &count);

  add (plan, 1, "seal-row");
  g_assert_cmpuint (count, ==, 2); /* training flag, then the item */

  item = scapula_plan_day_get_item (scapula_plan_get_day (plan, 1), 0);
  p.sets = 4;
  scapula_plan_item_set_prescription (item, &p);
  g_assert_cmpuint (count, ==, 3);
  scapula_plan_item_set_prescription (item, &p);   /* no change, no signal */
  g_assert_cmpuint (count, ==, 3);
  scapula_plan_item_set_notes (item, "Pause at the top");
  g_assert_cmpuint (count, ==, 4);
  scapula_plan_item_set_notes (item, "");
  g_assert_null (scapula_plan_item_get_notes (item));
  g_assert_cmpuint (count, ==, 5);

  /* A frozen run of edits is one change. */
  scapula_plan_freeze_changed (plan);
  add (plan, 3, "face-pull");
  add (plan, 3, "dumbbell-shrug");
  scapula_plan_set_name (plan, "Renamed");
  g_assert_cmpuint (count, ==, 5);
  scapula_plan_thaw_changed (plan);
  g_assert_cmpuint (count, ==, 6);

  /* A removed item no longer reaches the plan. */
  {
    g_autoptr(ScapulaPlanItem) removed = scapula_plan_day_remove (scapula_plan_get_day (plan, 3), 0);

    g_assert_cmpuint (count, ==, 7);
    scapula_plan_item_set_notes (removed, "gone");
    g_assert_cmpuint (count, ==, 7);
  }
}

static void
test_move (void)
{
  g_autoptr(ScapulaPlan) plan = new_plan ();
  ScapulaPlanDay *monday = scapula_plan_get_day (plan, 1);

  add (plan, 1, "a");
  add (plan, 1, "b");
  add (plan, 1, "c");

  /* Down one: a goes after b. Positions count before the move. */
  scapula_plan_move_item (plan, 1, 0, 1, 2);
  g_assert_cmpstr (exercise_at (plan, 1, 0), ==, "b");
  g_assert_cmpstr (exercise_at (plan, 1, 1), ==, "a");
  g_assert_cmpstr (exercise_at (plan, 1, 2), ==, "c");

  /* To the end. */
  scapula_plan_move_item (plan, 1, 0, 1, 3);
  g_assert_cmpstr (exercise_at (plan, 1, 2), ==, "b");

  /* Up to the top. */
  scapula_plan_move_item (plan, 1, 2, 1, 0);
  g_assert_cmpstr (exercise_at (plan, 1, 0), ==, "b");

  /* To a rest day, which becomes a training day. */
  g_assert_false (scapula_plan_day_get_training (scapula_plan_get_day (plan, 4)));
  scapula_plan_move_item (plan, 1, 1, 4, 0);
  g_assert_cmpuint (scapula_plan_day_get_n_items (monday), ==, 2);
  g_assert_cmpstr (exercise_at (plan, 4, 0), ==, "a");
  g_assert_true (scapula_plan_day_get_training (scapula_plan_get_day (plan, 4)));
  g_assert_cmpuint (scapula_plan_count_training_days (plan), ==, 2);
}

static void
test_copy_day (void)
{
  g_autoptr(ScapulaPlan) plan = new_plan ();
  ScapulaPlanDay *friday = scapula_plan_get_day (plan, 5);

  add (plan, 1, "seal-row");
  add (plan, 1, "face-pull");
  add (plan, 5, "deadlift");
  scapula_plan_item_set_role (scapula_plan_day_get_item (scapula_plan_get_day (plan, 1), 0),
                              SCAPULA_PLAN_ROLE_FOUNDATION_ROW);

  scapula_plan_copy_day (plan, 1, 5);
  g_assert_cmpuint (scapula_plan_day_get_n_items (friday), ==, 2);
  g_assert_cmpstr (exercise_at (plan, 5, 0), ==, "seal-row");
  g_assert_cmpint (scapula_plan_item_get_role (scapula_plan_day_get_item (friday, 0)), ==,
                   SCAPULA_PLAN_ROLE_FOUNDATION_ROW);
  /* Copies, not shared items: editing one leaves the other alone. */
  g_assert_true (scapula_plan_day_get_item (friday, 0) !=
                 scapula_plan_day_get_item (scapula_plan_get_day (plan, 1), 0));
  scapula_plan_item_set_notes (scapula_plan_day_get_item (friday, 0), "heavier");
  g_assert_null (scapula_plan_item_get_notes (scapula_plan_day_get_item (scapula_plan_get_day (plan, 1), 0)));
}

static void
test_block_week (void)
{
  g_autoptr(ScapulaPlan) plan = new_plan ();   /* starts Monday 23 November 2026 */
  static const struct { int d, m, y, week; } cases[] = {
    { 22, 11, 2026, 0 },
    { 23, 11, 2026, 1 },
    { 29, 11, 2026, 1 },
    { 30, 11, 2026, 2 },
    { 28, 12, 2026, 6 },
    {  3,  1, 2027, 6 },
    {  4,  1, 2027, 7 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDate) today = g_date_new_dmy (cases[i].d, cases[i].m, cases[i].y);

      g_assert_cmpint (scapula_plan_get_block_week (plan, today), ==, cases[i].week);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plan/validate", test_validate);
  g_test_add_func ("/plan/format", test_format);
  g_test_add_func ("/plan/changed", test_changed);
  g_test_add_func ("/plan/move", test_move);
  g_test_add_func ("/plan/copy-day", test_copy_day);
  g_test_add_func ("/plan/block-week", test_block_week);

  return g_test_run ();
}
