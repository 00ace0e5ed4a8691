#include "textdocumentbuilder.h"

#include "chartobject.h"
#include "htmlwriter.h"
#include "reportfonts.h"
#include "reportimageobject.h"
#include "reportpaginator.h"
#include "reporttext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>
#include <QUrl>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
const QColor LinkColor(0x1a, 0x4f, 0x9c);
const QColor MutedColor(0x55, 0x55, 0x55);
} // namespace

TextDocumentBuilder::TextDocumentBuilder(QTextDocument *doc, int dpi, double bodyWidth, bool charts)
    : m_doc(doc)
    , m_dpi(dpi)
    , m_width(bodyWidth)
    , m_charts(charts)
{ }

void TextDocumentBuilder::newBlock(QTextCursor &c, double spaceBefore, double spaceAfter)
{
    QTextBlockFormat f;
    f.setTopMargin(pt(spaceBefore));
    f.setBottomMargin(pt(spaceAfter));
    if (m_first) {
        c.setBlockFormat(f);
        m_first = false;
    } else {
        c.insertBlock(f);
    }
    QTextCharFormat cf;
    cf.setFontPointSize(m_base);
    c.setCharFormat(cf);
}

void TextDocumentBuilder::heading(QTextCursor &c, const QString &text, int level, bool pageBreak)
{
    newBlock(c, level == 1 ? (m_compact ? 9 : 14) : 7, 2);
    QTextBlockFormat f = c.blockFormat();
    f.setHeadingLevel(level + 1);
    if (pageBreak)
        f.setProperty(ReportPaginator::BreakBefore, true);
    // A heading stays with what follows it: a break before is cheaper than an orphan.
    f.setNonBreakableLines(true);
    f.setProperty(ReportPaginator::KeepWithNext, true);
    c.setBlockFormat(f);
    QTextCharFormat cf;
    cf.setFontPointSize(level == 1 ? m_base * 1.45 : m_base * 1.15);
    cf.setFontWeight(QFont::Bold);
    c.insertText(text, cf);
    if (level == 1)
        m_headings.append({c.block().position(), text});
}

void TextDocumentBuilder::paragraph(QTextCursor &c, const QString &text, double size, bool italic)
{
    newBlock(c, 0, 4);
    QTextCharFormat cf;
    cf.setFontPointSize(size > 0 ? size : m_base);
    cf.setFontItalic(italic);
    if (italic)
        cf.setForeground(MutedColor);
    c.insertText(text, cf);
}

void TextDocumentBuilder::link(QTextCursor &c, const QString &text, const QString &url)
{
    const QString safe = HtmlWriter::safeUrl(url);
    QTextCharFormat cf;
    cf.setFontPointSize(c.charFormat().fontPointSize() > 0 ? c.charFormat().fontPointSize()
                                                           : m_base);
    cf.setFontWeight(c.charFormat().fontWeight());
    if (!safe.isEmpty()) {
        cf.setAnchor(true);
        cf.setAnchorHref(safe);
        cf.setForeground(LinkColor);
        cf.setFontUnderline(true);
    }
    c.insertText(text, cf);
    QTextCharFormat plain = cf;
    plain.setAnchor(false);
    plain.setAnchorHref(QString());
    plain.setFontUnderline(false);
    plain.clearForeground();
    c.setCharFormat(plain);
}

