/* bench-startup.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bench-startup"

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "scapula-bench-history.h"
#include "scapula-database.h"

/* Startup benchmark (DESIGN.md §9: first frame within 1.25× a bare
 * libadwaita window, with 100,000 logged sets in the database).
 *
 * Both the app and the bare reference window print the monotonic clock when
 * their first frame has been painted (scapula-first-frame.c) and quit. We
 * read the same clock just before spawning each of them, so the difference
 * is the whole startup as a user sees it: exec, dynamic linking, GTK and
 * libadwaita initialisation, the app's own work and the first paint.
 *
 * The children run with their own temporary HOME and XDG folders, a memory
 * GSettings backend and the build tree's compiled schema, so the real
 * user's data and settings are never touched. The app's database there is
 * seeded first with a realistic history.
 *
 * Runs alternate (app, bare, app, bare, …) after one discarded warm-up run
 * of each, so slow drift of the machine hits both alike; the medians are
 * compared. Differences under ~30 ms are noise on the CI machines
 * (TOOLCHAIN.md, "Startup measurement").
 */

#define DEFAULT_RUNS            15
#define MIN_RUNS                11
#define MAX_RUNS                1000
#define DEFAULT_SETS            100000
#define MAX_SETS                10000000
#define CHILD_TIMEOUT_SECONDS   20
#define RATIO_GOAL              1.25
#define FIRST_FRAME_PREFIX      "first-frame-us "

typedef struct
{
  GSubprocess      *process;         /* owned */
  GDataInputStream *output;          /* owned, the child's stdout */
  GCancellable     *cancellable;     /* owned */
  guint             timeout_id;
  guint             pending;         /* async operations in flight */
  gint64            first_frame_us;  /* -1 until the child reports */
  GError           *read_error;      /* owned, nullable */
  guint             exited : 1;
  guint             output_closed : 1;
  guint             timed_out : 1;
} Run;

typedef struct
{
  const char *label;
  const char *path;
  GArray     *ms;  /* of double */
} Subject;

static gboolean
delete_tree (const char  *path,
             GError     **error)
{
  GStatBuf st;

  if (g_lstat (path, &st) != 0)
    {
      int saved_errno = errno;

      if (saved_errno == ENOENT)
        return TRUE;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "Could not read “%s”: %s", path, g_strerror (saved_errno));
      return FALSE;
    }

  if (S_ISDIR (st.st_mode))
    {
      g_autoptr(GDir) dir = NULL;
      const char *name;

      if (!(dir = g_dir_open (path, 0, error)))
        return FALSE;

      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          if (!delete_tree (child, error))
            return FALSE;
        }
    }

  if (g_remove (path) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "Could not remove “%s”: %s", path, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

/* The app's database, seeded with the shared five-year history
 * (scapula-bench-history.c), ending now so "this week" and "last month"
 * find data. */
static gboolean
seed_database (const char  *path,
               guint        n_sets,
               GError     **error)
{
  g_autoptr(ScapulaDatabase) db = NULL;

  if (!(db = scapula_database_open (path, error)))
    return FALSE;

  if (!scapula_bench_history_fill (db, n_sets, g_get_real_time () / G_USEC_PER_SEC, NULL, error))
    {
      g_prefix_error (error, "Could not seed the database “%s”: ", path);
      return FALSE;
    }

  return TRUE;
}

static void read_next_line (Run *run);

static void
read_line_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  Run *run = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;

  run->pending--;

  line = g_data_input_stream_read_line_finish_utf8 (G_DATA_INPUT_STREAM (object), result, NULL, &error);

  if (line == NULL)
    {
      if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (&run->read_error, g_steal_pointer (&error));
      run->output_closed = TRUE;
      return;
    }

  if (run->first_frame_us < 0 && g_str_has_prefix (line, FIRST_FRAME_PREFIX))
    {
      guint64 value;

      if (g_ascii_string_to_unsigned (line + strlen (FIRST_FRAME_PREFIX), 10, 1, G_MAXINT64,
                                      &value, &error))
        run->first_frame_us = (gint64) value;
      else if (run->read_error == NULL)
        g_propagate_prefixed_error (&run->read_error, g_steal_pointer (&error),
                                    "Unreadable report “%s”: ", line);
    }

  /* Keep draining, so a chatty child never blocks on a full pipe. */
  read_next_line (run);
}

static void
read_next_line (Run *run)
{
  run->pending++;
  g_data_input_stream_read_line_async (run->output, G_PRIORITY_DEFAULT, run->cancellable,
                                       read_line_cb, run);
}

