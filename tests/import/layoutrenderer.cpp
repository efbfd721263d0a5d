// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutrenderer.h"

#include "export/textexport.h"
#include "model/newreport.h"

using namespace nianbao;

namespace testing {

namespace {

const QStringList kOrgans = {QStringLiteral("示例市交通运输局"), QStringLiteral("某某县人民政府"), QStringLiteral("样本区财政局"),
                             QStringLiteral("演示自治州人民政府办公室"), QStringLiteral("测试镇人民政府")};
const QStringList kSentences = {
    QStringLiteral("全年主动公开政府信息一千余条，内容涵盖政策文件、财政预决算和重点领域信息。"),
    QStringLiteral("（一）主动公开。围绕中心工作，及时发布各类政府信息，做到应公开尽公开。"),
    QStringLiteral("（二）依申请公开。严格按照法定时限答复，答复规范率达到百分之百。"),
    QStringLiteral("1.加强组织领导，调整了政务公开工作领导小组。"),
    QStringLiteral("进一步完善信息发布审核制度，确保公开信息准确、及时、规范。"),
    QStringLiteral("存在问题：公开的深度和广度还需加强，解读形式不够丰富。"),
    QStringLiteral("下一步，我们将加强培训，提高工作人员的业务水平。"),
    QStringLiteral("本年度未收取信息处理费。"),
};

QString paragraphs(QRandomGenerator &rng, int min, int max)
{
    QStringList out;
    const int n = min + int(rng.bounded(max - min + 1));
    for (int i = 0; i < n; ++i) out << kSentences[rng.bounded(int(kSentences.size()))];
    return out.join(QLatin1Char('\n'));
}

qint64 count(QRandomGenerator &rng)
{
    const int p = int(rng.bounded(100));
    if (p < 50) return 0;
    if (p < 80) return 1 + rng.bounded(9);
    if (p < 95) return 10 + rng.bounded(990);
    return 1000 + rng.bounded(99000);
}

Quantity money(QRandomGenerator &rng, const CellDef &def)
{
    static const MoneyUnit units[] = {MoneyUnit::Yuan, MoneyUnit::TenThousandYuan, MoneyUnit::HundredMillionYuan};
    const MoneyUnit unit = def.fixedUnit ? def.unit : units[rng.bounded(3)];
    const int maxDecimals = unit == MoneyUnit::Yuan ? 2 : unit == MoneyUnit::TenThousandYuan ? 6 : 10;
    QString text = QString::number(rng.bounded(100000));
    const int decimals = int(rng.bounded(qMin(4, maxDecimals) + 1));
    if (decimals > 0) {
        text += QLatin1Char('.');
        for (int i = 0; i < decimals; ++i) text += QChar(u'0' + rng.bounded(10));
    }
    const ParsedValue p = parseCellText(text + moneyUnitText(unit), CellType::Money, def.unit, def.fixedUnit);
    Q_ASSERT(p.kind == ParsedValue::Kind::Value);
    return p.value;
}

void fillConsistent(ReportData &r, QRandomGenerator &rng)
{
    const QStringList cols = {"natural", "commercial", "research", "nonprofit", "legal", "other"};
    auto set = [&](const QString &id, qint64 v) { r.setCell(id, CellValue::of(v)); };
    QStringList results;
    for (const QString &id : r.format->cellIds())
        if (id.startsWith(QStringLiteral("s3.r")) && !id.startsWith(QStringLiteral("s3.r7.")) && id.endsWith(QStringLiteral(".natural")))
            results << id.section(QLatin1Char('.'), 1, 1);
    QHash<QString, qint64> rowTotals;
    for (const QString &c : cols) {
        qint64 r7 = 0;
        for (const QString &row : results) {
            const qint64 v = rng.bounded(3) == 0 ? count(rng) % 50 : 0;
            set(QStringLiteral("s3.%1.%2").arg(row, c), v);
            rowTotals[row] += v;
            r7 += v;
        }
        const qint64 out = rng.bounded(5), in = rng.bounded(int(r7 + out + 1));
        set(QStringLiteral("s3.r7.") + c, r7);
        set(QStringLiteral("s3.carried_out.") + c, out);
        set(QStringLiteral("s3.carried_in.") + c, in);
        set(QStringLiteral("s3.new.") + c, r7 + out - in);
        rowTotals[QStringLiteral("r7")] += r7;
        rowTotals[QStringLiteral("carried_out")] += out;
        rowTotals[QStringLiteral("carried_in")] += in;
        rowTotals[QStringLiteral("new")] += r7 + out - in;
    }
    for (auto it = rowTotals.cbegin(); it != rowTotals.cend(); ++it) set(QStringLiteral("s3.%1.total").arg(it.key()), it.value());
    for (const QString &g : {QStringLiteral("review"), QStringLiteral("direct"), QStringLiteral("after")}) {
        qint64 total = 0;
        for (const QString &c : {QStringLiteral("upheld"), QStringLiteral("corrected"), QStringLiteral("other"), QStringLiteral("pending")}) {
            const qint64 v = count(rng) % 30;
            set(QStringLiteral("s4.%1.%2").arg(g, c), v);
            total += v;
        }
        set(QStringLiteral("s4.%1.total").arg(g), total);
    }
}

// Every grid entry of a table in reading order, with its printed text (labels, values, blank values empty).
QStringList entries(const ReportData &r, const TableDef &table, const QString &blank)
{
    QStringList out;
    for (const GridEntry &e : table.entries) {
        if (e.cellId.isEmpty()) out << e.text;
        else {
            const QString v = TextExport::cellText(r, r.format->cellIndex(e.cellId));
            out << (v.isEmpty() ? blank : v);
        }
    }
    return out;
}

QStringList tableLines(const ReportData &r, const SectionDef &s, Layout layout, QRandomGenerator &rng)
{
    QStringList lines;
    QStringList flat;
    for (const QString &tid : s.tableIds) {
        const TableDef &table = *r.format->table(tid);
        switch (layout) {
        case Layout::Tabs:
            for (const QStringList &row : TextExport::tableGrid(r, table)) lines << row.join(QLatin1Char('\t'));
            break;
        case Layout::Pipes:
            if (rng.bounded(2) == 0) { // a Markdown table with a generic header, as converters write them
                QStringList header, rule;
                for (int c = 0; c < table.columnCount; ++c) {
                    header << QStringLiteral("数据%1").arg(c + 1);
                    rule << QStringLiteral("---");
                }
                lines << QStringLiteral("| ") + header.join(QStringLiteral(" | ")) + QStringLiteral(" |");
                lines << QStringLiteral("|") + rule.join(QLatin1Char('|')) + QStringLiteral("|");
            }
            for (const QStringList &row : TextExport::tableGrid(r, table))
                lines << QStringLiteral("| ") + row.join(QStringLiteral(" | ")) + QStringLiteral(" |");
            break;
        case Layout::OneCellPerLine:
            lines << entries(r, table, QString());
            break;
        case Layout::Spaced:
            flat << entries(r, table, QStringLiteral("—"));
            break;
        case Layout::Concatenated:
            flat << entries(r, table, QStringLiteral("/"));
            break;
        }
    }
    if (layout == Layout::Spaced) {
        QString line;
        for (const QString &f : flat) line += (line.isEmpty() ? QString() : QString(1 + rng.bounded(3), QLatin1Char(' '))) + f;
        lines << line;
    } else if (layout == Layout::Concatenated) {
        lines << flat.join(QString());
    }
    return lines;
}

void appendParagraphs(QStringList &lines, const QString &text)
{
    for (const QString &l : text.split(QLatin1Char('\n')))
        if (!l.trimmed().isEmpty()) lines << l.trimmed();
}

} // namespace

QString layoutName(Layout layout)
{
    switch (layout) {
    case Layout::Tabs: return QStringLiteral("tabs");
    case Layout::OneCellPerLine: return QStringLiteral("one cell per line");
    case Layout::Pipes: return QStringLiteral("pipes");
    case Layout::Spaced: return QStringLiteral("spaced");
    case Layout::Concatenated: return QStringLiteral("concatenated");
    }
    return QString();
}

ReportData randomReport(QRandomGenerator &rng, bool consistent)
{
    const bool old = rng.bounded(2) == 0;
    const int year = old ? 2019 + int(rng.bounded(2)) : 2021 + int(rng.bounded(5));
    ReportData r = newReport(TemplateRegistry::get(old ? QStringLiteral("gov-2019") : QStringLiteral("gov-2021")),
                             kOrgans[rng.bounded(int(kOrgans.size()))], year);
    ReportMetadata &m = r.meta;
    if (rng.bounded(5) > 0) m.dateWritten = QDate(year + 1, 1, 1 + int(rng.bounded(28)));
    else m.signature.clear();
    if (rng.bounded(3) == 0) m.documentNumber = QStringLiteral("示政办〔%1〕%2号").arg(year + 1).arg(1 + rng.bounded(40));
    if (rng.bounded(3) == 0) m.addressee = QStringLiteral("示例市人民政府办公室");
    if (rng.bounded(4) == 0 && m.dateWritten.isValid()) {
        m.copyTo = QStringLiteral("市政府办公室。");
        m.issuedBy = m.organ + QLatin1Char(' ') + TextExport::chineseDate(m.dateWritten) + QStringLiteral("印发");
    }
    r.prose.insert(QStringLiteral("preamble"), rng.bounded(4) == 0 ? QString() : paragraphs(rng, 1, 2));
    r.prose.insert(QStringLiteral("s1"), paragraphs(rng, 1, 5));
    r.prose.insert(QStringLiteral("s5"), paragraphs(rng, 1, 3));
    r.prose.insert(QStringLiteral("s6"), rng.bounded(2) ? QStringLiteral("无。") : paragraphs(rng, 1, 1));
    for (const QString &note : {QStringLiteral("s2"), QStringLiteral("s3"), QStringLiteral("s4")})
        r.prose.insert(note, rng.bounded(3) == 0 ? paragraphs(rng, 1, 1) : QString());

    for (int i = 0; i < r.cells.size(); ++i) {
        const CellDef &def = r.format->cellAt(i);
        CellValue v = r.cells[i];
        if (!consistent && rng.bounded(10) == 0) continue; // blank
        switch (def.type) {
        case CellType::Count: v = CellValue::of(count(rng)); break;
        case CellType::Signed: v = CellValue::of(rng.bounded(2) ? count(rng) : -count(rng)); break;
        case CellType::Money: v = CellValue::of(money(rng, def)); break;
        }
        r.cells[i] = v;
    }
    if (consistent) fillConsistent(r, rng);
    return r;
}

QString render(const ReportData &r, Layout layout, QRandomGenerator &rng)
{
    if (layout == Layout::Tabs) return TextExport::toText(r);
    const ReportTemplate &t = *r.format;
    const ReportMetadata &m = r.meta;
    QStringList lines;
    lines << r.displayTitle();
    if (!m.documentNumber.isEmpty()) lines << m.documentNumber;
    if (!m.addressee.isEmpty()) lines << m.addressee + t.phrase(QStringLiteral("addresseeEnd"));
    appendParagraphs(lines, r.text(QStringLiteral("preamble")));
    for (const SectionDef &s : t.sections) {
        lines << s.heading;
        appendParagraphs(lines, r.text(s.key));
        if (!s.tableIds.isEmpty()) lines << tableLines(r, s, layout, rng);
    }
    if (!m.signature.isEmpty()) lines << m.signature;
    if (m.dateWritten.isValid()) lines << TextExport::chineseDate(m.dateWritten);
    if (!m.copyTo.isEmpty()) lines << t.phrase(QStringLiteral("copyToLabel")) + m.copyTo;
    if (!m.issuedBy.isEmpty()) lines << m.issuedBy;
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString concatenated(const ReportData &r, const QStringList &cells, const QList<std::optional<Quantity>> &values)
{
    // The digits as a run shows them: a reading may put an unsigned figure into a 本年增/减 cell (published
    // reports write increases without "+"), so the sign the text export adds is not part of the comparison.
    QString out;
    for (int i = 0; i < cells.size(); ++i) {
        QString v = values[i] ? formatQuantity(*values[i], r.format->cell(cells[i])->type) : QStringLiteral("/");
        if (v.startsWith(QLatin1Char('+'))) v.remove(0, 1);
        out += v;
    }
    return out;
}

QString differences(const ReportData &a, const ReportData &b)
{
    QStringList out;
    if (a.format->id != b.format->id) out << QStringLiteral("format %1 / %2").arg(a.format->id, b.format->id);
    const ReportMetadata &x = a.meta, &y = b.meta;
    auto field = [&](const char *name, const QString &p, const QString &q) {
        if (p != q) out << QStringLiteral("%1: “%2” / “%3”").arg(QLatin1String(name), p, q);
    };
    field("organ", x.organ, y.organ);
    field("year", QString::number(x.year), QString::number(y.year));
    field("title", x.title, y.title);
    field("level", organLevelId(x.level), organLevelId(y.level));
    field("tier", organTierId(x.tier), organTierId(y.tier));
    field("documentNumber", x.documentNumber, y.documentNumber);
    field("addressee", x.addressee, y.addressee);
    field("signature", x.signature, y.signature);
    field("dateWritten", x.dateWritten.toString(Qt::ISODate), y.dateWritten.toString(Qt::ISODate));
    field("published", x.published.toString(Qt::ISODate), y.published.toString(Qt::ISODate));
    field("copyTo", x.copyTo, y.copyTo);
    field("issuedBy", x.issuedBy, y.issuedBy);
    QStringList keys = a.prose.keys() + b.prose.keys();
    keys.removeDuplicates();
    for (const QString &k : keys) field(qPrintable(QStringLiteral("prose.") + k), a.text(k), b.text(k));
    if (a.format == b.format)
        for (int i = 0; i < a.cells.size(); ++i)
            if (a.cells[i] != b.cells[i]) {
                auto show = [&](const CellValue &c) {
                    if (c.isBlank()) return QStringLiteral("(blank)");
                    QString s = formatQuantity(c.value, a.format->cellAt(i).type);
                    if (c.state == CellValue::State::Unconfirmed) s += QStringLiteral(" (unconfirmed)");
                    return s;
                };
                out << QStringLiteral("%1: %2 / %3").arg(a.format->cellIds()[i], show(a.cells[i]), show(b.cells[i]));
            }
    return out.join(QLatin1Char('\n'));
}

} // namespace testing
