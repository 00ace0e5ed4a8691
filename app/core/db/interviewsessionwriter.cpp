#include "interviewsessionwriter.h"

#include "interviewtopicrepository.h"
#include "sqlhelpers.h"

using namespace Qt::StringLiterals;
using SqlHelpers::failWith;
using SqlHelpers::textValue;

namespace {
const QVariant NullInt {QMetaType(QMetaType::LongLong)};
const QVariant NullText {QMetaType(QMetaType::QString)};
} // namespace

InterviewSessionWriter::InterviewSessionWriter(QSqlDatabase db)
    : m_db(std::move(db))
    , m_insert(m_db)
    , m_update(m_db)
    , m_remove(m_db)
    , m_removeTopics(m_db)
    , m_storedTopics(m_db)
    , m_insertTopic(m_db)
    , m_addTopicName(m_db)
{ }

bool InterviewSessionWriter::prepare(QString *error)
{
    if (m_prepared)
        return true;
    const QString columns = u"occurred_at, kind, format, ran_by, ran_by_name, application_id, "
                            "company, role, duration_minutes, self_score, interviewer_score, "
                            "went_well, to_improve, action_items, questions_asked"_s;
    if (!m_insert.prepare(u"INSERT INTO interview_sessions (id, "_s + columns
                          + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s))
        return failWith(m_insert, error);
    if (!m_update.prepare(u"UPDATE interview_sessions SET (id, "_s + columns
                          + u") = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) WHERE id = ?"_s))
        return failWith(m_update, error);
    if (!m_remove.prepare(u"DELETE FROM interview_sessions WHERE id = ?"_s))
        return failWith(m_remove, error);
    if (!m_removeTopics.prepare(u"DELETE FROM interview_session_topics WHERE session_id = ?"_s))
        return failWith(m_removeTopics, error);
    if (!m_storedTopics.prepare(
            u"SELECT topic_id FROM interview_session_topics WHERE session_id = ?"_s))
        return failWith(m_storedTopics, error);
    m_storedTopics.setForwardOnly(true);
    if (!m_insertTopic.prepare(u"INSERT INTO interview_session_topics (session_id, topic_id, "
                               "score, position) VALUES (?, ?, ?, ?)"_s))
        return failWith(m_insertTopic, error);
    if (!m_addTopicName.prepare(u"INSERT INTO interview_topics (name) VALUES (?)"_s))
        return failWith(m_addTopicName, error);
    const auto ids = InterviewTopicRepository(m_db).ids(error);
    if (!ids)
        return false;
    m_topicIds = *ids;
    m_prepared = true;
    return true;
}

void InterviewSessionWriter::bindSession(QSqlQuery &q, const InterviewSession &s)
{
    q.addBindValue(s.id > 0 ? QVariant(s.id) : NullInt);
    q.addBindValue(s.occurredAt());
    q.addBindValue(InterviewSession::kindKey(s.kind));
    q.addBindValue(s.format);
    const QString ranBy = InterviewSession::ranByKey(s.ranBy);
    q.addBindValue(ranBy.isEmpty() ? NullText : QVariant(ranBy));
    q.addBindValue(textValue(s.ranByName));
    q.addBindValue(s.applicationId > 0 ? QVariant(s.applicationId) : NullInt);
    q.addBindValue(textValue(s.company));
    q.addBindValue(textValue(s.role));
    q.addBindValue(s.durationMinutes);
    q.addBindValue(s.selfScore);
    q.addBindValue(s.interviewerScore > 0 ? QVariant(s.interviewerScore) : NullInt);
    q.addBindValue(textValue(s.wentWell));
    q.addBindValue(textValue(s.toImprove));
    q.addBindValue(textValue(s.actionItems));
    q.addBindValue(textValue(s.questionsAsked));
}

bool InterviewSessionWriter::writeTopics(qint64 sessionId, const InterviewSession &s,
                                         QString *error)
{
    int position = 0;
    for (const InterviewTopicScore &t : s.topics) {
        qint64 topicId = m_topicIds.value(t.name);
        if (topicId == 0) {
            m_addTopicName.addBindValue(t.name);
            if (!m_addTopicName.exec())
                return failWith(m_addTopicName, error);
            topicId = m_addTopicName.lastInsertId().toLongLong();
            m_topicIds.insert(t.name, topicId);
        }
        m_insertTopic.addBindValue(sessionId);
        m_insertTopic.addBindValue(topicId);
        m_insertTopic.addBindValue(t.score > 0 ? QVariant(t.score) : NullInt);
        m_insertTopic.addBindValue(position++);
        if (!m_insertTopic.exec())
            return failWith(m_insertTopic, error);
        m_touched.insert(topicId);
    }
    return true;
}

bool InterviewSessionWriter::touchStoredTopics(qint64 sessionId, QString *error)
{
    m_storedTopics.addBindValue(sessionId);
    if (!m_storedTopics.exec())
        return failWith(m_storedTopics, error);
    while (m_storedTopics.next())
        m_touched.insert(m_storedTopics.value(0).toLongLong());
    m_storedTopics.finish();
    return true;
}

qint64 InterviewSessionWriter::insert(const InterviewSession &s, QString *error)
{
    if (!prepare(error))
        return 0;
    bindSession(m_insert, s);
    if (!m_insert.exec()) {
        failWith(m_insert, error);
        return 0;
    }
    const qint64 id = s.id > 0 ? s.id : m_insert.lastInsertId().toLongLong();
    return writeTopics(id, s, error) ? id : 0;
}

bool InterviewSessionWriter::update(const InterviewSession &s, QString *error)
{
    if (!prepare(error) || !touchStoredTopics(s.id, error))
        return false;
    bindSession(m_update, s);
    m_update.addBindValue(s.id);
    if (!m_update.exec())
        return failWith(m_update, error);
    if (m_update.numRowsAffected() != 1) {
        if (error)
            *error = QObject::tr("The interview session no longer exists.");
        return false;
    }
    m_removeTopics.addBindValue(s.id);
    if (!m_removeTopics.exec())
        return failWith(m_removeTopics, error);
    return writeTopics(s.id, s, error);
}

bool InterviewSessionWriter::remove(qint64 id, QString *error)
{
    if (!prepare(error) || !touchStoredTopics(id, error))
        return false;
    m_remove.addBindValue(id);
    return m_remove.exec() || failWith(m_remove, error);
}

bool InterviewSessionWriter::finish(QString *error)
{
    if (m_touched.isEmpty())
        return true;
    InterviewTopicRepository topics(m_db);
    // Past a few hundred topics one ordered pass over everything is cheaper than one per topic.
    const QList<qint64> ids = m_touched.size() > 200 ? QList<qint64>() : m_touched.values();
    if (!topics.replaySchedule(ids, error))
        return false;
    m_touched.clear();
    return true;
}
