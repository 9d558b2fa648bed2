// SPDX-License-Identifier: MIT
// What every in-app payload dialect shares: the notification's content as the notification
// center reads it. The markdown title and body with their links, the custom icon, the recipient
// reference and the action buttons (url, side pane, Teams chat) are checked here once, for the
// SendAppNotification parameters (action_checker.hpp, with OData type annotations) and for the
// JSON of an appnotification record's `data` column (record_checker.hpp, plain JSON).
#ifndef APPNOTIFY_DETAIL_CONTENT_CHECKER_HPP
#define APPNOTIFY_DETAIL_CONTENT_CHECKER_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "../app_context.hpp"
#include "../links.hpp"
#include "../markdown.hpp"
#include "../notification.hpp"
#include "link_checker.hpp"
#include "notification_storage.hpp"
#include "value_checks.hpp"

namespace appnotify::detail {

/// What an action's data says, gathered while its members are read (their order is free, so the
/// type may come last); only the part of the action's type is kept.
struct action_parts {
    url_action url;
    side_pane_action side_pane;
    teams_chat_action teams_chat;
};

inline constexpr option_entry icon_type_options[] = {
    {100000000, "Info"}, {100000001, "Success"}, {100000002, "Failure"},
    {100000003, "Warning"}, {100000004, "Mention"}, {100000005, "Custom"},
};
inline constexpr option_entry toast_type_options[] = {{200000000, "Timed"}, {200000001, "Hidden"}};
inline constexpr option_entry priority_options[] = {{200000000, "Normal"}, {200000001, "High"}};

inline constexpr std::string_view expando_type = "Microsoft.Dynamics.CRM.expando";
inline constexpr std::string_view expando_collection_type = "Collection(Microsoft.Dynamics.CRM.expando)";
inline constexpr std::string_view action_types[] = {"url", "sidepane", "teamsChat"};
inline constexpr std::string_view navigation_targets[] = {"inline", "dialog", "newWindow"};
inline constexpr std::string_view page_types[] = {"entityrecord", "entitylist", "dashboard",
                                                  "webresource",  "custom",     "generative"};
inline constexpr std::string_view view_types[] = {"savedquery", "userquery"};

/// Where the icon was set and whether a custom icon has its image, gathered across the members
/// that hold them (IconType and OverrideContent.iconUrl; icontype and the iconUrl of data).
struct icon_state {
    std::size_t icon_offset = 0;
    bool icon_custom = false;
    bool has_icon_url = false;
    std::size_t icon_url_offset = 0;
};

/// How a dialect names the members the icon checks talk about.
struct icon_names {
    std::string_view icon_type;     // "IconType"
    std::string_view icon_url;      // "OverrideContent.iconUrl"
    std::string_view icon_url_path; // "/OverrideContent/iconUrl"
};

class content_checker : public value_checker {
public:
    /// `annotated`: objects carry OData type annotations (SendAppNotification's open types);
    /// false for the plain JSON of a record's `data`.
    content_checker(diagnostic_sink& sink, walker_scratch& scratch, walk_limits limits, notification_storage& out,
                    bool annotated)
        : value_checker(sink, scratch, limits), out_(out), annotated_(annotated) {}

protected:
    notification_storage& out_;
    action_parts parts_; // the data object being read
    bool annotated_;

    /// The rules of an object that is an expando in SendAppNotification; none in plain JSON.
    object_rules expando_rules(bool annotation_expected) const noexcept {
        object_rules rules;
        if (!annotated_) return rules;
        rules.expected_type = expando_type;
        rules.type_annotation_expected = annotation_expected;
        return rules;
    }

    /// The icon option set, held by `member` (IconType, icontype), a choice `what` (value, column).
    void read_icon(od::value& v, json_kind kind, std::string_view member, std::string_view what, icon_state& icon) {
        std::int32_t value = 0;
        icon.icon_offset = offset_of(v);
        if (read_option(v, kind, member, icon_type_options, value, what)) out_.model.icon = static_cast<icon_type>(value);
        icon.icon_custom = out_.model.icon == icon_type::custom;
    }

