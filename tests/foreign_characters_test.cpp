// SPDX-License-Identifier: MIT
// Issue 11, class 8: the characters that never reach an output as themselves, one table
// (detail/foreign_characters.hpp) applied the same way on every channel: diagnostics (messages,
// paths, text and JSON), JSON written by convert, and the terminal renderers.
#include "test_support.hpp"

#include <ostream>
#include <string>
#include <string_view>

using appnotify::detail::classify_foreign;
using appnotify::detail::foreign_class;

namespace appnotify::detail {
inline std::ostream& operator<<(std::ostream& out, foreign_class kind) { return out << static_cast<int>(kind); }
} // namespace appnotify::detail

namespace {

struct sample {
    char32_t code_point;
    std::string_view utf8;
    std::string_view escaped; // \uXXXX
    foreign_class kind;
};

// One or more of each class the issue names, and the controls and bidi controls they join.
constexpr sample samples[] = {
    {0x061C, "\xD8\x9C", "\\u061C", foreign_class::bidi_mark},
    {0x200E, "\xE2\x80\x8E", "\\u200E", foreign_class::bidi_mark},
    {0x200F, "\xE2\x80\x8F", "\\u200F", foreign_class::bidi_mark},
    {0x200D, "\xE2\x80\x8D", "\\u200D", foreign_class::joiner},
    {0x2061, "\xE2\x81\xA1", "\\u2061", foreign_class::invisible},
    {0x2064, "\xE2\x81\xA4", "\\u2064", foreign_class::invisible},
    {0x206A, "\xE2\x81\xAA", "\\u206A", foreign_class::invisible},
    {0x206F, "\xE2\x81\xAF", "\\u206F", foreign_class::invisible},
    {0xFFF9, "\xEF\xBF\xB9", "\\uFFF9", foreign_class::invisible},
    {0xFFFB, "\xEF\xBF\xBB", "\\uFFFB", foreign_class::invisible},
    {0x202E, "\xE2\x80\xAE", "\\u202E", foreign_class::bidi_control},
    {0x2067, "\xE2\x81\xA7", "\\u2067", foreign_class::bidi_control},
    {0x009B, "\xC2\x9B", "\\u009B", foreign_class::control},
};

std::string rendered(std::string_view markdown, bool ansi) {
    std::string out;
    appnotify::markdown_options options;
    options.hyperlinks = false;
    if (ansi) appnotify::render_markdown_ansi(markdown, out, options);
    else appnotify::render_markdown_text(markdown, out, options);
    return out;
}

} // namespace

BOOST_AUTO_TEST_SUITE(foreign_characters)

BOOST_AUTO_TEST_CASE(one_table_classifies_them) {
    for (const sample& s : samples) BOOST_TEST(classify_foreign(s.code_point) == s.kind, s.escaped);
    BOOST_TEST(classify_foreign(U'a') == foreign_class::none);
    BOOST_TEST(classify_foreign(0x05D0) == foreign_class::none); // Hebrew alef
    BOOST_TEST(classify_foreign(0x2065) == foreign_class::none); // unassigned
    BOOST_TEST(classify_foreign(0x2028) == foreign_class::line_separator);
    BOOST_TEST(classify_foreign(0xE0041) == foreign_class::invisible); // a tag
}

BOOST_AUTO_TEST_CASE(diagnostics_escape_every_class) {
    // In a quoted message, in the path of a text diagnostic and in JSON: always \uXXXX.
    for (const sample& s : samples) {
        const std::string json = test::payload("\"k" + std::string(s.utf8) + "\": 1");
        const auto r = appnotify::validate(json);
        const std::string path = "/k" + std::string(s.utf8);
        const auto& d = test::find(r, appnotify::diagnostic_code::unknown_parameter, path);
        BOOST_TEST(test::contains(d.message, "\"k" + std::string(s.escaped) + "\""), d.message);
        std::string text, line;
        appnotify::format_diagnostic(text, d, "in.json", r.input(), {false, false});
        BOOST_TEST(test::contains(text, "(at /k" + std::string(s.escaped) + ")\n"), text);
        BOOST_TEST(text.find(s.utf8) == std::string::npos, text);
        appnotify::format_result_json(line, r, "in.json");
        BOOST_TEST(test::contains(line, "\"path\":\"/k" + std::string(s.escaped) + "\""), line);
        BOOST_TEST(line.find(s.utf8) == std::string::npos, line);
    }
}

BOOST_AUTO_TEST_CASE(terminal_renderers_decide_by_class) {
    // Bidi marks and joiners stay (right-to-left text and emoji sequences need them); invisible
    // characters go; bidi controls and C1 controls become U+FFFD. The same in ANSI and text.
    for (const sample& s : samples) {
        std::string expected = "a";
        switch (s.kind) {
        case foreign_class::bidi_mark:
        case foreign_class::joiner: expected += s.utf8; break;
        case foreign_class::invisible: break;
        default: expected += "\xEF\xBF\xBD"; break;
        }
        expected += "b";
        const std::string markdown = "a" + std::string(s.utf8) + "b";
        BOOST_TEST(rendered(markdown, false) == expected, s.escaped);
        BOOST_TEST(rendered(markdown, true) == expected, s.escaped);
    }
}

BOOST_AUTO_TEST_CASE(converted_json_escapes_every_class) {
    for (const sample& s : samples) {
        const std::string text = "x" + std::string(s.utf8) + "y";
        const auto source = appnotify::validate(test::payload(
            "\"Body\": \"" + text + "\", \"OverrideContent\": {\"@odata.type\": \"#Microsoft.Dynamics.CRM.expando\", "
            "\"body\": \"" + text + "\"}"));
        BOOST_TEST_REQUIRE(source.ok(), test::describe(source));
        for (const appnotify::dialect to : {appnotify::dialect::action, appnotify::dialect::record}) {
            std::string out;
            appnotify::notification_converter converter;
            BOOST_TEST_REQUIRE(converter.convert(source.notification(), to, out).ok());
            BOOST_TEST(out.find(s.utf8) == std::string::npos, out);
            // The record's data holds JSON in a string: the character is escaped once, by the
            // outer string, so the data keeps its length.
            const std::string once = "x" + std::string(s.escaped) + "y";
            BOOST_TEST(test::contains(out, once), out);
            BOOST_TEST(!test::contains(out, "\\\\" + std::string(s.escaped).substr(1)), out);
            const auto back = appnotify::validate(out);
            BOOST_TEST_REQUIRE(back.ok(), test::describe(back));
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
