// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/reportflow.h"

#include "export/textexport.h"

#include <QRegularExpression>
#include <limits>

namespace nianbao {

namespace {

void appendProse(QList<FlowBlock> &blocks, const QString &text, const QString &sectionKey)
{
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty()) continue;
        FlowBlock b;
        b.kind = FlowBlock::Kind::Paragraph;
        b.text = line;
        b.level = proseHeadingLevel(line);
        b.headingLength = ReportFlow::headingLength(line, b.level);
        b.sectionKey = sectionKey;
        blocks << b;
    }
}

FlowBlock block(FlowBlock::Kind kind, const QString &text, const QString &sectionKey = QString())
{
    FlowBlock b;
    b.kind = kind;
    b.text = text;
    b.sectionKey = sectionKey;
    return b;
}

bool isHalfWidth(QChar c)
{
    return c.unicode() < 0x2E80 || (c.unicode() >= 0xFF61 && c.unicode() <= 0xFFDC);
}

} // namespace

int ReportFlow::headingLength(const QString &line, int level)
{
    if (level == 0) return 0;
    // A heading is a few words. Past this length the line is a paragraph that opens with a numbering mark
    // ("（一）加强组织领导，认真贯彻…" imported from a text whose heading was run into its paragraph).
    constexpr int kMaxHeadingLength = 40;
    static const QRegularExpression end(QStringLiteral("[。：]"));
    const QRegularExpressionMatch m = end.match(line);
    // A run-in heading ends at its 。 or ：; a line with nothing after it is all heading.
    if (m.hasMatch() && m.capturedEnd() < line.size() && m.capturedEnd() <= kMaxHeadingLength) return int(m.capturedEnd());
    if (line.size() <= kMaxHeadingLength) return int(line.size());
    // Only the numbering opens a heading then; the rest of the line is body text.
    static const QRegularExpression marker(QStringLiteral("^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9０-９]+[）)]|[0-9０-９]+[.．、])"));
    const QRegularExpressionMatch mark = marker.match(line);
    return mark.hasMatch() ? int(mark.capturedEnd()) : 0;
}

QList<FlowBlock> ReportFlow::build(const ReportData &report)
{
    const ReportTemplate &t = *report.format;
    const ReportMetadata &m = report.meta;
    QList<FlowBlock> blocks;
    if (!m.documentNumber.trimmed().isEmpty()) blocks << block(FlowBlock::Kind::DocumentNumber, m.documentNumber.trimmed());
    blocks << block(FlowBlock::Kind::Title, report.displayTitle().trimmed());
    if (!m.addressee.trimmed().isEmpty()) {
        QString addressee = m.addressee.trimmed();
        const QString colon = t.phrase(QStringLiteral("addresseeEnd"));
        if (!addressee.endsWith(colon) && !addressee.endsWith(QLatin1Char(':'))) addressee += colon;
        blocks << block(FlowBlock::Kind::Addressee, addressee);
    }
    appendProse(blocks, report.text(QStringLiteral("preamble")), QStringLiteral("preamble"));
    for (const SectionDef &s : t.sections) {
        blocks << block(FlowBlock::Kind::SectionHeading, s.heading, s.key);
        blocks.last().level = 1;
        blocks.last().headingLength = int(s.heading.size());
        appendProse(blocks, report.text(s.key), s.key);
        for (const QString &tableId : s.tableIds) {
            FlowBlock b = block(FlowBlock::Kind::Table, QString(), s.key);
            b.table = t.table(tableId);
            if (b.table) blocks << b;
        }
    }
    if (!m.signature.trimmed().isEmpty()) blocks << block(FlowBlock::Kind::Signature, m.signature.trimmed());
    if (m.dateWritten.isValid()) blocks << block(FlowBlock::Kind::Date, TextExport::chineseDate(m.dateWritten));
    if (!m.copyTo.trimmed().isEmpty())
        blocks << block(FlowBlock::Kind::CopyTo, t.phrase(QStringLiteral("copyToLabel")) + m.copyTo.trimmed());
    if (!m.issuedBy.trimmed().isEmpty()) blocks << block(FlowBlock::Kind::IssuedBy, m.issuedBy.trimmed());
    return blocks;
}

double ReportFlow::textWidthInChars(const QString &text)
{
    double w = 0;
    for (QChar c : text) w += isHalfWidth(c) ? 0.5 : 1.0;
    return w;
}

std::pair<QString, QString> ReportFlow::splitIssuedBy(const QString &line)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    static const QRegularExpression year(QStringLiteral("\\d{4}\\s*年"));
    const QString text = line.trimmed();
    qsizetype at = text.lastIndexOf(space);
    if (at <= 0) {
        QRegularExpressionMatchIterator it = year.globalMatch(text);
        at = -1;
        while (it.hasNext()) at = it.next().capturedStart();
    }
    if (at <= 0) return {text, QString()};
    return {text.left(at).trimmed(), text.mid(at).trimmed()};
}

