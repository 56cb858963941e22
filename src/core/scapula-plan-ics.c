/* scapula-plan-ics.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "scapula-plan-ics"

#include "config.h"

#include <glib/gi18n.h>

#include "scapula-plan-ics.h"

/* RFC 5545 §3.1: a content line is at most 75 octets, not counting the
 * CRLF; longer ones continue on the next line after a single space.
 */
#define ICS_LINE_OCTETS 75
#define ICS_UID_DOMAIN  "scapula.github.io"

static gboolean
is_slug (const char *text)
{
  if (*text == '\0')
    return FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
        return FALSE;
    }

  return TRUE;
}

/**
 * scapula_plan_dup_exercise_name:
 * @catalog: (nullable): the catalog
 * @custom_names: (nullable): the user's own exercises, slug to name
 * @slug: an exercise slug from a plan item
 *
 * Finds the name to show for @slug: the catalog's, then the one the user
 * gave their own exercise. An exercise neither knows reads as its slug
 * made readable ("user-band-row" is "Band row"); text that is no slug is
 * shown exactly as it is.
 *
 * Returns: (transfer full): the name
 */
char *
scapula_plan_dup_exercise_name (ScapulaCatalog *catalog,
                                GHashTable     *custom_names,
                                const char     *slug)
{
  ScapulaExercise *exercise;
  const char *custom;
  char *name;

  g_return_val_if_fail (slug != NULL, NULL);

  if (catalog != NULL && (exercise = scapula_catalog_lookup (catalog, slug)) != NULL)
    return g_strdup (scapula_exercise_get_name (exercise));

  if (custom_names != NULL && (custom = g_hash_table_lookup (custom_names, slug)) != NULL)
    return g_strdup (custom);

  if (!is_slug (slug))
    return g_strdup (slug);

  if (g_str_has_prefix (slug, "user-") && slug[5] != '\0')
    slug += 5;

  name = g_strdelimit (g_strdup (slug), "-", ' ');
  name[0] = g_ascii_toupper (name[0]);

  return g_strstrip (name);
}

/**
 * scapula_plan_dup_block_label:
 * @plan: a plan
 *
 * Returns: (transfer full): e.g. "6-week block from 23 November 2026"
 */
char *
scapula_plan_dup_block_label (ScapulaPlan *plan)
{
  const GDate *start;
  guint weeks;
  g_autoptr(GDateTime) start_time = NULL;
  g_autofree char *date = NULL;

  g_return_val_if_fail (SCAPULA_IS_PLAN (plan), NULL);

  start = scapula_plan_get_start_date (plan);
  weeks = scapula_plan_get_block_weeks (plan);
  start_time = g_date_time_new_local (g_date_get_year (start), g_date_get_month (start),
                                      g_date_get_day (start), 12, 0, 0);
  /* Translators: the first day of a training block, see g_date_time_format();
   * e.g. "23 November 2026". */
  date = g_date_time_format (start_time, _("%-d %B %Y"));

  /* Translators: the plan's length and first day, e.g. "6-week block from 23 November 2026". */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u-week block from %s",
                                       "%u-week block from %s", weeks),
                          weeks, date);
}

/* RFC 5545 §3.3.11: TEXT escapes backslash, semicolon, comma and newline.
 * A CR is dropped (a CRLF or a lone CR ends a line), and so are the other
 * control characters, which the grammar does not allow.
 */
static void
append_escaped (GString    *out,
                const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);

  for (const char *p = valid; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\\': g_string_append (out, "\\\\"); break;
        case ';':  g_string_append (out, "\\;"); break;
        case ',':  g_string_append (out, "\\,"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r':
          if (p[1] != '\n')
            g_string_append (out, "\\n");
          break;
        case '\t': g_string_append_c (out, '\t'); break;
        default:
          if ((guchar) *p >= 0x20 && *p != 0x7f)
            g_string_append_c (out, *p);
          break;
        }
    }
}

/* Writes @line folded to 75 octets, never inside a UTF-8 sequence, and
 * ends it with CRLF.
 */
static void
append_line (GString    *out,
             const char *line)
{
  gsize column = 0;

  for (const char *p = line; *p != '\0'; )
    {
      const char *next = g_utf8_next_char (p);
      gsize len = next - p;

      if (column + len > ICS_LINE_OCTETS)
        {
          g_string_append (out, "\r\n ");
          column = 1;
        }

      g_string_append_len (out, p, len);
      column += len;
      p = next;
    }

  g_string_append (out, "\r\n");
}

static void
append_text_property (GString    *out,
                      const char *name,
                      const char *text)
{
  g_autoptr(GString) line = g_string_new (name);

  g_string_append_c (line, ':');
  append_escaped (line, text);
  append_line (out, line->str);
}

static void
append_date_property (GString     *out,
                      const char  *name,
                      const GDate *date)
{
  g_autofree char *line = g_strdup_printf ("%s;VALUE=DATE:%04u%02u%02u", name,
                                           (guint) g_date_get_year (date),
                                           (guint) g_date_get_month (date),
                                           (guint) g_date_get_day (date));

  append_line (out, line);
}

