// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/headreader.h"

#include "import/datetext.h"
#include "import/organname.h"
#include "import/prosereader.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace nianbao::import {

namespace {

constexpr int kShortTitleLine = 80; // a title on a line of its own is shorter than this (canonical characters)

// Messages shown to the user, in the "nianbao::import" translation context.
class ImportText
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::import)
};

int longestCommonSubsequence(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1, 0), current(b.size() + 1, 0);
    for (int i = 1; i <= a.size(); ++i) {
        for (int j = 1; j <= b.size(); ++j)
            current[j] = a.at(i - 1) == b.at(j - 1) ? previous[j - 1] + 1 : qMax(previous[j], current[j - 1]);
        std::swap(previous, current);
    }
    return previous[b.size()];
}

bool isSpace(QChar c) { return c.isSpace() || c.unicode() == 0x3000; }

// The organ a title is about: what precedes the year; in a wrapping 报告 ("甲办公室关于上报乙2019年度…的报告")
// the subject after 关于 and its verb, the sender before it.
void parseOrgan(const QString &title, TitleInfo *info)
{
    QString text = title;
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    static const QRegularExpression beforeYear(QStringLiteral("^(.*?)\\d{4}年"));
    const QRegularExpressionMatch m = beforeYear.match(text);
    QString organ = m.hasMatch() ? m.captured(1) : QString();
    // A website's "标题：…" field: the organ starts after the colon.
    const int colon = int(qMax(organ.lastIndexOf(QChar(0xFF1A)), organ.lastIndexOf(QLatin1Char(':'))));
    if (colon >= 0) organ = organ.mid(colon + 1);
    const int about = int(organ.indexOf(QStringLiteral("关于")));
    if (about >= 0) {
        static const QRegularExpression verb(QStringLiteral("^(?:上报|报送|呈报|印发|发布|公布|公开|做好)"));
        QString subject = organ.mid(about + 2);
        subject.remove(verb);
        info->sender = organ.left(about);
        organ = subject.isEmpty() ? info->sender : subject;
    }
    static const QRegularExpression marks(QStringLiteral("[《》“”\"]"));
    organ.remove(marks);
    info->organ = organ.trimmed();
}

struct Segment {
    int start = 0;
    int end = 0;
    bool wholeLine = false;
};

} // namespace

bool HeadReader::isDocumentNumber(const QString &raw)
{
    static const QRegularExpression number(QStringLiteral("^[\\p{Han}A-Za-z0-9]{1,16}[〔\\[［【(（]\\d{4}[〕\\]］】)）]\\d{1,5}号$"));
    QString text = raw;
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return number.match(text).hasMatch();
}

bool HeadReader::isSentence(const QString &text)
{
    static const QRegularExpression punctuation(QStringLiteral("[，。；！？,;!?]"));
    return punctuation.match(text).hasMatch() || SourceText::canonical(text).size() >= 30;
}

bool HeadReader::isShortName(const QString &text)
{
    static const QRegularExpression punctuation(QStringLiteral("[，。；：！？、,;:!?\\d]"));
    const QString t = text.trimmed();
    return t.size() >= 2 && t.size() <= 40 && !punctuation.match(t).hasMatch();
}

