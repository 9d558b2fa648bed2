// SPDX-License-Identifier: MIT
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
        const std::optional<dialect> parsed = appnotify::parse_dialect(appnotify::to_string(d));
        BOOST_TEST_REQUIRE(parsed.has_value());
        BOOST_TEST(*parsed == d);
    }
    BOOST_TEST(!appnotify::parse_dialect("auto"));
    BOOST_TEST(!appnotify::parse_dialect("Action"));
    BOOST_TEST(!appnotify::parse_dialect(""));
    static_assert(*appnotify::parse_dialect("graph") == dialect::graph);
}

BOOST_AUTO_TEST_CASE(verdicts_have_names) {
    using fit = appnotify::dialect_verdict::fit;
    BOOST_TEST(appnotify::to_string(fit::clear) == "clear");
    BOOST_TEST(appnotify::to_string(fit::ambiguous) == "ambiguous");
    BOOST_TEST(appnotify::to_string(fit::near_miss) == "near-miss");
    BOOST_TEST(appnotify::to_string(fit::unknown) == "unknown");
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
    BOOST_TEST(typo.candidates == 1u << static_cast<unsigned>(dialect::action));
    // Both members read as the action's; the record and push read one each.
    const dialect_verdict lower = verdict_of({"titel", "recipent"});
    BOOST_TEST((lower.how == dialect_verdict::fit::near_miss));
    BOOST_TEST(lower.dialect == dialect::action);
    BOOST_TEST(verdict_of({"Recipients", "Message"}).dialect == dialect::push);
    BOOST_TEST(verdict_of({"TargetHostName"}).dialect == dialect::graph);
    // As with exact members, the required members near-missed break a tie: "mesage" is push's.
    const dialect_verdict required = verdict_of({"mesage", "priorty"});
    BOOST_TEST((required.how == dialect_verdict::fit::near_miss));
    BOOST_TEST(required.dialect == dialect::push);
}

BOOST_AUTO_TEST_CASE(near_miss_ties_are_ambiguous) {
    const dialect_verdict v = verdict_of({"TITLE"});
    BOOST_TEST((v.how == dialect_verdict::fit::ambiguous));
    BOOST_TEST(v.dialect == dialect::action);
    BOOST_TEST(v.is_candidate(dialect::action));
    BOOST_TEST(v.is_candidate(dialect::record));
    BOOST_TEST(!v.is_candidate(dialect::push));
    const dialect_verdict three = verdict_of({"Priorty"});
    BOOST_TEST((three.how == dialect_verdict::fit::ambiguous));
    BOOST_TEST(three.candidates == 0b1011u);
}

BOOST_AUTO_TEST_CASE(the_detector_keeps_its_own_copy_of_the_names) {
    dialect_detector detector;
    {
        std::string key = "TITLE";
        detector.add_member(key);
        key = "xxxxx"; // the caller's buffer is reused
    }
    BOOST_TEST(detector.member(0) == "TITLE");
    BOOST_TEST(detector.reads_as(dialect::record, 0) == "title");
    BOOST_TEST((detector.verdict().how == dialect_verdict::fit::ambiguous));
    // A long name is kept without its spaces, or cut on a character boundary.
    detector.reset();
    const std::string spaced = std::string(60, ' ') + "Titel";
    const std::string long_name = std::string(47, 'x') + "\xC3\xA9" + "tail";
    detector.add_member(spaced);
    detector.add_member(long_name);
    BOOST_TEST(detector.listed() == 2u);
    BOOST_TEST(detector.member(0) == "Titel");
    BOOST_TEST(!detector.cut(0));
    BOOST_TEST(detector.member(1) == std::string(47, 'x'));
    BOOST_TEST(detector.cut(1));
    BOOST_TEST(detector.reads_as(dialect::action, 1).empty());
    BOOST_TEST(detector.verdict().dialect == dialect::action);
}

