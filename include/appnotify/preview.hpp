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
#include "output.hpp"
#include "render.hpp"
#include "validate.hpp"

namespace appnotify {

/// One input of the preview: a name (the file it came from) and its validation.
struct preview_entry {
    std::string_view name;
    const validation_result* result = nullptr;
};

namespace detail {

/// The page's own rules, for the class prefix "an-" (written with the caller's); the cards'
/// come from render_card_stylesheet.
inline constexpr std::string_view preview_page_style = R"~(
:root { color-scheme: light; font-family: "Segoe UI", system-ui, -apple-system, sans-serif; }
body { margin: 0; background: #f3f2f1; color: #323130; }
.an-center { max-width: 380px; margin: 24px auto; padding: 0 12px; }
.an-center > h1 { font-size: 14px; font-weight: 600; margin: 0 0 12px; }
.an-center > section { margin-bottom: 12px; }
.an-center > section > .an-card { margin-bottom: 0; }
.an-source { font-size: 11px; color: #8a8886; margin-bottom: 2px; }
.an-invalid { border-left-color: #a4262c; background: #fdf3f4; }
.an-diagnostics { margin: 4px 0 0; padding-left: 18px; font-size: 12px; line-height: 16px; }
.an-diagnostics .an-error { color: #a4262c; }
.an-diagnostics .an-warning { color: #8a5a00; }
.an-warnings { margin: 6px 0 0; padding-left: 18px; font-size: 12px; line-height: 16px; color: #8a5a00; }
)~";

/// Writes a preview page into `out` (see render_preview_page).
class preview_writer {
public:
    preview_writer(std::string& out, const render_options& options) : out_(out), options_(options) {
        md::append_html_escaped(prefix_, options.class_prefix);
    }

    void page(list_view<preview_entry> entries) {
        // Custom icons are loaded from the organization's server only: img-src allows just
        // that, and only when some card shows one.
        std::string href;
        bool icons = false;
        for (const preview_entry& e : entries) {
            if (e.result == nullptr || !e.result->ok()) continue;
            const notification& n = e.result->notification();
            if (n.icon == icon_type::custom && n.override_content && n.override_content->icon_url &&
                icon_image_url(*n.override_content->icon_url, options_.context, href))
                icons = true;
        }
        out_.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
                    "base-uri 'none'; form-action 'none'");
        if (icons) {
            out_.append("; img-src ");
            md::append_html_escaped(out_, url_origin(options_.context.org_url));
        }
        out_.append("\">\n<meta name=\"referrer\" content=\"no-referrer\">\n"
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                    "<title>Notifications preview</title>\n<style>");
        write_css_with_prefix(out_, preview_page_style, options_.class_prefix);
        render_card_stylesheet(out_, options_);
        append_all(out_, "</style>\n</head>\n<body>\n<main class=\"", prefix_, "center\">\n");
        append_all(out_, "<h1>Notifications (", entries.size(), ")</h1>\n");

        // High priority first, then the order given (a stable two-pass walk: no sorting buffer).
        for (int pass = 0; pass < 2; ++pass) {
            for (const preview_entry& e : entries) {
                const bool valid = e.result != nullptr && e.result->ok();
                const bool high = valid && e.result->notification().priority == priority::high;
                if (high == (pass == 0)) section(e, valid);
            }
        }
        out_.append("</main>\n</body>\n</html>\n");
    }

private:
    void section(const preview_entry& e, bool valid) {
        const std::string_view p = prefix_;
        append_all(out_, "<section>\n<div class=\"", p, "source\">");
        md::append_html_escaped(out_, e.name);
        out_.append("</div>\n");
        if (valid) {
            renderer_.render_html(e.result->notification(), out_, options_);
            if (e.result->warning_count() != 0) {
                append_all(out_, "<ul class=\"", p, "warnings\">\n");
                diagnostic_items(e.result->diagnostics());
                out_.append("</ul>\n");
            }
        } else {
            append_all(out_, "<article class=\"", p, "card ", p, "invalid\">\n<div class=\"", p, "main\">\n<div class=\"", p,
                       "title\">This payload would be rejected</div>\n<ul class=\"", p, "diagnostics\">\n");
            if (e.result != nullptr) diagnostic_items(e.result->diagnostics());
            out_.append("</ul>\n</div>\n</article>\n");
        }
        out_.append("</section>\n");
    }

    void diagnostic_items(list_view<diagnostic> diagnostics) {
        for (const diagnostic& d : diagnostics) {
            append_all(out_, "<li class=\"", prefix_, d.is_error() ? "error" : "warning", "\">", d.line, ':', d.column, ' ',
                       to_string(d.severity), '[', to_string(d.code), "]: ");
            md::append_html_escaped(out_, d.message);
            if (!d.path.empty()) {
                out_.append(" (at ");
                md::append_html_escaped(out_, d.path);
                out_.push_back(')');
            }
            out_.append("</li>\n");
        }
    }

    std::string& out_;
    const render_options& options_;
    std::string prefix_; // the class prefix, escaped for an attribute
    notification_renderer renderer_;
};

} // namespace detail

/// Appends a complete HTML page with a card per entry: valid notifications rendered (High
/// priority first, then in the order given), invalid ones as a card listing their diagnostics.
/// Links and custom icons are resolved for `options.context`; custom icons are shown from the
/// organization's server only, and the page's Content-Security-Policy allows images from there
/// alone (no image at all without an organization). Its classes have `options.class_prefix`,
/// and its stylesheet is render_card_stylesheet's with the page's own rules. A target other
/// than a std::string gets the page in one block.
inline void render_preview_page(list_view<preview_entry> entries, output out, const render_options& options = {}) {
    std::string stage;
    detail::produce_into(out, stage, [&](std::string& target) { detail::preview_writer(target, options).page(entries); });
}

} // namespace appnotify

#endif // APPNOTIFY_PREVIEW_HPP
