// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/batchsummary.h"

#include "export/csvtable.h"

#include <QCoreApplication>
#include <algorithm>

namespace nianbao {

namespace {

// Messages shown to the user, in the "nianbao::BatchSummary" translation context.
class BatchSummaryText
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::BatchSummary)
};

QStringList headers()
{
    return {BatchSummaryText::tr("File"), BatchSummaryText::tr("Organ"), BatchSummaryText::tr("Year"), BatchSummaryText::tr("Format"), BatchSummaryText::tr("Errors"), BatchSummaryText::tr("Warnings"), BatchSummaryText::tr("Unconfirmed cells"), BatchSummaryText::tr("First findings")};
}

QStringList fields(const SummaryRow &r)
{
    return {r.file,
            r.organ,
            r.year > 0 ? QString::number(r.year) : QString(),
            r.format,
            r.unreadable.isEmpty() ? QString::number(r.errors) : QString(),
            r.unreadable.isEmpty() ? QString::number(r.warnings) : QString(),
            r.unreadable.isEmpty() ? QString::number(r.unconfirmed) : QString(),
            r.unreadable.isEmpty() ? r.messages.join(QStringLiteral("；")) : BatchSummaryText::tr("Could not be read: %1").arg(r.unreadable)};
}

} // namespace

QStringList firstMessages(const QList<Finding> &findings, int limit)
{
    QStringList out;
    for (const Severity s : {Severity::Error, Severity::Warning})
        for (const Finding &f : findings)
            if (f.severity == s && out.size() < limit) out << f.message;
    return out;
}

void BatchSummary::sortWorstFirst(QList<SummaryRow> &rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const SummaryRow &a, const SummaryRow &b) {
        const auto key = [](const SummaryRow &r) { return std::make_tuple(!r.unreadable.isEmpty(), r.errors, r.warnings, r.unconfirmed); };
        if (key(a) != key(b)) return key(a) > key(b);
        return a.file < b.file;
    });
}

QByteArray BatchSummary::toCsv(const QList<SummaryRow> &rows)
{
    QString out = csv::line(headers());
    for (const SummaryRow &r : rows) out += csv::line(fields(r));
    return csv::withBom(out);
}

QByteArray BatchSummary::toHtml(QList<SummaryRow> rows)
{
    sortWorstFirst(rows);
    int errors = 0, withErrors = 0, unreadable = 0;
    for (const SummaryRow &r : rows) {
        errors += r.errors;
        withErrors += r.errors > 0 ? 1 : 0;
        unreadable += r.unreadable.isEmpty() ? 0 : 1;
    }
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>%1</title>\n"
                           "<style>\nbody{font-family:sans-serif;margin:1em;}\ntable{border-collapse:collapse;width:100%;}\n"
                           "th,td{border:1px solid #999;padding:4px 6px;vertical-align:top;}\nth{background:#eee;position:sticky;top:0;}\n"
                           "td.n{text-align:right;}\ntr.error td{background:#fde8e8;}\ntr.warning td{background:#fff6dc;}\n"
                           "tr.unreadable td{background:#e8e8e8;}\n</style>\n</head>\n<body>\n<h1>%1</h1>\n")
                .arg(BatchSummaryText::tr("Check summary").toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>\n").arg(BatchSummaryText::tr("%1 reports, %2 with errors (%3 errors in all), %4 could not be read.")
                                                  .arg(rows.size()).arg(withErrors).arg(errors).arg(unreadable).toHtmlEscaped());
    html += QStringLiteral("<table>\n<thead><tr>");
    for (const QString &h : headers()) html += QStringLiteral("<th>%1</th>").arg(h.toHtmlEscaped());
    html += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const SummaryRow &r : std::as_const(rows)) {
        const QString cls = !r.unreadable.isEmpty() ? QStringLiteral("unreadable") : r.errors ? QStringLiteral("error")
                          : r.warnings ? QStringLiteral("warning") : QStringLiteral("ok");
        html += QStringLiteral("<tr class=\"%1\">").arg(cls);
        const QStringList f = fields(r);
        for (int i = 0; i < f.size(); ++i) {
            QString cell = f[i].toHtmlEscaped();
            if (i == f.size() - 1) cell.replace(QStringLiteral("；"), QStringLiteral("<br>"));
            html += QStringLiteral("<td%1>%2</td>").arg(i >= 4 && i <= 6 ? QStringLiteral(" class=\"n\"") : QString(), cell);
        }
        html += QStringLiteral("</tr>\n");
    }
    html += QStringLiteral("</tbody>\n</table>\n</body>\n</html>\n");
    return html.toUtf8();
}

} // namespace nianbao
