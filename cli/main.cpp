// SPDX-License-Identifier: MIT
// appnotify: the command-line tool. A thin layer over the library: arguments in, library calls,
// output out.
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <appnotify/appnotify.hpp>

#include "commands.hpp"
#include "terminal.hpp"

namespace {

const char* const main_help = R"(usage: appnotify COMMAND [OPTIONS] [ARGS]

Check, render and convert Power Apps notifications before they are sent: SendAppNotification
request bodies, appnotification records, Power Apps push notifications and Microsoft Graph
notifications (docs/dialects.md).

Commands:
  validate   check payload files and report every problem
             example: appnotify validate examples/seed000/*.json
  render     render one notification for a terminal, as text or as an HTML card
             example: appnotify render examples/seed000/url-action.json
  markdown   render a markdown fragment from standard input
             example: printf '**Bold** and _italic_' | appnotify markdown --to html
  link       check app links and print them resolved to absolute URLs
             example: appnotify link --org https://contoso.crm.dynamics.com "?pagetype=dashboard&id=..."
  preview    write an HTML page previewing notifications as the notification center shows them
             example: appnotify preview -o preview.html examples/seed000/*.json
  convert    write a payload as another dialect's: action, record, push or graph
             example: appnotify convert --to record examples/seed000/url-action.json

Options:
  -h, --help      show this help, or a command's help with `appnotify COMMAND --help`
  --version       show the version

Exit status: 0 when every input is valid, 1 when an input has an error, 2 for usage or I/O
errors.
)";

struct command {
    const char* name;
    int (*run)(const std::vector<std::string>&);
    const char* const* help;
};

const command commands[] = {
    {"validate", cli::validate_command, &cli::validate_help},
    {"render", cli::render_command, &cli::render_help},
    {"markdown", cli::markdown_command, &cli::markdown_help},
    {"link", cli::link_command, &cli::link_help},
    {"preview", cli::preview_command, &cli::preview_help},
    {"convert", cli::convert_command, &cli::convert_help},
};

} // namespace

int main(int argc, char** argv) {
#if defined(__GLIBC__)
    // Large buffers (a whole input, the output, the renderer's and validator's vectors as they
    // grow) come from the heap and are reused when freed, rather than each being a mapping of
    // its own (glibc maps blocks from 128 KiB up, a threshold that moves as they are freed) that
    // is unmapped when freed: a system call and a TLB flush each, 3% of the CPU time of
    // `markdown --to html` on a 1 MB document (docs/performance.md). The process is short-lived
    // and an input is at most 1 MiB, so keeping freed memory until exit costs little.
    mallopt(M_MMAP_THRESHOLD, 64 << 20);
    mallopt(M_TRIM_THRESHOLD, 128 << 20);
#endif
    // Output to a file or a pipe goes out in blocks of a pipe's capacity (stdio's default is
    // 4 KiB, a write call each; glibc ignores the size unless given the buffer, which must
    // outlive the flush at exit); a terminal keeps its line buffering.
    static char stdout_buffer[std::size_t(64) << 10];
    if (!cli::is_terminal(1)) std::setvbuf(stdout, stdout_buffer, _IOFBF, sizeof stdout_buffer);
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) {
        std::fputs(main_help, stderr);
        return cli::exit_usage;
    }
    const std::string command = args.front();
    args.erase(args.begin());
    if (command == "-h" || command == "--help" || command == "help") {
        for (const auto& c : commands)
            if (!args.empty() && args.front() == c.name) {
                std::fputs(*c.help, stdout);
                return cli::exit_ok;
            }
        std::fputs(main_help, stdout);
        return cli::exit_ok;
    }
    if (command == "--version") {
        std::printf("appnotify %s\n", appnotify::version_string);
        return cli::exit_ok;
    }
    for (const auto& c : commands)
        if (command == c.name) return c.run(args);
    std::fprintf(stderr, "appnotify: unknown command '%s'\n\n%s", cli::shown(command).c_str(), main_help);
    return cli::exit_usage;
}
