// SPDX-License-Identifier: MIT
// The markdown HTML renderer (markdown.hpp): exact bytes, as cmark-gfm writes them for the subset.
#include "markdown_output_check.hpp"
#include "test_support.hpp"

#include <vector>

using appnotify::diagnostic_code;
using appnotify::markdown_options;

namespace {

std::string html(std::string_view markdown, const markdown_options& options = {}) {
    std::string out;
    appnotify::render_markdown_html(markdown, out, options);
    return out;
}

/// Turns app-relative links into absolute ones and refuses links that mention "refuse".
class test_rewriter final : public appnotify::link_rewriter {
public:
    bool rewrite(std::string_view destination, const appnotify::link_check& check, std::string& href) const override {
        if (destination.find("refuse") != std::string_view::npos) return false;
        if (destination.find("evil") != std::string_view::npos) {
            href += "javascript:alert(1)";
            return true;
        }
        if (check.kind == appnotify::link_kind::app_relative) href += "https://contoso.crm.dynamics.com/main.aspx";
        href += destination;
        return true;
    }
};

} // namespace

BOOST_AUTO_TEST_SUITE(markdown_html)

// Seed 000, "Using markdown in title and body": every example, byte for byte.
BOOST_AUTO_TEST_CASE(seed_examples) {
    BOOST_TEST(html("**SLA critical**") == "<p><strong>SLA critical</strong></p>\n");
    BOOST_TEST(html("Case record [Complete overhaul required (sample)](?pagetype=entityrecord&etn=incident&id=0a9f62a8-90df-e311-9565-a45d36fc5fe8) assigned is critically past SLA and has been escalated to your manager.") ==
               R"~(<p>Case record <a href="?pagetype=entityrecord&amp;etn=incident&amp;id=0a9f62a8-90df-e311-9565-a45d36fc5fe8">Complete overhaul required (sample)</a> assigned is critically past SLA and has been escalated to your manager.</p>
)~");
    BOOST_TEST(html("[Complete overhaul required (sample)](?pagetype=entityrecord&etn=incident&id=0a9f62a8-90df-e311-9565-a45d36fc5fe8)") ==
               R"~(<p><a href="?pagetype=entityrecord&amp;etn=incident&amp;id=0a9f62a8-90df-e311-9565-a45d36fc5fe8">Complete overhaul required (sample)</a></p>
)~");
    BOOST_TEST(html(R"~([Maria Campbell](?pagetype=entityrecord&etn=contact&id=43m770h2-6567-ebm1-ob2b-000d3ac3kd6c) mentioned you in a post: _"**[@Paul](?pagetype=entityrecord&etn=contact&id=03f770b2-6567-eb11-bb2b-000d3ac2be4d)** we need to prioritize this overdue case, [@Robert](?pagetype=entityrecord&etn=contact&id=73f970b2-6567-eb11-bb2b-000d3ac2se4h) will work with you to engage with engineering team ASAP."_)~") ==
               R"~(<p><a href="?pagetype=entityrecord&amp;etn=contact&amp;id=43m770h2-6567-ebm1-ob2b-000d3ac3kd6c">Maria Campbell</a> mentioned you in a post: <em>&quot;<strong><a href="?pagetype=entityrecord&amp;etn=contact&amp;id=03f770b2-6567-eb11-bb2b-000d3ac2be4d">@Paul</a></strong> we need to prioritize this overdue case, <a href="?pagetype=entityrecord&amp;etn=contact&amp;id=73f970b2-6567-eb11-bb2b-000d3ac2se4h">@Robert</a> will work with you to engage with engineering team ASAP.&quot;</em></p>
)~");
    BOOST_TEST(html("- Item 1\r- Item 2\r- Item 3") == "<ul>\n<li>Item 1</li>\n<li>Item 2</li>\n<li>Item 3</li>\n</ul>\n");
    BOOST_TEST(html("1. Green\r2. Orange\r3. Blue") == "<ol>\n<li>Green</li>\n<li>Orange</li>\n<li>Blue</li>\n</ol>\n");
    BOOST_TEST(html("**Bold**") == "<p><strong>Bold</strong></p>\n");
    BOOST_TEST(html("_Italic_") == "<p><em>Italic</em></p>\n");
    BOOST_TEST(html("[Title](https://contoso.com)") == "<p><a href=\"https://contoso.com\">Title</a></p>\n");
    BOOST_TEST(html("first\n\n\n\nsecond") == "<p>first</p>\n<p>second</p>\n");
}

