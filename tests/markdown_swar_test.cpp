// SPDX-License-Identifier: MIT
// The 8-bytes-at-a-time scans of the markdown passes (detail/swar.hpp, and their 16-byte SSE2
// form) and the escapers built on them, against byte-at-a-time references, on every byte value in
// every position of a word and on random bytes (NUL, invalid UTF-8 and runs of special
// characters included).
#include <cstdint>
#include <string>
#include <string_view>

#include "test_support.hpp"

namespace swar = appnotify::detail::swar;
namespace md = appnotify::detail::md;

namespace {

/// A word with `byte` at position `at` and `fill` elsewhere.
swar::word word_with(unsigned char byte, std::size_t at, unsigned char fill) {
    std::string bytes(8, static_cast<char>(fill));
    bytes[at] = static_cast<char>(byte);
    return swar::load(bytes.data());
}

swar::word high_bit_of(std::size_t at) { return swar::word(0x80) << (8 * at); }

/// Deterministic bytes, biased towards the characters the scans look for.
std::string random_bytes(std::uint64_t& state, std::size_t n) {
    static constexpr std::string_view interesting = "&<>\"'\\*_[]()!`\r\n\t \x7F\x80\xC3\xA9\xE2\x82\xAC\xFF";
    std::string out;
    for (std::size_t i = 0; i < n; ++i) {
        state = state * 6364136223846793005u + 1442695040888963407u;
        const auto r = static_cast<unsigned>(state >> 33);
        if (r % 3 == 0) out.push_back(interesting[(r / 3) % interesting.size()]);
        else if (r % 3 == 1) out.push_back(static_cast<char>('a' + (r / 3) % 26));
        else out.push_back(static_cast<char>((r / 3) % 256));
    }
    return out;
}

/// HTML escaping as it was written before the scans: valid pieces, then & < > " replaced.
std::string reference_html_escaped(std::string_view text) {
    std::string out;
    md::for_each_valid_piece(text, [&out](std::string_view piece) {
        for (const char c : piece) {
            if (c == '&') out += "&amp;";
            else if (c == '<') out += "&lt;";
            else if (c == '>') out += "&gt;";
            else if (c == '"') out += "&quot;";
            else out.push_back(c);
        }
    });
    return out;
}

std::string reference_href_escaped(std::string_view url, bool for_html) {
    std::string out;
    md::for_each_valid_piece(url, [&](std::string_view piece) {
        for (const char c : piece) {
            if (md::is_href_safe(c)) {
                out.push_back(c);
            } else if (c == '&') {
                out += for_html ? "&amp;" : "&";
            } else if (c == '\'') {
                out += for_html ? "&#x27;" : "'";
            } else {
                out.push_back('%');
                appnotify::detail::append_hex(out, static_cast<unsigned char>(c), 2);
            }
        }
    });
    return out;
}

} // namespace

BOOST_AUTO_TEST_SUITE(markdown_swar)

BOOST_AUTO_TEST_CASE(each_test_marks_exactly_the_bytes_that_pass_it) {
    for (unsigned b = 0; b < 256; ++b)
        for (std::size_t at = 0; at < 8; ++at)
            for (const unsigned char fill : {0x00, 0x41, 0x7F, 0xFF}) {
                const auto byte = static_cast<unsigned char>(b);
                const swar::word w = word_with(byte, at, fill);
                const swar::word mine = high_bit_of(at);
                APPNOTIFY_TEST_QUIETLY(((swar::equal(w, '&') & mine) != 0) == (byte == '&'));
                APPNOTIFY_TEST_QUIETLY(((swar::equal(w, 0) & mine) != 0) == (byte == 0));
                APPNOTIFY_TEST_QUIETLY(((swar::equal_any(w, '!', '*', '<') & mine) != 0) ==
                           (byte == '!' || byte == '*' || byte == '<'));
                APPNOTIFY_TEST_QUIETLY(((swar::less(w, 0x0E) & mine) != 0) == (byte < 0x0E));
                APPNOTIFY_TEST_QUIETLY(((swar::less(w, 0x80) & mine) != 0) == (byte < 0x80));
                APPNOTIFY_TEST_QUIETLY(((swar::between(w, '[', '`') & mine) != 0) == (byte >= '[' && byte <= '`'));
                APPNOTIFY_TEST_QUIETLY(((swar::non_ascii(w) & mine) != 0) == (byte >= 0x80));
            }
}

BOOST_AUTO_TEST_CASE(first_byte_is_the_lowest_marked_byte) {
    for (std::size_t at = 0; at < 8; ++at) {
        BOOST_TEST(swar::first_byte(high_bit_of(at)) == at);
        BOOST_TEST(swar::first_byte(high_bit_of(at) | high_bit_of(7)) == at);
    }
    const char bytes[] = "abcdefgh";
    BOOST_TEST(swar::load(bytes) == 0x6867666564636261u); // byte k of the input is byte k of the word
}

