// SPDX-License-Identifier: GPL-3.0-or-later
// Which installed face stands for each face of the standard, whatever language the desktop speaks (issue 12).
// `nianbao export` runs under fontconfig configurations of its own (FONTCONFIG_FILE, fonts copied into the build
// tree from the Debian packages install-deps.sh installs): the free faces under their usual names, the same
// faces under their Chinese names only, renamed copies that carry the office names (as on Windows, UOS and
// Kylin), an office name fontconfig gives as a second name, and no usable Chinese face at all. Each runs in
// C.UTF-8 and in zh_CN.UTF-8. Then a report whose organ name has 喆 (outside GB2312) and 𬌗 (beyond U+FFFF):
// both extract with pdftotext, and 喆 is not drawn by the sans face.

#include "files/reportfile.h"
#include "model/newreport.h"
#include "model/reporttemplate.h"
#include "poppler.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

using namespace testing;

namespace {

const QString kKai = QStringLiteral("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf");  // fonts-arphic-gkai00mp
const QString kSung = QStringLiteral("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf"); // fonts-arphic-gbsn00lp
const QString kHei = QStringLiteral("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");          // fonts-wqy-microhei
const QString kUKai = QStringLiteral("/usr/share/fonts/truetype/arphic/ukai.ttc");              // fonts-arphic-ukai
const QString kWenKai = QStringLiteral("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf"); // fonts-lxgw-wenkai
const QString kDejaVu = QStringLiteral("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");      // fonts-dejavu-core

struct Copy {
    QString source;
    QString name; // the file name in the configuration's font folder
};

// A fontconfig rule that gives the faces of one file (face `index`) other family names, as a renamed copy of
// a font would have: `names` are (name, language) pairs; `append` keeps the face's own names.
QString rename(const QString &file, int index, const QList<QPair<QString, QString>> &names, bool append = false)
{
    QString families, languages;
    for (const auto &n : names) {
        families += QStringLiteral("<string>%1</string>").arg(n.first);
        languages += QStringLiteral("<string>%1</string>").arg(n.second);
    }
    const QString mode = append ? QStringLiteral("append_last") : QStringLiteral("assign_replace");
    return QStringLiteral("<match target=\"scan\"><test name=\"file\" compare=\"contains\"><string>/%1</string></test>"
                          "<test name=\"index\"><int>%2</int></test>"
                          "<edit name=\"family\" mode=\"%3\">%4</edit>%5</match>\n")
        .arg(file)
        .arg(index)
        .arg(mode, families, append ? QString() : QStringLiteral("<edit name=\"familylang\" mode=\"assign_replace\">%1</edit>").arg(languages));
}

QString role(const QString &output, const QString &styleName, bool *standIn)
{
    for (const QString &line : output.split(QLatin1Char('\n'))) {
        if (!line.startsWith(QStringLiteral("  %1: ").arg(styleName))) continue;
        QString family = line.mid(styleName.size() + 4);
        *standIn = family.contains(QStringLiteral(" (")) || family.contains(QStringLiteral("（"));
        return family.section(QStringLiteral(" ("), 0, 0).section(QStringLiteral("（"), 0, 0).trimmed();
    }
    return QString();
}

// The code points a font's /ToUnicode map gives, by the font's /BaseFont (Qt writes these maps uncompressed).
QHash<QString, QSet<uint>> textMaps(const QByteArray &pdf)
{
    QHash<QString, QSet<uint>> maps;
    const QString text = QString::fromLatin1(pdf);
    static const QRegularExpression font(QStringLiteral("/BaseFont\\s*/(\\S+?)\\s*/[^>]*?/ToUnicode\\s+(\\d+)\\s+0\\s+R"));
    static const QRegularExpression range(QStringLiteral("<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>\\s*(<([0-9A-Fa-f]+)>|\\[([^\\]]*)\\])"));
    static const QRegularExpression single(QStringLiteral("<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>\\s*$"));
    const auto decode = [](const QString &hex) {
        const uint a = hex.left(4).toUInt(nullptr, 16);
        if (hex.size() == 8) return QChar::surrogateToUcs4(char16_t(a), char16_t(hex.mid(4).toUInt(nullptr, 16)));
        return char32_t(a);
    };
    for (auto it = font.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        // The last definition of the map object: an incremental update may have replaced it.
        const qsizetype at = text.lastIndexOf(QStringLiteral("\n%1 0 obj").arg(m.captured(2)));
        const QString cmap = text.mid(at, text.indexOf(QStringLiteral("endstream"), at) - at);
        QSet<uint> &codes = maps[m.captured(1)];
        bool inChars = false;
        for (const QString &line : cmap.split(QLatin1Char('\n'))) {
            if (line.endsWith(QLatin1String("beginbfchar"))) inChars = true;
            if (line.startsWith(QLatin1String("endbfchar"))) inChars = false;
            if (inChars) {
                const QRegularExpressionMatch c = single.match(line);
                if (c.hasMatch()) codes.insert(decode(c.captured(2)));
                continue;
            }
            const QRegularExpressionMatch r = range.match(line);
            if (!r.hasMatch()) continue;
            const uint first = r.captured(1).toUInt(nullptr, 16), last = r.captured(2).toUInt(nullptr, 16);
            if (!r.captured(4).isEmpty()) {
                for (uint i = 0; i <= last - first; ++i) codes.insert(decode(r.captured(4)) + i);
            } else {
                static const QRegularExpression item(QStringLiteral("<([0-9A-Fa-f]+)>"));
                for (auto items = item.globalMatch(r.captured(5)); items.hasNext();) codes.insert(decode(items.next().captured(1)));
            }
        }
    }
    return maps;
}

} // namespace

