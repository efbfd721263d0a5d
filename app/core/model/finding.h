// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/quantity.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace nianbao {

enum class Severity { Error, Warning, Info };

QString severityId(Severity s); // "error" | "warning" | "info"
std::optional<Severity> severityFromId(const QString &id);

// One result of a check (spec §6, §8): the rule, every cell involved, expected/found/delta where the rule
// compares numbers, and a message a clerk understands.
struct Finding {
    QString rule;
    Severity severity = Severity::Warning;
    QStringList cells;
    std::optional<qint64> expected; // counts, or money in 分
    std::optional<qint64> found;
    std::optional<qint64> delta;    // found − expected
    bool money = false;             // expected/found/delta are amounts in 分
    MoneyUnit unit = MoneyUnit::None; // money: the unit to show them in
    QString section;                // section key the finding belongs to, when it is about prose or a section
    QString message;
    // For the editor, not part of `check --json`:
    bool blankCell = false;         // the finding only says that its cell is not filled in (grouped per table)
    qsizetype textStart = -1;       // the sentence of the section's prose the finding is about, if any
    qsizetype textLength = 0;

    QJsonObject toJson() const;     // the object of `nianbao check --json` (spec §8)
    bool operator==(const Finding &o) const;
};

struct FindingCounts {
    int errors = 0;
    int warnings = 0;
    int infos = 0;
};
FindingCounts countFindings(const QList<Finding> &findings);

} // namespace nianbao
