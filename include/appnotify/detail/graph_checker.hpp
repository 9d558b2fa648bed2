// SPDX-License-Identifier: MIT
// The rules of a Microsoft Graph notification (seed 004, POST /me/notifications and the
// notification, payloadTypes, visualProperties and targetPolicyEndpoints resources).
#ifndef APPNOTIFY_DETAIL_GRAPH_CHECKER_HPP
#define APPNOTIFY_DETAIL_GRAPH_CHECKER_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "../dialect.hpp"
#include "date_time.hpp"
#include "notification_storage.hpp"
#include "text_checks.hpp"
#include "url_parts.hpp"
#include "value_checks.hpp"

namespace appnotify::detail {

inline constexpr std::string_view graph_plain_text_hint = "a Graph notification shows plain text";
/// The values the API documents, matched ignoring case (its own example writes "windows").
inline constexpr std::string_view graph_platform_names[] = {"Windows", "iOS", "Android", "WebPush"};
/// The members of `payload`, of `visualContent` and of `targetPolicy`.
inline constexpr std::string_view graph_payload_members[] = {"visualContent", "rawContent"};
inline constexpr std::string_view graph_visual_members[] = {"title", "body", "audioContent"};
inline constexpr std::string_view graph_policy_members[] = {"platformTypes"};

class graph_checker : public value_checker {
public:
    graph_checker(diagnostic_sink& sink, walker_scratch& scratch, walk_limits limits, notification_storage& out)
        : value_checker(sink, scratch, limits), out_(out) {}

    /// Checks the notification held by the root object of `document`.
    template <typename Document>
    void check(Document& document, std::size_t root_offset) {
        seen_ = {};
        out_.model.graph.emplace();
        if (!walk_root(document, root_offset, object_rules{},
                       [&](std::string_view key, std::size_t key_offset, od::value& v, json_kind kind) {
                           return root_member(key, key_offset, v, kind);
                       }))
            return;
        require(seen_.host, "targetHostName", root_offset,
                "\"targetHostName\" is required: the host name of the app the notification is for");
        require(seen_.id, "appNotificationId", root_offset,
                "\"appNotificationId\" is required: the app server's id of this notification");
        require(seen_.payload, "payload", root_offset,
                "\"payload\" is required: {\"visualContent\": {\"title\": ..., \"body\": ...}} or {\"rawContent\": ...}");
    }

private:
    notification_storage& out_;
    struct seen {
        bool host = false, id = false, payload = false;
    } seen_;

    graph_content& graph() noexcept { return *out_.model.graph; }

    bool root_member(std::string_view key, std::size_t key_offset, od::value& v, json_kind kind) {
        string_value s;
        if (key == "targetHostName") {
            seen_.host = true;
            if (read_required_text(v, kind, key, {0, true, false}, s)) {
                graph().target_host_name = s.text;
                check_host_name_value(s, key);
            }
        } else if (key == "appNotificationId") {
            seen_.id = true;
            if (read_required_text(v, kind, key, {0, true, false}, s)) {
                graph().app_notification_id = s.text;
                check_hidden_characters(s, key, "an id is compared as it is stored, so one that reads the same can "
                                                "be another");
            }
        } else if (key == "expirationDateTime") {
            check_expiration(v, kind);
        } else if (key == "payload") {
            seen_.payload = true;
            check_payload(v, kind);
        } else if (key == "targetPolicy") {
            check_target_policy(v, kind);
        } else if (key == "priority") {
            check_priority(v, kind);
        } else if (key == "groupName") {
            if (read_text(v, kind, key, {0, false, false}, s)) {
                graph().group_name = s.text;
                check_hidden_characters(s, key, "notifications are grouped by the name as it is stored, so one that "
                                                "reads the same can be another group");
            }
        } else if (key == "displayTimeToLive") {
            check_time_to_live(v, kind);
        } else if (key == "fallbackPolicy") {
            if (kind != json_kind::null && expect_kind(v, kind, json_kind::object, key)) skip(v, kind);
        } else {
            unknown_parameter(key, key_offset);
            return false;
        }
        return true;
    }

    /// A targetHostName is the host name of the app the notification goes to: what no host can
    /// hold makes it go nowhere (an error); what DNS host names do not hold is suspicious.
    void check_host_name_value(const string_value& s, std::string_view member) {
        const host_name_check h = check_host_name(s.text);
        const std::size_t at = offset_in(s, h.at);
        switch (h.problem) {
        case host_name_problem::none: return;
        case host_name_problem::is_url:
            report(diagnostic_code::invalid_host_name, severity::error, at, quoted{member}, " holds a URL, ",
                   quoted{s.text}, ", where the host name alone belongs, such as \"graphnotifications.sample.windows.com\"");
            return;
        case host_name_problem::forbidden:
            report(diagnostic_code::invalid_host_name, severity::error, at, quoted{member}, " is not a host name: ",
                   shown_char{s.text, h.at}, " cannot be part of one (letters, digits, '-' and '.'), so the "
                   "notification reaches no app");
            return;
        case host_name_problem::unusual:
            report(diagnostic_code::invalid_host_name, severity::warning, at, quoted{member}, " holds ",
                   shown_char{s.text, h.at}, ", which host names do not (letters, digits, '-' and '.'): it must be "
                   "the name the app registered, character for character");
            return;
        case host_name_problem::empty_label:
            report(diagnostic_code::invalid_host_name, severity::warning, at, quoted{member},
                   " has an empty label (a '.' at its start or two in a row): host names do not");
            return;
        case host_name_problem::long_label:
            report(diagnostic_code::invalid_host_name, severity::warning, at, quoted{member}, " has a label of ",
                   h.length, " characters: those of a host name have at most 63");
            return;
        case host_name_problem::too_long:
            report(diagnostic_code::invalid_host_name, severity::warning, offset_in(s, 0), quoted{member}, " is ",
                   s.text.size(), " characters long: a host name has at most 253");
            return;
        }
    }

