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

#endif // APPNOTIFY_CONFIG_HPP
