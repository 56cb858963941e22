/* scapula-plan-dialogs.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "scapula-catalog.h"
#include "scapula-plan.h"

G_BEGIN_DECLS

typedef void (*ScapulaExercisePicked) (const char  *slug,
                                       gpointer     user_data);
typedef void (*ScapulaPlanGenerated)  (ScapulaPlan *plan,
                                       gpointer     user_data);

GtkWindow *scapula_exercise_picker_new       (GtkWindow             *parent,
                                              ScapulaCatalog        *catalog,
                                              const char            *day_name,
                                              ScapulaExercisePicked  callback,
                                              gpointer               user_data);
GtkWindow *scapula_generate_dialog_new       (GtkWindow             *parent,
                                              ScapulaCatalog        *catalog,
                                              const GDate           *start_date,
                                              ScapulaPlanGenerated   callback,
                                              gpointer               user_data);
GtkWindow *scapula_plan_settings_dialog_new  (GtkWindow             *parent,
                                              ScapulaPlan           *plan);

G_END_DECLS
