// SPDX-License-Identifier: MIT
// appnotify: diagnostics, the one format every check reports in.
#ifndef APPNOTIFY_DIAGNOSTIC_HPP
#define APPNOTIFY_DIAGNOSTIC_HPP

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace appnotify {

/// An error means the server would reject the payload or the notification cannot work as written;
/// a warning means it works but is suspicious or ignored.
enum class severity : std::uint8_t { warning, error };

/// Every problem appnotify can report. The kebab-case names (see `to_string`) are stable: tools
/// script against them and docs/diagnostics.md lists each with an example.
#define APPNOTIFY_DIAGNOSTIC_CODES(X)                                                              \
    /* input and JSON syntax */                                                                    \
    X(input_too_large, "input-too-large")                                                          \
    X(json_empty, "json-empty")                                                                    \
    X(json_byte_order_mark, "json-byte-order-mark")                                                \
    X(json_invalid_utf8, "json-invalid-utf8")                                                      \
    X(json_comment, "json-comment")                                                                \
    X(json_trailing_comma, "json-trailing-comma")                                                  \
    X(json_trailing_content, "json-trailing-content")                                              \
    X(json_control_character, "json-control-character")                                            \
    X(json_invalid_escape, "json-invalid-escape")                                                  \
    X(json_lone_surrogate, "json-lone-surrogate")                                                  \
    X(json_invalid_number, "json-invalid-number")                                                  \
    X(json_invalid_literal, "json-invalid-literal")                                                \
    X(json_unterminated_string, "json-unterminated-string")                                        \
    X(json_unexpected_end, "json-unexpected-end")                                                  \
    X(json_syntax, "json-syntax")                                                                  \
    X(json_nesting_too_deep, "json-nesting-too-deep")                                              \
    X(duplicate_key, "duplicate-key")                                                              \
    X(too_many_diagnostics, "too-many-diagnostics")                                                \
    /* payload structure */                                                                        \
    X(payload_not_object, "payload-not-object")                                                    \
    X(unknown_parameter, "unknown-parameter")                                                      \
    X(ignored_field, "ignored-field")                                                              \
    X(missing_required, "missing-required")                                                        \
    X(wrong_type, "wrong-type")                                                                    \
    X(empty_value, "empty-value")                                                                  \
    X(text_too_long, "text-too-long")                                                              \
    X(override_text_long, "override-text-long")                                                    \
    X(data_too_long, "data-too-long")                                                              \
    X(hidden_character, "hidden-character")                                                        \
    X(case_mismatch, "case-mismatch")                                                              \
    X(number_as_string, "number-as-string")                                                        \
    X(number_not_integer, "number-not-integer")                                                    \
    X(integer_out_of_range, "integer-out-of-range")                                                \
    X(invalid_option_value, "invalid-option-value")                                                \
    X(invalid_enum_value, "invalid-enum-value")                                                    \
    X(invalid_guid, "invalid-guid")                                                                \
    X(nil_guid, "nil-guid")                                                                        \
    X(invalid_logical_name, "invalid-logical-name")                                                \
    X(template_placeholder, "template-placeholder")                                                \
    X(markdown_in_plain_text, "markdown-in-plain-text")                                            \
    /* markdown */                                                                                 \
    X(markdown_link_refused, "markdown-link-refused")                                              \
    X(markdown_nested_link, "markdown-nested-link")                                                \
    X(markdown_too_deep, "markdown-too-deep")                                                      \
    X(markdown_input_too_large, "markdown-input-too-large")                                        \
    X(markdown_output_too_large, "markdown-output-too-large")                                      \
    /* recipient */                                                                                \
    X(recipient_bare_guid, "recipient-bare-guid")                                                  \
    X(recipient_team, "recipient-team")                                                            \
    X(recipient_not_systemuser, "recipient-not-systemuser")                                        \
    X(recipient_malformed, "recipient-malformed")                                                  \
    /* icon */                                                                                     \
    X(custom_icon_without_url, "custom-icon-without-url")                                          \
    X(icon_url_ignored, "icon-url-ignored")                                                        \
    /* OData annotations */                                                                        \
    X(odata_type_missing, "odata-type-missing")                                                    \
    X(odata_type_missing_hash, "odata-type-missing-hash")                                          \
    X(odata_type_mismatch, "odata-type-mismatch")                                                  \
    X(odata_type_unknown, "odata-type-unknown")                                                    \
    X(odata_annotation_orphan, "odata-annotation-orphan")                                          \
    /* actions */                                                                                  \
    X(legacy_action_form, "legacy-action-form")                                                    \
    X(teams_chat_conflict, "teams-chat-conflict")                                                  \
    X(teams_chat_no_target, "teams-chat-no-target")                                                \
    X(field_not_applicable, "field-not-applicable")                                                \
    /* links */                                                                                    \
    X(link_refused, "link-refused")                                                                \
    X(link_unknown_page_type, "link-unknown-page-type")                                            \
    X(link_unknown_parameter, "link-unknown-parameter")                                            \
    X(link_missing_parameter, "link-missing-parameter")                                            \
    X(link_repeated_parameter, "link-repeated-parameter")                                          \
    X(link_invalid_value, "link-invalid-value")                                                    \
    X(link_unencoded_data, "link-unencoded-data")                                                  \
    X(link_double_encoded, "link-double-encoded")                                                  \
    X(link_malformed_encoding, "link-malformed-encoding")                                          \
    X(link_app_conflict, "link-app-conflict")                                                      \
    X(link_app_mismatch, "link-app-mismatch")                                                      \
    X(link_other_host, "link-other-host")                                                          \
    X(link_invalid_context, "link-invalid-context")                                                \
    X(invalid_host_name, "invalid-host-name")                                                      \
    /* dialects */                                                                                 \
    X(dialect_unknown, "dialect-unknown")                                                          \
    X(dialect_ambiguous, "dialect-ambiguous")                                                      \
    X(custom_column, "custom-column")                                                              \
    X(legacy_owner, "legacy-owner")                                                                \
    X(invalid_date_time, "invalid-date-time")                                                      \
    X(past_date_time, "past-date-time")                                                            \
    X(payload_content_conflict, "payload-content-conflict")

enum class diagnostic_code : std::uint16_t {
#define APPNOTIFY_X(id, name) id,
    APPNOTIFY_DIAGNOSTIC_CODES(APPNOTIFY_X)
#undef APPNOTIFY_X
};

/// How many codes there are: their values are 0 to diagnostic_code_count - 1, in the order of
/// docs/diagnostics.md.
inline constexpr std::size_t diagnostic_code_count = 0
#define APPNOTIFY_X(id, name) +1
    APPNOTIFY_DIAGNOSTIC_CODES(APPNOTIFY_X)
#undef APPNOTIFY_X
    ;

/// The stable kebab-case name of a code, such as "invalid-guid".
[[nodiscard]] constexpr std::string_view to_string(diagnostic_code code) noexcept {
    switch (code) {
#define APPNOTIFY_X(id, name)                                                                      \
    case diagnostic_code::id: return name;
        APPNOTIFY_DIAGNOSTIC_CODES(APPNOTIFY_X)
#undef APPNOTIFY_X
    }
    return "unknown";
}

/// The code whose name (as `to_string` writes it) is `name`; none for any other text.
[[nodiscard]] constexpr std::optional<diagnostic_code> parse_diagnostic_code(std::string_view name) noexcept {
    for (std::size_t i = 0; i < diagnostic_code_count; ++i)
        if (to_string(static_cast<diagnostic_code>(i)) == name) return static_cast<diagnostic_code>(i);
    return std::nullopt;
}

[[nodiscard]] constexpr std::string_view to_string(severity level) noexcept {
    return level == severity::error ? "error" : "warning";
}

/// One problem found in an input. The views point into the result that produced the diagnostic
/// and stay valid as long as that result lives and is not reused.
///
/// The diagnostic concerns a span of the input: from `offset` (the spot the message is about)
/// to `end_offset`, exclusive, such as a string literal with its quotes, a number, a member
/// name, or inside a string the part at fault (a GUID, a query parameter), through escapes. An
/// empty span (`length() == 0`) is a point: the end of the input, or where something is missing.
struct diagnostic {
    diagnostic_code code{};
    appnotify::severity severity{};
    /// RFC 6901 JSON Pointer of the value concerned, e.g. "/Actions/actions/0/data/url".
    std::string_view path;
    /// Byte offset into the input, 0-based; line and column are 1-based, columns in characters.
    std::size_t offset = 0;
    std::size_t line = 1;
    std::size_t column = 1;
    std::string_view message;
    /// Where the span ends: the byte offset just past it, and that position's line and column
    /// (so a span of three characters on one line has end_column == column + 3).
    std::size_t end_offset = 0;
    std::size_t end_line = 1;
    std::size_t end_column = 1;

    [[nodiscard]] constexpr bool is_error() const noexcept { return severity == appnotify::severity::error; }
    /// The span's size in bytes.
    [[nodiscard]] constexpr std::size_t length() const noexcept { return end_offset - offset; }
};

/// Codes that say the input could not be read as a notification at all: it is too large, not
/// JSON, not an object, or like no payload of any dialect. Nothing else was checked, so they
/// are always errors: a diagnostic_policy cannot ignore or lower them.
[[nodiscard]] constexpr bool is_fatal(diagnostic_code code) noexcept {
    switch (code) {
    case diagnostic_code::input_too_large:
    case diagnostic_code::json_empty:
    case diagnostic_code::json_invalid_utf8:
    case diagnostic_code::json_comment:
    case diagnostic_code::json_trailing_comma:
    case diagnostic_code::json_trailing_content:
    case diagnostic_code::json_control_character:
    case diagnostic_code::json_invalid_escape:
    case diagnostic_code::json_lone_surrogate:
    case diagnostic_code::json_invalid_number:
    case diagnostic_code::json_invalid_literal:
    case diagnostic_code::json_unterminated_string:
    case diagnostic_code::json_unexpected_end:
    case diagnostic_code::json_syntax:
    case diagnostic_code::json_nesting_too_deep:
    case diagnostic_code::payload_not_object:
    case diagnostic_code::dialect_unknown: return true;
    default: return false;
    }
}

/// What a diagnostic_policy does with the diagnostics of one code.
enum class diagnostic_rule : std::uint8_t {
    keep,    // as the check reports them
    ignore,  // neither kept nor counted
    warning, // reported as warnings
    error,   // reported as errors
};

[[nodiscard]] constexpr std::string_view to_string(diagnostic_rule rule) noexcept {
    switch (rule) {
    case diagnostic_rule::keep: return "keep";
    case diagnostic_rule::ignore: return "ignore";
    case diagnostic_rule::warning: return "warning";
    case diagnostic_rule::error: return "error";
    }
    return "keep";
}

/// Which codes to ignore and which to report with another severity, as linters let their users
/// decide (`--ignore CODE`, `--error CODE`). A table of one byte per code: copying it is cheap
/// and applying it allocates nothing. Validation counts, keeps and judges the diagnostics after
/// the policy: an error made a warning no longer makes the result fail, a warning made an error
/// does. Fatal codes (`is_fatal`) cannot be ignored or lowered.
class diagnostic_policy {
public:
    /// Drops every diagnostic of `code`. False, changing nothing, for a fatal code.
    constexpr bool ignore(diagnostic_code code) noexcept { return set(code, diagnostic_rule::ignore); }
    /// Reports every diagnostic of `code` as `level`. False, changing nothing, when that would
    /// lower a fatal code.
    constexpr bool set_severity(diagnostic_code code, severity level) noexcept {
        return set(code, level == severity::error ? diagnostic_rule::error : diagnostic_rule::warning);
    }
    /// Sets the rule of `code`; false, changing nothing, when the code is fatal and the rule
    /// would ignore or lower it.
    constexpr bool set(diagnostic_code code, diagnostic_rule rule) noexcept {
        const auto i = static_cast<std::size_t>(code);
        if (i >= diagnostic_code_count) return false;
        if (is_fatal(code) && (rule == diagnostic_rule::ignore || rule == diagnostic_rule::warning)) return false;
        rules_[i] = rule;
        return true;
    }
    /// Back to every code's own severity.
    constexpr void clear() noexcept {
        for (diagnostic_rule& rule : rules_) rule = diagnostic_rule::keep;
    }

    [[nodiscard]] constexpr diagnostic_rule rule(diagnostic_code code) const noexcept {
        const auto i = static_cast<std::size_t>(code);
        return i < diagnostic_code_count ? rules_[i] : diagnostic_rule::keep;
    }
    /// The severity a diagnostic of `code` found as `level` is reported with; none when the
    /// policy ignores the code.
    [[nodiscard]] constexpr std::optional<severity> apply(diagnostic_code code, severity level) const noexcept {
        switch (rule(code)) {
        case diagnostic_rule::keep: return level;
        case diagnostic_rule::ignore: return std::nullopt;
        case diagnostic_rule::warning: return severity::warning;
        case diagnostic_rule::error: return severity::error;
        }
        return level;
    }

private:
    diagnostic_rule rules_[diagnostic_code_count] = {};
};

} // namespace appnotify

#endif // APPNOTIFY_DIAGNOSTIC_HPP
