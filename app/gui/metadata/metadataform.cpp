// SPDX-License-Identifier: GPL-3.0-or-later
#include "metadata/metadataform.h"

#include "metadata/datetext.h"
#include "metadata/organcombos.h"
#include "model/reportdocument.h"
#include "ui_metadataform.h"

#include <QKeyEvent>

namespace nianbao::gui {

namespace {
QString sampleDate(int year, int day = 22)
{
    return dateText(QDate(year, 1, day));
}
} // namespace

MetadataForm::MetadataForm(ReportDocument *document, QWidget *parent)
    : QWidget(parent), m_ui(new Ui::MetadataForm), m_document(document)
{
    m_ui->setupUi(this);
    QFont heading = m_ui->headingLabel->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.3);
    heading.setBold(true);
    m_ui->headingLabel->setFont(heading);
    fillLevelCombo(m_ui->levelCombo);
    fillTierCombo(m_ui->tierCombo);

    connect(m_ui->organEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit(tr("organ name"), [&](ReportMetadata &m) {
            // Level, tier and signature follow the name as long as they are what the old name gave.
            OrganLevel oldLevel, newLevel;
            OrganTier oldTier, newTier;
            inferLevelAndTier(m.organ, &oldLevel, &oldTier);
            inferLevelAndTier(text, &newLevel, &newTier);
            if (m.level == oldLevel) m.level = newLevel;
            if (m.tier == oldTier) m.tier = newTier;
            if (m.signature == m.organ) m.signature = text.trimmed();
            m.organ = text.trimmed();
        });
    });
    connect(m_ui->yearSpin, &QSpinBox::valueChanged, this, [this](int year) {
        edit(tr("report year"), [&](ReportMetadata &m) { m.year = year; });
    });
    const auto text = [this](QLineEdit *e, const QString &field, QString ReportMetadata::*member) {
        connect(e, &QLineEdit::textEdited, this, [this, field, member](const QString &t) {
            edit(field, [&](ReportMetadata &m) { m.*member = t.trimmed(); });
        });
    };
    text(m_ui->titleEdit, tr("title"), &ReportMetadata::title);
    text(m_ui->numberEdit, tr("document number"), &ReportMetadata::documentNumber);
    text(m_ui->addresseeEdit, tr("addressee"), &ReportMetadata::addressee);
    text(m_ui->signatureEdit, tr("signature"), &ReportMetadata::signature);
    text(m_ui->copyToEdit, tr("copies to"), &ReportMetadata::copyTo);
    text(m_ui->issuedByEdit, tr("issued by"), &ReportMetadata::issuedBy);
    connectDate(m_ui->dateWrittenEdit, tr("date written"), false);
    connectDate(m_ui->deadlineEdit, tr("deadline"), false);
    connectDate(m_ui->publishedEdit, tr("publication date"), true);
    connect(m_ui->levelCombo, &QComboBox::activated, this, [this] {
        edit(tr("level"), [&](ReportMetadata &m) { m.level = selectedLevel(m_ui->levelCombo); });
    });
    connect(m_ui->tierCombo, &QComboBox::activated, this, [this] {
        edit(tr("tier"), [&](ReportMetadata &m) { m.tier = selectedTier(m_ui->tierCombo); });
    });
    // Ctrl+Z and Ctrl+Y undo the report (the window's actions), not just the text of one field.
    for (QLineEdit *e : findChildren<QLineEdit *>()) e->installEventFilter(this);
    connect(document, &ReportDocument::metadataChanged, this, &MetadataForm::reload);
    connect(document, &ReportDocument::reset, this, &MetadataForm::reload);
    reload();
}

MetadataForm::~MetadataForm()
{
    delete m_ui;
}

