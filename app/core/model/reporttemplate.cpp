// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/reporttemplate.h"

#include "checks/rules.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QSet>

namespace nianbao {

const GridEntry *TableDef::entryAt(int row, int column) const
{
    for (const GridEntry &e : entries) {
        if (row >= e.row && row < e.row + e.rowSpan && column >= e.column && column < e.column + e.columnSpan)
            return &e;
    }
    return nullptr;
}

const SectionDef *ReportTemplate::section(const QString &key) const
{
    for (const SectionDef &s : sections)
        if (s.key == key) return &s;
    return nullptr;
}

const TableDef *ReportTemplate::table(const QString &id) const
{
    for (const TableDef &t : tables)
        if (t.id == id) return &t;
    return nullptr;
}

const CellDef *ReportTemplate::cell(const QString &id) const
{
    const auto it = m_cellIndex.constFind(id);
    return it == m_cellIndex.cend() ? nullptr : &m_cells[*it];
}

QString ReportTemplate::cellLabel(const QString &cellId) const
{
    const CellDef *c = cell(cellId);
    if (!c) return cellId;
    const TableDef *t = table(c->tableId);
    const SectionDef *s = t ? section(t->sectionKey) : nullptr;
    QStringList parts;
    for (const QString &p : {c->caption, c->rowLabel, c->columnLabel})
        if (!p.isEmpty()) parts << p;
    return (s ? s->number + QStringLiteral("、") : QString()) + parts.join(QStringLiteral("·"));
}

QString ReportTemplate::title(const QString &organ, int year) const
{
    QString t = titlePattern;
    t.replace(QStringLiteral("{organ}"), organ);
    t.replace(QStringLiteral("{year}"), year > 0 ? QString::number(year) : QString());
    return t;
}

bool ReportTemplate::appliesToYear(int year) const
{
    return year >= firstYear && (lastYear == 0 || year <= lastYear);
}

// ---------------------------------------------------------------------------------------------------------------
// Loader: every accessor names the JSON path it reads, so a malformed template gets a precise message.

namespace {

struct LoadError {
    QString message;
};

class Reader
{
public:
    explicit Reader(QString source) : m_source(std::move(source)) {}

    [[noreturn]] void fail(const QString &path, const QString &what) const
    {
        throw LoadError{QStringLiteral("%1: %2: %3").arg(m_source, path, what)};
    }
    QJsonValue member(const QJsonObject &o, const QString &path, const QString &key, bool required) const
    {
        const QJsonValue v = o.value(key);
        if (required && v.isUndefined()) fail(path, QStringLiteral("missing \"%1\"").arg(key));
        return v;
    }
    QString string(const QJsonObject &o, const QString &path, const QString &key, bool required = true) const
    {
        const QJsonValue v = member(o, path, key, required);
        if (v.isUndefined()) return QString();
        if (!v.isString()) fail(path + QLatin1Char('.') + key, QStringLiteral("must be a string"));
        return v.toString();
    }
    int integer(const QJsonObject &o, const QString &path, const QString &key, int def, int min, int max) const
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) return def;
        if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() < min || v.toInt() > max)
            fail(path + QLatin1Char('.') + key, QStringLiteral("must be an integer from %1 to %2").arg(min).arg(max));
        return v.toInt();
    }
    QJsonArray array(const QJsonObject &o, const QString &path, const QString &key, bool required = true) const
    {
        const QJsonValue v = member(o, path, key, required);
        if (v.isUndefined()) return {};
        if (!v.isArray()) fail(path + QLatin1Char('.') + key, QStringLiteral("must be an array"));
        return v.toArray();
    }
    QJsonObject object(const QJsonValue &v, const QString &path) const
    {
        if (!v.isObject()) fail(path, QStringLiteral("must be an object"));
        return v.toObject();
    }
    QStringList strings(const QJsonObject &o, const QString &path, const QString &key) const
    {
        QStringList out;
        const QJsonArray a = array(o, path, key, false);
        for (int i = 0; i < a.size(); ++i) {
            if (!a[i].isString()) fail(QStringLiteral("%1.%2[%3]").arg(path, key).arg(i), QStringLiteral("must be a string"));
            out << a[i].toString();
        }
        return out;
    }

private:
    QString m_source;
};

