// SPDX-License-Identifier: MIT
// Task "links": check and resolve the ?pagetype= links of the corpus for an organization and
// app, with a reused report and output buffer.
#include <string>

#include <benchmark/benchmark.h>

#include <appnotify/appnotify.hpp>

#include "../allocations.hpp"
#include "../corpus.hpp"

namespace {

void BM_links_resolve_appnotify(benchmark::State& state) {
    const auto& links = bench::lines("links.txt");
    const appnotify::app_context context{"https://contoso.crm.dynamics.com", "12fd1cf3-e06e-e911-a95f-000d3a13c42a", {}};
    appnotify::link_report report;
    std::string out;
    std::size_t ok = 0;
    const auto pass = [&] {
        for (const std::string& link : links) {
            appnotify::check_app_link(link, report, context);
            out.clear();
            ok += report.ok() && appnotify::resolve_link(link, context, out);
        }
    };
    pass(); // grow the buffers
    const bench::allocation_counter steady;
    pass();
    state.counters["allocations_per_item"] = static_cast<double>(steady.count()) / static_cast<double>(links.size());
    for (auto _ : state) pass();
    benchmark::DoNotOptimize(ok);
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * links.size()));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bench::bytes_of(links)));
}
BENCHMARK(BM_links_resolve_appnotify)->Unit(benchmark::kMillisecond);

} // namespace