    /// Reports a Custom icon without an image, and an image that a non-Custom icon ignores.
    void check_icon(const icon_state& icon, std::size_t root_offset, const icon_names& names) {
        if (icon.icon_custom && !icon.has_icon_url) {
            const std::size_t at = icon.icon_offset ? icon.icon_offset : root_offset;
            if (sink_.begin(diagnostic_code::custom_icon_without_url, severity::error, at)) {
                sink_.arena().append(names.icon_url_path);
                sink_.end_path();
                append_all(sink_.arena(), names.icon_type, " 100000005 (Custom) needs an image: set ", names.icon_url,
                           ", for example \"/WebResources/<name of an image web resource>\"");
                sink_.end_message();
            }
        }
        if (icon.has_icon_url && !icon.icon_custom && out_.model.icon != icon_type::custom) {
            if (sink_.begin(diagnostic_code::icon_url_ignored, severity::warning, icon.icon_url_offset)) {
                sink_.arena().append(names.icon_url_path);
                sink_.end_path();
                append_all(sink_.arena(), "iconUrl is only used when ", names.icon_type,
                           " is 100000005 (Custom); this notification shows the ", to_string(out_.model.icon), " icon");
                sink_.end_message();
            }
        }
    }

    // --- links ----------------------------------------------------------------------------------

    /// Reports the findings of a link check on a JSON string: the path is the string's (with
    /// `member` appended when the walker is on the enclosing object), the offset the character's
    /// in the raw JSON, through the escapes.
    class json_link_reporter final : public link_reporter {
    public:
        json_link_reporter(content_checker& checker, const string_value& s, std::string_view member) noexcept
            : checker_(checker), s_(s), member_(member) {}

    protected:
        std::string* begin(diagnostic_code code, severity level, std::size_t at) override {
            if (!checker_.sink_.begin(code, level, offset_in(s_, at))) return nullptr;
            checker_.write_pointer(checker_.sink_.arena());
            if (!member_.empty()) append_pointer_segment(checker_.sink_.arena(), member_);
            checker_.sink_.end_path();
            return &checker_.sink_.arena();
        }
        void end() override { checker_.sink_.end_message(); }

    private:
        content_checker& checker_;
        const string_value& s_;
        std::string_view member_;
    };

    /// Reports the findings of the check of a side pane's page URL at the page object.
    class page_link_reporter final : public link_reporter {
    public:
        page_link_reporter(content_checker& checker, std::size_t offset) noexcept : checker_(checker), offset_(offset) {}

    protected:
        std::string* begin(diagnostic_code code, severity level, std::size_t) override {
            if (!checker_.sink_.begin(code, level, offset_)) return nullptr;
            checker_.write_pointer(checker_.sink_.arena());
            checker_.sink_.end_path();
            checker_.sink_.arena().append("the page opens as ");
            checker_.sink_.arena().append(checker_.out_.page_url);
            checker_.sink_.arena().append(": ");
            return &checker_.sink_.arena();
        }
        void end() override { checker_.sink_.end_message(); }

    private:
        content_checker& checker_;
        std::size_t offset_;
    };

    /// Reports the findings of a link check on a markdown destination inside a JSON string: a
    /// position in the destination maps to the same position in the markdown when the
    /// destination is written as it reads, to the start of the destination otherwise (after
    /// backslash escapes or character references).
    class markdown_link_reporter final : public link_reporter {
    public:
        markdown_link_reporter(content_checker& checker, const string_value& s, std::size_t start, bool exact) noexcept
            : checker_(checker), s_(s), start_(start), exact_(exact) {}

    protected:
        std::string* begin(diagnostic_code code, severity level, std::size_t at) override {
            if (!checker_.sink_.begin(code, level, offset_in(s_, start_ + (exact_ ? at : 0)))) return nullptr;
            checker_.write_pointer(checker_.sink_.arena());
            checker_.sink_.end_path();
            return &checker_.sink_.arena();
        }
        void end() override { checker_.sink_.end_message(); }

    private:
        content_checker& checker_;
        const string_value& s_;
        std::size_t start_;
        bool exact_;
    };

    /// Checks every link of OverrideContent's markdown title or body (found by the markdown
    /// parser, so text that only looks like a link is left alone), then warns about the first
    /// template placeholder outside them: the link checks report those inside.
    void check_markdown_links(const string_value& s, std::string_view member) {
        out_.link_destinations.clear();
        out_.markdown.for_each_link(s.text, [&](const markdown_link& link) {
            out_.link_destinations.push_back({link.destination_offset, link.destination_length});
            const bool exact = s.text.substr(link.destination_offset, link.destination_length) == link.destination;
            markdown_link_reporter reporter(*this, s, link.destination_offset, exact);
            link_checker(reporter, out_.links, app_context{}).check(link.destination);
        });
        std::size_t from = 0;
        std::size_t next_link = 0;
        while (from < s.text.size()) {
            const text_span found = find_placeholder(s.text.substr(from));
            if (!found.found()) return;
            const std::size_t at = from + found.offset;
            const auto& links = out_.link_destinations;
            while (next_link < links.size() && links[next_link].offset + links[next_link].length <= at) ++next_link;
            if (next_link < links.size() && links[next_link].offset <= at) {
                from = at + found.length;
                continue;
            }
            report(diagnostic_code::template_placeholder, severity::warning, offset_in(s, at), quoted{member},
                   " still contains the template placeholder ", quoted{s.text.substr(at, found.length)},
                   ": fill it in before sending");
            return;
        }
    }