CellType cellTypeFromText(const Reader &r, const QString &path, const QString &text)
{
    if (text.isEmpty() || text == QLatin1String("count")) return CellType::Count;
    if (text == QLatin1String("signed")) return CellType::Signed;
    if (text == QLatin1String("money")) return CellType::Money;
    r.fail(path, QStringLiteral("unknown cell type \"%1\" (count, signed or money)").arg(text));
}

const char *const kAdditivityIds[] = {"none", "information", "loose", "strict"};

Additivity additivityFromText(const Reader &r, const QString &path, const QString &text, Additivity fallback)
{
    if (text.isEmpty()) return fallback;
    for (int i = 0; i < 4; ++i)
        if (text == QLatin1String(kAdditivityIds[i])) return Additivity(i);
    r.fail(path, QStringLiteral("unknown additivity \"%1\" (none, information, loose or strict)").arg(text));
}

} // namespace

QString additivityId(Additivity a)
{
    return QLatin1String(kAdditivityIds[int(a)]);
}

class TemplateBuilder
{
public:
    TemplateBuilder(ReportTemplate &t, const Reader &r) : m_t(t), m_r(r) {}

    void readSections(const QJsonArray &a)
    {
        QSet<QString> keys;
        for (int i = 0; i < a.size(); ++i) {
            const QString path = QStringLiteral("sections[%1]").arg(i);
            const QJsonObject o = m_r.object(a[i], path);
            SectionDef s;
            s.key = m_r.string(o, path, QStringLiteral("key"));
            s.number = m_r.string(o, path, QStringLiteral("number"));
            s.heading = m_r.string(o, path, QStringLiteral("heading"));
            s.variants = m_r.strings(o, path, QStringLiteral("variants"));
            s.keywords = m_r.strings(o, path, QStringLiteral("keywords"));
            s.skeleton = m_r.strings(o, path, QStringLiteral("skeleton"));
            const QString kind = m_r.string(o, path, QStringLiteral("kind"));
            if (kind == QLatin1String("prose")) s.kind = SectionKind::Prose;
            else if (kind == QLatin1String("tables")) s.kind = SectionKind::Tables;
            else m_r.fail(path + QStringLiteral(".kind"), QStringLiteral("must be \"prose\" or \"tables\", not \"%1\"").arg(kind));
            s.tableIds = m_r.strings(o, path, QStringLiteral("tables"));
            if (s.kind == SectionKind::Tables && s.tableIds.isEmpty())
                m_r.fail(path, QStringLiteral("a tables section needs \"tables\""));
            if (keys.contains(s.key)) m_r.fail(path + QStringLiteral(".key"), QStringLiteral("section key %1 twice").arg(s.key));
            keys.insert(s.key);
            m_t.sections << s;
        }
        if (m_t.sections.isEmpty()) m_r.fail(QStringLiteral("sections"), QStringLiteral("no sections"));
    }

