// SPDX-License-Identifier: MIT
// Every Web API example of seed 000 (examples/seed000), ready-to-send and verbatim.
#include "test_support.hpp"

using appnotify::diagnostic_code;
using appnotify::severity;
using appnotify::validate;

namespace {
appnotify::validation_result example(std::string_view name) {
    return validate(test::read_source_file("examples/seed000/" + std::string(name) + ".json"));
}
const char* const names[] = {"welcome", "sla-critical-inline-link", "mention-formatted", "custom-icon",
                             "url-action", "side-pane-actions", "teams-chat-action"};
} // namespace

BOOST_AUTO_TEST_SUITE(seed_examples)

BOOST_AUTO_TEST_CASE(every_ready_example_validates_without_errors) {
    // Except the mention example: two of its links carry malformed GUIDs (see below).
    for (const char* name : names) {
        if (std::string_view(name) == "mention-formatted") continue;
        const auto r = example(name);
        BOOST_TEST(r.ok(), name << test::describe(r));
    }
}

BOOST_AUTO_TEST_CASE(the_mention_example_links_to_two_malformed_guids) {
    // [Maria Campbell](...&id=43m770h2-6567-ebm1-ob2b-000d3ac3kd6c) and
    // [@Robert](...&id=73f970b2-6567-eb11-bb2b-000d3ac2se4h): the seed's own typos, found by
    // checking the markdown links of OverrideContent.body. They are its only diagnostics.
    const std::string json = test::read_source_file("examples/seed000/mention-formatted.json");
    const auto r = validate(json);
    BOOST_TEST_REQUIRE(r.diagnostics().size() == 2u, test::describe(r));
    for (const auto& d : r.diagnostics()) {
        BOOST_TEST((d.code == diagnostic_code::invalid_guid));
        BOOST_TEST((d.severity == severity::error));
        BOOST_TEST(d.path == "/OverrideContent/body");
    }
    BOOST_TEST(json.substr(r.diagnostics()[0].offset, 6) == "m770h2");
    BOOST_TEST(r.diagnostics()[0].line == 9u);
    BOOST_TEST(test::contains(r.diagnostics()[0].message, "'m' at character 3 is not a hexadecimal digit"));
    BOOST_TEST(json.substr(r.diagnostics()[1].offset, 3) == "se4");
    BOOST_TEST(test::contains(r.diagnostics()[1].message, "'s' at character 33 is not a hexadecimal digit"));
}

BOOST_AUTO_TEST_CASE(the_warnings_the_seeds_deserve) {
    // The action examples type their Actions object without the '#' OData wants.
    for (const char* name : {"url-action", "side-pane-actions", "teams-chat-action"}) {
        const auto r = example(name);
        const auto& d = test::only(r, diagnostic_code::odata_type_missing_hash, "/Actions/@odata.type");
        BOOST_TEST((d.severity == severity::warning));
        BOOST_TEST(d.line == 8u);
    }
    for (const char* name : {"welcome", "sla-critical-inline-link", "custom-icon"})
        BOOST_TEST(test::clean(example(name)), name << test::describe(example(name)));
}

BOOST_AUTO_TEST_CASE(welcome_model) {
    const auto r = example("welcome");
    const auto& n = r.notification();
    BOOST_TEST(n.title == "Welcome");
    BOOST_TEST(*n.body == "Welcome to the world of app notifications!");
    BOOST_TEST((n.icon == appnotify::icon_type::info));
    BOOST_TEST((n.toast == appnotify::toast_type::timed));
}

BOOST_AUTO_TEST_CASE(mention_model_keeps_the_markdown) {
    const auto r = example("mention-formatted");
    const auto& n = r.notification();
    BOOST_TEST((n.icon == appnotify::icon_type::mention));
    BOOST_TEST_REQUIRE(n.override_content.has_value());
    BOOST_TEST(test::contains(*n.override_content->body, "_\"**[@Paul](?pagetype=entityrecord&etn=contact&id="));
    BOOST_TEST(n.override_content->title->front() == '[');
}

BOOST_AUTO_TEST_CASE(custom_icon_model) {
    const auto r = example("custom-icon");
    BOOST_TEST((r.notification().icon == appnotify::icon_type::custom));
    BOOST_TEST(*r.notification().override_content->icon_url == "/WebResources/cr245_AlertOn");
}

BOOST_AUTO_TEST_CASE(url_action_model) {
    const auto r = example("url-action");
    const auto& a = r.notification().actions.front();
    BOOST_TEST(a.title == "View cases");
    BOOST_TEST(a.url->url == "?pagetype=entitylist&etn=incident&viewid=00000000-0000-0000-00aa-000010001028&viewType=1039");
    BOOST_TEST((a.url->target == appnotify::navigation_target::new_window));
}

BOOST_AUTO_TEST_CASE(side_pane_model) {
    const auto r = example("side-pane-actions");
    BOOST_TEST_REQUIRE(r.notification().actions.size() == 2u);
    const auto& account = r.notification().actions[1];
    BOOST_TEST(account.title == "View account");
    BOOST_TEST(account.side_pane->pane.title == "Account Record");
    BOOST_TEST(*account.side_pane->pane.width == 400);
    BOOST_TEST(account.side_pane->target.entity_name == "account");
    BOOST_TEST(account.side_pane->target.entity_id.size() == 36u);
}

BOOST_AUTO_TEST_CASE(teams_chat_model) {
    const auto r = example("teams-chat-action");
    const auto& chat = *r.notification().actions.front().teams_chat;
    BOOST_TEST(chat.member_ids.size() == 2u);
    BOOST_TEST(chat.entity_name == "account");
}

BOOST_AUTO_TEST_CASE(verbatim_examples_report_their_comments_and_placeholders) {
    for (const char* name : names) {
        const std::string json = test::read_source_file("examples/seed000/verbatim/" + std::string(name) + ".json");
        const auto r = validate(json);
        BOOST_TEST_REQUIRE(r.diagnostics().size() >= 2u, name << test::describe(r));
        const auto& placeholder = test::find(r, diagnostic_code::template_placeholder, "/Recipient");
        BOOST_TEST(json.substr(placeholder.offset, 1) == "<");
        const auto& comment = test::find(r, diagnostic_code::json_comment, "");
        BOOST_TEST(json.substr(comment.offset, 2) == "//");
        BOOST_TEST(!r.ok());
    }
}

BOOST_AUTO_TEST_SUITE_END()
