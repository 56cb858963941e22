# scapula_e2e.py
#
# Copyright 2026 The Scapula developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Drives the real Scapula binary the way a user does.

Shared by the end-to-end test (tests/e2e-session.py) and the timer benchmark
(bench/bench-timer.py). Everything runs in a throwaway world:

- a fresh HOME and XDG folders, so the user's data and settings are never
  touched; settings use the keyfile backend, so they persist from one launch
  of the app to the next as they would on a desktop;
- a private session bus (dbus-run-session), which also carries AT-SPI;
- a private X server: Xvfb picks a free display itself (-displayfd), so runs
  in parallel never fight over a display number the way `xvfb-run -a` can.

The app is found on the accessibility bus by its process id and driven through
AT-SPI: buttons through their "click" action, entries through EditableText,
labels read through Text. Widgets are found by accessible name, which is
what the Today view promises to keep stable; a label, whose name GTK replaces
with its text, by its accessible description. Quirks of GTK 4.8 worth
knowing: a button clicked this way emits "clicked" 250 ms later; the pages of
a GtkStack that are not shown stay in the tree, "visible"; some names come
doubled ("I Understand I Understand"); asking for screen coordinates logs a
warning, which G_DEBUG=fatal-warnings turns into a crash.

Times in the database are seconds since the epoch; the runner's state
(`session_state.state`) is a GVariant in text form, parsed here with GLib.
"""

import datetime
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

SKIP = 77

BASE_ID = 'io.github.scapula.Scapula'
SETTINGS_GROUP = 'io/github/scapula/Scapula'

# The environment variable that tells a re-executed script it already runs
# inside its own session bus and home.
INSIDE_VAR = 'SCAPULA_E2E_INSIDE'
# The G_DEBUG the test suite asked for, kept for the app only: the bus, the
# accessibility daemons and this Python process are not under test.
APP_G_DEBUG_VAR = 'SCAPULA_E2E_APP_G_DEBUG'
# Set to keep the throwaway home (database, settings, app log) after a run.
KEEP_VAR = 'SCAPULA_E2E_KEEP'


def log(message):
    print(message, flush=True)


def skip(reason):
    log(f'{reason}: skipping')
    sys.exit(SKIP)


def missing_tool(need_wm=False):
    """Names the first missing tool, or returns None."""
    for tool in ('xvfb-run', 'Xvfb', 'dbus-run-session'):
        if shutil.which(tool) is None:
            return f'no {tool}'
    if need_wm and shutil.which('openbox') is None:
        return 'no openbox (a window manager, to minimise the window)'
    if need_wm and shutil.which('xdotool') is None:
        return 'no xdotool'
    if need_wm and shutil.which('xprop') is None:
        return 'no xprop (x11-utils)'
    try:
        import gi
        gi.require_version('Atspi', '2.0')
        import pyatspi  # noqa: F401
    except (ImportError, ValueError):
        return f'no python3-pyatspi for {sys.executable}'
    return None


def enter_session(argv, need_wm=False):
    """Re-runs the calling script inside a fresh home and a private session bus.

    Returns in the re-run script (inside the bus); the first process waits for
    it, removes the home and exits with its status. Exits 77 when a tool is
    missing.
    """
    if os.environ.get(INSIDE_VAR) == '1':
        return os.environ['HOME']

    reason = missing_tool(need_wm)
    if reason is not None:
        skip(reason)

    home = tempfile.mkdtemp(prefix='scapula-e2e-')
    env = dict(os.environ)
    env[APP_G_DEBUG_VAR] = env.pop('G_DEBUG', '')
    env[INSIDE_VAR] = '1'
    env['HOME'] = home
    for var, sub in (('XDG_DATA_HOME', 'data'), ('XDG_CONFIG_HOME', 'config'),
                     ('XDG_CACHE_HOME', 'cache'), ('XDG_STATE_HOME', 'state'),
                     ('XDG_RUNTIME_DIR', 'runtime')):
        env[var] = os.path.join(home, sub)
        os.makedirs(env[var], mode=0o700)
    # The app's own X server is started inside; never the caller's display.
    for var in ('DISPLAY', 'WAYLAND_DISPLAY', 'DBUS_SESSION_BUS_ADDRESS', 'XAUTHORITY'):
        env.pop(var, None)

    status = subprocess.call(['dbus-run-session', '--', sys.executable] + argv, env=env)

    if env.get(KEEP_VAR) or status not in (0, SKIP):
        log(f'the test\'s home is kept in {home}')
    else:
        shutil.rmtree(home, ignore_errors=True)
    sys.exit(status)


class XServer:
    """A private Xvfb, with openbox on it when a window manager is wanted."""

    def __init__(self, size='1280x1024', window_manager=False):
        read_fd, write_fd = os.pipe()
        self.xvfb = subprocess.Popen(['Xvfb', '-displayfd', str(write_fd),
                                      '-screen', '0', f'{size}x24', '-nolisten', 'tcp'],
                                     pass_fds=(write_fd,), stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL)
        os.close(write_fd)
        number = b''
        while not number.endswith(b'\n'):
            chunk = os.read(read_fd, 16)
            if not chunk:
                raise RuntimeError('Xvfb did not start')
            number += chunk
        os.close(read_fd)
        self.display = ':' + number.decode().strip()
        os.environ['DISPLAY'] = self.display

        self.wm = None
        if window_manager:
            self.wm = subprocess.Popen(['openbox', '--sm-disable'], stdout=subprocess.DEVNULL,
                                       stderr=subprocess.DEVNULL)
            wait_for(self._wm_running, 10, 'openbox to manage the screen')

    @staticmethod
    def _wm_running():
        out = subprocess.run(['xprop', '-root', '_NET_SUPPORTING_WM_CHECK'],
                             capture_output=True, text=True).stdout
        return 'window id' in out

    def stop(self):
        for process in (self.wm, self.xvfb):
            if process is not None and process.poll() is None:
                process.terminate()
                try:
                    process.wait(5)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


class AppExited(Exception):
    """The app is gone: no point in waiting for it."""


# Every wait is this many times longer for an app built with the sanitizers,
# which runs several times slower (see set_time_scale()).
time_scale = 1.0


def set_time_scale(binary):
    """Lengthens every wait when @binary is built with AddressSanitizer."""
    global time_scale
    libraries = subprocess.run(['ldd', binary], capture_output=True, text=True).stdout
    time_scale = 4.0 if 'libasan' in libraries else 1.0
    return time_scale


def wait_for(predicate, timeout, what, interval=0.1):
    """Polls @predicate until it returns something true; returns that.

    A timeout of 0 still calls @predicate once.
    """
    timeout *= time_scale
    deadline = time.monotonic() + timeout
    last_error = None
    while True:
        try:
            result = predicate()
            if result:
                return result
        except AppExited:
            raise
        except Exception as error:  # the app may be busy or restarting
            last_error = error
        if time.monotonic() > deadline:
            detail = f' (last error: {last_error})' if last_error else ''
            raise AssertionError(f'timed out after {timeout} s waiting for {what}{detail}')
        time.sleep(interval)


# Accessibility

def _atspi():
    import pyatspi
    return pyatspi


class Ui:
    """The accessible tree of one running app, found by its process id."""

    def __init__(self, pid, check_alive=None):
        self.pid = pid
        self.check_alive = check_alive
        self.pyatspi = _atspi()
        self._app = None
        self._labels = {}

    def application(self):
        if self.check_alive is not None:
            self.check_alive()
        if self._app is not None:
            return self._app
        desktop = self.pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            child = desktop.getChildAtIndex(i)
            if child is not None and child.get_process_id() == self.pid:
                self._app = child
                return child
        return None

    def _visible(self, node):
        return node.getState().contains(self.pyatspi.STATE_VISIBLE)

    def walk(self, into_tabs=False):
        """Yields every visible node: hidden subtrees are pruned.

        Each node costs calls to the app, which are slow under the
        sanitizers: the view switchers' insides (some 150 nodes) are only
        walked when @into_tabs.
        """
        app = self.application()
        if app is None:
            return
        stack = [app]
        while stack:
            node = stack.pop()
            yield node
            if not into_tabs and node.getRoleName() == 'page tab list':
                for i in range(node.childCount):
                    child = node.getChildAtIndex(i)
                    if child is not None:
                        yield child
                continue
            for i in range(node.childCount - 1, -1, -1):
                child = node.getChildAtIndex(i)
                if child is not None and self._visible(child):
                    stack.append(child)

    def is_shown(self, node):
        """Whether @node is still where a walk would find it.

        A hidden widget leaves its parent's children but keeps its parent
        and its "visible" state, so each step up checks that the parent
        still lists it. (The index a node gives for itself is not always
        right: a scrolled window's child says 1 of 1.)
        """
        def listed(parent, node):
            index = node.getIndexInParent()
            if 0 <= index < parent.childCount and parent.getChildAtIndex(index) == node:
                return True
            return any(parent.getChildAtIndex(i) == node for i in range(parent.childCount))

        try:
            while node.getRoleName() not in ('frame', 'dialog'):
                parent = node.parent
                if parent is None or not self._visible(node) or not listed(parent, node):
                    return False
                node = parent
            return True
        except Exception:  # gone from the tree
            return False

    def dump(self):
        """The visible tree as text, for failure reports."""
        lines = []

        def visit(node, depth):
            states = node.getState()
            flags = ''.join(flag for flag, state in (('S', self.pyatspi.STATE_SENSITIVE),
                                                      ('F', self.pyatspi.STATE_FOCUSED))
                            if states.contains(state))
            text = ''
            if node.getRoleName() == 'label':
                content = node.queryText()
                text = ' = ' + repr(content.getText(0, content.characterCount))
            lines.append(f'{"  " * depth}{node.getRoleName()} “{node.name}” [{flags}]{text}')
            for i in range(node.childCount):
                child = node.getChildAtIndex(i)
                if child is not None and self._visible(child):
                    visit(child, depth + 1)

        try:
            app = self.application()
            if app is not None:
                visit(app, 0)
        except Exception as error:
            lines.append(f'(the tree cannot be read: {error})')
        return '\n'.join(lines)

    @staticmethod
    def names_match(name, wanted):
        """Whether an accessible name is @wanted.

        GTK 4.8 doubles the name of a widget whose label is also a mnemonic
        label or a labelled-by target ("I Understand I Understand", "Weight
        Weight (kg)"): the doubled form counts too.
        """
        if name == wanted:
            return True
        prefix = wanted + ' '
        return name.startswith(prefix) and name[len(prefix):].startswith(wanted)

    def find_all(self, name, role=None):
        return [node for node in self.walk(into_tabs=role == 'page tab')
                if node is not None and self.names_match(node.name, name)
                and (role is None or node.getRoleName() == role)]

    def find(self, name, role=None, timeout=10):
        return wait_for(lambda: next(iter(self.find_all(name, role)), None), timeout,
                        f'a visible {role or "widget"} named “{name}”')

    def exists(self, name, role=None):
        try:
            return bool(self.find_all(name, role))
        except Exception:
            return False

    def find_labels(self, name):
        """Visible labels named, or described as, @name.

        GtkLabel (GTK 4.8) replaces its accessible name with its text each
        time the text is set, so a label that must keep a stable handle
        carries it as its accessible description.
        """
        return [node for node in self.walk()
                if node.getRoleName() == 'label'
                and (node.name == name or node.description == name)]

    def find_label(self, name, timeout=10):
        """The visible label named or described as @name; remembered, and
        checked again on the next call, which is much cheaper than a walk."""
        node = self._labels.get(name)
        if node is not None and self.is_shown(node) and (node.name == name or node.description == name):
            return node

        def search():
            found = next(iter(self.find_labels(name)), None)
            if found is not None:
                self._labels[name] = found
            return found
        return wait_for(search, timeout,
                        f'a visible label named or described as “{name}” (a name given to '
                        f'a GtkLabel is replaced by its text: give it as the description)')

    def label(self, name, timeout=10):
        """The text of the visible label named or described as @name."""
        return self.text_of(self.find_label(name, timeout))

    @staticmethod
    def text_of(node):
        """The text of a node found before: cheaper than finding it again."""
        text = node.queryText()
        return text.getText(0, text.characterCount)

    def label_shown(self, name):
        try:
            return bool(self.find_label(name, timeout=0))
        except Exception:
            return False

    def wait_label(self, name, predicate, what, timeout=10):
        def check():
            value = self.label(name, timeout=1)
            return value if predicate(value) else None
        return wait_for(check, timeout, f'“{name}” to show {what}')

    def on_screen(self, node):
        """Whether @node has a size on screen.

        Pages of a GtkStack that are not shown stay in the tree and keep the
        state "visible"; a widget that was never allocated in this launch has
        an empty extent. (One that was shown before keeps its old extent.)
        Window coordinates: GTK 4.8 warns about screen coordinates on X11.
        """
        extents = node.queryComponent().getExtents(self.pyatspi.WINDOW_COORDS)
        return extents.width > 0 and extents.height > 0

    def windows(self):
        app = self.application()
        if app is None:
            return []
        return [app.getChildAtIndex(i) for i in range(app.childCount)]

    def is_sensitive(self, name, role='push button'):
        node = self.find(name, role)
        return node.getState().contains(self.pyatspi.STATE_SENSITIVE)

    def is_selected(self, node):
        return node.getState().contains(self.pyatspi.STATE_SELECTED)

    def click(self, name, role='push button', timeout=10):
        """Clicks a sensitive button through its accessible "click" action.

        GTK answers at once, but a button activated this way shows itself
        pressed for a moment (250 ms in GTK 4.8) before it emits "clicked":
        wait for what the click changes before relying on it.
        """
        def sensitive_button():
            for node in self.find_all(name, role):
                if node.getState().contains(self.pyatspi.STATE_SENSITIVE):
                    return node
            return None

        node = wait_for(sensitive_button, timeout, f'a sensitive {role} named “{name}”')
        action = node.queryAction()
        for i in range(action.nActions):
            if action.getName(i) == 'click':
                if not action.doAction(i):
                    raise AssertionError(f'“{name}” refused the click')
                return
        raise AssertionError(f'“{name}” has no click action')

    def set_text(self, name, value):
        """Replaces the contents of the entry named @name, as typing would."""
        node = self.find(name)
        target = self._editable(node)
        if target is None:
            raise AssertionError(f'“{name}” has no editable text')
        if not target.queryEditableText().setTextContents(value):
            raise AssertionError(f'“{name}” refused the text “{value}”')
        wait_for(lambda: self.text_of(target) == value, 5, f'“{name}” to hold “{value}”')

    def _editable(self, node):
        stack = [node]
        while stack:
            current = stack.pop()
            if 'EditableText' in current.get_interfaces():
                return current
            stack.extend(c for c in (current.getChildAtIndex(i) for i in range(current.childCount))
                         if c is not None)
        return None


class App:
    """One launch of the real app, with its output in a log file."""

    def __init__(self, binary, schema_dir, log_path, a11y=True):
        env = dict(os.environ)
        env['GSETTINGS_SCHEMA_DIR'] = schema_dir
        env['GSETTINGS_BACKEND'] = 'keyfile'
        env['GDK_BACKEND'] = 'x11'
        env.setdefault('GSK_RENDERER', 'cairo')
        env['LC_ALL'] = 'C.UTF-8'
        env['LANGUAGE'] = ''
        env.pop(INSIDE_VAR, None)
        app_g_debug = env.pop(APP_G_DEBUG_VAR, '')
        if app_g_debug:
            env['G_DEBUG'] = app_g_debug
        env.pop('NO_AT_BRIDGE', None)
        if a11y:
            env.pop('GTK_A11Y', None)
        else:
            env['GTK_A11Y'] = 'none'

        self.log_path = log_path
        self.log_start = os.path.getsize(log_path) if os.path.exists(log_path) else 0
        with open(log_path, 'a') as out:
            out.write(f'--- launch at {time.strftime("%H:%M:%S")}\n')
            out.flush()
            self.process = subprocess.Popen([binary], env=env, stdout=out, stderr=subprocess.STDOUT,
                                            stdin=subprocess.DEVNULL)
        self.pid = self.process.pid
        self.ui = Ui(self.pid, self.check_alive) if a11y else None

    def wait_for_window(self, timeout=20):
        """Waits until the app's main window is on the accessibility bus."""
        def window():
            self.check_alive()
            return [w for w in self.ui.windows() if w is not None and w.getRoleName() == 'frame']
        wait_for(window, timeout, 'the app\'s window')

    def check_alive(self):
        status = self.process.poll()
        if status is not None:
            raise AppExited(f'the app exited with status {status}:\n{self.output()}')

    def kill(self):
        """SIGKILL: no handler runs, nothing is flushed."""
        os.kill(self.pid, signal.SIGKILL)
        self.process.wait()

    def quit(self, timeout=15):
        """SIGTERM, which the app turns into a normal quit; returns the status."""
        self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout)

    def output(self):
        with open(self.log_path, errors='replace') as f:
            f.seek(self.log_start)
            return f.read()


# Settings

def keyfile_path():
    return os.path.join(os.environ['XDG_CONFIG_HOME'], 'glib-2.0', 'settings', 'keyfile')


def read_setting(key):
    """The value of @key in the keyfile backend's file, or None."""
    path = keyfile_path()
    if not os.path.exists(path):
        return None
    group = None
    with open(path) as f:
        for line in f:
            line = line.strip()
            if line.startswith('['):
                group = line[1:-1]
            elif group == SETTINGS_GROUP and '=' in line:
                name, value = line.split('=', 1)
                if name.strip() == key:
                    return value.strip()
    return None


def write_settings(values):
    """Writes @values ({key: GVariant text}) to the keyfile backend's file,
    as if the user had set them; only before the app starts."""
    path = keyfile_path()
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        f.write(f'[{SETTINGS_GROUP}]\n')
        for key, value in values.items():
            f.write(f'{key}={value}\n')


# The database

def database_path():
    return os.path.join(os.environ['XDG_DATA_HOME'], BASE_ID, 'scapula.db')


def connect():
    db = sqlite3.connect(database_path(), timeout=10)
    db.row_factory = sqlite3.Row
    db.execute('PRAGMA foreign_keys = ON')
    return db


def query(sql, *args):
    with connect() as db:
        rows = db.execute(sql, args).fetchall()
    db.close()
    return [dict(row) for row in rows]


def schema_version():
    if not os.path.exists(database_path()):
        return 0
    return query('PRAGMA user_version')[0]['user_version']


PLAN_ITEM_COLUMNS = ('exercise', 'sets', 'reps_min', 'reps_max', 'hold_seconds',
                     'rest_seconds', 'warmup_sets', 'per_side', 'role')


def seed_plan(items, weekdays, name='End-to-end plan'):
    """Writes an active plan that trains on @weekdays (ISO, 1 is Monday).

    @items are dicts with the PLAN_ITEM_COLUMNS; every training day gets them
    all. Returns {weekday: plan_day id}.
    """
    today = datetime.date.today()
    monday = today - datetime.timedelta(days=today.isoweekday() - 1)
    now = int(time.time())
    days = {}
    with connect() as db:
        db.execute('UPDATE plan SET is_active = 0 WHERE is_active = 1')
        plan_id = db.execute('INSERT INTO plan (name, start_date, block_weeks, level, is_active,'
                             ' created_at) VALUES (?, ?, 6, \'beginner\', 1, ?)',
                             (name, monday.isoformat(), now)).lastrowid
        for weekday in range(1, 8):
            training = 1 if weekday in weekdays else 0
            day_id = db.execute('INSERT INTO plan_day (plan_id, weekday, is_training)'
                                ' VALUES (?, ?, ?)', (plan_id, weekday, training)).lastrowid
            days[weekday] = day_id
            if not training:
                continue
            for position, item in enumerate(items):
                db.execute('INSERT INTO plan_item (day_id, position, exercise, sets, reps_min,'
                           ' reps_max, hold_seconds, rest_seconds, warmup_sets, per_side,'
                           ' progression, role) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, \'double\', ?)',
                           (day_id, position) + tuple(item.get(c) for c in PLAN_ITEM_COLUMNS))
    db.close()
    return days


def parse_state(text):
    """The runner's state, from its GVariant text, as nested tuples.

    (version, entries, rest, activity); an entry is (exercise, kind, role,
    exercise_kind, equipment, prescription, check-in, sets); a set is (kind,
    side, target_reps, target_seconds, target_weight_kg, status, logged_id,
    weight_kg, reps, seconds, rpe, logged_at); rest and activity are
    (started_at, duration, paused_at, paused_total) in wall-clock µs.
    """
    from gi.repository import GLib
    state_type = GLib.VariantType.new(STATE_TYPE)
    return GLib.Variant.parse(state_type, text, None, None).unpack()


# The state's type (STATE_TYPE in src/core/scapula-session.c, version 1).
# The app prints it without type annotations, so the parser needs it.
STATE_TYPE = '(ua(suuuu(uuuuuubu)(bbub)a(uuuuduxduudx))(xxxx)(xxxx))'

SET_STATUS_PENDING, SET_STATUS_DONE, SET_STATUS_SKIPPED = 0, 1, 2


def parse_clock(text):
    """Seconds from an "m:ss" read-out (a leading minus sign allowed)."""
    match = re.search(r'(-?)(\d+):(\d\d)', text)
    if match is None:
        raise AssertionError(f'“{text}” is not a time in m:ss')
    seconds = int(match.group(2)) * 60 + int(match.group(3))
    return -seconds if match.group(1) else seconds
