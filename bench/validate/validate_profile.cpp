// SPDX-License-Identifier: MIT
// A fixed amount of validation work for callgrind (instruction counts are repeatable on a shared
// machine; Google Benchmark's iteration counts are not): validates the benchmark corpus's 10,000
// payloads a given number of times with appnotify, or walks them with the simdjson on-demand
// floor of bench/validate (every value touched), and prints a FNV-1a hash of every diagnostic
// (code, severity, pointer, offset, line, column, span, message) and verdict of the first pass,
// so that a change can show it reports exactly the same thing.
//
//   appnotify_validate_profile appnotify|floor [repeat]
//
// The instructions of one pass are the difference between 3 passes and 1 (loading cancels out).
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include <simdjson.h>

#include <appnotify/detail/hash.hpp>
#include <appnotify/validate.hpp>

#include "../corpus.hpp"
#include "floor_walk.hpp"

namespace {

struct fnv1a {
    std::uint64_t hash = 14695981039346656037u;
    void add(std::string_view bytes) { hash = appnotify::detail::fnv1a(bytes, hash); }
    void add(std::uint64_t n) { add(std::string_view(reinterpret_cast<const char*>(&n), sizeof n)); }
};

/// What the floor's walk read, summed so that the reads stay.
struct floor_sink {
    std::uint64_t total = 0;
    void operator()(std::string_view text) { total += text.size(); }
    void operator()(simdjson::ondemand::number n) { total += static_cast<std::uint64_t>(n.get_number_type()); }
};

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fputs("usage: appnotify_validate_profile appnotify|floor [repeat]\n", stderr);
        return 2;
    }
    const std::string_view engine = argv[1];
    const int repeat = argc > 2 ? std::atoi(argv[2]) : 1;
    fnv1a hash;
    std::size_t valid = 0, diagnostics = 0;
    if (engine == "floor") {
        const auto& padded = bench::padded_payloads();
        simdjson::ondemand::parser parser;
        floor_sink sink;
        for (int r = 0; r < repeat; ++r)
            for (const auto& p : padded) {
                simdjson::ondemand::document doc;
                simdjson::ondemand::object root;
                if (parser.iterate(p).get(doc) || doc.get_object().get(root)) continue;
                const bool ok = bench::touch_object(root, sink);
                if (r == 0) valid += ok;
            }
        hash.add(sink.total);
    } else {
        const auto& payloads = bench::payloads();
        appnotify::validation_result result;
        for (int r = 0; r < repeat; ++r)
            for (const std::string& p : payloads) {
                appnotify::validate(p, result);
                if (r != 0) continue;
                valid += result.ok();
                for (const appnotify::diagnostic& d : result.diagnostics()) {
                    ++diagnostics;
                    hash.add(static_cast<std::uint64_t>(d.code));
                    hash.add(static_cast<std::uint64_t>(d.severity));
                    hash.add(d.path);
                    for (const std::size_t n : {d.offset, d.line, d.column, d.end_offset, d.end_line, d.end_column})
                        hash.add(static_cast<std::uint64_t>(n));
                    hash.add(d.message);
                }
                hash.add(std::uint64_t{0xffff});
            }
    }
    std::printf("%zu payloads, %zu valid, %zu diagnostics, fnv1a %016llx\n", bench::payloads().size(), valid,
                diagnostics, static_cast<unsigned long long>(hash.hash));
    return 0;
}
