// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/prosereader.h"

#include "import/artifactcleaner.h"

#include <QStringList>

namespace nianbao::import {

QString ProseReader::paragraphs(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !ArtifactCleaner::isRuleLine(trimmed)) out << trimmed;
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
