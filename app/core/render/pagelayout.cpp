// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/pagelayoutbuilder.h"

#include "render/pagegeometry.h"
#include "render/pagerenderer.h"
#include "render/reportflow.h"
#include "render/tablelayout.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QTextLayout>
#include <algorithm>
#include <atomic>
#include <functional>
#include <future>
#include <thread>

namespace nianbao {

PageLayout::Builder::Builder(PageLayout &out, const ReportData &report, const FontSet &fonts, QPaintDevice *device)
    : m_out(out), m_report(report), m_fonts(fonts), m_device(device), m_deviceFonts(device)
{
    m_width = pt(page::kBlockWidth);
    m_height = pt(page::kBlockHeight);
    m_pitch = pt(page::kLinePitch);
    m_body = gridFont(FontRole::FangSong);
    m_bodyAscent = QFontMetricsF(m_body, device).ascent();
    m_indent = 2 * pt(page::kCharPitch);
}

QFont PageLayout::Builder::gridFont(FontRole role) const
{
    // 28 characters of 16 pt are 158 mm, the line 156 mm: narrow the advance so exactly 28 fit. Measured on
    // the device, so the rounding of the font's pixel size is taken into account.
    const auto known = m_gridFonts.constFind(int(role));
    if (known != m_gridFonts.constEnd()) return *known;
    QFont font = m_fonts.font(role, page::kSize3);
    const double advance = QFontMetricsF(font, m_device).horizontalAdvance(QChar(0x56FD)); // 国
    if (advance > 0) font.setLetterSpacing(QFont::PercentageSpacing, 100.0 * pt(page::kCharPitch) / advance);
    m_gridFonts.insert(int(role), font);
    return font;
}

std::shared_ptr<QTextLayout> PageLayout::Builder::layoutText(const QString &text, const QFont &font, double firstIndent,
                                                             double indent, double width, Qt::Alignment alignment,
                                                             const QList<QTextLayout::FormatRange> &formats)
{
    const bool shaped = FontSet::needsShaping(text); // the headings' fonts too, as the whole paragraph
    auto layout = std::make_shared<QTextLayout>(text, m_deviceFonts(FontSet::withShaping(font, shaped)));
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->setTextOption(option);
    QList<QTextLayout::FormatRange> ranges = formats;
    for (QTextLayout::FormatRange &range : ranges)
        if (range.format.hasProperty(QTextFormat::FontStyleStrategy))
            range.format.setFontStyleStrategy(FontSet::withShaping(range.format.font(), shaped).styleStrategy());
    layout->setFormats(ranges);
    layout->setCacheEnabled(true);
    layout->beginLayout();
    bool first = true;
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        const double x = first ? firstIndent : indent;
        line.setLineWidth(width - x + pt(0.05)); // the slack absorbs rounding: a full line holds 28, not 27
        line.setPosition(QPointF(x, 0));
        first = false;
    }
    layout->endLayout();
    m_out.m_textLayouts << layout;
    return layout;
}

void PageLayout::Builder::addLines(const std::shared_ptr<QTextLayout> &layout, double baseline, bool keepWithNext, double x,
                                   int count)
{
    const int lines = count < 0 ? layout->lineCount() : count;
    for (int i = 0; i < lines; ++i) {
        Unit u;
        u.layout = layout;
        u.line = i;
        u.x = x;
        u.baseline = baseline;
        u.keepWithNext = keepWithNext;
        m_units << u;
    }
}

void PageLayout::Builder::addBlank(bool keepWithNext)
{
    Unit u;
    u.kind = Unit::Kind::Blank;
    u.keepWithNext = keepWithNext;
    m_units << u;
}

void PageLayout::Builder::addParagraph(const FlowBlock &block)
{
    // 一、 headings in 黑体, （一） in 楷体, 1. and （1） in 仿宋 like the body; a run-in heading only for its own part.
    const FontRole role = block.level == 1 ? FontRole::HeiTi : block.level == 2 ? FontRole::KaiTi : FontRole::FangSong;
    QList<QTextLayout::FormatRange> formats;
    if (block.headingLength > 0 && role != FontRole::FangSong) {
        QTextLayout::FormatRange range;
        range.start = 0;
        range.length = block.headingLength;
        range.format.setFont(gridFont(role), QTextCharFormat::FontPropertiesAll);
        formats << range;
    }
    const bool headingLine = block.headingLength == block.text.size();
    const double indent = block.kind == FlowBlock::Kind::Addressee ? 0 : m_indent;
    addParagraphLines(block.text, indent, formats, headingLine);
}

