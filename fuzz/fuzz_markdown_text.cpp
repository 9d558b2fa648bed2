// SPDX-License-Identifier: MIT
// Fuzz harness: the markdown plain-text renderer: no control character of the input reaches the output
// (only newline, tab); every link's destination is written out whole however the lines wrap (a link
// inside a link's text included: both destinations show); and the output size stays within a constant
// times the input size.
// Checks are in tests/markdown_output_check.hpp.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "../tests/markdown_output_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    appnotify::markdown_renderer renderer;
    appnotify::markdown_options options;
    options.limits.max_nesting = 8; // reach the nesting limit often
    std::string out;
    for (const std::size_t width : {std::size_t(0), std::size_t(1 + (size % 40))}) {
        options.wrap_width = width;
        out.clear();
        renderer.render_text(input, out, options);
        std::string problem = markdown_test::terminal_problem(out, false);
        if (problem.empty()) problem = markdown_test::destinations_problem(input, out, options, false);
        if (!problem.empty()) {
            std::fprintf(stderr, "%s\ninput: %.*s\noutput: %s\n", problem.c_str(), static_cast<int>(size),
                         reinterpret_cast<const char*>(data), out.c_str());
            std::abort();
        }
        // Escaping, list markup and wrapping grow the output by a bounded factor.
        if (out.size() > 64 * size + 64) {
            std::fprintf(stderr, "output of %zu bytes for %zu bytes of input\n", out.size(), size);
            std::abort();
        }
    }
    return 0;
}
