// SPDX-License-Identifier: MIT
// Conversions between the dialects: each target's shape, what each loses, what each needs, and
// the two promises: a valid payload converts to a valid payload of the target (recognized as
// such), and an action body converted to a record and back gives the same model.
#include "diagnostic_examples.hpp"
#include "test_support.hpp"

#include <filesystem>
#include <vector>

using appnotify::dialect;
using appnotify::diagnostic_code;
using appnotify::validate;

namespace {

const appnotify::convert_options& full_options() {
    static const std::string_view recipients[] = {"maria@contoso.com"};
    static const appnotify::convert_options options = [] {
        appnotify::convert_options o;
        o.recipient_id = "0a9f62a8-90df-e311-9565-a45d36fc5fe8";
        o.push_recipients = {recipients, 1};
        o.target_host_name = "graphnotifications.sample.windows.com";
        return o;
    }();
    return options;
}

std::string converted(std::string_view json, dialect to, const appnotify::convert_options& options = full_options()) {
    std::string out;
    const auto report = appnotify::convert(json, to, out, options);
    BOOST_TEST(report.ok(), report.error());
    return out;
}

bool same(const std::optional<std::string_view>& a, const std::optional<std::string_view>& b) {
    return a.has_value() == b.has_value() && (!a || *a == *b);
}

/// Whether two models say the same; an override without members is no override.
bool same_model(const appnotify::notification& a, const appnotify::notification& b, std::string& why) {
    const auto fail = [&why](const char* what) {
        why = what;
        return false;
    };
    if (a.title != b.title) return fail("title");
    if (a.recipient_id != b.recipient_id) return fail("recipient_id");
    if (!same(a.body, b.body)) return fail("body");
    if (a.icon != b.icon || a.toast != b.toast || a.priority != b.priority) return fail("option sets");
    if (a.expiry != b.expiry) return fail("expiry");
    const auto empty = [](const appnotify::notification& n) {
        return !n.override_content || (!n.override_content->title && !n.override_content->body && !n.override_content->icon_url);
    };
    if (empty(a) != empty(b)) return fail("override presence");
    if (!empty(a) && (!same(a.override_content->title, b.override_content->title) ||
                      !same(a.override_content->body, b.override_content->body) ||
                      !same(a.override_content->icon_url, b.override_content->icon_url)))
        return fail("override");
    if (a.actions.size() != b.actions.size()) return fail("action count");
    for (std::size_t i = 0; i < a.actions.size(); ++i) {
        const auto &x = a.actions[i], &y = b.actions[i];
        if (x.title != y.title || x.type != y.type) return fail("action title or type");
        if ((x.url == nullptr) != (y.url == nullptr) || (x.url && (x.url->url != y.url->url || x.url->target != y.url->target)))
            return fail("url action");
        if ((x.side_pane == nullptr) != (y.side_pane == nullptr)) return fail("side pane presence");
        if (x.side_pane) {
            const auto &p = x.side_pane->pane, &q = y.side_pane->pane;
            if (p.title != q.title || p.width != q.width || p.pane_id != q.pane_id || p.image_src != q.image_src ||
                p.can_close != q.can_close || p.hide_header != q.hide_header || p.is_selected != q.is_selected ||
                p.hidden != q.hidden || p.always_render != q.always_render || p.keep_badge_on_select != q.keep_badge_on_select)
                return fail("pane options");
            const auto &s = x.side_pane->target, &t = y.side_pane->target;
            if (s.type != t.type || s.entity_name != t.entity_name || s.entity_id != t.entity_id || s.form_id != t.form_id ||
                s.view_id != t.view_id || s.view_type != t.view_type || s.dashboard_id != t.dashboard_id ||
                s.webresource_name != t.webresource_name || s.name != t.name || s.page_id != t.page_id ||
                s.record_id != t.record_id || s.data != t.data)
                return fail("page target");
        }
        if ((x.teams_chat == nullptr) != (y.teams_chat == nullptr)) return fail("teams chat presence");
        if (x.teams_chat) {
            const auto &c = *x.teams_chat, &d = *y.teams_chat;
            if (c.chat_id != d.chat_id || c.has_entity_context != d.has_entity_context || c.entity_name != d.entity_name ||
                c.record_id != d.record_id || c.chat_title != d.chat_title || c.initial_message != d.initial_message ||
                c.member_ids.size() != d.member_ids.size())
                return fail("teams chat");
            for (std::size_t m = 0; m < c.member_ids.size(); ++m)
                if (c.member_ids[m] != d.member_ids[m]) return fail("member ids");
        }
    }
    return true;
}

/// Whether a conversion that failed failed for one of the documented reasons (docs/dialects.md,
/// Converting), and the source has what the reason says.
bool documented_failure(const appnotify::notification& n, dialect to, std::string_view error) {
    const bool in_app = to == dialect::action || to == dialect::record;
    const std::size_t title = appnotify::detail::utf16_length(n.title);
    const std::string target = to == dialect::action ? "a SendAppNotification body" : "an appnotification record";
    if (in_app && n.title.empty())
        return error == target + " needs a title, and the source has none (a Graph notification with only rawContent)";
    if (in_app && title > 256)
        return error == target + " holds a title of at most 256 characters; this one has " + std::to_string(title);
    if (in_app && n.body && appnotify::detail::utf16_length(*n.body) > 500)
        return error == target + " holds a body of at most 500 characters; this one has " +
                            std::to_string(appnotify::detail::utf16_length(*n.body));
    if (to == dialect::record)
        return error.substr(0, 27) == "the data column would hold " && test::contains(error, "; Dataverse stores at most 5000") &&
               (n.override_content || !n.actions.empty());
    if (to == dialect::push && n.title.empty())
        return error == "a push notification needs a message, and the source has no text (a Graph notification with "
                        "only rawContent)";
    return false;
}

/// Whether a push or Graph model converted to its own dialect kept its own members.
bool same_dialect_members(const appnotify::notification& a, const appnotify::notification& b, std::string& why) {
    const auto fail = [&why](const char* what) {
        why = what;
        return false;
    };
    if (a.title != b.title) return fail("title");
    if (a.push.has_value() != b.push.has_value() || a.graph.has_value() != b.graph.has_value()) return fail("dialect");
    if (a.push) {
        const auto &p = *a.push, &q = *b.push;
        if (p.recipients.size() != q.recipients.size()) return fail("recipient count");
        for (std::size_t i = 0; i < p.recipients.size(); ++i)
            if (p.recipients[i] != q.recipients[i]) return fail("recipients");
        if (p.open_app != q.open_app || p.params_as_table != q.params_as_table || p.app != q.app ||
            p.entity != q.entity || p.target != q.target || p.record_id != q.record_id)
            return fail("push fields");
        if (p.params.size() != q.params.size()) return fail("param count");
        for (std::size_t i = 0; i < p.params.size(); ++i)
            if (p.params[i].key != q.params[i].key || p.params[i].value != q.params[i].value) return fail("params");
    }
    if (a.graph) {
        const auto &g = *a.graph, &h = *b.graph;
        if (!same(a.body, b.body)) return fail("body");
        if (g.target_host_name != h.target_host_name || g.app_notification_id != h.app_notification_id)
            return fail("host or id");
        if (!same(g.expiration_date_time, h.expiration_date_time) || !same(g.group_name, h.group_name) ||
            !same(g.raw_content, h.raw_content))
            return fail("graph texts");
        if (g.has_visual_content != h.has_visual_content || g.display_time_to_live != h.display_time_to_live ||
            g.platforms != h.platforms || g.priority != h.priority)
            return fail("graph fields");
    }
    return true;
}

/// A payload of the corpus and how it is validated (`options.dialect` empty: recognized).
struct corpus_payload {
    std::string text;
    appnotify::validate_options options;
};

/// Every payload of the repository that validates: the seed examples, the fuzz seeds of
/// fuzz_validate (a payload each) and of fuzz_validate_dialects (whose first byte chooses the
/// dialect as in fuzz/fuzz_validate_dialects.cpp, 0 recognized, then action, record, push and
/// graph, and whose payload is the rest), and the catalogue's payloads with their options.
std::vector<corpus_payload> valid_corpus() {
    std::vector<corpus_payload> out;
    const auto keep = [&out](corpus_payload p) {
        if (validate(p.text, p.options).ok()) out.push_back(std::move(p));
    };
    namespace fs = std::filesystem;
    for (const char* dir : {"examples", "fuzz/corpus/fuzz_validate", "fuzz/corpus/fuzz_validate_dialects"}) {
        const fs::path root = test::source_path(dir);
        BOOST_TEST_REQUIRE(fs::exists(root), root);
        const bool chosen = std::string_view(dir) == "fuzz/corpus/fuzz_validate_dialects";
        for (const auto& entry : fs::recursive_directory_iterator(root)) {
            if (!entry.is_regular_file()) continue;
            corpus_payload p{test::read_file(entry.path().string()), {}};
            if (chosen) {
                if (p.text.empty()) continue;
                const unsigned choice = static_cast<unsigned char>(p.text[0]) % (appnotify::dialect_count + 1);
                if (choice != 0) p.options.dialect = appnotify::all_dialects[choice - 1];
                p.text.erase(0, 1);
            }
            keep(std::move(p));
        }
    }
    for (const auto& e : catalogue::load(test::source_path("tests/data/diagnostic_examples.json")))
        if (e.kind == "payload") keep({e.input, e.options});
    return out;
}

/// How many payloads of the corpus validate as each dialect.
std::size_t count_of(const std::vector<corpus_payload>& corpus, dialect d) {
    std::size_t n = 0;
    for (const corpus_payload& p : corpus) n += validate(p.text, p.options).dialect() == d;
    return n;
}
} // namespace

