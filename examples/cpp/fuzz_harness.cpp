// SPDX-License-Identifier: MIT
// A libFuzzer-style harness, as a project that depends on appnotify would write one for its own
// use of the library: bytes in as a payload, validated and rendered the way the project does it,
// and the guarantees it relies on checked. A broken invariant aborts, which every fuzzing engine
// reports as a crash with the input that caused it.
//
//   clang++ -std=c++17 -g -O1 -fsanitize=fuzzer,address,undefined -DFUZZ_ENGINE_PROVIDES_MAIN
//           fuzz_harness.cpp $(pkg-config --cflags --libs appnotify) -o fuzz_harness
//   ./fuzz_harness -max_len=65536 corpus/
//
// Without FUZZ_ENGINE_PROVIDES_MAIN the file has its own main, which replays the files (and the
// files of the directories) given as arguments, in a stable order, and prints one line each: the
// test suite runs it over examples/ and hostile inputs, and the same binary replays a crash.
//
// usage: fuzz_harness FILE|DIRECTORY...
#include <appnotify/appnotify.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

[[noreturn]] void broken(const char* invariant) {
    std::fprintf(stderr, "invariant broken: %s\n", invariant);
    std::abort();
}

void require(bool holds, const char* invariant) {
    if (!holds) broken(invariant);
}

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool starts_with_folded(std::string_view text, std::string_view prefix) {
    if (text.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (lower(text[i]) != prefix[i]) return false;
    return true;
}

/// A link the browser follows must go where the library's link policy allows: http, https,
/// mailto or tel, or no scheme at all (a relative link). In HTML a scheme ends at the first ':'
/// before any '/', '?' or '#'.
bool allowed_destination(std::string_view url) {
    const std::size_t colon = url.find(':');
    if (colon == std::string_view::npos || url.find_first_of("/?#") < colon) return true;
    const std::string_view scheme = url.substr(0, colon);
    for (const std::string_view allowed : {"http", "https", "mailto", "tel"})
        if (scheme.size() == allowed.size() && starts_with_folded(scheme, allowed)) return true;
    return false;
}

/// The HTML card, read as a browser would: every tag is `<name attr="value" ...>` or its end tag;
/// no element that runs or loads code, no event handler attribute, and every href and src goes
/// where the link policy allows. Text between tags holds no '<' that could open another tag.
void check_card_html(std::string_view html) {
    for (std::size_t i = 0; i < html.size(); ++i) {
        if (html[i] == '>') broken("a '>' outside a tag: text is escaped");
        if (html[i] != '<') continue;
        std::size_t p = i + 1;
        if (p < html.size() && html[p] == '/') ++p;
        const std::size_t name_start = p;
        while (p < html.size() && ((html[p] >= 'a' && html[p] <= 'z') || (html[p] >= '0' && html[p] <= '9'))) ++p;
        const std::string_view name = html.substr(name_start, p - name_start);
        require(!name.empty(), "a '<' that opens no tag: text is escaped");
        for (const std::string_view banned : {"script", "iframe", "object", "embed", "style", "base", "form", "meta", "link"})
            require(name != banned, "no element that runs or loads code");
        // Attributes: name="value", separated by spaces, until '>' (or '/>').
        while (p < html.size() && html[p] != '>') {
            if (html[p] == ' ' || html[p] == '/') {
                ++p;
                continue;
            }
            const std::size_t attribute_start = p;
            while (p < html.size() && html[p] != '=' && html[p] != ' ' && html[p] != '>') ++p;
            const std::string_view attribute = html.substr(attribute_start, p - attribute_start);
            require(!starts_with_folded(attribute, "on"), "no event handler attribute");
            require(p + 1 < html.size() && html[p] == '=' && html[p + 1] == '"', "attribute values are quoted");
            const std::size_t value_end = html.find('"', p + 2);
            require(value_end != std::string_view::npos, "attribute values are closed");
            const std::string_view value = html.substr(p + 2, value_end - p - 2);
            require(value.find('<') == std::string_view::npos, "'<' is escaped in attribute values");
            if (attribute == "href" || attribute == "src") {
                // A browser decodes character references first ("javascript&#58;..."): only the
                // escapes of markup characters may appear, none of which makes a ':'.
                for (std::size_t amp = value.find('&'); amp != std::string_view::npos; amp = value.find('&', amp + 1)) {
                    bool known = false;
                    for (const std::string_view escape : {"&amp;", "&quot;", "&lt;", "&gt;", "&#39;", "&#x27;"})
                        known = known || value.substr(amp, escape.size()) == escape;
                    require(known, "links hold no character reference but the escapes of markup characters");
                }
                require(allowed_destination(value), "links go where the link policy allows");
            }
            p = value_end + 1;
        }
        require(p < html.size(), "every tag is closed");
        i = p;
    }
}

/// The text fallback goes to e-mails, SMS gateways and logs: no control character but the line
/// feed, so a payload cannot drive a terminal or forge log lines.
void check_text(std::string_view text) {
    for (const char c : text) {
        const auto b = static_cast<unsigned char>(c);
        require(b >= 0x20 || b == '\n', "no control character in the text fallback");
        require(b != 0x7F, "no DEL in the text fallback");
    }
}

void check_diagnostics(const appnotify::validation_result& result) {
    std::size_t errors = 0, warnings = 0;
    bool truncated = false;
    for (const appnotify::diagnostic& d : result.diagnostics()) {
        (d.is_error() ? errors : warnings) += 1;
        truncated = truncated || d.code == appnotify::diagnostic_code::too_many_diagnostics;
        require(d.offset <= d.end_offset && d.end_offset <= result.input().size(), "spans lie inside the input");
        require(d.line >= 1 && d.column >= 1, "lines and columns are 1-based");
        require(d.end_line > d.line || (d.end_line == d.line && d.end_column >= d.column), "spans end after they start");
        require(appnotify::parse_diagnostic_code(appnotify::to_string(d.code)) == d.code, "codes have stable names");
        require(!d.message.empty(), "every diagnostic says what is wrong");
    }
    require(result.ok() == (result.error_count() == 0), "ok() means no error");
    require(truncated ? errors <= result.error_count() : errors == result.error_count(), "the error count is exact");
    require(truncated ? warnings <= result.warning_count() : warnings == result.warning_count(),
            "the warning count is exact");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    // Reused across inputs, as a server reuses them across messages: reuse must change nothing.
    static appnotify::validation_result result, scratch;
    static appnotify::notification_renderer renderer;
    static std::string html, text, copy;

    appnotify::validate(input, result);
    check_diagnostics(result);
    require(appnotify::is_valid(input, scratch) == result.ok(), "is_valid agrees with validate");

    // The model is rendered whatever the verdict: a payload with errors still has a model, as
    // far as it could be read, and a careless caller might render it.
    appnotify::render_options options;
    options.context.org_url = "https://contoso.crm.dynamics.com";
    options.wrap_width = 72;
    html.clear();
    renderer.render_html(result.notification(), html, options);
    check_card_html(html);
    text.clear();
    renderer.render_text(result.notification(), text, options);
    check_text(text);

    // An owned copy renders byte for byte as the original.
    const appnotify::owned_notification kept(result.notification());
    copy.clear();
    renderer.render_html(kept.notification(), copy, options);
    require(copy == html, "an owned_notification renders as the original");

    // A fixed buffer holds the first bytes and says how many were wanted.
    char small[256];
    appnotify::fixed_buffer fixed(small);
    renderer.render_html(result.notification(), fixed, options);
    require(fixed.wanted() == html.size() && fixed.truncated() == (html.size() > sizeof small) &&
                fixed.view() == std::string_view(html).substr(0, sizeof small),
            "a fixed buffer holds a prefix of the output");
    return 0;
}

#ifndef FUZZ_ENGINE_PROVIDES_MAIN
#include <filesystem>
#include <vector>

namespace {

bool replay(const std::filesystem::path& path, std::string& bytes) {
    std::FILE* file = std::fopen(path.string().c_str(), "rb");
    if (file == nullptr) return false;
    bytes.clear();
    char chunk[65536];
    std::size_t n = 0;
    while ((n = std::fread(chunk, 1, sizeof chunk, file)) != 0) bytes.append(chunk, n);
    const bool ok = std::ferror(file) == 0;
    std::fclose(file);
    if (!ok) return false;
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    // What the harness saw, for the log: the verdict of the same validation.
    const appnotify::validation_result result = appnotify::validate(bytes);
    std::string line = path.generic_string();
    line += result.ok() ? ": valid" : ": invalid";
    line += ", " + std::to_string(result.error_count()) + (result.error_count() == 1 ? " error, " : " errors, ") +
            std::to_string(result.warning_count()) + (result.warning_count() == 1 ? " warning\n" : " warnings\n");
    std::string shown;
    appnotify::append_shown_text(shown, line.substr(0, line.size() - 1)); // file names are input too
    shown += '\n';
    std::fwrite(shown.data(), 1, shown.size(), stdout);
    return true;
}

} // namespace

int main(int argc, char** argv) {
    std::string bytes;
    std::size_t replayed = 0;
    for (int i = 1; i < argc; ++i) {
        std::error_code error;
        std::vector<std::filesystem::path> files;
        if (std::filesystem::is_directory(argv[i], error)) {
            for (const auto& entry : std::filesystem::directory_iterator(argv[i], error))
                if (entry.is_regular_file(error)) files.push_back(entry.path());
            std::sort(files.begin(), files.end()); // directory order differs between machines
        } else {
            files.emplace_back(argv[i]);
        }
        for (const std::filesystem::path& file : files) {
            if (!replay(file, bytes)) {
                std::fprintf(stderr, "fuzz_harness: cannot read %s\n", file.string().c_str());
                return 2;
            }
            ++replayed;
        }
    }
    std::printf("%zu inputs replayed, every invariant held\n", replayed);
    return 0;
}
#endif
