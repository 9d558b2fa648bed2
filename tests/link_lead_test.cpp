// SPDX-License-Identifier: MIT
// The plain start of a link (link_policy.hpp): check_link reads the kind of a link written in
// plain printable ASCII from its first bytes, without the decoding rounds. Over many generated
// links (escapes, character references, spaces, controls, tabs, non-ASCII, '?', '#', ':' and
// slashes anywhere, starts longer than the 64-byte lead and the 256-byte window), whenever
// the plain reading applies it gives what the decoding rounds give.
#include <cstdint>
#include <string>
#include <string_view>

#include "test_support.hpp"

namespace detail = appnotify::detail;

namespace {

std::uint64_t next(std::uint64_t& state) {
    state = state * 6364136223846793005u + 1442695040888963407u;
    return state >> 33;
}

std::string random_link(std::uint64_t& state) {
    static constexpr std::string_view starts[] = {
        "",       "?",         "#",       "/",       "//",         "\\\\",      "https:",     "HTTPS://",
        "http:/", "mailto:",   "tel:",    "main.aspx", "/main.aspx", "javascript:", "JaVa",     "data:",
        " ",      "\t",        "%3F",     "&#58;",   "&colon;",    "java&#x09;script:", "a",    "x-y.z+w:",
    };
    static constexpr std::string_view bytes = "abcXYZ019:/\\?#.+-_~@=!$'()*,;[]`{}|^\"<>%&\t\n\r \x7F\x80\xC3\xA9";
    std::string link(starts[next(state) % (sizeof starts / sizeof starts[0])]);
    const std::uint64_t shape = next(state) % 10;
    // Mostly short links; some with starts beyond the lead (64) and the window (256).
    const std::size_t length = shape < 7 ? next(state) % 24 : shape < 9 ? 60 + next(state) % 16 : 250 + next(state) % 12;
    const bool plain_letters = next(state) % 2 == 0; // plain runs reach the length limits
    for (std::size_t i = 0; i < length; ++i) {
        if (plain_letters && next(state) % 16 != 0) link.push_back(static_cast<char>('a' + next(state) % 26));
        else link.push_back(bytes[next(state) % bytes.size()]);
    }
    return link;
}

} // namespace

BOOST_AUTO_TEST_SUITE(link_lead)

BOOST_AUTO_TEST_CASE(plain_start_reads_as_the_decoding_rounds_do) {
    std::uint64_t state = 7;
    std::size_t plain = 0, long_plain = 0;
    for (int round = 0; round < 200000; ++round) {
        const std::string link = random_link(state);
        const std::size_t size = detail::plain_link_lead(link);
        char lead[64] = {};
        const std::string_view decoded(lead, detail::decode_link_lead(link, lead));
        if (size == std::string_view::npos) continue;
        ++plain;
        if (size == 64) ++long_plain;
        APPNOTIFY_TEST_QUIETLY(std::string_view(link).substr(0, size) == decoded, link);
    }
    BOOST_TEST(plain > 40000u);
    BOOST_TEST(long_plain > 1000u);
}

BOOST_AUTO_TEST_CASE(what_is_not_plain) {
    for (const std::string_view link : {"%3Fpagetype=x", "&#104;ttps://x", " https://x", "\thttps://x", "h\tttps://x",
                                        "java\x7Fscript:x", "\xC3\xA9:x", "ja&#x09;vascript:"})
        APPNOTIFY_TEST_QUIETLY(detail::plain_link_lead(link) == std::string_view::npos, link);
    // What follows the decided part may be anything: it is not read.
    BOOST_TEST(detail::plain_link_lead("?pagetype=%7B x") == 2u);
    BOOST_TEST(detail::plain_link_lead("https://x y") == 6u);
    BOOST_TEST(detail::plain_link_lead("") == 0u);
    BOOST_TEST(detail::plain_link_lead(std::string(300, 'a')) == 64u);
}

BOOST_AUTO_TEST_SUITE_END()
