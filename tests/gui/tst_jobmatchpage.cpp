#include "checkedread.h"
#include "common/dialogs.h"
#include "db/jobapplicationrepository.h"
#include "db/settingsrepository.h"
#include "db/skillaliasrepository.h"
#include "jobs/jobmatchmodel.h"
#include "jobs/jobmatchpage.h"
#include "jobs/jobpostingsmodel.h"
#include "jobs/jobstore.h"
#include "jobs/postingeditor.h"
#include "reports/reportspage.h"
#include "skills/roadmapstore.h"
#include "skills/skilldetailspanel.h"
#include "task/backgroundtask.h"
#include "uiworkbenchfixture.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;

// The Job Match page as a user drives it: paste a posting and see each requirement proven,
// claimed or missing with its skill and evidence; keep, rename, link, delete (and undo); load a
// job file (a broken one is refused with line and column, nothing saved); Tailor Resume sets
// the Reports page's target role; Add Missing to Roadmap adds and raises skills in one undoable
// step. And the Skills page's alias editor, whose names the match then uses.
class TestJobMatchPage : public QObject
{
    Q_OBJECT

    UiWorkbenchFixture m_fx;
    std::unique_ptr<JobMatchPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_postingsTester;
    std::unique_ptr<QAbstractItemModelTester> m_matchTester;

    template<typename T>
    T *child(const QString &name) const
    {
        T *w = m_page->findChild<T *>(name);
        if (!w)
            qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return w;
    }
    void click(const QString &button) const
    {
        QTest::mouseClick(child<QPushButton>(button), Qt::LeftButton);
    }
    int stored(const QString &sql) const
    {
        QSqlQuery q(m_fx.db());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }
    QString storedText(const QString &sql) const
    {
        QSqlQuery q(m_fx.db());
        return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
    }
    // Requirement -> "status skill | evidence", as the table shows them.
    QHash<QString, QString> shownRequirements() const
    {
        QHash<QString, QString> out;
        const QAbstractItemModel *m = child<QTableView>(u"requirementsTable"_s)->model();
        for (int row = 0; row < m->rowCount(); ++row) {
            const auto cell = [&](int column) {
                return m->index(row, column).data().toString();
            };
            out.insert(cell(JobMatchModel::Requirement),
                       cell(JobMatchModel::Status) + u' ' + cell(JobMatchModel::Skill) + u" | "_s
                           + cell(JobMatchModel::Evidence));
        }
        return out;
    }
    void paste(const QString &text) const
    {
        auto *edit = child<QPlainTextEdit>(u"postingTextEdit"_s);
        edit->setFocus();
        QApplication::clipboard()->setText(text);
        QTest::keySequence(edit, QKeySequence::Paste);
    }

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void pastedTextShowsEachRequirement();
    void keepRenameLinkDeleteAndUndo();
    void markupInATitleIsShownAsWritten();
    void loadsAJobFileAndRefusesABrokenOne();
    void tailorResumeSetsTheReportsRole();
    void addMissingIsOneUndoableStep();
    void aliasesEditedOnTheSkillsPageAreMatched();
    void aNameTwoSkillsShareIsWarnedOf();
    void aLongPostingIsMatchedOnAWorker();
    void keptPostingsAreScoredOnAWorker();
    void aStaleScoringNeverOverwritesANewerOne();
};

