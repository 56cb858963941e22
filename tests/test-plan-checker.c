/* test-plan-checker.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "scapula-catalog.h"
#include "scapula-plan-checker.h"

static ScapulaCatalog *catalog;

#define MON 1
#define TUE 2
#define WED 3
#define THU 4
#define FRI 5
#define SAT 6
#define SUN 7

/* Building plans */

static ScapulaPlanItem *
insert_item (ScapulaPlan               *plan,
             guint                      weekday,
             int                        position,
             const char                *slug,
             const ScapulaPrescription *p)
{
  ScapulaPlanDay *day = scapula_plan_get_day (plan, weekday);
  g_autoptr(ScapulaPlanItem) item = scapula_plan_item_new (slug, p);

  if (position < 0)
    scapula_plan_day_append (day, item);
  else
    scapula_plan_day_insert (day, (guint) position, item);
  scapula_plan_day_set_training (day, TRUE);

  return item;
}

static void
add_cardio (ScapulaPlan *plan,
            guint        weekday,
            guint        seconds)
{
  ScapulaPrescription p = { .sets = 1, .hold_seconds = seconds,
                            .progression = SCAPULA_PROGRESSION_NONE };

  insert_item (plan, weekday, -1, "light-cardio", &p);
}

static void
add_move (ScapulaPlan *plan,
          guint        weekday,
          const char  *slug)
{
  ScapulaPrescription p = { .sets = 1, .reps_min = 10, .reps_max = 15,
                            .progression = SCAPULA_PROGRESSION_NONE };

  insert_item (plan, weekday, -1, slug, &p);
}

static ScapulaPrescription
lift_prescription (const char *slug,
                   guint       sets,
                   guint       warmups)
{
  ScapulaExercise *exercise = scapula_catalog_lookup (catalog, slug);
  ScapulaPrescription p = { .sets = sets, .reps_min = 8, .reps_max = 12,
                            .rest_seconds = 90, .warmup_sets = warmups,
                            .progression = SCAPULA_PROGRESSION_DOUBLE };

  g_assert_nonnull (exercise);
  g_assert_cmpint (scapula_exercise_get_kind (exercise), ==, SCAPULA_EXERCISE_KIND_STRENGTH);
  p.per_side = scapula_exercise_get_laterality (exercise) == SCAPULA_LATERALITY_UNILATERAL;

  return p;
}

static void
insert_lift (ScapulaPlan *plan,
             guint        weekday,
             int          position,
             const char  *slug,
             guint        sets,
             guint        warmups)
{
  ScapulaPrescription p = lift_prescription (slug, sets, warmups);

  insert_item (plan, weekday, position, slug, &p);
}

static void
add_stretch (ScapulaPlan *plan,
             guint        weekday,
             const char  *slug,
             guint        sets,
             guint        hold)
{
  ScapulaPrescription p = { .sets = sets, .hold_seconds = hold, .rest_seconds = 10,
                            .progression = SCAPULA_PROGRESSION_NONE };

  insert_item (plan, weekday, -1, slug, &p);
}

/* A full session: light cardio, arm circles, the lifts (two warm-up sets
 * for the first, one for the others), then child's pose. The first lift
 * is therefore at position 2, the stretch right after the last lift.
 */
static void
add_session (ScapulaPlan        *plan,
             guint               weekday,
             guint               sets,
             const char * const *lifts)
{
  add_cardio (plan, weekday, 240);
  add_move (plan, weekday, "arm-circles");
  for (guint i = 0; lifts[i] != NULL; i++)
    insert_lift (plan, weekday, -1, lifts[i], sets, i == 0 ? 2 : 1);
  add_stretch (plan, weekday, "childs-pose", 2, 30);
}

static void
clear_day (ScapulaPlan *plan,
           guint        weekday)
{
  scapula_plan_day_remove_all (scapula_plan_get_day (plan, weekday));
  scapula_plan_day_set_training (scapula_plan_get_day (plan, weekday), FALSE);
}

static void
move_day (ScapulaPlan *plan,
          guint        from,
          guint        to)
{
  scapula_plan_copy_day (plan, from, to);
  clear_day (plan, from);
}

static ScapulaPlanItem *
item_at (ScapulaPlan *plan,
         guint        weekday,
         guint        position)
{
  return scapula_plan_day_get_item (scapula_plan_get_day (plan, weekday), position);
}

