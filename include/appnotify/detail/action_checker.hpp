// SPDX-License-Identifier: MIT
// The rules of the SendAppNotification request body (seed 000 and the Web API reference of the
// action): which parameters exist and what each holds. The content they share with the other
// dialects (markdown, icon, recipient, actions) is checked by content_checker.hpp.
#ifndef APPNOTIFY_DETAIL_ACTION_CHECKER_HPP
#define APPNOTIFY_DETAIL_ACTION_CHECKER_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "../dialect.hpp"
#include "content_checker.hpp"

namespace appnotify::detail {

inline constexpr icon_names action_icon_names = {"IconType", "OverrideContent.iconUrl", "/OverrideContent/iconUrl"};

class action_checker : public content_checker {
public:
    action_checker(diagnostic_sink& sink, walker_scratch& scratch, walk_limits limits, notification_storage& out)
        : content_checker(sink, scratch, limits, out, true) {}

    /// Checks the request body held by the root object of `document`.
    template <typename Document>
    void check(Document& document, std::size_t root_offset) {
        root_seen_ = {};
        icon_ = {};
        if (!walk_root(document, root_offset, object_rules{},
                       [&](std::string_view key, std::size_t key_offset, od::value& v, json_kind kind) {
                           return root_member(key, key_offset, v, kind);
                       }))
            return;
        require(root_seen_.title, "Title", root_offset, "\"Title\" is required: the notification's heading");
        require(root_seen_.recipient, "Recipient", root_offset,
                "\"Recipient\" is required: write \"Recipient\": \"/systemusers(<GUID of the user>)\"");
        check_data_length();
        check_icon(icon_, root_offset, action_icon_names);
    }

private:
    struct root_seen {
        bool title = false, recipient = false;
        /// Where the objects stored in the data column (OverrideContent and Actions) begin, and
        /// where the next member of the root begins (an end no nearer than theirs).
        std::size_t data_parts[2] = {no_position, no_position};
        std::size_t data_ends[2] = {no_position, no_position};
        /// The bytes of each that compact_json_length leaves out (dropped_annotation_bytes).
        std::size_t data_annotations[2] = {0, 0};
    } root_seen_;
    icon_state icon_;

    // --- top level ------------------------------------------------------------------------------

    bool root_member(std::string_view key, std::size_t key_offset, od::value& v, json_kind kind) {
        for (std::size_t i = 0; i < 2; ++i)
            if (root_seen_.data_parts[i] != no_position && root_seen_.data_ends[i] == no_position)
                root_seen_.data_ends[i] = key_offset;
        notification& n = out_.model;
        string_value s;
        if (same_name(key, "Title")) {
            root_seen_.title = true;
            if (read_required_text(v, kind, key, {plain_title_max_length, true, true}, s)) n.title = s.text;
        } else if (same_name(key, "Body")) {
            if (read_text(v, kind, key, {plain_body_max_length, false, true}, s)) n.body = s.text;
        } else if (same_name(key, "Recipient")) {
            root_seen_.recipient = true;
            if (kind == json_kind::object) check_recipient_object(v);
            else check_recipient(v, kind, key);
        } else if (same_name(key, "IconType")) {
            read_icon(v, kind, key, "value", icon_);
        } else if (same_name(key, "ToastType")) {
            read_option(v, kind, key, toast_type_options, n.toast);
        } else if (same_name(key, "Priority")) {
            read_option(v, kind, key, priority_options, n.priority);
        } else if (same_name(key, "Expiry")) {
            std::int32_t value = 0;
            if (read_integer_in(v, kind, key, 1, INT32_MAX, " seconds", value)) n.expiry = value;
        } else if (same_name(key, "OverrideContent") || same_name(key, "Actions")) {
            const std::size_t part = same_name(key, "Actions") ? 1 : 0;
            const std::size_t annotations_before = dropped_annotation_bytes();
            if (kind == json_kind::object) { // a repeated member: the last one is measured, to its own end
                root_seen_.data_parts[part] = offset_of(v);
                root_seen_.data_ends[part] = no_position;
            }
            if (part == 0) check_override(v, kind);
            else check_actions(v, kind);
            if (kind == json_kind::object)
                root_seen_.data_annotations[part] = dropped_annotation_bytes() - annotations_before;
        } else {
            unknown_parameter(key, key_offset);
            return false;
        }
        return true;
    }

