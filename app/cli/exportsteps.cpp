// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/exportsteps.h"

#include "checks/rules.h"
#include "cli/console.h"
#include "files/safesave.h"
#include "render/fontset.h"
#include "render/fontsubsetcache.h"
#include "render/pdfexport.h"
#include "yearly/lastyearlink.h"

#include <QDir>
#include <QThread>
#include <QThreadPool>
#include <algorithm>
#include <deque>
#include <future>

namespace nianbao::cli {

ReportToExport readForExport(const QString &input)
{
    ReportToExport read;
    read.report = loadAnyReport(input, &read.error);
    if (!read.report) return read;
    const QList<Finding> findings = CheckEngine::run(*read.report);
    if (const int errors = countFindings(findings).errors; errors > 0)
        read.warning = Cli::tr("nianbao: warning: %1 still has %n error(s)", nullptr, errors).arg(input);
    return read;
}

void sayRead(const ReportToExport &read)
{
    if (!read.report) {
        fail(read.error);
        return;
    }
    if (!read.warning.isEmpty()) err() << printable(read.warning) << '\n';
    err().flush();
}

void printFonts(const QString &heading, const QStringList &lines)
{
    out() << heading << '\n';
    for (const QString &line : lines) out() << "  " << line << '\n';
}

bool sayPdfExport(bool ok, const QString &output, const RenderResult &result, bool listFonts)
{
    if (!ok) { // a save error names the file already
        fail(result.error.startsWith(QDir::toNativeSeparators(output) + QLatin1Char(':')) ? result.error
                                                                                         : Cli::tr("%1: %2").arg(output, result.error));
        return false;
    }
    out() << printable(Cli::tr("%1: %n page(s)", nullptr, result.pages).arg(output)) << '\n';
    if (listFonts) {
        printFonts(Cli::tr("Fonts:"), result.fontRoles);
        printFonts(Cli::tr("Embedded:"), {result.fontsUsed.join(QStringLiteral(", "))});
    }
    out().flush();
    return true;
}

namespace {

struct Composed {
    bool ok = false;
    QByteArray pdf;
    RenderResult result;
};

struct InFlight {
    ReportToExport read;
    std::future<Composed> composed; // not valid when the report could not be read
};

} // namespace

int exportPdfBatch(const QStringList &inputs, const QStringList &outputs)
{
    // What is not safe in a worker thread happens here first: choosing the fonts (process-wide caches, the disk
    // cache) and creating the device layouts are measured on.
    QString fontError;
    const std::optional<FontSet> fonts = FontSet::fromSystem(&fontError);
    PageRenderer::measuringDevice();
    FontSubsetCache::setEnabled(false);
    QThreadPool pool;
    pool.setMaxThreadCount(std::clamp(QThread::idealThreadCount(), 1, 8));
    // A few reports ahead of the one being written, not all of them: a batch of thousands stays small in memory.
    const qsizetype ahead = 2 * pool.maxThreadCount();
    std::deque<InFlight> queue;
    qsizetype next = 0;
    int written = 0;
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        while (next < inputs.size() && next - i < ahead) {
            InFlight job{readForExport(inputs.at(next)), {}};
            if (job.read.report && fonts) {
                auto promise = std::make_shared<std::promise<Composed>>();
                job.composed = promise->get_future();
                pool.start([promise, report = *job.read.report, &fonts] {
                    Composed c;
                    c.ok = PdfExport::toBytes(report, *fonts, &c.pdf, &c.result);
                    promise->set_value(std::move(c));
                });
            }
            queue.push_back(std::move(job));
            ++next;
        }
        InFlight job = std::move(queue.front());
        queue.pop_front();
        sayRead(job.read);
        if (!job.read.report) continue;
        Composed c;
        if (!fonts) c.result.error = fontError;
        else c = job.composed.get();
        // Written here, in the reports' order, just before their messages: writing from the workers was measured
        // no faster (300 reports, 1.7–1.9 s either way), the workers being busy with the next reports meanwhile.
        if (c.ok) {
            const SaveOutcome saved = SafeSave::write(outputs.at(i), c.pdf);
            if (!saved.ok) {
                c.ok = false;
                c.result.error = saved.error;
            }
        }
        if (sayPdfExport(c.ok, outputs.at(i), c.result, written == 0)) ++written;
    }
    return written;
}

} // namespace nianbao::cli
