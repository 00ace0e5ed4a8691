#include "calc/jobmatcher.h"
#include "db/database.h"
#include "db/jobapplicationrepository.h"
#include "db/jobmatchrepository.h"
#include "db/jobpostingrepository.h"
#include "db/jobroadmapadditions.h"
#include "db/migrator.h"
#include "db/roadmaprepository.h"
#include "db/roadmaptemplaterepository.h"
#include "db/skillaliasrepository.h"
#include "db/skillrepository.h"
#include "db/transaction.h"
#include "io/roadmaptemplatejson.h"
#include "workbenchfixture.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

// Job postings kept in the workbench and the aliases kept with each skill (schema 7): the
// migration gives existing skills their built-in aliases by name in every roadmap language,
// new workbenches get them from the template, the user's own aliases match, postings are kept,
// changed and deleted, and a refused write leaves the file as it was.
class TestJobPostings : public QObject
{
    Q_OBJECT

private slots:
    void migrationSeedsAliasesByName();
    void newWorkbenchesHaveAliasesInEveryLanguage();
    void matchesThroughAliasesFromTheWorkbench_data();
    void matchesThroughAliasesFromTheWorkbench();
    void userAliasesMatchAndAreCleaned();
    void refusedAliasWriteChangesNothing();
    void deletedSkillTakesItsAliasesAndUndoBringsThemBack();
    void templatesCarryAliases();
    void postingsAreKeptChangedAndDeleted();
    void refusedPostingWritesChangeNothing();
    void deletingTheApplicationUnlinksThePosting();
    void missingRequirementsJoinTheRoadmapAndGoBack();

private:
    static qint64 skillId(QSqlDatabase db, const QString &name);
    // Skills and categories as the learn-next ranking sees them (not when they were changed).
    static QStringList roadmapRows(QSqlDatabase db);
};

QStringList TestJobPostings::roadmapRows(QSqlDatabase db)
{
    QStringList rows;
    QSqlQuery q(db);
    q.exec(u"SELECT id, name, stage_id, category_id, current_level, target_level, priority, "
           "status, position FROM skills ORDER BY id"_s);
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < 9; ++i)
            row << q.value(i).toString();
        rows << row.join(u'|');
    }
    q.exec(u"SELECT id, name, position FROM skill_categories ORDER BY id"_s);
    while (q.next())
        rows << u"category %1 %2 %3"_s.arg(q.value(0).toString(), q.value(1).toString(),
                                           q.value(2).toString());
    return rows;
}

qint64 TestJobPostings::skillId(QSqlDatabase db, const QString &name)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT id FROM skills WHERE name = ?"_s);
    q.addBindValue(name);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

void TestJobPostings::migrationSeedsAliasesByName()
{
    const QString name = u"aliases-migration"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(u":memory:"_s);
        QVERIFY(db.open());
        Migrator migrator(db);
        const int latest = migrator.latestVersion();
        QVERIFY2(migrator.migrate(Database::ApplicationId, latest - 1),
                 qPrintable(migrator.error()));
        QSqlQuery q(db);
        QVERIFY(q.exec(u"INSERT INTO roadmap_stages (id, name) VALUES (1, 'S')"_s));
        QVERIFY(q.exec(u"INSERT INTO skill_categories (id, name) VALUES (1, 'C')"_s));
        // English and German built-in names, a Spanish one, and a skill of the user's own.
        QVERIFY(q.exec(u"INSERT INTO skills (id, stage_id, category_id, name) VALUES "
                       "(1, 1, 1, 'PyTorch'), (2, 1, 1, 'Kubernetes-Grundlagen'), "
                       "(3, 1, 1, 'Integración de API de LLM'), (4, 1, 1, 'My own skill')"_s));
        QVERIFY2(migrator.migrate(Database::ApplicationId), qPrintable(migrator.error()));
        const auto all = SkillAliasRepository(db).all(nullptr);
        QVERIFY(all);
        QVERIFY2(all->value(1).contains(u"torch"_s), qPrintable(all->value(1).join(u',')));
        QVERIFY2(all->value(2).contains(u"k8s"_s), qPrintable(all->value(2).join(u',')));
        QVERIFY2(all->value(3).contains(u"large language model"_s),
                 qPrintable(all->value(3).join(u',')));
        QVERIFY(!all->contains(4));
        // In the built-in order.
        QCOMPARE(all->value(1), SkillAliasRepository::builtIn().value(u"PyTorch"_s));
    }
    QSqlDatabase::removeDatabase(name);
}

