// Interview sessions, topics, applications, the question bank and formats, on a real workbench.
#include "db/database.h"
#include "db/interviewformatrepository.h"
#include "db/interviewquestionrepository.h"
#include "db/interviewsessionrepository.h"
#include "db/interviewtopicrepository.h"
#include "db/jobapplicationrepository.h"
#include "domain/interviewsessionvalidator.h"
#include "io/newworkbench.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestInterviewRepositories : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void sessionRoundTrip();
    void scheduleFollowsSessions();
    void weakestFromStore();
    void chartsData();
    void applicationStages();
    void questionBank();
    void userFormats();
    void validator();
    void migrationKeepsVersionOneSessions();

private:
    InterviewSession session(const QDate &date, const QList<InterviewTopicScore> &topics) const;
    QSqlDatabase db() const { return m_db->connection(); }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestInterviewRepositories::init()
{
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->open(m_dir.filePath(u"%1.sqlite"_s.arg(QTest::currentTestFunction())),
                        NewWorkbench::builtInRoadmap()),
             qPrintable(m_db->error()));
}

void TestInterviewRepositories::cleanup()
{
    m_db.reset();
}

InterviewSession TestInterviewRepositories::session(const QDate &date,
                                                    const QList<InterviewTopicScore> &topics) const
{
    InterviewSession s;
    s.date = date;
    s.time = QTime(18, 30);
    s.format = u"coding"_s;
    s.ranBy = InterviewSession::RanBy::Peer;
    s.ranByName = u"Ana"_s;
    s.durationMinutes = 45;
    s.selfScore = 3;
    s.topics = topics;
    s.questionsAsked = u"Reverse a linked list\n- Explain attention"_s;
    return s;
}

void TestInterviewRepositories::sessionRoundTrip()
{
    InterviewSessionRepository repo(db());
    InterviewSession s = session(QDate(2025, 4, 2), {{u"Graphs"_s, 4}, {u"Arrays"_s, 0}});
    s.kind = InterviewSession::Kind::Mock;
    s.company = u"<b>Acme</b> \"quoted\""_s;
    s.wentWell = u"Clear\nstructure 🙂"_s;
    QString error;
    s.id = repo.insert(s, &error);
    QVERIFY2(s.id > 0, qPrintable(error));
    const auto found = repo.find(s.id, &error);
    QVERIFY2(found, qPrintable(error));
    QCOMPARE(*found, s); // topics keep the order they were listed in

    s.topics = {{u"Arrays"_s, 2}};
    s.selfScore = 5;
    QVERIFY2(repo.update(s, &error), qPrintable(error));
    QCOMPARE(*repo.find(s.id, &error), s);
    QCOMPARE(repo.all(&error)->size(), 1);

    QVERIFY(repo.remove(s.id, &error));
    QVERIFY(!repo.find(s.id, &error));
    QCOMPARE(*repo.count(&error), 0);
}

void TestInterviewRepositories::scheduleFollowsSessions()
{
    InterviewSessionRepository repo(db());
    InterviewTopicRepository topics(db());
    QString error;
    // Logged out of order: the schedule is replayed by date, so the result is the same.
    const qint64 later = repo.insert(session(QDate(2025, 5, 7), {{u"Graphs"_s, 5}}), &error);
    const qint64 first = repo.insert(session(QDate(2025, 5, 1), {{u"Graphs"_s, 5}}), &error);
    QVERIFY(later > 0 && first > 0);
    auto graphs = [&] {
        const auto all = topics.all(&error);
        for (const InterviewTopic &t : *all) {
            if (t.name == "Graphs"_L1)
                return t;
        }
        return InterviewTopic();
    };
    // 5 on May 1 (1 day), 5 on May 7 (6 days): due May 13, ease 2.7.
    QCOMPARE(graphs().repetitions, 2);
    QCOMPARE(graphs().intervalDays, 6);
    QCOMPARE(graphs().dueOn, QDate(2025, 5, 13));
    QVERIFY(qAbs(graphs().ease - 2.7) < 1e-9);
    QCOMPARE(topics.due(QDate(2025, 5, 12), &error)->size(), 0);
    QCOMPARE(topics.due(QDate(2025, 5, 13), &error)->size(), 1);

    // A topic without its own score uses the session's self score (3 here): ease 2.56.
    QVERIFY(repo.insert(session(QDate(2025, 5, 13), {{u"Graphs"_s, 0}}), &error) > 0);
    QCOMPARE(graphs().intervalDays, 16); // round(6 * 2.7)
    QVERIFY(qAbs(graphs().ease - 2.56) < 1e-9);

    // Deleting sessions replays what is left; with none the topic is fresh again.
    QVERIFY(repo.remove(later, &error));
    QCOMPARE(graphs().repetitions, 2);
    QCOMPARE(graphs().dueOn, QDate(2025, 5, 19)); // 5 on May 1, 3 on May 13: 6 days
    const auto left = repo.all(&error);
    for (const InterviewSession &s : *left)
        QVERIFY(repo.remove(s.id, &error));
    QCOMPARE(graphs().repetitions, 0);
    QVERIFY(!graphs().dueOn.isValid());
}

