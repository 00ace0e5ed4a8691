#include "skillsfixture.h"

#include "calc/roadmapstats.h"
#include "skills/roadmapstore.h"
#include "skills/skillscharts.h"
#include "skills/skillsfilterproxy.h"
#include "skills/skillsmodel.h"
#include "skills/skillspage.h"
#include "skills/skillssettingspanel.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class TestSkillsPage : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void modelPassesTester();
    void levelChangeThroughView();
    void filters();
    void emptyRoadmapShowsWhatToDo();
    void deleteAsksWhenLinksGo();
    void evidenceAndUnproven();
    void studyLogFeedsHoursAndChart();
    void dragToAnotherStage();
    void settingsMoveTheProjection();
    void otherPagesKeepItFresh();
    void fixedTextsFitTheirColumns();
    void namesStayReadableOnASmallScreen();
    void contradictoryStatusIsFlagged();
    void learnNextScoresRunDown();

private:
    QModelIndex find(const QString &name, int column = SkillsModel::Name);
    QString cell(const QString &name, int column);

    std::unique_ptr<SkillsFixture> m_f;
    std::unique_ptr<SkillsPage> m_page;
    QTreeView *m_view = nullptr;
};

void TestSkillsPage::init()
{
    m_f = std::make_unique<SkillsFixture>();
    QVERIFY(m_f->open());
    m_page = std::make_unique<SkillsPage>(m_f->context());
    m_page->resize(1300, 900);
    m_page->show();
    m_page->ensureLoaded();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_view = m_page->findChild<QTreeView *>(u"skillsTree"_s);
    QVERIFY(m_view);
}

void TestSkillsPage::cleanup()
{
    m_page.reset();
    m_f->undoStack.clear();
    m_f.reset();
}

QModelIndex TestSkillsPage::find(const QString &name, int column)
{
    QAbstractItemModel *m = m_view->model();
    for (int g = 0; g < m->rowCount(); ++g) {
        const QModelIndex group = m->index(g, 0);
        for (int r = 0; r < m->rowCount(group); ++r)
            if (m->index(r, SkillsModel::Name, group).data().toString() == name)
                return m->index(r, column, group);
    }
    return {};
}

QString TestSkillsPage::cell(const QString &name, int column)
{
    return find(name, column).data().toString();
}

void TestSkillsPage::modelPassesTester()
{
    SkillsModel *model = m_page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(m_view->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 7);
    int skills = 0;
    for (int g = 0; g < model->rowCount(); ++g)
        skills += model->rowCount(model->index(g, 0));
    QCOMPARE(skills, 85);
    // Edits, grouping, filtering and reloads while the testers watch.
    QVERIFY(model->setData(model->indexOfSkill(m_f->skillId(u"NumPy"_s), SkillsModel::Current), 2));
    model->setGrouping(RoadmapGroup::Kind::Category);
    QCOMPARE(model->rowCount(), 16);
    m_page->findChild<QLineEdit *>(u"skillSearchEdit"_s)->setText(u"learn"_s);
    m_page->findChild<QCheckBox *>(u"gapsOnlyCheck"_s)->setChecked(true);
    m_view->sortByColumn(SkillsModel::Gap, Qt::DescendingOrder);
    m_page->reload();
    m_f->undoStack.undo();
    m_f->undoStack.redo();
    model->setGrouping(RoadmapGroup::Kind::Stage);
    QCOMPARE(model->index(0, 0).data(SkillsModel::GroupIdRole).toLongLong(),
             m_page->store()->roadmap().stages.first().id);
}

