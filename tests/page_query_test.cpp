// SPDX-License-Identifier: MIT
// Reading a page link's query once (detail/page_query.hpp): the query reader's one pass, the
// table of parameters and its re-reading walk for long queries, and the rule and page lookups by
// length and first letter (page_rules.hpp), each against a straightforward reference (the
// two-scan reader, decode_name, and a case-insensitive compare with every row) over many
// generated queries and names: every case mix, escapes, '+', tabs, repeats, empty names and
// pieces, and more parameters than the table holds.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "test_support.hpp"

namespace detail = appnotify::detail;

namespace {

struct generator {
    std::uint64_t state;
    unsigned next(unsigned n) {
        state = state * 6364136223846793005u + 1442695040888963407u;
        return static_cast<unsigned>(state >> 33) % n;
    }
};

/// Every name the tables hold, and names near them.
std::vector<std::string_view> known_names() {
    std::vector<std::string_view> names;
    for (const detail::param_rule& rule : detail::param_rules) names.push_back(rule.name);
    for (const std::string_view page : detail::app_page_names) names.push_back(page);
    for (const std::string_view other : {"etc", "pageType", "formid", "x", "ID", "data", "name"}) names.push_back(other);
    return names;
}

/// `name` in a random case mix, sometimes mutated: a letter escaped, a byte that differs from a
/// letter by its 0x20 bit ('@' for '`', '[' for '{'), a byte added or dropped, '+', a tab.
std::string mutate(generator& g, std::string_view name) {
    std::string out;
    for (const char c : name) {
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (letter && g.next(2) == 0) out.push_back(static_cast<char>(c ^ 0x20));
        else out.push_back(c);
    }
    switch (g.next(12)) {
    case 0: // an escape for one letter: decodes to the name
        if (!out.empty()) {
            const std::size_t at = g.next(static_cast<unsigned>(out.size()));
            static constexpr char hex[] = "0123456789abcdef";
            const auto b = static_cast<unsigned char>(out[at]);
            out.replace(at, 1, std::string{'%', hex[b >> 4], hex[b & 15]});
        }
        break;
    case 1: // a byte whose 0x20 bit differs from a letter's case bit only
        if (!out.empty()) {
            static constexpr std::string_view near = "@`[{]}\\|^~_\x7F\xC1\xE1";
            out[g.next(static_cast<unsigned>(out.size()))] = near[g.next(static_cast<unsigned>(near.size()))];
        }
        break;
    case 2: out.push_back(static_cast<char>('a' + g.next(26))); break;
    case 3:
        if (!out.empty()) out.erase(g.next(static_cast<unsigned>(out.size())), 1);
        break;
    case 4: out.insert(g.next(static_cast<unsigned>(out.size() + 1)), 1, "\t\n\r+ "[g.next(5)]); break;
    case 5: out.clear(); break;
    default: break;
    }
    return out;
}

std::string random_name(generator& g, const std::vector<std::string_view>& names) {
    if (g.next(5) == 0) { // random bytes, the query's delimiters included
        static constexpr std::string_view bytes = "aZ0%+=\t\r\n#?&_-.~\x80\xE9%2%41%zz";
        std::string out;
        for (unsigned n = g.next(6); n > 0; --n) out.push_back(bytes[g.next(static_cast<unsigned>(bytes.size()))]);
        return out;
    }
    return mutate(g, names[g.next(static_cast<unsigned>(names.size()))]);
}

/// A query of `pieces` pieces: names, '=' or not, values with escapes, '+', tabs, extra '='
/// and '&'.
std::string random_query(generator& g, const std::vector<std::string_view>& names, unsigned pieces) {
    static constexpr std::string_view values[] = {
        "",       "entityrecord", "EntityList", "0a9f62a8-90df-e311-9565-a45d36fc5fe8", "%7B0a9f62a8%7D", "a+b",
        "x%2",    "%E9t%C3%A9",   "a=b",        "\tincident\n",                          "%25",          "on",
    };
    std::string query;
    for (unsigned i = 0; i < pieces; ++i) {
        if (i != 0) query.append(g.next(8) == 0 ? "&&" : "&");
        query.append(random_name(g, names));
        if (g.next(6) != 0) {
            query.push_back('=');
            query.append(values[g.next(sizeof values / sizeof values[0])]);
        }
    }
    if (g.next(10) == 0) query.push_back('&');
    if (g.next(10) == 0) query.insert(0, "&");
    return query;
}

// --- the references -----------------------------------------------------------------------

bool needs_decoding(std::string_view part) {
    for (const char c : part)
        if (c == '%' || c == '+' || c == '\t' || c == '\n' || c == '\r') return true;
    return false;
}

/// The reader as it was: a scan for '&', then find('=') in the piece.
std::vector<detail::query_param> reference_params(std::string_view query, std::size_t base) {
    std::vector<detail::query_param> params;
    std::size_t at = 0;
    while (true) {
        while (at < query.size() && query[at] == '&') ++at;
        if (at >= query.size()) return params;
        std::size_t end = at;
        while (end < query.size() && query[end] != '&') ++end;
        const std::string_view piece = query.substr(at, end - at);
        const std::size_t equals = piece.find('=');
        detail::query_param p;
        p.name_offset = base + at;
        if (equals == std::string_view::npos) {
            p.name = piece;
            p.value_offset = base + end;
        } else {
            p.name = piece.substr(0, equals);
            p.value = piece.substr(equals + 1);
            p.value_offset = base + at + equals + 1;
            p.has_equals = true;
        }
        p.name_plain = !needs_decoding(p.name);
        p.value_plain = !needs_decoding(p.value);
        params.push_back(p);
        at = end;
    }
}

std::size_t reference_any_rule(std::string_view name) {
    for (std::size_t i = 0; i < detail::param_rule_count; ++i)
        if (detail::equals_ignoring_case(name, detail::param_rules[i].name)) return i;
    return detail::no_rule;
}

std::size_t reference_rule(std::string_view name, detail::page_set page) {
    for (std::size_t i = 0; i < detail::param_rule_count; ++i)
        if ((detail::param_rules[i].pages & page) != 0 && detail::equals_ignoring_case(name, detail::param_rules[i].name))
            return i;
    return detail::no_rule;
}

std::size_t reference_page(std::string_view value) {
    for (std::size_t i = 0; i < detail::app_page_count; ++i)
        if (detail::equals_ignoring_case(value, detail::app_page_names[i])) return i;
    return detail::app_page_count;
}

void same_param(const detail::query_param& got, const detail::query_param& want, std::string_view query) {
    APPNOTIFY_TEST_QUIETLY(got.name == want.name, query);
    APPNOTIFY_TEST_QUIETLY(got.value == want.value, query);
    APPNOTIFY_TEST_QUIETLY(got.name.data() == want.name.data(), query);
    APPNOTIFY_TEST_QUIETLY((got.value.data() == want.value.data() || want.value.empty()), query);
    APPNOTIFY_TEST_QUIETLY(got.name_offset == want.name_offset, query);
    APPNOTIFY_TEST_QUIETLY(got.value_offset == want.value_offset, query);
    APPNOTIFY_TEST_QUIETLY(got.has_equals == want.has_equals, query);
    APPNOTIFY_TEST_QUIETLY(got.name_plain == want.name_plain, query);
    APPNOTIFY_TEST_QUIETLY(got.value_plain == want.value_plain, query);
}

/// The walk of a page_query (from its table, or reading the query again) against the reference
/// reader, decode_name and the reference lookup.
void same_walk(const detail::page_query& params, std::string_view query, std::size_t base) {
    const std::vector<detail::query_param> want = reference_params(query, base);
    std::size_t i = 0;
    params.for_each([&](const detail::page_query_param& q) {
        APPNOTIFY_REQUIRE_QUIETLY(i < want.size(), query);
        same_param(q.raw, want[i], query);
        char buffer[48];
        const std::string_view name = detail::decode_name(want[i].name, buffer);
        APPNOTIFY_TEST_QUIETLY(q.name == name, query);
        APPNOTIFY_TEST_QUIETLY(q.any_rule == reference_any_rule(name), query);
        ++i;
        return true;
    });
    BOOST_TEST(i == want.size(), query);
}

} // namespace

