#include "hourstext.h"

#include <cmath>

namespace {
// HOURS rounded to the tenth shown, and whether that tenth is zero.
double rounded(double hours, bool *whole)
{
    const double tenths = std::round(hours * 10);
    *whole = std::fmod(tenths, 10) == 0;
    return tenths / 10;
}
} // namespace

QString HoursText::number(double hours, const QLocale &locale)
{
    bool whole = false;
    const double r = rounded(hours, &whole);
    return locale.toString(r == 0 ? 0.0 : r, 'f', whole ? 0 : 1);
}

QString HoursText::abbreviated(double hours, const QLocale &locale)
{
    //: a number of hours, e.g. "12.5 h"
    return tr("%1 h").arg(number(hours, locale));
}

QString HoursText::spelled(double hours, const QLocale &locale)
{
    bool whole = false;
    const double r = rounded(hours, &whole);
    if (!whole)
        //: a number of hours with a fraction, e.g. "1.5 hours"
        return tr("%1 hours").arg(number(r, locale));
    // The plural form goes by the count; the count is written with the locale's digits.
    const int n = int(r);
    //: a whole number of hours, e.g. "1 hour", "12 hours" (%1 is the number)
    return tr("%1 hour(s)", nullptr, n).arg(locale.toString(n));
}

QString HoursText::fromMinutes(int minutes, const QLocale &locale)
{
    if (minutes > 0 && minutes < 60)
        return HoursText::minutes(minutes, locale);
    return abbreviated(minutes / 60.0, locale);
}

QString HoursText::minutes(int minutes, const QLocale &locale)
{
    //: a number of minutes, e.g. "45 min" (%1 is the number)
    return tr("%1 min").arg(locale.toString(minutes));
}

QString HoursText::spinSuffix()
{
    //: the unit after the number in a spin box for hours
    return tr(" h");
}
