// SPDX-License-Identifier: MIT
// The top-level parameters of SendAppNotification: Title, Body, option sets, Expiry, unknowns.
#include "test_support.hpp"

using appnotify::diagnostic_code;
using appnotify::severity;
using appnotify::validate;

BOOST_AUTO_TEST_SUITE(validate_parameters)

BOOST_AUTO_TEST_CASE(minimal_payload_is_valid_and_modelled) {
    const auto r = validate(test::payload());
    BOOST_TEST(r.ok(), test::describe(r));
    BOOST_TEST(r.diagnostics().empty(), test::describe(r));
    const auto& n = r.notification();
    BOOST_TEST(n.title == "Welcome");
    BOOST_TEST(n.recipient == "/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)");
    BOOST_TEST(n.recipient_id == "0a9f62a8-90df-e311-9565-a45d36fc5fe8");
    BOOST_TEST(!n.body.has_value());
    BOOST_TEST((n.icon == appnotify::icon_type::info));
    BOOST_TEST((n.toast == appnotify::toast_type::timed));
    BOOST_TEST((n.priority == appnotify::priority::normal));
    BOOST_TEST(!n.expiry.has_value());
    BOOST_TEST(!n.override_content.has_value());
    BOOST_TEST(n.actions.empty());
}

BOOST_AUTO_TEST_CASE(every_field_is_modelled) {
    const auto r = validate(test::payload(R"~("Body": "Line\nnext \u00e9", "IconType": 100000003, "ToastType": 200000001, )~"
                                          R"~("Priority": 200000001, "Expiry": 3600)~"));
    BOOST_TEST(r.ok(), test::describe(r));
    const auto& n = r.notification();
    BOOST_TEST(*n.body == "Line\nnext \xC3\xA9");
    BOOST_TEST((n.icon == appnotify::icon_type::warning));
    BOOST_TEST((n.toast == appnotify::toast_type::hidden));
    BOOST_TEST((n.priority == appnotify::priority::high));
    BOOST_TEST(*n.expiry == 3600);
}

BOOST_AUTO_TEST_CASE(nulls_mean_the_defaults) {
    const auto r = validate(test::payload(R"~("Body": null, "IconType": null, "ToastType": null, "Priority": null, )~"
                                          R"~("Expiry": null, "OverrideContent": null, "Actions": null)~"));
    BOOST_TEST(r.diagnostics().empty(), test::describe(r));
    BOOST_TEST((r.notification().icon == appnotify::icon_type::info));
}

BOOST_AUTO_TEST_CASE(title_is_required) {
    const std::string json = R"~({"Recipient": "/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)"})~";
    const auto& d = test::only(validate(json), diagnostic_code::missing_required, "/Title");
    BOOST_TEST(d.offset == 0u);
    BOOST_TEST(d.is_error());
}

BOOST_AUTO_TEST_CASE(title_cannot_be_null_or_empty) {
    test::only(validate(R"~({"Title": null, "Recipient": "/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)"})~"),
               diagnostic_code::wrong_type, "/Title");
    test::only(validate(R"~({"Title": "", "Recipient": "/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)"})~"),
               diagnostic_code::empty_value, "/Title");
    test::only(validate(R"~({"Title": "   ", "Recipient": "/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)"})~"),
               diagnostic_code::empty_value, "/Title");
}

BOOST_AUTO_TEST_CASE(title_must_be_a_string) {
    const std::string json = R"~({"Title": ["a"], "Recipient": "/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)"})~";
    const auto& d = test::only(validate(json), diagnostic_code::wrong_type, "/Title");
    BOOST_TEST(d.offset == json.find('['));
    BOOST_TEST(d.message == "\"Title\" must be a string, found an array");
}

BOOST_AUTO_TEST_CASE(title_length_counts_utf16_units) {
    std::string fits(128, 'a');
    for (int i = 0; i < 64; ++i) fits += "\xF0\x9F\x98\x80"; // 64 emoji: 128 UTF-16 units, 256 bytes
    const auto ok = validate(R"~({"Title": ")~" + fits + R"~(", "Recipient": "/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)"})~");
    BOOST_TEST(ok.ok(), test::describe(ok));
    const auto r = validate(R"~({"Title": ")~" + fits + R"~(a", "Recipient": "/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)"})~");
    const auto& d = test::only(r, diagnostic_code::text_too_long, "/Title");
    BOOST_TEST(test::contains(d.message, "257"));
}

