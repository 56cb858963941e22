/* scapula-alerts.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "scapula-alerts"

#include "config.h"

#include "scapula-alerts.h"

G_DEFINE_INTERFACE (ScapulaAlerts, scapula_alerts, G_TYPE_OBJECT)

static void
scapula_alerts_default_init (ScapulaAlertsInterface *iface)
{
}

/**
 * scapula_alert_sound_get_nick:
 * @sound: a #ScapulaAlertSound
 *
 * Returns: a short stable name for @sound ("ping", "phase", "rest-over",
 *   "complete"), used in logs and tests
 */
const char *
scapula_alert_sound_get_nick (ScapulaAlertSound sound)
{
  switch (sound)
    {
    case SCAPULA_ALERT_SOUND_PING:
      return "ping";
    case SCAPULA_ALERT_SOUND_PHASE:
      return "phase";
    case SCAPULA_ALERT_SOUND_REST_OVER:
      return "rest-over";
    case SCAPULA_ALERT_SOUND_COMPLETE:
      return "complete";
    default:
      g_return_val_if_reached ("unknown");
    }
}

/**
 * scapula_alerts_play:
 * @self: a #ScapulaAlerts
 * @sound: what to play
 * @count: how many times in a row, 1 to 3 (the hold timer's ping ladder)
 *
 * Plays @sound. Returns at once: the sound plays in the background, and
 * implementations may stay silent (the user turned sounds off, or there is
 * no sound server).
 */
void
scapula_alerts_play (ScapulaAlerts     *self,
                     ScapulaAlertSound  sound,
                     guint              count)
{
  ScapulaAlertsInterface *iface;

  g_return_if_fail (SCAPULA_IS_ALERTS (self));
  g_return_if_fail (sound <= SCAPULA_ALERT_SOUND_COMPLETE);
  g_return_if_fail (count >= 1 && count <= 3);

  iface = SCAPULA_ALERTS_GET_IFACE (self);
  if (iface->play != NULL)
    iface->play (self, sound, count);
}

/**
 * scapula_alerts_notify:
 * @self: a #ScapulaAlerts
 * @id: identifies the notification, so a later one with the same id
 *   replaces it and scapula_alerts_withdraw() can remove it
 * @title: the notification's title
 * @body: (nullable): the notification's text
 *
 * Asks for a desktop notification. The implementation decides whether to
 * show it: the desktop one only does when no window of the application is
 * focused and the user has not turned notifications off.
 */
void
scapula_alerts_notify (ScapulaAlerts *self,
                       const char    *id,
                       const char    *title,
                       const char    *body)
{
  ScapulaAlertsInterface *iface;

  g_return_if_fail (SCAPULA_IS_ALERTS (self));
  g_return_if_fail (id != NULL && *id != '\0');
  g_return_if_fail (title != NULL);

  iface = SCAPULA_ALERTS_GET_IFACE (self);
  if (iface->notify != NULL)
    iface->notify (self, id, title, body);
}

/**
 * scapula_alerts_withdraw:
 * @self: a #ScapulaAlerts
 * @id: the id given to scapula_alerts_notify()
 *
 * Removes the notification @id if it is shown; does nothing otherwise.
 */
void
scapula_alerts_withdraw (ScapulaAlerts *self,
                         const char    *id)
{
  ScapulaAlertsInterface *iface;

  g_return_if_fail (SCAPULA_IS_ALERTS (self));
  g_return_if_fail (id != NULL && *id != '\0');

  iface = SCAPULA_ALERTS_GET_IFACE (self);
  if (iface->withdraw != NULL)
    iface->withdraw (self, id);
}

/* ScapulaRecordingAlerts: writes every call down instead of making noise. */

struct _ScapulaRecordingAlerts
{
  GObject    parent_instance;

  GPtrArray *log;
};

static void scapula_recording_alerts_iface_init (ScapulaAlertsInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (ScapulaRecordingAlerts, scapula_recording_alerts, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (SCAPULA_TYPE_ALERTS,
                                                      scapula_recording_alerts_iface_init))

static void
scapula_recording_alerts_play (ScapulaAlerts     *alerts,
                               ScapulaAlertSound  sound,
                               guint              count)
{
  ScapulaRecordingAlerts *self = SCAPULA_RECORDING_ALERTS (alerts);

  g_ptr_array_add (self->log,
                   g_strdup_printf ("play %s %u",
                                    scapula_alert_sound_get_nick (sound), count));
}

static void
scapula_recording_alerts_notify (ScapulaAlerts *alerts,
                                 const char    *id,
                                 const char    *title,
                                 const char    *body)
{
  ScapulaRecordingAlerts *self = SCAPULA_RECORDING_ALERTS (alerts);

  g_ptr_array_add (self->log,
                   g_strdup_printf ("notify %s|%s|%s", id, title, body ? body : ""));
}

static void
scapula_recording_alerts_withdraw (ScapulaAlerts *alerts,
                                   const char    *id)
{
  ScapulaRecordingAlerts *self = SCAPULA_RECORDING_ALERTS (alerts);

  g_ptr_array_add (self->log, g_strdup_printf ("withdraw %s", id));
}

static void
scapula_recording_alerts_iface_init (ScapulaAlertsInterface *iface)
{
  iface->play = scapula_recording_alerts_play;
  iface->notify = scapula_recording_alerts_notify;
  iface->withdraw = scapula_recording_alerts_withdraw;
}

static void
scapula_recording_alerts_finalize (GObject *object)
{
  ScapulaRecordingAlerts *self = SCAPULA_RECORDING_ALERTS (object);

  g_clear_pointer (&self->log, g_ptr_array_unref);

  G_OBJECT_CLASS (scapula_recording_alerts_parent_class)->finalize (object);
}

static void
scapula_recording_alerts_class_init (ScapulaRecordingAlertsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = scapula_recording_alerts_finalize;
}

static void
scapula_recording_alerts_init (ScapulaRecordingAlerts *self)
{
  self->log = g_ptr_array_new_with_free_func (g_free);
}

/**
 * scapula_recording_alerts_new:
 *
 * Creates a #ScapulaAlerts that makes no sound and shows nothing, but keeps
 * a log of every call, for tests.
 *
 * Returns: (transfer full): a new #ScapulaRecordingAlerts
 */
ScapulaRecordingAlerts *
scapula_recording_alerts_new (void)
{
  return g_object_new (SCAPULA_TYPE_RECORDING_ALERTS, NULL);
}

/**
 * scapula_recording_alerts_get_log:
 * @self: a #ScapulaRecordingAlerts
 *
 * Every call so far, oldest first, one string each:
 * "play rest-over 1", "notify rest-over|Rest is over|Next: rows",
 * "withdraw rest-over".
 *
 * Returns: (transfer none) (element-type utf8): the log
 */
const GPtrArray *
scapula_recording_alerts_get_log (ScapulaRecordingAlerts *self)
{
  g_return_val_if_fail (SCAPULA_IS_RECORDING_ALERTS (self), NULL);

  return self->log;
}

/**
 * scapula_recording_alerts_clear:
 * @self: a #ScapulaRecordingAlerts
 *
 * Empties the log.
 */
void
scapula_recording_alerts_clear (ScapulaRecordingAlerts *self)
{
  g_return_if_fail (SCAPULA_IS_RECORDING_ALERTS (self));

  g_ptr_array_set_size (self->log, 0);
}
