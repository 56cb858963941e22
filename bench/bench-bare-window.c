/* bench-bare-window.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bench-bare-window"

#include "config.h"

#include <adwaita.h>

#include "scapula-first-frame.h"

/* The reference for bench-startup: the least a libadwaita app can show, a
 * plain AdwApplicationWindow at the size Scapula opens with by default and
 * with no content. It reports its first frame through the same code as the
 * app and then quits.
 */

#define BARE_APP_ID "io.github.scapula.Scapula.BenchBare"

/* The defaults of window-width and window-height in the app's schema. */
#define BARE_WIDTH  1000
#define BARE_HEIGHT 720

static void
activate_cb (GApplication *app,
             gpointer      user_data)
{
  GtkWidget *window;

  window = adw_application_window_new (GTK_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (window), BARE_WIDTH, BARE_HEIGHT);

  scapula_first_frame_report (GTK_WINDOW (window));

  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;

  app = adw_application_new (BARE_APP_ID, G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
