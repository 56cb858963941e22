/* scapula-migrations.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "scapula-database"

#include "config.h"

#include "scapula-database-private.h"

/* Conventions of the schema:
 *
 * - Tables are STRICT, so a column holds only its declared type.
 * - Exercises are named by slug: a catalog id ("seal-row") or the slug of
 *   one of the user's own exercises, which always starts with "user-" so the
 *   two can never collide. The catalog ships in the app, not in this file,
 *   which is why those columns carry no foreign key.
 * - Weights are kilograms; the display unit is a preference.
 * - Times are whole seconds since the Unix epoch (UTC); dates are
 *   "YYYY-MM-DD" text that date() accepts unchanged.
 * - CHECK constraints refuse values no person can lift, count or feel, so a
 *   bug or a bad import cannot store them.
 * - Indexes serve the queries the charts and the session runner make: sets of
 *   one exercise over time, sets in a time range, sets of one session in
 *   order, pain check-ins of one exercise over time.
 * - A table derived from others (session_exercise) is kept by triggers in
 *   the same statement as the rows it sums, never by the app's code.
 */
static const char migrate_0_to_1[] =
  "CREATE TABLE custom_exercise ("
  "  id          INTEGER PRIMARY KEY,"
  "  slug        TEXT NOT NULL UNIQUE CHECK (slug GLOB 'user-?*' AND length (slug) <= 80),"
  "  name        TEXT NOT NULL CHECK (length (trim (name)) BETWEEN 1 AND 120),"
  "  kind        TEXT NOT NULL DEFAULT 'strength' CHECK (kind IN ('strength', 'warmup', 'stretch')),"
  "  pattern     TEXT NOT NULL DEFAULT 'horizontal-row'"
  "              CHECK (pattern IN ('horizontal-row', 'vertical-pull', 'hinge', 'isolation', 'carry', 'mobility')),"
  "  equipment   INTEGER NOT NULL DEFAULT 0 CHECK (equipment >= 0),"
  "  laterality  TEXT NOT NULL DEFAULT 'bilateral' CHECK (laterality IN ('bilateral', 'unilateral')),"
  "  notes       TEXT,"
  "  created_at  INTEGER NOT NULL"
  ") STRICT;"

  "CREATE TABLE custom_exercise_muscle ("
  "  exercise_id INTEGER NOT NULL REFERENCES custom_exercise (id) ON DELETE CASCADE,"
  "  muscle      TEXT NOT NULL,"
  "  role        TEXT NOT NULL CHECK (role IN ('primary', 'secondary')),"
  "  PRIMARY KEY (exercise_id, muscle)"
  ") STRICT;"

  "CREATE TABLE plan ("
  "  id          INTEGER PRIMARY KEY,"
  "  name        TEXT NOT NULL CHECK (length (trim (name)) BETWEEN 1 AND 120),"
  "  start_date  TEXT NOT NULL CHECK (date (start_date) IS start_date),"
  "  block_weeks INTEGER NOT NULL DEFAULT 6 CHECK (block_weeks BETWEEN 1 AND 52),"
  "  is_active   INTEGER NOT NULL DEFAULT 0 CHECK (is_active IN (0, 1)),"
  "  created_at  INTEGER NOT NULL"
  ") STRICT;"
  /* At most one plan is the active one. */
  "CREATE UNIQUE INDEX plan_single_active ON plan (is_active) WHERE is_active = 1;"

  "CREATE TABLE plan_day ("
  "  id          INTEGER PRIMARY KEY,"
  "  plan_id     INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,"
  "  weekday     INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7)," /* ISO: 1 is Monday */
  "  is_training INTEGER NOT NULL DEFAULT 0 CHECK (is_training IN (0, 1)),"
  "  UNIQUE (plan_id, weekday)"
  ") STRICT;"

  "CREATE TABLE plan_item ("
  "  id            INTEGER PRIMARY KEY,"
  "  day_id        INTEGER NOT NULL REFERENCES plan_day (id) ON DELETE CASCADE,"
  "  position      INTEGER NOT NULL CHECK (position >= 0),"
  "  exercise      TEXT NOT NULL CHECK (length (exercise) BETWEEN 1 AND 80),"
  "  sets          INTEGER NOT NULL CHECK (sets BETWEEN 1 AND 10),"
  "  reps_min      INTEGER CHECK (reps_min BETWEEN 1 AND 50),"
  "  reps_max      INTEGER CHECK (reps_max BETWEEN 1 AND 50),"
  "  hold_seconds  INTEGER CHECK (hold_seconds BETWEEN 5 AND 300),"
  "  rest_seconds  INTEGER NOT NULL CHECK (rest_seconds BETWEEN 0 AND 600),"
  "  warmup_sets   INTEGER NOT NULL DEFAULT 0 CHECK (warmup_sets BETWEEN 0 AND 5),"
  "  per_side      INTEGER NOT NULL DEFAULT 0 CHECK (per_side IN (0, 1)),"
  "  progression   TEXT NOT NULL DEFAULT 'double' CHECK (progression IN ('double', 'linear', 'none')),"
  "  notes         TEXT,"
  /* An item is counted in reps (min ≤ max) or held for a time, never both. */
  "  CHECK ((reps_min IS NULL) = (reps_max IS NULL)),"
  "  CHECK (reps_min IS NULL OR reps_min <= reps_max),"
  "  CHECK ((reps_min IS NULL) <> (hold_seconds IS NULL))"
  ") STRICT;"
  "CREATE INDEX plan_item_day ON plan_item (day_id, position);"

  "CREATE TABLE session ("
  "  id          INTEGER PRIMARY KEY,"
  "  plan_day_id INTEGER REFERENCES plan_day (id) ON DELETE SET NULL,"
  "  started_at  INTEGER NOT NULL CHECK (started_at > 0),"
  "  ended_at    INTEGER CHECK (ended_at IS NULL OR ended_at >= started_at),"
  "  origin      TEXT NOT NULL DEFAULT 'app' CHECK (origin IN ('app', 'strong', 'hevy', 'fitnotes', 'csv')),"
  "  import_key  TEXT UNIQUE,"
  "  notes       TEXT"
  ") STRICT;"
  "CREATE INDEX session_started ON session (started_at);"
  "CREATE INDEX session_plan_day ON session (plan_day_id);"

  "CREATE TABLE logged_set ("
  "  id          INTEGER PRIMARY KEY,"
  "  session_id  INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,"
  "  position    INTEGER NOT NULL CHECK (position >= 0),"
  "  exercise    TEXT NOT NULL CHECK (length (exercise) BETWEEN 1 AND 80),"
  "  kind        TEXT NOT NULL DEFAULT 'work' CHECK (kind IN ('warmup', 'work', 'drop', 'failure')),"
  "  side        TEXT NOT NULL DEFAULT 'both' CHECK (side IN ('both', 'left', 'right')),"
  "  weight_kg   REAL CHECK (weight_kg BETWEEN 0 AND 500),"
  "  reps        INTEGER CHECK (reps BETWEEN 0 AND 100),"
  "  seconds     INTEGER CHECK (seconds BETWEEN 0 AND 3600),"
  /* RPE runs from 1 to 10 in half steps. */
  "  rpe         REAL CHECK (rpe BETWEEN 1 AND 10 AND rpe * 2 = round (rpe * 2)),"
  "  logged_at   INTEGER NOT NULL CHECK (logged_at > 0),"
  /* A set is counted in reps, in seconds, or both (a timed carry with a load). */
  "  CHECK (reps IS NOT NULL OR seconds IS NOT NULL)"
  ") STRICT;"
  "CREATE INDEX logged_set_exercise_time ON logged_set (exercise, logged_at);"
  "CREATE INDEX logged_set_time ON logged_set (logged_at);"
  "CREATE INDEX logged_set_session ON logged_set (session_id, position);"

  "CREATE TABLE pain_checkin ("
  "  id          INTEGER PRIMARY KEY,"
  "  session_id  INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,"
  "  exercise    TEXT CHECK (exercise IS NULL OR length (exercise) BETWEEN 1 AND 80)," /* NULL: the whole session */
  "  pain        INTEGER NOT NULL CHECK (pain BETWEEN 0 AND 10),"
  "  numbness    INTEGER NOT NULL DEFAULT 0 CHECK (numbness IN (0, 1)),"
  "  note        TEXT,"
  "  logged_at   INTEGER NOT NULL CHECK (logged_at > 0)"
  ") STRICT;"
  "CREATE INDEX pain_checkin_exercise_time ON pain_checkin (exercise, logged_at);"
  "CREATE INDEX pain_checkin_session ON pain_checkin (session_id);";

