#include "interviewsession.h"

using namespace Qt::StringLiterals;

QString InterviewSession::occurredAt() const
{
    if (!date.isValid())
        return {};
    // Written by hand: this runs once per row of a 100,000-row import or export.
    char16_t out[19];
    auto put = [&out](int at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            out[at + i] = char16_t(u'0' + value % 10);
    };
    const int year = date.year();
    if (year < 1 || year > 9999)
        return date.toString(Qt::ISODate);
    put(0, year, 4);
    out[4] = u'-';
    put(5, date.month(), 2);
    out[7] = u'-';
    put(8, date.day(), 2);
    if (!time.isValid())
        return QString(reinterpret_cast<const QChar *>(out), 10);
    out[10] = u'T';
    put(11, time.hour(), 2);
    out[13] = u':';
    put(14, time.minute(), 2);
    if (time.second() == 0)
        return QString(reinterpret_cast<const QChar *>(out), 16);
    out[16] = u':';
    put(17, time.second(), 2);
    return QString(reinterpret_cast<const QChar *>(out), 19);
}

namespace {

// The number in TEXT[FROM, FROM + DIGITS) when all are ASCII digits, else -1. (QDate's
// format-string parser is general and slow; a list of 100,000 sessions reads this many dates.)
int digits(QStringView text, qsizetype from, int count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

bool InterviewSession::parseOccurredAt(const QString &text, QDate *date, QTime *time)
{
    // Accepted: YYYY-MM-DD, YYYY-MM-DDTHH:MM, YYYY-MM-DDTHH:MM:SS (a space may replace the T).
    const QStringView t = QStringView(text).trimmed();
    if (t.size() != 10 && t.size() != 16 && t.size() != 19)
        return false;
    if (t.at(4) != u'-' || t.at(7) != u'-')
        return false;
    const QDate d(digits(t, 0, 4), digits(t, 5, 2), digits(t, 8, 2));
    if (!d.isValid() || digits(t, 0, 4) < 1)
        return false;
    QTime tm;
    if (t.size() > 10) {
        if ((t.at(10) != u'T' && t.at(10) != u' ') || t.at(13) != u':')
            return false;
        const int seconds = t.size() == 19 ? (t.at(16) == u':' ? digits(t, 17, 2) : -1) : 0;
        const int hours = digits(t, 11, 2);
        const int minutes = digits(t, 14, 2);
        if (hours < 0 || minutes < 0 || seconds < 0 || !QTime::isValid(hours, minutes, seconds))
            return false;
        tm = QTime(hours, minutes, seconds);
    }
    *date = d;
    *time = tm;
    return true;
}

QString InterviewSession::kindKey(Kind kind)
{
    return kind == Kind::Real ? u"real"_s : u"mock"_s;
}

bool InterviewSession::kindFromKey(const QString &key, Kind *kind)
{
    if (key == "mock"_L1)
        *kind = Kind::Mock;
    else if (key == "real"_L1)
        *kind = Kind::Real;
    else
        return false;
    return true;
}

QString InterviewSession::ranByKey(RanBy ranBy)
{
    switch (ranBy) {
    case RanBy::Self:
        return u"self"_s;
    case RanBy::Peer:
        return u"peer"_s;
    case RanBy::Platform:
        return u"platform"_s;
    case RanBy::Unknown:
        break;
    }
    return u""_s;
}

bool InterviewSession::ranByFromKey(const QString &key, RanBy *ranBy)
{
    if (key.isEmpty())
        *ranBy = RanBy::Unknown;
    else if (key == "self"_L1)
        *ranBy = RanBy::Self;
    else if (key == "peer"_L1)
        *ranBy = RanBy::Peer;
    else if (key == "platform"_L1)
        *ranBy = RanBy::Platform;
    else
        return false;
    return true;
}

bool InterviewSession::operator==(const InterviewSession &o) const
{
    return id == o.id && date == o.date && time == o.time && kind == o.kind && format == o.format
        && ranBy == o.ranBy && ranByName == o.ranByName && applicationId == o.applicationId
        && company == o.company && role == o.role && durationMinutes == o.durationMinutes
        && selfScore == o.selfScore && interviewerScore == o.interviewerScore && topics == o.topics
        && questionsAsked == o.questionsAsked && wentWell == o.wentWell && toImprove == o.toImprove
        && actionItems == o.actionItems;
}
