// SPDX-License-Identifier: MIT
// Checks of the markdown renderers' output that hold for every input: the HTML is well formed and
// uses only the subset's tags and attributes with allowed links; the terminal output holds no
// control character but newline, tab and the renderer's own escape sequences. Shared by the test
// suite and the fuzz harnesses (fuzz/fuzz_markdown_*.cpp).
#ifndef APPNOTIFY_TEST_MARKDOWN_OUTPUT_CHECK_HPP
#define APPNOTIFY_TEST_MARKDOWN_OUTPUT_CHECK_HPP

#include <appnotify/appnotify.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace markdown_test {

/// The href rule of the corpora's check_html.py: after WHATWG pre-processing (strip leading and
/// trailing C0 controls and spaces, remove tabs and newlines) a scheme must be http, https,
/// mailto or tel, and a relative URL must not be network-path (// or \\).
inline std::string href_problem(std::string_view href) {
    std::string s;
    for (const char c : href)
        if (c != '\t' && c != '\n' && c != '\r') s.push_back(c);
    while (!s.empty() && static_cast<unsigned char>(s.front()) <= 0x20) s.erase(s.begin());
    while (!s.empty() && static_cast<unsigned char>(s.back()) <= 0x20) s.pop_back();
    std::size_t i = 0;
    const auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    if (!s.empty() && alpha(s[0])) {
        i = 1;
        while (i < s.size() && (alpha(s[i]) || (s[i] >= '0' && s[i] <= '9') || s[i] == '+' || s[i] == '.' || s[i] == '-')) ++i;
        if (i < s.size() && s[i] == ':') {
            std::string scheme;
            for (std::size_t k = 0; k < i; ++k) scheme.push_back(static_cast<char>(s[k] | 0x20));
            if (scheme == "http" || scheme == "https" || scheme == "mailto" || scheme == "tel") return {};
            return "scheme " + scheme;
        }
    }
    for (char& c : s)
        if (c == '\\') c = '/';
    if (s.size() >= 2 && s[0] == '/' && s[1] == '/') return "network-path URL";
    return {};
}

/// Decodes the character references the HTML renderer writes in text and attributes.
inline std::string html_unescape(std::string_view text, std::string* problem) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '&') {
            out.push_back(text[i]);
            continue;
        }
        const std::string_view rest = text.substr(i);
        const std::pair<std::string_view, char> known[] = {{"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#x27;", '\''}};
        bool found = false;
        for (const auto& k : known)
            if (rest.substr(0, k.first.size()) == k.first) {
                out.push_back(k.second);
                i += k.first.size() - 1;
                found = true;
                break;
            }
        if (!found && problem != nullptr && problem->empty()) *problem = "a bare '&' in the HTML";
    }
    return out;
}

/// An empty string when `html` is safe and well formed, else what is wrong. `class_prefix` and
/// `new_window` allow the attributes those options add.
inline std::string html_problem(std::string_view html, bool allow_extras = false) {
    std::vector<std::string> open;
    std::string problem;
    std::size_t i = 0;
    while (i < html.size() && problem.empty()) {
        const char c = html[i];
        if (c == '>') return "a bare '>' in the HTML";
        if (c != '<') {
            const std::size_t next = html.find('<', i);
            const std::size_t end = next == std::string_view::npos ? html.size() : next;
            html_unescape(html.substr(i, end - i), &problem);
            if (html.substr(i, end - i).find('>') != std::string_view::npos) problem = "a bare '>' in text";
            i = end;
            continue;
        }
        const std::size_t close = html.find('>', i);
        if (close == std::string_view::npos) return "an unterminated tag";
        std::string_view tag = html.substr(i + 1, close - i - 1);
        i = close + 1;
        if (!tag.empty() && tag[0] == '/') {
            const std::string name(tag.substr(1));
            if (open.empty() || open.back() != name) return "</" + name + "> closes nothing open";
            open.pop_back();
            continue;
        }
        const bool self_closing = !tag.empty() && tag.back() == '/';
        if (self_closing) tag.remove_suffix(1);
        std::size_t n = 0;
        while (n < tag.size() && tag[n] != ' ') ++n;
        const std::string name(tag.substr(0, n));
        if (name != "p" && name != "em" && name != "strong" && name != "a" && name != "ul" && name != "ol" && name != "li" &&
            name != "br")
            return "tag <" + name + ">";
        if (self_closing != (name == "br")) return "<" + name + "> closing itself";
        if (name == "a")
            for (const std::string& outer : open)
                if (outer == "a") return "a link inside a link";
        // attributes: name="value", values escaped (no '"' inside)
        std::size_t k = n;
        while (k < tag.size()) {
            if (tag[k] == ' ') {
                ++k;
                continue;
            }
            const std::size_t eq = tag.find("=\"", k);
            if (eq == std::string_view::npos) return "a malformed attribute in <" + name + ">";
            const std::string attribute(tag.substr(k, eq - k));
            const std::size_t end = tag.find('"', eq + 2);
            if (end == std::string_view::npos) return "an unterminated attribute value";
            const std::string value = html_unescape(tag.substr(eq + 2, end - eq - 2), &problem);
            k = end + 1;
            const bool allowed = (name == "a" && (attribute == "href" || attribute == "title")) ||
                                 (name == "ol" && attribute == "start") ||
                                 (allow_extras && (attribute == "class" || (name == "a" && (attribute == "target" || attribute == "rel"))));
            if (!allowed) return "attribute " + name + "." + attribute;
            if (attribute == "href") {
                const std::string p = href_problem(value);
                if (!p.empty()) return "href " + p + ": " + value;
            }
            if (attribute == "start" && (value.empty() || value.size() > 9 || value.find_first_not_of("0123456789") != std::string::npos))
                return "ol start=" + value;
        }
        if (name != "br") open.push_back(name);
    }
    if (!problem.empty()) return problem;
    if (!open.empty()) return "<" + open.back() + "> is never closed";
    return {};
}

