// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The report as the PDF that gets filed and published: GB/T 9704 pages (PageRenderer's layout, drawn on the
// export's own PDF writer, render/pdfdocument.h), fonts embedded as subsets, text searchable, and the document
// information a library catalogues it by (title, author = the organ, creator).

#include "model/reportdata.h"
#include "render/pagerenderer.h"

#include <QByteArray>
#include <QString>

namespace nianbao {

class FontSet;

class PdfExport
{
public:
    // Writes the PDF atomically: on failure the file at `path` is left as it was and `result.error` says why.
    static bool write(const ReportData &report, const QString &path, RenderResult *result);
    static bool toBytes(const ReportData &report, QByteArray *pdf, RenderResult *result);
    // With the fonts already chosen: safe in any thread (see PageRenderer::layout).
    static bool toBytes(const ReportData &report, const FontSet &fonts, QByteArray *pdf, RenderResult *result);
};

} // namespace nianbao
