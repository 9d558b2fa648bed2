// SPDX-License-Identifier: MIT
// A strict RFC 8259 scanner that finds the first syntax error and explains it. simdjson parses
// the happy path; when it refuses a document, this says exactly where and why, in words that
// name the usual causes (the documentation's `// comments`, trailing commas, single quotes...).
#ifndef APPNOTIFY_DETAIL_JSON_SYNTAX_HPP
#define APPNOTIFY_DETAIL_JSON_SYNTAX_HPP

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "../diagnostic.hpp"
#include "format.hpp"
#include "guid.hpp"
#include "number.hpp"
#include "utf8.hpp"

namespace appnotify::detail {

/// The first character at or after `from` that is not JSON whitespace, or `text.size()`.
inline std::size_t first_non_space(std::string_view text, std::size_t from) noexcept {
    while (from < text.size() && (text[from] == ' ' || text[from] == '\t' || text[from] == '\n' || text[from] == '\r'))
        ++from;
    return from;
}

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
