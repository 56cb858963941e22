/* scapula-plan-checker.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "scapula-plan-checker"

#include "config.h"

#include <glib/gi18n.h>

#include "scapula-plan-checker.h"

/**
 * SECTION:scapula-plan-checker
 *
 * The checker reads a week and lists every place where it breaks one of the
 * planning rules of DESIGN.md §5. The words below fix what each rule means
 * exactly, so the generator can obey it and a test can prove it.
 *
 * Terms
 *
 * - A *known* item is one whose slug is in the catalog. The user's own
 *   exercises ("user-…") are unknown: every rule that needs a catalog fact
 *   skips them, as if they were not there.
 * - A *strength item* is a known item of kind strength.
 * - A *session* is a training day with at least one strength item. A day
 *   of warm-up moves and stretches only (a mobility day) is not a session,
 *   and for rule 5 it counts as a rest day for the back.
 * - A *mid-back exercise* is a strength exercise whose primary muscles
 *   include a rhomboid or the middle or lower trapezius.
 * - *Machine work* uses a machine or a cable and no free weight;
 *   *free-weight* work uses a dumbbell, kettlebell, barbell, trap bar or
 *   landmine. Body-weight work (pull-up bar, suspension trainer, bands) is
 *   neither.
 * - A *main lift* is a horizontal row, vertical pull or hip hinge that is
 *   not machine work and is counted in reps (not a hold).
 * - A *finisher* is a hip hinge, a shrug or a loaded carry.
 *
 * The rules
 *
 *  1 Session size (seed 000): every session has two or three mid-back
 *    exercises.
 *  2 Session order (seed 000): in every session (a) the first mid-back
 *    exercise that is not a vertical pull is a horizontal row, the
 *    foundation; (b) the last strength item that is not machine work is a
 *    finisher; (c) when the session has three or more strength items, one
 *    item other than those two is an isolation movement or a
 *    chest-supported row. Vertical pulls may come anywhere, because seed
 *    004's full back day opens with one; machine work may follow the
 *    finisher, because rule 10 puts it last; a two-exercise session (which
 *    rules 1 and 9 allow) needs only the row and the finisher, since the
 *    seed's row may be "one or both versions" and there is no room for a
 *    third movement.
 *  3 Rotation (seed 000): no two sessions train the same set of strength
 *    exercises (order and doses do not matter).
 *  4 Variety (seed 001): across the week's pulling exercises (horizontal
 *    rows, vertical pulls, isolation) there are at least two grips and at
 *    least two supports, and at least one strength exercise is unilateral.
 *  5 Frequency (seeds 003, 004): at least one and at most three sessions,
 *    and no two sessions on consecutive days, Sunday to Monday included.
 *  6 Full back day (seed 004): a session with both a vertical pull and a
 *    hip hinge, or with four or more back exercises (rows, pulls, hinges,
 *    isolation; carries are grip work and do not count), is a full back
 *    day. It has exactly one vertical pull, one or two horizontal rows and
 *    exactly one hip hinge. Rule 1 caps the other mid-back work, and rule
 *    2's isolation is met by making the second row chest-supported, as in
 *    the seed's own sample.
 *  7 Warm-up (seed 004): before a session's first strength item come light
 *    cardio lasting 3–5 minutes in all and at least one other warm-up
 *    move; the first strength item (unless it is a hold) has two or three
 *    warm-up sets; every other main lift has at least one.
 *  8 Cool-down (seed 004): after a session's last strength item comes at
 *    least one stretch, and every stretch in a session is held 15–30 s for
 *    two or three sets.
 *  9 Beginner (seed 004), only for plans written for beginners: every
 *    session has two or three strength items, each a beginner-level
 *    exercise done for one or two working sets (warm-up sets aside).
 *    Loads are not part of a plan, so "light loads" is left to the runner.
 * 10 Free weights first (seed 004): in a session, no machine work comes
 *    before a free-weight exercise.
 * 11 Core group (seed 004): the plan's block lasts at least six weeks.
 * 12 Small steps (seed 004): every strength item of a session has a
 *    progression other than none.
 */

#define LIGHT_CARDIO_SLUG  "light-cardio"
#define CARDIO_MIN_SECONDS 180
#define CARDIO_MAX_SECONDS 300
#define STRETCH_HOLD_MIN   15
#define STRETCH_HOLD_MAX   30
#define STRETCH_SETS_MIN   2
#define STRETCH_SETS_MAX   3
#define BLOCK_WEEKS_MIN    6

static const char * const shrug_slugs[] = {
  "dumbbell-shrug",
};

