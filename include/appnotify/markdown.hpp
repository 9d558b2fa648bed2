// SPDX-License-Identifier: MIT
// appnotify: rendering the markdown of OverrideContent title and body, safely, as HTML (the same
// bytes as cmark-gfm for the subset), as ANSI for terminals, and as plain text, into any output
// (output.hpp); and its events, for outputs of your own (markdown_events.hpp).
//
// The subset: paragraphs, soft and hard line breaks, emphasis and strong emphasis, inline links
// and autolinks, bullet and ordered lists, backslash escapes and character references, with
// CommonMark 0.31.2's rules. Anything else (headings, block quotes, code, thematic breaks,
// images, reference links, raw HTML, tables) is shown as the characters it was written with.
// Every link goes through check_link (link_policy.hpp); refused links are shown as text, and a
// link written inside another link's text is shown as text within it: links never nest.
// See docs/markdown.md.
#ifndef APPNOTIFY_MARKDOWN_HPP
#define APPNOTIFY_MARKDOWN_HPP

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "config.hpp"
#include "detail/diagnostic_sink.hpp"
#include "detail/markdown_html.hpp"
#include "detail/markdown_render.hpp"
#include "detail/markdown_terminal.hpp"
#include "diagnostic.hpp"
#include "link_policy.hpp"
#include "list_view.hpp"
#include "markdown_events.hpp"
#include "output.hpp"

namespace appnotify {

/// Limits that keep hostile markdown cheap. Exceeding one is a diagnostic; the output stays
/// well-formed.
struct markdown_limits {
    /// Larger inputs are not rendered at all (markdown-input-too-large, an error).
    std::size_t max_input_bytes = std::size_t(1) << 20;
    /// Deepest nesting of lists, and of emphasis; deeper markers and delimiters are shown as
    /// text (markdown-too-deep, a warning).
    std::size_t max_nesting = 32;
    /// Rendering stops once the output passes this size, and closes what is open
    /// (markdown-output-too-large, an error). The closing tags, and at most one piece of text
    /// of up to 4 KiB of input, may go past the limit.
    std::size_t max_output_bytes = std::size_t(16) << 20;
};

struct markdown_options {
    /// Turns each allowed link destination into the URL to emit (the app-link resolver of
    /// links.hpp is one); without one, the destination itself is the URL.
    const link_rewriter* rewriter = nullptr;
    /// JSON Pointer given to the diagnostics, e.g. "/OverrideContent/body".
    std::string_view path;
    markdown_limits limits;
    /// HTML: links open in a new window (target="_blank" rel="noopener noreferrer").
    bool links_in_new_window = false;
    /// HTML: when not empty, every element gets class="<prefix><tag name>" (e.g. "an-" gives
    /// class="an-p", class="an-strong"...).
    std::string_view class_prefix;
    /// ANSI: links as OSC 8 hyperlinks; when false, as `text <URL>`.
    bool hyperlinks = true;
    /// ANSI and plain text: wrap lines at this display width (0: never).
    std::size_t wrap_width = 0;
};

/// A link found in markdown text (see markdown_renderer::for_each_link).
struct markdown_link {
    /// Byte offset and length of the whole link ("[text](destination)" or "<URL>").
    std::size_t offset = 0;
    std::size_t length = 0;
    /// Byte offset and length of the destination as written.
    std::size_t destination_offset = 0;
    std::size_t destination_length = 0;
    /// The destination after its escapes and character references (an e-mail autolink gets
    /// "mailto:"); valid during the call only.
    std::string_view destination;
    /// What the link policy says about it.
    link_check check;
    bool autolink = false;
    /// An autolink written inside the text of an inline link (markdown-nested-link): links
    /// cannot nest, so the renderers show it as text within the link around it.
    bool inside_link = false;
};

/// The diagnostics of one rendering. Views in the diagnostics point into this object: they stay
/// valid while it lives and is not reused; the accessor that hands them out is deleted on
/// rvalues. A default-constructed or moved-from report holds none.
class markdown_report {
public:
    markdown_report() noexcept = default;
    markdown_report(markdown_report&& other) noexcept
        : storage_(std::move(other.storage_)), errors_(other.errors_), warnings_(other.warnings_) {
        other.errors_ = other.warnings_ = 0;
    }
    markdown_report& operator=(markdown_report&& other) noexcept {
        if (this != &other) {
            storage_ = std::move(other.storage_);
            errors_ = other.errors_;
            warnings_ = other.warnings_;
            other.errors_ = other.warnings_ = 0;
        }
        return *this;
    }
    markdown_report(const markdown_report&) = delete;
    markdown_report& operator=(const markdown_report&) = delete;
    ~markdown_report() = default;

