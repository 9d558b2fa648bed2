// SPDX-License-Identifier: MIT
// appnotify: validating newline-delimited payloads (exports with one notification per line).
#ifndef APPNOTIFY_NDJSON_HPP
#define APPNOTIFY_NDJSON_HPP

#include <cstddef>
#include <memory>
#include <string_view>

#include "config.hpp"
#include "validate.hpp"

namespace appnotify {

/// One line of an NDJSON input and its validation. The views (and the result's model and
/// diagnostics) are valid only during the callback that receives the record, so a record cannot
/// be copied: keep what you need (the line number, a copy of the text, an owned_notification).
struct ndjson_record {
    std::size_t line_number; // 1-based
    std::string_view text;   // the line, without its line terminator
    const validation_result& result;

    ndjson_record(std::size_t line, std::string_view line_text APPNOTIFY_LIFETIMEBOUND,
                  const validation_result& validation APPNOTIFY_LIFETIMEBOUND) noexcept
        : line_number(line), text(line_text), result(validation) {}
    ndjson_record(const ndjson_record&) = delete;
    ndjson_record& operator=(const ndjson_record&) = delete;
};

namespace detail {
/// simdjson's document stream, the batch of lines it parses and the incomplete last line
/// (impl/ndjson.inl). Incomplete outside the implementation in compiled mode.
struct ndjson_state;

/// A callback on each record, its type erased, so that the lines are processed out of line.
struct record_callback {
    void* context;
    void (*call)(void* context, const ndjson_record& record);
};

template <typename OnRecord>
record_callback make_record_callback(OnRecord& on_record) noexcept {
    return {const_cast<void*>(static_cast<const void*>(std::addressof(on_record))),
            [](void* context, const ndjson_record& record) { (*static_cast<OnRecord*>(context))(record); }};
}
} // namespace detail

/// Validates newline-delimited JSON, one payload per line, in constant memory: feed the text in
/// chunks of any size and each complete line is validated as soon as it arrives. Complete lines
/// are parsed together with simdjson's document stream; a line the stream cannot map one-to-one
/// onto a document (a syntax error, two documents on a line, a document across lines) is
/// validated on its own, so every line gets exactly the diagnostics `validate` would give it.
/// Blank lines are skipped. A line longer than `max_input_bytes` is not kept in memory: it is
/// reported as too large. A moved-from validator starts a new input (its next line is line 1).
class ndjson_validator {
public:
    APPNOTIFY_EXTERNAL_LINKAGE explicit ndjson_validator(validate_options options = {});
    APPNOTIFY_EXTERNAL_LINKAGE ndjson_validator(ndjson_validator&& other) noexcept;
    APPNOTIFY_EXTERNAL_LINKAGE ndjson_validator& operator=(ndjson_validator&& other) noexcept;
    ndjson_validator(const ndjson_validator&) = delete;
    ndjson_validator& operator=(const ndjson_validator&) = delete;
    APPNOTIFY_EXTERNAL_LINKAGE ~ndjson_validator();

    /// Validates the complete lines in `carry + chunk`; calls `on_record(const ndjson_record&)`.
    template <typename OnRecord>
    void feed(std::string_view chunk, OnRecord&& on_record) {
        feed_lines(chunk, detail::make_record_callback(on_record));
    }

    /// True while the line being read (not yet ended by a newline) is longer than
    /// `max_input_bytes`: it is too large whatever follows, so a reader of an endless input
    /// (/dev/zero, a FIFO, a device) can stop reading here and call `finish`.
    [[nodiscard]] APPNOTIFY_EXTERNAL_LINKAGE bool line_too_large() const noexcept;

    /// Validates the last line when the input did not end with a newline.
    template <typename OnRecord>
    void finish(OnRecord&& on_record) {
        finish_lines(detail::make_record_callback(on_record));
    }

private:
    validate_options options_;
    std::unique_ptr<detail::ndjson_state> state_; // made on first use, dropped by a move
    validation_result record_;

    APPNOTIFY_EXTERNAL_LINKAGE void feed_lines(std::string_view chunk, detail::record_callback on_record);
    APPNOTIFY_EXTERNAL_LINKAGE void finish_lines(detail::record_callback on_record);
    APPNOTIFY_EXTERNAL_LINKAGE detail::ndjson_state& state();
};

} // namespace appnotify

#if APPNOTIFY_HEADER_ONLY
#include "impl/ndjson.inl"
#endif

#endif // APPNOTIFY_NDJSON_HPP
