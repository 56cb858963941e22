/* scapula-pose.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "scapula-pose"

#include "config.h"

#include <math.h>
#include <string.h>

#include "scapula-markup.h"
#include "scapula-pose.h"

/**
 * SECTION:scapula-pose
 *
 * The illustrated form steps are drawn from data: a body defined by joint
 * angles (#ScapulaPose) and the equipment around it (#ScapulaScene). This
 * file turns angles into joint positions (forward kinematics), checks
 * angles against anatomical ranges, blends two poses for the animation,
 * checks that the body rests where a step says it does, and reads the
 * poses file (data/catalog/poses.xml).
 *
 * Conventions: lengths are fractions of body height; angles are degrees.
 * Each limb is computed in the frame of the body part it hangs from
 * (forward, up, outward) and mirrored for the far side, so the same
 * numbers give the same shape on either side.
 */

G_DEFINE_QUARK (scapula-pose-error-quark, scapula_pose_error)

/* Half the distance between the shoulder and the hip joint centres. */
#define SHOULDER_HALF  0.115
#define HIP_HALF       0.05
#define NECK_BASE      0.02
#define NECK           0.05
#define HEAD_RADIUS    (SCAPULA_HEAD_HEIGHT / 2)
#define GRIP           0.05
/* The knuckles of a closed hand; an open hand is SCAPULA_HAND long. */
#define FIST           0.08

/* Flesh around the points used for contacts and the floor check. */
#define R_HEAD      HEAD_RADIUS
#define R_SHOULDER  0.045
#define R_ELBOW     0.025
#define R_WRIST     0.02
#define R_HAND      0.018
#define R_FINGERS   0.01
#define R_KNEE      0.035
#define R_ANKLE     0.025
#define R_THIGH     0.05
#define R_SHANK     0.032
#define R_UPPER_ARM 0.03
#define R_FOREARM   0.022

#define DEG(a) ((a) * G_PI / 180.0)

/* Vectors ---------------------------------------------------------------- */

/* Rotates v about the unit axis k by angle degrees (right hand rule). */
static ScapulaVec3
v_rotate (ScapulaVec3 v,
          ScapulaVec3 k,
          double      angle)
{
  double c = cos (DEG (angle));
  double s = sin (DEG (angle));
  ScapulaVec3 r;

  r = scapula_vec3_scale (v, c);
  r = scapula_vec3_mad (r, scapula_vec3_cross (k, v), s);
  r = scapula_vec3_mad (r, k, scapula_vec3_dot (k, v) * (1 - c));
  return r;
}

/* A point given in a body frame (forward, up, outward) in world space. */
static inline ScapulaVec3
to_world (const ScapulaVec3 frame[3],
          ScapulaVec3       local,
          double            side)
{
  ScapulaVec3 r;

  r = scapula_vec3_scale (frame[0], local.x);
  r = scapula_vec3_mad (r, frame[1], local.y);
  r = scapula_vec3_mad (r, frame[2], local.z * side);
  return r;
}

