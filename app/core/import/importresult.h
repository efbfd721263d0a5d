// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What an import produces: the report, every place of the text that needed a decision (with its line), and the
// readings of ambiguous rows, so that the command line can print them and the editor can show and resolve them.

#include "model/reportdata.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace nianbao::import {

struct ImportDecision {
    enum class Kind {
        Encoding,          // the text was not UTF-8
        SkippedText,       // crawler header, website navigation, contact lines: not part of the report
        FormatDetected,    // which national format the labels belong to
        HeadingVariant,    // a section heading written in an accepted variant
        SectionMissing,    // a section heading was not found: the section stays empty
        TableNotFound,     // a table of a section was not found: its cells stay blank
        RowNotFound,       // a row label was not found: its cells stay blank
        MissingValues,     // a row has fewer values than cells: the rest stay blank
        ExtraValues,       // a row has more values than cells: the extra ones are listed, not stored
        UnreadableValue,   // a value that is not a number of its cell's kind: the cell stays blank
        SplitUnique,       // digits written together that split only one way
        Ambiguous,         // digits that split several ways: the cells are marked unconfirmed
        ResolvedByIdentity,// several splits, of which one satisfies the table's sums
        ResolvedByLastYear,// several splits, of which one agrees with last year's report
        TextAfterTable,    // prose standing after a table, kept in the section's note
        Metadata,          // a metadata field taken from an unusual place
        LabelVariant,      // a label written with a typo, taken for the one template label it is close to
        FormatDifference,  // a table written in the shape of another format, read into the report's format
    };
    Kind kind = Kind::SkippedText;
    int line = 0;           // 1-based line of the source text; 0 when it concerns the whole text
    QStringList cells;      // cell ids concerned (for highlighting)
    QString message;        // a sentence for the clerk (translated), naming the place
    bool needsReview = false; // counts for exit status 1: values missing, extra, unreadable or unconfirmed

    static QString kindId(Kind kind); // "missing-values", … (stable, for --json and tests)
};

// The readings of one ambiguous run of digits: each reading gives a value for every cell of the group, so the
// editor can offer "88 / 0 / 1" and "8 / 80 / 1" as whole rows. Blank values are nullopt.
struct AmbiguousGroup {
    QStringList cells;
    QList<QList<std::optional<Quantity>>> readings;
    QString sourceText; // the digits as written
    int line = 0;
};

// Takes one reading of an ambiguous group as the clerk's choice: its cells become confirmed values (or blank).
void applyReading(ReportData &report, const AmbiguousGroup &group, int readingIndex);

struct ImportResult {
    enum class Status { Ok, NeedsReview, NotAReport };
    Status status = Status::NotAReport;
    std::optional<ReportData> report;
    QList<ImportDecision> decisions;
    QList<AmbiguousGroup> ambiguities;
    QString encoding;
    QString error;       // NotAReport: why (names the file)
    QString sourceName;  // the file name used in messages

    // Spec §8: 0 imported, 1 cells need confirmation or values were missing/extra, 2 not a report.
    int exitCode() const { return status == Status::Ok ? 0 : status == Status::NeedsReview ? 1 : 2; }
    int unconfirmedCellCount() const;
    // The import report as the command line prints it: a summary line, then one line per decision.
    QString reportText() const;
};

} // namespace nianbao::import
