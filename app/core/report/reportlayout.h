#pragma once

#include "reportdata.h"
#include "reportdocument.h"

#include <QCoreApplication>
#include <QImage>
#include <QPageLayout>
#include <QPicture>

#include <memory>

class QPainter;
class QTextDocument;
class ReportChartPainter;
class ChartObject;
class ReportPaginator;

// A report laid out on pages: the QTextDocument at DPI, laid out once as one long page and cut
// into pages of the page layout's body by the ReportPaginator (no orphans or widows, headings
// and captions kept with what they belong to, table headers repeated), with a running header
// (title) and footer (page N of M) on every page but the cover, and a table of contents after
// the cover when the document runs past three pages (a page of its own, so the contents never
// cause a second layout).
// The same object paints PDF pages, printer pages and preview images, so the preview shows
// the real pages.
class ReportLayout
{
    Q_DECLARE_TR_FUNCTIONS(ReportLayout)
public:
    static constexpr int Dpi = 1200;
    static constexpr int TocAfterPages = 3;

    // DATA and PAINTER must outlive the layout (charts are drawn from them at paint time).
    ReportLayout(const ReportDocument &report, const QPageLayout &page, const ReportData *data,
                 const ReportChartPainter *painter);
    ~ReportLayout();

    int pageCount() const { return m_pages; }
    bool hasToc() const { return m_toc; }
    const QPageLayout &pageLayout() const { return m_page; }
    // The full page in device pixels at DPI.
    QRectF pageRect() const;
    // Paints page INDEX (0-based) with PAINTER's origin at the page's top-left corner, in
    // device pixels at DPI (scale the painter for other devices).
    void paintPage(QPainter *painter, int index) const;
    // A page as an image WIDTH pixels wide, white background (preview, tests).
    QImage pageImage(int index, int width) const;
    // A page recorded as a picture in device pixels at DPI: it can be replayed on any thread
    // (the layout itself cannot leave the thread that made it: its text holds that thread's
    // font engines). Print... records on a worker and prints on the GUI thread.
    QPicture pagePicture(int index) const;
    // Draws PAGE (from pagePicture()) with PAINTER at its device's resolution, a page pixel
    // at Dpi becoming logicalDpi / Dpi device pixels. QPicture plays itself back scaled by the
    // device's DPI against its own (96): on a printer at 1200 dpi a plain drawPicture() showed
    // the top left twelfth of the page, blank margin.
    static void drawPagePicture(QPainter *painter, const QPicture &page);
    QTextDocument *document() const { return m_doc.get(); }
    // How the document was cut into pages (without the contents page).
    const ReportPaginator &paginator() const { return *m_paginator; }

    // Pages REPORT takes on PAGE, without charts being drawn (the resume fitting loop).
    static int countPages(const ReportDocument &report, const QPageLayout &page);

private:
    void layOut(const ReportDocument &report);
    void layOutContents(const ReportDocument &report);
    // Paints the document's band FROM..TO at Y on the page (device pixels); ROWS widens the clip
    // by a border's width at a table-row cut.
    void paintBand(QPainter *painter, double from, double to, double y, bool rowTop,
                   bool rowBottom) const;
    int flowPage(int index) const; // the document page that page INDEX shows, -1 contents

    QPageLayout m_page;
    const ReportData *m_data;
    const ReportChartPainter *m_painter;
    std::unique_ptr<QTextDocument> m_doc;
    std::unique_ptr<QTextDocument> m_contents; // the table of contents, when there is one
    std::unique_ptr<ReportPaginator> m_paginator;
    ChartObject *m_charts = nullptr;
    QImage m_device; // the layout's paint device: 1x1 at DPI
    QRectF m_body; // in page coordinates (device pixels)
    QList<QPair<int, QString>> m_headings; // (block position, text) of the section headings
    QString m_title;
    bool m_cover = false;
    bool m_toc = false;
    int m_pages = 0;
};
