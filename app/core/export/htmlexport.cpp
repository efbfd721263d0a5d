// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/htmlexport.h"

#include "export/textexport.h"
#include "files/reportfile.h"
#include "files/safesave.h"
#include "render/fontset.h"
#include "render/reportflow.h"


namespace nianbao {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// A CSS font-family list: the offices' faces, then the free ones, then the generic family.
QString cssFamilies(FontRole role, const QString &generic)
{
    QStringList list;
    for (const QString &f : FontSet::officeFamilies(role) + FontSet::freeFamilies(role)) list << QLatin1Char('"') + f + QLatin1Char('"');
    return (list << generic).join(QStringLiteral(", "));
}

QString styleSheet()
{
    return QStringLiteral(
               "body{margin:0 auto;max-width:48em;padding:1em;font-family:%1;font-size:1.125rem;line-height:1.8;"
               "color:#000;background:#fff}"
               "h1{font-family:%2;font-weight:normal;font-size:1.6em;line-height:1.5;text-align:center;margin:1em 0}"
               "h2{font-family:%3;font-weight:normal;font-size:1em;margin:.8em 0 .2em;text-indent:2em}"
               "h3,h4,h5{font-family:%4;font-weight:normal;font-size:1em;margin:.4em 0 0;text-indent:2em}"
               "h4,h5{font-family:inherit}"
               "p{margin:0;text-indent:2em;text-align:justify}"
               ".heading-1{font-family:%3}.heading-2{font-family:%4}"
               ".document-number{text-align:center;text-indent:0;margin-bottom:1em}"
               ".addressee{text-indent:0}"
               ".table-wrap{overflow-x:auto;margin:.5em 0;-webkit-overflow-scrolling:touch}"
               "table{border-collapse:collapse;width:100%;font-size:.8em;line-height:1.4}"
               "th,td{border:1px solid #000;padding:.25em .35em;font-weight:normal;text-align:center;vertical-align:middle}"
               "tbody th{text-align:left}"
               ".signature{margin-top:1.8em;text-align:right}"
               ".signature p{text-indent:0;text-align:right;padding-right:2em}"
               ".version-notes{margin-top:2em;border-top:2px solid #000;border-bottom:2px solid #000}"
               ".version-notes p{text-indent:0;padding:0 1em;font-size:.9em}"
               ".version-notes p+p{border-top:1px solid #000}"
               "@media (max-width:40em){body{font-size:1rem}table{font-size:.75em}}")
        .arg(cssFamilies(FontRole::FangSong, QStringLiteral("serif")), cssFamilies(FontRole::XiaoBiaoSong, QStringLiteral("serif")),
             cssFamilies(FontRole::HeiTi, QStringLiteral("sans-serif")), cssFamilies(FontRole::KaiTi, QStringLiteral("serif")));
}

void appendTable(QString &html, const ReportData &report, const TableDef &table)
{
    html += QStringLiteral("<div class=\"table-wrap\"><table>\n");
    int headerRows = 0;
    for (const GridEntry &e : table.entries)
        if (e.header) headerRows = std::max(headerRows, e.row + e.rowSpan);
    for (int r = 0; r < table.rowCount; ++r) {
        if (r == 0 && headerRows > 0) html += QStringLiteral("<thead>\n");
        if (r == headerRows) html += QStringLiteral("<tbody>\n");
        html += QStringLiteral("<tr>");
        for (const GridEntry &e : table.entries) {
            if (e.row != r) continue;
            QString attributes;
            if (e.columnSpan > 1) attributes += QStringLiteral(" colspan=\"%1\"").arg(e.columnSpan);
            if (e.rowSpan > 1) attributes += QStringLiteral(" rowspan=\"%1\"").arg(e.rowSpan);
            if (!e.cellId.isEmpty()) {
                const int index = report.format->cellIndex(e.cellId);
                html += QStringLiteral("<td%1>%2</td>").arg(attributes, index < 0 ? QString() : esc(TextExport::printedCellText(report, index)));
            } else {
                const QString scope = e.header ? QStringLiteral(" scope=\"col\"") : QStringLiteral(" scope=\"row\"");
                html += QStringLiteral("<th%1%2>%3</th>").arg(scope, attributes, esc(e.text));
            }
        }
        html += QStringLiteral("</tr>\n");
        if (r + 1 == headerRows) html += QStringLiteral("</thead>\n");
    }
    if (headerRows < table.rowCount) html += QStringLiteral("</tbody>\n");
    html += QStringLiteral("</table></div>\n");
}

void appendParagraph(QString &html, const FlowBlock &b)
{
    if (b.level > 0 && b.headingLength == b.text.size()) {
        const int h = std::min(5, std::max(3, b.level + 1)); // 一、 and （一） → h3, 1. → h4, （1） → h5
        html += QStringLiteral("<h%1>%2</h%1>\n").arg(h).arg(esc(b.text));
    } else if (b.headingLength > 0) {
        html += QStringLiteral("<p><span class=\"heading-%1\">%2</span>%3</p>\n")
                    .arg(b.level).arg(esc(b.text.left(b.headingLength)), esc(b.text.mid(b.headingLength)));
    } else {
        html += QStringLiteral("<p>%1</p>\n").arg(esc(b.text));
    }
}

} // namespace

