// SPDX-License-Identifier: MIT
// SARIF 2.1.0 logs (sarif.hpp) and the catalogue they describe their rules with
// (diagnostic_catalogue.hpp). The log's validity against the official schema is checked by
// tests/ci/sarif_test.py, through the command-line tool.
#include "test_support.hpp"

#include <simdjson.h>

#include <string>
#include <string_view>

namespace {

const std::string invalid_payload = "{\n  \"Title\": \"Hi\",\n  \"IconType\": \"100000003\",\n"
                                    "  \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\"\n}";

std::string log_of(const appnotify::validation_result& r, std::string_view file_name, std::size_t record_line = 0) {
    std::string out;
    appnotify::sarif_writer sarif(out);
    sarif.add_all(r, file_name, record_line);
    sarif.finish();
    return out;
}

/// The log parsed; fails the test when it is not JSON.
simdjson::dom::element parse(simdjson::dom::parser& parser, const std::string& log) {
    simdjson::dom::element root;
    const auto error = parser.parse(log).get(root);
    BOOST_TEST_REQUIRE(error == simdjson::SUCCESS, simdjson::error_message(error) << " in " << log.substr(0, 2000));
    return root;
}

std::string_view text_at(simdjson::dom::element e, std::string_view pointer) {
    std::string_view text;
    BOOST_TEST_REQUIRE(e.at_pointer(pointer).get(text) == simdjson::SUCCESS, pointer);
    return text;
}

std::uint64_t number_at(simdjson::dom::element e, std::string_view pointer) {
    std::uint64_t n = 0;
    BOOST_TEST_REQUIRE(e.at_pointer(pointer).get(n) == simdjson::SUCCESS, pointer);
    return n;
}

} // namespace

BOOST_AUTO_TEST_SUITE(sarif)

BOOST_AUTO_TEST_CASE(a_result_has_rule_level_message_region_and_pointer) {
    const auto r = appnotify::validate(invalid_payload);
    const std::string log = log_of(r, "payloads/a.json");
    const std::size_t results = log.find("\"results\":[");
    BOOST_TEST_REQUIRE(results != std::string::npos);
    BOOST_TEST(log.substr(results) ==
               "\"results\":[{\"ruleId\":\"number-as-string\",\"ruleIndex\":29,\"level\":\"error\",\"message\":{\"text\":"
               "\"\\\"IconType\\\" is a choice (option set) value and must be a number, not a string: write 100000003 "
               "without quotes (Warning)\"},\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":"
               "\"payloads/a.json\"},\"region\":{\"startLine\":3,\"startColumn\":15,\"endLine\":3,\"endColumn\":26,"
               "\"byteOffset\":33,\"byteLength\":11}},\"logicalLocations\":[{\"fullyQualifiedName\":\"/IconType\"}]}]}],"
               "\"invocations\":[{\"executionSuccessful\":true}]}]}\n");
    BOOST_TEST(static_cast<std::size_t>(appnotify::diagnostic_code::number_as_string) == 29u);
}

