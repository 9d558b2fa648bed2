// SPDX-License-Identifier: MIT
// Query strings: splitting `a=b&c=d` into parameters, percent-decoding and -encoding, and mapping
// positions in decoded text back to the raw text.
#ifndef APPNOTIFY_DETAIL_URL_QUERY_HPP
#define APPNOTIFY_DETAIL_URL_QUERY_HPP

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

#include "swar.hpp"
#include "utf8.hpp"

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
    // No '%', '+', tab or newline: the part decodes to itself (no copy needed).
    bool name_plain = true;
    bool value_plain = true;
};

/// The bytes a query reader stops at, by class: the piece separator, the first '=', and the
/// bytes that make a part decode to something else than itself.
enum query_byte : unsigned char { query_ampersand = 1, query_equals = 2, query_escape = 4 };

struct query_byte_table {
    unsigned char classes[256] = {};
    constexpr query_byte_table() noexcept {
        classes[static_cast<unsigned char>('&')] = query_ampersand;
        classes[static_cast<unsigned char>('=')] = query_equals;
        for (const char c : {'%', '+', '\t', '\n', '\r'}) classes[static_cast<unsigned char>(c)] = query_escape;
    }
};
inline constexpr query_byte_table query_bytes{};

/// The first byte from `i` on that a query reader stops at (any of query_bytes), or `query.size()`.
constexpr std::size_t next_query_stop(std::string_view query, std::size_t i) noexcept {
#if APPNOTIFY_SIMD_SSE2 && (defined(__GNUC__) || defined(__clang__) || defined(_MSC_VER))
    // 16 bytes at a time (a GUID value is 36); not in a constant expression, which cannot use it.
    if (!__builtin_is_constant_evaluated()) {
        namespace sse2 = swar::sse2;
        for (; i + 16 <= query.size(); i += 16) {
            const unsigned stops = sse2::mask(sse2::equal_any(sse2::load(query.data() + i), '&', '=', '%', '+', '\t', '\n', '\r'));
            if (stops != 0) return i + sse2::lowest_bit(stops);
        }
    }
#endif
    for (; i < query.size(); ++i)
        if (query_bytes.classes[static_cast<unsigned char>(query[i])] != 0) return i;
    return query.size();
}

/// Reads the pieces of a query (the text after '?', without the fragment) in order. Pieces are
/// separated by '&'; empty pieces (`a=1&&b=2`, a trailing '&') are skipped. Offsets are `base`
/// plus the position in `query`. One pass over each piece finds its end, its '=' and whether
/// its name and value need decoding.
class query_reader {
public:
    constexpr query_reader(std::string_view query, std::size_t base) noexcept : query_(query), base_(base) {}

    constexpr bool next(query_param& out) noexcept {
        const std::size_t size = query_.size();
        while (at_ < size && query_[at_] == '&') ++at_;
        if (at_ >= size) return false;
        std::size_t end = at_;
        std::size_t equals = std::string_view::npos;
        bool name_plain = true, value_plain = true;
        for (; (end = next_query_stop(query_, end)) < size; ++end) {
            const unsigned char c = query_bytes.classes[static_cast<unsigned char>(query_[end])];
            if (c == query_ampersand) break;
            if (c == query_equals && equals == std::string_view::npos) equals = end;
            else if (c == query_escape) (equals == std::string_view::npos ? name_plain : value_plain) = false;
        }
        out.name_offset = base_ + at_;
        if (equals == std::string_view::npos) {
            out.name = query_.substr(at_, end - at_);
            out.value = {};
            out.value_offset = base_ + end;
            out.has_equals = false;
        } else {
            out.name = query_.substr(at_, equals - at_);
            out.value = query_.substr(equals + 1, end - equals - 1);
            out.value_offset = base_ + equals + 1;
            out.has_equals = true;
        }
        out.name_plain = name_plain;
        out.value_plain = value_plain;
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

/// The name of `p` decoded (into `buffer` when it needs decoding), as `decode_name` gives it.
constexpr std::string_view param_name(const query_param& p, char (&buffer)[48]) noexcept {
    return p.name_plain ? p.name : decode_name(p.name, buffer);
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

/// Appends a raw query component (a name or a value) as a resolved link writes it: as written,
/// but for what cannot stand in a URL. Tabs and newlines are removed (browsers do), a '%' that
/// starts no escape becomes %25, and the unsafe bytes of `encode_unsafe` are percent-encoded;
/// everything else keeps its bytes, escapes and their case included (as cmark-gfm and
/// commonmark.js keep a destination's). Applying it twice changes nothing.
inline void append_query_component(std::string_view raw, std::string& out) {
    for (std::size_t i = 0; i < raw.size(); ++i) {
        const auto b = static_cast<unsigned char>(raw[i]);
        if (is_url_tab(raw[i])) continue;
        if (b == '%' && !is_percent_escape(raw, i)) out.append("%25");
        else if (is_unsafe_in_url(b, false)) append_escape(out, b);
        else out.push_back(raw[i]);
    }
}

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_URL_QUERY_HPP
