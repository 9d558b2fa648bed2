#!/bin/sh
# SPDX-License-Identifier: MIT
# Installs the Python package as docs/python.md says, offline (pip install --no-build-isolation),
# into a temporary directory, and imports it from there. APPNOTIFY_C_LIBRARY names the built
# libappnotify_c, which the build copies into the package instead of compiling it again.
# Exit 77 (skipped) only when there is no python3 at all; a python3 without pip, setuptools and
# wheel fails (tools/test installs them).
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
root=$(cd "$here/.." && pwd)
python=
first=
for candidate in "${APPNOTIFY_PYTHON:-}" python3 /usr/bin/python3; do
    [ -n "$candidate" ] && command -v "$candidate" >/dev/null 2>&1 || continue
    first=${first:-$candidate}
    if "$candidate" -c 'import setuptools, wheel, pip' >/dev/null 2>&1; then
        python=$candidate
        break
    fi
done
if [ -z "$first" ]; then
    echo "python3 not found: the Python package's installation is not tested"
    exit 77
fi
if [ -z "$python" ]; then
    echo "$first lacks pip, setuptools or wheel: install python3-pip python3-setuptools python3-wheel" >&2
    exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A copy of python/, so that the build's files stay out of the source tree.
mkdir "$work/source"
cp -R "$here/pyproject.toml" "$here/setup.py" "$here/README.md" "$here/appnotify" "$here/src" "$work/source/"
APPNOTIFY_SOURCE_DIR=$root PIP_DISABLE_PIP_VERSION_CHECK=1 \
    "$python" -m pip install --quiet --no-build-isolation --no-index --no-deps --target "$work/site" "$work/source"
ls "$work/site/appnotify"
# The installed package loads the library inside it.
cd "$work"
env -u APPNOTIFY_C_LIBRARY PYTHONPATH="$work/site" PYTHONDONTWRITEBYTECODE=1 "$python" - <<'PY'
import os
import appnotify
assert os.path.dirname(appnotify.__file__).endswith("site/appnotify"), appnotify.__file__
r = appnotify.validate(b'{"Title": "Hi", "Recipient": "/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)"}')
assert r.valid and r.dialect == "action", r
bad = appnotify.validate(b'{"Title": "\xff"}')
assert not bad.valid and bad.diagnostics[0].code == "json-invalid-utf8", bad
print("appnotify", appnotify.version, "installed and imported from", os.path.dirname(appnotify.__file__))
PY
