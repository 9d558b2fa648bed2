// SPDX-License-Identifier: MIT
// appnotify: a read-only view of consecutive elements owned by a result.
#ifndef APPNOTIFY_LIST_VIEW_HPP
#define APPNOTIFY_LIST_VIEW_HPP

#include <cstddef>

namespace appnotify {

/// What `std::span<const T>` would be in C++20: the actions of a notification, the member ids of
/// a Teams chat, the diagnostics of a result. Valid as long as the result that owns the elements.
template <typename T>
class list_view {
public:
    using value_type = T;
    using iterator = const T*;

    constexpr list_view() noexcept = default;
    constexpr list_view(const T* first, std::size_t count) noexcept : first_(first), count_(count) {}

    constexpr const T* begin() const noexcept { return first_; }
    constexpr const T* end() const noexcept { return first_ + count_; }
    constexpr std::size_t size() const noexcept { return count_; }
    constexpr bool empty() const noexcept { return count_ == 0; }
    constexpr const T& operator[](std::size_t i) const noexcept { return first_[i]; }
    constexpr const T& front() const noexcept { return first_[0]; }
    constexpr const T& back() const noexcept { return first_[count_ - 1]; }

private:
    const T* first_ = nullptr;
    std::size_t count_ = 0;
};

} // namespace appnotify

#endif // APPNOTIFY_LIST_VIEW_HPP
