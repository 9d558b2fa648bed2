// SPDX-License-Identifier: MIT
// The Microsoft Graph notification (seed 004, POST /me/notifications).
#include "test_support.hpp"

using appnotify::diagnostic_code;
using appnotify::dialect;
using appnotify::severity;
using appnotify::validate;

BOOST_AUTO_TEST_SUITE(validate_graph)

BOOST_AUTO_TEST_CASE(a_minimal_notification_is_valid_and_recognized) {
    const auto r = validate(test::graph());
    BOOST_TEST(r.diagnostics().empty(), test::describe(r));
    BOOST_TEST(r.dialect() == dialect::graph);
    const auto& n = r.notification();
    BOOST_TEST(n.title == "Hello World!");
    BOOST_TEST(!n.body.has_value());
    BOOST_TEST_REQUIRE(n.graph.has_value());
    BOOST_TEST(n.graph->target_host_name == "graphnotifications.sample.windows.com");
    BOOST_TEST(n.graph->app_notification_id == "testDirectToastNotification");
    BOOST_TEST(n.graph->has_visual_content);
    BOOST_TEST(n.graph->platforms == 0u);
}

BOOST_AUTO_TEST_CASE(every_documented_member) {
    const auto r = validate(test::graph(R"~("expirationDateTime": "2019-10-30T23:59:00.000Z", "priority": "High", )~"
                                        R"~("groupName": "TestGroup", "displayTimeToLive": "60", )~"
                                        R"~("targetPolicy": {"platformTypes": ["windows", "iOS", "Android", "webpush"]}, )~"
                                        R"~("fallbackPolicy": {"endpointFallback": {}})~"));
    BOOST_TEST(r.diagnostics().empty(), test::describe(r));
    const auto& g = *r.notification().graph;
    BOOST_TEST(*g.expiration_date_time == "2019-10-30T23:59:00.000Z");
    BOOST_TEST(g.priority == appnotify::graph_priority::high);
    BOOST_TEST(r.notification().priority == appnotify::priority::high);
    BOOST_TEST(*g.group_name == "TestGroup");
    BOOST_TEST(*g.display_time_to_live == 60);
    BOOST_TEST(g.targets(appnotify::graph_platform::windows));
    BOOST_TEST(g.targets(appnotify::graph_platform::web_push));
}

BOOST_AUTO_TEST_CASE(required_members) {
    const auto r = validate(R"~({"payload": {"visualContent": {"title": "x"}}})~");
    BOOST_TEST(r.dialect() == dialect::graph);
    BOOST_TEST_REQUIRE(r.diagnostics().size() == 2u, test::describe(r));
    BOOST_TEST(r.diagnostics()[0].path == "/targetHostName");
    BOOST_TEST(r.diagnostics()[1].path == "/appNotificationId");
    for (const auto& d : r.diagnostics()) BOOST_TEST(d.code == diagnostic_code::missing_required);
    test::only(validate(R"~({"targetHostName": "h", "appNotificationId": "i"})~"), diagnostic_code::missing_required,
               "/payload");
    test::only(validate(R"~({"targetHostName": "", "appNotificationId": "i", "payload": {"rawContent": "r"}})~"),
               diagnostic_code::empty_value, "/targetHostName");
    test::only(validate(R"~({"targetHostName": "h", "appNotificationId": null, "payload": {"rawContent": "r"}})~"),
               diagnostic_code::wrong_type, "/appNotificationId");
}