BOOST_AUTO_TEST_SUITE(convert)

BOOST_AUTO_TEST_CASE(action_to_record_stores_the_override_and_actions_in_data) {
    const std::string action = test::payload(
        R"~("Body": "Plain", "IconType": 100000005, "Priority": 200000001, "Expiry": 3600, )~"
        R"~("OverrideContent": {"@odata.type": "#Microsoft.Dynamics.CRM.expando", "body": "**Bold** [case](?pagetype=entityrecord&etn=incident&id=b1f670b2-6567-eb11-bb2b-000d3ac2be4d)", "iconUrl": "/WebResources/cr245_AlertOn"}, )~"
        R"~("Actions": {"@odata.type": "#Microsoft.Dynamics.CRM.expando", "actions@odata.type": "#Collection(Microsoft.Dynamics.CRM.expando)", )~"
        R"~("actions": [{"title": "Open", "data": {"@odata.type": "#Microsoft.Dynamics.CRM.expando", "type": "url", "url": "https://bing.com", "navigationTarget": "dialog"}}]})~");
    const std::string record = converted(action, dialect::record);
    BOOST_TEST(record == R"~({
  "title": "Welcome",
  "body": "Plain",
  "icontype": 100000005,
  "priority": 200000001,
  "ttlinseconds": 3600,
  "ownerid@odata.bind": "/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)",
  "data": "{\"body\":\"**Bold** [case](?pagetype=entityrecord&etn=incident&id=b1f670b2-6567-eb11-bb2b-000d3ac2be4d)\",\"iconUrl\":\"/WebResources/cr245_AlertOn\",\"actions\":[{\"title\":\"Open\",\"data\":{\"type\":\"url\",\"url\":\"https://bing.com\",\"navigationTarget\":\"dialog\"}}]}"
}
)~");
    const auto r = validate(record);
    BOOST_TEST(r.dialect() == dialect::record);
    BOOST_TEST(r.diagnostics().empty(), test::describe(r));
}

