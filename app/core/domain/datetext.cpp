#include "datetext.h"

using namespace Qt::StringLiterals;

namespace DateText {

QString shortFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(u"yyyy"_s))
        format.replace(u"yy"_s, u"yyyy"_s);
    return format;
}

QString shortDate(const QDate &date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, shortFormat(locale)) : QString();
}

QString shortDateTime(const QDateTime &dateTime, const QLocale &locale)
{
    if (!dateTime.isValid())
        return {};
    return locale.toString(dateTime,
                           shortFormat(locale) + u' ' + locale.timeFormat(QLocale::ShortFormat));
}

} // namespace DateText
