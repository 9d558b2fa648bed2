// SPDX-License-Identifier: MIT
// Rendering whole notifications (render.hpp): the seed examples byte for byte in all three
// outputs, and the rules each output keeps.
#include "test_support.hpp"

#include <algorithm>
#include <type_traits>
#include <utility>
#include <vector>

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

// Markdown fragments and cards have distinct names: a payload string given to a card renderer,
// or a notification to a markdown renderer, does not compile.
template <typename T, typename = void>
struct card_takes : std::false_type {};
template <typename T>
struct card_takes<T, std::void_t<decltype(appnotify::render_card_html(std::declval<T>(), std::declval<std::string&>()))>>
    : std::true_type {};
template <typename T, typename = void>
struct markdown_takes : std::false_type {};
template <typename T>
struct markdown_takes<T, std::void_t<decltype(appnotify::render_markdown_html(std::declval<T>(), std::declval<std::string&>()))>>
    : std::true_type {};
static_assert(card_takes<const appnotify::notification&>::value);
static_assert(!card_takes<std::string_view>::value && !card_takes<const std::string&>::value && !card_takes<const char*>::value);
static_assert(markdown_takes<std::string_view>::value);
static_assert(!markdown_takes<const appnotify::notification&>::value);

BOOST_AUTO_TEST_CASE(every_kind_of_output_gets_the_same_bytes) {
    notification_renderer renderer;
    for (const char* name : seeds) {
        const auto r = appnotify::validate(test::read_source_file("examples/seed000/" + std::string(name) + ".json"));
        for (int to = 0; to < 3; ++to) {
            render_options o = contoso();
            o.wrap_width = 72;
            const auto render = [&](appnotify::output out) {
                if (to == 0) renderer.render_html(r.notification(), out, o);
                else if (to == 1) renderer.render_ansi(r.notification(), out, o);
                else renderer.render_text(r.notification(), out, o);
            };
            std::string expected = "kept";
            render(expected);
            BOOST_TEST(expected.substr(0, 4) == "kept");
            expected.erase(0, 4);
            // A callback gets the card in one block.
            std::vector<std::string> blocks;
            auto collect = [&blocks](std::string_view bytes) { blocks.emplace_back(bytes); };
            render(appnotify::output::to_callback(collect));
            BOOST_TEST_REQUIRE(blocks.size() == 1u);
            BOOST_TEST(blocks[0] == expected, name << ' ' << to);
            // A fixed buffer large enough holds it all; a small one the start, and says so.
            char large[4096];
            appnotify::fixed_buffer whole(large);
            render(whole);
            BOOST_TEST(whole.view() == expected);
            BOOST_TEST(!whole.truncated());
            char small[40];
            appnotify::fixed_buffer cut(small);
            render(cut);
            BOOST_TEST(cut.truncated());
            BOOST_TEST(cut.view() == expected.substr(0, 40));
            BOOST_TEST(cut.wanted() == expected.size());
        }
    }
}

BOOST_AUTO_TEST_CASE(the_one_shot_functions_render_the_same) {
    const auto r = appnotify::validate(test::read_source_file("examples/seed000/side-pane-actions.json"));
    std::string html, ansi, text;
    appnotify::render_card_html(r.notification(), html, contoso());
    appnotify::render_card_ansi(r.notification(), ansi, contoso());
    appnotify::render_card_text(r.notification(), text, contoso());
    BOOST_TEST(html == test::read_source_file("tests/data/render/side-pane-actions.html"));
    BOOST_TEST(ansi == rendered(test::read_source_file("examples/seed000/side-pane-actions.json"), "ansi"));
    BOOST_TEST(text == rendered(test::read_source_file("examples/seed000/side-pane-actions.json"), "text"));
}