void TestJobMatchPage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestJobMatchPage::init()
{
    QVERIFY(m_fx.open());
    QSqlQuery q(m_fx.db());
    // PyTorch proven by a project, Kubernetes claimed, the rest not started.
    QVERIFY(q.exec(u"UPDATE skills SET current_level = 3 WHERE name = 'PyTorch'"_s));
    QVERIFY(q.exec(u"UPDATE skills SET current_level = 2 WHERE name = 'Kubernetes basics'"_s));
    QVERIFY(q.exec(u"INSERT INTO projects (id, name) VALUES (1, 'Fraud radar')"_s));
    QVERIFY(q.exec(u"INSERT INTO project_skills (project_id, skill_id) "
                   "SELECT 1, id FROM skills WHERE name = 'PyTorch'"_s));
    m_page = std::make_unique<JobMatchPage>(m_fx.context());
    m_page->resize(1100, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->ensureLoaded();
    m_postingsTester = std::make_unique<QAbstractItemModelTester>(
        m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_matchTester = std::make_unique<QAbstractItemModelTester>(
        m_page->editor()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    Dialogs::takeMessages();
}

void TestJobMatchPage::cleanup()
{
    m_matchTester.reset();
    m_postingsTester.reset();
    m_page.reset();
    m_fx.close();
}

void TestJobMatchPage::pastedTextShowsEachRequirement()
{
    QVERIFY(child<QPushButton>(u"keepPostingButton"_s)->isVisible());
    QVERIFY(!child<QPushButton>(u"keepPostingButton"_s)->isEnabled());
    paste(u"Data Engineer\nYou train models in torch, deploy them on K8S and write Terraform."_s);
    // Matched after a short pause, not on every key.
    QTRY_COMPARE(m_page->editor()->model()->rowCount(), 3);
    const QHash<QString, QString> shown = shownRequirements();
    QCOMPARE(shown.value(u"torch"_s), u"Proven PyTorch (level 3 of 4) | Project: Fraud radar"_s);
    QCOMPARE(shown.value(u"K8S"_s), u"Claimed Kubernetes basics (level 2 of 2) | "_s);
    QCOMPARE(shown.value(u"Terraform"_s), u"Missing (not on the roadmap) | "_s);
    // 1 + 1/2 of 3.
    QCOMPARE(child<QLabel>(u"matchScoreLabel"_s)->text(), u"Match: 50 of 100"_s);
    QCOMPARE(child<QLabel>(u"matchCountsLabel"_s)->text(),
             u"Proven: 1 · Claimed: 1 · Missing: 1"_s);
    QVERIFY(child<QPushButton>(u"keepPostingButton"_s)->isEnabled());
    // The title comes from the first line until the user types one.
    QCOMPARE(child<QLineEdit>(u"postingTitleEdit"_s)->placeholderText(), u"Data Engineer"_s);
    QCOMPARE(stored(u"SELECT count(*) FROM job_postings"_s), 0); // a draft is not saved
}

void TestJobMatchPage::keepRenameLinkDeleteAndUndo()
{
    JobApplication a;
    a.company = u"Acme"_s;
    a.role = u"ML Engineer"_s;
    QString error;
    const qint64 applicationId = JobApplicationRepository(m_fx.db()).insert(a, &error);
    QVERIFY(applicationId > 0);
    m_fx.notifier->notify(ChangeNotifier::Interviews); // as the Interviews page would

    paste(u"Platform Engineer\nPyTorch and Kubernetes."_s);
    QTest::keyClicks(child<QLineEdit>(u"postingCompanyEdit"_s), u"Acme"_s);
    click(u"keepPostingButton"_s);
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(storedText(u"SELECT title || '/' || company FROM job_postings"_s),
             u"Platform Engineer/Acme"_s);
    QVERIFY(!child<QPushButton>(u"keepPostingButton"_s)->isVisible());
    // Scored on a worker after the list is shown.
    QTRY_COMPARE(m_page->model()->index(0, JobPostingsModel::Score).data().toString(), u"75"_s);

    // Rename.
    auto *title = child<QLineEdit>(u"postingTitleEdit"_s);
    title->selectAll();
    QTest::keyClicks(title, u"Senior Platform Engineer"_s);
    QTest::keyClick(title, Qt::Key_Return);
    QCOMPARE(storedText(u"SELECT title FROM job_postings"_s), u"Senior Platform Engineer"_s);
    QCOMPARE(m_page->model()->index(0, JobPostingsModel::Title).data().toString(),
             u"Senior Platform Engineer"_s);

    // Link to the application.
    auto *combo = child<QComboBox>(u"postingApplicationCombo"_s);
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->itemText(1), u"Acme – ML Engineer"_s);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(stored(u"SELECT application_id FROM job_postings"_s), int(applicationId));

    QUndoStack *stack = m_fx.undoStack.get();
    stack->undo();
    QCOMPARE(stored(u"SELECT count(*) FROM job_postings WHERE application_id IS NULL"_s), 1);
    QCOMPARE(combo->currentIndex(), 0);
    stack->undo();
    QCOMPARE(storedText(u"SELECT title FROM job_postings"_s), u"Platform Engineer"_s);
    QCOMPARE(title->text(), u"Platform Engineer"_s);

    // Delete, and undo brings it back whole.
    click(u"deletePostingButton"_s);
    QCOMPARE(stored(u"SELECT count(*) FROM job_postings"_s), 0);
    QCOMPARE(m_page->model()->rowCount(), 0);
    stack->undo();
    QCOMPARE(storedText(u"SELECT title || '/' || company FROM job_postings"_s),
             u"Platform Engineer/Acme"_s);
    QCOMPARE(m_page->model()->rowCount(), 1);
    // Undo of the keep: gone, and the editor is an empty draft again.
    stack->undo();
    QCOMPARE(stored(u"SELECT count(*) FROM job_postings"_s), 0);
    stack->redo();
    QCOMPARE(stored(u"SELECT count(*) FROM job_postings"_s), 1);
}

void TestJobMatchPage::markupInATitleIsShownAsWritten()
{
    const QString markup = u"<h1>x</h1>"_s;
    paste(markup + u"\nPyTorch"_s);
    click(u"keepPostingButton"_s);
    QCOMPARE(storedText(u"SELECT title FROM job_postings"_s), markup);
    QCOMPARE(m_page->model()->index(0, JobPostingsModel::Title).data().toString(), markup);
    QCOMPARE(child<QLineEdit>(u"postingTitleEdit"_s)->text(), markup);
    for (QLabel *label : m_page->findChildren<QLabel *>()) {
        if (label->text().contains(u"<h1>"_s))
            QCOMPARE(label->textFormat(), Qt::PlainText);
    }
}

void TestJobMatchPage::loadsAJobFileAndRefusesABrokenOne()
{
    QTemporaryDir dir;
    const QString broken = dir.filePath(u"broken.json"_s);
    QFile f(broken);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\n  \"title\": \"ML Engineer\",\n  \"skills\": [\n}\n");
    f.close();
    Dialogs::queueFileName(broken);
    click(u"loadJobFileButton"_s);
    const QStringList messages = Dialogs::takeMessages();
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.at(0).contains(u"line 4, column 2"_s), qPrintable(messages.at(0)));
    QCOMPARE(stored(u"SELECT count(*) FROM job_postings"_s), 0);
    QCOMPARE(m_fx.undoStack->count(), 0);

    Dialogs::queueFileName(QStringLiteral(CW_TEST_DATA_DIR "/jobs/ml-engineer.json"));
    click(u"loadJobFileButton"_s);
    QCOMPARE(storedText(u"SELECT title || '/' || company || '/' || format FROM job_postings"_s),
             u"Machine Learning Engineer/Acme Analytics/json"_s);
    QCOMPARE(child<QLineEdit>(u"postingTitleEdit"_s)->text(), u"Machine Learning Engineer"_s);
    QVERIFY(child<QPlainTextEdit>(u"postingTextEdit"_s)->isReadOnly());
    const QHash<QString, QString> shown = shownRequirements();
    QVERIFY2(shown.value(u"torch"_s).startsWith(u"Proven PyTorch"_s),
             qPrintable(shown.value(u"torch"_s)));
    QVERIFY(shown.value(u"k8s"_s).startsWith(u"Claimed Kubernetes basics"_s));
    QVERIFY(shown.value(u"Terraform"_s).startsWith(u"Missing"_s));
}