QStringList ReportFlow::titleLines(const QString &title, const QString &organ, double maxChars)
{
    const int n = int(title.size());
    if (n == 0 || textWidthInChars(title) <= maxChars) return {title};

    // Where a line may end (after character i-1, before i), and the cost of ending one there.
    static const QString noLineStart = QStringLiteral("，。、；：？！）》」』”’,.;:?!)%");
    static const QString noLineEnd = QStringLiteral("（《「『“‘(");
    constexpr double kUnpreferred = 50; // in characters²: a break that splits a phrase
    QList<double> breakCost(n + 1, -1);
    for (int i = 1; i < n; ++i) {
        const QChar before = title[i - 1], after = title[i];
        if (noLineStart.contains(after) || noLineEnd.contains(before)) continue;
        if (isHalfWidth(before) && isHalfWidth(after) && before.isLetterOrNumber() && after.isLetterOrNumber()) continue;
        breakCost[i] = kUnpreferred;
        if (after.isDigit() && !before.isDigit()) breakCost[i] = 0; // before the year
    }
    if (!organ.isEmpty() && title.startsWith(organ) && organ.size() < n) breakCost[organ.size()] = 0;
    // GB/T 9704 7.3.1: a title breaks where the sense stays whole. No break inside the words organ names and
    // titles are made of (城乡|建设 reads as two things); a break after an organ's own name is good.
    static const QStringList words = {
        QStringLiteral("人民政府"), QStringLiteral("人民代表大会"), QStringLiteral("常务委员会"), QStringLiteral("委员会"),
        QStringLiteral("办公室"), QStringLiteral("办公厅"), QStringLiteral("办事处"), QStringLiteral("管理局"),
        QStringLiteral("管理委员会"), QStringLiteral("政府信息公开"), QStringLiteral("信息公开"), QStringLiteral("工作"),
        QStringLiteral("年度"), QStringLiteral("报告"), QStringLiteral("自治区"), QStringLiteral("自治州"),
        QStringLiteral("自治县"), QStringLiteral("自治旗"), QStringLiteral("街道"), QStringLiteral("中共"),
        QStringLiteral("发展"), QStringLiteral("改革"), QStringLiteral("财政"), QStringLiteral("教育"), QStringLiteral("卫生"),
        QStringLiteral("健康"), QStringLiteral("公安"), QStringLiteral("司法"), QStringLiteral("交通"), QStringLiteral("运输"),
        QStringLiteral("住房"), QStringLiteral("城乡"), QStringLiteral("建设"), QStringLiteral("自然资源"),
        QStringLiteral("生态环境"), QStringLiteral("农业"), QStringLiteral("农村"), QStringLiteral("水利"), QStringLiteral("商务"),
        QStringLiteral("文化"), QStringLiteral("旅游"), QStringLiteral("体育"), QStringLiteral("应急"), QStringLiteral("市场"),
        QStringLiteral("监督"), QStringLiteral("管理"), QStringLiteral("行政"), QStringLiteral("审批"), QStringLiteral("服务"),
        QStringLiteral("统计"), QStringLiteral("医疗"), QStringLiteral("保障"), QStringLiteral("人力资源"), QStringLiteral("社会"),
        QStringLiteral("民政"), QStringLiteral("科学技术"), QStringLiteral("工业"), QStringLiteral("信息化"),
        QStringLiteral("退役军人"), QStringLiteral("事务"), QStringLiteral("审计"), QStringLiteral("林业"), QStringLiteral("草原"),
        QStringLiteral("生产建设兵团"), QStringLiteral("经济"), QStringLiteral("开发区"), QStringLiteral("高新"),
        QStringLiteral("技术"), QStringLiteral("产业"), QStringLiteral("园区"), QStringLiteral("区域"), QStringLiteral("政务"),
        QStringLiteral("数据"), QStringLiteral("大数据"), QStringLiteral("档案"), QStringLiteral("机关"), QStringLiteral("事务管理局"),
        QStringLiteral("关于"), QStringLiteral("上报")};
    for (const QString &word : words)
        for (qsizetype at = title.indexOf(word); at >= 0; at = title.indexOf(word, at + 1))
            for (qsizetype i = at + 1; i < at + word.size() && i < n; ++i) breakCost[i] = -1;
    static const QStringList organEnds = {QStringLiteral("人民政府"), QStringLiteral("办公室"), QStringLiteral("委员会"),
                                          QStringLiteral("局"), QStringLiteral("厅"), QStringLiteral("办事处")};
    for (const QString &end : organEnds)
        for (qsizetype at = title.indexOf(end); at >= 0; at = title.indexOf(end, at + 1))
            if (const qsizetype i = at + end.size(); i < n && breakCost[i] > 0) breakCost[i] = kUnpreferred / 5;

    // Fewest lines first; among those, the most even lines with the fewest phrase-splitting breaks.
    for (int lines = 2; lines <= n; ++lines) {
        const double target = textWidthInChars(title) / lines;
        constexpr double kInf = std::numeric_limits<double>::infinity();
        // cost[k][i]: best cost of setting title[0, i) on k lines; from[k][i]: where the k-th line starts.
        QList<QList<double>> cost(lines + 1, QList<double>(n + 1, kInf));
        QList<QList<int>> from(lines + 1, QList<int>(n + 1, -1));
        cost[0][0] = 0;
        for (int k = 1; k <= lines; ++k)
            for (int i = 1; i <= n; ++i) {
                if (i < n && breakCost[i] < 0) continue;
                for (int j = 0; j < i; ++j) {
                    if (cost[k - 1][j] == kInf) continue;
                    const double w = textWidthInChars(title.mid(j, i - j));
                    if (w > maxChars) continue;
                    const double c = cost[k - 1][j] + (w - target) * (w - target) + (i < n ? breakCost[i] : 0);
                    if (c < cost[k][i]) {
                        cost[k][i] = c;
                        from[k][i] = j;
                    }
                }
            }
        if (cost[lines][n] == kInf) continue;
        QStringList result;
        for (int k = lines, i = n; k > 0; i = from[k][i], --k) result.prepend(title.mid(from[k][i], i - from[k][i]));
        return result;
    }
    return {title};
}

} // namespace nianbao
