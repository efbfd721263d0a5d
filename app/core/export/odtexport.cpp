// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/odtexport.h"

#include "export/odtstyles.h"
#include "export/textexport.h"
#include "export/zipwriter.h"
#include "files/reportfile.h"
#include "files/safesave.h"
#include "render/pagegeometry.h"
#include "render/reportflow.h"
#include "render/tablelayout.h"

#include <QGuiApplication>
#include <QImage>

namespace nianbao {

using namespace odt;

namespace {

// Tables are measured like the PDF's, on an image of 720 dpi standing in for the page.
constexpr int kMeasureDpi = 720;
// Space between a table and the text under it, as in the PDF (render/pagination.cpp).
constexpr double kSpaceAfterTable = 8; // pt

struct TableGroup {
    QList<const TableDef *> tables;
    double fontSize = page::kSizeSmall4;
    QList<double> widthsMm;
};

class ContentWriter
{
public:
    ContentWriter(const ReportData &report, const QHash<FontRole, QString> &fonts) : m_report(report), m_fonts(fonts)
    {
        m_blocks = ReportFlow::build(report);
        groupTables();
    }

    QByteArray xml();

private:
    void groupTables();
    void writeAutomaticStyles();
    void writeBody();
    void writeTable(const TableDef &table, int index, const TableGroup &group, bool lastOfGroup);
    void paragraph(const QString &style, const QString &text) const;
    void simpleStyle(const QString &name, const QString &parent, const QList<std::pair<QString, QString>> &props,
                     double fontSize = 0) const;

