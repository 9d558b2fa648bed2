// SPDX-License-Identifier: MIT
// The one markdown parser and its events: blocks are parsed once, each paragraph's inlines are
// parsed when its turn comes, and a handler (the HTML, ANSI or plain-text sink, or any handler of
// markdown_events.hpp) receives the events. The link policy, the link rewriter, the rule that
// links never nest, the nesting and output limits are applied here, once for every output.
//
// The producer is a template over its handler, so the built-in outputs get direct (inlined)
// calls; instantiated with the abstract markdown_handler, it makes one virtual call per event.
#ifndef APPNOTIFY_DETAIL_MARKDOWN_RENDER_HPP
#define APPNOTIFY_DETAIL_MARKDOWN_RENDER_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "../diagnostic.hpp"
#include "../link_policy.hpp"
#include "../markdown_events.hpp"
#include "diagnostic_sink.hpp"
#include "format.hpp"
#include "markdown_blocks.hpp"
#include "markdown_chars.hpp"
#include "markdown_inlines.hpp"

namespace appnotify::detail::md {

/// What the engine needs from the public options.
struct engine_settings {
    const link_rewriter* rewriter = nullptr;
    std::string_view path;
    std::size_t max_input_bytes = 0;
    std::size_t max_nesting = 0;
    std::size_t max_output_bytes = 0;
    cmark_029_quirks quirks; // only the differential test sets them
};

/// A link of the markdown text, for callers that check links without rendering.
struct link_found {
    std::size_t offset = 0;             // of '[' or of the '<' of an autolink
    std::size_t length = 0;             // of the whole link
    std::size_t destination_offset = 0; // of the destination as written
    std::size_t destination_length = 0;
    std::string_view destination;       // after escapes and references (mailto: added to e-mail autolinks)
    link_check check;
    bool autolink = false;
    bool inside_link = false;           // an autolink written in the text of an inline link
};

/// Reusable buffers: with one engine kept across calls, rendering allocates nothing once they
/// have grown to the size of the largest input.
struct engine_scratch {
    block_scratch blocks;
    inline_scratch inlines;
    std::string destination, title, href, spare, autolink_text;
    struct open_block {
        markdown_block block;
        std::uint32_t next_number; // a list: the number of its next item
    };
    std::vector<open_block> open_blocks;
    struct open_emphasis_record {
        std::size_t offset; // of its delimiter run
        bool strong;
    };
    std::vector<open_emphasis_record> open_emphasis;
};

inline constexpr std::size_t text_piece = 4096;

/// Whether a handler reports its output size (`std::size_t output_size() const`).
template <typename Handler, typename = void>
struct reports_output_size : std::false_type {};
template <typename Handler>
struct reports_output_size<Handler, std::void_t<decltype(std::declval<const Handler&>().output_size())>>
    : std::true_type {};

/// Whether a handler takes text that is a piece of the input with how far it may read
/// (`source_text(std::string_view, std::size_t readable)`; the HTML sink does).
template <typename Handler, typename = void>
struct takes_source_text : std::false_type {};
template <typename Handler>
struct takes_source_text<Handler, std::void_t<decltype(std::declval<Handler&>().source_text(std::string_view(), std::size_t()))>>
    : std::true_type {};

template <typename Handler>
class event_producer {
public:
    event_producer(std::string_view text, const engine_settings& settings, engine_scratch& scratch,
                   diagnostic_sink& diagnostics, Handler& handler) noexcept
        : text_(text), settings_(settings), s_(scratch), diagnostics_(diagnostics), handler_(handler) {}

    void run() {
        if (!check_input_size(text_, settings_, diagnostics_)) return;
        s_.open_blocks.clear();
        s_.open_emphasis.clear();
        block_parser blocks(text_, s_.blocks, settings_.max_nesting);
        const std::size_t too_deep = blocks.run();
        if (too_deep != block_parser::npos)
            diagnostics_.add(diagnostic_code::markdown_too_deep, severity::warning, too_deep, settings_.path,
                             "lists are nested more than ", settings_.max_nesting,
                             " deep; the deeper list markers are shown as text");
        for (const block_event& e : s_.blocks.events) {
            if (stopped_) break;
            if (e.type == block_type::paragraph) paragraph(e);
            else container(e);
            check_output(e.begin);
        }
        if (stopped_) close_all();
    }