    void readTable(const QJsonObject &o, const QString &path)
    {
        TableDef t;
        t.id = m_r.string(o, path, QStringLiteral("id"));
        t.sectionKey = m_r.string(o, path, QStringLiteral("section"));
        t.columnCount = m_r.integer(o, path, QStringLiteral("columns"), 0, 1, 64);
        if (t.columnCount == 0) m_r.fail(path, QStringLiteral("missing \"columns\""));
        const QString prefix = m_r.string(o, path, QStringLiteral("cellPrefix"), false);
        const QString caption = m_r.string(o, path, QStringLiteral("caption"), false);
        const QJsonObject columnLabels = o.value(QStringLiteral("columnLabels")).toObject();
        const QJsonObject cellLabels = o.value(QStringLiteral("cellLabels")).toObject();
        const Additivity tableAdditivity = additivityFromText(m_r, path + QStringLiteral(".additivity"),
                                                              m_r.string(o, path, QStringLiteral("additivity"), false), Additivity::None);
        const SectionDef *section = m_t.section(t.sectionKey);
        if (!section || !section->tableIds.contains(t.id))
            m_r.fail(path + QStringLiteral(".section"),
                     QStringLiteral("table %1 is not listed in a section \"%2\"").arg(t.id, t.sectionKey));

        const QJsonArray rows = m_r.array(o, path, QStringLiteral("rows"));
        t.rowCount = rows.size();
        // occupied[row][column]: which positions are already covered by an entry (as in an HTML table)
        QList<QList<bool>> occupied(t.rowCount, QList<bool>(t.columnCount, false));
        QList<QString> rowLabels(t.rowCount);
        for (int r = 0; r < rows.size(); ++r) {
            const QString rowPath = QStringLiteral("%1.rows[%2]").arg(path).arg(r);
            const QJsonObject row = m_r.object(rows[r], rowPath);
            const bool header = row.value(QStringLiteral("header")).toBool();
            const QString rowId = m_r.string(row, rowPath, QStringLiteral("id"), false);
            const QJsonArray cells = m_r.array(row, rowPath, QStringLiteral("cells"));
            int column = 0;
            for (int c = 0; c < cells.size(); ++c) {
                const QString cellPath = QStringLiteral("%1.cells[%2]").arg(rowPath).arg(c);
                const QJsonObject co = m_r.object(cells[c], cellPath);
                while (column < t.columnCount && occupied[r][column]) ++column;
                GridEntry e;
                e.row = r;
                e.column = column;
                e.header = header;
                e.rowSpan = m_r.integer(co, cellPath, QStringLiteral("rowspan"), 1, 1, 256);
                e.columnSpan = m_r.integer(co, cellPath, QStringLiteral("colspan"), 1, 1, 64);
                if (column + e.columnSpan > t.columnCount)
                    m_r.fail(cellPath, QStringLiteral("extends past the table's %1 columns").arg(t.columnCount));
                if (r + e.rowSpan > t.rowCount)
                    m_r.fail(cellPath, QStringLiteral("spans past the table's %1 rows").arg(t.rowCount));
                for (int rr = r; rr < r + e.rowSpan; ++rr)
                    for (int cc = column; cc < column + e.columnSpan; ++cc) {
                        if (occupied[rr][cc]) m_r.fail(cellPath, QStringLiteral("overlaps another cell at row %1, column %2").arg(rr).arg(cc));
                        occupied[rr][cc] = true;
                    }
                if (co.contains(QStringLiteral("text"))) {
                    e.text = m_r.string(co, cellPath, QStringLiteral("text"));
                    if (!header) rowLabels[r] = e.text;
                } else {
                    if (header) m_r.fail(cellPath, QStringLiteral("a header row holds only text"));
                    e.cellId = m_r.string(co, cellPath, QStringLiteral("cell"), false);
                    if (e.cellId.isEmpty()) {
                        const QString col = m_r.string(co, cellPath, QStringLiteral("col"), false);
                        if (col.isEmpty()) m_r.fail(cellPath, QStringLiteral("needs \"text\", \"cell\" or \"col\""));
                        if (rowId.isEmpty()) m_r.fail(rowPath, QStringLiteral("\"col\" cells need the row's \"id\""));
                        e.cellId = QStringList{prefix, rowId, col}.join(QLatin1Char('.'));
                    }
                    if (m_t.m_cellIndex.contains(e.cellId))
                        m_r.fail(cellPath, QStringLiteral("cell id %1 twice").arg(e.cellId));
                    CellDef def;
                    def.id = e.cellId;
                    def.tableId = t.id;
                    def.type = cellTypeFromText(m_r, cellPath + QStringLiteral(".type"),
                                                m_r.string(co, cellPath, QStringLiteral("type"), false));
                    const QString unit = m_r.string(co, cellPath, QStringLiteral("unit"), false);
                    if (def.type == CellType::Money) {
                        const auto u = moneyUnitFromText(unit.isEmpty() ? QStringLiteral("元") : unit);
                        if (!u) m_r.fail(cellPath + QStringLiteral(".unit"), QStringLiteral("unknown unit \"%1\" (元, 万元 or 亿元)").arg(unit));
                        def.unit = *u;
                        def.fixedUnit = co.value(QStringLiteral("fixedUnit")).toBool();
                    } else if (!unit.isEmpty()) {
                        m_r.fail(cellPath + QStringLiteral(".unit"), QStringLiteral("only money cells have a unit"));
                    }
                    def.additivity = additivityFromText(m_r, cellPath + QStringLiteral(".additivity"),
                                                        m_r.string(co, cellPath, QStringLiteral("additivity"), false), tableAdditivity);
                    def.caption = caption;
                    def.rowLabel = row.value(QStringLiteral("label")).toString();
                    def.gridRow = r;
                    def.gridColumn = column;
                    const QString colKey = e.cellId.section(QLatin1Char('.'), -1);
                    def.columnLabel = cellLabels.value(e.cellId).toString(columnLabels.value(colKey).toString());
                    m_t.m_cellIndex.insert(def.id, m_t.m_cells.size());
                    m_t.m_cells << def;
                    m_t.m_cellIds << def.id;
                    t.cellIds << def.id;
                }
                t.entries << e;
                column += e.columnSpan;
            }
        }
        for (int r = 0; r < t.rowCount; ++r)
            for (int c = 0; c < t.columnCount; ++c)
                if (!occupied[r][c])
                    m_r.fail(QStringLiteral("%1.rows[%2]").arg(path).arg(r),
                             QStringLiteral("grid position in column %1 is not covered by any cell").arg(c));
        std::sort(t.entries.begin(), t.entries.end(), [](const GridEntry &a, const GridEntry &b) {
            return a.row != b.row ? a.row < b.row : a.column < b.column;
        });
        // Default labels from the grid: the row's innermost label, the lowest header text above the column.
        for (const QString &id : std::as_const(t.cellIds)) {
            CellDef &def = m_t.m_cells[m_t.m_cellIndex.value(id)];
            if (def.rowLabel.isEmpty()) {
                for (int c = def.gridColumn - 1; c >= 0 && def.rowLabel.isEmpty(); --c)
                    if (const GridEntry *e = t.entryAt(def.gridRow, c); e && e->cellId.isEmpty()) def.rowLabel = e->text;
            }
            if (def.columnLabel.isEmpty()) {
                for (int r = def.gridRow - 1; r >= 0 && def.columnLabel.isEmpty(); --r)
                    if (const GridEntry *e = t.entryAt(r, def.gridColumn); e && e->header && e->text != caption)
                        def.columnLabel = e->text;
            }
        }
        m_t.tables << t;
    }

private:
    ReportTemplate &m_t;
    const Reader &m_r;
};

