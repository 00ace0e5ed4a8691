#pragma once

#include "domain/interviewquestion.h"
#include "domain/interviewsession.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// The question bank. Writes run in the caller's transaction.
class InterviewQuestionRepository
{
public:
    explicit InterviewQuestionRepository(QSqlDatabase db);

    // Questions whose text, answer notes or topic names contain TEXT (case-insensitive for
    // ASCII; everything when TEXT is empty), most often asked first; at most LIMIT (-1: all).
    std::optional<QList<InterviewQuestion>> search(const QString &text, int limit,
                                                   QString *error) const;
    std::optional<InterviewQuestion> find(qint64 id, QString *error) const;

    [[nodiscard]] qint64 insert(const InterviewQuestion &question, QString *error);
    // Saves the text, answer notes and topics.
    [[nodiscard]] bool update(const InterviewQuestion &question, QString *error);
    [[nodiscard]] bool remove(qint64 id, QString *error);

    // Puts each line of SESSION's questions into the bank in one step: a new question is added
    // with the session's topics; a known one is counted as asked again (on the session's day, if
    // later than its last). Returns how many lines were new, or -1.
    [[nodiscard]] int addFromSession(const InterviewSession &session, QString *error);
    // The questions a session's lines would add or count again.
    static QStringList questionLines(const QString &questionsAsked);

private:
    bool writeTopics(qint64 questionId, const QStringList &topics, QString *error);

    QSqlDatabase m_db;
};
