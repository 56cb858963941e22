/* scapula-plan-print.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "scapula-catalog.h"
#include "scapula-plan.h"

G_BEGIN_DECLS

GtkPrintOperation *scapula_plan_print_operation_new (ScapulaPlan     *plan,
                                                     ScapulaCatalog  *catalog,
                                                     GHashTable      *custom_names,
                                                     guint            week_start);
void               scapula_plan_print               (ScapulaPlan     *plan,
                                                     ScapulaCatalog  *catalog,
                                                     guint            week_start,
                                                     GtkWindow       *parent);
gboolean           scapula_plan_export_pdf          (ScapulaPlan     *plan,
                                                     ScapulaCatalog  *catalog,
                                                     guint            week_start,
                                                     const char      *path,
                                                     GError         **error);

G_END_DECLS
