// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The .nianbao file: UTF-8 JSON with a format-version number and the writing app's version.

#include "files/safesave.h"
#include "model/reportdata.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace nianbao {

class ReportFile
{
public:
    static constexpr int kVersion = 2;           // written by this build; versions 1…kVersion are read
    static constexpr qint64 kMaxFileSize = 16 * 1024 * 1024; // a real report is < 100 KB; refuse before reading

    static QByteArray serialize(const ReportData &report);
    // `name` is used in error messages ("report.nianbao: line 3: …"). On failure returns nullopt and a message;
    // nothing half-loaded is ever returned.
    static std::optional<ReportData> parse(const QByteArray &bytes, const QString &name, QString *error);

    // Atomic (SafeSave): the old file stays intact until the new one is complete.
    static bool save(const ReportData &report, const QString &path, QString *error);
    static SaveOutcome save(const ReportData &report, const QString &path, const SaveOptions &options);
    static std::optional<ReportData> load(const QString &path, QString *error);
    // Loads the format (template) the report file at `path` names, and nothing else: it says nothing and changes
    // nothing, and leaves every problem of the file to load(). The format is most of the work of reading a report,
    // so `nianbao export` has it loaded on a second thread while the application starts (issue 18).
    static void loadFormatOf(const QString &path);
};

QString appVersionString(); // "nianbao 0.1.0"
// The licence as SPDX names it (GPL-3.0-or-later), for --version, the About box and the document metadata.
QString appLicenseId();

} // namespace nianbao
