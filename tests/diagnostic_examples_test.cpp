// SPDX-License-Identifier: MIT
// The catalogue of diagnostics: every code has an example, and each example produces its code.
#include "diagnostic_examples.hpp"
#include "test_support.hpp"

#include <set>

BOOST_AUTO_TEST_SUITE(diagnostic_examples)

BOOST_AUTO_TEST_CASE(every_code_has_an_example) {
    const auto examples = catalogue::load(test::source_path("tests/data/diagnostic_examples.json"));
    BOOST_TEST_REQUIRE(!examples.empty());
    std::set<std::string> documented;
    for (const auto& e : examples) documented.insert(e.code);
    for (const std::string_view code : catalogue::all_codes())
        BOOST_TEST(documented.count(std::string(code)) == 1u, "no example for " << code);
}

BOOST_AUTO_TEST_CASE(each_example_produces_its_code) {
    for (const auto& e : catalogue::load(test::source_path("tests/data/diagnostic_examples.json"))) {
        bool known = false;
        const auto produced = catalogue::run(e, known);
        BOOST_TEST(known, "unknown kind " << e.kind << " for " << e.code);
        BOOST_TEST((e.dialect.empty() || e.options.dialect.has_value()), "unknown dialect " << e.dialect << " for " << e.code);
        bool found = false;
        for (const auto& d : produced) found = found || d.code == e.code;
        BOOST_TEST(found, "the example of " << e.code << " does not produce it");
        BOOST_TEST(!e.about.empty(), e.code);
    }
}

BOOST_AUTO_TEST_SUITE_END()
