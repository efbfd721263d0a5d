// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Hand-made reports for the core tests: a complete report whose every identity holds (figures computed by hand,
// see the comments), and a way to change cells by id the way `nianbao set` does.

#include "model/newreport.h"
#include "model/reportdata.h"

#include <QStringList>
#include <QTest>

namespace testreports {

using namespace nianbao;

// Sets "cell=text" assignments through the same parser as typing; fails the test on a bad value.
inline void apply(ReportData &r, const QStringList &assignments)
{
    for (const QString &a : assignments) {
        const QString id = a.section(QLatin1Char('='), 0, 0);
        const QString text = a.section(QLatin1Char('='), 1);
        const CellDef *def = r.format->cell(id);
        QVERIFY2(def, qPrintable(QStringLiteral("no cell ") + id));
        const ParsedValue p = parseCellText(text, def->type, def->unit, def->fixedUnit);
        QVERIFY2(p.kind != ParsedValue::Kind::Invalid, qPrintable(id + QStringLiteral(": ") + p.error));
        CellValue v = p.kind == ParsedValue::Kind::Blank ? CellValue::blank() : CellValue::of(p.value);
        if (v.isBlank() && def->type == CellType::Money) v.value.unit = def->unit;
        r.setCell(id, v);
    }
}

inline void applyRow(ReportData &r, const QString &prefix, const QStringList &columns, const QList<int> &values)
{
    QStringList assignments;
    for (int i = 0; i < columns.size(); ++i) assignments << QStringLiteral("%1.%2=%3").arg(prefix, columns[i]).arg(values[i]);
    apply(r, assignments);
}

// Section 三 of the complete report. Columns natural, commercial, research, nonprofit, legal, other, total.
//   new         10 2 1 1 1 0 | 15
//   carried_in   2 0 0 0 0 0 |  2
//   r1           5 1 0 0 0 0 |  6
//   r2           1 0 0 0 0 0 |  1
//   r3_4         1 0 0 0 0 0 |  1   (other r3_* zero)
//   r4_1         2 0 1 0 0 0 |  3   (other r4_* zero)
//   r5_2         1 0 0 0 0 0 |  1   (other r5_* zero)
//   r6 / r6_3    0 1 0 0 0 0 |  1   (gov-2021: r6_1, r6_2 zero)
//   r7          10 2 1 0 0 0 | 13   = r1 + r2 + r3 + r4 + r5 + r6
//   carried_out  2 0 0 1 1 0 |  4   = new + carried_in − r7
// Section 四: review 1 0 0 1 | 2; direct 0 1 0 0 | 1; after 0 0 0 0 | 0.
inline ReportData complete(const QString &formatId)
{
    const bool gov2021 = formatId == QLatin1String("gov-2021");
    ReportData r = newReport(TemplateRegistry::get(formatId), QStringLiteral("某某县人民政府"), gov2021 ? 2021 : 2020);
    const QStringList cols = {QStringLiteral("natural"), QStringLiteral("commercial"), QStringLiteral("research"),
                              QStringLiteral("nonprofit"), QStringLiteral("legal"), QStringLiteral("other"),
                              QStringLiteral("total")};
    for (const QString &id : r.format->cellIds())
        if (id.startsWith(QLatin1String("s3.")) || id.startsWith(QLatin1String("s4."))) apply(r, {id + QStringLiteral("=0")});
    applyRow(r, QStringLiteral("s3.new"), cols, {10, 2, 1, 1, 1, 0, 15});
    applyRow(r, QStringLiteral("s3.carried_in"), cols, {2, 0, 0, 0, 0, 0, 2});
    applyRow(r, QStringLiteral("s3.r1"), cols, {5, 1, 0, 0, 0, 0, 6});
    applyRow(r, QStringLiteral("s3.r2"), cols, {1, 0, 0, 0, 0, 0, 1});
    applyRow(r, QStringLiteral("s3.r3_4"), cols, {1, 0, 0, 0, 0, 0, 1});
    applyRow(r, QStringLiteral("s3.r4_1"), cols, {2, 0, 1, 0, 0, 0, 3});
    applyRow(r, QStringLiteral("s3.r5_2"), cols, {1, 0, 0, 0, 0, 0, 1});
    applyRow(r, gov2021 ? QStringLiteral("s3.r6_3") : QStringLiteral("s3.r6"), cols, {0, 1, 0, 0, 0, 0, 1});
    applyRow(r, QStringLiteral("s3.r7"), cols, {10, 2, 1, 0, 0, 0, 13});
    applyRow(r, QStringLiteral("s3.carried_out"), cols, {2, 0, 0, 1, 1, 0, 4});
    const QStringList s4cols = {QStringLiteral("upheld"), QStringLiteral("corrected"), QStringLiteral("other"),
                                QStringLiteral("pending"), QStringLiteral("total")};
    applyRow(r, QStringLiteral("s4.review"), s4cols, {1, 0, 0, 1, 2});
    applyRow(r, QStringLiteral("s4.direct"), s4cols, {0, 1, 0, 0, 1});
    if (gov2021) {
        apply(r, {QStringLiteral("s2.i1.rules.issued=0"), QStringLiteral("s2.i1.rules.repealed=0"),
                  QStringLiteral("s2.i1.rules.in_force=0"), QStringLiteral("s2.i1.normative.issued=3"),
                  QStringLiteral("s2.i1.normative.repealed=1"), QStringLiteral("s2.i1.normative.in_force=20"),
                  QStringLiteral("s2.i5.licensing.decisions=150"), QStringLiteral("s2.i6.penalty.decisions=40"),
                  QStringLiteral("s2.i6.enforcement.decisions=2"), QStringLiteral("s2.i8.fees.amount=12.5")});
    } else {
        apply(r, {QStringLiteral("s2.i1.rules.made=0"), QStringLiteral("s2.i1.rules.published=0"),
                  QStringLiteral("s2.i1.rules.total_public=0"), QStringLiteral("s2.i1.normative.made=3"),
                  QStringLiteral("s2.i1.normative.published=3"), QStringLiteral("s2.i1.normative.total_public=20"),
                  QStringLiteral("s2.i5.licensing.prior=30"), QStringLiteral("s2.i5.licensing.change=+2"),
                  QStringLiteral("s2.i5.licensing.decisions=150"), QStringLiteral("s2.i5.other_services.prior=10"),
                  QStringLiteral("s2.i5.other_services.change=0"), QStringLiteral("s2.i5.other_services.decisions=5"),
                  QStringLiteral("s2.i6.penalty.prior=12"), QStringLiteral("s2.i6.penalty.change=-1"),
                  QStringLiteral("s2.i6.penalty.decisions=40"), QStringLiteral("s2.i6.enforcement.prior=3"),
                  QStringLiteral("s2.i6.enforcement.change=0"), QStringLiteral("s2.i6.enforcement.decisions=2"),
                  QStringLiteral("s2.i8.fees.prior=4"), QStringLiteral("s2.i8.fees.change=-1"),
                  QStringLiteral("s2.i9.procurement.projects=5"), QStringLiteral("s2.i9.procurement.amount=984361元")});
    }
    r.meta.signature = QStringLiteral("某某县人民政府");
    r.meta.dateWritten = QDate(r.meta.year + 1, 1, 20);
    r.prose.insert(QStringLiteral("preamble"), QStringLiteral("根据《中华人民共和国政府信息公开条例》，编制本报告。"));
    r.prose.insert(QStringLiteral("s1"), QStringLiteral("（一）主动公开\n全年主动公开政府信息1200条。\n（二）依申请公开\n"
                                                        "本年新收政府信息公开申请15件，上年结转2件，办结13件，结转下年度4件。"));
    r.prose.insert(QStringLiteral("s5"), QStringLiteral("一是公开内容不够全面。二是将加强培训。"));
    r.prose.insert(QStringLiteral("s6"), QStringLiteral("本年度未收取信息处理费。"));
    return r;
}

} // namespace testreports
