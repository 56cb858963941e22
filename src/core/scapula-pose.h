/* scapula-pose.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "scapula-vec3.h"

G_BEGIN_DECLS

#define SCAPULA_POSE_ERROR (scapula_pose_error_quark ())

typedef enum
{
  SCAPULA_POSE_ERROR_INVALID,
  SCAPULA_POSE_ERROR_PARSE,
} ScapulaPoseError;


typedef enum
{
  SCAPULA_LIMB_NEAR_ARM,
  SCAPULA_LIMB_FAR_ARM,
  SCAPULA_LIMB_NEAR_LEG,
  SCAPULA_LIMB_FAR_LEG,
  SCAPULA_N_LIMBS
} ScapulaLimb;

/**
 * ScapulaLimbPose:
 * @flexion: shoulder or hip flexion in degrees: the angle of the upper arm
 *   or thigh in the trunk's sagittal plane, 0 hanging along the trunk,
 *   positive forward, negative behind
 * @bend: elbow or knee flexion in degrees, 0 straight
 * @abduction: shoulder or hip abduction in degrees, out to the side
 * @rotation: shoulder or hip external rotation in degrees
 * @end: wrist flexion, or ankle dorsiflexion (negative: pointing the toes)
 */
typedef struct
{
  double flexion;
  double bend;
  double abduction;
  double rotation;
  double end;
} ScapulaLimbPose;

typedef enum
{
  SCAPULA_HOLD_NONE,
  SCAPULA_HOLD_NEAR,
  SCAPULA_HOLD_FAR,
  SCAPULA_HOLD_BOTH,  /* one item in both hands: a bar, a rope, a band */
  SCAPULA_HOLD_PAIR,  /* one item in each hand: two dumbbells */
} ScapulaHold;

/* Points on the body that can rest on the floor or on a piece of
 * equipment. Joint points have a radius (the flesh around the joint);
 * surface points have none.
 */
typedef enum
{
  SCAPULA_BODY_POINT_HEAD,
  SCAPULA_BODY_POINT_CHEST,
  SCAPULA_BODY_POINT_BELLY,
  SCAPULA_BODY_POINT_BACK,
  SCAPULA_BODY_POINT_UPPER_BACK,
  SCAPULA_BODY_POINT_SACRUM,
  SCAPULA_BODY_POINT_SEAT,
  SCAPULA_BODY_POINT_NEAR_HAND,
  SCAPULA_BODY_POINT_FAR_HAND,
  SCAPULA_BODY_POINT_NEAR_FOREARM,
  SCAPULA_BODY_POINT_FAR_FOREARM,
  SCAPULA_BODY_POINT_NEAR_ELBOW,
  SCAPULA_BODY_POINT_FAR_ELBOW,
  SCAPULA_BODY_POINT_NEAR_THIGH,
  SCAPULA_BODY_POINT_FAR_THIGH,
  SCAPULA_BODY_POINT_NEAR_KNEE,
  SCAPULA_BODY_POINT_FAR_KNEE,
  SCAPULA_BODY_POINT_NEAR_SHIN,
  SCAPULA_BODY_POINT_FAR_SHIN,
  SCAPULA_BODY_POINT_NEAR_HEEL,
  SCAPULA_BODY_POINT_FAR_HEEL,
  SCAPULA_BODY_POINT_NEAR_BALL,
  SCAPULA_BODY_POINT_FAR_BALL,
  SCAPULA_BODY_POINT_NEAR_TOE,
  SCAPULA_BODY_POINT_FAR_TOE,
  SCAPULA_N_BODY_POINTS
} ScapulaBodyPoint;

#define SCAPULA_POSE_MAX_ITEMS    6
#define SCAPULA_POSE_MAX_CONTACTS 10

/**
 * ScapulaItemState:
 * @hold: which hands hold the item in this step; %SCAPULA_HOLD_NONE when it
 *   stands where @position says
 * @position: where the item is when nobody holds it (for a fixed item such
 *   as a pull-up bar, where it always is)
 * @attachment: 1 when @hold says who holds it; between 0 and 1 in an
 *   interpolated pose, while the hands pick the item up from @position or
 *   put it down there
 */
typedef struct
{
  ScapulaHold hold;
  ScapulaVec3 position;
  double      attachment;
} ScapulaItemState;