    const ReportData &m_report;
    const QHash<FontRole, QString> &m_fonts;
    QList<FlowBlock> m_blocks;
    QList<TableGroup> m_groups;       // in order of appearance
    QHash<const TableDef *, int> m_groupOf;
    QByteArray m_xml;
    mutable QXmlStreamWriter m_w{&m_xml};
};

void ContentWriter::groupTables()
{
    QImage measure(1, 1, QImage::Format_Mono);
    measure.setDotsPerMeterX(qRound(kMeasureDpi / 0.0254));
    measure.setDotsPerMeterY(qRound(kMeasureDpi / 0.0254));
    for (int i = 0; i < m_blocks.size(); ++i) {
        if (m_blocks[i].kind != FlowBlock::Kind::Table) continue;
        TableGroup g;
        g.tables << m_blocks[i].table;
        while (i + 1 < m_blocks.size() && m_blocks[i + 1].kind == FlowBlock::Kind::Table
               && m_blocks[i + 1].sectionKey == m_blocks[i].sectionKey
               && m_blocks[i + 1].table->columnCount == g.tables.first()->columnCount)
            g.tables << m_blocks[++i].table;
        const bool wide = g.tables.first()->columnCount > 6;
        g.fontSize = wide ? page::kSize5 : page::kSizeSmall4;
        QFont font;
        font.setFamilies({m_fonts.value(FontRole::FangSong)});
        font.setPointSizeF(g.fontSize);
        const double width = page::kBlockWidth * kMeasureDpi / 72.0;
        for (double w : TableLayout::columnWidths(m_report, g.tables, font, width, &measure))
            g.widthsMm << w * 25.4 / kMeasureDpi;
        for (const TableDef *t : g.tables) m_groupOf.insert(t, int(m_groups.size()));
        m_groups << g;
    }
}

void ContentWriter::simpleStyle(const QString &name, const QString &parent,
                                const QList<std::pair<QString, QString>> &props, double fontSize) const
{
    m_w.writeStartElement(kStyle, QStringLiteral("style"));
    m_w.writeAttribute(kStyle, QStringLiteral("name"), name);
    m_w.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("paragraph"));
    m_w.writeAttribute(kStyle, QStringLiteral("parent-style-name"), parent);
    m_w.writeStartElement(kStyle, QStringLiteral("paragraph-properties"));
    for (const auto &[key, value] : props) m_w.writeAttribute(kFo, key, value);
    m_w.writeEndElement();
    if (fontSize > 0) writeTextProperties(m_w, QString(), fontSize);
    m_w.writeEndElement();
}

void ContentWriter::writeAutomaticStyles()
{
    m_w.writeStartElement(kOffice, QStringLiteral("automatic-styles"));
    for (int g = 0; g < m_groups.size(); ++g) {
        const TableGroup &group = m_groups[g];
        double total = 0;
        for (double w : group.widthsMm) total += w;
        // The last table of a group has the space under it that the PDF has (8 pt); the blocks of section 二
        // stack without. A table is not split between rows when it fits a page, so a merged label cell is never
        // cut into an empty half on the next page (a word processor still splits a table taller than a page).
        for (const bool last : {false, true}) {
            m_w.writeStartElement(kStyle, QStringLiteral("style"));
            m_w.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("Tbl%1%2").arg(g).arg(last ? QStringLiteral(".End") : QString()));
            m_w.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("table"));
            m_w.writeStartElement(kStyle, QStringLiteral("table-properties"));
            m_w.writeAttribute(kStyle, QStringLiteral("width"), QString::number(total, 'f', 2) + QStringLiteral("mm"));
            m_w.writeAttribute(kTable, QStringLiteral("align"), QStringLiteral("left"));
            m_w.writeAttribute(kStyle, QStringLiteral("may-break-between-rows"), QStringLiteral("false"));
            if (last) m_w.writeAttribute(kFo, QStringLiteral("margin-bottom"), pt(kSpaceAfterTable));
            m_w.writeEndElement();
            m_w.writeEndElement();
        }
        for (int c = 0; c < group.widthsMm.size(); ++c) {
            m_w.writeStartElement(kStyle, QStringLiteral("style"));
            m_w.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("Tbl%1.C%2").arg(g).arg(c));
            m_w.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("table-column"));
            m_w.writeStartElement(kStyle, QStringLiteral("table-column-properties"));
            m_w.writeAttribute(kStyle, QStringLiteral("column-width"), QString::number(group.widthsMm[c], 'f', 2) + QStringLiteral("mm"));
            m_w.writeEndElement();
            m_w.writeEndElement();
        }
    }
    // Rows never split across pages; every cell ruled on all four sides.
    m_w.writeStartElement(kStyle, QStringLiteral("style"));
    m_w.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("nb_Row"));
    m_w.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("table-row"));
    m_w.writeStartElement(kStyle, QStringLiteral("table-row-properties"));
    m_w.writeAttribute(kFo, QStringLiteral("keep-together"), QStringLiteral("always"));
    m_w.writeEndElement();
    m_w.writeEndElement();
    m_w.writeStartElement(kStyle, QStringLiteral("style"));
    m_w.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("nb_Cell"));
    m_w.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("table-cell"));
    m_w.writeStartElement(kStyle, QStringLiteral("table-cell-properties"));
    m_w.writeAttribute(kFo, QStringLiteral("border"), pt(page::kTableRule) + QStringLiteral(" solid #000000"));
    m_w.writeAttribute(kFo, QStringLiteral("padding"), pt(page::kCellPaddingY));
    m_w.writeAttribute(kStyle, QStringLiteral("vertical-align"), QStringLiteral("middle"));
    m_w.writeEndElement();
    m_w.writeEndElement();
    for (double size : {page::kSize5, page::kSizeSmall4}) {
        const QString suffix = QString::number(int(size * 10));
        simpleStyle(QStringLiteral("nb_CellC") + suffix, QStringLiteral("nb_TableText"),
                    {{QStringLiteral("text-align"), QStringLiteral("center")}}, size);
        simpleStyle(QStringLiteral("nb_CellL") + suffix, QStringLiteral("nb_TableText"),
                    {{QStringLiteral("text-align"), QStringLiteral("start")}}, size);
    }

    // Signature and date (GB/T 9704 7.3.5.2), measured in characters as the PDF places them.
    QString signature, date;
    for (const FlowBlock &b : m_blocks) {
        if (b.kind == FlowBlock::Kind::Signature) signature = b.text;
        if (b.kind == FlowBlock::Kind::Date) date = b.text;
    }
    const double right = page::kCharsPerLine - 2;
    double sigX = right - ReportFlow::textWidthInChars(signature);
    double dateX = sigX + 2;
    if (dateX + ReportFlow::textWidthInChars(date) > right) {
        dateX = right - ReportFlow::textWidthInChars(date);
        sigX = dateX - 2;
    }
    simpleStyle(QStringLiteral("nb_Signature"), QStringLiteral("nb_Body"),
                {{QStringLiteral("text-indent"), pt(0)}, {QStringLiteral("margin-left"), pt(std::max(0.0, sigX) * page::kCharPitch)},
                 {QStringLiteral("keep-with-next"), QStringLiteral("always")}});
    simpleStyle(QStringLiteral("nb_Date"), QStringLiteral("nb_Body"),
                {{QStringLiteral("text-indent"), pt(0)}, {QStringLiteral("margin-left"), pt(std::max(0.0, dateX) * page::kCharPitch)}});
    const QString thick = QString::number(page::kThickRule / page::kPointsPerMm, 'f', 2) + QStringLiteral("mm solid #000000");
    const QString thin = QString::number(page::kThinRule / page::kPointsPerMm, 'f', 2) + QStringLiteral("mm solid #000000");
    simpleStyle(QStringLiteral("nb_CopyTo"), QStringLiteral("nb_VersionNote"),
                {{QStringLiteral("border-top"), thick}, {QStringLiteral("border-bottom"), thin}, {QStringLiteral("margin-top"), pt(page::kLinePitch)}});
    m_w.writeStartElement(kStyle, QStringLiteral("style"));
    m_w.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("nb_IssuedBy"));
    m_w.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("paragraph"));
    m_w.writeAttribute(kStyle, QStringLiteral("parent-style-name"), QStringLiteral("nb_VersionNote"));
    m_w.writeStartElement(kStyle, QStringLiteral("paragraph-properties"));
    m_w.writeAttribute(kFo, QStringLiteral("border-bottom"), thick);
    m_w.writeStartElement(kStyle, QStringLiteral("tab-stops"));
    m_w.writeStartElement(kStyle, QStringLiteral("tab-stop"));
    m_w.writeAttribute(kStyle, QStringLiteral("position"), pt(page::kBlockWidth - 2 * page::kSize4));
    m_w.writeAttribute(kStyle, QStringLiteral("type"), QStringLiteral("right"));
    m_w.writeEndElement();
    m_w.writeEndElement();
    m_w.writeEndElement();
    m_w.writeEndElement();
    m_w.writeEndElement(); // automatic-styles
}

