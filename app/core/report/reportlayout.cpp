#include "reportlayout.h"

#include "chartobject.h"
#include "reportimageobject.h"
#include "reportpaginator.h"
#include "textdocumentbuilder.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
constexpr double HeaderBand = 22; // points above the body for the running header
constexpr double FooterBand = 22;
constexpr double BorderSlack = 0.6; // points: half a table border's line, and some
// Taller than any report (in device pixels at Dpi: about 700 A4 pages), within the
// layout's fixed-point range.
constexpr double FlowHeight = 1.0e7;
} // namespace

ReportLayout::ReportLayout(const ReportDocument &report, const QPageLayout &page,
                           const ReportData *data, const ReportChartPainter *painter)
    : m_page(page)
    , m_data(data)
    , m_painter(painter)
    , m_device(1, 1, QImage::Format_RGB32)
{
    m_device.setDotsPerMeterX(int(std::lround(Dpi / 0.0254)));
    m_device.setDotsPerMeterY(int(std::lround(Dpi / 0.0254)));
    m_title = report.title;
    m_cover = report.cover;
    const QRectF full = pageRect();
    const QMarginsF margins = m_page.margins(QPageLayout::Point) * (Dpi / 72.0);
    const double header = HeaderBand * Dpi / 72.0;
    const double footer = FooterBand * Dpi / 72.0;
    m_body = QRectF(full.left() + margins.left(), full.top() + margins.top() + header,
                    full.width() - margins.left() - margins.right(),
                    full.height() - margins.top() - margins.bottom() - header - footer);
    layOut(report);
    if (m_cover && m_pages > TocAfterPages)
        layOutContents(report);
}

ReportLayout::~ReportLayout() = default;

QRectF ReportLayout::pageRect() const
{
    const QSizeF points = m_page.fullRect(QPageLayout::Point).size();
    return QRectF(QPointF(0, 0), points * (Dpi / 72.0));
}

void ReportLayout::layOut(const ReportDocument &report)
{
    m_doc = std::make_unique<QTextDocument>();
    m_doc->documentLayout()->setPaintDevice(&m_device);
    m_charts = new ChartObject(m_painter, m_data, m_doc.get());
    m_doc->documentLayout()->registerHandler(ChartObject::Type, m_charts);
    m_doc->documentLayout()->registerHandler(QTextFormat::ImageObject,
                                             new ReportImageObject(m_doc.get()));
    // One page taller than any report: the paginator cuts it into real pages.
    m_doc->setPageSize(QSizeF(m_body.width(), FlowHeight));
    TextDocumentBuilder builder(m_doc.get(), Dpi, m_body.width(), m_painter != nullptr);
    m_doc->setUndoRedoEnabled(false);
    // One edit, laid out once at its end rather than after every insertion.
    QTextCursor edit(m_doc.get());
    edit.beginEditBlock();
    builder.build(report);
    // Each paragraph keeps its shaped glyphs after layout: without them QTextLine::draw shapes
    // every line again when the pages are painted (4% of a PDF export in the profile).
    for (QTextBlock block = m_doc->begin(); block.isValid(); block = block.next())
        block.layout()->setCacheEnabled(true);
    edit.endEditBlock();
    m_headings = builder.headingPositions();
    m_paginator = std::make_unique<ReportPaginator>(m_doc.get(), m_body.height());
    m_pages = int(m_paginator->pages().size());
}

void ReportLayout::layOutContents(const ReportDocument &report)
{
    // The contents go on a page of their own after the cover: every later page moves one on.
    QList<TextDocumentBuilder::TocLine> lines;
    for (const auto &[position, text] : std::as_const(m_headings)) {
        const int page = m_paginator->pageOf(position);
        lines.append({text, page == 0 ? 1 : page + 2});
    }
    m_contents = std::make_unique<QTextDocument>();
    m_contents->documentLayout()->setPaintDevice(&m_device);
    m_contents->setPageSize(QSizeF(m_body.width(), FlowHeight));
    TextDocumentBuilder(m_contents.get(), Dpi, m_body.width(), false).buildContents(report, lines);
    m_toc = true;
    ++m_pages;
}

int ReportLayout::flowPage(int index) const
{
    if (!m_toc || index == 0)
        return index;
    return index == 1 ? -1 : index - 1;
}

