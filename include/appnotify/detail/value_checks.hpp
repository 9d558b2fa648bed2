// SPDX-License-Identifier: MIT
// Checks of single values shared by every payload dialect: text fields, option sets, integers,
// GUIDs and logical names, each reporting in the validator's format.
#ifndef APPNOTIFY_DETAIL_VALUE_CHECKS_HPP
#define APPNOTIFY_DETAIL_VALUE_CHECKS_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <optional>
#include <string_view>

#include "../notification.hpp"
#include "guid.hpp"
#include "json_string.hpp"
#include "json_walker.hpp"
#include "text_checks.hpp"
#include "utf8.hpp"

namespace appnotify::detail {

/// The name of an entry of a table of names: plain names, or the named values of notification.hpp.
constexpr std::string_view entry_name(std::string_view name) noexcept { return name; }
template <typename Enum>
constexpr std::string_view entry_name(const named_value<Enum>& entry) noexcept {
    return entry.name;
}

/// The place of `key` in `names`, or N when it is not there. Size and first character are
/// compared before the rest: this runs for every member of every action.
template <std::size_t N>
inline std::size_t index_in(std::string_view key, const std::string_view (&names)[N]) noexcept {
    if (key.empty()) return N;
    for (std::size_t i = 0; i < N; ++i)
        if (names[i].size() == key.size() && names[i][0] == key[0] &&
            std::memcmp(names[i].data(), key.data(), key.size()) == 0)
            return i;
    return N;
}

/// Names listed in a message: "a, b and c" (or, with `last` " or ", "a, b or c").
/// With `in_quotes`, each name is written in double quotes.
template <typename Entry>
struct word_list {
    const Entry* entries;
    std::size_t count;
    std::string_view last = " and ";
    bool in_quotes = false;
};
template <typename Entry, std::size_t N>
constexpr word_list<Entry> words(const Entry (&entries)[N], std::string_view last = " and ") noexcept {
    return {entries, N, last, false};
}
template <typename Entry, std::size_t N>
constexpr word_list<Entry> quoted_words(const Entry (&entries)[N], std::string_view last = " and ") noexcept {
    return {entries, N, last, true};
}
inline word_list<std::string_view> words(list_view<std::string_view> names, std::string_view last = " and ") noexcept {
    return {names.begin(), names.size(), last, false};
}
template <typename Entry>
void append_piece(std::string& out, const word_list<Entry>& list) {
    for (std::size_t i = 0; i < list.count; ++i) {
        if (i != 0) out.append(i + 1 == list.count ? list.last : std::string_view(", "));
        if (list.in_quotes) out.push_back('"');
        out.append(entry_name(list.entries[i]));
        if (list.in_quotes) out.push_back('"');
    }
}

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
    /// Where markdown does render, said when markdown is found in plain text.
    std::string_view markdown_hint = "markdown renders only in OverrideContent.title and .body";
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

