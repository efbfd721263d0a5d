// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/pagecanvas.h"

#include <QPainter>

namespace nianbao {

void PainterCanvas::drawGlyphs(const QPointF &origin, const QGlyphRun &run)
{
    m_painter.setPen(Qt::black);
    m_painter.drawGlyphRun(origin, run);
}

void PainterCanvas::drawLine(const QLineF &line, double width)
{
    m_painter.setPen(QPen(Qt::black, width, Qt::SolidLine, Qt::FlatCap));
    m_painter.drawLine(line);
}

void PainterCanvas::drawRect(const QRectF &rect, double width)
{
    m_painter.setPen(QPen(Qt::black, width, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    m_painter.setBrush(Qt::NoBrush);
    m_painter.drawRect(rect);
}

} // namespace nianbao