static void
edit (ScapulaPlan *plan,
      guint        weekday,
      guint        position,
      void       (*change) (ScapulaPrescription *p))
{
  ScapulaPlanItem *item = item_at (plan, weekday, position);
  ScapulaPrescription p = *scapula_plan_item_get_prescription (item);

  change (&p);
  scapula_plan_item_set_prescription (item, &p);
}

static void
replace (ScapulaPlan *plan,
         guint        weekday,
         guint        position,
         const char  *slug)
{
  g_autoptr(ScapulaPlanItem) old = scapula_plan_day_remove (scapula_plan_get_day (plan, weekday), position);

  insert_lift (plan, weekday, (int) position, slug,
               scapula_plan_item_get_prescription (old)->sets,
               scapula_plan_item_get_prescription (old)->warmup_sets);
}

static void
remove_at (ScapulaPlan *plan,
           guint        weekday,
           guint        position)
{
  g_autoptr(ScapulaPlanItem) old = scapula_plan_day_remove (scapula_plan_get_day (plan, weekday), position);
}

static const char * const mon_lifts[] = {
  "two-arm-dumbbell-row", "incline-dumbbell-row", "dumbbell-romanian-deadlift", NULL
};
static const char * const wed_lifts[] = {
  "one-arm-dumbbell-row", "pull-up", "incline-dumbbell-row", "dumbbell-romanian-deadlift", NULL
};
static const char * const fri_lifts[] = {
  "two-arm-dumbbell-row-neutral", "prone-incline-reverse-fly", "dumbbell-shrug", NULL
};

/* An intermediate week that keeps every rule. Monday is a plain session
 * (row, incline row, Romanian deadlift: positions 2–4, stretch at 5),
 * Wednesday a full back day (one-arm row, pull-up, incline row, Romanian
 * deadlift: 2–5, stretch at 6), Friday ends on a shrug (2–4, stretch at 5).
 */
static ScapulaPlan *
good_plan (void)
{
  g_autoptr(GDate) start = g_date_new_dmy (5, G_DATE_JANUARY, 2026);
  ScapulaPlan *plan = scapula_plan_new ("Test week", start);

  scapula_plan_set_level (plan, SCAPULA_LEVEL_INTERMEDIATE);
  add_session (plan, MON, 3, mon_lifts);
  add_session (plan, WED, 3, wed_lifts);
  add_session (plan, FRI, 3, fri_lifts);

  return plan;
}

/* A beginner week: only beginner exercises, two sets each. */
static ScapulaPlan *
beginner_plan (void)
{
  static const char * const wed[] = {
    "one-arm-dumbbell-row", "prone-incline-reverse-fly", "dumbbell-romanian-deadlift", NULL
  };
  static const char * const fri[] = {
    "two-arm-dumbbell-row-neutral", "bent-over-reverse-fly", "dumbbell-romanian-deadlift", NULL
  };
  g_autoptr(GDate) start = g_date_new_dmy (5, G_DATE_JANUARY, 2026);
  ScapulaPlan *plan = scapula_plan_new ("Beginner week", start);

  scapula_plan_set_level (plan, SCAPULA_LEVEL_BEGINNER);
  add_session (plan, MON, 2, mon_lifts);
  add_session (plan, WED, 2, wed);
  add_session (plan, FRI, 2, fri);

  return plan;
}

static ScapulaPlan *
empty_plan (void)
{
  g_autoptr(GDate) start = g_date_new_dmy (5, G_DATE_JANUARY, 2026);

  return scapula_plan_new ("Empty week", start);
}

/* Mutations, one per case */

static void set_warmups_1 (ScapulaPrescription *p) { p->warmup_sets = 1; }
static void set_warmups_0 (ScapulaPrescription *p) { p->warmup_sets = 0; }
static void set_warmups_3 (ScapulaPrescription *p) { p->warmup_sets = 3; }
static void set_hold_60 (ScapulaPrescription *p) { p->hold_seconds = 60; }
static void set_sets_1 (ScapulaPrescription *p) { p->sets = 1; }
static void set_sets_2 (ScapulaPrescription *p) { p->sets = 2; }
static void set_sets_3 (ScapulaPrescription *p) { p->sets = 3; }
static void set_no_progression (ScapulaPrescription *p) { p->progression = SCAPULA_PROGRESSION_NONE; }
static void set_long_cardio (ScapulaPrescription *p) { p->sets = 2; p->hold_seconds = 300; }