/// An empty string when the terminal output holds no control character but newline, tab and
/// (when `ansi`) the renderer's own SGR 1/22/3/23 and OSC 8 sequences, and no C1 control, DEL,
/// bidi embedding, override or isolate character, line separator or invisible format character
/// (bidi marks and joiners may stay: right-to-left text and emoji sequences need them); and when
/// every OSC 8 hyperlink is closed on the line it opens on, none opening inside another.
inline std::string terminal_problem(std::string_view out, bool ansi) {
    std::size_t i = 0;
    bool hyperlink = false;
    while (i < out.size()) {
        const auto b = static_cast<unsigned char>(out[i]);
        if (b == '\n' && hyperlink) return "a hyperlink across a line break";
        if (b == '\n' || b == '\t') {
            ++i;
            continue;
        }
        if (b == 0x1B) {
            if (!ansi) return "ESC in plain text";
            const std::string_view rest = out.substr(i);
            bool ok = false;
            for (const std::string_view sgr : {"\x1b[1m", "\x1b[22m", "\x1b[3m", "\x1b[23m"})
                if (rest.substr(0, sgr.size()) == sgr) {
                    i += sgr.size();
                    ok = true;
                    break;
                }
            if (ok) continue;
            if (rest.substr(0, 5) == "\x1b]8;;") {
                std::size_t j = 5;
                while (j < rest.size() && rest[j] >= 0x21 && rest[j] <= 0x7E) ++j;
                if (rest.substr(j, 2) == "\x1b\\") {
                    const bool opens = j != 5;
                    if (opens && hyperlink) return "a hyperlink inside a hyperlink";
                    if (!opens && !hyperlink) return "a hyperlink closed where none is open";
                    hyperlink = opens;
                    i += j + 2;
                    continue;
                }
            }
            return "an escape sequence the renderer does not write";
        }
        if (b < 0x20 || b == 0x7F) return "control character " + std::to_string(b);
        if (b >= 0x80) {
            const auto d = appnotify::detail::decode_utf8(out, i);
            if (d.error != appnotify::detail::utf8_error::none) return "invalid UTF-8";
            const char32_t cp = d.code_point;
            if (cp <= 0x9F) return "C1 control";
            if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) return "bidi control";
            if (cp == 0x2028 || cp == 0x2029) return "line separator";
            if (cp == 0xAD || cp == 0x180E || cp == 0x200B || (cp >= 0x2060 && cp <= 0x2064) || (cp >= 0x206A && cp <= 0x206F) ||
                cp == 0xFEFF || (cp >= 0xFFF9 && cp <= 0xFFFB) || (cp >= 0xE0000 && cp <= 0xE007F))
                return "invisible character";
            i += d.length;
            continue;
        }
        ++i;
    }
    if (hyperlink) return "a hyperlink never closed";
    return {};
}

/// The links a markdown text renders, as the event interface gives them, with their text.
class link_recorder {
public:
    struct link {
        std::string href, text;
    };
    std::vector<link> links;
    bool soft_break_is_space = false; // as the terminal outputs read a soft break when wrapping

    void enter_block(const appnotify::markdown_block&) {}
    void leave_block(const appnotify::markdown_block&) {}
    void enter_span(const appnotify::markdown_span& s) {
        if (s.type != appnotify::markdown_span_type::link) return;
        links.push_back({std::string(s.href), {}});
        in_link_ = true;
    }
    void leave_span(const appnotify::markdown_span& s) {
        if (s.type == appnotify::markdown_span_type::link) in_link_ = false;
    }
    void text(std::string_view t) {
        if (in_link_) links.back().text += t;
    }
    void soft_break() {
        if (in_link_ && soft_break_is_space) links.back().text += ' ';
    }
    void hard_break() {}

private:
    bool in_link_ = false;
};

/// Printable ASCII but the space: what a terminal output's text and URL have in common whatever
/// the control characters, invisible characters and wrapping did to them.
inline std::string printable(std::string_view text) {
    std::string out;
    for (const char c : text)
        if (c > ' ' && c < 0x7F) out.push_back(c);
    return out;
}

/// An empty string when the terminal output `out` of `markdown` shows every link's destination:
/// as an OSC 8 hyperlink (`osc8`), otherwise written out whole (never cut by wrapping) unless the
/// link's text is its URL.
inline std::string destinations_problem(std::string_view markdown, std::string_view out,
                                        const appnotify::markdown_options& options, bool osc8) {
    link_recorder recorder;
    recorder.soft_break_is_space = options.wrap_width != 0;
    appnotify::parse_markdown(markdown, recorder, options);
    for (const link_recorder::link& l : recorder.links) {
        std::string url;
        appnotify::detail::md::append_href_escaped(url, l.href, false);
        if (osc8) {
            if (out.find("\x1b]8;;" + url + "\x1b\\") == std::string_view::npos) return "no hyperlink to " + url;
            continue;
        }
        const std::string shown = printable(l.text);
        if (shown == printable(url) || shown == printable(l.href) ||
            (url.compare(0, 7, "mailto:") == 0 && shown == printable(url.substr(7))))
            continue;
        if (out.find(url) == std::string_view::npos) return "the destination " + url + " is not shown whole";
    }
    return {};
}

} // namespace markdown_test

#endif // APPNOTIFY_TEST_MARKDOWN_OUTPUT_CHECK_HPP
