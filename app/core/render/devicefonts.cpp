// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/devicefonts.h"

namespace nianbao {

QFont DeviceFonts::operator()(const QFont &font)
{
    for (const auto &[asked, onDevice] : m_made)
        if (asked == font) return onDevice; // QFont's == compares everything that sets its faces and metrics
    m_made.emplace_back(font, QFont(font, m_device));
    return m_made.back().second;
}

} // namespace nianbao
