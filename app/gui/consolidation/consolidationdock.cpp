// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolidation/consolidationdock.h"

#include "consolidation/consolidationreport.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace nianbao::gui {

namespace {

// The consolidation report's colours (ConsolidationReport::toHtml), so screen and browser agree.
const QColor kErrorColour(0xfd, 0xe8, 0xe8);
const QColor kWarningColour(0xff, 0xf6, 0xdc);
const QColor kAbsentColour(0xe8, 0xe8, 0xe8);
constexpr int kChildPathColumn = 1; // ConsolidationReport::childHeaders(): Organ, File, …

QTreeWidget *newTable(const QStringList &headers)
{
    auto *tree = new QTreeWidget;
    tree->setColumnCount(int(headers.size()));
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(false); // the row colours say what needs action
    tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    return tree;
}

void paintRow(QTreeWidgetItem *item, const QColor &colour)
{
    for (int column = 0; column < item->columnCount(); ++column) item->setBackground(column, colour);
}

} // namespace

ConsolidationDock::ConsolidationDock(QMainWindow *window)
    : QDockWidget(tr("Consolidation"), window), m_summary(new QLabel), m_children(newTable(ConsolidationReport::childHeaders())),
      m_parent(new QLabel), m_cells(newTable(ConsolidationReport::cellHeaders())), m_organ(new QLineEdit),
      m_create(new QPushButton(tr("&Create Roll-up"))), m_update(new QPushButton(tr("&Update Roll-up")))
{
    setObjectName(QStringLiteral("consolidationDock"));
    m_children->setObjectName(QStringLiteral("consolidationChildren"));
    m_children->setTextElideMode(Qt::ElideLeft); // a long path keeps its file name in view
    m_cells->setObjectName(QStringLiteral("consolidationCells"));
    m_organ->setObjectName(QStringLiteral("consolidationOrgan"));
    m_summary->setObjectName(QStringLiteral("consolidationSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_parent->setWordWrap(true);
    m_organ->setPlaceholderText(tr("e.g. 平潭综合实验区管委会"));
    m_create->setToolTip(tr("A new, unsaved report: each additive cell the sum of the children's"));
    m_update->setToolTip(tr("Read the children again and write their sums into the open roll-up (one undo step)"));

    m_create->setObjectName(QStringLiteral("consolidationCreate"));
    m_update->setObjectName(QStringLiteral("consolidationUpdate"));
    auto *units = new QPushButton(tr("Units &List…"));
    units->setObjectName(QStringLiteral("consolidationUnits"));
    units->setToolTip(tr("A .csv list of the units that must report (name, level, optional code)"));
    auto *reread = new QPushButton(tr("&Read Again"));
    reread->setObjectName(QStringLiteral("consolidationReread"));
    reread->setToolTip(tr("Read the children again and compare"));
    auto *organLabel = new QLabel(tr("Roll-up &organ:"));
    organLabel->setBuddy(m_organ);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(units);
    buttons->addWidget(reread);
    buttons->addSpacing(12);
    buttons->addWidget(organLabel);
    buttons->addWidget(m_organ, 1);
    buttons->addWidget(m_create);
    buttons->addWidget(m_update);

    auto *cellsPart = new QWidget;
    auto *cellsLayout = new QVBoxLayout(cellsPart);
    cellsLayout->setContentsMargins(0, 0, 0, 0);
    cellsLayout->addWidget(m_parent);
    cellsLayout->addWidget(m_cells);
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_children);
    split->addWidget(cellsPart);
    split->setStretchFactor(1, 1);
    // Parent, Σ and Δ right after the cell, where the eye looks (the class last): ConsolidationReport's
    // column order stays that of the CSV and HTML report.
    m_cells->header()->moveSection(2, 5);
    m_cells->setColumnWidth(1, 150);
    for (int column : {3, 4, 5}) m_cells->setColumnWidth(column, 90);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);
    setWidget(content);

    connect(units, &QPushButton::clicked, this, &ConsolidationDock::unitsRequested);
    connect(reread, &QPushButton::clicked, this, &ConsolidationDock::rereadRequested);
    connect(m_create, &QPushButton::clicked, this, &ConsolidationDock::createRequested);
    connect(m_update, &QPushButton::clicked, this, &ConsolidationDock::updateRequested);
    connect(m_children, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const QString path = item->data(kChildPathColumn, Qt::UserRole).toString(); !path.isEmpty()) emit childActivated(path);
    });

    window->addDockWidget(Qt::BottomDockWidgetArea, this);
    if (auto *findings = window->findChild<QDockWidget *>(QStringLiteral("findingsDock"))) window->tabifyDockWidget(findings, this);
    hide();
}

