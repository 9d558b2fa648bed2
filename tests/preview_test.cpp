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

// The whole page, byte for byte, with a class prefix of the caller's: the page's own rules and
// elements written with it, then the cards' stylesheet and cards exactly as render_card_stylesheet
// and render_card_html write them for the same options.
BOOST_AUTO_TEST_CASE(the_whole_page_with_a_class_prefix) {
    appnotify::render_options options;
    options.class_prefix = "acme-";
    const std::string valid = test::payload(R"~("Body": "**bold**")~");
    const std::string html = page({{"a.json", valid}, {"bad.json", R"~({"Title": 5})~"}}, options);
    std::string css, card;
    appnotify::render_card_stylesheet(css, options);
    const auto r = appnotify::validate(valid);
    appnotify::render_card_html(r.notification(), card, options);
    const std::string expected =
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        "base-uri 'none'; form-action 'none'\">\n"
        "<meta name=\"referrer\" content=\"no-referrer\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<title>Notifications preview</title>\n<style>\n"
        ":root { color-scheme: light; font-family: \"Segoe UI\", system-ui, -apple-system, sans-serif; }\n"
        "body { margin: 0; background: #f3f2f1; color: #323130; }\n"
        ".acme-center { max-width: 380px; margin: 24px auto; padding: 0 12px; }\n"
        ".acme-center > h1 { font-size: 14px; font-weight: 600; margin: 0 0 12px; }\n"
        ".acme-center > section { margin-bottom: 12px; }\n"
        ".acme-center > section > .acme-card { margin-bottom: 0; }\n"
        ".acme-source { font-size: 11px; color: #8a8886; margin-bottom: 2px; }\n"
        ".acme-invalid { border-left-color: #a4262c; background: #fdf3f4; }\n"
        ".acme-diagnostics { margin: 4px 0 0; padding-left: 18px; font-size: 12px; line-height: 16px; }\n"
        ".acme-diagnostics .acme-error { color: #a4262c; }\n"
        ".acme-diagnostics .acme-warning { color: #8a5a00; }\n"
        ".acme-warnings { margin: 6px 0 0; padding-left: 18px; font-size: 12px; line-height: 16px; color: #8a5a00; }\n" +
        css +
        "</style>\n</head>\n<body>\n<main class=\"acme-center\">\n<h1>Notifications (2)</h1>\n"
        "<section>\n<div class=\"acme-source\">a.json</div>\n" +
        card +
        "<ul class=\"acme-warnings\">\n"
        "<li class=\"acme-warning\">1:98 warning[markdown-in-plain-text]: &quot;Body&quot; is shown as plain text, so "
        "&quot;**bold**&quot; appears literally: markdown renders only in OverrideContent.title and .body (at /Body)</li>\n"
        "</ul>\n</section>\n"
        "<section>\n<div class=\"acme-source\">bad.json</div>\n"
        "<article class=\"acme-card acme-invalid\">\n<div class=\"acme-main\">\n"
        "<div class=\"acme-title\">This payload would be rejected</div>\n<ul class=\"acme-diagnostics\">\n"
        "<li class=\"acme-error\">1:1 error[missing-required]: &quot;Recipient&quot; is required: write &quot;Recipient&quot;: "
        "&quot;/systemusers(&lt;GUID of the user&gt;)&quot; (at /Recipient)</li>\n"
        "<li class=\"acme-error\">1:11 error[wrong-type]: &quot;Title&quot; must be a string, found a number (at /Title)</li>\n"
        "</ul>\n</div>\n</article>\n</section>\n"
        "</main>\n</body>\n</html>\n";
    BOOST_TEST(html == expected);
    // The card of the page is the card a server renders with the same options.
    BOOST_TEST(test::contains(card, "<article class=\"acme-card acme-icon-info\">"), card);
}

