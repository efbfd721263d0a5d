// SPDX-License-Identifier: GPL-3.0-or-later
// The Debian package as a user gets it: its control fields and contents, apt's view of its dependencies, lintian,
// and the program run from the package unpacked into a temporary root (dpkg -x), with the desktop's MIME and
// menu databases built from what it installs.

#include "packagetest.h"

#include <QFile>
#include <QImage>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace packagetest;

namespace {

const QList<int> kIconSizes = {16, 22, 24, 32, 48, 64, 128, 256};

QString example(const QString &name)
{
    return qEnvironmentVariable("NIANBAO_SOURCE_DIR") + QStringLiteral("/resources/examples/") + name;
}

// Package names of a Depends/Recommends field, without versions or alternatives' bars.
QStringList packageNames(const QString &field)
{
    QStringList names;
    for (const QString &entry : field.split(QRegularExpression(QStringLiteral("[,|]")), Qt::SkipEmptyParts))
        names << entry.trimmed().section(QLatin1Char(' '), 0, 0);
    return names;
}

} // namespace

class TestPackage : public QObject
{
    Q_OBJECT

    QString m_deb;
    QTemporaryDir m_root;
    QString m_version;

    QString installed(const QString &path) const { return m_root.filePath(path); }
    QString controlField(const QString &name) const
    {
        return run(tool(QStringLiteral("dpkg-deb")), {QStringLiteral("--field"), m_deb, name}).out.trimmed();
    }
    static bool chinese() { return qEnvironmentVariable("LANG").startsWith(QLatin1String("zh_CN")); }

    Run nianbao(const QStringList &arguments, const QString &workingDirectory) const
    {
        return run(installed(QStringLiteral("usr/bin/nianbao")), arguments, workingDirectory, userEnvironment());
    }

private slots:
    void initTestCase()
    {
        m_version = qEnvironmentVariable("NIANBAO_VERSION");
        QVERIFY(!m_version.isEmpty());
        for (const char *name : {"dpkg-deb", "dpkg", "apt-get", "apt-cache", "lintian", "readelf", "update-mime-database",
                                 "update-desktop-database"})
            QVERIFY2(!tool(QString::fromLatin1(name)).isEmpty(),
                     qPrintable(QStringLiteral("%1 is missing: run packaging/install-deps.sh").arg(QString::fromLatin1(name))));
        m_deb = builtDeb();
        QVERIFY2(!m_deb.isEmpty(), "no single .deb in NIANBAO_DEB_DIR: the package_deb fixture did not run or failed");
        QVERIFY(m_root.isValid());
        const Run x = run(tool(QStringLiteral("dpkg-deb")), {QStringLiteral("-x"), m_deb, m_root.path()});
        QVERIFY2(x.status == 0, describe(QStringLiteral("dpkg-deb -x"), x));
    }

    void fileName()
    {
        const QString arch = run(tool(QStringLiteral("dpkg")), {QStringLiteral("--print-architecture")}).out.trimmed();
        QCOMPARE(QFileInfo(m_deb).fileName(), QStringLiteral("nianbao_%1_%2.deb").arg(m_version, arch));
    }