static void mutate_none (ScapulaPlan *plan) { }

/* Rule 1 */
static void mutate_one_mid_back (ScapulaPlan *plan) { remove_at (plan, MON, 3); }
static void mutate_four_mid_back (ScapulaPlan *plan) { insert_lift (plan, WED, 5, "bent-over-reverse-fly", 3, 1); }
/* Rule 2 */
static void mutate_no_finisher (ScapulaPlan *plan) { replace (plan, MON, 4, "bent-over-reverse-fly"); }
static void mutate_no_isolation (ScapulaPlan *plan) { remove_at (plan, WED, 4); }

static void
mutate_fly_first (ScapulaPlan *plan)
{
  static const char * const lifts[] = {
    "prone-incline-reverse-fly", "two-arm-dumbbell-row-neutral", "dumbbell-shrug", NULL
  };

  clear_day (plan, FRI);
  add_session (plan, FRI, 3, lifts);
}

/* Rule 3 */
static void
mutate_repeat (ScapulaPlan *plan)
{
  clear_day (plan, FRI);
  add_session (plan, FRI, 2, mon_lifts);
}

/* Rule 4 */
static void mutate_no_unilateral (ScapulaPlan *plan) { replace (plan, WED, 2, "two-arm-dumbbell-row-neutral"); }

static void
mutate_one_grip (ScapulaPlan *plan)
{
  static const char * const mon[] = {
    "two-arm-dumbbell-row-neutral", "incline-dumbbell-row", "dumbbell-romanian-deadlift", NULL
  };
  static const char * const wed[] = {
    "one-arm-dumbbell-row", "prone-incline-reverse-fly", "dumbbell-romanian-deadlift", NULL
  };
  static const char * const fri[] = {
    "elevated-plank-row", "bent-over-reverse-fly", "dumbbell-shrug", NULL
  };

  clear_day (plan, MON);
  clear_day (plan, WED);
  clear_day (plan, FRI);
  add_session (plan, MON, 3, mon);
  add_session (plan, WED, 3, wed);
  add_session (plan, FRI, 3, fri);
}

static void
mutate_one_support (ScapulaPlan *plan)
{
  static const char * const mon[] = {
    "two-arm-dumbbell-row", "bent-over-reverse-fly", "dumbbell-romanian-deadlift", NULL
  };
  static const char * const wed[] = {
    "one-arm-dumbbell-row", "bent-over-reverse-fly", "dumbbell-romanian-deadlift", NULL
  };
  static const char * const fri[] = {
    "two-arm-dumbbell-row-neutral", "bent-over-reverse-fly", "single-arm-dumbbell-deadlift", NULL
  };

  clear_day (plan, MON);
  clear_day (plan, WED);
  clear_day (plan, FRI);
  add_session (plan, MON, 3, mon);
  add_session (plan, WED, 3, wed);
  add_session (plan, FRI, 3, fri);
}

/* Rule 5 */
static void mutate_back_to_back (ScapulaPlan *plan) { move_day (plan, WED, TUE); }
static void mutate_sunday_monday (ScapulaPlan *plan) { move_day (plan, FRI, SUN); }

static void
mutate_four_sessions (ScapulaPlan *plan)
{
  static const char * const sun[] = {
    "two-arm-dumbbell-row", "bent-over-reverse-fly", "single-arm-dumbbell-deadlift", NULL
  };

  add_session (plan, SUN, 3, sun);
}

