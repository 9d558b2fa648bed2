// SPDX-License-Identifier: MIT
// The checker of one link: the policy, the host, and for model-driven page links every query
// parameter by page type (page_rules.hpp). Findings go to a link_reporter (link_reporter.hpp)
// with their offset in the link; the validator maps them into the JSON, links.hpp collects them
// for a bare link.
#ifndef APPNOTIFY_DETAIL_LINK_CHECKER_HPP
#define APPNOTIFY_DETAIL_LINK_CHECKER_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "../app_context.hpp"
#include "../diagnostic.hpp"
#include "../link_policy.hpp"
#include "../list_view.hpp"
#include "format.hpp"
#include "guid.hpp"
#include "link_reporter.hpp"
#include "page_query.hpp"
#include "page_rules.hpp"
#include "suggest.hpp"
#include "text_checks.hpp"
#include "url_parts.hpp"
#include "url_query.hpp"

namespace appnotify::detail {

/// Checks links one after another for one app context, reporting through `report` and reusing
/// `scratch`. Linear in the length of each link.
class link_checker {
public:
    link_checker(link_reporter& report, link_scratch& scratch, const app_context& context) noexcept
        : report_(report), scratch_(scratch), context_(context), org_(parse_org_url(context.org_url)) {}

    /// Checks `link` (a markdown destination, or the text of a JSON string).
    link_layout check(std::string_view link) {
        link_ = link;
        placeholder_reported_ = false;
        const link_layout layout = parse_link_layout(link);
        if (!layout.policy.allowed()) {
            refused(layout);
            return layout;
        }
        if (layout.authority_begin != no_position) check_host(layout);
        if (layout.page_link && layout.has_query()) check_query(layout);
        if (!placeholder_reported_) {
            const text_span placeholder = find_placeholder(link.substr(layout.begin, layout.end - layout.begin));
            if (placeholder.found())
                report_.add_span(diagnostic_code::template_placeholder, severity::warning,
                                 layout.begin + placeholder.offset, placeholder.length,
                                 "the link still contains the template placeholder ",
                                 quoted{link.substr(layout.begin + placeholder.offset, placeholder.length)},
                                 ": fill it in before sending");
        }
        return layout;
    }

private:
    link_reporter& report_;
    link_scratch& scratch_;
    app_context context_;
    org_url org_;
    std::string_view link_;
    bool placeholder_reported_ = false;

    // --- the policy and the host --------------------------------------------------------------

    void refused(const link_layout& layout) {
        const link_check& c = layout.policy;
        const std::size_t at = c.offset < link_.size() ? c.offset : 0;
        const diagnostic_code code = diagnostic_code::link_refused;
        const std::size_t length = layout.end > at ? layout.end - at : 0; // the whole link is refused
        switch (c.refusal) {
        case link_refusal::none:
        case link_refusal::empty:
            report_.add_span(code, severity::error, at, length,
                             "the link is empty: write the address it opens, such as "
                             "?pagetype=entityrecord&etn=<table>&id=<GUID> or https://...");
            return;
        case link_refusal::dangerous_scheme:
            report_.add_span(code, severity::error, at, length, "\"", c.scheme_name(),
                             ":\" links are refused: the scheme can run code or read local files, however it is "
                             "disguised; ",
                             allowed_links);
            return;
        case link_refusal::unknown_scheme:
            report_.add_span(code, severity::error, at, length, "\"", c.scheme_name(), ":\" links are refused: ",
                             allowed_links);
            return;
        case link_refusal::protocol_relative:
            report_.add_span(code, severity::error, at, length,
                             "a link starting with // leaves the app for another host: write https:// and the host "
                             "if that is intended");
            return;
        case link_refusal::unclear_host: return unclear_host(c);
        case link_refusal::relative_path:
            if (!c.scheme_name().empty())
                report_.add_span(code, severity::error, at, length, "the scheme \"", c.scheme_name(),
                                 ":\" is written with escapes or hidden characters, so a browser reads this link as a "
                                 "relative path: write it plainly");
            else
                report_.add_span(code, severity::error, at, length, quoted{link_.substr(at, layout.end - at), 40},
                                 " is a relative path, which means nothing outside the page it was written for: "
                                 "start it with ? (a page of the app), / (a path on the organization's server) or "
                                 "https://");
            return;
        }
    }

