// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/docxreader.h"

#include "import/zipentry.h"

#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamReader>

namespace nianbao::import {

namespace {

class ImportText
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::import)
};

constexpr int kMaxNesting = 16; // tables in tables deeper than this are read as text

// A cell of w:tr while the table is read: a w:vMerge continuation is not a cell of its own but makes the cell
// above it one row taller.
struct PendingCell {
    BlockCell cell;
    bool continuesAbove = false;
    int gridBefore = 0; // empty grid positions before it (w:gridBefore of its row, first cell only)
};

class Parser
{
public:
    explicit Parser(const QByteArray &xml) : m_xml(xml) {}

    PublishedDocument run()
    {
        PublishedDocument doc;
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.isStartElement() && m_xml.name() == QLatin1String("body")) {
                doc.blocks = blocks(0);
                break;
            }
        }
        if (m_xml.hasError() && doc.blocks.empty())
            doc.error = ImportText::tr("the Word document's XML is damaged (line %1: %2)")
                            .arg(m_xml.lineNumber()).arg(m_xml.errorString());
        return doc;
    }

private:
    // The paragraphs and tables up to the end of the current element.
    std::vector<DocumentBlock> blocks(int nesting)
    {
        std::vector<DocumentBlock> out;
        int depth = 1;
        while (depth > 0 && !m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.isEndElement()) {
                --depth;
                continue;
            }
            if (!m_xml.isStartElement()) continue;
            const auto name = m_xml.name();
            if (name == QLatin1String("p")) {
                DocumentBlock p;
                p.text = paragraphText();
                out.push_back(std::move(p));
            } else if (name == QLatin1String("tbl") && nesting < kMaxNesting) {
                appendTable(out, table(nesting + 1));
            } else {
                ++depth; // w:sdt, w:customXml, w:ins …: their content is read as if it stood here
            }
        }
        return out;
    }

    QString paragraphText()
    {
        QString text;
        int depth = 1;
        int skipDepth = 0; // inside mc:Fallback (a copy of mc:Choice) or a field instruction
        while (depth > 0 && !m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.isEndElement()) {
                if (skipDepth == depth) skipDepth = 0;
                --depth;
                continue;
            }
            if (!m_xml.isStartElement()) continue;
            ++depth;
            const auto name = m_xml.name();
            if (skipDepth) continue;
            if (name == QLatin1String("Fallback") || name == QLatin1String("instrText") || name == QLatin1String("delText")) {
                skipDepth = depth;
            } else if (name == QLatin1String("t")) {
                text += m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
                --depth;
            } else if (name == QLatin1String("tab") || name == QLatin1String("br") || name == QLatin1String("cr")) {
                text += QLatin1Char(' ');
            }
        }
        return text;
    }

    static int intAttribute(const QXmlStreamAttributes &a, int fallback)
    {
        for (const QXmlStreamAttribute &x : a)
            if (x.name() == QLatin1String("val")) {
                bool ok = false;
                const int v = x.value().toInt(&ok);
                return ok ? v : fallback;
            }
        return fallback;
    }

    DocumentBlock table(int nesting)
    {
        QList<QList<PendingCell>> rows;
        int depth = 1;
        int gridBefore = 0;
        while (depth > 0 && !m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.isEndElement()) {
                --depth;
                continue;
            }
            if (!m_xml.isStartElement()) continue;
            const auto name = m_xml.name();
            if (name == QLatin1String("tr")) {
                rows.append(QList<PendingCell>());
                gridBefore = 0;
                ++depth;
            } else if (name == QLatin1String("gridBefore")) {
                gridBefore = qBound(0, intAttribute(m_xml.attributes(), 0), 64);
                ++depth;
            } else if (name == QLatin1String("tc") && !rows.isEmpty()) {
                PendingCell c = cell(nesting);
                c.gridBefore = rows.last().isEmpty() ? gridBefore : 0;
                rows.last().append(std::move(c));
            } else if (name == QLatin1String("tbl")) {
                m_xml.skipCurrentElement(); // a table directly in a table (not in a cell) is not valid OOXML
            } else {
                ++depth;
            }
        }
        return resolveMerges(rows);
    }

    PendingCell cell(int nesting)
    {
        PendingCell c;
        std::vector<DocumentBlock> content;
        int depth = 1;
        while (depth > 0 && !m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.isEndElement()) {
                --depth;
                continue;
            }
            if (!m_xml.isStartElement()) continue;
            const auto name = m_xml.name();
            if (name == QLatin1String("gridSpan")) {
                c.cell.colSpan = qBound(1, intAttribute(m_xml.attributes(), 1), 64);
                ++depth;
            } else if (name == QLatin1String("vMerge")) {
                // <w:vMerge/> or w:val="continue" continues the cell above; w:val="restart" starts a merge.
                const auto val = m_xml.attributes().value(QLatin1String("w:val"));
                c.continuesAbove = val.isEmpty() || val == QLatin1String("continue");
                ++depth;
            } else if (name == QLatin1String("p")) {
                DocumentBlock p;
                p.text = paragraphText();
                content.push_back(std::move(p));
            } else if (name == QLatin1String("tbl") && nesting < kMaxNesting) {
                appendTable(content, table(nesting + 1));
            } else {
                ++depth;
            }
        }
        c.cell.content = std::move(content);
        return c;
    }

    // w:vMerge continuations become row spans of the cell they continue.
    static DocumentBlock resolveMerges(QList<QList<PendingCell>> &rows)
    {
        DocumentBlock table;
        table.kind = DocumentBlock::Kind::Table;
        QHash<int, QPair<int, int>> originAbove; // grid column → (row, index in the output row) of the cell covering it
        for (int r = 0; r < rows.size(); ++r) {
            BlockRow out;
            QHash<int, QPair<int, int>> origin;
            int col = 0;
            for (PendingCell &p : rows[r]) {
                if (p.gridBefore > 0) {
                    BlockCell filler;
                    filler.colSpan = p.gridBefore;
                    out.cells.append(filler);
                    col += p.gridBefore;
                }
                const auto above = originAbove.constFind(col);
                if (p.continuesAbove && above != originAbove.cend()) {
                    table.rows[above->first].cells[above->second].rowSpan += 1;
                    for (int c = 0; c < p.cell.colSpan; ++c) origin.insert(col + c, *above);
                } else {
                    for (int c = 0; c < p.cell.colSpan; ++c) origin.insert(col + c, {r, int(out.cells.size())});
                    out.cells.append(std::move(p.cell));
                }
                col += p.cell.colSpan;
            }
            originAbove = origin;
            table.rows.append(std::move(out));
        }
        return table;
    }

    QXmlStreamReader m_xml;
};

} // namespace

PublishedDocument DocxReader::readDocumentXml(const QByteArray &xml)
{
    return Parser(xml).run();
}

PublishedDocument DocxReader::read(const QByteArray &docx)
{
    QString error;
    const std::optional<QByteArray> xml = ZipEntry::read(docx, QStringLiteral("word/document.xml"), &error);
    if (!xml) {
        PublishedDocument failed;
        failed.error = error;
        return failed;
    }
    return readDocumentXml(*xml);
}

} // namespace nianbao::import
