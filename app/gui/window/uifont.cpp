// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/uifont.h"

#include <QApplication>
#include <QFontDatabase>

namespace nianbao::gui {

void preferCjkUiFont()
{
    // English and Chinese names: in a Chinese session fontconfig lists the faces by their Chinese names.
    static const QStringList kUiFaces = {
        QStringLiteral("Noto Sans CJK SC"), QStringLiteral("思源黑体"), QStringLiteral("Source Han Sans SC"),
        QStringLiteral("思源黑体 CN"), QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("文泉驿微米黑"),
        QStringLiteral("文泉驛微米黑"), QStringLiteral("Microsoft YaHei"), QStringLiteral("微软雅黑"),
    };
    const QStringList installed = QFontDatabase::families();
    QFont font = QApplication::font();
    QStringList families = font.families().isEmpty() ? QStringList{font.family()} : font.families();
    for (const QString &face : kUiFaces)
        if (installed.contains(face) && !families.contains(face)) families << face;
    font.setFamilies(families);
    QApplication::setFont(font);
}

} // namespace nianbao::gui