/* Rule 6 */
static void mutate_two_hinges (ScapulaPlan *plan) { insert_lift (plan, WED, 5, "single-arm-dumbbell-deadlift", 3, 1); }
static void mutate_big_day_no_pull (ScapulaPlan *plan) { insert_lift (plan, MON, 4, "bent-over-reverse-fly", 3, 1); }
/* Rule 7 */
static void mutate_first_warmups (ScapulaPlan *plan) { edit (plan, MON, 2, set_warmups_1); }
static void mutate_hinge_warmups (ScapulaPlan *plan) { edit (plan, MON, 4, set_warmups_0); }
static void mutate_no_cardio (ScapulaPlan *plan) { remove_at (plan, MON, 0); }
static void mutate_no_moves (ScapulaPlan *plan) { remove_at (plan, MON, 1); }
static void mutate_long_cardio (ScapulaPlan *plan) { edit (plan, MON, 0, set_long_cardio); }
/* Rule 8 */
static void mutate_long_stretch (ScapulaPlan *plan) { edit (plan, MON, 5, set_hold_60); }
static void mutate_one_stretch_set (ScapulaPlan *plan) { edit (plan, MON, 5, set_sets_1); }
static void mutate_no_stretch (ScapulaPlan *plan) { remove_at (plan, MON, 5); }
/* Rule 9 */
static void mutate_beginner_sets (ScapulaPlan *plan) { edit (plan, MON, 3, set_sets_3); }
static void mutate_beginner_level (ScapulaPlan *plan) { replace (plan, MON, 4, "single-arm-dumbbell-deadlift"); }
static void mutate_beginner_count (ScapulaPlan *plan) { insert_lift (plan, MON, 5, "farmers-carry", 2, 0); }
/* Rule 10 */
static void mutate_machine_first (ScapulaPlan *plan) { replace (plan, MON, 3, "face-pull"); }
/* Rule 11 */
static void mutate_short_block (ScapulaPlan *plan) { scapula_plan_set_block_weeks (plan, 4); }
/* Rule 12 */
static void mutate_no_progression (ScapulaPlan *plan) { edit (plan, MON, 2, set_no_progression); }

/* Plans that pass */

static void
mutate_machine_last (ScapulaPlan *plan)
{
  remove_at (plan, MON, 3);
  insert_lift (plan, MON, 4, "face-pull", 3, 0);
}

static void
mutate_two_lift_session (ScapulaPlan *plan)
{
  /* A row and a shrug: two mid-back exercises, no room for isolation. */
  replace (plan, MON, 4, "dumbbell-shrug");
  remove_at (plan, MON, 3);
}

static void
mutate_user_exercise (ScapulaPlan *plan)
{
  ScapulaPrescription p = { .sets = 5, .reps_min = 20, .reps_max = 30,
                            .progression = SCAPULA_PROGRESSION_NONE };

  insert_item (plan, MON, 3, "user-band-row", &p);
  insert_item (plan, MON, 0, "user-jump-rope", &p);
}

static void
mutate_shift_week (ScapulaPlan *plan)
{
  move_day (plan, FRI, SAT);
  move_day (plan, WED, THU);
  move_day (plan, MON, TUE);
}

static void
mutate_mobility_day (ScapulaPlan *plan)
{
  add_move (plan, TUE, "wall-slide");
  add_stretch (plan, TUE, "cat-cow", 3, 20);
  add_stretch (plan, THU, "thread-the-needle", 1, 120);
}

static void
mutate_two_sessions (ScapulaPlan *plan)
{
  clear_day (plan, FRI);
  move_day (plan, WED, THU);
}

static void mutate_long_block (ScapulaPlan *plan) { scapula_plan_set_block_weeks (plan, 12); }
static void mutate_beginner_one_set (ScapulaPlan *plan) { edit (plan, MON, 2, set_sets_1); }
static void mutate_as_intermediate (ScapulaPlan *plan) { scapula_plan_set_level (plan, SCAPULA_LEVEL_INTERMEDIATE); edit (plan, MON, 3, set_sets_3); }
static void mutate_fewer_sets (ScapulaPlan *plan) { edit (plan, MON, 2, set_sets_2); edit (plan, MON, 4, set_sets_1); }
static void mutate_three_warmups (ScapulaPlan *plan) { edit (plan, MON, 2, set_warmups_3); }

typedef struct
{
  ScapulaPlanRule rule;
  guint           weekday;
  int             position;
} Expected;

typedef struct
{
  const char       *name;
  ScapulaPlan    *(*base) (void);
  void            (*mutate) (ScapulaPlan *plan);
  Expected          expected[3];   /* rule 0 ends the list */
} Case;

