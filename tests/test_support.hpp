// SPDX-License-Identifier: MIT
// Helpers shared by the test files: reading test data and asserting on diagnostics exactly.
#ifndef APPNOTIFY_TEST_SUPPORT_HPP
#define APPNOTIFY_TEST_SUPPORT_HPP

#include <appnotify/appnotify.hpp>

#include <boost/test/unit_test.hpp>

#include <fstream>
#include <iterator>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>

// Boost.Test prints both sides of a failed comparison.
namespace appnotify {
inline std::ostream& operator<<(std::ostream& out, diagnostic_code code) { return out << to_string(code); }
inline std::ostream& operator<<(std::ostream& out, severity level) { return out << to_string(level); }
inline std::ostream& operator<<(std::ostream& out, icon_type value) { return out << to_string(value); }
inline std::ostream& operator<<(std::ostream& out, toast_type value) { return out << to_string(value); }
inline std::ostream& operator<<(std::ostream& out, priority value) { return out << to_string(value); }
inline std::ostream& operator<<(std::ostream& out, action_type value) { return out << to_string(value); }
inline std::ostream& operator<<(std::ostream& out, navigation_target value) { return out << to_string(value); }
inline std::ostream& operator<<(std::ostream& out, page_type value) { return out << to_string(value); }
inline std::ostream& operator<<(std::ostream& out, dialect value) { return out << to_string(value); }
inline std::ostream& operator<<(std::ostream& out, push_target value) { return out << to_string(value); }
inline std::ostream& operator<<(std::ostream& out, graph_priority value) { return out << to_string(value); }
namespace detail {
inline std::ostream& operator<<(std::ostream& out, utf8_error value) { return out << describe(value); }
} // namespace detail
} // namespace appnotify

/// BOOST_TEST, evaluated as an assertion only when it fails. For differential tests that compare
/// millions of values: Boost.Test's bookkeeping of each assertion that passes is most of their
/// time, and under valgrind (tools/test) it took minutes.
#define APPNOTIFY_TEST_QUIETLY(...)                                                                            \
    do {                                                                                                       \
        if (!(APPNOTIFY_TEST_FIRST_(__VA_ARGS__, unused))) BOOST_TEST(__VA_ARGS__);                            \
    } while (false)
/// BOOST_TEST_REQUIRE, the same way.
#define APPNOTIFY_REQUIRE_QUIETLY(...)                                                                         \
    do {                                                                                                       \
        if (!(APPNOTIFY_TEST_FIRST_(__VA_ARGS__, unused))) BOOST_TEST_REQUIRE(__VA_ARGS__);                    \
    } while (false)
#define APPNOTIFY_TEST_FIRST_(condition, ...) condition

