// SPDX-License-Identifier: MIT
// Issue 11: what comes from input never reaches a terminal unescaped, on any channel of the tool
// (text diagnostics, --ndjson, JSON, converted payloads, resolved links, echoed file names).
#include "cli_support.hpp"

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>

#include <sys/wait.h>

namespace {

/// A member name that clears the screen, writes the clipboard (OSC 52), rings the bell, opens a
/// C1 control sequence (U+009B) and reverses the line (U+202E), as JSON escapes.
constexpr std::string_view hostile_name = R"~(\u001b[2J\u001b]52;c;eA==\u0007\u009b\u202eX)~";
/// How every text channel shows it.
constexpr std::string_view shown_name = R"~(\u001B[2J\u001B]52;c;eA==\u0007\u009B\u202EX)~";

std::string hostile_payload() {
    return R"~({"Title": "Hi", "Recipient": "/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)", ")~" +
           std::string(hostile_name) + R"~(": {"a": 1}})~";
}

/// No raw control byte but newline, no C1 control and no bidi control in `text`.
void check_no_foreign_bytes(std::string_view text) {
    for (const char c : text) {
        const auto b = static_cast<unsigned char>(c);
        BOOST_TEST(((b >= 0x20 || b == '\n') && b != 0x7F), "control byte " << int(b) << " in: " << text);
    }
    BOOST_TEST(text.find("\xC2\x9B") == std::string_view::npos, text);
    BOOST_TEST(text.find("\xE2\x80\xAE") == std::string_view::npos, text);
}

} // namespace

BOOST_AUTO_TEST_SUITE(hostile_output)

BOOST_AUTO_TEST_CASE(paths_in_text_diagnostics_are_escaped_in_every_command) {
    test::temp_dir dir;
    const std::string file = dir.file("p.json", hostile_payload());
    const std::string at = " (at /" + std::string(shown_name) + ")\n";
    const auto validate = test::run_tool({"validate", "--color", "never", file});
    BOOST_TEST(validate.status == 1);
    check_no_foreign_bytes(validate.out);
    BOOST_TEST(test::contains(validate.out, at), validate.out);
    for (const char* command : {"render", "convert"}) {
        std::vector<std::string> args{command, file};
        if (std::string_view(command) == "convert") args = {"convert", "--to", "record", file};
        const auto r = test::run_tool(args);
        BOOST_TEST(r.status == 1, command);
        check_no_foreign_bytes(r.err);
        BOOST_TEST(test::contains(r.err, at), r.err);
    }
    test::run_options in;
    in.input = hostile_payload() + "\n";
    const auto ndjson = test::run_tool({"validate", "--ndjson"}, in);
    BOOST_TEST(ndjson.status == 1);
    check_no_foreign_bytes(ndjson.out);
    BOOST_TEST(test::contains(ndjson.out, at), ndjson.out);
}

BOOST_AUTO_TEST_CASE(json_diagnostics_keep_foreign_characters_escaped) {
    test::temp_dir dir;
    const std::string file = dir.file("p.json", hostile_payload());
    const auto r = test::run_tool({"validate", "--format", "json", file});
    check_no_foreign_bytes(r.out);
    BOOST_TEST(test::contains(r.out, "\"path\":\"/" + std::string(shown_name) + "\""), r.out);
}

