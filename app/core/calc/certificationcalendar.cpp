#include "certificationcalendar.h"

#include <algorithm>

QList<CertificationCalendar::Event>
CertificationCalendar::upcoming(const QList<Certification> &certifications, const QDate &today,
                                int days)
{
    QList<Event> events;
    if (!today.isValid() || days < 0)
        return events;
    const QDate last = today.addDays(days);
    auto add = [&](Event::Kind kind, const QDate &date, const Certification &c) {
        if (date.isValid() && date >= today && date <= last)
            events.append(Event {kind, date, c.id, c.name, int(today.daysTo(date))});
    };
    using Status = Certification::Status;
    for (const Certification &c : certifications) {
        if (c.status == Status::Abandoned)
            continue;
        const bool held = c.status == Status::Earned || c.status == Status::Expired;
        if (!held) {
            add(Event::Kind::Exam, c.examOn, c);
            continue;
        }
        add(Event::Kind::Expiry, c.expiresOn, c);
        if (c.renewalPeriodMonths > 0 && c.earnedOn.isValid()) {
            // Every period after the earned date, up to the expiry: once a certification has
            // expired there is nothing left to renew.
            for (int k = 1;; ++k) {
                const QDate due = c.earnedOn.addMonths(k * c.renewalPeriodMonths);
                if (due > last || k > 1200 || (c.expiresOn.isValid() && due > c.expiresOn))
                    break;
                if (due != c.expiresOn)
                    add(Event::Kind::Renewal, due, c);
            }
        }
    }
    std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
        if (a.date != b.date)
            return a.date < b.date;
        return a.certificationName.localeAwareCompare(b.certificationName) < 0;
    });
    return events;
}
