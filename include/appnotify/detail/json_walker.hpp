// SPDX-License-Identifier: MIT
// The traversal every payload checker is built on: walks a simdjson on-demand document visiting
// every value (on-demand only validates what it is asked to read), keeps the JSON Pointer of the
// current value, finds duplicate keys, checks OData type annotations, and reports diagnostics.
#ifndef APPNOTIFY_DETAIL_JSON_WALKER_HPP
#define APPNOTIFY_DETAIL_JSON_WALKER_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <simdjson.h>

#include "../diagnostic.hpp"
#include "../dialect.hpp"
#include "diagnostic_sink.hpp"
#include "format.hpp"
#include "hash.hpp"
#include "json_pointer.hpp"
#include "json_string.hpp"
#include "number.hpp"
#include "scratch_stack.hpp"

namespace appnotify::detail {

namespace od = simdjson::ondemand;

enum class json_kind : std::uint8_t { object, array, string, number, boolean, null };

constexpr std::string_view describe(json_kind kind) noexcept {
    switch (kind) {
    case json_kind::object: return "an object";
    case json_kind::array: return "an array";
    case json_kind::string: return "a string";
    case json_kind::number: return "a number";
    case json_kind::boolean: return "a boolean";
    case json_kind::null: return "null";
    }
    return "a value";
}

/// How one object of a payload is checked.
struct object_rules {
    /// The OData type the object's own "@odata.type" must name (without '#'); empty: any.
    std::string_view expected_type;
    /// Warn when "@odata.type" is missing: nested objects of an open type need it.
    bool type_annotation_expected = false;
    /// Members whose "<member>@odata.type" annotation must name this type.
    const std::string_view* annotated_members = nullptr;
    const std::string_view* annotated_member_types = nullptr;
    std::size_t annotated_member_count = 0;
};

/// What an object's own "@odata.type" said, for checkers that interpret it themselves.
struct object_summary {
    bool has_type = false;
    std::string_view type_name; // without the leading '#'
    std::size_t type_offset = 0;
};

struct walk_limits {
    std::size_t max_depth = 64;
};

/// Reusable buffers of a walker; kept between runs so steady-state checking allocates nothing.
struct walker_scratch {
    struct segment {
        std::string_view key;
        std::size_t index;
        bool is_index;
    };
    struct member {
        std::string_view key;
        std::size_t offset;
        json_kind kind;
    };
    struct annotation {
        std::string_view key;
        std::string_view annotated; // empty for the object's own "@odata.type"
        std::string_view type_name; // as written
        std::size_t key_offset;
        std::size_t value_offset;
    };
    scratch_stack<segment> path;
    scratch_stack<member> members;
    /// Open-addressing index of a large object's members: slot = 1 + member index, 0 = empty.
    std::vector<std::uint32_t> index;
    scratch_stack<annotation> annotations;
    std::string pointer;
    /// Positions in the string a diagnostic is about (see value_checker::offset_in).
    string_offset_map strings;

