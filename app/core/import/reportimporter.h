// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The importer of published report texts (spec §10 and the layouts of real reports): decodes, cleans, finds
// the format, the sections, the metadata and every table value, resolves what the tables' identities decide,
// and reports every place that needed a decision. Never guesses silently: uncertain cells are marked.

#include "import/importresult.h"

#include <QByteArray>
#include <QString>

namespace nianbao::import {

struct ImportOptions {
    const ReportData *lastYear = nullptr; // last year's report of the same organ, to decide ambiguous cells
    QString sourceName;                   // the file name used in messages
};

class ReportImporter
{
public:
    using Options = ImportOptions;
    static constexpr qint64 kMaxFileSize = 16 * 1024 * 1024;

    static ImportResult importFile(const QString &path, const Options &options = {});
    static ImportResult importBytes(const QByteArray &bytes, const Options &options = {});
    static ImportResult importText(const QString &text, const Options &options = {},
                                   const QString &encoding = QStringLiteral("UTF-8"));
};

} // namespace nianbao::import