    void unknown_parameter(std::string_view key, std::size_t key_offset) {
        const severity e = severity::error;
        const diagnostic_code code = diagnostic_code::unknown_parameter;
        if (equals_ignoring_case(key, "Data")) {
            report(code, e, key_offset, "\"", key, "\" is a column of the appnotification table, not a parameter of "
                   "SendAppNotification: put markdown in OverrideContent and buttons in Actions");
        } else if (equals_ignoring_case(key, "TTLInSeconds") || equals_ignoring_case(key, "TTL") ||
                   equals_ignoring_case(key, "TTLInDays")) {
            report(code, e, key_offset, "unknown parameter ", quoted{key},
                   ": SendAppNotification takes the lifetime in seconds as \"Expiry\"");
        } else if (equals_ignoring_case(key, "Owner") || equals_ignoring_case(key, "OwnerId") ||
                   equals_ignoring_case(key, "ownerid@odata.bind") || equals_ignoring_case(key, "Recipient@odata.bind")) {
            report(code, e, key_offset, "unknown parameter ", quoted{key},
                   ": the user is given as \"Recipient\": \"/systemusers(<GUID of the user>)\"");
        } else {
            const dialect_members parameters = members_of(dialect::action);
            const std::string_view meant = suggest(key, parameters);
            if (!meant.empty())
                report(code, e, key_offset, "unknown parameter ", quoted{key}, ": did you mean \"", meant,
                       "\"? (parameter names are case-sensitive)");
            else
                report(code, e, key_offset, "unknown parameter ", quoted{key}, ": SendAppNotification takes ",
                       words(list_view<std::string_view>(parameters.names, parameters.count)));
        }
    }

    void check_recipient_object(od::value& v) {
        const std::size_t offset = offset_of(v);
        object_summary summary;
        bool has_id = false;
        bool team = false;
        walk_object(v, offset, object_rules{}, &summary,
                    [&](std::string_view key, std::size_t key_offset, od::value& member, json_kind kind) {
                        if (same_name(key, "systemuserid")) {
                            has_id = true;
                            if (read_guid(member, kind, key, "the GUID of the user", out_.model.recipient_id))
                                out_.model.recipient = out_.model.recipient_id;
                            return true;
                        }
                        if (same_name(key, "teamid")) {
                            team = true;
                            report(diagnostic_code::recipient_team, severity::error, key_offset,
                                   "notifications cannot be sent to a team: send one notification to each user");
                            return false;
                        }
                        report(diagnostic_code::ignored_field, severity::warning, key_offset, quoted{key},
                               " is ignored: a recipient object only needs \"systemuserid\"");
                        return false;
                    });
        if (stopped()) return;
        if (summary.has_type) {
            if (same_odata_type(summary.type_name, "Microsoft.Dynamics.CRM.team")) {
                if (!team)
                    report_member("@odata.type", diagnostic_code::recipient_team, severity::error, summary.type_offset,
                                  "notifications cannot be sent to a team: send one notification to each user");
                return;
            }
            if (!same_odata_type(summary.type_name, "Microsoft.Dynamics.CRM.systemuser")) {
                report_member("@odata.type", diagnostic_code::recipient_not_systemuser, severity::error,
                              summary.type_offset, quoted{summary.type_name},
                              " is not a user: the recipient object is \"@odata.type\": "
                              "\"Microsoft.Dynamics.CRM.systemuser\" with a \"systemuserid\"");
                return;
            }
        }
        if (!has_id && !team)
            report_member("systemuserid", diagnostic_code::missing_required, severity::error, offset,
                          "a recipient object needs \"systemuserid\": the GUID of the user");
    }

    // --- the data column -------------------------------------------------------------------------