    /// Inputs of 4 GiB and more are refused whatever the limit says (items are numbered in 32 bits).
    static bool check_input_size(std::string_view text, const engine_settings& settings, diagnostic_sink& diagnostics) {
        constexpr std::size_t largest = static_cast<std::size_t>(no_slot) - 1;
        const std::size_t limit = settings.max_input_bytes < largest ? settings.max_input_bytes : largest;
        if (text.size() <= limit) return true;
        diagnostics.add(diagnostic_code::markdown_input_too_large, severity::error, 0, settings.path,
                        "the markdown text is ", text.size(), " bytes long, more than the limit of ", limit,
                        " bytes; nothing was rendered");
        return false;
    }

private:
    /// Lists and items (paragraphs are the common case, handled apart).
    void container(const block_event& e) {
        switch (e.type) {
        case block_type::list_open: {
            markdown_block list;
            list.type = e.ordered ? markdown_block_type::ordered_list : markdown_block_type::bullet_list;
            list.tight = e.tight;
            list.marker = e.marker;
            list.number = e.ordered ? e.start : 0;
            list.offset = e.begin;
            s_.open_blocks.push_back({list, list.number});
            handler_.enter_block(list);
            break;
        }
        case block_type::item_open: {
            engine_scratch::open_block& list = s_.open_blocks.back();
            markdown_block item;
            item.type = markdown_block_type::list_item;
            item.tight = list.block.tight;
            item.marker = list.block.marker;
            if (list.block.type == markdown_block_type::ordered_list) item.number = list.next_number++;
            item.offset = e.begin;
            s_.open_blocks.push_back({item, 0});
            handler_.enter_block(item);
            break;
        }
        case block_type::list_close:
        case block_type::item_close: {
            const markdown_block closed = s_.open_blocks.back().block;
            s_.open_blocks.pop_back();
            handler_.leave_block(closed);
            break;
        }
        case block_type::paragraph: break;
        }
    }

    /// A paragraph directly in an item of a tight list has no <p>.
    bool tight_paragraph() const noexcept {
        const std::size_t n = s_.open_blocks.size();
        return n != 0 && s_.open_blocks[n - 1].block.type == markdown_block_type::list_item &&
               s_.open_blocks[n - 1].block.tight;
    }

    void paragraph(const block_event& e) {
        markdown_block p;
        p.tight = tight_paragraph();
        p.offset = e.begin;
        handler_.enter_block(p);
        const std::size_t end = inline_parser(text_, s_.inlines, settings_.quirks).run(e.begin, e.end);
        const std::vector<inline_item>& items = s_.inlines.items;
        std::size_t plain = e.begin; // the start of the plain text not yet written
        for (std::size_t i = 0; i < items.size() && !stopped_; ++i) {
            const inline_item& item = items[i];
            if (item.kind == inline_kind::text) continue; // part of the plain text around it
            const std::size_t before = text_before(item);
            if (before > plain) {
                text(plain, before);
                if (stopped_) break;
            }
            plain = text_after(item);
            switch (item.kind) {
            case inline_kind::text: break;
            case inline_kind::escaped: handler_.text(text_.substr(item.begin, 1)); break;
            case inline_kind::reference: reference(item.begin); break;
            case inline_kind::softbreak: handler_.soft_break(); break;
            case inline_kind::hardbreak: handler_.hard_break(); break;
            case inline_kind::delimiter: delimiter(item); break;
            case inline_kind::link_open: link_open(s_.inlines.links[item.link]); break;
            case inline_kind::link_close: link_close(); break;
            case inline_kind::autolink: autolink(item); break;
            case inline_kind::literal:
                literal(item.begin, item.end);
                if (item.skip_to != 0) i = item.skip_to - 1;
                break;
            }
            check_output(item.begin);
        }
        if (!stopped_ && end > plain) text(plain, end);
        if (stopped_) close_inlines();
        handler_.leave_block(p);
    }

