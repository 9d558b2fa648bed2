// SPDX-License-Identifier: MIT
// appnotify: version of the library.
#ifndef APPNOTIFY_VERSION_HPP
#define APPNOTIFY_VERSION_HPP

#define APPNOTIFY_VERSION_MAJOR 0
#define APPNOTIFY_VERSION_MINOR 1
#define APPNOTIFY_VERSION_PATCH 0
#define APPNOTIFY_VERSION_STRING "0.1.0"

namespace appnotify {
inline constexpr const char* version_string = APPNOTIFY_VERSION_STRING;
} // namespace appnotify

#endif // APPNOTIFY_VERSION_HPP
