// SPDX-License-Identifier: MIT
// The rules of a Power Apps push notification (seed 003): the Power Apps Notification
// connector's SendPushNotification (recipients, message, openApp, params) and the fields its
// "Send push notification V2" action adds in flows (app, entity, form or view, record id).
#ifndef APPNOTIFY_DETAIL_PUSH_CHECKER_HPP
#define APPNOTIFY_DETAIL_PUSH_CHECKER_HPP

#include <cstddef>
#include <optional>
#include <string_view>

#include "../dialect.hpp"
#include "notification_storage.hpp"
#include "value_checks.hpp"

namespace appnotify::detail {

inline constexpr std::string_view push_plain_text_hint = "a push notification shows plain text";

/// A recipient that reads as an email address: one '@' between a local part and a dotted domain,
/// no spaces.
constexpr bool looks_like_email(std::string_view text) noexcept {
    const std::size_t at = text.find('@');
    if (at == 0 || at == std::string_view::npos || text.find('@', at + 1) != std::string_view::npos) return false;
    const std::string_view domain = text.substr(at + 1);
    const std::size_t dot = domain.find('.');
    if (dot == 0 || dot == std::string_view::npos || domain.back() == '.') return false;
    for (const char c : text)
        if (c == ' ' || c == '\t' || c == '<' || c == '>' || c == '(' || c == ')' || c == ',' || c == ';') return false;
    return true;
}

class push_checker : public value_checker {
public:
    push_checker(diagnostic_sink& sink, walker_scratch& scratch, walk_limits limits, notification_storage& out)
        : value_checker(sink, scratch, limits), out_(out) {}

    /// Checks the push notification held by the root object of `document`.
    template <typename Document>
    void check(Document& document, std::size_t root_offset) {
        seen_ = {};
        out_.model.push.emplace();
        if (!walk_root(document, root_offset, object_rules{},
                       [&](std::string_view key, std::size_t key_offset, od::value& v, json_kind kind) {
                           return root_member(key, key_offset, v, kind);
                       }))
            return;
        require(seen_.recipients, "recipients", root_offset,
                "\"recipients\" is required: the email addresses or Microsoft Entra object ids of the users or security "
                "groups to notify");
        require(seen_.message, "message", root_offset, "\"message\" is required: the text of the push notification");
        check_flow_fields(root_offset);
    }

private:
    notification_storage& out_;
    struct seen {
        bool recipients = false, message = false, params = false, entity = false, target = false, record_id = false;
        std::size_t params_offset = 0, entity_offset = 0, record_id_offset = 0;
    } seen_;

    push_content& push() noexcept { return *out_.model.push; }

    bool root_member(std::string_view key, std::size_t key_offset, od::value& v, json_kind kind) {
        string_value s;
        if (key == "recipients") {
            seen_.recipients = true;
            check_recipients(v, kind);
        } else if (key == "message") {
            seen_.message = true;
            if (read_required_text(v, kind, key, {0, true, true, true, push_plain_text_hint}, s)) out_.model.title = s.text;
        } else if (key == "openApp") {
            read_bool(v, kind, key, push().open_app);
        } else if (key == "params") {
            seen_.params = kind != json_kind::null;
            seen_.params_offset = key_offset;
            check_params(v, kind);
        } else if (key == "app") {
            check_app(v, kind);
        } else if (key == "entity") {
            seen_.entity = kind != json_kind::null;
            seen_.entity_offset = key_offset;
            if (seen_.entity) read_logical_name(v, kind, key, push().entity);
        } else if (key == "formOrView") {
            seen_.target = kind != json_kind::null;
            if (seen_.target) read_named(v, kind, key, push_target_names, push().target);
        } else if (key == "recordId") {
            seen_.record_id = kind != json_kind::null;
            seen_.record_id_offset = key_offset;
            if (seen_.record_id) read_guid(v, kind, key, "the GUID of the record to open", push().record_id);
        } else {
            unknown_parameter(key, key_offset);
            return false;
        }
        return true;
    }

    void unknown_parameter(std::string_view key, std::size_t key_offset) {
        if (equals_ignoring_case(key, "title") || equals_ignoring_case(key, "body") || equals_ignoring_case(key, "text")) {
            report(diagnostic_code::unknown_parameter, severity::error, key_offset, "unknown member ", quoted{key},
                   ": a push notification has one text, \"message\"");
            return;
        }
        // The connector's own members, then those the flow's V2 action adds.
        const dialect_members members = members_of(dialect::push);
        constexpr std::size_t connector = 4;
        unknown_member(key, key_offset, members, "SendPushNotification takes ",
                       words(list_view<std::string_view>(members.names, connector)), " (and, in a flow's V2 action, ",
                       words(list_view<std::string_view>(members.names + connector, members.count - connector)), ")");
    }

