// SPDX-License-Identifier: MIT
// appnotify: the four payloads that send a notification, and how a payload is recognized.
//
//   action  the body of the SendAppNotification action (Title, Recipient, OverrideContent...)
//   record  an appnotification table record (title, body, data, ownerid@odata.bind...)
//   push    the Power Apps Notification connector's push notification (recipients, message...)
//   graph   a Microsoft Graph notification, POST /me/notifications (targetHostName, payload...)
//
// docs/dialects.md sets the four contracts side by side.
#ifndef APPNOTIFY_DIALECT_HPP
#define APPNOTIFY_DIALECT_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <optional>
#include <string_view>

#include "detail/suggest.hpp"

namespace appnotify {

enum class dialect : std::uint8_t { action, record, push, graph };

inline constexpr std::size_t dialect_count = 4;
inline constexpr dialect all_dialects[dialect_count] = {dialect::action, dialect::record, dialect::push,
                                                        dialect::graph};

/// The name used by the tool and in reports: "action", "record", "push" or "graph".
[[nodiscard]] constexpr std::string_view to_string(dialect value) noexcept {
    switch (value) {
    case dialect::action: return "action";
    case dialect::record: return "record";
    case dialect::push: return "push";
    case dialect::graph: return "graph";
    }
    return "action";
}

/// What a payload of the dialect is, for messages: "a SendAppNotification request body"...
[[nodiscard]] constexpr std::string_view describe(dialect value) noexcept {
    switch (value) {
    case dialect::action: return "a SendAppNotification request body";
    case dialect::record: return "an appnotification record";
    case dialect::push: return "a Power Apps push notification";
    case dialect::graph: return "a Microsoft Graph notification";
    }
    return "a payload";
}

/// The dialect whose name (as `to_string` writes it) is `name`; none for any other text.
[[nodiscard]] constexpr std::optional<dialect> parse_dialect(std::string_view name) noexcept {
    for (const dialect d : all_dialects)
        if (to_string(d) == name) return d;
    return std::nullopt;
}

namespace detail {

/// The members of a dialect's root object that detection knows; the first `required` are the
/// members a payload of the dialect must have.
struct dialect_members {
    const std::string_view* names;
    std::size_t count;
    std::size_t required;

    constexpr const std::string_view* begin() const noexcept { return names; }
    constexpr const std::string_view* end() const noexcept { return names + count; }
};

inline constexpr std::string_view action_members[] = {
    "Title", "Recipient", "Body", "IconType", "ToastType", "Priority", "Expiry", "OverrideContent", "Actions",
};
inline constexpr std::string_view record_members[] = {
    "title",         "body",  "icontype",          "toasttype",   "priority",               "ttlinseconds",
    "data",          "ownerid@odata.bind", "owner", "appnotificationid", "partitionid", "appmoduleid@odata.bind",
};
inline constexpr std::string_view push_members[] = {
    "recipients", "message", "openApp", "params", "app", "entity", "formOrView", "recordId",
};
inline constexpr std::string_view graph_members[] = {
    "targetHostName", "appNotificationId", "payload",           "expirationDateTime", "targetPolicy",
    "priority",       "groupName",         "displayTimeToLive", "fallbackPolicy",
};

constexpr dialect_members members_of(dialect d) noexcept {
    switch (d) {
    case dialect::action: return {action_members, std::size(action_members), 2};
    case dialect::record: return {record_members, std::size(record_members), 1};
    case dialect::push: return {push_members, std::size(push_members), 2};
    case dialect::graph: return {graph_members, std::size(graph_members), 3};
    }
    return {action_members, std::size(action_members), 2};
}

/// The member names of all four dialects ordered by length, built from the tables above:
/// detection looks every root member up, and compares it with the few names of its length
/// instead of with all of them.
struct dialect_member_index {
    struct entry {
        std::string_view name;
        dialect owner = dialect::action;
        std::uint8_t index = 0; // in members_of(owner)
    };
    static constexpr std::size_t longest = 31; // no name is longer (the constructor fails otherwise)
    entry entries[std::size(action_members) + std::size(record_members) + std::size(push_members) +
                  std::size(graph_members)] = {};
    /// The names of length n are entries[starts[n]] to entries[starts[n + 1]] (excluded).
    std::uint8_t starts[longest + 2] = {};

