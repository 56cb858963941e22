#!/usr/bin/python3
# e2e-session.py
#
# Copyright 2026 The Scapula developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""End-to-end: a planned session in the real app, killed with SIGKILL.

Runs the scapula binary of the build tree the way a user does (through the
accessibility bus: see scapula_e2e.py) and proves what issue 5 promises:
every set whose Log Set click completed is in the database, once; a session
killed at any moment reopens on the Today view at the same set, with the rest
timer showing the time left by the clock.

The plan trains today (and tomorrow, so a run across midnight still finds a
session): light cardio for 180 s; the one-arm dumbbell row, 3 × 8–12 per
side with one warm-up set (the first lift gets a two-step ramp, so four
warm-up sets, then six work sets); thread the needle, 2 × 15 s per side.

The app is killed five times:
  1. while Log Set is still pressed (GTK emits "clicked" 250 ms after an
     accessible click): the set was never confirmed and must not be on disk;
  2. the moment the view shows a logged set as done: it must be on disk;
  3. in the middle of the 120 s rest after a work set, which must come back
     with the time left by the clock (within 2 s of what the time of the log
     gives);
  4. the moment the view shows a skipped set as passed over;
  5. in the middle of a hold run, after its first hold was logged.
After each restart the app must open on the Today view at the same set
("Set N of M"), with no set in the database twice and none missing. Along the
way: the medical note before the first session, a refused impossible value,
the rest timer's +15 s, a pain check-in, and the summary at the end.

