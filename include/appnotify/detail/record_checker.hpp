// SPDX-License-Identifier: MIT
// The rules of an appnotification table record (seed 001 and the Notification table reference):
// lowercase logical names, the owner lookup, and the `data` column. `data` is JSON inside JSON:
// its text is parsed a second time and checked like OverrideContent and Actions (plain JSON,
// without OData annotations), and every finding in it is moved to the exact character of the
// outer text, through the string's escapes.
#ifndef APPNOTIFY_DETAIL_RECORD_CHECKER_HPP
#define APPNOTIFY_DETAIL_RECORD_CHECKER_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

#include <simdjson.h>

#include "../dialect.hpp"
#include "content_checker.hpp"
#include "json_string.hpp"
#include "json_syntax.hpp"

namespace appnotify::detail {

/// The buffers of the second parse, kept between runs.
struct record_scratch {
    simdjson::ondemand::parser parser;
    std::unique_ptr<char[]> buffer;
    std::size_t capacity = 0;
    std::string syntax_message;
};

inline constexpr icon_names record_icon_names = {"icontype", "iconUrl in data", "/data/iconUrl"};


/// The columns a notification record sets, for "did you mean": the first of the record's members
/// in dialect.hpp (the others are the preview's owner and the ids a record may carry).
inline constexpr list_view<std::string_view> record_columns(record_members, 8);
/// Other writable columns of the table: accepted, and not part of the notification.
inline constexpr std::string_view record_other_columns[] = {
    "appnotificationid",   "partitionid",          "owneridtype",           "overriddencreatedon",
    "importsequencenumber", "timezoneruleversionnumber", "utcconversiontimezonecode",
};
/// Columns the server sets: a record cannot.
inline constexpr std::string_view record_read_only_columns[] = {
    "createdon",        "createdby",         "modifiedon",         "modifiedby",  "createdonbehalfby",
    "modifiedonbehalfby", "owningbusinessunit", "owningteam",        "owninguser",  "versionnumber",
};

inline constexpr std::string_view record_markdown_hint = "markdown renders only in the title and body of data";

/// A custom column: a publisher prefix (a letter and 1 to 7 letters or digits), '_', a name;
/// a lookup may carry "@odata.bind".
/// Lookups are bound by their navigation property, which keeps the schema name's capitals.
constexpr bool is_custom_column(std::string_view key) noexcept {
    constexpr std::string_view bind = "@odata.bind";
    const bool lookup = key.size() > bind.size() && key.substr(key.size() - bind.size()) == bind;
    if (lookup) key.remove_suffix(bind.size());
    const std::size_t underscore = key.find('_');
    if (underscore == std::string_view::npos || underscore < 2 || underscore > 8 || underscore + 1 == key.size())
        return false;
    for (std::size_t i = 0; i < key.size(); ++i) {
        const char c = key[i];
        const bool letter = (c >= 'a' && c <= 'z') || (lookup && i > underscore && c >= 'A' && c <= 'Z');
        const bool digit = c >= '0' && c <= '9';
        if (i == 0 ? !letter : !(letter || digit || (c == '_' && i >= underscore))) return false;
    }
    return true;
}

/// The JSON of a record's `data` (or, when a record wrongly holds it as an object, that object):
/// title, body and iconUrl as in OverrideContent, and the action buttons. The notification center
/// ignores anything else.
class record_data_checker : public content_checker {
public:
    record_data_checker(diagnostic_sink& sink, walker_scratch& scratch, walk_limits limits, notification_storage& out,
                        icon_state& icon)
        : content_checker(sink, scratch, limits, out, false), icon_(icon) {}

    /// The root object of a document parsed from the text of `data`.
    template <typename Document>
    void check(Document& document, std::size_t root_offset) {
        walk_root(document, root_offset, object_rules{}, member_reader{*this});
    }

    /// An object value of the document being walked, as the data it stands for.
    void check_object(od::value& v) { walk_object(v, offset_of(v), object_rules{}, nullptr, member_reader{*this}); }

private:
    icon_state& icon_;

    /// What the walks call for each member.
    struct member_reader {
        record_data_checker& checker;
        bool operator()(std::string_view key, std::size_t key_offset, od::value& v, json_kind kind) const {
            return checker.member(key, key_offset, v, kind);
        }
    };

