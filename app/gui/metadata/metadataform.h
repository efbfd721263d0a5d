// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The report information page: every metadata field of the report (spec §9). Each keystroke is written to the
// document; typing in one field is one undo step. Dates that are not dates are refused with a message.

#include <QWidget>
#include <functional>

class QLineEdit;

namespace Ui {
class MetadataForm;
}

namespace nianbao {
class ReportDocument;
struct ReportMetadata;
}

namespace nianbao::gui {

class MetadataForm : public QWidget
{
    Q_OBJECT
public:
    explicit MetadataForm(ReportDocument *document, QWidget *parent = nullptr);
    ~MetadataForm() override;

    void reload();
    void focusFirstField();

signals:
    void message(const QString &text);

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    void edit(const QString &field, const std::function<void(ReportMetadata &)> &change);
    void connectDate(QLineEdit *edit, const QString &field, bool withTime);

    Ui::MetadataForm *m_ui;
    ReportDocument *m_document;
    QString m_sessionField;
    int m_session = 0;
    bool m_loading = false;
};

} // namespace nianbao::gui
