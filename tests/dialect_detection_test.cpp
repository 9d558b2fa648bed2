// Recognizing a payload's dialect from the members of its root object, and saying so when the
// members do not decide it.
#include "test_support.hpp"

using appnotify::dialect;
using appnotify::dialect_detector;
using appnotify::dialect_verdict;
using appnotify::diagnostic_code;
using appnotify::severity;
using appnotify::validate;

namespace {
dialect_verdict verdict_of(std::initializer_list<std::string_view> keys) {
    dialect_detector detector;
    for (const std::string_view key : keys) detector.add_member(key);
    return detector.verdict();
}
} // namespace

BOOST_AUTO_TEST_SUITE(dialect_detection)

BOOST_AUTO_TEST_CASE(names_round_trip) {
    for (const dialect d : appnotify::all_dialects) {
        dialect parsed = dialect::graph;
        BOOST_TEST(appnotify::parse_dialect(appnotify::to_string(d), parsed));
        BOOST_TEST(parsed == d);
    }
    dialect parsed = dialect::push;
    BOOST_TEST(!appnotify::parse_dialect("auto", parsed));
    BOOST_TEST(!appnotify::parse_dialect("Action", parsed));
    BOOST_TEST(parsed == dialect::push);
}

BOOST_AUTO_TEST_CASE(each_dialect_from_its_members) {
    BOOST_TEST(verdict_of({"Title", "Recipient"}).dialect == dialect::action);
    BOOST_TEST(verdict_of({"title", "owner", "icontype"}).dialect == dialect::record);
    BOOST_TEST(verdict_of({"recipients", "message"}).dialect == dialect::push);
    BOOST_TEST(verdict_of({"targetHostName", "payload", "priority"}).dialect == dialect::graph);
    for (const auto& v : {verdict_of({"Title"}), verdict_of({"data"}), verdict_of({"params"}), verdict_of({"groupName"})}) {
        BOOST_TEST((v.how == dialect_verdict::fit::clear));
        BOOST_TEST((v.candidates & (v.candidates - 1)) == 0); // one candidate
    }
}

BOOST_AUTO_TEST_CASE(the_most_known_members_win) {
    // A SendAppNotification body with a record's column is still an action body.
    BOOST_TEST(verdict_of({"Title", "Recipient", "ttlinseconds"}).dialect == dialect::action);
    // A record with the action's wording for one member is still a record.
    BOOST_TEST(verdict_of({"title", "body", "Recipient"}).dialect == dialect::record);
}

BOOST_AUTO_TEST_CASE(required_members_break_ties) {
    const dialect_verdict v = verdict_of({"Title", "body"});
    BOOST_TEST(v.dialect == dialect::action);
    BOOST_TEST((v.how == dialect_verdict::fit::clear));
}

BOOST_AUTO_TEST_CASE(ties_are_ambiguous) {
    const dialect_verdict v = verdict_of({"priority"});
    BOOST_TEST((v.how == dialect_verdict::fit::ambiguous));
    BOOST_TEST(v.dialect == dialect::record);
    BOOST_TEST(v.is_candidate(dialect::record));
    BOOST_TEST(v.is_candidate(dialect::graph));
    BOOST_TEST(!v.is_candidate(dialect::action));
}

BOOST_AUTO_TEST_CASE(near_misses_when_nothing_matches) {
    const dialect_verdict typo = verdict_of({"Titel", "Recipent"});
    BOOST_TEST((typo.how == dialect_verdict::fit::near_miss));
    BOOST_TEST(typo.dialect == dialect::action);
    BOOST_TEST(verdict_of({"Recipients", "Message"}).dialect == dialect::push);
    BOOST_TEST(verdict_of({"TargetHostName"}).dialect == dialect::graph);
}

BOOST_AUTO_TEST_CASE(unknown_and_empty) {
    BOOST_TEST((verdict_of({"foo", "quux"}).how == dialect_verdict::fit::unknown));
    const dialect_verdict empty = verdict_of({});
    BOOST_TEST((empty.how == dialect_verdict::fit::clear));
    BOOST_TEST(empty.dialect == dialect::action);
}

