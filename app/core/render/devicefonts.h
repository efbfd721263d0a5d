// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <utility>
#include <vector>

class QPaintDevice;

namespace nianbao {

// Fonts as measured on one device (QFont(font, device)), each made once. Qt finds a font's families and faces once
// for each QFont made; a text layout given the device makes one for itself, so the ~300 paragraphs and cells of a
// report had their faces looked up ~300 times (issue 18). Give the layouts these instead, and no device.
class DeviceFonts
{
public:
    explicit DeviceFonts(const QPaintDevice *device) : m_device(device) {}
    QFont operator()(const QFont &font);

private:
    const QPaintDevice *m_device;
    std::vector<std::pair<QFont, QFont>> m_made; // the font asked for, and the same on the device
};

} // namespace nianbao
