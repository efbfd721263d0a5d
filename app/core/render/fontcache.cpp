// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/fontcache.h"

#include "files/reportfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace nianbao {

namespace {

QString home()
{
    return QDir::homePath();
}

QString xdg(const char *variable, const QString &fallback)
{
    const QString value = qEnvironmentVariable(variable);
    return value.isEmpty() ? home() + fallback : value;
}

// "path mtime size" of a file or folder (milliseconds since the epoch, bytes), or "path -" when it does not exist
// (its appearing changes the key). On Unix one stat() and no QDateTime: ~80 paths are stamped before every
// export (issue 18).
QString stamp(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) return path + QStringLiteral(" -");
    const qint64 msecs = qint64(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1000000;
    return path + QLatin1Char(' ') + QString::number(msecs) + QLatin1Char(' ') + QString::number(qint64(st.st_size));
#else
    const QFileInfo info(path);
    if (!info.exists()) return path + QStringLiteral(" -");
    return QStringLiteral("%1 %2 %3").arg(path).arg(info.lastModified().toMSecsSinceEpoch()).arg(info.size());
#endif
}

// A folder and every folder below it: adding, removing or renaming a font changes its folder's time, which is
// what fontconfig itself compares with its caches.
void stampTree(const QString &root, QStringList &out)
{
    out << stamp(root);
    QDirIterator it(root, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
    while (it.hasNext()) out << stamp(it.next());
}

// A configuration folder (conf.d) and the files in it.
void stampFolder(const QString &folder, QStringList &out)
{
    out << stamp(folder);
    const QDir dir(folder);
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) out << stamp(dir.filePath(name));
}

// A <dir>, <cachedir> or <include> element of fontconfig's configuration: what the expression
// <(dir|cachedir|include)(\s[^>]*)?>([^<]+)</\1> takes, read without compiling it on every export (issue 18).
struct Element {
    QStringView name;
    QStringView attributes; // from the space after the name up to '>'
    QStringView text;
};

QList<Element> elements(QStringView xml)
{
    QList<Element> found;
    qsizetype at = 0;
    while ((at = xml.indexOf(QLatin1Char('<'), at)) >= 0) {
        ++at; // past '<': where the next search starts when this is no such element
        QStringView name;
        for (QLatin1StringView candidate : {QLatin1StringView("dir"), QLatin1StringView("cachedir"), QLatin1StringView("include")})
            if (xml.mid(at).startsWith(candidate)) name = xml.mid(at, candidate.size());
        if (name.isEmpty()) continue;
        qsizetype i = at + name.size();
        if (i >= xml.size()) break;
        QStringView attributes;
        const char16_t next = xml[i].unicode();
        if (next == u' ' || (next >= u'\t' && next <= u'\r')) { // \s as the expression takes it (ASCII): attributes up to '>'
            const qsizetype close = xml.indexOf(QLatin1Char('>'), i);
            if (close < 0) break;
            attributes = xml.mid(i, close - i);
            i = close;
        }
        if (xml[i] != QLatin1Char('>')) continue;
        const qsizetype textStart = i + 1;
        const qsizetype textEnd = xml.indexOf(QLatin1Char('<'), textStart);
        if (textEnd <= textStart) continue; // no text, or none before the end
        const QString closing = QStringLiteral("</") + name.toString() + QLatin1Char('>');
        if (!xml.mid(textEnd).startsWith(closing)) continue;
        found.append({name, attributes, xml.mid(textStart, textEnd - textStart)});
        at = textEnd + closing.size();
    }
    return found;
}

QString mainConfiguration()
{
    QString file = qEnvironmentVariable("FONTCONFIG_FILE");
    if (file.isEmpty()) file = QStringLiteral("fonts.conf");
    if (QDir::isAbsolutePath(file)) return file;
    const QString path = qEnvironmentVariable("FONTCONFIG_PATH");
    return (path.isEmpty() ? QStringLiteral("/etc/fonts") : path.section(QLatin1Char(':'), 0, 0)) + QLatin1Char('/') + file;
}

// The folders and files fontconfig reads, from its main configuration (<dir>, <cachedir>, <include>) and the
// places every desktop's configuration includes for the user.
void stampFontconfig(QStringList &out)
{
    const QString config = mainConfiguration();
    out << stamp(config);
    QFile f(config);
    QString text;
    if (f.open(QIODevice::ReadOnly)) text = QString::fromUtf8(f.readAll());
    QStringList fontDirs{QStringLiteral("/usr/share/fonts"), QStringLiteral("/usr/local/share/fonts"), home() + QStringLiteral("/.fonts"),
                         xdg("XDG_DATA_HOME", QStringLiteral("/.local/share")) + QStringLiteral("/fonts")};
    QStringList cacheDirs{QStringLiteral("/var/cache/fontconfig"), xdg("XDG_CACHE_HOME", QStringLiteral("/.cache")) + QStringLiteral("/fontconfig")};
    QStringList includes{xdg("XDG_CONFIG_HOME", QStringLiteral("/.config")) + QStringLiteral("/fontconfig"), home() + QStringLiteral("/.fonts.conf"),
                         home() + QStringLiteral("/.fonts.conf.d")};
    for (const Element &m : elements(text)) {
        QString path = m.text.trimmed().toString();
        const bool xdgPrefix = m.attributes.contains(QLatin1String("xdg"));
        const QStringView kind = m.name;
        if (path.startsWith(QLatin1Char('~'))) path = home() + path.mid(1);
        if (xdgPrefix && kind == QLatin1String("dir")) path = xdg("XDG_DATA_HOME", QStringLiteral("/.local/share")) + QLatin1Char('/') + path;
        if (xdgPrefix && kind == QLatin1String("cachedir")) path = xdg("XDG_CACHE_HOME", QStringLiteral("/.cache")) + QLatin1Char('/') + path;
        if (xdgPrefix && kind == QLatin1String("include")) path = xdg("XDG_CONFIG_HOME", QStringLiteral("/.config")) + QLatin1Char('/') + path;
        if (!QDir::isAbsolutePath(path)) path = QFileInfo(config).dir().filePath(path);
        (kind == QLatin1String("dir") ? fontDirs : kind == QLatin1String("cachedir") ? cacheDirs : includes) << path;
    }
    for (QStringList *list : {&fontDirs, &cacheDirs, &includes}) list->removeDuplicates();
    for (const QString &d : fontDirs) stampTree(d, out);
    for (const QString &d : cacheDirs) stampFolder(d, out);
    for (const QString &i : includes) QFileInfo(i).isDir() ? stampFolder(i, out) : void(out << stamp(i));
    out << stamp(QStringLiteral("/etc/fonts/local.conf"));
}

} // namespace

