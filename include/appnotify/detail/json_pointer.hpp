// SPDX-License-Identifier: MIT
// RFC 6901 JSON Pointer building, with long pointers shortened so that every diagnostic's path
// is bounded whatever the input's member names and depth (docs/hardening.md, issue 11 class 2).
//
// A member name longer than `max_pointer_token` bytes is written as its first and last
// `pointer_token_kept` bytes around "~(N bytes)", N the bytes left out; a pointer longer than
// `max_pointer` bytes keeps its first and last segments (up to `pointer_kept` bytes each) around
// "/~(N segments)". RFC 6901 allows '~' only in "~0" and "~1", so "~(" never occurs in a real
// pointer: a shortened one cannot be taken for another member's path, and the diagnostic's offset
// says exactly which member it is.
#ifndef APPNOTIFY_DETAIL_JSON_POINTER_HPP
#define APPNOTIFY_DETAIL_JSON_POINTER_HPP

#include <cstddef>
#include <string>
#include <string_view>

namespace appnotify::detail {

inline constexpr std::size_t max_pointer_token = 64;
inline constexpr std::size_t pointer_token_kept = 24;
inline constexpr std::size_t max_pointer = 256;
inline constexpr std::size_t pointer_kept = 120;

inline void append_pointer_escaped(std::string& pointer, std::string_view key) {
    for (const char c : key) {
        if (c == '~') pointer.append("~0");
        else if (c == '/') pointer.append("~1");
        else pointer.push_back(c);
    }
}

inline void append_elision(std::string& pointer, std::size_t count, std::string_view unit) {
    char digits[24];
    std::size_t n = 0;
    do {
        digits[n++] = static_cast<char>('0' + count % 10);
        count /= 10;
    } while (count != 0);
    pointer.append("~(");
    while (n != 0) pointer.push_back(digits[--n]);
    pointer.push_back(' ');
    pointer.append(unit);
    pointer.push_back(')');
}

/// Appends "/" and `key` with "~" written as "~0" and "/" as "~1"; a long key shortened.
inline void append_pointer_segment(std::string& pointer, std::string_view key) {
    pointer.push_back('/');
    if (key.size() <= max_pointer_token) {
        append_pointer_escaped(pointer, key);
        return;
    }
    // Cut between characters of UTF-8, never inside one.
    const auto continuation = [&key](std::size_t i) { return (static_cast<unsigned char>(key[i]) & 0xC0) == 0x80; };
    std::size_t head = pointer_token_kept, tail = key.size() - pointer_token_kept;
    while (head > 0 && continuation(head)) --head;
    while (tail < key.size() && continuation(tail)) ++tail;
    append_pointer_escaped(pointer, key.substr(0, head));
    append_elision(pointer, tail - head, "bytes");
    append_pointer_escaped(pointer, key.substr(tail));
}

inline void append_pointer_index(std::string& pointer, std::size_t index) {
    char digits[24];
    std::size_t n = 0;
    do {
        digits[n++] = static_cast<char>('0' + index % 10);
        index /= 10;
    } while (index != 0);
    pointer.push_back('/');
    while (n != 0) pointer.push_back(digits[--n]);
}

/// Shortens the pointer that starts at `begin` of `text` and runs to its end, when it is longer
/// than `max_pointer`: whole segments are kept from both ends, the middle ones counted.
inline void shorten_pointer(std::string& text, std::size_t begin) {
    if (text.size() - begin <= max_pointer) return;
    const std::string_view pointer = std::string_view(text).substr(begin);
    // The first segments that fit in pointer_kept bytes (at least one), and the last.
    std::size_t head = pointer.find('/', 1);
    if (head == std::string_view::npos) return; // one segment: bounded by max_pointer_token already
    for (std::size_t next; (next = pointer.find('/', head + 1)) != std::string_view::npos && next <= pointer_kept;)
        head = next;
    std::size_t tail = pointer.rfind('/');
    for (std::size_t prev; tail > head && (prev = pointer.rfind('/', tail - 1)) > head && pointer.size() - prev <= pointer_kept;)
        tail = prev;
    if (tail <= head) return;
    std::size_t left_out = 0;
    for (std::size_t i = head; i < tail; ++i) left_out += pointer[i] == '/';
    std::string marker = "/";
    append_elision(marker, left_out, left_out == 1 ? "segment" : "segments");
    text.replace(begin + head, tail - head, marker);
}

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_JSON_POINTER_HPP
