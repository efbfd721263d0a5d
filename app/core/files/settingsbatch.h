// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The settings written by the steps of one action (opening a report: the crash marker cleared, the recent files,
// the last folder) go to disk once, when the action ends. QSettings writes its whole file (a lock file, two
// fdatasync, a rename) whenever an object with changes goes away, and whenever one is made while changes are
// pending: 5–10 ms each here, three of them before an opened report showed (issue 18). Only the speed depends on
// it: the QSettings objects of a process share the values not written yet, so a batch left early just writes
// sooner.

#include <QSettings>

#include <optional>

namespace nianbao {

class SettingsBatch
{
public:
    SettingsBatch();  // joins a batch already open in this thread
    ~SettingsBatch(); // writes, when it opened the batch
    SettingsBatch(const SettingsBatch &) = delete;
    SettingsBatch &operator=(const SettingsBatch &) = delete;

    // The open batch's settings in this thread, or null.
    static QSettings *current();

private:
    std::optional<QSettings> m_settings;
};

// The settings to read or change: the open batch's, or an object of its own (written when it goes).
class SettingsAccess
{
public:
    SettingsAccess();
    QSettings *operator->() { return m_settings; }

private:
    std::optional<QSettings> m_own;
    QSettings *m_settings;
};

} // namespace nianbao
