// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/notesdock.h"

#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace nianbao::gui {

NotesDock::NotesDock(const QString &title, QWidget *parent)
    : QDockWidget(title, parent), m_summary(new QLabel), m_tree(new QTreeWidget)
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Line"), tr("Note")});
    m_tree->setRootIsDecorated(false);
    m_tree->setWordWrap(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree);
    setWidget(content);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QStringList cells = item->data(0, Qt::UserRole).toStringList();
        if (!cells.isEmpty()) emit cellsRequested(cells);
    });
}

void NotesDock::dockBesideFindings(QMainWindow *window)
{
    window->addDockWidget(Qt::BottomDockWidgetArea, this);
    if (auto *findings = window->findChild<QDockWidget *>(QStringLiteral("findingsDock")))
        window->tabifyDockWidget(findings, this);
    hide();
}

void NotesDock::setNotes(const QString &summary, const QList<Note> &notes)
{
    m_summary->setText(summary);
    m_tree->clear();
    for (const Note &n : notes) {
        auto *item = new QTreeWidgetItem({n.line > 0 ? QString::number(n.line) : QString(), n.text});
        item->setData(0, Qt::UserRole, n.cells);
        item->setToolTip(1, n.text);
        if (n.needsReview) {
            QFont f = item->font(1);
            f.setBold(true);
            item->setFont(1, f);
        }
        m_tree->addTopLevelItem(item);
    }
    show();
    raise();
}

} // namespace nianbao::gui
