#include "progressrepository.h"

#include "sqlhelpers.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using SqlHelpers::failWith;

ProgressRepository::ProgressRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

std::optional<QMap<QDate, int>>
ProgressRepository::minutesPerDay(const QDate &from, const QDate &to, QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT studied_on, sum(minutes) FROM study_sessions "
              "WHERE studied_on BETWEEN ? AND ? GROUP BY studied_on"_s);
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    if (!q.exec()) {
        failWith(q, error);
        return std::nullopt;
    }
    QMap<QDate, int> out;
    while (q.next()) {
        const QDate d = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        if (d.isValid())
            out.insert(d, q.value(1).toInt());
    }
    return out;
}

std::optional<QList<ProgressStats::LevelChange>>
ProgressRepository::levelChanges(const QDate &from, QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT skill_id, substr(changed_at, 1, 10), from_level, to_level "
              "FROM skill_level_changes WHERE changed_at >= ? ORDER BY changed_at, id"_s);
    q.addBindValue(from.toString(Qt::ISODate));
    if (!q.exec()) {
        failWith(q, error);
        return std::nullopt;
    }
    QList<ProgressStats::LevelChange> out;
    while (q.next()) {
        out << ProgressStats::LevelChange {q.value(0).toLongLong(),
                                           QDate::fromString(q.value(1).toString(), Qt::ISODate),
                                           q.value(2).toInt(), q.value(3).toInt()};
    }
    return out;
}

WriteResult ProgressRepository::insertLevelChanges(const QList<ProgressStats::LevelChange> &changes,
                                                   const QTime &at)
{
    QSqlQuery q(m_db);
    if (!q.prepare(u"INSERT INTO skill_level_changes (skill_id, changed_at, from_level, to_level) "
                   "VALUES (?, ?, ?, ?)"_s))
        return WriteResult::failure(q.lastError().text());
    for (const ProgressStats::LevelChange &c : changes) {
        q.addBindValue(c.skillId);
        q.addBindValue(QDateTime(c.on, at).toString(u"yyyy-MM-dd'T'HH:mm:ss"_s));
        q.addBindValue(c.from);
        q.addBindValue(c.to);
        if (!q.exec())
            return WriteResult::failure(q.lastError().text());
    }
    return WriteResult::success();
}
