// SPDX-License-Identifier: GPL-3.0-or-later
// Child process for tst_killsave: saves a report over and over to one path until it is killed.
// Usage: savestress REPORT OUT

#include "files/reportfile.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) return 2;
    QString error;
    std::optional<nianbao::ReportData> report = nianbao::ReportFile::load(QString::fromLocal8Bit(argv[1]), &error);
    if (!report) return 2;
    const QString out = QString::fromLocal8Bit(argv[2]);
    // Make the file big enough that a write takes a while, so that kills land in the middle of writing.
    const QString padding = QString(20000, QChar(0x5B57));
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    for (qint64 i = 0;; ++i) {
        report->meta.copyTo = QString::number(i) + padding;
        if (!nianbao::ReportFile::save(*report, out, &error)) return 3;
    }
}
