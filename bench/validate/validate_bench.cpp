// SPDX-License-Identifier: MIT
// Task "validate": appnotify's full validation of the 10,000 realistic payloads against
//   the floor      simdjson on-demand parsing that touches every field,
//   simdjson DOM   parsing alone,
//   nlohmann       nlohmann::json parsing plus the equivalent hand-written checks,
//   RapidJSON      its SchemaValidator with a JSON Schema of the same rules.
#include <fstream>
#include <iterator>
#include <string>

#include <benchmark/benchmark.h>
#include <rapidjson/document.h>
#include <rapidjson/schema.h>
#include <simdjson.h>

#include <appnotify/appnotify.hpp>

#include "../allocations.hpp"
#include "../corpus.hpp"
#include "floor_walk.hpp"
#include "hand_checks.hpp"

namespace {

void report(benchmark::State& state, std::size_t items, std::size_t bytes) {
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * items));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
}

/// Allocations per item of one pass over `items` once a first pass has grown the buffers.
template <typename Items, typename Pass>
double steady_allocations(const Items& items, Pass&& pass) {
    pass();
    const bench::allocation_counter counter;
    pass();
    return static_cast<double>(counter.count()) / static_cast<double>(items.size());
}

void BM_validate_appnotify(benchmark::State& state) {
    const auto& payloads = bench::payloads();
    appnotify::validation_result result;
    std::size_t valid = 0;
    const auto pass = [&] {
        for (const std::string& p : payloads) {
            appnotify::validate(p, result);
            valid += result.ok();
        }
    };
    state.counters["allocations_per_item"] = steady_allocations(payloads, pass);
    for (auto _ : state) pass();
    benchmark::DoNotOptimize(valid);
    report(state, payloads.size(), bench::bytes_of(payloads));
}
BENCHMARK(BM_validate_appnotify)->Unit(benchmark::kMillisecond);

void BM_is_valid_appnotify(benchmark::State& state) {
    const auto& payloads = bench::payloads();
    appnotify::validation_result scratch;
    std::size_t valid = 0;
    const auto pass = [&] {
        for (const std::string& p : payloads) valid += appnotify::is_valid(p, scratch);
    };
    state.counters["allocations_per_item"] = steady_allocations(payloads, pass);
    for (auto _ : state) pass();
    benchmark::DoNotOptimize(valid);
    report(state, payloads.size(), bench::bytes_of(payloads));
}
BENCHMARK(BM_is_valid_appnotify)->Unit(benchmark::kMillisecond);

void BM_validate_floor_simdjson_ondemand(benchmark::State& state) {
    const auto& padded = bench::padded_payloads();
    simdjson::ondemand::parser parser;
    std::size_t ok = 0;
    const auto keep = [](const auto& read) { benchmark::DoNotOptimize(read); };
    for (auto _ : state)
        for (const auto& p : padded) {
            simdjson::ondemand::document doc;
            simdjson::ondemand::object root;
            if (parser.iterate(p).get(doc) || doc.get_object().get(root)) continue;
            ok += bench::touch_object(root, keep);
        }
    benchmark::DoNotOptimize(ok);
    report(state, padded.size(), bench::bytes_of(bench::payloads()));
}
BENCHMARK(BM_validate_floor_simdjson_ondemand)->Unit(benchmark::kMillisecond);

void BM_validate_simdjson_dom(benchmark::State& state) {
    const auto& padded = bench::padded_payloads();
    simdjson::dom::parser parser;
    std::size_t ok = 0;
    for (auto _ : state)
        for (const auto& p : padded) {
            simdjson::dom::element root;
            ok += parser.parse(p).get(root) == simdjson::SUCCESS;
        }
    benchmark::DoNotOptimize(ok);
    report(state, padded.size(), bench::bytes_of(bench::payloads()));
}
BENCHMARK(BM_validate_simdjson_dom)->Unit(benchmark::kMillisecond);

void BM_validate_nlohmann_hand_checks(benchmark::State& state) {
    const auto& payloads = bench::payloads();
    std::size_t valid = 0;
    for (auto _ : state)
        for (const std::string& p : payloads) valid += bench::hand_validate(p);
    benchmark::DoNotOptimize(valid);
    report(state, payloads.size(), bench::bytes_of(payloads));
}
BENCHMARK(BM_validate_nlohmann_hand_checks)->Unit(benchmark::kMillisecond);

const rapidjson::SchemaDocument& schema() {
    static const rapidjson::SchemaDocument document = [] {
        std::ifstream in(APPNOTIFY_BENCH_SOURCE_DIR "/validate/send_app_notification.schema.json");
        const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        rapidjson::Document d;
        d.Parse(text.c_str());
        return rapidjson::SchemaDocument(d);
    }();
    return document;
}

void BM_validate_rapidjson_schema(benchmark::State& state) {
    const auto& payloads = bench::payloads();
    rapidjson::SchemaValidator validator(schema());
    std::size_t valid = 0;
    for (auto _ : state)
        for (const std::string& p : payloads) {
            rapidjson::Document d;
            if (d.Parse(p.c_str(), p.size()).HasParseError()) continue;
            validator.Reset();
            valid += d.Accept(validator);
        }
    benchmark::DoNotOptimize(valid);
    report(state, payloads.size(), bench::bytes_of(payloads));
}
BENCHMARK(BM_validate_rapidjson_schema)->Unit(benchmark::kMillisecond);

// Verdicts compared once, so the peers are known to check the same thing (a counter, not a
// timing): how many of the 10,000 payloads each calls valid.
void BM_validate_verdicts(benchmark::State& state) {
    std::size_t appnotify_valid = 0, hand_valid = 0, schema_valid = 0;
    rapidjson::SchemaValidator validator(schema());
    for (auto _ : state) {
        appnotify_valid = hand_valid = schema_valid = 0;
        for (const std::string& p : bench::payloads()) {
            appnotify_valid += appnotify::is_valid(p);
            hand_valid += bench::hand_validate(p);
            rapidjson::Document d;
            d.Parse(p.c_str(), p.size());
            validator.Reset();
            schema_valid += !d.HasParseError() && d.Accept(validator);
        }
    }
    state.counters["appnotify_valid"] = static_cast<double>(appnotify_valid);
    state.counters["hand_checks_valid"] = static_cast<double>(hand_valid);
    state.counters["schema_valid"] = static_cast<double>(schema_valid);
}
BENCHMARK(BM_validate_verdicts)->Iterations(1)->Unit(benchmark::kMillisecond);

} // namespace
