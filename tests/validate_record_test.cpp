// SPDX-License-Identifier: MIT
// The appnotification record (seed 001): its columns, the owner lookup, and the mistakes people
// make with them. The JSON of the data column is tested in validate_record_data_test.cpp.
#include "test_support.hpp"

using appnotify::diagnostic_code;
using appnotify::dialect;
using appnotify::severity;
using appnotify::validate;

BOOST_AUTO_TEST_SUITE(validate_record)

BOOST_AUTO_TEST_CASE(a_minimal_record_is_valid_and_recognized) {
    const auto r = validate(test::record());
    BOOST_TEST(r.diagnostics().empty(), test::describe(r));
    BOOST_TEST(r.dialect() == dialect::record);
    BOOST_TEST(r.notification().title == "Welcome");
    BOOST_TEST(r.notification().recipient == "/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)");
    BOOST_TEST(r.notification().recipient_id == "0a9f62a8-90df-e311-9565-a45d36fc5fe8");
}

BOOST_AUTO_TEST_CASE(columns_fill_the_model) {
    const auto r = validate(test::record(R"~("body": "Details", "icontype": 100000003, "toasttype": 200000001, )~"
                                         R"~("priority": 200000001, "ttlinseconds": 3600)~"));
    BOOST_TEST(r.diagnostics().empty(), test::describe(r));
    const auto& n = r.notification();
    BOOST_TEST(*n.body == "Details");
    BOOST_TEST(n.icon == appnotify::icon_type::warning);
    BOOST_TEST(n.toast == appnotify::toast_type::hidden);
    BOOST_TEST(n.priority == appnotify::priority::high);
    BOOST_TEST(*n.expiry == 3600);
    BOOST_TEST(!n.override_content.has_value());
}

BOOST_AUTO_TEST_CASE(title_is_required_text) {
    const auto& missing = test::only(validate(R"~({"ownerid@odata.bind": "/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)"})~"),
                                     diagnostic_code::missing_required, "/title");
    BOOST_TEST(missing.offset == 0u);
    BOOST_TEST((missing.severity == severity::error));
    test::only(validate(R"~({"title": null, "ownerid@odata.bind": "/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)"})~"),
               diagnostic_code::wrong_type, "/title");
    test::only(validate(R"~({"title": "", "ownerid@odata.bind": "/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)"})~"),
               diagnostic_code::empty_value, "/title");
    const std::string long_title = R"~({"title": ")~" + std::string(257, 'x') +
                                   R"~(", "ownerid@odata.bind": "/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)"})~";
    const auto& d = test::only(validate(long_title), diagnostic_code::text_too_long, "/title");
    BOOST_TEST(test::contains(d.message, "257 characters"));
    BOOST_TEST(test::contains(d.message, "at most 256"));
    test::only(validate(test::record(R"~("body": ")~" + std::string(501, 'x') + "\"")), diagnostic_code::text_too_long,
               "/body");
}

BOOST_AUTO_TEST_CASE(markdown_renders_only_in_data) {
    const auto& d = test::only(validate(test::record(R"~("body": "a **bold** claim")~")),
                               diagnostic_code::markdown_in_plain_text, "/body");
    BOOST_TEST(test::contains(d.message, "markdown renders only in the title and body of data"));
}

BOOST_AUTO_TEST_CASE(choice_columns_take_numbers) {
    const std::string json = test::record(R"~("icontype": "100000000")~");
    const auto& d = test::only(validate(json), diagnostic_code::number_as_string, "/icontype");
    BOOST_TEST((d.severity == severity::error));
    BOOST_TEST(json.substr(d.offset, 11) == "\"100000000\"");
    BOOST_TEST(d.message == "\"icontype\" is a choice (option set) column and must be a number, not a string: write "
                            "100000000 without quotes (Info)");
    test::only(validate(test::record(R"~("toasttype": "Hidden")~")), diagnostic_code::number_as_string, "/toasttype");
    const std::string priority = test::record(R"~("priority": "200000001")~");
    const auto r = validate(priority);
    const auto& high = test::only(r, diagnostic_code::number_as_string, "/priority");
    BOOST_TEST((high.severity == severity::error));
    BOOST_TEST(priority.substr(high.offset, 11) == "\"200000001\"");
    BOOST_TEST(high.message == "\"priority\" is a choice (option set) column and must be a number, not a string: write "
                               "200000001 without quotes (High)");
    BOOST_TEST(r.notification().priority == appnotify::priority::normal);
    test::only(validate(test::record(R"~("priority": 3)~")), diagnostic_code::invalid_option_value, "/priority");
    test::only(validate(test::record(R"~("icontype": true)~")), diagnostic_code::wrong_type, "/icontype");
}