    void text(std::size_t begin, std::size_t end) {
        if (begin >= end || stopped_) return;
        if (end - begin <= text_piece) { // most text is one piece
            source_text(begin, end);
            check_output(begin);
            return;
        }
        while (begin < end && !stopped_) {
            std::size_t cut = end - begin > text_piece ? begin + text_piece : end;
            while (cut < end && (static_cast<unsigned char>(text_[cut]) & 0xC0) == 0x80) ++cut;
            source_text(begin, cut);
            check_output(begin);
            begin = cut;
        }
    }

    /// The input's text [begin, end) to the handler.
    void source_text(std::size_t begin, std::size_t end) {
        if constexpr (takes_source_text<Handler>::value)
            handler_.source_text(text_.substr(begin, end - begin), text_.size() - begin);
        else
            handler_.text(text_.substr(begin, end - begin));
    }

    void literal(std::size_t begin, std::size_t end) {
        // Line endings inside code spans, raw HTML and images read as LF, as cmark-gfm reads them.
        std::size_t start = begin;
        for (std::size_t i = begin; i < end; ++i) {
            if (text_[i] != '\r') continue;
            text(start, i);
            handler_.text("\n");
            if (i + 1 < end && text_[i + 1] == '\n') ++i;
            start = i + 1;
        }
        text(start, end);
    }

    void reference(std::size_t at) {
        const reference_match m = match_reference(text_, at, settings_.quirks.eight_digit_references);
        if (!m.named.empty()) {
            handler_.text(m.named);
            return;
        }
        utf8_buffer encoded;
        append_utf8(encoded, m.code_point);
        handler_.text(encoded.view());
    }

    void delimiter(const inline_item& item) {
        const std::vector<emphasis_match>& matches = s_.inlines.matches;
        for (slot m = item.first_close; m != no_slot; m = matches[m].next) emphasis_close(matches[m].strong, item);
        if (item.count != 0) text(item.begin, item.begin + item.count);
        for (slot m = item.first_open; m != no_slot; m = matches[m].next) emphasis_open(matches[m].strong, item);
    }

    void emphasis_open(bool strong, const inline_item& item) {
        ++emphasis_depth_;
        if (emphasis_depth_ > settings_.max_nesting) {
            too_deep(item.begin);
            handler_.text(text_.substr(item.begin, strong ? 2 : 1));
            return;
        }
        s_.open_emphasis.push_back({item.begin, strong});
        handler_.enter_span(emphasis_span(strong, item.begin));
    }

    void emphasis_close(bool strong, const inline_item& item) {
        if (emphasis_depth_ > settings_.max_nesting) handler_.text(text_.substr(item.begin, strong ? 2 : 1));
        else leave_emphasis();
        --emphasis_depth_;
    }

    void leave_emphasis() {
        const engine_scratch::open_emphasis_record open = s_.open_emphasis.back();
        s_.open_emphasis.pop_back();
        handler_.leave_span(emphasis_span(open.strong, open.offset));
    }

    static markdown_span emphasis_span(bool strong, std::size_t offset) noexcept {
        markdown_span span;
        span.type = strong ? markdown_span_type::strong : markdown_span_type::emphasis;
        span.offset = offset;
        return span;
    }

    void too_deep(std::size_t offset) {
        if (emphasis_too_deep_) return;
        emphasis_too_deep_ = true;
        diagnostics_.add(diagnostic_code::markdown_too_deep, severity::warning, offset, settings_.path,
                         "emphasis is nested more than ", settings_.max_nesting,
                         " deep; the deeper delimiters are shown as text");
    }

    /// Applies the link policy and the rewriter to s_.destination; true when the link is rendered,
    /// with its URL in s_.href.
    bool resolve(std::size_t offset, link_check& check) {
        check = check_link(s_.destination);
        if (!check.allowed()) {
            diagnostics_.add(diagnostic_code::markdown_link_refused, severity::warning, offset, settings_.path,
                             "the link ", quoted{s_.destination}, " is shown as text, not as a link: ",
                             to_string(check.refusal));
            return false;
        }
        s_.href.clear();
        if (settings_.rewriter == nullptr) {
            s_.href = s_.destination;
            return true;
        }
        if (!settings_.rewriter->rewrite(s_.destination, check, s_.href)) {
            diagnostics_.add(diagnostic_code::markdown_link_refused, severity::warning, offset, settings_.path,
                             "the link ", quoted{s_.destination},
                             " is shown as text, not as a link: the link resolver refused it");
            return false;
        }
        const link_check rewritten = check_link(s_.href);
        if (!rewritten.allowed()) {
            diagnostics_.add(diagnostic_code::markdown_link_refused, severity::warning, offset, settings_.path,
                             "the link ", quoted{s_.destination}, " is shown as text, not as a link: the link resolver turned it into ",
                             quoted{s_.href}, ", which is not allowed: ", to_string(rewritten.refusal));
            return false;
        }
        return true;
    }

