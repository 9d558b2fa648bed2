// SPDX-License-Identifier: MIT
// The differential oracle: cmark-gfm (libcmark-gfm, CMARK_OPT_DEFAULT, no extensions) against
// appnotify's HTML renderer. An input is compared when cmark-gfm's rendering stays inside the
// subset (p, em, strong, a, ul, ol, li, br; no reference definition; only links the policy
// allows). A difference must be one of the named known differences, each proved by rendering
// again with the matching cmark_029_quirks flag (or, for the lazy-line one, by the exact shape
// of the difference): nothing is skipped because it merely looks like a known case. One
// difference is appnotify's by design, not the spec's: links never nest, so an autolink inside
// a link's text is that text (cmark-gfm nests the <a> elements); the oracle removes exactly the
// inner <a ...> and </a> from cmark-gfm's HTML before comparing.
//
// Shared by tests/markdown_differential_test.cpp and fuzz/fuzz_markdown_differential.cpp; links
// libcmark-gfm (the library itself never does).
#ifndef APPNOTIFY_TEST_MARKDOWN_ORACLE_HPP
#define APPNOTIFY_TEST_MARKDOWN_ORACLE_HPP

#include <appnotify/appnotify.hpp>

#include <cmark-gfm.h>
extern "C" {
#include <cmark-gfm/parser.h>
int cmark_utf8proc_is_punctuation(std::int32_t uc); // exported by libcmark-gfm (cmark-gfm/utf8.h)
}

#include <array>
#include <cstdint>
#include <cstddef>
#include <cstdlib>
#include <string>
#include <string_view>

namespace markdown_test {

/// Why an input was not compared, or which known difference explains a mismatch.
enum class outcome : std::size_t {
    agrees,
    // not compared: cmark-gfm's rendering is outside the subset
    cmark_outside_subset,      // an element other than p em strong a ul ol li br, or raw HTML
    cmark_reference_definition, // reference links are outside the subset
    cmark_refused_link,        // a link the policy refuses (rendered as text by appnotify)
    cmark_control_in_link,     // CommonMark 0.30+: no ASCII control character in a destination
    // known differences, each proved
    punctuation_table,         // CommonMark 0.31 counts Unicode symbols as punctuation; Unicode 14 tables
    reference_digit_limits,    // CommonMark 0.31: &#1234567; and &#x123456; at most
    bang_caret_image,          // cmark-gfm's footnote syntax: "![^" opens no image
    openers_bottom_can_open,   // CommonMark 0.31: openers_bottom is also keyed by can-open
    balanced_destination_parentheses, // CommonMark 0.31: unbalanced parentheses end no destination
    raw_html_declarations_comments, // CommonMark 0.31: <!x...> declarations; comments may hold "--"; <?..??>
    lazy_line_indentation,     // spec: a lazy line's leading spaces are dropped, as every line's
    nested_link_text,          // by design: an autolink inside a link's text is text (links never nest)
    differs,                   // unexplained: a bug
    count_
};

inline constexpr std::array<std::string_view, static_cast<std::size_t>(outcome::count_)> outcome_names = {
    "agrees",
    "not compared: cmark-gfm output outside the subset",
    "not compared: reference definition",
    "not compared: link refused by the policy",
    "not compared: ASCII control character in a cmark-gfm link (CommonMark 0.30+ forbids it)",
    "known: punctuation for flanking: Unicode symbols (CommonMark 0.31) and Unicode 14 tables",
    "known: numeric references of 8 digits (CommonMark 0.31 allows 7 decimal, 6 hexadecimal)",
    "known: \"![^\" opens no image in cmark-gfm (GFM footnote syntax)",
    "known: openers_bottom keyed by can-open too (CommonMark 0.31 appendix)",
    "known: unbalanced parentheses end no link destination (CommonMark 0.31)",
    "known: 0.31's raw HTML declarations, comments, processing instructions (shown as text) take precedence",
    "known: a lazy continuation line's indentation is dropped (CommonMark 4.8, 6.7)",
    "by design: an autolink inside a link's text is text (links never nest)",
    "DIFFERS",
};

class oracle {
public:
    oracle() {
        settings_.max_input_bytes = std::size_t(1) << 26;
        settings_.max_nesting = 1000;
        settings_.max_output_bytes = std::size_t(1) << 30;
    }

