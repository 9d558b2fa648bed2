// SPDX-License-Identifier: MIT
// OverrideContent and the custom icon rules.
#include "test_support.hpp"

using appnotify::diagnostic_code;
using appnotify::severity;
using appnotify::validate;

BOOST_AUTO_TEST_SUITE(validate_override)

BOOST_AUTO_TEST_CASE(title_body_and_icon_url_are_modelled) {
    const auto r = validate(test::payload(R"~("IconType": 100000005, "OverrideContent": {)~"
                                          R"~("@odata.type": "#Microsoft.Dynamics.CRM.expando", "title": "**SLA**", )~"
                                          R"~("body": "[x](?pagetype=entityrecord&etn=incident)", "iconUrl": "/WebResources/a"})~"));
    BOOST_TEST(r.diagnostics().empty(), test::describe(r));
    const auto& c = *r.notification().override_content;
    BOOST_TEST(*c.title == "**SLA**");
    BOOST_TEST(*c.body == "[x](?pagetype=entityrecord&etn=incident)");
    BOOST_TEST(*c.icon_url == "/WebResources/a");
}

BOOST_AUTO_TEST_CASE(must_be_an_object) {
    test::only(validate(test::payload(R"~("OverrideContent": "**x**")~")), diagnostic_code::wrong_type, "/OverrideContent");
}

BOOST_AUTO_TEST_CASE(a_missing_hash_in_the_type_is_a_warning) {
    const auto r = validate(test::payload(R"~("OverrideContent": {"@odata.type": "Microsoft.Dynamics.CRM.expando", "title": "x"})~"));
    const auto& d = test::only(r, diagnostic_code::odata_type_missing_hash, "/OverrideContent/@odata.type");
    BOOST_TEST(!d.is_error());
    BOOST_TEST(r.ok());
}