    /// The offset in the input of byte `index` of the text of `s` (through its escapes).
    std::size_t offset_in(const string_value& s, std::size_t index) {
        scratch_.strings.use(s.raw);
        return s.offset + scratch_.strings.raw_offset(index);
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

    /// A required string member, which cannot be null either. True when `out` holds text.
    bool read_required_text(od::value& v, json_kind kind, std::string_view member, const text_rule& rule,
                            string_value& out) {
        if (kind == json_kind::null) {
            report(diagnostic_code::wrong_type, severity::error, offset_of(v), quoted{member},
                   " is required and cannot be null");
            return false;
        }
        return read_text(v, kind, member, rule, out);
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
            report_span(diagnostic_code::template_placeholder, severity::warning, offset_in(s, placeholder.offset),
                        offset_in(s, placeholder.offset + placeholder.length), quoted{member},
                        " still contains the template placeholder ",
                        quoted{s.text.substr(placeholder.offset, placeholder.length)}, ": fill it in before sending");
        if (rule.shown_as_plain_text) {
            const text_span markdown = find_markdown_syntax(s.text);
            if (markdown.found())
                report_span(diagnostic_code::markdown_in_plain_text, severity::warning, offset_in(s, markdown.offset),
                            offset_in(s, markdown.offset + markdown.length), quoted{member},
                            " is shown as plain text, so ", quoted{s.text.substr(markdown.offset, markdown.length), 30},
                            " appears literally: ", rule.markdown_hint);
        }
        return true;
    }

    /// A required, non-empty string holding a GUID; `out` gets the GUID without braces.
    bool read_guid(od::value& v, json_kind kind, std::string_view member, std::string_view what,
                   std::string_view& out) {
        string_value s;
        if (!read_text(v, kind, member, {0, true, false, false}, s, false)) return false;
        return check_guid_text(s, member, what, true, &out);
    }

    /// A required, non-empty string holding a table's logical name.
    bool read_logical_name(od::value& v, json_kind kind, std::string_view member, std::string_view& out) {
        string_value s;
        if (!read_text(v, kind, member, {0, true, false, false}, s, false)) return false;
        if (!check_logical_name(s, member)) return false;
        out = s.text;
        return true;
    }

    template <typename Option, std::size_t N>
    void append_allowed(const named_value<Option> (&options)[N]) {
        std::string& out = sink_.arena();
        for (std::size_t i = 0; i < N; ++i) {
            if (i != 0) out.append(", ");
            append_all(out, static_cast<std::int32_t>(options[i].value), " (", options[i].name, ")");
        }
    }

    /// An option-set (choice) value. Null leaves the default; true when `out` was set.
    template <typename Option, std::size_t N>
    bool read_option(od::value& v, json_kind kind, std::string_view member, const named_value<Option> (&options)[N],
                     Option& out, std::string_view what = "value") {
        if (kind == json_kind::null) return false;
        const std::size_t offset = offset_of(v);
        if (kind == json_kind::string) {
            string_value s;
            if (!read_string_value(v, s)) return false;
            const named_value<Option>* meant = nullptr;
            std::int64_t n = 0;
            const number_scan scan = scan_number(s.text, 0);
            for (const named_value<Option>& o : options) {
                if (equals_ignoring_case(trim_spaces(s.text), o.name)) meant = &o;
                if (scan.problem == number_problem::none && scan.length == s.text.size() && s.text.size() != 0 &&
                    read_integer(s.text, n) == integer_read::ok && n == static_cast<std::int32_t>(o.value))
                    meant = &o;
            }
            if (!sink_.begin(diagnostic_code::number_as_string, severity::error, offset)) return false;
            write_pointer(sink_.arena());
            sink_.end_path();
            if (meant)
                append_all(sink_.arena(), quoted{member}, " is a choice (option set) ", what,
                           " and must be a number, not a string: write ", static_cast<std::int32_t>(meant->value),
                           " without quotes (", meant->name, ")");
            else {
                append_all(sink_.arena(), quoted{member}, " is a choice (option set) ", what,
                           " and must be a number, not the string ", quoted{s.text}, "; allowed: ");
                append_allowed(options);
            }
            sink_.end_message();
            return false;
        }
        if (!expect_kind(v, kind, json_kind::number, member)) return false;
        std::int64_t value = 0;
        if (!read_int32(v, member, value)) return false;
        for (const named_value<Option>& o : options)
            if (static_cast<std::int32_t>(o.value) == value) {
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
        // kind_of validated the number's text when the walk reached it: only its end is needed.
        const std::string_view token = scalar_text(v);
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
                         bool allow_braces = true, std::string_view* digits = nullptr) {
        // A well-formed GUID holds no placeholder (hexadecimal digits, hyphens and braces, never
        // "{{" or "${"): the search is for the text that is not one.
        const guid_check g = check_guid(s.text, allow_braces);
        if (g.problem == guid_problem::none && !g.nil) {
            if (digits != nullptr) *digits = g.digits;
            return true;
        }
        const text_span placeholder = find_placeholder(s.text);
        if (placeholder.found()) {
            report_span(diagnostic_code::template_placeholder, severity::error, offset_in(s, placeholder.offset),
                        offset_in(s, placeholder.offset + placeholder.length),
                        quoted{s.text.substr(placeholder.offset, placeholder.length)},
                        " is a template placeholder: replace it with ", what);
            return false;
        }
        return report_guid(g, s, 0, s.text, member, what);
    }

    /// Checks `text`, which starts at index `at` of `s.text`, as a GUID.
    bool check_guid_at(const string_value& s, std::size_t at, std::string_view text, std::string_view member,
                       std::string_view what, bool allow_braces) {
        return report_guid(check_guid(text, allow_braces), s, at, text, member, what);
    }

    /// Reports what `g`, the check of `text` (at index `at` of `s.text`), found; true when nothing.
    bool report_guid(const guid_check& g, const string_value& s, std::size_t at, std::string_view text,
                     std::string_view member, std::string_view what) {
        if (g.problem == guid_problem::bad_character) {
            const std::size_t in_core = g.braced ? g.at - 1 : g.at; // where hyphens belong, past a brace
            report(diagnostic_code::invalid_guid, severity::error, offset_in(s, at + g.at), quoted{text, 45},
                   " in ", quoted{member}, " is not a GUID: ", shown_char{text, g.at}, " at character ", g.at + 1,
                   in_core == 8 || in_core == 13 || in_core == 18 || in_core == 23 ? " should be '-'"
                                                                                 : " is not a hexadecimal digit",
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
            report_span(diagnostic_code::template_placeholder, severity::error, offset_in(s, placeholder.offset),
                        offset_in(s, placeholder.offset + placeholder.length),
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

    /// Reports a member the payload's contract does not have (an error: the server refuses the
    /// payload), with the one most plausibly meant; `what` lists the members otherwise.
    template <typename Candidates, typename... What>
    void unknown_member(std::string_view key, std::size_t key_offset, const Candidates& known, const What&... what) {
        const std::string_view meant = suggest(key, known);
        if (!meant.empty())
            report(diagnostic_code::unknown_parameter, severity::error, key_offset, "unknown member ", quoted{key},
                   ": did you mean \"", meant, "\"? (names are case-sensitive)");
        else
            report(diagnostic_code::unknown_parameter, severity::error, key_offset, "unknown member ", quoted{key}, ": ",
                   what...);
    }

    /// Reports `member`, which the current object lacks, when `present` is false.
    void require(bool present, std::string_view member, std::size_t object_offset, std::string_view message,
                 severity level = severity::error) {
        if (!present) report_member(member, diagnostic_code::missing_required, level, object_offset, message);
    }

    /// A string that must be one of the names of `allowed` (plain names, or named values):
    /// exactly, or ignoring case where the server does. `index` is the one it is.
    template <typename Entry, std::size_t N>
    bool read_enum(od::value& v, json_kind kind, std::string_view member, const Entry (&allowed)[N],
                   std::size_t& index, bool case_sensitive = true) {
        if (!expect_kind(v, kind, json_kind::string, member)) return false;
        string_value s;
        if (!read_string_value(v, s)) return false;
        for (std::size_t i = 0; i < N; ++i)
            if (case_sensitive ? s.text == entry_name(allowed[i]) : equals_ignoring_case(s.text, entry_name(allowed[i]))) {
                index = i;
                return true;
            }
        if (!sink_.begin(diagnostic_code::invalid_enum_value, severity::error, s.offset)) return false;
        write_pointer(sink_.arena());
        sink_.end_path();
        append_all(sink_.arena(), quoted{s.text}, " is not a valid ", quoted{member},
                   case_sensitive ? " (values are case-sensitive); " : "; ");
        std::string_view names[N];
        for (std::size_t i = 0; i < N; ++i) names[i] = entry_name(allowed[i]);
        const std::string_view meant = suggest(s.text, names);
        if (!meant.empty()) append_all(sink_.arena(), "did you mean \"", meant, "\"? ");
        append_all(sink_.arena(), "allowed: ");
        for (std::size_t i = 0; i < N; ++i) append_all(sink_.arena(), i == 0 ? "" : ", ", names[i]);
        sink_.end_message();
        return false;
    }

    /// A string naming a value of `table` (notification.hpp); true when `out` was set.
    template <typename Enum, std::size_t N>
    bool read_named(od::value& v, json_kind kind, std::string_view member, const named_value<Enum> (&table)[N],
                    Enum& out, bool case_sensitive = true) {
        std::size_t index = 0;
        if (!read_enum(v, kind, member, table, index, case_sensitive)) return false;
        out = table[index].value;
        return true;
    }
};

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_VALUE_CHECKS_HPP
