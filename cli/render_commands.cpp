// SPDX-License-Identifier: MIT
// `appnotify render`, `appnotify markdown` and `appnotify preview`: showing notifications.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <sys/ioctl.h>
#include <unistd.h>

#include <appnotify/appnotify.hpp>

#include "arguments.hpp"
#include "commands.hpp"
#include "input.hpp"
#include "terminal.hpp"

namespace cli {

const char* const render_help = R"(usage: appnotify render [--to html|ansi|text] [--dialect D] [--org URL] [--app-id GUID] [--width N] [FILE]

Renders one whole notification as the notification center shows it: icon, title, body (the
OverrideContent markdown when present, the plain strings otherwise), priority and toast badges,
actions as links, and the expiry. No FILE, or "-", reads standard input. A payload with errors is
not rendered: its diagnostics are printed and the exit status is 1. A push notification shows its
message as the title; a Graph notification its visual content's title and body.

Options:
  --dialect auto|action|record|push|graph
                          the payload's dialect; auto (the default) recognizes it
  --to html|ansi|text     html: an <article> card fragment; ansi: for a terminal (bold, colours,
                          OSC 8 hyperlinks); text: plain. Default: ansi on a terminal, else text.
  --org URL               resolve links for this organization (https://contoso.crm.dynamics.com)
  --app-id GUID           ... and this model-driven app (or --app-name NAME)
  --width N               wrap at N columns (default: the terminal's width, or no wrapping)
  --no-hyperlinks         ansi: write links as "text <URL>" instead of OSC 8 hyperlinks
)" APPNOTIFY_CLI_POLICY_HELP R"(  -h, --help              show this help

Example:
  appnotify render --org https://contoso.crm.dynamics.com examples/seed000/url-action.json
)";

const char* const markdown_help = R"(usage: appnotify markdown [--to html|ansi|text] [--org URL] [--app-id GUID] [--width N]

Renders a markdown fragment (the subset of OverrideContent: bold, italic, lists, links) from
standard input to standard output. The HTML is exactly the library's fragment, with nothing added.
Diagnostics (refused links, limits) go to standard error; the exit status is 1 when one is an
error.

Options:
  --to html|ansi|text     default: ansi on a terminal, else text
  --org URL, --app-id GUID, --app-name NAME
                          resolve links for an organization and app
  --width N               ansi and text: wrap at N columns
  --no-hyperlinks         ansi: links as "text <URL>"
  -h, --help              show this help

Example:
  printf '**SLA critical**: [case](?pagetype=entityrecord&etn=incident&id=0a9f62a8-90df-e311-9565-a45d36fc5fe8)' \
      | appnotify markdown --to html
)";

const char* const preview_help = R"(usage: appnotify preview [-o FILE] [--dialect D] [--org URL] [--app-id GUID] FILE...

Writes one standalone HTML page with a card per notification, styled after the model-driven app's
notification center: the icon of its IconType (inline SVG, or the iconUrl of a Custom icon), title,
body, action buttons, badges for High priority and Hidden toasts, and the expiry in words. Cards
are sorted High priority first, then in input order. A payload with errors gets a card listing its
diagnostics. The page has no script and no external resource, and a strict Content-Security-
Policy (default-src 'none'; style-src 'unsafe-inline'; img-src only the custom icons' origins).

Options:
  -o FILE                 write the page to FILE (default: standard output)
  --dialect auto|action|record|push|graph
                          the payloads' dialect; auto (the default) recognizes each one's
  --org URL, --app-id GUID, --app-name NAME
                          resolve links and custom icons for an organization and app
)" APPNOTIFY_CLI_POLICY_HELP R"(  -h, --help              show this help

Exit status: 0 when every payload is valid, 1 when one has errors (the page is written anyway),
2 for usage or I/O errors.

Example:
  appnotify preview -o preview.html examples/seed000/*.json
)";

namespace {

struct render_settings {
    std::string to;
    std::string org, app_id, app_name;
    std::size_t width = 0;
    bool hyperlinks = true;
};

std::size_t terminal_columns(int fd) {
    winsize size{};
    if (ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
    return 0;
}

/// Reads the options shared by render and markdown; false (after a message) on a usage error.
bool read_render_settings(const parsed_arguments& parsed, const char* command, render_settings& s) {
    s.to = parsed.value("--to", is_terminal(1) ? "ansi" : "text");
    if (s.to != "html" && s.to != "ansi" && s.to != "text") {
        std::fprintf(stderr, "appnotify %s: --to takes html, ansi or text\n", command);
        return false;
    }
    s.org = parsed.value("--org");
    s.app_id = parsed.value("--app-id");
    s.app_name = parsed.value("--app-name");
    s.hyperlinks = !parsed.has("--no-hyperlinks");
    if (parsed.has("--width")) {
        const std::string text = parsed.value("--width");
        char* end = nullptr;
        const unsigned long n = std::strtoul(text.c_str(), &end, 10);
        if (text.empty() || *end != '\0' || n > 100000) {
            std::fprintf(stderr, "appnotify %s: --width takes a number of columns\n", command);
            return false;
        }
        s.width = n;
    } else if (s.to != "html" && is_terminal(1)) {
        s.width = terminal_columns(1);
    }
    return true;
}

/// Checks the organization and app; false (after printing why) when they are unusable.
bool usable_context(const appnotify::app_context& context, const char* command) {
    appnotify::link_report report;
    appnotify::check_app_context(context, report);
    for (const appnotify::diagnostic& d : report.diagnostics())
        std::fprintf(stderr, "appnotify %s: %s\n", command, std::string(d.message).c_str());
    return report.ok();
}

void print_diagnostics(const appnotify::validation_result& result, const std::string& name, int fd) {
    std::string out;
    for (const appnotify::diagnostic& d : result.diagnostics())
        appnotify::format_diagnostic(out, d, name, result.input(), {use_color(color_mode::automatic, fd), true});
    std::fputs(out.c_str(), fd == 1 ? stdout : stderr);
}

bool read_input(const std::string& path, input_bytes& text, std::string& name) {
    input_file file(path);
    name = file.name();
    if (!file.ok() || !file.read_all(text, appnotify::validate_options{}.max_input_bytes + 1)) {
        std::fprintf(stderr, "appnotify: cannot read %s: %s\n", shown(name).c_str(), file.error().c_str());
        return false;
    }
    return true;
}

} // namespace

int render_command(const std::vector<std::string>& args) {
    const parsed_arguments parsed =
        parse_arguments(args, {{"--to", true}, {"--org", true}, {"--app-id", true}, {"--app-name", true}, {"--width", true},
                               {"--no-hyperlinks", false}, {"--dialect", true}, {"--ignore", true}, {"--error", true},
                               {"--help", false}, {"-h", false}});
    if (!parsed.error.empty()) {
        std::fprintf(stderr, "appnotify render: %s\n(see appnotify render --help)\n", parsed.error.c_str());
        return exit_usage;
    }
    if (parsed.has("--help") || parsed.has("-h")) {
        std::fputs(render_help, stdout);
        return exit_ok;
    }
    render_settings s;
    if (!read_render_settings(parsed, "render", s)) return exit_usage;
    appnotify::validate_options validation;
    if (!read_dialect_option(parsed, "render", validation.dialect)) return exit_usage;
    if (!read_policy_options(parsed, "render", validation.policy)) return exit_usage;
    if (parsed.operands.size() > 1) {
        std::fprintf(stderr, "appnotify render: renders one notification; give one FILE (or use preview)\n");
        return exit_usage;
    }
    const appnotify::render_options options{{s.org, s.app_id, s.app_name}, s.hyperlinks, s.width, "an-"};
    if (!usable_context(options.context, "render")) return exit_usage;
    input_bytes text;
    std::string name;
    if (!read_input(parsed.operands.empty() ? "-" : parsed.operands.front(), text, name)) return exit_usage;
    const appnotify::validation_result result = appnotify::validate(text.view(), validation);
    if (!result.ok()) {
        print_diagnostics(result, name, 2);
        return exit_invalid;
    }
    std::string out;
    appnotify::notification_renderer renderer;
    if (s.to == "html") renderer.render_html(result.notification(), out, options);
    else if (s.to == "ansi") renderer.render_ansi(result.notification(), out, options);
    else renderer.render_text(result.notification(), out, options);
    std::fwrite(out.data(), 1, out.size(), stdout);
    return exit_ok;
}

int markdown_command(const std::vector<std::string>& args) {
    const parsed_arguments parsed =
        parse_arguments(args, {{"--to", true}, {"--org", true}, {"--app-id", true}, {"--app-name", true}, {"--width", true},
                               {"--no-hyperlinks", false}, {"--help", false}, {"-h", false}});
    if (!parsed.error.empty()) {
        std::fprintf(stderr, "appnotify markdown: %s\n(see appnotify markdown --help)\n", parsed.error.c_str());
        return exit_usage;
    }
    if (parsed.has("--help") || parsed.has("-h")) {
        std::fputs(markdown_help, stdout);
        return exit_ok;
    }
    if (!parsed.operands.empty()) {
        std::fprintf(stderr, "appnotify markdown: reads standard input; it takes no FILE\n");
        return exit_usage;
    }
    render_settings s;
    if (!read_render_settings(parsed, "markdown", s)) return exit_usage;
    const appnotify::app_context context{s.org, s.app_id, s.app_name};
    if (!usable_context(context, "markdown")) return exit_usage;
    input_bytes input;
    std::string name;
    appnotify::markdown_options options;
    if (!read_input("-", input, name)) return exit_usage;
    const std::string_view text = input.view();
    const appnotify::app_link_resolver resolver(context);
    options.rewriter = &resolver;
    options.hyperlinks = s.hyperlinks;
    options.wrap_width = s.width;
    // Room for the whole output before it is written: no copy as it grows, and pages not
    // written are never touched (the markup and escapes of the subset rarely double the text).
    std::string out;
    out.reserve(2 * text.size() + 4096);
    appnotify::markdown_renderer renderer;
    const appnotify::markdown_report& report = s.to == "html"   ? renderer.render_html(text, out, options)
                                               : s.to == "ansi" ? renderer.render_ansi(text, out, options)
                                                                : renderer.render_text(text, out, options);
    std::fwrite(out.data(), 1, out.size(), stdout);
    std::fflush(stdout); // before the diagnostics, so that a shared pipe keeps the order
    std::string messages;
    for (const appnotify::diagnostic& d : report.diagnostics())
        appnotify::format_diagnostic(messages, d, name, text, {use_color(color_mode::automatic, 2), true});
    std::fputs(messages.c_str(), stderr);
    return report.ok() ? exit_ok : exit_invalid;
}

int preview_command(const std::vector<std::string>& args) {
    const parsed_arguments parsed = parse_arguments(
        args, {{"-o", true}, {"--org", true}, {"--app-id", true}, {"--app-name", true}, {"--dialect", true},
               {"--ignore", true}, {"--error", true}, {"--help", false}, {"-h", false}});
    if (!parsed.error.empty()) {
        std::fprintf(stderr, "appnotify preview: %s\n(see appnotify preview --help)\n", parsed.error.c_str());
        return exit_usage;
    }
    if (parsed.has("--help") || parsed.has("-h")) {
        std::fputs(preview_help, stdout);
        return exit_ok;
    }
    if (parsed.operands.empty()) {
        std::fprintf(stderr, "appnotify preview: give the payload files to preview (see appnotify preview --help)\n");
        return exit_usage;
    }
    appnotify::validate_options validation;
    if (!read_dialect_option(parsed, "preview", validation.dialect)) return exit_usage;
    if (!read_policy_options(parsed, "preview", validation.policy)) return exit_usage;
    const std::string org = parsed.value("--org"), app_id = parsed.value("--app-id"), app_name = parsed.value("--app-name");
    appnotify::render_options options;
    options.context = {org, app_id, app_name};
    if (!usable_context(options.context, "preview")) return exit_usage;

    std::vector<std::string> names(parsed.operands.size());
    std::vector<appnotify::validation_result> results(parsed.operands.size());
    std::vector<appnotify::preview_entry> entries;
    bool invalid = false;
    for (std::size_t i = 0; i < parsed.operands.size(); ++i) {
        input_bytes text;
        if (!read_input(parsed.operands[i], text, names[i])) return exit_usage;
        appnotify::validate(text.view(), results[i], validation);
        invalid = invalid || !results[i].ok();
    }
    for (std::size_t i = 0; i < names.size(); ++i) entries.push_back({names[i], &results[i]});
    std::string page;
    appnotify::render_preview_page({entries.data(), entries.size()}, page, options);

    const std::string output = parsed.value("-o", "-");
    if (output == "-") {
        std::fwrite(page.data(), 1, page.size(), stdout);
    } else {
        std::FILE* file = std::fopen(output.c_str(), "wb");
        if (file == nullptr || std::fwrite(page.data(), 1, page.size(), file) != page.size() || std::fclose(file) != 0) {
            std::fprintf(stderr, "appnotify preview: cannot write %s\n", shown(output).c_str());
            return exit_usage;
        }
    }
    return invalid ? exit_invalid : exit_ok;
}

} // namespace cli
