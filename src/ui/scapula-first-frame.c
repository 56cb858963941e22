/* scapula-first-frame.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "scapula-first-frame"

#include "config.h"

#include <stdio.h>

#include "scapula-first-frame.h"

/* Support for bench/startup: the app and the bare reference window both call
 * this, so both are measured by the same code. When the window's first frame
 * has been painted, print the system-wide monotonic clock (the benchmark
 * took its own reading just before spawning us) and quit.
 */

static void
after_paint_cb (GdkFrameClock *frame_clock,
                GtkWindow     *window)
{
  GApplication *app;

  printf ("first-frame-us %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  fflush (stdout);

  g_signal_handlers_disconnect_by_func (frame_clock, after_paint_cb, window);

  app = G_APPLICATION (gtk_window_get_application (window));
  if (app != NULL)
    g_application_quit (app);
}

static void
realize_cb (GtkWindow *window)
{
  GdkFrameClock *frame_clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));

  g_signal_connect_object (frame_clock, "after-paint", G_CALLBACK (after_paint_cb),
                           window, 0);
}

void
scapula_first_frame_report (GtkWindow *window)
{
  g_return_if_fail (GTK_IS_WINDOW (window));

  g_signal_connect (window, "realize", G_CALLBACK (realize_cb), NULL);
}
