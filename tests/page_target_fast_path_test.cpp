// SPDX-License-Identifier: MIT
// A side pane's page skips building and checking its main.aspx URL when its fields prove that
// check finds nothing (detail/page_url_shortcut.hpp). These tests prove the shortcut changes no
// finding: page by page, against the link check of the URL itself, and payload by payload,
// against validation with the shortcut turned off (every field of every diagnostic, and the
// model). The pages come from every page type and a vocabulary of edge values, then random
// mutations of them.
#include "test_support.hpp"

#include <cstddef>
#include <cstdint>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

BOOST_AUTO_TEST_SUITE(page_target_fast_path)

// The shortcut and the switch that turns it off are internals: reachable in header-only mode,
// where the umbrella header brings in the implementation (in compiled mode they are in the
// library, which both modes share).
#if APPNOTIFY_HEADER_ONLY

namespace {

using appnotify::page_target;
using appnotify::page_type;
using appnotify::view_type;
namespace detail = appnotify::detail;

constexpr page_type all_page_types[] = {page_type::entityrecord, page_type::entitylist, page_type::dashboard,
                                        page_type::webresource,  page_type::custom,     page_type::generative};

// --- page by page ----------------------------------------------------------------------------

/// Decoded field values: what a page_target can hold, including what the JSON readers never
/// leave in one (braces, uppercase, invalid UTF-8), so the shortcut is proven for any page.
const std::vector<std::string> text_values = {
    "", " ", "task", "new_custom_entity", "Task", "TASK", "task1", "1task", "_task", "ta sk", "t%41sk", "%", "%4",
    "%41", "%25", "%2541", "a%zz", "<entity name>", "<Task ID>", "<b>", "{x}", "{{x}}", "${x}", "$x", "a&b=c",
    "a=b", "a+b", "a#b", "a?b", "a/b.html", "new_/page.html", "caf\xC3\xA9", "\xC3", "\xFF", "\xED\xA0\x80",
    "\xF0\x9F\x98\x80", std::string("a\0b", 3), "a\tb", "a\nb", "~.-_", "0a9f62a8-90df-e311-9565-a45d36fc5fe8",
    "0A9F62A8-90DF-E311-9565-A45D36FC5FE8", "{0a9f62a8-90df-e311-9565-a45d36fc5fe8}",
    "00000000-0000-0000-0000-000000000000", "{00000000-0000-0000-0000-000000000000}",
    "0a9f62a8-90df-e311-9565-a45d36fc5fe", "0a9f62a8-90df-e311-9565-a45d36fc5fe8a", "0a9f62a8x90df-e311-9565-a45d36fc5fe8",
    "0a9f62a8-90df-e311-9565-a45d36fc5fg8", "%7B0a9f62a8-90df-e311-9565-a45d36fc5fe8%7D", "<GUID of the record>",
    "0a9f62a8-90df-e311-9565-a45d36fc5fe8 ", "1039", "4230",
};
constexpr view_type all_view_types[] = {view_type::unspecified, view_type::savedquery, view_type::userquery};

std::string_view& field_of(page_target& page, std::size_t f) {
    std::string_view* fields[] = {&page.entity_name,   &page.entity_id, &page.form_id,   &page.view_id,
                                  &page.dashboard_id,  &page.webresource_name,         &page.name,
                                  &page.page_id,       &page.record_id, &page.data};
    return *fields[f];
}
constexpr std::size_t text_field_count = 10;

/// The findings of checking the URL of `page`, as a link, with the context the validator uses.
std::size_t url_findings(const page_target& page, std::string& url) {
    url.clear();
    appnotify::append_page_url(page, appnotify::app_context{}, url);
    appnotify::link_report report;
    appnotify::check_app_link(url, report, appnotify::app_context{});
    return report.diagnostics().size();
}

BOOST_AUTO_TEST_CASE(a_page_proven_clean_has_a_url_the_link_check_finds_nothing_in) {
    std::string url;
    std::size_t clean = 0, unclean = 0;
    const auto check = [&](const page_target& page) {
        if (!detail::page_url_is_clean(page)) {
            ++unclean;
            return;
        }
        ++clean;
        BOOST_TEST(url_findings(page, url) == 0u, "the page opens as " << url);
    };
    // One field at a time over a good page of each type, with every value.
    const std::string good_guid = "0a9f62a8-90df-e311-9565-a45d36fc5fe8";
    for (const page_type type : all_page_types) {
        page_target good;
        good.type = type;
        good.entity_name = "task";
        good.entity_id = good.form_id = good.view_id = good.dashboard_id = good.page_id = good.record_id = good_guid;
        good.webresource_name = "new_/page.html";
        good.name = "new_page";
        good.data = "a=1&b=2";
        for (const view_type vt : all_view_types) {
            good.view_type = vt;
            check(good);
            for (std::size_t f = 0; f < text_field_count; ++f)
                for (const std::string& value : text_values) {
                    page_target page = good;
                    field_of(page, f) = value;
                    check(page);
                }
        }
    }
    // Random pages: each field empty or drawn from the values.
    std::mt19937 random(20261203);
    for (int i = 0; i < 20000; ++i) {
        page_target page;
        page.type = all_page_types[random() % std::size(all_page_types)];
        page.view_type = all_view_types[random() % std::size(all_view_types)];
        for (std::size_t f = 0; f < text_field_count; ++f)
            field_of(page, f) = random() % 3 == 0 ? std::string_view() : text_values[random() % text_values.size()];
        check(page);
    }
    BOOST_TEST_MESSAGE(clean << " pages proven clean, " << unclean << " left to the link check");
    // Both outcomes are common: the check above is not vacuous.
    BOOST_TEST(clean > 1000u);
    BOOST_TEST(unclean > 1000u);
}

BOOST_AUTO_TEST_CASE(the_pages_notifications_usually_open_are_proven_clean) {
    page_target record;
    record.entity_name = "incident";
    record.entity_id = "0a9f62a8-90df-e311-9565-a45d36fc5fe8";
    BOOST_TEST(detail::page_url_is_clean(record));
    page_target list;
    list.type = page_type::entitylist;
    list.entity_name = "account";
    list.view_id = "00000000-0000-0000-00aa-000010001004";
    list.view_type = view_type::savedquery;
    BOOST_TEST(detail::page_url_is_clean(list));
    page_target dashboard;
    dashboard.type = page_type::dashboard;
    dashboard.dashboard_id = "0a9f62a8-90df-e311-9565-a45d36fc5fe8";
    BOOST_TEST(detail::page_url_is_clean(dashboard));
    page_target resource;
    resource.type = page_type::webresource;
    resource.webresource_name = "new_/orders/summary.html";
    resource.data = "id=42&mode=read";
    BOOST_TEST(detail::page_url_is_clean(resource));
    page_target custom;
    custom.type = page_type::custom;
    custom.name = "new_orderpage_0f3a1";
    custom.entity_name = "salesorder";
    custom.record_id = "0a9f62a8-90df-e311-9565-a45d36fc5fe8";
    BOOST_TEST(detail::page_url_is_clean(custom));
    page_target generative;
    generative.type = page_type::generative;
    generative.page_id = "0a9f62a8-90df-e311-9565-a45d36fc5fe8";
    BOOST_TEST(detail::page_url_is_clean(generative));
    // And what the link check would report is left to it.
    resource.data = "id%3D42";
    BOOST_TEST(!detail::page_url_is_clean(resource)); // %25 then hex digits: "encoded twice"
    record.entity_id = "00000000-0000-0000-0000-000000000000";
    BOOST_TEST(!detail::page_url_is_clean(record));
}

// --- payload by payload ------------------------------------------------------------------------

/// Validates like appnotify::validate, with the shortcut on or off, into `s`; returns every
/// field of every diagnostic and the side panes of the model, one per line.
std::string outcome(detail::validation_storage& s, std::string_view json, bool shortcut,
                    const appnotify::validate_options& options = {}) {
    s.content.page_url_shortcut = shortcut;
    detail::run_validation(s, json, options, true);
    s.sink.finish({s.buffer.get(), s.input_size}, s.diagnostics, detail::text_kind::json);
    s.content.finish();
    std::ostringstream out;
    for (const appnotify::diagnostic& d : s.diagnostics)
        out << appnotify::to_string(d.code) << ' ' << appnotify::to_string(d.severity) << ' ' << d.path << ' '
            << d.offset << ' ' << d.line << ':' << d.column << '-' << d.end_offset << ' ' << d.end_line << ':'
            << d.end_column << ' ' << d.message << '\n';
    const appnotify::notification& n = s.content.model;
    out << "title " << n.title << " recipient " << n.recipient << " actions " << n.actions.size() << '\n';
    for (const appnotify::action& a : n.actions) {
        out << "action " << a.title << ' ' << appnotify::to_string(a.type);
        if (a.side_pane) {
            const page_target& p = a.side_pane->target;
            out << " page " << appnotify::to_string(p.type) << " [" << p.entity_name << "] [" << p.entity_id << "] ["
                << p.form_id << "] [" << p.view_id << "] [" << appnotify::to_string(p.view_type) << "] ["
                << p.dashboard_id << "] [" << p.webresource_name << "] [" << p.name << "] [" << p.page_id << "] ["
                << p.record_id << "] [" << p.data << "] pane [" << a.side_pane->pane.title << ']';
        }
        out << '\n';
    }
    return out.str();
}

/// The same as `outcome`, through the public API (the shortcut on).
std::string public_outcome(appnotify::validation_result& r, std::string_view json) {
    appnotify::validate(json, r);
    std::ostringstream out;
    for (const appnotify::diagnostic& d : r.diagnostics())
        out << appnotify::to_string(d.code) << ' ' << appnotify::to_string(d.severity) << ' ' << d.path << ' '
            << d.offset << ' ' << d.line << ':' << d.column << '-' << d.end_offset << ' ' << d.end_line << ':'
            << d.end_column << ' ' << d.message << '\n';
    return out.str();
}

/// Field values as JSON: the strings above, and values of other kinds.
std::vector<std::string> json_values() {
    std::vector<std::string> out = {"null", "42", "true", "{}", "[]", "\"\\ud800\"", "\"caf\\u00e9\"", "\"a\\u0000b\"",
                                    "\"savedquery\"", "\"userquery\"", "\"SavedQuery\"", "\"entityrecord\""};
    for (const std::string& value : text_values)
        if (detail::find_invalid_utf8(value) == std::string_view::npos) out.push_back(test::json_string(value));
    return out;
}

constexpr std::string_view page_type_words[] = {"entityrecord", "entitylist", "dashboard", "webresource",
                                                "custom",       "generative", "EntityRecord", "bad"};

/// A navigationTarget object: the page type (or none), then `members` ("name": value).
std::string target_json(std::string_view type, const std::vector<std::pair<std::string, std::string>>& members,
                        bool annotated) {
    std::string out = "{";
    if (annotated) out += "\"@odata.type\": \"#Microsoft.Dynamics.CRM.expando\"";
    const auto add = [&](std::string_view name, std::string_view value) {
        if (out.size() > 1) out += ", ";
        out += test::json_string(name);
        out += ": ";
        out += value;
    };
    if (!type.empty()) add("pageType", test::json_string(type));
    for (const auto& [name, value] : members) add(name, value);
    return out + "}";
}

/// The whole payload: a SendAppNotification body, or a record whose data column holds the action.
std::string payload_json(const std::string& target, bool record) {
    if (record)
        return test::record_with_data(R"~({"actions": [{"title": "Open", "data": {"type": "sidepane", )~"
                                      R"~("navigationTarget": )~" + target + "}}]}");
    return test::payload_with_action_data(R"~({"@odata.type": "#Microsoft.Dynamics.CRM.expando", )~"
                                          R"~("type": "sidepane", "paneOptions": {"@odata.type": )~"
                                          R"~("#Microsoft.Dynamics.CRM.expando", "title": "Details"}, )~"
                                          R"~("navigationTarget": )~" + target + "}");
}

/// A good value of each page field, by its place in page_field_names.
std::string good_value(std::size_t f) {
    const std::string_view name = detail::page_field_names[f];
    if (name == "entityName") return "\"task\"";
    if (name == "viewType") return "\"savedquery\"";
    if (name == "webresourceName") return "\"new_/page.html\"";
    if (name == "name") return "\"new_page\"";
    if (name == "data") return "\"a=1&b=2\"";
    if (name == "tabName") return "\"general\"";
    if (name == "createFromEntity" || name == "relationship") return "{}";
    if (name == "isCrossEntityNavigate" || name == "isOfflineSyncError") return "false";
    return "\"0a9f62a8-90df-e311-9565-a45d36fc5fe8\"";
}

struct differential {
    detail::validation_storage fast, full;
    appnotify::validation_result result;
    std::size_t payloads = 0, valid = 0;

