// SPDX-License-Identifier: MIT
// The anatomy of a link: where its scheme, host, path, query and fragment are, found on the
// text as written (offsets index the link given), and the organization URL of an app context.
#ifndef APPNOTIFY_DETAIL_URL_PARTS_HPP
#define APPNOTIFY_DETAIL_URL_PARTS_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "../link_policy.hpp"
#include "guid.hpp"
#include "suggest.hpp"
#include "text_checks.hpp"
#include "url_query.hpp"
#include "utf8.hpp"

namespace appnotify::detail {

inline constexpr std::size_t no_position = std::string_view::npos;

/// Where the parts of a link are. Positions index the link as given; a part that is absent has
/// begin == end (and `query_begin` / `fragment_begin` are `no_position`).
struct link_layout {
    link_check policy;
    std::size_t begin = 0, end = 0;              // without leading and trailing spaces and controls
    std::size_t scheme_end = no_position;        // the ':' of an absolute link
    std::size_t authority_begin = no_position;   // http and https: after the slashes
    std::size_t authority_end = no_position;
    std::size_t host_begin = no_position, host_end = no_position;
    std::size_t path_begin = 0, path_end = 0;
    std::size_t query_begin = no_position, query_end = no_position; // after the '?'
    std::size_t fragment_begin = no_position;    // after the '#'; the fragment runs to `end`
    /// The query addresses a model-driven app page: app-relative, main.aspx, or an absolute
    /// http(s) link whose path is /main.aspx.
    bool page_link = false;

