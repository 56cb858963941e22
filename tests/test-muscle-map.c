/* test-muscle-map.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "scapula-enums.h"
#include "scapula-muscle-map.h"
#include "scapula-vocabulary.h"

/* The muscles DESIGN.md §3 asks the diagram to show, plus the forearms,
 * which are visible from behind. */
static const ScapulaMuscle design_muscles[] = {
  SCAPULA_MUSCLE_TRAPEZIUS_UPPER,
  SCAPULA_MUSCLE_TRAPEZIUS_MIDDLE,
  SCAPULA_MUSCLE_TRAPEZIUS_LOWER,
  SCAPULA_MUSCLE_RHOMBOID_MAJOR,
  SCAPULA_MUSCLE_RHOMBOID_MINOR,
  SCAPULA_MUSCLE_LATISSIMUS_DORSI,
  SCAPULA_MUSCLE_ERECTOR_SPINAE,
  SCAPULA_MUSCLE_POSTERIOR_DELTOID,
  SCAPULA_MUSCLE_INFRASPINATUS,
  SCAPULA_MUSCLE_TERES_MAJOR,
  SCAPULA_MUSCLE_TERES_MINOR,
  SCAPULA_MUSCLE_GLUTEUS_MAXIMUS,
  SCAPULA_MUSCLE_HAMSTRINGS,
  SCAPULA_MUSCLE_FOREARMS,
};

/* Muscles on both halves of the picture whatever the layer. */
static const ScapulaMuscle bilateral_muscles[] = {
  SCAPULA_MUSCLE_LATISSIMUS_DORSI,
  SCAPULA_MUSCLE_ERECTOR_SPINAE,
  SCAPULA_MUSCLE_POSTERIOR_DELTOID,
  SCAPULA_MUSCLE_INFRASPINATUS,
  SCAPULA_MUSCLE_TERES_MAJOR,
  SCAPULA_MUSCLE_TERES_MINOR,
  SCAPULA_MUSCLE_GLUTEUS_MAXIMUS,
  SCAPULA_MUSCLE_HAMSTRINGS,
  SCAPULA_MUSCLE_FOREARMS,
};

static ScapulaBodySide
other_side (ScapulaBodySide side)
{
  return side == SCAPULA_BODY_SIDE_LEFT ? SCAPULA_BODY_SIDE_RIGHT : SCAPULA_BODY_SIDE_LEFT;
}

static guint
count_regions (ScapulaMuscleMap *map,
               ScapulaMuscle     muscle,
               ScapulaBodySide   side)
{
  guint n = 0;

  for (guint i = 0; i < scapula_muscle_map_get_n_regions (map); i++)
    {
      const ScapulaMuscleRegion *region = scapula_muscle_map_get_region (map, i);

      if (region->muscle == muscle && region->side == side)
        n++;
    }

  return n;
}

static int
find_region (ScapulaMuscleMap *map,
             ScapulaMuscle     muscle,
             ScapulaBodySide   side)
{
  for (guint i = 0; i < scapula_muscle_map_get_n_regions (map); i++)
    {
      const ScapulaMuscleRegion *region = scapula_muscle_map_get_region (map, i);

      if (region->muscle == muscle && region->side == side)
        return i;
    }

  return -1;
}

static const ScapulaMuscleRegion *
region_of (ScapulaMuscleMap *map,
           ScapulaMuscle     muscle,
           ScapulaBodySide   side)
{
  int index = find_region (map, muscle, side);

  g_assert_cmpint (index, >=, 0);
  return scapula_muscle_map_get_region (map, index);
}

/* Where a path element ends. */
static void
element_end (const ScapulaPathElement *e,
             double                   *x,
             double                   *y)
{
  int last = e->op == SCAPULA_PATH_CURVE_TO ? 2 : 0;

  *x = e->x[last];
  *y = e->y[last];
}

static ScapulaMuscle
muscle_at (ScapulaMuscleMap *map,
           double            x,
           double            y)
{
  int index = scapula_muscle_map_hit_test (map, x, y);

  g_assert_cmpint (index, >=, 0);
  return scapula_muscle_map_get_region (map, index)->muscle;
}

