// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// New report: organ and year; the format is proposed by the year (≤ 2020 gov-2019, else gov-2021), level and
// tier by the organ's name, each until the user picks one.

#include "window/dialogs.h"

#include <QDialog>

namespace Ui {
class NewReportDialog;
}

namespace nianbao::gui {

class NewReportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewReportDialog(QWidget *parent = nullptr);
    ~NewReportDialog() override;

    NewReportRequest request() const;

private:
    void propose();

    Ui::NewReportDialog *m_ui;
    bool m_formatChosen = false;
    bool m_levelChosen = false;
    bool m_tierChosen = false;
};

} // namespace nianbao::gui
