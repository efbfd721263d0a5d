// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/odtstyles.h"

#include "render/pagegeometry.h"

namespace nianbao::odt {

// The styles carry the names Chinese offices give them (正文, 一级标题 …): they are part of the document the
// clerk edits in WPS or LibreOffice, not of nianbao's interface.

namespace {

// Word and WPS read a fixed line height; 28.95 pt is the GB/T 9704 line of Chinese office templates (a 28.99 pt
// line rounds up in LibreOffice's units and leaves room for only 21 lines).
constexpr double kLineHeight = 28.95;
// 28 characters of 16 pt on a 156 mm line (LibreOffice keeps spacing in twips: -0.21 pt would round to -0.20).
constexpr double kLetterSpacing = -0.25;

QString mm(double millimetres)
{
    return QString::number(millimetres, 'f', 2) + QStringLiteral("mm");
}

void paragraphStyle(QXmlStreamWriter &w, const QString &name, const QString &display, const QString &parent = QString())
{
    w.writeStartElement(kStyle, QStringLiteral("style"));
    w.writeAttribute(kStyle, QStringLiteral("name"), name);
    w.writeAttribute(kStyle, QStringLiteral("display-name"), display);
    w.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("paragraph"));
    if (!parent.isEmpty()) w.writeAttribute(kStyle, QStringLiteral("parent-style-name"), parent);
}

void paragraphProperties(QXmlStreamWriter &w, const QList<std::pair<QString, QString>> &foAttributes)
{
    w.writeStartElement(kStyle, QStringLiteral("paragraph-properties"));
    for (const auto &[name, value] : foAttributes) w.writeAttribute(kFo, name, value);
    w.writeEndElement();
}

void bodyLikeStyle(QXmlStreamWriter &w, const QString &name, const QString &display, const QString &family,
                   const QString &indent, bool keepWithNext)
{
    paragraphStyle(w, name, display, QStringLiteral("Standard"));
    QList<std::pair<QString, QString>> props{{QStringLiteral("text-indent"), indent},
                                             {QStringLiteral("text-align"), QStringLiteral("justify")}};
    if (keepWithNext) props << std::pair{QStringLiteral("keep-with-next"), QStringLiteral("always")};
    paragraphProperties(w, props);
    writeTextProperties(w, family, page::kSize3, kLetterSpacing); // 28 characters a line
    w.writeEndElement();
}

void textStyle(QXmlStreamWriter &w, const QString &name, const QString &display, const QString &family)
{
    w.writeStartElement(kStyle, QStringLiteral("style"));
    w.writeAttribute(kStyle, QStringLiteral("name"), name);
    w.writeAttribute(kStyle, QStringLiteral("display-name"), display);
    w.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("text"));
    writeTextProperties(w, family, page::kSize3);
    w.writeEndElement();
}

void footer(QXmlStreamWriter &w, const QString &element, const QString &style)
{
    // "— n —": the page number field between two em dashes.
    w.writeStartElement(kStyle, element);
    w.writeStartElement(kText, QStringLiteral("p"));
    w.writeAttribute(kText, QStringLiteral("style-name"), style);
    w.writeCharacters(QStringLiteral("\u2014 "));
    w.writeStartElement(kText, QStringLiteral("page-number"));
    w.writeAttribute(kText, QStringLiteral("select-page"), QStringLiteral("current"));
    w.writeCharacters(QStringLiteral("1"));
    w.writeEndElement();
    w.writeCharacters(QStringLiteral(" \u2014"));
    w.writeEndElement();
    w.writeEndElement();
}

} // namespace

QString pt(double points)
{
    return QString::number(points, 'f', 2) + QStringLiteral("pt");
}

void declareNamespaces(QXmlStreamWriter &w)
{
    w.writeNamespace(kOffice, QStringLiteral("office"));
    w.writeNamespace(kStyle, QStringLiteral("style"));
    w.writeNamespace(kText, QStringLiteral("text"));
    w.writeNamespace(kTable, QStringLiteral("table"));
    w.writeNamespace(kFo, QStringLiteral("fo"));
    w.writeNamespace(kSvg, QStringLiteral("svg"));
    w.writeNamespace(kMeta, QStringLiteral("meta"));
    w.writeNamespace(kDc, QStringLiteral("dc"));
}

