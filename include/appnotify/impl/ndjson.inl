// SPDX-License-Identifier: MIT
// appnotify: the definitions of ndjson.hpp. Included by ndjson.hpp in header-only mode, and
// compiled once into src/appnotify.cpp in compiled mode (config.hpp: APPNOTIFY_HEADER_ONLY).
#ifndef APPNOTIFY_IMPL_NDJSON_INL
#define APPNOTIFY_IMPL_NDJSON_INL

#include <cstddef>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <simdjson.h>

#include "../ndjson.hpp"
#include "validate.inl"

namespace appnotify {
namespace detail {

struct ndjson_state {
    simdjson::ondemand::parser stream_parser;
    std::vector<char> batch;  // the lines being validated and simdjson's padding; only grows
    std::size_t batch_size = 0;
    std::string carry;        // the incomplete last line
    bool carry_overflow = false;
    std::size_t line_number = 0;

    void keep(std::string_view part, const validate_options& options) {
        // Keep at most one byte over the limit: that is enough to report the line as too large.
        const std::size_t room = options.max_input_bytes + 1 > carry.size() ? options.max_input_bytes + 1 - carry.size() : 0;
        if (part.size() > room) carry_overflow = true;
        carry.append(part.substr(0, room));
    }

    /// Copies carry + head into the padded batch buffer.
    void load_batch(std::string_view head) {
        const std::size_t size = carry.size() + head.size();
        const std::size_t needed = size + simdjson::SIMDJSON_PADDING;
        if (needed > batch.size()) batch.resize(needed);
        if (!carry.empty()) std::memcpy(batch.data(), carry.data(), carry.size());
        if (!head.empty()) std::memcpy(batch.data() + carry.size(), head.data(), head.size());
        std::memset(batch.data() + size, 0, simdjson::SIMDJSON_PADDING);
        batch_size = size;
    }

    static bool is_blank(std::string_view text) noexcept {
        for (const char c : text)
            if (c != ' ' && c != '\t' && c != '\r') return false;
        return true;
    }

    void emit(std::string_view line, const validation_result& record, record_callback on_record) const {
        const ndjson_record r{line_number, line, record};
        on_record.call(on_record.context, r);
    }

    void validate_alone(std::string_view line, const validate_options& options, validation_result& record,
                        record_callback on_record) {
        validate(line, record, options);
        emit(line, record, on_record);
    }

    void process_batch(const validate_options& options, validation_result& record, record_callback on_record) {
        const std::string_view text(batch.data(), batch_size);
        simdjson::ondemand::document_stream stream;
        // A stream needs its documents within one window; the batch is one window.
        bool stream_usable =
            stream_parser.iterate_many(batch.data(), batch_size, batch_size < 64 ? 64 : batch_size).get(stream) ==
            simdjson::SUCCESS;
        auto it = stream_usable ? stream.begin() : stream.end();
        std::size_t start = 0;
        while (start < text.size()) {
            std::size_t end = text.find('\n', start);
            if (end == std::string_view::npos) end = text.size();
            std::string_view line = text.substr(start, end - start);
            const std::size_t line_start = start;
            start = end + 1;
            ++line_number;
            if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
            // The size first: a reader stops at a line over the limit (line_too_large), so such a
            // line must be reported even when it is all spaces, or the stop would go unexplained.
            if (line.size() > options.max_input_bytes) {
                validate_alone(line, options, record, on_record);
                continue;
            }
            if (is_blank(line)) continue;
            if (stream_usable && it != stream.end() && record_from_stream(it, line, line_start, options, record, on_record)) {
                ++it;
                continue;
            }
            // From here on the stream may be out of step with the lines: validate them alone.
            stream_usable = false;
            validate_alone(line, options, record, on_record);
        }
    }

    /// Validates `line` from the stream's current document when they coincide exactly.
    bool record_from_stream(simdjson::ondemand::document_stream::iterator& it, std::string_view line,
                            std::size_t line_start, const validate_options& options, validation_result& record,
                            record_callback on_record) {
        // The stream's error first: after one (an unclosed string, say) it has no current
        // document, and its index and source would read past its structural indexes.
        auto document_result = *it;
        if (document_result.error() != simdjson::SUCCESS) return false;
        const std::size_t index = it.current_index();
        const std::string_view source = it.source();
        const std::size_t first = first_non_space(line, 0);
        if (index != line_start + first || first >= line.size() || line[first] != '{') return false;
        if (first + source.size() > line.size() || !is_blank(line.substr(first + source.size()))) return false;
        simdjson::ondemand::document_reference document;
        if (std::move(document_result).get(document) != simdjson::SUCCESS) return false;

        validation_storage& s = record.storage();
        s.sink.reset(true, options.max_diagnostics, &options.policy);
        s.content.clear();
        load_input(s, line);
        std::size_t body = 0, root = 0;
        if (!check_before_parsing(s, line, options, true, body, root)) return false;
        if (!start_detection(s, document, options)) return false;
        // A syntax error may have left the stream out of step: the caller revalidates alone.
        if (check_document(s, document, line, batch.data() + line_start, body, root, options, true, false))
            return false;
        record.finish();
        emit(line, record, on_record);
        return true;
    }
};

} // namespace detail

APPNOTIFY_EXTERNAL_LINKAGE ndjson_validator::ndjson_validator(validate_options options) : options_(std::move(options)) {}

APPNOTIFY_EXTERNAL_LINKAGE ndjson_validator::ndjson_validator(ndjson_validator&& other) noexcept
    : options_(other.options_), state_(std::move(other.state_)), record_(std::move(other.record_)) {}

APPNOTIFY_EXTERNAL_LINKAGE ndjson_validator& ndjson_validator::operator=(ndjson_validator&& other) noexcept {
    if (this != &other) {
        options_ = other.options_;
        state_ = std::move(other.state_);
        record_ = std::move(other.record_);
    }
    return *this;
}

APPNOTIFY_EXTERNAL_LINKAGE ndjson_validator::~ndjson_validator() = default;

APPNOTIFY_EXTERNAL_LINKAGE bool ndjson_validator::line_too_large() const noexcept {
    return state_ != nullptr && state_->carry.size() > options_.max_input_bytes;
}

APPNOTIFY_EXTERNAL_LINKAGE detail::ndjson_state& ndjson_validator::state() {
    if (!state_) state_ = std::make_unique<detail::ndjson_state>();
    return *state_;
}

APPNOTIFY_EXTERNAL_LINKAGE void ndjson_validator::feed_lines(std::string_view chunk, detail::record_callback on_record) {
    detail::ndjson_state& s = state();
    const std::size_t last_newline = chunk.rfind('\n');
    if (last_newline == std::string_view::npos) {
        s.keep(chunk, options_);
        return;
    }
    s.load_batch(chunk.substr(0, last_newline + 1));
    s.carry.clear();
    s.carry_overflow = false;
    s.keep(chunk.substr(last_newline + 1), options_);
    s.process_batch(options_, record_, on_record);
}

APPNOTIFY_EXTERNAL_LINKAGE void ndjson_validator::finish_lines(detail::record_callback on_record) {
    if (!state_ || state_->carry.empty()) return;
    detail::ndjson_state& s = *state_;
    s.carry.push_back('\n');
    s.load_batch({});
    s.carry.clear();
    s.carry_overflow = false;
    s.process_batch(options_, record_, on_record);
}

} // namespace appnotify

#endif // APPNOTIFY_IMPL_NDJSON_INL