BOOST_AUTO_TEST_CASE(expiration_is_iso_8601_with_an_offset) {
    const auto expires = [](std::string_view when) {
        return validate(test::graph("\"expirationDateTime\": \"" + std::string(when) + "\""));
    };
    for (const char* ok : {"2019-10-30T23:59:00Z", "2019-10-30T23:59Z", "2019-10-30T23:59:00.1234567+02:00",
                           "2020-02-29T00:00:00-05:30", "2019-01-01T00:00:00+14:00"})
        BOOST_TEST(test::clean(expires(ok)), ok << test::describe(expires(ok)));
    const std::string local = test::graph(R"~("expirationDateTime": "2019-10-30T23:59:00")~");
    const auto& d = test::only(validate(local), diagnostic_code::invalid_date_time, "/expirationDateTime");
    BOOST_TEST((d.severity == severity::error));
    BOOST_TEST(local.substr(d.offset, 1) == "\"");
    BOOST_TEST(local.substr(d.offset - 2, 3) == "00\"");
    BOOST_TEST(test::contains(d.message, "has no offset: add Z (UTC)"));
    for (const char* bad : {"2019-13-01T00:00:00Z", "2019-02-29T00:00:00Z", "2019-10-30 23:59:00Z", "2019-10-30",
                            "30/10/2019", "2019-10-30T24:00:00Z", "2019-10-30T23:59:00+2:00", "2019-10-30T23:59:00Zulu"})
        test::only(expires(bad), diagnostic_code::invalid_date_time, "/expirationDateTime");
    const std::string month = test::graph(R"~("expirationDateTime": "2019-13-01T00:00:00Z")~");
    const auto& m = test::only(validate(month), diagnostic_code::invalid_date_time, "/expirationDateTime");
    BOOST_TEST(month.substr(m.offset, 2) == "13");
    BOOST_TEST(test::contains(m.message, "the month (01 to 12) is out of range"));
    test::only(validate(test::graph(R"~("expirationDateTime": 1572479940)~")), diagnostic_code::wrong_type,
               "/expirationDateTime");
}

BOOST_AUTO_TEST_CASE(payload_holds_visual_or_raw_content) {
    const auto raw = validate(R"~({"targetHostName": "h", "appNotificationId": "i", "payload": {"rawContent": "{\"k\": 1}"}})~");
    BOOST_TEST(raw.diagnostics().empty(), test::describe(raw));
    BOOST_TEST(*raw.notification().graph->raw_content == "{\"k\": 1}");
    BOOST_TEST(!raw.notification().graph->has_visual_content);
    test::only(validate(R"~({"targetHostName": "h", "appNotificationId": "i", "payload": {}})~"),
               diagnostic_code::missing_required, "/payload/visualContent");
    const std::string both_json =
        R"~({"targetHostName": "h", "appNotificationId": "i", "payload": {"visualContent": {"title": "t"}, "rawContent": "r"}})~";
    const auto both = validate(both_json);
    const auto& conflict = test::only(both, diagnostic_code::payload_content_conflict, "/payload/rawContent");
    BOOST_TEST((conflict.severity == severity::error));
    BOOST_TEST(conflict.offset == both_json.find("\"rawContent\""));
    BOOST_TEST(conflict.message == "\"payload\" holds both \"visualContent\" and \"rawContent\", and a notification's "
                                   "payload is exactly one of them: keep \"visualContent\" for a notification the device "
                                   "shows, or \"rawContent\" for data handed to the app");
    BOOST_TEST(!both.ok());
    // In either order; a null member is no content.
    test::only(validate(R"~({"targetHostName": "h", "appNotificationId": "i", "payload": {"rawContent": "r", "visualContent": {"title": "t"}}})~"),
               diagnostic_code::payload_content_conflict, "/payload/rawContent");
    BOOST_TEST(test::clean(validate(
        R"~({"targetHostName": "h", "appNotificationId": "i", "payload": {"visualContent": {"title": "t"}, "rawContent": null}})~")));
    test::only(validate(R"~({"targetHostName": "h", "appNotificationId": "i", "payload": {"visualContent": {"body": "b"}}})~"),
               diagnostic_code::missing_required, "/payload/visualContent/title");
    test::only(validate(R"~({"targetHostName": "h", "appNotificationId": "i", "payload": {"visualContent": {"title": "t", "subtitle": "s"}}})~"),
               diagnostic_code::unknown_parameter, "/payload/visualContent/subtitle");
    test::find(validate(R"~({"targetHostName": "h", "appNotificationId": "i", "payload": {"text": "t"}})~"),
               diagnostic_code::unknown_parameter, "/payload/text");
    test::find(validate(R"~({"targetHostName": "h", "appNotificationId": "i", "payload": "hello"})~"),
               diagnostic_code::wrong_type, "/payload");
    const auto& md = test::only(validate(R"~({"targetHostName": "h", "appNotificationId": "i", "payload": {"visualContent": {"title": "**t**"}}})~"),
                                diagnostic_code::markdown_in_plain_text, "/payload/visualContent/title");
    BOOST_TEST(test::contains(md.message, "a Graph notification shows plain text"));
}

