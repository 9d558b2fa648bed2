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

#include <appnotify/detail/suggest.hpp>
#include <appnotify/diagnostic.hpp>
#include <appnotify/dialect.hpp>

#include "terminal.hpp"

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
            out.error = "unknown option '" + shown(name) + "'";
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
    out = appnotify::parse_dialect(name);
    if (out) return true;
    std::fprintf(stderr, "appnotify %s: unknown dialect '%s': use auto, action, record, push or graph\n", command,
                 shown(name).c_str());
    return false;
}

/// The lines of a command's help about `--ignore CODE` and `--error CODE`, which the commands
/// that validate take.
#define APPNOTIFY_CLI_POLICY_HELP                                                                  \
    "  --ignore CODE           drop every diagnostic of CODE (repeatable), such as\n"             \
    "                          --ignore ignored-field; docs/diagnostics.md lists the codes\n"    \
    "  --error CODE            report every diagnostic of CODE as an error (repeatable), such\n" \
    "                          as --error odata-type-missing; for a code given to both, the\n"   \
    "                          last one wins\n"

/// Reads `--ignore CODE` and `--error CODE` in the order given into `policy`; false (after a
/// message) for a code that does not exist, with the code that was probably meant, or for an
/// error that says the payload could not be read, which cannot be ignored.
inline bool read_policy_options(const parsed_arguments& parsed, const char* command,
                                appnotify::diagnostic_policy& policy) {
    for (const parsed_arguments::option& o : parsed.options) {
        const bool ignore = o.name == "--ignore";
        if (!ignore && o.name != "--error") continue;
        const std::optional<appnotify::diagnostic_code> code = appnotify::parse_diagnostic_code(o.value);
        if (!code) {
            std::string_view names[appnotify::diagnostic_code_count];
            for (std::size_t i = 0; i < appnotify::diagnostic_code_count; ++i)
                names[i] = appnotify::to_string(static_cast<appnotify::diagnostic_code>(i));
            const std::string_view meant = appnotify::detail::suggest(o.value, names);
            std::fprintf(stderr, "appnotify %s: %s: unknown diagnostic code '%s'", command, std::string(o.name).c_str(),
                         shown(o.value).c_str());
            if (!meant.empty()) std::fprintf(stderr, " (did you mean '%.*s'?)", int(meant.size()), meant.data());
            std::fprintf(stderr, "; docs/diagnostics.md lists the codes\n");
            return false;
        }
        const bool set = ignore ? policy.ignore(*code) : policy.set_severity(*code, appnotify::severity::error);
        if (!set) {
            std::fprintf(stderr, "appnotify %s: --ignore %s: this error says the payload could not be read, so it "
                                 "cannot be ignored\n", command, shown(o.value).c_str());
            return false;
        }
    }
    return true;
}

} // namespace cli

#endif // APPNOTIFY_CLI_ARGUMENTS_HPP
