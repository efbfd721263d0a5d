// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/reportfile.h"

#include "files/jsonscan.h"
#include "files/regularfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

#ifndef NIANBAO_VERSION
#define NIANBAO_VERSION "0.0.0"
#endif

namespace nianbao {

// Messages about a file reach the clerk (editor) and the operator (command line): translated.
class ReportFileText
{
    Q_DECLARE_TR_FUNCTIONS(ReportFile)
};

QString appLicenseId()
{
    return QStringLiteral("GPL-3.0-or-later");
}

QString appVersionString()
{
    return QStringLiteral("nianbao " NIANBAO_VERSION);
}

namespace {

struct FileError {
    QString message;
};

// Metadata fields as stored: JSON key → member.
struct TextField {
    const char *key;
    QString ReportMetadata::*member;
};
const TextField kTextFields[] = {
    {"organ", &ReportMetadata::organ},         {"title", &ReportMetadata::title},
    {"documentNumber", &ReportMetadata::documentNumber}, {"addressee", &ReportMetadata::addressee},
    {"signature", &ReportMetadata::signature}, {"copyTo", &ReportMetadata::copyTo},
    {"issuedBy", &ReportMetadata::issuedBy},   {"lastYearPath", &ReportMetadata::lastYearPath},
    {"lastYearSha256", &ReportMetadata::lastYearSha256},
};

QJsonValue cellToJson(const CellValue &c, CellType type)
{
    auto quantity = [type](const Quantity &q) -> QJsonValue {
        if (type == CellType::Money) return formatQuantity(q, type);
        return QJsonValue(q.number);
    };
    switch (c.state) {
    case CellValue::State::Blank: return QJsonValue::Null;
    case CellValue::State::Value: return quantity(c.value);
    case CellValue::State::Unconfirmed: {
        QJsonArray candidates;
        for (const Quantity &q : c.candidates) candidates << quantity(q);
        return QJsonObject{{QStringLiteral("unconfirmed"), quantity(c.value)},
                           {QStringLiteral("candidates"), candidates},
                           {QStringLiteral("line"), c.sourceLine}};
    }
    }
    return QJsonValue::Null;
}

class Reader
{
public:
    Reader(const ReportTemplate &t, int version) : m_t(t), m_version(version) {}

    Quantity quantity(const QJsonValue &v, const CellDef &def, const QString &path) const
    {
        if (def.type == CellType::Money) {
            if (m_version == 1 && v.isObject()) { // version 1: {"fen": N, "unit": "万元"}
                const QJsonObject o = v.toObject();
                const auto unit = moneyUnitFromText(o.value(QStringLiteral("unit")).toString());
                const QJsonValue fen = o.value(QStringLiteral("fen"));
                if (!unit || !fen.isDouble() || fen.toDouble() != double(fen.toInteger()))
                    fail(path, ReportFileText::tr("money must be {\"fen\": whole number, \"unit\": 元|万元|亿元}"));
                return moneyInUnit(fen.toInteger(), *unit);
            }
            if (!v.isString()) fail(path, ReportFileText::tr("money must be a string with its unit, e.g. \"10822万元\""));
            // A negative amount cannot be typed, but an older file may hold one: keep it, so that what was loaded
            // saves and loads again, and let the check engine report it (CELL-TYPE).
            QString text = v.toString();
            const bool negative = text.startsWith(QLatin1Char('-'));
            if (negative) text.remove(0, 1);
            ParsedValue p = parseCellText(text, CellType::Money, def.unit, false);
            if (p.kind != ParsedValue::Kind::Value) fail(path, ReportFileText::tr("\"%1\" is not an amount of money").arg(v.toString()));
            if (negative) p.value.number = -p.value.number;
            return p.value;
        }
        // Out-of-range integers are kept: the check engine reports them (CELL-TYPE) so the clerk can fix them.
        if (!v.isDouble() || v.toDouble() != double(v.toInteger()) || qAbs(v.toDouble()) > 9e15)
            fail(path, ReportFileText::tr("must be a whole number or null (blank)"));
        return Quantity{v.toInteger(), MoneyUnit::None, 0};
    }