/* The shipped file loads and is shaped like a standing figure. */
static void
test_muscle_map_shipped (void)
{
  g_autoptr(ScapulaMuscleMap) map = scapula_muscle_map_new_default ();
  double aspect = scapula_muscle_map_get_aspect (map);
  guint n_muscle_details = 0, n_bone_details = 0;

  g_assert_cmpfloat (aspect, >, 1.2);
  g_assert_cmpfloat (aspect, <, 2.5);
  g_assert_cmpuint (scapula_muscle_map_get_n_outlines (map), >=, 1);
  g_assert_cmpuint (scapula_muscle_map_get_n_regions (map), >=, G_N_ELEMENTS (design_muscles));

  for (guint i = 0; i < scapula_muscle_map_get_n_outlines (map); i++)
    {
      guint n_path = 0;
      const ScapulaPathElement *path = scapula_muscle_map_get_outline (map, i, &n_path);

      g_assert_cmpuint (n_path, >, 3);
      g_assert_cmpint (path[0].op, ==, SCAPULA_PATH_MOVE_TO);
    }

  for (guint i = 0; i < scapula_muscle_map_get_n_details (map); i++)
    {
      const ScapulaMapDetail *detail = scapula_muscle_map_get_detail (map, i);

      g_assert_cmpuint (detail->n_path, >=, 2);
      n_muscle_details += detail->kind == SCAPULA_DETAIL_KIND_MUSCLE;
      n_bone_details += detail->kind == SCAPULA_DETAIL_KIND_BONE;
    }
  g_assert_cmpuint (n_muscle_details, >, 0);
  g_assert_cmpuint (n_bone_details, >, 0);

  /* Every region is a closed shape inside the picture, with a sane box. */
  for (guint i = 0; i < scapula_muscle_map_get_n_regions (map); i++)
    {
      const ScapulaMuscleRegion *region = scapula_muscle_map_get_region (map, i);

      g_test_message ("region %u: %s", i, scapula_muscle_get_label (region->muscle));
      g_assert_cmpint (region->path[0].op, ==, SCAPULA_PATH_MOVE_TO);
      g_assert_cmpint (region->path[region->n_path - 1].op, ==, SCAPULA_PATH_CLOSE);
      g_assert_cmpfloat (region->x1, <, region->x2);
      g_assert_cmpfloat (region->y1, <, region->y2);
      g_assert_cmpfloat (region->x1, >=, 0);
      g_assert_cmpfloat (region->x2, <=, 1);
      g_assert_cmpfloat (region->y1, >=, 0);
      g_assert_cmpfloat (region->y2, <=, aspect);
      g_assert_cmpint (region->side, !=, SCAPULA_BODY_SIDE_CENTER);
    }
}

/* Every muscle the design names is drawn; those hidden from behind are not. */
static void
test_muscle_map_design_muscles (void)
{
  g_autoptr(ScapulaMuscleMap) map = scapula_muscle_map_new_default ();

  for (guint i = 0; i < G_N_ELEMENTS (design_muscles); i++)
    {
      g_test_message ("%s", scapula_muscle_get_label (design_muscles[i]));
      g_assert_true (scapula_muscle_map_has_muscle (map, design_muscles[i]));
    }

  for (guint i = 0; i < G_N_ELEMENTS (bilateral_muscles); i++)
    {
      g_test_message ("%s", scapula_muscle_get_label (bilateral_muscles[i]));
      g_assert_cmpuint (count_regions (map, bilateral_muscles[i], SCAPULA_BODY_SIDE_LEFT), ==, 1);
      g_assert_cmpuint (count_regions (map, bilateral_muscles[i], SCAPULA_BODY_SIDE_RIGHT), ==, 1);
    }

  g_assert_false (scapula_muscle_map_has_muscle (map, SCAPULA_MUSCLE_BICEPS));
  g_assert_false (scapula_muscle_map_has_muscle (map, SCAPULA_MUSCLE_CORE));
  g_assert_false (scapula_muscle_map_has_muscle (map, SCAPULA_MUSCLE_PECTORALS));
}