// svg:font-family is a CSS family list: LibreOffice tries its names in order, so a machine without 仿宋_GB2312
// takes 仿宋 or a free 楷 face, not the default sans face.
QString familyList(const QString &family, FontRole role)
{
    QStringList names{family};
    for (const QString &n : FontSet::sameStyleFamilies(role))
        if (!names.contains(n, Qt::CaseInsensitive)) names << n;
    for (QString &n : names) n = QLatin1Char('\'') + n + QLatin1Char('\'');
    return names.join(QStringLiteral(", "));
}

void writeFontFaces(QXmlStreamWriter &w, const QHash<FontRole, QString> &fonts)
{
    w.writeStartElement(kOffice, QStringLiteral("font-face-decls"));
    QStringList written;
    for (FontRole role : FontSet::roles()) {
        const QString family = fonts.value(role);
        if (written.contains(family)) continue;
        written << family;
        w.writeStartElement(kStyle, QStringLiteral("font-face"));
        w.writeAttribute(kStyle, QStringLiteral("name"), family);
        w.writeAttribute(kSvg, QStringLiteral("font-family"), familyList(family, role));
        w.writeAttribute(kStyle, QStringLiteral("font-pitch"), QStringLiteral("variable"));
        w.writeAttribute(kStyle, QStringLiteral("font-charset"), QStringLiteral("x-gbk"));
        w.writeEndElement();
    }
    w.writeEndElement();
}

void writeTextProperties(QXmlStreamWriter &w, const QString &family, double points, double letterSpacing)
{
    w.writeStartElement(kStyle, QStringLiteral("text-properties"));
    if (letterSpacing != 0) w.writeAttribute(kFo, QStringLiteral("letter-spacing"), pt(letterSpacing));
    if (!family.isEmpty()) {
        w.writeAttribute(kStyle, QStringLiteral("font-name"), family);
        w.writeAttribute(kStyle, QStringLiteral("font-name-asian"), family);
        w.writeAttribute(kStyle, QStringLiteral("font-name-complex"), family);
    }
    if (points > 0) {
        w.writeAttribute(kFo, QStringLiteral("font-size"), pt(points));
        w.writeAttribute(kStyle, QStringLiteral("font-size-asian"), pt(points));
        w.writeAttribute(kStyle, QStringLiteral("font-size-complex"), pt(points));
    }
    w.writeEndElement();
}

