// The Skills page at scale (issue #3, item 8: 2,000 skills stay smooth to scroll, filter and
// edit), as ratios to baselines measured in the same run:
//  - reading the roadmap (RoadmapRepository) vs a raw SELECT of the same skills;
//  - the page loaded and painted vs a QStandardItemModel tree of the same rows in a QTreeView;
//  - a text filter applied and painted vs QSortFilterProxyModel over that baseline tree;
//  - scrolling page by page vs the baseline tree;
//  - one level changed through the model (undo command, write, tree, progress, learn-next and
//    charts) vs the raw UPDATE in a transaction, and vs setData on the baseline tree.
// Nothing here fails on time: read the ratios.
#include "benchhelper.h"
#include "common/changenotifier.h"
#include "db/database.h"
#include "db/roadmaprepository.h"
#include "db/transaction.h"
#include "domain/roadmaptemplate.h"
#include "io/newworkbench.h"
#include "skills/roadmapstore.h"
#include "skills/skillsmodel.h"
#include "skills/skillspage.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUndoStack>

#include <cstdio>
#include <limits>

using namespace Qt::StringLiterals;
using Bench::bestOf;
using Bench::report;

static constexpr int SkillCount = 2000;
static constexpr int StageCount = 10;
static constexpr int CategoryCount = 20;

static void settle(QWidget *w)
{
    QCoreApplication::processEvents();
    w->repaint();
}

// 2,000 skills in 10 stages and 20 categories; every third skill needs the one three before it.
static RoadmapTemplate largeRoadmap()
{
    RoadmapTemplate t;
    t.name = u"Bench"_s;
    for (int i = 0; i < StageCount; ++i)
        t.stages << RoadmapTemplate::Stage {u"st%1"_s.arg(i), u"Stage %1"_s.arg(i + 1), {}};
    for (int i = 0; i < CategoryCount; ++i)
        t.categories << RoadmapTemplate::Category {
            u"cat%1"_s.arg(i), u"Category %1"_s.arg(i + 1), {}};
    for (int i = 0; i < SkillCount; ++i) {
        RoadmapTemplate::Skill s;
        s.key = u"sk%1"_s.arg(i);
        s.name = u"Skill %1 %2"_s.arg(i).arg(i % 7 ? u"modelling"_s : u"deployment"_s);
        s.stage = u"st%1"_s.arg(i * StageCount / SkillCount);
        s.category = u"cat%1"_s.arg(i % CategoryCount);
        s.description = u"What skill %1 covers and why it matters."_s.arg(i);
        s.target = 1 + i % 5;
        s.priority = 1 + i % 4;
        if (i % 3 == 0 && i >= 3)
            s.prerequisites << u"sk%1"_s.arg(i - 3);
        t.skills << s;
    }
    return t;
}

// Personal data on top: levels, evidence and study time.
static bool addPersonalData(Database &db)
{
    Transaction tx(db.connection());
    QSqlQuery q(db.connection());
    bool ok = q.exec(u"UPDATE skills SET current_level = (id * 7) % (target_level + 1)"_s);
    for (int p = 1; ok && p <= 100; ++p) {
        q.prepare(u"INSERT INTO projects (id, name) VALUES (?, ?)"_s);
        q.addBindValue(p);
        q.addBindValue(u"Project %1"_s.arg(p));
        ok = q.exec();
    }
    ok = ok
        && q.exec(u"INSERT INTO project_skills (project_id, skill_id) SELECT 1 + id % 100, id "
                  "FROM skills WHERE id % 4 = 0"_s);
    q.prepare(u"INSERT INTO study_sessions (skill_id, studied_on, minutes) VALUES (?, ?, ?)"_s);
    const QDate today = QDate::currentDate();
    for (int i = 0; ok && i < 3000; ++i) {
        q.addBindValue(1 + i % SkillCount);
        q.addBindValue(today.addDays(-(i % 180)).toString(Qt::ISODate));
        q.addBindValue(30 + i % 60);
        ok = q.exec();
    }
    return ok && tx.commit();
}

