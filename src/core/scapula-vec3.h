/* scapula-vec3.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <math.h>

G_BEGIN_DECLS

/* World coordinates are in units of body height H: x forward (the way the
 * figure faces), y up with the floor at y = 0, z toward the viewer. The
 * "near" side of the body is the +z side, the "far" side the −z side.
 */
typedef struct
{
  double x;
  double y;
  double z;
} ScapulaVec3;

/* The small vector algebra the pose model and the figure both use. */

static inline ScapulaVec3
scapula_vec3 (double x,
              double y,
              double z)
{
  ScapulaVec3 v = { x, y, z };
  return v;
}

static inline ScapulaVec3
scapula_vec3_add (ScapulaVec3 a,
                  ScapulaVec3 b)
{
  return scapula_vec3 (a.x + b.x, a.y + b.y, a.z + b.z);
}

static inline ScapulaVec3
scapula_vec3_sub (ScapulaVec3 a,
                  ScapulaVec3 b)
{
  return scapula_vec3 (a.x - b.x, a.y - b.y, a.z - b.z);
}

static inline ScapulaVec3
scapula_vec3_scale (ScapulaVec3 a,
                    double      s)
{
  return scapula_vec3 (a.x * s, a.y * s, a.z * s);
}

/* a + b·s */
static inline ScapulaVec3
scapula_vec3_mad (ScapulaVec3 a,
                  ScapulaVec3 b,
                  double      s)
{
  return scapula_vec3 (a.x + b.x * s, a.y + b.y * s, a.z + b.z * s);
}

static inline double
scapula_vec3_dot (ScapulaVec3 a,
                  ScapulaVec3 b)
{
  return a.x * b.x + a.y * b.y + a.z * b.z;
}

static inline ScapulaVec3
scapula_vec3_cross (ScapulaVec3 a,
                    ScapulaVec3 b)
{
  return scapula_vec3 (a.y * b.z - a.z * b.y,
                       a.z * b.x - a.x * b.z,
                       a.x * b.y - a.y * b.x);
}

static inline double
scapula_vec3_length (ScapulaVec3 a)
{
  return sqrt (scapula_vec3_dot (a, a));
}

/* The unit vector along a; the x axis for a zero vector. */
static inline ScapulaVec3
scapula_vec3_normalize (ScapulaVec3 a)
{
  double len = scapula_vec3_length (a);

  return len > 1e-9 ? scapula_vec3_scale (a, 1.0 / len) : scapula_vec3 (1, 0, 0);
}

static inline ScapulaVec3
scapula_vec3_lerp (ScapulaVec3 a,
                   ScapulaVec3 b,
                   double      t)
{
  return scapula_vec3_mad (scapula_vec3_scale (a, 1 - t), b, t);
}

G_END_DECLS
