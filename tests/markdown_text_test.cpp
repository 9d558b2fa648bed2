// SPDX-License-Identifier: MIT
// The markdown plain-text renderer: markup removed, lists readable, links as "text (URL)".
#include "markdown_output_check.hpp"
#include "test_support.hpp"

using appnotify::markdown_options;

namespace {

std::string text(std::string_view markdown, const markdown_options& options = {}) {
    std::string out;
    appnotify::render_markdown_text(markdown, out, options);
    return out;
}

} // namespace

BOOST_AUTO_TEST_SUITE(markdown_text)

BOOST_AUTO_TEST_CASE(seed_examples) {
    BOOST_TEST(text("**SLA critical**") == "SLA critical");
    BOOST_TEST(text("Case record [Complete overhaul required (sample)](?pagetype=entityrecord&etn=incident&id=0a9f62a8-90df-e311-9565-a45d36fc5fe8) assigned is critically past SLA and has been escalated to your manager.") ==
               "Case record Complete overhaul required (sample) (?pagetype=entityrecord&etn=incident&id=0a9f62a8-90df-e311-9565-a45d36fc5fe8) assigned is critically past SLA and has been escalated to your manager.");
    BOOST_TEST(text(R"~([Maria Campbell](?pagetype=entityrecord&etn=contact&id=43m770h2-6567-ebm1-ob2b-000d3ac3kd6c) mentioned you in a post: _"**[@Paul](?pagetype=entityrecord&etn=contact&id=03f770b2-6567-eb11-bb2b-000d3ac2be4d)** we need to prioritize this overdue case, [@Robert](?pagetype=entityrecord&etn=contact&id=73f970b2-6567-eb11-bb2b-000d3ac2se4h) will work with you to engage with engineering team ASAP."_)~") ==
               "Maria Campbell (?pagetype=entityrecord&etn=contact&id=43m770h2-6567-ebm1-ob2b-000d3ac3kd6c) mentioned you in a post: "
               "\"@Paul (?pagetype=entityrecord&etn=contact&id=03f770b2-6567-eb11-bb2b-000d3ac2be4d) we need to prioritize this overdue case, "
               "@Robert (?pagetype=entityrecord&etn=contact&id=73f970b2-6567-eb11-bb2b-000d3ac2se4h) will work with you to engage with engineering team ASAP.\"");
    BOOST_TEST(text("- Item 1\r- Item 2\r- Item 3") == "- Item 1\n- Item 2\n- Item 3");
    BOOST_TEST(text("1. Green\r2. Orange\r3. Blue") == "1. Green\n2. Orange\n3. Blue");
    BOOST_TEST(text("**Bold**") == "Bold");
    BOOST_TEST(text("_Italic_") == "Italic");
    BOOST_TEST(text("first\n\n\n\nsecond") == "first\n\nsecond");
}

BOOST_AUTO_TEST_CASE(links_show_their_url_unless_it_is_the_text) {
    BOOST_TEST(text("[docs](https://example.com/d) <https://x.y/z> [https://x.y](https://x.y) <a@b.co> [](/empty)") ==
               "docs (https://example.com/d) https://x.y/z https://x.y a@b.co /empty");
    BOOST_TEST(text("[bad](javascript:alert(1))") == "bad");
    BOOST_TEST(text("[ü](https://例え.jp/ü)") == "ü (https://%E4%BE%8B%E3%81%88.jp/%C3%BC)");
}

BOOST_AUTO_TEST_CASE(markup_removed_literal_kept) {
    BOOST_TEST(text("*a* __b__ \\*c\\* &amp; &copy;") == "a b *c* & ©");
    BOOST_TEST(text("# Heading\n> quote `code` ![i](/i.png) <b>x</b>") == "# Heading\n> quote `code` ![i](/i.png) <b>x</b>");
    BOOST_TEST(text("line  \nbreak\\\nand soft\nbreak") == "line\nbreak\nand soft\nbreak");
}

