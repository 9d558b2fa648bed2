// SPDX-License-Identifier: MIT
// appnotify: validating newline-delimited payloads (exports with one notification per line).
#ifndef APPNOTIFY_NDJSON_HPP
#define APPNOTIFY_NDJSON_HPP

#include <cstddef>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <simdjson.h>

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

/// Validates newline-delimited JSON, one payload per line, in constant memory: feed the text in
/// chunks of any size and each complete line is validated as soon as it arrives. Complete lines
/// are parsed together with simdjson's document stream; a line the stream cannot map one-to-one
/// onto a document (a syntax error, two documents on a line, a document across lines) is
/// validated on its own, so every line gets exactly the diagnostics `validate` would give it.
/// Blank lines are skipped. A line longer than `max_input_bytes` is not kept in memory: it is
/// reported as too large. A moved-from validator starts a new input (its next line is line 1).
class ndjson_validator {
public:
    explicit ndjson_validator(validate_options options = {}) : options_(options) {}
    ndjson_validator(ndjson_validator&& other) noexcept
        : options_(other.options_), stream_parser_(std::move(other.stream_parser_)), batch_(std::move(other.batch_)),
          batch_size_(other.batch_size_), carry_(std::move(other.carry_)), carry_overflow_(other.carry_overflow_),
          line_number_(other.line_number_), record_(std::move(other.record_)) {
        other.restart();
    }
    ndjson_validator& operator=(ndjson_validator&& other) noexcept {
        if (this != &other) {
            options_ = other.options_;
            stream_parser_ = std::move(other.stream_parser_);
            batch_ = std::move(other.batch_);
            batch_size_ = other.batch_size_;
            carry_ = std::move(other.carry_);
            carry_overflow_ = other.carry_overflow_;
            line_number_ = other.line_number_;
            record_ = std::move(other.record_);
            other.restart();
        }
        return *this;
    }
    ndjson_validator(const ndjson_validator&) = delete;
    ndjson_validator& operator=(const ndjson_validator&) = delete;
    ~ndjson_validator() = default;

    /// Validates the complete lines in `carry + chunk`; calls `on_record(const ndjson_record&)`.
    template <typename OnRecord>
    void feed(std::string_view chunk, OnRecord&& on_record) {
        const std::size_t last_newline = chunk.rfind('\n');
        if (last_newline == std::string_view::npos) {
            keep(chunk);
            return;
        }
        load_batch(chunk.substr(0, last_newline + 1));
        carry_.clear();
        carry_overflow_ = false;
        keep(chunk.substr(last_newline + 1));
        process_batch(on_record);
    }

    /// True while the line being read (not yet ended by a newline) is longer than
    /// `max_input_bytes`: it is too large whatever follows, so a reader of an endless input
    /// (/dev/zero, a FIFO, a device) can stop reading here and call `finish`.
    [[nodiscard]] bool line_too_large() const noexcept { return carry_.size() > options_.max_input_bytes; }

    /// Validates the last line when the input did not end with a newline.
    template <typename OnRecord>
    void finish(OnRecord&& on_record) {
        if (carry_.empty()) return;
        carry_.push_back('\n');
        load_batch({});
        carry_.clear();
        carry_overflow_ = false;
        process_batch(on_record);
    }

private:
    validate_options options_;
    simdjson::ondemand::parser stream_parser_;
    std::vector<char> batch_;  // the lines being validated and simdjson's padding; only grows
    std::size_t batch_size_ = 0;
    std::string carry_;        // the incomplete last line
    bool carry_overflow_ = false;
    std::size_t line_number_ = 0;
    validation_result record_;

    /// Forgets the input so far (after a move).
    void restart() noexcept {
        batch_.clear();
        batch_size_ = 0;
        carry_.clear();
        carry_overflow_ = false;
        line_number_ = 0;
    }

