#include "icalendar.h"

using namespace Qt::StringLiterals;

QString ICalendar::escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case u'\\':
            out += u"\\\\"_s;
            break;
        case u';':
            out += u"\\;"_s;
            break;
        case u',':
            out += u"\\,"_s;
            break;
        case u'\r':
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            out += u"\\n"_s;
            break;
        case u'\n':
            out += u"\\n"_s;
            break;
        default:
            // Other control characters are not allowed in TEXT (RFC 5545 3.3.11).
            if (c.unicode() < 0x20 && c != u'\t')
                break;
            out += c;
        }
    }
    return out;
}

QByteArray ICalendar::foldLine(const QByteArray &line)
{
    QByteArray out;
    out.reserve(line.size() + line.size() / 70 * 3 + 2);
    int lineOctets = 0;
    int i = 0;
    while (i < line.size()) {
        // The length of the UTF-8 sequence that starts here: never split one across lines.
        const auto lead = static_cast<unsigned char>(line.at(i));
        int length = 1;
        if (lead >= 0xF0)
            length = 4;
        else if (lead >= 0xE0)
            length = 3;
        else if (lead >= 0xC0)
            length = 2;
        length = std::min<int>(length, int(line.size()) - i);
        if (lineOctets + length > 75) {
            out += "\r\n ";
            lineOctets = 1; // the leading space counts
        }
        out += line.mid(i, length);
        lineOctets += length;
        i += length;
    }
    out += "\r\n";
    return out;
}

static QByteArray dateValue(const QDate &date)
{
    return date.toString(u"yyyyMMdd"_s).toLatin1();
}

QByteArray ICalendar::write(const QList<CalendarEvent> &events, const QDateTime &stampUtc)
{
    const QByteArray stamp = stampUtc.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s).toLatin1();
    QByteArray out;
    auto line = [&out](const QByteArray &content) {
        out += foldLine(content);
    };
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//Career Workbench//Career Workbench//EN");
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    for (const CalendarEvent &e : events) {
        line("BEGIN:VEVENT");
        line("UID:" + escapeText(e.uid).toUtf8());
        line("DTSTAMP:" + stamp);
        if (e.start.isValid()) {
            line("DTSTART:" + e.start.toString(u"yyyyMMdd'T'HHmmss"_s).toLatin1());
            line("DTEND:"
                 + e.start.addSecs(qint64(std::max(e.durationMinutes, 0)) * 60)
                       .toString(u"yyyyMMdd'T'HHmmss"_s)
                       .toLatin1());
        } else {
            line("DTSTART;VALUE=DATE:" + dateValue(e.date));
            line("DTEND;VALUE=DATE:" + dateValue(e.date.addDays(1)));
            line("TRANSP:TRANSPARENT");
        }
        line("SUMMARY:" + escapeText(e.summary).toUtf8());
        if (!e.description.isEmpty())
            line("DESCRIPTION:" + escapeText(e.description).toUtf8());
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    return out;
}
