#include "reportlayout.h"

#include "chartobject.h"
#include "textdocumentbuilder.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
constexpr double HeaderBand = 22; // points above the body for the running header
constexpr double FooterBand = 22;
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
    m_name = report.name;
    m_cover = report.cover;
    const QRectF full = pageRect();
    const QMarginsF margins = m_page.margins(QPageLayout::Point) * (Dpi / 72.0);
    const double header = HeaderBand * Dpi / 72.0;
    const double footer = FooterBand * Dpi / 72.0;
    m_body = QRectF(full.left() + margins.left(), full.top() + margins.top() + header,
                    full.width() - margins.left() - margins.right(),
                    full.height() - margins.top() - margins.bottom() - header - footer);
    layOut(report, false, {});
    if (m_cover && m_pages > TocAfterPages) {
        // The contents push pages back, which may change the numbers they show: lay out once
        // more only when they did.
        const QList<QPair<QString, int>> estimate = headingPages();
        layOut(report, true, estimate);
        if (const QList<QPair<QString, int>> actual = headingPages(); actual != estimate)
            layOut(report, true, actual);
    }
}

ReportLayout::~ReportLayout() = default;

QRectF ReportLayout::pageRect() const
{
    const QSizeF points = m_page.fullRect(QPageLayout::Point).size();
    return QRectF(QPointF(0, 0), points * (Dpi / 72.0));
}

void ReportLayout::layOut(const ReportDocument &report, bool withToc,
                          const QList<QPair<QString, int>> &toc)
{
    m_doc = std::make_unique<QTextDocument>();
    m_doc->documentLayout()->setPaintDevice(&m_device);
    m_charts = new ChartObject(m_painter, m_data, m_doc.get());
    m_doc->documentLayout()->registerHandler(ChartObject::Type, m_charts);
    m_doc->setPageSize(m_body.size());
    TextDocumentBuilder builder(m_doc.get(), Dpi, m_body.width(), m_painter != nullptr);
    QList<TextDocumentBuilder::TocLine> lines;
    for (const auto &[heading, page] : toc)
        lines.append({heading, page});
    builder.build(report, withToc ? lines : QList<TextDocumentBuilder::TocLine> {});
    m_headingPositions = builder.headingPositions();
    m_toc = withToc;
    m_pages = m_doc->pageCount();
}

QList<QPair<QString, int>> ReportLayout::headingPages() const
{
    QList<QPair<QString, int>> result;
    const double height = m_body.height();
    auto *layout = m_doc->documentLayout();
    for (const auto &[position, text] : m_headingPositions) {
        const QTextBlock block = m_doc->findBlock(position);
        // The first line, not the block's rectangle: a page break before a block moves its
        // lines to the next page but leaves the rectangle's top on the page before.
        double top = layout->blockBoundingRect(block).top();
        if (block.layout() && block.layout()->lineCount() > 0)
            top = block.layout()->position().y() + block.layout()->lineAt(0).y();
        // Without contents yet, one page of contents will follow the cover.
        const int shift = m_toc ? 0 : 1;
        result.append({text, int(top / height) + 1 + shift});
    }
    return result;
}

void ReportLayout::paintPage(QPainter *painter, int index) const
{
    if (index < 0 || index >= m_pages)
        return;
    painter->save();
    const double height = m_body.height();
    painter->translate(m_body.left(), m_body.top() - index * height);
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.clip = QRectF(0, index * height, m_body.width(), height);
    ctx.palette.setColor(QPalette::Text, Qt::black);
    ctx.palette.setColor(QPalette::Link, QColor(0x1a, 0x4f, 0x9c));
    painter->setClipRect(ctx.clip);
    m_doc->documentLayout()->draw(painter, ctx);
    painter->restore();

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

int ReportLayout::countPages(const ReportDocument &report, const QPageLayout &page)
{
    return ReportLayout(report, page, nullptr, nullptr).pageCount();
}
