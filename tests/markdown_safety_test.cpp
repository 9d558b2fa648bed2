// SPDX-License-Identifier: MIT
// The markdown renderers' safety rules, one test each, and the XSS corpus of ../shared (when
// present) against check_html.py's invariant (tests/markdown_output_check.hpp is its C++ form).
// None of these rules has an option to turn it off.
#include "markdown_output_check.hpp"
#include "test_support.hpp"

#include <simdjson.h>

#include <filesystem>

using appnotify::diagnostic_code;

namespace {

std::string html(std::string_view markdown) {
    std::string out;
    appnotify::render_markdown_html(markdown, out);
    return out;
}

std::size_t refusals(std::string_view markdown) {
    std::string out;
    const auto report = appnotify::render_markdown_html(markdown, out);
    std::size_t n = 0;
    for (const auto& d : report.diagnostics()) n += d.code == diagnostic_code::markdown_link_refused ? 1 : 0;
    return n;
}

bool shared(std::string_view relative) { return std::filesystem::exists(test::source_path(relative)); }

/// The case runs only when its corpus (../shared) is there.
boost::test_tools::assertion_result if_xss_vectors_present(boost::unit_test::test_unit_id) { return shared("../shared/corpora/xss/vectors.json"); }

/// The case runs only when its corpus (../shared) is there.
boost::test_tools::assertion_result if_examples_present(boost::unit_test::test_unit_id) { return shared("../shared/corpora/commonmark/examples.json"); }

} // namespace

BOOST_AUTO_TEST_SUITE(markdown_safety)

BOOST_AUTO_TEST_CASE(only_the_subset_tags) {
    const std::string out = html("# h\n\n> q\n\n```\nc\n```\n\n---\n\n![i](/i.png)\n\n| t |\n|---|\n\n<table><tr><td>x</td></tr></table>");
    BOOST_TEST(markdown_test::html_problem(out) == "");
    for (const std::string_view tag : {"<h1", "<blockquote", "<pre", "<code", "<hr", "<img", "<table"})
        BOOST_TEST(!test::contains(out, tag), tag);
}

BOOST_AUTO_TEST_CASE(raw_html_never_passes) {
    BOOST_TEST(html("<script>alert(1)</script>") == "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n");
    BOOST_TEST(html("x <img src=x onerror=alert(1)> y") == "<p>x &lt;img src=x onerror=alert(1)&gt; y</p>\n");
    BOOST_TEST(html("<a href=\"javascript:alert(1)\">x</a>") == "<p>&lt;a href=&quot;javascript:alert(1)&quot;&gt;x&lt;/a&gt;</p>\n");
    BOOST_TEST(html("<!-- x --> <?php x ?> <![CDATA[x]]> <!DOCTYPE html>") ==
               "<p>&lt;!-- x --&gt; &lt;?php x ?&gt; &lt;![CDATA[x]]&gt; &lt;!DOCTYPE html&gt;</p>\n");
}

BOOST_AUTO_TEST_CASE(text_and_attributes_are_escaped) {
    BOOST_TEST(html("a < b & c > \"d\" 'e'") == "<p>a &lt; b &amp; c &gt; &quot;d&quot; 'e'</p>\n");
    BOOST_TEST(html("&lt;script&gt; &#60;b&#62;") == "<p>&lt;script&gt; &lt;b&gt;</p>\n");
    BOOST_TEST(html("[x](/a\"onmouseover=\"alert(1) \"t\\\" onclick='x' <b>\")") ==
               "<p><a href=\"/a%22onmouseover=%22alert(1)\" title=\"t&quot; onclick='x' &lt;b&gt;\">x</a></p>\n");
    BOOST_TEST(html("[x](</a'b>)") == "<p><a href=\"/a&#x27;b\">x</a></p>\n");
}

BOOST_AUTO_TEST_CASE(dangerous_schemes_are_refused_however_disguised) {
    for (const std::string_view markdown :
         {"[x](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))", "[x](<java\tscript:alert(1)>)", "[x](<\x01javascript:alert(1)>)",
          "[x](javascript&colon;alert(1))", "[x](javascript&#58;alert(1))", "[x](javascript&#x3A;alert(1))",
          "[x](&#106;avascript:alert(1))", "[x](javascript%3Aalert(1))", "[x](vbscript:msgbox(1))",
          "[x](data:text/html;base64,PHNjcmlwdD4=)", "[x](file:///etc/passwd)", "[x](jav&Tab;ascript:alert(1))",
          "[x](java\\script:alert(1))", "<javascript:alert(1)>", "<JAVASCRIPT:alert(1)>"}) {
        const std::string out = html(markdown);
        BOOST_TEST(!test::contains(out, "href"), markdown << " -> " << out);
        BOOST_TEST(refusals(markdown) == 1u, markdown);
        BOOST_TEST(markdown_test::html_problem(out) == "", markdown);
    }
}

