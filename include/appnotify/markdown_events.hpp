// SPDX-License-Identifier: MIT
// appnotify: the markdown event interface, the one parser under every markdown output. A handler
// receives each block and span as it opens and closes, the text between them and the line breaks,
// in document order, the way md4c's callbacks work. Links arrive checked by the link policy and
// resolved: a handler never sees a link it must not write. The HTML, ANSI and plain-text
// renderers of markdown.hpp are handlers; a new output (Slack mrkdwn, an Adaptive Card TextBlock,
// a PDF) is a handler outside the library. See docs/markdown.md.
#ifndef APPNOTIFY_MARKDOWN_EVENTS_HPP
#define APPNOTIFY_MARKDOWN_EVENTS_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "link_policy.hpp"

namespace appnotify {

/// The blocks of the markdown subset. A document is a sequence of paragraphs and lists; a list
/// holds items; an item holds paragraphs and lists.
enum class markdown_block_type : std::uint8_t { paragraph, bullet_list, ordered_list, list_item };

/// "paragraph", "bullet-list", "ordered-list", "list-item".
[[nodiscard]] constexpr std::string_view to_string(markdown_block_type type) noexcept {
    switch (type) {
    case markdown_block_type::paragraph: return "paragraph";
    case markdown_block_type::bullet_list: return "bullet-list";
    case markdown_block_type::ordered_list: return "ordered-list";
    case markdown_block_type::list_item: return "list-item";
    }
    return "unknown";
}

/// A block as it opens; its `leave_block` gets the same values.
struct markdown_block {
    markdown_block_type type = markdown_block_type::paragraph;
    /// Lists and their items: no blank line separates the list's items (a tight list).
    /// Paragraph: directly inside an item of a tight list, where HTML writes no <p>.
    bool tight = false;
    /// Lists and their items: '-', '+' or '*' for a bullet list; '.' or ')', the delimiter after
    /// the numbers, for an ordered list. 0 for a paragraph.
    char marker = 0;
    /// Ordered list: its first number (0 to 999,999,999); an item of an ordered list: its own
    /// number (the first number plus its index). 0 otherwise.
    std::uint32_t number = 0;
    /// Byte offset in the markdown: a paragraph's first character, a list's or item's marker.
    std::size_t offset = 0;
};

/// The inline spans of the subset.
enum class markdown_span_type : std::uint8_t { emphasis, strong, link };

/// "emphasis", "strong", "link".
[[nodiscard]] constexpr std::string_view to_string(markdown_span_type type) noexcept {
    switch (type) {
    case markdown_span_type::emphasis: return "emphasis";
    case markdown_span_type::strong: return "strong";
    case markdown_span_type::link: return "link";
    }
    return "unknown";
}

/// A span as it opens; its `leave_span` gets the same values. The views are valid until the span
/// is left.
struct markdown_span {
    markdown_span_type type = markdown_span_type::emphasis;
    /// Byte offset in the markdown where the span starts: its delimiter run, '[' or '<'.
    std::size_t offset = 0;
    /// Link: the URL to write, not escaped for any format. The destination allowed by
    /// `check_link`, turned into a URL by `markdown_options::rewriter` when there is one, and
    /// allowed again after that.
    std::string_view href;
    /// Link: the destination as written, its backslash escapes and character references
    /// decoded ("mailto:" added to an e-mail autolink): what `check_link` checked.
    std::string_view destination;
    /// Link: its title, decoded; empty when it has none.
    std::string_view title;
    /// Link: what `check_link` says the destination is (never `link_kind::refused`).
    link_kind kind = link_kind::refused;
    /// Link: an autolink (`<https://x.y>`, `<a@b.co>`), whose text is its address.
    bool autolink = false;
};

/// The events of a markdown text, as virtual functions, for a handler compiled apart from the
/// library (a compiled appnotify exports the one function that takes it). Override what you
/// need; the others do nothing. In header-only code a template handler (any class with the
/// same member functions, see markdown_renderer::parse) avoids a virtual call per event.
///
/// Guarantees: every enter has its leave, properly nested, also when rendering stops at a
/// limit; a link span never opens inside another (a link written inside a link's text arrives
/// as text, with markdown-nested-link); a refused link arrives as its text alone; text is never
/// empty; no event follows the end of the input. Text holds the input's bytes, backslash
/// escapes and character references decoded: it may hold invalid UTF-8, NUL and control
/// characters, which each output must make safe for its format (the built-in outputs do).
class markdown_handler {
public:
    virtual ~markdown_handler() = default;

    virtual void enter_block(const markdown_block& block) { static_cast<void>(block); }
    virtual void leave_block(const markdown_block& block) { static_cast<void>(block); }
    virtual void enter_span(const markdown_span& span) { static_cast<void>(span); }
    virtual void leave_span(const markdown_span& span) { static_cast<void>(span); }
    /// Text of a paragraph: a piece of a line (a line may arrive in several pieces).
    virtual void text(std::string_view text) { static_cast<void>(text); }
    /// A line ending inside a paragraph: a space or a line break, as the output prefers.
    virtual void soft_break() {}
    /// A hard line break (two spaces or a backslash before the line ending).
    virtual void hard_break() {}
    /// The bytes written so far, for `markdown_limits::max_output_bytes`: the parser stops (and
    /// leaves every open span and block) once this passes the limit. 0 (the default) never does.
    [[nodiscard]] virtual std::size_t output_size() const { return 0; }

protected:
    markdown_handler() = default;
    markdown_handler(const markdown_handler&) = default;
    markdown_handler& operator=(const markdown_handler&) = default;
};

} // namespace appnotify

#endif // APPNOTIFY_MARKDOWN_EVENTS_HPP