QByteArray stylesXml(const QHash<FontRole, QString> &fonts)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(kOffice, QStringLiteral("document-styles"));
    declareNamespaces(w);
    w.writeAttribute(kOffice, QStringLiteral("version"), QStringLiteral("1.2"));
    writeFontFaces(w, fonts);

    w.writeStartElement(kOffice, QStringLiteral("styles"));
    w.writeStartElement(kStyle, QStringLiteral("default-style"));
    w.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("paragraph"));
    // No extra space between Chinese and Latin text and no punctuation hanging into the margin: they change the
    // number of characters on a line.
    w.writeStartElement(kStyle, QStringLiteral("paragraph-properties"));
    w.writeAttribute(kFo, QStringLiteral("line-height"), pt(kLineHeight));
    w.writeAttribute(kStyle, QStringLiteral("text-autospace"), QStringLiteral("none"));
    w.writeAttribute(kStyle, QStringLiteral("punctuation-wrap"), QStringLiteral("simple"));
    w.writeAttribute(kStyle, QStringLiteral("line-break"), QStringLiteral("strict"));
    w.writeEndElement();
    w.writeStartElement(kStyle, QStringLiteral("text-properties"));
    w.writeAttribute(kStyle, QStringLiteral("font-name"), fonts.value(FontRole::FangSong));
    w.writeAttribute(kStyle, QStringLiteral("font-name-asian"), fonts.value(FontRole::FangSong));
    w.writeAttribute(kFo, QStringLiteral("font-size"), pt(page::kSize3));
    w.writeAttribute(kStyle, QStringLiteral("font-size-asian"), pt(page::kSize3));
    w.writeAttribute(kFo, QStringLiteral("language"), QStringLiteral("zh"));
    w.writeAttribute(kFo, QStringLiteral("country"), QStringLiteral("CN"));
    w.writeAttribute(kStyle, QStringLiteral("language-asian"), QStringLiteral("zh"));
    w.writeAttribute(kStyle, QStringLiteral("country-asian"), QStringLiteral("CN"));
    w.writeEndElement();
    w.writeEndElement();

    paragraphStyle(w, QStringLiteral("Standard"), QStringLiteral("Standard"));
    writeTextProperties(w, fonts.value(FontRole::FangSong), page::kSize3);
    w.writeEndElement();
    const QString indent = pt(2 * page::kCharPitch);
    bodyLikeStyle(w, QStringLiteral("nb_Body"), QStringLiteral("正文"), fonts.value(FontRole::FangSong), indent, false);
    bodyLikeStyle(w, QStringLiteral("nb_Addressee"), QStringLiteral("主送机关"), fonts.value(FontRole::FangSong), pt(0), false);
    bodyLikeStyle(w, QStringLiteral("nb_Heading1"), QStringLiteral("一级标题"), fonts.value(FontRole::HeiTi), indent, true);
    bodyLikeStyle(w, QStringLiteral("nb_Heading2"), QStringLiteral("二级标题"), fonts.value(FontRole::KaiTi), indent, true);
    bodyLikeStyle(w, QStringLiteral("nb_Heading3"), QStringLiteral("三级标题"), fonts.value(FontRole::FangSong), indent, true);
    paragraphStyle(w, QStringLiteral("nb_Title"), QStringLiteral("公文标题"), QStringLiteral("Standard"));
    paragraphProperties(w, {{QStringLiteral("text-align"), QStringLiteral("center")}, {QStringLiteral("keep-with-next"), QStringLiteral("always")}});
    writeTextProperties(w, fonts.value(FontRole::XiaoBiaoSong), page::kSize2);
    w.writeEndElement();
    paragraphStyle(w, QStringLiteral("nb_DocumentNumber"), QStringLiteral("发文字号"), QStringLiteral("Standard"));
    paragraphProperties(w, {{QStringLiteral("text-align"), QStringLiteral("center")}});
    w.writeEndElement();
    paragraphStyle(w, QStringLiteral("nb_TableText"), QStringLiteral("表格文字"), QStringLiteral("Standard"));
    paragraphProperties(w, {{QStringLiteral("line-height"), QStringLiteral("125%")}, {QStringLiteral("text-align"), QStringLiteral("center")}});
    writeTextProperties(w, fonts.value(FontRole::FangSong), page::kSize5);
    w.writeEndElement();
    paragraphStyle(w, QStringLiteral("nb_VersionNote"), QStringLiteral("版记"), QStringLiteral("Standard"));
    paragraphProperties(w, {{QStringLiteral("margin-left"), pt(page::kSize4)}, {QStringLiteral("margin-right"), pt(page::kSize4)}});
    writeTextProperties(w, fonts.value(FontRole::FangSong), page::kSize4);
    w.writeEndElement();
    textStyle(w, QStringLiteral("nb_HeiTi"), QStringLiteral("黑体"), fonts.value(FontRole::HeiTi));
    textStyle(w, QStringLiteral("nb_KaiTi"), QStringLiteral("楷体"), fonts.value(FontRole::KaiTi));
    w.writeEndElement(); // styles

    w.writeStartElement(kOffice, QStringLiteral("automatic-styles"));
    // A4; the text block 37 mm from the top and 28 mm from the left, 156 × 225 mm; the page number's top 7 mm
    // under the block: bottom margin 35 mm = 21 mm + a 7 mm footer + 7 mm spacing.
    w.writeStartElement(kStyle, QStringLiteral("page-layout"));
    w.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("pm1"));
    w.writeAttribute(kStyle, QStringLiteral("page-usage"), QStringLiteral("all"));
    w.writeStartElement(kStyle, QStringLiteral("page-layout-properties"));
    w.writeAttribute(kFo, QStringLiteral("page-width"), mm(210));
    w.writeAttribute(kFo, QStringLiteral("page-height"), mm(297));
    w.writeAttribute(kStyle, QStringLiteral("print-orientation"), QStringLiteral("portrait"));
    w.writeAttribute(kFo, QStringLiteral("margin-top"), mm(37));
    w.writeAttribute(kFo, QStringLiteral("margin-bottom"), mm(21));
    w.writeAttribute(kFo, QStringLiteral("margin-left"), mm(28));
    w.writeAttribute(kFo, QStringLiteral("margin-right"), mm(26));
    w.writeEndElement();
    w.writeStartElement(kStyle, QStringLiteral("footer-style"));
    w.writeStartElement(kStyle, QStringLiteral("header-footer-properties"));
    w.writeAttribute(kFo, QStringLiteral("min-height"), mm(7));
    w.writeAttribute(kFo, QStringLiteral("margin-top"), mm(7));
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement(); // page-layout
    for (const auto &[name, side] : {std::pair{QStringLiteral("nb_FooterOdd"), QStringLiteral("right")},
                                     std::pair{QStringLiteral("nb_FooterEven"), QStringLiteral("left")}}) {
        w.writeStartElement(kStyle, QStringLiteral("style"));
        w.writeAttribute(kStyle, QStringLiteral("name"), name);
        w.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("paragraph"));
        paragraphProperties(w, {{QStringLiteral("text-align"), side == QLatin1String("right") ? QStringLiteral("end") : QStringLiteral("start")},
                                {QStringLiteral("margin-") + side, pt(page::kSize4)},
                                {QStringLiteral("line-height"), mm(7)}});
        writeTextProperties(w, fonts.value(FontRole::SongTi), page::kSize4);
        w.writeEndElement();
    }
    w.writeEndElement(); // automatic-styles

    w.writeStartElement(kOffice, QStringLiteral("master-styles"));
    w.writeStartElement(kStyle, QStringLiteral("master-page"));
    w.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("Standard"));
    w.writeAttribute(kStyle, QStringLiteral("page-layout-name"), QStringLiteral("pm1"));
    footer(w, QStringLiteral("footer"), QStringLiteral("nb_FooterOdd"));
    footer(w, QStringLiteral("footer-left"), QStringLiteral("nb_FooterEven"));
    w.writeEndElement();
    w.writeEndElement();

    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

