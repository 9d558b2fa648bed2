// SPDX-License-Identifier: MIT
// appnotify: version of the library.
#ifndef APPNOTIFY_VERSION_HPP
#define APPNOTIFY_VERSION_HPP

#define APPNOTIFY_VERSION_MAJOR 0
#define APPNOTIFY_VERSION_MINOR 2
#define APPNOTIFY_VERSION_PATCH 0
#define APPNOTIFY_VERSION_STRING "0.2.0"

namespace appnotify {
inline constexpr const char* version_string = APPNOTIFY_VERSION_STRING;
} // namespace appnotify

#endif // APPNOTIFY_VERSION_HPP