static void
wait_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  Run *run = user_data;

  run->pending--;

  /* Only fails when cancelled, and we never cancel the wait. */
  g_subprocess_wait_finish (G_SUBPROCESS (object), result, NULL);
  run->exited = TRUE;
}

static gboolean
timeout_cb (gpointer user_data)
{
  Run *run = user_data;

  run->timeout_id = 0;
  run->timed_out = TRUE;
  g_subprocess_force_exit (run->process);

  return G_SOURCE_REMOVE;
}

static gboolean
run_is_over (Run *run)
{
  /* A grandchild could keep the pipe open after the child exits, so once
   * the report is in (or the child was killed) the exit alone is enough. */
  return run->exited && (run->output_closed || run->first_frame_us >= 0 || run->timed_out);
}

static char *
describe_exit (GSubprocess *process)
{
  if (g_subprocess_get_if_signaled (process))
    return g_strdup_printf ("was killed by signal %d", g_subprocess_get_term_sig (process));

  return g_strdup_printf ("exited with status %d", g_subprocess_get_exit_status (process));
}

static void
print_child_stderr (const char *label,
                    const char *stderr_path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  const char *start;

  if (!g_file_get_contents (stderr_path, &contents, &length, NULL) || length == 0)
    return;

  /* The end is where a failure explains itself. */
  start = length > 4000 ? contents + length - 4000 : contents;
  g_printerr ("--- %s stderr%s ---\n%s%s--- end of %s stderr ---\n",
              label, start != contents ? " (last 4000 bytes)" : "", start,
              g_str_has_suffix (start, "\n") ? "" : "\n", label);
}

/* Runs @path once. Returns the time from just before the spawn to the
 * child's first frame, in microseconds, or -1 with @error set. */
static gint64
measure_once (GSubprocessLauncher  *launcher,
              const char           *path,
              const char           *stderr_path,
              GError              **error)
{
  const char *argv[] = { path, NULL };
  g_autofree char *exit_text = NULL;
  gint64 spawned_at;
  gint64 result = -1;
  Run run = { 0 };

  run.first_frame_us = -1;
  run.cancellable = g_cancellable_new ();

  /* So a spawn that fails leaves no older run's messages behind. */
  g_remove (stderr_path);

  spawned_at = g_get_monotonic_time ();
  run.process = g_subprocess_launcher_spawnv (launcher, argv, error);
  if (run.process == NULL)
    {
      g_prefix_error (error, "Could not start “%s”: ", path);
      g_clear_object (&run.cancellable);
      return -1;
    }

  run.output = g_data_input_stream_new (g_subprocess_get_stdout_pipe (run.process));
  run.timeout_id = g_timeout_add (CHILD_TIMEOUT_SECONDS * 1000, timeout_cb, &run);

  read_next_line (&run);
  run.pending++;
  g_subprocess_wait_async (run.process, NULL, wait_cb, &run);

  while (!run_is_over (&run))
    g_main_context_iteration (NULL, TRUE);

  /* Nothing may call back into @run once this function returns. */
  g_clear_handle_id (&run.timeout_id, g_source_remove);
  g_cancellable_cancel (run.cancellable);
  while (run.pending > 0)
    g_main_context_iteration (NULL, TRUE);

  exit_text = describe_exit (run.process);

  if (run.first_frame_us < 0)
    {
      if (run.timed_out)
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT,
                     "“%s” did not report a first frame within %d s and was killed "
                     "(is there a display? is it already running on this session bus?)",
                     path, CHILD_TIMEOUT_SECONDS);
      else if (run.read_error != NULL)
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                     "“%s” %s; reading its output failed: %s",
                     path, exit_text, run.read_error->message);
      else
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                     "“%s” %s without reporting a first frame", path, exit_text);
    }
  else if (run.first_frame_us <= spawned_at)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   "“%s” reported a first frame before it was started "
                   "(%" G_GINT64_FORMAT " µs ≤ %" G_GINT64_FORMAT " µs)",
                   path, run.first_frame_us, spawned_at);
    }
  else
    {
      result = run.first_frame_us - spawned_at;

      if (run.timed_out)
        g_printerr ("warning: “%s” reported its first frame but did not quit; it was killed\n", path);
      else if (!g_subprocess_get_successful (run.process))
        g_printerr ("warning: “%s” reported its first frame, then %s\n", path, exit_text);
    }

  g_clear_error (&run.read_error);
  g_clear_object (&run.output);
  g_clear_object (&run.process);
  g_clear_object (&run.cancellable);

  return result;
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (GArray *values)
{
  g_autoptr(GArray) sorted = NULL;
  guint n = values->len;

  g_assert (n > 0);

  sorted = g_array_sized_new (FALSE, FALSE, sizeof (double), n);
  g_array_append_vals (sorted, values->data, n);
  g_array_sort (sorted, compare_double);

  if (n % 2 == 1)
    return g_array_index (sorted, double, n / 2);

  return (g_array_index (sorted, double, n / 2 - 1) + g_array_index (sorted, double, n / 2)) / 2.0;
}

