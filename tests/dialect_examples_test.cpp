// SPDX-License-Identifier: MIT
// Every example of seeds 001 (appnotification records), 003 (push notifications) and 004 (the
// Graph notification), ready to send (examples/seedNNN) and verbatim (examples/seedNNN/verbatim),
// with the documentation's own mistakes found at their exact place; the two broken records
// corrected (*.fixed.json), and the Graph response body (seed004/verbatim/response.json).
#include "test_support.hpp"

using appnotify::diagnostic_code;
using appnotify::dialect;
using appnotify::severity;
using appnotify::validate;

namespace {
std::string example(std::string_view seed, std::string_view name, bool verbatim = false) {
    return test::read_source_file("examples/seed" + std::string(seed) + (verbatim ? "/verbatim/" : "/") +
                                  std::string(name) + ".json");
}
/// The codes of a result's diagnostics, in order.
std::vector<diagnostic_code> codes(const appnotify::validation_result& r) {
    std::vector<diagnostic_code> out;
    for (const auto& d : r.diagnostics()) out.push_back(d.code);
    return out;
}
const char* const records[] = {"welcome-client-api", "welcome-web-api", "action-title-url", "one-action",
                               "multiple-primary-actions", "sla-critical", "sla-missed", "custom-icon",
                               "custom-title-and-body"};
} // namespace

BOOST_AUTO_TEST_SUITE(dialect_examples)

BOOST_AUTO_TEST_CASE(the_records_that_work_only_warn_about_the_preview_owner) {
    for (const char* name : {"welcome-client-api", "welcome-web-api", "sla-critical", "sla-missed"}) {
        const std::string json = example("001", name);
        const auto r = validate(json);
        BOOST_TEST(r.dialect() == dialect::record, name);
        const auto& d = test::only(r, diagnostic_code::legacy_owner, "/owner");
        BOOST_TEST(json.substr(d.offset, 1) == "\"");
        BOOST_TEST(d.line == 4u, name);
        BOOST_TEST(r.ok(), name);
    }
}

BOOST_AUTO_TEST_CASE(the_older_untyped_actions) {
    const auto one = validate(example("001", "one-action"));
    BOOST_TEST(one.ok(), test::describe(one));
    BOOST_TEST((codes(one) == std::vector<diagnostic_code>{diagnostic_code::legacy_owner, diagnostic_code::legacy_action_form}));
    BOOST_TEST_REQUIRE(one.notification().actions.size() == 1u);
    BOOST_TEST(one.notification().actions[0].title == "View Cases");
    BOOST_TEST(test::contains(one.notification().actions[0].url->url, "viewType=1039"));

    const std::string json = example("001", "multiple-primary-actions");
    const auto many = validate(json);
    BOOST_TEST(many.ok(), test::describe(many));
    const auto& second = test::find(many, diagnostic_code::legacy_action_form, "/data/actions/1/data/type");
    BOOST_TEST(json.substr(second.offset, 8) == "{\\\"url\\\"");
    const auto& n = many.notification();
    BOOST_TEST(n.icon == appnotify::icon_type::custom);
    BOOST_TEST(*n.override_content->icon_url == "/WebResources/contoso_Phone");
    BOOST_TEST(test::contains(*n.override_content->body, "**[Jim Glynn](?pagetype=entityrecord"));
    BOOST_TEST_REQUIRE(n.actions.size() == 2u);
    BOOST_TEST(n.actions[1].url->target == appnotify::navigation_target::dialog);
    BOOST_TEST(*n.body == "");
}

BOOST_AUTO_TEST_CASE(the_markdown_bodies_of_data) {
    const auto r = validate(example("001", "sla-critical"));
    BOOST_TEST(r.notification().icon == appnotify::icon_type::failure);
    BOOST_TEST(test::contains(*r.notification().override_content->body, "**critically** past SLA"));
    BOOST_TEST(r.notification().title == "SLA critical");
}

BOOST_AUTO_TEST_CASE(data_as_an_object_is_refused_and_read) {
    const std::string json = example("001", "action-title-url");
    const auto r = validate(json);
    BOOST_TEST(r.dialect() == dialect::record);
    BOOST_TEST((codes(r) == std::vector<diagnostic_code>{diagnostic_code::missing_required, diagnostic_code::missing_required,
                                                         diagnostic_code::wrong_type, diagnostic_code::legacy_action_form}));
    const auto& d = test::find(r, diagnostic_code::wrong_type, "/data");
    BOOST_TEST(d.line == 2u);
    BOOST_TEST(d.column == 11u);
    BOOST_TEST(r.notification().actions[0].url->url == "https://bing.com");
}

