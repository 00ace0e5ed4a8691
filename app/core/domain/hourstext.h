#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

// Hours of study, and lengths in minutes, as the user reads them, in one place for every page,
// chart and dialog: the locale's digits, and a tenth only where it says something ("12 h",
// "1.5 h", never "12.0 h").
class HoursText
{
    Q_DECLARE_TR_FUNCTIONS(HoursText)

public:
    // The number alone, for a cell whose header names the unit: "12", "1.5".
    static QString number(double hours, const QLocale &locale = QLocale());
    // The short form for cells, charts and budgets: "12 h", "1.5 h".
    static QString abbreviated(double hours, const QLocale &locale = QLocale());
    // The form for sentences: "1 hour", "12 hours", "1.5 hours".
    static QString spelled(double hours, const QLocale &locale = QLocale());
    // MINUTES of study in the short form; under an hour in minutes ("45 min", "1.5 h").
    static QString fromMinutes(int minutes, const QLocale &locale = QLocale());
    // A length always in minutes, e.g. an interview's: "45 min", "90 min".
    static QString minutes(int minutes, const QLocale &locale = QLocale());
    // The suffix of a spin box that takes hours: " h".
    static QString spinSuffix();
};
