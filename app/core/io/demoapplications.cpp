#include "db/interviewquestionrepository.h"
#include "db/interviewsessionrepository.h"
#include "db/jobapplicationrepository.h"
#include "demowriter.h"

#include <QHash>

using namespace Qt::StringLiterals;

// The persona's applications, written through the repositories from the real interviews the
// demo already holds: one application per company, applied for some days before the first
// round, moved to screen, technical and onsite before each round, and closed (an offer, a
// rejection or a withdrawal) when the last round is weeks old. Then every session's questions go
// into the question bank, oldest first, as a user pressing "Questions to Bank" would.
QStringList DemoWriter::applicationSources()
{
    return {u"Job board"_s, u"Referral"_s, u"Recruiter"_s, u"Company careers page"_s};
}

bool DemoWriter::writeApplications()
{
    using Stage = JobApplication::Stage;
    InterviewSessionRepository sessions(m_db);
    QString error;
    const auto newestFirst = sessions.all(&error);
    if (!newestFirst)
        return fail(u"applications"_s, error);
    const QList<InterviewSession> ordered(newestFirst->crbegin(), newestFirst->crend());
    QStringList companies;
    QHash<QString, QList<InterviewSession>> rounds;
    for (const InterviewSession &s : ordered) {
        if (s.kind != InterviewSession::Kind::Real || s.company.isEmpty())
            continue;
        if (!rounds.contains(s.company))
            companies << s.company;
        rounds[s.company] << s;
    }
    const QStringList sources = applicationSources();
    JobApplicationRepository applications(m_db);
    for (qsizetype c = 0; c < companies.size(); ++c) {
        const QList<InterviewSession> &mine = rounds.value(companies.at(c));
        JobApplication a;
        a.company = companies.at(c);
        a.role = mine.first().role;
        a.source = m_texts.value(sources.at(c % sources.size()), sources.at(c % sources.size()));
        a.appliedOn = mine.first().date.addDays(-9 - c % 5);
        a.moves << JobApplication::Move {Stage::Applied, a.appliedOn};
        for (qsizetype r = 0; r < mine.size(); ++r) {
            const Stage reached = r == 0 ? Stage::Screen
                : r == 1                 ? Stage::Technical
                                         : Stage::Onsite;
            a.moves << JobApplication::Move {reached, mine.at(r).date.addDays(-3)};
        }
        const QDate last = mine.last().date;
        if (last.daysTo(m_today) > 21) {
            const Stage end = c % 3 == 1 && mine.size() >= 2 ? Stage::Offer
                : c % 3 == 2                                 ? Stage::Withdrawn
                                                             : Stage::Rejected;
            a.moves << JobApplication::Move {end, last.addDays(5 + c % 4)};
        }
        a.stage = a.moves.last().stage;
        const qint64 id = applications.insert(a, &error);
        if (id == 0)
            return fail(u"applications (%1)"_s.arg(a.company), error);
        for (const InterviewSession &s : mine) {
            if (!sessions.setApplication(s.id, id, &error))
                return fail(u"interview_sessions (%1)"_s.arg(a.company), error);
        }
    }
    InterviewQuestionRepository bank(m_db);
    for (const InterviewSession &s : ordered) {
        if (bank.addFromSession(s, &error) < 0)
            return fail(u"interview_questions"_s, error);
    }
    return true;
}
