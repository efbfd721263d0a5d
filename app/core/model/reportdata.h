// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The content of one report as a plain value: metadata (spec §9), prose, notes and every cell.
// ReportDocument wraps it for the editor (signals, undo); files, checks and exports work on this struct.

#include "model/quantity.h"
#include "model/reporttemplate.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace nianbao {

enum class OrganLevel { Unknown, Government, Department };
enum class OrganTier { Unknown, National, Province, City, County, Township };

QString organLevelId(OrganLevel level);   // "government" | "department" | ""
QString organTierId(OrganTier tier);      // "national" … "township" | ""
OrganLevel organLevelFromId(const QString &id, bool *ok = nullptr);
OrganTier organTierFromId(const QString &id, bool *ok = nullptr);

struct ReportMetadata {
    QString organ;            // 机关名称
    int year = 0;             // 报告年度
    QString title;            // as written; empty: generated from the template's title pattern
    OrganLevel level = OrganLevel::Unknown;
    OrganTier tier = OrganTier::Unknown;
    QString documentNumber;   // 文号, e.g. 刚政办〔2020〕6号
    QString addressee;        // 主送机关, without the colon
    QString signature;        // 发文机关署名
    QDate dateWritten;        // 成文日期
    QDateTime published;      // publication date (and time when known)
    QDate deadline;           // deadline set by a local notice; invalid: the 条例's
    QString copyTo;           // 抄送 (without "抄送：")
    QString issuedBy;         // 印发 line, e.g. "刚察县人民政府办公室 2020年2月4日印发"
    QString lastYearPath;     // last year's report (relative to this file's folder when possible), for XY- checks
    QString lastYearSha256;   // its fingerprint when it was linked (hex)
    QStringList consolidatedFrom; // 汇总: the reports this one is the sum of (relative to this file's folder, or absolute)

    bool operator==(const ReportMetadata &o) const;
};

struct CellValue {
    enum class State { Blank, Value, Unconfirmed };
    State state = State::Blank;
    Quantity value;              // Value; for Unconfirmed the proposed candidate (candidates.first())
    QList<Quantity> candidates;  // Unconfirmed: every reading the importer found
    int sourceLine = 0;          // Unconfirmed: line of the imported text it came from

    static CellValue blank() { return {}; }
    static CellValue of(qint64 n) { CellValue c; c.state = State::Value; c.value.number = n; return c; }
    static CellValue of(const Quantity &q) { CellValue c; c.state = State::Value; c.value = q; return c; }
    bool isBlank() const { return state == State::Blank; }
    bool operator==(const CellValue &o) const;
    bool operator!=(const CellValue &o) const { return !(*this == o); }
};

// Keys of the prose texts: "preamble", the prose sections' keys ("s1", "s5", "s6") and the table sections' keys
// for their notes ("s2", "s3", "s4").
struct ReportData {
    TemplatePtr format;
    ReportMetadata meta;
    QHash<QString, QString> prose;
    QList<CellValue> cells; // indexed like format->cellIds()
    QStringList draftSections; // prose keys still holding last year's text, not yet rewritten (sorted)
    // Fields this version does not know (a newer minor version's), at the file's top level and in "meta": kept
    // as read and written back on save, so that opening a file in an older nianbao loses nothing.
    QJsonObject laterFields;
    QJsonObject laterMetaFields;

    // What one prose text (a section, a table note, the preamble) may hold. A real section is a few thousand
    // characters; the cap keeps a pasted or hostile megabyte-sized text from making printing and checking crawl.
    static constexpr qsizetype kMaxProseLength = 200000;

    // A new, empty report of a format: every cell blank.
    static ReportData create(const TemplatePtr &format);
    const CellValue &cell(const QString &id) const; // the blank value for an unknown id
    bool setCell(const QString &id, const CellValue &value); // false for an unknown id
    // The value a check sees: blank counts as 0 (it has its own warning), unconfirmed as its proposed reading.
    qint64 numberAt(int index) const
    {
        const CellValue &c = cells[index];
        return c.state == CellValue::State::Blank ? 0 : c.value.number;
    }
    qint64 numberOf(const QString &id) const;
    QString text(const QString &key) const { return prose.value(key); }
    QString displayTitle() const;
    bool operator==(const ReportData &o) const;
};

// Level and tier as far as the organ's name tells them (editable afterwards): "…人民政府" is a government,
// "…局/委员会/办公室…" a department; the tier from 国务院, 省/自治区/直辖市, 市/州/盟, 县/区/旗, 乡/镇/街道.
void inferLevelAndTier(const QString &organ, OrganLevel *level, OrganTier *tier);

// 公文 heading level of a prose line: 1 for "一、", 2 for "（一）", 3 for "1." / "1．", 4 for "（1）", 0 otherwise.
int proseHeadingLevel(const QString &line);

} // namespace nianbao
