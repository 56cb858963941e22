/* scapula-muscle-map.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "scapula-types.h"

G_BEGIN_DECLS

#define SCAPULA_MUSCLE_MAP_ERROR (scapula_muscle_map_error_quark ())

typedef enum
{
  SCAPULA_MUSCLE_MAP_ERROR_INVALID,
} ScapulaMuscleMapError;

/* These enums are not in scapula-types.h on purpose: they have no GType and
 * their tokens in back.xml ("left", "deep", "bone", …) are parsed here, so
 * glib-mkenums does not need to know about them.
 */

/**
 * ScapulaBodySide:
 * @SCAPULA_BODY_SIDE_LEFT: the left half of the picture
 * @SCAPULA_BODY_SIDE_RIGHT: the right half of the picture
 * @SCAPULA_BODY_SIDE_CENTER: on the midline
 *
 * Sides are as drawn. The picture shows the back, so its left half is also
 * the body's left side.
 */
typedef enum
{
  SCAPULA_BODY_SIDE_LEFT,
  SCAPULA_BODY_SIDE_RIGHT,
  SCAPULA_BODY_SIDE_CENTER,
} ScapulaBodySide;

/**
 * ScapulaMuscleLayer:
 * @SCAPULA_MUSCLE_LAYER_SUPERFICIAL: seen on the skin side of the body
 * @SCAPULA_MUSCLE_LAYER_DEEP: under another muscle; shown on the deep side
 *   of the picture, where the covering muscle is left out
 */
typedef enum
{
  SCAPULA_MUSCLE_LAYER_SUPERFICIAL,
  SCAPULA_MUSCLE_LAYER_DEEP,
} ScapulaMuscleLayer;

/**
 * ScapulaDetailKind:
 * @SCAPULA_DETAIL_KIND_MUSCLE: a closed shape, filled: a muscle that is
 *   drawn for the picture's sake but cannot be picked
 * @SCAPULA_DETAIL_KIND_BONE: a bony landmark (spine, scapula, pelvis)
 * @SCAPULA_DETAIL_KIND_CONTOUR: a line of the body's surface
 * @SCAPULA_DETAIL_KIND_FIBRE: a hint at the direction of muscle fibres
 */
typedef enum
{
  SCAPULA_DETAIL_KIND_MUSCLE,
  SCAPULA_DETAIL_KIND_BONE,
  SCAPULA_DETAIL_KIND_CONTOUR,
  SCAPULA_DETAIL_KIND_FIBRE,
} ScapulaDetailKind;

typedef enum
{
  SCAPULA_PATH_MOVE_TO,
  SCAPULA_PATH_LINE_TO,
  SCAPULA_PATH_CURVE_TO,
  SCAPULA_PATH_CLOSE,
} ScapulaPathOp;

/**
 * ScapulaPathElement:
 * @op: what the element does
 * @x: x coordinates; MOVE_TO and LINE_TO use x[0], CURVE_TO uses all three
 *   (two control points, then the end point), CLOSE none
 * @y: y coordinates, like @x
 *
 * One step of a path, in map coordinates: x from 0 to 1, y from 0 to the
 * map's aspect.
 */
typedef struct
{
  ScapulaPathOp op;
  double        x[3];
  double        y[3];
} ScapulaPathElement;

/**
 * ScapulaMuscleRegion:
 * @muscle: the muscle this shape belongs to
 * @side: which half of the picture it is on
 * @layer: whether it is drawn as a superficial or a deep muscle
 * @label_x: x of a point inside the region (for tooltips, focus, tests)
 * @label_y: y of that point
 * @path: the shape, a closed path
 * @n_path: number of elements in @path
 * @x1: left edge of the shape's bounding box
 * @y1: top edge of the bounding box
 * @x2: right edge of the bounding box
 * @y2: bottom edge of the bounding box
 *
 * One picked shape of the map. A muscle usually has one region per side.
 */
typedef struct
{
  ScapulaMuscle              muscle;
  ScapulaBodySide            side;
  ScapulaMuscleLayer         layer;
  double                     label_x;
  double                     label_y;
  const ScapulaPathElement  *path;
  guint                      n_path;
  double                     x1;
  double                     y1;
  double                     x2;
  double                     y2;
} ScapulaMuscleRegion;

/**
 * ScapulaMapDetail:
 * @kind: how the detail is drawn
 * @name: (nullable): what it shows, for people reading the file
 * @path: the shape
 * @n_path: number of elements in @path
 *
 * Something drawn that cannot be picked.
 */
typedef struct
{
  ScapulaDetailKind          kind;
  const char                *name;
  const ScapulaPathElement  *path;
  guint                      n_path;
} ScapulaMapDetail;

#define SCAPULA_TYPE_MUSCLE_MAP (scapula_muscle_map_get_type ())

G_DECLARE_FINAL_TYPE (ScapulaMuscleMap, scapula_muscle_map, SCAPULA, MUSCLE_MAP, GObject)

GQuark                     scapula_muscle_map_error_quark          (void);
ScapulaMuscleMap          *scapula_muscle_map_new_from_bytes       (GBytes            *bytes,
                                                                    GError           **error);
ScapulaMuscleMap          *scapula_muscle_map_new_default          (void);
double                     scapula_muscle_map_get_aspect           (ScapulaMuscleMap  *self);
ScapulaBodySide            scapula_muscle_map_get_superficial_side (ScapulaMuscleMap  *self);
guint                      scapula_muscle_map_get_n_outlines       (ScapulaMuscleMap  *self);
const ScapulaPathElement  *scapula_muscle_map_get_outline          (ScapulaMuscleMap  *self,
                                                                    guint              index,
                                                                    guint             *n_path);
guint                      scapula_muscle_map_get_n_regions        (ScapulaMuscleMap  *self);
const ScapulaMuscleRegion *scapula_muscle_map_get_region           (ScapulaMuscleMap  *self,
                                                                    guint              index);
guint                      scapula_muscle_map_get_n_details        (ScapulaMuscleMap  *self);
const ScapulaMapDetail    *scapula_muscle_map_get_detail           (ScapulaMuscleMap  *self,
                                                                    guint              index);
gboolean                   scapula_muscle_map_region_contains      (ScapulaMuscleMap  *self,
                                                                    guint              index,
                                                                    double             x,
                                                                    double             y);
int                        scapula_muscle_map_hit_test             (ScapulaMuscleMap  *self,
                                                                    double             x,
                                                                    double             y);
gboolean                   scapula_muscle_map_has_muscle           (ScapulaMuscleMap  *self,
                                                                    ScapulaMuscle      muscle);

G_END_DECLS
