#include "htmlwriter.h"

#include "reportimageobject.h"
#include "reporttext.h"

#include <QBuffer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString linkOrText(const QString &text, const QString &url)
{
    const QString safe = HtmlWriter::safeUrl(url);
    if (safe.isEmpty())
        return esc(text);
    return u"<a href=\""_s + esc(safe) + u"\">"_s + esc(text) + u"</a>"_s;
}

void writeBlock(QString &out, const ReportBlock &b)
{
    switch (b.kind) {
    case ReportBlock::Kind::Paragraph:
        out += u"<p>"_s + esc(b.text) + u"</p>\n"_s;
        break;
    case ReportBlock::Kind::Bullets:
        out += u"<ul>\n"_s;
        for (const QString &line : b.lines)
            out += u"<li>"_s + esc(line) + u"</li>\n"_s;
        out += u"</ul>\n"_s;
        break;
    case ReportBlock::Kind::Fields:
        out += u"<dl>\n"_s;
        for (const QStringList &row : b.rows)
            out += u"<dt>"_s + esc(row.value(0)) + u"</dt><dd>"_s + esc(row.value(1))
                + u"</dd>\n"_s;
        out += u"</dl>\n"_s;
        break;
    case ReportBlock::Kind::Table:
        out += u"<table>\n<thead><tr>"_s;
        for (const QString &h : b.header)
            out += u"<th>"_s + esc(h) + u"</th>"_s;
        out += u"</tr></thead>\n<tbody>\n"_s;
        for (const QStringList &row : b.rows) {
            out += u"<tr>"_s;
            for (const QString &cell : row)
                out += u"<td>"_s + esc(cell) + u"</td>"_s;
            out += u"</tr>\n"_s;
        }
        out += u"</tbody>\n</table>\n"_s;
        break;
    case ReportBlock::Kind::Link:
        out += u"<p>"_s + linkOrText(b.text, b.url) + u"</p>\n"_s;
        break;
    case ReportBlock::Kind::Image: {
        // The picture travels inside the page (one file to send): a diagram or screenshot as
        // PNG (sharp), a photograph as JPEG (a fraction of the size).
        const bool png = ReportImageObject::prefersLossless(b.image);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        if (!b.image.isNull() && buffer.open(QIODevice::WriteOnly)
            && b.image.save(&buffer, png ? "PNG" : "JPEG", png ? -1 : 90))
            out += u"<figure><img src=\"data:image/"_s + (png ? u"png"_s : u"jpeg"_s)
                + u";base64,"_s + QString::fromLatin1(bytes.toBase64()) + u"\" alt=\""_s
                + esc(b.text) + u"\" style=\"max-width:100%\"><figcaption>"_s + esc(b.text)
                + u"</figcaption></figure>\n"_s;
        break;
    }
    case ReportBlock::Kind::Chart:
        out += u"<p class=\"caption\">"_s + esc(b.text) + u"</p>\n"_s;
        break;
    }
}

const char16_t *const Style
    = u"body{font-family:'Noto Sans','DejaVu Sans',Arial,sans-serif;max-width:46em;margin:2em auto;"
      u"padding:0 1em;line-height:1.45;color:#1a1a1a}"
      u"h1{margin-bottom:0}.headline{font-size:1.15em;margin-top:.2em}"
      u".contact{color:#444}h2{border-bottom:1px solid #bbb;margin-top:1.6em}"
      u"h3{margin-bottom:.2em}.meta{color:#555;margin-top:0}"
      u"table{border-collapse:collapse;margin:.6em 0}th,td{border:1px solid #ccc;"
      u"padding:.2em .5em;text-align:left;vertical-align:top}dt{font-weight:bold}"
      u"dd{margin:0 0 .4em 1.2em}.caption{font-style:italic;color:#555}"
      u".omitted{font-style:italic;color:#555;border-top:1px solid #ccc;padding-top:.4em}";

} // namespace

QString HtmlWriter::safeUrl(const QString &url)
{
    const QUrl u = QUrl::fromUserInput(url.trimmed());
    if (url.trimmed().isEmpty() || !u.isValid())
        return {};
    const QString scheme = u.scheme().toLower();
    if (scheme != "http"_L1 && scheme != "https"_L1 && scheme != "mailto"_L1)
        return {};
    return u.toString(QUrl::FullyEncoded);
}

QByteArray HtmlWriter::write(const ReportDocument &doc)
{
    QString out;
    out += u"<!DOCTYPE html>\n<html lang=\""_s
        + esc(doc.language.isEmpty() ? u"en"_s : doc.language)
        + u"\" dir=\""_s
        // The language's direction, as the PDF: not the first letter of the user's name.
        + (ReportText::direction(doc.language) == Qt::RightToLeft ? u"rtl"_s : u"ltr"_s)
        + u"\">\n<head>\n<meta charset=\"utf-8\">\n"_s;
    out += u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"_s;
    out += u"<meta name=\"author\" content=\""_s + esc(doc.author) + u"\">\n"_s;
    out += u"<meta name=\"description\" content=\""_s + esc(doc.subject) + u"\">\n"_s;
    out += u"<meta name=\"generator\" content=\""_s + esc(doc.creator) + u"\">\n"_s;
    out += u"<title>"_s + esc(doc.title) + u"</title>\n<style>"_s + QString::fromUtf16(Style)
        + u"</style>\n</head>\n<body>\n<header>\n"_s;
    out += u"<h1>"_s + esc(doc.name) + u"</h1>\n"_s;
    if (!doc.headline.isEmpty())
        out += u"<p class=\"headline\">"_s + esc(doc.headline) + u"</p>\n"_s;
    QStringList contact;
    for (const QString &c : doc.contact)
        contact.append(esc(c));
    for (const ReportBlock &l : doc.contactLinks)
        contact.append(linkOrText(l.text, l.url));
    if (!contact.isEmpty())
        out += u"<p class=\"contact\">"_s + contact.join(u" · "_s) + u"</p>\n"_s;
    out += u"</header>\n"_s;
    for (const ReportSection &s : doc.sections) {
        out += u"<section id=\""_s + esc(s.key) + u"\">\n<h2>"_s + esc(s.heading) + u"</h2>\n"_s;
        for (const ReportBlock &b : s.intro)
            writeBlock(out, b);
        if (s.inlineEntries) {
            QStringList names;
            for (const ReportEntry &e : s.entries)
                names.append(esc(e.title));
            if (!names.isEmpty())
                out += u"<p>"_s + names.join(u", "_s) + u"</p>\n"_s;
        } else {
            for (const ReportEntry &e : s.entries) {
                out += u"<article>\n<h3>"_s + linkOrText(e.title, e.url) + u"</h3>\n"_s;
                QStringList meta;
                for (const QString &m : {e.subtitle, e.dates})
                    if (!m.isEmpty())
                        meta.append(esc(m));
                if (!meta.isEmpty())
                    out += u"<p class=\"meta\">"_s + meta.join(u" · "_s) + u"</p>\n"_s;
                for (const ReportBlock &b : e.blocks)
                    writeBlock(out, b);
                out += u"</article>\n"_s;
            }
        }
        out += u"</section>\n"_s;
    }
    if (!doc.omitted.isEmpty())
        out += u"<p class=\"omitted\">"_s + esc(doc.omitted) + u"</p>\n"_s;
    out += u"</body>\n</html>\n"_s;
    return out.toUtf8();
}