void ReportLayout::paintBand(QPainter *painter, double from, double to, double y, bool rowTop,
                             bool rowBottom) const
{
    // A border line sits on a row cut: both pages show it.
    const double slack = BorderSlack * Dpi / 72.0;
    painter->save();
    painter->translate(m_body.left(), y - from);
    const double top = from - (rowTop ? slack : 0);
    const double bottom = to + (rowBottom ? slack : 0);
    painter->setClipRect(QRectF(-slack, top, m_body.width() + 2 * slack, bottom - top));
    QAbstractTextDocumentLayout::PaintContext ctx;
    // Lines that only touch the band's edges belong to the neighbouring page: keep them out,
    // or their text would be written into this page's PDF too.
    ctx.clip = QRectF(0, from + 1, m_body.width(), std::max(0.0, to - from - 2));
    ctx.palette.setColor(QPalette::Text, Qt::black);
    ctx.palette.setColor(QPalette::Link, QColor(0x1a, 0x4f, 0x9c));
    m_doc->documentLayout()->draw(painter, ctx);
    painter->restore();
}

void ReportLayout::paintPage(QPainter *painter, int index) const
{
    if (index < 0 || index >= m_pages)
        return;
    const int flow = flowPage(index);
    if (flow < 0) {
        painter->save();
        painter->translate(m_body.topLeft());
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = QRectF(0, 0, m_body.width(), m_body.height());
        ctx.palette.setColor(QPalette::Text, Qt::black);
        m_contents->documentLayout()->draw(painter, ctx);
        painter->restore();
    } else {
        const ReportPaginator::Page &p = m_paginator->pages().at(flow);
        double y = m_body.top();
        if (p.repeatHeaderOf >= 0) {
            const ReportPaginator::Table &t = m_paginator->tables().at(p.repeatHeaderOf);
            paintBand(painter, t.top, t.headerBottom, y, false, true);
            y += t.headerBottom - t.top;
        }
        paintBand(painter, p.start, p.end, y, p.startsAtRow, p.endsAtRow);
    }

    if (m_cover && index == 0)
        return;
    painter->save();
    // The first page opens with the name in large type: the running header starts on page 2.
    const bool header = index > 0;
    QFont font = m_doc->defaultFont();
    // In pixels: the painter may be a preview image of another resolution, scaled.
    font.setPixelSize(int(std::lround(8.0 * Dpi / 72.0)));
    painter->setFont(font);
    painter->setPen(QColor(0x55, 0x55, 0x55));
    const double gap = 8 * Dpi / 72.0;
    const QRectF headerRect(m_body.left(), m_body.top() - HeaderBand * Dpi / 72.0, m_body.width(),
                            HeaderBand * Dpi / 72.0 - gap);
    if (header)
        painter->drawText(headerRect, Qt::AlignLeft | Qt::AlignBottom | Qt::TextSingleLine,
                          m_title);
    const QRectF footer(m_body.left(), m_body.bottom() + gap, m_body.width(),
                        FooterBand * Dpi / 72.0 - gap);
    painter->drawText(
        footer, Qt::AlignRight | Qt::AlignTop | Qt::TextSingleLine,
        tr("Page %1 of %2").arg(QLocale().toString(index + 1), QLocale().toString(m_pages)));
    if (header) {
        painter->setPen(QPen(QColor(0xbb, 0xbb, 0xbb), 0.5 * Dpi / 72.0));
        painter->drawLine(QPointF(m_body.left(), headerRect.bottom() + gap / 3),
                          QPointF(m_body.right(), headerRect.bottom() + gap / 3));
    }
    painter->restore();
}

QImage ReportLayout::pageImage(int index, int width) const
{
    const QRectF page = pageRect();
    const double scale = width / page.width();
    QImage image(width, int(std::lround(page.height() * scale)), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    paintPage(&painter, index);
    return image;
}

QPicture ReportLayout::pagePicture(int index) const
{
    QPicture picture;
    QPainter painter(&picture);
    paintPage(&painter, index);
    painter.end();
    return picture;
}

void ReportLayout::drawPagePicture(QPainter *painter, const QPicture &page)
{
    painter->save();
    painter->scale(page.logicalDpiX() / double(Dpi), page.logicalDpiY() / double(Dpi));
    painter->drawPicture(QPointF(0, 0), page);
    painter->restore();
}

int ReportLayout::countPages(const ReportDocument &report, const QPageLayout &page)
{
    return ReportLayout(report, page, nullptr, nullptr).pageCount();
}