BOOST_AUTO_TEST_CASE(record_to_action_writes_the_open_types) {
    const std::string record = test::record(
        R"~("icontype": 100000004, "data": "{\"title\": \"[Case](?pagetype=entityrecord&etn=incident&id=b1f670b2-6567-eb11-bb2b-000d3ac2be4d)\", )~"
        R"~(\"actions\": [{\"title\": \"Chat\", \"data\": {\"type\": \"teamsChat\", \"memberIds\": [\"b1f670b2-6567-eb11-bb2b-000d3ac2be4d\"]}}]}")~");
    const std::string action = converted(record, dialect::action);
    BOOST_TEST(action == R"~({
  "Title": "Welcome",
  "Recipient": "/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)",
  "IconType": 100000004,
  "OverrideContent": {
    "@odata.type": "#Microsoft.Dynamics.CRM.expando",
    "title": "[Case](?pagetype=entityrecord&etn=incident&id=b1f670b2-6567-eb11-bb2b-000d3ac2be4d)"
  },
  "Actions": {
    "@odata.type": "#Microsoft.Dynamics.CRM.expando",
    "actions@odata.type": "#Collection(Microsoft.Dynamics.CRM.expando)",
    "actions": [
      {
        "title": "Chat",
        "data": {
          "@odata.type": "#Microsoft.Dynamics.CRM.expando",
          "type": "teamsChat",
          "memberIds@odata.type": "#Collection(String)",
          "memberIds": [
            "b1f670b2-6567-eb11-bb2b-000d3ac2be4d"
          ]
        }
      }
    ]
  }
}
)~");
    const auto r = validate(action);
    BOOST_TEST(r.dialect() == dialect::action);
    BOOST_TEST(r.diagnostics().empty(), test::describe(r));
}

