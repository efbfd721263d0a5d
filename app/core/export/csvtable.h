// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The CSV that nianbao writes for spreadsheets (check --summary, consolidate --report): one writer, so that
// every table handed to Excel or WPS is safe in the same way.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace nianbao::csv {

// Every field quoted (a lone CR or LF inside cannot split the row), and a field that a spreadsheet would take
// for a formula (= + - @, tab or CR first: OWASP's CSV-injection list; Excel and WPS both evaluate them) is
// shown as text by a leading apostrophe.
QString field(const QString &value);
// The fields of one row, quoted, joined and ended with CRLF.
QString line(const QStringList &values);
// UTF-8 with the byte-order mark Excel needs to read it as UTF-8.
QByteArray withBom(const QString &text);

} // namespace nianbao::csv
