// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a file that failed to open as a report is, so the editor can offer the right way on: a missing or
// unreadable file may come back (a share not mounted, a permission), a file that is not JSON at all may be a
// published report's text (to import), and a report cut short or garbled is damaged (its recovery copy or
// .bak may help). Reads regular files only, and at most the report size limit.

#include <QString>

namespace nianbao {

class FileGuess
{
public:
    enum class Kind {
        Missing,    // not there (the folder or share may be unavailable just now)
        Unreadable, // there, but not readable (permissions), or not a regular file
        NotJson,    // not a report file at all: text or anything else
        Damaged,    // begins as a report file (JSON) but is cut short or garbled
        Report,     // well-formed JSON: what is wrong is its content or version
    };
    static Kind classify(const QString &path);
};

} // namespace nianbao
