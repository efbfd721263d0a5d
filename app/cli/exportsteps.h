// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The steps of `nianbao export` that a single export and a batch share, so both say the same things.

#include "model/reportdata.h"
#include "render/pagerenderer.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace nianbao::cli {

// A report read for export, or why not; `warning` when it still has errors (it is exported anyway).
struct ReportToExport {
    std::optional<ReportData> report;
    QString error;
    QString warning;
};
ReportToExport readForExport(const QString &input);
// Prints the load error or the warning of a report read for export (stderr).
void sayRead(const ReportToExport &read);

void printFonts(const QString &heading, const QStringList &lines);
// Prints what a PDF export did ("OUT: n page(s)", the faces when `listFonts`) or why it failed. Returns `ok`.
bool sayPdfExport(bool ok, const QString &output, const RenderResult &result, bool listFonts);

// export FILE... --outdir DIR as PDF: the reports are laid out and composed on every core, while reading them,
// writing the files and every message stay on this thread, in the reports' order. Returns how many were written.
int exportPdfBatch(const QStringList &inputs, const QStringList &outputs);

} // namespace nianbao::cli
