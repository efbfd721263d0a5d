// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/publisheddocument.h"

namespace nianbao::import {

QString joinedText(const std::vector<DocumentBlock> &blocks)
{
    QStringList parts;
    for (const DocumentBlock &b : blocks) {
        if (b.kind == DocumentBlock::Kind::Paragraph) {
            const QString t = b.text.simplified();
            if (!t.isEmpty()) parts << t;
            continue;
        }
        for (const BlockRow &r : b.rows)
            for (const BlockCell &c : r.cells)
                if (!c.text.isEmpty()) parts << c.text;
    }
    return parts.join(QLatin1Char(' '));
}

void appendTable(std::vector<DocumentBlock> &out, DocumentBlock table)
{
    bool layout = false;
    for (const BlockRow &r : table.rows)
        for (const BlockCell &c : r.cells)
            for (const DocumentBlock &b : c.content) layout = layout || b.kind == DocumentBlock::Kind::Table;
    if (layout) {
        for (BlockRow &r : table.rows)
            for (BlockCell &c : r.cells)
                for (DocumentBlock &b : c.content) out.push_back(std::move(b));
        return;
    }
    bool any = false;
    for (BlockRow &r : table.rows)
        for (BlockCell &c : r.cells) {
            if (c.text.isEmpty()) c.text = joinedText(c.content);
            c.content.clear();
            any = any || !c.text.isEmpty();
        }
    if (any) out.push_back(std::move(table));
}

} // namespace nianbao::import
