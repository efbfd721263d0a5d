// SPDX-License-Identifier: GPL-3.0-or-later
#include "tables/readingpicker.h"

#include "model/reportdocument.h"
#include "tables/reporttablemodel.h"
#include "tables/reporttableview.h"

#include <QMenu>

namespace nianbao::gui {

ReadingPicker::ReadingPicker(ReportDocument *document, QObject *parent) : QObject(parent), m_document(document)
{
    connect(document, &ReportDocument::reset, this, [this] { m_groups.clear(); });
}

QList<ReadingPicker::Reading> ReadingPicker::readings(int cell) const
{
    const ReportTemplate &format = m_document->format();
    const CellValue &value = m_document->data().cells.at(cell);
    if (value.state != CellValue::State::Unconfirmed) return {};
    const QString id = format.cellIds().at(cell);
    auto shown = [&format](int index, const std::optional<Quantity> &q) {
        return q ? formatQuantity(*q, format.cellAt(index).type) : QStringLiteral("—");
    };
    QList<Reading> out;
    for (const import::AmbiguousGroup &g : m_groups) {
        if (!g.cells.contains(id)) continue;
        for (const auto &reading : g.readings) {
            Reading r;
            QStringList texts;
            for (int k = 0; k < g.cells.size() && k < reading.size(); ++k) {
                const int index = format.cellIndex(g.cells[k]);
                if (index < 0) continue;
                texts << shown(index, reading[k]);
                r.values << qMakePair(index, reading[k] ? CellValue::of(*reading[k]) : CellValue::blank());
            }
            r.text = texts.join(QStringLiteral(" / "));
            out << r;
        }
        return out;
    }
    for (const Quantity &q : value.candidates)
        out << Reading{shown(cell, q), {qMakePair(cell, CellValue::of(q))}};
    return out;
}

bool ReadingPicker::popUp(ReportTableView *view, QPoint globalPos)
{
    const QModelIndex current = view->currentIndex();
    const int cell = view->reportModel()->cellIndexAt(current);
    const QList<Reading> choices = cell >= 0 ? readings(cell) : QList<Reading>();
    if (choices.isEmpty()) {
        emit message(tr("This cell has no readings to choose from."));
        return false;
    }
    if (m_menu) m_menu->close();
    m_menu = new QMenu(view);
    m_menu->setAttribute(Qt::WA_DeleteOnClose);
    const int line = m_document->data().cells.at(cell).sourceLine;
    QAction *title = m_menu->addSection(line > 0 ? tr("Readings of line %1").arg(line) : tr("Readings"));
    Q_UNUSED(title);
    for (int i = 0; i < choices.size(); ++i) {
        const Reading r = choices[i];
        QAction *a = m_menu->addAction(QStringLiteral("&%1  %2").arg(i + 1).arg(r.text));
        connect(a, &QAction::triggered, this, [this, r] {
            m_document->setCells(r.values, tr("Choose Reading"));
            emit message(tr("Reading %1 chosen.").arg(r.text));
        });
        if (i == 0) m_menu->setActiveAction(a);
    }
    if (globalPos.isNull()) globalPos = view->viewport()->mapToGlobal(view->visualRect(current).bottomLeft());
    m_menu->popup(globalPos);
    return true;
}

} // namespace nianbao::gui
