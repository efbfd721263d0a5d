// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Output streams and messages shared by the command-line verbs.

#include <QCoreApplication>
#include <QTextStream>

namespace nianbao::cli {

inline QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

inline QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

// The command line's own messages (context "nianbao::cli"): Cli::tr("…") is what lupdate extracts;
// plural forms take the count as the third argument, Cli::tr("%n error(s)", nullptr, n).
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::cli)
};

// The message with every control character but line breaks and tabs shown as \xNN: a file name or a file's
// contents must not drive the terminal (escape sequences) or rewrite the line (carriage return).
inline QString printable(const QString &message)
{
    QString shown;
    shown.reserve(message.size());
    for (const QChar c : message) {
        const char16_t u = c.unicode();
        const bool control = (u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7f && u <= 0x9f);
        if (control) shown += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        else shown += c;
    }
    return shown;
}

// Prints "nianbao: message" on stderr and returns the exit status.
inline int fail(const QString &message, int status = 2)
{
    err() << "nianbao: " << printable(message) << '\n';
    err().flush();
    return status;
}

} // namespace nianbao::cli
