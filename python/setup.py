# SPDX-License-Identifier: MIT
"""Builds the appnotify Python package: appnotify/__init__.py (ctypes on the C API) and, beside
it, libappnotify_c compiled from the repository's c/appnotify_c.cpp and include/ with the C++
compiler and simdjson (Debian: g++ and libsimdjson-dev). When APPNOTIFY_C_LIBRARY names a
libappnotify_c already built (by CMake or meson), that one is copied instead of compiling.

The package is built from a checkout of the repository (it needs ../c and ../include):
    pip install --no-build-isolation ./python
"""
import os
import re
import shlex
import shutil
import subprocess
import sys

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

HERE = os.path.dirname(os.path.abspath(__file__))
# The repository: python/'s parent, or where APPNOTIFY_SOURCE_DIR says (for a copy of python/).
ROOT = os.environ.get("APPNOTIFY_SOURCE_DIR") or os.path.dirname(HERE)
SOURCE = os.path.join(ROOT, "c", "appnotify_c.cpp")  # included by src/libappnotify_c.cpp
INCLUDE = os.path.join(ROOT, "include")


def version():
    with open(os.path.join(INCLUDE, "appnotify", "version.hpp"), encoding="utf-8") as f:
        return re.search(r'#define APPNOTIFY_VERSION_STRING "([^"]+)"', f.read()).group(1)


def simdjson_flags():
    """simdjson's compile and link flags, from pkg-config when it knows them: Debian's add
    SIMDJSON_THREADS_ENABLED, which must match the library's build."""
    try:
        cflags = subprocess.run(["pkg-config", "--cflags", "simdjson"], check=True, capture_output=True, text=True)
        libs = subprocess.run(["pkg-config", "--libs", "simdjson"], check=True, capture_output=True, text=True)
        return shlex.split(cflags.stdout), shlex.split(libs.stdout)
    except (OSError, subprocess.CalledProcessError):
        return [], ["-lsimdjson"]


def shared_library_name():
    if sys.platform == "darwin":
        return "libappnotify_c.dylib"
    if sys.platform == "win32":
        return "appnotify_c.dll"
    return "libappnotify_c.so"


class build_c_library(build_ext):
    """Builds libappnotify_c into the package as a plain shared library (no Python module in it:
    ctypes loads it), or copies the one APPNOTIFY_C_LIBRARY names."""

    def get_ext_filename(self, fullname):
        package = fullname.split(".")[:-1]
        return os.path.join(*package, shared_library_name())

    def get_export_symbols(self, ext):
        return []  # the C API's own symbols are exported by the header's attributes

    def build_extension(self, ext):
        prebuilt = os.environ.get("APPNOTIFY_C_LIBRARY")
        if prebuilt:
            destination = self.get_ext_fullpath(ext.name)
            os.makedirs(os.path.dirname(destination), exist_ok=True)
            shutil.copyfile(prebuilt, destination)
            return
        super().build_extension(ext)


if not os.path.exists(SOURCE):
    sys.exit("appnotify's Python package is built from the repository: %s is missing" % SOURCE)

compile_flags, link_flags = simdjson_flags()
if sys.platform.startswith("linux"):
    # Export the C API only, not the standard library's template instantiations.
    link_flags.append("-Wl,--version-script=" + os.path.join(ROOT, "c", "appnotify_c.map"))
library = Extension(
    "appnotify.libappnotify_c",
    sources=["src/libappnotify_c.cpp"],
    include_dirs=[ROOT, INCLUDE],
    language="c++",
    extra_compile_args=["-std=c++17", "-O2", "-g0", "-fvisibility=hidden", "-fvisibility-inlines-hidden"]
    + compile_flags,
    extra_link_args=link_flags,
)

setup(version=version(), ext_modules=[library], cmdclass={"build_ext": build_c_library})
