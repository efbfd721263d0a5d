// SPDX-License-Identifier: GPL-3.0-or-later
// The .nianbao file: round trip, every older version read, newer refused, malformed files named precisely.

#include "checks/rules.h"
#include "files/reportfile.h"
#include "testreports.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace nianbao;

namespace {

QString dataFile(const QString &name)
{
    return qEnvironmentVariable("NIANBAO_TEST_DATA") + QStringLiteral("/files/") + name;
}

ReportData fullReport(const QString &format)
{
    ReportData r = testreports::complete(format);
    ReportMetadata &m = r.meta;
    m.title = QStringLiteral("某某县人民政府关于%1年政府信息公开工作年度报告").arg(m.year);
    m.documentNumber = QStringLiteral("某政办〔2022〕6号");
    m.addressee = QStringLiteral("某某州人民政府电子政务中心");
    m.signature = QStringLiteral("某某县人民政府办公室");
    m.published = QDateTime(QDate(m.year + 1, 1, 28), QTime(9, 43));
    m.deadline = QDate(m.year + 1, 1, 31);
    m.copyTo = QStringLiteral("档。");
    m.issuedBy = QStringLiteral("某某县人民政府办公室 2022年2月4日印发");
    m.lastYearPath = QStringLiteral("../上年/报告.nianbao");
    m.lastYearSha256 = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    m.consolidatedFrom = {QStringLiteral("单位/财政局.nianbao"), QStringLiteral("/报告/交通局.txt")};
    r.draftSections = {QStringLiteral("s5"), QStringLiteral("s6")};
    r.prose.insert(QStringLiteral("s2"), QStringLiteral("全年主动公开政府信息118条。"));
    r.prose.insert(QStringLiteral("s4"), QStringLiteral("多行\n文字\t带制表符与“引号”\\反斜杠"));
    CellValue unconfirmed;
    unconfirmed.state = CellValue::State::Unconfirmed;
    unconfirmed.value = Quantity{26, MoneyUnit::None, 0};
    unconfirmed.candidates = {Quantity{26, MoneyUnit::None, 0}, Quantity{2, MoneyUnit::None, 0}};
    unconfirmed.sourceLine = 40;
    r.setCell(QStringLiteral("s2.i6.penalty.decisions"), unconfirmed);
    r.setCell(QStringLiteral("s3.r2.other"), CellValue::blank());
    return r;
}

} // namespace