static const Case cases[] = {
  /* Plans that keep every rule */
  { "good-week", good_plan, mutate_none, { { 0 } } },
  { "beginner-week", beginner_plan, mutate_none, { { 0 } } },
  { "machine-after-finisher", good_plan, mutate_machine_last, { { 0 } } },
  { "two-lift-session", good_plan, mutate_two_lift_session, { { 0 } } },
  { "user-exercises-skipped", good_plan, mutate_user_exercise, { { 0 } } },
  { "tue-thu-sat", good_plan, mutate_shift_week, { { 0 } } },
  { "mobility-day-is-rest", good_plan, mutate_mobility_day, { { 0 } } },
  { "two-sessions", good_plan, mutate_two_sessions, { { 0 } } },
  { "long-block", good_plan, mutate_long_block, { { 0 } } },
  { "beginner-one-set", beginner_plan, mutate_beginner_one_set, { { 0 } } },
  { "three-sets-for-intermediates", beginner_plan, mutate_as_intermediate, { { 0 } } },
  { "fewer-sets", good_plan, mutate_fewer_sets, { { 0 } } },
  { "three-warmup-sets", good_plan, mutate_three_warmups, { { 0 } } },

  /* Plans that break one rule */
  { "1-one-mid-back", good_plan, mutate_one_mid_back,
    { { SCAPULA_PLAN_RULE_SESSION_SIZE, MON, -1 } } },
  { "1-four-mid-back", good_plan, mutate_four_mid_back,
    { { SCAPULA_PLAN_RULE_SESSION_SIZE, WED, -1 } } },
  { "2-no-finisher", good_plan, mutate_no_finisher,
    { { SCAPULA_PLAN_RULE_SESSION_ORDER, MON, 4 } } },
  { "2-no-isolation", good_plan, mutate_no_isolation,
    { { SCAPULA_PLAN_RULE_SESSION_ORDER, WED, -1 } } },
  { "2-isolation-first", good_plan, mutate_fly_first,
    { { SCAPULA_PLAN_RULE_SESSION_ORDER, FRI, -1 },
      { SCAPULA_PLAN_RULE_SESSION_ORDER, FRI, 2 } } },
  { "3-repeat", good_plan, mutate_repeat,
    { { SCAPULA_PLAN_RULE_ROTATION, FRI, -1 } } },
  { "4-no-unilateral", good_plan, mutate_no_unilateral,
    { { SCAPULA_PLAN_RULE_VARIETY, 0, -1 } } },
  { "4-one-grip", good_plan, mutate_one_grip,
    { { SCAPULA_PLAN_RULE_VARIETY, 0, -1 } } },
  { "4-one-support", good_plan, mutate_one_support,
    { { SCAPULA_PLAN_RULE_VARIETY, 0, -1 } } },
  { "5-back-to-back", good_plan, mutate_back_to_back,
    { { SCAPULA_PLAN_RULE_FREQUENCY, TUE, -1 } } },
  { "5-sunday-monday", good_plan, mutate_sunday_monday,
    { { SCAPULA_PLAN_RULE_FREQUENCY, MON, -1 } } },
  { "5-four-sessions", good_plan, mutate_four_sessions,
    { { SCAPULA_PLAN_RULE_FREQUENCY, 0, -1 },
      { SCAPULA_PLAN_RULE_FREQUENCY, MON, -1 } } },
  { "5-no-session", empty_plan, mutate_none,
    { { SCAPULA_PLAN_RULE_FREQUENCY, 0, -1 } } },
  { "6-two-hinges", good_plan, mutate_two_hinges,
    { { SCAPULA_PLAN_RULE_FULL_BACK_DAY, WED, -1 } } },
  { "6-big-day-without-pull", good_plan, mutate_big_day_no_pull,
    { { SCAPULA_PLAN_RULE_FULL_BACK_DAY, MON, -1 } } },
  { "7-first-lift-one-warmup", good_plan, mutate_first_warmups,
    { { SCAPULA_PLAN_RULE_WARM_UP, MON, 2 } } },
  { "7-hinge-cold", good_plan, mutate_hinge_warmups,
    { { SCAPULA_PLAN_RULE_WARM_UP, MON, 4 } } },
  { "7-no-cardio", good_plan, mutate_no_cardio,
    { { SCAPULA_PLAN_RULE_WARM_UP, MON, -1 } } },
  { "7-no-moves", good_plan, mutate_no_moves,
    { { SCAPULA_PLAN_RULE_WARM_UP, MON, -1 } } },
  { "7-long-cardio", good_plan, mutate_long_cardio,
    { { SCAPULA_PLAN_RULE_WARM_UP, MON, 0 } } },
  { "8-long-hold", good_plan, mutate_long_stretch,
    { { SCAPULA_PLAN_RULE_COOL_DOWN, MON, 5 } } },
  { "8-one-set", good_plan, mutate_one_stretch_set,
    { { SCAPULA_PLAN_RULE_COOL_DOWN, MON, 5 } } },
  { "8-no-stretch", good_plan, mutate_no_stretch,
    { { SCAPULA_PLAN_RULE_COOL_DOWN, MON, -1 } } },
  { "9-three-sets", beginner_plan, mutate_beginner_sets,
    { { SCAPULA_PLAN_RULE_BEGINNER, MON, 3 } } },
  { "9-intermediate-exercise", beginner_plan, mutate_beginner_level,
    { { SCAPULA_PLAN_RULE_BEGINNER, MON, 4 } } },
  { "9-four-exercises", beginner_plan, mutate_beginner_count,
    { { SCAPULA_PLAN_RULE_BEGINNER, MON, -1 } } },
  { "10-machine-first", good_plan, mutate_machine_first,
    { { SCAPULA_PLAN_RULE_FREE_WEIGHTS_FIRST, MON, 3 } } },
  { "11-short-block", good_plan, mutate_short_block,
    { { SCAPULA_PLAN_RULE_CORE_GROUP, 0, -1 } } },
  { "12-no-progression", good_plan, mutate_no_progression,
    { { SCAPULA_PLAN_RULE_SMALL_STEPS, MON, 2 } } },
};

