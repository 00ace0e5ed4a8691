#include "reportpaginator.h"

#include <QAbstractTextDocumentLayout>
#include <QDebug>
#include <QPaintDevice>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>

ReportPaginator::ReportPaginator(const QTextDocument *doc, double pageHeight)
    : m_doc(doc)
{
    QTextFrame *root = doc->rootFrame();
    for (QTextFrame::iterator it = root->begin(); !it.atEnd(); ++it) {
        if (auto *table = qobject_cast<QTextTable *>(it.currentFrame()))
            addTable(table);
        else if (!it.currentFrame())
            addBlock(it.currentBlock());
    }
    paginate(pageHeight);
}

void ReportPaginator::addBlock(const QTextBlock &block)
{
    const QTextLayout *layout = block.layout();
    if (!layout || layout->lineCount() == 0)
        return;
    const QRectF rect = m_doc->documentLayout()->blockBoundingRect(block);
    const double origin = rect.top() - layout->boundingRect().top();
    const QTextBlockFormat format = block.blockFormat();
    const int lines = layout->lineCount();
    const bool whole = format.nonBreakableLines() || lines <= 3;
    for (int i = 0; i < lines; ++i) {
        const QTextLine line = layout->lineAt(i);
        Unit unit;
        unit.top = origin + line.y();
        unit.bottom = unit.top + line.height();
        if (block.length() <= 1) {
            // An empty block is a spacer (before a table, its line height fixed at almost 0)
            // or the block Qt keeps after a table, which it places inside the table's last
            // row: no height, and never above what came before.
            unit.top = m_units.isEmpty() ? unit.top : std::max(unit.top, m_units.last().bottom);
            unit.bottom = unit.top;
        }
        // At least two lines on each page: glue the first two and the last two together.
        const bool last = i == lines - 1;
        unit.glue = last ? format.boolProperty(KeepWithNext) : whole || i == 0 || i == lines - 2;
        if (i == 0) {
            unit.breakBefore = format.boolProperty(BreakBefore);
            unit.blockPosition = block.position();
        }
        m_units.append(unit);
    }
}

void ReportPaginator::addTable(QTextTable *table)
{
    const QAbstractTextDocumentLayout *layout = m_doc->documentLayout();
    const int rows = table->rows();
    if (rows == 0)
        return;
    // The rows' text, top and bottom, from the cells' first and last blocks.
    QList<double> contentTop(rows, 0), contentBottom(rows, 0);
    for (int r = 0; r < rows; ++r) {
        double top = 0, bottom = 0;
        bool any = false;
        for (int c = 0; c < table->columns(); ++c) {
            const QTextTableCell cell = table->cellAt(r, c);
            if (!cell.isValid() || cell.row() != r)
                continue;
            const QRectF first = layout->blockBoundingRect(cell.firstCursorPosition().block());
            const QRectF last = layout->blockBoundingRect(cell.lastCursorPosition().block());
            top = any ? std::min(top, first.top()) : first.top();
            bottom = any ? std::max(bottom, last.bottom()) : last.bottom();
            any = true;
        }
        contentTop[r] = top;
        contentBottom[r] = std::max(top, bottom);
    }
    // Measured on Qt 6.4: a cell's block rectangle is its text; the border between two rows
    // lies half-way between their texts; the table's outer border lies a cell padding and a
    // border width (drawn at least two device pixels wide) outside the first and last text.
    // (frameBoundingRect() starts at the first text, not at the top border.)
    const QPaintDevice *device = layout->paintDevice();
    const double scale = device ? device->logicalDpiY() / 96.0 : 1.0;
    const QTextTableFormat format = table->format();
    const double inset = (format.cellPadding() + 2 * format.border()) * scale;
    QList<double> edges {contentTop[0] - inset};
    for (int r = 1; r < rows; ++r)
        edges.append((contentBottom[r - 1] + contentTop[r]) / 2);
    edges.append(contentBottom[rows - 1] + inset);

    if (qEnvironmentVariableIsSet("CW_DEBUG_PAGES"))
        qWarning() << "table" << rows << contentTop << contentBottom << edges;
    const int index = int(m_tables.size());
    m_tables.append({edges[0], edges[1]});
    const int body = rows - 1;
    for (int r = 0; r < rows; ++r) {
        Unit unit;
        unit.top = edges[r];
        unit.bottom = edges[r + 1];
        unit.table = index;
        unit.row = r;
        if (r == 0)
            unit.blockPosition = table->firstPosition();
        if (r < rows - 1) {
            // A table of up to ten rows stays whole; a longer one keeps three rows under its
            // header and never leaves fewer than three rows for the last page.
            unit.glue = body <= 10 || r <= 2 || r >= rows - 3;
        }
        m_units.append(unit);
    }
}

void ReportPaginator::paginate(double pageHeight)
{
    m_pages.clear();
    const qsizetype n = m_units.size();
    Page page;
    double header = 0; // the repeated header's height on the open page
    qsizetype first = 0; // the open page's first unit
    const auto open = [&](qsizetype u) {
        page = Page {};
        // The first page starts at the document's top (the space above a cover's name).
        page.start = m_pages.isEmpty() ? 0 : m_units[u].top;
        const Unit &unit = m_units[u];
        if (!m_pages.isEmpty() && unit.table >= 0 && unit.row > 0) {
            page.repeatHeaderOf = unit.table;
            page.startsAtRow = true;
        }
        header = page.repeatHeaderOf >= 0
            ? m_tables[unit.table].headerBottom - m_tables[unit.table].top
            : 0;
        first = u;
    };
    const auto close = [&](qsizetype last) {
        page.end = m_units[last].bottom;
        page.endsAtRow = m_units[last].table >= 0;
        m_pages.append(page);
    };
    const auto place = [&](qsizetype u) {
        m_units[u].page = int(m_pages.size());
    };
    const auto fits = [&](qsizetype u) {
        return m_units[u].bottom - page.start + header <= pageHeight;
    };
    if (n == 0)
        return;
    open(0);
    qsizetype i = 0;
    while (i < n) {
        // The chain i..j has no allowed break inside it.
        qsizetype j = i;
        while (j + 1 < n && m_units[j].glue && !m_units[j + 1].breakBefore)
            ++j;
        if (i > first && (m_units[i].breakBefore || !fits(j))) {
            close(i - 1);
            open(i);
        }
        // A chain taller than a page breaks where it must.
        for (qsizetype k = i; k <= j; ++k) {
            if (k > first && !fits(k)) {
                close(k - 1);
                open(k);
            }
            place(k);
        }
        i = j + 1;
    }
    close(n - 1);
}

int ReportPaginator::pageOf(int position) const
{
    for (const Unit &unit : m_units)
        if (unit.blockPosition == position)
            return unit.page;
    return 0;
}
