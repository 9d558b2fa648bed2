// SPDX-License-Identifier: MIT
// The benchmark binary: every task and peer in one process and one run, so that the ratios hold
// on a noisy machine. Heap allocations are counted by replacing the global operator new.
// `appnotify_bench --scaling` prints the scaling table instead of running the benchmarks.
#include <cstdlib>
#include <cstring>
#include <new>

#include <benchmark/benchmark.h>

#include "allocations.hpp"
#include "scaling/scaling.hpp"

namespace bench {
std::atomic<std::size_t> allocation_count{0};
}

void* operator new(std::size_t size) {
    bench::allocation_count.fetch_add(1, std::memory_order_relaxed);
    if (void* p = std::malloc(size ? size : 1)) return p;
    throw std::bad_alloc();
}
void* operator new[](std::size_t size) {
    bench::allocation_count.fetch_add(1, std::memory_order_relaxed);
    if (void* p = std::malloc(size ? size : 1)) return p;
    throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }

int main(int argc, char** argv) {
    if (argc == 2 && std::strcmp(argv[1], "--scaling") == 0) return bench::print_scaling_table();
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
