// SPDX-License-Identifier: MIT
// The data column of a record: JSON inside a JSON string, checked like OverrideContent and
// Actions, with every finding placed on the exact character of the outer text through the
// string's escapes (\", \u0026, \n, surrogate pairs) and limits that hold across both levels.
#include "test_support.hpp"


using appnotify::diagnostic_code;
using appnotify::dialect;
using appnotify::severity;
using appnotify::validate;

namespace {
/// A record whose data string is written exactly as `raw` (the text between the quotes).
std::string record_with_raw_data(std::string_view raw) {
    return test::record("\"data\": \"" + std::string(raw) + "\"");
}
} // namespace

BOOST_AUTO_TEST_SUITE(validate_record_data)

BOOST_AUTO_TEST_CASE(the_content_of_data_fills_the_model) {
    const auto r = validate(test::record_with_data(
        R"~({"title": "[Case](?pagetype=entityrecord&etn=incident&id=b1f670b2-6567-eb11-bb2b-000d3ac2be4d)", )~"
        R"~("body": "**critically** past SLA", "iconUrl": "/WebResources/cr245_AlertOn", )~"
        R"~("actions": [{"title": "View", "data": {"type": "url", "url": "?pagetype=entitylist&etn=incident", "navigationTarget": "newWindow"}}, )~"
        R"~({"title": "Pane", "data": {"type": "sidepane", "paneOptions": {"title": "Task", "width": 400}, )~"
        R"~("navigationTarget": {"pageType": "entityrecord", "entityName": "task", "entityId": "b1f670b2-6567-eb11-bb2b-000d3ac2be4d"}}}, )~"
        R"~({"title": "Chat", "data": {"type": "teamsChat", "memberIds": ["b1f670b2-6567-eb11-bb2b-000d3ac2be4d"], )~"
        R"~("entityContext": {"entityName": "account", "recordId": "b1f670b2-6567-eb11-bb2b-000d3ac2be4d"}}}]})~"));
    // Plain JSON: no OData annotation is expected in data.
    const auto& ignored = test::only(r, diagnostic_code::icon_url_ignored, "/data/iconUrl");
    BOOST_TEST((ignored.severity == severity::warning));
    const auto& n = r.notification();
    BOOST_TEST_REQUIRE(n.override_content.has_value());
    BOOST_TEST(*n.override_content->body == "**critically** past SLA");
    BOOST_TEST(*n.override_content->icon_url == "/WebResources/cr245_AlertOn");
    BOOST_TEST_REQUIRE(n.actions.size() == 3u);
    BOOST_TEST(n.actions[0].url->target == appnotify::navigation_target::new_window);
    BOOST_TEST(*n.actions[1].side_pane->pane.width == 400);
    BOOST_TEST(n.actions[2].teams_chat->member_ids.size() == 1u);
}