BOOST_AUTO_TEST_CASE(single_quotes_inside_data) {
    // "data": "{ 'data': { 'iconUrl': '/WebResources/cr245_AlertOn' } }"
    const std::string json = example("001", "custom-icon");
    const auto r = validate(json);
    const auto& d = test::find(r, diagnostic_code::json_syntax, "/data");
    BOOST_TEST(json.substr(d.offset, 6) == "'data'");
    BOOST_TEST(d.line == 6u);
    BOOST_TEST(d.column == 14u);
    BOOST_TEST(d.message == "in the JSON of \"data\": single-quoted member names are not JSON: use double quotes");
    // Nothing in data could be read, so the Custom icon has no image.
    test::find(r, diagnostic_code::custom_icon_without_url, "/data/iconUrl");
    BOOST_TEST(!r.ok());
}

BOOST_AUTO_TEST_CASE(a_data_string_over_several_lines) {
    const std::string json = example("001", "custom-title-and-body");
    const auto& d = test::only(validate(json), diagnostic_code::json_control_character, "");
    BOOST_TEST(d.offset == json.find("\"{") + 2);
    BOOST_TEST(d.line == 6u);
    BOOST_TEST(d.column == 13u);
}

BOOST_AUTO_TEST_CASE(the_broken_records_corrected) {
    // custom-icon.fixed and custom-title-and-body.fixed: the seed's data as JSON.stringify writes
    // it (double quotes, one line, iconUrl at the top of data, the stray closing brace dropped).
    const std::string icon_json = example("001", "custom-icon.fixed");
    const auto icon = validate(icon_json);
    BOOST_TEST(icon.ok(), test::describe(icon));
    BOOST_TEST(icon.dialect() == dialect::record);
    BOOST_TEST((codes(icon) == std::vector<diagnostic_code>{diagnostic_code::legacy_owner}));
    BOOST_TEST(icon.notification().icon == appnotify::icon_type::custom);
    BOOST_TEST(*icon.notification().override_content->icon_url == "/WebResources/cr245_AlertOn");

    const std::string mention_json = example("001", "custom-title-and-body.fixed");
    const auto mention = validate(mention_json);
    BOOST_TEST(mention.ok(), test::describe(mention));
    BOOST_TEST((codes(mention) == std::vector<diagnostic_code>{diagnostic_code::legacy_owner,
                                                               diagnostic_code::legacy_action_form}));
    const auto& n = mention.notification();
    BOOST_TEST(n.icon == appnotify::icon_type::mention);
    BOOST_TEST(test::contains(*n.override_content->title, "[Complete overhaul required (sample)](?pagetype=entityrecord"));
    BOOST_TEST(test::contains(*n.override_content->body, "_\"**[@Paul](?pagetype=entityrecord"));
    BOOST_TEST_REQUIRE(n.actions.size() == 1u);
    BOOST_TEST(n.actions[0].title == "View record");

    // Both convert to every dialect, as valid payloads of it.
    static const std::string_view recipients[] = {"maria@contoso.com"};
    appnotify::convert_options options;
    options.push_recipients = {recipients, 1};
    options.target_host_name = "graphnotifications.sample.windows.com";
    appnotify::notification_converter converter;
    for (const appnotify::validation_result* source : {&icon, &mention})
        for (const dialect to : appnotify::all_dialects) {
            std::string out;
            const auto& report = converter.convert(source->notification(), to, out, options);
            BOOST_TEST_REQUIRE(report.ok(), report.error());
            const auto target = validate(out);
            BOOST_TEST(target.ok(), out << test::describe(target));
            BOOST_TEST(target.dialect() == to);
            // The in-app dialects keep the title; push and Graph show the markdown's plain text.
            if (to == dialect::action || to == dialect::record)
                BOOST_TEST(target.notification().title == source->notification().title);
        }
}

