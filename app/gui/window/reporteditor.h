// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The report being edited: a navigation list of its parts (报告信息, the preamble, 一 … 六 with the blocks of 二)
// beside the page of the selected part. Pages are built from the report's format; they read and write the
// document only.

#include "model/finding.h"

#include <QHash>
#include <QWidget>

class QScrollArea;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace nianbao {
class ReportDocument;
}

namespace nianbao::gui {

class FrozenPanes;
class LiveChecks;
class MetadataForm;
class ProseEditor;
class ReportTableView;

class ReportEditor : public QWidget
{
    Q_OBJECT
public:
    // Part keys: "meta" (report information), "preamble", then the format's section keys ("s1" … "s6").
    static QString metadataPart() { return QStringLiteral("meta"); }

    ReportEditor(ReportDocument *document, LiveChecks *checks, QWidget *parent = nullptr);

    QTreeWidget *navigation() const { return m_navigation; }
    QString currentPart() const;
    void showPart(const QString &key, bool focus = false);
    void showTable(const QString &tableId, bool focus);
    // Moves to the next (+1) or previous (−1) part and puts the cursor in it.
    void stepPart(int delta);
    // Selects exactly the finding's cells (in every table) and scrolls them into view; a finding about a
    // sentence of the prose selects that sentence instead.
    void showFinding(const Finding &finding, bool focus);
    bool showCells(const QList<int> &cellIndexes, bool focus);
    FrozenPanes *frozenPanes(const QString &tableId);

    // Ends an open cell edit (before undo, save …).
    void finishEditing();
    // The pages of tables are built when first needed (issue 18): these accessors build the page they reach into.
    QList<ReportTableView *> tableViews();
    ReportTableView *tableView(const QString &tableId);
    ProseEditor *proseEditor(const QString &key);
    MetadataForm *metadataForm() const { return m_metadata; }
    // The table views built so far, without building more.
    QList<ReportTableView *> builtTableViews() const { return m_tables.values(); }

signals:
    void message(const QString &text);
    // A page of tables was built: these are its views.
    void tableViewsBuilt(const QList<ReportTableView *> &views);

private:
    void build();
    QWidget *page(const QString &heading, QWidget *content, bool scroll);
    QWidget *prosePage(const QString &key, const QString &heading);
    QWidget *tablesPage(const QString &key, const QString &heading, const QStringList &tableIds);
    void buildTablesPage(const QString &key);
    void buildNextTablesPage();
    void addPart(const QString &key, const QString &title, QWidget *pageWidget);
    void onNavigationChanged(QTreeWidgetItem *item);
    void focusPage(const QString &key);
    QString sectionOfTable(const QString &tableId) const;

    ReportDocument *m_document;
    LiveChecks *m_checks;
    QTreeWidget *m_navigation;
    QStackedWidget *m_pages;
    QHash<QString, QWidget *> m_pageOf;          // part key → page
    QHash<QString, QTreeWidgetItem *> m_itemOf;  // part key or table id → navigation item
    QHash<QString, ReportTableView *> m_tables;  // table id → view
    QHash<QString, ProseEditor *> m_prose;       // prose key → editor
    QHash<QString, QScrollArea *> m_scrollOf;    // part key → its scroll area (tables pages)
    QHash<QString, FrozenPanes *> m_frozen;      // table id → its frozen header rows and label columns
    // Pages of tables not built yet (section key → its tables), each with a blank stand-in among the pages: the
    // report shows on its information page first, and its table views were half the time to show it.
    QHash<QString, QStringList> m_unbuiltTables;
    QStringList m_partOrder;
    MetadataForm *m_metadata = nullptr;
};

} // namespace nianbao::gui
