// SPDX-License-Identifier: MIT
// Fuzz harness: the markdown HTML renderer: its output is well formed, uses only the subset's tags and
// attributes, links only what the link policy allows, never opens a link inside a link, and stays
// within a constant times the input size. The cards' stylesheet keeps its structure for any class
// prefix.
// Checks are in tests/markdown_output_check.hpp; and every href that a browser can open leads to
// the host the link policy read in its destination (WHATWG's reading, tests/whatwg_host.hpp).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "../tests/markdown_output_check.hpp"
#include "../tests/whatwg_host.hpp"

namespace {

/// The host the library read in a link destination, normalized as browsers do; not ok when it
/// has none.
whatwg::host_result checked_host(std::string_view destination) {
    const appnotify::link_parts parts = appnotify::parse_link(destination);
    if (!parts.policy.allowed() || !parts.has_host()) return {};
    std::string host;
    for (const char c : destination.substr(parts.host_begin, parts.host_end - parts.host_begin))
        if (c != '\t' && c != '\n' && c != '\r') host.push_back(c);
    return whatwg::parse_host(host);
}

/// Empty when every href of `html`, in order, that leads to an ASCII host leads to the host read
/// in one of the destinations of `input`'s links, taken in order (links refused or cut by the
/// limits have no href, so destinations may be passed over).
std::string host_problem(std::string_view input, std::string_view html, appnotify::markdown_renderer& renderer,
                         const appnotify::markdown_options& options) {
    std::vector<std::string> destinations;
    renderer.for_each_link(
        input, [&](const appnotify::markdown_link& link) { destinations.emplace_back(link.destination); }, options);
    std::size_t next = 0;
    for (std::size_t at = html.find("href=\""); at != std::string_view::npos; at = html.find("href=\"", at)) {
        at += 6;
        const std::size_t end = html.find('"', at);
        if (end == std::string_view::npos) break;
        const std::string href = markdown_test::html_unescape(html.substr(at, end - at), nullptr);
        const whatwg::host_result browser = whatwg::http_host(href);
        if (!browser.ok || !browser.ascii) continue;
        bool matched = false;
        while (!matched && next < destinations.size()) {
            const whatwg::host_result checked = checked_host(destinations[next++]);
            matched = checked.ok && checked.host == browser.host;
        }
        if (!matched) return "the href " + href + " leads to " + browser.host + ", the host of no link destination in order";
    }
    return {};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    appnotify::markdown_renderer renderer;
    appnotify::markdown_options options;
    options.limits.max_nesting = 8; // reach the nesting limit often
    std::string out;
    for (const std::size_t width : {std::size_t(0), std::size_t(1 + (size % 40))}) {
        options.wrap_width = width;
        out.clear();
        options.links_in_new_window = width != 0;
        options.class_prefix = width != 0 ? "md-" : "";
        renderer.render_html(input, out, options);
        std::string problem = markdown_test::html_problem(out, width != 0);
        if (problem.empty()) problem = host_problem(input, out, renderer, options);
        if (!problem.empty()) {
            std::fprintf(stderr, "%s\ninput: %.*s\noutput: %s\n", problem.c_str(), static_cast<int>(size),
                         reinterpret_cast<const char*>(data), out.c_str());
            std::abort();
        }
        // Escaping, list markup and wrapping grow the output by a bounded factor.
        if (out.size() > 64 * size + 64) {
            std::fprintf(stderr, "output of %zu bytes for %zu bytes of input\n", out.size(), size);
            std::abort();
        }
    }
    // The cards' stylesheet for a class prefix made of the input's first bytes: escaping keeps
    // every character that could end a selector, a rule or the <style> out of it, so it has the
    // structure of the stylesheet for "an-" whatever the prefix.
    std::string css, plain;
    appnotify::render_options card;
    card.class_prefix = input.substr(0, size < 12 ? size : 12);
    appnotify::render_card_stylesheet(css, card);
    appnotify::render_card_stylesheet(plain);
    for (const char c : std::string_view("{}<>;,:\"'()\n")) {
        const auto count = [c](const std::string& text) { return std::count(text.begin(), text.end(), c); };
        if (count(css) != count(plain)) {
            std::fprintf(stderr, "the class prefix changed the stylesheet's structure at '%c'\nprefix: %.*s\ncss: %s\n", c,
                         static_cast<int>(card.class_prefix.size()), card.class_prefix.data(), css.c_str());
            std::abort();
        }
    }
    return 0;
}
