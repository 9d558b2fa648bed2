// SPDX-License-Identifier: MIT
// fuzz_links: the link checker, the resolver and the side-pane and Teams link builders on
// arbitrary input. Byte 0 picks an app context; the rest is the link. Properties:
// - checking and resolving never crash, and every diagnostic points inside the link;
// - nothing the policy refuses is resolved, and a refused link appends nothing;
// - a resolved link passes the policy, holds no character unsafe in an HTML attribute or a
//   terminal (no foreign character: output_invariants.hpp), and resolves to itself
//   (idempotence), without being refused by the checker; its diagnostics, as text, hold no
//   foreign character either and are bounded;
// - the URLs built for side-pane pages and Teams chats pass the policy and resolve to themselves;
// - every href emitted for the link (resolved, or the destination as the markdown renderers
//   write it) that a browser can open leads to the host the checker read, as the WHATWG URL
//   parser of tests/whatwg_host.hpp reads it; and when the checker finds no other host than the
//   organization's, the browser goes to the organization.
#include <appnotify/appnotify.hpp>

#include "../tests/whatwg_host.hpp"
#include "output_invariants.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

const appnotify::app_context contexts[] = {
    {},
    {"https://contoso.crm.dynamics.com", "c8d1f3e2-5a6b-4c7d-8e9f-0a1b2c3d4e5f", ""},
    {"https://Contoso.CRM.dynamics.com/", "", "msdyn_SolutionHealthHub"},
    {"http://crm/Contoso", "{C8D1F3E2-5A6B-4C7D-8E9F-0A1B2C3D4E5F}", ""},
    {"https://xn--bcher-kva.example:8443", "not-a-guid", "bad name"},
    {"", "c8d1f3e2-5a6b-4c7d-8e9f-0a1b2c3d4e5f", ""},
    {"javascript:alert(1)", "", "app"},
    {"https://contoso.crm.dynamics.com/?x#y", "", ""},
    {"https://*", "", ""},
    {"https://contoso.crm.dynamics.com:evil.example", "", ""},
};
constexpr std::size_t context_count = sizeof contexts / sizeof contexts[0];

void fail(const char* condition, int line) {
    std::fprintf(stderr, "fuzz_links.cpp:%d: %s does not hold\n", line, condition);
    std::abort();
}
#define require(condition) ((condition) ? void() : fail(#condition, __LINE__))

bool safe_href(std::string_view href) {
    for (const char c : href) {
        const auto b = static_cast<unsigned char>(c);
        if (b <= 0x20 || b == 0x7F || c == '"' || c == '<' || c == '>' || c == '`') return false;
    }
    return true;
}

/// A built URL must pass the policy and resolve to itself in the context it was built for.
void check_built(std::string_view url, const appnotify::app_context& context) {
    require(appnotify::check_link(url).allowed());
    require(safe_href(url));
    std::string again;
    require(appnotify::resolve_link(url, context, again));
    require(again == url);
}

/// The host the checker read in `link`, normalized as a browser normalizes hosts; not ok when
/// the link is not an http(s) link with a host.
whatwg::host_result checked_host(std::string_view link) {
    const appnotify::link_parts parts = appnotify::parse_link(link);
    if (!parts.has_host() || parts.host_end == parts.host_begin) return {};
    std::string host;
    for (const char c : link.substr(parts.host_begin, parts.host_end - parts.host_begin))
        if (c != '\t' && c != '\n' && c != '\r') host.push_back(c);
    return whatwg::parse_host(host);
}

/// An emitted href leads where the checker said: to the host it read in an absolute link, to the
/// organization for a link resolved against it, and to the organization when the checker
/// reported no other host.
void check_emitted_host(std::string_view href, std::string_view link, const appnotify::app_context& context,
                        const appnotify::link_report& report) {
    const whatwg::host_result browser = whatwg::http_host(href);
    if (!browser.ok || !browser.ascii) return; // goes nowhere, or through IDNA (never the organization)
    const appnotify::detail::org_url org = appnotify::detail::parse_org_url(context.org_url);
    const whatwg::host_result org_host = org.ok() ? whatwg::parse_host(org.host) : whatwg::host_result{};
    if (appnotify::parse_link(link).policy.kind != appnotify::link_kind::absolute) {
        require(org_host.ok);
        require(browser.host == org_host.host);
        return;
    }
    const whatwg::host_result checked = checked_host(link);
    require(checked.ok);
    require(browser.host == checked.host);
    if (!org_host.ok) return;
    bool other_host = false;
    for (const appnotify::diagnostic& d : report.diagnostics())
        other_host = other_host || d.code == appnotify::diagnostic_code::link_other_host;
    if (other_host) return;
    std::string_view a = browser.host, b = org_host.host;
    if (!a.empty() && a.back() == '.') a.remove_suffix(1);
    if (!b.empty() && b.back() == '.') b.remove_suffix(1);
    require(a == b);
}

