#include "partialdate.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

QString PartialDate::toString() const
{
    if (!date.isValid())
        return u""_s;
    switch (precision) {
    case Year:
        return date.toString(u"yyyy"_s);
    case Month:
        return date.toString(u"yyyy-MM"_s);
    default:
        return date.toString(Qt::ISODate);
    }
}

std::optional<PartialDate> PartialDate::parse(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return PartialDate {};
    static const QRegularExpression form(u"^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"_s);
    const QRegularExpressionMatch m = form.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const int year = m.captured(1).toInt();
    const bool hasMonth = m.capturedLength(2) > 0;
    const bool hasDay = m.capturedLength(3) > 0;
    const int month = hasMonth ? m.captured(2).toInt() : 1;
    const int day = hasDay ? m.captured(3).toInt() : 1;
    const QDate date(year, month, day);
    if (!date.isValid() || year < 1)
        return std::nullopt;
    return PartialDate {date, hasDay ? Day : hasMonth ? Month : Year};
}

PartialDate PartialDate::of(const QDate &date, int precision)
{
    if (precision != Year && precision != Month)
        precision = Day;
    return PartialDate {date, precision};
}
