// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace nianbao {

// Key names as the menus show them in shortcuts; Qt's Chinese catalogue keeps them in English.
[[maybe_unused]] static const char *const kKeyNames[] = {QT_TRANSLATE_NOOP("QShortcut", "PgDown"), QT_TRANSLATE_NOOP("QShortcut", "PgUp")};

namespace {

const char kSettingsKey[] = "ui/language";

// Looks for Qt's own catalogue where Qt says it is, then where Debian's qt6-translations-l10n puts it.
bool loadQtTranslation(QTranslator *translator, const QLocale &locale)
{
    const QStringList folders = {QLibraryInfo::path(QLibraryInfo::TranslationsPath),
                                 QStringLiteral("/usr/share/qt6/translations")};
    for (const QString &folder : folders)
        if (translator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), folder)) return true;
    return false;
}

} // namespace

QString Translations::storedChoice()
{
    return QSettings().value(QLatin1String(kSettingsKey)).toString();
}

void Translations::storeChoice(const QString &choice)
{
    QSettings settings;
    if (choice.isEmpty()) settings.remove(QLatin1String(kSettingsKey));
    else settings.setValue(QLatin1String(kSettingsKey), choice);
}

QLocale Translations::editorLocale()
{
    const QString choice = storedChoice();
    return choice.isEmpty() ? QLocale::system() : QLocale(choice);
}

bool Translations::install(const QLocale &locale)
{
    auto *app = QCoreApplication::instance();
    // QTranslator::load(QLocale, …) walks the locale's UI languages (LANGUAGE, LC_ALL, LC_MESSAGES, LANG):
    // "zh_CN" and "zh" both find nianbao_zh_CN.qm; English finds nothing and keeps the source text.
    // Qt's first, then ours: the last installed is asked first, so that ours can name the keys Qt's catalogue
    // leaves in English ("Ctrl+PgDown" in the menus).
    auto *qt = new QTranslator(app);
    if (loadQtTranslation(qt, locale)) QCoreApplication::installTranslator(qt);
    else delete qt;
    auto *own = new QTranslator(app);
    const bool loaded = own->load(locale, QStringLiteral("nianbao"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (loaded) QCoreApplication::installTranslator(own);
    else delete own;
    return loaded;
}

} // namespace nianbao
