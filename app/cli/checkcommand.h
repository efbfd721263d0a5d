#pragma once

#include "reportdata.h"

#include <QStringList>
#include <optional>

namespace nianbao::cli {

// A report from a file: a .nianbao file, or a .txt file imported (spec §10).
std::optional<ReportData> loadReport(const QString &path, QString *error);
// nianbao check [--json] [--last-year FILE] [--deadline YYYY-MM-DD] [--summary OUT.csv|OUT.html] FILE...
// Exit 2 if a file could not be read, else 1 if any report has an error, else 0.
int runCheck(const QStringList &args);

} // namespace nianbao::cli
