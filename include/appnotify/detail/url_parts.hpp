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
        // The query is most of a page link: memchr finds its end, not a loop over its bytes.
        i = link.substr(0, r.end).find('#', i);
        if (i == std::string_view::npos) i = r.end;
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

constexpr bool is_ascii_alnum(char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/// What is wrong with a host name standing alone (a Graph notification's targetHostName).
enum class host_name_problem : std::uint8_t {
    none,
    is_url,             // "https://host/...": a URL where the host alone belongs
    forbidden,          // a character no host can hold (URL delimiters, spaces, controls, invisible characters)
    unusual,            // a character a host name (letters, digits, '-', '.') does not hold, such as '_' or 'é'
    empty_label,        // ".host", "a..b"
    long_label,         // a label over 63 characters
    too_long,           // over 253 characters
};

struct host_name_check {
    host_name_problem problem = host_name_problem::none;
    std::size_t at = 0; // the character, or the start of the label, concerned
    std::size_t length = 0;
};

/// Checks `name` as a host name. What makes it no host at all (WHATWG's forbidden domain code
/// points, C1 controls and invisible format characters) comes first, then what DNS host names do
/// not hold.
constexpr host_name_check check_host_name(std::string_view name) noexcept {
    const std::size_t scheme = name.find("://");
    if (scheme != std::string_view::npos) return {host_name_problem::is_url, 0, scheme + 3};
    host_name_check unusual;
    for (std::size_t i = 0; i < name.size();) {
        const auto b = static_cast<unsigned char>(name[i]);
        if (b < 0x80) {
            const char c = name[i];
            if (b <= 0x20 || b == 0x7F || c == '#' || c == '/' || c == ':' || c == '<' || c == '>' || c == '?' ||
                c == '@' || c == '[' || c == '\\' || c == ']' || c == '^' || c == '|' || c == '%')
                return {host_name_problem::forbidden, i, 1};
            if (!(is_ascii_alnum(c) || c == '-' || c == '.') && unusual.problem == host_name_problem::none)
                unusual = {host_name_problem::unusual, i, 1};
            ++i;
            continue;
        }
        const utf8_decoded d = decode_utf8(name, i);
        if (d.error != utf8_error::none || is_hidden_character(d.code_point)) return {host_name_problem::forbidden, i, d.length};
        if (unusual.problem == host_name_problem::none) unusual = {host_name_problem::unusual, i, d.length};
        i += d.length;
    }
    if (unusual.problem != host_name_problem::none) return unusual;
    std::string_view labels = name;
    if (!labels.empty() && labels.back() == '.') labels.remove_suffix(1); // a fully qualified name
    for (std::size_t begin = 0; begin <= labels.size();) {
        std::size_t end = labels.find('.', begin);
        if (end == std::string_view::npos) end = labels.size();
        if (end == begin) return {host_name_problem::empty_label, begin, 0};
        if (end - begin > 63) return {host_name_problem::long_label, begin, end - begin};
        begin = end + 1;
    }
    if (labels.size() > 253) return {host_name_problem::too_long, 253, labels.size() - 253};
    return {};
}

enum class org_url_problem : std::uint8_t {
    none,
    empty,
    not_http,      // no http:// or https:// in front
    no_host,
    has_userinfo,  // user:password@ before the host
    has_query,     // '?' or '#'
    unsafe_character,
    not_ascii,     // a host or path in Unicode (or bidi controls, look-alikes...)
    invalid_host,  // not a host name, an IPv4 address or a bracketed IPv6 address (*, %00, _...)
    invalid_port,  // not 1 to 65535
    invalid_path,  // a character or an escape a path of the organization does not hold
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
    case org_url_problem::not_ascii:
        return "it holds characters outside ASCII: write an international host name in its xn-- form";
    case org_url_problem::invalid_host:
        return "its host must be a host name (letters, digits, '-' and '.'), an IPv4 address or an IPv6 address in "
               "brackets";
    case org_url_problem::invalid_port: return "its port must be a number from 1 to 65535";
    case org_url_problem::invalid_path:
        return "its path may hold only letters, digits, '-', '.', '_', '~', '/' and escapes of printable characters";
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


/// A host an organization can have, as every reader (browsers, Content-Security-Policy) reads it
/// alike: dot-separated labels of letters, digits and inner hyphens (a final dot allowed), a
/// dotted IPv4 address when the last label is a number, or an IPv6 address in brackets.
constexpr bool is_plain_host(std::string_view host) noexcept {
    if (host.empty()) return false;
    if (host.front() == '[') {
        if (host.size() < 4 || host.back() != ']') return false;
        for (const char c : host.substr(1, host.size() - 2))
            if (!(is_hex_digit(c) || c == ':' || c == '.')) return false;
        return true;
    }
    if (host.back() == '.') host.remove_suffix(1);
    std::size_t labels = 0;
    bool last_numeric = false;
    std::size_t numeric_labels = 0;
    for (std::size_t begin = 0; begin <= host.size(); ++labels) {
        std::size_t end = host.find('.', begin);
        if (end == std::string_view::npos) end = host.size();
        const std::string_view label = host.substr(begin, end - begin);
        if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') return false;
        bool numeric = true;
        for (const char c : label) {
            if (!(is_ascii_alnum(c) || c == '-')) return false;
            numeric = numeric && c >= '0' && c <= '9';
        }
        if (numeric) ++numeric_labels;
        last_numeric = numeric;
        begin = end + 1;
    }
    // Browsers read a host whose last label is a number as an IPv4 address: four numbers to 255.
    if (!last_numeric) return true;
    if (labels != 4 || numeric_labels != 4) return false;
    for (std::size_t begin = 0; begin < host.size();) {
        std::size_t end = host.find('.', begin);
        if (end == std::string_view::npos) end = host.size();
        if (end - begin > 3) return false;
        unsigned value = 0;
        for (std::size_t k = begin; k < end; ++k) value = value * 10 + static_cast<unsigned>(host[k] - '0');
        if (value > 255) return false;
        begin = end + 1;
    }
    return true;
}

/// The path of an organization URL: letters, digits, '-', '.', '_', '~', '/' and percent-escapes
/// of printable ASCII characters.
constexpr bool is_plain_org_path(std::string_view path) noexcept {
    for (std::size_t i = 0; i < path.size(); ++i) {
        const char c = path[i];
        if (is_ascii_alnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') continue;
        if (c != '%' || !is_percent_escape(path, i)) return false;
        const int value = hex_value(path[i + 1]) * 16 + hex_value(path[i + 2]);
        if (value <= 0x20 || value >= 0x7F) return false;
        i += 2;
    }
    return true;
}

/// Reads an organization URL: http(s)://, a plain host (is_plain_host), an optional port from 1 to
/// 65535 and a plain path. Whatever else it holds is refused with the reason, so that what is
/// written out from it (resolved links, a Content-Security-Policy) means what it says.
constexpr org_url parse_org_url(std::string_view text) noexcept {
    org_url r;
    std::size_t b = 0, e = text.size();
    while (b < e && static_cast<unsigned char>(text[b]) <= 0x20) ++b;
    while (e > b && static_cast<unsigned char>(text[e - 1]) <= 0x20) --e;
    text = text.substr(b, e - b);
    if (text.empty()) return r;
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u == 0x7F || c == '"' || c == '\'' || c == '<' || c == '>' || c == '`' || c == '\\') {
            r.problem = org_url_problem::unsafe_character;
            return r;
        }
    }
    for (const char c : text)
        if (static_cast<unsigned char>(c) >= 0x80) {
            r.problem = org_url_problem::not_ascii;
            return r;
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
    std::string_view port;
    if (!r.authority.empty()) {
        const std::size_t close = r.authority.front() == '[' ? r.authority.find(']') : 0;
        const std::size_t colon = r.authority.find(':', close == std::string_view::npos ? r.authority.size() : close);
        r.host = r.authority.substr(0, colon);
        if (colon != std::string_view::npos) port = r.authority.substr(colon + 1);
        if (colon != std::string_view::npos && port.empty()) port = ":"; // "host:" names no port
    }
    if (r.host.empty()) {
        r.problem = org_url_problem::no_host;
        return r;
    }
    std::string_view path = text.substr(i);
    if (path.find('?') != std::string_view::npos || path.find('#') != std::string_view::npos) {
        r.problem = org_url_problem::has_query;
        return r;
    }
    if (!is_plain_host(r.host)) {
        r.problem = org_url_problem::invalid_host;
        return r;
    }
    if (!port.empty()) {
        unsigned value = 0;
        bool digits = port.size() <= 5;
        for (const char c : port) {
            digits = digits && c >= '0' && c <= '9';
            if (digits) value = value * 10 + static_cast<unsigned>(c - '0');
        }
        if (!digits || value == 0 || value > 65535) {
            r.problem = org_url_problem::invalid_port;
            return r;
        }
    }
    if (!is_plain_org_path(path)) {
        r.problem = org_url_problem::invalid_path;
        return r;
    }
    while (!path.empty() && path.back() == '/') path.remove_suffix(1);
    r.path = path;
    r.problem = org_url_problem::none;
    return r;
}

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_URL_PARTS_HPP