BOOST_AUTO_TEST_CASE(unknown_and_empty) {
    BOOST_TEST((verdict_of({"foo", "quux"}).how == dialect_verdict::fit::unknown));
    const dialect_verdict empty = verdict_of({});
    BOOST_TEST((empty.how == dialect_verdict::fit::clear));
    BOOST_TEST(empty.dialect == dialect::action);
}

BOOST_AUTO_TEST_CASE(every_member_is_counted_and_only_the_first_are_kept) {
    dialect_detector detector;
    for (int i = 0; i < 1000000; ++i) detector.add_member("x");
    detector.add_member("Recipient");
    BOOST_TEST(detector.members() == 1000001u);
    BOOST_TEST(detector.known(dialect::action) == 1u);
    BOOST_TEST(detector.has_required(dialect::action, 1));
    BOOST_TEST(detector.listed() == dialect_detector::near_miss_limit);
    for (std::size_t i = 0; i < detector.listed(); ++i) BOOST_TEST(detector.member(i) == "x");
    const dialect_verdict v = detector.verdict();
    BOOST_TEST((v.how == dialect_verdict::fit::clear));
    BOOST_TEST(v.dialect == dialect::action);
    // Validating such an object reports every unknown member, each where it is.
    std::string json = test::payload().substr(0, test::payload().size() - 1);
    for (int i = 0; i < 5000; ++i) json += ", \"k" + std::to_string(i) + "\": 1";
    json += "}";
    appnotify::validate_options options;
    options.max_diagnostics = 10000;
    const auto r = validate(json, options);
    BOOST_TEST((r.detection().how == dialect_verdict::fit::clear));
    BOOST_TEST_REQUIRE(r.diagnostics().size() == 5000u);
    for (std::size_t i = 0; i < r.diagnostics().size(); ++i) {
        const auto& d = r.diagnostics()[i];
        BOOST_TEST(d.code == diagnostic_code::unknown_parameter);
        BOOST_TEST(d.path == "/k" + std::to_string(i));
        BOOST_TEST(json.substr(d.offset, d.path.size() + 1) == "\"k" + std::to_string(i) + "\"");
    }
}

BOOST_AUTO_TEST_CASE(validate_reports_the_dialect_it_used) {
    BOOST_TEST(validate(test::payload()).dialect() == dialect::action);
    BOOST_TEST(validate(test::record()).dialect() == dialect::record);
    BOOST_TEST(validate(test::push()).dialect() == dialect::push);
    BOOST_TEST(validate(test::graph()).dialect() == dialect::graph);
    {
        const auto r_ = validate(test::graph());
        BOOST_TEST((r_.detection().how == dialect_verdict::fit::clear));
    }
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
    BOOST_TEST(d.offset == 0u);
    BOOST_TEST(d.message == "this object fits several dialects equally, each knowing 1 member of it: it is read as an "
                            "appnotification record (record), which would need title; it could be a Microsoft Graph "
                            "notification (graph), which would need targetHostName, appNotificationId and payload. Name "
                            "the dialect (--dialect, validate_options::dialect) to be sure");
    BOOST_TEST(r.dialect() == dialect::record);
    test::find(r, diagnostic_code::missing_required, "/title");
    BOOST_TEST(!test::has(test::validate_as(R"~({"priority": 200000001})~", dialect::record), diagnostic_code::dialect_ambiguous));
}