QString FontCache::currentKey(const QStringList &chineseFamilies, const QStringList &wanted, const QStringList &fontFolders)
{
    QStringList parts{appVersionString()};
    for (const char *variable : {"FONTCONFIG_FILE", "FONTCONFIG_PATH", "FONTCONFIG_SYSROOT", "LANG", "LC_ALL", "LC_CTYPE", "LANGUAGE"})
        parts << QStringLiteral("%1=%2").arg(QLatin1String(variable), qEnvironmentVariable(variable));
    parts << QStringLiteral("families:") + chineseFamilies.join(QLatin1Char('|'));
    parts << QStringLiteral("wanted:") + wanted.join(QLatin1Char('|'));
    stampFontconfig(parts);
    for (const QString &folder : fontFolders) stampFolder(folder, parts);
    return parts.join(QLatin1Char('\n'));
}

QString FontCache::machineKey(const QStringList &wanted, const QStringList &fontFolders)
{
    return QStringLiteral("machine\n") + currentKey({}, wanted, fontFolders);
}

namespace {

QJsonObject readRoot(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray()) list << v.toString();
    return list;
}

// The keys are long (every stamped path: ~6 KB each) and are only ever compared, so the file keeps their SHA-256:
// the file read before every export is then 1 KB of JSON, not 13 KB (issue 18).
QString digestOf(const QString &key)
{
    return QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex());
}