class TestFontResolution : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void facesChosen_data();
    void facesChosen();
    void noUsableFaceSaysWhatWasFound_data();
    void noUsableFaceSaysWhatWasFound();
    void charactersBeyondGb2312_data();
    void charactersBeyondGb2312();

private:
    // Writes configuration `name` (fonts copied, rules) under the build tree; returns its fonts.conf.
    QString configuration(const QString &name, const QList<Copy> &fonts, const QString &rules = QString());
    Run exportPdf(const QString &config, const QString &locale, const QString &report, const QString &pdf);

    QString m_dir;
    QString m_report;
};

void TestFontResolution::initTestCase()
{
    for (const QString &font : {kKai, kSung, kHei, kUKai, kWenKai, kDejaVu})
        QVERIFY2(QFile::exists(font), qPrintable(font + QStringLiteral(" is missing: run packaging/install-deps.sh")));
    // The two locale variants of this test run at the same time: each has its own folder.
    m_dir = QStringLiteral(NIANBAO_FONTCONFIG_DIR "/") + qEnvironmentVariable("LANG");
    QDir(m_dir).mkpath(QStringLiteral("."));
    m_report = m_dir + QStringLiteral("/report.nianbao");
    const nianbao::ReportData report = nianbao::newReport(nianbao::TemplateRegistry::get(QStringLiteral("gov-2021")),
                                                          QStringLiteral("某县人民政府"), 2023);
    QString error;
    QVERIFY2(nianbao::ReportFile::save(report, m_report, &error), qPrintable(error));
}

QString TestFontResolution::configuration(const QString &name, const QList<Copy> &fonts, const QString &rules)
{
    QDir dir(m_dir + QStringLiteral("/") + name);
    dir.removeRecursively();
    dir.mkpath(QStringLiteral("fonts"));
    dir.mkpath(QStringLiteral("cache"));
    for (const Copy &c : fonts)
        if (!QFile::copy(c.source, dir.filePath(QStringLiteral("fonts/") + c.name))) return QString();
    const QString conf = QStringLiteral("<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig>\n"
                                        "<dir>%1</dir>\n<cachedir>%2</cachedir>\n%3</fontconfig>\n")
                             .arg(dir.filePath(QStringLiteral("fonts")), dir.filePath(QStringLiteral("cache")), rules);
    QFile f(dir.filePath(QStringLiteral("fonts.conf")));
    if (!f.open(QIODevice::WriteOnly)) return QString();
    f.write(conf.toUtf8());
    return f.fileName();
}

