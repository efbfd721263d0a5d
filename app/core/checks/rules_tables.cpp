// SPDX-License-Identifier: GPL-3.0-or-later
// Rule kinds about table cells: sum identities, comparisons, cell types, blank and unconfirmed cells, and the
// organ-dependent rule on 规章.

#include "checks/rulesupport.h"
#include "model/reportdata.h"

namespace nianbao::rules {

namespace {

qint64 sum(const ReportData &r, const QList<int> &cells)
{
    qint64 s = 0;
    for (int i : cells) s += r.numberAt(i);
    return s;
}

// A sum built on a value the import could not confirm says nothing: the unconfirmed cell has its own finding,
// and an error on a placeholder reading would send the clerk after a mistake that is not in the report.
bool anyUnconfirmed(const ReportData &r, const QList<int> &cells)
{
    for (int i : cells)
        if (r.cells[i].state == CellValue::State::Unconfirmed) return true;
    return false;
}

QStringList ids(const ReportTemplate &t, const QList<int> &indexes)
{
    QStringList out;
    out.reserve(indexes.size());
    for (int i : indexes) out << t.cellIds().at(i);
    return out;
}

// Σ expected = Σ found, for each forEach binding. delta = found − expected.
class IdentityRule : public Rule
{
public:
    struct Instance {
        QList<int> expected;
        QList<int> found;
        int derive = -1;
        QString message; // with the binding's labels already filled in
        QString blankMessage; // when every found cell is blank ("…，未填写" rather than "填写为 0"); may be empty
    };
    IdentityRule(const Params &p)
        : m_t(p.format()), m_id(p.def().id), m_severity(severityOf(p.def()))
    {
        const QStringList expected = p.strings(QStringLiteral("expected"));
        const QStringList found = p.strings(QStringLiteral("found"));
        const QString derive = p.string(QStringLiteral("derive"), false);
        const QString message = p.string(QStringLiteral("message"));
        const QString blankMessage = p.string(QStringLiteral("blankMessage"), false);
        if (expected.isEmpty() || found.isEmpty()) p.fail(QStringLiteral("\"expected\" and \"found\" need at least one cell"));
        for (const Binding &b : expandForEach(p)) {
            Instance in;
            for (const QString &id : expected) in.expected << p.cellIndex(b.apply(id));
            for (const QString &id : found) in.found << p.cellIndex(b.apply(id));
            if (!derive.isEmpty()) {
                in.derive = p.cellIndex(b.apply(derive));
                if (!in.found.contains(in.derive) && !in.expected.contains(in.derive))
                    p.fail(QStringLiteral("derives %1, which is not one of its cells").arg(b.apply(derive)));
            }
            in.message = b.apply(message);
            if (!blankMessage.isEmpty()) in.blankMessage = b.apply(blankMessage);
            m_instances << in;
        }
    }

    void run(const ReportData &r, QList<Finding> &out) const override
    {
        for (const Instance &in : m_instances) {
            if (anyUnconfirmed(r, in.expected) || anyUnconfirmed(r, in.found)) continue;
            const qint64 expected = sum(r, in.expected);
            const qint64 found = sum(r, in.found);
            if (expected == found) continue;
            Finding f;
            f.rule = m_id;
            f.severity = m_severity;
            f.cells = ids(m_t, in.expected) + ids(m_t, in.found);
            f.expected = expected;
            f.found = found;
            f.delta = found - expected;
            const int unitCell = in.found.first();
            f.money = m_t.cellAt(unitCell).type == CellType::Money;
            f.unit = m_t.cellAt(unitCell).unit;
            const bool foundBlank = std::all_of(in.found.begin(), in.found.end(), [&](int i) { return r.cells[i].isBlank(); });
            f.message = fillMessage(foundBlank && !in.blankMessage.isEmpty() ? in.blankMessage : in.message,
                                    {{QStringLiteral("expected"), showNumber(m_t, expected, unitCell)},
                                                 {QStringLiteral("found"), showNumber(m_t, found, unitCell)},
                                                 {QStringLiteral("difference"), differencePhrase(m_t, found - expected, unitCell)}});
            out << f;
        }
    }

