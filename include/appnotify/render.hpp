// SPDX-License-Identifier: MIT
// appnotify: rendering a whole notification (icon, title, body, badges, actions, expiry) as an
// HTML card, for a terminal, or as plain text, the way the model-driven app's notification
// center shows it.
#ifndef APPNOTIFY_RENDER_HPP
#define APPNOTIFY_RENDER_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "config.hpp"
#include "app_context.hpp"
#include "detail/format.hpp"
#include "detail/markdown_chars.hpp"
#include "detail/markdown_terminal.hpp"
#include "links.hpp"
#include "markdown.hpp"
#include "notification.hpp"
#include "output.hpp"

namespace appnotify {

struct render_options {
    /// Links and the custom icon are resolved for this organization and app; without an
    /// organization URL they stay relative.
    app_context context;
    /// ANSI: links as OSC 8 hyperlinks; otherwise as `text <URL>`.
    bool hyperlinks = true;
    /// ANSI and text: wrap at this display width (0: never). The card indents its text by 2.
    std::size_t wrap_width = 0;
    /// HTML: the prefix of every class name of the card and of its stylesheet
    /// (render_card_stylesheet). Letters, digits, '-' and '_' read best; anything else is
    /// escaped, in the HTML and in the CSS alike, but whitespace would split the class names.
    std::string_view class_prefix = "an-";
};

namespace detail {

/// "1 day 9 hours", "45 minutes": the two largest units of a duration.
inline void append_duration_words(std::string& out, std::int64_t seconds) {
    constexpr struct {
        std::int64_t size;
        const char* name;
    } units[] = {{86400, "day"}, {3600, "hour"}, {60, "minute"}, {1, "second"}};
    int shown = 0;
    for (const auto& unit : units) {
        const std::int64_t n = seconds / unit.size;
        if (n == 0 && !(shown == 0 && unit.size == 1)) {
            if (shown) break; // only adjacent units: "1 day 9 hours", not "1 day 20 seconds"
            continue;
        }
        seconds -= n * unit.size;
        if (shown) out.push_back(' ');
        append_all(out, n, ' ', unit.name, n == 1 ? "" : "s");
        if (++shown == 2) break;
    }
}

struct icon_style {
    std::string_view name;     // class suffix and text label
    std::string_view symbol;   // for terminals
    std::string_view sgr;      // terminal colour
    std::string_view svg;      // inline SVG (no external resource)
};

inline const icon_style& style_of(icon_type icon) noexcept {
    static constexpr icon_style styles[] = {
        {"info", "\xE2\x84\xB9", "34",
         R"(<svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true"><circle cx="10" cy="10" r="9" fill="#0078d4"/><rect x="9" y="8.5" width="2" height="6.5" rx="1" fill="#fff"/><circle cx="10" cy="5.8" r="1.2" fill="#fff"/></svg>)"},
        {"success", "\xE2\x9C\x93", "32",
         R"(<svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true"><circle cx="10" cy="10" r="9" fill="#107c10"/><path d="M5.5 10.5l3 3 6-7" stroke="#fff" stroke-width="2" fill="none" stroke-linecap="round" stroke-linejoin="round"/></svg>)"},
        {"failure", "\xE2\x9C\x97", "31",
         R"(<svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true"><circle cx="10" cy="10" r="9" fill="#d13438"/><path d="M6.5 6.5l7 7M13.5 6.5l-7 7" stroke="#fff" stroke-width="2" stroke-linecap="round"/></svg>)"},
        {"warning", "\xE2\x9A\xA0", "33",
         R"(<svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true"><path d="M10 1.5l9 16.5H1z" fill="#f7630c"/><rect x="9" y="7" width="2" height="6" rx="1" fill="#fff"/><circle cx="10" cy="15.3" r="1.1" fill="#fff"/></svg>)"},
        {"mention", "@", "35",
         R"(<svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true"><circle cx="10" cy="10" r="9" fill="#8764b8"/><circle cx="10" cy="10" r="3" stroke="#fff" stroke-width="1.8" fill="none"/><path d="M13 10v1.2a1.8 1.8 0 0 0 3.6 0V10A6.6 6.6 0 1 0 13.4 15.6" stroke="#fff" stroke-width="1.8" fill="none" stroke-linecap="round"/></svg>)"},
        {"custom", "\xE2\x97\x86", "36",
         R"(<svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true"><rect x="1" y="1" width="18" height="18" rx="4" fill="#605e5c"/><path d="M10 5l5 5-5 5-5-5z" fill="#fff"/></svg>)"},
    };
    // In the order of icon_type_options (notification.hpp).
    const std::size_t i = position_in(icon_type_options, icon);
    return styles[i < sizeof styles / sizeof styles[0] ? i : 0];
}

/// The origin ("https://host[:port]") of an absolute http(s) URL, or empty.
inline std::string_view url_origin(std::string_view url) noexcept {
    const std::size_t scheme_end = url.find("://");
    if (scheme_end == std::string_view::npos) return {};
    const std::size_t host_end = url.find_first_of("/?#", scheme_end + 3);
    return url.substr(0, host_end == std::string_view::npos ? url.size() : host_end);
}

/// Where an action leads and how it opens.
struct action_link {
    bool linked = false; // false: refused by the link policy, shown without a link
    bool new_window = false;
    std::string_view hint; // "opens in a dialog", ...
};

/// Appends `prefix` as the start of a CSS class selector's identifier: letters, digits, '-', '_'
/// and non-ASCII characters as they are, anything else as a CSS escape ("\3c "), and a digit
/// that would start the identifier escaped too. No prefix can end the rule or the <style>.
inline void append_css_identifier_escaped(std::string& out, std::string_view prefix) {
    std::size_t position = 0;
    md::for_each_valid_piece(prefix, [&](std::string_view piece) {
        for (const char c : piece) {
            const bool leading_digit = md::is_digit(c) && (position == 0 || (position == 1 && prefix[0] == '-'));
            ++position;
            if ((md::is_alnum(c) || c == '-' || c == '_' || static_cast<unsigned char>(c) >= 0x80) && !leading_digit) {
                out.push_back(c);
                continue;
            }
            out.push_back('\\');
            append_hex(out, c == '\0' ? 0xFFFDu : static_cast<unsigned char>(c), 1);
            out.push_back(' ');
        }
    });
}

/// True when `prefix` starts a CSS identifier as it is (the usual case: "an-", "acme_").
inline bool is_plain_css_prefix(std::string_view prefix) noexcept {
    if (!prefix.empty() && md::is_digit(prefix[0])) return false;
    if (prefix.size() >= 2 && prefix[0] == '-' && md::is_digit(prefix[1])) return false;
    for (const char c : prefix)
        if (!md::is_alnum(c) && c != '-' && c != '_') return false;
    return true;
}

/// Writes `css` to `out`, each ".an-" in it (the class selectors) written with `prefix` instead,
/// in blocks between them.
inline void write_css_with_prefix(output out, std::string_view css, std::string_view prefix) {
    std::string escaped; // only an unusual prefix allocates
    if (!is_plain_css_prefix(prefix)) append_css_identifier_escaped(escaped, prefix);
    const std::string_view written = is_plain_css_prefix(prefix) ? prefix : std::string_view(escaped);
    std::size_t start = 0;
    for (std::size_t at = css.find(".an-"); at != std::string_view::npos; at = css.find(".an-", start)) {
        out.append(css.substr(start, at + 1 - start));
        out.append(written);
        start = at + 4;
    }
    out.append(css.substr(start));
}

/// The card's stylesheet, for the class prefix "an-" (render_card_stylesheet writes it with the
/// caller's). Self-contained: a card looks the same on any page that does not restyle it.
inline constexpr std::string_view card_style = R"~(.an-card { display: flex; gap: 12px; background: #fff; border-radius: 4px; padding: 12px;
  margin-bottom: 8px; box-shadow: 0 1.6px 3.6px rgba(0,0,0,.13), 0 .3px .9px rgba(0,0,0,.11);
  border-left: 3px solid transparent; overflow-wrap: anywhere; color: #323130;
  font-family: "Segoe UI", system-ui, -apple-system, sans-serif; }
.an-priority-high { border-left-color: #d13438; }
.an-icon { flex: 0 0 20px; padding-top: 1px; }
.an-icon-image { width: 20px; height: 20px; object-fit: contain; }
.an-main { flex: 1; min-width: 0; font-size: 14px; line-height: 20px; }
.an-title { font-weight: 600; }
.an-title p, .an-body p { margin: 0; }
.an-body p + p, .an-body ul, .an-body ol { margin: 4px 0 0; }
.an-body ul, .an-body ol { padding-left: 20px; }
.an-body { margin-top: 4px; }
.an-main a { color: #0f6cbd; text-decoration: none; }
.an-main a:hover { text-decoration: underline; }
.an-badges { margin-top: 4px; display: flex; gap: 4px; flex-wrap: wrap; }
.an-badge { font-size: 12px; line-height: 16px; padding: 0 6px; border-radius: 8px; background: #edebe9; }
.an-badge-high { background: #fde7e9; color: #a4262c; }
.an-actions { list-style: none; margin: 8px 0 0; padding: 0; display: flex; gap: 8px; flex-wrap: wrap; }
.an-action { display: inline-block; font-size: 14px; font-weight: 600; padding: 4px 12px; border: 1px solid #d1d1d1;
  border-radius: 4px; color: #242424 !important; background: #fff; }
.an-action-refused { color: #a19f9d !important; border-style: dashed; }
.an-expiry { margin-top: 6px; font-size: 12px; color: #605e5c; }
)~";

} // namespace detail

/// Appends the stylesheet of the HTML cards (the CSS rules, without a <style> element), for the
/// class prefix of `options`: what the preview page uses, for a server that renders cards into
/// its own pages.
inline void render_card_stylesheet(output out, const render_options& options = {}) {
    detail::write_css_with_prefix(out, detail::card_style, options.class_prefix);
}

/// Sets `out` to the URL a custom icon is loaded from: the icon resolved for `context`, when it
/// is on the organization's own server (web resources are). Icons elsewhere are not loaded, so
/// that showing a notification never contacts a host the payload chose.
inline bool icon_image_url(std::string_view icon_url, const app_context& context, std::string& out) {
    out.clear();
    if (!detail::parse_org_url(context.org_url).ok()) return false; // refused: its origin means nothing
    const std::string_view org = detail::url_origin(context.org_url);
    if (org.empty() || !resolve_link(icon_url, context, out)) return false;
    const std::string_view origin = detail::url_origin(out);
    return origin.size() == org.size() && detail::equals_ignoring_case(origin, org);
}

/// Renders notifications, reusing its buffers (one per thread): with a reused output (a
/// std::string, a fixed_buffer or a callback), rendering allocates nothing once the buffers have
/// grown. A target other than a std::string gets each card in one block.
class notification_renderer {
public:
    /// Appends an HTML card (an <article> fragment). Text is escaped, markdown rendered safely,
    /// links resolved and checked by the link policy; nothing of the payload becomes markup.
    /// render_card_stylesheet styles it.
    void render_html(const notification& n, output out, const render_options& options = {}) {
        detail::produce_into(out, stage_, [&](std::string& target) { card_html(n, target, options); });
    }

    /// Appends the notification for a terminal: the icon and title, the body, badges, actions as
    /// hyperlinks and the expiry, indented under the title; no control character of the payload
    /// reaches the output. Wrapping never cuts a word, a URL or a hyperlink.
    void render_ansi(const notification& n, output out, const render_options& options = {}) {
        detail::produce_into(out, stage_, [&](std::string& target) { render_terminal(n, target, options, true); });
    }

    /// Appends the notification as plain text, markup removed and links written out.
    void render_text(const notification& n, output out, const render_options& options = {}) {
        detail::produce_into(out, stage_, [&](std::string& target) { render_terminal(n, target, options, false); });
    }

private:
    markdown_renderer markdown_;
    detail::md::terminal_scratch terminal_;
    app_link_resolver resolver_{app_context{}};
    std::string href_;
    std::string piece_;
    std::string prefix_; // the class prefix, escaped for an attribute
    std::string stage_;  // the output, for a target that is not a std::string

    void card_html(const notification& n, std::string& out, const render_options& options) {
        prefix_.clear();
        detail::md::append_html_escaped(prefix_, options.class_prefix);
        const std::string_view p = prefix_;
        const detail::icon_style& icon = detail::style_of(n.icon);
        detail::append_all(out, "<article class=\"", p, "card ", p, "icon-", icon.name);
        if (n.priority == priority::high) detail::append_all(out, ' ', p, "priority-high");
        if (n.toast == toast_type::hidden) detail::append_all(out, ' ', p, "toast-hidden");
        detail::append_all(out, "\">\n<div class=\"", p, "icon\">");
        append_icon_html(n, out, options);
        detail::append_all(out, "</div>\n<div class=\"", p, "main\">\n<div class=\"", p, "title\">");
        append_text_html(n.title, override_markdown(n, &content_override::title), "/OverrideContent/title",
                         out, options);
        detail::append_all(out, "</div>\n");
        if (n.priority == priority::high || n.toast == toast_type::hidden) {
            detail::append_all(out, "<div class=\"", p, "badges\">");
            if (n.priority == priority::high)
                detail::append_all(out, "<span class=\"", p, "badge ", p, "badge-high\">High priority</span>");
            if (n.toast == toast_type::hidden)
                detail::append_all(out, "<span class=\"", p, "badge ", p,
                                   "badge-hidden\">Notification center only</span>");
            out.append("</div>\n");
        }
        const std::optional<std::string_view>& body = override_markdown(n, &content_override::body);
        if (n.body || body) {
            detail::append_all(out, "<div class=\"", p, "body\">");
            append_text_html(n.body.value_or(std::string_view{}), body, "/OverrideContent/body", out, options);
            detail::append_all(out, "</div>\n");
        }
        if (!n.actions.empty()) {
            detail::append_all(out, "<ul class=\"", p, "actions\">");
            for (const action& a : n.actions) {
                const detail::action_link link = action_href(a, options);
                detail::append_all(out, "<li>");
                if (link.linked) {
                    detail::append_all(out, "<a class=\"", p, "action\" href=\"");
                    detail::md::append_href_escaped(out, href_, true);
                    out.push_back('"');
                    if (link.new_window) out.append(" target=\"_blank\" rel=\"noopener noreferrer\"");
                    if (!link.hint.empty()) detail::append_all(out, " title=\"", link.hint, '"');
                    out.push_back('>');
                    detail::md::append_html_escaped(out, a.title);
                    out.append("</a>");
                } else {
                    detail::append_all(out, "<span class=\"", p, "action ", p, "action-refused\">");
                    detail::md::append_html_escaped(out, a.title);
                    out.append("</span>");
                }
                out.append("</li>");
            }
            out.append("</ul>\n");
        }
        if (n.expiry) {
            detail::append_all(out, "<div class=\"", p, "expiry\">Expires ");
            detail::append_duration_words(out, *n.expiry);
            out.append(" after it is sent</div>\n");
        }
        out.append("</div>\n</article>\n");
    }

    markdown_options markdown_settings(const render_options& options, std::string_view path, bool ansi) {
        resolver_ = app_link_resolver(options.context);
        markdown_options m;
        m.rewriter = &resolver_;
        m.path = path;
        m.class_prefix = options.class_prefix;
        m.hyperlinks = ansi && options.hyperlinks;
        m.wrap_width = options.wrap_width > 2 ? options.wrap_width - 2 : options.wrap_width;
        return m;
    }

    /// The override's markdown for a field, by reference: a copied optional trips g++ -O3's
    /// maybe-uninitialized warning.
    static const std::optional<std::string_view>& override_markdown(
        const notification& n, std::optional<std::string_view> content_override::*field) noexcept {
        static constexpr std::optional<std::string_view> none{};
        return n.override_content ? (*n.override_content).*field : none;
    }

    void append_text_html(std::string_view plain, const std::optional<std::string_view>& markdown,
                          std::string_view path, std::string& out, const render_options& options) {
        if (markdown) {
            markdown_.render_html(*markdown, out, markdown_settings(options, path, false));
            return;
        }
        // Plain text: escaped, its line breaks kept.
        std::size_t start = 0;
        while (start <= plain.size()) {
            std::size_t end = plain.find('\n', start);
            if (end == std::string_view::npos) end = plain.size();
            if (start != 0) out.append("<br />\n");
            detail::md::append_html_escaped(out, plain.substr(start, end - start));
            start = end + 1;
        }
    }

    void append_icon_html(const notification& n, std::string& out, const render_options& options) {
        const detail::icon_style& icon = detail::style_of(n.icon);
        if (n.icon == icon_type::custom && n.override_content && n.override_content->icon_url) {
            if (icon_image_url(*n.override_content->icon_url, options.context, href_)) {
                detail::append_all(out, "<img class=\"", prefix_, "icon-image\" src=\"");
                detail::md::append_href_escaped(out, href_, true);
                out.append("\" alt=\"\" width=\"20\" height=\"20\" />");
                return;
            }
        }
        out.append(icon.svg);
    }

    /// Fills href_ with where the action leads.
    detail::action_link action_href(const action& a, const render_options& options) {
        href_.clear();
        detail::action_link link;
        switch (a.type) {
        case action_type::url:
            if (a.url == nullptr) break;
            link.linked = resolve_link(a.url->url, options.context, href_);
            link.new_window = a.url->target == navigation_target::new_window;
            link.hint = a.url->target == navigation_target::dialog       ? "Opens in a dialog"
                        : a.url->target == navigation_target::new_window ? "Opens in a new window"
                                                                         : std::string_view{};
            break;
        case action_type::side_pane:
            if (a.side_pane == nullptr) break;
            append_page_url(a.side_pane->target, options.context, href_);
            link.linked = true;
            link.hint = "Opens in a side pane";
            break;
        case action_type::teams_chat:
            if (a.teams_chat == nullptr) break;
            append_teams_chat_link(*a.teams_chat, href_);
            link.linked = true;
            link.new_window = true;
            link.hint = "Opens a Teams chat";
            break;
        }
        return link;
    }

    // --- terminals -------------------------------------------------------------------------------

    void render_terminal(const notification& n, std::string& out, const render_options& options, bool ansi) {
        const detail::icon_style& icon = detail::style_of(n.icon);
        // The icon, then the title in bold.
        if (ansi) detail::append_all(out, "\x1b[", icon.sgr, 'm', icon.symbol, "\x1b[39m ");
        else detail::append_all(out, '[', icon.name, "] ");
        piece_.clear();
        append_text_terminal(n.title, override_markdown(n, &content_override::title),
                             "/OverrideContent/title", piece_, options, ansi);
        if (ansi) out.append("\x1b[1m");
        append_indented(out, piece_, 2);
        if (ansi) out.append("\x1b[22m");
        out.push_back('\n');
        if (n.priority == priority::high || n.toast == toast_type::hidden) {
            out.append("  ");
            if (n.priority == priority::high) out.append(ansi ? "\x1b[7m High priority \x1b[27m " : "[High priority] ");
            if (n.toast == toast_type::hidden)
                out.append(ansi ? "\x1b[2m(notification center only)\x1b[22m" : "(notification center only)");
            while (!out.empty() && out.back() == ' ') out.pop_back();
            out.push_back('\n');
        }
        const std::optional<std::string_view>& body = override_markdown(n, &content_override::body);
        if (n.body || body) {
            piece_.clear();
            append_text_terminal(n.body.value_or(std::string_view{}), body, "/OverrideContent/body", piece_, options, ansi);
            if (!piece_.empty()) {
                out.append("  ");
                append_indented(out, piece_, 2);
                out.push_back('\n');
            }
        }
        for (const action& a : n.actions) {
            const detail::action_link link = action_href(a, options);
            piece_.clear();
            // The action's line is indented by 4 ("  > "): it wraps within the rest of the width,
            // its continuation lines aligned under the title, a long URL on a line of its own.
            const detail::md::terminal_settings settings{ansi, options.hyperlinks,
                                                         options.wrap_width > 4 ? options.wrap_width - 4 : options.wrap_width};
            detail::md::terminal_sink sink(piece_, settings, terminal_);
            markdown_block paragraph;
            paragraph.tight = true;
            sink.enter_block(paragraph);
            if (link.linked) {
                markdown_span span;
                span.type = markdown_span_type::link;
                span.href = href_;
                span.destination = href_;
                span.kind = link_kind::absolute;
                sink.enter_span(span);
                sink.text(a.title);
                sink.leave_span(span);
            } else {
                sink.text(a.title);
                sink.text(" (link refused)");
            }
            sink.leave_block(paragraph);
            sink.finish();
            detail::append_all(out, "  ", ansi ? "\xE2\x96\xB8 " : "> ");
            while (!piece_.empty() && piece_.back() == '\n') piece_.pop_back();
            append_indented(out, piece_, 4);
            out.push_back('\n');
        }
        if (n.expiry) {
            out.append(ansi ? "  \x1b[2mExpires " : "  Expires ");
            detail::append_duration_words(out, *n.expiry);
            out.append(ansi ? " after it is sent\x1b[22m\n" : " after it is sent\n");
        }
    }

    void append_text_terminal(std::string_view plain, const std::optional<std::string_view>& markdown,
                              std::string_view path, std::string& out, const render_options& options, bool ansi) {
        if (markdown) {
            const markdown_options m = markdown_settings(options, path, ansi);
            if (ansi) markdown_.render_ansi(*markdown, out, m);
            else markdown_.render_text(*markdown, out, m);
        } else {
            // Plain text through the same sink: controls neutralised, lines wrapped.
            const detail::md::terminal_settings settings{ansi, options.hyperlinks,
                                                         options.wrap_width > 2 ? options.wrap_width - 2 : options.wrap_width};
            detail::md::terminal_sink sink(out, settings, terminal_);
            const markdown_block paragraph;
            sink.enter_block(paragraph);
            std::size_t start = 0;
            while (start <= plain.size()) {
                std::size_t end = plain.find('\n', start);
                if (end == std::string_view::npos) end = plain.size();
                if (start != 0) sink.hard_break();
                sink.text(plain.substr(start, end - start));
                start = end + 1;
            }
            sink.leave_block(paragraph);
            sink.finish();
        }
        while (!out.empty() && out.back() == '\n') out.pop_back();
    }

    /// Appends `text`, each of its lines after the first indented by `indent` spaces.
    static void append_indented(std::string& out, std::string_view text, std::size_t indent) {
        std::size_t start = 0;
        while (start < text.size()) {
            std::size_t end = text.find('\n', start);
            if (end == std::string_view::npos) end = text.size();
            if (start != 0) {
                out.push_back('\n');
                if (end > start) out.append(indent, ' ');
            }
            out.append(text.substr(start, end - start));
            start = end + 1;
        }
    }
};

/// Appends one notification as an HTML card; see notification_renderer::render_html.
APPNOTIFY_EXTERNAL_LINKAGE void render_card_html(const notification& n, output out, const render_options& options = {});

/// Appends one notification for a terminal; see notification_renderer::render_ansi.
APPNOTIFY_EXTERNAL_LINKAGE void render_card_ansi(const notification& n, output out, const render_options& options = {});

/// Appends one notification as plain text; see notification_renderer::render_text.
APPNOTIFY_EXTERNAL_LINKAGE void render_card_text(const notification& n, output out, const render_options& options = {});

} // namespace appnotify

#if APPNOTIFY_HEADER_ONLY
#include "impl/render.inl"
#endif

#endif // APPNOTIFY_RENDER_HPP
