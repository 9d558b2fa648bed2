// SPDX-License-Identifier: MIT
// `appnotify convert`: one payload written as a payload of another dialect.
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <appnotify/appnotify.hpp>

#include "arguments.hpp"
#include "commands.hpp"
#include "input.hpp"
#include "terminal.hpp"

namespace cli {

const char* const convert_help = R"(usage: appnotify convert --to action|record|push|graph [OPTIONS] [FILE]

Converts one notification payload to another dialect and prints it, indented JSON, on standard
output: action (a SendAppNotification request body), record (an appnotification table record,
OverrideContent and Actions in its data column), push (a Power Apps push notification, whose
message is the body as plain text with links written out) or graph (a Microsoft Graph
notification, visualContent as plain text). What the target cannot carry is listed on standard
error, one "note:" line each. No FILE, or "-", reads standard input. A payload with errors is not
converted: its diagnostics are printed and the exit status is 1.

Options:
  --to DIALECT            the dialect to write (required)
  --dialect DIALECT       the input's dialect; auto (the default) recognizes it
  --recipient GUID        action, record: the user to notify (systemuserid) when the input names
                          none (push, graph)
  --push-recipient R      push: a recipient, an email address or Microsoft Entra object id;
                          repeat it for more (an in-app notification's systemuserid is not one)
  --target-host NAME      graph: targetHostName, when the input is not a Graph notification
  --app-notification-id ID
                          graph: appNotificationId (default: the input's, or one derived from
                          the title and body)
  --org URL, --app-id GUID, --app-name NAME
                          push, graph: resolve the links written out in the text
)" APPNOTIFY_CLI_POLICY_HELP R"(  -h, --help              show this help

Exit status: 0 when the payload was converted and what is written is a valid payload of the
target (warnings allowed); 1 when the input has errors, the target needs a value the input does
not have, or what would be written is not valid as the target (its diagnostics are printed on
standard error, named <converted>, and nothing is written); 2 for usage or I/O errors.

Examples:
  appnotify convert --to record examples/seed000/url-action.json
  appnotify convert --to action --dialect record examples/seed001/sla-critical.json
  appnotify convert --to push --push-recipient maria@contoso.com examples/seed000/welcome.json
  appnotify convert --to graph --target-host graphnotifications.sample.windows.com examples/seed000/welcome.json
)";

int convert_command(const std::vector<std::string>& args) {
    const parsed_arguments parsed = parse_arguments(
        args, {{"--to", true}, {"--dialect", true}, {"--recipient", true}, {"--push-recipient", true},
               {"--target-host", true}, {"--app-notification-id", true}, {"--org", true}, {"--app-id", true},
               {"--app-name", true}, {"--ignore", true}, {"--error", true}, {"--help", false}, {"-h", false}});
    if (!parsed.error.empty()) {
        std::fprintf(stderr, "appnotify convert: %s\n(see appnotify convert --help)\n", parsed.error.c_str());
        return exit_usage;
    }
    if (parsed.has("--help") || parsed.has("-h")) {
        std::fputs(convert_help, stdout);
        return exit_ok;
    }
    const std::optional<appnotify::dialect> target =
        parsed.has("--to") ? appnotify::parse_dialect(parsed.value("--to")) : std::nullopt;
    if (!target) {
        std::fprintf(stderr, "appnotify convert: --to takes action, record, push or graph\n");
        return exit_usage;
    }
    const appnotify::dialect to = *target;
    appnotify::validate_options validation;
    if (!read_dialect_option(parsed, "convert", validation.dialect)) return exit_usage;
    if (!read_policy_options(parsed, "convert", validation.policy)) return exit_usage;
    if (parsed.operands.size() > 1) {
        std::fprintf(stderr, "appnotify convert: converts one payload; give one FILE\n");
        return exit_usage;
    }

    const std::string recipient = parsed.value("--recipient"), host = parsed.value("--target-host"),
                      id = parsed.value("--app-notification-id"), org = parsed.value("--org"),
                      app_id = parsed.value("--app-id"), app_name = parsed.value("--app-name");
    std::vector<std::string_view> push_recipients;
    for (const auto& option : parsed.options)
        if (option.name == "--push-recipient") push_recipients.push_back(option.value);
    appnotify::convert_options options;
    options.recipient_id = recipient;
    options.push_recipients = {push_recipients.data(), push_recipients.size()};
    options.target_host_name = host;
    options.app_notification_id = id;
    options.context = {org, app_id, app_name};
    appnotify::link_report context_report;
    appnotify::check_app_context(options.context, context_report);
    for (const appnotify::diagnostic& d : context_report.diagnostics())
        std::fprintf(stderr, "appnotify convert: %s\n", std::string(d.message).c_str());
    if (!context_report.ok()) return exit_usage;

    input_file file(parsed.operands.empty() ? "-" : parsed.operands.front());
    input_bytes text;
    if (!file.ok() || !file.read_all(text, validation.max_input_bytes + 1)) {
        std::fprintf(stderr, "appnotify: cannot read %s: %s\n", shown(file.name()).c_str(), file.error().c_str());
        return exit_usage;
    }
    const appnotify::validation_result source = appnotify::validate(text.view(), validation);
    if (!source.ok()) {
        std::string out;
        for (const appnotify::diagnostic& d : source.diagnostics())
            appnotify::format_diagnostic(out, d, file.name(), source.input(), {use_color(color_mode::automatic, 2), true});
        std::fputs(out.c_str(), stderr);
        return exit_invalid;
    }
    std::string out;
    appnotify::notification_converter converter;
    const appnotify::conversion_report& report = converter.convert(source.notification(), to, out, options);
    if (!report.ok()) {
        std::fprintf(stderr, "appnotify convert: cannot write %s as %s: %s\n", shown(file.name()).c_str(),
                     std::string(appnotify::to_string(to)).c_str(), std::string(report.error()).c_str());
        return exit_invalid;
    }
    // What is written must be a payload of the target: a value given on the command line (a
    // recipient, a host name) or the conversion itself could make it one the server refuses.
    appnotify::validate_options target_validation = validation;
    target_validation.dialect = to;
    if (out.size() > target_validation.max_input_bytes) target_validation.max_input_bytes = out.size(); // indented
    const appnotify::validation_result written = appnotify::validate(out, target_validation);
    if (!written.ok()) {
        std::string why = "appnotify convert: the " + std::string(appnotify::to_string(to)) +
                          " payload written from " + shown(file.name()) + " would not be valid:\n";
        for (const appnotify::diagnostic& d : written.diagnostics())
            appnotify::format_diagnostic(why, d, "<converted>", written.input(), {use_color(color_mode::automatic, 2), true});
        std::fputs(why.c_str(), stderr);
        return exit_invalid;
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    std::fflush(stdout); // before the notes, so that a shared pipe keeps the order
    std::string notes;
    for (const appnotify::conversion_loss& loss : report.losses())
        notes += "note: " + std::string(loss.what) + " not converted to " + std::string(appnotify::to_string(to)) + ": " +
                 std::string(loss.why) + "\n";
    std::fputs(notes.c_str(), stderr);
    return exit_ok;
}

} // namespace cli
