// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The interface language: nianbao's own translation (embedded under :/i18n/) and Qt's (file dialog, print
// dialog, message-box buttons), chosen from the system locale or the editor's Language setting.

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace nianbao {

class Translations
{
public:
    // The editor's stored choice: "zh_CN", "en", or empty for the system language.
    static QString storedChoice();
    static void storeChoice(const QString &choice);

    // The locale the editor shows: the stored choice, else the system's.
    static QLocale editorLocale();

    // Installs the translators for `locale` on the application; English needs none. Returns true when
    // nianbao's own translation was loaded.
    static bool install(const QLocale &locale);
};

} // namespace nianbao