void TestJobPostings::newWorkbenchesHaveAliasesInEveryLanguage()
{
    for (const QLocale &locale :
         {QLocale(QLocale::English), QLocale(QLocale::German), QLocale(QLocale::Spanish)}) {
        const RoadmapTemplate roadmap = RoadmapTemplateJson::builtIn(locale);
        WorkbenchFixture fx;
        Database db;
        QVERIFY(fx.dir.isValid());
        QVERIFY(db.open(fx.dir.filePath(u"w.sqlite"_s), NewWorkbench::seededWith(roadmap)));
        const auto all = SkillAliasRepository(db.connection()).all(nullptr);
        QVERIFY(all);
        QCOMPARE(all->size(), SkillAliasRepository::builtIn().size());
        QString kubernetes;
        for (const RoadmapTemplate::Skill &s : roadmap.skills)
            if (s.key == "kubernetes"_L1 || s.aliases.contains(u"k8s"_s))
                kubernetes = s.name;
        QVERIFY(!kubernetes.isEmpty());
        QVERIFY2(all->value(skillId(db.connection(), kubernetes)).contains(u"k8s"_s),
                 qPrintable(locale.name()));
    }
}

void TestJobPostings::matchesThroughAliasesFromTheWorkbench_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("skill");
    QTest::newRow("torch") << u"Models in torch."_s << u"PyTorch"_s;
    QTest::newRow("PyTorch") << u"Models in PyTorch."_s << u"PyTorch"_s;
    QTest::newRow("TORCH") << u"MODELS IN TORCH"_s << u"PyTorch"_s;
    QTest::newRow("k8s") << u"Deploys on k8s."_s << u"Kubernetes basics"_s;
    QTest::newRow("K8S") << u"Deploys on K8S."_s << u"Kubernetes basics"_s;
    QTest::newRow("Kubernetes") << u"Deploys on Kubernetes."_s << u"Kubernetes basics"_s;
    QTest::newRow("LLM") << u"Builds on an LLM."_s << u"LLM API integration"_s;
    QTest::newRow("large language model")
        << u"Builds on a Large Language Model."_s << u"LLM API integration"_s;
    QTest::newRow("across a line break")
        << u"Builds on large\nlanguage models"_s << u"LLM API integration"_s;
}

void TestJobPostings::matchesThroughAliasesFromTheWorkbench()
{
    QFETCH(QString, text);
    QFETCH(QString, skill);
    WorkbenchFixture fx;
    QVERIFY(fx.open());
    QString error;
    const QList<SkillProfile> skills
        = JobMatchRepository(fx.db()).skills(&error).value_or(QList<SkillProfile>());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const JobMatch m
        = JobMatcher::match(JobPosting::fromText(text), skills, JobMatchRepository::vocabulary());
    QStringList found;
    for (const JobMatch::Requirement &r : m.requirements)
        found << r.skill;
    QVERIFY2(found.contains(skill), qPrintable(found.join(u", "_s)));
}

