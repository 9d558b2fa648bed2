// SPDX-License-Identifier: MIT
// The host a link leads to (issue 11, class 3): what the checker reads as the host is where a
// browser goes, for every link any output writes. `https://org\@evil.example/` was read with the
// backslash as a path separator, but written out as %5C, which a browser reads as part of a user
// name: links whose host readers disagree on are refused, everywhere. Hosts are compared with the
// WHATWG URL parser of tests/whatwg_host.hpp, written apart from the library.
#include "test_support.hpp"
#include "whatwg_host.hpp"

#include <vector>

using appnotify::check_app_link;
using appnotify::check_link;
using appnotify::diagnostic_code;
using appnotify::link_kind;
using appnotify::link_refusal;
using appnotify::severity;

namespace {

const appnotify::app_context org{"https://contoso.crm.dynamics.com", "c8d1f3e2-5a6b-4c7d-8e9f-0a1b2c3d4e5f", ""};

/// The links whose host a browser and a reader (or a checker splitting at the first backslash)
/// see differently, and where the checker points.
struct unclear {
    std::string_view link;
    std::size_t at;
    std::string_view message_part;
};
const unclear unclear_links[] = {
    {"https://contoso.crm.dynamics.com\\@evil.example/x", 32, "a backslash before the path"},
    {"https://contoso.crm.dynamics.com\\evil.example", 32, "a backslash before the path"},
    {"https:\\\\evil.example/", 6, "a backslash before the path"},
    {"https:/\\evil.example/", 7, "a backslash before the path"},
    {"https://evil.example%5C@contoso.crm.dynamics.com/", 23, "names a user before its host (\"evil.example%5C@\")"},
    {"https://\\evil.example/", 8, "a backslash before the path"},
    {"http://contoso.crm.dynamics.com@evil.example/", 31, "names a user before its host (\"contoso.crm.dynamics.com@\")"},
    {"https://user:password@contoso.crm.dynamics.com/", 21, "names a user before its host (\"user:password@\")"},
    {"HTTPS://a@b.example", 9, "names a user before its host (\"a@\")"},
    {"https:evil.example", 6, "write two slashes after \"https:\""},
    {"https:/evil.example", 7, "write two slashes after \"https:\""},
    {"https:", 5, "write two slashes after \"https:\""},
    {"https:/\t/a@evil.example", 10, "names a user before its host (\"a@\")"},
};

std::string escaped_href(std::string_view link) {
    std::string href;
    appnotify::detail::md::append_href_escaped(href, link, false);
    return href;
}

/// The host the checker reads in `link`, as browsers normalize hosts.
whatwg::host_result checked_host(std::string_view link) {
    const appnotify::link_parts parts = appnotify::parse_link(link);
    if (!parts.has_host()) return {};
    std::string host;
    for (const char c : link.substr(parts.host_begin, parts.host_end - parts.host_begin))
        if (c != '\t' && c != '\n' && c != '\r') host.push_back(c);
    return whatwg::parse_host(host);
}

} // namespace

BOOST_AUTO_TEST_SUITE(link_hosts)

BOOST_AUTO_TEST_CASE(the_whatwg_reader_reads_as_browsers_do) {
    // The exploit as Chromium reads it: %5C makes the organization a user name.
    BOOST_TEST(whatwg::http_host("https://contoso.crm.dynamics.com%5C@evil.example/x").host == "evil.example");
    BOOST_TEST(whatwg::http_host("https://contoso.crm.dynamics.com\\@evil.example/x").host == "contoso.crm.dynamics.com");
    BOOST_TEST(whatwg::http_host("https:\\\\evil.example").host == "evil.example");
    BOOST_TEST(whatwg::http_host(" HTTPS://Con\ttoso.COM:443/").host == "contoso.com");
    BOOST_TEST(whatwg::http_host("https://contoso%2Ecom/").host == "contoso.com");
    BOOST_TEST(whatwg::http_host("http://0x7f.1/").host == "127.0.0.1");
    BOOST_TEST(!whatwg::http_host("https://a%09b/").ok);
    BOOST_TEST(!whatwg::http_host("https://host:99999/").ok);
    BOOST_TEST(!whatwg::http_host("https://1.2.3.999/").ok);
    BOOST_TEST(!whatwg::http_host("mailto:a@b.example").ok);
    BOOST_TEST(!whatwg::http_host("?pagetype=dashboard").ok);
}