void TextDocumentBuilder::table(QTextCursor &c, const QStringList &header,
                                const QList<QStringList> &rows)
{
    // (The whole document is one edit, laid out once: a long table needs no cutting up. The
    // paginator breaks it between rows and repeats its header.)
    newBlock(c, 0, 0);
    QTextBlockFormat small = c.blockFormat();
    small.setLineHeight(1, QTextBlockFormat::FixedHeight);
    small.setProperty(ReportPaginator::KeepWithNext, true);
    c.setBlockFormat(small);
    QTextTableFormat tf;
    tf.setBorder(pt(0.5));
    tf.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    tf.setBorderBrush(QColor(0xbb, 0xbb, 0xbb));
    tf.setCellSpacing(0);
    tf.setCellPadding(pt(2.5));
    tf.setHeaderRowCount(1);
    tf.setBottomMargin(pt(6));
    tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QTextTable *t = c.insertTable(int(rows.size()) + 1, int(header.size()), tf);
    QTextCharFormat head;
    head.setFontWeight(QFont::Bold);
    head.setFontPointSize(m_base * 0.9);
    QTextCharFormat body;
    body.setFontPointSize(m_base * 0.9);
    for (int col = 0; col < header.size(); ++col) {
        QTextCursor cc = t->cellAt(0, col).firstCursorPosition();
        cc.insertText(header.at(col), head);
    }
    for (int row = 0; row < rows.size(); ++row)
        for (int col = 0; col < header.size(); ++col) {
            QTextCursor cc = t->cellAt(row + 1, col).firstCursorPosition();
            cc.insertText(rows.at(row).value(col), body);
        }
    c = t->lastCursorPosition();
    c.movePosition(QTextCursor::NextBlock);
    m_first = true; // the block after a table exists already
}

void TextDocumentBuilder::block(QTextCursor &c, const ReportBlock &b)
{
    switch (b.kind) {
    case ReportBlock::Kind::Paragraph:
        paragraph(c, b.text);
        break;
    case ReportBlock::Kind::Bullets: {
        newBlock(c, 0, 1);
        QTextListFormat lf;
        lf.setStyle(QTextListFormat::ListDisc);
        lf.setIndent(1);
        QTextList *list = c.createList(lf);
        for (qsizetype i = 0; i < b.lines.size(); ++i) {
            if (i > 0) {
                newBlock(c, 0, 1);
                list->add(c.block());
            }
            c.insertText(b.lines.at(i));
            // No item alone at a page's head or foot: the first two and the last two stay
            // together (a list of up to three items is never split).
            const qsizetype n = b.lines.size();
            if (i + 1 < n && (n <= 3 || i == 0 || i == n - 2))
                keepWithNext(c);
        }
        QTextBlockFormat f = c.blockFormat();
        f.setBottomMargin(pt(4));
        c.setBlockFormat(f);
        break;
    }
    case ReportBlock::Kind::Fields:
        for (qsizetype i = 0; i < b.rows.size(); ++i) {
            const QStringList &row = b.rows.at(i);
            newBlock(c, 0, 2.5);
            // An entry's fields stay together, like a card.
            if (i + 1 < b.rows.size())
                keepWithNext(c);
            QTextCharFormat label;
            label.setFontPointSize(m_base);
            label.setFontWeight(QFont::Bold);
            c.insertText(
                QCoreApplication::translate("TextDocumentBuilder", "%1: ").arg(row.value(0)),
                label);
            QTextCharFormat value;
            value.setFontPointSize(m_base);
            c.insertText(row.value(1), value);
        }
        break;
    case ReportBlock::Kind::Table:
        table(c, b.header, b.rows);
        break;
    case ReportBlock::Kind::Link:
        newBlock(c, 0, 3);
        link(c, b.text, b.url);
        break;
    case ReportBlock::Kind::Chart: {
        if (!m_charts)
            break;
        newBlock(c, 4, 2);
        QTextBlockFormat f = c.blockFormat();
        f.setAlignment(Qt::AlignHCenter);
        f.setProperty(ReportPaginator::KeepWithNext, true); // with its caption
        c.setBlockFormat(f);
        QTextCharFormat cf;
        cf.setObjectType(ChartObject::Type);
        const double width = std::min(m_width, devicePt(430));
        cf.setProperty(ChartObject::ChartId, b.chart);
        cf.setProperty(ChartObject::Width, width);
        cf.setProperty(ChartObject::Height, width * 0.62);
        c.insertText(QString(QChar::ObjectReplacementCharacter), cf);
        paragraph(c, b.text, m_base * 0.85, true);
        QTextBlockFormat cap = c.blockFormat();
        cap.setAlignment(Qt::AlignHCenter);
        c.setBlockFormat(cap);
        break;
    }
    case ReportBlock::Kind::Image: {
        if (b.image.isNull())
            break;
        newBlock(c, 4, 2);
        keepWithNext(c); // with its caption
        const QString name = u"report-image-%1"_s.arg(++m_images);
        m_doc->addResource(QTextDocument::ImageResource, QUrl(name), b.image);
        if (!b.imageFile.isEmpty())
            m_doc->addResource(ReportImageObject::FileResource, ReportImageObject::fileUrl(name),
                               b.imageFile);
        QTextImageFormat img;
        img.setName(name);
        // Never wider than 300 dpi allows: the image keeps at least 300 pixels an inch.
        const double maxWidth = b.image.width() * 96.0 / 300.0;
        // A tall screenshot is narrowed so that it takes at most about half a page.
        const double aspect = double(b.image.height()) / std::max(1, b.image.width());
        const double tallest = m_width * 96.0 / m_dpi * 0.75;
        const double width = std::min({m_width * 96.0 / m_dpi, maxWidth, tallest / aspect});
        // QTextDocument rounds the size to whole units of 1/96 inch: round down, so that the
        // rounding never takes the image under 300 dpi.
        img.setWidth(std::max(1.0, std::floor(width)));
        img.setHeight(std::max(1.0, std::floor(width * aspect)));
        c.insertImage(img);
        paragraph(c, b.text, m_base * 0.85, true);
        break;
    }
    }
}

