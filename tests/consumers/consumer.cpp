// SPDX-License-Identifier: MIT
// What a consuming project writes: include the library, validate a payload, use the model.
#include <appnotify/appnotify.hpp>

#include <cstdio>

int main() {
    const char* json = R"~({"Title": "Hi", "Recipient": "/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)", "IconType": 100000001})~";
    const appnotify::validation_result result = appnotify::validate(json);
    if (!result.ok() || result.notification().icon != appnotify::icon_type::success) return 1;
    std::printf("appnotify %s: %.*s is valid\n", appnotify::version_string,
                static_cast<int>(result.notification().title.size()), result.notification().title.data());
    return 0;
}
