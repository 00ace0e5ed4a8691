#include "interviewsessionrepository.h"

#include "interviewsessionwriter.h"
#include "sqlhelpers.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using SqlHelpers::failWith;

namespace {

// Topics come back in one column: name US score, separated by RS (the ASCII unit and record
// separators, control characters that a valid topic name cannot hold).
constexpr char16_t UnitSeparator = 0x1f;
constexpr char16_t RecordSeparator = 0x1e;

QList<InterviewTopicScore> readTopics(const QString &packed)
{
    QList<InterviewTopicScore> topics;
    if (packed.isEmpty())
        return topics;
    for (const QStringView item : QStringView(packed).split(QChar(RecordSeparator))) {
        const qsizetype cut = item.lastIndexOf(QChar(UnitSeparator));
        topics.append({item.left(cut).toString(), item.mid(cut + 1).toInt()});
    }
    return topics;
}

void readSession(const QSqlQuery &q, InterviewSession *s)
{
    s->id = q.value(0).toLongLong();
    InterviewSession::parseOccurredAt(q.value(1).toString(), &s->date, &s->time);
    InterviewSession::kindFromKey(q.value(2).toString(), &s->kind);
    s->format = q.value(3).toString();
    InterviewSession::ranByFromKey(q.value(4).toString(), &s->ranBy);
    s->ranByName = q.value(5).toString();
    s->applicationId = q.value(6).toLongLong();
    s->company = q.value(7).toString();
    s->role = q.value(8).toString();
    s->durationMinutes = q.value(9).toInt();
    s->selfScore = q.value(10).toInt();
    s->interviewerScore = q.value(11).toInt();
    s->wentWell = q.value(12).toString();
    s->toImprove = q.value(13).toString();
    s->actionItems = q.value(14).toString();
    s->questionsAsked = q.value(15).toString();
    s->topics = readTopics(q.value(16).toString());
}

} // namespace

InterviewSessionRepository::InterviewSessionRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

QString InterviewSessionRepository::selectSql()
{
    return u"SELECT s.id, s.occurred_at, s.kind, s.format, s.ran_by, s.ran_by_name, "
           "s.application_id, s.company, s.role, s.duration_minutes, s.self_score, "
           "s.interviewer_score, s.went_well, s.to_improve, s.action_items, s.questions_asked, "
           "(SELECT group_concat(name || char(31) || score, char(30)) FROM ("
           " SELECT t.name, coalesce(st.score, 0) AS score FROM interview_session_topics st"
           " JOIN interview_topics t ON t.id = st.topic_id"
           " WHERE st.session_id = s.id ORDER BY st.position)) "
           "FROM interview_sessions s "_s;
}

std::optional<QList<InterviewSession>> InterviewSessionRepository::read(const QString &where,
                                                                        const QVariant &bound,
                                                                        const QString &order,
                                                                        QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(selectSql() + where + order);
    if (bound.isValid())
        q.addBindValue(bound);
    if (!q.exec()) {
        failWith(q, error);
        return std::nullopt;
    }
    QList<InterviewSession> sessions;
    while (q.next()) {
        sessions.emplace_back();
        readSession(q, &sessions.last());
    }
    return sessions;
}

std::optional<QList<InterviewSession>> InterviewSessionRepository::all(QString *error) const
{
    return read({}, {}, u"ORDER BY s.occurred_at DESC, s.id DESC"_s, error);
}

std::optional<InterviewSession> InterviewSessionRepository::find(qint64 id, QString *error) const
{
    const auto found = read(u"WHERE s.id = ? "_s, id, {}, error);
    if (!found)
        return std::nullopt;
    if (found->isEmpty()) {
        if (error)
            *error = QObject::tr("The interview session no longer exists.");
        return std::nullopt;
    }
    return found->constFirst();
}

std::optional<QList<InterviewSession>>
InterviewSessionRepository::forApplication(qint64 applicationId, QString *error) const
{
    return read(u"WHERE s.application_id = ? "_s, applicationId, u"ORDER BY s.occurred_at, s.id"_s,
                error);
}