    /// An http(s) link whose host readers disagree on (unclear_authority in link_policy.hpp).
    void unclear_host(const link_check& c) {
        const std::size_t colon = raw_index_after(link_, c.offset, c.scheme_name().size());
        const std::size_t at = unclear_authority(link_, colon);
        const diagnostic_code code = diagnostic_code::link_refused;
        if (at >= link_.size() || (link_[at] != '\\' && link_[at] != '@'))
            report_.add(code, severity::error, at < link_.size() ? at : colon, "write two slashes after \"",
                        c.scheme_name(), ":\": without them a browser reads the host from the page the link is "
                        "on, not from the link");
        else if (link_[at] == '\\')
            report_.add(code, severity::error, at, "a backslash before the path: browsers read it as '/', while "
                        "written out as %5C it makes what precedes it a user name, so the link can lead to another "
                        "host than the one it seems to name; write '/'");
        else {
            std::size_t user = colon + 1;
            while (user < at && (link_[user] == '/' || is_url_tab(link_[user]))) ++user;
            report_.add(code, severity::error, at, "the link names a user before its host (",
                        quoted{link_.substr(user, at + 1 - user), 40},
                        "): browsers go to the host after the '@', which readers easily take for the one before "
                        "it; write the link without the user name");
        }
    }

    void check_host(const link_layout& layout) {
        const std::string_view host = link_.substr(layout.host_begin, layout.host_end - layout.host_begin);
        if (host.empty()) {
            report_.add(diagnostic_code::link_invalid_value, severity::error, layout.authority_begin,
                        "the link names no host: write https://<host>/...");
            return;
        }
        check_port(layout);
        if (org_.ok() && !same_host_as_read(host, org_.host))
            report_.add(diagnostic_code::link_other_host, severity::warning, layout.host_begin, "the link goes to ",
                        quoted{host}, ", not to the organization ", quoted{org_.host},
                        ": it leaves the app, and is kept as written");
    }

    /// A port is digits, at most 65535: a browser cannot open a link with any other.
    void check_port(const link_layout& layout) {
        std::size_t i = layout.host_end;
        if (i >= layout.authority_end || link_[i] != ':') return;
        const std::size_t port_at = ++i;
        std::size_t value = 0;
        for (; i < layout.authority_end; ++i) {
            const char c = link_[i];
            if (is_url_tab(c)) continue;
            if (c < '0' || c > '9' || (value = value * 10 + static_cast<std::size_t>(c - '0')) > 65535) {
                report_.add(diagnostic_code::link_invalid_value, severity::error, port_at, "the port ",
                            quoted{link_.substr(port_at, layout.authority_end - port_at), 20},
                            " is not a number from 0 to 65535: a browser cannot open the link");
                return;
            }
        }
    }

    // --- the query of a page link -------------------------------------------------------------

    /// The value of `p` decoded; most values (GUIDs, names, numbers) have nothing to decode, and
    /// are not copied.
    static std::string_view decode_value(const query_param& p, std::string& out) {
        if (p.value_plain) return p.value;
        out.clear();
        percent_decode(p.value, true, out);
        return out;
    }

    /// The rule rows of pagetype, and of appid and appname, which name the link's app (check_app).
    static constexpr std::size_t page_type_rule = find_any_param_rule("pagetype");
    static constexpr std::size_t app_id_rule = find_any_param_rule("appid");
    static constexpr std::size_t app_name_rule = find_any_param_rule("appname");
    static_assert(page_type_rule != no_rule && app_id_rule != no_rule && app_name_rule != no_rule,
                  "page_rules.hpp has pagetype, appid and appname");

