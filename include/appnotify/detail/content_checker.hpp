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
#include <iterator>
#include <optional>
#include <string_view>
#include <vector>

#include "../app_context.hpp"
#include "../links.hpp"
#include "../markdown.hpp"
#include "../notification.hpp"
#include "link_checker.hpp"
#include "notification_storage.hpp"
#include "page_url_shortcut.hpp"
#include "value_checks.hpp"

namespace appnotify::detail {

/// What an action's data says, gathered while its members are read (their order is free, so the
/// type may come last); only the part of the action's type is kept.
struct action_parts {
    url_action url;
    side_pane_action side_pane;
    teams_chat_action teams_chat;
};

inline constexpr std::string_view expando_type = "Microsoft.Dynamics.CRM.expando";
inline constexpr std::string_view expando_collection_type = "Collection(Microsoft.Dynamics.CRM.expando)";

/// Dataverse stores at most this many characters in the data column (seed 000: "The maximum
/// length is 5,000 characters").
inline constexpr std::size_t record_data_max_length = 5000;

/// The most characters the plain title and body hold (the Title and Body of SendAppNotification,
/// the title and body columns of a record).
inline constexpr std::size_t plain_title_max_length = 256;
inline constexpr std::size_t plain_body_max_length = 500;

/// The members the notification center reads from the JSON it keeps in the `data` column: the
/// markdown override (the first `override_member_count`: OverrideContent's members) and the
/// action buttons.
inline constexpr std::string_view data_column_members[] = {"title", "body", "iconUrl", "actions"};
inline constexpr std::size_t override_member_count = 3;
/// The members of an action button.
inline constexpr std::string_view action_button_members[] = {"title", "data"};

/// The options of a side pane (paneOptions: Xrm.App.sidePanes.createPane).
inline constexpr std::string_view pane_option_names[] = {
    "title", "width", "paneId", "canClose", "imageSrc", "hideHeader", "isSelected", "hidden", "alwaysRender",
    "keepBadgeOnSelect",
};

/// The members of a Teams chat's entityContext.
inline constexpr std::string_view entity_context_members[] = {"entityName", "recordId"};

/// The members of an action's data, and which of them each action type reads.
enum class action_data_member : std::uint8_t {
    type, url, navigation_target, pane_options, chat_id, member_ids, entity_context, chat_title, initial_message,
};
inline constexpr std::size_t action_data_member_count = 9;
inline constexpr std::string_view action_data_member_names[action_data_member_count] = {
    "type", "url", "navigationTarget", "paneOptions", "chatId", "memberIds", "entityContext", "chatTitle",
    "initialMessage",
};
constexpr std::uint16_t data_bit(action_data_member m) noexcept {
    return static_cast<std::uint16_t>(1u << static_cast<unsigned>(m));
}
/// In the order of action_type's values (action_type_names in notification.hpp).
inline constexpr std::uint16_t action_data_reads[] = {
    // url
    data_bit(action_data_member::type) | data_bit(action_data_member::url) |
        data_bit(action_data_member::navigation_target),
    // sidepane
    data_bit(action_data_member::type) | data_bit(action_data_member::navigation_target) |
        data_bit(action_data_member::pane_options),
    // teamsChat
    data_bit(action_data_member::type) | data_bit(action_data_member::chat_id) |
        data_bit(action_data_member::member_ids) | data_bit(action_data_member::entity_context) |
        data_bit(action_data_member::chat_title) | data_bit(action_data_member::initial_message),
};

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
        icon.icon_offset = offset_of(v);
        read_option(v, kind, member, icon_type_options, out_.model.icon, what);
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