void TestInterviewRepositories::weakestFromStore()
{
    InterviewSessionRepository repo(db());
    QString error;
    // Graphs: 1, then five 5s (newest five are 5s). Heaps: 2, 3. Tries: never scored.
    QVERIFY(repo.insert(session(QDate(2025, 1, 1), {{u"Graphs"_s, 1}, {u"Heaps"_s, 2}}), &error));
    for (int i = 0; i < 5; ++i)
        QVERIFY(repo.insert(session(QDate(2025, 2, 1 + i), {{u"Graphs"_s, 5}}), &error));
    QVERIFY(repo.insert(session(QDate(2025, 3, 1), {{u"Heaps"_s, 3}}), &error));
    QVERIFY(InterviewTopicRepository(db()).ensure(u"Tries"_s, &error) > 0);
    const auto scores = InterviewTopicRepository(db()).recentScores(&error);
    QVERIFY2(scores, qPrintable(error));
    const auto ranked = TopicRanking::weakest(*scores);
    QCOMPARE(ranked.size(), 2);
    QCOMPARE(ranked.at(0).name, u"Heaps"_s);
    QCOMPARE(ranked.at(0).average, 2.5);
    QCOMPARE(ranked.at(1).name, u"Graphs"_s);
    QCOMPARE(ranked.at(1).average, 5.0);
}

void TestInterviewRepositories::chartsData()
{
    InterviewSessionRepository repo(db());
    QString error;
    InterviewSession s = session(QDate(2025, 3, 3), {}); // a Monday
    QVERIFY(repo.insert(s, &error));
    s.date = QDate(2025, 3, 9); // the same week
    s.interviewerScore = 5;
    QVERIFY(repo.insert(s, &error));
    s.date = QDate(2025, 3, 10);
    s.format = u"behavioural"_s;
    QVERIFY(repo.insert(s, &error));
    const auto weekly = repo.weeklyCounts(QDate(2025, 3, 3), 3, &error);
    QVERIFY2(weekly, qPrintable(error));
    QCOMPARE(weekly->value(u"coding"_s), (QList<int> {2, 0, 0}));
    QCOMPARE(weekly->value(u"behavioural"_s), (QList<int> {0, 1, 0}));
    const auto scores = repo.scores(&error);
    QCOMPARE(scores->size(), 3);
    QCOMPARE(scores->first().format, u"behavioural"_s);
    QCOMPARE(InterviewReadiness::scoreOf(scores->at(1)), 5);
}