BOOST_AUTO_TEST_CASE(platform_types_in_any_case) {
    const auto r = validate(test::graph(R"~("targetPolicy": {"platformTypes": ["WINDOWS", "Ios"]})~"));
    BOOST_TEST(r.diagnostics().empty(), test::describe(r));
    BOOST_TEST(r.notification().graph->targets(appnotify::graph_platform::ios));
    const auto& d = test::only(validate(test::graph(R"~("targetPolicy": {"platformTypes": ["windows", "linux"]})~")),
                               diagnostic_code::invalid_enum_value, "/targetPolicy/platformTypes/1");
    BOOST_TEST(test::contains(d.message, "allowed: Windows, iOS, Android, WebPush"));
    test::only(validate(test::graph(R"~("targetPolicy": {"platformTypes": ["web push"]})~")),
               diagnostic_code::invalid_enum_value, "/targetPolicy/platformTypes/0");
    test::only(validate(test::graph(R"~("targetPolicy": {"platforms": ["windows"]})~")), diagnostic_code::unknown_parameter,
               "/targetPolicy/platforms");
    test::only(validate(test::graph(R"~("targetPolicy": {"platformTypes": "windows"})~")), diagnostic_code::wrong_type,
               "/targetPolicy/platformTypes");
}

BOOST_AUTO_TEST_CASE(priority_values) {
    {
        const auto r_ = validate(test::graph(R"~("priority": "Low")~"));
        BOOST_TEST(r_.notification().graph->priority == appnotify::graph_priority::low);
    }
    BOOST_TEST(test::clean(validate(test::graph(R"~("priority": "none")~"))));
    const auto& d = test::only(validate(test::graph(R"~("priority": "Urgent")~")), diagnostic_code::invalid_enum_value,
                               "/priority");
    BOOST_TEST(test::contains(d.message, "allowed: None, High, Low"));
    test::only(validate(test::graph(R"~("priority": 200000001)~")), diagnostic_code::wrong_type, "/priority");
}

BOOST_AUTO_TEST_CASE(display_time_to_live_in_seconds) {
    {
        const auto r_ = validate(test::graph(R"~("displayTimeToLive": 59)~"));
        BOOST_TEST(*r_.notification().graph->display_time_to_live == 59);
    }
    {
        const auto r_ = validate(test::graph(R"~("displayTimeToLive": "0")~"));
        BOOST_TEST(*r_.notification().graph->display_time_to_live == 0);
    }
    {
        const auto r_ = validate(test::graph(R"~("displayTimeToLive": "2147483647")~"));
        BOOST_TEST(*r_.notification().graph->display_time_to_live == 2147483647);
    }
    const auto message = [](std::string_view value, diagnostic_code code) {
        const std::string json = test::graph("\"displayTimeToLive\": " + std::string(value));
        const auto& d = test::only(validate(json), code, "/displayTimeToLive");
        BOOST_TEST(json.substr(d.offset, value.size()) == value);
        return std::string(d.message);
    };
    // A number and the same number in a string get the same code and the same words.
    const std::string prefix = "\"displayTimeToLive\" is a whole number of seconds, 0 to 2147483647";
    BOOST_TEST(message("-5", diagnostic_code::integer_out_of_range) == prefix + ", not -5");
    BOOST_TEST(message(R"~("-5")~", diagnostic_code::integer_out_of_range) == prefix + ", not \"-5\"");
    BOOST_TEST(message("2147483648", diagnostic_code::integer_out_of_range) == prefix + ", not 2147483648");
    BOOST_TEST(message(R"~("99999999999")~", diagnostic_code::integer_out_of_range) == prefix + ", not \"99999999999\"");
    BOOST_TEST(message("99999999999999999999", diagnostic_code::integer_out_of_range) ==
               prefix + ", not 99999999999999999999");
    BOOST_TEST(message("1.5", diagnostic_code::number_not_integer) ==
               prefix + ", not 1.5: write it without a fraction or exponent");
    BOOST_TEST(message(R"~("1.5")~", diagnostic_code::number_not_integer) ==
               prefix + ", not \"1.5\": write it without a fraction or exponent");
    BOOST_TEST(message("6e1", diagnostic_code::number_not_integer) ==
               prefix + ", not 6e1: write it without a fraction or exponent");
    // A string that is no number at all.
    BOOST_TEST(message(R"~("a minute")~", diagnostic_code::wrong_type) == prefix + " (60 or \"60\"), not \"a minute\"");
    BOOST_TEST(message(R"~("")~", diagnostic_code::wrong_type) == prefix + " (60 or \"60\"), not \"\"");
    BOOST_TEST(message(R"~(" 60")~", diagnostic_code::wrong_type) == prefix + " (60 or \"60\"), not \" 60\"");
    test::only(validate(test::graph(R"~("displayTimeToLive": true)~")), diagnostic_code::wrong_type, "/displayTimeToLive");
}