void TestJobMatchPage::tailorResumeSetsTheReportsRole()
{
    QVERIFY(!child<QPushButton>(u"tailorResumeButton"_s)->isEnabled());
    paste(u"Data Engineer, Platform\nPyTorch, k8s and Terraform."_s);
    click(u"tailorResumeButton"_s);
    const QString json
        = SettingsRepository(m_fx.db()).value(u"reports.choices"_s, CheckedRead())->toString();
    QVERIFY2(json.contains(u"\"kind\":\"resume\""_s), qPrintable(json));
    QVERIFY2(json.contains(u"\"roleTags\":[\"data engineer platform\",\"pytorch\","
                           "\"kubernetes basics\",\"terraform\"]"_s),
             qPrintable(json));

    // The Reports page shows the role and the resume.
    ReportsPage reports(m_fx.context());
    reports.show();
    QVERIFY(QTest::qWaitForWindowExposed(&reports));
    reports.ensureLoaded();
    auto *role = reports.findChild<QLineEdit *>(u"roleTags"_s);
    QVERIFY(role);
    QTRY_COMPARE(role->text(), u"data engineer platform, pytorch, kubernetes basics, terraform"_s);

    m_fx.undoStack->undo();
    QVERIFY(SettingsRepository(m_fx.db()).value(u"reports.choices"_s, CheckedRead())->isNull());
    QTRY_COMPARE(role->text(), QString());
}

