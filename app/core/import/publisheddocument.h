// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the readers of published files (Word, web page, PDF) make of a file before the importer reads it: the
// paragraphs and the tables of the file, in reading order. A table keeps its grid (rows, cells, spans), so a
// cell of the file is a cell here and never a guess from spaces. Pages are known for PDFs only.

#include <QList>
#include <QString>
#include <vector>

namespace nianbao::import {

struct DocumentBlock;

struct BlockCell {
    QString text;       // the cell's paragraphs, joined by spaces
    int rowSpan = 1;
    int colSpan = 1;
    std::vector<DocumentBlock> content; // while reading: the cell's own blocks (a nested table makes a layout table)
};

struct BlockRow {
    QList<BlockCell> cells;
    int page = 0;       // 1-based page of a PDF, 0 when the file has no pages
};

struct DocumentBlock {
    enum class Kind { Paragraph, Table };
    Kind kind = Kind::Paragraph;
    QString text;       // a paragraph
    QList<BlockRow> rows; // a table
    int page = 0;
};

struct PublishedDocument {
    std::vector<DocumentBlock> blocks;
    QString error;      // when the file cannot be read: why (without the file name)
    bool ok() const { return error.isEmpty(); }
};

// The readers build tables cell by cell, each cell's content as blocks. A table with a table in one of its
// cells only lays out a page (common in saved web pages and some Word files): its cells' blocks take its place.
// Otherwise each cell's text is its paragraphs joined.
void appendTable(std::vector<DocumentBlock> &out, DocumentBlock table);

// The text of a list of blocks, paragraphs joined by spaces (a cell's text).
QString joinedText(const std::vector<DocumentBlock> &blocks);

} // namespace nianbao::import
