// SPDX-License-Identifier: MIT
// The floor of validation: simdjson's on-demand API reading every key and every value of a
// payload once and checking nothing. One walk for the benchmark (validate_bench.cpp) and the
// profile driver (validate_profile.cpp), so that both measure the same floor. `observe` is called
// with every key and string (std::string_view) and every number (simdjson::ondemand::number):
// what it does with them keeps the compiler from dropping the reads.
#ifndef APPNOTIFY_BENCH_FLOOR_WALK_HPP
#define APPNOTIFY_BENCH_FLOOR_WALK_HPP

#include <string_view>

#include <simdjson.h>

namespace bench {

template <typename Observe>
bool touch_value(simdjson::ondemand::value value, Observe& observe);

template <typename Observe>
bool touch_object(simdjson::ondemand::object object, Observe& observe) {
    for (auto field : object) {
        std::string_view key;
        simdjson::ondemand::value v;
        if (field.unescaped_key().get(key) || field.value().get(v) || !touch_value(v, observe)) return false;
        observe(key);
    }
    return true;
}

template <typename Observe>
bool touch_value(simdjson::ondemand::value value, Observe& observe) {
    simdjson::ondemand::json_type type;
    if (value.type().get(type)) return false;
    switch (type) {
    case simdjson::ondemand::json_type::object: {
        simdjson::ondemand::object o;
        return !value.get_object().get(o) && touch_object(o, observe);
    }
    case simdjson::ondemand::json_type::array: {
        simdjson::ondemand::array a;
        if (value.get_array().get(a)) return false;
        for (auto element : a) {
            simdjson::ondemand::value v;
            if (element.get(v) || !touch_value(v, observe)) return false;
        }
        return true;
    }
    case simdjson::ondemand::json_type::string: {
        std::string_view s;
        if (value.get_string().get(s)) return false;
        observe(s);
        return true;
    }
    case simdjson::ondemand::json_type::number: {
        simdjson::ondemand::number n;
        if (value.get_number().get(n)) return false;
        observe(n);
        return true;
    }
    case simdjson::ondemand::json_type::boolean: {
        bool b;
        return !value.get_bool().get(b);
    }
    case simdjson::ondemand::json_type::null: {
        bool is_null = false;
        return !value.is_null().get(is_null) && is_null;
    }
    }
    return false;
}

} // namespace bench

#endif // APPNOTIFY_BENCH_FLOOR_WALK_HPP
