// SPDX-License-Identifier: MIT
// appnotify: the definitions of the entry points of markdown.hpp.
// Included by markdown.hpp in header-only mode, compiled once into src/appnotify.cpp in compiled
// mode (config.hpp: APPNOTIFY_HEADER_ONLY).
#ifndef APPNOTIFY_IMPL_MARKDOWN_INL
#define APPNOTIFY_IMPL_MARKDOWN_INL

#include <string>
#include <string_view>
#include <utility>

#include "../markdown.hpp"

namespace appnotify {

APPNOTIFY_EXTERNAL_LINKAGE markdown_report render_markdown_html(std::string_view markdown, output out,
                                                                const markdown_options& options) {
    markdown_renderer renderer;
    renderer.render_html(markdown, out, options);
    return std::move(renderer).take_report();
}

APPNOTIFY_EXTERNAL_LINKAGE markdown_report render_markdown_ansi(std::string_view markdown, output out,
                                                                const markdown_options& options) {
    markdown_renderer renderer;
    renderer.render_ansi(markdown, out, options);
    return std::move(renderer).take_report();
}

APPNOTIFY_EXTERNAL_LINKAGE markdown_report render_markdown_text(std::string_view markdown, output out,
                                                                const markdown_options& options) {
    markdown_renderer renderer;
    renderer.render_text(markdown, out, options);
    return std::move(renderer).take_report();
}

} // namespace appnotify

#endif // APPNOTIFY_IMPL_MARKDOWN_INL
