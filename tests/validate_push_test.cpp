// SPDX-License-Identifier: MIT
// The Power Apps push notification (seed 003): SendPushNotification's recipients, message,
// openApp and params, and the fields of the V2 action in flows.
#include "test_support.hpp"

using appnotify::diagnostic_code;
using appnotify::dialect;
using appnotify::severity;
using appnotify::validate;

BOOST_AUTO_TEST_SUITE(validate_push)

BOOST_AUTO_TEST_CASE(a_minimal_push_is_valid_and_recognized) {
    const auto r = validate(test::push());
    BOOST_TEST(r.diagnostics().empty(), test::describe(r));
    BOOST_TEST(r.dialect() == dialect::push);
    const auto& n = r.notification();
    BOOST_TEST(n.title == "A new case was assigned to you.");
    BOOST_TEST_REQUIRE(n.push.has_value());
    BOOST_TEST_REQUIRE(n.push->recipients.size() == 1u);
    BOOST_TEST(n.push->recipients[0] == "maria@contoso.com");
    BOOST_TEST(!n.push->open_app.has_value());
    BOOST_TEST(!n.graph.has_value());
}

BOOST_AUTO_TEST_CASE(recipients_are_emails_or_object_ids) {
    const auto r = validate(R"~({"recipients": ["f60ccf6f-7579-4f92-967c-2920473c966b", "{72F988BF-86F1-41AF-91AB-2D7CD011DB47}", )~"
                            R"~("email2@contoso.com"], "message": "m"})~");
    BOOST_TEST(r.diagnostics().empty(), test::describe(r));
    BOOST_TEST(r.notification().push->recipients.size() == 3u);
    const auto with = [](std::string_view recipient) {
        return std::string(R"~({"message": "m", "recipients": [)~") + std::string(recipient) + "]}";
    };
    test::only(validate(with(R"~("bob")~")), diagnostic_code::recipient_malformed, "/recipients/0");
    test::only(validate(with(R"~("bob@")~")), diagnostic_code::recipient_malformed, "/recipients/0");
    const auto& reference = test::only(validate(with(R"~("/systemusers(f60ccf6f-7579-4f92-967c-2920473c966b)")~")),
                                       diagnostic_code::recipient_malformed, "/recipients/0");
    BOOST_TEST(test::contains(reference.message, "not the systemuserid"));
    const std::string typo = with(R"~("a@b.co", "f60ccf6f-7579-4f92-967c-2920473c966z")~");
    const auto& guid = test::only(validate(typo), diagnostic_code::invalid_guid, "/recipients/1");
    BOOST_TEST(typo.substr(guid.offset, 2) == "z\"");
    test::only(validate(with(R"~("00000000-0000-0000-0000-000000000000")~")), diagnostic_code::nil_guid, "/recipients/0");
    test::only(validate(with(R"~("<user email>")~")), diagnostic_code::template_placeholder, "/recipients/0");
    test::only(validate(with(R"~("  ")~")), diagnostic_code::empty_value, "/recipients/0");
    test::only(validate(with("42")), diagnostic_code::wrong_type, "/recipients/0");
}

BOOST_AUTO_TEST_CASE(recipients_is_a_required_non_empty_array) {
    const auto& missing = test::only(validate(R"~({"message": "m"})~"), diagnostic_code::missing_required, "/recipients");
    BOOST_TEST((missing.severity == severity::error));
    test::only(validate(R"~({"message": "m", "recipients": []})~"), diagnostic_code::empty_value, "/recipients");
    const auto& one = test::only(validate(R"~({"message": "m", "recipients": "a@b.co"})~"), diagnostic_code::wrong_type,
                                 "/recipients");
    BOOST_TEST(test::contains(one.message, "write [\"a@b.co\"]"));
    test::only(validate(R"~({"message": "m", "recipients": null})~"), diagnostic_code::wrong_type, "/recipients");
}

BOOST_AUTO_TEST_CASE(message_is_required_plain_text) {
    test::only(validate(R"~({"recipients": ["a@b.co"]})~"), diagnostic_code::missing_required, "/message");
    test::only(validate(R"~({"recipients": ["a@b.co"], "message": " "})~"), diagnostic_code::empty_value, "/message");
    test::only(validate(R"~({"recipients": ["a@b.co"], "message": null})~"), diagnostic_code::wrong_type, "/message");
    const auto& md = test::only(validate(R"~({"recipients": ["a@b.co"], "message": "a **bold** move"})~"),
                                diagnostic_code::markdown_in_plain_text, "/message");
    BOOST_TEST(test::contains(md.message, "a push notification shows plain text"));
    test::only(validate(R"~({"recipients": ["a@b.co"], "message": "Case <case number> is yours"})~"),
               diagnostic_code::template_placeholder, "/message");
}

