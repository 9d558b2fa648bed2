// SPDX-License-Identifier: MIT
// appnotify: the definitions of validate.hpp. Included by validate.hpp in header-only mode, and
// compiled once into src/appnotify.cpp in compiled mode (config.hpp: APPNOTIFY_HEADER_ONLY).
// Everything that needs simdjson and the checkers is here, not in validate.hpp.
#ifndef APPNOTIFY_IMPL_VALIDATE_INL
#define APPNOTIFY_IMPL_VALIDATE_INL

#include <cstddef>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <simdjson.h>

#include "../detail/action_checker.hpp"
#include "../detail/diagnostic_sink.hpp"
#include "../detail/dialect_checks.hpp"
#include "../detail/graph_checker.hpp"
#include "../detail/json_syntax.hpp"
#include "../detail/json_walker.hpp"
#include "../detail/push_checker.hpp"
#include "../detail/record_checker.hpp"
#include "../validate.hpp"

namespace appnotify {
namespace detail {

struct validation_storage {
    simdjson::ondemand::parser parser;
    std::unique_ptr<char[]> buffer;
    std::size_t buffer_capacity = 0;
    std::size_t input_size = 0;
    diagnostic_sink sink;
    walker_scratch scratch;
    notification_storage content;
    record_scratch record;
    dialect_detector detector;
    dialect_verdict verdict;
    /// The verdict was made on the members read before a syntax error.
    bool verdict_partial = false;
    appnotify::dialect dialect = appnotify::dialect::action;
    std::vector<diagnostic> diagnostics;
    std::string syntax_message;
};

/// What a result that holds no input shows.
inline constexpr notification no_notification{};
inline constexpr dialect_verdict no_verdict{};
} // namespace detail

APPNOTIFY_EXTERNAL_LINKAGE validation_result::validation_result() noexcept = default;

APPNOTIFY_EXTERNAL_LINKAGE validation_result::validation_result(validation_result&& other) noexcept
    : storage_(std::move(other.storage_)), errors_(other.errors_), warnings_(other.warnings_) {
    other.errors_ = other.warnings_ = 0;
}

APPNOTIFY_EXTERNAL_LINKAGE validation_result& validation_result::operator=(validation_result&& other) noexcept {
    if (this != &other) {
        storage_ = std::move(other.storage_);
        errors_ = other.errors_;
        warnings_ = other.warnings_;
        other.errors_ = other.warnings_ = 0;
    }
    return *this;
}

APPNOTIFY_EXTERNAL_LINKAGE validation_result::~validation_result() = default;

APPNOTIFY_EXTERNAL_LINKAGE const appnotify::notification& validation_result::notification() const& noexcept {
    return storage_ ? storage_->content.model : detail::no_notification;
}

APPNOTIFY_EXTERNAL_LINKAGE list_view<diagnostic> validation_result::diagnostics() const& noexcept {
    if (!storage_) return {};
    return {storage_->diagnostics.data(), storage_->diagnostics.size()};
}

APPNOTIFY_EXTERNAL_LINKAGE std::string_view validation_result::input() const& noexcept {
    if (!storage_) return {};
    return {storage_->buffer.get(), storage_->input_size};
}

APPNOTIFY_EXTERNAL_LINKAGE appnotify::dialect validation_result::dialect() const noexcept {
    return storage_ ? storage_->dialect : appnotify::dialect::action;
}

APPNOTIFY_EXTERNAL_LINKAGE const dialect_verdict& validation_result::detection() const& noexcept {
    return storage_ ? storage_->verdict : detail::no_verdict;
}

APPNOTIFY_EXTERNAL_LINKAGE detail::validation_storage& validation_result::storage() {
    if (!storage_) storage_ = std::make_unique<detail::validation_storage>();
    return *storage_;
}

APPNOTIFY_EXTERNAL_LINKAGE void validation_result::finish() {
    detail::validation_storage& s = *storage_;
    s.sink.finish(input(), s.diagnostics, detail::text_kind::json);
    s.content.finish();
    errors_ = s.sink.error_count();
    warnings_ = s.sink.warning_count();
}

namespace detail {

inline constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

/// Copies `json` into the padded buffer simdjson needs (the caller has checked its size).
inline void load_input(validation_storage& s, std::string_view json) {
    const std::size_t needed = json.size() + simdjson::SIMDJSON_PADDING;
    if (needed > s.buffer_capacity) {
        s.buffer.reset(new char[needed]);
        s.buffer_capacity = needed;
    }
    if (!json.empty()) std::memcpy(s.buffer.get(), json.data(), json.size());
    std::memset(s.buffer.get() + json.size(), 0, simdjson::SIMDJSON_PADDING);
    s.input_size = json.size();
}

/// Reports the exact syntax error simdjson ran into, and drops findings made after it.
inline void report_syntax_error(validation_storage& s, std::string_view input, std::size_t body_start,
                                const validate_options& options) {
    s.syntax_message.clear();
    const auto error = find_json_syntax_error(input.substr(body_start), depth_limit(options), s.syntax_message);
    if (error) {
        const std::size_t offset = body_start + error->offset;
        s.sink.discard_after(offset);
        s.sink.add(error->code, severity::error, offset, "", s.syntax_message);
    } else {
        // simdjson refused a document the strict scanner accepts: say so rather than guess.
        s.sink.add(diagnostic_code::json_syntax, severity::error, body_start, "",
                   "the JSON parser refused this input (simdjson); please report it with the input attached");
    }
}

/// Allocates the parser for `size` bytes; false (after a diagnostic) when it cannot.
inline bool prepare_parser(validation_storage& s, std::size_t size, const validate_options& options) {
    const std::size_t simdjson_depth = depth_limit(options) + 2;
    if (s.parser.max_depth() == simdjson_depth && s.parser.capacity() >= size) return true;
    const std::size_t capacity = size > s.parser.capacity() ? size : s.parser.capacity();
    if (s.parser.allocate(capacity, simdjson_depth) == simdjson::SUCCESS) return true;
    s.sink.add(diagnostic_code::input_too_large, severity::error, 0, "", "the input does not fit the JSON parser's memory");
    return false;
}

/// The dialect an array of payloads was meant as, recognized from its first element, so that
/// the array is refused in that dialect's words.
inline appnotify::dialect detect_array_dialect(validation_storage& s, std::string_view input, std::size_t body,
                                               const validate_options& options) {
    if (input.size() > options.max_input_bytes || !prepare_parser(s, input.size(), options))
        return appnotify::dialect::action;
    const simdjson::padded_string_view padded(input.data() + body, input.size() - body, s.buffer_capacity - body);
    simdjson::ondemand::document document;
    simdjson::ondemand::array array;
    if (s.parser.iterate(padded).get(document) != simdjson::SUCCESS || document.get_array().get(array) != simdjson::SUCCESS)
        return appnotify::dialect::action;
    for (auto element_result : array) {
        simdjson::ondemand::value element;
        simdjson::ondemand::object object;
        if (std::move(element_result).get(element) != simdjson::SUCCESS || element.get_object().get(object) != simdjson::SUCCESS)
            break;
        s.detector.reset();
        for (auto field_result : object) {
            simdjson::ondemand::field field;
            std::string_view key;
            if (std::move(field_result).get(field) != simdjson::SUCCESS || field.unescaped_key().get(key) != simdjson::SUCCESS)
                break;
            s.detector.add_member(key);
        }
        const dialect_verdict verdict = s.detector.verdict();
        return verdict.how == dialect_verdict::fit::clear ? verdict.dialect : appnotify::dialect::action;
    }
    return appnotify::dialect::action;
}

/// The checks made before parsing. Returns false when the verdict is already known; otherwise
/// `body` is where the JSON starts (after a byte order mark) and `root` its first character.
inline bool check_before_parsing(validation_storage& s, std::string_view input, const validate_options& options,
                                 bool collect, std::size_t& body, std::size_t& root) {
    body = 0;
    if (input.substr(0, 3) == utf8_bom) {
        body = 3;
        s.sink.add(diagnostic_code::json_byte_order_mark, severity::warning, 0, "",
                   "the input starts with a UTF-8 byte order mark, which JSON senders should not emit; it is ignored");
    }
    root = first_non_space(input, body);
    if (root == input.size()) {
        s.sink.add(diagnostic_code::json_empty, severity::error, root, "",
                   input.size() == body ? "the input is empty: expected a JSON object"
                                        : "the input holds only whitespace: expected a JSON object");
        return false;
    }
    if (input[root] == '{') return true;
    // Not an object: explain the JSON first if the value itself is broken, then the shape.
    s.syntax_message.clear();
    if (collect) {
        const auto error = find_json_syntax_error(input.substr(body), depth_limit(options), s.syntax_message);
        if (error && body + error->offset == root) {
            s.sink.add(error->code, severity::error, root, "", s.syntax_message);
            return false;
        }
    }
    if (input[root] == '[')
        s.sink.add(diagnostic_code::payload_not_object, severity::error, root, "",
                   array_message(options.dialect ? *options.dialect
                                 : collect      ? (s.verdict.dialect = s.dialect = detect_array_dialect(s, input, body, options))
                                                : appnotify::dialect::action));
    else
        s.sink.add(diagnostic_code::payload_not_object, severity::error, root, "",
                   "the payload must be a JSON object holding the notification's parameters");
    return false;
}

/// Sets `s.verdict`: the dialect asked for, or the one the document's members say. False when
/// the document was used up on a syntax error (see detect_dialect).
template <typename Document>
bool start_detection(validation_storage& s, Document& document, const validate_options& options) {
    if (options.dialect) {
        s.verdict = dialect_verdict{};
        s.verdict.dialect = *options.dialect;
        s.verdict.candidates = std::uint8_t(1u << static_cast<unsigned>(*options.dialect));
        s.verdict_partial = false;
        return true;
    }
    s.verdict_partial = !detect_dialect(document, s.detector, s.verdict);
    return !s.verdict_partial;
}

/// Runs `checker` on the document; true when it found that simdjson refused the JSON.
/// `complete` says the walk stopped nowhere (so it read every member of the root);
/// `root_names`, when given, is fed the names of those members.
template <typename Checker, typename Document>
bool run_checker(Checker&& checker, Document& document, std::string_view input, const char* base, std::size_t root,
                 bool whole_input, dialect_detector* root_names, bool& complete) {
    checker.feed_root_names(root_names);
    checker.start(input, base);
    checker.check(document, root);
    complete = !checker.stopped();
    bool trailing = false;
    if (whole_input && !checker.stopped()) {
        const char* end = nullptr;
        trailing = document.current_location().get(end) == simdjson::SUCCESS;
    }
    return checker.syntax_error() || trailing;
}

/// Runs the checker of `verdict` (the plain one when no dialect fits) on the document, as
/// run_checker.
template <typename Document>
bool run_dialect_checker(validation_storage& s, const dialect_verdict& verdict, Document& document,
                         std::string_view input, const char* base, std::size_t root, walk_limits limits,
                         bool whole_input, dialect_detector* root_names, bool& complete) {
    if (verdict.how == dialect_verdict::fit::unknown)
        return run_checker(plain_checker(s.sink, s.scratch, limits), document, input, base, root, whole_input,
                           root_names, complete);
    switch (verdict.dialect) {
    case appnotify::dialect::action: break;
    case appnotify::dialect::record:
        return run_checker(record_checker(s.sink, s.scratch, limits, s.content, s.record), document, input, base,
                           root, whole_input, root_names, complete);
    case appnotify::dialect::push:
        return run_checker(push_checker(s.sink, s.scratch, limits, s.content), document, input, base, root,
                           whole_input, root_names, complete);
    case appnotify::dialect::graph:
        return run_checker(graph_checker(s.sink, s.scratch, limits, s.content), document, input, base, root,
                           whole_input, root_names, complete);
    }
    return run_checker(action_checker(s.sink, s.scratch, limits, s.content), document, input, base, root,
                       whole_input, root_names, complete);
}

/// Checks a document simdjson has started to parse, as the dialect asked for or recognized.
/// `input` is its text and `base` where byte 0 of `input` sits in the buffer simdjson parses;
/// `whole_input` says the document must end the input (false for a document of a stream, whose
/// extent the stream already knows). Returns true when a syntax error was found.
template <typename Document>
bool check_document(validation_storage& s, Document& document, std::string_view input, const char* base,
                    std::size_t body, std::size_t root, const validate_options& options, bool collect,
                    bool whole_input) {
    const walk_limits limits{depth_limit(options)};
    const dialect_verdict& verdict = s.verdict;
    // A verdict on the members before a syntax error says too little to report: the error will.
    if (!options.dialect && !s.verdict_partial) report_verdict(s.sink, verdict, s.detector, root);
    s.dialect = verdict.dialect;
    bool complete = false;
    const bool syntax =
        run_dialect_checker(s, verdict, document, input, base, root, limits, whole_input, nullptr, complete);
    if (!syntax) return false;
    if (collect) report_syntax_error(s, input, body, options);
    else s.sink.add(diagnostic_code::json_syntax, severity::error, root, "", "");
    return true;
}

/// The dialect that alone has a member named as the first member of the object at `input[root]`
/// is written (escapes are not read: a name with one gives none); none when no dialect or
/// several have it.
inline std::optional<appnotify::dialect> dialect_of_first_member(std::string_view input, std::size_t root) {
    std::size_t i = first_non_space(input, root + 1);
    if (i >= input.size() || input[i] != '"') return std::nullopt;
    const std::size_t name = ++i;
    while (i < input.size() && input[i] != '"' && input[i] != '\\') ++i;
    if (i >= input.size() || input[i] != '"') return std::nullopt;
    const std::string_view key = input.substr(name, i - name);
    std::optional<appnotify::dialect> only;
    for (const appnotify::dialect d : all_dialects)
        for (const std::string_view member : members_of(d))
            if (member == key) {
                if (only) return std::nullopt;
                only = d;
                break;
            }
    return only;
}

/// Checks the document as dialect `guess` (the one its first member says), recognizing the
/// dialect from the root's members during that walk rather than in a pass over them before it
/// (the pass cost a tenth of a validation: it skips every value of the root). True when `guess` is
/// the dialect the members say, clearly (a verdict report_verdict has nothing to report on), and
/// the walk read them all without a syntax error: then the findings are exactly those of
/// detecting first. False otherwise, with everything reported and modelled undone and the
/// document used up: the caller parses it anew and detects first.
template <typename Document>
bool check_as_dialect(validation_storage& s, Document& document, std::string_view input, std::size_t root,
                      const validate_options& options, appnotify::dialect guess) {
    const diagnostic_sink::checkpoint before = s.sink.mark();
    s.detector.reset();
    dialect_verdict assumed;
    assumed.dialect = guess;
    assumed.candidates = std::uint8_t(1u << static_cast<unsigned>(guess));
    s.dialect = guess;
    bool complete = false;
    const bool syntax = run_dialect_checker(s, assumed, document, input, input.data(), root,
                                            walk_limits{depth_limit(options)}, true, &s.detector, complete);
    const dialect_verdict verdict = s.detector.verdict();
    if (!syntax && complete && verdict.how == dialect_verdict::fit::clear && verdict.dialect == guess) {
        s.verdict = verdict;
        s.verdict_partial = false;
        return true;
    }
    s.sink.rollback(before);
    s.content.clear();
    s.dialect = s.verdict.dialect;
    return false;
}

inline void run_validation(validation_storage& s, std::string_view json, const validate_options& options,
                           bool collect) {
    s.sink.reset(collect, options.max_diagnostics, &options.policy);
    s.content.clear();
    s.dialect = options.dialect ? *options.dialect : appnotify::dialect::action;
    s.verdict = dialect_verdict{};
    s.verdict.dialect = s.dialect;
    s.verdict_partial = false;
    if (json.size() > options.max_input_bytes) {
        s.input_size = 0;
        s.sink.add(diagnostic_code::input_too_large, severity::error, 0, "",
                   "the input is larger than the limit of ", options.max_input_bytes, " bytes");
        return;
    }
    load_input(s, json);
    const std::string_view input(s.buffer.get(), json.size());
    std::size_t body = 0, root = 0;
    if (!check_before_parsing(s, input, options, collect, body, root)) return;

    if (!prepare_parser(s, input.size(), options)) return;
    const simdjson::padded_string_view padded(input.data() + body, input.size() - body, s.buffer_capacity - body);
    simdjson::ondemand::document document;
    bool parsed = s.parser.iterate(padded).get(document) == simdjson::SUCCESS;
    // Most payloads say their dialect with their first member: checked as that dialect, the
    // walk recognizes it; only when the members say otherwise is the document read again.
    const std::optional<appnotify::dialect> guess =
        parsed && !options.dialect ? dialect_of_first_member(input, root) : std::nullopt;
    if (guess) {
        if (check_as_dialect(s, document, input, root, options, *guess)) return;
        parsed = s.parser.iterate(padded).get(document) == simdjson::SUCCESS;
    }
    // Recognizing the dialect reads the root's member names; when simdjson refuses the JSON on
    // the way, the document is parsed anew so that the checker reports what precedes the error.
    if (parsed && !start_detection(s, document, options))
        parsed = s.parser.iterate(padded).get(document) == simdjson::SUCCESS;
    if (!parsed) {
        if (!options.dialect) {
            s.verdict = detect_dialect_in_text(input.substr(body), s.detector);
            s.verdict_partial = true;
            s.dialect = s.verdict.dialect;
        }
        if (collect) report_syntax_error(s, input, body, options);
        else s.sink.add(diagnostic_code::json_syntax, severity::error, root, "", "");
        return;
    }
    check_document(s, document, input, input.data(), body, root, options, collect, true);
}

} // namespace detail

APPNOTIFY_EXTERNAL_LINKAGE void validate(std::string_view json, validation_result& result, const validate_options& options) {
    detail::run_validation(result.storage(), json, options, true);
    result.finish();
}

APPNOTIFY_EXTERNAL_LINKAGE validation_result validate(std::string_view json, const validate_options& options) {
    validation_result result;
    validate(json, result, options);
    return result;
}

APPNOTIFY_EXTERNAL_LINKAGE bool is_valid(std::string_view json, validation_result& scratch,
                                    const validate_options& options) {
    detail::validation_storage& s = scratch.storage();
    detail::run_validation(s, json, options, false);
    scratch.errors_ = s.sink.error_count();
    scratch.warnings_ = 0;
    s.diagnostics.clear();
    return scratch.errors_ == 0;
}

APPNOTIFY_EXTERNAL_LINKAGE bool is_valid(std::string_view json, const validate_options& options) {
    validation_result scratch;
    return is_valid(json, scratch, options);
}

APPNOTIFY_EXTERNAL_LINKAGE void format_result_json(output out, const validation_result& result,
                                              std::string_view input_name) {
    detail::write_to(out, [&](auto& o) {
        o.append("{\"input\":");
        detail::write_json_string(o, input_name);
        o.append(",\"dialect\":");
        const bool unknown = result.detection().how == dialect_verdict::fit::unknown;
        detail::write_json_string(o, unknown ? std::string_view("unknown") : to_string(result.dialect()));
        o.append(result.ok() ? ",\"valid\":true" : ",\"valid\":false");
        o.append(",\"diagnostics\":[");
        bool first = true;
        for (const diagnostic& d : result.diagnostics()) {
            if (!first) o.push_back(',');
            first = false;
            detail::write_diagnostic_json(o, d);
        }
        o.append("]}");
    });
}

} // namespace appnotify

#endif // APPNOTIFY_IMPL_VALIDATE_INL
