// SPDX-License-Identifier: MIT
// Validates one file with the size limit raised to 1 GiB, for tools/measure_memory: the peak
// memory of this process, minus that of an empty input, is what validation costs.
#include <appnotify/appnotify.hpp>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

int main(int argc, char** argv) {
    if (argc != 2) return 2;
    std::ifstream in(argv[1], std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    appnotify::validate_options options;
    options.max_input_bytes = std::size_t(1) << 30;
    const auto result = appnotify::validate(text, options);
    std::printf("%zu %zu\n", result.error_count(), result.warning_count());
    return 0;
}