TitleInfo HeadReader::findTitle(const SourceText &source, int from, int to, const QString &titlePattern)
{
    TitleInfo info;
    const int yearAt = int(titlePattern.indexOf(QStringLiteral("{year}")));
    if (yearAt < 0 || from >= to) return info;
    QString core = SourceText::canonical(titlePattern.mid(yearAt + 6));
    static const QRegularExpression leadingYearWord(QStringLiteral("^年度?"));
    core.remove(leadingYearWord);
    if (core.isEmpty()) return info;
    static const QRegularExpression year(QStringLiteral("(\\d{4})年度?"));
    const QString &canon = source.canon();
    for (int line = source.lineOf(from); line <= source.lineCount(); ++line) {
        const int lineFrom = qMax(from, source.lineStart(line));
        if (lineFrom >= to) break;
        const int lineTo = qMin(to, source.lineEnd(line));
        const int cs = source.canonIndexAtOrAfter(lineFrom), ce = source.canonIndexAtOrAfter(lineTo);
        const QString canonLine = canon.mid(cs, ce - cs);
        for (auto it = year.globalMatch(canonLine); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const int y = m.captured(1).toInt();
            if (y < 1990 || y > 2200) continue;
            const int a = int(m.capturedEnd());
            int length = -1;
            for (int e = qMax(1, int(core.size()) - 4); e <= core.size() + 4 && a + e <= canonLine.size(); ++e) {
                const QString window = canonLine.mid(a, e);
                if (window.back() == core.back() && longestCommonSubsequence(core, window) * 4 >= core.size() * 3) {
                    length = e;
                    break;
                }
            }
            // "2019年上海市人民政府办公厅政府信息公开工作年度报告": the organ between the year and the wording.
            QString organAfterYear;
            if (length < 0) {
                const int wording = int(canonLine.indexOf(core, a));
                if (wording > a && OrganName::isName(canonLine.mid(a, wording - a))) {
                    organAfterYear = canonLine.mid(a, wording - a);
                    length = wording - a + int(core.size());
                }
            }
            if (length < 0) continue;
            if (canonLine.size() <= kShortTitleLine) {
                const QString text = source.slice(lineFrom, lineTo);
                int lead = 0, trail = int(text.size());
                while (lead < trail && isSpace(text.at(lead))) ++lead;
                while (trail > lead && isSpace(text.at(trail - 1))) --trail;
                info.span = {lineFrom + lead, lineFrom + trail};
                // The first sentence run into the title's line ("…年度报告根据《条例》规定，…") is not the title.
                const int wordingEnd = source.canonToText(cs + a + length - 1) + 1;
                if (wordingEnd < info.span.end && isSentence(source.slice(wordingEnd, info.span.end))) info.span.end = wordingEnd;
            } else {
                // Flattened onto one long line: from the start of the word holding the year (or the word before,
                // when the year stands alone) to the end of the title's wording.
                const QString &text = source.text();
                int start = source.canonToText(cs + int(m.capturedStart()));
                const int yearStart = start;
                while (start > lineFrom && !isSpace(text.at(start - 1))) --start;
                if (start == yearStart) {
                    while (start > lineFrom && isSpace(text.at(start - 1))) --start;
                    while (start > lineFrom && !isSpace(text.at(start - 1))) --start;
                }
                info.span = {start, source.canonToText(cs + a + length - 1) + 1};
            }
            info.text = source.slice(info.span).trimmed();
            // A website's information index writes "标题：<title>": the field name is not part of the title.
            static const QRegularExpression fieldName(QStringLiteral("^[^\\s：:\\d]{1,6}[：:]\\s*"));
            if (const QRegularExpressionMatch f = fieldName.match(source.slice(info.span)); f.hasMatch()) {
                info.span.start += int(f.capturedLength());
                info.text = source.slice(info.span).trimmed();
            }
            info.year = y;
            parseOrgan(info.text, &info);
            if (info.organ.isEmpty()) info.organ = organAfterYear;
            // A fragment of a preamble run into the title ("根据…条例…编制2019年…") names no organ.
            if (!info.organ.isEmpty() && !OrganName::isName(info.organ)) info.organ.clear();
            if (info.organ.isEmpty() && m.capturedStart() == 0) {
                // A title broken over two lines (PDF): the organ's name stands on the line before.
                for (int before = line - 1; before >= 1 && source.lineEnd(before) > from; --before) {
                    const QString text = source.lineText(before).trimmed();
                    if (text.isEmpty()) continue;
                    if (isShortName(text)) {
                        info.span.start = source.lineStart(before) + int(source.lineText(before).indexOf(text.front()));
                        info.text = source.slice(info.span).simplified();
                        parseOrgan(info.text, &info);
                    }
                    break;
                }
            }
            return info;
        }
    }
    return info;
}

TitleInfo HeadReader::titleInFields(const QStringList &values, const QString &titlePattern)
{
    for (const QString &value : values) {
        const SourceText field(value);
        TitleInfo t = findTitle(field, 0, field.size(), titlePattern);
        if (t.found() && t.year > 0) {
            t.span = {}; // not a place in the imported text
            return t;
        }
    }
    return {};
}

bool HeadReader::holdsOnlyTitle(const SourceText &source, const TitleInfo &title)
{
    if (!title.found()) return false;
    for (int line = 1; line <= source.lineCount(); ++line) {
        const int s = source.lineStart(line), e = source.lineEnd(line);
        // The line without the part the title covers.
        const QString text = source.slice(s, qBound(s, title.span.start, e)) + source.slice(qBound(s, title.span.end, e), e);
        static const QRegularExpression punctuation(QStringLiteral("[，。；！？,;!?]"));
        if (punctuation.match(text).hasMatch()) return false;
    }
    return true;
}

