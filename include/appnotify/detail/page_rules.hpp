// SPDX-License-Identifier: MIT
// The pages of a model-driven app a link can open (main.aspx?pagetype=...) and the query
// parameters each one reads: Microsoft's "Open apps, forms, views, dialogs, and reports with a
// URL"; and the pages a side pane opens (the page inputs of Xrm.Navigation.navigateTo), with the
// fields each reads and the main.aspx URL it opens as.
#ifndef APPNOTIFY_DETAIL_PAGE_RULES_HPP
#define APPNOTIFY_DETAIL_PAGE_RULES_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "../notification.hpp"
#include "suggest.hpp"

namespace appnotify::detail {

enum class app_page : std::uint8_t {
    entityrecord,
    entitylist,
    dashboard,
    webresource,
    custom,
    genux,
    control,
    search,
    inlinedialog,
};
inline constexpr std::size_t app_page_count = 9;
inline constexpr std::string_view app_page_names[app_page_count] = {
    "entityrecord", "entitylist", "dashboard", "webresource", "custom", "genux", "control", "search", "inlinedialog",
};

/// Sets of pages as bit masks; `no_page` stands for a link without `pagetype` (the app's home).
using page_set = std::uint16_t;
constexpr page_set page_bit(app_page page) noexcept { return static_cast<page_set>(1u << static_cast<unsigned>(page)); }
inline constexpr page_set no_page = 1u << app_page_count;
inline constexpr page_set every_page = (1u << app_page_count) - 1;
inline constexpr page_set anywhere = every_page | no_page;

enum class param_kind : std::uint8_t {
    page_type,    // pagetype
    guid,         // 8-4-4-4-12 hexadecimal digits, braces accepted
    logical_name, // a table's logical name
    unique_name,  // an app's unique name: letters, digits, underscores
    text,         // any text
    choice,       // one of a few values
    query,        // extraqs: a percent-encoded query, checked one level down
    data,         // webresource data: anything, percent-encoded
};

struct param_rule {
    std::string_view name; // as Microsoft writes it; matched ASCII case-insensitively
    param_kind kind;
    page_set pages;    // the pages that read it
    page_set required; // the pages that cannot do without it
    const std::string_view* choices = nullptr;
    std::size_t choice_count = 0;
    std::string_view what = {}; // what the value is; for a choice, what each value means
};

inline constexpr std::string_view navbar_choices[] = {"on", "off", "entity"};
inline constexpr std::string_view cmdbar_choices[] = {"true", "false"};
inline constexpr std::string_view force_uci_choices[] = {"1", "0"};
inline constexpr std::string_view viewtype_choices[] = {"1039", "4230"};

constexpr page_set pages(app_page a) noexcept { return page_bit(a); }
constexpr page_set pages(app_page a, app_page b) noexcept { return static_cast<page_set>(page_bit(a) | page_bit(b)); }

inline constexpr param_rule param_rules[] = {
    {"pagetype", param_kind::page_type, anywhere, 0, nullptr, 0, "the type of page"},
    {"appid", param_kind::guid, anywhere, 0, nullptr, 0, "the app's id (AppModuleId)"},
    {"appname", param_kind::unique_name, anywhere, 0, nullptr, 0, "the app's unique name"},
    {"navbar", param_kind::choice, anywhere, 0, navbar_choices, 3,
     "on shows the navigation bar, off hides it, entity keeps only a form's related tables"},
    {"cmdbar", param_kind::choice, anywhere, 0, cmdbar_choices, 2, "true shows the command bar, false hides it"},
    {"forceUCI", param_kind::choice, anywhere, 0, force_uci_choices, 2, "1 opens the app in Unified Interface"},
    {"etn", param_kind::logical_name, pages(app_page::entityrecord, app_page::entitylist),
     pages(app_page::entityrecord, app_page::entitylist), nullptr, 0, "the table's logical name"},
    {"id", param_kind::guid, pages(app_page::entityrecord, app_page::dashboard), 0, nullptr, 0, "the record's id"},
    {"formid", param_kind::guid, pages(app_page::entityrecord), 0, nullptr, 0, "the form's id"},
    {"extraqs", param_kind::query, pages(app_page::entityrecord), 0, nullptr, 0, "values for the form"},
    {"viewid", param_kind::guid, pages(app_page::entitylist), 0, nullptr, 0, "the view's id"},
    {"viewtype", param_kind::choice, pages(app_page::entitylist), 0, viewtype_choices, 2,
     "1039 for a system view, a savedquery; 4230 for a personal view, a userquery"},
    {"webresourceName", param_kind::text, pages(app_page::webresource), pages(app_page::webresource), nullptr, 0,
     "the web resource's name"},
    {"data", param_kind::data, pages(app_page::webresource), 0, nullptr, 0, "data for the web resource"},
    {"name", param_kind::text, pages(app_page::custom, app_page::inlinedialog), pages(app_page::custom), nullptr, 0,
     "the page's logical name"},
    {"entityName", param_kind::logical_name, pages(app_page::custom), 0, nullptr, 0, "the table's logical name"},
    {"recordId", param_kind::guid, pages(app_page::custom), 0, nullptr, 0, "the record's id"},
    {"id", param_kind::text, pages(app_page::genux), 0, nullptr, 0, "the generative page's id"},
    {"controlName", param_kind::text, pages(app_page::control), 0, nullptr, 0, "the control's name"},
    {"searchText", param_kind::text, pages(app_page::search), 0, nullptr, 0, "the text to search for"},
};
inline constexpr std::size_t param_rule_count = sizeof param_rules / sizeof param_rules[0];
inline constexpr std::size_t no_rule = param_rule_count;

/// `text` equals `letters` ASCII case-insensitively, where `letters` holds only ASCII letters (as
/// every name of the tables below): then a byte matches exactly when it equals the letter once
/// its 0x20 bit (the case bit of a letter) is set, which is done to 8 bytes at once at run time.
constexpr bool equals_letters_ignoring_case(std::string_view text, std::string_view letters) noexcept {
    const std::size_t n = text.size();
    if (n != letters.size()) return false;
    std::size_t i = 0;
#if defined(__GNUC__) || defined(__clang__) || defined(_MSC_VER)
    if (!__builtin_is_constant_evaluated() && n >= 8) {
        const auto word = [](const char* p) {
            std::uint64_t w;
            std::memcpy(&w, p, sizeof w);
            return w | 0x2020202020202020u;
        };
        for (; i + 8 < n; i += 8)
            if (word(text.data() + i) != word(letters.data() + i)) return false;
        return word(text.data() + n - 8) == word(letters.data() + n - 8); // the last 8, overlapping
    }
#endif
    for (; i < n; ++i)
        if ((text[i] | 0x20) != (letters[i] | 0x20)) return false;
    return true;
}

constexpr bool is_ascii_letters(std::string_view text) noexcept {
    for (const char c : text)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
    return !text.empty();
}

/// Names looked up by length and first letter: for each (length, lowercase first letter), the
/// set of table rows (bit i for row i) whose name has them. Only those rows can equal a name
/// ASCII case-insensitively, so a lookup compares one or two names instead of every row. Built
/// at compile time from the table (`names`), which stays the one source of the names.
template <std::size_t Count>
struct name_index {
    static_assert(Count <= 32, "one bit per name in a 32-bit set");
    static constexpr std::size_t longest = 16;
    std::uint32_t rows[longest + 1][26] = {};
    bool complete = true; // every name is in the index, and is letters only

