// SPDX-License-Identifier: MIT
// First of two translation units that include the whole library (see two_units_b.cpp).
#include <appnotify/appnotify.hpp>

bool second_unit_validates(const char* json);

int main() {
    const char* json = R"~({"Title": "Hi", "Recipient": "/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)"})~";
    const auto result = appnotify::validate(json);
    if (!result.ok() || !appnotify::is_valid(json)) return 1;
    if (!second_unit_validates(json)) return 2;
    std::string text;
    appnotify::format_result_json(text, result, "x");
    return text.empty() ? 3 : 0;
}
