// SPDX-License-Identifier: MIT
// `appnotify link`: check app links and print them resolved against an organization and app.
#include <cstdio>
#include <string>
#include <vector>

#include <appnotify/appnotify.hpp>

#include "arguments.hpp"
#include "commands.hpp"
#include "terminal.hpp"

namespace cli {

const char* const link_help = R"(usage: appnotify link [--org URL] [--app-id GUID | --app-name NAME] HREF...

Checks each link as the validator does (the link policy, then every ?pagetype= parameter by page
type) and prints it resolved to an absolute URL, one per line:
  ?pagetype=...            -> URL/main.aspx?appid=GUID&pagetype=...
  /WebResources/name       -> URL/WebResources/name
  https://..., mailto:...  -> kept (scheme and host lowercased)
A refused or invalid link prints its diagnostics on standard error and makes the exit status 1;
warnings are printed too, with the link still resolved.

Options:
  --org URL               the organization URL, such as https://contoso.crm.dynamics.com
                          (without it, links stay relative)
  --app-id GUID           the model-driven app's id (AppModuleId), written first as appid=
  --app-name NAME         the app's unique name, when there is no id
  --color auto|always|never
                          colour the diagnostics (see appnotify validate --help)
  -h, --help              show this help

Exit status: 0 when every link is valid, 1 when one is refused or invalid, 2 for usage errors
(including an unusable --org or --app-id).

Example:
  appnotify link --org https://contoso.crm.dynamics.com --app-id 12fd1cf3-e06e-e911-a95f-000d3a13c42a \
      "?pagetype=entityrecord&etn=incident&id=0a9f62a8-90df-e311-9565-a45d36fc5fe8"
)";

int link_command(const std::vector<std::string>& args) {
    const parsed_arguments parsed = parse_arguments(args, {{"--org", true}, {"--app-id", true}, {"--app-name", true},
                                                           {"--color", true}, {"--help", false}, {"-h", false}});
    if (!parsed.error.empty()) {
        std::fprintf(stderr, "appnotify link: %s\n(see appnotify link --help)\n", parsed.error.c_str());
        return exit_usage;
    }
    if (parsed.has("--help") || parsed.has("-h")) {
        std::fputs(link_help, stdout);
        return exit_ok;
    }
    color_mode colors = color_mode::automatic;
    if (!parse_color_mode(parsed.value("--color", "auto"), colors)) {
        std::fprintf(stderr, "appnotify link: --color takes auto, always or never\n");
        return exit_usage;
    }
    if (parsed.operands.empty()) {
        std::fprintf(stderr, "appnotify link: give at least one link (see appnotify link --help)\n");
        return exit_usage;
    }
    const bool color = use_color(colors, 2);
    const std::string org = parsed.value("--org"), app_id = parsed.value("--app-id"), app_name = parsed.value("--app-name");
    const appnotify::app_context context{org, app_id, app_name};

    std::string out;
    appnotify::link_report report;
    appnotify::check_app_context(context, report);
    if (!report.ok()) {
        for (const appnotify::diagnostic& d : report.diagnostics()) {
            const std::string option = d.path == "/org_url" ? "--org" : d.path == "/app_id" ? "--app-id" : "--app-name";
            out.clear();
            appnotify::format_diagnostic(out, d, option, d.path == "/org_url" ? org : d.path == "/app_id" ? app_id : app_name,
                                         {color, true});
            std::fputs(out.c_str(), stderr);
        }
        return exit_usage;
    }

    int status = exit_ok;
    for (std::size_t i = 0; i < parsed.operands.size(); ++i) {
        const std::string& href = parsed.operands[i];
        appnotify::check_app_link(href, report, context);
        const std::string name = "link " + std::to_string(i + 1);
        // The links before this one first, so that a shared pipe keeps the order.
        if (report.diagnostics().size() != 0) std::fflush(stdout);
        for (const appnotify::diagnostic& d : report.diagnostics()) {
            out.clear();
            appnotify::format_diagnostic(out, d, name, href, {color, true});
            std::fputs(out.c_str(), stderr);
        }
        out.clear();
        if (!report.ok() || !appnotify::resolve_link(href, context, out)) {
            status = exit_invalid;
            continue;
        }
        out.push_back('\n');
        std::fputs(out.c_str(), stdout);
    }
    return status;
}

} // namespace cli
