/* scapula-muscle-info.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "scapula-muscle-info"

#include "config.h"

#include <glib/gi18n.h>

#include "scapula-muscle-info.h"

/* The rhomboid and trapezius facts come from seed 001's anatomy section;
 * the roles of the latissimus, trapezius, rhomboids and erectors are also
 * summarised in seed 004. The rest is textbook anatomy, written for people
 * who train rather than for anatomists. */

void
scapula_muscle_get_info (ScapulaMuscle      muscle,
                         ScapulaMuscleInfo *info)
{
  g_return_if_fail (info != NULL);

  info->source = NULL;

  switch (muscle)
    {
    case SCAPULA_MUSCLE_TRAPEZIUS_UPPER:
      info->origin = _("The base of the skull and the ligament along the back of the neck");
      info->insertion = _("The outer third of the collarbone");
      info->function = _("Shrugs the shoulder blades up and helps turn them upward when the arms go overhead.");
      break;

    case SCAPULA_MUSCLE_TRAPEZIUS_MIDDLE:
      info->origin = _("The lower neck and upper thoracic vertebrae");
      info->insertion = _("The spine of the shoulder blade");
      info->function = _("Pulls the shoulder blades together (retraction) and helps lift and turn them upward. "
                          "It works with the rhomboids in almost every good row.");
      info->source = "001";
      break;

    case SCAPULA_MUSCLE_TRAPEZIUS_LOWER:
      info->origin = _("The middle and lower thoracic vertebrae");
      info->insertion = _("Near the inner end of the spine of the shoulder blade");
      info->function = _("Pulls the shoulder blades together and down (depression) and helps turn them upward. "
                          "Leading a pull with the shoulder blades moving down trains it.");
      info->source = "001";
      break;

    case SCAPULA_MUSCLE_RHOMBOID_MAJOR:
      info->origin = _("The spinous processes of the thoracic vertebrae T2 to T5");
      info->insertion = _("The inner (medial) border of the shoulder blade, below its spine");
      info->function = _("Pulls the shoulder blade towards the spine (adduction), lifts it, and turns it "
                          "downward after the arm has been overhead.");
      info->source = "001";
      break;

    case SCAPULA_MUSCLE_RHOMBOID_MINOR:
      info->origin = _("The spinous processes of C7 and T1, where the neck meets the upper back");
      info->insertion = _("The inner (medial) border of the shoulder blade, level with its spine");
      info->function = _("Works with the rhomboid major: draws the shoulder blade in, lifts it and turns it downward.");
      info->source = "001";
      break;

    case SCAPULA_MUSCLE_LATISSIMUS_DORSI:
      info->origin = _("The lower six thoracic vertebrae, the lumbar fascia, the back of the pelvis and the lowest ribs");
      info->insertion = _("The front of the upper arm bone, inside the armpit");
      info->function = _("Pulls the arm down and back towards the body: the main mover in pull-ups and pulldowns, "
                          "and the muscle that gives the back its V shape.");
      info->source = "004";
      break;

    case SCAPULA_MUSCLE_TERES_MAJOR:
      info->origin = _("The lower outer corner of the shoulder blade");
      info->insertion = _("The front of the upper arm bone, beside the latissimus");
      info->function = _("Helps the latissimus pull the arm down and back, and turns it inward.");
      break;

    case SCAPULA_MUSCLE_TERES_MINOR:
      info->origin = _("The outer border of the shoulder blade");
      info->insertion = _("The back of the top of the upper arm bone");
      info->function = _("One of the rotator cuff: turns the arm outward and keeps the shoulder joint centred.");
      break;

    case SCAPULA_MUSCLE_INFRASPINATUS:
      info->origin = _("The broad surface of the shoulder blade below its spine");
      info->insertion = _("The back of the top of the upper arm bone");
      info->function = _("The main outward rotator of the arm and a key part of the rotator cuff; "
                          "face pulls and rear-delt work train it.");
      break;

    case SCAPULA_MUSCLE_POSTERIOR_DELTOID:
      info->origin = _("The spine of the shoulder blade");
      info->insertion = _("The outer side of the upper arm bone");
      info->function = _("Draws the arm back and out to the side; it finishes rows and does most of a reverse fly.");
      break;

    case SCAPULA_MUSCLE_ERECTOR_SPINAE:
      info->origin = _("The back of the pelvis and the lower vertebrae");
      info->insertion = _("The ribs and the vertebrae above, up to the skull");
      info->function = _("Runs along the spine and holds it straight: it keeps the back flat in a hinge "
                          "and helps you stand tall.");
      info->source = "004";
      break;

    case SCAPULA_MUSCLE_GLUTEUS_MAXIMUS:
      info->origin = _("The back of the pelvis, the sacrum and the tailbone");
      info->insertion = _("The back of the thigh bone and the band along the outer thigh");
      info->function = _("Extends the hip: it drives you up out of a deadlift or a hinge and keeps the pelvis steady.");
      break;

    case SCAPULA_MUSCLE_HAMSTRINGS:
      info->origin = _("The sitting bone at the bottom of the pelvis");
      info->insertion = _("Just below the knee, on both sides of the shin");
      info->function = _("Extend the hip and bend the knee; they carry the load with the glutes in "
                          "Romanian deadlifts and other hinges.");
      break;

    case SCAPULA_MUSCLE_BICEPS:
      info->origin = _("Two heads on the shoulder blade, above and in front of the shoulder joint");
      info->insertion = _("The forearm, just below the elbow");
      info->function = _("Bends the elbow and turns the palm up. In rows it should help, not lead: "
                          "if you feel rows mostly in your biceps, lighten the load.");
      info->source = "001";
      break;

    case SCAPULA_MUSCLE_FOREARMS:
      info->origin = _("The lower end of the upper arm bone, around the elbow");
      info->insertion = _("The wrist, hand and fingers");
      info->function = _("Close and hold the hand: your grip in every row, carry and deadlift.");
      break;

    case SCAPULA_MUSCLE_CORE:
      info->origin = _("The ribs, the pelvis and the fascia of the lower back");
      info->insertion = _("The midline of the belly and the pelvis");
      info->function = _("The abdominals and obliques brace the trunk so the back can pull from a stable base, "
                          "as in renegade rows and carries.");
      break;

    case SCAPULA_MUSCLE_PECTORALS:
      info->origin = _("The collarbone, the breastbone and the upper ribs");
      info->insertion = _("The front of the upper arm bone");
      info->function = _("Pulls the arm across the body. When it is tight it draws the shoulders forward, "
                          "which is why the doorway stretch belongs in a mid-back routine.");
      break;

    default:
      g_return_if_reached ();
    }
}