BOOST_AUTO_TEST_CASE(paragraphs_and_line_breaks) {
    BOOST_TEST(html("") == "");
    BOOST_TEST(html("  \n\n") == "");
    BOOST_TEST(html("a\nb") == "<p>a\nb</p>\n");
    BOOST_TEST(html("a\rb\r\nc") == "<p>a\nb\nc</p>\n");
    BOOST_TEST(html("a  \nb") == "<p>a<br />\nb</p>\n");
    BOOST_TEST(html("a\\\nb") == "<p>a<br />\nb</p>\n");
    BOOST_TEST(html("a   \n   b  ") == "<p>a<br />\nb</p>\n");
    BOOST_TEST(html("a\\") == "<p>a\\</p>\n");
    BOOST_TEST(html("\xEF\xBB\xBF*a*") == "<p><em>a</em></p>\n");
    BOOST_TEST(html("a\n\nb\r\n\r\nc") == "<p>a</p>\n<p>b</p>\n<p>c</p>\n");
}

BOOST_AUTO_TEST_CASE(emphasis_follows_the_delimiter_run_rules) {
    BOOST_TEST(html("**_x_**") == "<p><strong><em>x</em></strong></p>\n");
    BOOST_TEST(html("**[l](/u)**") == "<p><strong><a href=\"/u\">l</a></strong></p>\n");
    BOOST_TEST(html("***x***") == "<p><em><strong>x</strong></em></p>\n");
    BOOST_TEST(html("*foo**bar**baz*") == "<p><em>foo<strong>bar</strong>baz</em></p>\n");
    BOOST_TEST(html("*foo**bar*") == "<p><em>foo**bar</em></p>\n");
    BOOST_TEST(html("snake_case_word and _x_y") == "<p>snake_case_word and _x_y</p>\n");
    BOOST_TEST(html("a * b * c") == "<p>a * b * c</p>\n");
    BOOST_TEST(html("*(*foo*)*") == "<p><em>(<em>foo</em>)</em></p>\n");
    BOOST_TEST(html("__foo, __bar__, baz__") == "<p><strong>foo, <strong>bar</strong>, baz</strong></p>\n");
    BOOST_TEST(html("*a\nb*") == "<p><em>a\nb</em></p>\n");
    // CommonMark 0.31: Unicode symbols are punctuation for flanking (cmark-gfm 0.29 differs).
    BOOST_TEST(html("*€*charlie.") == "<p>*€*charlie.</p>\n");
}