// A class prefix that is not a plain CSS identifier cannot end a rule, the <style> element or an
// attribute: escaped as CSS in the stylesheet and as HTML in the classes.
BOOST_AUTO_TEST_CASE(a_hostile_class_prefix_is_escaped_on_the_page) {
    appnotify::render_options options;
    options.class_prefix = "x\"></style><script>{}";
    const std::string html = page({{"a.json", test::payload()}, {"bad.json", R"~({"Title": 5})~"}}, options);
    BOOST_TEST(!test::contains(html, "<script"), html);
    BOOST_TEST(!test::contains(html, "</style><"), html);
    const std::string css_prefix = ".x\\22 \\3E \\3C \\2F style\\3E \\3C script\\3E \\7B \\7D ";
    BOOST_TEST(test::contains(html, "\n" + css_prefix + "center { max-width: 380px;"), html);
    BOOST_TEST(test::contains(html, "\n" + css_prefix + "center > section > " + css_prefix + "card { margin-bottom: 0; }"), html);
    BOOST_TEST(test::contains(html, "\n" + css_prefix + "card { display: flex;"), html);
    const std::string attribute = "x&quot;&gt;&lt;/style&gt;&lt;script&gt;{}";
    BOOST_TEST(test::contains(html, "<main class=\"" + attribute + "center\">"), html);
    BOOST_TEST(test::contains(html, "<div class=\"" + attribute + "source\">a.json</div>"), html);
    BOOST_TEST(test::contains(html, "<article class=\"" + attribute + "card " + attribute + "icon-info\">"), html);
    BOOST_TEST(test::contains(html, "<article class=\"" + attribute + "card " + attribute + "invalid\">"), html);
    BOOST_TEST(test::contains(html, "<li class=\"" + attribute + "error\">"), html);
    // One <style> element, closed once, and nothing else opened in the head.
    BOOST_TEST(html.find("</style>") == html.rfind("</style>"));
    BOOST_TEST(html.find("<style>") < html.find("</style>"));
    // An empty prefix: bare class names, in the rules and in the elements alike.
    options.class_prefix = "";
    const std::string bare = page({{"a.json", test::payload()}}, options);
    BOOST_TEST(test::contains(bare, "\n.center { max-width: 380px;"), bare);
    BOOST_TEST(test::contains(bare, "\n.card { display: flex;"), bare);
    BOOST_TEST(test::contains(bare, "<main class=\"center\">"), bare);
    BOOST_TEST(test::contains(bare, "<article class=\"card icon-info\">"), bare);
}

BOOST_AUTO_TEST_CASE(the_page_goes_to_any_output) {
    std::vector<appnotify::validation_result> results(2);
    appnotify::validate(test::payload(), results[0]);
    appnotify::validate(R"~({"Title": 5})~", results[1]);
    const std::vector<appnotify::preview_entry> entries{{"a.json", &results[0]}, {"b.json", &results[1]}};
    std::string expected;
    appnotify::render_preview_page({entries.data(), entries.size()}, expected);
    // A std::string is appended to, not replaced.
    std::string appended = "<!-- kept -->";
    appnotify::render_preview_page({entries.data(), entries.size()}, appended);
    BOOST_TEST(appended == "<!-- kept -->" + expected);
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
    // An array just large enough holds the whole page and says nothing was cut.
    std::vector<char> exact(expected.size());
    appnotify::fixed_buffer whole(exact.data(), exact.size());
    appnotify::render_preview_page({entries.data(), entries.size()}, whole);
    BOOST_TEST(!whole.truncated());
    BOOST_TEST(whole.wanted() == expected.size());
    BOOST_TEST(whole.view() == expected);
    // The caller's prefix reaches every kind of output the same way.
    appnotify::render_options options;
    options.class_prefix = "acme-";
    std::string acme;
    appnotify::render_preview_page({entries.data(), entries.size()}, acme, options);
    blocks.clear();
    appnotify::render_preview_page({entries.data(), entries.size()}, appnotify::output::to_callback(collect), options);
    BOOST_TEST_REQUIRE(blocks.size() == 1u);
    BOOST_TEST(blocks[0] == acme);
    BOOST_TEST(test::contains(acme, "<main class=\"acme-center\">"));
}

BOOST_AUTO_TEST_SUITE_END()