    /// Compares one input; the outputs of the last call stay in cmark_html() and ours().
    outcome check(std::string_view input) {
        sanitize(input);
        cmark_ = cmark_render(sanitized_);
        const outcome subset = cmark_subset(sanitized_);
        if (subset != outcome::agrees) return subset;
        expected_ = without_nested_links(cmark_);
        const bool nested = expected_ != cmark_;
        ours_ = render(input, {});
        if (ours_ == expected_) return nested ? outcome::nested_link_text : outcome::agrees;

        // Each known difference, alone, must explain the whole mismatch...
        appnotify::detail::md::cmark_029_quirks all;
        all.punctuation = &cmark_punctuation;
        all.eight_digit_references = all.bang_caret_is_not_an_image =
            all.openers_bottom_by_length_only = all.unbalanced_destination_parentheses = all.raw_html_029 = true;
        const outcome singles[] = {outcome::punctuation_table, outcome::reference_digit_limits,
                                   outcome::bang_caret_image, outcome::openers_bottom_can_open,
                                   outcome::balanced_destination_parentheses, outcome::raw_html_declarations_comments};
        for (const outcome single : singles)
            if (render(input, only(single)) == expected_) return single;
        // ...or several together (each counted by the first that is needed).
        const std::string legacy = render(input, all);
        if (legacy == expected_) {
            for (const outcome single : singles) {
                appnotify::detail::md::cmark_029_quirks without = all;
                set(without, single, false);
                if (render(input, without) != expected_) return single;
            }
        }
        // cmark-gfm keeps the indentation of a lazy continuation line (seen after a backslash hard
        // break, and in a title): the outputs then differ exactly by spaces and tabs after "\n".
        if (has_indented_lazy_line(input) &&
            without_breaks_indentation(legacy) == without_breaks_indentation(expected_))
            return outcome::lazy_line_indentation;
        return outcome::differs;
    }

    const std::string& cmark_html() const noexcept { return cmark_; }
    const std::string& ours() const noexcept { return ours_; }

    /// cmark-gfm's HTML for `input`.
    static std::string cmark_render(std::string_view input) {
        char* html = cmark_markdown_to_html(input.data(), input.size(), CMARK_OPT_DEFAULT);
        std::string out(html);
        std::free(html);
        return out;
    }

    /// cmark-gfm's HTML with every <a ...> opened inside an open <a> removed, and its </a>: what
    /// appnotify writes for an autolink inside a link's text, the only link cmark-gfm nests (an
    /// autolink holds text alone, so one level of depth says which </a> is whose).
    static std::string without_nested_links(const std::string& html) {
        std::string out;
        std::size_t depth = 0;
        std::size_t i = 0;
        while (i < html.size()) {
            if (html.compare(i, 3, "<a ") == 0) {
                const std::size_t end = html.find('>', i) + 1;
                if (depth++ == 0) out.append(html, i, end - i);
                i = end;
            } else if (html.compare(i, 4, "</a>") == 0) {
                if (--depth == 0) out.append("</a>");
                i += 4;
            } else {
                out.push_back(html[i++]);
            }
        }
        return out;
    }

    /// appnotify's HTML for `input`, with `quirks`.
    std::string render(std::string_view input, const appnotify::detail::md::cmark_029_quirks& quirks) {
        std::string out;
        appnotify::detail::md::engine_settings settings = settings_;
        settings.quirks = quirks;
        const appnotify::detail::md::html_settings html;
        diagnostics_.reset(true, 16);
        {
            // The sink cuts `out` to what it wrote when it ends.
            appnotify::detail::md::html_sink sink(out, html, input.size());
            appnotify::detail::md::event_producer<appnotify::detail::md::html_sink>(input, settings, scratch_,
                                                                                    diagnostics_, sink)
                .run();
        }
        return out;
    }

private:
    /// cmark-gfm's own classification (libcmark-gfm exports it).
    static bool cmark_punctuation(char32_t cp) { return cmark_utf8proc_is_punctuation(static_cast<std::int32_t>(cp)) != 0; }

    static void set(appnotify::detail::md::cmark_029_quirks& q, outcome which, bool value) {
        switch (which) {
        case outcome::punctuation_table: q.punctuation = value ? &cmark_punctuation : nullptr; break;
        case outcome::reference_digit_limits: q.eight_digit_references = value; break;
        case outcome::bang_caret_image: q.bang_caret_is_not_an_image = value; break;
        case outcome::openers_bottom_can_open: q.openers_bottom_by_length_only = value; break;
        case outcome::balanced_destination_parentheses: q.unbalanced_destination_parentheses = value; break;
        case outcome::raw_html_declarations_comments: q.raw_html_029 = value; break;
        default: break;
        }
    }
    static appnotify::detail::md::cmark_029_quirks only(outcome which) {
        appnotify::detail::md::cmark_029_quirks q;
        set(q, which, true);
        return q;
    }

