// SPDX-License-Identifier: MIT
// `appnotify link`: resolved URLs on stdout, diagnostics on stderr, exit statuses.
#include <cstdio>
#include <string>

#include "cli_support.hpp"

namespace {
const std::string org = "https://contoso.crm.dynamics.com";
const std::string app = "12fd1cf3-e06e-e911-a95f-000d3a13c42a";
const std::string record = "?pagetype=entityrecord&etn=incident&id=0a9f62a8-90df-e311-9565-a45d36fc5fe8";
} // namespace

BOOST_AUTO_TEST_SUITE(link_command)

BOOST_AUTO_TEST_CASE(resolves_each_link_on_its_own_line) {
    const auto r = test::run_tool({"link", "--org", org, "--app-id", app, record, "/WebResources/cr245_AlertOn",
                                   "https://Contoso.com/a?b=c", "mailto:a@contoso.com"});
    BOOST_TEST(r.status == 0, r.err);
    BOOST_TEST(r.out == org + "/main.aspx?appid=" + app + "&" + record.substr(1) + "\n" + org +
                            "/WebResources/cr245_AlertOn\nhttps://contoso.com/a?b=c\nmailto:a@contoso.com\n");
    // A link to another host than the organization's is kept, with a warning.
    BOOST_TEST(r.err.find("link 3:1:9: warning[link-other-host]") == 0u, r.err);
    BOOST_TEST(test::count_lines(r.err) == 3u, r.err);
}

BOOST_AUTO_TEST_CASE(without_an_organization_links_stay_relative) {
    const auto r = test::run_tool({"link", record});
    BOOST_TEST(r.status == 0);
    BOOST_TEST(r.out == record + "\n");
}

BOOST_AUTO_TEST_CASE(invalid_and_refused_links_exit_1_with_diagnostics) {
    const std::string bad = "?pagetype=entityrecord&etn=contact&id=43m770h2-6567-ebm1-ob2b-000d3ac3kd6c";
    const auto r = test::run_tool({"link", "--org", org, record, bad, "JaVaScRiPt:alert(1)"});
    BOOST_TEST(r.status == 1);
    BOOST_TEST(test::count_lines(r.out) == 1u, r.out);
    BOOST_TEST(test::contains(r.err, "link 2:1:41: error[invalid-guid]"), r.err);
    BOOST_TEST(test::contains(r.err, "link 3:1:1: error[link-refused]"), r.err);
}

BOOST_AUTO_TEST_CASE(an_unusable_context_is_a_usage_error) {
    const auto org_error = test::run_tool({"link", "--org", "ftp://x", record});
    BOOST_TEST(org_error.status == 2);
    BOOST_TEST(test::contains(org_error.err, "--org:1:1: error[link-invalid-context]"), org_error.err);
    BOOST_TEST(test::run_tool({"link", "--app-id", "not-a-guid", record}).status == 2);
    BOOST_TEST(test::run_tool({"link"}).status == 2);
    BOOST_TEST(test::run_tool({"link", "--frobnicate", record}).status == 2);
}

BOOST_AUTO_TEST_CASE(an_organization_url_of_more_than_one_origin_is_a_usage_error) {
    // Issue 11, class 7: refused where the context is parsed, for every command that takes one.
    for (const std::string bad : {"https://contoso.com:evil.com", "https://contoso.com:65536", "https://*",
                                  "https://con'toso.com", "https://contoso.com/%00", "https://contoso\xE2\x80\xAE.com"}) {
        const auto r = test::run_tool({"link", "--org", bad, record});
        BOOST_TEST(r.status == 2, bad);
        BOOST_TEST(test::contains(r.err, "--org:1:1: error[link-invalid-context]"), r.err);
        BOOST_TEST(r.out.empty());
        BOOST_TEST(test::run_tool({"render", "--org", bad, test::example("welcome")}).status == 2, bad);
        BOOST_TEST(test::run_tool({"preview", "--org", bad, test::example("welcome")}).status == 2, bad);
    }
}

BOOST_AUTO_TEST_CASE(a_link_whose_host_readers_disagree_on_is_refused) {
    // Issue 11, class 3: the browser would go to evil.example, the reader sees the organization.
    const auto r = test::run_tool({"link", "--org", org, "https://contoso.crm.dynamics.com\\@evil.example/x"});
    BOOST_TEST(r.status == 1);
    BOOST_TEST(r.out.empty(), r.out);
    BOOST_TEST(test::contains(r.err, "link 1:1:33: error[link-refused]"), r.err);
}

BOOST_AUTO_TEST_CASE(help) {
    const auto r = test::run_tool({"link", "--help"});
    BOOST_TEST(r.status == 0);
    BOOST_TEST(test::contains(r.out, "usage: appnotify link"));
    BOOST_TEST(test::contains(r.out, "Example:"));
    BOOST_TEST(test::contains(test::run_tool({"help", "link"}).out, "usage: appnotify link"));
}

BOOST_AUTO_TEST_CASE(a_shared_pipe_keeps_the_order_of_the_links) {
    // Standard output is block-buffered on a pipe: a link's diagnostics (standard error) must
    // not overtake the URLs of the links before it when both streams go to one pipe.
    const std::string command = std::string("'") + APPNOTIFY_CLI_PATH + "' link --org " + org + " '" + record +
                                "' '?pagetype=bogus' 2>&1";
    std::FILE* pipe = ::popen(command.c_str(), "r");
    BOOST_REQUIRE(pipe != nullptr);
    std::string merged;
    char buffer[4096];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) != 0;) merged.append(buffer, n);
    BOOST_TEST(::pclose(pipe) == 0);
    const std::size_t first_url = merged.find(org + "/main.aspx?pagetype=entityrecord");
    const std::size_t warning = merged.find("link 2:1:11: warning[link-unknown-page-type]");
    const std::size_t second_url = merged.find(org + "/main.aspx?pagetype=bogus");
    BOOST_TEST(first_url == 0u, merged);
    BOOST_TEST((warning != std::string::npos && first_url < warning && warning < second_url), merged);
}

BOOST_AUTO_TEST_SUITE_END()