void ContentWriter::paragraph(const QString &style, const QString &text) const
{
    m_w.writeStartElement(kText, QStringLiteral("p"));
    m_w.writeAttribute(kText, QStringLiteral("style-name"), style);
    if (!text.isEmpty()) m_w.writeCharacters(text);
    m_w.writeEndElement();
}

void ContentWriter::writeTable(const TableDef &table, int index, const TableGroup &group, bool lastOfGroup)
{
    const int g = m_groupOf.value(&table);
    const QString size = QString::number(int(group.fontSize * 10));
    const double narrowMm = 4 * group.fontSize / page::kPointsPerMm;
    m_w.writeStartElement(kTable, QStringLiteral("table"));
    m_w.writeAttribute(kTable, QStringLiteral("name"), QStringLiteral("表%1").arg(index + 1));
    m_w.writeAttribute(kTable, QStringLiteral("style-name"), QStringLiteral("Tbl%1%2").arg(g).arg(lastOfGroup ? QStringLiteral(".End") : QString()));
    for (int c = 0; c < table.columnCount; ++c) {
        m_w.writeStartElement(kTable, QStringLiteral("table-column"));
        m_w.writeAttribute(kTable, QStringLiteral("style-name"), QStringLiteral("Tbl%1.C%2").arg(g).arg(c));
        m_w.writeEndElement();
    }
    int headerRows = 0;
    for (const GridEntry &e : table.entries)
        if (e.header) headerRows = std::max(headerRows, e.row + e.rowSpan);
    for (int r = 0; r < table.rowCount; ++r) {
        if (r == 0 && headerRows > 0) m_w.writeStartElement(kTable, QStringLiteral("table-header-rows"));
        m_w.writeStartElement(kTable, QStringLiteral("table-row"));
        m_w.writeAttribute(kTable, QStringLiteral("style-name"), QStringLiteral("nb_Row"));
        for (int c = 0; c < table.columnCount; ++c) {
            const GridEntry *e = table.entryAt(r, c);
            if (e && (e->row != r || e->column != c)) {
                m_w.writeEmptyElement(kTable, QStringLiteral("covered-table-cell"));
                continue;
            }
            m_w.writeStartElement(kTable, QStringLiteral("table-cell"));
            m_w.writeAttribute(kTable, QStringLiteral("style-name"), QStringLiteral("nb_Cell"));
            m_w.writeAttribute(kOffice, QStringLiteral("value-type"), QStringLiteral("string"));
            if (e && e->columnSpan > 1) m_w.writeAttribute(kTable, QStringLiteral("number-columns-spanned"), QString::number(e->columnSpan));
            if (e && e->rowSpan > 1) m_w.writeAttribute(kTable, QStringLiteral("number-rows-spanned"), QString::number(e->rowSpan));
            QString text;
            bool label = false;
            if (e) {
                double widthMm = 0;
                for (int k = c; k < c + e->columnSpan && k < group.widthsMm.size(); ++k) widthMm += group.widthsMm[k];
                label = e->cellId.isEmpty() && !e->header && widthMm > narrowMm;
                text = e->cellId.isEmpty() ? e->text : TextExport::printedCellText(m_report, m_report.format->cellIndex(e->cellId));
            }
            paragraph((label ? QStringLiteral("nb_CellL") : QStringLiteral("nb_CellC")) + size, text);
            m_w.writeEndElement();
        }
        m_w.writeEndElement();
        if (r + 1 == headerRows) m_w.writeEndElement(); // table-header-rows
    }
    m_w.writeEndElement();
}

