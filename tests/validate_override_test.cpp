// SPDX-License-Identifier: MIT
// OverrideContent and the custom icon rules.
#include "test_support.hpp"

using appnotify::diagnostic_code;
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
    BOOST_TEST(r.valid());
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
    test::only(validate(test::payload("\"OverrideContent\": {\"title\": \"" + std::string(257, 'x') + "\"}")),
               diagnostic_code::text_too_long, "/OverrideContent/title");
    test::only(validate(test::payload("\"OverrideContent\": {\"body\": \"" + std::string(501, 'x') + "\"}")),
               diagnostic_code::text_too_long, "/OverrideContent/body");
}

BOOST_AUTO_TEST_CASE(markdown_is_expected_here) {
    BOOST_TEST(validate(test::payload(R"~("OverrideContent": {"body": "- one\r- **two**"})~")).diagnostics().empty());
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
    BOOST_TEST(validate(test::payload(R"~("OverrideContent": {"iconUrl": "/WebResources/a"}, "IconType": 100000005)~")).valid());
}

BOOST_AUTO_TEST_CASE(an_icon_url_without_a_custom_icon_is_ignored) {
    const std::string json = test::payload(R"~("IconType": 100000001, "OverrideContent": {"iconUrl": "/WebResources/a"})~");
    const auto& d = test::only(validate(json), diagnostic_code::icon_url_ignored, "/OverrideContent/iconUrl");
    BOOST_TEST(d.offset == json.find("\"/WebResources"));
    BOOST_TEST(test::contains(d.message, "Success"));
}

BOOST_AUTO_TEST_SUITE_END()