Run TestFontResolution::exportPdf(const QString &config, const QString &locale, const QString &report, const QString &pdf)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FONTCONFIG_FILE"), config);
    env.insert(QStringLiteral("LANG"), locale);
    env.insert(QStringLiteral("LC_ALL"), locale);
    QFile::remove(pdf);
    return run(nianbaoBinary(), {QStringLiteral("export"), report, QStringLiteral("-o"), pdf}, env);
}

void TestFontResolution::facesChosen_data()
{
    QTest::addColumn<QString>("config");
    QTest::addColumn<QString>("locale");
    // 仿宋, 黑体, 楷体, 小标宋, 宋体: the accepted names of the family chosen (as the locale spells it), and
    // whether it stands in for an office font.
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QList<bool>>("standIn");

    const QList<Copy> free{{kKai, QStringLiteral("gkai00mp.ttf")}, {kSung, QStringLiteral("gbsn00lp.ttf")}, {kHei, QStringLiteral("wqy-microhei.ttc")}};
    const QString freeConf = configuration(QStringLiteral("free"), free);
    const QString chineseConf = configuration(
        QStringLiteral("chinese-names"), free,
        rename(QStringLiteral("gkai00mp.ttf"), 0, {{QStringLiteral("文鼎ＰＬ简中楷"), QStringLiteral("zh-cn")}})
            + rename(QStringLiteral("gbsn00lp.ttf"), 0, {{QStringLiteral("文鼎ＰＬ简报宋"), QStringLiteral("zh-cn")}})
            + rename(QStringLiteral("wqy-microhei.ttc"), 0, {{QStringLiteral("文泉驿微米黑"), QStringLiteral("zh-cn")}}));
    const QList<Copy> office = free + QList<Copy>{{kKai, QStringLiteral("simfang.ttf")}, {kKai, QStringLiteral("simkai.ttf")},
                                                  {kSung, QStringLiteral("fzxbsjw.ttf")}, {kSung, QStringLiteral("simsun.ttf")},
                                                  {kHei, QStringLiteral("simhei.ttc")}};
    const QString officeConf = configuration(
        QStringLiteral("office-names"), office,
        rename(QStringLiteral("simfang.ttf"), 0, {{QStringLiteral("仿宋_GB2312"), QStringLiteral("zh-cn")}, {QStringLiteral("FangSong_GB2312"), QStringLiteral("en")}})
            + rename(QStringLiteral("simkai.ttf"), 0, {{QStringLiteral("楷体_GB2312"), QStringLiteral("zh-cn")}, {QStringLiteral("KaiTi_GB2312"), QStringLiteral("en")}})
            + rename(QStringLiteral("fzxbsjw.ttf"), 0, {{QStringLiteral("方正小标宋简体"), QStringLiteral("zh-cn")}, {QStringLiteral("FZXiaoBiaoSong-B05S"), QStringLiteral("en")}})
            + rename(QStringLiteral("simsun.ttf"), 0, {{QStringLiteral("宋体"), QStringLiteral("zh-cn")}, {QStringLiteral("SimSun"), QStringLiteral("en")}})
            + rename(QStringLiteral("simhei.ttc"), 0, {{QStringLiteral("黑体"), QStringLiteral("zh-cn")}, {QStringLiteral("SimHei"), QStringLiteral("en")}}));
    // The office name only as a further name fontconfig gives the free face (an alias, not in the font's tables).
    const QString aliasConf = configuration(
        QStringLiteral("office-alias"), free,
        rename(QStringLiteral("gkai00mp.ttf"), 0, {{QStringLiteral("仿宋_GB2312"), QStringLiteral("zh-cn")}}, true));

    const QString kai = QStringLiteral("AR PL KaitiM GB|文鼎ＰＬ简中楷"), sung = QStringLiteral("AR PL SungtiL GB|文鼎ＰＬ简报宋");
    const QString hei = QStringLiteral("WenQuanYi Micro Hei|文泉驿微米黑");
    for (const QString &locale : {QStringLiteral("C.UTF-8"), QStringLiteral("zh_CN.UTF-8")}) {
        QTest::addRow("free faces, %s", qPrintable(locale)) << freeConf << locale << QStringList{kai, hei, kai, sung, sung}
                                                             << QList<bool>{true, true, true, true, true};
        QTest::addRow("Chinese names only, %s", qPrintable(locale))
            << chineseConf << locale
            << QStringList{QStringLiteral("文鼎ＰＬ简中楷"), QStringLiteral("文泉驿微米黑"), QStringLiteral("文鼎ＰＬ简中楷"),
                           QStringLiteral("文鼎ＰＬ简报宋"), QStringLiteral("文鼎ＰＬ简报宋")}
            << QList<bool>{true, true, true, true, true};
        QTest::addRow("office names, %s", qPrintable(locale))
            << officeConf << locale
            << QStringList{QStringLiteral("仿宋_GB2312|FangSong_GB2312"), QStringLiteral("黑体|SimHei"), QStringLiteral("楷体_GB2312|KaiTi_GB2312"),
                           QStringLiteral("方正小标宋简体|FZXiaoBiaoSong-B05S"), QStringLiteral("宋体|SimSun")}
            << QList<bool>{false, false, false, false, false};
        QTest::addRow("office name as a fontconfig alias, %s", qPrintable(locale))
            << aliasConf << locale << QStringList{kai, hei, kai, sung, sung} << QList<bool>{false, true, true, true, true};
    }
}

