// appnotify single header: check and render Power Apps in-app notifications.
//
// GENERATED FILE, DO NOT EDIT. Made by tools/amalgamate.py from include/appnotify/;
// edit those headers and run the script again.

// ---- appnotify/appnotify.hpp ----
// appnotify: check and render Power Apps in-app notifications.
// The umbrella header: include this one.
#ifndef APPNOTIFY_HPP
#define APPNOTIFY_HPP

// ---- appnotify/version.hpp ----
// appnotify: version of the library.
#ifndef APPNOTIFY_VERSION_HPP
#define APPNOTIFY_VERSION_HPP

#define APPNOTIFY_VERSION_MAJOR 0
#define APPNOTIFY_VERSION_MINOR 1
#define APPNOTIFY_VERSION_PATCH 0
#define APPNOTIFY_VERSION_STRING "0.1.0"

namespace appnotify {
inline constexpr const char* version_string = APPNOTIFY_VERSION_STRING;
} // namespace appnotify

#endif // APPNOTIFY_VERSION_HPP
// ---- appnotify/app_context.hpp ----
// appnotify: the organization and app that app-relative links are resolved against.
#ifndef APPNOTIFY_APP_CONTEXT_HPP
#define APPNOTIFY_APP_CONTEXT_HPP

#include <string_view>

namespace appnotify {

/// Where a notification is shown: the organization's URL and, optionally, the model-driven app.
/// `?pagetype=...` links mean nothing outside the app until resolved against this (links.hpp).
/// The views must outlive every use of the context.
struct app_context {
    /// The organization URL, such as "https://contoso.crm.dynamics.com" (on-premises servers may
    /// have a path: "http://crm/contoso"). Empty: links stay relative.
    std::string_view org_url;
    /// The app's id (AppModuleId), a GUID; braces are accepted. Written first as `appid=`.
    std::string_view app_id;
    /// The app's unique name (AppModule.UniqueName), used as `appname=` when there is no app id.
    std::string_view app_name;
};

} // namespace appnotify

#endif // APPNOTIFY_APP_CONTEXT_HPP
// ---- appnotify/diagnostic.hpp ----
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
    X(link_invalid_context, "link-invalid-context")

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
// ---- appnotify/link_policy.hpp ----
// appnotify: the one link policy. Every link the library renders or checks (markdown links,
// URL actions, icon URLs) is classified here; only the kinds below are ever emitted as links.
#ifndef APPNOTIFY_LINK_POLICY_HPP
#define APPNOTIFY_LINK_POLICY_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

// ---- appnotify/detail/guid.hpp ----
// GUID text checking: 8-4-4-4-12 hexadecimal digits, as Dataverse writes record ids.
#ifndef APPNOTIFY_DETAIL_GUID_HPP
#define APPNOTIFY_DETAIL_GUID_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace appnotify::detail {

constexpr bool is_hex_digit(char c) noexcept {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

enum class guid_problem : std::uint8_t {
    none,
    bad_length,    // not 36 characters (38 with braces)
    bad_character, // a non-hex digit where a digit belongs, or a digit where a hyphen belongs
};

struct guid_check {
    guid_problem problem = guid_problem::none;
    std::size_t at = 0;      // offset of the first offending character
    bool braced = false;     // written as {...}
    bool nil = false;        // all zeros
    std::string_view digits; // the 36 characters without braces
};

/// Checks `text` as a GUID; braces are accepted when `allow_braces` (the client API strips them).
constexpr guid_check check_guid(std::string_view text, bool allow_braces = true) noexcept {
    guid_check r;
    std::string_view core = text;
    std::size_t base = 0;
    if (allow_braces && text.size() == 38 && text.front() == '{' && text.back() == '}') {
        core = text.substr(1, 36);
        base = 1;
        r.braced = true;
    }
    bool nil = true;
    const std::size_t n = core.size() < 36 ? core.size() : 36;
    for (std::size_t i = 0; i < n; ++i) {
        const char c = core[i];
        const bool hyphen_place = i == 8 || i == 13 || i == 18 || i == 23;
        if (hyphen_place ? c != '-' : !is_hex_digit(c)) {
            r.problem = guid_problem::bad_character;
            r.at = base + i;
            return r;
        }
        if (!hyphen_place && c != '0') nil = false;
    }
    if (core.size() != 36) {
        r.problem = guid_problem::bad_length;
        r.at = base + n;
        return r;
    }
    r.nil = nil;
    r.digits = core;
    return r;
}

constexpr bool is_guid(std::string_view text, bool allow_braces = true) noexcept {
    return check_guid(text, allow_braces).problem == guid_problem::none;
}

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_GUID_HPP
// ---- appnotify/detail/suggest.hpp ----
// "Did you mean" for near misses: case, stray spaces and small typos.
#ifndef APPNOTIFY_DETAIL_SUGGEST_HPP
#define APPNOTIFY_DETAIL_SUGGEST_HPP

#include <cstddef>
#include <initializer_list>
#include <string_view>

namespace appnotify::detail {

constexpr char ascii_lower(char c) noexcept { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; }

constexpr bool equals_ignoring_case(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
    return true;
}

constexpr std::string_view trim_spaces(std::string_view s) noexcept {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

/// Case-insensitive optimal string alignment distance, or `limit + 1` once it exceeds `limit`.
/// Only short words are compared, so the quadratic table stays tiny whatever the input.
constexpr std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) noexcept {
    constexpr std::size_t max_len = 40;
    if (a.size() > max_len || b.size() > max_len) return limit + 1;
    const std::size_t diff = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
    if (diff > limit) return limit + 1;
    std::size_t prev2[max_len + 1]{}, prev[max_len + 1]{}, cur[max_len + 1]{};
    for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        std::size_t row_min = cur[0];
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const bool same = ascii_lower(a[i - 1]) == ascii_lower(b[j - 1]);
            std::size_t best = prev[j - 1] + (same ? 0 : 1);
            if (prev[j] + 1 < best) best = prev[j] + 1;
            if (cur[j - 1] + 1 < best) best = cur[j - 1] + 1;
            if (i > 1 && j > 1 && ascii_lower(a[i - 1]) == ascii_lower(b[j - 2]) &&
                ascii_lower(a[i - 2]) == ascii_lower(b[j - 1]) && prev2[j - 2] + 1 < best)
                best = prev2[j - 2] + 1;
            cur[j] = best;
            if (best < row_min) row_min = best;
        }
        if (row_min > limit) return limit + 1;
        for (std::size_t j = 0; j <= b.size(); ++j) {
            prev2[j] = prev[j];
            prev[j] = cur[j];
        }
    }
    return prev[b.size()] <= limit ? prev[b.size()] : limit + 1;
}

/// The candidate `input` most plausibly meant, or an empty view. Exact matches are not
/// suggestions: callers only ask about values they already rejected.
template <typename Candidates>
constexpr std::string_view suggest(std::string_view input, const Candidates& candidates) noexcept {
    const std::string_view trimmed = trim_spaces(input);
    for (const std::string_view c : candidates)
        if (equals_ignoring_case(trimmed, c)) return c;
    const std::size_t limit = trimmed.size() <= 4 ? 1 : trimmed.size() <= 10 ? 2 : 3;
    std::string_view best;
    std::size_t best_distance = limit + 1;
    for (const std::string_view c : candidates) {
        const std::size_t d = edit_distance(trimmed, c, limit);
        if (d < best_distance) {
            best_distance = d;
            best = c;
        }
    }
    return best;
}

constexpr std::string_view suggest(std::string_view input, std::initializer_list<std::string_view> candidates) noexcept {
    return suggest<std::initializer_list<std::string_view>>(input, candidates);
}

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_SUGGEST_HPP
// ---- appnotify/detail/utf8.hpp ----
// UTF-8 decoding and measuring, strict per RFC 3629 (no overlongs, no surrogates, <= U+10FFFF).
#ifndef APPNOTIFY_DETAIL_UTF8_HPP
#define APPNOTIFY_DETAIL_UTF8_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace appnotify::detail {

enum class utf8_error : std::uint8_t {
    none,
    unexpected_continuation, // 0x80..0xBF where a sequence should start
    invalid_lead,            // 0xC0, 0xC1, 0xF5..0xFF
    truncated,               // lead byte without enough continuation bytes
    overlong,                // a shorter sequence exists for the same code point
    surrogate,               // U+D800..U+DFFF encoded directly
    too_large,               // beyond U+10FFFF
};

constexpr std::string_view describe(utf8_error error) noexcept {
    switch (error) {
    case utf8_error::none: return "valid";
    case utf8_error::unexpected_continuation: return "a continuation byte with no lead byte";
    case utf8_error::invalid_lead: return "a byte that never occurs in UTF-8";
    case utf8_error::truncated: return "a truncated multi-byte sequence";
    case utf8_error::overlong: return "an overlong encoding";
    case utf8_error::surrogate: return "an encoded UTF-16 surrogate";
    case utf8_error::too_large: return "a code point beyond U+10FFFF";
    }
    return "invalid";
}

struct utf8_decoded {
    char32_t code_point = 0;
    std::uint8_t length = 0; // bytes consumed; at least 1 even on error
    utf8_error error = utf8_error::none;
};

/// Decodes the sequence starting at `text[at]`. On error, `length` is the number of bytes that
/// form the broken sequence, so a caller can resynchronise after it.
constexpr utf8_decoded decode_utf8(std::string_view text, std::size_t at) noexcept {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(at);
    if (lead < 0x80) return {lead, 1, utf8_error::none};
    if (lead < 0xC0) return {0, 1, utf8_error::unexpected_continuation};
    if (lead < 0xC2 || lead > 0xF4) {
        // 0xC0/0xC1 can only start overlong two-byte sequences.
        if (lead == 0xC0 || lead == 0xC1) {
            const bool has_tail = at + 1 < text.size() && (byte(at + 1) & 0xC0) == 0x80;
            return {0, static_cast<std::uint8_t>(has_tail ? 2 : 1), utf8_error::overlong};
        }
        return {0, 1, utf8_error::invalid_lead};
    }
    const std::size_t need = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    char32_t cp = lead & (need == 2 ? 0x1F : need == 3 ? 0x0F : 0x07);
    std::size_t got = 1;
    for (; got < need; ++got) {
        if (at + got >= text.size() || (byte(at + got) & 0xC0) != 0x80)
            return {0, static_cast<std::uint8_t>(got), utf8_error::truncated};
        cp = (cp << 6) | (byte(at + got) & 0x3F);
    }
    const auto len = static_cast<std::uint8_t>(need);
    if ((need == 3 && cp < 0x800) || (need == 4 && cp < 0x10000)) return {0, len, utf8_error::overlong};
    if (cp >= 0xD800 && cp <= 0xDFFF) return {0, len, utf8_error::surrogate};
    if (cp > 0x10FFFF) return {0, len, utf8_error::too_large};
    return {cp, len, utf8_error::none};
}

/// Offset of the first invalid sequence, or npos when `text` is valid UTF-8.
constexpr std::size_t find_invalid_utf8(std::string_view text, utf8_error* error = nullptr) noexcept {
    std::size_t i = 0;
    while (i < text.size()) {
        if (static_cast<unsigned char>(text[i]) < 0x80) {
            ++i;
            continue;
        }
        const utf8_decoded d = decode_utf8(text, i);
        if (d.error != utf8_error::none) {
            if (error) *error = d.error;
            return i;
        }
        i += d.length;
    }
    return std::string_view::npos;
}

/// Length in UTF-16 code units, the unit Dataverse measures string columns in.
constexpr std::size_t utf16_length(std::string_view valid_utf8) noexcept {
    std::size_t units = 0;
    for (const char c : valid_utf8) {
        const auto b = static_cast<unsigned char>(c);
        if ((b & 0xC0) != 0x80) ++units;  // one unit per code point...
        if (b >= 0xF0) ++units;           // ...and a second for those beyond the BMP
    }
    return units;
}

/// Number of code points (each invalid byte counts as one).
constexpr std::size_t count_code_points(std::string_view text) noexcept {
    std::size_t n = 0;
    for (const char c : text)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    return n;
}

