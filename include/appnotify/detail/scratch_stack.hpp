// SPDX-License-Identifier: MIT
// A stack of trivially copyable items whose storage is kept between uses: the JSON walker's path
// and the members of the objects it is in. std::vector::push_back would do, but g++ leaves its
// emplace_back out of line in the walker's large functions, and the item built on the stack and
// copied by that call is read back as one wide load over narrower stores (a store-forwarding
// stall, a few percent of validation in time). Here the item is written in place.
#ifndef APPNOTIFY_DETAIL_SCRATCH_STACK_HPP
#define APPNOTIFY_DETAIL_SCRATCH_STACK_HPP

#include <cstddef>
#include <type_traits>
#include <vector>

namespace appnotify::detail {

template <typename Item>
class scratch_stack {
    static_assert(std::is_trivially_copyable_v<Item>, "items are overwritten, never destroyed");

public:
    /// A new top item, its fields left as the last item in that place had them: set them all.
    Item& push() {
        if (size_ == storage_.size()) grow();
        return storage_[size_++];
    }
    void pop() noexcept { --size_; }
    /// Drops the items from `size` on (a smaller size than the current one).
    void truncate(std::size_t size) noexcept { size_ = size; }
    void clear() noexcept { size_ = 0; }

    std::size_t size() const noexcept { return size_; }
    Item& operator[](std::size_t i) noexcept { return storage_[i]; }
    const Item& operator[](std::size_t i) const noexcept { return storage_[i]; }
    const Item* begin() const noexcept { return storage_.data(); }
    const Item* end() const noexcept { return storage_.data() + size_; }

private:
    void grow() { storage_.resize(storage_.empty() ? 16 : storage_.size() * 2); }

    std::vector<Item> storage_;
    std::size_t size_ = 0;
};

} // namespace appnotify::detail

#endif
