// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the sample reports in tests/data/pdf must show in every output (PDF, ODT, HTML), written out by hand from
// the published reports in the samples (EXPECTED.md): the title, the author, every table row with its values in
// printed order, and some prose and metadata.

#include <QList>
#include <QString>
#include <QStringList>

namespace testing {

struct Expected {
    QString file;
    QString format;
    QString title;
    QString author;
    QStringList rows; // table rows as extracted (spaces removed): the label's end, then every value, nothing more
    QStringList texts; // prose and metadata that must come back
};

const QList<Expected> &expectations();

// Ends a row's pattern: no further digit may follow its last value, except a numbered label's "2." that starts the
// next row.
inline const QString kNothingMore = QStringLiteral("(?!\\d+(?![.．]))");

} // namespace testing
