// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// View › Language: 中文 / English / the system's language, stored in the settings. The editor's windows are
// built once in the chosen language, so a new choice takes effect at the next start (the menu says so).

#include <QMenu>

class QActionGroup;

namespace nianbao::gui {

class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

signals:
    void message(const QString &text); // for the status bar

private:
    void choose(QAction *action);

    QActionGroup *m_group;
};

} // namespace nianbao::gui
