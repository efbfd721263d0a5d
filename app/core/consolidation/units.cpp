// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolidation/units.h"

#include "import/textdecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSet>

namespace nianbao {

namespace {

class UnitText
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::Consolidation)
};

// One CSV record (RFC 4180 quoting) of a single line; units lists have no line breaks inside fields.
QStringList csvFields(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line[i + 1] == QLatin1Char('"')) field += line[++i];
            else if (c == QLatin1Char('"')) quoted = false;
            else field += c;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << field.trimmed();
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field.trimmed();
    return fields;
}

bool isHeader(const QStringList &fields)
{
    static const QStringList names = {QStringLiteral("name"), QStringLiteral("名称"), QStringLiteral("单位"), QStringLiteral("单位名称")};
    return names.contains(fields.value(0).toLower());
}

} // namespace

QString organKey(const QString &organ)
{
    QString key;
    key.reserve(organ.size());
    for (const QChar c : organ)
        if (!c.isSpace()) key += c;
    return key;
}

std::optional<UnitList> UnitList::parse(const QByteArray &bytes, const QString &name, QString *error)
{
    const import::DecodedText decoded = import::TextDecoder::decode(bytes);
    if (!decoded.ok()) {
        *error = QStringLiteral("%1: %2").arg(name, decoded.error);
        return std::nullopt;
    }
    UnitList list;
    QHash<QString, int> seen;
    const QStringList lines = decoded.text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) continue;
        const QStringList f = csvFields(line);
        if (list.units.isEmpty() && seen.isEmpty() && isHeader(f)) continue;
        Unit u{f.value(0), f.value(1), f.value(2), i + 1};
        if (u.name.isEmpty() || u.level.isEmpty()) {
            *error = UnitText::tr("%1: line %2: expected name, level and an optional code").arg(name).arg(i + 1);
            return std::nullopt;
        }
        const QString key = organKey(u.name);
        if (seen.contains(key)) {
            *error = UnitText::tr("%1: line %2: %3 is already listed on line %4").arg(name).arg(i + 1).arg(u.name).arg(seen.value(key));
            return std::nullopt;
        }
        seen.insert(key, i + 1);
        list.units << u;
    }
    if (list.units.isEmpty()) {
        *error = UnitText::tr("%1: lists no unit").arg(name);
        return std::nullopt;
    }
    return list;
}

std::optional<UnitList> UnitList::load(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = UnitText::tr("%1: cannot be read: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    return parse(f.readAll(), path, error);
}

QStringList UnitMatch::missingNames() const
{
    QStringList out;
    for (const Unit &u : missing) out << u.name;
    return out;
}

QStringList UnitMatch::duplicatedNames() const
{
    QStringList out;
    for (const DuplicatedUnit &d : duplicated) out << d.organ;
    return out;
}

UnitMatch matchUnits(const QList<ChildReport> &children, const UnitList *units)
{
    UnitMatch m;
    QHash<QString, QList<int>> byOrgan;
    QStringList order;
    for (int i = 0; i < children.size(); ++i) {
        const QString key = organKey(children[i].report.meta.organ);
        if (!byOrgan.contains(key)) order << key;
        byOrgan[key] << i;
    }
    for (const QString &key : std::as_const(order)) {
        const QList<int> &which = byOrgan[key];
        if (which.size() < 2) continue;
        DuplicatedUnit d{children[which.first()].report.meta.organ, {}};
        for (int i : which) d.paths << children[i].path;
        m.duplicated << d;
    }
    if (!units) return m;
    QSet<QString> listed;
    for (const Unit &u : units->units) {
        listed.insert(organKey(u.name));
        if (!byOrgan.contains(organKey(u.name))) m.missing << u;
    }
    for (int i = 0; i < children.size(); ++i)
        if (!listed.contains(organKey(children[i].report.meta.organ))) m.unexpected << i;
    return m;
}

} // namespace nianbao