    void check_query(const link_layout& layout) {
        const std::size_t begin = layout.query_begin;
        const std::string_view query = link_.substr(begin, layout.query_end - begin);
        // Read once into a table when it fits, which it nearly always does.
        page_query params;
        (void)params.read(query, begin); // a query too long for the table is read again by each walk
        check_parameters(params, begin);
    }

    /// The checks of a query's parameters: for the page type, then for every parameter, then for
    /// the app.
    void check_parameters(const page_query& params, std::size_t begin) {
        // First the page type, which decides what every other parameter means.
        page_set page = no_page;
        bool page_unknown = false;
        bool page_given = false;
        std::size_t page_at = begin;
        params.for_each([&](const page_query_param& q) {
            if (q.any_rule != page_type_rule) return true;
            const query_param& p = q.raw;
            page_at = p.value_offset;
            page_given = true;
            const std::string_view value = decode_value(p, scratch_.decoded);
            const std::size_t index = find_app_page(value);
            if (index < app_page_count) page = page_bit(static_cast<app_page>(index));
            else page_unknown = !value.empty();
            return false;
        });

        std::uint32_t seen = 0; // bit i for rule row i
        std::size_t leak_source = no_rule;
        bool leaked = false;
        std::size_t needs_page_at = no_position;
        std::string_view needs_page_name;
        std::size_t app_id_at = no_position, app_name_at = no_position;
        params.for_each([&](const page_query_param& q) {
            const query_param& p = q.raw;
            const std::string_view name = q.name;
            const std::size_t rule = param_rule_on(q.any_rule, page_unknown ? no_page : page);
            if (rule == no_rule) {
                if (page_unknown) return true; // nothing is known about the parameters of an unknown page
                if (leak_source != no_rule) {
                    if (!leaked) unencoded_data(param_rules[leak_source], p, name, page);
                    leaked = true;
                    return true;
                }
                if (page == no_page && q.any_rule != no_rule) {
                    if (needs_page_at == no_position) {
                        needs_page_at = p.name_offset;
                        needs_page_name = link_.substr(p.name_offset, p.name.size());
                    }
                    return true;
                }
                unknown_parameter(name, q.any_rule, p, page);
                return true;
            }
            const param_rule& r = param_rules[rule];
            if ((seen >> rule) & 1u) {
                report_.add(diagnostic_code::link_repeated_parameter, severity::warning, p.name_offset, quoted{name},
                            " appears more than once: main.aspx reads only one of them, so keep one");
                return true;
            }
            seen |= std::uint32_t(1) << rule;
            if (rule == app_id_rule) app_id_at = p.name_offset;
            if (rule == app_name_rule) app_name_at = p.name_offset;
            check_value(r, p, name, page);
            if (r.kind == param_kind::data || r.kind == param_kind::query) leak_source = rule;
            return true;
        });

        if (needs_page_at != no_position && !page_given)
            report_.add(diagnostic_code::link_missing_parameter, severity::error, needs_page_at, "the link has ",
                        quoted{needs_page_name}, " but no pagetype, so main.aspx opens the app's home page: add "
                        "pagetype=entityrecord (a record), pagetype=entitylist (a view) or the page type meant");
        if (!page_unknown && page != no_page)
            for (std::uint32_t missing = required_param_rows.rows[lowest_row(page)] & ~seen; missing != 0;
                 missing &= missing - 1) {
                const std::size_t i = lowest_row(missing);
                report_.add(diagnostic_code::link_missing_parameter, severity::error, page_at,
                            page_phrase{page}, " needs \"", param_rules[i].name, "\": ", param_rules[i].what);
            }
        check_app(params, app_id_at, app_name_at);
    }