void TestJobMatchPage::addMissingIsOneUndoableStep()
{
    const int skills = stored(u"SELECT count(*) FROM skills"_s);
    const int priority = stored(u"SELECT priority FROM skills WHERE name = 'Kubernetes basics'"_s);
    QVERIFY(priority < 3);
    paste(u"Data Engineer\nPyTorch, k8s, Terraform and Snowflake."_s);
    QTRY_COMPARE(m_page->editor()->model()->rowCount(), 4);
    click(u"addMissingButton"_s);
    QCOMPARE(m_fx.undoStack->count(), 1);
    QCOMPARE(stored(u"SELECT count(*) FROM skills"_s), skills + 2);
    QCOMPARE(stored(u"SELECT target_level FROM skills WHERE name = 'Terraform'"_s), 3);
    QCOMPARE(stored(u"SELECT priority FROM skills WHERE name = 'Kubernetes basics'"_s), 3);
    // The page matches again at once: the new skills are on the roadmap, not started.
    const QHash<QString, QString> shown = shownRequirements();
    QCOMPARE(shown.value(u"Terraform"_s), u"Missing Terraform (level 0 of 3) | "_s);
    QVERIFY(!child<QPushButton>(u"keepPostingButton"_s)->isHidden());

    m_fx.undoStack->undo();
    QCOMPARE(stored(u"SELECT count(*) FROM skills"_s), skills);
    QCOMPARE(stored(u"SELECT count(*) FROM skill_categories WHERE name = 'From job postings'"_s),
             0);
    QCOMPARE(stored(u"SELECT priority FROM skills WHERE name = 'Kubernetes basics'"_s), priority);
    QCOMPARE(shownRequirements().value(u"Terraform"_s), u"Missing (not on the roadmap) | "_s);
    m_fx.undoStack->redo();
    QCOMPARE(stored(u"SELECT count(*) FROM skills"_s), skills + 2);
}

void TestJobMatchPage::aliasesEditedOnTheSkillsPageAreMatched()
{
    RoadmapStore store(m_fx.context());
    QVERIFY(store.reload());
    SkillDetailsPanel panel(&store);
    panel.show();
    qint64 id = 0;
    for (const Skill &s : store.roadmap().skills)
        if (s.name == "TensorFlow and Keras"_L1)
            id = s.id;
    panel.showSkill(id);
    auto *aliases = panel.findChild<QLineEdit *>(u"skillAliasesEdit"_s);
    QVERIFY(aliases);
    QCOMPARE(aliases->text(),
             SkillAliasRepository::builtIn().value(u"TensorFlow and Keras"_s).join(u", "_s));
    aliases->setFocus();
    aliases->selectAll();
    QTest::keyClicks(aliases, u"TF2,  tf2 , jax-tf"_s);
    QTest::keyClick(aliases, Qt::Key_Return);
    QCOMPARE(aliases->text(), u"TF2, jax-tf"_s);
    QCOMPARE(*SkillAliasRepository(m_fx.db()).aliases(id, nullptr),
             QStringList({u"TF2"_s, u"jax-tf"_s}));

    // The Job Match page hears of it and matches through the new name.
    paste(u"Role\nWe use jax-tf."_s);
    QTRY_COMPARE(shownRequirements().value(u"jax-tf"_s).left(30),
                 u"Missing TensorFlow and Keras ("_s);
    m_fx.undoStack->undo();
    QCOMPARE(aliases->text(),
             SkillAliasRepository::builtIn().value(u"TensorFlow and Keras"_s).join(u", "_s));
}

