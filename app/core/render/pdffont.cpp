// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/pdffont.h"

#include "render/fontsubsetcache.h"
#include "render/pdfsyntax.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QThread>
#include <QtEndian>
#include <hb-subset.h>
#include <hb.h>
#if NIANBAO_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

#include <algorithm>

namespace nianbao {

namespace {

// Tables a PDF viewer does not read from an embedded CIDFontType2 program (PDF 1.7 §9.9), where the CIDs are mapped
// to glyphs by the PDF itself. The subsetter never sees them: that keeps the subset small, spares it the layout
// tables' closure (which could add glyphs nobody drew), and spares it mapping the whole 'cmap' back to the glyphs
// kept (two thirds of its time when it had the 'cmap').
constexpr hb_tag_t kDroppedTables[] = {
    HB_TAG('G', 'S', 'U', 'B'), HB_TAG('G', 'P', 'O', 'S'), HB_TAG('G', 'D', 'E', 'F'), HB_TAG('B', 'A', 'S', 'E'),
    HB_TAG('J', 'S', 'T', 'F'), HB_TAG('M', 'A', 'T', 'H'), HB_TAG('k', 'e', 'r', 'n'), HB_TAG('c', 'm', 'a', 'p'),
    HB_TAG('v', 'h', 'e', 'a'), HB_TAG('v', 'm', 't', 'x'), HB_TAG('V', 'O', 'R', 'G'), HB_TAG('h', 'd', 'm', 'x'),
    HB_TAG('V', 'D', 'M', 'X'), HB_TAG('L', 'T', 'S', 'H'), HB_TAG('D', 'S', 'I', 'G'), HB_TAG('g', 'a', 's', 'p'),
    HB_TAG('E', 'B', 'D', 'T'), HB_TAG('E', 'B', 'L', 'C'), HB_TAG('E', 'B', 'S', 'C'), HB_TAG('C', 'B', 'D', 'T'),
    HB_TAG('C', 'B', 'L', 'C'), HB_TAG('s', 'b', 'i', 'x'), HB_TAG('m', 'o', 'r', 'x'), HB_TAG('k', 'e', 'r', 'x'),
    HB_TAG('f', 'e', 'a', 't'), HB_TAG('m', 'o', 'r', 't'), HB_TAG('P', 'C', 'L', 'T'),
};

// Where HarfBuzz reads a face's tables from: the font file itself, mapped into memory, when fontconfig says which
// file Qt loaded (only the pages of the glyphs kept are ever read); otherwise copies handed out by Qt's font
// engine, whatever platform found the face. A face's 'glyf' table is 4–5 MB: copying three of them cost 7,000
// page faults and a tenth of a report's export (issue 18).
struct TableSource {
    QRawFont raw;
    hb_face_t *file = nullptr;
    QByteArray fileIdentity; // the file's path, face index, size and time: what FontSubsetCache knows it by
    ~TableSource() { hb_face_destroy(file); }
};

hb_blob_t *tableOf(hb_face_t *, hb_tag_t tag, void *userData)
{
    if (std::find(std::begin(kDroppedTables), std::end(kDroppedTables), tag) != std::end(kDroppedTables)) return nullptr;
    const auto *source = static_cast<const TableSource *>(userData);
    if (source->file) return hb_face_reference_table(source->file, tag);
    const char name[5] = {char(tag >> 24), char(tag >> 16), char(tag >> 8), char(tag), 0};
    // Qt's font engine (a FreeType face) is not to be read from two threads at once; faces are shared by the
    // threads of a batch export.
    static QMutex engineMutex;
    QMutexLocker lock(&engineMutex);
    auto *bytes = new QByteArray(source->raw.fontTable(name));
    if (bytes->isEmpty()) {
        delete bytes;
        return nullptr;
    }
    return hb_blob_create(bytes->constData(), unsigned(bytes->size()), HB_MEMORY_MODE_READONLY, bytes,
                          [](void *p) { delete static_cast<QByteArray *>(p); });
}

QByteArray tableBytes(hb_face_t *face, hb_tag_t tag)
{
    hb_blob_t *blob = hb_face_reference_table(face, tag);
    unsigned length = 0;
    const char *data = hb_blob_get_data(blob, &length);
    QByteArray bytes(data, int(length));
    hb_blob_destroy(blob);
    return bytes;
}

// The face's file as fontconfig lists it under the family's name, recognised by its 'head' table (which holds the
// face's checksum and dates): null when there is no such file (another platform, a font loaded from memory).
hb_face_t *fileFaceOf(const QRawFont &font, QByteArray *identity)
{
#if NIANBAO_HAVE_FONTCONFIG
    const QByteArray head = font.fontTable("head");
    if (head.isEmpty()) return nullptr;
    FcPattern *pattern = FcPatternCreate();
    const QByteArray family = font.familyName().toUtf8();
    FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8 *>(family.constData()));
    FcObjectSet *objects = FcObjectSetBuild(FC_FILE, FC_INDEX, nullptr);
    FcFontSet *list = FcFontList(nullptr, pattern, objects);
    FcObjectSetDestroy(objects);
    FcPatternDestroy(pattern);
    hb_face_t *found = nullptr;
    for (int i = 0; list && i < list->nfont && !found; ++i) {
        FcChar8 *file = nullptr;
        int index = 0;
        if (FcPatternGetString(list->fonts[i], FC_FILE, 0, &file) != FcResultMatch) continue;
        FcPatternGetInteger(list->fonts[i], FC_INDEX, 0, &index);
        hb_blob_t *blob = hb_blob_create_from_file_or_fail(reinterpret_cast<const char *>(file));
        if (!blob) continue;
        hb_face_t *face = hb_face_create(blob, unsigned(index) & 0xFFFF);
        hb_blob_destroy(blob);
        if (tableBytes(face, HB_TAG('h', 'e', 'a', 'd')) == head) {
            found = face;
            const QFileInfo info(QFile::decodeName(reinterpret_cast<const char *>(file)));
            *identity = QFile::encodeName(info.absoluteFilePath()) + '\n' + QByteArray::number(index) + '\n'
                + QByteArray::number(info.size()) + '\n' + QByteArray::number(info.lastModified().toMSecsSinceEpoch());
        } else {
            hb_face_destroy(face);
        }
    }
    if (list) FcFontSetDestroy(list);
    return found;
#else
    Q_UNUSED(font)
    Q_UNUSED(identity)
    return nullptr;
#endif
}

qint16 int16At(const QByteArray &table, int offset)
{
    return table.size() >= offset + 2 ? qFromBigEndian<qint16>(table.constData() + offset) : 0;
}


} // namespace