/* One half shows the trapezius, the other the rhomboids under it. */
static void
test_muscle_map_layers (void)
{
  g_autoptr(ScapulaMuscleMap) map = scapula_muscle_map_new_default ();
  ScapulaBodySide superficial = scapula_muscle_map_get_superficial_side (map);
  ScapulaBodySide deep = other_side (superficial);
  static const ScapulaMuscle trapezius[] = {
    SCAPULA_MUSCLE_TRAPEZIUS_UPPER,
    SCAPULA_MUSCLE_TRAPEZIUS_MIDDLE,
    SCAPULA_MUSCLE_TRAPEZIUS_LOWER,
  };
  static const ScapulaMuscle rhomboids[] = {
    SCAPULA_MUSCLE_RHOMBOID_MAJOR,
    SCAPULA_MUSCLE_RHOMBOID_MINOR,
  };

  g_assert_cmpint (superficial, ==, SCAPULA_BODY_SIDE_LEFT);

  for (guint i = 0; i < G_N_ELEMENTS (trapezius); i++)
    {
      g_assert_cmpuint (count_regions (map, trapezius[i], superficial), ==, 1);
      g_assert_cmpuint (count_regions (map, trapezius[i], deep), ==, 0);
      g_assert_cmpint (region_of (map, trapezius[i], superficial)->layer,
                       ==, SCAPULA_MUSCLE_LAYER_SUPERFICIAL);
    }

  for (guint i = 0; i < G_N_ELEMENTS (rhomboids); i++)
    {
      g_assert_cmpuint (count_regions (map, rhomboids[i], deep), ==, 1);
      g_assert_cmpuint (count_regions (map, rhomboids[i], superficial), ==, 0);
      g_assert_cmpint (region_of (map, rhomboids[i], deep)->layer, ==, SCAPULA_MUSCLE_LAYER_DEEP);
    }

  /* Regions lie on the half their side names. */
  for (guint i = 0; i < scapula_muscle_map_get_n_regions (map); i++)
    {
      const ScapulaMuscleRegion *region = scapula_muscle_map_get_region (map, i);

      if (region->side == SCAPULA_BODY_SIDE_LEFT)
        g_assert_cmpfloat (region->x2, <=, 0.5);
      else
        g_assert_cmpfloat (region->x1, >=, 0.5);
    }
}

/* Each label point picks its own muscle: it is inside the region and not
 * covered there by another muscle drawn later. */
static void
test_muscle_map_labels (void)
{
  g_autoptr(ScapulaMuscleMap) map = scapula_muscle_map_new_default ();

  for (guint i = 0; i < scapula_muscle_map_get_n_regions (map); i++)
    {
      const ScapulaMuscleRegion *region = scapula_muscle_map_get_region (map, i);
      int hit;

      g_test_message ("region %u: %s", i, scapula_muscle_get_label (region->muscle));
      g_assert_true (scapula_muscle_map_region_contains (map, i, region->label_x, region->label_y));

      hit = scapula_muscle_map_hit_test (map, region->label_x, region->label_y);
      g_assert_cmpint (hit, >=, 0);
      g_assert_cmpint (scapula_muscle_map_get_region (map, hit)->muscle, ==, region->muscle);
    }
}

/* Points off the body pick nothing. */
static void
test_muscle_map_outside (void)
{
  g_autoptr(ScapulaMuscleMap) map = scapula_muscle_map_new_default ();
  double aspect = scapula_muscle_map_get_aspect (map);
  const ScapulaMuscleRegion *forearm, *lat;
  int forearm_index, lat_index;
  struct { const char *where; double x, y; } points[] = {
    { "top left corner", 0.01, 0.01 },
    { "top right corner", 0.99, 0.01 },
    { "bottom left corner", 0.01, aspect - 0.01 },
    { "bottom right corner", 0.99, aspect - 0.01 },
    { "above the head", 0.5, 0.005 },
    { "beside the head", 0.3, 0.1 },
    { "left of the left hand", 0.005, aspect * 0.8 },
    { "between the thighs", 0.5, aspect - 0.1 },
    { "on the head", 0.5, 0.1 },
    { NULL, 0, 0 },  /* between the arm and the torso, filled in below */
  };

  /* Between the forearm and the waist: halfway between the forearm's inner
   * edge and the lat's outer edge, at the forearm's top. */
  forearm_index = find_region (map, SCAPULA_MUSCLE_FOREARMS, SCAPULA_BODY_SIDE_LEFT);
  lat_index = find_region (map, SCAPULA_MUSCLE_LATISSIMUS_DORSI, SCAPULA_BODY_SIDE_LEFT);
  g_assert_cmpint (forearm_index, >=, 0);
  g_assert_cmpint (lat_index, >=, 0);
  forearm = scapula_muscle_map_get_region (map, forearm_index);
  lat = scapula_muscle_map_get_region (map, lat_index);
  g_assert_cmpfloat (forearm->x2, <, lat->x1);
  points[G_N_ELEMENTS (points) - 1].where = "between the arm and the torso";
  points[G_N_ELEMENTS (points) - 1].x = (forearm->x2 + lat->x1) / 2;
  points[G_N_ELEMENTS (points) - 1].y = forearm->y1 + 0.03;

  for (guint i = 0; i < G_N_ELEMENTS (points); i++)
    {
      g_test_message ("%s (%g, %g)", points[i].where, points[i].x, points[i].y);
      g_assert_cmpint (scapula_muscle_map_hit_test (map, points[i].x, points[i].y), ==, -1);
    }

  g_assert_cmpint (scapula_muscle_map_hit_test (map, -1, -1), ==, -1);
  g_assert_cmpint (scapula_muscle_map_hit_test (map, 2, aspect + 1), ==, -1);
}

