// SPDX-License-Identifier: MIT
// `appnotify convert`, and `--dialect` in the other commands.
#include "cli_support.hpp"

#include <simdjson.h>

namespace {
std::string seed(std::string_view number, std::string_view name) {
    return std::string(APPNOTIFY_SOURCE_DIR) + "/examples/seed" + std::string(number) + "/" + std::string(name) + ".json";
}
/// The dialect `appnotify validate --format json` reports for `text`.
std::string validated_dialect(const std::string& text, bool& valid) {
    test::run_options in;
    in.input = text;
    const auto r = test::run_tool({"validate", "--format", "json"}, in);
    simdjson::dom::parser parser;
    simdjson::dom::element e;
    std::string_view dialect;
    valid = false;
    if (parser.parse(r.out).get(e) != simdjson::SUCCESS || e["dialect"].get(dialect) != simdjson::SUCCESS) return "?";
    if (e["valid"].get(valid) != simdjson::SUCCESS) return "?";
    return std::string(dialect);
}
} // namespace

BOOST_AUTO_TEST_SUITE(convert_command)

BOOST_AUTO_TEST_CASE(action_to_record_and_back) {
    const auto record = test::run_tool({"convert", "--to", "record", test::example("url-action")});
    BOOST_TEST(record.status == 0, record.err);
    BOOST_TEST(record.err.empty(), record.err);
    BOOST_TEST(test::contains(record.out, "\"ownerid@odata.bind\": \"/systemusers("), record.out);
    BOOST_TEST(test::contains(record.out, "\"data\": \"{\\\"actions\\\":[{\\\"title\\\":\\\"View cases\\\""), record.out);
    bool valid = false;
    BOOST_TEST(validated_dialect(record.out, valid) == "record");
    BOOST_TEST(valid);
    test::run_options in;
    in.input = record.out;
    const auto action = test::run_tool({"convert", "--to", "action"}, in);
    BOOST_TEST(action.status == 0, action.err);
    BOOST_TEST(validated_dialect(action.out, valid) == "action");
    BOOST_TEST(valid);
}

BOOST_AUTO_TEST_CASE(to_push_lists_what_is_lost) {
    const auto r = test::run_tool({"convert", "--to", "push", "--push-recipient", "maria@contoso.com", "--push-recipient",
                                   "f60ccf6f-7579-4f92-967c-2920473c966b", "--org", "https://contoso.crm.dynamics.com",
                                   seed("001", "sla-critical")});
    BOOST_TEST(r.status == 0, r.err);
    BOOST_TEST(r.out == R"~({
  "recipients": [
    "maria@contoso.com",
    "f60ccf6f-7579-4f92-967c-2920473c966b"
  ],
  "message": "Case record Complete overhaul required (sample) (https://contoso.crm.dynamics.com/main.aspx?pagetype=entityrecord&etn=incident&id=b1f670b2-6567-eb11-bb2b-000d3ac2be4d) assigned to you is critically past SLA and has been escalated to your manager."
}
)~");
    BOOST_TEST(r.err == "note: title not converted to push: a push notification has one text: its message is the body\n"
                        "note: icon not converted to push: a push notification shows the Power Apps icon\n"
                        "note: markdown not converted to push: the target shows plain text: formatting is dropped and "
                        "links are written out\n"
                        "note: recipient not converted to push: a push notification goes to email addresses or Microsoft "
                        "Entra object ids, not to a systemuser\n");
}

BOOST_AUTO_TEST_CASE(to_graph_from_the_seed) {
    const auto r = test::run_tool({"convert", "--to", "graph", "--target-host", "graphnotifications.sample.windows.com",
                                   "--app-notification-id", "welcome-1", test::example("welcome")});
    BOOST_TEST(r.status == 0, r.err);
    BOOST_TEST(r.out == R"~({
  "targetHostName": "graphnotifications.sample.windows.com",
  "appNotificationId": "welcome-1",
  "payload": {
    "visualContent": {
      "title": "Welcome",
      "body": "Welcome to the world of app notifications!"
    }
  }
}
)~");
    bool valid = false;
    BOOST_TEST(validated_dialect(r.out, valid) == "graph");
    BOOST_TEST(valid);
}