    void link_open(const link_span& link) {
        in_link_ = true;
        s_.destination.clear();
        append_link_text(s_.destination, text_, link.dest_begin, link.dest_end, true, settings_.quirks);
        s_.title.clear();
        append_link_text(s_.title, text_, link.title_begin, link.title_end, false, settings_.quirks);
        make_valid(s_.destination, s_.spare);
        link_check check;
        link_rendered_ = resolve(link.dest_begin, check);
        if (!link_rendered_) return;
        if (!fits(s_.href.size() * 3 + s_.title.size() * 6 + 256, link.begin)) {
            link_rendered_ = false;
            return;
        }
        open_link_ = link_span_of(link.begin, check.kind, false);
        handler_.enter_span(open_link_);
    }

    void link_close() {
        if (link_rendered_) handler_.leave_span(open_link_);
        link_rendered_ = false;
        in_link_ = false;
    }

    markdown_span link_span_of(std::size_t offset, link_kind kind, bool autolink) const noexcept {
        markdown_span span;
        span.type = markdown_span_type::link;
        span.offset = offset;
        span.href = s_.href;
        span.destination = s_.destination;
        span.title = s_.title;
        span.kind = kind;
        span.autolink = autolink;
        return span;
    }

    void autolink(const inline_item& item) {
        const std::string_view url = text_.substr(item.begin, item.end - item.begin);
        if (in_link_) {
            nested_link(item, url);
            return;
        }
        s_.destination.clear();
        if (item.email) s_.destination = "mailto:";
        append_references_decoded(s_.destination, url, settings_.quirks.eight_digit_references);
        make_valid(s_.destination, s_.spare);
        link_check check;
        const bool rendered = resolve(item.begin, check);
        s_.title.clear();
        markdown_span span;
        const bool entered = rendered && fits(s_.href.size() * 3 + 256, item.begin);
        if (entered) {
            span = link_span_of(item.begin - 1, check.kind, true);
            handler_.enter_span(span);
        }
        // The link text: the address with its references decoded.
        s_.autolink_text.clear();
        append_references_decoded(s_.autolink_text, url, settings_.quirks.eight_digit_references);
        handler_.text(s_.autolink_text);
        if (entered) handler_.leave_span(span);
    }

    /// An autolink written in the text of an inline link. CommonMark makes it a link inside the
    /// link (cmark-gfm nests the anchors), but links never nest: a browser would end the outer
    /// link at the inner one, and the text outputs would show only one destination. It is
    /// shown as text, so that the whole text leads where the link around it does; the link
    /// around it, when it is not refused, writes its own destination (a URL in the text outputs).
    void nested_link(const inline_item& item, std::string_view url) {
        s_.autolink_text.clear();
        if (item.email) s_.autolink_text = "mailto:";
        append_references_decoded(s_.autolink_text, url, settings_.quirks.eight_digit_references);
        make_valid(s_.autolink_text, s_.spare);
        if (link_rendered_)
            diagnostics_.add_span(diagnostic_code::markdown_nested_link, severity::warning, item.begin, item.end,
                                  settings_.path, "the link ", quoted{s_.autolink_text},
                                  " is written inside the text of the link to ", quoted{s_.destination},
                                  "; links cannot nest, so it is shown as text, and all of that text leads to ",
                                  quoted{s_.destination});
        else
            diagnostics_.add_span(diagnostic_code::markdown_nested_link, severity::warning, item.begin, item.end,
                                  settings_.path, "the link ", quoted{s_.autolink_text},
                                  " is written inside the text of another link; links cannot nest, so it is shown as text");
        s_.autolink_text.clear();
        append_references_decoded(s_.autolink_text, url, settings_.quirks.eight_digit_references);
        handler_.text(s_.autolink_text);
    }

