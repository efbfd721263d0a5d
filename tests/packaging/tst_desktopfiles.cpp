// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop files as the validators of the freedesktop and AppStream specifications see them, the man page
// help2man built, the Windows icons, and the version number wherever it is written down.

#include "packagetest.h"

#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace packagetest;

namespace {

QString source(const QString &path)
{
    return qEnvironmentVariable("NIANBAO_SOURCE_DIR") + QLatin1Char('/') + path;
}

QString built(const QString &path)
{
    return qEnvironmentVariable("NIANBAO_PACKAGING_BUILD_DIR") + QLatin1Char('/') + path;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The text of every element `name` of an XML file, in order.
QStringList elements(const QString &path, const QString &name)
{
    QStringList found;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return found;
    QXmlStreamReader xml(&f);
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == name)
            found << xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
    return found;
}

QString desktopKey(const QString &key)
{
    for (const QByteArray &line : readAll(source(QStringLiteral("resources/desktop/io.github.nianbao.nianbao.desktop"))).split('\n'))
        if (line.startsWith(key.toUtf8() + '=')) return QString::fromUtf8(line.mid(key.size() + 1));
    return QString();
}

const QString kMetainfo = QStringLiteral("resources/desktop/io.github.nianbao.nianbao.metainfo.xml");

} // namespace

class TestDesktopFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        for (const char *name : {"desktop-file-validate", "appstreamcli", "man", "rsvg-convert"})
            QVERIFY2(!tool(QString::fromLatin1(name)).isEmpty(),
                     qPrintable(QStringLiteral("%1 is missing: run packaging/install-deps.sh").arg(QString::fromLatin1(name))));
    }

    // No error, no warning and no hint.
    void desktopFileValidates()
    {
        const Run r = run(tool(QStringLiteral("desktop-file-validate")), {source(QStringLiteral("resources/desktop/io.github.nianbao.nianbao.desktop"))});
        QVERIFY2(r.status == 0 && r.out.isEmpty() && r.err.isEmpty(), describe(QStringLiteral("desktop-file-validate"), r));
    }

    // The licence: the full GPL-3 text beside the sources and the SPDX line in every source file.
    void licence()
    {
        const QByteArray text = readAll(source(QStringLiteral("LICENSE")));
        QVERIFY(text.contains("GNU GENERAL PUBLIC LICENSE"));
        QVERIFY(text.contains("Version 3, 29 June 2007"));
        QVERIFY(text.contains("END OF TERMS AND CONDITIONS"));
        QStringList without;
        int count = 0;
        for (const QString folder : {QStringLiteral("app"), QStringLiteral("tests"), QStringLiteral("fuzz")}) {
            QDirIterator it(source(folder), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                ++count;
                if (!readAll(path).startsWith("// SPDX-License-Identifier: GPL-3.0-or-later\n")) without << path;
            }
        }
        QVERIFY2(count > 200, qPrintable(QString::number(count)));
        QVERIFY2(without.isEmpty(), qPrintable(without.join(QLatin1Char('\n'))));
        QVERIFY(readAll(source(QStringLiteral("packaging/debian/copyright"))).contains("License: GPL-3.0-or-later"));
    }

    // Pedantic validation, without a single remark (a reverse-DNS id of the project's own).
    void metainfoValidates()
    {
        const Run r = run(tool(QStringLiteral("appstreamcli")),
                          {QStringLiteral("validate"), QStringLiteral("--no-net"), QStringLiteral("--pedantic"),
                           QStringLiteral("--no-color"), source(kMetainfo)});
        QVERIFY2(r.status == 0, describe(QStringLiteral("appstreamcli validate"), r));
        QStringList issues;
        static const QRegularExpression issue(QStringLiteral("^([EWIP]): \\S+: (\\S+)"), QRegularExpression::MultilineOption);
        for (auto it = issue.globalMatch(r.out); it.hasNext();) {
            const auto m = it.next();
            issues << m.captured(1) + QLatin1Char(' ') + m.captured(2);
        }
        QCOMPARE(issues, QStringList());
        QCOMPARE(elements(source(kMetainfo), QStringLiteral("project_license")), QStringList{QStringLiteral("GPL-3.0-or-later")});
        QCOMPARE(elements(source(kMetainfo), QStringLiteral("id")), QStringList{QStringLiteral("io.github.nianbao.nianbao")});
    }

    // The three files name the same program, file type and icon.
    void filesAgree()
    {
        const QString mime = source(QStringLiteral("resources/desktop/nianbao-mime.xml"));
        QCOMPARE(elements(source(kMetainfo), QStringLiteral("launchable")), QStringList{QStringLiteral("io.github.nianbao.nianbao.desktop")});
        QCOMPARE(elements(source(kMetainfo), QStringLiteral("binary")),
                 QStringList{desktopKey(QStringLiteral("Exec")).section(QLatin1Char(' '), 0, 0)});
        QCOMPARE(elements(source(kMetainfo), QStringLiteral("mediatype")), QStringList{QStringLiteral("application/x-nianbao")});
        QCOMPARE(desktopKey(QStringLiteral("MimeType")), QStringLiteral("application/x-nianbao;"));
        QVERIFY(readAll(mime).contains("<mime-type type=\"application/x-nianbao\">"));
        QCOMPARE(elements(mime, QStringLiteral("mime-type")).size(), 1);
        QVERIFY(QFile::exists(source(QStringLiteral("resources/icons/") + desktopKey(QStringLiteral("Icon")) + QStringLiteral(".svg"))));
    }

    // The version of the program, of the newest AppStream release and of the newest changelog entry.
    void versionsAgree()
    {
        const QString version = qEnvironmentVariable("NIANBAO_VERSION");
        const Run v = run(qEnvironmentVariable("NIANBAO_BIN"), {QStringLiteral("--version")});
        QCOMPARE(v.out.section(QLatin1Char('\n'), 0, 0), QStringLiteral("nianbao %1").arg(version));
        QVERIFY2(v.out.section(QLatin1Char('\n'), 1, 1).contains(QLatin1String("GPL-3.0-or-later")), qPrintable(v.out));
        QFile metainfo(source(kMetainfo));
        QVERIFY(metainfo.open(QIODevice::ReadOnly));
        const QRegularExpression release(QStringLiteral("<release version=\"([^\"]+)\""));
        QCOMPARE(release.match(QString::fromUtf8(metainfo.readAll())).captured(1), version);
        const QByteArray changelog = readAll(source(QStringLiteral("packaging/debian/changelog")));
        QVERIFY2(changelog.startsWith("nianbao (" + version.toUtf8() + ") "), changelog.left(80).constData());
    }

    // help2man found the synopsis of every verb in --help, and man reads the page without a warning.
    void manPage_data()
    {
        QTest::addColumn<QString>("synopsis");
        QTest::newRow("editor") << ".B nianbao\n[\\fI\\,FILE\\/\\fR]";
        QTest::newRow("new") << ".B nianbao\n\\fI\\,new --year YEAR --organ NAME ";
        QTest::newRow("new --from") << ".B nianbao\n\\fI\\,new --from LAST.nianbao|LAST.txt -o FILE";
        QTest::newRow("import") << ".B nianbao\n\\fI\\,import IN.txt|.docx|.doc|.wps|.html|.pdf ";
        QTest::newRow("check") << ".B nianbao\n\\fI\\,check ";
        QTest::newRow("export") << ".B nianbao\n\\fI\\,export FILE -o ";
        QTest::newRow("set") << ".B nianbao\n\\fI\\,set FILE CELL=VALUE";
        QTest::newRow("export --outdir") << ".B nianbao\n\\fI\\,export FILE\\/\\fR... \\fI\\,--outdir DIR ";
        QTest::newRow("consolidate") << ".B nianbao\n\\fI\\,consolidate CHILD\\/\\fR... \\fI\\,--organ NAME -o PARENT.nianbao ";
    }

    void manPage()
    {
        QFETCH(QString, synopsis);
        const QString page = QString::fromUtf8(readAll(built(QStringLiteral("nianbao.1"))));
        const QString synopsisSection = page.section(QStringLiteral(".SH SYNOPSIS"), 1).section(QStringLiteral(".SH "), 0, 0);
        QVERIFY2(synopsisSection.contains(synopsis), qPrintable(synopsisSection));
    }

    void manPageHasNoWarnings()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("MANWIDTH"), QStringLiteral("80"));
        const Run r = run(tool(QStringLiteral("man")), {QStringLiteral("--warnings"), QStringLiteral("-E"), QStringLiteral("UTF-8"),
                                                       QStringLiteral("-l"), built(QStringLiteral("nianbao.1.gz"))},
                          QString(), env);
        QVERIFY2(r.status == 0 && r.err.isEmpty(), describe(QStringLiteral("man --warnings"), r));
        QVERIFY(r.out.contains(QStringLiteral("EXIT STATUS")));
        QVERIFY2(!r.out.contains(QStringLiteral("??")), qPrintable(r.out)); // what groff makes of characters it cannot print
    }

    // The checked-in Windows icons hold every size and still show the SVG (packaging/windows/make-ico.py).
    void windowsIcons_data()
    {
        QTest::addColumn<QString>("ico");
        QTest::addColumn<QString>("svg");
        QTest::newRow("program") << "nianbao.ico" << "io.github.nianbao.nianbao.svg";
        QTest::newRow("report") << "nianbao-document.ico" << "application-x-nianbao.svg";
    }

    void windowsIcons()
    {
        QFETCH(QString, ico);
        QFETCH(QString, svg);
        QImageReader reader(source(QStringLiteral("packaging/windows/") + ico));
        QList<int> sizes;
        QImage largest;
        do {
            const QImage image = reader.read();
            QVERIFY2(!image.isNull(), qPrintable(reader.errorString()));
            QCOMPARE(image.width(), image.height());
            sizes << image.width();
            if (image.width() == 256) largest = image.convertToFormat(QImage::Format_ARGB32);
        } while (reader.jumpToNextImage());
        QCOMPARE(sizes, (QList<int>{16, 20, 24, 32, 40, 48, 64, 256}));

        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("fresh.png"));
        const Run r = run(tool(QStringLiteral("rsvg-convert")), {QStringLiteral("--width=256"), QStringLiteral("--height=256"),
                                                                QStringLiteral("--output"), png, source(QStringLiteral("resources/icons/") + svg)});
        QVERIFY2(r.status == 0, describe(QStringLiteral("rsvg-convert"), r));
        const QImage fresh = QImage(png).convertToFormat(QImage::Format_ARGB32);
        QCOMPARE(fresh.size(), largest.size());
        qint64 difference = 0;
        for (int y = 0; y < fresh.height(); ++y)
            for (int x = 0; x < fresh.width(); ++x) {
                const QRgb a = fresh.pixel(x, y), b = largest.pixel(x, y);
                difference += qAbs(qRed(a) - qRed(b)) + qAbs(qGreen(a) - qGreen(b)) + qAbs(qBlue(a) - qBlue(b)) + qAbs(qAlpha(a) - qAlpha(b));
            }
        // Up to one level per channel on average: another librsvg may round differently; an edited SVG differs a lot.
        QVERIFY2(difference <= 4LL * 256 * 256, qPrintable(QStringLiteral("%1 differs from %2: run packaging/windows/make-ico.py").arg(ico, svg)));
    }
};

QTEST_GUILESS_MAIN(TestDesktopFiles)
#include "tst_desktopfiles.moc"
