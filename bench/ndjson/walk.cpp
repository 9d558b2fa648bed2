// SPDX-License-Identifier: MIT
// The peer of `appnotify validate --ndjson` in bench/ndjson/measure: a program that reads an
// NDJSON file and walks every value of every record with simdjson's on-demand API (every key,
// every string unescaped, every number parsed), on one thread, and prints what it counted. It is
// the floor the validator is measured against: no check can read the records for less.
#include <cstdio>
#include <cstdlib>

#include <simdjson.h>

namespace {

struct counts {
    std::size_t records = 0, values = 0, string_bytes = 0;
    double numbers = 0;
};

simdjson::error_code walk(simdjson::ondemand::value value, counts& c) {
    ++c.values;
    simdjson::ondemand::json_type type;
    if (auto error = value.type().get(type)) return error;
    switch (type) {
    case simdjson::ondemand::json_type::object: {
        simdjson::ondemand::object object;
        if (auto error = value.get_object().get(object)) return error;
        for (auto field : object) {
            std::string_view key;
            if (auto error = field.unescaped_key().get(key)) return error;
            c.string_bytes += key.size();
            simdjson::ondemand::value member;
            if (auto error = field.value().get(member)) return error;
            if (auto error = walk(member, c)) return error;
        }
        return simdjson::SUCCESS;
    }
    case simdjson::ondemand::json_type::array: {
        simdjson::ondemand::array array;
        if (auto error = value.get_array().get(array)) return error;
        for (auto element : array) {
            simdjson::ondemand::value item;
            if (auto error = element.get(item)) return error;
            if (auto error = walk(item, c)) return error;
        }
        return simdjson::SUCCESS;
    }
    case simdjson::ondemand::json_type::string: {
        std::string_view text;
        if (auto error = value.get_string().get(text)) return error;
        c.string_bytes += text.size();
        return simdjson::SUCCESS;
    }
    case simdjson::ondemand::json_type::number: {
        double number = 0;
        if (auto error = value.get_double().get(number)) return error;
        c.numbers += number;
        return simdjson::SUCCESS;
    }
    case simdjson::ondemand::json_type::boolean: {
        bool flag = false;
        return value.get_bool().get(flag);
    }
    case simdjson::ondemand::json_type::null:
        return value.is_null().error();
    }
    return simdjson::SUCCESS;
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s FILE.ndjson\n", argv[0]);
        return 2;
    }
    simdjson::padded_string text;
    if (simdjson::padded_string::load(argv[1]).get(text)) {
        std::fprintf(stderr, "cannot read %s\n", argv[1]);
        return 2;
    }
    simdjson::ondemand::parser parser;
    simdjson::ondemand::document_stream stream;
    if (parser.iterate_many(text).get(stream)) return 1;
    counts c;
    for (auto document : stream) {
        simdjson::ondemand::value root;
        if (document.get_value().get(root) || walk(root, c)) {
            std::fprintf(stderr, "record %zu: not JSON\n", c.records + 1);
            return 1;
        }
        ++c.records;
    }
    std::printf("%zu records, %zu values, %zu string bytes, numbers adding up to %g\n", c.records, c.values,
                c.string_bytes, c.numbers);
    return 0;
}