TemplatePtr TemplateLoader::load(const QByteArray &json, const QString &sourceName, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        if (error) *error = QStringLiteral("%1: not valid JSON at byte %2: %3").arg(sourceName).arg(parseError.offset).arg(parseError.errorString());
        return nullptr;
    }
    auto t = std::make_shared<ReportTemplate>();
    const Reader r(sourceName);
    try {
        if (!doc.isObject()) r.fail(QStringLiteral("(top)"), QStringLiteral("must be an object"));
        const QJsonObject root = doc.object();
        if (r.integer(root, QStringLiteral("(top)"), QStringLiteral("schema"), 0, 1, 1) != 1)
            r.fail(QStringLiteral("schema"), QStringLiteral("missing or unsupported (this build reads schema 1)"));
        t->id = r.string(root, QStringLiteral("(top)"), QStringLiteral("id"));
        t->name = r.string(root, QStringLiteral("(top)"), QStringLiteral("name"));
        t->notice = r.string(root, QStringLiteral("(top)"), QStringLiteral("notice"));
        t->titlePattern = r.string(root, QStringLiteral("(top)"), QStringLiteral("title"));
        const QJsonObject years = r.object(r.member(root, QStringLiteral("(top)"), QStringLiteral("years"), true), QStringLiteral("years"));
        t->firstYear = r.integer(years, QStringLiteral("years"), QStringLiteral("from"), 0, 1990, 2200);
        t->lastYear = r.integer(years, QStringLiteral("years"), QStringLiteral("to"), 0, 1990, 2200);
        if (t->firstYear == 0) r.fail(QStringLiteral("years"), QStringLiteral("missing \"from\""));
        t->phrases = root.value(QStringLiteral("phrases")).toObject();

        TemplateBuilder builder(*t, r);
        builder.readSections(r.array(root, QStringLiteral("(top)"), QStringLiteral("sections")));
        const QJsonArray tables = r.array(root, QStringLiteral("(top)"), QStringLiteral("tables"));
        QSet<QString> tableIds;
        for (int i = 0; i < tables.size(); ++i) {
            const QString path = QStringLiteral("tables[%1]").arg(i);
            const QJsonObject o = r.object(tables[i], path);
            if (tableIds.contains(o.value(QStringLiteral("id")).toString()))
                r.fail(path + QStringLiteral(".id"), QStringLiteral("table id %1 twice").arg(o.value(QStringLiteral("id")).toString()));
            tableIds.insert(o.value(QStringLiteral("id")).toString());
            builder.readTable(o, path);
        }
        for (const SectionDef &s : std::as_const(t->sections))
            for (const QString &tid : s.tableIds)
                if (!tableIds.contains(tid)) r.fail(QStringLiteral("sections"), QStringLiteral("section %1 names table %2, which is not defined").arg(s.key, tid));

        const QJsonArray checks = r.array(root, QStringLiteral("(top)"), QStringLiteral("checks"));
        QSet<QString> checkIds;
        for (int i = 0; i < checks.size(); ++i) {
            const QString path = QStringLiteral("checks[%1]").arg(i);
            const QJsonObject o = r.object(checks[i], path);
            CheckDef c;
            c.id = r.string(o, path, QStringLiteral("id"));
            c.kind = r.string(o, path, QStringLiteral("kind"));
            c.severity = r.string(o, path, QStringLiteral("severity"));
            if (c.severity != QLatin1String("error") && c.severity != QLatin1String("warning") && c.severity != QLatin1String("info"))
                r.fail(path + QStringLiteral(".severity"), QStringLiteral("must be error, warning or info, not \"%1\"").arg(c.severity));
            if (checkIds.contains(c.id)) r.fail(path + QStringLiteral(".id"), QStringLiteral("check id %1 twice").arg(c.id));
            checkIds.insert(c.id);
            c.params = o;
            t->checks << c;
        }
        // Compiling the rules validates every cell and section they name; the rules are cached by the engine.
        QString ruleError;
        if (!compileRules(*t, &ruleError)) throw LoadError{QStringLiteral("%1: %2").arg(sourceName, ruleError)};
        // Derived cells are the ones the template's identities solve for.
        for (const QString &id : derivedCellIds(*t)) t->m_cells[t->m_cellIndex.value(id)].derived = true;
    } catch (const LoadError &e) {
        if (error) *error = e.message;
        return nullptr;
    }
    return t;
}

