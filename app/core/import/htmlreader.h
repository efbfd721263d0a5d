// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads a saved web page (.html/.htm) into paragraphs and tables with a real HTML parser (gumbo, the HTML5
// parsing algorithm, so the broken markup of government sites reads as a browser shows it): <table>s keep
// their grid with rowspan/colspan, a "&nbsp;" cell is blank. The page's declared charset (GB2312, GBK,
// UTF-8, …) decides the decoding; without one the bytes decide as for a text file.

#include "import/publisheddocument.h"

#include <QByteArray>

namespace nianbao::import {

class HtmlReader
{
public:
    static PublishedDocument read(const QByteArray &html, QString *encoding = nullptr);
    static QString declaredCharset(const QByteArray &html);
};

} // namespace nianbao::import
