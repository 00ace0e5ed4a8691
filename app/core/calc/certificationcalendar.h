#pragma once

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
    static QList<Event> upcoming(const QList<Certification> &certifications, const QDate &today,
                                 int days = DefaultWindowDays);
};
