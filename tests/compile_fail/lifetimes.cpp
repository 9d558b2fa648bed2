// SPDX-License-Identifier: MIT
// Misuse that must not compile. tests/compile_fail/check.py compiles this file once per CASE:
// `lvalue_forms` must compile without a warning, so that the library and this file are known to
// be fine, and every other case must fail for its own reason: a view taken from a temporary
// result calls a deleted accessor ("deleted"), a discarded result warns ("nodiscard"), and with
// clang a temporary passed where APPNOTIFY_LIFETIMEBOUND marks the parameter dangles.
#include <appnotify/appnotify.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace {
const std::string json = R"~({"Title": "Hi", "Recipient": "/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)"})~";
} // namespace

int main() {
#if defined(CASE_lvalue_forms)
    // What the cases below do wrong, done right: the result outlives the views.
    const appnotify::validation_result result = appnotify::validate(json);
    const std::string_view title = result.notification().title;
    const appnotify::list_view<appnotify::diagnostic> diagnostics = result.diagnostics();
    const std::string_view input = result.input();
    const appnotify::dialect_verdict& verdict = result.detection();
    const appnotify::link_report links = appnotify::check_app_link("?pagetype=dashboard");
    const appnotify::list_view<appnotify::diagnostic> link_diagnostics = links.diagnostics();
    const appnotify::link_parts& parts = links.parts();
    std::string out;
    const appnotify::markdown_report markdown = appnotify::render_markdown_html("**x**", out);
    const appnotify::list_view<appnotify::diagnostic> markdown_diagnostics = markdown.diagnostics();
    const appnotify::conversion_report conversion = appnotify::convert(json, appnotify::dialect::record, out);
    const std::string_view error = conversion.error();
    const appnotify::list_view<appnotify::conversion_loss> losses = conversion.losses();
    const appnotify::owned_notification owned(result.notification());
    const std::string_view owned_title = owned.notification().title;
    appnotify::ndjson_validator lines;
    std::size_t count = 0;
    lines.feed(json + "\n", [&count](const appnotify::ndjson_record& record) { count += record.line_number; });
    const bool valid = appnotify::is_valid(json);
    return static_cast<int>(title.size() + diagnostics.size() + input.size() + verdict.candidates +
                            link_diagnostics.size() + parts.end + markdown_diagnostics.size() + error.size() +
                            losses.size() + owned_title.size() + count + valid) == -1;
#elif defined(CASE_dangling_title)
    const std::string_view title = appnotify::validate(json).notification().title;
    return static_cast<int>(title.size());
#elif defined(CASE_dangling_diagnostics)
    const auto diagnostics = appnotify::validate(json).diagnostics();
    return static_cast<int>(diagnostics.size());
#elif defined(CASE_dangling_input)
    const std::string_view input = appnotify::validate(json).input();
    return static_cast<int>(input.size());
#elif defined(CASE_dangling_detection)
    const appnotify::dialect_verdict& verdict = appnotify::validate(json).detection();
    return verdict.candidates;
#elif defined(CASE_dangling_link_diagnostics)
    const auto diagnostics = appnotify::check_app_link("?pagetype=dashboard").diagnostics();
    return static_cast<int>(diagnostics.size());
#elif defined(CASE_dangling_link_parts)
    const appnotify::link_parts& parts = appnotify::check_app_link("?pagetype=dashboard").parts();
    return static_cast<int>(parts.end);
#elif defined(CASE_dangling_markdown_diagnostics)
    std::string out;
    const auto diagnostics = appnotify::render_markdown_html("**x**", out).diagnostics();
    return static_cast<int>(diagnostics.size());
#elif defined(CASE_dangling_conversion_error)
    std::string out;
    const std::string_view error = appnotify::convert(json, appnotify::dialect::record, out).error();
    return static_cast<int>(error.size());
#elif defined(CASE_dangling_conversion_losses)
    std::string out;
    const auto losses = appnotify::convert(json, appnotify::dialect::push, out).losses();
    return static_cast<int>(losses.size());
#elif defined(CASE_dangling_owned_title)
    const appnotify::validation_result result = appnotify::validate(json);
    const std::string_view title = appnotify::owned_notification(result.notification()).notification().title;
    return static_cast<int>(title.size());
#elif defined(CASE_dangling_ndjson_record)
    // A record's views live during the callback only: it cannot be kept.
    appnotify::ndjson_validator lines;
    std::vector<appnotify::ndjson_record> kept;
    lines.feed(json + "\n", [&kept](const appnotify::ndjson_record& record) { kept.push_back(record); });
    return static_cast<int>(kept.size());
#elif defined(CASE_lifetimebound_ndjson_record)
    // Checked by clang only: APPNOTIFY_LIFETIMEBOUND sees the temporary result a record refers to.
    const appnotify::ndjson_record record(1, json, appnotify::validation_result());
    return static_cast<int>(record.line_number);
#elif defined(CASE_discarded_validation)
    appnotify::validate(json);
    return 0;
#elif defined(CASE_discarded_is_valid)
    appnotify::is_valid(json);
    return 0;
#else
#error "compile with -DCASE_<name>: see the cases above"
#endif
}
