// SPDX-License-Identifier: MIT
// Recognizing a payload's dialect on a parsed document, and saying so when it is unclear: the
// root object's member names are read once (values skipped), the document is rewound, and the
// dialect's checker walks it.
#ifndef APPNOTIFY_DETAIL_DIALECT_CHECKS_HPP
#define APPNOTIFY_DETAIL_DIALECT_CHECKS_HPP

#include <cstddef>
#include <string>
#include <string_view>

#include <simdjson.h>

#include "../dialect.hpp"
#include "diagnostic_sink.hpp"
#include "format.hpp"
#include "json_syntax.hpp"
#include "json_walker.hpp"

namespace appnotify::detail {

/// Reads the member names of `document`'s root object into `detector`, sets `verdict`, and
/// rewinds the document for the checker. False when simdjson refused the JSON on the way: the
/// document is then unusable (a new one must be parsed); the verdict holds what was read.
template <typename Document>
bool detect_dialect(Document& document, dialect_detector& detector, dialect_verdict& verdict) {
    detector.reset();
    bool ok = true;
    od::object root;
    if (document.get_object().get(root) == simdjson::SUCCESS) {
        for (auto field_result : root) {
            od::field field;
            std::string_view key;
            if (std::move(field_result).get(field) != simdjson::SUCCESS ||
                field.unescaped_key().get(key) != simdjson::SUCCESS) {
                ok = false;
                break;
            }
            detector.add_member(key);
        }
    } else {
        ok = false;
    }
    verdict = detector.verdict();
    if (ok) document.rewind();
    return ok;
}

/// Reads the member names of the object `text` starts with (after whitespace) for as long as the
/// JSON makes sense, and says what they fit: the dialect of a payload simdjson refuses, for the
/// report. Names are read as written (escapes are not expanded); linear in the text.
inline dialect_verdict detect_dialect_in_text(std::string_view text, dialect_detector& detector) {
    detector.reset();
    std::size_t i = first_non_space(text, 0);
    if (i < text.size() && text[i] == '{') {
        ++i;
        while (true) {
            i = first_non_space(text, i);
            if (i >= text.size() || text[i] != '"') break;
            const std::size_t name = ++i;
            while (i < text.size() && text[i] != '"') i += text[i] == '\\' ? 2 : 1;
            if (i >= text.size()) break;
            detector.add_member(text.substr(name, i - name));
            i = first_non_space(text, i + 1);
            if (i >= text.size() || text[i] != ':') break;
            // The value: up to the ',' or '}' that ends it.
            std::size_t depth = 0;
            bool in_string = false;
            for (++i; i < text.size(); ++i) {
                const char c = text[i];
                if (in_string) {
                    if (c == '\\') ++i;
                    else if (c == '"') in_string = false;
                } else if (c == '"') {
                    in_string = true;
                } else if (c == '{' || c == '[') {
                    ++depth;
                } else if (c == '}' || c == ']') {
                    if (depth == 0) break;
                    --depth;
                } else if (c == ',' && depth == 0) {
                    break;
                }
            }
            if (i >= text.size() || text[i] != ',') break;
            ++i;
        }
    }
    return detector.verdict();
}

/// Appends "targetHostName, appNotificationId and payload": the required members of `d`, those
/// for which `present(i)` is false only when `missing_only`.
template <typename Present>
void append_required(std::string& out, dialect d, Present present, bool missing_only) {
    const dialect_members members = members_of(d);
    std::size_t listed = 0, total = 0;
    for (std::size_t i = 0; i < members.required; ++i)
        if (!missing_only || !present(i)) ++total;
    for (std::size_t i = 0; i < members.required; ++i) {
        if (missing_only && present(i)) continue;
        out.append(listed == 0 ? "" : listed + 1 == total ? " and " : ", ");
        out.append(members.names[i]);
        ++listed;
    }
}

/// Appends member `i` of the detector, quoted ("..." after a name cut short).
inline void append_member_name(std::string& out, const dialect_detector& detector, std::size_t i) {
    constexpr std::size_t shown = 40;
    const std::string_view name = detector.member(i);
    std::size_t chars = 0;
    for (const char c : name) chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    const std::size_t max = detector.cut(i) && chars <= shown ? (chars > 0 ? chars - 1 : 0) : shown;
    append_all(out, quoted{name, max});
}

/// Appends why `d` is only one of the candidates of an ambiguous verdict: the members it does not
/// know (or, when no member matches exactly, what it would read them as) and the required members
/// it lacks. There is always a reason: candidates that fit equally cannot fit entirely.
inline void append_candidate_reasons(std::string& out, dialect d, const dialect_detector& detector, bool exact) {
    constexpr std::size_t most = 3;
    const dialect_members members = members_of(d);
    // The members it does not know, or what it reads them as: the first `most` named.
    std::size_t shown[most] = {}, n = 0, total = 0;
    std::string_view read_as[most];
    if (exact) {
        total = detector.members() - detector.known(d);
        for (std::size_t i = 0; i < detector.listed() && n < most; ++i)
            if (!detector.knows(d, i)) shown[n++] = i;
    } else {
        for (std::size_t i = 0; i < detector.listed(); ++i) {
            const std::string_view name = detector.reads_as(d, i);
            if (name.empty()) continue;
            ++total;
            if (n == most) continue;
            shown[n] = i;
            read_as[n++] = name;
        }
    }
    if (total > 0) {
        out.append(exact ? ", which does not know " : ", which would read ");
        for (std::size_t k = 0; k < n; ++k) {
            out.append(k == 0 ? "" : k + 1 == n && total == n ? " and " : ", ");
            append_member_name(out, detector, shown[k]);
            if (!exact) append_all(out, " as ", quoted{read_as[k]});
        }
        if (n == 0) append_all(out, total, total == 1 ? " member" : " members", " beyond the first ", dialect_detector::near_miss_limit);
        else if (total > n) append_all(out, " and ", total - n, exact ? " more" : " more likewise");
    }
    // The required members it lacks.
    const auto present = [&](std::size_t r) {
        if (exact) return detector.has_required(d, r);
        for (std::size_t i = 0; i < detector.listed(); ++i)
            if (detector.reads_as(d, i) == members.names[r]) return true;
        return false;
    };
    bool missing = false;
    for (std::size_t r = 0; r < members.required; ++r) missing = missing || !present(r);
    if (!missing) return;
    out.append(total == 0 ? ", which would need " : n >= 2 || total > n ? ", and would need " : " and would need ");
    append_required(out, d, present, true);
}

/// Reports an unclear verdict: the candidates, and why each does not fit better.
inline void report_verdict(diagnostic_sink& sink, const dialect_verdict& verdict, const dialect_detector& detector,
                           std::size_t root_offset) {
    if (verdict.how == dialect_verdict::fit::unknown) {
        if (!sink.begin(diagnostic_code::dialect_unknown, severity::error, root_offset)) return;
        sink.end_path();
        std::string& out = sink.arena();
        append_all(out, "no member of this object belongs to a notification payload, so its dialect is unknown: ");
        for (const dialect d : all_dialects) {
            append_all(out, d == dialect::action ? "" : d == dialect::graph ? "; and " : "; ", describe(d), " (",
                       to_string(d), ") has ");
            append_required(out, d, [](std::size_t) { return false; }, false);
        }
        sink.end_message();
        return;
    }
    if (verdict.how != dialect_verdict::fit::ambiguous) return;
    if (!sink.begin(diagnostic_code::dialect_ambiguous, severity::warning, root_offset)) return;
    sink.end_path();
    std::string& out = sink.arena();
    const bool exact = detector.known(verdict.dialect) > 0;
    if (exact) {
        const std::size_t known = detector.known(verdict.dialect);
        append_all(out, "this object fits several dialects equally, each knowing ", known,
                   known == 1 ? " member" : " members", " of it: it is read as ");
    } else {
        append_all(out, "no member of this object belongs exactly to a dialect, and several come equally close: it is "
                        "read as ");
    }
    append_all(out, describe(verdict.dialect), " (", to_string(verdict.dialect), ")");
    append_candidate_reasons(out, verdict.dialect, detector, exact);
    for (const dialect d : all_dialects) {
        if (d == verdict.dialect || !verdict.is_candidate(d)) continue;
        append_all(out, "; it could be ", describe(d), " (", to_string(d), ")");
        append_candidate_reasons(out, d, detector, exact);
    }
    append_all(out, ". Name the dialect (--dialect, validate_options::dialect) to be sure");
    sink.end_message();
}

/// Walks a document of no known dialect: its JSON is checked (syntax, duplicate members,
/// annotations) and nothing else.
class plain_checker : public json_walker {
public:
    using json_walker::json_walker;

    template <typename Document>
    void check(Document& document, std::size_t root_offset) {
        walk_root(document, root_offset, object_rules{}, [&](std::string_view, std::size_t, od::value& v, json_kind kind) {
            skip(v, kind);
            return true;
        });
    }
};

/// Why an array is not a payload, in the words of the dialect it was meant as.
constexpr std::string_view array_message(dialect d) noexcept {
    switch (d) {
    case dialect::action:
        return "the payload is an array, but SendAppNotification takes one notification per request: send each "
               "object in its own request";
    case dialect::record:
        return "the payload is an array, but the Web API creates one appnotification record per request: send each "
               "record in its own POST (or all of them with CreateMultiple)";
    case dialect::push:
        return "the payload is an array, but SendPushNotification sends one notification: put every user in its "
               "\"recipients\"";
    case dialect::graph:
        return "the payload is an array, which Graph refuses with BadRequest: \"multiple notifications is not "
               "supported\"; send each notification in its own request";
    }
    return "the payload is an array";
}

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_DIALECT_CHECKS_HPP
