#pragma once

#include "reportdocument.h"

#include <QList>
#include <QString>

class QTextCursor;
class QTextDocument;

// Writes a ReportDocument into a QTextDocument laid out for printing: every text goes in as
// plain text through QTextCursor (never as HTML), links as anchors, charts as ChartObject
// placeholders, images at 300 dpi or finer. The document's units are device pixels at DPI.
class TextDocumentBuilder
{
public:
    struct TocLine
    {
        QString heading;
        int page = 0; // 1-based
    };

    // CHARTS false: chart blocks are left out (nobody can draw them).
    TextDocumentBuilder(QTextDocument *doc, int dpi, double bodyWidth, bool charts);

    // Fills the (empty) document with REPORT.
    void build(const ReportDocument &report);
    // Fills the (empty) document with REPORT's table of contents: a page of its own.
    void buildContents(const ReportDocument &report, const QList<TocLine> &lines);
    // Positions of the section headings, in document order, for the table of contents.
    const QList<QPair<int, QString>> &headingPositions() const { return m_headings; }

private:
    // Lengths in formats (margins, padding, borders, image sizes) are in pixels at 96 dpi:
    // the layout scales them to the device. Object sizes and the page are in device pixels.
    static double pt(double points) { return points * 96.0 / 72.0; }
    double devicePt(double points) const { return points * m_dpi / 72.0; }
    void setUp(const ReportDocument &report);
    void keepWithNext(QTextCursor &c);
    void blocks(QTextCursor &c, const QList<ReportBlock> &list);
    void heading(QTextCursor &c, const QString &text, int level, bool pageBreak);
    void paragraph(QTextCursor &c, const QString &text, double size = 0, bool italic = false);
    void block(QTextCursor &c, const ReportBlock &b);
    void entry(QTextCursor &c, const ReportEntry &e);
    void link(QTextCursor &c, const QString &text, const QString &url);
    void table(QTextCursor &c, const QStringList &header, const QList<QStringList> &rows);
    void toc(QTextCursor &c, const QList<TocLine> &lines);
    void newBlock(QTextCursor &c, double spaceBefore = 0, double spaceAfter = 0);

    QTextDocument *m_doc;
    int m_dpi;
    double m_width;
    double m_base = 10; // body text size in points
    bool m_first = true;
    bool m_compact = false;
    bool m_charts = true;
    int m_images = 0;
    QList<QPair<int, QString>> m_headings;
};