void TestJobPostings::userAliasesMatchAndAreCleaned()
{
    WorkbenchFixture fx;
    QVERIFY(fx.open());
    const qint64 id = skillId(fx.db(), u"TensorFlow and Keras"_s);
    QVERIFY(id > 0);
    SkillAliasRepository repo(fx.db());
    QCOMPARE(SkillAliasRepository::parse(u" TF ,  tensor   flow, tf,, "_s),
             QStringList({u"TF"_s, u"tensor flow"_s}));
    QVERIFY(repo.setAliases(id, SkillAliasRepository::parse(u"TF, tensor flow"_s)).ok());
    QCOMPARE(*repo.aliases(id, nullptr), QStringList({u"TF"_s, u"tensor flow"_s}));
    QString error;
    const JobMatch m = JobMatcher::match(
        JobPosting::fromText(u"We use tf daily"_s),
        JobMatchRepository(fx.db()).skills(&error).value_or(QList<SkillProfile>()), {});
    QCOMPARE(m.requirements.size(), 1);
    QCOMPARE(m.requirements.at(0).skill, u"TensorFlow and Keras"_s);
    // The old built-in aliases are gone.
    const JobMatch old = JobMatcher::match(
        JobPosting::fromText(u"keras"_s),
        JobMatchRepository(fx.db()).skills(&error).value_or(QList<SkillProfile>()), {});
    QVERIFY(old.requirements.isEmpty());
}

void TestJobPostings::refusedAliasWriteChangesNothing()
{
    WorkbenchFixture fx;
    QVERIFY(fx.open());
    const qint64 id = skillId(fx.db(), u"PyTorch"_s);
    const QByteArray before = fx.rowHash();
    SkillAliasRepository repo(fx.db());
    {
        Transaction t(fx.db());
        QVERIFY(!repo.setAliases(id, {u"x"_s.repeated(101)}).ok());
    }
    QStringList many;
    for (int i = 0; i <= SkillAliasRepository::MaxAliases; ++i)
        many << u"alias %1"_s.arg(i);
    {
        Transaction t(fx.db());
        QVERIFY(!repo.setAliases(id, many).ok());
        QVERIFY(!repo.setAliases(987654, {u"x"_s}).ok());
    }
    QCOMPARE(fx.rowHash(), before);
}

void TestJobPostings::deletedSkillTakesItsAliasesAndUndoBringsThemBack()
{
    WorkbenchFixture fx;
    QVERIFY(fx.open());
    const qint64 id = skillId(fx.db(), u"PyTorch"_s);
    const QByteArray before = fx.rowHash();
    SkillRepository skills(fx.db());
    QString error;
    const auto deletion = skills.snapshot({id}, &error);
    QVERIFY2(deletion, qPrintable(error));
    QVERIFY(!deletion->aliases.isEmpty());
    QVERIFY(skills.remove({id}, &error));
    QVERIFY(SkillAliasRepository(fx.db()).aliases(id, nullptr)->isEmpty());
    QVERIFY2(skills.restore(*deletion, &error), qPrintable(error));
    QCOMPARE(fx.rowHash(), before);
}

void TestJobPostings::templatesCarryAliases()
{
    WorkbenchFixture fx;
    QVERIFY(fx.open());
    const qint64 id = skillId(fx.db(), u"PyTorch"_s);
    QVERIFY(SkillAliasRepository(fx.db()).setAliases(id, {u"torch"_s, u"<b>pt</b>"_s}).ok());
    QString error;
    const RoadmapTemplate exported
        = RoadmapTemplateRepository(fx.db()).read(u"Mine"_s, &error).value_or(RoadmapTemplate());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto parsed
        = RoadmapTemplateJson::parse(RoadmapTemplateJson::serialize(exported), &error);
    QVERIFY2(parsed, qPrintable(error));
    QStringList aliases;
    for (const RoadmapTemplate::Skill &s : parsed->skills)
        if (s.name == "PyTorch"_L1)
            aliases = s.aliases;
    QCOMPARE(aliases, QStringList({u"torch"_s, u"<b>pt</b>"_s}));
    // A template with aliases that are not names is refused, with where.
    QVERIFY(!RoadmapTemplateJson::parse(
        R"({"format": "career-workbench-roadmap", "version": 1, "name": "x",
            "stages": [{"key": "s", "name": "S"}], "categories": [{"key": "c", "name": "C"}],
            "skills": [{"key": "k", "name": "K", "stage": "s", "category": "c",
                        "aliases": [1]}]})",
        &error));
    QVERIFY2(error.contains(u"skills[0].aliases"_s), qPrintable(error));
}

