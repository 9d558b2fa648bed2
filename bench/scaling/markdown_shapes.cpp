// SPDX-License-Identifier: MIT
// Scaling shapes of the markdown renderer: cmark's pathological inputs at n and 10n, and the
// 1 MB document against its first 100 KB.
#include <string>

#include <appnotify/appnotify.hpp>

#include "../corpus.hpp"
#include "scaling.hpp"

namespace {

const bench::scaling_registration shapes([](std::vector<bench::scaling_case>& cases) {
    const auto render = [](std::string_view input) {
        static appnotify::markdown_renderer renderer;
        static std::string out;
        out.clear();
        appnotify::markdown_options options;
        options.limits.max_input_bytes = std::size_t(1) << 30;
        options.limits.max_output_bytes = std::size_t(1) << 30;
        renderer.render_html(input, out, options);
    };
    for (const char* shape : {"nested-emphasis", "open-brackets", "unclosed-links", "deep-lists", "backslashes",
                              "delimiter-line", "closers"})
        cases.push_back({std::string("markdown: ") + shape, bench::file(std::string("pathological/") + shape + "-10000.md"),
                         bench::file(std::string("pathological/") + shape + "-100000.md"), render});
    const std::string& document = bench::file("document.md");
    cases.push_back({"markdown: the 1 MB document", document.substr(0, document.size() / 10), document, render});
});

} // namespace