BOOST_AUTO_TEST_CASE(body_length_limit_is_500) {
    BOOST_TEST(validate(test::payload("\"Body\": \"" + std::string(500, 'x') + "\"")).ok());
    test::only(validate(test::payload("\"Body\": \"" + std::string(501, 'x') + "\"")), diagnostic_code::text_too_long,
               "/Body");
}

BOOST_AUTO_TEST_CASE(markdown_in_plain_title_or_body_is_a_warning) {
    const std::string json = test::payload(R"~("Body": "Call **Jim** today")~");
    const auto r = validate(json);
    const auto& d = test::only(r, diagnostic_code::markdown_in_plain_text, "/Body");
    BOOST_TEST((d.severity == severity::warning));
    BOOST_TEST(d.offset == json.find("**"));
    BOOST_TEST(r.ok());
    test::only(validate(test::payload(R"~("Body": "See [the case](?pagetype=entityrecord)")~")),
               diagnostic_code::markdown_in_plain_text, "/Body");
    test::only(validate(test::payload(R"~("Body": "- one\r- two")~")), diagnostic_code::markdown_in_plain_text, "/Body");
    test::only(validate(R"~({"Title": "1. Green", "Recipient": "/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)"})~"),
               diagnostic_code::markdown_in_plain_text, "/Title");
    BOOST_TEST(test::clean(validate(test::payload(R"~("Body": "snake_case and 2*3*4 are fine")~"))));
}

BOOST_AUTO_TEST_CASE(placeholders_in_text_are_warnings) {
    const std::string json = test::payload(R"~("Body": "Hello {{name}}")~");
    const auto r = validate(json);
    const auto& d = test::only(r, diagnostic_code::template_placeholder, "/Body");
    BOOST_TEST((d.severity == severity::warning));
    BOOST_TEST(d.offset == json.find("{{"));
}

BOOST_AUTO_TEST_CASE(option_sets_accept_their_values) {
    for (int v = 100000000; v <= 100000005; ++v) {
        const std::string extra = "\"IconType\": " + std::to_string(v) +
                                  (v == 100000005 ? R"~(, "OverrideContent": {"iconUrl": "/WebResources/x"})~" : "");
        const auto r = validate(test::payload(extra));
        BOOST_TEST(r.diagnostics().empty(), v << test::describe(r));
        BOOST_TEST(static_cast<int>(r.notification().icon) == v);
    }
}

BOOST_AUTO_TEST_CASE(an_option_value_outside_the_set_lists_the_allowed_ones) {
    const std::string json = test::payload(R"~("IconType": 100000006)~");
    const auto& d = test::only(validate(json), diagnostic_code::invalid_option_value, "/IconType");
    BOOST_TEST(d.offset == json.find("100000006"));
    BOOST_TEST(d.message == "100000006 is not a value of \"IconType\"; allowed: 100000000 (Info), 100000001 (Success), "
                            "100000002 (Failure), 100000003 (Warning), 100000004 (Mention), 100000005 (Custom)");
    test::only(validate(test::payload(R"~("ToastType": 200000002)~")), diagnostic_code::invalid_option_value, "/ToastType");
    test::only(validate(test::payload(R"~("Priority": 1)~")), diagnostic_code::invalid_option_value, "/Priority");
}

BOOST_AUTO_TEST_CASE(an_option_value_as_a_string_says_so) {
    const auto& d = test::only(validate(test::payload(R"~("IconType": "100000003")~")), diagnostic_code::number_as_string,
                               "/IconType");
    BOOST_TEST(d.message == "\"IconType\" is a choice (option set) value and must be a number, not a string: write "
                            "100000003 without quotes (Warning)");
    const auto& named = test::only(validate(test::payload(R"~("Priority": "High")~")), diagnostic_code::number_as_string,
                                   "/Priority");
    BOOST_TEST(test::contains(named.message, "write 200000001 without quotes (High)"));
    const auto& other = test::only(validate(test::payload(R"~("ToastType": "soon")~")), diagnostic_code::number_as_string,
                                   "/ToastType");
    BOOST_TEST(test::contains(other.message, "allowed: 200000000 (Timed), 200000001 (Hidden)"));
}

