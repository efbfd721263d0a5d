// SPDX-License-Identifier: GPL-3.0-or-later
#include "poppler.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace testing {

Run run(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess p;
    p.setProcessEnvironment(environment);
    p.start(program, arguments);
    Run r;
    r.started = p.waitForStarted(10000);
    if (!r.started) return r;
    p.waitForFinished(120000);
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString nianbaoBinary()
{
    return qEnvironmentVariable("NIANBAO_BIN");
}

QString testData(const QString &relative)
{
    return qEnvironmentVariable("NIANBAO_TEST_DATA") + QLatin1Char('/') + relative;
}

QList<TextLine> textLines(const QString &pdf, int page)
{
    const Run r = run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox-layout"), QStringLiteral("-f"), QString::number(page),
                                                    QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")});
    QList<TextLine> lines;
    QXmlStreamReader xml(r.out);
    TextLine *current = nullptr;
    auto attr = [&xml](const char *name) { return xml.attributes().value(QLatin1String(name)).toDouble() / kPtPerMm; };
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) continue;
        if (xml.name() == QLatin1String("line")) {
            lines.append(TextLine{attr("xMin"), attr("yMin"), attr("xMax"), attr("yMax"), QString()});
            current = &lines.last();
        } else if (xml.name() == QLatin1String("word") && current) {
            current->text += xml.readElementText();
        }
    }
    return lines;
}

QString pdfInfoField(const QString &pdf, const QString &field, int page)
{
    QStringList args;
    if (page > 0) args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    const Run r = run(QStringLiteral("pdfinfo"), args << pdf);
    for (const QString &line : QString::fromUtf8(r.out).split(QLatin1Char('\n'))) {
        static const QRegularExpression key(QStringLiteral("^(Page\\s+\\d+\\s+size|[^:]+):\\s*(.*)$"));
        const QRegularExpressionMatch m = key.match(line);
        if (!m.hasMatch()) continue;
        QString name = m.captured(1);
        if (page > 0 && name.startsWith(QLatin1String("Page ")) && name.endsWith(QLatin1String(" size"))) name = QStringLiteral("Page size");
        if (name == field) return m.captured(2).trimmed();
    }
    return QString();
}

int pageCount(const QString &pdf)
{
    return pdfInfoField(pdf, QStringLiteral("Pages")).toInt();
}

QString rawText(const QString &pdf)
{
    return QString::fromUtf8(run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")}).out);
}

QString withoutSpaces(const QString &text)
{
    QString s;
    for (QChar c : text)
        if (!c.isSpace()) s += c;
    return s;
}

QByteArray unzipped(const QString &archive, const QString &member)
{
    return run(QStringLiteral("unzip"), {QStringLiteral("-p"), archive, member}).out;
}

QByteArray pdfWithoutCreationDate(const QString &pdf)
{
    QFile file(pdf);
    if (!file.open(QIODevice::ReadOnly)) return {};
    static const QRegularExpression created(QStringLiteral("/CreationDate \\(D:[^)]*\\)"));
    return QString::fromLatin1(file.readAll()).remove(created).toLatin1();
}

} // namespace testing