struct PdfFont::Program {
    hb_face_t *face = nullptr;
    hb_font_t *font = nullptr;
    unsigned unitsPerEm = 1000;
    bool embeddable = true;
    bool fromFile = false;
    QByteArray fileIdentity; // empty when the tables come from Qt
    hb_font_t *characterMap = nullptr; // the file's face, for its 'cmap' (which `face` leaves out); null without a file

    explicit Program(const QRawFont &raw)
    {
        auto *source = new TableSource{raw, nullptr, {}};
        source->file = fileFaceOf(raw, &source->fileIdentity);
        fromFile = source->file != nullptr;
        fileIdentity = source->fileIdentity;
        if (fromFile) characterMap = hb_font_create(source->file);
        face = hb_face_create_for_tables(tableOf, source, [](void *p) { delete static_cast<TableSource *>(p); });
        unitsPerEm = std::max(16u, hb_face_get_upem(face));
        font = hb_font_create(face);
        hb_font_set_scale(font, int(unitsPerEm), int(unitsPerEm));
        // As Qt's PDF writer decided (and FontSet::familyEmbeddable says): "restricted licence" alone, or "bitmap
        // embedding only", forbid embedding the outlines.
        const QByteArray os2 = raw.fontTable("OS/2");
        if (os2.size() >= 10) {
            const quint16 fsType = qFromBigEndian<quint16>(os2.constData() + 8);
            embeddable = fsType != 0x0002 && !(fsType & 0x0200);
        }
    }
    ~Program()
    {
        hb_font_destroy(characterMap);
        hb_font_destroy(font);
        hb_face_destroy(face);
    }
    Program(const Program &) = delete;
    Program &operator=(const Program &) = delete;
};

std::shared_ptr<const PdfFont::Program> PdfFont::programFor(const QRawFont &font, const QString &key)
{
    // The faces of the last exports: a batch of reports reads each face once. A handful at most (a report uses
    // three to five), so an editor that exported once keeps a few megabytes, not every face it ever used. A face
    // read from its file is shared by the threads of a batch; one read through Qt's font engine stays with the
    // thread whose engine it is (an engine is not to be used by two threads at once).
    static QHash<QString, std::shared_ptr<const Program>> cache;
    static QMutex mutex;
    QMutexLocker lock(&mutex);
    const QString ownKey = key + QLatin1Char('@') + QString::number(quintptr(QThread::currentThreadId()));
    for (const QString &k : {key, ownKey}) {
        const auto it = cache.constFind(k);
        if (it != cache.cend()) return it.value();
    }
    if (cache.size() >= 8) cache.clear();
    auto program = std::make_shared<const Program>(font);
    cache.insert(program->fromFile ? key : ownKey, program);
    return program;
}

