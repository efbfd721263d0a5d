// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What QJsonDocument does not say about a report file's bytes: a key written twice in one object (it keeps
// the last silently), and the encoding of a file that is not UTF-8 (it only says "not valid JSON").

#include <QByteArray>
#include <QString>

namespace nianbao::jsonscan {

struct DuplicateKey
{
    QString key;  // empty: none
    int line = 0; // of the second occurrence
};

// The first key that appears twice in the same object of a document QJsonDocument has accepted.
DuplicateKey firstDuplicateKey(const QByteArray &json);

enum class Encoding { Utf8, Utf16, Gb18030, Unknown };
// A guess, only for the message about a file that failed to parse: UTF-16 by its byte-order mark or the zero
// bytes of "{", GBK/GB18030 when it is JSON-shaped text that is not UTF-8 but decodes as GB18030.
Encoding guessEncoding(const QByteArray &bytes);

} // namespace nianbao::jsonscan
