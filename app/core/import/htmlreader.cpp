// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/htmlreader.h"

#include "import/textdecoder.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>
#include <gumbo.h>

namespace nianbao::import {

namespace {

class ImportText
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::import)
};

constexpr int kMaxDepth = 256;   // deeper markup is not a report page; its text is still read flat
constexpr int kMaxSpan = 64;

bool isBlockTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_NAV: case GUMBO_TAG_CENTER: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_TR: case GUMBO_TAG_HR:
    case GUMBO_TAG_CAPTION: case GUMBO_TAG_FORM: case GUMBO_TAG_ADDRESS:
        return true;
    default:
        return false;
    }
}

bool isSkippedTag(GumboTag tag)
{
    return tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_NOSCRIPT || tag == GUMBO_TAG_HEAD
        || tag == GUMBO_TAG_TEMPLATE || tag == GUMBO_TAG_SELECT || tag == GUMBO_TAG_TEXTAREA;
}

int spanAttribute(const GumboNode *node, const char *name)
{
    const GumboAttribute *a = gumbo_get_attribute(&node->v.element.attributes, name);
    if (!a) return 1;
    bool ok = false;
    const int v = QString::fromUtf8(a->value).trimmed().toInt(&ok);
    return ok ? qBound(1, v, kMaxSpan) : 1;
}

class Walker
{
public:
    std::vector<DocumentBlock> blocksOf(const GumboNode *node, int depth)
    {
        std::vector<DocumentBlock> out;
        QString current;
        walk(node, out, current, depth);
        flush(out, current);
        return out;
    }

private:
    static void flush(std::vector<DocumentBlock> &out, QString &current)
    {
        const QString text = current.simplified();
        current.clear();
        if (text.isEmpty()) return;
        DocumentBlock p;
        p.text = text;
        out.push_back(std::move(p));
    }

    void walk(const GumboNode *node, std::vector<DocumentBlock> &out, QString &current, int depth)
    {
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
            current += QString::fromUtf8(node->v.text.text);
            return;
        }
        if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT && node->type != GUMBO_NODE_TEMPLATE) return;
        const GumboVector &children = node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
        const GumboTag tag = node->type == GUMBO_NODE_DOCUMENT ? GUMBO_TAG_UNKNOWN : node->v.element.tag;
        if (isSkippedTag(tag)) return;
        if (tag == GUMBO_TAG_BR) {
            flush(out, current);
            return;
        }
        if (tag == GUMBO_TAG_TABLE && depth < kMaxDepth) {
            flush(out, current);
            appendTable(out, table(node, depth + 1));
            return;
        }
        const bool block = isBlockTag(tag);
        if (block) flush(out, current);
        if (depth < kMaxDepth)
            for (unsigned i = 0; i < children.length; ++i)
                walk(static_cast<const GumboNode *>(children.data[i]), out, current, depth + 1);
        if (block) flush(out, current);
    }

    // The rows of a table: its <tr>s, directly or in <thead>/<tbody>/<tfoot>, not those of tables inside it.
    void collectRows(const GumboNode *node, QList<const GumboNode *> &rows, int depth)
    {
        const GumboVector &children = node->v.element.children;
        for (unsigned i = 0; i < children.length; ++i) {
            const auto *child = static_cast<const GumboNode *>(children.data[i]);
            if (child->type != GUMBO_NODE_ELEMENT) continue;
            const GumboTag tag = child->v.element.tag;
            if (tag == GUMBO_TAG_TR) rows << child;
            else if ((tag == GUMBO_TAG_THEAD || tag == GUMBO_TAG_TBODY || tag == GUMBO_TAG_TFOOT) && depth < kMaxDepth)
                collectRows(child, rows, depth + 1);
        }
    }

    DocumentBlock table(const GumboNode *node, int depth)
    {
        DocumentBlock table;
        table.kind = DocumentBlock::Kind::Table;
        QList<const GumboNode *> rows;
        collectRows(node, rows, depth);
        for (const GumboNode *tr : std::as_const(rows)) {
            BlockRow row;
            const GumboVector &cells = tr->v.element.children;
            for (unsigned i = 0; i < cells.length; ++i) {
                const auto *td = static_cast<const GumboNode *>(cells.data[i]);
                if (td->type != GUMBO_NODE_ELEMENT || (td->v.element.tag != GUMBO_TAG_TD && td->v.element.tag != GUMBO_TAG_TH)) continue;
                BlockCell cell;
                cell.rowSpan = spanAttribute(td, "rowspan");
                cell.colSpan = spanAttribute(td, "colspan");
                cell.content = blocksOf(td, depth + 1);
                row.cells.append(std::move(cell));
            }
            table.rows.append(std::move(row));
        }
        return table;
    }
};

QString decodeHtml(const QByteArray &bytes, QString *encoding)
{
    const QString declared = HtmlReader::declaredCharset(bytes).toLower();
    // Pages that declare GB2312 are written in GBK (or GB18030) in practice: the superset reads them all.
    const bool gb = declared == QLatin1String("gb2312") || declared == QLatin1String("gbk") || declared == QLatin1String("gb18030")
                 || declared == QLatin1String("x-gbk") || declared == QLatin1String("cp936");
    std::optional<QStringDecoder> decoder;
    if (gb) decoder.emplace("GB18030");
    else if (!declared.isEmpty() && !bytes.startsWith("\xEF\xBB\xBF")) decoder.emplace(declared.toLatin1().constData());
    if (decoder && decoder->isValid()) {
        if (encoding) *encoding = gb ? QStringLiteral("GB18030") : declared.toUpper();
        return decoder->decode(bytes);
    }
    const DecodedText text = TextDecoder::decode(bytes);
    if (encoding) *encoding = text.encoding;
    return text.text;
}

} // namespace

QString HtmlReader::declaredCharset(const QByteArray &html)
{
    static const QRegularExpression charset(QStringLiteral(R"(<meta[^>]*charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+))"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = charset.match(QString::fromLatin1(html.left(4096)));
    return m.hasMatch() ? m.captured(1) : QString();
}

PublishedDocument HtmlReader::read(const QByteArray &html, QString *encoding)
{
    const QByteArray utf8 = decodeHtml(html, encoding).toUtf8();
    GumboOutput *output = gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size()));
    PublishedDocument doc;
    if (!output) {
        doc.error = ImportText::tr("the web page cannot be parsed");
        return doc;
    }
    doc.blocks = Walker().blocksOf(output->document, 0);
    gumbo_destroy_output(&kGumboDefaultOptions, output);
    if (doc.blocks.empty()) doc.error = ImportText::tr("the web page holds no text");
    return doc;
}

} // namespace nianbao::import
