// SPDX-License-Identifier: MIT
// FNV-1a, the one hash of the library: the JSON walker's index of an object's members and the
// notification ids the converter derives from a notification's text.
#ifndef APPNOTIFY_DETAIL_HASH_HPP
#define APPNOTIFY_DETAIL_HASH_HPP

#include <cstdint>
#include <string_view>

namespace appnotify::detail {

inline constexpr std::uint64_t fnv1a_basis = 1469598103934665603ull;

/// The 64-bit FNV-1a hash of `text`, continuing from `hash` (so that pieces can be hashed in turn).
constexpr std::uint64_t fnv1a(std::string_view text, std::uint64_t hash = fnv1a_basis) noexcept {
    for (const char c : text) hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return hash;
}

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_HASH_HPP
