/* test-plan-print.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <poppler.h>

#include "scapula-catalog.h"
#include "scapula-plan-ics.h"
#include "scapula-plan-print.h"
#include "scapula-test-ui.h"

static ScapulaCatalog *catalog;

/* Where the PDFs go: a fresh temporary folder, or SCAPULA_TEST_PDF_DIR
 * to keep them for a look (pdftoppm -png). */
static char *pdf_dir;

static void
add_item (ScapulaPlan *plan,
          guint        weekday,
          const char  *slug,
          guint        sets,
          guint        reps_min,
          guint        reps_max,
          guint        hold,
          guint        rest,
          guint        warmup,
          gboolean     per_side,
          const char  *notes)
{
  ScapulaPrescription p = {
    .sets = sets,
    .reps_min = reps_min,
    .reps_max = reps_max,
    .hold_seconds = hold,
    .rest_seconds = rest,
    .warmup_sets = warmup,
    .per_side = per_side,
  };
  g_autoptr(ScapulaPlanItem) item = scapula_plan_item_new (slug, &p);

  scapula_plan_item_set_notes (item, notes);
  scapula_plan_day_append (scapula_plan_get_day (plan, weekday), item);
}

static ScapulaPlan *
create_three_day_plan (void)
{
  g_autoptr(GDate) start = g_date_new_dmy (23, 11, 2026);
  ScapulaPlan *plan = scapula_plan_new ("Upper back, first block", start);

  scapula_plan_set_id (plan, 3);
  scapula_plan_set_block_weeks (plan, 6);

  scapula_plan_day_set_training (scapula_plan_get_day (plan, 1), TRUE);
  add_item (plan, 1, "band-pull-apart", 2, 15, 15, 0, 30, 0, FALSE, NULL);
  add_item (plan, 1, "two-arm-dumbbell-row", 3, 8, 12, 0, 90, 2, FALSE, NULL);
  add_item (plan, 1, "face-pull", 3, 12, 15, 0, 60, 0, FALSE, "Pull to the eyebrows");

  scapula_plan_day_set_training (scapula_plan_get_day (plan, 3), TRUE);
  add_item (plan, 3, "one-arm-dumbbell-row", 3, 10, 12, 0, 60, 1, TRUE, NULL);
  add_item (plan, 3, "lying-rear-lateral-raise", 2, 12, 15, 0, 45, 0, TRUE, NULL);
  add_item (plan, 3, "user-band-row", 2, 15, 20, 0, 45, 0, FALSE, NULL);

  scapula_plan_day_set_training (scapula_plan_get_day (plan, 5), TRUE);
  add_item (plan, 5, "seated-cable-row", 4, 6, 8, 0, 120, 2, FALSE, NULL);
  add_item (plan, 5, "wide-grip-lat-pulldown", 3, 8, 10, 0, 90, 1, FALSE, NULL);
  add_item (plan, 5, "childs-pose", 2, 0, 0, 30, 0, 0, FALSE, NULL);

  return plan;
}

/* Every day trains, with @n_items exercises (more than anyone should do). */
static ScapulaPlan *
create_full_plan (guint n_items)
{
  static const char *slugs[] = {
    "light-cardio", "arm-circles", "band-pull-apart", "wall-slide",
    "bent-over-barbell-row", "t-bar-row", "chest-supported-machine-row", "pull-up",
    "half-kneeling-lat-pulldown", "prone-incline-reverse-fly", "dumbbell-shrug",
    "farmers-carry", "thoracic-extension", "doorway-stretch",
  };
  g_autoptr(GDate) start = g_date_new_dmy (4, 1, 2027);
  ScapulaPlan *plan = scapula_plan_new ("Every day, everything: a very long plan name that "
                                        "needs more than one line to print in full", start);

  scapula_plan_set_block_weeks (plan, 12);

  for (guint weekday = 1; weekday <= 7; weekday++)
    {
      scapula_plan_day_set_training (scapula_plan_get_day (plan, weekday), TRUE);

      for (guint i = 0; i < n_items; i++)
        add_item (plan, weekday, slugs[(i + weekday) % G_N_ELEMENTS (slugs)],
                  3, 8, 12, 0, 90, i % 3, i % 4 == 0,
                  i % 5 == 0 ? "Slow on the way down, pause for a breath at the top" : NULL);
    }

  return plan;
}

