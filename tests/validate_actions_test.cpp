// SPDX-License-Identifier: MIT
// Actions: the container, each action, and the url, sidepane and teamsChat data.
#include "test_support.hpp"

using appnotify::action_type;
using appnotify::diagnostic_code;
using appnotify::validate;

namespace {
constexpr std::string_view data_path = "/Actions/actions/0/data";
std::string at(std::string_view member) { return std::string(data_path) + "/" + std::string(member); }
} // namespace

BOOST_AUTO_TEST_SUITE(validate_actions)

BOOST_AUTO_TEST_CASE(url_action_is_modelled) {
    const auto r = validate(test::payload_with_action_data(
        R"~({"@odata.type": "#Microsoft.Dynamics.CRM.expando", "type": "url", "url": "https://contoso.com", "navigationTarget": "newWindow"})~"));
    BOOST_TEST(r.diagnostics().empty(), test::describe(r));
    const auto& a = r.notification().actions.front();
    BOOST_TEST(a.title == "Open");
    BOOST_TEST((a.type == action_type::url));
    BOOST_TEST(a.url->url == "https://contoso.com");
    BOOST_TEST((a.url->target == appnotify::navigation_target::new_window));
}

BOOST_AUTO_TEST_CASE(navigation_targets_are_exact) {
    for (const std::string_view t : {"dialog", "inline", "newWindow"})
        BOOST_TEST(validate(test::payload_with_action_data(
                                R"~({"@odata.type": "#Microsoft.Dynamics.CRM.expando", "type": "url", "url": "/x", "navigationTarget": ")~" +
                                std::string(t) + "\"}"))
                       .ok());
    const std::string json = test::payload_with_action_data(
        R"~({"@odata.type": "#Microsoft.Dynamics.CRM.expando", "type": "url", "url": "/x", "navigationTarget": " newWindow"})~");
    const auto& d = test::only(validate(json), diagnostic_code::invalid_enum_value, at("navigationTarget"));
    BOOST_TEST(d.offset == json.find("\" newWindow\""));
    BOOST_TEST(test::contains(d.message, "did you mean \"newWindow\"?"));
    const auto& cased = test::only(validate(test::payload_with_action_data(
                                       R"~({"@odata.type": "#Microsoft.Dynamics.CRM.expando", "type": "url", "url": "/x", "navigationTarget": "NewWindow"})~")),
                                   diagnostic_code::invalid_enum_value, at("navigationTarget"));
    BOOST_TEST(test::contains(cased.message, "did you mean \"newWindow\"?"));
}

BOOST_AUTO_TEST_CASE(url_is_required_and_non_empty) {
    test::only(validate(test::payload_with_action_data(R"~({"@odata.type": "#Microsoft.Dynamics.CRM.expando", "type": "url"})~")),
               diagnostic_code::missing_required, at("url"));
    test::only(validate(test::payload_with_action_data(R"~({"@odata.type": "#Microsoft.Dynamics.CRM.expando", "type": "url", "url": ""})~")),
               diagnostic_code::empty_value, at("url"));
    test::only(validate(test::payload_with_action_data(R"~({"@odata.type": "#Microsoft.Dynamics.CRM.expando", "type": "url", "url": 5})~")),
               diagnostic_code::wrong_type, at("url"));
}

BOOST_AUTO_TEST_CASE(the_older_form_without_type_is_a_url_with_a_warning) {
    const auto r = validate(test::payload_with_action_data(
        R"~({"@odata.type": "#Microsoft.Dynamics.CRM.expando", "url": "?pagetype=entitylist&etn=incident", "navigationTarget": "dialog"})~"));
    const auto& d = test::only(r, diagnostic_code::legacy_action_form, at("type"));
    BOOST_TEST(!d.is_error());
    BOOST_TEST((r.notification().actions.front().type == action_type::url));
}

BOOST_AUTO_TEST_CASE(type_is_required_and_exact) {
    test::only(validate(test::payload_with_action_data(R"~({"@odata.type": "#Microsoft.Dynamics.CRM.expando"})~")),
               diagnostic_code::missing_required, at("type"));
    const auto& d = test::only(validate(test::payload_with_action_data(
                                   R"~({"@odata.type": "#Microsoft.Dynamics.CRM.expando", "type": "sidePane", "navigationTarget": {"@odata.type": "#Microsoft.Dynamics.CRM.expando", "pageType": "entitylist", "entityName": "task"}})~")),
                               diagnostic_code::invalid_enum_value, at("type"));
    BOOST_TEST(test::contains(d.message, "did you mean \"sidepane\"?"));
}

BOOST_AUTO_TEST_CASE(each_action_needs_title_and_data) {
    const auto r = validate(test::payload(R"~("Actions": {"actions": [{}]})~"));
    test::find(r, diagnostic_code::missing_required, "/Actions/actions/0/title");
    test::find(r, diagnostic_code::missing_required, "/Actions/actions/0/data");
    test::only(validate(test::payload(R"~("Actions": {"actions@odata.type": "#Collection(Microsoft.Dynamics.CRM.expando)", )~"
                                      R"~("actions": [{"title": "", "data": {"@odata.type": "#Microsoft.Dynamics.CRM.expando", "type": "url", "url": "/x"}}]})~")),
               diagnostic_code::empty_value, "/Actions/actions/0/title");
    test::only(validate(test::payload(R"~("Actions": {"actions@odata.type": "#Collection(Microsoft.Dynamics.CRM.expando)", )~"
                                      R"~("actions": ["Open"]})~")),
               diagnostic_code::wrong_type, "/Actions/actions/0");
    test::only(validate(test::payload(R"~("Actions": {"actions@odata.type": "#Collection(Microsoft.Dynamics.CRM.expando)", )~"
                                      R"~("actions": [{"title": "x", "data": "url"}]})~")),
               diagnostic_code::wrong_type, "/Actions/actions/0/data");
    test::only(validate(test::payload(R"~("Actions": {"actions@odata.type": "#Collection(Microsoft.Dynamics.CRM.expando)", )~"
                                      R"~("actions": [{"title": "x", "label": "y", "data": {"@odata.type": "#Microsoft.Dynamics.CRM.expando", "type": "url", "url": "/x"}}]})~")),
               diagnostic_code::ignored_field, "/Actions/actions/0/label");
}

BOOST_AUTO_TEST_CASE(actions_container) {
    test::only(validate(test::payload(R"~("Actions": [])~")), diagnostic_code::wrong_type, "/Actions");
    test::only(validate(test::payload(R"~("Actions": {"@odata.type": "#Microsoft.Dynamics.CRM.expando"})~")),
               diagnostic_code::missing_required, "/Actions/actions");
    test::only(validate(test::payload(R"~("Actions": {"actions": {}})~")), diagnostic_code::wrong_type, "/Actions/actions");
    test::only(validate(test::payload(R"~("Actions": {"actions@odata.type": "#Collection(Microsoft.Dynamics.CRM.expando)", "actions": [], "extra": 1})~")),
               diagnostic_code::ignored_field, "/Actions/extra");
    BOOST_TEST(test::clean(validate(test::payload(R"~("Actions": {"actions@odata.type": "#Collection(Microsoft.Dynamics.CRM.expando)", "actions": []})~"))));
}

BOOST_AUTO_TEST_CASE(side_pane_action_is_modelled) {
    const auto r = validate(test::payload_with_action_data(
        R"~({"@odata.type": "#Microsoft.Dynamics.CRM.expando", "type": "sidepane",
            "paneOptions": {"@odata.type": "#Microsoft.Dynamics.CRM.expando", "title": "Task Record", "width": 400,
                            "paneId": "p1", "canClose": true, "imageSrc": "WebResources/i.svg", "hideHeader": false,
                            "isSelected": true, "hidden": false, "alwaysRender": true, "keepBadgeOnSelect": false},
            "navigationTarget": {"@odata.type": "#Microsoft.Dynamics.CRM.expando", "pageType": "entityrecord",
                                 "entityName": "task", "entityId": "{0a9f62a8-90df-e311-9565-a45d36fc5fe8}",
                                 "formId": "1a9f62a8-90df-e311-9565-a45d36fc5fe8"}})~"));
    BOOST_TEST(r.diagnostics().empty(), test::describe(r));
    const auto& a = r.notification().actions.front();
    BOOST_TEST((a.type == action_type::side_pane));
    BOOST_TEST(a.side_pane->pane.title == "Task Record");
    BOOST_TEST(*a.side_pane->pane.width == 400);
    BOOST_TEST(*a.side_pane->pane.can_close);
    BOOST_TEST(!*a.side_pane->pane.hide_header);
    BOOST_TEST((a.side_pane->target.type == appnotify::page_type::entityrecord));
    BOOST_TEST(a.side_pane->target.entity_name == "task");
    BOOST_TEST(a.side_pane->target.entity_id == "0a9f62a8-90df-e311-9565-a45d36fc5fe8");
    BOOST_TEST(a.side_pane->target.form_id == "1a9f62a8-90df-e311-9565-a45d36fc5fe8");
}

BOOST_AUTO_TEST_CASE(pane_options_types) {
    const std::string prefix = R"~({"@odata.type": "#Microsoft.Dynamics.CRM.expando", "type": "sidepane",
        "navigationTarget": {"@odata.type": "#Microsoft.Dynamics.CRM.expando", "pageType": "dashboard", "dashboardId": "0a9f62a8-90df-e311-9565-a45d36fc5fe8"},
        "paneOptions": {"@odata.type": "#Microsoft.Dynamics.CRM.expando", )~";
    test::only(validate(test::payload_with_action_data(prefix + R"~("width": 0}})~")), diagnostic_code::integer_out_of_range,
               at("paneOptions/width"));
    test::only(validate(test::payload_with_action_data(prefix + R"~("width": "400"}})~")), diagnostic_code::number_as_string,
               at("paneOptions/width"));
    test::only(validate(test::payload_with_action_data(prefix + R"~("width": 40.5}})~")), diagnostic_code::number_not_integer,
               at("paneOptions/width"));
    test::only(validate(test::payload_with_action_data(prefix + R"~("canClose": "true"}})~")), diagnostic_code::wrong_type,
               at("paneOptions/canClose"));
    test::only(validate(test::payload_with_action_data(prefix + R"~("hideHeader": 1}})~")), diagnostic_code::wrong_type,
               at("paneOptions/hideHeader"));
    test::only(validate(test::payload_with_action_data(prefix + R"~("title": 3}})~")), diagnostic_code::wrong_type,
               at("paneOptions/title"));
    const auto& d = test::only(validate(test::payload_with_action_data(prefix + R"~("Width": 300}})~")),
                               diagnostic_code::ignored_field, at("paneOptions/Width"));
    BOOST_TEST(test::contains(d.message, "did you mean \"width\""));
}

BOOST_AUTO_TEST_CASE(side_pane_page_types_and_their_required_fields) {
    const auto page = [](std::string_view members) {
        return validate(test::payload_with_action_data(
            R"~({"@odata.type": "#Microsoft.Dynamics.CRM.expando", "type": "sidepane", "navigationTarget": {"@odata.type": "#Microsoft.Dynamics.CRM.expando", )~" +
            std::string(members) + "}}"));
    };
    BOOST_TEST(test::clean(page(R"~("pageType": "entityrecord", "entityName": "task")~")));
    BOOST_TEST(test::clean(page(R"~("pageType": "entitylist", "entityName": "incident", "viewId": "00000000-0000-0000-00aa-000010001028", "viewType": "savedquery")~")));
    BOOST_TEST(test::clean(page(R"~("pageType": "dashboard", "dashboardId": "0a9f62a8-90df-e311-9565-a45d36fc5fe8")~")));
    BOOST_TEST(test::clean(page(R"~("pageType": "webresource", "webresourceName": "new_page.htm", "data": "a=1")~")));
    BOOST_TEST(test::clean(page(R"~("pageType": "custom", "name": "new_mypage_e1f5f", "entityName": "account", "recordId": "0a9f62a8-90df-e311-9565-a45d36fc5fe8")~")));
    BOOST_TEST(test::clean(page(R"~("pageType": "generative", "pageId": "0a9f62a8-90df-e311-9565-a45d36fc5fe8")~")));

    const std::string target = at("navigationTarget");
    test::only(page(R"~("pageType": "entityrecord")~"), diagnostic_code::missing_required, target + "/entityName");
    test::only(page(R"~("pageType": "entitylist")~"), diagnostic_code::missing_required, target + "/entityName");
    test::only(page(R"~("pageType": "dashboard")~"), diagnostic_code::missing_required, target + "/dashboardId");
    test::only(page(R"~("pageType": "webresource")~"), diagnostic_code::missing_required, target + "/webresourceName");
    test::only(page(R"~("pageType": "custom")~"), diagnostic_code::missing_required, target + "/name");
    test::only(page(R"~("pageType": "generative")~"), diagnostic_code::missing_required, target + "/pageId");
    test::only(page(R"~("entityName": "task")~"), diagnostic_code::missing_required, target + "/pageType");
    const auto& bad = test::only(page(R"~("pageType": "EntityRecord", "entityName": "task")~"),
                                 diagnostic_code::invalid_enum_value, target + "/pageType");
    BOOST_TEST(test::contains(bad.message, "did you mean \"entityrecord\""));
    test::only(page(R"~("pageType": "entitylist", "entityName": "incident", "viewType": "system")~"),
               diagnostic_code::invalid_enum_value, target + "/viewType");
    test::only(page(R"~("pageType": "dashboard", "dashboardId": "0a9f62a8-90df-e311-9565-a45d36fc5fe8", "entityName": "x")~"),
               diagnostic_code::field_not_applicable, target + "/entityName");
    test::only(page(R"~("pageType": "entityrecord", "entityName": "task", "entityID": "x")~"),
               diagnostic_code::ignored_field, target + "/entityID");
}

BOOST_AUTO_TEST_CASE(side_pane_ids_and_names_are_checked) {
    const auto page = [](std::string_view members) {
        return validate(test::payload_with_action_data(
            R"~({"@odata.type": "#Microsoft.Dynamics.CRM.expando", "type": "sidepane", "navigationTarget": {"@odata.type": "#Microsoft.Dynamics.CRM.expando", "pageType": "entityrecord", )~" +
            std::string(members) + "}}"));
    };
    const std::string target = at("navigationTarget");
    test::only(page(R"~("entityName": "task", "entityId": "<Task ID>")~"), diagnostic_code::template_placeholder,
               target + "/entityId");
    test::only(page(R"~("entityName": "task", "entityId": "43m770h2-6567-ebm1-ob2b-000d3ac3kd6c")~"),
               diagnostic_code::invalid_guid, target + "/entityId");
    test::only(page(R"~("entityName": "task", "entityId": "00000000-0000-0000-0000-000000000000")~"),
               diagnostic_code::nil_guid, target + "/entityId");
    // Where a hyphen belongs, a digit is named as such, braced or not.
    for (const std::string_view id : {"4323591e77a0f-30d5-9701-9206e3dfa76a", "{4323591e77a0f-30d5-9701-9206e3dfa76a}"}) {
        const auto& misplaced = test::only(page(R"~("entityName": "task", "entityId": ")~" + std::string(id) + "\""),
                                           diagnostic_code::invalid_guid, target + "/entityId");
        BOOST_TEST(test::contains(misplaced.message, "'7' at character " + std::to_string(id[0] == '{' ? 10 : 9) +
                                                         " should be '-'"),
                   misplaced.message);
    }
    const auto& upper = test::only(page(R"~("entityName": "Task")~"), diagnostic_code::invalid_logical_name,
                                   target + "/entityName");
    BOOST_TEST(test::contains(upper.message, "did you mean \"task\""));
    test::only(page(R"~("entityName": "my table")~"), diagnostic_code::invalid_logical_name, target + "/entityName");
}

BOOST_AUTO_TEST_CASE(navigation_target_shape_follows_the_action_type) {
    test::only(validate(test::payload_with_action_data(
                   R"~({"@odata.type": "#Microsoft.Dynamics.CRM.expando", "type": "sidepane", "navigationTarget": "dialog"})~")),
               diagnostic_code::wrong_type, at("navigationTarget"));
    test::only(validate(test::payload_with_action_data(
                   R"~({"@odata.type": "#Microsoft.Dynamics.CRM.expando", "type": "sidepane"})~")),
               diagnostic_code::missing_required, at("navigationTarget"));
    test::only(validate(test::payload_with_action_data(
                   R"~({"@odata.type": "#Microsoft.Dynamics.CRM.expando", "type": "url", "url": "/x", "navigationTarget": {"@odata.type": "#Microsoft.Dynamics.CRM.expando", "pageType": "dashboard", "dashboardId": "0a9f62a8-90df-e311-9565-a45d36fc5fe8"}})~")),
               diagnostic_code::wrong_type, at("navigationTarget"));
    test::only(validate(test::payload_with_action_data(
                   R"~({"@odata.type": "#Microsoft.Dynamics.CRM.expando", "type": "url", "url": "/x", "navigationTarget": 1})~")),
               diagnostic_code::wrong_type, at("navigationTarget"));
}

BOOST_AUTO_TEST_CASE(teams_chat_action_is_modelled) {
    const auto r = validate(test::payload_with_action_data(
        R"~({"@odata.type": "#Microsoft.Dynamics.CRM.expando", "type": "teamsChat",
            "memberIds@odata.type": "#Collection(String)",
            "memberIds": ["0a9f62a8-90df-e311-9565-a45d36fc5fe8", "1a9f62a8-90df-e311-9565-a45d36fc5fe8"],
            "entityContext": {"@odata.type": "#Microsoft.Dynamics.CRM.expando", "entityName": "account",
                              "recordId": "2a9f62a8-90df-e311-9565-a45d36fc5fe8"},
            "chatTitle": "Order", "initialMessage": "Hi"})~"));
    BOOST_TEST(r.diagnostics().empty(), test::describe(r));
    BOOST_TEST_REQUIRE(r.notification().actions.front().teams_chat != nullptr);
    const auto& chat = *r.notification().actions.front().teams_chat;
    BOOST_TEST_REQUIRE(chat.member_ids.size() == 2u);
    BOOST_TEST(chat.member_ids[1] == "1a9f62a8-90df-e311-9565-a45d36fc5fe8");
    BOOST_TEST(chat.has_entity_context);
    BOOST_TEST(chat.entity_name == "account");
    BOOST_TEST(chat.record_id == "2a9f62a8-90df-e311-9565-a45d36fc5fe8");
    BOOST_TEST(chat.chat_title == "Order");
    BOOST_TEST(chat.initial_message == "Hi");
}

BOOST_AUTO_TEST_CASE(teams_chat_rules) {
    const auto chat = [](std::string_view members) {
        return validate(test::payload_with_action_data(
            R"~({"@odata.type": "#Microsoft.Dynamics.CRM.expando", "type": "teamsChat", )~" + std::string(members) + "}"));
    };
    BOOST_TEST(test::clean(chat(R"~("chatId": "19:abc@thread.v2")~")));
    test::only(chat(R"~("chatId": "19:abc@thread.v2", "memberIds@odata.type": "#Collection(String)", "memberIds": ["0a9f62a8-90df-e311-9565-a45d36fc5fe8"])~"),
               diagnostic_code::teams_chat_conflict, at("chatId"));
    test::only(chat(R"~("chatId": "19:abc@thread.v2", "entityContext": {"@odata.type": "#Microsoft.Dynamics.CRM.expando", "entityName": "account", "recordId": "0a9f62a8-90df-e311-9565-a45d36fc5fe8"})~"),
               diagnostic_code::teams_chat_conflict, at("chatId"));
    test::only(chat(R"~("chatTitle": "x")~"), diagnostic_code::teams_chat_no_target, at("memberIds"));
    test::only(chat(R"~("memberIds@odata.type": "#Collection(String)", "memberIds": ["<Microsoft Entra ID user ID 1>"])~"),
               diagnostic_code::template_placeholder, at("memberIds/0"));
    test::only(chat(R"~("memberIds@odata.type": "#Collection(String)", "memberIds": [7])~"), diagnostic_code::wrong_type,
               at("memberIds/0"));
    test::only(chat(R"~("memberIds@odata.type": "#Collection(String)", "memberIds": "0a9f62a8-90df-e311-9565-a45d36fc5fe8")~"),
               diagnostic_code::wrong_type, at("memberIds"));
    test::only(chat(R"~("entityContext": {"@odata.type": "#Microsoft.Dynamics.CRM.expando", "entityName": "account"})~"),
               diagnostic_code::missing_required, at("entityContext/recordId"));
    test::only(chat(R"~("entityContext": {"@odata.type": "#Microsoft.Dynamics.CRM.expando", "recordId": "0a9f62a8-90df-e311-9565-a45d36fc5fe8"})~"),
               diagnostic_code::missing_required, at("entityContext/entityName"));
    test::only(chat(R"~("entityContext": {"@odata.type": "#Microsoft.Dynamics.CRM.expando", "entityName": "account", "recordId": "<Account ID value>"})~"),
               diagnostic_code::template_placeholder, at("entityContext/recordId"));
    test::only(chat(R"~("chatId": "")~"), diagnostic_code::empty_value, at("chatId"));
    test::only(chat(R"~("chatId": "19:abc@thread.v2", "url": "/x")~"), diagnostic_code::field_not_applicable, at("url"));
}

BOOST_AUTO_TEST_CASE(members_of_other_action_types_are_not_applicable) {
    test::only(validate(test::payload_with_action_data(
                   R"~({"@odata.type": "#Microsoft.Dynamics.CRM.expando", "type": "url", "url": "/x", "chatTitle": "t"})~")),
               diagnostic_code::field_not_applicable, at("chatTitle"));
    test::only(validate(test::payload_with_action_data(
                   R"~({"@odata.type": "#Microsoft.Dynamics.CRM.expando", "type": "url", "url": "/x", "urls": "t"})~")),
               diagnostic_code::ignored_field, at("urls"));
}

BOOST_AUTO_TEST_CASE(many_actions_keep_their_order) {
    std::string list;
    for (int i = 0; i < 5; ++i)
        list += std::string(i ? ", " : "") + R"~({"title": "A)~" + std::to_string(i) +
                R"~(", "data": {"@odata.type": "#Microsoft.Dynamics.CRM.expando", "type": "url", "url": "/)~" +
                std::to_string(i) + "\"}}";
    const auto r = validate(test::payload(R"~("Actions": {"actions@odata.type": "#Collection(Microsoft.Dynamics.CRM.expando)", "actions": [)~" + list + "]}"));
    BOOST_TEST(r.diagnostics().empty(), test::describe(r));
    BOOST_TEST_REQUIRE(r.notification().actions.size() == 5u);
    BOOST_TEST(r.notification().actions[3].title == "A3");
    BOOST_TEST(r.notification().actions[3].url->url == "/3");
}

BOOST_AUTO_TEST_SUITE_END()
