// SPDX-License-Identifier: MIT
// The markdown ANSI renderer: bold and italic as SGR, links as OSC 8 hyperlinks (or "text <URL>"),
// lists with bullets and numbers, wrapping by display width, and no control character of the
// input ever reaching the terminal.
#include "markdown_output_check.hpp"
#include "test_support.hpp"

#include <simdjson.h>

#include <cstring>
#include <filesystem>

using appnotify::markdown_options;

namespace {

std::string ansi(std::string_view markdown, const markdown_options& options = {}) {
    std::string out;
    appnotify::render_markdown_ansi(markdown, out, options);
    return out;
}

markdown_options wrapped(std::size_t width, bool hyperlinks = true) {
    markdown_options options;
    options.wrap_width = width;
    options.hyperlinks = hyperlinks;
    return options;
}

const char* const shared_terminal = "../shared/corpora/xss/terminal.json";

/// The case runs only when its corpus (../shared) is there.
boost::test_tools::assertion_result if_terminal_vectors_present(boost::unit_test::test_unit_id) { return std::filesystem::exists(test::source_path(shared_terminal)); }

} // namespace

BOOST_AUTO_TEST_SUITE(markdown_ansi)

BOOST_AUTO_TEST_CASE(seed_examples) {
    BOOST_TEST(ansi("**SLA critical**") == "\x1b[1mSLA critical\x1b[22m");
    BOOST_TEST(ansi("Case record [Complete overhaul required (sample)](?pagetype=entityrecord&etn=incident&id=0a9f62a8-90df-e311-9565-a45d36fc5fe8) assigned is critically past SLA and has been escalated to your manager.") ==
               "Case record \x1b]8;;?pagetype=entityrecord&etn=incident&id=0a9f62a8-90df-e311-9565-a45d36fc5fe8\x1b\\"
               "Complete overhaul required (sample)\x1b]8;;\x1b\\ assigned is critically past SLA and has been escalated to your manager.");
    BOOST_TEST(ansi(R"~([Maria Campbell](?pagetype=entityrecord&etn=contact&id=43m770h2-6567-ebm1-ob2b-000d3ac3kd6c) mentioned you in a post: _"**[@Paul](?pagetype=entityrecord&etn=contact&id=03f770b2-6567-eb11-bb2b-000d3ac2be4d)** we need to prioritize this overdue case, [@Robert](?pagetype=entityrecord&etn=contact&id=73f970b2-6567-eb11-bb2b-000d3ac2se4h) will work with you to engage with engineering team ASAP."_)~") ==
               "\x1b]8;;?pagetype=entityrecord&etn=contact&id=43m770h2-6567-ebm1-ob2b-000d3ac3kd6c\x1b\\Maria Campbell\x1b]8;;\x1b\\"
               " mentioned you in a post: \x1b[3m\"\x1b[1m\x1b]8;;?pagetype=entityrecord&etn=contact&id=03f770b2-6567-eb11-bb2b-000d3ac2be4d\x1b\\"
               "@Paul\x1b]8;;\x1b\\\x1b[22m we need to prioritize this overdue case, "
               "\x1b]8;;?pagetype=entityrecord&etn=contact&id=73f970b2-6567-eb11-bb2b-000d3ac2se4h\x1b\\@Robert\x1b]8;;\x1b\\"
               " will work with you to engage with engineering team ASAP.\"\x1b[23m");
    BOOST_TEST(ansi("- Item 1\r- Item 2\r- Item 3") == "\xE2\x80\xA2 Item 1\n\xE2\x80\xA2 Item 2\n\xE2\x80\xA2 Item 3");
    BOOST_TEST(ansi("1. Green\r2. Orange\r3. Blue") == "1. Green\n2. Orange\n3. Blue");
    BOOST_TEST(ansi("**Bold**") == "\x1b[1mBold\x1b[22m");
    BOOST_TEST(ansi("_Italic_") == "\x1b[3mItalic\x1b[23m");
    BOOST_TEST(ansi("first\n\n\n\nsecond") == "first\n\nsecond");
}

