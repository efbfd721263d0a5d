// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/pdfupdate.h"

#include <QRegularExpression>

namespace nianbao {

QByteArray PdfUpdate::object(const QByteArray &pdf, int number)
{
    // The last definition wins: an earlier update may have replaced it.
    const QByteArray head = "\n" + QByteArray::number(number) + " 0 obj";
    const qsizetype at = pdf.lastIndexOf(head);
    if (at < 0) return QByteArray();
    const qsizetype from = at + head.size();
    const qsizetype end = pdf.indexOf("endobj", from);
    return end < 0 ? QByteArray() : pdf.mid(from, end - from).trimmed();
}

bool PdfUpdate::append(QByteArray &pdf, const QMap<int, QByteArray> &objects)
{
    static const QRegularExpression startxref(QStringLiteral("startxref\\s+(\\d+)\\s+%%EOF\\s*$"));
    static const QRegularExpression trailer(QStringLiteral("trailer\\s*<<(.*?)>>"),
                                            QRegularExpression::DotMatchesEverythingOption);
    const QString tail = QString::fromLatin1(pdf.right(2048));
    const QRegularExpressionMatch end = startxref.match(tail);
    QRegularExpressionMatchIterator it = trailer.globalMatch(tail);
    QString dict;
    while (it.hasNext()) dict = it.next().captured(1);
    if (!end.hasMatch() || dict.isEmpty()) return false;
    const auto value = [&dict](const QString &key) {
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("/%1\\s+(\\d+(?:\\s+\\d+\\s+R)?)").arg(key)).match(dict);
        return m.hasMatch() ? m.captured(1).toLatin1() : QByteArray();
    };
    const QByteArray size = value(QStringLiteral("Size")), root = value(QStringLiteral("Root")), info = value(QStringLiteral("Info"));
    if (size.isEmpty() || root.isEmpty()) return false;

    QByteArray update = "\n";
    QMap<int, qsizetype> offsets;
    for (auto o = objects.cbegin(); o != objects.cend(); ++o) {
        offsets.insert(o.key(), pdf.size() + update.size());
        update += QByteArray::number(o.key()) + " 0 obj\n" + o.value() + "\nendobj\n";
    }
    const qsizetype xref = pdf.size() + update.size();
    update += "xref\n";
    for (auto o = offsets.cbegin(); o != offsets.cend(); ++o)
        update += QByteArray::number(o.key()) + " 1\n" + QByteArray::number(o.value()).rightJustified(10, '0') + " 00000 n \n";
    update += "trailer\n<<\n/Size " + size + "\n/Root " + root + (info.isEmpty() ? QByteArray() : "\n/Info " + info)
        + "\n/Prev " + end.captured(1).toLatin1() + "\n>>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    pdf += update;
    return true;
}

QByteArray PdfUpdate::textString(const QString &text)
{
    QByteArray hex = "<FEFF";
    for (QChar c : text) hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return hex + '>';
}

} // namespace nianbao
