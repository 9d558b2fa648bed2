// Timing the scaling cases: median of several runs of each size, and the ratio.
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
double median_seconds(const scaling_case& c, std::string_view input) {
    std::vector<double> times;
    for (int i = 0; i < 7; ++i) {
        const auto start = std::chrono::steady_clock::now();
        c.run(input);
        times.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}
} // namespace

int print_scaling_table() {
    std::printf("| shape | n | time for n | time for 10n | ratio (linear: about 10) |\n|---|---:|---:|---:|---:|\n");
    for (const scaling_case& c : scaling_cases()) {
        const double small = median_seconds(c, c.small);
        const double large = median_seconds(c, c.large);
        std::printf("| %s | %zu B | %.3f ms | %.3f ms | %.1f |\n", c.name.c_str(), c.small.size(), small * 1e3,
                    large * 1e3, small > 0 ? large / small : 0.0);
    }
    return 0;
}

} // namespace bench