Usage: e2e-session.py SCAPULA_BINARY SCHEMA_DIR
Exits 77 (skip) without Xvfb, xvfb-run, dbus-run-session or python3-pyatspi.
"""

import datetime
import os
import sys
import time

# No __pycache__ in the source tree.
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import scapula_e2e as e2e  # noqa: E402

REST_SECONDS = 120        # the plan's rest after a work set
WARMUP_REST_SECONDS = 60  # the runner's rest after a warm-up set

PLAN = [
    dict(exercise='light-cardio', sets=1, hold_seconds=180, rest_seconds=0,
         warmup_sets=0, per_side=0, role='warm-up'),
    dict(exercise='one-arm-dumbbell-row', sets=3, reps_min=8, reps_max=12,
         rest_seconds=REST_SECONDS, warmup_sets=1, per_side=1, role='foundation-row'),
    dict(exercise='thread-the-needle', sets=2, hold_seconds=15, rest_seconds=10,
         warmup_sets=0, per_side=1, role='cool-down'),
]

ROW = 'one-arm-dumbbell-row'
STRETCH = 'thread-the-needle'

# Accessible names the Today view promises (a label's may be its accessible
# description instead: see Ui.find_labels).
CURRENT_SET = 'Current set'
REST_REMAINING = 'Rest remaining'
PROBLEM = 'Problem with the set'


class Session:
    """The test's own account of what must be on disk."""

    def __init__(self, binary, schema_dir, home):
        self.binary = binary
        self.schema_dir = schema_dir
        self.log_path = os.path.join(home, 'app.log')
        self.app = None
        self.session_id = None
        self.expected_sets = []   # (exercise, kind, side, weight_kg, reps, seconds)
        self.kills = 0

    # The app

    def launch(self):
        self.app = e2e.App(self.binary, self.schema_dir, self.log_path)
        self.app.wait_for_window()
        return self.app.ui

    @property
    def ui(self):
        return self.app.ui

    def kill(self, moment):
        self.kills += 1
        self.app.kill()
        e2e.log(f'kill -9 #{self.kills}: {moment}')

    # Driving

    def expect_current_set(self, expected):
        self.ui.wait_label(CURRENT_SET, lambda text: text == expected, f'“{expected}”')

    def click_until(self, button, label, next_label):
        """Clicks @button on @label and waits, closely, until the Today view
        shows @next_label: the moment the app shows the click as done."""
        self.expect_current_set(label)
        node = self.ui.find_label(CURRENT_SET)
        self.ui.click(button)
        e2e.wait_for(lambda: self.ui.text_of(node) == next_label, 10,
                     f'“{next_label}” after {button}', interval=0.01)

    def type_set(self, weight, reps):
        self.ui.set_text('Weight', weight)
        self.ui.set_text('Reps', reps)

    def log_set(self, label, next_label, weight, reps, kill=None):
        """Logs a set; once the view shows it done, it must be on disk."""
        self.expect_current_set(label)
        self.type_set(weight, reps)
        self.click_until('Log Set', label, next_label)
        if kill is not None:
            self.kill(kill)
        kind = 'warmup' if label.startswith('Warm-up') else 'work'
        side = 'left' if label.endswith('Left side') else 'right'
        self.expected_sets.append((ROW, kind, side, float(weight), int(reps), None))
        self.check_logged()

    def skip_rest(self):
        self.ui.click('Skip Rest')
        e2e.wait_for(lambda: not self.ui.label_shown(REST_REMAINING), 5, 'the rest to go away')

    def rest_left(self):
        """Seconds the "Rest remaining" label shows, and when it was read."""
        node = self.ui.find_label(REST_REMAINING)
        text = self.ui.text_of(node)
        return e2e.parse_clock(text), time.time()

    # The database

    def logged(self):
        return e2e.query('SELECT position, exercise, kind, side, weight_kg, reps, seconds, logged_at'
                         ' FROM logged_set WHERE session_id = ? ORDER BY position', self.session_id)

    def check_logged(self):
        """Every set the view showed done is on disk, once, with its values."""
        rows = self.logged()
        got = [(r['exercise'], r['kind'], r['side'], r['weight_kg'], r['reps'], r['seconds'])
               for r in rows]
        assert got == self.expected_sets, \
            f'logged sets differ:\n  on disk:  {got}\n  expected: {self.expected_sets}'
        positions = [r['position'] for r in rows]
        assert positions == list(range(len(rows))), f'positions repeat or skip: {positions}'
        total = e2e.query('SELECT count(*) AS n FROM logged_set')[0]['n']
        assert total == len(rows), f'{total} sets on disk, {len(rows)} in the session'
        return rows

    def state(self):
        rows = e2e.query('SELECT state FROM session_state WHERE session_id = ?', self.session_id)
        assert len(rows) == 1, f'session {self.session_id} has {len(rows)} state rows'
        return e2e.parse_state(rows[0]['state'])

    def set_status(self, entry, index):
        return self.state()[1][entry][7][index][5]

    def check_unfinished(self):
        rows = e2e.query('SELECT ended_at FROM session WHERE id = ?', self.session_id)
        assert rows and rows[0]['ended_at'] is None, f'session {self.session_id} ended: {rows}'
        self.state()

    # After a kill

    def relaunch_after_kill(self, label):
        """Restarts the app and checks it resumes on the Today view at @label."""
        self.check_logged()
        self.check_unfinished()
        ui = self.launch()
        # Straight on the Today view, at the same set: the view switchers
        # select Today (a page that is not shown stays in the tree, so the
        # labels alone cannot tell).
        self.expect_current_set(label)
        tabs = ui.find_all('Today', 'page tab')
        assert tabs and all(ui.is_selected(tab) for tab in tabs), 'the Today tab is not selected'
        assert not ui.exists('I Understand'), 'the medical note came back after a restart'
        self.check_logged()
        return ui


def first_launch(run):
    """The app creates its database; quit normally, then seed the plan."""
    ui = run.launch()
    e2e.wait_for(lambda: e2e.schema_version() == 4, 20, 'the database at schema version 4')
    assert not ui.exists('I Understand'), 'the medical note showed before any session'
    status = run.app.quit()
    assert status == 0, f'SIGTERM ended the app with status {status}:\n{run.app.output()}'

    today = datetime.date.today().isoweekday()
    tomorrow = today % 7 + 1
    return e2e.seed_plan(PLAN, {today, tomorrow})