static char *
describe (GPtrArray *issues)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < issues->len; i++)
    {
      const ScapulaPlanIssue *issue = g_ptr_array_index (issues, i);

      g_string_append_printf (str, "\n  rule %d, day %u, position %d: %s",
                              issue->rule, issue->weekday, issue->position, issue->message);
    }

  return g_string_free (str, FALSE);
}

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(ScapulaPlan) plan = c->base ();
  g_autoptr(GPtrArray) issues = NULL;
  g_autofree char *found = NULL;
  guint n_expected = 0;

  c->mutate (plan);
  issues = scapula_plan_check (plan, catalog);
  found = describe (issues);

  while (n_expected < G_N_ELEMENTS (c->expected) && c->expected[n_expected].rule != 0)
    n_expected++;

  if (issues->len != n_expected)
    g_error ("%s: expected %u issues, found %u:%s", c->name, n_expected, issues->len, found);

  for (guint i = 0; i < n_expected; i++)
    {
      const ScapulaPlanIssue *issue = g_ptr_array_index (issues, i);
      const Expected *e = &c->expected[i];

      if (issue->rule != e->rule || issue->weekday != e->weekday || issue->position != e->position)
        g_error ("%s: expected rule %d, day %u, position %d; found:%s",
                 c->name, e->rule, e->weekday, e->position, found);

      g_assert_nonnull (issue->message);
      g_assert_cmpuint (strlen (issue->message), >, 20);
      g_assert_nonnull (issue->source);
      if (issue->rule == SCAPULA_PLAN_RULE_FREQUENCY && issue->weekday == 0 &&
          g_str_has_prefix (c->name, "5-no-session"))
        g_assert_cmpstr (issue->source, ==, "004");
      else
        g_assert_cmpstr (issue->source, ==, scapula_plan_rule_get_source (issue->rule));
    }
}

/* Every rule has a title, a seed, and at least one case that breaks it
 * and one plan that keeps it (every passing case keeps all twelve).
 */
static void
test_every_rule_covered (void)
{
  for (int rule = SCAPULA_PLAN_RULE_SESSION_SIZE; rule <= SCAPULA_PLAN_N_RULES; rule++)
    {
      gboolean broken = FALSE;
      const char *source = scapula_plan_rule_get_source (rule);

      g_assert_cmpuint (strlen (scapula_plan_rule_get_title (rule)), >, 5);
      g_assert_nonnull (source);
      g_assert_nonnull (scapula_catalog_get_source_title (catalog, source));

      for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
        broken |= cases[i].expected[0].rule == (ScapulaPlanRule) rule;

      if (!broken)
        g_error ("no case breaks rule %d", rule);
    }
}

