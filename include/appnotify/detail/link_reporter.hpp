// SPDX-License-Identifier: MIT
// What a link check reports through: the reporter interface, the scratch buffers, the mapping
// of positions in decoded values back to the link, and the pieces of its messages.
#ifndef APPNOTIFY_DETAIL_LINK_REPORTER_HPP
#define APPNOTIFY_DETAIL_LINK_REPORTER_HPP

#include <cstddef>
#include <string>
#include <string_view>

#include "../diagnostic.hpp"
#include "format.hpp"
#include "page_rules.hpp"
#include "url_query.hpp"

namespace appnotify::detail {

/// Receives the findings of a link check; `at` is a byte offset into the link.
class link_reporter {
public:
    template <typename... Pieces>
    void add(diagnostic_code code, severity level, std::size_t at, const Pieces&... message) {
        std::string* out = begin(code, level, at);
        if (out == nullptr) return;
        append_all(*out, message...);
        end();
    }

    /// `add` for the span [at, at + length) of the link, for findings that know their extent
    /// better than the span derived from the text (see text_span.hpp).
    template <typename... Pieces>
    void add_span(diagnostic_code code, severity level, std::size_t at, std::size_t length, const Pieces&... message) {
        std::string* out = begin(code, level, at);
        if (out == nullptr) return;
        set_end(at + length);
        append_all(*out, message...);
        end();
    }

protected:
    link_reporter() = default;
    link_reporter(const link_reporter&) = default;
    link_reporter& operator=(const link_reporter&) = default;
    ~link_reporter() = default;
    /// Where the message goes, or null when it is not wanted (the diagnostic is still counted).
    virtual std::string* begin(diagnostic_code code, severity level, std::size_t at) = 0;
    /// Where the span of the diagnostic just begun ends, a position in the link (exclusive). A
    /// reporter that cannot map it leaves the span to be derived.
    virtual void set_end(std::size_t) {}
    virtual void end() = 0;
};

/// Buffers a checker reuses from one link to the next.
struct link_scratch {
    std::string decoded; // a parameter's value, decoded
    std::string inner;   // a value inside extraqs, decoded
    std::string retry;   // a value decoded once more, to recognise double encoding
};

inline constexpr std::string_view allowed_links =
    "allowed are http, https, mailto and tel links, app-relative links (?pagetype=...), paths on the "
    "organization's server (/WebResources/...) and fragments (#...)";

/// The parameters a page reads, listed in a message.
struct page_parameters {
    page_set page;
};
inline void append_piece(std::string& out, const page_parameters& p) {
    bool first = true;
    for (const param_rule& rule : param_rules) {
        if ((rule.pages & p.page) == 0 || (rule.pages == anywhere && p.page != no_page)) continue;
        if (!first) out.append(", ");
        out.append(rule.name);
        first = false;
    }
}

/// "an entityrecord page", "a dashboard page", or main.aspx without a page type, in a message.
struct page_phrase {
    page_set page;
};
inline void append_piece(std::string& out, const page_phrase& p) {
    if (p.page == no_page) {
        out.append("main.aspx without a pagetype");
        return;
    }
    const std::string_view name = first_page_name(p.page);
    out.append(name.front() == 'e' || name.front() == 'i' ? "an " : "a ");
    out.append(name);
    out.append(" page");
}

/// The allowed values of a choice, listed in a message.
struct choice_list {
    const param_rule* rule;
};
inline void append_piece(std::string& out, const choice_list& c) {
    for (std::size_t i = 0; i < c.rule->choice_count; ++i) {
        if (i != 0) out.append(", ");
        out.append(c.rule->choices[i]);
    }
}

/// Text shown lowercased (for "did you mean" on logical names).
struct lowercased {
    std::string_view text;
};
inline void append_piece(std::string& out, const lowercased& l) {
    for (const char c : l.text) out.push_back(ascii_lower(c));
}

/// Where a decoded value came from, so a position in it maps back to the link: `raw` is the
/// value as written, starting at `start` in the link, or in the decoding of `outer` for a value
/// nested one level down (inside extraqs).
struct value_source {
    std::string_view raw;
    std::size_t start = 0;
    const value_source* outer = nullptr;

    std::size_t link_offset_of_raw(std::size_t raw_index) const noexcept {
        const std::size_t at = start + raw_index;
        return outer != nullptr ? outer->link_offset(at) : at;
    }
    std::size_t link_offset(std::size_t decoded_index) const noexcept {
        return link_offset_of_raw(raw_index_of_decoded(raw, decoded_index));
    }
};

/// Well-known wrong values of the choices and what they mean.
struct choice_hint {
    std::string_view parameter, written, meant;
};
inline constexpr choice_hint choice_hints[] = {
    {"viewtype", "savedquery", "1039"}, {"viewtype", "system", "1039"}, {"viewtype", "userquery", "4230"},
    {"viewtype", "personal", "4230"},   {"cmdbar", "1", "true"},        {"cmdbar", "0", "false"},
    {"cmdbar", "yes", "true"},          {"cmdbar", "no", "false"},      {"cmdbar", "on", "true"},
    {"cmdbar", "off", "false"},         {"navbar", "true", "on"},       {"navbar", "false", "off"},
    {"navbar", "1", "on"},              {"navbar", "0", "off"},         {"navbar", "show", "on"},
    {"navbar", "hide", "off"},          {"forceUCI", "true", "1"},      {"forceUCI", "false", "0"},
};

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_LINK_REPORTER_HPP
