// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The reports opened last, newest first, kept in the settings. A report that is not there just now (a share not
// mounted, a folder renamed, a permission taken away) stays listed, shown as unavailable, until the clerk
// removes it: only the clerk knows whether it will come back.

#include <QObject>
#include <QStringList>

namespace nianbao::gui {

class RecentFiles : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaximum = 8;
    using QObject::QObject;

    QStringList files() const;  // available or not
    static bool isAvailable(const QString &path); // there and readable now
    void add(const QString &path);
    void remove(const QString &path);
    void removeUnavailable();

signals:
    void changed();

private:
    void store(const QStringList &files);
};

} // namespace nianbao::gui