void ContentWriter::writeBody()
{
    m_w.writeStartElement(kOffice, QStringLiteral("body"));
    m_w.writeStartElement(kOffice, QStringLiteral("text"));
    int tableIndex = 0;
    for (const FlowBlock &b : m_blocks) {
        switch (b.kind) {
        case FlowBlock::Kind::DocumentNumber:
            paragraph(QStringLiteral("nb_DocumentNumber"), b.text);
            paragraph(QStringLiteral("nb_DocumentNumber"), QString());
            break;
        case FlowBlock::Kind::Title:
            for (const QString &line : ReportFlow::titleLines(b.text, m_report.meta.organ, page::kBlockWidth / page::kSize2)) {
                m_w.writeStartElement(kText, QStringLiteral("p"));
                m_w.writeAttribute(kText, QStringLiteral("style-name"), QStringLiteral("nb_Title"));
                m_w.writeCharacters(line);
                m_w.writeEndElement();
            }
            paragraph(QStringLiteral("nb_Body"), QString());
            break;
        case FlowBlock::Kind::Addressee: paragraph(QStringLiteral("nb_Addressee"), b.text); break;
        case FlowBlock::Kind::SectionHeading:
        case FlowBlock::Kind::Paragraph: {
            const bool heading = b.level > 0 && b.headingLength == b.text.size();
            const QString headingStyle = b.level == 1 ? QStringLiteral("nb_Heading1")
                : b.level == 2                        ? QStringLiteral("nb_Heading2")
                                                      : QStringLiteral("nb_Heading3");
            if (heading) {
                // A paragraph, not an outline heading (text:h): LibreOffice puts outline headings into its
                // outline numbering, whose indent replaces the style's two-character first-line indent.
                m_w.writeStartElement(kText, QStringLiteral("p"));
                m_w.writeAttribute(kText, QStringLiteral("style-name"), headingStyle);
                m_w.writeCharacters(b.text);
                m_w.writeEndElement();
            } else {
                m_w.writeStartElement(kText, QStringLiteral("p"));
                m_w.writeAttribute(kText, QStringLiteral("style-name"), QStringLiteral("nb_Body"));
                if (b.headingLength > 0 && b.level <= 2) { // a run-in 一、 or （一） heading keeps its face
                    m_w.writeStartElement(kText, QStringLiteral("span"));
                    m_w.writeAttribute(kText, QStringLiteral("style-name"), b.level == 1 ? QStringLiteral("nb_HeiTi") : QStringLiteral("nb_KaiTi"));
                    m_w.writeCharacters(b.text.left(b.headingLength));
                    m_w.writeEndElement();
                    m_w.writeCharacters(b.text.mid(b.headingLength));
                } else {
                    m_w.writeCharacters(b.text);
                }
                m_w.writeEndElement();
            }
            break;
        }
        case FlowBlock::Kind::Table:
        {
            const qsizetype next = &b - m_blocks.constData() + 1;
            const bool lastOfGroup = next >= m_blocks.size() || m_blocks[next].kind != FlowBlock::Kind::Table
                || m_groupOf.value(m_blocks[next].table) != m_groupOf.value(b.table);
            writeTable(*b.table, tableIndex++, m_groups[m_groupOf.value(b.table)], lastOfGroup);
        }
            break;
        case FlowBlock::Kind::Signature:
            paragraph(QStringLiteral("nb_Body"), QString());
            paragraph(QStringLiteral("nb_Signature"), b.text);
            break;
        case FlowBlock::Kind::Date: paragraph(QStringLiteral("nb_Date"), b.text); break;
        case FlowBlock::Kind::CopyTo: paragraph(QStringLiteral("nb_CopyTo"), b.text); break;
        case FlowBlock::Kind::IssuedBy: {
            // "<印发机关><tab><日期>印发": the date against the right tab stop.
            const auto [organ, date] = ReportFlow::splitIssuedBy(b.text);
            m_w.writeStartElement(kText, QStringLiteral("p"));
            m_w.writeAttribute(kText, QStringLiteral("style-name"), QStringLiteral("nb_IssuedBy"));
            m_w.writeCharacters(organ);
            if (!date.isEmpty()) {
                m_w.writeEmptyElement(kText, QStringLiteral("tab"));
                m_w.writeCharacters(date);
            }
            m_w.writeEndElement();
            break;
        }
        }
    }
    m_w.writeEndElement();
    m_w.writeEndElement();
}