def start_session(run, days):
    ui = run.launch()
    ui.click('Today', 'page tab')
    ui.find("Today's Session")
    ui.click('Start Session')

    # Before the first session, once: the medical note.
    ui.click('I Understand')
    e2e.wait_for(lambda: e2e.read_setting('medical-note-shown') == 'true', 5,
                 'medical-note-shown to be saved')

    run.expect_current_set('Warm up with light cardio')
    sessions = e2e.query('SELECT id, plan_day_id, started_at, ended_at FROM session')
    assert len(sessions) == 1, f'expected one session, found {sessions}'
    session = sessions[0]
    run.session_id = session['id']
    weekday = datetime.date.fromtimestamp(session['started_at']).isoweekday()
    assert session['plan_day_id'] == days[weekday], \
        f'the session follows plan day {session["plan_day_id"]}, not today\'s ({days[weekday]})'
    assert abs(session['started_at'] - time.time()) < 30, f'started_at is {session["started_at"]}'
    run.check_unfinished()

    # The cardio countdown: started, then stopped early, which counts it as
    # done; nothing is logged for it.
    ui.click('Start')
    clock = ui.wait_label('Time remaining', lambda t: e2e.parse_clock(t) < 180, 'the cardio running')
    assert 170 <= e2e.parse_clock(clock) < 180, f'the cardio shows {clock}'
    run.click_until('Stop', 'Warm up with light cardio', 'Warm-up set 1 of 2 · Left side')
    assert run.set_status(0, 0) == e2e.SET_STATUS_DONE, 'the stopped cardio is not done'
    run.check_logged()


def kill_during_click(run):
    """Kill 1: while Log Set is still pressed, before the view took the set.

    The set was never confirmed: it must not be on disk, and the app must
    come back asking for it. Should the click have got through after all,
    the database and the view must still agree.
    """
    label = 'Warm-up set 1 of 2 · Left side'
    run.expect_current_set(label)
    run.type_set('4', '8')
    run.ui.click('Log Set')
    run.kill('while Log Set was pressed')
    if run.logged():
        e2e.log('  the click got through before the kill; checking that instead')
        run.expected_sets.append((ROW, 'warmup', 'left', 4.0, 8, None))
        run.relaunch_after_kill('Warm-up set 1 of 2 · Right side')
        return False
    run.relaunch_after_kill(label)
    assert run.set_status(1, 0) == e2e.SET_STATUS_PENDING
    return True


def kill_after_log_set(run):
    """Kill 2: the moment the view shows a Log Set as done."""
    run.log_set('Warm-up set 1 of 2 · Left side', 'Warm-up set 1 of 2 · Right side', '4', '8',
                kill='the moment the view showed a logged set')
    run.relaunch_after_kill('Warm-up set 1 of 2 · Right side')
    assert run.set_status(1, 0) == e2e.SET_STATUS_DONE


