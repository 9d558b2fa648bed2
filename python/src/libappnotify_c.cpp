// SPDX-License-Identifier: MIT
// libappnotify_c as the Python package builds it: the C API's one implementation file, from the
// repository (setup.py puts the repository's root and include/ on the include path).
#include "c/appnotify_c.cpp"
