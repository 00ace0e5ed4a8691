#include "calc/jobmatcher.h"
#include "db/database.h"
#include "db/jobmatchrepository.h"
#include "io/newworkbench.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// "How well do I match this posting?": each requirement proven, claimed or missing, through the
// skills' names and aliases, whatever the case.
class TestJobMatcher : public QObject
{
    Q_OBJECT

private slots:
    void matchesThroughNamesAndAliases_data();
    void matchesThroughNamesAndAliases();
    void scoresProvenClaimedAndMissing();
    void wholeWordsOnly();
    void theTitleNamesTheRoleNotARequirement_data();
    void theTitleNamesTheRoleNotARequirement();
    void readsAJsonResumeJobFile();
    void refusesBrokenJsonWithLineAndColumn();
    void readsSkillsEvidenceAndAliasesFromAWorkbench();

private:
    static QList<SkillProfile> roadmap();
};

QList<SkillProfile> TestJobMatcher::roadmap()
{
    return {
        {1, u"PyTorch"_s, {u"torch"_s}, 3, 4, {u"Project: Fraud radar"_s}},
        {2, u"Kubernetes basics"_s, {u"kubernetes"_s, u"k8s"_s}, 2, 3, {}},
        {3, u"LLM API integration"_s, {u"llm"_s, u"large language model"_s}, 0, 3, {}},
        {4, u"C++"_s, {u"cpp"_s}, 1, 2, {}},
        {5, u"Dimensionality reduction (PCA)"_s, {}, 2, 2, {u"Project: Faces"_s}},
    };
}

void TestJobMatcher::matchesThroughNamesAndAliases_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("requirement");
    QTest::addColumn<QString>("skill");
    QTest::addColumn<QString>("status");
    QTest::newRow("name") << u"We use PyTorch daily."_s << u"PyTorch"_s << u"PyTorch"_s
                          << u"proven"_s;
    QTest::newRow("alias") << u"models in torch"_s << u"torch"_s << u"PyTorch"_s << u"proven"_s;
    QTest::newRow("case") << u"PYTORCH and K8S"_s << u"PYTORCH"_s << u"PyTorch"_s << u"proven"_s;
    QTest::newRow("k8s alias") << u"Deploy on k8s."_s << u"k8s"_s << u"Kubernetes basics"_s
                               << u"claimed"_s;
    QTest::newRow("multi-word alias")
        << u"Experience with Large  Language\nModels"_s << u"Large Language Models"_s
        << u"LLM API integration"_s << u"missing"_s;
    QTest::newRow("symbol name") << u"Modern C++ and Python"_s << u"C++"_s << u"C++"_s
                                 << u"claimed"_s;
    QTest::newRow("name before the bracket")
        << u"dimensionality reduction"_s << u"dimensionality reduction"_s
        << u"Dimensionality reduction (PCA)"_s << u"proven"_s;
}

void TestJobMatcher::matchesThroughNamesAndAliases()
{
    QFETCH(QString, text);
    QFETCH(QString, requirement);
    QFETCH(QString, skill);
    QFETCH(QString, status);
    const JobMatch m = JobMatcher::match(JobPosting::fromText(text), roadmap(), {});
    QVERIFY(!m.requirements.isEmpty());
    const JobMatch::Requirement &r = m.requirements.constFirst();
    QCOMPARE(r.name, requirement);
    QCOMPARE(r.skill, skill);
    QCOMPARE(JobMatch::statusKey(r.status), status);
}

void TestJobMatcher::scoresProvenClaimedAndMissing()
{
    // Proven PyTorch (1), claimed Kubernetes (1/2), missing LLM skill (0), missing Terraform (0).
    const JobMatch m
        = JobMatcher::match(JobPosting::fromText(u"PyTorch, Kubernetes, LLM, Terraform"_s),
                            roadmap(), {u"terraform"_s, u"spark"_s});
    QCOMPARE(m.requirements.size(), 4);
    QCOMPARE(m.requirements.at(3).name, u"Terraform"_s);
    QCOMPARE(m.requirements.at(3).skillId, 0);
    QCOMPARE(m.requirements.at(3).status, JobMatch::Status::Missing);
    QCOMPARE(m.score, 38); // 1.5 of 4
    QCOMPARE(m.requirements.at(0).evidence, QStringList {u"Project: Fraud radar"_s});
    QCOMPARE(JobMatcher::match(JobPosting::fromText(u"nothing here"_s), roadmap(), {}).score, 0);
}

void TestJobMatcher::wholeWordsOnly()
{
    // "torch" inside "torchlight" and "llm" inside "skillmap" are not requirements.
    const JobMatch m
        = JobMatcher::match(JobPosting::fromText(u"torchlight skillmap"_s), roadmap(), {u"r"_s});
    QVERIFY(m.requirements.isEmpty());
}