    bool member(std::string_view key, std::size_t key_offset, od::value& v, json_kind kind) {
        if (override_member(key, v, kind, icon_)) return true;
        if (key == data_column_members[3]) {
            if (kind != json_kind::null && expect_kind(v, kind, json_kind::array, key)) check_action_list(v);
            return true;
        }
        const severity w = severity::warning;
        if (key == "actionUrl")
            report(diagnostic_code::ignored_field, w, key_offset, "the notification center ignores \"actionUrl\": give "
                   "the link as an action, {\"title\": \"Open\", \"data\": {\"type\": \"url\", \"url\": ...}}");
        else if (key == "category")
            report(diagnostic_code::ignored_field, w, key_offset,
                   "the notification center ignores \"category\": the icon is set by \"icontype\"");
        else if (key == "data")
            report(diagnostic_code::ignored_field, w, key_offset, "\"data\" inside data is ignored: put title, body, "
                   "iconUrl and actions at the top of the data JSON");
        else
            ignored_member(key, key_offset, data_column_members, "the notification center reads ", words(data_column_members),
                           " from data");
        return false;
    }
};

class record_checker : public content_checker {
public:
    record_checker(diagnostic_sink& sink, walker_scratch& scratch, walk_limits limits, notification_storage& out,
                   record_scratch& data)
        : content_checker(sink, scratch, limits, out, false), data_(data) {}

    /// Checks the record held by the root object of `document`.
    template <typename Document>
    void check(Document& document, std::size_t root_offset) {
        seen_ = {};
        icon_ = {};
        object_rules rules;
        rules.expected_type = "Microsoft.Dynamics.CRM.appnotification";
        if (!walk_root(document, root_offset, rules,
                       [&](std::string_view key, std::size_t key_offset, od::value& v, json_kind kind) {
                           return root_member(key, key_offset, v, kind);
                       }))
            return;
        require(seen_.title, "title", root_offset, "\"title\" is required: the notification's heading (a required column)");
        require(seen_.owner, "ownerid@odata.bind", root_offset,
                "without \"ownerid@odata.bind\": \"/systemusers(<GUID of the user>)\" the record belongs to, and notifies, "
                "the user who creates it",
                severity::warning);
        if (seen_.legacy.present) report_legacy_owner();
        check_icon(icon_, root_offset, record_icon_names);
    }

private:
    record_scratch& data_;
    /// The preview's owner column, reported once the whole record is read: the lookup, wherever
    /// it is, wins.
    struct legacy_owner {
        bool present = false, valid = false;
        std::size_t offset = 0;
        std::string_view text, digits; // digits: of a GUID, valid or not
    };
    struct seen {
        bool title = false, owner = false, bind = false;
        legacy_owner legacy;
    } seen_;
    icon_state icon_;

    bool root_member(std::string_view key, std::size_t key_offset, od::value& v, json_kind kind) {
        notification& n = out_.model;
        string_value s;
        std::int32_t value = 0;
        if (key == "title") {
            seen_.title = true;
            if (read_required_text(v, kind, key, {plain_title_max_length, true, true, true, record_markdown_hint}, s)) n.title = s.text;
        } else if (key == "body") {
            if (read_text(v, kind, key, {plain_body_max_length, false, true, true, record_markdown_hint}, s)) n.body = s.text;
        } else if (key == "icontype") {
            read_icon(v, kind, key, "column", icon_);
        } else if (key == "toasttype") {
            read_option(v, kind, key, toast_type_options, n.toast, "column");
        } else if (key == "priority") {
            read_option(v, kind, key, priority_options, n.priority, "column");
        } else if (key == "ttlinseconds") {
            if (read_integer_in(v, kind, key, 1, INT32_MAX, " seconds", value)) n.expiry = value;
        } else if (key == "data") {
            check_data(v, kind);
        } else if (key == "ownerid@odata.bind") {
            seen_.owner = true;
            seen_.bind = true;
            check_recipient(v, kind, key);
        } else if (key == "owner") {
            seen_.owner = true;
            check_legacy_owner(v, kind);
        } else if (key == "appnotificationid") {
            std::string_view id;
            read_guid(v, kind, key, "a new GUID for the record, or leave it out", id);
        } else if (key == "partitionid") {
            read_text(v, kind, key, {100, false, false}, s);
        } else if (key == "appmoduleid@odata.bind") {
            report(diagnostic_code::ignored_field, severity::warning, key_offset,
                   "the notification table does not use appmoduleid: notifications show in every app");
            return false;
        } else {
            for (const std::string_view other : record_other_columns)
                if (key == other) return false;
            unknown_column(key, key_offset);
            return false;
        }
        return true;
    }

