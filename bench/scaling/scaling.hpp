// SPDX-License-Identifier: MIT
// Task "scaling": the time for inputs of n and 10n bytes of every pathological shape; linear
// code takes about 10 times as long for 10 times the input.
#ifndef APPNOTIFY_BENCH_SCALING_HPP
#define APPNOTIFY_BENCH_SCALING_HPP

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace bench {

struct scaling_case {
    std::string name;
    std::string small;  // n bytes
    std::string large;  // 10n bytes
    std::function<void(std::string_view)> run;
};

/// Every shape, from every task that registered some.
std::vector<scaling_case>& scaling_cases();

/// Registers shapes at static-initialisation time: `static bench::scaling_registration r([]{...});`
struct scaling_registration {
    explicit scaling_registration(const std::function<void(std::vector<scaling_case>&)>& add) { add(scaling_cases()); }
};

/// Times every case and prints a Markdown table with the ratio of the two times.
int print_scaling_table();

} // namespace bench

#endif // APPNOTIFY_BENCH_SCALING_HPP
