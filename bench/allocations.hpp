// SPDX-License-Identifier: MIT
// Heap allocation counting: the benchmark binary replaces operator new, so every benchmark can
// report allocations per operation.
#ifndef APPNOTIFY_BENCH_ALLOCATIONS_HPP
#define APPNOTIFY_BENCH_ALLOCATIONS_HPP

#include <atomic>
#include <cstddef>

namespace bench {

extern std::atomic<std::size_t> allocation_count;

/// Allocations made since construction.
class allocation_counter {
public:
    allocation_counter() : start_(allocation_count.load(std::memory_order_relaxed)) {}
    std::size_t count() const { return allocation_count.load(std::memory_order_relaxed) - start_; }

private:
    std::size_t start_;
};

} // namespace bench

#endif // APPNOTIFY_BENCH_ALLOCATIONS_HPP
