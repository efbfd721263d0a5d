// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/reportimporter.h"

#include "import/ambiguityresolver.h"
#include "import/artifactcleaner.h"
#include "import/formatdetector.h"
#include "import/headreader.h"
#include "import/prosereader.h"
#include "import/publishedimporter.h"
#include "import/reportassembler.h"
#include "import/sectionlocator.h"
#include "import/tablesectionreader.h"
#include "import/tailreader.h"
#include "import/textdecoder.h"

#include "files/regularfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace nianbao::import {

namespace {

// Thresholds for "this is a report in a national format": most of its headings, or a good part of its table.
constexpr int kMinHeadings = 3;
constexpr int kMinRowLabels = 8;

// Messages shown to the user, in the "nianbao::import" translation context.
class ImportText
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::import)
};

ImportDecision info(ImportDecision::Kind kind, int line, const QString &message)
{
    ImportDecision d;
    d.kind = kind;
    d.line = line;
    d.message = message;
    return d;
}

// A government's report may be titled with the bare place ("鸡东县2020年…"): the organ is its 人民政府.
const QString kGovernmentSuffix = QStringLiteral("人民政府");

bool isBarePlace(const QString &organ)
{
    static const QString placeEnds = QStringLiteral("省市县区旗州盟乡镇");
    return organ.size() >= 2 && placeEnds.contains(organ.back());
}

int countRowLabels(const ReportTemplate &t, const LabelFinder &finder, int size)
{
    int n = 0;
    for (const TableDef &table : t.tables)
        for (const GridEntry &e : table.entries)
            if (!e.header && e.cellId.isEmpty() && !e.text.isEmpty() && finder.find(e.text, 0, size, false).valid()) ++n;
    return n;
}

// A table section whose heading is missing still starts where its table does.
void placeHeadinglessTables(const ReportTemplate &t, const SourceText &source, const LabelFinder &finder,
                            QList<SectionSpan> &sections, QList<ImportDecision> &decisions)
{
    const TableSectionReader reader(t, source, finder);
    for (int i = 0; i < sections.size(); ++i) {
        if (sections[i].found() || sections[i].section->kind != SectionKind::Tables) continue;
        int from = 0, to = source.size();
        for (int j = i - 1; j >= 0; --j)
            if (sections[j].found()) {
                from = sections[j].heading.end;
                break;
            }
        for (int j = i + 1; j < sections.size(); ++j)
            if (sections[j].found()) {
                to = sections[j].heading.start;
                break;
            }
        const int start = reader.tableStart(*sections[i].section, from, to);
        if (start < 0) continue;
        sections[i].heading = {start, start};
        decisions << info(ImportDecision::Kind::HeadingVariant, source.lineOf(start),
                          ImportText::tr("line %1: the heading “%2” was not found; the section is taken to begin with its table")
                              .arg(source.lineOf(start)).arg(sections[i].section->heading));
    }
    // Bodies again, now with the placed sections.
    for (int i = 0; i < sections.size(); ++i) {
        if (!sections[i].found()) continue;
        sections[i].bodyStart = sections[i].heading.end;
        sections[i].bodyEnd = source.size();
        for (int j = i + 1; j < sections.size(); ++j)
            if (sections[j].found()) {
                sections[i].bodyEnd = sections[j].heading.start;
                break;
            }
    }
}

QString notAReport(const QString &name, const SourceText &source, const TitleInfo &title, const QString &titlePattern)
{
    QStringList notices;
    for (const QString &id : TemplateRegistry::ids()) notices << TemplateRegistry::get(id)->notice;
    QString kind = titlePattern.mid(titlePattern.indexOf(QStringLiteral("{year}")) + 6);
    kind.remove(0, 1); // the 年 after the year
    const bool looksLikeReport = title.found() || source.canon().contains(SourceText::canonical(kind));
    if (looksLikeReport)
        return ImportText::tr("%1: this %2 is not in the national format of %3 (its sections and tables were not found). "
                  "Reports for the years before 2019 used an older layout, which cannot be imported.")
            .arg(name, kind, notices.join(ImportText::tr(" or ")));
    return ImportText::tr("%1: this text does not look like a %2: none of the sections and tables of the national format "
              "(%3) were found.")
        .arg(name, kind, notices.join(ImportText::tr(" or ")));
}

// A text holding two reports (a second title on a line of its own, and section 一 again after it) is not
// one report: merging them would mix two organs' figures.
QString secondReport(const ReportTemplate &t, const SourceText &source, const QList<SectionSpan> &sections)
{
    const SectionSpan *first = nullptr;
    for (const SectionSpan &s : sections)
        if (s.found() && (!first || s.heading.start < first->heading.start)) first = &s;
    if (!first) return {};
    const TitleInfo second = HeadReader::nextTitleLine(source, first->heading.end, t.titlePattern);
    if (!second.found()) return {};
    const LabelFinder finder(source);
    for (int i = 0; i < t.sections.size(); ++i) {
        if (t.sections[i].key != first->section->key) continue;
        for (const QString &form : SectionLocator::headingForms(t, i))
            if (finder.findCanonical(form, second.span.end, source.size()).valid()) {
                const TitleInfo firstTitle = HeadReader::findTitle(source, 0, first->heading.start, t.titlePattern);
                return ImportText::tr("the text holds two reports (“%1” and, from line %2, “%3”); import each on its own")
                    .arg(firstTitle.found() ? firstTitle.text : ImportText::tr("the first"))
                    .arg(source.lineOf(second.span.start)).arg(second.text);
            }
    }
    return {};
}

} // namespace