BOOST_AUTO_TEST_SUITE(page_query)

BOOST_AUTO_TEST_CASE(rule_and_page_lookups_match_a_scan_of_every_row) {
    const std::vector<std::string_view> names = known_names();
    generator g{1};
    std::size_t found = 0;
    for (int round = 0; round < 60000; ++round) {
        const std::string name = round < 256 ? std::string(1, static_cast<char>(round)) : random_name(g, names);
        APPNOTIFY_TEST_QUIETLY(detail::find_any_param_rule(name) == reference_any_rule(name), name);
        for (unsigned page = 0; page <= detail::app_page_count; ++page) {
            const auto set = static_cast<detail::page_set>(1u << page); // no_page last
            APPNOTIFY_TEST_QUIETLY(detail::find_param_rule(name, set) == reference_rule(name, set), name);
        }
        APPNOTIFY_TEST_QUIETLY(detail::find_app_page(name) == reference_page(name), name);
        if (reference_any_rule(name) != detail::no_rule || reference_page(name) != detail::app_page_count) ++found;
    }
    BOOST_TEST(found > 6000u); // the mutations keep many names known
    // The rows of "id": the dashboard's GUID and the generative page's text.
    BOOST_TEST((detail::param_rules[detail::find_param_rule("ID", detail::page_bit(detail::app_page::genux))].kind ==
                detail::param_kind::text));
    BOOST_TEST((detail::param_rules[detail::find_param_rule("Id", detail::page_bit(detail::app_page::dashboard))].kind ==
                detail::param_kind::guid));
    BOOST_TEST(detail::find_param_rule("id", detail::page_bit(detail::app_page::search)) == detail::no_rule);
    BOOST_TEST(detail::find_app_page("INLINEdialog") == static_cast<std::size_t>(detail::app_page::inlinedialog));
}

