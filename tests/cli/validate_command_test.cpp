// SPDX-License-Identifier: MIT
// `appnotify validate`: exit statuses, both output formats, standard input, NDJSON, colour rules.
#include "cli_support.hpp"

#include <simdjson.h>

BOOST_AUTO_TEST_SUITE(validate_command)

BOOST_AUTO_TEST_CASE(valid_inputs_exit_0_and_print_nothing_on_stdout) {
    const auto r = test::run_tool({"validate", test::example("welcome"), test::example("custom-icon")});
    BOOST_TEST(r.status == 0);
    BOOST_TEST(r.out.empty(), r.out);
    BOOST_TEST(r.err == "2 inputs: 2 valid, 0 invalid (0 errors, 0 warnings)\n");
}

BOOST_AUTO_TEST_CASE(warnings_are_printed_but_the_exit_status_stays_0) {
    const auto r = test::run_tool({"validate", test::example("url-action")});
    BOOST_TEST(r.status == 0);
    BOOST_TEST(test::contains(r.out, "url-action.json:8:21: warning[odata-type-missing-hash]: write "
                                     "\"#Microsoft.Dynamics.CRM.expando\": OData type names in annotations start with "
                                     "'#' (at /Actions/@odata.type)\n"),
               r.out);
}

BOOST_AUTO_TEST_CASE(errors_exit_1_with_compiler_style_location_source_and_caret) {
    test::temp_dir dir;
    const std::string file = dir.file("bad.json", test::invalid_payload);
    const auto r = test::run_tool({"validate", file});
    BOOST_TEST(r.status == 1);
    BOOST_TEST(r.out == file + ":3:15: error[number-as-string]: \"IconType\" is a choice (option set) value and must be "
                               "a number, not a string: write 100000003 without quotes (Warning) (at /IconType)\n"
                               "    \"IconType\": \"100000003\",\n"
                               "                ^\n");
    BOOST_TEST(r.err == "1 input: 0 valid, 1 invalid (1 errors, 0 warnings)\n");
}

BOOST_AUTO_TEST_CASE(any_invalid_input_makes_the_status_1) {
    test::temp_dir dir;
    const auto r = test::run_tool({"validate", test::example("welcome"), dir.file("bad.json", test::invalid_payload)});
    BOOST_TEST(r.status == 1);
}

BOOST_AUTO_TEST_CASE(standard_input_without_file_or_with_dash) {
    test::run_options in;
    in.input = std::string(test::invalid_payload);
    const auto implicit = test::run_tool({"validate"}, in);
    BOOST_TEST(implicit.status == 1);
    BOOST_TEST(test::contains(implicit.out, "<stdin>:3:15: error[number-as-string]"), implicit.out);
    const auto dash = test::run_tool({"validate", "-"}, in);
    BOOST_TEST(dash.out == implicit.out);
    in.input = std::string(test::valid_payload);
    BOOST_TEST(test::run_tool({"validate"}, in).status == 0);
}

BOOST_AUTO_TEST_CASE(unreadable_files_exit_2) {
    const auto r = test::run_tool({"validate", "/nonexistent/payload.json"});
    BOOST_TEST(r.status == 2);
    BOOST_TEST(test::contains(r.err, "appnotify: cannot read /nonexistent/payload.json: No such file or directory"), r.err);
    test::temp_dir dir;
    const auto mixed = test::run_tool({"validate", dir.file("bad.json", test::invalid_payload), "/nonexistent"});
    BOOST_TEST(mixed.status == 2);
}

BOOST_AUTO_TEST_CASE(usage_errors_exit_2) {
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"validate", "--format", "xml"}, {"validate", "--dialect", "teams"},
          {"validate", "--color", "sometimes"}, {"validate", "--frobnicate"}, {"validate", "--format"},
          {"validate", "--ndjson=yes"}, {"frobnicate"}, {}}) {
        const auto r = test::run_tool(args);
        BOOST_TEST(r.status == 2);
        BOOST_TEST(!r.err.empty());
        BOOST_TEST(r.out.empty());
    }
}

