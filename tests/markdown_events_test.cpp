// SPDX-License-Identifier: MIT
// The markdown event interface (markdown_events.hpp): blocks and spans with what an output needs
// (list numbers and markers, tightness, offsets, links checked and resolved), text and breaks;
// the guarantees (every enter left, properly nested, no link inside a link, refused links as
// text, non-empty text); and the virtual handler receiving exactly what a template handler does.
#include "markdown_output_check.hpp"
#include "test_support.hpp"

#include <simdjson.h>

#include <filesystem>
#include <vector>

namespace {

/// Writes each event as a short tag: <p>, <ul - tight>, <li 3.>, <em>, <a href dest kind>,
/// 'text', ~ (soft break), \ (hard break); checks the guarantees as it goes.
class recorder {
public:
    std::string events;
    std::vector<std::string> open; // what is entered and not yet left
    std::string problem;
    std::size_t links_open = 0;

    void enter_block(const appnotify::markdown_block& b) {
        const std::string tag = block_tag(b);
        events += "<" + tag + ">";
        open.push_back(tag);
    }
    void leave_block(const appnotify::markdown_block& b) { leave(block_tag(b)); }
    void enter_span(const appnotify::markdown_span& s) {
        const std::string tag = span_tag(s);
        events += "<" + tag + ">";
        open.push_back(tag);
        if (s.type == appnotify::markdown_span_type::link && ++links_open > 1) fail("a link inside a link");
    }
    void leave_span(const appnotify::markdown_span& s) {
        leave(span_tag(s));
        if (s.type == appnotify::markdown_span_type::link) --links_open;
    }
    void text(std::string_view t) {
        if (t.empty()) fail("empty text");
        events += "'" + std::string(t) + "'";
    }
    void soft_break() { events += "~"; }
    void hard_break() { events += "\\"; }

    /// Everything entered was left.
    bool balanced() const { return problem.empty() && open.empty(); }

private:
    void fail(const std::string& why) {
        if (problem.empty()) problem = why;
    }
    void leave(const std::string& tag) {
        events += "</" + tag + ">";
        if (open.empty() || open.back() != tag) fail("</" + tag + "> leaves what is not the innermost open");
        else open.pop_back();
    }
    static std::string block_tag(const appnotify::markdown_block& b) {
        using t = appnotify::markdown_block_type;
        switch (b.type) {
        case t::paragraph: return b.tight ? "p tight" : "p";
        case t::bullet_list: return std::string("ul ") + b.marker + (b.tight ? " tight" : " loose");
        case t::ordered_list: return "ol " + std::to_string(b.number) + b.marker + (b.tight ? " tight" : " loose");
        case t::list_item: return b.number != 0 ? "li " + std::to_string(b.number) + b.marker : std::string("li ") + b.marker;
        }
        return "?";
    }
    static std::string span_tag(const appnotify::markdown_span& s) {
        using t = appnotify::markdown_span_type;
        switch (s.type) {
        case t::emphasis: return "em";
        case t::strong: return "strong";
        case t::link: {
            std::string tag = "a " + std::string(s.href);
            if (s.destination != s.href) tag += " dest=" + std::string(s.destination);
            if (!s.title.empty()) tag += " title=" + std::string(s.title);
            tag += " " + std::string(appnotify::to_string(s.kind));
            if (s.autolink) tag += " auto";
            return tag;
        }
        }
        return "?";
    }
};

/// The same, through the virtual functions.
class virtual_recorder final : public appnotify::markdown_handler {
public:
    recorder inner;
    void enter_block(const appnotify::markdown_block& b) override { inner.enter_block(b); }
    void leave_block(const appnotify::markdown_block& b) override { inner.leave_block(b); }
    void enter_span(const appnotify::markdown_span& s) override { inner.enter_span(s); }
    void leave_span(const appnotify::markdown_span& s) override { inner.leave_span(s); }
    void text(std::string_view t) override { inner.text(t); }
    void soft_break() override { inner.soft_break(); }
    void hard_break() override { inner.hard_break(); }
};

std::string events(std::string_view markdown, const appnotify::markdown_options& options = {}) {
    recorder r;
    appnotify::parse_markdown(markdown, r, options);
    BOOST_TEST(r.balanced(), r.problem << " in " << r.events);
    return r.events;
}

appnotify::markdown_options contoso(const appnotify::app_link_resolver& resolver) {
    appnotify::markdown_options options;
    options.rewriter = &resolver;
    return options;
}

const char* const guid = "0a9f62a8-90df-e311-9565-a45d36fc5fe8";

} // namespace

BOOST_AUTO_TEST_SUITE(markdown_events)

BOOST_AUTO_TEST_CASE(paragraphs_emphasis_and_breaks) {
    BOOST_TEST(events("a *b* __c__\nd  \ne\\\nf\n\ng") ==
               "<p>'a '<em>'b'</em>' '<strong>'c'</strong>~'d'\\'e'\\'f'</p><p>'g'</p>");
    BOOST_TEST(events("") == "");
    BOOST_TEST(events("&copy; \\* &#x41;") == "<p>'©'' ''*'' ''A'</p>");
}

