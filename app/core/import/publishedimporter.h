// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Import of reports as they are published – Word (.docx; .doc and .wps through LibreOffice), saved web pages
// and PDFs – through the one importer: the file's reader gives its paragraphs and tables (PublishedDocument),
// BlockText makes them the text the importer analyses (tables as tab-separated grid rows), and the import
// notes name the page, table and row of the file instead of a line of that text.

#include "import/blocktext.h"
#include "import/reportimporter.h"

#include <optional>

namespace nianbao::import {

enum class PublishedKind { Text, Docx, OldOffice, Html, Pdf };

class PublishedImporter
{
public:
    static constexpr qint64 kMaxFileSize = 64 * 1024 * 1024;

    // What a file is, by its first bytes and then its name.
    static PublishedKind kindOf(const QString &path, const QByteArray &head);
    // The file's paragraphs and tables; *readAs names the reading ("PDF", "Word .docx", "web page, GB18030").
    static PublishedDocument read(PublishedKind kind, const QString &path, const QByteArray &bytes, QString *readAs);
    // The report in a Word file, web page or PDF whose bytes (already read through RegularFile) are given;
    // nullopt when they are plain text (the caller reads them as text).
    static std::optional<ImportResult> importBytes(const QString &path, const QByteArray &bytes, const ImportOptions &options);
    static ImportResult importDocument(const PublishedDocument &document, const ImportOptions &options, const QString &readAs);
    // The file-name patterns nianbao imports, for file dialogs: "*.txt *.md *.docx …"
    static QStringList filePatterns();
};

} // namespace nianbao::import