    /// `other` is the first rule with that name (find_any_param_rule), which `page` does not read.
    void unknown_parameter(std::string_view name, std::size_t other, const query_param& p, page_set page) {
        const diagnostic_code code = diagnostic_code::link_unknown_parameter;
        if (equals_ignoring_case(name, "etc")) {
            report_.add(code, severity::warning, p.name_offset, "\"etc\" (an entity type code) differs from one "
                        "organization to another: name the table with etn=<logical name> instead");
            return;
        }
        if (name.empty()) {
            report_.add(code, severity::warning, p.name_offset, "a parameter has no name (",
                        quoted{link_.substr(p.name_offset, p.value.size() + 1), 30}, "): it is ignored");
            return;
        }
        if (other != no_rule) {
            report_.add(code, severity::warning, p.name_offset, quoted{name}, " is not read by ", page_phrase{page},
                        " (it is a parameter of ", first_page_name(param_rules[other].pages), "); it is ignored");
            return;
        }
        std::string_view candidates[param_rule_count];
        std::size_t count = 0;
        for (const param_rule& rule : param_rules)
            if ((rule.pages & page) != 0) candidates[count++] = rule.name;
        const std::string_view meant = suggest(name, list_view<std::string_view>(candidates, count));
        if (!meant.empty())
            report_.add(code, severity::warning, p.name_offset, quoted{name}, " is not a parameter of ", page_phrase{page},
                        ": did you mean \"", meant, "\"?");
        else if (page == no_page)
            report_.add(code, severity::warning, p.name_offset, quoted{name}, " is not a parameter of ", page_phrase{page},
                        ", which reads ", page_parameters{page}, "; it is ignored");
        else
            report_.add(code, severity::warning, p.name_offset, quoted{name}, " is not a parameter of ", page_phrase{page},
                        ", which reads ", page_parameters{page}, " (and appid, appname, navbar, cmdbar, forceUCI); "
                        "it is ignored");
    }

    void unencoded_data(const param_rule& source, const query_param& p, std::string_view name, page_set page) {
        const std::size_t amp = p.name_offset - 1;
        report_.add(diagnostic_code::link_unencoded_data, severity::error, amp, "the '&' before ", quoted{name},
                    " ends \"", source.name, "\" too early: ", quoted{name}, " is not a parameter of ",
                    page_phrase{page}, ", so it was meant as part of ", source.name,
                    ", whose value must be percent-encoded (& as %26, = as %3D), as encodeURIComponent does");
    }

    void check_app(const page_query& params, std::size_t app_id_at, std::size_t app_name_at) {
        if (app_id_at != no_position && app_name_at != no_position) {
            report_.add(diagnostic_code::link_app_conflict, severity::error, app_id_at > app_name_at ? app_id_at : app_name_at,
                        "the link names its app twice, with appid and appname: keep one of them");
            return;
        }
        if (app_id_at == no_position && app_name_at == no_position) return;
        // The link's own app against the context's.
        params.for_each([&](const page_query_param& q) {
            const query_param& p = q.raw;
            if (p.name_offset != app_id_at && p.name_offset != app_name_at) return true;
            const std::string_view value = decode_value(p, scratch_.decoded);
            if (p.name_offset == app_id_at) {
                const guid_check mine = check_guid(value), theirs = check_guid(context_.app_id);
                if (mine.problem == guid_problem::none && theirs.problem == guid_problem::none &&
                    !equals_ignoring_case(mine.digits, theirs.digits))
                    report_.add(diagnostic_code::link_app_mismatch, severity::warning, p.value_offset,
                                "the link opens the app ", mine.digits, ", not the app ", theirs.digits,
                                " it is resolved for; it keeps its own");
            } else if (!context_.app_name.empty() && !value.empty() && !equals_ignoring_case(value, context_.app_name)) {
                report_.add(diagnostic_code::link_app_mismatch, severity::warning, p.value_offset, "the link opens the app ",
                            quoted{value}, ", not the app ", quoted{context_.app_name},
                            " it is resolved for; it keeps its own");
            }
            return false;
        });
    }