    void clear() {
        path.clear();
        members.clear();
        annotations.clear();
        pointer.clear();
        strings.forget();
    }
};

/// An OData type name without its leading '#' (the namespace alias "mscrm." is left as written:
/// same_odata_type compares through it).
inline std::string_view odata_type_core(std::string_view name) noexcept {
    if (!name.empty() && name.front() == '#') name.remove_prefix(1);
    return name;
}

inline bool same_odata_type(std::string_view written, std::string_view expected) noexcept {
    written = odata_type_core(written);
    constexpr std::string_view alias = "mscrm.";
    constexpr std::string_view full = "Microsoft.Dynamics.CRM.";
    auto strip = [&](std::string_view s) {
        if (s.substr(0, alias.size()) == alias) return s.substr(alias.size());
        if (s.substr(0, full.size()) == full) return s.substr(full.size());
        return std::string_view{};
    };
    if (written == expected) return true;
    const std::string_view a = strip(written), b = strip(expected);
    if (!a.empty() && a == b) return true;
    // Collection(mscrm.expando) and Collection(Microsoft.Dynamics.CRM.expando) are the same.
    constexpr std::string_view coll = "Collection(";
    if (written.substr(0, coll.size()) == coll && expected.substr(0, coll.size()) == coll && written.back() == ')' &&
        expected.back() == ')')
        return same_odata_type(written.substr(coll.size(), written.size() - coll.size() - 1),
                               expected.substr(coll.size(), expected.size() - coll.size() - 1));
    // Primitive types may be written with or without the Edm namespace.
    constexpr std::string_view edm = "Edm.";
    if (written.substr(0, edm.size()) == edm && written.substr(edm.size()) == expected) return true;
    if (expected.substr(0, edm.size()) == edm && expected.substr(edm.size()) == written) return true;
    return false;
}

/// The JSON kind an OData type name describes, or false when the name is not one we know.
inline bool odata_type_kind(std::string_view name, json_kind& kind) noexcept {
    name = odata_type_core(name);
    if (name.substr(0, 11) == "Collection(" && !name.empty() && name.back() == ')') {
        kind = json_kind::array;
        return true;
    }
    if (name.substr(0, 4) == "Edm.") name.remove_prefix(4);
    for (const std::string_view s : {"String", "Guid", "DateTimeOffset", "Date", "TimeOfDay", "Duration", "Binary"})
        if (name == s) {
            kind = json_kind::string;
            return true;
        }
    for (const std::string_view s : {"Int16", "Int32", "Int64", "Byte", "SByte", "Decimal", "Double", "Single"})
        if (name == s) {
            kind = json_kind::number;
            return true;
        }
    if (name == "Boolean") {
        kind = json_kind::boolean;
        return true;
    }
    if (name.substr(0, 23) == "Microsoft.Dynamics.CRM." || name.substr(0, 6) == "mscrm.") {
        kind = json_kind::object;
        return true;
    }
    return false;
}

/// `key == name`, written out: string_view's == goes through compare(), which g++ leaves out of
/// line in the checkers' large functions, and a memcmp call. With `name` a literal, the size
/// test settles most keys and the compare of the rest is a load or two.
inline bool same_name(std::string_view key, std::string_view name) noexcept {
    return key.size() == name.size() && (name.empty() || std::memcmp(key.data(), name.data(), name.size()) == 0);
}

class json_walker {
public:
    json_walker(diagnostic_sink& sink, walker_scratch& scratch, walk_limits limits) noexcept
        : sink_(sink), scratch_(scratch), limits_(limits) {}

    /// `base` is where byte 0 of `input` sits in the buffer simdjson parses.
    void start(std::string_view input, const char* base) {
        input_ = input;
        base_ = base;
        depth_ = 0;
        stopped_ = false;
        syntax_error_ = false;
        dropped_annotation_bytes_ = 0;
        scratch_.clear();
    }

    /// Starts on a document held by a string of the document another walker is on (JSON inside
    /// JSON): the path continues that walker's, on the same scratch, and nesting counts from
    /// `depth`, its depth, so that limits hold across both levels.
    void start_nested(std::string_view input, const char* base, std::size_t depth) noexcept {
        input_ = input;
        base_ = base;
        depth_ = depth;
        stopped_ = false;
        syntax_error_ = false;
    }

    /// Feeds the name of every member of the root object to `detector` as the walk reads it, so
    /// that the dialect is recognized during the walk rather than in a pass of its own (see
    /// check_as_first_member_says in impl/validate.inl).
    void feed_root_names(dialect_detector* detector) noexcept { root_names_ = detector; }

    /// Checking stops on a syntax error, on too deep nesting, and at the first error when only
    /// the verdict is wanted.
    bool stopped() const noexcept { return stopped_ || (!sink_.collecting() && sink_.error_count() != 0); }
    /// simdjson refused something: the caller locates the exact syntax error.
    bool syntax_error() const noexcept { return syntax_error_; }

    /// The bytes of the input, from key to value, of the type annotations read so far whose key
    /// is written without escapes: bytes that compact_json_length(true) leaves out of any value
    /// holding them, so that a raw length minus them still bounds the compact one.
    std::size_t dropped_annotation_bytes() const noexcept { return dropped_annotation_bytes_; }

protected:
    diagnostic_sink& sink_;
    walker_scratch& scratch_;
    walk_limits limits_;
    std::string_view input_;
    const char* base_ = nullptr;
    std::size_t depth_ = 0;
    bool stopped_ = false;
    bool syntax_error_ = false;
    dialect_detector* root_names_ = nullptr;
    std::size_t dropped_annotation_bytes_ = 0;

    // --- reporting -----------------------------------------------------------------------------

    void fail_syntax() noexcept {
        syntax_error_ = true;
        stopped_ = true;
    }

    void write_pointer(std::string& out) const {
        for (const auto& s : scratch_.path) {
            if (s.is_index) append_pointer_index(out, s.index);
            else append_pointer_segment(out, s.key);
        }
    }

