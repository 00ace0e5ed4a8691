#include "skillsfixture.h"
#include "workbenchfixture.h"

#include "db/roadmaprepository.h"
#include "skills/addgroupcommand.h"
#include "skills/addskillcommand.h"
#include "skills/addstudysessioncommand.h"
#include "skills/deletegroupcommand.h"
#include "skills/deleteskillscommand.h"
#include "skills/deletestudysessioncommand.h"
#include "skills/linkevidencecommand.h"
#include "skills/moveskillcommand.h"
#include "skills/renamegroupcommand.h"
#include "skills/reordergroupscommand.h"
#include "skills/roadmapstore.h"
#include "skills/setprerequisitescommand.h"
#include "skills/setskillfieldcommand.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;

// Each edit of the Skills page: redo changes the file, undo puts back exactly what was there,
// redo again gives the same result, and the page's copy always matches the file.
class TestSkillCommands : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void undoRedo_data();
    void undoRedo();
    void refusedWriteChangesNothing();
    void everyRefusedCommandLeavesNothing_data();
    void everyRefusedCommandLeavesNothing();

private:
    StoreCommand *makeCommand(const QString &which);
    void verifyStoreMatchesFile();

    std::unique_ptr<SkillsFixture> m_f;
    std::unique_ptr<RoadmapStore> m_store;
};

void TestSkillCommands::init()
{
    m_f = std::make_unique<SkillsFixture>();
    QVERIFY(m_f->open());
    QVERIFY(m_f->exec(u"INSERT INTO projects (id, name) VALUES (1, 'RAG demo')"_s));
    QVERIFY(
        m_f->exec(u"INSERT INTO certifications (id, name, status) VALUES (1, 'Cert', 'earned')"_s));
    const qint64 numpy = m_f->skillId(u"NumPy"_s), pandas = m_f->skillId(u"Pandas"_s);
    QVERIFY(m_f->exec(u"INSERT INTO project_skills VALUES (1, %1)"_s.arg(numpy)));
    QVERIFY(m_f->exec(u"INSERT INTO certification_skills VALUES (1, %1)"_s.arg(numpy)));
    QVERIFY(m_f->exec(
        u"INSERT INTO interview_topics (id, name, skill_id) VALUES (1, 'Arrays', %1)"_s.arg(
            pandas)));
    QVERIFY(m_f->exec(u"INSERT INTO study_sessions (id, skill_id, studied_on, minutes, note) "
                      "VALUES (5, %1, '2024-05-06', 50, 'broadcasting')"_s.arg(numpy)));
    m_store = std::make_unique<RoadmapStore>(m_f->context());
    QVERIFY(m_store->reload());
}

void TestSkillCommands::cleanup()
{
    m_f->undoStack.clear();
    m_store.reset();
    m_f.reset();
}

void TestSkillCommands::verifyStoreMatchesFile()
{
    QString error;
    const auto fresh = RoadmapRepository(m_f->database->connection()).load(&error);
    QVERIFY2(fresh, qPrintable(error));
    const Roadmap &mine = m_store->roadmap();
    QCOMPARE(mine.stages.size(), fresh->stages.size());
    QCOMPARE(mine.categories.size(), fresh->categories.size());
    QCOMPARE(mine.skills.size(), fresh->skills.size());
    for (int i = 0; i < mine.stages.size(); ++i)
        QCOMPARE(mine.stages[i].name, fresh->stages[i].name);
    for (const Skill &s : fresh->skills) {
        const Skill *m = m_store->skill(s.id);
        QVERIFY2(m, qPrintable(s.name));
        QCOMPARE(m->name, s.name);
        QCOMPARE(m->currentLevel, s.currentLevel);
        QCOMPARE(m->description, s.description);
        QCOMPARE(m->prerequisites, s.prerequisites);
        QCOMPARE(m->evidenceCount(), s.evidenceCount());
        QCOMPARE(m->minutesStudied, s.minutesStudied);
        QCOMPARE(m->stageId, s.stageId);
        QCOMPARE(m->categoryId, s.categoryId);
    }
}

