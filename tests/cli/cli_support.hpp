// SPDX-License-Identifier: MIT
// Helpers for the command-line tests: temporary files and paths of the repository's examples.
#ifndef APPNOTIFY_TEST_CLI_SUPPORT_HPP
#define APPNOTIFY_TEST_CLI_SUPPORT_HPP

#include <boost/test/unit_test.hpp>

#include <cstdlib>
#include <fstream>
#include <string>
#include <string_view>

#include <unistd.h>

#include "process.hpp"

namespace test {

inline std::string example(std::string_view name) {
    return std::string(APPNOTIFY_SOURCE_DIR) + "/examples/seed000/" + std::string(name) + ".json";
}

/// A directory for a test's files, removed with its contents at the end of the test.
class temp_dir {
public:
    temp_dir() {
        char pattern[] = "/tmp/appnotify-cli-XXXXXX";
        const char* made = mkdtemp(pattern);
        BOOST_TEST_REQUIRE(made != nullptr);
        path_ = made;
    }
    ~temp_dir() { std::system(("rm -rf '" + path_ + "'").c_str()); }
    temp_dir(const temp_dir&) = delete;
    temp_dir& operator=(const temp_dir&) = delete;

    std::string file(std::string_view name, std::string_view content) const {
        const std::string p = path_ + "/" + std::string(name);
        std::ofstream(p, std::ios::binary) << content;
        return p;
    }
    const std::string& path() const { return path_; }

private:
    std::string path_;
};

inline bool contains(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

inline std::size_t count_lines(std::string_view text) {
    std::size_t n = 0;
    for (const char c : text) n += c == '\n';
    return n;
}

constexpr std::string_view valid_payload =
    R"~({"Title": "Hi", "Recipient": "/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)"})~";
constexpr std::string_view invalid_payload =
    "{\n  \"Title\": \"Hi\",\n  \"IconType\": \"100000003\",\n"
    "  \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\"\n}\n";

} // namespace test

#endif // APPNOTIFY_TEST_CLI_SUPPORT_HPP