BOOST_AUTO_TEST_CASE(file_names_are_escaped) {
    test::temp_dir dir;
    const std::string name = "a\x1b]52;c;eA==\x07\xC2\x9B\xE2\x80\xAE.json";
    const std::string file = dir.file(name, test::invalid_payload);
    const std::string shown = dir.path() + "/a\\u001B]52;c;eA==\\u0007\\u009B\\u202E.json";
    const auto r = test::run_tool({"validate", file});
    check_no_foreign_bytes(r.out);
    BOOST_TEST(r.out.rfind(shown + ":3:15: error[number-as-string]", 0) == 0u, r.out);
    for (const std::vector<std::string>& args : {std::vector<std::string>{"validate", file + "x"},
                                                 {"render", file + "x"},
                                                 {"convert", "--to", "push", file + "x"}}) {
        const auto missing = test::run_tool(args);
        BOOST_TEST(missing.status == 2);
        check_no_foreign_bytes(missing.err);
        BOOST_TEST(test::contains(missing.err, "appnotify: cannot read " + shown + "x: No such file or directory\n"),
                   missing.err);
    }
    const auto unknown = test::run_tool({"\x1b[2Jfrob"});
    check_no_foreign_bytes(unknown.err);
    BOOST_TEST(test::contains(unknown.err, "appnotify: unknown command '\\u001B[2Jfrob'"), unknown.err);
}

BOOST_AUTO_TEST_CASE(link_output_percent_encodes_what_no_terminal_should_show) {
    // A C1 control and a bidi override in the host; an international host stays readable.
    const auto r = test::run_tool({"link", "https://ev\xC2\x9Bil.ex\xE2\x80\xAE" "ample/\xE2\x80\xAE?x=\xC2\x9B",
                                   "https://m\xC3\xBCnchen.example/"});
    check_no_foreign_bytes(r.out);
    check_no_foreign_bytes(r.err);
    BOOST_TEST(r.out == "https://ev%C2%9Bil.ex%E2%80%AEample/%E2%80%AE?x=%C2%9B\nhttps://m\xC3\xBCnchen.example/\n");
}

BOOST_AUTO_TEST_CASE(converted_payloads_keep_foreign_characters_escaped) {
    test::temp_dir dir;
    const std::string file = dir.file(
        "p.json", R"~({"Title": "Hi \u009b[2J \u202e \u001b", "Body": "x\u2066y",)~"
                  R"~( "Recipient": "/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)"})~");
    const auto record = test::run_tool({"convert", "--to", "record", file});
    BOOST_TEST(record.status == 0, record.err);
    check_no_foreign_bytes(record.out);
    BOOST_TEST(test::contains(record.out, R"~("title": "Hi \u009B[2J \u202E \u001B")~"), record.out);
    BOOST_TEST(test::contains(record.out, R"~("body": "x\u2066y")~"), record.out);
    const auto graph = test::run_tool({"convert", "--to", "graph", "--target-host", "contoso.example", file});
    BOOST_TEST(graph.status == 0, graph.err);
    check_no_foreign_bytes(graph.out);
}

// Class 6: an endless input (a device, standard input from /dev/zero) gets its input-too-large
// diagnostic: the tool stops reading at the limit. `timeout` turns a hang into a failure.
namespace {
struct shell_result {
    int status;
    std::string output;
};
/// Runs `command` (the tool's path is prepended) under `timeout 120` with standard output and
/// standard error into one file, as a shell pipeline `2>&1 | cat` would interleave them.
shell_result shell(const std::string& arguments, const test::temp_dir& dir) {
    const std::string out = dir.path() + "/out";
    const std::string line = "timeout 120 '" APPNOTIFY_CLI_PATH "' " + arguments + " > '" + out + "' 2>&1";
    const int raw = std::system(line.c_str());
    std::ifstream in(out, std::ios::binary);
    return {WIFEXITED(raw) ? WEXITSTATUS(raw) : -1,
            std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>())};
}
bool ends_with(std::string_view text, std::string_view end) {
    return text.size() >= end.size() && text.substr(text.size() - end.size()) == end;
}
} // namespace

