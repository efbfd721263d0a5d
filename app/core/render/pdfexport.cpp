// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/pdfexport.h"

#include "files/reportfile.h"
#include "files/safesave.h"
#include "render/pagegeometry.h"
#include "render/pagelayout.h"
#include "render/pdfdocument.h"

namespace nianbao {

namespace {

bool writeLayout(const ReportData &report, const std::unique_ptr<PageLayout> &layout, QByteArray *pdf, RenderResult &r)
{
    if (!layout) return false;
    PdfDocument document(QSizeF(page::kPaperWidth, page::kPaperHeight), PageRenderer::kLayoutResolution);
    for (int i = 0; i < layout->pageCount(); ++i) {
        document.beginPage();
        layout->drawPage(document, i);
    }
    const QString organ = report.meta.organ.trimmed();
    const PdfDocument::Info info{report.displayTitle(), organ.isEmpty() ? report.meta.signature : organ, appVersionString()};
    r.fontsUsed = document.fontFamilies();
    return document.write(info, layout->characters(), pdf, &r.error,
                          [&layout](std::function<void()> job) { return layout->runBeside(std::move(job)); });
}

} // namespace

bool PdfExport::toBytes(const ReportData &report, QByteArray *pdf, RenderResult *result)
{
    RenderResult local;
    RenderResult &r = result ? *result : local;
    return writeLayout(report, PageRenderer::layout(report, &r), pdf, r);
}

bool PdfExport::toBytes(const ReportData &report, const FontSet &fonts, QByteArray *pdf, RenderResult *result)
{
    RenderResult local;
    RenderResult &r = result ? *result : local;
    return writeLayout(report, PageRenderer::layout(report, fonts, &r), pdf, r);
}

bool PdfExport::write(const ReportData &report, const QString &path, RenderResult *result)
{
    RenderResult local;
    RenderResult &r = result ? *result : local;
    QByteArray pdf;
    if (!toBytes(report, &pdf, &r)) return false;
    const SaveOutcome saved = SafeSave::write(path, pdf);
    if (!saved.ok) {
        r.error = saved.error;
        return false;
    }
    return true;
}

} // namespace nianbao
