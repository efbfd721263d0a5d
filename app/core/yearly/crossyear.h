// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The yearly cycle: how much of this year's prose repeats last year's, and a new report started from last
// year's.

#include "model/reportdata.h"

#include <QStringList>

namespace nianbao {

// Share (0–100) of this year's character n-grams that also occur in last year's text. Spaces and punctuation
// are ignored, so re-wrapping or re-punctuating a copied paragraph does not hide it. Empty text: 0.
int repeatedPercent(const QString &thisYear, const QString &lastYear, int n = 5);

// The template's prose-repeat check (XY-DUP), as the editor shows it per section: whether it looks at `key`,
// and the share of this year's text repeated from last year's with the check's n-gram length. -1: not checked.
int sectionRepeatedPercent(const ReportData &report, const ReportData &lastYear, const QString &key);

struct NewFromLastYear {
    ReportData report;
    QStringList notes; // what could not be carried over, in plain Chinese, for the clerk
};

// This year's report from last year's: the organ metadata; 上年结转 = last year's 结转下年度 in every column;
// gov-2019: 上一年项目数量 = last year's 上一年项目数量 + 本年增/减; the format for the new year (gov-2019 becomes
// gov-2021 from 2021 on); last year's prose kept as drafts that XY-DUP counts until they are rewritten.
NewFromLastYear newFromLastYear(const ReportData &lastYear);

} // namespace nianbao
