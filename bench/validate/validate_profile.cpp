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

#include <appnotify/validate.hpp>

#include "../corpus.hpp"

namespace {

struct fnv1a {
    std::uint64_t hash = 14695981039346656037u;
    void add(std::string_view bytes) {
        for (const char c : bytes) {
            hash ^= static_cast<unsigned char>(c);
            hash *= 1099511628211u;
        }
    }
    void add(std::uint64_t n) { add(std::string_view(reinterpret_cast<const char*>(&n), sizeof n)); }
};

bool touch(simdjson::ondemand::value value, std::uint64_t& sink);

bool touch_object(simdjson::ondemand::object object, std::uint64_t& sink) {
    for (auto field : object) {
        std::string_view key;
        simdjson::ondemand::value v;
        if (field.unescaped_key().get(key) || field.value().get(v) || !touch(v, sink)) return false;
        sink += key.size();
    }
    return true;
}

// The same walk as BM_validate_floor_simdjson_ondemand (bench/validate/validate_bench.cpp).
bool touch(simdjson::ondemand::value value, std::uint64_t& sink) {
    simdjson::ondemand::json_type type;
    if (value.type().get(type)) return false;
    switch (type) {
    case simdjson::ondemand::json_type::object: {
        simdjson::ondemand::object o;
        return !value.get_object().get(o) && touch_object(o, sink);
    }
    case simdjson::ondemand::json_type::array: {
        simdjson::ondemand::array a;
        if (value.get_array().get(a)) return false;
        for (auto element : a) {
            simdjson::ondemand::value v;
            if (element.get(v) || !touch(v, sink)) return false;
        }
        return true;
    }
    case simdjson::ondemand::json_type::string: {
        std::string_view s;
        if (value.get_string().get(s)) return false;
        sink += s.size();
        return true;
    }
    case simdjson::ondemand::json_type::number: {
        simdjson::ondemand::number n;
        if (value.get_number().get(n)) return false;
        sink += static_cast<std::uint64_t>(n.get_number_type());
        return true;
    }
    case simdjson::ondemand::json_type::boolean: {
        bool b;
        return !value.get_bool().get(b);
    }
    case simdjson::ondemand::json_type::null: {
        bool is_null = false;
        return !value.is_null().get(is_null) && is_null;
    }
    }
    return false;
}

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
        std::uint64_t sink = 0;
        for (int r = 0; r < repeat; ++r)
            for (const auto& p : padded) {
                simdjson::ondemand::document doc;
                simdjson::ondemand::object root;
                if (parser.iterate(p).get(doc) || doc.get_object().get(root)) continue;
                const bool ok = touch_object(root, sink);
                if (r == 0) valid += ok;
            }
        hash.add(sink);
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
