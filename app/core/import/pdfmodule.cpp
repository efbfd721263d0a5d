// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/pdfmodule.h"

#include "files/programmodule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QMutex>

namespace nianbao::import {

namespace {

class ImportText
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::import)
};

struct Loaded {
    QMutex mutex;
    bool tried = false;
    ReadPdfText reader = nullptr;
    QString error;
};

Loaded &loaded()
{
    static Loaded instance;
    return instance;
}

} // namespace

QStringList PdfModule::candidates()
{
    return ProgramModule::candidates("NIANBAO_PDF_MODULE", QStringLiteral(NIANBAO_PDF_MODULE_FILE));
}

void PdfModule::useLinked(ReadPdfText reader)
{
    Loaded &l = loaded();
    const QMutexLocker lock(&l.mutex);
    l.tried = true;
    l.reader = reader;
    l.error.clear();
}

ReadPdfText PdfModule::reader(QString *error)
{
    Loaded &l = loaded();
    const QMutexLocker lock(&l.mutex);
    if (!l.tried) {
        l.tried = true;
        QStringList failures;
        for (const QString &path : candidates()) {
            if (!QFileInfo::exists(path)) {
                failures << ImportText::tr("%1: no such file").arg(QDir::toNativeSeparators(path));
                continue;
            }
            QLibrary library(path); // never unloaded: the reader stays valid for the whole run
            if (!library.load()) {
                failures << library.errorString();
                continue;
            }
            l.reader = reinterpret_cast<ReadPdfText>(library.resolve(kReadPdfTextSymbol));
            if (l.reader) break;
            failures << ImportText::tr("%1: not a PDF module of this version of nianbao").arg(QDir::toNativeSeparators(path));
        }
        if (!l.reader)
            l.error = ImportText::tr("the PDF reader of nianbao is missing or damaged (%1); reinstall nianbao")
                          .arg(failures.join(QStringLiteral("; ")));
    }
    if (!l.reader && error) *error = l.error;
    return l.reader;
}

} // namespace nianbao::import
