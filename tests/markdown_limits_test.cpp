// SPDX-License-Identifier: MIT
// The markdown renderers' limits (input size, nesting, output size) and cmark's pathological
// shapes, at sizes where a quadratic renderer would take minutes (no timing is asserted: a slow
// renderer shows as a slow test).
#include "markdown_output_check.hpp"
#include "test_support.hpp"

using appnotify::diagnostic_code;
using appnotify::markdown_options;

namespace {

std::string repeat(std::string_view s, std::size_t n) {
    std::string out;
    out.reserve(s.size() * n);
    for (std::size_t i = 0; i < n; ++i) out += s;
    return out;
}

markdown_options large() {
    markdown_options options;
    options.limits.max_input_bytes = std::size_t(4) << 20;
    options.limits.max_output_bytes = std::size_t(256) << 20;
    return options;
}

/// Renders `markdown` in the three forms; the HTML must be well formed and the terminal forms clean.
void render_all(std::string_view markdown, const markdown_options& options = large()) {
    appnotify::markdown_renderer renderer;
    std::string out;
    renderer.render_html(markdown, out, options);
    BOOST_TEST(markdown_test::html_problem(out) == "", markdown.substr(0, 40));
    out.clear();
    renderer.render_ansi(markdown, out, options);
    BOOST_TEST(markdown_test::terminal_problem(out, true) == "", markdown.substr(0, 40));
    out.clear();
    renderer.render_text(markdown, out, options);
    BOOST_TEST(markdown_test::terminal_problem(out, false) == "", markdown.substr(0, 40));
}

} // namespace

BOOST_AUTO_TEST_SUITE(markdown_limits)

BOOST_AUTO_TEST_CASE(defaults) {
    const appnotify::markdown_limits limits;
    BOOST_TEST(limits.max_input_bytes == std::size_t(1) << 20);
    BOOST_TEST(limits.max_nesting == 32u);
    BOOST_TEST(limits.max_output_bytes == std::size_t(16) << 20);
}

BOOST_AUTO_TEST_CASE(input_too_large) {
    markdown_options options;
    options.limits.max_input_bytes = 8;
    options.path = "/OverrideContent/title";
    std::string out = "kept";
    const auto report = appnotify::render_markdown_html("**123456789**", out, options);
    BOOST_TEST(out == "kept");
    BOOST_TEST_REQUIRE(report.diagnostics().size() == 1u);
    const auto& d = report.diagnostics()[0];
    BOOST_TEST(d.code == diagnostic_code::markdown_input_too_large);
    BOOST_TEST(d.severity == appnotify::severity::error);
    BOOST_TEST(d.offset == 0u);
    BOOST_TEST(d.path == "/OverrideContent/title");
    BOOST_TEST(d.message == "the markdown text is 13 bytes long, more than the limit of 8 bytes; nothing was rendered");
    BOOST_TEST(!report.ok());
    int links = 0;
    appnotify::for_each_markdown_link("[a](/b) [c](/d)", [&links](const appnotify::markdown_link&) { ++links; }, options);
    BOOST_TEST(links == 0);
}

BOOST_AUTO_TEST_CASE(lists_nested_too_deep) {
    markdown_options options;
    options.limits.max_nesting = 2;
    std::string out;
    const auto report = appnotify::render_markdown_html("- a\n  - b\n    - c\n- d", out, options);
    BOOST_TEST(out == "<ul>\n<li>a\n<ul>\n<li>b\n- c</li>\n</ul>\n</li>\n<li>d</li>\n</ul>\n");
    BOOST_TEST_REQUIRE(report.diagnostics().size() == 1u);
    BOOST_TEST(report.diagnostics()[0].code == diagnostic_code::markdown_too_deep);
    BOOST_TEST(report.diagnostics()[0].offset == 14u);
    BOOST_TEST(report.diagnostics()[0].line == 3u);
    BOOST_TEST(report.diagnostics()[0].column == 5u);
    BOOST_TEST(report.diagnostics()[0].severity == appnotify::severity::warning);
}

BOOST_AUTO_TEST_CASE(emphasis_nested_too_deep) {
    markdown_options options;
    options.limits.max_nesting = 2;
    std::string out;
    const auto report = appnotify::render_markdown_html("*a _b **c** b_ a*", out, options);
    BOOST_TEST(out == "<p><em>a <em>b **c** b</em> a</em></p>\n");
    BOOST_TEST_REQUIRE(report.diagnostics().size() == 1u);
    BOOST_TEST(report.diagnostics()[0].code == diagnostic_code::markdown_too_deep);
    BOOST_TEST(report.diagnostics()[0].offset == 6u);
    BOOST_TEST(report.diagnostics()[0].message == "emphasis is nested more than 2 deep; the deeper delimiters are shown as text");
}

