// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/prosereader.h"

#include "import/artifactcleaner.h"
#include "model/reportdata.h"

#include <QRegularExpression>

#include <QStringList>

namespace nianbao::import {

namespace {

constexpr int kMinWrappedLine = 15; // a line broken by the layout is long; a shorter one ends where it should

bool endsSentence(const QString &line)
{
    static const QString ends = QStringLiteral("。！？；：…!?;:”’」』");
    return ends.contains(line.back());
}

bool isTableLine(const QString &line) { return line.startsWith(QLatin1Char('|')) || line.contains(QLatin1Char('\t')); }

// A hard line break of the source inside a sentence (a PDF's or a web editor's wrapping, "强化公开平" / "台建设，…"):
// the next line goes on with the sentence unless it opens a sub-heading, and a heading line of its own
// ("（一）统筹规划") is not continued either.
bool continues(const QString &previous, const QString &next)
{
    if (endsSentence(previous) || isTableLine(previous) || isTableLine(next)) return false;
    if (SourceText::canonical(previous).size() < kMinWrappedLine) return false;
    if (proseHeadingLevel(next) > 0) return false;
    static const QRegularExpression punctuation(QStringLiteral("[，。；：,;:]"));
    if (proseHeadingLevel(previous) > 0 && !punctuation.match(previous).hasMatch()) return false;
    return true;
}

} // namespace

QString ProseReader::paragraphs(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || ArtifactCleaner::isRuleLine(trimmed)) continue;
        if (!out.isEmpty() && continues(out.last(), trimmed)) {
            // Latin words broken at the line keep a space between them; Chinese text has none.
            const bool latin = out.last().back().unicode() < 0x80 && out.last().back().isLetterOrNumber()
                            && trimmed.front().unicode() < 0x80 && trimmed.front().isLetterOrNumber();
            out.last() += (latin ? QStringLiteral(" ") : QString()) + trimmed;
        } else {
            out << trimmed;
        }
    }
    return out.join(QLatin1Char('\n'));
}

QString ProseReader::read(const SourceText &source, int from, int to)
{
    if (from < 0 || to <= from) return QString();
    return paragraphs(source.slice(from, to));
}

QString ProseReader::readNote(const SourceText &source, int from, int to)
{
    QStringList kept;
    for (const QString &line : read(source, from, to).split(QLatin1Char('\n')))
        if (!(line.startsWith(QLatin1Char('|')) && line.endsWith(QLatin1Char('|')) && line.size() > 1)) kept << line;
    return kept.join(QLatin1Char('\n')).trimmed();
}

} // namespace nianbao::import
