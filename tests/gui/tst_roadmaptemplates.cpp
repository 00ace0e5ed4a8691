#include "skillsfixture.h"

#include "db/roadmaptemplaterepository.h"
#include "documentcontroller.h"
#include "io/roadmaptemplatejson.h"
#include "skills/skillspage.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

// Exporting the roadmap as a template and starting a new workbench from one, through the
// Skills page's actions with the file pickers answered in advance.
class TestRoadmapTemplates : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void exportRoundTrip();
    void exportLeavesNoLevels();
    void exportFailureKeepsOldFile();
    void newWorkbenchFromTemplate();
    void malformedTemplateIsRefused_data();
    void malformedTemplateIsRefused();
    void existingTargetIsRefused();

private:
    static QString fixture(const QString &name)
    {
        return QStringLiteral(CW_TEST_DATA_DIR "/templates/") + name;
    }
    QAction *action(const QString &name) { return m_page->findChild<QAction *>(name); }

    std::unique_ptr<SkillsFixture> m_f;
    std::unique_ptr<SkillsPage> m_page;
};

void TestRoadmapTemplates::init()
{
    m_f = std::make_unique<SkillsFixture>();
    QVERIFY(m_f->open());
    m_page = std::make_unique<SkillsPage>(m_f->context());
    m_page->ensureLoaded();
    Dialogs::takeMessages();
}

void TestRoadmapTemplates::cleanup()
{
    m_page.reset();
    m_f.reset();
}

static QStringList describe(const RoadmapTemplate &t)
{
    // Keys are regenerated on export, so compare by names.
    QHash<QString, QString> stageName, categoryName, skillName;
    for (const auto &s : t.stages)
        stageName.insert(s.key, s.name);
    for (const auto &c : t.categories)
        categoryName.insert(c.key, c.name);
    for (const auto &s : t.skills)
        skillName.insert(s.key, s.name);
    QStringList lines;
    for (const auto &s : t.stages)
        lines << u"stage %1: %2"_s.arg(s.name, s.description);
    for (const auto &c : t.categories)
        lines << u"category %1: %2"_s.arg(c.name, c.description);
    for (const auto &s : t.skills) {
        QStringList pre;
        for (const QString &p : s.prerequisites)
            pre << skillName.value(p);
        pre.sort();
        lines << u"skill %1 in %2/%3 target %4 priority %5 after [%6]: %7"_s
                     .arg(s.name, stageName.value(s.stage), categoryName.value(s.category))
                     .arg(s.target)
                     .arg(s.priority)
                     .arg(pre.join(u", "_s), s.description);
    }
    return lines;
}

void TestRoadmapTemplates::exportRoundTrip()
{
    const QString path = m_f->dir.filePath(u"shared-roadmap"_s); // no suffix: .json is added
    Dialogs::queueFileName(path);
    action(u"exportTemplateAction"_s)->trigger();
    QVERIFY2(Dialogs::takeMessages().isEmpty(), "no warning");
    QVERIFY(QFileInfo::exists(path + u".json"_s));
    QString error;
    const auto exported = RoadmapTemplateJson::load(path + u".json"_s, &error);
    QVERIFY2(exported, qPrintable(error));
    QCOMPARE(describe(*exported), describe(RoadmapTemplateJson::builtIn()));
}

void TestRoadmapTemplates::exportLeavesNoLevels()
{
    QVERIFY(m_f->exec(u"UPDATE skills SET current_level = 5, notes = 'zz-secret-note'"_s));
    const QString path = m_f->dir.filePath(u"t.json"_s);
    Dialogs::queueFileName(path);
    action(u"exportTemplateAction"_s)->trigger();
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray json = f.readAll();
    QVERIFY(!json.contains("zz-secret-note"));
    QVERIFY(!json.contains("\"current"));
    QVERIFY(!json.contains("\"level"));
    QVERIFY(json.contains("\"target\""));
}

void TestRoadmapTemplates::exportFailureKeepsOldFile()
{
    const QString path = m_f->dir.filePath(u"missing-folder/t.json"_s);
    Dialogs::queueFileName(path);
    action(u"exportTemplateAction"_s)->trigger();
    const QStringList messages = Dialogs::takeMessages();
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.first().contains(u"was not written"_s), qPrintable(messages.first()));
    QVERIFY(!QFileInfo::exists(path));
}