void TestSkillsPage::levelChangeThroughView()
{
    const qint64 python = m_f->skillId(u"Python"_s);
    QCOMPARE(cell(u"Python"_s, SkillsModel::Gap), u"4"_s);
    SkillsCharts *charts = m_page->charts();
    auto gapOf = [&](qint64 id) {
        for (const auto &g : charts->gaps())
            if (g.skillId == id)
                return g.gap;
        return -1;
    };
    QCOMPARE(gapOf(python), 4);
    const qint64 category = m_page->store()->skill(python)->categoryId;
    auto levelOf = [&](bool count) {
        for (const auto &l : charts->categoryLevels())
            if (l.categoryId == category)
                return count ? double(l.skills) : l.current;
        return -1.0;
    };
    auto programmingLevel = [&] {
        return levelOf(false);
    };
    auto programmingSkills = [&] {
        return levelOf(true);
    };
    const double programmingBefore = programmingLevel();

    const QModelIndex level = find(u"Python"_s, SkillsModel::Current);
    QVERIFY(level.isValid());
    QVERIFY2(level.data(Qt::ToolTipRole).toString().contains(u"None"_s),
             "the level's meaning is in its tooltip");
    m_view->setCurrentIndex(level);
    m_view->edit(level);
    auto *editor = m_view->findChild<QComboBox *>(u"skillCellEditor"_s);
    QVERIFY(editor);
    QCOMPARE(editor->currentData().toInt(), 0);
    QVERIFY(editor->itemData(3, Qt::ToolTipRole).toString().startsWith(u"3 - Working"_s));
    QTest::keyClick(editor, Qt::Key_Down); // steps in place
    QTest::keyClick(editor, Qt::Key_Return); // one edit, committed

    QTRY_COMPARE(
        m_f->scalar(u"SELECT current_level FROM skills WHERE id = %1"_s.arg(python)).toInt(), 1);
    QTRY_COMPARE(cell(u"Python"_s, SkillsModel::Gap), u"3"_s);
    QCOMPARE(m_f->undoStack.count(), 1);
    // The chart inputs follow: Python's gap is no longer 4 (it may leave the top 15), and the
    // mean level of its category rises by 1 / (skills in the category).
    QTRY_VERIFY(gapOf(python) != 4);
    QCOMPARE(charts->gaps(), RoadmapStats::largestGaps(m_page->store()->roadmap().skills, 15));
    QTRY_COMPARE(programmingLevel(), programmingBefore + 1.0 / programmingSkills());
    // The bar chart draws what charts->gaps() holds.
    auto *gapView = charts->findChild<QChartView *>(u"gapChart"_s);
    auto *bars = qobject_cast<QHorizontalBarSeries *>(gapView->chart()->series().first());
    QVERIFY(bars);
    QCOMPARE(bars->barSets().first()->count(), SkillsCharts::GapCount);
    QCOMPARE(bars->barSets().first()->at(SkillsCharts::GapCount - 1),
             double(charts->gaps().first().gap));

    QVERIFY(m_f->undoStack.count() >= 1);
    while (m_f->undoStack.canUndo())
        m_f->undoStack.undo();
    QTRY_COMPARE(cell(u"Python"_s, SkillsModel::Gap), u"4"_s);
    QTRY_COMPARE(gapOf(python), 4);
}

void TestSkillsPage::filters()
{
    auto *proxy = qobject_cast<SkillsFilterProxy *>(m_view->model());
    auto visibleSkills = [&] {
        int n = 0;
        for (int g = 0; g < proxy->rowCount(); ++g)
            n += proxy->rowCount(proxy->index(g, 0));
        return n;
    };
    QCOMPARE(visibleSkills(), 85);
    QTest::keyClicks(m_page->findChild<QLineEdit *>(u"skillSearchEdit"_s), u"numpy"_s);
    QCOMPARE(visibleSkills(), 1);
    QCOMPARE(proxy->rowCount(), 1); // only the group that holds a match
    m_page->findChild<QLineEdit *>(u"skillSearchEdit"_s)->clear();
    auto *stage = m_page->findChild<QComboBox *>(u"stageFilterCombo"_s);
    stage->setCurrentIndex(1);
    QCOMPARE(visibleSkills(),
             int(m_page->store()->stageOrder(stage->currentData().toLongLong()).size()));
    stage->setCurrentIndex(0);
    QVERIFY(m_f->exec(u"UPDATE skills SET current_level = target_level WHERE name = 'Python'"_s));
    m_page->reload();
    m_page->findChild<QCheckBox *>(u"gapsOnlyCheck"_s)->setChecked(true);
    QCOMPARE(visibleSkills(), 84);
    QVERIFY(!find(u"Python"_s).isValid());
    auto *status = m_page->findChild<QComboBox *>(u"statusFilterCombo"_s);
    status->setCurrentIndex(status->findData(int(Skill::Status::Learning)));
    QCOMPARE(visibleSkills(), 0);
}

