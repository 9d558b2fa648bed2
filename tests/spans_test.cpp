// SPDX-License-Identifier: MIT
// The span of each diagnostic: the token or the part of a string it concerns, through escapes
// and through the JSON held in a record's data column; its end's line and column; and the cost
// of deriving spans, linear whatever the number of diagnostics.
#include "test_support.hpp"

#include <vector>

using appnotify::diagnostic_code;
using appnotify::validate;

namespace {

/// The text a diagnostic's span covers.
std::string_view spanned(const appnotify::validation_result& r, const appnotify::diagnostic& d) {
    return r.input().substr(d.offset, d.length());
}

std::string spanned(const appnotify::validation_result& r, diagnostic_code code, std::string_view path) {
    return std::string(spanned(r, test::find(r, code, path)));
}

} // namespace

BOOST_AUTO_TEST_SUITE(spans)

BOOST_AUTO_TEST_CASE(a_value_or_a_member_name_is_its_whole_token) {
    const auto r = validate(test::payload(R"~("IconType": "100000003", "Expiry": 0, "Titel": "x", "Priority": 1.5)~"));
    BOOST_TEST(spanned(r, diagnostic_code::number_as_string, "/IconType") == "\"100000003\"");
    BOOST_TEST(spanned(r, diagnostic_code::integer_out_of_range, "/Expiry") == "0");
    BOOST_TEST(spanned(r, diagnostic_code::unknown_parameter, "/Titel") == "\"Titel\"");
    BOOST_TEST(spanned(r, diagnostic_code::number_not_integer, "/Priority") == "1.5");
    // A string with escapes is one token, whatever it holds.
    const auto escaped = validate(test::payload(R"~("Titel": "a\"b\\")~"));
    BOOST_TEST(spanned(escaped, diagnostic_code::unknown_parameter, "/Titel") == "\"Titel\"");
}

BOOST_AUTO_TEST_CASE(the_end_has_its_line_and_column) {
    const std::string json = "{\n  \"Title\": \"Hi\",\n  \"IconType\": \"100000003\",\n"
                             "  \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\"\n}";
    const auto r = validate(json);
    const appnotify::diagnostic& d = r.diagnostics()[0];
    BOOST_TEST(d.line == 3u);
    BOOST_TEST(d.column == 15u);
    BOOST_TEST(d.end_line == 3u);
    BOOST_TEST(d.end_column == 26u);
    BOOST_TEST(d.length() == 11u);
    BOOST_TEST(d.end_offset == d.offset + 11);
    // Columns count characters: a span of two-byte characters is as many columns as characters.
    const auto wide = validate(test::payload("\"Titel\u00e9\u00e9\": 1"));
    const appnotify::diagnostic& w = wide.diagnostics()[0];
    BOOST_TEST(w.length() == 11u);
    BOOST_TEST(w.end_column - w.column == 9u);
}

BOOST_AUTO_TEST_CASE(inside_a_string_the_part_at_fault_through_escapes) {
    // A GUID's bad character starts the span, which runs to the GUID's end, through a \u escape.
    const auto guid = validate(R"~({"Title": "x", "Recipient": "/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5f\u0058e)"})~");
    BOOST_TEST(spanned(guid, diagnostic_code::invalid_guid, "/Recipient") == "\\u0058e");
    // The parameters of a link: a name, a value.
    const auto link = validate(test::payload_with_action_data(
        R"~({"type": "url", "url": "?pagetype=entityrecord&etn=Task&idd=1"})~"));
    BOOST_TEST(spanned(link, diagnostic_code::invalid_logical_name, "/Actions/actions/0/data/url") == "Task");
    BOOST_TEST(spanned(link, diagnostic_code::link_unknown_parameter, "/Actions/actions/0/data/url") == "idd");
    // A template placeholder is spanned whole, in a plain string and in a link.
    const auto placeholder = validate(test::payload(R"~("Body": "Hello <Task ID>, see ${case}")~"));
    BOOST_TEST(spanned(placeholder, diagnostic_code::template_placeholder, "/Body") == "<Task ID>");
    const auto in_link = validate(test::payload_with_action_data(
        R"~({"type": "url", "url": "?pagetype=entityrecord&etn=task&id={{task_id}}"})~"));
    BOOST_TEST(spanned(in_link, diagnostic_code::template_placeholder, "/Actions/actions/0/data/url") == "{{task_id}}");
    // Markdown where plain text is shown: the markup.
    const auto markdown = validate(test::payload(R"~("Body": "it is **urgent** now")~"));
    BOOST_TEST(spanned(markdown, diagnostic_code::markdown_in_plain_text, "/Body") == "**urgent**");
}