/* Exports @plan and opens the PDF, which must have exactly one page.
 *
 * Returns: (transfer full): the page
 */
static PopplerPage *
export_page (ScapulaPlan *plan,
             guint        week_start,
             const char  *basename)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (pdf_dir, basename, NULL);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  PopplerDocument *document;
  PopplerPage *page;

  g_assert_true (scapula_plan_export_pdf (plan, catalog, week_start, path, &error));
  g_assert_no_error (error);

  document = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  g_assert_cmpint (poppler_document_get_n_pages (document), ==, 1);

  page = poppler_document_get_page (document, 0);
  g_object_unref (document);

  return page;
}

/* The page's text, with line breaks as spaces: a long name may wrap. */
static char *
dup_page_text (PopplerPage *page)
{
  g_autofree char *text = poppler_page_get_text (page);
  g_auto(GStrv) words = g_strsplit_set (text, " \n", -1);
  GString *flat = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;
      if (flat->len > 0)
        g_string_append_c (flat, ' ');
      g_string_append (flat, words[i]);
    }

  return g_string_free (flat, FALSE);
}

static guint
count (const char *text,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + 1, needle))
    n++;

  return n;
}

static void
assert_contains (const char *text,
                 const char *needle)
{
  if (strstr (text, needle) == NULL)
    g_error ("“%s” is not in the printed text:\n%s", needle, text);
}

/* All the text lies on the page, inside its margins. */
static void
assert_text_inside (PopplerPage *page)
{
  PopplerRectangle *rects = NULL;
  guint n_rects = 0;
  double width, height;
  double bottom = 0;

  poppler_page_get_size (page, &width, &height);
  g_assert_true (poppler_page_get_text_layout (page, &rects, &n_rects));
  g_assert_cmpuint (n_rects, >, 0);

  for (guint i = 0; i < n_rects; i++)
    {
      g_assert_cmpfloat (rects[i].x1, >=, 20);
      g_assert_cmpfloat (rects[i].y1, >=, 20);
      g_assert_cmpfloat (rects[i].x2, <=, width - 20);
      g_assert_cmpfloat (rects[i].y2, <=, height - 20);
      bottom = MAX (bottom, rects[i].y2);
    }

  /* The footer sits at the bottom margin. */
  g_assert_cmpfloat (bottom, >, height - 80);

  g_free (rects);
}

static void
assert_exercise_names (const char  *text,
                       ScapulaPlan *plan)
{
  for (guint weekday = 1; weekday <= 7; weekday++)
    {
      ScapulaPlanDay *day = scapula_plan_get_day (plan, weekday);

      for (guint i = 0; i < scapula_plan_day_get_n_items (day); i++)
        {
          const char *slug = scapula_plan_item_get_exercise (scapula_plan_day_get_item (day, i));
          g_autofree char *name = scapula_plan_dup_exercise_name (catalog, NULL, slug);

          assert_contains (text, name);
        }
    }
}

static void
test_plan_print_three_days (void)
{
  g_autoptr(ScapulaPlan) plan = create_three_day_plan ();
  PopplerPage *page = export_page (plan, 1, "three-days.pdf");
  g_autofree char *text = dup_page_text (page);
  const char *previous = NULL;

  g_test_message ("%s", text);

  assert_contains (text, "Upper back, first block");
  assert_contains (text, "6-week block from 23 November 2026");
  assert_exercise_names (text, plan);
  assert_contains (text, "Band row");
  assert_contains (text, "2 warm-up sets");
  assert_contains (text, "each side");
  assert_contains (text, "1:30 rest");
  assert_contains (text, "Pull to the eyebrows");
  assert_contains (text, "Printed on");

  /* Monday to Sunday, in that order, the four free days as rest. */
  for (guint weekday = 1; weekday <= 7; weekday++)
    {
      const char *found = strstr (text, scapula_weekday_get_name (weekday));

      g_assert_nonnull (found);
      g_assert_true (found > previous);
      previous = found;
    }
  /* The four free days say so. */
  g_assert_cmpuint (count (text, "Rest"), ==, 4);

  assert_text_inside (page);
  g_object_unref (page);
}