StoreCommand *TestSkillCommands::makeCommand(const QString &which)
{
    RoadmapStore *st = m_store.get();
    const Roadmap &r = st->roadmap();
    const qint64 numpy = m_f->skillId(u"NumPy"_s), pandas = m_f->skillId(u"Pandas"_s);
    const Skill *n = st->skill(numpy);
    if (which == "level"_L1)
        return new SetSkillFieldCommand(st, numpy, Skill::Field::CurrentLevel, 0, 3);
    if (which == "name"_L1)
        return new SetSkillFieldCommand(st, numpy, Skill::Field::Name, n->name, u"NumPy arrays"_s);
    if (which == "notes"_L1)
        return new SetSkillFieldCommand(st, numpy, Skill::Field::Notes, QString(), u"mine"_s);
    if (which == "status"_L1)
        return new SetSkillFieldCommand(st, numpy, Skill::Field::Status, 0,
                                        int(Skill::Status::Skipped));
    if (which == "add skill"_L1) {
        Skill s;
        s.name = u"Rust"_s;
        s.stageId = r.stages.first().id;
        s.categoryId = r.categories.first().id;
        s.position = -1;
        return new AddSkillCommand(st, s);
    }
    if (which == "delete skills"_L1)
        return new DeleteSkillsCommand(st, *st->snapshot({numpy, pandas}));
    if (which == "move skill"_L1) {
        const qint64 last = r.stages.last().id;
        return new MoveSkillCommand(
            st, numpy,
            {n->stageId, n->categoryId, st->stagePositions(n->stageId) + st->stagePositions(last)},
            {last, r.categories.last().id,
             MoveSkillCommand::numbered(QList<qint64> {numpy} + st->stageOrder(last))});
    }
    if (which == "prerequisites"_L1)
        return new SetPrerequisitesCommand(st, pandas, st->skill(pandas)->prerequisites, {});
    if (which == "add stage"_L1)
        return new AddGroupCommand(st, {RoadmapGroup::Kind::Stage, 0, u"Extra"_s, {}, 10});
    if (which == "add category"_L1)
        return new AddGroupCommand(st, {RoadmapGroup::Kind::Category, 0, u"Soft skills"_s, {}, 20});
    if (which == "rename stage"_L1)
        return new RenameGroupCommand(st, RoadmapGroup::Kind::Stage, r.stages.first().id,
                                      r.stages.first().name, u"Basics"_s);
    if (which == "delete stage"_L1) {
        QList<qint64> ids = st->stageOrder(r.stages.first().id);
        return new DeleteGroupCommand(st, r.stages.first(), *st->snapshot(ids));
    }
    if (which == "reorder categories"_L1) {
        QList<qint64> order;
        for (const auto &g : r.categories)
            order << g.id;
        QList<qint64> next = order;
        next.move(0, next.size() - 1);
        return new ReorderGroupsCommand(st, RoadmapGroup::Kind::Category, order, next);
    }
    if (which == "link project"_L1)
        return new LinkEvidenceCommand(
            st, {EvidenceItem::Kind::Project, 1, u"RAG demo"_s, {}, false, 0, {}}, pandas, true);
    if (which == "unlink certification"_L1)
        return new LinkEvidenceCommand(
            st, {EvidenceItem::Kind::Certification, 1, u"Cert"_s, u"earned"_s, true, 0, {}}, numpy,
            false);
    if (which == "take topic from another skill"_L1)
        return new LinkEvidenceCommand(
            st,
            {EvidenceItem::Kind::InterviewTopic, 1, u"Arrays"_s, {}, false, pandas, u"Pandas"_s},
            numpy, true);
    if (which == "log study"_L1)
        return new AddStudySessionCommand(st, {0, pandas, 0, QDate(2024, 6, 1), 45, u"joins"_s});
    if (which == "delete study session"_L1)
        return new DeleteStudySessionCommand(st, *st->studySession(5));
    return nullptr;
}

