// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/artifactcleaner.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace nianbao::import {

namespace {

// Messages shown to the user, in the "nianbao::import" translation context.
class ImportText
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::import)
};

// Removes every match (an HTML comment may span lines and sit inside a sentence: the text around it joins up)
// and puts the line ends it contained after the joined line, so later lines keep their numbers.
QString removeKeepingLines(const QString &text, const QRegularExpression &re)
{
    QString out;
    qsizetype last = 0;
    int pending = 0;
    auto append = [&](QStringView segment) {
        const qsizetype newline = segment.indexOf(QLatin1Char('\n'));
        if (pending > 0 && newline >= 0) {
            out += segment.left(newline);
            out += QString(pending, QLatin1Char('\n'));
            out += segment.mid(newline);
            pending = 0;
        } else {
            out += segment;
        }
    };
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        append(QStringView(text).mid(last, m.capturedStart() - last));
        pending += int(m.captured().count(QLatin1Char('\n')));
        last = m.capturedEnd();
    }
    append(QStringView(text).mid(last));
    out += QString(pending, QLatin1Char('\n'));
    return out;
}

QDateTime parsePublished(const QString &value)
{
    const QString v = value.trimmed();
    for (const char *format : {"yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd", "yyyy/MM/dd HH:mm", "yyyy/MM/dd"}) {
        const QDateTime dt = QDateTime::fromString(v, QString::fromLatin1(format));
        if (dt.isValid()) return dt;
    }
    static const QRegularExpression chinese(QStringLiteral("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日"));
    const QRegularExpressionMatch m = chinese.match(v);
    if (m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (d.isValid()) return QDateTime(d, QTime(0, 0));
    }
    return {};
}

// A web-archive crawler writes "key: value" lines and a "==== 正文 ====" separator before the page text.
int crawlerHeaderEnd(const QStringList &lines)
{
    static const QRegularExpression separator(QStringLiteral("^\\s*={3,}.*={3,}\\s*$"));
    static const QRegularExpression keyValue(QStringLiteral("^\\s*[^\\s:：]{1,16}\\s*[:：]"));
    int first = 0;
    while (first < lines.size() && lines[first].trimmed().isEmpty()) ++first;
    if (first >= lines.size() || !keyValue.match(lines[first]).hasMatch()) return -1;
    for (int i = first + 1; i < lines.size() && i < first + 40; ++i)
        if (separator.match(lines[i]).hasMatch()) return i;
    return -1;
}

// The running header of a printed page (the report's title, or a line repeated on every page) stands next to a
// page number; inside a table it would be read as a row's text and its year as a value. The first line of the
// text is the title itself, never a running header.
QStringList removeRunningHeaders(QStringList &lines, const QList<int> &pageIndexes)
{
    static const QRegularExpression sentence(QStringLiteral("[，。；！？,;!?]"));
    static const QRegularExpression titleLike(QStringLiteral("\\d{4}\\s*年.*报告\\s*$"));
    constexpr int kMaxHeaderLength = 60;
    int firstText = 0;
    while (firstText < lines.size() && lines[firstText].trimmed().isEmpty()) ++firstText;
    QStringList removed;
    for (int page : pageIndexes) {
        for (int step : {1, -1}) {
            int i = page + step;
            while (i >= 0 && i < lines.size() && lines[i].trimmed().isEmpty()) i += step;
            if (i <= firstText || i >= lines.size()) continue;
            const QString text = lines[i].trimmed();
            static const QRegularExpression value(QStringLiteral("(?:^|\\s)[-+]?\\d+(?:\\.\\d+)?(?:\\s|$)"));
            if (text.size() > kMaxHeaderLength || sentence.match(text).hasMatch() || value.match(text).hasMatch()) continue;
            bool repeated = false;
            for (int k = 0; k < lines.size() && !repeated; ++k) repeated = k != i && lines[k].trimmed() == text;
            if (!repeated && !titleLike.match(text).hasMatch()) continue;
            removed << QString::number(i + 1);
            lines[i].clear();
        }
    }
    return removed;
}

} // namespace

bool ArtifactCleaner::isRuleLine(const QString &line)
{
    int marks = 0;
    for (const QChar c : line) {
        if (c == QLatin1Char('-') || c == QLatin1Char('=') || c == QLatin1Char('_') || c == QLatin1Char('~')) ++marks;
        else if (!(c.isSpace() || c == QLatin1Char('|') || c == QLatin1Char(':') || c == QLatin1Char('+')
                   || c == QLatin1Char('*')))
            return false;
    }
    return marks >= 3;
}

