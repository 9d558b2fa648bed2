// SPDX-License-Identifier: MIT
// appnotify: where rendered and formatted bytes go. Every renderer and formatter appends to an
// `output`: a std::string, a caller's fixed-size array that reports truncation, or a callback,
// the way fmt::format_to writes to any output. `std::string&` converts to an `output`, so the
// simple overloads read as before.
#ifndef APPNOTIFY_OUTPUT_HPP
#define APPNOTIFY_OUTPUT_HPP

#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>

#include "config.hpp"

namespace appnotify {

/// A caller-owned array filled from its start. What does not fit is not written but counted, so
/// `truncated()` says the output was cut and `wanted()` how large the array had to be. It writes
/// no terminating NUL; `view()` is what was written.
class fixed_buffer {
public:
    fixed_buffer(char* data APPNOTIFY_LIFETIMEBOUND, std::size_t capacity) noexcept
        : data_(data), capacity_(capacity) {}
    template <std::size_t N>
    explicit fixed_buffer(char (&array APPNOTIFY_LIFETIMEBOUND)[N]) noexcept : data_(array), capacity_(N) {}

    /// Appends what fits of `bytes`, and counts all of them.
    void append(std::string_view bytes) noexcept {
        const std::size_t room = capacity_ - size_;
        const std::size_t taken = bytes.size() < room ? bytes.size() : room;
        if (taken != 0) std::memcpy(data_ + size_, bytes.data(), taken);
        size_ += taken;
        wanted_ += bytes.size();
    }
    /// Starts again from the array's beginning.
    void clear() noexcept { size_ = wanted_ = 0; }

    [[nodiscard]] std::string_view view() const noexcept { return {data_, size_}; }
    [[nodiscard]] std::size_t size() const noexcept { return size_; }
    [[nodiscard]] std::size_t capacity() const noexcept { return capacity_; }
    /// The bytes the whole output had: more than `capacity()` when it was truncated.
    [[nodiscard]] std::size_t wanted() const noexcept { return wanted_; }
    [[nodiscard]] bool truncated() const noexcept { return wanted_ > size_; }

private:
    char* data_;
    std::size_t capacity_;
    std::size_t size_ = 0;
    std::size_t wanted_ = 0;
};

/// A non-owning reference to where bytes go; cheap to copy, valid while its target lives.
/// Renderers write straight into a std::string target and hand any other target their output in
/// large blocks (never a call per character).
class output {
public:
    /// Appends to `target` (its existing content is kept).
    output(std::string& target APPNOTIFY_LIFETIMEBOUND) noexcept // NOLINT(google-explicit-constructor)
        : string_(&target), context_(&target), write_(&write_string) {}
    /// Fills `target`, which records truncation.
    output(fixed_buffer& target APPNOTIFY_LIFETIMEBOUND) noexcept // NOLINT(google-explicit-constructor)
        : context_(&target), write_(&write_fixed) {}

    /// Calls `callback(std::string_view)` with each block of bytes; `callback` must outlive the
    /// output. The blocks' views are valid during the call only.
    template <typename Callback>
    [[nodiscard]] static output to_callback(Callback& callback APPNOTIFY_LIFETIMEBOUND) noexcept {
        static_assert(std::is_invocable_v<Callback&, std::string_view>,
                      "the callback must be callable with a std::string_view");
        return output(static_cast<void*>(std::addressof(callback)), [](void* context, std::string_view bytes) {
            (*static_cast<Callback*>(context))(bytes);
        });
    }

    void append(std::string_view bytes) const {
        if (!bytes.empty()) write_(context_, bytes);
    }
    /// The string this output appends to, or null when it is another kind of target: a
    /// renderer writes into it directly instead of staging.
    [[nodiscard]] std::string* string() const noexcept { return string_; }

private:
    using write_function = void (*)(void*, std::string_view);
    output(void* context, write_function write) noexcept : context_(context), write_(write) {}

    static void write_string(void* context, std::string_view bytes) { static_cast<std::string*>(context)->append(bytes); }
    static void write_fixed(void* context, std::string_view bytes) { static_cast<fixed_buffer*>(context)->append(bytes); }

    std::string* string_ = nullptr;
    void* context_;
    write_function write_;
};

namespace detail {
/// Runs `produce(std::string&)` for `out`: into the target itself when it is a string, otherwise
/// into `stage` (cleared first; keep one per renderer so that reuse allocates nothing), which is
/// then handed over in one block.
template <typename Produce>
void produce_into(output out, std::string& stage, Produce&& produce) {
    if (std::string* target = out.string()) {
        produce(*target);
        return;
    }
    stage.clear();
    produce(stage);
    out.append(stage);
}
} // namespace detail

} // namespace appnotify

#endif // APPNOTIFY_OUTPUT_HPP