BOOST_AUTO_TEST_CASE(output_too_large_stays_well_formed) {
    markdown_options options;
    options.limits.max_output_bytes = 64;
    const std::string markdown = "- *a **b** [c](/u)*\n" + repeat("- item\n  - *nested* text\n", 50);
    std::string out;
    const auto report = appnotify::render_markdown_html(markdown, out, options);
    BOOST_TEST(markdown_test::html_problem(out) == "", out);
    BOOST_TEST(out.size() < 400u);
    BOOST_TEST_REQUIRE(report.diagnostics().size() == 1u);
    BOOST_TEST(report.diagnostics()[0].code == diagnostic_code::markdown_output_too_large);
    BOOST_TEST(report.diagnostics()[0].severity == appnotify::severity::error);
    for (const bool ansi : {true, false}) {
        out.clear();
        const auto r = ansi ? appnotify::render_markdown_ansi(markdown, out, options) : appnotify::render_markdown_text(markdown, out, options);
        BOOST_TEST(!r.ok());
        BOOST_TEST(markdown_test::terminal_problem(out, ansi) == "");
        BOOST_TEST(out.size() < 400u);
    }
}

BOOST_AUTO_TEST_CASE(huge_text_is_cut_at_the_limit) {
    markdown_options options;
    options.limits.max_output_bytes = 10000;
    std::string out;
    appnotify::render_markdown_html(repeat("<&> ", 100000), out, options);
    BOOST_TEST(out.size() < 10000u + 25000u);
    BOOST_TEST(markdown_test::html_problem(out) == "");
}

// cmark's pathological inputs (test/pathological_tests.py), large.
BOOST_AUTO_TEST_CASE(nested_strong_emphasis) { render_all(repeat("*a **a ", 50000) + repeat(" a** a*", 50000)); }
BOOST_AUTO_TEST_CASE(many_emphasis_closers_without_openers) { render_all(repeat("a_ ", 200000)); }
BOOST_AUTO_TEST_CASE(many_emphasis_openers_without_closers) { render_all(repeat("_a ", 200000)); }
BOOST_AUTO_TEST_CASE(many_link_closers_without_openers) { render_all(repeat("a]", 200000)); }
BOOST_AUTO_TEST_CASE(many_link_openers_without_closers) { render_all(repeat("[a", 200000)); }
BOOST_AUTO_TEST_CASE(fifty_thousand_brackets) { render_all(repeat("[", 50000) + "a" + repeat("]", 50000)); }
BOOST_AUTO_TEST_CASE(unclosed_links) { render_all(repeat("[a](", 100000)); }
BOOST_AUTO_TEST_CASE(unclosed_links_with_titles) { render_all(repeat("[a](b \"", 100000)); }
BOOST_AUTO_TEST_CASE(unclosed_pointy_destinations) { render_all(repeat("[a](<b", 100000)); }
BOOST_AUTO_TEST_CASE(image_openers_then_links) { render_all(repeat("![", 100000) + repeat("[a](/b)", 30000)); }
BOOST_AUTO_TEST_CASE(mismatched_openers_and_closers) { render_all(repeat("*a_ ", 100000)); }
BOOST_AUTO_TEST_CASE(alternating_delimiters) { render_all(repeat("*_", 250000)); }
BOOST_AUTO_TEST_CASE(long_delimiter_lines) { render_all(repeat("*", 500000) + "\n" + repeat("_", 500000)); }
BOOST_AUTO_TEST_CASE(many_backslashes) { render_all(repeat("\\", 500000) + "\n" + repeat("\\*", 200000)); }
BOOST_AUTO_TEST_CASE(unclosed_code_spans) {
    std::string markdown;
    for (std::size_t i = 1; i <= 3000; ++i) markdown += repeat("`", i % 90 + 1) + "a";
    render_all(markdown);
}
BOOST_AUTO_TEST_CASE(unclosed_raw_html) {
    render_all(repeat("<a b=\"", 100000));
    render_all(repeat("<!-- ", 100000));
    render_all(repeat("<? ", 100000));
    render_all(repeat("<![CDATA[ ", 50000));
    render_all(repeat("<!X ", 100000));
}
BOOST_AUTO_TEST_CASE(deeply_nested_lists) {
    std::string markdown;
    for (std::size_t i = 0; i < 1000; ++i) markdown += repeat(" ", 2 * i) + "- a\n";
    render_all(markdown);
    render_all(repeat("- ", 100000) + "a");
    render_all(repeat("1. ", 100000) + "a");
}
BOOST_AUTO_TEST_CASE(many_lines_and_items) {
    render_all(repeat("a\n", 300000));
    render_all(repeat("- a\n", 200000));
    render_all(repeat("- a\n\n", 100000));
}
BOOST_AUTO_TEST_CASE(deep_emphasis) { render_all(repeat("*", 100000) + "a" + repeat("*", 100000)); }
BOOST_AUTO_TEST_CASE(many_references) { render_all(repeat("&amp", 200000) + repeat("&#123", 100000)); }

BOOST_AUTO_TEST_SUITE_END()
