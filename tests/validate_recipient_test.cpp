// SPDX-License-Identifier: MIT
// Recipient: the forms OData accepts, and the mistakes people make.
#include "test_support.hpp"

using appnotify::diagnostic_code;
using appnotify::validate;

namespace {
std::string with_recipient(std::string_view recipient) {
    return std::string(R"~({"Title": "Hi", "Recipient": )~") + std::string(recipient) + "}";
}
} // namespace

BOOST_AUTO_TEST_SUITE(validate_recipient)

BOOST_AUTO_TEST_CASE(accepted_forms) {
    for (const std::string_view form : {R"~("/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)")~",
                                        R"~("systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)")~",
                                        R"~("/systemusers(systemuserid=0A9F62A8-90DF-E311-9565-A45D36FC5FE8)")~"}) {
        const auto r = validate(with_recipient(form));
        BOOST_TEST(r.diagnostics().empty(), form << test::describe(r));
    }
    const auto r = validate(with_recipient(R"~("/systemusers(systemuserid=0A9F62A8-90DF-E311-9565-A45D36FC5FE8)")~"));
    BOOST_TEST(r.notification().recipient_id == "0A9F62A8-90DF-E311-9565-A45D36FC5FE8");
}

BOOST_AUTO_TEST_CASE(entity_parameter_object_form) {
    const auto r = validate(with_recipient(R"~({"@odata.type": "Microsoft.Dynamics.CRM.systemuser", )~"
                                           R"~("systemuserid": "0a9f62a8-90df-e311-9565-a45d36fc5fe8"})~"));
    BOOST_TEST(r.ok(), test::describe(r));
    BOOST_TEST(r.notification().recipient_id == "0a9f62a8-90df-e311-9565-a45d36fc5fe8");
    test::only(r, diagnostic_code::odata_type_missing_hash, "/Recipient/@odata.type");
    BOOST_TEST(test::clean(validate(with_recipient(R"~({"systemuserid": "0a9f62a8-90df-e311-9565-a45d36fc5fe8"})~"))));
}

BOOST_AUTO_TEST_CASE(object_form_problems) {
    test::only(validate(with_recipient(R"~({"@odata.type": "#Microsoft.Dynamics.CRM.systemuser"})~")),
               diagnostic_code::missing_required, "/Recipient/systemuserid");
    test::only(validate(with_recipient(R"~({"@odata.type": "#Microsoft.Dynamics.CRM.team", "teamid": "0a9f62a8-90df-e311-9565-a45d36fc5fe8"})~")),
               diagnostic_code::recipient_team, "/Recipient/teamid");
    test::only(validate(with_recipient(R"~({"@odata.type": "#Microsoft.Dynamics.CRM.team"})~")),
               diagnostic_code::recipient_team, "/Recipient/@odata.type");
    test::only(validate(with_recipient(R"~({"@odata.type": "#Microsoft.Dynamics.CRM.account", "systemuserid": "0a9f62a8-90df-e311-9565-a45d36fc5fe8"})~")),
               diagnostic_code::recipient_not_systemuser, "/Recipient/@odata.type");
    test::only(validate(with_recipient(R"~({"systemuserid": "0a9f62a8-90df-e311-9565-a45d36fc5fe8", "fullname": "x"})~")),
               diagnostic_code::ignored_field, "/Recipient/fullname");
    test::only(validate(with_recipient(R"~({"systemuserid": "<GUID of the user>"})~")),
               diagnostic_code::template_placeholder, "/Recipient/systemuserid");
}

BOOST_AUTO_TEST_CASE(is_required) {
    const auto& d = test::only(validate(R"~({"Title": "Hi"})~"), diagnostic_code::missing_required, "/Recipient");
    BOOST_TEST(test::contains(d.message, "/systemusers("));
    test::only(validate(with_recipient("null")), diagnostic_code::wrong_type, "/Recipient");
    test::only(validate(with_recipient("42")), diagnostic_code::wrong_type, "/Recipient");
}

BOOST_AUTO_TEST_CASE(a_bare_guid_shows_the_expected_form) {
    const auto& d = test::only(validate(with_recipient(R"~("0a9f62a8-90df-e311-9565-a45d36fc5fe8")~")),
                               diagnostic_code::recipient_bare_guid, "/Recipient");
    BOOST_TEST(d.message == "\"Recipient\" is an entity reference, not a bare GUID: write "
                            "\"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\"");
}

BOOST_AUTO_TEST_CASE(teams_are_not_supported) {
    const auto& d = test::only(validate(with_recipient(R"~("/teams(0a9f62a8-90df-e311-9565-a45d36fc5fe8)")~")),
                               diagnostic_code::recipient_team, "/Recipient");
    BOOST_TEST(test::contains(d.message, "one notification to each user"));
}

BOOST_AUTO_TEST_CASE(other_entity_sets_are_not_users) {
    test::only(validate(with_recipient(R"~("/accounts(0a9f62a8-90df-e311-9565-a45d36fc5fe8)")~")),
               diagnostic_code::recipient_not_systemuser, "/Recipient");
    const auto& d = test::only(validate(with_recipient(R"~("/SystemUsers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)")~")),
                               diagnostic_code::recipient_not_systemuser, "/Recipient");
    BOOST_TEST(test::contains(d.message, "case-sensitive"));
}

BOOST_AUTO_TEST_CASE(malformed_references) {
    test::only(validate(with_recipient(R"~("maria@contoso.com")~")), diagnostic_code::recipient_malformed, "/Recipient");
    test::only(validate(with_recipient(R"~("/systemusers(0a9f62a8")~")), diagnostic_code::recipient_malformed, "/Recipient");
}

BOOST_AUTO_TEST_CASE(the_guid_is_checked_at_the_bad_character) {
    const std::string json = with_recipient(R"~("/systemusers(43m770h2-6567-ebm1-ob2b-000d3ac3kd6c)")~");
    const auto& d = test::only(validate(json), diagnostic_code::invalid_guid, "/Recipient");
    BOOST_TEST(d.offset == json.find("m770"));
    BOOST_TEST(test::contains(d.message, "'m' at character 3 is not a hexadecimal digit"));
    const std::string braced = with_recipient(R"~("/systemusers({0a9f62a8-90df-e311-9565-a45d36fc5fe8})")~");
    test::only(validate(braced), diagnostic_code::invalid_guid, "/Recipient");
}

BOOST_AUTO_TEST_CASE(the_nil_guid_is_an_error) {
    test::only(validate(with_recipient(R"~("/systemusers(00000000-0000-0000-0000-000000000000)")~")),
               diagnostic_code::nil_guid, "/Recipient");
}

BOOST_AUTO_TEST_CASE(a_placeholder_is_an_error_at_the_placeholder) {
    const std::string json = with_recipient(R"~("/systemusers(<GUID of the user>)")~");
    const auto& d = test::only(validate(json), diagnostic_code::template_placeholder, "/Recipient");
    BOOST_TEST(d.offset == json.find('<'));
    BOOST_TEST(d.is_error());
}

BOOST_AUTO_TEST_CASE(positions_map_through_escapes) {
    // \u0028 is '(' and \u0034 is '4': the bad character is reported where it is written.
    const std::string json = with_recipient(R"~("\/systemusers\u0028\u0034z9f62a8-90df-e311-9565-a45d36fc5fe8)")~");
    const auto& d = test::only(validate(json), diagnostic_code::invalid_guid, "/Recipient");
    BOOST_TEST(d.offset == json.find("z9f"));
}

BOOST_AUTO_TEST_SUITE_END()
