/* test-plan-ics.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libical/ical.h>

#include "scapula-catalog.h"
#include "scapula-plan-ics.h"

/* A user's own exercise whose name needs every TEXT escape. */
#define AWKWARD_NAME "Band row, slow; pause \\ hold\nthen lower"

/* Long enough to fold several times, with two-, three- and four-octet
 * characters, so a fold inside a UTF-8 sequence would show. */
#define LONG_NAME "Rudern mit Kurzhantel für den mittleren Rücken — Schulterblätter " \
                  "zusammenziehen, langsam ablassen; 肩甲骨を寄せる 🏋️ ŝĉĥĝĵŭ ÆØÅ ñ"

#define PLAN_NAME "Mittlerer Rücken, Block 1; für Anfänger — «Schulterblätter» 🏋️"

static ScapulaCatalog *catalog;

static ScapulaPlanItem *
add_item (ScapulaPlan *plan,
          guint        weekday,
          const char  *slug,
          guint        sets,
          guint        reps_min,
          guint        reps_max,
          guint        hold,
          guint        rest,
          guint        warmup)
{
  ScapulaPrescription p = {
    .sets = sets,
    .reps_min = reps_min,
    .reps_max = reps_max,
    .hold_seconds = hold,
    .rest_seconds = rest,
    .warmup_sets = warmup,
  };
  g_autoptr(ScapulaPlanItem) item = scapula_plan_item_new (slug, &p);

  scapula_plan_day_append (scapula_plan_get_day (plan, weekday), item);

  return item;
}

/* Monday and Wednesday train the back, Friday is a training day with
 * nothing in it yet, Sunday is mobility only. */
static ScapulaPlan *
create_plan (guint day,
             guint month,
             guint year)
{
  g_autoptr(GDate) start = g_date_new_dmy (day, month, year);
  ScapulaPlan *plan = scapula_plan_new (PLAN_NAME, start);

  scapula_plan_set_id (plan, 3);
  scapula_plan_set_block_weeks (plan, 6);

  scapula_plan_day_set_training (scapula_plan_get_day (plan, 1), TRUE);
  add_item (plan, 1, "two-arm-dumbbell-row", 3, 8, 12, 0, 90, 2);
  add_item (plan, 1, "face-pull", 3, 12, 15, 0, 60, 0);
  add_item (plan, 1, "user-band-row", 2, 10, 10, 0, 45, 0);

  scapula_plan_day_set_training (scapula_plan_get_day (plan, 3), TRUE);
  add_item (plan, 3, "seated-cable-row", 4, 6, 8, 0, 120, 1);
  add_item (plan, 3, AWKWARD_NAME, 2, 10, 12, 0, 60, 0);
  scapula_plan_item_set_notes (add_item (plan, 3, "user-long", 2, 0, 0, 30, 30, 0), "Slow, 3 s down");

  scapula_plan_day_set_training (scapula_plan_get_day (plan, 5), TRUE);

  scapula_plan_day_set_training (scapula_plan_get_day (plan, 7), TRUE);
  add_item (plan, 7, "cat-cow", 2, 8, 10, 0, 0, 0);
  add_item (plan, 7, "childs-pose", 2, 0, 0, 30, 15, 0);

  return plan;
}

static GHashTable *
create_custom_names (void)
{
  GHashTable *names = g_hash_table_new (g_str_hash, g_str_equal);

  g_hash_table_insert (names, (gpointer) "user-long", (gpointer) LONG_NAME);

  return names;
}

static char *
dup_date (struct icaltimetype t)
{
  return g_strdup_printf ("%04d-%02d-%02d", t.year, t.month, t.day);
}

