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

BOOST_AUTO_TEST_CASE(line_at_returns_the_line_without_terminator) {
    BOOST_TEST(appnotify::detail::line_at("one\r\ntwo\nthree", 6) == "two");
    BOOST_TEST(appnotify::detail::line_at("one", 3) == "one");
}

BOOST_AUTO_TEST_SUITE_END()
