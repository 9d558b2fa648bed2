// SPDX-License-Identifier: MIT
// owned_notification: a notification that owns its strings, made from a validation_result that
// is then reused or destroyed, renders and converts exactly as the borrowed model did.
#include "test_support.hpp"

#include <algorithm>
#include <filesystem>
#include <memory>
#include <vector>

using appnotify::validate;

namespace {

using appnotify::dialect;

/// Every payload of examples/, by path relative to the source tree.
std::vector<std::string> example_files() {
    std::vector<std::string> files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(test::source_path("examples")))
        if (entry.is_regular_file() && entry.path().extension() == ".json") files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
    return files;
}

/// Everything a notification shows: the card in HTML, ANSI and text, and the payload of every
/// dialect it converts to (or why it does not).
std::string everything_of(const appnotify::notification& n) {
    appnotify::render_options options;
    options.context = {"https://contoso.crm.dynamics.com", "c8d1f3e2-5a6b-4c7d-8e9f-0a1b2c3d4e5f", {}};
    std::string out;
    appnotify::notification_renderer renderer;
    renderer.render_html(n, out, options);
    renderer.render_ansi(n, out, options);
    renderer.render_text(n, out, options);
    appnotify::convert_options convert;
    convert.recipient_id = "0a9f62a8-90df-e311-9565-a45d36fc5fe8";
    const std::string_view recipients[] = {"maria@contoso.com"};
    convert.push_recipients = {recipients, 1};
    convert.target_host_name = "graphnotifications.sample.windows.com";
    appnotify::notification_converter converter;
    for (const dialect to : appnotify::all_dialects) {
        const appnotify::conversion_report& report = converter.convert(n, to, out, convert);
        out += report.ok() ? "ok\n" : std::string(report.error()) + "\n";
        for (const auto& loss : report.losses()) out += std::string(loss.what) + ": " + std::string(loss.why) + "\n";
    }
    return out;
}

} // namespace

BOOST_AUTO_TEST_SUITE(owned_notification)

BOOST_AUTO_TEST_CASE(every_example_renders_and_converts_the_same_after_the_result_is_reused) {
    const std::vector<std::string> files = example_files();
    BOOST_TEST_REQUIRE(files.size() >= 20u);
    std::size_t with_actions = 0, push = 0, graph = 0;
    appnotify::validation_result result;
    for (const std::string& file : files) {
        const std::string json = test::read_file(file);
        validate(json, result);
        const std::string expected = everything_of(result.notification());
        const appnotify::owned_notification kept(result.notification());
        // The result is reused for another payload (its buffers overwritten), then for a copy of
        // the same text that is about to be destroyed.
        validate(R"~({"Title": "Another one", "Recipient": "/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)", "Actions": {"actions": [{"title": "x", "data": {"url": "https://a.example/"}}]}})~",
                 result);
        BOOST_TEST(everything_of(kept.notification()) == expected, file);
        with_actions += !kept.notification().actions.empty();
        push += kept.notification().push.has_value();
        graph += kept.notification().graph.has_value();
    }
    // The examples exercise actions of every kind and the push part.
    BOOST_TEST(with_actions >= 5u);
    BOOST_TEST(push >= 2u);
    (void)graph;
}

BOOST_AUTO_TEST_CASE(the_copy_outlives_its_result) {
    for (const std::string& file : example_files()) {
        std::string expected;
        std::vector<appnotify::owned_notification> kept;
        {
            const std::string json = test::read_file(file);
            const appnotify::validation_result result = validate(json);
            expected = everything_of(result.notification());
            kept.emplace_back(result.notification());
        } // the result and the text are gone: AddressSanitizer would see a read of either
        // A growing vector moves its elements: the views move with their buffers.
        for (int i = 0; i < 40; ++i) kept.push_back(kept.front());
        BOOST_TEST(everything_of(kept.front().notification()) == expected, file);
        BOOST_TEST(everything_of(kept.back().notification()) == expected, file);
    }
}

