/* scapula-figure.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "scapula-figure"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "scapula-figure.h"
#include "scapula-color.h"

/**
 * ScapulaFigure:
 *
 * The picture of one form step: a person in the step's pose, with the
 * exercise's equipment, drawn from the pose data (see scapula-pose.c) with
 * cairo. When #ScapulaFigure:playing is set, the figure moves through the
 * steps in a loop, easing from each pose to the next and holding each one
 * briefly; #ScapulaFigure:step follows the animation.
 *
 * The camera looks at the figure from the side, turned a little toward its
 * back (the scene's view angle) so that both arms and both legs show; the
 * far limbs are dimmer. The body is drawn in the foreground colour, the
 * equipment in lighter tones of it, and where a step squeezes or sets the
 * shoulder blades they are highlighted in the accent colour with an arrow
 * for the movement. The drawing scales to the allocation and keeps its
 * aspect; it is mirrored in right-to-left locales.
 *
 * The animation runs on a frame-clock tick callback that exists only
 * while the widget is mapped and playing.
 *
 * CSS nodes: a single node named "figure".
 *
 * Accessibility: role %GTK_ACCESSIBLE_ROLE_IMG, labelled with the step
 * number and its text.
 */

#define HOLD_SECONDS 0.9
#define MOVE_SECONDS 1.2
#define STEP_SECONDS (HOLD_SECONDS + MOVE_SECONDS)

struct _ScapulaFigure
{
  GtkWidget        parent_instance;

  ScapulaExercise *exercise;       /* owned, nullable */
  guint            step;
  gboolean         playing;

  /* Animation */
  guint            tick_id;
  gint64           last_frame_time;
  double           clock;          /* seconds into the loop */
  double           speed;
  ScapulaPose      shown;

  /* The union of every step's drawing, in view units, so the scale stays
   * put while the figure moves. */
  double           min_u;
  double           max_u;
  double           min_v;
  double           max_v;
  double           floor_x0;       /* world x range of the floor drawn */
  double           floor_x1;

  GdkRGBA          fg;
  GdkRGBA          accent;
  GdkRGBA          accent_bg;
  gboolean         high_contrast;
};