    void controlFields_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Package") << "Package" << "nianbao";
        QTest::newRow("Version") << "Version" << m_version;
        QTest::newRow("Section") << "Section" << "editors";
        QTest::newRow("Priority") << "Priority" << "optional";
        QTest::newRow("Maintainer") << "Maintainer" << "nianbao developers <nianbao@example.invalid>";
        QTest::newRow("Recommends") << "Recommends" << "qt6-wayland, qt6-translations-l10n, libqt6svg6, fonts-lxgw-wenkai";
    }

    void controlFields()
    {
        QFETCH(QString, field);
        QFETCH(QString, expected);
        QCOMPARE(controlField(field), expected);
    }

    // The libraries come from dpkg-shlibdeps, the fonts from the packaging: all of them real Debian 12 packages.
    void depends_data()
    {
        QTest::addColumn<QString>("package");
        for (const char *p : {"libc6", "libstdc++6", "libqt6core6", "libqt6gui6", "libqt6widgets6",
                              "fonts-arphic-gkai00mp", "fonts-arphic-gbsn00lp", "fonts-wqy-microhei", "fonts-arphic-ukai",
                              "fonts-arphic-uming"})
            QTest::newRow(p) << QString::fromLatin1(p);
    }

    void depends()
    {
        QFETCH(QString, package);
        QVERIFY2(packageNames(controlField(QStringLiteral("Depends"))).contains(package),
                 qPrintable(controlField(QStringLiteral("Depends"))));
    }

    void everyDependencyIsADebianPackage()
    {
        const QStringList names = packageNames(controlField(QStringLiteral("Depends")))
                                + packageNames(controlField(QStringLiteral("Recommends")));
        const Run r = run(tool(QStringLiteral("apt-cache")), QStringList{QStringLiteral("show"), QStringLiteral("--no-all-versions")} + names);
        QVERIFY2(r.status == 0, describe(QStringLiteral("apt-cache show"), r));
        for (const QString &name : names)
            QVERIFY2(r.out.contains(QStringLiteral("\nPackage: ") + name + QLatin1Char('\n'))
                         || r.out.startsWith(QStringLiteral("Package: ") + name + QLatin1Char('\n')),
                     qPrintable(name));
    }

    // What `apt install ./nianbao_*.deb` would do, without doing it.
    void aptInstallsIt()
    {
        const Run r = run(tool(QStringLiteral("apt-get")), {QStringLiteral("install"), QStringLiteral("--simulate"),
                                                           QStringLiteral("--no-install-recommends"), m_deb});
        QVERIFY2(r.status == 0, describe(QStringLiteral("apt-get install --simulate"), r));
        QVERIFY2(r.out.contains(QStringLiteral("Inst nianbao (%1 ").arg(m_version)), describe(QStringLiteral("apt-get"), r));
    }

    void contents()
    {
        QStringList expected{QStringLiteral("usr/bin/nianbao"),
                             QStringLiteral("usr/lib/nianbao/modules/libnianbao-editor.so"), // Qt Widgets, loaded for the editor
                             QStringLiteral("usr/lib/nianbao/modules/libnianbao-pdf.so"), // poppler, loaded to read a PDF
                             QStringLiteral("usr/share/applications/io.github.nianbao.nianbao.desktop"),
                             QStringLiteral("usr/share/doc/nianbao/changelog.gz"),
                             QStringLiteral("usr/share/doc/nianbao/copyright"),
                             QStringLiteral("usr/share/icons/hicolor/scalable/apps/io.github.nianbao.nianbao.svg"),
                             QStringLiteral("usr/share/icons/hicolor/scalable/mimetypes/application-x-nianbao.svg"),
                             QStringLiteral("usr/share/man/man1/nianbao.1.gz"),
                             QStringLiteral("usr/share/metainfo/io.github.nianbao.nianbao.metainfo.xml"),
                             QStringLiteral("usr/share/mime/packages/nianbao.xml")};
        for (int size : kIconSizes) {
            expected << QStringLiteral("usr/share/icons/hicolor/%1x%1/apps/io.github.nianbao.nianbao.png").arg(size)
                     << QStringLiteral("usr/share/icons/hicolor/%1x%1/mimetypes/application-x-nianbao.png").arg(size);
        }
        expected.sort();
        QStringList files;
        QDirIterator it(m_root.path(), QDir::Files | QDir::System | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) files << QDir(m_root.path()).relativeFilePath(it.next());
        files.sort();
        QCOMPARE(files, expected);
    }

    void iconsHaveTheSizeOfTheirFolder()
    {
        for (int size : kIconSizes) {
            for (const QString &icon : {QStringLiteral("apps/io.github.nianbao.nianbao.png"), QStringLiteral("mimetypes/application-x-nianbao.png")}) {
                const QString path = installed(QStringLiteral("usr/share/icons/hicolor/%1x%1/").arg(size) + icon);
                const QImage image(path);
                QVERIFY2(!image.isNull(), qPrintable(path));
                QCOMPARE(image.size(), QSize(size, size));
                QVERIFY(image.hasAlphaChannel());
            }
        }
    }

    // The system's Qt only: no search path into the build folder or anywhere else.
    void binaryHasNoRunpath_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("program") << QStringLiteral("usr/bin/nianbao");
        QTest::newRow("PDF module") << QStringLiteral("usr/lib/nianbao/modules/libnianbao-pdf.so");
        QTest::newRow("editor module") << QStringLiteral("usr/lib/nianbao/modules/libnianbao-editor.so");
    }
    void binaryHasNoRunpath()
    {
        QFETCH(QString, file);
        const Run r = run(tool(QStringLiteral("readelf")), {QStringLiteral("--dynamic"), installed(file)});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains(QStringLiteral("(NEEDED)")));
        QVERIFY2(!r.out.contains(QStringLiteral("RPATH")) && !r.out.contains(QStringLiteral("RUNPATH")), qPrintable(r.out));
    }

    // Issue 18: the program does not link poppler; it loads the PDF module from ../lib/nianbao/modules to read a PDF.
    void pdfImportLoadsTheModule()
    {
        const Run deps = run(tool(QStringLiteral("readelf")), {QStringLiteral("--dynamic"), installed(QStringLiteral("usr/bin/nianbao"))});
        QVERIFY2(!deps.out.contains(QStringLiteral("poppler")), qPrintable(deps.out));
        QTemporaryDir cwd;
        const QString pdf = qEnvironmentVariable("NIANBAO_TEST_DATA") + QStringLiteral("/published/gangcha-2019.pdf");
        const Run r = nianbao({QStringLiteral("import"), pdf, QStringLiteral("-o"), QStringLiteral("g.nianbao")}, cwd.path());
        QVERIFY2(r.status != 2, describe(QStringLiteral("nianbao import a PDF"), r));
        QVERIFY2(r.out.contains(chinese() ? QStringLiteral("按PDF编码读取") : QStringLiteral("read as PDF")), qPrintable(r.out));
        QVERIFY(QFileInfo::exists(cwd.filePath(QStringLiteral("g.nianbao"))));
    }

    // Issue 18: the verbs do not load Qt Widgets; the program loads the editor module from ../lib/nianbao/modules
    // when it is given a report and no verb, and the editor opens the report.
    void editorLoadsTheModule()
    {
        const Run deps = run(tool(QStringLiteral("readelf")), {QStringLiteral("--dynamic"), installed(QStringLiteral("usr/bin/nianbao"))});
        QVERIFY2(!deps.out.contains(QStringLiteral("Widgets")) && !deps.out.contains(QStringLiteral("PrintSupport")), qPrintable(deps.out));
        QTemporaryDir cwd;
        QProcessEnvironment env = userEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), cwd.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("NIANBAO_STARTUP_PROBE"), QStringLiteral("quit")); // says when the report shows, then quits
        const Run r = run(installed(QStringLiteral("usr/bin/nianbao")), {example(QStringLiteral("example-county-2023.nianbao"))}, cwd.path(), env);
        QVERIFY2(r.status == 0, describe(QStringLiteral("nianbao REPORT"), r));
        QVERIFY2(r.err.contains(QStringLiteral("nianbao-probe: document ")), describe(QStringLiteral("nianbao REPORT"), r));
    }

    void versionAndHelp()
    {
        QTemporaryDir cwd;
        const Run v = nianbao({QStringLiteral("--version")}, cwd.path());
        QVERIFY2(v.status == 0, describe(QStringLiteral("nianbao --version"), v));
        QCOMPARE(v.out.section(QLatin1Char('\n'), 0, 0), QStringLiteral("nianbao %1").arg(m_version));
        QVERIFY2(v.out.contains(QLatin1String("GPL-3.0-or-later")), qPrintable(v.out));
        const Run h = nianbao({QStringLiteral("--help")}, cwd.path());
        QVERIFY2(h.status == 0, describe(QStringLiteral("nianbao --help"), h));
        // The help speaks the desktop's language (LANG): C.UTF-8 or zh_CN.UTF-8.
        const QString orLine = chinese() ? QStringLiteral("或：nianbao ") : QStringLiteral("or: nianbao ");
        for (const QString verb : {QStringLiteral("new"), QStringLiteral("check"), QStringLiteral("export"), QStringLiteral("set")})
            QVERIFY2(h.out.contains(orLine + verb + QLatin1Char(' ')), qPrintable(h.out));
    }

    // The templates are compiled into the program: new, set and check work from the installed layout alone.
    void newSetCheck()
    {
        QTemporaryDir cwd;
        Run r = nianbao({QStringLiteral("new"), QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--organ"),
                         QStringLiteral("某某县财政局"), QStringLiteral("-o"), QStringLiteral("r.nianbao")}, cwd.path());
        QVERIFY2(r.status == 0, describe(QStringLiteral("nianbao new"), r));
        r = nianbao({QStringLiteral("set"), QStringLiteral("r.nianbao"), QStringLiteral("s3.new.natural=12")}, cwd.path());
        QVERIFY2(r.status == 0, describe(QStringLiteral("nianbao set"), r));
        r = nianbao({QStringLiteral("check"), example(QStringLiteral("example-county-2023.nianbao"))}, cwd.path());
        QVERIFY2(r.status == 0, describe(QStringLiteral("nianbao check"), r));
        QVERIFY2(r.out.contains(chinese() ? QStringLiteral("gov-2021, 0个错误") : QStringLiteral("gov-2021, 0 error(s)")), qPrintable(r.out));
        r = nianbao({QStringLiteral("check"), example(QStringLiteral("example-county-2023-mistakes.nianbao"))}, cwd.path());
        QCOMPARE(r.status, 1);
        QVERIFY2(r.out.contains(chinese() ? QStringLiteral("gov-2021, 6个错误, 4个警告") : QStringLiteral("gov-2021, 6 error(s), 4 warning(s)")),
                 qPrintable(r.out));
    }

    // The installed program writes the same text as the one in the build folder.
    void textExport()
    {
        QTemporaryDir cwd;
        const QString report = example(QStringLiteral("example-county-2023.nianbao"));
        Run r = nianbao({QStringLiteral("export"), report, QStringLiteral("-o"), QStringLiteral("installed.txt")}, cwd.path());
        QVERIFY2(r.status == 0, describe(QStringLiteral("nianbao export"), r));
        r = run(qEnvironmentVariable("NIANBAO_BIN"), {QStringLiteral("export"), report, QStringLiteral("-o"), QStringLiteral("built.txt")},
                cwd.path(), userEnvironment());
        QVERIFY2(r.status == 0, describe(QStringLiteral("build tree nianbao export"), r));
        QFile installedText(cwd.filePath(QStringLiteral("installed.txt"))), builtText(cwd.filePath(QStringLiteral("built.txt")));
        QVERIFY(installedText.open(QIODevice::ReadOnly) && builtText.open(QIODevice::ReadOnly));
        const QByteArray text = installedText.readAll();
        QVERIFY(text.startsWith("青禾县人民政府2023年政府信息公开工作年度报告\n"));
        QCOMPARE(text, builtText.readAll());
    }

    // shared-mime-info's database built from the package: *.nianbao, and a report that lost its name ending.
    void mimeType()
    {
        const QString mimeDir = installed(QStringLiteral("usr/share/mime"));
        const Run r = run(tool(QStringLiteral("update-mime-database")), {QStringLiteral("-V"), mimeDir});
        QVERIFY2(r.status == 0 && !r.err.contains(QStringLiteral("rror")), describe(QStringLiteral("update-mime-database"), r));
        QFile globs(mimeDir + QStringLiteral("/globs2"));
        QVERIFY(globs.open(QIODevice::ReadOnly));
        QVERIFY(globs.readAll().contains("50:application/x-nianbao:*.nianbao"));

        // Qt reads the same database; only the package's folder, so nothing else can answer.
        QTemporaryDir home;
        qputenv("XDG_DATA_HOME", home.path().toUtf8());
        qputenv("XDG_DATA_DIRS", installed(QStringLiteral("usr/share")).toUtf8());
        const QMimeDatabase db;
        QCOMPARE(db.mimeTypeForFile(QStringLiteral("2023年报.nianbao"), QMimeDatabase::MatchExtension).name(),
                 QStringLiteral("application/x-nianbao"));
        const QString bare = home.filePath(QStringLiteral("report"));
        QVERIFY(QFile::copy(example(QStringLiteral("example-county-2023.nianbao")), bare));
        QCOMPARE(db.mimeTypeForFile(bare, QMimeDatabase::MatchContent).name(), QStringLiteral("application/x-nianbao"));
        QCOMPARE(db.mimeTypeForName(QStringLiteral("application/x-nianbao")).iconName(), QStringLiteral("application-x-nianbao"));
    }

    // The desktop's default-application cache: a double-click on a .nianbao file starts io.github.nianbao.nianbao.desktop.
    void desktopDatabase()
    {
        const QString applications = installed(QStringLiteral("usr/share/applications"));
        const Run r = run(tool(QStringLiteral("update-desktop-database")), {applications});
        QVERIFY2(r.status == 0 && r.err.isEmpty(), describe(QStringLiteral("update-desktop-database"), r));
        QFile cache(applications + QStringLiteral("/mimeinfo.cache"));
        QVERIFY(cache.open(QIODevice::ReadOnly));
        QVERIFY(cache.readAll().contains("application/x-nianbao=io.github.nianbao.nianbao.desktop;"));
    }

    // Every lintian finding, pedantic and informational ones included, is fixed: none is expected.
    void lintian()
    {
        const Run r = run(tool(QStringLiteral("lintian")), {QStringLiteral("--pedantic"), QStringLiteral("--display-info"),
                                                           QStringLiteral("--display-experimental"), m_deb});
        QStringList findings;
        static const QRegularExpression tagLine(QStringLiteral("^[EWIPX]: .*$"), QRegularExpression::MultilineOption);
        for (auto it = tagLine.globalMatch(r.out); it.hasNext();) findings << it.next().captured(0);
#ifdef NIANBAO_UNOPTIMISED_BUILD
        // A Debug build (the sanitizer run) is compiled without optimisation, where _FORTIFY_SOURCE does nothing; and
        // its machine code is another, where lintian's spelling check has read a word in the bytes of an instruction
        // ("moR"). The Release run keeps both checks.
        static const QRegularExpression debugOnly(
            QStringLiteral("^I: nianbao: (hardening-no-fortify-functions|spelling-error-in-binary .*) \\[usr/(bin/nianbao|lib/nianbao/modules/libnianbao-[a-z]+\\.so)\\]$"));
        findings.removeIf([](const QString &finding) { return debugOnly.match(finding).hasMatch(); });
#endif
        QVERIFY2(r.started, "lintian did not start");
        QCOMPARE(findings, QStringList());
        QVERIFY2(r.status == 0, describe(QStringLiteral("lintian"), r));
    }
};

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