BOOST_AUTO_TEST_CASE(markdown_link_destinations) {
    const auto r = validate(test::payload(
        R"~("OverrideContent": {"body": "[x](javascript&#58;alert(1)) and [y](?pagetype=entityrecord&etn=Case&id=0a9f62a8-90df-e311-9565-a45d36fc5fe8)"})~"));
    // A destination written otherwise than it reads (a character reference) is spanned whole.
    BOOST_TEST(spanned(r, diagnostic_code::link_refused, "/OverrideContent/body") == "javascript&#58;alert(1)");
    // One written as it reads: the part at fault.
    BOOST_TEST(spanned(r, diagnostic_code::invalid_logical_name, "/OverrideContent/body") == "Case");
}

BOOST_AUTO_TEST_CASE(json_in_a_record_data_column_maps_both_ends) {
    const auto r = validate(test::record_with_data(R"~({"bodyy": "x", "iconUrl": 5})~"));
    BOOST_TEST(spanned(r, diagnostic_code::ignored_field, "/data/bodyy") == "\\\"bodyy\\\"");
    BOOST_TEST(spanned(r, diagnostic_code::wrong_type, "/data/iconUrl") == "5");
    const auto guid = validate(test::record_with_data(
        R"~({"actions": [{"title": "t", "data": {"type": "sidepane", "navigationTarget": {"pageType": "dashboard", "dashboardId": "0a9f62a8-90df-e311-9565-a45d36fc5fZZ"}}}]})~"));
    const auto& d = test::find(guid, diagnostic_code::invalid_guid, "/data/actions/0/data/navigationTarget/dashboardId");
    BOOST_TEST(spanned(guid, d) == "ZZ");
}

BOOST_AUTO_TEST_CASE(syntax_errors) {
    const auto literal = validate("{\"Title\": True}");
    BOOST_TEST(spanned(literal, literal.diagnostics()[0]) == "True");
    const auto comma = validate("{\"Title\": \"x\",}");
    BOOST_TEST(spanned(comma, comma.diagnostics()[0]) == ",");
    const auto comment = validate("{\"Title\": \"x\" // the title\n}");
    BOOST_TEST(spanned(comment, comment.diagnostics()[0]) == "// the title");
    const auto open = validate("{\"Title\": \"x");
    BOOST_TEST(open.diagnostics()[0].end_offset <= open.input().size());
}

BOOST_AUTO_TEST_CASE(points_are_empty_or_one_character) {
    // A missing member: at the object's brace.
    const auto missing = validate(R"~({"Title": "x"})~");
    const auto& d = test::find(missing, diagnostic_code::missing_required, "/Recipient");
    BOOST_TEST(spanned(missing, d) == "{");
    // Too many diagnostics: at the end of the input, empty.
    std::string json = "{";
    for (int i = 0; i < 20; ++i) json += "\"x" + std::to_string(i) + "\": 1, ";
    json += "\"Title\": \"t\", \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\"}";
    appnotify::validate_options options;
    options.max_diagnostics = 5;
    const auto many = validate(json, options);
    const appnotify::diagnostic& last = many.diagnostics().back();
    BOOST_TEST((last.code == diagnostic_code::too_many_diagnostics));
    BOOST_TEST(last.length() == 0u);
    BOOST_TEST(last.offset == json.size());
}

BOOST_AUTO_TEST_CASE(every_span_lies_in_its_input_and_ends_after_it_starts) {
    std::vector<std::string> inputs;
    for (const auto& example : {"examples/seed000/url-action.json", "examples/seed001/custom-icon.json",
                                "examples/seed001/custom-title-and-body.json", "examples/seed003/basic.json"})
        inputs.push_back(test::read_source_file(example));
    inputs.push_back("\xEF\xBB\xBF{\"Title\": 1,\r\n \"Body\": [1, 2,]}");
    inputs.push_back("{\"a\": \"\\u00e9\xFF\", \"b\": -0.5e+3x}");
    inputs.push_back("");
    for (const std::string& json : inputs) {
        const auto r = validate(json);
        for (const appnotify::diagnostic& d : r.diagnostics()) {
            BOOST_TEST(d.end_offset >= d.offset);
            BOOST_TEST(d.end_offset <= json.size());
            BOOST_TEST((d.end_line > d.line || (d.end_line == d.line && d.end_column >= d.column)));
        }
    }
}

BOOST_AUTO_TEST_CASE(a_link_report_spans_its_link) {
    const auto r = appnotify::check_app_link("?pagetype=entityrecord&etn=contact&idd=0a9f62a8-90df-e311-9565-a45d36fc5fe8");
    const auto d = r.diagnostics();
    BOOST_TEST_REQUIRE(d.size() >= 1u);
    const std::string link = "?pagetype=entityrecord&etn=contact&idd=0a9f62a8-90df-e311-9565-a45d36fc5fe8";
    BOOST_TEST(link.substr(d[0].offset, d[0].length()) == "idd");
    BOOST_TEST(d[0].end_column == d[0].column + 3);
}

BOOST_AUTO_TEST_CASE(a_long_string_literal_ends_at_its_quote_or_line_end) {
    // The literal is scanned 8 bytes at a time: its end is the same wherever the escapes, the
    // closing quote or a line break fall in a word.
    using appnotify::detail::span_deriver;
    using appnotify::detail::text_kind;
    for (std::size_t length = 0; length < 40; ++length) {
        for (const std::string_view tail : {"\"]", "\\\"x\"]", "\\\\\"]", "\n\"]", "\r\n", "\\\nz\"]", "", "\\"}) {
            std::string body;
            for (std::size_t k = 0; k < length; ++k) body += k % 5 == 4 ? "\\n" : "\xC3\xA9";
            const std::string json = "[\"" + body + std::string(tail);
            // The byte-by-byte reading: through escapes to the same quote, or to a line break.
            std::size_t end = 2;
            while (end < json.size() && json[end] != '"' && json[end] != '\n' && json[end] != '\r')
                end += json[end] == '\\' ? 2 : 1;
            const std::size_t expected = end >= json.size() ? json.size() : json[end] == '"' ? end + 1 : end;
            BOOST_REQUIRE_MESSAGE(span_deriver(json, text_kind::json).end_at(1) == expected,
                                  "length " << length << ", tail " << tail);
        }
    }
}

BOOST_AUTO_TEST_CASE(deriving_spans_stays_linear) {
    // Many diagnostics inside one long word of one long string: each span is the rest of the
    // word, and the word is measured once. A quadratic walk would take hours here.
    std::string text(std::size_t(1) << 20, 'a');
    appnotify::detail::span_deriver plain(text, appnotify::detail::text_kind::plain);
    for (std::size_t offset = 0; offset < text.size(); offset += 7)
        APPNOTIFY_REQUIRE_QUIETLY(plain.end_at(offset) == text.size());
    const std::string json = "[\"" + text + "\"]";
    appnotify::detail::span_deriver in_json(json, appnotify::detail::text_kind::json);
    BOOST_TEST(in_json.end_at(1) == json.size() - 1); // the string literal
    for (std::size_t offset = 2; offset < json.size() - 2; offset += 7)
        APPNOTIFY_REQUIRE_QUIETLY(in_json.end_at(offset) == json.size() - 2);
    // And many diagnostics through validation: one per member of a large object.
    std::string big = "{";
    for (int i = 0; i < 20000; ++i) big += "\"u" + std::to_string(i) + "\": \"" + std::string(20, 'v') + "\", ";
    big += "\"Title\": \"t\", \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\"}";
    appnotify::validate_options options;
    options.max_diagnostics = 100000;
    const auto r = validate(big, options);
    BOOST_TEST(r.diagnostics().size() == 20000u);
    BOOST_TEST(spanned(r, r.diagnostics()[19999]) == "\"u19999\"");
}

BOOST_AUTO_TEST_SUITE_END()
