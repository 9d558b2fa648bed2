// SPDX-License-Identifier: MIT
// Resolution of an allowed link against an app context: app-relative and main.aspx links become
// <org>/main.aspx?appid=...&<parameters as written>, root-relative paths <org>/path,
// absolute links keep their text with the scheme and host lowercased (and what no terminal
// should show percent-encoded).
#ifndef APPNOTIFY_DETAIL_LINK_RESOLVER_HPP
#define APPNOTIFY_DETAIL_LINK_RESOLVER_HPP

#include <cstddef>
#include <string>
#include <string_view>

#include "../app_context.hpp"
#include "../link_policy.hpp"
#include "format.hpp"
#include "guid.hpp"
#include "page_rules.hpp"
#include "suggest.hpp"
#include "url_parts.hpp"
#include "url_query.hpp"
#include "utf8.hpp"

namespace appnotify::detail {

/// Appends the organization URL: scheme and host lowercased, the path without trailing slashes.
inline void append_org_url(const org_url& org, std::string& out) {
    for (const char c : org.scheme) out.push_back(ascii_lower(c));
    out.append("://");
    for (const char c : org.authority) out.push_back(ascii_lower(c));
    encode_unsafe(org.path, false, out);
}

/// Appends the app parameter of the context (`appid=<id>` or `appname=<name>`); false when the
/// context names no usable app.
inline bool append_context_app(const app_context& context, std::string& out) {
    const guid_check id = check_guid(context.app_id);
    if (!context.app_id.empty() && id.problem == guid_problem::none) {
        out.append("appid=");
        out.append(id.digits);
        return true;
    }
    if (!context.app_name.empty() && unique_name_problem(context.app_name) == context.app_name.size()) {
        out.append("appname=");
        encode_component(context.app_name, out);
        return true;
    }
    return false;
}

/// True when the query names its app itself.
constexpr bool query_names_app(std::string_view query) noexcept {
    query_reader reader(query, 0);
    query_param p;
    char buffer[48] = {};
    while (reader.next(p)) {
        const std::string_view name = decode_name(p.name, buffer);
        if (equals_ignoring_case(name, "appid") || equals_ignoring_case(name, "appname")) return true;
    }
    return false;
}

inline void append_page_link(std::string_view link, const link_layout& l, const app_context& context,
                             const org_url& org, std::string& out) {
    if (org.ok()) {
        append_org_url(org, out);
        out.append("/main.aspx");
    } else if (l.policy.kind == link_kind::main_aspx) {
        out.append(link[skip_url_tabs(link, l.begin)] == '/' ? "/main.aspx" : "main.aspx");
    }
    const std::string_view query = l.has_query() ? link.substr(l.query_begin, l.query_end - l.query_begin) : std::string_view{};
    bool any = false;
    const std::size_t before = out.size();
    out.push_back('?');
    if (!query_names_app(query) && append_context_app(context, out)) any = true;
    query_reader reader(query, 0);
    query_param p;
    while (reader.next(p)) {
        if (any) out.push_back('&');
        append_query_component(p.name, out);
        if (p.has_equals) {
            out.push_back('=');
            append_query_component(p.value, out);
        }
        any = true;
    }
    // "?" alone stays for an app-relative link without an organization: it is what makes it one.
    if (!any && !(l.policy.kind == link_kind::app_relative && !org.ok())) out.resize(before);
    if (l.has_fragment()) {
        out.push_back('#');
        encode_unsafe(link.substr(l.fragment_begin, l.end - l.fragment_begin), false, out);
    }
}

inline void append_absolute_link(std::string_view link, const link_layout& l, std::string& out) {
    for (const char c : l.policy.scheme_name()) out.push_back(c);
    out.push_back(':');
    std::size_t rest = l.scheme_end + 1;
    if (l.authority_begin != no_position) {
        out.append("//");
        for (std::size_t i = l.authority_begin; i < l.authority_end;) {
            const auto b = static_cast<unsigned char>(link[i]);
            if (is_unsafe_in_url(b, true)) {
                append_escape(out, b);
                ++i;
            } else if (b >= 0x80) {
                // A host may be international; what no terminal should show (C1 controls, bidi
                // controls, invisible characters) and invalid UTF-8 are percent-encoded, which
                // a browser reads as the same host (WHATWG URL decodes a host's escapes).
                const utf8_decoded d = decode_utf8(link.substr(0, l.authority_end), i);
                const bool escape = d.error != utf8_error::none || is_foreign_character(d.code_point);
                for (std::size_t k = 0; k < d.length; ++k)
                    if (escape) append_escape(out, static_cast<unsigned char>(link[i + k]));
                    else out.push_back(link[i + k]);
                i += d.length;
            } else if (i + 2 < l.authority_end && is_percent_escape(link, i)) {
                out.append(link.substr(i, 3)); // an escape keeps the case of its digits
                i += 3;
            } else {
                out.push_back(i >= l.host_begin && i < l.host_end ? ascii_lower(link[i]) : link[i]);
                ++i;
            }
        }
        rest = l.authority_end;
    }
    encode_unsafe(link.substr(rest, l.end - rest), false, out);
}

/// Appends the resolved form of `link`, which has no tabs or newlines; false (nothing appended)
/// when the policy refuses it.
inline bool resolve_clean_link(std::string_view link, const app_context& context, std::string& out) {
    const link_layout l = parse_link_layout(link);
    if (!l.policy.allowed()) return false;
    const org_url org = parse_org_url(context.org_url);
    const std::size_t before = out.size();
    switch (l.policy.kind) {
    case link_kind::app_relative:
    case link_kind::main_aspx: append_page_link(link, l, context, org, out); break;
    case link_kind::root_relative:
        if (org.ok()) append_org_url(org, out);
        encode_unsafe(link.substr(l.begin, l.end - l.begin), false, out);
        break;
    case link_kind::fragment:
    case link_kind::refused: encode_unsafe(link.substr(l.begin, l.end - l.begin), false, out); break;
    case link_kind::absolute: append_absolute_link(link, l, out); break;
    }
    // Whatever comes out must pass the policy again; anything else would be a bug, and refused.
    if (!check_link(std::string_view(out).substr(before)).allowed()) {
        out.resize(before);
        return false;
    }
    return true;
}

/// Resolves `link` as a browser reads it: tabs and newlines anywhere are removed first. The
/// policy is asked about the link as given, and again without them: a link either refuses is
/// refused (removing a tab can join the pieces of a character reference differently).
inline bool resolve_link_into(std::string_view link, const app_context& context, std::string& out) {
    if (!check_link(link).allowed()) return false;
    if (link.find_first_of("\t\n\r") == std::string_view::npos) return resolve_clean_link(link, context, out);
    std::string clean;
    clean.reserve(link.size());
    for (const char c : link)
        if (c != '\t' && c != '\n' && c != '\r') clean.push_back(c);
    return resolve_clean_link(clean, context, out);
}

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_LINK_RESOLVER_HPP
