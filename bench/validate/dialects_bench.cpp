// SPDX-License-Identifier: MIT
// Task "validate" in every dialect: the 10,000 realistic payloads converted once (by the
// library) to appnotification records, push notifications and Graph notifications, then
//   validate/<dialect>         full validation, the dialect recognized from the members;
//   validate/<dialect>/named   the same with the dialect named (no recognition pass);
//   convert/<dialect>          converting the models of the action payloads to the dialect.
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include <appnotify/appnotify.hpp>

#include "../allocations.hpp"
#include "../corpus.hpp"

namespace {

const appnotify::convert_options& conversion_options() {
    static const std::string_view recipients[] = {"maria@contoso.com"};
    static const appnotify::convert_options options = [] {
        appnotify::convert_options o;
        o.push_recipients = {recipients, 1};
        o.target_host_name = "graphnotifications.sample.windows.com";
        return o;
    }();
    return options;
}

/// The valid payloads of the corpus written in `to` (the action corpus itself for action).
const std::vector<std::string>& corpus(appnotify::dialect to) {
    static std::vector<std::string> converted[appnotify::dialect_count];
    std::vector<std::string>& out = converted[static_cast<std::size_t>(to)];
    if (!out.empty()) return out;
    appnotify::notification_converter converter;
    appnotify::validation_result source;
    for (const std::string& p : bench::payloads()) {
        appnotify::validate(p, source);
        if (!source.ok()) continue;
        std::string json;
        if (converter.convert(source.notification(), to, json, conversion_options()).ok()) out.push_back(std::move(json));
    }
    return out;
}

template <typename Pass>
double allocations_per_item(std::size_t items, Pass&& pass) {
    pass();
    const bench::allocation_counter counter;
    pass();
    return static_cast<double>(counter.count()) / static_cast<double>(items);
}

void validate_dialect(benchmark::State& state, appnotify::dialect d, bool named) {
    const std::vector<std::string>& payloads = corpus(d);
    appnotify::validation_result result;
    appnotify::validate_options options;
    if (named) options.dialect = d;
    std::size_t valid = 0;
    const auto pass = [&] {
        for (const std::string& p : payloads) {
            appnotify::validate(p, result, options);
            valid += result.ok();
        }
    };
    state.counters["allocations_per_item"] = allocations_per_item(payloads.size(), pass);
    for (auto _ : state) pass();
    benchmark::DoNotOptimize(valid);
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * payloads.size()));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bench::bytes_of(payloads)));
}

void convert_to(benchmark::State& state, appnotify::dialect to) {
    std::vector<appnotify::validation_result> sources;
    for (const std::string& p : bench::payloads()) {
        appnotify::validation_result r = appnotify::validate(p);
        if (r.ok()) sources.push_back(std::move(r));
    }
    appnotify::notification_converter converter;
    std::string out;
    std::size_t written = 0;
    const auto pass = [&] {
        for (const appnotify::validation_result& r : sources) {
            out.clear();
            written += converter.convert(r.notification(), to, out, conversion_options()).ok();
        }
    };
    state.counters["allocations_per_item"] = allocations_per_item(sources.size(), pass);
    for (auto _ : state) pass();
    benchmark::DoNotOptimize(written);
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * sources.size()));
}

void register_dialects() {
    for (const appnotify::dialect d : appnotify::all_dialects) {
        const std::string name(appnotify::to_string(d));
        benchmark::RegisterBenchmark(("validate/" + name).c_str(), validate_dialect, d, false)->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("validate/" + name + "/named").c_str(), validate_dialect, d, true)
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("convert/" + name).c_str(), convert_to, d)->Unit(benchmark::kMillisecond);
    }
}

[[maybe_unused]] const int registered = (register_dialects(), 0);

} // namespace
