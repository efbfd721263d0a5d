// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The reports opened last, newest first, kept in the settings.

#include <QObject>
#include <QStringList>

namespace nianbao::gui {

class RecentFiles : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaximum = 8;
    using QObject::QObject;

    QStringList files() const;  // existing files only
    void add(const QString &path);
    void remove(const QString &path);

signals:
    void changed();

private:
    void store(const QStringList &files);
};

} // namespace nianbao::gui