void TestInterviewRepositories::applicationStages()
{
    JobApplicationRepository repo(db());
    QString error;
    JobApplication a;
    a.company = u"Acme"_s;
    a.role = u"ML engineer"_s;
    a.appliedOn = QDate(2025, 3, 1);
    a.id = repo.insert(a, &error);
    QVERIFY2(a.id > 0, qPrintable(error));
    JobApplication b;
    b.company = u"Globex"_s;
    b.appliedOn = QDate(2025, 3, 2);
    b.id = repo.insert(b, &error);

    QVERIFY(repo.moveTo(a.id, JobApplication::Stage::Screen, QDate(2025, 3, 5), &error));
    QVERIFY(repo.moveTo(a.id, JobApplication::Stage::Onsite, QDate(2025, 3, 20), &error));
    QVERIFY(repo.moveTo(b.id, JobApplication::Stage::Rejected, QDate(2025, 3, 9), &error));
    const auto found = repo.find(a.id, &error);
    QCOMPARE(found->stage, JobApplication::Stage::Onsite);
    QCOMPARE(found->moves.size(), 3);
    QCOMPARE(found->moves.last().on, QDate(2025, 3, 20));

    // Onsite passed screen and technical; the rejected one only applied.
    const auto funnel = repo.funnel(&error);
    QVERIFY(funnel);
    QCOMPARE((*funnel)[size_t(JobApplication::Stage::Applied)], 2);
    QCOMPARE((*funnel)[size_t(JobApplication::Stage::Screen)], 1);
    QCOMPARE((*funnel)[size_t(JobApplication::Stage::Technical)], 1);
    QCOMPARE((*funnel)[size_t(JobApplication::Stage::Onsite)], 1);
    QCOMPARE((*funnel)[size_t(JobApplication::Stage::Offer)], 0);
    QCOMPARE((*funnel)[size_t(JobApplication::Stage::Rejected)], 1);

    QVERIFY(repo.undoLastMove(a.id, &error));
    QCOMPARE(repo.find(a.id, &error)->stage, JobApplication::Stage::Screen);

    // A real session belongs to an application and is listed with it; deleting the
    // application keeps the session.
    InterviewSession s = session(QDate(2025, 3, 5), {});
    s.kind = InterviewSession::Kind::Real;
    s.ranBy = InterviewSession::RanBy::Unknown;
    s.company = u"Acme"_s;
    s.applicationId = a.id;
    InterviewSessionRepository sessions(db());
    s.id = sessions.insert(s, &error);
    QCOMPARE(sessions.forApplication(a.id, &error)->size(), 1);
    QVERIFY(repo.remove(a.id, &error));
    QCOMPARE(sessions.find(s.id, &error)->applicationId, 0);
    QCOMPARE(repo.all(&error)->size(), 1);
}

void TestInterviewRepositories::questionBank()
{
    InterviewQuestionRepository bank(db());
    QString error;
    InterviewSession s = session(QDate(2025, 6, 1), {{u"Graphs"_s, 4}});
    QCOMPARE(bank.addFromSession(s, &error), 2);
    s.date = QDate(2025, 6, 9);
    s.questionsAsked = u"Reverse a linked list\nDesign a feature store"_s;
    QCOMPARE(bank.addFromSession(s, &error), 1); // one known, one new

    const auto all = bank.search({}, -1, &error);
    QVERIFY2(all, qPrintable(error));
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->first().text, u"Reverse a linked list"_s); // asked twice: first
    QCOMPARE(all->first().timesAsked, 2);
    QCOMPARE(all->first().lastAsked, QDate(2025, 6, 9));
    QCOMPARE(all->first().topics, QStringList {u"Graphs"_s});

    QCOMPARE(bank.search(u"ATTENTION"_s, 10, &error)->size(), 1); // "- " bullet removed
    QCOMPARE(bank.search(u"graphs"_s, 10, &error)->size(), 3); // by topic
    QCOMPARE(bank.search(u"100%"_s, 10, &error)->size(), 0); // % is literal
    QCOMPARE(bank.search({}, 1, &error)->size(), 1);
}

void TestInterviewRepositories::userFormats()
{
    InterviewFormatRepository formats(db());
    QString error;
    QVERIFY(formats.keys(&error)->contains(u"responsible_ai"_s));
    const QString key = formats.add(u"Pair débugging!"_s, &error);
    QCOMPARE(key, u"pair_debugging"_s);
    QVERIFY(formats.add(u"pair debugging"_s, &error).isEmpty()); // the same key
    InterviewSession s = session(QDate(2025, 1, 1), {});
    s.format = key;
    QVERIFY2(InterviewSessionRepository(db()).insert(s, &error) > 0, qPrintable(error));
    s.format = u"nonsense"_s;
    QCOMPARE(InterviewSessionRepository(db()).insert(s, &error), 0); // the schema refuses it
    QCOMPARE(InterviewFormat::displayName(u"statistics"_s, {}), u"Statistics and probability"_s);
}

