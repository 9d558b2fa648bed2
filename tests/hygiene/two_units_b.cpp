// SPDX-License-Identifier: MIT
// Second translation unit: the same inline functions and tables, linked with two_units_a.cpp.
#include <appnotify/appnotify.hpp>

bool second_unit_validates(const char* json) {
    appnotify::validation_result result;
    appnotify::validate(json, result);
    return result.ok() && appnotify::to_string(appnotify::diagnostic_code::invalid_guid) == "invalid-guid";
}
