// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importresult.h"

#include <QCoreApplication>

namespace nianbao::import {

namespace {
// Messages shown to the user, in the "nianbao::import" translation context.
class ImportText
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::import)
};
} // namespace

QString ImportDecision::kindId(Kind kind)
{
    switch (kind) {
    case Kind::Encoding: return QStringLiteral("encoding");
    case Kind::SkippedText: return QStringLiteral("skipped-text");
    case Kind::FormatDetected: return QStringLiteral("format");
    case Kind::HeadingVariant: return QStringLiteral("heading-variant");
    case Kind::SectionMissing: return QStringLiteral("section-missing");
    case Kind::TableNotFound: return QStringLiteral("table-not-found");
    case Kind::RowNotFound: return QStringLiteral("row-not-found");
    case Kind::MissingValues: return QStringLiteral("missing-values");
    case Kind::ExtraValues: return QStringLiteral("extra-values");
    case Kind::UnreadableValue: return QStringLiteral("unreadable-value");
    case Kind::SplitUnique: return QStringLiteral("split-unique");
    case Kind::Ambiguous: return QStringLiteral("ambiguous");
    case Kind::ResolvedByIdentity: return QStringLiteral("resolved-by-identity");
    case Kind::ResolvedByLastYear: return QStringLiteral("resolved-by-last-year");
    case Kind::TextAfterTable: return QStringLiteral("text-after-table");
    case Kind::LabelVariant: return QStringLiteral("label-variant");
    case Kind::FormatDifference: return QStringLiteral("format-difference");
    case Kind::Metadata: return QStringLiteral("metadata");
    }
    return QString();
}

void applyReading(ReportData &report, const AmbiguousGroup &group, int readingIndex)
{
    if (readingIndex < 0 || readingIndex >= group.readings.size()) return;
    const QList<std::optional<Quantity>> &reading = group.readings[readingIndex];
    for (int i = 0; i < group.cells.size() && i < reading.size(); ++i) {
        CellValue value;
        if (reading[i]) value = CellValue::of(*reading[i]);
        else if (const CellDef *def = report.format->cell(group.cells[i]); def && def->type == CellType::Money)
            value.value.unit = def->unit;
        report.setCell(group.cells[i], value);
    }
}

int ImportResult::unconfirmedCellCount() const
{
    int n = 0;
    if (report)
        for (const CellValue &c : report->cells) n += c.state == CellValue::State::Unconfirmed ? 1 : 0;
    return n;
}

QString ImportResult::reportText() const
{
    QString out;
    if (status == Status::NotAReport) return error + QLatin1Char('\n');
    const ReportData &r = *report;
    out += ImportText::tr("%1: %2 (%3), %4, %5, read as %6\n")
               .arg(sourceName, r.format->id, r.format->notice,
                    r.meta.organ.isEmpty() ? ImportText::tr("organ not found") : r.meta.organ,
                    r.meta.year > 0 ? QString::number(r.meta.year) : ImportText::tr("year not found"), encoding);
    int review = 0;
    for (const ImportDecision &d : decisions) {
        out += QStringLiteral("  %1 %2\n").arg(d.needsReview ? QStringLiteral("!") : QStringLiteral("-"), d.message);
        review += d.needsReview ? 1 : 0;
    }
    const int unconfirmed = unconfirmedCellCount();
    if (review == 0) out += ImportText::tr("Every value was read with certainty.\n");
    else
        out += ImportText::tr("%n place(s) need checking (marked !)", nullptr, review)
             + (unconfirmed > 0 ? ImportText::tr("; %n cell(s) are marked unconfirmed until you confirm them", nullptr, unconfirmed) : QString())
             + ImportText::tr(".\n", "full stop after the sentence above");
    return out;
}

} // namespace nianbao::import