BOOST_AUTO_TEST_CASE(ttlinseconds_is_a_positive_int32) {
    test::only(validate(test::record(R"~("ttlinseconds": 0)~")), diagnostic_code::integer_out_of_range, "/ttlinseconds");
    test::only(validate(test::record(R"~("ttlinseconds": 2147483648)~")), diagnostic_code::integer_out_of_range,
               "/ttlinseconds");
    test::only(validate(test::record(R"~("ttlinseconds": "60")~")), diagnostic_code::number_as_string, "/ttlinseconds");
    test::only(validate(test::record(R"~("ttlinseconds": 1.5)~")), diagnostic_code::number_not_integer, "/ttlinseconds");
    {
        const auto r_ = validate(test::record(R"~("ttlinseconds": 2147483647)~"));
        BOOST_TEST(*r_.notification().expiry == 2147483647);
    }
}

BOOST_AUTO_TEST_CASE(the_owner_is_a_systemuser_lookup) {
    const auto with_owner = [](std::string_view value) {
        return std::string(R"~({"title": "Hi", "ownerid@odata.bind": )~") + std::string(value) + "}";
    };
    BOOST_TEST(test::clean(validate(with_owner(R"~("systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)")~"))));
    const auto& bare = test::only(validate(with_owner(R"~("0a9f62a8-90df-e311-9565-a45d36fc5fe8")~")),
                                  diagnostic_code::recipient_bare_guid, "/ownerid@odata.bind");
    BOOST_TEST(bare.message == "\"ownerid@odata.bind\" is an entity reference, not a bare GUID: write "
                               "\"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\"");
    const auto& team = test::only(validate(with_owner(R"~("/teams(0a9f62a8-90df-e311-9565-a45d36fc5fe8)")~")),
                                  diagnostic_code::recipient_team, "/ownerid@odata.bind");
    BOOST_TEST((team.severity == severity::error));
    BOOST_TEST(test::contains(team.message, "cannot be sent to a team"));
    test::only(validate(with_owner(R"~("/accounts(0a9f62a8-90df-e311-9565-a45d36fc5fe8)")~")),
               diagnostic_code::recipient_not_systemuser, "/ownerid@odata.bind");
    test::only(validate(with_owner(R"~("/systemusers(<user-guid>)")~")), diagnostic_code::template_placeholder,
               "/ownerid@odata.bind");
    test::only(validate(with_owner("null")), diagnostic_code::wrong_type, "/ownerid@odata.bind");
}

BOOST_AUTO_TEST_CASE(a_record_without_owner_notifies_its_creator) {
    const auto& d = test::only(validate(R"~({"title": "Hi", "body": "x"})~"), diagnostic_code::missing_required,
                               "/ownerid@odata.bind");
    BOOST_TEST((d.severity == severity::warning));
    BOOST_TEST(test::contains(d.message, "the user who creates it"));
}