BOOST_AUTO_TEST_CASE(the_older_untyped_action_form) {
    const auto r = validate(test::record_with_data(
        R"~({"actions": [{"title": "Open Bing", "data": {"url": "https://bing.com", "navigationTarget": "dialog"}}]})~"));
    const auto& d = test::only(r, diagnostic_code::legacy_action_form, "/data/actions/0/data/type");
    BOOST_TEST((d.severity == severity::warning));
    BOOST_TEST(r.notification().actions[0].url->url == "https://bing.com");
    BOOST_TEST(r.notification().actions[0].url->target == appnotify::navigation_target::dialog);
}

BOOST_AUTO_TEST_CASE(keys_the_notification_center_ignores) {
    const auto r = validate(test::record_with_data(R"~({"actionUrl": "https://bing.com", "category": "sla", "titel": "x"})~"));
    BOOST_TEST(r.ok());
    BOOST_TEST_REQUIRE(r.diagnostics().size() == 3u, test::describe(r));
    BOOST_TEST(r.diagnostics()[0].path == "/data/actionUrl");
    BOOST_TEST(test::contains(r.diagnostics()[0].message, "give the link as an action"));
    BOOST_TEST(r.diagnostics()[1].path == "/data/category");
    BOOST_TEST(r.diagnostics()[2].path == "/data/titel");
    BOOST_TEST(test::contains(r.diagnostics()[2].message, "did you mean \"title\"?"));
    for (const auto& d : r.diagnostics()) BOOST_TEST(d.code == diagnostic_code::ignored_field);
    // The seed's custom-icon example nests its iconUrl in a second "data".
    const auto& nested = test::only(validate(test::record_with_data(R"~({"data": {"iconUrl": "/WebResources/x"}})~")),
                                    diagnostic_code::ignored_field, "/data/data");
    BOOST_TEST(test::contains(nested.message, "\"data\" inside data is ignored"));
}

BOOST_AUTO_TEST_CASE(action_rules_apply_inside_data) {
    test::only(validate(test::record_with_data(R"~({"actions": [{"title": "Open", "data": {"type": "url"}}]})~")),
               diagnostic_code::missing_required, "/data/actions/0/data/url");
    test::only(validate(test::record_with_data(R"~({"actions": {"title": "Open"}})~")), diagnostic_code::wrong_type,
               "/data/actions");
    test::only(validate(test::record_with_data(R"~({"actions": [{"title": "Open", "data": {"type": "link", "url": "x"}}]})~")),
               diagnostic_code::invalid_enum_value, "/data/actions/0/data/type");
    test::only(validate(test::record_with_data(R"~({"body": "[x](javascript:alert(1))"})~")),
               diagnostic_code::link_refused, "/data/body");
}

BOOST_AUTO_TEST_CASE(content_rules_apply_inside_data) {
    // The title of data is OverrideContent's: past the 256 of a plain title, a warning.
    const std::string long_title = test::record_with_data(R"~({"title": ")~" + std::string(257, 'x') + "\"}");
    const auto& d = test::only(validate(long_title), diagnostic_code::override_text_long, "/data/title");
    BOOST_TEST((d.severity == severity::warning));
    BOOST_TEST(long_title.substr(d.offset, 3) == "\\\"x");
    BOOST_TEST(test::contains(d.message, "257 characters"));
    BOOST_TEST(test::contains(d.message, "(256)"));
    BOOST_TEST(test::clean(validate(test::record_with_data(R"~({"title": ")~" + std::string(256, 'x') + "\"}"))));
    // iconUrl is a link, and a refused one is an error on its first character in the outer string.
    const std::string script = test::record(
        R"~("icontype": 100000005, "data": "{\"iconUrl\": \"javascript:alert(1)\"}")~");
    const auto& icon = test::only(validate(script), diagnostic_code::link_refused, "/data/iconUrl");
    BOOST_TEST((icon.severity == severity::error));
    BOOST_TEST(script.substr(icon.offset - 2, 13) == "\\\"javascript:");
    BOOST_TEST(test::contains(icon.message, "\"javascript:\" links are refused"));
    const std::string relative = test::record(R"~("icontype": 100000005, "data": "{\"iconUrl\": \"icons/alert.png\"}")~");
    const auto& path = test::only(validate(relative), diagnostic_code::link_refused, "/data/iconUrl");
    BOOST_TEST(test::contains(path.message, "is a relative path"));
}

BOOST_AUTO_TEST_CASE(positions_through_escaped_quotes) {
    const std::string json = test::record_with_data(
        R"~({"body": "Call [Jim](?pagetype=entityrecord&etn=contact&id=03f770b2-6567-eb11-bb2b-zzzzzzzzzzzz)"})~");
    const auto& d = test::only(validate(json), diagnostic_code::invalid_guid, "/data/body");
    BOOST_TEST(json.substr(d.offset, 4) == "zzzz");
    BOOST_TEST(d.line == 1u);
    BOOST_TEST(d.column == d.offset + 1);
}

BOOST_AUTO_TEST_CASE(positions_after_unicode_escapes) {
    // \u0026 is one byte of the inner text, six of the outer; é and the emoji escape to more.
    const std::string json = record_with_raw_data(
        R"~({\"body\": \"R\u0026D \u00e9t\u00e9 \ud83d\ude00 [x](?pagetype=entityrecord\u0026etn=contact\u0026id=zzz)\"})~");
    const auto r = validate(json);
    const auto& d = test::only(r, diagnostic_code::invalid_guid, "/data/body");
    BOOST_TEST(json.substr(d.offset, 3) == "zzz");
    BOOST_TEST(test::contains(*r.notification().override_content->body, "R&D \xC3\xA9t\xC3\xA9 \xF0\x9F\x98\x80"));
}

BOOST_AUTO_TEST_CASE(positions_across_pretty_printed_data) {
    // JSON.stringify(data, null, 2): the inner JSON's line breaks are \n escapes of the outer.
    const std::string json = record_with_raw_data(R"~({\n  \"body\": \"ok\",\n  \"actions\": [\n    {\"title\": \"Go\", \"data\": {\"type\": \"url\"}}\n  ]\n})~");
    const auto& d = test::only(validate(json), diagnostic_code::missing_required, "/data/actions/0/data/url");
    BOOST_TEST(json.substr(d.offset, 3) == "{\\\"");
    BOOST_TEST(json.substr(d.offset - 9, 9) == "\"data\\\": ");
}

BOOST_AUTO_TEST_CASE(positions_of_escapes_inside_the_inner_strings) {
    // The inner JSON's own escapes are escaped twice in the outer text: \\n, \\\", \\ud83d\\ude00.
    const std::string json = record_with_raw_data(
        R"~({\"body\": \"line\\none \\\"quoted\\\" \\ud83d\\ude00 [x](?pagetype=entityrecord&etn=contact&id=zzz)\"})~");
    const auto r = validate(json);
    const auto& d = test::only(r, diagnostic_code::invalid_guid, "/data/body");
    BOOST_TEST(json.substr(d.offset, 3) == "zzz");
    BOOST_TEST(*r.notification().override_content->body ==
               "line\none \"quoted\" \xF0\x9F\x98\x80 [x](?pagetype=entityrecord&etn=contact&id=zzz)");
}

BOOST_AUTO_TEST_CASE(findings_on_the_escapes_of_data) {
    // A record over several lines: data is on line 3, after `  "data": "` (11 characters).
    const auto pretty = [](std::string_view raw) {
        return "{\n  \"title\": \"Welcome\",\n  \"data\": \"" + std::string(raw) +
               "\",\n  \"ownerid@odata.bind\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\"\n}";
    };
    constexpr std::size_t data_start = 35; // the first character inside data's quotes: line 3, column 12
    // A raw line break inside an inner string: the outer \n unescapes to a control character,
    // which the inner JSON refuses, on the escape.
    {
        const std::string json = pretty(R"~({\"body\": \"line\nnext\"})~");
        BOOST_TEST_REQUIRE(json.substr(data_start, 3) == "{\\\"");
        const auto& d = test::only(validate(json), diagnostic_code::json_control_character, "/data");
        BOOST_TEST(d.offset == data_start + 17u);
        BOOST_TEST(json.substr(d.offset, 2) == "\\n");
        BOOST_TEST(d.line == 3u);
        BOOST_TEST(d.column == 29u);
    }
    // \u0022 written where the inner JSON has its quotes: an ignored key is found on the escape
    // that opens it.
    {
        const std::string json = pretty(R"~({\u0022titel\u0022: \"x\"})~");
        const auto& d = test::only(validate(json), diagnostic_code::ignored_field, "/data/titel");
        BOOST_TEST(d.offset == data_start + 1u);
        BOOST_TEST(json.substr(d.offset, 6) == "\\u0022");
        BOOST_TEST(d.line == 3u);
        BOOST_TEST(d.column == 13u);
        BOOST_TEST(test::contains(d.message, "did you mean \"title\"?"));
    }
    // \u0027, a single quote: the inner JSON's syntax error is on the escape.
    {
        const std::string json = pretty(R"~({\"body\": \"x\", \u0027titel\u0027: 1})~");
        const auto& d = test::only(validate(json), diagnostic_code::json_syntax, "/data");
        BOOST_TEST(d.offset == data_start + 18u);
        BOOST_TEST(json.substr(d.offset, 6) == "\\u0027");
        BOOST_TEST(d.line == 3u);
        BOOST_TEST(d.column == 30u);
        BOOST_TEST(d.message == "in the JSON of \"data\": single-quoted member names are not JSON: use double quotes");
    }
    // An unknown key written with a surrogate pair: found on its opening quote, named in UTF-8
    // in the pointer and the message; and a key that is only the pair, unquoted, is the syntax
    // error on the pair's first escape.
    {
        const std::string json = pretty(R"~({\"body\": \"x\", \"\ud83d\ude00\": 1})~");
        const auto& d = test::only(validate(json), diagnostic_code::ignored_field, "/data/\xF0\x9F\x98\x80");
        BOOST_TEST(d.offset == data_start + 18u);
        BOOST_TEST(json.substr(d.offset, 4) == "\\\"\\u");
        BOOST_TEST(d.line == 3u);
        BOOST_TEST(d.column == 30u);
        BOOST_TEST(test::contains(d.message, "\"\xF0\x9F\x98\x80\""));
        const std::string bare = pretty(R"~({\"body\": \"x\", \ud83d\ude00: 1})~");
        const auto& e = test::only(validate(bare), diagnostic_code::json_syntax, "/data");
        BOOST_TEST(e.offset == data_start + 18u);
        BOOST_TEST(bare.substr(e.offset, 12) == "\\ud83d\\ude00");
        BOOST_TEST(e.line == 3u);
        BOOST_TEST(e.column == 30u);
    }
}

BOOST_AUTO_TEST_CASE(positions_of_keys_and_values) {
    const std::string json = record_with_raw_data(R"~({\"\u0062ody\": 5, \"category\": \"x\"})~");
    const auto r = validate(json);
    BOOST_TEST_REQUIRE(r.diagnostics().size() == 2u, test::describe(r));
    BOOST_TEST(r.diagnostics()[0].code == diagnostic_code::wrong_type);
    BOOST_TEST(r.diagnostics()[0].path == "/data/body");
    BOOST_TEST(json.substr(r.diagnostics()[0].offset, 1) == "5");
    BOOST_TEST(r.diagnostics()[1].path == "/data/category");
    BOOST_TEST(json.substr(r.diagnostics()[1].offset, 10) == "\\\"category");
}

BOOST_AUTO_TEST_CASE(broken_json_in_data_is_explained_in_place) {
    // The seed's custom-icon example: single quotes inside the string.
    const std::string quotes = test::record(R"~("data": "{ 'data': { 'iconUrl': '/WebResources/cr245_AlertOn' } }")~");
    const auto& d = test::only(validate(quotes), diagnostic_code::json_syntax, "/data");
    BOOST_TEST(quotes[d.offset] == '\'');
    BOOST_TEST(d.message == "in the JSON of \"data\": single-quoted member names are not JSON: use double quotes");
    const std::string comma = record_with_raw_data(R"~({\"body\": \"x\",})~");
    const auto& trailing = test::only(validate(comma), diagnostic_code::json_trailing_comma, "/data");
    BOOST_TEST(comma.substr(trailing.offset, 2) == ",}");
    const std::string cut = record_with_raw_data(R"~({\"body\": \"x)~");
    test::only(validate(cut), diagnostic_code::json_unterminated_string, "/data");
    const std::string after = record_with_raw_data(R"~({\"body\": \"x\"} {})~");
    const auto& trail = test::only(validate(after), diagnostic_code::json_trailing_content, "/data");
    BOOST_TEST(after.substr(trail.offset, 2) == "{}");
}

BOOST_AUTO_TEST_CASE(findings_after_a_syntax_error_in_data_are_dropped) {
    const std::string json = record_with_raw_data(R"~({\"titel\": 1, \"body\": 2,, \"x\": 3})~");
    const auto r = validate(json);
    BOOST_TEST_REQUIRE(r.diagnostics().size() == 3u, test::describe(r));
    BOOST_TEST(r.diagnostics()[0].path == "/data/titel");
    BOOST_TEST(r.diagnostics()[1].path == "/data/body");
    BOOST_TEST(r.diagnostics()[2].code == diagnostic_code::json_syntax);
    BOOST_TEST(json.substr(r.diagnostics()[2].offset, 2) == ", ");
}

BOOST_AUTO_TEST_CASE(data_must_hold_an_object) {
    const std::string json = record_with_raw_data(R"~(  [1, 2])~");
    const auto& d = test::only(validate(json), diagnostic_code::wrong_type, "/data");
    BOOST_TEST(json.substr(d.offset, 2) == "[1");
    test::only(validate(record_with_raw_data("nope")), diagnostic_code::json_invalid_literal, "/data");
}

BOOST_AUTO_TEST_CASE(nesting_counts_across_both_levels) {
    appnotify::validate_options options;
    options.max_depth = 4; // the record, data's object, actions, one action: 4 levels
    const std::string ok = test::record_with_data(R"~({"actions": [{"title": "a", "data": 1}]})~");
    test::only(validate(ok, options), diagnostic_code::wrong_type, "/data/actions/0/data");
    const std::string deep = test::record_with_data(R"~({"actions": [{"title": "a", "data": {"type": "url", "url": "x"}}]})~");
    const auto r = validate(deep, options);
    const auto& d = test::find(r, diagnostic_code::json_nesting_too_deep, "/data/actions/0/data");
    BOOST_TEST(deep.substr(d.offset, 3) == "{\\\"");
    BOOST_TEST(!r.ok());
}

BOOST_AUTO_TEST_CASE(many_findings_in_data_are_each_reported_in_place) {
    std::string data = "{";
    for (int i = 0; i < 3000; ++i) data += "\"k" + std::to_string(i) + "\": \"\\u0026\\n\", ";
    data += "\"end\": 1}";
    appnotify::validate_options options;
    options.max_diagnostics = 100000;
    const std::string json = test::record_with_data(data);
    const auto r = validate(json, options);
    BOOST_TEST(r.diagnostics().size() == 3002u); // 3001 ignored keys and data's length
    for (const auto& d : r.diagnostics())
        if (d.code == diagnostic_code::ignored_field) BOOST_TEST(json.substr(d.offset, 2) == "\\\"");
}

BOOST_AUTO_TEST_CASE(a_reused_result_gives_the_same_findings) {
    appnotify::validation_result reused;
    const std::string a = record_with_raw_data(R"~({\"body\": \"\u00e9 [x](?pagetype=entityrecord&etn=contact&id=zzz)\"})~");
    const std::string b = test::record_with_data(R"~({"actions": [{"title": "x"}]})~");
    for (const std::string* json : {&a, &b, &a}) {
        validate(*json, reused);
        const auto fresh = validate(*json);
        BOOST_TEST_REQUIRE(reused.diagnostics().size() == fresh.diagnostics().size());
        for (std::size_t i = 0; i < fresh.diagnostics().size(); ++i) {
            BOOST_TEST(reused.diagnostics()[i].offset == fresh.diagnostics()[i].offset);
            BOOST_TEST(reused.diagnostics()[i].message == fresh.diagnostics()[i].message);
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
