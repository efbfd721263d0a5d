// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The part of the text before section 一: website navigation, 文号, the title (organ and year), 主送机关, a
// signature and date printed under the title, and the preamble.

#include "import/importresult.h"
#include "import/sourcetext.h"

#include <QDate>

namespace nianbao::import {

struct TitleInfo {
    Span span;
    QString text;      // as written (trimmed)
    QString organ;     // the organ the report is about
    QString sender;    // the organ sending a wrapping 报告 ("… 关于上报 … 的报告"), if any
    int year = 0;
    bool found() const { return span.valid(); }
};

struct HeadInfo {
    TitleInfo title;
    QString documentNumber;
    QString addressee;
    QString signature;   // printed under the title (some reports do)
    QDate date;
    QString preamble;
    QList<ImportDecision> decisions;
};

class HeadReader
{
public:
    // The first line (or, in text flattened onto one line, the first stretch) that reads like the template's
    // title pattern "{organ}{year}年…年度报告", possibly wrapped ("…关于上报…2019年度…工作的报告").
    static TitleInfo findTitle(const SourceText &source, int from, int to, const QString &titlePattern);
    static HeadInfo read(const SourceText &source, int from, int to, const QString &titlePattern);
    // The title in a web archive header's field values ("标题: …"), for a page that prints it nowhere else.
    static TitleInfo titleInFields(const QStringList &values, const QString &titlePattern);
    // Whether the text holds nothing but the title and lines that are no sentences (links, dates, an
    // attachment's name): the page of a report published as an attachment.
    static bool holdsOnlyTitle(const SourceText &source, const TitleInfo &title);
    // A second title standing on a line of its own after `from`: the start of another report.
    static TitleInfo nextTitleLine(const SourceText &source, int from, const QString &titlePattern);
    static bool isDocumentNumber(const QString &text);
    // A short line without sentence punctuation: a name (signature, organ, website link text).
    static bool isShortName(const QString &text);
    static bool isSentence(const QString &text);
};

} // namespace nianbao::import
