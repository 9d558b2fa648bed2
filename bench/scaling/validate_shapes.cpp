// SPDX-License-Identifier: MIT
// Scaling shapes of the validator: hostile payloads whose cost must grow linearly.
#include <string>

#include <appnotify/appnotify.hpp>

#include "scaling.hpp"

namespace {

std::string head() {
    return R"~({"Title": "Welcome", "Recipient": "/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)", )~";
}

std::string many_actions(std::size_t n) {
    std::string s = head() + R"~("Actions": {"actions": [)~";
    for (std::size_t i = 0; i < n; ++i) s += i ? ",{}" : "{}";
    return s + "]}}";
}
std::string many_members(std::size_t n) {
    std::string s = head() + R"~("OverrideContent": {)~";
    for (std::size_t i = 0; i < n; ++i) s += (i ? ",\"k" : "\"k") + std::to_string(i) + "\":1";
    return s + "}}";
}
std::string duplicate_members(std::size_t n) {
    std::string s = head() + R"~("OverrideContent": {)~";
    for (std::size_t i = 0; i < n; ++i) s += i ? ",\"k\":1" : "\"k\":1";
    return s + "}}";
}
std::string long_body(std::size_t n) { return head() + "\"Body\": \"" + std::string(n, 'x') + "\"}"; }
std::string deep_arrays(std::size_t n) { return head() + "\"X\": " + std::string(n, '[') + std::string(n, ']') + "}"; }
std::string placeholder_noise(std::size_t n) {
    std::string s = head() + "\"Body\": \"";
    for (std::size_t i = 0; i < n; ++i) s += "<a ](**{{";
    return s + "\"}";
}

// Diagnostics-heavy shapes: every piece reports, at a position mapped back into a JSON string.
std::string many_query_parameters(std::size_t n) {
    std::string s = head() + R"~("Actions": {"actions": [{"title": "Open", "data": {"type": "url", "url": "?pagetype=entityrecord&etn=account)~";
    for (std::size_t i = 0; i < n; ++i) s += "&x=\\u0031";
    return s + "\"}}]}}";
}
std::string many_refused_body_links(std::size_t n) {
    std::string s = head() + R"~("OverrideContent": {"body": ")~";
    for (std::size_t i = 0; i < n; ++i) s += "[a](javascript:1)\\n";
    return s + "\"}}";
}
std::string many_wrong_action_links(std::size_t n) {
    std::string s = head() + R"~("Actions": {"actions": [)~";
    for (std::size_t i = 0; i < n; ++i)
        s += std::string(i ? "," : "") + R"~({"title": "t", "data": {"type": "url", "url": "?pagetype=entityrecord&etn=Acc\u006Funt&id=x"}})~";
    return s + "]}}";
}

const bench::scaling_registration shapes([](std::vector<bench::scaling_case>& cases) {
    // A reused result, as a server validating payload after payload keeps one: a fresh result
    // would time the operating system handing out tens of megabytes, not the validator.
    const auto validate = [](std::string_view input) {
        static appnotify::validation_result reused;
        appnotify::validate_options options;
        options.max_input_bytes = std::size_t(1) << 30;
        appnotify::validate(input, reused, options);
        if (reused.error_count() == 12345678) std::puts("");
    };
    cases.push_back({"validate: many empty actions", many_actions(100000), many_actions(1000000), validate});
    cases.push_back({"validate: many members", many_members(50000), many_members(500000), validate});
    cases.push_back({"validate: one member repeated", duplicate_members(50000), duplicate_members(500000), validate});
    cases.push_back({"validate: long body", long_body(1 << 20), long_body(10 << 20), validate});
    cases.push_back({"validate: deep arrays", deep_arrays(100000), deep_arrays(1000000), validate});
    cases.push_back({"validate: text heuristics noise", placeholder_noise(50000), placeholder_noise(500000), validate});
    cases.push_back({"validate: a link with many query parameters", many_query_parameters(10000),
                     many_query_parameters(100000), validate});
    cases.push_back({"validate: a markdown body with many refused links", many_refused_body_links(5000),
                     many_refused_body_links(50000), validate});
    cases.push_back({"validate: many actions with a wrong link", many_wrong_action_links(5000),
                     many_wrong_action_links(50000), validate});
});

} // namespace
