// SPDX-License-Identifier: MIT
// The commands of the appnotify tool. Each returns the process exit status.
#ifndef APPNOTIFY_CLI_COMMANDS_HPP
#define APPNOTIFY_CLI_COMMANDS_HPP

#include <string>
#include <vector>

namespace cli {

/// Exit statuses every command shares.
enum exit_status : int {
    exit_ok = 0,      // every input valid (warnings allowed)
    exit_invalid = 1, // some input has an error
    exit_usage = 2,   // bad arguments, or an input could not be read
};

int validate_command(const std::vector<std::string>& args);
extern const char* const validate_help;

int link_command(const std::vector<std::string>& args);
extern const char* const link_help;

int render_command(const std::vector<std::string>& args);
extern const char* const render_help;

int markdown_command(const std::vector<std::string>& args);
extern const char* const markdown_help;

int preview_command(const std::vector<std::string>& args);
extern const char* const preview_help;

int convert_command(const std::vector<std::string>& args);
extern const char* const convert_help;

} // namespace cli

#endif // APPNOTIFY_CLI_COMMANDS_HPP
