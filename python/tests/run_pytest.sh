#!/bin/sh
# SPDX-License-Identifier: MIT
# Runs the Python module's tests (python/tests) with the first python3 that has pytest: the one
# on PATH, then Debian's. Exit 77 (skipped) only when there is no python3 at all; a python3
# without pytest fails (tools/test installs python3-pytest).
# The environment says what to test: APPNOTIFY_C_LIBRARY (the built libappnotify_c),
# APPNOTIFY_CLI (the built command-line tool), APPNOTIFY_PYTHON (a python3 to prefer).
set -u
here=$(cd "$(dirname "$0")" && pwd)
first=
for candidate in "${APPNOTIFY_PYTHON:-}" python3 /usr/bin/python3; do
    [ -n "$candidate" ] && command -v "$candidate" >/dev/null 2>&1 || continue
    first=${first:-$candidate}
    if "$candidate" -c 'import pytest' >/dev/null 2>&1; then
        PYTHONPATH="$here/..${PYTHONPATH:+:$PYTHONPATH}" PYTHONDONTWRITEBYTECODE=1 \
            exec "$candidate" -m pytest -q -p no:cacheprovider "$here" "$@"
    fi
done
if [ -z "$first" ]; then
    echo "python3 not found: the Python module's tests are skipped"
    exit 77
fi
echo "$first has no pytest: install python3-pytest (tools/test does)" >&2
exit 1