BOOST_AUTO_TEST_CASE(to_push_the_message_is_the_body_as_plain_text) {
    const std::string action = test::payload(
        R"~("Body": "plain body", "OverrideContent": {"@odata.type": "#Microsoft.Dynamics.CRM.expando", )~"
        R"~("body": "Case [Overhaul](?pagetype=entityrecord&etn=incident&id=b1f670b2-6567-eb11-bb2b-000d3ac2be4d) is **critically** late"})~");
    std::string out;
    appnotify::convert_options options = full_options();
    options.context = {"https://contoso.crm.dynamics.com", "", ""};
    const auto report = appnotify::convert(action, dialect::push, out, options);
    BOOST_TEST_REQUIRE(report.ok(), report.error());
    const auto r = validate(out);
    BOOST_TEST(r.dialect() == dialect::push);
    BOOST_TEST(r.ok(), test::describe(r));
    BOOST_TEST(r.notification().title ==
               "Case Overhaul (https://contoso.crm.dynamics.com/main.aspx?pagetype=entityrecord&etn=incident&"
               "id=b1f670b2-6567-eb11-bb2b-000d3ac2be4d) is critically late");
    BOOST_TEST(r.notification().push->recipients[0] == "maria@contoso.com");
    std::vector<std::string_view> lost;
    for (const auto& l : report.losses()) lost.push_back(l.what);
    BOOST_TEST((lost == std::vector<std::string_view>{"title", "markdown", "recipient"}));
    // Without markdown, the plain body; without a body, the title.
    {
        const auto r_ = validate(converted(test::payload(R"~("Body": "plain body")~"), dialect::push));
        BOOST_TEST(r_.notification().title == "plain body");
    }
    {
        const auto r_ = validate(converted(test::payload(), dialect::push));
        BOOST_TEST(r_.notification().title == "Welcome");
    }
}