    QList<Derivation> derivations() const override
    {
        QList<Derivation> out;
        for (const Instance &in : m_instances) {
            if (in.derive < 0) continue;
            // derive sits on one side: it equals the other side minus its own side's other terms
            const bool onFound = in.found.contains(in.derive);
            const QList<int> &same = onFound ? in.found : in.expected;
            const QList<int> &other = onFound ? in.expected : in.found;
            Derivation d;
            d.cell = m_t.cellIds().at(in.derive);
            d.plus = ids(m_t, other);
            for (int i : same)
                if (i != in.derive) d.minus << m_t.cellIds().at(i);
            out << d;
        }
        return out;
    }

private:
    const ReportTemplate &m_t;
    QString m_id;
    Severity m_severity;
    QList<Instance> m_instances;
};

// found <op> expected, e.g. 对外公开总数量 ≥ 本年新公开数量. Blank cells are skipped: they have their own warning.
class CompareRule : public Rule
{
public:
    CompareRule(const Params &p) : m_t(p.format()), m_id(p.def().id), m_severity(severityOf(p.def()))
    {
        m_op = p.string(QStringLiteral("op"));
        if (!QStringList{QStringLiteral(">="), QStringLiteral("<="), QStringLiteral(">"), QStringLiteral("<"), QStringLiteral("==")}.contains(m_op))
            p.fail(QStringLiteral("unknown op \"%1\"").arg(m_op));
        const QString found = p.string(QStringLiteral("found"));
        const QString expected = p.string(QStringLiteral("expected"));
        const QString message = p.string(QStringLiteral("message"));
        for (const Binding &b : expandForEach(p))
            m_instances << Instance{p.cellIndex(b.apply(found)), p.cellIndex(b.apply(expected)), b.apply(message)};
    }

