// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A report in reading order as printed: 文号, title, 主送机关, preamble, each section's heading, prose and tables,
// signature, date, 版记. The PDF, ODT and HTML writers all walk this one list, so they agree on what is printed.

#include "model/reportdata.h"

#include <QList>
#include <QString>
#include <utility>

namespace nianbao {

struct FlowBlock {
    enum class Kind {
        DocumentNumber, // 文号
        Title,
        Addressee,      // 主送机关, with its closing colon
        SectionHeading, // "一、总体情况" (the template's heading)
        Paragraph,      // one prose line; may be (or start with) a 公文 heading
        Table,
        Signature,      // 发文机关署名
        Date,           // 成文日期
        CopyTo,         // 版记: 抄送
        IssuedBy,       // 版记: 印发机关 and 印发日期
    };
    Kind kind = Kind::Paragraph;
    QString text;
    // Paragraph: the 公文 heading level the line starts with (1 一、, 2 （一）, 3 1., 4 （1）; 0 none) and how many
    // of its characters are the heading: all of them for a heading line, the part up to its closing 。 or ：
    // for a run-in heading ("（一）加强组织领导。认真贯彻…").
    int level = 0;
    int headingLength = 0;
    const TableDef *table = nullptr;
    QString sectionKey; // "preamble", "s1" … "s6"; empty outside the sections
};

class ReportFlow
{
public:
    static QList<FlowBlock> build(const ReportData &report);
    // The heading part of a prose line of the given level (see FlowBlock::headingLength).
    static int headingLength(const QString &line, int level);
    // The title split into the lines it is printed on, each at most `maxChars` wide (a CJK character counts 1,
    // a Latin letter or digit ½): after the organ's name when the title starts with it, before the year, else in
    // the middle, so that the lines keep whole words and are about equally long.
    static QStringList titleLines(const QString &title, const QString &organ, double maxChars);
    static double textWidthInChars(const QString &text);
    // The 印发 line's two parts, 印发机关 (set left) and 印发日期 (set right): split at its last space, or else
    // before the date's year ("…办公室2020年2月4日印发"); the date part is empty when there is neither.
    static std::pair<QString, QString> splitIssuedBy(const QString &line);
};

} // namespace nianbao
