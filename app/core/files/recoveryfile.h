// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The autosaved copy of a report with unsaved changes. One line of JSON (which document it recovers, when it was
// written) followed by the report in the .nianbao format, so a recovery file is checked by the same reader.
// Named `.<file name>.recovery` beside the document (`.<file name>.<n>.recovery` for the n-th editor that has the
// same document open), or `untitled-<n>.nianbao.recovery` in the app's data folder for a report never saved.
// Each editor instance writes its own file (Autosaver::claim), so two editors never overwrite each other's.

#include "model/reportdata.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace nianbao {

struct Recovery {
    QString originalPath; // empty for a report never saved
    QDateTime writtenAt;  // UTC
    ReportData report;
};

class RecoveryFile
{
public:
    static constexpr qint64 kMaxFileSize = 16 * 1024 * 1024 + 4096; // the report's limit plus the header line

    // The folder for recovery files of unsaved reports (QStandardPaths::AppDataLocation/recovery).
    static QString untitledFolder();
    // The `instance`-th name (1, 2, …) for a recovery file of `documentPath` (of an untitled report when empty).
    static QString pathFor(const QString &documentPath, int instance = 1);

    static QByteArray serialize(const Recovery &recovery);
    static std::optional<Recovery> parse(const QByteArray &bytes, const QString &name, QString *error);
    // Atomic (QSaveFile), like a report.
    static bool write(const Recovery &recovery, const QString &path, QString *error);
    static bool writeBytes(const QByteArray &serialized, const QString &path, QString *error); // thread-safe
    static std::optional<Recovery> read(const QString &path, QString *error);
};

} // namespace nianbao
