// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A national report format (gov-2019, gov-2021) as read from resources/templates/*.json: sections, table grids
// with merged cells, cell types and the check instances. Nothing here knows a label or a rule id; it is all data.

#include "model/quantity.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace nianbao {

class Rule;

enum class SectionKind { Prose, Tables };

// How a cell of a consolidated (汇总) report relates to its children's cells, from the template's "additivity"
// (per table, overridable per cell). Strict: the parent is the sum and a difference is an error (sections 三 and
// 四); Loose: the sum, but a difference is only a warning (section 二: joint issuance, documents drafted for the
// government); Information: the sum is shown, a difference is information (上一年项目数量, 本年增/减); None: never
// added (prose, percentages). Money is added in 分, so units are made common before adding.
enum class Additivity { None, Information, Loose, Strict };
QString additivityId(Additivity a); // "none" | "information" | "loose" | "strict"

struct SectionDef {
    QString key;           // "s1" … "s6"
    QString number;        // "一" … "六"
    QString heading;       // exact printed heading, e.g. "一、总体情况"
    QStringList variants;  // other headings accepted on import
    QStringList keywords;  // words every heading of this section holds, however worded ("复议", "诉讼")
    SectionKind kind = SectionKind::Prose;
    QStringList tableIds;  // for Tables sections
    QStringList skeleton;  // headings a new report starts the prose with
};

// One printed grid position that starts a merged area (or a single cell). Covered positions have no entry.
struct GridEntry {
    int row = 0;
    int column = 0;
    int rowSpan = 1;
    int columnSpan = 1;
    bool header = false;  // part of the header rows (repeated after a page break)
    QString text;         // label or header text; empty for a value cell
    QString cellId;       // non-empty for a value cell
};

struct CellDef {
    QString id;
    QString tableId;
    CellType type = CellType::Count;
    MoneyUnit unit = MoneyUnit::None; // money: default unit
    bool fixedUnit = false;           // money: the unit may not change
    bool derived = false;             // the total of an identity: the editor may compute it
    Additivity additivity = Additivity::None; // consolidation: see Additivity
    QString rowLabel;                 // innermost label of its row, e.g. "（七）总计"
    QString columnLabel;              // lowest header above it, e.g. "自然人"
    QString caption;                  // block caption of section 二 (the item of the 条例), from the template
    int gridRow = 0;
    int gridColumn = 0;
};

struct TableDef {
    QString id;
    QString sectionKey;
    int rowCount = 0;
    int columnCount = 0;
    QList<GridEntry> entries;   // in reading order (row, then column)
    QStringList cellIds;        // value cells in reading order

    const GridEntry *entryAt(int row, int column) const; // the entry starting at or covering (row, column)
};

// A check instance: its kind is interpreted by the check engine, everything else is the template's data.
struct CheckDef {
    QString id;
    QString kind;
    QString severity; // "error" | "warning" | "info"
    QJsonObject params;
};

// Not copyable: its compiled rules hold a reference to the template they were compiled from, so a copy would
// check with the original's rules (and dangle once the original is gone). Shared as TemplatePtr instead.
class ReportTemplate
{
public:
    ReportTemplate() = default;
    Q_DISABLE_COPY_MOVE(ReportTemplate)

    QString id;          // "gov-2019"
    QString name;        // the format's full name
    QString notice;      // 国办公开办函〔2019〕60号
    int firstYear = 0;
    int lastYear = 0;    // 0: open-ended
    QString titlePattern; // "{organ}{year}年政府信息公开工作年度报告"
    QJsonObject phrases;  // words the engine composes messages with (多/少, field names …)
    QList<SectionDef> sections;
    QList<TableDef> tables;
    QList<CheckDef> checks;

    const SectionDef *section(const QString &key) const;
    const TableDef *table(const QString &id) const;
    const CellDef *cell(const QString &id) const;
    int cellIndex(const QString &id) const { return m_cellIndex.value(id, -1); }
    const CellDef &cellAt(int index) const { return m_cells[index]; }
    const QList<std::shared_ptr<const Rule>> &rules() const { return m_rules; }
    const QStringList &cellIds() const { return m_cellIds; }
    // "三、（七）总计·自然人": the section number, the row label and the column label, as a clerk reads it
    QString cellLabel(const QString &cellId) const;
    QString title(const QString &organ, int year) const;
    bool appliesToYear(int year) const;
    QString phrase(const QString &key) const { return phrases.value(key).toString(); }

private:
    friend class TemplateLoader;
    friend class TemplateBuilder;
    friend bool compileRules(ReportTemplate &t, QString *error);
    QList<CellDef> m_cells;
    QHash<QString, int> m_cellIndex;
    QStringList m_cellIds;
    QList<std::shared_ptr<const Rule>> m_rules;
};

using TemplatePtr = std::shared_ptr<const ReportTemplate>;

class TemplateLoader
{
public:
    // Parses and validates a template; on failure returns null and sets `error` to a message that names the
    // source and the exact place (e.g. "gov-2019.json: tables[1].rows[4]: cell id s3.r1.natural twice").
    static TemplatePtr load(const QByteArray &json, const QString &sourceName, QString *error);
    static TemplatePtr loadFile(const QString &path, QString *error);
};

// The built-in formats, loaded once from the resources.
class TemplateRegistry
{
public:
    static TemplatePtr get(const QString &id);
    // Whether get(id) would find the format loaded already (a format is loaded once, on first use).
    static bool isLoaded(const QString &id);
    static QStringList ids();
    // The format a report of this year uses: ≤ 2020 gov-2019, else gov-2021 (from the templates' year ranges).
    static QString idForYear(int year);
};

} // namespace nianbao