BOOST_AUTO_TEST_CASE(lists_carry_their_markers_numbers_and_tightness) {
    // Seed 000's lists, written with CR line endings.
    BOOST_TEST(events("- Item 1\r- Item 2") == "<ul - tight><li -><p tight>'Item 1'</p tight></li -><li -><p tight>'Item 2'</p tight></li -></ul - tight>");
    BOOST_TEST(events("3) a\n4) b\n\n5) c") ==
               "<ol 3) loose><li 3)><p>'a'</p></li 3)><li 4)><p>'b'</p></li 4)><li 5)><p>'c'</p></li 5)></ol 3) loose>");
    BOOST_TEST(events("1. x\n   + y\n   + z") ==
               "<ol 1. tight><li 1.><p tight>'x'</p tight><ul + tight><li +><p tight>'y'</p tight></li +><li +><p tight>'z'</p tight></li +></ul + tight></li 1.></ol 1. tight>");
}

BOOST_AUTO_TEST_CASE(blocks_and_spans_know_where_they_start) {
    struct offsets {
        std::vector<std::size_t> blocks, spans;
        void enter_block(const appnotify::markdown_block& b) { blocks.push_back(b.offset); }
        void leave_block(const appnotify::markdown_block&) {}
        void enter_span(const appnotify::markdown_span& s) { spans.push_back(s.offset); }
        void leave_span(const appnotify::markdown_span&) {}
        void text(std::string_view) {}
        void soft_break() {}
        void hard_break() {}
    } o;
    appnotify::parse_markdown("a\n\n- *b* [c](/d) <https://e.f>\n  - g", o);
    BOOST_TEST((o.blocks == std::vector<std::size_t>{0, 3, 3, 5, 33, 33, 35}));
    BOOST_TEST((o.spans == std::vector<std::size_t>{5, 9, 17}));
}

BOOST_AUTO_TEST_CASE(links_arrive_checked_and_resolved) {
    const appnotify::app_link_resolver resolver({"https://contoso.crm.dynamics.com", guid, {}});
    const std::string markdown = std::string("[case](?pagetype=entityrecord&etn=incident&id=") + guid + " \"The case\") and <a@b.co>";
    BOOST_TEST(events(markdown, contoso(resolver)) ==
               std::string("<p><a https://contoso.crm.dynamics.com/main.aspx?appid=") + guid +
                   "&pagetype=entityrecord&etn=incident&id=" + guid + " dest=?pagetype=entityrecord&etn=incident&id=" + guid +
                   " title=The case app-relative>'case'</a https://contoso.crm.dynamics.com/main.aspx?appid=" + guid +
                   "&pagetype=entityrecord&etn=incident&id=" + guid + " dest=?pagetype=entityrecord&etn=incident&id=" + guid +
                   " title=The case app-relative>' and '<a mailto:a@b.co absolute auto>'a@b.co'</a mailto:a@b.co absolute auto></p>");
    // Without a rewriter the destination is the URL; escapes and references are decoded.
    BOOST_TEST(events("[x](/a\\_b&amp;c)") == "<p><a /a_b&c root-relative>'x'</a /a_b&c root-relative></p>");
}

BOOST_AUTO_TEST_CASE(a_refused_link_arrives_as_its_text) {
    recorder r;
    const appnotify::markdown_report report = appnotify::parse_markdown("[the *case*](javascript:alert(1)) now", r);
    BOOST_TEST(r.events == "<p>'the '<em>'case'</em>' now'</p>");
    BOOST_TEST_REQUIRE(report.diagnostics().size() == 1u);
    BOOST_TEST(report.diagnostics()[0].code == appnotify::diagnostic_code::markdown_link_refused);
}

BOOST_AUTO_TEST_CASE(a_link_inside_a_link_arrives_as_text_within_it) {
    recorder r;
    const appnotify::markdown_report report =
        appnotify::parse_markdown("[Pay <https://bank.example> now](https://evil.example/)", r);
    BOOST_TEST(r.events == "<p><a https://evil.example/ absolute>'Pay ''https://bank.example'' now'</a https://evil.example/ absolute></p>");
    BOOST_TEST_REQUIRE(report.diagnostics().size() == 1u);
    const appnotify::diagnostic& d = report.diagnostics()[0];
    BOOST_TEST(d.code == appnotify::diagnostic_code::markdown_nested_link);
    BOOST_TEST(d.severity == appnotify::severity::warning);
    BOOST_TEST(d.offset == 6u);
    BOOST_TEST(d.length() == 20u); // the inner URL
    BOOST_TEST(d.message == "the link \"https://bank.example\" is written inside the text of the link to "
                            "\"https://evil.example/\"; links cannot nest, so it is shown as text, and all of that "
                            "text leads to \"https://evil.example/\"");
    // Around a refused link, the autolink is text as well: a link written in a link is never one.
    recorder refused;
    const appnotify::markdown_report second =
        appnotify::parse_markdown("[Pay <https://bank.example> now](javascript:x) <https://ok.example>", refused);
    BOOST_TEST(refused.events == "<p>'Pay ''https://bank.example'' now'' '<a https://ok.example absolute auto>'https://ok.example'"
                                 "</a https://ok.example absolute auto></p>");
    BOOST_TEST_REQUIRE(second.diagnostics().size() == 2u);
    BOOST_TEST(second.diagnostics()[0].code == appnotify::diagnostic_code::markdown_nested_link);
    BOOST_TEST(second.diagnostics()[0].message ==
               "the link \"https://bank.example\" is written inside the text of another link; links cannot nest, so it is shown as text");
    BOOST_TEST(second.diagnostics()[1].code == appnotify::diagnostic_code::markdown_link_refused);
    // E-mail autolinks, emphasis around them, several in one link.
    BOOST_TEST(events("[*<a@b.co>* <https://c.d>](/x)") ==
               "<p><a /x root-relative><em>'a@b.co'</em>' ''https://c.d'</a /x root-relative></p>");
}