BOOST_AUTO_TEST_CASE(lists_are_readable) {
    BOOST_TEST(text("- a\n  1. b\n  2. c\n- d\n\n  e") == "- a\n\n  1. b\n  2. c\n\n- d\n\n  e");
    BOOST_TEST(text("intro\n\n- a\n- b\n\nafter") == "intro\n\n- a\n- b\n\nafter");
    BOOST_TEST(text("7) seven\n8) eight") == "7) seven\n8) eight");
}

BOOST_AUTO_TEST_CASE(wrapping) {
    markdown_options options;
    options.wrap_width = 16;
    BOOST_TEST(text("- a list item long enough to wrap [with a link](https://e.x)", options) ==
               "- a list item\n  long enough to\n  wrap with a\n  link\n  (https://e.x)");
    // A URL longer than the line stands whole on a line of its own (seed 000's case link,
    // resolved, is 150 columns): it can be copied; nothing is cut in a GUID.
    const appnotify::app_link_resolver resolver({"https://contoso.crm.dynamics.com", "12fd1cf3-e06e-e911-a95f-000d3a13c42a", {}});
    options.rewriter = &resolver;
    options.wrap_width = 72;
    BOOST_TEST(text("Case record [Complete overhaul required (sample)](?pagetype=entityrecord&etn=incident&id=0a9f62a8-90df-e311-9565-a45d36fc5fe8) "
                    "assigned is critically past SLA and has been escalated to your manager.",
                    options) ==
               "Case record Complete overhaul required (sample)\n"
               "(https://contoso.crm.dynamics.com/main.aspx?appid=12fd1cf3-e06e-e911-a95f-000d3a13c42a&pagetype=entityrecord&etn=incident&id=0a9f62a8-90df-e311-9565-a45d36fc5fe8)\n"
               "assigned is critically past SLA and has been escalated to your manager.");
    options.wrap_width = 5;
    BOOST_TEST(text("a verylongword b", options) == "a\nverylongword\nb");
}

// A link inside a link: both destinations show, the outer one written out.
BOOST_AUTO_TEST_CASE(a_link_inside_a_link) {
    BOOST_TEST(text("[Pay <https://bank.example> now](https://evil.example/)") ==
               "Pay https://bank.example now (https://evil.example/)");
    BOOST_TEST(text("[<https://bank.example>](https://evil.example/)") == "https://bank.example (https://evil.example/)");
    BOOST_TEST(text("[Write <a@b.co>](mailto:c@d.co)") == "Write a@b.co (mailto:c@d.co)");
    BOOST_TEST(text("[Pay <https://bank.example> now](javascript:x)") == "Pay https://bank.example now");
}

// Push and Graph notifications show plain text, written by this renderer: both destinations.
BOOST_AUTO_TEST_CASE(conversions_show_both_destinations_of_a_link_inside_a_link) {
    const std::string action = test::payload(
        R"~("OverrideContent": {"@odata.type": "#Microsoft.Dynamics.CRM.expando", "body": "[Pay <https://bank.example> now](https://evil.example/)"})~");
    const std::string_view recipients[] = {"maria@contoso.com"};
    appnotify::convert_options options;
    options.push_recipients = {recipients, 1};
    options.target_host_name = "graphnotifications.sample.windows.com";
    for (const appnotify::dialect to : {appnotify::dialect::push, appnotify::dialect::graph}) {
        std::string out;
        const auto report = appnotify::convert(action, to, out, options);
        BOOST_TEST_REQUIRE(report.ok(), report.error());
        BOOST_TEST(test::contains(out, "Pay https://bank.example now (https://evil.example/)"), out);
    }
}

// Safety: plain text holds no control character but newline and tab.
BOOST_AUTO_TEST_CASE(no_control_characters) {
    const std::string out = text("a\x1b[2Jb\x07 \xC2\x9B \x9B &#27; \x7f \r\n\xE2\x80\xAE" "x");
    BOOST_TEST(out == "a\xE2\x90\x9B[2Jb\xE2\x90\x87 \xEF\xBF\xBD \xEF\xBF\xBD \xE2\x90\x9B \xE2\x90\xA1\n\xEF\xBF\xBDx");
    BOOST_TEST(markdown_test::terminal_problem(out, false) == "");
}

BOOST_AUTO_TEST_SUITE_END()
