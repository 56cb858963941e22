/* scapula-desktop-alerts.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "scapula-desktop-alerts"

#include "config.h"

#include <glib/gi18n.h>

#if HAVE_GSOUND
#include <gsound.h>
#endif

#include "scapula-desktop-alerts-private.h"

/**
 * ScapulaDesktopAlerts:
 *
 * The #ScapulaAlerts the app uses: event sounds from the sound theme
 * (through GSound, or the display's beep when Scapula was built without
 * it) and desktop notifications through #GNotification.
 *
 * A notification is only sent while no window of the application has the
 * focus, since the window already shows what it would say; when a window
 * gets the focus again, the notifications it sent are withdrawn. The
 * GSettings keys `sounds` and `rest-notifications` turn either off.
 *
 * Nothing here blocks: sounds play in the background, repeats are spaced
 * with a main-loop timeout, and a missing sound server is only logged at
 * debug level.
 */

/* The pause between the end of one sound and the start of the next when
 * the runner asks for several in a row. */
#define SOUND_GAP_MS 150

struct _ScapulaDesktopAlerts
{
  GObject                  parent_instance;

  GtkApplication          *application;  /* weak */
  GSettings               *settings;
  GHashTable              *shown;        /* ids of notifications sent and not withdrawn */

  ScapulaWindowActiveFunc  window_active_func;
  gpointer                 window_active_data;

  guint                    n_playing;
};

