#include "interviewstore.h"

#include "db/interviewformatrepository.h"
#include "db/interviewquestionrepository.h"
#include "db/interviewsessionrepository.h"
#include "db/jobapplicationrepository.h"

namespace {
constexpr ChangeNotifier::Areas Area = ChangeNotifier::Interviews;
}

InterviewStore::InterviewStore(const WorkbenchContext &context, QObject *parent)
    : AreaStore(context, parent)
{ }

WriteResult InterviewStore::addSession(const InterviewSession &s)
{
    const WriteResult r = write(Area, tr("The interview session could not be saved"), [&] {
        QString error;
        const qint64 id = InterviewSessionRepository(connection()).insert(s, &error);
        return id > 0 ? WriteResult::success(id) : WriteResult::failure(error);
    });
    if (r.ok())
        emit sessionChanged(r.id());
    return r;
}

WriteResult InterviewStore::updateSession(const InterviewSession &s)
{
    const WriteResult r = write(Area, tr("The interview session could not be saved"), [&] {
        QString error;
        const bool ok = InterviewSessionRepository(connection()).update(s, &error);
        return WriteResult::check(ok, error);
    });
    if (r.ok())
        emit sessionChanged(s.id);
    return r;
}

WriteResult InterviewStore::removeSession(qint64 id)
{
    const WriteResult r = write(Area, tr("The interview session could not be deleted"), [&] {
        QString error;
        const bool ok = InterviewSessionRepository(connection()).remove(id, &error);
        return WriteResult::check(ok, error);
    });
    if (r.ok())
        emit sessionChanged(id);
    return r;
}

std::optional<InterviewSession> InterviewStore::session(qint64 id)
{
    QString error;
    auto s = InterviewSessionRepository(connection()).find(id, &error);
    if (!s)
        reportFailure(tr("The interview session cannot be read: %1").arg(error));
    return s;
}

WriteResult InterviewStore::addFormat(const QString &name)
{
    m_lastFormatKey.clear();
    const WriteResult r = write(Area, tr("The format could not be added"), [&] {
        QString error;
        m_lastFormatKey = InterviewFormatRepository(connection()).add(name, &error);
        if (m_lastFormatKey.isEmpty() && error.isEmpty())
            error = tr("the name needs at least one letter or digit");
        return WriteResult::check(!m_lastFormatKey.isEmpty(), error);
    });
    if (r.ok())
        emit formatsChanged();
    return r;
}

WriteResult InterviewStore::removeFormat(const QString &key)
{
    const WriteResult r = write(Area, tr("The format could not be removed"), [&] {
        QString error;
        const bool ok = InterviewFormatRepository(connection()).remove(key, &error);
        return WriteResult::check(ok, error);
    });
    if (r.ok())
        emit formatsChanged();
    return r;
}

WriteResult InterviewStore::addApplication(const JobApplication &a)
{
    const WriteResult r = write(Area, tr("The application could not be saved"), [&] {
        QString error;
        const qint64 id = JobApplicationRepository(connection()).insert(a, &error);
        return id > 0 ? WriteResult::success(id) : WriteResult::failure(error);
    });
    if (r.ok())
        emit applicationsChanged();
    return r;
}

WriteResult InterviewStore::updateApplication(const JobApplication &a)
{
    const WriteResult r = write(Area, tr("The application could not be saved"), [&] {
        QString error;
        const bool ok = JobApplicationRepository(connection()).update(a, &error);
        return WriteResult::check(ok, error);
    });
    if (r.ok())
        emit applicationsChanged();
    return r;
}

WriteResult InterviewStore::removeApplication(qint64 id)
{
    JobApplicationRepository::Links unlinked;
    const WriteResult r = write(Area, tr("The application could not be deleted"), [&] {
        QString error;
        JobApplicationRepository repo(connection());
        const auto links = repo.links(id, &error);
        if (!links || !repo.remove(id, &error))
            return WriteResult::failure(error);
        unlinked = *links;
        return WriteResult::success();
    });
    if (r.ok()) {
        emit applicationsChanged();
        // Their interviews stay, unlinked: the rows that show them read them again.
        for (qint64 session : std::as_const(unlinked.sessions))
            emit sessionChanged(session);
    }
    return r;
}

WriteResult InterviewStore::restoreApplication(const JobApplication &a,
                                               const JobApplicationRepository::Links &links)
{
    const WriteResult r = write(Area, tr("The application could not be restored"), [&] {
        QString error;
        JobApplicationRepository repo(connection());
        const qint64 id = repo.insert(a, &error);
        if (id <= 0 || !repo.relink(id, links, &error))
            return WriteResult::failure(error);
        return WriteResult::success(id);
    });
    if (r.ok()) {
        emit applicationsChanged();
        for (qint64 session : links.sessions)
            emit sessionChanged(session);
    }
    return r;
}

