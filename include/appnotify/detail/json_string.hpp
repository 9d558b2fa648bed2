// SPDX-License-Identifier: MIT
// Positions inside JSON strings: from an index into the unescaped text back to the byte of the
// raw JSON that produced it, so a diagnostic can point at the exact character even after
// escapes such as \u0026, \n or surrogate pairs.
#ifndef APPNOTIFY_DETAIL_JSON_STRING_HPP
#define APPNOTIFY_DETAIL_JSON_STRING_HPP

#include <cstddef>
#include <string_view>
#include <vector>

#include "swar.hpp"

namespace appnotify::detail {

constexpr unsigned hex4_value(std::string_view s) noexcept {
    unsigned v = 0;
    for (const char c : s) v = v * 16 + static_cast<unsigned>(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
    return v;
}

/// What one character or escape of a JSON string's raw text is: how many raw bytes it spans and
/// how many bytes of unescaped text it produces.
struct json_string_step {
    std::size_t raw_length;
    std::size_t text_length;
};

/// The step at `raw[r]`, a position inside a valid JSON string.
constexpr json_string_step string_step_at(std::string_view raw, std::size_t r) noexcept {
    if (raw[r] != '\\' || r + 1 >= raw.size()) return {1, 1};
    if (raw[r + 1] != 'u' || r + 6 > raw.size()) return {2, 1};
    const unsigned unit = hex4_value(raw.substr(r + 2, 4));
    if (unit >= 0xD800 && unit <= 0xDBFF && r + 12 <= raw.size() && raw[r + 6] == '\\') return {12, 4};
    return {6, unit < 0x80 ? 1u : unit < 0x800 ? 2u : 3u};
}

/// Continues from raw offset `r`, where `index_at_r` unescaped bytes precede, to the source of
/// unescaped byte `index` (the closing quote's offset when `index` is the length).
constexpr std::size_t raw_offset_from(std::string_view raw, std::size_t index, std::size_t r,
                                      std::size_t index_at_r) noexcept {
    while (r < raw.size() && raw[r] != '"') {
        const json_string_step step = string_step_at(raw, r);
        if (index < index_at_r + step.text_length) return r;
        index_at_r += step.text_length;
        r += step.raw_length;
    }
    return r;
}

/// The one mapper of positions in JSON strings: from an index into a string's unescaped text to
/// the byte of its raw JSON, for every diagnostic inside a string (a link's parameters, a
/// markdown link, a placeholder, the findings in the JSON a record's `data` holds). It maps one
/// string at a time, in linear time overall whatever the number and order of the lookups: the
/// string is read once, on its first lookup, and the walk is remembered every `stride` unescaped
/// bytes, so each lookup steps from the nearest checkpoint. A string without escapes needs no
/// checkpoints. Reused, it allocates nothing once its buffer has grown.
class string_offset_map {
public:
    static constexpr std::size_t stride = 64;

    /// Maps `raw` (from the opening quote of a valid JSON string) from now on, unless it already
    /// does. Nothing is read until the first lookup.
    void use(std::string_view raw) noexcept {
        if (raw.data() == raw_.data() && raw.size() == raw_.size()) return;
        raw_ = raw;
        built_ = false;
    }

    /// Forgets the string mapped: to call when the text it was in is rewritten in place.
    void forget() noexcept {
        raw_ = {};
        built_ = false;
    }

    /// The offset within the raw string of the source of unescaped byte `index` (the closing
    /// quote's offset when `index` is the length).
    std::size_t raw_offset(std::size_t index) {
        if (!built_) build();
        if (plain_) return index < text_length_ ? index + 1 : text_length_ + 1;
        std::size_t k = index / stride;
        if (k >= checkpoints_.size()) k = checkpoints_.size() - 1;
        while (k > 0 && checkpoints_[k].index > index) --k;
        return raw_offset_from(raw_, index, checkpoints_[k].raw, checkpoints_[k].index);
    }

private:
    struct checkpoint {
        std::size_t index;
        std::size_t raw;
    };
    std::string_view raw_;
    bool built_ = false;
    bool plain_ = false; // no escapes: unescaped byte i is raw byte i + 1
    std::size_t text_length_ = 0;
    std::vector<checkpoint> checkpoints_;

    void build() {
        built_ = true;
        checkpoints_.clear();
        std::size_t r = 1;
        while (r < raw_.size() && raw_[r] != '"' && raw_[r] != '\\') ++r;
        plain_ = r >= raw_.size() || raw_[r] == '"';
        if (plain_) {
            text_length_ = r - 1;
            return;
        }
        std::size_t index = 0;
        r = 1;
        checkpoints_.push_back({0, 1});
        while (r < raw_.size() && raw_[r] != '"') {
            if (index >= checkpoints_.size() * stride) checkpoints_.push_back({index, r});
            const json_string_step step = string_step_at(raw_, r);
            index += step.text_length;
            r += step.raw_length;
        }
    }
};

/// The length of JSON text as a program writes it out again, for a limit counted in UTF-16 code
/// units (a Dataverse text column): compact (no whitespace), with every string holding only the
/// escapes JSON requires ('"', '\\' and control characters; \b \f \n \r \t where they exist),
/// and, optionally, without OData annotations (members named "...@odata.type"). It is the least
/// any JSON writer produces for the same data: the limit is exceeded whatever the writer when
/// this is.
class compact_json_length {
public:
    explicit compact_json_length(bool drop_annotations) noexcept : drop_annotations_(drop_annotations) {}

    /// The length of the valid JSON value at `text[at]`; `at` is moved past it. `members` (when
    /// not null) gets the number of members of an object counted.
    std::size_t value(std::string_view text, std::size_t& at, std::size_t* members = nullptr) const {
        at = skip_space(text, at);
        if (at >= text.size()) return 0;
        const char c = text[at];
        if (c == '"') return string(text, at);
        if (c == '{' || c == '[') return container(text, at, members);
        const std::size_t begin = at;
        while (at < text.size() && !is_space(text[at]) && text[at] != ',' && text[at] != '}' && text[at] != ']') ++at;
        return at - begin;
    }

private:
    bool drop_annotations_;

    static constexpr bool is_space(char c) noexcept { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
    static constexpr std::size_t skip_space(std::string_view text, std::size_t at) noexcept {
        while (at < text.size() && is_space(text[at])) ++at;
        return at;
    }

    /// A string from its opening quote; `at` moves past the closing one. Outside escapes, a
    /// character is one UTF-16 code unit, two beyond U+FFFF (a four-byte sequence).
    static std::size_t string(std::string_view text, std::size_t& at) noexcept {
        const std::size_t size = text.size();
        std::size_t units = 2;
        ++at;
        while (at < size) {
            at = count_plain(text, at, units);
            if (at >= size) break;
            const auto b = static_cast<unsigned char>(text[at]);
            if (b == '"') break;
            if (b != '\\') {
                units += static_cast<std::size_t>((b & 0xC0) != 0x80) + static_cast<std::size_t>(b >= 0xF0);
                ++at;
                continue;
            }
            const char e = at + 1 < size ? text[at + 1] : '\0';
            if (e == 'u' && at + 6 <= size) {
                const unsigned unit = hex4_value(text.substr(at + 2, 4));
                units += unit == '"' || unit == '\\' || unit == '\b' || unit == '\f' || unit == '\n' || unit == '\r' ||
                                 unit == '\t'
                             ? 2
                             : unit < 0x20 ? 6 : 1;
                at += 6;
            } else {
                units += e == '/' ? 1 : 2; // \/ is just '/'
                at += 2;
            }
        }
        ++at;
        return units;
    }

    /// Counts the UTF-16 code units of the bytes from `at` up to the next '"' or '\\', 8 at a
    /// time (swar.hpp), as `string` counts them one by one: a byte that does not continue a UTF-8
    /// sequence is a unit, a four-byte sequence's lead byte (0xF0 and above) one more. Stops
    /// there, or where fewer than 8 bytes are left.
    static std::size_t count_plain(std::string_view text, std::size_t at, std::size_t& units) noexcept {
        using swar::word;
        using swar::count;
        for (; at + 8 <= text.size(); at += 8) {
            const word w = swar::load(text.data() + at);
            const word special = swar::equal_any(w, '"', '\\');
            if ((special | (w & swar::high_bits)) == 0) { // 8 ASCII characters: the usual word
                units += 8;
                continue;
            }
            // Only the bytes before the first special one are counted here.
            const word before = special == 0 ? ~word(0) : ((special & (~special + 1)) >> 7) - 1;
            const word starts = swar::high_bits & ~swar::continuation_bytes(w);
            const word four_byte_leads = w & (w << 1) & (w << 2) & (w << 3) & swar::high_bits; // 1111xxxx
            units += count(starts & before) + count(four_byte_leads & before);
            if (special != 0) return at + swar::first_byte(special);
        }
        return at;
    }

    std::size_t container(std::string_view text, std::size_t& at, std::size_t* members) const {
        const bool object = text[at] == '{';
        const char close = object ? '}' : ']';
        std::size_t units = 2, count = 0;
        ++at;
        while (true) {
            at = skip_space(text, at);
            if (at >= text.size()) break;
            if (text[at] == close) {
                ++at;
                break;
            }
            if (text[at] == ',') {
                ++at;
                continue;
            }
            std::size_t item = 0;
            bool kept = true;
            if (object) {
                const std::size_t key = at;
                item = string(text, at) + 1; // the key and ':'
                constexpr std::string_view annotation = "@odata.type\"";
                kept = !(drop_annotations_ && at - key > annotation.size() &&
                         text.substr(at - annotation.size(), annotation.size()) == annotation);
                at = skip_space(text, at) + 1; // the ':'
            }
            item += value(text, at);
            if (!kept) continue;
            units += item + (count != 0 ? 1 : 0);
            ++count;
        }
        if (members != nullptr) *members = count;
        return units;
    }
};

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_JSON_STRING_HPP
