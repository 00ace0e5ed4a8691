#include "db/database.h"
#include "db/evidencerepository.h"
#include "db/roadmaprepository.h"
#include "db/skillrepository.h"
#include "db/studysessionrepository.h"
#include "db/transaction.h"
#include "io/newworkbench.h"
#include "io/roadmaptemplatejson.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSkillRepository : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void loadsBuiltInRoadmap();
    void aggregatesEvidenceAndStudyTime();
    void deleteAndRestoreKeepsEverything();
    void fieldsPlacementAndOrder();
    void groups();
    void prerequisiteCircles();
    void weeklyMinutes();
    void largeRoadmapLoadsInOneGo();

private:
    void exec(const QString &sql);
    qint64 skillId(const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestSkillRepository::init()
{
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->open(m_dir.filePath(u"%1.sqlite"_s.arg(QTest::currentTestFunction())),
                        NewWorkbench::builtInRoadmap()),
             qPrintable(m_db->error()));
}

void TestSkillRepository::cleanup()
{
    m_db.reset();
}

void TestSkillRepository::exec(const QString &sql)
{
    QSqlQuery q(m_db->connection());
    QVERIFY2(q.exec(sql), qPrintable(sql));
}

qint64 TestSkillRepository::skillId(const QString &name)
{
    QSqlQuery q(m_db->connection());
    q.prepare(u"SELECT id FROM skills WHERE name = ?"_s);
    q.addBindValue(name);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

void TestSkillRepository::loadsBuiltInRoadmap()
{
    const RoadmapTemplate t = RoadmapTemplateJson::builtIn();
    QString error;
    const auto r = RoadmapRepository(m_db->connection()).load(&error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->stages.size(), t.stages.size());
    QCOMPARE(r->categories.size(), t.categories.size());
    QCOMPARE(r->skills.size(), t.skills.size());
    int templatePrerequisites = 0, loadedPrerequisites = 0;
    for (const auto &s : t.skills)
        templatePrerequisites += s.prerequisites.size();
    for (const auto &s : r->skills)
        loadedPrerequisites += s.prerequisites.size();
    QCOMPARE(loadedPrerequisites, templatePrerequisites);
    // Skills come in stage order, the first one of the first stage first.
    QCOMPARE(r->skills.first().stageId, r->stages.first().id);
    QCOMPARE(r->skills.first().name, t.skills.first().name);
    QCOMPARE(r->skills.first().gap(), t.skills.first().target);
}

void TestSkillRepository::aggregatesEvidenceAndStudyTime()
{
    const qint64 id = RoadmapRepository(m_db->connection()).load(nullptr)->skills.first().id;
    exec(u"UPDATE skills SET current_level = 3 WHERE id = %1"_s.arg(id));
    QString error;
    auto s = RoadmapRepository(m_db->connection()).loadSkill(id, &error);
    QVERIFY2(s, qPrintable(error));
    QVERIFY(s->isUnproven());

    exec(u"INSERT INTO certifications (id, name, status) VALUES (1, 'Planned cert', 'planned')"_s);
    exec(u"INSERT INTO certification_skills VALUES (1, %1)"_s.arg(id));
    s = RoadmapRepository(m_db->connection()).loadSkill(id, &error);
    QCOMPARE(s->otherCertificationCount, 1);
    QCOMPARE(s->evidenceCount(), 0);
    QVERIFY2(s->isUnproven(), "a planned certification proves nothing yet");

    exec(u"UPDATE certifications SET status = 'earned' WHERE id = 1"_s);
    exec(u"INSERT INTO projects (id, name) VALUES (1, 'RAG demo'), (2, 'Other')"_s);
    EvidenceRepository evidence(m_db->connection());
    QVERIFY(evidence.setLinked(EvidenceItem::Kind::Project, 1, id, true, &error));
    exec(u"INSERT INTO interview_topics (id, name) VALUES (1, 'Python internals')"_s);
    QVERIFY(evidence.setLinked(EvidenceItem::Kind::InterviewTopic, 1, id, true, &error));
    StudySessionRepository sessions(m_db->connection());
    QVERIFY(sessions.insert({0, id, 0, QDate(2024, 3, 4), 90, u"book"_s}, &error));
    QVERIFY(sessions.insert({0, id, 1, QDate(2024, 3, 5), 30, {}}, &error));

    const auto r = RoadmapRepository(m_db->connection()).load(&error);
    const Skill &loaded = r->skills.first();
    QCOMPARE(loaded.projectCount, 1);
    QCOMPARE(loaded.earnedCertificationCount, 1);
    QCOMPARE(loaded.otherCertificationCount, 0);
    QCOMPARE(loaded.topicCount, 1);
    QCOMPARE(loaded.evidenceCount(), 3);
    QCOMPARE(loaded.minutesStudied, 120);
    QVERIFY(!loaded.isUnproven());
    QCOMPARE(r->skills.at(1).evidenceCount(), 0);
    QCOMPARE(r->skills.at(1).minutesStudied, 0);

    const auto items = evidence.candidates(id, &error);
    QVERIFY(items);
    QCOMPARE(items->size(), 4); // 2 projects, 1 certification, 1 topic
    QCOMPARE(items->at(0).name, u"Other"_s); // projects in position, then name order
    QCOMPARE(items->at(0).linked, false);
    QCOMPARE(items->at(1).linked, true);
    QCOMPARE(items->at(2).kind, EvidenceItem::Kind::Certification);
    QCOMPARE(items->at(2).status, u"earned"_s);
    QCOMPARE(evidence.candidates(r->skills.at(1).id, &error)->at(3).otherSkillId, id);
    QVERIFY(evidence.setLinked(EvidenceItem::Kind::Project, 1, id, false, &error));
    QCOMPARE(RoadmapRepository(m_db->connection()).loadSkill(id, &error)->projectCount, 0);
}

void TestSkillRepository::deleteAndRestoreKeepsEverything()
{
    const qint64 id = skillId(u"NumPy"_s);
    QVERIFY(id > 0);
    exec(u"INSERT INTO projects (id, name) VALUES (1, 'P')"_s);
    exec(u"INSERT INTO project_skills VALUES (1, %1)"_s.arg(id));
    exec(u"INSERT INTO certifications (id, name) VALUES (1, 'C')"_s);
    exec(u"INSERT INTO certification_skills VALUES (1, %1)"_s.arg(id));
    exec(u"INSERT INTO interview_topics (id, name, skill_id) VALUES (1, 'T', %1)"_s.arg(id));
    exec(u"INSERT INTO study_sessions (id, skill_id, studied_on, minutes) VALUES (7, %1, "
         "'2024-02-01', 45)"_s.arg(id));
    exec(u"UPDATE skills SET current_level = 2, notes = 'mine' WHERE id = %1"_s.arg(id));

    QString error;
    RoadmapRepository roadmap(m_db->connection());
    const Roadmap before = *roadmap.load(&error);
    SkillRepository skills(m_db->connection());
    const auto snapshot = skills.snapshot({id}, &error);
    QVERIFY2(snapshot, qPrintable(error));
    QCOMPARE(snapshot->evidenceLinkCount(), 3);
    QCOMPARE(snapshot->studyMinutes(), 45);
    QVERIFY2(!snapshot->prerequisites.isEmpty(), "NumPy has prerequisite edges in the seed");

    {
        Transaction tx(m_db->connection());
        QVERIFY(skills.remove({id}, &error));
        QVERIFY(tx.commit());
    }
    const Roadmap gone = *roadmap.load(&error);
    QCOMPARE(gone.skills.size(), before.skills.size() - 1);
    exec(u"SELECT 1"_s);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT skill_id FROM interview_topics WHERE id = 1"_s) && q.next());
    QVERIFY(q.value(0).isNull());

    {
        Transaction tx(m_db->connection());
        QVERIFY2(skills.restore(*snapshot, &error), qPrintable(error));
        QVERIFY(tx.commit());
    }
    const Roadmap after = *roadmap.load(&error);
    QCOMPARE(after.skills.size(), before.skills.size());
    for (int i = 0; i < before.skills.size(); ++i) {
        const Skill &a = before.skills[i], &b = after.skills[i];
        QCOMPARE(b.id, a.id);
        QCOMPARE(b.name, a.name);
        QCOMPARE(b.notes, a.notes);
        QCOMPARE(b.currentLevel, a.currentLevel);
        QCOMPARE(b.prerequisites, a.prerequisites);
        QCOMPARE(b.evidenceCount(), a.evidenceCount());
        QCOMPARE(b.minutesStudied, a.minutesStudied);
    }
}

void TestSkillRepository::fieldsPlacementAndOrder()
{
    QString error;
    RoadmapRepository roadmap(m_db->connection());
    Roadmap r = *roadmap.load(&error);
    SkillRepository skills(m_db->connection());
    const qint64 id = r.skills.first().id;
    QVERIFY(skills.setField(id, Skill::Field::CurrentLevel, 4, &error));
    QVERIFY(skills.setField(id, Skill::Field::Status, int(Skill::Status::Proficient), &error));
    QVERIFY(skills.setField(id, Skill::Field::Name, u"Renamed"_s, &error));
    QVERIFY2(!skills.setField(id, Skill::Field::TargetLevel, 9, &error), "the schema checks 0-5");
    QVERIFY(!skills.setField(999999, Skill::Field::Notes, u"x"_s, &error));
    auto s = roadmap.loadSkill(id, &error);
    QCOMPARE(s->currentLevel, 4);
    QCOMPARE(s->status, Skill::Status::Proficient);
    QCOMPARE(s->name, u"Renamed"_s);

    // Move the first skill to the last stage and put it first there.
    const qint64 lastStage = r.stages.last().id;
    QList<qint64> order {id};
    for (const Skill &k : r.skills)
        if (k.stageId == lastStage)
            order << k.id;
    QVERIFY(skills.setPlacement(id, lastStage, r.categories.last().id, &error));
    QVERIFY(skills.setOrder(order, &error));
    r = *roadmap.load(&error);
    const auto firstOfLast = std::find_if(r.skills.cbegin(), r.skills.cend(),
                                          [&](const Skill &k) { return k.stageId == lastStage; });
    QCOMPARE(firstOfLast->id, id);
    QCOMPARE(firstOfLast->categoryId, r.categories.last().id);
}

void TestSkillRepository::groups()
{
    QString error;
    RoadmapRepository roadmap(m_db->connection());
    const qint64 id
        = roadmap.insertGroup({RoadmapGroup::Kind::Stage, 0, u"Extra"_s, {}, 99}, &error);
    QVERIFY2(id > 0, qPrintable(error));
    QVERIFY(roadmap.renameGroup(RoadmapGroup::Kind::Stage, id, u"Bonus"_s, &error));
    Roadmap r = *roadmap.load(&error);
    QCOMPARE(r.stages.last().name, u"Bonus"_s);
    QList<qint64> order {id};
    for (const auto &g : std::as_const(r.stages))
        if (g.id != id)
            order << g.id;
    QVERIFY(roadmap.setGroupOrder(RoadmapGroup::Kind::Stage, order, &error));
    QCOMPARE(roadmap.load(&error)->stages.first().id, id);
    QCOMPARE(roadmap.skillCount(RoadmapGroup::Kind::Stage, id, &error), std::optional<int>(0));
    QVERIFY2(!roadmap.removeGroup(RoadmapGroup::Kind::Stage, r.stages.first().id, &error),
             "a stage with skills cannot go");
    QVERIFY(roadmap.removeGroup(RoadmapGroup::Kind::Stage, id, &error));
    QVERIFY(!roadmap.renameGroup(RoadmapGroup::Kind::Category, r.categories[1].id,
                                 r.categories[0].name, &error)); // names are unique
    QCOMPARE(
        roadmap.insertGroup({RoadmapGroup::Kind::Category, 4242, u"Restored"_s, {}, 0}, &error),
        4242);
}

void TestSkillRepository::prerequisiteCircles()
{
    QString error;
    SkillRepository skills(m_db->connection());
    const qint64 python = skillId(u"Python"_s);
    const qint64 numpy = skillId(u"NumPy"_s);
    QVERIFY(python > 0 && numpy > 0);
    const std::optional<bool> yes(true), no(false);
    QCOMPARE(skills.wouldCycle(python, numpy, &error), yes); // NumPy needs Python already
    QCOMPARE(skills.wouldCycle(python, python, &error), yes);
    QCOMPARE(skills.wouldCycle(numpy, python, &error), no);
    QVERIFY(skills.setPrerequisites(numpy, {}, &error));
    QCOMPARE(skills.wouldCycle(python, numpy, &error), no);
    // Issue #8: a check that cannot read the prerequisites is not "it would make a circle"
    // (the page said so, naming a circle that is not there): it fails with the reason.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"CREATE TEMP TABLE skill_prerequisites (unrelated INTEGER)"_s));
    error.clear();
    QCOMPARE(skills.wouldCycle(numpy, python, &error), std::nullopt);
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(q.exec(u"CREATE TEMP TABLE study_sessions (unrelated INTEGER)"_s));
    QVERIFY(
        !StudySessionRepository(m_db->connection()).weeklyMinutes(QDate(2024, 1, 1), 3, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(q.exec(u"DROP TABLE temp.skill_prerequisites"_s));
    QVERIFY(q.exec(u"DROP TABLE temp.study_sessions"_s));
}

void TestSkillRepository::weeklyMinutes()
{
    const qint64 id = skillId(u"NumPy"_s);
    QString error;
    StudySessionRepository sessions(m_db->connection());
    const QDate monday(2024, 1, 1);
    QVERIFY(sessions.insert({0, id, 0, monday, 60, {}}, &error));
    QVERIFY(sessions.insert({0, id, 0, monday.addDays(6), 30, {}}, &error));
    QVERIFY(sessions.insert({0, id, 0, monday.addDays(14), 45, {}}, &error));
    QVERIFY(sessions.insert({0, id, 0, monday.addDays(-1), 999, {}}, &error)); // before
    QVERIFY(sessions.insert({0, id, 0, monday.addDays(21), 999, {}}, &error)); // after
    QCOMPARE(sessions.weeklyMinutes(monday, 3, &error).value(), (QList<int> {90, 0, 45}));
    const auto list = sessions.forSkill(id, &error);
    QCOMPARE(list->size(), 5);
    QCOMPARE(list->first().studiedOn, monday.addDays(21)); // newest first
    QVERIFY(sessions.remove(list->first().id, &error));
    QCOMPARE(sessions.forSkill(id, &error)->size(), 4);
}

void TestSkillRepository::largeRoadmapLoadsInOneGo()
{
    exec(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
         "INSERT INTO skills (stage_id, category_id, name, current_level, target_level, position) "
         "SELECT (SELECT min(id) FROM roadmap_stages), (SELECT min(id) FROM skill_categories), "
         "'Bulk ' || i, i % 6, 5, 1000 + i FROM n"_s);
    exec(u"INSERT INTO study_sessions (skill_id, studied_on, minutes) "
         "SELECT id, '2024-01-01', 60 FROM skills WHERE name LIKE 'Bulk %'"_s);
    QString error;
    const auto r = RoadmapRepository(m_db->connection()).load(&error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->skills.size(), 2085);
    int minutes = 0;
    for (const Skill &s : r->skills)
        minutes += s.minutesStudied;
    QCOMPARE(minutes, 2000 * 60);
}

QTEST_GUILESS_MAIN(TestSkillRepository)
#include "tst_skillrepository.moc"