void TextDocumentBuilder::entry(QTextCursor &c, const ReportEntry &e)
{
    newBlock(c, m_compact ? 4 : 6, 1);
    QTextBlockFormat f = c.blockFormat();
    f.setNonBreakableLines(true);
    f.setProperty(ReportPaginator::KeepWithNext, true);
    c.setBlockFormat(f);
    QTextCharFormat title;
    title.setFontPointSize(m_base * 1.08);
    title.setFontWeight(QFont::Bold);
    c.setCharFormat(title);
    if (e.url.isEmpty())
        c.insertText(e.title, title);
    else
        link(c, e.title, e.url);
    QStringList meta;
    for (const QString &m : {e.subtitle, e.dates})
        if (!m.isEmpty())
            meta.append(m);
    if (!meta.isEmpty()) {
        paragraph(c, meta.join(u" · "_s), m_base * 0.92, true);
        keepWithNext(c);
    }
    blocks(c, e.blocks);
}

void TextDocumentBuilder::keepWithNext(QTextCursor &c)
{
    QTextBlockFormat f = c.blockFormat();
    f.setProperty(ReportPaginator::KeepWithNext, true);
    c.setBlockFormat(f);
}

void TextDocumentBuilder::blocks(QTextCursor &c, const QList<ReportBlock> &list)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        block(c, list.at(i));
        // A paragraph that introduces a list or a table ("Impact", "Readiness per format")
        // stays on the page where they start.
        const ReportBlock::Kind next
            = i + 1 < list.size() ? list.at(i + 1).kind : ReportBlock::Kind::Paragraph;
        if (list.at(i).kind == ReportBlock::Kind::Paragraph
            && (next == ReportBlock::Kind::Bullets || next == ReportBlock::Kind::Table))
            keepWithNext(c);
    }
}

void TextDocumentBuilder::toc(QTextCursor &c, const QList<TocLine> &lines)
{
    const QString contents = QCoreApplication::translate("TextDocumentBuilder", "Contents");
    heading(c, contents, 1, false);
    m_headings.removeLast(); // the contents do not list themselves
    QList<QStringList> rows;
    for (const TocLine &l : lines)
        rows.append({l.heading, QString::number(l.page)});
    newBlock(c, 2, 0);
    QTextTableFormat tf;
    tf.setBorder(0);
    tf.setCellPadding(pt(3));
    tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    tf.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 88),
                                  QTextLength(QTextLength::PercentageLength, 12)});
    QTextTable *t = c.insertTable(int(rows.size()), 2, tf);
    QTextCharFormat cf;
    cf.setFontPointSize(m_base * 1.05);
    for (int row = 0; row < rows.size(); ++row) {
        t->cellAt(row, 0).firstCursorPosition().insertText(rows.at(row).at(0), cf);
        QTextCursor pc = t->cellAt(row, 1).firstCursorPosition();
        QTextBlockFormat right;
        right.setAlignment(Qt::AlignRight);
        pc.setBlockFormat(right);
        pc.insertText(QLocale().toString(rows.at(row).at(1).toInt()), cf);
    }
    c = t->lastCursorPosition();
    c.movePosition(QTextCursor::NextBlock);
    m_first = true;
}