G_DEFINE_BOXED_TYPE (ScapulaPlanIssue, scapula_plan_issue,
                     scapula_plan_issue_copy, scapula_plan_issue_free)

ScapulaPlanIssue *
scapula_plan_issue_copy (const ScapulaPlanIssue *self)
{
  ScapulaPlanIssue *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new (ScapulaPlanIssue, 1);
  *copy = *self;
  copy->message = g_strdup (self->message);

  return copy;
}

void
scapula_plan_issue_free (ScapulaPlanIssue *self)
{
  if (self == NULL)
    return;

  g_free (self->message);
  g_free (self);
}

/**
 * scapula_plan_rule_get_title:
 * @rule: a rule
 *
 * Returns: the rule's short title in the user's language
 */
const char *
scapula_plan_rule_get_title (ScapulaPlanRule rule)
{
  switch (rule)
    {
    case SCAPULA_PLAN_RULE_SESSION_SIZE:       return _("Two or three mid-back exercises");
    case SCAPULA_PLAN_RULE_SESSION_ORDER:      return _("Row, isolation, heavier finisher");
    case SCAPULA_PLAN_RULE_ROTATION:           return _("Rotate exercises between sessions");
    case SCAPULA_PLAN_RULE_VARIETY:            return _("Vary grip and support, train each side");
    case SCAPULA_PLAN_RULE_FREQUENCY:          return _("Two or three sessions with rest between");
    case SCAPULA_PLAN_RULE_FULL_BACK_DAY:      return _("A balanced full back day");
    case SCAPULA_PLAN_RULE_WARM_UP:            return _("Warm up before lifting");
    case SCAPULA_PLAN_RULE_COOL_DOWN:          return _("Cool down with stretches");
    case SCAPULA_PLAN_RULE_BEGINNER:           return _("Start small as a beginner");
    case SCAPULA_PLAN_RULE_FREE_WEIGHTS_FIRST: return _("Free weights first, machines last");
    case SCAPULA_PLAN_RULE_CORE_GROUP:         return _("Keep a core group for six weeks");
    case SCAPULA_PLAN_RULE_SMALL_STEPS:        return _("Progress in small steps");
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * scapula_plan_rule_get_source:
 * @rule: a rule
 *
 * Returns: the id of the seed article the rule mainly comes from
 */
const char *
scapula_plan_rule_get_source (ScapulaPlanRule rule)
{
  switch (rule)
    {
    case SCAPULA_PLAN_RULE_SESSION_SIZE:
    case SCAPULA_PLAN_RULE_SESSION_ORDER:
    case SCAPULA_PLAN_RULE_ROTATION:
      return "000";
    case SCAPULA_PLAN_RULE_VARIETY:
      return "001";
    case SCAPULA_PLAN_RULE_FREQUENCY:
      return "003";
    case SCAPULA_PLAN_RULE_FULL_BACK_DAY:
    case SCAPULA_PLAN_RULE_WARM_UP:
    case SCAPULA_PLAN_RULE_COOL_DOWN:
    case SCAPULA_PLAN_RULE_BEGINNER:
    case SCAPULA_PLAN_RULE_FREE_WEIGHTS_FIRST:
    case SCAPULA_PLAN_RULE_CORE_GROUP:
    case SCAPULA_PLAN_RULE_SMALL_STEPS:
      return "004";
    default:
      g_return_val_if_reached (NULL);
    }
}

gboolean
scapula_exercise_is_mid_back (ScapulaExercise *exercise)
{
  const ScapulaMuscleLoad *muscles;
  guint n_muscles;

  g_return_val_if_fail (SCAPULA_IS_EXERCISE (exercise), FALSE);

  if (scapula_exercise_get_kind (exercise) != SCAPULA_EXERCISE_KIND_STRENGTH)
    return FALSE;

  muscles = scapula_exercise_get_muscles (exercise, &n_muscles);
  for (guint i = 0; i < n_muscles; i++)
    {
      if (muscles[i].role != SCAPULA_MUSCLE_ROLE_PRIMARY)
        continue;

      switch (muscles[i].muscle)
        {
        case SCAPULA_MUSCLE_RHOMBOID_MAJOR:
        case SCAPULA_MUSCLE_RHOMBOID_MINOR:
        case SCAPULA_MUSCLE_TRAPEZIUS_MIDDLE:
        case SCAPULA_MUSCLE_TRAPEZIUS_LOWER:
          return TRUE;
        default:
          break;
        }
    }

  return FALSE;
}

gboolean
scapula_exercise_is_free_weight (ScapulaExercise *exercise)
{
  g_return_val_if_fail (SCAPULA_IS_EXERCISE (exercise), FALSE);

  return (scapula_exercise_get_equipment (exercise) &
          (SCAPULA_EQUIPMENT_DUMBBELL |
           SCAPULA_EQUIPMENT_KETTLEBELL |
           SCAPULA_EQUIPMENT_BARBELL |
           SCAPULA_EQUIPMENT_TRAP_BAR |
           SCAPULA_EQUIPMENT_LANDMINE)) != 0;
}

gboolean
scapula_exercise_is_machine (ScapulaExercise *exercise)
{
  g_return_val_if_fail (SCAPULA_IS_EXERCISE (exercise), FALSE);

  return (scapula_exercise_get_equipment (exercise) &
          (SCAPULA_EQUIPMENT_MACHINE | SCAPULA_EQUIPMENT_CABLE)) != 0 &&
         !scapula_exercise_is_free_weight (exercise);
}

/**
 * scapula_exercise_is_shrug:
 *
 * Returns: %TRUE for a shrug, which the seeds count as a heavier finisher
 */
gboolean
scapula_exercise_is_shrug (ScapulaExercise *exercise)
{
  const char *slug = scapula_exercise_get_slug (exercise);

  for (guint i = 0; i < G_N_ELEMENTS (shrug_slugs); i++)
    if (g_str_equal (slug, shrug_slugs[i]))
      return TRUE;

  return FALSE;
}

static gboolean
is_finisher (ScapulaExercise *exercise)
{
  ScapulaMovementPattern pattern = scapula_exercise_get_pattern (exercise);

  return pattern == SCAPULA_MOVEMENT_PATTERN_HINGE ||
         pattern == SCAPULA_MOVEMENT_PATTERN_CARRY ||
         scapula_exercise_is_shrug (exercise);
}

static gboolean
is_isolation_work (ScapulaExercise *exercise)
{
  ScapulaMovementPattern pattern = scapula_exercise_get_pattern (exercise);

  return pattern == SCAPULA_MOVEMENT_PATTERN_ISOLATION ||
         (pattern == SCAPULA_MOVEMENT_PATTERN_HORIZONTAL_ROW &&
          scapula_exercise_get_support (exercise) == SCAPULA_SUPPORT_CHEST_SUPPORTED);
}

static gboolean
is_pulling (ScapulaExercise *exercise)
{
  switch (scapula_exercise_get_pattern (exercise))
    {
    case SCAPULA_MOVEMENT_PATTERN_HORIZONTAL_ROW:
    case SCAPULA_MOVEMENT_PATTERN_VERTICAL_PULL:
    case SCAPULA_MOVEMENT_PATTERN_ISOLATION:
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
is_back_exercise (ScapulaExercise *exercise)
{
  return is_pulling (exercise) ||
         scapula_exercise_get_pattern (exercise) == SCAPULA_MOVEMENT_PATTERN_HINGE;
}

static gboolean
is_main_lift (ScapulaExercise *exercise,
              ScapulaPlanItem *item)
{
  switch (scapula_exercise_get_pattern (exercise))
    {
    case SCAPULA_MOVEMENT_PATTERN_HORIZONTAL_ROW:
    case SCAPULA_MOVEMENT_PATTERN_VERTICAL_PULL:
    case SCAPULA_MOVEMENT_PATTERN_HINGE:
      break;
    default:
      return FALSE;
    }

  return !scapula_exercise_is_machine (exercise) &&
         !scapula_prescription_is_hold (scapula_plan_item_get_prescription (item));
}


/* One day, read once with its items looked up. */

typedef struct
{
  ScapulaPlanItem *item;
  ScapulaExercise *exercise;  /* NULL when the slug is not in the catalog */
  int              position;
} Entry;

typedef struct
{
  guint    weekday;
  GArray  *entries;   /* Entry, every item of the day in order */
  GArray  *strength;  /* Entry, the strength items in order */
  gboolean session;
} Day;

static gboolean
entry_is_kind (const Entry         *entry,
               ScapulaExerciseKind  kind)
{
  return entry->exercise != NULL && scapula_exercise_get_kind (entry->exercise) == kind;
}

static void
day_load (Day            *day,
          ScapulaPlanDay *plan_day,
          ScapulaCatalog *catalog)
{
  guint n = scapula_plan_day_get_n_items (plan_day);

  day->weekday = scapula_plan_day_get_weekday (plan_day);
  day->entries = g_array_sized_new (FALSE, FALSE, sizeof (Entry), n);
  day->strength = g_array_new (FALSE, FALSE, sizeof (Entry));

  for (guint i = 0; i < n; i++)
    {
      Entry entry;

      entry.item = scapula_plan_day_get_item (plan_day, i);
      entry.exercise = scapula_catalog_lookup (catalog, scapula_plan_item_get_exercise (entry.item));
      entry.position = (int) i;
      g_array_append_val (day->entries, entry);

      if (entry_is_kind (&entry, SCAPULA_EXERCISE_KIND_STRENGTH))
        g_array_append_val (day->strength, entry);
    }

  day->session = scapula_plan_day_get_training (plan_day) && day->strength->len > 0;
}

static void
day_clear (Day *day)
{
  g_clear_pointer (&day->entries, g_array_unref);
  g_clear_pointer (&day->strength, g_array_unref);
}

typedef struct
{
  GPtrArray   *issues;
  Day          days[7];
} Check;

static ScapulaPlanIssue *add_issue (Check           *check,
                                    ScapulaPlanRule  rule,
                                    guint            weekday,
                                    int              position,
                                    const char      *format,
                                    ...) G_GNUC_PRINTF (5, 6);

static ScapulaPlanIssue *
add_issue (Check           *check,
           ScapulaPlanRule  rule,
           guint            weekday,
           int              position,
           const char      *format,
           ...)
{
  ScapulaPlanIssue *issue = g_new0 (ScapulaPlanIssue, 1);
  va_list args;

  va_start (args, format);
  issue->message = g_strdup_vprintf (format, args);
  va_end (args);

  issue->rule = rule;
  issue->weekday = weekday;
  issue->position = position;
  issue->source = scapula_plan_rule_get_source (rule);

  g_ptr_array_add (check->issues, issue);

  return issue;
}

static const char *
day_name (const Day *day)
{
  return scapula_weekday_get_name (day->weekday);
}

static const char *
entry_name (const Entry *entry)
{
  return scapula_exercise_get_name (entry->exercise);
}

/* Rule 1 */
static void
check_session_size (Check     *check,
                    const Day *day)
{
  guint n = 0;

  for (guint i = 0; i < day->strength->len; i++)
    n += scapula_exercise_is_mid_back (g_array_index (day->strength, Entry, i).exercise);

  if (n > 3)
    add_issue (check, SCAPULA_PLAN_RULE_SESSION_SIZE, day->weekday, -1,
               _("%s has %u mid-back exercises. Two or three per session are "
                 "enough: these muscles hold the spine steady and answer to "
                 "controlled work, not to doing every exercise at once."),
               day_name (day), n);
  else if (n < 2)
    add_issue (check, SCAPULA_PLAN_RULE_SESSION_SIZE, day->weekday, -1,
               ngettext ("%s has %u mid-back exercise. Two or three per session "
                         "give the rhomboids and middle trapezius enough work "
                         "to get stronger.",
                         "%s has %u mid-back exercises. Two or three per session "
                         "give the rhomboids and middle trapezius enough work "
                         "to get stronger.", n),
               day_name (day), n);
}

/* Rule 2 */
static void
check_session_order (Check     *check,
                     const Day *day)
{
  const Entry *foundation = NULL;
  const Entry *finisher = NULL;
  gboolean has_isolation = FALSE;

  for (guint i = 0; i < day->strength->len && foundation == NULL; i++)
    {
      const Entry *entry = &g_array_index (day->strength, Entry, i);

      if (scapula_exercise_is_mid_back (entry->exercise) &&
          scapula_exercise_get_pattern (entry->exercise) != SCAPULA_MOVEMENT_PATTERN_VERTICAL_PULL)
        foundation = entry;
    }

  for (guint i = day->strength->len; i > 0 && finisher == NULL; i--)
    {
      const Entry *entry = &g_array_index (day->strength, Entry, i - 1);

      if (!scapula_exercise_is_machine (entry->exercise))
        finisher = entry;
    }
  if (finisher == NULL)
    finisher = &g_array_index (day->strength, Entry, day->strength->len - 1);

  if (foundation == NULL)
    add_issue (check, SCAPULA_PLAN_RULE_SESSION_ORDER, day->weekday, -1,
               _("%s has no rowing variation. Build the session on a row, "
                 "then add isolation work and finish with a heavier lift."),
               day_name (day));
  else if (scapula_exercise_get_pattern (foundation->exercise) != SCAPULA_MOVEMENT_PATTERN_HORIZONTAL_ROW)
    add_issue (check, SCAPULA_PLAN_RULE_SESSION_ORDER, day->weekday, foundation->position,
               _("On %s the first mid-back exercise, %s, is not a row. Open "
                 "with a rowing variation: it is the foundation the rest of "
                 "the session builds on."),
               day_name (day), entry_name (foundation));

  if (!is_finisher (finisher->exercise))
    add_issue (check, SCAPULA_PLAN_RULE_SESSION_ORDER, day->weekday, finisher->position,
               _("On %s the strength work ends with %s. Close it with a "
                 "heavier movement such as a single-arm deadlift or a shrug, "
                 "once the mid-back has done its focused work."),
               day_name (day), entry_name (finisher));

  if (day->strength->len < 3)
    return;

  for (guint i = 0; i < day->strength->len && !has_isolation; i++)
    {
      const Entry *entry = &g_array_index (day->strength, Entry, i);

      has_isolation = entry != foundation && entry != finisher &&
                      is_isolation_work (entry->exercise);
    }

  if (!has_isolation)
    add_issue (check, SCAPULA_PLAN_RULE_SESSION_ORDER, day->weekday, -1,
               _("%s has no isolation work. After the foundation row, add a "
                 "movement such as an incline row or a reverse fly that lets "
                 "the mid-back work without the rest of the body helping."),
               day_name (day));
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static char *
strength_key (const Day *day)
{
  g_autoptr(GPtrArray) slugs = g_ptr_array_new ();
  GString *key = g_string_new (NULL);

  for (guint i = 0; i < day->strength->len; i++)
    g_ptr_array_add (slugs, (gpointer) scapula_exercise_get_slug (g_array_index (day->strength, Entry, i).exercise));

  g_ptr_array_sort (slugs, compare_strings);

  for (guint i = 0; i < slugs->len; i++)
    {
      const char *slug = g_ptr_array_index (slugs, i);

      if (i > 0 && g_str_equal (slug, g_ptr_array_index (slugs, i - 1)))
        continue;
      g_string_append (key, slug);
      g_string_append_c (key, '\n');
    }

  return g_string_free (key, FALSE);
}

/* Rule 3 */
static void
check_rotation (Check *check)
{
  char *keys[7] = { NULL, };

  for (guint d = 0; d < 7; d++)
    {
      if (!check->days[d].session)
        continue;

      keys[d] = strength_key (&check->days[d]);

      for (guint e = 0; e < d; e++)
        {
          if (keys[e] == NULL || !g_str_equal (keys[e], keys[d]))
            continue;

          add_issue (check, SCAPULA_PLAN_RULE_ROTATION, check->days[d].weekday, -1,
                     _("%s repeats the exercises of %s. Swap in a different "
                       "row, isolation move or finisher: a new combination "
                       "gives the muscles a fresh stimulus and spares the "
                       "joints the same strain every time."),
                     day_name (&check->days[d]), day_name (&check->days[e]));
          break;
        }
    }

  for (guint d = 0; d < 7; d++)
    g_free (keys[d]);
}

/* Rule 4 */
static void
check_variety (Check *check)
{
  guint grips = 0, supports = 0;
  gboolean unilateral = FALSE, any = FALSE;

  for (guint d = 0; d < 7; d++)
    {
      const Day *day = &check->days[d];

      if (!day->session)
        continue;

      any = TRUE;
      for (guint i = 0; i < day->strength->len; i++)
        {
          ScapulaExercise *exercise = g_array_index (day->strength, Entry, i).exercise;

          if (scapula_exercise_get_laterality (exercise) == SCAPULA_LATERALITY_UNILATERAL)
            unilateral = TRUE;

          if (!is_pulling (exercise))
            continue;

          if (scapula_exercise_get_grip (exercise) != SCAPULA_GRIP_NONE)
            grips |= 1u << scapula_exercise_get_grip (exercise);
          supports |= 1u << scapula_exercise_get_support (exercise);
        }
    }

  if (!any)
    return;

  /* Fewer than two bits set: one kind, or none at all. */
  if ((grips & (grips - 1)) == 0)
    add_issue (check, SCAPULA_PLAN_RULE_VARIETY, 0, -1,
               _("Every pulling exercise this week uses the same grip. Mix "
                 "overhand, underhand and neutral grips so the mid-back is "
                 "trained from more than one angle."));

  if ((supports & (supports - 1)) == 0)
    add_issue (check, SCAPULA_PLAN_RULE_VARIETY, 0, -1,
               _("Every pulling exercise this week uses the same support. "
                 "Mix bent-over, chest-supported and seated work to reach "
                 "the mid-back from different positions."));

  if (!unilateral)
    add_issue (check, SCAPULA_PLAN_RULE_VARIETY, 0, -1,
               _("The week has no single-arm exercise. Add unilateral work "
                 "so a stronger side cannot quietly do the job for the "
                 "weaker one."));
}

/* Rule 5 */
static void
check_frequency (Check *check)
{
  guint n = 0;

  for (guint d = 0; d < 7; d++)
    n += check->days[d].session;

  if (n == 0)
    {
      ScapulaPlanIssue *issue;

      issue = add_issue (check, SCAPULA_PLAN_RULE_FREQUENCY, 0, -1,
                         _("The week has no strength session. Train the back "
                           "at least once a week, better two or three times."));
      issue->source = "004";
      return;
    }

  if (n > 3)
    add_issue (check, SCAPULA_PLAN_RULE_FREQUENCY, 0, -1,
               _("The week has %u strength sessions. Two or three are "
                 "enough; the muscles grow while they recover between "
                 "sessions."),
               n);

  if (n < 2)
    return;

  for (guint d = 0; d < 7; d++)
    {
      const Day *day = &check->days[d];
      const Day *before = &check->days[(d + 6) % 7];

      if (day->session && before->session)
        add_issue (check, SCAPULA_PLAN_RULE_FREQUENCY, day->weekday, -1,
                   _("%s follows the session on %s without a rest day. Leave "
                     "a day between sessions so the back can recover."),
                   day_name (day), day_name (before));
    }
}

/* Rule 6 */
static void
check_full_back_day (Check     *check,
                     const Day *day)
{
  guint pulls = 0, rows = 0, hinges = 0, back = 0;

  for (guint i = 0; i < day->strength->len; i++)
    {
      ScapulaExercise *exercise = g_array_index (day->strength, Entry, i).exercise;

      switch (scapula_exercise_get_pattern (exercise))
        {
        case SCAPULA_MOVEMENT_PATTERN_VERTICAL_PULL:
          pulls++;
          break;
        case SCAPULA_MOVEMENT_PATTERN_HORIZONTAL_ROW:
          rows++;
          break;
        case SCAPULA_MOVEMENT_PATTERN_HINGE:
          hinges++;
          break;
        default:
          break;
        }
      back += is_back_exercise (exercise);
    }

  if (!((pulls > 0 && hinges > 0) || back >= 4))
    return;

  if (pulls != 1 || rows < 1 || rows > 2 || hinges != 1)
    add_issue (check, SCAPULA_PLAN_RULE_FULL_BACK_DAY, day->weekday, -1,
               /* Translators: the counts are vertical pulls, rows and hip hinges. */
               _("%s is a full back day, which works best with one vertical "
                 "pull, one or two rows and one hip hinge; it has %u, %u and "
                 "%u. That mix trains the lats, the mid-back and the lower "
                 "back evenly."),
               day_name (day), pulls, rows, hinges);
}

/* Rule 7 */
static void
check_warm_up (Check     *check,
               const Day *day)
{
  const Entry *first = &g_array_index (day->strength, Entry, 0);
  const Entry *cardio = NULL;
  guint cardio_seconds = 0;
  gboolean moves = FALSE;

  for (guint i = 0; i < (guint) first->position; i++)
    {
      const Entry *entry = &g_array_index (day->entries, Entry, i);
      const ScapulaPrescription *p;

      if (!entry_is_kind (entry, SCAPULA_EXERCISE_KIND_WARMUP))
        continue;

      if (!g_str_equal (scapula_exercise_get_slug (entry->exercise), LIGHT_CARDIO_SLUG))
        {
          moves = TRUE;
          continue;
        }

      p = scapula_plan_item_get_prescription (entry->item);
      if (cardio == NULL)
        cardio = entry;
      cardio_seconds += p->sets * p->hold_seconds;
    }

  if (cardio == NULL)
    add_issue (check, SCAPULA_PLAN_RULE_WARM_UP, day->weekday, -1,
               _("%s does not start with light cardio. Three to five minutes "
                 "of easy cardio warm the muscles before the first pull."),
               day_name (day));
  else if (cardio_seconds < CARDIO_MIN_SECONDS || cardio_seconds > CARDIO_MAX_SECONDS)
    add_issue (check, SCAPULA_PLAN_RULE_WARM_UP, day->weekday, cardio->position,
               _("The light cardio on %s should last three to five minutes "
                 "in all: long enough to warm up, short enough to leave "
                 "energy for the lifts."),
               day_name (day));

  if (!moves)
    add_issue (check, SCAPULA_PLAN_RULE_WARM_UP, day->weekday, -1,
               _("%s has no dynamic warm-up moves, such as arm circles or "
                 "band pull-aparts, before the first lift. They get the "
                 "shoulder blades moving freely before they are loaded."),
               day_name (day));

  for (guint i = 0; i < day->strength->len; i++)
    {
      const Entry *entry = &g_array_index (day->strength, Entry, i);
      const ScapulaPrescription *p = scapula_plan_item_get_prescription (entry->item);

      if (i == 0 && !scapula_prescription_is_hold (p))
        {
          if (p->warmup_sets < 2 || p->warmup_sets > 3)
            add_issue (check, SCAPULA_PLAN_RULE_WARM_UP, day->weekday, entry->position,
                       _("%s opens the strength work on %s with %u warm-up "
                         "sets. Two or three progressively heavier sets, "
                         "starting very light, prepare the first lift."),
                       entry_name (entry), day_name (day), p->warmup_sets);
        }
      else if (i > 0 && p->warmup_sets == 0 && is_main_lift (entry->exercise, entry->item))
        add_issue (check, SCAPULA_PLAN_RULE_WARM_UP, day->weekday, entry->position,
                   _("%s on %s has no warm-up set. One lighter set before "
                     "each main lift grooves the movement before the work "
                     "sets."),
                   entry_name (entry), day_name (day));
    }
}

/* Rule 8 */
static void
check_cool_down (Check     *check,
                 const Day *day)
{
  const Entry *last = &g_array_index (day->strength, Entry, day->strength->len - 1);
  gboolean stretched = FALSE;

  for (guint i = 0; i < day->entries->len; i++)
    {
      const Entry *entry = &g_array_index (day->entries, Entry, i);
      const ScapulaPrescription *p;

      if (!entry_is_kind (entry, SCAPULA_EXERCISE_KIND_STRETCH))
        continue;

      if (entry->position > last->position)
        stretched = TRUE;

      p = scapula_plan_item_get_prescription (entry->item);
      if (p->hold_seconds < STRETCH_HOLD_MIN || p->hold_seconds > STRETCH_HOLD_MAX ||
          p->sets < STRETCH_SETS_MIN || p->sets > STRETCH_SETS_MAX)
        add_issue (check, SCAPULA_PLAN_RULE_COOL_DOWN, day->weekday, entry->position,
                   _("%s on %s is set as %u × %u s. Hold each stretch for 15 "
                     "to 30 seconds and repeat it two or three times."),
                   entry_name (entry), day_name (day), p->sets, p->hold_seconds);
    }

  if (!stretched)
    add_issue (check, SCAPULA_PLAN_RULE_COOL_DOWN, day->weekday, -1,
               _("%s ends without a stretch. A few gentle stretches after "
                 "the last lift help the back relax and keep it supple."),
               day_name (day));
}

/* Rule 9 */
static void
check_beginner (Check     *check,
                const Day *day)
{
  if (day->strength->len < 2 || day->strength->len > 3)
    add_issue (check, SCAPULA_PLAN_RULE_BEGINNER, day->weekday, -1,
               ngettext ("%s has %u strength exercise. When you are new to "
                         "back training, two or three per session are the "
                         "right start.",
                         "%s has %u strength exercises. When you are new to "
                         "back training, two or three per session are the "
                         "right start.", day->strength->len),
               day_name (day), day->strength->len);

  for (guint i = 0; i < day->strength->len; i++)
    {
      const Entry *entry = &g_array_index (day->strength, Entry, i);
      const ScapulaPrescription *p = scapula_plan_item_get_prescription (entry->item);

      if (scapula_exercise_get_level (entry->exercise) != SCAPULA_LEVEL_BEGINNER)
        add_issue (check, SCAPULA_PLAN_RULE_BEGINNER, day->weekday, entry->position,
                   _("%s on %s is not a beginner exercise. Start with "
                     "beginner-friendly movements and add harder ones once "
                     "the form is solid."),
                   entry_name (entry), day_name (day));

      if (p->sets > 2)
        add_issue (check, SCAPULA_PLAN_RULE_BEGINNER, day->weekday, entry->position,
                   _("%s on %s has %u working sets. Beginners do best with one "
                     "or two sets per exercise, adding more over the months."),
                   entry_name (entry), day_name (day), p->sets);
    }
}

/* Rule 10 */
static void
check_free_weights_first (Check     *check,
                          const Day *day)
{
  for (guint i = 0; i < day->strength->len; i++)
    {
      const Entry *entry = &g_array_index (day->strength, Entry, i);

      if (!scapula_exercise_is_machine (entry->exercise))
        continue;

      for (guint j = i + 1; j < day->strength->len; j++)
        {
          const Entry *later = &g_array_index (day->strength, Entry, j);

          if (!scapula_exercise_is_free_weight (later->exercise))
            continue;

          add_issue (check, SCAPULA_PLAN_RULE_FREE_WEIGHTS_FIRST, day->weekday, entry->position,
                     _("On %s, %s comes before %s. Make free weights the main "
                       "lifts and keep machine and cable work for the end, "
                       "where it finishes the muscles off."),
                     day_name (day), entry_name (entry), entry_name (later));
          break;
        }
    }
}

/* Rule 12 */
static void
check_small_steps (Check     *check,
                   const Day *day)
{
  for (guint i = 0; i < day->strength->len; i++)
    {
      const Entry *entry = &g_array_index (day->strength, Entry, i);

      if (scapula_plan_item_get_prescription (entry->item)->progression != SCAPULA_PROGRESSION_NONE)
        continue;

      add_issue (check, SCAPULA_PLAN_RULE_SMALL_STEPS, day->weekday, entry->position,
                 _("%s on %s has no progression. Plan small steps, a little "
                   "more weight, a few more reps or one more set, so the "
                   "back keeps meeting a slightly bigger challenge."),
                 entry_name (entry), day_name (day));
    }
}

static int
compare_issues (gconstpointer a,
                gconstpointer b)
{
  const ScapulaPlanIssue *ia = *(ScapulaPlanIssue * const *) a;
  const ScapulaPlanIssue *ib = *(ScapulaPlanIssue * const *) b;

  if (ia->weekday != ib->weekday)
    return ia->weekday < ib->weekday ? -1 : 1;
  if (ia->position != ib->position)
    return ia->position < ib->position ? -1 : 1;
  if (ia->rule != ib->rule)
    return ia->rule < ib->rule ? -1 : 1;
  return 0;
}

/**
 * scapula_plan_check:
 * @plan: the plan to check
 * @catalog: the catalog its items refer to
 *
 * Lists every place where @plan breaks a planning rule. The rules and the
 * terms they use are defined at the top of this file.
 *
 * Returns: (transfer full) (element-type ScapulaPlanIssue): the issues,
 *   ordered by weekday (the whole week first), then by position (the whole
 *   day first), then by rule; empty when the plan follows every rule
 */
GPtrArray *
scapula_plan_check (ScapulaPlan    *plan,
                    ScapulaCatalog *catalog)
{
  Check check = { 0, };

  g_return_val_if_fail (SCAPULA_IS_PLAN (plan), NULL);
  g_return_val_if_fail (SCAPULA_IS_CATALOG (catalog), NULL);

  check.issues = g_ptr_array_new_with_free_func ((GDestroyNotify) scapula_plan_issue_free);

  for (guint d = 0; d < 7; d++)
    day_load (&check.days[d], scapula_plan_get_day (plan, d + 1), catalog);

  for (guint d = 0; d < 7; d++)
    {
      const Day *day = &check.days[d];

      if (!day->session)
        continue;

      check_session_size (&check, day);
      check_session_order (&check, day);
      check_full_back_day (&check, day);
      check_warm_up (&check, day);
      check_cool_down (&check, day);
      if (scapula_plan_get_level (plan) == SCAPULA_LEVEL_BEGINNER)
        check_beginner (&check, day);
      check_free_weights_first (&check, day);
      check_small_steps (&check, day);
    }

  check_rotation (&check);
  check_variety (&check);
  check_frequency (&check);

  if (scapula_plan_get_block_weeks (plan) < BLOCK_WEEKS_MIN)
    add_issue (&check, SCAPULA_PLAN_RULE_CORE_GROUP, 0, -1,
               ngettext ("The block lasts %u week. Keep a core group of "
                         "exercises for at least six weeks, rotating inside "
                         "it, before changing the whole routine.",
                         "The block lasts %u weeks. Keep a core group of "
                         "exercises for at least six weeks, rotating inside "
                         "it, before changing the whole routine.",
                         scapula_plan_get_block_weeks (plan)),
               scapula_plan_get_block_weeks (plan));

  for (guint d = 0; d < 7; d++)
    day_clear (&check.days[d]);

  g_ptr_array_sort (check.issues, compare_issues);

  return check.issues;
}
