#include "interviewtopicrepository.h"

#include "calc/sm2.h"
#include "sqlhelpers.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using SqlHelpers::failWith;

namespace {

const QString TopicColumns = u"id, name, description, skill_id, ease, interval_days, repetitions, "
                             "last_practised, due_on FROM interview_topics"_s;

InterviewTopic readTopic(const QSqlQuery &q)
{
    InterviewTopic t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.description = q.value(2).toString();
    t.skillId = q.value(3).toLongLong();
    t.ease = q.value(4).toDouble();
    t.intervalDays = q.value(5).toInt();
    t.repetitions = q.value(6).toInt();
    t.lastPractised = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    t.dueOn = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    return t;
}

std::optional<QList<InterviewTopic>> readTopics(QSqlQuery &q, QString *error)
{
    if (!q.exec()) {
        failWith(q, error);
        return std::nullopt;
    }
    QList<InterviewTopic> topics;
    while (q.next())
        topics << readTopic(q);
    return topics;
}

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate))
                       : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

InterviewTopicRepository::InterviewTopicRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

std::optional<QList<InterviewTopic>> InterviewTopicRepository::all(QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + TopicColumns + u" ORDER BY name"_s);
    return readTopics(q, error);
}

std::optional<QList<InterviewTopic>> InterviewTopicRepository::due(const QDate &today,
                                                                   QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + TopicColumns + u" WHERE due_on <= ? ORDER BY due_on, name"_s);
    q.addBindValue(today.toString(Qt::ISODate));
    return readTopics(q, error);
}

std::optional<QList<TopicRanking::TopicScores>>
InterviewTopicRepository::recentScores(QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT topic_id, name, score FROM ("
              " SELECT st.topic_id, t.name, coalesce(st.score, s.self_score) AS score,"
              "  row_number() OVER (PARTITION BY st.topic_id"
              "   ORDER BY s.occurred_at DESC, s.id DESC) AS n"
              " FROM interview_session_topics st"
              " JOIN interview_sessions s ON s.id = st.session_id"
              " JOIN interview_topics t ON t.id = st.topic_id)"
              " WHERE n <= ? ORDER BY topic_id, n"_s);
    q.addBindValue(TopicRanking::RecentScores);
    if (!q.exec()) {
        failWith(q, error);
        return std::nullopt;
    }
    QList<TopicRanking::TopicScores> result;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (result.isEmpty() || result.constLast().topicId != id)
            result.append({id, q.value(1).toString(), {}});
        result.last().scores << q.value(2).toInt();
    }
    return result;
}

std::optional<QStringList> InterviewTopicRepository::namesForFormat(const QString &format,
                                                                    QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT DISTINCT t.name FROM interview_topics t "
              "JOIN interview_session_topics st ON st.topic_id = t.id "
              "JOIN interview_sessions s ON s.id = st.session_id "
              "WHERE s.format = ? ORDER BY t.name"_s);
    q.addBindValue(format);
    if (!q.exec()) {
        failWith(q, error);
        return std::nullopt;
    }
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

std::optional<QHash<QString, qint64>> InterviewTopicRepository::ids(QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT name, id FROM interview_topics"_s)) {
        failWith(q, error);
        return std::nullopt;
    }
    QHash<QString, qint64> result;
    while (q.next())
        result.insert(q.value(0).toString(), q.value(1).toLongLong());
    return result;
}

qint64 InterviewTopicRepository::ensure(const QString &name, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO interview_topics (name) VALUES (?) "
              "ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id"_s);
    q.addBindValue(name);
    if (!q.exec() || !q.next()) {
        failWith(q, error);
        return 0;
    }
    return q.value(0).toLongLong();
}

qint64 InterviewTopicRepository::insert(const InterviewTopic &topic, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO interview_topics (name, description, skill_id) VALUES (?, ?, ?)"_s);
    q.addBindValue(SqlHelpers::textValue(topic.name));
    q.addBindValue(SqlHelpers::textValue(topic.description));
    q.addBindValue(topic.skillId > 0 ? QVariant(topic.skillId)
                                     : QVariant(QMetaType(QMetaType::LongLong)));
    if (!q.exec()) {
        failWith(q, error);
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

bool InterviewTopicRepository::setSkill(qint64 topicId, qint64 skillId, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE interview_topics SET skill_id = ? WHERE id = ?"_s);
    q.addBindValue(skillId > 0 ? QVariant(skillId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(topicId);
    return q.exec() || failWith(q, error);
}

bool InterviewTopicRepository::replaySchedule(const QList<qint64> &topicIds, QString *error)
{
    // Reviews are read in time order (the occurred_at index gives it without sorting) and
    // replayed per topic in memory.
    const QString reviews = u"SELECT st.topic_id, substr(s.occurred_at, 1, 10), "
                            "coalesce(st.score, s.self_score) FROM interview_sessions s "
                            "JOIN interview_session_topics st ON st.session_id = s.id "_s;
    // Many topics (an import touches them all): one pass over every review in time order
    // costs a third of a query per topic, each of which sorts its reviews again.
    constexpr int OnePassFrom = 8;
    const bool onePass = topicIds.isEmpty() || topicIds.size() >= OnePassFrom;
    QSqlQuery read(m_db);
    read.setForwardOnly(true);
    if (onePass)
        read.prepare(reviews + u"ORDER BY s.occurred_at, s.id"_s);
    else
        read.prepare(reviews + u"WHERE st.topic_id = ? ORDER BY s.occurred_at, s.id"_s);

    QHash<qint64, Sm2::State> states;
    QString lastDay;
    QDate day;
    auto replay = [&]() {
        if (!read.exec())
            return failWith(read, error);
        while (read.next()) {
            const QString text = read.value(1).toString();
            if (text != lastDay) {
                lastDay = text;
                day = QDate::fromString(text, Qt::ISODate);
            }
            Sm2::State &state = states[read.value(0).toLongLong()];
            state = Sm2::review(state, read.value(2).toInt(), day);
        }
        return true;
    };
    QList<qint64> ids = topicIds;
    if (onePass) {
        if (!replay())
            return false;
        if (topicIds.isEmpty()) {
            const auto all = this->ids(error);
            if (!all)
                return false;
            ids = all->values();
        }
    } else {
        for (const qint64 id : topicIds) {
            read.addBindValue(id);
            if (!replay())
                return false;
        }
    }

    QSqlQuery write(m_db);
    write.prepare(u"UPDATE interview_topics SET ease = ?, interval_days = ?, repetitions = ?, "
                  "last_practised = ?, due_on = ? WHERE id = ?"_s);
    for (const qint64 id : std::as_const(ids)) {
        const Sm2::State s = states.value(id); // a topic with no reviews starts afresh
        write.addBindValue(s.ease);
        write.addBindValue(s.intervalDays);
        write.addBindValue(s.repetitions);
        write.addBindValue(dateValue(s.last));
        write.addBindValue(dateValue(s.due));
        write.addBindValue(id);
        if (!write.exec())
            return failWith(write, error);
    }
    return true;
}