    constexpr bool has_query() const noexcept { return query_begin != no_position; }
    constexpr bool has_fragment() const noexcept { return fragment_begin != no_position; }
    constexpr bool has_host() const noexcept { return host_begin != no_position; }
};

constexpr bool is_http_scheme(std::string_view scheme) noexcept { return scheme == "http" || scheme == "https"; }

/// Splits a link that `check_link` classified. Linear, allocation-free.
constexpr link_layout parse_link_layout(std::string_view link) noexcept {
    link_layout r;
    r.policy = check_link(link);
    r.begin = r.policy.offset;
    r.end = link.size();
    while (r.end > r.begin && static_cast<unsigned char>(link[r.end - 1]) <= 0x20) --r.end;
    if (!r.policy.allowed()) return r;
    std::size_t i = r.begin;
    if (r.policy.kind == link_kind::absolute) {
        const std::string_view scheme = r.policy.scheme_name();
        r.scheme_end = raw_index_after(link, r.begin, scheme.size());
        i = r.scheme_end + 1;
        if (is_http_scheme(scheme)) {
            // Special schemes: any run of slashes and backslashes introduces the authority.
            while (i < r.end && (link[i] == '/' || link[i] == '\\' || link[i] == '\t' || link[i] == '\n' || link[i] == '\r'))
                ++i;
            r.authority_begin = i;
            while (i < r.end && link[i] != '/' && link[i] != '\\' && link[i] != '?' && link[i] != '#') ++i;
            r.authority_end = i;
            std::size_t host = r.authority_begin;
            for (std::size_t k = r.authority_begin; k < r.authority_end; ++k)
                if (link[k] == '@') host = k + 1;
            std::size_t host_end = host;
            if (host_end < r.authority_end && link[host_end] == '[') {
                while (host_end < r.authority_end && link[host_end] != ']') ++host_end;
                if (host_end < r.authority_end) ++host_end;
            } else {
                while (host_end < r.authority_end && link[host_end] != ':') ++host_end;
            }
            r.host_begin = host;
            r.host_end = host_end;
        }
    } else if (r.policy.kind == link_kind::fragment) {
        r.path_begin = r.path_end = r.begin;
        r.fragment_begin = skip_url_tabs(link, r.begin) + 1;
        return r;
    }
    r.path_begin = i;
    while (i < r.end && link[i] != '?' && link[i] != '#') ++i;
    r.path_end = i;
    if (i < r.end && link[i] == '?') {
        r.query_begin = i + 1;
        while (i < r.end && link[i] != '#') ++i;
        r.query_end = i;
    }
    if (i < r.end && link[i] == '#') r.fragment_begin = i + 1;
    switch (r.policy.kind) {
    case link_kind::app_relative:
    case link_kind::main_aspx: r.page_link = true; break;
    case link_kind::absolute:
        r.page_link = r.has_host() && equals_ignoring_case(link.substr(r.path_begin, r.path_end - r.path_begin), "/main.aspx");
        break;
    default: break;
    }
    return r;
}

/// Hosts compared the way DNS does: ASCII case-insensitively and ignoring one final dot. Nothing
/// else is folded, so a Unicode host and its punycode form stay different hosts.
constexpr bool same_host(std::string_view a, std::string_view b) noexcept {
    if (!a.empty() && a.back() == '.') a.remove_suffix(1);
    if (!b.empty() && b.back() == '.') b.remove_suffix(1);
    return equals_ignoring_case(a, b);
}

/// A link's host (as written, between the authority's user name and port) compared with a host
/// as a browser reads the link: tabs and newlines removed, percent-escapes decoded, then as
/// `same_host` does.
constexpr bool same_host_as_read(std::string_view written, std::string_view host) noexcept {
    char decoded[256] = {};
    std::size_t n = 0;
    for (std::size_t i = 0; i < written.size();) {
        if (written[i] == '\t' || written[i] == '\n' || written[i] == '\r') {
            ++i;
            continue;
        }
        if (n == sizeof decoded) return false; // longer than any host name
        if (written[i] == '%' && is_percent_escape(written, i)) {
            decoded[n++] = static_cast<char>(hex_value(written[i + 1]) * 16 + hex_value(written[i + 2]));
            i += 3;
        } else {
            decoded[n++] = written[i++];
        }
    }
    return same_host(std::string_view(decoded, n), host);
}

enum class org_url_problem : std::uint8_t {
    none,
    empty,
    not_http,      // no http:// or https:// in front
    no_host,
    has_userinfo,  // user:password@ before the host
    has_query,     // '?' or '#'
    unsafe_character,
};

constexpr std::string_view describe(org_url_problem problem) noexcept {
    switch (problem) {
    case org_url_problem::none: return "valid";
    case org_url_problem::empty: return "it is empty";
    case org_url_problem::not_http: return "it must start with https:// (or http:// for an on-premises server)";
    case org_url_problem::no_host: return "it names no host";
    case org_url_problem::has_userinfo: return "it must not hold a user name or password before the host";
    case org_url_problem::has_query: return "it must not have a query (?) or a fragment (#)";
    case org_url_problem::unsafe_character: return "it holds a space, a control character or a quote";
    }
    return "invalid";
}

/// An organization URL split into scheme, authority (host and port) and path, the path without
/// its trailing slashes.
struct org_url {
    org_url_problem problem = org_url_problem::empty;
    std::string_view scheme, authority, host, path;
    constexpr bool ok() const noexcept { return problem == org_url_problem::none; }
};

constexpr org_url parse_org_url(std::string_view text) noexcept {
    org_url r;
    std::size_t b = 0, e = text.size();
    while (b < e && static_cast<unsigned char>(text[b]) <= 0x20) ++b;
    while (e > b && static_cast<unsigned char>(text[e - 1]) <= 0x20) --e;
    text = text.substr(b, e - b);
    if (text.empty()) return r;
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u == 0x7F || c == '"' || c == '<' || c == '>' || c == '`' || c == '\\') {
            r.problem = org_url_problem::unsafe_character;
            return r;
        }
    }
    std::size_t rest = 0;
    if (equals_ignoring_case(text.substr(0, 8), "https://")) rest = 8;
    else if (equals_ignoring_case(text.substr(0, 7), "http://")) rest = 7;
    else {
        r.problem = org_url_problem::not_http;
        return r;
    }
    r.scheme = text.substr(0, rest - 3);
    std::size_t i = rest;
    while (i < text.size() && text[i] != '/' && text[i] != '?' && text[i] != '#') ++i;
    r.authority = text.substr(rest, i - rest);
    if (r.authority.find('@') != std::string_view::npos) {
        r.problem = org_url_problem::has_userinfo;
        return r;
    }
    if (!r.authority.empty())
        r.host = r.authority.substr(0, r.authority.front() == '[' ? r.authority.find(']') + 1 : r.authority.find(':'));
    if (r.host.empty()) {
        r.problem = org_url_problem::no_host;
        return r;
    }
    std::string_view path = text.substr(i);
    if (path.find('?') != std::string_view::npos || path.find('#') != std::string_view::npos) {
        r.problem = org_url_problem::has_query;
        return r;
    }
    while (!path.empty() && path.back() == '/') path.remove_suffix(1);
    r.path = path;
    r.problem = org_url_problem::none;
    return r;
}

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_URL_PARTS_HPP