/* Beside the spine between the shoulder blades, the deep half shows the
 * rhomboids and the superficial half the trapezius over them. */
static void
test_muscle_map_between_shoulder_blades (void)
{
  g_autoptr(ScapulaMuscleMap) map = scapula_muscle_map_new_default ();
  ScapulaBodySide superficial = scapula_muscle_map_get_superficial_side (map);
  int major = find_region (map, SCAPULA_MUSCLE_RHOMBOID_MAJOR, other_side (superficial));
  const ScapulaMuscleRegion *region;
  double deep_x, superficial_x, y;
  ScapulaMuscle muscle;

  g_assert_cmpint (major, >=, 0);
  region = scapula_muscle_map_get_region (map, major);

  /* Just off the midline, halfway down the rhomboid major. */
  y = (region->y1 + region->y2) / 2;
  deep_x = superficial == SCAPULA_BODY_SIDE_LEFT ? 0.515 : 0.485;
  superficial_x = 1 - deep_x;

  muscle = muscle_at (map, deep_x, y);
  g_assert_true (muscle == SCAPULA_MUSCLE_RHOMBOID_MAJOR ||
                 muscle == SCAPULA_MUSCLE_RHOMBOID_MINOR);

  muscle = muscle_at (map, superficial_x, y);
  g_assert_true (muscle == SCAPULA_MUSCLE_TRAPEZIUS_MIDDLE ||
                 muscle == SCAPULA_MUSCLE_TRAPEZIUS_LOWER);

  /* Higher up, at the rhomboid minor's level, the deep side shows it. */
  region = region_of (map, SCAPULA_MUSCLE_RHOMBOID_MINOR, other_side (superficial));
  muscle = muscle_at (map, region->label_x, region->label_y);
  g_assert_cmpint (muscle, ==, SCAPULA_MUSCLE_RHOMBOID_MINOR);
  g_assert_cmpfloat (region->y2, <, scapula_muscle_map_get_region (map, major)->y2);
}

/* The rhomboids slant down and out from the spine to the scapula, and the
 * lower trapezius reaches further down the spine than the rhomboids. */