BOOST_AUTO_TEST_CASE(every_dialect_is_accepted) {
    BOOST_TEST(test::run_tool({"validate", "--dialect", "auto", test::example("welcome")}).status == 0);
    BOOST_TEST(test::run_tool({"validate", "--dialect=action", test::example("welcome")}).status == 0);
    // The welcome body checked as each other dialect has errors: the dialect is used as named.
    for (const char* dialect : {"record", "push", "graph"})
        BOOST_TEST(test::run_tool({"validate", "--dialect", dialect, test::example("welcome")}).status == 1, dialect);
}

BOOST_AUTO_TEST_CASE(json_format_prints_one_object_per_input) {
    test::temp_dir dir;
    const std::string bad = dir.file("bad.json", test::invalid_payload);
    const auto r = test::run_tool({"validate", "--format", "json", test::example("url-action"), bad});
    BOOST_TEST(r.status == 1);
    BOOST_TEST(r.err.empty(), r.err);
    BOOST_TEST_REQUIRE(test::count_lines(r.out) == 2u);
    simdjson::dom::parser parser;
    simdjson::dom::document_stream stream;
    BOOST_TEST_REQUIRE(parser.parse_many(r.out).get(stream) == simdjson::SUCCESS);
    std::size_t index = 0;
    for (auto doc : stream) {
        simdjson::dom::object o;
        BOOST_TEST_REQUIRE(doc.get(o) == simdjson::SUCCESS);
        std::string_view input, dialect;
        bool valid = true;
        BOOST_TEST(o["input"].get(input) == simdjson::SUCCESS);
        BOOST_TEST(o["dialect"].get(dialect) == simdjson::SUCCESS);
        BOOST_TEST(o["valid"].get(valid) == simdjson::SUCCESS);
        BOOST_TEST(dialect == "action");
        simdjson::dom::array diagnostics;
        BOOST_TEST_REQUIRE(o["diagnostics"].get(diagnostics) == simdjson::SUCCESS);
        simdjson::dom::object d;
        BOOST_TEST_REQUIRE(diagnostics.at(0).get(d) == simdjson::SUCCESS);
        std::string_view severity, code, path, message;
        uint64_t offset = 0, line = 0, column = 0;
        BOOST_TEST(d["severity"].get(severity) == simdjson::SUCCESS);
        BOOST_TEST(d["code"].get(code) == simdjson::SUCCESS);
        BOOST_TEST(d["path"].get(path) == simdjson::SUCCESS);
        BOOST_TEST(d["offset"].get(offset) == simdjson::SUCCESS);
        BOOST_TEST(d["line"].get(line) == simdjson::SUCCESS);
        BOOST_TEST(d["column"].get(column) == simdjson::SUCCESS);
        BOOST_TEST(d["message"].get(message) == simdjson::SUCCESS);
        if (index == 0) {
            BOOST_TEST(input == test::example("url-action"));
            BOOST_TEST(valid);
            BOOST_TEST(severity == "warning");
            BOOST_TEST(code == "odata-type-missing-hash");
            BOOST_TEST(path == "/Actions/@odata.type");
            BOOST_TEST(line == 8u);
            BOOST_TEST(column == 21u);
        } else {
            BOOST_TEST(input == bad);
            BOOST_TEST(!valid);
            BOOST_TEST(code == "number-as-string");
            BOOST_TEST(offset == std::string_view(test::invalid_payload).find("\"100000003\""));
        }
        ++index;
    }
    BOOST_TEST(index == 2u);
}

BOOST_AUTO_TEST_CASE(json_format_on_standard_input) {
    test::run_options in;
    in.input = std::string(test::valid_payload);
    const auto r = test::run_tool({"validate", "--format=json"}, in);
    BOOST_TEST(r.out == "{\"input\":\"<stdin>\",\"dialect\":\"action\",\"valid\":true,\"diagnostics\":[]}\n");
}

