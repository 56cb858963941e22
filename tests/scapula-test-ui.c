/* scapula-test-ui.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "scapula-init.h"
#include "scapula-test-ui.h"

/**
 * scapula_test_ui_init:
 *
 * Sets up a UI test: the user's folders in a fresh temporary one, GTK's
 * test accessibility backend (it keeps accessible state without a bus),
 * GTest, GTK, libadwaita and the app's resources and icons.
 *
 * Not G_TEST_OPTION_ISOLATE_DIRS: it also empties XDG_DATA_DIRS, which
 * hides shared-mime-info, and without it the SVG icons cannot load.
 *
 * Returns: %FALSE when there is no display; the test should exit 77.
 */
gboolean
scapula_test_ui_init (int    *argc,
                      char ***argv)
{
  g_autofree char *home = g_dir_make_tmp ("scapula-test-XXXXXX", NULL);

  g_assert_nonnull (home);
  g_setenv ("HOME", home, TRUE);
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  g_setenv ("XDG_CONFIG_HOME", home, TRUE);
  g_setenv ("XDG_CACHE_HOME", home, TRUE);
  g_setenv ("XDG_STATE_HOME", home, TRUE);
  g_setenv ("GTK_A11Y", "test", TRUE);

  g_test_init (argc, argv, NULL);

  if (!gtk_init_check ())
    {
      g_printerr ("No display: skipping UI tests\n");
      return FALSE;
    }

  scapula_ensure_resources ();
  adw_init ();
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    "/io/github/scapula/Scapula/icons");
  return TRUE;
}

/**
 * scapula_test_wait_for_frames:
 *
 * Lets layout settle: waits for @n frames of @widget and runs whatever
 * each of them queued.
 */
void
scapula_test_wait_for_frames (GtkWidget *widget,
                              guint      n)
{
  for (guint i = 0; i < n; i++)
    {
      gtk_test_widget_wait_for_draw (widget);
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }
}