static void
test_muscle_map_anatomy (void)
{
  g_autoptr(ScapulaMuscleMap) map = scapula_muscle_map_new_default ();
  ScapulaBodySide superficial = scapula_muscle_map_get_superficial_side (map);
  ScapulaBodySide deep = other_side (superficial);
  const ScapulaMuscleRegion *minor, *major, *lower, *upper, *lat, *glute, *hamstrings;
  double x0, y0, x1, y1;

  minor = region_of (map, SCAPULA_MUSCLE_RHOMBOID_MINOR, deep);
  major = region_of (map, SCAPULA_MUSCLE_RHOMBOID_MAJOR, deep);
  upper = region_of (map, SCAPULA_MUSCLE_TRAPEZIUS_UPPER, superficial);
  lower = region_of (map, SCAPULA_MUSCLE_TRAPEZIUS_LOWER, superficial);
  lat = region_of (map, SCAPULA_MUSCLE_LATISSIMUS_DORSI, deep);
  glute = region_of (map, SCAPULA_MUSCLE_GLUTEUS_MAXIMUS, deep);
  hamstrings = region_of (map, SCAPULA_MUSCLE_HAMSTRINGS, deep);

  /* Top to bottom along the back. */
  g_assert_cmpfloat (upper->y1, <, minor->y1);
  g_assert_cmpfloat (minor->y1, <, major->y1);
  g_assert_cmpfloat (major->y2, <, lower->y2);
  g_assert_cmpfloat (lat->y2, <, glute->y2);
  g_assert_cmpfloat (glute->y1, <, hamstrings->y1);

  /* Down and out: each rhomboid path starts at its top corner on the spine
   * and goes to its top corner on the scapula, which is lower. */
  element_end (&major->path[0], &x0, &y0);
  element_end (&major->path[1], &x1, &y1);
  g_assert_cmpfloat (fabs (x0 - 0.5), <, 0.02);
  g_assert_cmpfloat (fabs (x1 - 0.5), >, 0.08);
  g_assert_cmpfloat (y0, <, y1);
  element_end (&minor->path[0], &x0, &y0);
  element_end (&minor->path[1], &x1, &y1);
  g_assert_cmpfloat (fabs (x0 - 0.5), <, 0.02);
  g_assert_cmpfloat (fabs (x1 - 0.5), >, 0.08);
  g_assert_cmpfloat (y0, <, y1);

  /* The upper trapezius spans from the neck to the shoulder. */
  g_assert_cmpfloat (upper->x2 - upper->x1, >, 0.25);
}