/**
 * ScapulaContact:
 * @point: the part of the body
 * @support: the index of the scene item it rests on, or -1 for the floor
 */
typedef struct
{
  ScapulaBodyPoint point;
  int              support;
} ScapulaContact;

/**
 * ScapulaPose:
 * @hip_x: x of the point between the hip joints
 * @hip_y: y of the point between the hip joints
 * @trunk: forward lean of the hip-to-shoulder line from vertical, in
 *   degrees: 0 upright, 90 face down, −90 face up
 * @spine: flexion of the upper back on the lower back (rounding), degrees;
 *   negative arches the back
 * @side_bend: the upper back bends toward the near side, degrees
 * @twist: the chest turns toward the near side, degrees
 * @roll: the pelvis (and everything on it) rolls toward the near side
 *   about the body's long axis, degrees
 * @neck: head flexion on the upper back (chin down), degrees
 * @limbs: the arms and legs, indexed by #ScapulaLimb
 * @retraction: the shoulder blades drawn together, 0 neutral, 1 fully
 *   squeezed, −1 spread apart
 * @depression: the shoulder blades pulled down, −1 shrugged up
 * @n_items: how many entries of @items are used (the scene's item count)
 * @items: the state of each scene item in this step
 * @n_contacts: how many entries of @contacts are used
 * @contacts: where the body rests in this step
 *
 * One position of the body, in joint angles. A pose is plain data: copy it
 * by value.
 */
typedef struct
{
  double           hip_x;
  double           hip_y;
  double           trunk;
  double           spine;
  double           side_bend;
  double           twist;
  double           roll;
  double           neck;
  ScapulaLimbPose  limbs[SCAPULA_N_LIMBS];
  double           retraction;
  double           depression;
  guint            n_items;
  ScapulaItemState items[SCAPULA_POSE_MAX_ITEMS];
  guint            n_contacts;
  ScapulaContact   contacts[SCAPULA_POSE_MAX_CONTACTS];
} ScapulaPose;

typedef enum
{
  SCAPULA_ITEM_BENCH,
  SCAPULA_ITEM_DUMBBELL,
  SCAPULA_ITEM_KETTLEBELL,
  SCAPULA_ITEM_BARBELL,
  SCAPULA_ITEM_TRAP_BAR,
  SCAPULA_ITEM_LANDMINE,
  SCAPULA_ITEM_CABLE,
  SCAPULA_ITEM_BAND,
  SCAPULA_ITEM_STRAPS,
  SCAPULA_ITEM_PULL_UP_BAR,
  SCAPULA_ITEM_MAT,
  SCAPULA_ITEM_FOAM_ROLLER,
  SCAPULA_ITEM_BALL,
  SCAPULA_ITEM_WALL,
  SCAPULA_ITEM_DOORWAY,
  SCAPULA_ITEM_BACK_EXTENSION_BENCH,
  SCAPULA_ITEM_PAD,
  SCAPULA_ITEM_ROLLER_PAD,
  SCAPULA_ITEM_LEVER,
  SCAPULA_N_ITEM_KINDS
} ScapulaItemKind;

typedef enum
{
  SCAPULA_ITEM_AXIS_ALONG,    /* across the palm, in the arm's plane (neutral grip) */
  SCAPULA_ITEM_AXIS_ACROSS,   /* from side to side (overhand or underhand grip) */
  SCAPULA_ITEM_AXIS_UPRIGHT,  /* standing on end, held against the chest */
} ScapulaItemAxis;

typedef enum
{
  SCAPULA_HANDLE_SINGLE,
  SCAPULA_HANDLE_ROPE,
  SCAPULA_HANDLE_BAR,
} ScapulaHandle;

/**
 * ScapulaItem:
 * @kind: what it is
 * @hold: which hands hold it unless a step says otherwise
 * @position: where it stands; the anchor of a cable, band, strap, lever
 *   or landmine; the low end of a bench top; the centre of a pad, ball or
 *   roller; the start of a mat; the face of a wall or door frame
 * @attach: for a band tied to the body, the body point, else -1
 * @axis: how a dumbbell or kettlebell sits in the hand
 * @handle: what the hands hold on a cable
 * @length: bench, mat, pad or strap length; distance from a landmine's or
 *   lever's pivot to the grip
 * @angle: incline of a bench or pad, degrees
 * @size: radius of plates, dumbbell heads, kettlebells, balls and rollers;
 *   half the width of a door frame or a cable bar
 * @seat: length of a bench's seat below the low end of its top
 * @foot: the foot roller of a back-extension bench
 */
