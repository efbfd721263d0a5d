// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/organname.h"

#include <QRegularExpression>
#include <QStringList>

namespace nianbao::import {

namespace {

constexpr int kMaxNameLength = 40;

// The endings of organ names in published reports (the kinds of organs that publish them), longest first
// where one ends another. A bare place (县, 市 …) names that place's government.
const QStringList &organEndings()
{
    static const QStringList endings{
        QStringLiteral("政府"), QStringLiteral("办公厅"), QStringLiteral("办公室"), QStringLiteral("委员会"),
        QStringLiteral("办事处"), QStringLiteral("管理委员会"), QStringLiteral("管委会"), QStringLiteral("局"),
        QStringLiteral("厅"), QStringLiteral("委"), QStringLiteral("办"), QStringLiteral("院"), QStringLiteral("署"),
        QStringLiteral("部"), QStringLiteral("中心"), QStringLiteral("所"), QStringLiteral("站"), QStringLiteral("队"),
        QStringLiteral("处"), QStringLiteral("会"), QStringLiteral("馆"), QStringLiteral("社"), QStringLiteral("行"),
        QStringLiteral("公司"), QStringLiteral("集团"), QStringLiteral("支队"), QStringLiteral("大队"),
        QStringLiteral("分局"), QStringLiteral("监狱"), QStringLiteral("学校"), QStringLiteral("大学"),
        QStringLiteral("医院"),
        // places
        QStringLiteral("省"), QStringLiteral("市"), QStringLiteral("县"), QStringLiteral("区"), QStringLiteral("旗"),
        QStringLiteral("州"), QStringLiteral("盟"), QStringLiteral("乡"), QStringLiteral("镇"), QStringLiteral("街道"),
        QStringLiteral("苏木"), QStringLiteral("嘎查"), QStringLiteral("村"), QStringLiteral("社区")};
    return endings;
}

} // namespace

bool OrganName::isName(const QString &text)
{
    const QString name = text.trimmed();
    if (name.size() < 2 || name.size() > kMaxNameLength) return false;
    // Sentence punctuation, quotation of a law or a verb of the preamble: a fragment of a sentence.
    static const QRegularExpression sentence(QStringLiteral("[，。；：！？、,;:!?《》]|根据|按照|依据|编制|发布|现将|条例"));
    if (sentence.match(name).hasMatch()) return false;
    for (const QString &end : organEndings())
        if (name.endsWith(end)) return true;
    return false;
}

} // namespace nianbao::import