void TestJobPostings::postingsAreKeptChangedAndDeleted()
{
    WorkbenchFixture fx;
    QVERIFY(fx.open());
    JobPostingRepository repo(fx.db());
    JobPostingEntry text;
    text.title = u"<h1>x</h1>"_s;
    text.company = u"Acme"_s;
    text.content = u"We want PyTorch and k8s."_s;
    text.addedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 30));
    const WriteResult added = repo.insert(text);
    QVERIFY2(added.ok(), qPrintable(added.error()));
    JobPostingEntry json;
    json.title = u"ML Engineer"_s;
    json.format = JobPostingEntry::Format::Json;
    json.content = u"{\"title\": \"ML Engineer\"}"_s;
    const WriteResult second = repo.insert(json);
    QVERIFY(second.ok());

    auto all = repo.all(nullptr);
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).title, u"ML Engineer"_s); // added now: newest first
    QVERIFY(all->at(0).addedAt.isValid());
    QCOMPARE(all->at(0).format, JobPostingEntry::Format::Json);
    text.id = added.id();
    QCOMPARE(all->at(1), text);

    text.title = u"Senior ML Engineer"_s;
    text.company = QString();
    QVERIFY(repo.update(text).ok());
    QCOMPARE(repo.find(text.id, nullptr)->title, u"Senior ML Engineer"_s);
    QCOMPARE(repo.find(text.id, nullptr)->company, QString());

    QVERIFY(repo.remove(text.id).ok());
    QVERIFY(!repo.find(text.id, nullptr));
    QVERIFY(!repo.remove(text.id).ok());
    // Undo of the delete: the same row again.
    QVERIFY(repo.insert(text).ok());
    QCOMPARE(*repo.find(text.id, nullptr), text);
}

void TestJobPostings::refusedPostingWritesChangeNothing()
{
    WorkbenchFixture fx;
    QVERIFY(fx.open());
    JobPostingRepository repo(fx.db());
    JobPostingEntry p;
    p.title = u"Kept"_s;
    p.content = u"text"_s;
    const WriteResult kept = repo.insert(p);
    QVERIFY(kept.ok());
    p.id = kept.id();
    const QByteArray before = fx.rowHash();

    JobPostingEntry bad = p;
    bad.id = 0;
    bad.title = u"   "_s;
    WriteResult r = repo.insert(bad);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(u"title"_s), qPrintable(r.error()));
    bad = p;
    bad.content = QString();
    QVERIFY(!repo.update(bad).ok());
    bad = p;
    bad.title = u"t"_s.repeated(JobPostingEntry::MaxTitleLength + 1);
    QVERIFY(!repo.update(bad).ok());
    bad = p;
    bad.applicationId = 4242; // no such application: the schema refuses it
    QVERIFY(!repo.update(bad).ok());
    bad = p;
    bad.id = 999;
    QVERIFY(!repo.update(bad).ok());
    QCOMPARE(fx.rowHash(), before);
}

void TestJobPostings::deletingTheApplicationUnlinksThePosting()
{
    WorkbenchFixture fx;
    QVERIFY(fx.open());
    JobApplication a;
    a.company = u"Acme"_s;
    a.role = u"ML Engineer"_s;
    QString error;
    const qint64 applicationId = JobApplicationRepository(fx.db()).insert(a, &error);
    QVERIFY2(applicationId > 0, qPrintable(error));
    JobPostingRepository repo(fx.db());
    JobPostingEntry p;
    p.title = u"ML Engineer"_s;
    p.content = u"PyTorch"_s;
    p.applicationId = applicationId;
    const WriteResult r = repo.insert(p);
    QVERIFY(r.ok());
    QCOMPARE(repo.find(r.id(), nullptr)->applicationId, applicationId);
    QVERIFY(JobApplicationRepository(fx.db()).remove(applicationId, &error));
    QCOMPARE(repo.find(r.id(), nullptr)->applicationId, 0);
}