BOOST_AUTO_TEST_CASE(group_name_is_a_string) {
    {
        const auto r_ = validate(test::graph(R"~("groupName": "TestGroup")~"));
        BOOST_TEST(*r_.notification().graph->group_name == "TestGroup");
    }
    const std::string number = test::graph(R"~("groupName": 5)~");
    const auto& d = test::only(validate(number), diagnostic_code::wrong_type, "/groupName");
    BOOST_TEST((d.severity == severity::error));
    BOOST_TEST(d.offset == number.size() - 2);
    BOOST_TEST(d.message == "\"groupName\" must be a string, found a number");
    test::only(validate(test::graph(R"~("groupName": ["TestGroup"])~")), diagnostic_code::wrong_type, "/groupName");
    test::only(validate(test::graph(R"~("groupName": {"name": "TestGroup"})~")), diagnostic_code::wrong_type, "/groupName");
    BOOST_TEST(!validate(test::graph(R"~("groupName": true)~")).ok());
}

BOOST_AUTO_TEST_CASE(unknown_members) {
    const auto& typo = test::only(validate(test::graph(R"~("groupname": "g")~")), diagnostic_code::unknown_parameter,
                                  "/groupname");
    BOOST_TEST(test::contains(typo.message, "did you mean \"groupName\"?"));
    // The response of the seed, posted back: Graph's own members are not part of a request.
    const auto& id = test::only(validate(test::graph(R"~("id": "119081f2-f19d-4fa8-817c-7e01092c0f7d")~")),
                                diagnostic_code::unknown_parameter, "/id");
    BOOST_TEST(test::contains(id.message, "Graph sets it in its response"));
    test::only(validate(test::graph(R"~("title": "x")~")), diagnostic_code::unknown_parameter, "/title");
    test::only(validate(test::graph(R"~("fallbackPolicy": [])~")), diagnostic_code::wrong_type, "/fallbackPolicy");
}

