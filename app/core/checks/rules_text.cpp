// SPDX-License-Identifier: GPL-3.0-or-later
// Rule kinds about the prose: figures stated in the text (TEXT-NUM), required mentions (FEE-SIX) and the
// presence of every section (SEC-MISSING).

#include "checks/rulesupport.h"
#include "model/reportdata.h"

#include <QMutex>
#include <QMutexLocker>

namespace nianbao::rules {

namespace {

QStringList jsonStrings(const Params &p, const QJsonValue &v, const QString &what)
{
    QStringList out;
    if (v.isUndefined()) return out;
    if (!v.isArray()) p.fail(QStringLiteral("%1 must be an array of strings").arg(what));
    for (const QJsonValue &s : v.toArray()) {
        if (!s.isString()) p.fail(QStringLiteral("%1 must be an array of strings").arg(what));
        out << s.toString();
    }
    return out;
}

bool containsAny(const QStringView text, const QStringList &words)
{
    for (const QString &w : words)
        if (text.contains(w)) return true;
    return false;
}

int digitValue(QChar c)
{
    if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) return c.unicode() - '0';
    if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19) return c.unicode() - 0xFF10;
    return -1;
}

// General Chinese cues of how a sentence states figures (not report-format data).
const QString kRequest = QStringLiteral("申请");
const QString kOfWhich = QStringLiteral("其中");

bool speaksOfRequests(QStringView sentence)
{
    static const QStringList appeals{QStringLiteral("被申请"), QStringLiteral("申请行政复议"), QStringLiteral("申请复议")};
    QString rest = sentence.toString();
    for (const QString &a : appeals) rest.remove(a);
    return rest.contains(kRequest);
}

// A keyword and the figure that follows it in the same clause: "本年新收…N件".
class TextFigureRule : public Rule
{
public:
    struct Pattern {
        QStringList keywords;
        QStringList sentenceHas;
        QStringList sentenceLacks;
        QList<QList<int>> accept; // the figure is right when it equals the sum of any of these
        QString what;
    };
    struct Topic {
        QStringList sentenceHasAny;
        QList<Pattern> patterns;
    };
    // A figure found in the text, independent of the table values (so it can be cached per text).
    struct Statement {
        int topic;
        int pattern;
        qint64 figure;
        QString quote;
        qsizetype sentenceStart; // in the section's text
        qsizetype sentenceLength;
    };

    TextFigureRule(const Params &p) : m_t(p.format()), m_id(p.def().id), m_severity(severityOf(p.def()))
    {
        m_prose = p.strings(QStringLiteral("prose"));
        for (const QString &key : std::as_const(m_prose)) p.requireSection(key);
        m_units = p.strings(QStringLiteral("units")).join(QString());
        m_clauseEnd = p.string(QStringLiteral("clauseEnd"));
        m_sentenceEnd = p.string(QStringLiteral("sentenceEnd"));
        m_message = p.string(QStringLiteral("message"));
        m_sectionNames = m_t.phrases.value(QStringLiteral("sectionNames")).toObject();
        const QJsonArray topics = p.array(QStringLiteral("topics"));
        for (int i = 0; i < topics.size(); ++i) {
            const QJsonObject to = topics[i].toObject();
            Topic topic;
            topic.sentenceHasAny = jsonStrings(p, to.value(QStringLiteral("sentenceHasAny")), QStringLiteral("topics[%1].sentenceHasAny").arg(i));
            const QJsonArray patterns = to.value(QStringLiteral("patterns")).toArray();
            if (topic.sentenceHasAny.isEmpty() || patterns.isEmpty())
                p.fail(QStringLiteral("topics[%1] needs \"sentenceHasAny\" and \"patterns\"").arg(i));
            for (int j = 0; j < patterns.size(); ++j) {
                const QString where = QStringLiteral("topics[%1].patterns[%2]").arg(i).arg(j);
                const QJsonObject po = patterns[j].toObject();
                Pattern pat;
                pat.keywords = jsonStrings(p, po.value(QStringLiteral("keywords")), where + QStringLiteral(".keywords"));
                pat.sentenceHas = jsonStrings(p, po.value(QStringLiteral("sentenceHas")), where + QStringLiteral(".sentenceHas"));
                pat.sentenceLacks = jsonStrings(p, po.value(QStringLiteral("sentenceLacks")), where + QStringLiteral(".sentenceLacks"));
                pat.what = po.value(QStringLiteral("what")).toString();
                for (const QJsonValue &a : po.value(QStringLiteral("accept")).toArray())
                    pat.accept << p.cellIndexes(jsonStrings(p, a, where + QStringLiteral(".accept")));
                if (pat.keywords.isEmpty() || pat.accept.isEmpty())
                    p.fail(where + QStringLiteral(" needs \"keywords\" and \"accept\""));
                topic.patterns << pat;
            }
            m_topics << topic;
        }
    }