typedef struct
{
  ScapulaItemKind kind;
  ScapulaHold     hold;
  ScapulaVec3     position;
  int             attach;
  ScapulaItemAxis axis;
  ScapulaHandle   handle;
  double          length;
  double          angle;
  double          size;
  double          seat;
  ScapulaVec3     foot;
} ScapulaItem;

/**
 * ScapulaScene:
 * @view: how far the camera turns from a pure side view toward the
 *   figure's back, degrees (90 looks at the back)
 * @pitch: how far the camera looks down on the scene, degrees
 * @n_items: how many entries of @items are used
 * @items: the equipment
 *
 * The equipment of one exercise.
 */
typedef struct
{
  double      view;
  double      pitch;
  guint       n_items;
  ScapulaItem items[SCAPULA_POSE_MAX_ITEMS];
} ScapulaScene;

/**
 * ScapulaPoseSet:
 * @scene: the equipment
 * @n_poses: how many poses: one per form step
 * @poses: (array length=n_poses): the poses, in step order
 *
 * The pictures of one exercise, as read from the poses file.
 */
typedef struct
{
  ScapulaScene  scene;
  guint         n_poses;
  ScapulaPose  *poses;
} ScapulaPoseSet;

typedef enum
{
  SCAPULA_JOINT_HIP_CENTER,
  SCAPULA_JOINT_WAIST,
  SCAPULA_JOINT_SHOULDER_CENTER,
  SCAPULA_JOINT_NECK_BASE,
  SCAPULA_JOINT_NECK_TOP,
  SCAPULA_JOINT_HEAD,
  SCAPULA_JOINT_NEAR_SHOULDER,
  SCAPULA_JOINT_NEAR_ELBOW,
  SCAPULA_JOINT_NEAR_WRIST,
  SCAPULA_JOINT_NEAR_GRIP,
  SCAPULA_JOINT_NEAR_FINGERS,
  SCAPULA_JOINT_FAR_SHOULDER,
  SCAPULA_JOINT_FAR_ELBOW,
  SCAPULA_JOINT_FAR_WRIST,
  SCAPULA_JOINT_FAR_GRIP,
  SCAPULA_JOINT_FAR_FINGERS,
  SCAPULA_JOINT_NEAR_HIP,
  SCAPULA_JOINT_NEAR_KNEE,
  SCAPULA_JOINT_NEAR_ANKLE,
  SCAPULA_JOINT_NEAR_HEEL,
  SCAPULA_JOINT_NEAR_BALL,
  SCAPULA_JOINT_NEAR_TOE,
  SCAPULA_JOINT_FAR_HIP,
  SCAPULA_JOINT_FAR_KNEE,
  SCAPULA_JOINT_FAR_ANKLE,
  SCAPULA_JOINT_FAR_HEEL,
  SCAPULA_JOINT_FAR_BALL,
  SCAPULA_JOINT_FAR_TOE,
  SCAPULA_N_JOINTS
} ScapulaJoint;

/* The first joint of each limb (shoulder or hip); the others follow in
 * the order above: 5 joints per arm, 6 per leg. */
#define SCAPULA_LIMB_FIRST_JOINT(limb) \
  ((limb) == SCAPULA_LIMB_NEAR_ARM ? SCAPULA_JOINT_NEAR_SHOULDER : \
   (limb) == SCAPULA_LIMB_FAR_ARM ? SCAPULA_JOINT_FAR_SHOULDER : \
   (limb) == SCAPULA_LIMB_NEAR_LEG ? SCAPULA_JOINT_NEAR_HIP : SCAPULA_JOINT_FAR_HIP)

/**
 * ScapulaBody:
 * @joints: joint positions, indexed by #ScapulaJoint
 * @pelvis: forward, up and near-side axes of the pelvis
 * @chest: forward, up and near-side axes of the upper back
 * @head: forward and up axes of the head
 * @retraction: copied from the pose
 * @depression: copied from the pose
 *
 * A pose's joint positions in world coordinates (forward kinematics).
 */
