// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The values read for one table row (or one run of a row): one reading when certain, several when digits
// written together split more than one way.

#include "import/digitsplitter.h"

#include <QStringList>

namespace nianbao::import {

struct RowRead {
    QStringList cellIds;
    QStringList cellNames;   // as a clerk reads them (the template's cell labels)
    QList<CellSpec> specs;
    QList<Reading> readings; // one: certain (blank cells are nullopt); several: ambiguous
    QString sourceText;      // the values as written, for messages
    int line = 0;            // where the values stand
    QString rowName;         // section, caption and row label, for messages
};

} // namespace nianbao::import
