// SPDX-License-Identifier: GPL-3.0-or-later
#include "metadata/newreportdialog.h"

#include "metadata/organcombos.h"
#include "model/reporttemplate.h"
#include "ui_newreportdialog.h"

#include <QDate>
#include <QPushButton>

namespace nianbao::gui {

NewReportDialog::NewReportDialog(QWidget *parent) : QDialog(parent), m_ui(new Ui::NewReportDialog)
{
    m_ui->setupUi(this);
    for (const QString &id : TemplateRegistry::ids()) {
        const TemplatePtr t = TemplateRegistry::get(id);
        m_ui->formatCombo->addItem(QStringLiteral("%1（%2）").arg(t->name, t->notice), id);
    }
    fillLevelCombo(m_ui->levelCombo);
    fillTierCombo(m_ui->tierCombo);
    // Reports are written early in the year for the year before.
    m_ui->yearSpin->setValue(QDate::currentDate().year() - 1);

    connect(m_ui->organEdit, &QLineEdit::textChanged, this, &NewReportDialog::propose);
    connect(m_ui->yearSpin, &QSpinBox::valueChanged, this, &NewReportDialog::propose);
    connect(m_ui->formatCombo, &QComboBox::activated, this, [this] { m_formatChosen = true; });
    connect(m_ui->levelCombo, &QComboBox::activated, this, [this] { m_levelChosen = true; });
    connect(m_ui->tierCombo, &QComboBox::activated, this, [this] { m_tierChosen = true; });
    propose();
}

NewReportDialog::~NewReportDialog()
{
    delete m_ui;
}

void NewReportDialog::propose()
{
    if (!m_formatChosen)
        m_ui->formatCombo->setCurrentIndex(m_ui->formatCombo->findData(TemplateRegistry::idForYear(m_ui->yearSpin->value())));
    OrganLevel level;
    OrganTier tier;
    inferLevelAndTier(m_ui->organEdit->text(), &level, &tier);
    if (!m_levelChosen) selectLevel(m_ui->levelCombo, level);
    if (!m_tierChosen) selectTier(m_ui->tierCombo, tier);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_ui->organEdit->text().trimmed().isEmpty());
}

NewReportRequest NewReportDialog::request() const
{
    NewReportRequest r;
    r.organ = m_ui->organEdit->text().trimmed();
    r.year = m_ui->yearSpin->value();
    r.formatId = m_ui->formatCombo->currentData().toString();
    r.level = selectedLevel(m_ui->levelCombo);
    r.tier = selectedTier(m_ui->tierCombo);
    return r;
}

} // namespace nianbao::gui
