// SPDX-License-Identifier: MIT
// Timing the scaling cases: the fastest of several runs of each size, and the ratio.
#include "scaling.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace bench {

std::vector<scaling_case>& scaling_cases() {
    static std::vector<scaling_case> cases;
    return cases;
}

namespace {
double seconds(const scaling_case& c, std::string_view input) {
    const auto start = std::chrono::steady_clock::now();
    c.run(input);
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}
} // namespace

int print_scaling_table() {
    std::printf("| shape | n | time for n | time for 10n | ratio (linear: about 10) |\n|---|---:|---:|---:|---:|\n");
    for (const scaling_case& c : scaling_cases()) {
        // The fastest of runs alternating between the two sizes: a busy neighbour on a shared
        // machine only ever adds time, and alternating gives both sizes the same neighbours.
        double small = 1e30;
        double large = 1e30;
        for (int i = 0; i < 11; ++i) {
            small = std::min(small, seconds(c, c.small));
            large = std::min(large, seconds(c, c.large));
        }
        std::printf("| %s | %zu B | %.3f ms | %.3f ms | %.1f |\n", c.name.c_str(), c.small.size(), small * 1e3,
                    large * 1e3, small > 0 ? large / small : 0.0);
    }
    return 0;
}

} // namespace bench