static void
test_issue_copy (void)
{
  g_autoptr(ScapulaPlan) plan = good_plan ();
  g_autoptr(GPtrArray) issues = NULL;
  g_autoptr(ScapulaPlanIssue) copy = NULL;
  const ScapulaPlanIssue *issue;

  scapula_plan_set_block_weeks (plan, 2);
  issues = scapula_plan_check (plan, catalog);
  g_assert_cmpuint (issues->len, ==, 1);

  issue = g_ptr_array_index (issues, 0);
  copy = scapula_plan_issue_copy (issue);
  g_assert_cmpint (copy->rule, ==, SCAPULA_PLAN_RULE_CORE_GROUP);
  g_assert_cmpstr (copy->message, ==, issue->message);
  g_assert_true (copy->message != issue->message);
  g_assert_cmpstr (copy->source, ==, "004");
  g_assert_true (G_TYPE_IS_BOXED (SCAPULA_TYPE_PLAN_ISSUE));
}

/* Issues come sorted by weekday, then position, then rule. */
static void
test_order (void)
{
  g_autoptr(ScapulaPlan) plan = good_plan ();
  g_autoptr(GPtrArray) issues = NULL;

  scapula_plan_set_block_weeks (plan, 3);
  mutate_no_progression (plan);          /* Monday, 2 */
  mutate_no_isolation (plan);            /* Wednesday, -1 */
  mutate_no_stretch (plan);              /* Monday, -1 */
  mutate_hinge_warmups (plan);           /* Monday, 4 */

  issues = scapula_plan_check (plan, catalog);
  g_assert_cmpuint (issues->len, ==, 5);

  for (guint i = 1; i < issues->len; i++)
    {
      const ScapulaPlanIssue *a = g_ptr_array_index (issues, i - 1);
      const ScapulaPlanIssue *b = g_ptr_array_index (issues, i);

      g_assert_true (a->weekday < b->weekday ||
                     (a->weekday == b->weekday && a->position <= b->position));
    }

  g_assert_cmpint (((ScapulaPlanIssue *) g_ptr_array_index (issues, 0))->rule, ==, SCAPULA_PLAN_RULE_CORE_GROUP);
  g_assert_cmpint (((ScapulaPlanIssue *) g_ptr_array_index (issues, 4))->weekday, ==, WED);
}

static void
test_exercise_facts (void)
{
  static const struct {
    const char *slug;
    gboolean    mid_back;
    gboolean    free_weight;
    gboolean    machine;
  } facts[] = {
    { "two-arm-dumbbell-row", TRUE, TRUE, FALSE },
    { "dumbbell-romanian-deadlift", FALSE, TRUE, FALSE },
    { "pull-up", TRUE, FALSE, FALSE },
    { "wide-grip-lat-pulldown", FALSE, FALSE, TRUE },
    { "half-kneeling-lat-pulldown", TRUE, FALSE, TRUE },
    { "seated-cable-row", TRUE, FALSE, TRUE },
    { "face-pull", TRUE, FALSE, TRUE },
    { "t-bar-row", TRUE, TRUE, FALSE },
    { "band-pull-apart", FALSE, FALSE, FALSE },   /* a warm-up, not strength */
  };

  for (guint i = 0; i < G_N_ELEMENTS (facts); i++)
    {
      ScapulaExercise *exercise = scapula_catalog_lookup (catalog, facts[i].slug);

      g_assert_nonnull (exercise);
      g_assert_cmpint (scapula_exercise_is_mid_back (exercise), ==, facts[i].mid_back);
      g_assert_cmpint (scapula_exercise_is_free_weight (exercise), ==, facts[i].free_weight);
      g_assert_cmpint (scapula_exercise_is_machine (exercise), ==, facts[i].machine);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  catalog = scapula_catalog_new_from_resource ("/io/github/scapula/Scapula/catalog/catalog.xml", &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/plan-checker/case/%s", cases[i].name);

      g_test_add_data_func (path, &cases[i], test_case);
    }
  g_test_add_func ("/plan-checker/every-rule-covered", test_every_rule_covered);
  g_test_add_func ("/plan-checker/issue-copy", test_issue_copy);
  g_test_add_func ("/plan-checker/order", test_order);
  g_test_add_func ("/plan-checker/exercise-facts", test_exercise_facts);

  ret = g_test_run ();
  g_object_unref (catalog);

  return ret;
}