    /// Ids and names nobody reads but programs: a control or invisible character in one is
    /// suspicious (the documents set no rule).
    void check_hidden_characters(const string_value& s, std::string_view member, std::string_view why) {
        const text_span hidden = find_hidden_character(s.text);
        if (!hidden.found()) return;
        report(diagnostic_code::hidden_character, severity::warning, offset_in(s, hidden.offset), quoted{member},
               " holds ", shown_char{s.text, hidden.offset}, ", a character that does not show as itself: ", why);
    }

    void unknown_parameter(std::string_view key, std::size_t key_offset) {
        const diagnostic_code code = diagnostic_code::unknown_parameter;
        if (equals_ignoring_case(key, "title") || equals_ignoring_case(key, "body")) {
            report(code, severity::error, key_offset, "unknown member ", quoted{key},
                   ": the text goes in \"payload\": {\"visualContent\": {\"title\": ..., \"body\": ...}}");
        } else if (key == "id" || key == "@odata.context") {
            report(code, severity::error, key_offset, "unknown member ", quoted{key},
                   ": Graph sets it in its response; a request leaves it out");
        } else if (equals_ignoring_case(key, "recipients") || equals_ignoring_case(key, "recipient")) {
            report(code, severity::error, key_offset, "unknown member ", quoted{key},
                   ": Graph notifies the user whose subscription the X-UNS-ID header names");
        } else {
            const dialect_members members = members_of(dialect::graph);
            unknown_member(key, key_offset, members, "a Graph notification has ",
                           words(list_view<std::string_view>(members.names, members.count)));
        }
    }

    void check_expiration(od::value& v, json_kind kind) {
        string_value s;
        if (!read_text(v, kind, "expirationDateTime", {0, true, false}, s)) return;
        const date_time_check d = check_date_time(s.text);
        if (d.problem == date_time_problem::none) {
            graph().expiration_date_time = s.text;
            return;
        }
        const std::size_t at = offset_in(s, d.at);
        if (d.problem == date_time_problem::no_offset)
            report(diagnostic_code::invalid_date_time, severity::error, at, quoted{s.text},
                   " has no offset: add Z (UTC) or one such as +02:00 (ISO 8601, as \"2019-10-30T23:59:00Z\")");
        else if (d.problem == date_time_problem::out_of_range)
            report(diagnostic_code::invalid_date_time, severity::error, at, quoted{s.text}, " is not a date-time: ",
                   d.expected, " is out of range");
        else if (d.at < s.text.size())
            report(diagnostic_code::invalid_date_time, severity::error, at, quoted{s.text},
                   " is not an ISO 8601 date-time such as \"2019-10-30T23:59:00Z\": expected ", d.expected, ", found ",
                   shown_char{s.text, d.at});
        else
            report(diagnostic_code::invalid_date_time, severity::error, at, quoted{s.text},
                   " is not an ISO 8601 date-time such as \"2019-10-30T23:59:00Z\": it ends where ", d.expected,
                   " was expected");
    }

    void check_payload(od::value& v, json_kind kind) {
        if (kind == json_kind::null) {
            report(diagnostic_code::wrong_type, severity::error, offset_of(v), "\"payload\" is required and cannot be null");
            return;
        }
        if (!expect_kind(v, kind, json_kind::object, "payload")) return;
        const std::size_t offset = offset_of(v);
        bool visual = false, raw = false;
        std::size_t raw_offset = 0;
        walk_object(v, offset, object_rules{}, nullptr,
                    [&](std::string_view key, std::size_t key_offset, od::value& member, json_kind member_kind) {
                        string_value s;
                        if (key == graph_payload_members[0]) {
                            if (member_kind == json_kind::null) return true;
                            visual = true;
                            if (expect_kind(member, member_kind, json_kind::object, key)) check_visual(member);
                        } else if (key == graph_payload_members[1]) {
                            if (member_kind == json_kind::null) return true;
                            raw = true;
                            raw_offset = key_offset;
                            if (read_text(member, member_kind, key, {0, true, false, false}, s))
                                graph().raw_content = s.text;
                        } else {
                            unknown_member(key, key_offset, graph_payload_members, "a payload holds ",
                                           words(graph_payload_members, " or "));
                            return false;
                        }
                        return true;
                    });
        if (stopped()) return;
        require(visual || raw, "visualContent", offset,
                "\"payload\" needs \"visualContent\" ({\"title\": ..., \"body\": ...}), shown by Windows, iOS and "
                "Android, or \"rawContent\", handed to the app");
        if (visual && raw)
            report_member("rawContent", diagnostic_code::payload_content_conflict, severity::error, raw_offset,
                          "\"payload\" holds both \"visualContent\" and \"rawContent\", and a notification's payload "
                          "is exactly one of them: keep \"visualContent\" for a notification the device shows, or "
                          "\"rawContent\" for data handed to the app");
    }

