// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Characters beyond U+FFFF (𬌗 is in the 通用规范汉字表, names and places use such characters) searchable and
// copyable in the PDF. Qt 6.4's PDF writer maps a glyph of a font subset back to text only through code points
// below U+10000, so such a glyph prints but extracts as nothing. The export therefore draws these glyphs first,
// off the paper, which makes them glyphs 1, 2, … of their font's subset, then adds them to that font's
// /ToUnicode map.

#include "render/pagelayout.h"

#include <QByteArray>
#include <QList>
#include <QString>

class QPainter;

namespace nianbao {

class PdfSupplementaryText
{
public:
    PdfSupplementaryText() = default;
    explicit PdfSupplementaryText(const QList<PageLayout::SupplementaryGlyph> &glyphs);

    // Before anything else is painted on the PDF.
    void drawFirst(QPainter &painter) const;
    // After the PDF is written: false (and `pdf` unchanged) when a font's text map is not where Qt puts it.
    bool addToTextMaps(QByteArray &pdf) const;
    // The characters, for a message.
    QString describe() const;

private:
    struct Face {
        QByteArray postscriptName; // how the PDF names the font (/BaseFont)
        QList<PageLayout::SupplementaryGlyph> glyphs; // in the order drawn: glyph i + 1 of the subset
    };
    QList<Face> m_faces;
};

} // namespace nianbao