BOOST_AUTO_TEST_CASE(inline_links) {
    BOOST_TEST(html("[a](/u \"t\")") == "<p><a href=\"/u\" title=\"t\">a</a></p>\n");
    BOOST_TEST(html("[a](/u 't') [b](/v (t))") == "<p><a href=\"/u\" title=\"t\">a</a> <a href=\"/v\" title=\"t\">b</a></p>\n");
    BOOST_TEST(html("[a](</my uri>)") == "<p><a href=\"/my%20uri\">a</a></p>\n");
    BOOST_TEST(html("[a](/f(o)o)") == "<p><a href=\"/f(o)o\">a</a></p>\n");
    BOOST_TEST(html("[a](/f\\(o)") == "<p><a href=\"/f(o\">a</a></p>\n");
    BOOST_TEST(html("[*a* **b**](/u)") == "<p><a href=\"/u\"><em>a</em> <strong>b</strong></a></p>\n");
    BOOST_TEST(html("[a](/f&ouml;o \"&amp;\")") == "<p><a href=\"/f%C3%B6o\" title=\"&amp;\">a</a></p>\n");
    BOOST_TEST(html("[a](https://x.y/?q=\"'<>)") == "<p><a href=\"https://x.y/?q=%22&#x27;%3C%3E\">a</a></p>\n");
    BOOST_TEST(html("[a](\n/u\n\"t\"\n)") == "<p><a href=\"/u\" title=\"t\">a</a></p>\n");
    BOOST_TEST(html("[a [b](/u)](/v)") == "<p>[a <a href=\"/u\">b</a>](/v)</p>\n");
    BOOST_TEST(html("[a](/u") == "<p>[a](/u</p>\n");
    BOOST_TEST(html("[a] (/u)") == "<p>[a] (/u)</p>\n");
    BOOST_TEST(html("*[a*](/u)") == "<p>*<a href=\"/u\">a*</a></p>\n");
}

BOOST_AUTO_TEST_CASE(autolinks) {
    BOOST_TEST(html("<https://a.b/c?d=e&f>") == "<p><a href=\"https://a.b/c?d=e&amp;f\">https://a.b/c?d=e&amp;f</a></p>\n");
    BOOST_TEST(html("<a.b@example.com>") == "<p><a href=\"mailto:a.b@example.com\">a.b@example.com</a></p>\n");
    BOOST_TEST(html("<MAILTO:x@y.z>") == "<p><a href=\"MAILTO:x@y.z\">MAILTO:x@y.z</a></p>\n");
    BOOST_TEST(html("<https://a.b/&amp;>") == "<p><a href=\"https://a.b/&amp;\">https://a.b/&amp;</a></p>\n");
    BOOST_TEST(html("<https://a b>") == "<p>&lt;https://a b&gt;</p>\n");
}

BOOST_AUTO_TEST_CASE(lists) {
    BOOST_TEST(html("- a\n- b\n\n- c") == "<ul>\n<li>\n<p>a</p>\n</li>\n<li>\n<p>b</p>\n</li>\n<li>\n<p>c</p>\n</li>\n</ul>\n");
    BOOST_TEST(html("3. a\n4. b") == "<ol start=\"3\">\n<li>a</li>\n<li>b</li>\n</ol>\n");
    BOOST_TEST(html("0) a") == "<ol start=\"0\">\n<li>a</li>\n</ol>\n");
    BOOST_TEST(html("- a\n  - b\n    - c") == "<ul>\n<li>a\n<ul>\n<li>b\n<ul>\n<li>c</li>\n</ul>\n</li>\n</ul>\n</li>\n</ul>\n");
    BOOST_TEST(html("- a\n+ b\n* c") == "<ul>\n<li>a</li>\n</ul>\n<ul>\n<li>b</li>\n</ul>\n<ul>\n<li>c</li>\n</ul>\n");
    BOOST_TEST(html("1. a\n1) b") == "<ol>\n<li>a</li>\n</ol>\n<ol>\n<li>b</li>\n</ol>\n");
    BOOST_TEST(html("-\n- b\n-") == "<ul>\n<li></li>\n<li>b</li>\n<li></li>\n</ul>\n");
    BOOST_TEST(html("- a\n\n  b") == "<ul>\n<li>\n<p>a</p>\n<p>b</p>\n</li>\n</ul>\n");
    BOOST_TEST(html("- a\nlazy") == "<ul>\n<li>a\nlazy</li>\n</ul>\n");
    BOOST_TEST(html("a\n2. b") == "<p>a\n2. b</p>\n");   // only 1. interrupts a paragraph
    BOOST_TEST(html("a\n1. b") == "<p>a</p>\n<ol>\n<li>b</li>\n</ol>\n");
    BOOST_TEST(html("-\tfoo") == "<ul>\n<li>foo</li>\n</ul>\n");
    BOOST_TEST(html("1.  a\n\n    b") == "<ol>\n<li>\n<p>a</p>\n<p>b</p>\n</li>\n</ol>\n");
}

