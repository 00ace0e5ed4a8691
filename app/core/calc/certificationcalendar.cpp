#include "certificationcalendar.h"

#include <algorithm>

namespace {
constexpr double DaysPerMonth = 365.25 / 12.0;
}

double CertificationCalendar::monthsBetween(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid())
        return 0;
    return double(from.daysTo(to)) / DaysPerMonth;
}

QDate CertificationCalendar::nextRenewal(const Certification &c, const QDate &today)
{
    QDate due;
    if (c.renewalPeriodMonths > 0 && c.earnedOn.isValid()) {
        for (int k = 1; k <= 1200; ++k) {
            const QDate d = c.earnedOn.addMonths(k * c.renewalPeriodMonths);
            if (d >= today) {
                due = d;
                break;
            }
        }
    }
    if (c.expiresOn.isValid() && c.expiresOn >= today && (!due.isValid() || c.expiresOn < due))
        due = c.expiresOn;
    if (!due.isValid() && c.renewalPeriodMonths > 0 && !c.earnedOn.isValid()
        && !c.expiresOn.isValid())
        due = today.addMonths(c.renewalPeriodMonths); // earned, date unknown: a period from now
    return due;
}

void CertificationCalendar::applyRoiTiming(const Certification &c, const QDate &today,
                                           RoiCalculator::Inputs *in)
{
    using Decision = RoiCalculator::Decision;
    in->benefitStartMonths = 0;
    in->firstRenewalMonths.reset();
    switch (c.effectiveStatus(today)) {
    case Certification::Status::Expired:
    case Certification::Status::Abandoned:
        in->decision = Decision::None;
        return;
    case Certification::Status::Earned: {
        const QDate due = nextRenewal(c, today);
        in->decision = due.isValid() ? Decision::Renewal : Decision::None;
        if (due.isValid())
            in->firstRenewalMonths = monthsBetween(today, due);
        return;
    }
    case Certification::Status::Considering:
    case Certification::Status::Planned:
    case Certification::Status::Studying:
        in->decision = Decision::Purchase;
        if (c.examOn.isValid() && c.examOn > today)
            in->benefitStartMonths = monthsBetween(today, c.examOn);
        return;
    }
}

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
