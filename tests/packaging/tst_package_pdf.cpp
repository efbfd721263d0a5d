// SPDX-License-Identifier: GPL-3.0-or-later
// PDF export from the Debian package unpacked into a temporary root (dpkg -x): the installed program finds its
// fonts through the font packages the .deb depends on. Needs the PDF export (branch pdf); registered in
// tests/packaging/CMakeLists.txt once that is merged.

#include "packagetest.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace packagetest;

class TestPackagePdf : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;

private slots:
    void initTestCase()
    {
        for (const char *name : {"dpkg-deb", "pdffonts", "pdftotext"})
            QVERIFY2(!tool(QString::fromLatin1(name)).isEmpty(),
                     qPrintable(QStringLiteral("%1 is missing: run packaging/install-deps.sh").arg(QString::fromLatin1(name))));
        const QString deb = builtDeb();
        QVERIFY2(!deb.isEmpty(), "no single .deb in NIANBAO_DEB_DIR: the package_deb fixture did not run or failed");
        const Run x = run(tool(QStringLiteral("dpkg-deb")), {QStringLiteral("-x"), deb, m_root.path()});
        QVERIFY2(x.status == 0, describe(QStringLiteral("dpkg-deb -x"), x));
    }

    // No display: export picks the offscreen platform by itself.
    void pdfExport()
    {
        QTemporaryDir cwd;
        const QString report = qEnvironmentVariable("NIANBAO_SOURCE_DIR") + QStringLiteral("/resources/examples/example-county-2023.nianbao");
        const Run r = run(m_root.filePath(QStringLiteral("usr/bin/nianbao")),
                          {QStringLiteral("export"), report, QStringLiteral("-o"), QStringLiteral("report.pdf")}, cwd.path(),
                          userEnvironment());
        QVERIFY2(r.status == 0, describe(QStringLiteral("nianbao export -o report.pdf"), r));
        QFile pdf(cwd.filePath(QStringLiteral("report.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        pdf.close();

        // Every font embedded, and only the faces of the packages nianbao depends on.
        const Run fonts = run(tool(QStringLiteral("pdffonts")), {pdf.fileName()});
        QVERIFY2(fonts.status == 0, describe(QStringLiteral("pdffonts"), fonts));
        const QStringList rows = fonts.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY(!rows.isEmpty());
        static const QRegularExpression embedded(QStringLiteral("\\byes\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"));
        // AR PL SungtiL GB is BousungEG-Light-GB inside, AR PL KaitiM GB is GBZenKai-Medium.
        static const QRegularExpression debianFace(QStringLiteral("AR-?PL|ARPL|KaitiM|SungtiL|BousungEG|GBZenKai|WenQuanYi|WQY"),
                                                   QRegularExpression::CaseInsensitiveOption);
        for (const QString &row : rows) {
            QVERIFY2(embedded.match(row).hasMatch(), qPrintable(fonts.out));
            QVERIFY2(debianFace.match(row).hasMatch(), qPrintable(fonts.out));
        }

        const Run text = run(tool(QStringLiteral("pdftotext")), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf.fileName(), QStringLiteral("-")});
        QVERIFY2(text.status == 0, describe(QStringLiteral("pdftotext"), text));
        // The title is long enough to be broken into two centred lines (before the year).
        QVERIFY2(QString(text.out).remove(QLatin1Char('\n')).contains(QStringLiteral("青禾县人民政府2023年政府信息公开工作年度报告")),
                 qPrintable(text.out.left(400)));
    }
};

QTEST_GUILESS_MAIN(TestPackagePdf)
#include "tst_package_pdf.moc"