static GSubprocessLauncher *
create_launcher (const char *tmp_dir)
{
  static const struct {
    const char *variable;
    const char *folder;
  } folders[] = {
    { "HOME", "home" },
    { "XDG_DATA_HOME", "data" },
    { "XDG_CONFIG_HOME", "config" },
    { "XDG_CACHE_HOME", "cache" },
    { "XDG_STATE_HOME", "state" },
  };
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autofree char *stderr_path = NULL;

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);

  for (guint i = 0; i < G_N_ELEMENTS (folders); i++)
    {
      g_autofree char *path = g_build_filename (tmp_dir, folders[i].folder, NULL);

      g_subprocess_launcher_setenv (launcher, folders[i].variable, path, TRUE);
    }

  g_subprocess_launcher_setenv (launcher, "GSETTINGS_SCHEMA_DIR", SCHEMA_DIR, TRUE);
  g_subprocess_launcher_setenv (launcher, "GSETTINGS_BACKEND", "memory", TRUE);
  g_subprocess_launcher_setenv (launcher, "SCAPULA_BENCH_FIRST_FRAME", "1", TRUE);

  /* Each spawn truncates it: it holds the latest run's messages. */
  stderr_path = g_build_filename (tmp_dir, "child-stderr.log", NULL);
  g_subprocess_launcher_set_stderr_file_path (launcher, stderr_path);

  return g_steal_pointer (&launcher);
}

static gboolean
make_folders (const char  *tmp_dir,
              GError     **error)
{
  static const char * const names[] = { "home", "data", "config", "cache", "state" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (tmp_dir, names[i], NULL);

      if (g_mkdir_with_parents (path, 0700) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       "Could not create “%s”: %s", path, g_strerror (saved_errno));
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
check_program (const char  *label,
               const char  *path,
               GError     **error)
{
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR) ||
      !g_file_test (path, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   "The %s program “%s” is missing or not executable (build it first)",
                   label, path);
      return FALSE;
    }

  return TRUE;
}

