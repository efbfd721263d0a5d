// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/reportdocument.h"

#include "checks/rules.h"

#include <QCoreApplication>
#include <variant>

namespace nianbao {

// ---------------------------------------------------------------------------------------------------------------
// Undo commands. One generic value command for a cell, a prose text or the metadata, which merges consecutive
// edits of the same target in the same edit session (as Tiled does), and one command for many cells at once.

namespace {

enum class TargetKind { Cell, Prose, Metadata };

struct Target {
    TargetKind kind = TargetKind::Cell;
    int cell = -1;
    QString key; // prose key, or the metadata field's name
    bool operator==(const Target &o) const { return kind == o.kind && cell == o.cell && key == o.key; }
};

// A prose text with its draft mark: editing last year's copied text clears the mark in the same undo step.
struct ProseValue {
    QString text;
    bool draft = false;
    bool operator==(const ProseValue &o) const { return text == o.text && draft == o.draft; }
};

using Value = std::variant<CellValue, ProseValue, ReportMetadata>;

constexpr int kChangeValueId = 0x6e62; // any constant: QUndoStack only merges commands with equal ids

// Applies `changes` (their before or after values) in order, later changes to the same cell winning.
void applyChanges(ReportDocument *doc, const QList<CellChange> &changes, bool after,
                  void (ReportDocument::*apply)(int, const CellValue &))
{
    if (after) {
        for (const CellChange &c : changes) (doc->*apply)(c.index, c.after);
    } else {
        for (auto it = changes.crbegin(); it != changes.crend(); ++it) (doc->*apply)(it->index, it->before);
    }
}

// Merges `later` into `changes`: a cell already present keeps its first before and takes the later after.
void mergeChanges(QList<CellChange> &changes, const QList<CellChange> &later)
{
    for (const CellChange &l : later) {
        auto it = std::find_if(changes.begin(), changes.end(), [&](const CellChange &c) { return c.index == l.index; });
        if (it != changes.end()) it->after = l.after;
        else changes << l;
    }
}

bool changesNothing(const QList<CellChange> &changes)
{
    return std::all_of(changes.cbegin(), changes.cend(), [](const CellChange &c) { return c.before == c.after; });
}

} // namespace

class ChangeValueCommand : public QUndoCommand
{
public:
    ChangeValueCommand(ReportDocument *doc, Target target, Value before, Value after, QList<CellChange> followUps,
                       int session, const QString &text)
        : QUndoCommand(text), m_doc(doc), m_target(std::move(target)), m_before(std::move(before)),
          m_after(std::move(after)), m_followUps(std::move(followUps)), m_session(session)
    {
        // A change to the same value is only kept when it can merge into the session's step (push drops it).
        setObsolete(m_before == m_after && changesNothing(m_followUps));
    }

    int id() const override { return kChangeValueId; }
    void redo() override { apply(m_after, true); }
    void undo() override { apply(m_before, false); }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = static_cast<const ChangeValueCommand *>(other);
        if (m_session == 0 || o->m_session != m_session || !(o->m_target == m_target)) return false;
        m_after = o->m_after;
        mergeChanges(m_followUps, o->m_followUps);
        // Typing back the value the session started from leaves nothing to undo (and the document clean).
        setObsolete(m_before == m_after && changesNothing(m_followUps));
        return true;
    }

private:
    void apply(const Value &v, bool forward)
    {
        switch (m_target.kind) {
        case TargetKind::Cell: m_doc->applyCell(m_target.cell, std::get<CellValue>(v)); break;
        case TargetKind::Prose: {
            const ProseValue &prose = std::get<ProseValue>(v);
            m_doc->applyProse(m_target.key, prose.text, prose.draft);
            break;
        }
        case TargetKind::Metadata: m_doc->applyMetadata(std::get<ReportMetadata>(v)); break;
        }
        applyChanges(m_doc, m_followUps, forward, &ReportDocument::applyCell);
        m_doc->finishChange();
    }

    ReportDocument *m_doc;
    Target m_target;
    Value m_before;
    Value m_after;
    QList<CellChange> m_followUps; // derived cells updated with the edit (automatic totals)
    int m_session;
};