void TestInterviewRepositories::validator()
{
    const InterviewSessionValidator v({u"coding"_s});
    InterviewSession s = session(QDate(2025, 1, 1), {{u"Graphs"_s, 4}});
    QVERIFY(v.validate(s).isEmpty());
    using F = InterviewSessionValidator::Field;
    auto problemsOf = [&](auto change) {
        InterviewSession c = s;
        change(c);
        return v.validate(c).keys();
    };
    QCOMPARE(problemsOf([](auto &c) { c.date = {}; }), QList<F> {F::Date});
    QCOMPARE(problemsOf([](auto &c) { c.format = u"x"_s; }), QList<F> {F::Format});
    QCOMPARE(problemsOf([](auto &c) { c.selfScore = 6; }), QList<F> {F::SelfScore});
    QCOMPARE(problemsOf([](auto &c) { c.interviewerScore = -1; }), QList<F> {F::InterviewerScore});
    QCOMPARE(problemsOf([](auto &c) { c.durationMinutes = 24 * 60 + 1; }), QList<F> {F::Duration});
    QCOMPARE(problemsOf([](auto &c) { c.kind = InterviewSession::Kind::Real; }),
             (QList<F> {F::RanBy, F::Company}));
    QCOMPARE(problemsOf([](auto &c) {
                 c.topics << InterviewTopicScore {u"graphs"_s, 2};
             }),
             QList<F> {F::Topics});
    QCOMPARE(problemsOf([](auto &c) { c.topics = {{u"a;b"_s, 0}}; }), QList<F> {F::Topics});
    QCOMPARE(problemsOf([](auto &c) { c.topics = {{u" a"_s, 0}}; }), QList<F> {F::Topics});
}

void TestInterviewRepositories::migrationKeepsVersionOneSessions()
{
    // A version 1 workbench with a session and its topic becomes version 3 with both kept.
    QTemporaryDir dir;
    const QString v1 = dir.filePath(u"v1"_s);
    QDir().mkpath(v1);
    QVERIFY(QFile::copy(u":/migrations/0001_initial.sql"_s, v1 + u"/0001_initial.sql"_s));
    const QString path = dir.filePath(u"old.sqlite"_s);
    {
        Database old(v1);
        QVERIFY2(old.open(path), qPrintable(old.error()));
        QSqlQuery q(old.connection());
        QVERIFY(q.exec(u"INSERT INTO interview_topics (id, name) VALUES (7, 'Graphs')"_s));
        QVERIFY(q.exec(u"INSERT INTO interview_sessions (id, occurred_at, kind, format, "
                       "self_score) VALUES (3, '2025-01-02T10:00', 'mock', 'coding', 4)"_s));
        QVERIFY(q.exec(u"INSERT INTO interview_session_topics VALUES (3, 7, 5)"_s));
    }
    Database db;
    QVERIFY2(db.open(path), qPrintable(db.error()));
    QString error;
    const auto s = InterviewSessionRepository(db.connection()).find(3, &error);
    QVERIFY2(s, qPrintable(error));
    QCOMPARE(s->format, u"coding"_s);
    QCOMPARE(s->ranBy, InterviewSession::RanBy::Self);
    QCOMPARE(s->topics, (QList<InterviewTopicScore> {{u"Graphs"_s, 5}}));
    QSqlQuery fk(db.connection());
    QVERIFY(fk.exec(u"PRAGMA foreign_key_check"_s));
    QVERIFY(!fk.next());
    // The topics still cascade with their session after the rename.
    QVERIFY(InterviewSessionRepository(db.connection()).remove(3, &error));
    QVERIFY(fk.exec(u"SELECT count(*) FROM interview_session_topics"_s) && fk.next());
    QCOMPARE(fk.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestInterviewRepositories)
#include "tst_interviewrepositories.moc"
