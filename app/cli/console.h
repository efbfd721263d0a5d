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

// Prints "nianbao: message" on stderr and returns the exit status.
inline int fail(const QString &message, int status = 2)
{
    err() << "nianbao: " << message << '\n';
    err().flush();
    return status;
}

} // namespace nianbao::cli
