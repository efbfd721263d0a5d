// SPDX-License-Identifier: GPL-3.0-or-later
// translations/nianbao_zh_CN.ts: every string is translated into Chinese, and no tr() string in the sources
// is missing from it (a fresh lupdate run over app/ and forms/ finds nothing new).

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct Message {
    QString context;
    QString source;
    QString comment;
    QString translationType; // "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or the numerus forms
    bool numerus = false;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) continue;
        const QStringView name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = Message{context, {}, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            m.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.translationType = xml.attributes().value(QLatin1String("type")).toString();
            if (!m.numerus) m.translations << xml.readElementText();
            else {
                while (xml.readNextStartElement())
                    if (xml.name() == QLatin1String("numerusform")) m.translations << xml.readElementText();
                    else xml.skipCurrentElement();
            }
            messages << m;
        }
    }
    if (xml.hasError()) *error = QStringLiteral("%1: line %2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QString tsPath()
{
    return qEnvironmentVariable("NIANBAO_SOURCE_DIR") + QStringLiteral("/translations/nianbao_zh_CN.ts");
}

bool hasCjk(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF) return true;
    return false;
}

// Words that stay as they are in Chinese software: file formats and the program's own name on the command line.
const QSet<QString> kAllowList = {QStringLiteral("PDF"), QStringLiteral("ODT"), QStringLiteral("HTML")};

// The placeholders a translation must keep: %1 … %99 and %n.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();) found << it.next().captured();
    return found;
}

// "%1: %2" has nothing to translate but its punctuation (%1：%2).
bool wordless(const QString &source)
{
    static const QRegularExpression placeholder(QStringLiteral("%(\\d+|n)")), letter(QStringLiteral("\\p{L}"));
    return !QString(source).remove(placeholder).contains(letter);
}

QString where(const Message &m)
{
    return QStringLiteral("[%1] “%2”").arg(m.context, m.source.left(70));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyStringIsTranslatedIntoChinese()
    {
        QString error;
        const QList<Message> messages = readTs(tsPath(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(messages.size() > 250, qPrintable(QString::number(messages.size())));
        QStringList problems;
        for (const Message &m : messages) {
            if (!m.translationType.isEmpty()) {
                problems << where(m) + QStringLiteral(": ") + m.translationType;
                continue;
            }
            if (m.numerus && m.translations.size() != 1) // Chinese has one plural form
                problems << where(m) + QStringLiteral(": %1 plural forms, not 1").arg(m.translations.size());
            for (const QString &t : m.translations) {
                if (t.trimmed().isEmpty()) problems << where(m) + QStringLiteral(": empty");
                else if (t == m.source) problems << where(m) + QStringLiteral(": same as the English");
                else if (!hasCjk(t) && !kAllowList.contains(m.source) && !wordless(m.source)) problems << where(m) + QStringLiteral(": no Chinese in “%1”").arg(t);
                if (placeholders(t) != placeholders(m.source)) problems << where(m) + QStringLiteral(": placeholders differ in “%1”").arg(t);
                // A menu's or label's accelerator stays (文件(&F)).
                if (m.source.contains(QRegularExpression(QStringLiteral("&\\w"))) && !t.contains(QLatin1Char('&')))
                    problems << where(m) + QStringLiteral(": accelerator lost in “%1”").arg(t);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // Run lupdate over the sources into a scratch catalogue: every string it finds must be in the checked-in one.
    void noSourceStringIsMissing()
    {
        const QString lupdate = QStringLiteral(NIANBAO_LUPDATE);
        QVERIFY2(QFileInfo(lupdate).isExecutable(), qPrintable(lupdate + QStringLiteral(" is missing (qt6-l10n-tools)")));
        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        const QString fresh = scratch.filePath(QStringLiteral("fresh_zh_CN.ts"));
        const QDir source(qEnvironmentVariable("NIANBAO_SOURCE_DIR"));
        QStringList args = {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none")};
        for (const char *include : {"app", "app/core", "app/core/import", "app/gui", "app/cli"})
            args << QStringLiteral("-I") << source.filePath(QLatin1String(include));
        args << source.filePath(QStringLiteral("app")) << source.filePath(QStringLiteral("forms")) << QStringLiteral("-ts") << fresh;
        QProcess p;
        p.start(lupdate, args);
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);

        QString error;
        const QList<Message> found = readTs(fresh, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(found.size() > 250, qPrintable(QString::number(found.size())));
        const QList<Message> checkedIn = readTs(tsPath(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSet<QString> known;
        for (const Message &m : checkedIn) known << m.context + QChar(0) + m.source + QChar(0) + m.comment;
        QStringList missing;
        for (const Message &m : found)
            if (!known.contains(m.context + QChar(0) + m.source + QChar(0) + m.comment)) missing << where(m);
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("not in translations/nianbao_zh_CN.ts (run the update_translations target, "
                                           "then translate):\n") + missing.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
