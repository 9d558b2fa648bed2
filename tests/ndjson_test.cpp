// SPDX-License-Identifier: MIT
// Newline-delimited payloads (ndjson.hpp): every line gets what validate() would give it,
// whatever the chunking, through the document stream or on its own.
#include "test_support.hpp"

#include <vector>

using appnotify::diagnostic_code;

namespace {
struct seen_record {
    std::size_t line;
    std::string text;
    bool valid;
    std::string diagnostics;
};

std::vector<seen_record> run(std::string_view text, std::size_t chunk, appnotify::validate_options options = {}) {
    std::vector<seen_record> out;
    appnotify::ndjson_validator validator(options);
    const auto on_record = [&](const appnotify::ndjson_record& r) {
        out.push_back({r.line_number, std::string(r.text), r.result.ok(), test::describe(r.result)});
    };
    for (std::size_t i = 0; i < text.size(); i += chunk) validator.feed(text.substr(i, chunk), on_record);
    validator.finish(on_record);
    return out;
}

const std::string lines = test::payload() + "\n" +                      // 1 valid
                          "\n" +                                         // 2 blank
                          test::payload(R"~("IconType": "x")~") + "\r\n" + // 3 invalid, CRLF
                          "   \t\n" +                                    // 4 blank
                          R"~({"Title": 1,})~" + "\n" +                  // 5 syntax error
                          test::payload() + "\n" +                       // 6 valid, after the error
                          test::payload() + " " + test::payload() + "\n" + // 7 two documents
                          "[1, 2]\n" +                                   // 8 not an object
                          test::payload(R"~("Body": "last")~");          // 9 no final newline
} // namespace

BOOST_AUTO_TEST_SUITE(ndjson)

BOOST_AUTO_TEST_CASE(every_non_blank_line_is_a_record_with_its_line_number) {
    const auto records = run(lines, 1 << 20);
    BOOST_TEST_REQUIRE(records.size() == 7u);
    const std::size_t expected_lines[] = {1, 3, 5, 6, 7, 8, 9};
    for (std::size_t i = 0; i < records.size(); ++i) BOOST_TEST(records[i].line == expected_lines[i]);
    BOOST_TEST(records[0].valid);
    BOOST_TEST(!records[1].valid);
    BOOST_TEST(!records[2].valid);
    BOOST_TEST(records[3].valid);
    BOOST_TEST(!records[4].valid);
    BOOST_TEST(!records[5].valid);
    BOOST_TEST(records[6].valid);
    BOOST_TEST(records[1].text.back() == '}'); // without the \r
}

BOOST_AUTO_TEST_CASE(each_record_matches_validate_on_the_line) {
    for (const auto& record : run(lines, 1 << 20))
        BOOST_TEST(record.diagnostics == test::describe(appnotify::validate(record.text)), record.text);
}

BOOST_AUTO_TEST_CASE(an_unclosed_string_stops_the_stream_without_a_crash) {
    // The document stream fails on the batch as a whole; its index and source are then unusable.
    for (const std::string& text : {std::string(R"~({"Title": "Welcome)~") + "\n",
                                    test::payload() + "\n" + R"~({"Title": "Welcome)~" + "\n" + test::payload() + "\n",
                                    std::string(R"~({"Title": "Welcome)~") + "\n" + test::payload() + "\n"}) {
        const auto records = run(text, 1 << 20);
        BOOST_TEST_REQUIRE(!records.empty());
        for (const auto& record : records)
            BOOST_TEST(record.diagnostics == test::describe(appnotify::validate(record.text)), record.text);
    }
}

BOOST_AUTO_TEST_CASE(chunking_does_not_change_anything) {
    const auto whole = run(lines, 1 << 20);
    for (const std::size_t chunk : {1, 2, 3, 7, 64, 100}) {
        const auto pieces = run(lines, chunk);
        BOOST_TEST_REQUIRE(pieces.size() == whole.size(), "chunk " << chunk);
        for (std::size_t i = 0; i < whole.size(); ++i) {
            BOOST_TEST(pieces[i].line == whole[i].line);
            BOOST_TEST(pieces[i].diagnostics == whole[i].diagnostics);
        }
    }
}