BOOST_AUTO_TEST_CASE(push_needs_recipients) {
    std::string out = "kept";
    const auto report = appnotify::convert(test::payload(), dialect::push, out);
    BOOST_TEST(!report.ok());
    BOOST_TEST(test::contains(report.error(), "convert_options::push_recipients"));
    BOOST_TEST(out == "kept");
    // A push source keeps its own recipients and fields.
    const std::string push = test::push(R"~("openApp": true, "params": [{"key": "k", "value": "v"}], "entity": "incident")~");
    const std::string again = converted(push, dialect::push, {});
    BOOST_TEST(again == R"~({
  "recipients": [
    "maria@contoso.com"
  ],
  "message": "A new case was assigned to you.",
  "openApp": true,
  "params": [
    {
      "key": "k",
      "value": "v"
    }
  ],
  "entity": "incident"
}
)~");
}

BOOST_AUTO_TEST_CASE(to_graph_the_visual_content_is_plain_text) {
    const std::string action = test::payload(
        R"~("Priority": 200000001, "OverrideContent": {"@odata.type": "#Microsoft.Dynamics.CRM.expando", "title": "**SLA** missed", "body": "_Escalated_"}, )~"
        R"~("Actions": {"@odata.type": "#Microsoft.Dynamics.CRM.expando", "actions@odata.type": "#Collection(Microsoft.Dynamics.CRM.expando)", )~"
        R"~("actions": [{"title": "Open", "data": {"@odata.type": "#Microsoft.Dynamics.CRM.expando", "type": "url", "url": "https://bing.com"}}]})~");
    std::string out;
    const auto report = appnotify::convert(action, dialect::graph, out, full_options());
    BOOST_TEST_REQUIRE(report.ok(), report.error());
    BOOST_TEST(out == R"~({
  "targetHostName": "graphnotifications.sample.windows.com",
  "appNotificationId": "appnotify-)~" + out.substr(out.find("appnotify-") + 10, 16) + R"~(",
  "payload": {
    "visualContent": {
      "title": "SLA missed",
      "body": "Escalated"
    }
  },
  "priority": "High"
}
)~");
    std::vector<std::string_view> lost;
    for (const auto& l : report.losses()) lost.push_back(l.what);
    BOOST_TEST((lost == std::vector<std::string_view>{"actions", "markdown", "recipient"}));
    const auto r = validate(out);
    BOOST_TEST(r.dialect() == dialect::graph);
    BOOST_TEST(r.diagnostics().empty(), test::describe(r));
    // The derived id is stable, and the options' id wins.
    BOOST_TEST(converted(action, dialect::graph) == out);
    appnotify::convert_options options = full_options();
    options.app_notification_id = "mine";
    {
        const auto r_ = validate(converted(action, dialect::graph, options));
        BOOST_TEST(r_.notification().graph->app_notification_id == "mine");
    }
}

BOOST_AUTO_TEST_CASE(graph_needs_a_target_host) {
    std::string out;
    const auto report = appnotify::convert(test::payload(), dialect::graph, out);
    BOOST_TEST(!report.ok());
    BOOST_TEST(test::contains(report.error(), "convert_options::target_host_name"));
    BOOST_TEST(out.empty());
    // A Graph source keeps its own members.
    const std::string graph = test::graph(R"~("priority": "Low", "groupName": "g", "displayTimeToLive": "60", "expirationDateTime": "2019-10-30T23:59:00Z", "targetPolicy": {"platformTypes": ["iOS"]})~");
    const std::string again = converted(graph, dialect::graph, {});
    const auto r = validate(again);
    BOOST_TEST(r.diagnostics().empty(), test::describe(r));
    const auto& g = *r.notification().graph;
    BOOST_TEST(g.app_notification_id == "testDirectToastNotification");
    BOOST_TEST(g.priority == appnotify::graph_priority::low);
    BOOST_TEST(*g.display_time_to_live == 60);
    BOOST_TEST(g.targets(appnotify::graph_platform::ios));
}

