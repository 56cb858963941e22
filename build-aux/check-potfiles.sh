#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Fails when a source file with translatable strings is missing from
# po/POTFILES.in, or when POTFILES.in names a file that does not exist.

srcdir="${1:-$(dirname "$0")/..}"
cd "$srcdir" || exit 1

listed=$(grep -v '^#' po/POTFILES.in | grep -v '^$' | sort)
status=0

for f in $listed; do
  if [ ! -f "$f" ]; then
    echo "po/POTFILES.in names $f, which does not exist"
    status=1
  fi
done

found=$( {
  grep -lE '(^|[^a-zA-Z0-9_])(N?_|C_|NC_|g_dngettext) ?\(' src/*.c src/*/*.c 2>/dev/null
  grep -l 'translatable="yes"' data/ui/*.ui 2>/dev/null
  ls data/*.desktop.in.in data/*.metainfo.xml.in.in data/*.gschema.xml data/catalog/catalog.xml 2>/dev/null
} | sort -u)

for f in $found; do
  if ! echo "$listed" | grep -qx "$f"; then
    echo "$f has translatable strings but is not in po/POTFILES.in"
    status=1
  fi
done

[ $status = 0 ] && echo "po/POTFILES.in lists every file with translatable strings"
exit $status