    template <typename... Pieces>
    void report(diagnostic_code code, severity level, std::size_t offset, const Pieces&... message) {
        if (!sink_.begin(code, level, offset)) return;
        write_pointer(sink_.arena());
        sink_.end_path();
        append_all(sink_.arena(), message...);
        sink_.end_message();
    }

    /// `report` of the span [offset, end) of the input, for a finding that knows its extent
    /// better than the span the sink derives (a placeholder inside a string, say).
    template <typename... Pieces>
    void report_span(diagnostic_code code, severity level, std::size_t offset, std::size_t end,
                     const Pieces&... message) {
        if (!sink_.begin(code, level, offset)) return;
        sink_.set_end(end);
        write_pointer(sink_.arena());
        sink_.end_path();
        append_all(sink_.arena(), message...);
        sink_.end_message();
    }

    /// Reports about `member` of the current object, which may be absent (a missing member).
    template <typename... Pieces>
    void report_member(std::string_view member, diagnostic_code code, severity level, std::size_t offset,
                       const Pieces&... message) {
        if (!sink_.begin(code, level, offset)) return;
        write_pointer(sink_.arena());
        append_pointer_segment(sink_.arena(), member);
        sink_.end_path();
        append_all(sink_.arena(), message...);
        sink_.end_message();
    }

    // --- values --------------------------------------------------------------------------------

    std::size_t offset_of(const char* p) const noexcept { return static_cast<std::size_t>(p - base_); }
    std::size_t offset_of(od::value& v) noexcept { return offset_of(v.raw_json_token().data()); }

    /// The kind of a value; a refusal from simdjson is a syntax error. Numbers, booleans and
    /// null are validated here, once for every reader: simdjson only checks what it is asked to
    /// read, and a null that means "the default" is never read.
    bool kind_of(od::value& v, json_kind& kind) {
        od::json_type t{};
        if (v.type().get(t) != simdjson::SUCCESS) {
            fail_syntax();
            return false;
        }
        switch (t) {
        case od::json_type::object: kind = json_kind::object; break;
        case od::json_type::array: kind = json_kind::array; break;
        case od::json_type::string: kind = json_kind::string; break;
        case od::json_type::number: kind = json_kind::number; break;
        case od::json_type::boolean: kind = json_kind::boolean; break;
        case od::json_type::null: kind = json_kind::null; break;
        }
        if (kind == json_kind::object || kind == json_kind::array || kind == json_kind::string) return true;
        std::string_view token;
        return scalar_token(v, kind, token);
    }

    /// The text of a number, true, false or null, without the white space after it.
    std::string_view scalar_text(od::value& v) {
        std::string_view token = v.raw_json_token();
        while (!token.empty() && (token.back() == ' ' || token.back() == '\t' || token.back() == '\n' || token.back() == '\r'))
            token.remove_suffix(1);
        return token;
    }

    /// The text of a number, true, false or null, validated (simdjson only checks what it reads).
    bool scalar_token(od::value& v, json_kind kind, std::string_view& token) {
        token = scalar_text(v);
        bool valid = false;
        if (kind == json_kind::number) {
            const number_scan n = scan_number(token, 0);
            valid = n.problem == number_problem::none && n.length == token.size();
        } else if (kind == json_kind::boolean) {
            valid = token == "true" || token == "false";
        } else if (kind == json_kind::null) {
            valid = token == "null";
        }
        if (!valid) fail_syntax();
        return valid;
    }

    bool read_string(od::value& v, std::string_view& out) {
        if (v.get_string().get(out) != simdjson::SUCCESS) {
            fail_syntax();
            return false;
        }
        return true;
    }

    /// Validates a value nobody interprets (unknown members, annotations of unknown types).
    void skip(od::value& v, json_kind kind) {
        switch (kind) {
        case json_kind::object:
            walk_object(v, offset_of(v), object_rules{}, nullptr,
                        [&](std::string_view, std::size_t, od::value& member, json_kind member_kind) {
                            skip(member, member_kind);
                            return true;
                        });
            return;
        case json_kind::array:
            walk_array(v, [&](std::size_t, od::value& element, json_kind element_kind) { skip(element, element_kind); });
            return;
        case json_kind::string: {
            std::string_view ignored;
            read_string(v, ignored);
            return;
        }
        default: {
            std::string_view ignored;
            scalar_token(v, kind, ignored);
            return;
        }
        }
    }

    bool enter(std::size_t offset) {
        if (++depth_ <= limits_.max_depth) return true;
        report(diagnostic_code::json_nesting_too_deep, severity::error, offset,
               "arrays and objects are nested deeper than the limit of ", limits_.max_depth);
        stopped_ = true;
        return false;
    }

