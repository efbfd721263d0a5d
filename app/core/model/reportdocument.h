// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The report being edited: the single source of truth the editor's views read and write. Every change is an
// undo command on the document's QUndoStack; "modified" is the stack's clean state. Views listen to the precise
// change signals and never keep their own copy of the data.

#include "model/reportdata.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

namespace nianbao {

// One cell's change, as a multi-cell edit (paste, fill, derived totals) records it.
struct CellChange {
    int index = -1;
    CellValue before;
    CellValue after;
};

// A derived cell that Fill Totals leaves as it is: its computed value would be negative, which a count or an
// amount cannot be (the figures it is computed from disagree; the checks say where).
struct RefusedTotal {
    int index = -1;
    Quantity computed;
};

class ReportDocument : public QObject
{
    Q_OBJECT
public:
    explicit ReportDocument(QObject *parent = nullptr);

    bool hasReport() const { return bool(m_data.format); }
    const ReportData &data() const { return m_data; }
    const ReportTemplate &format() const { return *m_data.format; }
    QUndoStack *undoStack() { return &m_undo; }

    // Replaces the whole report (new, open): clears the undo history; the document is unmodified afterwards.
    void load(const ReportData &data, const QString &filePath = QString());
    void close();
    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path);
    bool isModified() const { return !m_undo.isClean(); }
    void markSaved() { m_undo.setClean(); }

    // An id for one continuous edit (typing in one cell, one prose text or one metadata field): consecutive
    // edits of the same target within the same session merge into one undo step. Session 0 never merges.
    int newEditSession() { return ++m_lastSession; }

    // Edits. Each pushes one undo command (or merges into the previous one); nothing happens when the value is
    // already what is asked. The cell value must be valid for its cell (the views validate what is typed).
    void setCell(int index, const CellValue &value, int session = 0);
    void setCells(const QList<QPair<int, CellValue>> &values, const QString &actionText);
    // Any change of the text also clears the section's draft mark (last year's text, to be rewritten).
    void setProse(const QString &key, const QString &text, int session = 0);
    bool isDraft(const QString &key) const { return m_data.draftSections.contains(key); }
    // `field` names the metadata field that changed (for merging and the undo text).
    void setMetadata(const ReportMetadata &meta, const QString &field, int session = 0);

    // Derived cells (the totals the template's identities solve for): cell = Σ plus − Σ minus, from the cells
    // as they are; blank when every term is blank. Returns what would change to make every derived cell agree.
    // A value that would be negative in a cell that cannot be is not written; `refused` lists those cells.
    QList<CellChange> derivedChanges(const QList<CellValue> &cells, QList<RefusedTotal> *refused = nullptr) const;
    // Derived cells holding an entered value that differs from the computed one (an imported or typed total).
    QList<int> disagreeingTotals() const;
    void fillDerived(const QString &actionText);
    QList<int> blankCells() const;
    void fillBlanks(const QString &actionText);

    // When on, every cell edit also updates the derived cells in the same undo step. Turning it on does not
    // touch the report: call fillDerived first (after asking) when totals disagree.
    bool autoDerive() const { return m_autoDerive; }
    void setAutoDerive(bool on);
    bool isDerived(int index) const;

signals:
    void cellChanged(int index);
    void proseChanged(const QString &key);
    void metadataChanged();
    void reset();                 // a different report (or none) was loaded
    void contentChanged();        // once after every applied change, when all the precise signals were sent
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);
    void autoDeriveChanged(bool on);

private:
    friend class ChangeValueCommand;
    friend class ChangeCellsCommand;
    // Called by the undo commands only.
    void applyCell(int index, const CellValue &value);
    void applyProse(const QString &key, const QString &text, bool draft);
    void applyMetadata(const ReportMetadata &meta);
    void finishChange() { emit contentChanged(); }
    QList<CellChange> followUps(const QList<QPair<int, CellValue>> &values) const;

    ReportData m_data;
    QUndoStack m_undo;
    QString m_filePath;
    int m_lastSession = 0;
    bool m_autoDerive = false;
};

} // namespace nianbao