    /// Checks a string of the payload as a link (link_checker.hpp), unless it is blank, which
    /// the value check already reported.
    void check_link_text(const string_value& s, std::string_view member) {
        if (trim_spaces(s.text).empty()) return;
        json_link_reporter reporter(*this, s, member);
        link_checker(reporter, out_.links, app_context{}).check(s.text);
    }

    // --- Recipient ------------------------------------------------------------------------------

    /// A reference to the user who receives the notification, `/systemusers(<GUID>)`, held by
    /// `member` (SendAppNotification's Recipient, a record's ownerid@odata.bind).
    void check_recipient(od::value& v, json_kind kind, std::string_view member) {
        if (kind == json_kind::null) {
            report(diagnostic_code::wrong_type, severity::error, offset_of(v), quoted{member},
                   " is required and cannot be null: write \"/systemusers(<GUID of the user>)\"");
            return;
        }
        if (!expect_kind(v, kind, json_kind::string, member)) return;
        string_value s;
        if (!read_string_value(v, s)) return;
        out_.model.recipient = s.text;
        const text_span placeholder = find_placeholder(s.text);
        if (placeholder.found()) {
            report(diagnostic_code::template_placeholder, severity::error, offset_in(s, placeholder.offset),
                   quoted{s.text.substr(placeholder.offset, placeholder.length)},
                   " is a template placeholder: replace it with the GUID of the user (systemuserid)");
            return;
        }
        std::string_view text = s.text;
        std::size_t at = 0;
        if (!text.empty() && text.front() == '/') {
            text.remove_prefix(1);
            at = 1;
        }
        const std::size_t open = text.find('(');
        if (open == std::string_view::npos || text.back() != ')') {
            if (is_guid(s.text))
                report(diagnostic_code::recipient_bare_guid, severity::error, s.offset,
                       quoted{member}, " is an entity reference, not a bare GUID: write \"/systemusers(",
                       check_guid(s.text).digits, ")\"");
            else
                report(diagnostic_code::recipient_malformed, severity::error, s.offset, quoted{s.text},
                       " is not a user reference: write \"/systemusers(<GUID of the user>)\"");
            return;
        }
        const std::string_view entity_set = text.substr(0, open);
        std::string_view key = text.substr(open + 1, text.size() - open - 2);
        std::size_t key_at = at + open + 1;
        if (entity_set == "teams") {
            report(diagnostic_code::recipient_team, severity::error, s.offset,
                   "notifications cannot be sent to a team: send one notification to each user, "
                   "with ", quoted{member}, ": \"/systemusers(<GUID of the user>)\"");
            return;
        }
        if (entity_set != "systemusers") {
            const std::string_view meant = suggest(entity_set, {"systemusers"});
            report(diagnostic_code::recipient_not_systemuser, severity::error, s.offset, quoted{entity_set},
                   meant.empty() ? " is not a user: the recipient must be a systemuser, \"/systemusers(<GUID>)\""
                                 : " is not the entity set of users: write \"systemusers\" (entity set names are case-sensitive)");
            return;
        }
        constexpr std::string_view named_key = "systemuserid=";
        if (key.substr(0, named_key.size()) == named_key) {
            key.remove_prefix(named_key.size());
            key_at += named_key.size();
        }
        if (check_guid_at(s, key_at, key, member, "the GUID of the user (systemuserid)", false))
            out_.model.recipient_id = key;
    }

    // --- OverrideContent members -----------------------------------------------------------------

    /// A member of the markdown override (OverrideContent, or the root of a record's data):
    /// false when `key` is not one.
    bool override_member(std::string_view key, od::value& member, json_kind member_kind, icon_state& icon) {
        if (key != "title" && key != "body" && key != "iconUrl") return false;
        content_override& c = out_.model.override_content ? *out_.model.override_content
                                                          : out_.model.override_content.emplace();
        string_value s;
        if (key == "title") {
            if (read_text(member, member_kind, key, {256, false, false, false}, s)) {
                c.title = s.text;
                check_markdown_links(s, key);
            }
        } else if (key == "body") {
            if (read_text(member, member_kind, key, {500, false, false, false}, s)) {
                c.body = s.text;
                check_markdown_links(s, key);
            }
        } else if (read_text(member, member_kind, key, {0, true, false, false}, s)) {
            check_link_text(s, {});
            c.icon_url = s.text;
            icon.has_icon_url = true;
            icon.icon_url_offset = s.offset;
        }
        return true;
    }

