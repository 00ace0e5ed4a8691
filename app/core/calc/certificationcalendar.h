#pragma once

#include "calc/roicalculator.h"
#include "domain/certification.h"

#include <QDate>
#include <QList>
#include <QString>

// What is due next for the user's certifications: exams, expiries and renewals in a window
// of days from today (the Certifications page and the dashboard show these).
class CertificationCalendar
{
public:
    static constexpr int DefaultWindowDays = 90;

    struct Event
    {
        enum class Kind { Exam, Expiry, Renewal };
        Kind kind = Kind::Exam;
        QDate date;
        qint64 certificationId = 0;
        QString certificationName;
        int daysAway = 0;
    };

    // Events dated from TODAY to TODAY + DAYS inclusive, soonest first. Exams count while the
    // certification is not yet earned or abandoned; expiries and renewals (every renewal
    // period after the earned date, up to the expiry date) once it is earned. A renewal on the
    // expiry date is shown once, as the expiry.
    // Months from FROM to TO, counted in average months (30.44 days): 65 days is 2.1.
    static double monthsBetween(const QDate &from, const QDate &to);

    // The date the next renewal of an earned certification falls due on or after TODAY: every
    // renewal period after the earned date, or the expiry date if that comes first. Invalid
    // when nothing is due.
    static QDate nextRenewal(const Certification &c, const QDate &today);

    // Sets IN's decision and timing for C as of TODAY: a candidate is a purchase whose gain
    // starts after its planned exam date; an earned one is a renew-or-lapse decision at its
    // next renewal (what was spent to earn it is spent); an expired or abandoned one, or an
    // earned one with nothing to renew, leaves no decision open.
    static void applyRoiTiming(const Certification &c, const QDate &today,
                               RoiCalculator::Inputs *in);

    static QList<Event> upcoming(const QList<Certification> &certifications, const QDate &today,
                                 int days = DefaultWindowDays);
};