static void
test_plan_ics_events (void)
{
  g_autoptr(ScapulaPlan) plan = create_plan (23, 11, 2026);
  g_autoptr(GHashTable) names = create_custom_names ();
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 ("2026-11-20T09:30:00+02:00", NULL);
  g_autoptr(GHashTable) uids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *ics = scapula_plan_to_ics_full (plan, catalog, names, now);
  icalcomponent *calendar = icalparser_parse_string (ics);
  icalcomponent *event;
  icalproperty *prop;
  guint n_events = 0;
  guint n_monday = 0;

  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_isa (calendar), ==, ICAL_VCALENDAR_COMPONENT);
  g_assert_cmpint (icalcomponent_count_errors (calendar), ==, 0);

  prop = icalcomponent_get_first_property (calendar, ICAL_VERSION_PROPERTY);
  g_assert_cmpstr (icalproperty_get_version (prop), ==, "2.0");
  prop = icalcomponent_get_first_property (calendar, ICAL_CALSCALE_PROPERTY);
  g_assert_cmpstr (icalproperty_get_calscale (prop), ==, "GREGORIAN");
  prop = icalcomponent_get_first_property (calendar, ICAL_PRODID_PROPERTY);
  g_assert_true (g_str_has_prefix (icalproperty_get_prodid (prop), "-//Scapula//"));

  for (event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      struct icaltimetype start = icalcomponent_get_dtstart (event);
      struct icaltimetype end = icalcomponent_get_dtend (event);
      struct icaltimetype stamp = icalcomponent_get_dtstamp (event);
      const char *summary = icalcomponent_get_summary (event);
      const char *description = icalcomponent_get_description (event);
      g_autoptr(GDate) date = g_date_new_dmy (start.day, start.month, start.year);
      g_autoptr(GDate) first = g_date_new_dmy (23, 11, 2026);
      g_autofree char *iso = dup_date (start);
      g_autofree char *expected_uid = NULL;
      g_autofree char *week = NULL;
      int days = g_date_days_between (first, date);
      GDateWeekday weekday = g_date_get_weekday (date);

      n_events++;

      /* All-day, one day long, inside the block. */
      g_assert_true (start.is_date);
      g_assert_true (end.is_date);
      g_assert_cmpint (icaltime_compare_date_only (icaltime_add (start, icaldurationtype_from_int (86400)), end), ==, 0);
      g_assert_cmpint (days, >=, 0);
      g_assert_cmpint (days, <, 6 * 7);
      g_assert_true (weekday == G_DATE_MONDAY || weekday == G_DATE_WEDNESDAY ||
                     weekday == G_DATE_FRIDAY || weekday == G_DATE_SUNDAY);

      /* DTSTAMP is @now in UTC. */
      g_assert_true (icaltime_is_utc (stamp));
      g_assert_cmpint (stamp.hour, ==, 7);
      g_assert_cmpint (stamp.minute, ==, 30);

      /* Stable, unique UIDs made from the date and the plan's id. */
      expected_uid = g_strdup_printf ("%04d%02d%02d-plan3@scapula.github.io",
                                      start.year, start.month, start.day);
      g_assert_cmpstr (icalcomponent_get_uid (event), ==, expected_uid);
      g_assert_true (g_hash_table_add (uids, g_strdup (expected_uid)));

      week = g_strdup_printf ("Week %d of 6", days / 7 + 1);
      g_assert_nonnull (strstr (description, week));
      /* No word joiners (U+2060) in a calendar's plain text. */
      g_assert_null (strstr (description, "\u2060"));
      g_assert_true (g_str_has_prefix (description, PLAN_NAME "\n"));

      switch (weekday)
        {
        case G_DATE_MONDAY:
          n_monday++;
          g_assert_cmpstr (summary, ==, "Scapula: Monday back session");
          g_assert_nonnull (strstr (description, "1. Two-Arm Dumbbell Row — 3 × 8–12, 2 warm-up sets, 1:30 rest"));
          g_assert_nonnull (strstr (description, "\n2. Face Pull — "));
          /* A user's exercise with no name given reads as its slug. */
          g_assert_nonnull (strstr (description, "\n3. Band row — 2 × 10, 45 s rest"));
          break;

        case G_DATE_WEDNESDAY:
          g_assert_cmpstr (summary, ==, "Scapula: Wednesday back session");
          g_assert_nonnull (strstr (description, "1. Seated Cable Row — "));
          g_assert_nonnull (strstr (description, "2. " AWKWARD_NAME " — 2 × 10–12, 1 min rest"));
          g_assert_nonnull (strstr (description, "3. " LONG_NAME " — 2 × 30 s, 30 s rest\n   Slow, 3 s down"));
          break;

        case G_DATE_FRIDAY:
          g_assert_cmpstr (summary, ==, "Scapula: Friday back session");
          g_assert_nonnull (strstr (description, "No exercises planned yet."));
          break;

        case G_DATE_SUNDAY:
          g_assert_cmpstr (summary, ==, "Scapula: Sunday mobility session");
          g_assert_nonnull (strstr (description, "Cat-Cow"));
          g_assert_nonnull (strstr (description, "Child"));
          break;

        case G_DATE_TUESDAY:
        case G_DATE_THURSDAY:
        case G_DATE_SATURDAY:
        case G_DATE_BAD_WEEKDAY:
        default:
          g_assert_not_reached ();
        }

      g_test_message ("%s %s", iso, summary);
    }

  /* block_weeks × training days */
  g_assert_cmpuint (n_events, ==, 6 * 4);
  g_assert_cmpuint (n_monday, ==, 6);
  g_assert_cmpuint (g_hash_table_size (uids), ==, n_events);

  icalcomponent_free (calendar);
}