    void run(const ReportData &r, QList<Finding> &out) const override
    {
        for (const QString &key : m_prose) {
            const QString text = r.text(key);
            // A draft still holds last year's text and figures: XY-DUP asks for it to be rewritten first.
            if (text.isEmpty() || r.draftSections.contains(key)) continue;
            for (const Statement &s : statements(text)) {
                const Pattern &pat = m_topics[s.topic].patterns[s.pattern];
                bool agrees = false;
                for (const QList<int> &cells : pat.accept) {
                    qint64 sum = 0;
                    for (int i : cells) sum += r.numberAt(i);
                    agrees = agrees || sum == s.figure;
                }
                if (agrees || restsOnUnconfirmed(r, pat)) continue;
                qint64 expected = 0;
                for (int i : pat.accept.first()) expected += r.numberAt(i);
                Finding f;
                f.rule = m_id;
                f.severity = m_severity;
                for (int i : pat.accept.first()) f.cells << m_t.cellIds().at(i);
                f.section = key;
                f.expected = expected;
                f.found = s.figure;
                f.delta = s.figure - expected;
                f.textStart = s.sentenceStart;
                f.textLength = s.sentenceLength;
                f.message = fillMessage(m_message, {{QStringLiteral("section"), m_sectionNames.value(key).toString(key)},
                                                    {QStringLiteral("quote"), s.quote},
                                                    {QStringLiteral("what"), pat.what},
                                                    {QStringLiteral("expected"), QString::number(expected)},
                                                    {QStringLiteral("found"), QString::number(s.figure)},
                                                    {QStringLiteral("difference"), differencePhrase(m_t, s.figure - expected, -1)}});
                out << f;
            }
        }
    }

private:
    // A figure compared with a sum that holds a reading the import could not confirm says nothing: the
    // unconfirmed cell has its own finding (as for the sums of the tables).
    static bool restsOnUnconfirmed(const ReportData &r, const Pattern &pat)
    {
        for (const QList<int> &cells : pat.accept)
            for (int i : cells)
                if (r.cells[i].state == CellValue::State::Unconfirmed) return true;
        return false;
    }

    // The editor re-checks after every keystroke in a cell while the prose stays the same: remember the
    // statements of the texts seen last.
    QList<Statement> statements(const QString &text) const
    {
        {
            QMutexLocker lock(&m_cacheMutex);
            for (const auto &entry : m_cache)
                if (entry.first == text) return entry.second;
        }
        QList<Statement> found = extract(text);
        QMutexLocker lock(&m_cacheMutex);
        m_cache.prepend({text, found});
        if (m_cache.size() > 16) m_cache.removeLast();
        return found;
    }

    QList<Statement> extract(const QString &text) const
    {
        QList<Statement> out;
        qsizetype start = 0;
        while (start < text.size()) {
            qsizetype end = start;
            while (end < text.size() && !m_sentenceEnd.contains(text[end])) ++end;
            extractSentence(QStringView(text).mid(start, end - start), start, out);
            start = end + 1;
        }
        return out;
    }