BOOST_AUTO_TEST_CASE(every_part_is_copied) {
    // A payload that sets every string of the model the action dialect has, and the push and
    // Graph parts in payloads of their own.
    const std::string action = test::payload(
        R"~("Body": "b", "IconType": 100000005, "OverrideContent": {"title": "**T**", "body": "[x](?pagetype=dashboard&id=0a9f62a8-90df-e311-9565-a45d36fc5fe8)", "iconUrl": "/WebResources/i"}, "Actions": {"actions": [)~"
        R"~({"title": "U", "data": {"url": "https://a.example/", "navigationTarget": "dialog"}},)~"
        R"~({"title": "P", "data": {"type": "sidepane", "paneOptions": {"title": "pt", "paneId": "pid", "imageSrc": "/WebResources/img"}, "navigationTarget": {"pageType": "custom", "name": "new_page_1", "entityName": "account", "recordId": "0a9f62a8-90df-e311-9565-a45d36fc5fe8"}}},)~"
        R"~({"title": "C", "data": {"type": "teamsChat", "memberIds": ["aebfad9d-8bd5-50df-bb6a-fbc3608f76a0", "b246207a-5091-557b-9f4d-a48dd4a7eb60"], "entityContext": {"entityName": "account", "recordId": "0a9f62a8-90df-e311-9565-a45d36fc5fe8"}, "chatTitle": "ct", "initialMessage": "im"}}]})~");
    const std::string push = test::push(R"~("openApp": true, "params": {"k": "v"}, "app": "a", "entity": "e", "formOrView": "form", "recordId": "r")~");
    const std::string graph = test::graph(R"~("groupName": "g", "expirationDateTime": "2019-10-30T23:59:00Z")~");
    for (const std::string& json : {action, push, graph}) {
        std::string copy_of_json = json;
        auto result = std::make_unique<appnotify::validation_result>(validate(copy_of_json));
        const std::string expected = everything_of(result->notification());
        appnotify::owned_notification kept(result->notification());
        // Copied, moved and assigned: each holds the notification on its own.
        appnotify::owned_notification copied = kept;
        appnotify::owned_notification moved = std::move(kept);
        appnotify::owned_notification assigned;
        assigned = copied;
        result.reset();
        copy_of_json.assign(copy_of_json.size(), 'x');
        BOOST_TEST(everything_of(copied.notification()) == expected, json);
        BOOST_TEST(everything_of(moved.notification()) == expected, json);
        BOOST_TEST(everything_of(assigned.notification()) == expected, json);
        // The moved-from one is empty, and usable.
        BOOST_TEST(kept.notification().title.empty());
        BOOST_TEST(kept.notification().actions.empty());
        kept = moved;
        BOOST_TEST(everything_of(kept.notification()) == expected, json);
    }
    const auto r = validate(action);
    const appnotify::owned_notification kept(r.notification());
    const appnotify::notification& n = kept.notification();
    BOOST_TEST_REQUIRE(n.actions.size() == 3u);
    BOOST_TEST(n.actions[1].side_pane->pane.pane_id == "pid");
    BOOST_TEST(n.actions[1].side_pane->target.record_id == "0a9f62a8-90df-e311-9565-a45d36fc5fe8");
    BOOST_TEST_REQUIRE(n.actions[2].teams_chat->member_ids.size() == 2u);
    BOOST_TEST(n.actions[2].teams_chat->member_ids[1] == "b246207a-5091-557b-9f4d-a48dd4a7eb60");
    BOOST_TEST(n.actions[2].teams_chat->initial_message == "im");
    BOOST_TEST(*n.override_content->icon_url == "/WebResources/i");
}

BOOST_AUTO_TEST_CASE(an_empty_string_stays_present) {
    const auto r = validate(test::payload(R"~("Body": "", "OverrideContent": {"title": ""})~"));
    const appnotify::owned_notification kept(r.notification());
    BOOST_TEST_REQUIRE(kept.notification().body.has_value());
    BOOST_TEST(kept.notification().body->empty());
    BOOST_TEST_REQUIRE(kept.notification().override_content->title.has_value());
    BOOST_TEST(!kept.notification().override_content->body.has_value());
}

BOOST_AUTO_TEST_CASE(a_copy_can_be_reassigned_from_another_notification) {
    appnotify::owned_notification kept;
    BOOST_TEST(kept.notification().title.empty());
    for (const char* title : {"first", "a second, longer title", "3"}) {
        const auto r = validate(test::payload("\"Body\": \"" + std::string(title) + "\""));
        kept.assign(r.notification());
        BOOST_TEST(*kept.notification().body == title);
    }
    kept.assign(kept.notification()); // itself: nothing changes
    BOOST_TEST(*kept.notification().body == "3");
}

BOOST_AUTO_TEST_SUITE_END()
