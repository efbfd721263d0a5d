// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What reading the children again changes in an open roll-up, applied through the document as one undo step:
// the additive cells (the sums), the list of children, and the roll-up's own note while nobody has edited it.
// Everything else (cells that never add up, the clerk's prose, the metadata) is the clerk's and stays.

#include "model/reportdata.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <optional>

namespace nianbao {
class ReportDocument;
}

namespace nianbao::gui {

struct RollUpUpdate {
    QList<QPair<int, CellValue>> cells;
    QHash<QString, QString> prose;
    std::optional<ReportMetadata> meta;

    // `generated`: the note as the roll-up last wrote it (a text still equal to it was not edited).
    static RollUpUpdate between(const ReportData &open, const ReportData &fresh, const QHash<QString, QString> &generated);
    bool isEmpty() const { return cells.isEmpty() && prose.isEmpty() && !meta; }
    void apply(ReportDocument *document, const QString &actionText) const;
};

} // namespace nianbao::gui
