// Interview practice at 100,000 sessions, as ratios to baselines measured in the same run
// (never asserted on time):
//  - CSV import (reading, checking and writing, one transaction) vs a raw prepared insert of the
//    same rows and columns in one transaction (goal: at most 2x);
//  - times are CPU times of this process (see Bench::cpuNow);
//  - the session list read by the repository vs the raw SQL read of the same rows (goal: 2x);
//  - the Interviews page's table: opening (the model's read), sorting and filtering the
//    100,000 rows through its proxy, each against the same raw read (goal: 2x).
#include "benchhelper.h"
#include "db/database.h"
#include "db/interviewsessionrepository.h"
#include "db/interviewtopicrepository.h"
#include "db/sqlhelpers.h"
#include "db/transaction.h"
#include "interviews/interviewfilterproxy.h"
#include "interviews/interviewsessionsmodel.h"
#include "interviews/interviewstore.h"
#include "io/interviewcsv.h"
#include "io/interviewcsvimport.h"
#include "io/newworkbench.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>
#include <limits>

using namespace Qt::StringLiterals;
using Bench::bestCpuOf;
using Bench::cpuNow;
using Bench::reportCpu;

namespace {

constexpr int Sessions = 100'000;

QList<InterviewSession> makeSessions()
{
    QRandomGenerator rng(42);
    const QStringList formats
        = {u"coding"_s, u"system_design"_s, u"ml_theory"_s, u"behavioural"_s, u"statistics"_s};
    QStringList topics;
    for (int i = 0; i < 40; ++i)
        topics << u"Topic %1"_s.arg(i);
    QList<InterviewSession> sessions;
    sessions.reserve(Sessions);
    for (int i = 0; i < Sessions; ++i) {
        InterviewSession s;
        s.date = QDate(2015, 1, 1).addDays(i / 20);
        s.time = QTime(8 + i % 12, (i * 7) % 60);
        s.kind = i % 3 ? InterviewSession::Kind::Mock : InterviewSession::Kind::Real;
        s.ranBy = s.kind == InterviewSession::Kind::Mock ? InterviewSession::RanBy::Peer
                                                         : InterviewSession::RanBy::Unknown;
        s.format = formats.at(i % formats.size());
        s.company = u"Company %1"_s.arg(i % 900);
        s.role = u"ML engineer, \"platform\""_s;
        s.durationMinutes = 30 + i % 60;
        s.selfScore = 1 + rng.bounded(5);
        s.interviewerScore = rng.bounded(6);
        for (int k = 0; k < 2 + i % 2; ++k)
            s.topics.append(
                {topics.at(rng.bounded(int(topics.size()))) + u" %1"_s.arg(k), rng.bounded(6)});
        s.questionsAsked = u"Explain attention\nDesign a feature store"_s;
        s.wentWell = u"Clear structure, good trade-offs"_s;
        s.toImprove = u"=Talk about cost"_s;
        s.actionItems = u"Read the paper; practise"_s;
        sessions << s;
    }
    return sessions;
}

std::unique_ptr<Database> freshDatabase(const QTemporaryDir &dir, const QString &name)
{
    auto db = std::make_unique<Database>();
    if (!db->open(dir.filePath(name), NewWorkbench::builtInRoadmap())) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(db->error()));
        std::exit(1);
    }
    return db;
}

