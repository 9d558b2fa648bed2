// SPDX-License-Identifier: MIT
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