BOOST_AUTO_TEST_CASE(the_stylesheet_honours_the_class_prefix) {
    std::string an;
    appnotify::render_card_stylesheet(an);
    BOOST_TEST(test::contains(an, ".an-card { display: flex;"));
    BOOST_TEST(test::contains(an, ".an-main a:hover { text-decoration: underline; }"));
    BOOST_TEST(!test::contains(an, "<"));
    render_options o;
    o.class_prefix = "acme-notice_";
    std::string acme;
    appnotify::render_card_stylesheet(acme, o);
    BOOST_TEST(!test::contains(acme, ".an-"));
    BOOST_TEST(test::contains(acme, ".acme-notice_card { display: flex;"));
    BOOST_TEST(test::contains(acme, ".acme-notice_title p, .acme-notice_body p { margin: 0; }"));
    // The same rules, only the names change.
    std::string renamed = acme;
    for (std::size_t at = renamed.find(".acme-notice_"); at != std::string::npos; at = renamed.find(".acme-notice_", at))
        renamed.replace(at, 13, ".an-");
    BOOST_TEST(renamed == an);
    // Every class the card writes has a rule (or is a state without one), with the prefix.
    const auto r = appnotify::validate(test::payload(R"~("Priority": 200000001, "ToastType": 200000001, "Expiry": 60, "OverrideContent": {"body": "**a**"})~"));
    std::string card;
    notification_renderer().render_html(r.notification(), card, o);
    BOOST_TEST(test::contains(card, "<article class=\"acme-notice_card acme-notice_icon-info acme-notice_priority-high acme-notice_toast-hidden\">"), card);
    BOOST_TEST(test::contains(card, "<div class=\"acme-notice_body\"><p class=\"acme-notice_p\"><strong class=\"acme-notice_strong\">a</strong></p>"), card);
    for (const char* name : {"icon", "main", "title", "badges", "badge", "badge-high", "body", "expiry", "priority-high"}) {
        BOOST_TEST(test::contains(card, std::string("acme-notice_") + name), name);
        BOOST_TEST(test::contains(acme, std::string(".acme-notice_") + name + " "), name);
    }
}

BOOST_AUTO_TEST_CASE(a_hostile_class_prefix_is_escaped_in_the_css_and_the_html) {
    render_options o;
    o.class_prefix = "x</style><script>alert(1)</script>{}\"' 9";
    std::string css;
    appnotify::render_card_stylesheet(css, o);
    BOOST_TEST(!test::contains(css, "<"));
    BOOST_TEST(!test::contains(css, "{}"));
    BOOST_TEST(test::contains(css, ".x\\3C \\2F style\\3E \\3C script\\3E alert\\28 1\\29 \\3C \\2F script\\3E \\7B \\7D \\22 \\27 \\20 9card {"), css);
    std::string leading;
    o.class_prefix = "9a";
    appnotify::render_card_stylesheet(leading, o);
    BOOST_TEST(test::contains(leading, ".\\39 acard {"), leading);
    o.class_prefix = "-1";
    leading.clear();
    appnotify::render_card_stylesheet(leading, o);
    BOOST_TEST(test::contains(leading, ".-\\31 card {"), leading);
    o.class_prefix = "\"><script>";
    std::string html;
    const auto welcome = appnotify::validate(test::payload());
    notification_renderer().render_html(welcome.notification(), html, o);
    BOOST_TEST(!test::contains(html, "<script"), html);
    BOOST_TEST(test::contains(html, "<article class=\"&quot;&gt;&lt;script&gt;card "), html);
}

