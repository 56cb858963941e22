/* bench-search.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* How long the Exercises view's search takes per keystroke: the search text
 * changes, the GtkFilterListModel over the whole catalog refilters (the same
 * GtkCustomFilter → scapula_exercise_filter_match() path the view uses).
 * Widget updates are not included. Goal: under 1 ms per keystroke.
 */

#include "config.h"

#include <gtk/gtk.h>
#include <stdio.h>
#include <stdlib.h>

#include "scapula-catalog.h"
#include "scapula-exercise-filter.h"

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  return scapula_exercise_filter_match (user_data, item);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

int
main (int   argc,
      char *argv[])
{
  static const char *queries[] = {
    "bent over barbell row",
    "one arm dumbbell row",
    "face pull",
    "hyperextension",
    "thread the needle",
    "zzzz nothing",
  };
  g_autoptr(ScapulaCatalog) catalog = scapula_catalog_new_default ();
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  guint rounds = argc > 1 ? (guint) atoi (argv[1]) : 200;
  double total = 0;

  for (guint round = 0; round < rounds; round++)
    {
      /* A fresh view each round, so the first keystroke also pays for
       * building the search keys. */
      g_autoptr(ScapulaExerciseFilter) filter = scapula_exercise_filter_new ();
      GtkCustomFilter *custom = gtk_custom_filter_new (filter_func, filter, NULL);
      g_autoptr(GtkFilterListModel) model =
        gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (catalog)), GTK_FILTER (custom));

      for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
        {
          gsize len = strlen (queries[q]);

          for (gsize i = 1; i <= len; i++)
            {
              g_autofree char *prefix = g_strndup (queries[q], i);
              gint64 start = g_get_monotonic_time ();
              double us;

              scapula_exercise_filter_set_search_text (filter, prefix);
              gtk_filter_changed (GTK_FILTER (custom), GTK_FILTER_CHANGE_DIFFERENT);
              (void) g_list_model_get_n_items (G_LIST_MODEL (model));
              us = (double) (g_get_monotonic_time () - start);

              g_array_append_val (times, us);
              total += us;
            }
        }
    }

  g_array_sort (times, compare_doubles);
  printf ("search: %u keystrokes over %u exercises\n", times->len,
          g_list_model_get_n_items (G_LIST_MODEL (catalog)));
  printf ("per keystroke: median %.1f µs, 99th percentile %.1f µs, max %.1f µs, mean %.1f µs (goal < 1000 µs)\n",
          g_array_index (times, double, times->len / 2),
          g_array_index (times, double, (times->len * 99) / 100),
          g_array_index (times, double, times->len - 1),
          total / times->len);

  return 0;
}