void TestJobMatchPage::aNameTwoSkillsShareIsWarnedOf()
{
    // "k8s" is Kubernetes's already: giving it to Docker too is allowed, but the field says
    // that a posting's "k8s" will count for one of them only.
    RoadmapStore store(m_fx.context());
    QVERIFY(store.reload());
    SkillDetailsPanel panel(&store);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    qint64 docker = 0;
    for (const Skill &s : store.roadmap().skills)
        if (s.name == "Docker containers"_L1)
            docker = s.id;
    panel.showSkill(docker);
    auto *aliases = panel.findChild<QLineEdit *>(u"skillAliasesEdit"_s);
    auto *warning = panel.findChild<QLabel *>(u"skillAliasesWarning"_s);
    QVERIFY(aliases && warning);
    QVERIFY(!warning->isVisible());
    aliases->setFocus();
    aliases->end(false);
    QTest::keyClicks(aliases, u", K8S"_s);
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(u"\u201cK8S\u201d is also a name of Kubernetes basics"_s),
             qPrintable(warning->text()));
    QCOMPARE(warning->textFormat(), Qt::PlainText);
    // Kept as typed, and still said when the skill is shown again.
    QTest::keyClick(aliases, Qt::Key_Return);
    QVERIFY(store.aliases(docker).contains(u"K8S"_s));
    panel.showSkill(0);
    panel.showSkill(docker);
    QVERIFY(warning->isVisible());
    // A skill's own name counts too; undo takes the shared name away, and the warning with it.
    m_fx.undoStack->undo();
    QVERIFY(!store.aliases(docker).contains(u"K8S"_s));
    QVERIFY(!warning->isVisible());
    aliases->setFocus();
    aliases->selectAll();
    QTest::keyClicks(aliases, u"pytorch"_s);
    QVERIFY2(warning->text().contains(u"also a name of PyTorch"_s), qPrintable(warning->text()));
    aliases->selectAll();
    QTest::keyClicks(aliases, u"containers"_s);
    QVERIFY(!warning->isVisible());
}

void TestJobMatchPage::aLongPostingIsMatchedOnAWorker()
{
    // A posting of half a megabyte is matched after the pause on a worker thread: the editor
    // says it is matching, keeps taking keys, and shows the result when the worker is done.
    PostingEditor *editor = m_page->editor();
    QString text = u"Data Engineer\n"_s;
    const QString paragraph
        = u"You build pipelines and keep them healthy, every day, with care. "_s;
    while (text.size() < 512 * 1024)
        text += paragraph;
    text += u"\nPyTorch and k8s."_s;
    QVERIFY(text.size() > PostingEditor::BackgroundMatchCharacters);
    paste(text);
    QTRY_VERIFY(editor->isMatching());
    QCOMPARE(child<QLabel>(u"matchCountsLabel"_s)->text(), u"Matching..."_s);
    QTRY_VERIFY_WITH_TIMEOUT(!editor->isMatching(), 60000);
    QCOMPARE(shownRequirements().value(u"PyTorch"_s).left(6), u"Proven"_s);
    QVERIFY(shownRequirements().contains(u"k8s"_s));
    // A short posting is matched at once, as before.
    editor->startDraft();
    paste(u"Role\nPyTorch"_s);
    QTRY_COMPARE(shownRequirements().size(), 1);
    QVERIFY(!editor->isMatching());
}

