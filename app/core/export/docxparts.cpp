// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/docxparts.h"

#include "render/pagegeometry.h"

#include <QXmlStreamWriter>

namespace nianbao::docx {

namespace {

constexpr double kBodyLetterSpacing = -0.21; // points, see the notes on GB/T 9704 lines of 28 characters
constexpr char kXmlHeader[] = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

QByteArray withHeader(const QString &xml)
{
    return QByteArray(kXmlHeader) + xml.toUtf8();
}

// The run fonts of a face: Chinese text (eastAsia) and Latin text in the same family, as the ODT sets both.
QString runFonts(const QString &family)
{
    const QString f = family.toHtmlEscaped();
    return QStringLiteral("<w:rFonts w:ascii=\"%1\" w:hAnsi=\"%1\" w:eastAsia=\"%1\" w:cs=\"%1\"/>").arg(f);
}

QString runProperties(const QString &family, double size)
{
    return QStringLiteral("<w:rPr>%1<w:sz w:val=\"%2\"/><w:szCs w:val=\"%2\"/></w:rPr>").arg(runFonts(family)).arg(halfPoints(size));
}

// One paragraph style: its font, size, alignment, indent and keep rules.
QString paragraphStyle(const QString &id, const QString &name, const QString &basedOn, const QString &paragraphProps,
                       const QString &family, double size)
{
    QString out = QStringLiteral("<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"%1\"><w:name w:val=\"%2\"/>").arg(id, name);
    if (!basedOn.isEmpty()) out += QStringLiteral("<w:basedOn w:val=\"%1\"/>").arg(basedOn);
    out += QStringLiteral("<w:qFormat/><w:pPr>%1</w:pPr>").arg(paragraphProps);
    if (!family.isEmpty()) out += runProperties(family, size);
    return out + QStringLiteral("</w:style>");
}

QString exactLines(double pitch)
{
    return QStringLiteral("<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"%1\" w:lineRule=\"exact\"/>").arg(twips(pitch));
}

} // namespace

QByteArray contentTypesXml()
{
    return withHeader(QStringLiteral(
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
        "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
        "<Override PartName=\"/word/fontTable.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml\"/>"
        "<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>"
        "<Override PartName=\"/word/footer2.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>"
        "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        "</Types>"));
}

QByteArray packageRelsXml()
{
    return withHeader(QStringLiteral(
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
        "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        "</Relationships>"));
}

QByteArray documentRelsXml()
{
    const QString base = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");
    return withHeader(QStringLiteral(
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rIdStyles\" Type=\"%1styles\" Target=\"styles.xml\"/>"
        "<Relationship Id=\"rIdSettings\" Type=\"%1settings\" Target=\"settings.xml\"/>"
        "<Relationship Id=\"rIdFonts\" Type=\"%1fontTable\" Target=\"fontTable.xml\"/>"
        "<Relationship Id=\"rIdFooterOdd\" Type=\"%1footer\" Target=\"footer1.xml\"/>"
        "<Relationship Id=\"rIdFooterEven\" Type=\"%1footer\" Target=\"footer2.xml\"/>"
        "</Relationships>").arg(base));
}

QByteArray settingsXml()
{
    // Odd and even pages have their own footers: the page number alternates sides (GB/T 9704 7.5).
    return withHeader(QStringLiteral("<w:settings xmlns:w=\"%1\"><w:evenAndOddHeaders/><w:defaultTabStop w:val=\"%2\"/>"
                                     "<w:characterSpacingControl w:val=\"doNotCompress\"/><w:compat><w:compatSetting "
                                     "w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/>"
                                     "</w:compat></w:settings>")
                          .arg(QLatin1String(kW)).arg(twips(2 * page::kCharPitch)));
}

QByteArray stylesXml(const QHash<FontRole, QString> &fonts)
{
    const QString fang = fonts.value(FontRole::FangSong);
    // 28 characters of 16 pt are 158 mm, wider than the 156 mm text block: the body is set 0.2 pt tighter, as
    // the PDF sets it, so that a line holds 28 characters.
    const QString bodyRun = runProperties(fang, page::kSize3).replace(QStringLiteral("<w:sz "), QStringLiteral("<w:spacing w:val=\"%1\"/><w:sz ").arg(twips(kBodyLetterSpacing)));
    QString s = QStringLiteral("<w:styles xmlns:w=\"%1\"><w:docDefaults><w:rPrDefault>%2</w:rPrDefault>"
                               "<w:pPrDefault><w:pPr>%3</w:pPr></w:pPrDefault></w:docDefaults>")
                    .arg(QLatin1String(kW), bodyRun, exactLines(page::kLinePitch));
    const QString indent = QStringLiteral("<w:ind w:firstLine=\"%1\"/><w:jc w:val=\"both\"/>").arg(twips(2 * page::kCharPitch));
    s += paragraphStyle(QStringLiteral("Normal"), QStringLiteral("Normal"), QString(), indent, fang, page::kSize3)
             .replace(QStringLiteral("w:customStyle=\"1\" "), QString()).replace(QStringLiteral("<w:style "), QStringLiteral("<w:style w:default=\"1\" "));
    s += paragraphStyle(QStringLiteral("nbTitle"), QStringLiteral("nb Title"), QStringLiteral("Normal"),
                        QStringLiteral("<w:ind w:firstLine=\"0\"/><w:jc w:val=\"center\"/>") + exactLines(page::kSize2 * 1.5),
                        fonts.value(FontRole::XiaoBiaoSong), page::kSize2);
    s += paragraphStyle(QStringLiteral("nbDocumentNumber"), QStringLiteral("nb Document Number"), QStringLiteral("Normal"),
                        QStringLiteral("<w:ind w:firstLine=\"0\"/><w:jc w:val=\"center\"/>"), fang, page::kSize3);
    s += paragraphStyle(QStringLiteral("nbAddressee"), QStringLiteral("nb Addressee"), QStringLiteral("Normal"),
                        QStringLiteral("<w:ind w:firstLine=\"0\"/>"), fang, page::kSize3);
    s += paragraphStyle(QStringLiteral("Heading1"), QStringLiteral("heading 1"), QStringLiteral("Normal"),
                        QStringLiteral("<w:keepNext/><w:outlineLvl w:val=\"0\"/>"), fonts.value(FontRole::HeiTi), page::kSize3);
    s += paragraphStyle(QStringLiteral("Heading2"), QStringLiteral("heading 2"), QStringLiteral("Normal"),
                        QStringLiteral("<w:keepNext/><w:outlineLvl w:val=\"1\"/>"), fonts.value(FontRole::KaiTi), page::kSize3);
    s += paragraphStyle(QStringLiteral("Heading3"), QStringLiteral("heading 3"), QStringLiteral("Normal"),
                        QStringLiteral("<w:keepNext/><w:outlineLvl w:val=\"2\"/>"), fang, page::kSize3);
    for (double size : {page::kSize5, page::kSizeSmall4}) {
        const QString suffix = QString::number(int(size * 10));
        const QString lines = QStringLiteral("<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>");
        s += paragraphStyle(QStringLiteral("nbCellC") + suffix, QStringLiteral("nb Cell Centre ") + suffix, QStringLiteral("Normal"),
                            QStringLiteral("<w:ind w:firstLine=\"0\"/><w:jc w:val=\"center\"/>") + lines, fang, size);
        s += paragraphStyle(QStringLiteral("nbCellL") + suffix, QStringLiteral("nb Cell Left ") + suffix, QStringLiteral("Normal"),
                            QStringLiteral("<w:ind w:firstLine=\"0\"/><w:jc w:val=\"left\"/>") + lines, fang, size);
    }
    const QString thick = QString::number(qRound(page::kThickRule * 8));
    const QString thin = QString::number(qRound(page::kThinRule * 8));
    s += paragraphStyle(QStringLiteral("nbCopyTo"), QStringLiteral("nb Copy To"), QStringLiteral("Normal"),
                        QStringLiteral("<w:pBdr><w:top w:val=\"single\" w:sz=\"%1\" w:space=\"1\" w:color=\"000000\"/>"
                                       "<w:bottom w:val=\"single\" w:sz=\"%2\" w:space=\"1\" w:color=\"000000\"/></w:pBdr>"
                                       "<w:spacing w:before=\"%3\" w:after=\"0\"/><w:ind w:left=\"%4\" w:right=\"%4\" w:firstLine=\"0\"/>")
                            .arg(thick, thin).arg(twips(page::kLinePitch)).arg(twips(page::kSize4)),
                        fang, page::kSize4);
    s += paragraphStyle(QStringLiteral("nbIssuedBy"), QStringLiteral("nb Issued By"), QStringLiteral("Normal"),
                        QStringLiteral("<w:pBdr><w:bottom w:val=\"single\" w:sz=\"%1\" w:space=\"1\" w:color=\"000000\"/></w:pBdr>"
                                       "<w:tabs><w:tab w:val=\"right\" w:pos=\"%2\"/></w:tabs><w:ind w:left=\"%3\" w:firstLine=\"0\"/>")
                            .arg(thick).arg(twips(page::kBlockWidth - 2 * page::kSize4)).arg(twips(page::kSize4)),
                        fang, page::kSize4);
    s += QStringLiteral("<w:style w:type=\"character\" w:customStyle=\"1\" w:styleId=\"nbHeiTi\"><w:name w:val=\"nb HeiTi\"/>%1</w:style>")
             .arg(QStringLiteral("<w:rPr>%1</w:rPr>").arg(runFonts(fonts.value(FontRole::HeiTi))));
    s += QStringLiteral("<w:style w:type=\"character\" w:customStyle=\"1\" w:styleId=\"nbKaiTi\"><w:name w:val=\"nb KaiTi\"/>%1</w:style>")
             .arg(QStringLiteral("<w:rPr>%1</w:rPr>").arg(runFonts(fonts.value(FontRole::KaiTi))));
    s += QStringLiteral("<w:style w:type=\"table\" w:customStyle=\"1\" w:styleId=\"nbTable\"><w:name w:val=\"nb Table\"/><w:tblPr>"
                        "<w:tblBorders><w:top w:val=\"single\" w:sz=\"4\" w:color=\"000000\"/><w:left w:val=\"single\" w:sz=\"4\" w:color=\"000000\"/>"
                        "<w:bottom w:val=\"single\" w:sz=\"4\" w:color=\"000000\"/><w:right w:val=\"single\" w:sz=\"4\" w:color=\"000000\"/>"
                        "<w:insideH w:val=\"single\" w:sz=\"4\" w:color=\"000000\"/><w:insideV w:val=\"single\" w:sz=\"4\" w:color=\"000000\"/>"
                        "</w:tblBorders><w:tblCellMar><w:top w:w=\"%1\" w:type=\"dxa\"/><w:left w:w=\"%2\" w:type=\"dxa\"/>"
                        "<w:bottom w:w=\"%1\" w:type=\"dxa\"/><w:right w:w=\"%2\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>")
             .arg(twips(page::kCellPaddingY)).arg(twips(page::kCellPaddingX));
    s += QStringLiteral("</w:styles>");
    return withHeader(s);
}

QByteArray fontTableXml(const QHash<FontRole, QString> &fonts)
{
    // Each face names the free font that stands in for it here as its alternative, as the ODT's font list does.
    QString s = QStringLiteral("<w:fonts xmlns:w=\"%1\">").arg(QLatin1String(kW));
    for (FontRole role : FontSet::roles()) {
        const QString name = fonts.value(role);
        const QStringList alternatives = FontSet::officeFamilies(role) + FontSet::freeFamilies(role);
        QString alt;
        for (const QString &a : alternatives)
            if (a != name) {
                alt = a;
                break;
            }
        s += QStringLiteral("<w:font w:name=\"%1\">").arg(name.toHtmlEscaped());
        if (!alt.isEmpty()) s += QStringLiteral("<w:altName w:val=\"%1\"/>").arg(alt.toHtmlEscaped());
        s += QStringLiteral("<w:charset w:val=\"86\"/><w:family w:val=\"auto\"/></w:font>");
    }
    return withHeader(s + QStringLiteral("</w:fonts>"));
}

QByteArray footerXml(bool oddPage, const QHash<FontRole, QString> &fonts)
{
    // "— n —" in 4号 宋体, one character in from the text block's outer edge: right on odd pages, left on even.
    const QString run = runProperties(fonts.value(FontRole::SongTi), page::kSize4);
    const QString indent = oddPage ? QStringLiteral("<w:ind w:right=\"%1\" w:firstLine=\"0\"/><w:jc w:val=\"right\"/>")
                                   : QStringLiteral("<w:ind w:left=\"%1\" w:firstLine=\"0\"/><w:jc w:val=\"left\"/>");
    return withHeader(QStringLiteral("<w:ftr xmlns:w=\"%1\"><w:p><w:pPr>%2<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" "
                                     "w:lineRule=\"auto\"/></w:pPr><w:r>%3<w:t xml:space=\"preserve\">— </w:t></w:r>"
                                     "<w:fldSimple w:instr=\" PAGE \"><w:r>%3<w:t>1</w:t></w:r></w:fldSimple>"
                                     "<w:r>%3<w:t xml:space=\"preserve\"> —</w:t></w:r></w:p></w:ftr>")
                          .arg(QLatin1String(kW), indent.arg(twips(page::kSize4)), run));
}

QByteArray corePropertiesXml(const QString &title, const QString &author)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.writeStartDocument();
    w.writeNamespace(QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties"), QStringLiteral("cp"));
    w.writeNamespace(QStringLiteral("http://purl.org/dc/elements/1.1/"), QStringLiteral("dc"));
    w.writeStartElement(QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties"), QStringLiteral("coreProperties"));
    w.writeTextElement(QStringLiteral("http://purl.org/dc/elements/1.1/"), QStringLiteral("title"), title);
    w.writeTextElement(QStringLiteral("http://purl.org/dc/elements/1.1/"), QStringLiteral("creator"), author);
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

} // namespace nianbao::docx
