// SPDX-License-Identifier: MIT
// When the main.aspx URL of a side pane's page cannot draw a finding from the link check. The
// validator checks a page field by field, then builds its URL (append_page_url) and checks that
// like any link (link_checker.hpp), which costs a seventh of a validation and finds nothing
// when the fields are as the field checks leave them. `page_url_is_clean` proves that from the
// fields alone, so the URL is built and checked only when it might say something: the findings
// are the same either way (tests/page_target_fast_path_test.cpp compares both paths).
#ifndef APPNOTIFY_DETAIL_PAGE_URL_SHORTCUT_HPP
#define APPNOTIFY_DETAIL_PAGE_URL_SHORTCUT_HPP

#include <cstddef>
#include <string_view>

#include "../notification.hpp"
#include "guid.hpp"
#include "page_rules.hpp"
#include "utf8.hpp"

namespace appnotify::detail {

/// What the link check makes of the parameters of one side pane page's URL, worked out from the
/// tables once (page_rules.hpp): the rule each parameter falls under on the URL's page, and
/// whether the check can pass at all. It cannot when a parameter is unknown to the page or read
/// twice (findings whatever the values), when a parameter the page needs is not among them, or
/// when a parameter is of a kind the shortcut does not reason about.
struct page_url_plan {
    bool usable = false;
    param_kind kinds[3] = {};
    std::size_t rules[3] = {};
    bool required[3] = {}; // an empty value is left out, and the page cannot do without it
};

constexpr page_url_plan make_page_url_plan(const side_pane_page& row) noexcept {
    page_url_plan plan;
    const page_set page = page_bit(row.url_page);
    for (std::size_t i = 0; i < row.parameter_count; ++i) {
        const std::size_t rule = find_param_rule(row.parameters[i].name, page);
        if (rule == no_rule) return page_url_plan{};
        for (std::size_t j = 0; j < i; ++j)
            if (plan.rules[j] == rule) return page_url_plan{};
        const param_kind kind = param_rules[rule].kind;
        if (kind != param_kind::guid && kind != param_kind::logical_name && kind != param_kind::choice &&
            kind != param_kind::text && kind != param_kind::data)
            return page_url_plan{};
        plan.rules[i] = rule;
        plan.kinds[i] = kind;
        plan.required[i] = (param_rules[rule].required & page) != 0;
    }
    // A parameter the page needs that the row never writes is always missing.
    for (std::size_t rule = 0; rule < param_rule_count; ++rule) {
        if ((param_rules[rule].required & page) == 0) continue;
        bool written = false;
        for (std::size_t i = 0; i < row.parameter_count; ++i) written = written || plan.rules[i] == rule;
        if (!written) return page_url_plan{};
    }
    // The page type names a page main.aspx knows, and is not itself a parameter of the row.
    if (find_app_page(app_page_names[static_cast<std::size_t>(row.url_page)]) == app_page_count) return page_url_plan{};
    for (std::size_t i = 0; i < row.parameter_count; ++i)
        if (param_rules[plan.rules[i]].kind == param_kind::page_type) return page_url_plan{};
    plan.usable = true;
    return plan;
}

inline constexpr std::size_t side_pane_page_count = sizeof side_pane_pages / sizeof side_pane_pages[0];

/// One plan per row of side_pane_pages, in its order.
struct page_url_plans {
    page_url_plan plans[side_pane_page_count];
    constexpr page_url_plans() noexcept : plans{} {
        for (std::size_t i = 0; i < side_pane_page_count; ++i) plans[i] = make_page_url_plan(side_pane_pages[i]);
    }
};
inline constexpr page_url_plans page_url_plan_table{};

// The common pages take the shortcut; a change to the tables that loses it should be noticed.
static_assert(page_url_plan_table.plans[0].usable, "an entityrecord page's URL can be proven clean");
static_assert(page_url_plan_table.plans[1].usable, "an entitylist page's URL can be proven clean");

/// True when checking the URL append_page_url writes for `page` with an empty app context
/// (link_checker::check) is certain to report nothing; false when it might (then check it).
/// Every byte of the URL other than the values is fixed by the tables ("/main.aspx?pagetype=",
/// the names, '&', '='), and a value is encoded with escapes only for characters other than
/// letters, digits and "-._~", so the URL holds no '<', '{' or '$' for a placeholder to start
/// with and no escape that is not well formed. What is left are the values' own rules:
/// - a GUID: written plainly (no braces), well formed and not all zeros;
/// - a logical name: a lowercase letter, then lowercase letters, digits or underscores;
/// - a choice: one of its values;
/// (these three are made of letters, digits, '-' and '_', so they are in the URL as they are and
/// read back unchanged: no '%', '+', tab or newline for the link check to decode);
/// - text: valid UTF-8 (its escapes must decode to UTF-8);
/// - data: valid UTF-8 without '%' (whose %25 would look like data encoded twice);
/// - an empty value is left out, which a parameter the page needs cannot be.
inline bool page_url_is_clean(const page_target& page) noexcept {
    const auto type = static_cast<std::size_t>(page.type);
    if (type >= side_pane_page_count || side_pane_pages[type].type != page.type) return false;
    const side_pane_page& row = side_pane_pages[type];
    const page_url_plan& plan = page_url_plan_table.plans[type];
    if (!plan.usable) return false;
    for (std::size_t i = 0; i < row.parameter_count; ++i) {
        const std::string_view value = page_field_value(page, row.parameters[i].field);
        if (value.empty()) {
            if (plan.required[i]) return false;
            continue;
        }
        switch (plan.kinds[i]) {
        case param_kind::guid: {
            // Without braces, a well-formed GUID is hexadecimal digits and '-': it encodes to itself.
            const guid_check g = check_guid(value, false);
            if (g.problem != guid_problem::none || g.nil) return false;
            break;
        }
        case param_kind::logical_name:
            if (logical_name_problem(value) != value.size()) return false;
            break;
        case param_kind::choice: {
            // The choices are digits, so a value equal to one encodes to itself.
            const param_rule& r = param_rules[plan.rules[i]];
            bool allowed = false;
            for (std::size_t k = 0; k < r.choice_count; ++k) allowed = allowed || equals_ignoring_case(value, r.choices[k]);
            if (!allowed) return false;
            break;
        }
        case param_kind::text:
            if (find_invalid_utf8(value) != std::string_view::npos) return false;
            break;
        case param_kind::data:
            if (value.find('%') != std::string_view::npos || find_invalid_utf8(value) != std::string_view::npos)
                return false;
            break;
        default: return false;
        }
    }
    return true;
}

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_PAGE_URL_SHORTCUT_HPP
