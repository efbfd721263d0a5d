// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Removes what text copied from web pages, PDFs and Word carries around a report without changing the line
// structure: crawler headers, HTML comments and tags, Word bookmarks, Markdown marks, rule lines.

#include "import/importresult.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace nianbao::import {

struct CleanedText {
    QString text;            // same number of lines as the input; removed lines are empty
    QDateTime published;     // the publication date of a crawler header, when there is one
    QStringList headerValues; // the values of a crawler header's fields (its title among them), in order
    QList<ImportDecision> decisions;
};

class ArtifactCleaner
{
public:
    static CleanedText clean(const QString &text);
    // A line made only of table rules ("|---|---|", "-----", "=====") carries nothing.
    static bool isRuleLine(const QString &line);
};

} // namespace nianbao::import