void TestJobMatcher::theTitleNamesTheRoleNotARequirement_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("requirements");
    QTest::newRow("title only") << u"ML Engineer\nYou train models in PyTorch."_s << u"PyTorch"_s;
    QTest::newRow("title and body")
        << u"ML Engineer\nYou know ML and PyTorch."_s << u"ML, PyTorch"_s;
    QTest::newRow("one line") << u"ML Engineer with PyTorch"_s << u"ML, PyTorch"_s;
    QTest::newRow("blank lines first")
        << u"\n  Senior ML Engineer  \n\nPyTorch on k8s"_s << u"PyTorch, k8s"_s;
    QTest::newRow("a paragraph is no title")
        << (u"We are looking for someone who knows ML well and has shipped models to "
            "production for years, at scale.\nThanks"_s)
        << u"ML"_s;
    QTest::newRow("job file title")
        << u"{\"title\": \"ML Engineer\", \"description\": \"Models in torch.\"}"_s << u"torch"_s;
    QTest::newRow("job file skills")
        << u"{\"title\": \"ML Engineer\", \"skills\": [{\"name\": \"ML\"}]}"_s << u"ML"_s;
}

void TestJobMatcher::theTitleNamesTheRoleNotARequirement()
{
    // "ml" is a built-in alias of machine learning: an "ML Engineer" posting asks for it only
    // where its text does, not because its title says so.
    QFETCH(QString, text);
    QFETCH(QString, requirements);
    QList<SkillProfile> skills = roadmap();
    skills.append(
        {6, u"Supervised learning fundamentals"_s, {u"machine learning"_s, u"ml"_s}, 1, 3, {}});
    const JobPosting posting = text.startsWith(u'{')
        ? JobPosting::fromJson(text.toUtf8(), nullptr).value_or(JobPosting())
        : JobPosting::fromText(text);
    QStringList names;
    for (const JobMatch::Requirement &r : JobMatcher::match(posting, skills, {}).requirements)
        names.append(r.name);
    QCOMPARE(names.join(u", "_s), requirements);
}

void TestJobMatcher::readsAJsonResumeJobFile()
{
    QFile f(QStringLiteral(CW_TEST_DATA_DIR "/jobs/ml-engineer.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QString error;
    const std::optional<JobPosting> p = JobPosting::fromJson(f.readAll(), &error);
    QVERIFY2(p, qPrintable(error));
    QCOMPARE(p->title, u"Machine Learning Engineer"_s);
    QCOMPARE(p->company, u"Acme Analytics"_s);
    QCOMPARE(p->requirements,
             (QStringList {u"Deep learning"_s, u"torch"_s, u"k8s"_s, u"Terraform"_s}));
    const JobMatch m = JobMatcher::match(*p, roadmap(), {u"terraform"_s, u"spark"_s});
    QStringList names;
    for (const JobMatch::Requirement &r : m.requirements)
        names.append(r.name + u'=' + JobMatch::statusKey(r.status));
    // Named requirements first (a skill once), then what the text names.
    QCOMPARE(names.join(u", "_s),
             u"Deep learning=missing, torch=proven, k8s=claimed, Terraform=missing, "
             "Spark=missing, large language models=missing"_s);
}

void TestJobMatcher::refusesBrokenJsonWithLineAndColumn()
{
    QString error;
    QVERIFY(!JobPosting::fromJson("{\n  \"title\": \"x\",\n  oops\n}", &error));
    QVERIFY2(error.contains(u"line 3"_s), qPrintable(error));
    QVERIFY(!JobPosting::fromJson("[1, 2]", &error));
    QVERIFY(!error.isEmpty());
}

void TestJobMatcher::readsSkillsEvidenceAndAliasesFromAWorkbench()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(u"w.sqlite"_s), NewWorkbench::builtInRoadmap()));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"UPDATE skills SET current_level = 3 WHERE name = 'PyTorch'"_s));
    QVERIFY(q.exec(u"INSERT INTO projects (id, name) VALUES (1, '<b>Fraud</b> radar')"_s));
    QVERIFY(q.exec(u"INSERT INTO project_skills (project_id, skill_id) "
                   "SELECT 1, id FROM skills WHERE name = 'PyTorch'"_s));
    QString error;
    const QList<SkillProfile> skills
        = JobMatchRepository(db.connection()).skills(&error).value_or(QList<SkillProfile>());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const JobMatch m = JobMatcher::match(JobPosting::fromText(u"torch and k8s"_s), skills,
                                         JobMatchRepository::vocabulary());
    QCOMPARE(m.requirements.size(), 2);
    QCOMPARE(m.requirements.at(0).skill, u"PyTorch"_s);
    QCOMPARE(m.requirements.at(0).status, JobMatch::Status::Proven);
    QCOMPARE(m.requirements.at(0).evidence, QStringList {u"Project: <b>Fraud</b> radar"_s});
    QCOMPARE(m.requirements.at(1).skill, u"Kubernetes basics"_s);
    QCOMPARE(m.requirements.at(1).status, JobMatch::Status::Missing);
}

QTEST_GUILESS_MAIN(TestJobMatcher)
#include "tst_jobmatcher.moc"
