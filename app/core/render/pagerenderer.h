// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one renderer: lays a report out in the GB/T 9704 layout and draws it. The printer (QPrinter) and the print
// preview get it painted on their device; the PDF export draws the same layout on its own writer
// (render/pdfdocument.h). So what the clerk previews is what is filed.

#include "model/reportdata.h"

#include <QString>
#include <QStringList>
#include <memory>

class QPaintDevice;
class QPagedPaintDevice;

namespace nianbao {

class FontSet;
class PageLayout;

struct RenderResult {
    int pages = 0;
    QStringList fontRoles; // one line a face of the standard: which installed family stands for it
    QStringList fontsUsed; // every family that prints glyphs in this report (once painted or exported)
    QString error;         // set when nothing was painted
};

class PageRenderer
{
public:
    // Every layout is measured at this resolution, whatever it is painted on, and painted scaled to the device:
    // a printer at 600 or 1200 dpi and the preview then break lines and pages exactly where the PDF does (font
    // metrics are rounded per device, and a table that just fits a page at one resolution would not at another).
    // 720 dpi: every type size of the standard is a whole number of pixels (16 pt = 160, 10.5 pt = 105), so Qt's
    // rounding of font pixel sizes does not stretch the lines, and advances keep 1/64 pixel (1/640 pt). Not more:
    // Qt's FreeType engine keeps the metrics of glyphs up to 255 pixels only, so at 7200 dpi every glyph shaped
    // was loaded again through FreeType, half of the export's layout time (issue 18; the 16 reports of the tests
    // break the same lines and pages at both resolutions and move by at most 0.034 pt).
    static constexpr int kLayoutResolution = 720;
    // The device at that resolution that every layout is measured on; it lives as long as the program.
    static QPaintDevice *measuringDevice();

    // Lays the report out on A4 pages. Refuses (null, `result->error` set) when no Chinese font is installed or a
    // character is in no installed font: the page would show empty boxes.
    static std::unique_ptr<PageLayout> layout(const ReportData &report, RenderResult *result);
    // The same with the fonts already chosen (FontSet::fromSystem, on the main thread): this one may run in any
    // thread, so a batch lays reports out on every core.
    static std::unique_ptr<PageLayout> layout(const ReportData &report, const FontSet &fonts, RenderResult *result);
    // Sets the device to A4 portrait, lays the report out and paints every page (or, refusing, nothing).
    static bool render(const ReportData &report, QPagedPaintDevice *device, RenderResult *result);
    // Everything render() checks, without painting: for asking before a print dialog or a preview opens.
    static bool check(const ReportData &report, QPagedPaintDevice *device, RenderResult *result);
};

} // namespace nianbao
