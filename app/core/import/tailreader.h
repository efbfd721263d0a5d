// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The end of a report after its last section: 发文机关署名 and 成文日期, then the 版记 (抄送, …印发); contact
// lines and website links after the date are not part of the report.

#include "import/importresult.h"
#include "import/sourcetext.h"

#include <QDate>

namespace nianbao::import {

struct TailInfo {
    int start = -1;        // where the closing begins (the last section's text ends here); -1: no closing found
    QString signature;
    QDate date;
    QString copyTo;
    QString issuedBy;
    QList<ImportDecision> decisions;
};

class TailReader
{
public:
    // `copyToLabel` is the template's 抄送 label; `organ` helps to recognise a signature written without a date.
    static TailInfo read(const SourceText &source, int from, int to, const QString &copyToLabel, const QString &organ);
};

} // namespace nianbao::import
