// SPDX-License-Identifier: MIT
// Task "end to end": the bytes of a payload to a rendered HTML card (validate, then render the
// notification with its markdown and resolved links), per payload.
#include <string>

#include <benchmark/benchmark.h>

#include <appnotify/appnotify.hpp>

#include "../allocations.hpp"
#include "../corpus.hpp"

namespace {

void BM_end_to_end_card_appnotify(benchmark::State& state) {
    const auto& payloads = bench::payloads();
    appnotify::validation_result result;
    appnotify::notification_renderer renderer;
    appnotify::render_options options;
    options.context = {"https://contoso.crm.dynamics.com", "12fd1cf3-e06e-e911-a95f-000d3a13c42a", {}};
    std::string card;
    std::size_t rendered = 0;
    const auto pass = [&] {
        for (const std::string& p : payloads) {
            appnotify::validate(p, result);
            if (!result.ok()) continue;
            card.clear();
            renderer.render_html(result.notification(), card, options);
            rendered += card.size();
        }
    };
    pass();
    const bench::allocation_counter counter;
    pass();
    state.counters["allocations_per_item"] = static_cast<double>(counter.count()) / static_cast<double>(payloads.size());
    for (auto _ : state) pass();
    benchmark::DoNotOptimize(rendered);
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * payloads.size()));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bench::bytes_of(payloads)));
}
BENCHMARK(BM_end_to_end_card_appnotify)->Unit(benchmark::kMillisecond);

} // namespace
