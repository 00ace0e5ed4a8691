#include "studysessionrepository.h"

#include "sqlhelpers.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;
using SqlHelpers::failWith;
using SqlHelpers::textValue;

namespace {

StudySession readSession(const QSqlQuery &q)
{
    StudySession s;
    s.id = q.value(0).toLongLong();
    s.skillId = q.value(1).toLongLong();
    s.certificationId = q.value(2).toLongLong();
    s.studiedOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    s.minutes = q.value(4).toInt();
    s.note = q.value(5).toString();
    return s;
}

} // namespace

StudySessionRepository::StudySessionRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

std::optional<QList<StudySession>> StudySessionRepository::select(const QString &where,
                                                                  const QVariantList &values,
                                                                  const QString &order,
                                                                  QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, skill_id, certification_id, studied_on, minutes, note "
              "FROM study_sessions WHERE %1 ORDER BY %2"_s.arg(where, order));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        failWith(q, error);
        return std::nullopt;
    }
    QList<StudySession> sessions;
    while (q.next())
        sessions << readSession(q);
    return sessions;
}

std::optional<QList<StudySession>> StudySessionRepository::forSkill(qint64 skillId,
                                                                    QString *error) const
{
    return select(u"skill_id = ?"_s, {skillId}, u"studied_on DESC, id DESC"_s, error);
}

std::optional<QList<StudySession>> StudySessionRepository::forCertification(qint64 certificationId,
                                                                            QString *error) const
{
    return select(u"certification_id = ?"_s, {certificationId}, u"studied_on, id"_s, error);
}

std::optional<QList<StudySession>> StudySessionRepository::forSkills(const QList<qint64> &skillIds,
                                                                     QString *error) const
{
    if (skillIds.isEmpty())
        return QList<StudySession>();
    QStringList marks;
    QVariantList values;
    for (qint64 id : skillIds) {
        marks << u"?"_s;
        values << id;
    }
    return select(u"skill_id IN (%1)"_s.arg(marks.join(u", "_s)), values, u"id"_s, error);
}

qint64 StudySessionRepository::insert(const StudySession &s, QString *error)
{
    if (!m_insert) {
        m_insert.emplace(m_db);
        if (!m_insert->prepare(u"INSERT INTO study_sessions (id, skill_id, certification_id, "
                               "studied_on, minutes, note) VALUES (?, ?, ?, ?, ?, ?)"_s)) {
            failWith(*m_insert, error);
            m_insert.reset();
            return 0;
        }
    }
    QSqlQuery &q = *m_insert;
    const QVariant null {QMetaType(QMetaType::LongLong)}; // braces: not a function declaration
    q.addBindValue(s.id > 0 ? QVariant(s.id) : null);
    q.addBindValue(s.skillId > 0 ? QVariant(s.skillId) : null);
    q.addBindValue(s.certificationId > 0 ? QVariant(s.certificationId) : null);
    q.addBindValue(s.studiedOn.toString(Qt::ISODate));
    q.addBindValue(s.minutes);
    q.addBindValue(textValue(s.note));
    if (!q.exec()) {
        failWith(q, error);
        return 0;
    }
    return s.id > 0 ? s.id : q.lastInsertId().toLongLong();
}

std::optional<StudySession> StudySessionRepository::find(qint64 id, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, skill_id, certification_id, studied_on, minutes, note "
              "FROM study_sessions WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        failWith(q, error);
        return std::nullopt;
    }
    return readSession(q);
}

bool StudySessionRepository::remove(qint64 id, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM study_sessions WHERE id = ?"_s);
    q.addBindValue(id);
    return q.exec() || failWith(q, error);
}

std::optional<QList<int>> StudySessionRepository::weeklyMinutes(const QDate &firstWeekStart,
                                                                int weeks, QString *error) const
{
    QList<int> minutes(qMax(0, weeks), 0);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT CAST((julianday(studied_on) - julianday(?)) / 7 AS INTEGER) AS week, "
              "sum(minutes) FROM study_sessions WHERE studied_on >= ? AND studied_on < ? "
              "GROUP BY week"_s);
    const QString from = firstWeekStart.toString(Qt::ISODate);
    q.addBindValue(from);
    q.addBindValue(from);
    q.addBindValue(firstWeekStart.addDays(7 * qint64(weeks)).toString(Qt::ISODate));
    if (!q.exec()) {
        failWith(q, error);
        return std::nullopt;
    }
    while (q.next()) {
        const int w = q.value(0).toInt();
        if (w >= 0 && w < minutes.size())
            minutes[w] = q.value(1).toInt();
    }
    return minutes;
}
