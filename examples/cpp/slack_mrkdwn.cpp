// SPDX-License-Identifier: MIT
// A fourth markdown output, outside the library: Slack's mrkdwn, written by a handler of the
// markdown event interface (docs/markdown.md). Reads OverrideContent markdown from FILE (or
// standard input) and writes it as mrkdwn: *bold*, _italic_, <url|text> links resolved for an
// organization and app, lists with "•" and numbers, and &, <, > escaped as Slack requires.
// Refused links arrive as their text, and a link written inside a link's text as text: the
// handler never has to decide whether a link is safe. Diagnostics go to standard error.
//
// usage: slack_mrkdwn [--org URL] [--app-id GUID] [FILE]
#include <appnotify/appnotify.hpp>

#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace {

/// Appends `text` with what mrkdwn must not hold as text escaped (&, <, >), invalid UTF-8 and
/// control characters replaced: the events give the input's bytes, the output makes them safe.
void append_escaped(std::string& out, std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            if (c == '&') out += "&amp;";
            else if (c == '<') out += "&lt;";
            else if (c == '>') out += "&gt;";
            else if (c < 0x20 || c == 0x7F) out += c == '\t' ? " " : "\xEF\xBF\xBD";
            else out += static_cast<char>(c);
            ++i;
            continue;
        }
        // A well-formed UTF-8 sequence is copied; anything else is one U+FFFD per byte.
        const std::size_t length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
        bool valid = length != 0 && c <= 0xF4 && i + length <= text.size();
        for (std::size_t k = 1; valid && k < length; ++k) valid = (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
        if (valid && length == 3) {
            const auto next = static_cast<unsigned char>(text[i + 1]);
            valid = !(c == 0xE0 && next < 0xA0) && !(c == 0xED && next >= 0xA0); // overlong, surrogates
        }
        if (valid && length == 4) {
            const auto next = static_cast<unsigned char>(text[i + 1]);
            valid = !(c == 0xF0 && next < 0x90) && !(c == 0xF4 && next >= 0x90);
        }
        if (valid) out.append(text, i, length);
        else out += "\xEF\xBF\xBD";
        i += valid ? length : 1;
    }
}

/// Appends a URL for <url|text>: '&' as &amp; (Slack reads entities in links too), and every
/// byte that could end or split the link, or is not printable ASCII, percent-encoded.
void append_url(std::string& out, std::string_view url) {
    static const char hex[] = "0123456789ABCDEF";
    for (const char ch : url) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '&') out += "&amp;";
        else if (c <= 0x20 || c >= 0x7F || c == '<' || c == '>' || c == '|' || c == '"') {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 0xF];
        } else {
            out += ch;
        }
    }
}

/// The handler: any class with these member functions (a template handler, called without
/// virtual dispatch); deriving from appnotify::markdown_handler works too.
class slack_mrkdwn {
public:
    explicit slack_mrkdwn(std::string& out) : out_(out) {}

    void enter_block(const appnotify::markdown_block& block) {
        using type = appnotify::markdown_block_type;
        switch (block.type) {
        case type::bullet_list:
        case type::ordered_list:
            if (lists_.empty()) separate();
            lists_.push_back(block);
            break;
        case type::list_item:
            new_line();
            out_.append(2 * (lists_.size() - 1), ' ');
            if (block.number != 0) out_ += std::to_string(block.number) + block.marker + ' ';
            else out_ += "\xE2\x80\xA2 ";
            item_started_ = true;
            break;
        case type::paragraph:
            if (lists_.empty()) {
                separate();
            } else if (!item_started_) { // a later paragraph of an item: under its text
                new_line();
                out_.append(2 * lists_.size(), ' ');
            }
            item_started_ = false;
            break;
        }
    }
    void leave_block(const appnotify::markdown_block& block) {
        if (block.type == appnotify::markdown_block_type::bullet_list ||
            block.type == appnotify::markdown_block_type::ordered_list)
            lists_.pop_back();
    }

