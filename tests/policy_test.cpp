// SPDX-License-Identifier: MIT
// diagnostic_policy: codes ignored or given another severity, counted and judged after the
// policy, in validate, is_valid and NDJSON alike; fatal codes stay errors.
#include "test_support.hpp"

#include <vector>

using appnotify::diagnostic_code;
using appnotify::diagnostic_policy;
using appnotify::diagnostic_rule;
using appnotify::severity;
using appnotify::validate;

namespace {

// One error (integer-out-of-range, /Expiry) and one warning (odata-type-missing-hash).
const std::string mixed = test::payload(R"~("Expiry": 0, "OverrideContent": {"@odata.type": "Microsoft.Dynamics.CRM.expando", "title": "t"})~");

appnotify::validate_options with(diagnostic_policy policy) {
    appnotify::validate_options options;
    options.policy = policy;
    return options;
}

} // namespace

BOOST_AUTO_TEST_SUITE(policy)

BOOST_AUTO_TEST_CASE(codes_have_names_both_ways) {
    BOOST_TEST(appnotify::diagnostic_code_count >= 70u);
    for (std::size_t i = 0; i < appnotify::diagnostic_code_count; ++i) {
        const auto code = static_cast<diagnostic_code>(i);
        const std::optional<diagnostic_code> parsed = appnotify::parse_diagnostic_code(appnotify::to_string(code));
        BOOST_TEST_REQUIRE(parsed.has_value());
        BOOST_TEST((*parsed == code));
    }
    BOOST_TEST(!appnotify::parse_diagnostic_code("invalid_guid"));
    BOOST_TEST(!appnotify::parse_diagnostic_code(""));
    static_assert(appnotify::parse_diagnostic_code("nil-guid") == diagnostic_code::nil_guid);
    BOOST_TEST(appnotify::to_string(diagnostic_rule::ignore) == "ignore");
}

BOOST_AUTO_TEST_CASE(without_a_policy_both_are_reported) {
    const auto r = validate(mixed);
    BOOST_TEST(r.error_count() == 1u, test::describe(r));
    BOOST_TEST(r.warning_count() == 1u, test::describe(r));
    BOOST_TEST(!r.ok());
}

BOOST_AUTO_TEST_CASE(an_ignored_code_is_neither_kept_nor_counted) {
    diagnostic_policy policy;
    BOOST_TEST(policy.ignore(diagnostic_code::integer_out_of_range));
    BOOST_TEST((policy.rule(diagnostic_code::integer_out_of_range) == diagnostic_rule::ignore));
    const auto r = validate(mixed, with(policy));
    BOOST_TEST(r.ok(), test::describe(r));
    BOOST_TEST(r.error_count() == 0u);
    BOOST_TEST(r.warning_count() == 1u);
    BOOST_TEST(!test::has(r, diagnostic_code::integer_out_of_range));
    // is_valid judges the same way.
    BOOST_TEST(appnotify::is_valid(mixed, with(policy)));
    BOOST_TEST(!appnotify::is_valid(mixed));
}

BOOST_AUTO_TEST_CASE(a_warning_made_an_error_fails_the_payload) {
    diagnostic_policy policy;
    BOOST_TEST(policy.ignore(diagnostic_code::integer_out_of_range));
    BOOST_TEST(policy.set_severity(diagnostic_code::odata_type_missing_hash, severity::error));
    const auto r = validate(mixed, with(policy));
    BOOST_TEST(!r.ok());
    BOOST_TEST(r.error_count() == 1u);
    BOOST_TEST(r.warning_count() == 0u);
    const auto& d = test::find(r, diagnostic_code::odata_type_missing_hash, "/OverrideContent/@odata.type");
    BOOST_TEST((d.severity == severity::error));
    BOOST_TEST(!appnotify::is_valid(mixed, with(policy)));
}