static void
test_plan_print_week_start (void)
{
  g_autoptr(ScapulaPlan) plan = create_three_day_plan ();
  PopplerPage *page = export_page (plan, 7, "sunday-first.pdf");
  g_autofree char *text = dup_page_text (page);
  const char *sunday = strstr (text, "Sunday");
  const char *monday = strstr (text, "Monday");
  const char *saturday = strstr (text, "Saturday");

  g_assert_nonnull (sunday);
  g_assert_nonnull (monday);
  g_assert_nonnull (saturday);
  g_assert_true (sunday < monday);
  g_assert_true (monday < saturday);

  g_object_unref (page);
}

static void
test_plan_print_full_week (gconstpointer data)
{
  guint n_items = GPOINTER_TO_UINT (data);
  g_autoptr(ScapulaPlan) plan = create_full_plan (n_items);
  g_autofree char *basename = g_strdup_printf ("full-week-%u.pdf", n_items);
  PopplerPage *page = export_page (plan, 1, basename);
  g_autofree char *text = dup_page_text (page);

  for (guint weekday = 1; weekday <= 7; weekday++)
    assert_contains (text, scapula_weekday_get_name (weekday));
  assert_exercise_names (text, plan);
  assert_contains (text, "12-week block from 4 January 2027");

  /* Shrunk to fit, not run off the page. */
  assert_text_inside (page);
  g_object_unref (page);
}

static void
test_plan_print_empty (void)
{
  g_autoptr(GDate) start = g_date_new_dmy (4, 1, 2027);
  g_autoptr(ScapulaPlan) plan = scapula_plan_new ("Nothing yet", start);
  PopplerPage *page;
  g_autofree char *text = NULL;

  scapula_plan_day_set_training (scapula_plan_get_day (plan, 2), TRUE);
  page = export_page (plan, 1, "empty.pdf");
  text = dup_page_text (page);

  assert_contains (text, "Nothing yet");
  for (guint weekday = 1; weekday <= 7; weekday++)
    assert_contains (text, scapula_weekday_get_name (weekday));
  g_assert_cmpuint (count (text, "Rest"), ==, 6);
  assert_contains (text, "Training day, no exercises planned yet");
  assert_text_inside (page);
  g_object_unref (page);
}

static void
test_plan_print_error (void)
{
  g_autoptr(ScapulaPlan) plan = create_three_day_plan ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (pdf_dir, "no-such-folder", "plan.pdf", NULL);

  g_assert_false (scapula_plan_export_pdf (plan, catalog, 1, path, &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
remove_pdfs (void)
{
  g_autoptr(GDir) dir = g_dir_open (pdf_dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (pdf_dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (pdf_dir);
}

int
main (int   argc,
      char *argv[])
{
  int status;
  const char *keep = g_getenv ("SCAPULA_TEST_PDF_DIR");

  if (!scapula_test_ui_init (&argc, &argv))
    return 77;

  catalog = scapula_catalog_new_default ();
  pdf_dir = keep != NULL ? g_strdup (keep) : g_dir_make_tmp ("scapula-print-XXXXXX", NULL);
  g_assert_nonnull (pdf_dir);

  g_test_add_func ("/plan-print/three-days", test_plan_print_three_days);
  g_test_add_func ("/plan-print/week-start", test_plan_print_week_start);
  g_test_add_data_func ("/plan-print/full-week/6", GUINT_TO_POINTER (6), test_plan_print_full_week);
  g_test_add_data_func ("/plan-print/full-week/14", GUINT_TO_POINTER (14), test_plan_print_full_week);
  g_test_add_func ("/plan-print/empty", test_plan_print_empty);
  g_test_add_func ("/plan-print/error", test_plan_print_error);

  status = g_test_run ();

  if (keep == NULL)
    remove_pdfs ();
  g_clear_pointer (&pdf_dir, g_free);
  g_clear_object (&catalog);

  return status;
}
