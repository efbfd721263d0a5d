// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Old Word (.doc) and WPS (.wps) files are binary formats that nianbao does not parse itself: LibreOffice, when
// installed, converts them to .docx in a temporary folder (headless, with a time limit), and the .docx reader
// reads the result. Without LibreOffice the message says what to install or how to save the file as .docx.

#include <QByteArray>
#include <QString>
#include <optional>

namespace nianbao::import {

class OfficeConverter
{
public:
    static constexpr int kTimeLimitMs = 60000;
    // The soffice (or libreoffice) program on PATH, or empty.
    static QString program();
    // The .docx bytes of the file, or nullopt with *error saying why.
    static std::optional<QByteArray> toDocx(const QString &path, QString *error, int timeLimitMs = kTimeLimitMs);
};

} // namespace nianbao::import