BOOST_AUTO_TEST_CASE(in_app_targets_need_a_user) {
    std::string out;
    const auto report = appnotify::convert(test::graph(), dialect::action, out);
    BOOST_TEST(!report.ok());
    BOOST_TEST(test::contains(report.error(), "convert_options::recipient_id"));
    const std::string action = converted(test::push(R"~("openApp": true)~"), dialect::action);
    const auto r = validate(action);
    BOOST_TEST(r.ok(), test::describe(r));
    BOOST_TEST(r.notification().title == "A new case was assigned to you.");
    // A Graph title longer than a Title column is refused, not cut.
    const std::string long_title = R"~({"targetHostName": "h", "appNotificationId": "i", "payload": {"visualContent": {"title": ")~" +
                                   std::string(300, 'x') + "\"}}}";
    const auto too_long = appnotify::convert(long_title, dialect::record, out, full_options());
    BOOST_TEST(test::contains(too_long.error(), "at most 256 characters; this one has 300"));
    const auto raw_only = appnotify::convert(R"~({"targetHostName": "h", "appNotificationId": "i", "payload": {"rawContent": "r"}})~",
                                             dialect::action, out, full_options());
    BOOST_TEST(raw_only.error() ==
               "a SendAppNotification body needs a title, and the source has none (a Graph notification with only rawContent)");
}

BOOST_AUTO_TEST_CASE(invalid_payloads_are_not_converted) {
    std::string out;
    const auto report = appnotify::convert(R"~({"Title": "x"})~", dialect::record, out, full_options());
    BOOST_TEST(report.error() == "the payload has 1 error: it is not converted (validate it to see them)");
    BOOST_TEST(out.empty());
}

BOOST_AUTO_TEST_CASE(the_data_column_limit) {
    std::string actions;
    for (int i = 0; i < 60; ++i)
        actions += std::string(i ? ", " : "") + R"~({"title": "Action )~" + std::to_string(i) +
                   R"~(", "data": {"@odata.type": "#Microsoft.Dynamics.CRM.expando", "type": "url", "url": "https://contoso.com/a/long/path/to/something"}})~";
    const std::string action = test::payload(R"~("Actions": {"@odata.type": "#Microsoft.Dynamics.CRM.expando", "actions@odata.type": "#Collection(Microsoft.Dynamics.CRM.expando)", "actions": [)~" +
                                             actions + "]}");
    // Validation already refuses it: OverrideContent and Actions share the data column's 5000
    // characters (data-too-long), so it is not converted; the converter, given the model itself,
    // refuses to write a record whose data would not fit.
    const appnotify::validation_result r = validate(action);
    BOOST_TEST_REQUIRE(test::has(r, diagnostic_code::data_too_long));
    std::string out;
    const appnotify::conversion_report refused = appnotify::convert(action, dialect::record, out, full_options());
    BOOST_TEST(test::contains(refused.error(), "it is not converted"));
    appnotify::notification_converter converter;
    const auto report = converter.convert(r.notification(), dialect::record, out, full_options());
    BOOST_TEST(test::contains(report.error(), "Dataverse stores at most 5000"));
    BOOST_TEST(out.empty());
}