QByteArray ContentWriter::xml()
{
    m_w.setAutoFormatting(false); // spaces between elements would be text inside paragraphs
    m_w.writeStartDocument();
    m_w.writeStartElement(kOffice, QStringLiteral("document-content"));
    declareNamespaces(m_w);
    m_w.writeAttribute(kOffice, QStringLiteral("version"), QStringLiteral("1.2"));
    writeFontFaces(m_w, m_fonts);
    writeAutomaticStyles();
    writeBody();
    m_w.writeEndElement();
    m_w.writeEndDocument();
    return m_xml;
}

} // namespace

QHash<FontRole, QString> OdtExport::fontNames()
{
    QString error;
    const std::optional<FontSet> installed = qGuiApp ? FontSet::fromSystem(&error) : std::nullopt;
    QHash<FontRole, QString> names;
    for (FontRole role : FontSet::roles())
        names.insert(role, installed && !installed->choice(role).standIn ? installed->family(role)
                                                                        : FontSet::officeFamilies(role).first());
    return names;
}

QByteArray OdtExport::toBytes(const ReportData &report, const QHash<FontRole, QString> &fonts)
{
    ZipWriter zip;
    // The mimetype comes first and uncompressed, so that tools recognise the file by its first bytes.
    zip.add(QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text", ZipWriter::Method::Store);
    zip.add(QStringLiteral("META-INF/manifest.xml"), manifestXml());
    zip.add(QStringLiteral("content.xml"), ContentWriter(report, fonts).xml());
    zip.add(QStringLiteral("styles.xml"), stylesXml(fonts));
    const QString author = report.meta.organ.trimmed().isEmpty() ? report.meta.signature : report.meta.organ.trimmed();
    zip.add(QStringLiteral("meta.xml"), metaXml(report.displayTitle(), author, appVersionString()));
    return zip.finish();
}

bool OdtExport::write(const ReportData &report, const QString &path, QString *error, QStringList *fontsNamed)
{
    const QHash<FontRole, QString> fonts = fontNames();
    if (fontsNamed) {
        fontsNamed->clear();
        for (FontRole role : FontSet::roles()) *fontsNamed << QStringLiteral("%1: %2").arg(FontSet::styleName(role), fonts.value(role));
    }
    const QByteArray bytes = toBytes(report, fonts);
    return SafeSave::write(path, bytes, error);
}

} // namespace nianbao