BOOST_AUTO_TEST_CASE(the_preview_owner_column_is_a_warning) {
    const std::string json = R"~({"title": "Hi", "owner": "0a9f62a8-90df-e311-9565-a45d36fc5fe8"})~";
    const auto r = validate(json);
    const auto& d = test::only(r, diagnostic_code::legacy_owner, "/owner");
    BOOST_TEST((d.severity == severity::warning));
    BOOST_TEST(json.substr(d.offset, 2) == "\"0");
    BOOST_TEST(d.message == "\"owner\" is how the preview set the user: write \"ownerid@odata.bind\": "
                            "\"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\"");
    BOOST_TEST(r.ok());
    BOOST_TEST(r.notification().recipient_id == "0a9f62a8-90df-e311-9565-a45d36fc5fe8");
    // The seed's own values: a placeholder, and prose where the GUID belongs.
    const auto placeholder = validate(R"~({"title": "Hi", "owner": "<user-guid>"})~");
    test::find(placeholder, diagnostic_code::legacy_owner, "/owner");
    test::find(placeholder, diagnostic_code::template_placeholder, "/owner");
    const auto prose = validate(R"~({"title": "Hi", "owner": "GUID of the user"})~");
    test::find(prose, diagnostic_code::invalid_guid, "/owner");
    BOOST_TEST(!prose.ok());
}

BOOST_AUTO_TEST_CASE(the_lookup_wins_over_the_preview_owner) {
    const std::string lookup = R"~("ownerid@odata.bind": "/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)")~";
    const auto record = [](std::string_view first, std::string_view second) {
        return "{\"title\": \"Hi\", " + std::string(first) + ", " + std::string(second) + "}";
    };
    // The same user: the warning says the lookup is used; the model is the same in either order.
    const std::string same_owner = R"~("owner": "0A9F62A8-90DF-E311-9565-A45D36FC5FE8")~";
    for (const std::string& json : {record(lookup, same_owner), record(same_owner, lookup)}) {
        const auto r = validate(json);
        const auto& d = test::only(r, diagnostic_code::legacy_owner, "/owner");
        BOOST_TEST((d.severity == severity::warning));
        BOOST_TEST(json.substr(d.offset, 3) == "\"0A");
        BOOST_TEST(d.message == "\"owner\" is how the preview set the user, and \"ownerid@odata.bind\" sets it too (the "
                                "same user): the lookup is the one used; remove \"owner\"");
        BOOST_TEST(r.ok());
        BOOST_TEST(r.notification().recipient == "/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)");
        BOOST_TEST(r.notification().recipient_id == "0a9f62a8-90df-e311-9565-a45d36fc5fe8");
    }
    // Another user: both are named, and the lookup's gets the notification.
    const std::string other_owner = R"~("owner": "b1f670b2-6567-eb11-bb2b-000d3ac2be4d")~";
    for (const std::string& json : {record(lookup, other_owner), record(other_owner, lookup)}) {
        const auto r = validate(json);
        BOOST_TEST(test::only(r, diagnostic_code::legacy_owner, "/owner").message ==
                   "\"owner\" is how the preview set the user, and \"ownerid@odata.bind\" names another one: the lookup "
                   "is the one used, and the record goes to 0a9f62a8-90df-e311-9565-a45d36fc5fe8, not to "
                   "b1f670b2-6567-eb11-bb2b-000d3ac2be4d; remove \"owner\"");
        BOOST_TEST(r.notification().recipient_id == "0a9f62a8-90df-e311-9565-a45d36fc5fe8");
    }
    // A lookup in error is still the one used: the owner does not stand in for it.
    const std::string team = R"~("ownerid@odata.bind": "/teams(0a9f62a8-90df-e311-9565-a45d36fc5fe8)")~";
    for (const std::string& json : {record(team, other_owner), record(other_owner, team)}) {
        const auto r = validate(json);
        BOOST_TEST_REQUIRE(r.diagnostics().size() == 2u, test::describe(r));
        test::find(r, diagnostic_code::recipient_team, "/ownerid@odata.bind");
        BOOST_TEST(test::find(r, diagnostic_code::legacy_owner, "/owner").message ==
                   "\"owner\" is how the preview set the user, and \"ownerid@odata.bind\" sets it too: the lookup is the "
                   "one used; remove \"owner\"");
        BOOST_TEST(r.notification().recipient_id.empty());
        BOOST_TEST(r.notification().recipient == "/teams(0a9f62a8-90df-e311-9565-a45d36fc5fe8)");
    }
}