static QStandardItemModel *baselineModel(QObject *parent)
{
    auto *model = new QStandardItemModel(0, SkillsModel::ColumnCount, parent);
    for (int g = 0; g < StageCount; ++g) {
        QList<QStandardItem *> group;
        group << new QStandardItem(u"Stage %1 (200)"_s.arg(g + 1));
        for (int c = 1; c < SkillsModel::ColumnCount; ++c)
            group << new QStandardItem(QString::number(c));
        for (int r = 0; r < SkillCount / StageCount; ++r) {
            QList<QStandardItem *> row;
            row << new QStandardItem(u"Skill %1"_s.arg(g * 200 + r));
            for (int c = 1; c < SkillsModel::ColumnCount; ++c)
                row << new QStandardItem(u"%1 Basic"_s.arg(r % 6));
            group.first()->appendRow(row);
        }
        model->appendRow(group);
    }
    return model;
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(u"settings"_s));
    QCoreApplication::setOrganizationName(u"CareerWorkbenchBench"_s);

    Database db;
    if (!db.open(dir.filePath(u"skills.sqlite"_s), NewWorkbench::seededWith(largeRoadmap()))
        || !addPersonalData(db)) {
        std::fprintf(stderr, "cannot create the workbench\n");
        return 1;
    }
    std::printf("workbench: %d skills, %d stages, %d categories\n", SkillCount, StageCount,
                CategoryCount);

    // 1. Reading the roadmap.
    const qint64 rawSelect = bestOf(5, [&] {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        q.exec(
            u"SELECT id, stage_id, category_id, name, description, notes, current_level, "
            "target_level, priority, status, position FROM skills ORDER BY stage_id, position"_s);
        int n = 0;
        while (q.next())
            n += q.value(6).toInt() + q.value(3).toString().size();
        Q_UNUSED(n);
    });
    const qint64 repository = bestOf(5, [&] { RoadmapRepository(db.connection()).load(nullptr); });
    report("roadmap read (RoadmapRepository::load)", repository, rawSelect);

    // 2. The page loaded and painted vs a plain tree of the same rows.
    QTreeView baselineView;
    QStandardItemModel *baseline = nullptr;
    const qint64 baselineLoad = bestOf(3, [&] {
        delete baseline;
        baseline = baselineModel(&baselineView);
        baselineView.setModel(baseline);
        baselineView.resize(1300, 800);
        baselineView.expandAll();
        baselineView.show();
        settle(&baselineView);
    });
    QUndoStack undoStack;
    ChangeNotifier notifier;
    const WorkbenchContext context {&db, &undoStack, &notifier};
    std::unique_ptr<SkillsPage> page;
    const qint64 pageLoad = bestOf(3, [&] {
        page = std::make_unique<SkillsPage>(context);
        page->resize(1300, 800);
        page->show();
        page->ensureLoaded();
        settle(page.get());
    });
    report("Skills page loaded and painted (2,000 skills)", pageLoad, baselineLoad);
    report("  the same against the raw SELECT", pageLoad, rawSelect);

    auto *view = page->findChild<QTreeView *>(u"skillsTree"_s);
    auto *search = page->findChild<QLineEdit *>(u"skillSearchEdit"_s);
    if (!view || !search) {
        std::fprintf(stderr, "the page has no tree or search field\n");
        return 1;
    }

    // 3. Scrolling page by page to the end.
    auto scroll = [](QTreeView *v) {
        QScrollBar *bar = v->verticalScrollBar();
        bar->setValue(0);
        for (int i = 0; i < 40 && bar->value() < bar->maximum(); ++i) {
            bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
            v->viewport()->repaint();
        }
    };
    const qint64 baselineScroll = bestOf(3, [&] { scroll(&baselineView); });
    const qint64 pageScroll = bestOf(3, [&] { scroll(view); });
    report("scroll 40 pages", pageScroll, baselineScroll);

    // 4. A text filter applied (and cleared) with the tree painted.
    QSortFilterProxyModel baselineProxy;
    baselineProxy.setRecursiveFilteringEnabled(true);
    baselineProxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    baselineProxy.setSourceModel(baseline);
    baselineView.setModel(&baselineProxy);
    baselineView.expandAll();
    settle(&baselineView);
    const qint64 baselineFilter = bestOf(5, [&] {
        baselineProxy.setFilterFixedString(u"skill 1"_s);
        baselineView.expandAll();
        settle(&baselineView);
        baselineProxy.setFilterFixedString(QString());
        baselineView.expandAll();
        settle(&baselineView);
    });
    const qint64 pageFilter = bestOf(5, [&] {
        search->setText(u"skill 1"_s);
        settle(page.get());
        search->setText(QString());
        settle(page.get());
    });
    report("text filter applied and cleared", pageFilter, baselineFilter);

    // 5. One level changed.
    SkillsModel *model = page->model();
    const qint64 skillId = page->store()->roadmap().skills.at(SkillCount / 2).id;
    int level = page->store()->skill(skillId)->currentLevel;
    const qint64 rawUpdate = bestOf(10, [&] {
        Transaction tx(db.connection());
        QSqlQuery q(db.connection());
        q.prepare(u"UPDATE skills SET current_level = ? WHERE id = ?"_s);
        q.addBindValue(level);
        q.addBindValue(skillId);
        q.exec();
        tx.commit();
    });
    const QModelIndex baselineCell
        = baseline->index(3, SkillsModel::Current, baseline->index(5, 0));
    int tick = 0;
    const qint64 baselineEdit = bestOf(10, [&] {
        baseline->setData(baselineCell, u"%1 Basic"_s.arg(++tick % 6));
        settle(&baselineView);
    });
    const qint64 pageEdit = bestOf(10, [&] {
        level = (level + 1) % 6;
        model->setData(model->indexOfSkill(skillId, SkillsModel::Current), level);
        settle(page.get());
    });
    report("one level changed (command, write, tree, summary)", pageEdit, rawUpdate);
    report("  the same against setData on the baseline tree", pageEdit, baselineEdit);
    const qint64 undoRedo = bestOf(10, [&] {
        undoStack.undo();
        settle(page.get());
        undoStack.redo();
        settle(page.get());
    });
    report("undo + redo of that change", undoRedo, 2 * rawUpdate);

    // 6. Regrouping by category and back.
    auto *groupBy = page->findChild<QComboBox *>(u"groupByCombo"_s);
    const qint64 regroup = bestOf(3, [&] {
        groupBy->setCurrentIndex(1);
        settle(page.get());
        groupBy->setCurrentIndex(0);
        settle(page.get());
    });
    report("group by category and back", regroup, baselineLoad);
    return 0;
}
