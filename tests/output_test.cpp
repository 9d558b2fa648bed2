// SPDX-License-Identifier: MIT
// output: a std::string, a fixed buffer that reports truncation, and a callback, all taking the
// same bytes.
#include <appnotify/appnotify.hpp>

#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

BOOST_AUTO_TEST_SUITE(output)

BOOST_AUTO_TEST_CASE(a_string_is_appended_to_and_written_directly) {
    std::string text = "kept:";
    const appnotify::output out(text);
    BOOST_TEST(out.string() == &text);
    out.append("abc");
    out.append("");
    BOOST_TEST(text == "kept:abc");
}

BOOST_AUTO_TEST_CASE(a_fixed_buffer_keeps_what_fits_and_counts_the_rest) {
    char array[5];
    appnotify::fixed_buffer buffer(array);
    const appnotify::output out(buffer);
    BOOST_TEST(out.string() == nullptr);
    out.append("abc");
    BOOST_TEST(!buffer.truncated());
    out.append("defg");
    BOOST_TEST(buffer.view() == "abcde");
    BOOST_TEST(buffer.size() == 5u);
    BOOST_TEST(buffer.capacity() == 5u);
    BOOST_TEST(buffer.wanted() == 7u);
    BOOST_TEST(buffer.truncated());
    out.append("h");
    BOOST_TEST(buffer.view() == "abcde");
    BOOST_TEST(buffer.wanted() == 8u);
    buffer.clear();
    BOOST_TEST(!buffer.truncated());
    out.append("xy");
    BOOST_TEST(buffer.view() == "xy");
}

BOOST_AUTO_TEST_CASE(an_empty_fixed_buffer_only_counts) {
    appnotify::fixed_buffer buffer(nullptr, 0);
    appnotify::output(buffer).append("abc");
    BOOST_TEST(buffer.view().empty());
    BOOST_TEST(buffer.wanted() == 3u);
    BOOST_TEST(buffer.truncated());
}

BOOST_AUTO_TEST_CASE(a_callback_receives_each_block) {
    std::vector<std::string> blocks;
    auto collect = [&blocks](std::string_view bytes) { blocks.emplace_back(bytes); };
    const appnotify::output out = appnotify::output::to_callback(collect);
    BOOST_TEST(out.string() == nullptr);
    out.append("one");
    out.append("");
    out.append("two");
    BOOST_TEST(blocks.size() == 2u);
    BOOST_TEST(blocks[0] == "one");
    BOOST_TEST(blocks[1] == "two");
}

BOOST_AUTO_TEST_CASE(staging_hands_a_non_string_target_one_block) {
    std::vector<std::string> blocks;
    auto collect = [&blocks](std::string_view bytes) { blocks.emplace_back(bytes); };
    std::string stage = "stale";
    appnotify::detail::produce_into(appnotify::output::to_callback(collect), stage, [](std::string& into) {
        into += "a";
        into += "b";
    });
    BOOST_TEST(blocks.size() == 1u);
    BOOST_TEST(blocks[0] == "ab");

    std::string direct = "x";
    appnotify::detail::produce_into(direct, stage, [](std::string& into) { into += "y"; });
    BOOST_TEST(direct == "xy");
}

BOOST_AUTO_TEST_SUITE_END()