    CellValue cell(const QJsonValue &v, const CellDef &def, const QString &path) const
    {
        if (v.isNull() || v.isUndefined()) {
            CellValue blank;
            if (def.type == CellType::Money) blank.value.unit = def.unit;
            return blank;
        }
        if (v.isObject() && v.toObject().contains(QStringLiteral("unconfirmed"))) {
            const QJsonObject o = v.toObject();
            CellValue c;
            c.state = CellValue::State::Unconfirmed;
            c.value = quantity(o.value(QStringLiteral("unconfirmed")), def, path + QStringLiteral(".unconfirmed"));
            const QJsonValue candidates = o.value(QStringLiteral("candidates"));
            if (!candidates.isArray()) fail(path + QStringLiteral(".candidates"), ReportFileText::tr("must be an array"));
            const QJsonArray a = candidates.toArray();
            for (int i = 0; i < a.size(); ++i)
                c.candidates << quantity(a[i], def, QStringLiteral("%1.candidates[%2]").arg(path).arg(i));
            const QJsonValue line = o.value(QStringLiteral("line"));
            if (!line.isUndefined() && !line.isDouble()) fail(path + QStringLiteral(".line"), ReportFileText::tr("must be a number"));
            c.sourceLine = line.toInt();
            return c;
        }
        return CellValue::of(quantity(v, def, path));
    }

    [[noreturn]] static void fail(const QString &path, const QString &what)
    {
        throw FileError{QStringLiteral("%1: %2").arg(path, what)};
    }

private:
    const ReportTemplate &m_t;
    int m_version;
};

QString string(const QJsonObject &o, const QString &key, const QString &path)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) return QString();
    if (!v.isString()) Reader::fail(path + QLatin1Char('.') + key, ReportFileText::tr("must be a string"));
    return v.toString();
}

QDate date(const QJsonObject &o, const QString &key, const QString &path)
{
    const QString s = string(o, key, path);
    if (s.isEmpty()) return {};
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (!d.isValid()) Reader::fail(path + QLatin1Char('.') + key, ReportFileText::tr("\"%1\" is not a date (YYYY-MM-DD)").arg(s));
    return d;
}

// Keys this version reads; any other is a later version's field, kept as it is (ReportData::laterFields).
const QStringList kKnownTopLevelKeys = {QStringLiteral("nianbao"), QStringLiteral("version"), QStringLiteral("app"),
                                        QStringLiteral("format"), QStringLiteral("meta"), QStringLiteral("prose"),
                                        QStringLiteral("notes"), QStringLiteral("drafts"), QStringLiteral("cells")};

const QStringList &knownMetaKeys()
{
    static const QStringList keys = [] {
        QStringList k{QStringLiteral("year"),     QStringLiteral("level"),     QStringLiteral("tier"),
                      QStringLiteral("dateWritten"), QStringLiteral("deadline"), QStringLiteral("published"),
                      QStringLiteral("consolidatedFrom")};
        for (const TextField &f : kTextFields) k << QLatin1String(f.key);
        return k;
    }();
    return keys;
}

int lineOfOffset(const QByteArray &bytes, qsizetype offset)
{
    return int(bytes.left(offset).count('\n')) + 1;
}

} // namespace