BOOST_AUTO_TEST_CASE(ndjson_names_inputs_file_colon_line_and_ends_with_a_summary) {
    test::temp_dir dir;
    const std::string file = dir.file("export.ndjson", std::string(test::valid_payload) + "\n\n" +
                                                           R"~({"Title": "Hi", "Recipient": "x", "Expiry": 0})~" +
                                                           "\n" + std::string(test::valid_payload) + "\n");
    const auto r = test::run_tool({"validate", "--ndjson", "--format", "json", file});
    BOOST_TEST(r.status == 1);
    BOOST_TEST_REQUIRE(test::count_lines(r.out) == 3u, r.out);
    BOOST_TEST(test::contains(r.out, "{\"input\":\"" + file + ":1\",\"dialect\":\"action\",\"valid\":true"));
    BOOST_TEST(test::contains(r.out, "{\"input\":\"" + file + ":3\",\"dialect\":\"action\",\"valid\":false"));
    BOOST_TEST(test::contains(r.out, "{\"input\":\"" + file + ":4\""));
    BOOST_TEST(r.err == "summary: 3 payloads, 2 valid, 1 invalid (2 errors, 0 warnings)\n"
                        "  integer-out-of-range: 1\n"
                        "  recipient-malformed: 1\n");
    const auto text = test::run_tool({"validate", "--ndjson", file});
    BOOST_TEST(test::contains(text.out, file + ":3:30: error[recipient-malformed]"), text.out);
    BOOST_TEST(test::count_lines(text.out) == 6u, text.out);
}

BOOST_AUTO_TEST_CASE(ndjson_from_standard_input) {
    test::run_options in;
    for (int i = 0; i < 500; ++i) in.input += std::string(test::valid_payload) + "\n";
    const auto r = test::run_tool({"validate", "--ndjson"}, in);
    BOOST_TEST(r.status == 0);
    BOOST_TEST(r.out.empty());
    BOOST_TEST(r.err == "summary: 500 payloads, 500 valid, 0 invalid (0 errors, 0 warnings)\n");
}

BOOST_AUTO_TEST_CASE(no_colour_when_piped_unless_asked) {
    test::temp_dir dir;
    const std::string bad = dir.file("bad.json", test::invalid_payload);
    BOOST_TEST(!test::contains(test::run_tool({"validate", bad}).out, "\x1b["));
    BOOST_TEST(test::contains(test::run_tool({"validate", "--color", "always", bad}).out, "\x1b[1;31merror"));
    test::run_options force;
    force.environment = {"FORCE_COLOR=1"};
    BOOST_TEST(test::contains(test::run_tool({"validate", bad}, force).out, "\x1b["));
    force.environment = {"FORCE_COLOR=0"};
    BOOST_TEST(!test::contains(test::run_tool({"validate", bad}, force).out, "\x1b["));
}

BOOST_AUTO_TEST_CASE(colour_on_a_terminal_unless_no_color_or_never) {
    test::temp_dir dir;
    const std::string bad = dir.file("bad.json", test::invalid_payload);
    test::run_options tty;
    tty.terminal = true;
    const auto coloured = test::run_tool({"validate", bad}, tty);
    BOOST_TEST(coloured.status == 1);
    BOOST_TEST(test::contains(coloured.out, "\x1b[1;31merror"), coloured.out);
    tty.environment = {"NO_COLOR=1"};
    BOOST_TEST(!test::contains(test::run_tool({"validate", bad}, tty).out, "\x1b[1;31m"));
    tty.environment = {};
    BOOST_TEST(!test::contains(test::run_tool({"validate", "--color=never", bad}, tty).out, "\x1b[1;31m"));
}

BOOST_AUTO_TEST_CASE(json_output_is_never_coloured) {
    test::temp_dir dir;
    const auto r = test::run_tool({"validate", "--format", "json", "--color", "always", dir.file("bad.json", test::invalid_payload)});
    BOOST_TEST(!test::contains(r.out, "\x1b"));
}

BOOST_AUTO_TEST_CASE(help_and_version) {
    const auto help = test::run_tool({"validate", "--help"});
    BOOST_TEST(help.status == 0);
    BOOST_TEST(test::contains(help.out, "usage: appnotify validate"));
    BOOST_TEST(test::contains(help.out, "Examples:"));
    BOOST_TEST(test::run_tool({"--help"}).status == 0);
    BOOST_TEST(test::contains(test::run_tool({"--help"}).out, "validate"));
    const auto version = test::run_tool({"--version"});
    BOOST_TEST(version.status == 0);
    BOOST_TEST(version.out == "appnotify 0.1.0\n");
}

BOOST_AUTO_TEST_SUITE_END()