void MetadataForm::connectDate(QLineEdit *e, const QString &field, bool withTime)
{
    connect(e, &QLineEdit::textEdited, this, [this, e, field, withTime](const QString &t) {
        const bool valid = withTime ? parseDateTimeText(t).has_value() : parseDateText(t).has_value();
        QPalette p = e->palette();
        p.setColor(QPalette::Text, valid ? palette().color(QPalette::Text) : QColor(0xb0, 0x00, 0x20));
        e->setPalette(p);
        if (!valid) {
            // Partly typed dates are normal: say what is expected, store nothing until it is a date.
            const int year = m_document->hasReport() ? m_document->data().meta.year + 1 : QDate::currentDate().year();
            emit message(tr("Not a date yet: “%1” (write %2 or %3)").arg(t, sampleDate(year), QStringLiteral("%1-01-22").arg(year)));
            return;
        }
        edit(field, [&](ReportMetadata &m) {
            if (e == m_ui->dateWrittenEdit) m.dateWritten = *parseDateText(t);
            else if (e == m_ui->deadlineEdit) m.deadline = *parseDateText(t);
            else m.published = *parseDateTimeText(t);
        });
    });
}

void MetadataForm::edit(const QString &field, const std::function<void(ReportMetadata &)> &change)
{
    if (m_loading || !m_document->hasReport()) return;
    if (field != m_sessionField || m_session == 0) {
        m_sessionField = field;
        m_session = m_document->newEditSession();
    }
    ReportMetadata meta = m_document->data().meta;
    change(meta);
    m_document->setMetadata(meta, field, m_session);
}

bool MetadataForm::eventFilter(QObject *object, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore();
            return true;
        }
    }
    return QWidget::eventFilter(object, event);
}

void MetadataForm::focusFirstField()
{
    m_ui->organEdit->setFocus(Qt::OtherFocusReason);
}

void MetadataForm::reload()
{
    if (!m_document->hasReport()) return;
    m_loading = true;
    const ReportData &report = m_document->data();
    const ReportMetadata &m = report.meta;
    const auto setText = [](QLineEdit *e, const QString &value) {
        if (e->text().trimmed() != value) e->setText(value);
    };
    setText(m_ui->organEdit, m.organ);
    if (m_ui->yearSpin->value() != m.year) m_ui->yearSpin->setValue(m.year);
    m_ui->formatLabel->setText(QStringLiteral("%1（%2）").arg(report.format->name, report.format->notice));
    setText(m_ui->titleEdit, m.title);
    m_ui->titleEdit->setPlaceholderText(report.format->title(m.organ, m.year));
    // Examples in the report's own season: a year's report is written and published early the next year.
    for (QLineEdit *e : {m_ui->dateWrittenEdit, m_ui->deadlineEdit}) e->setPlaceholderText(sampleDate(m.year + 1));
    m_ui->publishedEdit->setPlaceholderText(sampleDate(m.year + 1, 29) + QStringLiteral(" 10:00"));
    m_ui->hintLabel->setText(tr("Dates are written as %1 or %2-01-22. Level and tier decide which checks apply (规章, the publication deadline).")
                                 .arg(sampleDate(m.year + 1)).arg(m.year + 1));
    selectLevel(m_ui->levelCombo, m.level);
    selectTier(m_ui->tierCombo, m.tier);
    setText(m_ui->numberEdit, m.documentNumber);
    setText(m_ui->addresseeEdit, m.addressee);
    setText(m_ui->signatureEdit, m.signature);
    setText(m_ui->copyToEdit, m.copyTo);
    setText(m_ui->issuedByEdit, m.issuedBy);
    // A date being typed in another spelling stays as typed while it means the stored date.
    if (parseDateText(m_ui->dateWrittenEdit->text()) != std::optional<QDate>(m.dateWritten)) m_ui->dateWrittenEdit->setText(dateText(m.dateWritten));
    if (parseDateText(m_ui->deadlineEdit->text()) != std::optional<QDate>(m.deadline)) m_ui->deadlineEdit->setText(dateText(m.deadline));
    if (parseDateTimeText(m_ui->publishedEdit->text()) != std::optional<QDateTime>(m.published)) m_ui->publishedEdit->setText(dateTimeText(m.published));
    m_loading = false;
    // After an undo or another field's edit, the next keystroke is a new step.
    if (m_document->undoStack()->index() != m_document->undoStack()->count()) m_session = 0;
}

} // namespace nianbao::gui
