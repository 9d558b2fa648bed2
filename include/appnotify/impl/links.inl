// SPDX-License-Identifier: MIT
// appnotify: the definitions of the functions of links.hpp.
// Included by links.hpp in header-only mode, compiled once into src/appnotify.cpp in compiled
// mode (config.hpp: APPNOTIFY_HEADER_ONLY).
#ifndef APPNOTIFY_IMPL_LINKS_INL
#define APPNOTIFY_IMPL_LINKS_INL

#include <cstddef>
#include <string>
#include <string_view>

#include "../links.hpp"

namespace appnotify {

APPNOTIFY_EXTERNAL_LINKAGE void check_app_link(std::string_view link, link_report& report, const app_context& context,
                           std::string_view path) {
    link_report::storage& buffers = report.reset();
    link_report::collector collect(report, path);
    detail::link_checker checker(collect, buffers.scratch, context);
    buffers.parts = checker.check(link);
    report.finish(link);
}

APPNOTIFY_EXTERNAL_LINKAGE link_report check_app_link(std::string_view link, const app_context& context) {
    link_report report;
    check_app_link(link, report, context);
    return report;
}

APPNOTIFY_EXTERNAL_LINKAGE void check_app_context(const app_context& context, link_report& report) {
    report.reset();
    link_report::collector collect(report, "/org_url");
    const detail::org_url org = detail::parse_org_url(context.org_url);
    if (!context.org_url.empty() && !org.ok())
        collect.add(diagnostic_code::link_invalid_context, severity::error, 0, "the organization URL ",
                    detail::quoted{context.org_url}, " is not usable: ", detail::describe(org.problem),
                    ", such as https://contoso.crm.dynamics.com");
    collect.set_path("/app_id");
    const detail::guid_check id = detail::check_guid(context.app_id);
    if (!context.app_id.empty() && id.problem != detail::guid_problem::none)
        collect.add(diagnostic_code::link_invalid_context, severity::error, id.at, "the app id ",
                    detail::quoted{context.app_id}, " is not a GUID: give the app's AppModuleId, such as "
                    "12fd1cf3-e06e-e911-a95f-000d3a13c42a");
    collect.set_path("/app_name");
    const std::size_t bad = detail::unique_name_problem(context.app_name);
    if (bad < context.app_name.size())
        collect.add(diagnostic_code::link_invalid_context, severity::error, bad, "the app name ",
                    detail::quoted{context.app_name}, " is not a unique name: ",
                    detail::shown_char{context.app_name, bad}, " is not allowed (letters, digits and underscores)");
    if (!context.app_id.empty() && !context.app_name.empty())
        collect.add(diagnostic_code::link_app_conflict, severity::error, 0,
                    "give the app either by id or by unique name, not both: main.aspx cannot take appid and appname");
    report.finish({});
}

APPNOTIFY_EXTERNAL_LINKAGE bool resolve_link(std::string_view link, const app_context& context, std::string& out) {
    return detail::resolve_link_into(link, context, out);
}

APPNOTIFY_EXTERNAL_LINKAGE void append_page_url(const page_target& page, const app_context& context, std::string& out) {
    const detail::org_url org = detail::parse_org_url(context.org_url);
    if (org.ok()) detail::append_org_url(org, out);
    out.append("/main.aspx?");
    bool any = detail::append_context_app(context, out);
    const auto param = [&](std::string_view name, std::string_view value) {
        if (value.empty()) return;
        if (any) out.push_back('&');
        out.append(name);
        out.push_back('=');
        detail::encode_component(value, out);
        any = true;
    };
    const detail::side_pane_page* row = detail::side_pane_page_of(page.type);
    if (row == nullptr) return;
    param("pagetype", detail::app_page_names[static_cast<std::size_t>(row->url_page)]);
    for (std::size_t i = 0; i < row->parameter_count; ++i)
        param(row->parameters[i].name, detail::page_field_value(page, row->parameters[i].field));
}

APPNOTIFY_EXTERNAL_LINKAGE void append_teams_chat_link(const teams_chat_action& chat, std::string& out) {
    out.append("https://teams.microsoft.com/l/chat/");
    if (!chat.chat_id.empty()) {
        // A path segment: chat ids such as 19:abc@thread.v2 keep their ':' and '@'.
        for (const char c : chat.chat_id) {
            const auto b = static_cast<unsigned char>(c);
            if (detail::is_unreserved(b) || c == ':' || c == '@') out.push_back(c);
            else detail::append_escape(out, b);
        }
        out.append("/conversations");
        return;
    }
    out.append("0/0");
    char separator = '?';
    if (!chat.member_ids.empty()) {
        out.push_back(separator);
        out.append("users=");
        for (std::size_t i = 0; i < chat.member_ids.size(); ++i) {
            if (i != 0) out.push_back(',');
            detail::encode_component(chat.member_ids[i], out);
        }
        separator = '&';
    }
    if (!chat.chat_title.empty()) {
        out.push_back(separator);
        out.append("topicName=");
        detail::encode_component(chat.chat_title, out);
        separator = '&';
    }
    if (!chat.initial_message.empty()) {
        out.push_back(separator);
        out.append("message=");
        detail::encode_component(chat.initial_message, out);
    }
}

} // namespace appnotify

#endif // APPNOTIFY_IMPL_LINKS_INL
