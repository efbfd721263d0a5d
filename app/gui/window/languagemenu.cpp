// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/languagemenu.h"

#include "i18n/translations.h"

#include <QActionGroup>

namespace nianbao::gui {

LanguageMenu::LanguageMenu(QWidget *parent) : QMenu(tr("&Language"), parent), m_group(new QActionGroup(this))
{
    // Each language is named in itself, so that it can be found whatever the current language is.
    const QList<QPair<QString, QString>> choices = {{QString(), tr("&System language")},
                                                    {QStringLiteral("zh_CN"), QStringLiteral("中文（简体）")},
                                                    {QStringLiteral("en"), QStringLiteral("English")}};
    const QString current = Translations::storedChoice();
    for (const auto &[id, text] : choices) {
        QAction *action = addAction(text);
        action->setData(id);
        action->setCheckable(true);
        action->setChecked(id == current);
        m_group->addAction(action);
    }
    addSeparator();
    QAction *note = addAction(tr("Takes effect after restarting"));
    note->setEnabled(false);
    connect(m_group, &QActionGroup::triggered, this, &LanguageMenu::choose);
}

void LanguageMenu::choose(QAction *action)
{
    const QString choice = action->data().toString();
    if (choice == Translations::storedChoice()) return;
    Translations::storeChoice(choice);
    emit message(tr("The new language takes effect the next time you start the editor."));
}

} // namespace nianbao::gui