BOOST_AUTO_TEST_CASE(nested_emphasis_keeps_the_outer_style) {
    BOOST_TEST(ansi("**a **b** c**") == "\x1b[1ma b c\x1b[22m");
    BOOST_TEST(ansi("***x*** _a **b** c_") == "\x1b[3m\x1b[1mx\x1b[22m\x1b[23m \x1b[3ma \x1b[1mb\x1b[22m c\x1b[23m");
}

BOOST_AUTO_TEST_CASE(lists_are_indented) {
    BOOST_TEST(ansi("- a\n  - b\n\n    c\n- d\n\n3) e\n4) f\n\nlast") ==
               "\xE2\x80\xA2 a\n  \xE2\x80\xA2 b\n\n    c\n\xE2\x80\xA2 d\n\n3) e\n4) f\n\nlast");
    BOOST_TEST(ansi("- a\n\n- b") == "\xE2\x80\xA2 a\n\n\xE2\x80\xA2 b");
    BOOST_TEST(ansi("- - a\n-\n- b  \n  c") == "\xE2\x80\xA2 \xE2\x80\xA2 a\n\xE2\x80\xA2\n\xE2\x80\xA2 b\n  c");
    BOOST_TEST(ansi("9. a\n10. b\n    more") == "9. a\n10. b\n    more");
}

BOOST_AUTO_TEST_CASE(links_without_hyperlinks) {
    const markdown_options options = wrapped(0, false);
    BOOST_TEST(ansi("[a link](https://example.com/x) <https://x.y> <a@b.co> [](/empty)", options) ==
               "a link <https://example.com/x> https://x.y a@b.co /empty");
    BOOST_TEST(ansi("[é](/caf\xC3\xA9 x)", options) == "[é](/café x)");
    BOOST_TEST(ansi("[é](</caf\xC3\xA9 x>)", options) == "é </caf%C3%A9%20x>");
}

BOOST_AUTO_TEST_CASE(wrapping_by_display_width) {
    BOOST_TEST(ansi("one two three four five six seven eight nine ten", wrapped(20)) ==
               "one two three four\nfive six seven eight\nnine ten");
    BOOST_TEST(ansi("- item with a long text that wraps around\n  - nested item that also wraps", wrapped(20)) ==
               "\xE2\x80\xA2 item with a long\n  text that wraps\n  around\n  \xE2\x80\xA2 nested item that\n    also wraps");
    // Wide characters count two columns, combining marks none.
    BOOST_TEST(ansi("日本語のテキストを折り返します", wrapped(10)) == "日本語のテ\nキストを折\nり返します");
    BOOST_TEST(ansi("e\xCC\x81" "e\xCC\x81" "e\xCC\x81 xx", wrapped(5)) == "e\xCC\x81" "e\xCC\x81" "e\xCC\x81\nxx");
    BOOST_TEST(ansi("日本語 text, 日本語のテキスト\xCC\x81を", wrapped(10)) == "日本語\ntext, 日本\n語のテキス\nト\xCC\x81を");
    // A hyperlink is closed at each line's end and opened again after the indentation: every
    // line holds whole hyperlinks, and no indentation is a link.
    BOOST_TEST(ansi("a **bold words here** and [a link](https://e.x/y) end", wrapped(12)) ==
               "a \x1b[1mbold words\nhere\x1b[22m and \x1b]8;;https://e.x/y\x1b\\a\x1b]8;;\x1b\\\n"
               "\x1b]8;;https://e.x/y\x1b\\link\x1b]8;;\x1b\\ end");
    BOOST_TEST(ansi("- [a b c](/u)", wrapped(4)) ==
               "\xE2\x80\xA2 \x1b]8;;/u\x1b\\a\x1b]8;;\x1b\\\n  \x1b]8;;/u\x1b\\b\x1b]8;;\x1b\\\n  \x1b]8;;/u\x1b\\c\x1b]8;;\x1b\\");
    // A hard break inside a link's text: the same, and nothing empty is linked.
    BOOST_TEST(ansi("[a\\\nb](/u) [c\\\n](/v) d") ==
               "\x1b]8;;/u\x1b\\a\x1b]8;;\x1b\\\n\x1b]8;;/u\x1b\\b\x1b]8;;\x1b\\ \x1b]8;;/v\x1b\\c\x1b]8;;\x1b\\\n d");
    // A word is never cut: one longer than the line stands on a line of its own.
    BOOST_TEST(ansi("abcdefghij", wrapped(4)) == "abcdefghij");
    BOOST_TEST(ansi("ab cdefghij kl", wrapped(4)) == "ab\ncdefghij\nkl");
    BOOST_TEST(ansi("see <https://contoso.crm.dynamics.com/main.aspx?etn=incident&id=0a9f62a8-90df-e311-9565-a45d36fc5fe8> now",
                    wrapped(20, false)) ==
               "see\nhttps://contoso.crm.dynamics.com/main.aspx?etn=incident&id=0a9f62a8-90df-e311-9565-a45d36fc5fe8\nnow");
    BOOST_TEST(ansi("soft\nbreaks join", wrapped(40)) == "soft breaks join");
    BOOST_TEST(ansi("soft\nbreaks stay") == "soft\nbreaks stay");
}