void TestSkillCommands::undoRedo_data()
{
    QTest::addColumn<QString>("which");
    for (const char *name :
         {"level", "name", "notes", "status", "add skill", "delete skills", "move skill",
          "prerequisites", "add stage", "add category", "rename stage", "delete stage",
          "reorder categories", "link project", "unlink certification",
          "take topic from another skill", "log study", "delete study session"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestSkillCommands::everyRefusedCommandLeavesNothing_data()
{
    undoRedo_data();
}

// Every Skills command is a StoreCommand: when the file refuses its write, the command is not
// on the stack, no row of any table changed (row hash), the page's copy still matches the
// file and the store said why.
void TestSkillCommands::everyRefusedCommandLeavesNothing()
{
    QFETCH(QString, which);
    StoreCommand *command = makeCommand(which);
    QVERIFY(command);
    // Temporary triggers refuse every write to the tables the Skills page writes.
    for (const char *table :
         {"skills", "roadmap_stages", "skill_categories", "skill_prerequisites", "project_skills",
          "certification_skills", "interview_topics", "study_sessions"}) {
        for (const char *op : {"INSERT", "UPDATE", "DELETE"}) {
            QVERIFY(m_f->exec(u"CREATE TEMP TRIGGER refuse_%1_%2 BEFORE %2 ON main.%1 "
                              "BEGIN SELECT RAISE(ABORT, 'refused'); END"_s.arg(
                                  QString::fromLatin1(table), QString::fromLatin1(op))));
        }
    }
    const QByteArray before = WorkbenchFixture::rowHashOf(m_f->database->connection());
    QSignalSpy failed(m_store.get(), &RoadmapStore::failed);
    const WriteResult r = StoreCommand::push(&m_f->undoStack, command);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(u"refused"_s), qPrintable(r.error()));
    QCOMPARE(m_f->undoStack.count(), 0);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(WorkbenchFixture::rowHashOf(m_f->database->connection()), before);
    verifyStoreMatchesFile();
}

void TestSkillCommands::undoRedo()
{
    QFETCH(QString, which);
    QSignalSpy notified(&m_f->notifier, &ChangeNotifier::changed);
    const QStringList before = m_f->dump();
    QUndoCommand *command = makeCommand(which);
    QVERIFY(command);
    m_f->undoStack.push(command);
    QCOMPARE(m_f->undoStack.count(), 1);
    QVERIFY2(notified.count() >= 1, "other pages are told about the write");
    const QStringList after = m_f->dump();
    QVERIFY2(after != before, "the edit changes the file");
    verifyStoreMatchesFile();

    m_f->undoStack.undo();
    QCOMPARE(m_f->dump(), before);
    verifyStoreMatchesFile();

    m_f->undoStack.redo();
    QCOMPARE(m_f->dump(), after);
    verifyStoreMatchesFile();

    m_f->undoStack.undo();
    QCOMPARE(m_f->dump(), before);
}

void TestSkillCommands::refusedWriteChangesNothing()
{
    QSignalSpy failed(m_store.get(), &RoadmapStore::failed);
    const QStringList before = m_f->dump();
    // Category names are unique: the schema refuses the rename.
    const Roadmap &r = m_store->roadmap();
    m_f->undoStack.push(new RenameGroupCommand(m_store.get(), RoadmapGroup::Kind::Category,
                                               r.categories[1].id, r.categories[1].name,
                                               r.categories[0].name));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(m_f->undoStack.count(), 0); // the refused command is dropped
    QCOMPARE(m_f->dump(), before);
    verifyStoreMatchesFile();
}

QTEST_MAIN(TestSkillCommands)
#include "tst_skillcommands.moc"
