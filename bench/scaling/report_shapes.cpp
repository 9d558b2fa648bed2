// SPDX-License-Identifier: MIT
// Scaling shapes of the diagnostic formatters (issue 11, classes 2 and 5): payloads on one long
// line with a finding every few bytes, every diagnostic kept and written as text (with its
// source excerpt) or as JSON. Each excerpt is found from its offset, so the cost is linear in
// the input however many findings share a line.
#include <string>

#include <appnotify/appnotify.hpp>

#include "scaling.hpp"

namespace {

std::string head() {
    return R"~({"Title": "Welcome", "Recipient": "/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)", )~";
}

std::string duplicate_members(std::size_t n) {
    std::string s = head() + R"~("OverrideContent": {)~";
    for (std::size_t i = 0; i < n; ++i) s += i ? ",\"k\":1" : "\"k\":1";
    return s + "}}";
}
std::string many_wrong_action_links(std::size_t n) {
    std::string s = head() + R"~("Actions": {"actions": [)~";
    for (std::size_t i = 0; i < n; ++i)
        s += std::string(i ? "," : "") + R"~({"title": "t", "data": {"type": "url", "url": "?pagetype=entityrecord&etn=Acc\u006Funt&id=x"}})~";
    return s + "]}}";
}
/// A long member name above an object with many problems: each diagnostic's path holds it.
std::string long_name_above_problems(std::size_t n) {
    std::string s = head() + "\"" + std::string(n / 2, 'n') + "\": {";
    for (std::size_t i = 0; i < n / 12; ++i) s += i ? ",\"a\":1" : "\"a\":1";
    return s + "}}";
}

const bench::scaling_registration shapes([](std::vector<bench::scaling_case>& cases) {
    const auto validate = [](std::string_view input) -> const appnotify::validation_result& {
        static appnotify::validation_result reused;
        appnotify::validate_options options;
        options.max_input_bytes = std::size_t(1) << 30;
        options.max_diagnostics = std::size_t(1) << 30;
        appnotify::validate(input, reused, options);
        return reused;
    };
    const auto as_text = [validate](std::string_view input) {
        static std::string out;
        out.clear();
        const appnotify::validation_result& r = validate(input);
        for (const appnotify::diagnostic& d : r.diagnostics()) appnotify::format_diagnostic(out, d, "in.json", r.input());
    };
    const auto as_json = [validate](std::string_view input) {
        static std::string out;
        out.clear();
        appnotify::format_result_json(out, validate(input), "in.json");
    };
    cases.push_back({"text diagnostics: one member repeated, one line", duplicate_members(20000),
                     duplicate_members(200000), as_text});
    cases.push_back({"text diagnostics: many actions with a wrong link, one line", many_wrong_action_links(2000),
                     many_wrong_action_links(20000), as_text});
    cases.push_back({"JSON diagnostics: many actions with a wrong link, one line", many_wrong_action_links(2000),
                     many_wrong_action_links(20000), as_json});
    cases.push_back({"text diagnostics: a long member name above many problems", long_name_above_problems(100000),
                     long_name_above_problems(1000000), as_text});
});

} // namespace
