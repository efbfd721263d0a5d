// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One font of an exported PDF: the glyphs drawn with it, given character ids (CIDs) in the order they are first
// drawn, and at the end the font program cut down to those glyphs (HarfBuzz's subsetter), their widths and the
// text they stand for. Written as a Type 0 font over a CIDFontType2 (PDF 1.7 §9.7), as word processors do.
//
// Why not Qt's PDF writer: for every font it embeds, Qt 6.4 looks up all 65,536 BMP code points to map the glyphs
// back to text and re-encodes the outlines, about half of a one-report export (issue 18); and it cannot map a
// glyph back to a character beyond U+FFFF. Here the text map comes from the characters the report holds.

#include "render/fontsubsetcache.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QRawFont>
#include <QString>
#include <memory>
#include <optional>

namespace nianbao {

class PdfFont
{
public:
    // `key` tells faces apart (family, style, weight): a batch export reads each face's tables once.
    PdfFont(const QRawFont &font, const QString &key);
    ~PdfFont();
    PdfFont(const PdfFont &) = delete;
    PdfFont &operator=(const PdfFont &) = delete;

    // Whether the font's licence lets a PDF embed it (OS/2 fsType): otherwise its glyphs are drawn as outlines.
    bool embeddable() const;
    // The character id of a glyph, given at its first use (1, 2, …; 0 is .notdef).
    quint16 cid(quint32 glyph);
    // The glyph's advance in thousandths of the type size (what the PDF's /W array says).
    double advance(quint32 glyph) const;
    // Both at once, for drawing: the CID given at the glyph's first use and its advance, looked up once.
    struct Use {
        quint16 cid = 0;
        double advance = 0;
    };
    Use use(quint32 glyph);
    int glyphCount() const { return int(m_glyphs.size()); }
    QString family() const { return m_font.familyName(); }

    // Gives each glyph drawn the first character of `characters` it stands for.
    void mapCharacters(const QList<char32_t> &characters);

    // The finished font: the bodies of kObjectCount objects numbered from `first` on (the Type 0 font first, which
    // pages name). Empty, and `error` set, when the font program cannot be subset.
    QList<QByteArray> objects(int first, QString *error) const;
    // Type 0 font, CIDFont, descriptor, font program, CID→glyph map, and the text map (uncompressed, as Qt wrote it:
    // anyone can read which characters a font stands for).
    static constexpr int kObjectCount = 6;

    // The face's PostScript name ("GBZenKai-Medium" for AR PL KaitiM GB), or else its family, as PDF name characters.
    QByteArray postscriptName() const;

private:
    // The font program cut down to the glyphs drawn and the CID→glyph map, as stream objects.
    std::optional<FontSubsetCache::Entry> subset(QString *error) const;
    QByteArray subsetTag() const;
    QByteArray widthsArray() const;
    QByteArray toUnicodeCMap() const;
    QByteArray descriptor(const QByteArray &name, int fontFile) const;

    struct Program; // the face as HarfBuzz reads it, shared by the exports of one run
    static std::shared_ptr<const Program> programFor(const QRawFont &font, const QString &key);

    QRawFont m_font;
    std::shared_ptr<const Program> m_program;
    QList<quint32> m_glyphs;          // by CID - 1
    QHash<quint32, quint16> m_cids;   // glyph → CID
    QList<double> m_advances;         // by CID - 1
    QHash<quint16, char32_t> m_text;  // CID → character
};

} // namespace nianbao
