/* bench-plan-save.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What one edit of the week costs on disk: the plan store rewrites a whole
 * generated plan (a full-gym intermediate week) in one transaction, with
 * the app's WAL and synchronous=FULL settings, so the figure includes the
 * fsync. The Week view saves once per main-loop turn, on the main thread.
 *
 *   bench-plan-save [--runs N] [--dir DIR]
 *
 * DIR should be on the disk the user's data lives on (default: the user's
 * cache folder); a tmpfs hides the fsync.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>

#include "scapula-catalog.h"
#include "scapula-init.h"
#include "scapula-plan-generator.h"
#include "scapula-plan-store.h"

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
  int runs = 200;
  g_autofree char *dir = NULL;
  const GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Saves to time", "N" },
    { "dir", 0, 0, G_OPTION_ARG_FILENAME, &dir, "Folder for the database", "DIR" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("- time saving a plan");
  g_autoptr(GError) error = NULL;
  g_autoptr(ScapulaCatalog) catalog = NULL;
  g_autoptr(ScapulaDatabase) db = NULL;
  g_autoptr(ScapulaPlanStore) store = NULL;
  g_autoptr(ScapulaPlan) plan = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  ScapulaPlanRequest request = {
    .equipment = SCAPULA_EQUIPMENT_PRESET_GYM,
    .level = SCAPULA_LEVEL_INTERMEDIATE,
    .days_per_week = 6,
    .minutes = 75,
    .seed = 1,
  };
  guint n_items = 0;
  GDate start;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || runs < 1)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "--runs must be at least 1");
      return 2;
    }

  scapula_ensure_resources ();
  catalog = scapula_catalog_new_default ();

  folder = g_build_filename (dir != NULL ? dir : g_get_user_cache_dir (), "scapula-bench-XXXXXX", NULL);
  if (g_mkdtemp (folder) == NULL)
    {
      g_printerr ("Could not make a folder in %s\n", dir != NULL ? dir : g_get_user_cache_dir ());
      return 1;
    }
  path = g_build_filename (folder, "scapula.db", NULL);
  db = scapula_database_open (path, &error);
  g_assert_no_error (error);
  store = scapula_plan_store_new (db, &error);
  g_assert_no_error (error);

  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 23, G_DATE_NOVEMBER, 2026);
  plan = scapula_plan_generate (catalog, &request, "Bench", &start);
  scapula_plan_store_add (store, plan, &error);
  g_assert_no_error (error);
  for (guint d = 1; d <= 7; d++)
    n_items += scapula_plan_day_get_n_items (scapula_plan_get_day (plan, d));

  for (int i = 0; i < runs; i++)
    {
      gint64 begin;
      double ms;

      /* One edit, as a rename would be: the whole plan is rewritten. */
      scapula_plan_set_block_weeks (plan, 6 + i % 2);
      begin = g_get_monotonic_time ();
      scapula_plan_store_flush (store, &error);
      ms = (g_get_monotonic_time () - begin) / 1000.0;
      g_assert_no_error (error);
      g_array_append_val (times, ms);
    }

  g_array_sort (times, compare_doubles);
  printf ("plan save: %u items, %d saves: median %.2f ms, 90th percentile %.2f ms, max %.2f ms\n",
          n_items, runs,
          g_array_index (times, double, runs / 2),
          g_array_index (times, double, runs * 9 / 10),
          g_array_index (times, double, runs - 1));

  g_clear_object (&store);
  scapula_database_close (db);
  g_unlink (path);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);

    g_unlink (wal);
    g_unlink (shm);
  }
  g_rmdir (folder);

  return 0;
}