    // --- containers ----------------------------------------------------------------------------

    /// Walks an object: `on_member(key, key_offset, value, kind)` is called for each member and
    /// returns false for one it does not read (having reported it), whose value is then validated
    /// and skipped. OData annotations are checked here and never reach `on_member`.
    template <typename OnMember>
    void walk_object(od::value& v, std::size_t offset, const object_rules& rules, object_summary* summary,
                     OnMember&& on_member) {
        od::object object;
        if (v.get_object().get(object) != simdjson::SUCCESS) return fail_syntax();
        walk_object(object, offset, rules, summary, on_member);
    }

    template <typename Object, typename OnMember>
    void walk_object(Object& object, std::size_t offset, const object_rules& rules, object_summary* summary,
                     OnMember&& on_member) {
        if (!enter(offset)) return;
        const std::size_t members_begin = scratch_.members.size();
        const std::size_t annotations_begin = scratch_.annotations.size();
        for (auto field_result : object) {
            // Read in place: copying the field out of its result reads it back as one wide load
            // over the narrower stores that just wrote it (a store-forwarding stall per member).
            if (field_result.error() != simdjson::SUCCESS) {
                fail_syntax();
                break;
            }
            od::field& field = field_result.value_unsafe();
            // The raw key must be read first: unescaping consumes it.
            const std::size_t key_offset = offset_of(field.key().raw()) - 1;
            std::string_view key;
            if (field.unescaped_key().get(key) != simdjson::SUCCESS) {
                fail_syntax();
                break;
            }
            if (root_names_ != nullptr && depth_ == 1) root_names_->add_member(key);
            od::value& value = field.value();
            json_kind kind{};
            if (!kind_of(value, kind)) break;
            walker_scratch::member& member = scratch_.members.push();
            member.key = key;
            member.offset = key_offset;
            member.kind = kind;
            walker_scratch::segment& segment = scratch_.path.push();
            segment.key = key;
            segment.is_index = false;
            if (is_type_annotation(key)) {
                record_annotation(key, key_offset, value, kind);
            } else if (!on_member(key, key_offset, value, kind)) {
                skip(value, kind);
            }
            scratch_.path.pop();
            if (stopped()) break;
        }
        if (!stopped()) finish_object(offset, members_begin, annotations_begin, rules, summary);
        scratch_.members.truncate(members_begin);
        scratch_.annotations.truncate(annotations_begin);
        --depth_;
    }

    /// Walks the root object of `document` like walk_object; false when the walk stopped (a
    /// syntax error, too deep a nesting, or the first error when only the verdict is wanted).
    template <typename Document, typename OnMember>
    bool walk_root(Document& document, std::size_t root_offset, const object_rules& rules, OnMember&& on_member) {
        od::object root;
        if (document.get_object().get(root) != simdjson::SUCCESS) {
            fail_syntax();
            return false;
        }
        walk_object(root, root_offset, rules, nullptr, on_member);
        return !stopped();
    }

    /// Walks an array: `on_element(index, value, kind)` for each element.
    template <typename OnElement>
    void walk_array(od::value& v, OnElement&& on_element) {
        const std::size_t offset = offset_of(v);
        od::array array;
        if (v.get_array().get(array) != simdjson::SUCCESS) return fail_syntax();
        if (!enter(offset)) return;
        std::size_t index = 0;
        for (auto element_result : array) {
            if (element_result.error() != simdjson::SUCCESS) { // read in place, as walk_object's fields
                fail_syntax();
                break;
            }
            od::value& element = element_result.value_unsafe();
            json_kind kind{};
            if (!kind_of(element, kind)) break;
            walker_scratch::segment& segment = scratch_.path.push();
            segment.index = index;
            segment.is_index = true;
            on_element(index, element, kind);
            scratch_.path.pop();
            ++index;
            if (stopped()) break;
        }
        --depth_;
    }

private:
    /// Whether `key` ends with "@odata.type", without branches: every member of every object
    /// asks, and two loads, two compares and a conditional move cost less than a short-circuit
    /// chain of three tests (1% of validation's instructions). A key too short to hold the
    /// suffix compares the suffix with itself and is refused by its size.
    static bool is_type_annotation(std::string_view key) noexcept {
        constexpr std::string_view suffix = "@odata.type";
        static_assert(suffix.size() == 11, "compared as 8 bytes and the last 4");
        const bool long_enough = key.size() >= suffix.size();
        const char* tail = long_enough ? key.data() + key.size() - suffix.size() : suffix.data();
        std::uint64_t head = 0, wanted_head = 0;
        std::uint32_t end = 0, wanted_end = 0;
        std::memcpy(&head, tail, 8);
        std::memcpy(&end, tail + 7, 4);
        std::memcpy(&wanted_head, suffix.data(), 8);
        std::memcpy(&wanted_end, suffix.data() + 7, 4);
        return long_enough & (head == wanted_head) & (end == wanted_end);
    }

