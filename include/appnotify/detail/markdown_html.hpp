// SPDX-License-Identifier: MIT
// The HTML sink of the markdown renderer: cmark-gfm's HTML, byte for byte, for the subset (p,
// em, strong, a, ul, ol, li, br), with the optional link target and CSS classes.
#ifndef APPNOTIFY_DETAIL_MARKDOWN_HTML_HPP
#define APPNOTIFY_DETAIL_MARKDOWN_HTML_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "format.hpp"
#include "markdown_chars.hpp"
#include "markdown_render.hpp"

namespace appnotify::detail::md {

struct html_settings {
    bool new_window = false;       // target="_blank" rel="noopener noreferrer" on links
    std::string_view class_prefix; // class="<prefix><tag>" on every element when not empty
};

class html_sink {
public:
    html_sink(std::string& out, const html_settings& settings) noexcept
        : out_(out), start_(out.size()), settings_(settings) {}

    std::size_t size() const noexcept { return out_.size() - start_; }

    void list_open(bool ordered, std::uint32_t start, char, bool) {
        cr();
        if (!ordered) {
            open_tag("ul");
        } else if (start == 1) {
            open_tag("ol");
        } else {
            out_.append("<ol start=\"");
            append_all(out_, start);
            out_.push_back('"');
            class_attribute("ol");
            out_.push_back('>');
        }
        out_.push_back('\n');
    }
    void list_close(bool ordered) { out_.append(ordered ? "</ol>\n" : "</ul>\n"); }
    void item_open() {
        cr();
        open_tag("li");
    }
    void item_close() { out_.append("</li>\n"); }
    void paragraph_open(bool tight) {
        if (tight) return;
        cr();
        open_tag("p");
    }
    void paragraph_close(bool tight) {
        if (!tight) out_.append("</p>\n");
    }
    void text(std::string_view text) { append_html_escaped(out_, text); }
    void softbreak() { out_.push_back('\n'); }
    void hardbreak() {
        out_.append("<br");
        class_attribute("br");
        out_.append(" />\n");
    }
    void emphasis_open(bool strong) { open_tag(strong ? "strong" : "em"); }
    void emphasis_close(bool strong) { out_.append(strong ? "</strong>" : "</em>"); }
    void link_open(const link_event& link) {
        out_.append("<a href=\"");
        append_href_escaped(out_, link.href, true);
        out_.push_back('"');
        if (!link.title.empty()) {
            out_.append(" title=\"");
            append_html_escaped(out_, link.title);
            out_.push_back('"');
        }
        if (settings_.new_window) out_.append(" target=\"_blank\" rel=\"noopener noreferrer\"");
        class_attribute("a");
        out_.push_back('>');
    }
    void link_close() { out_.append("</a>"); }

private:
    /// A line break unless the output (this rendering's part of it) is empty or ends with one.
    void cr() {
        if (out_.size() > start_ && out_.back() != '\n') out_.push_back('\n');
    }
    void open_tag(std::string_view tag) {
        out_.push_back('<');
        out_.append(tag);
        class_attribute(tag);
        out_.push_back('>');
    }
    void class_attribute(std::string_view tag) {
        if (settings_.class_prefix.empty()) return;
        out_.append(" class=\"");
        append_html_escaped(out_, settings_.class_prefix);
        out_.append(tag);
        out_.push_back('"');
    }

    std::string& out_;
    std::size_t start_;
    const html_settings& settings_;
};

} // namespace appnotify::detail::md

#endif // APPNOTIFY_DETAIL_MARKDOWN_HTML_HPP
