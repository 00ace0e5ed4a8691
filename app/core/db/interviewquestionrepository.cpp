#include "interviewquestionrepository.h"

#include "interviewtopicrepository.h"
#include "sqlhelpers.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using SqlHelpers::failWith;
using SqlHelpers::textValue;

namespace {

const QString Select
    = u"SELECT q.id, q.text, q.answer_notes, q.times_asked, q.last_asked, "
      "(SELECT group_concat(name, char(30)) FROM (SELECT t.name FROM interview_question_topics qt "
      " JOIN interview_topics t ON t.id = qt.topic_id WHERE qt.question_id = q.id ORDER BY "
      "t.name)) "
      "FROM interview_questions q "_s;

InterviewQuestion readQuestion(const QSqlQuery &q)
{
    InterviewQuestion r;
    r.id = q.value(0).toLongLong();
    r.text = q.value(1).toString();
    r.answerNotes = q.value(2).toString();
    r.timesAsked = q.value(3).toInt();
    r.lastAsked = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    const QString topics = q.value(5).toString();
    if (!topics.isEmpty())
        r.topics = topics.split(QChar(0x1e));
    return r;
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

} // namespace

InterviewQuestionRepository::InterviewQuestionRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

QStringList InterviewQuestionRepository::questionLines(const QString &questionsAsked)
{
    QStringList lines;
    for (const QString &line : questionsAsked.split(u'\n')) {
        QString t = line.trimmed();
        // A list written as "- question" or "* question" keeps just the question.
        if (t.startsWith(u"- "_s) || t.startsWith(u"* "_s))
            t = t.mid(2).trimmed();
        if (!t.isEmpty() && !lines.contains(t))
            lines << t;
    }
    return lines;
}

std::optional<QList<InterviewQuestion>>
InterviewQuestionRepository::search(const QString &text, int limit, QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString trimmed = text.trimmed();
    QString where;
    if (!trimmed.isEmpty())
        where = u"WHERE q.text LIKE ? ESCAPE '\\' OR q.answer_notes LIKE ? ESCAPE '\\' OR "
                "EXISTS (SELECT 1 FROM interview_question_topics qt JOIN interview_topics t "
                "ON t.id = qt.topic_id WHERE qt.question_id = q.id AND t.name LIKE ? "
                "ESCAPE '\\') "_s;
    q.prepare(Select + where + u"ORDER BY q.times_asked DESC, q.last_asked DESC, q.id LIMIT ?"_s);
    if (!trimmed.isEmpty()) {
        const QString pattern = likePattern(trimmed);
        for (int i = 0; i < 3; ++i)
            q.addBindValue(pattern);
    }
    q.addBindValue(limit);
    if (!q.exec()) {
        failWith(q, error);
        return std::nullopt;
    }
    QList<InterviewQuestion> result;
    while (q.next())
        result << readQuestion(q);
    return result;
}

std::optional<InterviewQuestion> InterviewQuestionRepository::find(qint64 id, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(Select + u"WHERE q.id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = q.lastError().isValid() ? q.lastError().text()
                                             : QObject::tr("The question no longer exists.");
        return std::nullopt;
    }
    return readQuestion(q);
}

bool InterviewQuestionRepository::writeTopics(qint64 questionId, const QStringList &topics,
                                              QString *error)
{
    QSqlQuery clear(m_db);
    clear.prepare(u"DELETE FROM interview_question_topics WHERE question_id = ?"_s);
    clear.addBindValue(questionId);
    if (!clear.exec())
        return failWith(clear, error);
    InterviewTopicRepository topicRepository(m_db);
    QSqlQuery link(m_db);
    link.prepare(u"INSERT OR IGNORE INTO interview_question_topics (question_id, topic_id) "
                 "VALUES (?, ?)"_s);
    for (const QString &name : topics) {
        const qint64 topicId = topicRepository.ensure(name, error);
        if (topicId == 0)
            return false;
        link.addBindValue(questionId);
        link.addBindValue(topicId);
        if (!link.exec())
            return failWith(link, error);
    }
    return true;
}

qint64 InterviewQuestionRepository::insert(const InterviewQuestion &question, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO interview_questions (id, text, answer_notes, times_asked, last_asked) "
              "VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(question.id > 0 ? QVariant(question.id)
                                   : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(textValue(question.text));
    q.addBindValue(textValue(question.answerNotes));
    q.addBindValue(question.timesAsked);
    q.addBindValue(question.lastAsked.isValid() ? QVariant(question.lastAsked.toString(Qt::ISODate))
                                                : QVariant(QMetaType(QMetaType::QString)));
    if (!q.exec()) {
        failWith(q, error);
        return 0;
    }
    const qint64 id = question.id > 0 ? question.id : q.lastInsertId().toLongLong();
    return writeTopics(id, question.topics, error) ? id : 0;
}

bool InterviewQuestionRepository::update(const InterviewQuestion &question, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE interview_questions SET text = ?, answer_notes = ? WHERE id = ?"_s);
    q.addBindValue(textValue(question.text));
    q.addBindValue(textValue(question.answerNotes));
    q.addBindValue(question.id);
    if (!q.exec())
        return failWith(q, error);
    return writeTopics(question.id, question.topics, error);
}

bool InterviewQuestionRepository::remove(qint64 id, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM interview_questions WHERE id = ?"_s);
    q.addBindValue(id);
    return q.exec() || failWith(q, error);
}

int InterviewQuestionRepository::addFromSession(const InterviewSession &session, QString *error)
{
    QStringList topics;
    for (const InterviewTopicScore &t : session.topics)
        topics << t.name;
    const QString day = session.date.toString(Qt::ISODate);
    QSqlQuery known(m_db);
    known.prepare(u"UPDATE interview_questions SET times_asked = times_asked + 1, "
                  "last_asked = max(coalesce(last_asked, ''), ?) WHERE text = ?"_s);
    int added = 0;
    for (const QString &line : questionLines(session.questionsAsked)) {
        known.addBindValue(day);
        known.addBindValue(line);
        if (!known.exec()) {
            failWith(known, error);
            return -1;
        }
        if (known.numRowsAffected() > 0)
            continue;
        InterviewQuestion q;
        q.text = line;
        q.topics = topics;
        q.timesAsked = 1;
        q.lastAsked = session.date;
        if (insert(q, error) == 0)
            return -1;
        ++added;
    }
    return added;
}
