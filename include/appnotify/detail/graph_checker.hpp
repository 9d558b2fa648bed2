// SPDX-License-Identifier: MIT
// The rules of a Microsoft Graph notification (seed 004, POST /me/notifications and the
// notification, payloadTypes, visualProperties and targetPolicyEndpoints resources).
#ifndef APPNOTIFY_DETAIL_GRAPH_CHECKER_HPP
#define APPNOTIFY_DETAIL_GRAPH_CHECKER_HPP

#include <cstddef>
#include <cstdint>
#include <iterator>
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

/// How the members of one object of a Graph notification are named: a member written in another
/// case than a name the object knows ("TargetHostName") is read as the member it names, once per
/// name, so that what it holds is checked. When every member of the object is such a variant,
/// the case is said once for the whole notification (case-mismatch); otherwise each variant is an
/// unknown member, as any misspelling is.
class member_names {
public:
    template <std::size_t N>
    explicit member_names(const std::string_view (&names)[N]) noexcept : names_(names), count_(N) {}
    member_names(const std::string_view* names, std::size_t count) noexcept : names_(names), count_(count) {}

    /// The name `key` stands for: itself, the name it matches but for case (unless that name was
    /// met already), or empty for a member the object does not have.
    std::string_view resolve(std::string_view key, std::size_t key_offset) noexcept {
        for (std::size_t i = 0; i < count_; ++i)
            if (names_[i] == key) {
                other_ = true;
                used_ |= 1u << i;
                return key;
            }
        for (std::size_t i = 0; i < count_; ++i)
            if ((used_ & (1u << i)) == 0 && equals_ignoring_case(names_[i], key)) {
                used_ |= 1u << i;
                variants_[variant_count_++] = {key, names_[i], key_offset};
                return names_[i];
            }
        other_ = true;
        return {};
    }

    struct variant {
        std::string_view key, name;
        std::size_t offset;
    };
    /// Every member was a variant.
    bool all_variants() const noexcept { return variant_count_ != 0 && !other_; }
    list_view<variant> variants() const noexcept { return {variants_, variant_count_}; }

private:
    static constexpr std::size_t max_names = 16;
    const std::string_view* names_;
    std::size_t count_;
    std::uint32_t used_ = 0;
    bool other_ = false; // a member named exactly, or unknown
    variant variants_[max_names] = {};
    std::size_t variant_count_ = 0;
};

class graph_checker : public value_checker {
public:
    graph_checker(diagnostic_sink& sink, walker_scratch& scratch, walk_limits limits, notification_storage& out)
        : value_checker(sink, scratch, limits), out_(out) {}

