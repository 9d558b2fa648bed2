// SPDX-License-Identifier: MIT
// What a consuming project writes: include the library, validate a payload, use the model.

// Each consumer build says whether the simdjson it links was built with SIMDJSON_THREADS_ENABLED
// (Debian's is: its CMake target and simdjson.pc add the definition). A build path that drops
// the definition compiles simdjson's parser with another layout than the library's: checked here,
// before any header could define it.
#if defined(APPNOTIFY_EXPECT_SIMDJSON_THREADS) && APPNOTIFY_EXPECT_SIMDJSON_THREADS && !defined(SIMDJSON_THREADS_ENABLED)
#error "this build path drops SIMDJSON_THREADS_ENABLED, which the simdjson it links was built with"
#endif
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