ImportResult ReportImporter::importFile(const QString &path, const Options &options)
{
    Options o = options;
    if (o.sourceName.isEmpty()) o.sourceName = path;
    ImportResult failed;
    failed.sourceName = o.sourceName;
    // Read once, through the regular-file guard, up to the larger limit of the published formats.
    const FileBytes file = RegularFile::read(path, PublishedImporter::kMaxFileSize);
    if (file.problem == FileBytes::Problem::TooLarge) {
        // Named by what the file is called: its first bytes were not kept.
        failed.error = PublishedImporter::kindOf(path, QByteArray()) == PublishedKind::Text
            ? ImportText::tr("%1: too large for a report text (%2 MB; the limit is %3 MB)")
                  .arg(path).arg(RegularFile::megabytes(file.size)).arg(RegularFile::megabytes(kMaxFileSize))
            : ImportText::tr("%1: too large for a report (%2 MB; the limit is %3 MB)")
                  .arg(path).arg(RegularFile::megabytes(file.size)).arg(RegularFile::megabytes(PublishedImporter::kMaxFileSize));
        return failed;
    }
    if (!file.ok()) {
        failed.error = RegularFile::describe(path, file, ImportText::tr("%1: is a folder, not a text file").arg(path));
        return failed;
    }
    // Word files, web pages and PDFs: their reader gives the text, with the tables' grid.
    if (std::optional<ImportResult> published = PublishedImporter::importBytes(path, file.bytes, o)) return *published;
    if (file.size > kMaxFileSize) {
        failed.error = ImportText::tr("%1: too large for a report text (%2 MB; the limit is %3 MB)")
                           .arg(path).arg(RegularFile::megabytes(file.size)).arg(RegularFile::megabytes(kMaxFileSize));
        return failed;
    }
    return importBytes(file.bytes, o);
}

ImportResult ReportImporter::importBytes(const QByteArray &bytes, const Options &options)
{
    const DecodedText decoded = TextDecoder::decode(bytes);
    if (!decoded.ok()) {
        ImportResult failed;
        failed.sourceName = options.sourceName;
        failed.encoding = decoded.encoding;
        failed.error = QStringLiteral("%1: %2").arg(options.sourceName, decoded.error);
        return failed;
    }
    return importText(decoded.text, options, decoded.encoding);
}

