// SPDX-License-Identifier: MIT
// The definitions of the project's own simdjson::simdjson reach the code that uses appnotify.
#ifndef VENDORED_SIMDJSON
#error "appnotify does not pass on the project's simdjson::simdjson target"
#endif