BOOST_AUTO_TEST_CASE(every_valid_payload_converts_to_a_valid_payload_of_each_dialect) {
    const std::vector<corpus_payload> corpus = valid_corpus();
    BOOST_TEST(corpus.size() >= 60u);
    // Every dialect is a source; push and Graph a few times (the seeds' examples, fuzz seeds and
    // catalogue entries), and push_and_graph_round_trips converts the others to them.
    BOOST_TEST(count_of(corpus, dialect::action) >= 35u);
    BOOST_TEST(count_of(corpus, dialect::record) >= 12u);
    BOOST_TEST(count_of(corpus, dialect::push) >= 5u);
    BOOST_TEST(count_of(corpus, dialect::graph) >= 5u);
    appnotify::notification_converter converter;
    appnotify::validation_result source, target;
    std::size_t converted_count = 0;
    for (const corpus_payload& p : corpus) {
        appnotify::validate(p.text, source, p.options);
        for (const dialect to : appnotify::all_dialects) {
            std::string out;
            const auto& report = converter.convert(source.notification(), to, out, full_options());
            if (!report.ok()) {
                // Only what the target cannot hold, and only when the source has it.
                BOOST_TEST(documented_failure(source.notification(), to, report.error()),
                           appnotify::to_string(to) << ": " << report.error() << "\n" << p.text);
                BOOST_TEST(out.empty());
                continue;
            }
            ++converted_count;
            appnotify::validate(out, target);
            BOOST_TEST(target.ok(), appnotify::to_string(to) << ": " << out << test::describe(target));
            BOOST_TEST(target.dialect() == to, out);
            BOOST_TEST((target.detection().how == appnotify::dialect_verdict::fit::clear), out);
        }
    }
    BOOST_TEST(converted_count >= corpus.size() * 3);
}

BOOST_AUTO_TEST_CASE(in_app_round_trips_give_the_same_model) {
    // action to record to action, and record to action to record.
    std::size_t round_trips[2] = {};
    appnotify::notification_converter converter;
    appnotify::validation_result source, middle, back;
    for (const corpus_payload& p : valid_corpus()) {
        appnotify::validate(p.text, source, p.options);
        const dialect from = source.dialect();
        if (from != dialect::action && from != dialect::record) continue;
        const dialect other = from == dialect::action ? dialect::record : dialect::action;
        std::string middle_json, back_json;
        const auto& there = converter.convert(source.notification(), other, middle_json);
        if (!there.ok()) {
            BOOST_TEST(documented_failure(source.notification(), other, there.error()), there.error());
            continue;
        }
        appnotify::validate(middle_json, middle);
        BOOST_TEST_REQUIRE(middle.ok(), middle_json << test::describe(middle));
        const auto& home = converter.convert(middle.notification(), from, back_json);
        BOOST_TEST_REQUIRE(home.ok(), home.error());
        appnotify::validate(back_json, back);
        BOOST_TEST_REQUIRE(back.ok(), back_json << test::describe(back));
        BOOST_TEST(back.dialect() == from);
        std::string why;
        BOOST_TEST(same_model(source.notification(), middle.notification(), why), why << ": " << p.text << "\n" << middle_json);
        BOOST_TEST(same_model(source.notification(), back.notification(), why), why << ": " << p.text << "\n" << back_json);
        ++round_trips[from == dialect::action ? 0 : 1];
    }
    BOOST_TEST(round_trips[0] >= 35u);
    BOOST_TEST(round_trips[1] >= 12u);
}

