// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/publishedimporter.h"

#include "import/docxreader.h"
#include "import/htmlreader.h"
#include "import/officeconverter.h"
#include "import/pdfreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace nianbao::import {

namespace {

class ImportText
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::import)
};

bool looksLikeHtml(const QByteArray &head)
{
    const QByteArray start = head.left(1024).trimmed().toLower();
    const QByteArray body = start.startsWith("\xef\xbb\xbf") ? start.mid(3).trimmed() : start;
    return body.startsWith("<!doctype html") || body.startsWith("<html") || body.startsWith("<?xml") && body.contains("<html");
}

// "line 78" in a note becomes the place in the file ("table 2, row 5 (page 3)").
QString withPlace(const QString &message, int line, const QString &place)
{
    if (place.isEmpty()) return message;
    const QString lineText = ImportText::tr("line %1").arg(line);
    for (qsizetype at = message.indexOf(lineText); at >= 0; at = message.indexOf(lineText, at + 1)) {
        const qsizetype after = at + lineText.size();
        if (after < message.size() && message[after].isDigit()) continue;
        return QString(message).replace(at, lineText.size(), place);
    }
    return place + ImportText::tr(": ") + message;
}

} // namespace

PublishedKind PublishedImporter::kindOf(const QString &path, const QByteArray &head)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (head.startsWith("%PDF")) return PublishedKind::Pdf;
    if (head.startsWith("PK\x03\x04")) return PublishedKind::Docx;
    if (head.startsWith("\xD0\xCF\x11\xE0")) return PublishedKind::OldOffice; // OLE2: .doc, .wps
    if (suffix == QLatin1String("pdf")) return PublishedKind::Pdf;
    if (suffix == QLatin1String("docx")) return PublishedKind::Docx;
    if (suffix == QLatin1String("doc") || suffix == QLatin1String("wps")) return PublishedKind::OldOffice;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm") || suffix == QLatin1String("shtml") || looksLikeHtml(head))
        return PublishedKind::Html;
    return PublishedKind::Text;
}

PublishedDocument PublishedImporter::read(PublishedKind kind, const QString &path, const QByteArray &bytes, QString *readAs)
{
    switch (kind) {
    case PublishedKind::Pdf:
        *readAs = QStringLiteral("PDF");
        return PdfReader::read(bytes);
    case PublishedKind::Docx:
        *readAs = ImportText::tr("Word .docx");
        return DocxReader::read(bytes);
    case PublishedKind::Html: {
        QString encoding;
        PublishedDocument doc = HtmlReader::read(bytes, &encoding);
        *readAs = ImportText::tr("web page, %1").arg(encoding);
        return doc;
    }
    case PublishedKind::OldOffice: {
        QString error;
        const std::optional<QByteArray> docx = OfficeConverter::toDocx(path, &error);
        *readAs = ImportText::tr("%1 converted by LibreOffice").arg(QFileInfo(path).suffix().toLower());
        if (!docx) {
            PublishedDocument failed;
            failed.error = error;
            return failed;
        }
        return DocxReader::read(*docx);
    }
    case PublishedKind::Text:
        break;
    }
    PublishedDocument none;
    none.error = ImportText::tr("not a Word, web page or PDF file");
    return none;
}

std::optional<ImportResult> PublishedImporter::importBytes(const QString &path, const QByteArray &bytes,
                                                           const ImportOptions &options)
{
    const PublishedKind kind = kindOf(path, bytes.left(1024));
    if (kind == PublishedKind::Text) return std::nullopt;
    ImportResult failed;
    failed.sourceName = options.sourceName.isEmpty() ? path : options.sourceName;
    QString readAs;
    const PublishedDocument document = read(kind, path, bytes, &readAs);
    if (!document.ok()) {
        failed.encoding = readAs;
        failed.error = QStringLiteral("%1: %2").arg(failed.sourceName, document.error);
        return failed;
    }
    ImportOptions o = options;
    o.sourceName = failed.sourceName;
    return importDocument(document, o, readAs);
}

ImportResult PublishedImporter::importDocument(const PublishedDocument &document, const ImportOptions &options, const QString &readAs)
{
    const BlockText text = BlockText::of(document);
    // UTF-8 as the encoding keeps the text importer from noting one; the reading is named instead.
    ImportResult result = ReportImporter::importText(text.text, options, QStringLiteral("UTF-8"));
    result.encoding = readAs;
    for (ImportDecision &d : result.decisions)
        if (d.line > 0) d.message = withPlace(d.message, d.line, text.placeOfLine(d.line));
    return result;
}

QStringList PublishedImporter::filePatterns()
{
    return {QStringLiteral("*.txt"), QStringLiteral("*.md"), QStringLiteral("*.docx"), QStringLiteral("*.doc"),
            QStringLiteral("*.wps"), QStringLiteral("*.html"), QStringLiteral("*.htm"), QStringLiteral("*.pdf")};
}

} // namespace nianbao::import