G_DEFINE_FINAL_TYPE (ScapulaFigure, scapula_figure, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_EXERCISE,
  PROP_STEP,
  PROP_PLAYING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Drawing model ---------------------------------------------------------- */

/* The scene is turned into flat shapes in "view" units (body heights, y
 * up), grouped into parts that are painted back to front. */

typedef enum
{
  SHAPE_POLYGON,
  SHAPE_CAPSULE,
  SHAPE_CIRCLE,
  SHAPE_LINE,
  SHAPE_ARROW,
} ShapeKind;

typedef struct
{
  ShapeKind kind;
  guint     first;   /* into Drawing.points (u, v pairs) */
  guint     n;
  double    r0;      /* capsule start radius, circle radius, line width */
  double    r1;      /* capsule end radius */
} Shape;

typedef enum
{
  STYLE_BODY,
  STYLE_FAR,
  STYLE_WEIGHT,
  STYLE_PLATE,
  STYLE_SUPPORT,
  STYLE_FRAME,
  STYLE_CORD,
  STYLE_CUE,
  STYLE_CUE_ARROW,
} Style;

typedef struct
{
  double   depth;
  int      order;
  Style    style;
  gboolean halo;
  guint    first_shape;
  guint    n_shapes;
} Part;

typedef struct
{
  GArray *points;   /* of double */
  GArray *shapes;   /* of Shape */
  GArray *parts;    /* of Part */
  double  cos_view;
  double  sin_view;
  double  cos_pitch;
  double  sin_pitch;
  double  min_x;    /* world x range of everything drawn, for the floor */
  double  max_x;
} Drawing;

static void
drawing_init (Drawing *d,
              double   view,
              double   pitch)
{
  d->points = g_array_sized_new (FALSE, FALSE, sizeof (double), 1024);
  d->shapes = g_array_sized_new (FALSE, FALSE, sizeof (Shape), 128);
  d->parts = g_array_sized_new (FALSE, FALSE, sizeof (Part), 32);
  d->cos_view = cos (view * G_PI / 180);
  d->sin_view = sin (view * G_PI / 180);
  d->cos_pitch = cos (pitch * G_PI / 180);
  d->sin_pitch = sin (pitch * G_PI / 180);
  d->min_x = G_MAXDOUBLE;
  d->max_x = -G_MAXDOUBLE;
}

static void
drawing_clear (Drawing *d)
{
  g_clear_pointer (&d->points, g_array_unref);
  g_clear_pointer (&d->shapes, g_array_unref);
  g_clear_pointer (&d->parts, g_array_unref);
}

/* The camera: turned about the vertical by the view angle (toward the
 * figure's back), then tilted down by the pitch. Orthographic. */
static inline double
view_u (const Drawing     *d,
        const ScapulaVec3 *p)
{
  return p->x * d->cos_view + p->z * d->sin_view;
}

static inline double
view_v (const Drawing     *d,
        const ScapulaVec3 *p)
{
  double toward_camera = p->z * d->cos_view - p->x * d->sin_view;

  return p->y * d->cos_pitch - toward_camera * d->sin_pitch;
}

static void
begin_part (Drawing  *d,
            double    depth,
            int       order,
            Style     style,
            gboolean  halo)
{
  Part part = { depth, order, style, halo, d->shapes->len, 0 };

  g_array_append_val (d->parts, part);
}

static void
add_shape (Drawing   *d,
           ShapeKind  kind,
           guint      first,
           double     r0,
           double     r1)
{
  Shape shape = { kind, first, (d->points->len - first) / 2, r0, r1 };
  Part *part = &g_array_index (d->parts, Part, d->parts->len - 1);

  g_array_append_val (d->shapes, shape);
  part->n_shapes++;
}

static void
push_point (Drawing           *d,
            const ScapulaVec3 *p)
{
  double uv[2] = { view_u (d, p), view_v (d, p) };

  g_array_append_vals (d->points, uv, 2);
  d->min_x = MIN (d->min_x, p->x);
  d->max_x = MAX (d->max_x, p->x);
}

static double
cross_2d (const double *o,
          const double *a,
          const double *b)
{
  return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
}

static int
compare_uv (gconstpointer a,
            gconstpointer b)
{
  const double *pa = a, *pb = b;

  if (pa[0] != pb[0])
    return pa[0] < pb[0] ? -1 : 1;
  if (pa[1] != pb[1])
    return pa[1] < pb[1] ? -1 : 1;
  return 0;
}

/* Adds the convex hull of 3D points, projected, as a polygon. */
static void
add_hull (Drawing           *d,
          const ScapulaVec3 *points,
          guint              n)
{
  g_autofree double *uv = g_new (double, 2 * n);
  g_autofree double *hull = g_new (double, 4 * n + 4);
  guint k = 0, first = d->points->len;

  for (guint i = 0; i < n; i++)
    {
      uv[2 * i] = view_u (d, &points[i]);
      uv[2 * i + 1] = view_v (d, &points[i]);
      d->min_x = MIN (d->min_x, points[i].x);
      d->max_x = MAX (d->max_x, points[i].x);
    }

  qsort (uv, n, 2 * sizeof (double), compare_uv);

  /* Andrew's monotone chain. */
  for (guint i = 0; i < n; i++)
    {
      while (k >= 2 && cross_2d (&hull[2 * (k - 2)], &hull[2 * (k - 1)], &uv[2 * i]) <= 0)
        k--;
      hull[2 * k] = uv[2 * i];
      hull[2 * k + 1] = uv[2 * i + 1];
      k++;
    }
  for (guint i = n - 1, t = k + 1; i-- > 0;)
    {
      while (k >= t && cross_2d (&hull[2 * (k - 2)], &hull[2 * (k - 1)], &uv[2 * i]) <= 0)
        k--;
      hull[2 * k] = uv[2 * i];
      hull[2 * k + 1] = uv[2 * i + 1];
      k++;
    }

  if (k > 1)
    k--;

  g_array_append_vals (d->points, hull, 2 * k);
  add_shape (d, SHAPE_POLYGON, first, 0, 0);
}

static void
add_capsule (Drawing           *d,
             const ScapulaVec3 *a,
             const ScapulaVec3 *b,
             double             ra,
             double             rb)
{
  guint first = d->points->len;

  push_point (d, a);
  push_point (d, b);
  add_shape (d, SHAPE_CAPSULE, first, ra, rb);
}

static void
add_circle (Drawing           *d,
            const ScapulaVec3 *c,
            double             r)
{
  guint first = d->points->len;

  push_point (d, c);
  add_shape (d, SHAPE_CIRCLE, first, r, r);
}

static void
add_line (Drawing           *d,
          const ScapulaVec3 *points,
          guint              n,
          double             width)
{
  guint first = d->points->len;

  for (guint i = 0; i < n; i++)
    push_point (d, &points[i]);
  add_shape (d, SHAPE_LINE, first, width, 0);
}

/* A shape given directly in view coordinates (u, v pairs). */
static void
add_view_shape (Drawing      *d,
                ShapeKind     kind,
                const double *uv,
                guint         n,
                double        width)
{
  guint first = d->points->len;

  g_array_append_vals (d->points, uv, 2 * n);
  add_shape (d, kind, first, width, 0);
}

/* Vectors ---------------------------------------------------------------- */

/* Any unit vector perpendicular to a. */
static ScapulaVec3
v_perpendicular (ScapulaVec3 a)
{
  ScapulaVec3 helper = fabs (a.y) < 0.9 ? scapula_vec3 (0, 1, 0) : scapula_vec3 (1, 0, 0);

  return scapula_vec3_normalize (scapula_vec3_cross (a, helper));
}

/* Shapes of things ------------------------------------------------------- */

/* A box given by its centre, three unit axes and half sizes. */
static void
add_box (Drawing     *d,
         ScapulaVec3  c,
         ScapulaVec3  a,
         ScapulaVec3  b,
         ScapulaVec3  e,
         double       ha,
         double       hb,
         double       he)
{
  ScapulaVec3 corners[8];

  for (guint i = 0; i < 8; i++)
    corners[i] = scapula_vec3_mad (scapula_vec3_mad (scapula_vec3_mad (c, a, (i & 1) ? ha : -ha), b, (i & 2) ? hb : -hb),
                        e, (i & 4) ? he : -he);

  add_hull (d, corners, 8);
}

/* A cylinder (a plate, a roller, a dumbbell head) along a unit axis. */
static void
add_cylinder (Drawing     *d,
              ScapulaVec3  c,
              ScapulaVec3  axis,
              double       half_length,
              double       radius)
{
  ScapulaVec3 u = v_perpendicular (axis);
  ScapulaVec3 w = scapula_vec3_cross (axis, u);
  ScapulaVec3 ring[32];

  for (guint i = 0; i < 16; i++)
    {
      double t = 2 * G_PI * i / 16;
      ScapulaVec3 p = scapula_vec3_mad (scapula_vec3_mad (c, u, radius * cos (t)), w, radius * sin (t));

      ring[i] = scapula_vec3_mad (p, axis, half_length);
      ring[16 + i] = scapula_vec3_mad (p, axis, -half_length);
    }

  add_hull (d, ring, 32);
}

static double
depth_of (const Drawing     *d,
          const ScapulaVec3 *p)
{
  return p->z;
}

/* Body ------------------------------------------------------------------- */

#define ORDER_BACKGROUND -10
#define ORDER_ITEM       0
#define ORDER_BODY       1
#define ORDER_CUE        2

static void
add_arm (Drawing           *d,
         const ScapulaBody *body,
         ScapulaLimb        limb)
{
  guint j = SCAPULA_LIMB_FIRST_JOINT (limb);
  const ScapulaVec3 *p = &body->joints[j];
  ScapulaVec3 fist = scapula_vec3_mad (p[2], scapula_vec3_normalize (scapula_vec3_sub (p[4], p[2])), 0.06);

  begin_part (d, depth_of (d, &p[0]) + (limb == SCAPULA_LIMB_NEAR_ARM ? 0.05 : -0.05), ORDER_BODY,
              limb == SCAPULA_LIMB_NEAR_ARM ? STYLE_BODY : STYLE_FAR, TRUE);
  add_capsule (d, &p[0], &p[1], 0.036, 0.027);
  add_capsule (d, &p[1], &p[2], 0.026, 0.018);
  add_capsule (d, &p[2], &fist, 0.02, 0.019);
}

static void
add_leg (Drawing           *d,
         const ScapulaBody *body,
         ScapulaLimb        limb)
{
  guint j = SCAPULA_LIMB_FIRST_JOINT (limb);
  const ScapulaVec3 *p = &body->joints[j];
  ScapulaVec3 ankle = p[2], heel = p[3], ball = p[4], toe = p[5];
  ScapulaVec3 forward = scapula_vec3_normalize (scapula_vec3_sub (ball, heel));
  ScapulaVec3 up = scapula_vec3_normalize (scapula_vec3_sub (ankle, heel));
  ScapulaVec3 foot[6];

  begin_part (d, depth_of (d, &p[0]) + (limb == SCAPULA_LIMB_NEAR_LEG ? 0.04 : -0.04), ORDER_BODY,
              limb == SCAPULA_LIMB_NEAR_LEG ? STYLE_BODY : STYLE_FAR, TRUE);
  add_capsule (d, &p[0], &p[1], 0.06, 0.042);
  add_capsule (d, &p[1], &ankle, 0.04, 0.022);

  /* The foot: heel, sole, toes and instep around the ankle. */
  foot[0] = scapula_vec3_mad (ankle, forward, -0.03);
  foot[1] = scapula_vec3_mad (heel, up, 0.012);
  foot[2] = heel;
  foot[3] = ball;
  foot[4] = toe;
  foot[5] = scapula_vec3_mad (scapula_vec3_mad (ankle, forward, 0.05), up, -0.012);
  add_hull (d, foot, 6);
}

static void
add_torso (Drawing           *d,
           const ScapulaBody *body)
{
  ScapulaVec3 rings[2 * SCAPULA_TORSO_RING];
  const ScapulaVec3 *j = body->joints;

  begin_part (d, 0, ORDER_BODY, STYLE_BODY, TRUE);

  scapula_body_get_torso_ring (body, 0, rings);
  for (guint i = 1; i < SCAPULA_TORSO_SECTIONS; i++)
    {
      scapula_body_get_torso_ring (body, i, rings + SCAPULA_TORSO_RING);
      add_hull (d, rings, 2 * SCAPULA_TORSO_RING);
      memcpy (rings, rings + SCAPULA_TORSO_RING, sizeof (ScapulaVec3) * SCAPULA_TORSO_RING);
    }

  add_capsule (d, &j[SCAPULA_JOINT_NECK_BASE], &j[SCAPULA_JOINT_NECK_TOP], 0.03, 0.027);

  /* The head, with a nose so that it shows which way it faces. */
  begin_part (d, 0.01, ORDER_BODY, STYLE_BODY, TRUE);
  {
    ScapulaVec3 head = j[SCAPULA_JOINT_HEAD];
    ScapulaVec3 nose = scapula_vec3_mad (scapula_vec3_mad (head, body->head[0], 0.062), body->head[1], -0.01);

    add_circle (d, &head, SCAPULA_HEAD_HEIGHT / 2);
    add_circle (d, &nose, 0.016);
  }
}

/* The cue: the shoulder blade lights up, with an arrow for the way it
 * moves, where the step squeezes the blades together or sets them down.
 * The blade is drawn as a badge on the upper back, square to the trunk as
 * it appears on screen, so that it reads the same from any view. */
static void
add_cue (Drawing           *d,
         const ScapulaBody *body)
{
  gboolean squeeze = body->retraction >= 0.5;
  gboolean set_down = body->depression >= 0.5;
  ScapulaVec3 corners[3], center = { 0, 0, 0 }, up, back, dir, from, to;
  double su, sv, bu, bv, len;

  if (!squeeze && !set_down)
    return;

  scapula_body_get_shoulder_blade (body, TRUE, corners);
  for (guint i = 0; i < 3; i++)
    center = scapula_vec3_mad (center, corners[i], 1.0 / 3);

  /* The trunk's up and backward directions as seen on screen. */
  su = view_u (d, &body->chest[1]);
  sv = view_v (d, &body->chest[1]);
  len = hypot (su, sv);
  if (len < 0.2)
    {
      su = 0;
      sv = 1;
      len = 1;
    }
  su /= len;
  sv /= len;
  {
    ScapulaVec3 behind = scapula_vec3_mad (body->joints[SCAPULA_JOINT_WAIST], body->chest[0], -1);
    ScapulaVec3 waist = body->joints[SCAPULA_JOINT_WAIST];
    double du = view_u (d, &behind) - view_u (d, &waist);
    double dv = view_v (d, &behind) - view_v (d, &waist);

    /* Whichever perpendicular of "up" points toward the back. */
    bu = -sv;
    bv = su;
    if (bu * du + bv * dv < 0)
      {
        bu = -bu;
        bv = -bv;
      }
  }

  /* Badge: a triangle pointing down the back, its base at the top of the
   * blade, sitting on the back's outline. Built in view space directly. */
  {
    double cu = view_u (d, &center), cv = view_v (d, &center);
    double pts[3][2] = {
      { cu + su * 0.055 - bu * 0.012, cv + sv * 0.055 - bv * 0.012 },
      { cu + su * 0.055 + bu * 0.045, cv + sv * 0.055 + bv * 0.045 },
      { cu - su * 0.07 + bu * 0.012, cv - sv * 0.07 + bv * 0.012 },
    };

    begin_part (d, 10, ORDER_CUE, STYLE_CUE, TRUE);
    add_view_shape (d, SHAPE_POLYGON, &pts[0][0], 3, 0);

    /* Retraction moves the blade back toward the spine; depression moves
     * it down the back. The arrow starts just off the back. */
    up = scapula_vec3 (su, sv, 0);
    back = scapula_vec3 (bu, bv, 0);
    dir = scapula_vec3 (0, 0, 0);
    if (squeeze)
      dir = scapula_vec3_add (dir, back);
    if (set_down)
      dir = scapula_vec3_mad (dir, up, -1);
    dir = scapula_vec3_normalize (dir);

    from = scapula_vec3_mad (scapula_vec3 (cu, cv, 0), back, 0.07);
    if (!squeeze)
      from = scapula_vec3_mad (from, up, 0.05);
    to = scapula_vec3_mad (from, dir, 0.075);
    {
      double arrow[4] = { from.x, from.y, to.x, to.y };

      begin_part (d, 10.5, ORDER_CUE, STYLE_CUE_ARROW, TRUE);
      add_view_shape (d, SHAPE_ARROW, arrow, 2, 0.016);
    }
  }
}

/* Equipment -------------------------------------------------------------- */

static ScapulaVec3
hand_axis (const ScapulaBody *body,
           ScapulaHold        hand,
           ScapulaItemAxis    axis)
{
  const ScapulaVec3 *j = body->joints;
  ScapulaVec3 forearm;
  ScapulaVec3 x = scapula_vec3 (1, 0, 0);

  if (axis == SCAPULA_ITEM_AXIS_ACROSS)
    return scapula_vec3 (0, 0, 1);
  if (axis == SCAPULA_ITEM_AXIS_UPRIGHT)
    return scapula_vec3 (0, 1, 0);

  /* Neutral grip: across the palm, square to the forearm, in the plane of
   * the forearm and the way the body faces. */
  forearm = hand == SCAPULA_HOLD_FAR
            ? scapula_vec3_sub (j[SCAPULA_JOINT_FAR_WRIST], j[SCAPULA_JOINT_FAR_ELBOW])
            : scapula_vec3_sub (j[SCAPULA_JOINT_NEAR_WRIST], j[SCAPULA_JOINT_NEAR_ELBOW]);
  forearm = scapula_vec3_normalize (forearm);
  if (fabs (scapula_vec3_dot (forearm, x)) > 0.95)
    x = scapula_vec3 (0, 1, 0);

  return scapula_vec3_normalize (scapula_vec3_mad (x, forearm, -scapula_vec3_dot (x, forearm)));
}

static void
add_dumbbell (Drawing           *d,
              const ScapulaItem *item,
              ScapulaVec3        c,
              ScapulaVec3        axis)
{
  ScapulaVec3 a = scapula_vec3_mad (c, axis, -0.075), b = scapula_vec3_mad (c, axis, 0.075);

  begin_part (d, depth_of (d, &c) + 0.002, ORDER_ITEM, STYLE_WEIGHT, TRUE);
  add_capsule (d, &a, &b, 0.011, 0.011);
  add_cylinder (d, a, axis, 0.03, item->size);
  add_cylinder (d, b, axis, 0.03, item->size);
}

static void
add_kettlebell (Drawing           *d,
                const ScapulaItem *item,
                ScapulaVec3        grip,
                ScapulaVec3        axis)
{
  ScapulaVec3 bell = scapula_vec3_mad (grip, scapula_vec3 (0, 1, 0), -(item->size + 0.035));
  ScapulaVec3 side = fabs (axis.z) > 0.5 ? scapula_vec3 (0, 0, 1) : scapula_vec3 (1, 0, 0);
  ScapulaVec3 handle[7];

  for (guint i = 0; i < G_N_ELEMENTS (handle); i++)
    {
      double t = G_PI * i / (G_N_ELEMENTS (handle) - 1);

      handle[i] = scapula_vec3_mad (scapula_vec3_mad (bell, side, -0.045 * cos (t)), scapula_vec3 (0, 1, 0),
                         item->size * 0.6 + (0.035 + item->size * 0.4) * sin (t));
    }

  begin_part (d, depth_of (d, &grip) + 0.002, ORDER_ITEM, STYLE_WEIGHT, TRUE);
  add_line (d, handle, G_N_ELEMENTS (handle), 0.014);
  add_circle (d, &bell, item->size);
}

static void
add_barbell (Drawing           *d,
             const ScapulaItem *item,
             ScapulaVec3        c)
{
  ScapulaVec3 z = scapula_vec3 (0, 0, 1);

  for (int side = -1; side <= 1; side += 2)
    {
      ScapulaVec3 inner = scapula_vec3_mad (c, z, 0.2 * side), outer = scapula_vec3_mad (c, z, 0.63 * side);
      ScapulaVec3 plate = scapula_vec3_mad (c, z, 0.48 * side);

      begin_part (d, c.z + 0.48 * side, ORDER_ITEM, STYLE_WEIGHT, FALSE);
      add_capsule (d, &inner, &outer, 0.009, 0.009);
      begin_part (d, c.z + 0.48 * side + 0.001, ORDER_ITEM, STYLE_PLATE, FALSE);
      add_cylinder (d, plate, z, 0.035, item->size);
    }

  {
    ScapulaVec3 a = scapula_vec3_mad (c, z, -0.21), b = scapula_vec3_mad (c, z, 0.21);

    begin_part (d, c.z, ORDER_ITEM, STYLE_WEIGHT, FALSE);
    add_capsule (d, &a, &b, 0.009, 0.009);
  }
}

static void
add_trap_bar (Drawing           *d,
              const ScapulaItem *item,
              ScapulaVec3        c)
{
  ScapulaVec3 z = scapula_vec3 (0, 0, 1);

  for (int side = -1; side <= 1; side += 2)
    {
      ScapulaVec3 frame[4] = {
        scapula_vec3_add (c, scapula_vec3 (0.2, 0, 0)),
        scapula_vec3_add (c, scapula_vec3 (0.1, 0, 0.22 * side)),
        scapula_vec3_add (c, scapula_vec3 (-0.1, 0, 0.22 * side)),
        scapula_vec3_add (c, scapula_vec3 (-0.2, 0, 0)),
      };
      ScapulaVec3 sleeve_in = scapula_vec3_add (c, scapula_vec3 (0, 0, 0.22 * side));
      ScapulaVec3 sleeve_out = scapula_vec3_add (c, scapula_vec3 (0, 0, 0.6 * side));
      ScapulaVec3 plate = scapula_vec3_add (c, scapula_vec3 (0, 0, 0.45 * side));

      begin_part (d, c.z + 0.3 * side, ORDER_ITEM, STYLE_WEIGHT, TRUE);
      add_line (d, frame, 4, 0.016);
      add_capsule (d, &frame[1], &frame[2], 0.012, 0.012);
      add_capsule (d, &sleeve_in, &sleeve_out, 0.009, 0.009);
      begin_part (d, c.z + 0.45 * side, ORDER_ITEM, STYLE_PLATE, FALSE);
      add_cylinder (d, plate, z, 0.035, item->size);
    }
}

static void
add_landmine (Drawing           *d,
              const ScapulaItem *item,
              ScapulaVec3        pivot,
              ScapulaVec3        end)
{
  ScapulaVec3 dir = scapula_vec3_normalize (scapula_vec3_sub (end, pivot));
  gboolean handle = item->handle == SCAPULA_HANDLE_BAR;
  /* Held by the sleeve (plates inside the hand), or by a handle under the
   * bar (plates beyond it). */
  ScapulaVec3 tip = scapula_vec3_mad (end, dir, handle ? 0.22 : 0.08);
  ScapulaVec3 plate = scapula_vec3_mad (end, dir, handle ? 0.13 : -0.09);
  ScapulaVec3 base = scapula_vec3_add (pivot, scapula_vec3 (0, -pivot.y / 2, 0));

  begin_part (d, pivot.z, ORDER_BACKGROUND, STYLE_FRAME, FALSE);
  add_box (d, base, scapula_vec3 (1, 0, 0), scapula_vec3 (0, 1, 0), scapula_vec3 (0, 0, 1),
           0.05, MAX (pivot.y / 2, 0.01), 0.05);

  begin_part (d, (pivot.z + end.z) / 2, ORDER_ITEM, STYLE_WEIGHT, TRUE);
  add_capsule (d, &pivot, &tip, 0.01, 0.012);
  begin_part (d, plate.z, ORDER_ITEM, STYLE_PLATE, FALSE);
  add_cylinder (d, plate, dir, 0.035, item->size);
}

static void
add_cable (Drawing            *d,
           const ScapulaItem  *item,
           const ScapulaBody  *body,
           ScapulaHold         hold,
           ScapulaVec3         handle)
{
  ScapulaVec3 pulley = item->position;
  double tower_x = pulley.x + 0.12;
  double top = MAX (pulley.y + 0.08, 1.15);
  ScapulaVec3 tower = scapula_vec3 (tower_x, top / 2, pulley.z);
  ScapulaVec3 cable[2] = { pulley, handle };
  const ScapulaVec3 *j = body->joints;

  begin_part (d, pulley.z - 0.3, ORDER_BACKGROUND, STYLE_FRAME, FALSE);
  add_box (d, tower, scapula_vec3 (1, 0, 0), scapula_vec3 (0, 1, 0), scapula_vec3 (0, 0, 1), 0.05, top / 2, 0.09);
  if (fabs (pulley.y - top) < 0.2)
    {
      ScapulaVec3 arm_c = scapula_vec3 ((pulley.x + tower_x) / 2, pulley.y + 0.03, pulley.z);

      add_box (d, arm_c, scapula_vec3 (1, 0, 0), scapula_vec3 (0, 1, 0), scapula_vec3 (0, 0, 1),
               (tower_x - pulley.x) / 2 + 0.03, 0.02, 0.04);
    }
  add_circle (d, &pulley, 0.028);

  begin_part (d, pulley.z, ORDER_ITEM, STYLE_CORD, FALSE);
  add_line (d, cable, 2, 0.007);

  if (hold == SCAPULA_HOLD_NONE)
    return;

  begin_part (d, handle.z + 0.001, ORDER_ITEM, STYLE_WEIGHT, FALSE);
  switch (item->handle)
    {
    case SCAPULA_HANDLE_ROPE:
      {
        ScapulaVec3 rope[3] = { j[SCAPULA_JOINT_NEAR_GRIP], handle, j[SCAPULA_JOINT_FAR_GRIP] };

        add_line (d, rope, 3, 0.016);
      }
      break;

    case SCAPULA_HANDLE_BAR:
      {
        ScapulaVec3 a = scapula_vec3_add (handle, scapula_vec3 (0, -0.02, -item->size));
        ScapulaVec3 b = scapula_vec3_add (handle, scapula_vec3 (0, -0.02, item->size));
        ScapulaVec3 bar[4] = { a, scapula_vec3_add (handle, scapula_vec3 (0, 0, -item->size * 0.7)),
                               scapula_vec3_add (handle, scapula_vec3 (0, 0, item->size * 0.7)), b };

        add_line (d, bar, 4, 0.014);
      }
      break;

    case SCAPULA_HANDLE_SINGLE:
    default:
      {
        ScapulaVec3 a = scapula_vec3_add (handle, scapula_vec3 (0, 0, -0.05));
        ScapulaVec3 b = scapula_vec3_add (handle, scapula_vec3 (0, 0, 0.05));

        add_capsule (d, &a, &b, 0.012, 0.012);
      }
      break;
    }
}

static void
add_straps (Drawing           *d,
            const ScapulaItem *item,
            const ScapulaBody *body,
            ScapulaHold        hold)
{
  ScapulaVec3 anchor = item->position;
  ScapulaVec3 mount = scapula_vec3_add (anchor, scapula_vec3 (0, 0.12, 0));
  ScapulaVec3 line[2] = { mount, anchor };

  begin_part (d, anchor.z - 0.3, ORDER_BACKGROUND, STYLE_FRAME, FALSE);
  add_line (d, line, 2, 0.012);
  add_circle (d, &anchor, 0.018);

  for (int side = 0; side < 2; side++)
    {
      ScapulaJoint grip = side == 0 ? SCAPULA_JOINT_FAR_GRIP : SCAPULA_JOINT_NEAR_GRIP;
      ScapulaVec3 hand = body->joints[grip];
      ScapulaVec3 strap[2] = { anchor, hand };
      ScapulaVec3 a = scapula_vec3_add (hand, scapula_vec3 (0, 0, -0.045)), b = scapula_vec3_add (hand, scapula_vec3 (0, 0, 0.045));

      if (hold == SCAPULA_HOLD_NONE)
        {
          strap[1] = scapula_vec3_add (anchor, scapula_vec3 (0.02 * side, -item->length, 0));
          a = scapula_vec3_add (strap[1], scapula_vec3 (0, 0, -0.045));
          b = scapula_vec3_add (strap[1], scapula_vec3 (0, 0, 0.045));
        }

      begin_part (d, hand.z + 0.001, ORDER_ITEM, STYLE_CORD, FALSE);
      add_line (d, strap, 2, 0.012);
      begin_part (d, hand.z + 0.002, ORDER_ITEM, STYLE_WEIGHT, FALSE);
      add_capsule (d, &a, &b, 0.012, 0.012);
    }
}

static void
add_band (Drawing           *d,
          const ScapulaItem *item,
          const ScapulaBody *body,
          ScapulaHold        hold,
          gboolean           anchored)
{
  const ScapulaVec3 *j = body->joints;

  begin_part (d, 0.2, ORDER_ITEM, STYLE_CORD, FALSE);

  if (item->attach >= 0)
    {
      ScapulaVec3 center;
      double radius;

      scapula_body_get_point (body, item->attach, &center, &radius);
      {
        ScapulaVec3 loop[3] = {
          scapula_vec3_add (item->position, scapula_vec3 (0, 0, -0.03)),
          scapula_vec3_add (center, scapula_vec3 (0, -radius, 0)),
          scapula_vec3_add (item->position, scapula_vec3 (0, 0, 0.03)),
        };

        add_line (d, loop, 3, 0.014);
      }
      return;
    }

  if (hold == SCAPULA_HOLD_BOTH && !anchored)
    {
      ScapulaVec3 band[2] = { j[SCAPULA_JOINT_NEAR_GRIP], j[SCAPULA_JOINT_FAR_GRIP] };

      add_line (d, band, 2, 0.016);
      return;
    }

  if (hold == SCAPULA_HOLD_NONE)
    {
      ScapulaVec3 band[2] = { item->position, scapula_vec3_add (item->position, scapula_vec3 (-0.05, -0.1, 0)) };

      add_line (d, band, 2, 0.016);
      return;
    }

  for (int side = 0; side < 2; side++)
    {
      ScapulaJoint hand = side ? SCAPULA_JOINT_NEAR_GRIP : SCAPULA_JOINT_FAR_GRIP;
      ScapulaVec3 band[2] = { item->position, j[hand] };

      if ((side == 1 && hold == SCAPULA_HOLD_FAR) || (side == 0 && hold == SCAPULA_HOLD_NEAR))
        continue;
      add_line (d, band, 2, 0.016);
    }
}

static void
add_bench (Drawing           *d,
           const ScapulaItem *item)
{
  double a = item->angle * G_PI / 180;
  ScapulaVec3 along = scapula_vec3 (cos (a), sin (a), 0), normal = scapula_vec3 (-sin (a), cos (a), 0);
  ScapulaVec3 z = scapula_vec3 (0, 0, 1);
  ScapulaVec3 start = item->position;
  ScapulaVec3 pad_c = scapula_vec3_mad (scapula_vec3_mad (start, along, item->length / 2), normal, -0.02);
  ScapulaVec3 high = scapula_vec3_mad (start, along, item->length);
  double low_x = start.x - item->seat + 0.05, high_x = MAX (high.x - 0.06, start.x + 0.05);

  begin_part (d, start.z - 0.001, ORDER_ITEM, STYLE_SUPPORT, TRUE);

  /* Legs first, so the pads cover their tops. */
  {
    ScapulaVec3 legs[4] = {
      scapula_vec3 (low_x, start.y - 0.04, start.z), scapula_vec3 (low_x, 0.01, start.z),
      scapula_vec3 (high_x, MIN (high.y, start.y + 0.3) - 0.04, start.z), scapula_vec3 (high_x, 0.01, start.z),
    };
    ScapulaVec3 foot[2] = {
      scapula_vec3 (low_x - 0.04, 0.008, start.z),
      scapula_vec3 (high_x + 0.04, 0.008, start.z),
    };

    add_line (d, legs, 2, 0.025);
    add_line (d, legs + 2, 2, 0.025);
    add_line (d, foot, 2, 0.016);
  }

  add_box (d, pad_c, along, normal, z, item->length / 2, 0.02, 0.08);

  if (item->seat > 0)
    {
      ScapulaVec3 seat_c = scapula_vec3_add (start, scapula_vec3 (-item->seat / 2, -0.02, 0));

      add_box (d, seat_c, scapula_vec3 (1, 0, 0), scapula_vec3 (0, 1, 0), z, item->seat / 2, 0.02, 0.08);
    }
}

static void
add_pad (Drawing           *d,
         const ScapulaItem *item,
         double             half_width)
{
  double a = item->angle * G_PI / 180;
  ScapulaVec3 along = scapula_vec3 (cos (a), sin (a), 0), normal = scapula_vec3 (-sin (a), cos (a), 0);
  ScapulaVec3 c = item->position;
  ScapulaVec3 post[2] = { scapula_vec3_mad (c, normal, -0.02), scapula_vec3 (c.x, 0.01, c.z) };

  begin_part (d, c.z - 0.001, ORDER_ITEM, STYLE_SUPPORT, TRUE);
  if (c.y > 0.08)
    add_line (d, post, 2, 0.025);
  add_box (d, scapula_vec3_mad (c, normal, -0.02), along, normal, scapula_vec3 (0, 0, 1),
           item->length / 2, 0.02, half_width);
}

static void
add_item (Drawing            *d,
          const ScapulaScene *scene,
          const ScapulaPose  *pose,
          const ScapulaBody  *body,
          guint               index)
{
  ScapulaItem placed = scene->items[index];
  const ScapulaItem *item = &placed;
  ScapulaHold hold = pose->items[index].hold;
  ScapulaVec3 at[2];
  guint n = scapula_scene_locate_item (scene, pose, body, index, at);
  ScapulaVec3 z = scapula_vec3 (0, 0, 1);

  /* Fixed things stand where the step puts them; a landmine keeps its
   * pivot (its position in a step is where its end rests). */
  if (placed.kind != SCAPULA_ITEM_LANDMINE && placed.kind != SCAPULA_ITEM_DUMBBELL &&
      placed.kind != SCAPULA_ITEM_KETTLEBELL && placed.kind != SCAPULA_ITEM_BARBELL &&
      placed.kind != SCAPULA_ITEM_TRAP_BAR && placed.kind != SCAPULA_ITEM_BAND)
    placed.position = pose->items[index].position;

  switch (item->kind)
    {
    case SCAPULA_ITEM_DUMBBELL:
      for (guint i = 0; i < n; i++)
        {
          ScapulaHold hand = n == 2 ? (i == 0 ? SCAPULA_HOLD_NEAR : SCAPULA_HOLD_FAR) : hold;
          ScapulaVec3 axis;

          if (hold != SCAPULA_HOLD_NONE)
            axis = hand_axis (body, hand, item->axis);
          else if (item->axis == SCAPULA_ITEM_AXIS_UPRIGHT)
            axis = scapula_vec3 (0, 1, 0);
          else if (item->axis == SCAPULA_ITEM_AXIS_ACROSS)
            axis = z;
          else
            axis = scapula_vec3 (1, 0, 0);

          add_dumbbell (d, item, at[i], axis);
        }
      break;

    case SCAPULA_ITEM_KETTLEBELL:
      for (guint i = 0; i < n; i++)
        add_kettlebell (d, item, at[i],
                        item->axis == SCAPULA_ITEM_AXIS_ACROSS ? z : scapula_vec3 (1, 0, 0));
      break;

    case SCAPULA_ITEM_BARBELL:
      add_barbell (d, item, at[0]);
      break;

    case SCAPULA_ITEM_TRAP_BAR:
      add_trap_bar (d, item, at[0]);
      break;

    case SCAPULA_ITEM_LANDMINE:
      add_landmine (d, item, item->position,
                    hold == SCAPULA_HOLD_NONE ? pose->items[index].position : at[0]);
      break;

    case SCAPULA_ITEM_CABLE:
      add_cable (d, item, body, hold, at[0]);
      break;

    case SCAPULA_ITEM_BAND:
      add_band (d, item, body, hold, item->position.y > 0);
      break;

    case SCAPULA_ITEM_STRAPS:
      add_straps (d, item, body, hold);
      break;

    case SCAPULA_ITEM_PULL_UP_BAR:
      {
        ScapulaVec3 c = item->position;
        ScapulaVec3 a = scapula_vec3_mad (c, z, -0.5), b = scapula_vec3_mad (c, z, 0.5);

        for (int side = -1; side <= 1; side += 2)
          {
            ScapulaVec3 post = scapula_vec3_add (c, scapula_vec3 (0.02, (0.06 - c.y) / 2, 0.53 * side));

            begin_part (d, 0.53 * side - 0.3, ORDER_BACKGROUND, STYLE_FRAME, FALSE);
            add_box (d, post, scapula_vec3 (1, 0, 0), scapula_vec3 (0, 1, 0), z, 0.016, (c.y + 0.06) / 2, 0.016);
          }
        begin_part (d, c.z, ORDER_ITEM, STYLE_WEIGHT, FALSE);
        add_capsule (d, &a, &b, 0.013, 0.013);
      }
      break;

    case SCAPULA_ITEM_BENCH:
      add_bench (d, item);
      break;

    case SCAPULA_ITEM_MAT:
      begin_part (d, -1, ORDER_BACKGROUND, STYLE_SUPPORT, FALSE);
      add_box (d, scapula_vec3 (item->position.x + item->length / 2, 0.004, 0),
               scapula_vec3 (1, 0, 0), scapula_vec3 (0, 1, 0), z,
               item->length / 2, 0.004, 0.3);
      break;

    case SCAPULA_ITEM_FOAM_ROLLER:
      begin_part (d, -0.001, ORDER_ITEM, STYLE_SUPPORT, TRUE);
      add_cylinder (d, item->position, z, 0.26, item->size);
      break;

    case SCAPULA_ITEM_BALL:
      begin_part (d, item->position.z - 0.001, ORDER_ITEM, STYLE_SUPPORT, TRUE);
      add_circle (d, &item->position, item->size);
      break;

    case SCAPULA_ITEM_WALL:
      {
        double thick = item->position.x > pose->hip_x ? 0.04 : -0.04;

        begin_part (d, -1, ORDER_BACKGROUND, STYLE_FRAME, FALSE);
        add_box (d, scapula_vec3 (item->position.x + thick / 2, 0.6, 0), scapula_vec3 (1, 0, 0), scapula_vec3 (0, 1, 0), z,
                 fabs (thick) / 2, 0.6, 0.4);
      }
      break;

    case SCAPULA_ITEM_DOORWAY:
      for (int side = -1; side <= 1; side += 2)
        {
          ScapulaVec3 jamb = scapula_vec3 (item->position.x + 0.04, 0.6, item->size * side + 0.04 * side);

          begin_part (d, side < 0 ? -1 : 0.6, side < 0 ? ORDER_BACKGROUND : ORDER_ITEM,
                      STYLE_FRAME, FALSE);
          add_box (d, jamb, scapula_vec3 (1, 0, 0), scapula_vec3 (0, 1, 0), z, 0.04, 0.6, 0.04);
        }
      begin_part (d, -1, ORDER_BACKGROUND, STYLE_FRAME, FALSE);
      add_box (d, scapula_vec3 (item->position.x + 0.04, 1.23, 0), scapula_vec3 (1, 0, 0), scapula_vec3 (0, 1, 0), z,
               0.04, 0.03, item->size + 0.08);
      break;

    case SCAPULA_ITEM_BACK_EXTENSION_BENCH:
      {
        ScapulaItem pad = *item;
        ScapulaVec3 frame[3] = {
          scapula_vec3_add (item->position, scapula_vec3 (0, -0.03, 0)),
          scapula_vec3 (item->position.x, 0.01, 0),
          scapula_vec3 (item->foot.x, 0.01, 0),
        };
        /* The same plate under the heels as in scapula-pose.c. */
        ScapulaVec3 plate[2] = { scapula_vec3_add (item->foot, scapula_vec3 (-0.1, -0.075, 0)),
                                 scapula_vec3_add (item->foot, scapula_vec3 (0.06, -0.075, 0)) };
        ScapulaVec3 strut[2] = {
          scapula_vec3_add (item->foot, scapula_vec3 (0, -0.075, 0)),
          scapula_vec3 (item->foot.x, 0.01, 0),
        };

        begin_part (d, -0.002, ORDER_ITEM, STYLE_SUPPORT, TRUE);
        add_line (d, frame, 3, 0.025);
        add_line (d, strut, 2, 0.025);
        add_line (d, plate, 2, 0.02);
        add_cylinder (d, item->foot, z, 0.12, 0.03);
        pad.kind = SCAPULA_ITEM_PAD;
        add_pad (d, &pad, 0.12);
      }
      break;

    case SCAPULA_ITEM_PAD:
      add_pad (d, item, 0.12);
      break;

    case SCAPULA_ITEM_ROLLER_PAD:
      {
        ScapulaVec3 post[2] = {
          item->position,
          scapula_vec3 (item->position.x + 0.05, 0.01, item->position.z),
        };

        begin_part (d, item->position.z - 0.001, ORDER_ITEM, STYLE_SUPPORT, TRUE);
        add_line (d, post, 2, 0.025);
        add_cylinder (d, item->position, z, 0.12, item->size);
      }
      break;

    case SCAPULA_ITEM_LEVER:
      {
        ScapulaVec3 pivot = item->position;
        ScapulaVec3 end = hold == SCAPULA_HOLD_NONE
                          ? scapula_vec3_add (pivot, scapula_vec3 (-0.05, -item->length, 0)) : at[0];
        ScapulaVec3 post[2] = { pivot, scapula_vec3 (pivot.x + 0.08, 0.01, pivot.z) };
        ScapulaVec3 a = scapula_vec3_add (end, scapula_vec3 (0, 0, -0.16)), b = scapula_vec3_add (end, scapula_vec3 (0, 0, 0.16));

        begin_part (d, -0.3, ORDER_BACKGROUND, STYLE_FRAME, FALSE);
        add_line (d, post, 2, 0.03);
        begin_part (d, 0.0, ORDER_ITEM, STYLE_WEIGHT, FALSE);
        add_capsule (d, &pivot, &end, 0.014, 0.012);
        add_circle (d, &pivot, 0.025);
        add_capsule (d, &a, &b, 0.012, 0.012);
      }
      break;

    case SCAPULA_N_ITEM_KINDS:
    default:
      break;
    }
}

static void
build_drawing (Drawing            *d,
               const ScapulaScene *scene,
               const ScapulaPose  *pose)
{
  ScapulaBody body;

  scapula_pose_compute_body (pose, &body);

  for (guint i = 0; i < scene->n_items && i < pose->n_items; i++)
    add_item (d, scene, pose, &body, i);

  add_leg (d, &body, SCAPULA_LIMB_FAR_LEG);
  add_arm (d, &body, SCAPULA_LIMB_FAR_ARM);
  add_torso (d, &body);
  add_cue (d, &body);
  add_leg (d, &body, SCAPULA_LIMB_NEAR_LEG);
  add_arm (d, &body, SCAPULA_LIMB_NEAR_ARM);
}

static int
compare_parts (gconstpointer a,
               gconstpointer b)
{
  const Part *pa = a, *pb = b;

  if (pa->order == ORDER_BACKGROUND || pb->order == ORDER_BACKGROUND)
    {
      if (pa->order != pb->order)
        return pa->order == ORDER_BACKGROUND ? -1 : 1;
    }

  if (pa->depth != pb->depth)
    return pa->depth < pb->depth ? -1 : 1;
  if (pa->order != pb->order)
    return pa->order < pb->order ? -1 : 1;

  /* Keep the order they were added in. */
  return pa->first_shape < pb->first_shape ? -1 : pa->first_shape > pb->first_shape;
}

static void
drawing_extend_bounds (const Drawing *d,
                       double        *min_u,
                       double        *max_u,
                       double        *min_v,
                       double        *max_v)
{
  for (guint i = 0; i < d->shapes->len; i++)
    {
      const Shape *shape = &g_array_index (d->shapes, Shape, i);
      double r = shape->kind == SHAPE_LINE || shape->kind == SHAPE_ARROW
                 ? shape->r0 : MAX (shape->r0, shape->r1);

      for (guint k = 0; k < shape->n; k++)
        {
          double u = g_array_index (d->points, double, shape->first + 2 * k);
          double v = g_array_index (d->points, double, shape->first + 2 * k + 1);

          *min_u = MIN (*min_u, u - r);
          *max_u = MAX (*max_u, u + r);
          *min_v = MIN (*min_v, v - r);
          *max_v = MAX (*max_v, v + r);
        }
    }
}

/* Painting --------------------------------------------------------------- */

static void
shape_path (cairo_t     *cr,
            const Shape *shape,
            const double *pts,
            double       grow,
            guint        sub)
{
  switch (shape->kind)
    {
    case SHAPE_POLYGON:
      cairo_move_to (cr, pts[0], pts[1]);
      for (guint i = 1; i < shape->n; i++)
        cairo_line_to (cr, pts[2 * i], pts[2 * i + 1]);
      cairo_close_path (cr);
      break;

    case SHAPE_CIRCLE:
      cairo_new_sub_path (cr);
      cairo_arc (cr, pts[0], pts[1], shape->r0 + grow, 0, 2 * G_PI);
      break;

    case SHAPE_CAPSULE:
      {
        double dx = pts[2] - pts[0], dy = pts[3] - pts[1];
        double len = hypot (dx, dy);
        double nx = len > 1e-9 ? -dy / len : 0, ny = len > 1e-9 ? dx / len : 1;
        double ra = shape->r0 + grow, rb = shape->r1 + grow;

        /* Sub-paths filled one by one so that their union shows. */
        if (sub == 0)
          {
            cairo_new_sub_path (cr);
            cairo_arc (cr, pts[0], pts[1], ra, 0, 2 * G_PI);
          }
        else if (sub == 1)
          {
            cairo_new_sub_path (cr);
            cairo_arc (cr, pts[2], pts[3], rb, 0, 2 * G_PI);
          }
        else
          {
            /* Counter-clockwise, like the arcs and the hulls, so that
             * one fill with the winding rule makes their union. */
            cairo_move_to (cr, pts[0] - nx * ra, pts[1] - ny * ra);
            cairo_line_to (cr, pts[2] - nx * rb, pts[3] - ny * rb);
            cairo_line_to (cr, pts[2] + nx * rb, pts[3] + ny * rb);
            cairo_line_to (cr, pts[0] + nx * ra, pts[1] + ny * ra);
            cairo_close_path (cr);
          }
      }
      break;

    case SHAPE_LINE:
    case SHAPE_ARROW:
      cairo_move_to (cr, pts[0], pts[1]);
      for (guint i = 1; i < shape->n; i++)
        cairo_line_to (cr, pts[2 * i], pts[2 * i + 1]);
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
arrow_head (cairo_t      *cr,
            const double *pts,
            double        size)
{
  double dx = pts[2] - pts[0], dy = pts[3] - pts[1];
  double len = hypot (dx, dy);
  double ux, uy;

  if (len < 1e-9)
    return;

  ux = dx / len;
  uy = dy / len;
  cairo_move_to (cr, pts[2] + ux * size * 0.6, pts[3] + uy * size * 0.6);
  cairo_line_to (cr, pts[2] - ux * size + uy * size * 0.8, pts[3] - uy * size - ux * size * 0.8);
  cairo_line_to (cr, pts[2] - ux * size - uy * size * 0.8, pts[3] - uy * size + ux * size * 0.8);
  cairo_close_path (cr);
}

static guint
shape_sub_paths (const Shape *shape)
{
  return shape->kind == SHAPE_CAPSULE ? 3 : 1;
}

/* Cuts the part's outline, a little grown, out of what is behind it, so
 * that overlapping shapes of the same colour stay apart. */
static void
paint_halo (cairo_t       *cr,
            const Drawing *d,
            const Part    *part,
            double         halo)
{
  cairo_save (cr);
  cairo_set_operator (cr, CAIRO_OPERATOR_CLEAR);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  for (guint i = 0; i < part->n_shapes; i++)
    {
      const Shape *shape = &g_array_index (d->shapes, Shape, part->first_shape + i);
      const double *pts = &g_array_index (d->points, double, shape->first);

      for (guint sub = 0; sub < shape_sub_paths (shape); sub++)
        {
          shape_path (cr, shape, pts, halo, sub);
          switch (shape->kind)
            {
            case SHAPE_POLYGON:
              cairo_fill_preserve (cr);
              cairo_set_line_width (cr, 2 * halo);
              cairo_stroke (cr);
              break;

            case SHAPE_LINE:
              cairo_set_line_width (cr, shape->r0 + 2 * halo);
              cairo_stroke (cr);
              break;

            case SHAPE_ARROW:
              cairo_set_line_width (cr, shape->r0 + 2 * halo);
              cairo_stroke (cr);
              arrow_head (cr, pts, shape->r0 * 2.2);
              cairo_fill_preserve (cr);
              cairo_set_line_width (cr, 2 * halo);
              cairo_stroke (cr);
              break;

            case SHAPE_CIRCLE:
            case SHAPE_CAPSULE:
            default:
              cairo_fill (cr);
              break;
            }
        }
    }

  cairo_restore (cr);
}

typedef struct
{
  GdkRGBA fill;
  GdkRGBA stroke;
  double  stroke_width;
} PaintStyle;

static void
get_paint_style (ScapulaFigure *self,
                 Style          style,
                 PaintStyle    *out)
{
  double hc = self->high_contrast ? 1.4 : 1.0;

  out->stroke_width = 0;
  out->stroke = scapula_color_with_alpha (&self->fg, 0);

  switch (style)
    {
    case STYLE_BODY:
      out->fill = self->fg;
      break;

    case STYLE_FAR:
      out->fill = scapula_color_with_alpha (&self->fg, MIN (0.42 * hc, 0.7));
      break;

    case STYLE_WEIGHT:
      out->fill = scapula_color_with_alpha (&self->fg, MIN (0.5 * hc, 0.8));
      break;

    case STYLE_PLATE:
      out->fill = scapula_color_with_alpha (&self->fg, 0.1 * hc);
      out->stroke = scapula_color_with_alpha (&self->fg, MIN (0.6 * hc, 0.9));
      out->stroke_width = 0.008;
      break;

    case STYLE_SUPPORT:
      out->fill = scapula_color_with_alpha (&self->fg, 0.13 * hc);
      out->stroke = scapula_color_with_alpha (&self->fg, MIN (0.55 * hc, 0.9));
      out->stroke_width = 0.007;
      break;

    case STYLE_FRAME:
      out->fill = scapula_color_with_alpha (&self->fg, 0.08 * hc);
      out->stroke = scapula_color_with_alpha (&self->fg, MIN (0.35 * hc, 0.8));
      out->stroke_width = 0.006;
      break;

    case STYLE_CORD:
      out->fill = scapula_color_with_alpha (&self->fg, MIN (0.6 * hc, 0.9));
      break;

    case STYLE_CUE:
      out->fill = self->accent_bg;
      break;

    case STYLE_CUE_ARROW:
      out->fill = self->accent;
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
paint_part (ScapulaFigure *self,
            cairo_t       *cr,
            const Drawing *d,
            const Part    *part,
            double         halo)
{
  PaintStyle style;

  get_paint_style (self, part->style, &style);

  if (part->halo)
    paint_halo (cr, d, part, halo);

  /* Fill the shapes' union opaque in a group and paint it once, so that a
   * translucent part does not get darker where its own shapes overlap. */
  cairo_push_group (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_source_rgb (cr, style.fill.red, style.fill.green, style.fill.blue);

  /* Lines first, then every area in one path: filling the union at once
   * leaves no seams where shapes meet. */
  for (guint i = 0; i < part->n_shapes; i++)
    {
      const Shape *shape = &g_array_index (d->shapes, Shape, part->first_shape + i);
      const double *pts = &g_array_index (d->points, double, shape->first);

      if (shape->kind != SHAPE_LINE && shape->kind != SHAPE_ARROW)
        continue;

      shape_path (cr, shape, pts, 0, 0);
      cairo_set_line_width (cr, shape->r0);
      cairo_stroke (cr);
      if (shape->kind == SHAPE_ARROW)
        {
          arrow_head (cr, pts, shape->r0 * 2.2);
          cairo_fill (cr);
        }
    }

  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_WINDING);
  for (guint i = 0; i < part->n_shapes; i++)
    {
      const Shape *shape = &g_array_index (d->shapes, Shape, part->first_shape + i);
      const double *pts = &g_array_index (d->points, double, shape->first);

      if (shape->kind == SHAPE_LINE || shape->kind == SHAPE_ARROW)
        continue;

      for (guint sub = 0; sub < shape_sub_paths (shape); sub++)
        shape_path (cr, shape, pts, 0, sub);
    }
  cairo_fill (cr);

  cairo_pop_group_to_source (cr);
  cairo_paint_with_alpha (cr, style.fill.alpha);

  if (style.stroke_width > 0)
    {
      cairo_push_group (cr);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_set_source_rgb (cr, style.stroke.red, style.stroke.green, style.stroke.blue);
      cairo_set_line_width (cr, style.stroke_width);

      for (guint i = 0; i < part->n_shapes; i++)
        {
          const Shape *shape = &g_array_index (d->shapes, Shape, part->first_shape + i);
          const double *pts = &g_array_index (d->points, double, shape->first);

          if (shape->kind == SHAPE_LINE || shape->kind == SHAPE_ARROW)
            continue;
          for (guint sub = 0; sub < shape_sub_paths (shape); sub++)
            {
              if (shape->kind == SHAPE_CAPSULE && sub == 2)
                continue;
              shape_path (cr, shape, pts, 0, sub);
              cairo_stroke (cr);
            }
        }

      cairo_pop_group_to_source (cr);
      cairo_paint_with_alpha (cr, style.stroke.alpha);
    }
}

/* Layout ----------------------------------------------------------------- */

static const ScapulaScene *
get_scene (ScapulaFigure *self)
{
  if (self->exercise == NULL)
    return NULL;

  return scapula_exercise_get_scene (self->exercise);
}

static guint
get_n_poses (ScapulaFigure *self)
{
  const ScapulaScene *scene = get_scene (self);

  if (scene == NULL)
    return 0;

  return scapula_exercise_get_n_steps (self->exercise);
}

/* The patch of floor under the scene: a line in a level view, a strip
 * when the camera looks down. */
static void
floor_corners (ScapulaFigure *self,
               ScapulaVec3    corners[4])
{
  corners[0] = scapula_vec3 (self->floor_x0, 0, -0.35);
  corners[1] = scapula_vec3 (self->floor_x1, 0, -0.35);
  corners[2] = scapula_vec3 (self->floor_x1, 0, 0.35);
  corners[3] = scapula_vec3 (self->floor_x0, 0, 0.35);
}

static void
update_bounds (ScapulaFigure *self)
{
  const ScapulaScene *scene = get_scene (self);
  guint n = get_n_poses (self);

  self->min_u = self->min_v = self->floor_x0 = G_MAXDOUBLE;
  self->max_u = self->max_v = self->floor_x1 = -G_MAXDOUBLE;

  /* Every step and the halfway point to the next one. */
  for (guint i = 0; i < n; i++)
    {
      for (guint half = 0; half < 2; half++)
        {
          Drawing d;
          ScapulaPose pose;

          if (half == 0)
            pose = *scapula_exercise_get_pose (self->exercise, i);
          else
            scapula_pose_interpolate (scapula_exercise_get_pose (self->exercise, i),
                                      scapula_exercise_get_pose (self->exercise, (i + 1) % n),
                                      0.5, &pose);

          drawing_init (&d, scene->view, scene->pitch);
          build_drawing (&d, scene, &pose);
          drawing_extend_bounds (&d, &self->min_u, &self->max_u, &self->min_v, &self->max_v);
          self->floor_x0 = MIN (self->floor_x0, d.min_x - 0.08);
          self->floor_x1 = MAX (self->floor_x1, d.max_x + 0.08);
          drawing_clear (&d);
        }
    }

  /* The floor is always in the picture. */
  if (n > 0)
    {
      ScapulaVec3 corners[4];
      Drawing d;

      drawing_init (&d, scene->view, scene->pitch);
      floor_corners (self, corners);
      for (guint i = 0; i < 4; i++)
        {
          self->min_u = MIN (self->min_u, view_u (&d, &corners[i]));
          self->max_u = MAX (self->max_u, view_u (&d, &corners[i]));
          self->min_v = MIN (self->min_v, view_v (&d, &corners[i]));
          self->max_v = MAX (self->max_v, view_v (&d, &corners[i]));
        }
      drawing_clear (&d);
    }
}

static void
update_colors (ScapulaFigure *self)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));

  gtk_style_context_get_color (context, &self->fg);
  if (!gtk_style_context_lookup_color (context, "accent_bg_color", &self->accent_bg))
    gdk_rgba_parse (&self->accent_bg, "#3584e4");
  if (!gtk_style_context_lookup_color (context, "accent_color", &self->accent))
    self->accent = self->accent_bg;

  self->high_contrast = adw_is_initialized () &&
                        adw_style_manager_get_high_contrast (adw_style_manager_get_default ());
}

static void
update_accessible (ScapulaFigure *self)
{
  const char * const *steps;
  g_autofree char *label = NULL;
  guint n;

  if (self->exercise == NULL)
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("No exercise"),
                                      -1);
      return;
    }

  steps = scapula_exercise_get_steps (self->exercise);
  n = scapula_exercise_get_n_steps (self->exercise);
  if (self->step < n)
    /* Translators: the picture of a form step, e.g. "Step 2 of 4: Hinge at the hips…". */
    label = g_strdup_printf (_("Step %u of %u: %s"), self->step + 1, n, steps[self->step]);
  else
    label = g_strdup (scapula_exercise_get_name (self->exercise));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

/* Animation -------------------------------------------------------------- */

static double
ease_in_out (double t)
{
  return t < 0.5 ? 4 * t * t * t : 1 - pow (-2 * t + 2, 3) / 2;
}

static void
show_step_pose (ScapulaFigure *self)
{
  const ScapulaPose *pose = NULL;

  if (self->exercise != NULL)
    pose = scapula_exercise_get_pose (self->exercise, self->step);

  if (pose != NULL)
    self->shown = *pose;
  else
    scapula_pose_init (&self->shown);
}

static void
set_step_internal (ScapulaFigure *self,
                   guint          step)
{
  if (self->step == step)
    return;

  self->step = step;
  update_accessible (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEP]);
}

