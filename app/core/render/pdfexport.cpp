// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/pdfexport.h"

#include "files/reportfile.h"
#include "files/safesave.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPdfWriter>
#include <QRegularExpression>

namespace nianbao {

namespace {

// 7200 dpi: every type size of the standard is a whole number of device pixels (16 pt = 1600), so Qt's rounding
// of font pixel sizes does not stretch the lines.
constexpr int kResolution = 7200;

QByteArray pdfTextString(const QString &text)
{
    // UTF-16BE with its byte order mark, written in hex: safe for any character.
    QByteArray hex = "<FEFF";
    for (QChar c : text) hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return hex + '>';
}

} // namespace

bool PdfExport::addAuthor(QByteArray &pdf, const QString &author)
{
    static const QRegularExpression startxref(QStringLiteral("startxref\\s+(\\d+)\\s+%%EOF\\s*$"));
    static const QRegularExpression trailer(QStringLiteral("trailer\\s*<<(.*?)>>"),
                                            QRegularExpression::DotMatchesEverythingOption);
    const QString tail = QString::fromLatin1(pdf.right(2048));
    const QRegularExpressionMatch end = startxref.match(tail);
    QRegularExpressionMatchIterator it = trailer.globalMatch(tail);
    QString dict;
    while (it.hasNext()) dict = it.next().captured(1);
    if (!end.hasMatch() || dict.isEmpty()) return false;
    const auto value = [&dict](const QString &key) {
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("/%1\\s+(\\d+(?:\\s+\\d+\\s+R)?)").arg(key)).match(dict);
        return m.hasMatch() ? m.captured(1) : QString();
    };
    const QString size = value(QStringLiteral("Size")), root = value(QStringLiteral("Root")), info = value(QStringLiteral("Info"));
    if (size.isEmpty() || root.isEmpty() || info.isEmpty()) return false;
    const int infoNumber = info.section(QLatin1Char(' '), 0, 0).toInt();

    // The new information dictionary: the old one's entries (title, creator, producer, date) plus /Author.
    const QRegularExpression object(QStringLiteral("(?:^|\\n)%1 0 obj\\s*<<(.*?)>>\\s*endobj").arg(infoNumber),
                                    QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch old = object.match(QString::fromLatin1(pdf));
    if (!old.hasMatch()) return false;
    QByteArray update = "\n";
    const qsizetype offset = pdf.size() + update.size();
    update += QByteArray::number(infoNumber) + " 0 obj\n<<\n/Author " + pdfTextString(author) + "\n"
        + old.captured(1).toLatin1().trimmed() + "\n>>\nendobj\n";
    const qsizetype xref = pdf.size() + update.size();
    update += "xref\n" + QByteArray::number(infoNumber) + " 1\n"
        + QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    update += "trailer\n<<\n/Size " + size.toLatin1() + "\n/Root " + root.toLatin1() + "\n/Info " + info.toLatin1()
        + "\n/Prev " + end.captured(1).toLatin1() + "\n>>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    pdf += update;
    return true;
}

bool PdfExport::toBytes(const ReportData &report, QByteArray *pdf, RenderResult *result)
{
    RenderResult local;
    RenderResult &r = result ? *result : local;
    QBuffer buffer(pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kResolution);
        writer.setTitle(report.displayTitle());
        writer.setCreator(appVersionString());
        if (!PageRenderer::render(report, &writer, &r)) return false;
    }
    buffer.close();
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
