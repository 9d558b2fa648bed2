// appnotify: the command-line tool. A thin layer over the library: arguments in, library calls,
// output out.
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include <appnotify/appnotify.hpp>

#include "commands.hpp"

namespace {

const char* const main_help = R"(usage: appnotify COMMAND [OPTIONS] [ARGS]

Check Power Apps in-app notifications (SendAppNotification payloads) before they are sent.

Commands:
  validate   check payload files and report every problem
             example: appnotify validate examples/seed000/*.json
  link       check app links and print them resolved to absolute URLs
             example: appnotify link --org https://contoso.crm.dynamics.com "?pagetype=dashboard&id=..."

Options:
  -h, --help      show this help, or a command's help with `appnotify COMMAND --help`
  --version       show the version

Exit status: 0 when every input is valid, 1 when an input has an error, 2 for usage or I/O
errors.
)";

} // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) {
        std::fputs(main_help, stderr);
        return cli::exit_usage;
    }
    const std::string command = args.front();
    args.erase(args.begin());
    if (command == "-h" || command == "--help" || command == "help") {
        if (!args.empty() && args.front() == "validate") {
            std::fputs(cli::validate_help, stdout);
            return cli::exit_ok;
        }
        if (!args.empty() && args.front() == "link") {
            std::fputs(cli::link_help, stdout);
            return cli::exit_ok;
        }
        std::fputs(main_help, stdout);
        return cli::exit_ok;
    }
    if (command == "--version") {
        std::printf("appnotify %s\n", appnotify::version_string);
        return cli::exit_ok;
    }
    if (command == "validate") return cli::validate_command(args);
    if (command == "link") return cli::link_command(args);
    std::fprintf(stderr, "appnotify: unknown command '%s'\n\n%s", command.c_str(), main_help);
    return cli::exit_usage;
}