    void record_annotation(std::string_view key, std::size_t key_offset, od::value& value, json_kind kind) {
        const std::size_t value_offset = offset_of(value);
        if (kind != json_kind::string) {
            report(diagnostic_code::wrong_type, severity::error, value_offset,
                   "an @odata.type annotation is a string such as \"#Microsoft.Dynamics.CRM.expando\", found ",
                   describe(kind));
            skip(value, kind);
            return;
        }
        std::string_view type_name;
        if (!read_string(value, type_name)) return;
        // A key written without escapes is one compact_json_length drops too (it reads raw keys):
        // then its closing quote follows the key's last letter, where an escaped key has a
        // backslash before a quote. The value's text is at least its unescaped length and quotes.
        const std::size_t key_end = key_offset + 1 + key.size();
        if (key_end < input_.size() && input_[key_end] == '"' && input_[key_end - 1] == 'e')
            dropped_annotation_bytes_ += value_offset + type_name.size() + 2 - key_offset;
        if (type_name.empty() || type_name.front() != '#') {
            report(diagnostic_code::odata_type_missing_hash, severity::warning, value_offset, "write \"#",
                   type_name.substr(0, 80), "\": OData type names in annotations start with '#'");
        }
        walker_scratch::annotation& annotation = scratch_.annotations.push();
        annotation.key = key;
        annotation.annotated = key.substr(0, key.size() - std::string_view("@odata.type").size());
        annotation.type_name = type_name;
        annotation.key_offset = key_offset;
        annotation.value_offset = value_offset;
    }

    static std::size_t hash_key(std::string_view key) noexcept { return static_cast<std::size_t>(fnv1a(key)); }

    /// Indexes members [begin, end) by key, reporting each repeated key; linear time whatever
    /// the keys, so a hostile object with a million members stays cheap.
    void index_members(std::size_t begin) {
        const std::size_t count = scratch_.members.size() - begin;
        std::size_t size = 64;
        while (size < 2 * count) size *= 2;
        scratch_.index.assign(size, 0);
        for (std::size_t i = begin; i < scratch_.members.size(); ++i) {
            const walker_scratch::member& m = scratch_.members[i];
            std::size_t slot = hash_key(m.key) & (size - 1);
            while (true) {
                const std::uint32_t at = scratch_.index[slot];
                if (at == 0) {
                    scratch_.index[slot] = static_cast<std::uint32_t>(i - begin + 1);
                    break;
                }
                if (scratch_.members[begin + at - 1].key == m.key) {
                    report_duplicate(m);
                    break;
                }
                slot = (slot + 1) & (size - 1);
            }
        }
    }

    const walker_scratch::member* find_member(std::size_t begin, std::string_view key, bool indexed) const {
        if (indexed) {
            const std::size_t size = scratch_.index.size();
            std::size_t slot = hash_key(key) & (size - 1);
            while (const std::uint32_t at = scratch_.index[slot]) {
                if (scratch_.members[begin + at - 1].key == key) return &scratch_.members[begin + at - 1];
                slot = (slot + 1) & (size - 1);
            }
            return nullptr;
        }
        for (std::size_t i = begin; i < scratch_.members.size(); ++i)
            if (scratch_.members[i].key == key) return &scratch_.members[i];
        return nullptr;
    }