void TestFontResolution::facesChosen()
{
    QFETCH(QString, config);
    QFETCH(QString, locale);
    QFETCH(QStringList, expected);
    QFETCH(QList<bool>, standIn);
    QVERIFY(!config.isEmpty());
    const QString pdf = m_dir + QStringLiteral("/faces.pdf");
    const Run r = exportPdf(config, locale, m_report, pdf);
    const QString output = QString::fromUtf8(r.out);
    QVERIFY2(r.exitCode == 0, qPrintable(output + QString::fromUtf8(r.err)));
    const QStringList styles{QStringLiteral("仿宋"), QStringLiteral("黑体"), QStringLiteral("楷体"), QStringLiteral("小标宋"), QStringLiteral("宋体")};
    for (int i = 0; i < styles.size(); ++i) {
        bool isStandIn = false;
        const QString family = role(output, styles[i], &isStandIn);
        QVERIFY2(expected[i].split(QLatin1Char('|')).contains(family), qPrintable(styles[i] + QStringLiteral(": ") + output));
        QVERIFY2(isStandIn == standIn[i], qPrintable(styles[i] + QStringLiteral(": ") + output));
    }
    QVERIFY2(rawText(pdf).contains(QStringLiteral("政府信息公开")), qPrintable(pdf));
}

void TestFontResolution::noUsableFaceSaysWhatWasFound_data()
{
    QTest::addColumn<QString>("config");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("found");
    const QString latin = configuration(QStringLiteral("latin-only"), {{kDejaVu, QStringLiteral("DejaVuSans.ttf")}});
    // A face named as Noto CJK is refused (Qt 6.4 maps its glyphs to Kangxi radicals): the message names it.
    const QString noto = configuration(QStringLiteral("noto-named"), {{kDejaVu, QStringLiteral("DejaVuSans.ttf")}, {kKai, QStringLiteral("noto.ttf")}},
                                       rename(QStringLiteral("noto.ttf"), 0, {{QStringLiteral("Noto Serif CJK SC"), QStringLiteral("en")}}));
    for (const QString &locale : {QStringLiteral("C.UTF-8"), QStringLiteral("zh_CN.UTF-8")}) {
        QTest::addRow("Latin only, %s", qPrintable(locale)) << latin << locale << QString();
        QTest::addRow("Noto CJK only, %s", qPrintable(locale)) << noto << locale << QStringLiteral("Noto Serif CJK SC");
    }
}