    void unknown_column(std::string_view key, std::size_t key_offset) {
        const severity e = severity::error;
        const diagnostic_code code = diagnostic_code::unknown_parameter;
        for (const std::string_view column : record_read_only_columns)
            if (key == column) {
                report(diagnostic_code::ignored_field, severity::warning, key_offset, quoted{key},
                       " is set by the server: Dataverse ignores it when the record is created");
                return;
            }
        if (equals_ignoring_case(key, "ttl") || equals_ignoring_case(key, "ttlindays") ||
            equals_ignoring_case(key, "expiry") || equals_ignoring_case(key, "expireson") ||
            equals_ignoring_case(key, "expirydate")) {
            report(code, e, key_offset, "unknown column ", quoted{key}, ": did you mean \"ttlinseconds\"? The "
                   "notification's lifetime is a number of seconds (", equals_ignoring_case(key, "ttlindays")
                   ? "a day is 86400" : "14 days is 1209600", ")");
        } else if (equals_ignoring_case(key, "ownerid") || equals_ignoring_case(key, "_ownerid_value") ||
                   equals_ignoring_case(key, "recipient") || equals_ignoring_case(key, "owner@odata.bind")) {
            report(code, e, key_offset, "unknown column ", quoted{key}, ": the user is set with the lookup "
                   "\"ownerid@odata.bind\": \"/systemusers(<GUID of the user>)\"");
        } else if (equals_ignoring_case(key, "overridecontent") || equals_ignoring_case(key, "actions") ||
                   equals_ignoring_case(key, "iconurl")) {
            report(code, e, key_offset, "unknown column ", quoted{key}, ": markdown title and body, iconUrl and "
                   "actions go in the JSON of \"data\"");
        } else if (const std::string_view meant = suggest(key, record_columns); !meant.empty()) {
            report(code, e, key_offset, "unknown column ", quoted{key}, ": did you mean \"", meant,
                   "\"? (columns are written with their lowercase logical names)");
        } else if (is_custom_column(key)) {
            report(diagnostic_code::custom_column, severity::warning, key_offset, quoted{key},
                   " is a custom column (publisher prefix \"", key.substr(0, key.find('_')),
                   "_\"): it exists only in organizations where it was added, and the notification center ignores it");
        } else {
            report(code, e, key_offset, "unknown column ", quoted{key}, ": a notification record sets ",
                   words(record_columns));
        }
    }

    /// The preview-era `owner`: the GUID of the user. Its GUID is checked here; the warning, and
    /// the model's recipient when the record has no ownerid@odata.bind, come after the walk.
    void check_legacy_owner(od::value& v, json_kind kind) {
        if (kind == json_kind::null) return;
        if (!expect_kind(v, kind, json_kind::string, "owner")) return;
        string_value s;
        if (!read_string_value(v, s)) return;
        legacy_owner& legacy = seen_.legacy;
        const guid_check g = check_guid(s.text);
        legacy.present = true;
        legacy.offset = s.offset;
        legacy.text = s.text;
        legacy.digits = g.problem == guid_problem::none ? g.digits : std::string_view{};
        legacy.valid = check_guid_text(s, "owner", "the GUID of the user (systemuserid)");
    }

    void report_legacy_owner() {
        const legacy_owner& legacy = seen_.legacy;
        notification& n = out_.model;
        if (!seen_.bind) {
            report_member("owner", diagnostic_code::legacy_owner, severity::warning, legacy.offset, "\"owner\" is how "
                          "the preview set the user: write \"ownerid@odata.bind\": \"/systemusers(",
                          legacy.digits.empty() ? std::string_view("<GUID of the user>") : legacy.digits, ")\"");
            if (legacy.valid) {
                n.recipient = legacy.text;
                n.recipient_id = legacy.digits;
            }
            return;
        }
        const bool both_valid = legacy.valid && !n.recipient_id.empty();
        if (both_valid && !equals_ignoring_case(legacy.digits, n.recipient_id))
            report_member("owner", diagnostic_code::legacy_owner, severity::warning, legacy.offset, "\"owner\" is how the "
                          "preview set the user, and \"ownerid@odata.bind\" names another one: the lookup is the one "
                          "used, and the record goes to ", n.recipient_id, ", not to ", legacy.digits, "; remove \"owner\"");
        else
            report_member("owner", diagnostic_code::legacy_owner, severity::warning, legacy.offset, "\"owner\" is how the "
                          "preview set the user, and \"ownerid@odata.bind\" sets it too", both_valid ? " (the same user)" : "",
                          ": the lookup is the one used; remove \"owner\"");
    }