class ChangeCellsCommand : public QUndoCommand
{
public:
    ChangeCellsCommand(ReportDocument *doc, QList<CellChange> changes, const QString &text)
        : QUndoCommand(text), m_doc(doc), m_changes(std::move(changes))
    {
    }
    void redo() override
    {
        applyChanges(m_doc, m_changes, true, &ReportDocument::applyCell);
        m_doc->finishChange();
    }
    void undo() override
    {
        applyChanges(m_doc, m_changes, false, &ReportDocument::applyCell);
        m_doc->finishChange();
    }

private:
    ReportDocument *m_doc;
    QList<CellChange> m_changes;
};

// ---------------------------------------------------------------------------------------------------------------

ReportDocument::ReportDocument(QObject *parent) : QObject(parent)
{
    connect(&m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
}

void ReportDocument::load(const ReportData &data, const QString &filePath)
{
    const bool wasModified = isModified();
    m_undo.clear();
    m_data = data;
    m_undo.setClean();
    setFilePath(filePath);
    emit reset();
    emit contentChanged();
    if (wasModified) emit modifiedChanged(false);
}

void ReportDocument::close()
{
    load(ReportData());
}

void ReportDocument::setFilePath(const QString &path)
{
    if (path == m_filePath) return;
    m_filePath = path;
    emit filePathChanged(path);
}

bool ReportDocument::isDerived(int index) const
{
    return hasReport() && index >= 0 && index < m_data.cells.size() && format().cellAt(index).derived;
}

void ReportDocument::setCell(int index, const CellValue &value, int session)
{
    if (!hasReport() || index < 0 || index >= m_data.cells.size()) return;
    const CellValue &before = m_data.cells[index];
    if (before == value && session == 0) return;
    const QString text = QCoreApplication::translate("nianbao::ReportDocument", "Edit %1").arg(format().cellLabel(format().cellIds().at(index)));
    Target target{TargetKind::Cell, index, QString()};
    m_undo.push(new ChangeValueCommand(this, target, before, value, followUps({{index, value}}), session, text));
}

void ReportDocument::setCells(const QList<QPair<int, CellValue>> &values, const QString &actionText)
{
    if (!hasReport()) return;
    QList<CellChange> changes;
    for (const auto &[index, value] : values) {
        if (index < 0 || index >= m_data.cells.size() || m_data.cells[index] == value) continue;
        changes << CellChange{index, m_data.cells[index], value};
    }
    mergeChanges(changes, followUps(values));
    if (changesNothing(changes)) return;
    m_undo.push(new ChangeCellsCommand(this, changes, actionText));
}

void ReportDocument::setProse(const QString &key, const QString &text, int session)
{
    if (!hasReport()) return;
    const ProseValue before{m_data.prose.value(key), m_data.draftSections.contains(key)};
    if (before.text == text && session == 0) return;
    const QString undoText = QCoreApplication::translate("nianbao::ReportDocument", "Edit %1")
                                 .arg(format().phrases.value(QStringLiteral("sectionNames")).toObject().value(key).toString(key));
    // Typing the same text leaves a draft a draft: only a real edit says it was rewritten.
    const ProseValue after{text, before.draft && before.text == text};
    m_undo.push(new ChangeValueCommand(this, Target{TargetKind::Prose, -1, key}, before, after, {}, session, undoText));
}

void ReportDocument::setMetadata(const ReportMetadata &meta, const QString &field, int session)
{
    if (!hasReport() || (meta == m_data.meta && session == 0)) return;
    const QString undoText = QCoreApplication::translate("nianbao::ReportDocument", "Edit %1").arg(field);
    m_undo.push(new ChangeValueCommand(this, Target{TargetKind::Metadata, -1, field}, m_data.meta, meta, {}, session, undoText));
}

// The derived cells that change when `values` are written, when automatic totals are on.
QList<CellChange> ReportDocument::followUps(const QList<QPair<int, CellValue>> &values) const
{
    if (!m_autoDerive) return {};
    QList<CellValue> cells = m_data.cells;
    for (const auto &[index, value] : values)
        if (index >= 0 && index < cells.size()) cells[index] = value;
    QList<CellChange> changes = derivedChanges(cells);
    // `before` must be the document's value, not the one in the edited copy.
    for (CellChange &c : changes) c.before = m_data.cells[c.index];
    return changes;
}

QList<CellChange> ReportDocument::derivedChanges(const QList<CellValue> &original, QList<RefusedTotal> *refused) const
{
    QList<CellChange> changes;
    if (!hasReport()) return changes;
    QList<CellValue> cells = original;
    // In application order: a total may be computed from totals derived before it.
    for (const Rule::Derivation &d : CheckEngine::derivations(format())) {
        const int target = format().cellIndex(d.cell);
        qint64 sum = 0;
        bool anyValue = false;
        auto add = [&](const QStringList &ids, int sign) {
            for (const QString &id : ids) {
                const CellValue &c = cells[format().cellIndex(id)];
                if (c.isBlank()) continue;
                anyValue = true;
                sum += sign * c.value.number;
            }
        };
        add(d.plus, 1);
        add(d.minus, -1);
        const CellDef &def = format().cellAt(target);
        if (sum < 0 && def.type != CellType::Signed) {
            // Left as it is: writing it would turn one disagreement into a second finding ("cannot be negative").
            if (refused) {
                const Quantity q = def.type == CellType::Money ? moneyInUnit(sum, def.unit) : Quantity{sum, MoneyUnit::None, 0};
                auto it = std::find_if(refused->begin(), refused->end(), [&](const RefusedTotal &r) { return r.index == target; });
                if (it != refused->end()) it->computed = q;
                else *refused << RefusedTotal{target, q};
            }
            continue;
        }
        CellValue computed;
        if (anyValue) computed = CellValue::of(def.type == CellType::Money ? moneyInUnit(sum, def.unit) : Quantity{sum, MoneyUnit::None, 0});
        else if (def.type == CellType::Money) computed.value.unit = def.unit;
        if (cells[target] == computed) continue;
        auto it = std::find_if(changes.begin(), changes.end(), [&](const CellChange &c) { return c.index == target; });
        if (it != changes.end()) it->after = computed;
        else changes << CellChange{target, cells[target], computed};
        cells[target] = computed;
    }
    // A total derived twice may have come back to where it started.
    changes.erase(std::remove_if(changes.begin(), changes.end(), [&](const CellChange &c) { return original[c.index] == c.after; }),
                  changes.end());
    return changes;
}

QList<int> ReportDocument::disagreeingTotals() const
{
    QList<int> out;
    for (const CellChange &c : derivedChanges(m_data.cells))
        if (!c.before.isBlank()) out << c.index;
    std::sort(out.begin(), out.end());
    return out;
}

void ReportDocument::fillDerived(const QString &actionText)
{
    const QList<CellChange> changes = derivedChanges(m_data.cells);
    if (!changes.isEmpty()) m_undo.push(new ChangeCellsCommand(this, changes, actionText));
}

QList<int> ReportDocument::blankCells() const
{
    QList<int> out;
    for (int i = 0; i < m_data.cells.size(); ++i)
        if (m_data.cells[i].isBlank()) out << i;
    return out;
}

void ReportDocument::fillBlanks(const QString &actionText)
{
    QList<QPair<int, CellValue>> values;
    for (int i : blankCells()) {
        const CellDef &def = format().cellAt(i);
        values << qMakePair(i, CellValue::of(Quantity{0, def.type == CellType::Money ? def.unit : MoneyUnit::None, 0}));
    }
    setCells(values, actionText);
}

void ReportDocument::setAutoDerive(bool on)
{
    if (on == m_autoDerive) return;
    m_autoDerive = on;
    emit autoDeriveChanged(on);
}

void ReportDocument::applyCell(int index, const CellValue &value)
{
    m_data.cells[index] = value;
    emit cellChanged(index);
}

void ReportDocument::applyProse(const QString &key, const QString &text, bool draft)
{
    if (text.isEmpty()) m_data.prose.remove(key);
    else m_data.prose.insert(key, text);
    if (draft && !m_data.draftSections.contains(key)) {
        m_data.draftSections << key;
        m_data.draftSections.sort();
    } else if (!draft) {
        m_data.draftSections.removeAll(key);
    }
    emit proseChanged(key);
}

void ReportDocument::applyMetadata(const ReportMetadata &meta)
{
    m_data.meta = meta;
    emit metadataChanged();
}

} // namespace nianbao