static void
advance (ScapulaFigure *self,
         double         seconds)
{
  guint n = get_n_poses (self);
  double period = n * STEP_SECONDS;
  double local;
  guint i;

  if (n == 0)
    return;

  self->clock = fmod (self->clock + seconds, period);
  if (self->clock < 0)
    self->clock += period;

  i = MIN ((guint) (self->clock / STEP_SECONDS), n - 1);
  local = self->clock - i * STEP_SECONDS;

  if (local < HOLD_SECONDS)
    self->shown = *scapula_exercise_get_pose (self->exercise, i);
  else
    scapula_pose_interpolate (scapula_exercise_get_pose (self->exercise, i),
                              scapula_exercise_get_pose (self->exercise, (i + 1) % n),
                              ease_in_out ((local - HOLD_SECONDS) / MOVE_SECONDS),
                              &self->shown);

  set_step_internal (self, i);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *frame_clock,
         gpointer       user_data)
{
  ScapulaFigure *self = SCAPULA_FIGURE (widget);
  gint64 now = gdk_frame_clock_get_frame_time (frame_clock);

  if (self->last_frame_time != 0)
    advance (self, (now - self->last_frame_time) / (double) G_USEC_PER_SEC * self->speed);
  self->last_frame_time = now;

  return G_SOURCE_CONTINUE;
}