// The baseline: the same rows and columns, prepared once, one transaction, values ready.
void rawInsert(QSqlDatabase db, const QList<InterviewSession> &sessions)
{
    Transaction t(db);
    QSqlQuery topic(db);
    topic.prepare(u"INSERT INTO interview_topics (name) VALUES (?)"_s);
    QHash<QString, qint64> topicIds;
    QSqlQuery session(db);
    session.prepare(u"INSERT INTO interview_sessions (occurred_at, kind, format, ran_by, "
                    "ran_by_name, application_id, company, role, duration_minutes, self_score, "
                    "interviewer_score, went_well, to_improve, action_items, questions_asked) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery link(db);
    link.prepare(u"INSERT INTO interview_session_topics (session_id, topic_id, score, position) "
                 "VALUES (?, ?, ?, ?)"_s);
    const QVariant nullInt {QMetaType(QMetaType::LongLong)};
    for (const InterviewSession &s : sessions) {
        session.addBindValue(s.occurredAt());
        session.addBindValue(InterviewSession::kindKey(s.kind));
        session.addBindValue(s.format);
        const QString ranBy = InterviewSession::ranByKey(s.ranBy);
        session.addBindValue(ranBy.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : ranBy);
        session.addBindValue(SqlHelpers::textValue(s.ranByName));
        session.addBindValue(nullInt);
        session.addBindValue(SqlHelpers::textValue(s.company));
        session.addBindValue(SqlHelpers::textValue(s.role));
        session.addBindValue(s.durationMinutes);
        session.addBindValue(s.selfScore);
        session.addBindValue(s.interviewerScore > 0 ? QVariant(s.interviewerScore) : nullInt);
        session.addBindValue(SqlHelpers::textValue(s.wentWell));
        session.addBindValue(SqlHelpers::textValue(s.toImprove));
        session.addBindValue(SqlHelpers::textValue(s.actionItems));
        session.addBindValue(SqlHelpers::textValue(s.questionsAsked));
        if (!session.exec()) {
            std::fprintf(stderr, "raw insert failed: %s\n", qPrintable(session.lastError().text()));
            std::exit(1);
        }
        const qint64 id = session.lastInsertId().toLongLong();
        int position = 0;
        for (const InterviewTopicScore &ts : s.topics) {
            qint64 topicId = topicIds.value(ts.name);
            if (topicId == 0) {
                topic.addBindValue(ts.name);
                topic.exec();
                topicId = topic.lastInsertId().toLongLong();
                topicIds.insert(ts.name, topicId);
            }
            link.addBindValue(id);
            link.addBindValue(topicId);
            link.addBindValue(ts.score > 0 ? QVariant(ts.score) : nullInt);
            link.addBindValue(position++);
            link.exec();
        }
    }
    t.commit();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QList<InterviewSession> sessions = makeSessions();
    const QByteArray csv = InterviewCsv::write(sessions);
    std::printf("%d sessions, CSV %.1f MB\n", Sessions, csv.size() / 1e6);

    qint64 raw = std::numeric_limits<qint64>::max();
    qint64 imported = std::numeric_limits<qint64>::max();
    std::unique_ptr<Database> kept;
    for (int run = 0; run < 2; ++run) {
        auto base = freshDatabase(dir, u"raw%1.sqlite"_s.arg(run));
        raw = qMin(raw, bestCpuOf(1, [&] { rawInsert(base->connection(), sessions); }));
        auto target = freshDatabase(dir, u"import%1.sqlite"_s.arg(run));
        imported = qMin(imported, bestCpuOf(1, [&] {
                            InterviewCsvImport import(target->connection());
                            QString error;
                            const qint64 start = cpuNow();
                            const auto preview = import.preview(csv, &error);
                            const qint64 read = cpuNow() - start;
                            const bool ok = preview && import.apply(*preview, {}, &error);
                            std::printf("  reading and checking %.0f ms CPU, writing %.0f ms CPU\n",
                                        read / 1e6, (cpuNow() - start - read) / 1e6);
                            if (!ok) {
                                std::fprintf(stderr, "import failed: %s\n", qPrintable(error));
                                std::exit(1);
                            }
                        }));
        kept = std::move(target);
    }
    reportCpu("CSV import of 100,000 sessions (goal <= 2)", imported, raw);

    const QSqlDatabase db = kept->connection();
    {
        QElapsedTimer replay;
        replay.start();
        Transaction t(db);
        QString error;
        if (!InterviewTopicRepository(db).replaySchedule({}, &error))
            std::fprintf(stderr, "replay failed: %s\n", qPrintable(error));
        std::printf("  replaying the schedule of every topic: %.0f ms\n",
                    replay.nsecsElapsed() / 1e6);
    }
    const qint64 rawRead = bestCpuOf(3, [&] {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.exec(InterviewSessionRepository::selectSql()
               + u"ORDER BY s.occurred_at DESC, s.id DESC"_s);
        qint64 sum = 0;
        while (q.next()) {
            for (int c = 0; c < 17; ++c)
                sum += q.value(c).toString().size();
        }
        if (sum == 0)
            std::exit(1);
    });
    const qint64 repoRead = bestCpuOf(3, [&] {
        QString error;
        const auto all = InterviewSessionRepository(db).all(&error);
        if (!all || all->size() != Sessions)
            std::exit(1);
    });
    reportCpu("session list, 100,000 rows (goal <= 2)", repoRead, rawRead);

    // The page's table: the model reads once, the proxy sorts and filters in memory.
    InterviewStore store(WorkbenchContext {kept.get(), nullptr, nullptr});
    InterviewSessionsModel model(&store);
    const qint64 open = bestCpuOf(3, [&] {
        model.reload();
        if (model.rowCount() != Sessions)
            std::exit(1);
    });
    reportCpu("page table opens, 100,000 rows (goal <= 2)", open, rawRead);
    InterviewFilterProxy proxy(&model);
    const qint64 sorted = bestCpuOf(3, [&] {
        proxy.sort(InterviewSessionsModel::Company, Qt::AscendingOrder);
        proxy.sort(InterviewSessionsModel::Date, Qt::DescendingOrder);
    });
    reportCpu("page table sorts twice (company, date) (goal <= 2)", sorted, rawRead);
    const qint64 filtered = bestCpuOf(3, [&] {
        proxy.setText(u"Company 12"_s);
        proxy.setText(QString());
    });
    reportCpu("page table filters by text and back (goal <= 2)", filtered, rawRead);
    return 0;
}
