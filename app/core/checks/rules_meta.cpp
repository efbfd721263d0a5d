// SPDX-License-Identifier: GPL-3.0-or-later
// Rule kinds about the report's metadata: required fields and dates, the format for the year, the deadline.

#include "checks/rulesupport.h"
#include "model/reportdata.h"

#include <QRegularExpression>

namespace nianbao::rules {

namespace {

QString chineseDate(const QDate &d)
{
    return QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
}

class MetadataRule : public Rule
{
public:
    MetadataRule(const Params &p) : m_id(p.def().id), m_severity(severityOf(p.def()))
    {
        static const QStringList known = {QStringLiteral("organ"), QStringLiteral("year"), QStringLiteral("signature"),
                                          QStringLiteral("dateWritten")};
        for (const QJsonValue &v : p.array(QStringLiteral("required"))) {
            const QString field = v.toObject().value(QStringLiteral("field")).toString();
            if (!known.contains(field)) p.fail(QStringLiteral("unknown field \"%1\" (known: %2)").arg(field, known.join(QStringLiteral(", "))));
            m_required << qMakePair(field, v.toObject().value(QStringLiteral("label")).toString(field));
        }
        const QJsonObject messages = p.object(QStringLiteral("messages"));
        m_missing = messages.value(QStringLiteral("missing")).toString();
        m_titleYear = messages.value(QStringLiteral("titleYear")).toString();
        m_dateEarly = messages.value(QStringLiteral("dateEarly")).toString();
        if (m_missing.isEmpty() || m_titleYear.isEmpty() || m_dateEarly.isEmpty())
            p.fail(QStringLiteral("messages need \"missing\", \"titleYear\" and \"dateEarly\""));
    }

    void run(const ReportData &r, QList<Finding> &out) const override
    {
        const ReportMetadata &m = r.meta;
        for (const auto &[field, label] : m_required) {
            const bool missing = field == QLatin1String("organ") ? m.organ.trimmed().isEmpty()
                               : field == QLatin1String("year") ? m.year <= 0
                               : field == QLatin1String("signature") ? m.signature.trimmed().isEmpty()
                                                                     : !m.dateWritten.isValid();
            if (missing) out << finding(fillMessage(m_missing, {{QStringLiteral("field"), label}}));
        }
        static const QRegularExpression yearInTitle(QStringLiteral("(\\d{4})\\s*年"));
        if (!m.title.isEmpty() && m.year > 0) {
            const QRegularExpressionMatch match = yearInTitle.match(m.title);
            if (match.hasMatch() && match.captured(1).toInt() != m.year) {
                Finding f = finding(fillMessage(m_titleYear, {{QStringLiteral("found"), match.captured(1)},
                                                              {QStringLiteral("expected"), QString::number(m.year)}}));
                f.found = match.captured(1).toInt();
                f.expected = m.year;
                f.delta = *f.found - *f.expected;
                out << f;
            }
        }
        if (m.dateWritten.isValid() && m.year > 0 && m.dateWritten < QDate(m.year, 12, 31))
            out << finding(fillMessage(m_dateEarly, {{QStringLiteral("found"), chineseDate(m.dateWritten)},
                                                     {QStringLiteral("expected"), chineseDate(QDate(m.year, 12, 31))}}));
    }

private:
    Finding finding(const QString &message) const
    {
        Finding f;
        f.rule = m_id;
        f.severity = m_severity;
        f.section = QStringLiteral("meta");
        f.message = message;
        return f;
    }
    QString m_id;
    Severity m_severity;
    QList<QPair<QString, QString>> m_required;
    QString m_missing, m_titleYear, m_dateEarly;
};

class FormatYearRule : public Rule
{
public:
    FormatYearRule(const Params &p)
        : m_t(p.format()), m_id(p.def().id), m_severity(severityOf(p.def())), m_message(p.string(QStringLiteral("message")))
    {
    }
    void run(const ReportData &r, QList<Finding> &out) const override
    {
        if (r.meta.year <= 0 || m_t.appliesToYear(r.meta.year)) return;
        const TemplatePtr expected = TemplateRegistry::get(TemplateRegistry::idForYear(r.meta.year));
        Finding f;
        f.rule = m_id;
        f.severity = m_severity;
        f.section = QStringLiteral("meta");
        f.message = fillMessage(m_message, {{QStringLiteral("year"), QString::number(r.meta.year)},
                                            {QStringLiteral("expectedFormat"), expected ? expected->notice : QString()},
                                            {QStringLiteral("format"), m_t.notice}});
        out << f;
    }

private:
    const ReportTemplate &m_t;
    QString m_id;
    Severity m_severity;
    QString m_message;
};

// Publication after the deadline: the report's own deadline if set, else 1月31日 (departments) or 3月31日
// (governments) of the next year. An organ of unknown level gets the later date: no finding on a guess.
class DeadlineRule : public Rule
{
public:
    DeadlineRule(const Params &p) : m_id(p.def().id), m_severity(severityOf(p.def())), m_message(p.string(QStringLiteral("message")))
    {
        const QJsonObject deadlines = p.object(QStringLiteral("deadlines"));
        auto monthDay = [&](const QString &key) {
            const QStringList parts = deadlines.value(key).toString().split(QLatin1Char('-'));
            const QDate probe(2001, parts.value(0).toInt(), parts.value(1).toInt());
            if (parts.size() != 2 || !probe.isValid()) p.fail(QStringLiteral("deadlines.%1 must be \"MM-DD\"").arg(key));
            return qMakePair(probe.month(), probe.day());
        };
        m_department = monthDay(QStringLiteral("department"));
        m_government = monthDay(QStringLiteral("government"));
    }
    void run(const ReportData &r, QList<Finding> &out) const override
    {
        if (!r.meta.published.isValid() || r.meta.year <= 0) return;
        QDate deadline = r.meta.deadline;
        if (!deadline.isValid()) {
            const auto md = r.meta.level == OrganLevel::Department ? m_department : m_government;
            deadline = QDate(r.meta.year + 1, md.first, md.second);
        }
        const QDate published = r.meta.published.date();
        if (published <= deadline) return;
        Finding f;
        f.rule = m_id;
        f.severity = m_severity;
        f.section = QStringLiteral("meta");
        f.delta = deadline.daysTo(published);
        f.message = fillMessage(m_message, {{QStringLiteral("found"), chineseDate(published)},
                                            {QStringLiteral("expected"), chineseDate(deadline)},
                                            {QStringLiteral("days"), QString::number(*f.delta)}});
        out << f;
    }

private:
    QString m_id;
    Severity m_severity;
    QString m_message;
    QPair<int, int> m_department, m_government;
};

} // namespace

RulePtr makeMetadataRule(const Params &p) { return std::make_shared<MetadataRule>(p); }
RulePtr makeFormatYearRule(const Params &p) { return std::make_shared<FormatYearRule>(p); }
RulePtr makeDeadlineRule(const Params &p) { return std::make_shared<DeadlineRule>(p); }

} // namespace nianbao::rules
