// SPDX-License-Identifier: MIT
// What a consuming project writes: include the library, validate a payload, use the model.

// A consumer of the compiled mode (APPNOTIFY_CONSUMER_COMPILED) must get APPNOTIFY_HEADER_ONLY=0
// from its build system: a unit compiled header-only beside the library would silently use
// either definition of each function.
#if defined(APPNOTIFY_CONSUMER_COMPILED) && APPNOTIFY_CONSUMER_COMPILED
#if !defined(APPNOTIFY_HEADER_ONLY) || APPNOTIFY_HEADER_ONLY
#error "this build path of the compiled mode does not define APPNOTIFY_HEADER_ONLY=0"
#endif
#else
// Each header-only consumer build says whether the simdjson it links was built with
// SIMDJSON_THREADS_ENABLED (Debian's is: its CMake target and simdjson.pc add the definition). A
// build path that drops the definition compiles simdjson's parser with another layout than the
// library's: checked here, before any header could define it.
#if defined(APPNOTIFY_EXPECT_SIMDJSON_THREADS) && APPNOTIFY_EXPECT_SIMDJSON_THREADS && !defined(SIMDJSON_THREADS_ENABLED)
#error "this build path drops SIMDJSON_THREADS_ENABLED, which the simdjson it links was built with"
#endif
#endif
#include <appnotify/appnotify.hpp>

#include <cstdio>

#if !APPNOTIFY_HEADER_ONLY && defined(SIMDJSON_H)
#error "in compiled mode no public header may include simdjson.h"
#endif

int main() {
    const char* json = R"~({"Title": "Hi", "Recipient": "/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)", "IconType": 100000001})~";
    const appnotify::validation_result result = appnotify::validate(json);
    if (!result.ok() || result.notification().icon != appnotify::icon_type::success) return 1;
    std::printf("appnotify %s: %.*s is valid\n", appnotify::version_string,
                static_cast<int>(result.notification().title.size()), result.notification().title.data());
    return 0;
}