/* Paths: the supported syntax and the elements it gives. */
static void
test_muscle_map_paths (void)
{
  static const char xml[] =
    "<anatomy version=\"1\" aspect=\"1\" superficial-side=\"right\">\n"
    "  <outline d=\"M 0.1,0.1 L 0.9 0.1 C 0.9 0.5, 0.5 0.9 0.1 0.9 Z\"/>\n"
    "  <region muscle=\"rhomboid-major\" side=\"left\" layer=\"deep\"\n"
    "          label-x=\"0.3\" label-y=\"0.3\"\n"
    "          d=\"M 0.2 0.2 0.6 0.2 0.6 0.6 0.2 0.6 Z\"/>\n"
    "  <region muscle=\"trapezius-middle\" side=\"center\" layer=\"superficial\"\n"
    "          label-x=\"0.5\" label-y=\"0.5\"\n"
    "          d=\"M0.4 0.4 L0.8 0.4 L0.8 0.8 L0.4 0.8 Z\"/>\n"
    "  <detail kind=\"bone\" name=\"spine\" d=\"M 0.5 0 L 0.5 1\"/>\n"
    "  <detail kind=\"fibre\" d=\"M 0.2 0.2 L 0.3 0.3\"/>\n"
    "</anatomy>\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (xml, sizeof xml - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScapulaMuscleMap) map = scapula_muscle_map_new_from_bytes (bytes, &error);
  const ScapulaPathElement *outline;
  const ScapulaMuscleRegion *region;
  const ScapulaMapDetail *detail;
  guint n_path;

  g_assert_no_error (error);
  g_assert_cmpfloat (scapula_muscle_map_get_aspect (map), ==, 1);
  g_assert_cmpint (scapula_muscle_map_get_superficial_side (map), ==, SCAPULA_BODY_SIDE_RIGHT);

  g_assert_cmpuint (scapula_muscle_map_get_n_outlines (map), ==, 1);
  outline = scapula_muscle_map_get_outline (map, 0, &n_path);
  g_assert_cmpuint (n_path, ==, 4);
  g_assert_cmpint (outline[0].op, ==, SCAPULA_PATH_MOVE_TO);
  g_assert_cmpint (outline[1].op, ==, SCAPULA_PATH_LINE_TO);
  g_assert_cmpint (outline[2].op, ==, SCAPULA_PATH_CURVE_TO);
  g_assert_cmpint (outline[3].op, ==, SCAPULA_PATH_CLOSE);
  g_assert_cmpfloat (outline[1].x[0], ==, 0.9);
  g_assert_cmpfloat (outline[2].x[0], ==, 0.9);
  g_assert_cmpfloat (outline[2].y[0], ==, 0.5);
  g_assert_cmpfloat (outline[2].x[1], ==, 0.5);
  g_assert_cmpfloat (outline[2].y[1], ==, 0.9);
  g_assert_cmpfloat (outline[2].x[2], ==, 0.1);
  g_assert_cmpfloat (outline[2].y[2], ==, 0.9);

  g_assert_cmpuint (scapula_muscle_map_get_n_regions (map), ==, 2);
  region = scapula_muscle_map_get_region (map, 0);
  g_assert_cmpint (region->muscle, ==, SCAPULA_MUSCLE_RHOMBOID_MAJOR);
  g_assert_cmpint (region->side, ==, SCAPULA_BODY_SIDE_LEFT);
  g_assert_cmpint (region->layer, ==, SCAPULA_MUSCLE_LAYER_DEEP);
  g_assert_cmpfloat (region->label_x, ==, 0.3);
  g_assert_cmpfloat (region->label_y, ==, 0.3);
  /* Numbers after M that go on are lines, as in SVG. */
  g_assert_cmpuint (region->n_path, ==, 5);
  g_assert_cmpint (region->path[0].op, ==, SCAPULA_PATH_MOVE_TO);
  g_assert_cmpint (region->path[1].op, ==, SCAPULA_PATH_LINE_TO);
  g_assert_cmpint (region->path[3].op, ==, SCAPULA_PATH_LINE_TO);
  g_assert_cmpint (region->path[4].op, ==, SCAPULA_PATH_CLOSE);
  g_assert_cmpfloat_with_epsilon (region->x1, 0.2, 1e-9);
  g_assert_cmpfloat_with_epsilon (region->y2, 0.6, 1e-9);

  region = scapula_muscle_map_get_region (map, 1);
  g_assert_cmpint (region->side, ==, SCAPULA_BODY_SIDE_CENTER);
  g_assert_cmpint (region->layer, ==, SCAPULA_MUSCLE_LAYER_SUPERFICIAL);

  g_assert_cmpuint (scapula_muscle_map_get_n_details (map), ==, 2);
  detail = scapula_muscle_map_get_detail (map, 0);
  g_assert_cmpint (detail->kind, ==, SCAPULA_DETAIL_KIND_BONE);
  g_assert_cmpstr (detail->name, ==, "spine");
  g_assert_cmpuint (detail->n_path, ==, 2);
  detail = scapula_muscle_map_get_detail (map, 1);
  g_assert_cmpint (detail->kind, ==, SCAPULA_DETAIL_KIND_FIBRE);
  g_assert_null (detail->name);

  /* The later region is on top where they overlap. */
  g_assert_cmpint (scapula_muscle_map_hit_test (map, 0.3, 0.3), ==, 0);
  g_assert_cmpint (scapula_muscle_map_hit_test (map, 0.5, 0.5), ==, 1);
  g_assert_cmpint (scapula_muscle_map_hit_test (map, 0.7, 0.7), ==, 1);
  g_assert_cmpint (scapula_muscle_map_hit_test (map, 0.9, 0.9), ==, -1);
  g_assert_true (scapula_muscle_map_region_contains (map, 0, 0.5, 0.5));
  g_assert_false (scapula_muscle_map_region_contains (map, 0, 0.7, 0.7));
  g_assert_true (scapula_muscle_map_has_muscle (map, SCAPULA_MUSCLE_TRAPEZIUS_MIDDLE));
  g_assert_false (scapula_muscle_map_has_muscle (map, SCAPULA_MUSCLE_HAMSTRINGS));
}

/* Curves are followed, not cut short to their chord, and holes (a second
 * subpath inside the first) are not part of the region. */
