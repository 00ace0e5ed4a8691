#pragma once

#include "common/areastore.h"
#include "db/jobapplicationrepository.h"
#include "domain/interviewquestion.h"
#include "domain/interviewsession.h"
#include "domain/jobapplication.h"

#include <QDate>
#include <QList>

#include <optional>

// The Interviews area's store: the one place its edits are written (sessions, applications and
// their stage moves, the question bank, formats), each in one transaction. Saving a session
// replays the spaced-practice state of the topics it touches (InterviewSessionWriter).
// Called by the undo commands only; the models read and re-read what the signals name.
class InterviewStore : public AreaStore
{
    Q_OBJECT
public:
    explicit InterviewStore(const WorkbenchContext &context, QObject *parent = nullptr);

    // Adds S (S.id != 0 restores that id); the result carries the new id.
    WriteResult addSession(const InterviewSession &s);
    WriteResult updateSession(const InterviewSession &s);
    WriteResult removeSession(qint64 id);
    // The session as stored, for a delete's undo; nullopt (and failed()) when unreadable.
    std::optional<InterviewSession> session(qint64 id);

    // Adds a format the user names; its key is lastFormatKey() after success.
    WriteResult addFormat(const QString &name);
    QString lastFormatKey() const { return m_lastFormatKey; }
    // Removes a user's format that no session uses.
    WriteResult removeFormat(const QString &key);

    WriteResult addApplication(const JobApplication &a);
    WriteResult updateApplication(const JobApplication &a);
    WriteResult removeApplication(qint64 id);
    // Puts a deleted application back under its id, with its moves, and points the interviews
    // and postings that were linked to it at it again (undo of a delete).
    WriteResult restoreApplication(const JobApplication &a,
                                   const JobApplicationRepository::Links &links);
    // What is linked to application ID (its interviews, kept job postings).
    std::optional<JobApplicationRepository::Links> applicationLinks(qint64 id);
    WriteResult moveApplication(qint64 id, JobApplication::Stage stage, const QDate &day);
    WriteResult undoApplicationMove(qint64 id);
    std::optional<JobApplication> application(qint64 id);

    // Up to LIMIT bank questions holding TEXT, for the search while logging a session; nullopt
    // and ERROR when the bank cannot be read (not read is not "no match").
    std::optional<QList<InterviewQuestion>> searchQuestions(const QString &text, int limit,
                                                            QString *error);
    // The bank's questions that SESSION's lines name (what adding them would change).
    std::optional<QList<InterviewQuestion>> bankEntriesFor(const InterviewSession &session);
    // Puts SESSION's questions into the bank; the result's id is how many were new.
    WriteResult addQuestionsFromSession(const InterviewSession &session);
    // Takes back addQuestionsFromSession: removes the lines' questions and restores BEFORE.
    WriteResult restoreQuestions(const InterviewSession &session,
                                 const QList<InterviewQuestion> &before);
    WriteResult addQuestion(const InterviewQuestion &q);
    WriteResult updateQuestion(const InterviewQuestion &q);
    WriteResult removeQuestion(qint64 id);

signals:
    // Session ID was added, changed or removed: views re-read it.
    void sessionChanged(qint64 id);
    void applicationsChanged();
    void questionsChanged();
    void formatsChanged();

private:
    QString m_lastFormatKey;
};
