#pragma once

#include "reportdocument.h"

#include <QByteArray>
#include <QString>

// Writes a report as CommonMark. User text is escaped so that it renders as the characters
// typed: ASCII punctuation that Markdown or inline HTML would read is backslash-escaped
// ("\<img src=x\>", "\&"), and a line that would start a list or heading is escaped too.
class MarkdownWriter
{
public:
    static QByteArray write(const ReportDocument &doc);
    static QString escape(const QString &text);
};
