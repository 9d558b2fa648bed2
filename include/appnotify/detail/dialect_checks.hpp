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
    verdict = detector.verdict(); // before the rewind: the keys live in simdjson's buffer
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
/// missing only when `missing_only`.
inline void append_required(std::string& out, dialect d, const dialect_detector& detector, bool missing_only) {
    const dialect_members members = members_of(d);
    std::size_t listed = 0, total = 0;
    for (std::size_t i = 0; i < members.required; ++i)
        if (!missing_only || !detector.has_required(d, i)) ++total;
    for (std::size_t i = 0; i < members.required; ++i) {
        if (missing_only && detector.has_required(d, i)) continue;
        out.append(listed == 0 ? "" : listed + 1 == total ? " and " : ", ");
        out.append(members.names[i]);
        ++listed;
    }
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
            append_required(out, d, detector, false);
        }
        sink.end_message();
        return;
    }
    if (verdict.how != dialect_verdict::fit::ambiguous) return;
    if (!sink.begin(diagnostic_code::dialect_ambiguous, severity::warning, root_offset)) return;
    sink.end_path();
    std::string& out = sink.arena();
    const std::size_t known = detector.known(verdict.dialect);
    append_all(out, "this object fits several dialects equally, each knowing ", known, known == 1 ? " member" : " members",
               " of it: it is read as ", describe(verdict.dialect), " (", to_string(verdict.dialect), ")");
    for (const dialect d : all_dialects) {
        if (d == verdict.dialect || !verdict.is_candidate(d)) continue;
        append_all(out, "; it could be ", describe(d), " (", to_string(d), ")");
        const dialect_members members = members_of(d);
        bool missing = false;
        for (std::size_t i = 0; i < members.required; ++i) missing = missing || !detector.has_required(d, i);
        if (missing) {
            out.append(", which would need ");
            append_required(out, d, detector, true);
        }
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
