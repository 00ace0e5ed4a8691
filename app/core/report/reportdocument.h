#pragma once

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

// A report as plain content, before any format: sections of entries, each entry a few blocks.
// All text in it is the user's or the app's plain text; each writer escapes it for its format
// (HTML, Markdown, QTextDocument), so no text here is ever markup.
struct ReportBlock
{
    enum class Kind {
        Paragraph, // TEXT
        Bullets, // LINES
        Fields, // ROWS of (label, value)
        Table, // HEADER and ROWS
        Link, // TEXT shown, URL target
        Chart, // CHART id, drawn by the ReportChartPainter; TEXT is its caption
        Image, // IMAGE, printed at 300 dpi or finer; TEXT is its caption
    };

    Kind kind = Kind::Paragraph;
    QString text;
    QString url;
    QStringList lines;
    QStringList header;
    QList<QStringList> rows;
    QString chart;
    QImage image;
    QByteArray imageFile; // the file IMAGE was decoded from, when there is one

    static ReportBlock paragraph(const QString &text)
    {
        ReportBlock b;
        b.text = text;
        return b;
    }
    static ReportBlock bullets(const QStringList &lines)
    {
        ReportBlock b;
        b.kind = Kind::Bullets;
        b.lines = lines;
        return b;
    }
    static ReportBlock link(const QString &text, const QString &url)
    {
        ReportBlock b;
        b.kind = Kind::Link;
        b.text = text;
        b.url = url;
        return b;
    }
};

// One project, job, certification, skill ... Entries are what relevance orders and what a
// resume drops when it does not fit.
struct ReportEntry
{
    QString title;
    QString subtitle; // e.g. position, issuer
    QString dates;
    QString url; // the title links here when set
    QList<ReportBlock> blocks;
    double relevance = 0; // to the target role: higher is more relevant
};

struct ReportSection
{
    QString key; // stable: "summary", "skills", "projects" ... (choices, tests)
    QString heading;
    QList<ReportBlock> intro; // before the entries; never dropped
    QList<ReportEntry> entries;
    // Entries written as one comma-separated line ("Python, PyTorch, SQL"), e.g. skills.
    bool inlineEntries = false;
    bool startsPage = false; // portfolio: a project section on a fresh page
};

struct ReportDocument
{
    QString title; // PDF title, running header
    QString author;
    QString subject;
    QString creator;
    QString language; // BCP 47, for the HTML lang attribute
    // Cover / resume header: the person's name, headline and contact line.
    QString name;
    QString headline;
    QStringList contact;
    QList<ReportBlock> contactLinks; // Link blocks
    QList<ReportSection> sections;
    QString omitted; // "Left out to fit two pages: ..." (resume), empty when nothing was
    bool cover = false; // portfolio: the profile on a page of its own
    bool compact = false; // resume: tighter type
};