BOOST_AUTO_TEST_CASE(a_virtual_handler_gets_what_a_template_handler_gets) {
    std::vector<std::string> inputs = {"a *b* [c](/d \"t\")\n\n1. x\n2. y\n\n   z", "[Pay <https://b.c> now](https://e.f/)",
                                       "- a\r  - b\r- c", "**[@Paul](?pagetype=entityrecord&etn=contact&id=1)** <x@y.z>"};
    const std::string shared = test::source_path("../shared/corpora/commonmark/examples.json");
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    if (std::filesystem::exists(shared) && parser.load(shared).get(root) == simdjson::SUCCESS)
        for (simdjson::dom::element example : root.get_array()) inputs.emplace_back(example["markdown"].get_string().value());
    appnotify::markdown_renderer renderer; // reused throughout
    for (const std::string& input : inputs) {
        recorder direct;
        virtual_recorder through_virtuals;
        renderer.parse(input, direct);
        const std::size_t diagnostics = renderer.report().diagnostics().size();
        renderer.parse(input, through_virtuals);
        BOOST_TEST(direct.events == through_virtuals.inner.events, input);
        BOOST_TEST(renderer.report().diagnostics().size() == diagnostics);
        BOOST_TEST(direct.balanced(), direct.problem << ": " << input);
    }
}

BOOST_AUTO_TEST_CASE(the_output_limit_applies_to_handlers_that_report_a_size) {
    struct sized : recorder {
        std::size_t output_size() const { return events.size(); }
    } handler;
    appnotify::markdown_options options;
    options.limits.max_output_bytes = 40;
    const appnotify::markdown_report report = appnotify::parse_markdown("- *a **b [c](/d) e** f*\n- g\n- h\n- i", handler, options);
    BOOST_TEST(handler.balanced(), handler.problem);
    BOOST_TEST(handler.events.size() < 400u);
    BOOST_TEST(handler.events.substr(handler.events.size() - 13) == "</ul - tight>");
    BOOST_TEST_REQUIRE(report.diagnostics().size() == 1u);
    BOOST_TEST(report.diagnostics()[0].code == appnotify::diagnostic_code::markdown_output_too_large);

    // Without output_size(), the handler gets everything.
    recorder unlimited;
    appnotify::parse_markdown("- *a **b [c](/d) e** f*\n- g\n- h\n- i", unlimited, options);
    BOOST_TEST(unlimited.balanced());
    BOOST_TEST(unlimited.events.size() > handler.events.size());
}

BOOST_AUTO_TEST_CASE(stopping_inside_a_link_leaves_the_spans_in_order) {
    // Emphasis around the link and inside it: leaving at the limit, innermost first.
    for (std::size_t limit = 1; limit < 200; limit += 3) {
        struct sized : recorder {
            std::size_t output_size() const { return events.size(); }
        } handler;
        appnotify::markdown_options options;
        options.limits.max_output_bytes = limit;
        appnotify::parse_markdown("*x [a **b c d e f g h** i](/u) y*\n\nz", handler, options);
        BOOST_TEST(handler.balanced(), limit << ": " << handler.problem << " in " << handler.events);
        std::string html;
        appnotify::render_markdown_html("*x [a **b c d e f g h** i](/u) y*\n\nz", html, options);
        BOOST_TEST(markdown_test::html_problem(html).empty(), limit << ": " << html);
    }
}

BOOST_AUTO_TEST_CASE(block_and_span_names) {
    BOOST_TEST(appnotify::to_string(appnotify::markdown_block_type::ordered_list) == "ordered-list");
    BOOST_TEST(appnotify::to_string(appnotify::markdown_block_type::list_item) == "list-item");
    BOOST_TEST(appnotify::to_string(appnotify::markdown_span_type::strong) == "strong");
    BOOST_TEST(appnotify::to_string(appnotify::markdown_span_type::link) == "link");
}

BOOST_AUTO_TEST_SUITE_END()
