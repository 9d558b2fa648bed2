// SPDX-License-Identifier: MIT
// appnotify: the one link policy. Every link the library renders or checks (markdown links,
// URL actions, icon URLs) is classified here; only the kinds below are ever emitted as links.
#ifndef APPNOTIFY_LINK_POLICY_HPP
#define APPNOTIFY_LINK_POLICY_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "detail/suggest.hpp"
#include "detail/utf8.hpp"

namespace appnotify {

enum class link_kind : std::uint8_t {
    app_relative,  // ?pagetype=entityrecord&etn=incident&id=...
    main_aspx,     // main.aspx?... or /main.aspx?...
    root_relative, // /WebResources/...
    absolute,      // http:, https:, mailto:, tel:
    fragment,      // #section
    refused,
};

enum class link_refusal : std::uint8_t {
    none,
    empty,             // nothing but whitespace
    dangerous_scheme,  // javascript:, vbscript:, data:, file: (however disguised)
    unknown_scheme,    // any other scheme (ms-settings:, livescript:, ftp:...)
    protocol_relative, // //host or \\host: leaves the app for another host
    relative_path,     // page.htm, ../x: meaningless outside a known base
    unclear_host,      // https:\\evil, https://org\@evil, https://user@host, https:host: readers disagree on the host
};

[[nodiscard]] constexpr std::string_view to_string(link_kind kind) noexcept {
    switch (kind) {
    case link_kind::app_relative: return "app-relative";
    case link_kind::main_aspx: return "main.aspx";
    case link_kind::root_relative: return "root-relative";
    case link_kind::absolute: return "absolute";
    case link_kind::fragment: return "fragment";
    case link_kind::refused: return "refused";
    }
    return "refused";
}

[[nodiscard]] constexpr std::string_view to_string(link_refusal refusal) noexcept {
    switch (refusal) {
    case link_refusal::none: return "allowed";
    case link_refusal::empty: return "the link is empty";
    case link_refusal::dangerous_scheme: return "the scheme can run code or read local files";
    case link_refusal::unknown_scheme: return "only http, https, mailto and tel links are allowed";
    case link_refusal::protocol_relative: return "a link starting with // leaves the app for another host";
    case link_refusal::relative_path:
        return "a relative path has no meaning outside the page it was written for; start it with / or ?";
    case link_refusal::unclear_host:
        return "browsers can read another host than the one it seems to name: write http:// or https://, the host "
               "and '/', with no backslash and no user name";
    }
    return "refused";
}

struct link_check {
    link_kind kind = link_kind::refused;
    link_refusal refusal = link_refusal::none;
    /// The scheme as the browser would see it, lowercased (without ':'), for absolute and
    /// scheme-refused links; up to 32 characters.
    char scheme[33] = {};
    /// Where the link starts once leading spaces and control characters are stripped, as
    /// browsers strip them.
    std::size_t offset = 0;