void TextDocumentBuilder::setUp(const ReportDocument &report)
{
    m_compact = report.compact;
    m_base = m_compact ? 9.5 : 10.0;
    // Career Workbench Sans first: Noto Sans without the hinting that Qt runs for every glyph
    // it embeds in a PDF (issue #12); the system's fonts for other scripts.
    QFont font = ReportFonts::font();
    font.setPointSizeF(m_base);
    // No ligatures: "fi" must read back as f and i, for applicant-tracking systems and for
    // search. Qt 6.4 has no font-feature API; a non-zero letter spacing turns them off.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    m_doc->setDefaultFont(font);
    m_doc->setDocumentMargin(0);
    m_doc->setUseDesignMetrics(true);
    QTextOption option = m_doc->defaultTextOption();
    // Every paragraph runs in the document's language's direction, as in the HTML export:
    // user text in another script keeps its own order inside (a name in Arabic reads right to
    // left), but a line that starts with it is neither right-aligned nor reordered as a whole
    // ("العربية (Native), 中文 (Fluent)" printed as "中文 (Fluent) ,(Native) العربية").
    option.setTextDirection(ReportText::direction(report.language));
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_doc->setDefaultTextOption(option);
    m_doc->setUndoRedoEnabled(false);
    m_first = true;
}

void TextDocumentBuilder::buildContents(const ReportDocument &report, const QList<TocLine> &lines)
{
    setUp(report);
    QTextCursor c(m_doc);
    c.beginEditBlock();
    toc(c, lines);
    c.endEditBlock();
}

void TextDocumentBuilder::build(const ReportDocument &report)
{
    setUp(report);
    QTextCursor c(m_doc);
    // One edit: the layout runs once at the end, not after every insertion (a table was laid
    // out again for every cell).
    c.beginEditBlock();

    // The header: the person, the headline, the contact line.
    newBlock(c, report.cover ? 120 : 0, 2);
    QTextCharFormat name;
    name.setFontPointSize(report.cover ? m_base * 2.6 : m_base * 2.0);
    name.setFontWeight(QFont::Bold);
    c.insertText(report.name, name);
    if (!report.headline.isEmpty())
        paragraph(c, report.headline, m_base * (report.cover ? 1.4 : 1.15));
    if (!report.contact.isEmpty() || !report.contactLinks.isEmpty()) {
        newBlock(c, 2, 6);
        QTextCharFormat cf;
        cf.setFontPointSize(m_base * 0.95);
        c.insertText(report.contact.join(u" · "_s), cf);
        for (qsizetype i = 0; i < report.contactLinks.size(); ++i) {
            if (i > 0 || !report.contact.isEmpty())
                c.insertText(u" · "_s, cf);
            link(c, report.contactLinks.at(i).text, report.contactLinks.at(i).url);
        }
    }
    if (report.cover)
        paragraph(c, report.subject, m_base * 1.1, true);

    bool first = true;
    for (const ReportSection &s : report.sections) {
        // The profile section stays on the cover; every other section of a portfolio starts
        // a page when it asks to, and the first one after the cover always does.
        const bool onCover = report.cover && first && s.key == "summary"_L1;
        heading(c, s.heading, 1, report.cover && !onCover && (s.startsPage || first));
        first = false;
        blocks(c, s.intro);
        if (s.inlineEntries) {
            QStringList names;
            for (const ReportEntry &e : s.entries)
                names.append(e.title);
            if (!names.isEmpty())
                paragraph(c, names.join(u", "_s));
        } else {
            for (const ReportEntry &e : s.entries)
                entry(c, e);
        }
    }
    if (!report.omitted.isEmpty())
        paragraph(c, report.omitted, m_base * 0.85, true);
    c.endEditBlock();
}
