// SPDX-License-Identifier: MIT
// Rendering whole notifications (render.hpp): the seed examples byte for byte in all three
// outputs, and the rules each output keeps.
#include "test_support.hpp"

using appnotify::notification_renderer;
using appnotify::render_options;

namespace {

const char* const seeds[] = {"welcome", "sla-critical-inline-link", "mention-formatted", "custom-icon",
                             "url-action", "side-pane-actions", "teams-chat-action"};

render_options contoso() {
    render_options o;
    o.context.org_url = "https://contoso.crm.dynamics.com";
    o.context.app_id = "12fd1cf3-e06e-e911-a95f-000d3a13c42a";
    return o;
}

std::string rendered(std::string_view json, const char* to, render_options options = contoso()) {
    const auto r = appnotify::validate(json);
    std::string out;
    notification_renderer renderer;
    if (std::string_view(to) == "html") renderer.render_html(r.notification(), out, options);
    else if (std::string_view(to) == "ansi") renderer.render_ansi(r.notification(), out, options);
    else renderer.render_text(r.notification(), out, options);
    return out;
}

} // namespace

BOOST_AUTO_TEST_SUITE(render)

BOOST_AUTO_TEST_CASE(seed_examples_byte_for_byte) {
    // tests/data/render/<name>.{html,ansi,txt}: for https://contoso.crm.dynamics.com and an app,
    // HTML unwrapped, ANSI and text wrapped at 72 columns.
    notification_renderer renderer; // reused across all, as a server would
    for (const char* name : seeds) {
        const auto r = appnotify::validate(test::read_source_file("examples/seed000/" + std::string(name) + ".json"));
        render_options o = contoso();
        std::string html, ansi, text;
        renderer.render_html(r.notification(), html, o);
        o.wrap_width = 72;
        renderer.render_ansi(r.notification(), ansi, o);
        renderer.render_text(r.notification(), text, o);
        BOOST_TEST(html == test::read_source_file("tests/data/render/" + std::string(name) + ".html"), name);
        BOOST_TEST(ansi == test::read_source_file("tests/data/render/" + std::string(name) + ".ansi"), name);
        BOOST_TEST(text == test::read_source_file("tests/data/render/" + std::string(name) + ".txt"), name);
    }
}