    /// The server keeps OverrideContent's members and the action buttons as the JSON of the
    /// notification's data column, {"title": ..., "body": ..., "iconUrl": ..., "actions": [...]},
    /// which holds at most record_data_max_length characters. They are measured as the least any
    /// JSON writer makes of them (compact_json_length, annotations left out), unless their raw
    /// text is no longer than the limit.
    void check_data_length() {
        // Raw JSON is never shorter than its compact form: text no longer than the limit from the
        // start of each part to the next member, less the annotations left out, cannot exceed it.
        // (Most payloads that carry annotations are shorter than the limit without them.)
        std::size_t raw = 0;
        for (std::size_t i = 0; i < 2; ++i)
            if (root_seen_.data_parts[i] != no_position)
                raw += (root_seen_.data_ends[i] == no_position ? input_.size() : root_seen_.data_ends[i]) -
                       root_seen_.data_parts[i] - root_seen_.data_annotations[i];
        if (raw <= record_data_max_length) return;
        const compact_json_length measure(true);
        std::size_t length[2] = {}, members[2] = {}, parts = 0;
        for (std::size_t i = 0; i < 2; ++i) {
            std::size_t at = root_seen_.data_parts[i];
            if (at == no_position) continue;
            length[i] = measure.value(input_, at, &members[i]);
            ++parts;
        }
        // The two objects become one: their braces once, a comma between their members.
        std::size_t total = length[0] + length[1];
        if (parts == 2) total -= members[0] != 0 && members[1] != 0 ? 1 : 2;
        if (total <= record_data_max_length) return;
        const std::size_t larger = length[1] > length[0] ? 1 : 0;
        static constexpr std::string_view names[2] = {"OverrideContent", "Actions"};
        if (!sink_.begin(diagnostic_code::data_too_long, severity::error, root_seen_.data_parts[larger])) return;
        write_pointer(sink_.arena());
        append_pointer_segment(sink_.arena(), names[larger]);
        sink_.end_path();
        append_all(sink_.arena(), "the server keeps OverrideContent and Actions together as the JSON of the "
                                  "notification's data column, which holds at most ", record_data_max_length,
                   " characters: written as compactly as JSON allows, ");
        if (parts == 2)
            append_all(sink_.arena(), "they take ", total, " (OverrideContent ", length[0], ", Actions ", length[1], ")");
        else
            append_all(sink_.arena(), names[larger], " takes ", total);
        append_all(sink_.arena(), "; shorten the markdown or send fewer actions");
        sink_.end_message();
    }

    // --- OverrideContent ------------------------------------------------------------------------

    void check_override(od::value& v, json_kind kind) {
        if (kind == json_kind::null) return;
        if (!expect_kind(v, kind, json_kind::object, "OverrideContent")) return;
        const std::size_t offset = offset_of(v);
        out_.model.override_content.emplace();
        object_rules rules;
        rules.expected_type = expando_type;
        walk_object(v, offset, rules, nullptr,
                    [&](std::string_view key, std::size_t key_offset, od::value& member, json_kind member_kind) {
                        if (override_member(key, member, member_kind, icon_)) return true;
                        const list_view<std::string_view> members(data_column_members, override_member_count);
                        ignored_member(key, key_offset, members, "OverrideContent holds ", words(members));
                        return false;
                    });
    }

    // --- Actions ----------------------------------------------------------------------------------

    void check_actions(od::value& v, json_kind kind) {
        if (kind == json_kind::null) return;
        if (!expect_kind(v, kind, json_kind::object, "Actions")) return;
        static constexpr std::string_view annotated[] = {"actions"};
        static constexpr std::string_view annotated_types[] = {expando_collection_type};
        object_rules rules;
        rules.expected_type = expando_type;
        rules.annotated_members = annotated;
        rules.annotated_member_types = annotated_types;
        rules.annotated_member_count = 1;
        const std::size_t offset = offset_of(v);
        bool has_list = false;
        walk_object(v, offset, rules, nullptr,
                    [&](std::string_view key, std::size_t key_offset, od::value& member, json_kind member_kind) {
                        if (!same_name(key, data_column_members[3])) {
                            ignored_member(key, key_offset, list_view<std::string_view>(&data_column_members[3], 1),
                                           "the action buttons go in \"actions\"");
                            return false;
                        }
                        has_list = true;
                        if (member_kind == json_kind::null) return true;
                        if (!expect_kind(member, member_kind, json_kind::array, key)) return true;
                        check_action_list(member);
                        return true;
                    });
        if (!stopped() && !has_list)
            report_member("actions", diagnostic_code::missing_required, severity::error, offset,
                          "\"Actions\" holds its buttons in an \"actions\" array");
    }

};

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_ACTION_CHECKER_HPP