/* A day of only warm-ups, stretches and mobility work reads as a mobility
 * session; anything else (or nothing yet) as a back session.
 */
static gboolean
day_is_mobility (ScapulaPlanDay *day,
                 ScapulaCatalog *catalog)
{
  guint n_items = scapula_plan_day_get_n_items (day);

  if (n_items == 0)
    return FALSE;

  for (guint i = 0; i < n_items; i++)
    {
      ScapulaPlanItem *item = scapula_plan_day_get_item (day, i);
      ScapulaPlanRole role = scapula_plan_item_get_role (item);
      ScapulaExercise *exercise = NULL;

      if (role == SCAPULA_PLAN_ROLE_WARM_UP ||
          role == SCAPULA_PLAN_ROLE_MOBILITY ||
          role == SCAPULA_PLAN_ROLE_COOL_DOWN)
        continue;

      if (catalog != NULL)
        exercise = scapula_catalog_lookup (catalog, scapula_plan_item_get_exercise (item));

      if (exercise == NULL ||
          scapula_exercise_get_kind (exercise) == SCAPULA_EXERCISE_KIND_STRENGTH)
        return FALSE;
    }

  return TRUE;
}

/* The UI keeps "8–12" on one line with word joiners (U+2060); a
 * calendar's plain text needs no such help, and some show them as boxes. */
static char *
strip_word_joiners (char *text)
{
  char *out = text;

  for (const char *in = text; *in != '\0'; )
    {
      if (g_str_has_prefix (in, "\u2060"))
        {
          in += strlen ("\u2060");
          continue;
        }
      *out++ = *in++;
    }
  *out = '\0';

  return text;
}

static char *
dup_summary (ScapulaPlanDay *day,
             ScapulaCatalog *catalog)
{
  const char *weekday = scapula_weekday_get_name (scapula_plan_day_get_weekday (day));

  if (day_is_mobility (day, catalog))
    /* Translators: a calendar event's title, e.g. "Scapula: Sunday mobility session". */
    return g_strdup_printf (_("Scapula: %s mobility session"), weekday);

  /* Translators: a calendar event's title, e.g. "Scapula: Monday back session". */
  return g_strdup_printf (_("Scapula: %s back session"), weekday);
}

/* The day's exercises, one line each, e.g.
 * "1. Face Pull — 3 × 12–15, 1 warm-up set, 1 min rest", and the item's
 * notes on the line after. The same for every week, so built once per day.
 */
static char *
dup_day_items (ScapulaPlanDay *day,
               ScapulaCatalog *catalog,
               GHashTable     *custom_names)
{
  guint n_items = scapula_plan_day_get_n_items (day);
  g_autoptr(GString) text = g_string_new (NULL);

  if (n_items == 0)
    return g_strdup (_("No exercises planned yet."));

  for (guint i = 0; i < n_items; i++)
    {
      ScapulaPlanItem *item = scapula_plan_day_get_item (day, i);
      const ScapulaPrescription *p = scapula_plan_item_get_prescription (item);
      const char *notes = scapula_plan_item_get_notes (item);
      g_autofree char *name = NULL;
      g_autofree char *dose = NULL;
      g_autofree char *rest = NULL;
      g_autofree char *warmup = NULL;

      name = scapula_plan_dup_exercise_name (catalog, custom_names,
                                             scapula_plan_item_get_exercise (item));
      dose = strip_word_joiners (scapula_prescription_format (p));
      rest = scapula_format_rest (p->rest_seconds);

      if (i > 0)
        g_string_append_c (text, '\n');

      /* Translators: one exercise of a day in a calendar event: its
       * position, name and sets × reps, e.g. "1. Face Pull — 3 × 12–15". */
      g_string_append_printf (text, _("%u. %s — %s"), i + 1, name, dose);

      if (p->warmup_sets > 0)
        {
          warmup = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warm-up set",
                                                 "%u warm-up sets", p->warmup_sets),
                                    p->warmup_sets);
          /* Translators: separates the parts of an exercise's line. */
          g_string_append (text, _(", "));
          g_string_append (text, warmup);
        }

      g_string_append (text, _(", "));
      g_string_append (text, rest);

      if (notes != NULL)
        g_string_append_printf (text, "\n   %s", notes);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
dup_uid_base (ScapulaPlan *plan)
{
  gint64 id = scapula_plan_get_id (plan);
  g_autofree char *hash = NULL;

  if (id > 0)
    return g_strdup_printf ("plan%" G_GINT64_FORMAT, id);

  /* A plan not stored yet has no id: name it by its name, which keeps the
   * UIDs stable across exports of the same plan. */
  hash = g_compute_checksum_for_string (G_CHECKSUM_SHA1, scapula_plan_get_name (plan), -1);

  return g_strdup_printf ("plan-%.12s", hash);
}