PdfFont::PdfFont(const QRawFont &font, const QString &key)
    : m_font(font), m_program(programFor(font, key))
{
}

PdfFont::~PdfFont() = default;

bool PdfFont::embeddable() const
{
    return m_program->embeddable;
}

quint16 PdfFont::cid(quint32 glyph)
{
    return use(glyph).cid;
}

PdfFont::Use PdfFont::use(quint32 glyph)
{
    const auto it = m_cids.constFind(glyph);
    if (it != m_cids.cend()) return {it.value(), m_advances[it.value() - 1]};
    m_glyphs << glyph;
    m_advances << advance(glyph);
    // A face has at most 65,535 glyphs, so the ids 1 … 65,535 always suffice.
    const quint16 id = quint16(m_glyphs.size());
    m_cids.insert(glyph, id);
    return {id, m_advances.last()};
}

double PdfFont::advance(quint32 glyph) const
{
    return hb_font_get_glyph_h_advance(m_program->font, glyph) * 1000.0 / m_program->unitsPerEm;
}

void PdfFont::mapCharacters(const QList<char32_t> &characters)
{
    for (char32_t c : characters) {
        // The face's own character map, read by HarfBuzz from its file: a lookup without the lists and strings of
        // asking Qt (issue 18). Qt is still asked for what the map lacks, as Qt draws some of those (a no-break
        // space with the space's glyph, a symbol font's private-use codes).
        hb_codepoint_t glyph = 0;
        if (!m_program->characterMap || !hb_font_get_nominal_glyph(m_program->characterMap, c, &glyph)) {
            const QList<quint32> glyphs = m_font.glyphIndexesForString(QString::fromUcs4(&c, 1));
            if (glyphs.size() != 1) continue;
            glyph = glyphs[0];
        }
        if (glyph == 0) continue;
        const auto it = m_cids.constFind(glyph);
        if (it != m_cids.cend() && !m_text.contains(it.value())) m_text.insert(it.value(), c);
    }
}

QByteArray PdfFont::postscriptName() const
{
    char name[128];
    unsigned size = sizeof name;
    QByteArray ps;
    if (hb_ot_name_get_utf8(m_program->face, HB_OT_NAME_ID_POSTSCRIPT_NAME, HB_LANGUAGE_INVALID, &size, name) > 0)
        ps = QByteArray(name, int(size));
    if (ps.isEmpty()) ps = m_font.familyName().toUtf8();
    return PdfSyntax::nameToken(ps);
}

QByteArray PdfFont::subsetTag() const
{
    // Six capital letters (PDF 1.7 §9.6.4) that depend on the glyphs only, so the same report gives the same file.
    quint32 h = 2166136261u;
    for (quint32 g : m_glyphs) h = (h ^ g) * 16777619u;
    QByteArray tag(6, 'A');
    for (char &c : tag) {
        c = char('A' + h % 26);
        h /= 26;
    }
    return tag;
}

QByteArray PdfFont::widthsArray() const
{
    QByteArray w = "[1 [";
    for (quint32 g : m_glyphs) {
        PdfSyntax::appendNumber(w, advance(g));
        w += ' ';
    }
    w += "]]";
    return w;
}

QByteArray PdfFont::toUnicodeCMap() const
{
    QByteArray cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    QList<std::pair<quint16, char32_t>> entries; // CID → character, by CID
    entries.reserve(m_text.size());
    for (auto it = m_text.cbegin(); it != m_text.cend(); ++it) entries.append({it.key(), it.value()});
    std::sort(entries.begin(), entries.end());
    cmap.reserve(cmap.size() + entries.size() * 22 + (entries.size() / 100 + 1) * 32 + 80);
    for (qsizetype from = 0; from < entries.size(); from += 100) { // at most 100 entries a block
        const qsizetype count = std::min<qsizetype>(100, entries.size() - from);
        cmap += QByteArray::number(count);
        cmap += " beginbfchar\n";
        for (qsizetype i = from; i < from + count; ++i) {
            const auto [cid, c] = entries[i];
            cmap += '<';
            PdfSyntax::appendHex16(cmap, cid);
            cmap += "> <";
            if (QChar::requiresSurrogates(c)) {
                PdfSyntax::appendHex16(cmap, QChar::highSurrogate(c));
                PdfSyntax::appendHex16(cmap, QChar::lowSurrogate(c));
            } else {
                PdfSyntax::appendHex16(cmap, quint16(c));
            }
            cmap += ">\n";
        }
        cmap += "endbfchar\n";
    }
    cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return cmap;
}

