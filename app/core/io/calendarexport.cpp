#include "calendarexport.h"

#include "calc/certificationcalendar.h"
#include "db/calendarrepository.h"
#include "db/certificationrepository.h"

#include <QSaveFile>

using namespace Qt::StringLiterals;

static QString formatName(const QString &format)
{
    if (format == "coding"_L1)
        return CalendarExport::tr("coding");
    if (format == "system_design"_L1)
        return CalendarExport::tr("system design");
    if (format == "ml_theory"_L1)
        return CalendarExport::tr("ML theory");
    if (format == "behavioural"_L1)
        return CalendarExport::tr("behavioural");
    if (format == "take_home"_L1)
        return CalendarExport::tr("take-home");
    if (format == "technical"_L1)
        return CalendarExport::tr("technical");
    if (format == "screening"_L1)
        return CalendarExport::tr("screening");
    QString words = format;
    return words.replace(u'_', u' ');
}

QList<CalendarEvent> CalendarExport::events(QSqlDatabase db, const QDate &today, QString *error)
{
    CalendarRepository calendar(db);
    const QString workbenchId = calendar.workbenchCalendarId(error);
    if (workbenchId.isEmpty())
        return {};
    const QString suffix = u'@' + workbenchId;

    const std::optional<QList<Certification>> certifications
        = CertificationRepository(db).all(error);
    if (!certifications)
        return {};
    QList<CalendarEvent> out;
    const QDate from = today.addYears(-1);
    for (const CertificationCalendar::Event &e : CertificationCalendar::upcoming(
             *certifications, from, int(from.daysTo(today.addYears(YearsAhead))))) {
        CalendarEvent event;
        event.date = e.date;
        const QString id = QString::number(e.certificationId);
        switch (e.kind) {
        case CertificationCalendar::Event::Kind::Exam:
            event.uid = u"certification-"_s + id + u"-exam"_s + suffix;
            event.summary = tr("Exam: %1").arg(e.certificationName);
            break;
        case CertificationCalendar::Event::Kind::Expiry:
            event.uid = u"certification-"_s + id + u"-expiry"_s + suffix;
            event.summary = tr("Expires: %1").arg(e.certificationName);
            break;
        case CertificationCalendar::Event::Kind::Renewal:
            event.uid
                = u"certification-"_s + id + u"-renewal-"_s + e.date.toString(Qt::ISODate) + suffix;
            event.summary = tr("Renewal due: %1").arg(e.certificationName);
            break;
        }
        event.description = tr("From Career Workbench.");
        out.append(event);
    }

    const std::optional<QList<CalendarRepository::Interview>> interviews
        = calendar.realInterviews(error);
    if (!interviews)
        return {};
    for (const CalendarRepository::Interview &i : *interviews) {
        if (!i.occurredAt.isValid())
            continue;
        CalendarEvent event;
        event.uid = u"interview-"_s + QString::number(i.id) + suffix;
        if (i.occurredAt.time() == QTime(0, 0))
            event.date = i.occurredAt.date();
        else
            event.start = i.occurredAt;
        event.durationMinutes = i.durationMinutes;
        const QString who = i.company.isEmpty() ? i.role
            : i.role.isEmpty()                  ? i.company
                                                : tr("%1, %2").arg(i.company, i.role);
        event.summary = who.isEmpty() ? tr("Interview (%1)").arg(formatName(i.format))
                                      : tr("Interview: %1 (%2)").arg(who, formatName(i.format));
        event.description = tr("From Career Workbench.");
        out.append(event);
    }
    return out;
}

bool CalendarExport::exportTo(QSqlDatabase db, const QString &path, const QDate &today,
                              QString *error)
{
    QString readError;
    const QList<CalendarEvent> list = events(db, today, &readError);
    if (!readError.isEmpty()) {
        if (error)
            *error = tr("The calendar could not be read from the workbench: %1").arg(readError);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("%1 cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray text = ICalendar::write(list, QDateTime::currentDateTimeUtc());
    if (file.write(text) != text.size() || !file.commit()) {
        if (error)
            *error = tr("%1 cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