BOOST_AUTO_TEST_CASE(plain_text_is_escaped_and_keeps_its_line_breaks) {
    const std::string html = rendered(test::payload(R"~("Body": "a <b>bold</b> & \"quoted\"\nnext **line**")~"), "html");
    BOOST_TEST(test::contains(html, "<div class=\"an-body\">a &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;<br />\nnext **line**</div>"), html);
}

BOOST_AUTO_TEST_CASE(badges_and_expiry) {
    const std::string json = test::payload(R"~("Priority": 200000001, "ToastType": 200000001, "Expiry": 120000)~");
    const std::string html = rendered(json, "html");
    BOOST_TEST(test::contains(html, "<article class=\"an-card an-icon-info an-priority-high an-toast-hidden\">"), html);
    BOOST_TEST(test::contains(html, "<span class=\"an-badge an-badge-high\">High priority</span>"));
    BOOST_TEST(test::contains(html, "<span class=\"an-badge an-badge-hidden\">Notification center only</span>"));
    BOOST_TEST(test::contains(html, "<div class=\"an-expiry\">Expires 1 day 9 hours after it is sent</div>"), html);
    BOOST_TEST(rendered(json, "text") == "[info] Welcome\n  [High priority] (notification center only)\n"
                                       "  Expires 1 day 9 hours after it is sent\n");
}

BOOST_AUTO_TEST_CASE(expiry_words) {
    const auto words = [](std::int64_t seconds) {
        std::string out;
        appnotify::detail::append_duration_words(out, seconds);
        return out;
    };
    BOOST_TEST(words(1) == "1 second");
    BOOST_TEST(words(59) == "59 seconds");
    BOOST_TEST(words(60) == "1 minute");
    BOOST_TEST(words(3600) == "1 hour");
    BOOST_TEST(words(3661) == "1 hour 1 minute");
    BOOST_TEST(words(86400 + 20) == "1 day");
    BOOST_TEST(words(1209600) == "14 days");
    BOOST_TEST(words(2147483647) == "24855 days 3 hours");
}

BOOST_AUTO_TEST_CASE(actions_link_where_they_lead) {
    const std::string url = test::payload_with_action_data(
        R"~({"@odata.type": "#Microsoft.Dynamics.CRM.expando", "type": "url", "url": "/WebResources/x", "navigationTarget": "dialog"})~");
    BOOST_TEST(test::contains(rendered(url, "html"), "<a class=\"an-action\" href=\"https://contoso.crm.dynamics.com/WebResources/x\" "
                                                    "title=\"Opens in a dialog\">Open</a>"));
    const std::string pane = test::payload_with_action_data(
        R"~({"@odata.type": "#Microsoft.Dynamics.CRM.expando", "type": "sidepane", "navigationTarget": {"@odata.type": "#Microsoft.Dynamics.CRM.expando", "pageType": "entitylist", "entityName": "incident", "viewType": "userquery"}})~");
    BOOST_TEST(test::contains(rendered(pane, "text"),
                              "  > Open (https://contoso.crm.dynamics.com/main.aspx?appid=12fd1cf3-e06e-e911-a95f-000d3a13c42a"
                              "&pagetype=entitylist&etn=incident&viewtype=4230)\n"),
               rendered(pane, "text"));
}

BOOST_AUTO_TEST_CASE(a_refused_action_link_is_shown_without_a_link) {
    const std::string json = test::payload_with_action_data(
        R"~({"@odata.type": "#Microsoft.Dynamics.CRM.expando", "type": "url", "url": "javascript:alert(1)"})~");
    const std::string html = rendered(json, "html");
    BOOST_TEST(test::contains(html, "<span class=\"an-action an-action-refused\">Open</span>"), html);
    BOOST_TEST(!test::contains(html, "javascript"));
    BOOST_TEST(test::contains(rendered(json, "text"), "  > Open (link refused)\n"));
}

BOOST_AUTO_TEST_CASE(a_custom_icon_needs_an_absolute_image) {
    const std::string json = test::payload(R"~("IconType": 100000005, "OverrideContent": {"iconUrl": "/WebResources/a"})~");
    BOOST_TEST(test::contains(rendered(json, "html"), "<img class=\"an-icon-image\" src=\"https://contoso.crm.dynamics.com/WebResources/a\""));
    // Without an organization the image cannot load: the generic custom icon is drawn instead.
    BOOST_TEST(!test::contains(rendered(json, "html", render_options{}), "<img"));
    const std::string hostile = test::payload(R"~("IconType": 100000005, "OverrideContent": {"iconUrl": "javascript:alert(1)"})~");
    BOOST_TEST(!test::contains(rendered(hostile, "html"), "<img"));
    // An icon on another host is not loaded: showing a notification contacts no host it chose.
    const std::string elsewhere = test::payload(R"~("IconType": 100000005, "OverrideContent": {"iconUrl": "https://tracker.example/pixel.png"})~");
    BOOST_TEST(!test::contains(rendered(elsewhere, "html"), "<img"));
}

BOOST_AUTO_TEST_CASE(terminal_output_carries_no_control_character_of_the_payload) {
    const std::string json = test::payload(
        R"~("Title": "x\u001b]0;pwned\u0007", "Body": "a\u001b[2Jb\u009bc\u202ed", "Actions": {"actions": [{"title": "\u001b]8;;https://evil\u001b\\", "data": {"type": "url", "url": "/x"}}]})~");
    for (const char* to : {"ansi", "text"}) {
        const std::string out = rendered(json, to);
        std::size_t escapes = 0;
        for (std::size_t i = 0; i < out.size(); ++i) {
            const unsigned char c = static_cast<unsigned char>(out[i]);
            if (c == 0x1b) ++escapes;
            BOOST_TEST((c >= 0x20 || c == '\n' || c == 0x1b), to << ": control byte " << int(c));
            BOOST_TEST(out.substr(i, 2) != "\xC2\x9B");
            BOOST_TEST(out.substr(i, 3) != "\xE2\x80\xAE");
        }
        // Only the renderer's own sequences: colour, bold, the action's OSC 8 open and close.
        if (std::string_view(to) == "text") BOOST_TEST(escapes == 0u);
        BOOST_TEST(!test::contains(out, "pwned\x07"));
        BOOST_TEST(!test::contains(out, "\x1b]8;;https://evil")); // the text may remain, never as a sequence
    }
}

BOOST_AUTO_TEST_CASE(html_output_has_no_markup_from_the_payload) {
    const std::string json = test::payload(
        R"~("Body": "<script>alert(1)</script>", "OverrideContent": {"title": "<img src=x onerror=alert(1)>", "body": "[x](javascript:alert(1)) <b onclick=alert(1)>"}, "Actions": {"actions": [{"title": "\"><script>", "data": {"type": "url", "url": "https://x/\"onmouseover=\"alert(1)"}}]})~");
    const std::string html = rendered(json, "html");
    BOOST_TEST(!test::contains(html, "<script"), html);
    BOOST_TEST(!test::contains(html, "<img src=x"));
    BOOST_TEST(!test::contains(html, "<b "));
    BOOST_TEST(!test::contains(html, "\"onmouseover"));
    BOOST_TEST(!test::contains(html, "javascript:"));
}

BOOST_AUTO_TEST_CASE(a_reused_renderer_gives_the_same_output) {
    notification_renderer renderer;
    for (int round = 0; round < 2; ++round)
        for (const char* name : seeds) {
            const auto r = appnotify::validate(test::read_source_file("examples/seed000/" + std::string(name) + ".json"));
            std::string out;
            renderer.render_html(r.notification(), out, contoso());
            BOOST_TEST(out == test::read_source_file("tests/data/render/" + std::string(name) + ".html"), name);
        }
}

BOOST_AUTO_TEST_SUITE_END()