    void check_recipients(od::value& v, json_kind kind) {
        if (kind == json_kind::null) {
            report(diagnostic_code::wrong_type, severity::error, offset_of(v),
                   "\"recipients\" is required and cannot be null: write [\"user@contoso.com\"]");
            return;
        }
        if (kind == json_kind::string) {
            string_value s;
            if (!read_string_value(v, s)) return;
            report(diagnostic_code::wrong_type, severity::error, s.offset,
                   "\"recipients\" is an array of strings, even for one recipient: write [", quoted{s.text}, "]");
            return;
        }
        if (!expect_kind(v, kind, json_kind::array, "recipients")) return;
        const std::size_t offset = offset_of(v);
        std::size_t count = 0;
        walk_array(v, [&](std::size_t, od::value& element, json_kind element_kind) {
            ++count;
            if (!expect_kind(element, element_kind, json_kind::string, "recipients")) return;
            string_value s;
            if (!read_string_value(element, s)) return;
            if (check_recipient_text(s)) out_.push_recipients.push_back(s.text);
        });
        if (count == 0 && !stopped())
            report(diagnostic_code::empty_value, severity::error, offset,
                   "\"recipients\" is empty: the notification would go to nobody");
    }

    /// One recipient: an email address or a Microsoft Entra object id (a GUID).
    bool check_recipient_text(const string_value& s) {
        if (trim_spaces(s.text).empty()) {
            report(diagnostic_code::empty_value, severity::error, s.offset, "a recipient is ",
                   s.text.empty() ? "empty" : "only spaces", ": give an email address or a Microsoft Entra object id");
            return false;
        }
        const text_span placeholder = find_placeholder(s.text);
        if (placeholder.found()) {
            report_span(diagnostic_code::template_placeholder, severity::error, offset_in(s, placeholder.offset),
                        offset_in(s, placeholder.offset + placeholder.length),
                        quoted{s.text.substr(placeholder.offset, placeholder.length)},
                        " is a template placeholder: replace it with an email address or a Microsoft Entra object id");
            return false;
        }
        if (s.text.find('@') != std::string_view::npos) {
            if (looks_like_email(s.text)) return true;
            report(diagnostic_code::recipient_malformed, severity::error, s.offset, quoted{s.text},
                   " is not an email address (a recipient is an email address or a Microsoft Entra object id)");
            return false;
        }
        if (s.text.find('(') != std::string_view::npos || s.text.front() == '/') {
            report(diagnostic_code::recipient_malformed, severity::error, s.offset, quoted{s.text},
                   " is a Dataverse reference: push recipients are email addresses or Microsoft Entra object ids "
                   "(a user's azureactivedirectoryobjectid, not the systemuserid)");
            return false;
        }
        // GUID-shaped text gets the exact character; anything else is not an id at all.
        bool id_like = s.text.size() == 36 || s.text.size() == 38;
        if (!id_like) {
            id_like = true;
            for (const char c : s.text) id_like = id_like && (is_hex_digit(c) || c == '-');
        }
        if (!id_like) {
            report(diagnostic_code::recipient_malformed, severity::error, s.offset, quoted{s.text},
                   " is neither an email address nor a Microsoft Entra object id");
            return false;
        }
        return check_guid_at(s, 0, s.text, "recipients", "the Microsoft Entra object id of a user or group", true);
    }

    void check_params(od::value& v, json_kind kind) {
        if (kind == json_kind::null) return;
        if (kind == json_kind::object) {
            walk_object(v, offset_of(v), object_rules{}, nullptr,
                        [&](std::string_view key, std::size_t, od::value& member, json_kind member_kind) {
                            string_value s;
                            if (param_value(member, member_kind, key, s)) out_.push_params.push_back({key, s.text});
                            return true;
                        });
            return;
        }
        if (kind == json_kind::array) {
            push().params_as_table = true;
            walk_array(v, [&](std::size_t, od::value& row, json_kind row_kind) { check_param_row(row, row_kind); });
            return;
        }
        report(diagnostic_code::wrong_type, severity::error, offset_of(v),
               "\"params\" is an object of string values, {\"key\": \"value\"}, or the rows of a table, "
               "[{\"key\": \"key\", \"value\": \"value\"}], found ", describe(kind));
        skip(v, kind);
    }