/* Version 2: the level a plan is written for (the checker holds beginner
 * plans to the beginner rule), and each item's role in its day, which is
 * how the week view explains why the item is there.
 */
static const char migrate_1_to_2[] =
  "ALTER TABLE plan ADD COLUMN level TEXT NOT NULL DEFAULT 'beginner'"
  "  CHECK (level IN ('beginner', 'intermediate', 'advanced'));"
  "ALTER TABLE plan_item ADD COLUMN role TEXT NOT NULL DEFAULT 'none'"
  "  CHECK (role IN ('none', 'warm-up', 'foundation-row', 'vertical-pull', 'isolation',"
  "                  'heavy-finisher', 'hip-hinge', 'mobility', 'cool-down'));";

/* Version 3: the state of a session under way (its exercises, sets and
 * timers as the runner holds them, a GVariant in text form), written in the
 * same transaction as each logged set, so a session interrupted at any
 * moment resumes where it was. The row goes when the session ends.
 */
static const char migrate_2_to_3[] =
  "CREATE TABLE session_state ("
  "  session_id  INTEGER PRIMARY KEY REFERENCES session (id) ON DELETE CASCADE,"
  "  state       TEXT NOT NULL CHECK (length (state) > 0),"
  "  updated_at  INTEGER NOT NULL CHECK (updated_at > 0)"
  ") STRICT;";