/* A block that starts mid-week runs seven days a week from its first day:
 * the first Monday is the week after. */
static void
test_plan_ics_mid_week (void)
{
  g_autoptr(ScapulaPlan) plan = create_plan (25, 11, 2026);
  g_autofree char *ics = NULL;
  icalcomponent *calendar;
  icalcomponent *event;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  guint n_events = 0;

  scapula_plan_set_block_weeks (plan, 2);
  ics = scapula_plan_to_ics (plan, catalog, NULL);
  calendar = icalparser_parse_string (ics);
  g_assert_nonnull (calendar);

  for (event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      g_free (last);
      last = dup_date (icalcomponent_get_dtstart (event));
      if (first == NULL)
        first = g_strdup (last);
      n_events++;
    }

  g_assert_cmpuint (n_events, ==, 2 * 4);
  g_assert_cmpstr (first, ==, "2026-11-25");
  g_assert_cmpstr (last, ==, "2026-12-07");

  icalcomponent_free (calendar);
}

/* RFC 5545 §3.1 on the raw text: every line ends in CRLF and holds at
 * most 75 octets, continuation lines start with a space, and no fold
 * splits a UTF-8 sequence (each physical line is valid UTF-8 on its own). */
static void
test_plan_ics_folding (void)
{
  g_autoptr(ScapulaPlan) plan = create_plan (23, 11, 2026);
  g_autoptr(GHashTable) names = create_custom_names ();
  g_autofree char *ics = scapula_plan_to_ics_full (plan, catalog, names, NULL);
  g_auto(GStrv) lines = NULL;
  guint n_lines;
  guint n_folded = 0;

  g_assert_true (g_utf8_validate (ics, -1, NULL));
  g_assert_true (g_str_has_prefix (ics, "BEGIN:VCALENDAR\r\n"));
  g_assert_true (g_str_has_suffix (ics, "END:VCALENDAR\r\n"));

  for (const char *p = ics; *p != '\0'; p++)
    {
      if (*p == '\n')
        g_assert_true (p > ics && p[-1] == '\r');
      if (*p == '\r')
        g_assert_true (p[1] == '\n');
    }

  lines = g_strsplit (ics, "\r\n", -1);
  n_lines = g_strv_length (lines);
  g_assert_cmpstr (lines[n_lines - 1], ==, "");

  for (guint i = 0; i + 1 < n_lines; i++)
    {
      g_assert_cmpuint (strlen (lines[i]), <=, 75);
      g_assert_cmpuint (strlen (lines[i]), >, 0);
      g_assert_true (g_utf8_validate (lines[i], -1, NULL));
      if (lines[i][0] == ' ')
        n_folded++;
    }

  /* The long names made folds, some in the middle of multi-octet text. */
  g_assert_cmpuint (n_folded, >, 10);
}

