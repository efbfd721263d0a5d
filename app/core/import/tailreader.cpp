// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/tailreader.h"

#include "import/datetext.h"
#include "import/headreader.h"

#include <QCoreApplication>

namespace nianbao::import {

namespace {

// The 版记 line of the issuing office ends with 印发 ("…办公室 2020年2月4日印发", GB/T 9704 §7.4.3).
const QString kIssuedEnd = QStringLiteral("印发");

// Messages shown to the user, in the "nianbao::import" translation context.
class ImportText
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::import)
};

bool isInlineSpace(QChar c) { return c != QLatin1Char('\n') && (c.isSpace() || c.unicode() == 0x3000); }

bool endsSentence(QChar c)
{
    static const QString marks = QStringLiteral("。！？；!?;）)”\"");
    return marks.contains(c);
}

// The previous non-empty line before `offset`, as [start, end); start = -1 if none in [from, offset).
QPair<int, int> previousLine(const SourceText &source, int from, int offset)
{
    for (int line = source.lineOf(offset) - 1; line >= 1; --line) {
        const int s = qMax(from, source.lineStart(line)), e = source.lineEnd(line);
        if (e <= from) break;
        if (!source.slice(s, e).trimmed().isEmpty()) return {s, e};
    }
    return {-1, -1};
}

} // namespace

TailInfo TailReader::read(const SourceText &source, int from, int to, const QString &copyToLabel, const QString &organ)
{
    TailInfo tail;
    if (from < 0 || to <= from) return tail;
    const QString &text = source.text();
    const QList<DateMatch> dates = DateText::findAll(source.slice(from, to));
    int dateEnd = -1;
    for (int i = int(dates.size()) - 1; i >= 0 && dateEnd < 0; --i) {
        int ds = from + dates[i].start, de = from + dates[i].end;
        int after = de;
        while (after < to && isInlineSpace(text.at(after))) ++after;
        if (source.slice(after, qMin(to, after + int(kIssuedEnd.size()))) == kIssuedEnd) continue;
        if (de < to && (text.at(de) == QLatin1Char(')') || text.at(de) == QChar(0xFF09))) ++de;
        if (de < to && !text.at(de).isSpace()) continue;
        if (ds > from && (text.at(ds - 1) == QLatin1Char('(') || text.at(ds - 1) == QChar(0xFF08))) --ds;
        int q = ds;
        while (q > from && isInlineSpace(text.at(q - 1))) --q;
        int start = ds;
        if (q == from || text.at(q - 1) == QLatin1Char('\n')) {
            // The date on a line of its own: the signature is the line before, when it is a name.
            const auto [ls, le] = previousLine(source, from, ds);
            if (ls >= 0 && HeadReader::isShortName(source.slice(ls, le))) {
                tail.signature = source.slice(ls, le).trimmed();
                start = ls;
            }
        } else {
            // Text flattened onto one line: "…事项。 平潭…局 2021年1月27日 附件下载".
            int ns = q;
            while (ns > from && !text.at(ns - 1).isSpace()) --ns;
            const QString name = source.slice(ns, q);
            int b = ns;
            while (b > from && isInlineSpace(text.at(b - 1))) --b;
            const bool separated = ns < q && b < ns && (b == from || text.at(b - 1) == QLatin1Char('\n') || endsSentence(text.at(b - 1)));
            const bool lineStart = ns == from || text.at(ns - 1) == QLatin1Char('\n');
            if (!HeadReader::isShortName(name) || !(separated || lineStart)) continue;
            tail.signature = name.trimmed();
            start = ns;
        }
        tail.date = dates[i].date;
        tail.start = start;
        dateEnd = de;
    }

    if (dateEnd < 0) {
        // No date: a last line naming the organ is still the signature.
        int ls = -1, le = -1;
        for (int l = source.lineOf(to - 1); l >= 1 && source.lineEnd(l) > from; --l) {
            const int s = qMax(from, source.lineStart(l)), e = qMin(to, source.lineEnd(l));
            if (!source.slice(s, e).trimmed().isEmpty()) {
                ls = s;
                le = e;
                break;
            }
        }
        const QString last = ls >= 0 ? source.slice(ls, le).trimmed() : QString();
        if (!organ.isEmpty() && HeadReader::isShortName(last) && (last.contains(organ) || organ.contains(last))) {
            tail.signature = last;
            tail.start = ls;
        }
        return tail;
    }

    // The 版记 and whatever a web page adds after the date.
    const QString copyCanon = SourceText::canonical(copyToLabel);
    QStringList pending;
    QList<int> pendingLines;
    QList<QPair<int, QString>> skipped;
    int line = source.lineOf(dateEnd);
    for (int pos = dateEnd; pos < to; ++line) {
        const int end = qMin(to, source.lineEnd(line));
        const QString piece = source.slice(pos, end).trimmed();
        pos = end + 1;
        if (piece.isEmpty()) continue;
        if (!copyCanon.isEmpty() && SourceText::canonical(piece).startsWith(copyCanon)) {
            QString rest = piece;
            int consumed = 0, matched = 0;
            while (consumed < rest.size() && matched < copyCanon.size()) {
                if (!SourceText::canonicalChar(rest.at(consumed)).isNull()) ++matched;
                ++consumed;
            }
            tail.copyTo = rest.mid(consumed).trimmed();
            continue;
        }
        if (piece.endsWith(kIssuedEnd) && tail.issuedBy.isEmpty()) {
            tail.issuedBy = (pending + QStringList{piece}).join(QLatin1Char(' '));
            pending.clear();
            pendingLines.clear();
            continue;
        }
        if (HeadReader::isShortName(piece) && tail.issuedBy.isEmpty()) {
            pending << piece;
            pendingLines << line;
            continue;
        }
        skipped << qMakePair(line, piece);
    }
    for (int i = 0; i < pending.size(); ++i) skipped << qMakePair(pendingLines[i], pending[i]);
    std::sort(skipped.begin(), skipped.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[l, piece] : std::as_const(skipped)) {
        ImportDecision d;
        d.kind = ImportDecision::Kind::SkippedText;
        d.line = l;
        d.message = ImportText::tr("line %1: after the date, not part of the report, left out: “%2”").arg(l).arg(piece);
        tail.decisions << d;
    }
    return tail;
}

} // namespace nianbao::import