BOOST_AUTO_TEST_CASE(push_and_graph_round_trips) {
    // The push and Graph payloads of the corpus, and every in-app payload of it converted to push
    // and to Graph. Converted to its own dialect (without options), each keeps every member;
    // converted to an action body and back, it keeps its text.
    std::vector<corpus_payload> sources;
    {
        appnotify::notification_converter converter;
        appnotify::validation_result source;
        for (corpus_payload& p : valid_corpus()) {
            appnotify::validate(p.text, source, p.options);
            if (source.dialect() == dialect::push || source.dialect() == dialect::graph) {
                sources.push_back(std::move(p));
                continue;
            }
            for (const dialect to : {dialect::push, dialect::graph}) {
                corpus_payload converted_payload;
                if (converter.convert(source.notification(), to, converted_payload.text, full_options()).ok())
                    sources.push_back(std::move(converted_payload));
            }
        }
    }
    std::size_t same_dialect[2] = {}, through_action[2] = {};
    appnotify::notification_converter converter;
    appnotify::validation_result source, middle, back;
    for (const corpus_payload& p : sources) {
        appnotify::validate(p.text, source, p.options);
        BOOST_TEST_REQUIRE(source.ok(), p.text << test::describe(source));
        const dialect from = source.dialect();
        BOOST_TEST_REQUIRE((from == dialect::push || from == dialect::graph), p.text);
        const std::size_t slot = from == dialect::push ? 0 : 1;
        const appnotify::notification& n = source.notification();
        std::string again, why;
        const auto& self = converter.convert(n, from, again);
        BOOST_TEST_REQUIRE(self.ok(), self.error());
        BOOST_TEST(self.losses().empty(), again);
        appnotify::validate(again, back);
        BOOST_TEST_REQUIRE(back.ok(), again << test::describe(back));
        BOOST_TEST(same_dialect_members(n, back.notification(), why), why << ": " << p.text << "\n" << again);
        ++same_dialect[slot];

        // Through an action body: the options give what the way back needs.
        appnotify::convert_options options = full_options();
        if (from == dialect::push) {
            options.push_recipients = n.push->recipients;
        } else {
            options.target_host_name = n.graph->target_host_name;
            options.app_notification_id = n.graph->app_notification_id;
        }
        std::string action_json, back_json;
        const auto& there = converter.convert(n, dialect::action, action_json, options);
        if (!there.ok()) {
            BOOST_TEST(documented_failure(n, dialect::action, there.error()), there.error());
            continue;
        }
        appnotify::validate(action_json, middle);
        BOOST_TEST_REQUIRE(middle.ok(), action_json << test::describe(middle));
        BOOST_TEST(middle.notification().title == n.title);
        const auto& home = converter.convert(middle.notification(), from, back_json, options);
        BOOST_TEST_REQUIRE(home.ok(), home.error());
        appnotify::validate(back_json, back);
        BOOST_TEST_REQUIRE(back.ok(), back_json << test::describe(back));
        BOOST_TEST(back.dialect() == from);
        BOOST_TEST(back.notification().title == n.title, p.text << "\n" << back_json);
        if (from == dialect::graph) {
            BOOST_TEST(same(back.notification().body, n.body), p.text << "\n" << back_json);
            BOOST_TEST(back.notification().graph->app_notification_id == n.graph->app_notification_id);
            BOOST_TEST(back.notification().graph->target_host_name == n.graph->target_host_name);
        } else {
            const auto &r = back.notification().push->recipients, &s = n.push->recipients;
            BOOST_TEST_REQUIRE(r.size() == s.size());
            for (std::size_t i = 0; i < r.size(); ++i) BOOST_TEST(r[i] == s[i]);
        }
        ++through_action[slot];
    }
    BOOST_TEST(same_dialect[0] >= 50u);
    BOOST_TEST(same_dialect[1] >= 50u);
    BOOST_TEST(through_action[0] >= 50u);
    BOOST_TEST(through_action[1] >= 50u);
}

BOOST_AUTO_TEST_CASE(a_reused_converter_gives_the_same_output) {
    appnotify::notification_converter converter;
    const std::string payloads[] = {test::payload(R"~("Body": "b")~"), test::record_with_data(R"~({"body": "x"})~"),
                                    test::push(), test::graph()};
    for (const std::string& json : payloads)
        for (const dialect to : appnotify::all_dialects) {
            std::string first, again;
            BOOST_TEST(converter.convert(json, to, first, full_options(), {}).ok(), json);
            const auto& report = converter.convert(json, to, again, full_options(), {});
            BOOST_TEST(report.ok(), report.error());
            BOOST_TEST(!first.empty());
            BOOST_TEST(first == again);
            std::string fresh;
            BOOST_TEST(appnotify::convert(json, to, fresh, full_options()).ok());
            BOOST_TEST(first == fresh);
        }
}

BOOST_AUTO_TEST_SUITE_END()
