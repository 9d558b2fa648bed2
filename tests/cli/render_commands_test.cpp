// SPDX-License-Identifier: MIT
// `appnotify render`, `markdown` and `preview`.
#include "cli_support.hpp"

#include <fstream>
#include <iterator>

namespace {
std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}
const std::string org = "https://contoso.crm.dynamics.com";
const std::string app = "12fd1cf3-e06e-e911-a95f-000d3a13c42a";
std::string golden(const std::string& name) { return read(std::string(APPNOTIFY_SOURCE_DIR) + "/tests/data/render/" + name); }
} // namespace

BOOST_AUTO_TEST_SUITE(render_commands)

BOOST_AUTO_TEST_CASE(render_in_each_output) {
    const std::string file = test::example("url-action");
    BOOST_TEST(test::run_tool({"render", "--to", "html", "--org", org, "--app-id", app, file}).out == golden("url-action.html"));
    BOOST_TEST(test::run_tool({"render", "--to", "text", "--width", "72", "--org", org, "--app-id", app, file}).out ==
               golden("url-action.txt"));
    BOOST_TEST(test::run_tool({"render", "--to", "ansi", "--width=72", "--org", org, "--app-id", app, file}).out ==
               golden("url-action.ansi"));
}

BOOST_AUTO_TEST_CASE(render_defaults_to_text_when_piped_and_ansi_on_a_terminal) {
    const std::string file = test::example("welcome");
    BOOST_TEST(test::run_tool({"render", file}).out == golden("welcome.txt"));
    test::run_options tty;
    tty.terminal = true;
    const auto r = test::run_tool({"render", file}, tty);
    BOOST_TEST(test::contains(r.out, "\x1b[1mWelcome"), r.out);
}

BOOST_AUTO_TEST_CASE(render_reads_standard_input) {
    test::run_options in;
    in.input = std::string(test::valid_payload);
    const auto r = test::run_tool({"render", "--to", "text"}, in);
    BOOST_TEST(r.status == 0);
    BOOST_TEST(r.out == "[info] Hi\n");
}

BOOST_AUTO_TEST_CASE(render_refuses_an_invalid_payload_with_its_diagnostics) {
    test::temp_dir dir;
    const auto r = test::run_tool({"render", dir.file("bad.json", test::invalid_payload)});
    BOOST_TEST(r.status == 1);
    BOOST_TEST(r.out.empty());
    BOOST_TEST(test::contains(r.err, "bad.json:3:15: error[number-as-string]"), r.err);
}

BOOST_AUTO_TEST_CASE(render_usage_errors) {
    BOOST_TEST(test::run_tool({"render", "--to", "pdf", test::example("welcome")}).status == 2);
    BOOST_TEST(test::run_tool({"render", "--width", "wide", test::example("welcome")}).status == 2);
    BOOST_TEST(test::run_tool({"render", test::example("welcome"), test::example("custom-icon")}).status == 2);
    BOOST_TEST(test::run_tool({"render", "--org", "contoso", test::example("welcome")}).status == 2);
    BOOST_TEST(test::run_tool({"render", "/nonexistent.json"}).status == 2);
}

BOOST_AUTO_TEST_CASE(markdown_html_is_exactly_the_fragment) {
    test::run_options in;
    in.input = "**SLA critical**\r- one\r- [two](?pagetype=entityrecord&etn=incident&id=0a9f62a8-90df-e311-9565-a45d36fc5fe8)";
    const auto r = test::run_tool({"markdown", "--to", "html"}, in);
    BOOST_TEST(r.status == 0);
    BOOST_TEST(r.out == "<p><strong>SLA critical</strong></p>\n<ul>\n<li>one</li>\n<li><a href=\"?pagetype=entityrecord&amp;"
                        "etn=incident&amp;id=0a9f62a8-90df-e311-9565-a45d36fc5fe8\">two</a></li>\n</ul>\n");
    BOOST_TEST(r.err.empty());
    const auto resolved = test::run_tool({"markdown", "--to", "text", "--org", org}, in);
    BOOST_TEST(resolved.out == "SLA critical\n\n- one\n- two (" + org +
                                   "/main.aspx?pagetype=entityrecord&etn=incident&id=0a9f62a8-90df-e311-9565-a45d36fc5fe8)",
               resolved.out);
}

