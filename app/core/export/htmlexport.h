// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The report as one self-contained UTF-8 HTML page for the government website: semantic headings, real tables
// with colspan/rowspan as printed, the 公文 faces where the reader has them, readable on a phone.

#include "model/reportdata.h"

#include <QByteArray>
#include <QString>

namespace nianbao {

class HtmlExport
{
public:
    static QString toHtml(const ReportData &report);
    static QByteArray toUtf8(const ReportData &report) { return toHtml(report).toUtf8(); }
    // Atomic write; on failure `error` says why and the file is untouched.
    static bool write(const ReportData &report, const QString &path, QString *error);
};

} // namespace nianbao
