// SPDX-License-Identifier: MIT
// Command-line arguments: `--name value`, `--name=value`, flags, and positional operands.
#ifndef APPNOTIFY_CLI_ARGUMENTS_HPP
#define APPNOTIFY_CLI_ARGUMENTS_HPP

#include <cstdio>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <appnotify/dialect.hpp>

namespace cli {

struct option_spec {
    std::string_view name;  // "--format"
    bool takes_value;
};

struct parsed_arguments {
    struct option {
        std::string_view name;
        std::string value;
    };
    std::vector<option> options;
    std::vector<std::string> operands;
    std::string error; // non-empty when the arguments are unusable

    bool has(std::string_view name) const {
        for (const auto& o : options)
            if (o.name == name) return true;
        return false;
    }
    /// The last value given for `name`, or `fallback`.
    std::string value(std::string_view name, std::string fallback = {}) const {
        for (auto it = options.rbegin(); it != options.rend(); ++it)
            if (it->name == name) return it->value;
        return fallback;
    }
};

inline parsed_arguments parse_arguments(const std::vector<std::string>& args, std::initializer_list<option_spec> specs) {
    parsed_arguments out;
    bool only_operands = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (only_operands || arg == "-" || arg.size() < 2 || arg[0] != '-') {
            out.operands.push_back(arg);
            continue;
        }
        if (arg == "--") {
            only_operands = true;
            continue;
        }
        const std::size_t eq = arg.find('=');
        const std::string_view name = std::string_view(arg).substr(0, eq);
        const option_spec* spec = nullptr;
        for (const option_spec& s : specs)
            if (s.name == name) spec = &s;
        if (spec == nullptr) {
            out.error = "unknown option '" + std::string(name) + "'";
            return out;
        }
        if (!spec->takes_value) {
            if (eq != std::string::npos) {
                out.error = "option '" + std::string(name) + "' takes no value";
                return out;
            }
            out.options.push_back({spec->name, {}});
            continue;
        }
        if (eq != std::string::npos) {
            out.options.push_back({spec->name, arg.substr(eq + 1)});
        } else if (i + 1 < args.size()) {
            out.options.push_back({spec->name, args[++i]});
        } else {
            out.error = "option '" + std::string(name) + "' needs a value";
            return out;
        }
    }
    return out;
}

/// Reads `--dialect auto|action|record|push|graph` into `out` (none for auto, the default);
/// false (after a message) for another value.
inline bool read_dialect_option(const parsed_arguments& parsed, const char* command,
                                std::optional<appnotify::dialect>& out) {
    const std::string name = parsed.value("--dialect", "auto");
    out.reset();
    if (name == "auto") return true;
    appnotify::dialect d = appnotify::dialect::action;
    if (appnotify::parse_dialect(name, d)) {
        out = d;
        return true;
    }
    std::fprintf(stderr, "appnotify %s: unknown dialect '%s': use auto, action, record, push or graph\n", command,
                 name.c_str());
    return false;
}

} // namespace cli

#endif // APPNOTIFY_CLI_ARGUMENTS_HPP