void TestRoadmapTemplates::newWorkbenchFromTemplate()
{
    DocumentController controller(nullptr);
    connect(m_page.get(), &SkillsPage::createFromTemplateRequested, &controller,
            &DocumentController::createFromTemplate);
    QSignalSpy changed(&controller, &DocumentController::documentChanged);
    const QString target = m_f->dir.filePath(u"from-template"_s);
    Dialogs::queueFileName(fixture(u"small.json"_s));
    Dialogs::queueFileName(target);
    action(u"newFromTemplateAction"_s)->trigger();
    // The new file is written in the background; the controller switches to it when done.
    QVERIFY(controller.runningTask());
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 30000);
    QVERIFY(!controller.runningTask());
    const QStringList messages = Dialogs::takeMessages();
    QVERIFY2(messages.isEmpty(), qPrintable(messages.join(u'\n')));
    QVERIFY(controller.database());
    QCOMPARE(controller.database()->path(), QFileInfo(target + u".cwbench"_s).absoluteFilePath());
    QString error;
    const RoadmapTemplate created = RoadmapTemplateRepository(controller.database()->connection())
                                        .read(u"x"_s, &error)
                                        .value();
    QCOMPARE(describe(created),
             describe(*RoadmapTemplateJson::load(fixture(u"small.json"_s), &error)));
    // The workbench that was open is untouched.
    QCOMPARE(m_f->scalar(u"SELECT count(*) FROM skills"_s).toInt(), 85);
}

void TestRoadmapTemplates::malformedTemplateIsRefused_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("syntax error: line and column") << u"syntax-error.json"_s << u"line 4, column"_s;
    QTest::newRow("unknown stage") << u"unknown-stage.json"_s << u"skills[0].stage"_s;
    QTest::newRow("circle of prerequisites") << u"cycle.json"_s << u"circle"_s;
    // Accepted here, it failed later inside SQLite with a bare UNIQUE constraint error.
    QTest::newRow("prerequisite listed twice")
        << u"duplicate-prerequisite.json"_s << u"skills[1].prerequisites"_s;
    QTest::newRow("level out of range") << u"bad-level.json"_s << u"skills[0].target"_s;
    QTest::newRow("another format") << u"not-a-template.json"_s << u"format"_s;
    QTest::newRow("no such file") << u"missing.json"_s << u"cannot be read"_s;
}

void TestRoadmapTemplates::malformedTemplateIsRefused()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    QSignalSpy requested(m_page.get(), &SkillsPage::createFromTemplateRequested);
    const QStringList before = m_f->dump();
    const QString target = m_f->dir.filePath(u"never.sqlite"_s);
    Dialogs::queueFileName(fixture(file));
    Dialogs::queueFileName(target); // must not be asked for
    action(u"newFromTemplateAction"_s)->trigger();
    const QStringList messages = Dialogs::takeMessages();
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.first().contains(expected), qPrintable(messages.first()));
    QVERIFY2(messages.first().contains(u"Nothing was created"_s), qPrintable(messages.first()));
    QCOMPARE(requested.count(), 0);
    QVERIFY(!QFileInfo::exists(target));
    QCOMPARE(m_f->dump(), before);
}

void TestRoadmapTemplates::existingTargetIsRefused()
{
    QSignalSpy requested(m_page.get(), &SkillsPage::createFromTemplateRequested);
    Dialogs::queueFileName(fixture(u"small.json"_s));
    Dialogs::queueFileName(m_f->database->path()); // the open workbench itself
    action(u"newFromTemplateAction"_s)->trigger();
    QCOMPARE(Dialogs::takeMessages().size(), 1);
    QCOMPARE(requested.count(), 0);
    QCOMPARE(m_f->scalar(u"SELECT count(*) FROM skills"_s).toInt(), 85);
    // The controller refuses an existing file too, whoever asks.
    DocumentController controller(nullptr);
    QString error;
    QVERIFY(!controller.createFromTemplate(
        m_f->database->path(), *RoadmapTemplateJson::load(fixture(u"small.json"_s), &error)));
    QVERIFY(controller.lastError().contains(u"already exists"_s));
}

QTEST_MAIN(TestRoadmapTemplates)
#include "tst_roadmaptemplates.moc"
