// SPDX-License-Identifier: MIT
// Links (links.hpp): the vectors of tests/data/links.json, the seed 000 links, side-pane and Teams
// links, the renderer hook, app contexts, and the links the validator checks inside a payload.
#include "test_support.hpp"

#include <simdjson.h>

#include <map>
#include <sstream>
#include <vector>

using appnotify::app_context;
using appnotify::check_app_link;
using appnotify::diagnostic_code;
using appnotify::resolve_link;
using appnotify::severity;
using appnotify::validate;

namespace {

const app_context app{"https://contoso.crm.dynamics.com", "c8d1f3e2-5a6b-4c7d-8e9f-0a1b2c3d4e5f", ""};

/// The diagnostics of a report as the vector file writes them: "severity code@offset".
std::vector<std::string> summary(const appnotify::link_report& r) {
    std::vector<std::string> out;
    for (const auto& d : r.diagnostics())
        out.push_back(std::string(to_string(d.severity)) + " " + std::string(to_string(d.code)) + "@" +
                      std::to_string(d.offset));
    return out;
}

std::string joined(const std::vector<std::string>& items) {
    std::ostringstream out;
    for (const auto& item : items) out << " [" << item << "]";
    return items.empty() ? " (none)" : out.str();
}

std::string resolved(std::string_view link, const app_context& context = app) {
    std::string out;
    BOOST_TEST_REQUIRE(resolve_link(link, context, out), "refused: " << link);
    return out;
}

/// A payload whose only action is a url action opening `url` (JSON text, escapes allowed).
std::string url_action(std::string_view url) {
    return test::payload_with_action_data(std::string(R"~({"@odata.type": "#Microsoft.Dynamics.CRM.expando", "type": "url", "url": ")~") +
                                          std::string(url) + "\"}");
}

} // namespace

BOOST_AUTO_TEST_SUITE(links)

BOOST_AUTO_TEST_CASE(vectors) {
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    BOOST_TEST_REQUIRE(parser.load(test::source_path("tests/data/links.json")).get(root) == simdjson::SUCCESS);

    std::map<std::string, app_context> contexts;
    simdjson::dom::object context_objects;
    BOOST_TEST_REQUIRE(root["contexts"].get(context_objects) == simdjson::SUCCESS);
    for (const auto field : context_objects) {
        app_context c;
        std::string_view text;
        if (field.value["org_url"].get(text) == simdjson::SUCCESS) c.org_url = text;
        if (field.value["app_id"].get(text) == simdjson::SUCCESS) c.app_id = text;
        if (field.value["app_name"].get(text) == simdjson::SUCCESS) c.app_name = text;
        contexts[std::string(field.key)] = c; // views into the parser's document, which outlives them
    }

    simdjson::dom::array cases;
    BOOST_TEST_REQUIRE(root["cases"].get(cases) == simdjson::SUCCESS);
    std::size_t count = 0;
    appnotify::link_report report;
    for (const simdjson::dom::element entry : cases) {
        if (entry.is_string()) continue;
        ++count;
        std::string_view input;
        BOOST_TEST_REQUIRE(entry["input"].get(input) == simdjson::SUCCESS);
        std::string_view context_name = "app";
        if (entry["context"].get(context_name) != simdjson::SUCCESS) context_name = "app";
        BOOST_TEST_REQUIRE(contexts.count(std::string(context_name)) == 1u, context_name);
        const app_context& context = contexts[std::string(context_name)];

        std::vector<std::string> expected;
        simdjson::dom::array diagnostics;
        BOOST_TEST_REQUIRE(entry["diagnostics"].get(diagnostics) == simdjson::SUCCESS, input);
        for (const simdjson::dom::element d : diagnostics) expected.emplace_back(std::string_view(d));
        check_app_link(input, report, context);
        const auto actual = summary(report);
        BOOST_TEST((actual == expected), "diagnostics of \"" << input << "\" in " << context_name << ":\n  expected"
                                                              << joined(expected) << "\n  actual  " << joined(actual));

        std::string out = "x";
        const bool ok = resolve_link(input, context, out);
        if (entry["resolved"].is_null()) {
            BOOST_TEST(!ok, "\"" << input << "\" resolved to " << out.substr(1));
            BOOST_TEST(out == "x", "a refused link appends nothing");
            BOOST_TEST(!appnotify::check_link(input).allowed(), input);
            continue;
        }
        std::string_view want;
        BOOST_TEST_REQUIRE(entry["resolved"].get(want) == simdjson::SUCCESS, input);
        BOOST_TEST(ok, input);
        BOOST_TEST(out.substr(1) == want, "resolving \"" << input << "\" in " << context_name);
        // Idempotence: the resolved link resolves to itself and passes the policy.
        std::string again;
        BOOST_TEST(resolve_link(want, context, again));
        BOOST_TEST(again == want);
        BOOST_TEST(appnotify::check_link(want).allowed(), want);
    }
    BOOST_TEST(count >= 150u);
}

BOOST_AUTO_TEST_CASE(seed_mention_links_report_their_malformed_guids) {
    // The body of seed 000's "formatted content" example: Maria and Robert have broken ids.
    const std::string_view maria = "?pagetype=entityrecord&etn=contact&id=43m770h2-6567-ebm1-ob2b-000d3ac3kd6c";
    const auto r = check_app_link(maria);
    BOOST_TEST_REQUIRE(r.diagnostics().size() == 1u);
    const auto& d = r.diagnostics()[0];
    BOOST_TEST((d.code == diagnostic_code::invalid_guid));
    BOOST_TEST((d.severity == severity::error));
    BOOST_TEST(maria.substr(d.offset, 1) == "m");
    BOOST_TEST(d.column == d.offset + 1);
    BOOST_TEST(d.path.empty());
    BOOST_TEST(d.message ==
               "\"43m770h2-6567-ebm1-ob2b-000d3ac3kd6c\" in \"id\" is not a GUID: 'm' at character 3 is not a "
               "hexadecimal digit; a GUID is 8-4-4-4-12 hexadecimal digits such as 0a9f62a8-90df-e311-9565-a45d36fc5fe8");

    const std::string_view robert = "?pagetype=entityrecord&etn=contact&id=73f970b2-6567-eb11-bb2b-000d3ac2se4h";
    const auto r2 = check_app_link(robert);
    BOOST_TEST_REQUIRE(r2.diagnostics().size() == 1u);
    BOOST_TEST(robert.substr(r2.diagnostics()[0].offset, 1) == "s");
    BOOST_TEST(!r2.ok());

    BOOST_TEST(check_app_link("?pagetype=entityrecord&etn=contact&id=03f770b2-6567-eb11-bb2b-000d3ac2be4d").ok());
    BOOST_TEST(resolved(maria) == "https://contoso.crm.dynamics.com/main.aspx?appid=c8d1f3e2-5a6b-4c7d-8e9f-0a1b2c3d4e5f"
                                  "&pagetype=entityrecord&etn=contact&id=43m770h2-6567-ebm1-ob2b-000d3ac3kd6c");
}

BOOST_AUTO_TEST_CASE(messages_say_what_was_found_and_what_is_allowed) {
    const auto leak = check_app_link("?pagetype=webresource&webresourceName=new_page.html&data=a=1&b=2");
    BOOST_TEST_REQUIRE(leak.diagnostics().size() == 1u);
    BOOST_TEST(leak.diagnostics()[0].message ==
               "the '&' before \"b\" ends \"data\" too early: \"b\" is not a parameter of a webresource page, so it "
               "was meant as part of data, whose value must be percent-encoded (& as %26, = as %3D), as "
               "encodeURIComponent does");
    const auto view = check_app_link("?pagetype=entitylist&etn=incident&viewtype=savedquery");
    BOOST_TEST_REQUIRE(view.diagnostics().size() == 1u);
    BOOST_TEST(view.diagnostics()[0].message ==
               "\"savedquery\" is not a value of \"viewtype\": did you mean \"1039\"? Allowed: 1039, 4230 (1039 for a "
               "system view, a savedquery; 4230 for a personal view, a userquery)");
    const auto js = check_app_link("  JaVa&#x09;Script:alert(1)");
    BOOST_TEST_REQUIRE(js.diagnostics().size() == 1u);
    BOOST_TEST(js.diagnostics()[0].offset == 2u);
    BOOST_TEST(test::contains(js.diagnostics()[0].message, "\"javascript:\" links are refused"));
    const auto unknown = check_app_link("?pagetype=entitylist&etn=incident&viewd=x");
    BOOST_TEST(unknown.diagnostics()[0].message ==
               "\"viewd\" is not a parameter of an entitylist page: did you mean \"viewid\"?");
}

BOOST_AUTO_TEST_CASE(parts_of_a_link) {
    const std::string_view link = " https://Contoso.crm.dynamics.com:443/main.aspx?pagetype=dashboard#top ";
    const appnotify::link_parts p = appnotify::parse_link(link);
    BOOST_TEST((p.policy.kind == appnotify::link_kind::absolute));
    BOOST_TEST(p.begin == 1u);
    BOOST_TEST(link.substr(p.host_begin, p.host_end - p.host_begin) == "Contoso.crm.dynamics.com");
    BOOST_TEST(link.substr(p.path_begin, p.path_end - p.path_begin) == "/main.aspx");
    BOOST_TEST(link.substr(p.query_begin, p.query_end - p.query_begin) == "pagetype=dashboard");
    BOOST_TEST(link.substr(p.fragment_begin, p.end - p.fragment_begin) == "top");
    BOOST_TEST(p.page_link);
    BOOST_TEST(!appnotify::parse_link("/WebResources/x?y").page_link);
    BOOST_TEST(appnotify::parse_link("?x").page_link);
    BOOST_TEST(!appnotify::parse_link("javascript:x").policy.allowed());
}

BOOST_AUTO_TEST_CASE(a_report_is_reused) {
    appnotify::link_report report;
    check_app_link("?pagetype=entityrecord&etn=Incident&id=x", report);
    BOOST_TEST(report.error_count() == 2u);
    check_app_link("?pagetype=entityrecord&etn=incident&navbar=x", report, app, "/Actions/actions/0/data/url");
    BOOST_TEST_REQUIRE(report.diagnostics().size() == 1u);
    BOOST_TEST(report.diagnostics()[0].path == "/Actions/actions/0/data/url");
    BOOST_TEST(report.error_count() == 1u);
    BOOST_TEST(report.warning_count() == 0u);
    check_app_link("#ok", report);
    BOOST_TEST(report.ok());
    BOOST_TEST(report.diagnostics().empty());
}

BOOST_AUTO_TEST_CASE(side_pane_pages_become_main_aspx_links) {
    // The two side-pane actions of seed 000 (examples/seed000/side-pane-actions.json).
    const auto r = validate(test::read_source_file("examples/seed000/side-pane-actions.json"));
    BOOST_TEST_REQUIRE(r.notification().actions.size() == 2u);
    std::string url;
    appnotify::append_page_url(r.notification().actions[0].side_pane->target, app, url);
    BOOST_TEST(url == "https://contoso.crm.dynamics.com/main.aspx?appid=c8d1f3e2-5a6b-4c7d-8e9f-0a1b2c3d4e5f"
                      "&pagetype=entityrecord&etn=task&id=16db092f-aec3-5be8-844f-3cd921c82102");
    url.clear();
    appnotify::append_page_url(r.notification().actions[1].side_pane->target, {}, url);
    BOOST_TEST(url == "/main.aspx?pagetype=entityrecord&etn=account&id=08446b78-acbe-5e70-b31f-327ad0b05818");
    BOOST_TEST(check_app_link(url).ok());

    appnotify::page_target page;
    page.type = appnotify::page_type::entitylist;
    page.entity_name = "incident";
    page.view_id = "00000000-0000-0000-00aa-000010001028";
    page.view_type = appnotify::view_type::userquery;
    url.clear();
    appnotify::append_page_url(page, {"https://contoso.crm.dynamics.com", "", "msdyn_SolutionHealthHub"}, url);
    BOOST_TEST(url == "https://contoso.crm.dynamics.com/main.aspx?appname=msdyn_SolutionHealthHub&pagetype=entitylist"
                      "&etn=incident&viewid=00000000-0000-0000-00aa-000010001028&viewtype=4230");

    page = {};
    page.type = appnotify::page_type::webresource;
    page.webresource_name = "new_/pages/alert.html";
    page.data = "a=1&b=caf\xC3\xA9";
    url.clear();
    appnotify::append_page_url(page, {}, url);
    BOOST_TEST(url == "/main.aspx?pagetype=webresource&webresourceName=new_%2Fpages%2Falert.html&data=a%3D1%26b%3Dcaf%C3%A9");
    BOOST_TEST(test::clean(check_app_link(url)));

    page = {};
    page.type = appnotify::page_type::dashboard;
    page.dashboard_id = "0a9f62a8-90df-e311-9565-a45d36fc5fe8";
    url.clear();
    appnotify::append_page_url(page, {"http://crm/Contoso/", "", ""}, url);
    BOOST_TEST(url == "http://crm/Contoso/main.aspx?pagetype=dashboard&id=0a9f62a8-90df-e311-9565-a45d36fc5fe8");

    page = {};
    page.type = appnotify::page_type::custom;
    page.name = "cr123_mypage_e1a2b";
    page.entity_name = "account";
    page.record_id = "0a9f62a8-90df-e311-9565-a45d36fc5fe8";
    url.clear();
    appnotify::append_page_url(page, {}, url);
    BOOST_TEST(url == "/main.aspx?pagetype=custom&name=cr123_mypage_e1a2b&entityName=account"
                      "&recordId=0a9f62a8-90df-e311-9565-a45d36fc5fe8");

    page = {};
    page.type = appnotify::page_type::generative;
    page.page_id = "5d3b4c2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a";
    url.clear();
    appnotify::append_page_url(page, {}, url);
    BOOST_TEST(url == "/main.aspx?pagetype=genux&id=5d3b4c2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a");
}

BOOST_AUTO_TEST_CASE(teams_chat_deep_links) {
    // Seed 000's Teams chat action: two members, linked to an account (which a deep link cannot carry).
    const auto r = validate(test::read_source_file("examples/seed000/teams-chat-action.json"));
    std::string url;
    appnotify::append_teams_chat_link(*r.notification().actions.front().teams_chat, url);
    BOOST_TEST(url == "https://teams.microsoft.com/l/chat/0/0?users=aebfad9d-8bd5-50df-bb6a-fbc3608f76a0,"
                      "b246207a-5091-557b-9f4d-a48dd4a7eb60");

    appnotify::teams_chat_action chat;
    const std::string_view members[] = {"aebfad9d-8bd5-50df-bb6a-fbc3608f76a0"};
    chat.member_ids = appnotify::string_list(members, 1);
    chat.chat_title = "Order #1234 & co";
    chat.initial_message = "Hi folks, caf\xC3\xA9?";
    url.clear();
    appnotify::append_teams_chat_link(chat, url);
    BOOST_TEST(url == "https://teams.microsoft.com/l/chat/0/0?users=aebfad9d-8bd5-50df-bb6a-fbc3608f76a0"
                      "&topicName=Order%20%231234%20%26%20co&message=Hi%20folks%2C%20caf%C3%A9%3F");
    BOOST_TEST(appnotify::check_link(url).allowed());

    chat = {};
    chat.chat_title = "Only a title";
    url.clear();
    appnotify::append_teams_chat_link(chat, url);
    BOOST_TEST(url == "https://teams.microsoft.com/l/chat/0/0?topicName=Only%20a%20title");

    chat = {};
    chat.chat_id = "19:c6d70e392a384916c3262b15406d763e@thread.v2";
    url.clear();
    appnotify::append_teams_chat_link(chat, url);
    BOOST_TEST(url == "https://teams.microsoft.com/l/chat/19:c6d70e392a384916c3262b15406d763e@thread.v2/conversations");
    chat.chat_id = "19:a/b?c";
    url.clear();
    appnotify::append_teams_chat_link(chat, url);
    BOOST_TEST(url == "https://teams.microsoft.com/l/chat/19:a%2Fb%3Fc/conversations");
}

BOOST_AUTO_TEST_CASE(the_resolver_is_the_renderers_link_rewriter) {
    const appnotify::app_link_resolver resolver(app);
    const appnotify::link_rewriter& hook = resolver;
    std::string href = "<a href=\"";
    const std::string_view link = "?pagetype=entityrecord&etn=incident&id=0a9f62a8-90df-e311-9565-a45d36fc5fe8";
    BOOST_TEST(hook.rewrite(link, appnotify::check_link(link), href));
    BOOST_TEST(href == "<a href=\"https://contoso.crm.dynamics.com/main.aspx?appid=c8d1f3e2-5a6b-4c7d-8e9f-0a1b2c3d4e5f"
                       "&pagetype=entityrecord&etn=incident&id=0a9f62a8-90df-e311-9565-a45d36fc5fe8");
    href = "<a href=\"";
    const std::string_view evil = "java\tscript:alert(1)";
    BOOST_TEST(!hook.rewrite(evil, appnotify::check_link(evil), href));
    BOOST_TEST(href == "<a href=\"");
    BOOST_TEST(resolver.context().org_url == app.org_url);
}

BOOST_AUTO_TEST_CASE(a_resolved_host_shows_nothing_a_terminal_should_not_get) {
    // Issue 11, class 1: C1 controls, bidi controls, invisible characters and invalid UTF-8 in a
    // host are percent-encoded (a browser decodes them back: the same host); an international
    // host stays readable.
    BOOST_TEST(resolved("https://EV\xC2\x9Bil.ex\xE2\x80\xAE" "ample\xFF/") == "https://ev%C2%9Bil.ex%E2%80%AEample%FF/");
    BOOST_TEST(resolved("https://M\xC3\xBCnchen.example/") == "https://m\xC3\xBCnchen.example/");
    BOOST_TEST(resolved("https://ev%C2%9Bil.example/") == "https://ev%C2%9Bil.example/");
}

BOOST_AUTO_TEST_CASE(a_link_the_policy_refuses_is_never_resolved) {
    // Removing the tab joins "&#10" and "10;" into one reference, and the policy reads the two
    // spellings differently; the link as given is refused, so it is not resolved either.
    const std::string_view link = "/\r\x01&#\x01&#10\t10;\\Mo";
    BOOST_TEST(!appnotify::check_link(link).allowed());
    std::string out;
    BOOST_TEST(!resolve_link(link, app, out));
    BOOST_TEST(out.empty());
}

BOOST_AUTO_TEST_CASE(app_contexts_are_checked) {
    appnotify::link_report report;
    appnotify::check_app_context(app, report);
    BOOST_TEST(report.diagnostics().empty());
    appnotify::check_app_context({"http://crm/Contoso/", "{C8D1F3E2-5A6B-4C7D-8E9F-0A1B2C3D4E5F}", ""}, report);
    BOOST_TEST(report.diagnostics().empty());
    appnotify::check_app_context({}, report);
    BOOST_TEST(report.diagnostics().empty());

    appnotify::check_app_context({"contoso.crm.dynamics.com", "c8d1f3e2", "Sales Hub"}, report);
    BOOST_TEST_REQUIRE(report.diagnostics().size() == 4u);
    const auto& d = report.diagnostics();
    BOOST_TEST((d[0].code == diagnostic_code::link_invalid_context));
    BOOST_TEST(d[0].path == "/org_url");
    BOOST_TEST(test::contains(d[0].message, "it must start with https://"));
    // Sorted by offset: the conflict (offset 0) comes before the app id's (8) and name's (5).
    BOOST_TEST((d[1].code == diagnostic_code::link_app_conflict));
    BOOST_TEST(d[2].path == "/app_name");
    BOOST_TEST(d[2].offset == 5u);
    BOOST_TEST(d[3].path == "/app_id");
    BOOST_TEST(d[3].offset == 8u);
    BOOST_TEST(report.error_count() == 4u);

    for (const std::string_view org : {"https://user:pw@contoso.com", "https://contoso.com/?x", "https://", "https://a b",
                                       "ftp://contoso.com"}) {
        appnotify::check_app_context({org, "", ""}, report);
        BOOST_TEST(report.error_count() == 1u, org);
    }
    // An unusable organization URL leaves links relative.
    BOOST_TEST(resolved("/WebResources/x", {"contoso.com", "", ""}) == "/WebResources/x");
}

BOOST_AUTO_TEST_CASE(an_organization_url_says_exactly_one_origin) {
    // Issue 11, class 7: what the context gives is copied into resolved links and the preview's
    // Content-Security-Policy, so it must mean what it says.
    struct refused {
        std::string_view org, reason;
    };
    const refused cases[] = {
        {"https://contoso.com:evil.com", "its port must be a number from 1 to 65535"},
        {"https://contoso.com:65536", "its port must be a number from 1 to 65535"},
        {"https://contoso.com:0", "its port must be a number from 1 to 65535"},
        {"https://contoso.com:", "its port must be a number from 1 to 65535"},
        {"https://*", "its host must be a host name"},
        {"https://*.crm.dynamics.com", "its host must be a host name"},
        {"https://contoso%00.com", "its host must be a host name"},
        {"https://-contoso.com", "its host must be a host name"},
        {"https://contoso..com", "its host must be a host name"},
        {"https://1.2.3.999", "its host must be a host name"},
        {"https://[::1", "its host must be a host name"},
        {"https://contoso.com/%00", "its path may hold only"},
        {"https://contoso.com/a;b", "its path may hold only"},
        {"https://con'toso.com", "it holds a space, a control character or a quote"},
        {"https://contoso.com/\"x", "it holds a space, a control character or a quote"},
        {"https://contoso\xE2\x80\xAE.com", "it holds characters outside ASCII"},
        {"https://b\xC3\xBC" "cher.example", "it holds characters outside ASCII"},
    };
    appnotify::link_report report;
    for (const refused& r : cases) {
        appnotify::check_app_context({r.org, "", ""}, report);
        BOOST_TEST_REQUIRE(report.diagnostics().size() == 1u, r.org);
        const appnotify::diagnostic& d = report.diagnostics()[0];
        BOOST_TEST((d.code == diagnostic_code::link_invalid_context), r.org);
        BOOST_TEST(d.path == "/org_url");
        BOOST_TEST(test::contains(d.message, r.reason), d.message);
        // Links stay relative, and the organization is never an origin anyone trusts.
        BOOST_TEST(resolved("/WebResources/x", {r.org, "", ""}) == "/WebResources/x", r.org);
        std::string icon;
        BOOST_TEST(!appnotify::icon_image_url("/WebResources/x", {r.org, "", ""}, icon), r.org);
    }
    for (const std::string_view org : {"https://contoso.crm.dynamics.com:443", "http://crm/Contoso/", "https://[::1]:8443",
                                       "http://10.0.0.1/org", "https://xn--bcher-kva.example.", "https://a-b.example/x%41y"}) {
        appnotify::check_app_context({org, "", ""}, report);
        BOOST_TEST(report.diagnostics().empty(), org);
    }
}

BOOST_AUTO_TEST_CASE(the_preview_never_trusts_a_refused_organization) {
    // A custom icon on "https://*" matched the origin "https://*": the page's policy allowed
    // images from any https host.
    const std::string json = test::payload(R"~("IconType": 100000005, "OverrideContent": {"iconUrl": "https://*/x.png"})~");
    const appnotify::validation_result r = validate(json);
    const appnotify::preview_entry entries[] = {{"a.json", &r}};
    appnotify::render_options options;
    options.context = {"https://*", "", ""};
    std::string page;
    appnotify::render_preview_page({entries, 1}, page, options);
    BOOST_TEST(!test::contains(page, "img-src"), page.substr(0, 400));
    BOOST_TEST(test::contains(page, "default-src 'none'"));
}

BOOST_AUTO_TEST_CASE(hostile_links_stay_linear) {
    // 100,000 parameters, each unknown: checked and resolved in one pass each.
    std::string link = "?pagetype=entityrecord&etn=account";
    for (int i = 0; i < 100000; ++i) link += "&x=1";
    appnotify::link_report report;
    check_app_link(link, report);
    BOOST_TEST(report.warning_count() == 100001u); // and one too-many-diagnostics
    BOOST_TEST_REQUIRE(report.diagnostics().size() == appnotify::link_report::max_kept + 1);
    BOOST_TEST((report.diagnostics().back().code == diagnostic_code::too_many_diagnostics));
    std::string out;
    BOOST_TEST(resolve_link(link, app, out));
    // A long run of escapes, of '%' and of braces inside an id.
    std::string escapes = "?pagetype=search&searchText=";
    for (int i = 0; i < 100000; ++i) escapes += i % 3 == 0 ? "%" : i % 3 == 1 ? "%25" : "%E9";
    check_app_link(escapes, report);
    BOOST_TEST(report.warning_count() == 1u);
    const std::string braces = "?pagetype=entityrecord&etn=a&id=" + std::string(200000, '{');
    check_app_link(braces, report);
    BOOST_TEST(report.error_count() == 1u);
    // Many forms inside extraqs: the first is the one checked.
    std::string forms = "?pagetype=entityrecord&etn=account&extraqs=";
    for (int i = 0; i < 50000; ++i) forms += "formid%3Dx%26";
    check_app_link(forms, report);
    BOOST_TEST(report.error_count() == 1u);
}

BOOST_AUTO_TEST_SUITE(in_payloads)

BOOST_AUTO_TEST_CASE(url_actions_are_checked_at_the_character) {
    const std::string json = url_action("?pagetype=entityrecord&etn=contact&id=43m770h2-6567-ebm1-ob2b-000d3ac3kd6c");
    const auto d = test::only(validate(json), diagnostic_code::invalid_guid, "/Actions/actions/0/data/url");
    BOOST_TEST(json.substr(d.offset, 6) == "m770h2");
    BOOST_TEST((d.severity == severity::error));
    BOOST_TEST(!appnotify::is_valid(json));
}

BOOST_AUTO_TEST_CASE(every_parameter_is_mapped_back_through_the_escapes) {
    // Issue 11, class 5: each finding of a link held by a JSON string is mapped back through the
    // string's escapes, linearly (100,000 parameters: every kept finding at its exact character).
    std::string url = R"~(?pagetype=entityrecord\u0026etn=account)~";
    for (int i = 0; i < 100000; ++i) url += i % 2 ? R"~(\u0026x\u003d1)~" : R"~(&y=\/)~";
    const std::string json = url_action(url);
    const appnotify::validation_result r = validate(json);
    BOOST_TEST(r.warning_count() == 100001u); // with one too-many-diagnostics
    std::size_t checked = 0;
    for (const appnotify::diagnostic& d : r.diagnostics()) {
        if (d.code != diagnostic_code::link_unknown_parameter) continue;
        BOOST_TEST((json.substr(d.offset, 1) == "x" || json.substr(d.offset, 1) == "y"), d.offset);
        BOOST_TEST(d.path == "/Actions/actions/0/data/url");
        ++checked;
    }
    BOOST_TEST(checked == 1000u);
}

BOOST_AUTO_TEST_CASE(offsets_go_through_json_escapes) {
    // "\u0026" is '&' and "\/" is '/': the offset still lands on the bad character in the JSON text.
    const std::string json = url_action(R"~(\/main.aspx?pagetype=entityrecord\u0026etn=Contact\u0026id=0a9f62a8-90df-e311-9565-a45d36fc5fe8)~");
    const auto d = test::only(validate(json), diagnostic_code::invalid_logical_name, "/Actions/actions/0/data/url");
    BOOST_TEST(json.substr(d.offset, 7) == "Contact");
}

BOOST_AUTO_TEST_CASE(refused_and_unencoded_urls) {
    const std::string js = url_action("javascript:alert(1)");
    const auto d = test::only(validate(js), diagnostic_code::link_refused, "/Actions/actions/0/data/url");
    BOOST_TEST(js.substr(d.offset, 10) == "javascript");

    const std::string leak = url_action("?pagetype=webresource&webresourceName=new_page.html&data=a=1&b=2");
    const auto l = test::only(validate(leak), diagnostic_code::link_unencoded_data, "/Actions/actions/0/data/url");
    BOOST_TEST(leak.substr(l.offset, 4) == "&b=2");

    const std::string placeholder = url_action("?pagetype=entityrecord&etn=task&id=<Task ID>");
    const auto p = test::only(validate(placeholder), diagnostic_code::template_placeholder, "/Actions/actions/0/data/url");
    BOOST_TEST((p.severity == severity::error));
    BOOST_TEST(placeholder.substr(p.offset, 9) == "<Task ID>");

    // The type comes after the url: the url is checked once the action is known to be a url action.
    const std::string late = test::payload_with_action_data(
        R"~({"@odata.type": "#Microsoft.Dynamics.CRM.expando", "url": "?pagetype=dashbord", "type": "url"})~");
    test::only(validate(late), diagnostic_code::link_unknown_page_type, "/Actions/actions/0/data/url");
}

BOOST_AUTO_TEST_CASE(a_url_of_another_action_type_is_not_checked) {
    const std::string json = test::payload_with_action_data(
        R"~({"@odata.type": "#Microsoft.Dynamics.CRM.expando", "type": "teamsChat", "chatId": "19:abc@thread.v2", "url": "javascript:x"})~");
    test::only(validate(json), diagnostic_code::field_not_applicable, "/Actions/actions/0/data/url");
}

BOOST_AUTO_TEST_CASE(icon_urls_are_checked) {
    const std::string json = test::payload(
        R"~("IconType": 100000005, "OverrideContent": {"@odata.type": "#Microsoft.Dynamics.CRM.expando", "iconUrl": "  jav&#x61;script:x"})~");
    const auto d = test::only(validate(json), diagnostic_code::link_refused, "/OverrideContent/iconUrl");
    BOOST_TEST(json.substr(d.offset, 4) == "jav&");

    const std::string placeholder = test::payload(
        R"~("IconType": 100000005, "OverrideContent": {"@odata.type": "#Microsoft.Dynamics.CRM.expando", "iconUrl": "/WebResources/<name of an image>"})~");
    const auto p = test::only(validate(placeholder), diagnostic_code::template_placeholder, "/OverrideContent/iconUrl");
    BOOST_TEST((p.severity == severity::warning));
    BOOST_TEST(placeholder.substr(p.offset, 5) == "<name");

    BOOST_TEST(test::clean(validate(test::read_source_file("examples/seed000/custom-icon.json"))));
}

BOOST_AUTO_TEST_CASE(side_pane_targets_are_checked_as_links) {
    // A valid page gives a valid main.aspx URL: nothing to report.
    const std::string json = test::payload_with_action_data(
        R"~({"@odata.type": "#Microsoft.Dynamics.CRM.expando", "type": "sidepane", "navigationTarget": {"@odata.type": "#Microsoft.Dynamics.CRM.expando", "pageType": "webresource", "webresourceName": "new_page.html", "data": "a=1&b=2"}})~");
    BOOST_TEST(test::clean(validate(json)), test::describe(validate(json)));
    // A page whose fields are wrong is reported once, by the field checks.
    const std::string bad = test::payload_with_action_data(
        R"~({"@odata.type": "#Microsoft.Dynamics.CRM.expando", "type": "sidepane", "navigationTarget": {"@odata.type": "#Microsoft.Dynamics.CRM.expando", "pageType": "entityrecord", "entityName": "task", "entityId": "<Task ID>"}})~");
    test::only(validate(bad), diagnostic_code::template_placeholder, "/Actions/actions/0/data/navigationTarget/entityId");
}

BOOST_AUTO_TEST_CASE(markdown_links_of_override_content_are_checked) {
    const auto body = [](std::string_view markdown) {
        return test::payload(std::string(R"~("OverrideContent": {"@odata.type": "#Microsoft.Dynamics.CRM.expando", "body": ")~") +
                             std::string(markdown) + "\"}");
    };
    // The offset goes through the JSON escapes before the link (\" and \n).
    const std::string json = body(R"~(\"Quoted\"\n_[Maria](?pagetype=entityrecord&etn=contact&id=43m770h2-6567-ebm1-ob2b-000d3ac3kd6c)_)~");
    const auto d = test::only(validate(json), diagnostic_code::invalid_guid, "/OverrideContent/body");
    BOOST_TEST(json.substr(d.offset, 6) == "m770h2");

    const std::string title = test::payload(
        R"~("OverrideContent": {"@odata.type": "#Microsoft.Dynamics.CRM.expando", "title": "**[Open](JaVaScRiPt:alert(1))**"})~");
    const auto t = test::only(validate(title), diagnostic_code::link_refused, "/OverrideContent/title");
    BOOST_TEST(title.substr(t.offset, 4) == "JaVa");

    const std::string autolink = body("see <javascript:alert(1)>");
    const auto a = test::only(validate(autolink), diagnostic_code::link_refused, "/OverrideContent/body");
    BOOST_TEST(autolink.substr(a.offset, 10) == "javascript");

    // What only looks like a link is text, and is not checked.
    BOOST_TEST(test::clean(validate(body(R"~(\\[x](javascript:alert(1)) and [y] (javascript:z))~"))));
    // A destination with a backslash escape is reported at its start.
    const std::string escaped = body(R"~([x](?pagetype=entityrecord&etn=Cont\\_act))~");
    const auto e = test::only(validate(escaped), diagnostic_code::invalid_logical_name, "/OverrideContent/body");
    BOOST_TEST(escaped.substr(e.offset, 10) == "?pagetype=");
}

BOOST_AUTO_TEST_CASE(placeholders_in_markdown_are_reported_once) {
    // Inside a link's GUID: an error from the link check, and no warning besides. (A destination
    // cannot hold a space, so "<Task ID>" there would make the whole link plain text.)
    const std::string in_link = test::payload(
        R"~("OverrideContent": {"@odata.type": "#Microsoft.Dynamics.CRM.expando", "body": "[Task](?pagetype=entityrecord&etn=task&id=<GUID>) is due"})~");
    const auto e = test::only(validate(in_link), diagnostic_code::template_placeholder, "/OverrideContent/body");
    BOOST_TEST((e.severity == severity::error));
    // Outside links: a warning, as for any text.
    const std::string in_text = test::payload(
        R"~("OverrideContent": {"@odata.type": "#Microsoft.Dynamics.CRM.expando", "body": "[Task](?pagetype=entityrecord&etn=task) for <Name of the user>"})~");
    const auto w = test::only(validate(in_text), diagnostic_code::template_placeholder, "/OverrideContent/body");
    BOOST_TEST((w.severity == severity::warning));
    BOOST_TEST(in_text.substr(w.offset, 5) == "<Name");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_CASE(renderers_emit_resolved_links) {
    const appnotify::app_link_resolver resolver(app);
    appnotify::markdown_options options;
    options.rewriter = &resolver;
    std::string html;
    const auto report = appnotify::render_markdown_html(
        "[Case](?pagetype=entityrecord&etn=incident&id=0a9f62a8-90df-e311-9565-a45d36fc5fe8) and [x](javascript:y)",
        html, options);
    BOOST_TEST(html == "<p><a href=\"https://contoso.crm.dynamics.com/main.aspx?appid=c8d1f3e2-5a6b-4c7d-8e9f-0a1b2c3d4e5f"
                       "&amp;pagetype=entityrecord&amp;etn=incident&amp;id=0a9f62a8-90df-e311-9565-a45d36fc5fe8\">Case</a> "
                       "and x</p>\n");
    std::string text;
    appnotify::render_markdown_text("[Icon](/WebResources/cr245_AlertOn)", text, options);
    BOOST_TEST(text == "Icon (https://contoso.crm.dynamics.com/WebResources/cr245_AlertOn)");
}

BOOST_AUTO_TEST_SUITE_END()
