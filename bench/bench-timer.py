#!/usr/bin/python3
# bench-timer.py
#
# Copyright 2026 The Scapula developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""What a running rest timer costs (DESIGN.md §9: no busy redraws).

Starts the real app under Xvfb, with openbox as the window manager, in a
session whose rest timer runs for ten minutes, and measures for 10 s each:

  visible    the window on screen, on the Today view, the rest counting down;
  minimised  the window minimised (xdotool windowminimize);
  other view the window on screen, on the Week view (Today unmapped).

For each: CPU as a percentage of one core, from utime + stime in
/proc/PID/stat over the wall time, and wake-ups per second, from the
voluntary and non-voluntary context switches of every thread
(/proc/PID/task/*/status). Goals: at most 1 % of a core while visible, at
most 2 wake-ups a second while hidden.

The session is set up through the accessibility bus (scapula_e2e.py: Start
Session, skip the cardio, log a set, whose 600 s rest then runs), then the
app is quit and started again, so the measured launch is a resumed session
that nothing talks to. It is measured twice: with GTK's accessibility bridge
on, as on a GNOME desktop, and with GTK_A11Y=none.

Usage: bench-timer.py SCAPULA_BINARY SCHEMA_DIR [--seconds N]
Exits 77 (skip) without Xvfb, xvfb-run, dbus-run-session, openbox, xdotool
or python3-pyatspi.
"""

import argparse
import os
import subprocess
import sys
import time

# No __pycache__ in the source tree.
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'tests'))

import scapula_e2e as e2e  # noqa: E402

REST_SECONDS = 600
SETTLE_SECONDS = 3
CPU_GOAL_PERCENT = 1.0
WAKEUP_GOAL_PER_SECOND = 2.0

PLAN = [
    dict(exercise='seal-row', sets=3, reps_min=8, reps_max=12, rest_seconds=REST_SECONDS,
         warmup_sets=0, per_side=0, role='foundation-row'),
]


def cpu_seconds(pid):
    """utime + stime of the whole process, in seconds."""
    with open(f'/proc/{pid}/stat') as f:
        # Fields after the command name, which may hold spaces: state is
        # field 3, utime 14, stime 15.
        fields = f.read().rsplit(')', 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf('SC_CLK_TCK')


def threads(pid):
    """{thread id: (name, context switches, CPU ns)} of the live threads.

    Context switches are voluntary + non-voluntary (status); the CPU time
    comes from schedstat, in nanoseconds, finer than stat's clock ticks.
    """
    result = {}
    for tid in os.listdir(f'/proc/{pid}/task'):
        base = f'/proc/{pid}/task/{tid}'
        try:
            switches = 0
            with open(f'{base}/status') as f:
                for line in f:
                    if line.startswith(('voluntary_ctxt_switches', 'nonvoluntary_ctxt_switches')):
                        switches += int(line.split()[1])
            with open(f'{base}/comm') as f:
                name = f.read().strip()
            with open(f'{base}/schedstat') as f:
                cpu_ns = int(f.read().split()[0])
        except (FileNotFoundError, ProcessLookupError):  # a thread that just ended
            continue
        result[tid] = (name, switches, cpu_ns)
    return result


def measure(pid, seconds):
    cpu0, threads0, t0 = cpu_seconds(pid), threads(pid), time.monotonic()
    time.sleep(seconds)
    cpu1, threads1, t1 = cpu_seconds(pid), threads(pid), time.monotonic()
    wall = t1 - t0

    # A thread that ended during the window takes its switches with it; one
    # that started counts from zero.
    per_thread = {}
    for tid, (name, switches, cpu_ns) in threads1.items():
        before = threads0.get(tid, (name, 0, 0))
        per_thread[f'{name}[{tid}]'] = ((switches - before[1]) / wall, (cpu_ns - before[2]) / 1e9)
    return dict(cpu=100 * (cpu1 - cpu0) / wall,
                cpu_precise=100 * sum(cpu for _, cpu in per_thread.values()) / wall,
                wakeups=sum(rate for rate, _ in per_thread.values()),
                per_thread=per_thread, threads=len(threads1), wall=wall)


def xdotool(*args):
    return subprocess.run(['xdotool'] + list(args), capture_output=True, text=True, check=True).stdout


def window_of(pid):
    def find():
        out = subprocess.run(['xdotool', 'search', '--onlyvisible', '--pid', str(pid)],
                             capture_output=True, text=True).stdout.split()
        return out[0] if out else None
    return e2e.wait_for(find, 20, 'the app\'s window on the X server')


def is_iconic(window):
    out = subprocess.run(['xprop', '-id', window, 'WM_STATE'], capture_output=True, text=True).stdout
    return 'Iconic' in out


def wait_for_rest(ui):
    """Waits until the rest timer's buttons are shown."""
    e2e.wait_for(lambda: any(ui.is_shown(node) for node in ui.find_all('Skip Rest', 'push button')),
                 20, 'the rest timer')


def prepare_session(binary, schema_dir, log_path, seconds):
    """A session whose 600 s rest is running, left on disk.

    The first launch, before there is any session, gives the baseline: the
    window on screen with no timer at all.
    """
    e2e.write_settings({'medical-note-shown': 'true'})
    app = e2e.App(binary, schema_dir, log_path)
    app.wait_for_window()
    e2e.wait_for(lambda: e2e.schema_version() == 4, 20, 'the database')
    time.sleep(SETTLE_SECONDS)
    e2e.log('baseline, the window on screen and no session (accessibility bridge on):')
    report('no timer', measure(app.pid, seconds), None)
    app.quit()

    today = time.localtime().tm_wday + 1
    e2e.seed_plan(PLAN, {today, today % 7 + 1})

    app = e2e.App(binary, schema_dir, log_path)
    app.wait_for_window()
    ui = app.ui
    ui.click('Today', 'page tab')
    ui.click('Start Session')
    ui.click('Skip')  # the cardio
    e2e.wait_for(lambda: e2e.query('SELECT 1 FROM session_state'), 10, 'the session')
    ui.set_text('Weight', '20')
    ui.set_text('Reps', '10')
    ui.click('Log Set')
    wait_for_rest(ui)
    status = app.quit()
    if status != 0:
        raise AssertionError(f'the app quit with status {status}:\n{app.output()}')


def report(name, figures, goal):
    """Prints one measurement; returns whether it meets @goal, a (figure,
    limit) pair or None."""
    if goal is None:
        met, verdict = True, ''
    else:
        kind, limit = goal
        value = figures['cpu'] if kind == 'cpu' else figures['wakeups']
        met = value <= limit
        unit = '% CPU' if kind == 'cpu' else ' wake-ups/s'
        verdict = f'   goal ≤ {limit}{unit}: {"ok" if met else "OVER THE GOAL"}'
    e2e.log(f'  {name:<11} {figures["cpu"]:5.2f} % of a core ({figures["cpu_precise"]:.3f} % by schedstat)  '
            f'{figures["wakeups"]:6.2f} wake-ups/s  ({figures["threads"]} threads, {figures["wall"]:.1f} s)'
            f'{verdict}')
    busy = sorted(((rate, thread) for thread, (rate, _) in figures['per_thread'].items() if rate > 0),
                  reverse=True)
    if busy:
        e2e.log('              ' + ', '.join(f'{thread} {rate:.1f}/s' for rate, thread in busy))
    return met


def run_config(binary, schema_dir, log_path, a11y, seconds):
    label = 'accessibility bridge on' if a11y else 'GTK_A11Y=none'
    e2e.log(f'\n{label}:')
    app = e2e.App(binary, schema_dir, log_path, a11y=a11y)
    results = []
    try:
        window = window_of(app.pid)
        if a11y:
            wait_for_rest(app.ui)
        time.sleep(SETTLE_SECONDS)
        app.check_alive()

        results.append(report('visible', measure(app.pid, seconds), ('cpu', CPU_GOAL_PERCENT)))

        xdotool('windowminimize', '--sync', window)
        e2e.wait_for(lambda: is_iconic(window), 10, 'the window to be minimised')
        time.sleep(SETTLE_SECONDS)
        results.append(report('minimised', measure(app.pid, seconds), ('wakeups', WAKEUP_GOAL_PER_SECOND)))

        xdotool('windowactivate', '--sync', window)
        e2e.wait_for(lambda: not is_iconic(window), 10, 'the window to come back')
        if a11y:
            app.ui.click('Week', 'page tab')
            e2e.wait_for(lambda: all(app.ui.is_selected(tab) for tab in app.ui.find_all('Week', 'page tab')),
                         10, 'the Week view')
            time.sleep(SETTLE_SECONDS)
            results.append(report('other view', measure(app.pid, seconds),
                                  ('wakeups', WAKEUP_GOAL_PER_SECOND)))
        app.check_alive()
    finally:
        if app.process.poll() is None:
            app.quit()
    return all(results)


def main(argv):
    e2e.enter_session(argv, need_wm=True)

    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('binary')
    parser.add_argument('schema_dir')
    parser.add_argument('--seconds', type=float, default=10)
    args = parser.parse_args(argv[1:])

    binary, schema_dir = os.path.abspath(args.binary), os.path.abspath(args.schema_dir)
    if e2e.set_time_scale(binary) > 1:
        e2e.log(f'{binary} is built with AddressSanitizer: its figures mean little')
    log_path = os.path.join(os.environ['HOME'], 'app.log')
    server = e2e.XServer(window_manager=True)
    try:
        prepare_session(binary, schema_dir, log_path, args.seconds)
        e2e.log(f'A rest timer of {REST_SECONDS} s runs; {args.seconds:g} s per measurement, '
                f'after {SETTLE_SECONDS} s to settle.')
        met = [run_config(binary, schema_dir, log_path, a11y, args.seconds) for a11y in (True, False)]
        e2e.log('\nevery goal met' if all(met) else '\nsome figures are over the goal')
        return 0
    finally:
        server.stop()


if __name__ == '__main__':
    sys.exit(main(sys.argv))