    /// True when no diagnostic is an error (warnings allowed).
    [[nodiscard]] bool ok() const noexcept { return errors_ == 0; }
    explicit operator bool() const noexcept { return ok(); }
    [[nodiscard]] std::size_t error_count() const noexcept { return errors_; }
    [[nodiscard]] std::size_t warning_count() const noexcept { return warnings_; }
    [[nodiscard]] list_view<diagnostic> diagnostics() const& noexcept {
        if (!storage_) return {};
        return {storage_->diagnostics.data(), storage_->diagnostics.size()};
    }
    list_view<diagnostic> diagnostics() const&& = delete;

private:
    friend class markdown_renderer;
    struct storage {
        detail::diagnostic_sink sink;
        std::vector<diagnostic> diagnostics;
    };
    /// Starts a rendering; the buffers are made on first use.
    detail::diagnostic_sink& start() {
        if (!storage_) storage_ = std::make_unique<storage>();
        storage_->sink.reset(true, max_kept);
        return storage_->sink;
    }
    void finish(std::string_view text) {
        storage_->sink.finish(text, storage_->diagnostics);
        errors_ = storage_->sink.error_count();
        warnings_ = storage_->sink.warning_count();
    }
    static constexpr std::size_t max_kept = 1000;

    std::unique_ptr<storage> storage_;
    std::size_t errors_ = 0;
    std::size_t warnings_ = 0;
};

/// Renders markdown, reusing its buffers: keep one per thread and rendering allocates nothing
/// once the buffers have grown (the output too: a reused std::string, a fixed_buffer, or a
/// callback, which gets the output in one block). A moved-from renderer makes new buffers when it
/// is used again.
class markdown_renderer {
public:
    markdown_renderer() noexcept = default;

    /// Appends the HTML of `markdown` to `out`.
    const markdown_report& render_html(std::string_view markdown, output out, const markdown_options& options = {}) {
        const detail::md::html_settings html{options.links_in_new_window, options.class_prefix};
        return produce(markdown, out, [&](std::string& target) {
            detail::md::html_sink sink(target, html, markdown.size());
            events(markdown, options, sink);
        });
    }

    /// Appends `markdown` for a terminal to `out`: bold, italic and hyperlinks as ANSI escape
    /// sequences, lists with bullets and numbers. No control character of the input is written.
    const markdown_report& render_ansi(std::string_view markdown, output out, const markdown_options& options = {}) {
        return render_terminal(markdown, out, options, {true, options.hyperlinks, options.wrap_width});
    }

    /// Appends `markdown` as plain text to `out`: markup removed, lists as "-" and numbers,
    /// links as "text (URL)". No control character of the input is written.
    const markdown_report& render_text(std::string_view markdown, output out, const markdown_options& options = {}) {
        return render_terminal(markdown, out, options, {false, false, options.wrap_width});
    }

    /// Sends the events of `markdown` to `handler` (markdown_events.hpp), with the links checked
    /// and resolved as `options` say. `Handler` is any class with the member functions of
    /// markdown_handler (enter_block, leave_block, enter_span, leave_span, text, soft_break,
    /// hard_break; `output_size() const` is optional, for max_output_bytes), called directly,
    /// without virtual dispatch. A class derived from markdown_handler goes to the overload below.
    template <typename Handler, std::enable_if_t<!std::is_base_of_v<markdown_handler, Handler>, int> = 0>
    const markdown_report& parse(std::string_view markdown, Handler& handler, const markdown_options& options = {}) {
        report_.start();
        events(markdown, options, handler);
        report_.finish(markdown);
        return report_;
    }

    /// The same with a handler's virtual functions: one call per event, and one function a
    /// compiled library exports.
    const markdown_report& parse(std::string_view markdown, markdown_handler& handler, const markdown_options& options = {}) {
        report_.start();
        events<markdown_handler>(markdown, options, handler);
        report_.finish(markdown);
        return report_;
    }

