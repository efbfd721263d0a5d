// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reading back what the exports wrote, with the tools a reviewer would use: poppler-utils (pdfinfo, pdftotext,
// pdffonts, pdftoppm) and unzip. packaging/install-deps.sh installs them; a missing tool fails the test.

#include <QByteArray>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace testing {

struct Run {
    int exitCode = -1;
    bool started = false;
    QByteArray out;
    QByteArray err;
};
Run run(const QString &program, const QStringList &arguments,
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

// The nianbao binary under test (NIANBAO_BIN) and the test data folder (NIANBAO_TEST_DATA).
QString nianbaoBinary();
QString testData(const QString &relative);

// One text line of `pdftotext -bbox-layout`, in millimetres from the page's top-left corner.
struct TextLine {
    double xMin = 0, yMin = 0, xMax = 0, yMax = 0;
    QString text;
};
QList<TextLine> textLines(const QString &pdf, int page);
int pageCount(const QString &pdf);
QString pdfInfoField(const QString &pdf, const QString &field, int page = 0); // e.g. "Title", "Page size"
QString rawText(const QString &pdf);   // pdftotext -raw, every page
QString withoutSpaces(const QString &text);
QByteArray unzipped(const QString &archive, const QString &member);
// The PDF file's bytes without its creation time (/CreationDate): two exports of one report compare equal.
QByteArray pdfWithoutCreationDate(const QString &pdf);

constexpr double kPtPerMm = 72.0 / 25.4;

} // namespace testing
