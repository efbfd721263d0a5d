// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/docxexport.h"

#include "export/docxparts.h"
#include "export/odtexport.h"
#include "export/textexport.h"
#include "export/zipwriter.h"
#include "files/safesave.h"
#include "render/pagegeometry.h"
#include "render/reportflow.h"
#include "render/tablelayout.h"

#include <QImage>
#include <QXmlStreamWriter>

namespace nianbao {

using namespace docx;

namespace {

// Tables are measured like the PDF's and the ODT's, on an image of 720 dpi standing in for the page.
constexpr int kMeasureDpi = 720;
const QString kWNs = QString::fromLatin1(kW);

class DocumentWriter
{
public:
    DocumentWriter(const ReportData &report, const QHash<FontRole, QString> &fonts) : m_report(report), m_fonts(fonts) {}

    QByteArray xml()
    {
        m_w.setAutoFormatting(false); // spaces between elements would be text inside paragraphs
        m_w.writeStartDocument(QStringLiteral("1.0"), true);
        m_w.writeNamespace(kWNs, QStringLiteral("w"));
        m_w.writeNamespace(QString::fromLatin1(kR), QStringLiteral("r"));
        m_w.writeStartElement(kWNs, QStringLiteral("document"));
        m_w.writeStartElement(kWNs, QStringLiteral("body"));
        writeBlocks();
        writeSection();
        m_w.writeEndElement();
        m_w.writeEndElement();
        m_w.writeEndDocument();
        return m_xml;
    }

private:
    void start(const char *name) { m_w.writeStartElement(kWNs, QString::fromLatin1(name)); }
    void end() { m_w.writeEndElement(); }
    void attr(const char *name, const QString &value) { m_w.writeAttribute(kWNs, QString::fromLatin1(name), value); }
    void valueElement(const char *name, const QString &value)
    {
        m_w.writeEmptyElement(kWNs, QString::fromLatin1(name));
        attr("val", value);
    }

    // A paragraph of one style, with an optional run-in part in a character style.
    void paragraph(const QString &style, const QString &text, const QString &runIn = QString(), const QString &runInStyle = QString())
    {
        start("p");
        start("pPr");
        valueElement("pStyle", style);
        end();
        if (!runIn.isEmpty()) textRun(runIn, runInStyle);
        if (!text.isEmpty()) textRun(text, QString());
        end();
    }

    void textRun(const QString &text, const QString &characterStyle)
    {
        start("r");
        if (!characterStyle.isEmpty()) {
            start("rPr");
            valueElement("rStyle", characterStyle);
            end();
        }
        const QStringList parts = text.split(QLatin1Char('\t'));
        for (int i = 0; i < parts.size(); ++i) {
            if (i > 0) m_w.writeEmptyElement(kWNs, QStringLiteral("tab"));
            m_w.writeStartElement(kWNs, QStringLiteral("t"));
            m_w.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            m_w.writeCharacters(parts[i]);
            m_w.writeEndElement();
        }
        end();
    }

    void writeBlocks()
    {
        const QList<FlowBlock> blocks = ReportFlow::build(m_report);
        for (const FlowBlock &b : blocks) {
            if (b.kind == FlowBlock::Kind::Signature) m_signature = b.text;
            if (b.kind == FlowBlock::Kind::Date) m_date = b.text;
        }
        for (const FlowBlock &b : blocks) {
            switch (b.kind) {
            case FlowBlock::Kind::DocumentNumber:
                paragraph(QStringLiteral("nbDocumentNumber"), b.text);
                paragraph(QStringLiteral("nbDocumentNumber"), QString());
                break;
            case FlowBlock::Kind::Title:
                for (const QString &line : ReportFlow::titleLines(b.text, m_report.meta.organ, page::kBlockWidth / page::kSize2))
                    paragraph(QStringLiteral("nbTitle"), line);
                paragraph(QStringLiteral("Normal"), QString());
                break;
            case FlowBlock::Kind::Addressee: paragraph(QStringLiteral("nbAddressee"), b.text); break;
            case FlowBlock::Kind::SectionHeading:
            case FlowBlock::Kind::Paragraph: {
                const bool heading = b.level > 0 && b.headingLength == b.text.size();
                if (heading)
                    paragraph(b.level == 1 ? QStringLiteral("Heading1") : b.level == 2 ? QStringLiteral("Heading2") : QStringLiteral("Heading3"), b.text);
                else if (b.headingLength > 0 && b.level <= 2) // a run-in 一、 or （一） heading keeps its face
                    paragraph(QStringLiteral("Normal"), b.text.mid(b.headingLength), b.text.left(b.headingLength),
                              b.level == 1 ? QStringLiteral("nbHeiTi") : QStringLiteral("nbKaiTi"));
                else
                    paragraph(QStringLiteral("Normal"), b.text);
                break;
            }
            case FlowBlock::Kind::Table: writeTable(*b.table); break;
            case FlowBlock::Kind::Signature:
                paragraph(QStringLiteral("Normal"), QString());
                signatureParagraph(b.text, true);
                break;
            case FlowBlock::Kind::Date: signatureParagraph(b.text, false); break;
            case FlowBlock::Kind::CopyTo: paragraph(QStringLiteral("nbCopyTo"), b.text); break;
            case FlowBlock::Kind::IssuedBy: {
                const auto [organ, date] = ReportFlow::splitIssuedBy(b.text);
                paragraph(QStringLiteral("nbIssuedBy"), date.isEmpty() ? organ : organ + QLatin1Char('\t') + date);
                break;
            }
            }
        }
    }

