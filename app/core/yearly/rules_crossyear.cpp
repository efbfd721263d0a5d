// SPDX-License-Identifier: GPL-3.0-or-later
// Rule kinds that compare with last year's report: an identity across the two years (XY-CARRY, XY-PRIOR) and
// prose repeated from last year (XY-DUP).

#include "checks/rulesupport.h"
#include "model/reportdata.h"
#include "yearly/crossyear.h"

namespace nianbao::rules {

namespace {

// Σ found (this year) = Σ expectedLastYear (last year's cells of the same ids). Skipped when last year's
// format lacks a cell (gov-2019 → gov-2021).
class CrossYearIdentityRule : public Rule
{
public:
    CrossYearIdentityRule(const Params &p) : m_t(p.format()), m_id(p.def().id), m_severity(severityOf(p.def()))
    {
        const QStringList found = p.strings(QStringLiteral("found"));
        const QStringList expected = p.strings(QStringLiteral("expectedLastYear"));
        const QString message = p.string(QStringLiteral("message"));
        if (found.size() != 1 || expected.isEmpty())
            p.fail(QStringLiteral("needs one \"found\" cell and at least one \"expectedLastYear\" cell"));
        for (const Binding &b : expandForEach(p)) {
            Instance in;
            in.found = p.cellIndex(b.apply(found.first()));
            // Last year's cells carry the same ids; this format must know them too (they are checked here).
            for (const QString &id : expected) in.lastYearIds << m_t.cellIds().at(p.cellIndex(b.apply(id)));
            in.message = b.apply(message);
            m_instances << in;
        }
    }

    void run(const ReportData &, QList<Finding> &) const override {}

    void runCrossYear(const ReportData &r, const ReportData &last, QList<Finding> &out) const override
    {
        for (const Instance &in : m_instances) {
            qint64 expected = 0;
            // Nothing to compare with, or this year's figure not read with certainty (it has its own finding).
            if (!lastYearSum(last, in, &expected) || r.cells[in.found].state == CellValue::State::Unconfirmed) continue;
            const qint64 found = r.numberAt(in.found);
            if (found == expected) continue;
            Finding f;
            f.rule = m_id;
            f.severity = m_severity;
            f.cells = QStringList{m_t.cellIds().at(in.found)};
            f.expected = expected;
            f.found = found;
            f.delta = found - expected;
            f.message = fillMessage(in.message, {{QStringLiteral("expected"), QString::number(expected)},
                                                 {QStringLiteral("found"), QString::number(found)},
                                                 {QStringLiteral("difference"), differencePhrase(m_t, found - expected, in.found)}});
            out << f;
        }
    }

    QList<Derivation> crossYearDerivations() const
    {
        QList<Derivation> out;
        for (const Instance &in : m_instances) out << Derivation{m_t.cellIds().at(in.found), in.lastYearIds, {}};
        return out;
    }

private:
    struct Instance {
        int found = -1;
        QStringList lastYearIds;
        QString message;
    };
    static bool lastYearSum(const ReportData &last, const Instance &in, qint64 *sum)
    {
        *sum = 0;
        for (const QString &id : in.lastYearIds) {
            const int i = last.format->cellIndex(id);
            // Not there in last year's format, or not read with certainty: nothing to compare with.
            if (i < 0 || last.cells[i].state == CellValue::State::Unconfirmed) return false;
            *sum += last.numberAt(i);
        }
        return true;
    }
    const ReportTemplate &m_t;
    QString m_id;
    Severity m_severity;
    QList<Instance> m_instances;
};

// Prose repeated from last year. Sections still marked as drafts (copied by "new from last year") count as
// entirely repeated even without last year's report at hand.
class ProseRepeatRule : public Rule
{
public:
    ProseRepeatRule(const Params &p) : m_t(p.format()), m_id(p.def().id), m_severity(severityOf(p.def()))
    {
        m_sections = p.strings(QStringLiteral("sections"));
        for (const QString &key : std::as_const(m_sections)) p.requireSection(key);
        m_n = p.def().params.value(QStringLiteral("ngram")).toInt(5);
        m_threshold = p.def().params.value(QStringLiteral("thresholdPercent")).toInt(50);
        m_message = p.string(QStringLiteral("message"));
        m_draftMessage = p.string(QStringLiteral("draftMessage"));
        if (m_n < 2 || m_threshold < 1 || m_threshold > 100) p.fail(QStringLiteral("\"ngram\" ≥ 2 and \"thresholdPercent\" 1–100"));
        m_names = m_t.phrases.value(QStringLiteral("sectionNames")).toObject();
    }

    void run(const ReportData &r, QList<Finding> &out) const override
    {
        for (const QString &key : m_sections)
            if (r.draftSections.contains(key) && !r.text(key).trimmed().isEmpty()) out << finding(key, 100, m_draftMessage);
    }

    void runCrossYear(const ReportData &r, const ReportData &last, QList<Finding> &out) const override
    {
        for (const QString &key : m_sections) {
            if (r.draftSections.contains(key)) continue; // reported by run()
            const int percent = repeatedPercent(r.text(key), last.text(key), m_n);
            if (percent > m_threshold) out << finding(key, percent, m_message);
        }
    }

private:
    Finding finding(const QString &key, int percent, const QString &message) const
    {
        Finding f;
        f.rule = m_id;
        f.severity = m_severity;
        f.section = key;
        f.found = percent;
        f.message = fillMessage(message, {{QStringLiteral("section"), m_names.value(key).toString(key)},
                                          {QStringLiteral("percent"), QString::number(percent)}});
        return f;
    }
    const ReportTemplate &m_t;
    QString m_id;
    Severity m_severity;
    QStringList m_sections;
    int m_n = 5;
    int m_threshold = 50;
    QString m_message, m_draftMessage;
    QJsonObject m_names;
};

} // namespace

RulePtr makeCrossYearIdentityRule(const Params &p) { return std::make_shared<CrossYearIdentityRule>(p); }
RulePtr makeProseRepeatRule(const Params &p) { return std::make_shared<ProseRepeatRule>(p); }

QList<Rule::Derivation> crossYearDerivations(const ReportTemplate &t)
{
    QList<Rule::Derivation> out;
    for (const RulePtr &rule : t.rules())
        if (const auto *cross = dynamic_cast<const CrossYearIdentityRule *>(rule.get())) out << cross->crossYearDerivations();
    return out;
}

} // namespace nianbao::rules