QString HtmlExport::toHtml(const ReportData &report)
{
    const QList<FlowBlock> blocks = ReportFlow::build(report);
    const QString author = report.meta.organ.trimmed();
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    html += QStringLiteral("<title>%1</title>\n").arg(esc(report.displayTitle()));
    if (!author.isEmpty()) html += QStringLiteral("<meta name=\"author\" content=\"%1\">\n").arg(esc(author));
    html += QStringLiteral("<meta name=\"generator\" content=\"%1\">\n").arg(esc(appVersionString()));
    html += QStringLiteral("<style>%1</style>\n</head>\n<body>\n<article>\n").arg(styleSheet());
    bool inSection = false, inSignature = false, inNotes = false;
    auto closeSection = [&] {
        if (inSection) html += QStringLiteral("</section>\n");
        inSection = false;
    };
    for (const FlowBlock &b : blocks) {
        if (inSignature && b.kind != FlowBlock::Kind::Date) {
            html += QStringLiteral("</div>\n");
            inSignature = false;
        }
        switch (b.kind) {
        case FlowBlock::Kind::DocumentNumber:
            html += QStringLiteral("<p class=\"document-number\">%1</p>\n").arg(esc(b.text));
            break;
        case FlowBlock::Kind::Title: html += QStringLiteral("<h1>%1</h1>\n").arg(esc(b.text)); break;
        case FlowBlock::Kind::Addressee: html += QStringLiteral("<p class=\"addressee\">%1</p>\n").arg(esc(b.text)); break;
        case FlowBlock::Kind::SectionHeading:
            closeSection();
            html += QStringLiteral("<section>\n<h2>%1</h2>\n").arg(esc(b.text));
            inSection = true;
            break;
        case FlowBlock::Kind::Paragraph: appendParagraph(html, b); break;
        case FlowBlock::Kind::Table: appendTable(html, report, *b.table); break;
        case FlowBlock::Kind::Signature:
        case FlowBlock::Kind::Date:
            closeSection();
            if (!inSignature) html += QStringLiteral("<div class=\"signature\">\n");
            inSignature = true;
            html += QStringLiteral("<p>%1</p>\n").arg(esc(b.text));
            break;
        case FlowBlock::Kind::CopyTo:
        case FlowBlock::Kind::IssuedBy:
            closeSection();
            if (!inNotes) html += QStringLiteral("<footer class=\"version-notes\">\n");
            inNotes = true;
            html += QStringLiteral("<p>%1</p>\n").arg(esc(b.text));
            break;
        }
    }
    closeSection();
    if (inSignature) html += QStringLiteral("</div>\n");
    if (inNotes) html += QStringLiteral("</footer>\n");
    html += QStringLiteral("</article>\n</body>\n</html>\n");
    return html;
}

bool HtmlExport::write(const ReportData &report, const QString &path, QString *error)
{
    const QByteArray bytes = toUtf8(report);
    return SafeSave::write(path, bytes, error);
}

} // namespace nianbao