    constexpr bool allowed() const noexcept { return kind != link_kind::refused; }
    constexpr std::string_view scheme_name() const noexcept {
        std::size_t n = 0;
        while (n < sizeof scheme && scheme[n] != '\0') ++n;
        return {scheme, n};
    }
};

namespace detail {

/// Decodes one character of a disguised scheme at `text[i]`: a percent escape (%3A), an HTML
/// character reference (&#58; &#x3a; &colon; &Tab;...), or the byte itself. Returns the decoded
/// code point and advances `i`.
constexpr char32_t decode_disguised(std::string_view text, std::size_t& i) noexcept {
    const auto hex = [](char c) -> int {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    };
    const char c = text[i];
    if (c == '%' && i + 2 < text.size() && hex(text[i + 1]) >= 0 && hex(text[i + 2]) >= 0) {
        const char32_t v = static_cast<char32_t>(hex(text[i + 1]) * 16 + hex(text[i + 2]));
        i += 3;
        return v;
    }
    if (c == '&' && i + 1 < text.size()) {
        std::size_t j = i + 1;
        if (text[j] == '#') {
            ++j;
            const bool is_hex = j < text.size() && (text[j] == 'x' || text[j] == 'X');
            if (is_hex) ++j;
            char32_t v = 0;
            std::size_t digits = 0;
            while (j < text.size() && digits < 8) {
                const int d = is_hex ? hex(text[j]) : (text[j] >= '0' && text[j] <= '9' ? text[j] - '0' : -1);
                if (d < 0) break;
                v = v * (is_hex ? 16 : 10) + static_cast<char32_t>(d);
                ++j;
                ++digits;
            }
            if (digits != 0) {
                if (j < text.size() && text[j] == ';') ++j; // browsers accept a missing ';'
                i = j;
                return v;
            }
        } else {
            // The named references that can spell a scheme separator or hide whitespace.
            constexpr std::string_view names[] = {"colon", "Tab", "NewLine", "nbsp", "sol", "bsol", "period"};
            constexpr char32_t values[] = {':', '\t', '\n', 0xA0, '/', '\\', '.'};
            for (std::size_t k = 0; k < sizeof names / sizeof names[0]; ++k) {
                const std::string_view n = names[k];
                if (text.substr(j, n.size()) == n) {
                    std::size_t end = j + n.size();
                    if (end < text.size() && text[end] == ';') ++end;
                    i = end;
                    return values[k];
                }
            }
        }
    }
    ++i;
    return static_cast<unsigned char>(c);
}

constexpr bool is_ignorable_in_scheme(char32_t c) noexcept {
    // C0 controls and space (stripped or skipped by browsers and by the decoders of old ones),
    // DEL, NBSP and the zero-width characters that make a word look unbroken.
    return c <= 0x20 || c == 0x7F || c == 0xA0 || (c >= 0x200B && c <= 0x200D) || c == 0xFEFF;
}

/// Skips the tabs and newlines browsers remove from anywhere in a URL.
constexpr std::size_t skip_url_tabs(std::string_view text, std::size_t i) noexcept {
    while (i < text.size() && (text[i] == '\t' || text[i] == '\n' || text[i] == '\r')) ++i;
    return i;
}

/// True when `text` from `from` reads `prefix` (ASCII case-insensitively) the way a browser reads
/// it: with tabs and newlines removed, and nothing decoded.
constexpr bool raw_starts_with(std::string_view text, std::size_t from, std::string_view prefix) noexcept {
    std::size_t k = 0;
    for (std::size_t i = skip_url_tabs(text, from); i < text.size() && k < prefix.size(); i = skip_url_tabs(text, i + 1)) {
        if (ascii_lower(text[i]) != ascii_lower(prefix[k])) return false;
        ++k;
    }
    return k == prefix.size();
}

/// The index of the character after `prefix` once `raw_starts_with(text, from, prefix)` holds
/// (`text.size()` at the end).
constexpr std::size_t raw_index_after(std::string_view text, std::size_t from, std::size_t prefix_size) noexcept {
    std::size_t i = skip_url_tabs(text, from);
    for (std::size_t k = 0; k < prefix_size && i < text.size(); ++k) i = skip_url_tabs(text, i + 1);
    return i;
}

/// Where an http or https link, whose scheme ends with the ':' at `colon`, writes its host in a
/// way that URL parsers read differently, or `npos` when it is written plainly as `//host`: the
/// position of what stands where one of the two slashes belongs (without them, a browser takes
/// the host from the page the link is on), of a backslash among the slashes or ending the
/// authority (browsers read it as '/'; escaped as %5C it becomes part of a user name), or of an
/// '@' in the authority (the host is what follows it, not the name a reader sees first).
constexpr std::size_t unclear_authority(std::string_view link, std::size_t colon) noexcept {
    std::size_t i = colon + 1;
    for (int slash = 0; slash < 2; ++slash) {
        i = skip_url_tabs(link, i);
        if (i >= link.size() || link[i] != '/') return i < link.size() ? i : colon;
        ++i;
    }
    while (i < link.size() && (link[i] == '/' || link[i] == '\\' || link[i] == '\t' || link[i] == '\n' || link[i] == '\r')) {
        if (link[i] == '\\') return i;
        ++i;
    }
    for (; i < link.size(); ++i) {
        const char c = link[i];
        if (c == '\\' || c == '@') return i;
        if (c == '/' || c == '?' || c == '#') break;
    }
    return std::string_view::npos;
}

/// The bytes of a link's start that the decoding rounds of `decode_link_lead` look at.
inline constexpr std::size_t scheme_window = 256;

/// The leading part of a link as `check_link` reads its kind from it, written to `lead`; returns
/// its length.
constexpr std::size_t decode_link_lead(std::string_view destination, char (&lead)[64]) noexcept {
    // Decode the leading part repeatedly (%26%2358%3B is "&#58;" is ":"), keeping what matters to
    // the scheme: letters, digits, '+', '-', '.', and the first ':' or '/' '\' '?' '#'.
    std::size_t n = 0;
    {
        std::string_view text = destination;
        char buffer[2][scheme_window] = {};
        int which = 0;
        for (int round = 0; round < 4; ++round) {
            std::size_t i = 0, out = 0;
            bool changed = false;
            // Ignorable characters are dropped here rather than kept in the window: however many
            // tabs or invisible characters a link holds, the window sees what follows them
            // (a browser removes tabs and newlines, so "/<300 tabs>/host" is "//host").
            while (i < text.size() && out < sizeof buffer[0]) {
                const std::size_t before = i;
                char32_t c = 0;
                if (static_cast<unsigned char>(text[i]) >= 0x80) {
                    const utf8_decoded d = decode_utf8(text, i);
                    c = d.error == utf8_error::none ? d.code_point : 0x80;
                    i += d.length;
                } else {
                    c = decode_disguised(text, i);
                    if (i - before != 1 || c != static_cast<unsigned char>(text[before])) changed = true;
                }
                if (is_ignorable_in_scheme(c)) {
                    changed = true;
                    continue;
                }
                buffer[which][out++] = c < 0x80 ? static_cast<char>(c) : static_cast<char>(0x80); // non-ASCII marker
                // What decides the kind is all here once the link starts with '?' or '#', or a
                // separator that no escape can be part of has come after two characters: the
                // rest of the link need not be decoded.
                const char last = buffer[which][out - 1];
                if (out >= 2 && (buffer[which][0] == '?' || buffer[which][0] == '#' || last == ':' || last == '/' ||
                                 last == '\\' || last == '?'))
                    break;
            }
            text = std::string_view(buffer[which], out);
            which ^= 1;
            if (!changed) break;
        }
        for (std::size_t i = 0; i < text.size() && n < sizeof lead; ++i) {
            const char c = text[i];
            if (is_ignorable_in_scheme(static_cast<unsigned char>(c))) {
                // Whitespace before anything else is stripped; inside a would-be scheme it is
                // removed the way old browsers did, which is what attackers rely on.
                continue;
            }
            lead[n++] = c;
        }
    }
    return n;
}

/// The length of the leading part of `destination` when it is written plainly (printable ASCII,
/// without '%' or '&', up to where `decode_link_lead` stops looking): then decoding changes
/// nothing, and the leading part is the link's first bytes (at most 64 of them). `npos` when it is
/// not plain, and must be decoded.
constexpr std::size_t plain_link_lead(std::string_view destination) noexcept {
    std::size_t out = 0;
    while (out < destination.size() && out < scheme_window) {
        const char c = destination[out];
        const auto b = static_cast<unsigned char>(c);
        if (b <= 0x20 || b >= 0x7F || c == '%' || c == '&') return std::string_view::npos;
        ++out;
        // As decode_link_lead: the kind is decided once a separator no escape can be part of has come.
        if (out >= 2 && (destination[0] == '?' || destination[0] == '#' || c == ':' || c == '/' || c == '\\' || c == '?'))
            break;
    }
    return out < 64 ? out : 64;
}

} // namespace detail

/// Classifies a link destination (the text of a JSON string or a markdown destination after its
/// own unescaping). Scheme detection sees through case, leading whitespace and control
/// characters, percent-encoding and HTML character references, repeatedly, so that
/// `JaVaScRiPt:`, ` \x01javascript:`, `java&#x09;script:`, `javascript&colon;` and
/// `javascript%3A` are all refused. The kind of an allowed link is then read from the text itself,
/// as a browser reads it: `%3Fpagetype=...` or `&#104;ttps://...` are relative paths, not an
/// app-relative or an https link, and are refused.
[[nodiscard]] constexpr link_check check_link(std::string_view destination) noexcept {
    link_check r;
    // Decode the leading part repeatedly (%26%2358%3B is "&#58;" is ":"), keeping what matters to
    // the scheme, unless it is written plainly (as nearly every link is).
    char lead[64] = {};
    const std::size_t plain = detail::plain_link_lead(destination);
    const std::string_view head = plain != std::string_view::npos
                                      ? destination.substr(0, plain)
                                      : std::string_view(lead, detail::decode_link_lead(destination, lead));
    while (r.offset < destination.size() && static_cast<unsigned char>(destination[r.offset]) <= 0x20) ++r.offset;
    if (head.empty()) {
        r.refusal = link_refusal::empty;
        return r;
    }
    // A scheme: a letter, then letters, digits, '+', '-' or '.', then ':'.
    std::size_t colon = 0;
    const auto is_alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    if (is_alpha(head[0])) {
        std::size_t i = 1;
        while (i < head.size() && (is_alpha(head[i]) || (head[i] >= '0' && head[i] <= '9') || head[i] == '+' ||
                                   head[i] == '-' || head[i] == '.'))
            ++i;
        if (i < head.size() && head[i] == ':') colon = i;
    }
    if (colon != 0) {
        for (std::size_t i = 0; i < colon && i < 32; ++i) r.scheme[i] = detail::ascii_lower(head[i]);
        const std::string_view scheme = r.scheme_name();
        if (scheme == "http" || scheme == "https" || scheme == "mailto" || scheme == "tel") {
            // Allowed only when written plainly: a scheme spelled with escapes or hidden
            // characters is a relative path to a browser, and a trick to anyone else.
            const std::size_t after = detail::raw_index_after(destination, r.offset, scheme.size());
            if (!(detail::raw_starts_with(destination, r.offset, scheme) && after < destination.size() &&
                  destination[after] == ':'))
                r.refusal = link_refusal::relative_path;
            else if ((scheme == "http" || scheme == "https") &&
                     detail::unclear_authority(destination, after) != std::string_view::npos)
                r.refusal = link_refusal::unclear_host;
            else
                r.kind = link_kind::absolute;
            return r;
        }
        r.refusal = scheme == "javascript" || scheme == "vbscript" || scheme == "data" || scheme == "file" ||
                            scheme == "livescript" || scheme == "mocha"
                        ? link_refusal::dangerous_scheme
                        : link_refusal::unknown_scheme;
        return r;
    }
    const char first = head[0];
    const char second = head.size() > 1 ? head[1] : '\0';
    if ((first == '/' || first == '\\') && (second == '/' || second == '\\')) {
        r.refusal = link_refusal::protocol_relative;
        return r;
    }
    const std::size_t at = detail::skip_url_tabs(destination, r.offset);
    const char raw_first = at < destination.size() ? destination[at] : '\0';
    std::size_t end = destination.size();
    while (end > at && static_cast<unsigned char>(destination[end - 1]) <= 0x20) --end;
    const auto ends_path = [&](std::size_t i) { return i >= end || destination[i] == '?' || destination[i] == '#'; };
    if (raw_first == '?') r.kind = link_kind::app_relative;
    else if (raw_first == '#') r.kind = link_kind::fragment;
    else if (detail::raw_starts_with(destination, at, "/main.aspx") &&
             ends_path(detail::raw_index_after(destination, at, 10)))
        r.kind = link_kind::main_aspx;
    else if (raw_first == '/') r.kind = link_kind::root_relative;
    else if (detail::raw_starts_with(destination, at, "main.aspx") && ends_path(detail::raw_index_after(destination, at, 9)))
        r.kind = link_kind::main_aspx;
    else r.refusal = link_refusal::relative_path;
    return r;
}

/// The hook through which renderers turn an allowed link destination into the href they emit.
/// The markdown renderers call it for every link the policy allows; the app-link resolver
/// (links.hpp) implements it to emit absolute URLs for an organization and app. Without one,
/// the destination itself is the href.
class link_rewriter {
public:
    /// Appends the href for `destination` (which `check` allowed) to `href`, or returns false to
    /// refuse the link after all: it is then rendered as plain text.
    virtual bool rewrite(std::string_view destination, const link_check& check, std::string& href) const = 0;

protected:
    link_rewriter() = default;
    link_rewriter(const link_rewriter&) = default;
    link_rewriter& operator=(const link_rewriter&) = default;
    ~link_rewriter() = default;
};

} // namespace appnotify

#endif // APPNOTIFY_LINK_POLICY_HPP
