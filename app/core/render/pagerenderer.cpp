// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/pagerenderer.h"

#include "render/fontset.h"
#include "render/pagelayout.h"
#include "render/reportflow.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <memory>

namespace nianbao {

namespace {

// "𠀀 in “…本年度无𠀀其他需要…”": each missing character with the text around its first occurrence.
QString describeMissing(const ReportData &report, const QString &missing)
{
    QStringList places;
    const QList<FlowBlock> blocks = ReportFlow::build(report);
    for (int i = 0; i < missing.size() && places.size() < 5; ++i) {
        const int length = missing[i].isHighSurrogate() && i + 1 < missing.size() ? 2 : 1;
        const QString c = missing.mid(i, length);
        i += length - 1;
        QString where;
        for (const FlowBlock &b : blocks) {
            const qsizetype at = b.text.indexOf(c);
            if (at < 0) continue;
            const qsizetype from = std::max<qsizetype>(0, at - 8);
            where = b.text.mid(from, 8 + length + 8);
            break;
        }
        places << (where.isEmpty() ? c : QCoreApplication::translate("nianbao::PageRenderer", "%1 in “%2”").arg(c, where));
    }
    return places.join(QStringLiteral(", "));
}

} // namespace

// The device every layout is measured on (see kLayoutResolution). It lives as long as the program: the text
// layouts of a PageLayout keep a pointer to it. Nothing is ever painted on it, so its buffer stays empty.
QPaintDevice *PageRenderer::measuringDevice()
{
    static QPdfWriter *const writer = [] {
        auto *w = new QPdfWriter(new QBuffer);
        w->setResolution(PageRenderer::kLayoutResolution);
        w->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        return w;
    }();
    return writer;
}

namespace {

// The layout; null (and `r.error` set) when the report cannot be printed without empty boxes.
std::unique_ptr<PageLayout> layOut(const ReportData &report, const FontSet &fonts, RenderResult &r)
{
    r = RenderResult();
    r.fontRoles = fonts.describe();
    auto layout = std::make_unique<PageLayout>(report, fonts, PageRenderer::measuringDevice());
    const QString missing = layout->missingCharacters();
    if (!missing.isEmpty()) {
        r.error = QCoreApplication::translate("nianbao::PageRenderer",
                                              "These characters are in none of the installed fonts and would print "
                                              "as empty boxes: %1. Install a font that has them (for example "
                                              "fonts-wqy-microhei) or change the text.")
                      .arg(describeMissing(report, missing));
        return nullptr;
    }
    r.pages = layout->pageCount();
    return layout;
}

// Fonts and layout. With the stored fonts alone (FontSet::startWithStoredFonts), a layout that needed a face
// outside them, or found none, is made again under fontconfig's whole configuration, whose rules choose those.
std::unique_ptr<PageLayout> prepare(const ReportData &report, RenderResult &r)
{
    QString error;
    const std::optional<FontSet> fonts = FontSet::fromSystem(&error);
    if (!fonts) {
        if (FontSet::leaveStoredFonts()) return prepare(report, r);
        r = RenderResult();
        r.error = error;
        return nullptr;
    }
    std::unique_ptr<PageLayout> layout = layOut(report, *fonts, r);
    if (FontSet::usingStoredFonts() && (!layout || !fonts->drewEverythingItself(layout->fontFamiliesUsed()))) {
        layout.reset();
        FontSet::leaveStoredFonts();
        return prepare(report, r);
    }
    return layout;
}

// A4 portrait. A printer may refuse margins of zero; then its margins stay and the painting is shifted to match.
void setA4(QPagedPaintDevice *device)
{
    const QPageSize a4(QPageSize::A4);
    if (!device->setPageLayout(QPageLayout(a4, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)))) {
        device->setPageSize(a4);
        device->setPageOrientation(QPageLayout::Portrait);
    }
}

} // namespace

std::unique_ptr<PageLayout> PageRenderer::layout(const ReportData &report, RenderResult *result)
{
    RenderResult local;
    return prepare(report, result ? *result : local);
}

std::unique_ptr<PageLayout> PageRenderer::layout(const ReportData &report, const FontSet &fonts, RenderResult *result)
{
    RenderResult local;
    return layOut(report, fonts, result ? *result : local);
}

bool PageRenderer::check(const ReportData &report, QPagedPaintDevice *device, RenderResult *result)
{
    setA4(device);
    return layout(report, result) != nullptr;
}

bool PageRenderer::render(const ReportData &report, QPagedPaintDevice *device, RenderResult *result)
{
    RenderResult local;
    RenderResult &r = result ? *result : local;
    setA4(device);
    const std::unique_ptr<PageLayout> layout = prepare(report, r);
    if (!layout) return false;
    r.fontsUsed = layout->fontFamiliesUsed();
    QPainter painter;
    if (!painter.begin(device)) {
        r.error = QCoreApplication::translate("nianbao::PageRenderer", "Cannot paint on the output device.");
        return false;
    }
    // The device's origin is the corner of its printable area; the layout is measured from the paper's corner.
    const QPoint paintOrigin = device->pageLayout().paintRectPixels(device->logicalDpiX()).topLeft();
    const auto toDevice = [&painter, device] {
        painter.scale(device->logicalDpiX() / double(kLayoutResolution), device->logicalDpiY() / double(kLayoutResolution));
    };
    for (int i = 0; i < layout->pageCount(); ++i) {
        if (i > 0) device->newPage();
        painter.save();
        painter.translate(-paintOrigin);
        toDevice();
        layout->paintPage(painter, i);
        painter.restore();
    }
    painter.end();
    return true;
}

} // namespace nianbao