/* Distance from p to the segment a–b in the x–y plane. */
static double
segment_distance_2d (ScapulaVec3 p,
                     ScapulaVec3 a,
                     ScapulaVec3 b)
{
  double dx = b.x - a.x, dy = b.y - a.y;
  double len2 = dx * dx + dy * dy;
  double t = 0;

  if (len2 > 0)
    t = CLAMP (((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0, 1);

  return hypot (p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/* Poses ------------------------------------------------------------------ */

/**
 * scapula_pose_init:
 *
 * Sets @self to a person standing upright at the origin with the arms
 * hanging, holding nothing and resting nowhere.
 */
void
scapula_pose_init (ScapulaPose *self)
{
  g_return_if_fail (self != NULL);

  memset (self, 0, sizeof *self);
  self->hip_y = SCAPULA_ANKLE_HEIGHT + SCAPULA_SHANK + SCAPULA_THIGH;
}

typedef struct
{
  const char *name;
  double      min;
  double      max;
} Range;

static const Range limb_ranges[2][5] = {
  /* Arms: shoulder flexion, elbow, shoulder abduction, rotation, wrist. */
  {
    { "shoulder flexion", -70, 185 },
    { "elbow flexion", 0, 150 },
    { "shoulder abduction", -50, 170 },
    { "shoulder rotation", -90, 100 },
    { "wrist flexion", -90, 90 },
  },
  /* Legs: hip flexion, knee, hip abduction, rotation, ankle. */
  {
    { "hip flexion", -30, 140 },
    { "knee flexion", 0, 160 },
    { "hip abduction", -30, 50 },
    { "hip rotation", -45, 50 },
    { "ankle dorsiflexion", -60, 40 },
  },
};

static const char * const limb_names[SCAPULA_N_LIMBS] = {
  "near", "far", "near", "far",
};

static gboolean
check_range (const char  *side,
             const char  *name,
             double       value,
             double       min,
             double       max,
             GError     **error)
{
  if (isfinite (value) && value >= min && value <= max)
    return TRUE;

  g_set_error (error, SCAPULA_POSE_ERROR, SCAPULA_POSE_ERROR_INVALID,
               "%s%s%s %g° is outside %g° to %g°",
               side ? side : "", side ? " " : "", name, value, min, max);
  return FALSE;
}

/**
 * scapula_pose_validate:
 * @error: return location for a #GError
 *
 * Checks that every joint angle of @self is within what a healthy body can
 * do. The error names the joint and the range.
 *
 * Returns: %TRUE if the pose is possible
 */
gboolean
scapula_pose_validate (const ScapulaPose  *self,
                       GError            **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!isfinite (self->hip_x) || fabs (self->hip_x) > 5)
    {
      g_set_error (error, SCAPULA_POSE_ERROR, SCAPULA_POSE_ERROR_INVALID,
                   "hip x %g is out of the scene", self->hip_x);
      return FALSE;
    }

  if (!check_range (NULL, "hip height", self->hip_y, 0, 2, error) ||
      !check_range (NULL, "trunk lean", self->trunk, -180, 180, error) ||
      !check_range (NULL, "spine flexion", self->spine, -40, 70, error) ||
      !check_range (NULL, "side bend", self->side_bend, -40, 40, error) ||
      !check_range (NULL, "trunk twist", self->twist, -60, 60, error) ||
      !check_range (NULL, "pelvis roll", self->roll, -90, 90, error) ||
      !check_range (NULL, "neck flexion", self->neck, -60, 70, error) ||
      !check_range (NULL, "scapular retraction", self->retraction, -1, 1, error) ||
      !check_range (NULL, "scapular depression", self->depression, -1, 1, error))
    return FALSE;

  for (guint i = 0; i < SCAPULA_N_LIMBS; i++)
    {
      const ScapulaLimbPose *limb = &self->limbs[i];
      const Range *ranges = limb_ranges[i >= SCAPULA_LIMB_NEAR_LEG];
      double values[5] = { limb->flexion, limb->bend, limb->abduction, limb->rotation, limb->end };

      for (guint j = 0; j < G_N_ELEMENTS (values); j++)
        if (!check_range (limb_names[i], ranges[j].name, values[j],
                          ranges[j].min, ranges[j].max, error))
          return FALSE;
    }

  if (self->n_items > SCAPULA_POSE_MAX_ITEMS || self->n_contacts > SCAPULA_POSE_MAX_CONTACTS)
    {
      g_set_error_literal (error, SCAPULA_POSE_ERROR, SCAPULA_POSE_ERROR_INVALID,
                           "too many items or contacts");
      return FALSE;
    }

  for (guint i = 0; i < self->n_items; i++)
    {
      const ScapulaItemState *item = &self->items[i];

      if (!isfinite (item->position.x) || !isfinite (item->position.y) ||
          !isfinite (item->position.z) || !(item->attachment >= 0 && item->attachment <= 1))
        {
          g_set_error (error, SCAPULA_POSE_ERROR, SCAPULA_POSE_ERROR_INVALID,
                       "item %u has no valid position", i + 1);
          return FALSE;
        }
    }

  return TRUE;
}

/* Exact at both ends: lerp (a, b, 1) is b. */
static inline double
lerp (double a,
      double b,
      double t)
{
  return a * (1 - t) + b * t;
}

/**
 * scapula_pose_interpolate:
 * @from: the pose at @t = 0
 * @to: the pose at @t = 1, of the same scene
 * @t: how far along, 0 to 1
 * @result: (out caller-allocates): the blended pose; may be @from or @to
 *
 * Blends two poses joint by joint. An item that one pose holds and the
 * other sets down travels between its place and the hand. Contacts are
 * those of the nearer pose.
 */
void
scapula_pose_interpolate (const ScapulaPose *from,
                          const ScapulaPose *to,
                          double             t,
                          ScapulaPose       *result)
{
  ScapulaPose r;

  g_return_if_fail (from != NULL);
  g_return_if_fail (to != NULL);
  g_return_if_fail (result != NULL);
  g_return_if_fail (from->n_items == to->n_items);

  t = CLAMP (t, 0, 1);
  r = t < 0.5 ? *from : *to;

  r.hip_x = lerp (from->hip_x, to->hip_x, t);
  r.hip_y = lerp (from->hip_y, to->hip_y, t);
  r.trunk = lerp (from->trunk, to->trunk, t);
  r.spine = lerp (from->spine, to->spine, t);
  r.side_bend = lerp (from->side_bend, to->side_bend, t);
  r.twist = lerp (from->twist, to->twist, t);
  r.roll = lerp (from->roll, to->roll, t);
  r.neck = lerp (from->neck, to->neck, t);
  r.retraction = lerp (from->retraction, to->retraction, t);
  r.depression = lerp (from->depression, to->depression, t);

  for (guint i = 0; i < SCAPULA_N_LIMBS; i++)
    {
      const ScapulaLimbPose *a = &from->limbs[i];
      const ScapulaLimbPose *b = &to->limbs[i];

      r.limbs[i].flexion = lerp (a->flexion, b->flexion, t);
      r.limbs[i].bend = lerp (a->bend, b->bend, t);
      r.limbs[i].abduction = lerp (a->abduction, b->abduction, t);
      r.limbs[i].rotation = lerp (a->rotation, b->rotation, t);
      r.limbs[i].end = lerp (a->end, b->end, t);
    }

  for (guint i = 0; i < r.n_items; i++)
    {
      const ScapulaItemState *a = &from->items[i];
      const ScapulaItemState *b = &to->items[i];
      ScapulaItemState *item = &r.items[i];
      double wa = a->hold != SCAPULA_HOLD_NONE ? a->attachment : 0;
      double wb = b->hold != SCAPULA_HOLD_NONE ? b->attachment : 0;

      if (a->hold == SCAPULA_HOLD_NONE && b->hold == SCAPULA_HOLD_NONE)
        {
          item->hold = SCAPULA_HOLD_NONE;
          item->position = scapula_vec3_lerp (a->position, b->position, t);
          item->attachment = 0;
        }
      else
        {
          /* Pick the item up from where it stood, or set it down there. */
          item->hold = b->hold != SCAPULA_HOLD_NONE && (t >= 0.5 || a->hold == SCAPULA_HOLD_NONE)
                       ? b->hold : a->hold;
          item->position = a->hold == SCAPULA_HOLD_NONE ? a->position :
                           b->hold == SCAPULA_HOLD_NONE ? b->position :
                           scapula_vec3_lerp (a->position, b->position, t);
          item->attachment = lerp (wa, wb, t);
        }
    }

  *result = r;
}

/* Forward kinematics ----------------------------------------------------- */

/* The directions of one limb in its parent's frame (x forward, y up,
 * z outward): upper segment, lower segment, and the hand or foot. */
typedef struct
{
  ScapulaVec3 upper;
  ScapulaVec3 lower;
  ScapulaVec3 end;        /* hand direction, or foot forward */
  ScapulaVec3 end_down;   /* sole direction (legs) */
} LimbDirections;

static void
limb_directions (const ScapulaLimbPose *limb,
                 gboolean               is_leg,
                 LimbDirections        *out)
{
  double fl = DEG (limb->flexion), ab = DEG (limb->abduction);
  ScapulaVec3 sagittal = scapula_vec3 (sin (fl), -cos (fl), 0);
  ScapulaVec3 outward = scapula_vec3 (0, 0, 1);
  ScapulaVec3 hinge;

  /* Abduction turns the segment out of the sagittal plane; the elbow or
   * knee hinge turns with it, and rotation spins the hinge about the
   * segment. */
  out->upper = scapula_vec3_add (scapula_vec3_scale (sagittal, cos (ab)), scapula_vec3_scale (outward, sin (ab)));
  hinge = scapula_vec3_sub (scapula_vec3_scale (outward, cos (ab)), scapula_vec3_scale (sagittal, sin (ab)));
  hinge = v_rotate (hinge, out->upper, limb->rotation);

  if (is_leg)
    {
      out->lower = v_rotate (out->upper, hinge, -limb->bend);
      out->end = v_rotate (out->lower, hinge, 90 + limb->end);
      out->end_down = v_rotate (out->lower, hinge, limb->end);
    }
  else
    {
      out->lower = v_rotate (out->upper, hinge, limb->bend);
      out->end = v_rotate (out->lower, hinge, limb->end);
      out->end_down = out->end;
    }
}

/**
 * scapula_pose_compute_body:
 * @body: (out caller-allocates): the joint positions
 *
 * Forward kinematics: where every joint of @self is in the world.
 */
void
scapula_pose_compute_body (const ScapulaPose *self,
                           ScapulaBody       *body)
{
  double lower_share = SCAPULA_UPPER_TRUNK / (SCAPULA_LOWER_TRUNK + SCAPULA_UPPER_TRUNK);
  double a, r, s, b, t, n;
  ScapulaVec3 local[3], hip, waist, shoulders, neck_dir;

  g_return_if_fail (self != NULL);
  g_return_if_fail (body != NULL);

  memset (body, 0, sizeof *body);
  body->retraction = self->retraction;
  body->depression = self->depression;

  /* Pelvis: roll about the long axis, then lean forward about the world's
   * side axis. The lower back takes its share of the spine's bend so that
   * the hip-to-shoulder line keeps the trunk angle. */
  a = DEG (self->trunk - self->spine * lower_share);
  r = DEG (self->roll);
  {
    ScapulaVec3 f0 = scapula_vec3 (cos (r), 0, sin (r));
    ScapulaVec3 u0 = scapula_vec3 (0, 1, 0);
    ScapulaVec3 l0 = scapula_vec3 (-sin (r), 0, cos (r));
    ScapulaVec3 *axes[3] = { &f0, &u0, &l0 };

    for (guint i = 0; i < 3; i++)
      {
        ScapulaVec3 v = *axes[i];

        body->pelvis[i] = scapula_vec3 (v.x * cos (a) + v.y * sin (a),
                                v.y * cos (a) - v.x * sin (a),
                                v.z);
      }
  }

  /* Upper back on the lower back: flexion, side bend, then twist. */
  s = DEG (self->spine);
  b = DEG (self->side_bend);
  t = DEG (self->twist);
  {
    ScapulaVec3 f1 = scapula_vec3 (cos (s), -sin (s), 0);
    ScapulaVec3 u1 = scapula_vec3 (sin (s), cos (s), 0);
    ScapulaVec3 l1 = scapula_vec3 (0, 0, 1);
    ScapulaVec3 u2 = scapula_vec3_add (scapula_vec3_scale (u1, cos (b)), scapula_vec3_scale (l1, sin (b)));
    ScapulaVec3 l2 = scapula_vec3_sub (scapula_vec3_scale (l1, cos (b)), scapula_vec3_scale (u1, sin (b)));

    local[0] = scapula_vec3_add (scapula_vec3_scale (f1, cos (t)), scapula_vec3_scale (l2, sin (t)));
    local[1] = u2;
    local[2] = scapula_vec3_sub (scapula_vec3_scale (l2, cos (t)), scapula_vec3_scale (f1, sin (t)));

    for (guint i = 0; i < 3; i++)
      body->chest[i] = to_world (body->pelvis, local[i], 1);
  }

  hip = scapula_vec3 (self->hip_x, self->hip_y, 0);
  waist = scapula_vec3_mad (hip, body->pelvis[1], SCAPULA_LOWER_TRUNK);
  shoulders = scapula_vec3_mad (waist, body->chest[1], SCAPULA_UPPER_TRUNK);

  body->joints[SCAPULA_JOINT_HIP_CENTER] = hip;
  body->joints[SCAPULA_JOINT_WAIST] = waist;
  body->joints[SCAPULA_JOINT_SHOULDER_CENTER] = shoulders;

  /* Neck and head. */
  n = DEG (self->neck);
  neck_dir = scapula_vec3_add (scapula_vec3_scale (body->chest[1], cos (n)), scapula_vec3_scale (body->chest[0], sin (n)));
  body->head[0] = scapula_vec3_sub (scapula_vec3_scale (body->chest[0], cos (n)), scapula_vec3_scale (body->chest[1], sin (n)));
  body->head[1] = neck_dir;
  body->joints[SCAPULA_JOINT_NECK_BASE] = scapula_vec3_mad (shoulders, body->chest[1], NECK_BASE);
  body->joints[SCAPULA_JOINT_NECK_TOP] = scapula_vec3_mad (body->joints[SCAPULA_JOINT_NECK_BASE],
                                                neck_dir, NECK);
  body->joints[SCAPULA_JOINT_HEAD] = scapula_vec3_mad (scapula_vec3_mad (body->joints[SCAPULA_JOINT_NECK_TOP],
                                                   neck_dir, 0.045),
                                            body->head[0], 0.012);

  /* Arms hang from the shoulder blades, which slide back (retraction) and
   * down (depression) on the ribs. */
  for (guint limb = SCAPULA_LIMB_NEAR_ARM; limb <= SCAPULA_LIMB_FAR_ARM; limb++)
    {
      double side = limb == SCAPULA_LIMB_NEAR_ARM ? 1 : -1;
      guint j = SCAPULA_LIMB_FIRST_JOINT (limb);
      ScapulaVec3 offset = scapula_vec3 (-0.02 * self->retraction,
                                 -0.015 * self->depression,
                                 SHOULDER_HALF - 0.012 * self->retraction);
      LimbDirections dir;
      ScapulaVec3 hand;

      limb_directions (&self->limbs[limb], FALSE, &dir);
      hand = to_world (body->chest, dir.end, side);

      body->joints[j] = scapula_vec3_add (shoulders, to_world (body->chest, offset, side));
      body->joints[j + 1] = scapula_vec3_mad (body->joints[j], to_world (body->chest, dir.upper, side),
                                   SCAPULA_UPPER_ARM);
      body->joints[j + 2] = scapula_vec3_mad (body->joints[j + 1], to_world (body->chest, dir.lower, side),
                                   SCAPULA_FOREARM);
      body->joints[j + 3] = scapula_vec3_mad (body->joints[j + 2], hand, GRIP);
      body->joints[j + 4] = scapula_vec3_mad (body->joints[j + 2], hand, FIST);
    }

  for (guint limb = SCAPULA_LIMB_NEAR_LEG; limb <= SCAPULA_LIMB_FAR_LEG; limb++)
    {
      double side = limb == SCAPULA_LIMB_NEAR_LEG ? 1 : -1;
      guint j = SCAPULA_LIMB_FIRST_JOINT (limb);
      LimbDirections dir;
      ScapulaVec3 forward, down, ankle;

      limb_directions (&self->limbs[limb], TRUE, &dir);
      forward = to_world (body->pelvis, dir.end, side);
      down = to_world (body->pelvis, dir.end_down, side);

      body->joints[j] = scapula_vec3_mad (hip, body->pelvis[2], HIP_HALF * side);
      body->joints[j + 1] = scapula_vec3_mad (body->joints[j], to_world (body->pelvis, dir.upper, side),
                                   SCAPULA_THIGH);
      ankle = scapula_vec3_mad (body->joints[j + 1], to_world (body->pelvis, dir.lower, side), SCAPULA_SHANK);
      body->joints[j + 2] = ankle;
      /* Heel, ball and toes: the foot is 0.152 long, the ankle 0.039 above
       * the sole. */
      body->joints[j + 3] = scapula_vec3_mad (scapula_vec3_mad (ankle, down, SCAPULA_ANKLE_HEIGHT), forward, -0.035);
      body->joints[j + 4] = scapula_vec3_mad (scapula_vec3_mad (ankle, down, SCAPULA_ANKLE_HEIGHT), forward, 0.085);
      body->joints[j + 5] = scapula_vec3_mad (scapula_vec3_mad (ankle, down, 0.028), forward, SCAPULA_FOOT - 0.035);
    }
}

/* Torso sections: height along the segment, forward offset of the centre,
 * half depth, half width. The first three hang from the pelvis, the others
 * from the upper back (measured from the waist). */
static const struct
{
  gboolean upper;
  double   height;
  double   center;
  double   depth;
  double   width;
} torso_sections[SCAPULA_TORSO_SECTIONS] = {
  { FALSE, -0.05, -0.012, 0.052, 0.085 },
  { FALSE, 0.03, -0.005, 0.066, 0.097 },
  { FALSE, 0.12, 0.005, 0.055, 0.082 },
  { TRUE, 0.0, 0.005, 0.055, 0.082 },
  { TRUE, 0.08, 0.015, 0.07, 0.095 },
  { TRUE, 0.15, 0.005, 0.06, 0.105 },
  { TRUE, 0.19, -0.005, 0.045, 0.08 },
};

/**
 * scapula_body_get_torso_ring:
 * @section: 0 (buttocks) to %SCAPULA_TORSO_SECTIONS − 1 (top of the
 *   shoulders)
 * @ring: (out caller-allocates): points around the section
 *
 * The outline of one cross-section of the torso.
 */
void
scapula_body_get_torso_ring (const ScapulaBody *self,
                             guint              section,
                             ScapulaVec3        ring[SCAPULA_TORSO_RING])
{
  const ScapulaVec3 *frame;
  ScapulaVec3 origin;

  g_return_if_fail (self != NULL);
  g_return_if_fail (section < SCAPULA_TORSO_SECTIONS);

  frame = torso_sections[section].upper ? self->chest : self->pelvis;
  origin = torso_sections[section].upper ? self->joints[SCAPULA_JOINT_WAIST]
                                         : self->joints[SCAPULA_JOINT_HIP_CENTER];
  origin = scapula_vec3_mad (origin, frame[1], torso_sections[section].height);
  origin = scapula_vec3_mad (origin, frame[0], torso_sections[section].center);

  for (guint i = 0; i < SCAPULA_TORSO_RING; i++)
    {
      double angle = 2 * G_PI * i / SCAPULA_TORSO_RING;

      ring[i] = scapula_vec3_mad (scapula_vec3_mad (origin, frame[0], torso_sections[section].depth * cos (angle)),
                       frame[2], torso_sections[section].width * sin (angle));
    }
}

/**
 * scapula_body_get_shoulder_blade:
 * @near: the near or the far blade
 * @corners: (out caller-allocates): the top inner corner, the bottom tip
 *   and the outer corner at the shoulder
 *
 * The shoulder blade on the surface of the upper back. It moves toward the
 * spine as the pose retracts it and down as it depresses it.
 */
void
scapula_body_get_shoulder_blade (const ScapulaBody *self,
                                 gboolean           near,
                                 ScapulaVec3        corners[3])
{
  double side = near ? 1 : -1;
  double r = self->retraction, d = self->depression;
  ScapulaVec3 waist = self->joints[SCAPULA_JOINT_WAIST];
  ScapulaVec3 local[3] = {
    { -0.062 + 0.01 * r, 0.185 - 0.015 * d, 0.045 - 0.022 * r },
    { -0.07 + 0.01 * r, 0.055 - 0.015 * d, 0.06 - 0.025 * r },
    { -0.05, 0.175 - 0.015 * d, 0.105 - 0.012 * r },
  };

  g_return_if_fail (self != NULL);

  for (guint i = 0; i < 3; i++)
    corners[i] = scapula_vec3_add (waist, to_world (self->chest, local[i], side));
}

static const char * const body_point_names[SCAPULA_N_BODY_POINTS] = {
  "head", "chest", "belly", "back", "upper-back", "sacrum", "seat",
  "near-hand", "far-hand", "near-forearm", "far-forearm", "near-elbow", "far-elbow",
  "near-thigh", "far-thigh", "near-knee", "far-knee", "near-shin", "far-shin",
  "near-heel", "far-heel", "near-ball", "far-ball", "near-toe", "far-toe",
};

const char *
scapula_body_point_to_string (ScapulaBodyPoint point)
{
  g_return_val_if_fail (point < SCAPULA_N_BODY_POINTS, NULL);

  return body_point_names[point];
}

static ScapulaVec3
midpoint (ScapulaVec3 a,
          ScapulaVec3 b)
{
  return scapula_vec3_lerp (a, b, 0.5);
}

/**
 * scapula_body_get_point:
 * @point: which part of the body
 * @center: (out): where it is
 * @radius: (out): the flesh around it, 0 for a point on the skin
 *
 * Returns: %TRUE if @point is a known body point
 */
gboolean
scapula_body_get_point (const ScapulaBody *self,
                        ScapulaBodyPoint   point,
                        ScapulaVec3       *center,
                        double            *radius)
{
  const ScapulaVec3 *j = self->joints;
  ScapulaVec3 hip = j[SCAPULA_JOINT_HIP_CENTER];
  ScapulaVec3 waist = j[SCAPULA_JOINT_WAIST];
  int arm = SCAPULA_JOINT_NEAR_SHOULDER, leg = SCAPULA_JOINT_NEAR_HIP;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (center != NULL, FALSE);
  g_return_val_if_fail (radius != NULL, FALSE);

  /* Far-side points are the near ones one limb further on. */
  if (point >= SCAPULA_BODY_POINT_NEAR_HAND && point < SCAPULA_N_BODY_POINTS &&
      (point - SCAPULA_BODY_POINT_NEAR_HAND) % 2 == 1)
    {
      arm = SCAPULA_JOINT_FAR_SHOULDER;
      leg = SCAPULA_JOINT_FAR_HIP;
      point--;
    }

  *radius = 0;

  switch (point)
    {
    case SCAPULA_BODY_POINT_HEAD:
      *center = j[SCAPULA_JOINT_HEAD];
      *radius = R_HEAD;
      break;

    case SCAPULA_BODY_POINT_CHEST:
      *center = scapula_vec3_mad (scapula_vec3_mad (waist, self->chest[1], 0.09), self->chest[0], 0.085);
      break;

    case SCAPULA_BODY_POINT_BELLY:
      *center = scapula_vec3_mad (scapula_vec3_mad (hip, self->pelvis[1], 0.08), self->pelvis[0], 0.06);
      break;

    case SCAPULA_BODY_POINT_BACK:
      *center = scapula_vec3_mad (scapula_vec3_mad (waist, self->chest[1], 0.07), self->chest[0], -0.055);
      break;

    case SCAPULA_BODY_POINT_UPPER_BACK:
      *center = scapula_vec3_mad (scapula_vec3_mad (waist, self->chest[1], 0.15), self->chest[0], -0.055);
      break;

    case SCAPULA_BODY_POINT_SACRUM:
      *center = scapula_vec3_mad (scapula_vec3_mad (hip, self->pelvis[1], 0.03), self->pelvis[0], -0.071);
      break;

    case SCAPULA_BODY_POINT_SEAT:
      *center = scapula_vec3_mad (hip, self->pelvis[1], -0.055);
      break;

    case SCAPULA_BODY_POINT_NEAR_HAND:
      *center = j[arm + 3];
      *radius = R_HAND;
      break;

    case SCAPULA_BODY_POINT_NEAR_FOREARM:
      *center = midpoint (j[arm + 1], j[arm + 2]);
      *radius = R_FOREARM;
      break;

    case SCAPULA_BODY_POINT_NEAR_ELBOW:
      *center = j[arm + 1];
      *radius = R_ELBOW;
      break;

    case SCAPULA_BODY_POINT_NEAR_THIGH:
      *center = midpoint (j[leg], j[leg + 1]);
      *radius = R_THIGH;
      break;

    case SCAPULA_BODY_POINT_NEAR_KNEE:
      *center = j[leg + 1];
      *radius = R_KNEE;
      break;

    case SCAPULA_BODY_POINT_NEAR_SHIN:
      *center = midpoint (j[leg + 1], j[leg + 2]);
      *radius = R_SHANK;
      break;

    case SCAPULA_BODY_POINT_NEAR_HEEL:
      *center = j[leg + 3];
      break;

    case SCAPULA_BODY_POINT_NEAR_BALL:
      *center = j[leg + 4];
      break;

    case SCAPULA_BODY_POINT_NEAR_TOE:
      *center = j[leg + 5];
      break;

    case SCAPULA_BODY_POINT_FAR_HAND:
    case SCAPULA_BODY_POINT_FAR_FOREARM:
    case SCAPULA_BODY_POINT_FAR_ELBOW:
    case SCAPULA_BODY_POINT_FAR_THIGH:
    case SCAPULA_BODY_POINT_FAR_KNEE:
    case SCAPULA_BODY_POINT_FAR_SHIN:
    case SCAPULA_BODY_POINT_FAR_HEEL:
    case SCAPULA_BODY_POINT_FAR_BALL:
    case SCAPULA_BODY_POINT_FAR_TOE:
    case SCAPULA_N_BODY_POINTS:
    default:
      return FALSE;
    }

  return TRUE;
}

/**
 * scapula_body_get_lowest:
 *
 * Returns: the height of the lowest point of the body's surface
 */
double
scapula_body_get_lowest (const ScapulaBody *self)
{
  static const struct { ScapulaJoint joint; double radius; } spheres[] = {
    { SCAPULA_JOINT_HEAD, R_HEAD },
    { SCAPULA_JOINT_NEAR_SHOULDER, R_SHOULDER },
    { SCAPULA_JOINT_NEAR_ELBOW, R_ELBOW },
    { SCAPULA_JOINT_NEAR_WRIST, R_WRIST },
    { SCAPULA_JOINT_NEAR_GRIP, R_HAND },
    { SCAPULA_JOINT_NEAR_FINGERS, R_FINGERS },
    { SCAPULA_JOINT_FAR_SHOULDER, R_SHOULDER },
    { SCAPULA_JOINT_FAR_ELBOW, R_ELBOW },
    { SCAPULA_JOINT_FAR_WRIST, R_WRIST },
    { SCAPULA_JOINT_FAR_GRIP, R_HAND },
    { SCAPULA_JOINT_FAR_FINGERS, R_FINGERS },
    { SCAPULA_JOINT_NEAR_KNEE, R_KNEE },
    { SCAPULA_JOINT_NEAR_ANKLE, R_ANKLE },
    { SCAPULA_JOINT_NEAR_HEEL, 0 },
    { SCAPULA_JOINT_NEAR_BALL, 0 },
    { SCAPULA_JOINT_NEAR_TOE, 0 },
    { SCAPULA_JOINT_FAR_KNEE, R_KNEE },
    { SCAPULA_JOINT_FAR_ANKLE, R_ANKLE },
    { SCAPULA_JOINT_FAR_HEEL, 0 },
    { SCAPULA_JOINT_FAR_BALL, 0 },
    { SCAPULA_JOINT_FAR_TOE, 0 },
  };
  static const struct { ScapulaJoint a, b; double radius; } segments[] = {
    { SCAPULA_JOINT_NEAR_SHOULDER, SCAPULA_JOINT_NEAR_ELBOW, R_UPPER_ARM },
    { SCAPULA_JOINT_NEAR_ELBOW, SCAPULA_JOINT_NEAR_WRIST, R_FOREARM },
    { SCAPULA_JOINT_FAR_SHOULDER, SCAPULA_JOINT_FAR_ELBOW, R_UPPER_ARM },
    { SCAPULA_JOINT_FAR_ELBOW, SCAPULA_JOINT_FAR_WRIST, R_FOREARM },
    { SCAPULA_JOINT_NEAR_HIP, SCAPULA_JOINT_NEAR_KNEE, R_THIGH },
    { SCAPULA_JOINT_NEAR_KNEE, SCAPULA_JOINT_NEAR_ANKLE, R_SHANK },
    { SCAPULA_JOINT_FAR_HIP, SCAPULA_JOINT_FAR_KNEE, R_THIGH },
    { SCAPULA_JOINT_FAR_KNEE, SCAPULA_JOINT_FAR_ANKLE, R_SHANK },
  };
  double lowest = G_MAXDOUBLE;

  g_return_val_if_fail (self != NULL, 0);

  for (guint i = 0; i < G_N_ELEMENTS (spheres); i++)
    lowest = MIN (lowest, self->joints[spheres[i].joint].y - spheres[i].radius);

  for (guint i = 0; i < G_N_ELEMENTS (segments); i++)
    lowest = MIN (lowest, midpoint (self->joints[segments[i].a], self->joints[segments[i].b]).y -
                          segments[i].radius);

  for (guint i = 0; i < SCAPULA_TORSO_SECTIONS; i++)
    {
      ScapulaVec3 ring[SCAPULA_TORSO_RING];

      scapula_body_get_torso_ring (self, i, ring);
      for (guint k = 0; k < SCAPULA_TORSO_RING; k++)
        lowest = MIN (lowest, ring[k].y);
    }

  return lowest;
}

/**
 * scapula_body_get_center_of_mass:
 * @center: (out): the body's centre of mass
 *
 * Uses Winter's segment masses and centre-of-mass positions.
 */
void
scapula_body_get_center_of_mass (const ScapulaBody *self,
                                 ScapulaVec3       *center)
{
  static const struct { ScapulaJoint a, b; double along, mass; } segments[] = {
    { SCAPULA_JOINT_HIP_CENTER, SCAPULA_JOINT_SHOULDER_CENTER, 0.5, 0.497 },
    { SCAPULA_JOINT_HEAD, SCAPULA_JOINT_HEAD, 0, 0.081 },
    { SCAPULA_JOINT_NEAR_SHOULDER, SCAPULA_JOINT_NEAR_ELBOW, 0.436, 0.028 },
    { SCAPULA_JOINT_NEAR_ELBOW, SCAPULA_JOINT_NEAR_WRIST, 0.43, 0.016 },
    { SCAPULA_JOINT_NEAR_WRIST, SCAPULA_JOINT_NEAR_FINGERS, 0.5, 0.006 },
    { SCAPULA_JOINT_FAR_SHOULDER, SCAPULA_JOINT_FAR_ELBOW, 0.436, 0.028 },
    { SCAPULA_JOINT_FAR_ELBOW, SCAPULA_JOINT_FAR_WRIST, 0.43, 0.016 },
    { SCAPULA_JOINT_FAR_WRIST, SCAPULA_JOINT_FAR_FINGERS, 0.5, 0.006 },
    { SCAPULA_JOINT_NEAR_HIP, SCAPULA_JOINT_NEAR_KNEE, 0.433, 0.1 },
    { SCAPULA_JOINT_NEAR_KNEE, SCAPULA_JOINT_NEAR_ANKLE, 0.433, 0.0465 },
    { SCAPULA_JOINT_NEAR_HEEL, SCAPULA_JOINT_NEAR_TOE, 0.5, 0.0145 },
    { SCAPULA_JOINT_FAR_HIP, SCAPULA_JOINT_FAR_KNEE, 0.433, 0.1 },
    { SCAPULA_JOINT_FAR_KNEE, SCAPULA_JOINT_FAR_ANKLE, 0.433, 0.0465 },
    { SCAPULA_JOINT_FAR_HEEL, SCAPULA_JOINT_FAR_TOE, 0.5, 0.0145 },
  };
  ScapulaVec3 sum = { 0, 0, 0 };
  double total = 0;

  g_return_if_fail (self != NULL);
  g_return_if_fail (center != NULL);

  for (guint i = 0; i < G_N_ELEMENTS (segments); i++)
    {
      ScapulaVec3 p = scapula_vec3_lerp (self->joints[segments[i].a], self->joints[segments[i].b],
                              segments[i].along);

      sum = scapula_vec3_mad (sum, p, segments[i].mass);
      total += segments[i].mass;
    }

  *center = scapula_vec3_scale (sum, 1 / total);
}

/* Scenes ----------------------------------------------------------------- */

static const char * const item_kind_names[SCAPULA_N_ITEM_KINDS] = {
  "bench", "dumbbell", "kettlebell", "barbell", "trap-bar", "landmine", "cable", "band",
  "straps", "pull-up-bar", "mat", "foam-roller", "ball", "wall", "doorway",
  "back-extension-bench", "pad", "roller-pad", "lever",
};

const char *
scapula_item_kind_to_string (ScapulaItemKind kind)
{
  g_return_val_if_fail (kind < SCAPULA_N_ITEM_KINDS, NULL);

  return item_kind_names[kind];
}

static ScapulaVec3
grip (const ScapulaBody *body,
      ScapulaHold        hold)
{
  switch (hold)
    {
    case SCAPULA_HOLD_NEAR:
      return body->joints[SCAPULA_JOINT_NEAR_GRIP];

    case SCAPULA_HOLD_FAR:
      return body->joints[SCAPULA_JOINT_FAR_GRIP];

    case SCAPULA_HOLD_BOTH:
    case SCAPULA_HOLD_PAIR:
    case SCAPULA_HOLD_NONE:
    default:
      return midpoint (body->joints[SCAPULA_JOINT_NEAR_GRIP], body->joints[SCAPULA_JOINT_FAR_GRIP]);
    }
}

/* Items that stay where they are even when the hands hold them. */
static gboolean
item_is_fixed (ScapulaItemKind kind)
{
  return kind == SCAPULA_ITEM_PULL_UP_BAR || kind == SCAPULA_ITEM_STRAPS ||
         kind == SCAPULA_ITEM_LEVER || kind == SCAPULA_ITEM_CABLE ||
         kind == SCAPULA_ITEM_BENCH || kind == SCAPULA_ITEM_MAT ||
         kind == SCAPULA_ITEM_FOAM_ROLLER || kind == SCAPULA_ITEM_BALL ||
         kind == SCAPULA_ITEM_WALL || kind == SCAPULA_ITEM_DOORWAY ||
         kind == SCAPULA_ITEM_BACK_EXTENSION_BENCH || kind == SCAPULA_ITEM_PAD ||
         kind == SCAPULA_ITEM_ROLLER_PAD;
}

/**
 * scapula_scene_locate_item:
 * @pose: the pose, with this scene's items
 * @body: the pose's joint positions
 * @index: which item
 * @positions: (out caller-allocates): where the item is: for a pair of
 *   dumbbells, one in each hand (near first); for a landmine or lever, the
 *   grip end; for a cable or band, the handle
 *
 * Returns: how many of @positions were set: 2 for a pair, else 1
 */
guint
scapula_scene_locate_item (const ScapulaScene *self,
                           const ScapulaPose  *pose,
                           const ScapulaBody  *body,
                           guint               index,
                           ScapulaVec3         positions[2])
{
  const ScapulaItemState *state;
  ScapulaItemKind kind;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (pose != NULL, 0);
  g_return_val_if_fail (body != NULL, 0);
  g_return_val_if_fail (index < self->n_items && index < pose->n_items, 0);

  state = &pose->items[index];
  kind = self->items[index].kind;

  if (state->hold == SCAPULA_HOLD_NONE)
    {
      /* A pair set down stands side by side, mirrored about the body's
       * middle. */
      positions[0] = positions[1] = state->position;
      positions[1].z = -positions[1].z;
      return self->items[index].hold == SCAPULA_HOLD_PAIR ? 2 : 1;
    }

  /* A held pull-up bar, bench or door frame stays put; a held cable,
   * lever or strap ends in the hand. */
  if (item_is_fixed (kind) && kind != SCAPULA_ITEM_CABLE &&
      kind != SCAPULA_ITEM_LEVER && kind != SCAPULA_ITEM_STRAPS)
    {
      positions[0] = positions[1] = state->position;
      return 1;
    }

  if (state->hold == SCAPULA_HOLD_PAIR)
    {
      ScapulaVec3 other = state->position;

      other.z = -other.z;
      positions[0] = scapula_vec3_lerp (state->position, body->joints[SCAPULA_JOINT_NEAR_GRIP],
                             state->attachment);
      positions[1] = scapula_vec3_lerp (other, body->joints[SCAPULA_JOINT_FAR_GRIP], state->attachment);
      return 2;
    }

  positions[0] = positions[1] = scapula_vec3_lerp (state->position, grip (body, state->hold),
                                        state->attachment);
  return 1;
}

static double
item_hang (const ScapulaItem *item)
{
  /* How far below the grip the centre of a held weight is. */
  if (item->kind == SCAPULA_ITEM_KETTLEBELL && item->axis != SCAPULA_ITEM_AXIS_UPRIGHT)
    return item->size + 0.035;

  return 0;
}

/**
 * scapula_scene_get_item_bottom:
 *
 * Returns: the height of the lowest point of item @index in @pose, or
 *   G_MAXDOUBLE for items that have no weight to set down
 */
double
scapula_scene_get_item_bottom (const ScapulaScene *self,
                               const ScapulaPose  *pose,
                               const ScapulaBody  *body,
                               guint               index)
{
  const ScapulaItem *item;
  ScapulaVec3 positions[2];
  guint n;
  double bottom = G_MAXDOUBLE;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (index < self->n_items, 0);

  item = &self->items[index];
  n = scapula_scene_locate_item (self, pose, body, index, positions);

  for (guint i = 0; i < n; i++)
    {
      switch (item->kind)
        {
        case SCAPULA_ITEM_DUMBBELL:
          bottom = MIN (bottom, positions[i].y - item->size -
                                (item->axis == SCAPULA_ITEM_AXIS_UPRIGHT ? 0.06 : 0));
          break;

        case SCAPULA_ITEM_KETTLEBELL:
          bottom = MIN (bottom, positions[i].y - item_hang (item) - item->size);
          break;

        case SCAPULA_ITEM_BARBELL:
        case SCAPULA_ITEM_TRAP_BAR:
        case SCAPULA_ITEM_LANDMINE:
          bottom = MIN (bottom, positions[i].y - item->size);
          break;

        case SCAPULA_ITEM_BENCH:
        case SCAPULA_ITEM_CABLE:
        case SCAPULA_ITEM_BAND:
        case SCAPULA_ITEM_STRAPS:
        case SCAPULA_ITEM_PULL_UP_BAR:
        case SCAPULA_ITEM_MAT:
        case SCAPULA_ITEM_FOAM_ROLLER:
        case SCAPULA_ITEM_BALL:
        case SCAPULA_ITEM_WALL:
        case SCAPULA_ITEM_DOORWAY:
        case SCAPULA_ITEM_BACK_EXTENSION_BENCH:
        case SCAPULA_ITEM_PAD:
        case SCAPULA_ITEM_ROLLER_PAD:
        case SCAPULA_ITEM_LEVER:
        case SCAPULA_N_ITEM_KINDS:
        default:
          break;
        }
    }

  return bottom;
}

/* The top of a bench: the pad from its low end, and the seat behind it. */
static void
bench_surfaces (const ScapulaItem *item,
                ScapulaVec3        pad[2],
                ScapulaVec3        seat[2])
{
  double a = DEG (item->angle);

  pad[0] = item->position;
  pad[1] = scapula_vec3_add (item->position, scapula_vec3 (item->length * cos (a), item->length * sin (a), 0));
  seat[0] = scapula_vec3_add (item->position, scapula_vec3 (-item->seat, 0, 0));
  seat[1] = item->position;
}

static void
bench_legs (const ScapulaItem *item,
            ScapulaVec3        low[2],
            ScapulaVec3        high[2])
{
  double a = DEG (item->angle);
  double top_x = item->position.x + item->length * cos (a);
  double top_y = item->position.y + item->length * sin (a);
  double low_x = item->position.x - item->seat + 0.05;
  double high_x = MAX (top_x - 0.06, item->position.x + 0.05);

  low[0] = scapula_vec3 (low_x, 0.01, item->position.z);
  low[1] = scapula_vec3 (low_x, item->position.y - 0.04, item->position.z);
  high[0] = scapula_vec3 (high_x, 0.01, item->position.z);
  high[1] = scapula_vec3 (high_x, MIN (top_y, item->position.y + 0.3) - 0.04, item->position.z);
}

static void
pad_surface (const ScapulaItem *item,
             ScapulaVec3        ends[2])
{
  double a = DEG (item->angle);
  ScapulaVec3 half = scapula_vec3 (item->length / 2 * cos (a), item->length / 2 * sin (a), 0);

  ends[0] = scapula_vec3_sub (item->position, half);
  ends[1] = scapula_vec3_add (item->position, half);
}

/**
 * scapula_scene_distance_to_support:
 * @pose: (nullable): the pose, which places the items in its step
 * @support: an item index, or -1 for the floor
 * @point: a point
 *
 * Returns: how far @point is from the surface of @support; G_MAXDOUBLE if
 *   the item is nothing to rest on
 */
double
scapula_scene_distance_to_support (const ScapulaScene *self,
                                   const ScapulaPose  *pose,
                                   int                 support,
                                   const ScapulaVec3  *point)
{
  const ScapulaItem *item;
  ScapulaItem placed;
  ScapulaVec3 a[2], b[2];

  g_return_val_if_fail (self != NULL, G_MAXDOUBLE);
  g_return_val_if_fail (point != NULL, G_MAXDOUBLE);
  g_return_val_if_fail (support < (int) self->n_items, G_MAXDOUBLE);

  /* Signed for the floor: a point under it is not resting on it. */
  if (support < 0)
    return point->y;

  /* Where the step puts it (a roller rolls, a bench may move). */
  placed = self->items[support];
  if (pose != NULL && (guint) support < pose->n_items)
    placed.position = pose->items[support].position;
  item = &placed;

  switch (item->kind)
    {
    case SCAPULA_ITEM_BENCH:
      {
        double distance;

        bench_surfaces (item, a, b);
        distance = segment_distance_2d (*point, a[0], a[1]);
        if (item->seat > 0)
          distance = MIN (distance, segment_distance_2d (*point, b[0], b[1]));

        /* A hand may hold a leg of the bench (the widget draws them here). */
        bench_legs (item, a, b);
        distance = MIN (distance, segment_distance_2d (*point, a[0], a[1]));
        distance = MIN (distance, segment_distance_2d (*point, b[0], b[1]));
        return distance;
      }

    case SCAPULA_ITEM_PAD:
      pad_surface (item, a);
      return segment_distance_2d (*point, a[0], a[1]);

    case SCAPULA_ITEM_BACK_EXTENSION_BENCH:
      /* The hip pad, the roller over the heels and the plate under them. */
      pad_surface (item, a);
      b[0] = scapula_vec3 (item->foot.x - 0.1, item->foot.y - 0.075, 0);
      b[1] = scapula_vec3 (item->foot.x + 0.06, item->foot.y - 0.075, 0);
      return MIN (MIN (segment_distance_2d (*point, a[0], a[1]),
                       segment_distance_2d (*point, b[0], b[1])),
                  fabs (hypot (point->x - item->foot.x, point->y - item->foot.y) - 0.03));

    case SCAPULA_ITEM_ROLLER_PAD:
    case SCAPULA_ITEM_FOAM_ROLLER:
      return fabs (hypot (point->x - item->position.x, point->y - item->position.y) - item->size);

    case SCAPULA_ITEM_BALL:
      return fabs (scapula_vec3_length (scapula_vec3_sub (*point, item->position)) - item->size);

    case SCAPULA_ITEM_MAT:
      return point->y - 0.008;

    case SCAPULA_ITEM_WALL:
    case SCAPULA_ITEM_DOORWAY:
      return fabs (point->x - item->position.x);

    case SCAPULA_ITEM_DUMBBELL:
    case SCAPULA_ITEM_KETTLEBELL:
    case SCAPULA_ITEM_BARBELL:
    case SCAPULA_ITEM_TRAP_BAR:
    case SCAPULA_ITEM_LANDMINE:
    case SCAPULA_ITEM_CABLE:
    case SCAPULA_ITEM_BAND:
    case SCAPULA_ITEM_STRAPS:
    case SCAPULA_ITEM_PULL_UP_BAR:
    case SCAPULA_ITEM_LEVER:
    case SCAPULA_N_ITEM_KINDS:
    default:
      return G_MAXDOUBLE;
    }
}

static gboolean
check_hold (const ScapulaScene  *scene,
            const ScapulaPose   *pose,
            const ScapulaBody   *body,
            guint                index,
            double               tolerance,
            GError             **error)
{
  const ScapulaItem *item = &scene->items[index];
  const ScapulaItemState *state = &pose->items[index];
  ScapulaVec3 hands[2] = {
    body->joints[SCAPULA_JOINT_NEAR_GRIP],
    body->joints[SCAPULA_JOINT_FAR_GRIP],
  };
  guint first = state->hold == SCAPULA_HOLD_FAR ? 1 : 0;
  guint last = state->hold == SCAPULA_HOLD_NEAR ? 0 : 1;
  const char *name = item_kind_names[item->kind];

  if (state->hold == SCAPULA_HOLD_NONE)
    return TRUE;

  /* Both hands on one rigid thing meet it at the same height and depth. */
  if (state->hold == SCAPULA_HOLD_BOTH &&
      hypot (hands[0].x - hands[1].x, hands[0].y - hands[1].y) > tolerance)
    {
      g_set_error (error, SCAPULA_POSE_ERROR, SCAPULA_POSE_ERROR_INVALID,
                   "the hands are %.3f apart on the %s", hypot (hands[0].x - hands[1].x,
                                                                 hands[0].y - hands[1].y), name);
      return FALSE;
    }

  for (guint i = first; i <= last; i++)
    {
      double miss = 0;

      switch (item->kind)
        {
        case SCAPULA_ITEM_PULL_UP_BAR:
          miss = hypot (hands[i].x - state->position.x, hands[i].y - state->position.y);
          break;

        case SCAPULA_ITEM_STRAPS:
        case SCAPULA_ITEM_LANDMINE:
          miss = fabs (scapula_vec3_length (scapula_vec3_sub (hands[i], state->position)) - item->length);
          break;

        case SCAPULA_ITEM_LEVER:
          miss = fabs (hypot (hands[i].x - state->position.x, hands[i].y - state->position.y) -
                       item->length);
          break;

        case SCAPULA_ITEM_PAD:
        case SCAPULA_ITEM_ROLLER_PAD:
        case SCAPULA_ITEM_BENCH:
        case SCAPULA_ITEM_BACK_EXTENSION_BENCH:
        case SCAPULA_ITEM_DOORWAY:
        case SCAPULA_ITEM_WALL:
        case SCAPULA_ITEM_BALL:
        case SCAPULA_ITEM_FOAM_ROLLER:
          miss = scapula_scene_distance_to_support (scene, pose, (int) index, &hands[i]) - R_HAND;
          miss = fabs (miss);
          break;

        case SCAPULA_ITEM_DUMBBELL:
        case SCAPULA_ITEM_KETTLEBELL:
        case SCAPULA_ITEM_BARBELL:
        case SCAPULA_ITEM_TRAP_BAR:
        case SCAPULA_ITEM_CABLE:
        case SCAPULA_ITEM_BAND:
        case SCAPULA_ITEM_MAT:
        case SCAPULA_N_ITEM_KINDS:
        default:
          /* Free weights and handles go where the hands go. */
          break;
        }

      if (miss > tolerance)
        {
          g_set_error (error, SCAPULA_POSE_ERROR, SCAPULA_POSE_ERROR_INVALID,
                       "the %s hand misses the %s by %.3f", i == 0 ? "near" : "far", name, miss);
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * scapula_pose_check_contacts:
 * @scene: the pose's scene
 * @tolerance: how far, in body heights, a contact may be off
 * @error: return location for a #GError
 *
 * Checks that @self is physically plausible in @scene: each contact it
 * declares touches its support, nothing sinks into the floor, the hands
 * meet what they hold (both hands on the same bar, the pull-up bar where it
 * is, a strap or landmine at its length from the anchor), and the body
 * rests on something or hangs from something.
 *
 * Returns: %TRUE if the pose fits the scene
 */
gboolean
scapula_pose_check_contacts (const ScapulaPose   *self,
                             const ScapulaScene  *scene,
                             double               tolerance,
                             GError             **error)
{
  ScapulaBody body;
  double lowest;
  gboolean supported = self->n_contacts > 0;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (scene != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->n_items != scene->n_items)
    {
      g_set_error (error, SCAPULA_POSE_ERROR, SCAPULA_POSE_ERROR_INVALID,
                   "the pose has %u items, the scene %u", self->n_items, scene->n_items);
      return FALSE;
    }

  scapula_pose_compute_body (self, &body);

  for (guint i = 0; i < self->n_contacts; i++)
    {
      const ScapulaContact *contact = &self->contacts[i];
      ScapulaVec3 center;
      double radius, distance;

      if (!scapula_body_get_point (&body, contact->point, &center, &radius))
        return FALSE;

      distance = scapula_scene_distance_to_support (scene, self, contact->support, &center);
      distance -= radius;
      if (fabs (distance) > tolerance)
        {
          g_set_error (error, SCAPULA_POSE_ERROR, SCAPULA_POSE_ERROR_INVALID,
                       "the %s is %.3f %s the %s",
                       body_point_names[contact->point], fabs (distance),
                       distance > 0 ? "away from" : "inside",
                       contact->support < 0 ? "floor"
                                            : item_kind_names[scene->items[contact->support].kind]);
          return FALSE;
        }
    }

  lowest = scapula_body_get_lowest (&body);
  if (lowest < -tolerance / 2)
    {
      g_set_error (error, SCAPULA_POSE_ERROR, SCAPULA_POSE_ERROR_INVALID,
                   "the body is %.3f below the floor", -lowest);
      return FALSE;
    }

  for (guint i = 0; i < scene->n_items; i++)
    {
      double bottom = scapula_scene_get_item_bottom (scene, self, &body, i);

      if (bottom < -tolerance / 2)
        {
          g_set_error (error, SCAPULA_POSE_ERROR, SCAPULA_POSE_ERROR_INVALID,
                       "the %s is %.3f below the floor",
                       item_kind_names[scene->items[i].kind], -bottom);
          return FALSE;
        }

      if (!check_hold (scene, self, &body, i, tolerance, error))
        return FALSE;

      if (self->items[i].hold != SCAPULA_HOLD_NONE &&
          (scene->items[i].kind == SCAPULA_ITEM_PULL_UP_BAR ||
           scene->items[i].kind == SCAPULA_ITEM_STRAPS))
        supported = TRUE;
    }

  if (!supported)
    {
      g_set_error_literal (error, SCAPULA_POSE_ERROR, SCAPULA_POSE_ERROR_INVALID,
                           "the body rests on nothing");
      return FALSE;
    }

  return TRUE;
}

/* Parsing ---------------------------------------------------------------- */

#define OPTIONAL_STRING (G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL)

/* The file format is documented at the top of data/catalog/poses.xml. */

typedef struct
{
  ScapulaStepCountFunc  count_steps;
  gpointer              user_data;
  GHashTable           *sets;           /* id → ScapulaPoseSet, owned */
  ScapulaPoseSet       *current;        /* owned while parsed */
  char                 *current_id;
  char                 *item_ids[SCAPULA_POSE_MAX_ITEMS];
  gboolean             *seen_steps;
  ScapulaPose          *pose;           /* the pose being read, in current */
  gboolean              seen_root;
} ParseState;

static void
clear_current (ParseState *state)
{
  g_clear_pointer (&state->current, scapula_pose_set_free);
  g_clear_pointer (&state->current_id, g_free);
  g_clear_pointer (&state->seen_steps, g_free);
  for (guint i = 0; i < SCAPULA_POSE_MAX_ITEMS; i++)
    g_clear_pointer (&state->item_ids[i], g_free);
  state->pose = NULL;
}

#define set_error(context, error, ...) \
  scapula_markup_set_error (context, error, SCAPULA_POSE_ERROR, SCAPULA_POSE_ERROR_PARSE, __VA_ARGS__)

/* Reads up to max numbers separated by spaces; at least min. */
static gboolean
parse_numbers (GMarkupParseContext  *context,
               const char           *name,
               const char           *text,
               guint                 min,
               guint                 max,
               double               *out,
               GError              **error)
{
  g_auto(GStrv) parts = NULL;
  guint n = 0;

  if (text == NULL)
    return TRUE;

  parts = g_strsplit_set (text, " \t\n", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *end = NULL;
      double value;

      if (parts[i][0] == '\0')
        continue;

      value = g_ascii_strtod (parts[i], &end);
      if (n == max || end == parts[i] || *end != '\0' || !isfinite (value))
        {
          set_error (context, error, "%s must be %u to %u numbers, not “%s”",
                     name, min, max, text);
          return FALSE;
        }
      out[n++] = value;
    }

  if (n < min)
    {
      set_error (context, error, "%s must be %u to %u numbers, not “%s”", name, min, max, text);
      return FALSE;
    }

  return TRUE;
}

static gboolean
parse_hold (GMarkupParseContext  *context,
            const char           *text,
            ScapulaHold          *out,
            GError              **error)
{
  static const char * const names[] = { "none", "near", "far", "both", "pair" };

  if (text == NULL)
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (text, names[i]))
      {
        *out = i;
        return TRUE;
      }

  set_error (context, error, "unknown hold “%s”", text);
  return FALSE;
}

static gboolean
parse_body_point (const char       *text,
                  ScapulaBodyPoint *out)
{
  for (guint i = 0; i < SCAPULA_N_BODY_POINTS; i++)
    if (g_str_equal (text, body_point_names[i]))
      {
        *out = i;
        return TRUE;
      }

  return FALSE;
}

static int
find_item (ParseState *state,
           const char *id)
{
  for (guint i = 0; i < state->current->scene.n_items; i++)
    if (g_strcmp0 (state->item_ids[i], id) == 0)
      return i;

  return -1;
}

static void
start_exercise (GMarkupParseContext  *context,
                ParseState           *state,
                const char          **names,
                const char          **values,
                GError              **error)
{
  const char *id, *view = NULL;
  guint n_steps;

  if (!g_markup_collect_attributes ("exercise", names, values, error,
                                    G_MARKUP_COLLECT_STRING, "id", &id,
                                    OPTIONAL_STRING, "view", &view,
                                    G_MARKUP_COLLECT_INVALID))
    return;

  n_steps = state->count_steps (id, state->user_data);
  if (n_steps == 0)
    {
      set_error (context, error, "unknown exercise “%s”", id);
      return;
    }

  if (g_hash_table_contains (state->sets, id))
    {
      set_error (context, error, "exercise “%s” has poses twice", id);
      return;
    }

  state->current = g_new0 (ScapulaPoseSet, 1);
  state->current->n_poses = n_steps;
  state->current->poses = g_new0 (ScapulaPose, n_steps);
  state->current->scene.view = 15;
  state->current_id = g_strdup (id);
  state->seen_steps = g_new0 (gboolean, n_steps);

  {
    double angles[2] = { state->current->scene.view, 0 };

    if (!parse_numbers (context, "view", view, 1, 2, angles, error))
      return;

    state->current->scene.view = angles[0];
    state->current->scene.pitch = angles[1];
  }

  if (state->current->scene.view < -90 || state->current->scene.view > 90 ||
      state->current->scene.pitch < 0 || state->current->scene.pitch > 60)
    set_error (context, error, "view “%s” is outside −90° to 90° (turn) or 0° to 60° (pitch)",
               view);
}

static gboolean
parse_kind (const char      *element,
            ScapulaItemKind *out)
{
  for (guint i = 0; i < SCAPULA_N_ITEM_KINDS; i++)
    if (g_str_equal (element, item_kind_names[i]))
      {
        *out = i;
        return TRUE;
      }

  return FALSE;
}

static void
start_item (GMarkupParseContext  *context,
            ParseState           *state,
            ScapulaItemKind       kind,
            const char          **names,
            const char          **values,
            GError              **error)
{
  static const double default_size[SCAPULA_N_ITEM_KINDS] = {
    [SCAPULA_ITEM_DUMBBELL] = 0.045,
    [SCAPULA_ITEM_KETTLEBELL] = 0.055,
    [SCAPULA_ITEM_BARBELL] = 0.129,
    [SCAPULA_ITEM_TRAP_BAR] = 0.129,
    [SCAPULA_ITEM_LANDMINE] = 0.129,
    [SCAPULA_ITEM_CABLE] = 0.2,
    [SCAPULA_ITEM_PULL_UP_BAR] = 0.015,
    [SCAPULA_ITEM_FOAM_ROLLER] = 0.043,
    [SCAPULA_ITEM_BALL] = 0.186,
    [SCAPULA_ITEM_DOORWAY] = 0.26,
    [SCAPULA_ITEM_ROLLER_PAD] = 0.04,
  };
  const char *id = NULL, *hold = NULL, *at = NULL, *length = NULL, *angle = NULL, *size = NULL;
  const char *seat = NULL, *axis = NULL, *handle = NULL, *to = NULL, *foot = NULL;
  ScapulaScene *scene = &state->current->scene;
  ScapulaItem *item;
  double position[3] = { 0, 0, 0 }, foot_at[2] = { 0, 0 };

  if (!g_markup_collect_attributes (item_kind_names[kind], names, values, error,
                                    OPTIONAL_STRING, "id", &id,
                                    OPTIONAL_STRING, "hold", &hold,
                                    OPTIONAL_STRING, "at", &at,
                                    OPTIONAL_STRING, "length", &length,
                                    OPTIONAL_STRING, "angle", &angle,
                                    OPTIONAL_STRING, "size", &size,
                                    OPTIONAL_STRING, "seat", &seat,
                                    OPTIONAL_STRING, "axis", &axis,
                                    OPTIONAL_STRING, "handle", &handle,
                                    OPTIONAL_STRING, "to", &to,
                                    OPTIONAL_STRING, "foot", &foot,
                                    G_MARKUP_COLLECT_INVALID))
    return;

  if (scene->n_items == SCAPULA_POSE_MAX_ITEMS)
    {
      set_error (context, error, "more than %d items", SCAPULA_POSE_MAX_ITEMS);
      return;
    }

  if (id != NULL && find_item (state, id) >= 0)
    {
      set_error (context, error, "item id “%s” is used twice", id);
      return;
    }

  item = &scene->items[scene->n_items];
  item->kind = kind;
  item->attach = -1;
  item->size = default_size[kind];

  if (!parse_hold (context, hold, &item->hold, error) ||
      !parse_numbers (context, "at", at, 2, 3, position, error) ||
      !parse_numbers (context, "length", length, 1, 1, &item->length, error) ||
      !parse_numbers (context, "angle", angle, 1, 1, &item->angle, error) ||
      !parse_numbers (context, "size", size, 1, 1, &item->size, error) ||
      !parse_numbers (context, "seat", seat, 1, 1, &item->seat, error) ||
      !parse_numbers (context, "foot", foot, 2, 2, foot_at, error))
    return;

  item->position = scapula_vec3 (position[0], position[1], position[2]);
  item->foot = scapula_vec3 (foot_at[0], foot_at[1], 0);

  if (axis == NULL || g_str_equal (axis, "along"))
    item->axis = SCAPULA_ITEM_AXIS_ALONG;
  else if (g_str_equal (axis, "across"))
    item->axis = SCAPULA_ITEM_AXIS_ACROSS;
  else if (g_str_equal (axis, "upright"))
    item->axis = SCAPULA_ITEM_AXIS_UPRIGHT;
  else
    {
      set_error (context, error, "unknown axis “%s”", axis);
      return;
    }

  if (handle == NULL || g_str_equal (handle, "single"))
    item->handle = SCAPULA_HANDLE_SINGLE;
  else if (g_str_equal (handle, "rope"))
    item->handle = SCAPULA_HANDLE_ROPE;
  else if (g_str_equal (handle, "bar"))
    item->handle = SCAPULA_HANDLE_BAR;
  else
    {
      set_error (context, error, "unknown handle “%s”", handle);
      return;
    }

  if (to != NULL)
    {
      ScapulaBodyPoint point;

      if (!parse_body_point (to, &point))
        {
          set_error (context, error, "unknown body point “%s”", to);
          return;
        }
      item->attach = point;
    }

  if (item->hold == SCAPULA_HOLD_PAIR &&
      kind != SCAPULA_ITEM_DUMBBELL && kind != SCAPULA_ITEM_KETTLEBELL)
    {
      set_error (context, error, "only dumbbells and kettlebells come in pairs");
      return;
    }

  if ((kind == SCAPULA_ITEM_BENCH || kind == SCAPULA_ITEM_MAT || kind == SCAPULA_ITEM_PAD ||
       kind == SCAPULA_ITEM_STRAPS || kind == SCAPULA_ITEM_LANDMINE || kind == SCAPULA_ITEM_LEVER ||
       kind == SCAPULA_ITEM_BACK_EXTENSION_BENCH) && !(item->length > 0))
    {
      set_error (context, error, "a %s needs a length", item_kind_names[kind]);
      return;
    }

  if (item_is_fixed (kind) && at == NULL)
    {
      set_error (context, error, "a %s needs a place (at)", item_kind_names[kind]);
      return;
    }

  if (!(item->size >= 0) || item->seat < 0)
    {
      set_error (context, error, "sizes cannot be negative");
      return;
    }

  state->item_ids[scene->n_items] = g_strdup (id);
  scene->n_items++;
}

static gboolean
add_contact (ScapulaPose      *pose,
             ScapulaBodyPoint  point,
             int               support)
{
  if (pose->n_contacts == SCAPULA_POSE_MAX_CONTACTS)
    return FALSE;

  pose->contacts[pose->n_contacts].point = point;
  pose->contacts[pose->n_contacts].support = support;
  pose->n_contacts++;
  return TRUE;
}

/* "feet" stands for heels and balls of both feet, "near-foot" for one. */
static const struct
{
  const char       *name;
  ScapulaBodyPoint  points[4];
  guint             n_points;
} touch_groups[] = {
  { "feet", { SCAPULA_BODY_POINT_NEAR_HEEL, SCAPULA_BODY_POINT_NEAR_BALL,
              SCAPULA_BODY_POINT_FAR_HEEL, SCAPULA_BODY_POINT_FAR_BALL }, 4 },
  { "near-foot", { SCAPULA_BODY_POINT_NEAR_HEEL, SCAPULA_BODY_POINT_NEAR_BALL }, 2 },
  { "far-foot", { SCAPULA_BODY_POINT_FAR_HEEL, SCAPULA_BODY_POINT_FAR_BALL }, 2 },
  { "hands", { SCAPULA_BODY_POINT_NEAR_HAND, SCAPULA_BODY_POINT_FAR_HAND }, 2 },
  { "knees", { SCAPULA_BODY_POINT_NEAR_KNEE, SCAPULA_BODY_POINT_FAR_KNEE }, 2 },
  { "shins", { SCAPULA_BODY_POINT_NEAR_SHIN, SCAPULA_BODY_POINT_FAR_SHIN }, 2 },
  { "toes", { SCAPULA_BODY_POINT_NEAR_TOE, SCAPULA_BODY_POINT_FAR_TOE }, 2 },
  { "balls", { SCAPULA_BODY_POINT_NEAR_BALL, SCAPULA_BODY_POINT_FAR_BALL }, 2 },
  { "heels", { SCAPULA_BODY_POINT_NEAR_HEEL, SCAPULA_BODY_POINT_FAR_HEEL }, 2 },
  { "thighs", { SCAPULA_BODY_POINT_NEAR_THIGH, SCAPULA_BODY_POINT_FAR_THIGH }, 2 },
  { "elbows", { SCAPULA_BODY_POINT_NEAR_ELBOW, SCAPULA_BODY_POINT_FAR_ELBOW }, 2 },
  { "forearms", { SCAPULA_BODY_POINT_NEAR_FOREARM, SCAPULA_BODY_POINT_FAR_FOREARM }, 2 },
};

static gboolean
parse_touch (GMarkupParseContext  *context,
             ParseState           *state,
             ScapulaPose          *pose,
             const char           *text,
             GError              **error)
{
  g_auto(GStrv) parts = NULL;

  if (text == NULL)
    return TRUE;

  parts = g_strsplit (text, " ", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *name = g_strdup (parts[i]);
      char *at = strchr (name, '@');
      int support = -1;
      ScapulaBodyPoint point;
      gboolean found = FALSE, full = FALSE;

      if (name[0] == '\0')
        continue;

      if (at != NULL)
        {
          *at++ = '\0';
          if (!g_str_equal (at, "floor") && (support = find_item (state, at)) < 0)
            {
              set_error (context, error, "“%s” touches unknown item “%s”", name, at);
              return FALSE;
            }
        }

      if (parse_body_point (name, &point))
        {
          found = TRUE;
          full = !add_contact (pose, point, support);
        }
      else
        {
          for (guint j = 0; j < G_N_ELEMENTS (touch_groups); j++)
            if (g_str_equal (name, touch_groups[j].name))
              {
                found = TRUE;
                for (guint k = 0; k < touch_groups[j].n_points; k++)
                  full |= !add_contact (pose, touch_groups[j].points[k], support);
              }
        }

      if (!found)
        {
          set_error (context, error, "cannot touch with “%s”", name);
          return FALSE;
        }

      if (full)
        {
          set_error (context, error, "more than %d contacts", SCAPULA_POSE_MAX_CONTACTS);
          return FALSE;
        }
    }

  return TRUE;
}

static void
start_pose (GMarkupParseContext  *context,
            ParseState           *state,
            const char          **names,
            const char          **values,
            GError              **error)
{
  const char *step, *hip;
  const char *trunk = NULL, *spine = NULL, *side = NULL, *twist = NULL, *roll = NULL, *neck = NULL;
  const char *arms = NULL, *near_arm = NULL, *far_arm = NULL;
  const char *legs = NULL, *near_leg = NULL, *far_leg = NULL;
  const char *scapula = NULL, *touch = NULL;
  const char *limbs[SCAPULA_N_LIMBS];
  ScapulaScene *scene = &state->current->scene;
  ScapulaPose *pose;
  guint64 index;
  double hip_at[2], blades[2] = { 0, 0 };

  if (!g_markup_collect_attributes ("pose", names, values, error,
                                    G_MARKUP_COLLECT_STRING, "step", &step,
                                    G_MARKUP_COLLECT_STRING, "hip", &hip,
                                    OPTIONAL_STRING, "trunk", &trunk,
                                    OPTIONAL_STRING, "spine", &spine,
                                    OPTIONAL_STRING, "side", &side,
                                    OPTIONAL_STRING, "twist", &twist,
                                    OPTIONAL_STRING, "roll", &roll,
                                    OPTIONAL_STRING, "neck", &neck,
                                    OPTIONAL_STRING, "arms", &arms,
                                    OPTIONAL_STRING, "near-arm", &near_arm,
                                    OPTIONAL_STRING, "far-arm", &far_arm,
                                    OPTIONAL_STRING, "legs", &legs,
                                    OPTIONAL_STRING, "near-leg", &near_leg,
                                    OPTIONAL_STRING, "far-leg", &far_leg,
                                    OPTIONAL_STRING, "scapula", &scapula,
                                    OPTIONAL_STRING, "touch", &touch,
                                    G_MARKUP_COLLECT_INVALID))
    return;

  if (!g_ascii_string_to_unsigned (step, 10, 1, state->current->n_poses, &index, NULL))
    {
      set_error (context, error, "step “%s” is not one of the %u steps of “%s”",
                 step, state->current->n_poses, state->current_id);
      return;
    }

  if (state->seen_steps[index - 1])
    {
      set_error (context, error, "step %s has two poses", step);
      return;
    }
  state->seen_steps[index - 1] = TRUE;

  pose = state->pose = &state->current->poses[index - 1];
  scapula_pose_init (pose);

  if ((arms != NULL && (near_arm != NULL || far_arm != NULL)) ||
      (legs != NULL && (near_leg != NULL || far_leg != NULL)))
    {
      set_error (context, error,
                 "give either both limbs (arms, legs) or each one (near-arm, far-arm)");
      return;
    }

  limbs[SCAPULA_LIMB_NEAR_ARM] = near_arm ? near_arm : arms;
  limbs[SCAPULA_LIMB_FAR_ARM] = far_arm ? far_arm : arms;
  limbs[SCAPULA_LIMB_NEAR_LEG] = near_leg ? near_leg : legs;
  limbs[SCAPULA_LIMB_FAR_LEG] = far_leg ? far_leg : legs;

  if (!parse_numbers (context, "hip", hip, 2, 2, hip_at, error) ||
      !parse_numbers (context, "trunk", trunk, 1, 1, &pose->trunk, error) ||
      !parse_numbers (context, "spine", spine, 1, 1, &pose->spine, error) ||
      !parse_numbers (context, "side", side, 1, 1, &pose->side_bend, error) ||
      !parse_numbers (context, "twist", twist, 1, 1, &pose->twist, error) ||
      !parse_numbers (context, "roll", roll, 1, 1, &pose->roll, error) ||
      !parse_numbers (context, "neck", neck, 1, 1, &pose->neck, error) ||
      !parse_numbers (context, "scapula", scapula, 1, 2, blades, error))
    return;

  pose->hip_x = hip_at[0];
  pose->hip_y = hip_at[1];
  pose->retraction = blades[0];
  pose->depression = blades[1];

  for (guint i = 0; i < SCAPULA_N_LIMBS; i++)
    {
      static const char * const attr[] = { "near-arm", "far-arm", "near-leg", "far-leg" };
      double v[5] = { 0, 0, 0, 0, 0 };

      if (!parse_numbers (context, attr[i], limbs[i], 2, 5, v, error))
        return;

      pose->limbs[i].flexion = v[0];
      pose->limbs[i].bend = v[1];
      pose->limbs[i].abduction = v[2];
      pose->limbs[i].rotation = v[3];
      pose->limbs[i].end = v[4];
    }

  pose->n_items = scene->n_items;
  for (guint i = 0; i < scene->n_items; i++)
    {
      pose->items[i].hold = scene->items[i].hold;
      pose->items[i].position = scene->items[i].position;
      pose->items[i].attachment = 1;
    }

  parse_touch (context, state, pose, touch, error);
}

static void
start_pose_item (GMarkupParseContext  *context,
                 ParseState           *state,
                 const char          **names,
                 const char          **values,
                 GError              **error)
{
  const char *ref, *hold = NULL, *at = NULL;
  double position[3] = { 0, 0, 0 };
  ScapulaItemState *item;
  int index;

  if (!g_markup_collect_attributes ("item", names, values, error,
                                    G_MARKUP_COLLECT_STRING, "ref", &ref,
                                    OPTIONAL_STRING, "hold", &hold,
                                    OPTIONAL_STRING, "at", &at,
                                    G_MARKUP_COLLECT_INVALID))
    return;

  index = find_item (state, ref);
  if (index < 0)
    {
      set_error (context, error, "unknown item “%s”", ref);
      return;
    }

  item = &state->pose->items[index];
  if (at != NULL)
    {
      if (!parse_numbers (context, "at", at, 2, 3, position, error))
        return;
      item->position = scapula_vec3 (position[0], position[1], position[2]);
      item->hold = SCAPULA_HOLD_NONE;
    }

  parse_hold (context, hold, &item->hold, error);
}

static void
start_element (GMarkupParseContext  *context,
               const char           *element,
               const char          **names,
               const char          **values,
               ParseState           *state,
               GError              **error)
{
  const GSList *stack = g_markup_parse_context_get_element_stack (context);
  const char *parent = stack->next != NULL ? stack->next->data : NULL;
  ScapulaItemKind kind;

  if (parent == NULL && g_str_equal (element, "poses"))
    {
      const char *version;

      if (!g_markup_collect_attributes (element, names, values, error,
                                        G_MARKUP_COLLECT_STRING, "version", &version,
                                        G_MARKUP_COLLECT_INVALID))
        return;

      if (!g_str_equal (version, "1"))
        set_error (context, error, "unsupported poses version “%s”", version);
      state->seen_root = TRUE;
      return;
    }

  if (g_strcmp0 (parent, "poses") == 0 && g_str_equal (element, "exercise"))
    start_exercise (context, state, names, values, error);
  else if (g_strcmp0 (parent, "exercise") == 0 && g_str_equal (element, "pose"))
    start_pose (context, state, names, values, error);
  else if (g_strcmp0 (parent, "exercise") == 0 && parse_kind (element, &kind))
    {
      /* Items come before the poses that use them. */
      if (state->pose != NULL)
        set_error (context, error, "<%s> after the first pose", element);
      else
        start_item (context, state, kind, names, values, error);
    }
  else if (g_strcmp0 (parent, "pose") == 0 && g_str_equal (element, "item"))
    start_pose_item (context, state, names, values, error);
  else
    set_error (context, error, "unexpected element <%s>", element);
}

static void
start_element_cb (GMarkupParseContext  *context,
                  const char           *element,
                  const char          **names,
                  const char          **values,
                  gpointer              user_data,
                  GError              **error)
{
  start_element (context, element, names, values, user_data, error);

  /* Attribute errors from g_markup_collect_attributes() carry no position. */
  scapula_markup_prefix_position (context, error);
}

static void
end_element_cb (GMarkupParseContext  *context,
                const char           *element,
                gpointer              user_data,
                GError              **error)
{
  ParseState *state = user_data;

  if (g_str_equal (element, "pose") && state->pose != NULL)
    {
      g_autoptr(GError) local_error = NULL;

      if (!scapula_pose_validate (state->pose, &local_error))
        set_error (context, error, "invalid pose: %s", local_error->message);
      return;
    }

  if (!g_str_equal (element, "exercise") || state->current == NULL)
    return;

  for (guint i = 0; i < state->current->n_poses; i++)
    {
      if (!state->seen_steps[i])
        {
          set_error (context, error, "exercise “%s” has no pose for step %u",
                     state->current_id, i + 1);
          return;
        }
    }

  g_hash_table_insert (state->sets,
                       g_steal_pointer (&state->current_id),
                       g_steal_pointer (&state->current));
  clear_current (state);
}

static const GMarkupParser poses_parser = {
  start_element_cb,
  end_element_cb,
  NULL,
  NULL,
  NULL,
};

/**
 * scapula_pose_sets_parse:
 * @bytes: the contents of a poses file
 * @count_steps: tells how many steps each exercise has
 * @user_data: data for @count_steps
 * @error: return location for a #GError
 *
 * Reads a poses file: for each exercise its scene and one pose per form
 * step. An unknown exercise, a missing or extra step, an unknown item or
 * body point, or a pose outside the joint ranges is an error that names
 * the line.
 *
 * Returns: (transfer full) (element-type utf8 ScapulaPoseSet): exercise id
 *   → #ScapulaPoseSet, or %NULL on error
 */
GHashTable *
scapula_pose_sets_parse (GBytes                *bytes,
                         ScapulaStepCountFunc   count_steps,
                         gpointer               user_data,
                         GError               **error)
{
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GHashTable) sets = NULL;
  ParseState state = { 0 };
  const char *data;
  gsize len;
  gboolean ok;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (count_steps != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  sets = g_hash_table_new_full (g_str_hash, g_str_equal,
                                g_free, (GDestroyNotify) scapula_pose_set_free);
  state.count_steps = count_steps;
  state.user_data = user_data;
  state.sets = sets;

  data = g_bytes_get_data (bytes, &len);
  context = g_markup_parse_context_new (&poses_parser, G_MARKUP_DEFAULT_FLAGS, &state, NULL);
  ok = g_markup_parse_context_parse (context, data, len, error) &&
       g_markup_parse_context_end_parse (context, error);

  clear_current (&state);

  if (!ok)
    return NULL;

  if (!state.seen_root)
    {
      g_set_error_literal (error, SCAPULA_POSE_ERROR, SCAPULA_POSE_ERROR_PARSE, "not a poses file");
      return NULL;
    }

  return g_steal_pointer (&sets);
}

void
scapula_pose_set_free (ScapulaPoseSet *self)
{
  if (self == NULL)
    return;

  g_free (self->poses);
  g_free (self);
}