    template <typename Names>
    constexpr explicit name_index(const Names& names) noexcept {
        for (std::size_t i = 0; i < Count; ++i) {
            const std::string_view name = names(i);
            // A name too long, or not all letters, would be missed (checked below).
            if (name.size() > longest || !is_ascii_letters(name)) {
                complete = false;
                continue;
            }
            rows[name.size()][ascii_lower(name[0]) - 'a'] |= std::uint32_t(1) << i;
        }
    }

    /// The rows that may name `name` (bit i for row i); 0 when none can.
    constexpr std::uint32_t candidates(std::string_view name) const noexcept {
        if (name.empty() || name.size() > longest) return 0;
        const char first = ascii_lower(name[0]);
        return first >= 'a' && first <= 'z' ? rows[name.size()][first - 'a'] : 0;
    }
};

/// The lowest row of a non-empty set.
constexpr std::size_t lowest_row(std::uint32_t rows) noexcept {
#if defined(__GNUC__) || defined(__clang__)
    return static_cast<std::size_t>(__builtin_ctz(rows));
#else
    std::size_t i = 0;
    while ((rows & 1u) == 0) {
        rows >>= 1;
        ++i;
    }
    return i;
#endif
}

inline constexpr name_index<param_rule_count> param_rule_names{[](std::size_t i) { return param_rules[i].name; }};
inline constexpr name_index<app_page_count> app_page_index{[](std::size_t i) { return app_page_names[i]; }};
static_assert(param_rule_names.complete && app_page_index.complete, "every name is letters, and short");

/// For each rule, the next row with the same name (as "id", read differently by a dashboard and
/// a generative page), or `no_rule`.
struct same_name_rows {
    std::size_t next[param_rule_count] = {};
    constexpr same_name_rows() noexcept {
        for (std::size_t i = 0; i < param_rule_count; ++i) {
            next[i] = no_rule;
            for (std::size_t j = i + 1; j < param_rule_count; ++j)
                if (equals_ignoring_case(param_rules[i].name, param_rules[j].name)) {
                    next[i] = j;
                    break;
                }
        }
    }
};
inline constexpr same_name_rows param_rules_named_alike{};

/// For each page, the rows it cannot do without (bit i for row i), in table order.
struct required_rows_by_page {
    std::uint32_t rows[app_page_count] = {};
    constexpr required_rows_by_page() noexcept {
        for (std::size_t page = 0; page < app_page_count; ++page)
            for (std::size_t i = 0; i < param_rule_count; ++i)
                if ((param_rules[i].required & (1u << page)) != 0) rows[page] |= std::uint32_t(1) << i;
    }
};
inline constexpr required_rows_by_page required_param_rows{};

/// Any rule for `name`, whatever the page: the first row with that name, or `no_rule`.
constexpr std::size_t find_any_param_rule(std::string_view name) noexcept {
    for (std::uint32_t rows = param_rule_names.candidates(name); rows != 0; rows &= rows - 1) {
        const std::size_t i = lowest_row(rows);
        if (equals_letters_ignoring_case(name, param_rules[i].name)) return i;
    }
    return no_rule;
}

/// The rule `page` (a page bit, or `no_page`) reads among the rows named as row `any` (the answer
/// of find_any_param_rule), or `no_rule`.
constexpr std::size_t param_rule_on(std::size_t any, page_set page) noexcept {
    for (std::size_t i = any; i != no_rule; i = param_rules_named_alike.next[i])
        if ((param_rules[i].pages & page) != 0) return i;
    return no_rule;
}

/// The rule for parameter `name` on `page` (a page bit, or `no_page`), or `no_rule`: the first
/// row that page reads with that name.
constexpr std::size_t find_param_rule(std::string_view name, page_set page) noexcept {
    return param_rule_on(find_any_param_rule(name), page);
}

/// The page `value` names (ASCII case-insensitively), or `app_page_count`.
constexpr std::size_t find_app_page(std::string_view value) noexcept {
    for (std::uint32_t rows = app_page_index.candidates(value); rows != 0; rows &= rows - 1) {
        const std::size_t i = lowest_row(rows);
        if (equals_letters_ignoring_case(value, app_page_names[i])) return i;
    }
    return app_page_count;
}

/// The first page in a set, for messages ("a parameter of entitylist").
constexpr std::string_view first_page_name(page_set set) noexcept {
    for (std::size_t i = 0; i < app_page_count; ++i)
        if ((set & (1u << i)) != 0) return app_page_names[i];
    return "no page";
}

// --- the pages of a side pane ---------------------------------------------------------------

/// The fields of a side pane's page (navigateTo's pageInput), in the order of `page_field_names`.
enum class page_field : std::uint8_t {
    entity_name, entity_id, form_id, view_id, view_type, dashboard_id, webresource_name, name, page_id, record_id,
    data, tab_name, create_from, relationship, process_id, process_instance_id, selected_stage_id, cross_entity,
    offline_sync,
};
inline constexpr std::size_t page_field_count = 19;
inline constexpr std::string_view page_field_names[page_field_count] = {
    "entityName", "entityId", "formId", "viewId", "viewType", "dashboardId", "webresourceName",
    "name", "pageId", "recordId", "data", "tabName", "createFromEntity", "relationship", "processId",
    "processInstanceId", "selectedStageId", "isCrossEntityNavigate", "isOfflineSyncError",
};

using page_field_set = std::uint32_t;
constexpr page_field_set field_bit(page_field f) noexcept { return page_field_set(1) << static_cast<unsigned>(f); }
template <typename... Fields>
constexpr page_field_set fields(Fields... f) noexcept {
    return (field_bit(f) | ... | 0u);
}

/// A main.aspx parameter set from a field of the page.
struct page_url_parameter {
    std::string_view name;
    page_field field;
};

/// A page a side pane can open: the fields navigateTo reads for it, the one it cannot do
/// without, and the main.aspx URL that opens the same page (its pagetype, then its parameters in
/// order; a field left empty is left out).
struct side_pane_page {
    page_type type;
    page_field_set reads;
    page_field required;
    app_page url_page;
    page_url_parameter parameters[3];
    std::size_t parameter_count;
};

/// One row per page_type, in the order of its values (page_type_names in notification.hpp).
inline constexpr side_pane_page side_pane_pages[] = {
    {page_type::entityrecord,
     fields(page_field::entity_name, page_field::entity_id, page_field::form_id, page_field::data, page_field::tab_name,
            page_field::create_from, page_field::relationship, page_field::process_id,
            page_field::process_instance_id, page_field::selected_stage_id, page_field::cross_entity,
            page_field::offline_sync),
     page_field::entity_name, app_page::entityrecord,
     {{"etn", page_field::entity_name}, {"id", page_field::entity_id}, {"formid", page_field::form_id}}, 3},
    {page_type::entitylist, fields(page_field::entity_name, page_field::view_id, page_field::view_type),
     page_field::entity_name, app_page::entitylist,
     {{"etn", page_field::entity_name}, {"viewid", page_field::view_id}, {"viewtype", page_field::view_type}}, 3},
    {page_type::dashboard, fields(page_field::dashboard_id), page_field::dashboard_id, app_page::dashboard,
     {{"id", page_field::dashboard_id}}, 1},
    {page_type::webresource, fields(page_field::webresource_name, page_field::data), page_field::webresource_name,
     app_page::webresource, {{"webresourceName", page_field::webresource_name}, {"data", page_field::data}}, 2},
    {page_type::custom, fields(page_field::name, page_field::entity_name, page_field::record_id), page_field::name,
     app_page::custom,
     {{"name", page_field::name}, {"entityName", page_field::entity_name}, {"recordId", page_field::record_id}}, 3},
    {page_type::generative, fields(page_field::page_id, page_field::entity_name, page_field::record_id, page_field::data),
     page_field::page_id, app_page::genux, {{"id", page_field::page_id}}, 1},
};

/// The row of `type`, or null for a value outside the enumeration.
constexpr const side_pane_page* side_pane_page_of(page_type type) noexcept {
    for (const side_pane_page& page : side_pane_pages)
        if (page.type == type) return &page;
    return nullptr;
}

/// The text of field `f` of `page` as a main.aspx parameter holds it (viewType as 1039 or 4230);
/// empty when unset or not text.
constexpr std::string_view page_field_value(const page_target& page, page_field f) noexcept {
    switch (f) {
    case page_field::entity_name: return page.entity_name;
    case page_field::entity_id: return page.entity_id;
    case page_field::form_id: return page.form_id;
    case page_field::view_id: return page.view_id;
    case page_field::view_type:
        return page.view_type == view_type::savedquery  ? viewtype_choices[0]
               : page.view_type == view_type::userquery ? viewtype_choices[1]
                                                        : std::string_view{};
    case page_field::dashboard_id: return page.dashboard_id;
    case page_field::webresource_name: return page.webresource_name;
    case page_field::name: return page.name;
    case page_field::page_id: return page.page_id;
    case page_field::record_id: return page.record_id;
    case page_field::data: return page.data;
    default: return {};
    }
}

/// A table's logical name: a lowercase letter, then lowercase letters, digits or underscores.
/// Returns the index of the first character that breaks the rule, or `text.size()` when none.
constexpr std::size_t logical_name_problem(std::string_view text) noexcept {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool ok = (c >= 'a' && c <= 'z') || (i != 0 && ((c >= '0' && c <= '9') || c == '_'));
        if (!ok) return i;
    }
    return text.size();
}

/// An app's unique name: a letter or underscore, then letters, digits or underscores.
constexpr std::size_t unique_name_problem(std::string_view text) noexcept {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        if (!(letter || (i != 0 && c >= '0' && c <= '9'))) return i;
    }
    return text.size();
}

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_PAGE_RULES_HPP