class TestReportFile : public QObject
{
    Q_OBJECT

private slots:
    // First of all: before it nothing in this process has loaded a format.
    void loadFormatOfLoadsTheFormatTheFileNames()
    {
        QVERIFY(!TemplateRegistry::isLoaded(QStringLiteral("gov-2019")));
        QVERIFY(!TemplateRegistry::isLoaded(QStringLiteral("gov-2021")));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("报告.nianbao"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"nianbao": 2, "format": "gov-2019", "meta": {"organ": "某某县人民政府"}})");
        f.close();
        ReportFile::loadFormatOf(path);
        QVERIFY(TemplateRegistry::isLoaded(QStringLiteral("gov-2019")));
        QVERIFY(!TemplateRegistry::isLoaded(QStringLiteral("gov-2021")));
    }

    // loadFormatOf runs beside the export's own reading: whatever the file, it returns (a FIFO without a writer
    // too), loads nothing it does not name, and the file's own load says what it said without it.
    void loadFormatOfLeavesEveryProblemToLoad_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("missing") << QStringLiteral("none.nianbao") << QByteArray();
        QTest::newRow("folder") << QStringLiteral("folder") << QByteArray();
        QTest::newRow("fifo") << QStringLiteral("fifo.nianbao") << QByteArray();
        QTest::newRow("empty") << QStringLiteral("empty.nianbao") << QByteArray("");
        QTest::newRow("not json") << QStringLiteral("x.nianbao") << QByteArray("format: gov-2021");
        QTest::newRow("unknown format") << QStringLiteral("x.nianbao") << QByteArray(R"({"nianbao": 2, "format": "gov-1999"})");
        QTest::newRow("format not a string") << QStringLiteral("x.nianbao") << QByteArray(R"({"nianbao": 2, "format": 2021})");
        QTest::newRow("format as a path") << QStringLiteral("x.nianbao") << QByteArray(R"({"nianbao": 2, "format": "../templates/gov-2021"})");
    }
    void loadFormatOfLeavesEveryProblemToLoad()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        if (name == QLatin1String("folder")) {
            QVERIFY(QDir(dir.path()).mkdir(name));
        } else if (name == QLatin1String("fifo.nianbao")) {
#ifdef Q_OS_UNIX
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
#else
            QSKIP("no FIFOs here");
#endif
        } else if (name != QLatin1String("none.nianbao")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        QString before;
        QVERIFY(!ReportFile::load(path, &before));
        QVERIFY(!before.isEmpty());
        ReportFile::loadFormatOf(path);
        QVERIFY(!TemplateRegistry::isLoaded(QStringLiteral("gov-1999")));
        QVERIFY(!TemplateRegistry::isLoaded(QStringLiteral("../templates/gov-2021")));
        QString after;
        QVERIFY(!ReportFile::load(path, &after));
        QCOMPARE(after, before);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("gov-2019") << QStringLiteral("gov-2019");
        QTest::newRow("gov-2021") << QStringLiteral("gov-2021");
    }
    void roundTrip()
    {
        QFETCH(QString, format);
        ReportData original = fullReport(format);
        if (format == QLatin1String("gov-2019"))
            testreports::apply(original, {QStringLiteral("s2.i9.procurement.amount=43027665.50元")});
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("报告.nianbao"));
        QString error;
        QVERIFY2(ReportFile::save(original, path, &error), qPrintable(error));
        const std::optional<ReportData> loaded = ReportFile::load(path, &error);
        QVERIFY2(loaded, qPrintable(error));
        QVERIFY(*loaded == original);
        // Saving what was loaded gives the same bytes: nothing drifts.
        QCOMPARE(ReportFile::serialize(*loaded), ReportFile::serialize(original));
        if (format == QLatin1String("gov-2019"))
            QCOMPARE(formatQuantity(loaded->cell(QStringLiteral("s2.i9.procurement.amount")).value, CellType::Money),
                     QStringLiteral("43027665.50元"));
    }

    void fileRecordsVersions()
    {
        const QByteArray bytes = ReportFile::serialize(fullReport(QStringLiteral("gov-2021")));
        QVERIFY(bytes.contains("\"nianbao\": 2"));
        QVERIFY(bytes.contains("\"app\": \"nianbao "));
        QVERIFY(bytes.contains("\"format\": \"gov-2021\""));
    }

    void readsVersion1()
    {
        QString error;
        const std::optional<ReportData> r = ReportFile::load(dataFile(QStringLiteral("report-v1.nianbao")), &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->format->id, QStringLiteral("gov-2019"));
        QCOMPARE(r->meta.organ, QStringLiteral("某某县财政局"));
        QCOMPARE(r->meta.level, OrganLevel::Department);
        QCOMPARE(r->meta.dateWritten, QDate(2021, 1, 18));
        QCOMPARE(r->text(QStringLiteral("s2")), QStringLiteral("2020年主动公开政府信息118条。")); // from "notes"
        QCOMPARE(r->numberOf(QStringLiteral("s3.new.natural")), qint64(3));
        QCOMPARE(r->numberOf(QStringLiteral("s2.i5.licensing.change")), qint64(-79));
        QCOMPARE(formatQuantity(r->cell(QStringLiteral("s2.i9.procurement.amount")).value, CellType::Money), QStringLiteral("20009.5483万元"));
        QVERIFY(r->cell(QStringLiteral("s4.review.total")).isBlank());
        QVERIFY(r->cell(QStringLiteral("s3.new.commercial")).isBlank()); // absent cells are blank
    }

    void readsVersion2()
    {
        QString error;
        const std::optional<ReportData> r = ReportFile::load(dataFile(QStringLiteral("report-v2.nianbao")), &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->format->id, QStringLiteral("gov-2021"));
        QCOMPARE(r->meta.documentNumber, QStringLiteral("某政办〔2024〕3号"));
        QCOMPARE(r->meta.published, QDateTime(QDate(2024, 1, 28), QTime(9, 43)));
        QCOMPARE(r->meta.deadline, QDate(2024, 1, 31));
        QCOMPARE(r->meta.tier, OrganTier::County);
        QCOMPARE(formatQuantity(r->cell(QStringLiteral("s2.i8.fees.amount")).value, CellType::Money), QStringLiteral("4068.208万元"));
        const CellValue &c = r->cell(QStringLiteral("s2.i5.licensing.decisions"));
        QCOMPARE(int(c.state), int(CellValue::State::Unconfirmed));
        QCOMPARE(c.value.number, qint64(88));
        QCOMPARE(c.candidates.size(), 2);
        QCOMPARE(c.candidates.at(1).number, qint64(8));
        QCOMPARE(c.sourceLine, 41);
    }

    // Found by fuzz_reportfile: a version-1 file with a negative amount loaded, but once saved it could not be
    // loaded again. Whatever loads must survive save → load unchanged.
    void fuzzRegressionNegativeMoney()
    {
        QString error;
        const std::optional<ReportData> r = ReportFile::load(dataFile(QStringLiteral("fuzz/negative-money-v1.nianbao")), &error);
        QVERIFY2(r, qPrintable(error));
        QVERIFY(r->cell(QStringLiteral("s2.i9.procurement.amount")).value.number < 0);
        const std::optional<ReportData> again = ReportFile::parse(ReportFile::serialize(*r), QStringLiteral("again"), &error);
        QVERIFY2(again, qPrintable(error));
        QVERIFY(*again == *r);
        QStringList rules;
        for (const Finding &f : CheckEngine::run(*r))
            if (f.cells == QStringList{QStringLiteral("s2.i9.procurement.amount")}) rules << f.rule;
        QCOMPARE(rules, QStringList{QStringLiteral("CELL-TYPE")});
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        const QByteArray good = "{\"nianbao\": 2, \"format\": \"gov-2021\", \"meta\": {\"year\": 2021}, \"cells\": {\"s3.new.natural\": 1}}";
        QTest::newRow("empty") << QByteArray() << "x.nianbao: the file is empty";
        QTest::newRow("not JSON") << QByteArray("政府信息公开工作年度报告\n一、总体情况\n")
            << "x.nianbao: line 1: not a nianbao report file (not valid JSON: illegal value)";
        QTest::newRow("truncated") << good.left(60) << "x.nianbao: line 1: the file is truncated or damaged (unterminated object)";
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
            << "x.nianbao: line 1: not a nianbao report file (not valid JSON: illegal value)";
        QTest::newRow("array") << QByteArray("[1, 2]") << "x.nianbao: not a nianbao report file (no JSON object)";
        QTest::newRow("other JSON") << QByteArray("{\"name\": \"package\"}") << "x.nianbao: not a nianbao report file (no format version)";
        QTest::newRow("newer") << QByteArray("{\"nianbao\": 3, \"app\": \"nianbao 9.0\", \"format\": \"gov-2021\", \"cells\": {}}")
            << "x.nianbao: written by a newer version of nianbao (nianbao 9.0, file version 3); this version reads file versions up to 2. Please update nianbao.";
        QTest::newRow("unknown format") << QByteArray("{\"nianbao\": 2, \"format\": \"gov-2030\", \"cells\": {}}")
            << "x.nianbao: unknown report format \"gov-2030\" (known: gov-2019, gov-2021)";
        QTest::newRow("unknown cell") << QByteArray("{\"nianbao\": 2, \"format\": \"gov-2021\", \"cells\": {\"s3.r6.natural\": 1}}")
            << "x.nianbao: cells.s3.r6.natural: unknown cell id for format gov-2021";
        QTest::newRow("text in a cell") << QByteArray("{\"nianbao\": 2, \"format\": \"gov-2021\", \"cells\": {\"s3.new.natural\": \"十二\"}}")
            << "x.nianbao: cells.s3.new.natural: must be a whole number or null (blank)";
        QTest::newRow("fraction in a count") << QByteArray("{\"nianbao\": 2, \"format\": \"gov-2021\", \"cells\": {\"s3.new.natural\": 1.5}}")
            << "x.nianbao: cells.s3.new.natural: must be a whole number or null (blank)";
        QTest::newRow("bad money") << QByteArray("{\"nianbao\": 2, \"format\": \"gov-2021\", \"cells\": {\"s2.i8.fees.amount\": \"很多\"}}")
            << "x.nianbao: cells.s2.i8.fees.amount: \"很多\" is not an amount of money";
        QTest::newRow("year as text") << QByteArray("{\"nianbao\": 2, \"format\": \"gov-2021\", \"meta\": {\"year\": \"2021\"}, \"cells\": {}}")
            << "x.nianbao: meta.year: must be a year";
        QTest::newRow("bad date") << QByteArray("{\"nianbao\": 2, \"format\": \"gov-2021\", \"meta\": {\"dateWritten\": \"2021-02-30\"}, \"cells\": {}}")
            << "x.nianbao: meta.dateWritten: \"2021-02-30\" is not a date (YYYY-MM-DD)";
        QTest::newRow("bad level") << QByteArray("{\"nianbao\": 2, \"format\": \"gov-2021\", \"meta\": {\"level\": \"county\"}, \"cells\": {}}")
            << "x.nianbao: meta.level: must be \"government\" or \"department\"";
        QTest::newRow("unknown prose") << QByteArray("{\"nianbao\": 2, \"format\": \"gov-2021\", \"prose\": {\"s7\": \"x\"}, \"cells\": {}}")
            << "x.nianbao: prose.s7: unknown section (known: preamble, s1, s2, s3, s4, s5, s6)";
        QTest::newRow("no cells") << QByteArray("{\"nianbao\": 2, \"format\": \"gov-2021\"}") << "x.nianbao: cells: missing or not an object";
        QTest::newRow("unconfirmed without candidates") << QByteArray("{\"nianbao\": 2, \"format\": \"gov-2021\", \"cells\": {\"s3.new.natural\": {\"unconfirmed\": 1}}}")
            << "x.nianbao: cells.s3.new.natural.candidates: must be an array";
        QTest::newRow("deeply nested") << QByteArray(100000, '[') << "x.nianbao: line 1: not a nianbao report file (not valid JSON: too deeply nested document)";
        // Issue 16: the children of a roll-up
        QTest::newRow("children not a list") << QByteArray("{\"nianbao\": 2, \"format\": \"gov-2021\", \"meta\": {\"consolidatedFrom\": \"a.nianbao\"}, \"cells\": {}}")
            << "x.nianbao: meta.consolidatedFrom: must be an array of file names";
        QTest::newRow("child not a name") << QByteArray("{\"nianbao\": 2, \"format\": \"gov-2021\", \"meta\": {\"consolidatedFrom\": [\"a.nianbao\", 3]}, \"cells\": {}}")
            << "x.nianbao: meta.consolidatedFrom[1]: must be a file name";
        // Issue 17.3: one text holds at most 200000 characters
        QTest::newRow("text too long") << QByteArray("{\"nianbao\": 2, \"format\": \"gov-2021\", \"prose\": {\"s1\": \"" + QByteArray(200001, 'a') + "\"}, \"cells\": {}}")
            << "x.nianbao: prose.s1: 200001 characters; one text of a report may hold at most 200000";
        // Issue 17.9: what the messages used to get wrong
        QTest::newRow("version 1.5") << QByteArray("{\"nianbao\": 1.5, \"format\": \"gov-2021\", \"cells\": {}}")
            << "x.nianbao: the file version 1.5 is not a whole number";
        QTest::newRow("version 1e300") << QByteArray("{\"nianbao\": 1e300, \"app\": \"nianbao 9.0\", \"format\": \"gov-2021\", \"cells\": {}}")
            << "x.nianbao: written by a newer version of nianbao (nianbao 9.0, file version 1e+300); this version reads file versions up to 2. Please update nianbao.";
        QTest::newRow("version -1") << QByteArray("{\"nianbao\": -1, \"format\": \"gov-2021\", \"cells\": {}}")
            << "x.nianbao: unknown file version -1";
        const QString utf16Text = QStringLiteral("{\"nianbao\": 2, \"format\": \"gov-2021\", \"meta\": {\"organ\": \"某局\"}, \"cells\": {}}");
        const QByteArray utf16(reinterpret_cast<const char *>(utf16Text.utf16()), utf16Text.size() * 2);
        QTest::newRow("UTF-16 with BOM") << QByteArray("\xFF\xFE") + utf16
            << "x.nianbao: the file is in UTF-16; report files are UTF-8. Save it again as UTF-8.";
        QTest::newRow("UTF-16 without BOM") << utf16 << "x.nianbao: the file is in UTF-16; report files are UTF-8. Save it again as UTF-8.";
        QTest::newRow("GBK") << QByteArray("{\"nianbao\": 2, \"format\": \"gov-2021\", \"meta\": {\"organ\": \"\xC4\xB3\xBE\xD6\"}, \"cells\": {}}")
            << "x.nianbao: the file is not UTF-8 (it looks like GBK/GB18030); report files are UTF-8. Save it again as UTF-8.";
        QTest::newRow("duplicate key") << QByteArray("{\"nianbao\": 2, \"format\": \"gov-2021\",\n\"cells\": {\"s3.new.natural\": 1,\n  \"s3.new.natural\": 2}}")
            << "x.nianbao: line 3: \"s3.new.natural\" appears twice in the same object; keep one of them";
        QTest::newRow("duplicate key, escaped") << QByteArray("{\"nianbao\": 2, \"format\": \"gov-2021\", \"cells\": {}, \"c\\u0065lls\": {}}")
            << "x.nianbao: line 1: \"cells\" appears twice in the same object; keep one of them";
    }

    // The same key in different objects is no duplicate.
    void sameKeyInOtherObjects()
    {
        const QByteArray bytes = "{\"nianbao\": 2, \"format\": \"gov-2021\", \"meta\": {\"x\": {\"year\": 1}, \"year\": 2021}, \"cells\": {}, \"x\": [{\"a\": 1}, {\"a\": 2}]}";
        QString message;
        QVERIFY2(ReportFile::parse(bytes, QStringLiteral("x.nianbao"), &message), qPrintable(message));
    }

    // Issue 17.8: a newer minor version's fields survive a load and a save in this version.
    void keepsFieldsOfALaterVersion()
    {
        const QByteArray bytes = "{\"nianbao\": 2, \"format\": \"gov-2021\", \"reviewedBy\": [\"张三\", {\"at\": \"2024-01-02\"}],"
                                 " \"meta\": {\"year\": 2023, \"region\": \"110101\"}, \"cells\": {\"s3.new.natural\": 4}}";
        QString message;
        const std::optional<ReportData> report = ReportFile::parse(bytes, QStringLiteral("x.nianbao"), &message);
        QVERIFY2(report, qPrintable(message));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.nianbao"));
        QVERIFY(ReportFile::save(*report, path, &message));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject saved = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(saved.value(QStringLiteral("reviewedBy")).toArray().at(0).toString(), QStringLiteral("张三"));
        QCOMPARE(saved.value(QStringLiteral("reviewedBy")).toArray().at(1).toObject().value(QStringLiteral("at")).toString(), QStringLiteral("2024-01-02"));
        QCOMPARE(saved.value(QStringLiteral("meta")).toObject().value(QStringLiteral("region")).toString(), QStringLiteral("110101"));
        QCOMPARE(saved.value(QStringLiteral("meta")).toObject().value(QStringLiteral("year")).toInt(), 2023);
        QCOMPARE(saved.value(QStringLiteral("nianbao")).toInt(), 2);
        const std::optional<ReportData> again = ReportFile::load(path, &message);
        QVERIFY2(again, qPrintable(message));
        QVERIFY(*again == *report);
    }
    // Issue 16: a roll-up names its children in "meta"; a file from before has none, and one without children
    // writes no such key (so files that are not roll-ups stay byte for byte as older versions wrote them).
    void childrenOfARollUp()
    {
        const QByteArray bytes = "{\"nianbao\": 2, \"format\": \"gov-2019\", \"meta\": {\"year\": 2020,"
                                 " \"consolidatedFrom\": [\"jidong.nianbao\", \"单位/财政局.nianbao\"]}, \"cells\": {}}";
        QString message;
        const std::optional<ReportData> report = ReportFile::parse(bytes, QStringLiteral("x.nianbao"), &message);
        QVERIFY2(report, qPrintable(message));
        QCOMPARE(report->meta.consolidatedFrom, QStringList({QStringLiteral("jidong.nianbao"), QStringLiteral("单位/财政局.nianbao")}));
        QVERIFY(report->laterMetaFields.isEmpty());
        QVERIFY(ReportFile::serialize(*report).contains("\"consolidatedFrom\": [\n"));
        const std::optional<ReportData> old = ReportFile::load(dataFile(QStringLiteral("report-v2.nianbao")), &message);
        QVERIFY2(old, qPrintable(message));
        QVERIFY(old->meta.consolidatedFrom.isEmpty());
        QVERIFY(!ReportFile::serialize(*old).contains("consolidatedFrom"));
    }

    void malformed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        QString message;
        QVERIFY(!ReportFile::parse(bytes, QStringLiteral("x.nianbao"), &message));
        QCOMPARE(message, error);
    }

    void refusesHugeFileBeforeReading()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.nianbao"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(300LL * 1024 * 1024)); // sparse: nothing is written
        f.close();
        QString message;
        QVERIFY(!ReportFile::load(path, &message));
        QCOMPARE(message, path + QStringLiteral(": too large for a report file (300 MB; the limit is 16 MB)"));
    }

    void missingFileAndFolder()
    {
        QTemporaryDir dir;
        QString message;
        QVERIFY(!ReportFile::load(dir.filePath(QStringLiteral("none.nianbao")), &message));
        QCOMPARE(message, dir.filePath(QStringLiteral("none.nianbao")) + QStringLiteral(": cannot open: No such file or directory"));
        QVERIFY(!ReportFile::load(dir.path(), &message));
        QCOMPARE(message, dir.path() + QStringLiteral(": is a folder, not a report file"));
        QVERIFY(!ReportFile::save(testreports::complete(QStringLiteral("gov-2021")), dir.filePath(QStringLiteral("no/such/folder/x.nianbao")), &message));
        QCOMPARE(message, dir.filePath(QStringLiteral("no/such/folder/x.nianbao")) + QStringLiteral(": cannot save: the folder ")
                              + dir.filePath(QStringLiteral("no/such/folder"))
                              + QStringLiteral(" does not exist (a removed drive or a disconnected network folder?)"));
    }
};

QTEST_GUILESS_MAIN(TestReportFile)
#include "tst_reportfile.moc"
