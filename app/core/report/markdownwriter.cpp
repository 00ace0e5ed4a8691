#include "markdownwriter.h"

#include "htmlwriter.h"

using namespace Qt::StringLiterals;

QString MarkdownWriter::escape(const QString &text)
{
    // Always escaped: characters that open emphasis, code, links, HTML, entities, tables.
    static const QString always = u"\\`*_[]<>&|~#!{}"_s;
    QString out;
    out.reserve(text.size() + 8);
    bool lineStart = true;
    const QString flat = QString(text).replace(u"\r\n"_s, u" "_s).replace(u'\n', u' ');
    for (qsizetype i = 0; i < flat.size(); ++i) {
        const QChar c = flat.at(i);
        if (always.contains(c)) {
            out += u'\\';
            out += c;
        } else if (lineStart && (c == u'-' || c == u'+' || c == u'=')) {
            out += u'\\';
            out += c;
        } else if (lineStart && c.isDigit()) {
            // "1. text" would start an ordered list: escape the dot or parenthesis after it.
            qsizetype j = i;
            while (j < flat.size() && flat.at(j).isDigit())
                ++j;
            out += flat.mid(i, j - i);
            if (j < flat.size() && (flat.at(j) == u'.' || flat.at(j) == u')')) {
                out += u'\\';
                out += flat.at(j);
                ++j;
            }
            i = j - 1;
        } else {
            out += c;
        }
        lineStart = false;
    }
    return out;
}

namespace {

QString link(const QString &text, const QString &url)
{
    const QString safe = HtmlWriter::safeUrl(url);
    if (safe.isEmpty())
        return MarkdownWriter::escape(text);
    // Inside <...> only <, > and newlines matter; FullyEncoded has none of them.
    return u"["_s + MarkdownWriter::escape(text) + u"](<"_s + safe + u">)"_s;
}

QString cell(const QString &text)
{
    return MarkdownWriter::escape(text);
}

void writeBlock(QString &out, const ReportBlock &b)
{
    switch (b.kind) {
    case ReportBlock::Kind::Paragraph:
        out += MarkdownWriter::escape(b.text) + u"\n\n"_s;
        break;
    case ReportBlock::Kind::Bullets:
        for (const QString &line : b.lines)
            out += u"- "_s + MarkdownWriter::escape(line) + u"\n"_s;
        out += u"\n"_s;
        break;
    case ReportBlock::Kind::Fields:
        for (const QStringList &row : b.rows)
            out += u"- **"_s + MarkdownWriter::escape(row.value(0)) + u":** "_s
                + MarkdownWriter::escape(row.value(1)) + u"\n"_s;
        out += u"\n"_s;
        break;
    case ReportBlock::Kind::Table: {
        QStringList head;
        QStringList rule;
        for (const QString &h : b.header) {
            head.append(cell(h));
            rule.append(u"---"_s);
        }
        out += u"| "_s + head.join(u" | "_s) + u" |\n| "_s + rule.join(u" | "_s) + u" |\n"_s;
        for (const QStringList &row : b.rows) {
            QStringList cells;
            for (const QString &c : row)
                cells.append(cell(c));
            out += u"| "_s + cells.join(u" | "_s) + u" |\n"_s;
        }
        out += u"\n"_s;
        break;
    }
    case ReportBlock::Kind::Link:
        out += link(b.text, b.url) + u"\n\n"_s;
        break;
    case ReportBlock::Kind::Chart:
    case ReportBlock::Kind::Image:
        out += u"*"_s + MarkdownWriter::escape(b.text) + u"*\n\n"_s;
        break;
    }
}

} // namespace

QByteArray MarkdownWriter::write(const ReportDocument &doc)
{
    QString out;
    out += u"# "_s + escape(doc.name) + u"\n\n"_s;
    if (!doc.headline.isEmpty())
        out += u"**"_s + escape(doc.headline) + u"**\n\n"_s;
    QStringList contact;
    for (const QString &c : doc.contact)
        contact.append(escape(c));
    for (const ReportBlock &l : doc.contactLinks)
        contact.append(link(l.text, l.url));
    if (!contact.isEmpty())
        out += contact.join(u" · "_s) + u"\n\n"_s;
    for (const ReportSection &s : doc.sections) {
        out += u"## "_s + escape(s.heading) + u"\n\n"_s;
        for (const ReportBlock &b : s.intro)
            writeBlock(out, b);
        if (s.inlineEntries) {
            QStringList names;
            for (const ReportEntry &e : s.entries)
                names.append(escape(e.title));
            if (!names.isEmpty())
                out += names.join(u", "_s) + u"\n\n"_s;
            continue;
        }
        for (const ReportEntry &e : s.entries) {
            out += u"### "_s + link(e.title, e.url) + u"\n\n"_s;
            QStringList meta;
            for (const QString &m : {e.subtitle, e.dates})
                if (!m.isEmpty())
                    meta.append(escape(m));
            if (!meta.isEmpty())
                out += u"*"_s + meta.join(u" · "_s) + u"*\n\n"_s;
            for (const ReportBlock &b : e.blocks)
                writeBlock(out, b);
        }
    }
    if (!doc.omitted.isEmpty())
        out += u"---\n\n*"_s + escape(doc.omitted) + u"*\n"_s;
    while (out.endsWith(u"\n\n"_s))
        out.chop(1);
    return out.toUtf8();
}