BOOST_AUTO_TEST_CASE(unknown_columns_name_what_was_meant) {
    for (const char* ttl : {"ttl", "ttlindays", "TTL", "expiry"}) {
        const auto& d = test::only(validate(test::record(std::string("\"") + ttl + "\": 60")),
                                   diagnostic_code::unknown_parameter, std::string("/") + ttl);
        BOOST_TEST(test::contains(d.message, "did you mean \"ttlinseconds\"?"), ttl);
    }
    BOOST_TEST(test::contains(test::only(validate(test::record(R"~("ttlindays": 14)~")), diagnostic_code::unknown_parameter,
                                         "/ttlindays").message, "a day is 86400"));
    const auto& schema = test::only(validate(test::record(R"~("IconType": 100000000)~")),
                                    diagnostic_code::unknown_parameter, "/IconType");
    BOOST_TEST(test::contains(schema.message, "did you mean \"icontype\"? (columns are written with their lowercase "
                                              "logical names)"));
    BOOST_TEST(test::contains(test::only(validate(test::record(R"~("recipient": "x")~")), diagnostic_code::unknown_parameter,
                                         "/recipient").message, "ownerid@odata.bind"));
    BOOST_TEST(test::contains(test::only(validate(test::record(R"~("actions": [])~")), diagnostic_code::unknown_parameter,
                                         "/actions").message, "go in the JSON of \"data\""));
    test::only(validate(test::record(R"~("colour": "red")~")), diagnostic_code::unknown_parameter, "/colour");
}

BOOST_AUTO_TEST_CASE(custom_columns_are_warnings) {
    const auto r = validate(test::record(R"~("sprk_category": "Billing", "new_Case@odata.bind": "/incidents(0a9f62a8-90df-e311-9565-a45d36fc5fe8)")~"));
    BOOST_TEST(r.ok(), test::describe(r));
    BOOST_TEST_REQUIRE(r.diagnostics().size() == 2u, test::describe(r));
    BOOST_TEST(r.diagnostics()[0].code == diagnostic_code::custom_column);
    BOOST_TEST(r.diagnostics()[0].path == "/sprk_category");
    BOOST_TEST(test::contains(r.diagnostics()[0].message, "publisher prefix \"sprk_\""));
    BOOST_TEST(r.diagnostics()[1].path == "/new_Case@odata.bind");
    // Too short or too long a prefix is no publisher's.
    test::only(validate(test::record(R"~("x_category": 1)~")), diagnostic_code::unknown_parameter, "/x_category");
}

BOOST_AUTO_TEST_CASE(other_columns_of_the_table) {
    BOOST_TEST(test::clean(validate(test::record(R"~("appnotificationid": "0a9f62a8-90df-e311-9565-a45d36fc5fe8", "partitionid": "p1")~"))));
    test::only(validate(test::record(R"~("appnotificationid": "nope")~")), diagnostic_code::invalid_guid,
               "/appnotificationid");
    const auto& module = test::only(validate(test::record(R"~("appmoduleid@odata.bind": "/appmodules(0a9f62a8-90df-e311-9565-a45d36fc5fe8)")~")),
                                    diagnostic_code::ignored_field, "/appmoduleid@odata.bind");
    BOOST_TEST((module.severity == severity::warning));
    const auto& created = test::only(validate(test::record(R"~("createdon": "2021-04-01T00:00:00Z")~")),
                                     diagnostic_code::ignored_field, "/createdon");
    BOOST_TEST(test::contains(created.message, "set by the server"));
}

