#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs test-notification on a private session bus, with fake-notifyd as the
# notification server, then checks its log for the notification the test
# sent. Exits 77 (skip) when a tool is missing.
#
# Usage: run-notification-test.sh FAKE_NOTIFYD TEST_EXECUTABLE

notifyd="$1"
test_exe="$2"

skip () {
  echo "$1: skipping"
  exit 77
}

[ -f "$notifyd" ] || skip "no fake-notifyd at $notifyd"
command -v dbus-run-session >/dev/null 2>&1 || skip "no dbus-run-session"
command -v gdbus >/dev/null 2>&1 || skip "no gdbus"
/usr/bin/python3 -c 'import gi' 2>/dev/null || skip "no /usr/bin/python3 with python3-gi"

# A display for GTK: the one there is, or Xvfb (this script again, inside it).
if [ -z "$DISPLAY" ] && [ -z "$WAYLAND_DISPLAY" ]; then
  command -v xvfb-run >/dev/null 2>&1 || skip "no display and no xvfb-run"
  exec xvfb-run -a -s "-screen 0 1280x1024x24" "$0" "$@"
fi

logdir=$(mktemp -d "${TMPDIR:-/tmp}/scapula-notify-XXXXXX") || exit 1
trap 'rm -rf "$logdir"' EXIT
log="$logdir/notify.log"

run () {
  dbus-run-session -- sh -c '
    # fake-notifyd is Python: keep the tests'"'"' fatal GLib warnings out of it.
    env -u G_DEBUG /usr/bin/python3 "$1" --log "$2" >/dev/null &
    pid=$!
    if ! gdbus wait --session --timeout 10 org.gtk.Notifications; then
      echo "fake-notifyd did not come up"
      kill $pid 2>/dev/null
      exit 1
    fi
    SCAPULA_NOTIFY_LOG="$2" "$3"
    status=$?
    kill $pid
    wait $pid
    exit $status
  ' sh "$notifyd" "$log" "$test_exe"
}

run
status=$?
[ $status = 0 ] || exit $status

# The test's first notification, exactly as the server got it.
expected='NOTIFY org.gtk.Notifications.AddNotification ["io.github.scapula.Scapula.NotificationTest", "rest-over", {'
line=$(grep -F "$expected" "$log" | head -n 1)
for part in '"title": "Rest is over"' '"body": "Next: Prone Y raise, set 2 of 3"'; do
  case "$line" in
    *"$part"*) ;;
    *) echo "notification log has no AddNotification with $part:"; cat "$log"; exit 1 ;;
  esac
done

if grep -q 'Held back' "$log"; then
  echo "a held-back notification reached the server:"
  cat "$log"
  exit 1
fi

echo "fake-notifyd got: $line"
exit 0
