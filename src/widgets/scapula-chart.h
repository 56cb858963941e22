/* scapula-chart.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "scapula-chart-scale.h"

G_BEGIN_DECLS

#define SCAPULA_TYPE_CHART (scapula_chart_get_type ())

G_DECLARE_FINAL_TYPE (ScapulaChart, scapula_chart, SCAPULA, CHART, GtkWidget)

GtkWidget                *scapula_chart_new                (void);
ScapulaChartForm          scapula_chart_get_form           (ScapulaChart            *self);
void                      scapula_chart_set_form           (ScapulaChart            *self,
                                                            ScapulaChartForm         form);
ScapulaChartXKind         scapula_chart_get_x_kind         (ScapulaChart            *self);
void                      scapula_chart_set_x_kind         (ScapulaChart            *self,
                                                            ScapulaChartXKind        x_kind);
ScapulaChartValueKind     scapula_chart_get_value_kind     (ScapulaChart            *self);
void                      scapula_chart_set_value_kind     (ScapulaChart            *self,
                                                            ScapulaChartValueKind    value_kind);
ScapulaWeightUnit         scapula_chart_get_weight_unit    (ScapulaChart            *self);
void                      scapula_chart_set_weight_unit    (ScapulaChart            *self,
                                                            ScapulaWeightUnit        unit);
ScapulaChartPointKind     scapula_chart_get_point_kind     (ScapulaChart            *self);
void                      scapula_chart_set_point_kind     (ScapulaChart            *self,
                                                            ScapulaChartPointKind    point_kind);
const char               *scapula_chart_get_title          (ScapulaChart            *self);
void                      scapula_chart_set_title          (ScapulaChart            *self,
                                                            const char              *title);
const char               *scapula_chart_get_summary        (ScapulaChart            *self);
void                      scapula_chart_set_summary        (ScapulaChart            *self,
                                                            const char              *summary);
const char               *scapula_chart_get_empty_text     (ScapulaChart            *self);
void                      scapula_chart_set_empty_text     (ScapulaChart            *self,
                                                            const char              *empty_text);
gint64                    scapula_chart_get_since          (ScapulaChart            *self);
gint64                    scapula_chart_get_until          (ScapulaChart            *self);
void                      scapula_chart_set_range          (ScapulaChart            *self,
                                                            gint64                   since,
                                                            gint64                   until);
gint64                    scapula_chart_get_bucket         (ScapulaChart            *self);
void                      scapula_chart_set_bucket         (ScapulaChart            *self,
                                                            gint64                   bucket);
GDateWeekday              scapula_chart_get_week_start     (ScapulaChart            *self);
void                      scapula_chart_set_week_start     (ScapulaChart            *self,
                                                            GDateWeekday             week_start);
void                      scapula_chart_set_categories     (ScapulaChart            *self,
                                                            const char * const      *labels);
guint                     scapula_chart_add_series         (ScapulaChart            *self,
                                                            const char              *name,
                                                            const ScapulaChartDatum *data,
                                                            guint                    n_data);
guint                     scapula_chart_get_n_series       (ScapulaChart            *self);
void                      scapula_chart_clear              (ScapulaChart            *self);
void                      scapula_chart_set_reference      (ScapulaChart            *self,
                                                            double                   low,
                                                            double                   high,
                                                            const char              *label);
void                      scapula_chart_clear_reference    (ScapulaChart            *self);
int                       scapula_chart_get_readout        (ScapulaChart            *self);

/* Private: for the tests and the screenshot tool, not for views. */
const ScapulaChartLayout *_scapula_chart_get_layout        (ScapulaChart            *self);
const char               *_scapula_chart_get_description   (ScapulaChart            *self);
int                       _scapula_chart_get_cursor        (ScapulaChart            *self);
void                      _scapula_chart_set_time_zone     (ScapulaChart            *self,
                                                            GTimeZone               *tz);
void                      _scapula_chart_hover             (ScapulaChart            *self,
                                                            double                   x,
                                                            double                   y);
gboolean                  _scapula_chart_get_readout_rect  (ScapulaChart            *self,
                                                            graphene_rect_t         *rect);

G_END_DECLS
