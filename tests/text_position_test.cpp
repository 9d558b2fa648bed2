// SPDX-License-Identifier: MIT
// Offsets to lines and columns (detail/text_position.hpp).
#include "test_support.hpp"

using appnotify::detail::line_column;
using appnotify::detail::position_tracker;

BOOST_AUTO_TEST_SUITE(text_position)

BOOST_AUTO_TEST_CASE(lines_end_at_lf_cr_and_crlf) {
    const std::string_view text = "a\nb\rc\r\nd";
    position_tracker p(text);
    BOOST_TEST(p.at(0).line == 1u);
    BOOST_TEST(p.at(2).line == 2u);
    BOOST_TEST(p.at(4).line == 3u);
    const line_column d = p.at(7);
    BOOST_TEST(d.line == 4u);
    BOOST_TEST(d.column == 1u);
}

BOOST_AUTO_TEST_CASE(columns_count_characters_not_bytes) {
    const std::string_view text = "\"\xC3\xA9t\xC3\xA9\": x";
    position_tracker p(text);
    BOOST_TEST(p.at(text.find('x')).column == 8u);
    // An offset inside a multi-byte character reports that character.
    BOOST_TEST(position_tracker(text).at(2).column == 2u);
}

BOOST_AUTO_TEST_CASE(tracker_restarts_for_an_earlier_offset) {
    const std::string_view text = "ab\ncd";
    position_tracker p(text);
    BOOST_TEST(p.at(4).column == 2u);
    BOOST_TEST(p.at(1).line == 1u);
    BOOST_TEST(p.at(1).column == 2u);
}

BOOST_AUTO_TEST_CASE(offsets_past_the_end_are_clamped) {
    position_tracker p("ab");
    BOOST_TEST(p.at(99).column == 3u);
}

BOOST_AUTO_TEST_CASE(words_count_as_bytes_do) {
    // The tracker counts 8 bytes at a time; a byte-by-byte count of the same rules is the
    // reference, on texts dense in what a word may hold: LF, CR, CRLF split across words,
    // multi-byte and invalid UTF-8, a byte order mark, long lines.
    const auto reference = [](std::string_view text, std::size_t offset) {
        line_column here;
        std::size_t i = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
        for (; i < offset && i < text.size(); ++i) {
            const char c = text[i];
            if (c == '\n' || (c == '\r' && !(i + 1 < text.size() && text[i + 1] == '\n'))) {
                ++here.line;
                here.column = 1;
            } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80 && c != '\r') {
                ++here.column;
            }
        }
        if (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80 && here.column > 1) --here.column;
        return here;
    };
    static constexpr std::string_view pieces[] = {"a", "bcdefgh", "\n", "\r", "\r\n", "\xC3\xA9", "\xF0\x9F\x98\x80",
                                                  "\x80\x80", "\t", "1234567890123456789", "\r\r\n\n", "\xEF\xBB\xBF"};
    std::uint32_t state = 12345;
    const auto next = [&state] { return state = state * 1103515245u + 12345u, state >> 16; };
    for (int round = 0; round < 300; ++round) {
        std::string text = round % 3 == 0 ? "\xEF\xBB\xBF" : "";
        const std::size_t count = next() % 60;
        for (std::size_t k = 0; k < count; ++k) text += pieces[next() % std::size(pieces)];
        position_tracker walked(text);
        for (std::size_t offset = 0; offset <= text.size() + 1; offset += 1 + next() % 11) {
            const line_column expected = reference(text, offset), got = walked.at(offset);
            BOOST_REQUIRE_MESSAGE(got.line == expected.line && got.column == expected.column,
                                  "round " << round << ", offset " << offset);
            // From the start as well: one long walk, as a diagnostic's far end is positioned.
            const line_column fresh = position_tracker(text).at(offset);
            BOOST_REQUIRE(fresh.line == expected.line && fresh.column == expected.column);
        }
    }
}

BOOST_AUTO_TEST_CASE(a_window_of_the_line_around_a_spot) {
    using appnotify::detail::window_at;
    const auto w = window_at("one\r\ntwo\nthree", 6, 50, 100);
    BOOST_TEST(w.text == "two");
    BOOST_TEST(w.before == 1u);
    BOOST_TEST(!w.cut_before);
    BOOST_TEST(!w.cut_after);
    BOOST_TEST(window_at("one", 3, 50, 100).text == "one");
    // Characters, not bytes; cut on both sides of a long line.
    const auto wide = window_at("ab\xC3\xA9\xE8\xAD\xA6" "cdef", 5, 2, 4);
    BOOST_TEST(wide.text == "b\xC3\xA9\xE8\xAD\xA6" "c");
    BOOST_TEST(wide.before == 2u);
    BOOST_TEST(wide.cut_before);
    BOOST_TEST(wide.cut_after);
    // An offset inside a character is that character's; the byte order mark is not shown.
    BOOST_TEST(window_at("\xEF\xBB\xBFx\xC3\xA9", 5, 50, 100).text == "x\xC3\xA9");
    BOOST_TEST(window_at("\xEF\xBB\xBFx\xC3\xA9", 5, 50, 100).before == 1u);
}

BOOST_AUTO_TEST_SUITE_END()
