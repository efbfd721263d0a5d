// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The level and tier choices, shared by the new-report dialog and the report information page.

#include "model/reportdata.h"

class QComboBox;

namespace nianbao::gui {

void fillLevelCombo(QComboBox *combo);
void fillTierCombo(QComboBox *combo);
void selectLevel(QComboBox *combo, OrganLevel level);
void selectTier(QComboBox *combo, OrganTier tier);
OrganLevel selectedLevel(const QComboBox *combo);
OrganTier selectedTier(const QComboBox *combo);

} // namespace nianbao::gui