    void check(const std::string& json) {
        ++payloads;
        const std::string with = outcome(fast, json, true);
        const std::string without = outcome(full, json, false);
        BOOST_TEST(with == without, json);
        // The harness validates as the public API does.
        const std::string public_diagnostics = public_outcome(result, json);
        BOOST_TEST(with.substr(0, public_diagnostics.size()) == public_diagnostics, json);
        if (result.ok()) ++valid;
    }
};

BOOST_AUTO_TEST_CASE(validation_finds_the_same_with_and_without_the_shortcut) {
    differential d;
    const std::vector<std::string> values = json_values();
    for (const bool record : {false, true}) {
        // Every page type, its fields good, then one field at a time through every value.
        for (const std::string_view type : page_type_words) {
            const appnotify::page_type* known = nullptr;
            for (const auto& named : appnotify::page_type_names)
                if (named.name == type) known = &named.value;
            const detail::side_pane_page* row = known ? detail::side_pane_page_of(*known) : nullptr;
            std::vector<std::pair<std::string, std::string>> good;
            for (std::size_t f = 0; f < detail::page_field_count; ++f)
                if (row && (row->reads & detail::field_bit(static_cast<detail::page_field>(f))) != 0)
                    good.emplace_back(std::string(detail::page_field_names[f]), good_value(f));
            d.check(payload_json(target_json(type, good, !record), record));
            for (std::size_t f = 0; f < detail::page_field_count; ++f)
                for (const std::string& value : values) {
                    std::vector<std::pair<std::string, std::string>> members = good;
                    bool replaced = false;
                    for (auto& member : members)
                        if (member.first == detail::page_field_names[f]) {
                            member.second = value;
                            replaced = true;
                        }
                    if (!replaced) members.emplace_back(std::string(detail::page_field_names[f]), value);
                    d.check(payload_json(target_json(type, members, !record), record));
                }
            // Each field left out.
            for (std::size_t leave = 0; leave < good.size(); ++leave) {
                std::vector<std::pair<std::string, std::string>> members = good;
                members.erase(members.begin() + static_cast<std::ptrdiff_t>(leave));
                d.check(payload_json(target_json(type, members, !record), record));
            }
        }
    }
    // Random pages: random members with random values, and good values with a character changed.
    constexpr std::string_view inserted[] = {"%", "%41", "%25", "<", ">", "{", "}", "$", "&", "=", " ", "+", "A",
                                             "Z", "-", "0", "_", "\\u00e9", "\\u0000", "\\\"", "/", "#", "?"};
    std::mt19937 random(20261204);
    for (int i = 0; i < 6000; ++i) {
        const std::string_view type = page_type_words[random() % 6 == 0 ? random() % std::size(page_type_words)
                                                                        : random() % 6];
        std::vector<std::pair<std::string, std::string>> members;
        const std::size_t count = random() % 5;
        for (std::size_t k = 0; k < count; ++k) {
            const std::size_t f = random() % detail::page_field_count;
            std::string value = random() % 2 ? values[random() % values.size()] : good_value(f);
            if (value.size() > 2 && value.front() == '"' && random() % 2) {
                const std::size_t at = 1 + random() % (value.size() - 2);
                const std::string_view piece = inserted[random() % std::size(inserted)];
                if (random() % 2) value.replace(at, 1, piece);
                else value.insert(at, piece);
            }
            members.emplace_back(std::string(detail::page_field_names[f]), value);
        }
        if (random() % 10 == 0) members.emplace_back("tabname", "\"x\"");
        const bool record = random() % 4 == 0;
        d.check(payload_json(target_json(type, members, !record), record));
    }
    BOOST_TEST_MESSAGE(d.payloads << " payloads, " << d.valid << " valid");
    // Many payloads are valid: the shortcut is taken, and the comparison is not vacuous.
    BOOST_TEST(d.payloads > 10000u);
    BOOST_TEST(d.valid > 500u);
}

} // namespace

