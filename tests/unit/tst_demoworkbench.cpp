#include "db/database.h"
#include "db/interviewtopicrepository.h"
#include "db/jobmatchrepository.h"
#include "db/jobpostingrepository.h"
#include "db/progressrepository.h"
#include "db/roadmaptemplaterepository.h"
#include "io/demoworkbench.h"
#include "io/demowriter.h"
#include "io/roadmaptemplatejson.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// A fixed day, so that every run writes the same demo.
static const QDate Today(2025, 3, 14);

class TestDemoWorkbench : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void opensAtLatestSchema();
    void counts();
    void aPostingToMatch();
    void databaseIsConsistent();
    void certificationsAreOrdered();
    void studyMatchesThePersona();
    void levelsWereGainedRecently();
    void interviewSessionsAreConsistent();
    void topicStateFollowsSessions();
    void topicStateIsWhatTheAppReplays();
    void selfScoresImprove();
    void sameDayGivesSameDemo();
    void refusesExistingFile_data();
    void refusesExistingFile();
    void failureNamesFieldAndLeavesNoFile();

private:
    QList<QVariantList> rows(const QString &sql) const;
    QVariant scalar(const QString &sql) const;
    static QJsonObject persona();
    static QByteArray digest(const QString &path);

    QTemporaryDir m_dir;
    QString m_path;
    Database m_db;
};

QList<QVariantList> TestDemoWorkbench::rows(const QString &sql) const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(sql))
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    QList<QVariantList> result;
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < q.record().count(); ++i)
            row << q.value(i);
        result << row;
    }
    return result;
}

QVariant TestDemoWorkbench::scalar(const QString &sql) const
{
    const auto r = rows(sql);
    return r.isEmpty() ? QVariant() : r.first().value(0);
}