void TestJobMatchPage::keptPostingsAreScoredOnAWorker()
{
    // The list's scores come from a worker: a reload shows the list at once, each posting with
    // the score it had while its text is the same, and the new scores fill in when the worker
    // is done.
    JobStore *store = m_page->store();
    for (int i = 0; i < 30; ++i) {
        JobPostingEntry p;
        p.title = u"Posting %1"_s.arg(i + 1);
        p.content = p.title + u"\nPyTorch and k8s"_s + (i % 2 ? u" and Terraform."_s : u"."_s);
        QVERIFY(store->add(p).ok());
    }
    QTRY_VERIFY(!m_page->isScoring());
    QCOMPARE(m_page->model()->rowCount(), 30);
    const auto shownScores = [this] {
        QStringList scores;
        for (int row = 0; row < m_page->model()->rowCount(); ++row)
            scores << m_page->model()->index(row, JobPostingsModel::Score).data().toString();
        return scores;
    };
    const QStringList before = shownScores();
    // PyTorch proven and Kubernetes claimed: 1.5 of 2; with Terraform missing, 1.5 of 3.
    QCOMPARE(before.count(u"75"_s), 15);
    QCOMPARE(before.count(u"50"_s), 15);

    // Kubernetes gets its evidence: every posting scores higher, once the worker is done.
    QSqlQuery q(m_fx.db());
    QVERIFY(q.exec(u"INSERT INTO project_skills (project_id, skill_id) "
                   "SELECT 1, id FROM skills WHERE name = 'Kubernetes basics'"_s));
    QSignalSpy scored(m_page.get(), &JobMatchPage::postingsScored);
    m_page->reload();
    // reload() returned before the postings were matched, and the list shows what it had.
    QVERIFY(m_page->isScoring());
    QCOMPARE(shownScores(), before);
    QVERIFY(scored.wait(60000));
    QVERIFY(!m_page->isScoring());
    const QStringList after = shownScores();
    QCOMPARE(after.count(u"100"_s), 15);
    QCOMPARE(after.count(u"67"_s), 15);
}

void TestJobMatchPage::aStaleScoringNeverOverwritesANewerOne()
{
    JobStore *store = m_page->store();
    for (int i = 0; i < 4; ++i) {
        JobPostingEntry p;
        p.title = u"Posting %1"_s.arg(i + 1);
        p.content = p.title + u"\nPyTorch and k8s."_s;
        QVERIFY(store->add(p).ok());
    }
    QTRY_VERIFY(!m_page->isScoring());
    const auto shownScores = [this] {
        QStringList scores;
        for (int row = 0; row < m_page->model()->rowCount(); ++row)
            scores << m_page->model()->index(row, JobPostingsModel::Score).data().toString();
        return scores;
    };
    QCOMPARE(shownScores(), QStringList(4, u"75"_s));

    // The first worker is held after it matched the postings against the old roadmap ...
    auto hold = std::make_shared<QSemaphore>(0);
    auto calls = std::make_shared<std::atomic_int>(0);
    m_page->setScoringGateForTests([hold, calls] {
        if (calls->fetch_add(1) == 0)
            hold->acquire();
    });
    m_page->reload();
    QPointer<BackgroundTask> stale = m_page->scoringTask();
    QVERIFY(stale);
    QTRY_COMPARE(calls->load(), 1);

    // ... while Kubernetes gets its evidence and a newer reload matches again.
    QSqlQuery q(m_fx.db());
    QVERIFY(q.exec(u"INSERT INTO project_skills (project_id, skill_id) "
                   "SELECT 1, id FROM skills WHERE name = 'Kubernetes basics'"_s));
    QSignalSpy scored(m_page.get(), &JobMatchPage::postingsScored);
    m_page->reload();
    QVERIFY(scored.wait(60000));
    QCOMPARE(shownScores(), QStringList(4, u"100"_s));

    // The held worker finishes last: its scores are stale and are not shown.
    hold->release();
    QTRY_VERIFY(stale.isNull());
    QCOMPARE(scored.count(), 1);
    QCOMPARE(shownScores(), QStringList(4, u"100"_s));
    m_page->setScoringGateForTests({});
}

QTEST_MAIN(TestJobMatchPage)
#include "tst_jobmatchpage.moc"