void TestJobPostings::missingRequirementsJoinTheRoadmapAndGoBack()
{
    WorkbenchFixture fx;
    QVERIFY(fx.open());
    QSqlQuery q(fx.db());
    // Kubernetes claimed at its target, PyTorch skipped, Docker proven by a project.
    QVERIFY(q.exec(u"UPDATE skills SET current_level = 3, target_level = 3 "
                   "WHERE name = 'Kubernetes basics'"_s));
    QVERIFY(q.exec(u"UPDATE skills SET status = 'skipped', priority = 1 WHERE name = 'PyTorch'"_s));
    QVERIFY(q.exec(u"UPDATE skills SET current_level = 2 WHERE name = 'Docker containers'"_s));
    QVERIFY(q.exec(u"INSERT INTO projects (id, name) VALUES (1, 'Shipper')"_s));
    QVERIFY(q.exec(u"INSERT INTO project_skills (project_id, skill_id) "
                   "SELECT 1, id FROM skills WHERE name = 'Docker containers'"_s));
    const QStringList before = roadmapRows(fx.db());

    QString error;
    const JobMatch match = JobMatcher::match(
        JobPosting::fromText(u"k8s, PyTorch, Docker, Terraform and Snowflake"_s),
        JobMatchRepository(fx.db()).skills(&error).value_or(QList<SkillProfile>()),
        JobMatchRepository::vocabulary());
    const auto roadmap = RoadmapRepository(fx.db()).load(&error);
    QVERIFY(roadmap);
    JobRoadmapAdditions::Plan plan = JobRoadmapAdditions::plan(
        *roadmap, match, u"From job postings"_s, u"Asked for by a posting."_s);
    QCOMPARE(plan.newSkills.size(), 2);
    QCOMPARE(plan.newSkills.at(0).name, u"Terraform"_s);
    QCOMPARE(plan.raises.size(), 2); // Docker is proven: left alone
    QCOMPARE(plan.raises.at(0).name, u"Kubernetes basics"_s);
    QCOMPARE(plan.raises.at(0).targetAfter, 4);
    QCOMPARE(plan.raises.at(1).statusAfter, Skill::Status::NotStarted);
    QCOMPARE(plan.raises.at(1).priorityAfter, 3);

    {
        Transaction t(fx.db());
        const WriteResult r = JobRoadmapAdditions(fx.db()).apply(&plan);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QVERIFY(t.commit());
    }
    const auto after = RoadmapRepository(fx.db()).load(&error);
    QVERIFY(after);
    QCOMPARE(after->skills.size(), roadmap->skills.size() + 2);
    QCOMPARE(after->categories.constLast().name, u"From job postings"_s);
    const qint64 terraform = skillId(fx.db(), u"Terraform"_s);
    QVERIFY(terraform > 0);
    // The new skill and the raised ones now have a gap: they are ranked to learn next.
    QCOMPARE(plan.newSkills.at(0).id, terraform);

    {
        Transaction t(fx.db());
        QVERIFY(JobRoadmapAdditions(fx.db()).revert(plan).ok());
        QVERIFY(t.commit());
    }
    QCOMPARE(roadmapRows(fx.db()), before);
    // Redo makes the same rows.
    {
        Transaction t(fx.db());
        QVERIFY(JobRoadmapAdditions(fx.db()).apply(&plan).ok());
        QVERIFY(t.commit());
    }
    QCOMPARE(skillId(fx.db(), u"Terraform"_s), terraform);
}

QTEST_GUILESS_MAIN(TestJobPostings)
#include "tst_jobpostings.moc"