QByteArray PdfFont::descriptor(const QByteArray &name, int fontFile) const
{
    const QByteArray head = m_font.fontTable("head");
    const QByteArray hhea = m_font.fontTable("hhea");
    const double scale = 1000.0 / m_program->unitsPerEm;
    QByteArray d = "<< /Type /FontDescriptor /FontName /" + name + " /Flags 4 /FontBBox [";
    for (int offset : {36, 38, 40, 42}) {
        PdfSyntax::appendNumber(d, int16At(head, offset) * scale);
        d += offset < 42 ? " " : "]";
    }
    d += " /ItalicAngle 0 /Ascent ";
    PdfSyntax::appendNumber(d, int16At(hhea, 4) * scale);
    d += " /Descent ";
    PdfSyntax::appendNumber(d, int16At(hhea, 6) * scale);
    d += " /CapHeight ";
    PdfSyntax::appendNumber(d, int16At(hhea, 4) * scale);
    d += " /StemV 80 /FontFile2 " + QByteArray::number(fontFile) + " 0 R >>";
    return d;
}

std::optional<FontSubsetCache::Entry> PdfFont::subset(QString *error) const
{
    hb_subset_input_t *input = hb_subset_input_create_or_fail();
    if (!input) {
        if (error) *error = QCoreApplication::translate("nianbao::PdfFont", "Out of memory while embedding a font.");
        return std::nullopt;
    }
    // Without the TrueType hinting programs: PDF viewers and printers draw outlines unhinted (poppler, pdf.js,
    // print resolutions), and the subset is 8 % smaller.
    hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_HINTING);
    hb_set_t *glyphs = hb_subset_input_glyph_set(input);
    hb_set_add(glyphs, 0);
    for (quint32 g : m_glyphs) hb_set_add(glyphs, g);
    hb_subset_plan_t *plan = hb_subset_plan_create_or_fail(m_program->face, input);
    hb_subset_input_destroy(input);
    hb_face_t *subset = plan ? hb_subset_plan_execute_or_fail(plan) : nullptr;
    if (!subset) {
        hb_subset_plan_destroy(plan);
        if (error)
            *error = QCoreApplication::translate("nianbao::PdfFont", "The font %1 could not be embedded in the PDF: its file may be damaged. "
                                                             "Reinstall that font, or remove it so that nianbao uses another one.")
                         .arg(m_font.familyName());
        return std::nullopt;
    }
    // CID → glyph of the subset, two bytes each (PDF 1.7 §9.7.4.2).
    const hb_map_t *oldToNew = hb_subset_plan_old_to_new_glyph_mapping(plan);
    QByteArray cidToGid(2 * (m_glyphs.size() + 1), '\0');
    for (qsizetype i = 0; i < m_glyphs.size(); ++i)
        qToBigEndian<quint16>(quint16(hb_map_get(oldToNew, m_glyphs[i])), cidToGid.data() + 2 * (i + 1));
    hb_blob_t *blob = hb_face_reference_blob(subset);
    unsigned length = 0;
    const char *data = hb_blob_get_data(blob, &length);
    const QByteArray program(data, int(length));
    hb_blob_destroy(blob);
    hb_face_destroy(subset);
    hb_subset_plan_destroy(plan);
    return FontSubsetCache::Entry{PdfSyntax::stream(program, "/Length1 " + QByteArray::number(program.size())), PdfSyntax::stream(cidToGid)};
}

QList<QByteArray> PdfFont::objects(int first, QString *error) const
{
    const QByteArray cacheKey = FontSubsetCache::keyFor(m_program->fileIdentity, m_glyphs);
    std::optional<FontSubsetCache::Entry> streams = FontSubsetCache::load(cacheKey);
    if (!streams) {
        streams = subset(error);
        if (!streams) return {};
        FontSubsetCache::store(cacheKey, *streams);
    }
    const QByteArray name = subsetTag() + '+' + postscriptName();
    const auto ref = [first](int offset) { return QByteArray::number(first + offset) + " 0 R"; };
    return {
        "<< /Type /Font /Subtype /Type0 /BaseFont /" + name + " /Encoding /Identity-H /DescendantFonts [" + ref(1)
            + "] /ToUnicode " + ref(5) + " >>",
        "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /" + name
            + " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor " + ref(2)
            + " /DW 1000 /W " + widthsArray() + " /CIDToGIDMap " + ref(4) + " >>",
        descriptor(name, first + 3),
        streams->program,
        streams->cidToGid,
        PdfSyntax::stream(toUnicodeCMap(), {}, PdfSyntax::Plain),
    };
}

} // namespace nianbao