    void extractSentence(QStringView sentence, qsizetype sentenceStart, QList<Statement> &out) const
    {
        int topicIndex = -1;
        // A sentence about 申请 (information requests: "收到申请4件，未发生行政复议") states figures of section 三,
        // whatever else it mentions; "被申请行政复议" is not such a request.
        if (speaksOfRequests(sentence))
            for (int i = 0; i < m_topics.size() && topicIndex < 0; ++i)
                if (m_topics[i].sentenceHasAny.contains(kRequest)) topicIndex = i;
        for (int i = 0; i < m_topics.size() && topicIndex < 0; ++i)
            if (containsAny(sentence, m_topics[i].sentenceHasAny)) topicIndex = i;
        if (topicIndex < 0) return;
        const Topic &topic = m_topics[topicIndex];
        QList<qsizetype> usedNumbers; // a figure is read once, by the first keyword before it
        struct Hit {
            qsizetype position;
            qsizetype length;
            int pattern;
        };
        QList<Hit> hits;
        for (int pi = 0; pi < topic.patterns.size(); ++pi) {
            const Pattern &pat = topic.patterns[pi];
            bool applies = true;
            for (const QString &w : pat.sentenceHas) applies = applies && sentence.contains(w);
            if (!applies || containsAny(sentence, pat.sentenceLacks)) continue;
            for (const QString &kw : pat.keywords)
                for (qsizetype at = sentence.indexOf(kw); at >= 0; at = sentence.indexOf(kw, at + 1))
                    hits << Hit{at, kw.size(), pi};
        }
        // Earliest first; at the same place the longer keyword ("本年新收" before "新收").
        std::sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) {
            return a.position != b.position ? a.position < b.position : a.length > b.length;
        });
        // "共办理2件，其中公开答复1件，无法提供1件": what follows 其中 ("of which") are parts, not the total.
        const qsizetype partsFrom = sentence.indexOf(kOfWhich);
        qsizetype coveredUntil = -1;
        for (const Hit &h : std::as_const(hits)) {
            if (partsFrom >= 0 && h.position > partsFrom) break;
            if (h.position < coveredUntil) continue; // inside a longer keyword already taken
            coveredUntil = h.position + h.length;
            qsizetype numberAt = -1, numberEnd = -1;
            qint64 value = 0;
            if (!figureAfter(sentence, h.position + h.length, &numberAt, &numberEnd, &value)) continue;
            if (usedNumbers.contains(numberAt)) continue;
            usedNumbers << numberAt;
            out << Statement{topicIndex, h.pattern, value, sentence.mid(h.position, numberEnd - h.position).toString(),
                             sentenceStart, sentence.size()};
        }
    }

    // The first number followed by a unit within the clause that starts at `from`.
    bool figureAfter(QStringView s, qsizetype from, qsizetype *at, qsizetype *end, qint64 *value) const
    {
        qsizetype i = from;
        while (i < s.size() && !m_clauseEnd.contains(s[i])) {
            if (digitValue(s[i]) < 0) {
                ++i;
                continue;
            }
            const qsizetype begin = i;
            qint64 n = 0;
            while (i < s.size() && (digitValue(s[i]) >= 0 || (s[i] == QLatin1Char(',') && i + 1 < s.size() && digitValue(s[i + 1]) >= 0))) {
                if (s[i] != QLatin1Char(',') && n < kMaxCount * 10) n = n * 10 + digitValue(s[i]);
                ++i;
            }
            qsizetype j = i;
            while (j < s.size() && (s[j] == QLatin1Char(' ') || s[j] == QChar(0x3000))) ++j;
            if (j < s.size() && m_units.contains(s[j])) {
                *at = begin;
                *end = j + 1;
                *value = n;
                return true;
            }
        }
        return false;
    }

    const ReportTemplate &m_t;
    QString m_id;
    Severity m_severity;
    QStringList m_prose;
    QString m_units, m_clauseEnd, m_sentenceEnd, m_message;
    QJsonObject m_sectionNames;
    QList<Topic> m_topics;
    mutable QMutex m_cacheMutex;
    mutable QList<QPair<QString, QList<Statement>>> m_cache;
};

// A section must mention one of some words (信息处理费 in 六), more insistently when a cell shows it matters.
class TextMentionsRule : public Rule
{
public:
    TextMentionsRule(const Params &p) : m_t(p.format()), m_id(p.def().id), m_severity(severityOf(p.def()))
    {
        m_section = p.string(QStringLiteral("section"));
        p.requireSection(m_section);
        m_words = p.strings(QStringLiteral("any"));
        m_message = p.string(QStringLiteral("message"));
        const QJsonObject stronger = p.object(QStringLiteral("stronger"), false);
        if (!stronger.isEmpty()) {
            m_strongerCell = p.cellIndex(stronger.value(QStringLiteral("cell")).toString());
            m_strongerAbove = stronger.value(QStringLiteral("above")).toInteger();
            m_strongerMessage = p.string(QStringLiteral("strongerMessage"));
        }
    }
    void run(const ReportData &r, QList<Finding> &out) const override
    {
        if (containsAny(r.text(m_section), m_words)) return;
        Finding f;
        f.rule = m_id;
        f.severity = m_severity;
        f.section = m_section;
        f.message = m_message;
        if (m_strongerCell >= 0 && r.numberAt(m_strongerCell) > m_strongerAbove) {
            f.cells << m_t.cellIds().at(m_strongerCell);
            f.message = QString(m_strongerMessage).replace(QStringLiteral("{value}"), QString::number(r.numberAt(m_strongerCell)));
        }
        out << f;
    }

private:
    const ReportTemplate &m_t;
    QString m_id;
    Severity m_severity;
    QString m_section;
    QStringList m_words;
    QString m_message;
    int m_strongerCell = -1;
    qint64 m_strongerAbove = 0;
    QString m_strongerMessage;
};