    template <typename Candidates>
    void ignored_member(std::string_view key, std::size_t key_offset, const Candidates& known, std::string_view what) {
        const std::string_view meant = suggest(key, known);
        if (!meant.empty())
            report(diagnostic_code::ignored_field, severity::warning, key_offset, quoted{key},
                   " is ignored: did you mean \"", meant, "\"? (names are case-sensitive)");
        else
            report(diagnostic_code::ignored_field, severity::warning, key_offset, quoted{key}, " is ignored: ", what);
    }
    void ignored_member(std::string_view key, std::size_t key_offset, std::initializer_list<std::string_view> known,
                        std::string_view what) {
        ignored_member<std::initializer_list<std::string_view>>(key, key_offset, known, what);
    }

    // --- Actions ----------------------------------------------------------------------------------

    /// The array of action buttons.
    void check_action_list(od::value& v) {
        walk_array(v, [&](std::size_t, od::value& element, json_kind element_kind) { check_action(element, element_kind); });
    }

    void check_action(od::value& v, json_kind kind) {
        if (!expect_kind(v, kind, json_kind::object, "action")) return;
        const std::size_t offset = offset_of(v);
        const std::size_t index = out_.actions.size();
        out_.actions.emplace_back();
        out_.parts.push_back(notification_storage::no_part);
        bool has_title = false, has_data = false;
        walk_object(v, offset, expando_rules(false), nullptr,
                    [&](std::string_view key, std::size_t key_offset, od::value& member, json_kind member_kind) {
                        string_value s;
                        if (key == "title") {
                            has_title = true;
                            if (read_text(member, member_kind, key, {0, true, false}, s, false))
                                out_.actions[index].title = s.text;
                        } else if (key == "data") {
                            has_data = true;
                            if (expect_kind(member, member_kind, json_kind::object, key)) check_action_data(member, index);
                        } else {
                            ignored_member(key, key_offset, {"title", "data"},
                                           "an action holds a \"title\" and its \"data\"");
                            return false;
                        }
                        return true;
                    });
        if (stopped()) return;
        if (!has_title)
            report_member("title", diagnostic_code::missing_required, severity::error, offset,
                          "an action needs a \"title\": the text of its button");
        if (!has_data)
            report_member("data", diagnostic_code::missing_required, severity::error, offset,
                          "an action needs \"data\" saying what it does: {\"type\": \"url\", \"url\": ...}");
    }

    /// Members of an action's data and where they were, for the checks that need the whole object.
    struct data_members {
        bool type = false, url = false, target_string = false, target_object = false, pane = false;
        bool chat_id = false, members = false, context = false, chat_title = false, message = false;
        std::size_t type_offset = 0, url_offset = 0, target_offset = 0, pane_offset = 0;
        std::size_t chat_id_offset = 0, members_offset = 0, context_offset = 0, chat_title_offset = 0,
                    message_offset = 0;
        std::size_t type_index = 0;
        bool type_valid = false;
        string_value url_value; // checked as a link once the action is known to be a url action
        bool url_read = false;
    };