QJsonObject TestDemoWorkbench::persona()
{
    QFile f(u":/seed/demo.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QByteArray TestDemoWorkbench::digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void TestDemoWorkbench::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"demo.sqlite"_s);
    QString error;
    QVERIFY2(DemoWorkbench::create(m_path, &error, Today), qPrintable(error));
    QVERIFY(QFileInfo::exists(m_path));
    QVERIFY2(m_db.open(m_path), qPrintable(m_db.error()));
    QVERIFY(!m_db.createdNew());
}

void TestDemoWorkbench::cleanupTestCase()
{
    m_db.close();
}

void TestDemoWorkbench::opensAtLatestSchema()
{
    QVERIFY(m_db.isOpen());
    QCOMPARE(m_db.status(), Database::Status::Ok);
    QCOMPARE(m_db.schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(scalar(u"PRAGMA application_id"_s).toLongLong(), qint64(Database::ApplicationId));
}

void TestDemoWorkbench::counts()
{
    QCOMPARE(scalar(u"SELECT name FROM profile WHERE id = 1"_s).toString(), u"Daniel Okafor"_s);
    QCOMPARE(scalar(u"SELECT count(*) FROM profile_links"_s).toInt(), 2);
    QVERIFY(scalar(u"SELECT count(*) FROM skills"_s).toInt() >= 60);
    QVERIFY(scalar(u"SELECT count(*) FROM skills WHERE status = 'learning'"_s).toInt() > 20);
    QCOMPARE(scalar(u"SELECT count(*) FROM projects"_s).toInt(), 10);
    QCOMPARE(scalar(u"SELECT count(DISTINCT status) FROM projects"_s).toInt(), 4);
    QVERIFY(scalar(u"SELECT count(*) FROM project_metrics"_s).toInt() > 10);
    // Every project lists every known practice, done or not.
    QCOMPARE(scalar(u"SELECT count(*) FROM project_practices"_s).toInt(), 10 * 14);
    // ... under the ids of the checklist, and projects with an architecture have a diagram.
    QCOMPARE(scalar(u"SELECT count(*) FROM project_practices WHERE practice NOT IN ("
                    "'readme', 'readme_install', 'readme_usage', 'tests', 'ci', 'environment', "
                    "'container', 'license', 'coverage', 'absolute_paths', 'secrets', "
                    "'architecture', 'results', 'target')"_s)
                 .toInt(),
             0);
    QCOMPARE(scalar(u"SELECT count(*) FROM project_images"_s).toInt(), 8);
    QCOMPARE(scalar(u"SELECT count(*) FROM projects WHERE highlights <> ''"_s).toInt(), 4);
    QCOMPARE(scalar(u"SELECT count(*) FROM projects WHERE featured = 1"_s).toInt(), 2);
    QVERIFY(scalar(u"SELECT count(*) FROM project_practices WHERE done = 1"_s).toInt() > 30);
    QVERIFY(scalar(u"SELECT count(*) FROM project_skills"_s).toInt() > 30);
    QCOMPARE(scalar(u"SELECT count(*) FROM certifications"_s).toInt(), 8);
    const QStringList statuses = {u"considering"_s, u"planned"_s, u"studying"_s,
                                  u"earned"_s,      u"expired"_s, u"abandoned"_s};
    for (const QString &s : statuses)
        QVERIFY2(scalar(u"SELECT count(*) FROM certifications WHERE status = '%1'"_s.arg(s)).toInt()
                     > 0,
                 qPrintable(s));
    QVERIFY(scalar(u"SELECT count(*) FROM study_sessions"_s).toInt() > 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM work_history"_s).toInt(), 3);
    QCOMPARE(scalar(u"SELECT count(*) FROM education"_s).toInt(), 1);
    QCOMPARE(scalar(u"SELECT count(*) FROM interview_topics"_s).toInt(), 30);
    // Applications for the real interviews, at every stage of a search, and a question bank.
    QVERIFY(scalar(u"SELECT count(*) FROM applications"_s).toInt() >= 4);
    QVERIFY(scalar(u"SELECT count(DISTINCT stage) FROM applications"_s).toInt() >= 3);
    QCOMPARE(scalar(u"SELECT count(*) FROM interview_sessions WHERE kind = 'real' "
                    "AND application_id IS NULL"_s)
                 .toInt(),
             0);
    QVERIFY(scalar(u"SELECT count(*) FROM interview_questions"_s).toInt() >= 10);
    const int sessions = scalar(u"SELECT count(*) FROM interview_sessions"_s).toInt();
    QVERIFY2(sessions >= 55 && sessions <= 65, qPrintable(QString::number(sessions)));
    QCOMPARE(scalar(u"SELECT count(DISTINCT format) FROM interview_sessions"_s).toInt(), 7);
    QVERIFY(scalar(u"SELECT count(*) FROM interview_sessions WHERE kind = 'real'"_s).toInt() >= 5);
}

void TestDemoWorkbench::aPostingToMatch()
{
    // Job Match opens on a kept posting, linked to the persona's application for the company,
    // that the roadmap partly proves, partly claims and partly misses.
    QString error;
    const auto postings = JobPostingRepository(m_db.connection()).all(&error);
    QVERIFY2(postings, qPrintable(error));
    QCOMPARE(postings->size(), 1);
    const JobPostingEntry &p = postings->first();
    QCOMPARE(p.title, u"AI Engineer, Personalisation"_s);
    QCOMPARE(p.company, u"Saltmarsh Retail Group"_s);
    QCOMPARE(p.addedAt.date(), Today.addDays(-4));
    QCOMPARE(scalar(u"SELECT company FROM applications WHERE id = %1"_s.arg(p.applicationId)),
             QVariant(u"Saltmarsh Retail Group"_s));
    const QList<SkillProfile> skills
        = JobMatchRepository(m_db.connection()).skills(&error).value_or(QList<SkillProfile>());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const JobMatch match = JobMatcher::match(JobPosting::fromText(p.content), skills,
                                             JobMatchRepository::vocabulary());
    QSet<int> statuses;
    QStringList names;
    for (const JobMatch::Requirement &r : match.requirements) {
        statuses.insert(int(r.status));
        names << r.name;
    }
    QCOMPARE(statuses.size(), 3);
    QVERIFY2(names.contains(u"PyTorch"_s) && names.contains(u"Spark"_s),
             qPrintable(names.join(u", "_s)));
    QVERIFY2(match.score > 30 && match.score < 90, qPrintable(QString::number(match.score)));
}

void TestDemoWorkbench::databaseIsConsistent()
{
    QCOMPARE(rows(u"PRAGMA foreign_key_check"_s).size(), 0);
    QCOMPARE(scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    QCOMPARE(
        scalar(
            u"SELECT count(*) FROM work_history WHERE highlights NOT LIKE '%' || char(10) || '%'"_s)
            .toInt(),
        0);
}

void TestDemoWorkbench::certificationsAreOrdered()
{
    const auto certs = rows(u"SELECT name, started_on, exam_on, earned_on, expires_on, "
                            "uplift_amount IS NOT NULL AND uplift_percent IS NOT NULL, status "
                            "FROM certifications"_s);
    QCOMPARE(certs.size(), 8);
    for (const QVariantList &c : certs) {
        QStringList dates;
        for (int i = 1; i <= 4; ++i) {
            if (c.at(i).isNull())
                continue;
            const QDate d = QDate::fromString(c.at(i).toString(), Qt::ISODate);
            QVERIFY2(d.isValid(), qPrintable(c.at(i).toString()));
            dates << c.at(i).toString();
        }
        QStringList sorted = dates;
        sorted.sort();
        QVERIFY2(dates == sorted, qPrintable(c.at(0).toString() + u": "_s + dates.join(u", "_s)));
        QVERIFY2(!c.at(5).toBool(), qPrintable(c.at(0).toString()));
        if (c.at(6).toString() == "earned"_L1)
            QVERIFY(!c.at(3).isNull());
        if (c.at(6).toString() == "expired"_L1)
            QVERIFY(c.at(4).toString() < Today.toString(Qt::ISODate));
    }
}

void TestDemoWorkbench::studyMatchesThePersona()
{
    const QString today = Today.toString(Qt::ISODate);
    const QString weeks26 = Today.addDays(-181).toString(Qt::ISODate);
    QCOMPARE(
        scalar(u"SELECT count(*) FROM study_sessions WHERE studied_on > '%1'"_s.arg(today)).toInt(),
        0);
    QCOMPARE(scalar(u"SELECT count(*) FROM study_sessions WHERE minutes < 30 OR minutes > 120"_s)
                 .toInt(),
             0);
    QCOMPARE(scalar(u"SELECT count(*) FROM study_sessions WHERE skill_id IS NOT NULL "
                    "AND studied_on < '%1'"_s.arg(weeks26))
                 .toInt(),
             0);

    // Each skill's study time is the persona's study_hours; each certification's its logged_hours.
    const RoadmapTemplate roadmap = RoadmapTemplateJson::builtIn();
    QHash<QString, QString> nameOf;
    for (const auto &s : roadmap.skills)
        nameOf.insert(s.key, s.name);
    QHash<QString, int> skillMinutes;
    for (const QVariantList &r : rows(u"SELECT s.name, sum(ss.minutes) FROM study_sessions ss "
                                      "JOIN skills s ON s.id = ss.skill_id GROUP BY s.id"_s))
        skillMinutes.insert(r.at(0).toString(), r.at(1).toInt());
    const QJsonObject p = persona();
    for (const QJsonValue &v : p.value("skills"_L1).toArray()) {
        const QJsonObject s = v.toObject();
        const QString name = nameOf.value(s.value("key"_L1).toString());
        QCOMPARE(skillMinutes.value(name), qRound(s.value("study_hours"_L1).toDouble() * 60));
    }
    for (const QJsonValue &v : p.value("certifications"_L1).toArray()) {
        const QJsonObject c = v.toObject();
        const int minutes = scalar(u"SELECT coalesce(sum(ss.minutes), 0) FROM study_sessions ss "
                                   "JOIN certifications c ON c.id = ss.certification_id "
                                   "WHERE c.name = '%1'"_s.arg(c.value("name"_L1).toString()))
                                .toInt();
        QCOMPARE(minutes, qRound(c.value("logged_hours"_L1).toDouble() * 60));
    }
    // A certification's study stays between its start and its exam (or today).
    QCOMPARE(scalar(u"SELECT count(*) FROM study_sessions ss JOIN certifications c "
                    "ON c.id = ss.certification_id WHERE ss.studied_on < c.started_on "
                    "OR ss.studied_on > coalesce(c.exam_on, c.earned_on, '%1')"_s.arg(today))
                 .toInt(),
             0);
    // Some certification study also counts for a skill it covers, never for another skill.
    QVERIFY(scalar(u"SELECT count(*) FROM study_sessions WHERE skill_id IS NOT NULL "
                   "AND certification_id IS NOT NULL"_s)
                .toInt()
            > 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM study_sessions ss WHERE ss.skill_id IS NOT NULL "
                    "AND ss.certification_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
                    "certification_skills cs WHERE cs.certification_id = ss.certification_id "
                    "AND cs.skill_id = ss.skill_id)"_s)
                 .toInt(),
             0);
    // Skills being learned get more of their time in the recent 13 weeks than in the 13 before.
    const QString weeks13 = Today.addDays(-90).toString(Qt::ISODate);
    const auto split
        = rows(u"SELECT sum(CASE WHEN studied_on >= '%1' THEN minutes END), "
               "sum(CASE WHEN studied_on < '%1' THEN minutes END) FROM study_sessions ss "
               "JOIN skills s ON s.id = ss.skill_id WHERE s.status = 'learning'"_s.arg(weeks13));
    QVERIFY2(split.value(0).value(0).toInt() > split.value(0).value(1).toInt(),
             qPrintable(u"%1 vs %2"_s.arg(split.value(0).value(0).toInt())
                            .arg(split.value(0).value(1).toInt())));
}

void TestDemoWorkbench::interviewSessionsAreConsistent()
{
    const QString oldest = Today.addDays(-183).toString(Qt::ISODate);
    const auto sessions = rows(u"SELECT id, occurred_at, kind, company, duration_minutes, "
                               "self_score, (SELECT count(*) FROM interview_session_topics t "
                               "WHERE t.session_id = s.id) FROM interview_sessions s"_s);
    QVERIFY(!sessions.isEmpty());
    for (const QVariantList &s : sessions) {
        const QString at = s.at(1).toString();
        const QDateTime moment = QDateTime::fromString(at, u"yyyy-MM-ddTHH:mm"_s);
        QVERIFY2(moment.isValid() && at.size() == 16, qPrintable(at));
        QVERIFY2(at >= oldest && moment.date() < Today, qPrintable(at));
        QVERIFY2(moment.time().hour() >= 8 && moment.time().hour() <= 21, qPrintable(at));
        const bool real = s.at(2).toString() == "real"_L1;
        QCOMPARE(s.at(3).toString().isEmpty(), !real);
        if (real)
            QVERIFY2(moment.date().dayOfWeek() <= 5, qPrintable(at));
        QVERIFY(s.at(4).toInt() >= 30 && s.at(4).toInt() <= 90);
        QVERIFY(s.at(6).toInt() >= 1 && s.at(6).toInt() <= 4);
    }
    QCOMPARE(
        scalar(u"SELECT count(*) FROM interview_session_topics st LEFT JOIN interview_topics t "
               "ON t.id = st.topic_id WHERE t.id IS NULL"_s)
            .toInt(),
        0);
    QCOMPARE(scalar(u"SELECT count(*) FROM interview_session_topics WHERE score IS NULL "
                    "OR score NOT BETWEEN 1 AND 5"_s)
                 .toInt(),
             0);
    QCOMPARE(scalar(u"SELECT count(*) FROM interview_sessions WHERE went_well = '' "
                    "OR to_improve = '' OR action_items = '' OR questions_asked = ''"_s)
                 .toInt(),
             0);
    const int real
        = scalar(u"SELECT count(*) FROM interview_sessions WHERE kind = 'real'"_s).toInt();
    const int realScored = scalar(u"SELECT count(*) FROM interview_sessions WHERE kind = 'real' "
                                  "AND interviewer_score IS NOT NULL"_s)
                               .toInt();
    QVERIFY(realScored * 2 > real);
    QVERIFY(scalar(u"SELECT count(*) FROM interview_sessions WHERE kind = 'mock' "
                   "AND interviewer_score IS NOT NULL"_s)
                .toInt()
            > 0);
}

void TestDemoWorkbench::topicStateFollowsSessions()
{
    const auto topics = rows(u"SELECT t.name, t.last_practised, t.due_on, t.interval_days, "
                             "t.repetitions, t.ease, (SELECT max(substr(s.occurred_at, 1, 10)) "
                             "FROM interview_session_topics st JOIN interview_sessions s "
                             "ON s.id = st.session_id WHERE st.topic_id = t.id), (SELECT count(*) "
                             "FROM interview_session_topics st WHERE st.topic_id = t.id) "
                             "FROM interview_topics t"_s);
    int practised = 0;
    for (const QVariantList &t : topics) {
        const QString name = t.at(0).toString();
        QCOMPARE(t.at(1).toString(), t.at(6).toString()); // last practised = last session
        QVERIFY2(t.at(4).toInt() <= t.at(7).toInt(), qPrintable(name));
        QVERIFY(t.at(5).toDouble() >= 1.3);
        if (t.at(1).isNull()) {
            QVERIFY(t.at(2).isNull());
            continue;
        }
        ++practised;
        const QDate last = QDate::fromString(t.at(1).toString(), Qt::ISODate);
        QCOMPARE(QDate::fromString(t.at(2).toString(), Qt::ISODate), last.addDays(t.at(3).toInt()));
    }
    QVERIFY(practised > topics.size() / 2);
    QVERIFY(scalar(u"SELECT count(*) FROM interview_topics WHERE skill_id IS NULL"_s).toInt() >= 1);
}

// The demo's sessions are written as the app logs them (InterviewSessionWriter), so each topic's
// spacing is exactly what the app computes from its sessions: replaying every topic changes
// nothing, and the first edit of a session moves no other topic's schedule.
void TestDemoWorkbench::topicStateIsWhatTheAppReplays()
{
    const QString sql = u"SELECT group_concat(x, '|') FROM (SELECT name || '/' || ease || '/' "
                        "|| interval_days || '/' || repetitions || '/' || "
                        "coalesce(last_practised, '') || '/' || coalesce(due_on, '') AS x "
                        "FROM interview_topics ORDER BY name)"_s;
    const QString before = scalar(sql).toString();
    QVERIFY(!before.isEmpty());
    QSqlDatabase db = m_db.connection();
    QVERIFY(db.transaction());
    QString error;
    const bool replayed = InterviewTopicRepository(db).replaySchedule({}, &error);
    const QString after = scalar(sql).toString();
    QVERIFY(db.rollback());
    QVERIFY2(replayed, qPrintable(error));
    QCOMPARE(after, before);
}

void TestDemoWorkbench::selfScoresImprove()
{
    const auto scores = rows(u"SELECT self_score FROM interview_sessions ORDER BY occurred_at"_s);
    QVERIFY(scores.size() >= 40);
    double first = 0, last = 0;
    for (int i = 0; i < 20; ++i) {
        first += scores.at(i).at(0).toInt();
        last += scores.at(scores.size() - 1 - i).at(0).toInt();
    }
    QVERIFY2(last / 20 > first / 20, qPrintable(u"%1 vs %2"_s.arg(last / 20).arg(first / 20)));
}

void TestDemoWorkbench::sameDayGivesSameDemo()
{
    const QString again = m_dir.filePath(u"again.sqlite"_s);
    QString error;
    QVERIFY2(DemoWorkbench::create(again, &error, Today), qPrintable(error));
    const QString sql = u"SELECT group_concat(x, '|') FROM (SELECT %1 AS x FROM %2 ORDER BY 1)"_s;
    const QList<std::pair<QString, QString>> tables = {
        {u"studied_on || minutes || coalesce(skill_id, '') || coalesce(certification_id, '')"
         " || note"_s,
         u"study_sessions"_s},
        {u"occurred_at || kind || format || self_score || coalesce(interviewer_score, '')"_s,
         u"interview_sessions"_s},
        {u"session_id || '-' || topic_id || '-' || score"_s, u"interview_session_topics"_s},
        {u"name || ease || interval_days || coalesce(due_on, '')"_s, u"interview_topics"_s},
    };
    QStringList mine;
    for (const auto &[columns, table] : tables)
        mine << scalar(sql.arg(columns, table)).toString();
    Database other;
    QVERIFY2(other.open(again), qPrintable(other.error()));
    for (qsizetype i = 0; i < tables.size(); ++i) {
        QSqlQuery q(other.connection());
        QVERIFY(q.exec(sql.arg(tables.at(i).first, tables.at(i).second)) && q.next());
        QCOMPARE(q.value(0).toString(), mine.at(i));
    }
}

void TestDemoWorkbench::refusesExistingFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("text file") << QByteArray("my notes, not a workbench\n");
    QTest::newRow("empty file") << QByteArray();
    QFile demo(m_path);
    QVERIFY(demo.open(QIODevice::ReadOnly));
    QTest::newRow("workbench") << demo.readAll();
}

void TestDemoWorkbench::refusesExistingFile()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"existing.sqlite"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(content), content.size());
    }
    const QByteArray before = digest(path);
    const QStringList entriesBefore = QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden);
    QString error;
    QVERIFY(!DemoWorkbench::create(path, &error, Today));
    QVERIFY2(error.contains(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())),
             qPrintable(error));
    QCOMPARE(digest(path), before);
    QCOMPARE(QFileInfo(path).size(), content.size());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden), entriesBefore);
}

