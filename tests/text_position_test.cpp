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
