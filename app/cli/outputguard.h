// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where a verb writes (-o, --summary): never over one of the files it reads, and never over an existing report
// by accident. One rule for every verb that writes, so that none can forget it.

#include <QString>
#include <QStringList>

namespace nianbao::cli {

// Whether the two names lead to the same file (same device and inode; links, "./" and hard links included).
bool sameFile(const QString &a, const QString &b);

// Empty when `output` is none of `inputs`; otherwise the message. Always refused, --force or not: the input
// would be gone before it was read in full (import s.txt -o s.txt overwrote the published source).
QString outputIsAnInput(const QString &output, const QStringList &inputs);

// Empty when `output` may be written; otherwise the message. A verb that makes a new report (new, import) does
// not replace an existing file unless --force is given; then the previous version is kept as .bak.
QString outputExists(const QString &output, bool force);

} // namespace nianbao::cli
