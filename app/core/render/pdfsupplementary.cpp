// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/pdfsupplementary.h"

#include "render/fontcatalogue.h"
#include "render/pdfupdate.h"

#include <QGlyphRun>
#include <QPainter>
#include <QRegularExpression>
#include <algorithm>

namespace nianbao {

namespace {

QByteArray hex4(uint value)
{
    return QByteArray::number(value, 16).rightJustified(4, '0').toUpper();
}

} // namespace

PdfSupplementaryText::PdfSupplementaryText(const QList<PageLayout::SupplementaryGlyph> &glyphs)
{
    for (const PageLayout::SupplementaryGlyph &g : glyphs) {
        const QStringList ps = FontCatalogue::namesInTable(g.font.fontTable("name"), {6});
        // Qt writes the PostScript name with spaces as underscores.
        const QByteArray name = ps.isEmpty() ? QByteArray() : ps.first().toLatin1().replace(' ', '_');
        auto face = std::find_if(m_faces.begin(), m_faces.end(), [&](const Face &f) { return f.postscriptName == name; });
        if (face == m_faces.end()) face = m_faces.insert(m_faces.end(), Face{name, {}});
        const bool known = std::any_of(face->glyphs.cbegin(), face->glyphs.cend(),
                                       [&](const PageLayout::SupplementaryGlyph &o) { return o.glyph == g.glyph; });
        if (!known) face->glyphs << g;
    }
}

void PdfSupplementaryText::drawFirst(QPainter &painter) const
{
    // Left of and above the paper: no reader shows or extracts it, and no mark reaches the page.
    const QRect window = painter.window();
    const QPointF offPaper(-2.0 * window.width(), -2.0 * window.height());
    for (const Face &face : m_faces)
        for (const PageLayout::SupplementaryGlyph &g : face.glyphs) {
            QGlyphRun run;
            run.setRawFont(g.font);
            run.setGlyphIndexes({g.glyph});
            run.setPositions({QPointF(0, 0)});
            painter.drawGlyphRun(offPaper, run);
        }
}

bool PdfSupplementaryText::addToTextMaps(QByteArray &pdf) const
{
    if (m_faces.isEmpty()) return true;
    static const QRegularExpression type0(QStringLiteral("/Subtype\\s*/Type0\\s*/BaseFont\\s*/(?:[A-Z]{6}\\+)?(\\S+?)\\s*/"
                                                         "[^>]*?/ToUnicode\\s+(\\d+)\\s+0\\s+R"));
    const QString text = QString::fromLatin1(pdf);
    QMap<int, QByteArray> maps;
    for (const Face &face : m_faces) {
        int mapObject = 0;
        for (auto it = type0.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (m.captured(1).toLatin1() == face.postscriptName) mapObject = m.captured(2).toInt();
        }
        QByteArray body = PdfUpdate::object(pdf, mapObject);
        const qsizetype begin = body.indexOf("stream\n"), end = body.lastIndexOf("endstream");
        const qsizetype endcmap = body.lastIndexOf("endcmap");
        if (mapObject == 0 || begin < 0 || end < begin || endcmap < begin || endcmap > end) return false;
        QByteArray entries = QByteArray::number(face.glyphs.size()) + " beginbfchar\n";
        for (int i = 0; i < face.glyphs.size(); ++i) {
            const char32_t c = face.glyphs[i].character;
            entries += '<' + hex4(uint(i + 1)) + "> <" + hex4(QChar::highSurrogate(c)) + hex4(QChar::lowSurrogate(c)) + ">\n";
        }
        entries += "endbfchar\n";
        QByteArray stream = body.mid(begin + 7, end - begin - 7);
        stream.insert(stream.lastIndexOf("endcmap"), entries);
        maps.insert(mapObject, "<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream + "\nendstream");
    }
    return PdfUpdate::append(pdf, maps);
}

QString PdfSupplementaryText::describe() const
{
    QString characters;
    for (const Face &face : m_faces)
        for (const PageLayout::SupplementaryGlyph &g : face.glyphs) characters += QString::fromUcs4(&g.character, 1);
    return characters;
}

} // namespace nianbao
