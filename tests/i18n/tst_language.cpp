// SPDX-License-Identifier: GPL-3.0-or-later
// The command line speaks the locale's language (LANG / LC_ALL / LANGUAGE), while the check messages about the
// report stay Chinese in every language; Qt's own strings (dialog buttons) come from qt6-translations-l10n.

#include "i18n/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run {
    int status = -1;
    QString out;
    QString err;
};

Run runNianbao(const QStringList &arguments, const QString &lang)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.insert(QStringLiteral("LANG"), lang);
    env.insert(QStringLiteral("LC_ALL"), lang);
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("NIANBAO_BIN"), arguments);
    if (!p.waitForFinished(60000)) return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

const QString kChinese = QStringLiteral("zh_CN.UTF-8");
const QString kEnglish = QStringLiteral("C.UTF-8");

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void helpFollowsTheLocale()
    {
        const Run zh = runNianbao({QStringLiteral("--help")}, kChinese);
        QCOMPARE(zh.status, 0);
        QVERIFY2(zh.out.startsWith(QStringLiteral("用法：nianbao [文件]")), qPrintable(zh.out));
        QVERIFY(zh.out.contains(QStringLiteral("退出码 0 无误，1 有错误，2 有文件无法读取")));
        QVERIFY(zh.out.contains(QStringLiteral("以上年报告为基础新建本年报告")));

        const Run en = runNianbao({QStringLiteral("--help")}, kEnglish);
        QCOMPARE(en.status, 0);
        QVERIFY2(en.out.startsWith(QStringLiteral("Usage: nianbao [FILE]")), qPrintable(en.out));
    }

    void usageErrorsFollowTheLocale()
    {
        const Run zh = runNianbao({QStringLiteral("new"), QStringLiteral("--bogus")}, kChinese);
        QCOMPARE(zh.status, 2);
        QCOMPARE(zh.err, QStringLiteral("nianbao: 未知选项 --bogus\n"));
        const Run option = runNianbao({QStringLiteral("check"), QStringLiteral("--deadline")}, kChinese);
        QCOMPARE(option.status, 2);
        QCOMPARE(option.err, QStringLiteral("nianbao: --deadline 需要一个值\n"));
    }

    // The example report with one wrong total: the summary line is in the locale's language, the findings
    // themselves are the template's Chinese messages, word for word the same in both languages.
    void failingCheckSpeaksChineseAndKeepsTheFindings()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("county.nianbao"));
        QVERIFY(QFile::copy(qEnvironmentVariable("NIANBAO_SOURCE_DIR") + QStringLiteral("/resources/examples/example-county-2023.nianbao"), file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(runNianbao({QStringLiteral("set"), file, QStringLiteral("s3.r7.natural=999")}, kChinese).status, 0);

        const QStringList findings = {
            QStringLiteral("  error   T3-ROW           三、（七）总计·总计：六类申请人合计为 1019，填写为 108（少 911）"),
            QStringLiteral("  error   T3-SUM           三、（七）总计·自然人：各项办理结果合计为 88，填写为 999（多 911）"),
            QStringLiteral("  error   T3-BAL           三、自然人：本年新收加上年结转为 91，办理结果总计加结转下年度为 1002（多 911）"),
            QString()};
        const Run zh = runNianbao({QStringLiteral("check"), file}, kChinese);
        QCOMPARE(zh.status, 1);
        QCOMPARE(zh.out.split(QLatin1Char('\n')), QStringList{file + QStringLiteral(": gov-2021, 3个错误, 0个警告, 0条提示")} + findings);

        const Run en = runNianbao({QStringLiteral("check"), file}, kEnglish);
        QCOMPARE(en.status, 1);
        QCOMPARE(en.out.split(QLatin1Char('\n')), QStringList{file + QStringLiteral(": gov-2021, 3 error(s), 0 warning(s), 0 info(s)")} + findings);
    }

    // Qt's own strings (the buttons of every message box, the file and print dialogs) from qtbase_zh_CN.qm.
    void qtsOwnStringsInChinese()
    {
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
        nianbao::Translations::install(QLocale(QLocale::Chinese, QLocale::China));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Save"), QStringLiteral("保存"));
    }
};

QTEST_GUILESS_MAIN(TestLanguage)
#include "tst_language.moc"
