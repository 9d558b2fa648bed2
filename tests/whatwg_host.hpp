// SPDX-License-Identifier: MIT
// The host a browser goes to for an http(s) URL, read as the WHATWG URL Standard reads it, for
// the tests and fuzz harnesses that check that every emitted link leads to the host that was
// checked. Written from the standard, independently of the library's own URL code: the basic
// URL parser with no base URL (the special-scheme states), the host parser with percent-decoding
// and the IPv4 parser. Domain-to-ASCII (IDNA) is not done: a host that needs it is reported as
// not ASCII, for the caller to leave aside.
#ifndef APPNOTIFY_TESTS_WHATWG_HOST_HPP
#define APPNOTIFY_TESTS_WHATWG_HOST_HPP

#include <cstdint>
#include <string>
#include <string_view>

namespace whatwg {

struct host_result {
    /// False when the URL fails to parse (or has no host): a browser goes nowhere.
    bool ok = false;
    /// The host bytes after percent-decoding, ASCII-lowercased; an IPv4 address in dotted form.
    std::string host;
    /// False when the host holds non-ASCII bytes, which a browser maps with IDNA first.
    bool ascii = true;
};

inline bool is_c0_or_space(char c) { return static_cast<unsigned char>(c) <= 0x20; }

inline char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

inline int hex(char c) {
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/// WHATWG "forbidden domain code point" (ASCII part): forbidden host code points, C0 controls,
/// '%' and DEL.
inline bool forbidden_in_domain(unsigned char c) {
    return c <= 0x20 || c == 0x7F || c == '#' || c == '/' || c == ':' || c == '<' || c == '>' || c == '?' ||
           c == '@' || c == '[' || c == '\\' || c == ']' || c == '^' || c == '|' || c == '%';
}

/// The IPv4 number parser: decimal, 0x hexadecimal or 0 octal; false on failure.
inline bool ipv4_number(std::string_view part, std::uint64_t& value) {
    if (part.empty()) return false;
    int radix = 10;
    if (part.size() >= 2 && part[0] == '0' && (part[1] == 'x' || part[1] == 'X')) {
        radix = 16;
        part.remove_prefix(2);
    } else if (part.size() >= 2 && part[0] == '0') {
        radix = 8;
        part.remove_prefix(1);
    }
    value = 0;
    for (const char c : part) {
        const int d = hex(c);
        if (d < 0 || d >= radix) return false;
        value = value * static_cast<std::uint64_t>(radix) + static_cast<std::uint64_t>(d);
        if (value > 0xFFFFFFFFull * 256) value = 0xFFFFFFFFull * 256; // saturate: too large anyway
    }
    return true;
}

/// The host parser on a domain (not an IPv6 address).
inline host_result parse_host(std::string_view input) {
    host_result r;
    if (input.empty()) return r;
    if (input.front() == '[') {
        if (input.size() < 3 || input.back() != ']') return r;
        for (const char c : input.substr(1, input.size() - 2))
            if (!(hex(c) >= 0 || c == ':' || c == '.')) return r;
        r.ok = true;
        for (const char c : input) r.host.push_back(lower(c));
        return r;
    }
    // Percent-decode (a '%' that starts no escape stays), then the domain's code points.
    std::string domain;
    for (std::size_t i = 0; i < input.size(); ++i) {
        if (input[i] == '%' && i + 2 < input.size() && hex(input[i + 1]) >= 0 && hex(input[i + 2]) >= 0) {
            domain.push_back(static_cast<char>(hex(input[i + 1]) * 16 + hex(input[i + 2])));
            i += 2;
        } else {
            domain.push_back(input[i]);
        }
    }
    for (const char c : domain) {
        const auto b = static_cast<unsigned char>(c);
        if (b >= 0x80) r.ascii = false;
        else if (forbidden_in_domain(b)) return r;
    }
    for (char& c : domain) c = lower(c);
    if (!r.ascii) {
        r.ok = true;
        r.host = domain;
        return r;
    }
    // Ends in a number: the IPv4 parser.
    std::string_view last = domain;
    if (!last.empty() && last.back() == '.') last.remove_suffix(1);
    const std::size_t dot = last.rfind('.');
    last = dot == std::string_view::npos ? last : last.substr(dot + 1);
    bool all_digits = !last.empty();
    for (const char c : last) all_digits = all_digits && c >= '0' && c <= '9';
    std::uint64_t ignored = 0;
    const bool ends_in_number =
        all_digits || (last.size() >= 2 && last[0] == '0' && (last[1] == 'x' || last[1] == 'X') && ipv4_number(last, ignored));
    if (!ends_in_number) {
        if (domain.empty()) return r;
        r.ok = true;
        r.host = domain;
        return r;
    }
    std::string_view rest = domain;
    if (!rest.empty() && rest.back() == '.') rest.remove_suffix(1);
    std::uint64_t parts[4] = {};
    std::size_t count = 0;
    while (true) {
        const std::size_t next = rest.find('.');
        const std::string_view part = rest.substr(0, next);
        if (count == 4 || !ipv4_number(part, parts[count])) return r;
        ++count;
        if (next == std::string_view::npos) break;
        rest.remove_prefix(next + 1);
    }
    for (std::size_t i = 0; i + 1 < count; ++i)
        if (parts[i] > 255) return r;
    std::uint64_t limit = 1;
    for (std::size_t i = 0; i < 5 - count; ++i) limit *= 256;
    if (parts[count - 1] >= limit) return r;
    std::uint64_t address = parts[count - 1];
    for (std::size_t i = 0; i + 1 < count; ++i) address += parts[i] << (8 * (3 - i));
    r.ok = true;
    r.host = std::to_string(address >> 24) + "." + std::to_string((address >> 16) & 255) + "." +
             std::to_string((address >> 8) & 255) + "." + std::to_string(address & 255);
    return r;
}

/// The host of `url` when it is an http or https URL that parses, read with no base URL.
inline host_result http_host(std::string_view url) {
    host_result none;
    while (!url.empty() && is_c0_or_space(url.front())) url.remove_prefix(1);
    while (!url.empty() && is_c0_or_space(url.back())) url.remove_suffix(1);
    std::string text;
    for (const char c : url)
        if (c != '\t' && c != '\n' && c != '\r') text.push_back(c);
    // The scheme: an ASCII letter, then letters, digits, '+', '-', '.', then ':'.
    std::size_t i = 0;
    const auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    if (text.empty() || !alpha(text[0])) return none;
    while (i < text.size() && (alpha(text[i]) || (text[i] >= '0' && text[i] <= '9') || text[i] == '+' ||
                               text[i] == '-' || text[i] == '.'))
        ++i;
    if (i >= text.size() || text[i] != ':') return none;
    std::string scheme;
    for (std::size_t k = 0; k < i; ++k) scheme.push_back(lower(text[k]));
    if (scheme != "http" && scheme != "https") return none;
    ++i;
    // Special authority slashes, then "ignore slashes": any run of '/' and '\'.
    while (i < text.size() && (text[i] == '/' || text[i] == '\\')) ++i;
    // The authority runs to '/', '\', '?' or '#'; credentials end at its last '@'.
    std::size_t end = i;
    while (end < text.size() && text[end] != '/' && text[end] != '\\' && text[end] != '?' && text[end] != '#') ++end;
    std::string_view authority = std::string_view(text).substr(i, end - i);
    const std::size_t at = authority.rfind('@');
    if (at != std::string_view::npos) authority.remove_prefix(at + 1);
    // The host, then an optional port (':' outside brackets).
    std::size_t host_end = 0;
    bool inside_brackets = false;
    while (host_end < authority.size()) {
        const char c = authority[host_end];
        if (c == '[') inside_brackets = true;
        if (c == ']') inside_brackets = false;
        if (c == ':' && !inside_brackets) break;
        ++host_end;
    }
    const std::string_view host = authority.substr(0, host_end);
    if (host_end < authority.size()) {
        const std::string_view port = authority.substr(host_end + 1);
        std::uint64_t value = 0;
        for (const char c : port) {
            if (c < '0' || c > '9') return none;
            value = value * 10 + static_cast<std::uint64_t>(c - '0');
            if (value > 65535) return none;
        }
    }
    if (host.empty()) return none;
    return parse_host(host);
}

} // namespace whatwg

#endif // APPNOTIFY_TESTS_WHATWG_HOST_HPP
