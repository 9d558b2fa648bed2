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
                               "                ^~~~~~~~~~~\n");
    BOOST_TEST(r.err == "1 input: 0 valid, 1 invalid (1 error, 0 warnings)\n");
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

// Whole inputs are read into a buffer that grows from 4 KiB (a pipe) or is sized from the file,
// and is mapped instead of allocated from 256 KiB on (cli/input.hpp): every byte must arrive, in
// order, whichever way. The body's bytes differ from place to place and the error sits after
// them, so a lost, repeated or moved block changes the line, the column or the body.
BOOST_AUTO_TEST_CASE(large_inputs_arrive_whole_from_files_and_pipes) {
    std::string body;
    for (int i = 0; body.size() < 700000; ++i) body += std::to_string(i) + (i % 16 == 15 ? "\\n" : " ");
    const std::string json = "{\n  \"Title\": \"Hi\",\n  \"Body\": \"" + body +
                             "\",\n  \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\",\n"
                             "  \"IconType\": \"100000003\"\n}\n";
    test::temp_dir dir;
    const std::string file = dir.file("large.json", json);
    const auto from_file = test::run_tool({"validate", "--format", "json", file});
    BOOST_TEST(from_file.status == 1);
    const std::string icon_type = "\"code\":\"number-as-string\",\"path\":\"/IconType\",\"offset\":" +
                                  std::to_string(json.find("\"100000003\"")) + ",\"line\":5,\"column\":15,";
    BOOST_TEST(test::contains(from_file.out, icon_type), from_file.out.substr(0, 600));
    test::run_options in;
    in.input = json;
    const auto from_pipe = test::run_tool({"validate", "--format", "json"}, in);
    BOOST_TEST(from_pipe.status == 1);
    std::string expected = from_file.out;
    expected.replace(expected.find(file), file.size(), "<stdin>");
    BOOST_TEST(from_pipe.out == expected);

    // The body itself, through the markdown command (standard input only): the same bytes out.
    std::string text;
    for (int i = 0; text.size() < 600000; ++i) text += std::to_string(i) + ' ';
    text.back() = '\n';
    in.input = text;
    const auto rendered = test::run_tool({"markdown", "--to", "html"}, in);
    BOOST_TEST(rendered.status == 0);
    BOOST_TEST((rendered.out == "<p>" + text.substr(0, text.size() - 1) + "</p>\n"));
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
        uint64_t end_line = 0, end_column = 0, length = 0;
        BOOST_TEST(d["end_line"].get(end_line) == simdjson::SUCCESS);
        BOOST_TEST(d["end_column"].get(end_column) == simdjson::SUCCESS);
        BOOST_TEST(d["length"].get(length) == simdjson::SUCCESS);
        // The fields in their order: the span's after the others.
        std::vector<std::string_view> keys;
        for (auto field : d) keys.push_back(field.key);
        BOOST_TEST(keys == (std::vector<std::string_view>{"severity", "code", "path", "offset", "line", "column",
                                                           "message", "end_line", "end_column", "length"}));
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
            BOOST_TEST(length == 11u);
            BOOST_TEST(end_line == line);
            BOOST_TEST(end_column == column + 11);
        }
        ++index;
    }
    BOOST_TEST(index == 2u);
}

BOOST_AUTO_TEST_CASE(ignore_and_error_change_what_is_reported_and_the_status) {
    test::temp_dir dir;
    const std::string bad = dir.file("bad.json", test::invalid_payload);
    // The error ignored: nothing printed, valid.
    const auto ignored = test::run_tool({"validate", "--ignore", "number-as-string", bad});
    BOOST_TEST(ignored.status == 0, ignored.err);
    BOOST_TEST(ignored.out.empty(), ignored.out);
    BOOST_TEST(ignored.err == "1 input: 1 valid, 0 invalid (0 errors, 0 warnings)\n");
    // A warning made an error: the status and the summary follow.
    const std::string url_action = test::example("url-action");
    BOOST_TEST(test::run_tool({"validate", url_action}).status == 0);
    const auto promoted = test::run_tool({"validate", "--error", "odata-type-missing-hash", url_action});
    BOOST_TEST(promoted.status == 1);
    BOOST_TEST(test::contains(promoted.out, "error[odata-type-missing-hash]"), promoted.out);
    BOOST_TEST(test::contains(promoted.err, "(1 error, 0 warnings)"), promoted.err);
    // Repeatable, with the last word for a code given twice; also with --ndjson and --format json.
    const auto both = test::run_tool({"validate", "--error=odata-type-missing-hash", "--ignore",
                                      "odata-type-missing-hash", "--ignore", "number-as-string", url_action, bad});
    BOOST_TEST(both.status == 0, both.out + both.err);
    const auto json = test::run_tool({"validate", "--format", "json", "--ignore", "odata-type-missing-hash", url_action});
    BOOST_TEST(test::contains(json.out, "\"valid\":true,\"diagnostics\":[]"), json.out);
    const std::string lines = dir.file(
        "lines.ndjson", std::string(test::valid_payload) + "\n" +
                            R"~({"Title": "Hi", "IconType": "100000003", "Recipient": "/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)"})~" +
                            "\n");
    BOOST_TEST(test::run_tool({"validate", "--ndjson", lines}).status == 1);
    const auto ndjson = test::run_tool({"validate", "--ndjson", "--ignore", "number-as-string", lines});
    BOOST_TEST(ndjson.status == 0, ndjson.out + ndjson.err);
}

BOOST_AUTO_TEST_CASE(an_unknown_or_fatal_code_is_a_usage_error) {
    const auto typo = test::run_tool({"validate", "--ignore", "ignored-feild", test::example("welcome")});
    BOOST_TEST(typo.status == 2);
    BOOST_TEST(typo.out.empty());
    BOOST_TEST(typo.err == "appnotify validate: --ignore: unknown diagnostic code 'ignored-feild' (did you mean "
                           "'ignored-field'?); docs/diagnostics.md lists the codes\n");
    const auto nothing_near = test::run_tool({"validate", "--error", "xyzzy", test::example("welcome")});
    BOOST_TEST(nothing_near.status == 2);
    BOOST_TEST(nothing_near.err ==
               "appnotify validate: --error: unknown diagnostic code 'xyzzy'; docs/diagnostics.md lists the codes\n");
    const auto fatal = test::run_tool({"validate", "--ignore", "json-syntax", test::example("welcome")});
    BOOST_TEST(fatal.status == 2);
    BOOST_TEST(test::contains(fatal.err, "cannot be ignored"), fatal.err);
    BOOST_TEST(test::run_tool({"validate", "--error", "json-syntax", test::example("welcome")}).status == 0);
    BOOST_TEST(test::run_tool({"validate", "--ignore"}).status == 2);
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
    BOOST_TEST(version.out == "appnotify 0.2.0\n");
}

BOOST_AUTO_TEST_SUITE_END()
