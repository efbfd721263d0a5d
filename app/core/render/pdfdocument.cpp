// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/pdfdocument.h"

#include "render/pdffont.h"
#include "render/pdfsyntax.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QPainterPath>
#include <QRawFont>
#include <future>
#include <memory>

namespace nianbao {

using PdfSyntax::appendNumber;
using PdfSyntax::appendNumbers;

namespace {

// Faces are told apart by what QFont matching tells them apart by; the size is not part of a face.
QString keyOf(const QRawFont &font)
{
    return font.familyName() + QLatin1Char('\n') + font.styleName() + QLatin1Char('\n')
           + QString::number(font.weight()) + QLatin1Char('\n') + QString::number(int(font.style()));
}

QByteArray dateString(const QDateTime &when)
{
    const int offset = when.offsetFromUtc() / 60;
    QByteArray d = "(D:" + when.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1();
    if (offset == 0) return d + "Z)";
    d += offset > 0 ? '+' : '-';
    const int a = std::abs(offset);
    return d + QByteArray::number(a / 60).rightJustified(2, '0') + '\'' + QByteArray::number(a % 60).rightJustified(2, '0') + "')";
}

} // namespace

PdfDocument::PdfDocument(const QSizeF &pageSize, double unitsPerInch)
    : m_pageSize(pageSize), m_scale(72.0 / unitsPerInch)
{
}

PdfDocument::~PdfDocument() = default;

void PdfDocument::beginPage()
{
    Page page;
    // Drawing units to points, y downwards from the paper's top edge; black ink.
    appendNumbers(page.content, {m_scale, 0, 0, -m_scale, 0, m_pageSize.height()});
    page.content += " cm\n0 g 0 G\n";
    m_pages << page;
}

int PdfDocument::fontIndex(const QRawFont &font)
{
    // Runs come in a handful of fonts (faces at sizes): compared by their engine first, the key is made once each.
    for (const auto &[seen, index] : std::as_const(m_recentFonts))
        if (seen == font) return index;
    const QString key = keyOf(font);
    const auto known = m_fontByKey.constFind(key);
    const int index = known != m_fontByKey.cend() ? known.value() : addFont(font, key);
    if (m_recentFonts.size() >= 16) m_recentFonts.removeFirst();
    m_recentFonts.append({font, index});
    return index;
}

int PdfDocument::addFont(const QRawFont &font, const QString &key)
{
    m_fonts.push_back(std::make_unique<PdfFont>(font, key));
    const int index = int(m_fonts.size()) - 1;
    m_fontByKey.insert(key, index);
    return index;
}

QStringList PdfDocument::fontFamilies() const
{
    QStringList families;
    for (const auto &font : m_fonts)
        if (font->embeddable()) families << font->family();
    families.sort();
    families.removeDuplicates();
    return families;
}

void PdfDocument::drawGlyphs(const QPointF &origin, const QGlyphRun &run)
{
    if (m_pages.isEmpty()) beginPage();
    const QList<quint32> glyphs = run.glyphIndexes();
    const QList<QPointF> positions = run.positions();
    const double size = run.rawFont().pixelSize();
    if (glyphs.isEmpty() || positions.size() != glyphs.size() || !(size > 0)) return; // nothing that shows
    const int index = fontIndex(run.rawFont());
    PdfFont &font = *m_fonts[index];
    if (!font.embeddable()) return drawOutlines(origin, run);
    Page &page = m_pages.last();
    page.fonts.insert(index);
    QByteArray &c = page.content;
    c.reserve(c.size() + 16 * glyphs.size() + 96); // about what a run takes: one allocation, not a few
    // One text object a run; the text matrix turns the glyphs upright again in the page's y-down space. Glyphs on
    // one baseline go into one TJ array, the gaps between them as adjustments in thousandths of the type size.
    c += "BT\n/F";
    c += QByteArray::number(index);
    c += ' ';
    appendNumber(c, size);
    c += " Tf\n";
    QPointF lineStart = origin + positions[0];
    appendNumbers(c, {1, 0, 0, -1, lineStart.x(), lineStart.y()});
    c += " Tm\n[";
    double pen = lineStart.x();
    for (qsizetype i = 0; i < glyphs.size(); ++i) {
        const QPointF at = origin + positions[i];
        if (at.y() != lineStart.y()) {
            c += "]TJ\n";
            appendNumbers(c, {at.x() - lineStart.x(), lineStart.y() - at.y()});
            c += " Td\n[";
            lineStart = at;
            pen = at.x();
        }
        const double adjustment = (pen - at.x()) * 1000.0 / size;
        if (i > 0 && std::abs(adjustment) < 0.005 && c.endsWith('>')) {
            c.chop(1); // the same string goes on: <00010002…>
        } else {
            if (std::abs(adjustment) >= 0.005) {
                appendNumber(c, adjustment);
                c += ' ';
            }
            c += '<';
        }
        const PdfFont::Use glyph = font.use(glyphs[i]);
        PdfSyntax::appendHex16(c, glyph.cid);
        c += '>';
        pen = at.x() + glyph.advance * size / 1000.0;
    }
    c += "]TJ\nET\n";
}

void PdfDocument::drawOutlines(const QPointF &origin, const QGlyphRun &run)
{
    // A face whose licence forbids embedding: its glyphs are filled as shapes (they print, but are not text).
    QByteArray &c = m_pages.last().content;
    const QList<quint32> glyphs = run.glyphIndexes();
    const QList<QPointF> positions = run.positions();
    for (qsizetype i = 0; i < glyphs.size(); ++i) {
        const QPainterPath path = run.rawFont().pathForGlyph(glyphs[i]).translated(origin + positions[i]);
        for (int e = 0; e < path.elementCount(); ++e) {
            const QPainterPath::Element el = path.elementAt(e);
            const auto point = [&c](const QPointF &p) {
                appendNumbers(c, {p.x(), p.y()});
                c += ' ';
            };
            if (el.isMoveTo()) {
                if (e > 0) c += "h\n";
                point(el);
                c += "m\n";
            } else if (el.isLineTo()) {
                point(el);
                c += "l\n";
            } else if (el.isCurveTo() && e + 2 < path.elementCount()) {
                point(el);
                point(path.elementAt(e + 1));
                point(path.elementAt(e + 2));
                c += "c\n";
                e += 2;
            }
        }
        if (path.elementCount() > 0) c += "h f\n";
    }
}

void PdfDocument::drawLine(const QLineF &line, double width)
{
    if (m_pages.isEmpty()) beginPage();
    QByteArray &c = m_pages.last().content;
    appendNumber(c, width);
    c += " w 0 J ";
    appendNumbers(c, {line.x1(), line.y1()});
    c += " m ";
    appendNumbers(c, {line.x2(), line.y2()});
    c += " l S\n";
}

void PdfDocument::drawRect(const QRectF &rect, double width)
{
    if (m_pages.isEmpty()) beginPage();
    QByteArray &c = m_pages.last().content;
    appendNumber(c, width);
    c += " w 2 J 0 j ";
    appendNumbers(c, {rect.x(), rect.y(), rect.width(), rect.height()});
    c += " re S\n";
}

bool PdfDocument::write(const Info &info, const QList<char32_t> &characters, QByteArray *pdf, QString *error,
                        const RunBeside &runBeside)
{
    if (m_pages.isEmpty()) beginPage();
    // The pages' streams and the file's identity (a digest of the pages' contents) need nothing of the fonts: given
    // another thread, they are made there meanwhile (issue 18).
    struct PageStreams {
        QList<QByteArray> streams;
        QByteArray id;
    };
    QList<QByteArray> contents;
    for (const Page &page : std::as_const(m_pages)) contents << page.content;
    auto streams = std::make_shared<std::packaged_task<PageStreams()>>([contents] {
        PageStreams made;
        QCryptographicHash id(QCryptographicHash::Md5);
        for (const QByteArray &content : contents) {
            made.streams << PdfSyntax::stream(content);
            id.addData(content);
        }
        made.id = id.result().toHex().toUpper();
        return made;
    });
    std::future<PageStreams> madeStreams = streams->get_future();
    if (!runBeside || !runBeside([streams] { (*streams)(); })) (*streams)();

    // Objects: 1 catalogue, 2 page tree, 3 information, then a page and its content for every page, then fonts.
    QList<QByteArray> objects(3);
    const int firstPage = 4;
    const int firstFont = firstPage + 2 * int(m_pages.size());
    QByteArray kids;
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        const int number = firstPage + 2 * int(i);
        kids += QByteArray::number(number) + " 0 R ";
        QByteArray fonts;
        QList<int> used(m_pages[i].fonts.cbegin(), m_pages[i].fonts.cend());
        std::sort(used.begin(), used.end());
        for (int f : used)
            fonts += "/F" + QByteArray::number(f) + ' ' + QByteArray::number(firstFont + f * PdfFont::kObjectCount) + " 0 R ";
        objects << "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + PdfSyntax::number(m_pageSize.width()) + ' '
                       + PdfSyntax::number(m_pageSize.height()) + "] /Resources << /Font << " + fonts
                       + ">> /ProcSet [/PDF /Text] >> /Contents " + QByteArray::number(number + 1) + " 0 R >>";
        objects << QByteArray(); // its content: below
    }
    for (size_t f = 0; f < m_fonts.size(); ++f) {
        m_fonts[f]->mapCharacters(characters);
        const QList<QByteArray> fontObjects = m_fonts[f]->objects(firstFont + int(f) * PdfFont::kObjectCount, error);
        if (fontObjects.isEmpty()) return false;
        objects << fontObjects;
    }
    const PageStreams made = madeStreams.get();
    for (qsizetype i = 0; i < made.streams.size(); ++i) objects[firstPage + 2 * i] = made.streams[i];
    objects[0] = "<< /Type /Catalog /Pages 2 0 R /Lang (zh-CN) >>";
    objects[1] = "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(m_pages.size()) + " >>";
    QByteArray infoDict = "<< /Title " + PdfSyntax::textString(info.title);
    if (!info.author.isEmpty()) infoDict += " /Author " + PdfSyntax::textString(info.author);
    infoDict += " /Creator " + PdfSyntax::textString(info.creator) + " /Producer " + PdfSyntax::textString(info.creator)
                + " /CreationDate " + dateString(QDateTime::currentDateTime()) + " >>";
    objects[2] = infoDict;

    QByteArray &out = *pdf;
    out = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << out.size();
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets) out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    const QByteArray &fileId = made.id;
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R /Info 3 0 R /ID [<" + fileId
           + "> <" + fileId + ">] >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return true;
}

} // namespace nianbao