    void run(const ReportData &r, QList<Finding> &out) const override
    {
        for (const Instance &in : m_instances) {
            if (r.cells[in.found].isBlank() || r.cells[in.expected].isBlank()) continue;
            if (anyUnconfirmed(r, {in.found, in.expected})) continue;
            const qint64 found = r.numberAt(in.found), expected = r.numberAt(in.expected);
            const bool holds = m_op == QLatin1String(">=") ? found >= expected
                             : m_op == QLatin1String("<=") ? found <= expected
                             : m_op == QLatin1String(">")  ? found > expected
                             : m_op == QLatin1String("<")  ? found < expected
                                                           : found == expected;
            if (holds) continue;
            Finding f;
            f.rule = m_id;
            f.severity = m_severity;
            f.cells = QStringList{m_t.cellIds().at(in.found), m_t.cellIds().at(in.expected)};
            f.expected = expected;
            f.found = found;
            f.delta = found - expected;
            f.message = fillMessage(in.message, {{QStringLiteral("expected"), showNumber(m_t, expected, in.expected)},
                                                 {QStringLiteral("found"), showNumber(m_t, found, in.found)},
                                                 {QStringLiteral("difference"), differencePhrase(m_t, found - expected, in.found)}});
            out << f;
        }
    }

private:
    struct Instance {
        int found;
        int expected;
        QString message;
    };
    const ReportTemplate &m_t;
    QString m_id;
    Severity m_severity;
    QString m_op;
    QList<Instance> m_instances;
};

// Shared by the rules that look at each cell on its own.
class PerCellRule : public Rule
{
public:
    PerCellRule(const Params &p) : m_t(p.format()), m_id(p.def().id), m_severity(severityOf(p.def())) {}

protected:
    Finding finding(int index, const QString &message) const
    {
        Finding f;
        f.rule = m_id;
        f.severity = m_severity;
        f.cells = QStringList{m_t.cellIds().at(index)};
        f.message = QString(message).replace(QStringLiteral("{cell}"), m_t.cellLabel(m_t.cellIds().at(index)));
        return f;
    }
    const ReportTemplate &m_t;
    QString m_id;
    Severity m_severity;
};

class CellTypeRule : public PerCellRule
{
public:
    CellTypeRule(const Params &p) : PerCellRule(p)
    {
        const QJsonObject messages = p.object(QStringLiteral("messages"));
        m_negative = messages.value(QStringLiteral("negative")).toString();
        m_tooLarge = messages.value(QStringLiteral("tooLarge")).toString();
        if (m_negative.isEmpty() || m_tooLarge.isEmpty()) p.fail(QStringLiteral("messages need \"negative\" and \"tooLarge\""));
    }
    void run(const ReportData &r, QList<Finding> &out) const override
    {
        for (int i = 0; i < r.cells.size(); ++i) {
            const CellValue &c = r.cells[i];
            if (c.isBlank()) continue;
            const CellType type = m_t.cellAt(i).type;
            const qint64 n = c.value.number;
            const qint64 limit = type == CellType::Money ? kMaxFen : kMaxCount;
            QString message;
            if (n < 0 && type != CellType::Signed) message = m_negative;
            else if (n > limit || n < -limit) message = m_tooLarge;
            else continue;
            Finding f = finding(i, message);
            f.found = n;
            f.money = type == CellType::Money;
            f.unit = m_t.cellAt(i).unit;
            f.message.replace(QStringLiteral("{found}"), formatQuantity(c.value, type));
            out << f;
        }
    }

private:
    QString m_negative, m_tooLarge;
};

class BlankRule : public PerCellRule
{
public:
    BlankRule(const Params &p) : PerCellRule(p), m_message(p.string(QStringLiteral("message"))) {}
    void run(const ReportData &r, QList<Finding> &out) const override
    {
        for (int i = 0; i < r.cells.size(); ++i)
            if (r.cells[i].isBlank()) {
                Finding f = finding(i, m_message);
                f.blankCell = true;
                out << f;
            }
    }

private:
    QString m_message;
};

class UnconfirmedRule : public PerCellRule
{
public:
    UnconfirmedRule(const Params &p) : PerCellRule(p), m_message(p.string(QStringLiteral("message"))) {}
    void run(const ReportData &r, QList<Finding> &out) const override
    {
        for (int i = 0; i < r.cells.size(); ++i) {
            const CellValue &c = r.cells[i];
            if (c.state != CellValue::State::Unconfirmed) continue;
            QStringList candidates;
            for (const Quantity &q : c.candidates) candidates << formatQuantity(q, m_t.cellAt(i).type);
            Finding f = finding(i, m_message);
            f.message.replace(QStringLiteral("{candidates}"), candidates.join(QStringLiteral(" / ")));
            f.message.replace(QStringLiteral("{line}"), QString::number(c.sourceLine));
            out << f;
        }
    }

private:
    QString m_message;
};

// Non-zero cells that the organ cannot have (规章 by an organ that cannot make them). Unknown level or tier:
// no finding, the clerk has not said what the organ is.
class OrganRule : public Rule
{
public:
    OrganRule(const Params &p) : m_t(p.format()), m_id(p.def().id), m_severity(severityOf(p.def()))
    {
        m_cells = p.cellIndexes(p.strings(QStringLiteral("cells")));
        m_message = p.string(QStringLiteral("message"));
        for (const QJsonValue &v : p.array(QStringLiteral("allowed"))) {
            bool okLevel = false, okTier = false;
            const OrganLevel level = organLevelFromId(v.toObject().value(QStringLiteral("level")).toString(), &okLevel);
            const OrganTier tier = organTierFromId(v.toObject().value(QStringLiteral("tier")).toString(), &okTier);
            if (!okLevel || !okTier || level == OrganLevel::Unknown || tier == OrganTier::Unknown)
                p.fail(QStringLiteral("\"allowed\" holds {\"level\", \"tier\"} with known ids"));
            m_allowed << qMakePair(level, tier);
        }
    }
    void run(const ReportData &r, QList<Finding> &out) const override
    {
        if (r.meta.level == OrganLevel::Unknown || r.meta.tier == OrganTier::Unknown) return;
        if (m_allowed.contains(qMakePair(r.meta.level, r.meta.tier))) return;
        QStringList nonZero;
        for (int i : m_cells)
            if (r.numberAt(i) != 0) nonZero << m_t.cellIds().at(i);
        if (nonZero.isEmpty()) return;
        Finding f;
        f.rule = m_id;
        f.severity = m_severity;
        f.cells = nonZero;
        f.message = m_message;
        out << f;
    }

private:
    const ReportTemplate &m_t;
    QString m_id;
    Severity m_severity;
    QList<int> m_cells;
    QString m_message;
    QList<QPair<OrganLevel, OrganTier>> m_allowed;
};

} // namespace

RulePtr makeIdentityRule(const Params &p) { return std::make_shared<IdentityRule>(p); }
RulePtr makeCompareRule(const Params &p) { return std::make_shared<CompareRule>(p); }
RulePtr makeCellTypeRule(const Params &p) { return std::make_shared<CellTypeRule>(p); }
RulePtr makeBlankRule(const Params &p) { return std::make_shared<BlankRule>(p); }
RulePtr makeUnconfirmedRule(const Params &p) { return std::make_shared<UnconfirmedRule>(p); }
RulePtr makeOrganRule(const Params &p) { return std::make_shared<OrganRule>(p); }

} // namespace nianbao::rules