def kill_mid_rest(run):
    """Kill 3: in the middle of a rest; it resumes with the clock's time left.

    The rest after a work set (120 s), long enough for a restart under the
    sanitizers."""
    run.log_set('Set 1 of 3 · Right side', 'Set 2 of 3 · Left side', '8', '10')
    logged_at = run.logged()[-1]['logged_at']

    time.sleep(2.5)
    first, first_at = run.rest_left()
    time.sleep(2)
    second, second_at = run.rest_left()
    assert abs((first - second) - (second_at - first_at)) <= 1.5, \
        f'the rest went from {first} s to {second} s in {second_at - first_at:.1f} s'
    assert abs(second - (REST_SECONDS - (second_at - logged_at))) <= 2, \
        f'the rest shows {second} s, {second_at - logged_at:.1f} s after the set was logged'

    run.kill('in the middle of a rest')
    time.sleep(3)  # the rest goes on while the app is away

    rest = run.state()[2]
    assert rest[0] > 0 and rest[1] == REST_SECONDS * 1_000_000, f'the saved rest is {rest}'

    ui = run.relaunch_after_kill('Set 2 of 3 · Left side')
    left, read_at = run.rest_left()
    from_log = REST_SECONDS - (read_at - logged_at)
    from_state = (rest[0] + rest[1] - read_at * 1_000_000) / 1_000_000
    e2e.log(f'  resumed rest shows {left} s; {from_log:.1f} s by the time of the log, '
            f'{from_state:.1f} s by the saved timer')
    assert abs(left - from_log) <= 2, f'the resumed rest shows {left} s, not {from_log:.1f} s'
    assert abs(left - from_state) <= 1.5, f'the resumed rest shows {left} s, not {from_state:.1f} s'
    assert left < REST_SECONDS - 5, f'the rest started over ({left} s)'

    # +15 s moves the end, the change is saved with the session, and the
    # label follows.
    ui.click('Add 15 Seconds')
    e2e.wait_for(lambda: run.state()[2][1] == (REST_SECONDS + 15) * 1_000_000, 5,
                 'the longer rest to be saved')
    longer, read_at = run.rest_left()
    expected = REST_SECONDS + 15 - (read_at - logged_at)
    assert abs(longer - expected) <= 2, f'after +15 s the rest shows {longer} s, not {expected:.1f} s'
    run.skip_rest()


def refused_value(run):
    """An impossible value is refused where it is typed; nothing is written."""
    ui = run.ui
    before = len(run.check_logged())
    run.expect_current_set('Set 1 of 3 · Left side')
    run.type_set('8', '101')
    message = ui.wait_label(PROBLEM, lambda t: t != '', 'a message')
    assert message == 'The reps must be at most 100.', f'the message is “{message}”'
    e2e.wait_for(lambda: not ui.is_sensitive('Log Set'), 5, 'Log Set to be insensitive')
    assert not ui.find('Log Set', 'push button').queryAction().doAction(0), \
        'the insensitive Log Set took a click'
    time.sleep(0.5)
    assert len(run.check_logged()) == before
    run.expect_current_set('Set 1 of 3 · Left side')

    ui.set_text('Reps', '10')
    e2e.wait_for(lambda: ui.is_sensitive('Log Set'), 5, 'Log Set to be sensitive again')
    assert not ui.label_shown(PROBLEM), 'the message stayed after the value was fixed'


def kill_after_skip(run):
    """Kill 4: the moment the view shows a skipped set as passed over."""
    run.click_until('Skip Set', 'Set 2 of 3 · Left side', 'Set 2 of 3 · Right side')
    run.kill('the moment the view showed a skipped set')
    run.relaunch_after_kill('Set 2 of 3 · Right side')
    # Entry 1's sets: four warm-up sets, then L1 R1 L2 R2 L3 R3.
    assert run.set_status(1, 6) == e2e.SET_STATUS_SKIPPED, 'the skipped set is not saved as skipped'


def kill_mid_hold(run):
    """Kill 5: a hold run killed after its first hold was logged."""
    ui = run.ui
    run.expect_current_set('Hold 1 of 2 · Left side')
    count = len(run.check_logged())
    ui.click('Start')
    # Get ready (5 s), then the 15 s hold; the hold is logged as it ends.
    e2e.wait_for(lambda: len(run.logged()) == count + 1, 40, 'the first hold to be logged')
    run.expected_sets.append((STRETCH, 'warmup', 'left', None, None, 15))
    run.check_logged()
    time.sleep(1)
    run.kill('in the middle of a hold run, after its first hold')
    # The run starts again from the next hold, which has not been held yet:
    # the timer waits to be started, and the set inputs are not shown.
    ui = run.relaunch_after_kill('Hold 2 of 2 · Left side')
    assert ui.on_screen(ui.find('Start', 'push button')), 'the hold timer\'s Start is not shown'
    assert not ui.on_screen(ui.find('Log Set', 'push button')), 'Log Set is shown for a hold'