BOOST_AUTO_TEST_CASE(many_records_through_the_stream) {
    std::string text;
    for (int i = 0; i < 1000; ++i) text += test::payload(i % 10 == 3 ? R"~("Expiry": 0)~" : R"~("Expiry": 60)~") + "\n";
    const auto records = run(text, 4096);
    BOOST_TEST_REQUIRE(records.size() == 1000u);
    std::size_t invalid = 0;
    for (const auto& r : records) invalid += r.valid ? 0 : 1;
    BOOST_TEST(invalid == 100u);
    BOOST_TEST(records[3].diagnostics == test::describe(appnotify::validate(records[3].text)));
}

BOOST_AUTO_TEST_CASE(a_line_over_the_limit_is_not_kept) {
    appnotify::validate_options options;
    options.max_input_bytes = 100;
    const std::string text = test::payload() + "\n" + test::payload("\"Body\": \"" + std::string(5000, 'x') + "\"") +
                             "\n" + test::payload() + "\n";
    const auto records = run(text, 10, options);
    BOOST_TEST_REQUIRE(records.size() == 3u);
    BOOST_TEST(records[0].valid);
    BOOST_TEST(test::contains(records[1].diagnostics, "input-too-large"));
    BOOST_TEST(records[1].text.size() <= 101u + 10u); // at most the limit and one chunk are held
    BOOST_TEST(records[2].valid);
    BOOST_TEST(records[2].line == 3u);
}

BOOST_AUTO_TEST_CASE(a_blank_line_over_the_limit_is_too_large) {
    // A reader stops at a line past the limit (line_too_large), blank or not: the line must be
    // reported, or the records after it would be left unread without a word.
    appnotify::validate_options options;
    options.max_input_bytes = 100;
    const std::string text = test::payload() + "\n" + std::string(5000, ' ') + "\n" + test::payload() + "\n";
    for (const std::size_t chunk : {std::size_t(7), std::size_t(64), text.size()}) {
        const auto records = run(text, chunk, options);
        BOOST_TEST_REQUIRE(records.size() == 3u);
        BOOST_TEST(records[1].line == 2u);
        BOOST_TEST(!records[1].valid);
        BOOST_TEST(test::contains(records[1].diagnostics, "input-too-large"));
        BOOST_TEST(records[2].valid);
    }
    const auto at_the_limit = run(test::payload() + "\n" + std::string(100, ' ') + "\n", 64, options);
    BOOST_TEST(at_the_limit.size() == 1u); // a blank line within the limit is still skipped
}

BOOST_AUTO_TEST_CASE(a_line_is_too_large_once_it_is_past_the_limit) {
    appnotify::validate_options options;
    options.max_input_bytes = 100;
    appnotify::ndjson_validator validator(options);
    std::vector<std::string> records;
    const auto on_record = [&](const appnotify::ndjson_record& r) { records.push_back(test::describe(r.result)); };
    BOOST_TEST(!validator.line_too_large()); // nothing read yet
    validator.feed(std::string(100, 'x'), on_record);
    BOOST_TEST(!validator.line_too_large()); // at the limit
    validator.feed("x", on_record);
    BOOST_TEST(validator.line_too_large()); // one byte past it
    validator.feed(std::string(1000, 'x'), on_record);
    BOOST_TEST(validator.line_too_large());
    validator.feed("\n{}", on_record); // the line ends: the next one is short
    BOOST_TEST(!validator.line_too_large());
    BOOST_TEST_REQUIRE(records.size() == 1u);
    BOOST_TEST(test::contains(records[0], "input-too-large"));
    appnotify::ndjson_validator moved(std::move(validator));
    BOOST_TEST(!moved.line_too_large());
}

BOOST_AUTO_TEST_SUITE_END()
