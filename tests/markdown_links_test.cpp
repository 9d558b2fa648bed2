// SPDX-License-Identifier: MIT
// The links of markdown text, as markdown_renderer::for_each_link reports them to checkers
// (the validator checks the links inside OverrideContent with it).
#include "test_support.hpp"

#include <vector>

namespace {

struct link_copy {
    std::size_t offset, length, destination_offset, destination_length;
    std::string destination;
    appnotify::link_kind kind;
    bool autolink, inside_link;
};

std::vector<link_copy> links(std::string_view markdown) {
    std::vector<link_copy> out;
    appnotify::for_each_markdown_link(markdown, [&out](const appnotify::markdown_link& l) {
        out.push_back({l.offset, l.length, l.destination_offset, l.destination_length, std::string(l.destination), l.check.kind,
                       l.autolink, l.inside_link});
    });
    return out;
}

} // namespace

BOOST_AUTO_TEST_SUITE(markdown_links)

BOOST_AUTO_TEST_CASE(links_with_offsets_and_policy) {
    const std::string_view markdown = "See [a *b*](?pagetype=x&amp;y \"t\") and\n- <https://x.y> [c](javascript:z) ![i](/i.png) <a@b.co>";
    const auto found = links(markdown);
    BOOST_TEST_REQUIRE(found.size() == 4u);
    BOOST_TEST(found[0].offset == 4u);
    BOOST_TEST(markdown.substr(found[0].offset, found[0].length) == "[a *b*](?pagetype=x&amp;y \"t\")");
    BOOST_TEST(markdown.substr(found[0].destination_offset, found[0].destination_length) == "?pagetype=x&amp;y");
    BOOST_TEST(found[0].destination == "?pagetype=x&y");
    BOOST_TEST((found[0].kind == appnotify::link_kind::app_relative));
    BOOST_TEST(!found[0].autolink);
    BOOST_TEST(markdown.substr(found[1].offset, found[1].length) == "<https://x.y>");
    BOOST_TEST(found[1].destination == "https://x.y");
    BOOST_TEST((found[1].kind == appnotify::link_kind::absolute));
    BOOST_TEST(found[1].autolink);
    BOOST_TEST(found[2].destination == "javascript:z");
    BOOST_TEST((found[2].kind == appnotify::link_kind::refused));
    BOOST_TEST(found[3].destination == "mailto:a@b.co");
    BOOST_TEST(markdown.substr(found[3].destination_offset, found[3].destination_length) == "a@b.co");
}

BOOST_AUTO_TEST_CASE(seed_mention_links) {
    const auto found = links(R"~([Maria Campbell](?pagetype=entityrecord&etn=contact&id=43m770h2-6567-ebm1-ob2b-000d3ac3kd6c) mentioned you in a post: _"**[@Paul](?pagetype=entityrecord&etn=contact&id=03f770b2-6567-eb11-bb2b-000d3ac2be4d)** we need to prioritize this overdue case, [@Robert](?pagetype=entityrecord&etn=contact&id=73f970b2-6567-eb11-bb2b-000d3ac2se4h) will work with you to engage with engineering team ASAP."_)~");
    BOOST_TEST_REQUIRE(found.size() == 3u);
    BOOST_TEST(found[0].offset == 0u);
    BOOST_TEST(found[0].destination_offset == 17u);
    BOOST_TEST(found[1].destination == "?pagetype=entityrecord&etn=contact&id=03f770b2-6567-eb11-bb2b-000d3ac2be4d");
    BOOST_TEST(found[2].destination == "?pagetype=entityrecord&etn=contact&id=73f970b2-6567-eb11-bb2b-000d3ac2se4h");
}

BOOST_AUTO_TEST_CASE(not_links) {
    BOOST_TEST(links("`[a](/b)` [c][d] [e] <b href=\"/x\"> ![f](/g) [h](/i").empty());
    BOOST_TEST(links("![a [b](/c)](/d)").empty()); // a link inside an image is shown as text
}

BOOST_AUTO_TEST_CASE(a_reused_renderer) {
    appnotify::markdown_renderer renderer;
    std::size_t count = 0;
    for (int i = 0; i < 10; ++i)
        renderer.for_each_link("[a](/b) [c](/d)", [&count](const appnotify::markdown_link& l) { count += l.check.allowed() ? 1 : 0; });
    BOOST_TEST(count == 20u);
    BOOST_TEST(renderer.report().diagnostics().empty());
}

// A link inside a link: both are reported (the validator checks both), the inner one marked, and
// validation warns about it where the payload has it.
BOOST_AUTO_TEST_CASE(a_link_inside_a_link) {
    const auto found = links("[Pay <https://bank.example> now](https://evil.example/) <https://ok.example>");
    BOOST_TEST_REQUIRE(found.size() == 3u);
    BOOST_TEST(found[0].destination == "https://evil.example/");
    BOOST_TEST(!found[0].inside_link);
    BOOST_TEST(found[1].destination == "https://bank.example");
    BOOST_TEST(found[1].inside_link);
    BOOST_TEST(found[1].offset == 5u);
    BOOST_TEST(!found[2].inside_link);

    const auto r = appnotify::validate(test::payload(
        R"~("OverrideContent": {"@odata.type": "#Microsoft.Dynamics.CRM.expando", "body": "[Pay <https://bank.example> now](https://evil.example/)"})~"));
    BOOST_TEST(r.ok(), test::describe(r));
    const appnotify::diagnostic& d = test::only(r, appnotify::diagnostic_code::markdown_nested_link, "/OverrideContent/body");
    BOOST_TEST(d.severity == appnotify::severity::warning);
    BOOST_TEST(r.input().substr(d.offset, d.length()) == "https://bank.example");
    BOOST_TEST(d.message == "\"body\" has the link \"https://bank.example\" inside the text of another link; links cannot nest, "
                            "so it is shown as text, and all of that text leads where the other link does");
}

BOOST_AUTO_TEST_SUITE_END()
