// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Whether a stretch of a title is the name of an organ: names end in the word for a kind of organ (政府, 局,
// 委员会, 办公室, 街道办事处, 镇 …). A fragment of the preamble ("根据…条例…编制") is no name.

#include <QString>

namespace nianbao::import {

class OrganName
{
public:
    static bool isName(const QString &text);
};

} // namespace nianbao::import