// Safety: no input character can move the cursor, set the title, write the clipboard or make a
// hyperlink; each control character is shown as its Control Picture (C0, DEL) or U+FFFD (C1).
BOOST_AUTO_TEST_CASE(control_characters_are_made_visible) {
    BOOST_TEST(ansi("a\x1b[2Jb") == "a\xE2\x90\x9B" "[2Jb");
    BOOST_TEST(ansi("x\x1b]0;title\x07y") == "x\xE2\x90\x9B]0;title\xE2\x90\x87y");
    BOOST_TEST(ansi("x\x1b]52;c;SGVsbG8=\x1b\\") == "x\xE2\x90\x9B]52;c;SGVsbG8=\xE2\x90\x9B\\");
    BOOST_TEST(ansi("a\x08\x0b\x0c\x7f") == "a\xE2\x90\x88\xE2\x90\x8B\xE2\x90\x8C\xE2\x90\xA1");
    BOOST_TEST(ansi("c1 \xC2\x9B" "31m \xC2\x9D") == "c1 \xEF\xBF\xBD" "31m \xEF\xBF\xBD");
    BOOST_TEST(ansi("raw \x9B" "31m") == "raw \xEF\xBF\xBD" "31m");
    BOOST_TEST(ansi(std::string_view("nul \x00!", 6)) == "nul \xEF\xBF\xBD!");
    // Character references decode to the same characters: they get the same treatment.
    BOOST_TEST(ansi("&#27;[31m &#x9b; &#13;") == "\xE2\x90\x9B[31m \xEF\xBF\xBD \xE2\x90\x8D");
    BOOST_TEST(ansi("tab\there") == "tab\there");
}

BOOST_AUTO_TEST_CASE(bidi_controls_are_neutralised) {
    BOOST_TEST(ansi("a\xE2\x80\xAE" "cba\xE2\x80\xAC b\xE2\x81\xA6x\xE2\x81\xA9") ==
               "a\xEF\xBF\xBD" "cba\xEF\xBF\xBD b\xEF\xBF\xBDx\xEF\xBF\xBD");
    // Invisible characters that hide text: zero-width space, word joiner, BOM, tag characters.
    BOOST_TEST(ansi("pay\xE2\x80\x8Bpal \xEF\xBB\xBF|\xF3\xA0\x80\x81|") == "paypal ||");
    // Line and paragraph separators break the line, indented like any line break.
    BOOST_TEST(ansi("- a\xE2\x80\xA8" "b") == "\xE2\x80\xA2 a\n  b");
}

