// SPDX-License-Identifier: MIT
// Loading the corpora: once per run, outside every timed loop.
#include "corpus.hpp"

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <map>
#include <stdexcept>

namespace bench {

std::string corpus_path(const std::string& name) {
    const char* dir = std::getenv("APPNOTIFY_BENCH_CORPUS");
    return std::string(dir ? dir : APPNOTIFY_BENCH_CORPUS_DIR) + "/" + name;
}

const std::string& file(const std::string& name) {
    static std::map<std::string, std::string> cache;
    auto it = cache.find(name);
    if (it != cache.end()) return it->second;
    std::ifstream in(corpus_path(name), std::ios::binary);
    if (!in) throw std::runtime_error("missing corpus file " + corpus_path(name));
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return cache.emplace(name, std::move(text)).first->second;
}

const std::vector<std::string>& lines(const std::string& name) {
    static std::map<std::string, std::vector<std::string>> cache;
    auto it = cache.find(name);
    if (it != cache.end()) return it->second;
    std::vector<std::string> out;
    const std::string& text = file(name);
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        if (end > start) out.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return cache.emplace(name, std::move(out)).first->second;
}

const std::vector<std::string>& payloads() { return lines("payloads.ndjson"); }

const std::vector<simdjson::padded_string>& padded_payloads() {
    static const std::vector<simdjson::padded_string> padded = [] {
        std::vector<simdjson::padded_string> out;
        for (const std::string& p : payloads()) out.emplace_back(p);
        return out;
    }();
    return padded;
}

std::size_t bytes_of(const std::vector<std::string>& items) {
    std::size_t n = 0;
    for (const std::string& s : items) n += s.size();
    return n;
}

const std::vector<std::string>& bodies() {
    static const std::vector<std::string> decoded = [] {
        std::vector<std::string> out;
        simdjson::dom::parser parser;
        for (const std::string& line : lines("bodies.ndjson")) {
            std::string_view body;
            if (parser.parse(line).get(body) == simdjson::SUCCESS) out.emplace_back(body);
        }
        return out;
    }();
    return decoded;
}

} // namespace bench
