// SPDX-License-Identifier: MIT
// fuzz_validate_dialects: the first byte chooses the dialect (auto, action, record, push, graph),
// the rest is the payload.
// Invariants: those of fuzz_validate (validate_invariants.hpp) in every dialect; a named dialect
// is the one used; and a valid payload converts to a valid payload of each dialect, recognized
// as that dialect, with the model's title kept between the in-app dialects, or fails for one of
// the documented reasons (docs/dialects.md, Converting) that the payload has; what a conversion
// writes holds no foreign character unescaped and is bounded by a constant times the input.
#include <appnotify/appnotify.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "validate_invariants.hpp"

namespace {

bool starts_with(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

/// Whether a conversion of the valid notification `n` to `to` failed for a documented reason that
/// `n` has: a missing title, a title or body too long for the in-app columns, a data column over
/// 5000 characters. (The options give every recipient and host a target needs.)
bool documented_failure(const appnotify::notification& n, appnotify::dialect to, std::string_view error) {
    using appnotify::dialect;
    const bool in_app = to == dialect::action || to == dialect::record;
    const std::string_view target = to == dialect::action ? "a SendAppNotification body" : "an appnotification record";
    if (in_app && starts_with(error, target)) {
        error.remove_prefix(target.size());
        if (n.title.empty()) return error == " needs a title, and the source has none (a Graph notification with only rawContent)";
        if (appnotify::detail::utf16_length(n.title) > 256)
            return starts_with(error, " holds a title of at most 256 characters; this one has ");
        if (n.body && appnotify::detail::utf16_length(*n.body) > 500)
            return starts_with(error, " holds a body of at most 500 characters; this one has ");
        return false;
    }
    if (to == dialect::record)
        return starts_with(error, "the data column would hold ") && (n.override_content || !n.actions.empty());
    if (to == dialect::push && n.title.empty())
        return starts_with(error, "a push notification needs a message, and the source has no text");
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const unsigned choice = data[0] % (appnotify::dialect_count + 1);
    const std::string_view input(reinterpret_cast<const char*>(data) + 1, size - 1);
    appnotify::validate_options options;
    options.max_input_bytes = 1 << 16;
    if (choice != 0) options.dialect = appnotify::all_dialects[choice - 1];
    const appnotify::validation_result result = appnotify::validate(input, options);
    fuzz::check_validation(input, result, options);
    if (options.dialect && result.dialect() != *options.dialect) fuzz::fail("the dialect named is not the one used");
    static appnotify::validation_result reused;
    fuzz::check_reuse(input, result, reused, options);
    if (!result.ok()) return 0;

    static const std::string_view recipients[] = {"maria@contoso.com"};
    appnotify::convert_options convert;
    convert.recipient_id = "0a9f62a8-90df-e311-9565-a45d36fc5fe8";
    convert.push_recipients = {recipients, 1};
    convert.target_host_name = "graphnotifications.sample.windows.com";
    static appnotify::notification_converter converter;
    static appnotify::validation_result target;
    appnotify::validate_options target_options;
    target_options.max_input_bytes = std::size_t(1) << 20;
    for (const appnotify::dialect to : appnotify::all_dialects) {
        std::string out;
        const appnotify::conversion_report& report = converter.convert(result.notification(), to, out, convert);
        if (!report.ok()) {
            if (!documented_failure(result.notification(), to, report.error()))
                fuzz::fail("a valid payload failed to convert for an undocumented reason");
            if (!out.empty()) fuzz::fail("a failed conversion wrote something");
            continue;
        }
        fuzz::check_no_foreign(out, true, "a converted payload");
        if (out.size() > fuzz::max_converted_bytes(input.size())) fuzz::fail("a converted payload is not bounded");
        appnotify::validate(out, target, target_options);
        if (!target.ok()) fuzz::fail("a valid payload converted to an invalid one");
        if (target.dialect() != to) fuzz::fail("a converted payload is recognized as another dialect");
        const bool in_app = to == appnotify::dialect::action || to == appnotify::dialect::record;
        const bool from_in_app = result.dialect() == appnotify::dialect::action || result.dialect() == appnotify::dialect::record;
        if (in_app && from_in_app && target.notification().title != result.notification().title)
            fuzz::fail("the title changed between the in-app dialects");
    }
    return 0;
}