std::optional<FontCache::Entry> entryOf(const QJsonObject &root)
{
    FontCache::Entry entry;
    entry.machineKey = root.value(QStringLiteral("machine")).toString();
    entry.fontFolders = stringList(root.value(QStringLiteral("fontFolders")));
    entry.cacheFolders = stringList(root.value(QStringLiteral("cacheFolders")));
    const QJsonObject embeddable = root.value(QStringLiteral("embeddable")).toObject();
    for (auto it = embeddable.begin(); it != embeddable.end(); ++it) entry.embeddable.insert(it.key(), it.value().toBool());
    for (const QJsonValue &v : root.value(QStringLiteral("families")).toArray()) {
        QStringList names;
        for (const QJsonValue &n : v.toArray()) names << n.toString();
        if (names.isEmpty() || names.first().isEmpty()) return std::nullopt; // damaged
        entry.catalogue.add(names.first(), names.mid(1));
    }
    return entry;
}

} // namespace

std::optional<FontCache::Entry> FontCache::load(const QString &file, const QString &key)
{
    const QJsonObject root = readRoot(file);
    if (root.value(QStringLiteral("key")).toString() != digestOf(key)) return std::nullopt;
    return entryOf(root);
}

std::optional<FontCache::Entry> FontCache::loadForMachine(const QString &file, const QString &machineKey)
{
    const QJsonObject root = readRoot(file);
    if (root.value(QStringLiteral("machine")).toString() != digestOf(machineKey)) return std::nullopt;
    std::optional<Entry> entry = entryOf(root);
    if (entry && (entry->fontFolders.isEmpty() || entry->cacheFolders.isEmpty())) return std::nullopt;
    return entry;
}

bool FontCache::save(const QString &file, const QString &key, const Entry &entry)
{
    QJsonArray families;
    for (const QString &family : entry.catalogue.families()) families << QJsonArray::fromStringList(entry.catalogue.namesOf(family));
    QJsonObject embeddable;
    for (auto it = entry.embeddable.cbegin(); it != entry.embeddable.cend(); ++it) embeddable.insert(it.key(), it.value());
    const QJsonObject root{{QStringLiteral("key"), digestOf(key)},
                           {QStringLiteral("families"), families},
                           {QStringLiteral("embeddable"), embeddable},
                           {QStringLiteral("machine"), entry.machineKey.isEmpty() ? QString() : digestOf(entry.machineKey)},
                           {QStringLiteral("fontFolders"), QJsonArray::fromStringList(entry.fontFolders)},
                           {QStringLiteral("cacheFolders"), QJsonArray::fromStringList(entry.cacheFolders)}};
    if (!QDir().mkpath(QFileInfo(file).absolutePath())) return false;
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) return false;
    out.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    return out.commit();
}

QString FontCache::defaultFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    if (folder.isEmpty()) return QString();
    const QByteArray which = (mainConfiguration() + QLatin1Char('\n') + qEnvironmentVariable("FONTCONFIG_SYSROOT") + QLatin1Char('\n')
                              + qEnvironmentVariable("LC_ALL") + QLatin1Char('\n') + qEnvironmentVariable("LANG") + QLatin1Char('\n')
                              + qEnvironmentVariable("LANGUAGE"))
                                 .toUtf8();
    const QString id = QString::fromLatin1(QCryptographicHash::hash(which, QCryptographicHash::Sha1).toHex().left(16));
    return folder + QStringLiteral("/nianbao/fonts-") + id + QStringLiteral(".json");
}

} // namespace nianbao
