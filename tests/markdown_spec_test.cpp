// SPDX-License-Identifier: MIT
// The CommonMark 0.31.2 spec examples in the subset (../shared/corpora/commonmark, when present):
// appnotify's HTML is the spec's, except that links the policy refuses are shown as their text
// (the expected HTML loses those <a> tags). A few examples are also kept here, so the suite
// checks them without ../shared.
#include "markdown_output_check.hpp"
#include "test_support.hpp"

#include <simdjson.h>

#include <filesystem>

namespace {

std::string html(std::string_view markdown) {
    std::string out;
    appnotify::render_markdown_html(markdown, out);
    return out;
}

/// The spec's HTML with the links the policy refuses reduced to their text.
std::string without_refused_links(std::string_view expected) {
    std::string out;
    std::size_t i = 0;
    bool dropping = false;
    while (i < expected.size()) {
        if (expected.substr(i, 9) == "<a href=\"") {
            const std::size_t end = expected.find('"', i + 9);
            const std::string href = markdown_test::html_unescape(expected.substr(i + 9, end - i - 9), nullptr);
            if (!appnotify::check_link(href).allowed()) {
                i = expected.find('>', end) + 1;
                dropping = true;
                continue;
            }
        }
        if (dropping && expected.substr(i, 4) == "</a>") {
            i += 4;
            dropping = false;
            continue;
        }
        out.push_back(expected[i++]);
    }
    return out;
}

const char* const shared_examples = "../shared/corpora/commonmark/examples.json";

/// The case runs only when its corpus (../shared) is there.
boost::test_tools::assertion_result if_examples_present(boost::unit_test::test_unit_id) { return std::filesystem::exists(test::source_path(shared_examples)); }

} // namespace

BOOST_AUTO_TEST_SUITE(markdown_spec)

BOOST_AUTO_TEST_CASE(examples_in_the_subset, *boost::unit_test::precondition(if_examples_present)) {
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    BOOST_TEST_REQUIRE((parser.load(test::source_path(shared_examples)).get(root) == simdjson::SUCCESS));
    std::size_t checked = 0;
    for (simdjson::dom::element example : root.get_array()) {
        if (!example["in_subset"].get_bool().value()) continue;
        const std::string_view markdown = example["markdown"].get_string();
        const std::string expected = without_refused_links(example["html"].get_string().value());
        BOOST_TEST(html(markdown) == expected, "example " << example["example"].get_int64().value() << ": " << markdown);
        ++checked;
    }
    BOOST_TEST(checked == 254u);
}

// Examples 28 and 354, where cmark-gfm 0.29 predates the spec, and a few others.
BOOST_AUTO_TEST_CASE(examples_kept_here) {
    BOOST_TEST(html("&nbsp &x; &#; &#x;\n&#87654321;\n&#abcdef0;\n&ThisIsNotDefined; &hi?;") ==
               "<p>&amp;nbsp &amp;x; &amp;#; &amp;#x;\n&amp;#87654321;\n&amp;#abcdef0;\n&amp;ThisIsNotDefined; &amp;hi?;</p>\n");
    BOOST_TEST(html("*$*alpha.\n\n*£*bravo.\n\n*€*charlie.") == "<p>*$*alpha.</p>\n<p>*£*bravo.</p>\n<p>*€*charlie.</p>\n");
    BOOST_TEST(html("*foo`*`") == "<p>*foo`*`</p>\n");
    BOOST_TEST(html("**foo*bar**") == "<p><strong>foo*bar</strong></p>\n");
    BOOST_TEST(html("[link](/uri \"title\")") == "<p><a href=\"/uri\" title=\"title\">link</a></p>\n");
    BOOST_TEST(html("- foo\n\n- bar\n\n\n- baz") == "<ul>\n<li>\n<p>foo</p>\n</li>\n<li>\n<p>bar</p>\n</li>\n<li>\n<p>baz</p>\n</li>\n</ul>\n");
    BOOST_TEST(without_refused_links("<p><a href=\"b)c\">a</a> <a href=\"/u\">x</a></p>\n") == "<p>a <a href=\"/u\">x</a></p>\n");
}

BOOST_AUTO_TEST_SUITE_END()