BOOST_AUTO_TEST_CASE(the_target_host_is_a_host_name) {
    // What no host can hold makes the notification go nowhere: an error (issue 11, class 7).
    const auto host = [](std::string_view name) {
        return validate(test::graph_with_host(name));
    };
    for (const char* bad : {"graph notifications.example", "graph\\u001bnotifications.example",
                            "graph\\u0007.example", "graph.example/x", "graph.example?x", "graph.example#x",
                            "graph.example:443", "user@graph.example", "graph\\u202e.example", "graph%41.example"}) {
        const auto r = host(bad);
        const auto& d = test::only(r, diagnostic_code::invalid_host_name, "/targetHostName");
        BOOST_TEST((d.severity == severity::error), bad);
        BOOST_TEST(test::contains(d.message, "\"targetHostName\" is not a host name: "), d.message);
    }
    const std::string space = test::graph_with_host("graph notifications.example");
    const auto& d = test::only(validate(space), diagnostic_code::invalid_host_name, "/targetHostName");
    BOOST_TEST(space.substr(d.offset, 14) == " notifications");
    BOOST_TEST(d.message == "\"targetHostName\" is not a host name: U+0020 cannot be part of one (letters, digits, "
                            "'-' and '.'), so the notification reaches no app");
    const std::string url = test::graph_with_host("https://graphnotifications.sample.windows.com/");
    const auto& u = test::only(validate(url), diagnostic_code::invalid_host_name, "/targetHostName");
    BOOST_TEST((u.severity == severity::error));
    BOOST_TEST(test::contains(u.message, "holds a URL"));
    // What DNS host names do not hold, but some registration might: a warning.
    for (const char* odd : {"my_app.example", "b\u00fccher.example", ".graph.example", "graph..example",
                            "graph!.example"}) {
        const auto& w = test::only(host(odd), diagnostic_code::invalid_host_name, "/targetHostName");
        BOOST_TEST((w.severity == severity::warning), odd);
    }
    BOOST_TEST(test::only(host(std::string(64, 'a') + ".example"), diagnostic_code::invalid_host_name, "/targetHostName")
                   .message == "\"targetHostName\" has a label of 64 characters: those of a host name have at most 63");
    for (const char* ok : {"graphnotifications.sample.windows.com", "GraphNotifications.Example.", "a-b.c1.example"})
        BOOST_TEST(test::clean(host(ok)), ok << test::describe(host(ok)));
}

BOOST_AUTO_TEST_CASE(ids_and_group_names_with_hidden_characters) {
    // No document limits them: a control or invisible character is a warning.
    const std::string json = test::graph_with_id("toast\\u0000one", R"~(, "groupName": "Test\u202eGroup")~");
    const auto r = validate(json);
    BOOST_TEST(r.error_count() == 0u, test::describe(r));
    const auto& id = test::find(r, diagnostic_code::hidden_character, "/appNotificationId");
    BOOST_TEST((id.severity == severity::warning));
    BOOST_TEST(json.substr(id.offset, 6) == "\\u0000");
    BOOST_TEST(id.message == "\"appNotificationId\" holds U+0000, a character that does not show as itself: an id is "
                             "compared as it is stored, so one that reads the same can be another");
    const auto& group = test::find(r, diagnostic_code::hidden_character, "/groupName");
    BOOST_TEST(json.substr(group.offset, 6) == "\\u202e");
    BOOST_TEST(test::contains(group.message, "holds U+202E"));
    BOOST_TEST(r.diagnostics().size() == 2u);
    for (const char* hidden : {"a\\u0007b", "a\\u200bb", "a\\u061cb", "a\\u2066b", "a\\u00adb", "a\\ufeffb"})
        test::only(validate(test::graph_with_id(hidden)), diagnostic_code::hidden_character, "/appNotificationId");
    BOOST_TEST(test::clean(validate(test::graph_with_id("toast-\u00e9t\u00e9 \u4e2d"))));
}

BOOST_AUTO_TEST_CASE(an_expiry_before_2019_has_passed) {
    // The library reads no clock; before the API existed is past for any notification sent.
    const std::string unset = test::graph(R"~("expirationDateTime": "0001-01-01T00:00:00Z")~");
    const auto& d = test::only(validate(unset), diagnostic_code::past_date_time, "/expirationDateTime");
    BOOST_TEST((d.severity == severity::warning));
    BOOST_TEST(unset.substr(d.offset, 5) == "\"0001");
    BOOST_TEST(d.message == "\"expirationDateTime\" is \"0001-01-01T00:00:00Z\", before Graph notifications existed "
                            "(2019): the notification expires as soon as it is sent (0001-01-01 is what a .NET DateTime "
                            "left unset writes)");
    BOOST_TEST(!test::contains(test::only(validate(test::graph(R"~("expirationDateTime": "2018-12-31T23:59:59Z")~")),
                                          diagnostic_code::past_date_time, "/expirationDateTime")
                                   .message,
                               ".NET"));
}

