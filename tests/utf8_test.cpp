// SPDX-License-Identifier: MIT
// UTF-8 decoding, validation and measuring (detail/utf8.hpp).
#include "test_support.hpp"

using appnotify::detail::utf8_error;

BOOST_AUTO_TEST_SUITE(utf8)

BOOST_AUTO_TEST_CASE(decodes_each_sequence_length) {
    using appnotify::detail::decode_utf8;
    BOOST_TEST(decode_utf8("A", 0).code_point == U'A');
    BOOST_TEST(decode_utf8("\xC3\xA9", 0).code_point == U'\u00E9');
    BOOST_TEST(decode_utf8("\xE2\x82\xAC", 0).code_point == U'\u20AC');
    const auto emoji = decode_utf8("\xF0\x9F\x98\x80", 0);
    BOOST_TEST(emoji.code_point == U'\U0001F600');
    BOOST_TEST(emoji.length == 4);
}

BOOST_AUTO_TEST_CASE(classifies_every_kind_of_invalid_sequence) {
    using appnotify::detail::decode_utf8;
    BOOST_TEST(decode_utf8("\x80", 0).error == utf8_error::unexpected_continuation);
    BOOST_TEST(decode_utf8("\xC0\xAF", 0).error == utf8_error::overlong);
    BOOST_TEST(decode_utf8("\xE0\x80\xAF", 0).error == utf8_error::overlong);
    BOOST_TEST(decode_utf8("\xF0\x80\x80\xAF", 0).error == utf8_error::overlong);
    BOOST_TEST(decode_utf8("\xED\xA0\x80", 0).error == utf8_error::surrogate);
    BOOST_TEST(decode_utf8("\xF4\x90\x80\x80", 0).error == utf8_error::too_large);
    BOOST_TEST(decode_utf8("\xE2\x82", 0).error == utf8_error::truncated);
    BOOST_TEST(decode_utf8("\xE2\x82x", 0).length == 2);
    for (int b = 0xF5; b <= 0xFF; ++b) {
        const char byte[1] = {static_cast<char>(b)};
        BOOST_TEST((decode_utf8(std::string_view(byte, 1), 0).error == utf8_error::invalid_lead), "byte " << b);
    }
}

BOOST_AUTO_TEST_CASE(finds_the_first_invalid_byte) {
    using appnotify::detail::find_invalid_utf8;
    BOOST_TEST(find_invalid_utf8("plain \xC3\xA9 text") == std::string_view::npos);
    utf8_error e{};
    BOOST_TEST(find_invalid_utf8("ok\xC3\xA9\xFFok", &e) == 4u);
    BOOST_TEST((e == utf8_error::invalid_lead));
}

BOOST_AUTO_TEST_CASE(measures_utf16_units_as_dataverse_does) {
    using appnotify::detail::utf16_length;
    BOOST_TEST(utf16_length("abc") == 3u);
    BOOST_TEST(utf16_length("\xC3\xA9t\xC3\xA9") == 3u);          // été
    BOOST_TEST(utf16_length("\xE6\x97\xA5\xE6\x9C\xAC") == 2u);  // 日本
    BOOST_TEST(utf16_length("\xF0\x9F\x98\x80") == 2u);          // one emoji, a surrogate pair
}

// utf16_length reads eight bytes at a time: against the byte loop it replaced, on every length
// around the word size and every kind of byte at every place in a word.
BOOST_AUTO_TEST_CASE(utf16_units_eight_bytes_at_a_time_equal_the_byte_count) {
    const auto by_bytes = [](std::string_view text) {
        std::size_t units = 0;
        for (const char c : text) {
            const auto b = static_cast<unsigned char>(c);
            units += ((b & 0xC0) != 0x80) + (b >= 0xF0);
        }
        return units;
    };
    const unsigned char kinds[] = {'a', 0x7F, 0x80, 0xBF, 0xC3, 0xDF, 0xE2, 0xEF, 0xF0, 0xF4, 0xF7, 0xF8, 0xFF, 0x00};
    std::uint32_t state = 12345;
    const auto next = [&state] { return state = state * 1103515245u + 12345u; };
    std::string text;
    std::size_t compared = 0;
    for (std::size_t length = 0; length <= 40; ++length)
        for (int round = 0; round < 300; ++round) {
            text.clear();
            for (std::size_t i = 0; i < length; ++i)
                text.push_back(static_cast<char>(round % 2 ? kinds[(next() >> 16) % std::size(kinds)] : (next() >> 16) & 0xFF));
            BOOST_TEST(appnotify::detail::utf16_length(text) == by_bytes(text), "length " << length << ", round " << round);
            ++compared;
        }
    // The real thing: a body in several scripts, and one emoji per word.
    const std::string mixed = "R\xC3\xA9sum\xC3\xA9 \xE6\x97\xA5\xE6\x9C\xAC \xF0\x9F\x98\x80 ok \xD0\x9F\xD1\x80\xD0\xB8";
    BOOST_TEST(appnotify::detail::utf16_length(mixed) == by_bytes(mixed));
    BOOST_TEST(compared == 41u * 300u);
}

BOOST_AUTO_TEST_CASE(counts_code_points) {
    BOOST_TEST(appnotify::detail::count_code_points("a\xC3\xA9\xF0\x9F\x98\x80") == 3u);
}

BOOST_AUTO_TEST_SUITE_END()