QString InterviewSessionRepository::identityKey(const QString &occurredAt, const QString &company,
                                                const QString &role, const QString &format)
{
    return occurredAt + QChar(UnitSeparator) + company + QChar(UnitSeparator) + role
        + QChar(UnitSeparator) + format;
}

QString InterviewSessionRepository::identityKey(const InterviewSession &s)
{
    return identityKey(s.occurredAt(), s.company, s.role, s.format);
}

std::optional<QHash<QString, qint64>> InterviewSessionRepository::identities(QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT occurred_at, company, role, format, id FROM interview_sessions"_s)) {
        failWith(q, error);
        return std::nullopt;
    }
    QHash<QString, qint64> keys;
    while (q.next()) {
        keys.insert(identityKey(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString()),
                    q.value(4).toLongLong());
    }
    return keys;
}

std::optional<int> InterviewSessionRepository::count(QString *error) const
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT count(*) FROM interview_sessions"_s) || !q.next()) {
        failWith(q, error);
        return std::nullopt;
    }
    return q.value(0).toInt();
}

std::optional<QList<InterviewReadiness::ScoredSession>>
InterviewSessionRepository::scores(QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT format, substr(occurred_at, 1, 10), self_score, "
                "coalesce(interviewer_score, 0) FROM interview_sessions "
                "ORDER BY occurred_at DESC, id DESC"_s)) {
        failWith(q, error);
        return std::nullopt;
    }
    QList<InterviewReadiness::ScoredSession> result;
    while (q.next()) {
        result.append({q.value(0).toString(), QDate::fromString(q.value(1).toString(), Qt::ISODate),
                       q.value(2).toInt(), q.value(3).toInt()});
    }
    return result;
}

std::optional<QHash<QString, QList<int>>>
InterviewSessionRepository::weeklyCounts(const QDate &firstWeekStart, int weeks,
                                         QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT CAST((julianday(substr(occurred_at, 1, 10)) - julianday(?)) / 7 AS INTEGER) "
              "AS week, format, count(*) FROM interview_sessions "
              "WHERE occurred_at >= ? AND occurred_at < ? GROUP BY week, format"_s);
    const QString from = firstWeekStart.toString(Qt::ISODate);
    q.addBindValue(from);
    q.addBindValue(from);
    q.addBindValue(firstWeekStart.addDays(7 * qint64(qMax(0, weeks))).toString(Qt::ISODate));
    if (!q.exec()) {
        failWith(q, error);
        return std::nullopt;
    }
    QHash<QString, QList<int>> counts;
    while (q.next()) {
        const int week = q.value(0).toInt();
        QList<int> &perWeek = counts[q.value(1).toString()];
        if (perWeek.isEmpty())
            perWeek = QList<int>(qMax(0, weeks), 0);
        if (week >= 0 && week < perWeek.size())
            perWeek[week] = q.value(2).toInt();
    }
    return counts;
}

qint64 InterviewSessionRepository::insert(const InterviewSession &session, QString *error)
{
    InterviewSessionWriter writer(m_db);
    const qint64 id = writer.insert(session, error);
    return id != 0 && writer.finish(error) ? id : 0;
}

bool InterviewSessionRepository::update(const InterviewSession &session, QString *error)
{
    InterviewSessionWriter writer(m_db);
    return writer.update(session, error) && writer.finish(error);
}

bool InterviewSessionRepository::remove(qint64 id, QString *error)
{
    InterviewSessionWriter writer(m_db);
    return writer.remove(id, error) && writer.finish(error);
}

bool InterviewSessionRepository::setApplication(qint64 id, qint64 applicationId, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE interview_sessions SET application_id = ? WHERE id = ?"_s);
    q.addBindValue(applicationId > 0 ? QVariant(applicationId)
                                     : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(id);
    return q.exec() || failWith(q, error);
}