def finish(run):
    ui = run.ui
    run.click_until('Skip', 'Hold 2 of 2 · Left side', 'Hold 1 of 2 · Right side')
    run.click_until('Skip', 'Hold 1 of 2 · Right side', 'Hold 2 of 2 · Right side')
    run.click_until('Skip', 'Hold 2 of 2 · Right side', 'All sets done')
    ui.click('Finish Session')
    e2e.wait_for(lambda: any(ui.on_screen(n) for n in ui.find_all('Session Complete', 'label')), 10,
                 'the summary, “Session Complete”')

    rows = e2e.query('SELECT started_at, ended_at FROM session WHERE id = ?', run.session_id)
    assert rows[0]['ended_at'] is not None and rows[0]['ended_at'] >= rows[0]['started_at'], \
        f'the session has no end: {rows}'
    assert not e2e.query('SELECT 1 FROM session_state'), 'the finished session kept its state row'
    run.check_logged()

    status = run.app.quit()
    assert status == 0, f'SIGTERM ended the app with status {status}:\n{run.app.output()}'


def main(argv):
    home = e2e.enter_session(argv)
    if len(argv) != 3:
        print(__doc__)
        return 2

    binary, schema_dir = (os.path.abspath(arg) for arg in argv[1:])
    if e2e.set_time_scale(binary) > 1:
        e2e.log(f'{binary} is built with AddressSanitizer: waits are {e2e.time_scale:g} times longer')
    server = e2e.XServer()
    run = Session(binary, schema_dir, home)
    try:
        days = first_launch(run)
        start_session(run, days)
        if kill_during_click(run):
            kill_after_log_set(run)

        run.log_set('Warm-up set 1 of 2 · Right side', 'Warm-up set 2 of 2 · Left side', '4', '8')
        rest = run.state()[2]
        assert rest[1] == WARMUP_REST_SECONDS * 1_000_000, f'the rest after a warm-up set is {rest}'
        run.skip_rest()
        run.log_set('Warm-up set 2 of 2 · Left side', 'Warm-up set 2 of 2 · Right side', '6', '5')
        run.log_set('Warm-up set 2 of 2 · Right side', 'Set 1 of 3 · Left side', '6', '5')
        run.skip_rest()

        refused_value(run)
        run.log_set('Set 1 of 3 · Left side', 'Set 1 of 3 · Right side', '8', '10')
        kill_mid_rest(run)
        kill_after_skip(run)

        run.log_set('Set 2 of 3 · Right side', 'Set 3 of 3 · Left side', '8', '9')
        run.skip_rest()
        run.log_set('Set 3 of 3 · Left side', 'Set 3 of 3 · Right side', '8', '8')
        run.log_set('Set 3 of 3 · Right side', 'Pain check-in', '8', '8')

        run.ui.click('Save Check-In')
        run.expect_current_set('Hold 1 of 2 · Left side')
        checkins = e2e.query('SELECT exercise, pain, numbness FROM pain_checkin WHERE session_id = ?',
                             run.session_id)
        assert checkins == [dict(exercise=ROW, pain=0, numbness=0)], f'check-ins: {checkins}'

        kill_mid_hold(run)
        finish(run)
        e2e.log(f'ok: {len(run.expected_sets)} sets logged once each across {run.kills} kills')
        return 0
    except BaseException:
        if run.app is not None:
            if run.app.process.poll() is None:
                e2e.log(f'--- what the app showed\n{run.ui.dump()}')
                run.app.kill()
            e2e.log(f'--- app output\n{run.app.output()}')
        raise
    finally:
        server.stop()


if __name__ == '__main__':
    sys.exit(main(sys.argv))
