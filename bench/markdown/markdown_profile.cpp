// SPDX-License-Identifier: MIT
// A fixed amount of markdown-to-HTML work for callgrind (instruction counts are repeatable on a
// shared machine; Google Benchmark's iteration counts are not): renders the benchmark corpus's
// bodies or its 1 MB document a given number of times with appnotify or md4c-html, and prints
// the output's size and FNV-1a hash, so that a change can show it writes the same bytes.
//
//   appnotify_markdown_profile appnotify|md4c bodies|document [repeat]
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include <md4c-html.h>

#include <appnotify/markdown.hpp>

#include "../corpus.hpp"

namespace {

std::uint64_t fnv1a(std::uint64_t hash, std::string_view bytes) {
    for (const char c : bytes) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211u;
    }
    return hash;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fputs("usage: appnotify_markdown_profile appnotify|md4c bodies|document [repeat]\n", stderr);
        return 2;
    }
    const std::string_view engine = argv[1], corpus = argv[2];
    const int repeat = argc > 3 ? std::atoi(argv[3]) : 1;
    const std::vector<std::string> items =
        corpus == "document" ? std::vector<std::string>{bench::file("document.md")} : bench::bodies();
    appnotify::markdown_renderer renderer;
    std::string out;
    std::uint64_t hash = 14695981039346656037u;
    std::size_t bytes = 0;
    const auto append = [](const MD_CHAR* text, MD_SIZE size, void* userdata) {
        static_cast<std::string*>(userdata)->append(text, size);
    };
    for (int r = 0; r < repeat; ++r)
        for (const std::string& md : items) {
            out.clear();
            if (engine == "md4c") md_html(md.data(), static_cast<MD_SIZE>(md.size()), append, &out, MD_FLAG_NOHTML, 0);
            else static_cast<void>(renderer.render_html(md, out));
            if (r == 0) {
                hash = fnv1a(hash, out);
                bytes += out.size();
            }
        }
    std::printf("%zu items, %zu output bytes, fnv1a %016llx\n", items.size(), bytes,
                static_cast<unsigned long long>(hash));
    return 0;
}