static void
test_muscle_map_hit_test (void)
{
  static const char xml[] =
    "<anatomy version=\"1\" aspect=\"1\" superficial-side=\"left\">\n"
    /* A half disc bulging right from the line x = 0.2, through (0.8, 0.5). */
    "<region muscle=\"hamstrings\" side=\"left\" layer=\"superficial\"\n"
    "        label-x=\"0.6\" label-y=\"0.5\"\n"
    "        d=\"M 0.2 0.1 C 1 0.1 1 0.9 0.2 0.9 Z\"/>\n"
    /* A square with a square hole. */
    "<region muscle=\"core\" side=\"right\" layer=\"superficial\"\n"
    "        label-x=\"0.02\" label-y=\"0.02\"\n"
    "        d=\"M 0 0 L 0.15 0 L 0.15 0.15 L 0 0.15 Z\n"
    "           M 0.04 0.04 L 0.11 0.04 L 0.11 0.11 L 0.04 0.11 Z\"/>\n"
    "</anatomy>\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (xml, sizeof xml - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScapulaMuscleMap) map = scapula_muscle_map_new_from_bytes (bytes, &error);

  g_assert_no_error (error);
  g_assert_cmpint (scapula_muscle_map_hit_test (map, 0.75, 0.5), ==, 0);
  g_assert_cmpint (scapula_muscle_map_hit_test (map, 0.25, 0.15), ==, 0);
  g_assert_cmpint (scapula_muscle_map_hit_test (map, 0.85, 0.5), ==, -1);
  g_assert_cmpint (scapula_muscle_map_hit_test (map, 0.15, 0.5), ==, -1);
  g_assert_cmpint (scapula_muscle_map_hit_test (map, 0.02, 0.02), ==, 1);
  g_assert_cmpint (scapula_muscle_map_hit_test (map, 0.075, 0.075), ==, -1);
}