/* Ticks only while there is something to animate that can be seen. */
static void
update_animation (ScapulaFigure *self)
{
  gboolean wanted = self->playing &&
                    gtk_widget_get_mapped (GTK_WIDGET (self)) &&
                    get_n_poses (self) > 1;

  if (wanted && self->tick_id == 0)
    {
      self->last_frame_time = 0;
      self->clock = self->step * STEP_SECONDS;
      self->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), tick_cb, NULL, NULL);
    }
  else if (!wanted && self->tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->tick_id);
      self->tick_id = 0;
      show_step_pose (self);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

/* GtkWidget -------------------------------------------------------------- */

static void
scapula_figure_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  ScapulaFigure *self = SCAPULA_FIGURE (widget);
  const ScapulaScene *scene = get_scene (self);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  double bw, bh, scale, margin, ox, oy, halo;
  g_autoptr(GArray) order = NULL;
  cairo_t *cr;
  Drawing d;

  if (scene == NULL || get_n_poses (self) == 0 || width <= 0 || height <= 0 ||
      self->max_u <= self->min_u)
    return;

  margin = MIN (width, height) * 0.04;
  bw = self->max_u - self->min_u + 0.1;
  bh = self->max_v - self->min_v + 0.04;
  scale = MIN ((width - 2 * margin) / bw, (height - 2 * margin) / bh);
  if (scale <= 0)
    return;

  ox = (width - scale * (self->max_u + self->min_u)) / 2;
  oy = (height + scale * bh) / 2 - scale * 0.02 + self->min_v * scale;
  halo = CLAMP (0.011 * scale, 1.2, 3.5) / scale;

  drawing_init (&d, scene->view, scene->pitch);
  build_drawing (&d, scene, &self->shown);

  order = g_array_sized_new (FALSE, FALSE, sizeof (Part), d.parts->len);
  g_array_append_vals (order, d.parts->data, d.parts->len);
  g_array_sort (order, compare_parts);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
    {
      cairo_translate (cr, width, 0);
      cairo_scale (cr, -1, 1);
    }
  cairo_translate (cr, ox, oy);
  cairo_scale (cr, scale, -scale);

  /* Everything goes into one group, so that the halos only cut into the
   * figure and never into what lies behind the widget. */
  cairo_push_group (cr);

  /* The floor. */
  {
    GdkRGBA line = scapula_color_with_alpha (&self->fg, self->high_contrast ? 0.6 : 0.3);
    GdkRGBA fill = scapula_color_with_alpha (&self->fg, self->high_contrast ? 0.12 : 0.05);
    ScapulaVec3 corners[4];

    floor_corners (self, corners);
    cairo_set_line_width (cr, MAX (0.006, 1.0 / scale));
    cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
    for (guint i = 0; i < 4; i++)
      cairo_line_to (cr, view_u (&d, &corners[i]), view_v (&d, &corners[i]));
    cairo_close_path (cr);
    gdk_cairo_set_source_rgba (cr, &fill);
    cairo_fill (cr);

    /* The front edge is the floor line. */
    cairo_move_to (cr, view_u (&d, &corners[2]), view_v (&d, &corners[2]));
    cairo_line_to (cr, view_u (&d, &corners[3]), view_v (&d, &corners[3]));
    gdk_cairo_set_source_rgba (cr, &line);
    cairo_stroke (cr);
  }

  for (guint i = 0; i < order->len; i++)
    paint_part (self, cr, &d, &g_array_index (order, Part, i), halo);

  cairo_pop_group_to_source (cr);
  cairo_paint (cr);
  cairo_destroy (cr);

  drawing_clear (&d);
}

