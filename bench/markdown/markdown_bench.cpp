// SPDX-License-Identifier: MIT
// Task "markdown": the OverrideContent markdown subset to HTML against cmark-gfm
// (cmark_markdown_to_html) and md4c-html (md_html with MD_FLAG_NOHTML), and against the floor: a
// plain HTML-escape pass over the same bytes. ANSI and plain text against their floors (escaping,
// copying). Bodies of notification size and one 1 MB document.
#include <array>
#include <cstdlib>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>
#include <cmark-gfm.h>
#include <md4c-html.h>

#include <appnotify/appnotify.hpp>

#include "../allocations.hpp"
#include "../corpus.hpp"

namespace {

const std::vector<std::string>& document() {
    static const std::vector<std::string> one{bench::file("document.md")};
    return one;
}

void report(benchmark::State& state, const std::vector<std::string>& items) {
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * items.size()));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bench::bytes_of(items)));
}

template <typename Pass>
double steady_allocations(std::size_t items, Pass&& pass) {
    pass();
    const bench::allocation_counter counter;
    pass();
    return static_cast<double>(counter.count()) / static_cast<double>(items);
}

enum class output { html, ansi, text };

void appnotify_markdown(benchmark::State& state, const std::vector<std::string>& items, output to) {
    appnotify::markdown_renderer renderer;
    std::string out;
    const auto pass = [&] {
        for (const std::string& md : items) {
            out.clear();
            if (to == output::html) renderer.render_html(md, out);
            else if (to == output::ansi) renderer.render_ansi(md, out);
            else renderer.render_text(md, out);
        }
    };
    state.counters["allocations_per_item"] = steady_allocations(items.size(), pass);
    for (auto _ : state) pass();
    benchmark::DoNotOptimize(out);
    report(state, items);
}

void cmark_gfm(benchmark::State& state, const std::vector<std::string>& items) {
    std::size_t total = 0;
    for (auto _ : state)
        for (const std::string& md : items) {
            char* html = cmark_markdown_to_html(md.data(), md.size(), CMARK_OPT_DEFAULT);
            total += std::char_traits<char>::length(html);
            std::free(html);
        }
    benchmark::DoNotOptimize(total);
    report(state, items);
}

void md4c(benchmark::State& state, const std::vector<std::string>& items) {
    std::string out;
    const auto append = [](const MD_CHAR* text, MD_SIZE size, void* userdata) {
        static_cast<std::string*>(userdata)->append(text, size);
    };
    for (auto _ : state)
        for (const std::string& md : items) {
            out.clear();
            md_html(md.data(), static_cast<MD_SIZE>(md.size()), append, &out, MD_FLAG_NOHTML, 0);
        }
    benchmark::DoNotOptimize(out);
    report(state, items);
}

/// The floor: HTML-escaping the same bytes, the way a careful escaper does it (runs of plain
/// bytes appended at once, the four special ones replaced).
void escape_floor(benchmark::State& state, const std::vector<std::string>& items) {
    static const auto special = [] {
        std::array<bool, 256> table{};
        for (const unsigned char c : {'&', '<', '>', '"'}) table[c] = true;
        return table;
    }();
    std::string out;
    for (auto _ : state)
        for (const std::string& md : items) {
            out.clear();
            std::size_t start = 0;
            for (std::size_t i = 0; i < md.size(); ++i) {
                const unsigned char c = static_cast<unsigned char>(md[i]);
                if (!special[c]) continue;
                out.append(md, start, i - start);
                out.append(c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' ? "&gt;" : "&quot;");
                start = i + 1;
            }
            out.append(md, start, md.size() - start);
        }
    benchmark::DoNotOptimize(out);
    report(state, items);
}

void copy_floor(benchmark::State& state, const std::vector<std::string>& items) {
    std::string out;
    for (auto _ : state)
        for (const std::string& md : items) {
            out.clear();
            out.append(md);
        }
    benchmark::DoNotOptimize(out);
    report(state, items);
}

void BM_markdown_html_bodies_appnotify(benchmark::State& s) { appnotify_markdown(s, bench::bodies(), output::html); }
void BM_markdown_html_bodies_cmark_gfm(benchmark::State& s) { cmark_gfm(s, bench::bodies()); }
void BM_markdown_html_bodies_md4c(benchmark::State& s) { md4c(s, bench::bodies()); }
void BM_markdown_html_bodies_escape_floor(benchmark::State& s) { escape_floor(s, bench::bodies()); }
void BM_markdown_html_document_appnotify(benchmark::State& s) { appnotify_markdown(s, document(), output::html); }
void BM_markdown_html_document_cmark_gfm(benchmark::State& s) { cmark_gfm(s, document()); }
void BM_markdown_html_document_md4c(benchmark::State& s) { md4c(s, document()); }
void BM_markdown_html_document_escape_floor(benchmark::State& s) { escape_floor(s, document()); }
void BM_markdown_ansi_bodies_appnotify(benchmark::State& s) { appnotify_markdown(s, bench::bodies(), output::ansi); }
void BM_markdown_text_bodies_appnotify(benchmark::State& s) { appnotify_markdown(s, bench::bodies(), output::text); }
void BM_markdown_text_bodies_copy_floor(benchmark::State& s) { copy_floor(s, bench::bodies()); }

BENCHMARK(BM_markdown_html_bodies_appnotify)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_markdown_html_bodies_cmark_gfm)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_markdown_html_bodies_md4c)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_markdown_html_bodies_escape_floor)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_markdown_html_document_appnotify)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_markdown_html_document_cmark_gfm)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_markdown_html_document_md4c)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_markdown_html_document_escape_floor)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_markdown_ansi_bodies_appnotify)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_markdown_text_bodies_appnotify)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_markdown_text_bodies_copy_floor)->Unit(benchmark::kMicrosecond);

} // namespace
