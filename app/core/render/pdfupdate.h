// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Changes to a finished PDF as an incremental update (PDF 1.7 §7.5.6): the replaced objects, a cross-reference
// section for them and a trailer pointing back to the previous one are appended; nothing before is rewritten.
// For what Qt 6.4's writer cannot say itself (the author, the text of characters beyond U+FFFF).

#include <QByteArray>
#include <QMap>
#include <QString>

namespace nianbao {

class PdfUpdate
{
public:
    // The body of an object ("<< … >>" or "<< … >>\nstream\n…\nendstream"), or empty when absent.
    static QByteArray object(const QByteArray &pdf, int number);
    // Appends the objects (number → body). Returns false and leaves `pdf` unchanged when the last trailer
    // cannot be read.
    static bool append(QByteArray &pdf, const QMap<int, QByteArray> &objects);
    // "<FEFF…>": a PDF text string in UTF-16BE, safe for any character.
    static QByteArray textString(const QString &text);
};

} // namespace nianbao