    void check_visual(od::value& v) {
        const std::size_t offset = offset_of(v);
        bool title = false;
        graph().has_visual_content = true;
        walk_object(v, offset, object_rules{}, nullptr,
                    [&](std::string_view key, std::size_t key_offset, od::value& member, json_kind member_kind) {
                        string_value s;
                        if (key == graph_visual_members[0]) {
                            title = true;
                            if (read_required_text(member, member_kind, key, {0, true, true, true, graph_plain_text_hint}, s))
                                out_.model.title = s.text;
                        } else if (key == graph_visual_members[1]) {
                            if (read_text(member, member_kind, key, {0, false, true, true, graph_plain_text_hint}, s))
                                out_.model.body = s.text;
                        } else if (key == graph_visual_members[2]) {
                            skip(member, member_kind);
                        } else {
                            unknown_member(key, key_offset, graph_visual_members, "visualContent holds title and body");
                            return false;
                        }
                        return true;
                    });
        if (!stopped()) require(title, "title", offset, "\"visualContent\" needs a \"title\"");
    }

    void check_target_policy(od::value& v, json_kind kind) {
        if (kind == json_kind::null) return;
        if (!expect_kind(v, kind, json_kind::object, "targetPolicy")) return;
        walk_object(v, offset_of(v), object_rules{}, nullptr,
                    [&](std::string_view key, std::size_t key_offset, od::value& member, json_kind member_kind) {
                        if (key != graph_policy_members[0]) {
                            unknown_member(key, key_offset, graph_policy_members, "targetPolicy holds ",
                                           words(graph_policy_members));
                            return false;
                        }
                        if (member_kind == json_kind::null) return true;
                        if (!expect_kind(member, member_kind, json_kind::array, key)) return true;
                        walk_array(member, [&](std::size_t, od::value& element, json_kind element_kind) {
                            std::size_t index = 0;
                            if (read_enum(element, element_kind, "platformTypes", graph_platform_names, index, false))
                                graph().platforms |= std::uint8_t(1u << index);
                        });
                        return true;
                    });
    }

    void check_priority(od::value& v, json_kind kind) {
        if (kind == json_kind::null) return;
        if (!read_named(v, kind, "priority", graph_priority_names, graph().priority, false)) return;
        if (graph().priority == graph_priority::high) out_.model.priority = priority::high;
    }

    /// Seconds, as a number or as a string of digits (the API's own example sends "60"). A string
    /// that reads as a number gets the checks and the words of the number, shown in its quotes.
    void check_time_to_live(od::value& v, json_kind kind) {
        constexpr std::string_view member = "displayTimeToLive";
        constexpr std::string_view expected = " is a whole number of seconds, 0 to 2147483647";
        if (kind == json_kind::null) return;
        std::string_view token;
        std::size_t offset = 0;
        bool in_string = false;
        if (kind == json_kind::string) {
            string_value s;
            if (!read_string_value(v, s)) return;
            bool digits = !s.text.empty();
            for (const char c : s.text) digits = digits && is_digit(c);
            const number_scan scan = scan_number(s.text, 0);
            if (!digits && (s.text.empty() || scan.problem != number_problem::none || scan.length != s.text.size())) {
                report(diagnostic_code::wrong_type, severity::error, s.offset, quoted{member}, expected,
                       " (60 or \"60\"), not ", quoted{s.text, 20});
                return;
            }
            token = s.text;
            offset = s.offset;
            in_string = true;
        } else {
            if (!expect_kind(v, kind, json_kind::number, member)) return;
            if (!scalar_token(v, kind, token)) return;
            offset = offset_of(token.data());
        }
        const std::string_view quote = in_string ? "\"" : "";
        std::int64_t value = 0;
        const integer_read r = read_integer(token, value);
        if (r == integer_read::not_integer) {
            report(diagnostic_code::number_not_integer, severity::error, offset, quoted{member}, expected, ", not ",
                   quote, token.substr(0, 40), quote, ": write it without a fraction or exponent");
            return;
        }
        if (r == integer_read::overflow || value < 0 || value > INT32_MAX) {
            report(diagnostic_code::integer_out_of_range, severity::error, offset, quoted{member}, expected, ", not ",
                   quote, token.substr(0, 40), quote);
            return;
        }
        graph().display_time_to_live = static_cast<std::int32_t>(value);
    }
};

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_GRAPH_CHECKER_HPP
