// SPDX-License-Identifier: MIT
// appnotify: the definitions of the entry points of render.hpp.
// Included by render.hpp in header-only mode, compiled once into src/appnotify.cpp in compiled
// mode (config.hpp: APPNOTIFY_HEADER_ONLY).
#ifndef APPNOTIFY_IMPL_RENDER_INL
#define APPNOTIFY_IMPL_RENDER_INL

#include "../render.hpp"

namespace appnotify {

APPNOTIFY_EXTERNAL_LINKAGE void render_card_html(const notification& n, output out, const render_options& options) {
    notification_renderer().render_html(n, out, options);
}

APPNOTIFY_EXTERNAL_LINKAGE void render_card_ansi(const notification& n, output out, const render_options& options) {
    notification_renderer().render_ansi(n, out, options);
}

APPNOTIFY_EXTERNAL_LINKAGE void render_card_text(const notification& n, output out, const render_options& options) {
    notification_renderer().render_text(n, out, options);
}

} // namespace appnotify

#endif // APPNOTIFY_IMPL_RENDER_INL