BOOST_AUTO_TEST_CASE(every_candidate_gets_a_reason) {
    // The record has its one required member: what it does not know is why it does not fit.
    const auto both = validate(R"~({"Title": "x", "title": "y"})~");
    BOOST_TEST(test::find(both, diagnostic_code::dialect_ambiguous, "").message ==
               "this object fits several dialects equally, each knowing 1 member of it: it is read as a "
               "SendAppNotification request body (action), which does not know \"title\" and would need Recipient; it "
               "could be an appnotification record (record), which does not know \"Title\". Name the dialect "
               "(--dialect, validate_options::dialect) to be sure");
    BOOST_TEST(both.dialect() == dialect::action);
    // Many unknown members: the first three are named, the others counted.
    const auto many = validate(R"~({"Title": "x", "title": "y", "a": 1, "b": 2, "c": 3, "d": 4})~");
    BOOST_TEST(test::contains(test::find(many, diagnostic_code::dialect_ambiguous, "").message,
                              "(action), which does not know \"title\", \"a\", \"b\" and 2 more, and would need "
                              "Recipient; it could be an appnotification record (record), which does not know \"Title\", "
                              "\"a\", \"b\" and 2 more. Name"));
    // Unknown members after the first sixteen are counted.
    appnotify::validate_options options;
    options.max_diagnostics = 1000;
    std::string late = R"~({"title": "x", "targetHostName": "h")~";
    for (int i = 0; i < 14; ++i) late += R"~(, "priority": "High")~";
    late += R"~(, "z": 1})~";
    BOOST_TEST(test::find(validate(late, options), diagnostic_code::dialect_ambiguous, "").message ==
               "this object fits several dialects equally, each knowing 15 members of it: it is read as an "
               "appnotification record (record), which does not know \"targetHostName\" and 1 more; it could be a "
               "Microsoft Graph notification (graph), which does not know \"title\" and 1 more, and would need "
               "appNotificationId and payload. Name the dialect (--dialect, validate_options::dialect) to be sure");
    std::string only_late = "{";
    for (int i = 0; i < 16; ++i) only_late += R"~("priority": "High", )~";
    only_late += R"~("z": 1})~";
    BOOST_TEST(test::contains(test::find(validate(only_late, options), diagnostic_code::dialect_ambiguous, "").message,
                              "(record), which does not know 1 member beyond the first 16, and would need title; it "
                              "could be a Microsoft Graph notification (graph), which does not know 1 member beyond the "
                              "first 16, and would need targetHostName, appNotificationId and payload."));
}

BOOST_AUTO_TEST_CASE(near_miss_ties_name_what_each_candidate_would_read) {
    const auto upper = validate(R"~({"TITLE": "Hi"})~");
    const auto& d = test::find(upper, diagnostic_code::dialect_ambiguous, "");
    BOOST_TEST((d.severity == severity::warning));
    BOOST_TEST(d.message == "no member of this object belongs exactly to a dialect, and several come equally close: it "
                            "is read as a SendAppNotification request body (action), which would read \"TITLE\" as "
                            "\"Title\" and would need Recipient; it could be an appnotification record (record), which "
                            "would read \"TITLE\" as \"title\". Name the dialect (--dialect, validate_options::dialect) "
                            "to be sure");
    const auto three = validate(R"~({"Priorty": 1})~");
    BOOST_TEST(test::find(three, diagnostic_code::dialect_ambiguous, "").message ==
               "no member of this object belongs exactly to a dialect, and several come equally close: it is read as "
               "a SendAppNotification request body (action), which would read \"Priorty\" as \"Priority\" and would "
               "need Title and Recipient; it could be an appnotification record (record), which would read \"Priorty\" "
               "as \"priority\" and would need title; it could be a Microsoft Graph notification (graph), which would "
               "read \"Priorty\" as \"priority\" and would need targetHostName, appNotificationId and payload. Name the "
               "dialect (--dialect, validate_options::dialect) to be sure");
    // A clear near miss needs no such warning: its unknown members say what was meant.
    const auto clear = validate(R"~({"titel": "x", "recipent": "y"})~");
    BOOST_TEST(clear.dialect() == dialect::action);
    BOOST_TEST(!test::has(clear, diagnostic_code::dialect_ambiguous));
    BOOST_TEST(test::contains(test::find(clear, diagnostic_code::unknown_parameter, "/recipent").message,
                              "did you mean \"Recipient\"?"));
}

