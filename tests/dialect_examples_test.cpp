// Every example of seeds 001 (appnotification records), 003 (push notifications) and 004 (the
// Graph notification), ready to send (examples/seedNNN) and verbatim (examples/seedNNN/verbatim),
// with the documentation's own mistakes found at their exact place.
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
        BOOST_TEST(r.valid(), name);
    }
}

BOOST_AUTO_TEST_CASE(the_older_untyped_actions) {
    const auto one = validate(example("001", "one-action"));
    BOOST_TEST(one.valid(), test::describe(one));
    BOOST_TEST((codes(one) == std::vector<diagnostic_code>{diagnostic_code::legacy_owner, diagnostic_code::legacy_action_form}));
    BOOST_TEST_REQUIRE(one.notification().actions.size() == 1u);
    BOOST_TEST(one.notification().actions[0].title == "View Cases");
    BOOST_TEST(test::contains(one.notification().actions[0].url->url, "viewType=1039"));

    const std::string json = example("001", "multiple-primary-actions");
    const auto many = validate(json);
    BOOST_TEST(many.valid(), test::describe(many));
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
    BOOST_TEST(!r.valid());
}

BOOST_AUTO_TEST_CASE(a_data_string_over_several_lines) {
    const std::string json = example("001", "custom-title-and-body");
    const auto& d = test::only(validate(json), diagnostic_code::json_control_character, "");
    BOOST_TEST(d.offset == json.find("\"{") + 2);
    BOOST_TEST(d.line == 6u);
    BOOST_TEST(d.column == 13u);
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
    for (const char* name : records) BOOST_TEST(!validate(example("001", name, true)).valid(), name);
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