    /// Reports the findings of a link check on a link a JSON string holds: the whole string (a
    /// URL action's url, an icon URL), or a markdown destination in it that starts at `start`.
    /// The path is the string's (with `member` appended when the walker is on the enclosing
    /// object); the offset is the character's in the raw JSON, through the escapes. In markdown, a
    /// position in the destination maps to the same position in the markdown when the destination
    /// is written as it reads (`exact`), to the start of the destination otherwise (after
    /// backslash escapes or character references).
    class string_link_reporter final : public link_reporter {
    public:
        /// `length`: the destination's, spanned whole by the findings in one not written as it reads.
        string_link_reporter(content_checker& checker, const string_value& s, std::string_view member,
                             std::size_t start = 0, bool exact = true, std::size_t length = 0) noexcept
            : checker_(checker), s_(s), member_(member), start_(start), exact_(exact), length_(length) {}

    protected:
        std::string* begin(diagnostic_code code, severity level, std::size_t at) override {
            if (!checker_.sink_.begin(code, level, checker_.offset_in(s_, start_ + (exact_ ? at : 0)))) return nullptr;
            if (!exact_) checker_.sink_.set_end(checker_.offset_in(s_, start_ + length_));
            checker_.write_pointer(checker_.sink_.arena());
            if (!member_.empty()) append_pointer_segment(checker_.sink_.arena(), member_);
            checker_.sink_.end_path();
            return &checker_.sink_.arena();
        }
        void set_end(std::size_t end) override {
            checker_.sink_.set_end(checker_.offset_in(s_, start_ + (exact_ ? end : length_)));
        }
        void end() override { checker_.sink_.end_message(); }

    private:
        content_checker& checker_;
        const string_value& s_;
        std::string_view member_;
        std::size_t start_;
        bool exact_;
        std::size_t length_;
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