QByteArray ReportFile::serialize(const ReportData &report)
{
    const ReportMetadata &m = report.meta;
    QJsonObject meta;
    for (const TextField &f : kTextFields)
        if (!(m.*f.member).isEmpty()) meta.insert(QLatin1String(f.key), m.*f.member);
    if (m.year > 0) meta.insert(QStringLiteral("year"), m.year);
    if (m.level != OrganLevel::Unknown) meta.insert(QStringLiteral("level"), organLevelId(m.level));
    if (m.tier != OrganTier::Unknown) meta.insert(QStringLiteral("tier"), organTierId(m.tier));
    if (m.dateWritten.isValid()) meta.insert(QStringLiteral("dateWritten"), m.dateWritten.toString(Qt::ISODate));
    if (m.deadline.isValid()) meta.insert(QStringLiteral("deadline"), m.deadline.toString(Qt::ISODate));
    if (m.published.isValid()) meta.insert(QStringLiteral("published"), m.published.toString(Qt::ISODate));
    // Added without a new file version: older files have none, and an older nianbao keeps it as a later field.
    if (!m.consolidatedFrom.isEmpty()) meta.insert(QStringLiteral("consolidatedFrom"), QJsonArray::fromStringList(m.consolidatedFrom));
    for (auto it = report.laterMetaFields.constBegin(); it != report.laterMetaFields.constEnd(); ++it)
        if (!meta.contains(it.key())) meta.insert(it.key(), it.value());

    QJsonObject prose;
    for (auto it = report.prose.cbegin(); it != report.prose.cend(); ++it)
        if (!it.value().isEmpty()) prose.insert(it.key(), it.value());

    QJsonObject cells;
    const ReportTemplate &t = *report.format;
    for (int i = 0; i < t.cellIds().size(); ++i) cells.insert(t.cellIds()[i], cellToJson(report.cells[i], t.cellAt(i).type));

    QJsonObject root;
    root.insert(QStringLiteral("nianbao"), kVersion);
    root.insert(QStringLiteral("app"), appVersionString());
    root.insert(QStringLiteral("format"), t.id);
    root.insert(QStringLiteral("meta"), meta);
    root.insert(QStringLiteral("prose"), prose);
    if (!report.draftSections.isEmpty()) root.insert(QStringLiteral("drafts"), QJsonArray::fromStringList(report.draftSections));
    root.insert(QStringLiteral("cells"), cells);
    for (auto it = report.laterFields.constBegin(); it != report.laterFields.constEnd(); ++it)
        if (!root.contains(it.key())) root.insert(it.key(), it.value());
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<ReportData> ReportFile::parse(const QByteArray &bytes, const QString &name, QString *error)
{
    auto failWith = [&](const QString &message) -> std::optional<ReportData> {
        if (error) *error = QStringLiteral("%1: %2").arg(name, message);
        return std::nullopt;
    };
    if (bytes.trimmed().isEmpty()) return failWith(ReportFileText::tr("the file is empty"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        switch (jsonscan::guessEncoding(bytes)) {
        case jsonscan::Encoding::Utf16:
            return failWith(ReportFileText::tr("the file is in UTF-16; report files are UTF-8. Save it again as UTF-8."));
        case jsonscan::Encoding::Gb18030:
            return failWith(ReportFileText::tr("the file is not UTF-8 (it looks like GBK/GB18030); report files are UTF-8. "
                                               "Save it again as UTF-8."));
        case jsonscan::Encoding::Utf8:
        case jsonscan::Encoding::Unknown: break;
        }
        if (parseError.offset >= bytes.trimmed().size() - 1 || parseError.error == QJsonParseError::UnterminatedObject
            || parseError.error == QJsonParseError::UnterminatedArray || parseError.error == QJsonParseError::UnterminatedString)
            return failWith(ReportFileText::tr("line %1: the file is truncated or damaged (%2)")
                                .arg(lineOfOffset(bytes, parseError.offset)).arg(parseError.errorString()));
        return failWith(ReportFileText::tr("line %1: not a nianbao report file (not valid JSON: %2)")
                            .arg(lineOfOffset(bytes, parseError.offset)).arg(parseError.errorString()));
    }
    if (!doc.isObject()) return failWith(ReportFileText::tr("not a nianbao report file (no JSON object)"));
    // The parser keeps the last of two equal keys without a word; a file edited by hand may hold both.
    if (const jsonscan::DuplicateKey twice = jsonscan::firstDuplicateKey(bytes); !twice.key.isEmpty())
        return failWith(ReportFileText::tr("line %1: \"%2\" appears twice in the same object; keep one of them")
                            .arg(twice.line).arg(twice.key));
    const QJsonObject root = doc.object();

    // Version 1 wrote {"version": 1, …}; from version 2 on the key is "nianbao".
    double versionNumber = 0;
    const QJsonValue v2 = root.value(QStringLiteral("nianbao")), v1 = root.value(QStringLiteral("version"));
    if (v2.isDouble()) versionNumber = v2.toDouble();
    else if (v1.isDouble() && root.contains(QStringLiteral("format"))) versionNumber = v1.toDouble();
    else return failWith(ReportFileText::tr("not a nianbao report file (no format version)"));
    const QString versionText = QString::number(versionNumber, 'g', 16);
    if (versionNumber != std::floor(versionNumber))
        return failWith(ReportFileText::tr("the file version %1 is not a whole number").arg(versionText));
    if (versionNumber > kVersion)
        return failWith(ReportFileText::tr("written by a newer version of nianbao (%1, file version %2); this version "
                                         "reads file versions up to %3. Please update nianbao.")
                            .arg(root.value(QStringLiteral("app")).toString(QStringLiteral("unknown")), versionText).arg(kVersion));
    if (versionNumber < 1) return failWith(ReportFileText::tr("unknown file version %1").arg(versionText));
    const int version = int(versionNumber);

    const QString formatId = root.value(QStringLiteral("format")).toString();
    const TemplatePtr format = TemplateRegistry::get(formatId);
    if (!format)
        return failWith(ReportFileText::tr("unknown report format \"%1\" (known: %2)")
                            .arg(formatId, TemplateRegistry::ids().join(QStringLiteral(", "))));

    ReportData report = ReportData::create(format);
    try {
        const QJsonValue metaValue = root.value(QStringLiteral("meta"));
        if (!metaValue.isUndefined() && !metaValue.isObject()) Reader::fail(QStringLiteral("meta"), ReportFileText::tr("must be an object"));
        const QJsonObject meta = metaValue.toObject();
        for (auto it = meta.constBegin(); it != meta.constEnd(); ++it)
            if (!knownMetaKeys().contains(it.key())) report.laterMetaFields.insert(it.key(), it.value());
        for (auto it = root.constBegin(); it != root.constEnd(); ++it)
            if (!kKnownTopLevelKeys.contains(it.key())) report.laterFields.insert(it.key(), it.value());
        ReportMetadata &m = report.meta;
        for (const TextField &f : kTextFields) m.*f.member = string(meta, QLatin1String(f.key), QStringLiteral("meta"));
        const QJsonValue year = meta.value(QStringLiteral("year"));
        if (!year.isUndefined() && (!year.isDouble() || year.toInt() < 0 || year.toInt() > 9999 || year.toDouble() != year.toInt()))
            Reader::fail(QStringLiteral("meta.year"), ReportFileText::tr("must be a year"));
        m.year = year.toInt();
        bool ok = true;
        m.level = organLevelFromId(string(meta, QStringLiteral("level"), QStringLiteral("meta")), &ok);
        if (!ok) Reader::fail(QStringLiteral("meta.level"), ReportFileText::tr("must be \"government\" or \"department\""));
        m.tier = organTierFromId(string(meta, QStringLiteral("tier"), QStringLiteral("meta")), &ok);
        if (!ok) Reader::fail(QStringLiteral("meta.tier"), ReportFileText::tr("must be national, province, city, county or township"));
        m.dateWritten = date(meta, QStringLiteral("dateWritten"), QStringLiteral("meta"));
        m.deadline = date(meta, QStringLiteral("deadline"), QStringLiteral("meta"));
        const QString published = string(meta, QStringLiteral("published"), QStringLiteral("meta"));
        if (!published.isEmpty()) {
            m.published = QDateTime::fromString(published, Qt::ISODate);
            if (!m.published.isValid()) Reader::fail(QStringLiteral("meta.published"), ReportFileText::tr("\"%1\" is not a date and time").arg(published));
        }
        const QJsonValue children = meta.value(QStringLiteral("consolidatedFrom"));
        if (!children.isUndefined() && !children.isNull()) {
            if (!children.isArray()) Reader::fail(QStringLiteral("meta.consolidatedFrom"), ReportFileText::tr("must be an array of file names"));
            const QJsonArray list = children.toArray();
            for (int i = 0; i < list.size(); ++i) {
                if (!list[i].isString() || list[i].toString().isEmpty())
                    Reader::fail(QStringLiteral("meta.consolidatedFrom[%1]").arg(i), ReportFileText::tr("must be a file name"));
                m.consolidatedFrom << list[i].toString();
            }
        }

        QStringList proseKeys{QStringLiteral("preamble")};
        for (const SectionDef &s : format->sections) proseKeys << s.key;
        auto readTexts = [&](const QString &member) {
            const QJsonValue value = root.value(member);
            if (value.isUndefined()) return;
            if (!value.isObject()) Reader::fail(member, ReportFileText::tr("must be an object"));
            const QJsonObject o = value.toObject();
            for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
                if (!proseKeys.contains(it.key()))
                    Reader::fail(member + QLatin1Char('.') + it.key(), ReportFileText::tr("unknown section (known: %1)").arg(proseKeys.join(QStringLiteral(", "))));
                if (!it.value().isString()) Reader::fail(member + QLatin1Char('.') + it.key(), ReportFileText::tr("must be a string"));
                if (const qsizetype length = it.value().toString().size(); length > ReportData::kMaxProseLength)
                    Reader::fail(member + QLatin1Char('.') + it.key(), ReportFileText::tr("%1 characters; one text of a report may hold at most %2")
                                                                        .arg(length).arg(ReportData::kMaxProseLength));
                report.prose.insert(it.key(), it.value().toString());
            }
        };
        readTexts(QStringLiteral("prose"));
        if (version == 1) readTexts(QStringLiteral("notes")); // version 1 kept the table notes apart
        const QJsonValue drafts = root.value(QStringLiteral("drafts"));
        if (!drafts.isUndefined()) {
            if (!drafts.isArray()) Reader::fail(QStringLiteral("drafts"), ReportFileText::tr("must be an array of section keys"));
            for (const QJsonValue &d : drafts.toArray()) {
                if (!proseKeys.contains(d.toString()))
                    Reader::fail(QStringLiteral("drafts"), ReportFileText::tr("unknown section \"%1\"").arg(d.toString()));
                report.draftSections << d.toString();
            }
            report.draftSections.sort();
            report.draftSections.removeDuplicates();
        }

        const QJsonValue cellsValue = root.value(QStringLiteral("cells"));
        if (!cellsValue.isObject()) Reader::fail(QStringLiteral("cells"), ReportFileText::tr("missing or not an object"));
        const QJsonObject cells = cellsValue.toObject();
        const Reader reader(*format, version);
        for (auto it = cells.constBegin(); it != cells.constEnd(); ++it) {
            const int index = format->cellIndex(it.key());
            if (index < 0) Reader::fail(QStringLiteral("cells.") + it.key(), ReportFileText::tr("unknown cell id for format %1").arg(formatId));
            report.cells[index] = reader.cell(it.value(), format->cellAt(index), QStringLiteral("cells.") + it.key());
        }
    } catch (const FileError &e) {
        return failWith(e.message);
    }
    return report;
}

bool ReportFile::save(const ReportData &report, const QString &path, QString *error)
{
    return SafeSave::write(path, serialize(report), error);
}

SaveOutcome ReportFile::save(const ReportData &report, const QString &path, const SaveOptions &options)
{
    return SafeSave::write(path, serialize(report), options);
}

std::optional<ReportData> ReportFile::load(const QString &path, QString *error)
{
    const FileBytes file = RegularFile::read(path, kMaxFileSize);
    if (file.problem == FileBytes::Problem::TooLarge) {
        if (error) *error = ReportFileText::tr("%1: too large for a report file (%2 MB; the limit is %3 MB)")
                                .arg(path).arg(RegularFile::megabytes(file.size)).arg(RegularFile::megabytes(kMaxFileSize));
        return std::nullopt;
    }
    if (!file.ok()) {
        if (error) *error = RegularFile::describe(path, file, ReportFileText::tr("%1: is a folder, not a report file").arg(path));
        return std::nullopt;
    }
    return parse(file.bytes, path, error);
}

void ReportFile::loadFormatOf(const QString &path)
{
    const FileBytes file = RegularFile::read(path, kMaxFileSize);
    if (!file.ok()) return;
    const QJsonValue format = QJsonDocument::fromJson(file.bytes).object().value(QStringLiteral("format"));
    if (format.isString()) TemplateRegistry::get(format.toString()); // an unknown id loads nothing
}

} // namespace nianbao