BOOST_AUTO_TEST_CASE(the_record_type_annotation) {
    BOOST_TEST(test::clean(validate(test::record(R"~("@odata.type": "#Microsoft.Dynamics.CRM.appnotification")~"))));
    test::only(validate(test::record(R"~("@odata.type": "#Microsoft.Dynamics.CRM.account")~")),
               diagnostic_code::odata_type_mismatch, "/@odata.type");
}

BOOST_AUTO_TEST_CASE(a_custom_icon_needs_an_image_in_data) {
    const auto& d = test::only(validate(test::record(R"~("icontype": 100000005)~")), diagnostic_code::custom_icon_without_url,
                               "/data/iconUrl");
    BOOST_TEST(d.message == "icontype 100000005 (Custom) needs an image: set iconUrl in data, for example "
                            "\"/WebResources/<name of an image web resource>\"");
    BOOST_TEST(test::clean(validate(test::record(R"~("icontype": 100000005, "data": "{\"iconUrl\": \"/WebResources/cr245_AlertOn\"}")~"))));
    const auto& ignored = test::only(validate(test::record(R"~("data": "{\"iconUrl\": \"/WebResources/cr245_AlertOn\"}")~")),
                                     diagnostic_code::icon_url_ignored, "/data/iconUrl");
    BOOST_TEST(test::contains(ignored.message, "when icontype is 100000005"));
}

BOOST_AUTO_TEST_CASE(data_is_a_json_string) {
    // The seed's first action example gives data as an object: refused, and checked anyway.
    const std::string json = test::record(R"~("data": {"actions": [{"title": "Open Bing", "data": {"url": "https://bing.com"}}]})~");
    const auto r = validate(json);
    const auto& d = test::find(r, diagnostic_code::wrong_type, "/data");
    BOOST_TEST(test::contains(d.message, "JSON.stringify"));
    BOOST_TEST(json.substr(d.offset, 2) == "{\"");
    test::find(r, diagnostic_code::legacy_action_form, "/data/actions/0/data/type");
    BOOST_TEST(r.notification().actions.size() == 1u);
    // A syntax error inside that object is one of the record's JSON (found by fuzzing).
    const std::string broken = test::record(R"~("data": {"body": "x",})~");
    const auto& comma = test::find(validate(broken), diagnostic_code::json_trailing_comma, "");
    BOOST_TEST(broken.substr(comma.offset, 2) == ",}");
    test::only(validate(test::record(R"~("data": 5)~")), diagnostic_code::wrong_type, "/data");
    BOOST_TEST(test::clean(validate(test::record(R"~("data": null)~"))));
    BOOST_TEST(test::clean(validate(test::record(R"~("data": "  ")~"))));
}

BOOST_AUTO_TEST_CASE(data_holds_at_most_5000_characters) {
    const std::string spaces(5000 - 14, ' '); // {"actions":[ and ]} are 14 characters around them
    BOOST_TEST(test::clean(validate(test::record_with_data(R"~({"actions":[)~" + spaces + "]}"))));
    const auto& d = test::only(validate(test::record_with_data(R"~({"actions":[ )~" + spaces + "]}")),
                               diagnostic_code::text_too_long, "/data");
    BOOST_TEST(test::contains(d.message, "5001 characters"));
}

BOOST_AUTO_TEST_CASE(an_action_body_read_as_a_record_names_the_columns) {
    const auto r = test::validate_as(test::payload(), dialect::record);
    BOOST_TEST(r.dialect() == dialect::record);
    test::find(r, diagnostic_code::unknown_parameter, "/Title");
    const auto& recipient = test::find(r, diagnostic_code::unknown_parameter, "/Recipient");
    BOOST_TEST(test::contains(recipient.message, "ownerid@odata.bind"));
    test::find(r, diagnostic_code::missing_required, "/title");
}

BOOST_AUTO_TEST_CASE(is_valid_agrees) {
    appnotify::validation_result scratch;
    appnotify::validate_options options;
    for (const std::string& json : {test::record(), test::record(R"~("ttl": 1)~"), test::record(R"~("owner": "x")~"),
                                    test::record_with_data(R"~({"body": "[x](javascript:alert(1))"})~"),
                                    test::record_with_data("{'a': 1}")})
        BOOST_TEST(appnotify::is_valid(json, scratch, options) == validate(json, options).ok(), json);
}

BOOST_AUTO_TEST_SUITE_END()