BOOST_AUTO_TEST_CASE(an_option_value_as_a_float_or_out_of_int32_says_so) {
    test::only(validate(test::payload(R"~("IconType": 100000000.0)~")), diagnostic_code::number_not_integer, "/IconType");
    test::only(validate(test::payload(R"~("IconType": 1e8)~")), diagnostic_code::number_not_integer, "/IconType");
    test::only(validate(test::payload(R"~("IconType": 1e400)~")), diagnostic_code::number_not_integer, "/IconType");
    test::only(validate(test::payload(R"~("Priority": 9223372036854775808)~")), diagnostic_code::integer_out_of_range,
               "/Priority");
    const auto& d = test::only(validate(test::payload(R"~("Priority": 2147483648)~")),
                               diagnostic_code::integer_out_of_range, "/Priority");
    BOOST_TEST(test::contains(d.message, "32-bit"));
    test::only(validate(test::payload(R"~("IconType": -0)~")), diagnostic_code::invalid_option_value, "/IconType");
}

BOOST_AUTO_TEST_CASE(an_option_value_of_another_type) {
    test::only(validate(test::payload(R"~("IconType": true)~")), diagnostic_code::wrong_type, "/IconType");
    test::only(validate(test::payload(R"~("ToastType": {})~")), diagnostic_code::wrong_type, "/ToastType");
}

BOOST_AUTO_TEST_CASE(expiry_is_1_to_int32_max_seconds) {
    BOOST_TEST(validate(test::payload(R"~("Expiry": 1)~")).ok());
    BOOST_TEST(validate(test::payload(R"~("Expiry": 2147483647)~")).ok());
    test::only(validate(test::payload(R"~("Expiry": 0)~")), diagnostic_code::integer_out_of_range, "/Expiry");
    test::only(validate(test::payload(R"~("Expiry": -5)~")), diagnostic_code::integer_out_of_range, "/Expiry");
    test::only(validate(test::payload(R"~("Expiry": 2147483648)~")), diagnostic_code::integer_out_of_range, "/Expiry");
    test::only(validate(test::payload(R"~("Expiry": 1.5)~")), diagnostic_code::number_not_integer, "/Expiry");
    test::only(validate(test::payload(R"~("Expiry": "3600")~")), diagnostic_code::number_as_string, "/Expiry");
}

BOOST_AUTO_TEST_CASE(unknown_parameters_are_errors_with_did_you_mean) {
    const std::string json = test::payload(R"~("title": "x")~");
    const auto& d = test::only(validate(json), diagnostic_code::unknown_parameter, "/title");
    BOOST_TEST(d.offset == json.find("\"title\""));
    BOOST_TEST(d.message == "unknown parameter \"title\": did you mean \"Title\"? (parameter names are case-sensitive)");
    const auto& typo = test::only(validate(test::payload(R"~("Prority": 200000000)~")), diagnostic_code::unknown_parameter,
                                  "/Prority");
    BOOST_TEST(test::contains(typo.message, "did you mean \"Priority\""));
}

BOOST_AUTO_TEST_CASE(known_mistakes_get_specific_advice) {
    const auto& ttl = test::only(validate(test::payload(R"~("TTLInSeconds": 60)~")), diagnostic_code::unknown_parameter,
                                 "/TTLInSeconds");
    BOOST_TEST(test::contains(ttl.message, "\"Expiry\""));
    const auto& data = test::only(validate(test::payload(R"~("Data": "{}")~")), diagnostic_code::unknown_parameter, "/Data");
    BOOST_TEST(test::contains(data.message, "column of the appnotification table"));
    const auto& owner = test::only(validate(test::payload(R"~("ownerid@odata.bind": "/systemusers(x)")~")),
                                   diagnostic_code::unknown_parameter, "/ownerid@odata.bind");
    BOOST_TEST(test::contains(owner.message, "\"Recipient\""));
    const auto& other = test::only(validate(test::payload(R"~("Color": "red")~")), diagnostic_code::unknown_parameter,
                                   "/Color");
    BOOST_TEST(test::contains(other.message, "SendAppNotification takes Title, Recipient"));
}

BOOST_AUTO_TEST_SUITE_END()
