/* scapula-alerts.h
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * ScapulaAlertSound:
 * @SCAPULA_ALERT_SOUND_PING: one short ping (hold ladder, last seconds)
 * @SCAPULA_ALERT_SOUND_PHASE: a phase change
 * @SCAPULA_ALERT_SOUND_REST_OVER: the rest timer reached zero
 * @SCAPULA_ALERT_SOUND_COMPLETE: a hold sequence or the session is done
 *
 * The sounds the session runner asks for.
 */
typedef enum
{
  SCAPULA_ALERT_SOUND_PING,
  SCAPULA_ALERT_SOUND_PHASE,
  SCAPULA_ALERT_SOUND_REST_OVER,
  SCAPULA_ALERT_SOUND_COMPLETE,
} ScapulaAlertSound;

#define SCAPULA_TYPE_ALERTS (scapula_alerts_get_type ())

G_DECLARE_INTERFACE (ScapulaAlerts, scapula_alerts, SCAPULA, ALERTS, GObject)

/**
 * ScapulaAlertsInterface:
 * @play: plays @sound @count times in a row
 * @notify: shows (or replaces) the desktop notification @id, when the
 *   implementation decides it should be shown
 * @withdraw: removes the desktop notification @id
 *
 * What the session runner needs to get the user's attention: sounds and
 * desktop notifications. The real implementation lives on the GTK side
 * (ScapulaDesktopAlerts); tests use #ScapulaRecordingAlerts.
 */
struct _ScapulaAlertsInterface
{
  GTypeInterface parent_iface;

  void (*play)     (ScapulaAlerts     *self,
                    ScapulaAlertSound  sound,
                    guint              count);
  void (*notify)   (ScapulaAlerts     *self,
                    const char        *id,
                    const char        *title,
                    const char        *body);
  void (*withdraw) (ScapulaAlerts     *self,
                    const char        *id);
};

void        scapula_alerts_play           (ScapulaAlerts     *self,
                                           ScapulaAlertSound  sound,
                                           guint              count);
void        scapula_alerts_notify         (ScapulaAlerts     *self,
                                           const char        *id,
                                           const char        *title,
                                           const char        *body);
void        scapula_alerts_withdraw       (ScapulaAlerts     *self,
                                           const char        *id);

const char *scapula_alert_sound_get_nick  (ScapulaAlertSound  sound);

#define SCAPULA_TYPE_RECORDING_ALERTS (scapula_recording_alerts_get_type ())

G_DECLARE_FINAL_TYPE (ScapulaRecordingAlerts, scapula_recording_alerts, SCAPULA, RECORDING_ALERTS, GObject)

ScapulaRecordingAlerts *scapula_recording_alerts_new     (void);
const GPtrArray        *scapula_recording_alerts_get_log (ScapulaRecordingAlerts *self);
void                    scapula_recording_alerts_clear   (ScapulaRecordingAlerts *self);

G_END_DECLS