BOOST_AUTO_TEST_CASE(a_wrong_type_is_an_error) {
    test::only(validate(test::payload(R"~("OverrideContent": {"@odata.type": "#Microsoft.Dynamics.CRM.account"})~")),
               diagnostic_code::odata_type_mismatch, "/OverrideContent/@odata.type");
}

BOOST_AUTO_TEST_CASE(other_members_are_ignored_with_a_warning) {
    const auto& d = test::only(validate(test::payload(R"~("OverrideContent": {"Title": "x"})~")),
                               diagnostic_code::ignored_field, "/OverrideContent/Title");
    BOOST_TEST(test::contains(d.message, "did you mean \"title\""));
    test::only(validate(test::payload(R"~("OverrideContent": {"subtitle": "x"})~")), diagnostic_code::ignored_field,
               "/OverrideContent/subtitle");
}

BOOST_AUTO_TEST_CASE(lengths_of_title_and_body) {
    // No document limits the markdown title and body (issue 11, class 9): past the plain Title's
    // and Body's 256 and 500, what the notification center shows is undocumented: a warning.
    const std::string title = test::payload("\"OverrideContent\": {\"title\": \"" + std::string(257, 'x') + "\"}");
    const auto& t = test::only(validate(title), diagnostic_code::override_text_long, "/OverrideContent/title");
    BOOST_TEST((t.severity == severity::warning));
    BOOST_TEST(title.substr(t.offset, 2) == "\"x");
    BOOST_TEST(t.message == "\"title\" is 257 characters long (UTF-16 code units), longer than a plain title can be "
                            "(256): no document says how much of it the notification center shows");
    const std::string body = test::payload("\"OverrideContent\": {\"body\": \"" + std::string(501, 'x') + "\"}");
    const auto& b = test::only(validate(body), diagnostic_code::override_text_long, "/OverrideContent/body");
    BOOST_TEST((b.severity == severity::warning));
    BOOST_TEST(test::contains(b.message, "\"body\" is 501 characters long"));
    BOOST_TEST(test::contains(b.message, "(500)"));
    BOOST_TEST(test::clean(validate(test::payload("\"OverrideContent\": {\"body\": \"" + std::string(500, 'x') + "\"}"))));
    // Counted in UTF-16 code units: 300 emoji are 600.
    std::string emoji;
    for (int i = 0; i < 300; ++i) emoji += "\xF0\x9F\x94\x94";
    BOOST_TEST(test::contains(test::only(validate(test::payload("\"OverrideContent\": {\"body\": \"" + emoji + "\"}")),
                                         diagnostic_code::override_text_long, "/OverrideContent/body")
                                  .message,
                              "600 characters"));
}

/// A payload with an override body of `body_length` 'x' and `actions` url actions.
std::string stored_data_payload(std::size_t body_length, std::size_t actions) {
    std::string extra = "\"OverrideContent\": {\"@odata.type\": \"#Microsoft.Dynamics.CRM.expando\", \"body\": \"" +
                        std::string(body_length, 'x') +
                        "\"}, \"Actions\": {\"@odata.type\": \"#Microsoft.Dynamics.CRM.expando\", "
                        "\"actions@odata.type\": \"#Collection(Microsoft.Dynamics.CRM.expando)\", \"actions\": [";
    for (std::size_t i = 0; i < actions; ++i)
        extra += std::string(i == 0 ? "" : ", ") +
                 "{\"title\": \"Open\", \"data\": {\"@odata.type\": \"#Microsoft.Dynamics.CRM.expando\", \"type\": "
                 "\"url\", \"url\": \"/WebResources/new_page.htm\"}}";
    return test::payload(extra + "]}");
}

BOOST_AUTO_TEST_CASE(override_and_actions_share_the_5000_characters_of_the_data_column) {
    // The server keeps them as {"body":"x...","actions":[{"title":"Open","data":{"type":"url",
    // "url":"/WebResources/new_page.htm"}},...]}: 24 characters around the body and the actions,
    // 73 for each action and 1 between two; annotations and white space do not count.
    const std::size_t per_action = 73, actions = 40;
    const std::size_t fixed = std::string_view(R"({"body":"","actions":[]})").size();
    const std::size_t body_fits = 5000 - fixed - actions * per_action - (actions - 1);
    BOOST_TEST(validate(stored_data_payload(body_fits, actions)).error_count() == 0u,
               test::describe(validate(stored_data_payload(body_fits, actions))));
    const std::string json = stored_data_payload(body_fits + 1, actions);
    const appnotify::validation_result r = validate(json);
    const auto& d = test::find(r, diagnostic_code::data_too_long, "/Actions");
    BOOST_TEST(r.error_count() == 1u);
    BOOST_TEST((d.severity == severity::error));
    BOOST_TEST(json.substr(d.offset, 2) == "{\"");
    BOOST_TEST(test::contains(d.message, "they take 5001 (OverrideContent " + std::to_string(body_fits + 12) +
                                             ", Actions " + std::to_string(5001 - body_fits - 12 + 1) + ")"),
               d.message);
    // Only what goes into data counts: a long Body (its own column) does not.
    BOOST_TEST(!test::has(validate(test::payload("\"Body\": \"" + std::string(400, 'x') + "\", \"OverrideContent\": "
                                                 "{\"body\": \"" + std::string(4980, 'y') + "\"}")),
                          diagnostic_code::data_too_long));
    // Escapes count as the server writes the text again: \u0041 is one character, \n two.
    BOOST_TEST(!test::has(validate(test::payload("\"OverrideContent\": {\"body\": \"" +
                                                 [] { std::string s; for (int i = 0; i < 4900; ++i) s += "\\u0041"; return s; }() +
                                                 "\"}")),
                          diagnostic_code::data_too_long));
    BOOST_TEST(test::has(validate(test::payload("\"OverrideContent\": {\"body\": \"" +
                                                [] { std::string s; for (int i = 0; i < 2500; ++i) s += "\\n"; return s; }() +
                                                "\"}")),
                         diagnostic_code::data_too_long));
}

BOOST_AUTO_TEST_CASE(annotations_are_left_out_of_the_data_column_only_when_written_plainly) {
    // The check skips measuring when the raw text less its annotations fits; an annotation whose
    // key is written with an escape is kept by the measure (it reads raw keys), so it must not be
    // taken off. {"x@odata.type":"#Microsoft.Dynamics.CRM.expando","body":"<n>"} is 60 + n.
    const auto with_annotation_key = [](std::string_view key, std::size_t body) {
        return test::payload("\"OverrideContent\": {\"" + std::string(key) +
                             "\": \"#Microsoft.Dynamics.CRM.expando\", \"body\": \"" + std::string(body, 'x') + "\"}");
    };
    const appnotify::validation_result escaped = validate(with_annotation_key("x@odata.typ\\u0065", 4941));
    BOOST_TEST(test::contains(test::find(escaped, diagnostic_code::data_too_long, "/OverrideContent").message,
                              "OverrideContent takes 5001"),
               test::describe(escaped));
    BOOST_TEST(!test::has(validate(with_annotation_key("x@odata.typ\\u0065", 4940)), diagnostic_code::data_too_long));
    // Written plainly, the same annotation is not stored: {"body":"<n>"} is 11 + n.
    BOOST_TEST(!test::has(validate(with_annotation_key("x@odata.type", 4989)), diagnostic_code::data_too_long));
    BOOST_TEST(test::has(validate(with_annotation_key("x@odata.type", 4990)), diagnostic_code::data_too_long));
}

BOOST_AUTO_TEST_CASE(compact_length_counts_every_byte_of_a_string) {
    // Strings are counted 8 bytes at a time up to a quote or an escape; every UTF-16 length
    // agrees with the byte-by-byte count, wherever the escapes and characters fall in a word.
    const appnotify::detail::compact_json_length measure(false);
    static constexpr std::string_view pieces[] = {"a", "bcdefgh", "\xC3\xA9", "\xE2\x82\xAC", "\xF0\x9F\x98\x80",
                                                  "\\n", "\\\"", "\\/", "\\u0041", "\\u0001", "\\u000a"};
    static constexpr std::size_t units[] = {1, 7, 1, 1, 2, 2, 2, 1, 1, 6, 2};
    std::uint32_t state = 777;
    const auto next = [&state] { return state = state * 1103515245u + 12345u, state >> 16; };
    for (int round = 0; round < 500; ++round) {
        std::string json = "\"";
        std::size_t expected = 2;
        const std::size_t count = next() % 40;
        for (std::size_t k = 0; k < count; ++k) {
            const std::size_t piece = next() % std::size(pieces);
            json += pieces[piece];
            expected += units[piece];
        }
        json += "\"";
        std::size_t at = 0;
        BOOST_REQUIRE_MESSAGE(measure.value(json, at) == expected, json);
        BOOST_REQUIRE(at == json.size());
        // As a member of an object, followed by more: the string ends at its own quote.
        const std::string object = "{" + json + ": " + json + ", \"k\": 12345678}";
        at = 0;
        BOOST_REQUIRE(measure.value(object, at) == 2 + 2 * expected + 1 + 1 + 3 + 1 + 8);
        BOOST_REQUIRE(at == object.size());
    }
}

BOOST_AUTO_TEST_CASE(markdown_is_expected_here) {
    BOOST_TEST(test::clean(validate(test::payload(R"~("OverrideContent": {"body": "- one\r- **two**"})~"))));
}

BOOST_AUTO_TEST_CASE(wrong_member_types) {
    test::only(validate(test::payload(R"~("OverrideContent": {"title": 5})~")), diagnostic_code::wrong_type,
               "/OverrideContent/title");
    test::only(validate(test::payload(R"~("OverrideContent": {"iconUrl": ""})~")), diagnostic_code::empty_value,
               "/OverrideContent/iconUrl");
}

BOOST_AUTO_TEST_CASE(a_custom_icon_needs_an_icon_url) {
    const std::string json = test::payload(R"~("IconType": 100000005)~");
    const auto& d = test::only(validate(json), diagnostic_code::custom_icon_without_url, "/OverrideContent/iconUrl");
    BOOST_TEST(d.offset == json.find("100000005"));
    test::only(validate(test::payload(R"~("IconType": 100000005, "OverrideContent": {"title": "x"})~")),
               diagnostic_code::custom_icon_without_url, "/OverrideContent/iconUrl");
    // Order of members does not matter.
    BOOST_TEST(validate(test::payload(R"~("OverrideContent": {"iconUrl": "/WebResources/a"}, "IconType": 100000005)~")).ok());
}

BOOST_AUTO_TEST_CASE(an_icon_url_without_a_custom_icon_is_ignored) {
    const std::string json = test::payload(R"~("IconType": 100000001, "OverrideContent": {"iconUrl": "/WebResources/a"})~");
    const auto& d = test::only(validate(json), diagnostic_code::icon_url_ignored, "/OverrideContent/iconUrl");
    BOOST_TEST(d.offset == json.find("\"/WebResources"));
    BOOST_TEST(test::contains(d.message, "Success"));
}

BOOST_AUTO_TEST_SUITE_END()