    // --- values --------------------------------------------------------------------------------

    void empty_value(const param_rule& r, const query_param& p, std::string_view name, page_set page) {
        const diagnostic_code code = diagnostic_code::empty_value;
        if (r.kind == param_kind::guid && equals_ignoring_case(name, "id") && page == page_bit(app_page::entityrecord))
            report_.add(code, severity::error, p.value_offset,
                        "\"id\" is empty: leave it out to open the form for a new record, or give the record's GUID");
        else if (r.kind == param_kind::choice)
            report_.add(code, severity::error, p.value_offset, quoted{name}, " is empty: give ", choice_list{&r},
                        " (", r.what, "), or leave the parameter out");
        else if ((r.required & page) != 0)
            report_.add(code, severity::error, p.value_offset, quoted{name}, " is empty: ", page_phrase{page},
                        " needs ", r.what);
        else
            report_.add(code, severity::error, p.value_offset, quoted{name}, " is empty: give ", r.what,
                        ", or leave the parameter out");
    }

    void check_value(const param_rule& r, const query_param& p, std::string_view name, page_set page) {
        const value_source source{p.value, p.value_offset, nullptr};
        switch (r.kind) {
        case param_kind::page_type: {
            const std::string_view value = decode_value(p, scratch_.decoded);
            if (value.empty()) {
                report_.add(diagnostic_code::empty_value, severity::error, p.value_offset,
                            "\"pagetype\" is empty: give the type of page, such as entityrecord or entitylist");
            } else if (find_app_page(value) == app_page_count) {
                const std::string_view meant = suggest(value, app_page_names);
                if (!meant.empty())
                    report_.add(diagnostic_code::link_unknown_page_type, severity::warning, p.value_offset,
                                quoted{value}, " is not a page type main.aspx knows: did you mean \"", meant, "\"?");
                else
                    report_.add(diagnostic_code::link_unknown_page_type, severity::warning, p.value_offset,
                                quoted{value}, " is not a page type main.aspx knows (entityrecord, entitylist, "
                                "dashboard, webresource, custom, genux, control, search, inlinedialog); its other "
                                "parameters are not checked");
            }
            return;
        }
        case param_kind::guid: {
            const std::string_view value = decode_value(p, scratch_.decoded);
            if (value.empty()) return empty_value(r, p, name, page);
            check_guid_value(value, source, name, r.what);
            return;
        }
        case param_kind::logical_name: {
            const std::string_view value = decode_value(p, scratch_.decoded);
            if (value.empty()) return empty_value(r, p, name, page);
            check_logical_name_value(value, source, name);
            return;
        }
        case param_kind::unique_name: {
            const std::string_view value = decode_value(p, scratch_.decoded);
            if (value.empty()) return empty_value(r, p, name, page);
            const std::size_t bad = unique_name_problem(value);
            if (bad < value.size())
                report_.add(diagnostic_code::link_invalid_value, severity::error, source.link_offset(bad), quoted{value},
                            " in ", quoted{name}, " is not an app's unique name: ", shown_char{value, bad},
                            " is not allowed (letters, digits and underscores, such as msdyn_SolutionHealthHub)");
            return;
        }
        case param_kind::choice: {
            const std::string_view value = decode_value(p, scratch_.decoded);
            if (value.empty()) return empty_value(r, p, name, page);
            check_choice(r, value, p, name);
            return;
        }
        case param_kind::text:
            check_encoding_of(p, name, false);
            if (p.value.empty() && (r.required & page) != 0) empty_value(r, p, name, page);
            return;
        case param_kind::data: check_encoding_of(p, name, true); return;
        case param_kind::query:
            check_encoding_of(p, name, true);
            check_extraqs(p, source);
            return;
        }
    }

