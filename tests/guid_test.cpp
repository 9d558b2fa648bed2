// SPDX-License-Identifier: MIT
// GUID checking (detail/guid.hpp), which tests 16 or 8 bytes at a time, against a byte loop.
#include "test_support.hpp"

namespace {

using appnotify::detail::guid_check;
using appnotify::detail::guid_problem;

/// check_guid one character at a time, as it is specified.
guid_check guid_by_bytes(std::string_view text, bool allow_braces) {
    guid_check r;
    std::string_view core = text;
    std::size_t base = 0;
    if (allow_braces && text.size() == 38 && text.front() == '{' && text.back() == '}') {
        core = text.substr(1, 36);
        base = 1;
        r.braced = true;
    }
    bool nil = true;
    const std::size_t n = core.size() < 36 ? core.size() : 36;
    for (std::size_t i = 0; i < n; ++i) {
        const char c = core[i];
        const bool hyphen_place = i == 8 || i == 13 || i == 18 || i == 23;
        const bool hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if (hyphen_place ? c != '-' : !hex) {
            r.problem = guid_problem::bad_character;
            r.at = base + i;
            return r;
        }
        nil = nil && (hyphen_place || c == '0');
    }
    if (core.size() != 36) {
        r.problem = guid_problem::bad_length;
        r.at = base + n;
        return r;
    }
    r.nil = nil;
    r.digits = core;
    return r;
}

bool same(const guid_check& a, const guid_check& b) {
    return a.problem == b.problem && a.at == b.at && a.braced == b.braced && a.nil == b.nil &&
           a.digits.data() == b.digits.data() && a.digits.size() == b.digits.size();
}

} // namespace

BOOST_AUTO_TEST_SUITE(guid)

BOOST_AUTO_TEST_CASE(every_byte_at_every_place_is_judged_as_the_byte_loop_judges_it) {
    using appnotify::detail::check_guid;
    const std::string bases[] = {"0a9f62a8-90df-e311-9565-a45d36fc5fe8", "00000000-0000-0000-0000-000000000000",
                                 "FFFFFFFF-ABCD-EF01-2345-6789abcdef00", "00000000-0000-0000-0000-000000000001"};
    std::size_t compared = 0, accepted = 0, nil = 0;
    std::string text;
    for (const std::string& base : bases)
        for (const bool braced : {false, true})
            for (std::size_t place = 0; place < 36; ++place)
                for (int byte = 0; byte < 256; ++byte) {
                    text = braced ? "{" + base + "}" : base;
                    text[place + (braced ? 1 : 0)] = static_cast<char>(byte);
                    // The word or block test alone: it accepts exactly the GUIDs (a stricter one
                    // would leave check_guid right, but slow).
                    const std::string_view core = std::string_view(text).substr(braced ? 1 : 0, 36);
                    bool fast_nil = false;
                    const guid_check by_bytes = guid_by_bytes(core, false);
                    const bool well_formed = appnotify::detail::is_well_formed_guid(core.data(), fast_nil);
                    APPNOTIFY_TEST_QUIETLY(well_formed == (by_bytes.problem == guid_problem::none), "\"" << core << "\"");
                    if (well_formed) APPNOTIFY_TEST_QUIETLY(fast_nil == by_bytes.nil, "\"" << core << "\"");
                    for (const bool allow_braces : {true, false}) {
                        const guid_check fast = check_guid(text, allow_braces), slow = guid_by_bytes(text, allow_braces);
                        APPNOTIFY_TEST_QUIETLY(same(fast, slow), "\"" << text << "\" braces " << allow_braces);
                        ++compared;
                        accepted += slow.problem == guid_problem::none;
                        nil += slow.problem == guid_problem::none && slow.nil;
                    }
                }
    BOOST_TEST(compared == 4u * 2u * 36u * 256u * 2u);
    BOOST_TEST(accepted > 4000u); // the digits that keep it a GUID, and the base itself
    BOOST_TEST(nil > 100u);
}

BOOST_AUTO_TEST_CASE(two_changes_and_other_lengths_are_judged_as_the_byte_loop_judges_them) {
    using appnotify::detail::check_guid;
    const char alphabet[] = "0123456789abcdefABCDEFgG-{} \x80\xff/:@`[";
    std::uint32_t state = 99;
    const auto next = [&state] { return (state = state * 1103515245u + 12345u) >> 16; };
    std::string text;
    for (int round = 0; round < 200000; ++round) {
        text = round % 3 == 0 ? "{0a9f62a8-90df-e311-9565-a45d36fc5fe8}" : "00000000-0000-0000-0000-000000000000";
        if (round % 7 == 0) text.resize(next() % 40);
        for (int change = 0; change < 2 && !text.empty(); ++change)
            text[next() % text.size()] = alphabet[next() % (sizeof alphabet - 1)];
        const bool allow_braces = round % 5 != 0;
        APPNOTIFY_TEST_QUIETLY(same(check_guid(text, allow_braces), guid_by_bytes(text, allow_braces)), "\"" << text << "\"");
    }
}

BOOST_AUTO_TEST_SUITE_END()