BOOST_AUTO_TEST_CASE(endless_input_is_too_large_without_being_read_to_its_end) {
    test::temp_dir dir;
    const std::string too_large = "error[input-too-large]: the input is larger than the limit of 1048576 bytes\n";
    for (const std::string& arguments : {std::string("validate /dev/zero"), std::string("validate < /dev/zero"),
                                         std::string("render /dev/zero"), std::string("convert --to push /dev/zero"),
                                         std::string("preview /dev/zero")}) {
        const shell_result r = shell(arguments, dir);
        BOOST_TEST(r.status == 1, arguments << ": " << r.output.substr(0, 300));
        // The preview page lists the diagnostic in the payload's card.
        const std::string_view expected = arguments[0] == 'p' ? std::string_view("input-too-large") : too_large;
        BOOST_TEST(test::contains(r.output, expected), arguments << ": " << r.output.substr(0, 300));
    }
    const shell_result markdown = shell("markdown --to text < /dev/zero", dir);
    BOOST_TEST(markdown.status == 1);
    BOOST_TEST(test::contains(markdown.output, "error[markdown-input-too-large]"), markdown.output.substr(0, 300));
    // NDJSON: a line longer than the limit ends the reading; the lines before it are checked.
    const std::string lines = dir.file("lines.ndjson", std::string(test::valid_payload) + "\n");
    const shell_result ndjson = shell("validate --ndjson '" + lines + "' /dev/zero", dir);
    BOOST_TEST(ndjson.status == 1);
    BOOST_TEST(test::contains(ndjson.output, "/dev/zero:1:1: " + too_large), ndjson.output.substr(0, 300));
    BOOST_TEST(test::contains(ndjson.output, "appnotify: stopped reading /dev/zero at a line longer than 1048576 bytes\n"),
               ndjson.output);
    BOOST_TEST(test::contains(ndjson.output, "summary: 2 payloads, 1 valid, 1 invalid (1 error, 0 warnings)\n"),
               ndjson.output);
}

// Class 7: convert exits 0 only when what it writes is a valid payload of the target.
BOOST_AUTO_TEST_CASE(convert_fails_when_its_output_would_not_be_valid) {
    const auto r = test::run_tool({"convert", "--to", "push", "--push-recipient", "not a recipient", test::example("welcome")});
    BOOST_TEST(r.status == 1);
    BOOST_TEST(r.out.empty(), r.out);
    BOOST_TEST(r.err == "appnotify convert: the push payload written from " + test::example("welcome") +
                            " would not be valid:\n"
                            "<converted>:3:5: error[recipient-malformed]: \"not a recipient\" is neither an email address "
                            "nor a Microsoft Entra object id (at /recipients/0)\n"
                            "      \"not a recipient\"\n"
                            "      ^~~~~~~~~~~~~~~~~\n");
    const auto ok = test::run_tool({"convert", "--to", "push", "--push-recipient", "maria@contoso.com", test::example("welcome")});
    BOOST_TEST(ok.status == 0, ok.err);
}

// Class 12: counts agree with their nouns, and what goes to standard output comes before the
// summary on standard error when both share a pipe.
BOOST_AUTO_TEST_CASE(plurals_and_the_order_of_a_shared_pipe) {
    test::temp_dir dir;
    const std::string bad = dir.file("bad.json", test::invalid_payload);
    const shell_result one = shell("validate '" + bad + "'", dir);
    BOOST_TEST(one.status == 1);
    BOOST_TEST(ends_with(one.output, "^~~~~~~~~~~\n1 input: 0 valid, 1 invalid (1 error, 0 warnings)\n"), one.output);
    const shell_result two = shell("validate '" + bad + "' '" + bad + "' '" + test::example("url-action") + "'", dir);
    BOOST_TEST(ends_with(two.output, "\n3 inputs: 1 valid, 2 invalid (2 errors, 1 warning)\n"), two.output);
    const std::string lines = dir.file("l.ndjson", std::string(test::valid_payload) + "\n");
    const shell_result ndjson = shell("validate --ndjson '" + lines + "'", dir);
    BOOST_TEST(ndjson.output == "summary: 1 payload, 1 valid, 0 invalid (0 errors, 0 warnings)\n");
}

BOOST_AUTO_TEST_SUITE_END()