    void check_encoding_of(const query_param& p, std::string_view name, bool encoded_data) {
        const encoding_check e = check_encoding(p.value);
        if (e.bad_escape != no_position)
            report_.add(diagnostic_code::link_malformed_encoding, severity::warning, p.value_offset + e.bad_escape,
                        "a '%' in ", quoted{name}, " starts no escape (two hexadecimal digits must follow): write a "
                        "'%' itself as %25");
        else if (e.invalid_utf8 != no_position)
            report_.add(diagnostic_code::link_malformed_encoding, severity::warning, p.value_offset + e.invalid_utf8,
                        "the escapes in ", quoted{name}, " decode to bytes that are not UTF-8: encode the text as "
                        "UTF-8, as encodeURIComponent does");
        if (encoded_data && e.double_escape != no_position)
            report_.add(diagnostic_code::link_double_encoded, severity::warning, p.value_offset + e.double_escape,
                        quoted{name}, " is percent-encoded twice: ", quoted{p.value.substr(e.double_escape, 5)},
                        " decodes to \"%", p.value.substr(e.double_escape + 3, 2),
                        "\", not to the character it stands for; encode the value once");
    }

    void check_choice(const param_rule& r, std::string_view value, const query_param& p, std::string_view name) {
        for (std::size_t i = 0; i < r.choice_count; ++i)
            if (equals_ignoring_case(value, r.choices[i])) return;
        std::string_view meant;
        for (const choice_hint& h : choice_hints)
            if (h.parameter == r.name && equals_ignoring_case(value, h.written)) meant = h.meant;
        if (meant.empty()) meant = suggest(value, list_view<std::string_view>(r.choices, r.choice_count));
        if (!meant.empty())
            report_.add(diagnostic_code::link_invalid_value, severity::error, p.value_offset, quoted{value, 30},
                        " is not a value of ", quoted{name}, ": did you mean \"", meant, "\"? Allowed: ",
                        choice_list{&r}, " (", r.what, ")");
        else
            report_.add(diagnostic_code::link_invalid_value, severity::error, p.value_offset, quoted{value, 30},
                        " is not a value of ", quoted{name}, "; allowed: ", choice_list{&r}, " (", r.what, ")");
    }

    /// Reports the template placeholder in `value`, if it holds one ("<Guid of the record>"), as
    /// what to replace with `replacement...`; true when it did.
    template <typename... Replacement>
    bool reported_placeholder(std::string_view value, const value_source& source, const Replacement&... replacement) {
        const text_span placeholder = find_placeholder(value);
        if (!placeholder.found()) return false;
        placeholder_reported_ = true;
        const std::size_t start = source.link_offset(placeholder.offset);
        report_.add_span(diagnostic_code::template_placeholder, severity::error, start,
                         source.link_offset(placeholder.offset + placeholder.length) - start,
                         quoted{value.substr(placeholder.offset, placeholder.length)},
                         " is a template placeholder: replace it with ", replacement...);
        return true;
    }

    void check_logical_name_value(std::string_view value, const value_source& source, std::string_view name) {
        const std::size_t bad = logical_name_problem(value);
        if (bad == value.size()) return;
        if (reported_placeholder(value, source, "the table's logical name")) return;
        bool only_case = true;
        for (const char c : value)
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) only_case = false;
        if (only_case && value.size() <= 64 && !(value[0] >= '0' && value[0] <= '9') && value[0] != '_')
            report_.add(diagnostic_code::invalid_logical_name, severity::error, source.link_offset(bad), quoted{value},
                        " in ", quoted{name}, " is not a logical name: logical names are lowercase; did you mean \"",
                        lowercased{value}, "\"?");
        else
            report_.add(diagnostic_code::invalid_logical_name, severity::error, source.link_offset(bad), quoted{value},
                        " in ", quoted{name}, " is not a logical name: ", shown_char{value, bad},
                        " is not allowed (a lowercase letter, then lowercase letters, digits and underscores, such as "
                        "\"incident\")");
    }

