// SPDX-License-Identifier: MIT
// One version: the macros, appnotify::version_string and CMake's and meson's project versions
// agree, the find_package consumer asks for the same series, and none is older than the latest
// release CHANGELOG.md lists.
#include "test_support.hpp"

#include <regex>
#include <string>
#include <tuple>

BOOST_AUTO_TEST_SUITE(version)

BOOST_AUTO_TEST_CASE(every_place_says_the_same_version) {
    const std::string version = std::to_string(APPNOTIFY_VERSION_MAJOR) + "." + std::to_string(APPNOTIFY_VERSION_MINOR) +
                                "." + std::to_string(APPNOTIFY_VERSION_PATCH);
    BOOST_TEST(version == APPNOTIFY_VERSION_STRING);
    BOOST_TEST(version == appnotify::version_string);
    std::smatch m;
    const std::string cmake = test::read_source_file("CMakeLists.txt");
    BOOST_TEST_REQUIRE(std::regex_search(cmake, m, std::regex(R"(project\(appnotify\s+VERSION\s+([0-9.]+))")));
    BOOST_TEST(m[1].str() == version);
    const std::string meson = test::read_source_file("meson.build");
    BOOST_TEST_REQUIRE(std::regex_search(meson, m, std::regex(R"(version\s*:\s*'([0-9.]+)')")));
    BOOST_TEST(m[1].str() == version);
    // The installed-package consumer asks for this release series (SameMinorVersion while 0.x).
    const std::string consumer = test::read_source_file("tests/consumers/find_package/CMakeLists.txt");
    BOOST_TEST_REQUIRE(std::regex_search(consumer, m, std::regex(R"(find_package\(appnotify\s+([0-9.]+))")));
    BOOST_TEST(m[1].str() == std::to_string(APPNOTIFY_VERSION_MAJOR) + "." + std::to_string(APPNOTIFY_VERSION_MINOR));
    // The changelog's latest release (after [Unreleased], if any) is this version or an older one.
    const std::string changelog = test::read_source_file("CHANGELOG.md");
    BOOST_TEST_REQUIRE(std::regex_search(changelog, m, std::regex(R"(\n## \[([0-9]+)\.([0-9]+)\.([0-9]+)\])")));
    const auto released = std::make_tuple(std::stoi(m[1].str()), std::stoi(m[2].str()), std::stoi(m[3].str()));
    BOOST_TEST((released <= std::make_tuple(APPNOTIFY_VERSION_MAJOR, APPNOTIFY_VERSION_MINOR, APPNOTIFY_VERSION_PATCH)));
}

BOOST_AUTO_TEST_SUITE_END()