void ConsolidationDock::present()
{
    show();
    raise();
    // Two tables side by side need room: at least half the window's height (docked below the editor).
    auto *window = qobject_cast<QMainWindow *>(parentWidget());
    if (window && !isFloating() && height() < window->height() / 2) window->resizeDocks({this}, {window->height() / 2}, Qt::Vertical);
}

QString ConsolidationDock::organ() const
{
    return m_organ->text().trimmed();
}

void ConsolidationDock::askForOrgan()
{
    m_organ->setFocus(Qt::OtherFocusReason);
}

void ConsolidationDock::setButtons(bool canCreate, bool canUpdate)
{
    m_create->setEnabled(canCreate);
    m_update->setEnabled(canUpdate);
}

void ConsolidationDock::showChildren(const Consolidation &c)
{
    QStringList summary{tr("%n report(s) read", nullptr, int(c.set.children.size()))};
    if (!c.set.unreadable.isEmpty()) summary << tr("%n could not be read", nullptr, int(c.set.unreadable.size()));
    if (!c.units.missing.isEmpty()) summary << tr("%n unit(s) missing", nullptr, int(c.units.missing.size()));
    if (!c.units.duplicated.isEmpty()) summary << tr("%n unit(s) twice", nullptr, int(c.units.duplicated.size()));
    m_childSummary = summary.join(tr(", "));
    m_children->clear();
    for (const ConsolidationRow &row : ConsolidationReport::childRows(c)) {
        auto *item = new QTreeWidgetItem(row.fields);
        item->setToolTip(int(row.fields.size()) - 1, row.fields.last());
        // Unreadable children have a path too: opening one says why it cannot be read (or offers to import it).
        if (row.cls != QLatin1String("missing")) item->setData(kChildPathColumn, Qt::UserRole, row.fields.value(kChildPathColumn));
        if (row.cls == QLatin1String("error")) paintRow(item, kErrorColour);
        else if (row.cls == QLatin1String("warning")) paintRow(item, kWarningColour);
        else if (row.cls != QLatin1String("ok")) paintRow(item, kAbsentColour);
        m_children->addTopLevelItem(item);
    }
    m_children->resizeColumnToContents(0);
}

void ConsolidationDock::showComparison(const Consolidation &c, const QList<CellComparison> &cells, const QString &parent)
{
    QString text = m_childSummary;
    if (!parent.isEmpty()) {
        int differing = 0;
        for (const CellComparison &cell : cells) differing += cell.differs ? 1 : 0;
        text += tr(", ") + tr("%n cell(s) differ from the sum", nullptr, differing);
    }
    text += tr(".");
    if (c.canSum()) text += QLatin1Char(' ') + tr("Format %1, year %2.").arg(c.format->id).arg(c.year);
    else if (!c.formatDifferences.isEmpty())
        text += QLatin1Char(' ') + tr("Not all of one format and year; nothing is summed: %1").arg(c.formatDifferences.join(QStringLiteral("；")));
    m_summary->setText(text);
    m_parent->setText(parent.isEmpty() ? tr("The sum of the children (open or create a roll-up to compare it):")
                                       : tr("%1 against the sum of the children:").arg(parent));
    showCells(c, cells, !parent.isEmpty());
}

void ConsolidationDock::showCells(const Consolidation &c, const QList<CellComparison> &cells, bool hasParent)
{
    m_cells->clear();
    if (!c.canSum()) return;
    for (const CellComparison &cell : cells) {
        QStringList fields = ConsolidationReport::cellFields(*c.format, cell);
        if (!hasParent) fields[3] = fields[5] = QString(); // Parent, Difference: there is no parent
        auto *item = new QTreeWidgetItem(fields);
        item->setToolTip(1, fields[1]);
        if (hasParent && cell.differs) {
            paintRow(item, differenceIsError(cell) ? kErrorColour : kWarningColour);
            QFont bold = item->font(5);
            bold.setBold(true);
            item->setFont(5, bold);
        }
        m_cells->addTopLevelItem(item);
    }
    m_cells->resizeColumnToContents(0);
}

} // namespace nianbao::gui
