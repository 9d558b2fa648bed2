// SPDX-License-Identifier: MIT
// The link policy (link_policy.hpp): what may be a link, however the scheme is disguised.
#include "test_support.hpp"

using appnotify::check_link;
using appnotify::link_kind;
using appnotify::link_refusal;

namespace appnotify {
inline std::ostream& operator<<(std::ostream& out, link_kind kind) { return out << to_string(kind); }
inline std::ostream& operator<<(std::ostream& out, link_refusal refusal) { return out << to_string(refusal); }
} // namespace appnotify

BOOST_AUTO_TEST_SUITE(link_policy)

BOOST_AUTO_TEST_CASE(allowed_kinds) {
    BOOST_TEST(check_link("?pagetype=entityrecord&etn=incident&id=0a9f62a8-90df-e311-9565-a45d36fc5fe8").kind ==
               link_kind::app_relative);
    BOOST_TEST(check_link("/main.aspx?appid=1&pagetype=dashboard").kind == link_kind::main_aspx);
    BOOST_TEST(check_link("main.aspx?pagetype=dashboard").kind == link_kind::main_aspx);
    BOOST_TEST(check_link("Main.aspx#x").kind == link_kind::main_aspx);
    BOOST_TEST(check_link("/WebResources/cr245_AlertOn").kind == link_kind::root_relative);
    BOOST_TEST(check_link("/main.aspxx").kind == link_kind::root_relative);
    BOOST_TEST(check_link("#top").kind == link_kind::fragment);
    for (const std::string_view url : {"https://contoso.com", "HTTP://contoso.com", "mailto:a@contoso.com", "tel:+15551234"}) {
        const auto c = check_link(url);
        BOOST_TEST(c.kind == link_kind::absolute, url);
        BOOST_TEST(c.allowed());
    }
    BOOST_TEST(check_link("HTTPS://x").scheme_name() == "https");
}

BOOST_AUTO_TEST_CASE(dangerous_schemes_however_disguised) {
    using namespace std::string_view_literals;
    const std::string_view urls[] = {"javascript:alert(1)"sv, "JaVaScRiPt:alert(1)", " javascript:alert(1)", "\x01javascript:alert(1)",
          "java\tscript:alert(1)", "java\nscript:alert(1)", "java\rscript:alert(1)", "javascript&colon;alert(1)",
          "javascript&#58;alert(1)", "javascript&#x3a;alert(1)", "javascript&#x3A alert(1)", "&#106;avascript:alert(1)",
          "javascript%3Aalert(1)", "%6Aavascript:alert(1)", "javascript%253Aalert(1)", "jav&#x09;ascript:alert(1)",
          "java\xE2\x80\x8Bscript:alert(1)", "vbscript:msgbox(1)", "data:text/html;base64,PHNjcmlwdD4=",
          "file:///etc/passwd", "livescript:x", "java\0script:alert(1)"sv};
    for (const std::string_view url : urls) {
        const auto c = check_link(url);
        BOOST_TEST(!c.allowed(), url);
        BOOST_TEST(c.refusal == link_refusal::dangerous_scheme, url);
    }
}

BOOST_AUTO_TEST_CASE(unknown_schemes) {
    for (const std::string_view url : {"ms-settings:privacy", "ftp://x", "chrome://settings", "x-custom:1"}) {
        const auto c = check_link(url);
        BOOST_TEST(c.refusal == link_refusal::unknown_scheme, url);
    }
    BOOST_TEST(check_link("ms-settings:x").scheme_name() == "ms-settings");
}

BOOST_AUTO_TEST_CASE(protocol_relative_and_relative_paths) {
    for (const std::string_view url : {"//evil.com", "\\\\evil.com", "/\\evil.com", "\\/evil.com", " //evil.com"})
        BOOST_TEST(check_link(url).refusal == link_refusal::protocol_relative, url);
    for (const std::string_view url : {"page.htm", "../x", "www.contoso.com"})
        BOOST_TEST(check_link(url).refusal == link_refusal::relative_path, url);
}

BOOST_AUTO_TEST_CASE(kinds_are_read_from_the_text_as_written) {
    // Decoding is for spotting disguised schemes; what the link is comes from its text, the way a
    // browser reads it: an escaped '?' or scheme makes a relative path.
    for (const std::string_view url : {"%3Fpagetype=entityrecord", "&#63;pagetype=x", "%2FWebResources/x", "&#104;ttps://x",
                                       "https%3A//x", "%68ttps://x", "https\x01://x", "\xC2\xA0?pagetype=x"}) {
        const auto c = check_link(url);
        BOOST_TEST(c.refusal == link_refusal::relative_path, url);
    }
    BOOST_TEST(check_link("ht\ttps://x").kind == link_kind::absolute);
    BOOST_TEST(check_link("\t?pagetype=x").kind == link_kind::app_relative);
    BOOST_TEST(check_link("/ma\nin.aspx?x").kind == link_kind::main_aspx);
    BOOST_TEST(check_link("main.aspx  ").kind == link_kind::main_aspx);
    BOOST_TEST(check_link("/main.aspx/x").kind == link_kind::root_relative);
    BOOST_TEST(check_link("  \x01?x").offset == 3u);
    BOOST_TEST(check_link("?x").offset == 0u);
}

BOOST_AUTO_TEST_CASE(long_runs_of_hidden_characters_hide_nothing) {
    // A browser removes tabs and newlines: "/<300 tabs>/evil.com" is "//evil.com". However many
    // ignorable characters come first, the scheme check sees what follows them.
    const std::string tabs(300, '\t');
    BOOST_TEST(check_link("/" + tabs + "/evil.com").refusal == link_refusal::protocol_relative);
    BOOST_TEST(check_link(std::string(300, ' ') + "javascript:alert(1)").refusal == link_refusal::dangerous_scheme);
    std::string invisible;
    for (int i = 0; i < 200; ++i) invisible += "\xE2\x80\x8B%00&Tab;";
    BOOST_TEST(check_link(invisible + "javascript:alert(1)").refusal == link_refusal::dangerous_scheme);
    BOOST_TEST(check_link("java" + tabs + "script:alert(1)").refusal == link_refusal::dangerous_scheme);
    BOOST_TEST(check_link(tabs + "?pagetype=x").kind == link_kind::app_relative);
}

BOOST_AUTO_TEST_CASE(empty_links) {
    BOOST_TEST(check_link("").refusal == link_refusal::empty);
    BOOST_TEST(check_link(" \t\n").refusal == link_refusal::empty);
}

BOOST_AUTO_TEST_SUITE_END()
