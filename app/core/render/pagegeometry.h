// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The page of GB/T 9704-2012 《党政机关公文格式》 (spec §7), in points (1/72 inch). One place for every
// measure the renderer, the ODT writer and the tests agree on.

namespace nianbao::page {

constexpr double kPointsPerMm = 72.0 / 25.4;
constexpr double mm(double millimetres) { return millimetres * kPointsPerMm; }

// A4 portrait.
constexpr double kPaperWidth = mm(210);
constexpr double kPaperHeight = mm(297);

// The text block (版心): 156 × 225 mm, 37 mm from the top and 28 mm from the left edge.
constexpr double kTopMargin = mm(37);
constexpr double kLeftMargin = mm(28);
constexpr double kBlockWidth = mm(156);
constexpr double kBlockHeight = mm(225);
constexpr double kRightMargin = kPaperWidth - kLeftMargin - kBlockWidth;   // 26 mm
constexpr double kBottomMargin = kPaperHeight - kTopMargin - kBlockHeight; // 35 mm

// Body: 3号 (16 pt), 22 lines of 28 characters.
constexpr int kLinesPerPage = 22;
constexpr int kCharsPerLine = 28;
constexpr double kLinePitch = kBlockHeight / kLinesPerPage;  // 28.99 pt
constexpr double kCharPitch = kBlockWidth / kCharsPerLine;   // 15.79 pt

// Type sizes (字号).
constexpr double kSize2 = 22;    // 2号: title
constexpr double kSize3 = 16;    // 3号: body, headings, signature
constexpr double kSize4 = 14;    // 4号: page numbers, 版记
constexpr double kSizeSmall4 = 12;  // 小4号: narrow tables
constexpr double kSize5 = 10.5;  // 5号: wide tables (section 三 and 四)

// Page number: its top 7 mm below the text block, one 4号 character in from the block's edge.
constexpr double kPageNumberGap = mm(7);

// 版记 rules: the first and last thick, the ones between thin (GB/T 9704 7.4.1).
constexpr double kThickRule = mm(0.35);
constexpr double kThinRule = mm(0.25);

// Table rules and padding inside a cell.
constexpr double kTableRule = 0.5;
constexpr double kCellPaddingX = 2.5;
constexpr double kCellPaddingY = 2.0;

} // namespace nianbao::page
