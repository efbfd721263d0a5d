// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The PDF export's own writer: a PageCanvas that records each page's drawing as a PDF content stream and, at the
// end, writes the file with every font subset and mapped back to text (render/pdffont.h). The page layout draws
// on it exactly what it draws on a printer, so the PDF and the printout agree glyph for glyph.

#include "render/pagecanvas.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <vector>

namespace nianbao {

class PdfFont;

class PdfDocument final : public PageCanvas
{
public:
    // `pageSize` in points; drawing comes in units of 1/`unitsPerInch` inch.
    PdfDocument(const QSizeF &pageSize, double unitsPerInch);
    ~PdfDocument() override;

    void beginPage();
    void drawGlyphs(const QPointF &origin, const QGlyphRun &run) override;
    void drawLine(const QLineF &line, double width) override;
    void drawRect(const QRectF &rect, double width) override;

    // The families of the faces embedded so far (not those drawn as outlines), sorted.
    QStringList fontFamilies() const;

    struct Info {
        QString title;
        QString author;
        QString creator;
    };
    // The finished file. `characters`: every character the pages show, in the order they first appear; a glyph
    // is searchable and copyable as the first of them it stands for. False, and `error` set, when a font cannot
    // be embedded.
    // `runBeside`, when given, runs work on another thread (PageLayout::runBeside) and says whether it took it: the
    // pages' compressed streams and the file's identity are then made there while this thread makes the fonts.
    using RunBeside = std::function<bool(std::function<void()>)>;
    bool write(const Info &info, const QList<char32_t> &characters, QByteArray *pdf, QString *error,
               const RunBeside &runBeside = {});

private:
    int fontIndex(const QRawFont &font);
    void drawOutlines(const QPointF &origin, const QGlyphRun &run);
    int addFont(const QRawFont &font, const QString &key);

    QSizeF m_pageSize;
    double m_scale; // points per drawing unit
    struct Page {
        QByteArray content;
        QSet<int> fonts;
    };
    QList<Page> m_pages;
    std::vector<std::unique_ptr<PdfFont>> m_fonts;
    QHash<QString, int> m_fontByKey;
    QList<QPair<QRawFont, int>> m_recentFonts; // fonts of the last runs and their index
};

} // namespace nianbao