    void check_guid_value(std::string_view value, const value_source& source, std::string_view name,
                          std::string_view what) {
        // A GUID (hexadecimal digits and hyphens, in one pair of braces or none) holds no
        // placeholder, which starts with '<', "${" or "{{": only a value that is none is searched.
        const guid_check g = check_guid(value);
        if (g.problem != guid_problem::none) {
            if (reported_placeholder(value, source, what, ", a GUID")) return;
            const std::size_t in_core = g.braced ? g.at - 1 : g.at;
            const std::size_t percent = value.find('%');
            if (percent != std::string_view::npos) {
                scratch_.retry.clear();
                percent_decode(value, false, scratch_.retry);
                if (is_guid(scratch_.retry)) {
                    report_.add(diagnostic_code::invalid_guid, severity::error, source.link_offset(percent),
                                quoted{name}, " holds a GUID percent-encoded twice: it decodes to ", quoted{value, 45},
                                ", whose '%' was itself encoded as %25; encode it once (braces as %7B and %7D) or "
                                "write it without braces");
                    return;
                }
            }
            if (g.problem == guid_problem::bad_character)
                report_.add(diagnostic_code::invalid_guid, severity::error, source.link_offset(g.at), quoted{value, 45},
                            " in ", quoted{name}, " is not a GUID: ", shown_char{value, g.at}, " at character ", g.at + 1,
                            in_core == 8 || in_core == 13 || in_core == 18 || in_core == 23
                                ? " should be '-'"
                                : " is not a hexadecimal digit",
                            "; a GUID is 8-4-4-4-12 hexadecimal digits such as 0a9f62a8-90df-e311-9565-a45d36fc5fe8");
            else
                report_.add(diagnostic_code::invalid_guid, severity::error, source.link_offset(g.at), quoted{value, 45},
                            " in ", quoted{name}, " is not a GUID: it has ", count_code_points(value),
                            " characters; a GUID is 8-4-4-4-12 hexadecimal digits (36 characters) such as "
                            "0a9f62a8-90df-e311-9565-a45d36fc5fe8");
            return;
        }
        if (g.nil)
            report_.add(diagnostic_code::nil_guid, severity::error, source.link_offset(0), quoted{name},
                        " is the all-zero GUID, which identifies nothing: give ", what);
    }

    /// extraqs holds a query of its own (`formid=...&field=value`), percent-encoded. The first
    /// formid is the one checked (and one is all a form reads).
    void check_extraqs(const query_param& p, const value_source& source) {
        const std::string_view decoded = decode_value(p, scratch_.decoded);
        query_param inner;
        char name_buffer[48];
        for (query_reader reader(decoded, 0); reader.next(inner);) {
            if (!equals_ignoring_case(param_name(inner, name_buffer), "formid")) continue;
            const value_source inner_source{inner.value, inner.value_offset, &source};
            std::string_view value = decode_value(inner, scratch_.inner);
            // Microsoft's own example ends the value with an encoded CR LF: spaces around are ignored.
            std::size_t lead = 0;
            while (lead < value.size() && (value[lead] == ' ' || value[lead] == '\t' || value[lead] == '\r' || value[lead] == '\n'))
                ++lead;
            value.remove_prefix(lead);
            while (!value.empty() && (value.back() == ' ' || value.back() == '\t' || value.back() == '\r' || value.back() == '\n'))
                value.remove_suffix(1);
            if (value.empty()) {
                report_.add(diagnostic_code::empty_value, severity::error, inner_source.link_offset(0),
                            "\"formid\" in extraqs is empty: give the form's id or leave it out");
                return;
            }
            const value_source shifted{inner.value.substr(raw_index_of_decoded(inner.value, lead)),
                                       inner.value_offset + raw_index_of_decoded(inner.value, lead), &source};
            check_guid_value(value, shifted, "formid", "the form's id");
            return;
        }
    }
};

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_LINK_CHECKER_HPP