BOOST_AUTO_TEST_CASE(many_members_cost_linear_time) {
    dialect_detector detector;
    for (int i = 0; i < 1000000; ++i) detector.add_member("x");
    detector.add_member("Recipient");
    BOOST_TEST(detector.members() == 1000001u);
    BOOST_TEST(detector.verdict().dialect == dialect::action);
}

BOOST_AUTO_TEST_CASE(validate_reports_the_dialect_it_used) {
    BOOST_TEST(validate(test::payload()).dialect() == dialect::action);
    BOOST_TEST(validate(test::record()).dialect() == dialect::record);
    BOOST_TEST(validate(test::push()).dialect() == dialect::push);
    BOOST_TEST(validate(test::graph()).dialect() == dialect::graph);
    BOOST_TEST((validate(test::graph()).detection().how == dialect_verdict::fit::clear));
    // Asking for a dialect overrides recognition.
    const auto r = test::validate_as(test::record(), dialect::action);
    BOOST_TEST(r.dialect() == dialect::action);
    test::find(r, diagnostic_code::unknown_parameter, "/title");
    test::find(r, diagnostic_code::missing_required, "/Recipient");
}

BOOST_AUTO_TEST_CASE(an_unknown_payload_names_every_candidate) {
    const std::string json = R"~({"subject": "Hi", "to": "maria@contoso.com"})~";
    const auto r = validate(json);
    const auto& d = test::only(r, diagnostic_code::dialect_unknown, "");
    BOOST_TEST((d.severity == severity::error));
    BOOST_TEST(d.offset == 0u);
    BOOST_TEST(d.message ==
               "no member of this object belongs to a notification payload, so its dialect is unknown: a "
               "SendAppNotification request body (action) has Title and Recipient; an appnotification record (record) "
               "has title; a Power Apps push notification (push) has recipients and message; and a Microsoft Graph "
               "notification (graph) has targetHostName, appNotificationId and payload");
    BOOST_TEST((r.detection().how == dialect_verdict::fit::unknown));
    // Its JSON is still checked.
    test::find(validate(R"~({"subject": "Hi", "subject": "again"})~"), diagnostic_code::duplicate_key, "/subject");
    test::find(validate(R"~({"subject": [1, 2,]})~"), diagnostic_code::json_trailing_comma, "");
}

BOOST_AUTO_TEST_CASE(an_ambiguous_payload_says_how_it_was_read) {
    const auto r = validate(R"~({"priority": 200000001})~");
    const auto& d = test::find(r, diagnostic_code::dialect_ambiguous, "");
    BOOST_TEST((d.severity == severity::warning));
    BOOST_TEST(d.message == "this object fits several dialects equally, each knowing 1 member of it: it is read as an "
                            "appnotification record (record); it could be a Microsoft Graph notification (graph), which "
                            "would need targetHostName, appNotificationId and payload. Name the dialect (--dialect, "
                            "validate_options::dialect) to be sure");
    BOOST_TEST(r.dialect() == dialect::record);
    test::find(r, diagnostic_code::missing_required, "/title");
    BOOST_TEST(!test::has(test::validate_as(R"~({"priority": 200000001})~", dialect::record), diagnostic_code::dialect_ambiguous));
}

BOOST_AUTO_TEST_CASE(action_payloads_keep_their_diagnostics) {
    // Near misses and empty objects are read as SendAppNotification bodies, as before dialects.
    const auto typo = validate(R"~({"Titel": "Hi", "Recipient": "/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)"})~");
    BOOST_TEST(typo.dialect() == dialect::action);
    test::find(typo, diagnostic_code::unknown_parameter, "/Titel");
    BOOST_TEST(!test::has(typo, diagnostic_code::dialect_ambiguous));
    const auto lower = validate(R"~({"TITLE": "Hi"})~");
    BOOST_TEST(lower.dialect() == dialect::action);
    const auto empty = validate("{}");
    BOOST_TEST(empty.dialect() == dialect::action);
    BOOST_TEST(empty.diagnostics().size() == 2u);
    // The record's columns in an action body are explained as before.
    test::find(validate(test::payload(R"~("Data": "{}")~")), diagnostic_code::unknown_parameter, "/Data");
}

