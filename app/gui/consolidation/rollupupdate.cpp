// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolidation/rollupupdate.h"

#include "model/reportdocument.h"

namespace nianbao::gui {

RollUpUpdate RollUpUpdate::between(const ReportData &open, const ReportData &fresh, const QHash<QString, QString> &generated)
{
    RollUpUpdate u;
    const ReportTemplate &t = *fresh.format;
    for (int i = 0; i < t.cellIds().size(); ++i)
        if (t.cellAt(i).additivity != Additivity::None && open.cells[i] != fresh.cells[i]) u.cells << qMakePair(i, fresh.cells[i]);
    for (auto it = fresh.prose.cbegin(); it != fresh.prose.cend(); ++it) {
        const QString now = open.text(it.key());
        if (now != it.value() && (now.isEmpty() || now == generated.value(it.key()))) u.prose.insert(it.key(), it.value());
    }
    if (open.meta.consolidatedFrom != fresh.meta.consolidatedFrom) {
        u.meta = open.meta;
        u.meta->consolidatedFrom = fresh.meta.consolidatedFrom;
    }
    return u;
}

void RollUpUpdate::apply(ReportDocument *document, const QString &actionText) const
{
    // One macro: a single Undo takes the whole reading back, however many cells and texts it touched.
    document->undoStack()->beginMacro(actionText);
    if (!cells.isEmpty()) document->setCells(cells, actionText);
    for (auto it = prose.cbegin(); it != prose.cend(); ++it) document->setProse(it.key(), it.value());
    if (meta) document->setMetadata(*meta, actionText);
    document->undoStack()->endMacro();
}

} // namespace nianbao::gui