TitleInfo HeadReader::nextTitleLine(const SourceText &source, int from, const QString &titlePattern)
{
    for (int at = from; at < source.size();) {
        const TitleInfo t = findTitle(source, at, source.size(), titlePattern);
        if (!t.found()) return {};
        const int line = source.lineOf(t.span.start);
        static const QRegularExpression punctuation(QStringLiteral("[，。；！？,;!?]"));
        if (!punctuation.match(source.lineText(line)).hasMatch() && !t.organ.isEmpty()) return t;
        at = source.lineEnd(line) + 1;
    }
    return {};
}

HeadInfo HeadReader::read(const SourceText &source, int from, int to, const QString &titlePattern)
{
    HeadInfo head;
    head.title = findTitle(source, from, to, titlePattern);
    QList<Segment> segments;
    QList<Segment> before;
    const int titleEnd = head.title.found() ? head.title.span.end : from;
    // Before the title: lines (and the start of the title's line).
    for (int line = source.lineOf(from); head.title.found() && line <= source.lineCount(); ++line) {
        const int s = qMax(from, source.lineStart(line));
        if (s >= head.title.span.start) break;
        before << Segment{s, qMin(head.title.span.start, source.lineEnd(line)), true};
    }
    // After the title: the rest of the title's line word by word (web pages put links there), then lines.
    const int titleLine = source.lineOf(titleEnd);
    const QString rest = source.slice(titleEnd, qMin(to, source.lineEnd(titleLine)));
    static const QRegularExpression word(QStringLiteral("\\S+"));
    for (auto it = word.globalMatch(rest); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        segments << Segment{titleEnd + int(m.capturedStart()), titleEnd + int(m.capturedEnd()), false};
    }
    for (int line = titleLine + 1; line <= source.lineCount() && source.lineStart(line) < to; ++line)
        segments << Segment{source.lineStart(line), qMin(to, source.lineEnd(line)), true};

    QList<QPair<int, QString>> skipped; // line, text
    auto skip = [&](const Segment &s) {
        const int line = source.lineOf(s.start);
        const QString text = source.slice(s.start, s.end).trimmed();
        if (!skipped.isEmpty() && skipped.last().first == line) skipped.last().second += QLatin1Char(' ') + text;
        else skipped << qMakePair(line, text);
    };
    for (const Segment &s : std::as_const(before)) {
        const QString text = source.slice(s.start, s.end).trimmed();
        if (text.isEmpty()) continue;
        if (head.documentNumber.isEmpty() && isDocumentNumber(text)) head.documentNumber = text.simplified().remove(QLatin1Char(' '));
        else skip(s);
    }
    int preambleStart = -1;
    bool addresseePossible = true;
    QString lastName;
    for (const Segment &s : std::as_const(segments)) {
        const QString text = source.slice(s.start, s.end).trimmed();
        if (text.isEmpty()) continue;
        if (head.documentNumber.isEmpty() && isDocumentNumber(text)) {
            head.documentNumber = text;
            head.documentNumber.remove(QRegularExpression(QStringLiteral("\\s")));
            continue;
        }
        if (s.wholeLine && addresseePossible && (text.endsWith(QChar(0xFF1A)) || text.endsWith(QLatin1Char(':')))
            && isShortName(text.chopped(1))) {
            head.addressee = text.chopped(1).trimmed();
            addresseePossible = false;
            continue;
        }
        addresseePossible = false;
        const QDate date = DateText::parseWhole(text);
        if (date.isValid() && !head.date.isValid()) {
            head.date = date;
            // A name just before the date is the signature printed under the title.
            if (!lastName.isEmpty() && !skipped.isEmpty() && skipped.last().second.endsWith(lastName)) {
                head.signature = lastName;
                skipped.last().second.chop(lastName.size());
                if (skipped.last().second.trimmed().isEmpty()) skipped.removeLast();
            }
            continue;
        }
        if (isSentence(text)) {
            preambleStart = s.start;
            break;
        }
        lastName = isShortName(text) ? text : QString();
        skip(s);
    }
    if (preambleStart >= 0) head.preamble = ProseReader::read(source, preambleStart, to);
    for (const auto &[line, text] : std::as_const(skipped)) {
        if (text.trimmed().isEmpty()) continue;
        ImportDecision d;
        d.kind = ImportDecision::Kind::SkippedText;
        d.line = line;
        d.message = ImportText::tr("line %1: not part of the report, left out: “%2”").arg(line).arg(text.trimmed());
        head.decisions << d;
    }
    return head;
}

} // namespace nianbao::import