    void check_action_data(od::value& v, std::size_t index) {
        const std::size_t offset = offset_of(v);
        static constexpr std::string_view annotated[] = {"memberIds"};
        static constexpr std::string_view annotated_types[] = {"Collection(String)"};
        object_rules rules = expando_rules(true);
        if (annotated_) {
            rules.annotated_members = annotated;
            rules.annotated_member_types = annotated_types;
            rules.annotated_member_count = 1;
        }
        data_members seen;
        action_parts& a = parts_;
        a = action_parts{};
        const std::size_t member_first = out_.member_ids.size();
        walk_object(v, offset, rules, nullptr,
                    [&](std::string_view key, std::size_t key_offset, od::value& member, json_kind kind) {
                        return data_member(key, key_offset, member, kind, seen, a);
                    });
        if (stopped()) return;

        if (!seen.type) {
            if (seen.url) {
                report_member("type", diagnostic_code::legacy_action_form, severity::warning, offset,
                              "this action has no \"type\": it is read as the older form of a URL action; "
                              "add \"type\": \"url\"");
                seen.type_valid = true;
                seen.type_index = 0;
            } else {
                report_member("type", diagnostic_code::missing_required, severity::error, offset,
                              "an action's data needs a \"type\": \"url\", \"sidepane\" or \"teamsChat\"");
                return;
            }
        }
        if (!seen.type_valid) return;
        const action_type type = seen.type_index == 0   ? action_type::url
                                 : seen.type_index == 1 ? action_type::side_pane
                                                        : action_type::teams_chat;
        out_.actions[index].type = type;
        switch (type) {
        case action_type::url:
            out_.parts[index] = out_.url_actions.size();
            out_.url_actions.push_back(a.url);
            return finish_url_data(seen, offset);
        case action_type::side_pane:
            out_.parts[index] = out_.side_panes.size();
            out_.side_panes.push_back(a.side_pane);
            return finish_side_pane_data(seen, offset);
        case action_type::teams_chat:
            out_.parts[index] = out_.teams_chats.size();
            if (seen.members)
                out_.member_ranges.push_back({out_.teams_chats.size(), member_first, out_.member_ids.size() - member_first});
            out_.teams_chats.push_back(a.teams_chat);
            return finish_teams_data(seen, offset);
        }
    }

    bool data_member(std::string_view key, std::size_t key_offset, od::value& v, json_kind kind, data_members& seen,
                     action_parts& a) {
        string_value s;
        const std::size_t offset = offset_of(v);
        if (key == "type") {
            seen.type = true;
            seen.type_offset = offset;
            seen.type_valid = read_enum(v, kind, key, action_types, seen.type_index);
        } else if (key == "url") {
            seen.url = true;
            seen.url_offset = offset;
            if (read_text(v, kind, key, {0, true, false, false}, s, false)) {
                a.url.url = s.text;
                seen.url_value = s;
                seen.url_read = true;
            }
        } else if (key == "navigationTarget") {
            seen.target_offset = offset;
            if (kind == json_kind::object) {
                seen.target_object = true;
                check_page_target(v, a.side_pane.target);
            } else if (kind == json_kind::string) {
                seen.target_string = true;
                std::size_t i = 0;
                if (read_enum(v, kind, key, navigation_targets, i))
                    a.url.target = i == 0 ? navigation_target::current_page
                                          : i == 1 ? navigation_target::dialog : navigation_target::new_window;
            } else if (kind != json_kind::null) {
                report(diagnostic_code::wrong_type, severity::error, offset,
                       "\"navigationTarget\" is a string for a url action (\"dialog\", \"inline\" or \"newWindow\") "
                       "and an object describing the page for a sidepane action, found ", describe(kind));
                skip(v, kind);
            }
        } else if (key == "paneOptions") {
            seen.pane = true;
            seen.pane_offset = offset;
            if (kind != json_kind::null && expect_kind(v, kind, json_kind::object, key)) check_pane_options(v, a.side_pane.pane);
        } else if (key == "chatId") {
            seen.chat_id = true;
            seen.chat_id_offset = offset;
            if (read_text(v, kind, key, {0, true, false}, s)) a.teams_chat.chat_id = s.text;
        } else if (key == "memberIds") {
            seen.members = true;
            seen.members_offset = offset;
            if (kind != json_kind::null && expect_kind(v, kind, json_kind::array, key))
                walk_array(v, [&](std::size_t, od::value& element, json_kind element_kind) {
                    if (!expect_kind(element, element_kind, json_kind::string, "memberIds")) return;
                    string_value id;
                    if (!read_string_value(element, id)) return;
                    if (check_guid_text(id, "memberIds", "the Microsoft Entra ID object id of the user"))
                        out_.member_ids.push_back(id.text);
                });
        } else if (key == "entityContext") {
            seen.context = true;
            seen.context_offset = offset;
            if (kind != json_kind::null && expect_kind(v, kind, json_kind::object, key)) check_entity_context(v, a.teams_chat);
        } else if (key == "chatTitle") {
            seen.chat_title = true;
            seen.chat_title_offset = offset;
            if (read_text(v, kind, key, {0, false, false}, s)) a.teams_chat.chat_title = s.text;
        } else if (key == "initialMessage") {
            seen.message = true;
            seen.message_offset = offset;
            if (read_text(v, kind, key, {0, false, false}, s)) a.teams_chat.initial_message = s.text;
        } else {
            ignored_member(key, key_offset,
                           {"type", "url", "navigationTarget", "paneOptions", "chatId", "memberIds", "entityContext",
                            "chatTitle", "initialMessage"},
                           "the notification center does not read it");
            return false;
        }
        return true;
    }

