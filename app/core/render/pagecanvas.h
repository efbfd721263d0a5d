// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a laid-out page is drawn with: glyph runs and black rules, nothing else. The page layout draws every page
// through this interface, so the printer and the preview (PainterCanvas, on a QPainter) and the PDF export
// (PdfDocument, which writes the PDF itself) are given exactly the same glyphs at exactly the same places.
// Coordinates are layout units (PageRenderer::kLayoutResolution dots an inch) from the paper's top-left corner,
// y growing downwards.

#include <QGlyphRun>
#include <QLineF>
#include <QPointF>
#include <QRectF>

class QPainter;

namespace nianbao {

class PageCanvas
{
public:
    virtual ~PageCanvas() = default;
    // The glyphs of one font; their positions are relative to `origin` (the baseline of the first one).
    virtual void drawGlyphs(const QPointF &origin, const QGlyphRun &run) = 0;
    // A rule with flat ends.
    virtual void drawLine(const QLineF &line, double width) = 0;
    // The outline of a table cell: square ends, mitred corners, not filled.
    virtual void drawRect(const QRectF &rect, double width) = 0;
};

// Draws on a painter whose coordinates are layout units (the renderer scales it to its device).
class PainterCanvas final : public PageCanvas
{
public:
    explicit PainterCanvas(QPainter &painter) : m_painter(painter) {}
    void drawGlyphs(const QPointF &origin, const QGlyphRun &run) override;
    void drawLine(const QLineF &line, double width) override;
    void drawRect(const QRectF &rect, double width) override;

private:
    QPainter &m_painter;
};

} // namespace nianbao
