// SPDX-License-Identifier: GPL-3.0-or-later
#include "tables/filltotals.h"

#include "model/reportdocument.h"
#include "window/dialogs.h"

#include <QStringList>

namespace nianbao::gui {

namespace {
constexpr int kListed = 15; // lines of each list in the question; the rest are counted

QStringList capped(QStringList lines)
{
    if (lines.size() > kListed) {
        const int more = int(lines.size()) - kListed;
        lines = lines.mid(0, kListed);
        lines << FillTotals::tr("… and %n more", nullptr, more);
    }
    return lines;
}
} // namespace

QString FillTotals::run(QWidget *parent, ReportDocument *document)
{
    const ReportTemplate &format = document->format();
    QList<RefusedTotal> refused;
    const QList<CellChange> changes = document->derivedChanges(document->data().cells, &refused);
    if (changes.isEmpty() && refused.isEmpty()) return tr("Every total already agrees with its parts.");

    auto label = [&](int index) { return format.cellLabel(format.cellIds().at(index)); };
    auto text = [&](int index, const CellValue &v) {
        return v.isBlank() ? tr("blank") : formatQuantity(v.value, format.cellAt(index).type);
    };
    QStringList written;
    bool replaces = false;
    for (const CellChange &c : changes) {
        if (c.before.isBlank()) {
            written << tr("%1: %2").arg(label(c.index), text(c.index, c.after));
        } else {
            replaces = true;
            written << tr("%1: %2 (replaces %3)").arg(label(c.index), text(c.index, c.after), text(c.index, c.before));
        }
    }
    QStringList left;
    for (const RefusedTotal &r : refused)
        left << tr("%1: would be %2, and it cannot be negative: the figures it is computed from disagree")
                    .arg(label(r.index), formatQuantity(r.computed, format.cellAt(r.index).type));

    if (changes.isEmpty()) {
        Dialogs::instance().warn(parent, tr("Fill totals"),
                                 tr("No total can be filled:\n\n%1").arg(capped(left).join(QLatin1Char('\n'))));
        return tr("No total filled: %n total(s) would be negative", nullptr, int(refused.size()));
    }
    // Filling blank totals only, with nothing left out, changes nothing the clerk typed: no question.
    if (replaces || !left.isEmpty()) {
        QString question = tr("Fill Totals will write %n value(s):", nullptr, int(changes.size())) + QStringLiteral("\n\n")
            + capped(written).join(QLatin1Char('\n'));
        if (!left.isEmpty())
            question += QStringLiteral("\n\n") + tr("It cannot fill %n total(s):", nullptr, int(left.size()))
                + QStringLiteral("\n\n") + capped(left).join(QLatin1Char('\n'));
        question += QStringLiteral("\n\n") + tr("Fill the totals?");
        if (!Dialogs::instance().confirm(parent, tr("Fill totals"), question)) return QString();
    }
    document->fillDerived(tr("Fill Totals"));
    if (!left.isEmpty())
        return tr("%n total(s) filled;", nullptr, int(changes.size())) + QLatin1Char(' ')
            + tr("%n left as they are (they would be negative).", nullptr, int(left.size()));
    return tr("%n total(s) filled from the entered values.", nullptr, int(changes.size()));
}

} // namespace nianbao::gui