BOOST_AUTO_TEST_CASE(hyperlink_urls_are_percent_encoded) {
    BOOST_TEST(ansi("[x](<https://e.x/\x1b]8;;y>)") == "\x1b]8;;https://e.x/%1B%5D8;;y\x1b\\x\x1b]8;;\x1b\\");
    BOOST_TEST(ansi("[x](<https://e.x/a b\x07>)") == "\x1b]8;;https://e.x/a%20b%07\x1b\\x\x1b]8;;\x1b\\");
    // A forged hyperlink inside the text stays text.
    const std::string out = ansi("[click\x1b]8;;https://evil/\x07here](https://ok.example)");
    BOOST_TEST(out == "[click\xE2\x90\x9B]8;;https://evil/\xE2\x90\x87here](https://ok.example)");
    const std::string linked = ansi("[click \x1b]8;;https://evil/\x07here](https://ok.example)");
    BOOST_TEST(markdown_test::terminal_problem(linked, true) == "");
    BOOST_TEST(markdown_test::terminal_problem(out, true) == "");
}

// Every terminal-injection vector of the corpora (../shared, when present): nothing but the
// renderer's own sequences, newline and tab, with and without hyperlinks and wrapping.
BOOST_AUTO_TEST_CASE(terminal_vectors, *boost::unit_test::precondition(if_terminal_vectors_present)) {
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    BOOST_TEST_REQUIRE((parser.load(test::source_path(shared_terminal)).get(root) == simdjson::SUCCESS));
    std::size_t checked = 0;
    for (simdjson::dom::element vector : root.get_array()) {
        std::string markdown(std::string_view(vector["markdown"].get_string()));
        std::string_view raw;
        if (vector["raw_bytes_b64"].get(raw) == simdjson::SUCCESS) {
            // base64
            std::string bytes;
            unsigned bits = 0;
            int count = 0;
            for (const char c : raw) {
                const char* alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
                const char* p = std::strchr(alphabet, c);
                if (c == '=' || p == nullptr) continue;
                bits = (bits << 6) | static_cast<unsigned>(p - alphabet);
                count += 6;
                if (count >= 8) {
                    count -= 8;
                    bytes.push_back(static_cast<char>((bits >> count) & 0xFF));
                }
            }
            markdown = bytes;
        }
        for (const markdown_options& options : {wrapped(0), wrapped(0, false), wrapped(24)}) {
            const std::string out = ansi(markdown, options);
            BOOST_TEST(markdown_test::terminal_problem(out, true) == "", markdown);
        }
        ++checked;
    }
    BOOST_TEST(checked >= 39u);
}

// The checks the fuzz harnesses make of hyperlinks and destinations do catch what they promise.
BOOST_AUTO_TEST_CASE(the_hyperlink_checks_can_fail) {
    BOOST_TEST(markdown_test::terminal_problem("\x1b]8;;/a\x1b\\x\x1b]8;;/b\x1b\\y\x1b]8;;\x1b\\", true) == "a hyperlink inside a hyperlink");
    BOOST_TEST(markdown_test::terminal_problem("\x1b]8;;/a\x1b\\x\ny\x1b]8;;\x1b\\", true) == "a hyperlink across a line break");
    BOOST_TEST(markdown_test::terminal_problem("x\x1b]8;;\x1b\\", true) == "a hyperlink closed where none is open");
    BOOST_TEST(markdown_test::terminal_problem("\x1b]8;;/a\x1b\\x", true) == "a hyperlink never closed");
    const markdown_options options = wrapped(4, false);
    BOOST_TEST(markdown_test::destinations_problem("[a](https://x.y/long)", "a (https://x.y/l\nong)", options, false) ==
               "the destination https://x.y/long is not shown whole");
    BOOST_TEST(markdown_test::destinations_problem("[a](https://x.y/long)", "a", wrapped(0), true) == "no hyperlink to https://x.y/long");
    BOOST_TEST(markdown_test::destinations_problem("<https://x.y/long>", "https://x.y/long", options, false) == "");
}

BOOST_AUTO_TEST_SUITE_END()
