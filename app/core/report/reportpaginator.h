#pragma once

#include <QList>

class QTextBlock;
class QTextDocument;
class QTextTable;

// Cuts a QTextDocument that was laid out as one long page into pages of a given height, with
// the rules a typesetter keeps and QTextDocument does not:
// - a block marked "keep with next" (a heading, an entry's title, an image or chart before its
//   caption, a label before its list or table) stays on the page of what follows it;
// - a paragraph of up to three lines is never split; a longer one leaves at least two lines on
//   each page (no orphans, no widows);
// - a table breaks only between rows, never leaves its header with fewer than two rows below
//   it or a last row alone, and repeats its header row on the pages it continues on;
// - a block marked "break before" starts a page.
// One layout and one linear pass: nothing is laid out again to find the breaks.
class ReportPaginator
{
public:
    struct Page
    {
        double start = 0; // the page's first line (or row), in document coordinates
        double end = 0; // just below its last line (or row)
        int repeatHeaderOf = -1; // index into tables(): the header row painted on top
        bool startsAtRow = false; // the page begins at a table row: the clip takes its border
        bool endsAtRow = false; // the page ends at a table row: the clip takes its border
    };
    struct Table
    {
        double top = 0; // the table's top edge (its border)
        double headerBottom = 0; // where the header row ends and the first row begins
    };

    // Block properties the TextDocumentBuilder sets (QTextBlockFormat user properties).
    enum Property { KeepWithNext = 0x100000 + 40, BreakBefore };

    // DOC must be laid out already, on one page taller than its content.
    ReportPaginator(const QTextDocument *doc, double pageHeight);

    const QList<Page> &pages() const { return m_pages; }
    const QList<Table> &tables() const { return m_tables; }
    // The 0-based page that shows the first line of the block at POSITION.
    int pageOf(int position) const;

    // A line of a block or a row of a table, the pieces pages are made of.
    struct Unit
    {
        double top = 0;
        double bottom = 0;
        bool glue = false; // never break between this unit and the next
        bool breakBefore = false;
        int table = -1; // index into tables(), for the rows of a table
        int row = -1; // the table row (0 = header)
        int blockPosition = -1; // a block's first line: the block's position; a table's header
        int page = -1; // where it went
    };
    const QList<Unit> &units() const { return m_units; }

private:
    void addBlock(const QTextBlock &block);
    void addTable(QTextTable *table);
    void paginate(double pageHeight);

    const QTextDocument *m_doc;
    QList<Unit> m_units;
    QList<Table> m_tables;
    QList<Page> m_pages;
};