/* Version 4: how many work sets (kinds "work" and "failure", as
 * scapula_set_kind_is_work() counts them) each session has of each
 * exercise, per side. The weekly sets per muscle read this instead of
 * every logged set: over five years that is one row per exercise of each
 * session instead of one per set.
 *
 * Triggers keep it right through every INSERT, UPDATE and DELETE of
 * logged_set, the deletes that a session's ON DELETE CASCADE makes
 * included. A row whose counts all reach 0 is deleted, so the table holds
 * exactly the sessions and exercises that have work sets. The one write
 * that would slip past is a REPLACE that deletes a logged_set row (SQLite
 * fires no delete trigger for it while recursive_triggers is off): write
 * sets with INSERT, UPDATE or an ON CONFLICT upsert, never with REPLACE.
 */
static const char migrate_3_to_4[] =
  "CREATE TABLE session_exercise ("
  "  session_id  INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,"
  "  exercise    TEXT NOT NULL,"
  "  both_sets   INTEGER NOT NULL DEFAULT 0 CHECK (both_sets >= 0),"
  "  left_sets   INTEGER NOT NULL DEFAULT 0 CHECK (left_sets >= 0),"
  "  right_sets  INTEGER NOT NULL DEFAULT 0 CHECK (right_sets >= 0),"
  "  PRIMARY KEY (session_id, exercise)"
  ") STRICT, WITHOUT ROWID;"

  "INSERT INTO session_exercise (session_id, exercise, both_sets, left_sets, right_sets)"
  "  SELECT session_id, exercise, sum (side = 'both'), sum (side = 'left'), sum (side = 'right')"
  "    FROM logged_set"
  "   WHERE kind IN ('work', 'failure')"
  "   GROUP BY session_id, exercise;"

  "CREATE TRIGGER logged_set_counted AFTER INSERT ON logged_set"
  "  WHEN NEW.kind IN ('work', 'failure')"
  " BEGIN"
  "  INSERT INTO session_exercise (session_id, exercise, both_sets, left_sets, right_sets)"
  "  VALUES (NEW.session_id, NEW.exercise, NEW.side = 'both', NEW.side = 'left', NEW.side = 'right')"
  "  ON CONFLICT (session_id, exercise) DO UPDATE"
  "    SET both_sets = both_sets + excluded.both_sets,"
  "        left_sets = left_sets + excluded.left_sets,"
  "        right_sets = right_sets + excluded.right_sets;"
  " END;"

  "CREATE TRIGGER logged_set_uncounted AFTER DELETE ON logged_set"
  "  WHEN OLD.kind IN ('work', 'failure')"
  " BEGIN"
  "  UPDATE session_exercise"
  "     SET both_sets = both_sets - (OLD.side = 'both'),"
  "         left_sets = left_sets - (OLD.side = 'left'),"
  "         right_sets = right_sets - (OLD.side = 'right')"
  "   WHERE session_id = OLD.session_id AND exercise = OLD.exercise;"
  "  DELETE FROM session_exercise"
  "   WHERE session_id = OLD.session_id AND exercise = OLD.exercise"
  "     AND both_sets = 0 AND left_sets = 0 AND right_sets = 0;"
  " END;"

  /* An update is the old row uncounted and the new one counted. */
  "CREATE TRIGGER logged_set_recounted AFTER UPDATE OF session_id, exercise, kind, side ON logged_set"
  " BEGIN"
  "  UPDATE session_exercise"
  "     SET both_sets = both_sets - (OLD.side = 'both'),"
  "         left_sets = left_sets - (OLD.side = 'left'),"
  "         right_sets = right_sets - (OLD.side = 'right')"
  "   WHERE OLD.kind IN ('work', 'failure')"
  "     AND session_id = OLD.session_id AND exercise = OLD.exercise;"
  "  DELETE FROM session_exercise"
  "   WHERE session_id = OLD.session_id AND exercise = OLD.exercise"
  "     AND both_sets = 0 AND left_sets = 0 AND right_sets = 0;"
  "  INSERT INTO session_exercise (session_id, exercise, both_sets, left_sets, right_sets)"
  "  SELECT NEW.session_id, NEW.exercise, NEW.side = 'both', NEW.side = 'left', NEW.side = 'right'"
  "   WHERE NEW.kind IN ('work', 'failure')"
  "  ON CONFLICT (session_id, exercise) DO UPDATE"
  "    SET both_sets = both_sets + excluded.both_sets,"
  "        left_sets = left_sets + excluded.left_sets,"
  "        right_sets = right_sets + excluded.right_sets;"
  " END;";

const char * const _scapula_migrations[SCAPULA_DATABASE_SCHEMA_VERSION] = {
  migrate_0_to_1,
  migrate_1_to_2,
  migrate_2_to_3,
  migrate_3_to_4,
};
