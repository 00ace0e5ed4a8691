#pragma once

#include "reportdocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Writes a report as a standalone HTML5 page (UTF-8, inline style, no script, no remote
// resource). All text is escaped (toHtmlEscaped); links are kept only for http, https and
// mailto. Charts are written as their caption; the tables beside them carry the figures.
class HtmlWriter
{
    Q_DECLARE_TR_FUNCTIONS(HtmlWriter)
public:
    static QByteArray write(const ReportDocument &doc);
    // URL when it is safe to link (http, https, mailto), else empty.
    static QString safeUrl(const QString &url);
};