    constexpr dialect_member_index() {
        std::size_t count[longest + 2] = {};
        for (const dialect d : all_dialects)
            for (const std::string_view name : members_of(d)) ++count[name.size() + 1];
        for (std::size_t n = 1; n < longest + 2; ++n) count[n] += count[n - 1];
        for (std::size_t n = 0; n < longest + 2; ++n) starts[n] = static_cast<std::uint8_t>(count[n]);
        for (const dialect d : all_dialects) {
            const dialect_members members = members_of(d);
            for (std::size_t m = 0; m < members.count; ++m)
                entries[count[members.names[m].size()]++] = {members.names[m], d, static_cast<std::uint8_t>(m)};
        }
    }
};
inline constexpr dialect_member_index dialect_member_names{};

/// `key` reads as `name` once case, stray spaces and a small typo are forgiven (as `suggest`).
constexpr bool near_miss(std::string_view key, std::string_view name) noexcept {
    const std::string_view trimmed = trim_spaces(key);
    if (equals_ignoring_case(trimmed, name)) return true;
    const std::size_t limit = trimmed.size() <= 4 ? 1 : trimmed.size() <= 10 ? 2 : 3;
    return edit_distance(trimmed, name, limit) <= limit;
}

} // namespace detail

/// What the members of a payload's root object say about its dialect.
struct dialect_verdict {
    enum class fit : std::uint8_t {
        /// One dialect knows more of the members than any other.
        clear,
        /// Several dialects fit equally: they know as many members (and as many of their required
        /// ones), or, when no member matches exactly, they come as close. `dialect` is the first of
        /// them.
        ambiguous,
        /// No dialect knows any member exactly; `dialect` alone comes closest once case and small
        /// typos are forgiven.
        near_miss,
        /// The object has members and not one resembles a member of any dialect.
        unknown,
    };
    appnotify::dialect dialect = appnotify::dialect::action;
    fit how = fit::clear;
    /// The dialects that fit best, as bits (1 << dialect).
    std::uint8_t candidates = 0;

    constexpr bool is_candidate(appnotify::dialect d) const noexcept {
        return (candidates >> static_cast<unsigned>(d)) & 1u;
    }
};

/// "clear", "ambiguous", "near-miss" or "unknown".
[[nodiscard]] constexpr std::string_view to_string(dialect_verdict::fit value) noexcept {
    switch (value) {
    case dialect_verdict::fit::clear: return "clear";
    case dialect_verdict::fit::ambiguous: return "ambiguous";
    case dialect_verdict::fit::near_miss: return "near-miss";
    case dialect_verdict::fit::unknown: return "unknown";
    }
    return "unknown";
}

/// Recognizes a payload's dialect from the names of its root object's members, fed one by one.
/// It keeps counts, and a copy of the first `near_miss_limit` names (each up to `name_capacity`
/// bytes): it allocates nothing, the names fed need not outlive the call, and any number of
/// members costs linear time. The near-miss comparison (case and small typos) only looks at the
/// first `near_miss_limit` members, and only when no member matches exactly.
class dialect_detector {
public:
    static constexpr std::size_t near_miss_limit = 16;
    static constexpr std::size_t name_capacity = 48;

    void reset() noexcept {
        members_ = 0;
        for (std::size_t i = 0; i < dialect_count; ++i) {
            known_[i] = 0;
            required_[i] = 0;
        }
    }

    /// Counts one member, and keeps a copy of its name when it is among the first
    /// `near_miss_limit`.
    void add_member(std::string_view key) noexcept {
        std::uint8_t exact = 0;
        const detail::dialect_member_index& index = detail::dialect_member_names;
        if (key.size() <= index.longest)
            for (std::size_t e = index.starts[key.size()]; e < index.starts[key.size() + 1]; ++e) {
                // Same length by the index: the bytes alone (string_view's != would add a call).
                if (std::memcmp(index.entries[e].name.data(), key.data(), key.size()) != 0) continue;
                const dialect d = index.entries[e].owner;
                const std::size_t i = static_cast<std::size_t>(d), m = index.entries[e].index;
                ++known_[i];
                exact |= std::uint8_t(1u << i);
                if (m < detail::members_of(d).required) required_[i] |= std::uint8_t(1u << m);
            }
        if (members_ < near_miss_limit) keep(members_, key, exact);
        ++members_;
    }

    /// How many members were fed, and how many of them dialect `d` knows.
    std::size_t members() const noexcept { return members_; }
    std::size_t known(dialect d) const noexcept { return known_[static_cast<std::size_t>(d)]; }
    /// Whether `d`'s required member `i` (its `i`th member name) is present.
    bool has_required(dialect d, std::size_t i) const noexcept {
        return (required_[static_cast<std::size_t>(d)] >> i) & 1u;
    }