    /// A parameter's value: a string, which the app reads with Param().
    bool param_value(od::value& v, json_kind kind, std::string_view key, string_value& s) {
        if (kind == json_kind::string) return read_string_value(v, s);
        const std::size_t offset = offset_of(v);
        std::string_view token;
        if (kind == json_kind::number || kind == json_kind::boolean) {
            if (!scalar_token(v, kind, token)) return false;
            report(diagnostic_code::wrong_type, severity::error, offset, "the value of parameter ", quoted{key},
                   " must be a string (the app reads it with Param()), found ", describe(kind), ": write \"",
                   token.substr(0, 40), "\"");
            return false;
        }
        report(diagnostic_code::wrong_type, severity::error, offset, "the value of parameter ", quoted{key},
               " must be a string (the app reads it with Param()), found ", describe(kind));
        skip(v, kind);
        return false;
    }

    /// A row of Table({key: ..., value: ...}).
    void check_param_row(od::value& v, json_kind kind) {
        if (!expect_kind(v, kind, json_kind::object, "params")) return;
        const std::size_t offset = offset_of(v);
        bool key_seen = false, value_seen = false, key_ok = false, value_ok = false;
        string_value key, value;
        walk_object(v, offset, object_rules{}, nullptr,
                    [&](std::string_view name, std::size_t name_offset, od::value& member, json_kind member_kind) {
                        if (name == "key") {
                            key_seen = true;
                            key_ok = read_text(member, member_kind, name, {0, true, false, false}, key, false);
                        } else if (name == "value") {
                            value_seen = true;
                            value_ok = param_value(member, member_kind, "value", value);
                        } else {
                            report(diagnostic_code::ignored_field, severity::warning, name_offset, quoted{name},
                                   " is ignored: a row of params holds \"key\" and \"value\"");
                            return false;
                        }
                        return true;
                    });
        if (stopped()) return;
        require(key_seen, "key", offset, "a row of params needs \"key\": the name the app reads with Param()");
        require(value_seen, "value", offset, "a row of params needs \"value\"");
        if (key_ok && value_ok) out_.push_params.push_back({key.text, value.text});
    }

    /// The flow's "Your app": an app id or name, or the object the flow designer writes.
    void check_app(od::value& v, json_kind kind) {
        string_value s;
        if (kind == json_kind::object) {
            const std::size_t offset = offset_of(v);
            bool has_identifier = false;
            walk_object(v, offset, object_rules{}, nullptr,
                        [&](std::string_view key, std::size_t key_offset, od::value& member, json_kind member_kind) {
                            string_value text;
                            if (key == "appIdentifier") {
                                has_identifier = true;
                                if (read_text(member, member_kind, key, {0, true, false}, text, false))
                                    push().app = text.text;
                            } else if (key == "displayName" || key == "type") {
                                read_text(member, member_kind, key, {0, false, false}, text);
                            } else {
                                report(diagnostic_code::ignored_field, severity::warning, key_offset, quoted{key},
                                       " is ignored: the app is {\"appIdentifier\", \"displayName\", \"type\"}");
                                return false;
                            }
                            return true;
                        });
            if (!stopped()) require(has_identifier, "appIdentifier", offset, "the app needs \"appIdentifier\": its id or unique name");
            return;
        }
        if (read_text(v, kind, "app", {0, true, false}, s)) push().app = s.text;
    }

    /// What a flow's entity, form or view and record id need of each other and of openApp.
    void check_flow_fields(std::size_t root_offset) {
        const push_content& p = push();
        if (seen_.target || seen_.record_id)
            require(seen_.entity, "entity", root_offset,
                    "opening a form or a view needs \"entity\": the logical name of its table");
        if (seen_.record_id && p.target == push_target::view)
            report_member("recordId", diagnostic_code::field_not_applicable, severity::warning, seen_.record_id_offset,
                          "\"recordId\" is ignored when the notification opens a view: set \"formOrView\": \"form\"");
        // The V2 action's Record ID is the record of a form ("If the notification is for a form").
        if (seen_.record_id)
            require(seen_.target, "formOrView", root_offset,
                    "\"recordId\" is the record a form opens: set \"formOrView\": \"form\"", severity::warning);
        if (p.open_app && !*p.open_app) {
            if (seen_.params)
                report_member("params", diagnostic_code::field_not_applicable, severity::warning, seen_.params_offset,
                              "\"params\" only reach the app when the notification opens it: set \"openApp\": true");
            if (seen_.entity)
                report_member("entity", diagnostic_code::field_not_applicable, severity::warning, seen_.entity_offset,
                              "\"entity\" is only opened when the notification opens the app: set \"openApp\": true");
        }
    }
};

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_PUSH_CHECKER_HPP