BOOST_AUTO_TEST_CASE(escapes_and_character_references) {
    BOOST_TEST(html("\\*not\\* \\_x\\_ \\[y\\] \\\\ \\a") == "<p>*not* _x_ [y] \\ \\a</p>\n");
    BOOST_TEST(html("&copy; &amp; &#35; &#x22; &nbsp;") == "<p>© &amp; # &quot; \xC2\xA0</p>\n");
    BOOST_TEST(html("&bogus; &#; &copy") == "<p>&amp;bogus; &amp;#; &amp;copy</p>\n");
    BOOST_TEST(html("&#0; &#xD800; &#1234567;") == "<p>\xEF\xBF\xBD \xEF\xBF\xBD \xEF\xBF\xBD</p>\n");
    // CommonMark 0.31: at most 7 decimal and 6 hexadecimal digits.
    BOOST_TEST(html("&#87654321; &#x1234567;") == "<p>&amp;#87654321; &amp;#x1234567;</p>\n");
    BOOST_TEST(html("&#42;a&#42;") == "<p>*a*</p>\n");
    BOOST_TEST(html(std::string_view("a\x00" "b", 3)) == "<p>a\xEF\xBF\xBD" "b</p>\n");
    BOOST_TEST(html("caf\xC3 \xFF") == "<p>caf\xEF\xBF\xBD \xEF\xBF\xBD</p>\n");
    // Line tabulation and form feed are text, not trimmed; NUL is U+FFFD in links too.
    BOOST_TEST(html("\v") == "<p>\v</p>\n");
    BOOST_TEST(html(std::string_view("[](/\0/)", 7)) == "<p><a href=\"/%EF%BF%BD/\"></a></p>\n");
}

// Everything outside the subset is shown as the characters it was written with.
BOOST_AUTO_TEST_CASE(the_rest_is_literal_text) {
    BOOST_TEST(html("# Heading") == "<p># Heading</p>\n");
    BOOST_TEST(html("Title\n===") == "<p>Title\n===</p>\n");
    BOOST_TEST(html("> quote") == "<p>&gt; quote</p>\n");
    BOOST_TEST(html("`*code*`") == "<p>`*code*`</p>\n");
    BOOST_TEST(html("```\n*x*\n```") == "<p>```\n*x*\n```</p>\n");
    BOOST_TEST(html("    indented") == "<p>indented</p>\n");
    BOOST_TEST(html("***\n---\n* * *") == "<p>***\n---\n* * *</p>\n");
    BOOST_TEST(html("![alt *x*](/i.png \"t\")") == "<p>![alt *x*](/i.png &quot;t&quot;)</p>\n");
    BOOST_TEST(html("[ref]\n\n[ref]: /u") == "<p>[ref]</p>\n<p>[ref]: /u</p>\n");
    BOOST_TEST(html("<b>*x*</b>") == "<p>&lt;b&gt;<em>x</em>&lt;/b&gt;</p>\n");
    BOOST_TEST(html("*<a href=\"*\">*") == "<p><em>&lt;a href=&quot;*&quot;&gt;</em></p>\n");
    BOOST_TEST(html("<div>\n*x*\n</div>") == "<p>&lt;div&gt;\n<em>x</em>\n&lt;/div&gt;</p>\n");
    BOOST_TEST(html("<!-- *c* -->") == "<p>&lt;!-- *c* --&gt;</p>\n");
    BOOST_TEST(html("| a | b |\n|---|---|\n| 1 | 2 |") == "<p>| a | b |\n|---|---|\n| 1 | 2 |</p>\n");
    BOOST_TEST(html("- - -") == "<p>- - -</p>\n");
}