    /// Calls `visit(const markdown_link&)` for every link of `markdown`, in order, with what
    /// the link policy says about it (links inside images, which are shown as text, are not
    /// links). Only markdown-input-too-large is reported.
    template <typename Visit>
    const markdown_report& for_each_link(std::string_view markdown, Visit&& visit, const markdown_options& options = {}) {
        report_.start();
        const detail::md::engine_settings settings = engine(options);
        if (detail::md::event_producer<markdown_handler>::check_input_size(markdown, settings, report_.storage_->sink) &&
            may_hold_links(markdown)) {
            detail::md::find_links(markdown, settings, buffers().engine, [&visit](const detail::md::link_found& found) {
                markdown_link link;
                link.offset = found.offset;
                link.length = found.length;
                link.destination_offset = found.destination_offset;
                link.destination_length = found.destination_length;
                link.destination = found.destination;
                link.check = found.check;
                link.autolink = found.autolink;
                link.inside_link = found.inside_link;
                visit(static_cast<const markdown_link&>(link));
            });
        }
        report_.finish(markdown);
        return report_;
    }

    /// The report of the last call.
    const markdown_report& report() const noexcept { return report_; }

    /// The report of the last call, moved out of a renderer that is no longer used.
    markdown_report take_report() && { return std::move(report_); }

private:
    struct scratch {
        detail::md::engine_scratch engine;
        detail::md::terminal_scratch terminal;
        std::string stage; // the output for a target that is not a std::string
    };

    /// An inline link starts with '[' and an autolink with '<' (references decode to text, never
    /// to syntax): text with neither holds no link, and two memchr calls say so without parsing.
    static bool may_hold_links(std::string_view markdown) noexcept {
        return markdown.find('[') != std::string_view::npos || markdown.find('<') != std::string_view::npos;
    }

    static detail::md::engine_settings engine(const markdown_options& options) noexcept {
        detail::md::engine_settings settings;
        settings.rewriter = options.rewriter;
        settings.path = options.path;
        settings.max_input_bytes = options.limits.max_input_bytes;
        settings.max_nesting = options.limits.max_nesting;
        settings.max_output_bytes = options.limits.max_output_bytes;
        return settings;
    }

    template <typename Handler>
    void events(std::string_view markdown, const markdown_options& options, Handler& handler) {
        const detail::md::engine_settings settings = engine(options);
        detail::md::event_producer<Handler>(markdown, settings, buffers().engine, report_.storage_->sink, handler).run();
    }

    /// Runs `render(std::string&)` into `out` (directly into a std::string target, staged for
    /// the others) between the report's start and finish.
    template <typename Render>
    const markdown_report& produce(std::string_view markdown, output out, Render&& render) {
        report_.start();
        detail::produce_into(out, buffers().stage, render);
        report_.finish(markdown);
        return report_;
    }

    scratch& buffers() {
        if (!scratch_) scratch_ = std::make_unique<scratch>();
        return *scratch_;
    }

    const markdown_report& render_terminal(std::string_view markdown, output out, const markdown_options& options,
                                           const detail::md::terminal_settings& terminal) {
        return produce(markdown, out, [&](std::string& target) {
            detail::md::terminal_sink sink(target, terminal, buffers().terminal);
            events(markdown, options, sink);
            sink.finish();
        });
    }

    std::unique_ptr<scratch> scratch_;
    markdown_report report_;
};

/// Appends the HTML of a markdown fragment to `out`; see markdown_renderer::render_html.
APPNOTIFY_EXTERNAL_LINKAGE markdown_report render_markdown_html(std::string_view markdown, output out,
                                                                const markdown_options& options = {});

/// Appends a markdown fragment for a terminal to `out`; see markdown_renderer::render_ansi.
APPNOTIFY_EXTERNAL_LINKAGE markdown_report render_markdown_ansi(std::string_view markdown, output out,
                                                                const markdown_options& options = {});

/// Appends a markdown fragment as plain text to `out`; see markdown_renderer::render_text.
APPNOTIFY_EXTERNAL_LINKAGE markdown_report render_markdown_text(std::string_view markdown, output out,
                                                                const markdown_options& options = {});

/// Sends the events of `markdown` to `handler`; see markdown_renderer::parse.
template <typename Handler>
markdown_report parse_markdown(std::string_view markdown, Handler& handler, const markdown_options& options = {}) {
    markdown_renderer renderer;
    renderer.parse(markdown, handler, options);
    return std::move(renderer).take_report();
}

/// Calls `visit(const markdown_link&)` for every link of `markdown`; see
/// markdown_renderer::for_each_link.
template <typename Visit>
markdown_report for_each_markdown_link(std::string_view markdown, Visit&& visit, const markdown_options& options = {}) {
    markdown_renderer renderer;
    renderer.for_each_link(markdown, std::forward<Visit>(visit), options);
    return std::move(renderer).take_report();
}

} // namespace appnotify

#if APPNOTIFY_HEADER_ONLY
#include "impl/markdown.inl"
#endif

#endif // APPNOTIFY_MARKDOWN_HPP