void TestDemoWorkbench::failureNamesFieldAndLeavesNoFile()
{
    // A persona whose project names a skill the roadmap does not have: the whole file goes.
    QJsonObject broken = persona();
    QJsonArray projects = broken.value("projects"_L1).toArray();
    QJsonObject project = projects.at(2).toObject();
    project.insert("skills"_L1, QJsonArray {u"pandas"_s, u"no-such-skill"_s});
    projects.replace(2, project);
    broken.insert("projects"_L1, projects);

    const QString path = m_dir.filePath(u"broken.sqlite"_s);
    const RoadmapTemplate roadmap = RoadmapTemplateJson::builtIn();
    Database db;
    const bool opened = db.open(path, [&](QSqlDatabase &c, QString *error) {
        QHash<QString, qint64> ids;
        return RoadmapTemplateRepository(c).insert(roadmap, error, &ids)
            && DemoWriter(c, roadmap, ids, Today).write(broken, u"demo.json"_s, error);
    });
    QVERIFY(!opened);
    QCOMPARE(db.status(), Database::Status::InitFailed);
    QVERIFY2(db.error().contains(u"demo.json"_s) && db.error().contains(u"projects[2]"_s)
                 && db.error().contains(u"no-such-skill"_s),
             qPrintable(db.error()));
    QVERIFY(!QFileInfo::exists(path));

    // DemoWorkbench claims the name before it opens the file; when opening fails (here: the
    // name is locked by another instance), the claimed file goes too.
    const QString locked = m_dir.filePath(u"locked.sqlite"_s);
    {
        QLockFile other(locked + u".lock"_s);
        QVERIFY(other.tryLock(0));
        QString lockError;
        QVERIFY(!DemoWorkbench::create(locked, &lockError, Today));
        QVERIFY2(lockError.contains(QDir::toNativeSeparators(QFileInfo(locked).absoluteFilePath())),
                 qPrintable(lockError));
        QVERIFY(!QFileInfo::exists(locked));
    }

    // And DemoWorkbench itself refuses a path it cannot create, leaving nothing.
    QString error;
    const QString inFile = m_path + u"/inside.sqlite"_s;
    QVERIFY(!DemoWorkbench::create(inFile, &error, Today));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFileInfo::exists(inFile));
}

// Issue 9: the demo had no level history, so the Dashboard said "0 levels gained this month".
// Each skill studied for a while reached its level from the one below; some of it this month.
void TestDemoWorkbench::levelsWereGainedRecently()
{
    const auto changes
        = ProgressRepository(m_db.connection()).levelChanges(Today.addYears(-1), nullptr);
    QVERIFY(changes);
    QVERIFY2(changes->size() >= 10, qPrintable(QString::number(changes->size())));
    QVERIFY(ProgressStats::levelsGainedThisMonth(*changes, Today) >= 2);
    for (const ProgressStats::LevelChange &c : std::as_const(*changes)) {
        QCOMPARE(c.to, c.from + 1);
        QVERIFY(c.on <= Today);
        QCOMPARE(scalar(u"SELECT current_level FROM skills WHERE id = %1"_s.arg(c.skillId)).toInt(),
                 c.to);
    }
}

QTEST_GUILESS_MAIN(TestDemoWorkbench)
#include "tst_demoworkbench.moc"