BOOST_AUTO_TEST_CASE(letters_compare_as_equals_ignoring_case) {
    generator g{4};
    for (int round = 0; round < 100000; ++round) {
        std::string letters;
        for (unsigned n = g.next(41); n > 0; --n) letters.push_back(static_cast<char>((g.next(2) ? 'a' : 'A') + g.next(26)));
        std::string text = letters;
        for (char& c : text) // each byte: the same, its other case, or a byte that differs in another bit or more
            switch (g.next(6)) {
            case 0: c = static_cast<char>(c ^ 0x20); break;
            case 1:
                if (g.next(8) == 0) c = "@[`{\x7F\xC1\xE1\x00"[g.next(8)];
                break;
            default: break;
            }
        if (g.next(20) == 0 && !text.empty()) text.pop_back();
        APPNOTIFY_TEST_QUIETLY(detail::equals_letters_ignoring_case(text, letters) == detail::equals_ignoring_case(text, letters),
                   text << " / " << letters);
    }
}

BOOST_AUTO_TEST_CASE(required_rows_are_the_rows_each_page_requires) {
    for (std::size_t page = 0; page < detail::app_page_count; ++page) {
        std::uint32_t rows = 0;
        for (std::size_t i = 0; i < detail::param_rule_count; ++i)
            if ((detail::param_rules[i].required & (1u << page)) != 0) rows |= std::uint32_t(1) << i;
        BOOST_TEST(detail::required_param_rows.rows[page] == rows, page);
    }
}

BOOST_AUTO_TEST_CASE(reader_matches_the_two_scan_reader) {
    const std::vector<std::string_view> names = known_names();
    generator g{2};
    for (int round = 0; round < 20000; ++round) {
        const std::string query = random_query(g, names, g.next(8));
        const std::size_t base = g.next(100);
        const std::vector<detail::query_param> want = reference_params(query, base);
        detail::query_reader reader(query, base);
        detail::query_param p;
        std::size_t i = 0;
        while (reader.next(p)) {
            APPNOTIFY_REQUIRE_QUIETLY(i < want.size(), query);
            same_param(p, want[i++], query);
        }
        APPNOTIFY_TEST_QUIETLY(i == want.size(), query);
    }
}

BOOST_AUTO_TEST_CASE(walks_match_the_reference_whether_the_table_holds_the_query_or_not) {
    const std::vector<std::string_view> names = known_names();
    generator g{3};
    std::size_t overflowed = 0;
    for (int round = 0; round < 20000; ++round) {
        // Up to twice the table's capacity, so that both walks are taken.
        const std::string query = random_query(g, names, g.next(2 * detail::page_query::capacity + 3));
        const std::size_t base = g.next(100);
        detail::page_query params;
        const bool fits = params.read(query, base);
        BOOST_TEST(fits == (reference_params(query, base).size() <= detail::page_query::capacity), query);
        if (!fits) ++overflowed;
        same_walk(params, query, base);
        same_walk(params, query, base); // a walk leaves the next one unchanged
    }
    BOOST_TEST(overflowed > 1000u);
    // A query read after a longer one (or one too long for the table) holds that query only.
    detail::page_query params;
    BOOST_TEST(params.read("a=1&b=2&c=3", 0));
    BOOST_TEST(params.read("PageType=x", 0));
    same_walk(params, "PageType=x", 0);
    std::string many;
    for (int i = 0; i < 40; ++i) many += "&x=" + std::to_string(i);
    BOOST_TEST(!params.read(many, 0));
    same_walk(params, many, 0);
    BOOST_TEST(params.read("appid=1", 3));
    same_walk(params, "appid=1", 3);
}

BOOST_AUTO_TEST_CASE(walks_stop_when_asked) {
    std::string many = "a=1&pagetype=dashboard&b";
    for (int i = 0; i < 40; ++i) many += "&x";
    for (const std::string_view query : {std::string_view("a=1&pagetype=dashboard&b"), std::string_view(many)}) {
        detail::page_query params;
        BOOST_TEST(params.read(query, 5) == (query.size() < 30));
        std::size_t calls = 0;
        params.for_each([&](const detail::page_query_param& q) {
            ++calls;
            return q.any_rule != 0;
        });
        BOOST_TEST(calls == 2u);
    }
}

// The link checker looks for a placeholder in a GUID parameter only once check_guid refuses it.
BOOST_AUTO_TEST_CASE(a_value_check_guid_accepts_holds_no_placeholder) {
    generator g{5};
    std::size_t accepted = 0;
    static constexpr std::string_view bytes = "0123456789abcdefABCDEF-{}<>$ xIdG";
    for (int round = 0; round < 100000; ++round) {
        std::string value = "0a9f62a8-90df-e311-9565-a45d36fc5fe8";
        if (g.next(2) == 0) value = "{" + value + "}";
        for (unsigned n = g.next(4); n > 0; --n)
            value[g.next(static_cast<unsigned>(value.size()))] = bytes[g.next(static_cast<unsigned>(bytes.size()))];
        if (detail::check_guid(value).problem != detail::guid_problem::none) continue;
        ++accepted;
        BOOST_TEST(!detail::find_placeholder(value).found(), value);
    }
    BOOST_TEST(accepted > 10000u);
}

BOOST_AUTO_TEST_SUITE_END()
