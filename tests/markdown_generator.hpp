// SPDX-License-Identifier: MIT
// A deterministic generator of markdown over the renderer's subset alphabet: words, emphasis
// delimiters, links with every destination and title form, autolinks, escapes, references, list
// markers with indentation and tabs, hard breaks and the three kinds of line ending. Shared by
// the differential test (driven by a fixed seed) and fuzz/fuzz_markdown_differential.cpp
// (driven by the fuzzer's bytes).
#ifndef APPNOTIFY_TEST_MARKDOWN_GENERATOR_HPP
#define APPNOTIFY_TEST_MARKDOWN_GENERATOR_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace markdown_test {

class generator {
public:
    /// Choices from a xorshift sequence.
    explicit generator(std::uint64_t seed) : state_(seed == 0 ? 0x9E3779B97F4A7C15u : seed) {}
    /// Choices read from `bytes` (then zeros), for a fuzzer.
    generator(const std::uint8_t* bytes, std::size_t size) : bytes_(bytes), size_(size) {}

    std::string document() {
        std::string doc;
        const std::size_t lines = 1 + below(6);
        for (std::size_t l = 0; l < lines; ++l) {
            switch (below(8)) {
            case 0: break; // a blank line
            case 1:
            case 2:
            case 3: {
                static const std::string_view indents[] = {"", "", "", "", " ", "  ", "   ", "  ", "\t"};
                static const std::string_view markers[] = {"- ", "* ", "+ ", "1. ", "2. ", "1) ", "10. ", "-", "-   ",
                                                           "-\t", "0. ", "- - ", "1. - ", "-  "};
                doc += below(16) == 0 ? "    " : pick(indents); // 4 columns: indented code, now and then
                doc += pick(markers);
                if (below(6) != 0) doc += "x" + run(4);
                break;
            }
            default: {
                static const std::string_view indents[] = {"", "", "", "", " ", "  ", "   "};
                doc += pick(indents);
                doc += run(5);
            }
            }
            if (l + 1 < lines || below(2) != 0) {
                static const std::string_view endings[] = {"\n", "\n", "\n", "\r\n", "\r"};
                doc += pick(endings);
            }
        }
        return doc;
    }

private:
    std::uint64_t next() {
        if (bytes_ != nullptr) {
            std::uint64_t v = 0;
            for (int i = 0; i < 2; ++i) v = (v << 8) | (pos_ < size_ ? bytes_[pos_++] : 0u);
            return v;
        }
        state_ ^= state_ << 13;
        state_ ^= state_ >> 7;
        state_ ^= state_ << 17;
        return state_;
    }
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
    template <std::size_t N>
    std::string_view pick(const std::string_view (&items)[N]) {
        return items[below(N)];
    }

    std::string run(std::size_t max) {
        std::string s;
        const std::size_t n = 1 + below(max);
        for (std::size_t i = 0; i < n; ++i) s += token();
        return s;
    }

    std::string link() {
        static const std::string_view destinations[] = {
            "/u", "https://example.com/a?b=c&d=e", "?pagetype=entityrecord&etn=incident&id=0a9f62a8-90df-e311-9565-a45d36fc5fe8",
            "#top", "mailto:a@b.co", "tel:+15551234", "/a(b)c", "/a\\)b", "<https://x.y/a b>", "</u v>", "/f&ouml;o",
            "/%20x", "/a*b*", "/_x_", "https://ex.com/[x]", "/\xC3\xA9t\xC3\xA9"};
        // Links the policy refuses (rendered as text, so not compared): now and then.
        static const std::string_view refused[] = {"<>", "", "javascript:alert(1)", "x.htm"};
        static const std::string_view titles[] = {"\"t\"", "'t'", "(t)", "\"a *b* c\"", "\"&amp; \\\" q\"", "'x\ny'", "\"\xE2\x80\x9Cq\xE2\x80\x9D\""};
        std::string s = "[" + run(3) + "](";
        if (below(4) == 0) s += below(2) != 0 ? " " : "\n";
        s += below(10) == 0 ? pick(refused) : pick(destinations);
        if (below(3) == 0) {
            s += below(2) != 0 ? " " : "\n";
            s += pick(titles);
        }
        if (below(5) == 0) s += " ";
        if (below(12) != 0) s += ")";
        return s;
    }

    std::string token() {
        static const std::string_view words[] = {"a", "b", "foo", "bar", "x", "Item", "\xC3\xA9", "\xE6\x97\xA5\xE6\x9C\xAC", "a1", "_a_b", "1", "$"};
        // Where CommonMark 0.31 and cmark-gfm 0.29 disagree (symbols, 8-digit references): now and then.
        static const std::string_view rare[] = {"\xE2\x82\xAC", "\xC2\xA3", "&#12345678;", "&#x1234567;", "\xE2\x86\x92"};
        static const std::string_view delimiters[] = {"*", "**", "***", "_", "__", "___", "****", "*_", "_*"};
        static const std::string_view punctuation[] = {".", ",", "!", "?", "\"", "'", "(", ")", ":", ";", "-", "+", "#",
                                                       "=", "~", "|", "/", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x94", "\xE3\x80\x82", "<"};
        // Code spans, raw HTML, images: outside the subset, so rare.
        static const std::string_view literal[] = {"`", ">", "![", "<b>", "<!--"};
        static const std::string_view references[] = {"&amp;", "&copy;", "&#35;", "&#x22;", "&nbsp;", "&bogus;", "&", "&#42;",
                                                      "&lt;", "&ast;", "&#x5F;", "&quot;", "&#0;", "&#x110000;", "&#1234567;", "&#x10FFFF;"};
        static const std::string_view escapes[] = {"\\*", "\\_", "\\[", "\\]", "\\\\", "\\", "\\(", "\\)", "\\&", "\\a", "\\<", "\\`"};
        static const std::string_view autolinks[] = {"<https://a.b/c>", "<a@b.co>", "<http://x.y/?a=1&amp;b=2>", "<MAILTO:x@y.z>", "<a@b>", "<ftp://x.y>"};
        static const std::string_view spaces[] = {" ", " ", " ", "  ", "\t", "   "};
        switch (below(21)) {
        case 0: case 1: case 2: case 3: return std::string(pick(words));
        case 4: case 5: case 6: return std::string(pick(delimiters));
        case 7: case 8: return std::string(pick(spaces));
        case 9: return std::string(pick(punctuation));
        case 10: return "[";
        case 11: return "]";
        case 12: return link();
        case 13: return "](/u)";
        case 14: return std::string(pick(references));
        case 15: return std::string(pick(escapes));
        case 16: return std::string(pick(autolinks));
        case 17: return below(2) != 0 ? "**" + run(3) + "**" : "_" + run(3) + "_";
        case 18: return below(3) != 0 ? "  \n" : "\\\n";
        case 19: return below(4) == 0 ? std::string(pick(literal)) : std::string(pick(rare).substr(0, below(8) == 0 ? 99 : 0)) + "a";
        default: return "*" + run(2) + "*";
        }
    }

    const std::uint8_t* bytes_ = nullptr;
    std::size_t size_ = 0, pos_ = 0;
    std::uint64_t state_ = 0;
};

} // namespace markdown_test

#endif // APPNOTIFY_TEST_MARKDOWN_GENERATOR_HPP