    // Signature and date (GB/T 9704 7.3.5.2), placed in characters as the PDF and the ODT place them.
    void signatureParagraph(const QString &text, bool signature)
    {
        const QString &sig = m_signature;
        const QString &date = m_date;
        const double right = page::kCharsPerLine - 2;
        double sigX = right - ReportFlow::textWidthInChars(sig);
        double dateX = sigX + 2;
        if (dateX + ReportFlow::textWidthInChars(date) > right) {
            dateX = right - ReportFlow::textWidthInChars(date);
            sigX = dateX - 2;
        }
        start("p");
        start("pPr");
        valueElement("pStyle", QStringLiteral("Normal"));
        if (signature) m_w.writeEmptyElement(kWNs, QStringLiteral("keepNext"));
        m_w.writeEmptyElement(kWNs, QStringLiteral("ind"));
        attr("left", QString::number(twips(std::max(0.0, signature ? sigX : dateX) * page::kCharPitch)));
        attr("firstLine", QStringLiteral("0"));
        end();
        textRun(text, QString());
        end();
    }

    QList<int> columnTwips(const TableDef &table) const
    {
        QImage measure(1, 1, QImage::Format_Mono);
        measure.setDotsPerMeterX(qRound(kMeasureDpi / 0.0254));
        measure.setDotsPerMeterY(qRound(kMeasureDpi / 0.0254));
        QFont font;
        font.setFamilies({m_fonts.value(FontRole::FangSong)});
        font.setPointSizeF(fontSize(table));
        QList<int> out;
        for (double w : TableLayout::columnWidths(m_report, {&table}, font, page::kBlockWidth * kMeasureDpi / 72.0, &measure))
            out << twips(w * 72.0 / kMeasureDpi);
        return out;
    }

    static double fontSize(const TableDef &table) { return table.columnCount > 6 ? page::kSize5 : page::kSizeSmall4; }

    void cellProperties(int width, int gridSpan, const char *vMerge)
    {
        start("tcPr");
        m_w.writeEmptyElement(kWNs, QStringLiteral("tcW"));
        attr("w", QString::number(width));
        attr("type", QStringLiteral("dxa"));
        if (gridSpan > 1) valueElement("gridSpan", QString::number(gridSpan));
        if (vMerge) {
            m_w.writeEmptyElement(kWNs, QStringLiteral("vMerge"));
            if (*vMerge) attr("val", QString::fromLatin1(vMerge));
        }
        valueElement("vAlign", QStringLiteral("center"));
        end();
    }