BOOST_AUTO_TEST_CASE(find_agrees_with_a_byte_loop_from_every_start_to_every_end) {
    std::uint64_t state = 1;
    const auto is = [](char c) { return c == '*' || c == '\n'; };
    // A superset, as the passes use: every byte below 0x0E and every '*' (is decides).
    const auto flags = [](swar::word w) { return swar::less(w, 0x0E) | swar::equal(w, '*'); };
    for (int round = 0; round < 200; ++round) {
        const std::string text = random_bytes(state, 40);
        for (std::size_t from = 0; from <= text.size(); ++from)
            for (std::size_t end = from; end <= text.size(); ++end) {
                std::size_t expected = from;
                while (expected < end && !is(text[expected])) ++expected;
                APPNOTIFY_REQUIRE_QUIETLY(swar::find(text.data(), from, end, flags, is) == expected);
            }
    }
}

BOOST_AUTO_TEST_CASE(the_wide_find_agrees_with_a_byte_loop_whatever_may_be_read_past_the_end) {
    // With SSE2, 16 bytes per step while a block is readable, the bytes past `end` ignored; the
    // portable path otherwise (and for the last bytes). The markdown passes' own sets, as they
    // use them: the inline pass's special characters (a superset, 0x5E included) and line endings.
    std::uint64_t state = 4;
    const auto is = [](char c) { return c == '[' || c == '`' || c == '\n' || c == '&'; };
    const auto flags = [](swar::word w) { return swar::less(w, 0x0E) | swar::between(w, '[', '`') | swar::equal(w, '&'); };
#if APPNOTIFY_SIMD_SSE2
    const auto mask16 = [](swar::sse2::block v) {
        return swar::sse2::mask(_mm_or_si128(swar::sse2::equal_any(v, '\n', '&'), swar::sse2::between(v, '[', '`')));
    };
#else
    const auto mask16 = [](int) { return 0u; };
#endif
    for (int round = 0; round < 60; ++round) {
        const std::string text = random_bytes(state, 70);
        for (std::size_t from = 0; from <= text.size(); ++from)
            for (std::size_t end = from; end <= text.size(); ++end) {
                std::size_t expected = from;
                while (expected < end && !is(text[expected])) ++expected;
                for (const std::size_t readable : {end, (end + text.size()) / 2, text.size()})
                    APPNOTIFY_REQUIRE_QUIETLY(swar::find_wide(text.data(), from, end, readable, mask16, flags, is) == expected);
            }
    }
}

BOOST_AUTO_TEST_CASE(html_escaping_of_a_piece_reads_past_it_and_writes_only_it) {
    std::uint64_t state = 5;
    for (int round = 0; round < 2000; ++round) {
        const std::string text = random_bytes(state, 90);
        const std::size_t begin = static_cast<std::size_t>(round % 20), length = static_cast<std::size_t>(round % 67);
        const std::string_view piece = std::string_view(text).substr(begin, length);
        std::string out = "kept:";
        md::append_html_escaped(out, piece, text.size() - begin);
        BOOST_TEST_REQUIRE(out == "kept:" + reference_html_escaped(piece));
    }
}

BOOST_AUTO_TEST_CASE(html_escaping_agrees_with_the_byte_at_a_time_reference) {
    std::uint64_t state = 2;
    for (int round = 0; round < 2000; ++round) {
        const std::string text = random_bytes(state, static_cast<std::size_t>(round % 70));
        std::string out = "kept:";
        md::append_html_escaped(out, text);
        BOOST_TEST_REQUIRE(out == "kept:" + reference_html_escaped(text));
    }
}

BOOST_AUTO_TEST_CASE(href_escaping_agrees_with_the_byte_at_a_time_reference) {
    std::uint64_t state = 3;
    for (int round = 0; round < 2000; ++round) {
        const std::string url = random_bytes(state, static_cast<std::size_t>(round % 70));
        for (const bool for_html : {true, false}) {
            std::string out;
            md::append_href_escaped(out, url, for_html);
            BOOST_TEST_REQUIRE(out == reference_href_escaped(url, for_html));
        }
    }
}

BOOST_AUTO_TEST_CASE(the_html_writer_keeps_what_was_in_the_output_and_cuts_the_room) {
    std::string out = "before|";
    {
        md::string_writer writer(out, 4);
        for (int i = 0; i < 100; ++i) writer.append("<p>");
        writer.push_back('!');
        BOOST_TEST(writer.size() == 7 + 300 + 1);
        BOOST_TEST(writer.back() == '!');
    }
    BOOST_TEST(out.size() == 7 + 300 + 1);
    BOOST_TEST(out.substr(0, 10) == "before|<p>");
}

BOOST_AUTO_TEST_SUITE_END()