BOOST_AUTO_TEST_CASE(a_target_value_the_input_lacks) {
    const auto push = test::run_tool({"convert", "--to", "push", test::example("welcome")});
    BOOST_TEST(push.status == 1);
    BOOST_TEST(push.out.empty());
    BOOST_TEST(test::contains(push.err, "cannot write"), push.err);
    BOOST_TEST(test::contains(push.err, "push_recipients"), push.err);
    const auto graph = test::run_tool({"convert", "--to", "action", seed("004", "hello-world")});
    BOOST_TEST(graph.status == 1);
    BOOST_TEST(test::contains(graph.err, "recipient_id"), graph.err);
    const auto given = test::run_tool({"convert", "--to", "action", "--recipient", "0a9f62a8-90df-e311-9565-a45d36fc5fe8",
                                       seed("004", "hello-world")});
    BOOST_TEST(given.status == 0, given.err);
    BOOST_TEST(test::contains(given.out, "\"Title\": \"Hello World!\""), given.out);
    BOOST_TEST(test::contains(given.err, "note: targetPolicy not converted to action"), given.err);
}

BOOST_AUTO_TEST_CASE(an_invalid_input_is_not_converted) {
    test::temp_dir dir;
    const auto r = test::run_tool({"convert", "--to", "record", dir.file("bad.json", test::invalid_payload)});
    BOOST_TEST(r.status == 1);
    BOOST_TEST(r.out.empty());
    BOOST_TEST(test::contains(r.err, "bad.json:3:15: error[number-as-string]"), r.err);
}

BOOST_AUTO_TEST_CASE(the_input_dialect_can_be_named) {
    // A record read as an action body has errors; read as a record it converts.
    BOOST_TEST(test::run_tool({"convert", "--to", "push", "--dialect", "action", "--push-recipient", "a@b.co",
                               seed("001", "sla-missed")}).status == 1);
    BOOST_TEST(test::run_tool({"convert", "--to", "push", "--dialect", "record", "--push-recipient", "a@b.co",
                               seed("001", "sla-missed")}).status == 0);
}

BOOST_AUTO_TEST_CASE(usage_errors) {
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"convert", test::example("welcome")}, {"convert", "--to", "teams", test::example("welcome")},
          {"convert", "--to", "push", "--dialect", "sms", test::example("welcome")},
          {"convert", "--to", "graph", test::example("welcome"), test::example("url-action")},
          {"convert", "--to", "graph", "--org", "contoso", test::example("welcome")},
          {"convert", "--to", "record", "/nonexistent.json"}}) {
        const auto r = test::run_tool(args);
        BOOST_TEST(r.status == 2);
        BOOST_TEST(r.out.empty());
        BOOST_TEST(!r.err.empty());
    }
    const auto help = test::run_tool({"convert", "--help"});
    BOOST_TEST(help.status == 0);
    BOOST_TEST(test::contains(help.out, "usage: appnotify convert --to action|record|push|graph"));
    BOOST_TEST(test::contains(test::run_tool({"--help"}).out, "convert    write a payload as another dialect's"));
}

BOOST_AUTO_TEST_CASE(validate_reports_each_payloads_dialect) {
    const auto r = test::run_tool({"validate", "--format", "json", test::example("welcome"), seed("001", "one-action"),
                                   seed("003", "basic"), seed("004", "hello-world")});
    BOOST_TEST(r.status == 0, r.err);
    BOOST_TEST(test::contains(r.out, "welcome.json\",\"dialect\":\"action\",\"valid\":true"), r.out);
    BOOST_TEST(test::contains(r.out, "one-action.json\",\"dialect\":\"record\",\"valid\":true"), r.out);
    BOOST_TEST(test::contains(r.out, "basic.json\",\"dialect\":\"push\",\"valid\":true"), r.out);
    BOOST_TEST(test::contains(r.out, "hello-world.json\",\"dialect\":\"graph\",\"valid\":true"), r.out);
    test::run_options in;
    in.input = R"~({"subject": "x"})~";
    const auto unknown = test::run_tool({"validate", "--format", "json"}, in);
    BOOST_TEST(unknown.status == 1);
    BOOST_TEST(test::contains(unknown.out, "\"dialect\":\"unknown\",\"valid\":false"), unknown.out);
    // Named, a dialect is used as it is, and reported.
    const auto named = test::run_tool({"validate", "--format", "json", "--dialect", "graph", test::example("welcome")});
    BOOST_TEST(named.status == 1);
    BOOST_TEST(test::contains(named.out, "\"dialect\":\"graph\",\"valid\":false"), named.out);
}