    void writeTable(const TableDef &table)
    {
        const QList<int> widths = columnTwips(table);
        const QString size = QString::number(int(fontSize(table) * 10));
        const int narrow = twips(4 * fontSize(table));
        int headerRows = 0;
        for (const GridEntry &e : table.entries)
            if (e.header) headerRows = std::max(headerRows, e.row + e.rowSpan);
        start("tbl");
        start("tblPr");
        valueElement("tblStyle", QStringLiteral("nbTable"));
        m_w.writeEmptyElement(kWNs, QStringLiteral("tblW"));
        int total = 0;
        for (int w : widths) total += w;
        attr("w", QString::number(total));
        attr("type", QStringLiteral("dxa"));
        m_w.writeEmptyElement(kWNs, QStringLiteral("tblLayout"));
        attr("type", QStringLiteral("fixed"));
        end();
        start("tblGrid");
        for (int w : widths) {
            m_w.writeEmptyElement(kWNs, QStringLiteral("gridCol"));
            attr("w", QString::number(w));
        }
        end();
        for (int r = 0; r < table.rowCount; ++r) {
            start("tr");
            start("trPr");
            m_w.writeEmptyElement(kWNs, QStringLiteral("cantSplit"));
            if (r < headerRows) m_w.writeEmptyElement(kWNs, QStringLiteral("tblHeader")); // repeated on each page
            end();
            for (int c = 0; c < table.columnCount;) {
                const GridEntry *e = table.entryAt(r, c);
                const int span = e ? e->columnSpan : 1;
                int width = 0;
                for (int k = c; k < c + span && k < widths.size(); ++k) width += widths[k];
                start("tc");
                if (e && e->row != r) { // covered by a cell merged down from above
                    cellProperties(width, span, "");
                    m_w.writeEmptyElement(kWNs, QStringLiteral("p"));
                    end();
                    c += span;
                    continue;
                }
                cellProperties(width, span, e && e->rowSpan > 1 ? "restart" : nullptr);
                QString text;
                bool label = false;
                if (e) {
                    label = e->cellId.isEmpty() && !e->header && width > narrow;
                    text = e->cellId.isEmpty() ? e->text : TextExport::cellText(m_report, m_report.format->cellIndex(e->cellId));
                }
                paragraph((label ? QStringLiteral("nbCellL") : QStringLiteral("nbCellC")) + size, text);
                end();
                c += span;
            }
            end();
        }
        end();
        paragraph(QStringLiteral("nbCellC") + size, QString()); // Word needs a paragraph between two tables
    }

    // A4, the GB/T 9704 margins, odd and even footers.
    void writeSection()
    {
        start("sectPr");
        for (const auto &[type, id] : {std::pair{"default", "rIdFooterOdd"}, std::pair{"even", "rIdFooterEven"}}) {
            m_w.writeEmptyElement(kWNs, QStringLiteral("footerReference"));
            attr("type", QString::fromLatin1(type));
            m_w.writeAttribute(QString::fromLatin1(kR), QStringLiteral("id"), QString::fromLatin1(id));
        }
        m_w.writeEmptyElement(kWNs, QStringLiteral("pgSz"));
        attr("w", QString::number(twips(page::kPaperWidth)));
        attr("h", QString::number(twips(page::kPaperHeight)));
        m_w.writeEmptyElement(kWNs, QStringLiteral("pgMar"));
        attr("top", QString::number(twips(page::kTopMargin)));
        attr("right", QString::number(twips(page::kRightMargin)));
        attr("bottom", QString::number(twips(page::kBottomMargin)));
        attr("left", QString::number(twips(page::kLeftMargin)));
        attr("header", QString::number(twips(page::mm(15))));
        // The page number's top stands 7 mm below the text block.
        attr("footer", QString::number(twips(page::kBottomMargin - page::kPageNumberGap - page::kSize4)));
        attr("gutter", QStringLiteral("0"));
        end(); // no w:docGrid: LibreOffice would set the characters on its grid, 26 a line instead of 28
    }

    const ReportData &m_report;
    const QHash<FontRole, QString> &m_fonts;
    QString m_signature, m_date;
    QByteArray m_xml;
    QXmlStreamWriter m_w{&m_xml};
};

} // namespace

QByteArray DocxExport::toBytes(const ReportData &report, const QHash<FontRole, QString> &fonts)
{
    ZipWriter zip;
    zip.add(QStringLiteral("[Content_Types].xml"), contentTypesXml());
    zip.add(QStringLiteral("_rels/.rels"), packageRelsXml());
    zip.add(QStringLiteral("word/document.xml"), DocumentWriter(report, fonts).xml());
    zip.add(QStringLiteral("word/_rels/document.xml.rels"), documentRelsXml());
    zip.add(QStringLiteral("word/styles.xml"), stylesXml(fonts));
    zip.add(QStringLiteral("word/settings.xml"), settingsXml());
    zip.add(QStringLiteral("word/fontTable.xml"), fontTableXml(fonts));
    zip.add(QStringLiteral("word/footer1.xml"), footerXml(true, fonts));
    zip.add(QStringLiteral("word/footer2.xml"), footerXml(false, fonts));
    const QString author = report.meta.organ.trimmed().isEmpty() ? report.meta.signature : report.meta.organ.trimmed();
    zip.add(QStringLiteral("docProps/core.xml"), corePropertiesXml(report.displayTitle(), author));
    return zip.finish();
}

bool DocxExport::write(const ReportData &report, const QString &path, QString *error, QStringList *fontsNamed)
{
    const QHash<FontRole, QString> fonts = OdtExport::fontNames();
    if (fontsNamed) {
        fontsNamed->clear();
        for (FontRole role : FontSet::roles()) *fontsNamed << QStringLiteral("%1: %2").arg(FontSet::styleName(role), fonts.value(role));
    }
    return SafeSave::write(path, toBytes(report, fonts), error);
}

} // namespace nianbao