BOOST_AUTO_TEST_CASE(refused_links_keep_their_text) {
    markdown_options options;
    options.path = "/OverrideContent/body";
    std::string out;
    const auto report = appnotify::render_markdown_html("See [the *case*](javascript:alert(1)) now", out, options);
    BOOST_TEST(out == "<p>See the <em>case</em> now</p>\n");
    BOOST_TEST_REQUIRE(report.diagnostics().size() == 1u);
    const auto& d = report.diagnostics()[0];
    BOOST_TEST(d.code == diagnostic_code::markdown_link_refused);
    BOOST_TEST(d.severity == appnotify::severity::warning);
    BOOST_TEST(d.path == "/OverrideContent/body");
    BOOST_TEST(d.offset == 17u); // the destination
    BOOST_TEST(d.line == 1u);
    BOOST_TEST(d.column == 18u);
    BOOST_TEST(d.message == "the link \"javascript:alert(1)\" is shown as text, not as a link: the scheme can run code or read local files");
    BOOST_TEST(report.ok());
}

BOOST_AUTO_TEST_CASE(links_in_a_new_window) {
    markdown_options options;
    options.links_in_new_window = true;
    BOOST_TEST(html("[a](/u \"t\") <https://x.y>", options) ==
               "<p><a href=\"/u\" title=\"t\" target=\"_blank\" rel=\"noopener noreferrer\">a</a> "
               "<a href=\"https://x.y\" target=\"_blank\" rel=\"noopener noreferrer\">https://x.y</a></p>\n");
}

BOOST_AUTO_TEST_CASE(css_class_prefix) {
    markdown_options options;
    options.class_prefix = "an-";
    BOOST_TEST(html("*a* **b** [c](/u)  \nd\n\n- e\n\n3. f", options) ==
               "<p class=\"an-p\"><em class=\"an-em\">a</em> <strong class=\"an-strong\">b</strong> "
               "<a href=\"/u\" class=\"an-a\">c</a><br class=\"an-br\" />\nd</p>\n"
               "<ul class=\"an-ul\">\n<li class=\"an-li\">e</li>\n</ul>\n"
               "<ol start=\"3\" class=\"an-ol\">\n<li class=\"an-li\">f</li>\n</ol>\n");
    options.class_prefix = "x\"><script>";
    BOOST_TEST(html("a", options) == "<p class=\"x&quot;&gt;&lt;script&gt;p\">a</p>\n");
}

BOOST_AUTO_TEST_CASE(a_rewriter_makes_the_href) {
    const test_rewriter rewriter;
    markdown_options options;
    options.rewriter = &rewriter;
    std::string out;
    const auto report = appnotify::render_markdown_html(
        "[case](?pagetype=entityrecord&etn=incident&id=1) [web](https://x.y) [no](/refuse) [bad](?evil)", out, options);
    BOOST_TEST(out == "<p><a href=\"https://contoso.crm.dynamics.com/main.aspx?pagetype=entityrecord&amp;etn=incident&amp;id=1\">case</a> "
                      "<a href=\"https://x.y\">web</a> no bad</p>\n");
    BOOST_TEST_REQUIRE(report.diagnostics().size() == 2u);
    BOOST_TEST(report.diagnostics()[0].message ==
               "the link \"/refuse\" is shown as text, not as a link: the link resolver refused it");
    BOOST_TEST(report.diagnostics()[1].message ==
               "the link \"?evil\" is shown as text, not as a link: the link resolver turned it into "
               "\"javascript:alert(1)\", which is not allowed: the scheme can run code or read local files");
}