    bool fits(std::size_t more, std::size_t offset) {
        if (output_size() + more <= settings_.max_output_bytes) return true;
        stop(offset);
        return false;
    }

    void check_output(std::size_t offset) {
        if (!stopped_ && output_size() > settings_.max_output_bytes) stop(offset);
    }

    std::size_t output_size() const {
        if constexpr (reports_output_size<Handler>::value) return handler_.output_size();
        else return 0;
    }

    void stop(std::size_t offset) {
        if (stopped_) return;
        stopped_ = true;
        diagnostics_.add(diagnostic_code::markdown_output_too_large, severity::error, offset, settings_.path,
                         "the rendered output would be larger than the limit of ", settings_.max_output_bytes,
                         " bytes; it stops here, with every open element closed");
    }

    /// Leaves what is open, innermost first: emphasis opened inside the link, the link, the
    /// emphasis around it (each leave of a span opened before the link comes after it).
    void close_inlines() {
        while (!s_.open_emphasis.empty() && (!link_rendered_ || s_.open_emphasis.back().offset > open_link_.offset))
            leave_emphasis();
        if (link_rendered_) handler_.leave_span(open_link_);
        link_rendered_ = false;
        in_link_ = false;
        while (!s_.open_emphasis.empty()) leave_emphasis();
    }

    void close_all() {
        while (!s_.open_blocks.empty()) {
            const markdown_block closed = s_.open_blocks.back().block;
            s_.open_blocks.pop_back();
            handler_.leave_block(closed);
        }
    }

    std::string_view text_;
    const engine_settings& settings_;
    engine_scratch& s_;
    diagnostic_sink& diagnostics_;
    Handler& handler_;
    markdown_span open_link_;
    bool stopped_ = false;
    bool in_link_ = false;       // between an inline link's open and close, rendered or not
    bool link_rendered_ = false; // ... and it is a link in the output
    bool emphasis_too_deep_ = false;
    std::size_t emphasis_depth_ = 0;
};

/// Calls `visit(const link_found&)` for every link of `text` in document order (links inside
/// images, which render as text, are skipped).
template <typename Visit>
void find_links(std::string_view text, const engine_settings& settings, engine_scratch& s, Visit&& visit) {
    block_parser(text, s.blocks, settings.max_nesting).run();
    for (const block_event& e : s.blocks.events) {
        if (e.type != block_type::paragraph) continue;
        inline_parser(text, s.inlines).run(e.begin, e.end);
        const std::vector<inline_item>& items = s.inlines.items;
        bool in_link = false;
        for (std::size_t i = 0; i < items.size(); ++i) {
            const inline_item& item = items[i];
            link_found found;
            if (item.kind == inline_kind::literal && item.skip_to != 0) {
                i = item.skip_to - 1;
                continue;
            }
            if (item.kind == inline_kind::link_close) {
                in_link = false;
                continue;
            }
            if (item.kind == inline_kind::link_open) {
                in_link = true;
                const link_span& link = s.inlines.links[item.link];
                s.destination.clear();
                append_link_text(s.destination, text, link.dest_begin, link.dest_end, true);
                found.offset = link.begin;
                found.length = link.end - link.begin;
                found.destination_offset = link.dest_begin;
                found.destination_length = link.dest_end - link.dest_begin;
            } else if (item.kind == inline_kind::autolink) {
                s.destination.clear();
                if (item.email) s.destination = "mailto:";
                append_references_decoded(s.destination, text.substr(item.begin, item.end - item.begin));
                found.offset = item.begin - 1;
                found.length = item.end - item.begin + 2;
                found.destination_offset = item.begin;
                found.destination_length = item.end - item.begin;
                found.autolink = true;
                found.inside_link = in_link;
            } else {
                continue;
            }
            make_valid(s.destination, s.spare);
            found.destination = s.destination;
            found.check = check_link(s.destination);
            visit(static_cast<const link_found&>(found));
        }
    }
}

} // namespace appnotify::detail::md

#endif // APPNOTIFY_DETAIL_MARKDOWN_RENDER_HPP
