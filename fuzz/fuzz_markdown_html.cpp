// SPDX-License-Identifier: MIT
// Fuzz harness: the markdown HTML renderer: its output is well formed, uses only the subset's tags and
// attributes, links only what the link policy allows, and stays within a constant times the input
// size.
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
        options.links_in_new_window = width != 0;
        options.class_prefix = width != 0 ? "md-" : "";
        renderer.render_html(input, out, options);
        const std::string problem = markdown_test::html_problem(out, width != 0);
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
