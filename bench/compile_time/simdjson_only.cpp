// SPDX-License-Identifier: MIT
// Compile-time baseline: includes only <simdjson.h> and parses a document.
#include <simdjson.h>

#include <string>

int main(int argc, char** argv) {
    const std::string json = argc > 1 ? argv[1] : "{}";
    simdjson::ondemand::parser parser;
    simdjson::padded_string padded(json);
    simdjson::ondemand::document doc;
    return parser.iterate(padded).get(doc) == simdjson::SUCCESS ? 0 : 1;
}