QByteArray metaXml(const QString &title, const QString &author, const QString &generator)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(kOffice, QStringLiteral("document-meta"));
    declareNamespaces(w);
    w.writeAttribute(kOffice, QStringLiteral("version"), QStringLiteral("1.2"));
    w.writeStartElement(kOffice, QStringLiteral("meta"));
    w.writeTextElement(kMeta, QStringLiteral("generator"), generator);
    w.writeTextElement(kDc, QStringLiteral("title"), title);
    if (!author.isEmpty()) {
        w.writeTextElement(kMeta, QStringLiteral("initial-creator"), author);
        w.writeTextElement(kDc, QStringLiteral("creator"), author);
    }
    w.writeTextElement(kDc, QStringLiteral("language"), QStringLiteral("zh-CN"));
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

QByteArray manifestXml()
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeNamespace(kManifest, QStringLiteral("manifest"));
    w.writeStartElement(kManifest, QStringLiteral("manifest"));
    w.writeAttribute(kManifest, QStringLiteral("version"), QStringLiteral("1.2"));
    const std::pair<const char *, const char *> files[] = {{"/", "application/vnd.oasis.opendocument.text"},
                                                            {"content.xml", "text/xml"},
                                                            {"styles.xml", "text/xml"},
                                                            {"meta.xml", "text/xml"}};
    for (const auto &[path, type] : files) {
        w.writeStartElement(kManifest, QStringLiteral("file-entry"));
        w.writeAttribute(kManifest, QStringLiteral("full-path"), QLatin1String(path));
        w.writeAttribute(kManifest, QStringLiteral("media-type"), QLatin1String(type));
        if (QLatin1String(path) == QLatin1String("/")) w.writeAttribute(kManifest, QStringLiteral("version"), QStringLiteral("1.2"));
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

} // namespace nianbao::odt
