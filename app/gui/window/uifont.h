// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The interface font. The system's UI face (DejaVu Sans, Cantarell …) often has no Chinese glyphs, and
// fontconfig then draws the Chinese labels in whatever CJK face sorts first, often a thin 宋 (AR PL): a sans UI
// face (Noto Sans CJK SC, WenQuanYi Micro Hei, Source Han Sans) is asked for after the system face instead.

namespace nianbao::gui {

// Sets the application font's fallback families; call once, before the first window.
void preferCjkUiFont();

} // namespace nianbao::gui