BOOST_AUTO_TEST_CASE(render_and_preview_take_a_dialect) {
    const auto push = test::run_tool({"render", "--to", "text", seed("003", "basic")});
    BOOST_TEST(push.status == 0, push.err);
    BOOST_TEST(push.out == "[info] A new case was assigned to you.\n");
    const auto graph = test::run_tool({"render", "--to", "text", "--dialect", "graph", seed("004", "hello-world")});
    BOOST_TEST(graph.status == 0, graph.err);
    BOOST_TEST(test::contains(graph.out, "Hello World!"), graph.out);
    BOOST_TEST(test::run_tool({"render", "--dialect", "push", seed("004", "hello-world")}).status == 1);
    BOOST_TEST(test::run_tool({"render", "--dialect", "fax", seed("004", "hello-world")}).status == 2);
    const auto page = test::run_tool({"preview", "--dialect", "record", seed("001", "one-action"), seed("001", "sla-missed")});
    BOOST_TEST(page.status == 0, page.err);
    BOOST_TEST(test::contains(page.out, "Congratulations!"));
    BOOST_TEST(test::run_tool({"preview", "--dialect", "fax", seed("001", "one-action")}).status == 2);
}

BOOST_AUTO_TEST_CASE(render_convert_and_preview_take_the_diagnostic_policy) {
    test::temp_dir dir;
    const std::string bad = dir.file("bad.json", test::invalid_payload);
    // Refused as it is; rendered, converted and previewed as valid once its error is ignored.
    BOOST_TEST(test::run_tool({"render", "--to", "text", bad}).status == 1);
    const auto rendered = test::run_tool({"render", "--to", "text", "--ignore", "number-as-string", bad});
    BOOST_TEST(rendered.status == 0, rendered.err);
    BOOST_TEST(test::contains(rendered.out, "Hi"), rendered.out);
    const auto converted = test::run_tool({"convert", "--to", "record", "--ignore=number-as-string", bad});
    BOOST_TEST(converted.status == 0, converted.err);
    BOOST_TEST(test::contains(converted.out, "\"title\": \"Hi\""), converted.out);
    BOOST_TEST(test::run_tool({"preview", bad}).status == 1);
    BOOST_TEST(test::run_tool({"preview", "--ignore", "number-as-string", bad}).status == 0);
    // A warning made an error refuses what was accepted.
    BOOST_TEST(test::run_tool({"render", "--to", "text", test::example("url-action")}).status == 0);
    BOOST_TEST(test::run_tool({"render", "--to", "text", "--error", "odata-type-missing-hash", test::example("url-action")})
                   .status == 1);
    BOOST_TEST(test::run_tool({"convert", "--to", "record", "--error", "odata-type-missing-hash", test::example("url-action")})
                   .status == 1);
    // An unknown code is a usage error everywhere.
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"render", "--ignore", "nil-gid", test::example("welcome")},
          {"convert", "--to", "record", "--ignore", "nil-gid", test::example("welcome")},
          {"preview", "--ignore", "nil-gid", test::example("welcome")}}) {
        const auto r = test::run_tool(args);
        BOOST_TEST(r.status == 2, args[0]);
        BOOST_TEST(test::contains(r.err, "appnotify " + args[0] + ": --ignore: unknown diagnostic code 'nil-gid' (did "
                                         "you mean 'nil-guid'?)"),
                   r.err);
    }
}

BOOST_AUTO_TEST_SUITE_END()
