// SPDX-License-Identifier: MIT
// appnotify: a standalone HTML page previewing notifications as the model-driven app's
// notification center shows them. No script, no external resource but the custom icons, and a
// Content-Security-Policy that allows nothing else.
#ifndef APPNOTIFY_PREVIEW_HPP
#define APPNOTIFY_PREVIEW_HPP

#include <cstddef>
#include <string>
#include <string_view>

#include "detail/markdown_chars.hpp"
#include "list_view.hpp"
#include "render.hpp"
#include "validate.hpp"

namespace appnotify {

/// One input of the preview: a name (the file it came from) and its validation.
struct preview_entry {
    std::string_view name;
    const validation_result* result = nullptr;
};

namespace detail {

inline constexpr std::string_view preview_style = R"~(
:root { color-scheme: light; font-family: "Segoe UI", system-ui, -apple-system, sans-serif; }
body { margin: 0; background: #f3f2f1; color: #323130; }
.an-center { max-width: 380px; margin: 24px auto; padding: 0 12px; }
.an-center > h1 { font-size: 14px; font-weight: 600; margin: 0 0 12px; }
.an-center > section { margin-bottom: 12px; }
.an-center > section > .an-card { margin-bottom: 0; }
.an-card { display: flex; gap: 12px; background: #fff; border-radius: 4px; padding: 12px;
  margin-bottom: 8px; box-shadow: 0 1.6px 3.6px rgba(0,0,0,.13), 0 .3px .9px rgba(0,0,0,.11);
  border-left: 3px solid transparent; overflow-wrap: anywhere; }
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
.an-source { font-size: 11px; color: #8a8886; margin-bottom: 2px; }
.an-invalid { border-left-color: #a4262c; background: #fdf3f4; }
.an-diagnostics { margin: 4px 0 0; padding-left: 18px; font-size: 12px; line-height: 16px; }
.an-diagnostics .an-error { color: #a4262c; }
.an-diagnostics .an-warning { color: #8a5a00; }
.an-warnings { margin: 6px 0 0; padding-left: 18px; font-size: 12px; line-height: 16px; color: #8a5a00; }
)~";

inline void append_diagnostic_items(std::string& out, list_view<diagnostic> diagnostics) {
    for (const diagnostic& d : diagnostics) {
        append_all(out, "<li class=\"an-", d.is_error() ? "error" : "warning", "\">", d.line, ':', d.column, ' ',
                   to_string(d.severity), '[', to_string(d.code), "]: ");
        md::append_html_escaped(out, d.message);
        if (!d.path.empty()) {
            out.append(" (at ");
            md::append_html_escaped(out, d.path);
            out.push_back(')');
        }
        out.append("</li>\n");
    }
}

} // namespace detail

/// Appends a complete HTML page with a card per entry: valid notifications rendered (High
/// priority first, then in the order given), invalid ones as a card listing their diagnostics.
/// Links and custom icons are resolved for `options.context`; custom icons are shown from the
/// organization's server only, and the page's Content-Security-Policy allows images from there
/// alone (no image at all without an organization).
inline void render_preview_page(list_view<preview_entry> entries, std::string& out, const render_options& options = {}) {
    notification_renderer renderer;
    // Custom icons are loaded from the organization's server only: img-src allows just that, and
    // only when some card shows one.
    std::string href;
    bool icons = false;
    for (const preview_entry& e : entries) {
        if (e.result == nullptr || !e.result->ok()) continue;
        const notification& n = e.result->notification();
        if (n.icon == icon_type::custom && n.override_content && n.override_content->icon_url &&
            icon_image_url(*n.override_content->icon_url, options.context, href))
            icons = true;
    }
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
               "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
               "base-uri 'none'; form-action 'none'");
    if (icons) {
        out.append("; img-src ");
        detail::md::append_html_escaped(out, detail::url_origin(options.context.org_url));
    }
    out.append("\">\n<meta name=\"referrer\" content=\"no-referrer\">\n"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
               "<title>Notifications preview</title>\n<style>");
    out.append(detail::preview_style);
    out.append("</style>\n</head>\n<body>\n<main class=\"an-center\">\n");
    detail::append_all(out, "<h1>Notifications (", entries.size(), ")</h1>\n");

    render_options card = options;
    card.class_prefix = "an-";
    // High priority first, then the order given (a stable two-pass walk: no sorting buffer).
    for (int pass = 0; pass < 2; ++pass) {
        for (const preview_entry& e : entries) {
            const bool valid = e.result != nullptr && e.result->ok();
            const bool high = valid && e.result->notification().priority == priority::high;
            if (high != (pass == 0)) continue;
            out.append("<section>\n<div class=\"an-source\">");
            detail::md::append_html_escaped(out, e.name);
            out.append("</div>\n");
            if (valid) {
                renderer.render_html(e.result->notification(), out, card);
                if (e.result->warning_count() != 0) {
                    out.append("<ul class=\"an-warnings\">\n");
                    detail::append_diagnostic_items(out, e.result->diagnostics());
                    out.append("</ul>\n");
                }
            } else {
                out.append("<article class=\"an-card an-invalid\">\n<div class=\"an-main\">\n"
                           "<div class=\"an-title\">This payload would be rejected</div>\n<ul class=\"an-diagnostics\">\n");
                if (e.result != nullptr) detail::append_diagnostic_items(out, e.result->diagnostics());
                out.append("</ul>\n</div>\n</article>\n");
            }
            out.append("</section>\n");
        }
    }
    out.append("</main>\n</body>\n</html>\n");
}

} // namespace appnotify

#endif // APPNOTIFY_PREVIEW_HPP