    // --- data -----------------------------------------------------------------------------------

    void check_data(od::value& v, json_kind kind) {
        if (kind == json_kind::null) return;
        if (kind == json_kind::object) {
            report(diagnostic_code::wrong_type, severity::error, offset_of(v),
                   "\"data\" is a text column: it holds the JSON as a string, as JSON.stringify({...}) writes it "
                   "(the object is checked as the data it stands for)");
            record_data_checker inner(sink_, scratch_, limits_, out_, icon_);
            inner.start_nested(input_, base_, depth_);
            inner.check_object(v);
            // The object is part of this document: a syntax error in it is this walk's.
            if (inner.syntax_error()) fail_syntax();
            else if (inner.stopped()) stopped_ = true;
            return;
        }
        string_value s;
        if (!read_text(v, kind, "data", {record_data_max_length, false, false, false}, s)) return;
        const std::size_t root = first_non_space(s.text, 0);
        if (root == s.text.size()) return; // no JSON: the notification center has nothing to read
        check_data_json(s, root);
    }

    /// Parses the text of `data` and checks it; its findings are moved into the outer text.
    void check_data_json(const string_value& s, std::size_t root) {
        record_scratch& d = data_;
        const std::size_t size = s.text.size();
        const std::size_t needed = size + simdjson::SIMDJSON_PADDING;
        if (needed > d.capacity) {
            d.buffer.reset(new char[needed]);
            d.capacity = needed;
        }
        std::memcpy(d.buffer.get(), s.text.data(), size);
        scratch_.strings.forget(); // it may have mapped a string of the text the copy replaces
        std::memset(d.buffer.get() + size, 0, simdjson::SIMDJSON_PADDING);
        const std::string_view text(d.buffer.get(), size);
        const std::size_t mark = sink_.kept();
        // The nesting left to the inner document: the limit holds across both levels.
        const std::size_t depth_left = limits_.max_depth > depth_ ? limits_.max_depth - depth_ : 0;

        bool syntax = true;
        if (text[root] != '{') {
            d.syntax_message.clear();
            const auto error = find_json_syntax_error(text, depth_left, d.syntax_message);
            if (!(error && error->offset == root)) {
                syntax = false;
                report(diagnostic_code::wrong_type, severity::error, root,
                       "the JSON of \"data\" must be an object such as {\"body\": ..., \"actions\": [...]}");
            }
        } else {
            const std::size_t simdjson_depth = limits_.max_depth + 2;
            if (d.parser.max_depth() != simdjson_depth || d.parser.capacity() < size) {
                const std::size_t capacity = size > d.parser.capacity() ? size : d.parser.capacity();
                if (d.parser.allocate(capacity, simdjson_depth) != simdjson::SUCCESS) {
                    report(diagnostic_code::input_too_large, severity::error, root,
                           "the JSON of \"data\" does not fit the JSON parser's memory");
                    return map_data_offsets(s, text, mark);
                }
            }
            const simdjson::padded_string_view padded(d.buffer.get(), size, d.capacity);
            od::document document;
            if (d.parser.iterate(padded).get(document) == simdjson::SUCCESS) {
                record_data_checker inner(sink_, scratch_, limits_, out_, icon_);
                inner.start_nested(text, d.buffer.get(), depth_);
                inner.check(document, root);
                syntax = inner.syntax_error();
                if (!syntax && !inner.stopped()) {
                    const char* end = nullptr;
                    syntax = document.current_location().get(end) == simdjson::SUCCESS; // trailing content
                }
                if (inner.stopped() && !syntax) stopped_ = true;
            }
        }
        if (syntax) {
            d.syntax_message.clear();
            const auto error = sink_.collecting() ? find_json_syntax_error(text, depth_left, d.syntax_message)
                                                  : std::optional<json_syntax_error>{};
            if (error) {
                sink_.discard_after(error->offset, mark);
                report(error->code, severity::error, error->offset, "in the JSON of \"data\": ", d.syntax_message);
            } else {
                report(diagnostic_code::json_syntax, severity::error, root,
                       "the JSON parser refused the JSON of \"data\" (simdjson)");
            }
        }
        map_data_offsets(s, text, mark);
    }

    void map_data_offsets(const string_value& s, std::string_view text, std::size_t mark) {
        if (sink_.kept() == mark) return;
        sink_.map_offsets(mark, text, [&](std::size_t index) { return offset_in(s, index); });
    }
};

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_RECORD_CHECKER_HPP
