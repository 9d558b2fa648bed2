// SPDX-License-Identifier: MIT
// Markdown character classes, character references and the escaping every renderer shares.
#ifndef APPNOTIFY_DETAIL_MARKDOWN_CHARS_HPP
#define APPNOTIFY_DETAIL_MARKDOWN_CHARS_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "format.hpp"
#include "html_entities.hpp"
#include "swar.hpp"
#include "unicode_tables.hpp"
#include "utf8.hpp"

namespace appnotify::detail::md {

/// Behaviours of cmark-gfm 0.29 (Debian's libcmark-gfm) that CommonMark 0.31.2 changed or that
/// contradict it. The renderers never set them: the differential test does, to prove that each
/// difference from cmark-gfm is one of these and nothing else (docs/markdown.md lists them).
struct cmark_029_quirks {
    /// Which characters are punctuation for emphasis flanking: 0.31 counts Unicode symbols (S*),
    /// and cmark-gfm 0.29's tables are older than Unicode 14. When set, this decides instead.
    bool (*punctuation)(char32_t) = nullptr;
    bool eight_digit_references = false;       // 0.31: at most 7 decimal / 6 hexadecimal digits
    bool bang_caret_is_not_an_image = false;   // GFM footnote syntax: "![^" opens no image
    bool openers_bottom_by_length_only = false; // 0.31: openers_bottom also keyed by can-open
    bool unbalanced_destination_parentheses = false; // 0.31: parentheses must balance
    bool raw_html_029 = false; // 0.31: <!x...> declarations, comments may hold "--"; <?...??> ends
};

inline constexpr char32_t replacement_character = 0xFFFD;
inline constexpr std::string_view replacement_utf8 = "\xEF\xBF\xBD";

constexpr bool is_line_end(char c) noexcept { return c == '\n' || c == '\r'; }
constexpr bool is_space_or_tab(char c) noexcept { return c == ' ' || c == '\t'; }
constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
constexpr bool is_alpha(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool is_alnum(char c) noexcept { return is_alpha(c) || is_digit(c); }
constexpr bool is_hex_digit(char c) noexcept {
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
constexpr int hex_value(char c) noexcept {
    return is_digit(c) ? c - '0' : (c >= 'a' && c <= 'f') ? c - 'a' + 10 : c - 'A' + 10;
}

/// The ASCII punctuation characters, which a backslash can escape.
constexpr bool is_ascii_punctuation(char c) noexcept {
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}

/// Space, tab, line feed, carriage return: what cmark-gfm trims from paragraphs, link
/// destinations and text before a line ending.
constexpr bool is_whitespace(char c) noexcept { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/// The whitespace cmark-gfm's scanners allow inside links and HTML tags: also line tabulation
/// and form feed.
constexpr bool is_scanner_whitespace(char c) noexcept { return is_whitespace(c) || c == '\v' || c == '\f'; }

/// ASCII control characters, which a link destination may not contain. NUL is not one here:
/// like cmark-gfm, the renderers read it as U+FFFD.
constexpr bool is_ascii_control(char c) noexcept {
    return (c > 0 && c < 0x20) || c == 0x7F;
}

/// CommonMark 0.31.2 "Unicode whitespace character": Zs, tab, line feed, form feed, carriage return.
constexpr bool is_unicode_whitespace(char32_t c) noexcept {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000;
}

/// CommonMark 0.31.2 "Unicode punctuation character": ASCII punctuation, P* and S* categories.
constexpr bool is_unicode_punctuation(char32_t c, bool symbols = true) noexcept {
    if (c < 0x80) return is_ascii_punctuation(static_cast<char>(c));
    return in_ranges(unicode_punctuation, c) || (symbols && in_ranges(unicode_symbols, c));
}

/// The character that ends just before `at` (inside [begin, at)), as the emphasis rules see
/// it: a line feed at the start, U+FFFD for NUL and for bytes that are not valid UTF-8.
constexpr char32_t code_point_before(std::string_view text, std::size_t begin, std::size_t at) noexcept {
    if (at <= begin) return '\n';
    std::size_t start = at - 1;
    while (start > begin && at - start < 4 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    const utf8_decoded d = decode_utf8(text.substr(0, at), start);
    if (d.error != utf8_error::none || start + d.length != at || d.code_point == 0) return replacement_character;
    return d.code_point;
}

/// The character that starts at `at` (inside [at, end)), as the emphasis rules see it.
constexpr char32_t code_point_at(std::string_view text, std::size_t at, std::size_t end) noexcept {
    if (at >= end) return '\n';
    const utf8_decoded d = decode_utf8(text.substr(0, end), at);
    if (d.error != utf8_error::none || d.code_point == 0) return replacement_character;
    return d.code_point;
}

/// A character reference found in the text: its length in bytes (0 when there is none) and
/// its value, either a code point or the UTF-8 of a named entity.
struct reference_match {
    std::size_t length = 0;
    char32_t code_point = 0;
    std::string_view named;
};

/// Matches an entity (&amp;), decimal (&#35;) or hexadecimal (&#x23;) reference at
/// `text[at] == '&'`, as CommonMark 0.31.2 defines them: 1 to 7 decimal or 1 to 6 hexadecimal
/// digits; NUL, surrogates and values beyond U+10FFFF become U+FFFD. (`eight_digits`: cmark-gfm
/// 0.29's limit of 8 digits of either kind.)
constexpr reference_match match_reference(std::string_view text, std::size_t at, bool eight_digits = false) noexcept {
    reference_match m;
    std::size_t i = at + 1;
    if (i < text.size() && text[i] == '#') {
        ++i;
        const bool hex = i < text.size() && (text[i] == 'x' || text[i] == 'X');
        if (hex) ++i;
        const std::size_t first = i;
        const std::size_t max_digits = eight_digits ? 8 : hex ? 6 : 7;
        char32_t value = 0;
        while (i < text.size() && i - first < max_digits && (hex ? is_hex_digit(text[i]) : is_digit(text[i]))) {
            value = value * (hex ? 16 : 10) + static_cast<char32_t>(hex ? hex_value(text[i]) : text[i] - '0');
            if (value > 0x10FFFF) value = 0x110000;
            ++i;
        }
        if (i == first || i >= text.size() || text[i] != ';') return m;
        if (value == 0 || (value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF) value = replacement_character;
        m.length = i + 1 - at;
        m.code_point = value;
        return m;
    }
    const std::size_t first = i;
    while (i < text.size() && i - first <= html_entity_max_name && is_alnum(text[i])) ++i;
    if (i == first || i - first > html_entity_max_name || i >= text.size() || text[i] != ';') return m;
    const std::string_view value = find_html_entity(text.substr(first, i - first));
    if (value.empty()) return m;
    m.length = i + 1 - at;
    m.named = value;
    return m;
}

/// Room for the UTF-8 of one code point (append_utf8 writes into it).
struct utf8_buffer {
    char data[4] = {};
    std::size_t size = 0;
    void push_back(char c) noexcept { data[size++] = c; }
    std::string_view view() const noexcept { return {data, size}; }
};

inline void append_reference_value(std::string& out, const reference_match& m) {
    if (!m.named.empty()) out.append(m.named);
    else append_utf8(out, m.code_point);
}

/// Appends `raw` with its character references decoded (autolinks: no backslash escapes there).
inline void append_references_decoded(std::string& out, std::string_view raw, bool eight_digits = false) {
    std::size_t i = 0;
    while (i < raw.size()) {
        if (raw[i] == '&') {
            const reference_match m = match_reference(raw, i, eight_digits);
            if (m.length != 0) {
                append_reference_value(out, m);
                i += m.length;
                continue;
            }
        }
        out.push_back(raw[i++]);
    }
}

/// Appends the link destination or title text[begin, end) as cmark-gfm reads it: line endings
/// become LF and the spaces and tabs that start a line are dropped (as they are from every line
/// of a paragraph), character references are decoded, and then every backslash before ASCII
/// punctuation is dropped (in that order, as cmark-gfm does). `trim` drops leading and trailing
/// whitespace first.
inline void append_link_text(std::string& out, std::string_view text, std::size_t begin, std::size_t end, bool trim,
                             const cmark_029_quirks& quirks = {}) {
    if (trim) {
        while (begin < end && is_whitespace(text[begin])) ++begin;
        while (end > begin && is_whitespace(text[end - 1])) --end;
    }
    const std::string_view raw = text.substr(0, end);
    const auto is_special = [](char c) { return c == '\\' || c == '&' || is_line_end(c); };
    const auto flags = [](swar::word w) { return swar::less(w, '\r' + 1) | swar::equal(w, '\\') | swar::equal(w, '&'); };
    if (swar::find(raw.data(), begin, end, flags, is_special) == end) { // the common case: nothing to decode
        out.append(raw.data() + begin, end - begin);
        return;
    }
    bool backslash = false; // a backslash is waiting to see what follows it
    const auto put = [&out, &backslash](char c) {
        if (backslash) {
            backslash = false;
            if (is_ascii_punctuation(c)) {
                out.push_back(c);
                return;
            }
            out.push_back('\\');
        }
        if (c == '\\') backslash = true;
        else out.push_back(c);
    };
    std::size_t i = begin;
    while (i < end) {
        // The run up to the next special character is copied at once (links hold an '&' or two,
        // and the rest of them is plain); a backslash waiting sees the run's first character.
        const std::size_t special = swar::find(raw.data(), i, end, flags, is_special);
        if (special > i) {
            if (backslash) put(raw[i++]);
            out.append(raw.data() + i, special - i);
            i = special;
            if (i == end) break;
        }
        const char c = raw[i];
        if (is_line_end(c)) {
            put('\n');
            i += (c == '\r' && i + 1 < end && raw[i + 1] == '\n') ? 2 : 1;
            while (i < end && is_space_or_tab(raw[i])) ++i;
        } else if (c == '&') {
            const reference_match m = match_reference(raw, i, quirks.eight_digit_references);
            if (m.length == 0) {
                put('&');
                ++i;
                continue;
            }
            utf8_buffer encoded;
            std::string_view value = m.named;
            if (value.empty()) {
                append_utf8(encoded, m.code_point);
                value = encoded.view();
            }
            for (const char v : value) put(v);
            i += m.length;
        } else {
            put(c);
            ++i;
        }
    }
    if (backslash) out.push_back('\\');
}

/// Calls `piece(std::string_view)` for `text` cut into valid UTF-8 without NUL: each NUL and
/// each invalid sequence becomes U+FFFD.
template <typename Piece>
void for_each_valid_piece(std::string_view text, Piece&& piece) {
    std::size_t start = 0, i = 0;
    while (i < text.size()) {
        const auto b = static_cast<unsigned char>(text[i]);
        if (b != 0 && b < 0x80) {
            ++i;
            continue;
        }
        std::size_t length = 1;
        bool bad = b == 0;
        if (b >= 0x80) {
            const utf8_decoded d = decode_utf8(text, i);
            length = d.length;
            bad = d.error != utf8_error::none;
        }
        if (bad) {
            if (i > start) piece(text.substr(start, i - start));
            piece(replacement_utf8);
            start = i + length;
        }
        i += length;
    }
    if (i > start) piece(text.substr(start, i - start));
}

/// Makes `text` valid UTF-8 without NUL (each NUL and invalid sequence becomes U+FFFD), using
/// `spare` as the buffer to rebuild it in when that is needed.
inline void make_valid(std::string& text, std::string& spare) {
    const bool clean = text.find('\0') == std::string::npos && find_invalid_utf8(text) == std::string::npos;
    if (clean) return;
    spare.clear();
    for_each_valid_piece(text, [&spare](std::string_view piece) { spare.append(piece); });
    text.swap(spare);
}

/// HTML text and attribute escaping exactly as cmark-gfm does (& < > " only), over valid UTF-8:
/// each NUL and each invalid sequence becomes U+FFFD. One pass: runs of bytes that need nothing
/// (found 8 at a time) are copied at once, and only a non-ASCII byte is decoded. `Out` is a
/// std::string or anything with its append(const char*, std::size_t). `readable`: how many bytes
/// from text.data() may be read (at least text.size(); more when `text` is a piece of a larger
/// buffer, which lets the scan read whole blocks past the piece's end).
template <typename Out>
void append_html_escaped(Out& out, std::string_view text, std::size_t readable = 0) {
    const char* p = text.data();
    const std::size_t n = text.size();
    if (readable < n) readable = n;
#if APPNOTIFY_SIMD_SSE2
    const auto mask16 = [](swar::sse2::block v) {
        namespace sse2 = swar::sse2;
        return sse2::mask(_mm_or_si128(sse2::equal_any(v, '&', '<', '>', '"', '\0'), v)); // v: non-ASCII
    };
#else
    const auto mask16 = [](int) { return 0u; };
#endif
    const auto flags = [](swar::word w) {
        return swar::non_ascii(w) | swar::equal(w, 0) | swar::equal(w | swar::broadcast(4), '&') | // '"' or '&'
               swar::equal(w | swar::broadcast(2), '>');                                        // '<' or '>'
    };
    const auto needs_care = [](char c) {
        return c == '&' || c == '<' || c == '>' || c == '"' || c == '\0' || static_cast<unsigned char>(c) >= 0x80;
    };
    std::size_t start = 0; // of the bytes not yet written
    std::size_t i = 0;
    while ((i = swar::find_wide(p, i, n, readable, mask16, flags, needs_care)) < n) {
        const char c = p[i];
        std::string_view replacement;
        std::size_t length = 1;
        if (static_cast<unsigned char>(c) >= 0x80) {
            const utf8_decoded d = decode_utf8(text, i);
            length = d.length;
            if (d.error == utf8_error::none) {
                i += length;
                continue;
            }
            replacement = replacement_utf8;
        } else {
            replacement = c == '&'   ? std::string_view("&amp;")
                          : c == '<' ? std::string_view("&lt;")
                          : c == '>' ? std::string_view("&gt;")
                          : c == '"' ? std::string_view("&quot;")
                                     : replacement_utf8; // NUL
        }
        out.append(p + start, i - start);
        out.append(replacement.data(), replacement.size());
        i += length;
        start = i;
    }
    out.append(p + start, n - start);
}

/// The bytes an href keeps as they are (cmark-gfm's houdini HREF_SAFE set).
constexpr bool is_href_safe(char c) noexcept {
    return is_alnum(c) || c == '!' || c == '#' || c == '$' || c == '%' || c == '(' || c == ')' || c == '*' ||
           c == '+' || c == ',' || c == '-' || c == '.' || c == '/' || c == ':' || c == ';' || c == '=' ||
           c == '?' || c == '@' || c == '_' || c == '~';
}

/// Percent-encodes a URL as cmark-gfm does (every byte outside the safe set but '&' and '\''),
/// over valid UTF-8 (each NUL and invalid sequence is encoded as U+FFFD). `for_html` also writes
/// '&' as &amp; and '\'' as &#x27;, for an attribute. Runs of safe bytes are copied at once.
/// `Out` is a std::string or anything with its append and push_back.
template <typename Out>
void append_href_escaped(Out& out, std::string_view url, bool for_html) {
    static constexpr auto safe = [] {
        struct table {
            bool byte[256] = {};
        } t;
        for (int c = 0; c < 128; ++c) t.byte[c] = is_href_safe(static_cast<char>(c));
        return t;
    }();
    const auto percent = [&out](unsigned char byte) {
        constexpr char digits[] = "0123456789ABCDEF";
        out.push_back('%');
        out.push_back(digits[byte >> 4]);
        out.push_back(digits[byte & 0xF]);
    };
    const char* p = url.data();
    std::size_t start = 0, i = 0;
    while (i < url.size()) {
        const auto c = static_cast<unsigned char>(p[i]);
        if (safe.byte[c]) {
            ++i;
            continue;
        }
        out.append(p + start, i - start);
        std::size_t length = 1;
        if (c == '&') {
            out.append(for_html ? std::string_view("&amp;") : std::string_view("&"));
        } else if (c == '\'') {
            out.append(for_html ? std::string_view("&#x27;") : std::string_view("'"));
        } else if (c == 0) {
            for (const char r : replacement_utf8) percent(static_cast<unsigned char>(r));
        } else if (c >= 0x80) {
            const utf8_decoded d = decode_utf8(url, i);
            length = d.length;
            const std::string_view bytes = d.error == utf8_error::none ? url.substr(i, length) : replacement_utf8;
            for (const char b : bytes) percent(static_cast<unsigned char>(b));
        } else {
            percent(c);
        }
        i += length;
        start = i;
    }
    out.append(p + start, url.size() - start);
}

} // namespace appnotify::detail::md

#endif // APPNOTIFY_DETAIL_MARKDOWN_CHARS_HPP