void TestSkillsPage::emptyRoadmapShowsWhatToDo()
{
    m_page.reset();
    SkillsFixture empty;
    QVERIFY(empty.open(u"empty.sqlite"_s, NewWorkbench::seededWith(RoadmapTemplate {})));
    SkillsPage page(empty.context());
    page.show();
    page.ensureLoaded();
    auto *banner = page.findChild<QWidget *>(u"emptyRoadmapBanner"_s);
    QVERIFY(banner && banner->isVisible());
    QVERIFY(page.findChild<QLabel *>(u"emptyRoadmapText"_s)->text().contains(u"stage"_s));
    QTest::mouseClick(page.findChild<QPushButton *>(u"emptyAddSkillButton"_s), Qt::LeftButton);
    QCOMPARE(empty.scalar(u"SELECT count(*) FROM skills"_s).toInt(), 1);
    QCOMPARE(empty.scalar(u"SELECT count(*) FROM roadmap_stages"_s).toInt(), 1);
    QCOMPARE(empty.scalar(u"SELECT count(*) FROM skill_categories"_s).toInt(), 1);
    QVERIFY(!banner->isVisible());
    QCOMPARE(empty.undoStack.count(), 1); // one step for the user
    empty.undoStack.undo();
    QCOMPARE(empty.scalar(u"SELECT count(*) FROM roadmap_stages"_s).toInt(), 0);
    QVERIFY(banner->isVisible());
    QCOMPARE(page.model()->rowCount(), 0);
}

void TestSkillsPage::deleteAsksWhenLinksGo()
{
    const qint64 numpy = m_f->skillId(u"NumPy"_s);
    QVERIFY(m_f->exec(u"INSERT INTO projects (id, name) VALUES (1, 'P')"_s));
    QVERIFY(m_f->exec(u"INSERT INTO project_skills VALUES (1, %1)"_s.arg(numpy)));
    QVERIFY(m_f->exec(u"INSERT INTO study_sessions (skill_id, studied_on, minutes) VALUES "
                      "(%1, '2024-01-02', 90)"_s.arg(numpy)));
    m_page->reload();
    m_page->selectSkill(numpy);
    auto *remove = m_page->findChild<QAction *>(u"deleteAction"_s);
    Dialogs::takeMessages();
    Dialogs::queueAnswer(QMessageBox::No);
    remove->trigger();
    const QStringList asked = Dialogs::takeMessages();
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.first().contains(u"1 evidence link"_s) && asked.first().contains(u"1.5"_s),
             qPrintable(asked.first()));
    QVERIFY(m_f->skillId(u"NumPy"_s) > 0);
    Dialogs::queueAnswer(QMessageBox::Yes);
    remove->trigger();
    QCOMPARE(m_f->skillId(u"NumPy"_s), 0);
    QVERIFY(!find(u"NumPy"_s).isValid());
    m_f->undoStack.undo();
    QCOMPARE(m_f->skillId(u"NumPy"_s), numpy);
    QCOMPARE(cell(u"NumPy"_s, SkillsModel::Evidence), u"1"_s);
    // A skill with nothing attached goes without a question.
    Dialogs::takeMessages();
    m_page->selectSkill(m_f->skillId(u"Java"_s));
    remove->trigger();
    const QStringList none = Dialogs::takeMessages();
    QVERIFY2(none.isEmpty(), qPrintable(none.join(u'\n')));
    QCOMPARE(m_f->skillId(u"Java"_s), 0);
}