BOOST_AUTO_TEST_CASE(an_error_made_a_warning_passes) {
    diagnostic_policy policy;
    BOOST_TEST(policy.set_severity(diagnostic_code::integer_out_of_range, severity::warning));
    const auto r = validate(mixed, with(policy));
    BOOST_TEST(r.ok());
    BOOST_TEST(r.warning_count() == 2u);
    BOOST_TEST((test::find(r, diagnostic_code::integer_out_of_range, "/Expiry").severity == severity::warning));
    appnotify::validation_result scratch;
    BOOST_TEST(appnotify::is_valid(mixed, scratch, with(policy)));
    // Back to the code's own severity.
    policy.clear();
    BOOST_TEST(!validate(mixed, with(policy)).ok());
    BOOST_TEST(policy.set(diagnostic_code::integer_out_of_range, diagnostic_rule::warning));
    BOOST_TEST(policy.set(diagnostic_code::integer_out_of_range, diagnostic_rule::keep));
    BOOST_TEST(!validate(mixed, with(policy)).ok());
}

BOOST_AUTO_TEST_CASE(fatal_codes_stay_errors) {
    diagnostic_policy policy;
    for (const diagnostic_code code : {diagnostic_code::json_syntax, diagnostic_code::json_trailing_comma,
                                       diagnostic_code::input_too_large, diagnostic_code::payload_not_object,
                                       diagnostic_code::dialect_unknown}) {
        BOOST_TEST(appnotify::is_fatal(code));
        BOOST_TEST(!policy.ignore(code));
        BOOST_TEST(!policy.set_severity(code, severity::warning));
        BOOST_TEST((policy.rule(code) == diagnostic_rule::keep));
        BOOST_TEST(policy.set_severity(code, severity::error));
    }
    BOOST_TEST(!appnotify::is_fatal(diagnostic_code::duplicate_key));
    BOOST_TEST(!appnotify::is_fatal(diagnostic_code::json_byte_order_mark));
    const auto r = validate("{\"Title\": 1,}", with(policy));
    BOOST_TEST(!r.ok());
}

BOOST_AUTO_TEST_CASE(the_final_count_of_dropped_diagnostics_follows_the_policy) {
    std::string json = "{";
    for (int i = 0; i < 10; ++i) json += "\"x" + std::to_string(i) + "\": 1, ";
    json += "\"Title\": \"t\", \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\"}";
    appnotify::validate_options options;
    options.max_diagnostics = 3;
    const auto capped = validate(json, options);
    BOOST_TEST(capped.diagnostics().size() == 4u);
    BOOST_TEST(capped.error_count() == 10u);
    BOOST_TEST(capped.warning_count() == 1u);
    BOOST_TEST(options.policy.ignore(diagnostic_code::too_many_diagnostics));
    const auto quiet = validate(json, options);
    BOOST_TEST(quiet.diagnostics().size() == 3u);
    BOOST_TEST(quiet.warning_count() == 0u);
    // Ignored codes do not count against the limit.
    BOOST_TEST(options.policy.ignore(diagnostic_code::unknown_parameter));
    const auto none = validate(json, options);
    BOOST_TEST(none.ok());
    BOOST_TEST(none.diagnostics().empty(), test::describe(none));
}

BOOST_AUTO_TEST_CASE(ndjson_records_follow_the_policy) {
    appnotify::validate_options options;
    BOOST_TEST(options.policy.ignore(diagnostic_code::integer_out_of_range));
    appnotify::ndjson_validator validator(options);
    std::vector<bool> ok;
    const auto on_record = [&ok](const appnotify::ndjson_record& r) { ok.push_back(r.result.ok()); };
    validator.feed(mixed + "\n" + test::payload(R"~("IconType": "x")~") + "\n", on_record);
    validator.finish(on_record);
    BOOST_TEST(ok == (std::vector<bool>{true, false}));
}

BOOST_AUTO_TEST_CASE(the_policy_is_a_small_value) {
    // One byte per code: copied with the options, applied without allocating.
    BOOST_TEST(sizeof(diagnostic_policy) == appnotify::diagnostic_code_count);
    constexpr diagnostic_policy empty{};
    static_assert(empty.rule(diagnostic_code::nil_guid) == diagnostic_rule::keep);
    static_assert(*empty.apply(diagnostic_code::nil_guid, severity::warning) == severity::warning);
}

BOOST_AUTO_TEST_SUITE_END()
