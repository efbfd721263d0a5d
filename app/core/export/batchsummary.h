// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The supervising office's view of many reports: one row per report, as CSV (for a spreadsheet) or as one
// self-contained HTML page sorted worst first.

#include "model/finding.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace nianbao {

struct SummaryRow {
    QString file;
    QString organ;
    int year = 0;
    QString format;
    int errors = 0;
    int warnings = 0;
    int unconfirmed = 0;     // cells the importer could not read with certainty
    QStringList messages;    // the first error and warning messages
    QString unreadable;      // why the file could not be read (then the other fields are empty)
};

// The first `limit` error and warning messages, errors first.
QStringList firstMessages(const QList<Finding> &findings, int limit = 3);

class BatchSummary
{
public:
    // UTF-8 with a byte-order mark, so that Excel and WPS open the Chinese text correctly.
    static QByteArray toCsv(const QList<SummaryRow> &rows);
    static QByteArray toHtml(QList<SummaryRow> rows);
    // Unreadable first, then by errors, warnings and unconfirmed cells, most first; then by file name.
    static void sortWorstFirst(QList<SummaryRow> &rows);
};

} // namespace nianbao