BOOST_AUTO_TEST_CASE(unknown_schemes_are_refused) {
    for (const std::string_view markdown : {"[x](ftp://x.y)", "[x](ms-settings:privacy)", "[x](livescript:x)", "<ftp://x.y>", "<x-custom:1>"})
        BOOST_TEST(refusals(markdown) == 1u, markdown);
}

BOOST_AUTO_TEST_CASE(links_to_other_hosts_without_a_scheme_are_refused) {
    for (const std::string_view markdown : {"[x](//evil.example)", "[x](\\\\evil.example)", "[x](/\\evil.example)", "[x](page.htm)", "[x](../up)"})
        BOOST_TEST(refusals(markdown) == 1u, markdown);
}

BOOST_AUTO_TEST_CASE(empty_links_are_refused) {
    BOOST_TEST(html("[x]() [y](<>)") == "<p>x y</p>\n");
    BOOST_TEST(refusals("[x]()") == 1u);
}

BOOST_AUTO_TEST_CASE(the_allowed_kinds) {
    BOOST_TEST(html("[a](https://x.y) [b](HTTP://x.y) [c](mailto:a@b.c) [d](tel:+1555) [e](?pagetype=dashboard) [f](/WebResources/x) [g](#top) [h](main.aspx?pagetype=x)") ==
               "<p><a href=\"https://x.y\">a</a> <a href=\"HTTP://x.y\">b</a> <a href=\"mailto:a@b.c\">c</a> <a href=\"tel:+1555\">d</a> "
               "<a href=\"?pagetype=dashboard\">e</a> <a href=\"/WebResources/x\">f</a> <a href=\"#top\">g</a> "
               "<a href=\"main.aspx?pagetype=x\">h</a></p>\n");
}

BOOST_AUTO_TEST_CASE(images_are_never_loaded) {
    const std::string out = html("![x](https://tracker.example/pixel.gif) ![y](javascript:alert(1))");
    BOOST_TEST(out == "<p>![x](https://tracker.example/pixel.gif) ![y](javascript:alert(1))</p>\n");
}

// ../shared/corpora/xss/vectors.json: every vector meets check_html.py's invariant.
BOOST_AUTO_TEST_CASE(xss_vectors, *boost::unit_test::precondition(if_xss_vectors_present)) {
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    BOOST_TEST_REQUIRE((parser.load(test::source_path("../shared/corpora/xss/vectors.json")).get(root) == simdjson::SUCCESS));
    std::size_t checked = 0;
    for (simdjson::dom::element vector : root.get_array()) {
        const std::string_view markdown = vector["markdown"].get_string();
        const std::string out = html(markdown);
        BOOST_TEST(markdown_test::html_problem(out) == "", markdown << " -> " << out);
        ++checked;
    }
    BOOST_TEST(checked >= 136u);
}

// Every CommonMark example, in the subset or not, meets the same invariant.
BOOST_AUTO_TEST_CASE(commonmark_examples_are_safe, *boost::unit_test::precondition(if_examples_present)) {
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    BOOST_TEST_REQUIRE((parser.load(test::source_path("../shared/corpora/commonmark/examples.json")).get(root) == simdjson::SUCCESS));
    for (simdjson::dom::element example : root.get_array()) {
        const std::string_view markdown = example["markdown"].get_string();
        BOOST_TEST(markdown_test::html_problem(html(markdown)) == "", markdown);
    }
}

// The invariant checker itself catches what it must.
BOOST_AUTO_TEST_CASE(the_checker_finds_problems) {
    BOOST_TEST(markdown_test::html_problem("<p>x</p>\n") == "");
    BOOST_TEST(markdown_test::html_problem("<img src=x>") != "");
    BOOST_TEST(markdown_test::html_problem("<p><em>x</p></em>") != "");
    BOOST_TEST(markdown_test::html_problem("<a href=\"javascript:x\">x</a>") != "");
    BOOST_TEST(markdown_test::html_problem("<a href=\"//evil\">x</a>") != "");
    BOOST_TEST(markdown_test::html_problem("<a onclick=\"x\">x</a>") != "");
    BOOST_TEST(markdown_test::html_problem("<p>a & b</p>") != "");
    BOOST_TEST(markdown_test::terminal_problem("a\x1b[2Jb", true) != "");
    BOOST_TEST(markdown_test::terminal_problem("a\x1b[1mb\x1b[22m", true) == "");
    BOOST_TEST(markdown_test::terminal_problem("a\x1b[1mb", false) != "");
}

BOOST_AUTO_TEST_SUITE_END()