static void
scapula_figure_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 120;
      *natural = 240;
    }
  else
    {
      *minimum = 100;
      *natural = 200;
    }
}

static void
scapula_figure_css_changed (GtkWidget         *widget,
                            GtkCssStyleChange *change)
{
  ScapulaFigure *self = SCAPULA_FIGURE (widget);

  GTK_WIDGET_CLASS (scapula_figure_parent_class)->css_changed (widget, change);

  update_colors (self);
  gtk_widget_queue_draw (widget);
}

static void
scapula_figure_direction_changed (GtkWidget        *widget,
                                  GtkTextDirection  previous)
{
  gtk_widget_queue_draw (widget);
}

static void
scapula_figure_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (scapula_figure_parent_class)->map (widget);

  update_animation (SCAPULA_FIGURE (widget));
}

static void
scapula_figure_unmap (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (scapula_figure_parent_class)->unmap (widget);

  update_animation (SCAPULA_FIGURE (widget));
}

/* GObject ---------------------------------------------------------------- */

static void
scapula_figure_dispose (GObject *object)
{
  ScapulaFigure *self = SCAPULA_FIGURE (object);

  if (self->tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->tick_id);
      self->tick_id = 0;
    }
  g_clear_object (&self->exercise);

  G_OBJECT_CLASS (scapula_figure_parent_class)->dispose (object);
}