// A link inside a link: CommonMark (and cmark-gfm) nest the anchors; appnotify writes the inner
// autolink as text inside the outer link, so no <a> is ever inside another.
BOOST_AUTO_TEST_CASE(a_link_inside_a_link_is_text_inside_it) {
    std::string out;
    const auto report = appnotify::render_markdown_html("[Pay <https://bank.example> now](https://evil.example/)", out);
    BOOST_TEST(out == "<p><a href=\"https://evil.example/\">Pay https://bank.example now</a></p>\n");
    BOOST_TEST_REQUIRE(report.diagnostics().size() == 1u);
    BOOST_TEST(report.diagnostics()[0].code == appnotify::diagnostic_code::markdown_nested_link);
    BOOST_TEST(report.diagnostics()[0].column == 7u);
    BOOST_TEST(html("**[a <x@y.z> &amp; <https://b.c/?d=1&amp;e=2> _f_](/g)**") ==
               "<p><strong><a href=\"/g\">a x@y.z &amp; https://b.c/?d=1&amp;e=2 <em>f</em></a></strong></p>\n");
    BOOST_TEST(markdown_test::html_problem(html("[a <https://b.c> d](/e) <https://f.g>")) == "");
    BOOST_TEST(markdown_test::html_problem("<p><a href=\"/a\">x<a href=\"/b\">y</a></a></p>\n") == "a link inside a link");
}

// Every renderer writes to any output: the same bytes into a string, a fixed buffer (cut where it
// is full, and saying so) and a callback (one block per rendering).
BOOST_AUTO_TEST_CASE(every_kind_of_output) {
    appnotify::markdown_renderer renderer;
    const std::string_view body = "**SLA critical**: [case](?pagetype=entityrecord&etn=incident&id=1)\n\n- a\n- b";
    for (int to = 0; to < 3; ++to) {
        const auto render = [&](appnotify::output out) -> const appnotify::markdown_report& {
            if (to == 0) return renderer.render_html(body, out);
            if (to == 1) return renderer.render_ansi(body, out);
            return renderer.render_text(body, out);
        };
        std::string expected;
        render(expected);
        BOOST_TEST(expected.size() > 20u);
        std::vector<std::string> blocks;
        auto collect = [&blocks](std::string_view bytes) { blocks.emplace_back(bytes); };
        render(appnotify::output::to_callback(collect));
        BOOST_TEST_REQUIRE(blocks.size() == 1u);
        BOOST_TEST(blocks[0] == expected);
        char large[512];
        appnotify::fixed_buffer whole(large);
        render(whole);
        BOOST_TEST(whole.view() == expected);
        BOOST_TEST(!whole.truncated());
        char small[20];
        appnotify::fixed_buffer cut(small);
        const appnotify::markdown_report& report = render(cut);
        BOOST_TEST(report.diagnostics().empty()); // a cut output is the caller's to see, not a diagnostic
        BOOST_TEST(cut.truncated());
        BOOST_TEST(cut.view() == expected.substr(0, 20));
        BOOST_TEST(cut.wanted() == expected.size());
        // The one-shot functions too.
        std::string one_shot;
        if (to == 0) appnotify::render_markdown_html(body, one_shot);
        else if (to == 1) appnotify::render_markdown_ansi(body, one_shot);
        else appnotify::render_markdown_text(body, one_shot);
        BOOST_TEST(one_shot == expected);
    }
}

BOOST_AUTO_TEST_CASE(output_is_appended) {
    std::string out = "<div>";
    appnotify::render_markdown_html("a\n\n- b", out);
    BOOST_TEST(out == "<div><p>a</p>\n<ul>\n<li>b</li>\n</ul>\n");
}

// A reused renderer and output buffer: the same bytes every time, and no growth.
BOOST_AUTO_TEST_CASE(a_reused_renderer_renders_the_same) {
    appnotify::markdown_renderer renderer;
    std::string out;
    const std::string_view body =
        "[Maria](?pagetype=entityrecord&etn=contact&id=1) mentioned you: _\"**[@Paul](?a)** see [x](javascript:y)\"_\n\n- a\n- b";
    renderer.render_html(body, out);
    const std::string first = out;
    const std::size_t capacity = out.capacity();
    for (int i = 0; i < 100; ++i) {
        out.clear();
        const auto& report = renderer.render_html(body, out);
        BOOST_TEST(report.diagnostics().size() == 1u);
    }
    BOOST_TEST(out == first);
    BOOST_TEST(out.capacity() == capacity);
}

BOOST_AUTO_TEST_SUITE_END()