typedef struct
{
  ScapulaVec3 joints[SCAPULA_N_JOINTS];
  ScapulaVec3 pelvis[3];
  ScapulaVec3 chest[3];
  ScapulaVec3 head[2];
  double      retraction;
  double      depression;
} ScapulaBody;

/* The torso is drawn and checked as rings (cross-sections) from the
 * buttocks to the top of the shoulders; consecutive rings enclose it. */
#define SCAPULA_TORSO_SECTIONS 7
#define SCAPULA_TORSO_RING     16

/* Body proportions as fractions of body height (Drillis & Contini, in
 * Winter, Biomechanics and Motor Control of Human Movement). */
#define SCAPULA_UPPER_ARM      0.186
#define SCAPULA_FOREARM        0.146
#define SCAPULA_HAND           0.108
#define SCAPULA_THIGH          0.245
#define SCAPULA_SHANK          0.246
#define SCAPULA_FOOT           0.152
#define SCAPULA_ANKLE_HEIGHT   0.039
#define SCAPULA_LOWER_TRUNK    0.12
#define SCAPULA_UPPER_TRUNK    0.17
#define SCAPULA_SHOULDER_WIDTH 0.259
#define SCAPULA_HIP_WIDTH      0.191
#define SCAPULA_HEAD_HEIGHT    0.13

GQuark        scapula_pose_error_quark          (void);

void          scapula_pose_init                 (ScapulaPose            *self);
gboolean      scapula_pose_validate             (const ScapulaPose      *self,
                                                 GError                **error);
void          scapula_pose_interpolate          (const ScapulaPose      *from,
                                                 const ScapulaPose      *to,
                                                 double                  t,
                                                 ScapulaPose            *result);
void          scapula_pose_compute_body         (const ScapulaPose      *self,
                                                 ScapulaBody            *body);
gboolean      scapula_pose_check_contacts       (const ScapulaPose      *self,
                                                 const ScapulaScene     *scene,
                                                 double                  tolerance,
                                                 GError                **error);

gboolean      scapula_body_get_point            (const ScapulaBody      *self,
                                                 ScapulaBodyPoint        point,
                                                 ScapulaVec3            *center,
                                                 double                 *radius);
double        scapula_body_get_lowest           (const ScapulaBody      *self);
void          scapula_body_get_torso_ring       (const ScapulaBody      *self,
                                                 guint                   section,
                                                 ScapulaVec3             ring[SCAPULA_TORSO_RING]);
void          scapula_body_get_shoulder_blade   (const ScapulaBody      *self,
                                                 gboolean                near,
                                                 ScapulaVec3             corners[3]);
void          scapula_body_get_center_of_mass   (const ScapulaBody      *self,
                                                 ScapulaVec3            *center);

guint         scapula_scene_locate_item         (const ScapulaScene     *self,
                                                 const ScapulaPose      *pose,
                                                 const ScapulaBody      *body,
                                                 guint                   index,
                                                 ScapulaVec3             positions[2]);
double        scapula_scene_distance_to_support (const ScapulaScene     *self,
                                                 const ScapulaPose      *pose,
                                                 int                     support,
                                                 const ScapulaVec3      *point);
double        scapula_scene_get_item_bottom     (const ScapulaScene     *self,
                                                 const ScapulaPose      *pose,
                                                 const ScapulaBody      *body,
                                                 guint                   index);

const char   *scapula_body_point_to_string      (ScapulaBodyPoint        point);
const char   *scapula_item_kind_to_string       (ScapulaItemKind         kind);

/**
 * ScapulaStepCountFunc:
 * @exercise_id: an exercise slug
 * @user_data: closure data
 *
 * Returns: how many form steps the exercise has, or 0 when there is no such
 *   exercise
 */
typedef guint (*ScapulaStepCountFunc) (const char *exercise_id,
                                       gpointer    user_data);

GHashTable   *scapula_pose_sets_parse           (GBytes                 *bytes,
                                                 ScapulaStepCountFunc    count_steps,
                                                 gpointer                user_data,
                                                 GError                **error);
void          scapula_pose_set_free             (ScapulaPoseSet         *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScapulaPoseSet, scapula_pose_set_free)

G_END_DECLS