BOOST_AUTO_TEST_CASE(the_head_names_the_tool_and_has_a_rule_per_code) {
    std::string out;
    appnotify::sarif_writer sarif(out);
    sarif.finish();
    BOOST_TEST(sarif.result_count() == 0u);
    simdjson::dom::parser parser;
    const auto root = parse(parser, out);
    BOOST_TEST(text_at(root, "/version") == "2.1.0");
    BOOST_TEST(text_at(root, "/runs/0/tool/driver/name") == "appnotify");
    BOOST_TEST(text_at(root, "/runs/0/tool/driver/version") == appnotify::version_string);
    BOOST_TEST(text_at(root, "/runs/0/columnKind") == "unicodeCodePoints");
    simdjson::dom::array rules;
    BOOST_TEST_REQUIRE(root.at_pointer("/runs/0/tool/driver/rules").get(rules) == simdjson::SUCCESS);
    BOOST_TEST(rules.size() == appnotify::diagnostic_code_count);
    for (std::size_t i = 0; i < appnotify::diagnostic_code_count; ++i) {
        const auto code = static_cast<appnotify::diagnostic_code>(i);
        const std::string at = "/runs/0/tool/driver/rules/" + std::to_string(i);
        BOOST_TEST(text_at(root, at + "/id") == appnotify::to_string(code));
        BOOST_TEST(text_at(root, at + "/shortDescription/text") == appnotify::describe(code).summary);
        BOOST_TEST(text_at(root, at + "/fullDescription/text") == appnotify::describe(code).description);
        BOOST_TEST(test::contains(text_at(root, at + "/help/text"), appnotify::describe(code).example.substr(0, 40)));
        BOOST_TEST(text_at(root, at + "/helpUri") ==
                   "https://github.com/appnotify/appnotify/blob/main/docs/diagnostics.md#" +
                       std::string(appnotify::to_string(code)));
        BOOST_TEST(text_at(root, at + "/defaultConfiguration/level") ==
                   appnotify::to_string(appnotify::describe(code).severity));
    }
}

BOOST_AUTO_TEST_CASE(the_help_page_can_be_another) {
    std::string out;
    appnotify::sarif_options options;
    options.help_uri = "https://docs.example/\"diagnostics\"";
    appnotify::sarif_writer sarif(out, options);
    sarif.finish();
    BOOST_TEST(test::contains(out, "\"helpUri\":\"https://docs.example/\\\"diagnostics\\\"#invalid-guid\""));
}

BOOST_AUTO_TEST_CASE(the_catalogue_table_is_the_catalogue_of_examples) {
    // docs.diagnostic_catalogue_up_to_date checks the generated header byte for byte; this checks
    // what the library reads from it.
    for (std::size_t i = 0; i < appnotify::diagnostic_code_count; ++i) {
        const auto& about = appnotify::describe(static_cast<appnotify::diagnostic_code>(i));
        BOOST_TEST(!about.summary.empty());
        BOOST_TEST(about.description.substr(0, about.summary.size()) == about.summary);
        BOOST_TEST((!about.example.empty() || about.example_kind == "context")); // a context example has no input
        BOOST_TEST((test::contains(about.example_kind, "payload") || about.example_kind == "link" ||
                    about.example_kind == "markdown" || about.example_kind == "context"),
                   about.example_kind);
    }
    BOOST_TEST(appnotify::describe(appnotify::diagnostic_code::invalid_guid).severity == appnotify::severity::error);
    BOOST_TEST(appnotify::describe(appnotify::diagnostic_code::odata_type_missing_hash).severity ==
               appnotify::severity::warning);
    BOOST_TEST(appnotify::describe(appnotify::diagnostic_code::json_comment).summary == "JSON has no comments.");
}

BOOST_AUTO_TEST_CASE(file_names_become_uri_references_to_the_same_file) {
    const auto r = appnotify::validate(invalid_payload);
    const auto uri_of = [&](std::string_view name) {
        const std::string log = log_of(r, name);
        const std::size_t at = log.find("\"uri\":\"") + 7;
        return log.substr(at, log.find('"', at) - at);
    };
    BOOST_TEST(uri_of("payloads/a.json") == "payloads/a.json");
    BOOST_TEST(uri_of("../up/a-b_c~d.json") == "../up/a-b_c~d.json");
    BOOST_TEST(uri_of("/abs/a.json") == "file:///abs/a.json");
    BOOST_TEST(uri_of("c:x.json") == "c%3Ax.json"); // not a scheme
    BOOST_TEST(uri_of("a b#c?d%e\\f\"g.json") == "a%20b%23c%3Fd%25e%5Cf%22g.json");
    BOOST_TEST(uri_of("new\nline\x1b.json") == "new%0Aline%1B.json");
    BOOST_TEST(uri_of("caf\xC3\xA9\xFF.json") == "caf%C3%A9%FF.json");
    BOOST_TEST(uri_of("<stdin>") == "%3Cstdin%3E");
}