void PageLayout::Builder::addParagraphLines(const QString &text, double firstIndent,
                                            const QList<QTextLayout::FormatRange> &formats, bool keepWithNext)
{
    // One QTextLayout for a whole paragraph costs more than linear time in its length (a 3 MB paragraph took
    // 28 s, 10 MB over 120 s). Lines are broken a window of text at a time instead: every line of a window but
    // its last is final (a line break depends only on the text before it), the last is laid out again at the
    // start of the next window, where its end is known. Justification is unchanged: only the paragraph's very
    // last line, in the last window, is left unjustified.
    constexpr qsizetype kWindow = 4096; // characters: about 140 lines of 28
    qsizetype start = 0;
    bool first = true;
    while (first || start < text.size()) {
        const bool last = text.size() - start <= kWindow;
        const QString window = last && first ? text : text.mid(start, kWindow);
        QList<QTextLayout::FormatRange> shifted; // the heading's font, where it falls into this window
        for (QTextLayout::FormatRange range : formats) {
            const qsizetype from = qMax<qsizetype>(range.start, start), to = qMin<qsizetype>(range.start + range.length, start + window.size());
            if (from >= to) continue;
            range.start = int(from - start);
            range.length = int(to - from);
            shifted << range;
        }
        const auto layout = layoutText(window, m_body, first ? firstIndent : 0, 0, m_width, Qt::AlignJustify, shifted);
        const bool whole = last || layout->lineCount() < 2;
        const int kept = whole ? layout->lineCount() : layout->lineCount() - 1;
        addLines(layout, m_bodyAscent, keepWithNext, 0, kept);
        start += whole ? window.size() : layout->lineAt(kept).textStart();
        first = false;
    }
}

void PageLayout::Builder::addCentred(const QString &text, const QFont &font, double baseline)
{
    const auto layout = layoutText(text, font, 0, 0, m_width, Qt::AlignLeft);
    for (int i = 0; i < layout->lineCount(); ++i) {
        Unit u;
        u.layout = layout;
        u.line = i;
        u.x = std::max(0.0, (m_width - layout->lineAt(i).naturalTextWidth()) / 2);
        u.baseline = baseline;
        u.keepWithNext = true;
        m_units << u;
    }
}

namespace {

std::atomic<bool> tablesApart{false};

} // namespace

void PageLayout::setTablesApart(bool apart)
{
    tablesApart = apart;
}

bool PageLayout::runBeside(std::function<void()> job) const
{
    return m_tablesThread && m_tablesThread->post(std::move(job));
}

PageLayout::TablesThread::TablesThread(std::function<void()> tables)
{
    m_thread = std::make_unique<SideThread>([this, tables = std::move(tables), caller = std::this_thread::get_id()] {
        tables();
        if (std::this_thread::get_id() == caller) { // no thread could be had: this ran in the constructor
            m_here = true;
            return;
        }
        std::unique_lock lock(m_mutex);
        while (true) {
            m_wake.wait(lock, [this] { return m_ending || !m_jobs.empty(); });
            if (m_jobs.empty()) return; // let go, and nothing left to do
            std::function<void()> job = std::move(m_jobs.front());
            m_jobs.pop_front();
            lock.unlock();
            job();
            lock.lock();
        }
    });
}

PageLayout::TablesThread::~TablesThread()
{
    {
        std::lock_guard lock(m_mutex);
        m_ending = true;
    }
    m_wake.notify_one();
    m_thread.reset(); // waits for it to end
}

bool PageLayout::TablesThread::post(std::function<void()> job)
{
    if (m_here) return false;
    {
        std::lock_guard lock(m_mutex);
        m_jobs.push_back(std::move(job));
    }
    m_wake.notify_one();
    return true;
}

QList<std::shared_ptr<TableLayout>> PageLayout::Builder::layOutTables(const ReportData &report, const FontSet &fonts,
                                                                     const QList<const TableDef *> &tables, double width,
                                                                     QPaintDevice *device)
{
    // Tables of one section with the same columns share their widths and stack into one ruled block.
    const bool wide = std::any_of(tables.cbegin(), tables.cend(), [](const TableDef *t) { return t->columnCount > 6; });
    // A number never wraps inside itself (123456|789 reads as two numbers): the size steps down until the
    // widest value fits its column, down to 7 pt.
    QFont font;
    QList<double> widths;
    for (const double size : {wide ? page::kSize5 : page::kSizeSmall4, page::kSize5, 9.0, 8.0, 7.0}) {
        font = fonts.font(FontRole::FangSong, size);
        bool numbersFit = true;
        widths = TableLayout::columnWidths(report, tables, font, width, device, &numbersFit);
        if (numbersFit) break;
    }
    QList<std::shared_ptr<TableLayout>> laidOut;
    for (const TableDef *table : tables) laidOut << std::make_shared<TableLayout>(report, *table, font, widths, device);
    return laidOut;
}