BOOST_AUTO_TEST_CASE(the_graph_response_of_the_seed_is_explained) {
    // The seed's 201 response body, posted back as a request: recognized as a Graph notification,
    // what only the response has is named as such, and what the request needs is asked for.
    const std::string json = example("004", "response", true);
    const auto r = validate(json);
    BOOST_TEST(r.dialect() == dialect::graph);
    BOOST_TEST((r.detection().how == appnotify::dialect_verdict::fit::clear));
    BOOST_TEST_REQUIRE(r.diagnostics().size() == 4u, test::describe(r));
    const auto& d = r.diagnostics();
    BOOST_TEST(d[0].code == diagnostic_code::missing_required);
    BOOST_TEST(d[0].path == "/targetHostName");
    BOOST_TEST(d[1].code == diagnostic_code::missing_required);
    BOOST_TEST(d[1].path == "/appNotificationId");
    for (const std::size_t i : {2u, 3u}) {
        BOOST_TEST(d[i].code == diagnostic_code::unknown_parameter);
        BOOST_TEST(test::contains(d[i].message, "Graph sets it in its response; a request leaves it out"));
    }
    BOOST_TEST(d[2].path == "/@odata.context");
    BOOST_TEST(d[2].line == 2u);
    BOOST_TEST(d[2].column == 5u);
    BOOST_TEST(d[3].path == "/id");
    BOOST_TEST(d[3].line == 6u);
    // The rest is read as the request's members.
    const auto& g = *r.notification().graph;
    BOOST_TEST(r.notification().title == "Hello World!");
    BOOST_TEST(*r.notification().body == "Notifications are Great!");
    BOOST_TEST(*g.display_time_to_live == 59);
    BOOST_TEST(*g.expiration_date_time == "2019-10-28T22:05:36.25Z");
    BOOST_TEST(*g.group_name == "TestGroup");
    BOOST_TEST(g.priority == appnotify::graph_priority::high);
}

BOOST_AUTO_TEST_CASE(the_verbatim_records_explain_what_they_are) {
    // The documentation's JavaScript objects: comments, placeholders and JSON.stringify calls.
    const std::string web = example("001", "welcome-web-api", true);
    const auto& angle = test::only(validate(web), diagnostic_code::json_syntax, "");
    BOOST_TEST(web.substr(angle.offset, 6) == "<Guid ");
    const auto client = validate(example("001", "welcome-client-api", true));
    test::find(client, diagnostic_code::invalid_guid, "/owner");
    test::find(client, diagnostic_code::json_comment, "");
    const std::string js = example("001", "one-action", true);
    const auto& nbsp = test::only(validate(js), diagnostic_code::json_syntax, "");
    BOOST_TEST(js.substr(nbsp.offset, 3) == "\xE2\x80\xAF"); // U+202F, where a space should be
    BOOST_TEST(test::contains(nbsp.message, "U+202F"));
    for (const char* name : records) BOOST_TEST(!validate(example("001", name, true)).ok(), name);
}

BOOST_AUTO_TEST_CASE(the_push_notifications_of_the_formulas) {
    const auto basic = validate(example("003", "basic"));
    BOOST_TEST(basic.diagnostics().empty(), test::describe(basic));
    BOOST_TEST(basic.dialect() == dialect::push);
    BOOST_TEST(basic.notification().push->recipients.size() == 2u);
    BOOST_TEST(basic.notification().title == "A new case was assigned to you.");
    const auto params = validate(example("003", "open-app-with-params"));
    BOOST_TEST(params.diagnostics().empty(), test::describe(params));
    const auto& p = *params.notification().push;
    BOOST_TEST(*p.open_app);
    BOOST_TEST(p.params_as_table);
    BOOST_TEST(p.params[0].key == "notificationKey");
    // The Power Fx records themselves are not JSON: the first unquoted name is shown.
    for (const char* name : {"basic", "open-app-with-params"}) {
        const std::string fx = example("003", name, true);
        const auto& d = test::only(validate(fx), diagnostic_code::json_syntax, "");
        BOOST_TEST(fx.substr(d.offset, 10) == "recipients");
        BOOST_TEST(d.message == "member names must be strings in double quotes: write \"recipients\"");
    }
}

BOOST_AUTO_TEST_CASE(the_graph_request_of_the_seed) {
    for (const bool verbatim : {false, true}) {
        const auto r = validate(example("004", "hello-world", verbatim));
        BOOST_TEST(r.diagnostics().empty(), test::describe(r));
        BOOST_TEST(r.dialect() == dialect::graph);
        const auto& g = *r.notification().graph;
        BOOST_TEST(g.target_host_name == "graphnotifications.sample.windows.com");
        BOOST_TEST(*g.display_time_to_live == 60);
        BOOST_TEST(g.targets(appnotify::graph_platform::android));
        BOOST_TEST(!g.targets(appnotify::graph_platform::web_push));
        BOOST_TEST(r.notification().title == "Hello World!");
        BOOST_TEST(*r.notification().body == "Notifications are Great!");
    }
}

BOOST_AUTO_TEST_SUITE_END()
