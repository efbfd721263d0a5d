// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/pdfexport.h"

#include "files/reportfile.h"
#include "files/safesave.h"
#include "render/pdfsupplementary.h"
#include "render/pdfupdate.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPdfWriter>
#include <QRegularExpression>

namespace nianbao {

bool PdfExport::addAuthor(QByteArray &pdf, const QString &author)
{
    static const QRegularExpression infoRef(QStringLiteral("/Info\\s+(\\d+)\\s+0\\s+R"));
    const QRegularExpressionMatch ref = infoRef.match(QString::fromLatin1(pdf.right(2048)));
    if (!ref.hasMatch()) return false;
    const int info = ref.captured(1).toInt();
    // The new information dictionary: the old one's entries (title, creator, producer, date) plus /Author.
    QByteArray old = PdfUpdate::object(pdf, info);
    if (!old.startsWith("<<") || !old.endsWith(">>")) return false;
    old = old.mid(2, old.size() - 4).trimmed();
    return PdfUpdate::append(pdf, {{info, "<<\n/Author " + PdfUpdate::textString(author) + "\n" + old + "\n>>"}});
}

bool PdfExport::toBytes(const ReportData &report, QByteArray *pdf, RenderResult *result)
{
    RenderResult local;
    RenderResult &r = result ? *result : local;
    QBuffer buffer(pdf);
    buffer.open(QIODevice::WriteOnly);
    PdfSupplementaryText supplementary;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(PageRenderer::kLayoutResolution); // painted unscaled
        writer.setTitle(report.displayTitle());
        writer.setCreator(appVersionString());
        const auto drawSupplementaryFirst = [&supplementary](QPainter &painter, const PageLayout &layout) {
            supplementary = PdfSupplementaryText(layout.supplementaryGlyphs());
            supplementary.drawFirst(painter);
        };
        if (!PageRenderer::render(report, &writer, &r, drawSupplementaryFirst)) return false;
    }
    buffer.close();
    if (!supplementary.addToTextMaps(*pdf)) {
        r.error = QCoreApplication::translate("nianbao::PdfExport",
                                              "Could not make these characters searchable in the PDF: %1.")
                      .arg(supplementary.describe());
        return false;
    }
    const QString author = report.meta.organ.trimmed().isEmpty() ? report.meta.signature : report.meta.organ.trimmed();
    if (!author.isEmpty() && !addAuthor(*pdf, author)) {
        r.error = QCoreApplication::translate("nianbao::PdfExport", "Could not add the author to the PDF.");
        return false;
    }
    return true;
}

bool PdfExport::write(const ReportData &report, const QString &path, RenderResult *result)
{
    RenderResult local;
    RenderResult &r = result ? *result : local;
    QByteArray pdf;
    if (!toBytes(report, &pdf, &r)) return false;
    const SaveOutcome saved = SafeSave::write(path, pdf);
    if (!saved.ok) {
        r.error = saved.error;
        return false;
    }
    return true;
}

} // namespace nianbao