BOOST_AUTO_TEST_CASE(the_policy_refuses_a_host_readers_disagree_on) {
    for (const unclear& u : unclear_links) {
        const appnotify::link_check c = check_link(u.link);
        BOOST_TEST((c.refusal == link_refusal::unclear_host), u.link);
        BOOST_TEST(!c.allowed(), u.link);
        std::string out;
        BOOST_TEST(!appnotify::resolve_link(u.link, org, out), u.link);
        BOOST_TEST(out.empty());
    }
}

BOOST_AUTO_TEST_CASE(the_checker_points_at_what_makes_the_host_unclear) {
    appnotify::link_report report;
    for (const unclear& u : unclear_links) {
        check_app_link(u.link, report, org);
        BOOST_TEST_REQUIRE(report.diagnostics().size() == 1u, u.link);
        const appnotify::diagnostic& d = report.diagnostics()[0];
        BOOST_TEST(d.code == diagnostic_code::link_refused, u.link);
        BOOST_TEST(d.severity == severity::error);
        BOOST_TEST(d.offset == u.at, u.link);
        BOOST_TEST(test::contains(d.message, u.message_part), d.message);
    }
}

BOOST_AUTO_TEST_CASE(backslashes_and_at_signs_after_the_host_are_allowed) {
    // After the authority a backslash is part of the path (a browser reads '/'): the host stays.
    for (const std::string_view link :
         {"https://contoso.crm.dynamics.com/a\\b", "https://contoso.crm.dynamics.com/x@y?z=a@b#c@d",
          "https:///contoso.crm.dynamics.com/", "mailto:someone@contoso.com", "https://[::1]:8443/"}) {
        const appnotify::link_check c = check_link(link);
        BOOST_TEST(c.allowed(), link);
        BOOST_TEST((c.kind == link_kind::absolute), link);
    }
}

BOOST_AUTO_TEST_CASE(every_emitted_href_leads_to_the_host_checked) {
    // Tricky hosts: each emitted form (resolved, or escaped as the markdown renderers write a
    // destination) that a browser can open goes to the host the checker read.
    const std::vector<std::string> links = {
        "https://contoso.crm.dynamics.com/x",          "https://CONTOSO.crm.dynamics.com.:443/x",
        "https://contoso%2Ecrm.dynamics.com/x",        "https://con\ttoso.crm.dynamics.com/x",
        "https://contoso.crm.dynamics.com/a\\@evil/x", "https://contoso.crm.dynamics.com?x=\\@evil",
        "https://contoso.crm.dynamics.com#\\@evil",
        "https://[::1]:8443/x",                        "http://0x7f.1/",
        "https://contoso.crm.dynamics.com%40evil.example/", "https:///evil.example/",
    };
    appnotify::link_report report;
    for (const std::string& link : links) {
        BOOST_TEST_REQUIRE(check_link(link).allowed(), link);
        const whatwg::host_result checked = checked_host(link);
        std::string resolved;
        BOOST_TEST_REQUIRE(appnotify::resolve_link(link, org, resolved), link);
        for (const std::string& href : {resolved, escaped_href(link)}) {
            const whatwg::host_result browser = whatwg::http_host(href);
            if (!browser.ok) continue;
            BOOST_TEST(checked.ok, link);
            BOOST_TEST(browser.host == checked.host, link << " -> " << href);
        }
        // No other host reported means the organization.
        check_app_link(link, report, org);
        bool other = false;
        for (const appnotify::diagnostic& d : report.diagnostics()) other = other || d.code == diagnostic_code::link_other_host;
        const whatwg::host_result browser = whatwg::http_host(resolved);
        if (!other && browser.ok) {
            std::string host = browser.host;
            if (!host.empty() && host.back() == '.') host.pop_back();
            BOOST_TEST(host == "contoso.crm.dynamics.com", link);
        }
    }
}

BOOST_AUTO_TEST_CASE(a_percent_encoded_host_is_the_host_it_decodes_to) {
    appnotify::link_report report;
    check_app_link("https://contoso%2Ecrm.dynamics.com/x", report, org);
    BOOST_TEST(report.diagnostics().empty());
    check_app_link("https://contoso.crm.dynamics.com%2Eevil.example/x", report, org);
    BOOST_TEST_REQUIRE(report.diagnostics().size() == 1u);
    BOOST_TEST(report.diagnostics()[0].code == diagnostic_code::link_other_host);
}

