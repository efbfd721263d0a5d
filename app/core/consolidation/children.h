// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The reports a consolidation (汇总) rests on: each child read (a .nianbao file, or a published text through the
// one importer), checked, and described as the supervising office reads it.

#include "model/finding.h"
#include "model/reportdata.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <vector>

namespace nianbao {

struct ChildReport {
    QString path;
    ReportData report;
    FindingCounts counts;
    int unconfirmed = 0;          // cells the importer could not read with certainty
    QStringList missingSections;  // keys of sections with nothing in them (prose empty, every cell blank)
    int lastYearRepeat = -1;      // highest share (%) of a prose section repeated from last year's; -1: no link
    QStringList firstMessages;    // the first error and warning messages
    std::vector<quint32> proseFingerprints; // for repetition across units (consolidation/repetition.h)
};

struct UnreadableChild {
    QString path;
    QString error;
};

struct ChildSet {
    QList<ChildReport> children;        // in the order given
    QList<UnreadableChild> unreadable;
};

class ChildReader
{
public:
    // Reads and checks every file; a report linked to last year's is checked against it (XY- checks, repetition).
    // Work is spread over the machine's cores: a province sends thousands of files.
    static ChildSet read(const QStringList &paths);
    static ChildReport describe(const QString &path, ReportData report);
};

// Every child in one format and one year, or a message per child that differs from the majority
// ("b.nianbao: gov-2019 2020 (others: gov-2021 2021)"); empty when they agree.
QStringList formatDifferences(const QList<ChildReport> &children);

} // namespace nianbao