BOOST_AUTO_TEST_CASE(action_payloads_keep_their_diagnostics) {
    // Near misses and empty objects are read as SendAppNotification bodies, as before dialects.
    const auto typo = validate(R"~({"Titel": "Hi", "Recipient": "/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)"})~");
    BOOST_TEST(typo.dialect() == dialect::action);
    test::find(typo, diagnostic_code::unknown_parameter, "/Titel");
    BOOST_TEST(!test::has(typo, diagnostic_code::dialect_ambiguous));
    const auto typos = validate(R"~({"Titel": "Hi", "Recipent": "/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)"})~");
    BOOST_TEST(typos.dialect() == dialect::action);
    BOOST_TEST(!test::has(typos, diagnostic_code::dialect_ambiguous));
    // A name that is as much a record's column is read as the action's, and the tie is said.
    const auto upper = validate(R"~({"TITLE": "Hi"})~");
    BOOST_TEST(upper.dialect() == dialect::action);
    BOOST_TEST((upper.detection().how == dialect_verdict::fit::ambiguous));
    BOOST_TEST_REQUIRE(upper.diagnostics().size() == 4u, test::describe(upper));
    BOOST_TEST(upper.diagnostics()[0].code == diagnostic_code::dialect_ambiguous);
    test::find(upper, diagnostic_code::missing_required, "/Title");
    test::find(upper, diagnostic_code::missing_required, "/Recipient");
    BOOST_TEST(test::contains(test::find(upper, diagnostic_code::unknown_parameter, "/TITLE").message,
                              "did you mean \"Title\"?"));
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

BOOST_AUTO_TEST_CASE(a_misleading_first_member_leaves_no_trace) {
    // A payload is checked as the dialect its first member names, and the dialect is recognized
    // from the members on the way; when they say another, or the walk meets a syntax error, the
    // findings must be those of the dialect the members say, as when it is given.
    const std::string_view recipient = R"~("Recipient": "/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)")~";
    const std::string payloads[] = {
        // Read first as a record, then as the action body the members say.
        std::string(R"~({"title": "t", "Title": "Hi", )~") + std::string(recipient) + R"~(, "Body": "b"})~",
        // Read first as an action body, then as the record the members say.
        R"~({"Title": "Hi", "title": "t", "body": "b", "icontype": 100000000, "data": "{}"})~",
        // A syntax error the walk meets after findings of its own.
        std::string(R"~({"Title": "Hi", "Titel": 2, )~") + std::string(recipient) + R"~(, "Expiry": 1 2})~",
    };
    const dialect said[] = {dialect::action, dialect::record, dialect::action};
    for (std::size_t i = 0; i < std::size(payloads); ++i) {
        const auto detected = validate(payloads[i]);
        BOOST_TEST(detected.dialect() == said[i]);
        appnotify::validate_options given;
        given.dialect = said[i];
        const auto as_given = validate(payloads[i], given);
        BOOST_TEST(test::describe(detected) == test::describe(as_given), payloads[i]);
        // Nor does the first reading leave anything in the model.
        const appnotify::notification& n = detected.notification();
        const appnotify::notification& m = as_given.notification();
        BOOST_TEST(n.title == m.title);
        BOOST_TEST(n.recipient == m.recipient);
        BOOST_TEST(n.recipient_id == m.recipient_id);
        BOOST_TEST((n.body == m.body));
        BOOST_TEST((n.icon == m.icon));
        BOOST_TEST((n.expiry == m.expiry));
        BOOST_TEST(n.override_content.has_value() == m.override_content.has_value());
        BOOST_TEST(n.actions.size() == m.actions.size());
        BOOST_TEST(n.push.has_value() == m.push.has_value());
        BOOST_TEST(n.graph.has_value() == m.graph.has_value());
        BOOST_TEST(!detected.diagnostics().empty());
        BOOST_TEST(appnotify::is_valid(payloads[i]) == detected.ok());
    }
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
        valid.push_back(record.result.ok());
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
        BOOST_TEST(appnotify::is_valid(json, scratch) == validate(json).ok(), json);
}

BOOST_AUTO_TEST_SUITE_END()