/// Appends the UTF-8 encoding of a valid scalar value.
template <typename String>
void append_utf8(String& out, char32_t cp) {
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_UTF8_HPP

namespace appnotify {

enum class link_kind : std::uint8_t {
    app_relative,  // ?pagetype=entityrecord&etn=incident&id=...
    main_aspx,     // main.aspx?... or /main.aspx?...
    root_relative, // /WebResources/...
    absolute,      // http:, https:, mailto:, tel:
    fragment,      // #section
    refused,
};

enum class link_refusal : std::uint8_t {
    none,
    empty,             // nothing but whitespace
    dangerous_scheme,  // javascript:, vbscript:, data:, file: (however disguised)
    unknown_scheme,    // any other scheme (ms-settings:, livescript:, ftp:...)
    protocol_relative, // //host or \\host: leaves the app for another host
    relative_path,     // page.htm, ../x: meaningless outside a known base
};

constexpr std::string_view to_string(link_kind kind) noexcept {
    switch (kind) {
    case link_kind::app_relative: return "app-relative";
    case link_kind::main_aspx: return "main.aspx";
    case link_kind::root_relative: return "root-relative";
    case link_kind::absolute: return "absolute";
    case link_kind::fragment: return "fragment";
    case link_kind::refused: return "refused";
    }
    return "refused";
}

constexpr std::string_view to_string(link_refusal refusal) noexcept {
    switch (refusal) {
    case link_refusal::none: return "allowed";
    case link_refusal::empty: return "the link is empty";
    case link_refusal::dangerous_scheme: return "the scheme can run code or read local files";
    case link_refusal::unknown_scheme: return "only http, https, mailto and tel links are allowed";
    case link_refusal::protocol_relative: return "a link starting with // leaves the app for another host";
    case link_refusal::relative_path:
        return "a relative path has no meaning outside the page it was written for; start it with / or ?";
    }
    return "refused";
}

struct link_check {
    link_kind kind = link_kind::refused;
    link_refusal refusal = link_refusal::none;
    /// The scheme as the browser would see it, lowercased (without ':'), for absolute and
    /// scheme-refused links; up to 32 characters.
    char scheme[33] = {};
    /// Where the link starts once leading spaces and control characters are stripped, as
    /// browsers strip them.
    std::size_t offset = 0;

    constexpr bool allowed() const noexcept { return kind != link_kind::refused; }
    constexpr std::string_view scheme_name() const noexcept {
        std::size_t n = 0;
        while (n < sizeof scheme && scheme[n] != '\0') ++n;
        return {scheme, n};
    }
};

namespace detail {

/// Decodes one character of a disguised scheme at `text[i]`: a percent escape (%3A), an HTML
/// character reference (&#58; &#x3a; &colon; &Tab;...), or the byte itself. Returns the decoded
/// code point and advances `i`.
constexpr char32_t decode_disguised(std::string_view text, std::size_t& i) noexcept {
    const auto hex = [](char c) -> int {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    };
    const char c = text[i];
    if (c == '%' && i + 2 < text.size() && hex(text[i + 1]) >= 0 && hex(text[i + 2]) >= 0) {
        const char32_t v = static_cast<char32_t>(hex(text[i + 1]) * 16 + hex(text[i + 2]));
        i += 3;
        return v;
    }
    if (c == '&' && i + 1 < text.size()) {
        std::size_t j = i + 1;
        if (text[j] == '#') {
            ++j;
            const bool is_hex = j < text.size() && (text[j] == 'x' || text[j] == 'X');
            if (is_hex) ++j;
            char32_t v = 0;
            std::size_t digits = 0;
            while (j < text.size() && digits < 8) {
                const int d = is_hex ? hex(text[j]) : (text[j] >= '0' && text[j] <= '9' ? text[j] - '0' : -1);
                if (d < 0) break;
                v = v * (is_hex ? 16 : 10) + static_cast<char32_t>(d);
                ++j;
                ++digits;
            }
            if (digits != 0) {
                if (j < text.size() && text[j] == ';') ++j; // browsers accept a missing ';'
                i = j;
                return v;
            }
        } else {
            // The named references that can spell a scheme separator or hide whitespace.
            constexpr std::string_view names[] = {"colon", "Tab", "NewLine", "nbsp", "sol", "bsol", "period"};
            constexpr char32_t values[] = {':', '\t', '\n', 0xA0, '/', '\\', '.'};
            for (std::size_t k = 0; k < sizeof names / sizeof names[0]; ++k) {
                const std::string_view n = names[k];
                if (text.substr(j, n.size()) == n) {
                    std::size_t end = j + n.size();
                    if (end < text.size() && text[end] == ';') ++end;
                    i = end;
                    return values[k];
                }
            }
        }
    }
    ++i;
    return static_cast<unsigned char>(c);
}

constexpr bool is_ignorable_in_scheme(char32_t c) noexcept {
    // C0 controls and space (stripped or skipped by browsers and by the decoders of old ones),
    // DEL, NBSP and the zero-width characters that make a word look unbroken.
    return c <= 0x20 || c == 0x7F || c == 0xA0 || (c >= 0x200B && c <= 0x200D) || c == 0xFEFF;
}

/// Skips the tabs and newlines browsers remove from anywhere in a URL.
constexpr std::size_t skip_url_tabs(std::string_view text, std::size_t i) noexcept {
    while (i < text.size() && (text[i] == '\t' || text[i] == '\n' || text[i] == '\r')) ++i;
    return i;
}

/// True when `text` from `from` reads `prefix` (ASCII case-insensitively) the way a browser reads
/// it: with tabs and newlines removed, and nothing decoded.
constexpr bool raw_starts_with(std::string_view text, std::size_t from, std::string_view prefix) noexcept {
    std::size_t k = 0;
    for (std::size_t i = skip_url_tabs(text, from); i < text.size() && k < prefix.size(); i = skip_url_tabs(text, i + 1)) {
        if (ascii_lower(text[i]) != ascii_lower(prefix[k])) return false;
        ++k;
    }
    return k == prefix.size();
}

/// The index of the character after `prefix` once `raw_starts_with(text, from, prefix)` holds
/// (`text.size()` at the end).
constexpr std::size_t raw_index_after(std::string_view text, std::size_t from, std::size_t prefix_size) noexcept {
    std::size_t i = skip_url_tabs(text, from);
    for (std::size_t k = 0; k < prefix_size && i < text.size(); ++k) i = skip_url_tabs(text, i + 1);
    return i;
}

} // namespace detail

/// Classifies a link destination (the text of a JSON string or a markdown destination after its
/// own unescaping). Scheme detection sees through case, leading whitespace and control
/// characters, percent-encoding and HTML character references, repeatedly, so that
/// `JaVaScRiPt:`, ` \x01javascript:`, `java&#x09;script:`, `javascript&colon;` and
/// `javascript%3A` are all refused. The kind of an allowed link is then read from the text itself,
/// as a browser reads it: `%3Fpagetype=...` or `&#104;ttps://...` are relative paths, not an
/// app-relative or an https link, and are refused.
constexpr link_check check_link(std::string_view destination) noexcept {
    link_check r;
    // Decode the leading part repeatedly (%26%2358%3B is "&#58;" is ":"), keeping what matters to
    // the scheme: letters, digits, '+', '-', '.', and the first ':' or '/' '\' '?' '#'.
    char lead[64] = {};
    std::size_t n = 0;
    {
        std::string_view text = destination;
        char buffer[2][256] = {};
        int which = 0;
        for (int round = 0; round < 4; ++round) {
            std::size_t i = 0, out = 0;
            bool changed = false;
            // Ignorable characters are dropped here rather than kept in the window: however many
            // tabs or invisible characters a link holds, the window sees what follows them
            // (a browser removes tabs and newlines, so "/<300 tabs>/host" is "//host").
            while (i < text.size() && out < sizeof buffer[0]) {
                const std::size_t before = i;
                char32_t c = 0;
                if (static_cast<unsigned char>(text[i]) >= 0x80) {
                    const detail::utf8_decoded d = detail::decode_utf8(text, i);
                    c = d.error == detail::utf8_error::none ? d.code_point : 0x80;
                    i += d.length;
                } else {
                    c = detail::decode_disguised(text, i);
                    if (i - before != 1 || c != static_cast<unsigned char>(text[before])) changed = true;
                }
                if (detail::is_ignorable_in_scheme(c)) {
                    changed = true;
                    continue;
                }
                buffer[which][out++] = c < 0x80 ? static_cast<char>(c) : static_cast<char>(0x80); // non-ASCII marker
            }
            text = std::string_view(buffer[which], out);
            which ^= 1;
            if (!changed) break;
        }
        for (std::size_t i = 0; i < text.size() && n < sizeof lead; ++i) {
            const char c = text[i];
            if (detail::is_ignorable_in_scheme(static_cast<unsigned char>(c))) {
                // Whitespace before anything else is stripped; inside a would-be scheme it is
                // removed the way old browsers did, which is what attackers rely on.
                continue;
            }
            lead[n++] = c;
        }
    }
    const std::string_view head(lead, n);
    while (r.offset < destination.size() && static_cast<unsigned char>(destination[r.offset]) <= 0x20) ++r.offset;
    if (head.empty()) {
        r.refusal = link_refusal::empty;
        return r;
    }
    // A scheme: a letter, then letters, digits, '+', '-' or '.', then ':'.
    std::size_t colon = 0;
    const auto is_alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    if (is_alpha(head[0])) {
        std::size_t i = 1;
        while (i < head.size() && (is_alpha(head[i]) || (head[i] >= '0' && head[i] <= '9') || head[i] == '+' ||
                                   head[i] == '-' || head[i] == '.'))
            ++i;
        if (i < head.size() && head[i] == ':') colon = i;
    }
    if (colon != 0) {
        for (std::size_t i = 0; i < colon && i < 32; ++i) r.scheme[i] = detail::ascii_lower(head[i]);
        const std::string_view scheme = r.scheme_name();
        if (scheme == "http" || scheme == "https" || scheme == "mailto" || scheme == "tel") {
            // Allowed only when written plainly: a scheme spelled with escapes or hidden
            // characters is a relative path to a browser, and a trick to anyone else.
            const std::size_t after = detail::raw_index_after(destination, r.offset, scheme.size());
            if (detail::raw_starts_with(destination, r.offset, scheme) && after < destination.size() &&
                destination[after] == ':')
                r.kind = link_kind::absolute;
            else
                r.refusal = link_refusal::relative_path;
            return r;
        }
        r.refusal = scheme == "javascript" || scheme == "vbscript" || scheme == "data" || scheme == "file" ||
                            scheme == "livescript" || scheme == "mocha"
                        ? link_refusal::dangerous_scheme
                        : link_refusal::unknown_scheme;
        return r;
    }
    const char first = head[0];
    const char second = head.size() > 1 ? head[1] : '\0';
    if ((first == '/' || first == '\\') && (second == '/' || second == '\\')) {
        r.refusal = link_refusal::protocol_relative;
        return r;
    }
    const std::size_t at = detail::skip_url_tabs(destination, r.offset);
    const char raw_first = at < destination.size() ? destination[at] : '\0';
    std::size_t end = destination.size();
    while (end > at && static_cast<unsigned char>(destination[end - 1]) <= 0x20) --end;
    const auto ends_path = [&](std::size_t i) { return i >= end || destination[i] == '?' || destination[i] == '#'; };
    if (raw_first == '?') r.kind = link_kind::app_relative;
    else if (raw_first == '#') r.kind = link_kind::fragment;
    else if (detail::raw_starts_with(destination, at, "/main.aspx") &&
             ends_path(detail::raw_index_after(destination, at, 10)))
        r.kind = link_kind::main_aspx;
    else if (raw_first == '/') r.kind = link_kind::root_relative;
    else if (detail::raw_starts_with(destination, at, "main.aspx") && ends_path(detail::raw_index_after(destination, at, 9)))
        r.kind = link_kind::main_aspx;
    else r.refusal = link_refusal::relative_path;
    return r;
}

/// The hook through which renderers turn an allowed link destination into the href they emit.
/// The markdown renderers call it for every link the policy allows; the app-link resolver
/// (links.hpp) implements it to emit absolute URLs for an organization and app. Without one,
/// the destination itself is the href.
class link_rewriter {
public:
    /// Appends the href for `destination` (which `check` allowed) to `href`, or returns false to
    /// refuse the link after all: it is then rendered as plain text.
    virtual bool rewrite(std::string_view destination, const link_check& check, std::string& href) const = 0;

protected:
    link_rewriter() = default;
    link_rewriter(const link_rewriter&) = default;
    link_rewriter& operator=(const link_rewriter&) = default;
    ~link_rewriter() = default;
};

} // namespace appnotify

#endif // APPNOTIFY_LINK_POLICY_HPP
// ---- appnotify/links.hpp ----
// appnotify: links of a notification. Checks model-driven app links (`?pagetype=...`,
// main.aspx, /WebResources/...) by page type, resolves them to absolute URLs for an
// organization and app, and builds the URLs of side-pane pages and Teams chats.
#ifndef APPNOTIFY_LINKS_HPP
#define APPNOTIFY_LINKS_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

// ---- appnotify/detail/diagnostic_sink.hpp ----
// Collects diagnostics while a check runs and turns them into the public form at the end.
// Paths and messages are written into one reusable text arena; views into it are only made once
// the arena has stopped growing, so a reused sink allocates nothing in steady state.
#ifndef APPNOTIFY_DETAIL_DIAGNOSTIC_SINK_HPP
#define APPNOTIFY_DETAIL_DIAGNOSTIC_SINK_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

// ---- appnotify/detail/format.hpp ----
// Building diagnostic messages: pieces appended to one buffer, user text quoted safely.
#ifndef APPNOTIFY_DETAIL_FORMAT_HPP
#define APPNOTIFY_DETAIL_FORMAT_HPP

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>


namespace appnotify::detail {

/// User text shown inside a message, in double quotes. Messages end up on terminals and in logs,
/// so control, bidi-override and invalid bytes are written as escapes, and long text is cut.
struct quoted {
    std::string_view text;
    std::size_t max_chars = 60;
};

/// A single character shown as 'x', or as U+XXXX when it is not printable ASCII.
struct shown_char {
    std::string_view text;
    std::size_t at;
};

constexpr bool must_escape_in_message(char32_t cp) noexcept {
    return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || (cp >= 0x200B && cp <= 0x200F) ||
           (cp >= 0x2028 && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF ||
           (cp >= 0xE0000 && cp <= 0xE007F);
}

inline void append_hex(std::string& out, std::uint32_t value, int min_digits) {
    constexpr char digits[] = "0123456789ABCDEF";
    char buf[8];
    int n = 0;
    do {
        buf[n++] = digits[value & 0xF];
        value >>= 4;
    } while (value != 0 || n < min_digits);
    while (n != 0) out.push_back(buf[--n]);
}

inline void append_piece(std::string& out, std::string_view text) { out.append(text); }
inline void append_piece(std::string& out, const char* text) { out.append(text); }
inline void append_piece(std::string& out, char c) { out.push_back(c); }

template <typename Integer, typename = std::enable_if_t<std::is_integral_v<Integer> && !std::is_same_v<Integer, char> && !std::is_same_v<Integer, bool>>>
inline void append_piece(std::string& out, Integer value) {
    char buf[24];
    const auto result = std::to_chars(buf, buf + sizeof buf, value);
    out.append(buf, static_cast<std::size_t>(result.ptr - buf));
}

inline void append_piece(std::string& out, const quoted& q) {
    out.push_back('"');
    std::size_t shown = 0;
    std::size_t i = 0;
    while (i < q.text.size()) {
        if (shown == q.max_chars) {
            out.append("...");
            break;
        }
        const utf8_decoded d = decode_utf8(q.text, i);
        if (d.error != utf8_error::none) {
            for (std::size_t k = 0; k < d.length; ++k) {
                out.append("\\x");
                append_hex(out, static_cast<unsigned char>(q.text[i + k]), 2);
            }
        } else if (d.code_point == '"' || d.code_point == '\\') {
            out.push_back('\\');
            out.push_back(static_cast<char>(d.code_point));
        } else if (d.code_point == '\n') {
            out.append("\\n");
        } else if (d.code_point == '\t') {
            out.append("\\t");
        } else if (d.code_point == '\r') {
            out.append("\\r");
        } else if (must_escape_in_message(d.code_point)) {
            out.append("\\u");
            append_hex(out, d.code_point, 4);
        } else {
            out.append(q.text.substr(i, d.length));
        }
        i += d.length;
        ++shown;
    }
    out.push_back('"');
}

inline void append_piece(std::string& out, const shown_char& c) {
    if (c.at >= c.text.size()) {
        out.append("the end of the input");
        return;
    }
    const utf8_decoded d = decode_utf8(c.text, c.at);
    if (d.error == utf8_error::none && d.code_point > 0x20 && d.code_point < 0x7F) {
        out.push_back('\'');
        out.push_back(static_cast<char>(d.code_point));
        out.push_back('\'');
    } else if (d.error != utf8_error::none) {
        out.append("byte 0x");
        append_hex(out, static_cast<unsigned char>(c.text[c.at]), 2);
    } else {
        out.append("U+");
        append_hex(out, d.code_point, 4);
    }
}

template <typename... Pieces>
void append_all(std::string& out, const Pieces&... pieces) {
    (append_piece(out, pieces), ...);
}

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_FORMAT_HPP
// ---- appnotify/detail/text_position.hpp ----
// Byte offset -> (line, column), where columns count characters (code points) and a line ends
// at LF, CR or CRLF.
#ifndef APPNOTIFY_DETAIL_TEXT_POSITION_HPP
#define APPNOTIFY_DETAIL_TEXT_POSITION_HPP

#include <cstddef>
#include <string_view>

namespace appnotify::detail {

struct line_column {
    std::size_t line = 1;
    std::size_t column = 1;
};

/// Walks the text once for a series of non-decreasing offsets, so positioning n diagnostics
/// costs O(text + n) rather than O(text * n). An offset smaller than the previous one restarts.
class position_tracker {
public:
    explicit constexpr position_tracker(std::string_view text) noexcept : text_(text) {
        // A byte order mark is invisible in editors: columns start after it.
        if (text.substr(0, 3) == "\xEF\xBB\xBF") offset_ = 3;
    }

    constexpr line_column at(std::size_t offset) noexcept {
        if (offset > text_.size()) offset = text_.size();
        if (offset < offset_) {
            *this = position_tracker(text_);
            if (offset < offset_) return here_;
        }
        while (offset_ < offset) {
            const char c = text_[offset_++];
            if (c == '\n' || (c == '\r' && !(offset_ < text_.size() && text_[offset_] == '\n'))) {
                ++here_.line;
                here_.column = 1;
            } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80 && c != '\r') {
                ++here_.column;
            }
        }
        // An offset inside a multi-byte character reports that character's column.
        line_column result = here_;
        if (offset_ < text_.size() && (static_cast<unsigned char>(text_[offset_]) & 0xC0) == 0x80 &&
            result.column > 1)
            --result.column;
        return result;
    }

private:
    std::string_view text_;
    std::size_t offset_ = 0;
    line_column here_{};
};

/// The line that contains `offset`, without its line terminator.
constexpr std::string_view line_at(std::string_view text, std::size_t offset) noexcept {
    if (offset > text.size()) offset = text.size();
    std::size_t begin = offset;
    while (begin > 0 && text[begin - 1] != '\n' && text[begin - 1] != '\r') --begin;
    std::size_t end = offset;
    while (end < text.size() && text[end] != '\n' && text[end] != '\r') ++end;
    return text.substr(begin, end - begin);
}

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_TEXT_POSITION_HPP

namespace appnotify::detail {

class diagnostic_sink {
public:
    /// `collect == false` only counts (is_valid); `max_kept` caps how many are stored.
    void reset(bool collect, std::size_t max_kept) {
        collect_ = collect;
        max_kept_ = max_kept;
        errors_ = 0;
        warnings_ = 0;
        dropped_ = 0;
        arena_.clear();
        pending_.clear();
    }

    bool collecting() const noexcept { return collect_; }
    std::size_t error_count() const noexcept { return errors_; }
    std::size_t warning_count() const noexcept { return warnings_; }

    /// Counts a diagnostic; true when the caller should now write its path and message.
    bool begin(diagnostic_code code, severity level, std::size_t offset) {
        (level == severity::error ? errors_ : warnings_) += 1;
        if (!collect_) return false;
        if (pending_.size() >= max_kept_) {
            ++dropped_;
            return false;
        }
        pending_.push_back({code, level, offset, arena_.size(), 0, 0, 0});
        return true;
    }
    std::string& arena() noexcept { return arena_; }
    void end_path() noexcept {
        pending_.back().path_end = arena_.size();
        pending_.back().message_begin = arena_.size();
    }
    void end_message() noexcept { pending_.back().message_end = arena_.size(); }

    template <typename... Pieces>
    void add(diagnostic_code code, severity level, std::size_t offset, std::string_view path,
             const Pieces&... message) {
        if (!begin(code, level, offset)) return;
        arena_.append(path);
        end_path();
        append_all(arena_, message...);
        end_message();
    }

    /// Drops what was reported after `offset` (used when a syntax error makes later findings moot).
    void discard_after(std::size_t offset) {
        std::size_t kept = 0;
        for (std::size_t i = 0; i < pending_.size(); ++i)
            if (pending_[i].offset <= offset) pending_[kept++] = pending_[i];
            else (pending_[i].level == severity::error ? errors_ : warnings_) -= 1;
        pending_.resize(kept);
    }

    /// Writes the public diagnostics in document order with line and column.
    void finish(std::string_view input, std::vector<diagnostic>& out) {
        if (dropped_ != 0) {
            ++warnings_;
            pending_.push_back({diagnostic_code::too_many_diagnostics, severity::warning, input.size(),
                                arena_.size(), arena_.size(), arena_.size(), 0});
            append_all(arena_, dropped_, " more diagnostics were not kept (the limit is ", max_kept_, ")");
            pending_.back().message_end = arena_.size();
        }
        // Insertion sort: stable, allocation-free, and linear for the nearly sorted order checks
        // produce; the cap on kept diagnostics bounds the worst case.
        for (std::size_t i = 1; i < pending_.size(); ++i) {
            const pending_diagnostic item = pending_[i];
            std::size_t j = i;
            while (j > 0 && pending_[j - 1].offset > item.offset) {
                pending_[j] = pending_[j - 1];
                --j;
            }
            pending_[j] = item;
        }
        out.clear();
        position_tracker positions(input);
        const std::string_view arena = arena_;
        for (const pending_diagnostic& p : pending_) {
            const line_column lc = positions.at(p.offset);
            out.push_back({p.code, p.level, arena.substr(p.path_begin, p.path_end - p.path_begin), p.offset,
                           lc.line, lc.column, arena.substr(p.message_begin, p.message_end - p.message_begin)});
        }
    }

private:
    struct pending_diagnostic {
        diagnostic_code code;
        severity level;
        std::size_t offset;
        std::size_t path_begin, path_end, message_begin, message_end;
    };

    bool collect_ = true;
    std::size_t max_kept_ = 0;
    std::size_t errors_ = 0;
    std::size_t warnings_ = 0;
    std::size_t dropped_ = 0;
    std::string arena_;
    std::vector<pending_diagnostic> pending_;
};

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_DIAGNOSTIC_SINK_HPP
// ---- appnotify/detail/link_checker.hpp ----
// The checker of one link: the policy, the host, and for model-driven page links every query
// parameter by page type (page_rules.hpp). Findings go to a link_reporter (link_reporter.hpp)
// with their offset in the link; the validator maps them into the JSON, links.hpp collects them
// for a bare link.
#ifndef APPNOTIFY_DETAIL_LINK_CHECKER_HPP
#define APPNOTIFY_DETAIL_LINK_CHECKER_HPP

#include <cstddef>
#include <string>
#include <string_view>

// ---- appnotify/list_view.hpp ----
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
// ---- appnotify/detail/link_reporter.hpp ----
// What a link check reports through: the reporter interface, the scratch buffers, the mapping
// of positions in decoded values back to the link, and the pieces of its messages.
#ifndef APPNOTIFY_DETAIL_LINK_REPORTER_HPP
#define APPNOTIFY_DETAIL_LINK_REPORTER_HPP

#include <cstddef>
#include <string>
#include <string_view>

// ---- appnotify/detail/page_rules.hpp ----
// The pages of a model-driven app a link can open (main.aspx?pagetype=...) and the query
// parameters each one reads: Microsoft's "Open apps, forms, views, dialogs, and reports with a
// URL" and the page inputs of Xrm.Navigation.navigateTo.
#ifndef APPNOTIFY_DETAIL_PAGE_RULES_HPP
#define APPNOTIFY_DETAIL_PAGE_RULES_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>


namespace appnotify::detail {

enum class app_page : std::uint8_t {
    entityrecord,
    entitylist,
    dashboard,
    webresource,
    custom,
    genux,
    control,
    search,
    inlinedialog,
};
inline constexpr std::size_t app_page_count = 9;
inline constexpr std::string_view app_page_names[app_page_count] = {
    "entityrecord", "entitylist", "dashboard", "webresource", "custom", "genux", "control", "search", "inlinedialog",
};

/// Sets of pages as bit masks; `no_page` stands for a link without `pagetype` (the app's home).
using page_set = std::uint16_t;
constexpr page_set page_bit(app_page page) noexcept { return static_cast<page_set>(1u << static_cast<unsigned>(page)); }
inline constexpr page_set no_page = 1u << app_page_count;
inline constexpr page_set every_page = (1u << app_page_count) - 1;
inline constexpr page_set anywhere = every_page | no_page;

enum class param_kind : std::uint8_t {
    page_type,    // pagetype
    guid,         // 8-4-4-4-12 hexadecimal digits, braces accepted
    logical_name, // a table's logical name
    unique_name,  // an app's unique name: letters, digits, underscores
    text,         // any text
    choice,       // one of a few values
    query,        // extraqs: a percent-encoded query, checked one level down
    data,         // webresource data: anything, percent-encoded
};

struct param_rule {
    std::string_view name; // as Microsoft writes it; matched ASCII case-insensitively
    param_kind kind;
    page_set pages;    // the pages that read it
    page_set required; // the pages that cannot do without it
    const std::string_view* choices = nullptr;
    std::size_t choice_count = 0;
    std::string_view what = {}; // what the value is; for a choice, what each value means
};

inline constexpr std::string_view navbar_choices[] = {"on", "off", "entity"};
inline constexpr std::string_view cmdbar_choices[] = {"true", "false"};
inline constexpr std::string_view force_uci_choices[] = {"1", "0"};
inline constexpr std::string_view viewtype_choices[] = {"1039", "4230"};

constexpr page_set pages(app_page a) noexcept { return page_bit(a); }
constexpr page_set pages(app_page a, app_page b) noexcept { return static_cast<page_set>(page_bit(a) | page_bit(b)); }

inline constexpr param_rule param_rules[] = {
    {"pagetype", param_kind::page_type, anywhere, 0, nullptr, 0, "the type of page"},
    {"appid", param_kind::guid, anywhere, 0, nullptr, 0, "the app's id (AppModuleId)"},
    {"appname", param_kind::unique_name, anywhere, 0, nullptr, 0, "the app's unique name"},
    {"navbar", param_kind::choice, anywhere, 0, navbar_choices, 3,
     "on shows the navigation bar, off hides it, entity keeps only a form's related tables"},
    {"cmdbar", param_kind::choice, anywhere, 0, cmdbar_choices, 2, "true shows the command bar, false hides it"},
    {"forceUCI", param_kind::choice, anywhere, 0, force_uci_choices, 2, "1 opens the app in Unified Interface"},
    {"etn", param_kind::logical_name, pages(app_page::entityrecord, app_page::entitylist),
     pages(app_page::entityrecord, app_page::entitylist), nullptr, 0, "the table's logical name"},
    {"id", param_kind::guid, pages(app_page::entityrecord, app_page::dashboard), 0, nullptr, 0, "the record's id"},
    {"formid", param_kind::guid, pages(app_page::entityrecord), 0, nullptr, 0, "the form's id"},
    {"extraqs", param_kind::query, pages(app_page::entityrecord), 0, nullptr, 0, "values for the form"},
    {"viewid", param_kind::guid, pages(app_page::entitylist), 0, nullptr, 0, "the view's id"},
    {"viewtype", param_kind::choice, pages(app_page::entitylist), 0, viewtype_choices, 2,
     "1039 for a system view, a savedquery; 4230 for a personal view, a userquery"},
    {"webresourceName", param_kind::text, pages(app_page::webresource), pages(app_page::webresource), nullptr, 0,
     "the web resource's name"},
    {"data", param_kind::data, pages(app_page::webresource), 0, nullptr, 0, "data for the web resource"},
    {"name", param_kind::text, pages(app_page::custom, app_page::inlinedialog), pages(app_page::custom), nullptr, 0,
     "the page's logical name"},
    {"entityName", param_kind::logical_name, pages(app_page::custom), 0, nullptr, 0, "the table's logical name"},
    {"recordId", param_kind::guid, pages(app_page::custom), 0, nullptr, 0, "the record's id"},
    {"id", param_kind::text, pages(app_page::genux), 0, nullptr, 0, "the generative page's id"},
    {"controlName", param_kind::text, pages(app_page::control), 0, nullptr, 0, "the control's name"},
    {"searchText", param_kind::text, pages(app_page::search), 0, nullptr, 0, "the text to search for"},
};
inline constexpr std::size_t param_rule_count = sizeof param_rules / sizeof param_rules[0];
inline constexpr std::size_t no_rule = param_rule_count;

/// The rule for parameter `name` on `page` (a page bit, or `no_page`), or `no_rule`.
constexpr std::size_t find_param_rule(std::string_view name, page_set page) noexcept {
    for (std::size_t i = 0; i < param_rule_count; ++i)
        if ((param_rules[i].pages & page) != 0 && equals_ignoring_case(name, param_rules[i].name)) return i;
    return no_rule;
}

/// Any rule for `name`, whatever the page.
constexpr std::size_t find_any_param_rule(std::string_view name) noexcept {
    for (std::size_t i = 0; i < param_rule_count; ++i)
        if (equals_ignoring_case(name, param_rules[i].name)) return i;
    return no_rule;
}

/// The page `value` names (ASCII case-insensitively), or `app_page_count`.
constexpr std::size_t find_app_page(std::string_view value) noexcept {
    for (std::size_t i = 0; i < app_page_count; ++i)
        if (equals_ignoring_case(value, app_page_names[i])) return i;
    return app_page_count;
}

/// The first page in a set, for messages ("a parameter of entitylist").
constexpr std::string_view first_page_name(page_set set) noexcept {
    for (std::size_t i = 0; i < app_page_count; ++i)
        if ((set & (1u << i)) != 0) return app_page_names[i];
    return "no page";
}

/// A table's logical name: a lowercase letter, then lowercase letters, digits or underscores.
/// Returns the index of the first character that breaks the rule, or `text.size()` when none.
constexpr std::size_t logical_name_problem(std::string_view text) noexcept {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool ok = (c >= 'a' && c <= 'z') || (i != 0 && ((c >= '0' && c <= '9') || c == '_'));
        if (!ok) return i;
    }
    return text.size();
}

/// An app's unique name: a letter or underscore, then letters, digits or underscores.
constexpr std::size_t unique_name_problem(std::string_view text) noexcept {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        if (!(letter || (i != 0 && c >= '0' && c <= '9'))) return i;
    }
    return text.size();
}

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_PAGE_RULES_HPP
// ---- appnotify/detail/url_query.hpp ----
// Query strings: splitting `a=b&c=d` into parameters, percent-decoding and canonical
// percent-encoding, and mapping positions in decoded text back to the raw text.
#ifndef APPNOTIFY_DETAIL_URL_QUERY_HPP
#define APPNOTIFY_DETAIL_URL_QUERY_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>


namespace appnotify::detail {

constexpr int hex_value(char c) noexcept {
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/// True when `text[i]` starts a valid escape: '%' and two hexadecimal digits.
constexpr bool is_percent_escape(std::string_view text, std::size_t i) noexcept {
    return i + 2 < text.size() && text[i] == '%' && hex_value(text[i + 1]) >= 0 && hex_value(text[i + 2]) >= 0;
}

/// One `name=value` piece of a query as written, with where each part starts.
struct query_param {
    std::string_view name;
    std::string_view value; // empty when there is no '='
    std::size_t name_offset = 0;
    std::size_t value_offset = 0;
    bool has_equals = false;
};

/// Reads the pieces of a query (the text after '?', without the fragment) in order. Pieces are
/// separated by '&'; empty pieces (`a=1&&b=2`, a trailing '&') are skipped. Offsets are `base`
/// plus the position in `query`.
class query_reader {
public:
    constexpr query_reader(std::string_view query, std::size_t base) noexcept : query_(query), base_(base) {}

    constexpr bool next(query_param& out) noexcept {
        while (at_ < query_.size() && query_[at_] == '&') ++at_;
        if (at_ >= query_.size()) return false;
        std::size_t end = at_;
        while (end < query_.size() && query_[end] != '&') ++end;
        const std::string_view piece = query_.substr(at_, end - at_);
        const std::size_t equals = piece.find('=');
        out.name_offset = base_ + at_;
        if (equals == std::string_view::npos) {
            out.name = piece;
            out.value = {};
            out.value_offset = base_ + end;
            out.has_equals = false;
        } else {
            out.name = piece.substr(0, equals);
            out.value = piece.substr(equals + 1);
            out.value_offset = base_ + at_ + equals + 1;
            out.has_equals = true;
        }
        at_ = end;
        return true;
    }

private:
    std::string_view query_;
    std::size_t base_;
    std::size_t at_ = 0;
};

/// What is wrong with the encoding of a raw query component.
struct encoding_check {
    std::size_t bad_escape = std::string_view::npos;   // a '%' without two hexadecimal digits
    std::size_t invalid_utf8 = std::string_view::npos; // raw index of the first byte of a broken sequence
    std::size_t double_escape = std::string_view::npos; // "%25" followed by two hexadecimal digits
};

/// Decodes one byte of a query component at `raw[i]`, advancing `i`: "%41" is 'A', '+' is a
/// space when `plus_is_space`, and a '%' that starts no escape stands for itself.
constexpr unsigned char decode_query_byte(std::string_view raw, std::size_t& i, bool plus_is_space) noexcept {
    const char c = raw[i];
    if (c == '%' && is_percent_escape(raw, i)) {
        const int v = hex_value(raw[i + 1]) * 16 + hex_value(raw[i + 2]);
        i += 3;
        return static_cast<unsigned char>(v);
    }
    ++i;
    return static_cast<unsigned char>(c == '+' && plus_is_space ? ' ' : c);
}

constexpr bool is_url_tab(char c) noexcept { return c == '\t' || c == '\n' || c == '\r'; }

/// Decodes the next byte of a query component into `b`, skipping the tabs and newlines browsers
/// remove from URLs; false at the end.
constexpr bool next_query_byte(std::string_view raw, std::size_t& i, bool plus_is_space, unsigned char& b) noexcept {
    while (i < raw.size() && is_url_tab(raw[i])) ++i;
    if (i >= raw.size()) return false;
    b = decode_query_byte(raw, i, plus_is_space);
    return true;
}

/// Percent-decodes `raw` onto `out` (one allocation at most, when `out` grows).
inline void percent_decode(std::string_view raw, bool plus_is_space, std::string& out) {
    unsigned char b = 0;
    for (std::size_t i = 0; next_query_byte(raw, i, plus_is_space, b);) out.push_back(static_cast<char>(b));
}

/// A parameter name decoded into `buffer`; a name too long for it is returned as written (no
/// parameter has such a name).
constexpr std::string_view decode_name(std::string_view raw, char (&buffer)[48]) noexcept {
    std::size_t n = 0;
    unsigned char b = 0;
    for (std::size_t i = 0; next_query_byte(raw, i, true, b);) {
        if (n == sizeof buffer) return raw;
        buffer[n++] = static_cast<char>(b);
    }
    return {buffer, n};
}

/// The index in `raw` of the text that decodes to byte `index` of its decoding (`raw.size()`
/// past the end).
constexpr std::size_t raw_index_of_decoded(std::string_view raw, std::size_t index) noexcept {
    std::size_t decoded = 0;
    std::size_t i = 0;
    while (true) {
        while (i < raw.size() && is_url_tab(raw[i])) ++i;
        if (i >= raw.size()) return raw.size();
        if (decoded == index) return i;
        decode_query_byte(raw, i, false);
        ++decoded;
    }
}

/// Checks the escapes of `raw` and the UTF-8 of what they decode to, without decoding it anywhere.
constexpr encoding_check check_encoding(std::string_view raw) noexcept {
    encoding_check r;
    // UTF-8 is validated over the decoded bytes as they stream by.
    unsigned char sequence[4] = {};
    std::size_t have = 0, need = 0, sequence_start = 0;
    for (std::size_t i = 0; i < raw.size();) {
        if (is_url_tab(raw[i])) {
            ++i;
            continue;
        }
        const std::size_t start = i;
        if (raw[i] == '%' && !is_percent_escape(raw, i) && r.bad_escape == std::string_view::npos) r.bad_escape = i;
        // "%25" then two hexadecimal digits: the '%' of an escape was itself encoded.
        if (raw.substr(i, 3) == "%25" && i + 4 < raw.size() && hex_value(raw[i + 3]) >= 0 &&
            hex_value(raw[i + 4]) >= 0 && r.double_escape == std::string_view::npos)
            r.double_escape = i;
        const unsigned char b = decode_query_byte(raw, i, true);
        if (r.invalid_utf8 != std::string_view::npos) continue;
        if (have == 0) {
            if (b < 0x80) continue;
            need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            sequence_start = start;
        }
        sequence[have++] = b;
        const bool continuation_expected = have > 1;
        if (continuation_expected && (b & 0xC0) != 0x80) {
            r.invalid_utf8 = sequence_start;
            continue;
        }
        if (have == need) {
            const std::string_view s(reinterpret_cast<const char*>(sequence), have);
            if (decode_utf8(s, 0).error != utf8_error::none) r.invalid_utf8 = sequence_start;
            have = 0;
        }
    }
    if (have != 0 && r.invalid_utf8 == std::string_view::npos) r.invalid_utf8 = sequence_start;
    return r;
}

constexpr bool is_unreserved(unsigned char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
           c == '_' || c == '~';
}

inline void append_escape(std::string& out, unsigned char b) {
    constexpr char digits[] = "0123456789ABCDEF";
    const char escape[3] = {'%', digits[b >> 4], digits[b & 0xF]};
    out.append(escape, 3);
}

/// Appends `text` percent-encoded as a query component: unreserved characters (RFC 3986) stay,
/// every other byte becomes %XX with uppercase digits, a space included.
inline void encode_component(std::string_view text, std::string& out) {
    for (const char c : text) {
        const auto b = static_cast<unsigned char>(c);
        if (is_unreserved(b)) out.push_back(c);
        else append_escape(out, b);
    }
}

/// Appends the canonical form of a raw query component: decoded once (`+` as a space), then
/// encoded as `encode_component` does. Applying it twice changes nothing.
inline void canonicalize_component(std::string_view raw, std::string& out) {
    unsigned char b = 0;
    for (std::size_t i = 0; next_query_byte(raw, i, true, b);) {
        if (is_unreserved(b)) out.push_back(static_cast<char>(b));
        else append_escape(out, b);
    }
}

/// Bytes that cannot stand in a URL as they are: controls, space, DEL, '"', '<', '>', '`',
/// and (unless kept) bytes of non-ASCII characters.
constexpr bool is_unsafe_in_url(unsigned char b, bool keep_non_ascii) noexcept {
    return b <= 0x20 || b == 0x7F || b == '"' || b == '<' || b == '>' || b == '`' || (b >= 0x80 && !keep_non_ascii);
}

/// Appends `text` with only the unsafe bytes percent-encoded; '%' and everything else stay, so
/// applying it twice changes nothing.
inline void encode_unsafe(std::string_view text, bool keep_non_ascii, std::string& out) {
    for (const char c : text) {
        const auto b = static_cast<unsigned char>(c);
        if (is_unsafe_in_url(b, keep_non_ascii)) append_escape(out, b);
        else out.push_back(c);
    }
}

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_URL_QUERY_HPP

namespace appnotify::detail {

/// Receives the findings of a link check; `at` is a byte offset into the link.
class link_reporter {
public:
    template <typename... Pieces>
    void add(diagnostic_code code, severity level, std::size_t at, const Pieces&... message) {
        std::string* out = begin(code, level, at);
        if (out == nullptr) return;
        append_all(*out, message...);
        end();
    }

protected:
    link_reporter() = default;
    link_reporter(const link_reporter&) = default;
    link_reporter& operator=(const link_reporter&) = default;
    ~link_reporter() = default;
    /// Where the message goes, or null when it is not wanted (the diagnostic is still counted).
    virtual std::string* begin(diagnostic_code code, severity level, std::size_t at) = 0;
    virtual void end() = 0;
};

/// Buffers a checker reuses from one link to the next.
struct link_scratch {
    std::string decoded; // a parameter's value, decoded
    std::string inner;   // a value inside extraqs, decoded
    std::string retry;   // a value decoded once more, to recognise double encoding
};

inline constexpr std::string_view allowed_links =
    "allowed are http, https, mailto and tel links, app-relative links (?pagetype=...), paths on the "
    "organization's server (/WebResources/...) and fragments (#...)";

/// The parameters a page reads, listed in a message.
struct page_parameters {
    page_set page;
};
inline void append_piece(std::string& out, const page_parameters& p) {
    bool first = true;
    for (const param_rule& rule : param_rules) {
        if ((rule.pages & p.page) == 0 || (rule.pages == anywhere && p.page != no_page)) continue;
        if (!first) out.append(", ");
        out.append(rule.name);
        first = false;
    }
}

/// "an entityrecord page", "a dashboard page", or main.aspx without a page type, in a message.
struct page_phrase {
    page_set page;
};
inline void append_piece(std::string& out, const page_phrase& p) {
    if (p.page == no_page) {
        out.append("main.aspx without a pagetype");
        return;
    }
    const std::string_view name = first_page_name(p.page);
    out.append(name.front() == 'e' || name.front() == 'i' ? "an " : "a ");
    out.append(name);
    out.append(" page");
}

/// The allowed values of a choice, listed in a message.
struct choice_list {
    const param_rule* rule;
};
inline void append_piece(std::string& out, const choice_list& c) {
    for (std::size_t i = 0; i < c.rule->choice_count; ++i) {
        if (i != 0) out.append(", ");
        out.append(c.rule->choices[i]);
    }
}

/// Text shown lowercased (for "did you mean" on logical names).
struct lowercased {
    std::string_view text;
};
inline void append_piece(std::string& out, const lowercased& l) {
    for (const char c : l.text) out.push_back(ascii_lower(c));
}

/// Where a decoded value came from, so a position in it maps back to the link: `raw` is the
/// value as written, starting at `start` in the link, or in the decoding of `outer` for a value
/// nested one level down (inside extraqs).
struct value_source {
    std::string_view raw;
    std::size_t start = 0;
    const value_source* outer = nullptr;

    std::size_t link_offset_of_raw(std::size_t raw_index) const noexcept {
        const std::size_t at = start + raw_index;
        return outer != nullptr ? outer->link_offset(at) : at;
    }
    std::size_t link_offset(std::size_t decoded_index) const noexcept {
        return link_offset_of_raw(raw_index_of_decoded(raw, decoded_index));
    }
};

/// Well-known wrong values of the choices and what they mean.
struct choice_hint {
    std::string_view parameter, written, meant;
};
inline constexpr choice_hint choice_hints[] = {
    {"viewtype", "savedquery", "1039"}, {"viewtype", "system", "1039"}, {"viewtype", "userquery", "4230"},
    {"viewtype", "personal", "4230"},   {"cmdbar", "1", "true"},        {"cmdbar", "0", "false"},
    {"cmdbar", "yes", "true"},          {"cmdbar", "no", "false"},      {"cmdbar", "on", "true"},
    {"cmdbar", "off", "false"},         {"navbar", "true", "on"},       {"navbar", "false", "off"},
    {"navbar", "1", "on"},              {"navbar", "0", "off"},         {"navbar", "show", "on"},
    {"navbar", "hide", "off"},          {"forceUCI", "true", "1"},      {"forceUCI", "false", "0"},
};

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_LINK_REPORTER_HPP
// ---- appnotify/detail/text_checks.hpp ----
// Heuristics over notification text: leftover template placeholders and markdown written where
// only plain text is shown.
#ifndef APPNOTIFY_DETAIL_TEXT_CHECKS_HPP
#define APPNOTIFY_DETAIL_TEXT_CHECKS_HPP

#include <cstddef>
#include <cstring>
#include <string_view>


namespace appnotify::detail {

struct text_span {
    std::size_t offset = std::string_view::npos;
    std::size_t length = 0;
    constexpr bool found() const noexcept { return offset != std::string_view::npos; }
};

constexpr bool contains_ignoring_case(std::string_view haystack, std::string_view needle) noexcept {
    if (needle.size() > haystack.size()) return false;
    for (std::size_t i = 0; i + needle.size() <= haystack.size(); ++i)
        if (equals_ignoring_case(haystack.substr(i, needle.size()), needle)) return true;
    return false;
}

/// Where the next `c` is at or after `from`, or `text.size()`. memchr is vectorised, and most
/// text holds none of the characters a placeholder starts with.
inline std::size_t next_of(std::string_view text, std::size_t from, char c) noexcept {
    if (from >= text.size()) return text.size();
    const void* p = std::memchr(text.data() + from, c, text.size() - from);
    return p ? static_cast<std::size_t>(static_cast<const char*>(p) - text.data()) : text.size();
}

/// Finds the first template placeholder: `<GUID of the user>`, `<Task ID>`, `{{name}}`, `${id}`.
/// An angle-bracket span counts when it reads like words (letters, digits, spaces, '-', '_')
/// and either holds a space or names an id, so `<b>` or `<br>` are not mistaken for one.
inline text_span find_placeholder(std::string_view text) noexcept {
    constexpr std::size_t max_inner = 80;
    // The next position of each starting character, advanced only when passed: linear overall.
    std::size_t next_angle = next_of(text, 0, '<');
    std::size_t next_brace = next_of(text, 0, '{');
    std::size_t next_dollar = next_of(text, 0, '$');
    while (true) {
        const std::size_t i = next_angle < next_brace ? (next_angle < next_dollar ? next_angle : next_dollar)
                                                      : (next_brace < next_dollar ? next_brace : next_dollar);
        if (i >= text.size()) return {};
        const char c = text[i];
        std::size_t resume = i + 1;
        if (c == '<') {
            std::size_t j = i + 1;
            bool space = false, word = true;
            while (j < text.size() && j - i <= max_inner && text[j] != '>') {
                const char d = text[j];
                if (d == ' ') space = true;
                else if (!((d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z') || (d >= '0' && d <= '9') || d == '-' || d == '_'))
                    word = false;
                if (!word) break;
                ++j;
            }
            if (word && j < text.size() && text[j] == '>' && j > i + 1) {
                const std::string_view inner = text.substr(i + 1, j - i - 1);
                const bool letter_first = (inner[0] >= 'a' && inner[0] <= 'z') || (inner[0] >= 'A' && inner[0] <= 'Z');
                if (letter_first && (space || contains_ignoring_case(inner, "id") || contains_ignoring_case(inner, "guid")))
                    return {i, j + 1 - i};
            }
            // Nothing inside the scanned stretch can start a placeholder.
            if (j > resume) resume = j;
        } else if (c == '$' && i + 1 < text.size() && text[i + 1] == '{') {
            const std::size_t close = text.substr(i + 2, max_inner).find('}');
            if (close != std::string_view::npos && close > 0) return {i, close + 3};
        } else if (c == '{' && i + 1 < text.size() && text[i + 1] == '{') {
            const std::size_t close = text.substr(i + 2, max_inner).find("}}");
            if (close != std::string_view::npos && close > 0) return {i, close + 4};
        }
        if (next_angle < resume) next_angle = next_of(text, resume, '<');
        if (next_brace < resume) next_brace = next_of(text, resume, '{');
        if (next_dollar < resume) next_dollar = next_of(text, resume, '$');
    }
}

/// Finds markdown syntax the notification center would show literally in a plain Title or Body.
constexpr text_span find_markdown_syntax(std::string_view text) noexcept {
    // Each search below can fail at most once per kind (a later search covers less text), and
    // the last '[' is tracked while scanning, so the whole check stays linear.
    bool line_start = true;
    bool no_closing_paren = false;
    bool no_closing_run[2] = {false, false};
    std::size_t last_open_bracket = std::string_view::npos;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (line_start) {
            std::size_t j = i;
            while (j < text.size() && text[j] == ' ') ++j;
            if (j + 1 < text.size() && (text[j] == '-' || text[j] == '*' || text[j] == '+') && text[j + 1] == ' ')
                return {j, 2};
            std::size_t k = j;
            while (k < text.size() && k - j < 9 && text[k] >= '0' && text[k] <= '9') ++k;
            if (k > j && k + 1 < text.size() && (text[k] == '.' || text[k] == ')') && text[k + 1] == ' ')
                return {j, k + 2 - j};
        }
        line_start = c == '\n' || c == '\r';
        if (c == '[') last_open_bracket = i;
        if ((c == '*' || c == '_') && i + 2 < text.size() && text[i + 1] == c && text[i + 2] != ' ' &&
            text[i + 2] != c && !no_closing_run[c == '_']) {
            const std::size_t close = text.find(text.substr(i, 2), i + 3);
            if (close != std::string_view::npos) return {i, close + 2 - i};
            no_closing_run[c == '_'] = true;
        }
        if (c == ']' && i + 1 < text.size() && text[i + 1] == '(' && last_open_bracket != std::string_view::npos &&
            !no_closing_paren) {
            const std::size_t close = text.find(')', i + 2);
            if (close != std::string_view::npos) return {last_open_bracket, close + 1 - last_open_bracket};
            no_closing_paren = true;
        }
    }
    return {};
}

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_TEXT_CHECKS_HPP
// ---- appnotify/detail/url_parts.hpp ----
// The anatomy of a link: where its scheme, host, path, query and fragment are, found on the
// text as written (offsets index the link given), and the organization URL of an app context.
#ifndef APPNOTIFY_DETAIL_URL_PARTS_HPP
#define APPNOTIFY_DETAIL_URL_PARTS_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>


namespace appnotify::detail {

inline constexpr std::size_t no_position = std::string_view::npos;

/// Where the parts of a link are. Positions index the link as given; a part that is absent has
/// begin == end (and `query_begin` / `fragment_begin` are `no_position`).
struct link_layout {
    link_check policy;
    std::size_t begin = 0, end = 0;              // without leading and trailing spaces and controls
    std::size_t scheme_end = no_position;        // the ':' of an absolute link
    std::size_t authority_begin = no_position;   // http and https: after the slashes
    std::size_t authority_end = no_position;
    std::size_t host_begin = no_position, host_end = no_position;
    std::size_t path_begin = 0, path_end = 0;
    std::size_t query_begin = no_position, query_end = no_position; // after the '?'
    std::size_t fragment_begin = no_position;    // after the '#'; the fragment runs to `end`
    /// The query addresses a model-driven app page: app-relative, main.aspx, or an absolute
    /// http(s) link whose path is /main.aspx.
    bool page_link = false;

    constexpr bool has_query() const noexcept { return query_begin != no_position; }
    constexpr bool has_fragment() const noexcept { return fragment_begin != no_position; }
    constexpr bool has_host() const noexcept { return host_begin != no_position; }
};

constexpr bool is_http_scheme(std::string_view scheme) noexcept { return scheme == "http" || scheme == "https"; }

/// Splits a link that `check_link` classified. Linear, allocation-free.
constexpr link_layout parse_link_layout(std::string_view link) noexcept {
    link_layout r;
    r.policy = check_link(link);
    r.begin = r.policy.offset;
    r.end = link.size();
    while (r.end > r.begin && static_cast<unsigned char>(link[r.end - 1]) <= 0x20) --r.end;
    if (!r.policy.allowed()) return r;
    std::size_t i = r.begin;
    if (r.policy.kind == link_kind::absolute) {
        const std::string_view scheme = r.policy.scheme_name();
        r.scheme_end = raw_index_after(link, r.begin, scheme.size());
        i = r.scheme_end + 1;
        if (is_http_scheme(scheme)) {
            // Special schemes: any run of slashes and backslashes introduces the authority.
            while (i < r.end && (link[i] == '/' || link[i] == '\\' || link[i] == '\t' || link[i] == '\n' || link[i] == '\r'))
                ++i;
            r.authority_begin = i;
            while (i < r.end && link[i] != '/' && link[i] != '\\' && link[i] != '?' && link[i] != '#') ++i;
            r.authority_end = i;
            std::size_t host = r.authority_begin;
            for (std::size_t k = r.authority_begin; k < r.authority_end; ++k)
                if (link[k] == '@') host = k + 1;
            std::size_t host_end = host;
            if (host_end < r.authority_end && link[host_end] == '[') {
                while (host_end < r.authority_end && link[host_end] != ']') ++host_end;
                if (host_end < r.authority_end) ++host_end;
            } else {
                while (host_end < r.authority_end && link[host_end] != ':') ++host_end;
            }
            r.host_begin = host;
            r.host_end = host_end;
        }
    } else if (r.policy.kind == link_kind::fragment) {
        r.path_begin = r.path_end = r.begin;
        r.fragment_begin = skip_url_tabs(link, r.begin) + 1;
        return r;
    }
    r.path_begin = i;
    while (i < r.end && link[i] != '?' && link[i] != '#') ++i;
    r.path_end = i;
    if (i < r.end && link[i] == '?') {
        r.query_begin = i + 1;
        while (i < r.end && link[i] != '#') ++i;
        r.query_end = i;
    }
    if (i < r.end && link[i] == '#') r.fragment_begin = i + 1;
    switch (r.policy.kind) {
    case link_kind::app_relative:
    case link_kind::main_aspx: r.page_link = true; break;
    case link_kind::absolute:
        r.page_link = r.has_host() && equals_ignoring_case(link.substr(r.path_begin, r.path_end - r.path_begin), "/main.aspx");
        break;
    default: break;
    }
    return r;
}

/// Hosts compared the way DNS does: ASCII case-insensitively and ignoring one final dot. Nothing
/// else is folded, so a Unicode host and its punycode form stay different hosts.
constexpr bool same_host(std::string_view a, std::string_view b) noexcept {
    if (!a.empty() && a.back() == '.') a.remove_suffix(1);
    if (!b.empty() && b.back() == '.') b.remove_suffix(1);
    return equals_ignoring_case(a, b);
}

enum class org_url_problem : std::uint8_t {
    none,
    empty,
    not_http,      // no http:// or https:// in front
    no_host,
    has_userinfo,  // user:password@ before the host
    has_query,     // '?' or '#'
    unsafe_character,
};

constexpr std::string_view describe(org_url_problem problem) noexcept {
    switch (problem) {
    case org_url_problem::none: return "valid";
    case org_url_problem::empty: return "it is empty";
    case org_url_problem::not_http: return "it must start with https:// (or http:// for an on-premises server)";
    case org_url_problem::no_host: return "it names no host";
    case org_url_problem::has_userinfo: return "it must not hold a user name or password before the host";
    case org_url_problem::has_query: return "it must not have a query (?) or a fragment (#)";
    case org_url_problem::unsafe_character: return "it holds a space, a control character or a quote";
    }
    return "invalid";
}

/// An organization URL split into scheme, authority (host and port) and path, the path without
/// its trailing slashes.
struct org_url {
    org_url_problem problem = org_url_problem::empty;
    std::string_view scheme, authority, host, path;
    constexpr bool ok() const noexcept { return problem == org_url_problem::none; }
};

constexpr org_url parse_org_url(std::string_view text) noexcept {
    org_url r;
    std::size_t b = 0, e = text.size();
    while (b < e && static_cast<unsigned char>(text[b]) <= 0x20) ++b;
    while (e > b && static_cast<unsigned char>(text[e - 1]) <= 0x20) --e;
    text = text.substr(b, e - b);
    if (text.empty()) return r;
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u == 0x7F || c == '"' || c == '<' || c == '>' || c == '`' || c == '\\') {
            r.problem = org_url_problem::unsafe_character;
            return r;
        }
    }
    std::size_t rest = 0;
    if (equals_ignoring_case(text.substr(0, 8), "https://")) rest = 8;
    else if (equals_ignoring_case(text.substr(0, 7), "http://")) rest = 7;
    else {
        r.problem = org_url_problem::not_http;
        return r;
    }
    r.scheme = text.substr(0, rest - 3);
    std::size_t i = rest;
    while (i < text.size() && text[i] != '/' && text[i] != '?' && text[i] != '#') ++i;
    r.authority = text.substr(rest, i - rest);
    if (r.authority.find('@') != std::string_view::npos) {
        r.problem = org_url_problem::has_userinfo;
        return r;
    }
    if (!r.authority.empty())
        r.host = r.authority.substr(0, r.authority.front() == '[' ? r.authority.find(']') + 1 : r.authority.find(':'));
    if (r.host.empty()) {
        r.problem = org_url_problem::no_host;
        return r;
    }
    std::string_view path = text.substr(i);
    if (path.find('?') != std::string_view::npos || path.find('#') != std::string_view::npos) {
        r.problem = org_url_problem::has_query;
        return r;
    }
    while (!path.empty() && path.back() == '/') path.remove_suffix(1);
    r.path = path;
    r.problem = org_url_problem::none;
    return r;
}

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_URL_PARTS_HPP

namespace appnotify::detail {

/// Checks links one after another for one app context, reporting through `report` and reusing
/// `scratch`. Linear in the length of each link.
class link_checker {
public:
    link_checker(link_reporter& report, link_scratch& scratch, const app_context& context) noexcept
        : report_(report), scratch_(scratch), context_(context), org_(parse_org_url(context.org_url)) {}

    /// Checks `link` (a markdown destination, or the text of a JSON string).
    link_layout check(std::string_view link) {
        link_ = link;
        placeholder_reported_ = false;
        const link_layout layout = parse_link_layout(link);
        if (!layout.policy.allowed()) {
            refused(layout);
            return layout;
        }
        if (layout.authority_begin != no_position) check_host(layout);
        if (layout.page_link && layout.has_query()) check_query(layout);
        if (!placeholder_reported_) {
            const text_span placeholder = find_placeholder(link.substr(layout.begin, layout.end - layout.begin));
            if (placeholder.found())
                report_.add(diagnostic_code::template_placeholder, severity::warning, layout.begin + placeholder.offset,
                            "the link still contains the template placeholder ",
                            quoted{link.substr(layout.begin + placeholder.offset, placeholder.length)},
                            ": fill it in before sending");
        }
        return layout;
    }

private:
    link_reporter& report_;
    link_scratch& scratch_;
    app_context context_;
    org_url org_;
    std::string_view link_;
    bool placeholder_reported_ = false;

    // --- the policy and the host --------------------------------------------------------------

    void refused(const link_layout& layout) {
        const link_check& c = layout.policy;
        const std::size_t at = c.offset < link_.size() ? c.offset : 0;
        const diagnostic_code code = diagnostic_code::link_refused;
        switch (c.refusal) {
        case link_refusal::none:
        case link_refusal::empty:
            report_.add(code, severity::error, at, "the link is empty: write the address it opens, such as "
                        "?pagetype=entityrecord&etn=<table>&id=<GUID> or https://...");
            return;
        case link_refusal::dangerous_scheme:
            report_.add(code, severity::error, at, "\"", c.scheme_name(), ":\" links are refused: the scheme can run "
                        "code or read local files, however it is disguised; ", allowed_links);
            return;
        case link_refusal::unknown_scheme:
            report_.add(code, severity::error, at, "\"", c.scheme_name(), ":\" links are refused: ", allowed_links);
            return;
        case link_refusal::protocol_relative:
            report_.add(code, severity::error, at, "a link starting with // leaves the app for another host: write "
                        "https:// and the host if that is intended");
            return;
        case link_refusal::relative_path:
            if (!c.scheme_name().empty())
                report_.add(code, severity::error, at, "the scheme \"", c.scheme_name(), ":\" is written with escapes "
                            "or hidden characters, so a browser reads this link as a relative path: write it plainly");
            else
                report_.add(code, severity::error, at, quoted{link_.substr(at, layout.end - at), 40},
                            " is a relative path, which means nothing outside the page it was written for: start it "
                            "with ? (a page of the app), / (a path on the organization's server) or https://");
            return;
        }
    }

    void check_host(const link_layout& layout) {
        const std::string_view host = link_.substr(layout.host_begin, layout.host_end - layout.host_begin);
        if (host.empty()) {
            report_.add(diagnostic_code::link_invalid_value, severity::error, layout.authority_begin,
                        "the link names no host: write https://<host>/...");
            return;
        }
        if (org_.ok() && !same_host(host, org_.host))
            report_.add(diagnostic_code::link_other_host, severity::warning, layout.host_begin, "the link goes to ",
                        quoted{host}, ", not to the organization ", quoted{org_.host},
                        ": it leaves the app, and is kept as written");
    }

    // --- the query of a page link -------------------------------------------------------------

    std::string_view decode_value(std::string_view raw, std::string& out) {
        out.clear();
        percent_decode(raw, true, out);
        return out;
    }

    void check_query(const link_layout& layout) {
        const std::size_t begin = layout.query_begin;
        const std::string_view query = link_.substr(begin, layout.query_end - begin);
        char name_buffer[48];
        query_param p;

        // First the page type, which decides what every other parameter means.
        page_set page = no_page;
        bool page_unknown = false;
        bool page_given = false;
        std::size_t page_at = begin;
        for (query_reader reader(query, begin); reader.next(p);) {
            if (!equals_ignoring_case(decode_name(p.name, name_buffer), "pagetype")) continue;
            page_at = p.value_offset;
            page_given = true;
            const std::string_view value = decode_value(p.value, scratch_.decoded);
            const std::size_t index = find_app_page(value);
            if (index < app_page_count) page = page_bit(static_cast<app_page>(index));
            else page_unknown = !value.empty();
            break;
        }

        bool seen[param_rule_count] = {};
        std::size_t leak_source = no_rule;
        bool leaked = false;
        std::size_t needs_page_at = no_position;
        std::string_view needs_page_name;
        std::size_t app_id_at = no_position, app_name_at = no_position;
        for (query_reader reader(query, begin); reader.next(p);) {
            const std::string_view name = decode_name(p.name, name_buffer);
            const std::size_t rule = find_param_rule(name, page_unknown ? no_page : page);
            if (rule == no_rule) {
                if (page_unknown) continue; // nothing is known about the parameters of an unknown page
                if (leak_source != no_rule) {
                    if (!leaked) unencoded_data(param_rules[leak_source], p, name, page);
                    leaked = true;
                    continue;
                }
                if (page == no_page && find_any_param_rule(name) != no_rule) {
                    if (needs_page_at == no_position) {
                        needs_page_at = p.name_offset;
                        needs_page_name = link_.substr(p.name_offset, p.name.size());
                    }
                    continue;
                }
                unknown_parameter(name, p, page);
                continue;
            }
            const param_rule& r = param_rules[rule];
            if (seen[rule]) {
                report_.add(diagnostic_code::link_repeated_parameter, severity::warning, p.name_offset, quoted{name},
                            " appears more than once: main.aspx reads only one of them, so keep one");
                continue;
            }
            seen[rule] = true;
            if (equals_ignoring_case(r.name, "appid")) app_id_at = p.name_offset;
            if (equals_ignoring_case(r.name, "appname")) app_name_at = p.name_offset;
            check_value(r, p, name, page);
            if (r.kind == param_kind::data || r.kind == param_kind::query) leak_source = rule;
        }

        if (needs_page_at != no_position && !page_given)
            report_.add(diagnostic_code::link_missing_parameter, severity::error, needs_page_at, "the link has ",
                        quoted{needs_page_name}, " but no pagetype, so main.aspx opens the app's home page: add "
                        "pagetype=entityrecord (a record), pagetype=entitylist (a view) or the page type meant");
        if (!page_unknown && page != no_page)
            for (std::size_t i = 0; i < param_rule_count; ++i)
                if ((param_rules[i].required & page) != 0 && !seen[i])
                    report_.add(diagnostic_code::link_missing_parameter, severity::error, page_at,
                                page_phrase{page}, " needs \"", param_rules[i].name, "\": ", param_rules[i].what);
        check_app(query, begin, app_id_at, app_name_at);
    }

    void unknown_parameter(std::string_view name, const query_param& p, page_set page) {
        const diagnostic_code code = diagnostic_code::link_unknown_parameter;
        if (equals_ignoring_case(name, "etc")) {
            report_.add(code, severity::warning, p.name_offset, "\"etc\" (an entity type code) differs from one "
                        "organization to another: name the table with etn=<logical name> instead");
            return;
        }
        if (name.empty()) {
            report_.add(code, severity::warning, p.name_offset, "a parameter has no name (",
                        quoted{link_.substr(p.name_offset, p.value.size() + 1), 30}, "): it is ignored");
            return;
        }
        const std::size_t other = find_any_param_rule(name);
        if (other != no_rule) {
            report_.add(code, severity::warning, p.name_offset, quoted{name}, " is not read by ", page_phrase{page},
                        " (it is a parameter of ", first_page_name(param_rules[other].pages), "); it is ignored");
            return;
        }
        std::string_view candidates[param_rule_count];
        std::size_t count = 0;
        for (const param_rule& rule : param_rules)
            if ((rule.pages & page) != 0) candidates[count++] = rule.name;
        const std::string_view meant = suggest(name, list_view<std::string_view>(candidates, count));
        if (!meant.empty())
            report_.add(code, severity::warning, p.name_offset, quoted{name}, " is not a parameter of ", page_phrase{page},
                        ": did you mean \"", meant, "\"?");
        else if (page == no_page)
            report_.add(code, severity::warning, p.name_offset, quoted{name}, " is not a parameter of ", page_phrase{page},
                        ", which reads ", page_parameters{page}, "; it is ignored");
        else
            report_.add(code, severity::warning, p.name_offset, quoted{name}, " is not a parameter of ", page_phrase{page},
                        ", which reads ", page_parameters{page}, " (and appid, appname, navbar, cmdbar, forceUCI); "
                        "it is ignored");
    }

    void unencoded_data(const param_rule& source, const query_param& p, std::string_view name, page_set page) {
        const std::size_t amp = p.name_offset - 1;
        report_.add(diagnostic_code::link_unencoded_data, severity::error, amp, "the '&' before ", quoted{name},
                    " ends \"", source.name, "\" too early: ", quoted{name}, " is not a parameter of ",
                    page_phrase{page}, ", so it was meant as part of ", source.name,
                    ", whose value must be percent-encoded (& as %26, = as %3D), as encodeURIComponent does");
    }

    void check_app(std::string_view query, std::size_t begin, std::size_t app_id_at, std::size_t app_name_at) {
        if (app_id_at != no_position && app_name_at != no_position) {
            report_.add(diagnostic_code::link_app_conflict, severity::error, app_id_at > app_name_at ? app_id_at : app_name_at,
                        "the link names its app twice, with appid and appname: keep one of them");
            return;
        }
        if (app_id_at == no_position && app_name_at == no_position) return;
        // The link's own app against the context's.
        query_param p;
        for (query_reader reader(query, begin); reader.next(p);) {
            if (p.name_offset != app_id_at && p.name_offset != app_name_at) continue;
            const std::string_view value = decode_value(p.value, scratch_.decoded);
            if (p.name_offset == app_id_at) {
                const guid_check mine = check_guid(value), theirs = check_guid(context_.app_id);
                if (mine.problem == guid_problem::none && theirs.problem == guid_problem::none &&
                    !equals_ignoring_case(mine.digits, theirs.digits))
                    report_.add(diagnostic_code::link_app_mismatch, severity::warning, p.value_offset,
                                "the link opens the app ", mine.digits, ", not the app ", theirs.digits,
                                " it is resolved for; it keeps its own");
            } else if (!context_.app_name.empty() && !value.empty() && !equals_ignoring_case(value, context_.app_name)) {
                report_.add(diagnostic_code::link_app_mismatch, severity::warning, p.value_offset, "the link opens the app ",
                            quoted{value}, ", not the app ", quoted{context_.app_name},
                            " it is resolved for; it keeps its own");
            }
            return;
        }
    }

    // --- values --------------------------------------------------------------------------------

    void empty_value(const param_rule& r, const query_param& p, std::string_view name, page_set page) {
        const diagnostic_code code = diagnostic_code::empty_value;
        if (r.kind == param_kind::guid && equals_ignoring_case(name, "id") && page == page_bit(app_page::entityrecord))
            report_.add(code, severity::error, p.value_offset,
                        "\"id\" is empty: leave it out to open the form for a new record, or give the record's GUID");
        else if (r.kind == param_kind::choice)
            report_.add(code, severity::error, p.value_offset, quoted{name}, " is empty: give ", choice_list{&r},
                        " (", r.what, "), or leave the parameter out");
        else if ((r.required & page) != 0)
            report_.add(code, severity::error, p.value_offset, quoted{name}, " is empty: ", page_phrase{page},
                        " needs ", r.what);
        else
            report_.add(code, severity::error, p.value_offset, quoted{name}, " is empty: give ", r.what,
                        ", or leave the parameter out");
    }

    void check_value(const param_rule& r, const query_param& p, std::string_view name, page_set page) {
        const value_source source{p.value, p.value_offset, nullptr};
        switch (r.kind) {
        case param_kind::page_type: {
            const std::string_view value = decode_value(p.value, scratch_.decoded);
            if (value.empty()) {
                report_.add(diagnostic_code::empty_value, severity::error, p.value_offset,
                            "\"pagetype\" is empty: give the type of page, such as entityrecord or entitylist");
            } else if (find_app_page(value) == app_page_count) {
                const std::string_view meant = suggest(value, app_page_names);
                if (!meant.empty())
                    report_.add(diagnostic_code::link_unknown_page_type, severity::warning, p.value_offset,
                                quoted{value}, " is not a page type main.aspx knows: did you mean \"", meant, "\"?");
                else
                    report_.add(diagnostic_code::link_unknown_page_type, severity::warning, p.value_offset,
                                quoted{value}, " is not a page type main.aspx knows (entityrecord, entitylist, "
                                "dashboard, webresource, custom, genux, control, search, inlinedialog); its other "
                                "parameters are not checked");
            }
            return;
        }
        case param_kind::guid: {
            const std::string_view value = decode_value(p.value, scratch_.decoded);
            if (value.empty()) return empty_value(r, p, name, page);
            check_guid_value(value, source, name, r.what);
            return;
        }
        case param_kind::logical_name: {
            const std::string_view value = decode_value(p.value, scratch_.decoded);
            if (value.empty()) return empty_value(r, p, name, page);
            check_logical_name_value(value, source, name);
            return;
        }
        case param_kind::unique_name: {
            const std::string_view value = decode_value(p.value, scratch_.decoded);
            if (value.empty()) return empty_value(r, p, name, page);
            const std::size_t bad = unique_name_problem(value);
            if (bad < value.size())
                report_.add(diagnostic_code::link_invalid_value, severity::error, source.link_offset(bad), quoted{value},
                            " in ", quoted{name}, " is not an app's unique name: ", shown_char{value, bad},
                            " is not allowed (letters, digits and underscores, such as msdyn_SolutionHealthHub)");
            return;
        }
        case param_kind::choice: {
            const std::string_view value = decode_value(p.value, scratch_.decoded);
            if (value.empty()) return empty_value(r, p, name, page);
            check_choice(r, value, p, name);
            return;
        }
        case param_kind::text:
            check_encoding_of(p, name, false);
            if (p.value.empty() && (r.required & page) != 0) empty_value(r, p, name, page);
            return;
        case param_kind::data: check_encoding_of(p, name, true); return;
        case param_kind::query:
            check_encoding_of(p, name, true);
            check_extraqs(p, source);
            return;
        }
    }

    void check_encoding_of(const query_param& p, std::string_view name, bool encoded_data) {
        const encoding_check e = check_encoding(p.value);
        if (e.bad_escape != no_position)
            report_.add(diagnostic_code::link_malformed_encoding, severity::warning, p.value_offset + e.bad_escape,
                        "a '%' in ", quoted{name}, " starts no escape (two hexadecimal digits must follow): write a "
                        "'%' itself as %25");
        else if (e.invalid_utf8 != no_position)
            report_.add(diagnostic_code::link_malformed_encoding, severity::warning, p.value_offset + e.invalid_utf8,
                        "the escapes in ", quoted{name}, " decode to bytes that are not UTF-8: encode the text as "
                        "UTF-8, as encodeURIComponent does");
        if (encoded_data && e.double_escape != no_position)
            report_.add(diagnostic_code::link_double_encoded, severity::warning, p.value_offset + e.double_escape,
                        quoted{name}, " is percent-encoded twice: ", quoted{p.value.substr(e.double_escape, 5)},
                        " decodes to \"%", p.value.substr(e.double_escape + 3, 2),
                        "\", not to the character it stands for; encode the value once");
    }

    void check_choice(const param_rule& r, std::string_view value, const query_param& p, std::string_view name) {
        for (std::size_t i = 0; i < r.choice_count; ++i)
            if (equals_ignoring_case(value, r.choices[i])) return;
        std::string_view meant;
        for (const choice_hint& h : choice_hints)
            if (h.parameter == r.name && equals_ignoring_case(value, h.written)) meant = h.meant;
        if (meant.empty()) meant = suggest(value, list_view<std::string_view>(r.choices, r.choice_count));
        if (!meant.empty())
            report_.add(diagnostic_code::link_invalid_value, severity::error, p.value_offset, quoted{value, 30},
                        " is not a value of ", quoted{name}, ": did you mean \"", meant, "\"? Allowed: ",
                        choice_list{&r}, " (", r.what, ")");
        else
            report_.add(diagnostic_code::link_invalid_value, severity::error, p.value_offset, quoted{value, 30},
                        " is not a value of ", quoted{name}, "; allowed: ", choice_list{&r}, " (", r.what, ")");
    }

    void check_logical_name_value(std::string_view value, const value_source& source, std::string_view name) {
        const std::size_t bad = logical_name_problem(value);
        if (bad == value.size()) return;
        const text_span placeholder = find_placeholder(value);
        if (placeholder.found()) {
            placeholder_reported_ = true;
            report_.add(diagnostic_code::template_placeholder, severity::error, source.link_offset(placeholder.offset),
                        quoted{value.substr(placeholder.offset, placeholder.length)},
                        " is a template placeholder: replace it with the table's logical name");
            return;
        }
        bool only_case = true;
        for (const char c : value)
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) only_case = false;
        if (only_case && value.size() <= 64 && !(value[0] >= '0' && value[0] <= '9') && value[0] != '_')
            report_.add(diagnostic_code::invalid_logical_name, severity::error, source.link_offset(bad), quoted{value},
                        " in ", quoted{name}, " is not a logical name: logical names are lowercase; did you mean \"",
                        lowercased{value}, "\"?");
        else
            report_.add(diagnostic_code::invalid_logical_name, severity::error, source.link_offset(bad), quoted{value},
                        " in ", quoted{name}, " is not a logical name: ", shown_char{value, bad},
                        " is not allowed (a lowercase letter, then lowercase letters, digits and underscores, such as "
                        "\"incident\")");
    }

    void check_guid_value(std::string_view value, const value_source& source, std::string_view name,
                          std::string_view what) {
        const text_span placeholder = find_placeholder(value);
        if (placeholder.found()) {
            placeholder_reported_ = true;
            report_.add(diagnostic_code::template_placeholder, severity::error, source.link_offset(placeholder.offset),
                        quoted{value.substr(placeholder.offset, placeholder.length)},
                        " is a template placeholder: replace it with ", what, ", a GUID");
            return;
        }
        const guid_check g = check_guid(value);
        if (g.problem != guid_problem::none) {
            const std::size_t in_core = g.braced ? g.at - 1 : g.at;
            const std::size_t percent = value.find('%');
            if (percent != std::string_view::npos) {
                scratch_.retry.clear();
                percent_decode(value, false, scratch_.retry);
                if (is_guid(scratch_.retry)) {
                    report_.add(diagnostic_code::invalid_guid, severity::error, source.link_offset(percent),
                                quoted{name}, " holds a GUID percent-encoded twice: it decodes to ", quoted{value, 45},
                                ", whose '%' was itself encoded as %25; encode it once (braces as %7B and %7D) or "
                                "write it without braces");
                    return;
                }
            }
            if (g.problem == guid_problem::bad_character)
                report_.add(diagnostic_code::invalid_guid, severity::error, source.link_offset(g.at), quoted{value, 45},
                            " in ", quoted{name}, " is not a GUID: ", shown_char{value, g.at}, " at character ", g.at + 1,
                            in_core == 8 || in_core == 13 || in_core == 18 || in_core == 23
                                ? " should be '-'"
                                : " is not a hexadecimal digit",
                            "; a GUID is 8-4-4-4-12 hexadecimal digits such as 0a9f62a8-90df-e311-9565-a45d36fc5fe8");
            else
                report_.add(diagnostic_code::invalid_guid, severity::error, source.link_offset(g.at), quoted{value, 45},
                            " in ", quoted{name}, " is not a GUID: it has ", count_code_points(value),
                            " characters; a GUID is 8-4-4-4-12 hexadecimal digits (36 characters) such as "
                            "0a9f62a8-90df-e311-9565-a45d36fc5fe8");
            return;
        }
        if (g.nil)
            report_.add(diagnostic_code::nil_guid, severity::error, source.link_offset(0), quoted{name},
                        " is the all-zero GUID, which identifies nothing: give ", what);
    }

    /// extraqs holds a query of its own (`formid=...&field=value`), percent-encoded. The first
    /// formid is the one checked (and one is all a form reads).
    void check_extraqs(const query_param& p, const value_source& source) {
        const std::string_view decoded = decode_value(p.value, scratch_.decoded);
        query_param inner;
        char name_buffer[48];
        for (query_reader reader(decoded, 0); reader.next(inner);) {
            if (!equals_ignoring_case(decode_name(inner.name, name_buffer), "formid")) continue;
            const value_source inner_source{inner.value, inner.value_offset, &source};
            std::string_view value = decode_value(inner.value, scratch_.inner);
            // Microsoft's own example ends the value with an encoded CR LF: spaces around are ignored.
            std::size_t lead = 0;
            while (lead < value.size() && (value[lead] == ' ' || value[lead] == '\t' || value[lead] == '\r' || value[lead] == '\n'))
                ++lead;
            value.remove_prefix(lead);
            while (!value.empty() && (value.back() == ' ' || value.back() == '\t' || value.back() == '\r' || value.back() == '\n'))
                value.remove_suffix(1);
            if (value.empty()) {
                report_.add(diagnostic_code::empty_value, severity::error, inner_source.link_offset(0),
                            "\"formid\" in extraqs is empty: give the form's id or leave it out");
                return;
            }
            const value_source shifted{inner.value.substr(raw_index_of_decoded(inner.value, lead)),
                                       inner.value_offset + raw_index_of_decoded(inner.value, lead), &source};
            check_guid_value(value, shifted, "formid", "the form's id");
            return;
        }
    }
};

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_LINK_CHECKER_HPP
// ---- appnotify/detail/link_resolver.hpp ----
// Resolution of an allowed link against an app context: app-relative and main.aspx links become
// <org>/main.aspx?appid=...&<parameters, canonically encoded>, root-relative paths <org>/path,
// absolute links keep their text with the scheme and host lowercased.
#ifndef APPNOTIFY_DETAIL_LINK_RESOLVER_HPP
#define APPNOTIFY_DETAIL_LINK_RESOLVER_HPP

#include <cstddef>
#include <string>
#include <string_view>


namespace appnotify::detail {

/// Appends the organization URL: scheme and host lowercased, the path without trailing slashes.
inline void append_org_url(const org_url& org, std::string& out) {
    for (const char c : org.scheme) out.push_back(ascii_lower(c));
    out.append("://");
    for (const char c : org.authority) out.push_back(ascii_lower(c));
    encode_unsafe(org.path, false, out);
}

/// Appends the app parameter of the context (`appid=<id>` or `appname=<name>`); false when the
/// context names no usable app.
inline bool append_context_app(const app_context& context, std::string& out) {
    const guid_check id = check_guid(context.app_id);
    if (!context.app_id.empty() && id.problem == guid_problem::none) {
        out.append("appid=");
        out.append(id.digits);
        return true;
    }
    if (!context.app_name.empty() && unique_name_problem(context.app_name) == context.app_name.size()) {
        out.append("appname=");
        encode_component(context.app_name, out);
        return true;
    }
    return false;
}

/// True when the query names its app itself.
constexpr bool query_names_app(std::string_view query) noexcept {
    query_reader reader(query, 0);
    query_param p;
    char buffer[48] = {};
    while (reader.next(p)) {
        const std::string_view name = decode_name(p.name, buffer);
        if (equals_ignoring_case(name, "appid") || equals_ignoring_case(name, "appname")) return true;
    }
    return false;
}

inline void append_page_link(std::string_view link, const link_layout& l, const app_context& context,
                             const org_url& org, std::string& out) {
    if (org.ok()) {
        append_org_url(org, out);
        out.append("/main.aspx");
    } else if (l.policy.kind == link_kind::main_aspx) {
        out.append(link[skip_url_tabs(link, l.begin)] == '/' ? "/main.aspx" : "main.aspx");
    }
    const std::string_view query = l.has_query() ? link.substr(l.query_begin, l.query_end - l.query_begin) : std::string_view{};
    bool any = false;
    const std::size_t before = out.size();
    out.push_back('?');
    if (!query_names_app(query) && append_context_app(context, out)) any = true;
    query_reader reader(query, 0);
    query_param p;
    while (reader.next(p)) {
        if (any) out.push_back('&');
        canonicalize_component(p.name, out);
        if (p.has_equals) {
            out.push_back('=');
            canonicalize_component(p.value, out);
        }
        any = true;
    }
    // "?" alone stays for an app-relative link without an organization: it is what makes it one.
    if (!any && !(l.policy.kind == link_kind::app_relative && !org.ok())) out.resize(before);
    if (l.has_fragment()) {
        out.push_back('#');
        encode_unsafe(link.substr(l.fragment_begin, l.end - l.fragment_begin), false, out);
    }
}

inline void append_absolute_link(std::string_view link, const link_layout& l, std::string& out) {
    for (const char c : l.policy.scheme_name()) out.push_back(c);
    out.push_back(':');
    std::size_t rest = l.scheme_end + 1;
    if (l.authority_begin != no_position) {
        out.append("//");
        for (std::size_t i = l.authority_begin; i < l.authority_end;) {
            const auto b = static_cast<unsigned char>(link[i]);
            if (is_unsafe_in_url(b, true)) {
                append_escape(out, b);
                ++i;
            } else if (i + 2 < l.authority_end && is_percent_escape(link, i)) {
                out.append(link.substr(i, 3)); // an escape keeps the case of its digits
                i += 3;
            } else {
                out.push_back(i >= l.host_begin && i < l.host_end ? ascii_lower(link[i]) : link[i]);
                ++i;
            }
        }
        rest = l.authority_end;
    }
    encode_unsafe(link.substr(rest, l.end - rest), false, out);
}

/// Appends the resolved form of `link`, which has no tabs or newlines; false (nothing appended)
/// when the policy refuses it.
inline bool resolve_clean_link(std::string_view link, const app_context& context, std::string& out) {
    const link_layout l = parse_link_layout(link);
    if (!l.policy.allowed()) return false;
    const org_url org = parse_org_url(context.org_url);
    const std::size_t before = out.size();
    switch (l.policy.kind) {
    case link_kind::app_relative:
    case link_kind::main_aspx: append_page_link(link, l, context, org, out); break;
    case link_kind::root_relative:
        if (org.ok()) append_org_url(org, out);
        encode_unsafe(link.substr(l.begin, l.end - l.begin), false, out);
        break;
    case link_kind::fragment:
    case link_kind::refused: encode_unsafe(link.substr(l.begin, l.end - l.begin), false, out); break;
    case link_kind::absolute: append_absolute_link(link, l, out); break;
    }
    // Whatever comes out must pass the policy again; anything else would be a bug, and refused.
    if (!check_link(std::string_view(out).substr(before)).allowed()) {
        out.resize(before);
        return false;
    }
    return true;
}

/// Resolves `link` as a browser reads it: tabs and newlines anywhere are removed first.
inline bool resolve_link_into(std::string_view link, const app_context& context, std::string& out) {
    if (link.find_first_of("\t\n\r") == std::string_view::npos) return resolve_clean_link(link, context, out);
    std::string clean;
    clean.reserve(link.size());
    for (const char c : link)
        if (c != '\t' && c != '\n' && c != '\r') clean.push_back(c);
    return resolve_clean_link(clean, context, out);
}

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_LINK_RESOLVER_HPP
// ---- appnotify/notification.hpp ----
// appnotify: the typed model of an in-app notification.
#ifndef APPNOTIFY_NOTIFICATION_HPP
#define APPNOTIFY_NOTIFICATION_HPP

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>


namespace appnotify {

/// `IconType` option set.
enum class icon_type : std::int32_t {
    info = 100000000,
    success = 100000001,
    failure = 100000002,
    warning = 100000003,
    mention = 100000004,
    custom = 100000005,
};

/// `ToastType` option set.
enum class toast_type : std::int32_t {
    timed = 200000000,
    hidden = 200000001,
};

/// `Priority` option set.
enum class priority : std::int32_t {
    normal = 200000000,
    high = 200000001,
};

/// The display names Dataverse gives the option values ("Info", "Timed", "High"...).
constexpr std::string_view to_string(icon_type value) noexcept {
    switch (value) {
    case icon_type::info: return "Info";
    case icon_type::success: return "Success";
    case icon_type::failure: return "Failure";
    case icon_type::warning: return "Warning";
    case icon_type::mention: return "Mention";
    case icon_type::custom: return "Custom";
    }
    return "Unknown";
}
constexpr std::string_view to_string(toast_type value) noexcept {
    return value == toast_type::hidden ? "Hidden" : "Timed";
}
constexpr std::string_view to_string(priority value) noexcept {
    return value == priority::high ? "High" : "Normal";
}

using string_list = list_view<std::string_view>;

enum class action_type : std::uint8_t { url, side_pane, teams_chat };

constexpr std::string_view to_string(action_type value) noexcept {
    switch (value) {
    case action_type::url: return "url";
    case action_type::side_pane: return "sidepane";
    case action_type::teams_chat: return "teamsChat";
    }
    return "unknown";
}

/// Where a URL action opens: `dialog`, `inline` (the default: the current page) or `newWindow`.
enum class navigation_target : std::uint8_t { current_page, dialog, new_window };

constexpr std::string_view to_string(navigation_target value) noexcept {
    switch (value) {
    case navigation_target::current_page: return "inline";
    case navigation_target::dialog: return "dialog";
    case navigation_target::new_window: return "newWindow";
    }
    return "inline";
}

struct url_action {
    std::string_view url;
    navigation_target target = navigation_target::current_page;
};

/// Options of the side pane a side-pane action creates (Xrm.App.sidePanes.createPane).
struct pane_options {
    std::string_view title;
    std::optional<std::int32_t> width;
    std::string_view pane_id;
    std::string_view image_src;
    std::optional<bool> can_close;
    std::optional<bool> hide_header;
    std::optional<bool> is_selected;
    std::optional<bool> hidden;
    std::optional<bool> always_render;
    std::optional<bool> keep_badge_on_select;
};

enum class page_type : std::uint8_t {
    entityrecord,
    entitylist,
    dashboard,
    webresource,
    custom,
    generative,
};

constexpr std::string_view to_string(page_type value) noexcept {
    switch (value) {
    case page_type::entityrecord: return "entityrecord";
    case page_type::entitylist: return "entitylist";
    case page_type::dashboard: return "dashboard";
    case page_type::webresource: return "webresource";
    case page_type::custom: return "custom";
    case page_type::generative: return "generative";
    }
    return "unknown";
}

enum class view_type : std::uint8_t { unspecified, savedquery, userquery };

/// The page a side pane loads, as Xrm.Navigation.navigateTo describes it. Fields that the page
/// type does not use stay empty.
struct page_target {
    page_type type = page_type::entityrecord;
    std::string_view entity_name;
    std::string_view entity_id;
    std::string_view form_id;
    std::string_view view_id;
    appnotify::view_type view_type = appnotify::view_type::unspecified;
    std::string_view dashboard_id;
    std::string_view webresource_name;
    std::string_view name;
    std::string_view page_id;
    std::string_view record_id;
    std::string_view data;
};

struct side_pane_action {
    pane_options pane;
    page_target target;
};

struct teams_chat_action {
    std::string_view chat_id;
    string_list member_ids;
    bool has_entity_context = false;
    std::string_view entity_name;
    std::string_view record_id;
    std::string_view chat_title;
    std::string_view initial_message;
};

/// One action button of a notification. `type` says which of the three parts is meaningful.
struct action {
    std::string_view title;
    action_type type = action_type::url;
    url_action url;
    side_pane_action side_pane;
    teams_chat_action teams_chat;
};

using action_list = list_view<action>;

/// `OverrideContent`: markdown title and body that replace the plain ones, and a custom icon.
struct content_override {
    std::optional<std::string_view> title;
    std::optional<std::string_view> body;
    std::optional<std::string_view> icon_url;
};

/// A notification as the model-driven app shows it. Strings are unescaped text; option sets hold
/// the value the server uses (the default when the payload leaves them out or sends null).
struct notification {
    std::string_view title;
    /// The recipient as written (`/systemusers(<id>)` or the object form's id) and its GUID.
    std::string_view recipient;
    std::string_view recipient_id;
    std::optional<std::string_view> body;
    icon_type icon = icon_type::info;
    toast_type toast = toast_type::timed;
    appnotify::priority priority = appnotify::priority::normal;
    /// Seconds until the notification is deleted; absent means the organization's default.
    std::optional<std::int32_t> expiry;
    std::optional<content_override> override_content;
    action_list actions;
};

} // namespace appnotify

#endif // APPNOTIFY_NOTIFICATION_HPP

namespace appnotify {

/// Where the parts of a link are (positions index the link): its policy check (`policy.kind`),
/// scheme, host, path, query and fragment, and whether its query addresses a model-driven page.
using link_parts = detail::link_layout;

/// Splits a link into its parts, after the policy check. Linear; never allocates.
constexpr link_parts parse_link(std::string_view link) noexcept { return detail::parse_link_layout(link); }

/// The diagnostics of one link (or of an app context), in the validator's format: `offset` is a
/// byte offset into the link, `line` and `column` positions in it, `path` the JSON Pointer given
/// to the check (empty by default). Reusing a report for many links keeps its buffers.
class link_report {
public:
    bool valid() const noexcept { return sink_.error_count() == 0; }
    explicit operator bool() const noexcept { return valid(); }
    std::size_t error_count() const noexcept { return sink_.error_count(); }
    std::size_t warning_count() const noexcept { return sink_.warning_count(); }
    list_view<diagnostic> diagnostics() const noexcept { return {diagnostics_.data(), diagnostics_.size()}; }
    /// The parts of the link last checked.
    const link_parts& parts() const noexcept { return parts_; }

    /// At most this many diagnostics are kept; the rest are counted in one final
    /// too-many-diagnostics warning.
    static constexpr std::size_t max_kept = 1000;

private:
    friend void check_app_link(std::string_view, link_report&, const app_context&, std::string_view);
    friend void check_app_context(const app_context&, link_report&);

    class collector final : public detail::link_reporter {
    public:
        collector(link_report& report, std::string_view path) noexcept : sink_(report.sink_), path_(path) {}
        /// Sets the JSON Pointer of the diagnostics that follow.
        void set_path(std::string_view path) noexcept { path_ = path; }

    protected:
        std::string* begin(diagnostic_code code, severity level, std::size_t at) override {
            if (!sink_.begin(code, level, at)) return nullptr;
            sink_.arena().append(path_);
            sink_.end_path();
            return &sink_.arena();
        }
        void end() override { sink_.end_message(); }

    private:
        detail::diagnostic_sink& sink_;
        std::string_view path_;
    };

    void reset() {
        sink_.reset(true, max_kept);
        parts_ = {};
    }

    /// Sorts by offset and makes the public diagnostics, positioned in `text`.
    void finish(std::string_view text) { sink_.finish(text, diagnostics_); }

    detail::diagnostic_sink sink_;
    std::vector<diagnostic> diagnostics_;
    detail::link_scratch scratch_;
    link_parts parts_;
};

/// Checks a link as the validator does: the link policy, then for a model-driven page link
/// (`?...`, `main.aspx?...`, or an absolute URL whose path is /main.aspx) every parameter by page
/// type; with a context, a link to another host than the organization's and an app other than
/// the context's are reported. `path` is the JSON Pointer the diagnostics carry.
inline void check_app_link(std::string_view link, link_report& report, const app_context& context = {},
                           std::string_view path = {}) {
    report.reset();
    link_report::collector collect(report, path);
    detail::link_checker checker(collect, report.scratch_, context);
    report.parts_ = checker.check(link);
    report.finish(link);
}

inline link_report check_app_link(std::string_view link, const app_context& context = {}) {
    link_report report;
    check_app_link(link, report, context);
    return report;
}

/// Checks an app context before links are resolved against it: the organization URL must be an
/// http(s) URL with a host and nothing after its path; the app id a GUID; the app name a unique
/// name; and only one of the two may be given. Paths are "/org_url", "/app_id" and "/app_name";
/// offsets index the value concerned.
inline void check_app_context(const app_context& context, link_report& report) {
    report.reset();
    link_report::collector collect(report, "/org_url");
    const detail::org_url org = detail::parse_org_url(context.org_url);
    if (!context.org_url.empty() && !org.ok())
        collect.add(diagnostic_code::link_invalid_context, severity::error, 0, "the organization URL ",
                    detail::quoted{context.org_url}, " is not usable: ", detail::describe(org.problem),
                    ", such as https://contoso.crm.dynamics.com");
    collect.set_path("/app_id");
    const detail::guid_check id = detail::check_guid(context.app_id);
    if (!context.app_id.empty() && id.problem != detail::guid_problem::none)
        collect.add(diagnostic_code::link_invalid_context, severity::error, id.at, "the app id ",
                    detail::quoted{context.app_id}, " is not a GUID: give the app's AppModuleId, such as "
                    "12fd1cf3-e06e-e911-a95f-000d3a13c42a");
    collect.set_path("/app_name");
    const std::size_t bad = detail::unique_name_problem(context.app_name);
    if (bad < context.app_name.size())
        collect.add(diagnostic_code::link_invalid_context, severity::error, bad, "the app name ",
                    detail::quoted{context.app_name}, " is not a unique name: ",
                    detail::shown_char{context.app_name, bad}, " is not allowed (letters, digits and underscores)");
    if (!context.app_id.empty() && !context.app_name.empty())
        collect.add(diagnostic_code::link_app_conflict, severity::error, 0,
                    "give the app either by id or by unique name, not both: main.aspx cannot take appid and appname");
    report.finish({});
}

/// Appends the href of `link` for `context` to `out`:
/// - `?pagetype=...` and `main.aspx?...` become `<org>/main.aspx?appid=<id>&...`: the context's
///   app first (unless the link names its own), then the link's parameters in their order and
///   spelling, canonically percent-encoded (unreserved characters kept, everything else %XX;
///   `+` is a space, written %20); the fragment is kept.
/// - `/WebResources/x` becomes `<org>/WebResources/x`; a `#fragment` stays as it is.
/// - absolute links keep their text, with the scheme and host lowercased (nothing else folded:
///   an IDN stays as the punycode or Unicode it was written in).
/// Without an organization URL, links stay relative (with the app and canonical encoding).
/// Tabs and newlines are removed first and characters that cannot stand in a URL (spaces,
/// controls, quotes, angle brackets, non-ASCII outside the host) are percent-encoded, so the
/// result is safe in an HTML attribute or a terminal hyperlink. Resolving a resolved link gives
/// it back unchanged. Returns false, appending nothing, when the link policy refuses the link.
inline bool resolve_link(std::string_view link, const app_context& context, std::string& out) {
    return detail::resolve_link_into(link, context, out);
}

/// Appends the main.aspx URL that opens `page` (a side pane's navigationTarget), such as
/// `https://contoso.crm.dynamics.com/main.aspx?appid=<id>&pagetype=entityrecord&etn=task&id=<GUID>`,
/// or `/main.aspx?...` without an organization URL. Empty fields are left out; a generative page
/// is `pagetype=genux&id=<pageId>`; viewType savedquery is `viewtype=1039`, userquery 4230.
inline void append_page_url(const page_target& page, const app_context& context, std::string& out) {
    const detail::org_url org = detail::parse_org_url(context.org_url);
    if (org.ok()) detail::append_org_url(org, out);
    out.append("/main.aspx?");
    bool any = detail::append_context_app(context, out);
    const auto param = [&](std::string_view name, std::string_view value) {
        if (value.empty()) return;
        if (any) out.push_back('&');
        out.append(name);
        out.push_back('=');
        detail::encode_component(value, out);
        any = true;
    };
    switch (page.type) {
    case page_type::entityrecord:
        param("pagetype", "entityrecord");
        param("etn", page.entity_name);
        param("id", page.entity_id);
        param("formid", page.form_id);
        return;
    case page_type::entitylist:
        param("pagetype", "entitylist");
        param("etn", page.entity_name);
        param("viewid", page.view_id);
        param("viewtype", page.view_type == view_type::savedquery  ? "1039"
                          : page.view_type == view_type::userquery ? "4230"
                                                                   : "");
        return;
    case page_type::dashboard:
        param("pagetype", "dashboard");
        param("id", page.dashboard_id);
        return;
    case page_type::webresource:
        param("pagetype", "webresource");
        param("webresourceName", page.webresource_name);
        param("data", page.data);
        return;
    case page_type::custom:
        param("pagetype", "custom");
        param("name", page.name);
        param("entityName", page.entity_name);
        param("recordId", page.record_id);
        return;
    case page_type::generative:
        param("pagetype", "genux");
        param("id", page.page_id);
        return;
    }
}

/// Appends the Teams deep link of a Teams chat action: for a `chatId`,
/// `https://teams.microsoft.com/l/chat/<chatId>/conversations`; otherwise the link that starts a
/// chat, `https://teams.microsoft.com/l/chat/0/0?users=<id>,<id>&topicName=<chatTitle>&message=<initialMessage>`,
/// each value percent-encoded and empty ones left out. The linked record (entityContext) has no
/// place in a deep link.
inline void append_teams_chat_link(const teams_chat_action& chat, std::string& out) {
    out.append("https://teams.microsoft.com/l/chat/");
    if (!chat.chat_id.empty()) {
        // A path segment: chat ids such as 19:abc@thread.v2 keep their ':' and '@'.
        for (const char c : chat.chat_id) {
            const auto b = static_cast<unsigned char>(c);
            if (detail::is_unreserved(b) || c == ':' || c == '@') out.push_back(c);
            else detail::append_escape(out, b);
        }
        out.append("/conversations");
        return;
    }
    out.append("0/0");
    char separator = '?';
    if (!chat.member_ids.empty()) {
        out.push_back(separator);
        out.append("users=");
        for (std::size_t i = 0; i < chat.member_ids.size(); ++i) {
            if (i != 0) out.push_back(',');
            detail::encode_component(chat.member_ids[i], out);
        }
        separator = '&';
    }
    if (!chat.chat_title.empty()) {
        out.push_back(separator);
        out.append("topicName=");
        detail::encode_component(chat.chat_title, out);
        separator = '&';
    }
    if (!chat.initial_message.empty()) {
        out.push_back(separator);
        out.append("message=");
        detail::encode_component(chat.initial_message, out);
    }
}

/// The link_rewriter of the markdown renderers that emits resolved links for an app context:
/// `resolve_link` for every link the policy allows.
class app_link_resolver final : public link_rewriter {
public:
    explicit app_link_resolver(const app_context& context) noexcept : context_(context) {}

    bool rewrite(std::string_view destination, const link_check& check, std::string& href) const override {
        return check.allowed() && resolve_link(destination, context_, href);
    }

    const app_context& context() const noexcept { return context_; }

private:
    app_context context_;
};

} // namespace appnotify

#endif // APPNOTIFY_LINKS_HPP
// ---- appnotify/ndjson.hpp ----
// appnotify: validating newline-delimited payloads (exports with one notification per line).
#ifndef APPNOTIFY_NDJSON_HPP
#define APPNOTIFY_NDJSON_HPP

#include <cstddef>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

#include <simdjson.h>

// ---- appnotify/validate.hpp ----
// appnotify: validating a SendAppNotification request body.
#ifndef APPNOTIFY_VALIDATE_HPP
#define APPNOTIFY_VALIDATE_HPP

#include <cstddef>
#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

#include <simdjson.h>

// ---- appnotify/detail/action_checker.hpp ----
// The rules of the SendAppNotification request body (seed 000 and the Web API reference of the
// action): which parameters exist, what each holds, and how actions are shaped.
#ifndef APPNOTIFY_DETAIL_ACTION_CHECKER_HPP
#define APPNOTIFY_DETAIL_ACTION_CHECKER_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

// ---- appnotify/detail/value_checks.hpp ----
// Checks of single values shared by every payload dialect: text fields, option sets, integers,
// GUIDs and logical names, each reporting in the validator's format.
#ifndef APPNOTIFY_DETAIL_VALUE_CHECKS_HPP
#define APPNOTIFY_DETAIL_VALUE_CHECKS_HPP

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

// ---- appnotify/detail/json_string.hpp ----
// Positions inside JSON strings: from an index into the unescaped text back to the byte of the
// raw JSON that produced it, so a diagnostic can point at the exact character even after
// escapes such as \u0026, \n or surrogate pairs.
#ifndef APPNOTIFY_DETAIL_JSON_STRING_HPP
#define APPNOTIFY_DETAIL_JSON_STRING_HPP

#include <cstddef>
#include <string_view>


namespace appnotify::detail {

constexpr unsigned hex4_value(std::string_view s) noexcept {
    unsigned v = 0;
    for (const char c : s) v = v * 16 + static_cast<unsigned>(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
    return v;
}

/// `raw` starts at the opening quote of a valid JSON string. Returns the offset within `raw` of
/// the source of unescaped byte `index` (the closing quote's offset for index == length).
constexpr std::size_t raw_offset_in_string(std::string_view raw, std::size_t index) noexcept {
    std::size_t r = 1; // after the opening quote
    std::size_t decoded = 0;
    while (r < raw.size() && raw[r] != '"') {
        std::size_t raw_len = 1;
        std::size_t out_len = 1;
        if (raw[r] == '\\' && r + 1 < raw.size()) {
            raw_len = 2;
            if (raw[r + 1] == 'u' && r + 6 <= raw.size()) {
                const unsigned unit = hex4_value(raw.substr(r + 2, 4));
                raw_len = 6;
                if (unit >= 0xD800 && unit <= 0xDBFF && r + 12 <= raw.size() && raw[r + 6] == '\\') {
                    raw_len = 12;
                    out_len = 4;
                } else {
                    out_len = unit < 0x80 ? 1 : unit < 0x800 ? 2 : 3;
                }
            }
        }
        if (index < decoded + out_len) return r;
        decoded += out_len;
        r += raw_len;
    }
    return r;
}

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_JSON_STRING_HPP
// ---- appnotify/detail/json_walker.hpp ----
// The traversal every payload checker is built on: walks a simdjson on-demand document visiting
// every value (on-demand only validates what it is asked to read), keeps the JSON Pointer of the
// current value, finds duplicate keys, checks OData type annotations, and reports diagnostics.
#ifndef APPNOTIFY_DETAIL_JSON_WALKER_HPP
#define APPNOTIFY_DETAIL_JSON_WALKER_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <simdjson.h>

// ---- appnotify/detail/json_pointer.hpp ----
// RFC 6901 JSON Pointer building.
#ifndef APPNOTIFY_DETAIL_JSON_POINTER_HPP
#define APPNOTIFY_DETAIL_JSON_POINTER_HPP

#include <cstddef>
#include <string>
#include <string_view>

namespace appnotify::detail {

/// Appends "/" and `key` with "~" written as "~0" and "/" as "~1".
inline void append_pointer_segment(std::string& pointer, std::string_view key) {
    pointer.push_back('/');
    for (const char c : key) {
        if (c == '~') pointer.append("~0");
        else if (c == '/') pointer.append("~1");
        else pointer.push_back(c);
    }
}

inline void append_pointer_index(std::string& pointer, std::size_t index) {
    char digits[24];
    std::size_t n = 0;
    do {
        digits[n++] = static_cast<char>('0' + index % 10);
        index /= 10;
    } while (index != 0);
    pointer.push_back('/');
    while (n != 0) pointer.push_back(digits[--n]);
}

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_JSON_POINTER_HPP
// ---- appnotify/detail/number.hpp ----
// JSON number grammar (RFC 8259 section 6) and exact integer reading, independent of doubles so
// that 1e400, -0 and 9223372036854775808 are classified rather than rounded.
#ifndef APPNOTIFY_DETAIL_NUMBER_HPP
#define APPNOTIFY_DETAIL_NUMBER_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace appnotify::detail {

constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

enum class number_problem : std::uint8_t {
    none,
    leading_zero,     // 01
    missing_digits,   // "-", "1.", "1e", ".5"
    plus_sign,        // +1
};

struct number_scan {
    std::size_t length = 0; // bytes of the number token; 0 when nothing number-like starts here
    number_problem problem = number_problem::none;
    std::size_t problem_at = 0; // offset of the problem inside the token
    bool is_integer = true;     // no fraction and no exponent
};

/// Scans the longest JSON-number-like token at `text[at]` and says whether it is a valid number.
constexpr number_scan scan_number(std::string_view text, std::size_t at) noexcept {
    number_scan r;
    std::size_t i = at;
    const auto more = [&] { return i < text.size(); };
    if (more() && text[i] == '+') {
        r.problem = number_problem::plus_sign;
        r.problem_at = 0;
        ++i;
    } else if (more() && text[i] == '-') {
        ++i;
    }
    if (more() && text[i] == '0') {
        ++i;
        if (more() && is_digit(text[i]) && r.problem == number_problem::none) {
            r.problem = number_problem::leading_zero;
            r.problem_at = i - 1 - at;
        }
        while (more() && is_digit(text[i])) ++i;
    } else if (more() && is_digit(text[i])) {
        while (more() && is_digit(text[i])) ++i;
    } else if (!(more() && text[i] == '.')) {
        if (r.problem == number_problem::none) {
            r.problem = number_problem::missing_digits;
            r.problem_at = i - at;
        }
        r.length = i - at;
        return r;
    } else if (r.problem == number_problem::none) {
        r.problem = number_problem::missing_digits;
        r.problem_at = i - at;
    }
    if (more() && text[i] == '.') {
        r.is_integer = false;
        ++i;
        if (!(more() && is_digit(text[i])) && r.problem == number_problem::none) {
            r.problem = number_problem::missing_digits;
            r.problem_at = i - at;
        }
        while (more() && is_digit(text[i])) ++i;
    }
    if (more() && (text[i] == 'e' || text[i] == 'E')) {
        r.is_integer = false;
        ++i;
        if (more() && (text[i] == '+' || text[i] == '-')) ++i;
        if (!(more() && is_digit(text[i])) && r.problem == number_problem::none) {
            r.problem = number_problem::missing_digits;
            r.problem_at = i - at;
        }
        while (more() && is_digit(text[i])) ++i;
    }
    r.length = i - at;
    return r;
}

enum class integer_read : std::uint8_t { ok, not_integer, overflow };

/// Reads a valid JSON number token as a 64-bit integer. A fraction or exponent is `not_integer`
/// even when its value is whole (100000000.0, 1e8): the server's integer parameters refuse them.
constexpr integer_read read_integer(std::string_view token, std::int64_t& value) noexcept {
    std::size_t i = 0;
    const bool negative = !token.empty() && token[0] == '-';
    if (negative) ++i;
    std::uint64_t magnitude = 0;
    bool overflow = false;
    for (; i < token.size(); ++i) {
        const char c = token[i];
        if (!is_digit(c)) return integer_read::not_integer;
        const auto digit = static_cast<std::uint64_t>(c - '0');
        if (magnitude > (UINT64_MAX - digit) / 10) overflow = true;
        else magnitude = magnitude * 10 + digit;
    }
    const std::uint64_t limit = negative ? std::uint64_t(INT64_MAX) + 1 : std::uint64_t(INT64_MAX);
    if (overflow || magnitude > limit) return integer_read::overflow;
    value = negative ? static_cast<std::int64_t>(0 - magnitude) : static_cast<std::int64_t>(magnitude);
    return integer_read::ok;
}

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_NUMBER_HPP

namespace appnotify::detail {

namespace od = simdjson::ondemand;

enum class json_kind : std::uint8_t { object, array, string, number, boolean, null };

constexpr std::string_view describe(json_kind kind) noexcept {
    switch (kind) {
    case json_kind::object: return "an object";
    case json_kind::array: return "an array";
    case json_kind::string: return "a string";
    case json_kind::number: return "a number";
    case json_kind::boolean: return "a boolean";
    case json_kind::null: return "null";
    }
    return "a value";
}

/// How one object of a payload is checked.
struct object_rules {
    /// The OData type the object's own "@odata.type" must name (without '#'); empty: any.
    std::string_view expected_type;
    /// Warn when "@odata.type" is missing: nested objects of an open type need it.
    bool type_annotation_expected = false;
    /// Members whose "<member>@odata.type" annotation must name this type.
    const std::string_view* annotated_members = nullptr;
    const std::string_view* annotated_member_types = nullptr;
    std::size_t annotated_member_count = 0;
};

/// What an object's own "@odata.type" said, for checkers that interpret it themselves.
struct object_summary {
    bool has_type = false;
    std::string_view type_name; // without the leading '#'
    std::size_t type_offset = 0;
};

struct walk_limits {
    std::size_t max_depth = 64;
};

/// Reusable buffers of a walker; kept between runs so steady-state checking allocates nothing.
struct walker_scratch {
    struct segment {
        std::string_view key;
        std::size_t index;
        bool is_index;
    };
    struct member {
        std::string_view key;
        std::size_t offset;
        json_kind kind;
    };
    struct annotation {
        std::string_view key;
        std::string_view annotated; // empty for the object's own "@odata.type"
        std::string_view type_name; // as written
        std::size_t key_offset;
        std::size_t value_offset;
    };
    std::vector<segment> path;
    std::vector<member> members;
    /// Open-addressing index of a large object's members: slot = 1 + member index, 0 = empty.
    std::vector<std::uint32_t> index;
    std::vector<annotation> annotations;
    std::string pointer;

    void clear() {
        path.clear();
        members.clear();
        annotations.clear();
        pointer.clear();
    }
};

/// Canonical form of an OData type name: alias "mscrm." expanded, leading '#' removed.
inline std::string_view odata_type_core(std::string_view name) noexcept {
    if (!name.empty() && name.front() == '#') name.remove_prefix(1);
    return name;
}

inline bool same_odata_type(std::string_view written, std::string_view expected) noexcept {
    written = odata_type_core(written);
    constexpr std::string_view alias = "mscrm.";
    constexpr std::string_view full = "Microsoft.Dynamics.CRM.";
    auto strip = [&](std::string_view s) {
        if (s.substr(0, alias.size()) == alias) return s.substr(alias.size());
        if (s.substr(0, full.size()) == full) return s.substr(full.size());
        return std::string_view{};
    };
    if (written == expected) return true;
    const std::string_view a = strip(written), b = strip(expected);
    if (!a.empty() && a == b) return true;
    // Collection(mscrm.expando) and Collection(Microsoft.Dynamics.CRM.expando) are the same.
    constexpr std::string_view coll = "Collection(";
    if (written.substr(0, coll.size()) == coll && expected.substr(0, coll.size()) == coll && written.back() == ')' &&
        expected.back() == ')')
        return same_odata_type(written.substr(coll.size(), written.size() - coll.size() - 1),
                               expected.substr(coll.size(), expected.size() - coll.size() - 1));
    // Primitive types may be written with or without the Edm namespace.
    constexpr std::string_view edm = "Edm.";
    if (written.substr(0, edm.size()) == edm && written.substr(edm.size()) == expected) return true;
    if (expected.substr(0, edm.size()) == edm && expected.substr(edm.size()) == written) return true;
    return false;
}

/// The JSON kind an OData type name describes, or false when the name is not one we know.
inline bool odata_type_kind(std::string_view name, json_kind& kind) noexcept {
    name = odata_type_core(name);
    if (name.substr(0, 11) == "Collection(" && !name.empty() && name.back() == ')') {
        kind = json_kind::array;
        return true;
    }
    if (name.substr(0, 4) == "Edm.") name.remove_prefix(4);
    for (const std::string_view s : {"String", "Guid", "DateTimeOffset", "Date", "TimeOfDay", "Duration", "Binary"})
        if (name == s) {
            kind = json_kind::string;
            return true;
        }
    for (const std::string_view s : {"Int16", "Int32", "Int64", "Byte", "SByte", "Decimal", "Double", "Single"})
        if (name == s) {
            kind = json_kind::number;
            return true;
        }
    if (name == "Boolean") {
        kind = json_kind::boolean;
        return true;
    }
    if (name.substr(0, 23) == "Microsoft.Dynamics.CRM." || name.substr(0, 6) == "mscrm.") {
        kind = json_kind::object;
        return true;
    }
    return false;
}

class json_walker {
public:
    json_walker(diagnostic_sink& sink, walker_scratch& scratch, walk_limits limits) noexcept
        : sink_(sink), scratch_(scratch), limits_(limits) {}

    /// `base` is where byte 0 of `input` sits in the buffer simdjson parses.
    void start(std::string_view input, const char* base) {
        input_ = input;
        base_ = base;
        depth_ = 0;
        stopped_ = false;
        syntax_error_ = false;
        scratch_.clear();
    }

    /// Checking stops on a syntax error, on too deep nesting, and at the first error when only
    /// the verdict is wanted.
    bool stopped() const noexcept { return stopped_ || (!sink_.collecting() && sink_.error_count() != 0); }
    /// simdjson refused something: the caller locates the exact syntax error.
    bool syntax_error() const noexcept { return syntax_error_; }

protected:
    diagnostic_sink& sink_;
    walker_scratch& scratch_;
    walk_limits limits_;
    std::string_view input_;
    const char* base_ = nullptr;
    std::size_t depth_ = 0;
    bool stopped_ = false;
    bool syntax_error_ = false;

    // --- reporting -----------------------------------------------------------------------------

    void fail_syntax() noexcept {
        syntax_error_ = true;
        stopped_ = true;
    }

    void write_pointer(std::string& out) const {
        for (const auto& s : scratch_.path) {
            if (s.is_index) append_pointer_index(out, s.index);
            else append_pointer_segment(out, s.key);
        }
    }

    template <typename... Pieces>
    void report(diagnostic_code code, severity level, std::size_t offset, const Pieces&... message) {
        if (!sink_.begin(code, level, offset)) return;
        write_pointer(sink_.arena());
        sink_.end_path();
        append_all(sink_.arena(), message...);
        sink_.end_message();
    }

    /// Reports about `member` of the current object, which may be absent (a missing member).
    template <typename... Pieces>
    void report_member(std::string_view member, diagnostic_code code, severity level, std::size_t offset,
                       const Pieces&... message) {
        if (!sink_.begin(code, level, offset)) return;
        write_pointer(sink_.arena());
        append_pointer_segment(sink_.arena(), member);
        sink_.end_path();
        append_all(sink_.arena(), message...);
        sink_.end_message();
    }

    // --- values --------------------------------------------------------------------------------

    std::size_t offset_of(const char* p) const noexcept { return static_cast<std::size_t>(p - base_); }
    std::size_t offset_of(od::value& v) noexcept { return offset_of(v.raw_json_token().data()); }

    /// The kind of a value; a refusal from simdjson is a syntax error. Numbers, booleans and
    /// null are validated here, once for every reader: simdjson only checks what it is asked to
    /// read, and a null that means "the default" is never read.
    bool kind_of(od::value& v, json_kind& kind) {
        od::json_type t{};
        if (v.type().get(t) != simdjson::SUCCESS) {
            fail_syntax();
            return false;
        }
        switch (t) {
        case od::json_type::object: kind = json_kind::object; break;
        case od::json_type::array: kind = json_kind::array; break;
        case od::json_type::string: kind = json_kind::string; break;
        case od::json_type::number: kind = json_kind::number; break;
        case od::json_type::boolean: kind = json_kind::boolean; break;
        case od::json_type::null: kind = json_kind::null; break;
        }
        if (kind == json_kind::object || kind == json_kind::array || kind == json_kind::string) return true;
        std::string_view token;
        return scalar_token(v, kind, token);
    }

    /// The text of a number, true, false or null, validated (simdjson only checks what it reads).
    bool scalar_token(od::value& v, json_kind kind, std::string_view& token) {
        token = v.raw_json_token();
        while (!token.empty() && (token.back() == ' ' || token.back() == '\t' || token.back() == '\n' || token.back() == '\r'))
            token.remove_suffix(1);
        bool valid = false;
        if (kind == json_kind::number) {
            const number_scan n = scan_number(token, 0);
            valid = n.problem == number_problem::none && n.length == token.size();
        } else if (kind == json_kind::boolean) {
            valid = token == "true" || token == "false";
        } else if (kind == json_kind::null) {
            valid = token == "null";
        }
        if (!valid) fail_syntax();
        return valid;
    }

    bool read_string(od::value& v, std::string_view& out) {
        if (v.get_string().get(out) != simdjson::SUCCESS) {
            fail_syntax();
            return false;
        }
        return true;
    }

    /// Validates a value nobody interprets (unknown members, annotations of unknown types).
    void skip(od::value& v, json_kind kind) {
        switch (kind) {
        case json_kind::object:
            walk_object(v, offset_of(v), object_rules{}, nullptr,
                        [&](std::string_view, std::size_t, od::value& member, json_kind member_kind) {
                            skip(member, member_kind);
                            return true;
                        });
            return;
        case json_kind::array:
            walk_array(v, [&](std::size_t, od::value& element, json_kind element_kind) { skip(element, element_kind); });
            return;
        case json_kind::string: {
            std::string_view ignored;
            read_string(v, ignored);
            return;
        }
        default: {
            std::string_view ignored;
            scalar_token(v, kind, ignored);
            return;
        }
        }
    }

    bool enter(std::size_t offset) {
        if (++depth_ <= limits_.max_depth) return true;
        report(diagnostic_code::json_nesting_too_deep, severity::error, offset,
               "arrays and objects are nested deeper than the limit of ", limits_.max_depth);
        stopped_ = true;
        return false;
    }

    // --- containers ----------------------------------------------------------------------------

    /// Walks an object: `on_member(key, key_offset, value, kind)` returns false for a member it
    /// does not know, which is then reported by `on_unknown(key, key_offset, value, kind)`.
    /// OData annotations are checked here and never reach the callbacks.
    template <typename OnMember>
    void walk_object(od::value& v, std::size_t offset, const object_rules& rules, object_summary* summary,
                     OnMember&& on_member) {
        od::object object;
        if (v.get_object().get(object) != simdjson::SUCCESS) return fail_syntax();
        walk_object(object, offset, rules, summary, on_member);
    }

    template <typename Object, typename OnMember>
    void walk_object(Object& object, std::size_t offset, const object_rules& rules, object_summary* summary,
                     OnMember&& on_member) {
        if (!enter(offset)) return;
        const std::size_t members_begin = scratch_.members.size();
        const std::size_t annotations_begin = scratch_.annotations.size();
        for (auto field_result : object) {
            od::field field;
            if (std::move(field_result).get(field) != simdjson::SUCCESS) {
                fail_syntax();
                break;
            }
            // The raw key must be read first: unescaping consumes it.
            const std::size_t key_offset = offset_of(field.key().raw()) - 1;
            std::string_view key;
            if (field.unescaped_key().get(key) != simdjson::SUCCESS) {
                fail_syntax();
                break;
            }
            od::value& value = field.value();
            json_kind kind{};
            if (!kind_of(value, kind)) break;
            scratch_.members.push_back({key, key_offset, kind});
            scratch_.path.push_back({key, 0, false});
            if (is_type_annotation(key)) {
                record_annotation(key, key_offset, value, kind);
            } else if (!on_member(key, key_offset, value, kind)) {
                skip(value, kind);
            }
            scratch_.path.pop_back();
            if (stopped()) break;
        }
        if (!stopped()) finish_object(offset, members_begin, annotations_begin, rules, summary);
        scratch_.members.resize(members_begin);
        scratch_.annotations.resize(annotations_begin);
        --depth_;
    }

    /// Walks an array: `on_element(index, value, kind)` for each element.
    template <typename OnElement>
    void walk_array(od::value& v, OnElement&& on_element) {
        const std::size_t offset = offset_of(v);
        od::array array;
        if (v.get_array().get(array) != simdjson::SUCCESS) return fail_syntax();
        if (!enter(offset)) return;
        std::size_t index = 0;
        for (auto element_result : array) {
            od::value element;
            if (std::move(element_result).get(element) != simdjson::SUCCESS) {
                fail_syntax();
                break;
            }
            json_kind kind{};
            if (!kind_of(element, kind)) break;
            scratch_.path.push_back({{}, index, true});
            on_element(index, element, kind);
            scratch_.path.pop_back();
            ++index;
            if (stopped()) break;
        }
        --depth_;
    }

private:
    static bool is_type_annotation(std::string_view key) noexcept {
        constexpr std::string_view suffix = "@odata.type";
        return key.size() >= suffix.size() && key.substr(key.size() - suffix.size()) == suffix;
    }

    void record_annotation(std::string_view key, std::size_t key_offset, od::value& value, json_kind kind) {
        const std::size_t value_offset = offset_of(value);
        if (kind != json_kind::string) {
            report(diagnostic_code::wrong_type, severity::error, value_offset,
                   "an @odata.type annotation is a string such as \"#Microsoft.Dynamics.CRM.expando\", found ",
                   describe(kind));
            skip(value, kind);
            return;
        }
        std::string_view type_name;
        if (!read_string(value, type_name)) return;
        if (type_name.empty() || type_name.front() != '#') {
            report(diagnostic_code::odata_type_missing_hash, severity::warning, value_offset, "write \"#",
                   type_name.substr(0, 80), "\": OData type names in annotations start with '#'");
        }
        scratch_.annotations.push_back(
            {key, key.substr(0, key.size() - std::string_view("@odata.type").size()), type_name, key_offset, value_offset});
    }

    static std::size_t hash_key(std::string_view key) noexcept {
        std::size_t h = 1469598103934665603ull; // FNV-1a
        for (const char c : key) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
        return h;
    }

    /// Indexes members [begin, end) by key, reporting each repeated key; linear time whatever
    /// the keys, so a hostile object with a million members stays cheap.
    void index_members(std::size_t begin) {
        const std::size_t count = scratch_.members.size() - begin;
        std::size_t size = 64;
        while (size < 2 * count) size *= 2;
        scratch_.index.assign(size, 0);
        for (std::size_t i = begin; i < scratch_.members.size(); ++i) {
            const walker_scratch::member& m = scratch_.members[i];
            std::size_t slot = hash_key(m.key) & (size - 1);
            while (true) {
                const std::uint32_t at = scratch_.index[slot];
                if (at == 0) {
                    scratch_.index[slot] = static_cast<std::uint32_t>(i - begin + 1);
                    break;
                }
                if (scratch_.members[begin + at - 1].key == m.key) {
                    report_duplicate(m);
                    break;
                }
                slot = (slot + 1) & (size - 1);
            }
        }
    }

    const walker_scratch::member* find_member(std::size_t begin, std::string_view key, bool indexed) const {
        if (indexed) {
            const std::size_t size = scratch_.index.size();
            std::size_t slot = hash_key(key) & (size - 1);
            while (const std::uint32_t at = scratch_.index[slot]) {
                if (scratch_.members[begin + at - 1].key == key) return &scratch_.members[begin + at - 1];
                slot = (slot + 1) & (size - 1);
            }
            return nullptr;
        }
        for (std::size_t i = begin; i < scratch_.members.size(); ++i)
            if (scratch_.members[i].key == key) return &scratch_.members[i];
        return nullptr;
    }

    void finish_object(std::size_t offset, std::size_t members_begin, std::size_t annotations_begin,
                       const object_rules& rules, object_summary* summary) {
        const std::size_t count = scratch_.members.size() - members_begin;
        // Duplicates: pairwise for the usual small objects, hashed for large hostile ones.
        constexpr std::size_t pairwise_limit = 16;
        const bool indexed = count > pairwise_limit;
        if (indexed) {
            index_members(members_begin);
        } else {
            for (std::size_t i = members_begin + 1; i < scratch_.members.size(); ++i)
                for (std::size_t j = members_begin; j < i; ++j)
                    if (scratch_.members[i].key == scratch_.members[j].key) {
                        report_duplicate(scratch_.members[i]);
                        break;
                    }
        }

        bool has_own_type = false;
        for (std::size_t i = annotations_begin; i < scratch_.annotations.size(); ++i) {
            const auto& a = scratch_.annotations[i];
            if (a.annotated.empty()) {
                has_own_type = true;
                if (summary) *summary = {true, odata_type_core(a.type_name), a.value_offset};
                if (!rules.expected_type.empty() && !same_odata_type(a.type_name, rules.expected_type))
                    report_member("@odata.type", diagnostic_code::odata_type_mismatch, severity::error, a.value_offset,
                                  "this object must be typed \"#", rules.expected_type, "\", not ",
                                  quoted{a.type_name});
                continue;
            }
            const walker_scratch::member* target = find_member(members_begin, a.annotated, indexed);
            const std::string_view annotation_key = a.key;
            if (target == nullptr) {
                report_member(annotation_key, diagnostic_code::odata_annotation_orphan, severity::warning, a.key_offset,
                              "this annotation describes ", quoted{a.annotated},
                              ", which is not a member of this object");
                continue;
            }
            std::string_view expected;
            for (std::size_t k = 0; k < rules.annotated_member_count; ++k)
                if (rules.annotated_members[k] == a.annotated) expected = rules.annotated_member_types[k];
            json_kind described{};
            if (!expected.empty()) {
                if (!same_odata_type(a.type_name, expected))
                    report_member(annotation_key, diagnostic_code::odata_type_mismatch, severity::error, a.value_offset,
                                  quoted{a.annotated}, " must be annotated \"#", expected, "\", not ",
                                  quoted{a.type_name});
            } else if (!odata_type_kind(a.type_name, described)) {
                report_member(annotation_key, diagnostic_code::odata_type_unknown, severity::warning, a.value_offset,
                              quoted{a.type_name}, " is not an OData type Dataverse knows");
            } else if (described != target->kind) {
                report_member(annotation_key, diagnostic_code::odata_type_mismatch, severity::error, a.value_offset,
                              quoted{a.type_name}, " describes ", describe(described), ", but ", quoted{a.annotated},
                              " is ", describe(target->kind));
            }
        }
        if (!has_own_type && rules.type_annotation_expected)
            report_member("@odata.type", diagnostic_code::odata_type_missing, severity::warning, offset,
                          "add \"@odata.type\": \"#", rules.expected_type,
                          "\": Dataverse needs the type of an object nested in an open type");
        for (std::size_t k = 0; k < rules.annotated_member_count; ++k) {
            const walker_scratch::member* target = find_member(members_begin, rules.annotated_members[k], indexed);
            if (target == nullptr || target->kind != json_kind::array) continue;
            bool annotated = false;
            for (std::size_t i = annotations_begin; i < scratch_.annotations.size(); ++i)
                if (scratch_.annotations[i].annotated == rules.annotated_members[k]) annotated = true;
            if (!annotated) {
                sink_annotation_missing(rules.annotated_members[k], rules.annotated_member_types[k], target->offset);
            }
        }
    }

    void sink_annotation_missing(std::string_view member, std::string_view type, std::size_t offset) {
        if (!sink_.begin(diagnostic_code::odata_type_missing, severity::warning, offset)) return;
        write_pointer(sink_.arena());
        sink_.arena().push_back('/');
        sink_.arena().append(member);
        sink_.arena().append("@odata.type");
        sink_.end_path();
        append_all(sink_.arena(), "add \"", member, "@odata.type\": \"#", type,
                   "\": Dataverse needs the element type of an array in an open type");
        sink_.end_message();
    }

    void report_duplicate(const walker_scratch::member& m) {
        report_member(m.key, diagnostic_code::duplicate_key, severity::error, m.offset, "duplicate member ",
                      quoted{m.key}, ": it already appears earlier in this object, and servers disagree on which "
                      "one wins");
    }
};

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_JSON_WALKER_HPP

namespace appnotify::detail {

struct option_entry {
    std::int32_t value;
    std::string_view name;
};

/// A string read from the payload with where it came from, so positions inside it can be mapped
/// back to the raw JSON.
struct string_value {
    std::string_view text;
    std::string_view raw; // the raw token, from the opening quote
    std::size_t offset = 0;
};

struct text_rule {
    std::size_t max_utf16 = 0; // 0: no limit
    bool required_non_empty = false;
    bool shown_as_plain_text = false; // warn about markdown syntax
    bool warn_placeholders = true;    // false where a placeholder is checked as an error instead
};

class value_checker : public json_walker {
public:
    using json_walker::json_walker;

protected:
    bool read_string_value(od::value& v, string_value& out) {
        out.raw = v.raw_json_token();
        out.offset = offset_of(out.raw.data());
        return read_string(v, out.text);
    }

    static std::size_t offset_in(const string_value& s, std::size_t index) noexcept {
        return s.offset + raw_offset_in_string(s.raw, index);
    }

    /// Reports a value of the wrong kind and validates it; true when the kind is as expected.
    bool expect_kind(od::value& v, json_kind kind, json_kind expected, std::string_view member) {
        if (kind == expected) return true;
        report(diagnostic_code::wrong_type, severity::error, offset_of(v), quoted{member}, " must be ",
               describe(expected), ", found ", describe(kind));
        skip(v, kind);
        return false;
    }

    /// A string member; null counts as absent when `null_allowed`. True when `out` holds text.
    bool read_text(od::value& v, json_kind kind, std::string_view member, const text_rule& rule, string_value& out,
                   bool null_allowed = true) {
        if (kind == json_kind::null && null_allowed) return false;
        if (!expect_kind(v, kind, json_kind::string, member)) return false;
        if (!read_string_value(v, out)) return false;
        return check_text(out, member, rule);
    }

    /// False when the text is unusable (empty where a value is required).
    bool check_text(const string_value& s, std::string_view member, const text_rule& rule) {
        if (rule.required_non_empty && trim_spaces(s.text).empty()) {
            report(diagnostic_code::empty_value, severity::error, s.offset, quoted{member},
                   s.text.empty() ? " is empty" : " holds only spaces", ": the notification needs a value here");
            return false;
        }
        if (rule.max_utf16 != 0) {
            const std::size_t units = utf16_length(s.text);
            if (units > rule.max_utf16)
                report(diagnostic_code::text_too_long, severity::error, s.offset, quoted{member}, " is ", units,
                       " characters long (UTF-16 code units); Dataverse stores at most ", rule.max_utf16);
        }
        const text_span placeholder = rule.warn_placeholders ? find_placeholder(s.text) : text_span{};
        if (placeholder.found())
            report(diagnostic_code::template_placeholder, severity::warning, offset_in(s, placeholder.offset),
                   quoted{member}, " still contains the template placeholder ",
                   quoted{s.text.substr(placeholder.offset, placeholder.length)}, ": fill it in before sending");
        if (rule.shown_as_plain_text) {
            const text_span markdown = find_markdown_syntax(s.text);
            if (markdown.found())
                report(diagnostic_code::markdown_in_plain_text, severity::warning, offset_in(s, markdown.offset),
                       quoted{member}, " is shown as plain text, so ", quoted{s.text.substr(markdown.offset, markdown.length), 30},
                       " appears literally: markdown renders only in OverrideContent.title and .body");
        }
        return true;
    }

    /// A required, non-empty string holding a GUID; `out` gets the GUID without braces.
    bool read_guid(od::value& v, json_kind kind, std::string_view member, std::string_view what,
                   std::string_view& out) {
        string_value s;
        if (!read_text(v, kind, member, {0, true, false, false}, s, false)) return false;
        if (!check_guid_text(s, member, what)) return false;
        out = check_guid(s.text).digits;
        return true;
    }

    /// A required, non-empty string holding a table's logical name.
    bool read_logical_name(od::value& v, json_kind kind, std::string_view member, std::string_view& out) {
        string_value s;
        if (!read_text(v, kind, member, {0, true, false, false}, s, false)) return false;
        if (!check_logical_name(s, member)) return false;
        out = s.text;
        return true;
    }

    template <std::size_t N>
    void append_allowed(const option_entry (&options)[N]) {
        std::string& out = sink_.arena();
        for (std::size_t i = 0; i < N; ++i) {
            if (i != 0) out.append(", ");
            append_all(out, options[i].value, " (", options[i].name, ")");
        }
    }

    /// An option-set (choice) value. Null leaves the default; true when `out` was set.
    template <std::size_t N>
    bool read_option(od::value& v, json_kind kind, std::string_view member, const option_entry (&options)[N],
                     std::int32_t& out) {
        if (kind == json_kind::null) return false;
        const std::size_t offset = offset_of(v);
        if (kind == json_kind::string) {
            string_value s;
            if (!read_string_value(v, s)) return false;
            const option_entry* meant = nullptr;
            std::int64_t n = 0;
            const number_scan scan = scan_number(s.text, 0);
            for (const option_entry& o : options) {
                if (equals_ignoring_case(trim_spaces(s.text), o.name)) meant = &o;
                if (scan.problem == number_problem::none && scan.length == s.text.size() && s.text.size() != 0 &&
                    read_integer(s.text, n) == integer_read::ok && n == o.value)
                    meant = &o;
            }
            if (!sink_.begin(diagnostic_code::number_as_string, severity::error, offset)) return false;
            write_pointer(sink_.arena());
            sink_.end_path();
            if (meant)
                append_all(sink_.arena(), quoted{member}, " is a choice (option set) value and must be a number, not a string: write ",
                           meant->value, " without quotes (", meant->name, ")");
            else {
                append_all(sink_.arena(), quoted{member}, " is a choice (option set) value and must be a number, not the string ",
                           quoted{s.text}, "; allowed: ");
                append_allowed(options);
            }
            sink_.end_message();
            return false;
        }
        if (!expect_kind(v, kind, json_kind::number, member)) return false;
        std::int64_t value = 0;
        if (!read_int32(v, member, value)) return false;
        for (const option_entry& o : options)
            if (o.value == value) {
                out = o.value;
                return true;
            }
        if (sink_.begin(diagnostic_code::invalid_option_value, severity::error, offset)) {
            write_pointer(sink_.arena());
            sink_.end_path();
            append_all(sink_.arena(), value, " is not a value of ", quoted{member}, "; allowed: ");
            append_allowed(options);
            sink_.end_message();
        }
        return false;
    }

    /// A JSON number that must be an integer within Int32 (the type of the server's parameters).
    bool read_int32(od::value& v, std::string_view member, std::int64_t& value) {
        std::string_view token;
        if (!scalar_token(v, json_kind::number, token)) return false;
        const std::size_t offset = offset_of(token.data());
        const integer_read r = read_integer(token, value);
        if (r == integer_read::not_integer) {
            report(diagnostic_code::number_not_integer, severity::error, offset, quoted{member}, " must be an integer, found ",
                   token.substr(0, 40), " (write it without a fraction or exponent)");
            return false;
        }
        if (r == integer_read::overflow || value < INT32_MIN || value > INT32_MAX) {
            report(diagnostic_code::integer_out_of_range, severity::error, offset, token.substr(0, 40),
                   " does not fit ", quoted{member}, ", a 32-bit integer (-2147483648 to 2147483647)");
            return false;
        }
        return true;
    }

    /// An integer in [min, max]; null leaves it unset. True when `out` was set.
    bool read_integer_in(od::value& v, json_kind kind, std::string_view member, std::int64_t min, std::int64_t max,
                         std::string_view unit, std::int32_t& out) {
        if (kind == json_kind::null) return false;
        const std::size_t offset = offset_of(v);
        if (kind == json_kind::string) {
            string_value s;
            if (!read_string_value(v, s)) return false;
            report(diagnostic_code::number_as_string, severity::error, offset, quoted{member},
                   " must be a number, not the string ", quoted{s.text, 20}, ": write it without quotes");
            return false;
        }
        if (!expect_kind(v, kind, json_kind::number, member)) return false;
        std::int64_t value = 0;
        if (!read_int32(v, member, value)) return false;
        if (value < min || value > max) {
            report(diagnostic_code::integer_out_of_range, severity::error, offset, quoted{member}, " is ", value,
                   "; it must be ", min, " to ", max, unit);
            return false;
        }
        out = static_cast<std::int32_t>(value);
        return true;
    }

    bool read_bool(od::value& v, json_kind kind, std::string_view member, std::optional<bool>& out) {
        if (kind == json_kind::null) return false;
        if (kind == json_kind::string) {
            string_value s;
            if (!read_string_value(v, s)) return false;
            report(diagnostic_code::wrong_type, severity::error, s.offset, quoted{member},
                   " must be true or false, not the string ", quoted{s.text, 20});
            return false;
        }
        if (!expect_kind(v, kind, json_kind::boolean, member)) return false;
        std::string_view token;
        if (!scalar_token(v, kind, token)) return false;
        out = token == "true";
        return true;
    }

    /// A GUID in a string. Template placeholders are errors here: the id is what the server uses.
    bool check_guid_text(const string_value& s, std::string_view member, std::string_view what,
                         bool allow_braces = true) {
        const text_span placeholder = find_placeholder(s.text);
        if (placeholder.found()) {
            report(diagnostic_code::template_placeholder, severity::error, offset_in(s, placeholder.offset),
                   quoted{s.text.substr(placeholder.offset, placeholder.length)},
                   " is a template placeholder: replace it with ", what);
            return false;
        }
        return check_guid_at(s, 0, s.text, member, what, allow_braces);
    }

    /// Checks `text`, which starts at index `at` of `s.text`, as a GUID.
    bool check_guid_at(const string_value& s, std::size_t at, std::string_view text, std::string_view member,
                       std::string_view what, bool allow_braces) {
        const guid_check g = check_guid(text, allow_braces);
        if (g.problem == guid_problem::bad_character) {
            report(diagnostic_code::invalid_guid, severity::error, offset_in(s, at + g.at), quoted{text, 45},
                   " in ", quoted{member}, " is not a GUID: ", shown_char{text, g.at}, " at character ", g.at + 1,
                   g.at == 8 || g.at == 13 || g.at == 18 || g.at == 23 ? " should be '-'" : " is not a hexadecimal digit",
                   "; a GUID is 8-4-4-4-12 hexadecimal digits such as 0a9f62a8-90df-e311-9565-a45d36fc5fe8");
            return false;
        }
        if (g.problem == guid_problem::bad_length) {
            report(diagnostic_code::invalid_guid, severity::error, offset_in(s, at + g.at), quoted{text, 45},
                   " in ", quoted{member}, " is not a GUID: it has ", count_code_points(text),
                   " characters; a GUID is 8-4-4-4-12 hexadecimal digits (36 characters) such as "
                   "0a9f62a8-90df-e311-9565-a45d36fc5fe8");
            return false;
        }
        if (g.nil) {
            report(diagnostic_code::nil_guid, severity::error, offset_in(s, at), quoted{member},
                   " is the all-zero GUID, which identifies nothing: use ", what);
            return false;
        }
        return true;
    }

    /// A table's logical name: a lowercase letter, then lowercase letters, digits or underscores.
    bool check_logical_name(const string_value& s, std::string_view member) {
        std::size_t bad = std::string_view::npos;
        for (std::size_t i = 0; i < s.text.size() && bad == std::string_view::npos; ++i) {
            const char c = s.text[i];
            const bool ok = (c >= 'a' && c <= 'z') || (i != 0 && ((c >= '0' && c <= '9') || c == '_'));
            if (!ok) bad = i;
        }
        if (s.text.empty()) bad = 0;
        if (bad == std::string_view::npos) return true;
        const text_span placeholder = find_placeholder(s.text);
        if (placeholder.found()) {
            report(diagnostic_code::template_placeholder, severity::error, offset_in(s, placeholder.offset),
                   quoted{s.text.substr(placeholder.offset, placeholder.length)},
                   " is a template placeholder: replace it with the table's logical name");
            return false;
        }
        bool only_case = !s.text.empty();
        for (const char c : s.text)
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) only_case = false;
        if (only_case && s.text.size() <= 64) {
            if (!sink_.begin(diagnostic_code::invalid_logical_name, severity::error, offset_in(s, bad))) return false;
            write_pointer(sink_.arena());
            sink_.end_path();
            append_all(sink_.arena(), quoted{s.text}, " in ", quoted{member},
                       " is not a logical name: logical names are lowercase; did you mean \"");
            for (const char c : s.text) sink_.arena().push_back(ascii_lower(c));
            append_all(sink_.arena(), "\"?");
            sink_.end_message();
            return false;
        }
        report(diagnostic_code::invalid_logical_name, severity::error, offset_in(s, bad), quoted{s.text}, " in ",
               quoted{member}, " is not a logical name: ", shown_char{s.text, bad},
               " is not allowed (a lowercase letter, then lowercase letters, digits and underscores, such as \"task\")");
        return false;
    }

    /// A string that must be one of `allowed` exactly.
    template <std::size_t N>
    bool read_enum(od::value& v, json_kind kind, std::string_view member, const std::string_view (&allowed)[N],
                   std::size_t& index) {
        if (!expect_kind(v, kind, json_kind::string, member)) return false;
        string_value s;
        if (!read_string_value(v, s)) return false;
        for (std::size_t i = 0; i < N; ++i)
            if (s.text == allowed[i]) {
                index = i;
                return true;
            }
        if (!sink_.begin(diagnostic_code::invalid_enum_value, severity::error, s.offset)) return false;
        write_pointer(sink_.arena());
        sink_.end_path();
        append_all(sink_.arena(), quoted{s.text}, " is not a valid ", quoted{member}, " (values are case-sensitive); ");
        const std::string_view meant = suggest(s.text, allowed);
        if (!meant.empty()) append_all(sink_.arena(), "did you mean \"", meant, "\"? ");
        append_all(sink_.arena(), "allowed: ");
        for (std::size_t i = 0; i < N; ++i) append_all(sink_.arena(), i == 0 ? "" : ", ", allowed[i]);
        sink_.end_message();
        return false;
    }
};

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_VALUE_CHECKS_HPP

namespace appnotify::detail {

/// Where a checker writes the notification it reads. Vectors are kept between runs.
struct notification_storage {
    struct member_range {
        std::size_t action;
        std::size_t first;
        std::size_t count;
    };
    notification model;
    std::vector<action> actions;
    std::vector<std::string_view> member_ids;
    std::vector<member_range> member_ranges;
    /// Buffers of the link checks, kept between runs.
    link_scratch links;
    std::string page_url;

    void clear() {
        model = notification{};
        actions.clear();
        member_ids.clear();
        member_ranges.clear();
    }

    /// Points the model's lists at the vectors, once they no longer grow.
    void finish() {
        for (const member_range& r : member_ranges)
            actions[r.action].teams_chat.member_ids = string_list(member_ids.data() + r.first, r.count);
        model.actions = action_list(actions.data(), actions.size());
    }
};

inline constexpr option_entry icon_type_options[] = {
    {100000000, "Info"}, {100000001, "Success"}, {100000002, "Failure"},
    {100000003, "Warning"}, {100000004, "Mention"}, {100000005, "Custom"},
};
inline constexpr option_entry toast_type_options[] = {{200000000, "Timed"}, {200000001, "Hidden"}};
inline constexpr option_entry priority_options[] = {{200000000, "Normal"}, {200000001, "High"}};

inline constexpr std::string_view expando_type = "Microsoft.Dynamics.CRM.expando";
inline constexpr std::string_view expando_collection_type = "Collection(Microsoft.Dynamics.CRM.expando)";

inline constexpr std::string_view action_parameters[] = {
    "Title", "Recipient", "Body", "IconType", "ToastType", "Priority", "Expiry", "OverrideContent", "Actions",
};
inline constexpr std::string_view action_types[] = {"url", "sidepane", "teamsChat"};
inline constexpr std::string_view navigation_targets[] = {"inline", "dialog", "newWindow"};
inline constexpr std::string_view page_types[] = {"entityrecord", "entitylist", "dashboard",
                                                  "webresource",  "custom",     "generative"};
inline constexpr std::string_view view_types[] = {"savedquery", "userquery"};

class action_checker : public value_checker {
public:
    action_checker(diagnostic_sink& sink, walker_scratch& scratch, walk_limits limits, notification_storage& out)
        : value_checker(sink, scratch, limits), out_(out) {}

    /// Checks the request body held by the root object of `document`.
    template <typename Document>
    void check(Document& document, std::size_t root_offset) {
        od::object root;
        if (document.get_object().get(root) != simdjson::SUCCESS) return fail_syntax();
        root_seen_ = {};
        walk_object(root, root_offset, object_rules{}, nullptr,
                    [&](std::string_view key, std::size_t key_offset, od::value& v, json_kind kind) {
                        return root_member(key, key_offset, v, kind);
                    });
        if (stopped()) return;
        if (!root_seen_.title)
            report_member("Title", diagnostic_code::missing_required, severity::error, root_offset,
                          "\"Title\" is required: the notification's heading");
        if (!root_seen_.recipient)
            report_member("Recipient", diagnostic_code::missing_required, severity::error, root_offset,
                          "\"Recipient\" is required: write \"Recipient\": \"/systemusers(<GUID of the user>)\"");
        check_icon(root_offset);
    }

private:
    notification_storage& out_;

    struct root_seen {
        bool title = false, recipient = false;
        std::size_t icon_offset = 0;
        bool icon_custom = false;
        std::size_t override_offset = 0;
        bool has_icon_url = false;
        std::size_t icon_url_offset = 0;
    } root_seen_;

    // --- top level ------------------------------------------------------------------------------

    bool root_member(std::string_view key, std::size_t key_offset, od::value& v, json_kind kind) {
        notification& n = out_.model;
        string_value s;
        if (key == "Title") {
            root_seen_.title = true;
            if (kind == json_kind::null) {
                report(diagnostic_code::wrong_type, severity::error, offset_of(v),
                       "\"Title\" is required and cannot be null");
                return true;
            }
            if (read_text(v, kind, key, {256, true, true}, s)) n.title = s.text;
        } else if (key == "Body") {
            if (read_text(v, kind, key, {500, false, true}, s)) n.body = s.text;
        } else if (key == "Recipient") {
            root_seen_.recipient = true;
            check_recipient(v, kind);
        } else if (key == "IconType") {
            std::int32_t value = 0;
            root_seen_.icon_offset = offset_of(v);
            if (read_option(v, kind, key, icon_type_options, value)) n.icon = static_cast<icon_type>(value);
            root_seen_.icon_custom = n.icon == icon_type::custom;
        } else if (key == "ToastType") {
            std::int32_t value = 0;
            if (read_option(v, kind, key, toast_type_options, value)) n.toast = static_cast<toast_type>(value);
        } else if (key == "Priority") {
            std::int32_t value = 0;
            if (read_option(v, kind, key, priority_options, value)) n.priority = static_cast<appnotify::priority>(value);
        } else if (key == "Expiry") {
            std::int32_t value = 0;
            if (read_integer_in(v, kind, key, 1, INT32_MAX, " seconds", value)) n.expiry = value;
        } else if (key == "OverrideContent") {
            check_override(v, kind);
        } else if (key == "Actions") {
            check_actions(v, kind);
        } else {
            unknown_parameter(key, key_offset);
            return false;
        }
        return true;
    }

    void unknown_parameter(std::string_view key, std::size_t key_offset) {
        const severity e = severity::error;
        const diagnostic_code code = diagnostic_code::unknown_parameter;
        if (equals_ignoring_case(key, "Data")) {
            report(code, e, key_offset, "\"", key, "\" is a column of the appnotification table, not a parameter of "
                   "SendAppNotification: put markdown in OverrideContent and buttons in Actions");
        } else if (equals_ignoring_case(key, "TTLInSeconds") || equals_ignoring_case(key, "TTL") ||
                   equals_ignoring_case(key, "TTLInDays")) {
            report(code, e, key_offset, "unknown parameter ", quoted{key},
                   ": SendAppNotification takes the lifetime in seconds as \"Expiry\"");
        } else if (equals_ignoring_case(key, "Owner") || equals_ignoring_case(key, "OwnerId") ||
                   equals_ignoring_case(key, "ownerid@odata.bind") || equals_ignoring_case(key, "Recipient@odata.bind")) {
            report(code, e, key_offset, "unknown parameter ", quoted{key},
                   ": the user is given as \"Recipient\": \"/systemusers(<GUID of the user>)\"");
        } else {
            const std::string_view meant = suggest(key, action_parameters);
            if (!meant.empty())
                report(code, e, key_offset, "unknown parameter ", quoted{key}, ": did you mean \"", meant,
                       "\"? (parameter names are case-sensitive)");
            else
                report(code, e, key_offset, "unknown parameter ", quoted{key},
                       ": SendAppNotification takes Title, Recipient, Body, IconType, ToastType, Priority, Expiry, "
                       "OverrideContent and Actions");
        }
    }

    void check_icon(std::size_t root_offset) {
        if (root_seen_.icon_custom && !root_seen_.has_icon_url) {
            const std::size_t at = root_seen_.icon_offset ? root_seen_.icon_offset : root_offset;
            if (sink_.begin(diagnostic_code::custom_icon_without_url, severity::error, at)) {
                sink_.arena().append("/OverrideContent/iconUrl");
                sink_.end_path();
                append_all(sink_.arena(), "IconType 100000005 (Custom) needs an image: set OverrideContent.iconUrl, "
                           "for example \"/WebResources/<name of an image web resource>\"");
                sink_.end_message();
            }
        }
        if (root_seen_.has_icon_url && !root_seen_.icon_custom && out_.model.icon != icon_type::custom) {
            if (sink_.begin(diagnostic_code::icon_url_ignored, severity::warning, root_seen_.icon_url_offset)) {
                sink_.arena().append("/OverrideContent/iconUrl");
                sink_.end_path();
                append_all(sink_.arena(), "iconUrl is only used when IconType is 100000005 (Custom); this notification "
                           "shows the ", to_string(out_.model.icon), " icon");
                sink_.end_message();
            }
        }
    }

    // --- links ----------------------------------------------------------------------------------

    /// Reports the findings of a link check on a JSON string: the path is the string's (with
    /// `member` appended when the walker is on the enclosing object), the offset the character's
    /// in the raw JSON, through the escapes.
    class json_link_reporter final : public link_reporter {
    public:
        json_link_reporter(action_checker& checker, const string_value& s, std::string_view member) noexcept
            : checker_(checker), s_(s), member_(member) {}

    protected:
        std::string* begin(diagnostic_code code, severity level, std::size_t at) override {
            if (!checker_.sink_.begin(code, level, offset_in(s_, at))) return nullptr;
            checker_.write_pointer(checker_.sink_.arena());
            if (!member_.empty()) append_pointer_segment(checker_.sink_.arena(), member_);
            checker_.sink_.end_path();
            return &checker_.sink_.arena();
        }
        void end() override { checker_.sink_.end_message(); }

    private:
        action_checker& checker_;
        const string_value& s_;
        std::string_view member_;
    };

    /// Reports the findings of the check of a side pane's page URL at the page object.
    class page_link_reporter final : public link_reporter {
    public:
        page_link_reporter(action_checker& checker, std::size_t offset) noexcept : checker_(checker), offset_(offset) {}

    protected:
        std::string* begin(diagnostic_code code, severity level, std::size_t) override {
            if (!checker_.sink_.begin(code, level, offset_)) return nullptr;
            checker_.write_pointer(checker_.sink_.arena());
            checker_.sink_.end_path();
            checker_.sink_.arena().append("the page opens as ");
            checker_.sink_.arena().append(checker_.out_.page_url);
            checker_.sink_.arena().append(": ");
            return &checker_.sink_.arena();
        }
        void end() override { checker_.sink_.end_message(); }

    private:
        action_checker& checker_;
        std::size_t offset_;
    };

    /// Checks a string of the payload as a link (link_checker.hpp), unless it is blank, which
    /// the value check already reported.
    void check_link_text(const string_value& s, std::string_view member) {
        if (trim_spaces(s.text).empty()) return;
        json_link_reporter reporter(*this, s, member);
        link_checker(reporter, out_.links, app_context{}).check(s.text);
    }

    // --- Recipient ------------------------------------------------------------------------------

    void check_recipient(od::value& v, json_kind kind) {
        if (kind == json_kind::object) return check_recipient_object(v);
        if (kind == json_kind::null) {
            report(diagnostic_code::wrong_type, severity::error, offset_of(v),
                   "\"Recipient\" is required and cannot be null: write \"/systemusers(<GUID of the user>)\"");
            return;
        }
        if (!expect_kind(v, kind, json_kind::string, "Recipient")) return;
        string_value s;
        if (!read_string_value(v, s)) return;
        out_.model.recipient = s.text;
        const text_span placeholder = find_placeholder(s.text);
        if (placeholder.found()) {
            report(diagnostic_code::template_placeholder, severity::error, offset_in(s, placeholder.offset),
                   quoted{s.text.substr(placeholder.offset, placeholder.length)},
                   " is a template placeholder: replace it with the GUID of the user (systemuserid)");
            return;
        }
        std::string_view text = s.text;
        std::size_t at = 0;
        if (!text.empty() && text.front() == '/') {
            text.remove_prefix(1);
            at = 1;
        }
        const std::size_t open = text.find('(');
        if (open == std::string_view::npos || text.back() != ')') {
            if (is_guid(s.text))
                report(diagnostic_code::recipient_bare_guid, severity::error, s.offset,
                       "\"Recipient\" is an entity reference, not a bare GUID: write \"/systemusers(",
                       check_guid(s.text).digits, ")\"");
            else
                report(diagnostic_code::recipient_malformed, severity::error, s.offset, quoted{s.text},
                       " is not a user reference: write \"/systemusers(<GUID of the user>)\"");
            return;
        }
        const std::string_view entity_set = text.substr(0, open);
        std::string_view key = text.substr(open + 1, text.size() - open - 2);
        std::size_t key_at = at + open + 1;
        if (entity_set == "teams") {
            report(diagnostic_code::recipient_team, severity::error, s.offset,
                   "notifications cannot be sent to a team: send one notification to each user, "
                   "with \"Recipient\": \"/systemusers(<GUID of the user>)\"");
            return;
        }
        if (entity_set != "systemusers") {
            const std::string_view meant = suggest(entity_set, {"systemusers"});
            report(diagnostic_code::recipient_not_systemuser, severity::error, s.offset, quoted{entity_set},
                   meant.empty() ? " is not a user: the recipient must be a systemuser, \"/systemusers(<GUID>)\""
                                 : " is not the entity set of users: write \"systemusers\" (entity set names are case-sensitive)");
            return;
        }
        constexpr std::string_view named_key = "systemuserid=";
        if (key.substr(0, named_key.size()) == named_key) {
            key.remove_prefix(named_key.size());
            key_at += named_key.size();
        }
        if (check_guid_at(s, key_at, key, "Recipient", "the GUID of the user (systemuserid)", false))
            out_.model.recipient_id = key;
    }

    void check_recipient_object(od::value& v) {
        const std::size_t offset = offset_of(v);
        object_summary summary;
        bool has_id = false;
        bool team = false;
        walk_object(v, offset, object_rules{}, &summary,
                    [&](std::string_view key, std::size_t key_offset, od::value& member, json_kind kind) {
                        if (key == "systemuserid") {
                            has_id = true;
                            if (read_guid(member, kind, key, "the GUID of the user", out_.model.recipient_id))
                                out_.model.recipient = out_.model.recipient_id;
                            return true;
                        }
                        if (key == "teamid") {
                            team = true;
                            report(diagnostic_code::recipient_team, severity::error, key_offset,
                                   "notifications cannot be sent to a team: send one notification to each user");
                            return false;
                        }
                        report(diagnostic_code::ignored_field, severity::warning, key_offset, quoted{key},
                               " is ignored: a recipient object only needs \"systemuserid\"");
                        return false;
                    });
        if (stopped()) return;
        if (summary.has_type) {
            if (same_odata_type(summary.type_name, "Microsoft.Dynamics.CRM.team")) {
                if (!team)
                    report_member("@odata.type", diagnostic_code::recipient_team, severity::error, summary.type_offset,
                                  "notifications cannot be sent to a team: send one notification to each user");
                return;
            }
            if (!same_odata_type(summary.type_name, "Microsoft.Dynamics.CRM.systemuser")) {
                report_member("@odata.type", diagnostic_code::recipient_not_systemuser, severity::error,
                              summary.type_offset, quoted{summary.type_name},
                              " is not a user: the recipient object is \"@odata.type\": "
                              "\"Microsoft.Dynamics.CRM.systemuser\" with a \"systemuserid\"");
                return;
            }
        }
        if (!has_id && !team)
            report_member("systemuserid", diagnostic_code::missing_required, severity::error, offset,
                          "a recipient object needs \"systemuserid\": the GUID of the user");
    }

    // --- OverrideContent ------------------------------------------------------------------------

    void check_override(od::value& v, json_kind kind) {
        if (kind == json_kind::null) return;
        if (!expect_kind(v, kind, json_kind::object, "OverrideContent")) return;
        const std::size_t offset = offset_of(v);
        root_seen_.override_offset = offset;
        content_override& c = out_.model.override_content.emplace();
        object_rules rules;
        rules.expected_type = expando_type;
        walk_object(v, offset, rules, nullptr,
                    [&](std::string_view key, std::size_t key_offset, od::value& member, json_kind member_kind) {
                        string_value s;
                        if (key == "title") {
                            if (read_text(member, member_kind, key, {256, false, false}, s)) c.title = s.text;
                        } else if (key == "body") {
                            if (read_text(member, member_kind, key, {500, false, false}, s)) c.body = s.text;
                        } else if (key == "iconUrl") {
                            if (read_text(member, member_kind, key, {0, true, false, false}, s)) {
                                check_link_text(s, {});
                                c.icon_url = s.text;
                                root_seen_.has_icon_url = true;
                                root_seen_.icon_url_offset = s.offset;
                            }
                        } else {
                            ignored_member(key, key_offset, {"title", "body", "iconUrl"},
                                           "OverrideContent holds title, body and iconUrl");
                            return false;
                        }
                        return true;
                    });
    }

    template <typename Candidates>
    void ignored_member(std::string_view key, std::size_t key_offset, const Candidates& known, std::string_view what) {
        const std::string_view meant = suggest(key, known);
        if (!meant.empty())
            report(diagnostic_code::ignored_field, severity::warning, key_offset, quoted{key},
                   " is ignored: did you mean \"", meant, "\"? (names are case-sensitive)");
        else
            report(diagnostic_code::ignored_field, severity::warning, key_offset, quoted{key}, " is ignored: ", what);
    }
    void ignored_member(std::string_view key, std::size_t key_offset, std::initializer_list<std::string_view> known,
                        std::string_view what) {
        ignored_member<std::initializer_list<std::string_view>>(key, key_offset, known, what);
    }

    // --- Actions ----------------------------------------------------------------------------------

    void check_actions(od::value& v, json_kind kind) {
        if (kind == json_kind::null) return;
        if (!expect_kind(v, kind, json_kind::object, "Actions")) return;
        static constexpr std::string_view annotated[] = {"actions"};
        static constexpr std::string_view annotated_types[] = {expando_collection_type};
        object_rules rules;
        rules.expected_type = expando_type;
        rules.annotated_members = annotated;
        rules.annotated_member_types = annotated_types;
        rules.annotated_member_count = 1;
        const std::size_t offset = offset_of(v);
        bool has_list = false;
        walk_object(v, offset, rules, nullptr,
                    [&](std::string_view key, std::size_t key_offset, od::value& member, json_kind member_kind) {
                        if (key != "actions") {
                            ignored_member(key, key_offset, {"actions"}, "the action buttons go in \"actions\"");
                            return false;
                        }
                        has_list = true;
                        if (member_kind == json_kind::null) return true;
                        if (!expect_kind(member, member_kind, json_kind::array, key)) return true;
                        walk_array(member, [&](std::size_t, od::value& element, json_kind element_kind) {
                            check_action(element, element_kind);
                        });
                        return true;
                    });
        if (!stopped() && !has_list)
            report_member("actions", diagnostic_code::missing_required, severity::error, offset,
                          "\"Actions\" holds its buttons in an \"actions\" array");
    }

    void check_action(od::value& v, json_kind kind) {
        if (!expect_kind(v, kind, json_kind::object, "action")) return;
        const std::size_t offset = offset_of(v);
        const std::size_t index = out_.actions.size();
        out_.actions.emplace_back();
        bool has_title = false, has_data = false;
        walk_object(v, offset, object_rules{expando_type}, nullptr,
                    [&](std::string_view key, std::size_t key_offset, od::value& member, json_kind member_kind) {
                        string_value s;
                        if (key == "title") {
                            has_title = true;
                            if (read_text(member, member_kind, key, {0, true, false}, s, false))
                                out_.actions[index].title = s.text;
                        } else if (key == "data") {
                            has_data = true;
                            if (expect_kind(member, member_kind, json_kind::object, key)) check_action_data(member, index);
                        } else {
                            ignored_member(key, key_offset, {"title", "data"},
                                           "an action holds a \"title\" and its \"data\"");
                            return false;
                        }
                        return true;
                    });
        if (stopped()) return;
        if (!has_title)
            report_member("title", diagnostic_code::missing_required, severity::error, offset,
                          "an action needs a \"title\": the text of its button");
        if (!has_data)
            report_member("data", diagnostic_code::missing_required, severity::error, offset,
                          "an action needs \"data\" saying what it does: {\"type\": \"url\", \"url\": ...}");
    }

    /// Members of an action's data and where they were, for the checks that need the whole object.
    struct data_members {
        bool type = false, url = false, target_string = false, target_object = false, pane = false;
        bool chat_id = false, members = false, context = false, chat_title = false, message = false;
        std::size_t type_offset = 0, url_offset = 0, target_offset = 0, pane_offset = 0;
        std::size_t chat_id_offset = 0, members_offset = 0, context_offset = 0, chat_title_offset = 0,
                    message_offset = 0;
        std::size_t type_index = 0;
        bool type_valid = false;
        string_value url_value; // checked as a link once the action is known to be a url action
        bool url_read = false;
    };

    void check_action_data(od::value& v, std::size_t index) {
        const std::size_t offset = offset_of(v);
        static constexpr std::string_view annotated[] = {"memberIds"};
        static constexpr std::string_view annotated_types[] = {"Collection(String)"};
        object_rules rules;
        rules.expected_type = expando_type;
        rules.type_annotation_expected = true;
        rules.annotated_members = annotated;
        rules.annotated_member_types = annotated_types;
        rules.annotated_member_count = 1;
        data_members seen;
        action& a = out_.actions[index];
        const std::size_t member_first = out_.member_ids.size();
        walk_object(v, offset, rules, nullptr,
                    [&](std::string_view key, std::size_t key_offset, od::value& member, json_kind kind) {
                        return data_member(key, key_offset, member, kind, seen, a);
                    });
        if (stopped()) return;
        if (seen.members)
            out_.member_ranges.push_back({index, member_first, out_.member_ids.size() - member_first});

        if (!seen.type) {
            if (seen.url) {
                report_member("type", diagnostic_code::legacy_action_form, severity::warning, offset,
                              "this action has no \"type\": it is read as the older form of a URL action; "
                              "add \"type\": \"url\"");
                a.type = action_type::url;
                seen.type_valid = true;
                seen.type_index = 0;
            } else {
                report_member("type", diagnostic_code::missing_required, severity::error, offset,
                              "an action's data needs a \"type\": \"url\", \"sidepane\" or \"teamsChat\"");
                return;
            }
        }
        if (!seen.type_valid) return;
        a.type = seen.type_index == 0 ? action_type::url : seen.type_index == 1 ? action_type::side_pane
                                                                                : action_type::teams_chat;
        switch (a.type) {
        case action_type::url: return finish_url_data(seen, offset);
        case action_type::side_pane: return finish_side_pane_data(seen, offset);
        case action_type::teams_chat: return finish_teams_data(seen, offset);
        }
    }

    bool data_member(std::string_view key, std::size_t key_offset, od::value& v, json_kind kind, data_members& seen,
                     action& a) {
        string_value s;
        const std::size_t offset = offset_of(v);
        if (key == "type") {
            seen.type = true;
            seen.type_offset = offset;
            seen.type_valid = read_enum(v, kind, key, action_types, seen.type_index);
        } else if (key == "url") {
            seen.url = true;
            seen.url_offset = offset;
            if (read_text(v, kind, key, {0, true, false, false}, s, false)) {
                a.url.url = s.text;
                seen.url_value = s;
                seen.url_read = true;
            }
        } else if (key == "navigationTarget") {
            seen.target_offset = offset;
            if (kind == json_kind::object) {
                seen.target_object = true;
                check_page_target(v, a.side_pane.target);
            } else if (kind == json_kind::string) {
                seen.target_string = true;
                std::size_t i = 0;
                if (read_enum(v, kind, key, navigation_targets, i))
                    a.url.target = i == 0 ? navigation_target::current_page
                                          : i == 1 ? navigation_target::dialog : navigation_target::new_window;
            } else if (kind != json_kind::null) {
                report(diagnostic_code::wrong_type, severity::error, offset,
                       "\"navigationTarget\" is a string for a url action (\"dialog\", \"inline\" or \"newWindow\") "
                       "and an object describing the page for a sidepane action, found ", describe(kind));
                skip(v, kind);
            }
        } else if (key == "paneOptions") {
            seen.pane = true;
            seen.pane_offset = offset;
            if (kind != json_kind::null && expect_kind(v, kind, json_kind::object, key)) check_pane_options(v, a.side_pane.pane);
        } else if (key == "chatId") {
            seen.chat_id = true;
            seen.chat_id_offset = offset;
            if (read_text(v, kind, key, {0, true, false}, s)) a.teams_chat.chat_id = s.text;
        } else if (key == "memberIds") {
            seen.members = true;
            seen.members_offset = offset;
            if (kind != json_kind::null && expect_kind(v, kind, json_kind::array, key))
                walk_array(v, [&](std::size_t, od::value& element, json_kind element_kind) {
                    if (!expect_kind(element, element_kind, json_kind::string, "memberIds")) return;
                    string_value id;
                    if (!read_string_value(element, id)) return;
                    if (check_guid_text(id, "memberIds", "the Microsoft Entra ID object id of the user"))
                        out_.member_ids.push_back(id.text);
                });
        } else if (key == "entityContext") {
            seen.context = true;
            seen.context_offset = offset;
            if (kind != json_kind::null && expect_kind(v, kind, json_kind::object, key)) check_entity_context(v, a.teams_chat);
        } else if (key == "chatTitle") {
            seen.chat_title = true;
            seen.chat_title_offset = offset;
            if (read_text(v, kind, key, {0, false, false}, s)) a.teams_chat.chat_title = s.text;
        } else if (key == "initialMessage") {
            seen.message = true;
            seen.message_offset = offset;
            if (read_text(v, kind, key, {0, false, false}, s)) a.teams_chat.initial_message = s.text;
        } else {
            ignored_member(key, key_offset,
                           {"type", "url", "navigationTarget", "paneOptions", "chatId", "memberIds", "entityContext",
                            "chatTitle", "initialMessage"},
                           "the notification center does not read it");
            return false;
        }
        return true;
    }

    void not_applicable(bool present, std::string_view member, std::size_t offset, std::string_view type) {
        if (present)
            report_member(member, diagnostic_code::field_not_applicable, severity::warning, offset, quoted{member},
                          " is ignored by a ", type, " action");
    }

    void finish_url_data(const data_members& seen, std::size_t offset) {
        if (seen.url_read) check_link_text(seen.url_value, "url");
        if (!seen.url)
            report_member("url", diagnostic_code::missing_required, severity::error, offset,
                          "a url action needs \"url\": the address to open");
        if (seen.target_object)
            report_member("navigationTarget", diagnostic_code::wrong_type, severity::error, seen.target_offset,
                          "a url action's \"navigationTarget\" is a string: \"dialog\", \"inline\" or \"newWindow\"");
        not_applicable(seen.pane, "paneOptions", seen.pane_offset, "url");
        not_applicable(seen.chat_id, "chatId", seen.chat_id_offset, "url");
        not_applicable(seen.members, "memberIds", seen.members_offset, "url");
        not_applicable(seen.context, "entityContext", seen.context_offset, "url");
        not_applicable(seen.chat_title, "chatTitle", seen.chat_title_offset, "url");
        not_applicable(seen.message, "initialMessage", seen.message_offset, "url");
    }

    void finish_side_pane_data(const data_members& seen, std::size_t offset) {
        if (seen.target_string)
            report_member("navigationTarget", diagnostic_code::wrong_type, severity::error, seen.target_offset,
                          "a sidepane action's \"navigationTarget\" is an object describing the page, such as "
                          "{\"pageType\": \"entityrecord\", \"entityName\": \"task\", \"entityId\": \"<GUID>\"}");
        else if (!seen.target_object)
            report_member("navigationTarget", diagnostic_code::missing_required, severity::error, offset,
                          "a sidepane action needs \"navigationTarget\": the page to load in the pane");
        not_applicable(seen.url, "url", seen.url_offset, "sidepane");
        not_applicable(seen.chat_id, "chatId", seen.chat_id_offset, "sidepane");
        not_applicable(seen.members, "memberIds", seen.members_offset, "sidepane");
        not_applicable(seen.context, "entityContext", seen.context_offset, "sidepane");
        not_applicable(seen.chat_title, "chatTitle", seen.chat_title_offset, "sidepane");
        not_applicable(seen.message, "initialMessage", seen.message_offset, "sidepane");
    }

    void finish_teams_data(const data_members& seen, std::size_t offset) {
        if (seen.chat_id && (seen.members || seen.context))
            report_member("chatId", diagnostic_code::teams_chat_conflict, severity::error, seen.chat_id_offset,
                          "\"chatId\" opens an existing chat, whose members and linked record are already set: "
                          "remove ", seen.members && seen.context ? "\"memberIds\" and \"entityContext\""
                          : seen.members ? "\"memberIds\"" : "\"entityContext\"", " or remove \"chatId\"");
        if (!seen.chat_id && !seen.members && !seen.context)
            report_member("memberIds", diagnostic_code::teams_chat_no_target, severity::warning, offset,
                          "this Teams chat action names no chat, no members and no record: set \"chatId\" to open a "
                          "chat, or \"memberIds\" and \"entityContext\" to start one");
        not_applicable(seen.url, "url", seen.url_offset, "teamsChat");
        not_applicable(seen.target_string || seen.target_object, "navigationTarget", seen.target_offset, "teamsChat");
        not_applicable(seen.pane, "paneOptions", seen.pane_offset, "teamsChat");
    }

    void check_pane_options(od::value& v, pane_options& pane) {
        object_rules rules;
        rules.expected_type = expando_type;
        rules.type_annotation_expected = true;
        walk_object(v, offset_of(v), rules, nullptr,
                    [&](std::string_view key, std::size_t key_offset, od::value& member, json_kind kind) {
                        string_value s;
                        if (key == "title") {
                            if (read_text(member, kind, key, {0, false, false}, s)) pane.title = s.text;
                        } else if (key == "paneId") {
                            if (read_text(member, kind, key, {0, true, false}, s)) pane.pane_id = s.text;
                        } else if (key == "imageSrc") {
                            if (read_text(member, kind, key, {0, true, false}, s)) pane.image_src = s.text;
                        } else if (key == "width") {
                            std::int32_t width = 0;
                            if (read_integer_in(member, kind, key, 1, INT32_MAX, " pixels", width)) pane.width = width;
                        } else if (key == "canClose") {
                            read_bool(member, kind, key, pane.can_close);
                        } else if (key == "hideHeader") {
                            read_bool(member, kind, key, pane.hide_header);
                        } else if (key == "isSelected") {
                            read_bool(member, kind, key, pane.is_selected);
                        } else if (key == "hidden") {
                            read_bool(member, kind, key, pane.hidden);
                        } else if (key == "alwaysRender") {
                            read_bool(member, kind, key, pane.always_render);
                        } else if (key == "keepBadgeOnSelect") {
                            read_bool(member, kind, key, pane.keep_badge_on_select);
                        } else {
                            ignored_member(key, key_offset,
                                           {"title", "width", "paneId", "canClose", "imageSrc", "hideHeader",
                                            "isSelected", "hidden", "alwaysRender", "keepBadgeOnSelect"},
                                           "it is not an option of a side pane");
                            return false;
                        }
                        return true;
                    });
    }

    // --- side pane pages ------------------------------------------------------------------------

    enum page_field : std::uint8_t {
        f_entity_name, f_entity_id, f_form_id, f_view_id, f_view_type, f_dashboard_id, f_webresource_name,
        f_name, f_page_id, f_record_id, f_data, f_tab_name, f_create_from, f_relationship, f_process_id,
        f_process_instance_id, f_selected_stage_id, f_cross_entity, f_offline_sync, f_count
    };
    static constexpr std::string_view page_field_names[f_count] = {
        "entityName", "entityId", "formId", "viewId", "viewType", "dashboardId", "webresourceName",
        "name", "pageId", "recordId", "data", "tabName", "createFromEntity", "relationship", "processId",
        "processInstanceId", "selectedStageId", "isCrossEntityNavigate", "isOfflineSyncError",
    };

    /// Which fields each page type reads, and which it requires (Xrm.Navigation.navigateTo).
    static constexpr bool page_field_allowed(page_type type, page_field f) noexcept {
        switch (type) {
        case page_type::entityrecord:
            return f == f_entity_name || f == f_entity_id || f == f_form_id || f == f_data || f == f_tab_name ||
                   f == f_create_from || f == f_relationship || f == f_process_id || f == f_process_instance_id ||
                   f == f_selected_stage_id || f == f_cross_entity || f == f_offline_sync;
        case page_type::entitylist: return f == f_entity_name || f == f_view_id || f == f_view_type;
        case page_type::dashboard: return f == f_dashboard_id;
        case page_type::webresource: return f == f_webresource_name || f == f_data;
        case page_type::custom: return f == f_name || f == f_entity_name || f == f_record_id;
        case page_type::generative: return f == f_page_id || f == f_entity_name || f == f_record_id || f == f_data;
        }
        return false;
    }
    static constexpr page_field page_required_field(page_type type) noexcept {
        switch (type) {
        case page_type::entityrecord:
        case page_type::entitylist: return f_entity_name;
        case page_type::dashboard: return f_dashboard_id;
        case page_type::webresource: return f_webresource_name;
        case page_type::custom: return f_name;
        case page_type::generative: break;
        }
        return f_page_id;
    }

    void check_page_target(od::value& v, page_target& page) {
        const std::size_t offset = offset_of(v);
        const std::size_t errors_before = sink_.error_count();
        object_rules rules;
        rules.expected_type = expando_type;
        rules.type_annotation_expected = true;
        bool has_type = false, type_valid = false;
        std::size_t type_index = 0;
        bool present[f_count] = {};
        std::size_t where[f_count] = {};
        walk_object(v, offset, rules, nullptr,
                    [&](std::string_view key, std::size_t key_offset, od::value& member, json_kind kind) {
                        if (key == "pageType") {
                            has_type = true;
                            type_valid = read_enum(member, kind, key, page_types, type_index);
                            return true;
                        }
                        std::size_t f = 0;
                        while (f < f_count && page_field_names[f] != key) ++f;
                        if (f == f_count) {
                            ignored_member(key, key_offset, page_field_names, "navigateTo does not read it");
                            return false;
                        }
                        present[f] = true;
                        where[f] = key_offset;
                        page_member(static_cast<page_field>(f), key, member, kind, page);
                        return true;
                    });
        if (stopped()) return;
        if (!has_type) {
            report_member("pageType", diagnostic_code::missing_required, severity::error, offset,
                          "the page needs a \"pageType\": entityrecord, entitylist, dashboard, webresource, custom "
                          "or generative");
            return;
        }
        if (!type_valid) return;
        page.type = static_cast<page_type>(type_index);
        const page_field required = page_required_field(page.type);
        if (!present[required])
            report_member(page_field_names[required], diagnostic_code::missing_required, severity::error, offset,
                          "a ", to_string(page.type), " page needs \"", page_field_names[required], "\"");
        for (std::size_t f = 0; f < f_count; ++f)
            if (present[f] && !page_field_allowed(page.type, static_cast<page_field>(f)))
                report_member(page_field_names[f], diagnostic_code::field_not_applicable, severity::warning, where[f],
                              quoted{page_field_names[f]}, " is ignored by a ", to_string(page.type), " page");
        // The page as the main.aspx URL a renderer shows for it, checked like any link: it must
        // hold nothing the checks above let through.
        if (sink_.error_count() != errors_before) return;
        out_.page_url.clear();
        append_page_url(page, app_context{}, out_.page_url);
        page_link_reporter reporter(*this, offset);
        link_checker(reporter, out_.links, app_context{}).check(out_.page_url);
    }

    void page_member(page_field f, std::string_view key, od::value& v, json_kind kind, page_target& page) {
        string_value s;
        switch (f) {
        case f_entity_name:
            read_logical_name(v, kind, key, page.entity_name);
            return;
        case f_entity_id:
        case f_form_id:
        case f_view_id:
        case f_dashboard_id:
        case f_page_id:
        case f_record_id:
        case f_process_id:
        case f_process_instance_id:
        case f_selected_stage_id: {
            std::string_view id;
            if (!read_guid(v, kind, key, "the GUID of the record", id)) return;
            if (f == f_entity_id) page.entity_id = id;
            else if (f == f_form_id) page.form_id = id;
            else if (f == f_view_id) page.view_id = id;
            else if (f == f_dashboard_id) page.dashboard_id = id;
            else if (f == f_page_id) page.page_id = id;
            else if (f == f_record_id) page.record_id = id;
            return;
        }
        case f_view_type: {
            std::size_t i = 0;
            if (read_enum(v, kind, key, view_types, i)) page.view_type = i == 0 ? view_type::savedquery : view_type::userquery;
            return;
        }
        case f_webresource_name:
            if (read_text(v, kind, key, {0, true, false}, s, false)) page.webresource_name = s.text;
            return;
        case f_name:
            if (read_text(v, kind, key, {0, true, false}, s, false)) page.name = s.text;
            return;
        case f_tab_name:
            read_text(v, kind, key, {0, false, false}, s);
            return;
        case f_data:
            // A webresource takes a string; an entityrecord form takes an object of parameters.
            if (kind == json_kind::string) {
                if (read_string_value(v, s)) page.data = s.text;
            } else if (kind == json_kind::object) {
                skip(v, kind);
            } else if (kind != json_kind::null) {
                report(diagnostic_code::wrong_type, severity::error, offset_of(v),
                       "\"data\" must be a string (webresource) or an object (entityrecord), found ", describe(kind));
                skip(v, kind);
            }
            return;
        case f_create_from:
        case f_relationship:
            if (kind != json_kind::null && expect_kind(v, kind, json_kind::object, key)) skip(v, kind);
            return;
        case f_cross_entity:
        case f_offline_sync: {
            std::optional<bool> ignored;
            read_bool(v, kind, key, ignored);
            return;
        }
        case f_count: return;
        }
    }

    void check_entity_context(od::value& v, teams_chat_action& chat) {
        const std::size_t offset = offset_of(v);
        object_rules rules;
        rules.expected_type = expando_type;
        rules.type_annotation_expected = true;
        bool has_name = false, has_id = false;
        walk_object(v, offset, rules, nullptr,
                    [&](std::string_view key, std::size_t key_offset, od::value& member, json_kind kind) {
                        if (key == "entityName") {
                            has_name = true;
                            read_logical_name(member, kind, key, chat.entity_name);
                        } else if (key == "recordId") {
                            has_id = true;
                            read_guid(member, kind, key, "the GUID of the record the chat is about", chat.record_id);
                        } else {
                            ignored_member(key, key_offset, {"entityName", "recordId"},
                                           "an entity context holds entityName and recordId");
                            return false;
                        }
                        return true;
                    });
        if (stopped()) return;
        chat.has_entity_context = true;
        if (!has_name)
            report_member("entityName", diagnostic_code::missing_required, severity::error, offset,
                          "the entity context needs \"entityName\": the logical name of the record's table");
        if (!has_id)
            report_member("recordId", diagnostic_code::missing_required, severity::error, offset,
                          "the entity context needs \"recordId\": the GUID of the record");
    }
};

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_ACTION_CHECKER_HPP
// ---- appnotify/detail/json_syntax.hpp ----
// A strict RFC 8259 scanner that finds the first syntax error and explains it. simdjson parses
// the happy path; when it refuses a document, this says exactly where and why, in words that
// name the usual causes (the documentation's `// comments`, trailing commas, single quotes...).
#ifndef APPNOTIFY_DETAIL_JSON_SYNTAX_HPP
#define APPNOTIFY_DETAIL_JSON_SYNTAX_HPP

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>


namespace appnotify::detail {

struct json_syntax_error {
    diagnostic_code code;
    std::size_t offset;
};

class json_syntax_scanner {
public:
    json_syntax_scanner(std::string_view text, std::size_t max_depth, std::string& message)
        : text_(text), max_depth_(max_depth), message_(message) {}

    /// The first error, with its message appended to `message`; nothing when the text is valid.
    std::optional<json_syntax_error> run() {
        skip_space();
        if (failed_) return error_;
        if (at_end()) return fail(diagnostic_code::json_empty, 0, "the input is empty: expected a JSON object");
        std::size_t depth = 0;
        // containers_[d] is '{' or '[' for each open container.
        containers_.clear();
        enum class step { value, after_value, key } next = step::value;
        while (!failed_) {
            if (next == step::value) {
                skip_space();
                if (failed_) break;
                if (at_end()) {
                    fail(diagnostic_code::json_unexpected_end, pos_, "the input ends where a value was expected");
                    break;
                }
                const char c = text_[pos_];
                if (c == '{' || c == '[') {
                    if (++depth > max_depth_) {
                        fail(diagnostic_code::json_nesting_too_deep, pos_);
                        append_all(message_, "arrays and objects are nested deeper than the limit of ", max_depth_);
                        break;
                    }
                    containers_.push_back(c);
                    ++pos_;
                    skip_space();
                    if (failed_) break;
                    const char close = c == '{' ? '}' : ']';
                    if (!at_end() && text_[pos_] == close) {
                        ++pos_;
                        containers_.pop_back();
                        --depth;
                        next = step::after_value;
                    } else {
                        next = c == '{' ? step::key : step::value;
                    }
                    continue;
                }
                scan_scalar();
                next = step::after_value;
                continue;
            }
            if (next == step::key) {
                skip_space();
                if (failed_) break;
                scan_key();
                if (failed_) break;
                skip_space();
                if (failed_) break;
                if (at_end()) {
                    fail(diagnostic_code::json_unexpected_end, pos_, "the input ends where ':' was expected");
                    break;
                }
                if (text_[pos_] != ':') {
                    fail(diagnostic_code::json_syntax, pos_);
                    append_all(message_, "expected ':' after the member name, found ", shown_char{text_, pos_});
                    break;
                }
                ++pos_;
                next = step::value;
                continue;
            }
            // after_value
            skip_space();
            if (failed_) break;
            if (containers_.empty()) {
                if (!at_end() && static_cast<unsigned char>(text_[pos_]) >= 0x80) {
                    fail_unexpected_character();
                } else if (!at_end()) {
                    fail(diagnostic_code::json_trailing_content, pos_);
                    append_all(message_, "unexpected ", shown_char{text_, pos_},
                               " after the end of the JSON value: a request body holds exactly one JSON object");
                }
                break;
            }
            const char open = containers_.back();
            const char close = open == '{' ? '}' : ']';
            if (at_end()) {
                fail(diagnostic_code::json_unexpected_end, pos_);
                append_all(message_, "the input ends inside ", open == '{' ? "an object" : "an array",
                           ": expected ',' or '", close, "'");
                break;
            }
            const char c = text_[pos_];
            if (c == close) {
                ++pos_;
                containers_.pop_back();
                --depth;
                continue;
            }
            if (c == ',') {
                const std::size_t comma = pos_;
                ++pos_;
                skip_space();
                if (failed_) break;
                if (!at_end() && (text_[pos_] == '}' || text_[pos_] == ']')) {
                    fail(diagnostic_code::json_trailing_comma, comma);
                    append_all(message_, "a comma before '", text_[pos_], "' is not allowed in JSON: remove it");
                    break;
                }
                next = open == '{' ? step::key : step::value;
                continue;
            }
            fail(diagnostic_code::json_syntax, pos_);
            if ((c == '}' || c == ']') && c != close)
                append_all(message_, "'", c, "' does not match the open '", open, "'");
            else if (c == '"' || (open == '[' && starts_value(c)))
                append_all(message_, "expected ',' or '", close, "' before ", shown_char{text_, pos_},
                           ": a comma is missing");
            else
                append_all(message_, "expected ',' or '", close, "', found ", shown_char{text_, pos_});
        }
        if (failed_) return error_;
        return std::nullopt;
    }

private:
    std::string_view text_;
    std::size_t max_depth_;
    std::string& message_;
    std::size_t pos_ = 0;
    bool failed_ = false;
    json_syntax_error error_{diagnostic_code::json_syntax, 0};
    std::string containers_;

    bool at_end() const { return pos_ >= text_.size(); }

    static constexpr bool starts_value(char c) {
        return c == '{' || c == '[' || c == '"' || c == '-' || is_digit(c) || c == 't' || c == 'f' || c == 'n';
    }

    std::optional<json_syntax_error> fail(diagnostic_code code, std::size_t offset, std::string_view text = {}) {
        failed_ = true;
        error_ = {code, offset};
        message_.append(text);
        return error_;
    }

    void skip_space() {
        while (!at_end()) {
            const char c = text_[pos_];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                ++pos_;
            } else if (c == '/' && pos_ + 1 < text_.size() && (text_[pos_ + 1] == '/' || text_[pos_ + 1] == '*')) {
                fail(diagnostic_code::json_comment, pos_,
                     "comments are not allowed in JSON: remove the comment (the documentation's "
                     "examples annotate values with // comments that must not be sent)");
                return;
            } else {
                return;
            }
        }
    }

    void fail_unexpected_character() {
        const char c = text_[pos_];
        const auto b = static_cast<unsigned char>(c);
        if (b >= 0x80) {
            utf8_error e = utf8_error::none;
            const utf8_decoded d = decode_utf8(text_, pos_);
            e = d.error;
            if (e != utf8_error::none) {
                fail(diagnostic_code::json_invalid_utf8, pos_);
                append_all(message_, "the input is not valid UTF-8: ", describe(e));
                return;
            }
            fail(diagnostic_code::json_syntax, pos_);
            if (d.code_point == 0x201C || d.code_point == 0x201D || d.code_point == 0x2018 || d.code_point == 0x2019)
                append_all(message_, "typographic quote ", shown_char{text_, pos_},
                           " where JSON needs a straight double quote '\"'");
            else if (d.code_point == 0xFEFF)
                append_all(message_, "a byte order mark (U+FEFF) is only tolerated at the very start of the input");
            else
                append_all(message_, "unexpected ", shown_char{text_, pos_}, " where a JSON value was expected");
            return;
        }
        fail(diagnostic_code::json_syntax, pos_);
        if (c == '\'')
            append_all(message_, "single-quoted strings are not JSON: use double quotes");
        else if (c == '\0')
            append_all(message_, "a NUL byte is not allowed outside strings");
        else if (c == '}' || c == ']')
            append_all(message_, "unexpected '", c, "' where a value was expected");
        else
            append_all(message_, "unexpected ", shown_char{text_, pos_}, " where a JSON value was expected");
    }

    void scan_scalar() {
        const char c = text_[pos_];
        if (c == '"') {
            scan_string();
            return;
        }
        if (c == '-' || c == '+' || c == '.' || is_digit(c)) {
            const number_scan n = scan_number(text_, pos_);
            if (n.problem != number_problem::none) {
                fail(diagnostic_code::json_invalid_number, pos_ + n.problem_at);
                switch (n.problem) {
                case number_problem::leading_zero:
                    append_all(message_, "numbers cannot have leading zeros");
                    break;
                case number_problem::plus_sign:
                    append_all(message_, "numbers cannot start with '+'");
                    break;
                default:
                    append_all(message_, "a digit is missing in the number ", quoted{text_.substr(pos_, n.length), 40});
                    break;
                }
                return;
            }
            pos_ += n.length;
            if (!at_end() && is_word_char(text_[pos_])) {
                fail(diagnostic_code::json_invalid_number, pos_);
                append_all(message_, "unexpected ", shown_char{text_, pos_}, " in a number");
            }
            return;
        }
        if (is_word_char(c)) {
            std::size_t end = pos_;
            while (end < text_.size() && is_word_char(text_[end])) ++end;
            const std::string_view word = text_.substr(pos_, end - pos_);
            if (word == "true" || word == "false" || word == "null") {
                pos_ = end;
                return;
            }
            fail(diagnostic_code::json_invalid_literal, pos_);
            if (word == "True" || word == "TRUE") append_all(message_, quoted{word}, " is not JSON: write true");
            else if (word == "False" || word == "FALSE") append_all(message_, quoted{word}, " is not JSON: write false");
            else if (word == "None" || word == "Null" || word == "NULL" || word == "undefined")
                append_all(message_, quoted{word}, " is not JSON: write null or leave the member out");
            else if (word == "NaN" || word == "Infinity")
                append_all(message_, quoted{word}, " is not a JSON number");
            else
                append_all(message_, "unexpected word ", quoted{word},
                           ": JSON values are strings in double quotes, numbers, true, false, null, objects or arrays");
            return;
        }
        fail_unexpected_character();
    }

    static constexpr bool is_word_char(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c == '_' || c == '$';
    }

    void scan_key() {
        if (at_end()) {
            fail(diagnostic_code::json_unexpected_end, pos_, "the input ends where a member name was expected");
            return;
        }
        const char c = text_[pos_];
        if (c == '"') {
            scan_string();
            return;
        }
        fail(diagnostic_code::json_syntax, pos_);
        if (c == '\'') {
            append_all(message_, "single-quoted member names are not JSON: use double quotes");
        } else if (is_word_char(c)) {
            std::size_t end = pos_;
            while (end < text_.size() && is_word_char(text_[end])) ++end;
            append_all(message_, "member names must be strings in double quotes: write \"",
                       text_.substr(pos_, end - pos_ > 40 ? 40 : end - pos_), "\"");
        } else {
            append_all(message_, "expected a member name in double quotes, found ", shown_char{text_, pos_});
        }
    }

    void scan_string() {
        const std::size_t open = pos_++;
        while (true) {
            if (at_end()) {
                fail(diagnostic_code::json_unterminated_string, open, "this string is never closed: a '\"' is missing");
                return;
            }
            const auto b = static_cast<unsigned char>(text_[pos_]);
            if (b == '"') {
                ++pos_;
                return;
            }
            if (b == '\\') {
                if (!scan_escape()) return;
                continue;
            }
            if (b < 0x20) {
                fail(diagnostic_code::json_control_character, pos_);
                if (b == '\n' || b == '\r') {
                    append_all(message_, "a line break inside a string must be written as \\n");
                } else if (b == '\t') {
                    append_all(message_, "a tab inside a string must be written as \\t");
                } else {
                    append_all(message_, "control character U+");
                    append_hex(message_, b, 4);
                    append_all(message_, " must be escaped inside a string (as \\u");
                    append_hex(message_, b, 4);
                    append_all(message_, ")");
                }
                return;
            }
            if (b < 0x80) {
                ++pos_;
                continue;
            }
            const utf8_decoded d = decode_utf8(text_, pos_);
            if (d.error != utf8_error::none) {
                fail(diagnostic_code::json_invalid_utf8, pos_);
                append_all(message_, "the string is not valid UTF-8: ", describe(d.error));
                return;
            }
            pos_ += d.length;
        }
    }

    // At a backslash inside a string; false after reporting an error.
    bool scan_escape() {
        const std::size_t start = pos_;
        if (pos_ + 1 >= text_.size()) {
            pos_ = text_.size();
            return true; // reported as the unterminated string
        }
        const char e = text_[pos_ + 1];
        switch (e) {
        case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
            pos_ += 2;
            return true;
        case 'u': {
            unsigned unit = 0;
            if (!read_hex4(pos_ + 2, unit)) {
                fail(diagnostic_code::json_invalid_escape, start,
                     "\\u must be followed by four hexadecimal digits");
                return false;
            }
            pos_ += 6;
            if (unit >= 0xDC00 && unit <= 0xDFFF) {
                fail(diagnostic_code::json_lone_surrogate, start);
                append_lone_surrogate_message(unit, "a low surrogate without a high surrogate before it");
                return false;
            }
            if (unit >= 0xD800 && unit <= 0xDBFF) {
                unsigned low = 0;
                if (pos_ + 1 < text_.size() && text_[pos_] == '\\' && text_[pos_ + 1] == 'u' &&
                    read_hex4(pos_ + 2, low) && low >= 0xDC00 && low <= 0xDFFF) {
                    pos_ += 6;
                    return true;
                }
                fail(diagnostic_code::json_lone_surrogate, start);
                append_lone_surrogate_message(unit, "a high surrogate not followed by a low surrogate");
                return false;
            }
            return true;
        }
        default:
            fail(diagnostic_code::json_invalid_escape, start);
            append_all(message_, "invalid escape: a backslash must be followed by one of \" \\ / b f n r t u, found ",
                       shown_char{text_, pos_ + 1});
            if (e == '\'') append_all(message_, " (a single quote needs no escape in JSON)");
            return false;
        }
    }

    void append_lone_surrogate_message(unsigned unit, std::string_view what) {
        append_all(message_, "\\u");
        append_hex(message_, unit, 4);
        append_all(message_, " is ", what, ": it encodes no character and cannot be stored");
    }

    bool read_hex4(std::size_t at, unsigned& value) const {
        if (at + 4 > text_.size()) return false;
        value = 0;
        for (std::size_t i = at; i < at + 4; ++i) {
            const char c = text_[i];
            if (!is_hex_digit(c)) return false;
            value = value * 16 + static_cast<unsigned>(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
        }
        return true;
    }
};

/// The first syntax error of `text`, its message appended to `message`.
inline std::optional<json_syntax_error> find_json_syntax_error(std::string_view text, std::size_t max_depth,
                                                               std::string& message) {
    return json_syntax_scanner(text, max_depth, message).run();
}

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_JSON_SYNTAX_HPP

namespace appnotify {

/// Limits that keep hostile input cheap. Exceeding one is an error diagnostic.
struct validate_options {
    /// Larger inputs are refused before anything is parsed or copied.
    std::size_t max_input_bytes = std::size_t(1) << 20;
    /// Deepest nesting of arrays and objects.
    std::size_t max_depth = 64;
    /// Diagnostics kept per input; the rest are counted in one final "too-many-diagnostics".
    std::size_t max_diagnostics = 1000;
};

namespace detail {
struct validation_storage {
    simdjson::ondemand::parser parser;
    std::unique_ptr<char[]> buffer;
    std::size_t buffer_capacity = 0;
    std::size_t input_size = 0;
    diagnostic_sink sink;
    walker_scratch scratch;
    notification_storage content;
    std::vector<diagnostic> diagnostics;
    std::string syntax_message;
};
} // namespace detail

/// The notification read from a payload and every problem found in it. Strings in the model and
/// the diagnostics are views into this object: they stay valid while it lives and is not reused.
/// Reusing one result for many inputs keeps its buffers, so validation allocates nothing once the
/// buffers are large enough.
class validation_result {
public:
    validation_result() : storage_(std::make_unique<detail::validation_storage>()) {}

    /// True when no diagnostic is an error (warnings allowed).
    bool valid() const noexcept { return errors_ == 0; }
    explicit operator bool() const noexcept { return valid(); }
    std::size_t error_count() const noexcept { return errors_; }
    std::size_t warning_count() const noexcept { return warnings_; }

    const appnotify::notification& notification() const noexcept { return storage_->content.model; }
    list_view<diagnostic> diagnostics() const noexcept {
        return {storage_->diagnostics.data(), storage_->diagnostics.size()};
    }
    /// The validated text, as given; diagnostics' offsets index into it.
    std::string_view input() const noexcept { return {storage_->buffer.get(), storage_->input_size}; }

private:
    friend void validate(std::string_view, validation_result&, const validate_options&);
    friend bool is_valid(std::string_view, validation_result&, const validate_options&);
    friend class ndjson_validator;

    void finish() {
        detail::validation_storage& s = *storage_;
        s.sink.finish(input(), s.diagnostics);
        s.content.finish();
        errors_ = s.sink.error_count();
        warnings_ = s.sink.warning_count();
    }

    std::unique_ptr<detail::validation_storage> storage_;
    std::size_t errors_ = 0;
    std::size_t warnings_ = 0;
};

namespace detail {

inline constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

/// Copies `json` into the padded buffer simdjson needs; false when it is too large.
inline bool load_input(validation_storage& s, std::string_view json) {
    const std::size_t needed = json.size() + simdjson::SIMDJSON_PADDING;
    if (needed > s.buffer_capacity) {
        s.buffer.reset(new char[needed]);
        s.buffer_capacity = needed;
    }
    if (!json.empty()) std::memcpy(s.buffer.get(), json.data(), json.size());
    std::memset(s.buffer.get() + json.size(), 0, simdjson::SIMDJSON_PADDING);
    s.input_size = json.size();
    return true;
}

inline std::size_t first_non_space(std::string_view text, std::size_t from) noexcept {
    while (from < text.size() && (text[from] == ' ' || text[from] == '\t' || text[from] == '\n' || text[from] == '\r'))
        ++from;
    return from;
}

/// Reports the exact syntax error simdjson ran into, and drops findings made after it.
inline void report_syntax_error(validation_storage& s, std::string_view input, std::size_t body_start,
                                const validate_options& options) {
    s.syntax_message.clear();
    const auto error = find_json_syntax_error(input.substr(body_start), options.max_depth, s.syntax_message);
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
        const auto error = find_json_syntax_error(input.substr(body), options.max_depth, s.syntax_message);
        if (error && body + error->offset == root) {
            s.sink.add(error->code, severity::error, root, "", s.syntax_message);
            return false;
        }
    }
    if (input[root] == '[')
        s.sink.add(diagnostic_code::payload_not_object, severity::error, root, "",
                   "the payload is an array, but SendAppNotification takes one notification per request: "
                   "send each object in its own request");
    else
        s.sink.add(diagnostic_code::payload_not_object, severity::error, root, "",
                   "the payload must be a JSON object holding the notification's parameters");
    return false;
}

/// Checks a document simdjson has started to parse. `input` is its text and `base` where byte 0
/// of `input` sits in the buffer simdjson parses; `whole_input` says the document must end the
/// input (false for a document of a stream, whose extent the stream already knows). Returns true
/// when a syntax error was found.
template <typename Document>
bool check_document(validation_storage& s, Document& document, std::string_view input, const char* base,
                    std::size_t body, std::size_t root, const validate_options& options, bool collect,
                    bool whole_input) {
    action_checker checker(s.sink, s.scratch, walk_limits{options.max_depth}, s.content);
    checker.start(input, base);
    checker.check(document, root);
    bool trailing = false;
    if (whole_input && !checker.stopped()) {
        const char* end = nullptr;
        trailing = document.current_location().get(end) == simdjson::SUCCESS;
    }
    if (!checker.syntax_error() && !trailing) return false;
    if (collect) report_syntax_error(s, input, body, options);
    else s.sink.add(diagnostic_code::json_syntax, severity::error, root, "", "");
    return true;
}

inline void run_validation(validation_storage& s, std::string_view json, const validate_options& options,
                           bool collect) {
    s.sink.reset(collect, options.max_diagnostics);
    s.content.clear();
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

    const std::size_t simdjson_depth = options.max_depth + 2;
    if (s.parser.max_depth() != simdjson_depth || s.parser.capacity() < input.size()) {
        const std::size_t capacity = input.size() > s.parser.capacity() ? input.size() : s.parser.capacity();
        if (s.parser.allocate(capacity, simdjson_depth) != simdjson::SUCCESS) {
            s.sink.add(diagnostic_code::input_too_large, severity::error, 0, "",
                       "the input does not fit the JSON parser's memory");
            return;
        }
    }
    const simdjson::padded_string_view padded(input.data() + body, input.size() - body, s.buffer_capacity - body);
    simdjson::ondemand::document document;
    if (s.parser.iterate(padded).get(document) != simdjson::SUCCESS) {
        if (collect) report_syntax_error(s, input, body, options);
        else s.sink.add(diagnostic_code::json_syntax, severity::error, root, "", "");
        return;
    }
    check_document(s, document, input, input.data(), body, root, options, collect, true);
}

} // namespace detail

/// Validates `json`, the JSON text of a SendAppNotification request body, into `result`, whose
/// buffers are reused. Never throws; every problem becomes a diagnostic.
inline void validate(std::string_view json, validation_result& result, const validate_options& options = {}) {
    detail::run_validation(*result.storage_, json, options, true);
    result.finish();
}

/// Validates `json` and returns the notification with every problem found.
inline validation_result validate(std::string_view json, const validate_options& options = {}) {
    validation_result result;
    validate(json, result, options);
    return result;
}

/// True when `json` would validate without errors, using `scratch`'s buffers (its contents are
/// unspecified afterwards). Cheaper than `validate`: it stops at the first error and builds no
/// messages, and with a reused scratch it allocates nothing.
inline bool is_valid(std::string_view json, validation_result& scratch, const validate_options& options = {}) {
    detail::run_validation(*scratch.storage_, json, options, false);
    scratch.errors_ = scratch.storage_->sink.error_count();
    scratch.warnings_ = 0;
    scratch.storage_->diagnostics.clear();
    return scratch.errors_ == 0;
}

/// True when `json` would validate without errors (see the overload above; this one allocates
/// its own buffers).
inline bool is_valid(std::string_view json, const validate_options& options = {}) {
    validation_result scratch;
    return is_valid(json, scratch, options);
}

} // namespace appnotify

#endif // APPNOTIFY_VALIDATE_HPP

namespace appnotify {

/// One line of an NDJSON input and its validation. The views (and the result's model and
/// diagnostics) are valid only during the callback that receives the record.
struct ndjson_record {
    std::size_t line_number; // 1-based
    std::string_view text;   // the line, without its line terminator
    const validation_result& result;
};

/// Validates newline-delimited JSON, one payload per line, in constant memory: feed the text in
/// chunks of any size and each complete line is validated as soon as it arrives. Complete lines
/// are parsed together with simdjson's document stream; a line the stream cannot map one-to-one
/// onto a document (a syntax error, two documents on a line, a document across lines) is
/// validated on its own, so every line gets exactly the diagnostics `validate` would give it.
/// Blank lines are skipped. A line longer than `max_input_bytes` is not kept in memory: it is
/// reported as too large.
class ndjson_validator {
public:
    explicit ndjson_validator(validate_options options = {}) : options_(options) {}

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
    std::unique_ptr<char[]> batch_;
    std::size_t batch_size_ = 0;
    std::size_t batch_capacity_ = 0;
    std::string carry_;        // the incomplete last line
    bool carry_overflow_ = false;
    std::size_t line_number_ = 0;
    validation_result record_;

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
        if (needed > batch_capacity_) {
            batch_.reset(new char[needed]);
            batch_capacity_ = needed;
        }
        if (!carry_.empty()) std::memcpy(batch_.get(), carry_.data(), carry_.size());
        if (!head.empty()) std::memcpy(batch_.get() + carry_.size(), head.data(), head.size());
        std::memset(batch_.get() + size, 0, simdjson::SIMDJSON_PADDING);
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
        const std::string_view batch(batch_.get(), batch_size_);
        simdjson::ondemand::document_stream stream;
        // A stream needs its documents within one window; the batch is one window.
        bool stream_usable =
            stream_parser_.iterate_many(batch_.get(), batch_size_, batch_size_ < 64 ? 64 : batch_size_).get(stream) ==
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

        detail::validation_storage& s = *record_.storage_;
        s.sink.reset(true, options_.max_diagnostics);
        s.content.clear();
        detail::load_input(s, line);
        std::size_t body = 0, root = 0;
        if (!detail::check_before_parsing(s, line, options_, true, body, root)) return false;
        // A syntax error may have left the stream out of step: the caller revalidates alone.
        if (detail::check_document(s, document, line, batch_.get() + line_start, body, root, options_, true, false))
            return false;
        record_.finish();
        emit(line, on_record);
        return true;
    }
};

} // namespace appnotify

#endif // APPNOTIFY_NDJSON_HPP
// ---- appnotify/report.hpp ----
// appnotify: writing diagnostics for people (compiler-style text) and for tools (JSON).
#ifndef APPNOTIFY_REPORT_HPP
#define APPNOTIFY_REPORT_HPP

#include <cstddef>
#include <string>
#include <string_view>


namespace appnotify {

struct text_report_options {
    /// ANSI colours, for terminals.
    bool color = false;
    /// Show the source line and a caret under the spot.
    bool show_source = true;
};

namespace detail {

inline constexpr std::size_t source_window = 100; // characters of a long line shown around the spot

inline void append_sgr(std::string& out, bool color, std::string_view code) {
    if (!color) return;
    out.append("\x1b[");
    out.append(code);
    out.push_back('m');
}

/// Appends `line` for a terminal, with controls shown as '?' so input cannot drive the terminal,
/// and returns how many characters precede `column` in what was written.
inline std::size_t append_source_excerpt(std::string& out, std::string_view line, std::size_t column) {
    // Choose a window of characters around the column.
    std::size_t first = column > source_window / 2 ? column - source_window / 2 : 1;
    std::size_t index = 1, i = 0, caret = 0;
    if (first > 1) {
        out.append("...");
        caret = 3;
    }
    while (i < line.size()) {
        const utf8_decoded d = decode_utf8(line, i);
        if (index >= first + source_window) {
            out.append("...");
            break;
        }
        if (index >= first) {
            if (d.error != utf8_error::none || must_escape_in_message(d.code_point))
                out.push_back(d.code_point == '\t' ? ' ' : '?');
            else
                out.append(line.substr(i, d.length));
            if (index < column) ++caret;
        }
        i += d.length;
        ++index;
    }
    return caret;
}

} // namespace detail

/// Appends `name:line:column: error[code]: message`, and unless disabled the source line of
/// `input` with a caret under the column. `input` is the text the diagnostic was found in.
inline void format_diagnostic(std::string& out, const diagnostic& d, std::string_view name, std::string_view input,
                              const text_report_options& options = {}) {
    const bool color = options.color;
    detail::append_sgr(out, color, "1");
    detail::append_all(out, name, ':', d.line, ':', d.column, ": ");
    detail::append_sgr(out, color, d.is_error() ? "1;31" : "1;35");
    out.append(to_string(d.severity));
    detail::append_sgr(out, color, "0");
    detail::append_sgr(out, color, "1");
    detail::append_all(out, '[', to_string(d.code), "]: ");
    detail::append_sgr(out, color, "0");
    out.append(d.message);
    if (!d.path.empty()) detail::append_all(out, " (at ", d.path, ')');
    out.push_back('\n');
    if (!options.show_source || d.offset > input.size() || input.empty()) return;
    const std::string_view line = detail::line_at(input, d.offset);
    out.append("  ");
    const std::size_t caret = detail::append_source_excerpt(out, line, d.column);
    out.append("\n  ");
    out.append(caret, ' ');
    detail::append_sgr(out, color, "1;32");
    out.push_back('^');
    detail::append_sgr(out, color, "0");
    out.push_back('\n');
}

/// Appends `text` as a JSON string literal. Invalid UTF-8 becomes U+FFFD so the output is
/// always valid JSON; U+2028 and U+2029 are escaped for JavaScript consumers.
inline void append_json_string(std::string& out, std::string_view text) {
    out.push_back('"');
    std::size_t i = 0;
    while (i < text.size()) {
        const auto b = static_cast<unsigned char>(text[i]);
        if (b >= 0x80) {
            const detail::utf8_decoded d = detail::decode_utf8(text, i);
            if (d.error != detail::utf8_error::none) out.append("\xEF\xBF\xBD");
            else if (d.code_point == 0x2028 || d.code_point == 0x2029) {
                out.append("\\u");
                detail::append_hex(out, d.code_point, 4);
            } else out.append(text.substr(i, d.length));
            i += d.length;
            continue;
        }
        switch (b) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        case '\b': out.append("\\b"); break;
        case '\f': out.append("\\f"); break;
        default:
            if (b < 0x20 || b == 0x7F) {
                out.append("\\u");
                detail::append_hex(out, b, 4);
            } else {
                out.push_back(static_cast<char>(b));
            }
        }
        ++i;
    }
    out.push_back('"');
}

/// Appends one diagnostic as a JSON object:
/// {"severity", "code", "path", "offset", "line", "column", "message"}.
inline void format_diagnostic_json(std::string& out, const diagnostic& d) {
    out.append("{\"severity\":");
    append_json_string(out, to_string(d.severity));
    out.append(",\"code\":");
    append_json_string(out, to_string(d.code));
    out.append(",\"path\":");
    append_json_string(out, d.path);
    detail::append_all(out, ",\"offset\":", d.offset, ",\"line\":", d.line, ",\"column\":", d.column);
    out.append(",\"message\":");
    append_json_string(out, d.message);
    out.push_back('}');
}

/// Appends the JSON line the command-line tool prints per input:
/// {"input": ..., "dialect": ..., "valid": bool, "diagnostics": [...]}, without a newline.
template <typename Diagnostics>
void format_result_json(std::string& out, std::string_view input_name, std::string_view dialect, bool valid,
                        const Diagnostics& diagnostics) {
    out.append("{\"input\":");
    append_json_string(out, input_name);
    out.append(",\"dialect\":");
    append_json_string(out, dialect);
    out.append(valid ? ",\"valid\":true" : ",\"valid\":false");
    out.append(",\"diagnostics\":[");
    bool first = true;
    for (const diagnostic& d : diagnostics) {
        if (!first) out.push_back(',');
        first = false;
        format_diagnostic_json(out, d);
    }
    out.append("]}");
}

} // namespace appnotify

#endif // APPNOTIFY_REPORT_HPP

#endif // APPNOTIFY_HPP