BOOST_AUTO_TEST_CASE(a_body_in_pascal_case_is_said_once_and_checked) {
    // Issue 11, class 11: every member differs from Graph's only by case. One case-mismatch for
    // the notification; its members are checked as the ones they name, so its real problems show.
    const std::string json = R"~({"TargetHostName": "graphnotifications.sample.windows.com", "AppNotificationId": null, )~"
                             R"~("ExpirationDateTime": "0001-01-01T00:00:00Z", "Payload": {"Visual": {"Title": "Hi"}}})~";
    const auto r = validate(json);
    BOOST_TEST(r.dialect() == dialect::graph);
    const auto& once = test::find(r, diagnostic_code::case_mismatch, "");
    BOOST_TEST((once.severity == severity::error));
    BOOST_TEST(once.offset == 1u);
    BOOST_TEST(once.message == "Graph's member names are camelCase and case-sensitive, but this notification writes them "
                               "in another case: \"TargetHostName\" for \"targetHostName\", \"AppNotificationId\" for "
                               "\"appNotificationId\", \"ExpirationDateTime\" for \"expirationDateTime\" and 1 more; "
                               "Graph refuses them as written (they are checked here as the members they name)");
    test::find(r, diagnostic_code::wrong_type, "/AppNotificationId");
    test::find(r, diagnostic_code::past_date_time, "/ExpirationDateTime");
    BOOST_TEST(test::find(r, diagnostic_code::unknown_parameter, "/Payload/Visual").message ==
               "unknown member \"Visual\": a payload holds visualContent or rawContent");
    test::find(r, diagnostic_code::missing_required, "/Payload/visualContent");
    BOOST_TEST(r.diagnostics().size() == 5u, test::describe(r));
    // Wholly in PascalCase, with nested objects too: still said once, and valid but for the case.
    const auto all = test::validate_as(
        R"~({"TargetHostName": "h.example", "AppNotificationId": "a", "Payload": {"VisualContent": {"Title": "Hi"}}, )~"
        R"~("TargetPolicy": {"PlatformTypes": ["Windows"]}})~",
        dialect::graph);
    test::only(all, diagnostic_code::case_mismatch, "");
    BOOST_TEST(test::contains(all.diagnostics()[0].message, "and 4 more"));
    BOOST_TEST(all.notification().title == "Hi");
    BOOST_TEST(all.notification().graph->targets(appnotify::graph_platform::windows));
    // Next to members named exactly, a variant is an unknown member, as any misspelling is; it
    // is still checked as the member it names.
    const std::string mixed = test::graph(R"~("GroupName": 5)~");
    const auto m = validate(mixed);
    BOOST_TEST(test::contains(test::find(m, diagnostic_code::unknown_parameter, "/GroupName").message,
                              "did you mean \"groupName\"? (names are case-sensitive)"));
    test::find(m, diagnostic_code::wrong_type, "/GroupName");
    BOOST_TEST(!test::has(m, diagnostic_code::case_mismatch));
}

BOOST_AUTO_TEST_CASE(an_array_body_is_the_documented_bad_request) {
    const std::string json = "[" + test::graph() + ", " + test::graph() + "]";
    const auto r = validate(json);
    BOOST_TEST(r.dialect() == dialect::graph);
    const auto& d = test::only(r, diagnostic_code::payload_not_object, "");
    BOOST_TEST(d.message == "the payload is an array, which Graph refuses with BadRequest: \"multiple notifications is "
                            "not supported\"; send each notification in its own request");
    BOOST_TEST(test::contains(test::only(test::validate_as("[]", dialect::graph), diagnostic_code::payload_not_object, "")
                                  .message, "multiple notifications is not supported"));
}

BOOST_AUTO_TEST_SUITE_END()
