// SPDX-License-Identifier: MIT
// The characters of the input that never reach an output as themselves: one table, read by
// every channel (diagnostic text, JSON, the terminal renderers, the validator's hidden-character
// checks), so that they all agree. docs/hardening.md says what each channel does with each class.
#ifndef APPNOTIFY_DETAIL_FOREIGN_CHARACTERS_HPP
#define APPNOTIFY_DETAIL_FOREIGN_CHARACTERS_HPP

#include <cstdint>

namespace appnotify::detail {

enum class foreign_class : std::uint8_t {
    none,           // shows as itself
    control,        // C0, DEL, C1: can drive a terminal (U+009B is a one-byte CSI)
    line_separator, // U+2028, U+2029: line breaks to some readers, not to others
    bidi_control,   // embeddings, overrides, isolates (U+202A-U+202E, U+2066-U+2069): reorder
                    // the text around them, up to the end of the line
    bidi_mark,      // U+200E, U+200F, U+061C: invisible, but right-to-left text needs them
    joiner,         // U+200C, U+200D: invisible, but scripts and emoji sequences need them
    invisible,      // shows as nothing and carries nothing a reader needs: zero-width space,
                    // soft hyphen, word joiner, invisible operators (U+2060-U+2064), deprecated
                    // format characters (U+206A-U+206F), byte order mark, interlinear annotations
                    // (U+FFF9-U+FFFB), the Mongolian vowel separator, tags
};

constexpr foreign_class classify_foreign(char32_t cp) noexcept {
    if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F)) return foreign_class::control;
    if (cp < 0xAD) return foreign_class::none;
    if (cp == 0x2028 || cp == 0x2029) return foreign_class::line_separator;
    if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) return foreign_class::bidi_control;
    if (cp == 0x200E || cp == 0x200F || cp == 0x061C) return foreign_class::bidi_mark;
    if (cp == 0x200C || cp == 0x200D) return foreign_class::joiner;
    if (cp == 0xAD || cp == 0x180E || cp == 0x200B || (cp >= 0x2060 && cp <= 0x2064) || (cp >= 0x206A && cp <= 0x206F) ||
        cp == 0xFEFF || (cp >= 0xFFF9 && cp <= 0xFFFB) || (cp >= 0xE0000 && cp <= 0xE007F))
        return foreign_class::invisible;
    return foreign_class::none;
}

/// Characters that do not show as themselves: every class of the table. Diagnostics (messages,
/// paths, names) and JSON output write them as \uXXXX escapes.
constexpr bool is_foreign_character(char32_t cp) noexcept { return classify_foreign(cp) != foreign_class::none; }

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_FOREIGN_CHARACTERS_HPP