    void enter_span(const appnotify::markdown_span& span) {
        switch (span.type) {
        case appnotify::markdown_span_type::strong: marker('*', bold_++); break;
        case appnotify::markdown_span_type::emphasis: marker('_', italic_++); break;
        case appnotify::markdown_span_type::link:
            in_link_ = true;
            link_text_.clear();
            break;
        }
    }
    void leave_span(const appnotify::markdown_span& span) {
        switch (span.type) {
        case appnotify::markdown_span_type::strong: marker('*', --bold_); break;
        case appnotify::markdown_span_type::emphasis: marker('_', --italic_); break;
        case appnotify::markdown_span_type::link:
            // <url|text>, or <url> when the text is the address itself.
            in_link_ = false;
            out_ += '<';
            append_url(out_, span.href);
            if (link_text_ != span.href) {
                out_ += '|';
                append_escaped(out_, link_text_);
            }
            out_ += '>';
            break;
        }
    }

    void text(std::string_view text) {
        if (in_link_) link_text_ += text; // a link's text is written with the link
        else append_escaped(out_, text);
    }
    void soft_break() { text(" "); } // what the notification center shows for a line ending
    void hard_break() {
        if (in_link_) link_text_ += ' ';
        else out_ += '\n';
    }

private:
    /// Slack styles a whole run once: nested bold (or italic) writes no second marker, and link
    /// texts are not styled.
    void marker(char c, int depth_outside) {
        if (depth_outside == 0 && !in_link_) out_ += c;
    }
    void new_line() {
        if (!out_.empty() && out_.back() != '\n') out_ += '\n';
    }
    /// A blank line between the document's paragraphs and lists.
    void separate() {
        if (out_.empty()) return;
        new_line();
        out_ += '\n';
    }

    std::string& out_;
    std::vector<appnotify::markdown_block> lists_;
    std::string link_text_;
    int bold_ = 0, italic_ = 0;
    bool in_link_ = false;
    bool item_started_ = false;
};

bool read_all(std::FILE* file, std::string& text) {
    char buffer[65536];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, file)) != 0) text.append(buffer, n);
    return std::ferror(file) == 0;
}

} // namespace

int main(int argc, char** argv) {
    appnotify::app_context context;
    const char* path = nullptr;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--org") == 0 && i + 1 < argc) context.org_url = argv[++i];
        else if (std::strcmp(argv[i], "--app-id") == 0 && i + 1 < argc) context.app_id = argv[++i];
        else if (path == nullptr && argv[i][0] != '-') path = argv[i];
        else {
            std::fputs("usage: slack_mrkdwn [--org URL] [--app-id GUID] [FILE]\n", stderr);
            return 2;
        }
    }
    std::FILE* file = path != nullptr ? std::fopen(path, "rb") : stdin;
    std::string markdown;
    if (file == nullptr || !read_all(file, markdown)) {
        std::fprintf(stderr, "slack_mrkdwn: cannot read %s\n", path != nullptr ? path : "standard input");
        return 2;
    }
    if (file != stdin) std::fclose(file);

    // Links resolved for the organization and app, and checked again after that.
    const appnotify::app_link_resolver resolver(context);
    appnotify::markdown_options options;
    options.rewriter = &resolver;

    std::string mrkdwn;
    slack_mrkdwn handler(mrkdwn);
    appnotify::markdown_renderer renderer; // reuse it (one per thread) to allocate nothing per message
    const appnotify::markdown_report& report = renderer.parse(markdown, handler, options);
    mrkdwn += '\n';
    std::fwrite(mrkdwn.data(), 1, mrkdwn.size(), stdout);

    std::string messages;
    for (const appnotify::diagnostic& d : report.diagnostics())
        appnotify::format_diagnostic(messages, d, path != nullptr ? path : "-", markdown);
    std::fputs(messages.c_str(), stderr);
    return report.ok() ? 0 : 1;
}