    /// The first members kept: `listed()` of them (at most `near_miss_limit`). `member(i)` is
    /// the name as fed, or, when longer than `name_capacity` bytes, without its surrounding
    /// spaces, or its first characters (`cut(i)`).
    std::size_t listed() const noexcept { return members_ < near_miss_limit ? members_ : near_miss_limit; }
    std::string_view member(std::size_t i) const noexcept { return {names_[i], lengths_[i]}; }
    bool cut(std::size_t i) const noexcept { return (flags_[i] & cut_flag) != 0; }
    /// Whether dialect `d` knows member `i` exactly.
    bool knows(dialect d, std::size_t i) const noexcept { return (flags_[i] >> static_cast<unsigned>(d)) & 1u; }
    /// The name of dialect `d` that member `i` is or reads as once case, stray spaces and a small
    /// typo are forgiven; empty when none.
    std::string_view reads_as(dialect d, std::size_t i) const noexcept {
        const detail::dialect_members members = detail::members_of(d);
        for (const std::string_view name : members)
            if (name == member(i)) return name;
        if (cut(i)) return {};
        for (const std::string_view name : members)
            if (detail::near_miss(member(i), name)) return name;
        return {};
    }

    [[nodiscard]] dialect_verdict verdict() const noexcept;

private:
    static constexpr std::uint8_t cut_flag = 0x80;

    std::size_t members_ = 0;
    std::size_t known_[dialect_count] = {};
    std::uint8_t required_[dialect_count] = {}; // bits: the required members present
    char names_[near_miss_limit][name_capacity] = {};
    std::uint8_t lengths_[near_miss_limit] = {};
    std::uint8_t flags_[near_miss_limit] = {}; // bits: the dialects that know it exactly, and cut_flag

    void keep(std::size_t i, std::string_view key, std::uint8_t exact) noexcept {
        if (key.size() > name_capacity) {
            const std::string_view trimmed = detail::trim_spaces(key);
            if (trimmed.size() <= name_capacity) {
                key = trimmed;
            } else {
                // Too long to read as any member: its first characters, for messages.
                std::size_t n = name_capacity;
                while (n > 0 && (static_cast<unsigned char>(trimmed[n]) & 0xC0) == 0x80) --n;
                key = trimmed.substr(0, n);
                exact |= cut_flag;
            }
        }
        if (!key.empty()) std::memcpy(names_[i], key.data(), key.size());
        lengths_[i] = static_cast<std::uint8_t>(key.size());
        flags_[i] = exact;
    }
};

inline dialect_verdict dialect_detector::verdict() const noexcept {
    dialect_verdict v;
    if (members_ == 0) return v; // an empty object: the action dialect reports what is missing
    // The dialects that know the most members; among them, those with the most required ones.
    // When none knows a member exactly, the same with the members they come close to.
    std::size_t count[dialect_count] = {}, required[dialect_count] = {};
    bool exact = false;
    for (const std::size_t k : known_) exact = exact || k > 0;
    if (exact) {
        for (std::size_t i = 0; i < dialect_count; ++i) {
            count[i] = known_[i];
            for (unsigned bits = required_[i]; bits != 0; bits &= bits - 1) ++required[i];
        }
    } else {
        for (const dialect d : all_dialects) {
            const std::size_t i = static_cast<std::size_t>(d);
            const detail::dialect_members members = detail::members_of(d);
            unsigned required_bits = 0;
            for (std::size_t m = 0; m < listed(); ++m) {
                const std::string_view name = reads_as(d, m);
                if (name.empty()) continue;
                ++count[i];
                for (std::size_t r = 0; r < members.required; ++r)
                    if (members.names[r] == name) required_bits |= 1u << r;
            }
            for (; required_bits != 0; required_bits &= required_bits - 1) ++required[i];
        }
    }
    std::size_t best = 0, best_required = 0;
    for (const std::size_t k : count) best = k > best ? k : best;
    if (best == 0) {
        v.how = dialect_verdict::fit::unknown;
        v.candidates = (1u << dialect_count) - 1;
        return v;
    }
    for (std::size_t i = 0; i < dialect_count; ++i)
        if (count[i] == best && required[i] > best_required) best_required = required[i];
    for (std::size_t i = 0; i < dialect_count; ++i)
        if (count[i] == best && required[i] == best_required) v.candidates |= std::uint8_t(1u << i);
    for (const dialect d : all_dialects)
        if (v.is_candidate(d)) {
            v.dialect = d;
            break;
        }
    if ((v.candidates & (v.candidates - 1)) != 0) v.how = dialect_verdict::fit::ambiguous;
    else if (!exact) v.how = dialect_verdict::fit::near_miss;
    return v;
}

} // namespace appnotify

#endif // APPNOTIFY_DIALECT_HPP