TemplatePtr TemplateLoader::loadFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error) *error = QStringLiteral("%1: cannot open: %2").arg(path, f.errorString());
        return nullptr;
    }
    return load(f.readAll(), path, error);
}

// ---------------------------------------------------------------------------------------------------------------

namespace {
struct Registry {
    QMutex mutex;
    QHash<QString, TemplatePtr> loaded;
};
Registry &registry()
{
    static Registry r;
    return r;
}
} // namespace

QStringList TemplateRegistry::ids()
{
    // The formats are found, not listed: whatever resources/templates/*.json holds (embedded under :/templates),
    // in the order of their first report year, so a new national format is a data file.
    static const QStringList found = [] {
        QList<TemplatePtr> templates;
        const QStringList names = QDir(QStringLiteral(":/templates")).entryList({QStringLiteral("*.json")}, QDir::Files);
        for (const QString &name : names) templates.append(get(QFileInfo(name).completeBaseName()));
        std::sort(templates.begin(), templates.end(),
                  [](const TemplatePtr &a, const TemplatePtr &b) { return a->firstYear < b->firstYear; });
        QStringList result;
        for (const TemplatePtr &t : templates) result.append(t->id);
        return result;
    }();
    return found;
}

TemplatePtr TemplateRegistry::get(const QString &id)
{
    // A valid id is a plain file name: nothing that could reach outside :/templates.
    static const QRegularExpression validId(QStringLiteral("^[A-Za-z0-9_-]+$"));
    if (!validId.match(id).hasMatch() || !QFile::exists(QStringLiteral(":/templates/%1.json").arg(id))) return nullptr;
    Registry &reg = registry();
    QMutexLocker lock(&reg.mutex);
    if (TemplatePtr t = reg.loaded.value(id)) return t;
    QString error;
    TemplatePtr t = TemplateLoader::loadFile(QStringLiteral(":/templates/%1.json").arg(id), &error);
    // A built-in template that does not load is a build defect, not a user error.
    if (!t) qFatal("built-in template %s: %s", qPrintable(id), qPrintable(error));
    if (t->id != id) qFatal("built-in template %s.json names itself %s", qPrintable(id), qPrintable(t->id));
    reg.loaded.insert(id, t);
    return t;
}

bool TemplateRegistry::isLoaded(const QString &id)
{
    Registry &reg = registry();
    QMutexLocker lock(&reg.mutex);
    return reg.loaded.contains(id);
}

QString TemplateRegistry::idForYear(int year)
{
    for (const QString &id : ids())
        if (get(id)->appliesToYear(year)) return id;
    return year < get(ids().first())->firstYear ? ids().first() : ids().last();
}

} // namespace nianbao