    /// appnotify reads invalid UTF-8 as U+FFFD; cmark-gfm (without CMARK_OPT_VALIDATE_UTF8)
    /// copies the bytes. cmark-gfm gets the input with the same replacements.
    void sanitize(std::string_view input) {
        sanitized_.clear();
        std::size_t i = 0;
        while (i < input.size()) {
            const auto d = appnotify::detail::decode_utf8(input, i);
            if (d.error == appnotify::detail::utf8_error::none) sanitized_.append(input.substr(i, d.length));
            else sanitized_.append("\xEF\xBF\xBD");
            i += d.length;
        }
    }

    static outcome cmark_subset(const std::string& input) {
        cmark_parser* parser = cmark_parser_new(CMARK_OPT_DEFAULT);
        cmark_parser_feed(parser, input.data(), input.size());
        cmark_node* document = cmark_parser_finish(parser);
        outcome result = outcome::agrees;
        cmark_iter* it = cmark_iter_new(document);
        for (cmark_event_type e = cmark_iter_next(it); e != CMARK_EVENT_DONE; e = cmark_iter_next(it)) {
            cmark_node* node = cmark_iter_get_node(it);
            switch (cmark_node_get_type(node)) {
            case CMARK_NODE_DOCUMENT:
            case CMARK_NODE_PARAGRAPH:
            case CMARK_NODE_LIST:
            case CMARK_NODE_ITEM:
            case CMARK_NODE_TEXT:
            case CMARK_NODE_SOFTBREAK:
            case CMARK_NODE_LINEBREAK:
            case CMARK_NODE_EMPH:
            case CMARK_NODE_STRONG: break;
            case CMARK_NODE_LINK: {
                const char* url = cmark_node_get_url(node);
                const std::string_view u = url != nullptr ? url : "";
                for (const char c : u)
                    if ((c > 0 && c < 0x20) || c == 0x7F) result = outcome::cmark_control_in_link;
                if (result == outcome::agrees && !appnotify::check_link(u).allowed()) result = outcome::cmark_refused_link;
                break;
            }
            default: result = outcome::cmark_outside_subset;
            }
            if (result != outcome::agrees) break;
        }
        cmark_iter_free(it);
        cmark_node_free(document);
        cmark_parser_free(parser);
        if (result == outcome::agrees && has_reference_definition(input)) result = outcome::cmark_reference_definition;
        return result;
    }

    /// cmark-gfm keeps reference definitions in its parser's map while the document is open:
    /// blank lines at the end close every paragraph (which is when definitions are taken out).
    static bool has_reference_definition(const std::string& input) {
        cmark_parser* parser = cmark_parser_new(CMARK_OPT_DEFAULT);
        cmark_parser_feed(parser, input.data(), input.size());
        cmark_parser_feed(parser, "\n\n", 2);
        const bool found = parser->refmap != nullptr && parser->refmap->refs != nullptr;
        cmark_node_free(cmark_parser_finish(parser));
        cmark_parser_free(parser);
        return found;
    }

    bool has_indented_lazy_line(std::string_view input) {
        appnotify::detail::md::block_parser(input, blocks_, settings_.max_nesting, true).run();
        for (const std::size_t line : blocks_.lazy_lines)
            if (line < input.size() && (input[line] == ' ' || input[line] == '\t')) return true;
        return false;
    }

    static std::string without_breaks_indentation(const std::string& html) {
        std::string out;
        for (std::size_t i = 0; i < html.size(); ++i) {
            out.push_back(html[i]);
            if (html[i] == '\n')
                while (i + 1 < html.size() && (html[i + 1] == ' ' || html[i + 1] == '\t')) ++i;
        }
        return out;
    }

    appnotify::detail::md::engine_settings settings_;
    appnotify::detail::md::engine_scratch scratch_;
    appnotify::detail::md::block_scratch blocks_;
    appnotify::detail::diagnostic_sink diagnostics_;
    std::string sanitized_, cmark_, expected_, ours_;
};

} // namespace markdown_test

#endif // APPNOTIFY_TEST_MARKDOWN_ORACLE_HPP
