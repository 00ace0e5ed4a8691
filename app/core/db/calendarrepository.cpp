#include "calendarrepository.h"

#include "settingsrepository.h"
#include "sqlhelpers.h"
#include "transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

static const auto CalendarIdKey = "calendar_id"_L1;

CalendarRepository::CalendarRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

std::optional<QList<CalendarRepository::Interview>>
CalendarRepository::realInterviews(QString *error) const
{
    QList<Interview> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, occurred_at, format, company, role, duration_minutes "
                "FROM interview_sessions WHERE kind = 'real' ORDER BY occurred_at, id"_s)) {
        SqlHelpers::failWith(q, error);
        return std::nullopt;
    }
    while (q.next()) {
        Interview i;
        i.id = q.value(0).toLongLong();
        const QString when = q.value(1).toString();
        i.occurredAt = QDateTime::fromString(when, Qt::ISODate);
        if (!i.occurredAt.isValid())
            i.occurredAt = QDateTime(QDate::fromString(when, Qt::ISODate), QTime());
        i.format = q.value(2).toString();
        i.company = q.value(3).toString();
        i.role = q.value(4).toString();
        i.durationMinutes = q.value(5).toInt();
        out.append(i);
    }
    return out;
}

QString CalendarRepository::workbenchCalendarId(QString *error)
{
    SettingsRepository settings(m_db);
    // A failed read is not a missing id: a new one would change every exported event's UID.
    const std::optional<QVariant> existing = settings.value(CalendarIdKey, error);
    if (!existing)
        return {};
    if (!existing->toString().isEmpty())
        return existing->toString();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Transaction t(m_db);
    if (!t.isActive()) {
        if (error)
            *error = m_db.lastError().text();
        return {};
    }
    if (!settings.setValue(CalendarIdKey, id, error) || !t.commit())
        return {};
    return id;
}