std::optional<JobApplicationRepository::Links> InterviewStore::applicationLinks(qint64 id)
{
    QString error;
    auto links = JobApplicationRepository(connection()).links(id, &error);
    if (!links)
        reportFailure(tr("The application cannot be read: %1").arg(error));
    return links;
}

WriteResult InterviewStore::moveApplication(qint64 id, JobApplication::Stage stage,
                                            const QDate &day)
{
    const WriteResult r = write(Area, tr("The application could not be moved"), [&] {
        QString error;
        const bool ok = JobApplicationRepository(connection()).moveTo(id, stage, day, &error);
        return WriteResult::check(ok, error);
    });
    if (r.ok())
        emit applicationsChanged();
    return r;
}

WriteResult InterviewStore::undoApplicationMove(qint64 id)
{
    const WriteResult r = write(Area, tr("The application could not be moved back"), [&] {
        QString error;
        const bool ok = JobApplicationRepository(connection()).undoLastMove(id, &error);
        return WriteResult::check(ok, error);
    });
    if (r.ok())
        emit applicationsChanged();
    return r;
}

std::optional<JobApplication> InterviewStore::application(qint64 id)
{
    QString error;
    auto a = JobApplicationRepository(connection()).find(id, &error);
    if (!a)
        reportFailure(tr("The application cannot be read: %1").arg(error));
    return a;
}

std::optional<QList<InterviewQuestion>> InterviewStore::searchQuestions(const QString &text,
                                                                        int limit, QString *error)
{
    return InterviewQuestionRepository(connection()).search(text, limit, error);
}

std::optional<QList<InterviewQuestion>>
InterviewStore::bankEntriesFor(const InterviewSession &session)
{
    InterviewQuestionRepository repo(connection());
    QList<InterviewQuestion> found;
    for (const QString &line : InterviewQuestionRepository::questionLines(session.questionsAsked)) {
        QString error;
        const auto matches = repo.search(line, -1, &error);
        if (!matches) {
            reportFailure(tr("The question bank cannot be read: %1").arg(error));
            return std::nullopt;
        }
        for (const InterviewQuestion &q : *matches)
            if (q.text == line)
                found.append(q);
    }
    return found;
}

WriteResult InterviewStore::addQuestionsFromSession(const InterviewSession &session)
{
    const WriteResult r = write(Area, tr("The questions could not be added to the bank"), [&] {
        QString error;
        const int added = InterviewQuestionRepository(connection()).addFromSession(session, &error);
        return added >= 0 ? WriteResult::success(added) : WriteResult::failure(error);
    });
    if (r.ok())
        emit questionsChanged();
    return r;
}

WriteResult InterviewStore::restoreQuestions(const InterviewSession &session,
                                             const QList<InterviewQuestion> &before)
{
    const WriteResult r = write(Area, tr("The question bank could not be restored"), [&] {
        InterviewQuestionRepository repo(connection());
        QString error;
        for (const QString &line :
             InterviewQuestionRepository::questionLines(session.questionsAsked)) {
            const auto matches = repo.search(line, -1, &error);
            if (!matches)
                return WriteResult::failure(error);
            for (const InterviewQuestion &q : *matches)
                if (q.text == line && !repo.remove(q.id, &error))
                    return WriteResult::failure(error);
        }
        for (const InterviewQuestion &q : before)
            if (repo.insert(q, &error) == 0)
                return WriteResult::failure(error);
        return WriteResult::success();
    });
    if (r.ok())
        emit questionsChanged();
    return r;
}

WriteResult InterviewStore::addQuestion(const InterviewQuestion &q)
{
    const WriteResult r = write(Area, tr("The question could not be saved"), [&] {
        QString error;
        const qint64 id = InterviewQuestionRepository(connection()).insert(q, &error);
        return id > 0 ? WriteResult::success(id) : WriteResult::failure(error);
    });
    if (r.ok())
        emit questionsChanged();
    return r;
}

WriteResult InterviewStore::updateQuestion(const InterviewQuestion &q)
{
    const WriteResult r = write(Area, tr("The question could not be saved"), [&] {
        QString error;
        const bool ok = InterviewQuestionRepository(connection()).update(q, &error);
        return WriteResult::check(ok, error);
    });
    if (r.ok())
        emit questionsChanged();
    return r;
}

WriteResult InterviewStore::removeQuestion(qint64 id)
{
    const WriteResult r = write(Area, tr("The question could not be deleted"), [&] {
        QString error;
        const bool ok = InterviewQuestionRepository(connection()).remove(id, &error);
        return WriteResult::check(ok, error);
    });
    if (r.ok())
        emit questionsChanged();
    return r;
}