void TestFontResolution::noUsableFaceSaysWhatWasFound()
{
    QFETCH(QString, config);
    QFETCH(QString, locale);
    QFETCH(QString, found);
    QVERIFY(!config.isEmpty());
    const QString pdf = m_dir + QStringLiteral("/none.pdf");
    const Run r = exportPdf(config, locale, m_report, pdf);
    const QString err = QString::fromUtf8(r.err);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!QFile::exists(pdf));
    QVERIFY2(err.contains(QStringLiteral("fonts-arphic-gkai00mp fonts-arphic-gbsn00lp fonts-wqy-microhei")), qPrintable(err));
    if (!found.isEmpty()) QVERIFY2(err.contains(found), qPrintable(err));
}

void TestFontResolution::charactersBeyondGb2312_data()
{
    QTest::addColumn<QString>("locale");
    QTest::newRow("C.UTF-8") << QStringLiteral("C.UTF-8");
    QTest::newRow("zh_CN.UTF-8") << QStringLiteral("zh_CN.UTF-8");
}

void TestFontResolution::charactersBeyondGb2312()
{
    QFETCH(QString, locale);
    const QString config = configuration(QStringLiteral("wide"), {{kKai, QStringLiteral("gkai00mp.ttf")}, {kSung, QStringLiteral("gbsn00lp.ttf")},
                                                                  {kHei, QStringLiteral("wqy-microhei.ttc")}, {kUKai, QStringLiteral("ukai.ttc")},
                                                                  {kWenKai, QStringLiteral("LXGWWenKai-Regular.ttf")}});
    QVERIFY(!config.isEmpty());
    // 喆 is not in GB2312 (so not in AR PL KaitiM GB); 𬌗 (U+2C317) is beyond U+FFFF, in LXGW WenKai only.
    const QString organ = QStringLiteral("喆𬌗县人民政府");
    const nianbao::ReportData report = nianbao::newReport(nianbao::TemplateRegistry::get(QStringLiteral("gov-2021")), organ, 2023);
    const QString file = m_dir + QStringLiteral("/wide.nianbao");
    QString error;
    QVERIFY2(nianbao::ReportFile::save(report, file, &error), qPrintable(error));
    const QString pdf = m_dir + QStringLiteral("/wide.pdf");
    const Run r = exportPdf(config, locale, file, pdf);
    QVERIFY2(r.exitCode == 0, qPrintable(QString::fromUtf8(r.out + r.err)));

    const QString text = withoutSpaces(rawText(pdf));
    QVERIFY2(text.contains(organ), qPrintable(text.left(300)));
    QVERIFY2(!text.contains(QChar(0xFFFD)), qPrintable(text.left(300)));

    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QHash<QString, QSet<uint>> maps = textMaps(f.readAll());
    QStringList drawingZhe;
    for (auto it = maps.cbegin(); it != maps.cend(); ++it)
        if (it.value().contains(0x5586)) drawingZhe << it.key();
    // Drawn by a 楷 or 宋 face (AR PL UKai, LXGW WenKai, AR PL UMing), never by the sans face of the headings.
    QVERIFY2(!drawingZhe.isEmpty(), qPrintable(maps.keys().join(QLatin1Char(' '))));
    for (const QString &font : drawingZhe) QVERIFY2(!font.contains(QLatin1String("WenQuanYi"), Qt::CaseInsensitive), qPrintable(font));
    QVERIFY2(std::any_of(maps.cbegin(), maps.cend(), [](const QSet<uint> &codes) { return codes.contains(0x2C317); }),
             qPrintable(maps.keys().join(QLatin1Char(' '))));
}

QTEST_GUILESS_MAIN(TestFontResolution)
#include "tst_fontresolution.moc"
