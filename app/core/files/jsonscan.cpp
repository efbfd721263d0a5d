// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/jsonscan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QSet>
#include <QStringDecoder>

namespace nianbao::jsonscan {

namespace {

struct Frame
{
    bool object = false;
    bool expectKey = false;
    QSet<QString> keys;
};

// A key as the parser sees it: "\u0041" and "A" are the same key.
QString decodedKey(const QByteArray &raw)
{
    if (!raw.contains('\\')) return QString::fromUtf8(raw);
    return QJsonDocument::fromJson("[\"" + raw + "\"]").array().at(0).toString();
}

bool isUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    (void)QString(decoder(bytes));
    return !decoder.hasError();
}

} // namespace

DuplicateKey firstDuplicateKey(const QByteArray &json)
{
    QList<Frame> stack;
    int line = 1;
    const qsizetype n = json.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = json[i];
        if (c == '\n') {
            ++line;
        } else if (c == '"') {
            qsizetype end = i + 1;
            while (end < n && json[end] != '"') end += json[end] == '\\' ? 2 : 1;
            if (!stack.isEmpty() && stack.last().object && stack.last().expectKey) {
                const QString key = decodedKey(json.mid(i + 1, end - i - 1));
                if (stack.last().keys.contains(key)) return {key, line};
                stack.last().keys.insert(key);
                stack.last().expectKey = false;
            }
            i = end; // strings hold no raw line breaks in valid JSON
        } else if (c == '{' || c == '[') {
            stack.append(Frame{c == '{', c == '{', {}});
        } else if (c == '}' || c == ']') {
            if (!stack.isEmpty()) stack.removeLast();
        } else if (c == ',' && !stack.isEmpty() && stack.last().object) {
            stack.last().expectKey = true;
        }
    }
    return {};
}

Encoding guessEncoding(const QByteArray &bytes)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) return Encoding::Utf16;
    const QByteArray start = bytes.left(64);
    if (start.contains(QByteArray("{\0", 2)) || start.contains(QByteArray("\0{", 2))) return Encoding::Utf16;
    if (isUtf8(bytes)) return Encoding::Utf8;
    if (bytes.trimmed().startsWith('{') && !bytes.contains('\0')) {
        QStringDecoder gb18030("GB18030", QStringDecoder::Flag::Stateless);
        if (gb18030.isValid()) {
            (void)QString(gb18030(bytes));
            if (!gb18030.hasError()) return Encoding::Gb18030;
        }
    }
    return Encoding::Unknown;
}

} // namespace nianbao::jsonscan