static gboolean
run_benchmark (const char  *tmp_dir,
               Subject     *subjects,
               guint        n_subjects,
               int          runs,
               GError     **error)
{
  g_autoptr(GSubprocessLauncher) launcher = create_launcher (tmp_dir);
  g_autofree char *stderr_path = g_build_filename (tmp_dir, "child-stderr.log", NULL);

  /* Pass 0 is the warm-up: it fills the page cache, font and shader
   * caches, and is not counted. */
  for (int pass = 0; pass <= runs; pass++)
    {
      for (guint i = 0; i < n_subjects; i++)
        {
          Subject *subject = &subjects[i];
          gint64 us;
          double ms;

          us = measure_once (launcher, subject->path, stderr_path, error);
          if (us < 0)
            {
              print_child_stderr (subject->label, stderr_path);
              return FALSE;
            }

          ms = us / 1000.0;

          if (pass == 0)
            {
              g_print ("%-4s warm-up %7.1f ms (not counted)\n", subject->label, ms);

              /* Say once what a child complains about, e.g. a11y without a bus. */
              print_child_stderr (subject->label, stderr_path);
            }
          else
            {
              g_array_append_val (subject->ms, ms);
              g_print ("%-4s run %2d  %7.1f ms\n", subject->label, pass, ms);
            }
        }
    }

  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) cleanup_error = NULL;
  g_autofree char *app_path = NULL;
  g_autofree char *bare_path = NULL;
  g_autofree char *tmp_dir = NULL;
  g_autofree char *db_path = NULL;
  g_autoptr(GArray) app_ms = NULL;
  g_autoptr(GArray) bare_ms = NULL;
  const char *renderer;
  const char *backend;
  int runs = DEFAULT_RUNS;
  int sets = DEFAULT_SETS;
  gboolean measured;
  gint64 seed_started;
  Subject subjects[2];
  const GOptionEntry entries[] = {
    { "runs", 'n', 0, G_OPTION_ARG_INT, &runs,
      "Counted runs of each program (default 15, at least 11)", "N" },
    { "app", 0, 0, G_OPTION_ARG_FILENAME, &app_path,
      "The app to measure (default: the build tree's scapula)", "PATH" },
    { "bare", 0, 0, G_OPTION_ARG_FILENAME, &bare_path,
      "The bare reference window (default: the build tree's bench-bare-window)", "PATH" },
    { "sets", 0, 0, G_OPTION_ARG_INT, &sets,
      "Logged sets to seed the app's database with (default 100000)", "N" },
    { NULL }
  };

  setlocale (LC_ALL, "");

  /* Progress shows run by run, and in order with the children's messages. */
  setvbuf (stdout, NULL, _IOLBF, 0);

  context = g_option_context_new ("- time the app's first frame against a bare libadwaita window");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("bench-startup: %s\n", error->message);
      return EXIT_FAILURE;
    }

  if (runs < MIN_RUNS || runs > MAX_RUNS)
    {
      g_printerr ("bench-startup: --runs must be between %d and %d: fewer runs are "
                  "too noisy to compare\n", MIN_RUNS, MAX_RUNS);
      return EXIT_FAILURE;
    }

  if (sets < 0 || sets > MAX_SETS)
    {
      g_printerr ("bench-startup: --sets must be between 0 and %d\n", MAX_SETS);
      return EXIT_FAILURE;
    }

  if (app_path == NULL)
    app_path = g_strdup (SCAPULA_BIN);
  if (bare_path == NULL)
    bare_path = g_strdup (BARE_WINDOW_BIN);

  if (!check_program ("app", app_path, &error) ||
      !check_program ("bare window", bare_path, &error))
    {
      g_printerr ("bench-startup: %s\n", error->message);
      return EXIT_FAILURE;
    }

  if (!(tmp_dir = g_dir_make_tmp ("scapula-bench-XXXXXX", &error)) ||
      !make_folders (tmp_dir, &error))
    {
      g_printerr ("bench-startup: %s\n", error->message);
      return EXIT_FAILURE;
    }

  /* Where the app looks: scapula_database_get_default_path() under the
   * children's XDG_DATA_HOME. */
  db_path = g_build_filename (tmp_dir, "data", BASE_ID, "scapula.db", NULL);

  seed_started = g_get_monotonic_time ();
  measured = seed_database (db_path, sets, &error);
  if (measured)
    g_print ("Seeded %s with %d logged sets in %.1f s\n", db_path, sets,
             (g_get_monotonic_time () - seed_started) / (double) G_USEC_PER_SEC);

  app_ms = g_array_new (FALSE, FALSE, sizeof (double));
  bare_ms = g_array_new (FALSE, FALSE, sizeof (double));
  subjects[0] = (Subject) { "app", app_path, app_ms };
  subjects[1] = (Subject) { "bare", bare_path, bare_ms };

  if (measured)
    measured = run_benchmark (tmp_dir, subjects, G_N_ELEMENTS (subjects), runs, &error);

  if (!delete_tree (tmp_dir, &cleanup_error))
    g_printerr ("bench-startup: warning: %s\n", cleanup_error->message);

  if (!measured)
    {
      g_printerr ("bench-startup: %s\n", error->message);
      return EXIT_FAILURE;
    }

  renderer = g_getenv ("GSK_RENDERER");
  backend = g_getenv ("GDK_BACKEND");

  {
    double app_median = median (app_ms);
    double bare_median = median (bare_ms);
    double ratio = app_median / bare_median;

    g_print ("\napp median %.1f ms, bare median %.1f ms, ratio %.2f (goal ≤ %.2f)%s\n",
             app_median, bare_median, ratio, RATIO_GOAL,
             ratio <= RATIO_GOAL ? "" : " — OVER THE GOAL");
  }

  g_print ("environment: GSK_RENDERER=%s, GDK_BACKEND=%s, %d logged sets, %d counted runs each "
           "(+1 warm-up), %s\n",
           renderer != NULL ? renderer : "(unset: GTK's default)",
           backend != NULL ? backend : "(unset)",
           sets, runs,
           g_getenv ("DBUS_SESSION_BUS_ADDRESS") != NULL ? "session bus present" : "no session bus");

  return EXIT_SUCCESS;
}
