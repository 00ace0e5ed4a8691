#pragma once

#include <QDate>
#include <QString>

#include <optional>

// A date given as precisely as the user knew it: a year ("2019"), a month ("2019-04") or a day
// ("2019-04-17"), as JSON Resume writes dates. DATE holds the first day of the year or month.
struct PartialDate
{
    enum Precision { Year = 1, Month = 2, Day = 3 };

    QDate date; // null: no date
    int precision = Day;

    bool isNull() const { return !date.isValid(); }
    // "2019", "2019-04" or "2019-04-17"; "" for no date.
    QString toString() const;
    // Parses the three forms (an empty text is a null date); nullopt for anything else.
    static std::optional<PartialDate> parse(const QString &text);
    // PRECISION kept only when it is a known value; anything else reads as Day.
    static PartialDate of(const QDate &date, int precision);

    bool operator==(const PartialDate &o) const
    {
        return date == o.date && (isNull() || precision == o.precision);
    }
    bool operator!=(const PartialDate &o) const { return !(*this == o); }
};
