/* scapula-init.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "scapula-init"

#include "config.h"

#include <gio/gio.h>

#include "scapula-init.h"
#include "scapula-resources.h"

/**
 * scapula_ensure_resources:
 *
 * Registers the app's #GResource bundle once. The bundle is linked into the
 * private static library, where a constructor-registered resource could be
 * dropped by the linker; registering it on first use keeps the app and every
 * test on the same path.
 */
void
scapula_ensure_resources (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      scapula_register_resource ();
      g_once_init_leave (&initialized, 1);
    }
}
