// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Edit › Fill Totals: computes every derived cell from its parts. Before it replaces an entered value, or when
// some total cannot be filled, it lists each cell with the value it will get and each one it leaves, and why.

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace nianbao {
class ReportDocument;
}

namespace nianbao::gui {

class FillTotals
{
    Q_DECLARE_TR_FUNCTIONS(FillTotals)
public:
    // Fills (after asking when needed) and returns what to show in the status bar.
    static QString run(QWidget *parent, ReportDocument *document);
};

} // namespace nianbao::gui
