// SPDX-License-Identifier: MIT
// fuzz_validate: bytes as a notification payload, its dialect recognized.
// Invariants: never crashes; every diagnostic's span is inside the input and the lines and
// columns of both its ends agree with their offsets; a valid verdict means no error diagnostics;
// is_valid agrees with validate; the strict JSON scanner and the simdjson-based walk agree on
// whether the JSON is well-formed; a policy is obeyed; every output target receives the same
// bytes; an owned copy renders as the original; a reused result gives the same answer as a fresh
// one.
#include <appnotify/appnotify.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "validate_invariants.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    appnotify::validate_options options;
    options.max_input_bytes = 1 << 16;
    const appnotify::validation_result result = appnotify::validate(input, options);
    fuzz::check_validation(input, result, options);
    fuzz::check_policy(input, result, options);
    fuzz::check_outputs(result);
    // Reusing a result changes nothing.
    static appnotify::validation_result reused;
    fuzz::check_reuse(input, result, reused, options);
    return 0;
}