/**
 * scapula_plan_to_ics:
 * @plan: a plan
 * @catalog: (nullable): the catalog that names the exercises
 * @now: (nullable): the time the file is written (the events' DTSTAMP),
 *   or %NULL for the current time
 *
 * The same as scapula_plan_to_ics_full() without names for the user's own
 * exercises.
 *
 * Returns: (transfer full): the calendar, in UTF-8 with CRLF line ends
 */
char *
scapula_plan_to_ics (ScapulaPlan    *plan,
                     ScapulaCatalog *catalog,
                     GDateTime      *now)
{
  return scapula_plan_to_ics_full (plan, catalog, NULL, now);
}

/**
 * scapula_plan_to_ics_full:
 * @plan: a plan
 * @catalog: (nullable): the catalog that names the exercises
 * @custom_names: (nullable) (element-type utf8 utf8): the user's own
 *   exercises, slug to name
 * @now: (nullable): the time the file is written (the events' DTSTAMP),
 *   or %NULL for the current time
 *
 * Writes @plan as an RFC 5545 calendar for calendar apps: one all-day
 * event for each training day of each week of the block, titled by the
 * weekday, listing the day's exercises with sets × reps and rest, and
 * which week of the block it is. A training day with no exercises yet
 * still gets its event. The UIDs are made from the plan's id and the
 * date, so importing a newer export of the same plan updates the events.
 *
 * Returns: (transfer full): the calendar, in UTF-8 with CRLF line ends
 */
char *
scapula_plan_to_ics_full (ScapulaPlan    *plan,
                          ScapulaCatalog *catalog,
                          GHashTable     *custom_names,
                          GDateTime      *now)
{
  g_autoptr(GString) out = NULL;
  g_autoptr(GDateTime) utc = NULL;
  g_autofree char *dtstamp = NULL;
  g_autofree char *uid_base = NULL;
  char *items_text[7] = { NULL, };
  char *summaries[7] = { NULL, };
  const char *plan_name;
  guint weeks;
  GDate date;

  g_return_val_if_fail (SCAPULA_IS_PLAN (plan), NULL);
  g_return_val_if_fail (catalog == NULL || SCAPULA_IS_CATALOG (catalog), NULL);

  utc = now != NULL ? g_date_time_to_utc (now) : g_date_time_new_now_utc ();
  dtstamp = g_date_time_format (utc, "DTSTAMP:%Y%m%dT%H%M%SZ");
  uid_base = dup_uid_base (plan);
  plan_name = scapula_plan_get_name (plan);
  weeks = scapula_plan_get_block_weeks (plan);

  out = g_string_new (NULL);
  append_line (out, "BEGIN:VCALENDAR");
  append_line (out, "VERSION:2.0");
  append_line (out, "PRODID:-//Scapula//Scapula " PACKAGE_VERSION "//EN");
  append_line (out, "CALSCALE:GREGORIAN");
  append_text_property (out, "X-WR-CALNAME", plan_name);

  date = *scapula_plan_get_start_date (plan);

  for (guint i = 0; i < weeks * 7; i++, g_date_add_days (&date, 1))
    {
      guint weekday = g_date_get_weekday (&date);
      ScapulaPlanDay *day = scapula_plan_get_day (plan, weekday);
      g_autofree char *uid = NULL;
      g_autofree char *week = NULL;
      g_autofree char *description = NULL;
      GDate end = date;

      if (!scapula_plan_day_get_training (day))
        continue;

      if (items_text[weekday - 1] == NULL)
        {
          items_text[weekday - 1] = dup_day_items (day, catalog, custom_names);
          summaries[weekday - 1] = dup_summary (day, catalog);
        }

      g_date_add_days (&end, 1);
      uid = g_strdup_printf ("UID:%04u%02u%02u-%s@" ICS_UID_DOMAIN,
                             (guint) g_date_get_year (&date),
                             (guint) g_date_get_month (&date),
                             (guint) g_date_get_day (&date),
                             uid_base);
      /* Translators: which week of a training block a session is in, e.g. "Week 2 of 6". */
      week = g_strdup_printf (_("Week %u of %u"), i / 7 + 1, weeks);
      description = g_strdup_printf ("%s\n%s\n\n%s", plan_name, week, items_text[weekday - 1]);

      append_line (out, "BEGIN:VEVENT");
      append_line (out, uid);
      append_line (out, dtstamp);
      append_date_property (out, "DTSTART", &date);
      append_date_property (out, "DTEND", &end);
      append_text_property (out, "SUMMARY", summaries[weekday - 1]);
      append_text_property (out, "DESCRIPTION", description);
      append_line (out, "TRANSP:TRANSPARENT");
      append_line (out, "END:VEVENT");
    }

  append_line (out, "END:VCALENDAR");

  for (guint i = 0; i < 7; i++)
    {
      g_free (items_text[i]);
      g_free (summaries[i]);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}