ImportResult ReportImporter::importText(const QString &text, const Options &options, const QString &encoding)
{
    ImportResult result;
    result.sourceName = options.sourceName.isEmpty() ? ImportText::tr("(text)") : options.sourceName;
    result.encoding = encoding;
    QList<ImportDecision> decisions;

    const CleanedText cleaned = ArtifactCleaner::clean(text);
    const SourceText source(cleaned.text);
    const LabelFinder finder(source);
    decisions << cleaned.decisions;
    if (encoding != QLatin1String("UTF-8"))
        decisions << info(ImportDecision::Kind::Encoding, 0, ImportText::tr("the text is encoded in %1").arg(encoding));

    const QString titlePattern = TemplateRegistry::get(TemplateRegistry::ids().last())->titlePattern;
    const TitleInfo title = HeadReader::findTitle(source, 0, source.size(), titlePattern);
    const TitleInfo headerTitle = HeadReader::titleInFields(cleaned.headerValues, titlePattern);
    if (HeadReader::holdsOnlyTitle(source, title)) {
        result.error = ImportText::tr("%1: no report text: the page holds only the title “%2” (the report may be published as an "
                                      "attachment; import the attachment instead)")
                           .arg(result.sourceName, title.text);
        return result;
    }
    const FormatGuess guess = FormatDetector::detect(finder, 0, source.size(), title.year > 0 ? title.year : headerTitle.year);
    const ReportTemplate &t = *guess.format;
    QList<SectionSpan> sections = SectionLocator::locate(t, source, finder, 0, source.size());
    int headings = 0;
    for (const SectionSpan &s : sections) headings += s.found() ? 1 : 0;
    if (headings < kMinHeadings && countRowLabels(t, finder, source.size()) < kMinRowLabels) {
        result.error = notAReport(result.sourceName, source, title, t.titlePattern);
        return result;
    }
    decisions << info(ImportDecision::Kind::FormatDetected, 0,
                      guess.byYear ? ImportText::tr("format %1 (%2), chosen by the report year: the tables' labels do not decide")
                                         .arg(t.id, t.notice)
                                   : ImportText::tr("format %1 (%2), recognised by %3 labels of its tables")
                                         .arg(t.id, t.notice).arg(guess.labelsFound));
    placeHeadinglessTables(t, source, finder, sections, decisions);
    if (const QString second = secondReport(t, source, sections); !second.isEmpty()) {
        result.error = QStringLiteral("%1: %2").arg(result.sourceName, second);
        return result;
    }

    int firstHeading = source.size();
    const SectionSpan *last = nullptr;
    for (const SectionSpan &s : sections)
        if (s.found()) {
            firstHeading = qMin(firstHeading, s.heading.start);
            last = &s;
        }
    HeadInfo head = HeadReader::read(source, 0, firstHeading, t.titlePattern);
    decisions << head.decisions;

    ReportData report = ReportData::create(guess.format);
    ReportMetadata &m = report.meta;
    m.organ = head.title.organ;
    m.year = head.title.year;
    if ((m.organ.isEmpty() && !headerTitle.organ.isEmpty()) || (m.year == 0 && headerTitle.year > 0)) {
        if (m.organ.isEmpty()) m.organ = headerTitle.organ;
        if (m.year == 0) m.year = headerTitle.year;
        decisions << info(ImportDecision::Kind::Metadata, 1,
                          ImportText::tr("organ and year read from the title in the web archive header: “%1”").arg(headerTitle.text));
    }
    const bool bare = isBarePlace(m.organ);
    if (bare && source.text().contains(m.organ + kGovernmentSuffix)) {
        m.organ += kGovernmentSuffix;
        decisions << info(ImportDecision::Kind::Metadata, source.lineOf(head.title.span.start),
                          ImportText::tr("line %1: the title names the place %2; the report is taken to be that of %3, named so in the text")
                              .arg(source.lineOf(head.title.span.start)).arg(head.title.organ, m.organ));
    }
    inferLevelAndTier(isBarePlace(m.organ) ? m.organ + kGovernmentSuffix : m.organ, &m.level, &m.tier);
    if (head.title.found() && SourceText::canonical(head.title.text) != SourceText::canonical(t.title(m.organ, m.year)))
        m.title = head.title.text;
    m.documentNumber = head.documentNumber;
    m.addressee = head.addressee;
    m.published = cleaned.published;

    TailInfo tail;
    if (last) {
        tail = TailReader::read(source, last->bodyStart, source.size(), t.phrase(QStringLiteral("copyToLabel")), m.organ);
        decisions << tail.decisions;
        if (tail.start >= 0)
            for (SectionSpan &s : sections)
                if (&s == last) s.bodyEnd = qMin(s.bodyEnd, tail.start);
    }
    m.signature = tail.signature;
    m.dateWritten = tail.date;
    m.copyTo = tail.copyTo;
    m.issuedBy = tail.issuedBy;
    if (m.signature.isEmpty() && !m.dateWritten.isValid() && (head.date.isValid() || !head.signature.isEmpty())) {
        m.signature = head.signature;
        m.dateWritten = head.date;
        decisions << info(ImportDecision::Kind::Metadata, source.lineOf(head.title.span.end) + 1,
                          ImportText::tr("the signature and date are taken from under the title"));
    }
    report.prose.insert(QStringLiteral("preamble"), head.preamble);

    QList<RowRead> rows;
    const TableSectionReader tables(t, source, finder);
    for (const SectionSpan &s : std::as_const(sections)) {
        if (!s.found()) {
            decisions << info(ImportDecision::Kind::SectionMissing, 0,
                              ImportText::tr("section “%1” not found in the text: left empty").arg(s.section->heading));
            continue;
        }
        if (s.variant)
            decisions << info(ImportDecision::Kind::HeadingVariant, source.lineOf(s.heading.start),
                              ImportText::tr("line %1: “%2” read as the heading “%3”")
                                  .arg(source.lineOf(s.heading.start)).arg(s.headingText, s.section->heading));
        if (s.section->kind == SectionKind::Prose) {
            report.prose.insert(s.section->key, ProseReader::read(source, s.bodyStart, s.bodyEnd));
            if (const qsizetype length = report.prose.value(s.section->key).size(); length > ReportData::kMaxProseLength) {
                result.error = ImportText::tr("%1: line %2: the text of section %3 is %4 characters long; one text of a report may "
                                              "hold at most %5")
                                   .arg(result.sourceName).arg(source.lineOf(s.bodyStart)).arg(s.section->heading).arg(length)
                                   .arg(ReportData::kMaxProseLength);
                return result;
            }
            continue;
        }
        const TableSectionResult read = tables.read(*s.section, s.bodyStart, s.bodyEnd, decisions);
        report.prose.insert(s.section->key, read.note);
        rows << read.rows;
    }

    AmbiguityResolver::resolve(t, rows, options.lastYear, decisions);
    ReportAssembler::putCells(rows, report, result.ambiguities);

    std::stable_sort(decisions.begin(), decisions.end(),
                     [](const ImportDecision &a, const ImportDecision &b) { return a.line < b.line; });
    result.decisions = decisions;
    result.report = report;
    bool review = result.unconfirmedCellCount() > 0;
    for (const ImportDecision &d : std::as_const(decisions)) review = review || d.needsReview;
    result.status = review ? ImportResult::Status::NeedsReview : ImportResult::Status::Ok;
    return result;
}

} // namespace nianbao::import