    void not_applicable(bool present, std::string_view member, std::size_t offset, std::string_view type) {
        if (present)
            report_member(member, diagnostic_code::field_not_applicable, severity::warning, offset, quoted{member},
                          " is ignored by a ", type, " action");
    }

    void finish_url_data(const data_members& seen, std::size_t offset) {
        if (seen.url_read) check_link_text(seen.url_value, "url");
        if (!seen.url)
            report_member("url", diagnostic_code::missing_required, severity::error, offset,
                          "a url action needs \"url\": the address to open");
        if (seen.target_object)
            report_member("navigationTarget", diagnostic_code::wrong_type, severity::error, seen.target_offset,
                          "a url action's \"navigationTarget\" is a string: \"dialog\", \"inline\" or \"newWindow\"");
        not_applicable(seen.pane, "paneOptions", seen.pane_offset, "url");
        not_applicable(seen.chat_id, "chatId", seen.chat_id_offset, "url");
        not_applicable(seen.members, "memberIds", seen.members_offset, "url");
        not_applicable(seen.context, "entityContext", seen.context_offset, "url");
        not_applicable(seen.chat_title, "chatTitle", seen.chat_title_offset, "url");
        not_applicable(seen.message, "initialMessage", seen.message_offset, "url");
    }

    void finish_side_pane_data(const data_members& seen, std::size_t offset) {
        if (seen.target_string)
            report_member("navigationTarget", diagnostic_code::wrong_type, severity::error, seen.target_offset,
                          "a sidepane action's \"navigationTarget\" is an object describing the page, such as "
                          "{\"pageType\": \"entityrecord\", \"entityName\": \"task\", \"entityId\": \"<GUID>\"}");
        else if (!seen.target_object)
            report_member("navigationTarget", diagnostic_code::missing_required, severity::error, offset,
                          "a sidepane action needs \"navigationTarget\": the page to load in the pane");
        not_applicable(seen.url, "url", seen.url_offset, "sidepane");
        not_applicable(seen.chat_id, "chatId", seen.chat_id_offset, "sidepane");
        not_applicable(seen.members, "memberIds", seen.members_offset, "sidepane");
        not_applicable(seen.context, "entityContext", seen.context_offset, "sidepane");
        not_applicable(seen.chat_title, "chatTitle", seen.chat_title_offset, "sidepane");
        not_applicable(seen.message, "initialMessage", seen.message_offset, "sidepane");
    }

    void finish_teams_data(const data_members& seen, std::size_t offset) {
        if (seen.chat_id && (seen.members || seen.context))
            report_member("chatId", diagnostic_code::teams_chat_conflict, severity::error, seen.chat_id_offset,
                          "\"chatId\" opens an existing chat, whose members and linked record are already set: "
                          "remove ", seen.members && seen.context ? "\"memberIds\" and \"entityContext\""
                          : seen.members ? "\"memberIds\"" : "\"entityContext\"", " or remove \"chatId\"");
        if (!seen.chat_id && !seen.members && !seen.context)
            report_member("memberIds", diagnostic_code::teams_chat_no_target, severity::warning, offset,
                          "this Teams chat action names no chat, no members and no record: set \"chatId\" to open a "
                          "chat, or \"memberIds\" and \"entityContext\" to start one");
        not_applicable(seen.url, "url", seen.url_offset, "teamsChat");
        not_applicable(seen.target_string || seen.target_object, "navigationTarget", seen.target_offset, "teamsChat");
        not_applicable(seen.pane, "paneOptions", seen.pane_offset, "teamsChat");
    }