CleanedText ArtifactCleaner::clean(const QString &input)
{
    CleanedText result;
    static const QRegularExpression comment(QStringLiteral("<!--.*?-->"),
                                            QRegularExpression::DotMatchesEverythingOption);
    QStringList lines = removeKeepingLines(input, comment).split(QLatin1Char('\n'));

    const int headerEnd = crawlerHeaderEnd(lines);
    if (headerEnd >= 0) {
        static const QRegularExpression keyValue(QStringLiteral("^\\s*([^\\s:：]{1,16})\\s*[:：]\\s*(.*)$"));
        for (int i = 0; i <= headerEnd; ++i) {
            const QRegularExpressionMatch m = keyValue.match(lines[i]);
            // The publication date is the header's date-valued "发布…" field (发布时间, 发布日期).
            if (m.hasMatch() && !result.published.isValid() && m.captured(1).contains(QStringLiteral("发布")))
                result.published = parsePublished(m.captured(2));
            if (m.hasMatch() && !m.captured(2).trimmed().isEmpty()) result.headerValues << m.captured(2).trimmed();
            lines[i].clear();
        }
        ImportDecision d;
        d.kind = ImportDecision::Kind::SkippedText;
        d.line = 1;
        d.message = result.published.isValid()
            ? ImportText::tr("lines 1–%1: web archive header skipped; publication date %2")
                  .arg(headerEnd + 1).arg(result.published.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
            : ImportText::tr("lines 1–%1: web archive header skipped").arg(headerEnd + 1);
        result.decisions << d;
    }

    static const QRegularExpression bookmark(QStringLiteral("\\[bookmark:[^\\]]*\\]"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tag(QStringLiteral("</?(?:br|p|span|div|td|tr|th|table|tbody|strong|b|i|em|font|u)\\b[^>]{0,80}>"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression markdownHeading(QStringLiteral("^\\s*#{1,6}(?=\\s|$)\\s*"));
    // Page numbers of a printed document: "— 5 —", "- 5 -", "第 5 页", "第5页 共12页".
    static const QRegularExpression pageNumber(
        QStringLiteral("^\\s*(?:[-—–－]+\\s*\\d{1,3}\\s*[-—–－]+|第\\s*\\d{1,3}\\s*页(?:\\s*[，,/]?\\s*共\\s*\\d{1,3}\\s*页)?)\\s*$"));
    QStringList pageLines;
    QList<int> pageIndexes;
    for (int i = 0; i < lines.size(); ++i) {
        QString &line = lines[i];
        if (line.isEmpty()) continue;
        line.remove(bookmark);
        line.replace(tag, QStringLiteral(" "));
        line.remove(QStringLiteral("**"));
        line.remove(QStringLiteral("<!--"));
        line.remove(QStringLiteral("-->"));
        line.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
        line.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
        line.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
        line.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
        line.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        line.replace(QChar(0x00A0), QLatin1Char(' '));
        for (const char16_t zw : {u'\u200B', u'\u200C', u'\u200D', u'\uFEFF'}) line.remove(QChar(zw));
        line.remove(markdownHeading);
        if (isRuleLine(line)) line.clear();
        if (pageNumber.match(line).hasMatch()) {
            pageLines << QString::number(i + 1);
            pageIndexes << i;
            line.clear();
        }
    }
    const QStringList headerLines = removeRunningHeaders(lines, pageIndexes);
    // Lines left out, named in one note each: "(lines 42, 53)".
    auto leftOut = [&](const QStringList &lineNumbers, const QString &message) {
        if (lineNumbers.isEmpty()) return;
        ImportDecision d;
        d.kind = ImportDecision::Kind::SkippedText;
        d.line = lineNumbers.first().toInt();
        d.message = message.arg(lineNumbers.join(QStringLiteral(", ")));
        result.decisions << d;
    };
    leftOut(pageLines, ImportText::tr("page numbers left out (lines %1)"));
    leftOut(headerLines, ImportText::tr("running headers of the printed pages left out (lines %1)"));
    result.text = lines.join(QLatin1Char('\n'));
    return result;
}

} // namespace nianbao::import