/* Bad input is refused with a message that names the line. */
static void
test_muscle_map_invalid (void)
{
#define HEAD \
  "<anatomy version=\"1\" aspect=\"1.5\" superficial-side=\"left\">\n" \
  "<outline d=\"M 0 0 L 1 0 L 1 1 Z\"/>\n"
#define ATTRS(muscle, side, layer, label_x) \
  "muscle=\"" muscle "\" side=\"" side "\" layer=\"" layer "\" " \
  "label-x=\"" label_x "\" label-y=\"0.5\""
#define GOOD_ATTRS ATTRS ("rhomboid-major", "right", "deep", "0.5")
#define REGION(attrs, d) "<region " attrs " d=\"" d "\"/>\n"
#define SQUARE "M 0.4 0.4 L 0.6 0.4 L 0.6 0.6 L 0.4 0.6 Z"
#define END "</anatomy>"
  static const struct { const char *xml; const char *message; } cases[] = {
    { HEAD REGION (GOOD_ATTRS, SQUARE) END, NULL },
    { HEAD REGION (ATTRS ("biceps-femoris", "right", "deep", "0.5"), SQUARE) END,
      "line 3: unknown muscle “biceps-femoris”" },
    { HEAD "\n\n" REGION (ATTRS ("rhomboid-major", "middle", "deep", "0.5"), SQUARE) END,
      "line 5: unknown side “middle”" },
    { HEAD REGION (ATTRS ("rhomboid-major", "right", "skin", "0.5"), SQUARE) END,
      "line 3: unknown layer “skin”" },
    { HEAD REGION (ATTRS ("rhomboid-major", "right", "deep", "0.9"), SQUARE) END,
      "line 3: the label point (0.9, 0.5) of “rhomboid-major” is not inside its region" },
    { HEAD REGION (ATTRS ("rhomboid-major", "right", "deep", "half"), SQUARE) END,
      "line 3: label-x must be a number" },
    { HEAD REGION (GOOD_ATTRS, "M 0.4 0.4 L 0.6") END,
      "line 3: bad path: L needs 2 numbers" },
    { HEAD REGION (GOOD_ATTRS, "M 0.4 0.4 C 0.5 0.5 0.6 0.6 Z") END,
      "line 3: bad path: C needs 6 numbers" },
    { HEAD REGION (GOOD_ATTRS, "M 0.4 0.4 l 0.2 0 l 0 0.2 z") END,
      "line 3: bad path: unsupported command “l”" },
    { HEAD REGION (GOOD_ATTRS, "M 0.4 0.4 H 0.6 V 0.6 Z") END,
      "line 3: bad path: unsupported command “H”" },
    { HEAD REGION (GOOD_ATTRS, "L 0.4 0.4 L 0.6 0.4 L 0.6 0.6 Z") END,
      "line 3: bad path: “L” before M" },
    { HEAD REGION (GOOD_ATTRS, "M 0.4 0.4 L 0.6 0.4 L 0.6 0.6 Z L 0.4 0.6") END,
      "line 3: bad path: “L” before M" },
    { HEAD REGION (GOOD_ATTRS, "0.4 0.4 L 0.6 0.4") END,
      "line 3: bad path: expected a command" },
    { HEAD REGION (GOOD_ATTRS, "M 0.4 0.4 L 0.6x 0.4 Z") END,
      "line 3: bad path: L needs 2 numbers" },
    { HEAD REGION (GOOD_ATTRS, "M 0.4 0.4 L 1.2 0.4 L 0.6 0.6 Z") END,
      "line 3: bad path: point (1.2, 0.4) is outside the picture" },
    { HEAD REGION (GOOD_ATTRS, "M 0.4 0.4 L 0.6 0.4 L 0.6 1.6 Z") END,
      "line 3: bad path: point (0.6, 1.6) is outside the picture" },
    { HEAD REGION (GOOD_ATTRS, "") END,
      "line 3: bad path: it is empty" },
    { HEAD "<region " GOOD_ATTRS "/>\n" END,
      "line 3: " },
    { HEAD "<region " GOOD_ATTRS " colour=\"red\" d=\"" SQUARE "\"/>\n" END,
      "line 3: " },
    { HEAD "<detail kind=\"tendon\" d=\"M 0 0 L 1 1\"/>\n" END,
      "line 3: unknown detail kind “tendon”" },
    { HEAD "<detail kind=\"bone\" d=\"M 0 0 L 1 1\"/>\n<muscle/>\n" END,
      "line 4: unexpected element <muscle>" },
    { HEAD "<region " GOOD_ATTRS " d=\"" SQUARE "\">"
      "<detail kind=\"bone\" d=\"M 0 0 L 1 1\"/></region>\n" END,
      "line 3: unexpected element <detail>" },
    { HEAD "\nhello\n" END,
      "unexpected text" },
    { "<anatomy version=\"2\" aspect=\"1\" superficial-side=\"left\"/>",
      "line 1: unsupported anatomy version “2”" },
    { "<anatomy version=\"1\" aspect=\"0\" superficial-side=\"left\"/>",
      "line 1: aspect 0 is not between 0 and 10" },
    { "<anatomy version=\"1\" aspect=\"tall\" superficial-side=\"left\"/>",
      "line 1: aspect must be a number" },
    { "<anatomy version=\"1\" aspect=\"1\" superficial-side=\"center\"/>",
      "line 1: the superficial side is left or right" },
    { "<anatomy version=\"1\" aspect=\"1\"/>",
      "line 1: " },
    { "<svg/>",
      "line 1: unexpected element <svg>" },
    { "<!-- nothing -->",
      "not an anatomy file" },
    { HEAD "<region",
      "line 3" },
  };
#undef HEAD
#undef ATTRS
#undef GOOD_ATTRS
#undef REGION
#undef SQUARE
#undef END

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (cases[i].xml, strlen (cases[i].xml));
      g_autoptr(GError) error = NULL;
      g_autoptr(ScapulaMuscleMap) map = scapula_muscle_map_new_from_bytes (bytes, &error);

      g_test_message ("case %u", i);
      if (cases[i].message == NULL)
        {
          g_assert_no_error (error);
          g_assert_cmpuint (scapula_muscle_map_get_n_regions (map), ==, 1);
        }
      else
        {
          g_assert_null (map);
          g_assert_nonnull (error);
          if (strstr (error->message, cases[i].message) == NULL)
            g_error ("case %u: “%s” does not contain “%s”",
                     i, error->message, cases[i].message);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/muscle-map/shipped", test_muscle_map_shipped);
  g_test_add_func ("/muscle-map/design-muscles", test_muscle_map_design_muscles);
  g_test_add_func ("/muscle-map/layers", test_muscle_map_layers);
  g_test_add_func ("/muscle-map/labels", test_muscle_map_labels);
  g_test_add_func ("/muscle-map/outside", test_muscle_map_outside);
  g_test_add_func ("/muscle-map/between-shoulder-blades", test_muscle_map_between_shoulder_blades);
  g_test_add_func ("/muscle-map/anatomy", test_muscle_map_anatomy);
  g_test_add_func ("/muscle-map/paths", test_muscle_map_paths);
  g_test_add_func ("/muscle-map/hit-test", test_muscle_map_hit_test);
  g_test_add_func ("/muscle-map/invalid", test_muscle_map_invalid);

  return g_test_run ();
}
