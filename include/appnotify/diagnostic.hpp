// SPDX-License-Identifier: MIT
// appnotify: diagnostics, the one format every check reports in.
#ifndef APPNOTIFY_DIAGNOSTIC_HPP
#define APPNOTIFY_DIAGNOSTIC_HPP

#include <cstddef>
#include <cstdint>
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

/// The stable kebab-case name of a code, such as "invalid-guid".
constexpr std::string_view to_string(diagnostic_code code) noexcept {
    switch (code) {
#define APPNOTIFY_X(id, name)                                                                      \
    case diagnostic_code::id: return name;
        APPNOTIFY_DIAGNOSTIC_CODES(APPNOTIFY_X)
#undef APPNOTIFY_X
    }
    return "unknown";
}

constexpr std::string_view to_string(severity level) noexcept {
    return level == severity::error ? "error" : "warning";
}

/// One problem found in an input. The views point into the result that produced the diagnostic
/// and stay valid as long as that result lives and is not reused.
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

    constexpr bool is_error() const noexcept { return severity == appnotify::severity::error; }
};

} // namespace appnotify

#endif // APPNOTIFY_DIAGNOSTIC_HPP