/* The user's text comes back exactly, whatever it holds. */
static void
test_plan_ics_escaping (void)
{
  g_autoptr(GDate) start = g_date_new_dmy (23, 11, 2026);
  g_autoptr(ScapulaPlan) plan = scapula_plan_new (AWKWARD_NAME " " LONG_NAME, start);
  g_autoptr(GHashTable) names = create_custom_names ();
  g_autofree char *ics = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *date = NULL;
  icalcomponent *calendar;
  icalcomponent *event;

  scapula_plan_set_block_weeks (plan, 1);
  scapula_plan_day_set_training (scapula_plan_get_day (plan, 2), TRUE);
  add_item (plan, 2, "user-long", 1, 5, 5, 0, 0, 0);
  scapula_plan_item_set_notes (add_item (plan, 2, AWKWARD_NAME, 1, 5, 5, 0, 0, 0), LONG_NAME ";,\\");

  ics = scapula_plan_to_ics_full (plan, catalog, names, NULL);
  /* Escaped in the file, not left raw. */
  g_assert_nonnull (strstr (ics, "Band row\\, slow\\; pause \\\\ hold\\nthen lower"));

  calendar = icalparser_parse_string (ics);
  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_count_errors (calendar), ==, 0);

  event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
  g_assert_nonnull (event);
  date = dup_date (icalcomponent_get_dtstart (event));
  g_assert_cmpstr (date, ==, "2026-11-24");

  expected = g_strconcat (AWKWARD_NAME " " LONG_NAME "\n"
                          "Week 1 of 1\n"
                          "\n"
                          "1. " LONG_NAME " — 1 × 5, no rest\n"
                          "2. " AWKWARD_NAME " — 1 × 5, no rest\n"
                          "   " LONG_NAME ";,\\",
                          NULL);
  g_assert_cmpstr (icalcomponent_get_description (event), ==, expected);
  g_assert_null (icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT));

  icalcomponent_free (calendar);
}

/* A plan not stored yet still gets stable UIDs; a plan with no training
 * day is an empty but valid calendar. */
static void
test_plan_ics_unsaved (void)
{
  g_autoptr(GDate) start = g_date_new_dmy (4, 1, 2027);
  g_autoptr(ScapulaPlan) plan = scapula_plan_new ("Draft", start);
  g_autoptr(GDateTime) now = g_date_time_new_utc (2027, 1, 1, 0, 0, 0);
  g_autofree char *empty = scapula_plan_to_ics (plan, NULL, now);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  icalcomponent *calendar;

  calendar = icalparser_parse_string (empty);
  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_count_components (calendar, ICAL_VEVENT_COMPONENT), ==, 0);
  icalcomponent_free (calendar);

  scapula_plan_day_set_training (scapula_plan_get_day (plan, 1), TRUE);
  /* Without a catalog every slug reads as text. */
  add_item (plan, 1, "face-pull", 3, 12, 15, 0, 60, 0);
  a = scapula_plan_to_ics (plan, NULL, now);
  b = scapula_plan_to_ics (plan, NULL, now);
  g_assert_cmpstr (a, ==, b);
  g_assert_nonnull (strstr (a, "UID:20270104-plan-"));
  g_assert_nonnull (strstr (a, "1. Face pull — 3 × "));
}

static void
test_plan_ics_exercise_name (void)
{
  g_autoptr(GHashTable) names = create_custom_names ();
  struct {
    const char *slug;
    const char *name;
  } cases[] = {
    { "face-pull", "Face Pull" },
    { "user-long", LONG_NAME },
    { "user-band-row", "Band row" },
    { "user-", "User" },
    { "my-row", "My row" },
    { "Kettlebell row, heavy", "Kettlebell row, heavy" },
    { "ä", "ä" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = scapula_plan_dup_exercise_name (catalog, names, cases[i].slug);

      g_assert_cmpstr (name, ==, cases[i].name);
    }
}

static void
test_plan_ics_block_label (void)
{
  g_autoptr(ScapulaPlan) plan = create_plan (23, 11, 2026);
  g_autofree char *label = scapula_plan_dup_block_label (plan);

  g_assert_cmpstr (label, ==, "6-week block from 23 November 2026");
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  catalog = scapula_catalog_new_default ();

  g_test_add_func ("/plan-ics/events", test_plan_ics_events);
  g_test_add_func ("/plan-ics/mid-week", test_plan_ics_mid_week);
  g_test_add_func ("/plan-ics/folding", test_plan_ics_folding);
  g_test_add_func ("/plan-ics/escaping", test_plan_ics_escaping);
  g_test_add_func ("/plan-ics/unsaved", test_plan_ics_unsaved);
  g_test_add_func ("/plan-ics/exercise-name", test_plan_ics_exercise_name);
  g_test_add_func ("/plan-ics/block-label", test_plan_ics_block_label);

  ret = g_test_run ();
  g_clear_object (&catalog);

  return ret;
}