    void check_pane_options(od::value& v, pane_options& pane) {
        const object_rules rules = expando_rules(true);
        walk_object(v, offset_of(v), rules, nullptr,
                    [&](std::string_view key, std::size_t key_offset, od::value& member, json_kind kind) {
                        string_value s;
                        if (key == "title") {
                            if (read_text(member, kind, key, {0, false, false}, s)) pane.title = s.text;
                        } else if (key == "paneId") {
                            if (read_text(member, kind, key, {0, true, false}, s)) pane.pane_id = s.text;
                        } else if (key == "imageSrc") {
                            if (read_text(member, kind, key, {0, true, false}, s)) pane.image_src = s.text;
                        } else if (key == "width") {
                            std::int32_t width = 0;
                            if (read_integer_in(member, kind, key, 1, INT32_MAX, " pixels", width)) pane.width = width;
                        } else if (key == "canClose") {
                            read_bool(member, kind, key, pane.can_close);
                        } else if (key == "hideHeader") {
                            read_bool(member, kind, key, pane.hide_header);
                        } else if (key == "isSelected") {
                            read_bool(member, kind, key, pane.is_selected);
                        } else if (key == "hidden") {
                            read_bool(member, kind, key, pane.hidden);
                        } else if (key == "alwaysRender") {
                            read_bool(member, kind, key, pane.always_render);
                        } else if (key == "keepBadgeOnSelect") {
                            read_bool(member, kind, key, pane.keep_badge_on_select);
                        } else {
                            ignored_member(key, key_offset,
                                           {"title", "width", "paneId", "canClose", "imageSrc", "hideHeader",
                                            "isSelected", "hidden", "alwaysRender", "keepBadgeOnSelect"},
                                           "it is not an option of a side pane");
                            return false;
                        }
                        return true;
                    });
    }

    // --- side pane pages ------------------------------------------------------------------------

    enum page_field : std::uint8_t {
        f_entity_name, f_entity_id, f_form_id, f_view_id, f_view_type, f_dashboard_id, f_webresource_name,
        f_name, f_page_id, f_record_id, f_data, f_tab_name, f_create_from, f_relationship, f_process_id,
        f_process_instance_id, f_selected_stage_id, f_cross_entity, f_offline_sync, f_count
    };
    static constexpr std::string_view page_field_names[f_count] = {
        "entityName", "entityId", "formId", "viewId", "viewType", "dashboardId", "webresourceName",
        "name", "pageId", "recordId", "data", "tabName", "createFromEntity", "relationship", "processId",
        "processInstanceId", "selectedStageId", "isCrossEntityNavigate", "isOfflineSyncError",
    };

    /// Which fields each page type reads, and which it requires (Xrm.Navigation.navigateTo).
    static constexpr bool page_field_allowed(page_type type, page_field f) noexcept {
        switch (type) {
        case page_type::entityrecord:
            return f == f_entity_name || f == f_entity_id || f == f_form_id || f == f_data || f == f_tab_name ||
                   f == f_create_from || f == f_relationship || f == f_process_id || f == f_process_instance_id ||
                   f == f_selected_stage_id || f == f_cross_entity || f == f_offline_sync;
        case page_type::entitylist: return f == f_entity_name || f == f_view_id || f == f_view_type;
        case page_type::dashboard: return f == f_dashboard_id;
        case page_type::webresource: return f == f_webresource_name || f == f_data;
        case page_type::custom: return f == f_name || f == f_entity_name || f == f_record_id;
        case page_type::generative: return f == f_page_id || f == f_entity_name || f == f_record_id || f == f_data;
        }
        return false;
    }
    static constexpr page_field page_required_field(page_type type) noexcept {
        switch (type) {
        case page_type::entityrecord:
        case page_type::entitylist: return f_entity_name;
        case page_type::dashboard: return f_dashboard_id;
        case page_type::webresource: return f_webresource_name;
        case page_type::custom: return f_name;
        case page_type::generative: break;
        }
        return f_page_id;
    }

    void check_page_target(od::value& v, page_target& page) {
        const std::size_t offset = offset_of(v);
        const std::size_t errors_before = sink_.error_count();
        const object_rules rules = expando_rules(true);
        bool has_type = false, type_valid = false;
        std::size_t type_index = 0;
        bool present[f_count] = {};
        std::size_t where[f_count] = {};
        walk_object(v, offset, rules, nullptr,
                    [&](std::string_view key, std::size_t key_offset, od::value& member, json_kind kind) {
                        if (key == "pageType") {
                            has_type = true;
                            type_valid = read_enum(member, kind, key, page_types, type_index);
                            return true;
                        }
                        std::size_t f = 0;
                        while (f < f_count && page_field_names[f] != key) ++f;
                        if (f == f_count) {
                            ignored_member(key, key_offset, page_field_names, "navigateTo does not read it");
                            return false;
                        }
                        present[f] = true;
                        where[f] = key_offset;
                        page_member(static_cast<page_field>(f), key, member, kind, page);
                        return true;
                    });
        if (stopped()) return;
        if (!has_type) {
            report_member("pageType", diagnostic_code::missing_required, severity::error, offset,
                          "the page needs a \"pageType\": entityrecord, entitylist, dashboard, webresource, custom "
                          "or generative");
            return;
        }
        if (!type_valid) return;
        page.type = static_cast<page_type>(type_index);
        const page_field required = page_required_field(page.type);
        if (!present[required])
            report_member(page_field_names[required], diagnostic_code::missing_required, severity::error, offset,
                          "a ", to_string(page.type), " page needs \"", page_field_names[required], "\"");
        for (std::size_t f = 0; f < f_count; ++f)
            if (present[f] && !page_field_allowed(page.type, static_cast<page_field>(f)))
                report_member(page_field_names[f], diagnostic_code::field_not_applicable, severity::warning, where[f],
                              quoted{page_field_names[f]}, " is ignored by a ", to_string(page.type), " page");
        // The page as the main.aspx URL a renderer shows for it, checked like any link: it must
        // hold nothing the checks above let through.
        if (sink_.error_count() != errors_before) return;
        out_.page_url.clear();
        append_page_url(page, app_context{}, out_.page_url);
        page_link_reporter reporter(*this, offset);
        link_checker(reporter, out_.links, app_context{}).check(out_.page_url);
    }

