// SPDX-License-Identifier: MIT
// OData type annotations: checked at every level, never reported as unknown members.
#include "test_support.hpp"

using appnotify::diagnostic_code;
using appnotify::validate;

BOOST_AUTO_TEST_SUITE(validate_annotations)

BOOST_AUTO_TEST_CASE(annotations_are_not_unknown_members) {
    BOOST_TEST(test::clean(validate(test::payload(R"~("Title@odata.type": "#String")~"))));
}

BOOST_AUTO_TEST_CASE(the_collection_annotation_of_actions) {
    const std::string json = test::payload(R"~("Actions": {"actions": []})~");
    const auto& d = test::only(validate(json), diagnostic_code::odata_type_missing, "/Actions/actions@odata.type");
    BOOST_TEST(!d.is_error());
    BOOST_TEST(d.offset == json.find("\"actions\""));
    test::only(validate(test::payload(R"~("Actions": {"actions@odata.type": "#Collection(Microsoft.Dynamics.CRM.account)", "actions": []})~")),
               diagnostic_code::odata_type_mismatch, "/Actions/actions@odata.type");
    BOOST_TEST(test::clean(validate(test::payload(R"~("Actions": {"actions@odata.type": "#Collection(mscrm.expando)", "actions": []})~"))));
}

BOOST_AUTO_TEST_CASE(nested_expandos_should_say_their_type) {
    const std::string json = test::payload_with_action_data(R"~({"type": "url", "url": "/x"})~");
    const auto& d = test::only(validate(json), diagnostic_code::odata_type_missing, "/Actions/actions/0/data/@odata.type");
    BOOST_TEST(d.offset == json.find("{\"type\""));
}

BOOST_AUTO_TEST_CASE(annotation_values_must_be_strings) {
    test::only(validate(test::payload(R"~("OverrideContent": {"@odata.type": 5})~")), diagnostic_code::wrong_type,
               "/OverrideContent/@odata.type");
}

BOOST_AUTO_TEST_CASE(an_annotation_for_a_missing_member) {
    test::only(validate(test::payload(R"~("OverrideContent": {"body@odata.type": "#String"})~")),
               diagnostic_code::odata_annotation_orphan, "/OverrideContent/body@odata.type");
}

BOOST_AUTO_TEST_CASE(an_annotation_that_contradicts_the_value) {
    const auto& d = test::only(validate(test::payload(R"~("OverrideContent": {"title@odata.type": "#Int32", "title": "x"})~")),
                               diagnostic_code::odata_type_mismatch, "/OverrideContent/title@odata.type");
    BOOST_TEST(test::contains(d.message, "describes a number"));
    test::only(validate(test::payload(R"~("OverrideContent": {"title@odata.type": "#Whatever", "title": "x"})~")),
               diagnostic_code::odata_type_unknown, "/OverrideContent/title@odata.type");
    BOOST_TEST(test::clean(validate(test::payload(R"~("OverrideContent": {"title@odata.type": "#Edm.String", "title": "x"})~"))));
}

BOOST_AUTO_TEST_CASE(member_ids_annotation) {
    const std::string data =
        R"~({"@odata.type": "#Microsoft.Dynamics.CRM.expando", "type": "teamsChat", "memberIds": ["0a9f62a8-90df-e311-9565-a45d36fc5fe8"]})~";
    test::only(validate(test::payload_with_action_data(data)), diagnostic_code::odata_type_missing,
               "/Actions/actions/0/data/memberIds@odata.type");
}

BOOST_AUTO_TEST_CASE(only_keys_that_end_with_the_whole_suffix_are_annotations) {
    // Near misses in each part the recognizer compares (the first 8 bytes of the suffix, its last
    // 4, a key one byte short) are plain unknown members, not annotations.
    for (const char* key : {"@odata.typ", "odata.type", "#odata.type", "@odata.typf", "@odatX.type", "title@odata.typ",
                            "title@odata.tyPe", "title_odata.type"}) {
        BOOST_TEST_CONTEXT(key) {
            test::only(validate(test::payload(std::string(R"~("OverrideContent": {")~") + key + R"~(": 1})~")),
                       diagnostic_code::ignored_field, std::string("/OverrideContent/") + key);
        }
    }
    test::only(validate(test::payload(R"~("OverrideContent": {"@odata.type": 1})~")), diagnostic_code::wrong_type,
               "/OverrideContent/@odata.type");
    test::only(validate(test::payload(R"~("OverrideContent": {"x@odata.type": "#String"})~")),
               diagnostic_code::odata_annotation_orphan, "/OverrideContent/x@odata.type");
}

BOOST_AUTO_TEST_CASE(annotations_in_ignored_values_are_still_checked) {
    const auto r = validate(test::payload(R"~("OverrideContent": {"extra": {"@odata.type": 1}})~"));
    test::find(r, diagnostic_code::ignored_field, "/OverrideContent/extra");
    test::find(r, diagnostic_code::wrong_type, "/OverrideContent/extra/@odata.type");
}

BOOST_AUTO_TEST_SUITE_END()
