// SPDX-License-Identifier: MIT
// appnotify single header: check and render Power Apps in-app notifications.
//
// GENERATED FILE, DO NOT EDIT. Made by tools/amalgamate.py from include/appnotify/;
// edit those headers and run the script again.
//
// Header-only: the compiled mode (APPNOTIFY_HEADER_ONLY=0) needs include/appnotify/ and
// src/appnotify.cpp.
#if defined(APPNOTIFY_HEADER_ONLY) && !APPNOTIFY_HEADER_ONLY
#error "the single header is header-only: for APPNOTIFY_HEADER_ONLY=0 use include/appnotify/ and src/appnotify.cpp"
#endif

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
#define APPNOTIFY_VERSION_MINOR 2
#define APPNOTIFY_VERSION_PATCH 0
#define APPNOTIFY_VERSION_STRING "0.2.0"

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
// ---- appnotify/config.hpp ----
// appnotify: what the library asks of the compiler, in one place.
#ifndef APPNOTIFY_CONFIG_HPP
#define APPNOTIFY_CONFIG_HPP

/// Marks a parameter whose object a function's result (or a constructed object) keeps a view
/// of, so that clang warns when a temporary is passed and the view would dangle:
///
///     appnotify::fixed_buffer b(char_array);   // b points into char_array: marked
///
/// `[[clang::lifetimebound]]` where the compiler has it, nothing elsewhere. On an accessor it
/// would follow the parenthesized parameters; the library's accessors into results are deleted
/// on rvalues instead, which every compiler enforces.
#if defined(__has_cpp_attribute)
#if __has_cpp_attribute(clang::lifetimebound)
#define APPNOTIFY_LIFETIMEBOUND [[clang::lifetimebound]]
#endif
#endif
#ifndef APPNOTIFY_LIFETIMEBOUND
#define APPNOTIFY_LIFETIMEBOUND
#endif

/// The mode the library is built in (docs/api.md, "Header-only or compiled"):
///   1 (the default): header-only. Every function is defined in the headers, inline.
///   0: compiled. The headers that validate (validate.hpp, ndjson.hpp) and the heavy entry
///      points only declare; one translation unit, src/appnotify.cpp (the CMake target
///      appnotify::compiled, meson's appnotify_compiled dependency, pkg-config's
///      appnotify_compiled), defines them, and no public header includes simdjson.h.
/// Every translation unit of a program must use the same mode.
#ifndef APPNOTIFY_HEADER_ONLY
#define APPNOTIFY_HEADER_ONLY 1
#endif

/// How a function that the compiled mode defines in src/appnotify.cpp is declared: inline when
/// header-only (the headers define it), with external linkage when compiled.
#if APPNOTIFY_HEADER_ONLY
#define APPNOTIFY_EXTERNAL_LINKAGE inline
#else
#define APPNOTIFY_EXTERNAL_LINKAGE
#endif

#endif // APPNOTIFY_CONFIG_HPP
// ---- appnotify/convert.hpp ----
// appnotify: converting a notification between the four payloads (dialect.hpp).
//
// A conversion writes the model (notification.hpp) as a payload of the target dialect:
//   action  SendAppNotification parameters, with the OData annotations of its open types;
//   record  an appnotification record, OverrideContent and Actions stored as the JSON of its
//           data column, the way the server stores them;
//   push    recipients and a message: the plain-text rendering of the markdown body (or of the
//           body, or the title) with links written out;
//   graph   visualContent with the title and body as plain text.
// Whatever the target cannot carry (push has no icon, Graph has no actions...) is listed in the
// report; docs/dialects.md has the whole table. A target's required value that the source does
// not have (a push notification's recipients, Graph's targetHostName) comes from
// convert_options, and without it the conversion fails and writes nothing.
#ifndef APPNOTIFY_CONVERT_HPP
#define APPNOTIFY_CONVERT_HPP

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
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

// ---- appnotify/detail/foreign_characters.hpp ----
// The characters of the input that never reach an output as themselves: one table, read by
// every channel (diagnostic text, JSON, the terminal renderers, the validator's hidden-character
// checks), so that they all agree. docs/hardening.md says what each channel does with each class.
#ifndef APPNOTIFY_DETAIL_FOREIGN_CHARACTERS_HPP
#define APPNOTIFY_DETAIL_FOREIGN_CHARACTERS_HPP

#include <cstdint>

namespace appnotify::detail {

enum class foreign_class : std::uint8_t {
    none,           // shows as itself
    control,        // C0, DEL, C1: can drive a terminal (U+009B is a one-byte CSI)
    line_separator, // U+2028, U+2029: line breaks to some readers, not to others
    bidi_control,   // embeddings, overrides, isolates (U+202A-U+202E, U+2066-U+2069): reorder
                    // the text around them, up to the end of the line
    bidi_mark,      // U+200E, U+200F, U+061C: invisible, but right-to-left text needs them
    joiner,         // U+200C, U+200D: invisible, but scripts and emoji sequences need them
    invisible,      // shows as nothing and carries nothing a reader needs: zero-width space,
                    // soft hyphen, word joiner, invisible operators (U+2060-U+2064), deprecated
                    // format characters (U+206A-U+206F), byte order mark, interlinear annotations
                    // (U+FFF9-U+FFFB), the Mongolian vowel separator, tags
};

constexpr foreign_class classify_foreign(char32_t cp) noexcept {
    if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F)) return foreign_class::control;
    if (cp < 0xAD) return foreign_class::none;
    if (cp == 0x2028 || cp == 0x2029) return foreign_class::line_separator;
    if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) return foreign_class::bidi_control;
    if (cp == 0x200E || cp == 0x200F || cp == 0x061C) return foreign_class::bidi_mark;
    if (cp == 0x200C || cp == 0x200D) return foreign_class::joiner;
    if (cp == 0xAD || cp == 0x180E || cp == 0x200B || (cp >= 0x2060 && cp <= 0x2064) || (cp >= 0x206A && cp <= 0x206F) ||
        cp == 0xFEFF || (cp >= 0xFFF9 && cp <= 0xFFFB) || (cp >= 0xE0000 && cp <= 0xE007F))
        return foreign_class::invisible;
    return foreign_class::none;
}

/// Characters that do not show as themselves: every class of the table. Diagnostics (messages,
/// paths, names) and JSON output write them as \uXXXX escapes.
constexpr bool is_foreign_character(char32_t cp) noexcept { return classify_foreign(cp) != foreign_class::none; }

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_FOREIGN_CHARACTERS_HPP
// ---- appnotify/detail/utf8.hpp ----
// UTF-8 decoding and measuring, strict per RFC 3629 (no overlongs, no surrogates, <= U+10FFFF).
#ifndef APPNOTIFY_DETAIL_UTF8_HPP
#define APPNOTIFY_DETAIL_UTF8_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

// ---- appnotify/detail/swar.hpp ----
// Finding the next byte of a small set 8 bytes at a time ("SIMD within a register"), in portable
// C++17. The markdown passes spend most of their time looking for the next byte that matters (a
// line ending, an inline special character, a byte to escape) in runs of plain text; testing a
// 64-bit word per step instead of a byte, with no branch per byte, is what makes them faster than
// md4c, without intrinsics or a build per instruction set.
//
// A word is read little-endian whatever the machine (the compilers make it one load), so byte k of
// the input is byte k of the word. Each test below sets the high bit of every byte of the word
// that passes it and no other bit, exactly: no carry crosses a byte, unlike the classic
// "has a zero byte" trick, so several tests combine with | and & and the lowest set bit is the
// first byte that passed.
#ifndef APPNOTIFY_DETAIL_SWAR_HPP
#define APPNOTIFY_DETAIL_SWAR_HPP

#include <cstddef>
#include <cstdint>

// SSE2 is part of every x86-64 target: where the compiler has it, the scans below test 16 bytes
// per step with it (APPNOTIFY_NO_SIMD turns that off, to test the portable path alone).
#if !defined(APPNOTIFY_NO_SIMD) && (defined(__SSE2__) || defined(_M_X64) || (defined(_M_IX86_FP) && _M_IX86_FP >= 2))
#define APPNOTIFY_SIMD_SSE2 1
#include <emmintrin.h>
#if defined(_MSC_VER) && !defined(__clang__)
#include <intrin.h>
#endif
#else
#define APPNOTIFY_SIMD_SSE2 0
#endif

namespace appnotify::detail::swar {

using word = std::uint64_t;

inline constexpr word ones = 0x0101010101010101u;
inline constexpr word high_bits = 0x8080808080808080u;
inline constexpr word low_bits = ~high_bits;

constexpr word broadcast(unsigned char c) noexcept { return ones * c; }

/// Bytes p[0..8) as a little-endian word (g++ and clang make this expression one load).
inline word load(const char* p) noexcept {
    const auto byte = [p](int k) { return static_cast<word>(static_cast<unsigned char>(p[k])); };
    return byte(0) | byte(1) << 8 | byte(2) << 16 | byte(3) << 24 | byte(4) << 32 | byte(5) << 40 |
           byte(6) << 48 | byte(7) << 56;
}

/// Bytes of 0x80 and above (not ASCII).
constexpr word non_ascii(word w) noexcept { return w & high_bits; }

/// Bytes equal to `c`.
constexpr word equal(word w, unsigned char c) noexcept {
    const word x = w ^ broadcast(c);
    return ~(((x & low_bits) + low_bits) | x) & high_bits; // bit 7 clear only where x is 0
}

/// Bytes equal to any of `cs` (cheaper than or-ing `equal` for each).
template <typename... Chars>
constexpr word equal_any(word w, Chars... cs) noexcept {
    // bit 7 of ((x & low_bits) + low_bits) | x is set where x is not 0; a byte equal to none of
    // `cs` keeps it in every term.
    const word differs = (((((w ^ broadcast(static_cast<unsigned char>(cs))) & low_bits) + low_bits) |
                           (w ^ broadcast(static_cast<unsigned char>(cs)))) &
                          ...);
    return ~differs & high_bits;
}

/// ASCII bytes below `n` (1 <= n <= 0x80).
constexpr word less(word w, unsigned char n) noexcept {
    return ~((w & low_bits) + broadcast(static_cast<unsigned char>(0x80 - n))) & ~w & high_bits;
}

/// ASCII bytes from `low` to `high` inclusive (1 <= low <= high < 0x80).
constexpr word between(word w, unsigned char low, unsigned char high) noexcept {
    return less(w, static_cast<unsigned char>(high + 1)) & ~less(w, low);
}

/// The index (0 to 7) of the lowest byte whose high bit is set in `flags` (not 0).
constexpr std::size_t first_byte(word flags) noexcept {
    const word lowest = flags & (~flags + 1);                          // 0x80 << 8k
    return static_cast<std::size_t>(((lowest >> 7) * 0x0001020304050607u) >> 56); // k
}

/// How many bytes of `flags` have their high bit set (flags as the tests above give them).
constexpr std::size_t count(word flags) noexcept {
    return static_cast<std::size_t>(((flags >> 7) * ones) >> 56);
}

/// The bytes of `w` that continue a UTF-8 sequence (10xxxxxx).
constexpr word continuation_bytes(word w) noexcept { return w & ~(w << 1) & high_bits; }

/// The first i in [from, end) with `is(p[i])`, or `end`. `flags(word)` marks (as above) at least
/// every byte of a word for which `is` holds; it may mark more, and `is` decides.
template <typename Flags, typename Is>
std::size_t find(const char* p, std::size_t from, std::size_t end, Flags&& flags, Is&& is) noexcept {
    std::size_t i = from;
    for (; i + 8 <= end; i += 8) {
        for (word marked = flags(load(p + i)); marked != 0; marked &= marked - 1) {
            const std::size_t at = i + first_byte(marked);
            if (is(p[at])) return at;
        }
    }
    for (; i < end; ++i)
        if (is(p[i])) return i;
    return end;
}

#if APPNOTIFY_SIMD_SSE2
/// 16 bytes at a time with SSE2. A block is a __m128i; a mask has bit k set for byte k.
namespace sse2 {
using block = __m128i;

inline block load(const char* p) noexcept { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p)); }

/// The bytes of `v` equal to `c`, as a block of 0xFF and 0 bytes.
inline block equal(block v, char c) noexcept { return _mm_cmpeq_epi8(v, _mm_set1_epi8(c)); }

/// The bytes of `v` equal to any of `cs`, as a block.
template <typename... Chars>
block equal_any(block v, char first, Chars... rest) noexcept {
    block any = equal(v, first);
    ((any = _mm_or_si128(any, equal(v, static_cast<char>(rest)))), ...);
    return any;
}

/// ASCII bytes from `low` to `high` inclusive (0 < low <= high < 0x80), as a block: bytes of
/// 0x80 and above are negative as signed bytes, below `low`.
inline block between(block v, char low, char high) noexcept {
    return _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(static_cast<char>(low - 1))),
                         _mm_cmplt_epi8(v, _mm_set1_epi8(static_cast<char>(high + 1))));
}

/// One bit per byte: the high bit of each byte of `v`.
inline unsigned mask(block v) noexcept { return static_cast<unsigned>(_mm_movemask_epi8(v)); }

inline std::size_t lowest_bit(unsigned bits) noexcept { // bits is not 0
#if defined(_MSC_VER) && !defined(__clang__)
    unsigned long index;
    _BitScanForward(&index, bits);
    return index;
#else
    return static_cast<std::size_t>(__builtin_ctz(bits));
#endif
}
} // namespace sse2
#endif

/// The first i in [from, end) with `is(p[i])`, or `end`, in a text that may be read up to
/// `readable` (>= end). With SSE2, 16 bytes per step while a whole block is readable:
/// `mask16(sse2::block)` gives a bit for at least every byte for which `is` holds (bit k for
/// byte k), `is` decides; the rest (the input's last bytes) goes to find with `flags`. Without
/// SSE2, find alone. (Reading a last partial word whole, masked, was tried for find: on runs this
/// short it costs more than testing the few bytes left one at a time.)
template <typename Mask16, typename Flags, typename Is>
std::size_t find_wide(const char* p, std::size_t from, std::size_t end, std::size_t readable, Mask16&& mask16,
                      Flags&& flags, Is&& is) noexcept {
#if APPNOTIFY_SIMD_SSE2
    std::size_t i = from;
    for (; i < end && i + 16 <= readable; i += 16) {
        unsigned bits = mask16(sse2::load(p + i));
        if (end - i < 16) bits &= (1u << (end - i)) - 1;
        for (; bits != 0; bits &= bits - 1) {
            const std::size_t at = i + sse2::lowest_bit(bits);
            if (is(p[at])) return at;
        }
    }
    if (i >= end) return end;
    return find(p, i, end, flags, is);
#else
    static_cast<void>(mask16);
    static_cast<void>(readable);
    return find(p, from, end, flags, is);
#endif
}

} // namespace appnotify::detail::swar

#endif // APPNOTIFY_DETAIL_SWAR_HPP

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
/// Eight bytes at a time (swar.hpp): every title, body and text with a limit is measured, and
/// the bodies are long.
inline std::size_t utf16_length(std::string_view valid_utf8) noexcept {
    using namespace swar;
    std::size_t units = 0;
    std::size_t i = 0;
    const char* p = valid_utf8.data();
    for (; i + 8 <= valid_utf8.size(); i += 8) {
        const word w = load(p + i);
        const word four_byte_leads = w & (w << 1) & (w << 2) & (w << 3) & high_bits; // 11110xxx and above
        units += 8 - count(continuation_bytes(w)) + count(four_byte_leads);
    }
    for (const char c : valid_utf8.substr(i)) {
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
        } else if (is_foreign_character(d.code_point)) {
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

/// For each byte: 1 for a hexadecimal digit, 2 for '-', 0 otherwise (one load per character).
struct guid_char_table {
    unsigned char kind[256] = {};
    constexpr guid_char_table() {
        for (int c = 0; c < 256; ++c) kind[c] = is_hex_digit(static_cast<char>(c)) ? 1 : c == '-' ? 2 : 0;
    }
};
inline constexpr guid_char_table guid_chars{};

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

/// The 36 characters at `p` as a well-formed GUID, 16 bytes at a time with SSE2, else 8 (swar.hpp): a payload holds
/// a dozen GUIDs and a link or two more, and a byte loop with a branch per character cost a tenth
/// of the validation. Sets `nil` when every digit is '0'. False on any offending character, which
/// the byte loop of check_guid then finds and places.
inline bool is_well_formed_guid(const char* p, bool& nil) noexcept {
#if APPNOTIFY_SIMD_SSE2
    // 16 bytes a step: blocks at bytes 0, 16 and 20 (the last overlaps the second), a bit per
    // byte, and where their hyphens belong (characters 8 and 13; 18 and 23; 23).
    namespace sse2 = swar::sse2;
    constexpr std::size_t starts[3] = {0, 16, 20};
    constexpr unsigned hyphens[3] = {(1u << 8) | (1u << 13), (1u << 2) | (1u << 7), 1u << 3};
    bool ok = true;
    nil = true;
    for (std::size_t k = 0; k < 3; ++k) {
        const sse2::block v = sse2::load(p + starts[k]);
        const sse2::block lower = _mm_or_si128(v, _mm_set1_epi8(0x20)); // as in the words below
        const unsigned hex = sse2::mask(_mm_or_si128(sse2::between(v, '0', '9'), sse2::between(lower, 'a', 'f')));
        const unsigned hyphen = sse2::mask(sse2::equal(v, '-'));
        ok = ok & ((hex | hyphen) == 0xFFFFu) & (hyphen == hyphens[k]);
        // Meaningful when ok: then the hyphens are where they belong, and every other byte is '0'.
        nil = nil & ((sse2::mask(sse2::equal(v, '0')) | hyphens[k]) == 0xFFFFu);
    }
    return ok;
#else
    using namespace swar;
    // Words at bytes 0, 8, 16, 24 and 28 (the last overlaps the fourth), and where their
    // hyphens belong: characters 8 and 13 are bytes 0 and 5 of the second word, 18 and 23 bytes
    // 2 and 7 of the third.
    constexpr std::size_t starts[5] = {0, 8, 16, 24, 28};
    constexpr word hyphens[5] = {0, 0x0000800000000080u, 0x8000000000800000u, 0, 0};
    constexpr word zero_digits = broadcast('0');
    bool ok = true;
    nil = true;
    for (std::size_t k = 0; k < 5; ++k) {
        const word w = load(p + starts[k]);
        const word lower = w | broadcast(0x20); // 'A'-'F' to 'a'-'f'; no other byte lands there
        const word hex = between(w, '0', '9') | between(lower, 'a', 'f');
        const word hyphen = equal(w, '-');
        // Bitwise, not &&: every word is read anyway, and branches on the bytes cost more.
        ok = ok & ((hex | hyphen) == high_bits) & (hyphen == hyphens[k]);
        // A hyphen's high bit is 0x80 and '-' ^ '0' is 0x1D: so the zero pattern has '-' there.
        nil = nil & (w == (zero_digits ^ ((hyphens[k] >> 7) * ('-' ^ '0'))));
    }
    return ok;
#endif
}

/// Checks `text` as a GUID; braces are accepted when `allow_braces` (the client API strips them).
inline guid_check check_guid(std::string_view text, bool allow_braces = true) noexcept {
    guid_check r;
    std::string_view core = text;
    std::size_t base = 0;
    if (allow_braces && text.size() == 38 && text.front() == '{' && text.back() == '}') {
        core = text.substr(1, 36);
        base = 1;
        r.braced = true;
    }
    if (core.size() == 36 && is_well_formed_guid(core.data(), r.nil)) {
        r.digits = core;
        return r;
    }
    r.nil = false;
    bool nil = true;
    const std::size_t n = core.size() < 36 ? core.size() : 36;
    for (std::size_t i = 0; i < n; ++i) {
        const unsigned char c = static_cast<unsigned char>(core[i]);
        const bool hyphen_place = i == 8 || i == 13 || i == 18 || i == 23;
        if (guid_chars.kind[c] != (hyphen_place ? 2 : 1)) {
            r.problem = guid_problem::bad_character;
            r.at = base + i;
            return r;
        }
        nil = nil && (c == '0' || c == '-');
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

inline bool is_guid(std::string_view text, bool allow_braces = true) noexcept {
    return check_guid(text, allow_braces).problem == guid_problem::none;
}

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_GUID_HPP
// ---- appnotify/detail/hash.hpp ----
// FNV-1a, the one hash of the library: the JSON walker's index of an object's members and the
// notification ids the converter derives from a notification's text.
#ifndef APPNOTIFY_DETAIL_HASH_HPP
#define APPNOTIFY_DETAIL_HASH_HPP

#include <cstdint>
#include <string_view>

namespace appnotify::detail {

inline constexpr std::uint64_t fnv1a_basis = 1469598103934665603ull;

/// The 64-bit FNV-1a hash of `text`, continuing from `hash` (so that pieces can be hashed in turn).
constexpr std::uint64_t fnv1a(std::string_view text, std::uint64_t hash = fnv1a_basis) noexcept {
    for (const char c : text) hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return hash;
}

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_HASH_HPP
// ---- appnotify/dialect.hpp ----
// appnotify: the four payloads that send a notification, and how a payload is recognized.
//
//   action  the body of the SendAppNotification action (Title, Recipient, OverrideContent...)
//   record  an appnotification table record (title, body, data, ownerid@odata.bind...)
//   push    the Power Apps Notification connector's push notification (recipients, message...)
//   graph   a Microsoft Graph notification, POST /me/notifications (targetHostName, payload...)
//
// docs/dialects.md sets the four contracts side by side.
#ifndef APPNOTIFY_DIALECT_HPP
#define APPNOTIFY_DIALECT_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <optional>
#include <string_view>

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

namespace appnotify {

enum class dialect : std::uint8_t { action, record, push, graph };

inline constexpr std::size_t dialect_count = 4;
inline constexpr dialect all_dialects[dialect_count] = {dialect::action, dialect::record, dialect::push,
                                                        dialect::graph};

/// The name used by the tool and in reports: "action", "record", "push" or "graph".
[[nodiscard]] constexpr std::string_view to_string(dialect value) noexcept {
    switch (value) {
    case dialect::action: return "action";
    case dialect::record: return "record";
    case dialect::push: return "push";
    case dialect::graph: return "graph";
    }
    return "action";
}

/// What a payload of the dialect is, for messages: "a SendAppNotification request body"...
[[nodiscard]] constexpr std::string_view describe(dialect value) noexcept {
    switch (value) {
    case dialect::action: return "a SendAppNotification request body";
    case dialect::record: return "an appnotification record";
    case dialect::push: return "a Power Apps push notification";
    case dialect::graph: return "a Microsoft Graph notification";
    }
    return "a payload";
}

/// The dialect whose name (as `to_string` writes it) is `name`; none for any other text.
[[nodiscard]] constexpr std::optional<dialect> parse_dialect(std::string_view name) noexcept {
    for (const dialect d : all_dialects)
        if (to_string(d) == name) return d;
    return std::nullopt;
}

namespace detail {

/// The members of a dialect's root object that detection knows; the first `required` are the
/// members a payload of the dialect must have.
struct dialect_members {
    const std::string_view* names;
    std::size_t count;
    std::size_t required;

    constexpr const std::string_view* begin() const noexcept { return names; }
    constexpr const std::string_view* end() const noexcept { return names + count; }
};

inline constexpr std::string_view action_members[] = {
    "Title", "Recipient", "Body", "IconType", "ToastType", "Priority", "Expiry", "OverrideContent", "Actions",
};
inline constexpr std::string_view record_members[] = {
    "title",         "body",  "icontype",          "toasttype",   "priority",               "ttlinseconds",
    "data",          "ownerid@odata.bind", "owner", "appnotificationid", "partitionid", "appmoduleid@odata.bind",
};
inline constexpr std::string_view push_members[] = {
    "recipients", "message", "openApp", "params", "app", "entity", "formOrView", "recordId",
};
inline constexpr std::string_view graph_members[] = {
    "targetHostName", "appNotificationId", "payload",           "expirationDateTime", "targetPolicy",
    "priority",       "groupName",         "displayTimeToLive", "fallbackPolicy",
};

constexpr dialect_members members_of(dialect d) noexcept {
    switch (d) {
    case dialect::action: return {action_members, std::size(action_members), 2};
    case dialect::record: return {record_members, std::size(record_members), 1};
    case dialect::push: return {push_members, std::size(push_members), 2};
    case dialect::graph: return {graph_members, std::size(graph_members), 3};
    }
    return {action_members, std::size(action_members), 2};
}

/// The member names of all four dialects ordered by length, built from the tables above:
/// detection looks every root member up, and compares it with the few names of its length
/// instead of with all of them.
struct dialect_member_index {
    struct entry {
        std::string_view name;
        dialect owner = dialect::action;
        std::uint8_t index = 0; // in members_of(owner)
    };
    static constexpr std::size_t longest = 31; // no name is longer (the constructor fails otherwise)
    entry entries[std::size(action_members) + std::size(record_members) + std::size(push_members) +
                  std::size(graph_members)] = {};
    /// The names of length n are entries[starts[n]] to entries[starts[n + 1]] (excluded).
    std::uint8_t starts[longest + 2] = {};

    constexpr dialect_member_index() {
        std::size_t count[longest + 2] = {};
        for (const dialect d : all_dialects)
            for (const std::string_view name : members_of(d)) ++count[name.size() + 1];
        for (std::size_t n = 1; n < longest + 2; ++n) count[n] += count[n - 1];
        for (std::size_t n = 0; n < longest + 2; ++n) starts[n] = static_cast<std::uint8_t>(count[n]);
        for (const dialect d : all_dialects) {
            const dialect_members members = members_of(d);
            for (std::size_t m = 0; m < members.count; ++m)
                entries[count[members.names[m].size()]++] = {members.names[m], d, static_cast<std::uint8_t>(m)};
        }
    }
};
inline constexpr dialect_member_index dialect_member_names{};

/// `key` reads as `name` once case, stray spaces and a small typo are forgiven (as `suggest`).
constexpr bool near_miss(std::string_view key, std::string_view name) noexcept {
    const std::string_view trimmed = trim_spaces(key);
    if (equals_ignoring_case(trimmed, name)) return true;
    const std::size_t limit = trimmed.size() <= 4 ? 1 : trimmed.size() <= 10 ? 2 : 3;
    return edit_distance(trimmed, name, limit) <= limit;
}

} // namespace detail

/// What the members of a payload's root object say about its dialect.
struct dialect_verdict {
    enum class fit : std::uint8_t {
        /// One dialect knows more of the members than any other.
        clear,
        /// Several dialects fit equally: they know as many members (and as many of their required
        /// ones), or, when no member matches exactly, they come as close. `dialect` is the first of
        /// them.
        ambiguous,
        /// No dialect knows any member exactly; `dialect` alone comes closest once case and small
        /// typos are forgiven.
        near_miss,
        /// The object has members and not one resembles a member of any dialect.
        unknown,
    };
    appnotify::dialect dialect = appnotify::dialect::action;
    fit how = fit::clear;
    /// The dialects that fit best, as bits (1 << dialect).
    std::uint8_t candidates = 0;

    constexpr bool is_candidate(appnotify::dialect d) const noexcept {
        return (candidates >> static_cast<unsigned>(d)) & 1u;
    }
};

/// "clear", "ambiguous", "near-miss" or "unknown".
[[nodiscard]] constexpr std::string_view to_string(dialect_verdict::fit value) noexcept {
    switch (value) {
    case dialect_verdict::fit::clear: return "clear";
    case dialect_verdict::fit::ambiguous: return "ambiguous";
    case dialect_verdict::fit::near_miss: return "near-miss";
    case dialect_verdict::fit::unknown: return "unknown";
    }
    return "unknown";
}

/// Recognizes a payload's dialect from the names of its root object's members, fed one by one.
/// It keeps counts, and a copy of the first `near_miss_limit` names (each up to `name_capacity`
/// bytes): it allocates nothing, the names fed need not outlive the call, and any number of
/// members costs linear time. The near-miss comparison (case and small typos) only looks at the
/// first `near_miss_limit` members, and only when no member matches exactly.
class dialect_detector {
public:
    static constexpr std::size_t near_miss_limit = 16;
    static constexpr std::size_t name_capacity = 48;

    void reset() noexcept {
        members_ = 0;
        for (std::size_t i = 0; i < dialect_count; ++i) {
            known_[i] = 0;
            required_[i] = 0;
        }
    }

    /// Counts one member, and keeps a copy of its name when it is among the first
    /// `near_miss_limit`.
    void add_member(std::string_view key) noexcept {
        std::uint8_t exact = 0;
        const detail::dialect_member_index& index = detail::dialect_member_names;
        if (key.size() <= index.longest)
            for (std::size_t e = index.starts[key.size()]; e < index.starts[key.size() + 1]; ++e) {
                // Same length by the index: the bytes alone (string_view's != would add a call).
                if (std::memcmp(index.entries[e].name.data(), key.data(), key.size()) != 0) continue;
                const dialect d = index.entries[e].owner;
                const std::size_t i = static_cast<std::size_t>(d), m = index.entries[e].index;
                ++known_[i];
                exact |= std::uint8_t(1u << i);
                if (m < detail::members_of(d).required) required_[i] |= std::uint8_t(1u << m);
            }
        if (members_ < near_miss_limit) keep(members_, key, exact);
        ++members_;
    }

    /// How many members were fed, and how many of them dialect `d` knows.
    std::size_t members() const noexcept { return members_; }
    std::size_t known(dialect d) const noexcept { return known_[static_cast<std::size_t>(d)]; }
    /// Whether `d`'s required member `i` (its `i`th member name) is present.
    bool has_required(dialect d, std::size_t i) const noexcept {
        return (required_[static_cast<std::size_t>(d)] >> i) & 1u;
    }

    /// The first members kept: `listed()` of them (at most `near_miss_limit`). `member(i)` is
    /// the name as fed, or, when longer than `name_capacity` bytes, without its surrounding
    /// spaces, or its first characters (`cut(i)`).
    std::size_t listed() const noexcept { return members_ < near_miss_limit ? members_ : near_miss_limit; }
    std::string_view member(std::size_t i) const noexcept { return {names_[i], lengths_[i]}; }
    bool cut(std::size_t i) const noexcept { return (flags_[i] & cut_flag) != 0; }
    /// Whether dialect `d` knows member `i` exactly.
    bool knows(dialect d, std::size_t i) const noexcept { return (flags_[i] >> static_cast<unsigned>(d)) & 1u; }
    /// The name of dialect `d` that member `i` is or reads as once case, stray spaces and a small
    /// typo are forgiven; empty when none.
    std::string_view reads_as(dialect d, std::size_t i) const noexcept {
        const detail::dialect_members members = detail::members_of(d);
        for (const std::string_view name : members)
            if (name == member(i)) return name;
        if (cut(i)) return {};
        for (const std::string_view name : members)
            if (detail::near_miss(member(i), name)) return name;
        return {};
    }

    [[nodiscard]] dialect_verdict verdict() const noexcept;

private:
    static constexpr std::uint8_t cut_flag = 0x80;

    std::size_t members_ = 0;
    std::size_t known_[dialect_count] = {};
    std::uint8_t required_[dialect_count] = {}; // bits: the required members present
    char names_[near_miss_limit][name_capacity] = {};
    std::uint8_t lengths_[near_miss_limit] = {};
    std::uint8_t flags_[near_miss_limit] = {}; // bits: the dialects that know it exactly, and cut_flag

    void keep(std::size_t i, std::string_view key, std::uint8_t exact) noexcept {
        if (key.size() > name_capacity) {
            const std::string_view trimmed = detail::trim_spaces(key);
            if (trimmed.size() <= name_capacity) {
                key = trimmed;
            } else {
                // Too long to read as any member: its first characters, for messages.
                std::size_t n = name_capacity;
                while (n > 0 && (static_cast<unsigned char>(trimmed[n]) & 0xC0) == 0x80) --n;
                key = trimmed.substr(0, n);
                exact |= cut_flag;
            }
        }
        if (!key.empty()) std::memcpy(names_[i], key.data(), key.size());
        lengths_[i] = static_cast<std::uint8_t>(key.size());
        flags_[i] = exact;
    }
};

inline dialect_verdict dialect_detector::verdict() const noexcept {
    dialect_verdict v;
    if (members_ == 0) return v; // an empty object: the action dialect reports what is missing
    // The dialects that know the most members; among them, those with the most required ones.
    // When none knows a member exactly, the same with the members they come close to.
    std::size_t count[dialect_count] = {}, required[dialect_count] = {};
    bool exact = false;
    for (const std::size_t k : known_) exact = exact || k > 0;
    if (exact) {
        for (std::size_t i = 0; i < dialect_count; ++i) {
            count[i] = known_[i];
            for (unsigned bits = required_[i]; bits != 0; bits &= bits - 1) ++required[i];
        }
    } else {
        for (const dialect d : all_dialects) {
            const std::size_t i = static_cast<std::size_t>(d);
            const detail::dialect_members members = detail::members_of(d);
            unsigned required_bits = 0;
            for (std::size_t m = 0; m < listed(); ++m) {
                const std::string_view name = reads_as(d, m);
                if (name.empty()) continue;
                ++count[i];
                for (std::size_t r = 0; r < members.required; ++r)
                    if (members.names[r] == name) required_bits |= 1u << r;
            }
            for (; required_bits != 0; required_bits &= required_bits - 1) ++required[i];
        }
    }
    std::size_t best = 0, best_required = 0;
    for (const std::size_t k : count) best = k > best ? k : best;
    if (best == 0) {
        v.how = dialect_verdict::fit::unknown;
        v.candidates = (1u << dialect_count) - 1;
        return v;
    }
    for (std::size_t i = 0; i < dialect_count; ++i)
        if (count[i] == best && required[i] > best_required) best_required = required[i];
    for (std::size_t i = 0; i < dialect_count; ++i)
        if (count[i] == best && required[i] == best_required) v.candidates |= std::uint8_t(1u << i);
    for (const dialect d : all_dialects)
        if (v.is_candidate(d)) {
            v.dialect = d;
            break;
        }
    if ((v.candidates & (v.candidates - 1)) != 0) v.how = dialect_verdict::fit::ambiguous;
    else if (!exact) v.how = dialect_verdict::fit::near_miss;
    return v;
}

} // namespace appnotify

#endif // APPNOTIFY_DIALECT_HPP
// ---- appnotify/links.hpp ----
// appnotify: links of a notification. Checks model-driven app links (`?pagetype=...`,
// main.aspx, /WebResources/...) by page type, resolves them to absolute URLs for an
// organization and app, and builds the URLs of side-pane pages and Teams chats.
#ifndef APPNOTIFY_LINKS_HPP
#define APPNOTIFY_LINKS_HPP

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

// ---- appnotify/detail/diagnostic_sink.hpp ----
// Collects diagnostics while a check runs and turns them into the public form at the end.
// Paths and messages are written into one reusable text arena; views into it are only made once
// the arena has stopped growing, so a reused sink allocates nothing in steady state.
#ifndef APPNOTIFY_DETAIL_DIAGNOSTIC_SINK_HPP
#define APPNOTIFY_DETAIL_DIAGNOSTIC_SINK_HPP

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

// ---- appnotify/diagnostic.hpp ----
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
// ---- appnotify/detail/json_pointer.hpp ----
// RFC 6901 JSON Pointer building, with long pointers shortened so that every diagnostic's path
// is bounded whatever the input's member names and depth (docs/hardening.md, issue 11 class 2).
//
// A member name longer than `max_pointer_token` bytes is written as its first and last
// `pointer_token_kept` bytes around "~(N bytes)", N the bytes left out; a pointer longer than
// `max_pointer` bytes keeps its first and last segments (up to `pointer_kept` bytes each) around
// "/~(N segments)". RFC 6901 allows '~' only in "~0" and "~1", so "~(" never occurs in a real
// pointer: a shortened one cannot be taken for another member's path, and the diagnostic's offset
// says exactly which member it is.
#ifndef APPNOTIFY_DETAIL_JSON_POINTER_HPP
#define APPNOTIFY_DETAIL_JSON_POINTER_HPP

#include <cstddef>
#include <string>
#include <string_view>

namespace appnotify::detail {

inline constexpr std::size_t max_pointer_token = 64;
inline constexpr std::size_t pointer_token_kept = 24;
inline constexpr std::size_t max_pointer = 256;
inline constexpr std::size_t pointer_kept = 120;

inline void append_pointer_escaped(std::string& pointer, std::string_view key) {
    for (const char c : key) {
        if (c == '~') pointer.append("~0");
        else if (c == '/') pointer.append("~1");
        else pointer.push_back(c);
    }
}

inline void append_elision(std::string& pointer, std::size_t count, std::string_view unit) {
    char digits[24];
    std::size_t n = 0;
    do {
        digits[n++] = static_cast<char>('0' + count % 10);
        count /= 10;
    } while (count != 0);
    pointer.append("~(");
    while (n != 0) pointer.push_back(digits[--n]);
    pointer.push_back(' ');
    pointer.append(unit);
    pointer.push_back(')');
}

/// Appends "/" and `key` with "~" written as "~0" and "/" as "~1"; a long key shortened.
inline void append_pointer_segment(std::string& pointer, std::string_view key) {
    pointer.push_back('/');
    if (key.size() <= max_pointer_token) {
        append_pointer_escaped(pointer, key);
        return;
    }
    // Cut between characters of UTF-8, never inside one.
    const auto continuation = [&key](std::size_t i) { return (static_cast<unsigned char>(key[i]) & 0xC0) == 0x80; };
    std::size_t head = pointer_token_kept, tail = key.size() - pointer_token_kept;
    while (head > 0 && continuation(head)) --head;
    while (tail < key.size() && continuation(tail)) ++tail;
    append_pointer_escaped(pointer, key.substr(0, head));
    append_elision(pointer, tail - head, "bytes");
    append_pointer_escaped(pointer, key.substr(tail));
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

/// Shortens the pointer that starts at `begin` of `text` and runs to its end, when it is longer
/// than `max_pointer`: whole segments are kept from both ends, the middle ones counted.
inline void shorten_pointer(std::string& text, std::size_t begin) {
    if (text.size() - begin <= max_pointer) return;
    const std::string_view pointer = std::string_view(text).substr(begin);
    // The first segments that fit in pointer_kept bytes (at least one), and the last.
    std::size_t head = pointer.find('/', 1);
    if (head == std::string_view::npos) return; // one segment: bounded by max_pointer_token already
    for (std::size_t next; (next = pointer.find('/', head + 1)) != std::string_view::npos && next <= pointer_kept;)
        head = next;
    std::size_t tail = pointer.rfind('/');
    for (std::size_t prev; tail > head && (prev = pointer.rfind('/', tail - 1)) > head && pointer.size() - prev <= pointer_kept;)
        tail = prev;
    if (tail <= head) return;
    std::size_t left_out = 0;
    for (std::size_t i = head; i < tail; ++i) left_out += pointer[i] == '/';
    std::string marker = "/";
    append_elision(marker, left_out, left_out == 1 ? "segment" : "segments");
    text.replace(begin + head, tail - head, marker);
}

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_JSON_POINTER_HPP
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

    line_column at(std::size_t offset) noexcept {
        if (offset > text_.size()) offset = text_.size();
        if (offset < offset_) {
            *this = position_tracker(text_);
            if (offset < offset_) return here_;
        }
        walk_words(offset);
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

    /// Counts 8 bytes at a time (swar.hpp) what the byte loop of `at` counts, up to the last
    /// whole word before `offset`: a few diagnostics far into a megabyte cost a few instructions
    /// per word, not per byte. A line ends at LF and at a CR not followed by LF; a column is a
    /// byte that neither continues a UTF-8 sequence nor is a CR.
    void walk_words(std::size_t offset) noexcept {
        using swar::word;
        const char* p = text_.data();
        using swar::count;
        for (; offset_ + 8 <= offset; offset_ += 8) {
            const word w = swar::load(p + offset_);
            const word continuation = swar::continuation_bytes(w);
            if (swar::less(w, '\r' + 1) == 0) { // no line break nor CR (the usual word): a cheap test
                here_.column += (w & swar::high_bits) == 0 ? 8 : count(swar::high_bits & ~continuation);
                continue;
            }
            const word lf = swar::equal(w, '\n');
            const word cr = swar::equal(w, '\r');
            const word counted = swar::high_bits & ~continuation & ~cr;
            if ((lf | cr) == 0) {
                here_.column += count(counted);
                continue;
            }
            // A CR is followed by LF when the next byte is one: the next byte of the word, or
            // after the last, the first of the next word.
            const bool lf_after = offset_ + 8 < text_.size() && text_[offset_ + 8] == '\n';
            const word crlf = cr & ((lf >> 8) | (lf_after ? word(0x80) << 56 : 0));
            const word breaks = lf | (cr & ~crlf);
            if (breaks == 0) { // only the CR of a CRLF, at the word's end
                here_.column += count(counted);
                continue;
            }
            here_.line += count(breaks);
            // The bytes after the last line break start the new line.
            word through_last = breaks;
            through_last |= through_last >> 8;
            through_last |= through_last >> 16;
            through_last |= through_last >> 32;
            here_.column = 1 + count(counted & ~through_last);
        }
    }
};

constexpr bool is_line_break(char c) noexcept { return c == '\n' || c == '\r'; }
constexpr bool is_continuation_byte(char c) noexcept { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

/// The part of a line a source excerpt shows around a spot: at most `before` characters before
/// the one at the spot, and `total` in all. Characters are counted as position_tracker counts
/// columns (a byte that does not continue a UTF-8 sequence starts one).
struct line_window {
    std::string_view text;   // the characters shown, without a line terminator
    std::size_t before = 0;  // how many of them come before the spot
    bool cut_before = false; // the line has more characters before them
    bool cut_after = false;  // ... and after them
};

/// The window of the line of `offset` around it. It is found by walking from the offset, never
/// from the line's start, so every excerpt costs O(total) however long the line: showing
/// n diagnostics of a one-line megabyte is linear.
constexpr line_window window_at(std::string_view text, std::size_t offset, std::size_t before,
                                std::size_t total) noexcept {
    if (offset > text.size()) offset = text.size();
    // A byte order mark is not part of the first line: columns start after it.
    const std::size_t line_floor = text.substr(0, 3) == "\xEF\xBB\xBF" && offset >= 3 ? 3 : 0;
    // The start of the character at `at` (a character is at most 4 bytes: in invalid UTF-8, a
    // run of continuation bytes counts one character per 4 bytes, so no walk is long).
    const auto character_start = [&](std::size_t at) {
        for (int k = 0; k < 3 && at > line_floor && at < text.size() && is_continuation_byte(text[at]) &&
                        !is_line_break(text[at - 1]);
             ++k)
            --at;
        return at;
    };
    offset = character_start(offset);
    line_window w;
    std::size_t begin = offset;
    while (w.before < before && begin > line_floor && !is_line_break(text[begin - 1])) {
        begin = character_start(begin - 1);
        ++w.before;
    }
    w.cut_before = begin > line_floor && !is_line_break(text[begin - 1]);
    std::size_t end = offset, shown = w.before;
    while (end < text.size() && !is_line_break(text[end]) && shown < total) {
        ++end;
        for (int k = 0; k < 3 && end < text.size() && is_continuation_byte(text[end]); ++k) ++end;
        ++shown;
    }
    w.cut_after = end < text.size() && !is_line_break(text[end]);
    w.text = text.substr(begin, end - begin);
    return w;
}

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_TEXT_POSITION_HPP
// ---- appnotify/detail/text_span.hpp ----
// The span a diagnostic concerns when its check gives only where it starts: the JSON token
// there (a string literal with its quotes, a number, a literal), or inside a string the word
// there (a GUID, a parameter name or value), read through the string's escapes.
#ifndef APPNOTIFY_DETAIL_TEXT_SPAN_HPP
#define APPNOTIFY_DETAIL_TEXT_SPAN_HPP

#include <cstddef>
#include <string_view>

// ---- appnotify/detail/json_string.hpp ----
// Positions inside JSON strings: from an index into the unescaped text back to the byte of the
// raw JSON that produced it, so a diagnostic can point at the exact character even after
// escapes such as \u0026, \n or surrogate pairs.
#ifndef APPNOTIFY_DETAIL_JSON_STRING_HPP
#define APPNOTIFY_DETAIL_JSON_STRING_HPP

#include <cstddef>
#include <string_view>
#include <vector>


namespace appnotify::detail {

constexpr unsigned hex4_value(std::string_view s) noexcept {
    unsigned v = 0;
    for (const char c : s) v = v * 16 + static_cast<unsigned>(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
    return v;
}

/// What one character or escape of a JSON string's raw text is: how many raw bytes it spans and
/// how many bytes of unescaped text it produces.
struct json_string_step {
    std::size_t raw_length;
    std::size_t text_length;
};

/// The step at `raw[r]`, a position inside a valid JSON string.
constexpr json_string_step string_step_at(std::string_view raw, std::size_t r) noexcept {
    if (raw[r] != '\\' || r + 1 >= raw.size()) return {1, 1};
    if (raw[r + 1] != 'u' || r + 6 > raw.size()) return {2, 1};
    const unsigned unit = hex4_value(raw.substr(r + 2, 4));
    if (unit >= 0xD800 && unit <= 0xDBFF && r + 12 <= raw.size() && raw[r + 6] == '\\') return {12, 4};
    return {6, unit < 0x80 ? 1u : unit < 0x800 ? 2u : 3u};
}

/// Continues from raw offset `r`, where `index_at_r` unescaped bytes precede, to the source of
/// unescaped byte `index` (the closing quote's offset when `index` is the length).
constexpr std::size_t raw_offset_from(std::string_view raw, std::size_t index, std::size_t r,
                                      std::size_t index_at_r) noexcept {
    while (r < raw.size() && raw[r] != '"') {
        const json_string_step step = string_step_at(raw, r);
        if (index < index_at_r + step.text_length) return r;
        index_at_r += step.text_length;
        r += step.raw_length;
    }
    return r;
}

/// The one mapper of positions in JSON strings: from an index into a string's unescaped text to
/// the byte of its raw JSON, for every diagnostic inside a string (a link's parameters, a
/// markdown link, a placeholder, the findings in the JSON a record's `data` holds). It maps one
/// string at a time, in linear time overall whatever the number and order of the lookups: the
/// string is read once, on its first lookup, and the walk is remembered every `stride` unescaped
/// bytes, so each lookup steps from the nearest checkpoint. A string without escapes needs no
/// checkpoints. Reused, it allocates nothing once its buffer has grown.
class string_offset_map {
public:
    static constexpr std::size_t stride = 64;

    /// Maps `raw` (from the opening quote of a valid JSON string) from now on, unless it already
    /// does. Nothing is read until the first lookup.
    void use(std::string_view raw) noexcept {
        if (raw.data() == raw_.data() && raw.size() == raw_.size()) return;
        raw_ = raw;
        built_ = false;
    }

    /// Forgets the string mapped: to call when the text it was in is rewritten in place.
    void forget() noexcept {
        raw_ = {};
        built_ = false;
    }

    /// The offset within the raw string of the source of unescaped byte `index` (the closing
    /// quote's offset when `index` is the length).
    std::size_t raw_offset(std::size_t index) {
        if (!built_) build();
        if (plain_) return index < text_length_ ? index + 1 : text_length_ + 1;
        std::size_t k = index / stride;
        if (k >= checkpoints_.size()) k = checkpoints_.size() - 1;
        while (k > 0 && checkpoints_[k].index > index) --k;
        return raw_offset_from(raw_, index, checkpoints_[k].raw, checkpoints_[k].index);
    }

private:
    struct checkpoint {
        std::size_t index;
        std::size_t raw;
    };
    std::string_view raw_;
    bool built_ = false;
    bool plain_ = false; // no escapes: unescaped byte i is raw byte i + 1
    std::size_t text_length_ = 0;
    std::vector<checkpoint> checkpoints_;

    void build() {
        built_ = true;
        checkpoints_.clear();
        std::size_t r = 1;
        while (r < raw_.size() && raw_[r] != '"' && raw_[r] != '\\') ++r;
        plain_ = r >= raw_.size() || raw_[r] == '"';
        if (plain_) {
            text_length_ = r - 1;
            return;
        }
        std::size_t index = 0;
        r = 1;
        checkpoints_.push_back({0, 1});
        while (r < raw_.size() && raw_[r] != '"') {
            if (index >= checkpoints_.size() * stride) checkpoints_.push_back({index, r});
            const json_string_step step = string_step_at(raw_, r);
            index += step.text_length;
            r += step.raw_length;
        }
    }
};

/// The length of JSON text as a program writes it out again, for a limit counted in UTF-16 code
/// units (a Dataverse text column): compact (no whitespace), with every string holding only the
/// escapes JSON requires ('"', '\\' and control characters; \b \f \n \r \t where they exist),
/// and, optionally, without OData annotations (members named "...@odata.type"). It is the least
/// any JSON writer produces for the same data: the limit is exceeded whatever the writer when
/// this is.
class compact_json_length {
public:
    explicit compact_json_length(bool drop_annotations) noexcept : drop_annotations_(drop_annotations) {}

    /// The length of the valid JSON value at `text[at]`; `at` is moved past it. `members` (when
    /// not null) gets the number of members of an object counted.
    std::size_t value(std::string_view text, std::size_t& at, std::size_t* members = nullptr) const {
        at = skip_space(text, at);
        if (at >= text.size()) return 0;
        const char c = text[at];
        if (c == '"') return string(text, at);
        if (c == '{' || c == '[') return container(text, at, members);
        const std::size_t begin = at;
        while (at < text.size() && !is_space(text[at]) && text[at] != ',' && text[at] != '}' && text[at] != ']') ++at;
        return at - begin;
    }

private:
    bool drop_annotations_;

    static constexpr bool is_space(char c) noexcept { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
    static constexpr std::size_t skip_space(std::string_view text, std::size_t at) noexcept {
        while (at < text.size() && is_space(text[at])) ++at;
        return at;
    }

    /// A string from its opening quote; `at` moves past the closing one. Outside escapes, a
    /// character is one UTF-16 code unit, two beyond U+FFFF (a four-byte sequence).
    static std::size_t string(std::string_view text, std::size_t& at) noexcept {
        const std::size_t size = text.size();
        std::size_t units = 2;
        ++at;
        while (at < size) {
            at = count_plain(text, at, units);
            if (at >= size) break;
            const auto b = static_cast<unsigned char>(text[at]);
            if (b == '"') break;
            if (b != '\\') {
                units += static_cast<std::size_t>((b & 0xC0) != 0x80) + static_cast<std::size_t>(b >= 0xF0);
                ++at;
                continue;
            }
            const char e = at + 1 < size ? text[at + 1] : '\0';
            if (e == 'u' && at + 6 <= size) {
                const unsigned unit = hex4_value(text.substr(at + 2, 4));
                units += unit == '"' || unit == '\\' || unit == '\b' || unit == '\f' || unit == '\n' || unit == '\r' ||
                                 unit == '\t'
                             ? 2
                             : unit < 0x20 ? 6 : 1;
                at += 6;
            } else {
                units += e == '/' ? 1 : 2; // \/ is just '/'
                at += 2;
            }
        }
        ++at;
        return units;
    }

    /// Counts the UTF-16 code units of the bytes from `at` up to the next '"' or '\\', 8 at a
    /// time (swar.hpp), as `string` counts them one by one: a byte that does not continue a UTF-8
    /// sequence is a unit, a four-byte sequence's lead byte (0xF0 and above) one more. Stops
    /// there, or where fewer than 8 bytes are left.
    static std::size_t count_plain(std::string_view text, std::size_t at, std::size_t& units) noexcept {
        using swar::word;
        using swar::count;
        for (; at + 8 <= text.size(); at += 8) {
            const word w = swar::load(text.data() + at);
            const word special = swar::equal_any(w, '"', '\\');
            if ((special | (w & swar::high_bits)) == 0) { // 8 ASCII characters: the usual word
                units += 8;
                continue;
            }
            // Only the bytes before the first special one are counted here.
            const word before = special == 0 ? ~word(0) : ((special & (~special + 1)) >> 7) - 1;
            const word starts = swar::high_bits & ~swar::continuation_bytes(w);
            const word four_byte_leads = w & (w << 1) & (w << 2) & (w << 3) & swar::high_bits; // 1111xxxx
            units += count(starts & before) + count(four_byte_leads & before);
            if (special != 0) return at + swar::first_byte(special);
        }
        return at;
    }

    std::size_t container(std::string_view text, std::size_t& at, std::size_t* members) const {
        const bool object = text[at] == '{';
        const char close = object ? '}' : ']';
        std::size_t units = 2, count = 0;
        ++at;
        while (true) {
            at = skip_space(text, at);
            if (at >= text.size()) break;
            if (text[at] == close) {
                ++at;
                break;
            }
            if (text[at] == ',') {
                ++at;
                continue;
            }
            std::size_t item = 0;
            bool kept = true;
            if (object) {
                const std::size_t key = at;
                item = string(text, at) + 1; // the key and ':'
                constexpr std::string_view annotation = "@odata.type\"";
                kept = !(drop_annotations_ && at - key > annotation.size() &&
                         text.substr(at - annotation.size(), annotation.size()) == annotation);
                at = skip_space(text, at) + 1; // the ':'
            }
            item += value(text, at);
            if (!kept) continue;
            units += item + (count != 0 ? 1 : 0);
            ++count;
        }
        if (members != nullptr) *members = count;
        return units;
    }
};

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_JSON_STRING_HPP

namespace appnotify::detail {

/// How to read the text a diagnostic's offset indexes: JSON (a payload), or plain text (a link,
/// markdown), where only the word rule applies.
enum class text_kind : unsigned char { plain, json };

/// Characters that make up a word: letters and digits of any script and the punctuation found
/// inside GUIDs, numbers, e-mail addresses, percent escapes and dates. Quotes, brackets,
/// whitespace and the separators of URLs and queries end it.
constexpr bool is_word_byte(unsigned char c) noexcept {
    if (c >= 0x80) return true;
    if (c <= 0x20 || c == 0x7F) return false;
    switch (c) {
    case '"': case '\'': case '&': case '#': case '=': case '?': case '/': case '\\': case '(': case ')':
    case '<': case '>': case '[': case ']': case '{': case '}': case ',': case ';': case '|': case '`':
    case '*': return false;
    default: return true;
    }
}

/// Derives the ends of spans at non-decreasing offsets of one text, in one forward walk: the
/// JSON string state is carried from one offset to the next, and a word or token already
/// measured is not measured again for an offset inside it. So n offsets cost O(text + n)
/// whatever their number and however long the tokens.
class span_deriver {
public:
    constexpr span_deriver(std::string_view text, text_kind kind) noexcept : text_(text), kind_(kind) {}

    /// The end (exclusive) of the span that starts at `offset` (<= the text's size).
    constexpr std::size_t end_at(std::size_t offset) noexcept {
        if (offset >= text_.size()) return text_.size();
        if (offset == last_offset_) return last_end_;
        last_offset_ = offset;
        last_end_ = derive(offset);
        return last_end_;
    }

private:
    constexpr std::size_t derive(std::size_t offset) noexcept {
        if (offset >= measured_begin_ && offset < measured_end_ && inside_measured(offset)) return measured_end_;
        if (kind_ == text_kind::plain) return remember(offset, word_end(offset, false), kind_word);
        advance_to(offset);
        if (in_string_) return remember(offset, word_end(offset, true), kind_string_word);
        // Outside strings (or at the opening quote of one): the JSON token there.
        const char c = text_[offset];
        if (c == '"' || c == '\'') return string_literal_end(offset); // '...': a string JSON refuses
        if (c == '-' || (c >= '0' && c <= '9')) return remember(offset, run_end(offset, is_number_char), kind_number);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_')
            return remember(offset, run_end(offset, is_name_char), kind_name);
        if (c == '/' && offset + 1 < text_.size() && (text_[offset + 1] == '/' || text_[offset + 1] == '*'))
            return comment_end(offset);
        return one_character(offset);
    }

    enum measured_kind : unsigned char { kind_none, kind_word, kind_string_word, kind_number, kind_name };

    std::string_view text_;
    text_kind kind_;
    // The JSON string state at `here_`: inside a string (after its opening quote) or not.
    std::size_t here_ = 0;
    bool in_string_ = false;
    // The first quote at or after `here_`, once searched for (npos: none).
    std::size_t next_quote_ = 0;
    bool quote_known_ = false;
    // The last run measured: every offset in [begin, end) of the same kind ends where it does.
    std::size_t measured_begin_ = 0;
    std::size_t measured_end_ = 0;
    measured_kind measured_ = kind_none;
    // The last offset asked about, and its answer.
    std::size_t last_offset_ = std::size_t(-1);
    std::size_t last_end_ = 0;

    static constexpr bool is_number_char(char c) noexcept {
        return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
    }
    static constexpr bool is_name_char(char c) noexcept {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    /// Whether `offset`, inside the last run measured, is read the same way as the run's start.
    constexpr bool inside_measured(std::size_t offset) noexcept {
        if (measured_ == kind_word) return true;
        advance_to(offset);
        // Inside a number or a name of the JSON, or a word of a string: the string state decides.
        return (measured_ == kind_string_word) == in_string_;
    }

    constexpr std::size_t remember(std::size_t begin, std::size_t end, measured_kind kind) noexcept {
        // Only runs of more than one character are worth remembering: the others cost O(1).
        if (end > begin + 1) {
            measured_begin_ = begin;
            measured_end_ = end;
            measured_ = kind;
        }
        return end;
    }

    /// Walks the JSON string state up to `offset` (exclusive), from quote to quote: each quote
    /// is found once (memchr) and remembered until passed, so offsets inside a long string cost
    /// nothing more. A quote preceded by an odd run of backslashes is escaped. Broken JSON is not
    /// resynchronised: a check reports nothing after a syntax error but the error itself.
    constexpr void advance_to(std::size_t offset) noexcept {
        while (here_ < offset) {
            if (!quote_known_) {
                next_quote_ = text_.find('"', here_);
                quote_known_ = true;
            }
            if (next_quote_ == std::string_view::npos || next_quote_ >= offset) {
                here_ = offset;
                return;
            }
            const std::size_t quote = next_quote_;
            here_ = quote + 1;
            quote_known_ = false;
            if (!in_string_) {
                in_string_ = true;
                continue;
            }
            std::size_t backslashes = 0;
            while (backslashes < quote && text_[quote - 1 - backslashes] == '\\') ++backslashes;
            if (backslashes % 2 == 0) in_string_ = false;
        }
    }

    constexpr std::size_t one_character(std::size_t offset) const noexcept {
        return offset + decode_utf8(text_, offset).length;
    }

    template <typename Predicate>
    constexpr std::size_t run_end(std::size_t offset, Predicate is_part) const noexcept {
        std::size_t end = offset;
        while (end < text_.size() && is_part(text_[end])) ++end;
        return end;
    }

    /// The character at `offset` of a JSON string: how many raw bytes it spans and whether it
    /// belongs to a word once unescaped.
    struct string_char {
        std::size_t raw_length;
        bool word;
    };
    constexpr string_char string_char_at(std::size_t offset) const noexcept {
        const char c = text_[offset];
        if (c != '\\') return {1, is_word_byte(static_cast<unsigned char>(c))};
        const json_string_step step = string_step_at(text_, offset);
        if (step.raw_length < 6) return {step.raw_length, false}; // \n \t \" \\ \/ ...: never in a word
        const unsigned unit = hex4_value(text_.substr(offset + 2, 4));
        return {step.raw_length, unit >= 0x80 || is_word_byte(static_cast<unsigned char>(unit))};
    }

    /// The word at `offset`: from there while the characters belong to a word; a single
    /// character when the one at `offset` does not. In a string (`escapes`), a character may be
    /// an escape, and the string's closing quote ends the word.
    constexpr std::size_t word_end(std::size_t offset, bool escapes) const noexcept {
        std::size_t end = offset;
        while (end < text_.size()) {
            const string_char c = escapes ? string_char_at(end)
                                          : string_char{1, is_word_byte(static_cast<unsigned char>(text_[end]))};
            if (!c.word) {
                if (end == offset) end += escapes ? c.raw_length : one_character(offset) - offset;
                break;
            }
            end += c.raw_length;
        }
        return end < text_.size() ? end : text_.size();
    }

    /// A string literal from its opening quote to the same closing quote (included), through
    /// escapes; a string left open ends at the line's end.
    /// The bytes between are skipped 8 at a time (swar.hpp): a megabyte string costs little.
    std::size_t string_literal_end(std::size_t offset) const noexcept {
        const char quote = text_[offset];
        const auto stops = [quote](swar::word w) { return swar::equal_any(w, quote, '\\', '\n', '\r'); };
        const auto stops_at = [quote](char c) { return c == quote || c == '\\' || is_line_break(c); };
        std::size_t end = offset + 1;
        while (end < text_.size()) {
            end = swar::find(text_.data(), end, text_.size(), stops, stops_at);
            if (end >= text_.size()) break;
            const char c = text_[end];
            if (c == quote) return end + 1;
            if (is_line_break(c)) return end;
            end += 2; // a backslash and the byte it escapes
        }
        return text_.size();
    }

    /// A comment (which JSON does not allow): `//` to the line's end, `/*` to its `*/`.
    constexpr std::size_t comment_end(std::size_t offset) const noexcept {
        if (text_[offset + 1] == '/') {
            std::size_t end = offset;
            while (end < text_.size() && !is_line_break(text_[end])) ++end;
            return end;
        }
        const std::size_t close = text_.find("*/", offset + 2);
        return close == std::string_view::npos ? text_.size() : close + 2;
    }
};

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_TEXT_SPAN_HPP

namespace appnotify::detail {

class diagnostic_sink {
public:
    /// A diagnostic's end that the sink derives from the input (see text_span.hpp).
    static constexpr std::size_t derived_end = std::size_t(-1);
    /// Spans up to this many bytes have their end positioned from their start; longer ones in a
    /// walk of their own, so that overlapping spans never cost more than one walk each.
    static constexpr std::size_t short_span = 256;

    /// `collect == false` only counts (is_valid); `max_kept` caps how many are stored; `policy`
    /// (which must outlive the run) ignores codes or changes their severity.
    void reset(bool collect, std::size_t max_kept, const diagnostic_policy* policy = nullptr) {
        collect_ = collect;
        max_kept_ = max_kept;
        policy_ = policy;
        errors_ = 0;
        warnings_ = 0;
        dropped_ = 0;
        arena_.clear();
        pending_.clear();
    }

    bool collecting() const noexcept { return collect_; }
    /// Counted after the policy.
    std::size_t error_count() const noexcept { return errors_; }
    std::size_t warning_count() const noexcept { return warnings_; }

    /// Counts a diagnostic (unless the policy ignores its code); true when the caller should now
    /// write its path and message. Its span is derived from the input unless `set_end` says.
    bool begin(diagnostic_code code, severity level, std::size_t offset) {
        if (policy_ != nullptr) {
            const std::optional<severity> applied = policy_->apply(code, level);
            if (!applied) return false;
            level = *applied;
        }
        (level == severity::error ? errors_ : warnings_) += 1;
        if (!collect_) return false;
        if (pending_.size() >= max_kept_) {
            ++dropped_;
            return false;
        }
        pending_.push_back({code, level, offset, derived_end, arena_.size(), 0, 0, 0});
        return true;
    }
    /// Sets where the span of the diagnostic just begun ends (an offset into the same text as
    /// its offset, exclusive): for the call sites that know better than the derived span.
    void set_end(std::size_t end) noexcept { pending_.back().end = end; }
    std::string& arena() noexcept { return arena_; }
    /// Ends the path written since `begin`, shortened when long (json_pointer.hpp): whatever the
    /// input's names and depth, a diagnostic's path is at most about max_pointer bytes.
    void end_path() {
        shorten_pointer(arena_, pending_.back().path_begin);
        pending_.back().path_end = arena_.size();
        pending_.back().message_begin = arena_.size();
    }
    void end_message() noexcept { pending_.back().message_end = arena_.size(); }

    template <typename... Pieces>
    void add(diagnostic_code code, severity level, std::size_t offset, std::string_view path,
             const Pieces&... message) {
        add_span(code, level, offset, derived_end, path, message...);
    }

    /// `add` with the span [offset, end).
    template <typename... Pieces>
    void add_span(diagnostic_code code, severity level, std::size_t offset, std::size_t end, std::string_view path,
                  const Pieces&... message) {
        if (!begin(code, level, offset)) return;
        set_end(end);
        arena_.append(path);
        end_path();
        append_all(arena_, message...);
        end_message();
    }

    /// What has been reported so far, to undo what follows with `rollback`.
    struct checkpoint {
        std::size_t errors, warnings, dropped, kept, arena;
    };
    checkpoint mark() const noexcept { return {errors_, warnings_, dropped_, pending_.size(), arena_.size()}; }
    /// Forgets everything reported since `at` was marked, counts included (a check that turned
    /// out to be run on the wrong premise, to be run again).
    void rollback(const checkpoint& at) {
        errors_ = at.errors;
        warnings_ = at.warnings;
        dropped_ = at.dropped;
        pending_.resize(at.kept);
        arena_.resize(at.arena);
    }

    /// Drops what was reported after `offset` (used when a syntax error makes later findings moot).
    void discard_after(std::size_t offset) { discard_after(offset, 0); }

    /// How many diagnostics are kept so far: a mark for `discard_after` and `map_offsets`.
    std::size_t kept() const noexcept { return pending_.size(); }

    /// Drops the diagnostics kept since `mark` that were reported after `offset`.
    void discard_after(std::size_t offset, std::size_t mark) {
        std::size_t kept = mark;
        for (std::size_t i = mark; i < pending_.size(); ++i)
            if (pending_[i].offset <= offset) pending_[kept++] = pending_[i];
            else (pending_[i].level == severity::error ? errors_ : warnings_) -= 1;
        pending_.resize(kept);
    }

    /// Moves each diagnostic kept since `mark`, found in `text` (JSON held by a JSON string),
    /// to the input's text: their spans are derived in `text`, then both ends become `map(end)`.
    template <typename Map>
    void map_offsets(std::size_t mark, std::string_view text, Map&& map) {
        sort_by_offset(mark);
        derive_ends(mark, text, text_kind::json);
        for (std::size_t i = mark; i < pending_.size(); ++i) {
            pending_[i].offset = map(pending_[i].offset);
            pending_[i].end = map(pending_[i].end);
        }
    }

    /// Writes the public diagnostics in document order with their spans, lines and columns.
    /// `kind` says how spans are derived from `input`. Linear in the input, and O(n log n) in the
    /// number of diagnostics at worst.
    void finish(std::string_view input, std::vector<diagnostic>& out, text_kind kind = text_kind::plain) {
        if (dropped_ != 0) {
            const std::optional<severity> level =
                policy_ ? policy_->apply(diagnostic_code::too_many_diagnostics, severity::warning) : severity::warning;
            if (level) {
                (*level == severity::error ? errors_ : warnings_) += 1;
                pending_.push_back({diagnostic_code::too_many_diagnostics, *level, input.size(), input.size(),
                                    arena_.size(), arena_.size(), arena_.size(), 0});
                append_all(arena_, dropped_, dropped_ == 1 ? " more diagnostic was" : " more diagnostics were",
                           " not kept (the limit is ", max_kept_, ")");
                pending_.back().message_end = arena_.size();
            }
        }
        sort_by_offset(0);
        derive_ends(0, input, kind);
        out.clear();
        position_tracker positions(input);
        const std::string_view arena = arena_;
        order_.clear();
        for (const pending_diagnostic& p : pending_) {
            const line_column lc = positions.at(p.offset);
            diagnostic d{p.code, p.level, arena.substr(p.path_begin, p.path_end - p.path_begin), p.offset,
                         lc.line, lc.column, arena.substr(p.message_begin, p.message_end - p.message_begin)};
            d.end_offset = p.end;
            if (p.end - p.offset <= short_span || p.offset > input.size()) {
                // Walked from the start with a copy of the tracker: a few bytes.
                position_tracker span = positions;
                const line_column end = span.at(p.end);
                d.end_line = end.line;
                d.end_column = end.column;
            } else {
                order_.push_back(out.size()); // positioned below
            }
            out.push_back(d);
        }
        // The ends of long spans, positioned in one more walk in the order of their offsets (so
        // spans that overlap, however long, cost one walk).
        if (order_.empty()) return;
        std::sort(order_.begin(), order_.end(), [&out](std::size_t a, std::size_t b) {
            return out[a].end_offset < out[b].end_offset || (out[a].end_offset == out[b].end_offset && a < b);
        });
        position_tracker ends(input);
        for (const std::size_t i : order_) {
            const line_column lc = ends.at(out[i].end_offset);
            out[i].end_line = lc.line;
            out[i].end_column = lc.column;
        }
    }

private:
    struct pending_diagnostic {
        diagnostic_code code;
        severity level;
        std::size_t offset;
        std::size_t end;
        std::size_t path_begin, path_end, message_begin, message_end;
    };

    /// Insertion sort of the diagnostics from `first` on: stable, allocation-free, and linear for
    /// the nearly sorted order checks produce. When the order is far from sorted (interleaved
    /// findings of two passes, with the cap on kept diagnostics raised), it hands over to a
    /// merge sort once it has moved a few times as many diagnostics as there are: never quadratic.
    void sort_by_offset(std::size_t first) {
        const std::size_t count = pending_.size() - first;
        std::size_t budget = 8 * count + 4096;
        for (std::size_t i = first + 1; i < pending_.size(); ++i) {
            const pending_diagnostic item = pending_[i];
            std::size_t j = i;
            while (j > first && pending_[j - 1].offset > item.offset) {
                pending_[j] = pending_[j - 1];
                --j;
                if (--budget == 0) {
                    pending_[j] = item; // [first, i] stays a permutation, sorted but for item
                    std::stable_sort(pending_.begin() + static_cast<std::ptrdiff_t>(first), pending_.end(),
                                     [](const pending_diagnostic& a, const pending_diagnostic& b) { return a.offset < b.offset; });
                    return;
                }
            }
            pending_[j] = item;
        }
    }

    /// Clamps every span from `first` on to `text` and derives the ends not given. The
    /// diagnostics are sorted by offset, so one forward walk serves them all (text_span.hpp).
    void derive_ends(std::size_t first, std::string_view text, text_kind kind) {
        span_deriver spans(text, kind);
        for (std::size_t i = first; i < pending_.size(); ++i) {
            pending_diagnostic& p = pending_[i];
            // An offset past the text (an app context's findings index its own values) keeps an
            // empty span there.
            if (p.end == derived_end) p.end = p.offset <= text.size() ? spans.end_at(p.offset) : p.offset;
            if (p.end < p.offset) p.end = p.offset;
            else if (p.offset <= text.size() && p.end > text.size()) p.end = text.size();
        }
    }

    bool collect_ = true;
    std::size_t max_kept_ = 0;
    const diagnostic_policy* policy_ = nullptr;
    std::size_t errors_ = 0;
    std::size_t warnings_ = 0;
    std::size_t dropped_ = 0;
    std::string arena_;
    std::vector<pending_diagnostic> pending_;
    std::vector<std::size_t> order_;
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
#include <cstdint>
#include <string>
#include <string_view>

// ---- appnotify/link_policy.hpp ----
// appnotify: the one link policy. Every link the library renders or checks (markdown links,
// URL actions, icon URLs) is classified here; only the kinds below are ever emitted as links.
#ifndef APPNOTIFY_LINK_POLICY_HPP
#define APPNOTIFY_LINK_POLICY_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>


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
    unclear_host,      // https:\\evil, https://org\@evil, https://user@host, https:host: readers disagree on the host
};

[[nodiscard]] constexpr std::string_view to_string(link_kind kind) noexcept {
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

[[nodiscard]] constexpr std::string_view to_string(link_refusal refusal) noexcept {
    switch (refusal) {
    case link_refusal::none: return "allowed";
    case link_refusal::empty: return "the link is empty";
    case link_refusal::dangerous_scheme: return "the scheme can run code or read local files";
    case link_refusal::unknown_scheme: return "only http, https, mailto and tel links are allowed";
    case link_refusal::protocol_relative: return "a link starting with // leaves the app for another host";
    case link_refusal::relative_path:
        return "a relative path has no meaning outside the page it was written for; start it with / or ?";
    case link_refusal::unclear_host:
        return "browsers can read another host than the one it seems to name: write http:// or https://, the host "
               "and '/', with no backslash and no user name";
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

/// Where an http or https link, whose scheme ends with the ':' at `colon`, writes its host in a
/// way that URL parsers read differently, or `npos` when it is written plainly as `//host`: the
/// position of what stands where one of the two slashes belongs (without them, a browser takes
/// the host from the page the link is on), of a backslash among the slashes or ending the
/// authority (browsers read it as '/'; escaped as %5C it becomes part of a user name), or of an
/// '@' in the authority (the host is what follows it, not the name a reader sees first).
constexpr std::size_t unclear_authority(std::string_view link, std::size_t colon) noexcept {
    std::size_t i = colon + 1;
    for (int slash = 0; slash < 2; ++slash) {
        i = skip_url_tabs(link, i);
        if (i >= link.size() || link[i] != '/') return i < link.size() ? i : colon;
        ++i;
    }
    while (i < link.size() && (link[i] == '/' || link[i] == '\\' || link[i] == '\t' || link[i] == '\n' || link[i] == '\r')) {
        if (link[i] == '\\') return i;
        ++i;
    }
    for (; i < link.size(); ++i) {
        const char c = link[i];
        if (c == '\\' || c == '@') return i;
        if (c == '/' || c == '?' || c == '#') break;
    }
    return std::string_view::npos;
}

/// The bytes of a link's start that the decoding rounds of `decode_link_lead` look at.
inline constexpr std::size_t scheme_window = 256;

/// The leading part of a link as `check_link` reads its kind from it, written to `lead`; returns
/// its length.
constexpr std::size_t decode_link_lead(std::string_view destination, char (&lead)[64]) noexcept {
    // Decode the leading part repeatedly (%26%2358%3B is "&#58;" is ":"), keeping what matters to
    // the scheme: letters, digits, '+', '-', '.', and the first ':' or '/' '\' '?' '#'.
    std::size_t n = 0;
    {
        std::string_view text = destination;
        char buffer[2][scheme_window] = {};
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
                    const utf8_decoded d = decode_utf8(text, i);
                    c = d.error == utf8_error::none ? d.code_point : 0x80;
                    i += d.length;
                } else {
                    c = decode_disguised(text, i);
                    if (i - before != 1 || c != static_cast<unsigned char>(text[before])) changed = true;
                }
                if (is_ignorable_in_scheme(c)) {
                    changed = true;
                    continue;
                }
                buffer[which][out++] = c < 0x80 ? static_cast<char>(c) : static_cast<char>(0x80); // non-ASCII marker
                // What decides the kind is all here once the link starts with '?' or '#', or a
                // separator that no escape can be part of has come after two characters: the
                // rest of the link need not be decoded.
                const char last = buffer[which][out - 1];
                if (out >= 2 && (buffer[which][0] == '?' || buffer[which][0] == '#' || last == ':' || last == '/' ||
                                 last == '\\' || last == '?'))
                    break;
            }
            text = std::string_view(buffer[which], out);
            which ^= 1;
            if (!changed) break;
        }
        for (std::size_t i = 0; i < text.size() && n < sizeof lead; ++i) {
            const char c = text[i];
            if (is_ignorable_in_scheme(static_cast<unsigned char>(c))) {
                // Whitespace before anything else is stripped; inside a would-be scheme it is
                // removed the way old browsers did, which is what attackers rely on.
                continue;
            }
            lead[n++] = c;
        }
    }
    return n;
}

/// The length of the leading part of `destination` when it is written plainly (printable ASCII,
/// without '%' or '&', up to where `decode_link_lead` stops looking): then decoding changes
/// nothing, and the leading part is the link's first bytes (at most 64 of them). `npos` when it is
/// not plain, and must be decoded.
constexpr std::size_t plain_link_lead(std::string_view destination) noexcept {
    std::size_t out = 0;
    while (out < destination.size() && out < scheme_window) {
        const char c = destination[out];
        const auto b = static_cast<unsigned char>(c);
        if (b <= 0x20 || b >= 0x7F || c == '%' || c == '&') return std::string_view::npos;
        ++out;
        // As decode_link_lead: the kind is decided once a separator no escape can be part of has come.
        if (out >= 2 && (destination[0] == '?' || destination[0] == '#' || c == ':' || c == '/' || c == '\\' || c == '?'))
            break;
    }
    return out < 64 ? out : 64;
}

} // namespace detail

/// Classifies a link destination (the text of a JSON string or a markdown destination after its
/// own unescaping). Scheme detection sees through case, leading whitespace and control
/// characters, percent-encoding and HTML character references, repeatedly, so that
/// `JaVaScRiPt:`, ` \x01javascript:`, `java&#x09;script:`, `javascript&colon;` and
/// `javascript%3A` are all refused. The kind of an allowed link is then read from the text itself,
/// as a browser reads it: `%3Fpagetype=...` or `&#104;ttps://...` are relative paths, not an
/// app-relative or an https link, and are refused.
[[nodiscard]] constexpr link_check check_link(std::string_view destination) noexcept {
    link_check r;
    // Decode the leading part repeatedly (%26%2358%3B is "&#58;" is ":"), keeping what matters to
    // the scheme, unless it is written plainly (as nearly every link is).
    char lead[64] = {};
    const std::size_t plain = detail::plain_link_lead(destination);
    const std::string_view head = plain != std::string_view::npos
                                      ? destination.substr(0, plain)
                                      : std::string_view(lead, detail::decode_link_lead(destination, lead));
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
            if (!(detail::raw_starts_with(destination, r.offset, scheme) && after < destination.size() &&
                  destination[after] == ':'))
                r.refusal = link_refusal::relative_path;
            else if ((scheme == "http" || scheme == "https") &&
                     detail::unclear_authority(destination, after) != std::string_view::npos)
                r.refusal = link_refusal::unclear_host;
            else
                r.kind = link_kind::absolute;
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
// URL"; and the pages a side pane opens (the page inputs of Xrm.Navigation.navigateTo), with the
// fields each reads and the main.aspx URL it opens as.
#ifndef APPNOTIFY_DETAIL_PAGE_RULES_HPP
#define APPNOTIFY_DETAIL_PAGE_RULES_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

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

/// A value of an enumeration and the name it is written with. Each enumeration below has one
/// table of these, in the order of its values: `to_string`, the checkers (which read the names
/// from payloads and list them in messages) and the converters all read that one table.
template <typename Enum>
struct named_value {
    Enum value;
    std::string_view name;
};

/// The place of `value` in `table`, or N when the table does not hold it.
template <typename Enum, std::size_t N>
constexpr std::size_t position_in(const named_value<Enum> (&table)[N], Enum value) noexcept {
    std::size_t i = 0;
    while (i < N && table[i].value != value) ++i;
    return i;
}

/// The name of `value` in `table`, or `otherwise` when the table does not hold it.
template <typename Enum, std::size_t N>
constexpr std::string_view name_in(const named_value<Enum> (&table)[N], Enum value, std::string_view otherwise) noexcept {
    const std::size_t i = position_in(table, value);
    return i < N ? table[i].name : otherwise;
}

/// The option sets, with the display names Dataverse gives their values ("Info", "Timed", "High"...).
inline constexpr named_value<icon_type> icon_type_options[] = {
    {icon_type::info, "Info"},       {icon_type::success, "Success"}, {icon_type::failure, "Failure"},
    {icon_type::warning, "Warning"}, {icon_type::mention, "Mention"}, {icon_type::custom, "Custom"},
};
inline constexpr named_value<toast_type> toast_type_options[] = {{toast_type::timed, "Timed"}, {toast_type::hidden, "Hidden"}};
inline constexpr named_value<priority> priority_options[] = {{priority::normal, "Normal"}, {priority::high, "High"}};

[[nodiscard]] constexpr std::string_view to_string(icon_type value) noexcept {
    return name_in(icon_type_options, value, "Unknown");
}
[[nodiscard]] constexpr std::string_view to_string(toast_type value) noexcept {
    return name_in(toast_type_options, value, "Timed");
}
[[nodiscard]] constexpr std::string_view to_string(priority value) noexcept {
    return name_in(priority_options, value, "Normal");
}

using string_list = list_view<std::string_view>;

enum class action_type : std::uint8_t { url, side_pane, teams_chat };

/// The `type` of an action's data.
inline constexpr named_value<action_type> action_type_names[] = {
    {action_type::url, "url"}, {action_type::side_pane, "sidepane"}, {action_type::teams_chat, "teamsChat"}};

[[nodiscard]] constexpr std::string_view to_string(action_type value) noexcept {
    return name_in(action_type_names, value, "unknown");
}

/// Where a URL action opens: `dialog`, `inline` (the default: the current page) or `newWindow`.
enum class navigation_target : std::uint8_t { current_page, dialog, new_window };

/// The `navigationTarget` of a URL action.
inline constexpr named_value<navigation_target> navigation_target_names[] = {
    {navigation_target::current_page, "inline"}, {navigation_target::dialog, "dialog"},
    {navigation_target::new_window, "newWindow"}};

[[nodiscard]] constexpr std::string_view to_string(navigation_target value) noexcept {
    return name_in(navigation_target_names, value, "inline");
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

/// The `pageType` of a side pane's page (Xrm.Navigation.navigateTo). What each page reads and
/// the main.aspx URL it opens as are in detail/page_rules.hpp.
inline constexpr named_value<page_type> page_type_names[] = {
    {page_type::entityrecord, "entityrecord"}, {page_type::entitylist, "entitylist"},
    {page_type::dashboard, "dashboard"},       {page_type::webresource, "webresource"},
    {page_type::custom, "custom"},             {page_type::generative, "generative"},
};

[[nodiscard]] constexpr std::string_view to_string(page_type value) noexcept {
    return name_in(page_type_names, value, "unknown");
}

enum class view_type : std::uint8_t { unspecified, savedquery, userquery };

/// The `viewType` of an entitylist page.
inline constexpr named_value<view_type> view_type_names[] = {{view_type::savedquery, "savedquery"},
                                                            {view_type::userquery, "userquery"}};

/// "savedquery", "userquery", or "" when unspecified.
[[nodiscard]] constexpr std::string_view to_string(view_type value) noexcept {
    return name_in(view_type_names, value, "");
}

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

/// One action button of a notification. The part its `type` names is set; the others are null
/// (all are null when the action's data could not be read). Only the part an action uses is
/// stored, so a payload of many actions costs memory in proportion to what it says.
struct action {
    std::string_view title;
    action_type type = action_type::url;
    const url_action* url = nullptr;
    const side_pane_action* side_pane = nullptr;
    const teams_chat_action* teams_chat = nullptr;
};

using action_list = list_view<action>;

/// `OverrideContent`: markdown title and body that replace the plain ones, and a custom icon.
struct content_override {
    std::optional<std::string_view> title;
    std::optional<std::string_view> body;
    std::optional<std::string_view> icon_url;
};

/// A key and value a push notification passes to the app it opens (`params`), read in the app
/// with Param("key").
struct push_parameter {
    std::string_view key;
    std::string_view value;
};

/// What a push notification opens in a model-driven app: a form (one record) or a view.
enum class push_target : std::uint8_t { unspecified, form, view };

/// The flow's "Form or view" (`formOrView`).
inline constexpr named_value<push_target> push_target_names[] = {{push_target::form, "form"}, {push_target::view, "view"}};

[[nodiscard]] constexpr std::string_view to_string(push_target value) noexcept {
    return name_in(push_target_names, value, "");
}

/// What only a Power Apps push notification (the Notification connector's SendPushNotification,
/// V2 in flows) carries. Its `message` is the notification's `title`.
struct push_content {
    /// Email addresses or Microsoft Entra object ids of users or security groups.
    string_list recipients;
    std::optional<bool> open_app;
    list_view<push_parameter> params;
    /// True when `params` was written as the rows of a table (`[{"key": ..., "value": ...}]`).
    bool params_as_table = false;
    /// The flow's "Your app": an app id or name (`appIdentifier` of the object form).
    std::string_view app;
    /// The flow's "Entity", "Form or view" and "Record ID".
    std::string_view entity;
    push_target target = push_target::unspecified;
    std::string_view record_id;
};

/// Platforms a Graph notification targets (`targetPolicy.platformTypes`), as bits.
enum class graph_platform : std::uint8_t { windows = 1, ios = 2, android = 4, web_push = 8 };

[[nodiscard]] constexpr std::string_view to_string(graph_platform value) noexcept {
    switch (value) {
    case graph_platform::windows: return "windows";
    case graph_platform::ios: return "ios";
    case graph_platform::android: return "android";
    case graph_platform::web_push: return "webpush";
    }
    return "";
}

/// `priority` of a Graph notification; the model's `priority` is High for High.
enum class graph_priority : std::uint8_t { unspecified, none, high, low };

/// The `priority` of a Graph notification, as the API documents it (matched ignoring case).
inline constexpr named_value<graph_priority> graph_priority_names[] = {
    {graph_priority::none, "None"}, {graph_priority::high, "High"}, {graph_priority::low, "Low"}};

[[nodiscard]] constexpr std::string_view to_string(graph_priority value) noexcept {
    return name_in(graph_priority_names, value, "");
}

/// What only a Microsoft Graph notification (POST /me/notifications) carries. Its
/// `visualContent` title and body are the notification's `title` and `body`.
struct graph_content {
    std::string_view target_host_name;
    std::string_view app_notification_id;
    /// ISO 8601 with an offset, as written.
    std::optional<std::string_view> expiration_date_time;
    std::optional<std::string_view> group_name;
    bool has_visual_content = false;
    std::optional<std::string_view> raw_content;
    /// Seconds the notification stays in each platform's viewer.
    std::optional<std::int32_t> display_time_to_live;
    /// A bit set of graph_platform; 0 when `targetPolicy` names none (every platform).
    std::uint8_t platforms = 0;
    graph_priority priority = graph_priority::unspecified;

    constexpr bool targets(graph_platform p) const noexcept { return (platforms & static_cast<std::uint8_t>(p)) != 0; }
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
    /// Set when the payload is a push notification or a Graph notification (see dialect.hpp).
    std::optional<push_content> push;
    std::optional<graph_content> graph;
};

} // namespace appnotify

#endif // APPNOTIFY_NOTIFICATION_HPP

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

/// `text` equals `letters` ASCII case-insensitively, where `letters` holds only ASCII letters (as
/// every name of the tables below): then a byte matches exactly when it equals the letter once
/// its 0x20 bit (the case bit of a letter) is set, which is done to 8 bytes at once at run time.
constexpr bool equals_letters_ignoring_case(std::string_view text, std::string_view letters) noexcept {
    const std::size_t n = text.size();
    if (n != letters.size()) return false;
    std::size_t i = 0;
#if defined(__GNUC__) || defined(__clang__) || defined(_MSC_VER)
    if (!__builtin_is_constant_evaluated() && n >= 8) {
        const auto word = [](const char* p) {
            std::uint64_t w;
            std::memcpy(&w, p, sizeof w);
            return w | 0x2020202020202020u;
        };
        for (; i + 8 < n; i += 8)
            if (word(text.data() + i) != word(letters.data() + i)) return false;
        return word(text.data() + n - 8) == word(letters.data() + n - 8); // the last 8, overlapping
    }
#endif
    for (; i < n; ++i)
        if ((text[i] | 0x20) != (letters[i] | 0x20)) return false;
    return true;
}

constexpr bool is_ascii_letters(std::string_view text) noexcept {
    for (const char c : text)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
    return !text.empty();
}

/// Names looked up by length and first letter: for each (length, lowercase first letter), the
/// set of table rows (bit i for row i) whose name has them. Only those rows can equal a name
/// ASCII case-insensitively, so a lookup compares one or two names instead of every row. Built
/// at compile time from the table (`names`), which stays the one source of the names.
template <std::size_t Count>
struct name_index {
    static_assert(Count <= 32, "one bit per name in a 32-bit set");
    static constexpr std::size_t longest = 16;
    std::uint32_t rows[longest + 1][26] = {};
    bool complete = true; // every name is in the index, and is letters only

    template <typename Names>
    constexpr explicit name_index(const Names& names) noexcept {
        for (std::size_t i = 0; i < Count; ++i) {
            const std::string_view name = names(i);
            // A name too long, or not all letters, would be missed (checked below).
            if (name.size() > longest || !is_ascii_letters(name)) {
                complete = false;
                continue;
            }
            rows[name.size()][ascii_lower(name[0]) - 'a'] |= std::uint32_t(1) << i;
        }
    }

    /// The rows that may name `name` (bit i for row i); 0 when none can.
    constexpr std::uint32_t candidates(std::string_view name) const noexcept {
        if (name.empty() || name.size() > longest) return 0;
        const char first = ascii_lower(name[0]);
        return first >= 'a' && first <= 'z' ? rows[name.size()][first - 'a'] : 0;
    }
};

/// The lowest row of a non-empty set.
constexpr std::size_t lowest_row(std::uint32_t rows) noexcept {
#if defined(__GNUC__) || defined(__clang__)
    return static_cast<std::size_t>(__builtin_ctz(rows));
#else
    std::size_t i = 0;
    while ((rows & 1u) == 0) {
        rows >>= 1;
        ++i;
    }
    return i;
#endif
}

inline constexpr name_index<param_rule_count> param_rule_names{[](std::size_t i) { return param_rules[i].name; }};
inline constexpr name_index<app_page_count> app_page_index{[](std::size_t i) { return app_page_names[i]; }};
static_assert(param_rule_names.complete && app_page_index.complete, "every name is letters, and short");

/// For each rule, the next row with the same name (as "id", read differently by a dashboard and
/// a generative page), or `no_rule`.
struct same_name_rows {
    std::size_t next[param_rule_count] = {};
    constexpr same_name_rows() noexcept {
        for (std::size_t i = 0; i < param_rule_count; ++i) {
            next[i] = no_rule;
            for (std::size_t j = i + 1; j < param_rule_count; ++j)
                if (equals_ignoring_case(param_rules[i].name, param_rules[j].name)) {
                    next[i] = j;
                    break;
                }
        }
    }
};
inline constexpr same_name_rows param_rules_named_alike{};

/// For each page, the rows it cannot do without (bit i for row i), in table order.
struct required_rows_by_page {
    std::uint32_t rows[app_page_count] = {};
    constexpr required_rows_by_page() noexcept {
        for (std::size_t page = 0; page < app_page_count; ++page)
            for (std::size_t i = 0; i < param_rule_count; ++i)
                if ((param_rules[i].required & (1u << page)) != 0) rows[page] |= std::uint32_t(1) << i;
    }
};
inline constexpr required_rows_by_page required_param_rows{};

/// Any rule for `name`, whatever the page: the first row with that name, or `no_rule`.
constexpr std::size_t find_any_param_rule(std::string_view name) noexcept {
    for (std::uint32_t rows = param_rule_names.candidates(name); rows != 0; rows &= rows - 1) {
        const std::size_t i = lowest_row(rows);
        if (equals_letters_ignoring_case(name, param_rules[i].name)) return i;
    }
    return no_rule;
}

/// The rule `page` (a page bit, or `no_page`) reads among the rows named as row `any` (the answer
/// of find_any_param_rule), or `no_rule`.
constexpr std::size_t param_rule_on(std::size_t any, page_set page) noexcept {
    for (std::size_t i = any; i != no_rule; i = param_rules_named_alike.next[i])
        if ((param_rules[i].pages & page) != 0) return i;
    return no_rule;
}

/// The rule for parameter `name` on `page` (a page bit, or `no_page`), or `no_rule`: the first
/// row that page reads with that name.
constexpr std::size_t find_param_rule(std::string_view name, page_set page) noexcept {
    return param_rule_on(find_any_param_rule(name), page);
}

/// The page `value` names (ASCII case-insensitively), or `app_page_count`.
constexpr std::size_t find_app_page(std::string_view value) noexcept {
    for (std::uint32_t rows = app_page_index.candidates(value); rows != 0; rows &= rows - 1) {
        const std::size_t i = lowest_row(rows);
        if (equals_letters_ignoring_case(value, app_page_names[i])) return i;
    }
    return app_page_count;
}

/// The first page in a set, for messages ("a parameter of entitylist").
constexpr std::string_view first_page_name(page_set set) noexcept {
    for (std::size_t i = 0; i < app_page_count; ++i)
        if ((set & (1u << i)) != 0) return app_page_names[i];
    return "no page";
}

// --- the pages of a side pane ---------------------------------------------------------------

/// The fields of a side pane's page (navigateTo's pageInput), in the order of `page_field_names`.
enum class page_field : std::uint8_t {
    entity_name, entity_id, form_id, view_id, view_type, dashboard_id, webresource_name, name, page_id, record_id,
    data, tab_name, create_from, relationship, process_id, process_instance_id, selected_stage_id, cross_entity,
    offline_sync,
};
inline constexpr std::size_t page_field_count = 19;
inline constexpr std::string_view page_field_names[page_field_count] = {
    "entityName", "entityId", "formId", "viewId", "viewType", "dashboardId", "webresourceName",
    "name", "pageId", "recordId", "data", "tabName", "createFromEntity", "relationship", "processId",
    "processInstanceId", "selectedStageId", "isCrossEntityNavigate", "isOfflineSyncError",
};

using page_field_set = std::uint32_t;
constexpr page_field_set field_bit(page_field f) noexcept { return page_field_set(1) << static_cast<unsigned>(f); }
template <typename... Fields>
constexpr page_field_set fields(Fields... f) noexcept {
    return (field_bit(f) | ... | 0u);
}

/// A main.aspx parameter set from a field of the page.
struct page_url_parameter {
    std::string_view name;
    page_field field;
};

/// A page a side pane can open: the fields navigateTo reads for it, the one it cannot do
/// without, and the main.aspx URL that opens the same page (its pagetype, then its parameters in
/// order; a field left empty is left out).
struct side_pane_page {
    page_type type;
    page_field_set reads;
    page_field required;
    app_page url_page;
    page_url_parameter parameters[3];
    std::size_t parameter_count;
};

/// One row per page_type, in the order of its values (page_type_names in notification.hpp).
inline constexpr side_pane_page side_pane_pages[] = {
    {page_type::entityrecord,
     fields(page_field::entity_name, page_field::entity_id, page_field::form_id, page_field::data, page_field::tab_name,
            page_field::create_from, page_field::relationship, page_field::process_id,
            page_field::process_instance_id, page_field::selected_stage_id, page_field::cross_entity,
            page_field::offline_sync),
     page_field::entity_name, app_page::entityrecord,
     {{"etn", page_field::entity_name}, {"id", page_field::entity_id}, {"formid", page_field::form_id}}, 3},
    {page_type::entitylist, fields(page_field::entity_name, page_field::view_id, page_field::view_type),
     page_field::entity_name, app_page::entitylist,
     {{"etn", page_field::entity_name}, {"viewid", page_field::view_id}, {"viewtype", page_field::view_type}}, 3},
    {page_type::dashboard, fields(page_field::dashboard_id), page_field::dashboard_id, app_page::dashboard,
     {{"id", page_field::dashboard_id}}, 1},
    {page_type::webresource, fields(page_field::webresource_name, page_field::data), page_field::webresource_name,
     app_page::webresource, {{"webresourceName", page_field::webresource_name}, {"data", page_field::data}}, 2},
    {page_type::custom, fields(page_field::name, page_field::entity_name, page_field::record_id), page_field::name,
     app_page::custom,
     {{"name", page_field::name}, {"entityName", page_field::entity_name}, {"recordId", page_field::record_id}}, 3},
    {page_type::generative, fields(page_field::page_id, page_field::entity_name, page_field::record_id, page_field::data),
     page_field::page_id, app_page::genux, {{"id", page_field::page_id}}, 1},
};

/// The row of `type`, or null for a value outside the enumeration.
constexpr const side_pane_page* side_pane_page_of(page_type type) noexcept {
    for (const side_pane_page& page : side_pane_pages)
        if (page.type == type) return &page;
    return nullptr;
}

/// The text of field `f` of `page` as a main.aspx parameter holds it (viewType as 1039 or 4230);
/// empty when unset or not text.
constexpr std::string_view page_field_value(const page_target& page, page_field f) noexcept {
    switch (f) {
    case page_field::entity_name: return page.entity_name;
    case page_field::entity_id: return page.entity_id;
    case page_field::form_id: return page.form_id;
    case page_field::view_id: return page.view_id;
    case page_field::view_type:
        return page.view_type == view_type::savedquery  ? viewtype_choices[0]
               : page.view_type == view_type::userquery ? viewtype_choices[1]
                                                        : std::string_view{};
    case page_field::dashboard_id: return page.dashboard_id;
    case page_field::webresource_name: return page.webresource_name;
    case page_field::name: return page.name;
    case page_field::page_id: return page.page_id;
    case page_field::record_id: return page.record_id;
    case page_field::data: return page.data;
    default: return {};
    }
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
// Query strings: splitting `a=b&c=d` into parameters, percent-decoding and -encoding, and mapping
// positions in decoded text back to the raw text.
#ifndef APPNOTIFY_DETAIL_URL_QUERY_HPP
#define APPNOTIFY_DETAIL_URL_QUERY_HPP

#include <cstddef>
#include <cstdint>
#include <initializer_list>
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

    /// `add` for the span [at, at + length) of the link, for findings that know their extent
    /// better than the span derived from the text (see text_span.hpp).
    template <typename... Pieces>
    void add_span(diagnostic_code code, severity level, std::size_t at, std::size_t length, const Pieces&... message) {
        std::string* out = begin(code, level, at);
        if (out == nullptr) return;
        set_end(at + length);
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
    /// Where the span of the diagnostic just begun ends, a position in the link (exclusive). A
    /// reporter that cannot map it leaves the span to be derived.
    virtual void set_end(std::size_t) {}
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
// ---- appnotify/detail/page_query.hpp ----
// The parameters of a page link's query as the link checker goes over them: each with its
// decoded name and the first rule of page_rules.hpp with that name. The checker goes over them
// up to three times (the page type first, which decides what the others mean, then every
// parameter, then the app's), so a query is read once into a small table; a query with more
// parameters than the table holds is read again each time instead, with the same results.
#ifndef APPNOTIFY_DETAIL_PAGE_QUERY_HPP
#define APPNOTIFY_DETAIL_PAGE_QUERY_HPP

#include <cstddef>
#include <new>
#include <string_view>


namespace appnotify::detail {

/// One parameter of a page link's query.
struct page_query_param {
    query_param raw;              // as written, with its offsets
    std::string_view name;        // decoded (as decode_name gives it)
    std::size_t any_rule = no_rule; // find_any_param_rule(name)
};

/// A query read once into a table of up to `capacity` parameters; a longer query is read again
/// for each walk instead. Either way the walk calls its function from one place, so the checks
/// it runs are compiled once.
class page_query {
public:
    static constexpr std::size_t capacity = 16;

    page_query() noexcept {} // the slots are written by read(), never read before

    /// Reads `query` (offsets from `base`); false when it has more than `capacity` parameters,
    /// which each walk then reads again.
    bool read(std::string_view query, std::size_t base) noexcept {
        query_ = query;
        base_ = base;
        count_ = 0;
        query_param p;
        for (query_reader reader(query, base); reader.next(p);) {
            if (count_ == capacity) {
                count_ = capacity + 1;
                return false;
            }
            const std::string_view name = param_name(p, buffers_[count_]);
            ::new (static_cast<void*>(slots_ + count_ * sizeof(page_query_param)))
                page_query_param{p, name, find_any_param_rule(name)};
            ++count_;
        }
        return true;
    }

    /// Calls `f(param)` for each parameter in order while it returns true.
    template <typename F>
    void for_each(F&& f) const {
        const bool table = count_ <= capacity;
        query_reader reader(query_, base_);
        char buffer[48];
        page_query_param read_again;
        for (std::size_t i = 0;; ++i) {
            const page_query_param* q = nullptr;
            if (table) {
                if (i == count_) return;
                q = std::launder(reinterpret_cast<const page_query_param*>(slots_ + i * sizeof(page_query_param)));
            } else {
                if (!reader.next(read_again.raw)) return;
                read_again.name = param_name(read_again.raw, buffer);
                read_again.any_rule = find_any_param_rule(read_again.name);
                q = &read_again;
            }
            if (!f(*q)) return;
        }
    }

private:
    // Raw storage: a link checker reads a table per page link, and zeroing it would cost more
    // than reading the query.
    alignas(page_query_param) unsigned char slots_[capacity * sizeof(page_query_param)];
    char buffers_[capacity][48];
    std::string_view query_;
    std::size_t base_ = 0;
    std::size_t count_ = 0;
};

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_PAGE_QUERY_HPP
// ---- appnotify/detail/text_checks.hpp ----
// Heuristics over notification text: leftover template placeholders, markdown written where
// only plain text is shown, and characters that do not show as themselves.
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

/// The next character at or after `from` that find_markdown_syntax acts on (a line end, '[',
/// ']', '*' or '_'), or `text.size()`: plain text is passed 16 bytes a step with SSE2 (swar.hpp).
inline std::size_t next_markdown_character(std::string_view text, std::size_t from) noexcept {
#if APPNOTIFY_SIMD_SSE2
    const auto mask16 = [](swar::sse2::block v) {
        return swar::sse2::mask(swar::sse2::equal_any(v, '\n', '\r', '[', ']', '*', '_'));
    };
#else
    const auto mask16 = [](int) { return 0u; };
#endif
    const auto flags = [](swar::word w) { return swar::equal_any(w, '\n', '\r', '[', ']', '*', '_'); };
    const auto acts_on = [](char c) { return c == '\n' || c == '\r' || c == '[' || c == ']' || c == '*' || c == '_'; };
    return swar::find_wide(text.data(), from, text.size(), text.size(), mask16, flags, acts_on);
}

/// Finds markdown syntax the notification center would show literally in a plain Title or Body.
inline text_span find_markdown_syntax(std::string_view text) noexcept {
    // Each search below can fail at most once per kind (a later search covers less text), and
    // the last '[' is tracked while scanning, so the whole check stays linear.
    bool line_start = true;
    bool no_closing_paren = false;
    bool no_closing_run[2] = {false, false};
    std::size_t last_open_bracket = std::string_view::npos;
    // Inside a line, a character next_markdown_character passes over changes nothing.
    for (std::size_t i = 0; i < text.size(); i = line_start ? i + 1 : next_markdown_character(text, i + 1)) {
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

/// Characters that do not show as themselves (foreign_characters.hpp): controls (C0, DEL, C1),
/// line separators, and the invisible format characters that reorder text (bidi marks,
/// embeddings, overrides and isolates), join or split it unseen (zero-width characters, the soft
/// hyphen, word joiners, invisible operators), or hide data (interlinear annotations, tags).
constexpr bool is_hidden_character(char32_t cp) noexcept { return is_foreign_character(cp); }

/// The first hidden character of `text` (valid UTF-8), or none.
constexpr text_span find_hidden_character(std::string_view text) noexcept {
    for (std::size_t i = 0; i < text.size();) {
        const auto b = static_cast<unsigned char>(text[i]);
        if (b >= 0x20 && b < 0x7F) {
            ++i;
            continue;
        }
        const utf8_decoded d = decode_utf8(text, i);
        if (d.error == utf8_error::none && is_hidden_character(d.code_point)) return {i, d.length};
        i += d.length;
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
        // The query is most of a page link: memchr finds its end, not a loop over its bytes.
        i = link.substr(0, r.end).find('#', i);
        if (i == std::string_view::npos) i = r.end;
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

/// A link's host (as written, between the authority's user name and port) compared with a host
/// as a browser reads the link: tabs and newlines removed, percent-escapes decoded, then as
/// `same_host` does.
constexpr bool same_host_as_read(std::string_view written, std::string_view host) noexcept {
    char decoded[256] = {};
    std::size_t n = 0;
    for (std::size_t i = 0; i < written.size();) {
        if (written[i] == '\t' || written[i] == '\n' || written[i] == '\r') {
            ++i;
            continue;
        }
        if (n == sizeof decoded) return false; // longer than any host name
        if (written[i] == '%' && is_percent_escape(written, i)) {
            decoded[n++] = static_cast<char>(hex_value(written[i + 1]) * 16 + hex_value(written[i + 2]));
            i += 3;
        } else {
            decoded[n++] = written[i++];
        }
    }
    return same_host(std::string_view(decoded, n), host);
}

constexpr bool is_ascii_alnum(char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/// What is wrong with a host name standing alone (a Graph notification's targetHostName).
enum class host_name_problem : std::uint8_t {
    none,
    is_url,             // "https://host/...": a URL where the host alone belongs
    forbidden,          // a character no host can hold (URL delimiters, spaces, controls, invisible characters)
    unusual,            // a character a host name (letters, digits, '-', '.') does not hold, such as '_' or 'é'
    empty_label,        // ".host", "a..b"
    long_label,         // a label over 63 characters
    too_long,           // over 253 characters
};

struct host_name_check {
    host_name_problem problem = host_name_problem::none;
    std::size_t at = 0; // the character, or the start of the label, concerned
    std::size_t length = 0;
};

/// Checks `name` as a host name. What makes it no host at all (WHATWG's forbidden domain code
/// points, C1 controls and invisible format characters) comes first, then what DNS host names do
/// not hold.
constexpr host_name_check check_host_name(std::string_view name) noexcept {
    const std::size_t scheme = name.find("://");
    if (scheme != std::string_view::npos) return {host_name_problem::is_url, 0, scheme + 3};
    host_name_check unusual;
    for (std::size_t i = 0; i < name.size();) {
        const auto b = static_cast<unsigned char>(name[i]);
        if (b < 0x80) {
            const char c = name[i];
            if (b <= 0x20 || b == 0x7F || c == '#' || c == '/' || c == ':' || c == '<' || c == '>' || c == '?' ||
                c == '@' || c == '[' || c == '\\' || c == ']' || c == '^' || c == '|' || c == '%')
                return {host_name_problem::forbidden, i, 1};
            if (!(is_ascii_alnum(c) || c == '-' || c == '.') && unusual.problem == host_name_problem::none)
                unusual = {host_name_problem::unusual, i, 1};
            ++i;
            continue;
        }
        const utf8_decoded d = decode_utf8(name, i);
        if (d.error != utf8_error::none || is_hidden_character(d.code_point)) return {host_name_problem::forbidden, i, d.length};
        if (unusual.problem == host_name_problem::none) unusual = {host_name_problem::unusual, i, d.length};
        i += d.length;
    }
    if (unusual.problem != host_name_problem::none) return unusual;
    std::string_view labels = name;
    if (!labels.empty() && labels.back() == '.') labels.remove_suffix(1); // a fully qualified name
    for (std::size_t begin = 0; begin <= labels.size();) {
        std::size_t end = labels.find('.', begin);
        if (end == std::string_view::npos) end = labels.size();
        if (end == begin) return {host_name_problem::empty_label, begin, 0};
        if (end - begin > 63) return {host_name_problem::long_label, begin, end - begin};
        begin = end + 1;
    }
    if (labels.size() > 253) return {host_name_problem::too_long, 253, labels.size() - 253};
    return {};
}

enum class org_url_problem : std::uint8_t {
    none,
    empty,
    not_http,      // no http:// or https:// in front
    no_host,
    has_userinfo,  // user:password@ before the host
    has_query,     // '?' or '#'
    unsafe_character,
    not_ascii,     // a host or path in Unicode (or bidi controls, look-alikes...)
    invalid_host,  // not a host name, an IPv4 address or a bracketed IPv6 address (*, %00, _...)
    invalid_port,  // not 1 to 65535
    invalid_path,  // a character or an escape a path of the organization does not hold
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
    case org_url_problem::not_ascii:
        return "it holds characters outside ASCII: write an international host name in its xn-- form";
    case org_url_problem::invalid_host:
        return "its host must be a host name (letters, digits, '-' and '.'), an IPv4 address or an IPv6 address in "
               "brackets";
    case org_url_problem::invalid_port: return "its port must be a number from 1 to 65535";
    case org_url_problem::invalid_path:
        return "its path may hold only letters, digits, '-', '.', '_', '~', '/' and escapes of printable characters";
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


/// A host an organization can have, as every reader (browsers, Content-Security-Policy) reads it
/// alike: dot-separated labels of letters, digits and inner hyphens (a final dot allowed), a
/// dotted IPv4 address when the last label is a number, or an IPv6 address in brackets.
constexpr bool is_plain_host(std::string_view host) noexcept {
    if (host.empty()) return false;
    if (host.front() == '[') {
        if (host.size() < 4 || host.back() != ']') return false;
        for (const char c : host.substr(1, host.size() - 2))
            if (!(is_hex_digit(c) || c == ':' || c == '.')) return false;
        return true;
    }
    if (host.back() == '.') host.remove_suffix(1);
    std::size_t labels = 0;
    bool last_numeric = false;
    std::size_t numeric_labels = 0;
    for (std::size_t begin = 0; begin <= host.size(); ++labels) {
        std::size_t end = host.find('.', begin);
        if (end == std::string_view::npos) end = host.size();
        const std::string_view label = host.substr(begin, end - begin);
        if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') return false;
        bool numeric = true;
        for (const char c : label) {
            if (!(is_ascii_alnum(c) || c == '-')) return false;
            numeric = numeric && c >= '0' && c <= '9';
        }
        if (numeric) ++numeric_labels;
        last_numeric = numeric;
        begin = end + 1;
    }
    // Browsers read a host whose last label is a number as an IPv4 address: four numbers to 255.
    if (!last_numeric) return true;
    if (labels != 4 || numeric_labels != 4) return false;
    for (std::size_t begin = 0; begin < host.size();) {
        std::size_t end = host.find('.', begin);
        if (end == std::string_view::npos) end = host.size();
        if (end - begin > 3) return false;
        unsigned value = 0;
        for (std::size_t k = begin; k < end; ++k) value = value * 10 + static_cast<unsigned>(host[k] - '0');
        if (value > 255) return false;
        begin = end + 1;
    }
    return true;
}

/// The path of an organization URL: letters, digits, '-', '.', '_', '~', '/' and percent-escapes
/// of printable ASCII characters.
constexpr bool is_plain_org_path(std::string_view path) noexcept {
    for (std::size_t i = 0; i < path.size(); ++i) {
        const char c = path[i];
        if (is_ascii_alnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') continue;
        if (c != '%' || !is_percent_escape(path, i)) return false;
        const int value = hex_value(path[i + 1]) * 16 + hex_value(path[i + 2]);
        if (value <= 0x20 || value >= 0x7F) return false;
        i += 2;
    }
    return true;
}

/// Reads an organization URL: http(s)://, a plain host (is_plain_host), an optional port from 1 to
/// 65535 and a plain path. Whatever else it holds is refused with the reason, so that what is
/// written out from it (resolved links, a Content-Security-Policy) means what it says.
constexpr org_url parse_org_url(std::string_view text) noexcept {
    org_url r;
    std::size_t b = 0, e = text.size();
    while (b < e && static_cast<unsigned char>(text[b]) <= 0x20) ++b;
    while (e > b && static_cast<unsigned char>(text[e - 1]) <= 0x20) --e;
    text = text.substr(b, e - b);
    if (text.empty()) return r;
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u == 0x7F || c == '"' || c == '\'' || c == '<' || c == '>' || c == '`' || c == '\\') {
            r.problem = org_url_problem::unsafe_character;
            return r;
        }
    }
    for (const char c : text)
        if (static_cast<unsigned char>(c) >= 0x80) {
            r.problem = org_url_problem::not_ascii;
            return r;
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
    std::string_view port;
    if (!r.authority.empty()) {
        const std::size_t close = r.authority.front() == '[' ? r.authority.find(']') : 0;
        const std::size_t colon = r.authority.find(':', close == std::string_view::npos ? r.authority.size() : close);
        r.host = r.authority.substr(0, colon);
        if (colon != std::string_view::npos) port = r.authority.substr(colon + 1);
        if (colon != std::string_view::npos && port.empty()) port = ":"; // "host:" names no port
    }
    if (r.host.empty()) {
        r.problem = org_url_problem::no_host;
        return r;
    }
    std::string_view path = text.substr(i);
    if (path.find('?') != std::string_view::npos || path.find('#') != std::string_view::npos) {
        r.problem = org_url_problem::has_query;
        return r;
    }
    if (!is_plain_host(r.host)) {
        r.problem = org_url_problem::invalid_host;
        return r;
    }
    if (!port.empty()) {
        unsigned value = 0;
        bool digits = port.size() <= 5;
        for (const char c : port) {
            digits = digits && c >= '0' && c <= '9';
            if (digits) value = value * 10 + static_cast<unsigned>(c - '0');
        }
        if (!digits || value == 0 || value > 65535) {
            r.problem = org_url_problem::invalid_port;
            return r;
        }
    }
    if (!is_plain_org_path(path)) {
        r.problem = org_url_problem::invalid_path;
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
                report_.add_span(diagnostic_code::template_placeholder, severity::warning,
                                 layout.begin + placeholder.offset, placeholder.length,
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
        const std::size_t length = layout.end > at ? layout.end - at : 0; // the whole link is refused
        switch (c.refusal) {
        case link_refusal::none:
        case link_refusal::empty:
            report_.add_span(code, severity::error, at, length,
                             "the link is empty: write the address it opens, such as "
                             "?pagetype=entityrecord&etn=<table>&id=<GUID> or https://...");
            return;
        case link_refusal::dangerous_scheme:
            report_.add_span(code, severity::error, at, length, "\"", c.scheme_name(),
                             ":\" links are refused: the scheme can run code or read local files, however it is "
                             "disguised; ",
                             allowed_links);
            return;
        case link_refusal::unknown_scheme:
            report_.add_span(code, severity::error, at, length, "\"", c.scheme_name(), ":\" links are refused: ",
                             allowed_links);
            return;
        case link_refusal::protocol_relative:
            report_.add_span(code, severity::error, at, length,
                             "a link starting with // leaves the app for another host: write https:// and the host "
                             "if that is intended");
            return;
        case link_refusal::unclear_host: return unclear_host(c);
        case link_refusal::relative_path:
            if (!c.scheme_name().empty())
                report_.add_span(code, severity::error, at, length, "the scheme \"", c.scheme_name(),
                                 ":\" is written with escapes or hidden characters, so a browser reads this link as a "
                                 "relative path: write it plainly");
            else
                report_.add_span(code, severity::error, at, length, quoted{link_.substr(at, layout.end - at), 40},
                                 " is a relative path, which means nothing outside the page it was written for: "
                                 "start it with ? (a page of the app), / (a path on the organization's server) or "
                                 "https://");
            return;
        }
    }

    /// An http(s) link whose host readers disagree on (unclear_authority in link_policy.hpp).
    void unclear_host(const link_check& c) {
        const std::size_t colon = raw_index_after(link_, c.offset, c.scheme_name().size());
        const std::size_t at = unclear_authority(link_, colon);
        const diagnostic_code code = diagnostic_code::link_refused;
        if (at >= link_.size() || (link_[at] != '\\' && link_[at] != '@'))
            report_.add(code, severity::error, at < link_.size() ? at : colon, "write two slashes after \"",
                        c.scheme_name(), ":\": without them a browser reads the host from the page the link is "
                        "on, not from the link");
        else if (link_[at] == '\\')
            report_.add(code, severity::error, at, "a backslash before the path: browsers read it as '/', while "
                        "written out as %5C it makes what precedes it a user name, so the link can lead to another "
                        "host than the one it seems to name; write '/'");
        else {
            std::size_t user = colon + 1;
            while (user < at && (link_[user] == '/' || is_url_tab(link_[user]))) ++user;
            report_.add(code, severity::error, at, "the link names a user before its host (",
                        quoted{link_.substr(user, at + 1 - user), 40},
                        "): browsers go to the host after the '@', which readers easily take for the one before "
                        "it; write the link without the user name");
        }
    }

    void check_host(const link_layout& layout) {
        const std::string_view host = link_.substr(layout.host_begin, layout.host_end - layout.host_begin);
        if (host.empty()) {
            report_.add(diagnostic_code::link_invalid_value, severity::error, layout.authority_begin,
                        "the link names no host: write https://<host>/...");
            return;
        }
        check_port(layout);
        if (org_.ok() && !same_host_as_read(host, org_.host))
            report_.add(diagnostic_code::link_other_host, severity::warning, layout.host_begin, "the link goes to ",
                        quoted{host}, ", not to the organization ", quoted{org_.host},
                        ": it leaves the app, and is kept as written");
    }

    /// A port is digits, at most 65535: a browser cannot open a link with any other.
    void check_port(const link_layout& layout) {
        std::size_t i = layout.host_end;
        if (i >= layout.authority_end || link_[i] != ':') return;
        const std::size_t port_at = ++i;
        std::size_t value = 0;
        for (; i < layout.authority_end; ++i) {
            const char c = link_[i];
            if (is_url_tab(c)) continue;
            if (c < '0' || c > '9' || (value = value * 10 + static_cast<std::size_t>(c - '0')) > 65535) {
                report_.add(diagnostic_code::link_invalid_value, severity::error, port_at, "the port ",
                            quoted{link_.substr(port_at, layout.authority_end - port_at), 20},
                            " is not a number from 0 to 65535: a browser cannot open the link");
                return;
            }
        }
    }

    // --- the query of a page link -------------------------------------------------------------

    /// The value of `p` decoded; most values (GUIDs, names, numbers) have nothing to decode, and
    /// are not copied.
    static std::string_view decode_value(const query_param& p, std::string& out) {
        if (p.value_plain) return p.value;
        out.clear();
        percent_decode(p.value, true, out);
        return out;
    }

    /// The rule rows of pagetype, and of appid and appname, which name the link's app (check_app).
    static constexpr std::size_t page_type_rule = find_any_param_rule("pagetype");
    static constexpr std::size_t app_id_rule = find_any_param_rule("appid");
    static constexpr std::size_t app_name_rule = find_any_param_rule("appname");
    static_assert(page_type_rule != no_rule && app_id_rule != no_rule && app_name_rule != no_rule,
                  "page_rules.hpp has pagetype, appid and appname");

    void check_query(const link_layout& layout) {
        const std::size_t begin = layout.query_begin;
        const std::string_view query = link_.substr(begin, layout.query_end - begin);
        // Read once into a table when it fits, which it nearly always does.
        page_query params;
        (void)params.read(query, begin); // a query too long for the table is read again by each walk
        check_parameters(params, begin);
    }

    /// The checks of a query's parameters: for the page type, then for every parameter, then for
    /// the app.
    void check_parameters(const page_query& params, std::size_t begin) {
        // First the page type, which decides what every other parameter means.
        page_set page = no_page;
        bool page_unknown = false;
        bool page_given = false;
        std::size_t page_at = begin;
        params.for_each([&](const page_query_param& q) {
            if (q.any_rule != page_type_rule) return true;
            const query_param& p = q.raw;
            page_at = p.value_offset;
            page_given = true;
            const std::string_view value = decode_value(p, scratch_.decoded);
            const std::size_t index = find_app_page(value);
            if (index < app_page_count) page = page_bit(static_cast<app_page>(index));
            else page_unknown = !value.empty();
            return false;
        });

        std::uint32_t seen = 0; // bit i for rule row i
        std::size_t leak_source = no_rule;
        bool leaked = false;
        std::size_t needs_page_at = no_position;
        std::string_view needs_page_name;
        std::size_t app_id_at = no_position, app_name_at = no_position;
        params.for_each([&](const page_query_param& q) {
            const query_param& p = q.raw;
            const std::string_view name = q.name;
            const std::size_t rule = param_rule_on(q.any_rule, page_unknown ? no_page : page);
            if (rule == no_rule) {
                if (page_unknown) return true; // nothing is known about the parameters of an unknown page
                if (leak_source != no_rule) {
                    if (!leaked) unencoded_data(param_rules[leak_source], p, name, page);
                    leaked = true;
                    return true;
                }
                if (page == no_page && q.any_rule != no_rule) {
                    if (needs_page_at == no_position) {
                        needs_page_at = p.name_offset;
                        needs_page_name = link_.substr(p.name_offset, p.name.size());
                    }
                    return true;
                }
                unknown_parameter(name, q.any_rule, p, page);
                return true;
            }
            const param_rule& r = param_rules[rule];
            if ((seen >> rule) & 1u) {
                report_.add(diagnostic_code::link_repeated_parameter, severity::warning, p.name_offset, quoted{name},
                            " appears more than once: main.aspx reads only one of them, so keep one");
                return true;
            }
            seen |= std::uint32_t(1) << rule;
            if (rule == app_id_rule) app_id_at = p.name_offset;
            if (rule == app_name_rule) app_name_at = p.name_offset;
            check_value(r, p, name, page);
            if (r.kind == param_kind::data || r.kind == param_kind::query) leak_source = rule;
            return true;
        });

        if (needs_page_at != no_position && !page_given)
            report_.add(diagnostic_code::link_missing_parameter, severity::error, needs_page_at, "the link has ",
                        quoted{needs_page_name}, " but no pagetype, so main.aspx opens the app's home page: add "
                        "pagetype=entityrecord (a record), pagetype=entitylist (a view) or the page type meant");
        if (!page_unknown && page != no_page)
            for (std::uint32_t missing = required_param_rows.rows[lowest_row(page)] & ~seen; missing != 0;
                 missing &= missing - 1) {
                const std::size_t i = lowest_row(missing);
                report_.add(diagnostic_code::link_missing_parameter, severity::error, page_at,
                            page_phrase{page}, " needs \"", param_rules[i].name, "\": ", param_rules[i].what);
            }
        check_app(params, app_id_at, app_name_at);
    }

    /// `other` is the first rule with that name (find_any_param_rule), which `page` does not read.
    void unknown_parameter(std::string_view name, std::size_t other, const query_param& p, page_set page) {
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

    void check_app(const page_query& params, std::size_t app_id_at, std::size_t app_name_at) {
        if (app_id_at != no_position && app_name_at != no_position) {
            report_.add(diagnostic_code::link_app_conflict, severity::error, app_id_at > app_name_at ? app_id_at : app_name_at,
                        "the link names its app twice, with appid and appname: keep one of them");
            return;
        }
        if (app_id_at == no_position && app_name_at == no_position) return;
        // The link's own app against the context's.
        params.for_each([&](const page_query_param& q) {
            const query_param& p = q.raw;
            if (p.name_offset != app_id_at && p.name_offset != app_name_at) return true;
            const std::string_view value = decode_value(p, scratch_.decoded);
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
            return false;
        });
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
            const std::string_view value = decode_value(p, scratch_.decoded);
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
            const std::string_view value = decode_value(p, scratch_.decoded);
            if (value.empty()) return empty_value(r, p, name, page);
            check_guid_value(value, source, name, r.what);
            return;
        }
        case param_kind::logical_name: {
            const std::string_view value = decode_value(p, scratch_.decoded);
            if (value.empty()) return empty_value(r, p, name, page);
            check_logical_name_value(value, source, name);
            return;
        }
        case param_kind::unique_name: {
            const std::string_view value = decode_value(p, scratch_.decoded);
            if (value.empty()) return empty_value(r, p, name, page);
            const std::size_t bad = unique_name_problem(value);
            if (bad < value.size())
                report_.add(diagnostic_code::link_invalid_value, severity::error, source.link_offset(bad), quoted{value},
                            " in ", quoted{name}, " is not an app's unique name: ", shown_char{value, bad},
                            " is not allowed (letters, digits and underscores, such as msdyn_SolutionHealthHub)");
            return;
        }
        case param_kind::choice: {
            const std::string_view value = decode_value(p, scratch_.decoded);
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

    /// Reports the template placeholder in `value`, if it holds one ("<Guid of the record>"), as
    /// what to replace with `replacement...`; true when it did.
    template <typename... Replacement>
    bool reported_placeholder(std::string_view value, const value_source& source, const Replacement&... replacement) {
        const text_span placeholder = find_placeholder(value);
        if (!placeholder.found()) return false;
        placeholder_reported_ = true;
        const std::size_t start = source.link_offset(placeholder.offset);
        report_.add_span(diagnostic_code::template_placeholder, severity::error, start,
                         source.link_offset(placeholder.offset + placeholder.length) - start,
                         quoted{value.substr(placeholder.offset, placeholder.length)},
                         " is a template placeholder: replace it with ", replacement...);
        return true;
    }

    void check_logical_name_value(std::string_view value, const value_source& source, std::string_view name) {
        const std::size_t bad = logical_name_problem(value);
        if (bad == value.size()) return;
        if (reported_placeholder(value, source, "the table's logical name")) return;
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
        // A GUID (hexadecimal digits and hyphens, in one pair of braces or none) holds no
        // placeholder, which starts with '<', "${" or "{{": only a value that is none is searched.
        const guid_check g = check_guid(value);
        if (g.problem != guid_problem::none) {
            if (reported_placeholder(value, source, what, ", a GUID")) return;
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
        const std::string_view decoded = decode_value(p, scratch_.decoded);
        query_param inner;
        char name_buffer[48];
        for (query_reader reader(decoded, 0); reader.next(inner);) {
            if (!equals_ignoring_case(param_name(inner, name_buffer), "formid")) continue;
            const value_source inner_source{inner.value, inner.value_offset, &source};
            std::string_view value = decode_value(inner, scratch_.inner);
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
// <org>/main.aspx?appid=...&<parameters as written>, root-relative paths <org>/path,
// absolute links keep their text with the scheme and host lowercased (and what no terminal
// should show percent-encoded).
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
        append_query_component(p.name, out);
        if (p.has_equals) {
            out.push_back('=');
            append_query_component(p.value, out);
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
            } else if (b >= 0x80) {
                // A host may be international; what no terminal should show (C1 controls, bidi
                // controls, invisible characters) and invalid UTF-8 are percent-encoded, which
                // a browser reads as the same host (WHATWG URL decodes a host's escapes).
                const utf8_decoded d = decode_utf8(link.substr(0, l.authority_end), i);
                const bool escape = d.error != utf8_error::none || is_foreign_character(d.code_point);
                for (std::size_t k = 0; k < d.length; ++k)
                    if (escape) append_escape(out, static_cast<unsigned char>(link[i + k]));
                    else out.push_back(link[i + k]);
                i += d.length;
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

/// Resolves `link` as a browser reads it: tabs and newlines anywhere are removed first. The
/// policy is asked about the link as given, and again without them: a link either refuses is
/// refused (removing a tab can join the pieces of a character reference differently).
inline bool resolve_link_into(std::string_view link, const app_context& context, std::string& out) {
    if (!check_link(link).allowed()) return false;
    if (link.find_first_of("\t\n\r") == std::string_view::npos) return resolve_clean_link(link, context, out);
    std::string clean;
    clean.reserve(link.size());
    for (const char c : link)
        if (c != '\t' && c != '\n' && c != '\r') clean.push_back(c);
    return resolve_clean_link(clean, context, out);
}

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_LINK_RESOLVER_HPP

namespace appnotify {

/// Where the parts of a link are (positions index the link): its policy check (`policy.kind`),
/// scheme, host, path, query and fragment, and whether its query addresses a model-driven page.
using link_parts = detail::link_layout;

/// Splits a link into its parts, after the policy check. Linear; never allocates.
[[nodiscard]] constexpr link_parts parse_link(std::string_view link) noexcept { return detail::parse_link_layout(link); }

/// The diagnostics of one link (or of an app context), in the validator's format: `offset` is a
/// byte offset into the link, `line` and `column` positions in it, `path` the JSON Pointer given
/// to the check (empty by default). The diagnostics' views point into this report: they stay
/// valid while it lives and is not reused; the accessors that hand them out are deleted on
/// rvalues. Reusing a report for many links keeps its buffers; a default-constructed or
/// moved-from report is empty and ready for reuse.
class link_report {
public:
    /// Allocates nothing: the first check into it makes its buffers.
    link_report() noexcept = default;

    /// True when no diagnostic is an error (warnings allowed).
    [[nodiscard]] bool ok() const noexcept { return error_count() == 0; }
    explicit operator bool() const noexcept { return ok(); }
    [[nodiscard]] std::size_t error_count() const noexcept { return storage_ ? storage_->sink.error_count() : 0; }
    [[nodiscard]] std::size_t warning_count() const noexcept { return storage_ ? storage_->sink.warning_count() : 0; }
    [[nodiscard]] list_view<diagnostic> diagnostics() const& noexcept {
        if (!storage_) return {};
        return {storage_->diagnostics.data(), storage_->diagnostics.size()};
    }
    list_view<diagnostic> diagnostics() const&& = delete;
    /// The parts of the link last checked.
    [[nodiscard]] const link_parts& parts() const& noexcept { return storage_ ? storage_->parts : no_parts; }
    const link_parts& parts() const&& = delete;

    /// At most this many diagnostics are kept; the rest are counted in one final
    /// too-many-diagnostics warning.
    static constexpr std::size_t max_kept = 1000;

private:
    friend void check_app_link(std::string_view, link_report&, const app_context&, std::string_view);
    friend void check_app_context(const app_context&, link_report&);

    // On the heap, so that moving a report keeps its diagnostics' views into the arena valid.
    struct storage {
        detail::diagnostic_sink sink;
        std::vector<diagnostic> diagnostics;
        detail::link_scratch scratch;
        link_parts parts;
    };
    static constexpr link_parts no_parts{};

    class collector final : public detail::link_reporter {
    public:
        collector(link_report& report, std::string_view path) noexcept
            : sink_(report.storage_->sink), path_(path) {}
        /// Sets the JSON Pointer of the diagnostics that follow.
        void set_path(std::string_view path) noexcept { path_ = path; }

    protected:
        std::string* begin(diagnostic_code code, severity level, std::size_t at) override {
            if (!sink_.begin(code, level, at)) return nullptr;
            sink_.arena().append(path_);
            sink_.end_path();
            return &sink_.arena();
        }
        void set_end(std::size_t end) override { sink_.set_end(end); }
        void end() override { sink_.end_message(); }

    private:
        detail::diagnostic_sink& sink_;
        std::string_view path_;
    };

    /// Starts a check; the buffers are made on first use (by a new or moved-from report).
    storage& reset() {
        if (!storage_) storage_ = std::make_unique<storage>();
        storage_->sink.reset(true, max_kept);
        storage_->parts = {};
        return *storage_;
    }

    /// Sorts by offset and makes the public diagnostics, positioned in `text`.
    void finish(std::string_view text) { storage_->sink.finish(text, storage_->diagnostics); }

    std::unique_ptr<storage> storage_;
};

/// Checks a link as the validator does: the link policy, then for a model-driven page link
/// (`?...`, `main.aspx?...`, or an absolute URL whose path is /main.aspx) every parameter by page
/// type; with a context, a link to another host than the organization's and an app other than
/// the context's are reported. `path` is the JSON Pointer the diagnostics carry.
APPNOTIFY_EXTERNAL_LINKAGE void check_app_link(std::string_view link, link_report& report, const app_context& context = {},
                           std::string_view path = {});

[[nodiscard]] APPNOTIFY_EXTERNAL_LINKAGE link_report check_app_link(std::string_view link, const app_context& context = {});

/// Checks an app context before links are resolved against it: the organization URL must be an
/// http(s) URL with a host and nothing after its path; the app id a GUID; the app name a unique
/// name; and only one of the two may be given. Paths are "/org_url", "/app_id" and "/app_name";
/// offsets index the value concerned.
APPNOTIFY_EXTERNAL_LINKAGE void check_app_context(const app_context& context, link_report& report);

/// Appends the href of `link` for `context` to `out`:
/// - `?pagetype=...` and `main.aspx?...` become `<org>/main.aspx?appid=<id>&...`: the context's
///   app first (unless the link names its own), then the link's parameters in their order, with
///   the bytes they are written with (escapes, `+` and `*` included), but for what cannot stand in
///   a URL (below) and a '%' that starts no escape (%25); the fragment is kept.
/// - `/WebResources/x` becomes `<org>/WebResources/x`; a `#fragment` stays as it is.
/// - absolute links keep their text, with the scheme and host lowercased (nothing else folded:
///   an IDN stays as the punycode or Unicode it was written in).
/// Without an organization URL, links stay relative (with the app).
/// Tabs and newlines are removed first and characters that cannot stand in a URL (spaces,
/// controls, quotes, angle brackets, non-ASCII outside the host) are percent-encoded, so the
/// result is safe in an HTML attribute or a terminal hyperlink. Resolving a resolved link gives
/// it back unchanged. Returns false, appending nothing, when the link policy refuses the link.
[[nodiscard]] APPNOTIFY_EXTERNAL_LINKAGE bool resolve_link(std::string_view link, const app_context& context, std::string& out);

/// Appends the main.aspx URL that opens `page` (a side pane's navigationTarget), such as
/// `https://contoso.crm.dynamics.com/main.aspx?appid=<id>&pagetype=entityrecord&etn=task&id=<GUID>`,
/// or `/main.aspx?...` without an organization URL. Empty fields are left out; a generative page
/// is `pagetype=genux&id=<pageId>`; viewType savedquery is `viewtype=1039`, userquery 4230.
APPNOTIFY_EXTERNAL_LINKAGE void append_page_url(const page_target& page, const app_context& context, std::string& out);

/// Appends the Teams deep link of a Teams chat action: for a `chatId`,
/// `https://teams.microsoft.com/l/chat/<chatId>/conversations`; otherwise the link that starts a
/// chat, `https://teams.microsoft.com/l/chat/0/0?users=<id>,<id>&topicName=<chatTitle>&message=<initialMessage>`,
/// each value percent-encoded and empty ones left out. The linked record (entityContext) has no
/// place in a deep link.
APPNOTIFY_EXTERNAL_LINKAGE void append_teams_chat_link(const teams_chat_action& chat, std::string& out);

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

#if APPNOTIFY_HEADER_ONLY
// ---- appnotify/impl/links.inl ----
// appnotify: the definitions of the functions of links.hpp.
// Included by links.hpp in header-only mode, compiled once into src/appnotify.cpp in compiled
// mode (config.hpp: APPNOTIFY_HEADER_ONLY).
#ifndef APPNOTIFY_IMPL_LINKS_INL
#define APPNOTIFY_IMPL_LINKS_INL

#include <cstddef>
#include <string>
#include <string_view>


namespace appnotify {

APPNOTIFY_EXTERNAL_LINKAGE void check_app_link(std::string_view link, link_report& report, const app_context& context,
                           std::string_view path) {
    link_report::storage& buffers = report.reset();
    link_report::collector collect(report, path);
    detail::link_checker checker(collect, buffers.scratch, context);
    buffers.parts = checker.check(link);
    report.finish(link);
}

APPNOTIFY_EXTERNAL_LINKAGE link_report check_app_link(std::string_view link, const app_context& context) {
    link_report report;
    check_app_link(link, report, context);
    return report;
}

APPNOTIFY_EXTERNAL_LINKAGE void check_app_context(const app_context& context, link_report& report) {
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

APPNOTIFY_EXTERNAL_LINKAGE bool resolve_link(std::string_view link, const app_context& context, std::string& out) {
    return detail::resolve_link_into(link, context, out);
}

APPNOTIFY_EXTERNAL_LINKAGE void append_page_url(const page_target& page, const app_context& context, std::string& out) {
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
    const detail::side_pane_page* row = detail::side_pane_page_of(page.type);
    if (row == nullptr) return;
    param("pagetype", detail::app_page_names[static_cast<std::size_t>(row->url_page)]);
    for (std::size_t i = 0; i < row->parameter_count; ++i)
        param(row->parameters[i].name, detail::page_field_value(page, row->parameters[i].field));
}

APPNOTIFY_EXTERNAL_LINKAGE void append_teams_chat_link(const teams_chat_action& chat, std::string& out) {
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

} // namespace appnotify

#endif // APPNOTIFY_IMPL_LINKS_INL
#endif

#endif // APPNOTIFY_LINKS_HPP
// ---- appnotify/markdown.hpp ----
// appnotify: rendering the markdown of OverrideContent title and body, safely, as HTML (the same
// bytes as cmark-gfm for the subset), as ANSI for terminals, and as plain text, into any output
// (output.hpp); and its events, for outputs of your own (markdown_events.hpp).
//
// The subset: paragraphs, soft and hard line breaks, emphasis and strong emphasis, inline links
// and autolinks, bullet and ordered lists, backslash escapes and character references, with
// CommonMark 0.31.2's rules. Anything else (headings, block quotes, code, thematic breaks,
// images, reference links, raw HTML, tables) is shown as the characters it was written with.
// Every link goes through check_link (link_policy.hpp); refused links are shown as text, and a
// link written inside another link's text is shown as text within it: links never nest.
// See docs/markdown.md.
#ifndef APPNOTIFY_MARKDOWN_HPP
#define APPNOTIFY_MARKDOWN_HPP

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

// ---- appnotify/detail/markdown_html.hpp ----
// The HTML output of the markdown renderer: cmark-gfm's HTML, byte for byte, for the subset (p,
// em, strong, a, ul, ol, li, br), with the optional link target and CSS classes.
#ifndef APPNOTIFY_DETAIL_MARKDOWN_HTML_HPP
#define APPNOTIFY_DETAIL_MARKDOWN_HTML_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

// ---- appnotify/markdown_events.hpp ----
// appnotify: the markdown event interface, the one parser under every markdown output. A handler
// receives each block and span as it opens and closes, the text between them and the line breaks,
// in document order, the way md4c's callbacks work. Links arrive checked by the link policy and
// resolved: a handler never sees a link it must not write. The HTML, ANSI and plain-text
// renderers of markdown.hpp are handlers; a new output (Slack mrkdwn, an Adaptive Card TextBlock,
// a PDF) is a handler outside the library. See docs/markdown.md.
#ifndef APPNOTIFY_MARKDOWN_EVENTS_HPP
#define APPNOTIFY_MARKDOWN_EVENTS_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>


namespace appnotify {

/// The blocks of the markdown subset. A document is a sequence of paragraphs and lists; a list
/// holds items; an item holds paragraphs and lists.
enum class markdown_block_type : std::uint8_t { paragraph, bullet_list, ordered_list, list_item };

/// "paragraph", "bullet-list", "ordered-list", "list-item".
[[nodiscard]] constexpr std::string_view to_string(markdown_block_type type) noexcept {
    switch (type) {
    case markdown_block_type::paragraph: return "paragraph";
    case markdown_block_type::bullet_list: return "bullet-list";
    case markdown_block_type::ordered_list: return "ordered-list";
    case markdown_block_type::list_item: return "list-item";
    }
    return "unknown";
}

/// A block as it opens; its `leave_block` gets the same values.
struct markdown_block {
    markdown_block_type type = markdown_block_type::paragraph;
    /// Lists and their items: no blank line separates the list's items (a tight list).
    /// Paragraph: directly inside an item of a tight list, where HTML writes no <p>.
    bool tight = false;
    /// Lists and their items: '-', '+' or '*' for a bullet list; '.' or ')', the delimiter after
    /// the numbers, for an ordered list. 0 for a paragraph.
    char marker = 0;
    /// Ordered list: its first number (0 to 999,999,999); an item of an ordered list: its own
    /// number (the first number plus its index). 0 otherwise.
    std::uint32_t number = 0;
    /// Byte offset in the markdown: a paragraph's first character, a list's or item's marker.
    std::size_t offset = 0;
};

/// The inline spans of the subset.
enum class markdown_span_type : std::uint8_t { emphasis, strong, link };

/// "emphasis", "strong", "link".
[[nodiscard]] constexpr std::string_view to_string(markdown_span_type type) noexcept {
    switch (type) {
    case markdown_span_type::emphasis: return "emphasis";
    case markdown_span_type::strong: return "strong";
    case markdown_span_type::link: return "link";
    }
    return "unknown";
}

/// A span as it opens; its `leave_span` gets the same values. The views are valid until the span
/// is left.
struct markdown_span {
    markdown_span_type type = markdown_span_type::emphasis;
    /// Byte offset in the markdown where the span starts: its delimiter run, '[' or '<'.
    std::size_t offset = 0;
    /// Link: the URL to write, not escaped for any format. The destination allowed by
    /// `check_link`, turned into a URL by `markdown_options::rewriter` when there is one, and
    /// allowed again after that.
    std::string_view href;
    /// Link: the destination as written, its backslash escapes and character references
    /// decoded ("mailto:" added to an e-mail autolink): what `check_link` checked.
    std::string_view destination;
    /// Link: its title, decoded; empty when it has none.
    std::string_view title;
    /// Link: what `check_link` says the destination is (never `link_kind::refused`).
    link_kind kind = link_kind::refused;
    /// Link: an autolink (`<https://x.y>`, `<a@b.co>`), whose text is its address.
    bool autolink = false;
};

/// The events of a markdown text, as virtual functions, for a handler compiled apart from the
/// library (a compiled appnotify exports the one function that takes it). Override what you
/// need; the others do nothing. In header-only code a template handler (any class with the
/// same member functions, see markdown_renderer::parse) avoids a virtual call per event.
///
/// Guarantees: every enter has its leave, properly nested, also when rendering stops at a
/// limit; a link span never opens inside another (a link written inside a link's text arrives
/// as text, with markdown-nested-link); a refused link arrives as its text alone; text is never
/// empty; no event follows the end of the input. Text holds the input's bytes, backslash
/// escapes and character references decoded: it may hold invalid UTF-8, NUL and control
/// characters, which each output must make safe for its format (the built-in outputs do).
class markdown_handler {
public:
    virtual ~markdown_handler() = default;

    virtual void enter_block(const markdown_block& block) { static_cast<void>(block); }
    virtual void leave_block(const markdown_block& block) { static_cast<void>(block); }
    virtual void enter_span(const markdown_span& span) { static_cast<void>(span); }
    virtual void leave_span(const markdown_span& span) { static_cast<void>(span); }
    /// Text of a paragraph: a piece of a line (a line may arrive in several pieces).
    virtual void text(std::string_view text) { static_cast<void>(text); }
    /// A line ending inside a paragraph: a space or a line break, as the output prefers.
    virtual void soft_break() {}
    /// A hard line break (two spaces or a backslash before the line ending).
    virtual void hard_break() {}
    /// The bytes written so far, for `markdown_limits::max_output_bytes`: the parser stops (and
    /// leaves every open span and block) once this passes the limit. 0 (the default) never does.
    [[nodiscard]] virtual std::size_t output_size() const { return 0; }

protected:
    markdown_handler() = default;
    markdown_handler(const markdown_handler&) = default;
    markdown_handler& operator=(const markdown_handler&) = default;
};

} // namespace appnotify

#endif // APPNOTIFY_MARKDOWN_EVENTS_HPP
// ---- appnotify/detail/markdown_chars.hpp ----
// Markdown character classes, character references and the escaping every renderer shares.
#ifndef APPNOTIFY_DETAIL_MARKDOWN_CHARS_HPP
#define APPNOTIFY_DETAIL_MARKDOWN_CHARS_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

// ---- appnotify/detail/html_entities.hpp ----
// The HTML5 named character references, for markdown entity references (&amp; &ouml; ...).
//
// GENERATED FILE, DO NOT EDIT. Made by tools/generate_entities.py from Python's
// html.entities.html5 (the WHATWG entity list); run the script again to update it.
#ifndef APPNOTIFY_DETAIL_HTML_ENTITIES_HPP
#define APPNOTIFY_DETAIL_HTML_ENTITIES_HPP

#include <cstddef>
#include <string_view>

namespace appnotify::detail {

struct html_entity {
    std::string_view name;  // without '&' and ';'
    std::string_view value; // UTF-8
};

/// Length of the longest entity name (without '&' and ';').
inline constexpr std::size_t html_entity_max_name = 31;

/// Every entity, sorted by name (byte order) for binary search.
inline constexpr html_entity html_entities[] = {
    {"AElig", "\xC3\x86"},
    {"AMP", "\x26"},
    {"Aacute", "\xC3\x81"},
    {"Abreve", "\xC4\x82"},
    {"Acirc", "\xC3\x82"},
    {"Acy", "\xD0\x90"},
    {"Afr", "\xF0\x9D\x94\x84"},
    {"Agrave", "\xC3\x80"},
    {"Alpha", "\xCE\x91"},
    {"Amacr", "\xC4\x80"},
    {"And", "\xE2\xA9\x93"},
    {"Aogon", "\xC4\x84"},
    {"Aopf", "\xF0\x9D\x94\xB8"},
    {"ApplyFunction", "\xE2\x81\xA1"},
    {"Aring", "\xC3\x85"},
    {"Ascr", "\xF0\x9D\x92\x9C"},
    {"Assign", "\xE2\x89\x94"},
    {"Atilde", "\xC3\x83"},
    {"Auml", "\xC3\x84"},
    {"Backslash", "\xE2\x88\x96"},
    {"Barv", "\xE2\xAB\xA7"},
    {"Barwed", "\xE2\x8C\x86"},
    {"Bcy", "\xD0\x91"},
    {"Because", "\xE2\x88\xB5"},
    {"Bernoullis", "\xE2\x84\xAC"},
    {"Beta", "\xCE\x92"},
    {"Bfr", "\xF0\x9D\x94\x85"},
    {"Bopf", "\xF0\x9D\x94\xB9"},
    {"Breve", "\xCB\x98"},
    {"Bscr", "\xE2\x84\xAC"},
    {"Bumpeq", "\xE2\x89\x8E"},
    {"CHcy", "\xD0\xA7"},
    {"COPY", "\xC2\xA9"},
    {"Cacute", "\xC4\x86"},
    {"Cap", "\xE2\x8B\x92"},
    {"CapitalDifferentialD", "\xE2\x85\x85"},
    {"Cayleys", "\xE2\x84\xAD"},
    {"Ccaron", "\xC4\x8C"},
    {"Ccedil", "\xC3\x87"},
    {"Ccirc", "\xC4\x88"},
    {"Cconint", "\xE2\x88\xB0"},
    {"Cdot", "\xC4\x8A"},
    {"Cedilla", "\xC2\xB8"},
    {"CenterDot", "\xC2\xB7"},
    {"Cfr", "\xE2\x84\xAD"},
    {"Chi", "\xCE\xA7"},
    {"CircleDot", "\xE2\x8A\x99"},
    {"CircleMinus", "\xE2\x8A\x96"},
    {"CirclePlus", "\xE2\x8A\x95"},
    {"CircleTimes", "\xE2\x8A\x97"},
    {"ClockwiseContourIntegral", "\xE2\x88\xB2"},
    {"CloseCurlyDoubleQuote", "\xE2\x80\x9D"},
    {"CloseCurlyQuote", "\xE2\x80\x99"},
    {"Colon", "\xE2\x88\xB7"},
    {"Colone", "\xE2\xA9\xB4"},
    {"Congruent", "\xE2\x89\xA1"},
    {"Conint", "\xE2\x88\xAF"},
    {"ContourIntegral", "\xE2\x88\xAE"},
    {"Copf", "\xE2\x84\x82"},
    {"Coproduct", "\xE2\x88\x90"},
    {"CounterClockwiseContourIntegral", "\xE2\x88\xB3"},
    {"Cross", "\xE2\xA8\xAF"},
    {"Cscr", "\xF0\x9D\x92\x9E"},
    {"Cup", "\xE2\x8B\x93"},
    {"CupCap", "\xE2\x89\x8D"},
    {"DD", "\xE2\x85\x85"},
    {"DDotrahd", "\xE2\xA4\x91"},
    {"DJcy", "\xD0\x82"},
    {"DScy", "\xD0\x85"},
    {"DZcy", "\xD0\x8F"},
    {"Dagger", "\xE2\x80\xA1"},
    {"Darr", "\xE2\x86\xA1"},
    {"Dashv", "\xE2\xAB\xA4"},
    {"Dcaron", "\xC4\x8E"},
    {"Dcy", "\xD0\x94"},
    {"Del", "\xE2\x88\x87"},
    {"Delta", "\xCE\x94"},
    {"Dfr", "\xF0\x9D\x94\x87"},
    {"DiacriticalAcute", "\xC2\xB4"},
    {"DiacriticalDot", "\xCB\x99"},
    {"DiacriticalDoubleAcute", "\xCB\x9D"},
    {"DiacriticalGrave", "\x60"},
    {"DiacriticalTilde", "\xCB\x9C"},
    {"Diamond", "\xE2\x8B\x84"},
    {"DifferentialD", "\xE2\x85\x86"},
    {"Dopf", "\xF0\x9D\x94\xBB"},
    {"Dot", "\xC2\xA8"},
    {"DotDot", "\xE2\x83\x9C"},
    {"DotEqual", "\xE2\x89\x90"},
    {"DoubleContourIntegral", "\xE2\x88\xAF"},
    {"DoubleDot", "\xC2\xA8"},
    {"DoubleDownArrow", "\xE2\x87\x93"},
    {"DoubleLeftArrow", "\xE2\x87\x90"},
    {"DoubleLeftRightArrow", "\xE2\x87\x94"},
    {"DoubleLeftTee", "\xE2\xAB\xA4"},
    {"DoubleLongLeftArrow", "\xE2\x9F\xB8"},
    {"DoubleLongLeftRightArrow", "\xE2\x9F\xBA"},
    {"DoubleLongRightArrow", "\xE2\x9F\xB9"},
    {"DoubleRightArrow", "\xE2\x87\x92"},
    {"DoubleRightTee", "\xE2\x8A\xA8"},
    {"DoubleUpArrow", "\xE2\x87\x91"},
    {"DoubleUpDownArrow", "\xE2\x87\x95"},
    {"DoubleVerticalBar", "\xE2\x88\xA5"},
    {"DownArrow", "\xE2\x86\x93"},
    {"DownArrowBar", "\xE2\xA4\x93"},
    {"DownArrowUpArrow", "\xE2\x87\xB5"},
    {"DownBreve", "\xCC\x91"},
    {"DownLeftRightVector", "\xE2\xA5\x90"},
    {"DownLeftTeeVector", "\xE2\xA5\x9E"},
    {"DownLeftVector", "\xE2\x86\xBD"},
    {"DownLeftVectorBar", "\xE2\xA5\x96"},
    {"DownRightTeeVector", "\xE2\xA5\x9F"},
    {"DownRightVector", "\xE2\x87\x81"},
    {"DownRightVectorBar", "\xE2\xA5\x97"},
    {"DownTee", "\xE2\x8A\xA4"},
    {"DownTeeArrow", "\xE2\x86\xA7"},
    {"Downarrow", "\xE2\x87\x93"},
    {"Dscr", "\xF0\x9D\x92\x9F"},
    {"Dstrok", "\xC4\x90"},
    {"ENG", "\xC5\x8A"},
    {"ETH", "\xC3\x90"},
    {"Eacute", "\xC3\x89"},
    {"Ecaron", "\xC4\x9A"},
    {"Ecirc", "\xC3\x8A"},
    {"Ecy", "\xD0\xAD"},
    {"Edot", "\xC4\x96"},
    {"Efr", "\xF0\x9D\x94\x88"},
    {"Egrave", "\xC3\x88"},
    {"Element", "\xE2\x88\x88"},
    {"Emacr", "\xC4\x92"},
    {"EmptySmallSquare", "\xE2\x97\xBB"},
    {"EmptyVerySmallSquare", "\xE2\x96\xAB"},
    {"Eogon", "\xC4\x98"},
    {"Eopf", "\xF0\x9D\x94\xBC"},
    {"Epsilon", "\xCE\x95"},
    {"Equal", "\xE2\xA9\xB5"},
    {"EqualTilde", "\xE2\x89\x82"},
    {"Equilibrium", "\xE2\x87\x8C"},
    {"Escr", "\xE2\x84\xB0"},
    {"Esim", "\xE2\xA9\xB3"},
    {"Eta", "\xCE\x97"},
    {"Euml", "\xC3\x8B"},
    {"Exists", "\xE2\x88\x83"},
    {"ExponentialE", "\xE2\x85\x87"},
    {"Fcy", "\xD0\xA4"},
    {"Ffr", "\xF0\x9D\x94\x89"},
    {"FilledSmallSquare", "\xE2\x97\xBC"},
    {"FilledVerySmallSquare", "\xE2\x96\xAA"},
    {"Fopf", "\xF0\x9D\x94\xBD"},
    {"ForAll", "\xE2\x88\x80"},
    {"Fouriertrf", "\xE2\x84\xB1"},
    {"Fscr", "\xE2\x84\xB1"},
    {"GJcy", "\xD0\x83"},
    {"GT", "\x3E"},
    {"Gamma", "\xCE\x93"},
    {"Gammad", "\xCF\x9C"},
    {"Gbreve", "\xC4\x9E"},
    {"Gcedil", "\xC4\xA2"},
    {"Gcirc", "\xC4\x9C"},
    {"Gcy", "\xD0\x93"},
    {"Gdot", "\xC4\xA0"},
    {"Gfr", "\xF0\x9D\x94\x8A"},
    {"Gg", "\xE2\x8B\x99"},
    {"Gopf", "\xF0\x9D\x94\xBE"},
    {"GreaterEqual", "\xE2\x89\xA5"},
    {"GreaterEqualLess", "\xE2\x8B\x9B"},
    {"GreaterFullEqual", "\xE2\x89\xA7"},
    {"GreaterGreater", "\xE2\xAA\xA2"},
    {"GreaterLess", "\xE2\x89\xB7"},
    {"GreaterSlantEqual", "\xE2\xA9\xBE"},
    {"GreaterTilde", "\xE2\x89\xB3"},
    {"Gscr", "\xF0\x9D\x92\xA2"},
    {"Gt", "\xE2\x89\xAB"},
    {"HARDcy", "\xD0\xAA"},
    {"Hacek", "\xCB\x87"},
    {"Hat", "\x5E"},
    {"Hcirc", "\xC4\xA4"},
    {"Hfr", "\xE2\x84\x8C"},
    {"HilbertSpace", "\xE2\x84\x8B"},
    {"Hopf", "\xE2\x84\x8D"},
    {"HorizontalLine", "\xE2\x94\x80"},
    {"Hscr", "\xE2\x84\x8B"},
    {"Hstrok", "\xC4\xA6"},
    {"HumpDownHump", "\xE2\x89\x8E"},
    {"HumpEqual", "\xE2\x89\x8F"},
    {"IEcy", "\xD0\x95"},
    {"IJlig", "\xC4\xB2"},
    {"IOcy", "\xD0\x81"},
    {"Iacute", "\xC3\x8D"},
    {"Icirc", "\xC3\x8E"},
    {"Icy", "\xD0\x98"},
    {"Idot", "\xC4\xB0"},
    {"Ifr", "\xE2\x84\x91"},
    {"Igrave", "\xC3\x8C"},
    {"Im", "\xE2\x84\x91"},
    {"Imacr", "\xC4\xAA"},
    {"ImaginaryI", "\xE2\x85\x88"},
    {"Implies", "\xE2\x87\x92"},
    {"Int", "\xE2\x88\xAC"},
    {"Integral", "\xE2\x88\xAB"},
    {"Intersection", "\xE2\x8B\x82"},
    {"InvisibleComma", "\xE2\x81\xA3"},
    {"InvisibleTimes", "\xE2\x81\xA2"},
    {"Iogon", "\xC4\xAE"},
    {"Iopf", "\xF0\x9D\x95\x80"},
    {"Iota", "\xCE\x99"},
    {"Iscr", "\xE2\x84\x90"},
    {"Itilde", "\xC4\xA8"},
    {"Iukcy", "\xD0\x86"},
    {"Iuml", "\xC3\x8F"},
    {"Jcirc", "\xC4\xB4"},
    {"Jcy", "\xD0\x99"},
    {"Jfr", "\xF0\x9D\x94\x8D"},
    {"Jopf", "\xF0\x9D\x95\x81"},
    {"Jscr", "\xF0\x9D\x92\xA5"},
    {"Jsercy", "\xD0\x88"},
    {"Jukcy", "\xD0\x84"},
    {"KHcy", "\xD0\xA5"},
    {"KJcy", "\xD0\x8C"},
    {"Kappa", "\xCE\x9A"},
    {"Kcedil", "\xC4\xB6"},
    {"Kcy", "\xD0\x9A"},
    {"Kfr", "\xF0\x9D\x94\x8E"},
    {"Kopf", "\xF0\x9D\x95\x82"},
    {"Kscr", "\xF0\x9D\x92\xA6"},
    {"LJcy", "\xD0\x89"},
    {"LT", "\x3C"},
    {"Lacute", "\xC4\xB9"},
    {"Lambda", "\xCE\x9B"},
    {"Lang", "\xE2\x9F\xAA"},
    {"Laplacetrf", "\xE2\x84\x92"},
    {"Larr", "\xE2\x86\x9E"},
    {"Lcaron", "\xC4\xBD"},
    {"Lcedil", "\xC4\xBB"},
    {"Lcy", "\xD0\x9B"},
    {"LeftAngleBracket", "\xE2\x9F\xA8"},
    {"LeftArrow", "\xE2\x86\x90"},
    {"LeftArrowBar", "\xE2\x87\xA4"},
    {"LeftArrowRightArrow", "\xE2\x87\x86"},
    {"LeftCeiling", "\xE2\x8C\x88"},
    {"LeftDoubleBracket", "\xE2\x9F\xA6"},
    {"LeftDownTeeVector", "\xE2\xA5\xA1"},
    {"LeftDownVector", "\xE2\x87\x83"},
    {"LeftDownVectorBar", "\xE2\xA5\x99"},
    {"LeftFloor", "\xE2\x8C\x8A"},
    {"LeftRightArrow", "\xE2\x86\x94"},
    {"LeftRightVector", "\xE2\xA5\x8E"},
    {"LeftTee", "\xE2\x8A\xA3"},
    {"LeftTeeArrow", "\xE2\x86\xA4"},
    {"LeftTeeVector", "\xE2\xA5\x9A"},
    {"LeftTriangle", "\xE2\x8A\xB2"},
    {"LeftTriangleBar", "\xE2\xA7\x8F"},
    {"LeftTriangleEqual", "\xE2\x8A\xB4"},
    {"LeftUpDownVector", "\xE2\xA5\x91"},
    {"LeftUpTeeVector", "\xE2\xA5\xA0"},
    {"LeftUpVector", "\xE2\x86\xBF"},
    {"LeftUpVectorBar", "\xE2\xA5\x98"},
    {"LeftVector", "\xE2\x86\xBC"},
    {"LeftVectorBar", "\xE2\xA5\x92"},
    {"Leftarrow", "\xE2\x87\x90"},
    {"Leftrightarrow", "\xE2\x87\x94"},
    {"LessEqualGreater", "\xE2\x8B\x9A"},
    {"LessFullEqual", "\xE2\x89\xA6"},
    {"LessGreater", "\xE2\x89\xB6"},
    {"LessLess", "\xE2\xAA\xA1"},
    {"LessSlantEqual", "\xE2\xA9\xBD"},
    {"LessTilde", "\xE2\x89\xB2"},
    {"Lfr", "\xF0\x9D\x94\x8F"},
    {"Ll", "\xE2\x8B\x98"},
    {"Lleftarrow", "\xE2\x87\x9A"},
    {"Lmidot", "\xC4\xBF"},
    {"LongLeftArrow", "\xE2\x9F\xB5"},
    {"LongLeftRightArrow", "\xE2\x9F\xB7"},
    {"LongRightArrow", "\xE2\x9F\xB6"},
    {"Longleftarrow", "\xE2\x9F\xB8"},
    {"Longleftrightarrow", "\xE2\x9F\xBA"},
    {"Longrightarrow", "\xE2\x9F\xB9"},
    {"Lopf", "\xF0\x9D\x95\x83"},
    {"LowerLeftArrow", "\xE2\x86\x99"},
    {"LowerRightArrow", "\xE2\x86\x98"},
    {"Lscr", "\xE2\x84\x92"},
    {"Lsh", "\xE2\x86\xB0"},
    {"Lstrok", "\xC5\x81"},
    {"Lt", "\xE2\x89\xAA"},
    {"Map", "\xE2\xA4\x85"},
    {"Mcy", "\xD0\x9C"},
    {"MediumSpace", "\xE2\x81\x9F"},
    {"Mellintrf", "\xE2\x84\xB3"},
    {"Mfr", "\xF0\x9D\x94\x90"},
    {"MinusPlus", "\xE2\x88\x93"},
    {"Mopf", "\xF0\x9D\x95\x84"},
    {"Mscr", "\xE2\x84\xB3"},
    {"Mu", "\xCE\x9C"},
    {"NJcy", "\xD0\x8A"},
    {"Nacute", "\xC5\x83"},
    {"Ncaron", "\xC5\x87"},
    {"Ncedil", "\xC5\x85"},
    {"Ncy", "\xD0\x9D"},
    {"NegativeMediumSpace", "\xE2\x80\x8B"},
    {"NegativeThickSpace", "\xE2\x80\x8B"},
    {"NegativeThinSpace", "\xE2\x80\x8B"},
    {"NegativeVeryThinSpace", "\xE2\x80\x8B"},
    {"NestedGreaterGreater", "\xE2\x89\xAB"},
    {"NestedLessLess", "\xE2\x89\xAA"},
    {"NewLine", "\x0A"},
    {"Nfr", "\xF0\x9D\x94\x91"},
    {"NoBreak", "\xE2\x81\xA0"},
    {"NonBreakingSpace", "\xC2\xA0"},
    {"Nopf", "\xE2\x84\x95"},
    {"Not", "\xE2\xAB\xAC"},
    {"NotCongruent", "\xE2\x89\xA2"},
    {"NotCupCap", "\xE2\x89\xAD"},
    {"NotDoubleVerticalBar", "\xE2\x88\xA6"},
    {"NotElement", "\xE2\x88\x89"},
    {"NotEqual", "\xE2\x89\xA0"},
    {"NotEqualTilde", "\xE2\x89\x82\xCC\xB8"},
    {"NotExists", "\xE2\x88\x84"},
    {"NotGreater", "\xE2\x89\xAF"},
    {"NotGreaterEqual", "\xE2\x89\xB1"},
    {"NotGreaterFullEqual", "\xE2\x89\xA7\xCC\xB8"},
    {"NotGreaterGreater", "\xE2\x89\xAB\xCC\xB8"},
    {"NotGreaterLess", "\xE2\x89\xB9"},
    {"NotGreaterSlantEqual", "\xE2\xA9\xBE\xCC\xB8"},
    {"NotGreaterTilde", "\xE2\x89\xB5"},
    {"NotHumpDownHump", "\xE2\x89\x8E\xCC\xB8"},
    {"NotHumpEqual", "\xE2\x89\x8F\xCC\xB8"},
    {"NotLeftTriangle", "\xE2\x8B\xAA"},
    {"NotLeftTriangleBar", "\xE2\xA7\x8F\xCC\xB8"},
    {"NotLeftTriangleEqual", "\xE2\x8B\xAC"},
    {"NotLess", "\xE2\x89\xAE"},
    {"NotLessEqual", "\xE2\x89\xB0"},
    {"NotLessGreater", "\xE2\x89\xB8"},
    {"NotLessLess", "\xE2\x89\xAA\xCC\xB8"},
    {"NotLessSlantEqual", "\xE2\xA9\xBD\xCC\xB8"},
    {"NotLessTilde", "\xE2\x89\xB4"},
    {"NotNestedGreaterGreater", "\xE2\xAA\xA2\xCC\xB8"},
    {"NotNestedLessLess", "\xE2\xAA\xA1\xCC\xB8"},
    {"NotPrecedes", "\xE2\x8A\x80"},
    {"NotPrecedesEqual", "\xE2\xAA\xAF\xCC\xB8"},
    {"NotPrecedesSlantEqual", "\xE2\x8B\xA0"},
    {"NotReverseElement", "\xE2\x88\x8C"},
    {"NotRightTriangle", "\xE2\x8B\xAB"},
    {"NotRightTriangleBar", "\xE2\xA7\x90\xCC\xB8"},
    {"NotRightTriangleEqual", "\xE2\x8B\xAD"},
    {"NotSquareSubset", "\xE2\x8A\x8F\xCC\xB8"},
    {"NotSquareSubsetEqual", "\xE2\x8B\xA2"},
    {"NotSquareSuperset", "\xE2\x8A\x90\xCC\xB8"},
    {"NotSquareSupersetEqual", "\xE2\x8B\xA3"},
    {"NotSubset", "\xE2\x8A\x82\xE2\x83\x92"},
    {"NotSubsetEqual", "\xE2\x8A\x88"},
    {"NotSucceeds", "\xE2\x8A\x81"},
    {"NotSucceedsEqual", "\xE2\xAA\xB0\xCC\xB8"},
    {"NotSucceedsSlantEqual", "\xE2\x8B\xA1"},
    {"NotSucceedsTilde", "\xE2\x89\xBF\xCC\xB8"},
    {"NotSuperset", "\xE2\x8A\x83\xE2\x83\x92"},
    {"NotSupersetEqual", "\xE2\x8A\x89"},
    {"NotTilde", "\xE2\x89\x81"},
    {"NotTildeEqual", "\xE2\x89\x84"},
    {"NotTildeFullEqual", "\xE2\x89\x87"},
    {"NotTildeTilde", "\xE2\x89\x89"},
    {"NotVerticalBar", "\xE2\x88\xA4"},
    {"Nscr", "\xF0\x9D\x92\xA9"},
    {"Ntilde", "\xC3\x91"},
    {"Nu", "\xCE\x9D"},
    {"OElig", "\xC5\x92"},
    {"Oacute", "\xC3\x93"},
    {"Ocirc", "\xC3\x94"},
    {"Ocy", "\xD0\x9E"},
    {"Odblac", "\xC5\x90"},
    {"Ofr", "\xF0\x9D\x94\x92"},
    {"Ograve", "\xC3\x92"},
    {"Omacr", "\xC5\x8C"},
    {"Omega", "\xCE\xA9"},
    {"Omicron", "\xCE\x9F"},
    {"Oopf", "\xF0\x9D\x95\x86"},
    {"OpenCurlyDoubleQuote", "\xE2\x80\x9C"},
    {"OpenCurlyQuote", "\xE2\x80\x98"},
    {"Or", "\xE2\xA9\x94"},
    {"Oscr", "\xF0\x9D\x92\xAA"},
    {"Oslash", "\xC3\x98"},
    {"Otilde", "\xC3\x95"},
    {"Otimes", "\xE2\xA8\xB7"},
    {"Ouml", "\xC3\x96"},
    {"OverBar", "\xE2\x80\xBE"},
    {"OverBrace", "\xE2\x8F\x9E"},
    {"OverBracket", "\xE2\x8E\xB4"},
    {"OverParenthesis", "\xE2\x8F\x9C"},
    {"PartialD", "\xE2\x88\x82"},
    {"Pcy", "\xD0\x9F"},
    {"Pfr", "\xF0\x9D\x94\x93"},
    {"Phi", "\xCE\xA6"},
    {"Pi", "\xCE\xA0"},
    {"PlusMinus", "\xC2\xB1"},
    {"Poincareplane", "\xE2\x84\x8C"},
    {"Popf", "\xE2\x84\x99"},
    {"Pr", "\xE2\xAA\xBB"},
    {"Precedes", "\xE2\x89\xBA"},
    {"PrecedesEqual", "\xE2\xAA\xAF"},
    {"PrecedesSlantEqual", "\xE2\x89\xBC"},
    {"PrecedesTilde", "\xE2\x89\xBE"},
    {"Prime", "\xE2\x80\xB3"},
    {"Product", "\xE2\x88\x8F"},
    {"Proportion", "\xE2\x88\xB7"},
    {"Proportional", "\xE2\x88\x9D"},
    {"Pscr", "\xF0\x9D\x92\xAB"},
    {"Psi", "\xCE\xA8"},
    {"QUOT", "\x22"},
    {"Qfr", "\xF0\x9D\x94\x94"},
    {"Qopf", "\xE2\x84\x9A"},
    {"Qscr", "\xF0\x9D\x92\xAC"},
    {"RBarr", "\xE2\xA4\x90"},
    {"REG", "\xC2\xAE"},
    {"Racute", "\xC5\x94"},
    {"Rang", "\xE2\x9F\xAB"},
    {"Rarr", "\xE2\x86\xA0"},
    {"Rarrtl", "\xE2\xA4\x96"},
    {"Rcaron", "\xC5\x98"},
    {"Rcedil", "\xC5\x96"},
    {"Rcy", "\xD0\xA0"},
    {"Re", "\xE2\x84\x9C"},
    {"ReverseElement", "\xE2\x88\x8B"},
    {"ReverseEquilibrium", "\xE2\x87\x8B"},
    {"ReverseUpEquilibrium", "\xE2\xA5\xAF"},
    {"Rfr", "\xE2\x84\x9C"},
    {"Rho", "\xCE\xA1"},
    {"RightAngleBracket", "\xE2\x9F\xA9"},
    {"RightArrow", "\xE2\x86\x92"},
    {"RightArrowBar", "\xE2\x87\xA5"},
    {"RightArrowLeftArrow", "\xE2\x87\x84"},
    {"RightCeiling", "\xE2\x8C\x89"},
    {"RightDoubleBracket", "\xE2\x9F\xA7"},
    {"RightDownTeeVector", "\xE2\xA5\x9D"},
    {"RightDownVector", "\xE2\x87\x82"},
    {"RightDownVectorBar", "\xE2\xA5\x95"},
    {"RightFloor", "\xE2\x8C\x8B"},
    {"RightTee", "\xE2\x8A\xA2"},
    {"RightTeeArrow", "\xE2\x86\xA6"},
    {"RightTeeVector", "\xE2\xA5\x9B"},
    {"RightTriangle", "\xE2\x8A\xB3"},
    {"RightTriangleBar", "\xE2\xA7\x90"},
    {"RightTriangleEqual", "\xE2\x8A\xB5"},
    {"RightUpDownVector", "\xE2\xA5\x8F"},
    {"RightUpTeeVector", "\xE2\xA5\x9C"},
    {"RightUpVector", "\xE2\x86\xBE"},
    {"RightUpVectorBar", "\xE2\xA5\x94"},
    {"RightVector", "\xE2\x87\x80"},
    {"RightVectorBar", "\xE2\xA5\x93"},
    {"Rightarrow", "\xE2\x87\x92"},
    {"Ropf", "\xE2\x84\x9D"},
    {"RoundImplies", "\xE2\xA5\xB0"},
    {"Rrightarrow", "\xE2\x87\x9B"},
    {"Rscr", "\xE2\x84\x9B"},
    {"Rsh", "\xE2\x86\xB1"},
    {"RuleDelayed", "\xE2\xA7\xB4"},
    {"SHCHcy", "\xD0\xA9"},
    {"SHcy", "\xD0\xA8"},
    {"SOFTcy", "\xD0\xAC"},
    {"Sacute", "\xC5\x9A"},
    {"Sc", "\xE2\xAA\xBC"},
    {"Scaron", "\xC5\xA0"},
    {"Scedil", "\xC5\x9E"},
    {"Scirc", "\xC5\x9C"},
    {"Scy", "\xD0\xA1"},
    {"Sfr", "\xF0\x9D\x94\x96"},
    {"ShortDownArrow", "\xE2\x86\x93"},
    {"ShortLeftArrow", "\xE2\x86\x90"},
    {"ShortRightArrow", "\xE2\x86\x92"},
    {"ShortUpArrow", "\xE2\x86\x91"},
    {"Sigma", "\xCE\xA3"},
    {"SmallCircle", "\xE2\x88\x98"},
    {"Sopf", "\xF0\x9D\x95\x8A"},
    {"Sqrt", "\xE2\x88\x9A"},
    {"Square", "\xE2\x96\xA1"},
    {"SquareIntersection", "\xE2\x8A\x93"},
    {"SquareSubset", "\xE2\x8A\x8F"},
    {"SquareSubsetEqual", "\xE2\x8A\x91"},
    {"SquareSuperset", "\xE2\x8A\x90"},
    {"SquareSupersetEqual", "\xE2\x8A\x92"},
    {"SquareUnion", "\xE2\x8A\x94"},
    {"Sscr", "\xF0\x9D\x92\xAE"},
    {"Star", "\xE2\x8B\x86"},
    {"Sub", "\xE2\x8B\x90"},
    {"Subset", "\xE2\x8B\x90"},
    {"SubsetEqual", "\xE2\x8A\x86"},
    {"Succeeds", "\xE2\x89\xBB"},
    {"SucceedsEqual", "\xE2\xAA\xB0"},
    {"SucceedsSlantEqual", "\xE2\x89\xBD"},
    {"SucceedsTilde", "\xE2\x89\xBF"},
    {"SuchThat", "\xE2\x88\x8B"},
    {"Sum", "\xE2\x88\x91"},
    {"Sup", "\xE2\x8B\x91"},
    {"Superset", "\xE2\x8A\x83"},
    {"SupersetEqual", "\xE2\x8A\x87"},
    {"Supset", "\xE2\x8B\x91"},
    {"THORN", "\xC3\x9E"},
    {"TRADE", "\xE2\x84\xA2"},
    {"TSHcy", "\xD0\x8B"},
    {"TScy", "\xD0\xA6"},
    {"Tab", "\x09"},
    {"Tau", "\xCE\xA4"},
    {"Tcaron", "\xC5\xA4"},
    {"Tcedil", "\xC5\xA2"},
    {"Tcy", "\xD0\xA2"},
    {"Tfr", "\xF0\x9D\x94\x97"},
    {"Therefore", "\xE2\x88\xB4"},
    {"Theta", "\xCE\x98"},
    {"ThickSpace", "\xE2\x81\x9F\xE2\x80\x8A"},
    {"ThinSpace", "\xE2\x80\x89"},
    {"Tilde", "\xE2\x88\xBC"},
    {"TildeEqual", "\xE2\x89\x83"},
    {"TildeFullEqual", "\xE2\x89\x85"},
    {"TildeTilde", "\xE2\x89\x88"},
    {"Topf", "\xF0\x9D\x95\x8B"},
    {"TripleDot", "\xE2\x83\x9B"},
    {"Tscr", "\xF0\x9D\x92\xAF"},
    {"Tstrok", "\xC5\xA6"},
    {"Uacute", "\xC3\x9A"},
    {"Uarr", "\xE2\x86\x9F"},
    {"Uarrocir", "\xE2\xA5\x89"},
    {"Ubrcy", "\xD0\x8E"},
    {"Ubreve", "\xC5\xAC"},
    {"Ucirc", "\xC3\x9B"},
    {"Ucy", "\xD0\xA3"},
    {"Udblac", "\xC5\xB0"},
    {"Ufr", "\xF0\x9D\x94\x98"},
    {"Ugrave", "\xC3\x99"},
    {"Umacr", "\xC5\xAA"},
    {"UnderBar", "\x5F"},
    {"UnderBrace", "\xE2\x8F\x9F"},
    {"UnderBracket", "\xE2\x8E\xB5"},
    {"UnderParenthesis", "\xE2\x8F\x9D"},
    {"Union", "\xE2\x8B\x83"},
    {"UnionPlus", "\xE2\x8A\x8E"},
    {"Uogon", "\xC5\xB2"},
    {"Uopf", "\xF0\x9D\x95\x8C"},
    {"UpArrow", "\xE2\x86\x91"},
    {"UpArrowBar", "\xE2\xA4\x92"},
    {"UpArrowDownArrow", "\xE2\x87\x85"},
    {"UpDownArrow", "\xE2\x86\x95"},
    {"UpEquilibrium", "\xE2\xA5\xAE"},
    {"UpTee", "\xE2\x8A\xA5"},
    {"UpTeeArrow", "\xE2\x86\xA5"},
    {"Uparrow", "\xE2\x87\x91"},
    {"Updownarrow", "\xE2\x87\x95"},
    {"UpperLeftArrow", "\xE2\x86\x96"},
    {"UpperRightArrow", "\xE2\x86\x97"},
    {"Upsi", "\xCF\x92"},
    {"Upsilon", "\xCE\xA5"},
    {"Uring", "\xC5\xAE"},
    {"Uscr", "\xF0\x9D\x92\xB0"},
    {"Utilde", "\xC5\xA8"},
    {"Uuml", "\xC3\x9C"},
    {"VDash", "\xE2\x8A\xAB"},
    {"Vbar", "\xE2\xAB\xAB"},
    {"Vcy", "\xD0\x92"},
    {"Vdash", "\xE2\x8A\xA9"},
    {"Vdashl", "\xE2\xAB\xA6"},
    {"Vee", "\xE2\x8B\x81"},
    {"Verbar", "\xE2\x80\x96"},
    {"Vert", "\xE2\x80\x96"},
    {"VerticalBar", "\xE2\x88\xA3"},
    {"VerticalLine", "\x7C"},
    {"VerticalSeparator", "\xE2\x9D\x98"},
    {"VerticalTilde", "\xE2\x89\x80"},
    {"VeryThinSpace", "\xE2\x80\x8A"},
    {"Vfr", "\xF0\x9D\x94\x99"},
    {"Vopf", "\xF0\x9D\x95\x8D"},
    {"Vscr", "\xF0\x9D\x92\xB1"},
    {"Vvdash", "\xE2\x8A\xAA"},
    {"Wcirc", "\xC5\xB4"},
    {"Wedge", "\xE2\x8B\x80"},
    {"Wfr", "\xF0\x9D\x94\x9A"},
    {"Wopf", "\xF0\x9D\x95\x8E"},
    {"Wscr", "\xF0\x9D\x92\xB2"},
    {"Xfr", "\xF0\x9D\x94\x9B"},
    {"Xi", "\xCE\x9E"},
    {"Xopf", "\xF0\x9D\x95\x8F"},
    {"Xscr", "\xF0\x9D\x92\xB3"},
    {"YAcy", "\xD0\xAF"},
    {"YIcy", "\xD0\x87"},
    {"YUcy", "\xD0\xAE"},
    {"Yacute", "\xC3\x9D"},
    {"Ycirc", "\xC5\xB6"},
    {"Ycy", "\xD0\xAB"},
    {"Yfr", "\xF0\x9D\x94\x9C"},
    {"Yopf", "\xF0\x9D\x95\x90"},
    {"Yscr", "\xF0\x9D\x92\xB4"},
    {"Yuml", "\xC5\xB8"},
    {"ZHcy", "\xD0\x96"},
    {"Zacute", "\xC5\xB9"},
    {"Zcaron", "\xC5\xBD"},
    {"Zcy", "\xD0\x97"},
    {"Zdot", "\xC5\xBB"},
    {"ZeroWidthSpace", "\xE2\x80\x8B"},
    {"Zeta", "\xCE\x96"},
    {"Zfr", "\xE2\x84\xA8"},
    {"Zopf", "\xE2\x84\xA4"},
    {"Zscr", "\xF0\x9D\x92\xB5"},
    {"aacute", "\xC3\xA1"},
    {"abreve", "\xC4\x83"},
    {"ac", "\xE2\x88\xBE"},
    {"acE", "\xE2\x88\xBE\xCC\xB3"},
    {"acd", "\xE2\x88\xBF"},
    {"acirc", "\xC3\xA2"},
    {"acute", "\xC2\xB4"},
    {"acy", "\xD0\xB0"},
    {"aelig", "\xC3\xA6"},
    {"af", "\xE2\x81\xA1"},
    {"afr", "\xF0\x9D\x94\x9E"},
    {"agrave", "\xC3\xA0"},
    {"alefsym", "\xE2\x84\xB5"},
    {"aleph", "\xE2\x84\xB5"},
    {"alpha", "\xCE\xB1"},
    {"amacr", "\xC4\x81"},
    {"amalg", "\xE2\xA8\xBF"},
    {"amp", "\x26"},
    {"and", "\xE2\x88\xA7"},
    {"andand", "\xE2\xA9\x95"},
    {"andd", "\xE2\xA9\x9C"},
    {"andslope", "\xE2\xA9\x98"},
    {"andv", "\xE2\xA9\x9A"},
    {"ang", "\xE2\x88\xA0"},
    {"ange", "\xE2\xA6\xA4"},
    {"angle", "\xE2\x88\xA0"},
    {"angmsd", "\xE2\x88\xA1"},
    {"angmsdaa", "\xE2\xA6\xA8"},
    {"angmsdab", "\xE2\xA6\xA9"},
    {"angmsdac", "\xE2\xA6\xAA"},
    {"angmsdad", "\xE2\xA6\xAB"},
    {"angmsdae", "\xE2\xA6\xAC"},
    {"angmsdaf", "\xE2\xA6\xAD"},
    {"angmsdag", "\xE2\xA6\xAE"},
    {"angmsdah", "\xE2\xA6\xAF"},
    {"angrt", "\xE2\x88\x9F"},
    {"angrtvb", "\xE2\x8A\xBE"},
    {"angrtvbd", "\xE2\xA6\x9D"},
    {"angsph", "\xE2\x88\xA2"},
    {"angst", "\xC3\x85"},
    {"angzarr", "\xE2\x8D\xBC"},
    {"aogon", "\xC4\x85"},
    {"aopf", "\xF0\x9D\x95\x92"},
    {"ap", "\xE2\x89\x88"},
    {"apE", "\xE2\xA9\xB0"},
    {"apacir", "\xE2\xA9\xAF"},
    {"ape", "\xE2\x89\x8A"},
    {"apid", "\xE2\x89\x8B"},
    {"apos", "\x27"},
    {"approx", "\xE2\x89\x88"},
    {"approxeq", "\xE2\x89\x8A"},
    {"aring", "\xC3\xA5"},
    {"ascr", "\xF0\x9D\x92\xB6"},
    {"ast", "\x2A"},
    {"asymp", "\xE2\x89\x88"},
    {"asympeq", "\xE2\x89\x8D"},
    {"atilde", "\xC3\xA3"},
    {"auml", "\xC3\xA4"},
    {"awconint", "\xE2\x88\xB3"},
    {"awint", "\xE2\xA8\x91"},
    {"bNot", "\xE2\xAB\xAD"},
    {"backcong", "\xE2\x89\x8C"},
    {"backepsilon", "\xCF\xB6"},
    {"backprime", "\xE2\x80\xB5"},
    {"backsim", "\xE2\x88\xBD"},
    {"backsimeq", "\xE2\x8B\x8D"},
    {"barvee", "\xE2\x8A\xBD"},
    {"barwed", "\xE2\x8C\x85"},
    {"barwedge", "\xE2\x8C\x85"},
    {"bbrk", "\xE2\x8E\xB5"},
    {"bbrktbrk", "\xE2\x8E\xB6"},
    {"bcong", "\xE2\x89\x8C"},
    {"bcy", "\xD0\xB1"},
    {"bdquo", "\xE2\x80\x9E"},
    {"becaus", "\xE2\x88\xB5"},
    {"because", "\xE2\x88\xB5"},
    {"bemptyv", "\xE2\xA6\xB0"},
    {"bepsi", "\xCF\xB6"},
    {"bernou", "\xE2\x84\xAC"},
    {"beta", "\xCE\xB2"},
    {"beth", "\xE2\x84\xB6"},
    {"between", "\xE2\x89\xAC"},
    {"bfr", "\xF0\x9D\x94\x9F"},
    {"bigcap", "\xE2\x8B\x82"},
    {"bigcirc", "\xE2\x97\xAF"},
    {"bigcup", "\xE2\x8B\x83"},
    {"bigodot", "\xE2\xA8\x80"},
    {"bigoplus", "\xE2\xA8\x81"},
    {"bigotimes", "\xE2\xA8\x82"},
    {"bigsqcup", "\xE2\xA8\x86"},
    {"bigstar", "\xE2\x98\x85"},
    {"bigtriangledown", "\xE2\x96\xBD"},
    {"bigtriangleup", "\xE2\x96\xB3"},
    {"biguplus", "\xE2\xA8\x84"},
    {"bigvee", "\xE2\x8B\x81"},
    {"bigwedge", "\xE2\x8B\x80"},
    {"bkarow", "\xE2\xA4\x8D"},
    {"blacklozenge", "\xE2\xA7\xAB"},
    {"blacksquare", "\xE2\x96\xAA"},
    {"blacktriangle", "\xE2\x96\xB4"},
    {"blacktriangledown", "\xE2\x96\xBE"},
    {"blacktriangleleft", "\xE2\x97\x82"},
    {"blacktriangleright", "\xE2\x96\xB8"},
    {"blank", "\xE2\x90\xA3"},
    {"blk12", "\xE2\x96\x92"},
    {"blk14", "\xE2\x96\x91"},
    {"blk34", "\xE2\x96\x93"},
    {"block", "\xE2\x96\x88"},
    {"bne", "\x3D\xE2\x83\xA5"},
    {"bnequiv", "\xE2\x89\xA1\xE2\x83\xA5"},
    {"bnot", "\xE2\x8C\x90"},
    {"bopf", "\xF0\x9D\x95\x93"},
    {"bot", "\xE2\x8A\xA5"},
    {"bottom", "\xE2\x8A\xA5"},
    {"bowtie", "\xE2\x8B\x88"},
    {"boxDL", "\xE2\x95\x97"},
    {"boxDR", "\xE2\x95\x94"},
    {"boxDl", "\xE2\x95\x96"},
    {"boxDr", "\xE2\x95\x93"},
    {"boxH", "\xE2\x95\x90"},
    {"boxHD", "\xE2\x95\xA6"},
    {"boxHU", "\xE2\x95\xA9"},
    {"boxHd", "\xE2\x95\xA4"},
    {"boxHu", "\xE2\x95\xA7"},
    {"boxUL", "\xE2\x95\x9D"},
    {"boxUR", "\xE2\x95\x9A"},
    {"boxUl", "\xE2\x95\x9C"},
    {"boxUr", "\xE2\x95\x99"},
    {"boxV", "\xE2\x95\x91"},
    {"boxVH", "\xE2\x95\xAC"},
    {"boxVL", "\xE2\x95\xA3"},
    {"boxVR", "\xE2\x95\xA0"},
    {"boxVh", "\xE2\x95\xAB"},
    {"boxVl", "\xE2\x95\xA2"},
    {"boxVr", "\xE2\x95\x9F"},
    {"boxbox", "\xE2\xA7\x89"},
    {"boxdL", "\xE2\x95\x95"},
    {"boxdR", "\xE2\x95\x92"},
    {"boxdl", "\xE2\x94\x90"},
    {"boxdr", "\xE2\x94\x8C"},
    {"boxh", "\xE2\x94\x80"},
    {"boxhD", "\xE2\x95\xA5"},
    {"boxhU", "\xE2\x95\xA8"},
    {"boxhd", "\xE2\x94\xAC"},
    {"boxhu", "\xE2\x94\xB4"},
    {"boxminus", "\xE2\x8A\x9F"},
    {"boxplus", "\xE2\x8A\x9E"},
    {"boxtimes", "\xE2\x8A\xA0"},
    {"boxuL", "\xE2\x95\x9B"},
    {"boxuR", "\xE2\x95\x98"},
    {"boxul", "\xE2\x94\x98"},
    {"boxur", "\xE2\x94\x94"},
    {"boxv", "\xE2\x94\x82"},
    {"boxvH", "\xE2\x95\xAA"},
    {"boxvL", "\xE2\x95\xA1"},
    {"boxvR", "\xE2\x95\x9E"},
    {"boxvh", "\xE2\x94\xBC"},
    {"boxvl", "\xE2\x94\xA4"},
    {"boxvr", "\xE2\x94\x9C"},
    {"bprime", "\xE2\x80\xB5"},
    {"breve", "\xCB\x98"},
    {"brvbar", "\xC2\xA6"},
    {"bscr", "\xF0\x9D\x92\xB7"},
    {"bsemi", "\xE2\x81\x8F"},
    {"bsim", "\xE2\x88\xBD"},
    {"bsime", "\xE2\x8B\x8D"},
    {"bsol", "\x5C"},
    {"bsolb", "\xE2\xA7\x85"},
    {"bsolhsub", "\xE2\x9F\x88"},
    {"bull", "\xE2\x80\xA2"},
    {"bullet", "\xE2\x80\xA2"},
    {"bump", "\xE2\x89\x8E"},
    {"bumpE", "\xE2\xAA\xAE"},
    {"bumpe", "\xE2\x89\x8F"},
    {"bumpeq", "\xE2\x89\x8F"},
    {"cacute", "\xC4\x87"},
    {"cap", "\xE2\x88\xA9"},
    {"capand", "\xE2\xA9\x84"},
    {"capbrcup", "\xE2\xA9\x89"},
    {"capcap", "\xE2\xA9\x8B"},
    {"capcup", "\xE2\xA9\x87"},
    {"capdot", "\xE2\xA9\x80"},
    {"caps", "\xE2\x88\xA9\xEF\xB8\x80"},
    {"caret", "\xE2\x81\x81"},
    {"caron", "\xCB\x87"},
    {"ccaps", "\xE2\xA9\x8D"},
    {"ccaron", "\xC4\x8D"},
    {"ccedil", "\xC3\xA7"},
    {"ccirc", "\xC4\x89"},
    {"ccups", "\xE2\xA9\x8C"},
    {"ccupssm", "\xE2\xA9\x90"},
    {"cdot", "\xC4\x8B"},
    {"cedil", "\xC2\xB8"},
    {"cemptyv", "\xE2\xA6\xB2"},
    {"cent", "\xC2\xA2"},
    {"centerdot", "\xC2\xB7"},
    {"cfr", "\xF0\x9D\x94\xA0"},
    {"chcy", "\xD1\x87"},
    {"check", "\xE2\x9C\x93"},
    {"checkmark", "\xE2\x9C\x93"},
    {"chi", "\xCF\x87"},
    {"cir", "\xE2\x97\x8B"},
    {"cirE", "\xE2\xA7\x83"},
    {"circ", "\xCB\x86"},
    {"circeq", "\xE2\x89\x97"},
    {"circlearrowleft", "\xE2\x86\xBA"},
    {"circlearrowright", "\xE2\x86\xBB"},
    {"circledR", "\xC2\xAE"},
    {"circledS", "\xE2\x93\x88"},
    {"circledast", "\xE2\x8A\x9B"},
    {"circledcirc", "\xE2\x8A\x9A"},
    {"circleddash", "\xE2\x8A\x9D"},
    {"cire", "\xE2\x89\x97"},
    {"cirfnint", "\xE2\xA8\x90"},
    {"cirmid", "\xE2\xAB\xAF"},
    {"cirscir", "\xE2\xA7\x82"},
    {"clubs", "\xE2\x99\xA3"},
    {"clubsuit", "\xE2\x99\xA3"},
    {"colon", "\x3A"},
    {"colone", "\xE2\x89\x94"},
    {"coloneq", "\xE2\x89\x94"},
    {"comma", "\x2C"},
    {"commat", "\x40"},
    {"comp", "\xE2\x88\x81"},
    {"compfn", "\xE2\x88\x98"},
    {"complement", "\xE2\x88\x81"},
    {"complexes", "\xE2\x84\x82"},
    {"cong", "\xE2\x89\x85"},
    {"congdot", "\xE2\xA9\xAD"},
    {"conint", "\xE2\x88\xAE"},
    {"copf", "\xF0\x9D\x95\x94"},
    {"coprod", "\xE2\x88\x90"},
    {"copy", "\xC2\xA9"},
    {"copysr", "\xE2\x84\x97"},
    {"crarr", "\xE2\x86\xB5"},
    {"cross", "\xE2\x9C\x97"},
    {"cscr", "\xF0\x9D\x92\xB8"},
    {"csub", "\xE2\xAB\x8F"},
    {"csube", "\xE2\xAB\x91"},
    {"csup", "\xE2\xAB\x90"},
    {"csupe", "\xE2\xAB\x92"},
    {"ctdot", "\xE2\x8B\xAF"},
    {"cudarrl", "\xE2\xA4\xB8"},
    {"cudarrr", "\xE2\xA4\xB5"},
    {"cuepr", "\xE2\x8B\x9E"},
    {"cuesc", "\xE2\x8B\x9F"},
    {"cularr", "\xE2\x86\xB6"},
    {"cularrp", "\xE2\xA4\xBD"},
    {"cup", "\xE2\x88\xAA"},
    {"cupbrcap", "\xE2\xA9\x88"},
    {"cupcap", "\xE2\xA9\x86"},
    {"cupcup", "\xE2\xA9\x8A"},
    {"cupdot", "\xE2\x8A\x8D"},
    {"cupor", "\xE2\xA9\x85"},
    {"cups", "\xE2\x88\xAA\xEF\xB8\x80"},
    {"curarr", "\xE2\x86\xB7"},
    {"curarrm", "\xE2\xA4\xBC"},
    {"curlyeqprec", "\xE2\x8B\x9E"},
    {"curlyeqsucc", "\xE2\x8B\x9F"},
    {"curlyvee", "\xE2\x8B\x8E"},
    {"curlywedge", "\xE2\x8B\x8F"},
    {"curren", "\xC2\xA4"},
    {"curvearrowleft", "\xE2\x86\xB6"},
    {"curvearrowright", "\xE2\x86\xB7"},
    {"cuvee", "\xE2\x8B\x8E"},
    {"cuwed", "\xE2\x8B\x8F"},
    {"cwconint", "\xE2\x88\xB2"},
    {"cwint", "\xE2\x88\xB1"},
    {"cylcty", "\xE2\x8C\xAD"},
    {"dArr", "\xE2\x87\x93"},
    {"dHar", "\xE2\xA5\xA5"},
    {"dagger", "\xE2\x80\xA0"},
    {"daleth", "\xE2\x84\xB8"},
    {"darr", "\xE2\x86\x93"},
    {"dash", "\xE2\x80\x90"},
    {"dashv", "\xE2\x8A\xA3"},
    {"dbkarow", "\xE2\xA4\x8F"},
    {"dblac", "\xCB\x9D"},
    {"dcaron", "\xC4\x8F"},
    {"dcy", "\xD0\xB4"},
    {"dd", "\xE2\x85\x86"},
    {"ddagger", "\xE2\x80\xA1"},
    {"ddarr", "\xE2\x87\x8A"},
    {"ddotseq", "\xE2\xA9\xB7"},
    {"deg", "\xC2\xB0"},
    {"delta", "\xCE\xB4"},
    {"demptyv", "\xE2\xA6\xB1"},
    {"dfisht", "\xE2\xA5\xBF"},
    {"dfr", "\xF0\x9D\x94\xA1"},
    {"dharl", "\xE2\x87\x83"},
    {"dharr", "\xE2\x87\x82"},
    {"diam", "\xE2\x8B\x84"},
    {"diamond", "\xE2\x8B\x84"},
    {"diamondsuit", "\xE2\x99\xA6"},
    {"diams", "\xE2\x99\xA6"},
    {"die", "\xC2\xA8"},
    {"digamma", "\xCF\x9D"},
    {"disin", "\xE2\x8B\xB2"},
    {"div", "\xC3\xB7"},
    {"divide", "\xC3\xB7"},
    {"divideontimes", "\xE2\x8B\x87"},
    {"divonx", "\xE2\x8B\x87"},
    {"djcy", "\xD1\x92"},
    {"dlcorn", "\xE2\x8C\x9E"},
    {"dlcrop", "\xE2\x8C\x8D"},
    {"dollar", "\x24"},
    {"dopf", "\xF0\x9D\x95\x95"},
    {"dot", "\xCB\x99"},
    {"doteq", "\xE2\x89\x90"},
    {"doteqdot", "\xE2\x89\x91"},
    {"dotminus", "\xE2\x88\xB8"},
    {"dotplus", "\xE2\x88\x94"},
    {"dotsquare", "\xE2\x8A\xA1"},
    {"doublebarwedge", "\xE2\x8C\x86"},
    {"downarrow", "\xE2\x86\x93"},
    {"downdownarrows", "\xE2\x87\x8A"},
    {"downharpoonleft", "\xE2\x87\x83"},
    {"downharpoonright", "\xE2\x87\x82"},
    {"drbkarow", "\xE2\xA4\x90"},
    {"drcorn", "\xE2\x8C\x9F"},
    {"drcrop", "\xE2\x8C\x8C"},
    {"dscr", "\xF0\x9D\x92\xB9"},
    {"dscy", "\xD1\x95"},
    {"dsol", "\xE2\xA7\xB6"},
    {"dstrok", "\xC4\x91"},
    {"dtdot", "\xE2\x8B\xB1"},
    {"dtri", "\xE2\x96\xBF"},
    {"dtrif", "\xE2\x96\xBE"},
    {"duarr", "\xE2\x87\xB5"},
    {"duhar", "\xE2\xA5\xAF"},
    {"dwangle", "\xE2\xA6\xA6"},
    {"dzcy", "\xD1\x9F"},
    {"dzigrarr", "\xE2\x9F\xBF"},
    {"eDDot", "\xE2\xA9\xB7"},
    {"eDot", "\xE2\x89\x91"},
    {"eacute", "\xC3\xA9"},
    {"easter", "\xE2\xA9\xAE"},
    {"ecaron", "\xC4\x9B"},
    {"ecir", "\xE2\x89\x96"},
    {"ecirc", "\xC3\xAA"},
    {"ecolon", "\xE2\x89\x95"},
    {"ecy", "\xD1\x8D"},
    {"edot", "\xC4\x97"},
    {"ee", "\xE2\x85\x87"},
    {"efDot", "\xE2\x89\x92"},
    {"efr", "\xF0\x9D\x94\xA2"},
    {"eg", "\xE2\xAA\x9A"},
    {"egrave", "\xC3\xA8"},
    {"egs", "\xE2\xAA\x96"},
    {"egsdot", "\xE2\xAA\x98"},
    {"el", "\xE2\xAA\x99"},
    {"elinters", "\xE2\x8F\xA7"},
    {"ell", "\xE2\x84\x93"},
    {"els", "\xE2\xAA\x95"},
    {"elsdot", "\xE2\xAA\x97"},
    {"emacr", "\xC4\x93"},
    {"empty", "\xE2\x88\x85"},
    {"emptyset", "\xE2\x88\x85"},
    {"emptyv", "\xE2\x88\x85"},
    {"emsp", "\xE2\x80\x83"},
    {"emsp13", "\xE2\x80\x84"},
    {"emsp14", "\xE2\x80\x85"},
    {"eng", "\xC5\x8B"},
    {"ensp", "\xE2\x80\x82"},
    {"eogon", "\xC4\x99"},
    {"eopf", "\xF0\x9D\x95\x96"},
    {"epar", "\xE2\x8B\x95"},
    {"eparsl", "\xE2\xA7\xA3"},
    {"eplus", "\xE2\xA9\xB1"},
    {"epsi", "\xCE\xB5"},
    {"epsilon", "\xCE\xB5"},
    {"epsiv", "\xCF\xB5"},
    {"eqcirc", "\xE2\x89\x96"},
    {"eqcolon", "\xE2\x89\x95"},
    {"eqsim", "\xE2\x89\x82"},
    {"eqslantgtr", "\xE2\xAA\x96"},
    {"eqslantless", "\xE2\xAA\x95"},
    {"equals", "\x3D"},
    {"equest", "\xE2\x89\x9F"},
    {"equiv", "\xE2\x89\xA1"},
    {"equivDD", "\xE2\xA9\xB8"},
    {"eqvparsl", "\xE2\xA7\xA5"},
    {"erDot", "\xE2\x89\x93"},
    {"erarr", "\xE2\xA5\xB1"},
    {"escr", "\xE2\x84\xAF"},
    {"esdot", "\xE2\x89\x90"},
    {"esim", "\xE2\x89\x82"},
    {"eta", "\xCE\xB7"},
    {"eth", "\xC3\xB0"},
    {"euml", "\xC3\xAB"},
    {"euro", "\xE2\x82\xAC"},
    {"excl", "\x21"},
    {"exist", "\xE2\x88\x83"},
    {"expectation", "\xE2\x84\xB0"},
    {"exponentiale", "\xE2\x85\x87"},
    {"fallingdotseq", "\xE2\x89\x92"},
    {"fcy", "\xD1\x84"},
    {"female", "\xE2\x99\x80"},
    {"ffilig", "\xEF\xAC\x83"},
    {"fflig", "\xEF\xAC\x80"},
    {"ffllig", "\xEF\xAC\x84"},
    {"ffr", "\xF0\x9D\x94\xA3"},
    {"filig", "\xEF\xAC\x81"},
    {"fjlig", "\x66\x6A"},
    {"flat", "\xE2\x99\xAD"},
    {"fllig", "\xEF\xAC\x82"},
    {"fltns", "\xE2\x96\xB1"},
    {"fnof", "\xC6\x92"},
    {"fopf", "\xF0\x9D\x95\x97"},
    {"forall", "\xE2\x88\x80"},
    {"fork", "\xE2\x8B\x94"},
    {"forkv", "\xE2\xAB\x99"},
    {"fpartint", "\xE2\xA8\x8D"},
    {"frac12", "\xC2\xBD"},
    {"frac13", "\xE2\x85\x93"},
    {"frac14", "\xC2\xBC"},
    {"frac15", "\xE2\x85\x95"},
    {"frac16", "\xE2\x85\x99"},
    {"frac18", "\xE2\x85\x9B"},
    {"frac23", "\xE2\x85\x94"},
    {"frac25", "\xE2\x85\x96"},
    {"frac34", "\xC2\xBE"},
    {"frac35", "\xE2\x85\x97"},
    {"frac38", "\xE2\x85\x9C"},
    {"frac45", "\xE2\x85\x98"},
    {"frac56", "\xE2\x85\x9A"},
    {"frac58", "\xE2\x85\x9D"},
    {"frac78", "\xE2\x85\x9E"},
    {"frasl", "\xE2\x81\x84"},
    {"frown", "\xE2\x8C\xA2"},
    {"fscr", "\xF0\x9D\x92\xBB"},
    {"gE", "\xE2\x89\xA7"},
    {"gEl", "\xE2\xAA\x8C"},
    {"gacute", "\xC7\xB5"},
    {"gamma", "\xCE\xB3"},
    {"gammad", "\xCF\x9D"},
    {"gap", "\xE2\xAA\x86"},
    {"gbreve", "\xC4\x9F"},
    {"gcirc", "\xC4\x9D"},
    {"gcy", "\xD0\xB3"},
    {"gdot", "\xC4\xA1"},
    {"ge", "\xE2\x89\xA5"},
    {"gel", "\xE2\x8B\x9B"},
    {"geq", "\xE2\x89\xA5"},
    {"geqq", "\xE2\x89\xA7"},
    {"geqslant", "\xE2\xA9\xBE"},
    {"ges", "\xE2\xA9\xBE"},
    {"gescc", "\xE2\xAA\xA9"},
    {"gesdot", "\xE2\xAA\x80"},
    {"gesdoto", "\xE2\xAA\x82"},
    {"gesdotol", "\xE2\xAA\x84"},
    {"gesl", "\xE2\x8B\x9B\xEF\xB8\x80"},
    {"gesles", "\xE2\xAA\x94"},
    {"gfr", "\xF0\x9D\x94\xA4"},
    {"gg", "\xE2\x89\xAB"},
    {"ggg", "\xE2\x8B\x99"},
    {"gimel", "\xE2\x84\xB7"},
    {"gjcy", "\xD1\x93"},
    {"gl", "\xE2\x89\xB7"},
    {"glE", "\xE2\xAA\x92"},
    {"gla", "\xE2\xAA\xA5"},
    {"glj", "\xE2\xAA\xA4"},
    {"gnE", "\xE2\x89\xA9"},
    {"gnap", "\xE2\xAA\x8A"},
    {"gnapprox", "\xE2\xAA\x8A"},
    {"gne", "\xE2\xAA\x88"},
    {"gneq", "\xE2\xAA\x88"},
    {"gneqq", "\xE2\x89\xA9"},
    {"gnsim", "\xE2\x8B\xA7"},
    {"gopf", "\xF0\x9D\x95\x98"},
    {"grave", "\x60"},
    {"gscr", "\xE2\x84\x8A"},
    {"gsim", "\xE2\x89\xB3"},
    {"gsime", "\xE2\xAA\x8E"},
    {"gsiml", "\xE2\xAA\x90"},
    {"gt", "\x3E"},
    {"gtcc", "\xE2\xAA\xA7"},
    {"gtcir", "\xE2\xA9\xBA"},
    {"gtdot", "\xE2\x8B\x97"},
    {"gtlPar", "\xE2\xA6\x95"},
    {"gtquest", "\xE2\xA9\xBC"},
    {"gtrapprox", "\xE2\xAA\x86"},
    {"gtrarr", "\xE2\xA5\xB8"},
    {"gtrdot", "\xE2\x8B\x97"},
    {"gtreqless", "\xE2\x8B\x9B"},
    {"gtreqqless", "\xE2\xAA\x8C"},
    {"gtrless", "\xE2\x89\xB7"},
    {"gtrsim", "\xE2\x89\xB3"},
    {"gvertneqq", "\xE2\x89\xA9\xEF\xB8\x80"},
    {"gvnE", "\xE2\x89\xA9\xEF\xB8\x80"},
    {"hArr", "\xE2\x87\x94"},
    {"hairsp", "\xE2\x80\x8A"},
    {"half", "\xC2\xBD"},
    {"hamilt", "\xE2\x84\x8B"},
    {"hardcy", "\xD1\x8A"},
    {"harr", "\xE2\x86\x94"},
    {"harrcir", "\xE2\xA5\x88"},
    {"harrw", "\xE2\x86\xAD"},
    {"hbar", "\xE2\x84\x8F"},
    {"hcirc", "\xC4\xA5"},
    {"hearts", "\xE2\x99\xA5"},
    {"heartsuit", "\xE2\x99\xA5"},
    {"hellip", "\xE2\x80\xA6"},
    {"hercon", "\xE2\x8A\xB9"},
    {"hfr", "\xF0\x9D\x94\xA5"},
    {"hksearow", "\xE2\xA4\xA5"},
    {"hkswarow", "\xE2\xA4\xA6"},
    {"hoarr", "\xE2\x87\xBF"},
    {"homtht", "\xE2\x88\xBB"},
    {"hookleftarrow", "\xE2\x86\xA9"},
    {"hookrightarrow", "\xE2\x86\xAA"},
    {"hopf", "\xF0\x9D\x95\x99"},
    {"horbar", "\xE2\x80\x95"},
    {"hscr", "\xF0\x9D\x92\xBD"},
    {"hslash", "\xE2\x84\x8F"},
    {"hstrok", "\xC4\xA7"},
    {"hybull", "\xE2\x81\x83"},
    {"hyphen", "\xE2\x80\x90"},
    {"iacute", "\xC3\xAD"},
    {"ic", "\xE2\x81\xA3"},
    {"icirc", "\xC3\xAE"},
    {"icy", "\xD0\xB8"},
    {"iecy", "\xD0\xB5"},
    {"iexcl", "\xC2\xA1"},
    {"iff", "\xE2\x87\x94"},
    {"ifr", "\xF0\x9D\x94\xA6"},
    {"igrave", "\xC3\xAC"},
    {"ii", "\xE2\x85\x88"},
    {"iiiint", "\xE2\xA8\x8C"},
    {"iiint", "\xE2\x88\xAD"},
    {"iinfin", "\xE2\xA7\x9C"},
    {"iiota", "\xE2\x84\xA9"},
    {"ijlig", "\xC4\xB3"},
    {"imacr", "\xC4\xAB"},
    {"image", "\xE2\x84\x91"},
    {"imagline", "\xE2\x84\x90"},
    {"imagpart", "\xE2\x84\x91"},
    {"imath", "\xC4\xB1"},
    {"imof", "\xE2\x8A\xB7"},
    {"imped", "\xC6\xB5"},
    {"in", "\xE2\x88\x88"},
    {"incare", "\xE2\x84\x85"},
    {"infin", "\xE2\x88\x9E"},
    {"infintie", "\xE2\xA7\x9D"},
    {"inodot", "\xC4\xB1"},
    {"int", "\xE2\x88\xAB"},
    {"intcal", "\xE2\x8A\xBA"},
    {"integers", "\xE2\x84\xA4"},
    {"intercal", "\xE2\x8A\xBA"},
    {"intlarhk", "\xE2\xA8\x97"},
    {"intprod", "\xE2\xA8\xBC"},
    {"iocy", "\xD1\x91"},
    {"iogon", "\xC4\xAF"},
    {"iopf", "\xF0\x9D\x95\x9A"},
    {"iota", "\xCE\xB9"},
    {"iprod", "\xE2\xA8\xBC"},
    {"iquest", "\xC2\xBF"},
    {"iscr", "\xF0\x9D\x92\xBE"},
    {"isin", "\xE2\x88\x88"},
    {"isinE", "\xE2\x8B\xB9"},
    {"isindot", "\xE2\x8B\xB5"},
    {"isins", "\xE2\x8B\xB4"},
    {"isinsv", "\xE2\x8B\xB3"},
    {"isinv", "\xE2\x88\x88"},
    {"it", "\xE2\x81\xA2"},
    {"itilde", "\xC4\xA9"},
    {"iukcy", "\xD1\x96"},
    {"iuml", "\xC3\xAF"},
    {"jcirc", "\xC4\xB5"},
    {"jcy", "\xD0\xB9"},
    {"jfr", "\xF0\x9D\x94\xA7"},
    {"jmath", "\xC8\xB7"},
    {"jopf", "\xF0\x9D\x95\x9B"},
    {"jscr", "\xF0\x9D\x92\xBF"},
    {"jsercy", "\xD1\x98"},
    {"jukcy", "\xD1\x94"},
    {"kappa", "\xCE\xBA"},
    {"kappav", "\xCF\xB0"},
    {"kcedil", "\xC4\xB7"},
    {"kcy", "\xD0\xBA"},
    {"kfr", "\xF0\x9D\x94\xA8"},
    {"kgreen", "\xC4\xB8"},
    {"khcy", "\xD1\x85"},
    {"kjcy", "\xD1\x9C"},
    {"kopf", "\xF0\x9D\x95\x9C"},
    {"kscr", "\xF0\x9D\x93\x80"},
    {"lAarr", "\xE2\x87\x9A"},
    {"lArr", "\xE2\x87\x90"},
    {"lAtail", "\xE2\xA4\x9B"},
    {"lBarr", "\xE2\xA4\x8E"},
    {"lE", "\xE2\x89\xA6"},
    {"lEg", "\xE2\xAA\x8B"},
    {"lHar", "\xE2\xA5\xA2"},
    {"lacute", "\xC4\xBA"},
    {"laemptyv", "\xE2\xA6\xB4"},
    {"lagran", "\xE2\x84\x92"},
    {"lambda", "\xCE\xBB"},
    {"lang", "\xE2\x9F\xA8"},
    {"langd", "\xE2\xA6\x91"},
    {"langle", "\xE2\x9F\xA8"},
    {"lap", "\xE2\xAA\x85"},
    {"laquo", "\xC2\xAB"},
    {"larr", "\xE2\x86\x90"},
    {"larrb", "\xE2\x87\xA4"},
    {"larrbfs", "\xE2\xA4\x9F"},
    {"larrfs", "\xE2\xA4\x9D"},
    {"larrhk", "\xE2\x86\xA9"},
    {"larrlp", "\xE2\x86\xAB"},
    {"larrpl", "\xE2\xA4\xB9"},
    {"larrsim", "\xE2\xA5\xB3"},
    {"larrtl", "\xE2\x86\xA2"},
    {"lat", "\xE2\xAA\xAB"},
    {"latail", "\xE2\xA4\x99"},
    {"late", "\xE2\xAA\xAD"},
    {"lates", "\xE2\xAA\xAD\xEF\xB8\x80"},
    {"lbarr", "\xE2\xA4\x8C"},
    {"lbbrk", "\xE2\x9D\xB2"},
    {"lbrace", "\x7B"},
    {"lbrack", "\x5B"},
    {"lbrke", "\xE2\xA6\x8B"},
    {"lbrksld", "\xE2\xA6\x8F"},
    {"lbrkslu", "\xE2\xA6\x8D"},
    {"lcaron", "\xC4\xBE"},
    {"lcedil", "\xC4\xBC"},
    {"lceil", "\xE2\x8C\x88"},
    {"lcub", "\x7B"},
    {"lcy", "\xD0\xBB"},
    {"ldca", "\xE2\xA4\xB6"},
    {"ldquo", "\xE2\x80\x9C"},
    {"ldquor", "\xE2\x80\x9E"},
    {"ldrdhar", "\xE2\xA5\xA7"},
    {"ldrushar", "\xE2\xA5\x8B"},
    {"ldsh", "\xE2\x86\xB2"},
    {"le", "\xE2\x89\xA4"},
    {"leftarrow", "\xE2\x86\x90"},
    {"leftarrowtail", "\xE2\x86\xA2"},
    {"leftharpoondown", "\xE2\x86\xBD"},
    {"leftharpoonup", "\xE2\x86\xBC"},
    {"leftleftarrows", "\xE2\x87\x87"},
    {"leftrightarrow", "\xE2\x86\x94"},
    {"leftrightarrows", "\xE2\x87\x86"},
    {"leftrightharpoons", "\xE2\x87\x8B"},
    {"leftrightsquigarrow", "\xE2\x86\xAD"},
    {"leftthreetimes", "\xE2\x8B\x8B"},
    {"leg", "\xE2\x8B\x9A"},
    {"leq", "\xE2\x89\xA4"},
    {"leqq", "\xE2\x89\xA6"},
    {"leqslant", "\xE2\xA9\xBD"},
    {"les", "\xE2\xA9\xBD"},
    {"lescc", "\xE2\xAA\xA8"},
    {"lesdot", "\xE2\xA9\xBF"},
    {"lesdoto", "\xE2\xAA\x81"},
    {"lesdotor", "\xE2\xAA\x83"},
    {"lesg", "\xE2\x8B\x9A\xEF\xB8\x80"},
    {"lesges", "\xE2\xAA\x93"},
    {"lessapprox", "\xE2\xAA\x85"},
    {"lessdot", "\xE2\x8B\x96"},
    {"lesseqgtr", "\xE2\x8B\x9A"},
    {"lesseqqgtr", "\xE2\xAA\x8B"},
    {"lessgtr", "\xE2\x89\xB6"},
    {"lesssim", "\xE2\x89\xB2"},
    {"lfisht", "\xE2\xA5\xBC"},
    {"lfloor", "\xE2\x8C\x8A"},
    {"lfr", "\xF0\x9D\x94\xA9"},
    {"lg", "\xE2\x89\xB6"},
    {"lgE", "\xE2\xAA\x91"},
    {"lhard", "\xE2\x86\xBD"},
    {"lharu", "\xE2\x86\xBC"},
    {"lharul", "\xE2\xA5\xAA"},
    {"lhblk", "\xE2\x96\x84"},
    {"ljcy", "\xD1\x99"},
    {"ll", "\xE2\x89\xAA"},
    {"llarr", "\xE2\x87\x87"},
    {"llcorner", "\xE2\x8C\x9E"},
    {"llhard", "\xE2\xA5\xAB"},
    {"lltri", "\xE2\x97\xBA"},
    {"lmidot", "\xC5\x80"},
    {"lmoust", "\xE2\x8E\xB0"},
    {"lmoustache", "\xE2\x8E\xB0"},
    {"lnE", "\xE2\x89\xA8"},
    {"lnap", "\xE2\xAA\x89"},
    {"lnapprox", "\xE2\xAA\x89"},
    {"lne", "\xE2\xAA\x87"},
    {"lneq", "\xE2\xAA\x87"},
    {"lneqq", "\xE2\x89\xA8"},
    {"lnsim", "\xE2\x8B\xA6"},
    {"loang", "\xE2\x9F\xAC"},
    {"loarr", "\xE2\x87\xBD"},
    {"lobrk", "\xE2\x9F\xA6"},
    {"longleftarrow", "\xE2\x9F\xB5"},
    {"longleftrightarrow", "\xE2\x9F\xB7"},
    {"longmapsto", "\xE2\x9F\xBC"},
    {"longrightarrow", "\xE2\x9F\xB6"},
    {"looparrowleft", "\xE2\x86\xAB"},
    {"looparrowright", "\xE2\x86\xAC"},
    {"lopar", "\xE2\xA6\x85"},
    {"lopf", "\xF0\x9D\x95\x9D"},
    {"loplus", "\xE2\xA8\xAD"},
    {"lotimes", "\xE2\xA8\xB4"},
    {"lowast", "\xE2\x88\x97"},
    {"lowbar", "\x5F"},
    {"loz", "\xE2\x97\x8A"},
    {"lozenge", "\xE2\x97\x8A"},
    {"lozf", "\xE2\xA7\xAB"},
    {"lpar", "\x28"},
    {"lparlt", "\xE2\xA6\x93"},
    {"lrarr", "\xE2\x87\x86"},
    {"lrcorner", "\xE2\x8C\x9F"},
    {"lrhar", "\xE2\x87\x8B"},
    {"lrhard", "\xE2\xA5\xAD"},
    {"lrm", "\xE2\x80\x8E"},
    {"lrtri", "\xE2\x8A\xBF"},
    {"lsaquo", "\xE2\x80\xB9"},
    {"lscr", "\xF0\x9D\x93\x81"},
    {"lsh", "\xE2\x86\xB0"},
    {"lsim", "\xE2\x89\xB2"},
    {"lsime", "\xE2\xAA\x8D"},
    {"lsimg", "\xE2\xAA\x8F"},
    {"lsqb", "\x5B"},
    {"lsquo", "\xE2\x80\x98"},
    {"lsquor", "\xE2\x80\x9A"},
    {"lstrok", "\xC5\x82"},
    {"lt", "\x3C"},
    {"ltcc", "\xE2\xAA\xA6"},
    {"ltcir", "\xE2\xA9\xB9"},
    {"ltdot", "\xE2\x8B\x96"},
    {"lthree", "\xE2\x8B\x8B"},
    {"ltimes", "\xE2\x8B\x89"},
    {"ltlarr", "\xE2\xA5\xB6"},
    {"ltquest", "\xE2\xA9\xBB"},
    {"ltrPar", "\xE2\xA6\x96"},
    {"ltri", "\xE2\x97\x83"},
    {"ltrie", "\xE2\x8A\xB4"},
    {"ltrif", "\xE2\x97\x82"},
    {"lurdshar", "\xE2\xA5\x8A"},
    {"luruhar", "\xE2\xA5\xA6"},
    {"lvertneqq", "\xE2\x89\xA8\xEF\xB8\x80"},
    {"lvnE", "\xE2\x89\xA8\xEF\xB8\x80"},
    {"mDDot", "\xE2\x88\xBA"},
    {"macr", "\xC2\xAF"},
    {"male", "\xE2\x99\x82"},
    {"malt", "\xE2\x9C\xA0"},
    {"maltese", "\xE2\x9C\xA0"},
    {"map", "\xE2\x86\xA6"},
    {"mapsto", "\xE2\x86\xA6"},
    {"mapstodown", "\xE2\x86\xA7"},
    {"mapstoleft", "\xE2\x86\xA4"},
    {"mapstoup", "\xE2\x86\xA5"},
    {"marker", "\xE2\x96\xAE"},
    {"mcomma", "\xE2\xA8\xA9"},
    {"mcy", "\xD0\xBC"},
    {"mdash", "\xE2\x80\x94"},
    {"measuredangle", "\xE2\x88\xA1"},
    {"mfr", "\xF0\x9D\x94\xAA"},
    {"mho", "\xE2\x84\xA7"},
    {"micro", "\xC2\xB5"},
    {"mid", "\xE2\x88\xA3"},
    {"midast", "\x2A"},
    {"midcir", "\xE2\xAB\xB0"},
    {"middot", "\xC2\xB7"},
    {"minus", "\xE2\x88\x92"},
    {"minusb", "\xE2\x8A\x9F"},
    {"minusd", "\xE2\x88\xB8"},
    {"minusdu", "\xE2\xA8\xAA"},
    {"mlcp", "\xE2\xAB\x9B"},
    {"mldr", "\xE2\x80\xA6"},
    {"mnplus", "\xE2\x88\x93"},
    {"models", "\xE2\x8A\xA7"},
    {"mopf", "\xF0\x9D\x95\x9E"},
    {"mp", "\xE2\x88\x93"},
    {"mscr", "\xF0\x9D\x93\x82"},
    {"mstpos", "\xE2\x88\xBE"},
    {"mu", "\xCE\xBC"},
    {"multimap", "\xE2\x8A\xB8"},
    {"mumap", "\xE2\x8A\xB8"},
    {"nGg", "\xE2\x8B\x99\xCC\xB8"},
    {"nGt", "\xE2\x89\xAB\xE2\x83\x92"},
    {"nGtv", "\xE2\x89\xAB\xCC\xB8"},
    {"nLeftarrow", "\xE2\x87\x8D"},
    {"nLeftrightarrow", "\xE2\x87\x8E"},
    {"nLl", "\xE2\x8B\x98\xCC\xB8"},
    {"nLt", "\xE2\x89\xAA\xE2\x83\x92"},
    {"nLtv", "\xE2\x89\xAA\xCC\xB8"},
    {"nRightarrow", "\xE2\x87\x8F"},
    {"nVDash", "\xE2\x8A\xAF"},
    {"nVdash", "\xE2\x8A\xAE"},
    {"nabla", "\xE2\x88\x87"},
    {"nacute", "\xC5\x84"},
    {"nang", "\xE2\x88\xA0\xE2\x83\x92"},
    {"nap", "\xE2\x89\x89"},
    {"napE", "\xE2\xA9\xB0\xCC\xB8"},
    {"napid", "\xE2\x89\x8B\xCC\xB8"},
    {"napos", "\xC5\x89"},
    {"napprox", "\xE2\x89\x89"},
    {"natur", "\xE2\x99\xAE"},
    {"natural", "\xE2\x99\xAE"},
    {"naturals", "\xE2\x84\x95"},
    {"nbsp", "\xC2\xA0"},
    {"nbump", "\xE2\x89\x8E\xCC\xB8"},
    {"nbumpe", "\xE2\x89\x8F\xCC\xB8"},
    {"ncap", "\xE2\xA9\x83"},
    {"ncaron", "\xC5\x88"},
    {"ncedil", "\xC5\x86"},
    {"ncong", "\xE2\x89\x87"},
    {"ncongdot", "\xE2\xA9\xAD\xCC\xB8"},
    {"ncup", "\xE2\xA9\x82"},
    {"ncy", "\xD0\xBD"},
    {"ndash", "\xE2\x80\x93"},
    {"ne", "\xE2\x89\xA0"},
    {"neArr", "\xE2\x87\x97"},
    {"nearhk", "\xE2\xA4\xA4"},
    {"nearr", "\xE2\x86\x97"},
    {"nearrow", "\xE2\x86\x97"},
    {"nedot", "\xE2\x89\x90\xCC\xB8"},
    {"nequiv", "\xE2\x89\xA2"},
    {"nesear", "\xE2\xA4\xA8"},
    {"nesim", "\xE2\x89\x82\xCC\xB8"},
    {"nexist", "\xE2\x88\x84"},
    {"nexists", "\xE2\x88\x84"},
    {"nfr", "\xF0\x9D\x94\xAB"},
    {"ngE", "\xE2\x89\xA7\xCC\xB8"},
    {"nge", "\xE2\x89\xB1"},
    {"ngeq", "\xE2\x89\xB1"},
    {"ngeqq", "\xE2\x89\xA7\xCC\xB8"},
    {"ngeqslant", "\xE2\xA9\xBE\xCC\xB8"},
    {"nges", "\xE2\xA9\xBE\xCC\xB8"},
    {"ngsim", "\xE2\x89\xB5"},
    {"ngt", "\xE2\x89\xAF"},
    {"ngtr", "\xE2\x89\xAF"},
    {"nhArr", "\xE2\x87\x8E"},
    {"nharr", "\xE2\x86\xAE"},
    {"nhpar", "\xE2\xAB\xB2"},
    {"ni", "\xE2\x88\x8B"},
    {"nis", "\xE2\x8B\xBC"},
    {"nisd", "\xE2\x8B\xBA"},
    {"niv", "\xE2\x88\x8B"},
    {"njcy", "\xD1\x9A"},
    {"nlArr", "\xE2\x87\x8D"},
    {"nlE", "\xE2\x89\xA6\xCC\xB8"},
    {"nlarr", "\xE2\x86\x9A"},
    {"nldr", "\xE2\x80\xA5"},
    {"nle", "\xE2\x89\xB0"},
    {"nleftarrow", "\xE2\x86\x9A"},
    {"nleftrightarrow", "\xE2\x86\xAE"},
    {"nleq", "\xE2\x89\xB0"},
    {"nleqq", "\xE2\x89\xA6\xCC\xB8"},
    {"nleqslant", "\xE2\xA9\xBD\xCC\xB8"},
    {"nles", "\xE2\xA9\xBD\xCC\xB8"},
    {"nless", "\xE2\x89\xAE"},
    {"nlsim", "\xE2\x89\xB4"},
    {"nlt", "\xE2\x89\xAE"},
    {"nltri", "\xE2\x8B\xAA"},
    {"nltrie", "\xE2\x8B\xAC"},
    {"nmid", "\xE2\x88\xA4"},
    {"nopf", "\xF0\x9D\x95\x9F"},
    {"not", "\xC2\xAC"},
    {"notin", "\xE2\x88\x89"},
    {"notinE", "\xE2\x8B\xB9\xCC\xB8"},
    {"notindot", "\xE2\x8B\xB5\xCC\xB8"},
    {"notinva", "\xE2\x88\x89"},
    {"notinvb", "\xE2\x8B\xB7"},
    {"notinvc", "\xE2\x8B\xB6"},
    {"notni", "\xE2\x88\x8C"},
    {"notniva", "\xE2\x88\x8C"},
    {"notnivb", "\xE2\x8B\xBE"},
    {"notnivc", "\xE2\x8B\xBD"},
    {"npar", "\xE2\x88\xA6"},
    {"nparallel", "\xE2\x88\xA6"},
    {"nparsl", "\xE2\xAB\xBD\xE2\x83\xA5"},
    {"npart", "\xE2\x88\x82\xCC\xB8"},
    {"npolint", "\xE2\xA8\x94"},
    {"npr", "\xE2\x8A\x80"},
    {"nprcue", "\xE2\x8B\xA0"},
    {"npre", "\xE2\xAA\xAF\xCC\xB8"},
    {"nprec", "\xE2\x8A\x80"},
    {"npreceq", "\xE2\xAA\xAF\xCC\xB8"},
    {"nrArr", "\xE2\x87\x8F"},
    {"nrarr", "\xE2\x86\x9B"},
    {"nrarrc", "\xE2\xA4\xB3\xCC\xB8"},
    {"nrarrw", "\xE2\x86\x9D\xCC\xB8"},
    {"nrightarrow", "\xE2\x86\x9B"},
    {"nrtri", "\xE2\x8B\xAB"},
    {"nrtrie", "\xE2\x8B\xAD"},
    {"nsc", "\xE2\x8A\x81"},
    {"nsccue", "\xE2\x8B\xA1"},
    {"nsce", "\xE2\xAA\xB0\xCC\xB8"},
    {"nscr", "\xF0\x9D\x93\x83"},
    {"nshortmid", "\xE2\x88\xA4"},
    {"nshortparallel", "\xE2\x88\xA6"},
    {"nsim", "\xE2\x89\x81"},
    {"nsime", "\xE2\x89\x84"},
    {"nsimeq", "\xE2\x89\x84"},
    {"nsmid", "\xE2\x88\xA4"},
    {"nspar", "\xE2\x88\xA6"},
    {"nsqsube", "\xE2\x8B\xA2"},
    {"nsqsupe", "\xE2\x8B\xA3"},
    {"nsub", "\xE2\x8A\x84"},
    {"nsubE", "\xE2\xAB\x85\xCC\xB8"},
    {"nsube", "\xE2\x8A\x88"},
    {"nsubset", "\xE2\x8A\x82\xE2\x83\x92"},
    {"nsubseteq", "\xE2\x8A\x88"},
    {"nsubseteqq", "\xE2\xAB\x85\xCC\xB8"},
    {"nsucc", "\xE2\x8A\x81"},
    {"nsucceq", "\xE2\xAA\xB0\xCC\xB8"},
    {"nsup", "\xE2\x8A\x85"},
    {"nsupE", "\xE2\xAB\x86\xCC\xB8"},
    {"nsupe", "\xE2\x8A\x89"},
    {"nsupset", "\xE2\x8A\x83\xE2\x83\x92"},
    {"nsupseteq", "\xE2\x8A\x89"},
    {"nsupseteqq", "\xE2\xAB\x86\xCC\xB8"},
    {"ntgl", "\xE2\x89\xB9"},
    {"ntilde", "\xC3\xB1"},
    {"ntlg", "\xE2\x89\xB8"},
    {"ntriangleleft", "\xE2\x8B\xAA"},
    {"ntrianglelefteq", "\xE2\x8B\xAC"},
    {"ntriangleright", "\xE2\x8B\xAB"},
    {"ntrianglerighteq", "\xE2\x8B\xAD"},
    {"nu", "\xCE\xBD"},
    {"num", "\x23"},
    {"numero", "\xE2\x84\x96"},
    {"numsp", "\xE2\x80\x87"},
    {"nvDash", "\xE2\x8A\xAD"},
    {"nvHarr", "\xE2\xA4\x84"},
    {"nvap", "\xE2\x89\x8D\xE2\x83\x92"},
    {"nvdash", "\xE2\x8A\xAC"},
    {"nvge", "\xE2\x89\xA5\xE2\x83\x92"},
    {"nvgt", "\x3E\xE2\x83\x92"},
    {"nvinfin", "\xE2\xA7\x9E"},
    {"nvlArr", "\xE2\xA4\x82"},
    {"nvle", "\xE2\x89\xA4\xE2\x83\x92"},
    {"nvlt", "\x3C\xE2\x83\x92"},
    {"nvltrie", "\xE2\x8A\xB4\xE2\x83\x92"},
    {"nvrArr", "\xE2\xA4\x83"},
    {"nvrtrie", "\xE2\x8A\xB5\xE2\x83\x92"},
    {"nvsim", "\xE2\x88\xBC\xE2\x83\x92"},
    {"nwArr", "\xE2\x87\x96"},
    {"nwarhk", "\xE2\xA4\xA3"},
    {"nwarr", "\xE2\x86\x96"},
    {"nwarrow", "\xE2\x86\x96"},
    {"nwnear", "\xE2\xA4\xA7"},
    {"oS", "\xE2\x93\x88"},
    {"oacute", "\xC3\xB3"},
    {"oast", "\xE2\x8A\x9B"},
    {"ocir", "\xE2\x8A\x9A"},
    {"ocirc", "\xC3\xB4"},
    {"ocy", "\xD0\xBE"},
    {"odash", "\xE2\x8A\x9D"},
    {"odblac", "\xC5\x91"},
    {"odiv", "\xE2\xA8\xB8"},
    {"odot", "\xE2\x8A\x99"},
    {"odsold", "\xE2\xA6\xBC"},
    {"oelig", "\xC5\x93"},
    {"ofcir", "\xE2\xA6\xBF"},
    {"ofr", "\xF0\x9D\x94\xAC"},
    {"ogon", "\xCB\x9B"},
    {"ograve", "\xC3\xB2"},
    {"ogt", "\xE2\xA7\x81"},
    {"ohbar", "\xE2\xA6\xB5"},
    {"ohm", "\xCE\xA9"},
    {"oint", "\xE2\x88\xAE"},
    {"olarr", "\xE2\x86\xBA"},
    {"olcir", "\xE2\xA6\xBE"},
    {"olcross", "\xE2\xA6\xBB"},
    {"oline", "\xE2\x80\xBE"},
    {"olt", "\xE2\xA7\x80"},
    {"omacr", "\xC5\x8D"},
    {"omega", "\xCF\x89"},
    {"omicron", "\xCE\xBF"},
    {"omid", "\xE2\xA6\xB6"},
    {"ominus", "\xE2\x8A\x96"},
    {"oopf", "\xF0\x9D\x95\xA0"},
    {"opar", "\xE2\xA6\xB7"},
    {"operp", "\xE2\xA6\xB9"},
    {"oplus", "\xE2\x8A\x95"},
    {"or", "\xE2\x88\xA8"},
    {"orarr", "\xE2\x86\xBB"},
    {"ord", "\xE2\xA9\x9D"},
    {"order", "\xE2\x84\xB4"},
    {"orderof", "\xE2\x84\xB4"},
    {"ordf", "\xC2\xAA"},
    {"ordm", "\xC2\xBA"},
    {"origof", "\xE2\x8A\xB6"},
    {"oror", "\xE2\xA9\x96"},
    {"orslope", "\xE2\xA9\x97"},
    {"orv", "\xE2\xA9\x9B"},
    {"oscr", "\xE2\x84\xB4"},
    {"oslash", "\xC3\xB8"},
    {"osol", "\xE2\x8A\x98"},
    {"otilde", "\xC3\xB5"},
    {"otimes", "\xE2\x8A\x97"},
    {"otimesas", "\xE2\xA8\xB6"},
    {"ouml", "\xC3\xB6"},
    {"ovbar", "\xE2\x8C\xBD"},
    {"par", "\xE2\x88\xA5"},
    {"para", "\xC2\xB6"},
    {"parallel", "\xE2\x88\xA5"},
    {"parsim", "\xE2\xAB\xB3"},
    {"parsl", "\xE2\xAB\xBD"},
    {"part", "\xE2\x88\x82"},
    {"pcy", "\xD0\xBF"},
    {"percnt", "\x25"},
    {"period", "\x2E"},
    {"permil", "\xE2\x80\xB0"},
    {"perp", "\xE2\x8A\xA5"},
    {"pertenk", "\xE2\x80\xB1"},
    {"pfr", "\xF0\x9D\x94\xAD"},
    {"phi", "\xCF\x86"},
    {"phiv", "\xCF\x95"},
    {"phmmat", "\xE2\x84\xB3"},
    {"phone", "\xE2\x98\x8E"},
    {"pi", "\xCF\x80"},
    {"pitchfork", "\xE2\x8B\x94"},
    {"piv", "\xCF\x96"},
    {"planck", "\xE2\x84\x8F"},
    {"planckh", "\xE2\x84\x8E"},
    {"plankv", "\xE2\x84\x8F"},
    {"plus", "\x2B"},
    {"plusacir", "\xE2\xA8\xA3"},
    {"plusb", "\xE2\x8A\x9E"},
    {"pluscir", "\xE2\xA8\xA2"},
    {"plusdo", "\xE2\x88\x94"},
    {"plusdu", "\xE2\xA8\xA5"},
    {"pluse", "\xE2\xA9\xB2"},
    {"plusmn", "\xC2\xB1"},
    {"plussim", "\xE2\xA8\xA6"},
    {"plustwo", "\xE2\xA8\xA7"},
    {"pm", "\xC2\xB1"},
    {"pointint", "\xE2\xA8\x95"},
    {"popf", "\xF0\x9D\x95\xA1"},
    {"pound", "\xC2\xA3"},
    {"pr", "\xE2\x89\xBA"},
    {"prE", "\xE2\xAA\xB3"},
    {"prap", "\xE2\xAA\xB7"},
    {"prcue", "\xE2\x89\xBC"},
    {"pre", "\xE2\xAA\xAF"},
    {"prec", "\xE2\x89\xBA"},
    {"precapprox", "\xE2\xAA\xB7"},
    {"preccurlyeq", "\xE2\x89\xBC"},
    {"preceq", "\xE2\xAA\xAF"},
    {"precnapprox", "\xE2\xAA\xB9"},
    {"precneqq", "\xE2\xAA\xB5"},
    {"precnsim", "\xE2\x8B\xA8"},
    {"precsim", "\xE2\x89\xBE"},
    {"prime", "\xE2\x80\xB2"},
    {"primes", "\xE2\x84\x99"},
    {"prnE", "\xE2\xAA\xB5"},
    {"prnap", "\xE2\xAA\xB9"},
    {"prnsim", "\xE2\x8B\xA8"},
    {"prod", "\xE2\x88\x8F"},
    {"profalar", "\xE2\x8C\xAE"},
    {"profline", "\xE2\x8C\x92"},
    {"profsurf", "\xE2\x8C\x93"},
    {"prop", "\xE2\x88\x9D"},
    {"propto", "\xE2\x88\x9D"},
    {"prsim", "\xE2\x89\xBE"},
    {"prurel", "\xE2\x8A\xB0"},
    {"pscr", "\xF0\x9D\x93\x85"},
    {"psi", "\xCF\x88"},
    {"puncsp", "\xE2\x80\x88"},
    {"qfr", "\xF0\x9D\x94\xAE"},
    {"qint", "\xE2\xA8\x8C"},
    {"qopf", "\xF0\x9D\x95\xA2"},
    {"qprime", "\xE2\x81\x97"},
    {"qscr", "\xF0\x9D\x93\x86"},
    {"quaternions", "\xE2\x84\x8D"},
    {"quatint", "\xE2\xA8\x96"},
    {"quest", "\x3F"},
    {"questeq", "\xE2\x89\x9F"},
    {"quot", "\x22"},
    {"rAarr", "\xE2\x87\x9B"},
    {"rArr", "\xE2\x87\x92"},
    {"rAtail", "\xE2\xA4\x9C"},
    {"rBarr", "\xE2\xA4\x8F"},
    {"rHar", "\xE2\xA5\xA4"},
    {"race", "\xE2\x88\xBD\xCC\xB1"},
    {"racute", "\xC5\x95"},
    {"radic", "\xE2\x88\x9A"},
    {"raemptyv", "\xE2\xA6\xB3"},
    {"rang", "\xE2\x9F\xA9"},
    {"rangd", "\xE2\xA6\x92"},
    {"range", "\xE2\xA6\xA5"},
    {"rangle", "\xE2\x9F\xA9"},
    {"raquo", "\xC2\xBB"},
    {"rarr", "\xE2\x86\x92"},
    {"rarrap", "\xE2\xA5\xB5"},
    {"rarrb", "\xE2\x87\xA5"},
    {"rarrbfs", "\xE2\xA4\xA0"},
    {"rarrc", "\xE2\xA4\xB3"},
    {"rarrfs", "\xE2\xA4\x9E"},
    {"rarrhk", "\xE2\x86\xAA"},
    {"rarrlp", "\xE2\x86\xAC"},
    {"rarrpl", "\xE2\xA5\x85"},
    {"rarrsim", "\xE2\xA5\xB4"},
    {"rarrtl", "\xE2\x86\xA3"},
    {"rarrw", "\xE2\x86\x9D"},
    {"ratail", "\xE2\xA4\x9A"},
    {"ratio", "\xE2\x88\xB6"},
    {"rationals", "\xE2\x84\x9A"},
    {"rbarr", "\xE2\xA4\x8D"},
    {"rbbrk", "\xE2\x9D\xB3"},
    {"rbrace", "\x7D"},
    {"rbrack", "\x5D"},
    {"rbrke", "\xE2\xA6\x8C"},
    {"rbrksld", "\xE2\xA6\x8E"},
    {"rbrkslu", "\xE2\xA6\x90"},
    {"rcaron", "\xC5\x99"},
    {"rcedil", "\xC5\x97"},
    {"rceil", "\xE2\x8C\x89"},
    {"rcub", "\x7D"},
    {"rcy", "\xD1\x80"},
    {"rdca", "\xE2\xA4\xB7"},
    {"rdldhar", "\xE2\xA5\xA9"},
    {"rdquo", "\xE2\x80\x9D"},
    {"rdquor", "\xE2\x80\x9D"},
    {"rdsh", "\xE2\x86\xB3"},
    {"real", "\xE2\x84\x9C"},
    {"realine", "\xE2\x84\x9B"},
    {"realpart", "\xE2\x84\x9C"},
    {"reals", "\xE2\x84\x9D"},
    {"rect", "\xE2\x96\xAD"},
    {"reg", "\xC2\xAE"},
    {"rfisht", "\xE2\xA5\xBD"},
    {"rfloor", "\xE2\x8C\x8B"},
    {"rfr", "\xF0\x9D\x94\xAF"},
    {"rhard", "\xE2\x87\x81"},
    {"rharu", "\xE2\x87\x80"},
    {"rharul", "\xE2\xA5\xAC"},
    {"rho", "\xCF\x81"},
    {"rhov", "\xCF\xB1"},
    {"rightarrow", "\xE2\x86\x92"},
    {"rightarrowtail", "\xE2\x86\xA3"},
    {"rightharpoondown", "\xE2\x87\x81"},
    {"rightharpoonup", "\xE2\x87\x80"},
    {"rightleftarrows", "\xE2\x87\x84"},
    {"rightleftharpoons", "\xE2\x87\x8C"},
    {"rightrightarrows", "\xE2\x87\x89"},
    {"rightsquigarrow", "\xE2\x86\x9D"},
    {"rightthreetimes", "\xE2\x8B\x8C"},
    {"ring", "\xCB\x9A"},
    {"risingdotseq", "\xE2\x89\x93"},
    {"rlarr", "\xE2\x87\x84"},
    {"rlhar", "\xE2\x87\x8C"},
    {"rlm", "\xE2\x80\x8F"},
    {"rmoust", "\xE2\x8E\xB1"},
    {"rmoustache", "\xE2\x8E\xB1"},
    {"rnmid", "\xE2\xAB\xAE"},
    {"roang", "\xE2\x9F\xAD"},
    {"roarr", "\xE2\x87\xBE"},
    {"robrk", "\xE2\x9F\xA7"},
    {"ropar", "\xE2\xA6\x86"},
    {"ropf", "\xF0\x9D\x95\xA3"},
    {"roplus", "\xE2\xA8\xAE"},
    {"rotimes", "\xE2\xA8\xB5"},
    {"rpar", "\x29"},
    {"rpargt", "\xE2\xA6\x94"},
    {"rppolint", "\xE2\xA8\x92"},
    {"rrarr", "\xE2\x87\x89"},
    {"rsaquo", "\xE2\x80\xBA"},
    {"rscr", "\xF0\x9D\x93\x87"},
    {"rsh", "\xE2\x86\xB1"},
    {"rsqb", "\x5D"},
    {"rsquo", "\xE2\x80\x99"},
    {"rsquor", "\xE2\x80\x99"},
    {"rthree", "\xE2\x8B\x8C"},
    {"rtimes", "\xE2\x8B\x8A"},
    {"rtri", "\xE2\x96\xB9"},
    {"rtrie", "\xE2\x8A\xB5"},
    {"rtrif", "\xE2\x96\xB8"},
    {"rtriltri", "\xE2\xA7\x8E"},
    {"ruluhar", "\xE2\xA5\xA8"},
    {"rx", "\xE2\x84\x9E"},
    {"sacute", "\xC5\x9B"},
    {"sbquo", "\xE2\x80\x9A"},
    {"sc", "\xE2\x89\xBB"},
    {"scE", "\xE2\xAA\xB4"},
    {"scap", "\xE2\xAA\xB8"},
    {"scaron", "\xC5\xA1"},
    {"sccue", "\xE2\x89\xBD"},
    {"sce", "\xE2\xAA\xB0"},
    {"scedil", "\xC5\x9F"},
    {"scirc", "\xC5\x9D"},
    {"scnE", "\xE2\xAA\xB6"},
    {"scnap", "\xE2\xAA\xBA"},
    {"scnsim", "\xE2\x8B\xA9"},
    {"scpolint", "\xE2\xA8\x93"},
    {"scsim", "\xE2\x89\xBF"},
    {"scy", "\xD1\x81"},
    {"sdot", "\xE2\x8B\x85"},
    {"sdotb", "\xE2\x8A\xA1"},
    {"sdote", "\xE2\xA9\xA6"},
    {"seArr", "\xE2\x87\x98"},
    {"searhk", "\xE2\xA4\xA5"},
    {"searr", "\xE2\x86\x98"},
    {"searrow", "\xE2\x86\x98"},
    {"sect", "\xC2\xA7"},
    {"semi", "\x3B"},
    {"seswar", "\xE2\xA4\xA9"},
    {"setminus", "\xE2\x88\x96"},
    {"setmn", "\xE2\x88\x96"},
    {"sext", "\xE2\x9C\xB6"},
    {"sfr", "\xF0\x9D\x94\xB0"},
    {"sfrown", "\xE2\x8C\xA2"},
    {"sharp", "\xE2\x99\xAF"},
    {"shchcy", "\xD1\x89"},
    {"shcy", "\xD1\x88"},
    {"shortmid", "\xE2\x88\xA3"},
    {"shortparallel", "\xE2\x88\xA5"},
    {"shy", "\xC2\xAD"},
    {"sigma", "\xCF\x83"},
    {"sigmaf", "\xCF\x82"},
    {"sigmav", "\xCF\x82"},
    {"sim", "\xE2\x88\xBC"},
    {"simdot", "\xE2\xA9\xAA"},
    {"sime", "\xE2\x89\x83"},
    {"simeq", "\xE2\x89\x83"},
    {"simg", "\xE2\xAA\x9E"},
    {"simgE", "\xE2\xAA\xA0"},
    {"siml", "\xE2\xAA\x9D"},
    {"simlE", "\xE2\xAA\x9F"},
    {"simne", "\xE2\x89\x86"},
    {"simplus", "\xE2\xA8\xA4"},
    {"simrarr", "\xE2\xA5\xB2"},
    {"slarr", "\xE2\x86\x90"},
    {"smallsetminus", "\xE2\x88\x96"},
    {"smashp", "\xE2\xA8\xB3"},
    {"smeparsl", "\xE2\xA7\xA4"},
    {"smid", "\xE2\x88\xA3"},
    {"smile", "\xE2\x8C\xA3"},
    {"smt", "\xE2\xAA\xAA"},
    {"smte", "\xE2\xAA\xAC"},
    {"smtes", "\xE2\xAA\xAC\xEF\xB8\x80"},
    {"softcy", "\xD1\x8C"},
    {"sol", "\x2F"},
    {"solb", "\xE2\xA7\x84"},
    {"solbar", "\xE2\x8C\xBF"},
    {"sopf", "\xF0\x9D\x95\xA4"},
    {"spades", "\xE2\x99\xA0"},
    {"spadesuit", "\xE2\x99\xA0"},
    {"spar", "\xE2\x88\xA5"},
    {"sqcap", "\xE2\x8A\x93"},
    {"sqcaps", "\xE2\x8A\x93\xEF\xB8\x80"},
    {"sqcup", "\xE2\x8A\x94"},
    {"sqcups", "\xE2\x8A\x94\xEF\xB8\x80"},
    {"sqsub", "\xE2\x8A\x8F"},
    {"sqsube", "\xE2\x8A\x91"},
    {"sqsubset", "\xE2\x8A\x8F"},
    {"sqsubseteq", "\xE2\x8A\x91"},
    {"sqsup", "\xE2\x8A\x90"},
    {"sqsupe", "\xE2\x8A\x92"},
    {"sqsupset", "\xE2\x8A\x90"},
    {"sqsupseteq", "\xE2\x8A\x92"},
    {"squ", "\xE2\x96\xA1"},
    {"square", "\xE2\x96\xA1"},
    {"squarf", "\xE2\x96\xAA"},
    {"squf", "\xE2\x96\xAA"},
    {"srarr", "\xE2\x86\x92"},
    {"sscr", "\xF0\x9D\x93\x88"},
    {"ssetmn", "\xE2\x88\x96"},
    {"ssmile", "\xE2\x8C\xA3"},
    {"sstarf", "\xE2\x8B\x86"},
    {"star", "\xE2\x98\x86"},
    {"starf", "\xE2\x98\x85"},
    {"straightepsilon", "\xCF\xB5"},
    {"straightphi", "\xCF\x95"},
    {"strns", "\xC2\xAF"},
    {"sub", "\xE2\x8A\x82"},
    {"subE", "\xE2\xAB\x85"},
    {"subdot", "\xE2\xAA\xBD"},
    {"sube", "\xE2\x8A\x86"},
    {"subedot", "\xE2\xAB\x83"},
    {"submult", "\xE2\xAB\x81"},
    {"subnE", "\xE2\xAB\x8B"},
    {"subne", "\xE2\x8A\x8A"},
    {"subplus", "\xE2\xAA\xBF"},
    {"subrarr", "\xE2\xA5\xB9"},
    {"subset", "\xE2\x8A\x82"},
    {"subseteq", "\xE2\x8A\x86"},
    {"subseteqq", "\xE2\xAB\x85"},
    {"subsetneq", "\xE2\x8A\x8A"},
    {"subsetneqq", "\xE2\xAB\x8B"},
    {"subsim", "\xE2\xAB\x87"},
    {"subsub", "\xE2\xAB\x95"},
    {"subsup", "\xE2\xAB\x93"},
    {"succ", "\xE2\x89\xBB"},
    {"succapprox", "\xE2\xAA\xB8"},
    {"succcurlyeq", "\xE2\x89\xBD"},
    {"succeq", "\xE2\xAA\xB0"},
    {"succnapprox", "\xE2\xAA\xBA"},
    {"succneqq", "\xE2\xAA\xB6"},
    {"succnsim", "\xE2\x8B\xA9"},
    {"succsim", "\xE2\x89\xBF"},
    {"sum", "\xE2\x88\x91"},
    {"sung", "\xE2\x99\xAA"},
    {"sup", "\xE2\x8A\x83"},
    {"sup1", "\xC2\xB9"},
    {"sup2", "\xC2\xB2"},
    {"sup3", "\xC2\xB3"},
    {"supE", "\xE2\xAB\x86"},
    {"supdot", "\xE2\xAA\xBE"},
    {"supdsub", "\xE2\xAB\x98"},
    {"supe", "\xE2\x8A\x87"},
    {"supedot", "\xE2\xAB\x84"},
    {"suphsol", "\xE2\x9F\x89"},
    {"suphsub", "\xE2\xAB\x97"},
    {"suplarr", "\xE2\xA5\xBB"},
    {"supmult", "\xE2\xAB\x82"},
    {"supnE", "\xE2\xAB\x8C"},
    {"supne", "\xE2\x8A\x8B"},
    {"supplus", "\xE2\xAB\x80"},
    {"supset", "\xE2\x8A\x83"},
    {"supseteq", "\xE2\x8A\x87"},
    {"supseteqq", "\xE2\xAB\x86"},
    {"supsetneq", "\xE2\x8A\x8B"},
    {"supsetneqq", "\xE2\xAB\x8C"},
    {"supsim", "\xE2\xAB\x88"},
    {"supsub", "\xE2\xAB\x94"},
    {"supsup", "\xE2\xAB\x96"},
    {"swArr", "\xE2\x87\x99"},
    {"swarhk", "\xE2\xA4\xA6"},
    {"swarr", "\xE2\x86\x99"},
    {"swarrow", "\xE2\x86\x99"},
    {"swnwar", "\xE2\xA4\xAA"},
    {"szlig", "\xC3\x9F"},
    {"target", "\xE2\x8C\x96"},
    {"tau", "\xCF\x84"},
    {"tbrk", "\xE2\x8E\xB4"},
    {"tcaron", "\xC5\xA5"},
    {"tcedil", "\xC5\xA3"},
    {"tcy", "\xD1\x82"},
    {"tdot", "\xE2\x83\x9B"},
    {"telrec", "\xE2\x8C\x95"},
    {"tfr", "\xF0\x9D\x94\xB1"},
    {"there4", "\xE2\x88\xB4"},
    {"therefore", "\xE2\x88\xB4"},
    {"theta", "\xCE\xB8"},
    {"thetasym", "\xCF\x91"},
    {"thetav", "\xCF\x91"},
    {"thickapprox", "\xE2\x89\x88"},
    {"thicksim", "\xE2\x88\xBC"},
    {"thinsp", "\xE2\x80\x89"},
    {"thkap", "\xE2\x89\x88"},
    {"thksim", "\xE2\x88\xBC"},
    {"thorn", "\xC3\xBE"},
    {"tilde", "\xCB\x9C"},
    {"times", "\xC3\x97"},
    {"timesb", "\xE2\x8A\xA0"},
    {"timesbar", "\xE2\xA8\xB1"},
    {"timesd", "\xE2\xA8\xB0"},
    {"tint", "\xE2\x88\xAD"},
    {"toea", "\xE2\xA4\xA8"},
    {"top", "\xE2\x8A\xA4"},
    {"topbot", "\xE2\x8C\xB6"},
    {"topcir", "\xE2\xAB\xB1"},
    {"topf", "\xF0\x9D\x95\xA5"},
    {"topfork", "\xE2\xAB\x9A"},
    {"tosa", "\xE2\xA4\xA9"},
    {"tprime", "\xE2\x80\xB4"},
    {"trade", "\xE2\x84\xA2"},
    {"triangle", "\xE2\x96\xB5"},
    {"triangledown", "\xE2\x96\xBF"},
    {"triangleleft", "\xE2\x97\x83"},
    {"trianglelefteq", "\xE2\x8A\xB4"},
    {"triangleq", "\xE2\x89\x9C"},
    {"triangleright", "\xE2\x96\xB9"},
    {"trianglerighteq", "\xE2\x8A\xB5"},
    {"tridot", "\xE2\x97\xAC"},
    {"trie", "\xE2\x89\x9C"},
    {"triminus", "\xE2\xA8\xBA"},
    {"triplus", "\xE2\xA8\xB9"},
    {"trisb", "\xE2\xA7\x8D"},
    {"tritime", "\xE2\xA8\xBB"},
    {"trpezium", "\xE2\x8F\xA2"},
    {"tscr", "\xF0\x9D\x93\x89"},
    {"tscy", "\xD1\x86"},
    {"tshcy", "\xD1\x9B"},
    {"tstrok", "\xC5\xA7"},
    {"twixt", "\xE2\x89\xAC"},
    {"twoheadleftarrow", "\xE2\x86\x9E"},
    {"twoheadrightarrow", "\xE2\x86\xA0"},
    {"uArr", "\xE2\x87\x91"},
    {"uHar", "\xE2\xA5\xA3"},
    {"uacute", "\xC3\xBA"},
    {"uarr", "\xE2\x86\x91"},
    {"ubrcy", "\xD1\x9E"},
    {"ubreve", "\xC5\xAD"},
    {"ucirc", "\xC3\xBB"},
    {"ucy", "\xD1\x83"},
    {"udarr", "\xE2\x87\x85"},
    {"udblac", "\xC5\xB1"},
    {"udhar", "\xE2\xA5\xAE"},
    {"ufisht", "\xE2\xA5\xBE"},
    {"ufr", "\xF0\x9D\x94\xB2"},
    {"ugrave", "\xC3\xB9"},
    {"uharl", "\xE2\x86\xBF"},
    {"uharr", "\xE2\x86\xBE"},
    {"uhblk", "\xE2\x96\x80"},
    {"ulcorn", "\xE2\x8C\x9C"},
    {"ulcorner", "\xE2\x8C\x9C"},
    {"ulcrop", "\xE2\x8C\x8F"},
    {"ultri", "\xE2\x97\xB8"},
    {"umacr", "\xC5\xAB"},
    {"uml", "\xC2\xA8"},
    {"uogon", "\xC5\xB3"},
    {"uopf", "\xF0\x9D\x95\xA6"},
    {"uparrow", "\xE2\x86\x91"},
    {"updownarrow", "\xE2\x86\x95"},
    {"upharpoonleft", "\xE2\x86\xBF"},
    {"upharpoonright", "\xE2\x86\xBE"},
    {"uplus", "\xE2\x8A\x8E"},
    {"upsi", "\xCF\x85"},
    {"upsih", "\xCF\x92"},
    {"upsilon", "\xCF\x85"},
    {"upuparrows", "\xE2\x87\x88"},
    {"urcorn", "\xE2\x8C\x9D"},
    {"urcorner", "\xE2\x8C\x9D"},
    {"urcrop", "\xE2\x8C\x8E"},
    {"uring", "\xC5\xAF"},
    {"urtri", "\xE2\x97\xB9"},
    {"uscr", "\xF0\x9D\x93\x8A"},
    {"utdot", "\xE2\x8B\xB0"},
    {"utilde", "\xC5\xA9"},
    {"utri", "\xE2\x96\xB5"},
    {"utrif", "\xE2\x96\xB4"},
    {"uuarr", "\xE2\x87\x88"},
    {"uuml", "\xC3\xBC"},
    {"uwangle", "\xE2\xA6\xA7"},
    {"vArr", "\xE2\x87\x95"},
    {"vBar", "\xE2\xAB\xA8"},
    {"vBarv", "\xE2\xAB\xA9"},
    {"vDash", "\xE2\x8A\xA8"},
    {"vangrt", "\xE2\xA6\x9C"},
    {"varepsilon", "\xCF\xB5"},
    {"varkappa", "\xCF\xB0"},
    {"varnothing", "\xE2\x88\x85"},
    {"varphi", "\xCF\x95"},
    {"varpi", "\xCF\x96"},
    {"varpropto", "\xE2\x88\x9D"},
    {"varr", "\xE2\x86\x95"},
    {"varrho", "\xCF\xB1"},
    {"varsigma", "\xCF\x82"},
    {"varsubsetneq", "\xE2\x8A\x8A\xEF\xB8\x80"},
    {"varsubsetneqq", "\xE2\xAB\x8B\xEF\xB8\x80"},
    {"varsupsetneq", "\xE2\x8A\x8B\xEF\xB8\x80"},
    {"varsupsetneqq", "\xE2\xAB\x8C\xEF\xB8\x80"},
    {"vartheta", "\xCF\x91"},
    {"vartriangleleft", "\xE2\x8A\xB2"},
    {"vartriangleright", "\xE2\x8A\xB3"},
    {"vcy", "\xD0\xB2"},
    {"vdash", "\xE2\x8A\xA2"},
    {"vee", "\xE2\x88\xA8"},
    {"veebar", "\xE2\x8A\xBB"},
    {"veeeq", "\xE2\x89\x9A"},
    {"vellip", "\xE2\x8B\xAE"},
    {"verbar", "\x7C"},
    {"vert", "\x7C"},
    {"vfr", "\xF0\x9D\x94\xB3"},
    {"vltri", "\xE2\x8A\xB2"},
    {"vnsub", "\xE2\x8A\x82\xE2\x83\x92"},
    {"vnsup", "\xE2\x8A\x83\xE2\x83\x92"},
    {"vopf", "\xF0\x9D\x95\xA7"},
    {"vprop", "\xE2\x88\x9D"},
    {"vrtri", "\xE2\x8A\xB3"},
    {"vscr", "\xF0\x9D\x93\x8B"},
    {"vsubnE", "\xE2\xAB\x8B\xEF\xB8\x80"},
    {"vsubne", "\xE2\x8A\x8A\xEF\xB8\x80"},
    {"vsupnE", "\xE2\xAB\x8C\xEF\xB8\x80"},
    {"vsupne", "\xE2\x8A\x8B\xEF\xB8\x80"},
    {"vzigzag", "\xE2\xA6\x9A"},
    {"wcirc", "\xC5\xB5"},
    {"wedbar", "\xE2\xA9\x9F"},
    {"wedge", "\xE2\x88\xA7"},
    {"wedgeq", "\xE2\x89\x99"},
    {"weierp", "\xE2\x84\x98"},
    {"wfr", "\xF0\x9D\x94\xB4"},
    {"wopf", "\xF0\x9D\x95\xA8"},
    {"wp", "\xE2\x84\x98"},
    {"wr", "\xE2\x89\x80"},
    {"wreath", "\xE2\x89\x80"},
    {"wscr", "\xF0\x9D\x93\x8C"},
    {"xcap", "\xE2\x8B\x82"},
    {"xcirc", "\xE2\x97\xAF"},
    {"xcup", "\xE2\x8B\x83"},
    {"xdtri", "\xE2\x96\xBD"},
    {"xfr", "\xF0\x9D\x94\xB5"},
    {"xhArr", "\xE2\x9F\xBA"},
    {"xharr", "\xE2\x9F\xB7"},
    {"xi", "\xCE\xBE"},
    {"xlArr", "\xE2\x9F\xB8"},
    {"xlarr", "\xE2\x9F\xB5"},
    {"xmap", "\xE2\x9F\xBC"},
    {"xnis", "\xE2\x8B\xBB"},
    {"xodot", "\xE2\xA8\x80"},
    {"xopf", "\xF0\x9D\x95\xA9"},
    {"xoplus", "\xE2\xA8\x81"},
    {"xotime", "\xE2\xA8\x82"},
    {"xrArr", "\xE2\x9F\xB9"},
    {"xrarr", "\xE2\x9F\xB6"},
    {"xscr", "\xF0\x9D\x93\x8D"},
    {"xsqcup", "\xE2\xA8\x86"},
    {"xuplus", "\xE2\xA8\x84"},
    {"xutri", "\xE2\x96\xB3"},
    {"xvee", "\xE2\x8B\x81"},
    {"xwedge", "\xE2\x8B\x80"},
    {"yacute", "\xC3\xBD"},
    {"yacy", "\xD1\x8F"},
    {"ycirc", "\xC5\xB7"},
    {"ycy", "\xD1\x8B"},
    {"yen", "\xC2\xA5"},
    {"yfr", "\xF0\x9D\x94\xB6"},
    {"yicy", "\xD1\x97"},
    {"yopf", "\xF0\x9D\x95\xAA"},
    {"yscr", "\xF0\x9D\x93\x8E"},
    {"yucy", "\xD1\x8E"},
    {"yuml", "\xC3\xBF"},
    {"zacute", "\xC5\xBA"},
    {"zcaron", "\xC5\xBE"},
    {"zcy", "\xD0\xB7"},
    {"zdot", "\xC5\xBC"},
    {"zeetrf", "\xE2\x84\xA8"},
    {"zeta", "\xCE\xB6"},
    {"zfr", "\xF0\x9D\x94\xB7"},
    {"zhcy", "\xD0\xB6"},
    {"zigrarr", "\xE2\x87\x9D"},
    {"zopf", "\xF0\x9D\x95\xAB"},
    {"zscr", "\xF0\x9D\x93\x8F"},
    {"zwj", "\xE2\x80\x8D"},
    {"zwnj", "\xE2\x80\x8C"},
};

/// The value of the entity called `name`, or an empty view when there is none.
constexpr std::string_view find_html_entity(std::string_view name) noexcept {
    std::size_t low = 0, high = sizeof html_entities / sizeof html_entities[0];
    while (low < high) {
        const std::size_t middle = low + (high - low) / 2;
        const int order = html_entities[middle].name.compare(name);
        if (order == 0) return html_entities[middle].value;
        if (order < 0) low = middle + 1;
        else high = middle;
    }
    return {};
}

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_HTML_ENTITIES_HPP
// ---- appnotify/detail/unicode_tables.hpp ----
// Unicode character classes for the markdown renderers: punctuation and symbols (emphasis
// flanking), wide and zero-width characters (terminal display width).
//
// GENERATED FILE, DO NOT EDIT. Made by tools/generate_unicode_tables.py from Python's
// unicodedata (Unicode 14.0.0); run the script again to update it.
#ifndef APPNOTIFY_DETAIL_UNICODE_TABLES_HPP
#define APPNOTIFY_DETAIL_UNICODE_TABLES_HPP

#include <cstddef>

namespace appnotify::detail {

struct code_point_range {
    char32_t first;
    char32_t last;
};

/// General categories Pc, Pd, Pe, Pf, Pi, Po, Ps.
inline constexpr code_point_range unicode_punctuation[] = {
    {0x21, 0x23}, {0x25, 0x2A}, {0x2C, 0x2F}, {0x3A, 0x3B}, {0x3F, 0x40}, {0x5B, 0x5D},
    {0x5F, 0x5F}, {0x7B, 0x7B}, {0x7D, 0x7D}, {0xA1, 0xA1}, {0xA7, 0xA7}, {0xAB, 0xAB},
    {0xB6, 0xB7}, {0xBB, 0xBB}, {0xBF, 0xBF}, {0x37E, 0x37E}, {0x387, 0x387}, {0x55A, 0x55F},
    {0x589, 0x58A}, {0x5BE, 0x5BE}, {0x5C0, 0x5C0}, {0x5C3, 0x5C3}, {0x5C6, 0x5C6}, {0x5F3, 0x5F4},
    {0x609, 0x60A}, {0x60C, 0x60D}, {0x61B, 0x61B}, {0x61D, 0x61F}, {0x66A, 0x66D}, {0x6D4, 0x6D4},
    {0x700, 0x70D}, {0x7F7, 0x7F9}, {0x830, 0x83E}, {0x85E, 0x85E}, {0x964, 0x965}, {0x970, 0x970},
    {0x9FD, 0x9FD}, {0xA76, 0xA76}, {0xAF0, 0xAF0}, {0xC77, 0xC77}, {0xC84, 0xC84}, {0xDF4, 0xDF4},
    {0xE4F, 0xE4F}, {0xE5A, 0xE5B}, {0xF04, 0xF12}, {0xF14, 0xF14}, {0xF3A, 0xF3D}, {0xF85, 0xF85},
    {0xFD0, 0xFD4}, {0xFD9, 0xFDA}, {0x104A, 0x104F}, {0x10FB, 0x10FB}, {0x1360, 0x1368}, {0x1400, 0x1400},
    {0x166E, 0x166E}, {0x169B, 0x169C}, {0x16EB, 0x16ED}, {0x1735, 0x1736}, {0x17D4, 0x17D6}, {0x17D8, 0x17DA},
    {0x1800, 0x180A}, {0x1944, 0x1945}, {0x1A1E, 0x1A1F}, {0x1AA0, 0x1AA6}, {0x1AA8, 0x1AAD}, {0x1B5A, 0x1B60},
    {0x1B7D, 0x1B7E}, {0x1BFC, 0x1BFF}, {0x1C3B, 0x1C3F}, {0x1C7E, 0x1C7F}, {0x1CC0, 0x1CC7}, {0x1CD3, 0x1CD3},
    {0x2010, 0x2027}, {0x2030, 0x2043}, {0x2045, 0x2051}, {0x2053, 0x205E}, {0x207D, 0x207E}, {0x208D, 0x208E},
    {0x2308, 0x230B}, {0x2329, 0x232A}, {0x2768, 0x2775}, {0x27C5, 0x27C6}, {0x27E6, 0x27EF}, {0x2983, 0x2998},
    {0x29D8, 0x29DB}, {0x29FC, 0x29FD}, {0x2CF9, 0x2CFC}, {0x2CFE, 0x2CFF}, {0x2D70, 0x2D70}, {0x2E00, 0x2E2E},
    {0x2E30, 0x2E4F}, {0x2E52, 0x2E5D}, {0x3001, 0x3003}, {0x3008, 0x3011}, {0x3014, 0x301F}, {0x3030, 0x3030},
    {0x303D, 0x303D}, {0x30A0, 0x30A0}, {0x30FB, 0x30FB}, {0xA4FE, 0xA4FF}, {0xA60D, 0xA60F}, {0xA673, 0xA673},
    {0xA67E, 0xA67E}, {0xA6F2, 0xA6F7}, {0xA874, 0xA877}, {0xA8CE, 0xA8CF}, {0xA8F8, 0xA8FA}, {0xA8FC, 0xA8FC},
    {0xA92E, 0xA92F}, {0xA95F, 0xA95F}, {0xA9C1, 0xA9CD}, {0xA9DE, 0xA9DF}, {0xAA5C, 0xAA5F}, {0xAADE, 0xAADF},
    {0xAAF0, 0xAAF1}, {0xABEB, 0xABEB}, {0xFD3E, 0xFD3F}, {0xFE10, 0xFE19}, {0xFE30, 0xFE52}, {0xFE54, 0xFE61},
    {0xFE63, 0xFE63}, {0xFE68, 0xFE68}, {0xFE6A, 0xFE6B}, {0xFF01, 0xFF03}, {0xFF05, 0xFF0A}, {0xFF0C, 0xFF0F},
    {0xFF1A, 0xFF1B}, {0xFF1F, 0xFF20}, {0xFF3B, 0xFF3D}, {0xFF3F, 0xFF3F}, {0xFF5B, 0xFF5B}, {0xFF5D, 0xFF5D},
    {0xFF5F, 0xFF65}, {0x10100, 0x10102}, {0x1039F, 0x1039F}, {0x103D0, 0x103D0}, {0x1056F, 0x1056F}, {0x10857, 0x10857},
    {0x1091F, 0x1091F}, {0x1093F, 0x1093F}, {0x10A50, 0x10A58}, {0x10A7F, 0x10A7F}, {0x10AF0, 0x10AF6}, {0x10B39, 0x10B3F},
    {0x10B99, 0x10B9C}, {0x10EAD, 0x10EAD}, {0x10F55, 0x10F59}, {0x10F86, 0x10F89}, {0x11047, 0x1104D}, {0x110BB, 0x110BC},
    {0x110BE, 0x110C1}, {0x11140, 0x11143}, {0x11174, 0x11175}, {0x111C5, 0x111C8}, {0x111CD, 0x111CD}, {0x111DB, 0x111DB},
    {0x111DD, 0x111DF}, {0x11238, 0x1123D}, {0x112A9, 0x112A9}, {0x1144B, 0x1144F}, {0x1145A, 0x1145B}, {0x1145D, 0x1145D},
    {0x114C6, 0x114C6}, {0x115C1, 0x115D7}, {0x11641, 0x11643}, {0x11660, 0x1166C}, {0x116B9, 0x116B9}, {0x1173C, 0x1173E},
    {0x1183B, 0x1183B}, {0x11944, 0x11946}, {0x119E2, 0x119E2}, {0x11A3F, 0x11A46}, {0x11A9A, 0x11A9C}, {0x11A9E, 0x11AA2},
    {0x11C41, 0x11C45}, {0x11C70, 0x11C71}, {0x11EF7, 0x11EF8}, {0x11FFF, 0x11FFF}, {0x12470, 0x12474}, {0x12FF1, 0x12FF2},
    {0x16A6E, 0x16A6F}, {0x16AF5, 0x16AF5}, {0x16B37, 0x16B3B}, {0x16B44, 0x16B44}, {0x16E97, 0x16E9A}, {0x16FE2, 0x16FE2},
    {0x1BC9F, 0x1BC9F}, {0x1DA87, 0x1DA8B}, {0x1E95E, 0x1E95F},
};

/// General categories Sc, Sk, Sm, So.
inline constexpr code_point_range unicode_symbols[] = {
    {0x24, 0x24}, {0x2B, 0x2B}, {0x3C, 0x3E}, {0x5E, 0x5E}, {0x60, 0x60}, {0x7C, 0x7C},
    {0x7E, 0x7E}, {0xA2, 0xA6}, {0xA8, 0xA9}, {0xAC, 0xAC}, {0xAE, 0xB1}, {0xB4, 0xB4},
    {0xB8, 0xB8}, {0xD7, 0xD7}, {0xF7, 0xF7}, {0x2C2, 0x2C5}, {0x2D2, 0x2DF}, {0x2E5, 0x2EB},
    {0x2ED, 0x2ED}, {0x2EF, 0x2FF}, {0x375, 0x375}, {0x384, 0x385}, {0x3F6, 0x3F6}, {0x482, 0x482},
    {0x58D, 0x58F}, {0x606, 0x608}, {0x60B, 0x60B}, {0x60E, 0x60F}, {0x6DE, 0x6DE}, {0x6E9, 0x6E9},
    {0x6FD, 0x6FE}, {0x7F6, 0x7F6}, {0x7FE, 0x7FF}, {0x888, 0x888}, {0x9F2, 0x9F3}, {0x9FA, 0x9FB},
    {0xAF1, 0xAF1}, {0xB70, 0xB70}, {0xBF3, 0xBFA}, {0xC7F, 0xC7F}, {0xD4F, 0xD4F}, {0xD79, 0xD79},
    {0xE3F, 0xE3F}, {0xF01, 0xF03}, {0xF13, 0xF13}, {0xF15, 0xF17}, {0xF1A, 0xF1F}, {0xF34, 0xF34},
    {0xF36, 0xF36}, {0xF38, 0xF38}, {0xFBE, 0xFC5}, {0xFC7, 0xFCC}, {0xFCE, 0xFCF}, {0xFD5, 0xFD8},
    {0x109E, 0x109F}, {0x1390, 0x1399}, {0x166D, 0x166D}, {0x17DB, 0x17DB}, {0x1940, 0x1940}, {0x19DE, 0x19FF},
    {0x1B61, 0x1B6A}, {0x1B74, 0x1B7C}, {0x1FBD, 0x1FBD}, {0x1FBF, 0x1FC1}, {0x1FCD, 0x1FCF}, {0x1FDD, 0x1FDF},
    {0x1FED, 0x1FEF}, {0x1FFD, 0x1FFE}, {0x2044, 0x2044}, {0x2052, 0x2052}, {0x207A, 0x207C}, {0x208A, 0x208C},
    {0x20A0, 0x20C0}, {0x2100, 0x2101}, {0x2103, 0x2106}, {0x2108, 0x2109}, {0x2114, 0x2114}, {0x2116, 0x2118},
    {0x211E, 0x2123}, {0x2125, 0x2125}, {0x2127, 0x2127}, {0x2129, 0x2129}, {0x212E, 0x212E}, {0x213A, 0x213B},
    {0x2140, 0x2144}, {0x214A, 0x214D}, {0x214F, 0x214F}, {0x218A, 0x218B}, {0x2190, 0x2307}, {0x230C, 0x2328},
    {0x232B, 0x2426}, {0x2440, 0x244A}, {0x249C, 0x24E9}, {0x2500, 0x2767}, {0x2794, 0x27C4}, {0x27C7, 0x27E5},
    {0x27F0, 0x2982}, {0x2999, 0x29D7}, {0x29DC, 0x29FB}, {0x29FE, 0x2B73}, {0x2B76, 0x2B95}, {0x2B97, 0x2BFF},
    {0x2CE5, 0x2CEA}, {0x2E50, 0x2E51}, {0x2E80, 0x2E99}, {0x2E9B, 0x2EF3}, {0x2F00, 0x2FD5}, {0x2FF0, 0x2FFB},
    {0x3004, 0x3004}, {0x3012, 0x3013}, {0x3020, 0x3020}, {0x3036, 0x3037}, {0x303E, 0x303F}, {0x309B, 0x309C},
    {0x3190, 0x3191}, {0x3196, 0x319F}, {0x31C0, 0x31E3}, {0x3200, 0x321E}, {0x322A, 0x3247}, {0x3250, 0x3250},
    {0x3260, 0x327F}, {0x328A, 0x32B0}, {0x32C0, 0x33FF}, {0x4DC0, 0x4DFF}, {0xA490, 0xA4C6}, {0xA700, 0xA716},
    {0xA720, 0xA721}, {0xA789, 0xA78A}, {0xA828, 0xA82B}, {0xA836, 0xA839}, {0xAA77, 0xAA79}, {0xAB5B, 0xAB5B},
    {0xAB6A, 0xAB6B}, {0xFB29, 0xFB29}, {0xFBB2, 0xFBC2}, {0xFD40, 0xFD4F}, {0xFDCF, 0xFDCF}, {0xFDFC, 0xFDFF},
    {0xFE62, 0xFE62}, {0xFE64, 0xFE66}, {0xFE69, 0xFE69}, {0xFF04, 0xFF04}, {0xFF0B, 0xFF0B}, {0xFF1C, 0xFF1E},
    {0xFF3E, 0xFF3E}, {0xFF40, 0xFF40}, {0xFF5C, 0xFF5C}, {0xFF5E, 0xFF5E}, {0xFFE0, 0xFFE6}, {0xFFE8, 0xFFEE},
    {0xFFFC, 0xFFFD}, {0x10137, 0x1013F}, {0x10179, 0x10189}, {0x1018C, 0x1018E}, {0x10190, 0x1019C}, {0x101A0, 0x101A0},
    {0x101D0, 0x101FC}, {0x10877, 0x10878}, {0x10AC8, 0x10AC8}, {0x1173F, 0x1173F}, {0x11FD5, 0x11FF1}, {0x16B3C, 0x16B3F},
    {0x16B45, 0x16B45}, {0x1BC9C, 0x1BC9C}, {0x1CF50, 0x1CFC3}, {0x1D000, 0x1D0F5}, {0x1D100, 0x1D126}, {0x1D129, 0x1D164},
    {0x1D16A, 0x1D16C}, {0x1D183, 0x1D184}, {0x1D18C, 0x1D1A9}, {0x1D1AE, 0x1D1EA}, {0x1D200, 0x1D241}, {0x1D245, 0x1D245},
    {0x1D300, 0x1D356}, {0x1D6C1, 0x1D6C1}, {0x1D6DB, 0x1D6DB}, {0x1D6FB, 0x1D6FB}, {0x1D715, 0x1D715}, {0x1D735, 0x1D735},
    {0x1D74F, 0x1D74F}, {0x1D76F, 0x1D76F}, {0x1D789, 0x1D789}, {0x1D7A9, 0x1D7A9}, {0x1D7C3, 0x1D7C3}, {0x1D800, 0x1D9FF},
    {0x1DA37, 0x1DA3A}, {0x1DA6D, 0x1DA74}, {0x1DA76, 0x1DA83}, {0x1DA85, 0x1DA86}, {0x1E14F, 0x1E14F}, {0x1E2FF, 0x1E2FF},
    {0x1ECAC, 0x1ECAC}, {0x1ECB0, 0x1ECB0}, {0x1ED2E, 0x1ED2E}, {0x1EEF0, 0x1EEF1}, {0x1F000, 0x1F02B}, {0x1F030, 0x1F093},
    {0x1F0A0, 0x1F0AE}, {0x1F0B1, 0x1F0BF}, {0x1F0C1, 0x1F0CF}, {0x1F0D1, 0x1F0F5}, {0x1F10D, 0x1F1AD}, {0x1F1E6, 0x1F202},
    {0x1F210, 0x1F23B}, {0x1F240, 0x1F248}, {0x1F250, 0x1F251}, {0x1F260, 0x1F265}, {0x1F300, 0x1F6D7}, {0x1F6DD, 0x1F6EC},
    {0x1F6F0, 0x1F6FC}, {0x1F700, 0x1F773}, {0x1F780, 0x1F7D8}, {0x1F7E0, 0x1F7EB}, {0x1F7F0, 0x1F7F0}, {0x1F800, 0x1F80B},
    {0x1F810, 0x1F847}, {0x1F850, 0x1F859}, {0x1F860, 0x1F887}, {0x1F890, 0x1F8AD}, {0x1F8B0, 0x1F8B1}, {0x1F900, 0x1FA53},
    {0x1FA60, 0x1FA6D}, {0x1FA70, 0x1FA74}, {0x1FA78, 0x1FA7C}, {0x1FA80, 0x1FA86}, {0x1FA90, 0x1FAAC}, {0x1FAB0, 0x1FABA},
    {0x1FAC0, 0x1FAC5}, {0x1FAD0, 0x1FAD9}, {0x1FAE0, 0x1FAE7}, {0x1FAF0, 0x1FAF6}, {0x1FB00, 0x1FB92}, {0x1FB94, 0x1FBCA},
};

/// East Asian Width W and F: two columns in a terminal.
inline constexpr code_point_range unicode_wide[] = {
    {0x378, 0x379}, {0x380, 0x383}, {0x38B, 0x38B}, {0x38D, 0x38D}, {0x3A2, 0x3A2}, {0x530, 0x530},
    {0x557, 0x558}, {0x58B, 0x58C}, {0x590, 0x590}, {0x5C8, 0x5CF}, {0x5EB, 0x5EE}, {0x5F5, 0x5FF},
    {0x70E, 0x70E}, {0x74B, 0x74C}, {0x7B2, 0x7BF}, {0x7FB, 0x7FC}, {0x82E, 0x82F}, {0x83F, 0x83F},
    {0x85C, 0x85D}, {0x85F, 0x85F}, {0x86B, 0x86F}, {0x88F, 0x88F}, {0x892, 0x897}, {0x984, 0x984},
    {0x98D, 0x98E}, {0x991, 0x992}, {0x9A9, 0x9A9}, {0x9B1, 0x9B1}, {0x9B3, 0x9B5}, {0x9BA, 0x9BB},
    {0x9C5, 0x9C6}, {0x9C9, 0x9CA}, {0x9CF, 0x9D6}, {0x9D8, 0x9DB}, {0x9DE, 0x9DE}, {0x9E4, 0x9E5},
    {0x9FF, 0xA00}, {0xA04, 0xA04}, {0xA0B, 0xA0E}, {0xA11, 0xA12}, {0xA29, 0xA29}, {0xA31, 0xA31},
    {0xA34, 0xA34}, {0xA37, 0xA37}, {0xA3A, 0xA3B}, {0xA3D, 0xA3D}, {0xA43, 0xA46}, {0xA49, 0xA4A},
    {0xA4E, 0xA50}, {0xA52, 0xA58}, {0xA5D, 0xA5D}, {0xA5F, 0xA65}, {0xA77, 0xA80}, {0xA84, 0xA84},
    {0xA8E, 0xA8E}, {0xA92, 0xA92}, {0xAA9, 0xAA9}, {0xAB1, 0xAB1}, {0xAB4, 0xAB4}, {0xABA, 0xABB},
    {0xAC6, 0xAC6}, {0xACA, 0xACA}, {0xACE, 0xACF}, {0xAD1, 0xADF}, {0xAE4, 0xAE5}, {0xAF2, 0xAF8},
    {0xB00, 0xB00}, {0xB04, 0xB04}, {0xB0D, 0xB0E}, {0xB11, 0xB12}, {0xB29, 0xB29}, {0xB31, 0xB31},
    {0xB34, 0xB34}, {0xB3A, 0xB3B}, {0xB45, 0xB46}, {0xB49, 0xB4A}, {0xB4E, 0xB54}, {0xB58, 0xB5B},
    {0xB5E, 0xB5E}, {0xB64, 0xB65}, {0xB78, 0xB81}, {0xB84, 0xB84}, {0xB8B, 0xB8D}, {0xB91, 0xB91},
    {0xB96, 0xB98}, {0xB9B, 0xB9B}, {0xB9D, 0xB9D}, {0xBA0, 0xBA2}, {0xBA5, 0xBA7}, {0xBAB, 0xBAD},
    {0xBBA, 0xBBD}, {0xBC3, 0xBC5}, {0xBC9, 0xBC9}, {0xBCE, 0xBCF}, {0xBD1, 0xBD6}, {0xBD8, 0xBE5},
    {0xBFB, 0xBFF}, {0xC0D, 0xC0D}, {0xC11, 0xC11}, {0xC29, 0xC29}, {0xC3A, 0xC3B}, {0xC45, 0xC45},
    {0xC49, 0xC49}, {0xC4E, 0xC54}, {0xC57, 0xC57}, {0xC5B, 0xC5C}, {0xC5E, 0xC5F}, {0xC64, 0xC65},
    {0xC70, 0xC76}, {0xC8D, 0xC8D}, {0xC91, 0xC91}, {0xCA9, 0xCA9}, {0xCB4, 0xCB4}, {0xCBA, 0xCBB},
    {0xCC5, 0xCC5}, {0xCC9, 0xCC9}, {0xCCE, 0xCD4}, {0xCD7, 0xCDC}, {0xCDF, 0xCDF}, {0xCE4, 0xCE5},
    {0xCF0, 0xCF0}, {0xCF3, 0xCFF}, {0xD0D, 0xD0D}, {0xD11, 0xD11}, {0xD45, 0xD45}, {0xD49, 0xD49},
    {0xD50, 0xD53}, {0xD64, 0xD65}, {0xD80, 0xD80}, {0xD84, 0xD84}, {0xD97, 0xD99}, {0xDB2, 0xDB2},
    {0xDBC, 0xDBC}, {0xDBE, 0xDBF}, {0xDC7, 0xDC9}, {0xDCB, 0xDCE}, {0xDD5, 0xDD5}, {0xDD7, 0xDD7},
    {0xDE0, 0xDE5}, {0xDF0, 0xDF1}, {0xDF5, 0xE00}, {0xE3B, 0xE3E}, {0xE5C, 0xE80}, {0xE83, 0xE83},
    {0xE85, 0xE85}, {0xE8B, 0xE8B}, {0xEA4, 0xEA4}, {0xEA6, 0xEA6}, {0xEBE, 0xEBF}, {0xEC5, 0xEC5},
    {0xEC7, 0xEC7}, {0xECE, 0xECF}, {0xEDA, 0xEDB}, {0xEE0, 0xEFF}, {0xF48, 0xF48}, {0xF6D, 0xF70},
    {0xF98, 0xF98}, {0xFBD, 0xFBD}, {0xFCD, 0xFCD}, {0xFDB, 0xFFF}, {0x10C6, 0x10C6}, {0x10C8, 0x10CC},
    {0x10CE, 0x10CF}, {0x1100, 0x115F}, {0x1249, 0x1249}, {0x124E, 0x124F}, {0x1257, 0x1257}, {0x1259, 0x1259},
    {0x125E, 0x125F}, {0x1289, 0x1289}, {0x128E, 0x128F}, {0x12B1, 0x12B1}, {0x12B6, 0x12B7}, {0x12BF, 0x12BF},
    {0x12C1, 0x12C1}, {0x12C6, 0x12C7}, {0x12D7, 0x12D7}, {0x1311, 0x1311}, {0x1316, 0x1317}, {0x135B, 0x135C},
    {0x137D, 0x137F}, {0x139A, 0x139F}, {0x13F6, 0x13F7}, {0x13FE, 0x13FF}, {0x169D, 0x169F}, {0x16F9, 0x16FF},
    {0x1716, 0x171E}, {0x1737, 0x173F}, {0x1754, 0x175F}, {0x176D, 0x176D}, {0x1771, 0x1771}, {0x1774, 0x177F},
    {0x17DE, 0x17DF}, {0x17EA, 0x17EF}, {0x17FA, 0x17FF}, {0x181A, 0x181F}, {0x1879, 0x187F}, {0x18AB, 0x18AF},
    {0x18F6, 0x18FF}, {0x191F, 0x191F}, {0x192C, 0x192F}, {0x193C, 0x193F}, {0x1941, 0x1943}, {0x196E, 0x196F},
    {0x1975, 0x197F}, {0x19AC, 0x19AF}, {0x19CA, 0x19CF}, {0x19DB, 0x19DD}, {0x1A1C, 0x1A1D}, {0x1A5F, 0x1A5F},
    {0x1A7D, 0x1A7E}, {0x1A8A, 0x1A8F}, {0x1A9A, 0x1A9F}, {0x1AAE, 0x1AAF}, {0x1ACF, 0x1AFF}, {0x1B4D, 0x1B4F},
    {0x1B7F, 0x1B7F}, {0x1BF4, 0x1BFB}, {0x1C38, 0x1C3A}, {0x1C4A, 0x1C4C}, {0x1C89, 0x1C8F}, {0x1CBB, 0x1CBC},
    {0x1CC8, 0x1CCF}, {0x1CFB, 0x1CFF}, {0x1F16, 0x1F17}, {0x1F1E, 0x1F1F}, {0x1F46, 0x1F47}, {0x1F4E, 0x1F4F},
    {0x1F58, 0x1F58}, {0x1F5A, 0x1F5A}, {0x1F5C, 0x1F5C}, {0x1F5E, 0x1F5E}, {0x1F7E, 0x1F7F}, {0x1FB5, 0x1FB5},
    {0x1FC5, 0x1FC5}, {0x1FD4, 0x1FD5}, {0x1FDC, 0x1FDC}, {0x1FF0, 0x1FF1}, {0x1FF5, 0x1FF5}, {0x1FFF, 0x1FFF},
    {0x2065, 0x2065}, {0x2072, 0x2073}, {0x208F, 0x208F}, {0x209D, 0x209F}, {0x20C1, 0x20CF}, {0x20F1, 0x20FF},
    {0x218C, 0x218F}, {0x231A, 0x231B}, {0x2329, 0x232A}, {0x23E9, 0x23EC}, {0x23F0, 0x23F0}, {0x23F3, 0x23F3},
    {0x2427, 0x243F}, {0x244B, 0x245F}, {0x25FD, 0x25FE}, {0x2614, 0x2615}, {0x2648, 0x2653}, {0x267F, 0x267F},
    {0x2693, 0x2693}, {0x26A1, 0x26A1}, {0x26AA, 0x26AB}, {0x26BD, 0x26BE}, {0x26C4, 0x26C5}, {0x26CE, 0x26CE},
    {0x26D4, 0x26D4}, {0x26EA, 0x26EA}, {0x26F2, 0x26F3}, {0x26F5, 0x26F5}, {0x26FA, 0x26FA}, {0x26FD, 0x26FD},
    {0x2705, 0x2705}, {0x270A, 0x270B}, {0x2728, 0x2728}, {0x274C, 0x274C}, {0x274E, 0x274E}, {0x2753, 0x2755},
    {0x2757, 0x2757}, {0x2795, 0x2797}, {0x27B0, 0x27B0}, {0x27BF, 0x27BF}, {0x2B1B, 0x2B1C}, {0x2B50, 0x2B50},
    {0x2B55, 0x2B55}, {0x2B74, 0x2B75}, {0x2B96, 0x2B96}, {0x2CF4, 0x2CF8}, {0x2D26, 0x2D26}, {0x2D28, 0x2D2C},
    {0x2D2E, 0x2D2F}, {0x2D68, 0x2D6E}, {0x2D71, 0x2D7E}, {0x2D97, 0x2D9F}, {0x2DA7, 0x2DA7}, {0x2DAF, 0x2DAF},
    {0x2DB7, 0x2DB7}, {0x2DBF, 0x2DBF}, {0x2DC7, 0x2DC7}, {0x2DCF, 0x2DCF}, {0x2DD7, 0x2DD7}, {0x2DDF, 0x2DDF},
    {0x2E5E, 0x303E}, {0x3040, 0x3247}, {0x3250, 0x4DBF}, {0x4E00, 0xA4CF}, {0xA62C, 0xA63F}, {0xA6F8, 0xA6FF},
    {0xA7CB, 0xA7CF}, {0xA7D2, 0xA7D2}, {0xA7D4, 0xA7D4}, {0xA7DA, 0xA7F1}, {0xA82D, 0xA82F}, {0xA83A, 0xA83F},
    {0xA878, 0xA87F}, {0xA8C6, 0xA8CD}, {0xA8DA, 0xA8DF}, {0xA954, 0xA95E}, {0xA960, 0xA97F}, {0xA9CE, 0xA9CE},
    {0xA9DA, 0xA9DD}, {0xA9FF, 0xA9FF}, {0xAA37, 0xAA3F}, {0xAA4E, 0xAA4F}, {0xAA5A, 0xAA5B}, {0xAAC3, 0xAADA},
    {0xAAF7, 0xAB00}, {0xAB07, 0xAB08}, {0xAB0F, 0xAB10}, {0xAB17, 0xAB1F}, {0xAB27, 0xAB27}, {0xAB2F, 0xAB2F},
    {0xAB6C, 0xAB6F}, {0xABEE, 0xABEF}, {0xABFA, 0xD7AF}, {0xD7C7, 0xD7CA}, {0xD7FC, 0xD7FF}, {0xF900, 0xFAFF},
    {0xFB07, 0xFB12}, {0xFB18, 0xFB1C}, {0xFB37, 0xFB37}, {0xFB3D, 0xFB3D}, {0xFB3F, 0xFB3F}, {0xFB42, 0xFB42},
    {0xFB45, 0xFB45}, {0xFBC3, 0xFBD2}, {0xFD90, 0xFD91}, {0xFDC8, 0xFDCE}, {0xFDD0, 0xFDEF}, {0xFE10, 0xFE1F},
    {0xFE30, 0xFE6F}, {0xFE75, 0xFE75}, {0xFEFD, 0xFEFE}, {0xFF00, 0xFF60}, {0xFFBF, 0xFFC1}, {0xFFC8, 0xFFC9},
    {0xFFD0, 0xFFD1}, {0xFFD8, 0xFFD9}, {0xFFDD, 0xFFE7}, {0xFFEF, 0xFFF8}, {0xFFFE, 0xFFFF}, {0x1000C, 0x1000C},
    {0x10027, 0x10027}, {0x1003B, 0x1003B}, {0x1003E, 0x1003E}, {0x1004E, 0x1004F}, {0x1005E, 0x1007F}, {0x100FB, 0x100FF},
    {0x10103, 0x10106}, {0x10134, 0x10136}, {0x1018F, 0x1018F}, {0x1019D, 0x1019F}, {0x101A1, 0x101CF}, {0x101FE, 0x1027F},
    {0x1029D, 0x1029F}, {0x102D1, 0x102DF}, {0x102FC, 0x102FF}, {0x10324, 0x1032C}, {0x1034B, 0x1034F}, {0x1037B, 0x1037F},
    {0x1039E, 0x1039E}, {0x103C4, 0x103C7}, {0x103D6, 0x103FF}, {0x1049E, 0x1049F}, {0x104AA, 0x104AF}, {0x104D4, 0x104D7},
    {0x104FC, 0x104FF}, {0x10528, 0x1052F}, {0x10564, 0x1056E}, {0x1057B, 0x1057B}, {0x1058B, 0x1058B}, {0x10593, 0x10593},
    {0x10596, 0x10596}, {0x105A2, 0x105A2}, {0x105B2, 0x105B2}, {0x105BA, 0x105BA}, {0x105BD, 0x105FF}, {0x10737, 0x1073F},
    {0x10756, 0x1075F}, {0x10768, 0x1077F}, {0x10786, 0x10786}, {0x107B1, 0x107B1}, {0x107BB, 0x107FF}, {0x10806, 0x10807},
    {0x10809, 0x10809}, {0x10836, 0x10836}, {0x10839, 0x1083B}, {0x1083D, 0x1083E}, {0x10856, 0x10856}, {0x1089F, 0x108A6},
    {0x108B0, 0x108DF}, {0x108F3, 0x108F3}, {0x108F6, 0x108FA}, {0x1091C, 0x1091E}, {0x1093A, 0x1093E}, {0x10940, 0x1097F},
    {0x109B8, 0x109BB}, {0x109D0, 0x109D1}, {0x10A04, 0x10A04}, {0x10A07, 0x10A0B}, {0x10A14, 0x10A14}, {0x10A18, 0x10A18},
    {0x10A36, 0x10A37}, {0x10A3B, 0x10A3E}, {0x10A49, 0x10A4F}, {0x10A59, 0x10A5F}, {0x10AA0, 0x10ABF}, {0x10AE7, 0x10AEA},
    {0x10AF7, 0x10AFF}, {0x10B36, 0x10B38}, {0x10B56, 0x10B57}, {0x10B73, 0x10B77}, {0x10B92, 0x10B98}, {0x10B9D, 0x10BA8},
    {0x10BB0, 0x10BFF}, {0x10C49, 0x10C7F}, {0x10CB3, 0x10CBF}, {0x10CF3, 0x10CF9}, {0x10D28, 0x10D2F}, {0x10D3A, 0x10E5F},
    {0x10E7F, 0x10E7F}, {0x10EAA, 0x10EAA}, {0x10EAE, 0x10EAF}, {0x10EB2, 0x10EFF}, {0x10F28, 0x10F2F}, {0x10F5A, 0x10F6F},
    {0x10F8A, 0x10FAF}, {0x10FCC, 0x10FDF}, {0x10FF7, 0x10FFF}, {0x1104E, 0x11051}, {0x11076, 0x1107E}, {0x110C3, 0x110CC},
    {0x110CE, 0x110CF}, {0x110E9, 0x110EF}, {0x110FA, 0x110FF}, {0x11135, 0x11135}, {0x11148, 0x1114F}, {0x11177, 0x1117F},
    {0x111E0, 0x111E0}, {0x111F5, 0x111FF}, {0x11212, 0x11212}, {0x1123F, 0x1127F}, {0x11287, 0x11287}, {0x11289, 0x11289},
    {0x1128E, 0x1128E}, {0x1129E, 0x1129E}, {0x112AA, 0x112AF}, {0x112EB, 0x112EF}, {0x112FA, 0x112FF}, {0x11304, 0x11304},
    {0x1130D, 0x1130E}, {0x11311, 0x11312}, {0x11329, 0x11329}, {0x11331, 0x11331}, {0x11334, 0x11334}, {0x1133A, 0x1133A},
    {0x11345, 0x11346}, {0x11349, 0x1134A}, {0x1134E, 0x1134F}, {0x11351, 0x11356}, {0x11358, 0x1135C}, {0x11364, 0x11365},
    {0x1136D, 0x1136F}, {0x11375, 0x113FF}, {0x1145C, 0x1145C}, {0x11462, 0x1147F}, {0x114C8, 0x114CF}, {0x114DA, 0x1157F},
    {0x115B6, 0x115B7}, {0x115DE, 0x115FF}, {0x11645, 0x1164F}, {0x1165A, 0x1165F}, {0x1166D, 0x1167F}, {0x116BA, 0x116BF},
    {0x116CA, 0x116FF}, {0x1171B, 0x1171C}, {0x1172C, 0x1172F}, {0x11747, 0x117FF}, {0x1183C, 0x1189F}, {0x118F3, 0x118FE},
    {0x11907, 0x11908}, {0x1190A, 0x1190B}, {0x11914, 0x11914}, {0x11917, 0x11917}, {0x11936, 0x11936}, {0x11939, 0x1193A},
    {0x11947, 0x1194F}, {0x1195A, 0x1199F}, {0x119A8, 0x119A9}, {0x119D8, 0x119D9}, {0x119E5, 0x119FF}, {0x11A48, 0x11A4F},
    {0x11AA3, 0x11AAF}, {0x11AF9, 0x11BFF}, {0x11C09, 0x11C09}, {0x11C37, 0x11C37}, {0x11C46, 0x11C4F}, {0x11C6D, 0x11C6F},
    {0x11C90, 0x11C91}, {0x11CA8, 0x11CA8}, {0x11CB7, 0x11CFF}, {0x11D07, 0x11D07}, {0x11D0A, 0x11D0A}, {0x11D37, 0x11D39},
    {0x11D3B, 0x11D3B}, {0x11D3E, 0x11D3E}, {0x11D48, 0x11D4F}, {0x11D5A, 0x11D5F}, {0x11D66, 0x11D66}, {0x11D69, 0x11D69},
    {0x11D8F, 0x11D8F}, {0x11D92, 0x11D92}, {0x11D99, 0x11D9F}, {0x11DAA, 0x11EDF}, {0x11EF9, 0x11FAF}, {0x11FB1, 0x11FBF},
    {0x11FF2, 0x11FFE}, {0x1239A, 0x123FF}, {0x1246F, 0x1246F}, {0x12475, 0x1247F}, {0x12544, 0x12F8F}, {0x12FF3, 0x12FFF},
    {0x1342F, 0x1342F}, {0x13439, 0x143FF}, {0x14647, 0x167FF}, {0x16A39, 0x16A3F}, {0x16A5F, 0x16A5F}, {0x16A6A, 0x16A6D},
    {0x16ABF, 0x16ABF}, {0x16ACA, 0x16ACF}, {0x16AEE, 0x16AEF}, {0x16AF6, 0x16AFF}, {0x16B46, 0x16B4F}, {0x16B5A, 0x16B5A},
    {0x16B62, 0x16B62}, {0x16B78, 0x16B7C}, {0x16B90, 0x16E3F}, {0x16E9B, 0x16EFF}, {0x16F4B, 0x16F4E}, {0x16F88, 0x16F8E},
    {0x16FA0, 0x1BBFF}, {0x1BC6B, 0x1BC6F}, {0x1BC7D, 0x1BC7F}, {0x1BC89, 0x1BC8F}, {0x1BC9A, 0x1BC9B}, {0x1BCA4, 0x1CEFF},
    {0x1CF2E, 0x1CF2F}, {0x1CF47, 0x1CF4F}, {0x1CFC4, 0x1CFFF}, {0x1D0F6, 0x1D0FF}, {0x1D127, 0x1D128}, {0x1D1EB, 0x1D1FF},
    {0x1D246, 0x1D2DF}, {0x1D2F4, 0x1D2FF}, {0x1D357, 0x1D35F}, {0x1D379, 0x1D3FF}, {0x1D455, 0x1D455}, {0x1D49D, 0x1D49D},
    {0x1D4A0, 0x1D4A1}, {0x1D4A3, 0x1D4A4}, {0x1D4A7, 0x1D4A8}, {0x1D4AD, 0x1D4AD}, {0x1D4BA, 0x1D4BA}, {0x1D4BC, 0x1D4BC},
    {0x1D4C4, 0x1D4C4}, {0x1D506, 0x1D506}, {0x1D50B, 0x1D50C}, {0x1D515, 0x1D515}, {0x1D51D, 0x1D51D}, {0x1D53A, 0x1D53A},
    {0x1D53F, 0x1D53F}, {0x1D545, 0x1D545}, {0x1D547, 0x1D549}, {0x1D551, 0x1D551}, {0x1D6A6, 0x1D6A7}, {0x1D7CC, 0x1D7CD},
    {0x1DA8C, 0x1DA9A}, {0x1DAA0, 0x1DAA0}, {0x1DAB0, 0x1DEFF}, {0x1DF1F, 0x1DFFF}, {0x1E007, 0x1E007}, {0x1E019, 0x1E01A},
    {0x1E022, 0x1E022}, {0x1E025, 0x1E025}, {0x1E02B, 0x1E0FF}, {0x1E12D, 0x1E12F}, {0x1E13E, 0x1E13F}, {0x1E14A, 0x1E14D},
    {0x1E150, 0x1E28F}, {0x1E2AF, 0x1E2BF}, {0x1E2FA, 0x1E2FE}, {0x1E300, 0x1E7DF}, {0x1E7E7, 0x1E7E7}, {0x1E7EC, 0x1E7EC},
    {0x1E7EF, 0x1E7EF}, {0x1E7FF, 0x1E7FF}, {0x1E8C5, 0x1E8C6}, {0x1E8D7, 0x1E8FF}, {0x1E94C, 0x1E94F}, {0x1E95A, 0x1E95D},
    {0x1E960, 0x1EC70}, {0x1ECB5, 0x1ED00}, {0x1ED3E, 0x1EDFF}, {0x1EE04, 0x1EE04}, {0x1EE20, 0x1EE20}, {0x1EE23, 0x1EE23},
    {0x1EE25, 0x1EE26}, {0x1EE28, 0x1EE28}, {0x1EE33, 0x1EE33}, {0x1EE38, 0x1EE38}, {0x1EE3A, 0x1EE3A}, {0x1EE3C, 0x1EE41},
    {0x1EE43, 0x1EE46}, {0x1EE48, 0x1EE48}, {0x1EE4A, 0x1EE4A}, {0x1EE4C, 0x1EE4C}, {0x1EE50, 0x1EE50}, {0x1EE53, 0x1EE53},
    {0x1EE55, 0x1EE56}, {0x1EE58, 0x1EE58}, {0x1EE5A, 0x1EE5A}, {0x1EE5C, 0x1EE5C}, {0x1EE5E, 0x1EE5E}, {0x1EE60, 0x1EE60},
    {0x1EE63, 0x1EE63}, {0x1EE65, 0x1EE66}, {0x1EE6B, 0x1EE6B}, {0x1EE73, 0x1EE73}, {0x1EE78, 0x1EE78}, {0x1EE7D, 0x1EE7D},
    {0x1EE7F, 0x1EE7F}, {0x1EE8A, 0x1EE8A}, {0x1EE9C, 0x1EEA0}, {0x1EEA4, 0x1EEA4}, {0x1EEAA, 0x1EEAA}, {0x1EEBC, 0x1EEEF},
    {0x1EEF2, 0x1EFFF}, {0x1F004, 0x1F004}, {0x1F02C, 0x1F02F}, {0x1F094, 0x1F09F}, {0x1F0AF, 0x1F0B0}, {0x1F0C0, 0x1F0C0},
    {0x1F0CF, 0x1F0D0}, {0x1F0F6, 0x1F0FF}, {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A}, {0x1F1AE, 0x1F1E5}, {0x1F200, 0x1F320},
    {0x1F32D, 0x1F335}, {0x1F337, 0x1F37C}, {0x1F37E, 0x1F393}, {0x1F3A0, 0x1F3CA}, {0x1F3CF, 0x1F3D3}, {0x1F3E0, 0x1F3F0},
    {0x1F3F4, 0x1F3F4}, {0x1F3F8, 0x1F43E}, {0x1F440, 0x1F440}, {0x1F442, 0x1F4FC}, {0x1F4FF, 0x1F53D}, {0x1F54B, 0x1F54E},
    {0x1F550, 0x1F567}, {0x1F57A, 0x1F57A}, {0x1F595, 0x1F596}, {0x1F5A4, 0x1F5A4}, {0x1F5FB, 0x1F64F}, {0x1F680, 0x1F6C5},
    {0x1F6CC, 0x1F6CC}, {0x1F6D0, 0x1F6D2}, {0x1F6D5, 0x1F6DF}, {0x1F6EB, 0x1F6EF}, {0x1F6F4, 0x1F6FF}, {0x1F774, 0x1F77F},
    {0x1F7D9, 0x1F7FF}, {0x1F80C, 0x1F80F}, {0x1F848, 0x1F84F}, {0x1F85A, 0x1F85F}, {0x1F888, 0x1F88F}, {0x1F8AE, 0x1F8AF},
    {0x1F8B2, 0x1F8FF}, {0x1F90C, 0x1F93A}, {0x1F93C, 0x1F945}, {0x1F947, 0x1F9FF}, {0x1FA54, 0x1FA5F}, {0x1FA6E, 0x1FAFF},
    {0x1FB93, 0x1FB93}, {0x1FBCB, 0x1FBEF}, {0x1FBFA, 0xE0000}, {0xE0002, 0xE001F}, {0xE0080, 0xE00FF}, {0xE01F0, 0xEFFFF},
    {0xFFFFE, 0xFFFFF}, {0x10FFFE, 0x10FFFF},
};

/// Mn, Me, Cf (but U+00AD) and U+1160..U+11FF: no column of their own.
inline constexpr code_point_range unicode_zero_width[] = {
    {0x300, 0x36F}, {0x483, 0x489}, {0x591, 0x5BD}, {0x5BF, 0x5BF}, {0x5C1, 0x5C2}, {0x5C4, 0x5C5},
    {0x5C7, 0x5C7}, {0x600, 0x605}, {0x610, 0x61A}, {0x61C, 0x61C}, {0x64B, 0x65F}, {0x670, 0x670},
    {0x6D6, 0x6DD}, {0x6DF, 0x6E4}, {0x6E7, 0x6E8}, {0x6EA, 0x6ED}, {0x70F, 0x70F}, {0x711, 0x711},
    {0x730, 0x74A}, {0x7A6, 0x7B0}, {0x7EB, 0x7F3}, {0x7FD, 0x7FD}, {0x816, 0x819}, {0x81B, 0x823},
    {0x825, 0x827}, {0x829, 0x82D}, {0x859, 0x85B}, {0x890, 0x891}, {0x898, 0x89F}, {0x8CA, 0x902},
    {0x93A, 0x93A}, {0x93C, 0x93C}, {0x941, 0x948}, {0x94D, 0x94D}, {0x951, 0x957}, {0x962, 0x963},
    {0x981, 0x981}, {0x9BC, 0x9BC}, {0x9C1, 0x9C4}, {0x9CD, 0x9CD}, {0x9E2, 0x9E3}, {0x9FE, 0x9FE},
    {0xA01, 0xA02}, {0xA3C, 0xA3C}, {0xA41, 0xA42}, {0xA47, 0xA48}, {0xA4B, 0xA4D}, {0xA51, 0xA51},
    {0xA70, 0xA71}, {0xA75, 0xA75}, {0xA81, 0xA82}, {0xABC, 0xABC}, {0xAC1, 0xAC5}, {0xAC7, 0xAC8},
    {0xACD, 0xACD}, {0xAE2, 0xAE3}, {0xAFA, 0xAFF}, {0xB01, 0xB01}, {0xB3C, 0xB3C}, {0xB3F, 0xB3F},
    {0xB41, 0xB44}, {0xB4D, 0xB4D}, {0xB55, 0xB56}, {0xB62, 0xB63}, {0xB82, 0xB82}, {0xBC0, 0xBC0},
    {0xBCD, 0xBCD}, {0xC00, 0xC00}, {0xC04, 0xC04}, {0xC3C, 0xC3C}, {0xC3E, 0xC40}, {0xC46, 0xC48},
    {0xC4A, 0xC4D}, {0xC55, 0xC56}, {0xC62, 0xC63}, {0xC81, 0xC81}, {0xCBC, 0xCBC}, {0xCBF, 0xCBF},
    {0xCC6, 0xCC6}, {0xCCC, 0xCCD}, {0xCE2, 0xCE3}, {0xD00, 0xD01}, {0xD3B, 0xD3C}, {0xD41, 0xD44},
    {0xD4D, 0xD4D}, {0xD62, 0xD63}, {0xD81, 0xD81}, {0xDCA, 0xDCA}, {0xDD2, 0xDD4}, {0xDD6, 0xDD6},
    {0xE31, 0xE31}, {0xE34, 0xE3A}, {0xE47, 0xE4E}, {0xEB1, 0xEB1}, {0xEB4, 0xEBC}, {0xEC8, 0xECD},
    {0xF18, 0xF19}, {0xF35, 0xF35}, {0xF37, 0xF37}, {0xF39, 0xF39}, {0xF71, 0xF7E}, {0xF80, 0xF84},
    {0xF86, 0xF87}, {0xF8D, 0xF97}, {0xF99, 0xFBC}, {0xFC6, 0xFC6}, {0x102D, 0x1030}, {0x1032, 0x1037},
    {0x1039, 0x103A}, {0x103D, 0x103E}, {0x1058, 0x1059}, {0x105E, 0x1060}, {0x1071, 0x1074}, {0x1082, 0x1082},
    {0x1085, 0x1086}, {0x108D, 0x108D}, {0x109D, 0x109D}, {0x1160, 0x11FF}, {0x135D, 0x135F}, {0x1712, 0x1714},
    {0x1732, 0x1733}, {0x1752, 0x1753}, {0x1772, 0x1773}, {0x17B4, 0x17B5}, {0x17B7, 0x17BD}, {0x17C6, 0x17C6},
    {0x17C9, 0x17D3}, {0x17DD, 0x17DD}, {0x180B, 0x180F}, {0x1885, 0x1886}, {0x18A9, 0x18A9}, {0x1920, 0x1922},
    {0x1927, 0x1928}, {0x1932, 0x1932}, {0x1939, 0x193B}, {0x1A17, 0x1A18}, {0x1A1B, 0x1A1B}, {0x1A56, 0x1A56},
    {0x1A58, 0x1A5E}, {0x1A60, 0x1A60}, {0x1A62, 0x1A62}, {0x1A65, 0x1A6C}, {0x1A73, 0x1A7C}, {0x1A7F, 0x1A7F},
    {0x1AB0, 0x1ACE}, {0x1B00, 0x1B03}, {0x1B34, 0x1B34}, {0x1B36, 0x1B3A}, {0x1B3C, 0x1B3C}, {0x1B42, 0x1B42},
    {0x1B6B, 0x1B73}, {0x1B80, 0x1B81}, {0x1BA2, 0x1BA5}, {0x1BA8, 0x1BA9}, {0x1BAB, 0x1BAD}, {0x1BE6, 0x1BE6},
    {0x1BE8, 0x1BE9}, {0x1BED, 0x1BED}, {0x1BEF, 0x1BF1}, {0x1C2C, 0x1C33}, {0x1C36, 0x1C37}, {0x1CD0, 0x1CD2},
    {0x1CD4, 0x1CE0}, {0x1CE2, 0x1CE8}, {0x1CED, 0x1CED}, {0x1CF4, 0x1CF4}, {0x1CF8, 0x1CF9}, {0x1DC0, 0x1DFF},
    {0x200B, 0x200F}, {0x202A, 0x202E}, {0x2060, 0x2064}, {0x2066, 0x206F}, {0x20D0, 0x20F0}, {0x2CEF, 0x2CF1},
    {0x2D7F, 0x2D7F}, {0x2DE0, 0x2DFF}, {0x302A, 0x302D}, {0x3099, 0x309A}, {0xA66F, 0xA672}, {0xA674, 0xA67D},
    {0xA69E, 0xA69F}, {0xA6F0, 0xA6F1}, {0xA802, 0xA802}, {0xA806, 0xA806}, {0xA80B, 0xA80B}, {0xA825, 0xA826},
    {0xA82C, 0xA82C}, {0xA8C4, 0xA8C5}, {0xA8E0, 0xA8F1}, {0xA8FF, 0xA8FF}, {0xA926, 0xA92D}, {0xA947, 0xA951},
    {0xA980, 0xA982}, {0xA9B3, 0xA9B3}, {0xA9B6, 0xA9B9}, {0xA9BC, 0xA9BD}, {0xA9E5, 0xA9E5}, {0xAA29, 0xAA2E},
    {0xAA31, 0xAA32}, {0xAA35, 0xAA36}, {0xAA43, 0xAA43}, {0xAA4C, 0xAA4C}, {0xAA7C, 0xAA7C}, {0xAAB0, 0xAAB0},
    {0xAAB2, 0xAAB4}, {0xAAB7, 0xAAB8}, {0xAABE, 0xAABF}, {0xAAC1, 0xAAC1}, {0xAAEC, 0xAAED}, {0xAAF6, 0xAAF6},
    {0xABE5, 0xABE5}, {0xABE8, 0xABE8}, {0xABED, 0xABED}, {0xFB1E, 0xFB1E}, {0xFE00, 0xFE0F}, {0xFE20, 0xFE2F},
    {0xFEFF, 0xFEFF}, {0xFFF9, 0xFFFB}, {0x101FD, 0x101FD}, {0x102E0, 0x102E0}, {0x10376, 0x1037A}, {0x10A01, 0x10A03},
    {0x10A05, 0x10A06}, {0x10A0C, 0x10A0F}, {0x10A38, 0x10A3A}, {0x10A3F, 0x10A3F}, {0x10AE5, 0x10AE6}, {0x10D24, 0x10D27},
    {0x10EAB, 0x10EAC}, {0x10F46, 0x10F50}, {0x10F82, 0x10F85}, {0x11001, 0x11001}, {0x11038, 0x11046}, {0x11070, 0x11070},
    {0x11073, 0x11074}, {0x1107F, 0x11081}, {0x110B3, 0x110B6}, {0x110B9, 0x110BA}, {0x110BD, 0x110BD}, {0x110C2, 0x110C2},
    {0x110CD, 0x110CD}, {0x11100, 0x11102}, {0x11127, 0x1112B}, {0x1112D, 0x11134}, {0x11173, 0x11173}, {0x11180, 0x11181},
    {0x111B6, 0x111BE}, {0x111C9, 0x111CC}, {0x111CF, 0x111CF}, {0x1122F, 0x11231}, {0x11234, 0x11234}, {0x11236, 0x11237},
    {0x1123E, 0x1123E}, {0x112DF, 0x112DF}, {0x112E3, 0x112EA}, {0x11300, 0x11301}, {0x1133B, 0x1133C}, {0x11340, 0x11340},
    {0x11366, 0x1136C}, {0x11370, 0x11374}, {0x11438, 0x1143F}, {0x11442, 0x11444}, {0x11446, 0x11446}, {0x1145E, 0x1145E},
    {0x114B3, 0x114B8}, {0x114BA, 0x114BA}, {0x114BF, 0x114C0}, {0x114C2, 0x114C3}, {0x115B2, 0x115B5}, {0x115BC, 0x115BD},
    {0x115BF, 0x115C0}, {0x115DC, 0x115DD}, {0x11633, 0x1163A}, {0x1163D, 0x1163D}, {0x1163F, 0x11640}, {0x116AB, 0x116AB},
    {0x116AD, 0x116AD}, {0x116B0, 0x116B5}, {0x116B7, 0x116B7}, {0x1171D, 0x1171F}, {0x11722, 0x11725}, {0x11727, 0x1172B},
    {0x1182F, 0x11837}, {0x11839, 0x1183A}, {0x1193B, 0x1193C}, {0x1193E, 0x1193E}, {0x11943, 0x11943}, {0x119D4, 0x119D7},
    {0x119DA, 0x119DB}, {0x119E0, 0x119E0}, {0x11A01, 0x11A0A}, {0x11A33, 0x11A38}, {0x11A3B, 0x11A3E}, {0x11A47, 0x11A47},
    {0x11A51, 0x11A56}, {0x11A59, 0x11A5B}, {0x11A8A, 0x11A96}, {0x11A98, 0x11A99}, {0x11C30, 0x11C36}, {0x11C38, 0x11C3D},
    {0x11C3F, 0x11C3F}, {0x11C92, 0x11CA7}, {0x11CAA, 0x11CB0}, {0x11CB2, 0x11CB3}, {0x11CB5, 0x11CB6}, {0x11D31, 0x11D36},
    {0x11D3A, 0x11D3A}, {0x11D3C, 0x11D3D}, {0x11D3F, 0x11D45}, {0x11D47, 0x11D47}, {0x11D90, 0x11D91}, {0x11D95, 0x11D95},
    {0x11D97, 0x11D97}, {0x11EF3, 0x11EF4}, {0x13430, 0x13438}, {0x16AF0, 0x16AF4}, {0x16B30, 0x16B36}, {0x16F4F, 0x16F4F},
    {0x16F8F, 0x16F92}, {0x16FE4, 0x16FE4}, {0x1BC9D, 0x1BC9E}, {0x1BCA0, 0x1BCA3}, {0x1CF00, 0x1CF2D}, {0x1CF30, 0x1CF46},
    {0x1D167, 0x1D169}, {0x1D173, 0x1D182}, {0x1D185, 0x1D18B}, {0x1D1AA, 0x1D1AD}, {0x1D242, 0x1D244}, {0x1DA00, 0x1DA36},
    {0x1DA3B, 0x1DA6C}, {0x1DA75, 0x1DA75}, {0x1DA84, 0x1DA84}, {0x1DA9B, 0x1DA9F}, {0x1DAA1, 0x1DAAF}, {0x1E000, 0x1E006},
    {0x1E008, 0x1E018}, {0x1E01B, 0x1E021}, {0x1E023, 0x1E024}, {0x1E026, 0x1E02A}, {0x1E130, 0x1E136}, {0x1E2AE, 0x1E2AE},
    {0x1E2EC, 0x1E2EF}, {0x1E8D0, 0x1E8D6}, {0x1E944, 0x1E94A}, {0xE0001, 0xE0001}, {0xE0020, 0xE007F}, {0xE0100, 0xE01EF},
};

/// True when `cp` is inside one of the sorted, disjoint `ranges`.
template <std::size_t N>
constexpr bool in_ranges(const code_point_range (&ranges)[N], char32_t cp) noexcept {
    std::size_t low = 0, high = N;
    while (low < high) {
        const std::size_t middle = low + (high - low) / 2;
        if (cp < ranges[middle].first) high = middle;
        else if (cp > ranges[middle].last) low = middle + 1;
        else return true;
    }
    return false;
}

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_UNICODE_TABLES_HPP

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

namespace appnotify::detail::md {

struct html_settings {
    bool new_window = false;       // target="_blank" rel="noopener noreferrer" on links
    std::string_view class_prefix; // class="<prefix><tag>" on every element when not empty
};

/// Appends to a std::string through a pointer: the string is grown ahead (from the size of the
/// input, then doubling) and cut to what was written when the writer ends. Each piece of markup
/// is then a capacity check and a copy the compiler inlines, instead of a call into
/// std::string::append or push_back, which cost more than the bytes they write.
class string_writer {
public:
    string_writer(std::string& out, std::size_t expected) : out_(out), size_(out.size()) {
        out_.resize(size_ + expected);
    }
    ~string_writer() { out_.resize(size_); }
    string_writer(const string_writer&) = delete;
    string_writer& operator=(const string_writer&) = delete;

    std::size_t size() const noexcept { return size_; }
    char back() const noexcept { return out_[size_ - 1]; }
    void append(const char* data, std::size_t n) {
        if (out_.size() - size_ < n) grow(n);
        std::memcpy(&out_[size_], data, n);
        size_ += n;
    }
    void append(std::string_view text) { append(text.data(), text.size()); }
    void push_back(char c) {
        if (out_.size() == size_) grow(1);
        out_[size_++] = c;
    }

private:
    void grow(std::size_t n) { out_.resize(size_ + n > out_.size() * 2 ? size_ + n : out_.size() * 2); }

    std::string& out_;
    std::size_t size_; // of what was written, the string's size beyond it is room
};

/// The HTML output, a handler of the event interface (markdown_events.hpp). `expected`: the size
/// of the input, from which its output's size is guessed. `out` holds the output once the sink
/// is destroyed (until then it also holds the room ahead).
class html_sink {
public:
    html_sink(std::string& out, const html_settings& settings, std::size_t expected)
        : out_(out, expected + expected / 4 + 64), start_(out_.size()), settings_(settings) {}

    std::size_t output_size() const noexcept { return out_.size() - start_; }

    // The dispatchers stay small, so that each call site inlines them and the producer's
    // constant types pick the branch at compile time.
    void enter_block(const markdown_block& block) {
        if (block.type == markdown_block_type::paragraph) paragraph_open(block.tight);
        else if (block.type == markdown_block_type::list_item) item_open();
        else list_open(block);
    }
    void leave_block(const markdown_block& block) {
        if (block.type == markdown_block_type::paragraph) {
            if (!block.tight) out_.append("</p>\n");
        } else {
            out_.append(block.type == markdown_block_type::list_item      ? std::string_view("</li>\n")
                        : block.type == markdown_block_type::bullet_list ? std::string_view("</ul>\n")
                                                                          : std::string_view("</ol>\n"));
        }
    }
    void text(std::string_view text) { append_html_escaped(out_, text); }
    /// Text that is a piece of the input, which may be read `readable` bytes from its start (the
    /// producer's call for the input's own text: the escaper reads whole blocks past the piece).
    void source_text(std::string_view text, std::size_t readable) { append_html_escaped(out_, text, readable); }
    void soft_break() { out_.push_back('\n'); }
    void hard_break() {
        out_.append("<br");
        class_attribute("br");
        out_.append(" />\n");
    }
    void enter_span(const markdown_span& span) {
        if (span.type == markdown_span_type::link) link_open(span);
        else open_tag(span.type == markdown_span_type::strong ? "strong" : "em");
    }
    void leave_span(const markdown_span& span) {
        out_.append(span.type == markdown_span_type::link     ? std::string_view("</a>")
                    : span.type == markdown_span_type::strong ? std::string_view("</strong>")
                                                              : std::string_view("</em>"));
    }

private:
    void paragraph_open(bool tight) {
        if (tight) return;
        cr();
        open_tag("p");
    }
    void item_open() {
        cr();
        open_tag("li");
    }
    void list_open(const markdown_block& block) {
        cr();
        if (block.type == markdown_block_type::bullet_list) {
            open_tag("ul");
        } else if (block.number == 1) {
            open_tag("ol");
        } else {
            out_.append("<ol start=\"");
            char digits[10]; // the number has at most 9
            std::size_t n = 0;
            for (std::uint32_t number = block.number; n == 0 || number != 0; number /= 10)
                digits[n++] = static_cast<char>('0' + number % 10);
            while (n != 0) out_.push_back(digits[--n]);
            out_.push_back('"');
            class_attribute("ol");
            out_.push_back('>');
        }
        out_.push_back('\n');
    }
    void link_open(const markdown_span& span) {
        out_.append("<a href=\"");
        append_href_escaped(out_, span.href, true);
        out_.push_back('"');
        if (!span.title.empty()) {
            out_.append(" title=\"");
            append_html_escaped(out_, span.title);
            out_.push_back('"');
        }
        if (settings_.new_window) out_.append(" target=\"_blank\" rel=\"noopener noreferrer\"");
        class_attribute("a");
        out_.push_back('>');
    }

    /// A line break unless the output (this rendering's part of it) is empty or ends with one.
    void cr() {
        if (out_.size() > start_ && out_.back() != '\n') out_.push_back('\n');
    }
    void open_tag(std::string_view tag) {
        out_.push_back('<');
        out_.append(tag);
        class_attribute(tag);
        out_.push_back('>');
    }
    void class_attribute(std::string_view tag) {
        if (settings_.class_prefix.empty()) return;
        out_.append(" class=\"");
        append_html_escaped(out_, settings_.class_prefix);
        out_.append(tag);
        out_.push_back('"');
    }

    string_writer out_;
    std::size_t start_;
    const html_settings& settings_;
};

} // namespace appnotify::detail::md

#endif // APPNOTIFY_DETAIL_MARKDOWN_HTML_HPP
// ---- appnotify/detail/markdown_render.hpp ----
// The one markdown parser and its events: blocks are parsed once, each paragraph's inlines are
// parsed when its turn comes, and a handler (the HTML, ANSI or plain-text sink, or any handler of
// markdown_events.hpp) receives the events. The link policy, the link rewriter, the rule that
// links never nest, the nesting and output limits are applied here, once for every output.
//
// The producer is a template over its handler, so the built-in outputs get direct (inlined)
// calls; instantiated with the abstract markdown_handler, it makes one virtual call per event.
#ifndef APPNOTIFY_DETAIL_MARKDOWN_RENDER_HPP
#define APPNOTIFY_DETAIL_MARKDOWN_RENDER_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

// ---- appnotify/detail/markdown_blocks.hpp ----
// Markdown block structure: paragraphs and (nested) lists, as CommonMark 0.31.2 and cmark-gfm
// build them, line by line in one pass. Every other block construct (headings, block quotes,
// code blocks, thematic breaks, HTML blocks, tables) is not recognised: its lines are paragraph
// text, rendered as written. The result is a flat list of block events in document order.
#ifndef APPNOTIFY_DETAIL_MARKDOWN_BLOCKS_HPP
#define APPNOTIFY_DETAIL_MARKDOWN_BLOCKS_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>


namespace appnotify::detail::md {

enum class block_type : std::uint8_t { list_open, list_close, item_open, item_close, paragraph };

struct block_event {
    block_type type{};
    bool ordered = false;   // list_open, list_close
    bool tight = true;      // list_open, list_close: set when the list is closed
    char marker = 0;        // list_open: '-', '+', '*' or the ordered delimiter '.' or ')'
    std::uint32_t start = 1; // list_open of an ordered list: the first number
    std::size_t begin = 0;   // paragraph: its text; list_open, item_open: the (first) item's marker
    std::size_t end = 0;
};

/// The block parser's reusable state.
///
/// Tight or loose: cmark-gfm decides when a list closes, from each node's "last line blank" flag
/// and whether a node "ends with a blank line" (its flag, or its last child's, down the tree).
/// Here the tree is never built: each open container keeps what its closed children said.
struct block_scratch {
    struct container {
        bool is_list = false;
        bool llb = false; // the last line it took was blank (cmark's last_line_blank)
        // a list
        bool ordered = false;
        char marker = 0;
        bool loose = false;
        bool has_item = false;         // the last item is closed; its flags follow
        bool item_llb = false;         // its last line was blank
        bool item_child_ewb = false;   // its last child ends with a blank line
        bool item_inner_blank = false; // a child before its last ends with a blank line
        std::size_t event = 0;         // index of the list_open event
        // an item
        std::size_t marker_offset = 0; // columns before the marker
        std::size_t padding = 0;       // marker and spaces: content starts at marker_offset + padding
        std::size_t start_line = 0;
        bool has_children = false;
        bool child_ewb = false;   // the last child ends with a blank line
        bool inner_blank = false; // a child before the last one ends with a blank line
    };
    std::vector<container> stack;
    std::vector<block_event> events;
    std::vector<std::size_t> lazy_lines; // starts of lazy continuation lines, when asked for
};

class block_parser {
public:
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

    block_parser(std::string_view text, block_scratch& scratch, std::size_t max_list_depth,
                 bool record_lazy_lines = false) noexcept
        : text_(text), s_(scratch), max_list_depth_(max_list_depth), record_lazy_lines_(record_lazy_lines) {}

    /// Parses the whole text into scratch.events. Returns the offset of the first list marker
    /// that was not opened because of the nesting limit, or npos.
    std::size_t run() {
        s_.stack.clear();
        s_.events.clear();
        s_.lazy_lines.clear();
        // Room for the events from the input's size, so that the vector is not copied as it grows:
        // prose with lists has about one event per 30 bytes (the benchmark's 1 MB document: 33).
        // Denser inputs (a list of one-word items) grow it by doubling, as before; pages reserved
        // and never written cost no memory.
        s_.events.reserve(text_.size() / 24 + 16);
        std::size_t at = text_.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
        while (at < text_.size()) {
            const std::size_t end =
                swar::find_wide(text_.data(), at, text_.size(), text_.size(), line_end_mask16, line_end_flags, is_line_end);
            std::size_t next = end;
            if (next < text_.size()) next += (text_[next] == '\r' && next + 1 < text_.size() && text_[next + 1] == '\n') ? 2 : 1;
            process_line(at, end);
            at = next;
        }
        close_paragraph();
        close_to(0);
        return too_deep_at_;
    }

private:
    using container = block_scratch::container;

    /// Line feed and carriage return, and the control characters below them (is_line_end decides).
    static constexpr swar::word line_end_flags(swar::word w) noexcept { return swar::less(w, '\r' + 1); }
#if APPNOTIFY_SIMD_SSE2
    /// Line feed and carriage return, 16 at a time.
    static unsigned line_end_mask16(swar::sse2::block v) noexcept { return swar::sse2::mask(swar::sse2::equal_any(v, '\n', '\r')); }
#else
    static unsigned line_end_mask16(int) noexcept { return 0; }
#endif

    // ---- position within the current line (cmark's offset/column/first_nonspace/indent) ----
    void find_first_nonspace() noexcept {
        std::size_t chars_to_tab = 4 - (column_ % 4);
        if (first_nonspace_ <= offset_) {
            first_nonspace_ = offset_;
            first_nonspace_column_ = column_;
            while (first_nonspace_ < line_end_) {
                const char c = text_[first_nonspace_];
                if (c == ' ') {
                    ++first_nonspace_;
                    ++first_nonspace_column_;
                    if (--chars_to_tab == 0) chars_to_tab = 4;
                } else if (c == '\t') {
                    ++first_nonspace_;
                    first_nonspace_column_ += chars_to_tab;
                    chars_to_tab = 4;
                } else {
                    break;
                }
            }
        }
        indent_ = first_nonspace_column_ - column_;
        blank_ = first_nonspace_ == line_end_;
    }

    void advance(std::size_t count, bool columns) noexcept {
        while (count > 0 && offset_ < line_end_) {
            if (text_[offset_] == '\t') {
                const std::size_t chars_to_tab = 4 - (column_ % 4);
                if (columns) {
                    partially_consumed_tab_ = chars_to_tab > count;
                    const std::size_t step = chars_to_tab < count ? chars_to_tab : count;
                    column_ += step;
                    offset_ += partially_consumed_tab_ ? 0 : 1;
                    count -= step;
                } else {
                    partially_consumed_tab_ = false;
                    column_ += chars_to_tab;
                    ++offset_;
                    --count;
                }
            } else {
                partially_consumed_tab_ = false;
                ++offset_;
                ++column_;
                --count;
            }
        }
    }

    // A thematic break (*** --- ___) is never a list item; cmark's kill position keeps the scan
    // linear when a line holds many list markers.
    bool is_thematic_break(std::size_t at) noexcept {
        if (at < thematic_break_kill_) return false;
        const char c = text_[at];
        if (c != '*' && c != '-' && c != '_') {
            thematic_break_kill_ = at;
            return false;
        }
        std::size_t count = 1, i = at + 1;
        for (; i < line_end_; ++i) {
            if (text_[i] == c) ++count;
            else if (text_[i] != ' ' && text_[i] != '\t') break;
        }
        if (count >= 3 && i == line_end_) return true;
        thematic_break_kill_ = i;
        return false;
    }

    struct list_marker {
        std::size_t length = 0;
        bool ordered = false;
        char marker = 0;
        std::uint32_t start = 1;
    };

    list_marker parse_list_marker(std::size_t at, bool interrupts_paragraph) const noexcept {
        list_marker m;
        std::size_t i = at;
        const char c = text_[i];
        if (c == '*' || c == '-' || c == '+') {
            ++i;
            m.marker = c;
        } else if (is_digit(c)) {
            std::uint32_t start = 0;
            std::size_t digits = 0;
            while (i < line_end_ && is_digit(text_[i]) && digits < 9) {
                start = start * 10 + static_cast<std::uint32_t>(text_[i] - '0');
                ++i;
                ++digits;
            }
            if (interrupts_paragraph && start != 1) return m;
            if (i >= line_end_ || (text_[i] != '.' && text_[i] != ')')) return m;
            m.marker = text_[i++];
            m.ordered = true;
            m.start = start;
        } else {
            return m;
        }
        if (i < line_end_ && !is_space_or_tab(text_[i])) return m;
        if (interrupts_paragraph) {
            std::size_t j = i;
            while (j < line_end_ && is_space_or_tab(text_[j])) ++j;
            if (j == line_end_) return m; // an empty item cannot interrupt a paragraph
        }
        m.length = i - at;
        return m;
    }

    // ---- the tree, kept as a stack of open containers plus the open paragraph ----
    /// A new child (paragraph or list) is added to the innermost container.
    void add_child() noexcept {
        if (s_.stack.empty() || s_.stack.back().is_list) return;
        container& item = s_.stack.back();
        if (item.has_children) item.inner_blank = item.inner_blank || item.child_ewb;
        item.has_children = true;
        item.child_ewb = false;
    }

    /// A child of the innermost container was closed; `ewb`: it ends with a blank line.
    void child_closed(bool ewb) noexcept {
        if (s_.stack.empty()) return;
        container& parent = s_.stack.back();
        if (!parent.is_list) parent.child_ewb = ewb;
    }

    void close_paragraph() {
        if (!paragraph_open_) return;
        paragraph_open_ = false;
        const bool llb = paragraph_llb_;
        paragraph_llb_ = false;
        block_event e;
        e.type = block_type::paragraph;
        e.begin = paragraph_begin_;
        e.end = paragraph_end_;
        s_.events.push_back(e);
        child_closed(llb);
    }

    void close_top() {
        const container c = s_.stack.back();
        s_.stack.pop_back();
        if (c.is_list) {
            const bool loose = c.loose || (c.has_item && c.item_inner_blank);
            s_.events[c.event].tight = !loose;
            block_event e;
            e.type = block_type::list_close;
            e.ordered = c.ordered;
            e.tight = !loose;
            s_.events.push_back(e);
            child_closed(c.llb || (c.has_item && (c.item_llb || c.item_child_ewb)));
        } else {
            block_event e;
            e.type = block_type::item_close;
            s_.events.push_back(e);
            container& list = s_.stack.back();
            list.has_item = true;
            list.item_llb = c.llb;
            list.item_child_ewb = c.child_ewb;
            list.item_inner_blank = c.inner_blank;
        }
    }

    /// Closes the paragraph and every container at depth >= `depth`.
    void close_to(std::size_t depth) {
        if (paragraph_open_) close_paragraph();
        while (s_.stack.size() > depth) close_top();
    }

    void open_list(const list_marker& m, std::size_t marker_at) {
        add_child();
        container c;
        c.is_list = true;
        c.ordered = m.ordered;
        c.marker = m.marker;
        c.event = s_.events.size();
        s_.stack.push_back(c);
        block_event e;
        e.type = block_type::list_open;
        e.ordered = m.ordered;
        e.marker = m.marker;
        e.start = m.start;
        e.begin = marker_at;
        s_.events.push_back(e);
    }

    void open_item(std::size_t marker_at, std::size_t marker_offset, std::size_t padding) {
        container& list = s_.stack.back();
        if (list.has_item) {
            list.loose = list.loose || list.item_llb || list.item_child_ewb || list.item_inner_blank;
            list.has_item = false;
        }
        container c;
        c.marker_offset = marker_offset;
        c.padding = padding;
        c.start_line = line_number_;
        s_.stack.push_back(c);
        block_event e;
        e.type = block_type::item_open;
        e.begin = marker_at;
        s_.events.push_back(e);
    }

    /// The most common line, the next line of a paragraph outside any list, in short: when no
    /// container is open, a line that is not blank and cannot start a list item or a thematic
    /// break (so the paragraph goes on, whatever its indentation) does nothing else.
    bool continues_paragraph(std::size_t begin, std::size_t end) const noexcept {
        if (!paragraph_open_ || !s_.stack.empty()) return false;
        std::size_t i = begin;
        while (i < end && is_space_or_tab(text_[i])) ++i;
        if (i == end) return false;
        const char c = text_[i];
        return !(c == '*' || c == '-' || c == '+' || c == '_' || is_digit(c));
    }

    void process_line(std::size_t begin, std::size_t end) {
        ++line_number_;
        if (continues_paragraph(begin, end)) {
            paragraph_end_ = end;
            return;
        }
        offset_ = begin;
        column_ = 0;
        first_nonspace_ = begin;
        first_nonspace_column_ = 0;
        partially_consumed_tab_ = false;
        line_end_ = end;
        thematic_break_kill_ = 0;

        // 1. Which open containers does the line continue? (Lists always do; items when the
        // line is indented enough, or blank in an item that has content.)
        std::size_t matched = 0;
        bool all_matched = true;
        for (; matched < s_.stack.size(); ++matched) {
            const container& c = s_.stack[matched];
            if (c.is_list) continue;
            find_first_nonspace();
            if (indent_ >= c.marker_offset + c.padding) {
                advance(c.marker_offset + c.padding, true);
            } else if (blank_ && c.has_children) {
                advance(first_nonspace_ - offset_, false);
            } else {
                all_matched = false;
                break;
            }
        }
        find_first_nonspace();
        const bool paragraph_matched = all_matched && paragraph_open_ && !blank_;

        // 2. List items (and lists) starting on the line, one inside the other.
        bool opened = false;
        for (;;) {
            find_first_nonspace();
            if (indent_ >= 4 || blank_ || is_thematic_break(first_nonspace_)) break;
            const bool interrupts_paragraph = paragraph_matched && !opened;
            const list_marker m = parse_list_marker(first_nonspace_, interrupts_paragraph);
            if (m.length == 0) break;
            // The container the item goes into: the list it continues, or a new list.
            const bool continues_list = !opened && !paragraph_matched && matched > 0 &&
                                        s_.stack[matched - 1].is_list && s_.stack[matched - 1].ordered == m.ordered &&
                                        s_.stack[matched - 1].marker == m.marker;
            const std::size_t keep = opened ? s_.stack.size() : matched;
            if (!continues_list && lists_kept(keep) >= max_list_depth_) {
                if (too_deep_at_ == npos) too_deep_at_ = first_nonspace_;
                break;
            }
            const std::size_t marker_at = first_nonspace_;
            const std::size_t marker_offset = indent_;
            advance(first_nonspace_ + m.length - offset_, false);
            const std::size_t save_offset = offset_, save_column = column_;
            const bool save_partial = partially_consumed_tab_;
            while (column_ - save_column <= 5 && offset_ < line_end_ && is_space_or_tab(text_[offset_])) advance(1, true);
            const std::size_t spaces = column_ - save_column;
            std::size_t padding = m.length + spaces;
            if (spaces >= 5 || spaces < 1 || offset_ == line_end_) {
                padding = m.length + 1;
                offset_ = save_offset;
                column_ = save_column;
                partially_consumed_tab_ = save_partial;
                if (spaces > 0) advance(1, true);
            }
            close_to(keep);
            if (!continues_list) {
                if (!s_.stack.empty() && s_.stack.back().is_list) close_top();
                open_list(m, marker_at);
            }
            open_item(marker_at, marker_offset, padding);
            opened = true;
        }

        // 3. Blank-line bookkeeping (cmark's last_line_blank), then the text of the line.
        find_first_nonspace();
        const std::size_t depth = opened ? s_.stack.size() : matched; // the innermost container
        if (paragraph_matched && !opened) {
            for (container& c : s_.stack) c.llb = false;
        } else if (depth > 0) {
            container& c = s_.stack[depth - 1];
            if (blank_) {
                // Its last child now ends with a blank line.
                if (depth < s_.stack.size()) s_.stack[depth].llb = true;
                else if (paragraph_open_) paragraph_llb_ = true;
                else if (c.is_list) c.item_llb = c.item_llb || c.has_item;
                else if (c.has_children) c.child_ewb = true;
            }
            c.llb = blank_ && !(!c.is_list && !c.has_children && c.start_line == line_number_);
            for (std::size_t i = 0; i + 1 < depth; ++i) s_.stack[i].llb = false;
        }

        const bool lazy = paragraph_open_ && !paragraph_matched && !opened && !blank_;
        if (lazy && record_lazy_lines_) s_.lazy_lines.push_back(begin);
        if (lazy || (paragraph_matched && !opened)) {
            paragraph_end_ = line_end_;
            return;
        }
        close_to(depth);
        if (blank_) return;
        if (!s_.stack.empty() && s_.stack.back().is_list) close_top();
        add_child();
        paragraph_open_ = true;
        paragraph_llb_ = false;
        paragraph_begin_ = first_nonspace_;
        paragraph_end_ = line_end_;
    }

    /// How many lists stay open when the containers from `keep` on are closed and the top one,
    /// if it is a list, makes way for a new list.
    std::size_t lists_kept(std::size_t keep) const noexcept {
        std::size_t n = 0;
        for (std::size_t i = 0; i < keep; ++i) n += s_.stack[i].is_list ? 1 : 0;
        if (keep > 0 && s_.stack[keep - 1].is_list) --n;
        return n;
    }


    std::string_view text_;
    block_scratch& s_;
    std::size_t max_list_depth_;
    bool record_lazy_lines_;
    std::size_t too_deep_at_ = npos;

    std::size_t line_number_ = 0;
    std::size_t line_end_ = 0;
    std::size_t offset_ = 0, column_ = 0;
    std::size_t first_nonspace_ = 0, first_nonspace_column_ = 0;
    std::size_t indent_ = 0;
    bool blank_ = false;
    bool partially_consumed_tab_ = false;
    std::size_t thematic_break_kill_ = 0;

    bool paragraph_open_ = false;
    bool paragraph_llb_ = false;
    std::size_t paragraph_begin_ = 0, paragraph_end_ = 0;
};

} // namespace appnotify::detail::md

#endif // APPNOTIFY_DETAIL_MARKDOWN_BLOCKS_HPP
// ---- appnotify/detail/markdown_inlines.hpp ----
// Markdown inline structure of one paragraph: emphasis, links, autolinks, line breaks, escapes
// and character references, by cmark-gfm's algorithm (a delimiter stack and a bracket stack)
// with CommonMark 0.31.2's definitions. Code spans, raw HTML and images are recognised, so that
// they take precedence as the spec says, and kept as their literal source text. The result is
// a flat list of inline items; emphasis matches are recorded on the delimiter runs.
//
// Every step is amortised O(1) per input byte: the openers_bottom bounds of the emphasis
// algorithm, a single deactivation mark for link openers, memos for unclosed code spans and
// raw HTML, and cmark's limit of 32 nested parentheses in a link destination.
#ifndef APPNOTIFY_DETAIL_MARKDOWN_INLINES_HPP
#define APPNOTIFY_DETAIL_MARKDOWN_INLINES_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>


namespace appnotify::detail::md {

inline constexpr std::size_t no_index = static_cast<std::size_t>(-1);

/// Items, matches, delimiters and links are numbered with 32 bits, which keeps an item small
/// (the engine refuses inputs of 4 GiB and more).
using slot = std::uint32_t;
inline constexpr slot no_slot = static_cast<slot>(-1);

// Plain text has no item: it is what lies between the items (see the gaps below), so that the
// inline pass records only the paragraph's structure and the output copies runs of the source.
enum class inline_kind : std::uint8_t {
    text,      // source [begin, end) as it is: a '[' or '![' that opened no link or image
    escaped,   // the ASCII punctuation character at begin (after a backslash)
    reference, // the character reference [begin, end)
    softbreak, // [line ending, first character of the next line); count: the line's final spaces
    hardbreak, // the same, or a backslash and the line ending (count 0)
    delimiter, // a run of count '*' or '_' characters at begin; matches below
    link_open, // link: index into links
    link_close,
    autolink,  // the URL [begin, end) between < and >; email: a mailto: link
    literal,   // code span, raw HTML or image: source [begin, end) shown as written; for an
               // image, skip_to is the item after its last one
};

struct inline_item {
    inline_kind kind = inline_kind::text;
    char delimiter = 0;
    bool email = false;
    std::uint32_t begin = 0; // offsets into the text (under 4 GiB)
    std::uint32_t end = 0;
    slot count = 0;   // delimiter: characters left as text; line breaks: spaces before them
    slot link = 0;    // link_open, link_close
    slot skip_to = 0; // literal image
    // Emphasis matches of a delimiter run: closers in the order they were made, openers from
    // the outermost to the innermost (lists through inline_scratch::matches).
    slot first_close = no_slot, last_close = no_slot, first_open = no_slot;
};

struct emphasis_match {
    bool strong = false;
    slot next = no_slot;
};

struct link_span {
    std::size_t begin = 0, end = 0;             // '[' to after ')'
    std::size_t dest_begin = 0, dest_end = 0;   // destination, without < >
    std::size_t title_begin = 0, title_end = 0; // title, without its quotes; empty when none
    slot close_item = 0;                        // index of the link_close item
};

/// Where the plain text before `item` ends: the text of a paragraph is the source between the end
/// of one item (text_after) and the start of the next (text_before), and after the last item up to
/// the paragraph's end (inline_parser::run's result). Text items are part of that text.
constexpr std::size_t text_before(const inline_item& item) noexcept {
    switch (item.kind) {
    case inline_kind::escaped:
    case inline_kind::autolink: return item.begin - 1; // the backslash, the '<'
    case inline_kind::softbreak:
    case inline_kind::hardbreak: return item.begin - item.count; // a line's final spaces are not text
    default: return item.begin;
    }
}
/// Where the plain text after `item` starts.
constexpr std::size_t text_after(const inline_item& item) noexcept {
    return item.kind == inline_kind::autolink ? item.end + 1 : item.end; // after the '>'
}

struct inline_scratch {
    struct delimiter_record {
        slot item;
        slot previous, next;
        slot length; // the run's original length
        char ch;
        bool can_open, can_close;
    };
    struct bracket_record {
        slot item;
        slot previous_delimiter;
        bool image;
    };
    std::vector<inline_item> items;
    std::vector<emphasis_match> matches;
    std::vector<link_span> links;
    std::vector<delimiter_record> delimiters;
    std::vector<bracket_record> brackets;
};

class inline_parser {
public:
    inline_parser(std::string_view text, inline_scratch& scratch, const cmark_029_quirks& quirks = {}) noexcept
        : text_(text), s_(scratch), quirks_(quirks) {}

    /// Parses the paragraph text [begin, end); returns the end of its text (final spaces are
    /// trimmed here).
    std::size_t run(std::size_t begin, std::size_t end) {
        s_.items.clear();
        s_.matches.clear();
        s_.links.clear();
        s_.delimiters.clear();
        s_.brackets.clear();
        while (end > begin && is_whitespace(text_[end - 1])) --end;
        begin_ = begin;
        end_ = end;
        pos_ = begin;
        after_special_ = begin;
        last_delimiter_ = no_slot;
        inactive_below_ = 0;
        backticks_scanned_ = false;
        backticks_cleared_ = false;
        no_html_close_from_[0] = no_html_close_from_[1] = no_html_close_from_[2] = no_html_close_from_[3] = no_index;
        while (pos_ < end_) parse_one();
        process_emphasis(no_slot);
        return end_;
    }

private:
    using delimiter_record = inline_scratch::delimiter_record;
    static constexpr std::size_t max_backticks = 80;

    char at(std::size_t i) const noexcept { return i < end_ ? text_[i] : '\0'; }

    slot add(inline_kind kind, std::size_t begin, std::size_t end) {
        inline_item item;
        item.kind = kind;
        item.begin = static_cast<std::uint32_t>(begin);
        item.end = static_cast<std::uint32_t>(end);
        s_.items.push_back(item);
        return static_cast<slot>(s_.items.size() - 1);
    }

    static constexpr bool is_special(char c) noexcept {
        return c == '\n' || c == '\r' || c == '!' || c == '&' || c == '*' || c == '<' || c == '[' || c == '\\' ||
               c == ']' || c == '_' || c == '`';
    }

    /// A superset of the special characters, 8 at a time (is_special decides): line endings and
    /// the control characters below them, '&', '!', '*', '<', and '[' to '`'.
    static constexpr swar::word special_flags(swar::word w) noexcept {
        return swar::less(w, '\r' + 1) | swar::equal_any(w, '&', '!', '*', '<') | swar::between(w, '[', '`');
    }

    /// Handles the special character or the run of plain text at pos_ (plain text, and a special
    /// character that turns out to be text, add no item).
#if APPNOTIFY_SIMD_SSE2
    /// The same 16 at a time.
    static unsigned special_mask16(swar::sse2::block v) noexcept {
        namespace sse2 = swar::sse2;
        return sse2::mask(_mm_or_si128(sse2::equal_any(v, '\n', '\r', '!', '&', '*', '<'), sse2::between(v, '[', '`')));
    }
#else
    static unsigned special_mask16(int) noexcept { return 0; }
#endif

    void parse_one() {
        const char c = text_[pos_];
        switch (c) {
        case '\r':
        case '\n': newline(); break;
        case '`': backticks(); break;
        case '\\': backslash(); break;
        case '&': reference(); break;
        case '<': pointy(); break;
        case '*':
        case '_': delimiter_run(c); break;
        case '[':
            push_bracket(false, add(inline_kind::text, pos_, pos_ + 1));
            ++pos_;
            break;
        case ']': close_bracket(); break;
        case '!':
            if (at(pos_ + 1) == '[' && !(quirks_.bang_caret_is_not_an_image && at(pos_ + 2) == '^')) {
                push_bracket(true, add(inline_kind::text, pos_, pos_ + 2));
                pos_ += 2;
            } else {
                ++pos_;
            }
            break;
        default:
            pos_ = swar::find_wide(text_.data(), pos_ + 1, end_, text_.size(), special_mask16, special_flags, is_special);
            return;
        }
        after_special_ = pos_;
    }

    void newline() {
        const std::size_t at_newline = pos_;
        // The line's final spaces and tabs are not text; they follow the last special character.
        std::size_t trimmed = at_newline;
        while (trimmed > after_special_ && is_whitespace(text_[trimmed - 1])) --trimmed;
        if (text_[pos_] == '\r') ++pos_;
        if (pos_ < end_ && text_[pos_] == '\n') ++pos_;
        while (pos_ < end_ && is_space_or_tab(text_[pos_])) ++pos_;
        const bool hard = at_newline - begin_ > 1 && text_[at_newline - 1] == ' ' && text_[at_newline - 2] == ' ';
        const slot item = add(hard ? inline_kind::hardbreak : inline_kind::softbreak, at_newline, pos_);
        s_.items[item].count = static_cast<slot>(at_newline - trimmed);
    }

    void backslash() {
        const char next = at(pos_ + 1);
        if (pos_ + 1 < end_ && is_ascii_punctuation(next)) {
            add(inline_kind::escaped, pos_ + 1, pos_ + 2);
            pos_ += 2;
        } else if (pos_ + 1 < end_ && is_line_end(next)) {
            const std::size_t start = pos_;
            ++pos_;
            if (text_[pos_] == '\r') ++pos_;
            if (pos_ < end_ && text_[pos_] == '\n') ++pos_;
            while (pos_ < end_ && is_space_or_tab(text_[pos_])) ++pos_;
            add(inline_kind::hardbreak, start, pos_);
        } else {
            ++pos_; // a backslash before anything else is text
        }
    }

    void reference() {
        const reference_match m = match_reference(text_.substr(0, end_), pos_, quirks_.eight_digit_references);
        if (m.length == 0) { // a '&' that starts no reference is text
            ++pos_;
            return;
        }
        add(inline_kind::reference, pos_, pos_ + m.length);
        pos_ += m.length;
    }

    // ---- code spans: kept literally; cmark's memo of closing runs keeps unclosed ones linear ----
    void backticks() {
        const std::size_t start = pos_;
        while (pos_ < end_ && text_[pos_] == '`') ++pos_;
        const std::size_t length = pos_ - start;
        const std::size_t close = length <= max_backticks ? find_closing_backticks(length) : 0;
        if (close == 0) return; // the run is text
        add(inline_kind::literal, start, close);
        pos_ = close;
    }

    std::size_t find_closing_backticks(std::size_t length) {
        if (backticks_scanned_ && backticks_[length] <= pos_) return 0;
        if (!backticks_cleared_) { // most paragraphs have no backtick: the memo is cleared on first use
            for (std::size_t& b : backticks_) b = 0;
            backticks_cleared_ = true;
        }
        std::size_t i = pos_;
        while (i < end_) {
            while (i < end_ && text_[i] != '`') ++i;
            if (i >= end_) break;
            const std::size_t run = i;
            while (i < end_ && text_[i] == '`') ++i;
            const std::size_t n = i - run;
            if (n <= max_backticks) backticks_[n] = run;
            if (n == length) return i;
        }
        backticks_scanned_ = true;
        return 0;
    }

    // ---- '<': autolinks (links), raw HTML (literal) or a plain '<' ----
    void pointy() {
        const std::size_t start = pos_;
        std::size_t end = scan_uri_autolink(start + 1);
        bool email = false;
        if (end == 0) {
            end = scan_email_autolink(start + 1);
            email = end != 0;
        }
        if (end != 0) {
            const slot item = add(inline_kind::autolink, start + 1, end - 1);
            s_.items[item].email = email;
            pos_ = end;
            return;
        }
        end = scan_html(start);
        if (end != 0) {
            add(inline_kind::literal, start, end);
            pos_ = end;
            return;
        }
        ++pos_; // a '<' that starts neither is text
    }

    std::size_t scheme_length(std::size_t i) const noexcept {
        std::size_t n = 0;
        if (!is_alpha(at(i))) return 0;
        ++n;
        while (n <= 32 && i + n < end_ &&
               (is_alnum(text_[i + n]) || text_[i + n] == '+' || text_[i + n] == '.' || text_[i + n] == '-'))
            ++n;
        return n;
    }

    /// <scheme:...>: the position after '>', or 0.
    std::size_t scan_uri_autolink(std::size_t i) const noexcept {
        const std::size_t n = scheme_length(i);
        if (n < 2 || n > 32 || at(i + n) != ':') return 0;
        for (std::size_t j = i + n + 1; j < end_; ++j) {
            const char c = text_[j];
            if (c == '>') return j + 1;
            if (c == '<' || c == ' ' || is_ascii_control(c)) return 0;
        }
        return 0;
    }

    static constexpr bool is_email_local(char c) noexcept {
        return is_alnum(c) || c == '.' || c == '!' || c == '#' || c == '$' || c == '%' || c == '&' || c == '\'' ||
               c == '*' || c == '+' || c == '/' || c == '=' || c == '?' || c == '^' || c == '_' || c == '`' ||
               c == '{' || c == '|' || c == '}' || c == '~' || c == '-';
    }

    /// <local@domain>: the position after '>', or 0.
    std::size_t scan_email_autolink(std::size_t i) const noexcept {
        std::size_t j = i;
        while (j < end_ && is_email_local(text_[j])) ++j;
        if (j == i || at(j) != '@') return 0;
        ++j;
        for (;;) {
            const std::size_t label = j;
            while (j < end_ && j - label < 63 && (is_alnum(text_[j]) || text_[j] == '-')) ++j;
            if (j == label || text_[label] == '-' || text_[j - 1] == '-') return 0;
            if (j < end_ && (is_alnum(text_[j]) || text_[j] == '-')) return 0; // label longer than 63
            if (at(j) == '>') return j + 1;
            if (at(j) != '.') return 0;
            ++j;
        }
    }

    // Raw HTML (CommonMark 0.31.2, 6.6): open and closing tags, comments, processing
    // instructions, declarations, CDATA. Shown as text, but recognised so that it takes
    // precedence over emphasis and links the way the spec says.
    std::size_t skip_whitespace(std::size_t j) const noexcept {
        while (j < end_ && is_scanner_whitespace(text_[j])) ++j;
        return j;
    }

    /// The end of the first `needle` at or after `from`, or 0; memo `slot` remembers where none is left.
    std::size_t find_close(std::size_t from, std::string_view needle, int memo) noexcept {
        if (no_html_close_from_[memo] != no_index && from >= no_html_close_from_[memo]) return 0;
        const std::size_t found = text_.substr(0, end_).find(needle, from);
        if (found == std::string_view::npos) {
            no_html_close_from_[memo] = from;
            return 0;
        }
        return found + needle.size();
    }

    std::size_t scan_html(std::size_t start) noexcept {
        std::size_t j = start + 1;
        const char c = at(j);
        if (c == '!' && quirks_.raw_html_029) return scan_html_029(j);
        if (c == '!') {
            if (text_.substr(j, 3) == "!--" && j + 3 <= end_) {
                if (at(j + 3) == '>') return j + 4;                        // <!-->
                if (at(j + 3) == '-' && at(j + 4) == '>') return j + 5;    // <!--->
                return find_close(j + 3, "-->", 0);
            }
            if (j + 8 <= end_ && text_.substr(j, 8) == "![CDATA[") return find_close(j + 8, "]]>", 1);
            if (is_alpha(at(j + 1))) return find_close(j + 2, ">", 2);
            return 0;
        }
        if (c == '?') return quirks_.raw_html_029 ? scan_processing_instruction_029(j + 1) : find_close(j + 1, "?>", 3);
        const bool closing = c == '/';
        if (closing) ++j;
        if (!is_alpha(at(j))) return 0;
        while (j < end_ && (is_alnum(text_[j]) || text_[j] == '-')) ++j;
        if (closing) {
            j = skip_whitespace(j);
            return at(j) == '>' ? j + 1 : 0;
        }
        for (;;) {
            const std::size_t before = j;
            j = skip_whitespace(j);
            if (at(j) == '>') return j + 1;
            if (at(j) == '/') return at(j + 1) == '>' ? j + 2 : 0;
            if (j == before) return 0; // an attribute needs whitespace before it
            const char first = at(j);
            if (!(is_alpha(first) || first == '_' || first == ':')) return 0;
            ++j;
            while (j < end_ && (is_alnum(text_[j]) || text_[j] == '_' || text_[j] == '.' || text_[j] == ':' || text_[j] == '-'))
                ++j;
            const std::size_t after_name = j;
            j = skip_whitespace(j);
            if (at(j) != '=') {
                j = after_name;
                continue;
            }
            j = skip_whitespace(j + 1);
            const char q = at(j);
            if (q == '"' || q == '\'') {
                const std::size_t close = text_.substr(0, end_).find(q, j + 1);
                if (close == std::string_view::npos) return 0;
                j = close + 1;
            } else {
                const std::size_t value = j;
                while (j < end_ && !is_scanner_whitespace(text_[j]) && text_[j] != '"' && text_[j] != '\'' &&
                       text_[j] != '=' && text_[j] != '<' && text_[j] != '>' && text_[j] != '`')
                    ++j;
                if (j == value) return 0;
            }
        }
    }

    /// CommonMark 0.29's comments and declarations (cmark_029_quirks::raw_html_029), from the '!'.
    std::size_t scan_html_029(std::size_t j) noexcept {
        if (j + 3 <= end_ && text_.substr(j, 3) == "!--") {
            const std::size_t text = j + 3;
            if (at(text) == '>' || (at(text) == '-' && at(text + 1) == '>')) return 0;
            const std::size_t dashes = text_.substr(0, end_).find("--", text);
            if (dashes == std::string_view::npos || at(dashes + 2) != '>') return 0;
            return dashes + 3;
        }
        if (j + 8 <= end_ && text_.substr(j, 8) == "![CDATA[") return find_close(j + 8, "]]>", 1);
        std::size_t k = j + 1;
        while (k < end_ && text_[k] >= 'A' && text_[k] <= 'Z') ++k;
        if (k == j + 1 || k >= end_ || !is_scanner_whitespace(text_[k])) return 0;
        const std::size_t close = text_.substr(0, end_).find('>', k);
        return close == std::string_view::npos ? 0 : close + 1;
    }

    /// cmark-gfm 0.29's processing instructions (cmark_029_quirks::raw_html_029): its scanner
    /// reads "?x" in pairs, so "<?a??>" never ends.
    std::size_t scan_processing_instruction_029(std::size_t j) const noexcept {
        while (j < end_) {
            if (text_[j] != '?') ++j;
            else if (at(j + 1) == '>') return j + 2;
            else j += 2;
        }
        return 0;
    }

    // ---- emphasis delimiter runs ----
    void delimiter_run(char c) {
        const std::size_t start = pos_;
        while (pos_ < end_ && text_[pos_] == c) ++pos_;
        const char32_t before = code_point_before(text_, begin_, start);
        const char32_t after = code_point_at(text_, pos_, end_);
        const bool before_space = is_unicode_whitespace(before), after_space = is_unicode_whitespace(after);
        const auto punctuation = quirks_.punctuation != nullptr ? quirks_.punctuation
                                                               : [](char32_t cp) { return is_unicode_punctuation(cp); };
        const bool before_punct = punctuation(before), after_punct = punctuation(after);
        const bool left = !after_space && (!after_punct || before_space || before_punct);
        const bool right = !before_space && (!before_punct || after_space || after_punct);
        bool can_open = left, can_close = right;
        if (c == '_') {
            can_open = left && (!right || before_punct);
            can_close = right && (!left || after_punct);
        }
        const slot item = add(inline_kind::delimiter, start, pos_);
        const auto length = static_cast<slot>(pos_ - start);
        s_.items[item].delimiter = c;
        s_.items[item].count = length;
        if (!can_open && !can_close) return;
        delimiter_record d{item, last_delimiter_, no_slot, length, c, can_open, can_close};
        s_.delimiters.push_back(d);
        const auto index = static_cast<slot>(s_.delimiters.size() - 1);
        if (last_delimiter_ != no_slot) s_.delimiters[last_delimiter_].next = index;
        last_delimiter_ = index;
    }

    void remove_delimiter(slot d) noexcept {
        delimiter_record& r = s_.delimiters[d];
        if (r.next == no_slot) last_delimiter_ = r.previous;
        else s_.delimiters[r.next].previous = r.previous;
        if (r.previous != no_slot) s_.delimiters[r.previous].next = r.next;
    }

    /// CommonMark's "process emphasis" over the delimiters above `stack_bottom`.
    void process_emphasis(slot stack_bottom) {
        // openers_bottom per delimiter character, closer-can-open and closer length mod 3.
        slot openers_bottom[2][2][3];
        for (auto& by_char : openers_bottom)
            for (auto& by_open : by_char)
                for (slot& bottom : by_open) bottom = stack_bottom;

        slot closer = last_delimiter_;
        while (closer != no_slot && s_.delimiters[closer].previous != stack_bottom) closer = s_.delimiters[closer].previous;
        if (closer == stack_bottom) closer = no_slot;
        while (closer != no_slot) {
            const delimiter_record& c = s_.delimiters[closer];
            if (!c.can_close) {
                closer = c.next;
                continue;
            }
            slot& bottom =
                openers_bottom[c.ch == '_'][c.can_open && !quirks_.openers_bottom_by_length_only][c.length % 3];
            slot opener = c.previous;
            bool found = false;
            while (opener != no_slot && opener != stack_bottom && opener != bottom) {
                const delimiter_record& o = s_.delimiters[opener];
                if (o.can_open && o.ch == c.ch &&
                    (!(c.can_open || o.can_close) || c.length % 3 == 0 || (o.length + c.length) % 3 != 0)) {
                    found = true;
                    break;
                }
                opener = o.previous;
            }
            const slot old_closer = closer;
            if (found) {
                closer = insert_emphasis(opener, closer);
            } else {
                bottom = s_.delimiters[old_closer].previous;
                closer = s_.delimiters[old_closer].next;
                if (!s_.delimiters[old_closer].can_open) remove_delimiter(old_closer);
            }
        }
        while (last_delimiter_ != no_slot && last_delimiter_ != stack_bottom) remove_delimiter(last_delimiter_);
    }

    slot insert_emphasis(slot opener, slot closer) {
        inline_item& open_item = s_.items[s_.delimiters[opener].item];
        inline_item& close_item = s_.items[s_.delimiters[closer].item];
        const slot use = (open_item.count >= 2 && close_item.count >= 2) ? 2 : 1;
        open_item.count -= use;
        close_item.count -= use;
        // Record the match: the closer's list in order, the opener's from the outside in.
        s_.matches.push_back({use == 2, no_slot});
        const auto m_close = static_cast<slot>(s_.matches.size() - 1);
        if (close_item.last_close == no_slot) close_item.first_close = m_close;
        else s_.matches[close_item.last_close].next = m_close;
        close_item.last_close = m_close;
        s_.matches.push_back({use == 2, open_item.first_open});
        open_item.first_open = static_cast<slot>(s_.matches.size() - 1);

        // Delimiters between the two can no longer match anything.
        slot d = s_.delimiters[closer].previous;
        while (d != no_slot && d != opener) {
            const slot previous = s_.delimiters[d].previous;
            remove_delimiter(d);
            d = previous;
        }
        if (open_item.count == 0) remove_delimiter(opener);
        if (close_item.count == 0) {
            const slot next = s_.delimiters[closer].next;
            remove_delimiter(closer);
            return next;
        }
        return closer;
    }

    // ---- links and images ----
    void push_bracket(bool image, slot item) {
        s_.brackets.push_back({item, last_delimiter_, image});
    }

    void pop_bracket() noexcept {
        s_.brackets.pop_back();
        if (inactive_below_ > s_.brackets.size()) inactive_below_ = s_.brackets.size();
    }

    bool bracket_active(std::size_t b) const noexcept {
        return s_.brackets[b].image || b >= inactive_below_;
    }

    /// cmark's scan of optional whitespace ([ \t\v\f\r\n]*).
    std::size_t spacechars(std::size_t i) const noexcept {
        while (i < end_ && is_scanner_whitespace(text_[i])) ++i;
        return i;
    }

    /// What ends or nests a link destination: a backslash, parentheses, whitespace, control characters.
    static constexpr bool is_destination_special(char c) noexcept {
        return c == '\\' || c == '(' || c == ')' || is_whitespace(c) || is_ascii_control(c);
    }
    /// The same 8 at a time, with NUL too (is_destination_special decides).
    static constexpr swar::word destination_flags(swar::word w) noexcept {
        return swar::less(w, '!') | swar::equal(w, 0x7F) | swar::equal(w, '\\') |
               swar::equal(w | swar::broadcast(1), ')'); // '(' or ')'
    }

    /// A link destination at `i`: the position after it, or no_index.
    std::size_t scan_destination(std::size_t i, std::size_t& dest_begin, std::size_t& dest_end) const noexcept {
        if (at(i) == '<') {
            std::size_t j = i + 1;
            while (j < end_) {
                const char c = text_[j];
                if (c == '>') {
                    dest_begin = i + 1;
                    dest_end = j;
                    return j + 1;
                }
                if (c == '\\') j += (at(j + 1) == '\r' && at(j + 2) == '\n') ? 3 : 2;
                else if (c == '\n' || c == '\r' || c == '<') return no_index;
                else ++j;
            }
            return no_index;
        }
        std::size_t j = i;
        std::size_t parens = 0;
        while ((j = swar::find(text_.data(), j, end_, destination_flags, is_destination_special)) < end_) {
            const char c = text_[j];
            if (c == '\\' && j + 1 < end_ && is_ascii_punctuation(text_[j + 1])) {
                j += 2;
            } else if (c == '(') {
                if (++parens > 32) return no_index;
                ++j;
            } else if (c == ')') {
                if (parens == 0) break;
                --parens;
                ++j;
            } else if (is_whitespace(c) || is_ascii_control(c)) {
                if (j == i) return no_index;
                break;
            } else {
                ++j; // a backslash before anything else
            }
        }
        if (j >= end_ || (parens != 0 && !quirks_.unbalanced_destination_parentheses)) return no_index;
        dest_begin = i;
        dest_end = j;
        return j;
    }

    /// A link title at `i` ("...", '...' or (...)): the position after it, or `i`. Like cmark's
    /// scanner, this takes the longest match: a quote preceded by a backslash may stay inside the
    /// title or close it, whichever makes the title longer.
    std::size_t scan_title(std::size_t i) const noexcept {
        const char open = at(i);
        if (open != '"' && open != '\'' && open != '(') return i;
        const char close = open == '(' ? ')' : open;
        std::size_t longest = i;
        for (std::size_t j = i + 1; j < end_; ++j) {
            const char c = text_[j];
            if (c != close && !(open == '(' && c == '(')) continue;
            const bool escaped = text_[j - 1] == '\\' && j - 1 > i;
            if (!escaped) return c == close ? j + 1 : longest;
            if (c == close) longest = j + 1;
        }
        return longest;
    }

    void close_bracket() {
        const std::size_t after = pos_ + 1;
        if (s_.brackets.empty()) {
            pos_ = after; // a ']' that closes nothing is text
            return;
        }
        const std::size_t b = s_.brackets.size() - 1;
        if (!bracket_active(b)) {
            pop_bracket();
            pos_ = after; // a ']' that closes nothing is text
            return;
        }
        link_span link;
        std::size_t end = no_index;
        if (at(after) == '(') {
            const std::size_t dest_at = spacechars(after + 1);
            link.dest_begin = link.dest_end = dest_at;
            const std::size_t end_dest = scan_destination(dest_at, link.dest_begin, link.dest_end);
            if (end_dest != no_index) {
                const std::size_t title_at = spacechars(end_dest);
                const std::size_t end_title = title_at == end_dest ? title_at : scan_title(title_at);
                if (end_title != title_at) {
                    link.title_begin = title_at + 1;
                    link.title_end = end_title - 1;
                }
                const std::size_t close = spacechars(end_title);
                if (at(close) == ')') end = close + 1;
            }
        }
        if (end == no_index) {
            pop_bracket();
            pos_ = after; // a ']' that closes nothing is text
            return;
        }
        const auto bracket = s_.brackets[b];
        inline_item& open = s_.items[bracket.item];
        link.begin = open.begin;
        link.end = end;
        if (bracket.image) {
            open.kind = inline_kind::literal;
            open.end = static_cast<std::uint32_t>(end);
        } else {
            open.kind = inline_kind::link_open;
            open.link = static_cast<slot>(s_.links.size());
        }
        // The link's close item spans "](destination)", so that the text after it starts at `end`.
        const slot close_item = add(bracket.image ? inline_kind::text : inline_kind::link_close, pos_, end);
        if (bracket.image) {
            s_.items[bracket.item].skip_to = close_item + 1;
        } else {
            s_.items[close_item].link = static_cast<slot>(s_.links.size());
            link.close_item = close_item;
            s_.links.push_back(link);
        }
        pos_ = end;
        process_emphasis(bracket.previous_delimiter);
        pop_bracket();
        // Links may not contain links: every earlier '[' is inactive now.
        if (!bracket.image) inactive_below_ = s_.brackets.size();
    }

    std::string_view text_;
    inline_scratch& s_;
    cmark_029_quirks quirks_;
    std::size_t begin_ = 0, end_ = 0, pos_ = 0;
    std::size_t after_special_ = 0; // the end of the last special character's construct
    slot last_delimiter_ = no_slot;
    std::size_t inactive_below_ = 0;
    bool backticks_scanned_ = false;
    bool backticks_cleared_ = false;
    std::size_t backticks_[max_backticks + 1]; // cleared when the first backtick run is scanned
    std::size_t no_html_close_from_[4] = {no_index, no_index, no_index, no_index};
};

} // namespace appnotify::detail::md

#endif // APPNOTIFY_DETAIL_MARKDOWN_INLINES_HPP

namespace appnotify::detail::md {

/// What the engine needs from the public options.
struct engine_settings {
    const link_rewriter* rewriter = nullptr;
    std::string_view path;
    std::size_t max_input_bytes = 0;
    std::size_t max_nesting = 0;
    std::size_t max_output_bytes = 0;
    cmark_029_quirks quirks; // only the differential test sets them
};

/// A link of the markdown text, for callers that check links without rendering.
struct link_found {
    std::size_t offset = 0;             // of '[' or of the '<' of an autolink
    std::size_t length = 0;             // of the whole link
    std::size_t destination_offset = 0; // of the destination as written
    std::size_t destination_length = 0;
    std::string_view destination;       // after escapes and references (mailto: added to e-mail autolinks)
    link_check check;
    bool autolink = false;
    bool inside_link = false;           // an autolink written in the text of an inline link
};

/// Reusable buffers: with one engine kept across calls, rendering allocates nothing once they
/// have grown to the size of the largest input.
struct engine_scratch {
    block_scratch blocks;
    inline_scratch inlines;
    std::string destination, title, href, spare, autolink_text;
    struct open_block {
        markdown_block block;
        std::uint32_t next_number; // a list: the number of its next item
    };
    std::vector<open_block> open_blocks;
    struct open_emphasis_record {
        std::size_t offset; // of its delimiter run
        bool strong;
    };
    std::vector<open_emphasis_record> open_emphasis;
};

inline constexpr std::size_t text_piece = 4096;

/// Whether a handler reports its output size (`std::size_t output_size() const`).
template <typename Handler, typename = void>
struct reports_output_size : std::false_type {};
template <typename Handler>
struct reports_output_size<Handler, std::void_t<decltype(std::declval<const Handler&>().output_size())>>
    : std::true_type {};

/// Whether a handler takes text that is a piece of the input with how far it may read
/// (`source_text(std::string_view, std::size_t readable)`; the HTML sink does).
template <typename Handler, typename = void>
struct takes_source_text : std::false_type {};
template <typename Handler>
struct takes_source_text<Handler, std::void_t<decltype(std::declval<Handler&>().source_text(std::string_view(), std::size_t()))>>
    : std::true_type {};

template <typename Handler>
class event_producer {
public:
    event_producer(std::string_view text, const engine_settings& settings, engine_scratch& scratch,
                   diagnostic_sink& diagnostics, Handler& handler) noexcept
        : text_(text), settings_(settings), s_(scratch), diagnostics_(diagnostics), handler_(handler) {}

    void run() {
        if (!check_input_size(text_, settings_, diagnostics_)) return;
        s_.open_blocks.clear();
        s_.open_emphasis.clear();
        block_parser blocks(text_, s_.blocks, settings_.max_nesting);
        const std::size_t too_deep = blocks.run();
        if (too_deep != block_parser::npos)
            diagnostics_.add(diagnostic_code::markdown_too_deep, severity::warning, too_deep, settings_.path,
                             "lists are nested more than ", settings_.max_nesting,
                             " deep; the deeper list markers are shown as text");
        for (const block_event& e : s_.blocks.events) {
            if (stopped_) break;
            if (e.type == block_type::paragraph) paragraph(e);
            else container(e);
            check_output(e.begin);
        }
        if (stopped_) close_all();
    }

    /// Inputs of 4 GiB and more are refused whatever the limit says (items are numbered in 32 bits).
    static bool check_input_size(std::string_view text, const engine_settings& settings, diagnostic_sink& diagnostics) {
        constexpr std::size_t largest = static_cast<std::size_t>(no_slot) - 1;
        const std::size_t limit = settings.max_input_bytes < largest ? settings.max_input_bytes : largest;
        if (text.size() <= limit) return true;
        diagnostics.add(diagnostic_code::markdown_input_too_large, severity::error, 0, settings.path,
                        "the markdown text is ", text.size(), " bytes long, more than the limit of ", limit,
                        " bytes; nothing was rendered");
        return false;
    }

private:
    /// Lists and items (paragraphs are the common case, handled apart).
    void container(const block_event& e) {
        switch (e.type) {
        case block_type::list_open: {
            markdown_block list;
            list.type = e.ordered ? markdown_block_type::ordered_list : markdown_block_type::bullet_list;
            list.tight = e.tight;
            list.marker = e.marker;
            list.number = e.ordered ? e.start : 0;
            list.offset = e.begin;
            s_.open_blocks.push_back({list, list.number});
            handler_.enter_block(list);
            break;
        }
        case block_type::item_open: {
            engine_scratch::open_block& list = s_.open_blocks.back();
            markdown_block item;
            item.type = markdown_block_type::list_item;
            item.tight = list.block.tight;
            item.marker = list.block.marker;
            if (list.block.type == markdown_block_type::ordered_list) item.number = list.next_number++;
            item.offset = e.begin;
            s_.open_blocks.push_back({item, 0});
            handler_.enter_block(item);
            break;
        }
        case block_type::list_close:
        case block_type::item_close: {
            const markdown_block closed = s_.open_blocks.back().block;
            s_.open_blocks.pop_back();
            handler_.leave_block(closed);
            break;
        }
        case block_type::paragraph: break;
        }
    }

    /// A paragraph directly in an item of a tight list has no <p>.
    bool tight_paragraph() const noexcept {
        const std::size_t n = s_.open_blocks.size();
        return n != 0 && s_.open_blocks[n - 1].block.type == markdown_block_type::list_item &&
               s_.open_blocks[n - 1].block.tight;
    }

    void paragraph(const block_event& e) {
        markdown_block p;
        p.tight = tight_paragraph();
        p.offset = e.begin;
        handler_.enter_block(p);
        const std::size_t end = inline_parser(text_, s_.inlines, settings_.quirks).run(e.begin, e.end);
        const std::vector<inline_item>& items = s_.inlines.items;
        std::size_t plain = e.begin; // the start of the plain text not yet written
        for (std::size_t i = 0; i < items.size() && !stopped_; ++i) {
            const inline_item& item = items[i];
            if (item.kind == inline_kind::text) continue; // part of the plain text around it
            const std::size_t before = text_before(item);
            if (before > plain) {
                text(plain, before);
                if (stopped_) break;
            }
            plain = text_after(item);
            switch (item.kind) {
            case inline_kind::text: break;
            case inline_kind::escaped: handler_.text(text_.substr(item.begin, 1)); break;
            case inline_kind::reference: reference(item.begin); break;
            case inline_kind::softbreak: handler_.soft_break(); break;
            case inline_kind::hardbreak: handler_.hard_break(); break;
            case inline_kind::delimiter: delimiter(item); break;
            case inline_kind::link_open: link_open(s_.inlines.links[item.link]); break;
            case inline_kind::link_close: link_close(); break;
            case inline_kind::autolink: autolink(item); break;
            case inline_kind::literal:
                literal(item.begin, item.end);
                if (item.skip_to != 0) i = item.skip_to - 1;
                break;
            }
            check_output(item.begin);
        }
        if (!stopped_ && end > plain) text(plain, end);
        if (stopped_) close_inlines();
        handler_.leave_block(p);
    }

    void text(std::size_t begin, std::size_t end) {
        if (begin >= end || stopped_) return;
        if (end - begin <= text_piece) { // most text is one piece
            source_text(begin, end);
            check_output(begin);
            return;
        }
        while (begin < end && !stopped_) {
            std::size_t cut = end - begin > text_piece ? begin + text_piece : end;
            while (cut < end && (static_cast<unsigned char>(text_[cut]) & 0xC0) == 0x80) ++cut;
            source_text(begin, cut);
            check_output(begin);
            begin = cut;
        }
    }

    /// The input's text [begin, end) to the handler.
    void source_text(std::size_t begin, std::size_t end) {
        if constexpr (takes_source_text<Handler>::value)
            handler_.source_text(text_.substr(begin, end - begin), text_.size() - begin);
        else
            handler_.text(text_.substr(begin, end - begin));
    }

    void literal(std::size_t begin, std::size_t end) {
        // Line endings inside code spans, raw HTML and images read as LF, as cmark-gfm reads them.
        std::size_t start = begin;
        for (std::size_t i = begin; i < end; ++i) {
            if (text_[i] != '\r') continue;
            text(start, i);
            handler_.text("\n");
            if (i + 1 < end && text_[i + 1] == '\n') ++i;
            start = i + 1;
        }
        text(start, end);
    }

    void reference(std::size_t at) {
        const reference_match m = match_reference(text_, at, settings_.quirks.eight_digit_references);
        if (!m.named.empty()) {
            handler_.text(m.named);
            return;
        }
        utf8_buffer encoded;
        append_utf8(encoded, m.code_point);
        handler_.text(encoded.view());
    }

    void delimiter(const inline_item& item) {
        const std::vector<emphasis_match>& matches = s_.inlines.matches;
        for (slot m = item.first_close; m != no_slot; m = matches[m].next) emphasis_close(matches[m].strong, item);
        if (item.count != 0) text(item.begin, item.begin + item.count);
        for (slot m = item.first_open; m != no_slot; m = matches[m].next) emphasis_open(matches[m].strong, item);
    }

    void emphasis_open(bool strong, const inline_item& item) {
        ++emphasis_depth_;
        if (emphasis_depth_ > settings_.max_nesting) {
            too_deep(item.begin);
            handler_.text(text_.substr(item.begin, strong ? 2 : 1));
            return;
        }
        s_.open_emphasis.push_back({item.begin, strong});
        handler_.enter_span(emphasis_span(strong, item.begin));
    }

    void emphasis_close(bool strong, const inline_item& item) {
        if (emphasis_depth_ > settings_.max_nesting) handler_.text(text_.substr(item.begin, strong ? 2 : 1));
        else leave_emphasis();
        --emphasis_depth_;
    }

    void leave_emphasis() {
        const engine_scratch::open_emphasis_record open = s_.open_emphasis.back();
        s_.open_emphasis.pop_back();
        handler_.leave_span(emphasis_span(open.strong, open.offset));
    }

    static markdown_span emphasis_span(bool strong, std::size_t offset) noexcept {
        markdown_span span;
        span.type = strong ? markdown_span_type::strong : markdown_span_type::emphasis;
        span.offset = offset;
        return span;
    }

    void too_deep(std::size_t offset) {
        if (emphasis_too_deep_) return;
        emphasis_too_deep_ = true;
        diagnostics_.add(diagnostic_code::markdown_too_deep, severity::warning, offset, settings_.path,
                         "emphasis is nested more than ", settings_.max_nesting,
                         " deep; the deeper delimiters are shown as text");
    }

    /// Applies the link policy and the rewriter to s_.destination; true when the link is rendered,
    /// with its URL in s_.href.
    bool resolve(std::size_t offset, link_check& check) {
        check = check_link(s_.destination);
        if (!check.allowed()) {
            diagnostics_.add(diagnostic_code::markdown_link_refused, severity::warning, offset, settings_.path,
                             "the link ", quoted{s_.destination}, " is shown as text, not as a link: ",
                             to_string(check.refusal));
            return false;
        }
        s_.href.clear();
        if (settings_.rewriter == nullptr) {
            s_.href = s_.destination;
            return true;
        }
        if (!settings_.rewriter->rewrite(s_.destination, check, s_.href)) {
            diagnostics_.add(diagnostic_code::markdown_link_refused, severity::warning, offset, settings_.path,
                             "the link ", quoted{s_.destination},
                             " is shown as text, not as a link: the link resolver refused it");
            return false;
        }
        const link_check rewritten = check_link(s_.href);
        if (!rewritten.allowed()) {
            diagnostics_.add(diagnostic_code::markdown_link_refused, severity::warning, offset, settings_.path,
                             "the link ", quoted{s_.destination}, " is shown as text, not as a link: the link resolver turned it into ",
                             quoted{s_.href}, ", which is not allowed: ", to_string(rewritten.refusal));
            return false;
        }
        return true;
    }

    void link_open(const link_span& link) {
        in_link_ = true;
        s_.destination.clear();
        append_link_text(s_.destination, text_, link.dest_begin, link.dest_end, true, settings_.quirks);
        s_.title.clear();
        append_link_text(s_.title, text_, link.title_begin, link.title_end, false, settings_.quirks);
        make_valid(s_.destination, s_.spare);
        link_check check;
        link_rendered_ = resolve(link.dest_begin, check);
        if (!link_rendered_) return;
        if (!fits(s_.href.size() * 3 + s_.title.size() * 6 + 256, link.begin)) {
            link_rendered_ = false;
            return;
        }
        open_link_ = link_span_of(link.begin, check.kind, false);
        handler_.enter_span(open_link_);
    }

    void link_close() {
        if (link_rendered_) handler_.leave_span(open_link_);
        link_rendered_ = false;
        in_link_ = false;
    }

    markdown_span link_span_of(std::size_t offset, link_kind kind, bool autolink) const noexcept {
        markdown_span span;
        span.type = markdown_span_type::link;
        span.offset = offset;
        span.href = s_.href;
        span.destination = s_.destination;
        span.title = s_.title;
        span.kind = kind;
        span.autolink = autolink;
        return span;
    }

    void autolink(const inline_item& item) {
        const std::string_view url = text_.substr(item.begin, item.end - item.begin);
        if (in_link_) {
            nested_link(item, url);
            return;
        }
        s_.destination.clear();
        if (item.email) s_.destination = "mailto:";
        append_references_decoded(s_.destination, url, settings_.quirks.eight_digit_references);
        make_valid(s_.destination, s_.spare);
        link_check check;
        const bool rendered = resolve(item.begin, check);
        s_.title.clear();
        markdown_span span;
        const bool entered = rendered && fits(s_.href.size() * 3 + 256, item.begin);
        if (entered) {
            span = link_span_of(item.begin - 1, check.kind, true);
            handler_.enter_span(span);
        }
        // The link text: the address with its references decoded.
        s_.autolink_text.clear();
        append_references_decoded(s_.autolink_text, url, settings_.quirks.eight_digit_references);
        handler_.text(s_.autolink_text);
        if (entered) handler_.leave_span(span);
    }

    /// An autolink written in the text of an inline link. CommonMark makes it a link inside the
    /// link (cmark-gfm nests the anchors), but links never nest: a browser would end the outer
    /// link at the inner one, and the text outputs would show only one destination. It is
    /// shown as text, so that the whole text leads where the link around it does; the link
    /// around it, when it is not refused, writes its own destination (a URL in the text outputs).
    void nested_link(const inline_item& item, std::string_view url) {
        s_.autolink_text.clear();
        if (item.email) s_.autolink_text = "mailto:";
        append_references_decoded(s_.autolink_text, url, settings_.quirks.eight_digit_references);
        make_valid(s_.autolink_text, s_.spare);
        if (link_rendered_)
            diagnostics_.add_span(diagnostic_code::markdown_nested_link, severity::warning, item.begin, item.end,
                                  settings_.path, "the link ", quoted{s_.autolink_text},
                                  " is written inside the text of the link to ", quoted{s_.destination},
                                  "; links cannot nest, so it is shown as text, and all of that text leads to ",
                                  quoted{s_.destination});
        else
            diagnostics_.add_span(diagnostic_code::markdown_nested_link, severity::warning, item.begin, item.end,
                                  settings_.path, "the link ", quoted{s_.autolink_text},
                                  " is written inside the text of another link; links cannot nest, so it is shown as text");
        s_.autolink_text.clear();
        append_references_decoded(s_.autolink_text, url, settings_.quirks.eight_digit_references);
        handler_.text(s_.autolink_text);
    }

    bool fits(std::size_t more, std::size_t offset) {
        if (output_size() + more <= settings_.max_output_bytes) return true;
        stop(offset);
        return false;
    }

    void check_output(std::size_t offset) {
        if (!stopped_ && output_size() > settings_.max_output_bytes) stop(offset);
    }

    std::size_t output_size() const {
        if constexpr (reports_output_size<Handler>::value) return handler_.output_size();
        else return 0;
    }

    void stop(std::size_t offset) {
        if (stopped_) return;
        stopped_ = true;
        diagnostics_.add(diagnostic_code::markdown_output_too_large, severity::error, offset, settings_.path,
                         "the rendered output would be larger than the limit of ", settings_.max_output_bytes,
                         " bytes; it stops here, with every open element closed");
    }

    /// Leaves what is open, innermost first: emphasis opened inside the link, the link, the
    /// emphasis around it (each leave of a span opened before the link comes after it).
    void close_inlines() {
        while (!s_.open_emphasis.empty() && (!link_rendered_ || s_.open_emphasis.back().offset > open_link_.offset))
            leave_emphasis();
        if (link_rendered_) handler_.leave_span(open_link_);
        link_rendered_ = false;
        in_link_ = false;
        while (!s_.open_emphasis.empty()) leave_emphasis();
    }

    void close_all() {
        while (!s_.open_blocks.empty()) {
            const markdown_block closed = s_.open_blocks.back().block;
            s_.open_blocks.pop_back();
            handler_.leave_block(closed);
        }
    }

    std::string_view text_;
    const engine_settings& settings_;
    engine_scratch& s_;
    diagnostic_sink& diagnostics_;
    Handler& handler_;
    markdown_span open_link_;
    bool stopped_ = false;
    bool in_link_ = false;       // between an inline link's open and close, rendered or not
    bool link_rendered_ = false; // ... and it is a link in the output
    bool emphasis_too_deep_ = false;
    std::size_t emphasis_depth_ = 0;
};

/// Calls `visit(const link_found&)` for every link of `text` in document order (links inside
/// images, which render as text, are skipped).
template <typename Visit>
void find_links(std::string_view text, const engine_settings& settings, engine_scratch& s, Visit&& visit) {
    block_parser(text, s.blocks, settings.max_nesting).run();
    for (const block_event& e : s.blocks.events) {
        if (e.type != block_type::paragraph) continue;
        inline_parser(text, s.inlines).run(e.begin, e.end);
        const std::vector<inline_item>& items = s.inlines.items;
        bool in_link = false;
        for (std::size_t i = 0; i < items.size(); ++i) {
            const inline_item& item = items[i];
            link_found found;
            if (item.kind == inline_kind::literal && item.skip_to != 0) {
                i = item.skip_to - 1;
                continue;
            }
            if (item.kind == inline_kind::link_close) {
                in_link = false;
                continue;
            }
            if (item.kind == inline_kind::link_open) {
                in_link = true;
                const link_span& link = s.inlines.links[item.link];
                s.destination.clear();
                append_link_text(s.destination, text, link.dest_begin, link.dest_end, true);
                found.offset = link.begin;
                found.length = link.end - link.begin;
                found.destination_offset = link.dest_begin;
                found.destination_length = link.dest_end - link.dest_begin;
            } else if (item.kind == inline_kind::autolink) {
                s.destination.clear();
                if (item.email) s.destination = "mailto:";
                append_references_decoded(s.destination, text.substr(item.begin, item.end - item.begin));
                found.offset = item.begin - 1;
                found.length = item.end - item.begin + 2;
                found.destination_offset = item.begin;
                found.destination_length = item.end - item.begin;
                found.autolink = true;
                found.inside_link = in_link;
            } else {
                continue;
            }
            make_valid(s.destination, s.spare);
            found.destination = s.destination;
            found.check = check_link(s.destination);
            visit(static_cast<const link_found&>(found));
        }
    }
}

} // namespace appnotify::detail::md

#endif // APPNOTIFY_DETAIL_MARKDOWN_RENDER_HPP
// ---- appnotify/detail/markdown_terminal.hpp ----
// The terminal sinks of the markdown renderer: ANSI (bold, italic, OSC 8 hyperlinks) and plain
// text. Both lay out paragraphs and lists the same way, can wrap at a display width, and never
// let a control character of the input reach the output.
#ifndef APPNOTIFY_DETAIL_MARKDOWN_TERMINAL_HPP
#define APPNOTIFY_DETAIL_MARKDOWN_TERMINAL_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

// ---- appnotify/detail/display_width.hpp ----
// How many terminal columns a character takes: 2 for East Asian wide and fullwidth characters,
// 0 for combining marks and other zero-width characters, 1 for the rest.
#ifndef APPNOTIFY_DETAIL_DISPLAY_WIDTH_HPP
#define APPNOTIFY_DETAIL_DISPLAY_WIDTH_HPP

#include <cstddef>
#include <string_view>


namespace appnotify::detail {

/// Columns taken by `cp` in a terminal (control characters count 0: the renderers never write
/// them as such).
constexpr std::size_t display_width(char32_t cp) noexcept {
    if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) return 0;
    if (cp < 0x300) return 1;
    if (in_ranges(unicode_zero_width, cp)) return 0;
    if (in_ranges(unicode_wide, cp)) return 2;
    return 1;
}

/// Columns taken by valid UTF-8 `text` (an invalid byte counts as one column, as U+FFFD would).
constexpr std::size_t display_width(std::string_view text) noexcept {
    std::size_t width = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        if (static_cast<unsigned char>(text[i]) < 0x80) {
            width += display_width(static_cast<unsigned char>(text[i]));
            ++i;
            continue;
        }
        const utf8_decoded d = decode_utf8(text, i);
        width += d.error == utf8_error::none ? display_width(d.code_point) : 1;
        i += d.length;
    }
    return width;
}

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_DISPLAY_WIDTH_HPP

namespace appnotify::detail::md {

struct terminal_settings {
    bool ansi = false;         // SGR bold/italic and OSC 8 hyperlinks
    bool hyperlinks = true;    // ANSI: OSC 8 (otherwise "text <URL>")
    std::size_t wrap_width = 0; // 0: no wrapping
};

/// What a character of the input becomes on a terminal.
enum class terminal_char : std::uint8_t { keep, space, tab, line_break, drop, replace, picture };

/// The terminal policy for one code point (`valid` false for NUL and invalid UTF-8), by its class
/// in the one table of foreign characters: controls are shown as pictures (C0, DEL) or U+FFFD
/// (C1), bidi controls as U+FFFD, invisible characters are dropped; bidi marks and joiners stay,
/// since right-to-left text, scripts and emoji sequences need them.
constexpr terminal_char classify_for_terminal(char32_t cp, bool valid) noexcept {
    if (!valid || cp == 0) return terminal_char::replace;
    if (cp == ' ') return terminal_char::space;
    if (cp == '\t') return terminal_char::tab;
    if (cp == '\n') return terminal_char::line_break;
    switch (classify_foreign(cp)) {
    case foreign_class::control: return cp < 0x20 || cp == 0x7F ? terminal_char::picture : terminal_char::replace;
    case foreign_class::line_separator: return terminal_char::line_break;
    case foreign_class::bidi_control: return terminal_char::replace;
    case foreign_class::invisible: return terminal_char::drop;
    case foreign_class::bidi_mark:
    case foreign_class::joiner:
    case foreign_class::none: break;
    }
    return terminal_char::keep;
}

struct terminal_scratch {
    struct list_state {
        bool ordered;
        bool tight;
        bool first_item;
    };
    struct item_state {
        std::size_t width; // marker and the space after it
        bool has_blocks;
    };
    std::vector<list_state> lists;
    std::vector<item_state> items;
    std::string word;      // the word being built (with any escape sequences inside it)
    std::string markers;   // list markers waiting for the first content of their items
    std::string link_text; // the visible text of the current link
    std::string url;       // its URL, percent-encoded
    std::string line_url;  // the URL of the OSC 8 hyperlink open at the end of the output
    std::string piece;
};

inline constexpr std::string_view osc8_close = "\x1b]8;;\x1b\\";

/// The length of the escape sequence the renderer wrote at `text[at]` (an ESC): CSI (SGR) or OSC
/// ended by ST.
inline std::size_t escape_sequence_length(std::string_view text, std::size_t at) noexcept {
    const bool osc = at + 1 < text.size() && text[at + 1] == ']';
    std::size_t length = 2;
    while (at + length < text.size()) {
        const char c = text[at + length];
        ++length;
        if (osc ? (c == '\\' && text[at + length - 2] == '\x1b') : (c >= '@' && c <= '~')) break;
    }
    return length;
}

/// The ANSI and plain-text outputs, handlers of the event interface (markdown_events.hpp).
///
/// Wrapping breaks lines at spaces, and around East Asian wide characters: a word (and so a
/// URL, written as one word) is never cut, and one wider than the line stands on a line of its
/// own. A hyperlink whose text is wrapped is closed at the end of each line and opened again
/// after the next line's indentation, so that every line holds whole OSC 8 hyperlinks and no
/// indentation is a link.
class terminal_sink {
public:
    terminal_sink(std::string& out, const terminal_settings& settings, terminal_scratch& scratch) noexcept
        : out_(out), start_(out.size()), settings_(settings), s_(scratch) {
        s_.lists.clear();
        s_.items.clear();
        s_.word.clear();
        s_.markers.clear();
        s_.link_text.clear();
    }

    std::size_t output_size() const noexcept {
        return out_.size() - start_ + s_.word.size() + s_.markers.size();
    }

    /// Writes what is still buffered.
    void finish() {
        flush_word();
        trim_line();
    }

    void enter_block(const markdown_block& block) {
        switch (block.type) {
        case markdown_block_type::paragraph: block_start(); return;
        case markdown_block_type::bullet_list:
        case markdown_block_type::ordered_list:
            block_start();
            s_.lists.push_back({block.type == markdown_block_type::ordered_list, block.tight, true});
            return;
        case markdown_block_type::list_item: item_open(block); return;
        }
    }
    void leave_block(const markdown_block& block) {
        switch (block.type) {
        case markdown_block_type::paragraph: flush_word(); return;
        case markdown_block_type::bullet_list:
        case markdown_block_type::ordered_list: s_.lists.pop_back(); return;
        case markdown_block_type::list_item: item_close(); return;
        }
    }

    void text(std::string_view text) {
        std::size_t i = 0;
        while (i < text.size()) {
            const auto b = static_cast<unsigned char>(text[i]);
            if (b > 0x20 && b < 0x7F) { // a run of printable ASCII, one column each, goes as a whole
                std::size_t end = i + 1;
                while (end < text.size() && static_cast<unsigned char>(text[end]) > 0x20 &&
                       static_cast<unsigned char>(text[end]) < 0x7F)
                    ++end;
                add_narrow_run(text.substr(i, end - i));
                i = end;
                continue;
            }
            char32_t cp = b;
            std::size_t length = 1;
            bool valid = true;
            if (b >= 0x80) {
                const utf8_decoded d = decode_utf8(text, i);
                cp = d.code_point;
                length = d.length;
                valid = d.error == utf8_error::none;
            }
            switch (classify_for_terminal(cp, valid)) {
            case terminal_char::keep: add_char(text.substr(i, length), display_width(cp)); break;
            case terminal_char::space: add_space(); break;
            case terminal_char::tab:
                if (settings_.wrap_width != 0) add_space();
                else add_char("\t", 1);
                break;
            case terminal_char::line_break: new_line(); break;
            case terminal_char::drop: break;
            case terminal_char::replace: add_char(replacement_utf8, 1); break;
            case terminal_char::picture: {
                utf8_buffer picture;
                append_utf8(picture, cp == 0x7F ? char32_t{0x2421} : char32_t{0x2400} + cp);
                add_char(picture.view(), 1);
                break;
            }
            }
            i += length;
        }
    }

    void soft_break() {
        if (settings_.wrap_width != 0) add_space();
        else new_line();
    }
    void hard_break() { new_line(); }

    void enter_span(const markdown_span& span) {
        switch (span.type) {
        case markdown_span_type::emphasis: emphasis_open(false); return;
        case markdown_span_type::strong: emphasis_open(true); return;
        case markdown_span_type::link: link_open(span.href); return;
        }
    }
    void leave_span(const markdown_span& span) {
        switch (span.type) {
        case markdown_span_type::emphasis: emphasis_close(false); return;
        case markdown_span_type::strong: emphasis_close(true); return;
        case markdown_span_type::link: link_close(); return;
        }
    }

private:
    enum class link_change : std::uint8_t { none, opened, closed };

    bool osc8() const noexcept { return settings_.ansi && settings_.hyperlinks; }

    void item_open(const markdown_block& item) {
        terminal_scratch::list_state& list = s_.lists.back();
        if (!list.first_item) request_break(list.tight ? 1 : 2);
        list.first_item = false;
        if (s_.markers.empty()) markers_indent_ = indent_;
        const std::size_t before = s_.markers.size();
        if (list.ordered) {
            append_all(s_.markers, item.number);
            s_.markers.push_back(item.marker);
        } else {
            s_.markers.append(settings_.ansi ? "\xE2\x80\xA2" : "-");
        }
        const std::size_t width = display_width(std::string_view(s_.markers).substr(before)) + 1;
        s_.markers.push_back(' ');
        s_.items.push_back({width, false});
        indent_ += width;
    }
    void item_close() {
        if (!s_.markers.empty()) {
            flush_word();
            begin_content();
        }
        indent_ -= s_.items.back().width;
        s_.items.pop_back();
    }

    void emphasis_open(bool strong) {
        if (!settings_.ansi) return;
        if (strong ? bold_++ == 0 : italic_++ == 0) s_.word.append(strong ? "\x1b[1m" : "\x1b[3m");
    }
    void emphasis_close(bool strong) {
        if (!settings_.ansi) return;
        if (strong ? --bold_ == 0 : --italic_ == 0) s_.word.append(strong ? "\x1b[22m" : "\x1b[23m");
    }

    void link_open(std::string_view href) {
        s_.url.clear();
        append_href_escaped(s_.url, href, false);
        raw_url_ = href;
        s_.link_text.clear();
        in_link_ = true;
        if (osc8()) {
            append_osc8_open(s_.word, s_.url);
            word_link_ = link_change::opened;
        }
    }
    void link_close() {
        in_link_ = false;
        if (osc8()) {
            s_.word.append(osc8_close);
            word_link_ = link_change::closed;
            return;
        }
        const std::string_view shown = s_.link_text;
        const std::string_view url = s_.url;
        if (shown == url || shown == raw_url_ || (url.substr(0, 7) == "mailto:" && shown == url.substr(7))) return;
        s_.piece.clear();
        if (!shown.empty()) s_.piece.append(settings_.ansi ? " <" : " (");
        s_.piece.append(url);
        if (!shown.empty()) s_.piece.push_back(settings_.ansi ? '>' : ')');
        text(s_.piece);
    }

    static void append_osc8_open(std::string& out, std::string_view url) {
        out.append("\x1b]8;;");
        out.append(url);
        out.append("\x1b\\");
    }

    void block_start() {
        if (s_.items.empty()) {
            if (document_has_blocks_) request_break(2);
            document_has_blocks_ = true;
            return;
        }
        terminal_scratch::item_state& item = s_.items.back();
        if (item.has_blocks) request_break(s_.lists.back().tight ? 1 : 2);
        item.has_blocks = true;
    }

    void request_break(int lines) {
        flush_word();
        if (any_output_ && lines > pending_break_) pending_break_ = lines;
    }

    void trim_line() {
        while (out_.size() > start_ && out_.back() == ' ') out_.pop_back();
    }

    /// Ends the line; a hyperlink open at its end is closed, to be opened again before the next
    /// visible character.
    void end_line() {
        trim_line();
        if (link_open_now_) {
            out_.append(osc8_close);
            link_open_now_ = false;
            link_suspended_ = true;
        }
        out_.push_back('\n');
    }

    void reopen_link() {
        if (!link_suspended_) return;
        link_suspended_ = false;
        link_open_now_ = true;
        append_osc8_open(out_, s_.line_url);
    }

    /// Called before anything visible: writes the pending line breaks, the indentation and the
    /// list markers waiting for their first content.
    void begin_content() {
        if (pending_break_ != 0) {
            trim_line();
            out_.append(static_cast<std::size_t>(pending_break_), '\n');
            pending_break_ = 0;
            column_ = 0;
            line_started_ = false;
        }
        if (!line_started_) {
            const std::size_t pad = s_.markers.empty() ? indent_ : markers_indent_;
            out_.append(pad, ' ');
            column_ = pad;
            line_started_ = true;
        }
        if (!s_.markers.empty()) {
            out_.append(s_.markers);
            column_ += display_width(std::string_view(s_.markers));
            s_.markers.clear();
        }
        any_output_ = true;
    }

    void new_line() {
        flush_word();
        begin_content();
        end_line();
        column_ = 0;
        line_started_ = false;
        spaces_ = 0;
    }

    void add_char(std::string_view bytes, std::size_t width) {
        if (in_link_) s_.link_text.append(bytes);
        // East Asian wide characters are written without spaces, and a line may break before
        // and after each (UAX #14); marks of zero width stay with the character before them.
        if ((width == 2) | after_wide_) {
            if (width != 0) {
                flush_word();
                after_wide_ = width == 2;
            }
        }
        s_.word.append(bytes);
        word_width_ += width;
    }

    /// add_char for characters of one column each, none a mark.
    void add_narrow_run(std::string_view bytes) {
        if (after_wide_) {
            flush_word();
            after_wide_ = false;
        }
        if (in_link_) s_.link_text.append(bytes);
        s_.word.append(bytes);
        word_width_ += bytes.size();
    }

    void add_space() {
        if (in_link_) s_.link_text.push_back(' ');
        flush_word();
        after_wide_ = false;
        ++spaces_;
    }

    /// A hyperlink closed at the end of the last line and closed again before any visible
    /// character of this word needs no reopening: the close goes, and so does the reopening.
    void drop_reopened_close() {
        std::size_t i = 0;
        while (i < s_.word.size() && s_.word[i] == '\x1b') {
            const std::size_t length = escape_sequence_length(s_.word, i);
            if (std::string_view(s_.word).substr(i, length) == osc8_close) {
                s_.word.erase(i, length);
                link_suspended_ = false;
                return;
            }
            i += length;
        }
    }

    void flush_word() {
        if (s_.word.empty()) return;
        begin_content();
        if (word_width_ != 0) {
            std::size_t spaces = spaces_;
            const std::size_t width = settings_.wrap_width;
            if (width != 0) {
                const bool at_start = column_ == indent_;
                spaces = (spaces != 0 && !at_start) ? 1 : 0;
                if (!at_start && column_ + spaces + word_width_ > width) {
                    break_line();
                    spaces = 0;
                }
            }
            out_.append(spaces, ' ');
            column_ += spaces;
            spaces_ = 0;
        }
        if (link_suspended_) {
            drop_reopened_close();
            reopen_link();
        }
        out_.append(s_.word); // whole: a word wider than the line overflows it
        column_ += word_width_;
        if (word_link_ != link_change::none) {
            link_open_now_ = word_link_ == link_change::opened;
            if (link_open_now_) s_.line_url = s_.url;
            word_link_ = link_change::none;
        }
        s_.word.clear();
        word_width_ = 0;
    }

    void break_line() {
        end_line();
        out_.append(indent_, ' ');
        column_ = indent_;
    }

    std::string& out_;
    std::size_t start_;
    const terminal_settings& settings_;
    terminal_scratch& s_;
    std::string_view raw_url_;
    std::size_t indent_ = 0;
    std::size_t markers_indent_ = 0;
    std::size_t column_ = 0;
    std::size_t word_width_ = 0;
    std::size_t spaces_ = 0;
    int pending_break_ = 0;
    int bold_ = 0, italic_ = 0;
    link_change word_link_ = link_change::none;
    bool link_open_now_ = false;  // an OSC 8 hyperlink is open at the end of the output
    bool link_suspended_ = false; // one was closed at the end of a line, to be opened again
    bool any_output_ = false;
    bool line_started_ = false;
    bool document_has_blocks_ = false;
    bool in_link_ = false;
    bool after_wide_ = false; // the last character of the word is East Asian wide
};

} // namespace appnotify::detail::md

#endif // APPNOTIFY_DETAIL_MARKDOWN_TERMINAL_HPP
// ---- appnotify/output.hpp ----
// appnotify: where rendered and formatted bytes go. Every renderer and formatter appends to an
// `output`: a std::string, a caller's fixed-size array that reports truncation, or a callback,
// the way fmt::format_to writes to any output. `std::string&` converts to an `output`, so the
// simple overloads read as before.
#ifndef APPNOTIFY_OUTPUT_HPP
#define APPNOTIFY_OUTPUT_HPP

#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>


namespace appnotify {

/// A caller-owned array filled from its start. What does not fit is not written but counted, so
/// `truncated()` says the output was cut and `wanted()` how large the array had to be. It writes
/// no terminating NUL; `view()` is what was written.
class fixed_buffer {
public:
    fixed_buffer(char* data APPNOTIFY_LIFETIMEBOUND, std::size_t capacity) noexcept
        : data_(data), capacity_(capacity) {}
    template <std::size_t N>
    explicit fixed_buffer(char (&array APPNOTIFY_LIFETIMEBOUND)[N]) noexcept : data_(array), capacity_(N) {}

    /// Appends what fits of `bytes`, and counts all of them.
    void append(std::string_view bytes) noexcept {
        const std::size_t room = capacity_ - size_;
        const std::size_t taken = bytes.size() < room ? bytes.size() : room;
        if (taken != 0) std::memcpy(data_ + size_, bytes.data(), taken);
        size_ += taken;
        wanted_ += bytes.size();
    }
    /// Starts again from the array's beginning.
    void clear() noexcept { size_ = wanted_ = 0; }

    [[nodiscard]] std::string_view view() const noexcept { return {data_, size_}; }
    [[nodiscard]] std::size_t size() const noexcept { return size_; }
    [[nodiscard]] std::size_t capacity() const noexcept { return capacity_; }
    /// The bytes the whole output had: more than `capacity()` when it was truncated.
    [[nodiscard]] std::size_t wanted() const noexcept { return wanted_; }
    [[nodiscard]] bool truncated() const noexcept { return wanted_ > size_; }

private:
    char* data_;
    std::size_t capacity_;
    std::size_t size_ = 0;
    std::size_t wanted_ = 0;
};

/// A non-owning reference to where bytes go; cheap to copy, valid while its target lives.
/// Renderers write straight into a std::string target and hand any other target their output in
/// large blocks (never a call per character).
class output {
public:
    /// Appends to `target` (its existing content is kept).
    output(std::string& target APPNOTIFY_LIFETIMEBOUND) noexcept // NOLINT(google-explicit-constructor)
        : string_(&target), context_(&target), write_(&write_string) {}
    /// Fills `target`, which records truncation.
    output(fixed_buffer& target APPNOTIFY_LIFETIMEBOUND) noexcept // NOLINT(google-explicit-constructor)
        : context_(&target), write_(&write_fixed) {}

    /// Calls `callback(std::string_view)` with each block of bytes; `callback` must outlive the
    /// output. The blocks' views are valid during the call only.
    template <typename Callback>
    [[nodiscard]] static output to_callback(Callback& callback APPNOTIFY_LIFETIMEBOUND) noexcept {
        static_assert(std::is_invocable_v<Callback&, std::string_view>,
                      "the callback must be callable with a std::string_view");
        return output(static_cast<void*>(std::addressof(callback)), [](void* context, std::string_view bytes) {
            (*static_cast<Callback*>(context))(bytes);
        });
    }

    void append(std::string_view bytes) const {
        if (!bytes.empty()) write_(context_, bytes);
    }
    /// The string this output appends to, or null when it is another kind of target: a
    /// renderer writes into it directly instead of staging.
    [[nodiscard]] std::string* string() const noexcept { return string_; }

private:
    using write_function = void (*)(void*, std::string_view);
    output(void* context, write_function write) noexcept : context_(context), write_(write) {}

    static void write_string(void* context, std::string_view bytes) { static_cast<std::string*>(context)->append(bytes); }
    static void write_fixed(void* context, std::string_view bytes) { static_cast<fixed_buffer*>(context)->append(bytes); }

    std::string* string_ = nullptr;
    void* context_;
    write_function write_;
};

namespace detail {
/// Runs `produce(std::string&)` for `out`: into the target itself when it is a string, otherwise
/// into `stage` (cleared first; keep one per renderer so that reuse allocates nothing), which is
/// then handed over in one block.
template <typename Produce>
void produce_into(output out, std::string& stage, Produce&& produce) {
    if (std::string* target = out.string()) {
        produce(*target);
        return;
    }
    stage.clear();
    produce(stage);
    out.append(stage);
}
} // namespace detail

} // namespace appnotify

#endif // APPNOTIFY_OUTPUT_HPP

namespace appnotify {

/// Limits that keep hostile markdown cheap. Exceeding one is a diagnostic; the output stays
/// well-formed.
struct markdown_limits {
    /// Larger inputs are not rendered at all (markdown-input-too-large, an error).
    std::size_t max_input_bytes = std::size_t(1) << 20;
    /// Deepest nesting of lists, and of emphasis; deeper markers and delimiters are shown as
    /// text (markdown-too-deep, a warning).
    std::size_t max_nesting = 32;
    /// Rendering stops once the output passes this size, and closes what is open
    /// (markdown-output-too-large, an error). The closing tags, and at most one piece of text
    /// of up to 4 KiB of input, may go past the limit.
    std::size_t max_output_bytes = std::size_t(16) << 20;
};

struct markdown_options {
    /// Turns each allowed link destination into the URL to emit (the app-link resolver of
    /// links.hpp is one); without one, the destination itself is the URL.
    const link_rewriter* rewriter = nullptr;
    /// JSON Pointer given to the diagnostics, e.g. "/OverrideContent/body".
    std::string_view path;
    markdown_limits limits;
    /// HTML: links open in a new window (target="_blank" rel="noopener noreferrer").
    bool links_in_new_window = false;
    /// HTML: when not empty, every element gets class="<prefix><tag name>" (e.g. "an-" gives
    /// class="an-p", class="an-strong"...).
    std::string_view class_prefix;
    /// ANSI: links as OSC 8 hyperlinks; when false, as `text <URL>`.
    bool hyperlinks = true;
    /// ANSI and plain text: wrap lines at this display width (0: never).
    std::size_t wrap_width = 0;
};

/// A link found in markdown text (see markdown_renderer::for_each_link).
struct markdown_link {
    /// Byte offset and length of the whole link ("[text](destination)" or "<URL>").
    std::size_t offset = 0;
    std::size_t length = 0;
    /// Byte offset and length of the destination as written.
    std::size_t destination_offset = 0;
    std::size_t destination_length = 0;
    /// The destination after its escapes and character references (an e-mail autolink gets
    /// "mailto:"); valid during the call only.
    std::string_view destination;
    /// What the link policy says about it.
    link_check check;
    bool autolink = false;
    /// An autolink written inside the text of an inline link (markdown-nested-link): links
    /// cannot nest, so the renderers show it as text within the link around it.
    bool inside_link = false;
};

/// The diagnostics of one rendering. Views in the diagnostics point into this object: they stay
/// valid while it lives and is not reused; the accessor that hands them out is deleted on
/// rvalues. A default-constructed or moved-from report holds none.
class markdown_report {
public:
    markdown_report() noexcept = default;
    markdown_report(markdown_report&& other) noexcept
        : storage_(std::move(other.storage_)), errors_(other.errors_), warnings_(other.warnings_) {
        other.errors_ = other.warnings_ = 0;
    }
    markdown_report& operator=(markdown_report&& other) noexcept {
        if (this != &other) {
            storage_ = std::move(other.storage_);
            errors_ = other.errors_;
            warnings_ = other.warnings_;
            other.errors_ = other.warnings_ = 0;
        }
        return *this;
    }
    markdown_report(const markdown_report&) = delete;
    markdown_report& operator=(const markdown_report&) = delete;
    ~markdown_report() = default;

    /// True when no diagnostic is an error (warnings allowed).
    [[nodiscard]] bool ok() const noexcept { return errors_ == 0; }
    explicit operator bool() const noexcept { return ok(); }
    [[nodiscard]] std::size_t error_count() const noexcept { return errors_; }
    [[nodiscard]] std::size_t warning_count() const noexcept { return warnings_; }
    [[nodiscard]] list_view<diagnostic> diagnostics() const& noexcept {
        if (!storage_) return {};
        return {storage_->diagnostics.data(), storage_->diagnostics.size()};
    }
    list_view<diagnostic> diagnostics() const&& = delete;

private:
    friend class markdown_renderer;
    struct storage {
        detail::diagnostic_sink sink;
        std::vector<diagnostic> diagnostics;
    };
    /// Starts a rendering; the buffers are made on first use.
    detail::diagnostic_sink& start() {
        if (!storage_) storage_ = std::make_unique<storage>();
        storage_->sink.reset(true, max_kept);
        return storage_->sink;
    }
    void finish(std::string_view text) {
        storage_->sink.finish(text, storage_->diagnostics);
        errors_ = storage_->sink.error_count();
        warnings_ = storage_->sink.warning_count();
    }
    static constexpr std::size_t max_kept = 1000;

    std::unique_ptr<storage> storage_;
    std::size_t errors_ = 0;
    std::size_t warnings_ = 0;
};

/// Renders markdown, reusing its buffers: keep one per thread and rendering allocates nothing
/// once the buffers have grown (the output too: a reused std::string, a fixed_buffer, or a
/// callback, which gets the output in one block). A moved-from renderer makes new buffers when it
/// is used again.
class markdown_renderer {
public:
    markdown_renderer() noexcept = default;

    /// Appends the HTML of `markdown` to `out`.
    const markdown_report& render_html(std::string_view markdown, output out, const markdown_options& options = {}) {
        const detail::md::html_settings html{options.links_in_new_window, options.class_prefix};
        return produce(markdown, out, [&](std::string& target) {
            detail::md::html_sink sink(target, html, markdown.size());
            events(markdown, options, sink);
        });
    }

    /// Appends `markdown` for a terminal to `out`: bold, italic and hyperlinks as ANSI escape
    /// sequences, lists with bullets and numbers. No control character of the input is written.
    const markdown_report& render_ansi(std::string_view markdown, output out, const markdown_options& options = {}) {
        return render_terminal(markdown, out, options, {true, options.hyperlinks, options.wrap_width});
    }

    /// Appends `markdown` as plain text to `out`: markup removed, lists as "-" and numbers,
    /// links as "text (URL)". No control character of the input is written.
    const markdown_report& render_text(std::string_view markdown, output out, const markdown_options& options = {}) {
        return render_terminal(markdown, out, options, {false, false, options.wrap_width});
    }

    /// Sends the events of `markdown` to `handler` (markdown_events.hpp), with the links checked
    /// and resolved as `options` say. `Handler` is any class with the member functions of
    /// markdown_handler (enter_block, leave_block, enter_span, leave_span, text, soft_break,
    /// hard_break; `output_size() const` is optional, for max_output_bytes), called directly,
    /// without virtual dispatch. A class derived from markdown_handler goes to the overload below.
    template <typename Handler, std::enable_if_t<!std::is_base_of_v<markdown_handler, Handler>, int> = 0>
    const markdown_report& parse(std::string_view markdown, Handler& handler, const markdown_options& options = {}) {
        report_.start();
        events(markdown, options, handler);
        report_.finish(markdown);
        return report_;
    }

    /// The same with a handler's virtual functions: one call per event, and one function a
    /// compiled library exports.
    const markdown_report& parse(std::string_view markdown, markdown_handler& handler, const markdown_options& options = {}) {
        report_.start();
        events<markdown_handler>(markdown, options, handler);
        report_.finish(markdown);
        return report_;
    }

    /// Calls `visit(const markdown_link&)` for every link of `markdown`, in order, with what
    /// the link policy says about it (links inside images, which are shown as text, are not
    /// links). Only markdown-input-too-large is reported.
    template <typename Visit>
    const markdown_report& for_each_link(std::string_view markdown, Visit&& visit, const markdown_options& options = {}) {
        report_.start();
        const detail::md::engine_settings settings = engine(options);
        if (detail::md::event_producer<markdown_handler>::check_input_size(markdown, settings, report_.storage_->sink) &&
            may_hold_links(markdown)) {
            detail::md::find_links(markdown, settings, buffers().engine, [&visit](const detail::md::link_found& found) {
                markdown_link link;
                link.offset = found.offset;
                link.length = found.length;
                link.destination_offset = found.destination_offset;
                link.destination_length = found.destination_length;
                link.destination = found.destination;
                link.check = found.check;
                link.autolink = found.autolink;
                link.inside_link = found.inside_link;
                visit(static_cast<const markdown_link&>(link));
            });
        }
        report_.finish(markdown);
        return report_;
    }

    /// The report of the last call.
    const markdown_report& report() const noexcept { return report_; }

    /// The report of the last call, moved out of a renderer that is no longer used.
    markdown_report take_report() && { return std::move(report_); }

private:
    struct scratch {
        detail::md::engine_scratch engine;
        detail::md::terminal_scratch terminal;
        std::string stage; // the output for a target that is not a std::string
    };

    /// An inline link starts with '[' and an autolink with '<' (references decode to text, never
    /// to syntax): text with neither holds no link, and two memchr calls say so without parsing.
    static bool may_hold_links(std::string_view markdown) noexcept {
        return markdown.find('[') != std::string_view::npos || markdown.find('<') != std::string_view::npos;
    }

    static detail::md::engine_settings engine(const markdown_options& options) noexcept {
        detail::md::engine_settings settings;
        settings.rewriter = options.rewriter;
        settings.path = options.path;
        settings.max_input_bytes = options.limits.max_input_bytes;
        settings.max_nesting = options.limits.max_nesting;
        settings.max_output_bytes = options.limits.max_output_bytes;
        return settings;
    }

    template <typename Handler>
    void events(std::string_view markdown, const markdown_options& options, Handler& handler) {
        const detail::md::engine_settings settings = engine(options);
        detail::md::event_producer<Handler>(markdown, settings, buffers().engine, report_.storage_->sink, handler).run();
    }

    /// Runs `render(std::string&)` into `out` (directly into a std::string target, staged for
    /// the others) between the report's start and finish.
    template <typename Render>
    const markdown_report& produce(std::string_view markdown, output out, Render&& render) {
        report_.start();
        detail::produce_into(out, buffers().stage, render);
        report_.finish(markdown);
        return report_;
    }

    scratch& buffers() {
        if (!scratch_) scratch_ = std::make_unique<scratch>();
        return *scratch_;
    }

    const markdown_report& render_terminal(std::string_view markdown, output out, const markdown_options& options,
                                           const detail::md::terminal_settings& terminal) {
        return produce(markdown, out, [&](std::string& target) {
            detail::md::terminal_sink sink(target, terminal, buffers().terminal);
            events(markdown, options, sink);
            sink.finish();
        });
    }

    std::unique_ptr<scratch> scratch_;
    markdown_report report_;
};

/// Appends the HTML of a markdown fragment to `out`; see markdown_renderer::render_html.
APPNOTIFY_EXTERNAL_LINKAGE markdown_report render_markdown_html(std::string_view markdown, output out,
                                                                const markdown_options& options = {});

/// Appends a markdown fragment for a terminal to `out`; see markdown_renderer::render_ansi.
APPNOTIFY_EXTERNAL_LINKAGE markdown_report render_markdown_ansi(std::string_view markdown, output out,
                                                                const markdown_options& options = {});

/// Appends a markdown fragment as plain text to `out`; see markdown_renderer::render_text.
APPNOTIFY_EXTERNAL_LINKAGE markdown_report render_markdown_text(std::string_view markdown, output out,
                                                                const markdown_options& options = {});

/// Sends the events of `markdown` to `handler`; see markdown_renderer::parse.
template <typename Handler>
markdown_report parse_markdown(std::string_view markdown, Handler& handler, const markdown_options& options = {}) {
    markdown_renderer renderer;
    renderer.parse(markdown, handler, options);
    return std::move(renderer).take_report();
}

/// Calls `visit(const markdown_link&)` for every link of `markdown`; see
/// markdown_renderer::for_each_link.
template <typename Visit>
markdown_report for_each_markdown_link(std::string_view markdown, Visit&& visit, const markdown_options& options = {}) {
    markdown_renderer renderer;
    renderer.for_each_link(markdown, std::forward<Visit>(visit), options);
    return std::move(renderer).take_report();
}

} // namespace appnotify

#if APPNOTIFY_HEADER_ONLY
// ---- appnotify/impl/markdown.inl ----
// appnotify: the definitions of the entry points of markdown.hpp.
// Included by markdown.hpp in header-only mode, compiled once into src/appnotify.cpp in compiled
// mode (config.hpp: APPNOTIFY_HEADER_ONLY).
#ifndef APPNOTIFY_IMPL_MARKDOWN_INL
#define APPNOTIFY_IMPL_MARKDOWN_INL

#include <string>
#include <string_view>
#include <utility>


namespace appnotify {

APPNOTIFY_EXTERNAL_LINKAGE markdown_report render_markdown_html(std::string_view markdown, output out,
                                                                const markdown_options& options) {
    markdown_renderer renderer;
    renderer.render_html(markdown, out, options);
    return std::move(renderer).take_report();
}

APPNOTIFY_EXTERNAL_LINKAGE markdown_report render_markdown_ansi(std::string_view markdown, output out,
                                                                const markdown_options& options) {
    markdown_renderer renderer;
    renderer.render_ansi(markdown, out, options);
    return std::move(renderer).take_report();
}

APPNOTIFY_EXTERNAL_LINKAGE markdown_report render_markdown_text(std::string_view markdown, output out,
                                                                const markdown_options& options) {
    markdown_renderer renderer;
    renderer.render_text(markdown, out, options);
    return std::move(renderer).take_report();
}

} // namespace appnotify

#endif // APPNOTIFY_IMPL_MARKDOWN_INL
#endif

#endif // APPNOTIFY_MARKDOWN_HPP
// ---- appnotify/report.hpp ----
// appnotify: writing diagnostics for people (compiler-style text) and for tools (JSON), to any
// output (output.hpp): a std::string, a fixed buffer, or a callback.
#ifndef APPNOTIFY_REPORT_HPP
#define APPNOTIFY_REPORT_HPP

#include <charconv>
#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>


namespace appnotify {

struct text_report_options {
    /// ANSI colours, for terminals.
    bool color = false;
    /// Show the source line, with the span underlined (`^~~~`).
    bool show_source = true;
};

namespace detail {

inline constexpr std::size_t source_window = 100; // characters of a long line shown around the spot

/// Small writes gathered in a block on the stack and handed to an output in blocks: a formatter
/// writing to a fixed buffer or a callback allocates nothing and calls it rarely.
class block_writer {
public:
    explicit block_writer(output out) noexcept : out_(out) {}
    block_writer(const block_writer&) = delete;
    block_writer& operator=(const block_writer&) = delete;

    void append(std::string_view bytes) {
        if (bytes.size() > sizeof block_ - size_) {
            flush();
            if (bytes.size() >= sizeof block_) {
                out_.append(bytes);
                return;
            }
        }
        std::memcpy(block_ + size_, bytes.data(), bytes.size());
        size_ += bytes.size();
    }
    void append(std::size_t count, char c) {
        for (; count != 0; --count) push_back(c);
    }
    void push_back(char c) {
        if (size_ == sizeof block_) flush();
        block_[size_++] = c;
    }
    /// Hands what is gathered to the output.
    void flush() {
        out_.append({block_, size_});
        size_ = 0;
    }

private:
    output out_;
    char block_[256];
    std::size_t size_ = 0;
};

/// Runs `write(auto& out)`, which appends with append and push_back, for `out`: straight into a
/// std::string target, through a block_writer otherwise.
template <typename Write>
void write_to(output out, Write&& write) {
    if (std::string* target = out.string()) {
        write(*target);
        return;
    }
    block_writer writer(out);
    write(writer);
    writer.flush();
}

template <typename Out>
void write_decimal(Out& out, std::size_t value) {
    char buf[24];
    const auto result = std::to_chars(buf, buf + sizeof buf, value);
    out.append(std::string_view(buf, static_cast<std::size_t>(result.ptr - buf)));
}

template <typename Out>
void write_sgr(Out& out, bool color, std::string_view code) {
    if (!color) return;
    out.append("\x1b[");
    out.append(code);
    out.push_back('m');
}

/// Where the underline of a span goes under a source excerpt: the display columns before it,
/// and its width.
struct underline {
    std::size_t indent = 0;
    std::size_t width = 0;
};

/// Appends the source line of `offset` in `input` for a terminal, around the spot (at most
/// source_window characters, from the offset: linear however many excerpts a line has), with
/// controls shown as '?' so input cannot drive the terminal, and says where the characters
/// `column` to `end_column` (exclusive) are in what was written, in display columns (wide
/// characters take two).
template <typename Out>
underline write_source_excerpt(Out& out, std::string_view input, std::size_t offset, std::size_t column,
                               std::size_t end_column) {
    const line_window w = window_at(input, offset, source_window / 2, source_window);
    underline u;
    if (w.cut_before) {
        out.append("...");
        u.indent = 3;
    }
    // Column of the first character shown.
    std::size_t index = column > w.before ? column - w.before : 1;
    // The columns of [first, last) before `column`, and from `column` to `end_column`.
    const auto count_columns = [&](std::size_t first, std::size_t last) {
        const auto overlap = [](std::size_t a, std::size_t b, std::size_t lo, std::size_t hi) -> std::size_t {
            const std::size_t from = a > lo ? a : lo, to = b < hi ? b : hi;
            return to > from ? to - from : 0;
        };
        u.indent += overlap(first, last, 0, column);
        u.width += overlap(first, last, column, end_column);
    };
    for (std::size_t i = 0; i < w.text.size(); ++index) {
        // A run of printable ASCII, in one append: each byte a character of one column, shown as
        // it is (the last one not when a continuation byte follows it: that makes a malformed
        // character of it, written below).
        std::size_t run = i;
        while (run < w.text.size() && w.text[run] >= 0x20 && w.text[run] < 0x7F) ++run;
        if (run < w.text.size() && run > i && is_continuation_byte(w.text[run])) --run;
        if (run > i + 1) {
            --run; // the run's last character goes through the loop's step, which counts it
            out.append(w.text.substr(i, run - i));
            count_columns(index, index + (run - i));
            index += run - i;
            i = run;
        }
        // One character as window_at counts them: a byte and the continuation bytes after it.
        std::size_t length = 1;
        while (length < 4 && i + length < w.text.size() && is_continuation_byte(w.text[i + length])) ++length;
        const std::string_view character = w.text.substr(i, length);
        const utf8_decoded d = decode_utf8(character, 0);
        std::size_t width = 1;
        if (d.error != utf8_error::none || d.length != length || is_foreign_character(d.code_point)) {
            out.push_back(d.error == utf8_error::none && d.code_point == '\t' ? ' ' : '?');
        } else {
            out.append(character);
            width = display_width(d.code_point);
        }
        if (index < column) u.indent += width;
        else if (index < end_column) u.width += width;
        i += length;
    }
    if (w.cut_after) out.append("...");
    return u;
}

/// `\uXXXX` for a code unit.
template <typename Out>
void write_u_escape(Out& out, unsigned value) {
    static constexpr char hex[] = "0123456789ABCDEF";
    const char escape[6] = {'\\', 'u', hex[(value >> 12) & 0xF], hex[(value >> 8) & 0xF], hex[(value >> 4) & 0xF],
                            hex[value & 0xF]};
    out.append(std::string_view(escape, sizeof escape));
}

/// Appends `text` as a JSON string literal. Characters that must not reach a terminal
/// (`is_foreign_character`: controls, bidi controls, invisible characters, U+2028 and U+2029)
/// are written as \uXXXX escapes (a surrogate pair beyond U+FFFF), so JSON output shown on a
/// terminal cannot drive it and still says exactly which characters the input held.
/// `escape_foreign` false writes them as they are, for JSON that is itself put in a string (a
/// record's data), where the outer string escapes them once.
template <typename Out>
void write_json_string(Out& out, std::string_view text, bool escape_foreign = true) {
    out.push_back('"');
    std::size_t i = 0;
    while (i < text.size()) {
        const auto b = static_cast<unsigned char>(text[i]);
        if (b >= 0x80) {
            const utf8_decoded d = decode_utf8(text, i);
            if (d.error != utf8_error::none) {
                out.append("\xEF\xBF\xBD");
            } else if (escape_foreign && is_foreign_character(d.code_point)) {
                if (d.code_point > 0xFFFF) {
                    const char32_t v = d.code_point - 0x10000;
                    write_u_escape(out, 0xD800 + static_cast<unsigned>(v >> 10));
                    write_u_escape(out, 0xDC00 + static_cast<unsigned>(v & 0x3FF));
                } else {
                    write_u_escape(out, d.code_point);
                }
            } else {
                out.append(text.substr(i, d.length));
            }
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
            if (b < 0x20 || b == 0x7F) write_u_escape(out, b);
            else out.push_back(static_cast<char>(b));
        }
        ++i;
    }
    out.push_back('"');
}

/// Appends `text` for a terminal: characters that could drive it or reorder what it shows
/// (controls, bidi overrides) as \uXXXX, invalid UTF-8 as \xHH, everything else as it is. The
/// input's file name and its member names (in paths) are the payload author's to choose.
template <typename Out>
void write_shown_text(Out& out, std::string_view text) {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::size_t i = 0, plain = 0;
    while (i < text.size()) {
        const auto b = static_cast<unsigned char>(text[i]);
        if (b >= 0x20 && b < 0x7F) {
            ++i;
            continue;
        }
        const utf8_decoded d = decode_utf8(text, i);
        if (d.error == utf8_error::none && !is_foreign_character(d.code_point)) {
            i += d.length;
            continue;
        }
        out.append(text.substr(plain, i - plain));
        if (d.error != utf8_error::none) {
            for (std::size_t k = 0; k < d.length; ++k) {
                const auto byte = static_cast<unsigned char>(text[i + k]);
                const char escape[4] = {'\\', 'x', hex[byte >> 4], hex[byte & 0xF]};
                out.append(std::string_view(escape, sizeof escape));
            }
        } else {
            out.append("\\u");
            char digits[6];
            int n = 0;
            for (char32_t cp = d.code_point; cp != 0 || n < 4; cp >>= 4) digits[n++] = hex[cp & 0xF];
            while (n != 0) out.push_back(digits[--n]);
        }
        i += d.length;
        plain = i;
    }
    out.append(text.substr(plain));
}

template <typename Out>
void write_diagnostic(Out& out, const diagnostic& d, std::string_view name, std::string_view input,
                      const text_report_options& options) {
    const bool color = options.color;
    write_sgr(out, color, "1");
    write_shown_text(out, name);
    out.push_back(':');
    write_decimal(out, d.line);
    out.push_back(':');
    write_decimal(out, d.column);
    out.append(": ");
    write_sgr(out, color, d.is_error() ? "1;31" : "1;35");
    out.append(to_string(d.severity));
    write_sgr(out, color, "0");
    write_sgr(out, color, "1");
    out.push_back('[');
    out.append(to_string(d.code));
    out.append("]: ");
    write_sgr(out, color, "0");
    write_shown_text(out, d.message);
    if (!d.path.empty()) {
        out.append(" (at ");
        write_shown_text(out, d.path);
        out.push_back(')');
    }
    out.push_back('\n');
    if (!options.show_source || d.offset > input.size() || input.empty()) return;
    out.append("  ");
    // A span over several lines is underlined to the end of its first.
    const std::size_t end_column = d.end_line == d.line && d.end_column > d.column ? d.end_column
                                   : d.end_line > d.line                          ? std::size_t(-1)
                                                                                  : d.column;
    const underline u = write_source_excerpt(out, input, d.offset, d.column, end_column);
    out.append("\n  ");
    out.append(u.indent, ' ');
    write_sgr(out, color, "1;32");
    out.push_back('^');
    if (u.width > 1) out.append(u.width - 1, '~');
    write_sgr(out, color, "0");
    out.push_back('\n');
}

template <typename Out>
void write_diagnostic_json(Out& out, const diagnostic& d) {
    out.append("{\"severity\":");
    write_json_string(out, to_string(d.severity));
    out.append(",\"code\":");
    write_json_string(out, to_string(d.code));
    out.append(",\"path\":");
    write_json_string(out, d.path);
    out.append(",\"offset\":");
    write_decimal(out, d.offset);
    out.append(",\"line\":");
    write_decimal(out, d.line);
    out.append(",\"column\":");
    write_decimal(out, d.column);
    out.append(",\"message\":");
    write_json_string(out, d.message);
    out.append(",\"end_line\":");
    write_decimal(out, d.end_line);
    out.append(",\"end_column\":");
    write_decimal(out, d.end_column);
    out.append(",\"length\":");
    write_decimal(out, d.length());
    out.push_back('}');
}

} // namespace detail

/// Appends `name:line:column: error[code]: message (at /path)`, and unless disabled the source
/// line of `input` with the span underlined (`^~~~`; a span over several lines to the end of its
/// first). `input` is the text the diagnostic was found in (`validation_result::input()`). No
/// byte of the name, the path or the input can drive a terminal: controls and bidi overrides are
/// written as \uXXXX (in the source line as '?').
inline void format_diagnostic(output out, const diagnostic& d, std::string_view name, std::string_view input,
                              const text_report_options& options = {}) {
    detail::write_to(out, [&](auto& o) { detail::write_diagnostic(o, d, name, input, options); });
}

/// Appends `text` as a JSON string literal. Invalid UTF-8 becomes U+FFFD so the output is
/// always valid JSON; controls, bidi controls, invisible characters, U+2028 and U+2029 are
/// written as \uXXXX escapes, so the JSON is safe to show on a terminal and in JavaScript.
inline void append_json_string(output out, std::string_view text) {
    detail::write_to(out, [&](auto& o) { detail::write_json_string(o, text); });
}

/// Appends `text` for a terminal or a log, as diagnostics show names and paths: characters that
/// could drive a terminal or hide or reorder what it shows (controls, bidi controls, invisible
/// characters) as \uXXXX, invalid UTF-8 as \xHH, everything else as it is.
inline void append_shown_text(output out, std::string_view text) {
    detail::write_to(out, [&](auto& o) { detail::write_shown_text(o, text); });
}

/// Appends one diagnostic as a JSON object: {"severity", "code", "path", "offset", "line",
/// "column", "message", "end_line", "end_column", "length"}.
inline void format_diagnostic_json(output out, const diagnostic& d) {
    detail::write_to(out, [&](auto& o) { detail::write_diagnostic_json(o, d); });
}

class validation_result; // validate.hpp, which defines the function below

/// Appends the JSON line the command-line tool prints per input, without a newline:
/// {"input": input_name, "dialect": the dialect validated as (or "unknown" when it was not
/// recognized), "valid": result.ok(), "diagnostics": [format_diagnostic_json of each]}.
APPNOTIFY_EXTERNAL_LINKAGE void format_result_json(output out, const validation_result& result,
                                              std::string_view input_name);

} // namespace appnotify

#endif // APPNOTIFY_REPORT_HPP
// ---- appnotify/validate.hpp ----
// appnotify: validating a SendAppNotification request body.
#ifndef APPNOTIFY_VALIDATE_HPP
#define APPNOTIFY_VALIDATE_HPP

#include <cstddef>
#include <memory>
#include <optional>
#include <string_view>

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

namespace appnotify {

/// The deepest nesting `validate_options::max_depth` can allow. The checkers descend into a
/// nested value by recursion, about 400 bytes of stack per level at -O2 (1.5 KB under
/// AddressSanitizer), so the deepest walk stays near 100 KB: inside even musl's 128 KB threads.
inline constexpr std::size_t max_supported_depth = 256;

/// Limits that keep hostile input cheap. Exceeding one is an error diagnostic.
struct validate_options {
    /// Larger inputs are refused before anything is parsed or copied.
    std::size_t max_input_bytes = std::size_t(1) << 20;
    /// Deepest nesting of arrays and objects; values above `max_supported_depth` count as it.
    std::size_t max_depth = 64;
    /// Diagnostics kept per input; the rest are counted in one final "too-many-diagnostics".
    std::size_t max_diagnostics = 1000;
    /// The payload's dialect; none (the default) recognizes it from its members (dialect.hpp).
    std::optional<appnotify::dialect> dialect;
    /// Codes to ignore or to report with another severity. The result's counts, its ok() and
    /// its diagnostics are those after the policy.
    diagnostic_policy policy;
};

namespace detail {
/// What a result holds: the input, simdjson's parser, the checkers' scratch, the model and the
/// diagnostics (impl/validate.inl). Incomplete outside the implementation in compiled mode.
struct validation_storage;
struct ndjson_state;

inline std::size_t depth_limit(const validate_options& options) noexcept {
    return options.max_depth < max_supported_depth ? options.max_depth : max_supported_depth;
}
} // namespace detail
/// The notification read from a payload and every problem found in it. Strings in the model and
/// the diagnostics are views into this object: they stay valid while it lives and is not reused
/// (validated into again, assigned to, or moved from). Moving a result moves its buffers, so the
/// views stay valid in the result moved to. The accessors that hand out views are deleted on
/// rvalues, so a view into a temporary result does not compile:
///
///     std::string_view t = appnotify::validate(json).notification().title; // error: deleted
///
/// Reusing one result for many inputs keeps its buffers, so validation allocates nothing once the
/// buffers are large enough. A default-constructed or moved-from result holds no input (no
/// diagnostics, an empty notification, ok()) and is ready to validate into.
class validation_result {
public:
    /// Allocates nothing: the first validation into it makes its buffers.
    APPNOTIFY_EXTERNAL_LINKAGE validation_result() noexcept;
    APPNOTIFY_EXTERNAL_LINKAGE validation_result(validation_result&& other) noexcept;
    APPNOTIFY_EXTERNAL_LINKAGE validation_result& operator=(validation_result&& other) noexcept;
    validation_result(const validation_result&) = delete;
    validation_result& operator=(const validation_result&) = delete;
    APPNOTIFY_EXTERNAL_LINKAGE ~validation_result();

    /// True when no diagnostic is an error (warnings allowed).
    [[nodiscard]] bool ok() const noexcept { return errors_ == 0; }
    explicit operator bool() const noexcept { return ok(); }
    /// Counted after the diagnostic policy, including diagnostics beyond the kept limit.
    [[nodiscard]] std::size_t error_count() const noexcept { return errors_; }
    [[nodiscard]] std::size_t warning_count() const noexcept { return warnings_; }

    /// The typed model, as far as the payload could be read. Its views point into this result.
    [[nodiscard]] APPNOTIFY_EXTERNAL_LINKAGE const appnotify::notification& notification() const& noexcept;
    const appnotify::notification& notification() const&& = delete;
    /// Every diagnostic kept, in document order. Their views point into this result.
    [[nodiscard]] APPNOTIFY_EXTERNAL_LINKAGE list_view<diagnostic> diagnostics() const& noexcept;
    list_view<diagnostic> diagnostics() const&& = delete;
    /// The validated text, as given (a copy this result owns); diagnostics' offsets index into it.
    [[nodiscard]] APPNOTIFY_EXTERNAL_LINKAGE std::string_view input() const& noexcept;
    std::string_view input() const&& = delete;
    /// The dialect the payload was validated as: the one asked for, or the one recognized.
    [[nodiscard]] APPNOTIFY_EXTERNAL_LINKAGE appnotify::dialect dialect() const noexcept;
    /// How the dialect was recognized (`fit::clear` when it was asked for). The verdict of a
    /// payload that is not an object, or is not JSON, is `clear` for the dialect it was read as.
    [[nodiscard]] APPNOTIFY_EXTERNAL_LINKAGE const dialect_verdict& detection() const& noexcept;
    const dialect_verdict& detection() const&& = delete;

private:
    friend void validate(std::string_view, validation_result&, const validate_options&);
    friend bool is_valid(std::string_view, validation_result&, const validate_options&);
    friend struct detail::ndjson_state;

    /// The buffers, made on first use (by a default-constructed or moved-from result).
    APPNOTIFY_EXTERNAL_LINKAGE detail::validation_storage& storage();
    /// Sorts and counts the diagnostics once a validation is over.
    APPNOTIFY_EXTERNAL_LINKAGE void finish();

    std::unique_ptr<detail::validation_storage> storage_;
    std::size_t errors_ = 0;
    std::size_t warnings_ = 0;
};

/// Validates `json`, the JSON text of a SendAppNotification request body, into `result`, whose
/// buffers are reused. Never throws; every problem becomes a diagnostic.
APPNOTIFY_EXTERNAL_LINKAGE void validate(std::string_view json, validation_result& result,
                                         const validate_options& options = {});

/// Validates `json` and returns the notification with every problem found.
[[nodiscard]] APPNOTIFY_EXTERNAL_LINKAGE validation_result validate(std::string_view json,
                                                                    const validate_options& options = {});

/// True when `json` would validate without errors, using `scratch`'s buffers (its contents are
/// unspecified afterwards). Cheaper than `validate`: it stops at the first error and builds no
/// messages, and with a reused scratch it allocates nothing.
[[nodiscard]] APPNOTIFY_EXTERNAL_LINKAGE bool is_valid(std::string_view json, validation_result& scratch,
                                                       const validate_options& options = {});

/// True when `json` would validate without errors (see the overload above; this one allocates
/// its own buffers).
[[nodiscard]] APPNOTIFY_EXTERNAL_LINKAGE bool is_valid(std::string_view json, const validate_options& options = {});

} // namespace appnotify

#if APPNOTIFY_HEADER_ONLY
// ---- appnotify/impl/validate.inl ----
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

// ---- appnotify/detail/action_checker.hpp ----
// The rules of the SendAppNotification request body (seed 000 and the Web API reference of the
// action): which parameters exist and what each holds. The content they share with the other
// dialects (markdown, icon, recipient, actions) is checked by content_checker.hpp.
#ifndef APPNOTIFY_DETAIL_ACTION_CHECKER_HPP
#define APPNOTIFY_DETAIL_ACTION_CHECKER_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

// ---- appnotify/detail/content_checker.hpp ----
// What every in-app payload dialect shares: the notification's content as the notification
// center reads it. The markdown title and body with their links, the custom icon, the recipient
// reference and the action buttons (url, side pane, Teams chat) are checked here once, for the
// SendAppNotification parameters (action_checker.hpp, with OData type annotations) and for the
// JSON of an appnotification record's `data` column (record_checker.hpp, plain JSON).
#ifndef APPNOTIFY_DETAIL_CONTENT_CHECKER_HPP
#define APPNOTIFY_DETAIL_CONTENT_CHECKER_HPP

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <optional>
#include <string_view>
#include <vector>

// ---- appnotify/detail/notification_storage.hpp ----
// Where a payload checker writes the notification it reads: the model and the vectors its views
// point into, kept between runs so that a reused result allocates nothing in steady state.
#ifndef APPNOTIFY_DETAIL_NOTIFICATION_STORAGE_HPP
#define APPNOTIFY_DETAIL_NOTIFICATION_STORAGE_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>


namespace appnotify::detail {

/// Where a checker writes the notification it reads. Vectors are kept between runs.
struct notification_storage {
    static constexpr std::size_t no_part = std::size_t(-1);
    struct member_range {
        std::size_t chat; // index into teams_chats
        std::size_t first;
        std::size_t count;
    };
    notification model;
    std::vector<action> actions;
    /// For each action, the index of its part in the vector its type names (or no_part).
    std::vector<std::size_t> parts;
    std::vector<url_action> url_actions;
    std::vector<side_pane_action> side_panes;
    std::vector<teams_chat_action> teams_chats;
    std::vector<std::string_view> member_ids;
    std::vector<member_range> member_ranges;
    /// The parts of a push notification.
    std::vector<std::string_view> push_recipients;
    std::vector<push_parameter> push_params;
    /// Buffers of the link checks, kept between runs.
    link_scratch links;
    std::string page_url;
    /// Whether a side pane's page whose URL is proven clean from its fields skips building and
    /// checking that URL (page_url_shortcut.hpp). Only tests turn it off, to compare both paths.
    bool page_url_shortcut = true;
    /// Finds the links of OverrideContent's markdown, and where their destinations are.
    markdown_renderer markdown;
    std::vector<text_span> link_destinations;

    void clear() {
        model = notification{};
        actions.clear();
        parts.clear();
        url_actions.clear();
        side_panes.clear();
        teams_chats.clear();
        member_ids.clear();
        member_ranges.clear();
        push_recipients.clear();
        push_params.clear();
    }

    /// Points the model's views at the vectors, once they no longer grow.
    void finish() {
        for (const member_range& r : member_ranges)
            teams_chats[r.chat].member_ids = string_list(member_ids.data() + r.first, r.count);
        for (std::size_t i = 0; i < actions.size(); ++i) {
            if (parts[i] == no_part) continue;
            switch (actions[i].type) {
            case action_type::url: actions[i].url = &url_actions[parts[i]]; break;
            case action_type::side_pane: actions[i].side_pane = &side_panes[parts[i]]; break;
            case action_type::teams_chat: actions[i].teams_chat = &teams_chats[parts[i]]; break;
            }
        }
        model.actions = action_list(actions.data(), actions.size());
        if (model.push) {
            model.push->recipients = string_list(push_recipients.data(), push_recipients.size());
            model.push->params = list_view<push_parameter>(push_params.data(), push_params.size());
        }
    }
};

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_NOTIFICATION_STORAGE_HPP
// ---- appnotify/detail/page_url_shortcut.hpp ----
// When the main.aspx URL of a side pane's page cannot draw a finding from the link check. The
// validator checks a page field by field, then builds its URL (append_page_url) and checks that
// like any link (link_checker.hpp), which costs a seventh of a validation and finds nothing
// when the fields are as the field checks leave them. `page_url_is_clean` proves that from the
// fields alone, so the URL is built and checked only when it might say something: the findings
// are the same either way (tests/page_target_fast_path_test.cpp compares both paths).
#ifndef APPNOTIFY_DETAIL_PAGE_URL_SHORTCUT_HPP
#define APPNOTIFY_DETAIL_PAGE_URL_SHORTCUT_HPP

#include <cstddef>
#include <string_view>


namespace appnotify::detail {

/// What the link check makes of the parameters of one side pane page's URL, worked out from the
/// tables once (page_rules.hpp): the rule each parameter falls under on the URL's page, and
/// whether the check can pass at all. It cannot when a parameter is unknown to the page or read
/// twice (findings whatever the values), when a parameter the page needs is not among them, or
/// when a parameter is of a kind the shortcut does not reason about.
struct page_url_plan {
    bool usable = false;
    param_kind kinds[3] = {};
    std::size_t rules[3] = {};
    bool required[3] = {}; // an empty value is left out, and the page cannot do without it
};

constexpr page_url_plan make_page_url_plan(const side_pane_page& row) noexcept {
    page_url_plan plan;
    const page_set page = page_bit(row.url_page);
    for (std::size_t i = 0; i < row.parameter_count; ++i) {
        const std::size_t rule = find_param_rule(row.parameters[i].name, page);
        if (rule == no_rule) return page_url_plan{};
        for (std::size_t j = 0; j < i; ++j)
            if (plan.rules[j] == rule) return page_url_plan{};
        const param_kind kind = param_rules[rule].kind;
        if (kind != param_kind::guid && kind != param_kind::logical_name && kind != param_kind::choice &&
            kind != param_kind::text && kind != param_kind::data)
            return page_url_plan{};
        plan.rules[i] = rule;
        plan.kinds[i] = kind;
        plan.required[i] = (param_rules[rule].required & page) != 0;
    }
    // A parameter the page needs that the row never writes is always missing.
    for (std::size_t rule = 0; rule < param_rule_count; ++rule) {
        if ((param_rules[rule].required & page) == 0) continue;
        bool written = false;
        for (std::size_t i = 0; i < row.parameter_count; ++i) written = written || plan.rules[i] == rule;
        if (!written) return page_url_plan{};
    }
    // The page type names a page main.aspx knows, and is not itself a parameter of the row.
    if (find_app_page(app_page_names[static_cast<std::size_t>(row.url_page)]) == app_page_count) return page_url_plan{};
    for (std::size_t i = 0; i < row.parameter_count; ++i)
        if (param_rules[plan.rules[i]].kind == param_kind::page_type) return page_url_plan{};
    plan.usable = true;
    return plan;
}

inline constexpr std::size_t side_pane_page_count = sizeof side_pane_pages / sizeof side_pane_pages[0];

/// One plan per row of side_pane_pages, in its order.
struct page_url_plans {
    page_url_plan plans[side_pane_page_count];
    constexpr page_url_plans() noexcept : plans{} {
        for (std::size_t i = 0; i < side_pane_page_count; ++i) plans[i] = make_page_url_plan(side_pane_pages[i]);
    }
};
inline constexpr page_url_plans page_url_plan_table{};

// The common pages take the shortcut; a change to the tables that loses it should be noticed.
static_assert(page_url_plan_table.plans[0].usable, "an entityrecord page's URL can be proven clean");
static_assert(page_url_plan_table.plans[1].usable, "an entitylist page's URL can be proven clean");

/// True when checking the URL append_page_url writes for `page` with an empty app context
/// (link_checker::check) is certain to report nothing; false when it might (then check it).
/// Every byte of the URL other than the values is fixed by the tables ("/main.aspx?pagetype=",
/// the names, '&', '='), and a value is encoded with escapes only for characters other than
/// letters, digits and "-._~", so the URL holds no '<', '{' or '$' for a placeholder to start
/// with and no escape that is not well formed. What is left are the values' own rules:
/// - a GUID: written plainly (no braces), well formed and not all zeros;
/// - a logical name: a lowercase letter, then lowercase letters, digits or underscores;
/// - a choice: one of its values;
/// (these three are made of letters, digits, '-' and '_', so they are in the URL as they are and
/// read back unchanged: no '%', '+', tab or newline for the link check to decode);
/// - text: valid UTF-8 (its escapes must decode to UTF-8);
/// - data: valid UTF-8 without '%' (whose %25 would look like data encoded twice);
/// - an empty value is left out, which a parameter the page needs cannot be.
inline bool page_url_is_clean(const page_target& page) noexcept {
    const auto type = static_cast<std::size_t>(page.type);
    if (type >= side_pane_page_count || side_pane_pages[type].type != page.type) return false;
    const side_pane_page& row = side_pane_pages[type];
    const page_url_plan& plan = page_url_plan_table.plans[type];
    if (!plan.usable) return false;
    for (std::size_t i = 0; i < row.parameter_count; ++i) {
        const std::string_view value = page_field_value(page, row.parameters[i].field);
        if (value.empty()) {
            if (plan.required[i]) return false;
            continue;
        }
        switch (plan.kinds[i]) {
        case param_kind::guid: {
            // Without braces, a well-formed GUID is hexadecimal digits and '-': it encodes to itself.
            const guid_check g = check_guid(value, false);
            if (g.problem != guid_problem::none || g.nil) return false;
            break;
        }
        case param_kind::logical_name:
            if (logical_name_problem(value) != value.size()) return false;
            break;
        case param_kind::choice: {
            // The choices are digits, so a value equal to one encodes to itself.
            const param_rule& r = param_rules[plan.rules[i]];
            bool allowed = false;
            for (std::size_t k = 0; k < r.choice_count; ++k) allowed = allowed || equals_ignoring_case(value, r.choices[k]);
            if (!allowed) return false;
            break;
        }
        case param_kind::text:
            if (find_invalid_utf8(value) != std::string_view::npos) return false;
            break;
        case param_kind::data:
            if (value.find('%') != std::string_view::npos || find_invalid_utf8(value) != std::string_view::npos)
                return false;
            break;
        default: return false;
        }
    }
    return true;
}

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_PAGE_URL_SHORTCUT_HPP
// ---- appnotify/detail/value_checks.hpp ----
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

// ---- appnotify/detail/json_walker.hpp ----
// The traversal every payload checker is built on: walks a simdjson on-demand document visiting
// every value (on-demand only validates what it is asked to read), keeps the JSON Pointer of the
// current value, finds duplicate keys, checks OData type annotations, and reports diagnostics.
#ifndef APPNOTIFY_DETAIL_JSON_WALKER_HPP
#define APPNOTIFY_DETAIL_JSON_WALKER_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <simdjson.h>

// ---- appnotify/detail/scratch_stack.hpp ----
// A stack of trivially copyable items whose storage is kept between uses: the JSON walker's path
// and the members of the objects it is in. std::vector::push_back would do, but g++ leaves its
// emplace_back out of line in the walker's large functions, and the item built on the stack and
// copied by that call is read back as one wide load over narrower stores (a store-forwarding
// stall, a few percent of validation in time). Here the item is written in place.
#ifndef APPNOTIFY_DETAIL_SCRATCH_STACK_HPP
#define APPNOTIFY_DETAIL_SCRATCH_STACK_HPP

#include <cstddef>
#include <type_traits>
#include <vector>

namespace appnotify::detail {

template <typename Item>
class scratch_stack {
    static_assert(std::is_trivially_copyable_v<Item>, "items are overwritten, never destroyed");

public:
    /// A new top item, its fields left as the last item in that place had them: set them all.
    Item& push() {
        if (size_ == storage_.size()) grow();
        return storage_[size_++];
    }
    void pop() noexcept { --size_; }
    /// Drops the items from `size` on (a smaller size than the current one).
    void truncate(std::size_t size) noexcept { size_ = size; }
    void clear() noexcept { size_ = 0; }

    std::size_t size() const noexcept { return size_; }
    Item& operator[](std::size_t i) noexcept { return storage_[i]; }
    const Item& operator[](std::size_t i) const noexcept { return storage_[i]; }
    const Item* begin() const noexcept { return storage_.data(); }
    const Item* end() const noexcept { return storage_.data() + size_; }

private:
    void grow() { storage_.resize(storage_.empty() ? 16 : storage_.size() * 2); }

    std::vector<Item> storage_;
    std::size_t size_ = 0;
};

} // namespace appnotify::detail

#endif

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
    scratch_stack<segment> path;
    scratch_stack<member> members;
    /// Open-addressing index of a large object's members: slot = 1 + member index, 0 = empty.
    std::vector<std::uint32_t> index;
    scratch_stack<annotation> annotations;
    std::string pointer;
    /// Positions in the string a diagnostic is about (see value_checker::offset_in).
    string_offset_map strings;

    void clear() {
        path.clear();
        members.clear();
        annotations.clear();
        pointer.clear();
        strings.forget();
    }
};

/// An OData type name without its leading '#' (the namespace alias "mscrm." is left as written:
/// same_odata_type compares through it).
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

/// `key == name`, written out: string_view's == goes through compare(), which g++ leaves out of
/// line in the checkers' large functions, and a memcmp call. With `name` a literal, the size
/// test settles most keys and the compare of the rest is a load or two.
inline bool same_name(std::string_view key, std::string_view name) noexcept {
    return key.size() == name.size() && (name.empty() || std::memcmp(key.data(), name.data(), name.size()) == 0);
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
        dropped_annotation_bytes_ = 0;
        scratch_.clear();
    }

    /// Starts on a document held by a string of the document another walker is on (JSON inside
    /// JSON): the path continues that walker's, on the same scratch, and nesting counts from
    /// `depth`, its depth, so that limits hold across both levels.
    void start_nested(std::string_view input, const char* base, std::size_t depth) noexcept {
        input_ = input;
        base_ = base;
        depth_ = depth;
        stopped_ = false;
        syntax_error_ = false;
    }

    /// Feeds the name of every member of the root object to `detector` as the walk reads it, so
    /// that the dialect is recognized during the walk rather than in a pass of its own (see
    /// check_as_first_member_says in impl/validate.inl).
    void feed_root_names(dialect_detector* detector) noexcept { root_names_ = detector; }

    /// Checking stops on a syntax error, on too deep nesting, and at the first error when only
    /// the verdict is wanted.
    bool stopped() const noexcept { return stopped_ || (!sink_.collecting() && sink_.error_count() != 0); }
    /// simdjson refused something: the caller locates the exact syntax error.
    bool syntax_error() const noexcept { return syntax_error_; }

    /// The bytes of the input, from key to value, of the type annotations read so far whose key
    /// is written without escapes: bytes that compact_json_length(true) leaves out of any value
    /// holding them, so that a raw length minus them still bounds the compact one.
    std::size_t dropped_annotation_bytes() const noexcept { return dropped_annotation_bytes_; }

protected:
    diagnostic_sink& sink_;
    walker_scratch& scratch_;
    walk_limits limits_;
    std::string_view input_;
    const char* base_ = nullptr;
    std::size_t depth_ = 0;
    bool stopped_ = false;
    bool syntax_error_ = false;
    dialect_detector* root_names_ = nullptr;
    std::size_t dropped_annotation_bytes_ = 0;

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

    /// `report` of the span [offset, end) of the input, for a finding that knows its extent
    /// better than the span the sink derives (a placeholder inside a string, say).
    template <typename... Pieces>
    void report_span(diagnostic_code code, severity level, std::size_t offset, std::size_t end,
                     const Pieces&... message) {
        if (!sink_.begin(code, level, offset)) return;
        sink_.set_end(end);
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

    /// The text of a number, true, false or null, without the white space after it.
    std::string_view scalar_text(od::value& v) {
        std::string_view token = v.raw_json_token();
        while (!token.empty() && (token.back() == ' ' || token.back() == '\t' || token.back() == '\n' || token.back() == '\r'))
            token.remove_suffix(1);
        return token;
    }

    /// The text of a number, true, false or null, validated (simdjson only checks what it reads).
    bool scalar_token(od::value& v, json_kind kind, std::string_view& token) {
        token = scalar_text(v);
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

    /// Walks an object: `on_member(key, key_offset, value, kind)` is called for each member and
    /// returns false for one it does not read (having reported it), whose value is then validated
    /// and skipped. OData annotations are checked here and never reach `on_member`.
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
            // Read in place: copying the field out of its result reads it back as one wide load
            // over the narrower stores that just wrote it (a store-forwarding stall per member).
            if (field_result.error() != simdjson::SUCCESS) {
                fail_syntax();
                break;
            }
            od::field& field = field_result.value_unsafe();
            // The raw key must be read first: unescaping consumes it.
            const std::size_t key_offset = offset_of(field.key().raw()) - 1;
            std::string_view key;
            if (field.unescaped_key().get(key) != simdjson::SUCCESS) {
                fail_syntax();
                break;
            }
            if (root_names_ != nullptr && depth_ == 1) root_names_->add_member(key);
            od::value& value = field.value();
            json_kind kind{};
            if (!kind_of(value, kind)) break;
            walker_scratch::member& member = scratch_.members.push();
            member.key = key;
            member.offset = key_offset;
            member.kind = kind;
            walker_scratch::segment& segment = scratch_.path.push();
            segment.key = key;
            segment.is_index = false;
            if (is_type_annotation(key)) {
                record_annotation(key, key_offset, value, kind);
            } else if (!on_member(key, key_offset, value, kind)) {
                skip(value, kind);
            }
            scratch_.path.pop();
            if (stopped()) break;
        }
        if (!stopped()) finish_object(offset, members_begin, annotations_begin, rules, summary);
        scratch_.members.truncate(members_begin);
        scratch_.annotations.truncate(annotations_begin);
        --depth_;
    }

    /// Walks the root object of `document` like walk_object; false when the walk stopped (a
    /// syntax error, too deep a nesting, or the first error when only the verdict is wanted).
    template <typename Document, typename OnMember>
    bool walk_root(Document& document, std::size_t root_offset, const object_rules& rules, OnMember&& on_member) {
        od::object root;
        if (document.get_object().get(root) != simdjson::SUCCESS) {
            fail_syntax();
            return false;
        }
        walk_object(root, root_offset, rules, nullptr, on_member);
        return !stopped();
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
            if (element_result.error() != simdjson::SUCCESS) { // read in place, as walk_object's fields
                fail_syntax();
                break;
            }
            od::value& element = element_result.value_unsafe();
            json_kind kind{};
            if (!kind_of(element, kind)) break;
            walker_scratch::segment& segment = scratch_.path.push();
            segment.index = index;
            segment.is_index = true;
            on_element(index, element, kind);
            scratch_.path.pop();
            ++index;
            if (stopped()) break;
        }
        --depth_;
    }

private:
    /// Whether `key` ends with "@odata.type", without branches: every member of every object
    /// asks, and two loads, two compares and a conditional move cost less than a short-circuit
    /// chain of three tests (1% of validation's instructions). A key too short to hold the
    /// suffix compares the suffix with itself and is refused by its size.
    static bool is_type_annotation(std::string_view key) noexcept {
        constexpr std::string_view suffix = "@odata.type";
        static_assert(suffix.size() == 11, "compared as 8 bytes and the last 4");
        const bool long_enough = key.size() >= suffix.size();
        const char* tail = long_enough ? key.data() + key.size() - suffix.size() : suffix.data();
        std::uint64_t head = 0, wanted_head = 0;
        std::uint32_t end = 0, wanted_end = 0;
        std::memcpy(&head, tail, 8);
        std::memcpy(&end, tail + 7, 4);
        std::memcpy(&wanted_head, suffix.data(), 8);
        std::memcpy(&wanted_end, suffix.data() + 7, 4);
        return long_enough & (head == wanted_head) & (end == wanted_end);
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
        // A key written without escapes is one compact_json_length drops too (it reads raw keys):
        // then its closing quote follows the key's last letter, where an escaped key has a
        // backslash before a quote. The value's text is at least its unescaped length and quotes.
        const std::size_t key_end = key_offset + 1 + key.size();
        if (key_end < input_.size() && input_[key_end] == '"' && input_[key_end - 1] == 'e')
            dropped_annotation_bytes_ += value_offset + type_name.size() + 2 - key_offset;
        if (type_name.empty() || type_name.front() != '#') {
            report(diagnostic_code::odata_type_missing_hash, severity::warning, value_offset, "write \"#",
                   type_name.substr(0, 80), "\": OData type names in annotations start with '#'");
        }
        walker_scratch::annotation& annotation = scratch_.annotations.push();
        annotation.key = key;
        annotation.annotated = key.substr(0, key.size() - std::string_view("@odata.type").size());
        annotation.type_name = type_name;
        annotation.key_offset = key_offset;
        annotation.value_offset = value_offset;
    }

    static std::size_t hash_key(std::string_view key) noexcept { return static_cast<std::size_t>(fnv1a(key)); }

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
            // A bit per member, from its length and its first and last bytes: a member whose bit
            // no earlier member set has no twin before it, and is compared with none (the
            // pairwise compares cost more than the rest of this function).
            std::uint64_t seen = 0;
            for (std::size_t i = members_begin; i < scratch_.members.size(); ++i) {
                const std::string_view key = scratch_.members[i].key;
                const std::size_t fingerprint =
                    key.empty() ? 0
                                : key.size() * 31 + static_cast<unsigned char>(key.front()) * 7 +
                                      static_cast<unsigned char>(key.back());
                const std::uint64_t bit = std::uint64_t{1} << (fingerprint & 63);
                if ((seen & bit) != 0)
                    for (std::size_t j = members_begin; j < i; ++j)
                        if (key == scratch_.members[j].key) {
                            report_duplicate(scratch_.members[i]);
                            break;
                        }
                seen |= bit;
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

namespace appnotify::detail {

/// What an action's data says, gathered while its members are read (their order is free, so the
/// type may come last); only the part of the action's type is kept.
struct action_parts {
    url_action url;
    side_pane_action side_pane;
    teams_chat_action teams_chat;
};

inline constexpr std::string_view expando_type = "Microsoft.Dynamics.CRM.expando";
inline constexpr std::string_view expando_collection_type = "Collection(Microsoft.Dynamics.CRM.expando)";

/// Dataverse stores at most this many characters in the data column (seed 000: "The maximum
/// length is 5,000 characters").
inline constexpr std::size_t record_data_max_length = 5000;

/// The most characters the plain title and body hold (the Title and Body of SendAppNotification,
/// the title and body columns of a record).
inline constexpr std::size_t plain_title_max_length = 256;
inline constexpr std::size_t plain_body_max_length = 500;

/// The members the notification center reads from the JSON it keeps in the `data` column: the
/// markdown override (the first `override_member_count`: OverrideContent's members) and the
/// action buttons.
inline constexpr std::string_view data_column_members[] = {"title", "body", "iconUrl", "actions"};
inline constexpr std::size_t override_member_count = 3;
/// The members of an action button.
inline constexpr std::string_view action_button_members[] = {"title", "data"};

/// The options of a side pane (paneOptions: Xrm.App.sidePanes.createPane).
inline constexpr std::string_view pane_option_names[] = {
    "title", "width", "paneId", "canClose", "imageSrc", "hideHeader", "isSelected", "hidden", "alwaysRender",
    "keepBadgeOnSelect",
};

/// The members of a Teams chat's entityContext.
inline constexpr std::string_view entity_context_members[] = {"entityName", "recordId"};

/// The members of an action's data, and which of them each action type reads.
enum class action_data_member : std::uint8_t {
    type, url, navigation_target, pane_options, chat_id, member_ids, entity_context, chat_title, initial_message,
};
inline constexpr std::size_t action_data_member_count = 9;
inline constexpr std::string_view action_data_member_names[action_data_member_count] = {
    "type", "url", "navigationTarget", "paneOptions", "chatId", "memberIds", "entityContext", "chatTitle",
    "initialMessage",
};
constexpr std::uint16_t data_bit(action_data_member m) noexcept {
    return static_cast<std::uint16_t>(1u << static_cast<unsigned>(m));
}
/// In the order of action_type's values (action_type_names in notification.hpp).
inline constexpr std::uint16_t action_data_reads[] = {
    // url
    data_bit(action_data_member::type) | data_bit(action_data_member::url) |
        data_bit(action_data_member::navigation_target),
    // sidepane
    data_bit(action_data_member::type) | data_bit(action_data_member::navigation_target) |
        data_bit(action_data_member::pane_options),
    // teamsChat
    data_bit(action_data_member::type) | data_bit(action_data_member::chat_id) |
        data_bit(action_data_member::member_ids) | data_bit(action_data_member::entity_context) |
        data_bit(action_data_member::chat_title) | data_bit(action_data_member::initial_message),
};

/// Where the icon was set and whether a custom icon has its image, gathered across the members
/// that hold them (IconType and OverrideContent.iconUrl; icontype and the iconUrl of data).
struct icon_state {
    std::size_t icon_offset = 0;
    bool icon_custom = false;
    bool has_icon_url = false;
    std::size_t icon_url_offset = 0;
};

/// How a dialect names the members the icon checks talk about.
struct icon_names {
    std::string_view icon_type;     // "IconType"
    std::string_view icon_url;      // "OverrideContent.iconUrl"
    std::string_view icon_url_path; // "/OverrideContent/iconUrl"
};

class content_checker : public value_checker {
public:
    /// `annotated`: objects carry OData type annotations (SendAppNotification's open types);
    /// false for the plain JSON of a record's `data`.
    content_checker(diagnostic_sink& sink, walker_scratch& scratch, walk_limits limits, notification_storage& out,
                    bool annotated)
        : value_checker(sink, scratch, limits), out_(out), annotated_(annotated) {}

protected:
    notification_storage& out_;
    action_parts parts_; // the data object being read
    bool annotated_;

    /// The rules of an object that is an expando in SendAppNotification; none in plain JSON.
    object_rules expando_rules(bool annotation_expected) const noexcept {
        object_rules rules;
        if (!annotated_) return rules;
        rules.expected_type = expando_type;
        rules.type_annotation_expected = annotation_expected;
        return rules;
    }

    /// The icon option set, held by `member` (IconType, icontype), a choice `what` (value, column).
    void read_icon(od::value& v, json_kind kind, std::string_view member, std::string_view what, icon_state& icon) {
        icon.icon_offset = offset_of(v);
        read_option(v, kind, member, icon_type_options, out_.model.icon, what);
        icon.icon_custom = out_.model.icon == icon_type::custom;
    }

    /// Reports a Custom icon without an image, and an image that a non-Custom icon ignores.
    void check_icon(const icon_state& icon, std::size_t root_offset, const icon_names& names) {
        if (icon.icon_custom && !icon.has_icon_url) {
            const std::size_t at = icon.icon_offset ? icon.icon_offset : root_offset;
            if (sink_.begin(diagnostic_code::custom_icon_without_url, severity::error, at)) {
                sink_.arena().append(names.icon_url_path);
                sink_.end_path();
                append_all(sink_.arena(), names.icon_type, " 100000005 (Custom) needs an image: set ", names.icon_url,
                           ", for example \"/WebResources/<name of an image web resource>\"");
                sink_.end_message();
            }
        }
        if (icon.has_icon_url && !icon.icon_custom && out_.model.icon != icon_type::custom) {
            if (sink_.begin(diagnostic_code::icon_url_ignored, severity::warning, icon.icon_url_offset)) {
                sink_.arena().append(names.icon_url_path);
                sink_.end_path();
                append_all(sink_.arena(), "iconUrl is only used when ", names.icon_type,
                           " is 100000005 (Custom); this notification shows the ", to_string(out_.model.icon), " icon");
                sink_.end_message();
            }
        }
    }

    // --- links ----------------------------------------------------------------------------------

    /// Reports the findings of a link check on a link a JSON string holds: the whole string (a
    /// URL action's url, an icon URL), or a markdown destination in it that starts at `start`.
    /// The path is the string's (with `member` appended when the walker is on the enclosing
    /// object); the offset is the character's in the raw JSON, through the escapes. In markdown, a
    /// position in the destination maps to the same position in the markdown when the destination
    /// is written as it reads (`exact`), to the start of the destination otherwise (after
    /// backslash escapes or character references).
    class string_link_reporter final : public link_reporter {
    public:
        /// `length`: the destination's, spanned whole by the findings in one not written as it reads.
        string_link_reporter(content_checker& checker, const string_value& s, std::string_view member,
                             std::size_t start = 0, bool exact = true, std::size_t length = 0) noexcept
            : checker_(checker), s_(s), member_(member), start_(start), exact_(exact), length_(length) {}

    protected:
        std::string* begin(diagnostic_code code, severity level, std::size_t at) override {
            if (!checker_.sink_.begin(code, level, checker_.offset_in(s_, start_ + (exact_ ? at : 0)))) return nullptr;
            if (!exact_) checker_.sink_.set_end(checker_.offset_in(s_, start_ + length_));
            checker_.write_pointer(checker_.sink_.arena());
            if (!member_.empty()) append_pointer_segment(checker_.sink_.arena(), member_);
            checker_.sink_.end_path();
            return &checker_.sink_.arena();
        }
        void set_end(std::size_t end) override {
            checker_.sink_.set_end(checker_.offset_in(s_, start_ + (exact_ ? end : length_)));
        }
        void end() override { checker_.sink_.end_message(); }

    private:
        content_checker& checker_;
        const string_value& s_;
        std::string_view member_;
        std::size_t start_;
        bool exact_;
        std::size_t length_;
    };

    /// Reports the findings of the check of a side pane's page URL at the page object.
    class page_link_reporter final : public link_reporter {
    public:
        page_link_reporter(content_checker& checker, std::size_t offset) noexcept : checker_(checker), offset_(offset) {}

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
        content_checker& checker_;
        std::size_t offset_;
    };

    /// Checks every link of OverrideContent's markdown title or body (found by the markdown
    /// parser, so text that only looks like a link is left alone), then warns about the first
    /// template placeholder outside them: the link checks report those inside.
    void check_markdown_links(const string_value& s, std::string_view member) {
        out_.link_destinations.clear();
        out_.markdown.for_each_link(s.text, [&](const markdown_link& link) {
            out_.link_destinations.push_back({link.destination_offset, link.destination_length});
            const bool exact = s.text.substr(link.destination_offset, link.destination_length) == link.destination;
            string_link_reporter reporter(*this, s, {}, link.destination_offset, exact, link.destination_length);
            link_checker(reporter, out_.links, app_context{}).check(link.destination);
            if (link.inside_link)
                report_span(diagnostic_code::markdown_nested_link, severity::warning, offset_in(s, link.destination_offset),
                            offset_in(s, link.destination_offset + link.destination_length), quoted{member}, " has the link ", quoted{link.destination},
                            " inside the text of another link; links cannot nest, so it is shown as text, and all of that "
                            "text leads where the other link does");
        });
        std::size_t from = 0;
        std::size_t next_link = 0;
        while (from < s.text.size()) {
            const text_span found = find_placeholder(s.text.substr(from));
            if (!found.found()) return;
            const std::size_t at = from + found.offset;
            const auto& links = out_.link_destinations;
            while (next_link < links.size() && links[next_link].offset + links[next_link].length <= at) ++next_link;
            if (next_link < links.size() && links[next_link].offset <= at) {
                from = at + found.length;
                continue;
            }
            report_span(diagnostic_code::template_placeholder, severity::warning, offset_in(s, at),
                        offset_in(s, at + found.length), quoted{member},
                        " still contains the template placeholder ", quoted{s.text.substr(at, found.length)},
                        ": fill it in before sending");
            return;
        }
    }

    /// Checks a string of the payload as a link (link_checker.hpp), unless it is blank, which
    /// the value check already reported.
    void check_link_text(const string_value& s, std::string_view member) {
        if (trim_spaces(s.text).empty()) return;
        string_link_reporter reporter(*this, s, member);
        link_checker(reporter, out_.links, app_context{}).check(s.text);
    }

    // --- Recipient ------------------------------------------------------------------------------

    /// A reference to the user who receives the notification, `/systemusers(<GUID>)`, held by
    /// `member` (SendAppNotification's Recipient, a record's ownerid@odata.bind).
    void check_recipient(od::value& v, json_kind kind, std::string_view member) {
        if (kind == json_kind::null) {
            report(diagnostic_code::wrong_type, severity::error, offset_of(v), quoted{member},
                   " is required and cannot be null: write \"/systemusers(<GUID of the user>)\"");
            return;
        }
        if (!expect_kind(v, kind, json_kind::string, member)) return;
        string_value s;
        if (!read_string_value(v, s)) return;
        out_.model.recipient = s.text;
        const text_span placeholder = find_placeholder(s.text);
        if (placeholder.found()) {
            report_span(diagnostic_code::template_placeholder, severity::error, offset_in(s, placeholder.offset),
                        offset_in(s, placeholder.offset + placeholder.length),
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
                       quoted{member}, " is an entity reference, not a bare GUID: write \"/systemusers(",
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
                   "with ", quoted{member}, ": \"/systemusers(<GUID of the user>)\"");
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
        if (check_guid_at(s, key_at, key, member, "the GUID of the user (systemuserid)", false))
            out_.model.recipient_id = key;
    }

    // --- OverrideContent members -----------------------------------------------------------------

    /// A member of the markdown override (OverrideContent, or the root of a record's data):
    /// false when `key` is not one.
    bool override_member(std::string_view key, od::value& member, json_kind member_kind, icon_state& icon) {
        if (!same_name(key, data_column_members[0]) && !same_name(key, data_column_members[1]) &&
            !same_name(key, data_column_members[2]))
            return false;
        content_override& c = out_.model.override_content ? *out_.model.override_content
                                                          : out_.model.override_content.emplace();
        string_value s;
        if (same_name(key, "title")) {
            if (read_text(member, member_kind, key, {0, false, false, false}, s)) {
                c.title = s.text;
                check_override_length(s, key, plain_title_max_length, "title");
                check_markdown_links(s, key);
            }
        } else if (same_name(key, "body")) {
            if (read_text(member, member_kind, key, {0, false, false, false}, s)) {
                c.body = s.text;
                check_override_length(s, key, plain_body_max_length, "body");
                check_markdown_links(s, key);
            }
        } else if (read_text(member, member_kind, key, {0, true, false, false}, s)) {
            check_link_text(s, {});
            c.icon_url = s.text;
            icon.has_icon_url = true;
            icon.icon_url_offset = s.offset;
        }
        return true;
    }

    /// The markdown title and body have no limit of their own: the server keeps them in the JSON of
    /// the data column, whose limit is checked as a whole. Past the length of the plain title or
    /// body, no document says how much of them the notification center shows.
    void check_override_length(const string_value& s, std::string_view member, std::size_t plain_limit,
                               std::string_view plain) {
        const std::size_t units = utf16_length(s.text);
        if (units > plain_limit)
            report(diagnostic_code::override_text_long, severity::warning, s.offset, quoted{member}, " is ", units,
                   " characters long (UTF-16 code units), longer than a plain ", plain, " can be (", plain_limit,
                   "): no document says how much of it the notification center shows");
    }

    /// Warns about a member nobody reads, with the one of `known` most plausibly meant, or else
    /// the message `what` says.
    template <typename Candidates, typename... What>
    void ignored_member(std::string_view key, std::size_t key_offset, const Candidates& known, const What&... what) {
        const std::string_view meant = suggest(key, known);
        if (!meant.empty())
            report(diagnostic_code::ignored_field, severity::warning, key_offset, quoted{key},
                   " is ignored: did you mean \"", meant, "\"? (names are case-sensitive)");
        else
            report(diagnostic_code::ignored_field, severity::warning, key_offset, quoted{key}, " is ignored: ", what...);
    }

    // --- Actions ----------------------------------------------------------------------------------

    /// The array of action buttons.
    void check_action_list(od::value& v) {
        walk_array(v, [&](std::size_t, od::value& element, json_kind element_kind) { check_action(element, element_kind); });
    }

    void check_action(od::value& v, json_kind kind) {
        if (!expect_kind(v, kind, json_kind::object, "action")) return;
        const std::size_t offset = offset_of(v);
        const std::size_t index = out_.actions.size();
        out_.actions.emplace_back();
        out_.parts.push_back(notification_storage::no_part);
        bool has_title = false, has_data = false;
        walk_object(v, offset, expando_rules(false), nullptr,
                    [&](std::string_view key, std::size_t key_offset, od::value& member, json_kind member_kind) {
                        string_value s;
                        if (same_name(key, "title")) {
                            has_title = true;
                            if (read_text(member, member_kind, key, {0, true, false}, s, false))
                                out_.actions[index].title = s.text;
                        } else if (same_name(key, "data")) {
                            has_data = true;
                            if (expect_kind(member, member_kind, json_kind::object, key)) check_action_data(member, index);
                        } else {
                            ignored_member(key, key_offset, action_button_members,
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
        /// The members present, as bits (a navigationTarget only as a string or an object), and
        /// the offset of each one's value.
        std::uint16_t present = 0;
        std::size_t offset[action_data_member_count];
        bool target_string = false, target_object = false;
        std::size_t type_index = 0;
        bool type_valid = false;
        string_value url_value; // checked as a link once the action is known to be a url action
        bool url_read = false;

        bool has(action_data_member m) const noexcept { return (present & data_bit(m)) != 0; }
        std::size_t at(action_data_member m) const noexcept { return offset[static_cast<std::size_t>(m)]; }
    };

    void check_action_data(od::value& v, std::size_t index) {
        const std::size_t offset = offset_of(v);
        static constexpr std::string_view annotated[] = {"memberIds"};
        static constexpr std::string_view annotated_types[] = {"Collection(String)"};
        object_rules rules = expando_rules(true);
        if (annotated_) {
            rules.annotated_members = annotated;
            rules.annotated_member_types = annotated_types;
            rules.annotated_member_count = 1;
        }
        data_members seen;
        action_parts& a = parts_;
        a = action_parts{};
        const std::size_t member_first = out_.member_ids.size();
        walk_object(v, offset, rules, nullptr,
                    [&](std::string_view key, std::size_t key_offset, od::value& member, json_kind kind) {
                        return data_member(key, key_offset, member, kind, seen, a);
                    });
        if (stopped()) return;

        if (!seen.has(action_data_member::type)) {
            if (seen.has(action_data_member::url)) {
                report_member("type", diagnostic_code::legacy_action_form, severity::warning, offset,
                              "this action has no \"type\": it is read as the older form of a URL action; "
                              "add \"type\": \"url\"");
                seen.type_valid = true;
                seen.type_index = 0;
            } else {
                report_member("type", diagnostic_code::missing_required, severity::error, offset,
                              "an action's data needs a \"type\": ", quoted_words(action_type_names, " or "));
                return;
            }
        }
        if (!seen.type_valid) return;
        const action_type type = action_type_names[seen.type_index].value;
        out_.actions[index].type = type;
        switch (type) {
        case action_type::url:
            out_.parts[index] = out_.url_actions.size();
            out_.url_actions.push_back(a.url);
            finish_url_data(seen, offset);
            break;
        case action_type::side_pane:
            out_.parts[index] = out_.side_panes.size();
            out_.side_panes.push_back(a.side_pane);
            finish_side_pane_data(seen, offset);
            break;
        case action_type::teams_chat:
            out_.parts[index] = out_.teams_chats.size();
            if (seen.has(action_data_member::member_ids))
                out_.member_ranges.push_back({out_.teams_chats.size(), member_first, out_.member_ids.size() - member_first});
            out_.teams_chats.push_back(a.teams_chat);
            finish_teams_data(seen, offset);
            break;
        }
        // The members of the other action types.
        const unsigned others = seen.present & ~unsigned(action_data_reads[static_cast<std::size_t>(type)]);
        for (std::size_t m = 0; others != 0 && m < action_data_member_count; ++m)
            if ((others & (1u << m)) != 0)
                report_member(action_data_member_names[m], diagnostic_code::field_not_applicable, severity::warning,
                              seen.offset[m], quoted{action_data_member_names[m]}, " is ignored by a ", to_string(type),
                              " action");
    }

    bool data_member(std::string_view key, std::size_t key_offset, od::value& v, json_kind kind, data_members& seen,
                     action_parts& a) {
        const std::size_t m = index_in(key, action_data_member_names);
        if (m == action_data_member_count) {
            ignored_member(key, key_offset, action_data_member_names, "the notification center does not read it");
            return false;
        }
        string_value s;
        const std::size_t offset = offset_of(v);
        const auto member = static_cast<action_data_member>(m);
        seen.present |= data_bit(member);
        seen.offset[m] = offset;
        switch (member) {
        case action_data_member::type:
            seen.type_valid = read_enum(v, kind, key, action_type_names, seen.type_index);
            break;
        case action_data_member::url:
            if (read_text(v, kind, key, {0, true, false, false}, s, false)) {
                a.url.url = s.text;
                seen.url_value = s;
                seen.url_read = true;
            }
            break;
        case action_data_member::navigation_target:
            if (kind != json_kind::object && kind != json_kind::string) seen.present &= ~data_bit(member);
            if (kind == json_kind::object) {
                seen.target_object = true;
                check_page_target(v, a.side_pane.target);
            } else if (kind == json_kind::string) {
                seen.target_string = true;
                read_named(v, kind, key, navigation_target_names, a.url.target);
            } else if (kind != json_kind::null) {
                report(diagnostic_code::wrong_type, severity::error, offset,
                       "\"navigationTarget\" is a string for a url action (\"dialog\", \"inline\" or \"newWindow\") "
                       "and an object describing the page for a sidepane action, found ", describe(kind));
                skip(v, kind);
            }
            break;
        case action_data_member::pane_options:
            if (kind != json_kind::null && expect_kind(v, kind, json_kind::object, key)) check_pane_options(v, a.side_pane.pane);
            break;
        case action_data_member::chat_id:
            if (read_text(v, kind, key, {0, true, false}, s)) a.teams_chat.chat_id = s.text;
            break;
        case action_data_member::member_ids:
            if (kind != json_kind::null && expect_kind(v, kind, json_kind::array, key))
                walk_array(v, [&](std::size_t, od::value& element, json_kind element_kind) {
                    if (!expect_kind(element, element_kind, json_kind::string, "memberIds")) return;
                    string_value id;
                    if (!read_string_value(element, id)) return;
                    if (check_guid_text(id, "memberIds", "the Microsoft Entra ID object id of the user"))
                        out_.member_ids.push_back(id.text);
                });
            break;
        case action_data_member::entity_context:
            if (kind != json_kind::null && expect_kind(v, kind, json_kind::object, key)) check_entity_context(v, a.teams_chat);
            break;
        case action_data_member::chat_title:
            if (read_text(v, kind, key, {0, false, false}, s)) a.teams_chat.chat_title = s.text;
            break;
        case action_data_member::initial_message:
            if (read_text(v, kind, key, {0, false, false}, s)) a.teams_chat.initial_message = s.text;
            break;
        }
        return true;
    }

    void finish_url_data(const data_members& seen, std::size_t offset) {
        if (seen.url_read) check_link_text(seen.url_value, "url");
        if (!seen.has(action_data_member::url))
            report_member("url", diagnostic_code::missing_required, severity::error, offset,
                          "a url action needs \"url\": the address to open");
        if (seen.target_object)
            report_member("navigationTarget", diagnostic_code::wrong_type, severity::error,
                          seen.at(action_data_member::navigation_target),
                          "a url action's \"navigationTarget\" is a string: \"dialog\", \"inline\" or \"newWindow\"");
    }

    void finish_side_pane_data(const data_members& seen, std::size_t offset) {
        if (seen.target_string)
            report_member("navigationTarget", diagnostic_code::wrong_type, severity::error,
                          seen.at(action_data_member::navigation_target),
                          "a sidepane action's \"navigationTarget\" is an object describing the page, such as "
                          "{\"pageType\": \"entityrecord\", \"entityName\": \"task\", \"entityId\": \"<GUID>\"}");
        else if (!seen.target_object)
            report_member("navigationTarget", diagnostic_code::missing_required, severity::error, offset,
                          "a sidepane action needs \"navigationTarget\": the page to load in the pane");
    }

    void finish_teams_data(const data_members& seen, std::size_t offset) {
        const bool chat_id = seen.has(action_data_member::chat_id), members = seen.has(action_data_member::member_ids),
                   context = seen.has(action_data_member::entity_context);
        if (chat_id && (members || context))
            report_member("chatId", diagnostic_code::teams_chat_conflict, severity::error,
                          seen.at(action_data_member::chat_id),
                          "\"chatId\" opens an existing chat, whose members and linked record are already set: "
                          "remove ", members && context ? "\"memberIds\" and \"entityContext\""
                          : members ? "\"memberIds\"" : "\"entityContext\"", " or remove \"chatId\"");
        if (!chat_id && !members && !context)
            report_member("memberIds", diagnostic_code::teams_chat_no_target, severity::warning, offset,
                          "this Teams chat action names no chat, no members and no record: set \"chatId\" to open a "
                          "chat, or \"memberIds\" and \"entityContext\" to start one");
    }

    void check_pane_options(od::value& v, pane_options& pane) {
        // The flags, by their place in pane_option_names.
        static constexpr std::optional<bool> pane_options::*flags[] = {
            nullptr, nullptr, nullptr, &pane_options::can_close, nullptr, &pane_options::hide_header,
            &pane_options::is_selected, &pane_options::hidden, &pane_options::always_render,
            &pane_options::keep_badge_on_select,
        };
        static_assert(std::size(flags) == std::size(pane_option_names));
        const object_rules rules = expando_rules(true);
        walk_object(v, offset_of(v), rules, nullptr,
                    [&](std::string_view key, std::size_t key_offset, od::value& member, json_kind kind) {
                        const std::size_t i = index_in(key, pane_option_names);
                        string_value s;
                        if (i == std::size(pane_option_names)) {
                            ignored_member(key, key_offset, pane_option_names, "it is not an option of a side pane");
                            return false;
                        }
                        if (flags[i] != nullptr) {
                            read_bool(member, kind, key, pane.*flags[i]);
                        } else if (same_name(key, "title")) {
                            if (read_text(member, kind, key, {0, false, false}, s)) pane.title = s.text;
                        } else if (same_name(key, "width")) {
                            std::int32_t width = 0;
                            if (read_integer_in(member, kind, key, 1, INT32_MAX, " pixels", width)) pane.width = width;
                        } else if (read_text(member, kind, key, {0, true, false}, s)) { // paneId, imageSrc
                            (same_name(key, "paneId") ? pane.pane_id : pane.image_src) = s.text;
                        }
                        return true;
                    });
    }

    // --- side pane pages ------------------------------------------------------------------------

    void check_page_target(od::value& v, page_target& page) {
        const std::size_t offset = offset_of(v);
        const std::size_t errors_before = sink_.error_count();
        const object_rules rules = expando_rules(true);
        bool has_type = false, type_valid = false;
        std::size_t type_index = 0;
        bool present[page_field_count] = {};
        std::size_t where[page_field_count] = {};
        walk_object(v, offset, rules, nullptr,
                    [&](std::string_view key, std::size_t key_offset, od::value& member, json_kind kind) {
                        if (same_name(key, "pageType")) {
                            has_type = true;
                            type_valid = read_enum(member, kind, key, page_type_names, type_index);
                            return true;
                        }
                        const std::size_t f = index_in(key, page_field_names);
                        if (f == page_field_count) {
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
                          "the page needs a \"pageType\": ", words(page_type_names, " or "));
            return;
        }
        if (!type_valid) return;
        page.type = page_type_names[type_index].value;
        const side_pane_page& row = *side_pane_page_of(page.type);
        const std::size_t required = static_cast<std::size_t>(row.required);
        if (!present[required])
            report_member(page_field_names[required], diagnostic_code::missing_required, severity::error, offset,
                          "a ", to_string(page.type), " page needs \"", page_field_names[required], "\"");
        for (std::size_t f = 0; f < page_field_count; ++f)
            if (present[f] && (row.reads & field_bit(static_cast<page_field>(f))) == 0)
                report_member(page_field_names[f], diagnostic_code::field_not_applicable, severity::warning, where[f],
                              quoted{page_field_names[f]}, " is ignored by a ", to_string(page.type), " page");
        // The page as the main.aspx URL a renderer shows for it, checked like any link: it must
        // hold nothing the checks above let through. Most pages are proven clean from their
        // fields, which finds what checking the URL would (nothing) at a fraction of the cost.
        if (sink_.error_count() != errors_before) return;
        if (out_.page_url_shortcut && page_url_is_clean(page)) return;
        out_.page_url.clear();
        append_page_url(page, app_context{}, out_.page_url);
        page_link_reporter reporter(*this, offset);
        link_checker(reporter, out_.links, app_context{}).check(out_.page_url);
    }

    void page_member(page_field f, std::string_view key, od::value& v, json_kind kind, page_target& page) {
        string_value s;
        switch (f) {
        case page_field::entity_name:
            read_logical_name(v, kind, key, page.entity_name);
            return;
        case page_field::entity_id:
        case page_field::form_id:
        case page_field::view_id:
        case page_field::dashboard_id:
        case page_field::page_id:
        case page_field::record_id:
        case page_field::process_id:
        case page_field::process_instance_id:
        case page_field::selected_stage_id: {
            std::string_view id;
            if (!read_guid(v, kind, key, "the GUID of the record", id)) return;
            if (f == page_field::entity_id) page.entity_id = id;
            else if (f == page_field::form_id) page.form_id = id;
            else if (f == page_field::view_id) page.view_id = id;
            else if (f == page_field::dashboard_id) page.dashboard_id = id;
            else if (f == page_field::page_id) page.page_id = id;
            else if (f == page_field::record_id) page.record_id = id;
            return;
        }
        case page_field::view_type:
            read_named(v, kind, key, view_type_names, page.view_type);
            return;
        case page_field::webresource_name:
            if (read_text(v, kind, key, {0, true, false}, s, false)) page.webresource_name = s.text;
            return;
        case page_field::name:
            if (read_text(v, kind, key, {0, true, false}, s, false)) page.name = s.text;
            return;
        case page_field::tab_name:
            read_text(v, kind, key, {0, false, false}, s);
            return;
        case page_field::data:
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
        case page_field::create_from:
        case page_field::relationship:
            if (kind != json_kind::null && expect_kind(v, kind, json_kind::object, key)) skip(v, kind);
            return;
        case page_field::cross_entity:
        case page_field::offline_sync: {
            std::optional<bool> ignored;
            read_bool(v, kind, key, ignored);
            return;
        }
        }
    }

    void check_entity_context(od::value& v, teams_chat_action& chat) {
        const std::size_t offset = offset_of(v);
        const object_rules rules = expando_rules(true);
        bool has_name = false, has_id = false;
        walk_object(v, offset, rules, nullptr,
                    [&](std::string_view key, std::size_t key_offset, od::value& member, json_kind kind) {
                        if (same_name(key, entity_context_members[0])) {
                            has_name = true;
                            read_logical_name(member, kind, key, chat.entity_name);
                        } else if (same_name(key, entity_context_members[1])) {
                            has_id = true;
                            read_guid(member, kind, key, "the GUID of the record the chat is about", chat.record_id);
                        } else {
                            ignored_member(key, key_offset, entity_context_members, "an entity context holds ",
                                           words(entity_context_members));
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

#endif // APPNOTIFY_DETAIL_CONTENT_CHECKER_HPP

namespace appnotify::detail {

inline constexpr icon_names action_icon_names = {"IconType", "OverrideContent.iconUrl", "/OverrideContent/iconUrl"};

class action_checker : public content_checker {
public:
    action_checker(diagnostic_sink& sink, walker_scratch& scratch, walk_limits limits, notification_storage& out)
        : content_checker(sink, scratch, limits, out, true) {}

    /// Checks the request body held by the root object of `document`.
    template <typename Document>
    void check(Document& document, std::size_t root_offset) {
        root_seen_ = {};
        icon_ = {};
        if (!walk_root(document, root_offset, object_rules{},
                       [&](std::string_view key, std::size_t key_offset, od::value& v, json_kind kind) {
                           return root_member(key, key_offset, v, kind);
                       }))
            return;
        require(root_seen_.title, "Title", root_offset, "\"Title\" is required: the notification's heading");
        require(root_seen_.recipient, "Recipient", root_offset,
                "\"Recipient\" is required: write \"Recipient\": \"/systemusers(<GUID of the user>)\"");
        check_data_length();
        check_icon(icon_, root_offset, action_icon_names);
    }

private:
    struct root_seen {
        bool title = false, recipient = false;
        /// Where the objects stored in the data column (OverrideContent and Actions) begin, and
        /// where the next member of the root begins (an end no nearer than theirs).
        std::size_t data_parts[2] = {no_position, no_position};
        std::size_t data_ends[2] = {no_position, no_position};
        /// The bytes of each that compact_json_length leaves out (dropped_annotation_bytes).
        std::size_t data_annotations[2] = {0, 0};
    } root_seen_;
    icon_state icon_;

    // --- top level ------------------------------------------------------------------------------

    bool root_member(std::string_view key, std::size_t key_offset, od::value& v, json_kind kind) {
        for (std::size_t i = 0; i < 2; ++i)
            if (root_seen_.data_parts[i] != no_position && root_seen_.data_ends[i] == no_position)
                root_seen_.data_ends[i] = key_offset;
        notification& n = out_.model;
        string_value s;
        if (same_name(key, "Title")) {
            root_seen_.title = true;
            if (read_required_text(v, kind, key, {plain_title_max_length, true, true}, s)) n.title = s.text;
        } else if (same_name(key, "Body")) {
            if (read_text(v, kind, key, {plain_body_max_length, false, true}, s)) n.body = s.text;
        } else if (same_name(key, "Recipient")) {
            root_seen_.recipient = true;
            if (kind == json_kind::object) check_recipient_object(v);
            else check_recipient(v, kind, key);
        } else if (same_name(key, "IconType")) {
            read_icon(v, kind, key, "value", icon_);
        } else if (same_name(key, "ToastType")) {
            read_option(v, kind, key, toast_type_options, n.toast);
        } else if (same_name(key, "Priority")) {
            read_option(v, kind, key, priority_options, n.priority);
        } else if (same_name(key, "Expiry")) {
            std::int32_t value = 0;
            if (read_integer_in(v, kind, key, 1, INT32_MAX, " seconds", value)) n.expiry = value;
        } else if (same_name(key, "OverrideContent") || same_name(key, "Actions")) {
            const std::size_t part = same_name(key, "Actions") ? 1 : 0;
            const std::size_t annotations_before = dropped_annotation_bytes();
            if (kind == json_kind::object) { // a repeated member: the last one is measured, to its own end
                root_seen_.data_parts[part] = offset_of(v);
                root_seen_.data_ends[part] = no_position;
            }
            if (part == 0) check_override(v, kind);
            else check_actions(v, kind);
            if (kind == json_kind::object)
                root_seen_.data_annotations[part] = dropped_annotation_bytes() - annotations_before;
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
            const dialect_members parameters = members_of(dialect::action);
            const std::string_view meant = suggest(key, parameters);
            if (!meant.empty())
                report(code, e, key_offset, "unknown parameter ", quoted{key}, ": did you mean \"", meant,
                       "\"? (parameter names are case-sensitive)");
            else
                report(code, e, key_offset, "unknown parameter ", quoted{key}, ": SendAppNotification takes ",
                       words(list_view<std::string_view>(parameters.names, parameters.count)));
        }
    }

    void check_recipient_object(od::value& v) {
        const std::size_t offset = offset_of(v);
        object_summary summary;
        bool has_id = false;
        bool team = false;
        walk_object(v, offset, object_rules{}, &summary,
                    [&](std::string_view key, std::size_t key_offset, od::value& member, json_kind kind) {
                        if (same_name(key, "systemuserid")) {
                            has_id = true;
                            if (read_guid(member, kind, key, "the GUID of the user", out_.model.recipient_id))
                                out_.model.recipient = out_.model.recipient_id;
                            return true;
                        }
                        if (same_name(key, "teamid")) {
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

    // --- the data column -------------------------------------------------------------------------

    /// The server keeps OverrideContent's members and the action buttons as the JSON of the
    /// notification's data column, {"title": ..., "body": ..., "iconUrl": ..., "actions": [...]},
    /// which holds at most record_data_max_length characters. They are measured as the least any
    /// JSON writer makes of them (compact_json_length, annotations left out), unless their raw
    /// text is no longer than the limit.
    void check_data_length() {
        // Raw JSON is never shorter than its compact form: text no longer than the limit from the
        // start of each part to the next member, less the annotations left out, cannot exceed it.
        // (Most payloads that carry annotations are shorter than the limit without them.)
        std::size_t raw = 0;
        for (std::size_t i = 0; i < 2; ++i)
            if (root_seen_.data_parts[i] != no_position)
                raw += (root_seen_.data_ends[i] == no_position ? input_.size() : root_seen_.data_ends[i]) -
                       root_seen_.data_parts[i] - root_seen_.data_annotations[i];
        if (raw <= record_data_max_length) return;
        const compact_json_length measure(true);
        std::size_t length[2] = {}, members[2] = {}, parts = 0;
        for (std::size_t i = 0; i < 2; ++i) {
            std::size_t at = root_seen_.data_parts[i];
            if (at == no_position) continue;
            length[i] = measure.value(input_, at, &members[i]);
            ++parts;
        }
        // The two objects become one: their braces once, a comma between their members.
        std::size_t total = length[0] + length[1];
        if (parts == 2) total -= members[0] != 0 && members[1] != 0 ? 1 : 2;
        if (total <= record_data_max_length) return;
        const std::size_t larger = length[1] > length[0] ? 1 : 0;
        static constexpr std::string_view names[2] = {"OverrideContent", "Actions"};
        if (!sink_.begin(diagnostic_code::data_too_long, severity::error, root_seen_.data_parts[larger])) return;
        write_pointer(sink_.arena());
        append_pointer_segment(sink_.arena(), names[larger]);
        sink_.end_path();
        append_all(sink_.arena(), "the server keeps OverrideContent and Actions together as the JSON of the "
                                  "notification's data column, which holds at most ", record_data_max_length,
                   " characters: written as compactly as JSON allows, ");
        if (parts == 2)
            append_all(sink_.arena(), "they take ", total, " (OverrideContent ", length[0], ", Actions ", length[1], ")");
        else
            append_all(sink_.arena(), names[larger], " takes ", total);
        append_all(sink_.arena(), "; shorten the markdown or send fewer actions");
        sink_.end_message();
    }

    // --- OverrideContent ------------------------------------------------------------------------

    void check_override(od::value& v, json_kind kind) {
        if (kind == json_kind::null) return;
        if (!expect_kind(v, kind, json_kind::object, "OverrideContent")) return;
        const std::size_t offset = offset_of(v);
        out_.model.override_content.emplace();
        object_rules rules;
        rules.expected_type = expando_type;
        walk_object(v, offset, rules, nullptr,
                    [&](std::string_view key, std::size_t key_offset, od::value& member, json_kind member_kind) {
                        if (override_member(key, member, member_kind, icon_)) return true;
                        const list_view<std::string_view> members(data_column_members, override_member_count);
                        ignored_member(key, key_offset, members, "OverrideContent holds ", words(members));
                        return false;
                    });
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
                        if (!same_name(key, data_column_members[3])) {
                            ignored_member(key, key_offset, list_view<std::string_view>(&data_column_members[3], 1),
                                           "the action buttons go in \"actions\"");
                            return false;
                        }
                        has_list = true;
                        if (member_kind == json_kind::null) return true;
                        if (!expect_kind(member, member_kind, json_kind::array, key)) return true;
                        check_action_list(member);
                        return true;
                    });
        if (!stopped() && !has_list)
            report_member("actions", diagnostic_code::missing_required, severity::error, offset,
                          "\"Actions\" holds its buttons in an \"actions\" array");
    }

};

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_ACTION_CHECKER_HPP
// ---- appnotify/detail/dialect_checks.hpp ----
// Recognizing a payload's dialect on a parsed document, and saying so when it is unclear: the
// root object's member names are read once (values skipped), the document is rewound, and the
// dialect's checker walks it.
#ifndef APPNOTIFY_DETAIL_DIALECT_CHECKS_HPP
#define APPNOTIFY_DETAIL_DIALECT_CHECKS_HPP

#include <cstddef>
#include <string>
#include <string_view>

#include <simdjson.h>


namespace appnotify::detail {

/// Reads the member names of `document`'s root object into `detector`, sets `verdict`, and
/// rewinds the document for the checker. False when simdjson refused the JSON on the way: the
/// document is then unusable (a new one must be parsed); the verdict holds what was read.
template <typename Document>
bool detect_dialect(Document& document, dialect_detector& detector, dialect_verdict& verdict) {
    detector.reset();
    bool ok = true;
    od::object root;
    if (document.get_object().get(root) == simdjson::SUCCESS) {
        for (auto field_result : root) {
            od::field field;
            std::string_view key;
            if (std::move(field_result).get(field) != simdjson::SUCCESS ||
                field.unescaped_key().get(key) != simdjson::SUCCESS) {
                ok = false;
                break;
            }
            detector.add_member(key);
        }
    } else {
        ok = false;
    }
    verdict = detector.verdict();
    if (ok) document.rewind();
    return ok;
}

/// Reads the member names of the object `text` starts with (after whitespace) for as long as the
/// JSON makes sense, and says what they fit: the dialect of a payload simdjson refuses, for the
/// report. Names are read as written (escapes are not expanded); linear in the text.
inline dialect_verdict detect_dialect_in_text(std::string_view text, dialect_detector& detector) {
    detector.reset();
    std::size_t i = first_non_space(text, 0);
    if (i < text.size() && text[i] == '{') {
        ++i;
        while (true) {
            i = first_non_space(text, i);
            if (i >= text.size() || text[i] != '"') break;
            const std::size_t name = ++i;
            while (i < text.size() && text[i] != '"') i += text[i] == '\\' ? 2 : 1;
            if (i >= text.size()) break;
            detector.add_member(text.substr(name, i - name));
            i = first_non_space(text, i + 1);
            if (i >= text.size() || text[i] != ':') break;
            // The value: up to the ',' or '}' that ends it.
            std::size_t depth = 0;
            bool in_string = false;
            for (++i; i < text.size(); ++i) {
                const char c = text[i];
                if (in_string) {
                    if (c == '\\') ++i;
                    else if (c == '"') in_string = false;
                } else if (c == '"') {
                    in_string = true;
                } else if (c == '{' || c == '[') {
                    ++depth;
                } else if (c == '}' || c == ']') {
                    if (depth == 0) break;
                    --depth;
                } else if (c == ',' && depth == 0) {
                    break;
                }
            }
            if (i >= text.size() || text[i] != ',') break;
            ++i;
        }
    }
    return detector.verdict();
}

/// Appends "targetHostName, appNotificationId and payload": the required members of `d`, those
/// for which `present(i)` is false only when `missing_only`.
template <typename Present>
void append_required(std::string& out, dialect d, Present present, bool missing_only) {
    const dialect_members members = members_of(d);
    std::size_t listed = 0, total = 0;
    for (std::size_t i = 0; i < members.required; ++i)
        if (!missing_only || !present(i)) ++total;
    for (std::size_t i = 0; i < members.required; ++i) {
        if (missing_only && present(i)) continue;
        out.append(listed == 0 ? "" : listed + 1 == total ? " and " : ", ");
        out.append(members.names[i]);
        ++listed;
    }
}

/// Appends member `i` of the detector, quoted ("..." after a name cut short).
inline void append_member_name(std::string& out, const dialect_detector& detector, std::size_t i) {
    constexpr std::size_t shown = 40;
    const std::string_view name = detector.member(i);
    std::size_t chars = 0;
    for (const char c : name) chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    const std::size_t max = detector.cut(i) && chars <= shown ? (chars > 0 ? chars - 1 : 0) : shown;
    append_all(out, quoted{name, max});
}

/// Appends why `d` is only one of the candidates of an ambiguous verdict: the members it does not
/// know (or, when no member matches exactly, what it would read them as) and the required members
/// it lacks. There is always a reason: candidates that fit equally cannot fit entirely.
inline void append_candidate_reasons(std::string& out, dialect d, const dialect_detector& detector, bool exact) {
    constexpr std::size_t most = 3;
    const dialect_members members = members_of(d);
    // The members it does not know, or what it reads them as: the first `most` named.
    std::size_t shown[most] = {}, n = 0, total = 0;
    std::string_view read_as[most];
    if (exact) {
        total = detector.members() - detector.known(d);
        for (std::size_t i = 0; i < detector.listed() && n < most; ++i)
            if (!detector.knows(d, i)) shown[n++] = i;
    } else {
        for (std::size_t i = 0; i < detector.listed(); ++i) {
            const std::string_view name = detector.reads_as(d, i);
            if (name.empty()) continue;
            ++total;
            if (n == most) continue;
            shown[n] = i;
            read_as[n++] = name;
        }
    }
    if (total > 0) {
        out.append(exact ? ", which does not know " : ", which would read ");
        for (std::size_t k = 0; k < n; ++k) {
            out.append(k == 0 ? "" : k + 1 == n && total == n ? " and " : ", ");
            append_member_name(out, detector, shown[k]);
            if (!exact) append_all(out, " as ", quoted{read_as[k]});
        }
        if (n == 0) append_all(out, total, total == 1 ? " member" : " members", " beyond the first ", dialect_detector::near_miss_limit);
        else if (total > n) append_all(out, " and ", total - n, exact ? " more" : " more likewise");
    }
    // The required members it lacks.
    const auto present = [&](std::size_t r) {
        if (exact) return detector.has_required(d, r);
        for (std::size_t i = 0; i < detector.listed(); ++i)
            if (detector.reads_as(d, i) == members.names[r]) return true;
        return false;
    };
    bool missing = false;
    for (std::size_t r = 0; r < members.required; ++r) missing = missing || !present(r);
    if (!missing) return;
    out.append(total == 0 ? ", which would need " : n >= 2 || total > n ? ", and would need " : " and would need ");
    append_required(out, d, present, true);
}

/// Reports an unclear verdict: the candidates, and why each does not fit better.
inline void report_verdict(diagnostic_sink& sink, const dialect_verdict& verdict, const dialect_detector& detector,
                           std::size_t root_offset) {
    if (verdict.how == dialect_verdict::fit::unknown) {
        if (!sink.begin(diagnostic_code::dialect_unknown, severity::error, root_offset)) return;
        sink.end_path();
        std::string& out = sink.arena();
        append_all(out, "no member of this object belongs to a notification payload, so its dialect is unknown: ");
        for (const dialect d : all_dialects) {
            append_all(out, d == dialect::action ? "" : d == dialect::graph ? "; and " : "; ", describe(d), " (",
                       to_string(d), ") has ");
            append_required(out, d, [](std::size_t) { return false; }, false);
        }
        sink.end_message();
        return;
    }
    if (verdict.how != dialect_verdict::fit::ambiguous) return;
    if (!sink.begin(diagnostic_code::dialect_ambiguous, severity::warning, root_offset)) return;
    sink.end_path();
    std::string& out = sink.arena();
    const bool exact = detector.known(verdict.dialect) > 0;
    if (exact) {
        const std::size_t known = detector.known(verdict.dialect);
        append_all(out, "this object fits several dialects equally, each knowing ", known,
                   known == 1 ? " member" : " members", " of it: it is read as ");
    } else {
        append_all(out, "no member of this object belongs exactly to a dialect, and several come equally close: it is "
                        "read as ");
    }
    append_all(out, describe(verdict.dialect), " (", to_string(verdict.dialect), ")");
    append_candidate_reasons(out, verdict.dialect, detector, exact);
    for (const dialect d : all_dialects) {
        if (d == verdict.dialect || !verdict.is_candidate(d)) continue;
        append_all(out, "; it could be ", describe(d), " (", to_string(d), ")");
        append_candidate_reasons(out, d, detector, exact);
    }
    append_all(out, ". Name the dialect (--dialect, validate_options::dialect) to be sure");
    sink.end_message();
}

/// Walks a document of no known dialect: its JSON is checked (syntax, duplicate members,
/// annotations) and nothing else.
class plain_checker : public json_walker {
public:
    using json_walker::json_walker;

    template <typename Document>
    void check(Document& document, std::size_t root_offset) {
        walk_root(document, root_offset, object_rules{}, [&](std::string_view, std::size_t, od::value& v, json_kind kind) {
            skip(v, kind);
            return true;
        });
    }
};

/// Why an array is not a payload, in the words of the dialect it was meant as.
constexpr std::string_view array_message(dialect d) noexcept {
    switch (d) {
    case dialect::action:
        return "the payload is an array, but SendAppNotification takes one notification per request: send each "
               "object in its own request";
    case dialect::record:
        return "the payload is an array, but the Web API creates one appnotification record per request: send each "
               "record in its own POST (or all of them with CreateMultiple)";
    case dialect::push:
        return "the payload is an array, but SendPushNotification sends one notification: put every user in its "
               "\"recipients\"";
    case dialect::graph:
        return "the payload is an array, which Graph refuses with BadRequest: \"multiple notifications is not "
               "supported\"; send each notification in its own request";
    }
    return "the payload is an array";
}

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_DIALECT_CHECKS_HPP
// ---- appnotify/detail/graph_checker.hpp ----
// The rules of a Microsoft Graph notification (seed 004, POST /me/notifications and the
// notification, payloadTypes, visualProperties and targetPolicyEndpoints resources).
#ifndef APPNOTIFY_DETAIL_GRAPH_CHECKER_HPP
#define APPNOTIFY_DETAIL_GRAPH_CHECKER_HPP

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string_view>

// ---- appnotify/detail/date_time.hpp ----
// ISO 8601 date-times with an offset, as OData's Edm.DateTimeOffset writes them:
// 2019-10-30T23:59:00.000Z, 2019-10-30T23:59:00+02:00.
#ifndef APPNOTIFY_DETAIL_DATE_TIME_HPP
#define APPNOTIFY_DETAIL_DATE_TIME_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace appnotify::detail {

enum class date_time_problem : std::uint8_t {
    none,
    syntax,       // not the shape YYYY-MM-DDThh:mm[:ss[.fff]]offset; `expected` says what was due
    out_of_range, // a field is outside its range (month 13, February 30, hour 24...)
    no_offset,    // a local time: Z or +hh:mm is missing
};

struct date_time_check {
    date_time_problem problem = date_time_problem::none;
    std::size_t at = 0;             // the offending character (the end for no_offset)
    std::string_view expected;      // what belongs at `at`, or the field out of range
};

constexpr bool is_leap_year(unsigned year) noexcept {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

constexpr unsigned days_in_month(unsigned year, unsigned month) noexcept {
    constexpr unsigned days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && is_leap_year(year) ? 29 : days[month - 1];
}

/// Checks `text` as an ISO 8601 date-time with an offset.
constexpr date_time_check check_date_time(std::string_view text) noexcept {
    std::size_t i = 0;
    unsigned value = 0;
    // Reads exactly `n` digits at i into `value`.
    auto digits = [&](std::size_t n) {
        value = 0;
        for (std::size_t k = 0; k < n; ++k, ++i) {
            if (i >= text.size() || text[i] < '0' || text[i] > '9') return false;
            value = value * 10 + static_cast<unsigned>(text[i] - '0');
        }
        return true;
    };
    auto expect = [&](char c) {
        if (i < text.size() && text[i] == c) {
            ++i;
            return true;
        }
        return false;
    };
    auto syntax = [&](std::string_view what) { return date_time_check{date_time_problem::syntax, i, what}; };
    auto range = [](std::size_t at, std::string_view what) {
        return date_time_check{date_time_problem::out_of_range, at, what};
    };

    if (!digits(4)) return syntax("a four-digit year");
    const unsigned year = value;
    if (!expect('-')) return syntax("'-'");
    std::size_t field = i;
    if (!digits(2)) return syntax("a two-digit month");
    const unsigned month = value;
    if (month < 1 || month > 12) return range(field, "the month (01 to 12)");
    if (!expect('-')) return syntax("'-'");
    field = i;
    if (!digits(2)) return syntax("a two-digit day");
    if (value < 1 || value > days_in_month(year, month)) return range(field, "the day of the month");
    if (!expect('T')) return syntax("'T' between the date and the time");
    field = i;
    if (!digits(2)) return syntax("a two-digit hour");
    if (value > 23) return range(field, "the hour (00 to 23)");
    if (!expect(':')) return syntax("':'");
    field = i;
    if (!digits(2)) return syntax("two-digit minutes");
    if (value > 59) return range(field, "the minutes (00 to 59)");
    if (expect(':')) {
        field = i;
        if (!digits(2)) return syntax("two-digit seconds");
        if (value > 59) return range(field, "the seconds (00 to 59)");
        if (expect('.')) {
            const std::size_t first = i;
            while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
            if (i == first) return syntax("the digits of a fraction of a second");
        }
    }
    if (i == text.size()) return {date_time_problem::no_offset, i, "Z or an offset such as +02:00"};
    if (expect('Z')) {
        if (i != text.size()) return syntax("the end of the date-time");
        return {};
    }
    if (!(expect('+') || expect('-'))) return syntax("Z or an offset such as +02:00");
    field = i;
    if (!digits(2)) return syntax("a two-digit offset hour");
    if (value > 14) return range(field, "the offset's hours (00 to 14)");
    if (!expect(':')) return syntax("':' in the offset");
    field = i;
    if (!digits(2)) return syntax("two-digit offset minutes");
    if (value > 59) return range(field, "the offset's minutes (00 to 59)");
    if (i != text.size()) return syntax("the end of the date-time");
    return {};
}

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_DATE_TIME_HPP

namespace appnotify::detail {

inline constexpr std::string_view graph_plain_text_hint = "a Graph notification shows plain text";
/// The values the API documents, matched ignoring case (its own example writes "windows").
inline constexpr std::string_view graph_platform_names[] = {"Windows", "iOS", "Android", "WebPush"};
/// The members of `payload`, of `visualContent` and of `targetPolicy`.
inline constexpr std::string_view graph_payload_members[] = {"visualContent", "rawContent"};
inline constexpr std::string_view graph_visual_members[] = {"title", "body", "audioContent"};
inline constexpr std::string_view graph_policy_members[] = {"platformTypes"};

/// How the members of one object of a Graph notification are named: a member written in another
/// case than a name the object knows ("TargetHostName") is read as the member it names, once per
/// name, so that what it holds is checked. When every member of the object is such a variant,
/// the case is said once for the whole notification (case-mismatch); otherwise each variant is an
/// unknown member, as any misspelling is.
class member_names {
public:
    template <std::size_t N>
    explicit member_names(const std::string_view (&names)[N]) noexcept : names_(names), count_(N) {}
    member_names(const std::string_view* names, std::size_t count) noexcept : names_(names), count_(count) {}

    /// The name `key` stands for: itself, the name it matches but for case (unless that name was
    /// met already), or empty for a member the object does not have.
    std::string_view resolve(std::string_view key, std::size_t key_offset) noexcept {
        for (std::size_t i = 0; i < count_; ++i)
            if (names_[i] == key) {
                other_ = true;
                used_ |= 1u << i;
                return key;
            }
        for (std::size_t i = 0; i < count_; ++i)
            if ((used_ & (1u << i)) == 0 && equals_ignoring_case(names_[i], key)) {
                used_ |= 1u << i;
                variants_[variant_count_++] = {key, names_[i], key_offset};
                return names_[i];
            }
        other_ = true;
        return {};
    }

    struct variant {
        std::string_view key, name;
        std::size_t offset;
    };
    /// Every member was a variant.
    bool all_variants() const noexcept { return variant_count_ != 0 && !other_; }
    list_view<variant> variants() const noexcept { return {variants_, variant_count_}; }

private:
    static constexpr std::size_t max_names = 16;
    const std::string_view* names_;
    std::size_t count_;
    std::uint32_t used_ = 0;
    bool other_ = false; // a member named exactly, or unknown
    variant variants_[max_names] = {};
    std::size_t variant_count_ = 0;
};

class graph_checker : public value_checker {
public:
    graph_checker(diagnostic_sink& sink, walker_scratch& scratch, walk_limits limits, notification_storage& out)
        : value_checker(sink, scratch, limits), out_(out) {}

    /// Checks the notification held by the root object of `document`.
    template <typename Document>
    void check(Document& document, std::size_t root_offset) {
        seen_ = {};
        cases_ = {};
        out_.model.graph.emplace();
        const dialect_members known = members_of(dialect::graph);
        member_names names(known.names, known.count);
        const bool walked = walk_root(document, root_offset, object_rules{},
                                      [&](std::string_view key, std::size_t key_offset, od::value& v, json_kind kind) {
                                          return root_member(names.resolve(key, key_offset), key, key_offset, v, kind);
                                      });
        finish_names(names, !walked);
        report_case();
        if (!walked) return;
        require(seen_.host, "targetHostName", root_offset,
                "\"targetHostName\" is required: the host name of the app the notification is for");
        require(seen_.id, "appNotificationId", root_offset,
                "\"appNotificationId\" is required: the app server's id of this notification");
        require(seen_.payload, "payload", root_offset,
                "\"payload\" is required: {\"visualContent\": {\"title\": ..., \"body\": ...}} or {\"rawContent\": ...}");
    }

private:
    notification_storage& out_;
    struct seen {
        bool host = false, id = false, payload = false;
    } seen_;
    /// The members of objects written wholly in another case, said once at the end.
    struct case_tally {
        std::size_t count = 0;
        member_names::variant shown[3] = {};
    } cases_;

    graph_content& graph() noexcept { return *out_.model.graph; }

    /// A member of the root, `name` being what it stands for (member_names::resolve).
    bool root_member(std::string_view name, std::string_view key, std::size_t key_offset, od::value& v, json_kind kind) {
        string_value s;
        if (name == "targetHostName") {
            seen_.host = true;
            if (read_required_text(v, kind, key, {0, true, false}, s)) {
                graph().target_host_name = s.text;
                check_host_name_value(s, key);
            }
        } else if (name == "appNotificationId") {
            seen_.id = true;
            if (read_required_text(v, kind, key, {0, true, false}, s)) {
                graph().app_notification_id = s.text;
                check_hidden_characters(s, key, "an id is compared as it is stored, so one that reads the same can "
                                                "be another");
            }
        } else if (name == "expirationDateTime") {
            check_expiration(v, kind, key);
        } else if (name == "payload") {
            seen_.payload = true;
            check_payload(v, kind, key);
        } else if (name == "targetPolicy") {
            check_target_policy(v, kind, key);
        } else if (name == "priority") {
            check_priority(v, kind, key);
        } else if (name == "groupName") {
            if (read_text(v, kind, key, {0, false, false}, s)) {
                graph().group_name = s.text;
                check_hidden_characters(s, key, "notifications are grouped by the name as it is stored, so one that "
                                                "reads the same can be another group");
            }
        } else if (name == "displayTimeToLive") {
            check_time_to_live(v, kind, key);
        } else if (name == "fallbackPolicy") {
            if (kind != json_kind::null && expect_kind(v, kind, json_kind::object, key)) skip(v, kind);
        } else {
            unknown_parameter(key, key_offset);
            return false;
        }
        return true;
    }

    /// The end of an object's members: its case variants are reported one by one when other
    /// members were named exactly (or not at all), and tallied for report_case otherwise. A walk
    /// cut short by a syntax error reports them one by one.
    void finish_names(const member_names& names, bool cut_short) {
        if (names.variants().empty()) return;
        if (names.all_variants() && !cut_short) {
            // The first ones in the text are shown (nested objects end before the ones they are in).
            for (const member_names::variant& v : names.variants()) {
                std::size_t place = cases_.count < std::size(cases_.shown) ? cases_.count : std::size(cases_.shown);
                while (place > 0 && cases_.shown[place - 1].offset > v.offset) {
                    if (place < std::size(cases_.shown)) cases_.shown[place] = cases_.shown[place - 1];
                    --place;
                }
                if (place < std::size(cases_.shown)) cases_.shown[place] = v;
                ++cases_.count;
            }
            return;
        }
        for (const member_names::variant& v : names.variants())
            report_member(v.key, diagnostic_code::unknown_parameter, severity::error, v.offset, "unknown member ",
                          quoted{v.key}, ": did you mean \"", v.name, "\"? (names are case-sensitive)");
    }

    /// Says once that objects were written in another case, at the first such member.
    void report_case() {
        if (cases_.count == 0) return;
        const member_names::variant& first = cases_.shown[0];
        if (!sink_.begin(diagnostic_code::case_mismatch, severity::error, first.offset)) return;
        sink_.end_path();
        std::string& out = sink_.arena();
        append_all(out, "Graph's member names are camelCase and case-sensitive, but this notification writes them in "
                        "another case: ");
        const std::size_t shown = cases_.count < std::size(cases_.shown) ? cases_.count : std::size(cases_.shown);
        for (std::size_t i = 0; i < shown; ++i)
            append_all(out, i == 0 ? "" : i + 1 == cases_.count ? " and " : ", ", quoted{cases_.shown[i].key},
                       " for \"", cases_.shown[i].name, "\"");
        if (cases_.count > shown) append_all(out, " and ", cases_.count - shown, " more");
        append_all(out, "; Graph refuses them as written (they are checked here as the members they name)");
        sink_.end_message();
    }

    /// A targetHostName is the host name of the app the notification goes to: what no host can
    /// hold makes it go nowhere (an error); what DNS host names do not hold is suspicious.
    void check_host_name_value(const string_value& s, std::string_view member) {
        const host_name_check h = check_host_name(s.text);
        const std::size_t at = offset_in(s, h.at);
        switch (h.problem) {
        case host_name_problem::none: return;
        case host_name_problem::is_url:
            report(diagnostic_code::invalid_host_name, severity::error, at, quoted{member}, " holds a URL, ",
                   quoted{s.text}, ", where the host name alone belongs, such as \"graphnotifications.sample.windows.com\"");
            return;
        case host_name_problem::forbidden:
            report(diagnostic_code::invalid_host_name, severity::error, at, quoted{member}, " is not a host name: ",
                   shown_char{s.text, h.at}, " cannot be part of one (letters, digits, '-' and '.'), so the "
                   "notification reaches no app");
            return;
        case host_name_problem::unusual:
            report(diagnostic_code::invalid_host_name, severity::warning, at, quoted{member}, " holds ",
                   shown_char{s.text, h.at}, ", which host names do not (letters, digits, '-' and '.'): it must be "
                   "the name the app registered, character for character");
            return;
        case host_name_problem::empty_label:
            report(diagnostic_code::invalid_host_name, severity::warning, at, quoted{member},
                   " has an empty label (a '.' at its start or two in a row): host names do not");
            return;
        case host_name_problem::long_label:
            report(diagnostic_code::invalid_host_name, severity::warning, at, quoted{member}, " has a label of ",
                   h.length, " characters: those of a host name have at most 63");
            return;
        case host_name_problem::too_long:
            report(diagnostic_code::invalid_host_name, severity::warning, offset_in(s, 0), quoted{member}, " is ",
                   s.text.size(), " characters long: a host name has at most 253");
            return;
        }
    }

    /// Ids and names nobody reads but programs: a control or invisible character in one is
    /// suspicious (the documents set no rule).
    void check_hidden_characters(const string_value& s, std::string_view member, std::string_view why) {
        const text_span hidden = find_hidden_character(s.text);
        if (!hidden.found()) return;
        report(diagnostic_code::hidden_character, severity::warning, offset_in(s, hidden.offset), quoted{member},
               " holds ", shown_char{s.text, hidden.offset}, ", a character that does not show as itself: ", why);
    }

    void unknown_parameter(std::string_view key, std::size_t key_offset) {
        const diagnostic_code code = diagnostic_code::unknown_parameter;
        if (equals_ignoring_case(key, "title") || equals_ignoring_case(key, "body")) {
            report(code, severity::error, key_offset, "unknown member ", quoted{key},
                   ": the text goes in \"payload\": {\"visualContent\": {\"title\": ..., \"body\": ...}}");
        } else if (key == "id" || key == "@odata.context") {
            report(code, severity::error, key_offset, "unknown member ", quoted{key},
                   ": Graph sets it in its response; a request leaves it out");
        } else if (equals_ignoring_case(key, "recipients") || equals_ignoring_case(key, "recipient")) {
            report(code, severity::error, key_offset, "unknown member ", quoted{key},
                   ": Graph notifies the user whose subscription the X-UNS-ID header names");
        } else {
            const dialect_members members = members_of(dialect::graph);
            unknown_member(key, key_offset, members, "a Graph notification has ",
                           words(list_view<std::string_view>(members.names, members.count)));
        }
    }

    void check_expiration(od::value& v, json_kind kind, std::string_view member) {
        string_value s;
        if (!read_text(v, kind, member, {0, true, false}, s)) return;
        const date_time_check d = check_date_time(s.text);
        if (d.problem == date_time_problem::none) {
            graph().expiration_date_time = s.text;
            check_expiration_year(s, member);
            return;
        }
        const std::size_t at = offset_in(s, d.at);
        if (d.problem == date_time_problem::no_offset)
            report(diagnostic_code::invalid_date_time, severity::error, at, quoted{s.text},
                   " has no offset: add Z (UTC) or one such as +02:00 (ISO 8601, as \"2019-10-30T23:59:00Z\")");
        else if (d.problem == date_time_problem::out_of_range)
            report(diagnostic_code::invalid_date_time, severity::error, at, quoted{s.text}, " is not a date-time: ",
                   d.expected, " is out of range");
        else if (d.at < s.text.size())
            report(diagnostic_code::invalid_date_time, severity::error, at, quoted{s.text},
                   " is not an ISO 8601 date-time such as \"2019-10-30T23:59:00Z\": expected ", d.expected, ", found ",
                   shown_char{s.text, d.at});
        else
            report(diagnostic_code::invalid_date_time, severity::error, at, quoted{s.text},
                   " is not an ISO 8601 date-time such as \"2019-10-30T23:59:00Z\": it ends where ", d.expected,
                   " was expected");
    }

    /// The library reads no clock, but an expiry before 2019, when Graph notifications appeared,
    /// is past for any notification sent: it expires at once.
    void check_expiration_year(const string_value& s, std::string_view member) {
        constexpr unsigned first_year = 2019;
        unsigned year = 0;
        for (std::size_t i = 0; i < 4; ++i) year = year * 10 + static_cast<unsigned>(s.text[i] - '0');
        if (year >= first_year) return;
        report(diagnostic_code::past_date_time, severity::warning, s.offset, quoted{member}, " is ", quoted{s.text},
               ", before Graph notifications existed (2019): the notification expires as soon as it is sent",
               year == 1 ? " (0001-01-01 is what a .NET DateTime left unset writes)" : "");
    }

    void check_payload(od::value& v, json_kind kind, std::string_view member) {
        if (kind == json_kind::null) {
            report(diagnostic_code::wrong_type, severity::error, offset_of(v), quoted{member},
                   " is required and cannot be null");
            return;
        }
        if (!expect_kind(v, kind, json_kind::object, member)) return;
        const std::size_t offset = offset_of(v);
        bool visual = false, raw = false;
        std::size_t raw_offset = 0;
        std::string_view raw_key;
        member_names names(graph_payload_members);
        walk_object(v, offset, object_rules{}, nullptr,
                    [&](std::string_view key, std::size_t key_offset, od::value& value, json_kind value_kind) {
                        const std::string_view name = names.resolve(key, key_offset);
                        string_value s;
                        if (name == graph_payload_members[0]) {
                            if (value_kind == json_kind::null) return true;
                            visual = true;
                            if (expect_kind(value, value_kind, json_kind::object, key)) check_visual(value, key);
                        } else if (name == graph_payload_members[1]) {
                            if (value_kind == json_kind::null) return true;
                            raw = true;
                            raw_offset = key_offset;
                            raw_key = key;
                            if (read_text(value, value_kind, key, {0, true, false, false}, s))
                                graph().raw_content = s.text;
                        } else {
                            unknown_member(key, key_offset, graph_payload_members, "a payload holds ",
                                           words(graph_payload_members, " or "));
                            return false;
                        }
                        return true;
                    });
        finish_names(names, stopped());
        if (stopped()) return;
        require(visual || raw, "visualContent", offset,
                "\"payload\" needs \"visualContent\" ({\"title\": ..., \"body\": ...}), shown by Windows, iOS and "
                "Android, or \"rawContent\", handed to the app");
        if (visual && raw)
            report_member(raw_key, diagnostic_code::payload_content_conflict, severity::error, raw_offset,
                          "\"payload\" holds both \"visualContent\" and \"rawContent\", and a notification's payload "
                          "is exactly one of them: keep \"visualContent\" for a notification the device shows, or "
                          "\"rawContent\" for data handed to the app");
    }

    void check_visual(od::value& v, std::string_view member) {
        const std::size_t offset = offset_of(v);
        bool title = false;
        graph().has_visual_content = true;
        member_names names(graph_visual_members);
        walk_object(v, offset, object_rules{}, nullptr,
                    [&](std::string_view key, std::size_t key_offset, od::value& value, json_kind value_kind) {
                        const std::string_view name = names.resolve(key, key_offset);
                        string_value s;
                        if (name == graph_visual_members[0]) {
                            title = true;
                            if (read_required_text(value, value_kind, key, {0, true, true, true, graph_plain_text_hint}, s))
                                out_.model.title = s.text;
                        } else if (name == graph_visual_members[1]) {
                            if (read_text(value, value_kind, key, {0, false, true, true, graph_plain_text_hint}, s))
                                out_.model.body = s.text;
                        } else if (name == graph_visual_members[2]) {
                            skip(value, value_kind);
                        } else {
                            unknown_member(key, key_offset, graph_visual_members, "visualContent holds title and body");
                            return false;
                        }
                        return true;
                    });
        finish_names(names, stopped());
        if (!stopped() && !title)
            report_member("title", diagnostic_code::missing_required, severity::error, offset, quoted{member},
                          " needs a \"title\"");
    }

    void check_target_policy(od::value& v, json_kind kind, std::string_view member) {
        if (kind == json_kind::null) return;
        if (!expect_kind(v, kind, json_kind::object, member)) return;
        member_names names(graph_policy_members);
        walk_object(v, offset_of(v), object_rules{}, nullptr,
                    [&](std::string_view key, std::size_t key_offset, od::value& value, json_kind value_kind) {
                        if (names.resolve(key, key_offset).empty()) {
                            unknown_member(key, key_offset, graph_policy_members, "targetPolicy holds ",
                                           words(graph_policy_members));
                            return false;
                        }
                        if (value_kind == json_kind::null) return true;
                        if (!expect_kind(value, value_kind, json_kind::array, key)) return true;
                        walk_array(value, [&](std::size_t, od::value& element, json_kind element_kind) {
                            std::size_t index = 0;
                            if (read_enum(element, element_kind, key, graph_platform_names, index, false))
                                graph().platforms |= std::uint8_t(1u << index);
                        });
                        return true;
                    });
        finish_names(names, stopped());
    }

    void check_priority(od::value& v, json_kind kind, std::string_view member) {
        if (kind == json_kind::null) return;
        if (!read_named(v, kind, member, graph_priority_names, graph().priority, false)) return;
        if (graph().priority == graph_priority::high) out_.model.priority = priority::high;
    }

    /// Seconds, as a number or as a string of digits (the API's own example sends "60"). A string
    /// that reads as a number gets the checks and the words of the number, shown in its quotes.
    void check_time_to_live(od::value& v, json_kind kind, std::string_view member) {
        constexpr std::string_view expected = " is a whole number of seconds, 0 to 2147483647";
        if (kind == json_kind::null) return;
        std::string_view token;
        std::size_t offset = 0;
        bool in_string = false;
        if (kind == json_kind::string) {
            string_value s;
            if (!read_string_value(v, s)) return;
            bool digits = !s.text.empty();
            for (const char c : s.text) digits = digits && is_digit(c);
            const number_scan scan = scan_number(s.text, 0);
            if (!digits && (s.text.empty() || scan.problem != number_problem::none || scan.length != s.text.size())) {
                report(diagnostic_code::wrong_type, severity::error, s.offset, quoted{member}, expected,
                       " (60 or \"60\"), not ", quoted{s.text, 20});
                return;
            }
            token = s.text;
            offset = s.offset;
            in_string = true;
        } else {
            if (!expect_kind(v, kind, json_kind::number, member)) return;
            if (!scalar_token(v, kind, token)) return;
            offset = offset_of(token.data());
        }
        const std::string_view quote = in_string ? "\"" : "";
        std::int64_t value = 0;
        const integer_read r = read_integer(token, value);
        if (r == integer_read::not_integer) {
            report(diagnostic_code::number_not_integer, severity::error, offset, quoted{member}, expected, ", not ",
                   quote, token.substr(0, 40), quote, ": write it without a fraction or exponent");
            return;
        }
        if (r == integer_read::overflow || value < 0 || value > INT32_MAX) {
            report(diagnostic_code::integer_out_of_range, severity::error, offset, quoted{member}, expected, ", not ",
                   quote, token.substr(0, 40), quote);
            return;
        }
        graph().display_time_to_live = static_cast<std::int32_t>(value);
    }
};

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_GRAPH_CHECKER_HPP
// ---- appnotify/detail/push_checker.hpp ----
// The rules of a Power Apps push notification (seed 003): the Power Apps Notification
// connector's SendPushNotification (recipients, message, openApp, params) and the fields its
// "Send push notification V2" action adds in flows (app, entity, form or view, record id).
#ifndef APPNOTIFY_DETAIL_PUSH_CHECKER_HPP
#define APPNOTIFY_DETAIL_PUSH_CHECKER_HPP

#include <cstddef>
#include <optional>
#include <string_view>


namespace appnotify::detail {

inline constexpr std::string_view push_plain_text_hint = "a push notification shows plain text";

/// A recipient that reads as an email address: one '@' between a local part and a dotted domain,
/// no spaces.
constexpr bool looks_like_email(std::string_view text) noexcept {
    const std::size_t at = text.find('@');
    if (at == 0 || at == std::string_view::npos || text.find('@', at + 1) != std::string_view::npos) return false;
    const std::string_view domain = text.substr(at + 1);
    const std::size_t dot = domain.find('.');
    if (dot == 0 || dot == std::string_view::npos || domain.back() == '.') return false;
    for (const char c : text)
        if (c == ' ' || c == '\t' || c == '<' || c == '>' || c == '(' || c == ')' || c == ',' || c == ';') return false;
    return true;
}

class push_checker : public value_checker {
public:
    push_checker(diagnostic_sink& sink, walker_scratch& scratch, walk_limits limits, notification_storage& out)
        : value_checker(sink, scratch, limits), out_(out) {}

    /// Checks the push notification held by the root object of `document`.
    template <typename Document>
    void check(Document& document, std::size_t root_offset) {
        seen_ = {};
        out_.model.push.emplace();
        if (!walk_root(document, root_offset, object_rules{},
                       [&](std::string_view key, std::size_t key_offset, od::value& v, json_kind kind) {
                           return root_member(key, key_offset, v, kind);
                       }))
            return;
        require(seen_.recipients, "recipients", root_offset,
                "\"recipients\" is required: the email addresses or Microsoft Entra object ids of the users or security "
                "groups to notify");
        require(seen_.message, "message", root_offset, "\"message\" is required: the text of the push notification");
        check_flow_fields(root_offset);
    }

private:
    notification_storage& out_;
    struct seen {
        bool recipients = false, message = false, params = false, entity = false, target = false, record_id = false;
        std::size_t params_offset = 0, entity_offset = 0, record_id_offset = 0;
    } seen_;

    push_content& push() noexcept { return *out_.model.push; }

    bool root_member(std::string_view key, std::size_t key_offset, od::value& v, json_kind kind) {
        string_value s;
        if (key == "recipients") {
            seen_.recipients = true;
            check_recipients(v, kind);
        } else if (key == "message") {
            seen_.message = true;
            if (read_required_text(v, kind, key, {0, true, true, true, push_plain_text_hint}, s)) out_.model.title = s.text;
        } else if (key == "openApp") {
            read_bool(v, kind, key, push().open_app);
        } else if (key == "params") {
            seen_.params = kind != json_kind::null;
            seen_.params_offset = key_offset;
            check_params(v, kind);
        } else if (key == "app") {
            check_app(v, kind);
        } else if (key == "entity") {
            seen_.entity = kind != json_kind::null;
            seen_.entity_offset = key_offset;
            if (seen_.entity) read_logical_name(v, kind, key, push().entity);
        } else if (key == "formOrView") {
            seen_.target = kind != json_kind::null;
            if (seen_.target) read_named(v, kind, key, push_target_names, push().target);
        } else if (key == "recordId") {
            seen_.record_id = kind != json_kind::null;
            seen_.record_id_offset = key_offset;
            if (seen_.record_id) read_guid(v, kind, key, "the GUID of the record to open", push().record_id);
        } else {
            unknown_parameter(key, key_offset);
            return false;
        }
        return true;
    }

    void unknown_parameter(std::string_view key, std::size_t key_offset) {
        if (equals_ignoring_case(key, "title") || equals_ignoring_case(key, "body") || equals_ignoring_case(key, "text")) {
            report(diagnostic_code::unknown_parameter, severity::error, key_offset, "unknown member ", quoted{key},
                   ": a push notification has one text, \"message\"");
            return;
        }
        // The connector's own members, then those the flow's V2 action adds.
        const dialect_members members = members_of(dialect::push);
        constexpr std::size_t connector = 4;
        unknown_member(key, key_offset, members, "SendPushNotification takes ",
                       words(list_view<std::string_view>(members.names, connector)), " (and, in a flow's V2 action, ",
                       words(list_view<std::string_view>(members.names + connector, members.count - connector)), ")");
    }

    void check_recipients(od::value& v, json_kind kind) {
        if (kind == json_kind::null) {
            report(diagnostic_code::wrong_type, severity::error, offset_of(v),
                   "\"recipients\" is required and cannot be null: write [\"user@contoso.com\"]");
            return;
        }
        if (kind == json_kind::string) {
            string_value s;
            if (!read_string_value(v, s)) return;
            report(diagnostic_code::wrong_type, severity::error, s.offset,
                   "\"recipients\" is an array of strings, even for one recipient: write [", quoted{s.text}, "]");
            return;
        }
        if (!expect_kind(v, kind, json_kind::array, "recipients")) return;
        const std::size_t offset = offset_of(v);
        std::size_t count = 0;
        walk_array(v, [&](std::size_t, od::value& element, json_kind element_kind) {
            ++count;
            if (!expect_kind(element, element_kind, json_kind::string, "recipients")) return;
            string_value s;
            if (!read_string_value(element, s)) return;
            if (check_recipient_text(s)) out_.push_recipients.push_back(s.text);
        });
        if (count == 0 && !stopped())
            report(diagnostic_code::empty_value, severity::error, offset,
                   "\"recipients\" is empty: the notification would go to nobody");
    }

    /// One recipient: an email address or a Microsoft Entra object id (a GUID).
    bool check_recipient_text(const string_value& s) {
        if (trim_spaces(s.text).empty()) {
            report(diagnostic_code::empty_value, severity::error, s.offset, "a recipient is ",
                   s.text.empty() ? "empty" : "only spaces", ": give an email address or a Microsoft Entra object id");
            return false;
        }
        const text_span placeholder = find_placeholder(s.text);
        if (placeholder.found()) {
            report_span(diagnostic_code::template_placeholder, severity::error, offset_in(s, placeholder.offset),
                        offset_in(s, placeholder.offset + placeholder.length),
                        quoted{s.text.substr(placeholder.offset, placeholder.length)},
                        " is a template placeholder: replace it with an email address or a Microsoft Entra object id");
            return false;
        }
        if (s.text.find('@') != std::string_view::npos) {
            if (looks_like_email(s.text)) return true;
            report(diagnostic_code::recipient_malformed, severity::error, s.offset, quoted{s.text},
                   " is not an email address (a recipient is an email address or a Microsoft Entra object id)");
            return false;
        }
        if (s.text.find('(') != std::string_view::npos || s.text.front() == '/') {
            report(diagnostic_code::recipient_malformed, severity::error, s.offset, quoted{s.text},
                   " is a Dataverse reference: push recipients are email addresses or Microsoft Entra object ids "
                   "(a user's azureactivedirectoryobjectid, not the systemuserid)");
            return false;
        }
        // GUID-shaped text gets the exact character; anything else is not an id at all.
        bool id_like = s.text.size() == 36 || s.text.size() == 38;
        if (!id_like) {
            id_like = true;
            for (const char c : s.text) id_like = id_like && (is_hex_digit(c) || c == '-');
        }
        if (!id_like) {
            report(diagnostic_code::recipient_malformed, severity::error, s.offset, quoted{s.text},
                   " is neither an email address nor a Microsoft Entra object id");
            return false;
        }
        return check_guid_at(s, 0, s.text, "recipients", "the Microsoft Entra object id of a user or group", true);
    }

    void check_params(od::value& v, json_kind kind) {
        if (kind == json_kind::null) return;
        if (kind == json_kind::object) {
            walk_object(v, offset_of(v), object_rules{}, nullptr,
                        [&](std::string_view key, std::size_t, od::value& member, json_kind member_kind) {
                            string_value s;
                            if (param_value(member, member_kind, key, s)) out_.push_params.push_back({key, s.text});
                            return true;
                        });
            return;
        }
        if (kind == json_kind::array) {
            push().params_as_table = true;
            walk_array(v, [&](std::size_t, od::value& row, json_kind row_kind) { check_param_row(row, row_kind); });
            return;
        }
        report(diagnostic_code::wrong_type, severity::error, offset_of(v),
               "\"params\" is an object of string values, {\"key\": \"value\"}, or the rows of a table, "
               "[{\"key\": \"key\", \"value\": \"value\"}], found ", describe(kind));
        skip(v, kind);
    }

    /// A parameter's value: a string, which the app reads with Param().
    bool param_value(od::value& v, json_kind kind, std::string_view key, string_value& s) {
        if (kind == json_kind::string) return read_string_value(v, s);
        const std::size_t offset = offset_of(v);
        std::string_view token;
        if (kind == json_kind::number || kind == json_kind::boolean) {
            if (!scalar_token(v, kind, token)) return false;
            report(diagnostic_code::wrong_type, severity::error, offset, "the value of parameter ", quoted{key},
                   " must be a string (the app reads it with Param()), found ", describe(kind), ": write \"",
                   token.substr(0, 40), "\"");
            return false;
        }
        report(diagnostic_code::wrong_type, severity::error, offset, "the value of parameter ", quoted{key},
               " must be a string (the app reads it with Param()), found ", describe(kind));
        skip(v, kind);
        return false;
    }

    /// A row of Table({key: ..., value: ...}).
    void check_param_row(od::value& v, json_kind kind) {
        if (!expect_kind(v, kind, json_kind::object, "params")) return;
        const std::size_t offset = offset_of(v);
        bool key_seen = false, value_seen = false, key_ok = false, value_ok = false;
        string_value key, value;
        walk_object(v, offset, object_rules{}, nullptr,
                    [&](std::string_view name, std::size_t name_offset, od::value& member, json_kind member_kind) {
                        if (name == "key") {
                            key_seen = true;
                            key_ok = read_text(member, member_kind, name, {0, true, false, false}, key, false);
                        } else if (name == "value") {
                            value_seen = true;
                            value_ok = param_value(member, member_kind, "value", value);
                        } else {
                            report(diagnostic_code::ignored_field, severity::warning, name_offset, quoted{name},
                                   " is ignored: a row of params holds \"key\" and \"value\"");
                            return false;
                        }
                        return true;
                    });
        if (stopped()) return;
        require(key_seen, "key", offset, "a row of params needs \"key\": the name the app reads with Param()");
        require(value_seen, "value", offset, "a row of params needs \"value\"");
        if (key_ok && value_ok) out_.push_params.push_back({key.text, value.text});
    }

    /// The flow's "Your app": an app id or name, or the object the flow designer writes.
    void check_app(od::value& v, json_kind kind) {
        string_value s;
        if (kind == json_kind::object) {
            const std::size_t offset = offset_of(v);
            bool has_identifier = false;
            walk_object(v, offset, object_rules{}, nullptr,
                        [&](std::string_view key, std::size_t key_offset, od::value& member, json_kind member_kind) {
                            string_value text;
                            if (key == "appIdentifier") {
                                has_identifier = true;
                                if (read_text(member, member_kind, key, {0, true, false}, text, false))
                                    push().app = text.text;
                            } else if (key == "displayName" || key == "type") {
                                read_text(member, member_kind, key, {0, false, false}, text);
                            } else {
                                report(diagnostic_code::ignored_field, severity::warning, key_offset, quoted{key},
                                       " is ignored: the app is {\"appIdentifier\", \"displayName\", \"type\"}");
                                return false;
                            }
                            return true;
                        });
            if (!stopped()) require(has_identifier, "appIdentifier", offset, "the app needs \"appIdentifier\": its id or unique name");
            return;
        }
        if (read_text(v, kind, "app", {0, true, false}, s)) push().app = s.text;
    }

    /// What a flow's entity, form or view and record id need of each other and of openApp.
    void check_flow_fields(std::size_t root_offset) {
        const push_content& p = push();
        if (seen_.target || seen_.record_id)
            require(seen_.entity, "entity", root_offset,
                    "opening a form or a view needs \"entity\": the logical name of its table");
        if (seen_.record_id && p.target == push_target::view)
            report_member("recordId", diagnostic_code::field_not_applicable, severity::warning, seen_.record_id_offset,
                          "\"recordId\" is ignored when the notification opens a view: set \"formOrView\": \"form\"");
        // The V2 action's Record ID is the record of a form ("If the notification is for a form").
        if (seen_.record_id)
            require(seen_.target, "formOrView", root_offset,
                    "\"recordId\" is the record a form opens: set \"formOrView\": \"form\"", severity::warning);
        if (p.open_app && !*p.open_app) {
            if (seen_.params)
                report_member("params", diagnostic_code::field_not_applicable, severity::warning, seen_.params_offset,
                              "\"params\" only reach the app when the notification opens it: set \"openApp\": true");
            if (seen_.entity)
                report_member("entity", diagnostic_code::field_not_applicable, severity::warning, seen_.entity_offset,
                              "\"entity\" is only opened when the notification opens the app: set \"openApp\": true");
        }
    }
};

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_PUSH_CHECKER_HPP
// ---- appnotify/detail/record_checker.hpp ----
// The rules of an appnotification table record (seed 001 and the Notification table reference):
// lowercase logical names, the owner lookup, and the `data` column. `data` is JSON inside JSON:
// its text is parsed a second time and checked like OverrideContent and Actions (plain JSON,
// without OData annotations), and every finding in it is moved to the exact character of the
// outer text, through the string's escapes.
#ifndef APPNOTIFY_DETAIL_RECORD_CHECKER_HPP
#define APPNOTIFY_DETAIL_RECORD_CHECKER_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

#include <simdjson.h>


namespace appnotify::detail {

/// The buffers of the second parse, kept between runs.
struct record_scratch {
    simdjson::ondemand::parser parser;
    std::unique_ptr<char[]> buffer;
    std::size_t capacity = 0;
    std::string syntax_message;
};

inline constexpr icon_names record_icon_names = {"icontype", "iconUrl in data", "/data/iconUrl"};


/// The columns a notification record sets, for "did you mean": the first of the record's members
/// in dialect.hpp (the others are the preview's owner and the ids a record may carry).
inline constexpr list_view<std::string_view> record_columns(record_members, 8);
/// Other writable columns of the table: accepted, and not part of the notification.
inline constexpr std::string_view record_other_columns[] = {
    "appnotificationid",   "partitionid",          "owneridtype",           "overriddencreatedon",
    "importsequencenumber", "timezoneruleversionnumber", "utcconversiontimezonecode",
};
/// Columns the server sets: a record cannot.
inline constexpr std::string_view record_read_only_columns[] = {
    "createdon",        "createdby",         "modifiedon",         "modifiedby",  "createdonbehalfby",
    "modifiedonbehalfby", "owningbusinessunit", "owningteam",        "owninguser",  "versionnumber",
};

inline constexpr std::string_view record_markdown_hint = "markdown renders only in the title and body of data";

/// A custom column: a publisher prefix (a letter and 1 to 7 letters or digits), '_', a name;
/// a lookup may carry "@odata.bind".
/// Lookups are bound by their navigation property, which keeps the schema name's capitals.
constexpr bool is_custom_column(std::string_view key) noexcept {
    constexpr std::string_view bind = "@odata.bind";
    const bool lookup = key.size() > bind.size() && key.substr(key.size() - bind.size()) == bind;
    if (lookup) key.remove_suffix(bind.size());
    const std::size_t underscore = key.find('_');
    if (underscore == std::string_view::npos || underscore < 2 || underscore > 8 || underscore + 1 == key.size())
        return false;
    for (std::size_t i = 0; i < key.size(); ++i) {
        const char c = key[i];
        const bool letter = (c >= 'a' && c <= 'z') || (lookup && i > underscore && c >= 'A' && c <= 'Z');
        const bool digit = c >= '0' && c <= '9';
        if (i == 0 ? !letter : !(letter || digit || (c == '_' && i >= underscore))) return false;
    }
    return true;
}

/// The JSON of a record's `data` (or, when a record wrongly holds it as an object, that object):
/// title, body and iconUrl as in OverrideContent, and the action buttons. The notification center
/// ignores anything else.
class record_data_checker : public content_checker {
public:
    record_data_checker(diagnostic_sink& sink, walker_scratch& scratch, walk_limits limits, notification_storage& out,
                        icon_state& icon)
        : content_checker(sink, scratch, limits, out, false), icon_(icon) {}

    /// The root object of a document parsed from the text of `data`.
    template <typename Document>
    void check(Document& document, std::size_t root_offset) {
        walk_root(document, root_offset, object_rules{}, member_reader{*this});
    }

    /// An object value of the document being walked, as the data it stands for.
    void check_object(od::value& v) { walk_object(v, offset_of(v), object_rules{}, nullptr, member_reader{*this}); }

private:
    icon_state& icon_;

    /// What the walks call for each member.
    struct member_reader {
        record_data_checker& checker;
        bool operator()(std::string_view key, std::size_t key_offset, od::value& v, json_kind kind) const {
            return checker.member(key, key_offset, v, kind);
        }
    };

    bool member(std::string_view key, std::size_t key_offset, od::value& v, json_kind kind) {
        if (override_member(key, v, kind, icon_)) return true;
        if (key == data_column_members[3]) {
            if (kind != json_kind::null && expect_kind(v, kind, json_kind::array, key)) check_action_list(v);
            return true;
        }
        const severity w = severity::warning;
        if (key == "actionUrl")
            report(diagnostic_code::ignored_field, w, key_offset, "the notification center ignores \"actionUrl\": give "
                   "the link as an action, {\"title\": \"Open\", \"data\": {\"type\": \"url\", \"url\": ...}}");
        else if (key == "category")
            report(diagnostic_code::ignored_field, w, key_offset,
                   "the notification center ignores \"category\": the icon is set by \"icontype\"");
        else if (key == "data")
            report(diagnostic_code::ignored_field, w, key_offset, "\"data\" inside data is ignored: put title, body, "
                   "iconUrl and actions at the top of the data JSON");
        else
            ignored_member(key, key_offset, data_column_members, "the notification center reads ", words(data_column_members),
                           " from data");
        return false;
    }
};

class record_checker : public content_checker {
public:
    record_checker(diagnostic_sink& sink, walker_scratch& scratch, walk_limits limits, notification_storage& out,
                   record_scratch& data)
        : content_checker(sink, scratch, limits, out, false), data_(data) {}

    /// Checks the record held by the root object of `document`.
    template <typename Document>
    void check(Document& document, std::size_t root_offset) {
        seen_ = {};
        icon_ = {};
        object_rules rules;
        rules.expected_type = "Microsoft.Dynamics.CRM.appnotification";
        if (!walk_root(document, root_offset, rules,
                       [&](std::string_view key, std::size_t key_offset, od::value& v, json_kind kind) {
                           return root_member(key, key_offset, v, kind);
                       }))
            return;
        require(seen_.title, "title", root_offset, "\"title\" is required: the notification's heading (a required column)");
        require(seen_.owner, "ownerid@odata.bind", root_offset,
                "without \"ownerid@odata.bind\": \"/systemusers(<GUID of the user>)\" the record belongs to, and notifies, "
                "the user who creates it",
                severity::warning);
        if (seen_.legacy.present) report_legacy_owner();
        check_icon(icon_, root_offset, record_icon_names);
    }

private:
    record_scratch& data_;
    /// The preview's owner column, reported once the whole record is read: the lookup, wherever
    /// it is, wins.
    struct legacy_owner {
        bool present = false, valid = false;
        std::size_t offset = 0;
        std::string_view text, digits; // digits: of a GUID, valid or not
    };
    struct seen {
        bool title = false, owner = false, bind = false;
        legacy_owner legacy;
    } seen_;
    icon_state icon_;

    bool root_member(std::string_view key, std::size_t key_offset, od::value& v, json_kind kind) {
        notification& n = out_.model;
        string_value s;
        std::int32_t value = 0;
        if (key == "title") {
            seen_.title = true;
            if (read_required_text(v, kind, key, {plain_title_max_length, true, true, true, record_markdown_hint}, s)) n.title = s.text;
        } else if (key == "body") {
            if (read_text(v, kind, key, {plain_body_max_length, false, true, true, record_markdown_hint}, s)) n.body = s.text;
        } else if (key == "icontype") {
            read_icon(v, kind, key, "column", icon_);
        } else if (key == "toasttype") {
            read_option(v, kind, key, toast_type_options, n.toast, "column");
        } else if (key == "priority") {
            read_option(v, kind, key, priority_options, n.priority, "column");
        } else if (key == "ttlinseconds") {
            if (read_integer_in(v, kind, key, 1, INT32_MAX, " seconds", value)) n.expiry = value;
        } else if (key == "data") {
            check_data(v, kind);
        } else if (key == "ownerid@odata.bind") {
            seen_.owner = true;
            seen_.bind = true;
            check_recipient(v, kind, key);
        } else if (key == "owner") {
            seen_.owner = true;
            check_legacy_owner(v, kind);
        } else if (key == "appnotificationid") {
            std::string_view id;
            read_guid(v, kind, key, "a new GUID for the record, or leave it out", id);
        } else if (key == "partitionid") {
            read_text(v, kind, key, {100, false, false}, s);
        } else if (key == "appmoduleid@odata.bind") {
            report(diagnostic_code::ignored_field, severity::warning, key_offset,
                   "the notification table does not use appmoduleid: notifications show in every app");
            return false;
        } else {
            for (const std::string_view other : record_other_columns)
                if (key == other) return false;
            unknown_column(key, key_offset);
            return false;
        }
        return true;
    }

    void unknown_column(std::string_view key, std::size_t key_offset) {
        const severity e = severity::error;
        const diagnostic_code code = diagnostic_code::unknown_parameter;
        for (const std::string_view column : record_read_only_columns)
            if (key == column) {
                report(diagnostic_code::ignored_field, severity::warning, key_offset, quoted{key},
                       " is set by the server: Dataverse ignores it when the record is created");
                return;
            }
        if (equals_ignoring_case(key, "ttl") || equals_ignoring_case(key, "ttlindays") ||
            equals_ignoring_case(key, "expiry") || equals_ignoring_case(key, "expireson") ||
            equals_ignoring_case(key, "expirydate")) {
            report(code, e, key_offset, "unknown column ", quoted{key}, ": did you mean \"ttlinseconds\"? The "
                   "notification's lifetime is a number of seconds (", equals_ignoring_case(key, "ttlindays")
                   ? "a day is 86400" : "14 days is 1209600", ")");
        } else if (equals_ignoring_case(key, "ownerid") || equals_ignoring_case(key, "_ownerid_value") ||
                   equals_ignoring_case(key, "recipient") || equals_ignoring_case(key, "owner@odata.bind")) {
            report(code, e, key_offset, "unknown column ", quoted{key}, ": the user is set with the lookup "
                   "\"ownerid@odata.bind\": \"/systemusers(<GUID of the user>)\"");
        } else if (equals_ignoring_case(key, "overridecontent") || equals_ignoring_case(key, "actions") ||
                   equals_ignoring_case(key, "iconurl")) {
            report(code, e, key_offset, "unknown column ", quoted{key}, ": markdown title and body, iconUrl and "
                   "actions go in the JSON of \"data\"");
        } else if (const std::string_view meant = suggest(key, record_columns); !meant.empty()) {
            report(code, e, key_offset, "unknown column ", quoted{key}, ": did you mean \"", meant,
                   "\"? (columns are written with their lowercase logical names)");
        } else if (is_custom_column(key)) {
            report(diagnostic_code::custom_column, severity::warning, key_offset, quoted{key},
                   " is a custom column (publisher prefix \"", key.substr(0, key.find('_')),
                   "_\"): it exists only in organizations where it was added, and the notification center ignores it");
        } else {
            report(code, e, key_offset, "unknown column ", quoted{key}, ": a notification record sets ",
                   words(record_columns));
        }
    }

    /// The preview-era `owner`: the GUID of the user. Its GUID is checked here; the warning, and
    /// the model's recipient when the record has no ownerid@odata.bind, come after the walk.
    void check_legacy_owner(od::value& v, json_kind kind) {
        if (kind == json_kind::null) return;
        if (!expect_kind(v, kind, json_kind::string, "owner")) return;
        string_value s;
        if (!read_string_value(v, s)) return;
        legacy_owner& legacy = seen_.legacy;
        const guid_check g = check_guid(s.text);
        legacy.present = true;
        legacy.offset = s.offset;
        legacy.text = s.text;
        legacy.digits = g.problem == guid_problem::none ? g.digits : std::string_view{};
        legacy.valid = check_guid_text(s, "owner", "the GUID of the user (systemuserid)");
    }

    void report_legacy_owner() {
        const legacy_owner& legacy = seen_.legacy;
        notification& n = out_.model;
        if (!seen_.bind) {
            report_member("owner", diagnostic_code::legacy_owner, severity::warning, legacy.offset, "\"owner\" is how "
                          "the preview set the user: write \"ownerid@odata.bind\": \"/systemusers(",
                          legacy.digits.empty() ? std::string_view("<GUID of the user>") : legacy.digits, ")\"");
            if (legacy.valid) {
                n.recipient = legacy.text;
                n.recipient_id = legacy.digits;
            }
            return;
        }
        const bool both_valid = legacy.valid && !n.recipient_id.empty();
        if (both_valid && !equals_ignoring_case(legacy.digits, n.recipient_id))
            report_member("owner", diagnostic_code::legacy_owner, severity::warning, legacy.offset, "\"owner\" is how the "
                          "preview set the user, and \"ownerid@odata.bind\" names another one: the lookup is the one "
                          "used, and the record goes to ", n.recipient_id, ", not to ", legacy.digits, "; remove \"owner\"");
        else
            report_member("owner", diagnostic_code::legacy_owner, severity::warning, legacy.offset, "\"owner\" is how the "
                          "preview set the user, and \"ownerid@odata.bind\" sets it too", both_valid ? " (the same user)" : "",
                          ": the lookup is the one used; remove \"owner\"");
    }

    // --- data -----------------------------------------------------------------------------------

    void check_data(od::value& v, json_kind kind) {
        if (kind == json_kind::null) return;
        if (kind == json_kind::object) {
            report(diagnostic_code::wrong_type, severity::error, offset_of(v),
                   "\"data\" is a text column: it holds the JSON as a string, as JSON.stringify({...}) writes it "
                   "(the object is checked as the data it stands for)");
            record_data_checker inner(sink_, scratch_, limits_, out_, icon_);
            inner.start_nested(input_, base_, depth_);
            inner.check_object(v);
            // The object is part of this document: a syntax error in it is this walk's.
            if (inner.syntax_error()) fail_syntax();
            else if (inner.stopped()) stopped_ = true;
            return;
        }
        string_value s;
        if (!read_text(v, kind, "data", {record_data_max_length, false, false, false}, s)) return;
        const std::size_t root = first_non_space(s.text, 0);
        if (root == s.text.size()) return; // no JSON: the notification center has nothing to read
        check_data_json(s, root);
    }

    /// Parses the text of `data` and checks it; its findings are moved into the outer text.
    void check_data_json(const string_value& s, std::size_t root) {
        record_scratch& d = data_;
        const std::size_t size = s.text.size();
        const std::size_t needed = size + simdjson::SIMDJSON_PADDING;
        if (needed > d.capacity) {
            d.buffer.reset(new char[needed]);
            d.capacity = needed;
        }
        std::memcpy(d.buffer.get(), s.text.data(), size);
        scratch_.strings.forget(); // it may have mapped a string of the text the copy replaces
        std::memset(d.buffer.get() + size, 0, simdjson::SIMDJSON_PADDING);
        const std::string_view text(d.buffer.get(), size);
        const std::size_t mark = sink_.kept();
        // The nesting left to the inner document: the limit holds across both levels.
        const std::size_t depth_left = limits_.max_depth > depth_ ? limits_.max_depth - depth_ : 0;

        bool syntax = true;
        if (text[root] != '{') {
            d.syntax_message.clear();
            const auto error = find_json_syntax_error(text, depth_left, d.syntax_message);
            if (!(error && error->offset == root)) {
                syntax = false;
                report(diagnostic_code::wrong_type, severity::error, root,
                       "the JSON of \"data\" must be an object such as {\"body\": ..., \"actions\": [...]}");
            }
        } else {
            const std::size_t simdjson_depth = limits_.max_depth + 2;
            if (d.parser.max_depth() != simdjson_depth || d.parser.capacity() < size) {
                const std::size_t capacity = size > d.parser.capacity() ? size : d.parser.capacity();
                if (d.parser.allocate(capacity, simdjson_depth) != simdjson::SUCCESS) {
                    report(diagnostic_code::input_too_large, severity::error, root,
                           "the JSON of \"data\" does not fit the JSON parser's memory");
                    return map_data_offsets(s, text, mark);
                }
            }
            const simdjson::padded_string_view padded(d.buffer.get(), size, d.capacity);
            od::document document;
            if (d.parser.iterate(padded).get(document) == simdjson::SUCCESS) {
                record_data_checker inner(sink_, scratch_, limits_, out_, icon_);
                inner.start_nested(text, d.buffer.get(), depth_);
                inner.check(document, root);
                syntax = inner.syntax_error();
                if (!syntax && !inner.stopped()) {
                    const char* end = nullptr;
                    syntax = document.current_location().get(end) == simdjson::SUCCESS; // trailing content
                }
                if (inner.stopped() && !syntax) stopped_ = true;
            }
        }
        if (syntax) {
            d.syntax_message.clear();
            const auto error = sink_.collecting() ? find_json_syntax_error(text, depth_left, d.syntax_message)
                                                  : std::optional<json_syntax_error>{};
            if (error) {
                sink_.discard_after(error->offset, mark);
                report(error->code, severity::error, error->offset, "in the JSON of \"data\": ", d.syntax_message);
            } else {
                report(diagnostic_code::json_syntax, severity::error, root,
                       "the JSON parser refused the JSON of \"data\" (simdjson)");
            }
        }
        map_data_offsets(s, text, mark);
    }

    void map_data_offsets(const string_value& s, std::string_view text, std::size_t mark) {
        if (sink_.kept() == mark) return;
        sink_.map_offsets(mark, text, [&](std::size_t index) { return offset_in(s, index); });
    }
};

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_RECORD_CHECKER_HPP

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
#endif

#endif // APPNOTIFY_VALIDATE_HPP

namespace appnotify {

/// What a conversion needs that the source payload may not have.
struct convert_options {
    /// action, record: the GUID of the user (systemuserid) when the source names none (push,
    /// graph). A source's own recipient wins.
    std::string_view recipient_id;
    /// push: the recipients (email addresses or Microsoft Entra object ids). They replace a push
    /// source's own; an action's or a record's systemuserid is not one.
    list_view<std::string_view> push_recipients;
    /// graph: targetHostName, when the source is not a Graph notification (or to replace it).
    std::string_view target_host_name;
    /// graph: appNotificationId; when neither this nor the source gives one, it is derived from
    /// the title and body ("appnotify-" and 16 hexadecimal digits), so it is stable.
    std::string_view app_notification_id;
    /// push, graph: the links of the markdown written out in the text are resolved for this
    /// organization and app (they stay relative without an organization).
    app_context context;
};

/// Something of the source that the target dialect cannot carry.
struct conversion_loss {
    std::string_view what; // "icon", "actions", "expiry"...
    std::string_view why;
};

/// The outcome of a conversion: whether it was written, and what was lost. `error()` points into
/// this report and `losses()` into it and static text: valid while it lives and is not reused
/// (the accessors are deleted on rvalues).
class conversion_report {
public:
    conversion_report() = default;
    conversion_report(const conversion_report&) = default;
    conversion_report& operator=(const conversion_report&) = default;
    /// A moved-from report is ok() and lists no loss.
    conversion_report(conversion_report&& other) noexcept
        : error_(std::move(other.error_)), losses_(std::move(other.losses_)) {
        other.error_.clear();
        other.losses_.clear();
    }
    conversion_report& operator=(conversion_report&& other) noexcept {
        if (this != &other) {
            error_ = std::move(other.error_);
            losses_ = std::move(other.losses_);
            other.error_.clear();
            other.losses_.clear();
        }
        return *this;
    }
    ~conversion_report() = default;

    /// True when the payload was written.
    [[nodiscard]] bool ok() const noexcept { return error_.empty(); }
    explicit operator bool() const noexcept { return ok(); }
    /// Why nothing was written, when not ok.
    [[nodiscard]] std::string_view error() const& noexcept { return error_; }
    std::string_view error() const&& = delete;
    [[nodiscard]] list_view<conversion_loss> losses() const& noexcept { return {losses_.data(), losses_.size()}; }
    list_view<conversion_loss> losses() const&& = delete;

private:
    friend class notification_converter;
    std::string error_;
    std::vector<conversion_loss> losses_;
};

namespace detail {

/// Writes JSON as people indent it (two spaces), or compactly as JSON.stringify does. Strings
/// escape the characters no terminal should get (write_json_string) unless `escape_foreign` is
/// false: JSON written into a string of other JSON leaves them to the outer string.
class json_writer {
public:
    json_writer(std::string& out, bool indented, bool escape_foreign = true) noexcept
        : out_(out), indented_(indented), escape_foreign_(escape_foreign) {}

    void begin_object() { open('{'); }
    void end_object() { close('}'); }
    void begin_array() { open('['); }
    void end_array() { close(']'); }
    void key(std::string_view name) {
        prefix();
        write_json_string(out_, name, escape_foreign_);
        out_.append(indented_ ? ": " : ":");
        after_key_ = true;
    }
    void string(std::string_view text) {
        prefix();
        write_json_string(out_, text, escape_foreign_);
    }
    void number(std::int64_t n) {
        prefix();
        append_all(out_, n);
    }
    void boolean(bool b) {
        prefix();
        out_.append(b ? "true" : "false");
    }
    void member(std::string_view name, std::string_view text) {
        key(name);
        string(text);
    }
    void member(std::string_view name, std::int64_t n) {
        key(name);
        number(n);
    }

private:
    std::string& out_;
    bool indented_;
    bool escape_foreign_;
    std::size_t depth_ = 0;
    bool first_ = true;
    bool after_key_ = false;

    void newline() {
        if (!indented_) return;
        out_.push_back('\n');
        out_.append(2 * depth_, ' ');
    }
    void prefix() {
        if (after_key_) {
            after_key_ = false;
            return;
        }
        if (depth_ > 0) {
            if (!first_) out_.push_back(',');
            newline();
        }
        first_ = false;
    }
    void open(char c) {
        prefix();
        out_.push_back(c);
        ++depth_;
        first_ = true;
    }
    void close(char c) {
        --depth_;
        if (!first_) newline();
        out_.push_back(c);
        first_ = false;
    }
};

inline constexpr std::string_view expando_annotation = "#Microsoft.Dynamics.CRM.expando";

inline bool has_override(const notification& n) noexcept {
    return n.override_content &&
           (n.override_content->title || n.override_content->body || n.override_content->icon_url);
}

inline std::string_view trim_text(std::string_view s) noexcept {
    while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\r' || s.back() == '\t'))
        s.remove_suffix(1);
    while (!s.empty() && (s.front() == ' ' || s.front() == '\n' || s.front() == '\r' || s.front() == '\t'))
        s.remove_prefix(1);
    return s;
}

} // namespace detail

/// Converts notifications, reusing its buffers: keep one per thread and, with a reused output
/// string, converting allocates nothing once the buffers have grown.
class notification_converter {
public:
    /// Appends `n` as a payload of dialect `to` to `out`: indented JSON and a newline. When the
    /// report is not ok, nothing is appended.
    [[nodiscard]] const conversion_report& convert(const notification& n, dialect to, std::string& out,
                                                   const convert_options& options = {}) APPNOTIFY_LIFETIMEBOUND {
        report_.error_.clear();
        report_.losses_.clear();
        buffer_.clear();
        detail::json_writer json(buffer_, true);
        switch (to) {
        case dialect::action: write_action(n, json, options); break;
        case dialect::record: write_record(n, json, options); break;
        case dialect::push: write_push(n, json, options); break;
        case dialect::graph: write_graph(n, json, options); break;
        }
        if (report_.ok()) {
            out.append(buffer_);
            out.push_back('\n');
        }
        return report_;
    }

    /// Validates `json` (as `validation.dialect`, or the dialect recognized) and converts its
    /// notification. A payload with errors is not converted: the report says so, and `validate`
    /// gives its diagnostics.
    [[nodiscard]] const conversion_report& convert(std::string_view json, dialect to, std::string& out,
                                                   const convert_options& options,
                                                   const validate_options& validation) APPNOTIFY_LIFETIMEBOUND {
        validate(json, source_, validation);
        if (source_.ok()) return convert(source_.notification(), to, out, options);
        report_.losses_.clear();
        fail("the payload has ", source_.error_count(), source_.error_count() == 1 ? " error" : " errors",
             ": it is not converted (validate it to see them)");
        return report_;
    }

    /// The report of the last conversion.
    [[nodiscard]] const conversion_report& report() const noexcept APPNOTIFY_LIFETIMEBOUND { return report_; }

private:
    conversion_report report_;
    validation_result source_;
    std::string buffer_, data_, text_, id_;
    markdown_renderer markdown_;

    template <typename... Pieces>
    void fail(const Pieces&... message) {
        report_.error_.clear();
        detail::append_all(report_.error_, message...);
    }
    void lose(std::string_view what, std::string_view why) { report_.losses_.push_back({what, why}); }

    // --- what the in-app dialects share ----------------------------------------------------------

    /// The systemuserid of the recipient: the source's, or the options'.
    bool recipient_of(const notification& n, const convert_options& options, std::string_view& id,
                      std::string_view target) {
        id = !n.recipient_id.empty() ? n.recipient_id : options.recipient_id;
        if (id.empty()) {
            fail(target, " needs the user to notify, and the source names none: give convert_options::recipient_id "
                         "(the systemuserid)");
            return false;
        }
        const detail::guid_check g = detail::check_guid(id);
        if (g.problem != detail::guid_problem::none || g.nil) {
            fail("the recipient ", detail::quoted{id}, " is not the GUID of a user");
            return false;
        }
        id = g.digits;
        return true;
    }

    /// The length limits of the in-app columns.
    bool fits_columns(const notification& n, std::string_view target) {
        const std::size_t title = detail::utf16_length(n.title);
        if (n.title.empty()) {
            fail(target, " needs a title, and the source has none (a Graph notification with only rawContent)");
            return false;
        }
        if (title > 256) {
            fail(target, " holds a title of at most 256 characters; this one has ", title);
            return false;
        }
        if (n.body && detail::utf16_length(*n.body) > 500) {
            fail(target, " holds a body of at most 500 characters; this one has ", detail::utf16_length(*n.body));
            return false;
        }
        return true;
    }

    /// What push and Graph fields an in-app payload cannot carry.
    void lose_other_dialects(const notification& n) {
        if (n.push) {
            lose("recipients", "an in-app notification goes to one systemuser, not to email addresses or object ids");
            if (n.push->open_app) lose("openApp", "an in-app notification is shown inside the app");
            if (!n.push->params.empty()) lose("params", "an in-app notification passes no parameters to the app");
            if (!n.push->app.empty()) lose("app", "an in-app notification shows in every app of the organization");
            if (!n.push->entity.empty())
                lose("entity", "an in-app notification opens records through its actions; add one");
        }
        if (n.graph) lose_graph_fields(n);
    }

    void lose_graph_fields(const notification& n) {
        const graph_content& g = *n.graph;
        if (g.expiration_date_time) lose("expirationDateTime", "an absolute date; the target counts seconds from sending");
        if (g.platforms != 0) lose("targetPolicy", "the target has no platform filter");
        if (g.group_name) lose("groupName", "the target has no groups");
        if (g.display_time_to_live) lose("displayTimeToLive", "the target has no display time");
        if (g.raw_content) lose("rawContent", "the target has no data payload for the app");
        if (g.priority == graph_priority::low) lose("priority", "the target has no low priority");
    }

    void write_override(const content_override& c, detail::json_writer& json) {
        if (c.title) json.member("title", *c.title);
        if (c.body) json.member("body", *c.body);
        if (c.icon_url) json.member("iconUrl", *c.icon_url);
    }

    void write_actions(const notification& n, detail::json_writer& json, bool annotated) {
        json.begin_array();
        for (const action& a : n.actions) {
            json.begin_object();
            json.member("title", a.title);
            json.key("data");
            json.begin_object();
            if (annotated) json.member("@odata.type", detail::expando_annotation);
            json.member("type", to_string(a.type));
            if (a.url) write_url(*a.url, json);
            if (a.side_pane) write_side_pane(*a.side_pane, json, annotated);
            if (a.teams_chat) write_teams_chat(*a.teams_chat, json, annotated);
            json.end_object();
            json.end_object();
        }
        json.end_array();
    }

    static void write_url(const url_action& u, detail::json_writer& json) {
        json.member("url", u.url);
        if (u.target != navigation_target::current_page) json.member("navigationTarget", to_string(u.target));
    }

    static void write_side_pane(const side_pane_action& s, detail::json_writer& json, bool annotated) {
        const pane_options& p = s.pane;
        const bool any = !p.title.empty() || p.width || !p.pane_id.empty() || !p.image_src.empty() || p.can_close ||
                         p.hide_header || p.is_selected || p.hidden || p.always_render || p.keep_badge_on_select;
        if (any) {
            json.key("paneOptions");
            json.begin_object();
            if (annotated) json.member("@odata.type", detail::expando_annotation);
            if (!p.title.empty()) json.member("title", p.title);
            if (p.width) json.member("width", *p.width);
            if (!p.pane_id.empty()) json.member("paneId", p.pane_id);
            if (!p.image_src.empty()) json.member("imageSrc", p.image_src);
            const std::pair<const char*, const std::optional<bool>*> flags[] = {
                {"canClose", &p.can_close},   {"hideHeader", &p.hide_header},     {"isSelected", &p.is_selected},
                {"hidden", &p.hidden},        {"alwaysRender", &p.always_render}, {"keepBadgeOnSelect", &p.keep_badge_on_select},
            };
            for (const auto& [name, flag] : flags)
                if (*flag) {
                    json.key(name);
                    json.boolean(**flag);
                }
            json.end_object();
        }
        const page_target& t = s.target;
        json.key("navigationTarget");
        json.begin_object();
        if (annotated) json.member("@odata.type", detail::expando_annotation);
        json.member("pageType", to_string(t.type));
        const std::pair<const char*, std::string_view> fields[] = {
            {"entityName", t.entity_name}, {"entityId", t.entity_id},   {"formId", t.form_id},
            {"viewId", t.view_id},         {"dashboardId", t.dashboard_id}, {"webresourceName", t.webresource_name},
            {"name", t.name},              {"pageId", t.page_id},       {"recordId", t.record_id},
            {"data", t.data},
        };
        for (const auto& [name, value] : fields)
            if (!value.empty()) json.member(name, value);
        if (t.view_type != view_type::unspecified)
            json.member("viewType", t.view_type == view_type::savedquery ? "savedquery" : "userquery");
        json.end_object();
    }

    static void write_teams_chat(const teams_chat_action& c, detail::json_writer& json, bool annotated) {
        if (!c.chat_id.empty()) json.member("chatId", c.chat_id);
        if (!c.member_ids.empty()) {
            if (annotated) json.member("memberIds@odata.type", "#Collection(String)");
            json.key("memberIds");
            json.begin_array();
            for (const std::string_view id : c.member_ids) json.string(id);
            json.end_array();
        }
        if (c.has_entity_context) {
            json.key("entityContext");
            json.begin_object();
            if (annotated) json.member("@odata.type", detail::expando_annotation);
            json.member("entityName", c.entity_name);
            json.member("recordId", c.record_id);
            json.end_object();
        }
        if (!c.chat_title.empty()) json.member("chatTitle", c.chat_title);
        if (!c.initial_message.empty()) json.member("initialMessage", c.initial_message);
    }

    // --- action -----------------------------------------------------------------------------------

    void write_action(const notification& n, detail::json_writer& json, const convert_options& options) {
        std::string_view id;
        if (!fits_columns(n, "a SendAppNotification body") ||
            !recipient_of(n, options, id, "a SendAppNotification body"))
            return;
        lose_other_dialects(n);
        json.begin_object();
        json.member("Title", n.title);
        id_.clear();
        detail::append_all(id_, "/systemusers(", id, ")");
        json.member("Recipient", id_);
        if (n.body) json.member("Body", *n.body);
        if (n.icon != icon_type::info) json.member("IconType", static_cast<std::int64_t>(n.icon));
        if (n.toast != toast_type::timed) json.member("ToastType", static_cast<std::int64_t>(n.toast));
        if (n.priority != priority::normal) json.member("Priority", static_cast<std::int64_t>(n.priority));
        if (n.expiry) json.member("Expiry", *n.expiry);
        if (detail::has_override(n)) {
            json.key("OverrideContent");
            json.begin_object();
            json.member("@odata.type", detail::expando_annotation);
            write_override(*n.override_content, json);
            json.end_object();
        }
        if (!n.actions.empty()) {
            json.key("Actions");
            json.begin_object();
            json.member("@odata.type", detail::expando_annotation);
            json.member("actions@odata.type", "#Collection(Microsoft.Dynamics.CRM.expando)");
            json.key("actions");
            write_actions(n, json, true);
            json.end_object();
        }
        json.end_object();
    }

    // --- record -----------------------------------------------------------------------------------

    void write_record(const notification& n, detail::json_writer& json, const convert_options& options) {
        std::string_view id;
        if (!fits_columns(n, "an appnotification record") || !recipient_of(n, options, id, "an appnotification record"))
            return;
        data_.clear();
        if (detail::has_override(n) || !n.actions.empty()) {
            detail::json_writer data(data_, false, false);
            data.begin_object();
            if (detail::has_override(n)) write_override(*n.override_content, data);
            if (!n.actions.empty()) {
                data.key("actions");
                write_actions(n, data, false);
            }
            data.end_object();
            const std::size_t length = detail::utf16_length(data_);
            if (length > 5000) {
                fail("the data column would hold ", length, " characters of JSON; Dataverse stores at most 5000");
                return;
            }
        }
        lose_other_dialects(n);
        json.begin_object();
        json.member("title", n.title);
        if (n.body) json.member("body", *n.body);
        if (n.icon != icon_type::info) json.member("icontype", static_cast<std::int64_t>(n.icon));
        if (n.toast != toast_type::timed) json.member("toasttype", static_cast<std::int64_t>(n.toast));
        if (n.priority != priority::normal) json.member("priority", static_cast<std::int64_t>(n.priority));
        if (n.expiry) json.member("ttlinseconds", *n.expiry);
        id_.clear();
        detail::append_all(id_, "/systemusers(", id, ")");
        json.member("ownerid@odata.bind", id_);
        if (!data_.empty()) json.member("data", data_);
        json.end_object();
    }

    // --- push and graph: plain text ---------------------------------------------------------------

    /// Appends the plain text of markdown, links written out and ends trimmed, to text_.
    void append_markdown_text(std::string_view markdown, const convert_options& options) {
        const app_link_resolver resolver(options.context);
        markdown_options settings;
        settings.rewriter = &resolver;
        const std::size_t start = text_.size();
        markdown_.render_text(markdown, text_, settings);
        const auto space = [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; };
        std::size_t end = text_.size(), first = start;
        while (end > start && space(text_[end - 1])) --end;
        while (first < end && space(text_[first])) ++first;
        text_.erase(end);
        text_.erase(start, first - start);
    }

    /// What an in-app notification loses in a push or Graph notification.
    void lose_in_app_parts(const notification& n, std::string_view target_without_icon) {
        if (n.icon != icon_type::info || (n.override_content && n.override_content->icon_url))
            lose("icon", target_without_icon);
        if (n.toast == toast_type::hidden) lose("toast", "the target is always shown on the device");
        if (n.expiry) lose("expiry", "the target has no lifetime in seconds");
        if (!n.actions.empty()) lose("actions", "the target has no action buttons");
        if (n.override_content && (n.override_content->title || n.override_content->body))
            lose("markdown", "the target shows plain text: formatting is dropped and links are written out");
    }

    // --- push -------------------------------------------------------------------------------------

    void write_push(const notification& n, detail::json_writer& json, const convert_options& options) {
        const push_content* source = n.push ? &*n.push : nullptr;
        const list_view<std::string_view> recipients =
            !options.push_recipients.empty() ? options.push_recipients
            : source                         ? source->recipients
                                             : list_view<std::string_view>{};
        if (recipients.empty()) {
            fail("a push notification needs recipients, and the source has none a push notification can use (the "
                 "systemuserid of an in-app notification is not one): give convert_options::push_recipients (email "
                 "addresses or Microsoft Entra object ids)");
            return;
        }
        // The message: a push source's own, else the body's plain text, else the title's.
        text_.clear();
        const std::optional<std::string_view> markdown_body = n.override_content ? n.override_content->body : std::nullopt;
        const std::optional<std::string_view> markdown_title = n.override_content ? n.override_content->title : std::nullopt;
        bool from_body = false;
        if (source) {
            text_.append(n.title);
        } else if (markdown_body && !detail::trim_text(*markdown_body).empty()) {
            append_markdown_text(*markdown_body, options);
            from_body = true;
        } else if (n.body && !detail::trim_text(*n.body).empty()) {
            text_.append(detail::trim_text(*n.body));
            from_body = true;
        }
        if (detail::trim_text(text_).empty()) {
            text_.clear();
            if (markdown_title) append_markdown_text(*markdown_title, options);
            if (detail::trim_text(text_).empty()) {
                text_.clear();
                text_.append(n.title);
            }
        }
        if (detail::trim_text(text_).empty()) {
            fail("a push notification needs a message, and the source has no text (a Graph notification with only "
                 "rawContent)");
            return;
        }
        if (from_body) lose("title", "a push notification has one text: its message is the body");
        if (!source) {
            lose_in_app_parts(n, "a push notification shows the Power Apps icon");
            if (n.priority == priority::high) lose("priority", "a push notification has no priority");
            if (!n.recipient_id.empty())
                lose("recipient", "a push notification goes to email addresses or Microsoft Entra object ids, not to "
                                  "a systemuser");
        }
        if (n.graph) lose_graph_fields(n);
        json.begin_object();
        json.key("recipients");
        json.begin_array();
        for (const std::string_view r : recipients) json.string(r);
        json.end_array();
        json.member("message", text_);
        if (source) {
            if (source->open_app) {
                json.key("openApp");
                json.boolean(*source->open_app);
            }
            if (!source->params.empty()) {
                json.key("params");
                if (source->params_as_table) {
                    json.begin_array();
                    for (const push_parameter& p : source->params) {
                        json.begin_object();
                        json.member("key", p.key);
                        json.member("value", p.value);
                        json.end_object();
                    }
                    json.end_array();
                } else {
                    json.begin_object();
                    for (const push_parameter& p : source->params) json.member(p.key, p.value);
                    json.end_object();
                }
            }
            if (!source->app.empty()) json.member("app", source->app);
            if (!source->entity.empty()) json.member("entity", source->entity);
            if (source->target != push_target::unspecified) json.member("formOrView", to_string(source->target));
            if (!source->record_id.empty()) json.member("recordId", source->record_id);
        }
        json.end_object();
    }

    // --- graph ------------------------------------------------------------------------------------

    void write_graph(const notification& n, detail::json_writer& json, const convert_options& options) {
        const graph_content* source = n.graph ? &*n.graph : nullptr;
        const std::string_view host = !options.target_host_name.empty() ? options.target_host_name
                                      : source                         ? source->target_host_name
                                                                       : std::string_view{};
        if (host.empty()) {
            fail("a Graph notification needs targetHostName, the host name of the app it is for, and the source has "
                 "none: give convert_options::target_host_name");
            return;
        }
        const bool visual = !source || source->has_visual_content;
        // The visual content's title and body, as plain text: text_ holds "title" then "body".
        text_.clear();
        std::size_t title_end = 0;
        if (visual) {
            const std::optional<std::string_view> markdown_title = n.override_content ? n.override_content->title : std::nullopt;
            const std::optional<std::string_view> markdown_body = n.override_content ? n.override_content->body : std::nullopt;
            if (markdown_title && !detail::trim_text(*markdown_title).empty()) append_markdown_text(*markdown_title, options);
            if (detail::trim_text(text_).empty()) {
                text_.clear();
                text_.append(n.title);
            }
            title_end = text_.size();
            if (markdown_body) append_markdown_text(*markdown_body, options);
            else if (n.body) text_.append(*n.body);
            if (detail::trim_text(std::string_view(text_).substr(0, title_end)).empty()) {
                fail("a Graph notification's visualContent needs a title, and the source has none");
                return;
            }
        }
        const std::string_view title = std::string_view(text_).substr(0, title_end);
        const std::string_view body = std::string_view(text_).substr(title_end);
        const bool has_body = visual && (n.body || (n.override_content && n.override_content->body));
        // appNotificationId: the options', the source's, or one derived from the text.
        id_.clear();
        if (!options.app_notification_id.empty()) id_.append(options.app_notification_id);
        else if (source && !source->app_notification_id.empty()) id_.append(source->app_notification_id);
        else derive_notification_id(title, body);

        if (!source) {
            lose_in_app_parts(n, "a Graph notification shows the app's icon");
            if (!n.recipient_id.empty())
                lose("recipient", "Graph notifies the user whose subscription the X-UNS-ID request header names");
        }
        if (n.push) {
            lose("recipients", "Graph notifies the user whose subscription the X-UNS-ID request header names");
            if (n.push->open_app || !n.push->params.empty() || !n.push->entity.empty() || !n.push->app.empty())
                lose("openApp, params, app, entity", "a Graph notification does not open a Power Apps app");
        }
        json.begin_object();
        json.member("targetHostName", host);
        json.member("appNotificationId", id_);
        if (source && source->expiration_date_time) json.member("expirationDateTime", *source->expiration_date_time);
        json.key("payload");
        json.begin_object();
        if (visual) {
            json.key("visualContent");
            json.begin_object();
            json.member("title", title);
            if (has_body) json.member("body", body);
            json.end_object();
        }
        if (source && source->raw_content) json.member("rawContent", *source->raw_content);
        json.end_object();
        if (source && source->platforms != 0) {
            json.key("targetPolicy");
            json.begin_object();
            json.key("platformTypes");
            json.begin_array();
            for (const graph_platform p : {graph_platform::windows, graph_platform::ios, graph_platform::android,
                                           graph_platform::web_push})
                if (source->targets(p)) json.string(to_string(p));
            json.end_array();
            json.end_object();
        }
        if (source && source->priority != graph_priority::unspecified) json.member("priority", to_string(source->priority));
        else if (n.priority == priority::high) json.member("priority", "High");
        if (source && source->group_name) json.member("groupName", *source->group_name);
        if (source && source->display_time_to_live) json.member("displayTimeToLive", *source->display_time_to_live);
        json.end_object();
    }

    /// "appnotify-" and the FNV-1a hash of the title and body, in hexadecimal.
    void derive_notification_id(std::string_view title, std::string_view body) {
        const std::uint64_t h = detail::fnv1a(body, detail::fnv1a(std::string_view("\0", 1), detail::fnv1a(title)));
        id_.append("appnotify-");
        detail::append_hex(id_, static_cast<std::uint32_t>(h >> 32), 8);
        detail::append_hex(id_, static_cast<std::uint32_t>(h), 8);
    }
};

/// Validates `json` (as `validation.dialect`, or the dialect recognized) and appends it converted
/// to dialect `to` (see notification_converter; this one allocates its own buffers).
[[nodiscard]] APPNOTIFY_EXTERNAL_LINKAGE conversion_report convert(std::string_view json, dialect to, std::string& out,
                                               const convert_options& options = {},
                                               const validate_options& validation = {});

} // namespace appnotify

#if APPNOTIFY_HEADER_ONLY
// ---- appnotify/impl/convert.inl ----
// appnotify: the definition of convert() of convert.hpp.
// Included by convert.hpp in header-only mode, compiled once into src/appnotify.cpp in compiled
// mode (config.hpp: APPNOTIFY_HEADER_ONLY).
#ifndef APPNOTIFY_IMPL_CONVERT_INL
#define APPNOTIFY_IMPL_CONVERT_INL

#include <string>
#include <string_view>


namespace appnotify {

APPNOTIFY_EXTERNAL_LINKAGE conversion_report convert(std::string_view json, dialect to, std::string& out,
                                               const convert_options& options,
                                               const validate_options& validation) {
    notification_converter converter;
    return converter.convert(json, to, out, options, validation);
}

} // namespace appnotify

#endif // APPNOTIFY_IMPL_CONVERT_INL
#endif

#endif // APPNOTIFY_CONVERT_HPP
// ---- appnotify/diagnostic_catalogue.hpp ----
// appnotify: what each diagnostic code means, with an example: the catalogue docs/diagnostics.md
// lists, as a table (the SARIF writer describes its rules with it).
// Generated by tools/diagnostics_doc.cpp --header from tests/data/diagnostic_examples.json; do not edit.
#ifndef APPNOTIFY_DIAGNOSTIC_CATALOGUE_HPP
#define APPNOTIFY_DIAGNOSTIC_CATALOGUE_HPP

#include <string_view>


namespace appnotify {

/// What a diagnostic code means, as docs/diagnostics.md says it under the code's heading.
struct diagnostic_description {
    /// The description's first sentence.
    std::string_view summary;
    /// The whole description (Markdown: `code` spans).
    std::string_view description;
    /// What the example is: "payload" (of the dialect recognized), "payload, action dialect",
    /// "link", "markdown" or "context".
    std::string_view example_kind;
    /// An input that gets the code, as docs/diagnostics.md shows it: control characters and
    /// invalid UTF-8 as \xHH, at most 240 bytes of it and then how long it is in all.
    std::string_view example;
    /// The severity the code is reported with unless a diagnostic_policy changes it.
    appnotify::severity severity;
};

namespace detail {
inline constexpr diagnostic_description diagnostic_descriptions[] = {
    // input-too-large
    {"The input is larger than `validate_options::max_input_bytes` (1 MiB by default); "
        "it is refused before it is parsed or copied.",
     "The input is larger than `validate_options::max_input_bytes` (1 MiB by default); "
        "it is refused before it is parsed or copied. The example uses a limit of 64 bytes.",
     "payload",
     "{\"Title\": \"Welcome\", \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\", "
        "\"Body\": \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
        "xxxxxxxxxxxx\"}",
     severity::error},
    // json-empty
    {"The input is empty or holds only whitespace.",
     "The input is empty or holds only whitespace.",
     "payload",
     "   ",
     severity::error},
    // json-byte-order-mark
    {"The input starts with a UTF-8 byte order mark.",
     "The input starts with a UTF-8 byte order mark. It is ignored (positions do not count "
        "it), but senders should not emit one.",
     "payload",
     "\357\273\277{\"Title\": \"Welcome\", \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5"
        "fe8)\"}",
     severity::warning},
    // json-invalid-utf8
    {"A byte sequence is not valid UTF-8 (overlong forms, encoded surrogates, truncated "
        "sequences, bytes 0xC0, 0xC1, 0xF5..0xFF).",
     "A byte sequence is not valid UTF-8 (overlong forms, encoded surrogates, truncated "
        "sequences, bytes 0xC0, 0xC1, 0xF5..0xFF). The example file holds the raw byte 0xC3 "
        "followed by a quote.",
     "payload",
     "{\"Title\": \"caf\\xc3\"}",
     severity::error},
    // json-comment
    {"JSON has no comments.",
     "JSON has no comments. The documentation annotates its examples with `// info`-style "
        "comments; pasted as they are, the request fails.",
     "payload",
     "{\012  \"Title\": \"Welcome\",\012  \"IconType\": 100000000, // info\012  \"Recipient\": "
        "\"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\"\012}",
     severity::error},
    // json-trailing-comma
    {"A comma before `}` or `]`.",
     "A comma before `}` or `]`.",
     "payload",
     "{\"Title\": \"Welcome\", \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\", "
        "\"Body\": \"x\",}",
     severity::error},
    // json-trailing-content
    {"Something follows the JSON object.",
     "Something follows the JSON object. A request body holds exactly one object (for "
        "many payloads, use `--ndjson`).",
     "payload",
     "{\"Title\": \"Welcome\", \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\"} "
        "{\"Title\": \"again\"}",
     severity::error},
    // json-control-character
    {"A raw control character (such as a line break) inside a string; write it as an escape "
        "(`\\n`).",
     "A raw control character (such as a line break) inside a string; write it as an escape "
        "(`\\n`).",
     "payload",
     "{\"Title\": \"two\012lines\", \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\"}",
     severity::error},
    // json-invalid-escape
    {"A backslash followed by something JSON does not define.",
     "A backslash followed by something JSON does not define.",
     "payload",
     "{\"Title\": \"it\\'s\", \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\"}",
     severity::error},
    // json-lone-surrogate
    {"A `\\u` escape of half a surrogate pair: it encodes no character.",
     "A `\\u` escape of half a surrogate pair: it encodes no character.",
     "payload",
     "{\"Title\": \"x\\ud800\", \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\"}",
     severity::error},
    // json-invalid-number
    {"A number JSON does not allow: leading zeros, a leading `+`, missing digits.",
     "A number JSON does not allow: leading zeros, a leading `+`, missing digits.",
     "payload",
     "{\"Title\": \"Welcome\", \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\", "
        "\"IconType\": 0100000000}",
     severity::error},
    // json-invalid-literal
    {"A word that is not `true`, `false` or `null` (Python's `None`, `True`, JavaScript's "
        "`undefined`, `NaN`).",
     "A word that is not `true`, `false` or `null` (Python's `None`, `True`, JavaScript's "
        "`undefined`, `NaN`).",
     "payload",
     "{\"Title\": \"Welcome\", \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\", "
        "\"Body\": None}",
     severity::error},
    // json-unterminated-string
    {"A string is never closed.",
     "A string is never closed.",
     "payload",
     "{\"Title\": \"Welcome",
     severity::error},
    // json-unexpected-end
    {"The input ends inside an object or array.",
     "The input ends inside an object or array.",
     "payload",
     "{\"Title\": \"Welcome\", ",
     severity::error},
    // json-syntax
    {"Any other syntax error: single quotes, unquoted names, a missing comma or colon, "
        "mismatched brackets.",
     "Any other syntax error: single quotes, unquoted names, a missing comma or colon, "
        "mismatched brackets.",
     "payload",
     "{'Title': 'Welcome'}",
     severity::error},
    // json-nesting-too-deep
    {"Arrays and objects nested deeper than `validate_options::max_depth` (64 by default, "
        "256 at most).",
     "Arrays and objects nested deeper than `validate_options::max_depth` (64 by default, "
        "256 at most).",
     "payload",
     "{\"Title\": \"Welcome\", \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\", "
        "\"X\": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]"
        "]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}",
     severity::error},
    // duplicate-key
    {"The same member twice in one object: JSON parsers disagree on which wins.",
     "The same member twice in one object: JSON parsers disagree on which wins.",
     "payload",
     "{\"Title\": \"a\", \"Title\": \"b\", \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5"
        "fe8)\"}",
     severity::error},
    // too-many-diagnostics
    {"More diagnostics than `validate_options::max_diagnostics` (1000 by default): the "
        "rest are counted in this one.",
     "More diagnostics than `validate_options::max_diagnostics` (1000 by default): the "
        "rest are counted in this one. The example uses a limit of 2.",
     "payload",
     "{\"Title\": \"Welcome\", \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\", "
        "\"Actions\": {\"actions@odata.type\": \"#Collection(Microsoft.Dynamics.CRM.expando)\", "
        "\"actions\": [{}, {}, {}]}}",
     severity::warning},
    // payload-not-object
    {"The payload is not a JSON object; an array gets a specific message, since the action "
        "takes one notification per request.",
     "The payload is not a JSON object; an array gets a specific message, since the action "
        "takes one notification per request.",
     "payload",
     "[{\"Title\": \"Welcome\", \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\"}]",
     severity::error},
    // unknown-parameter
    {"A top-level member SendAppNotification does not have: the server rejects the request.",
     "A top-level member SendAppNotification does not have: the server rejects the request. "
        "Names are case-sensitive; near misses get a suggestion, and common mistakes (`Data`, "
        "`TTLInSeconds`, `ownerid@odata.bind`) specific advice.",
     "payload",
     "{\"title\": \"Welcome\", \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\"}",
     severity::error},
    // ignored-field
    {"A member of an open (expando) object that the notification center does not read: "
        "accepted, but it does nothing.",
     "A member of an open (expando) object that the notification center does not read: "
        "accepted, but it does nothing.",
     "payload",
     "{\"Title\": \"Welcome\", \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\", "
        "\"OverrideContent\": {\"subtitle\": \"x\"}}",
     severity::warning},
    // missing-required
    {"A required member is missing.",
     "A required member is missing. The JSON Pointer names the missing member; the position "
        "is the object that lacks it.",
     "payload",
     "{\"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\"}",
     severity::error},
    // wrong-type
    {"A value of the wrong JSON type.",
     "A value of the wrong JSON type.",
     "payload",
     "{\"Title\": [\"Welcome\"], \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\"}",
     severity::error},
    // empty-value
    {"A required text is empty or only spaces.",
     "A required text is empty or only spaces.",
     "payload",
     "{\"Title\": \"\", \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\"}",
     severity::error},
    // text-too-long
    {"Text longer than Dataverse stores, counted in UTF-16 code units as Dataverse does: "
        "Title and a record's title 256, Body and a record's body 500, a record's data 5000.",
     "Text longer than Dataverse stores, counted in UTF-16 code units as Dataverse does: "
        "Title and a record's title 256, Body and a record's body 500, a record's data 5000. "
        "(OverrideContent's markdown title and body have no limit of their own: see `override-text-long` "
        "and `data-too-long`.)",
     "payload",
     "{\"Title\": \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
        "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
        "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ... (337 bytes in all)",
     severity::error},
    // override-text-long
    {"OverrideContent's markdown title or body (or those of a record's `data`) is longer "
        "than a plain title (256) or body (500) can be.",
     "OverrideContent's markdown title or body (or those of a record's `data`) is longer "
        "than a plain title (256) or body (500) can be. No document limits the markdown itself "
        "(it is stored in the data column, whose 5,000 characters are checked as a whole: "
        "`data-too-long`), and none says how much of it the notification center shows: a "
        "warning.",
     "payload",
     "{\"Title\": \"Welcome\", \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\", "
        "\"OverrideContent\": {\"@odata.type\": \"#Microsoft.Dynamics.CRM.expando\", \"title\": "
        "\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ... (428 "
        "bytes in all)",
     severity::warning},
    // data-too-long
    {"SendAppNotification keeps `OverrideContent` and the `Actions` as the JSON of the "
        "notification's data column, which holds at most 5,000 characters (seed 000).",
     "SendAppNotification keeps `OverrideContent` and the `Actions` as the JSON of the "
        "notification's data column, which holds at most 5,000 characters (seed 000). They "
        "are measured as the least any JSON writer makes of them: compact, OData annotations "
        "left out, escapes only where JSON needs them (`\\u0041` counts as one character, "
        "`\\n` as two). A record's own `data` string is checked as it is (`text-too-long`).",
     "payload",
     "{\"Title\": \"Welcome\", \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\", "
        "\"OverrideContent\": {\"@odata.type\": \"#Microsoft.Dynamics.CRM.expando\", \"body\": "
        "\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ... "
        "(5160 bytes in all)",
     severity::error},
    // hidden-character
    {"A Graph notification's `appNotificationId` or `groupName` holds a character that "
        "does not show as itself: a control character (NUL, ESC...), or an invisible format "
        "character that reorders, joins or hides text (U+202E, U+200B, U+061C...).",
     "A Graph notification's `appNotificationId` or `groupName` holds a character that "
        "does not show as itself: a control character (NUL, ESC...), or an invisible format "
        "character that reorders, joins or hides text (U+202E, U+200B, U+061C...). Ids and "
        "group names are compared as stored, so one that reads the same can be another; no "
        "document forbids them: a warning.",
     "payload, graph dialect",
     "{\"targetHostName\": \"graphnotifications.sample.windows.com\", \"appNotificationId\": "
        "\"toast\\u202eone\", \"payload\": {\"visualContent\": {\"title\": \"Hello World!\"}}}",
     severity::warning},
    // case-mismatch
    {"Every member of an object of a Graph notification differs from a Graph name only "
        "by case (PascalCase for camelCase).",
     "Every member of an object of a Graph notification differs from a Graph name only "
        "by case (PascalCase for camelCase). Said once for the notification, at the first "
        "such member, naming the first three; the members are checked as the ones they name, "
        "so the payload's other problems are reported too. Where an object mixes exact names "
        "with such a variant, the variant is an `unknown-parameter` instead.",
     "payload, graph dialect",
     "{\"TargetHostName\": \"graphnotifications.sample.windows.com\", \"AppNotificationId\": "
        "\"testDirectToastNotification\", \"Payload\": {\"VisualContent\": {\"Title\": \"Hello "
        "World!\"}}}",
     severity::error},
    // number-as-string
    {"A number written as a string.",
     "A number written as a string. For option sets the message gives the number to write "
        "(also for a name such as \"High\").",
     "payload",
     "{\"Title\": \"Welcome\", \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\", "
        "\"IconType\": \"100000003\"}",
     severity::error},
    // number-not-integer
    {"An integer parameter written with a fraction or exponent (even `100000000.0`).",
     "An integer parameter written with a fraction or exponent (even `100000000.0`).",
     "payload",
     "{\"Title\": \"Welcome\", \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\", "
        "\"Expiry\": 3600.5}",
     severity::error},
    // integer-out-of-range
    {"An integer outside the range of its parameter (Int32 for option sets; 1 to 2147483647 "
        "for Expiry and a pane width).",
     "An integer outside the range of its parameter (Int32 for option sets; 1 to 2147483647 "
        "for Expiry and a pane width).",
     "payload",
     "{\"Title\": \"Welcome\", \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\", "
        "\"Expiry\": 0}",
     severity::error},
    // invalid-option-value
    {"A number that is not one of the option set's values; the message lists them with "
        "their names.",
     "A number that is not one of the option set's values; the message lists them with "
        "their names.",
     "payload",
     "{\"Title\": \"Welcome\", \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\", "
        "\"IconType\": 100000006}",
     severity::error},
    // invalid-enum-value
    {"A string that must be one of fixed values (action type, navigationTarget, pageType, "
        "viewType); case-sensitive, with a suggestion for near misses.",
     "A string that must be one of fixed values (action type, navigationTarget, pageType, "
        "viewType); case-sensitive, with a suggestion for near misses.",
     "payload",
     "{\"Title\": \"Welcome\", \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\", "
        "\"Actions\": {\"@odata.type\": \"#Microsoft.Dynamics.CRM.expando\", \"actions@odata.type\": "
        "\"#Collection(Microsoft.Dynamics.CRM.expando)\", \"actions\": [{\"title\": ... (372 "
        "bytes in all)",
     severity::error},
    // invalid-guid
    {"Not a GUID (8-4-4-4-12 hexadecimal digits).",
     "Not a GUID (8-4-4-4-12 hexadecimal digits). The position is the first wrong character.",
     "payload",
     "{\"Title\": \"Welcome\", \"Recipient\": \"/systemusers(43m770h2-6567-ebm1-ob2b-000d3ac3kd6c)\"}",
     severity::error},
    // nil-guid
    {"The all-zero GUID identifies no record.",
     "The all-zero GUID identifies no record.",
     "payload",
     "{\"Title\": \"Welcome\", \"Recipient\": \"/systemusers(00000000-0000-0000-0000-000000000000)\"}",
     severity::error},
    // invalid-logical-name
    {"A table's logical name must be lowercase letters, digits and underscores, starting "
        "with a letter.",
     "A table's logical name must be lowercase letters, digits and underscores, starting "
        "with a letter.",
     "payload",
     "{\"Title\": \"Welcome\", \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\", "
        "\"Actions\": {\"@odata.type\": \"#Microsoft.Dynamics.CRM.expando\", \"actions@odata.type\": "
        "\"#Collection(Microsoft.Dynamics.CRM.expando)\", \"actions\": [{\"title\": ... (453 "
        "bytes in all)",
     severity::error},
    // template-placeholder
    {"A template placeholder such as `<GUID of the user>` or `{{name}}` was never filled "
        "in: an error where a GUID or name is expected, a warning in text.",
     "A template placeholder such as `<GUID of the user>` or `{{name}}` was never filled "
        "in: an error where a GUID or name is expected, a warning in text.",
     "payload",
     "{\"Title\": \"Welcome\", \"Recipient\": \"/systemusers(<GUID of the user>)\"}",
     severity::error},
    // markdown-in-plain-text
    {"Markdown in the plain Title or Body is shown literally: only OverrideContent.title "
        "and .body render markdown.",
     "Markdown in the plain Title or Body is shown literally: only OverrideContent.title "
        "and .body render markdown.",
     "payload",
     "{\"Title\": \"Welcome\", \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\", "
        "\"Body\": \"Call **Jim** today\"}",
     severity::warning},
    // markdown-link-refused
    {"A markdown link whose destination the link policy refuses: only http, https, mailto "
        "and tel links, app-relative (`?pagetype=...`), root-relative (`/...`) and fragment "
        "(`#...`) links are allowed; `javascript:`, `vbscript:`, `data:`, `file:`, unknown "
        "schemes, protocol-relative `//host` and relative paths are not, however the scheme "
        "is disguised (case, whitespace and control characters, character references, percent-encoding).",
     "A markdown link whose destination the link policy refuses: only http, https, mailto "
        "and tel links, app-relative (`?pagetype=...`), root-relative (`/...`) and fragment "
        "(`#...`) links are allowed; `javascript:`, `vbscript:`, `data:`, `file:`, unknown "
        "schemes, protocol-relative `//host` and relative paths are not, however the scheme "
        "is disguised (case, whitespace and control characters, character references, percent-encoding). "
        "The link's text is rendered without a link. Also reported when the link resolver "
        "(a `link_rewriter`) refuses a link or turns it into one the policy refuses.",
     "markdown",
     "Open [the case](javascript:alert(document.cookie)) now",
     severity::warning},
    // markdown-nested-link
    {"An autolink written inside the text of an inline link.",
     "An autolink written inside the text of an inline link. CommonMark makes it a link "
        "inside the link, which HTML cannot hold (a browser ends the outer link at the inner "
        "one) and which text outputs, push and Graph conversions showed with one of the two "
        "destinations gone: a way to make a link look as if it led elsewhere. appnotify never "
        "nests links: the inner one is shown as text, and the whole text leads where the "
        "outer link does (the text outputs write that destination). When the outer link is "
        "refused, the inner one is text all the same. Validation reports it for OverrideContent's "
        "title and body.",
     "markdown",
     "[Pay your invoice at <https://bank.example> today](https://evil.example/pay)",
     severity::warning},
    // markdown-too-deep
    {"Lists (or emphasis) are nested deeper than `markdown_limits::max_nesting` (32 by "
        "default); the deeper list markers or emphasis delimiters are shown as text.",
     "Lists (or emphasis) are nested deeper than `markdown_limits::max_nesting` (32 by "
        "default); the deeper list markers or emphasis delimiters are shown as text. The "
        "example uses a limit of 3.",
     "markdown",
     "- a\012  - b\012    - c\012      - d",
     severity::warning},
    // markdown-input-too-large
    {"The markdown text is larger than `markdown_limits::max_input_bytes` (1 MiB by default); "
        "nothing is rendered.",
     "The markdown text is larger than `markdown_limits::max_input_bytes` (1 MiB by default); "
        "nothing is rendered. The example uses a limit of 16 bytes.",
     "markdown",
     "**This body is longer than the limit**",
     severity::error},
    // markdown-output-too-large
    {"The rendered output would be larger than `markdown_limits::max_output_bytes` (16 "
        "MiB by default); rendering stops there and closes every open element, so the output "
        "stays well formed.",
     "The rendered output would be larger than `markdown_limits::max_output_bytes` (16 "
        "MiB by default); rendering stops there and closes every open element, so the output "
        "stays well formed. The example uses a limit of 32 bytes.",
     "markdown",
     "- *one* **two** [three](/3)\012- four\012- five",
     severity::error},
    // recipient-bare-guid
    {"Recipient is an entity reference, not a bare GUID.",
     "Recipient is an entity reference, not a bare GUID.",
     "payload",
     "{\"Title\": \"Welcome\", \"Recipient\": \"0a9f62a8-90df-e311-9565-a45d36fc5fe8\"}",
     severity::error},
    // recipient-team
    {"Notifications cannot be sent to a team: send one to each user.",
     "Notifications cannot be sent to a team: send one to each user.",
     "payload",
     "{\"Title\": \"Welcome\", \"Recipient\": \"/teams(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\"}",
     severity::error},
    // recipient-not-systemuser
    {"The recipient is not a user (entity set names are case-sensitive: `systemusers`).",
     "The recipient is not a user (entity set names are case-sensitive: `systemusers`).",
     "payload",
     "{\"Title\": \"Welcome\", \"Recipient\": \"/accounts(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\"}",
     severity::error},
    // recipient-malformed
    {"The recipient is not an entity reference at all.",
     "The recipient is not an entity reference at all.",
     "payload",
     "{\"Title\": \"Welcome\", \"Recipient\": \"maria@contoso.com\"}",
     severity::error},
    // custom-icon-without-url
    {"IconType Custom needs OverrideContent.iconUrl.",
     "IconType Custom needs OverrideContent.iconUrl.",
     "payload",
     "{\"Title\": \"Welcome\", \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\", "
        "\"IconType\": 100000005}",
     severity::error},
    // icon-url-ignored
    {"An iconUrl is only used with IconType Custom (100000005).",
     "An iconUrl is only used with IconType Custom (100000005).",
     "payload",
     "{\"Title\": \"Welcome\", \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\", "
        "\"IconType\": 100000001, \"OverrideContent\": {\"iconUrl\": \"/WebResources/contoso_Phone\"}}",
     severity::warning},
    // odata-type-missing
    {"An object nested in an open type (or the `actions` array) without its type annotation: "
        "Dataverse needs it to read the value as an expando.",
     "An object nested in an open type (or the `actions` array) without its type annotation: "
        "Dataverse needs it to read the value as an expando.",
     "payload",
     "{\"Title\": \"Welcome\", \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\", "
        "\"Actions\": {\"@odata.type\": \"#Microsoft.Dynamics.CRM.expando\", \"actions@odata.type\": "
        "\"#Collection(Microsoft.Dynamics.CRM.expando)\", \"actions\": [{\"title\": ... (289 "
        "bytes in all)",
     severity::warning},
    // odata-type-missing-hash
    {"An OData type name without its leading `#`.",
     "An OData type name without its leading `#`. The documentation's own examples do "
        "this for `Actions`; it works, but is not the OData form.",
     "payload",
     "{\"Title\": \"Welcome\", \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\", "
        "\"OverrideContent\": {\"@odata.type\": \"Microsoft.Dynamics.CRM.expando\", \"title\": "
        "\"x\"}}",
     severity::warning},
    // odata-type-mismatch
    {"A type annotation that names the wrong type, or one that contradicts the value it "
        "describes.",
     "A type annotation that names the wrong type, or one that contradicts the value it "
        "describes.",
     "payload",
     "{\"Title\": \"Welcome\", \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\", "
        "\"OverrideContent\": {\"@odata.type\": \"#Microsoft.Dynamics.CRM.account\"}}",
     severity::error},
    // odata-type-unknown
    {"A type annotation naming a type Dataverse does not know.",
     "A type annotation naming a type Dataverse does not know.",
     "payload",
     "{\"Title\": \"Welcome\", \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\", "
        "\"OverrideContent\": {\"title@odata.type\": \"#Text\", \"title\": \"x\"}}",
     severity::warning},
    // odata-annotation-orphan
    {"A `member@odata.type` annotation for a member the object does not have.",
     "A `member@odata.type` annotation for a member the object does not have.",
     "payload",
     "{\"Title\": \"Welcome\", \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\", "
        "\"OverrideContent\": {\"body@odata.type\": \"#String\", \"title\": \"x\"}}",
     severity::warning},
    // legacy-action-form
    {"An action without `type` but with `url`: the older form, read as a URL action.",
     "An action without `type` but with `url`: the older form, read as a URL action.",
     "payload",
     "{\"Title\": \"Welcome\", \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\", "
        "\"Actions\": {\"@odata.type\": \"#Microsoft.Dynamics.CRM.expando\", \"actions@odata.type\": "
        "\"#Collection(Microsoft.Dynamics.CRM.expando)\", \"actions\": [{\"title\": ... (355 "
        "bytes in all)",
     severity::warning},
    // teams-chat-conflict
    {"`chatId` opens an existing chat; `memberIds` and `entityContext` only make sense "
        "for a new one.",
     "`chatId` opens an existing chat; `memberIds` and `entityContext` only make sense "
        "for a new one.",
     "payload",
     "{\"Title\": \"Welcome\", \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\", "
        "\"Actions\": {\"@odata.type\": \"#Microsoft.Dynamics.CRM.expando\", \"actions@odata.type\": "
        "\"#Collection(Microsoft.Dynamics.CRM.expando)\", \"actions\": [{\"title\": ... (464 "
        "bytes in all)",
     severity::error},
    // teams-chat-no-target
    {"A Teams chat action with no chat, no members and no record.",
     "A Teams chat action with no chat, no members and no record.",
     "payload",
     "{\"Title\": \"Welcome\", \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\", "
        "\"Actions\": {\"@odata.type\": \"#Microsoft.Dynamics.CRM.expando\", \"actions@odata.type\": "
        "\"#Collection(Microsoft.Dynamics.CRM.expando)\", \"actions\": [{\"title\": ... (354 "
        "bytes in all)",
     severity::warning},
    // field-not-applicable
    {"A member that belongs to another action type or page type, and is ignored here.",
     "A member that belongs to another action type or page type, and is ignored here.",
     "payload",
     "{\"Title\": \"Welcome\", \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\", "
        "\"Actions\": {\"@odata.type\": \"#Microsoft.Dynamics.CRM.expando\", \"actions@odata.type\": "
        "\"#Collection(Microsoft.Dynamics.CRM.expando)\", \"actions\": [{\"title\": ... (357 "
        "bytes in all)",
     severity::warning},
    // link-refused
    {"The link policy refuses the link: `javascript:`, `vbscript:`, `data:`, `file:` and "
        "unknown schemes (however disguised by case, whitespace, control characters, entity "
        "or percent encoding), protocol-relative `//host` links, relative paths such as `page.htm`, "
        "http(s) links whose host browsers and readers see differently (a backslash before "
        "the path, a user name before the host, no `//` after the scheme: `https://contoso.crm.dynamics.com\\"
        "\\@evil.example/` goes to evil.example), and empty links.",
     "The link policy refuses the link: `javascript:`, `vbscript:`, `data:`, `file:` and "
        "unknown schemes (however disguised by case, whitespace, control characters, entity "
        "or percent encoding), protocol-relative `//host` links, relative paths such as `page.htm`, "
        "http(s) links whose host browsers and readers see differently (a backslash before "
        "the path, a user name before the host, no `//` after the scheme: `https://contoso.crm.dynamics.com\\"
        "\\@evil.example/` goes to evil.example), and empty links. Allowed are http, https, "
        "mailto and tel links, app-relative links (`?pagetype=...`, `main.aspx?...`), root-relative "
        "paths (`/WebResources/...`) and fragments. See docs/links.md.",
     "payload",
     "{\"Title\": \"Welcome\", \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\", "
        "\"Actions\": {\"@odata.type\": \"#Microsoft.Dynamics.CRM.expando\", \"actions@odata.type\": "
        "\"#Collection(Microsoft.Dynamics.CRM.expando)\", \"actions\": [{\"title\": ... (358 "
        "bytes in all)",
     severity::error},
    // link-unknown-page-type
    {"The `pagetype` of a model-driven app link is not one main.aspx knows (entityrecord, "
        "entitylist, dashboard, webresource, custom, genux, control, search, inlinedialog).",
     "The `pagetype` of a model-driven app link is not one main.aspx knows (entityrecord, "
        "entitylist, dashboard, webresource, custom, genux, control, search, inlinedialog). "
        "Its other parameters are not checked.",
     "payload",
     "{\"Title\": \"Welcome\", \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\", "
        "\"Actions\": {\"@odata.type\": \"#Microsoft.Dynamics.CRM.expando\", \"actions@odata.type\": "
        "\"#Collection(Microsoft.Dynamics.CRM.expando)\", \"actions\": [{\"title\": ... (395 "
        "bytes in all)",
     severity::warning},
    // link-unknown-parameter
    {"A query parameter the page type does not read; names are matched case-insensitively.",
     "A query parameter the page type does not read; names are matched case-insensitively. "
        "A parameter of another page type, or the organization-specific `etc` type code, "
        "is named as such.",
     "payload",
     "{\"Title\": \"Welcome\", \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\", "
        "\"Actions\": {\"@odata.type\": \"#Microsoft.Dynamics.CRM.expando\", \"actions@odata.type\": "
        "\"#Collection(Microsoft.Dynamics.CRM.expando)\", \"actions\": [{\"title\": ... (413 "
        "bytes in all)",
     severity::warning},
    // link-missing-parameter
    {"A parameter the page type needs is missing: `etn` for entityrecord and entitylist, "
        "`webresourceName` for webresource, `name` for custom; or the link has page parameters "
        "such as `etn` but no `pagetype` at all.",
     "A parameter the page type needs is missing: `etn` for entityrecord and entitylist, "
        "`webresourceName` for webresource, `name` for custom; or the link has page parameters "
        "such as `etn` but no `pagetype` at all.",
     "payload",
     "{\"Title\": \"Welcome\", \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\", "
        "\"Actions\": {\"@odata.type\": \"#Microsoft.Dynamics.CRM.expando\", \"actions@odata.type\": "
        "\"#Collection(Microsoft.Dynamics.CRM.expando)\", \"actions\": [{\"title\": ... (399 "
        "bytes in all)",
     severity::error},
    // link-repeated-parameter
    {"A parameter appears more than once; main.aspx reads only one of them.",
     "A parameter appears more than once; main.aspx reads only one of them.",
     "payload",
     "{\"Title\": \"Welcome\", \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\", "
        "\"Actions\": {\"@odata.type\": \"#Microsoft.Dynamics.CRM.expando\", \"actions@odata.type\": "
        "\"#Collection(Microsoft.Dynamics.CRM.expando)\", \"actions\": [{\"title\": ... (383 "
        "bytes in all)",
     severity::warning},
    // link-invalid-value
    {"A parameter's value is not one it allows: `viewtype` 1039 or 4230, `navbar` on, "
        "off or entity, `cmdbar` true or false, `forceUCI` 1 or 0, an `appname` that is not "
        "a unique name; or an absolute link without a host.",
     "A parameter's value is not one it allows: `viewtype` 1039 or 4230, `navbar` on, "
        "off or entity, `cmdbar` true or false, `forceUCI` 1 or 0, an `appname` that is not "
        "a unique name; or an absolute link without a host.",
     "payload",
     "{\"Title\": \"Welcome\", \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\", "
        "\"Actions\": {\"@odata.type\": \"#Microsoft.Dynamics.CRM.expando\", \"actions@odata.type\": "
        "\"#Collection(Microsoft.Dynamics.CRM.expando)\", \"actions\": [{\"title\": ... (390 "
        "bytes in all)",
     severity::error},
    // link-unencoded-data
    {"The value of `data` (webresource) or `extraqs` (entityrecord) was not percent-encoded: "
        "an `&` inside it ended it early, and the rest leaked into the page's own query as "
        "parameters the page does not read.",
     "The value of `data` (webresource) or `extraqs` (entityrecord) was not percent-encoded: "
        "an `&` inside it ended it early, and the rest leaked into the page's own query as "
        "parameters the page does not read. Encode the value with encodeURIComponent.",
     "payload",
     "{\"Title\": \"Welcome\", \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\", "
        "\"Actions\": {\"@odata.type\": \"#Microsoft.Dynamics.CRM.expando\", \"actions@odata.type\": "
        "\"#Collection(Microsoft.Dynamics.CRM.expando)\", \"actions\": [{\"title\": ... (401 "
        "bytes in all)",
     severity::error},
    // link-double-encoded
    {"`data` or `extraqs` was percent-encoded twice (`%2526` decodes to `%26`, not to "
        "`&`), so the page receives escapes instead of the text.",
     "`data` or `extraqs` was percent-encoded twice (`%2526` decodes to `%26`, not to "
        "`&`), so the page receives escapes instead of the text. A GUID encoded twice (`%257B...`) "
        "is an `invalid-guid` error.",
     "payload",
     "{\"Title\": \"Welcome\", \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\", "
        "\"Actions\": {\"@odata.type\": \"#Microsoft.Dynamics.CRM.expando\", \"actions@odata.type\": "
        "\"#Collection(Microsoft.Dynamics.CRM.expando)\", \"actions\": [{\"title\": ... (413 "
        "bytes in all)",
     severity::warning},
    // link-malformed-encoding
    {"A `%` in a parameter that starts no escape (two hexadecimal digits must follow; "
        "write `%25`), or escapes that decode to bytes that are not UTF-8.",
     "A `%` in a parameter that starts no escape (two hexadecimal digits must follow; "
        "write `%25`), or escapes that decode to bytes that are not UTF-8.",
     "payload",
     "{\"Title\": \"Welcome\", \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\", "
        "\"Actions\": {\"@odata.type\": \"#Microsoft.Dynamics.CRM.expando\", \"actions@odata.type\": "
        "\"#Collection(Microsoft.Dynamics.CRM.expando)\", \"actions\": [{\"title\": ... (369 "
        "bytes in all)",
     severity::warning},
    // link-app-conflict
    {"A link, or an app context, names its app both by id (`appid`) and by unique name "
        "(`appname`); main.aspx takes one or the other.",
     "A link, or an app context, names its app both by id (`appid`) and by unique name "
        "(`appname`); main.aspx takes one or the other.",
     "payload",
     "{\"Title\": \"Welcome\", \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\", "
        "\"Actions\": {\"@odata.type\": \"#Microsoft.Dynamics.CRM.expando\", \"actions@odata.type\": "
        "\"#Collection(Microsoft.Dynamics.CRM.expando)\", \"actions\": [{\"title\": ... (431 "
        "bytes in all)",
     severity::error},
    // link-app-mismatch
    {"A link names an app other than the one of the context it is resolved for (`check_app_link` "
        "and `resolve_link` with an `app_context`); the link keeps its own app.",
     "A link names an app other than the one of the context it is resolved for (`check_app_link` "
        "and `resolve_link` with an `app_context`); the link keeps its own app. The example "
        "checks the link for the app c8d1f3e2-5a6b-4c7d-8e9f-0a1b2c3d4e5f of https://contoso.crm.dynamics.com"
        ".",
     "link",
     "?appid=12fd1cf3-e06e-e911-a95f-000d3a13c42a&pagetype=dashboard",
     severity::warning},
    // link-other-host
    {"An absolute link goes to another host than the organization of the context; it is "
        "kept as written.",
     "An absolute link goes to another host than the organization of the context; it is "
        "kept as written. Hosts are compared as a browser reads the link's (tabs and newlines "
        "removed, percent-escapes decoded, ASCII case and a final dot ignored; nothing else "
        "folded, so an IDN and its punycode differ). The example is checked for https://contoso.crm.dynamics."
        "com. A user name before the host is refused (`link-refused`).",
     "link",
     "https://contoso.crm.dynamics.com.evil.example/main.aspx?pagetype=dashboard",
     severity::warning},
    // link-invalid-context
    {"An app context cannot be used to resolve links (`check_app_context`): the organization "
        "URL is not `http(s)://`, a host name or an IP address, an optional port from 1 to "
        "65535 and a plain path (`https://*`, `https://contoso.com:evil.com`, quotes, `%00` "
        "and non-ASCII characters are refused: it is copied into resolved links and the preview's "
        "Content-Security-Policy), the app id is not a GUID, or the app name is not a unique "
        "name.",
     "An app context cannot be used to resolve links (`check_app_context`): the organization "
        "URL is not `http(s)://`, a host name or an IP address, an optional port from 1 to "
        "65535 and a plain path (`https://*`, `https://contoso.com:evil.com`, quotes, `%00` "
        "and non-ASCII characters are refused: it is copied into resolved links and the preview's "
        "Content-Security-Policy), the app id is not a GUID, or the app name is not a unique "
        "name. The example's organization URL has no scheme.",
     "context",
     "",
     severity::error},
    // invalid-host-name
    {"A Graph notification's `targetHostName` is not a host name.",
     "A Graph notification's `targetHostName` is not a host name. A character no host "
        "can hold (a space, a control character, `/`, `?`, `#`, `:`, `@`, `%`, an invisible "
        "character) or a whole URL makes the notification reach no app: an error. A character "
        "DNS host names do not hold (`_`, non-ASCII), an empty label or one over 63 characters, "
        "or a name over 253, is a warning: the name must be the one the app registered.",
     "payload, graph dialect",
     "{\"targetHostName\": \"graph notifications.sample.windows.com\", \"appNotificationId\": "
        "\"testDirectToastNotification\", \"payload\": {\"visualContent\": {\"title\": \"Hello "
        "World!\"}}}",
     severity::error},
    // dialect-unknown
    {"No member of the object belongs to any of the four payloads, so its dialect cannot "
        "be recognized (see docs/dialects.md).",
     "No member of the object belongs to any of the four payloads, so its dialect cannot "
        "be recognized (see docs/dialects.md). The message names each dialect and the members "
        "it needs. Only the JSON itself is checked; name the dialect (`--dialect`, `validate_options::dialect"
        "`) to have the payload checked as one.",
     "payload",
     "{\"subject\": \"Case 42 is yours\", \"to\": \"maria@contoso.com\"}",
     severity::error},
    // dialect-ambiguous
    {"Several dialects know equally many members of the object (here `priority`, a column "
        "of an appnotification record and a member of a Graph notification), and their required "
        "members do not decide between them.",
     "Several dialects know equally many members of the object (here `priority`, a column "
        "of an appnotification record and a member of a Graph notification), and their required "
        "members do not decide between them. The payload is checked as the first of them "
        "(action, record, push, graph); the message names every candidate and why it does "
        "not fit better: the members it does not know and the required members it lacks. "
        "When no member matches a dialect exactly, a tie between dialects that come equally "
        "close (`{\"TITLE\": \"Hi\"}`: the action's `Title` or the record's `title`) is reported "
        "the same way, with what each would read the members as. Name the dialect to be sure.",
     "payload",
     "{\"priority\": 200000001}",
     severity::warning},
    // custom-column
    {"A record sets a column with a publisher prefix (`sprk_`, `new_`...): a custom column, "
        "which exists only in organizations where someone added it to the notification table.",
     "A record sets a column with a publisher prefix (`sprk_`, `new_`...): a custom column, "
        "which exists only in organizations where someone added it to the notification table. "
        "The notification center ignores it.",
     "payload, record dialect",
     "{\"title\": \"Invoice overdue\", \"ownerid@odata.bind\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d"
        "36fc5fe8)\", \"sprk_category\": \"Billing\"}",
     severity::warning},
    // legacy-owner
    {"The record names its user with the preview-era `owner` column (the GUID of the user), "
        "as seed 001's examples do.",
     "The record names its user with the preview-era `owner` column (the GUID of the user), "
        "as seed 001's examples do. Set the owner lookup instead: `\"ownerid@odata.bind\": "
        "\"/systemusers(<GUID>)\"`. A record that has both gets the same warning, saying "
        "that the lookup is the one used (and to whom the record goes when they name different "
        "users), whatever their order.",
     "payload, record dialect",
     "{\"title\": \"Welcome\", \"owner\": \"0a9f62a8-90df-e311-9565-a45d36fc5fe8\", \"icontype\": "
        "100000000}",
     severity::warning},
    // invalid-date-time
    {"A Graph notification's `expirationDateTime` is not an ISO 8601 date-time with an "
        "offset (`2019-10-30T23:59:00Z`, `2019-10-30T23:59:00+02:00`): a local time without "
        "`Z` or an offset, a field out of range (month 13, 30 February) or another shape.",
     "A Graph notification's `expirationDateTime` is not an ISO 8601 date-time with an "
        "offset (`2019-10-30T23:59:00Z`, `2019-10-30T23:59:00+02:00`): a local time without "
        "`Z` or an offset, a field out of range (month 13, 30 February) or another shape.",
     "payload, graph dialect",
     "{\"targetHostName\": \"graphnotifications.sample.windows.com\", \"appNotificationId\": "
        "\"testDirectToastNotification\", \"expirationDateTime\": \"2019-10-30T23:59:00\", "
        "\"payload\": {\"visualContent\": {\"title\": \"Hello World!\"}}}",
     severity::error},
    // past-date-time
    {"A Graph notification's `expirationDateTime` is before 2019, when Graph notifications "
        "appeared: past for any notification sent, which then expires at once.",
     "A Graph notification's `expirationDateTime` is before 2019, when Graph notifications "
        "appeared: past for any notification sent, which then expires at once. The library "
        "reads no clock, so a later date in the past is not reported. `0001-01-01` is what "
        "an unset .NET `DateTime` writes.",
     "payload, graph dialect",
     "{\"targetHostName\": \"graphnotifications.sample.windows.com\", \"appNotificationId\": "
        "\"testDirectToastNotification\", \"expirationDateTime\": \"0001-01-01T00:00:00Z\", "
        "\"payload\": {\"visualContent\": {\"title\": \"Hello World!\"}}}",
     severity::warning},
    // payload-content-conflict
    {"A Graph notification's `payload` holds both `visualContent` and `rawContent`.",
     "A Graph notification's `payload` holds both `visualContent` and `rawContent`. A "
        "payload is exactly one of them: visual content is a notification that Windows, iOS "
        "and Android show, raw content is data handed to the app. Keep the one meant; a payload "
        "with neither is `missing-required`.",
     "payload, graph dialect",
     "{\"targetHostName\": \"graphnotifications.sample.windows.com\", \"appNotificationId\": "
        "\"testDirectToastNotification\", \"payload\": {\"visualContent\": {\"title\": \"Hello "
        "World!\"}, \"rawContent\": \"{\\\"case\\\": 42}\"}}",
     severity::error},
};
static_assert(sizeof diagnostic_descriptions / sizeof diagnostic_descriptions[0] == diagnostic_code_count,
              "one description per code, in the order of the codes");
} // namespace detail

/// What `code` means, with an example (docs/diagnostics.md#CODE says the same).
[[nodiscard]] constexpr const diagnostic_description& describe(diagnostic_code code) noexcept {
    const auto i = static_cast<std::size_t>(code);
    return detail::diagnostic_descriptions[i < diagnostic_code_count ? i : 0];
}

} // namespace appnotify

#endif // APPNOTIFY_DIAGNOSTIC_CATALOGUE_HPP
// ---- appnotify/github_actions.hpp ----
// appnotify: diagnostics as GitHub Actions workflow commands (`::error file=...::message`), which
// the runner turns into annotations on the pull request's files.
#ifndef APPNOTIFY_GITHUB_ACTIONS_HPP
#define APPNOTIFY_GITHUB_ACTIONS_HPP

#include <cstddef>
#include <string_view>


namespace appnotify {

namespace detail {

/// Appends `text` as the runner reads a workflow command's message (`property == false`) or a
/// property value (`property == true`): '%', CR and LF as %25, %0D and %0A, which the runner
/// decodes back, and in a property ':' and ',' as %3A and %2C too, so that no text can end the
/// property or the command, or start another command on a line of its own. Other characters
/// that could drive the log viewer (the foreign characters of detail/foreign_characters.hpp:
/// controls, bidi controls, invisible format characters) are shown as \uXXXX and invalid UTF-8
/// as \xHH, as in the text format.
template <typename Out>
void write_workflow_command_text(Out& out, std::string_view text, bool property) {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        const auto b = static_cast<unsigned char>(c);
        if (c == '%' || c == '\r' || c == '\n' || (property && (c == ':' || c == ','))) {
            const char escape[3] = {'%', hex[b >> 4], hex[b & 0xF]};
            out.append(std::string_view(escape, sizeof escape));
            ++i;
            continue;
        }
        if (b >= 0x20 && b < 0x7F) {
            out.push_back(c);
            ++i;
            continue;
        }
        const utf8_decoded d = decode_utf8(text, i);
        if (d.error != utf8_error::none) {
            for (std::size_t k = 0; k < d.length; ++k) {
                const auto byte = static_cast<unsigned char>(text[i + k]);
                const char escape[4] = {'\\', 'x', hex[byte >> 4], hex[byte & 0xF]};
                out.append(std::string_view(escape, sizeof escape));
            }
        } else if (is_foreign_character(d.code_point)) {
            out.append("\\u");
            char digits[6];
            int n = 0;
            for (char32_t cp = d.code_point; cp != 0 || n < 4; cp >>= 4) digits[n++] = hex[cp & 0xF];
            while (n != 0) out.push_back(digits[--n]);
        } else {
            out.append(text.substr(i, d.length));
        }
        i += d.length;
    }
}

} // namespace detail

/// Appends one GitHub Actions workflow command for `d`, found in the file `file_name` (the path
/// as given, relative to the repository's root for the annotation to appear on the file), and a
/// newline:
///
///     ::error file=F,line=L,col=C,endLine=EL,endColumn=EC,title=CODE::message (at /json/pointer)
///
/// `::warning` for a warning. col and endColumn are the diagnostic's columns (characters; the
/// end just past the span) and are left out when the span covers several lines, as GitHub
/// places columns on one line only. `record_line`, when not 0, is the line of an NDJSON file
/// that held the payload: the annotation is on that line. The file name and the message are
/// escaped as the runner requires (see detail::write_workflow_command_text), so no payload, file
/// name or member name can inject a workflow command.
inline void format_github_annotation(output out, const diagnostic& d, std::string_view file_name,
                                     std::size_t record_line = 0) {
    detail::write_to(out, [&](auto& o) {
        const std::size_t line = record_line != 0 ? record_line : d.line;
        const std::size_t end_line = d.end_line > d.line ? line + (d.end_line - d.line) : line;
        o.append(d.is_error() ? "::error file=" : "::warning file=");
        detail::write_workflow_command_text(o, file_name, true);
        o.append(",line=");
        detail::write_decimal(o, line);
        if (end_line == line) {
            o.append(",col=");
            detail::write_decimal(o, d.column);
        }
        o.append(",endLine=");
        detail::write_decimal(o, end_line);
        if (end_line == line) {
            o.append(",endColumn=");
            detail::write_decimal(o, d.end_column > d.column ? d.end_column : d.column);
        }
        o.append(",title=");
        detail::write_workflow_command_text(o, to_string(d.code), true);
        o.append("::");
        detail::write_workflow_command_text(o, d.message, false);
        if (!d.path.empty()) {
            o.append(" (at ");
            detail::write_workflow_command_text(o, d.path, false);
            o.push_back(')');
        }
        o.push_back('\n');
    });
}

} // namespace appnotify

#endif // APPNOTIFY_GITHUB_ACTIONS_HPP
// ---- appnotify/ndjson.hpp ----
// appnotify: validating newline-delimited payloads (exports with one notification per line).
#ifndef APPNOTIFY_NDJSON_HPP
#define APPNOTIFY_NDJSON_HPP

#include <cstddef>
#include <memory>
#include <string_view>


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

namespace detail {
/// simdjson's document stream, the batch of lines it parses and the incomplete last line
/// (impl/ndjson.inl). Incomplete outside the implementation in compiled mode.
struct ndjson_state;

/// A callback on each record, its type erased, so that the lines are processed out of line.
struct record_callback {
    void* context;
    void (*call)(void* context, const ndjson_record& record);
};

template <typename OnRecord>
record_callback make_record_callback(OnRecord& on_record) noexcept {
    return {const_cast<void*>(static_cast<const void*>(std::addressof(on_record))),
            [](void* context, const ndjson_record& record) { (*static_cast<OnRecord*>(context))(record); }};
}
} // namespace detail

/// Validates newline-delimited JSON, one payload per line, in constant memory: feed the text in
/// chunks of any size and each complete line is validated as soon as it arrives. Complete lines
/// are parsed together with simdjson's document stream; a line the stream cannot map one-to-one
/// onto a document (a syntax error, two documents on a line, a document across lines) is
/// validated on its own, so every line gets exactly the diagnostics `validate` would give it.
/// Blank lines are skipped. A line longer than `max_input_bytes` is not kept in memory: it is
/// reported as too large. A moved-from validator starts a new input (its next line is line 1).
class ndjson_validator {
public:
    APPNOTIFY_EXTERNAL_LINKAGE explicit ndjson_validator(validate_options options = {});
    APPNOTIFY_EXTERNAL_LINKAGE ndjson_validator(ndjson_validator&& other) noexcept;
    APPNOTIFY_EXTERNAL_LINKAGE ndjson_validator& operator=(ndjson_validator&& other) noexcept;
    ndjson_validator(const ndjson_validator&) = delete;
    ndjson_validator& operator=(const ndjson_validator&) = delete;
    APPNOTIFY_EXTERNAL_LINKAGE ~ndjson_validator();

    /// Validates the complete lines in `carry + chunk`; calls `on_record(const ndjson_record&)`.
    template <typename OnRecord>
    void feed(std::string_view chunk, OnRecord&& on_record) {
        feed_lines(chunk, detail::make_record_callback(on_record));
    }

    /// True while the line being read (not yet ended by a newline) is longer than
    /// `max_input_bytes`: it is too large whatever follows, so a reader of an endless input
    /// (/dev/zero, a FIFO, a device) can stop reading here and call `finish`.
    [[nodiscard]] APPNOTIFY_EXTERNAL_LINKAGE bool line_too_large() const noexcept;

    /// Validates the last line when the input did not end with a newline.
    template <typename OnRecord>
    void finish(OnRecord&& on_record) {
        finish_lines(detail::make_record_callback(on_record));
    }

private:
    validate_options options_;
    std::unique_ptr<detail::ndjson_state> state_; // made on first use, dropped by a move
    validation_result record_;

    APPNOTIFY_EXTERNAL_LINKAGE void feed_lines(std::string_view chunk, detail::record_callback on_record);
    APPNOTIFY_EXTERNAL_LINKAGE void finish_lines(detail::record_callback on_record);
    APPNOTIFY_EXTERNAL_LINKAGE detail::ndjson_state& state();
};

} // namespace appnotify

#if APPNOTIFY_HEADER_ONLY
// ---- appnotify/impl/ndjson.inl ----
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
#endif

#endif // APPNOTIFY_NDJSON_HPP
// ---- appnotify/owned_notification.hpp ----
// appnotify: a notification that owns its strings, for "validate now, render later": the model of
// a validation_result points into the result, this one into itself.
#ifndef APPNOTIFY_OWNED_NOTIFICATION_HPP
#define APPNOTIFY_OWNED_NOTIFICATION_HPP

#include <cstddef>
#include <cstring>
#include <initializer_list>
#include <optional>
#include <string_view>
#include <vector>


namespace appnotify {

/// A copy of a notification that owns everything its views point to: its strings (title, body,
/// override, actions and their targets, the push and Graph parts) and its lists. It outlives the
/// validation_result it was made from, copies deeply, and moves cheaply: moving keeps its
/// buffers, so views taken from it stay valid in the object moved to (and in a std::vector that
/// grows). It renders and converts with the same functions as the borrowed model:
///
///     const appnotify::owned_notification kept(result.notification());
///     renderer.render_html(kept.notification(), out);
///
/// A default-constructed or moved-from one holds an empty notification.
class owned_notification {
public:
    owned_notification() noexcept = default;
    /// Copies `n` and every string and list it points to.
    explicit owned_notification(const appnotify::notification& n) { assign(n); }
    owned_notification(const owned_notification& other) { assign(other.model_); }
    owned_notification& operator=(const owned_notification& other) {
        if (this != &other) assign(other.model_);
        return *this;
    }
    owned_notification(owned_notification&& other) noexcept { take(other); }
    owned_notification& operator=(owned_notification&& other) noexcept {
        if (this != &other) take(other);
        return *this;
    }
    ~owned_notification() = default;

    /// Makes this a copy of `n`, reusing this object's buffers. `n` must not point into this
    /// object (copy it first, or assign from another owned_notification).
    void assign(const appnotify::notification& n) {
        if (&n == &model_) return;
        model_ = n;
        copy_lists(n);
        copy_strings();
    }

    /// The notification, whose views point into this object: valid while it lives and is not
    /// assigned to or moved from. Deleted on rvalues, so a view into a temporary does not compile.
    [[nodiscard]] const appnotify::notification& notification() const& noexcept { return model_; }
    const appnotify::notification& notification() const&& = delete;

private:
    appnotify::notification model_;
    std::vector<char> text_; // every string of the model, one after another
    std::vector<action> actions_;
    std::vector<url_action> urls_;
    std::vector<side_pane_action> panes_;
    std::vector<teams_chat_action> chats_;
    std::vector<std::string_view> member_ids_;
    std::vector<std::string_view> push_recipients_;
    std::vector<push_parameter> push_params_;

    void take(owned_notification& other) noexcept {
        // Moving a vector hands its buffer over, so every view and pointer into it stays valid.
        model_ = other.model_;
        text_ = std::move(other.text_);
        actions_ = std::move(other.actions_);
        urls_ = std::move(other.urls_);
        panes_ = std::move(other.panes_);
        chats_ = std::move(other.chats_);
        member_ids_ = std::move(other.member_ids_);
        push_recipients_ = std::move(other.push_recipients_);
        push_params_ = std::move(other.push_params_);
        other.clear();
    }

    void clear() noexcept {
        model_ = appnotify::notification{};
        text_.clear();
        actions_.clear();
        urls_.clear();
        panes_.clear();
        chats_.clear();
        member_ids_.clear();
        push_recipients_.clear();
        push_params_.clear();
    }

    /// Copies the lists and the parts the actions point to, and points the model at the copies.
    /// Every vector is sized before the first pointer into it is taken.
    void copy_lists(const appnotify::notification& n) {
        std::size_t urls = 0, panes = 0, chats = 0, members = 0;
        for (const action& a : n.actions) {
            urls += a.url != nullptr;
            panes += a.side_pane != nullptr;
            if (a.teams_chat != nullptr) {
                ++chats;
                members += a.teams_chat->member_ids.size();
            }
        }
        actions_.assign(n.actions.begin(), n.actions.end());
        urls_.clear();
        panes_.clear();
        chats_.clear();
        member_ids_.clear();
        urls_.reserve(urls);
        panes_.reserve(panes);
        chats_.reserve(chats);
        member_ids_.reserve(members);
        for (action& a : actions_) {
            if (a.url != nullptr) {
                urls_.push_back(*a.url);
                a.url = &urls_.back();
            }
            if (a.side_pane != nullptr) {
                panes_.push_back(*a.side_pane);
                a.side_pane = &panes_.back();
            }
            if (a.teams_chat != nullptr) {
                chats_.push_back(*a.teams_chat);
                teams_chat_action& chat = chats_.back();
                const std::size_t first = member_ids_.size();
                member_ids_.insert(member_ids_.end(), chat.member_ids.begin(), chat.member_ids.end());
                chat.member_ids = string_list(member_ids_.data() + first, chat.member_ids.size());
                a.teams_chat = &chat;
            }
        }
        model_.actions = action_list(actions_.data(), actions_.size());
        push_recipients_.clear();
        push_params_.clear();
        if (model_.push) {
            push_recipients_.assign(n.push->recipients.begin(), n.push->recipients.end());
            push_params_.assign(n.push->params.begin(), n.push->params.end());
            model_.push->recipients = string_list(push_recipients_.data(), push_recipients_.size());
            model_.push->params = list_view<push_parameter>(push_params_.data(), push_params_.size());
        }
    }

    /// Calls `f(std::string_view&)` on every string of the model and of the copied lists.
    template <typename F>
    void for_each_string(F&& f) {
        const auto optional = [&f](std::optional<std::string_view>& s) {
            if (s) f(*s);
        };
        f(model_.title);
        f(model_.recipient);
        f(model_.recipient_id);
        optional(model_.body);
        if (model_.override_content) {
            optional(model_.override_content->title);
            optional(model_.override_content->body);
            optional(model_.override_content->icon_url);
        }
        for (action& a : actions_) f(a.title);
        for (url_action& u : urls_) f(u.url);
        for (side_pane_action& p : panes_) {
            f(p.pane.title);
            f(p.pane.pane_id);
            f(p.pane.image_src);
            page_target& t = p.target;
            for (std::string_view* s : {&t.entity_name, &t.entity_id, &t.form_id, &t.view_id, &t.dashboard_id,
                                        &t.webresource_name, &t.name, &t.page_id, &t.record_id, &t.data})
                f(*s);
        }
        for (teams_chat_action& c : chats_) {
            f(c.chat_id);
            f(c.entity_name);
            f(c.record_id);
            f(c.chat_title);
            f(c.initial_message);
        }
        for (std::string_view& id : member_ids_) f(id);
        if (model_.push) {
            for (std::string_view& r : push_recipients_) f(r);
            for (push_parameter& p : push_params_) {
                f(p.key);
                f(p.value);
            }
            f(model_.push->app);
            f(model_.push->entity);
            f(model_.push->record_id);
        }
        if (model_.graph) {
            graph_content& g = *model_.graph;
            f(g.target_host_name);
            f(g.app_notification_id);
            optional(g.expiration_date_time);
            optional(g.group_name);
            optional(g.raw_content);
        }
    }

    /// Copies every string into one buffer, sized first so that it never moves, and points the
    /// views at the copies.
    void copy_strings() {
        std::size_t total = 0;
        for_each_string([&total](std::string_view& s) { total += s.size(); });
        text_.resize(total);
        std::size_t at = 0;
        for_each_string([this, &at](std::string_view& s) {
            if (s.empty()) {
                s = {};
                return;
            }
            std::memcpy(text_.data() + at, s.data(), s.size());
            s = std::string_view(text_.data() + at, s.size());
            at += s.size();
        });
    }
};

} // namespace appnotify

#endif // APPNOTIFY_OWNED_NOTIFICATION_HPP
// ---- appnotify/preview.hpp ----
// appnotify: a standalone HTML page previewing notifications as the model-driven app's
// notification center shows them. No script, no external resource but the custom icons, and a
// Content-Security-Policy that allows nothing else.
#ifndef APPNOTIFY_PREVIEW_HPP
#define APPNOTIFY_PREVIEW_HPP

#include <cstddef>
#include <string>
#include <string_view>

// ---- appnotify/render.hpp ----
// appnotify: rendering a whole notification (icon, title, body, badges, actions, expiry) as an
// HTML card, for a terminal, or as plain text, the way the model-driven app's notification
// center shows it.
#ifndef APPNOTIFY_RENDER_HPP
#define APPNOTIFY_RENDER_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>


namespace appnotify {

struct render_options {
    /// Links and the custom icon are resolved for this organization and app; without an
    /// organization URL they stay relative.
    app_context context;
    /// ANSI: links as OSC 8 hyperlinks; otherwise as `text <URL>`.
    bool hyperlinks = true;
    /// ANSI and text: wrap at this display width (0: never). The card indents its text by 2.
    std::size_t wrap_width = 0;
    /// HTML: the prefix of every class name of the card and of its stylesheet
    /// (render_card_stylesheet). Letters, digits, '-' and '_' read best; anything else is
    /// escaped, in the HTML and in the CSS alike, but whitespace would split the class names.
    std::string_view class_prefix = "an-";
};

namespace detail {

/// "1 day 9 hours", "45 minutes": the two largest units of a duration.
inline void append_duration_words(std::string& out, std::int64_t seconds) {
    constexpr struct {
        std::int64_t size;
        const char* name;
    } units[] = {{86400, "day"}, {3600, "hour"}, {60, "minute"}, {1, "second"}};
    int shown = 0;
    for (const auto& unit : units) {
        const std::int64_t n = seconds / unit.size;
        if (n == 0 && !(shown == 0 && unit.size == 1)) {
            if (shown) break; // only adjacent units: "1 day 9 hours", not "1 day 20 seconds"
            continue;
        }
        seconds -= n * unit.size;
        if (shown) out.push_back(' ');
        append_all(out, n, ' ', unit.name, n == 1 ? "" : "s");
        if (++shown == 2) break;
    }
}

struct icon_style {
    std::string_view name;     // class suffix and text label
    std::string_view symbol;   // for terminals
    std::string_view sgr;      // terminal colour
    std::string_view svg;      // inline SVG (no external resource)
};

inline const icon_style& style_of(icon_type icon) noexcept {
    static constexpr icon_style styles[] = {
        {"info", "\xE2\x84\xB9", "34",
         R"(<svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true"><circle cx="10" cy="10" r="9" fill="#0078d4"/><rect x="9" y="8.5" width="2" height="6.5" rx="1" fill="#fff"/><circle cx="10" cy="5.8" r="1.2" fill="#fff"/></svg>)"},
        {"success", "\xE2\x9C\x93", "32",
         R"(<svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true"><circle cx="10" cy="10" r="9" fill="#107c10"/><path d="M5.5 10.5l3 3 6-7" stroke="#fff" stroke-width="2" fill="none" stroke-linecap="round" stroke-linejoin="round"/></svg>)"},
        {"failure", "\xE2\x9C\x97", "31",
         R"(<svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true"><circle cx="10" cy="10" r="9" fill="#d13438"/><path d="M6.5 6.5l7 7M13.5 6.5l-7 7" stroke="#fff" stroke-width="2" stroke-linecap="round"/></svg>)"},
        {"warning", "\xE2\x9A\xA0", "33",
         R"(<svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true"><path d="M10 1.5l9 16.5H1z" fill="#f7630c"/><rect x="9" y="7" width="2" height="6" rx="1" fill="#fff"/><circle cx="10" cy="15.3" r="1.1" fill="#fff"/></svg>)"},
        {"mention", "@", "35",
         R"(<svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true"><circle cx="10" cy="10" r="9" fill="#8764b8"/><circle cx="10" cy="10" r="3" stroke="#fff" stroke-width="1.8" fill="none"/><path d="M13 10v1.2a1.8 1.8 0 0 0 3.6 0V10A6.6 6.6 0 1 0 13.4 15.6" stroke="#fff" stroke-width="1.8" fill="none" stroke-linecap="round"/></svg>)"},
        {"custom", "\xE2\x97\x86", "36",
         R"(<svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true"><rect x="1" y="1" width="18" height="18" rx="4" fill="#605e5c"/><path d="M10 5l5 5-5 5-5-5z" fill="#fff"/></svg>)"},
    };
    // In the order of icon_type_options (notification.hpp).
    const std::size_t i = position_in(icon_type_options, icon);
    return styles[i < sizeof styles / sizeof styles[0] ? i : 0];
}

/// The origin ("https://host[:port]") of an absolute http(s) URL, or empty.
inline std::string_view url_origin(std::string_view url) noexcept {
    const std::size_t scheme_end = url.find("://");
    if (scheme_end == std::string_view::npos) return {};
    const std::size_t host_end = url.find_first_of("/?#", scheme_end + 3);
    return url.substr(0, host_end == std::string_view::npos ? url.size() : host_end);
}

/// Where an action leads and how it opens.
struct action_link {
    bool linked = false; // false: refused by the link policy, shown without a link
    bool new_window = false;
    std::string_view hint; // "opens in a dialog", ...
};

/// Appends `prefix` as the start of a CSS class selector's identifier: letters, digits, '-', '_'
/// and non-ASCII characters as they are, anything else as a CSS escape ("\3c "), and a digit
/// that would start the identifier escaped too. No prefix can end the rule or the <style>.
inline void append_css_identifier_escaped(std::string& out, std::string_view prefix) {
    std::size_t position = 0;
    md::for_each_valid_piece(prefix, [&](std::string_view piece) {
        for (const char c : piece) {
            const bool leading_digit = md::is_digit(c) && (position == 0 || (position == 1 && prefix[0] == '-'));
            ++position;
            if ((md::is_alnum(c) || c == '-' || c == '_' || static_cast<unsigned char>(c) >= 0x80) && !leading_digit) {
                out.push_back(c);
                continue;
            }
            out.push_back('\\');
            append_hex(out, c == '\0' ? 0xFFFDu : static_cast<unsigned char>(c), 1);
            out.push_back(' ');
        }
    });
}

/// True when `prefix` starts a CSS identifier as it is (the usual case: "an-", "acme_").
inline bool is_plain_css_prefix(std::string_view prefix) noexcept {
    if (!prefix.empty() && md::is_digit(prefix[0])) return false;
    if (prefix.size() >= 2 && prefix[0] == '-' && md::is_digit(prefix[1])) return false;
    for (const char c : prefix)
        if (!md::is_alnum(c) && c != '-' && c != '_') return false;
    return true;
}

/// Writes `css` to `out`, each ".an-" in it (the class selectors) written with `prefix` instead,
/// in blocks between them.
inline void write_css_with_prefix(output out, std::string_view css, std::string_view prefix) {
    std::string escaped; // only an unusual prefix allocates
    if (!is_plain_css_prefix(prefix)) append_css_identifier_escaped(escaped, prefix);
    const std::string_view written = is_plain_css_prefix(prefix) ? prefix : std::string_view(escaped);
    std::size_t start = 0;
    for (std::size_t at = css.find(".an-"); at != std::string_view::npos; at = css.find(".an-", start)) {
        out.append(css.substr(start, at + 1 - start));
        out.append(written);
        start = at + 4;
    }
    out.append(css.substr(start));
}

/// The card's stylesheet, for the class prefix "an-" (render_card_stylesheet writes it with the
/// caller's). Self-contained: a card looks the same on any page that does not restyle it.
inline constexpr std::string_view card_style = R"~(.an-card { display: flex; gap: 12px; background: #fff; border-radius: 4px; padding: 12px;
  margin-bottom: 8px; box-shadow: 0 1.6px 3.6px rgba(0,0,0,.13), 0 .3px .9px rgba(0,0,0,.11);
  border-left: 3px solid transparent; overflow-wrap: anywhere; color: #323130;
  font-family: "Segoe UI", system-ui, -apple-system, sans-serif; }
.an-priority-high { border-left-color: #d13438; }
.an-icon { flex: 0 0 20px; padding-top: 1px; }
.an-icon-image { width: 20px; height: 20px; object-fit: contain; }
.an-main { flex: 1; min-width: 0; font-size: 14px; line-height: 20px; }
.an-title { font-weight: 600; }
.an-title p, .an-body p { margin: 0; }
.an-body p + p, .an-body ul, .an-body ol { margin: 4px 0 0; }
.an-body ul, .an-body ol { padding-left: 20px; }
.an-body { margin-top: 4px; }
.an-main a { color: #0f6cbd; text-decoration: none; }
.an-main a:hover { text-decoration: underline; }
.an-badges { margin-top: 4px; display: flex; gap: 4px; flex-wrap: wrap; }
.an-badge { font-size: 12px; line-height: 16px; padding: 0 6px; border-radius: 8px; background: #edebe9; }
.an-badge-high { background: #fde7e9; color: #a4262c; }
.an-actions { list-style: none; margin: 8px 0 0; padding: 0; display: flex; gap: 8px; flex-wrap: wrap; }
.an-action { display: inline-block; font-size: 14px; font-weight: 600; padding: 4px 12px; border: 1px solid #d1d1d1;
  border-radius: 4px; color: #242424 !important; background: #fff; }
.an-action-refused { color: #a19f9d !important; border-style: dashed; }
.an-expiry { margin-top: 6px; font-size: 12px; color: #605e5c; }
)~";

} // namespace detail

/// Appends the stylesheet of the HTML cards (the CSS rules, without a <style> element), for the
/// class prefix of `options`: what the preview page uses, for a server that renders cards into
/// its own pages.
inline void render_card_stylesheet(output out, const render_options& options = {}) {
    detail::write_css_with_prefix(out, detail::card_style, options.class_prefix);
}

/// Sets `out` to the URL a custom icon is loaded from: the icon resolved for `context`, when it
/// is on the organization's own server (web resources are). Icons elsewhere are not loaded, so
/// that showing a notification never contacts a host the payload chose.
inline bool icon_image_url(std::string_view icon_url, const app_context& context, std::string& out) {
    out.clear();
    if (!detail::parse_org_url(context.org_url).ok()) return false; // refused: its origin means nothing
    const std::string_view org = detail::url_origin(context.org_url);
    if (org.empty() || !resolve_link(icon_url, context, out)) return false;
    const std::string_view origin = detail::url_origin(out);
    return origin.size() == org.size() && detail::equals_ignoring_case(origin, org);
}

/// Renders notifications, reusing its buffers (one per thread): with a reused output (a
/// std::string, a fixed_buffer or a callback), rendering allocates nothing once the buffers have
/// grown. A target other than a std::string gets each card in one block.
class notification_renderer {
public:
    /// Appends an HTML card (an <article> fragment). Text is escaped, markdown rendered safely,
    /// links resolved and checked by the link policy; nothing of the payload becomes markup.
    /// render_card_stylesheet styles it.
    void render_html(const notification& n, output out, const render_options& options = {}) {
        detail::produce_into(out, stage_, [&](std::string& target) { card_html(n, target, options); });
    }

    /// Appends the notification for a terminal: the icon and title, the body, badges, actions as
    /// hyperlinks and the expiry, indented under the title; no control character of the payload
    /// reaches the output. Wrapping never cuts a word, a URL or a hyperlink.
    void render_ansi(const notification& n, output out, const render_options& options = {}) {
        detail::produce_into(out, stage_, [&](std::string& target) { render_terminal(n, target, options, true); });
    }

    /// Appends the notification as plain text, markup removed and links written out.
    void render_text(const notification& n, output out, const render_options& options = {}) {
        detail::produce_into(out, stage_, [&](std::string& target) { render_terminal(n, target, options, false); });
    }

private:
    markdown_renderer markdown_;
    detail::md::terminal_scratch terminal_;
    app_link_resolver resolver_{app_context{}};
    std::string href_;
    std::string piece_;
    std::string prefix_; // the class prefix, escaped for an attribute
    std::string stage_;  // the output, for a target that is not a std::string

    void card_html(const notification& n, std::string& out, const render_options& options) {
        prefix_.clear();
        detail::md::append_html_escaped(prefix_, options.class_prefix);
        const std::string_view p = prefix_;
        const detail::icon_style& icon = detail::style_of(n.icon);
        detail::append_all(out, "<article class=\"", p, "card ", p, "icon-", icon.name);
        if (n.priority == priority::high) detail::append_all(out, ' ', p, "priority-high");
        if (n.toast == toast_type::hidden) detail::append_all(out, ' ', p, "toast-hidden");
        detail::append_all(out, "\">\n<div class=\"", p, "icon\">");
        append_icon_html(n, out, options);
        detail::append_all(out, "</div>\n<div class=\"", p, "main\">\n<div class=\"", p, "title\">");
        append_text_html(n.title, override_markdown(n, &content_override::title), "/OverrideContent/title",
                         out, options);
        detail::append_all(out, "</div>\n");
        if (n.priority == priority::high || n.toast == toast_type::hidden) {
            detail::append_all(out, "<div class=\"", p, "badges\">");
            if (n.priority == priority::high)
                detail::append_all(out, "<span class=\"", p, "badge ", p, "badge-high\">High priority</span>");
            if (n.toast == toast_type::hidden)
                detail::append_all(out, "<span class=\"", p, "badge ", p,
                                   "badge-hidden\">Notification center only</span>");
            out.append("</div>\n");
        }
        const std::optional<std::string_view>& body = override_markdown(n, &content_override::body);
        if (n.body || body) {
            detail::append_all(out, "<div class=\"", p, "body\">");
            append_text_html(n.body.value_or(std::string_view{}), body, "/OverrideContent/body", out, options);
            detail::append_all(out, "</div>\n");
        }
        if (!n.actions.empty()) {
            detail::append_all(out, "<ul class=\"", p, "actions\">");
            for (const action& a : n.actions) {
                const detail::action_link link = action_href(a, options);
                detail::append_all(out, "<li>");
                if (link.linked) {
                    detail::append_all(out, "<a class=\"", p, "action\" href=\"");
                    detail::md::append_href_escaped(out, href_, true);
                    out.push_back('"');
                    if (link.new_window) out.append(" target=\"_blank\" rel=\"noopener noreferrer\"");
                    if (!link.hint.empty()) detail::append_all(out, " title=\"", link.hint, '"');
                    out.push_back('>');
                    detail::md::append_html_escaped(out, a.title);
                    out.append("</a>");
                } else {
                    detail::append_all(out, "<span class=\"", p, "action ", p, "action-refused\">");
                    detail::md::append_html_escaped(out, a.title);
                    out.append("</span>");
                }
                out.append("</li>");
            }
            out.append("</ul>\n");
        }
        if (n.expiry) {
            detail::append_all(out, "<div class=\"", p, "expiry\">Expires ");
            detail::append_duration_words(out, *n.expiry);
            out.append(" after it is sent</div>\n");
        }
        out.append("</div>\n</article>\n");
    }

    markdown_options markdown_settings(const render_options& options, std::string_view path, bool ansi) {
        resolver_ = app_link_resolver(options.context);
        markdown_options m;
        m.rewriter = &resolver_;
        m.path = path;
        m.class_prefix = options.class_prefix;
        m.hyperlinks = ansi && options.hyperlinks;
        m.wrap_width = options.wrap_width > 2 ? options.wrap_width - 2 : options.wrap_width;
        return m;
    }

    /// The override's markdown for a field, by reference: a copied optional trips g++ -O3's
    /// maybe-uninitialized warning.
    static const std::optional<std::string_view>& override_markdown(
        const notification& n, std::optional<std::string_view> content_override::*field) noexcept {
        static constexpr std::optional<std::string_view> none{};
        return n.override_content ? (*n.override_content).*field : none;
    }

    void append_text_html(std::string_view plain, const std::optional<std::string_view>& markdown,
                          std::string_view path, std::string& out, const render_options& options) {
        if (markdown) {
            markdown_.render_html(*markdown, out, markdown_settings(options, path, false));
            return;
        }
        // Plain text: escaped, its line breaks kept.
        std::size_t start = 0;
        while (start <= plain.size()) {
            std::size_t end = plain.find('\n', start);
            if (end == std::string_view::npos) end = plain.size();
            if (start != 0) out.append("<br />\n");
            detail::md::append_html_escaped(out, plain.substr(start, end - start));
            start = end + 1;
        }
    }

    void append_icon_html(const notification& n, std::string& out, const render_options& options) {
        const detail::icon_style& icon = detail::style_of(n.icon);
        if (n.icon == icon_type::custom && n.override_content && n.override_content->icon_url) {
            if (icon_image_url(*n.override_content->icon_url, options.context, href_)) {
                detail::append_all(out, "<img class=\"", prefix_, "icon-image\" src=\"");
                detail::md::append_href_escaped(out, href_, true);
                out.append("\" alt=\"\" width=\"20\" height=\"20\" />");
                return;
            }
        }
        out.append(icon.svg);
    }

    /// Fills href_ with where the action leads.
    detail::action_link action_href(const action& a, const render_options& options) {
        href_.clear();
        detail::action_link link;
        switch (a.type) {
        case action_type::url:
            if (a.url == nullptr) break;
            link.linked = resolve_link(a.url->url, options.context, href_);
            link.new_window = a.url->target == navigation_target::new_window;
            link.hint = a.url->target == navigation_target::dialog       ? "Opens in a dialog"
                        : a.url->target == navigation_target::new_window ? "Opens in a new window"
                                                                         : std::string_view{};
            break;
        case action_type::side_pane:
            if (a.side_pane == nullptr) break;
            append_page_url(a.side_pane->target, options.context, href_);
            link.linked = true;
            link.hint = "Opens in a side pane";
            break;
        case action_type::teams_chat:
            if (a.teams_chat == nullptr) break;
            append_teams_chat_link(*a.teams_chat, href_);
            link.linked = true;
            link.new_window = true;
            link.hint = "Opens a Teams chat";
            break;
        }
        return link;
    }

    // --- terminals -------------------------------------------------------------------------------

    void render_terminal(const notification& n, std::string& out, const render_options& options, bool ansi) {
        const detail::icon_style& icon = detail::style_of(n.icon);
        // The icon, then the title in bold.
        if (ansi) detail::append_all(out, "\x1b[", icon.sgr, 'm', icon.symbol, "\x1b[39m ");
        else detail::append_all(out, '[', icon.name, "] ");
        piece_.clear();
        append_text_terminal(n.title, override_markdown(n, &content_override::title),
                             "/OverrideContent/title", piece_, options, ansi);
        if (ansi) out.append("\x1b[1m");
        append_indented(out, piece_, 2);
        if (ansi) out.append("\x1b[22m");
        out.push_back('\n');
        if (n.priority == priority::high || n.toast == toast_type::hidden) {
            out.append("  ");
            if (n.priority == priority::high) out.append(ansi ? "\x1b[7m High priority \x1b[27m " : "[High priority] ");
            if (n.toast == toast_type::hidden)
                out.append(ansi ? "\x1b[2m(notification center only)\x1b[22m" : "(notification center only)");
            while (!out.empty() && out.back() == ' ') out.pop_back();
            out.push_back('\n');
        }
        const std::optional<std::string_view>& body = override_markdown(n, &content_override::body);
        if (n.body || body) {
            piece_.clear();
            append_text_terminal(n.body.value_or(std::string_view{}), body, "/OverrideContent/body", piece_, options, ansi);
            if (!piece_.empty()) {
                out.append("  ");
                append_indented(out, piece_, 2);
                out.push_back('\n');
            }
        }
        for (const action& a : n.actions) {
            const detail::action_link link = action_href(a, options);
            piece_.clear();
            // The action's line is indented by 4 ("  > "): it wraps within the rest of the width,
            // its continuation lines aligned under the title, a long URL on a line of its own.
            const detail::md::terminal_settings settings{ansi, options.hyperlinks,
                                                         options.wrap_width > 4 ? options.wrap_width - 4 : options.wrap_width};
            detail::md::terminal_sink sink(piece_, settings, terminal_);
            markdown_block paragraph;
            paragraph.tight = true;
            sink.enter_block(paragraph);
            if (link.linked) {
                markdown_span span;
                span.type = markdown_span_type::link;
                span.href = href_;
                span.destination = href_;
                span.kind = link_kind::absolute;
                sink.enter_span(span);
                sink.text(a.title);
                sink.leave_span(span);
            } else {
                sink.text(a.title);
                sink.text(" (link refused)");
            }
            sink.leave_block(paragraph);
            sink.finish();
            detail::append_all(out, "  ", ansi ? "\xE2\x96\xB8 " : "> ");
            while (!piece_.empty() && piece_.back() == '\n') piece_.pop_back();
            append_indented(out, piece_, 4);
            out.push_back('\n');
        }
        if (n.expiry) {
            out.append(ansi ? "  \x1b[2mExpires " : "  Expires ");
            detail::append_duration_words(out, *n.expiry);
            out.append(ansi ? " after it is sent\x1b[22m\n" : " after it is sent\n");
        }
    }

    void append_text_terminal(std::string_view plain, const std::optional<std::string_view>& markdown,
                              std::string_view path, std::string& out, const render_options& options, bool ansi) {
        if (markdown) {
            const markdown_options m = markdown_settings(options, path, ansi);
            if (ansi) markdown_.render_ansi(*markdown, out, m);
            else markdown_.render_text(*markdown, out, m);
        } else {
            // Plain text through the same sink: controls neutralised, lines wrapped.
            const detail::md::terminal_settings settings{ansi, options.hyperlinks,
                                                         options.wrap_width > 2 ? options.wrap_width - 2 : options.wrap_width};
            detail::md::terminal_sink sink(out, settings, terminal_);
            const markdown_block paragraph;
            sink.enter_block(paragraph);
            std::size_t start = 0;
            while (start <= plain.size()) {
                std::size_t end = plain.find('\n', start);
                if (end == std::string_view::npos) end = plain.size();
                if (start != 0) sink.hard_break();
                sink.text(plain.substr(start, end - start));
                start = end + 1;
            }
            sink.leave_block(paragraph);
            sink.finish();
        }
        while (!out.empty() && out.back() == '\n') out.pop_back();
    }

    /// Appends `text`, each of its lines after the first indented by `indent` spaces.
    static void append_indented(std::string& out, std::string_view text, std::size_t indent) {
        std::size_t start = 0;
        while (start < text.size()) {
            std::size_t end = text.find('\n', start);
            if (end == std::string_view::npos) end = text.size();
            if (start != 0) {
                out.push_back('\n');
                if (end > start) out.append(indent, ' ');
            }
            out.append(text.substr(start, end - start));
            start = end + 1;
        }
    }
};

/// Appends one notification as an HTML card; see notification_renderer::render_html.
APPNOTIFY_EXTERNAL_LINKAGE void render_card_html(const notification& n, output out, const render_options& options = {});

/// Appends one notification for a terminal; see notification_renderer::render_ansi.
APPNOTIFY_EXTERNAL_LINKAGE void render_card_ansi(const notification& n, output out, const render_options& options = {});

/// Appends one notification as plain text; see notification_renderer::render_text.
APPNOTIFY_EXTERNAL_LINKAGE void render_card_text(const notification& n, output out, const render_options& options = {});

} // namespace appnotify

#if APPNOTIFY_HEADER_ONLY
// ---- appnotify/impl/render.inl ----
// appnotify: the definitions of the entry points of render.hpp.
// Included by render.hpp in header-only mode, compiled once into src/appnotify.cpp in compiled
// mode (config.hpp: APPNOTIFY_HEADER_ONLY).
#ifndef APPNOTIFY_IMPL_RENDER_INL
#define APPNOTIFY_IMPL_RENDER_INL


namespace appnotify {

APPNOTIFY_EXTERNAL_LINKAGE void render_card_html(const notification& n, output out, const render_options& options) {
    notification_renderer().render_html(n, out, options);
}

APPNOTIFY_EXTERNAL_LINKAGE void render_card_ansi(const notification& n, output out, const render_options& options) {
    notification_renderer().render_ansi(n, out, options);
}

APPNOTIFY_EXTERNAL_LINKAGE void render_card_text(const notification& n, output out, const render_options& options) {
    notification_renderer().render_text(n, out, options);
}

} // namespace appnotify

#endif // APPNOTIFY_IMPL_RENDER_INL
#endif

#endif // APPNOTIFY_RENDER_HPP

namespace appnotify {

/// One input of the preview: a name (the file it came from) and its validation.
struct preview_entry {
    std::string_view name;
    const validation_result* result = nullptr;
};

namespace detail {

/// The page's own rules, for the class prefix "an-" (written with the caller's); the cards'
/// come from render_card_stylesheet.
inline constexpr std::string_view preview_page_style = R"~(
:root { color-scheme: light; font-family: "Segoe UI", system-ui, -apple-system, sans-serif; }
body { margin: 0; background: #f3f2f1; color: #323130; }
.an-center { max-width: 380px; margin: 24px auto; padding: 0 12px; }
.an-center > h1 { font-size: 14px; font-weight: 600; margin: 0 0 12px; }
.an-center > section { margin-bottom: 12px; }
.an-center > section > .an-card { margin-bottom: 0; }
.an-source { font-size: 11px; color: #8a8886; margin-bottom: 2px; }
.an-invalid { border-left-color: #a4262c; background: #fdf3f4; }
.an-diagnostics { margin: 4px 0 0; padding-left: 18px; font-size: 12px; line-height: 16px; }
.an-diagnostics .an-error { color: #a4262c; }
.an-diagnostics .an-warning { color: #8a5a00; }
.an-warnings { margin: 6px 0 0; padding-left: 18px; font-size: 12px; line-height: 16px; color: #8a5a00; }
)~";

/// Writes a preview page into `out` (see render_preview_page).
class preview_writer {
public:
    preview_writer(std::string& out, const render_options& options) : out_(out), options_(options) {
        md::append_html_escaped(prefix_, options.class_prefix);
    }

    void page(list_view<preview_entry> entries) {
        // Custom icons are loaded from the organization's server only: img-src allows just
        // that, and only when some card shows one.
        std::string href;
        bool icons = false;
        for (const preview_entry& e : entries) {
            if (e.result == nullptr || !e.result->ok()) continue;
            const notification& n = e.result->notification();
            if (n.icon == icon_type::custom && n.override_content && n.override_content->icon_url &&
                icon_image_url(*n.override_content->icon_url, options_.context, href))
                icons = true;
        }
        out_.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
                    "base-uri 'none'; form-action 'none'");
        if (icons) {
            out_.append("; img-src ");
            md::append_html_escaped(out_, url_origin(options_.context.org_url));
        }
        out_.append("\">\n<meta name=\"referrer\" content=\"no-referrer\">\n"
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                    "<title>Notifications preview</title>\n<style>");
        write_css_with_prefix(out_, preview_page_style, options_.class_prefix);
        render_card_stylesheet(out_, options_);
        append_all(out_, "</style>\n</head>\n<body>\n<main class=\"", prefix_, "center\">\n");
        append_all(out_, "<h1>Notifications (", entries.size(), ")</h1>\n");

        // High priority first, then the order given (a stable two-pass walk: no sorting buffer).
        for (int pass = 0; pass < 2; ++pass) {
            for (const preview_entry& e : entries) {
                const bool valid = e.result != nullptr && e.result->ok();
                const bool high = valid && e.result->notification().priority == priority::high;
                if (high == (pass == 0)) section(e, valid);
            }
        }
        out_.append("</main>\n</body>\n</html>\n");
    }

private:
    void section(const preview_entry& e, bool valid) {
        const std::string_view p = prefix_;
        append_all(out_, "<section>\n<div class=\"", p, "source\">");
        md::append_html_escaped(out_, e.name);
        out_.append("</div>\n");
        if (valid) {
            renderer_.render_html(e.result->notification(), out_, options_);
            if (e.result->warning_count() != 0) {
                append_all(out_, "<ul class=\"", p, "warnings\">\n");
                diagnostic_items(e.result->diagnostics());
                out_.append("</ul>\n");
            }
        } else {
            append_all(out_, "<article class=\"", p, "card ", p, "invalid\">\n<div class=\"", p, "main\">\n<div class=\"", p,
                       "title\">This payload would be rejected</div>\n<ul class=\"", p, "diagnostics\">\n");
            if (e.result != nullptr) diagnostic_items(e.result->diagnostics());
            out_.append("</ul>\n</div>\n</article>\n");
        }
        out_.append("</section>\n");
    }

    void diagnostic_items(list_view<diagnostic> diagnostics) {
        for (const diagnostic& d : diagnostics) {
            append_all(out_, "<li class=\"", prefix_, d.is_error() ? "error" : "warning", "\">", d.line, ':', d.column, ' ',
                       to_string(d.severity), '[', to_string(d.code), "]: ");
            md::append_html_escaped(out_, d.message);
            if (!d.path.empty()) {
                out_.append(" (at ");
                md::append_html_escaped(out_, d.path);
                out_.push_back(')');
            }
            out_.append("</li>\n");
        }
    }

    std::string& out_;
    const render_options& options_;
    std::string prefix_; // the class prefix, escaped for an attribute
    notification_renderer renderer_;
};

} // namespace detail

/// Appends a complete HTML page with a card per entry: valid notifications rendered (High
/// priority first, then in the order given), invalid ones as a card listing their diagnostics.
/// Links and custom icons are resolved for `options.context`; custom icons are shown from the
/// organization's server only, and the page's Content-Security-Policy allows images from there
/// alone (no image at all without an organization). Its classes have `options.class_prefix`,
/// and its stylesheet is render_card_stylesheet's with the page's own rules. A target other
/// than a std::string gets the page in one block.
inline void render_preview_page(list_view<preview_entry> entries, output out, const render_options& options = {}) {
    std::string stage;
    detail::produce_into(out, stage, [&](std::string& target) { detail::preview_writer(target, options).page(entries); });
}

} // namespace appnotify

#endif // APPNOTIFY_PREVIEW_HPP
// ---- appnotify/sarif.hpp ----
// appnotify: diagnostics as one SARIF 2.1.0 log (the Static Analysis Results Interchange Format
// that GitHub code scanning, Azure DevOps and IDEs read), written as the results arrive: a run
// of any number of inputs is streamed to any output (output.hpp) and never held.
#ifndef APPNOTIFY_SARIF_HPP
#define APPNOTIFY_SARIF_HPP

#include <cstddef>
#include <string>
#include <string_view>


namespace appnotify {

struct sarif_options {
    /// The page that documents the codes: each rule's helpUri is this, '#', and the code (the
    /// headings of docs/diagnostics.md are the codes).
    std::string_view help_uri = "https://github.com/appnotify/appnotify/blob/main/docs/diagnostics.md";
    /// The tool's home page (tool.driver.informationUri).
    std::string_view information_uri = "https://github.com/appnotify/appnotify";
};

namespace detail {

/// Appends a file name as a URI reference (RFC 3986) that names the same file: an absolute path
/// as a file:// URI, a relative one staying relative; every byte outside the unreserved
/// characters, '/' and the sub-delimiters is percent-encoded (':' too, so that no first segment
/// reads as a scheme; '%', '#' and '?', so that none starts an escape, a fragment or a query).
template <typename Out>
void write_file_uri(Out& out, std::string_view path) {
    static constexpr char hex[] = "0123456789ABCDEF";
    if (!path.empty() && path.front() == '/') out.append("file://");
    for (const char c : path) {
        const auto b = static_cast<unsigned char>(c);
        const bool plain = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') ||
                           std::string_view("-._~/!$&'()*+,;=@").find(c) != std::string_view::npos;
        if (plain) {
            out.push_back(c);
        } else {
            const char escape[3] = {'%', hex[b >> 4], hex[b & 0xF]};
            out.append(std::string_view(escape, sizeof escape));
        }
    }
}

template <typename Out>
void write_sarif_text(Out& out, std::string_view member, std::string_view text) {
    out.push_back('"');
    out.append(member);
    out.append("\":{\"text\":");
    write_json_string(out, text);
    out.push_back('}');
}

template <typename Out>
void write_sarif_rule(Out& out, diagnostic_code code, const sarif_options& options) {
    const diagnostic_description& about = appnotify::describe(code);
    const std::string_view name = to_string(code);
    out.append("{\"id\":");
    write_json_string(out, name);
    out.push_back(',');
    write_sarif_text(out, "shortDescription", about.summary);
    out.push_back(',');
    write_sarif_text(out, "fullDescription", about.description);
    // help: the description and the example input, as text and as Markdown.
    std::string text;
    text.append(about.description).append("\n\nExample (").append(about.example_kind).append("):\n");
    text.append(about.example);
    out.append(",\"help\":{\"text\":");
    write_json_string(out, text);
    const std::string_view fence = about.example.find("```") == std::string_view::npos ? "```" : "~~~";
    text.clear();
    text.append(about.description).append("\n\nExample (").append(about.example_kind).append("):\n\n");
    text.append(fence).append("\n").append(about.example).append("\n").append(fence).append("\n");
    out.append(",\"markdown\":");
    write_json_string(out, text);
    text.clear();
    text.append(options.help_uri).append("#").append(name);
    out.append("},\"helpUri\":");
    write_json_string(out, text);
    out.append(",\"defaultConfiguration\":{\"level\":");
    write_json_string(out, to_string(about.severity));
    out.append("}}");
}

/// Writes the SARIF result object for `d` (sarif_writer::add), without a separating comma, so that
/// results can be written apart (by several threads, say) and joined in order.
template <typename Out>
void write_sarif_result(Out& o, const diagnostic& d, std::string_view file_name, std::size_t record_line) {
    o.append("{\"ruleId\":");
    detail::write_json_string(o, to_string(d.code));
    o.append(",\"ruleIndex\":");
    detail::write_decimal(o, static_cast<std::size_t>(d.code));
    o.append(d.is_error() ? ",\"level\":\"error\"," : ",\"level\":\"warning\",");
    detail::write_sarif_text(o, "message", d.message);
    o.append(",\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":\"");
    detail::write_file_uri(o, file_name);
    o.append("\"},\"region\":{\"startLine\":");
    const std::size_t line = record_line != 0 ? record_line : d.line;
    const std::size_t end_line = record_line != 0 ? record_line + (d.end_line - d.line) : d.end_line;
    detail::write_decimal(o, line);
    o.append(",\"startColumn\":");
    detail::write_decimal(o, d.column);
    o.append(",\"endLine\":");
    detail::write_decimal(o, end_line < line ? line : end_line);
    o.append(",\"endColumn\":");
    // A span ends after it starts; an empty one is an insertion point.
    detail::write_decimal(o, end_line > line || d.end_column > d.column ? d.end_column : d.column);
    if (record_line == 0) {
        o.append(",\"byteOffset\":");
        detail::write_decimal(o, d.offset);
        o.append(",\"byteLength\":");
        detail::write_decimal(o, d.end_offset > d.offset ? d.length() : 0);
    }
    o.append("}}");
    if (!d.path.empty()) {
        o.append(",\"logicalLocations\":[{\"fullyQualifiedName\":");
        detail::write_json_string(o, d.path);
        o.push_back('}');
        o.push_back(']');
    }
    o.append("}]}");
}

} // namespace detail

/// Writes one SARIF 2.1.0 log with one run, for any number of inputs, result by result:
///
///     appnotify::sarif_writer sarif(out);          // the log's head: the tool and its rules
///     sarif.add(result, "payloads/welcome.json");  // a result per diagnostic
///     sarif.finish();                              // the log's tail
///
/// `tool.driver.rules` has a rule per diagnostic code (id, descriptions and help from the
/// catalogue of docs/diagnostics.md, helpUri to the code's section, default level); results
/// refer to their rule by id and index. Regions count columns in Unicode code points
/// (`columnKind` says so) and carry the byte offset and length of the span; the diagnostic's
/// JSON Pointer is its logical location. Every string is escaped as JSON, so no member name,
/// message or file name can break the log; file names become URI references.
///
/// Nothing is written after `finish()`. The output must outlive the writer.
class sarif_writer {
public:
    /// Writes the log's head to `out`.
    explicit sarif_writer(output out, const sarif_options& options = {}) : out_(out) {
        detail::write_to(out_, [&](auto& o) {
            o.append("{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\"version\":\"2.1.0\","
                     "\"runs\":[{\"tool\":{\"driver\":{\"name\":\"appnotify\",\"version\":");
            detail::write_json_string(o, version_string);
            o.append(",\"semanticVersion\":");
            detail::write_json_string(o, version_string);
            o.append(",\"informationUri\":");
            detail::write_json_string(o, options.information_uri);
            o.append(",\"rules\":[");
            for (std::size_t i = 0; i < diagnostic_code_count; ++i) {
                if (i != 0) o.push_back(',');
                detail::write_sarif_rule(o, static_cast<diagnostic_code>(i), options);
            }
            o.append("]}},\"columnKind\":\"unicodeCodePoints\",\"results\":[");
        });
    }
    sarif_writer(const sarif_writer&) = delete;
    sarif_writer& operator=(const sarif_writer&) = delete;

    /// Adds a result for `d`, found in the file `file_name` (a path as given: a relative one
    /// stays relative). `record_line`, when not 0, is the line of an NDJSON file that held the
    /// payload `d` was found in: the region is on that line (the record is the whole line), with
    /// the diagnostic's columns and no byte offset.
    void add(const diagnostic& d, std::string_view file_name, std::size_t record_line = 0) {
        if (finished_) return;
        detail::write_to(out_, [&](auto& o) {
            if (results_ != 0) o.push_back(',');
            detail::write_sarif_result(o, d, file_name, record_line);
        });
        ++results_;
    }

    /// Adds a result for each diagnostic of a validation (or link, or markdown) report.
    template <typename Report>
    void add_all(const Report& report, std::string_view file_name, std::size_t record_line = 0) {
        for (const diagnostic& d : report.diagnostics()) add(d, file_name, record_line);
    }

    /// Records that the file `file_name` could not be checked (it cannot be read): a tool
    /// execution notification of level error, written by `finish()`, which then says the run did
    /// not succeed.
    void add_failure(std::string_view file_name, std::string_view message) {
        if (finished_) return;
        const bool first = failures_.empty();
        detail::write_to(failures_, [&](auto& o) {
            if (!first) o.push_back(',');
            o.append("{\"level\":\"error\",");
            detail::write_sarif_text(o, "message", message);
            o.append(",\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":\"");
            detail::write_file_uri(o, file_name);
            o.append("\"}}}]}");
        });
    }

    /// Writes the log's tail: the invocation, successful unless a file could not be checked.
    void finish() {
        if (finished_) return;
        finished_ = true;
        detail::write_to(out_, [&](auto& o) {
            o.append("],\"invocations\":[{\"executionSuccessful\":");
            o.append(failures_.empty() ? "true" : "false");
            if (!failures_.empty()) {
                o.append(",\"toolExecutionNotifications\":[");
                o.append(failures_);
                o.push_back(']');
            }
            o.append("}]}]}\n");
        });
    }

    /// The results added so far.
    [[nodiscard]] std::size_t result_count() const noexcept { return results_; }

private:
    output out_;
    std::string failures_;
    std::size_t results_ = 0;
    bool finished_ = false;
};

} // namespace appnotify

#endif // APPNOTIFY_SARIF_HPP

#endif // APPNOTIFY_HPP
