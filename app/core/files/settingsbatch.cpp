// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/settingsbatch.h"

namespace nianbao {

namespace {
thread_local QSettings *openBatch = nullptr;
}

SettingsBatch::SettingsBatch()
{
    if (openBatch) return;
    m_settings.emplace();
    openBatch = &*m_settings;
}

SettingsBatch::~SettingsBatch()
{
    if (m_settings) openBatch = nullptr; // m_settings writes as it goes
}

QSettings *SettingsBatch::current()
{
    return openBatch;
}

SettingsAccess::SettingsAccess() : m_settings(SettingsBatch::current())
{
    if (!m_settings) m_settings = &m_own.emplace();
}

} // namespace nianbao