    /// Checks every link of OverrideContent's markdown title or body (found by the markdown
    /// parser, so text that only looks like a link is left alone), then warns about the first
    /// template placeholder outside them: the link checks report those inside.
    void check_markdown_links(const string_value& s, std::string_view member) {
        out_.link_destinations.clear();
        out_.markdown.for_each_link(s.text, [&](const markdown_link& link) {
            out_.link_destinations.push_back({link.destination_offset, link.destination_length});
            const bool exact = s.text.substr(link.destination_offset, link.destination_length) == link.destination;
            string_link_reporter reporter(*this, s, {}, link.destination_offset, exact, link.destination_length);
            link_checker(reporter, out_.links, app_context{}).check(link.destination);
            if (link.inside_link)
                report_span(diagnostic_code::markdown_nested_link, severity::warning, offset_in(s, link.destination_offset),
                            offset_in(s, link.destination_offset + link.destination_length), quoted{member}, " has the link ", quoted{link.destination},
                            " inside the text of another link; links cannot nest, so it is shown as text, and all of that "
                            "text leads where the other link does");
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
            report_span(diagnostic_code::template_placeholder, severity::warning, offset_in(s, at),
                        offset_in(s, at + found.length), quoted{member},
                        " still contains the template placeholder ", quoted{s.text.substr(at, found.length)},
                        ": fill it in before sending");
            return;
        }
    }

    /// Checks a string of the payload as a link (link_checker.hpp), unless it is blank, which
    /// the value check already reported.
    void check_link_text(const string_value& s, std::string_view member) {
        if (trim_spaces(s.text).empty()) return;
        string_link_reporter reporter(*this, s, member);
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
            report_span(diagnostic_code::template_placeholder, severity::error, offset_in(s, placeholder.offset),
                        offset_in(s, placeholder.offset + placeholder.length),
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
        if (!same_name(key, data_column_members[0]) && !same_name(key, data_column_members[1]) &&
            !same_name(key, data_column_members[2]))
            return false;
        content_override& c = out_.model.override_content ? *out_.model.override_content
                                                          : out_.model.override_content.emplace();
        string_value s;
        if (same_name(key, "title")) {
            if (read_text(member, member_kind, key, {0, false, false, false}, s)) {
                c.title = s.text;
                check_override_length(s, key, plain_title_max_length, "title");
                check_markdown_links(s, key);
            }
        } else if (same_name(key, "body")) {
            if (read_text(member, member_kind, key, {0, false, false, false}, s)) {
                c.body = s.text;
                check_override_length(s, key, plain_body_max_length, "body");
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

    /// The markdown title and body have no limit of their own: the server keeps them in the JSON of
    /// the data column, whose limit is checked as a whole. Past the length of the plain title or
    /// body, no document says how much of them the notification center shows.
    void check_override_length(const string_value& s, std::string_view member, std::size_t plain_limit,
                               std::string_view plain) {
        const std::size_t units = utf16_length(s.text);
        if (units > plain_limit)
            report(diagnostic_code::override_text_long, severity::warning, s.offset, quoted{member}, " is ", units,
                   " characters long (UTF-16 code units), longer than a plain ", plain, " can be (", plain_limit,
                   "): no document says how much of it the notification center shows");
    }

    /// Warns about a member nobody reads, with the one of `known` most plausibly meant, or else
    /// the message `what` says.
    template <typename Candidates, typename... What>
    void ignored_member(std::string_view key, std::size_t key_offset, const Candidates& known, const What&... what) {
        const std::string_view meant = suggest(key, known);
        if (!meant.empty())
            report(diagnostic_code::ignored_field, severity::warning, key_offset, quoted{key},
                   " is ignored: did you mean \"", meant, "\"? (names are case-sensitive)");
        else
            report(diagnostic_code::ignored_field, severity::warning, key_offset, quoted{key}, " is ignored: ", what...);
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
                        if (same_name(key, "title")) {
                            has_title = true;
                            if (read_text(member, member_kind, key, {0, true, false}, s, false))
                                out_.actions[index].title = s.text;
                        } else if (same_name(key, "data")) {
                            has_data = true;
                            if (expect_kind(member, member_kind, json_kind::object, key)) check_action_data(member, index);
                        } else {
                            ignored_member(key, key_offset, action_button_members,
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
        /// The members present, as bits (a navigationTarget only as a string or an object), and
        /// the offset of each one's value.
        std::uint16_t present = 0;
        std::size_t offset[action_data_member_count];
        bool target_string = false, target_object = false;
        std::size_t type_index = 0;
        bool type_valid = false;
        string_value url_value; // checked as a link once the action is known to be a url action
        bool url_read = false;

        bool has(action_data_member m) const noexcept { return (present & data_bit(m)) != 0; }
        std::size_t at(action_data_member m) const noexcept { return offset[static_cast<std::size_t>(m)]; }
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

        if (!seen.has(action_data_member::type)) {
            if (seen.has(action_data_member::url)) {
                report_member("type", diagnostic_code::legacy_action_form, severity::warning, offset,
                              "this action has no \"type\": it is read as the older form of a URL action; "
                              "add \"type\": \"url\"");
                seen.type_valid = true;
                seen.type_index = 0;
            } else {
                report_member("type", diagnostic_code::missing_required, severity::error, offset,
                              "an action's data needs a \"type\": ", quoted_words(action_type_names, " or "));
                return;
            }
        }
        if (!seen.type_valid) return;
        const action_type type = action_type_names[seen.type_index].value;
        out_.actions[index].type = type;
        switch (type) {
        case action_type::url:
            out_.parts[index] = out_.url_actions.size();
            out_.url_actions.push_back(a.url);
            finish_url_data(seen, offset);
            break;
        case action_type::side_pane:
            out_.parts[index] = out_.side_panes.size();
            out_.side_panes.push_back(a.side_pane);
            finish_side_pane_data(seen, offset);
            break;
        case action_type::teams_chat:
            out_.parts[index] = out_.teams_chats.size();
            if (seen.has(action_data_member::member_ids))
                out_.member_ranges.push_back({out_.teams_chats.size(), member_first, out_.member_ids.size() - member_first});
            out_.teams_chats.push_back(a.teams_chat);
            finish_teams_data(seen, offset);
            break;
        }
        // The members of the other action types.
        const unsigned others = seen.present & ~unsigned(action_data_reads[static_cast<std::size_t>(type)]);
        for (std::size_t m = 0; others != 0 && m < action_data_member_count; ++m)
            if ((others & (1u << m)) != 0)
                report_member(action_data_member_names[m], diagnostic_code::field_not_applicable, severity::warning,
                              seen.offset[m], quoted{action_data_member_names[m]}, " is ignored by a ", to_string(type),
                              " action");
    }

    bool data_member(std::string_view key, std::size_t key_offset, od::value& v, json_kind kind, data_members& seen,
                     action_parts& a) {
        const std::size_t m = index_in(key, action_data_member_names);
        if (m == action_data_member_count) {
            ignored_member(key, key_offset, action_data_member_names, "the notification center does not read it");
            return false;
        }
        string_value s;
        const std::size_t offset = offset_of(v);
        const auto member = static_cast<action_data_member>(m);
        seen.present |= data_bit(member);
        seen.offset[m] = offset;
        switch (member) {
        case action_data_member::type:
            seen.type_valid = read_enum(v, kind, key, action_type_names, seen.type_index);
            break;
        case action_data_member::url:
            if (read_text(v, kind, key, {0, true, false, false}, s, false)) {
                a.url.url = s.text;
                seen.url_value = s;
                seen.url_read = true;
            }
            break;
        case action_data_member::navigation_target:
            if (kind != json_kind::object && kind != json_kind::string) seen.present &= ~data_bit(member);
            if (kind == json_kind::object) {
                seen.target_object = true;
                check_page_target(v, a.side_pane.target);
            } else if (kind == json_kind::string) {
                seen.target_string = true;
                read_named(v, kind, key, navigation_target_names, a.url.target);
            } else if (kind != json_kind::null) {
                report(diagnostic_code::wrong_type, severity::error, offset,
                       "\"navigationTarget\" is a string for a url action (\"dialog\", \"inline\" or \"newWindow\") "
                       "and an object describing the page for a sidepane action, found ", describe(kind));
                skip(v, kind);
            }
            break;
        case action_data_member::pane_options:
            if (kind != json_kind::null && expect_kind(v, kind, json_kind::object, key)) check_pane_options(v, a.side_pane.pane);
            break;
        case action_data_member::chat_id:
            if (read_text(v, kind, key, {0, true, false}, s)) a.teams_chat.chat_id = s.text;
            break;
        case action_data_member::member_ids:
            if (kind != json_kind::null && expect_kind(v, kind, json_kind::array, key))
                walk_array(v, [&](std::size_t, od::value& element, json_kind element_kind) {
                    if (!expect_kind(element, element_kind, json_kind::string, "memberIds")) return;
                    string_value id;
                    if (!read_string_value(element, id)) return;
                    if (check_guid_text(id, "memberIds", "the Microsoft Entra ID object id of the user"))
                        out_.member_ids.push_back(id.text);
                });
            break;
        case action_data_member::entity_context:
            if (kind != json_kind::null && expect_kind(v, kind, json_kind::object, key)) check_entity_context(v, a.teams_chat);
            break;
        case action_data_member::chat_title:
            if (read_text(v, kind, key, {0, false, false}, s)) a.teams_chat.chat_title = s.text;
            break;
        case action_data_member::initial_message:
            if (read_text(v, kind, key, {0, false, false}, s)) a.teams_chat.initial_message = s.text;
            break;
        }
        return true;
    }

    void finish_url_data(const data_members& seen, std::size_t offset) {
        if (seen.url_read) check_link_text(seen.url_value, "url");
        if (!seen.has(action_data_member::url))
            report_member("url", diagnostic_code::missing_required, severity::error, offset,
                          "a url action needs \"url\": the address to open");
        if (seen.target_object)
            report_member("navigationTarget", diagnostic_code::wrong_type, severity::error,
                          seen.at(action_data_member::navigation_target),
                          "a url action's \"navigationTarget\" is a string: \"dialog\", \"inline\" or \"newWindow\"");
    }

    void finish_side_pane_data(const data_members& seen, std::size_t offset) {
        if (seen.target_string)
            report_member("navigationTarget", diagnostic_code::wrong_type, severity::error,
                          seen.at(action_data_member::navigation_target),
                          "a sidepane action's \"navigationTarget\" is an object describing the page, such as "
                          "{\"pageType\": \"entityrecord\", \"entityName\": \"task\", \"entityId\": \"<GUID>\"}");
        else if (!seen.target_object)
            report_member("navigationTarget", diagnostic_code::missing_required, severity::error, offset,
                          "a sidepane action needs \"navigationTarget\": the page to load in the pane");
    }

    void finish_teams_data(const data_members& seen, std::size_t offset) {
        const bool chat_id = seen.has(action_data_member::chat_id), members = seen.has(action_data_member::member_ids),
                   context = seen.has(action_data_member::entity_context);
        if (chat_id && (members || context))
            report_member("chatId", diagnostic_code::teams_chat_conflict, severity::error,
                          seen.at(action_data_member::chat_id),
                          "\"chatId\" opens an existing chat, whose members and linked record are already set: "
                          "remove ", members && context ? "\"memberIds\" and \"entityContext\""
                          : members ? "\"memberIds\"" : "\"entityContext\"", " or remove \"chatId\"");
        if (!chat_id && !members && !context)
            report_member("memberIds", diagnostic_code::teams_chat_no_target, severity::warning, offset,
                          "this Teams chat action names no chat, no members and no record: set \"chatId\" to open a "
                          "chat, or \"memberIds\" and \"entityContext\" to start one");
    }

    void check_pane_options(od::value& v, pane_options& pane) {
        // The flags, by their place in pane_option_names.
        static constexpr std::optional<bool> pane_options::*flags[] = {
            nullptr, nullptr, nullptr, &pane_options::can_close, nullptr, &pane_options::hide_header,
            &pane_options::is_selected, &pane_options::hidden, &pane_options::always_render,
            &pane_options::keep_badge_on_select,
        };
        static_assert(std::size(flags) == std::size(pane_option_names));
        const object_rules rules = expando_rules(true);
        walk_object(v, offset_of(v), rules, nullptr,
                    [&](std::string_view key, std::size_t key_offset, od::value& member, json_kind kind) {
                        const std::size_t i = index_in(key, pane_option_names);
                        string_value s;
                        if (i == std::size(pane_option_names)) {
                            ignored_member(key, key_offset, pane_option_names, "it is not an option of a side pane");
                            return false;
                        }
                        if (flags[i] != nullptr) {
                            read_bool(member, kind, key, pane.*flags[i]);
                        } else if (same_name(key, "title")) {
                            if (read_text(member, kind, key, {0, false, false}, s)) pane.title = s.text;
                        } else if (same_name(key, "width")) {
                            std::int32_t width = 0;
                            if (read_integer_in(member, kind, key, 1, INT32_MAX, " pixels", width)) pane.width = width;
                        } else if (read_text(member, kind, key, {0, true, false}, s)) { // paneId, imageSrc
                            (same_name(key, "paneId") ? pane.pane_id : pane.image_src) = s.text;
                        }
                        return true;
                    });
    }

    // --- side pane pages ------------------------------------------------------------------------

    void check_page_target(od::value& v, page_target& page) {
        const std::size_t offset = offset_of(v);
        const std::size_t errors_before = sink_.error_count();
        const object_rules rules = expando_rules(true);
        bool has_type = false, type_valid = false;
        std::size_t type_index = 0;
        bool present[page_field_count] = {};
        std::size_t where[page_field_count] = {};
        walk_object(v, offset, rules, nullptr,
                    [&](std::string_view key, std::size_t key_offset, od::value& member, json_kind kind) {
                        if (same_name(key, "pageType")) {
                            has_type = true;
                            type_valid = read_enum(member, kind, key, page_type_names, type_index);
                            return true;
                        }
                        const std::size_t f = index_in(key, page_field_names);
                        if (f == page_field_count) {
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
                          "the page needs a \"pageType\": ", words(page_type_names, " or "));
            return;
        }
        if (!type_valid) return;
        page.type = page_type_names[type_index].value;
        const side_pane_page& row = *side_pane_page_of(page.type);
        const std::size_t required = static_cast<std::size_t>(row.required);
        if (!present[required])
            report_member(page_field_names[required], diagnostic_code::missing_required, severity::error, offset,
                          "a ", to_string(page.type), " page needs \"", page_field_names[required], "\"");
        for (std::size_t f = 0; f < page_field_count; ++f)
            if (present[f] && (row.reads & field_bit(static_cast<page_field>(f))) == 0)
                report_member(page_field_names[f], diagnostic_code::field_not_applicable, severity::warning, where[f],
                              quoted{page_field_names[f]}, " is ignored by a ", to_string(page.type), " page");
        // The page as the main.aspx URL a renderer shows for it, checked like any link: it must
        // hold nothing the checks above let through. Most pages are proven clean from their
        // fields, which finds what checking the URL would (nothing) at a fraction of the cost.
        if (sink_.error_count() != errors_before) return;
        if (out_.page_url_shortcut && page_url_is_clean(page)) return;
        out_.page_url.clear();
        append_page_url(page, app_context{}, out_.page_url);
        page_link_reporter reporter(*this, offset);
        link_checker(reporter, out_.links, app_context{}).check(out_.page_url);
    }

    void page_member(page_field f, std::string_view key, od::value& v, json_kind kind, page_target& page) {
        string_value s;
        switch (f) {
        case page_field::entity_name:
            read_logical_name(v, kind, key, page.entity_name);
            return;
        case page_field::entity_id:
        case page_field::form_id:
        case page_field::view_id:
        case page_field::dashboard_id:
        case page_field::page_id:
        case page_field::record_id:
        case page_field::process_id:
        case page_field::process_instance_id:
        case page_field::selected_stage_id: {
            std::string_view id;
            if (!read_guid(v, kind, key, "the GUID of the record", id)) return;
            if (f == page_field::entity_id) page.entity_id = id;
            else if (f == page_field::form_id) page.form_id = id;
            else if (f == page_field::view_id) page.view_id = id;
            else if (f == page_field::dashboard_id) page.dashboard_id = id;
            else if (f == page_field::page_id) page.page_id = id;
            else if (f == page_field::record_id) page.record_id = id;
            return;
        }
        case page_field::view_type:
            read_named(v, kind, key, view_type_names, page.view_type);
            return;
        case page_field::webresource_name:
            if (read_text(v, kind, key, {0, true, false}, s, false)) page.webresource_name = s.text;
            return;
        case page_field::name:
            if (read_text(v, kind, key, {0, true, false}, s, false)) page.name = s.text;
            return;
        case page_field::tab_name:
            read_text(v, kind, key, {0, false, false}, s);
            return;
        case page_field::data:
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
        case page_field::create_from:
        case page_field::relationship:
            if (kind != json_kind::null && expect_kind(v, kind, json_kind::object, key)) skip(v, kind);
            return;
        case page_field::cross_entity:
        case page_field::offline_sync: {
            std::optional<bool> ignored;
            read_bool(v, kind, key, ignored);
            return;
        }
        }
    }

    void check_entity_context(od::value& v, teams_chat_action& chat) {
        const std::size_t offset = offset_of(v);
        const object_rules rules = expando_rules(true);
        bool has_name = false, has_id = false;
        walk_object(v, offset, rules, nullptr,
                    [&](std::string_view key, std::size_t key_offset, od::value& member, json_kind kind) {
                        if (same_name(key, entity_context_members[0])) {
                            has_name = true;
                            read_logical_name(member, kind, key, chat.entity_name);
                        } else if (same_name(key, entity_context_members[1])) {
                            has_id = true;
                            read_guid(member, kind, key, "the GUID of the record the chat is about", chat.record_id);
                        } else {
                            ignored_member(key, key_offset, entity_context_members, "an entity context holds ",
                                           words(entity_context_members));
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