BOOST_AUTO_TEST_CASE(a_port_beyond_65535_is_an_error) {
    appnotify::link_report report;
    check_app_link("https://contoso.crm.dynamics.com:99999/x", report, org);
    BOOST_TEST_REQUIRE(report.diagnostics().size() == 1u);
    const appnotify::diagnostic& d = report.diagnostics()[0];
    BOOST_TEST(d.code == diagnostic_code::link_invalid_value);
    BOOST_TEST(d.offset == 33u);
    BOOST_TEST(d.message == "the port \"99999\" is not a number from 0 to 65535: a browser cannot open the link");
    check_app_link("https://contoso.crm.dynamics.com:8443/x", report, org);
    BOOST_TEST(report.diagnostics().empty());
    check_app_link("https://contoso.crm.dynamics.com:/x", report, org);
    BOOST_TEST(report.diagnostics().empty());
}

BOOST_AUTO_TEST_CASE(markdown_shows_such_links_as_text) {
    appnotify::markdown_renderer renderer;
    const std::string markdown = "[Pay now](https://contoso.crm.dynamics.com\\\\@evil.example/x)";
    std::string html;
    const appnotify::markdown_report& report = renderer.render_html(markdown, html);
    BOOST_TEST(html == "<p>Pay now</p>\n");
    BOOST_TEST_REQUIRE(report.diagnostics().size() == 1u);
    BOOST_TEST(report.diagnostics()[0].code == diagnostic_code::markdown_link_refused);
    BOOST_TEST(test::contains(report.diagnostics()[0].message, to_string(link_refusal::unclear_host)));
    // With the app-link resolver, in the terminal (no OSC 8 hyperlink) and as text.
    const appnotify::app_link_resolver resolver(org);
    appnotify::markdown_options options;
    options.rewriter = &resolver;
    html.clear();
    renderer.render_html(markdown, html, options);
    BOOST_TEST(html == "<p>Pay now</p>\n");
    std::string ansi;
    renderer.render_ansi(markdown, ansi, options);
    BOOST_TEST(!test::contains(ansi, "\x1b]8;"), ansi);
    BOOST_TEST(!test::contains(ansi, "evil"), ansi);
    std::string text;
    renderer.render_text(markdown, text, options);
    BOOST_TEST(text == "Pay now");
}

BOOST_AUTO_TEST_CASE(markdown_hrefs_and_osc8_links_lead_to_the_host_checked) {
    appnotify::markdown_renderer renderer;
    const std::string markdown = "[a](https://contoso.crm.dynamics.com/a\\\\@b) <https://contoso.crm.dynamics.com\\@x>";
    std::string html;
    renderer.render_html(markdown, html);
    // The autolink is refused: its address is shown as text.
    BOOST_TEST(html == "<p><a href=\"https://contoso.crm.dynamics.com/a%5C@b\">a</a> "
                       "https://contoso.crm.dynamics.com\\@x</p>\n");
    BOOST_TEST(whatwg::http_host("https://contoso.crm.dynamics.com/a%5C@b").host == "contoso.crm.dynamics.com");
    std::string ansi;
    renderer.render_ansi(markdown, ansi);
    BOOST_TEST(test::contains(ansi, "\x1b]8;;https://contoso.crm.dynamics.com/a%5C@b\x1b\\"), ansi);
}

BOOST_AUTO_TEST_CASE(a_payload_with_such_a_link_is_invalid_and_its_card_links_nowhere) {
    const std::string json = test::payload_with_action_data(
        R"~({"@odata.type": "#Microsoft.Dynamics.CRM.expando", "type": "url", "url": "https://contoso.crm.dynamics.com\\@evil.example/x"})~");
    const appnotify::validation_result r = appnotify::validate(json);
    const appnotify::diagnostic& d = test::only(r, diagnostic_code::link_refused, "/Actions/actions/0/data/url");
    // The backslash, escaped as \\ in the JSON text.
    BOOST_TEST(json.substr(d.offset, 2) == "\\\\");
    BOOST_TEST(d.severity == severity::error);
    // Rendered anyway (a preview of an invalid payload), the button links nowhere.
    std::string card;
    appnotify::render_card_html(r.notification(), card, {org});
    BOOST_TEST(!test::contains(card, "evil.example\""), card);
    BOOST_TEST(!test::contains(card, "href=\"https://contoso.crm.dynamics.com%5C"), card);
}

BOOST_AUTO_TEST_SUITE_END()
