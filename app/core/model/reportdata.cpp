// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/reportdata.h"

#include <QRegularExpression>

namespace nianbao {

QString organLevelId(OrganLevel level)
{
    switch (level) {
    case OrganLevel::Government: return QStringLiteral("government");
    case OrganLevel::Department: return QStringLiteral("department");
    case OrganLevel::Unknown: break;
    }
    return QString();
}

QString organTierId(OrganTier tier)
{
    switch (tier) {
    case OrganTier::National: return QStringLiteral("national");
    case OrganTier::Province: return QStringLiteral("province");
    case OrganTier::City: return QStringLiteral("city");
    case OrganTier::County: return QStringLiteral("county");
    case OrganTier::Township: return QStringLiteral("township");
    case OrganTier::Unknown: break;
    }
    return QString();
}

OrganLevel organLevelFromId(const QString &id, bool *ok)
{
    for (OrganLevel l : {OrganLevel::Unknown, OrganLevel::Government, OrganLevel::Department})
        if (organLevelId(l) == id) {
            if (ok) *ok = true;
            return l;
        }
    if (ok) *ok = false;
    return OrganLevel::Unknown;
}

OrganTier organTierFromId(const QString &id, bool *ok)
{
    for (OrganTier t : {OrganTier::Unknown, OrganTier::National, OrganTier::Province, OrganTier::City,
                        OrganTier::County, OrganTier::Township})
        if (organTierId(t) == id) {
            if (ok) *ok = true;
            return t;
        }
    if (ok) *ok = false;
    return OrganTier::Unknown;
}

bool ReportMetadata::operator==(const ReportMetadata &o) const
{
    return organ == o.organ && year == o.year && title == o.title && level == o.level && tier == o.tier
        && documentNumber == o.documentNumber && addressee == o.addressee && signature == o.signature
        && dateWritten == o.dateWritten && published == o.published && deadline == o.deadline
        && copyTo == o.copyTo && issuedBy == o.issuedBy && lastYearPath == o.lastYearPath
        && lastYearSha256 == o.lastYearSha256 && consolidatedFrom == o.consolidatedFrom;
}

bool CellValue::operator==(const CellValue &o) const
{
    if (state != o.state) return false;
    switch (state) {
    case State::Blank: return true;
    case State::Value: return value == o.value;
    case State::Unconfirmed: return value == o.value && candidates == o.candidates && sourceLine == o.sourceLine;
    }
    return false;
}

ReportData ReportData::create(const TemplatePtr &format)
{
    ReportData d;
    d.format = format;
    d.cells.reserve(format->cellIds().size());
    for (const QString &id : format->cellIds()) {
        CellValue blank;
        if (const CellDef *def = format->cell(id); def->type == CellType::Money) blank.value.unit = def->unit;
        d.cells.append(blank);
    }
    return d;
}

const CellValue &ReportData::cell(const QString &id) const
{
    static const CellValue blank;
    const int i = format ? format->cellIndex(id) : -1;
    return i < 0 ? blank : cells[i];
}

bool ReportData::setCell(const QString &id, const CellValue &value)
{
    const int i = format ? format->cellIndex(id) : -1;
    if (i < 0) return false;
    cells[i] = value;
    return true;
}

qint64 ReportData::numberOf(const QString &id) const
{
    const int i = format ? format->cellIndex(id) : -1;
    return i < 0 ? 0 : numberAt(i);
}

QString ReportData::displayTitle() const
{
    if (!meta.title.isEmpty()) return meta.title;
    return format ? format->title(meta.organ, meta.year) : QString();
}

bool ReportData::operator==(const ReportData &o) const
{
    if ((format ? format->id : QString()) != (o.format ? o.format->id : QString())) return false;
    if (!(meta == o.meta)) return false;
    if (laterFields != o.laterFields || laterMetaFields != o.laterMetaFields) return false;
    // Missing and empty prose are the same thing.
    for (auto it = prose.cbegin(); it != prose.cend(); ++it)
        if (o.prose.value(it.key()) != it.value()) return false;
    for (auto it = o.prose.cbegin(); it != o.prose.cend(); ++it)
        if (prose.value(it.key()) != it.value()) return false;
    return cells == o.cells && draftSections == o.draftSections;
}

void inferLevelAndTier(const QString &organ, OrganLevel *level, OrganTier *tier)
{
    const QString name = organ.trimmed();
    // A government is named "<place>人民政府"; its 办公室 and every 局/委 are departments.
    const bool government = name.endsWith(QStringLiteral("人民政府")) || name == QStringLiteral("国务院");
    *level = name.isEmpty() ? OrganLevel::Unknown : government ? OrganLevel::Government : OrganLevel::Department;

    // The place is what precedes 人民政府 (or, for a department, the first administrative suffix in the name).
    const QString place = government ? name.left(name.size() - 4) : name;
    static const QRegularExpression township(QStringLiteral("(乡|镇|街道|苏木)(人民政府|办事处)?$|(乡|镇|街道)"));
    static const QRegularExpression county(QStringLiteral("(县|区|旗|县级市)"));
    static const QRegularExpression city(QStringLiteral("(市|州|盟|地区)"));
    static const QRegularExpression province(QStringLiteral("(省|自治区)$|^(北京|天津|上海|重庆)市$"));
    if (name.startsWith(QStringLiteral("国务院")) || name.startsWith(QStringLiteral("国家")) || name.startsWith(QStringLiteral("中华人民共和国")))
        *tier = OrganTier::National;
    else if (place.isEmpty())
        *tier = OrganTier::Unknown;
    else if (government && province.match(place).hasMatch())
        *tier = OrganTier::Province;
    else if (government ? place.endsWith(QStringLiteral("乡")) || place.endsWith(QStringLiteral("镇")) || place.endsWith(QStringLiteral("街道"))
                        : township.match(place).hasMatch() && !county.match(place).hasMatch())
        *tier = OrganTier::Township;
    else if (county.match(place).hasMatch())
        *tier = OrganTier::County;
    else if (city.match(place).hasMatch())
        *tier = OrganTier::City;
    else if (place.contains(QStringLiteral("省")) || place.contains(QStringLiteral("自治区")))
        *tier = OrganTier::Province;
    else
        *tier = OrganTier::Unknown;
}

namespace {

bool isChineseNumeral(QChar c)
{
    return QStringView(u"一二三四五六七八九十").contains(c);
}

bool isDigit(QChar c) // ASCII or full-width
{
    return (c >= u'0' && c <= u'9') || (c >= u'０' && c <= u'９');
}

// How many characters from `from` on `accept` takes.
qsizetype runOf(QStringView s, qsizetype from, bool (*accept)(QChar))
{
    qsizetype i = from;
    while (i < s.size() && accept(s[i])) ++i;
    return i - from;
}

// "（…）" or "(…)", either bracket of either width, around one or more characters `accept` takes.
bool bracketed(QStringView s, bool (*accept)(QChar))
{
    if (s.isEmpty() || (s[0] != u'（' && s[0] != u'(')) return false;
    const qsizetype n = runOf(s, 1, accept);
    return n > 0 && n + 1 < s.size() && (s[n + 1] == u'）' || s[n + 1] == u')');
}

} // namespace

int proseHeadingLevel(const QString &rawLine)
{
    // By hand rather than by four regular expressions: the report's every line is asked, on every export (issue 18).
    const QString trimmed = rawLine.trimmed();
    const QStringView line(trimmed);
    if (const qsizetype n = runOf(line, 0, isChineseNumeral); n > 0 && n < line.size() && line[n] == u'、') return 1; // 一、
    if (bracketed(line, isChineseNumeral)) return 2; // （一）
    if (const qsizetype n = runOf(line, 0, isDigit); n > 0 && n < line.size()
        && (line[n] == u'.' || line[n] == u'．' || line[n] == u'、')
        && !(n + 1 < line.size() && line[n + 1] >= u'0' && line[n + 1] <= u'9')) // 1. but not 1.5
        return 3;
    if (bracketed(line, isDigit)) return 4; // （1）
    return 0;
}

} // namespace nianbao
