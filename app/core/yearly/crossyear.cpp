// SPDX-License-Identifier: GPL-3.0-or-later
#include "yearly/crossyear.h"

#include "checks/rules.h"

#include <QJsonArray>
#include <QSet>

namespace nianbao {

namespace rules {
QList<Rule::Derivation> crossYearDerivations(const ReportTemplate &t); // rules_crossyear.cpp
}

namespace {

QString lettersOnly(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        if (c.isLetterOrNumber()) out += c;
    return out;
}

QSet<QStringView> ngrams(const QString &text, int n)
{
    QSet<QStringView> set;
    for (qsizetype i = 0; i + n <= text.size(); ++i) set.insert(QStringView(text).mid(i, n));
    return set;
}

} // namespace

int repeatedPercent(const QString &thisYear, const QString &lastYear, int n)
{
    const QString a = lettersOnly(thisYear), b = lettersOnly(lastYear);
    const QSet<QStringView> mine = ngrams(a, n);
    if (mine.isEmpty()) return 0;
    const QSet<QStringView> theirs = ngrams(b, n);
    qsizetype shared = 0;
    for (const QStringView &g : mine)
        if (theirs.contains(g)) ++shared;
    return int((shared * 100 + mine.size() / 2) / mine.size());
}

int sectionRepeatedPercent(const ReportData &report, const ReportData &lastYear, const QString &key)
{
    if (!report.format) return -1;
    for (const CheckDef &check : report.format->checks) {
        if (check.kind != QLatin1String("proseRepeat")) continue;
        const QJsonArray sections = check.params.value(QStringLiteral("sections")).toArray();
        if (!sections.contains(key)) continue;
        return repeatedPercent(report.text(key), lastYear.text(key), check.params.value(QStringLiteral("ngram")).toInt(5));
    }
    return -1;
}

NewFromLastYear newFromLastYear(const ReportData &last)
{
    const int year = last.meta.year + 1;
    const TemplatePtr format = TemplateRegistry::get(TemplateRegistry::idForYear(year));
    NewFromLastYear result;
    ReportData &r = result.report;
    r = ReportData::create(format);
    r.meta.organ = last.meta.organ;
    r.meta.year = year;
    r.meta.level = last.meta.level;
    r.meta.tier = last.meta.tier;
    r.meta.signature = last.meta.signature;
    r.meta.addressee = last.meta.addressee;
    r.meta.copyTo = last.meta.copyTo;
    r.meta.deadline = last.meta.deadline.isValid() ? last.meta.deadline.addYears(1) : QDate();

    // The template's cross-year identities say what carries over: this year's cell = Σ last year's cells.
    // A figure the importer could not read with certainty is not carried: the clerk confirms last year's first.
    for (const Rule::Derivation &d : rules::crossYearDerivations(*format)) {
        qint64 sum = 0;
        bool complete = true, unconfirmed = false;
        for (const QString &id : d.plus) {
            const int i = last.format->cellIndex(id);
            if (i < 0 || last.cells[i].isBlank()) complete = false;
            else if (last.cells[i].state == CellValue::State::Unconfirmed) unconfirmed = true;
            else sum += last.numberAt(i);
        }
        if (complete && !unconfirmed) r.setCell(d.cell, CellValue::of(sum));
        else if (complete)
            result.notes << format->phrase(QStringLiteral("notConfirmed")).replace(QStringLiteral("{cell}"), format->cellLabel(d.cell));
    }
    // What last year's format carried that this year's has no place for (gov-2019 → gov-2021).
    if (last.format->id != format->id) {
        const QString pattern = format->phrase(QStringLiteral("notCarried"));
        for (const Rule::Derivation &d : rules::crossYearDerivations(*last.format)) {
            if (format->cellIndex(d.cell) >= 0) continue;
            qint64 sum = 0;
            for (const QString &id : d.plus) sum += last.numberOf(id);
            result.notes << QString(pattern)
                                .replace(QStringLiteral("{cell}"), last.format->cellLabel(d.cell))
                                .replace(QStringLiteral("{format}"), format->notice)
                                .replace(QStringLiteral("{value}"), QString::number(sum));
        }
    }
    // Last year's prose as drafts to rewrite.
    for (auto it = last.prose.cbegin(); it != last.prose.cend(); ++it) {
        if (it.value().trimmed().isEmpty()) continue;
        if (it.key() != QLatin1String("preamble") && !format->section(it.key())) continue;
        r.prose.insert(it.key(), it.value());
        r.draftSections << it.key();
    }
    r.draftSections.sort();
    return result;
}

} // namespace nianbao