BOOST_AUTO_TEST_CASE(ndjson_records_are_placed_on_their_line) {
    const auto r = appnotify::validate(
        R"json({"Title": "Hi", "IconType": "100000003", "Recipient": "/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)"})json");
    simdjson::dom::parser parser;
    const auto root = parse(parser, log_of(r, "export.ndjson", 1234));
    const std::string region = "/runs/0/results/0/locations/0/physicalLocation/region";
    BOOST_TEST(number_at(root, region + "/startLine") == 1234u);
    BOOST_TEST(number_at(root, region + "/endLine") == 1234u);
    BOOST_TEST(number_at(root, region + "/startColumn") == 29u);
    BOOST_TEST(number_at(root, region + "/endColumn") == 40u);
    simdjson::dom::element offset;
    BOOST_TEST(root.at_pointer(region + "/byteOffset").get(offset) != simdjson::SUCCESS);
}

BOOST_AUTO_TEST_CASE(hostile_member_names_messages_and_file_names_give_valid_json) {
    // Controls, quotes, backslashes, '%', line breaks, U+2028, invalid UTF-8, and a huge name.
    const std::string hostile = "a%0A\\\"q\r\n\x1b[31m\xE2\x80\xA8\xE2\x80\xAE\x7f";
    const std::string huge(200000, '%');
    const std::string payload = "{\"Title\": \"x\", \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\", \"" +
                                hostile + "\": 1, \"" + huge + "\": 2, \"Body\": \"\xC3\"}";
    const auto r = appnotify::validate(payload);
    BOOST_TEST_REQUIRE(r.diagnostics().size() != 0u);
    std::string out;
    appnotify::sarif_writer sarif(out);
    sarif.add_all(r, "x\"\n\xFF" + hostile);
    sarif.add_failure("fail\"\n\xFF" + hostile, "cannot read: \"\n\xFF" + hostile);
    const auto broken = appnotify::validate("\x01{\"" + hostile + "\xFF");
    sarif.add_all(broken, hostile);
    sarif.finish();
    simdjson::dom::parser parser;
    const auto root = parse(parser, out);
    BOOST_TEST(text_at(root, "/runs/0/invocations/0/toolExecutionNotifications/0/level") == "error");
    BOOST_TEST(out.size() < 2 * payload.size() + 200000, out.size()); // linear in the input
    BOOST_TEST(sarif.result_count() == r.diagnostics().size() + broken.diagnostics().size());
    BOOST_TEST(out.find('\n') == out.size() - 1); // one line: no raw line break in any string
}

BOOST_AUTO_TEST_CASE(any_output_gets_the_same_bytes_and_nothing_follows_finish) {
    const auto r = appnotify::validate(invalid_payload);
    const std::string expected = log_of(r, "a.json");
    std::string gathered;
    std::size_t calls = 0;
    auto callback = [&](std::string_view bytes) {
        gathered.append(bytes);
        ++calls;
    };
    {
        appnotify::sarif_writer sarif(appnotify::output::to_callback(callback));
        sarif.add_all(r, "a.json");
        sarif.finish();
        sarif.finish();
        sarif.add_all(r, "a.json");
        sarif.add_failure("a.json", "late");
    }
    BOOST_TEST(gathered == expected);
    BOOST_TEST(calls < expected.size() / 100);
    char small[100];
    appnotify::fixed_buffer buffer(small);
    appnotify::sarif_writer sarif(buffer);
    sarif.add_all(r, "a.json");
    sarif.finish();
    BOOST_TEST(buffer.truncated());
    BOOST_TEST(buffer.wanted() == expected.size());
    BOOST_TEST(buffer.view() == std::string_view(expected).substr(0, 100));
}

BOOST_AUTO_TEST_SUITE_END()
