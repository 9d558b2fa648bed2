// SPDX-License-Identifier: MIT
// The peer a developer would write instead of appnotify: nlohmann::json and hand-written checks
// of the same rules (required members, types, lengths, option sets, recipient form, actions).
// It stops at the first problem and reports no positions.
#ifndef APPNOTIFY_BENCH_HAND_CHECKS_HPP
#define APPNOTIFY_BENCH_HAND_CHECKS_HPP

#include <nlohmann/json.hpp>

#include <string>

namespace bench {

inline std::size_t utf16_units(const std::string& s) {
    std::size_t n = 0;
    for (const unsigned char c : s) n += ((c & 0xC0) != 0x80) + (c >= 0xF0);
    return n;
}

inline bool is_guid(const std::string& s) {
    if (s.size() != 36) return false;
    for (std::size_t i = 0; i < 36; ++i) {
        const char c = s[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-') return false;
        } else if (!std::isxdigit(static_cast<unsigned char>(c))) {
            return false;
        }
    }
    return true;
}

inline bool option_in(const nlohmann::json& v, int first, int count) {
    if (v.is_null()) return true;
    if (!v.is_number_integer()) return false;
    const auto n = v.get<long long>();
    return n >= first && n < first + count;
}

inline bool text_ok(const nlohmann::json& o, const char* key, std::size_t max, bool required) {
    const auto it = o.find(key);
    if (it == o.end() || it->is_null()) return !required;
    return it->is_string() && (!required || !it->get_ref<const std::string&>().empty()) &&
           utf16_units(it->get_ref<const std::string&>()) <= max;
}

inline bool action_ok(const nlohmann::json& a) {
    if (!a.is_object() || !text_ok(a, "title", 1 << 30, true)) return false;
    const auto data = a.find("data");
    if (data == a.end() || !data->is_object()) return false;
    const auto type = data->find("type");
    const std::string kind = type != data->end() && type->is_string() ? type->get<std::string>() : "url";
    if (kind == "url") {
        const auto url = data->find("url");
        if (url == data->end() || !url->is_string() || url->get_ref<const std::string&>().empty()) return false;
        const auto target = data->find("navigationTarget");
        if (target != data->end()) {
            if (!target->is_string()) return false;
            const auto& t = target->get_ref<const std::string&>();
            if (t != "dialog" && t != "inline" && t != "newWindow") return false;
        }
        return true;
    }
    if (kind == "sidepane") {
        const auto target = data->find("navigationTarget");
        if (target == data->end() || !target->is_object()) return false;
        const auto page = target->find("pageType");
        if (page == target->end() || !page->is_string()) return false;
        const auto id = target->find("entityId");
        if (id != target->end() && (!id->is_string() || !is_guid(id->get<std::string>()))) return false;
        const auto pane = data->find("paneOptions");
        if (pane != data->end()) {
            if (!pane->is_object()) return false;
            const auto width = pane->find("width");
            if (width != pane->end() && (!width->is_number_integer() || width->get<long long>() <= 0)) return false;
        }
        return true;
    }
    if (kind == "teamsChat") {
        const auto members = data->find("memberIds");
        if (members != data->end()) {
            if (!members->is_array()) return false;
            for (const auto& m : *members)
                if (!m.is_string() || !is_guid(m.get<std::string>())) return false;
        }
        const auto context = data->find("entityContext");
        if (context != data->end()) {
            if (!context->is_object()) return false;
            const auto record = context->find("recordId");
            if (record == context->end() || !record->is_string() || !is_guid(record->get<std::string>())) return false;
        }
        return !(data->contains("chatId") && (data->contains("memberIds") || data->contains("entityContext")));
    }
    return false;
}

/// The same verdict as appnotify::is_valid on the rules above, the way people write it.
inline bool hand_validate(const std::string& text) {
    const nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_object()) return false;
    static const char* const known[] = {"Title", "Recipient", "Body", "IconType", "ToastType",
                                        "Priority", "Expiry", "OverrideContent", "Actions"};
    for (const auto& item : j.items()) {
        const std::string& key = item.key();
        bool ok = key.find("@odata.type") != std::string::npos;
        for (const char* k : known) ok = ok || key == k;
        if (!ok) return false;
    }
    if (!text_ok(j, "Title", 256, true) || !text_ok(j, "Body", 500, false)) return false;
    const auto recipient = j.find("Recipient");
    if (recipient == j.end() || !recipient->is_string()) return false;
    std::string r = recipient->get<std::string>();
    if (!r.empty() && r[0] == '/') r.erase(0, 1);
    if (r.rfind("systemusers(", 0) != 0 || r.back() != ')') return false;
    if (!is_guid(r.substr(12, r.size() - 13))) return false;
    if (j.contains("IconType") && !option_in(j["IconType"], 100000000, 6)) return false;
    if (j.contains("ToastType") && !option_in(j["ToastType"], 200000000, 2)) return false;
    if (j.contains("Priority") && !option_in(j["Priority"], 200000000, 2)) return false;
    if (j.contains("Expiry") && !j["Expiry"].is_null()) {
        if (!j["Expiry"].is_number_integer()) return false;
        const auto e = j["Expiry"].get<long long>();
        if (e < 1 || e > 2147483647) return false;
    }
    const auto override_content = j.find("OverrideContent");
    if (override_content != j.end() && !override_content->is_null()) {
        if (!override_content->is_object()) return false;
        if (!text_ok(*override_content, "title", 256, false) || !text_ok(*override_content, "body", 500, false)) return false;
    }
    const auto actions = j.find("Actions");
    if (actions != j.end() && !actions->is_null()) {
        if (!actions->is_object()) return false;
        const auto list = actions->find("actions");
        if (list == actions->end() || !list->is_array()) return false;
        for (const auto& a : *list)
            if (!action_ok(a)) return false;
    }
    return true;
}

} // namespace bench

#endif // APPNOTIFY_BENCH_HAND_CHECKS_HPP
