// SPDX-License-Identifier: MIT
// appnotify: what the library asks of the compiler, in one place.
#ifndef APPNOTIFY_CONFIG_HPP
#define APPNOTIFY_CONFIG_HPP

/// Marks a parameter whose object a function's result (or a constructed object) keeps a view
/// of, so that clang warns when a temporary is passed and the view would dangle:
///
///     appnotify::fixed_buffer b(char_array);   // b points into char_array: marked
///
/// `[[clang::lifetimebound]]` where the compiler has it, nothing elsewhere. On an accessor it
/// would follow the parenthesized parameters; the library's accessors into results are deleted
/// on rvalues instead, which every compiler enforces.
#if defined(__has_cpp_attribute)
#if __has_cpp_attribute(clang::lifetimebound)
#define APPNOTIFY_LIFETIMEBOUND [[clang::lifetimebound]]
#endif
#endif
#ifndef APPNOTIFY_LIFETIMEBOUND
#define APPNOTIFY_LIFETIMEBOUND
#endif

/// The mode the library is built in (docs/api.md, "Header-only or compiled"):
///   1 (the default): header-only. Every function is defined in the headers, inline.
///   0: compiled. The headers that validate (validate.hpp, ndjson.hpp) and the heavy entry
///      points only declare; one translation unit, src/appnotify.cpp (the CMake target
///      appnotify::compiled, meson's appnotify_compiled dependency, pkg-config's
///      appnotify_compiled), defines them, and no public header includes simdjson.h.
/// Every translation unit of a program must use the same mode.
#ifndef APPNOTIFY_HEADER_ONLY
#define APPNOTIFY_HEADER_ONLY 1
#endif

/// How a function that the compiled mode defines in src/appnotify.cpp is declared: inline when
/// header-only (the headers define it), with external linkage when compiled.
#if APPNOTIFY_HEADER_ONLY
#define APPNOTIFY_EXTERNAL_LINKAGE inline
#else
#define APPNOTIFY_EXTERNAL_LINKAGE
#endif

#endif // APPNOTIFY_CONFIG_HPP