class SectionPresenceRule : public Rule
{
public:
    struct Requirement {
        QString key;
        QString require; // "text" | "table" | "textNotNone"
        QStringList none;
        QString message;
        QList<int> cells; // "table": the section's cells
        QStringList skeleton; // headings a new report starts with: on their own they are no content
    };
    SectionPresenceRule(const Params &p) : m_t(p.format()), m_id(p.def().id), m_severity(severityOf(p.def()))
    {
        const QJsonObject messages = p.object(QStringLiteral("messages"));
        for (const QJsonValue &v : p.array(QStringLiteral("sections"))) {
            const QJsonObject o = v.toObject();
            Requirement req;
            req.key = o.value(QStringLiteral("key")).toString();
            req.require = o.value(QStringLiteral("require")).toString();
            const SectionDef *section = m_t.section(req.key);
            if (!section) p.fail(QStringLiteral("names section \"%1\", which the template does not have").arg(req.key));
            if (req.require != QLatin1String("text") && req.require != QLatin1String("table") && req.require != QLatin1String("textNotNone"))
                p.fail(QStringLiteral("section %1: \"require\" must be text, table or textNotNone").arg(req.key));
            req.none = jsonStrings(p, o.value(QStringLiteral("none")), QStringLiteral("none"));
            req.message = o.value(QStringLiteral("message")).toString(messages.value(req.require).toString());
            if (req.message.isEmpty()) p.fail(QStringLiteral("no message for \"%1\"").arg(req.require));
            req.message.replace(QStringLiteral("{heading}"), section->heading);
            req.skeleton = section->skeleton;
            m_emptyMessage.insert(req.key, QString(messages.value(QStringLiteral("text")).toString()).replace(QStringLiteral("{heading}"), section->heading));
            if (req.require == QLatin1String("table"))
                for (const QString &tid : section->tableIds)
                    for (const QString &id : m_t.table(tid)->cellIds) req.cells << m_t.cellIndex(id);
            m_requirements << req;
        }
    }
    void run(const ReportData &r, QList<Finding> &out) const override
    {
        for (const Requirement &req : m_requirements) {
            QString message;
            if (req.require == QLatin1String("table")) {
                bool allBlank = true;
                for (int i : req.cells) allBlank = allBlank && r.cells[i].isBlank();
                if (allBlank) message = req.message;
            } else {
                const QString text = withoutSkeleton(r.text(req.key), req.skeleton);
                if (text.isEmpty())
                    message = req.require == QLatin1String("textNotNone") ? m_emptyMessage.value(req.key) : req.message;
                else if (req.require == QLatin1String("textNotNone") && req.none.contains(text))
                    message = req.message;
            }
            if (message.isEmpty()) continue;
            Finding f;
            f.rule = m_id;
            f.severity = m_severity;
            f.section = req.key;
            f.message = message;
            out << f;
        }
    }

private:
    static QString withoutSkeleton(const QString &text, const QStringList &skeleton)
    {
        if (skeleton.isEmpty()) return text.trimmed();
        QStringList kept;
        for (const QString &line : text.split(QLatin1Char('\n')))
            if (!skeleton.contains(line.trimmed())) kept << line;
        return kept.join(QLatin1Char('\n')).trimmed();
    }

    const ReportTemplate &m_t;
    QString m_id;
    Severity m_severity;
    QList<Requirement> m_requirements;
    QHash<QString, QString> m_emptyMessage;
};

} // namespace

RulePtr makeTextFigureRule(const Params &p) { return std::make_shared<TextFigureRule>(p); }
RulePtr makeTextMentionsRule(const Params &p) { return std::make_shared<TextMentionsRule>(p); }
RulePtr makeSectionPresenceRule(const Params &p) { return std::make_shared<SectionPresenceRule>(p); }

} // namespace nianbao::rules