static void
scapula_figure_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ScapulaFigure *self = SCAPULA_FIGURE (object);

  switch (prop_id)
    {
    case PROP_EXERCISE:
      g_value_set_object (value, scapula_figure_get_exercise (self));
      break;

    case PROP_STEP:
      g_value_set_uint (value, scapula_figure_get_step (self));
      break;

    case PROP_PLAYING:
      g_value_set_boolean (value, scapula_figure_get_playing (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scapula_figure_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  ScapulaFigure *self = SCAPULA_FIGURE (object);

  switch (prop_id)
    {
    case PROP_EXERCISE:
      scapula_figure_set_exercise (self, g_value_get_object (value));
      break;

    case PROP_STEP:
      scapula_figure_set_step (self, g_value_get_uint (value));
      break;

    case PROP_PLAYING:
      scapula_figure_set_playing (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scapula_figure_class_init (ScapulaFigureClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = scapula_figure_dispose;
  object_class->get_property = scapula_figure_get_property;
  object_class->set_property = scapula_figure_set_property;

  widget_class->snapshot = scapula_figure_snapshot;
  widget_class->measure = scapula_figure_measure;
  widget_class->css_changed = scapula_figure_css_changed;
  widget_class->direction_changed = scapula_figure_direction_changed;
  widget_class->map = scapula_figure_map;
  widget_class->unmap = scapula_figure_unmap;

  /**
   * ScapulaFigure:exercise:
   *
   * The exercise whose form steps are shown.
   */
  properties[PROP_EXERCISE] =
    g_param_spec_object ("exercise", NULL, NULL,
                         SCAPULA_TYPE_EXERCISE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * ScapulaFigure:step:
   *
   * The form step shown, counted from 0. While playing it follows the
   * animation.
   */
  properties[PROP_STEP] =
    g_param_spec_uint ("step", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * ScapulaFigure:playing:
   *
   * Whether the figure moves through the steps in a loop.
   */
  properties[PROP_PLAYING] =
    g_param_spec_boolean ("playing", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "figure");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
scapula_figure_init (ScapulaFigure *self)
{
  self->speed = 1.0;
  scapula_pose_init (&self->shown);
  update_accessible (self);
}

/* Public API ------------------------------------------------------------- */

GtkWidget *
scapula_figure_new (void)
{
  return g_object_new (SCAPULA_TYPE_FIGURE, NULL);
}

/**
 * scapula_figure_get_exercise:
 *
 * Returns: (transfer none) (nullable): the exercise shown
 */
ScapulaExercise *
scapula_figure_get_exercise (ScapulaFigure *self)
{
  g_return_val_if_fail (SCAPULA_IS_FIGURE (self), NULL);

  return self->exercise;
}

/**
 * scapula_figure_set_exercise:
 * @exercise: (nullable): the exercise to show
 *
 * Shows the first step of @exercise. An exercise without poses shows
 * nothing.
 */
void
scapula_figure_set_exercise (ScapulaFigure   *self,
                             ScapulaExercise *exercise)
{
  g_return_if_fail (SCAPULA_IS_FIGURE (self));
  g_return_if_fail (exercise == NULL || SCAPULA_IS_EXERCISE (exercise));

  if (!g_set_object (&self->exercise, exercise))
    return;

  g_object_freeze_notify (G_OBJECT (self));

  if (self->tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->tick_id);
      self->tick_id = 0;
    }

  update_bounds (self);
  if (self->step != 0)
    {
      self->step = 0;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEP]);
    }
  show_step_pose (self);
  update_accessible (self);
  update_animation (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXERCISE]);
  g_object_thaw_notify (G_OBJECT (self));

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
scapula_figure_get_step (ScapulaFigure *self)
{
  g_return_val_if_fail (SCAPULA_IS_FIGURE (self), 0);

  return self->step;
}

/**
 * scapula_figure_set_step:
 * @step: the form step, counted from 0; clamped to the exercise's last step
 *
 * Shows @step. While playing, the animation carries on from there.
 */
void
scapula_figure_set_step (ScapulaFigure *self,
                         guint          step)
{
  guint n;

  g_return_if_fail (SCAPULA_IS_FIGURE (self));

  n = self->exercise != NULL ? scapula_exercise_get_n_steps (self->exercise) : 0;
  if (n > 0)
    step = MIN (step, n - 1);
  else
    step = 0;

  if (self->step == step)
    return;

  self->step = step;
  self->clock = step * STEP_SECONDS;
  show_step_pose (self);
  update_accessible (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEP]);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
scapula_figure_get_playing (ScapulaFigure *self)
{
  g_return_val_if_fail (SCAPULA_IS_FIGURE (self), FALSE);

  return self->playing;
}

/**
 * scapula_figure_set_playing:
 *
 * Starts or stops the animation. It only runs while the widget is on
 * screen; a paused figure shows the pose of #ScapulaFigure:step.
 */
void
scapula_figure_set_playing (ScapulaFigure *self,
                            gboolean       playing)
{
  g_return_if_fail (SCAPULA_IS_FIGURE (self));

  playing = !!playing;
  if (self->playing == playing)
    return;

  self->playing = playing;
  update_animation (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAYING]);
}

void
_scapula_figure_set_speed (ScapulaFigure *self,
                           double         speed)
{
  g_return_if_fail (SCAPULA_IS_FIGURE (self));
  g_return_if_fail (speed > 0);

  self->speed = speed;
}

gboolean
_scapula_figure_is_animating (ScapulaFigure *self)
{
  g_return_val_if_fail (SCAPULA_IS_FIGURE (self), FALSE);

  return self->tick_id != 0;
}