void check_resolution(std::string_view link, const appnotify::app_context& context, appnotify::link_report& report) {
    const appnotify::link_check policy = appnotify::check_link(link);
    std::string out = "prefix:";
    const bool resolved = appnotify::resolve_link(link, context, out);
    if (!policy.allowed()) require(!resolved);
    if (!resolved) {
        require(out == "prefix:");
        return;
    }
    const std::string_view href = std::string_view(out).substr(7);
    require(appnotify::check_link(href).allowed());
    require(safe_href(href));
    fuzz::check_no_foreign(href, false, "a resolved link");
    std::string again;
    require(appnotify::resolve_link(href, context, again));
    require(again == href);
    appnotify::check_app_link(link, report, context);
    for (const appnotify::diagnostic& d : report.diagnostics()) {
        std::string text;
        appnotify::format_diagnostic(text, d, "link", link);
        fuzz::check_no_foreign(text, true, "a link's diagnostic");
        require(text.size() <= fuzz::max_diagnostic_bytes);
    }
    check_emitted_host(href, link, context, report);
    appnotify::check_app_link(href, report, context);
    for (const appnotify::diagnostic& d : report.diagnostics()) require(d.code != appnotify::diagnostic_code::link_refused);
}

/// The destination as the markdown renderers write it without a resolver (cmark-gfm's escaping):
/// an href and an OSC 8 link target.
void check_unresolved(std::string_view link, appnotify::link_report& report) {
    if (!appnotify::check_link(link).allowed()) return;
    std::string href;
    appnotify::detail::md::append_href_escaped(href, link, false);
    appnotify::check_app_link(link, report);
    check_emitted_host(href, link, {}, report);
}

/// Fields of a side-pane page and a Teams chat, cut from the input at '|'.
void check_builders(std::string_view text, std::uint8_t selector, const appnotify::app_context& context) {
    std::string_view fields[8];
    for (std::size_t i = 0; i < 8; ++i) {
        const std::size_t bar = text.find('|');
        fields[i] = text.substr(0, bar);
        text = bar == std::string_view::npos ? std::string_view{} : text.substr(bar + 1);
    }
    appnotify::page_target page;
    page.type = static_cast<appnotify::page_type>(selector % 6);
    page.view_type = static_cast<appnotify::view_type>(selector / 6 % 3);
    page.entity_name = fields[0];
    page.entity_id = fields[1];
    page.form_id = fields[2];
    page.view_id = fields[1];
    page.dashboard_id = fields[1];
    page.webresource_name = fields[3];
    page.name = fields[3];
    page.page_id = fields[1];
    page.record_id = fields[2];
    page.data = fields[4];
    std::string url;
    appnotify::append_page_url(page, context, url);
    check_built(url, context);

    appnotify::teams_chat_action chat;
    const std::string_view members[2] = {fields[5], fields[6]};
    chat.member_ids = appnotify::string_list(members, fields[6].empty() ? 1 : 2);
    chat.chat_title = fields[7];
    chat.initial_message = fields[4];
    if (selector & 0x80) chat.chat_id = fields[0];
    url.clear();
    appnotify::append_teams_chat_link(chat, url);
    check_built(url, context);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const appnotify::app_context& context = contexts[data[0] % context_count];
    const std::string_view link(reinterpret_cast<const char*>(data) + 1, size - 1);

    appnotify::link_report report;
    appnotify::check_app_link(link, report, context);
    for (const appnotify::diagnostic& d : report.diagnostics()) require(d.offset <= link.size());
    require(report.ok() == (report.error_count() == 0));

    check_resolution(link, context, report);
    check_unresolved(link, report);
    check_builders(link, data[0], context);
    return 0;
}
