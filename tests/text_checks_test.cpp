// SPDX-License-Identifier: MIT
// The heuristics over notification text (detail/text_checks.hpp) against straightforward
// byte-at-a-time references, where the library's version skips plain text in blocks.
#include "test_support.hpp"

namespace {

using appnotify::detail::text_span;

/// find_markdown_syntax as it was written before it skipped plain text: one byte at a time.
text_span markdown_syntax_by_bytes(std::string_view text) {
    bool line_start = true;
    bool no_closing_paren = false;
    bool no_closing_run[2] = {false, false};
    std::size_t last_open_bracket = std::string_view::npos;
    for (std::size_t i = 0; i < text.size(); ++i) {
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

} // namespace

BOOST_AUTO_TEST_SUITE(text_checks)

BOOST_AUTO_TEST_CASE(markdown_syntax_is_found_where_the_byte_loop_finds_it) {
    using appnotify::detail::find_markdown_syntax;
    // Every character the check acts on, the ones around them that matter, plain letters and
    // a two-byte character; many texts longer than a 16-byte block.
    const std::string_view pieces[] = {"a", "b", " ", "  ", "\n", "\r", "\r\n", "[", "]", "(", ")", "*", "**", "_",
                                       "__", "-", "+", "1", "12", ".", "x", "word ", "\xC3\xA9"};
    std::uint32_t state = 2024;
    const auto next = [&state] { return (state = state * 1103515245u + 12345u) >> 16; };
    std::string text;
    std::size_t found = 0, compared = 0;
    for (int round = 0; round < 40000; ++round) {
        text.clear();
        const std::size_t count = next() % 40;
        // Mostly plain text, with a few characters that count.
        for (std::size_t i = 0; i < count; ++i)
            text.append(next() % 3 == 0 ? pieces[next() % std::size(pieces)] : pieces[next() % 2]);
        const text_span fast = find_markdown_syntax(text), slow = markdown_syntax_by_bytes(text);
        BOOST_TEST((fast.offset == slow.offset && fast.length == slow.length), "text \"" << text << "\"");
        found += slow.found();
        ++compared;
    }
    BOOST_TEST(compared == 40000u);
    BOOST_TEST(found > 2000u); // the texts do hold markdown, often
    BOOST_TEST(found < 35000u);
}

BOOST_AUTO_TEST_CASE(markdown_syntax_in_long_plain_text_is_placed_exactly) {
    using appnotify::detail::find_markdown_syntax;
    const std::string plain(100, 'w');
    const text_span bold = find_markdown_syntax(plain + " **bold** " + plain);
    BOOST_TEST(bold.offset == 101u);
    BOOST_TEST(bold.length == 8u);
    const text_span item = find_markdown_syntax(plain + "\n  - item");
    BOOST_TEST(item.offset == 103u);
    BOOST_TEST(item.length == 2u);
    const text_span link = find_markdown_syntax(plain + "[x" + plain + "](y)");
    BOOST_TEST(link.offset == 100u);
    BOOST_TEST(link.length == 106u);
    BOOST_TEST(!find_markdown_syntax(plain + "\n" + plain + " 3 * 4 _ x [" + plain).found());
}

BOOST_AUTO_TEST_SUITE_END()