BOOST_AUTO_TEST_CASE(open_app_is_a_boolean) {
    {
        const auto r_ = validate(test::push(R"~("openApp": true)~"));
        BOOST_TEST(*r_.notification().push->open_app);
    }
    test::only(validate(test::push(R"~("openApp": "true")~")), diagnostic_code::wrong_type, "/openApp");
    test::only(validate(test::push(R"~("openApp": 1)~")), diagnostic_code::wrong_type, "/openApp");
}

BOOST_AUTO_TEST_CASE(params_as_an_object_of_strings) {
    const auto r = validate(test::push(R"~("openApp": true, "params": {"CaseID": "42", "view": "details"})~"));
    BOOST_TEST(r.diagnostics().empty(), test::describe(r));
    const auto& p = *r.notification().push;
    BOOST_TEST(!p.params_as_table);
    BOOST_TEST_REQUIRE(p.params.size() == 2u);
    BOOST_TEST(p.params[0].key == "CaseID");
    BOOST_TEST(p.params[0].value == "42");
    const std::string number = test::push(R"~("params": {"CaseID": 42})~");
    const auto& d = test::only(validate(number), diagnostic_code::wrong_type, "/params/CaseID");
    BOOST_TEST(number.substr(d.offset, 2) == "42");
    BOOST_TEST(test::contains(d.message, "write \"42\""));
    test::only(validate(test::push(R"~("params": {"a": {"b": "c"}})~")), diagnostic_code::wrong_type, "/params/a");
    test::only(validate(test::push(R"~("params": "CaseID=42")~")), diagnostic_code::wrong_type, "/params");
}

BOOST_AUTO_TEST_CASE(params_as_the_rows_of_a_table) {
    // Table({key: "notificationKey", value: "The value for notificationKey"}), as JSON.
    const auto r = validate(test::push(R"~("openApp": true, "params": [{"key": "notificationKey", "value": "The value for notificationKey"}])~"));
    BOOST_TEST(r.diagnostics().empty(), test::describe(r));
    const auto& p = *r.notification().push;
    BOOST_TEST(p.params_as_table);
    BOOST_TEST_REQUIRE(p.params.size() == 1u);
    BOOST_TEST(p.params[0].value == "The value for notificationKey");
    test::only(validate(test::push(R"~("params": [{"value": "v"}])~")), diagnostic_code::missing_required, "/params/0/key");
    test::only(validate(test::push(R"~("params": [{"key": "k"}])~")), diagnostic_code::missing_required, "/params/0/value");
    test::only(validate(test::push(R"~("params": [{"key": "", "value": "v"}])~")), diagnostic_code::empty_value,
               "/params/0/key");
    test::only(validate(test::push(R"~("params": [{"key": "k", "value": true}])~")), diagnostic_code::wrong_type,
               "/params/0/value");
    test::only(validate(test::push(R"~("params": [{"key": "k", "value": "v", "type": "text"}])~")),
               diagnostic_code::ignored_field, "/params/0/type");
    test::only(validate(test::push(R"~("params": ["k=v"])~")), diagnostic_code::wrong_type, "/params/0");
}

BOOST_AUTO_TEST_CASE(params_only_reach_an_opened_app) {
    const auto& d = test::only(validate(test::push(R"~("openApp": false, "params": {"a": "b"})~")),
                               diagnostic_code::field_not_applicable, "/params");
    BOOST_TEST((d.severity == severity::warning));
    BOOST_TEST(test::clean(validate(test::push(R"~("params": {"a": "b"})~"))));
}

BOOST_AUTO_TEST_CASE(the_flow_fields_of_the_v2_action) {
    const auto r = validate(test::push(R"~("app": "0a9f62a8-90df-e311-9565-a45d36fc5fe8", "openApp": true, )~"
                                       R"~("entity": "incident", "formOrView": "form", "recordId": "b1f670b2-6567-eb11-bb2b-000d3ac2be4d")~"));
    BOOST_TEST(r.diagnostics().empty(), test::describe(r));
    const auto& p = *r.notification().push;
    BOOST_TEST(p.app == "0a9f62a8-90df-e311-9565-a45d36fc5fe8");
    BOOST_TEST(p.entity == "incident");
    BOOST_TEST(p.target == appnotify::push_target::form);
    BOOST_TEST(p.record_id == "b1f670b2-6567-eb11-bb2b-000d3ac2be4d");
    // The designer's custom value for "Your app".
    const auto object = validate(test::push(R"~("app": {"appIdentifier": "contoso_cases", "displayName": "Cases", "type": "AppModule"})~"));
    BOOST_TEST(object.diagnostics().empty(), test::describe(object));
    BOOST_TEST(object.notification().push->app == "contoso_cases");
    test::only(validate(test::push(R"~("app": {"displayName": "Cases"})~")), diagnostic_code::missing_required,
               "/app/appIdentifier");
    test::only(validate(test::push(R"~("app": "")~")), diagnostic_code::empty_value, "/app");
}

