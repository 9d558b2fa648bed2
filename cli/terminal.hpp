// SPDX-License-Identifier: MIT
// Terminal facts the tool adapts to: is a stream a terminal, and should output be coloured.
#ifndef APPNOTIFY_CLI_TERMINAL_HPP
#define APPNOTIFY_CLI_TERMINAL_HPP

#include <cstdlib>
#include <string>
#include <string_view>

#include <appnotify/report.hpp>

#include <unistd.h>

namespace cli {

inline bool is_terminal(int fd) { return ::isatty(fd) == 1; }

/// `text` (a file name, an argument) as the tool echoes it: what could drive a terminal or hide
/// or reorder what it shows escaped, as in diagnostics (appnotify::append_shown_text).
inline std::string shown(std::string_view text) {
    std::string out;
    appnotify::append_shown_text(out, text);
    return out;
}

enum class color_mode { automatic, always, never };

inline bool parse_color_mode(std::string_view text, color_mode& mode) {
    if (text == "auto") mode = color_mode::automatic;
    else if (text == "always") mode = color_mode::always;
    else if (text == "never") mode = color_mode::never;
    else return false;
    return true;
}

/// `--color` decides when given; otherwise FORCE_COLOR (set, not "0") turns colour on,
/// NO_COLOR (set, non-empty) turns it off, and a terminal on `fd` turns it on.
inline bool use_color(color_mode mode, int fd) {
    if (mode == color_mode::always) return true;
    if (mode == color_mode::never) return false;
    const char* force = std::getenv("FORCE_COLOR");
    if (force != nullptr && std::string_view(force) != "0") return true;
    const char* no_color = std::getenv("NO_COLOR");
    if (no_color != nullptr && *no_color != '\0') return false;
    return is_terminal(fd);
}

} // namespace cli

#endif // APPNOTIFY_CLI_TERMINAL_HPP