namespace test {

inline std::string source_path(std::string_view relative) {
    return std::string(APPNOTIFY_SOURCE_DIR) + "/" + std::string(relative);
}

inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    BOOST_TEST_REQUIRE(in.good(), "cannot open " << path);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline std::string read_source_file(std::string_view relative) { return read_file(source_path(relative)); }

/// All diagnostics of a result, one per line, for failure messages.
inline std::string describe(const appnotify::validation_result& r) {
    std::ostringstream out;
    for (const auto& d : r.diagnostics())
        out << "\n  " << d.line << ':' << d.column << " [" << d.offset << "] " << appnotify::to_string(d.severity)
            << '[' << appnotify::to_string(d.code) << "] " << d.path << ": " << d.message;
    if (r.diagnostics().empty()) out << " (no diagnostics)";
    return out.str();
}

/// The only diagnostic of a result, which must have this code and path.
inline const appnotify::diagnostic& only(const appnotify::validation_result& r, appnotify::diagnostic_code code,
                                         std::string_view path) {
    BOOST_TEST_REQUIRE(r.diagnostics().size() == 1u, "expected exactly one diagnostic:" << describe(r));
    const appnotify::diagnostic& d = r.diagnostics()[0];
    BOOST_TEST(d.code == code, "code" << describe(r));
    BOOST_TEST(d.path == path, "path" << describe(r));
    return d;
}

/// The first diagnostic with this code, which must exist and have this path.
inline const appnotify::diagnostic& find(const appnotify::validation_result& r, appnotify::diagnostic_code code,
                                         std::string_view path) {
    for (const auto& d : r.diagnostics())
        if (d.code == code && d.path == path) return d;
    BOOST_TEST_REQUIRE(false, "no " << appnotify::to_string(code) << " at " << path << ":" << describe(r));
    return r.diagnostics()[0];
}

/// A diagnostic that keeps the result its views point into alive, for checks on a temporary
/// result: `const auto& d = test::only(validate(json), code, path);`.
struct held_diagnostic : appnotify::diagnostic {
    appnotify::validation_result owner;
};

inline held_diagnostic only(appnotify::validation_result&& r, appnotify::diagnostic_code code, std::string_view path) {
    const appnotify::diagnostic d = only(static_cast<const appnotify::validation_result&>(r), code, path);
    return {d, std::move(r)};
}

inline held_diagnostic find(appnotify::validation_result&& r, appnotify::diagnostic_code code, std::string_view path) {
    const appnotify::diagnostic d = find(static_cast<const appnotify::validation_result&>(r), code, path);
    return {d, std::move(r)};
}

/// True when a result (of any kind) holds no diagnostic at all, warnings included. It takes a
/// temporary too, whose diagnostics() cannot be called: `test::clean(validate(json))`.
template <typename Result>
bool clean(const Result& r) {
    return r.diagnostics().empty();
}

inline bool has(const appnotify::validation_result& r, appnotify::diagnostic_code code) {
    for (const auto& d : r.diagnostics())
        if (d.code == code) return true;
    return false;
}

inline bool contains(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

/// A valid request body with `extra` members added after Title and Recipient.
inline std::string payload(std::string_view extra = {}) {
    std::string json = R"~({"Title": "Welcome", "Recipient": "/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)")~";
    if (!extra.empty()) {
        json += ", ";
        json += extra;
    }
    json += "}";
    return json;
}

/// A payload whose only action has this `data` object.
inline std::string payload_with_action_data(std::string_view data) {
    return payload(std::string(R"~("Actions": {"@odata.type": "#Microsoft.Dynamics.CRM.expando", )~"
                               R"~("actions@odata.type": "#Collection(Microsoft.Dynamics.CRM.expando)", )~"
                               R"~("actions": [{"title": "Open", "data": )~") +
                   std::string(data) + "}]}");
}

/// Validates `json` as `dialect` (no detection).
inline appnotify::validation_result validate_as(std::string_view json, appnotify::dialect dialect,
                                                appnotify::validate_options options = {}) {
    options.dialect = dialect;
    return appnotify::validate(json, options);
}

/// `text` as a JSON string literal, quotes included (what JSON.stringify writes for a string).
inline std::string json_string(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (static_cast<unsigned char>(c) < 0x20) {
            const char* hex = "0123456789abcdef";
            out += "\\u00";
            out += hex[(c >> 4) & 15];
            out += hex[c & 15];
        } else {
            out += c;
        }
    }
    return out + "\"";
}

/// A valid appnotification record with `extra` members added after title and owner.
inline std::string record(std::string_view extra = {}) {
    std::string json = R"~({"title": "Welcome", "ownerid@odata.bind": "/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)")~";
    if (!extra.empty()) {
        json += ", ";
        json += extra;
    }
    return json + "}";
}

/// A valid record whose data column holds `data_json`, escaped as a JSON string.
inline std::string record_with_data(std::string_view data_json) {
    return record("\"data\": " + json_string(data_json));
}

/// A valid push notification with `extra` members added after recipients and message.
inline std::string push(std::string_view extra = {}) {
    std::string json = R"~({"recipients": ["maria@contoso.com"], "message": "A new case was assigned to you.")~";
    if (!extra.empty()) {
        json += ", ";
        json += extra;
    }
    return json + "}";
}

/// A valid Graph notification with `extra` members added after its required ones.
/// A Graph notification whose targetHostName holds `host` (JSON string text, escapes allowed).
inline std::string graph_with_host(std::string_view host) {
    return R"~({"targetHostName": ")~" + std::string(host) +
           R"~(", "appNotificationId": "a", "payload": {"visualContent": {"title": "Hi"}}})~";
}

/// A Graph notification whose appNotificationId holds `id` (JSON string text), then `more`.
inline std::string graph_with_id(std::string_view id, std::string_view more = {}) {
    return R"~({"targetHostName": "h.example", "appNotificationId": ")~" + std::string(id) +
           R"~(", "payload": {"visualContent": {"title": "Hi"}})~" + std::string(more) + "}";
}

inline std::string graph(std::string_view extra = {}) {
    std::string json = R"~({"targetHostName": "graphnotifications.sample.windows.com", )~"
                       R"~("appNotificationId": "testDirectToastNotification", )~"
                       R"~("payload": {"visualContent": {"title": "Hello World!"}})~";
    if (!extra.empty()) {
        json += ", ";
        json += extra;
    }
    return json + "}";
}

} // namespace test

#endif // APPNOTIFY_TEST_SUPPORT_HPP