BOOST_AUTO_TEST_CASE(wrapping_never_cuts_a_url) {
    // The seeds' links resolved for an organization and app are longer than the line: each stands
    // on a line of its own, whole, and the ANSI hyperlinks are closed at each line's end.
    for (const char* name : seeds) {
        const std::string json = test::read_source_file("examples/seed000/" + std::string(name) + ".json");
        render_options wide = contoso();
        const std::string unwrapped = rendered(json, "text", wide);
        for (const std::size_t width : {std::size_t(20), std::size_t(40), std::size_t(72)}) {
            render_options o = contoso();
            o.wrap_width = width;
            const std::string text = rendered(json, "text", o);
            for (std::size_t at = unwrapped.find("(https://"); at != std::string::npos; at = unwrapped.find("(https://", at + 1)) {
                const std::string url = unwrapped.substr(at, unwrapped.find(')', at) + 1 - at);
                BOOST_TEST(test::contains(text, url), name << " at " << width << ": " << url << " in\n" << text);
            }
            // Every line under the title fits the width (actions included), but for one that holds
            // a single token after its indentation and marker: a URL too long for any line. (The
            // title's line, after its badge, is not wrapped.)
            std::size_t from = text.find('\n') + 1;
            for (std::size_t end = text.find('\n', from); end != std::string::npos; end = text.find('\n', from)) {
                const std::string line = text.substr(from, end - from);
                from = end + 1;
                const bool ascii = std::all_of(line.begin(), line.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
                if (!ascii || line.size() <= width) continue;
                std::string rest = line.substr(line.find_first_not_of(' '));
                if (rest.rfind("> ", 0) == 0) rest = rest.substr(2);
                BOOST_TEST(rest.find(' ') == std::string::npos, name << " at " << width << ": " << line << " in\n" << text);
            }
            const std::string ansi = rendered(json, "ansi", o);
            std::size_t line_start = 0;
            for (std::size_t end = ansi.find('\n'); end != std::string::npos; end = ansi.find('\n', line_start)) {
                const std::string line = ansi.substr(line_start, end - line_start);
                std::size_t opens = 0, closes = 0;
                for (std::size_t k = line.find("\x1b]8;;"); k != std::string::npos; k = line.find("\x1b]8;;", k + 1))
                    ++(line.compare(k, 7, "\x1b]8;;\x1b\\") == 0 ? closes : opens);
                BOOST_TEST(opens == closes, name << " at " << width << ": " << line);
                line_start = end + 1;
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(a_long_url_stands_on_its_own_line) {
    const std::string json = test::payload(
        R"~("OverrideContent": {"body": "Case record [Complete overhaul required (sample)](?pagetype=entityrecord&etn=incident&id=0a9f62a8-90df-e311-9565-a45d36fc5fe8) assigned"})~");
    render_options o = contoso();
    o.wrap_width = 72;
    BOOST_TEST(rendered(json, "text", o) ==
               "[info] Welcome\n"
               "  Case record Complete overhaul required (sample)\n"
               "  (https://contoso.crm.dynamics.com/main.aspx?appid=12fd1cf3-e06e-e911-a95f-000d3a13c42a&pagetype=entityrecord&etn=incident&id=0a9f62a8-90df-e311-9565-a45d36fc5fe8)\n"
               "  assigned\n");
    const std::string osc = "\x1b]8;;https://contoso.crm.dynamics.com/main.aspx?appid=12fd1cf3-e06e-e911-a95f-000d3a13c42a&pagetype=entityrecord&etn=incident&id=0a9f62a8-90df-e311-9565-a45d36fc5fe8\x1b\\";
    o.wrap_width = 30;
    BOOST_TEST(rendered(json, "ansi", o) ==
               "\x1b[34m\xE2\x84\xB9\x1b[39m \x1b[1mWelcome\x1b[22m\n"
               "  Case record " + osc + "Complete\x1b]8;;\x1b\\\n"
               "  " + osc + "overhaul required (sample)\x1b]8;;\x1b\\\n"
               "  assigned\n");
}

BOOST_AUTO_TEST_CASE(a_link_inside_a_link_shows_both_destinations) {
    // The text outputs (and push and Graph conversions, which use them) write the outer
    // destination; the inner one is its text. HTML and OSC 8 never nest a link.
    const std::string json = test::payload(R"~("OverrideContent": {"body": "[Pay <https://bank.example> now](https://evil.example/)"})~");
    BOOST_TEST(rendered(json, "text") == "[info] Welcome\n  Pay https://bank.example now (https://evil.example/)\n");
    BOOST_TEST(test::contains(rendered(json, "html"), "<div class=\"an-body\"><p class=\"an-p\"><a href=\"https://evil.example/\" class=\"an-a\">Pay https://bank.example now</a></p>\n</div>"));
    BOOST_TEST(test::contains(rendered(json, "ansi"), "\x1b]8;;https://evil.example/\x1b\\Pay https://bank.example now\x1b]8;;\x1b\\"));
    render_options plain = contoso();
    plain.hyperlinks = false;
    BOOST_TEST(test::contains(rendered(json, "ansi", plain), "Pay https://bank.example now <https://evil.example/>"));
}

BOOST_AUTO_TEST_SUITE_END()
