/* scapula-context.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "scapula-context"

#include "config.h"

#include "scapula-context.h"
#include "scapula-plan-store.h"

/**
 * ScapulaContext:
 *
 * The app-wide services every view needs: the shipped catalog, the settings
 * and the database. The application owns one; windows and views receive it
 * as a construct property, so tests can hand them a context built on an
 * in-memory database and memory-backed settings.
 *
 * The database is opened after the window is shown, so #ScapulaContext:database
 * is %NULL for the first moments of a run (or for good, when the file could
 * not be opened); views listen to its notify signal.
 */

struct _ScapulaContext
{
  GObject          parent_instance;

  ScapulaCatalog  *catalog;   /* owned */
  GSettings       *settings;  /* owned */
  ScapulaDatabase *database;  /* owned, nullable */
  ScapulaPlanStore *plan_store; /* owned, nullable: made with the database */
  GError          *plan_error;  /* why the plans could not be read */
};

G_DEFINE_FINAL_TYPE (ScapulaContext, scapula_context, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CATALOG,
  PROP_SETTINGS,
  PROP_DATABASE,
  PROP_PLAN_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
scapula_context_dispose (GObject *object)
{
  ScapulaContext *self = (ScapulaContext *)object;

  g_clear_object (&self->catalog);
  g_clear_object (&self->settings);
  g_clear_object (&self->plan_store);
  g_clear_object (&self->database);
  g_clear_error (&self->plan_error);

  G_OBJECT_CLASS (scapula_context_parent_class)->dispose (object);
}

static void
scapula_context_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  ScapulaContext *self = SCAPULA_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      g_value_set_object (value, self->catalog);
      break;

    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    case PROP_PLAN_STORE:
      g_value_set_object (value, self->plan_store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scapula_context_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  ScapulaContext *self = SCAPULA_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      self->catalog = g_value_dup_object (value);
      break;

    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    case PROP_DATABASE:
      scapula_context_set_database (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scapula_context_class_init (ScapulaContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = scapula_context_dispose;
  object_class->get_property = scapula_context_get_property;
  object_class->set_property = scapula_context_set_property;

  properties[PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL,
                         SCAPULA_TYPE_CATALOG,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         SCAPULA_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PLAN_STORE] =
    g_param_spec_object ("plan-store", NULL, NULL,
                         SCAPULA_TYPE_PLAN_STORE,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
scapula_context_init (ScapulaContext *self)
{
}

/**
 * scapula_context_new:
 * @catalog: the exercise catalog
 * @settings: the app's settings
 *
 * Returns: (transfer full): a context with no database yet
 */
ScapulaContext *
scapula_context_new (ScapulaCatalog *catalog,
                     GSettings      *settings)
{
  g_return_val_if_fail (SCAPULA_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (SCAPULA_TYPE_CONTEXT,
                       "catalog", catalog,
                       "settings", settings,
                       NULL);
}

ScapulaCatalog *
scapula_context_get_catalog (ScapulaContext *self)
{
  g_return_val_if_fail (SCAPULA_IS_CONTEXT (self), NULL);

  return self->catalog;
}

GSettings *
scapula_context_get_settings (ScapulaContext *self)
{
  g_return_val_if_fail (SCAPULA_IS_CONTEXT (self), NULL);

  return self->settings;
}

/**
 * scapula_context_get_weight_unit:
 * @self: a context
 *
 * Returns: the unit weights are shown and typed in
 */
ScapulaWeightUnit
scapula_context_get_weight_unit (ScapulaContext *self)
{
  g_autofree char *unit = NULL;

  g_return_val_if_fail (SCAPULA_IS_CONTEXT (self), SCAPULA_WEIGHT_UNIT_KG);

  unit = g_settings_get_string (self->settings, "weight-unit");
  return g_strcmp0 (unit, "lb") == 0 ? SCAPULA_WEIGHT_UNIT_LB : SCAPULA_WEIGHT_UNIT_KG;
}

/**
 * scapula_context_get_week_start:
 * @self: a context
 *
 * Returns: the day weeks start on, as the user chose: Monday or Sunday
 */
GDateWeekday
scapula_context_get_week_start (ScapulaContext *self)
{
  g_autofree char *start = NULL;

  g_return_val_if_fail (SCAPULA_IS_CONTEXT (self), G_DATE_MONDAY);

  start = g_settings_get_string (self->settings, "week-start");
  return g_strcmp0 (start, "sunday") == 0 ? G_DATE_SUNDAY : G_DATE_MONDAY;
}

/**
 * scapula_context_get_database:
 *
 * Returns: (transfer none) (nullable): the open database
 */
ScapulaDatabase *
scapula_context_get_database (ScapulaContext *self)
{
  g_return_val_if_fail (SCAPULA_IS_CONTEXT (self), NULL);

  return self->database;
}

void
scapula_context_set_database (ScapulaContext  *self,
                              ScapulaDatabase *database)
{
  g_return_if_fail (SCAPULA_IS_CONTEXT (self));
  g_return_if_fail (!database || SCAPULA_IS_DATABASE (database));

  if (!g_set_object (&self->database, database))
    return;

  g_clear_object (&self->plan_store);
  g_clear_error (&self->plan_error);
  if (database != NULL)
    self->plan_store = scapula_plan_store_new (database, &self->plan_error);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN_STORE]);
}

/**
 * scapula_context_get_plan_store:
 *
 * Returns: (transfer none) (nullable): the user's plans, once the database
 *   is open and they could be read
 */
ScapulaPlanStore *
scapula_context_get_plan_store (ScapulaContext *self)
{
  g_return_val_if_fail (SCAPULA_IS_CONTEXT (self), NULL);

  return self->plan_store;
}

/**
 * scapula_context_get_plan_error:
 *
 * Returns: (transfer none) (nullable): why the plans could not be read
 */
const GError *
scapula_context_get_plan_error (ScapulaContext *self)
{
  g_return_val_if_fail (SCAPULA_IS_CONTEXT (self), NULL);

  return self->plan_error;
}

/**
 * scapula_context_close:
 *
 * Writes whatever is waiting to be saved, then closes the database.
 */
void
scapula_context_close (ScapulaContext *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (SCAPULA_IS_CONTEXT (self));

  if (self->plan_store != NULL && !scapula_plan_store_flush (self->plan_store, &error))
    g_warning ("Could not save a plan: %s", error->message);

  if (self->database != NULL)
    scapula_database_close (self->database);
}

static void
open_database_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(ScapulaDatabase) database = NULL;
  GError *error = NULL;

  database = scapula_database_open_finish (result, &error);
  if (database == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  scapula_context_set_database (g_task_get_source_object (task), database);
  g_task_return_boolean (task, TRUE);
}

/**
 * scapula_context_open_database_async:
 * @path: (nullable): the database file; %NULL for the default location
 *
 * Opens the database off the main thread and makes it the context's
 * database once it is ready.
 */
void
scapula_context_open_database_async (ScapulaContext      *self,
                                     const char          *path,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *default_path = NULL;

  g_return_if_fail (SCAPULA_IS_CONTEXT (self));

  if (path == NULL)
    path = default_path = scapula_database_get_default_path ();

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, scapula_context_open_database_async);
  scapula_database_open_async (path, cancellable, open_database_cb, g_steal_pointer (&task));
}

gboolean
scapula_context_open_database_finish (ScapulaContext  *self,
                                      GAsyncResult    *result,
                                      GError         **error)
{
  g_return_val_if_fail (SCAPULA_IS_CONTEXT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