    void keep(std::string_view part) {
        // Keep at most one byte over the limit: that is enough to report the line as too large.
        const std::size_t room = options_.max_input_bytes + 1 > carry_.size() ? options_.max_input_bytes + 1 - carry_.size() : 0;
        if (part.size() > room) carry_overflow_ = true;
        carry_.append(part.substr(0, room));
    }

    /// Copies carry + head into the padded batch buffer.
    void load_batch(std::string_view head) {
        const std::size_t size = carry_.size() + head.size();
        const std::size_t needed = size + simdjson::SIMDJSON_PADDING;
        if (needed > batch_.size()) batch_.resize(needed);
        if (!carry_.empty()) std::memcpy(batch_.data(), carry_.data(), carry_.size());
        if (!head.empty()) std::memcpy(batch_.data() + carry_.size(), head.data(), head.size());
        std::memset(batch_.data() + size, 0, simdjson::SIMDJSON_PADDING);
        batch_size_ = size;
    }

    static bool is_blank(std::string_view text) noexcept {
        for (const char c : text)
            if (c != ' ' && c != '\t' && c != '\r') return false;
        return true;
    }

    template <typename OnRecord>
    void emit(std::string_view line, OnRecord& on_record) {
        const ndjson_record record{line_number_, line, record_};
        on_record(record);
    }

    template <typename OnRecord>
    void validate_alone(std::string_view line, OnRecord& on_record) {
        validate(line, record_, options_);
        emit(line, on_record);
    }

    template <typename OnRecord>
    void process_batch(OnRecord& on_record) {
        const std::string_view batch(batch_.data(), batch_size_);
        simdjson::ondemand::document_stream stream;
        // A stream needs its documents within one window; the batch is one window.
        bool stream_usable =
            stream_parser_.iterate_many(batch_.data(), batch_size_, batch_size_ < 64 ? 64 : batch_size_).get(stream) ==
            simdjson::SUCCESS;
        auto it = stream_usable ? stream.begin() : stream.end();
        std::size_t start = 0;
        while (start < batch.size()) {
            std::size_t end = batch.find('\n', start);
            if (end == std::string_view::npos) end = batch.size();
            std::string_view line = batch.substr(start, end - start);
            const std::size_t line_start = start;
            start = end + 1;
            ++line_number_;
            if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
            if (is_blank(line)) continue;
            if (line.size() > options_.max_input_bytes) {
                validate_alone(line, on_record);
                continue;
            }
            if (stream_usable && it != stream.end() && record_from_stream(it, line, line_start, on_record)) {
                ++it;
                continue;
            }
            // From here on the stream may be out of step with the lines: validate them alone.
            stream_usable = false;
            validate_alone(line, on_record);
        }
    }

    /// Validates `line` from the stream's current document when they coincide exactly.
    template <typename Iterator, typename OnRecord>
    bool record_from_stream(Iterator& it, std::string_view line, std::size_t line_start, OnRecord& on_record) {
        const std::size_t index = it.current_index();
        const std::string_view source = it.source();
        const std::size_t first = detail::first_non_space(line, 0);
        if (index != line_start + first || first >= line.size() || line[first] != '{') return false;
        if (first + source.size() > line.size() || !is_blank(line.substr(first + source.size()))) return false;
        auto document_result = *it;
        simdjson::ondemand::document_reference document;
        if (std::move(document_result).get(document) != simdjson::SUCCESS) return false;

        detail::validation_storage& s = record_.storage();
        s.sink.reset(true, options_.max_diagnostics, &options_.policy);
        s.content.clear();
        detail::load_input(s, line);
        std::size_t body = 0, root = 0;
        if (!detail::check_before_parsing(s, line, options_, true, body, root)) return false;
        if (!detail::start_detection(s, document, options_)) return false;
        // A syntax error may have left the stream out of step: the caller revalidates alone.
        if (detail::check_document(s, document, line, batch_.data() + line_start, body, root, options_, true, false))
            return false;
        record_.finish();
        emit(line, on_record);
        return true;
    }
};

} // namespace appnotify

#endif // APPNOTIFY_NDJSON_HPP
