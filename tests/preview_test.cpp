// SPDX-License-Identifier: MIT
// The preview page (preview.hpp): a standalone page, strict CSP, cards sorted, invalid payloads
// listed with their diagnostics, nothing of a payload becoming markup.
#include "test_support.hpp"

#include <vector>

namespace {

std::string page(const std::vector<std::pair<std::string, std::string>>& inputs,
                 appnotify::render_options options = {}) {
    std::vector<appnotify::validation_result> results(inputs.size());
    std::vector<appnotify::preview_entry> entries;
    for (std::size_t i = 0; i < inputs.size(); ++i) appnotify::validate(inputs[i].second, results[i]);
    for (std::size_t i = 0; i < inputs.size(); ++i) entries.push_back({inputs[i].first, &results[i]});
    std::string out;
    appnotify::render_preview_page({entries.data(), entries.size()}, out, options);
    return out;
}

} // namespace

BOOST_AUTO_TEST_SUITE(preview)

BOOST_AUTO_TEST_CASE(a_standalone_page_with_a_strict_policy) {
    const std::string html = page({{"a.json", test::payload()}});
    BOOST_TEST(html.rfind("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n", 0) == 0u);
    BOOST_TEST(test::contains(html, "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                                    "style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">"));
    BOOST_TEST(!test::contains(html, "<script"));
    BOOST_TEST(!test::contains(html, "http://"), "no external resource");
    BOOST_TEST(test::contains(html, "<h1>Notifications (1)</h1>"));
    BOOST_TEST(html.substr(html.size() - 16) == "</body>\n</html>\n");
}

BOOST_AUTO_TEST_CASE(custom_icons_come_from_the_organization_only) {
    appnotify::render_options options;
    options.context.org_url = "https://contoso.crm.dynamics.com";
    const std::string html = page({{"a.json", test::payload(R"~("IconType": 100000005, "OverrideContent": {"iconUrl": "/WebResources/a"})~")},
                                   {"b.json", test::payload(R"~("IconType": 100000005, "OverrideContent": {"iconUrl": "https://cdn.contoso.com/i.png"})~")}},
                                  options);
    BOOST_TEST(test::contains(html, "form-action 'none'; img-src https://contoso.crm.dynamics.com\">"), html);
    BOOST_TEST(test::contains(html, "src=\"https://contoso.crm.dynamics.com/WebResources/a\""));
    BOOST_TEST(!test::contains(html, "cdn.contoso.com/i.png\""));
    // Without an organization nothing is loaded at all.
    const std::string none = page({{"a.json", test::payload(R"~("IconType": 100000005, "OverrideContent": {"iconUrl": "/WebResources/a"})~")}});
    BOOST_TEST(!test::contains(none, "img-src"));
    BOOST_TEST(!test::contains(none, "<img"));
}

BOOST_AUTO_TEST_CASE(high_priority_first_then_input_order) {
    const std::string html = page({{"first.json", test::payload()},
                                   {"urgent.json", test::payload(R"~("Priority": 200000001)~")},
                                   {"bad.json", R"~({"Title": 5})~"},
                                   {"last.json", test::payload()}});
    const std::size_t urgent = html.find(">urgent.json<"), first = html.find(">first.json<"), bad = html.find(">bad.json<"),
                      last = html.find(">last.json<");
    BOOST_TEST(urgent < first);
    BOOST_TEST(first < bad);
    BOOST_TEST(bad < last);
}

BOOST_AUTO_TEST_CASE(invalid_payloads_list_their_diagnostics) {
    const std::string html = page({{"bad.json", R"~({"Title": "<b>x</b>", "Recipient": "/teams(0a9f62a8-90df-e311-9565-a45d36fc5fe8)"})~"}});
    BOOST_TEST(test::contains(html, "<article class=\"an-card an-invalid\">"));
    BOOST_TEST(test::contains(html, "<li class=\"an-error\">1:36 error[recipient-team]: notifications cannot be sent to a team"), html);
    BOOST_TEST(!test::contains(html, "<b>x"));
}

BOOST_AUTO_TEST_CASE(warnings_of_valid_payloads_are_listed_under_their_card) {
    const std::string html = page({{"a.json", test::payload(R"~("Body": "**bold**")~")}});
    BOOST_TEST(test::contains(html, "<ul class=\"an-warnings\">\n<li class=\"an-warning\">1:98 warning[markdown-in-plain-text]"), html);
}

BOOST_AUTO_TEST_CASE(names_are_escaped) {
    const std::string html = page({{"<script>.json", test::payload()}});
    BOOST_TEST(test::contains(html, "&lt;script&gt;.json"));
    BOOST_TEST(!test::contains(html, "<script"));
}

BOOST_AUTO_TEST_CASE(the_page_and_the_cards_share_one_stylesheet) {
    const std::string html = page({{"a.json", test::payload(R"~("Priority": 200000001)~")}, {"bad.json", R"~({"Title": 5})~"}});
    std::string css;
    appnotify::render_card_stylesheet(css);
    BOOST_TEST(test::contains(html, css));
    BOOST_TEST(test::contains(html, ".an-center { max-width: 380px;"));
    // Another prefix: the page, its cards and its rules all use it.
    appnotify::render_options options;
    options.class_prefix = "acme-";
    const std::string acme = page({{"a.json", test::payload(R"~("Priority": 200000001)~")}, {"bad.json", R"~({"Title": 5})~"}}, options);
    std::string acme_css;
    appnotify::render_card_stylesheet(acme_css, options);
    BOOST_TEST(test::contains(acme, acme_css));
    BOOST_TEST(!test::contains(acme, "\"an-"), acme);
    BOOST_TEST(!test::contains(acme, " an-"), acme);
    BOOST_TEST(!test::contains(acme, ".an-"), acme);
    BOOST_TEST(test::contains(acme, "<main class=\"acme-center\">"));
    BOOST_TEST(test::contains(acme, ".acme-center > section > .acme-card { margin-bottom: 0; }"));
    BOOST_TEST(test::contains(acme, "<article class=\"acme-card acme-icon-info acme-priority-high\">"));
    BOOST_TEST(test::contains(acme, "<article class=\"acme-card acme-invalid\">"));
    BOOST_TEST(test::contains(acme, "<li class=\"acme-error\">"));
}

BOOST_AUTO_TEST_CASE(the_page_goes_to_any_output) {
    std::vector<appnotify::validation_result> results(2);
    appnotify::validate(test::payload(), results[0]);
    appnotify::validate(R"~({"Title": 5})~", results[1]);
    const std::vector<appnotify::preview_entry> entries{{"a.json", &results[0]}, {"b.json", &results[1]}};
    std::string expected;
    appnotify::render_preview_page({entries.data(), entries.size()}, expected);
    std::vector<std::string> blocks;
    auto collect = [&blocks](std::string_view bytes) { blocks.emplace_back(bytes); };
    appnotify::render_preview_page({entries.data(), entries.size()}, appnotify::output::to_callback(collect));
    BOOST_TEST_REQUIRE(blocks.size() == 1u);
    BOOST_TEST(blocks[0] == expected);
    std::vector<char> array(expected.size() - 1);
    appnotify::fixed_buffer cut(array.data(), array.size());
    appnotify::render_preview_page({entries.data(), entries.size()}, cut);
    BOOST_TEST(cut.truncated());
    BOOST_TEST(cut.wanted() == expected.size());
    BOOST_TEST(cut.view() == std::string_view(expected).substr(0, expected.size() - 1));
}

BOOST_AUTO_TEST_SUITE_END()