void TestSkillsPage::evidenceAndUnproven()
{
    const qint64 python = m_f->skillId(u"Python"_s);
    QVERIFY(m_f->exec(u"INSERT INTO projects (id, name) VALUES (1, 'Scraper')"_s));
    QVERIFY(m_f->exec(
        u"INSERT INTO certifications (id, name, status) VALUES (1, 'PCAP', 'planned')"_s));
    QVERIFY(m_f->exec(u"INSERT INTO certification_skills VALUES (1, %1)"_s.arg(python)));
    QVERIFY(m_f->exec(u"UPDATE skills SET current_level = 3 WHERE id = %1"_s.arg(python)));
    m_page->reload();
    QCOMPARE(cell(u"Python"_s, SkillsModel::Evidence), u"Unproven"_s);
    QVERIFY(find(u"Python"_s, SkillsModel::Evidence)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"hiring manager"_s));
    m_page->selectSkill(python);
    QVERIFY(m_page->findChild<QLabel *>(u"unprovenLabel"_s)->isVisibleTo(m_page.get()));

    auto *tree = m_page->findChild<QTreeWidget *>(u"evidenceTree"_s);
    QTreeWidgetItem *project = tree->findItems(u"Scraper"_s, Qt::MatchExactly).value(0);
    QVERIFY(project);
    project->setCheckState(0, Qt::Checked);
    QCOMPARE(m_f->scalar(u"SELECT count(*) FROM project_skills WHERE skill_id = %1"_s.arg(python))
                 .toInt(),
             1);
    QCOMPARE(cell(u"Python"_s, SkillsModel::Evidence), u"1"_s);
    QVERIFY(!m_page->findChild<QLabel *>(u"unprovenLabel"_s)->isVisibleTo(m_page.get()));
    m_f->undoStack.undo();
    QCOMPARE(cell(u"Python"_s, SkillsModel::Evidence), u"Unproven"_s);
    // Earning the certification (on the Certifications page) proves the skill.
    QVERIFY(m_f->exec(u"UPDATE certifications SET status = 'earned'"_s));
    m_f->notifier.notify(ChangeNotifier::Certifications);
    QCOMPARE(cell(u"Python"_s, SkillsModel::Evidence), u"1"_s);
}

void TestSkillsPage::studyLogFeedsHoursAndChart()
{
    const qint64 pandas = m_f->skillId(u"Pandas"_s);
    m_page->selectSkill(pandas);
    m_page->findChild<QDoubleSpinBox *>(u"studyHoursSpin"_s)->setValue(1.5);
    QTest::keyClicks(m_page->findChild<QLineEdit *>(u"studyNoteEdit"_s), u"groupby"_s);
    QTest::mouseClick(m_page->findChild<QPushButton *>(u"logStudyButton"_s), Qt::LeftButton);
    QCOMPARE(m_f->scalar(u"SELECT minutes FROM study_sessions WHERE skill_id = %1"_s.arg(pandas))
                 .toInt(),
             90);
    QCOMPARE(cell(u"Pandas"_s, SkillsModel::Hours), QLocale().toString(1.5, 'f', 1));
    auto *weekly = m_page->charts()->findChild<QChartView *>(u"weeklyHoursChart"_s);
    // The chart is rebuilt after each change: read the bar from the current series each time.
    auto thisWeek = [weekly] {
        const auto series = weekly->chart()->series();
        auto *bars
            = series.isEmpty() ? nullptr : qobject_cast<QAbstractBarSeries *>(series.first());
        return bars && !bars->barSets().isEmpty()
            ? bars->barSets().first()->at(SkillsCharts::WeekCount - 1)
            : -1.0;
    };
    QTRY_COMPARE(thisWeek(), 1.5); // this week is the last bar
    m_f->undoStack.undo();
    QCOMPARE(cell(u"Pandas"_s, SkillsModel::Hours), QString());
    QTRY_COMPARE(thisWeek(), 0.0);
}

void TestSkillsPage::dragToAnotherStage()
{
    SkillsModel *model = m_page->model();
    const qint64 java = m_f->skillId(u"Java"_s);
    const QModelIndex source = model->indexOfSkill(java);
    std::unique_ptr<QMimeData> mime(model->mimeData({source}));
    const QModelIndex lastStage = model->index(model->rowCount() - 1, 0);
    QVERIFY(model->canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, lastStage));
    QVERIFY(model->dropMimeData(mime.get(), Qt::MoveAction, 0, 0, lastStage));
    const qint64 stageId = lastStage.data(SkillsModel::GroupIdRole).toLongLong();
    QCOMPARE(m_f->scalar(u"SELECT stage_id FROM skills WHERE id = %1"_s.arg(java)).toLongLong(),
             stageId);
    QCOMPARE(m_page->store()->stageOrder(stageId).first(), java); // dropped at row 0
    m_f->undoStack.undo();
    QVERIFY(m_f->scalar(u"SELECT stage_id FROM skills WHERE id = %1"_s.arg(java)).toLongLong()
            != stageId);
    // Stages reorder by dragging a stage onto another.
    const qint64 first = model->index(0, 0).data(SkillsModel::GroupIdRole).toLongLong();
    mime.reset(model->mimeData({model->index(0, 0)}));
    QVERIFY(model->dropMimeData(mime.get(), Qt::MoveAction, 3, 0, QModelIndex()));
    QCOMPARE(model->index(2, 0).data(SkillsModel::GroupIdRole).toLongLong(), first);
}