#endif // APPNOTIFY_HEADER_ONLY

// Through the public API, in both modes: the pages notifications usually open are clean, and the
// one finding the URL adds to the fields' own checks (web resource data holding an escape, which
// the URL encodes again) is still made.
BOOST_AUTO_TEST_CASE(what_the_page_url_adds_is_still_found) {
    const auto page = [](std::string_view target) {
        return appnotify::validate(test::payload_with_action_data(
            R"~({"@odata.type": "#Microsoft.Dynamics.CRM.expando", "type": "sidepane", "navigationTarget": {"@odata.type": "#Microsoft.Dynamics.CRM.expando", )~" +
            std::string(target) + "}}"));
    };
    BOOST_TEST(test::clean(page(
        R"~("pageType": "entityrecord", "entityName": "task", "entityId": "0a9f62a8-90df-e311-9565-a45d36fc5fe8")~")));
    BOOST_TEST(test::clean(page(R"~("pageType": "webresource", "webresourceName": "new_page.htm", "data": "a=b")~")));
    const auto& d = test::only(page(R"~("pageType": "webresource", "webresourceName": "new_page.htm", "data": "a%41b")~"),
                               appnotify::diagnostic_code::link_double_encoded, "/Actions/actions/0/data/navigationTarget");
    BOOST_TEST(test::contains(d.message, "the page opens as /main.aspx?pagetype=webresource&webresourceName=new_page.htm"
                                         "&data=a%2541b: \"data\" is percent-encoded twice"),
               d.message);
}

BOOST_AUTO_TEST_SUITE_END()