BOOST_AUTO_TEST_CASE(broken_json_is_recognized_from_the_members_before_the_break) {
    // simdjson refuses the whole text (a raw line break in a string): the members are read from it.
    const auto record = validate("{\"title\": \"T\", \"owner\": \"x\", \"data\": \"{\n}\"}");
    BOOST_TEST(record.dialect() == dialect::record);
    test::only(record, diagnostic_code::json_control_character, "");
    // simdjson stops at the error while the members are read: only the syntax error is reported.
    const auto unknown = validate(R"~({"subject": 1,, "to": 2})~");
    BOOST_TEST((unknown.detection().how == dialect_verdict::fit::unknown));
    test::only(unknown, diagnostic_code::json_syntax, "");
    const auto push = validate(R"~({"recipients": ["a@b.co"], "message": "m" "openApp": true})~");
    BOOST_TEST(push.dialect() == dialect::push);
    test::only(push, diagnostic_code::json_syntax, "");
}

BOOST_AUTO_TEST_CASE(arrays_are_refused_in_the_words_of_their_dialect) {
    const auto message = [](const std::string& json) {
        return std::string(test::only(validate(json), diagnostic_code::payload_not_object, "").message);
    };
    BOOST_TEST(test::contains(message("[" + test::payload() + "]"), "SendAppNotification takes one notification"));
    BOOST_TEST(test::contains(message("[" + test::record() + "]"), "one appnotification record per request"));
    BOOST_TEST(test::contains(message("[" + test::push() + "]"), "SendPushNotification sends one notification"));
    BOOST_TEST(test::contains(message("[" + test::graph() + "]"), "multiple notifications is not supported"));
    BOOST_TEST(test::contains(message("[]"), "SendAppNotification"));
    BOOST_TEST(test::contains(message("[1, 2]"), "SendAppNotification"));
}

BOOST_AUTO_TEST_CASE(ndjson_lines_of_every_dialect) {
    const std::string text = test::payload() + "\n" + test::record() + "\n" + test::push() + "\n" + test::graph() + "\n" +
                             R"~({"priority": 200000001})~" + "\n";
    appnotify::ndjson_validator validator;
    std::vector<dialect> seen;
    std::vector<bool> valid;
    const auto on_record = [&](const appnotify::ndjson_record& record) {
        seen.push_back(record.result.dialect());
        valid.push_back(record.result.valid());
        const auto alone = validate(record.text);
        BOOST_TEST(alone.diagnostics().size() == record.result.diagnostics().size(), record.line_number);
    };
    validator.feed(text, on_record);
    validator.finish(on_record);
    BOOST_TEST_REQUIRE(seen.size() == 5u);
    BOOST_TEST(seen[0] == dialect::action);
    BOOST_TEST(seen[1] == dialect::record);
    BOOST_TEST(seen[2] == dialect::push);
    BOOST_TEST(seen[3] == dialect::graph);
    BOOST_TEST(seen[4] == dialect::record);
    BOOST_TEST(valid[0]);
    BOOST_TEST(valid[3]);
    BOOST_TEST(!valid[4]);
}

BOOST_AUTO_TEST_CASE(is_valid_agrees_in_every_dialect) {
    appnotify::validation_result scratch;
    for (const std::string& json : {test::payload(), test::record(), test::push(), test::graph(),
                                    std::string(R"~({"subject": 1})~"), std::string(R"~({"priority": 200000001})~"),
                                    test::push(R"~("recipients": [])~"), test::graph(R"~("priority": "x")~")})
        BOOST_TEST(appnotify::is_valid(json, scratch) == validate(json).valid(), json);
}

BOOST_AUTO_TEST_SUITE_END()