void TestSkillsPage::settingsMoveTheProjection()
{
    auto *label = m_page->findChild<QLabel *>(u"overallProgressLabel"_s);
    QVERIFY(label->text().contains(u"0 of 250"_s));
    const QString before = label->text();
    SkillsSettingsPanel panel(m_f->context());
    panel.load();
    auto *budget = panel.findChild<QDoubleSpinBox *>(u"weeklyBudgetSpin"_s);
    QCOMPARE(budget->value(), 6.0);
    QCOMPARE(panel.findChild<QDoubleSpinBox *>(u"hoursPerLevelSpin"_s)->value(), 20.0);
    budget->setValue(0);
    QString error;
    QVERIFY(panel.save(&error));
    m_f->notifier.notify(ChangeNotifier::Settings);
    QVERIFY2(label->text().contains(u"no weekly study budget"_s), qPrintable(label->text()));
    budget->setValue(12);
    QVERIFY(panel.save(&error));
    QCOMPARE(m_page->store()->weeklyBudgetHours(), 12.0);
    m_f->notifier.notify(ChangeNotifier::Settings);
    QVERIFY(label->text() != before);
}

void TestSkillsPage::otherPagesKeepItFresh()
{
    // What the Certifications page (or the study log elsewhere) writes reaches the tree: at
    // once while it is shown, when it is next shown otherwise.
    const qint64 python = m_f->skillId(u"Python"_s);
    QVERIFY(m_f->exec(u"UPDATE skills SET current_level = 4 WHERE id = %1"_s.arg(python)));
    QVERIFY(m_f->exec(
        u"INSERT INTO certifications (id, name, status) VALUES (1, 'PCAP', 'planned')"_s));
    QVERIFY(m_f->exec(u"INSERT INTO certification_skills VALUES (1, %1)"_s.arg(python)));
    m_f->notifier.notify(ChangeNotifier::Certifications);
    QCOMPARE(cell(u"Python"_s, SkillsModel::Evidence), u"Unproven"_s); // planned is no proof
    QVERIFY(find(u"Python"_s, SkillsModel::Evidence)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"not evidence until earned"_s));

    m_page->hide();
    QVERIFY(m_f->exec(u"UPDATE certifications SET status = 'earned'"_s));
    m_f->notifier.notify(ChangeNotifier::Certifications);
    QVERIFY(m_f->exec(u"INSERT INTO study_sessions (skill_id, studied_on, minutes) VALUES "
                      "(%1, '2024-01-02', 150)"_s.arg(python)));
    m_f->notifier.notify(ChangeNotifier::StudyLog);
    m_page->show();
    QCOMPARE(cell(u"Python"_s, SkillsModel::Evidence), u"1"_s);
    QVERIFY(!find(u"Python"_s, SkillsModel::Evidence).data(SkillsModel::UnprovenRole).toBool());
    QCOMPARE(cell(u"Python"_s, SkillsModel::Hours), QLocale().toString(2.5, 'f', 1));

    // Back to planned (or expired): unproven again.
    QVERIFY(m_f->exec(u"UPDATE certifications SET status = 'expired'"_s));
    m_f->notifier.notify(ChangeNotifier::Certifications);
    QCOMPARE(cell(u"Python"_s, SkillsModel::Evidence), u"Unproven"_s);
    QCOMPARE(m_f->undoStack.count(), 0); // nothing of this is the Skills page's to undo
}

void TestSkillsPage::fixedTextsFitTheirColumns()
{
    // Columns are fitted once, on load: every text a cell can later show must fit already,
    // though no skill shows it now.
    QVERIFY(m_f->exec(u"UPDATE skills SET current_level = 0, target_level = 1"_s));
    m_page->reload();
    const QFontMetrics metrics(m_view->font());
    for (int column : {SkillsModel::Current, SkillsModel::Target, SkillsModel::Priority,
                       SkillsModel::Status, SkillsModel::Evidence}) {
        for (const QString &text : SkillsModel::fixedTexts(column))
            QVERIFY2(m_view->columnWidth(column) > metrics.horizontalAdvance(text),
                     qPrintable(text));
    }
    QVERIFY(SkillsModel::fixedTexts(SkillsModel::Evidence).contains(u"Unproven"_s));
    QCOMPARE(SkillsModel::fixedTexts(SkillsModel::Current).size(), Skill::MaxLevel + 1);
}