void PageLayout::Builder::addSignature(const QString &signature, const QString &date)
{
    // GB/T 9704 7.3.5.2 (no seal): one empty line under the body; the signature right-indented two characters;
    // the date on the next line starting two characters right of the signature's first character. A date
    // longer than that is right-indented two characters and the signature moves left with it.
    if (signature.isEmpty() && date.isEmpty()) return;
    for (int i = int(m_units.size()) - 1; i >= 0; --i)
        if (m_units[i].kind == Unit::Kind::Line) {
            m_units[i].keepWithNext = true; // never a page holding only the signature and the date
            break;
        }
    addBlank(true);
    const double right = m_width - m_indent;
    const auto sig = signature.isEmpty() ? nullptr : layoutText(signature, m_body, 0, 0, m_width, Qt::AlignLeft);
    const auto day = date.isEmpty() ? nullptr : layoutText(date, m_body, 0, 0, m_width, Qt::AlignLeft);
    const double sigWidth = sig ? sig->lineAt(0).naturalTextWidth() : 0;
    const double dateWidth = day ? day->lineAt(0).naturalTextWidth() : 0;
    double sigX = right - sigWidth;
    double dateX = sigX + m_indent;
    if (dateX + dateWidth > right) {
        dateX = right - dateWidth;
        sigX = dateX - m_indent;
    }
    if (sig) addLines(sig, m_bodyAscent, bool(day), std::max(0.0, sigX));
    if (day) addLines(day, m_bodyAscent, false, std::max(0.0, dateX));
}

void PageLayout::Builder::run()
{
    const QList<FlowBlock> blocks = ReportFlow::build(m_report);
    // The tables, one group a stacked block (the tables of a section with the same columns), depend on nothing laid
    // out around them.
    QList<QList<const TableDef *>> groups;
    QList<int> groupEnds; // the block index of each group's last table
    for (int i = 0; i < blocks.size(); ++i) {
        if (blocks[i].kind != FlowBlock::Kind::Table) continue;
        QList<const TableDef *> group{blocks[i].table};
        while (i + 1 < blocks.size() && blocks[i + 1].kind == FlowBlock::Kind::Table
               && blocks[i + 1].sectionKey == blocks[i].sectionKey && blocks[i + 1].table->columnCount == blocks[i].table->columnCount)
            group << blocks[++i].table;
        groups << group;
        groupEnds << i;
    }
    using TableGroups = QList<QList<std::shared_ptr<TableLayout>>>;
    auto layOutAll = [&report = m_report, &fonts = m_fonts, groups, width = m_width, device = m_device] {
        TableGroups laidOut;
        for (const QList<const TableDef *> &group : groups) laidOut << layOutTables(report, fonts, group, width, device);
        return laidOut;
    };
    std::future<TableGroups> tables;
    if (tablesApart && m_device == PageRenderer::measuringDevice() && !groups.isEmpty()) {
        auto task = std::make_shared<std::packaged_task<TableGroups()>>(layOutAll);
        tables = task->get_future();
        m_out.m_tablesThread = std::make_unique<TablesThread>([task] { (*task)(); });
    } else {
        std::promise<TableGroups> here;
        here.set_value(layOutAll());
        tables = here.get_future();
    }

    QList<qsizetype> tableUnits; // where each group's tables go among the units, in order
    QString signature, date, copyTo, issuedBy;
    const QFont title = m_fonts.font(FontRole::XiaoBiaoSong, page::kSize2);
    const double titleAscent = QFontMetricsF(title, m_device).ascent();
    for (int i = 0; i < blocks.size(); ++i) {
        const FlowBlock &b = blocks[i];
        switch (b.kind) {
        case FlowBlock::Kind::DocumentNumber: // centred, one empty line above the title
            addCentred(b.text, m_body, m_bodyAscent);
            addBlank(true);
            break;
        case FlowBlock::Kind::Title: {
            const double maxChars = m_width / pt(page::kSize2);
            for (const QString &line : ReportFlow::titleLines(b.text, m_report.meta.organ, maxChars))
                addCentred(line, title, titleAscent);
            addBlank(true);
            break;
        }
        case FlowBlock::Kind::Addressee:
        case FlowBlock::Kind::SectionHeading:
        case FlowBlock::Kind::Paragraph: addParagraph(b); break;
        case FlowBlock::Kind::Table:
            i = groupEnds[tableUnits.size()]; // past the rest of the group
            tableUnits << m_units.size();
            break;
        case FlowBlock::Kind::Signature: signature = b.text; break;
        case FlowBlock::Kind::Date: date = b.text; break;
        case FlowBlock::Kind::CopyTo: copyTo = b.text; break;
        case FlowBlock::Kind::IssuedBy: issuedBy = b.text; break;
        }
    }
    addSignature(signature, date); // its keeping together looks at text lines only: the tables can go in after it

    // The tables go in at the places noted, from the last backwards so that those places stay right.
    const TableGroups laidOut = tables.get();
    for (qsizetype g = laidOut.size() - 1; g >= 0; --g) {
        QList<Unit> units;
        for (qsizetype t = 0; t < laidOut[g].size(); ++t) {
            Unit u;
            u.kind = Unit::Kind::Table;
            u.table = laidOut[g][t];
            u.joinPrevious = t > 0;
            units << u;
        }
        m_units.insert(tableUnits[g], units.size(), Unit());
        std::copy(units.cbegin(), units.cend(), m_units.begin() + tableUnits[g]);
    }
    for (const QList<std::shared_ptr<TableLayout>> &group : laidOut) m_out.m_tables << group;
    paginate();
    placeVersionNotes(copyTo, issuedBy);
    addPageNumbers();
}

} // namespace nianbao