    void finish_object(std::size_t offset, std::size_t members_begin, std::size_t annotations_begin,
                       const object_rules& rules, object_summary* summary) {
        const std::size_t count = scratch_.members.size() - members_begin;
        // Duplicates: pairwise for the usual small objects, hashed for large hostile ones.
        constexpr std::size_t pairwise_limit = 16;
        const bool indexed = count > pairwise_limit;
        if (indexed) {
            index_members(members_begin);
        } else {
            // A bit per member, from its length and its first and last bytes: a member whose bit
            // no earlier member set has no twin before it, and is compared with none (the
            // pairwise compares cost more than the rest of this function).
            std::uint64_t seen = 0;
            for (std::size_t i = members_begin; i < scratch_.members.size(); ++i) {
                const std::string_view key = scratch_.members[i].key;
                const std::size_t fingerprint =
                    key.empty() ? 0
                                : key.size() * 31 + static_cast<unsigned char>(key.front()) * 7 +
                                      static_cast<unsigned char>(key.back());
                const std::uint64_t bit = std::uint64_t{1} << (fingerprint & 63);
                if ((seen & bit) != 0)
                    for (std::size_t j = members_begin; j < i; ++j)
                        if (key == scratch_.members[j].key) {
                            report_duplicate(scratch_.members[i]);
                            break;
                        }
                seen |= bit;
            }
        }

        bool has_own_type = false;
        for (std::size_t i = annotations_begin; i < scratch_.annotations.size(); ++i) {
            const auto& a = scratch_.annotations[i];
            if (a.annotated.empty()) {
                has_own_type = true;
                if (summary) *summary = {true, odata_type_core(a.type_name), a.value_offset};
                if (!rules.expected_type.empty() && !same_odata_type(a.type_name, rules.expected_type))
                    report_member("@odata.type", diagnostic_code::odata_type_mismatch, severity::error, a.value_offset,
                                  "this object must be typed \"#", rules.expected_type, "\", not ",
                                  quoted{a.type_name});
                continue;
            }
            const walker_scratch::member* target = find_member(members_begin, a.annotated, indexed);
            const std::string_view annotation_key = a.key;
            if (target == nullptr) {
                report_member(annotation_key, diagnostic_code::odata_annotation_orphan, severity::warning, a.key_offset,
                              "this annotation describes ", quoted{a.annotated},
                              ", which is not a member of this object");
                continue;
            }
            std::string_view expected;
            for (std::size_t k = 0; k < rules.annotated_member_count; ++k)
                if (rules.annotated_members[k] == a.annotated) expected = rules.annotated_member_types[k];
            json_kind described{};
            if (!expected.empty()) {
                if (!same_odata_type(a.type_name, expected))
                    report_member(annotation_key, diagnostic_code::odata_type_mismatch, severity::error, a.value_offset,
                                  quoted{a.annotated}, " must be annotated \"#", expected, "\", not ",
                                  quoted{a.type_name});
            } else if (!odata_type_kind(a.type_name, described)) {
                report_member(annotation_key, diagnostic_code::odata_type_unknown, severity::warning, a.value_offset,
                              quoted{a.type_name}, " is not an OData type Dataverse knows");
            } else if (described != target->kind) {
                report_member(annotation_key, diagnostic_code::odata_type_mismatch, severity::error, a.value_offset,
                              quoted{a.type_name}, " describes ", describe(described), ", but ", quoted{a.annotated},
                              " is ", describe(target->kind));
            }
        }
        if (!has_own_type && rules.type_annotation_expected)
            report_member("@odata.type", diagnostic_code::odata_type_missing, severity::warning, offset,
                          "add \"@odata.type\": \"#", rules.expected_type,
                          "\": Dataverse needs the type of an object nested in an open type");
        for (std::size_t k = 0; k < rules.annotated_member_count; ++k) {
            const walker_scratch::member* target = find_member(members_begin, rules.annotated_members[k], indexed);
            if (target == nullptr || target->kind != json_kind::array) continue;
            bool annotated = false;
            for (std::size_t i = annotations_begin; i < scratch_.annotations.size(); ++i)
                if (scratch_.annotations[i].annotated == rules.annotated_members[k]) annotated = true;
            if (!annotated) {
                sink_annotation_missing(rules.annotated_members[k], rules.annotated_member_types[k], target->offset);
            }
        }
    }

    void sink_annotation_missing(std::string_view member, std::string_view type, std::size_t offset) {
        if (!sink_.begin(diagnostic_code::odata_type_missing, severity::warning, offset)) return;
        write_pointer(sink_.arena());
        sink_.arena().push_back('/');
        sink_.arena().append(member);
        sink_.arena().append("@odata.type");
        sink_.end_path();
        append_all(sink_.arena(), "add \"", member, "@odata.type\": \"#", type,
                   "\": Dataverse needs the element type of an array in an open type");
        sink_.end_message();
    }

    void report_duplicate(const walker_scratch::member& m) {
        report_member(m.key, diagnostic_code::duplicate_key, severity::error, m.offset, "duplicate member ",
                      quoted{m.key}, ": it already appears earlier in this object, and servers disagree on which "
                      "one wins");
    }
};

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_JSON_WALKER_HPP
