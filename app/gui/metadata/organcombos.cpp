// SPDX-License-Identifier: GPL-3.0-or-later
#include "metadata/organcombos.h"

#include <QComboBox>
#include <QCoreApplication>

namespace nianbao::gui {

namespace {
struct OrganCombos {
    Q_DECLARE_TR_FUNCTIONS(nianbao::gui::OrganCombos)
};
} // namespace

void fillLevelCombo(QComboBox *combo)
{
    combo->addItem(OrganCombos::tr("Not set"), organLevelId(OrganLevel::Unknown));
    combo->addItem(OrganCombos::tr("Government (人民政府)"), organLevelId(OrganLevel::Government));
    combo->addItem(OrganCombos::tr("Department of a government"), organLevelId(OrganLevel::Department));
}

void fillTierCombo(QComboBox *combo)
{
    combo->addItem(OrganCombos::tr("Not set"), organTierId(OrganTier::Unknown));
    combo->addItem(OrganCombos::tr("National (国务院 and its departments)"), organTierId(OrganTier::National));
    combo->addItem(OrganCombos::tr("Province"), organTierId(OrganTier::Province));
    combo->addItem(OrganCombos::tr("City or prefecture (设区的市, 自治州)"), organTierId(OrganTier::City));
    combo->addItem(OrganCombos::tr("County or district"), organTierId(OrganTier::County));
    combo->addItem(OrganCombos::tr("Township or subdistrict"), organTierId(OrganTier::Township));
}

void selectLevel(QComboBox *combo, OrganLevel level)
{
    combo->setCurrentIndex(qMax(0, combo->findData(organLevelId(level))));
}

void selectTier(QComboBox *combo, OrganTier tier)
{
    combo->setCurrentIndex(qMax(0, combo->findData(organTierId(tier))));
}

OrganLevel selectedLevel(const QComboBox *combo)
{
    return organLevelFromId(combo->currentData().toString());
}

OrganTier selectedTier(const QComboBox *combo)
{
    return organTierFromId(combo->currentData().toString());
}

} // namespace nianbao::gui