static void scapula_desktop_alerts_iface_init (ScapulaAlertsInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (ScapulaDesktopAlerts, scapula_desktop_alerts, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (SCAPULA_TYPE_ALERTS,
                                                      scapula_desktop_alerts_iface_init))

enum {
  PROP_0,
  PROP_APPLICATION,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * _scapula_desktop_alerts_get_event_id:
 *
 * Returns: the freedesktop sound theme event id played for @sound
 */
const char *
_scapula_desktop_alerts_get_event_id (ScapulaAlertSound sound)
{
  switch (sound)
    {
    case SCAPULA_ALERT_SOUND_PING:
      return "audio-volume-change";   /* a short tick */
    case SCAPULA_ALERT_SOUND_PHASE:
      return "bell";
    case SCAPULA_ALERT_SOUND_REST_OVER:
      return "alarm-clock-elapsed";
    case SCAPULA_ALERT_SOUND_COMPLETE:
      return "complete";
    default:
      g_return_val_if_reached ("bell");
    }
}

#if HAVE_GSOUND
/* What the sound means, for the sound server (and, through it, for people
 * who get a visual cue instead of sound). */
static const char *
get_event_description (ScapulaAlertSound sound)
{
  switch (sound)
    {
    case SCAPULA_ALERT_SOUND_PING:
      return _("Countdown");
    case SCAPULA_ALERT_SOUND_PHASE:
      return _("Next phase");
    case SCAPULA_ALERT_SOUND_REST_OVER:
      return _("Rest is over");
    case SCAPULA_ALERT_SOUND_COMPLETE:
      return _("Done");
    default:
      g_return_val_if_reached ("");
    }
}

/* One context for the whole process, never destroyed: destroying a
 * libcanberra context while one of its ALSA playback threads is finishing
 * calls that sound's callback a second time. GSound names the application
 * from the default GApplication by itself. */
static GSoundContext *
get_sound_context (void)
{
  static GSoundContext *context;
  static gboolean tried;

  if (!tried)
    {
      g_autoptr(GError) error = NULL;

      tried = TRUE;
      context = gsound_context_new (NULL, &error);
      if (context == NULL)
        g_debug ("No event sounds: %s", error->message);
    }

  return context;
}
#endif

static void
beep (void)
{
  GdkDisplay *display = gdk_display_get_default ();

  if (display != NULL)
    gdk_display_beep (display);
}

/* A sound played count times in a row, one after the other. */
typedef struct
{
  ScapulaDesktopAlerts *self;
  ScapulaAlertSound     sound;
  guint                 left;   /* plays not yet started */
} Chain;

static void chain_play_next (Chain *chain);

static void
chain_free (Chain *chain)
{
  chain->self->n_playing--;
  g_object_unref (chain->self);
  g_free (chain);
}

static gboolean
chain_timeout_cb (gpointer user_data)
{
  chain_play_next (user_data);
  return G_SOURCE_REMOVE;
}

static void
chain_continue (Chain *chain)
{
  if (chain->left == 0)
    chain_free (chain);
  else
    g_timeout_add (SOUND_GAP_MS, chain_timeout_cb, chain);
}

#if HAVE_GSOUND
static void
played_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  Chain *chain = user_data;
  g_autoptr(GError) error = NULL;

  if (!gsound_context_play_full_finish (GSOUND_CONTEXT (object), result, &error))
    {
      /* No sound server (a test, a sandbox without the PulseAudio socket)
       * is not worth a warning; the beep still says something. */
      g_debug ("Could not play “%s”: %s",
               _scapula_desktop_alerts_get_event_id (chain->sound), error->message);
      if (!g_error_matches (error, GSOUND_ERROR, GSOUND_ERROR_CANCELED) &&
          !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        beep ();
    }

  chain_continue (chain);
}
#endif

static void
chain_play_next (Chain *chain)
{
#if HAVE_GSOUND
  GSoundContext *context;
#endif

  chain->left--;

#if HAVE_GSOUND
  context = get_sound_context ();
  if (context != NULL)
    {
      gsound_context_play_full (context, NULL, played_cb, chain,
                                GSOUND_ATTR_EVENT_ID, _scapula_desktop_alerts_get_event_id (chain->sound),
                                GSOUND_ATTR_EVENT_DESCRIPTION, get_event_description (chain->sound),
                                GSOUND_ATTR_MEDIA_ROLE, "event",
                                NULL);
      return;
    }
#endif

  beep ();
  chain_continue (chain);
}

static void
scapula_desktop_alerts_play (ScapulaAlerts     *alerts,
                             ScapulaAlertSound  sound,
                             guint              count)
{
  ScapulaDesktopAlerts *self = SCAPULA_DESKTOP_ALERTS (alerts);
  Chain *chain;

  if (!g_settings_get_boolean (self->settings, "sounds"))
    return;

  chain = g_new0 (Chain, 1);
  chain->self = g_object_ref (self);
  chain->sound = sound;
  chain->left = count;
  self->n_playing++;

  chain_play_next (chain);
}

static gboolean
any_window_active (ScapulaDesktopAlerts *self)
{
  if (self->window_active_func != NULL)
    return self->window_active_func (self->window_active_data);

  if (self->application == NULL)
    return FALSE;

  for (GList *l = gtk_application_get_windows (self->application); l != NULL; l = l->next)
    {
      if (gtk_window_is_active (l->data))
        return TRUE;
    }

  return FALSE;
}

static void
scapula_desktop_alerts_notify (ScapulaAlerts *alerts,
                               const char    *id,
                               const char    *title,
                               const char    *body)
{
  ScapulaDesktopAlerts *self = SCAPULA_DESKTOP_ALERTS (alerts);
  g_autoptr(GNotification) notification = NULL;

  if (!g_settings_get_boolean (self->settings, "rest-notifications"))
    return;

  if (any_window_active (self))
    return;

  /* Notifications go out under the application's id, on its bus. */
  if (self->application == NULL ||
      !g_application_get_is_registered (G_APPLICATION (self->application)))
    {
      g_debug ("Not registered: no notification “%s”", id);
      return;
    }

  notification = g_notification_new (title);
  if (body != NULL)
    g_notification_set_body (notification, body);
  g_notification_set_priority (notification, G_NOTIFICATION_PRIORITY_HIGH);
  g_notification_set_default_action (notification, "app.activate");

  g_application_send_notification (G_APPLICATION (self->application), id, notification);
  g_hash_table_add (self->shown, g_strdup (id));
}

static void
scapula_desktop_alerts_withdraw (ScapulaAlerts *alerts,
                                 const char    *id)
{
  ScapulaDesktopAlerts *self = SCAPULA_DESKTOP_ALERTS (alerts);

  g_hash_table_remove (self->shown, id);

  /* Withdrawn even when this process did not send it: one left behind by
   * a run that was killed has the same id. */
  if (self->application != NULL &&
      g_application_get_is_registered (G_APPLICATION (self->application)))
    g_application_withdraw_notification (G_APPLICATION (self->application), id);
}

static void
scapula_desktop_alerts_iface_init (ScapulaAlertsInterface *iface)
{
  iface->play = scapula_desktop_alerts_play;
  iface->notify = scapula_desktop_alerts_notify;
  iface->withdraw = scapula_desktop_alerts_withdraw;
}

/**
 * _scapula_desktop_alerts_window_activated:
 *
 * The user is back in a window: whatever the notifications said is on
 * screen now, so they are withdrawn.
 */
void
_scapula_desktop_alerts_window_activated (ScapulaDesktopAlerts *self)
{
  g_autoptr(GHashTable) shown = NULL;
  GHashTableIter iter;
  const char *id;

  g_return_if_fail (SCAPULA_IS_DESKTOP_ALERTS (self));

  shown = g_steal_pointer (&self->shown);
  self->shown = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_hash_table_iter_init (&iter, shown);
  while (g_hash_table_iter_next (&iter, (gpointer *) &id, NULL))
    scapula_desktop_alerts_withdraw (SCAPULA_ALERTS (self), id);
}

static void
window_is_active_cb (GtkWindow            *window,
                     GParamSpec           *pspec,
                     ScapulaDesktopAlerts *self)
{
  if (gtk_window_is_active (window))
    _scapula_desktop_alerts_window_activated (self);
}

static void
watch_window (ScapulaDesktopAlerts *self,
              GtkWindow            *window)
{
  g_signal_connect_object (window, "notify::is-active",
                           G_CALLBACK (window_is_active_cb), self, 0);
}

static void
window_added_cb (GtkApplication       *application,
                 GtkWindow            *window,
                 ScapulaDesktopAlerts *self)
{
  watch_window (self, window);
}

static void
scapula_desktop_alerts_constructed (GObject *object)
{
  ScapulaDesktopAlerts *self = SCAPULA_DESKTOP_ALERTS (object);

  G_OBJECT_CLASS (scapula_desktop_alerts_parent_class)->constructed (object);

  if (self->application == NULL)
    return;

  for (GList *l = gtk_application_get_windows (self->application); l != NULL; l = l->next)
    watch_window (self, l->data);
  g_signal_connect_object (self->application, "window-added",
                           G_CALLBACK (window_added_cb), self, 0);
}

static void
scapula_desktop_alerts_dispose (GObject *object)
{
  ScapulaDesktopAlerts *self = SCAPULA_DESKTOP_ALERTS (object);

  g_clear_weak_pointer (&self->application);

  G_OBJECT_CLASS (scapula_desktop_alerts_parent_class)->dispose (object);
}

static void
scapula_desktop_alerts_finalize (GObject *object)
{
  ScapulaDesktopAlerts *self = SCAPULA_DESKTOP_ALERTS (object);

  g_clear_object (&self->settings);
  g_clear_pointer (&self->shown, g_hash_table_unref);

  G_OBJECT_CLASS (scapula_desktop_alerts_parent_class)->finalize (object);
}

static void
scapula_desktop_alerts_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  ScapulaDesktopAlerts *self = SCAPULA_DESKTOP_ALERTS (object);

  switch (prop_id)
    {
    case PROP_APPLICATION:
      g_value_set_object (value, self->application);
      break;

    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scapula_desktop_alerts_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  ScapulaDesktopAlerts *self = SCAPULA_DESKTOP_ALERTS (object);

  switch (prop_id)
    {
    case PROP_APPLICATION:
      g_set_weak_pointer (&self->application, g_value_get_object (value));
      break;

    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scapula_desktop_alerts_class_init (ScapulaDesktopAlertsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = scapula_desktop_alerts_constructed;
  object_class->dispose = scapula_desktop_alerts_dispose;
  object_class->finalize = scapula_desktop_alerts_finalize;
  object_class->get_property = scapula_desktop_alerts_get_property;
  object_class->set_property = scapula_desktop_alerts_set_property;

  /**
   * ScapulaDesktopAlerts:application:
   *
   * The application the notifications are sent for (not kept alive).
   */
  properties[PROP_APPLICATION] =
    g_param_spec_object ("application", NULL, NULL,
                         GTK_TYPE_APPLICATION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * ScapulaDesktopAlerts:settings:
   *
   * The settings with the `sounds` and `rest-notifications` keys.
   */
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
scapula_desktop_alerts_init (ScapulaDesktopAlerts *self)
{
  self->shown = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/**
 * scapula_desktop_alerts_new:
 * @application: the application; it must be registered (have run or be
 *   running) for notifications to be sent
 * @settings: the app's settings
 *
 * Returns: (transfer full): the desktop's sounds and notifications
 */
ScapulaDesktopAlerts *
scapula_desktop_alerts_new (GtkApplication *application,
                            GSettings      *settings)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (SCAPULA_TYPE_DESKTOP_ALERTS,
                       "application", application,
                       "settings", settings,
                       NULL);
}

/**
 * _scapula_desktop_alerts_set_window_active_func:
 * @func: (nullable): replaces the check of the application's windows, or
 *   %NULL to check them again
 */
void
_scapula_desktop_alerts_set_window_active_func (ScapulaDesktopAlerts    *self,
                                                ScapulaWindowActiveFunc  func,
                                                gpointer                 user_data)
{
  g_return_if_fail (SCAPULA_IS_DESKTOP_ALERTS (self));

  self->window_active_func = func;
  self->window_active_data = user_data;
}

/**
 * _scapula_desktop_alerts_get_window_active:
 *
 * Returns: whether a notification would now be held back because a window
 *   has the focus
 */
gboolean
_scapula_desktop_alerts_get_window_active (ScapulaDesktopAlerts *self)
{
  g_return_val_if_fail (SCAPULA_IS_DESKTOP_ALERTS (self), FALSE);

  return any_window_active (self);
}

/**
 * _scapula_desktop_alerts_get_n_playing:
 *
 * Returns: how many scapula_alerts_play() calls have not finished yet
 *   (including the pauses between repeats)
 */
guint
_scapula_desktop_alerts_get_n_playing (ScapulaDesktopAlerts *self)
{
  g_return_val_if_fail (SCAPULA_IS_DESKTOP_ALERTS (self), 0);

  return self->n_playing;
}