BOOST_AUTO_TEST_CASE(entity_form_or_view_and_record_id) {
    test::only(validate(test::push(R"~("entity": "Incident")~")), diagnostic_code::invalid_logical_name, "/entity");
    test::only(validate(test::push(R"~("entity": "incident", "formOrView": "Form")~")), diagnostic_code::invalid_enum_value,
               "/formOrView");
    test::only(validate(test::push(R"~("entity": "incident", "formOrView": "form", "recordId": "42")~")),
               diagnostic_code::invalid_guid, "/recordId");
    const auto& no_entity = test::only(validate(test::push(R"~("formOrView": "form", "recordId": "b1f670b2-6567-eb11-bb2b-000d3ac2be4d")~")),
                                       diagnostic_code::missing_required, "/entity");
    BOOST_TEST(test::contains(no_entity.message, "logical name of its table"));
    const auto& view = test::only(validate(test::push(R"~("entity": "incident", "formOrView": "view", "recordId": "b1f670b2-6567-eb11-bb2b-000d3ac2be4d")~")),
                                  diagnostic_code::field_not_applicable, "/recordId");
    BOOST_TEST((view.severity == severity::warning));
    test::only(validate(test::push(R"~("openApp": false, "entity": "incident")~")), diagnostic_code::field_not_applicable,
               "/entity");
}

BOOST_AUTO_TEST_CASE(a_record_id_is_for_a_form) {
    // The seed: "Record ID: If the notification is for a form then select the record ID."
    const std::string json = test::push(R"~("openApp": true, "entity": "incident", "recordId": "b1f670b2-6567-eb11-bb2b-000d3ac2be4d")~");
    const auto r = validate(json);
    const auto& d = test::only(r, diagnostic_code::missing_required, "/formOrView");
    BOOST_TEST((d.severity == severity::warning));
    BOOST_TEST(d.offset == 0u);
    BOOST_TEST(d.message == "\"recordId\" is the record a form opens: set \"formOrView\": \"form\"");
    BOOST_TEST(r.ok());
    // Without the entity as well: the entity is an error, the form a warning.
    const auto bare = validate(test::push(R"~("recordId": "b1f670b2-6567-eb11-bb2b-000d3ac2be4d")~"));
    BOOST_TEST_REQUIRE(bare.diagnostics().size() == 2u, test::describe(bare));
    BOOST_TEST(bare.diagnostics()[0].path == "/entity");
    BOOST_TEST((bare.diagnostics()[0].severity == severity::error));
    BOOST_TEST(bare.diagnostics()[1].path == "/formOrView");
    BOOST_TEST((bare.diagnostics()[1].severity == severity::warning));
    // A null recordId is no record id.
    BOOST_TEST(test::clean(validate(test::push(R"~("entity": "incident", "recordId": null)~"))));
}

BOOST_AUTO_TEST_CASE(unknown_members) {
    const auto& typo = test::only(validate(test::push(R"~("mesage": "x")~")), diagnostic_code::unknown_parameter, "/mesage");
    BOOST_TEST(test::contains(typo.message, "did you mean \"message\"?"));
    test::only(validate(test::push(R"~("Recipients": [])~")), diagnostic_code::unknown_parameter, "/Recipients");
    const auto& title = test::only(validate(test::push(R"~("title": "x")~")), diagnostic_code::unknown_parameter, "/title");
    BOOST_TEST(test::contains(title.message, "one text, \"message\""));
    const auto& other = test::only(validate(test::push(R"~("badge": 1)~")), diagnostic_code::unknown_parameter, "/badge");
    BOOST_TEST(test::contains(other.message, "recipients, message, openApp and params"));
}

BOOST_AUTO_TEST_CASE(one_notification_per_call) {
    appnotify::validate_options options;
    options.dialect = dialect::push;
    const auto& d = test::only(validate("[" + test::push() + "]", options), diagnostic_code::payload_not_object, "");
    BOOST_TEST(test::contains(d.message, "put every user in its \"recipients\""));
    BOOST_TEST(test::contains(test::only(validate("[" + test::push() + "]"), diagnostic_code::payload_not_object, "").message,
                              "SendPushNotification"));
}

BOOST_AUTO_TEST_SUITE_END()
