# SPDX-License-Identifier: MIT
# Shared by tools/demo and tools/test: installs the Debian packages a command needs when they
# are missing (apt-get, as root), and finds the number of cores to build with.

# require_packages PACKAGE...: installs the missing ones, or explains how when not root.
require_packages() {
    local missing=()
    local package
    for package in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    if [ "$(id -u)" -ne 0 ]; then
        echo "appnotify needs these Debian packages: ${missing[*]}" >&2
        echo "run this command as root, or: sudo apt-get install -y ${missing[*]}" >&2
        exit 2
    fi
    echo "==> installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

jobs() {
    nproc 2>/dev/null || echo 2
}