// A 1024x640 screen leaves the page about 870x540: the names keep their room (the last columns
// scroll instead), and the details pane is away until a skill is chosen.
void TestSkillsPage::namesStayReadableOnASmallScreen()
{
    m_page->resize(870, 540);
    auto *details = m_page->findChild<QWidget *>(u"skillDetailsPanel"_s);
    auto *splitter = m_page->findChild<QSplitter *>(u"skillsSplitter"_s);
    QVERIFY(details);
    QVERIFY(splitter);
    const QString longName = u"Version control with Git"_s;
    const QModelIndex index = find(longName);
    QVERIFY(index.isValid());
    const QFontMetrics metrics(m_view->font());
    const auto nameFits = [&] {
        const QRect cell = m_view->visualRect(index);
        return cell.width() >= metrics.horizontalAdvance(longName);
    };
    QTRY_VERIFY(!details->isVisible());
    QTRY_VERIFY2(nameFits(), qPrintable(QString::number(m_view->visualRect(index).width())));

    m_page->selectSkill(m_f->skillId(longName));
    QTRY_VERIFY(details->isVisible());
    QTRY_VERIFY(nameFits());
    QVERIFY(splitter->sizes().constFirst() > splitter->sizes().constLast());
}

// "1 Aware" but "Not started", or the target reached but "Learning": the status cell says so
// and what fits; agreeing rows say nothing.
void TestSkillsPage::contradictoryStatusIsFlagged()
{
    QVERIFY(m_f->exec(u"UPDATE skills SET current_level = 1, target_level = 3, "
                      "status = 'not_started' WHERE name = 'Python'"_s));
    QVERIFY(m_f->exec(u"UPDATE skills SET current_level = 3, target_level = 3, "
                      "status = 'learning' WHERE name = 'NumPy'"_s));
    QVERIFY(m_f->exec(u"UPDATE skills SET current_level = 1, target_level = 3, "
                      "status = 'learning' WHERE name = 'Pandas'"_s));
    m_page->reload();
    const QModelIndex python = find(u"Python"_s, SkillsModel::Status);
    QVERIFY(!python.data(Qt::DecorationRole).isNull());
    QVERIFY2(python.data(Qt::ToolTipRole).toString().contains(u"\"Learning\" fits"_s),
             qPrintable(python.data(Qt::ToolTipRole).toString()));
    const QModelIndex numpy = find(u"NumPy"_s, SkillsModel::Status);
    QVERIFY(numpy.data(Qt::ToolTipRole).toString().contains(u"\"Proficient\" fits"_s));
    const QModelIndex pandas = find(u"Pandas"_s, SkillsModel::Status);
    QVERIFY(pandas.data(Qt::DecorationRole).isNull());
    QVERIFY(pandas.data(Qt::ToolTipRole).toString().isEmpty());
}

// "Most valuable first": the scores shown run down the list, prerequisites ranked with the
// skills that wait for them (the built-in roadmap has such chains).
void TestSkillsPage::learnNextScoresRunDown()
{
    auto *list = m_page->findChild<QTreeWidget *>(u"learnNextList"_s);
    QVERIFY(list);
    QTRY_VERIFY(list->topLevelItemCount() > 5);
    bool anyRaised = false;
    for (int i = 1; i < list->topLevelItemCount(); ++i) {
        const int before = QLocale().toInt(list->topLevelItem(i - 1)->text(2));
        const int here = QLocale().toInt(list->topLevelItem(i)->text(2));
        QVERIFY2(here <= before, qPrintable(u"row %1: %2 after %3"_s.arg(i).arg(here).arg(before)));
        anyRaised = anyRaised || !list->topLevelItem(i)->toolTip(2).isEmpty();
    }
    QVERIFY2(anyRaised, "no prerequisite is ranked by a skill that needs it");
}

QTEST_MAIN(TestSkillsPage)
#include "tst_skillspage.moc"