BOOST_AUTO_TEST_CASE(markdown_reports_refused_links_on_stderr) {
    test::run_options in;
    in.input = "[x](javascript:alert(1))";
    const auto r = test::run_tool({"markdown", "--to", "html"}, in);
    BOOST_TEST(r.status == 0);
    BOOST_TEST(r.out == "<p>x</p>\n");
    BOOST_TEST(test::contains(r.err, "<stdin>:1:5: warning[markdown-link-refused]"), r.err);
    BOOST_TEST(test::run_tool({"markdown", "file.md"}).status == 2);
}

// A link inside a link: every output shows both destinations, none nests a link, and the
// warning says why.
BOOST_AUTO_TEST_CASE(a_link_inside_a_link_in_every_output) {
    test::run_options in;
    in.input = "[Pay <https://bank.example> now](https://evil.example/)";
    const auto text = test::run_tool({"markdown", "--to", "text"}, in);
    BOOST_TEST(text.status == 0);
    BOOST_TEST(text.out == "Pay https://bank.example now (https://evil.example/)");
    BOOST_TEST(test::contains(text.err, "<stdin>:1:7: warning[markdown-nested-link]"), text.err);
    BOOST_TEST(test::run_tool({"markdown", "--to", "ansi", "--no-hyperlinks"}, in).out == "Pay https://bank.example now <https://evil.example/>");
    BOOST_TEST(test::run_tool({"markdown", "--to", "ansi"}, in).out ==
               "\x1b]8;;https://evil.example/\x1b\\Pay https://bank.example now\x1b]8;;\x1b\\");
    BOOST_TEST(test::run_tool({"markdown", "--to", "html"}, in).out ==
               "<p><a href=\"https://evil.example/\">Pay https://bank.example now</a></p>\n");
}

BOOST_AUTO_TEST_CASE(wrapping_never_cuts_the_resolved_links) {
    const std::string file = test::example("sla-critical-inline-link");
    const auto r = test::run_tool({"render", "--to", "text", "--width", "40", "--org", org, "--app-id", app, file});
    BOOST_TEST(r.status == 0);
    BOOST_TEST(test::contains(r.out, "\n  (" + org + "/main.aspx?appid=" + app +
                                         "&pagetype=entityrecord&etn=incident&id=0a9f62a8-90df-e311-9565-a45d36fc5fe8)\n"),
               r.out);
}

BOOST_AUTO_TEST_CASE(preview_writes_a_page) {
    test::temp_dir dir;
    const std::string out = dir.path() + "/preview.html";
    const auto r = test::run_tool({"preview", "-o", out, "--org", org, test::example("welcome"), test::example("custom-icon"),
                                   dir.file("bad.json", test::invalid_payload)});
    BOOST_TEST(r.status == 1);
    const std::string page = read(out);
    BOOST_TEST(page.rfind("<!DOCTYPE html>", 0) == 0u);
    BOOST_TEST(test::contains(page, "img-src https://contoso.crm.dynamics.com\">"));
    BOOST_TEST(test::contains(page, "<h1>Notifications (3)</h1>"));
    BOOST_TEST(test::contains(page, "an-invalid"));
    const auto to_stdout = test::run_tool({"preview", test::example("welcome")});
    BOOST_TEST(to_stdout.status == 0);
    BOOST_TEST(to_stdout.out.rfind("<!DOCTYPE html>", 0) == 0u);
    BOOST_TEST(test::run_tool({"preview"}).status == 2);
    BOOST_TEST(test::run_tool({"preview", "-o", "/nonexistent/dir/x.html", test::example("welcome")}).status == 2);
}

BOOST_AUTO_TEST_CASE(every_command_has_help_with_an_example) {
    for (const char* command : {"validate", "render", "markdown", "link", "preview"}) {
        const auto r = test::run_tool({command, "--help"});
        BOOST_TEST(r.status == 0, command);
        BOOST_TEST(test::contains(r.out, std::string("usage: appnotify ") + command), command);
        BOOST_TEST(test::contains(r.out, "xample"), command);
        BOOST_TEST(test::contains(test::run_tool({"--help"}).out, std::string("  ") + command + " "), command);
    }
}

BOOST_AUTO_TEST_SUITE_END()