    /// Checks the notification held by the root object of `document`.
    template <typename Document>
    void check(Document& document, std::size_t root_offset) {
        seen_ = {};
        cases_ = {};
        out_.model.graph.emplace();
        const dialect_members known = members_of(dialect::graph);
        member_names names(known.names, known.count);
        const bool walked = walk_root(document, root_offset, object_rules{},
                                      [&](std::string_view key, std::size_t key_offset, od::value& v, json_kind kind) {
                                          return root_member(names.resolve(key, key_offset), key, key_offset, v, kind);
                                      });
        finish_names(names, !walked);
        report_case();
        if (!walked) return;
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
    /// The members of objects written wholly in another case, said once at the end.
    struct case_tally {
        std::size_t count = 0;
        member_names::variant shown[3] = {};
    } cases_;

    graph_content& graph() noexcept { return *out_.model.graph; }

    /// A member of the root, `name` being what it stands for (member_names::resolve).
    bool root_member(std::string_view name, std::string_view key, std::size_t key_offset, od::value& v, json_kind kind) {
        string_value s;
        if (name == "targetHostName") {
            seen_.host = true;
            if (read_required_text(v, kind, key, {0, true, false}, s)) {
                graph().target_host_name = s.text;
                check_host_name_value(s, key);
            }
        } else if (name == "appNotificationId") {
            seen_.id = true;
            if (read_required_text(v, kind, key, {0, true, false}, s)) {
                graph().app_notification_id = s.text;
                check_hidden_characters(s, key, "an id is compared as it is stored, so one that reads the same can "
                                                "be another");
            }
        } else if (name == "expirationDateTime") {
            check_expiration(v, kind, key);
        } else if (name == "payload") {
            seen_.payload = true;
            check_payload(v, kind, key);
        } else if (name == "targetPolicy") {
            check_target_policy(v, kind, key);
        } else if (name == "priority") {
            check_priority(v, kind, key);
        } else if (name == "groupName") {
            if (read_text(v, kind, key, {0, false, false}, s)) {
                graph().group_name = s.text;
                check_hidden_characters(s, key, "notifications are grouped by the name as it is stored, so one that "
                                                "reads the same can be another group");
            }
        } else if (name == "displayTimeToLive") {
            check_time_to_live(v, kind, key);
        } else if (name == "fallbackPolicy") {
            if (kind != json_kind::null && expect_kind(v, kind, json_kind::object, key)) skip(v, kind);
        } else {
            unknown_parameter(key, key_offset);
            return false;
        }
        return true;
    }

    /// The end of an object's members: its case variants are reported one by one when other
    /// members were named exactly (or not at all), and tallied for report_case otherwise. A walk
    /// cut short by a syntax error reports them one by one.
    void finish_names(const member_names& names, bool cut_short) {
        if (names.variants().empty()) return;
        if (names.all_variants() && !cut_short) {
            // The first ones in the text are shown (nested objects end before the ones they are in).
            for (const member_names::variant& v : names.variants()) {
                std::size_t place = cases_.count < std::size(cases_.shown) ? cases_.count : std::size(cases_.shown);
                while (place > 0 && cases_.shown[place - 1].offset > v.offset) {
                    if (place < std::size(cases_.shown)) cases_.shown[place] = cases_.shown[place - 1];
                    --place;
                }
                if (place < std::size(cases_.shown)) cases_.shown[place] = v;
                ++cases_.count;
            }
            return;
        }
        for (const member_names::variant& v : names.variants())
            report_member(v.key, diagnostic_code::unknown_parameter, severity::error, v.offset, "unknown member ",
                          quoted{v.key}, ": did you mean \"", v.name, "\"? (names are case-sensitive)");
    }

    /// Says once that objects were written in another case, at the first such member.
    void report_case() {
        if (cases_.count == 0) return;
        const member_names::variant& first = cases_.shown[0];
        if (!sink_.begin(diagnostic_code::case_mismatch, severity::error, first.offset)) return;
        sink_.end_path();
        std::string& out = sink_.arena();
        append_all(out, "Graph's member names are camelCase and case-sensitive, but this notification writes them in "
                        "another case: ");
        const std::size_t shown = cases_.count < std::size(cases_.shown) ? cases_.count : std::size(cases_.shown);
        for (std::size_t i = 0; i < shown; ++i)
            append_all(out, i == 0 ? "" : i + 1 == cases_.count ? " and " : ", ", quoted{cases_.shown[i].key},
                       " for \"", cases_.shown[i].name, "\"");
        if (cases_.count > shown) append_all(out, " and ", cases_.count - shown, " more");
        append_all(out, "; Graph refuses them as written (they are checked here as the members they name)");
        sink_.end_message();
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

    void check_expiration(od::value& v, json_kind kind, std::string_view member) {
        string_value s;
        if (!read_text(v, kind, member, {0, true, false}, s)) return;
        const date_time_check d = check_date_time(s.text);
        if (d.problem == date_time_problem::none) {
            graph().expiration_date_time = s.text;
            check_expiration_year(s, member);
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

    /// The library reads no clock, but an expiry before 2019, when Graph notifications appeared,
    /// is past for any notification sent: it expires at once.
    void check_expiration_year(const string_value& s, std::string_view member) {
        constexpr unsigned first_year = 2019;
        unsigned year = 0;
        for (std::size_t i = 0; i < 4; ++i) year = year * 10 + static_cast<unsigned>(s.text[i] - '0');
        if (year >= first_year) return;
        report(diagnostic_code::past_date_time, severity::warning, s.offset, quoted{member}, " is ", quoted{s.text},
               ", before Graph notifications existed (2019): the notification expires as soon as it is sent",
               year == 1 ? " (0001-01-01 is what a .NET DateTime left unset writes)" : "");
    }

    void check_payload(od::value& v, json_kind kind, std::string_view member) {
        if (kind == json_kind::null) {
            report(diagnostic_code::wrong_type, severity::error, offset_of(v), quoted{member},
                   " is required and cannot be null");
            return;
        }
        if (!expect_kind(v, kind, json_kind::object, member)) return;
        const std::size_t offset = offset_of(v);
        bool visual = false, raw = false;
        std::size_t raw_offset = 0;
        std::string_view raw_key;
        member_names names(graph_payload_members);
        walk_object(v, offset, object_rules{}, nullptr,
                    [&](std::string_view key, std::size_t key_offset, od::value& value, json_kind value_kind) {
                        const std::string_view name = names.resolve(key, key_offset);
                        string_value s;
                        if (name == graph_payload_members[0]) {
                            if (value_kind == json_kind::null) return true;
                            visual = true;
                            if (expect_kind(value, value_kind, json_kind::object, key)) check_visual(value, key);
                        } else if (name == graph_payload_members[1]) {
                            if (value_kind == json_kind::null) return true;
                            raw = true;
                            raw_offset = key_offset;
                            raw_key = key;
                            if (read_text(value, value_kind, key, {0, true, false, false}, s))
                                graph().raw_content = s.text;
                        } else {
                            unknown_member(key, key_offset, graph_payload_members, "a payload holds ",
                                           words(graph_payload_members, " or "));
                            return false;
                        }
                        return true;
                    });
        finish_names(names, stopped());
        if (stopped()) return;
        require(visual || raw, "visualContent", offset,
                "\"payload\" needs \"visualContent\" ({\"title\": ..., \"body\": ...}), shown by Windows, iOS and "
                "Android, or \"rawContent\", handed to the app");
        if (visual && raw)
            report_member(raw_key, diagnostic_code::payload_content_conflict, severity::error, raw_offset,
                          "\"payload\" holds both \"visualContent\" and \"rawContent\", and a notification's payload "
                          "is exactly one of them: keep \"visualContent\" for a notification the device shows, or "
                          "\"rawContent\" for data handed to the app");
    }

    void check_visual(od::value& v, std::string_view member) {
        const std::size_t offset = offset_of(v);
        bool title = false;
        graph().has_visual_content = true;
        member_names names(graph_visual_members);
        walk_object(v, offset, object_rules{}, nullptr,
                    [&](std::string_view key, std::size_t key_offset, od::value& value, json_kind value_kind) {
                        const std::string_view name = names.resolve(key, key_offset);
                        string_value s;
                        if (name == graph_visual_members[0]) {
                            title = true;
                            if (read_required_text(value, value_kind, key, {0, true, true, true, graph_plain_text_hint}, s))
                                out_.model.title = s.text;
                        } else if (name == graph_visual_members[1]) {
                            if (read_text(value, value_kind, key, {0, false, true, true, graph_plain_text_hint}, s))
                                out_.model.body = s.text;
                        } else if (name == graph_visual_members[2]) {
                            skip(value, value_kind);
                        } else {
                            unknown_member(key, key_offset, graph_visual_members, "visualContent holds title and body");
                            return false;
                        }
                        return true;
                    });
        finish_names(names, stopped());
        if (!stopped() && !title)
            report_member("title", diagnostic_code::missing_required, severity::error, offset, quoted{member},
                          " needs a \"title\"");
    }

    void check_target_policy(od::value& v, json_kind kind, std::string_view member) {
        if (kind == json_kind::null) return;
        if (!expect_kind(v, kind, json_kind::object, member)) return;
        member_names names(graph_policy_members);
        walk_object(v, offset_of(v), object_rules{}, nullptr,
                    [&](std::string_view key, std::size_t key_offset, od::value& value, json_kind value_kind) {
                        if (names.resolve(key, key_offset).empty()) {
                            unknown_member(key, key_offset, graph_policy_members, "targetPolicy holds ",
                                           words(graph_policy_members));
                            return false;
                        }
                        if (value_kind == json_kind::null) return true;
                        if (!expect_kind(value, value_kind, json_kind::array, key)) return true;
                        walk_array(value, [&](std::size_t, od::value& element, json_kind element_kind) {
                            std::size_t index = 0;
                            if (read_enum(element, element_kind, key, graph_platform_names, index, false))
                                graph().platforms |= std::uint8_t(1u << index);
                        });
                        return true;
                    });
        finish_names(names, stopped());
    }

    void check_priority(od::value& v, json_kind kind, std::string_view member) {
        if (kind == json_kind::null) return;
        if (!read_named(v, kind, member, graph_priority_names, graph().priority, false)) return;
        if (graph().priority == graph_priority::high) out_.model.priority = priority::high;
    }

    /// Seconds, as a number or as a string of digits (the API's own example sends "60"). A string
    /// that reads as a number gets the checks and the words of the number, shown in its quotes.
    void check_time_to_live(od::value& v, json_kind kind, std::string_view member) {
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