    void page_member(page_field f, std::string_view key, od::value& v, json_kind kind, page_target& page) {
        string_value s;
        switch (f) {
        case f_entity_name:
            read_logical_name(v, kind, key, page.entity_name);
            return;
        case f_entity_id:
        case f_form_id:
        case f_view_id:
        case f_dashboard_id:
        case f_page_id:
        case f_record_id:
        case f_process_id:
        case f_process_instance_id:
        case f_selected_stage_id: {
            std::string_view id;
            if (!read_guid(v, kind, key, "the GUID of the record", id)) return;
            if (f == f_entity_id) page.entity_id = id;
            else if (f == f_form_id) page.form_id = id;
            else if (f == f_view_id) page.view_id = id;
            else if (f == f_dashboard_id) page.dashboard_id = id;
            else if (f == f_page_id) page.page_id = id;
            else if (f == f_record_id) page.record_id = id;
            return;
        }
        case f_view_type: {
            std::size_t i = 0;
            if (read_enum(v, kind, key, view_types, i)) page.view_type = i == 0 ? view_type::savedquery : view_type::userquery;
            return;
        }
        case f_webresource_name:
            if (read_text(v, kind, key, {0, true, false}, s, false)) page.webresource_name = s.text;
            return;
        case f_name:
            if (read_text(v, kind, key, {0, true, false}, s, false)) page.name = s.text;
            return;
        case f_tab_name:
            read_text(v, kind, key, {0, false, false}, s);
            return;
        case f_data:
            // A webresource takes a string; an entityrecord form takes an object of parameters.
            if (kind == json_kind::string) {
                if (read_string_value(v, s)) page.data = s.text;
            } else if (kind == json_kind::object) {
                skip(v, kind);
            } else if (kind != json_kind::null) {
                report(diagnostic_code::wrong_type, severity::error, offset_of(v),
                       "\"data\" must be a string (webresource) or an object (entityrecord), found ", describe(kind));
                skip(v, kind);
            }
            return;
        case f_create_from:
        case f_relationship:
            if (kind != json_kind::null && expect_kind(v, kind, json_kind::object, key)) skip(v, kind);
            return;
        case f_cross_entity:
        case f_offline_sync: {
            std::optional<bool> ignored;
            read_bool(v, kind, key, ignored);
            return;
        }
        case f_count: return;
        }
    }

    void check_entity_context(od::value& v, teams_chat_action& chat) {
        const std::size_t offset = offset_of(v);
        const object_rules rules = expando_rules(true);
        bool has_name = false, has_id = false;
        walk_object(v, offset, rules, nullptr,
                    [&](std::string_view key, std::size_t key_offset, od::value& member, json_kind kind) {
                        if (key == "entityName") {
                            has_name = true;
                            read_logical_name(member, kind, key, chat.entity_name);
                        } else if (key == "recordId") {
                            has_id = true;
                            read_guid(member, kind, key, "the GUID of the record the chat is about", chat.record_id);
                        } else {
                            ignored_member(key, key_offset, {"entityName", "recordId"},
                                           "an entity context holds entityName and recordId");
                            return false;
                        }
                        return true;
                    });
        if (stopped()) return;
        chat.has_entity_context = true;
        if (!has_name)
            report_member("entityName", diagnostic_code::missing_required, severity::error, offset,
                          "the entity context needs \"entityName\": the logical name of the record's table");
        if (!has_id)
            report_member("recordId", diagnostic_code::missing_required, severity::error, offset,
                          "the entity context needs \"recordId\": the GUID of the record");
    }
};

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_CONTENT_CHECKER_HPP
