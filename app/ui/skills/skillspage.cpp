#include "skillspage.h"

#include "calc/completionprojector.h"
#include "calc/learningplanner.h"
#include "common/changenotifier.h"
#include "common/dialogs.h"
#include "common/wrappingrow.h"
#include "db/database.h"
#include "db/progressrepository.h"
#include "learnnextwidget.h"
#include "roadmapeditactions.h"
#include "roadmapstore.h"
#include "roadmaptemplatefiles.h"
#include "skilldetailspanel.h"
#include "skillscharts.h"
#include "skillsfilterbar.h"
#include "skillsfilterproxy.h"
#include "skillsmodel.h"
#include "skillstreeview.h"
#include "stageprogresswidget.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SkillsPage::~SkillsPage()
{
    delete m_edits;
}

SkillsPage::SkillsPage(const WorkbenchContext &context, QWidget *parent)
    : Page(context, parent)
    , m_store(new RoadmapStore(context, this))
    , m_model(new SkillsModel(m_store, this))
    , m_proxy(new SkillsFilterProxy(this))
    , m_progress(new StageProgressWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_view(new SkillsTreeView(this))
    , m_details(new SkillDetailsPanel(m_store, this))
    , m_learnNext(new LearnNextWidget(this))
    , m_charts(new SkillsCharts(this))
    , m_filters(new SkillsFilterBar(m_proxy, this))
    , m_edits(new RoadmapEditActions(m_store, this))
    , m_summaryTimer(new QTimer(this))
{
    m_addStage = new QAction(tr("Add &Stage"), this);
    m_addCategory = new QAction(tr("Add &Category"), this);
    m_addSkill = new QAction(tr("Add S&kill"), this);
    m_delete = new QAction(tr("&Delete"), this);
    m_rename = new QAction(tr("Re&name"), this);
    m_moveUp = new QAction(tr("Move &Up"), this);
    m_moveDown = new QAction(tr("Move Do&wn"), this);
    m_export = new QAction(tr("&Export Roadmap Template..."), this);
    m_fromTemplate = new QAction(tr("&New Workbench from Template..."), this);
    m_addBuiltIn = new QAction(tr("Add What the &Built-in Roadmap Has..."), this);
    m_addBuiltIn->setToolTip(tr("Offer the skills the built-in roadmap has and yours lacks"));
    const QList<QPair<QAction *, QString>> names = {
        {m_addStage, u"addStageAction"_s},
        {m_addCategory, u"addCategoryAction"_s},
        {m_addSkill, u"addSkillAction"_s},
        {m_delete, u"deleteAction"_s},
        {m_rename, u"renameAction"_s},
        {m_moveUp, u"moveUpAction"_s},
        {m_moveDown, u"moveDownAction"_s},
        {m_export, u"exportTemplateAction"_s},
        {m_fromTemplate, u"newFromTemplateAction"_s},
        {m_addBuiltIn, u"addBuiltInAction"_s},
    };
    for (const auto &[action, name] : names)
        action->setObjectName(name);
    m_addSkill->setShortcut(QKeySequence(u"Ctrl+Shift+N"_s));
    m_delete->setShortcut(QKeySequence::Delete);
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_moveUp->setShortcut(QKeySequence(u"Ctrl+Shift+Up"_s));
    m_moveDown->setShortcut(QKeySequence(u"Ctrl+Shift+Down"_s));
    for (QAction *a : {m_addSkill, m_delete, m_rename, m_moveUp, m_moveDown}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(a);
    }
    connect(m_addStage, &QAction::triggered, this, [this] { addGroup(RoadmapGroup::Kind::Stage); });
    connect(m_addCategory, &QAction::triggered, this,
            [this] { addGroup(RoadmapGroup::Kind::Category); });
    connect(m_addSkill, &QAction::triggered, this, &SkillsPage::addSkill);
    connect(m_delete, &QAction::triggered, this, &SkillsPage::deleteSelected);
    connect(m_rename, &QAction::triggered, this, &SkillsPage::renameSelected);
    connect(m_moveUp, &QAction::triggered, this, [this] { moveSelected(-1); });
    connect(m_moveDown, &QAction::triggered, this, [this] { moveSelected(1); });
    connect(m_export, &QAction::triggered, this, &SkillsPage::exportTemplate);
    connect(m_fromTemplate, &QAction::triggered, this, &SkillsPage::newFromTemplate);
    connect(m_addBuiltIn, &QAction::triggered, this, &SkillsPage::addFromBuiltIn);

    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("Skills"), this);
    heading->setFont(headingFont(heading->font())); // the one heading style (Page)
    layout->addWidget(heading);
    layout->addWidget(m_progress);
    layout->addWidget(createToolbar());
    layout->addWidget(createEmptyBanner());

    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    connect(m_view, &QWidget::customContextMenuRequested, this, &SkillsPage::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SkillsPage::currentChanged);
    connect(m_view, &QTreeView::collapsed, this, [this](const QModelIndex &i) {
        m_collapsed.insert(i.data(SkillsModel::GroupIdRole).toLongLong());
    });
    connect(m_view, &QTreeView::expanded, this, [this](const QModelIndex &i) {
        m_collapsed.remove(i.data(SkillsModel::GroupIdRole).toLongLong());
    });

    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(u"skillsSplitter"_s);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    // An explicit minimum lets the splitter shrink the panel below its (wide) size hint.
    m_details->setMinimumWidth(260);
    m_splitter->setSizes({900, 320});
    m_details->hide(); // until a skill is chosen
    m_tabs->setObjectName(u"skillsTabs"_s);
    m_tabs->addTab(m_splitter, tr("Roadmap"));
    m_tabs->addTab(m_learnNext, tr("What to Learn Next"));
    // The charts keep the height their names need (issue #9): on a small screen they scroll
    // inside their tab instead of making the page taller than the window.
    m_charts->setObjectName(u"skillsCharts"_s);
    m_tabs->addTab(scrolling(m_charts), tr("Charts"));
    layout->addWidget(m_tabs, 1);
    connect(m_learnNext, &LearnNextWidget::skillActivated, this, [this](qint64 id) {
        m_tabs->setCurrentIndex(0);
        selectSkill(id);
    });

    m_summaryTimer->setSingleShot(true);
    m_summaryTimer->setInterval(0);
    connect(m_summaryTimer, &QTimer::timeout, this, &SkillsPage::refreshSummary);
    connect(m_store, &RoadmapStore::aboutToReset, this, [this] {
        if (!m_reselect)
            m_reselect = currentSkillId();
    });
    connect(m_store, &RoadmapStore::reset, this, &SkillsPage::onStoreReset);
    connect(m_store, &RoadmapStore::skillChanged, this, &SkillsPage::scheduleSummary);
    connect(m_store, &RoadmapStore::groupChanged, this, [this] {
        m_filters->setStages(m_store->roadmap().stages);
        scheduleSummary(); // stage names head the progress bars and the charts
    });
    connect(m_store, &RoadmapStore::studyLogChanged, this, [this] {
        m_weeklyStale = true;
        scheduleSummary();
    });
    adopt(m_store);
    watch(ChangeNotifier::Skills | ChangeNotifier::Certifications | ChangeNotifier::Projects
          | ChangeNotifier::Interviews | ChangeNotifier::StudyLog | ChangeNotifier::Settings);
    currentChanged();
}

QWidget *SkillsPage::createToolbar()
{
    // Filters, then the buttons; on a narrow window (or in a longer language) the buttons
    // take a line of their own rather than squeezing the filters.
    auto *bar = new WrappingRow(this);
    bar->setObjectName(u"skillsToolbar"_s);
    auto *buttons = new QWidget(bar);
    auto *row = new QHBoxLayout(buttons);
    row->setContentsMargins(0, 0, 0, 0);
    auto *add = new QToolButton(buttons);
    add->setObjectName(u"addButton"_s);
    add->setDefaultAction(m_addSkill);
    add->setPopupMode(QToolButton::MenuButtonPopup);
    add->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *addMenu = new QMenu(add);
    addMenu->addActions({m_addSkill, m_addStage, m_addCategory});
    add->setMenu(addMenu);
    auto *remove = new QToolButton(buttons);
    remove->setObjectName(u"deleteButton"_s);
    remove->setDefaultAction(m_delete);
    auto *file = new QToolButton(buttons);
    file->setObjectName(u"roadmapMenuButton"_s);
    file->setText(tr("Roadmap"));
    file->setToolTip(tr("Add what the built-in roadmap has, share the roadmap as a template, or "
                        "start a new workbench from one"));
    file->setPopupMode(QToolButton::InstantPopup);
    auto *fileMenu = new QMenu(file);
    fileMenu->addActions({m_addBuiltIn});
    fileMenu->addSeparator();
    fileMenu->addActions({m_export, m_fromTemplate});
    file->setMenu(fileMenu);
    row->addWidget(add);
    row->addWidget(remove);
    row->addWidget(file);
    row->addStretch(1);
    bar->addGroup(m_filters, 1);
    bar->addGroup(buttons);

    connect(m_filters, &SkillsFilterBar::groupingChanged, this, [this](RoadmapGroup::Kind kind) {
        m_reselect = currentSkillId();
        m_collapsed.clear();
        m_model->setGrouping(kind);
        restoreTree();
        const qint64 id = m_reselect;
        m_reselect = 0;
        if (id > 0)
            selectSkill(id);
    });
    // A filter shows other rows: open the groups so that the matches are visible.
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, [this] { restoreTree(); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] { restoreTree(); });
    return bar;
}

QWidget *SkillsPage::createEmptyBanner()
{
    m_emptyBanner = new QFrame(this);
    m_emptyBanner->setObjectName(u"emptyRoadmapBanner"_s);
    m_emptyBanner->setFrameShape(QFrame::StyledPanel);
    m_emptyBanner->setAutoFillBackground(true);
    m_emptyBanner->setBackgroundRole(QPalette::AlternateBase);
    auto *layout = new QVBoxLayout(m_emptyBanner);
    m_emptyText = new QLabel(m_emptyBanner);
    m_emptyText->setObjectName(u"emptyRoadmapText"_s);
    m_emptyText->setWordWrap(true);
    layout->addWidget(m_emptyText);
    auto *buttons = new QHBoxLayout;
    auto *stage = new QPushButton(tr("Add a Stage"), m_emptyBanner);
    stage->setObjectName(u"emptyAddStageButton"_s);
    auto *skill = new QPushButton(tr("Add a Skill"), m_emptyBanner);
    skill->setObjectName(u"emptyAddSkillButton"_s);
    auto *fromTemplate = new QPushButton(tr("New Workbench from Template..."), m_emptyBanner);
    fromTemplate->setObjectName(u"emptyFromTemplateButton"_s);
    connect(stage, &QPushButton::clicked, this, [this] { addGroup(RoadmapGroup::Kind::Stage); });
    connect(skill, &QPushButton::clicked, this, &SkillsPage::addSkill);
    connect(fromTemplate, &QPushButton::clicked, this, &SkillsPage::newFromTemplate);
    buttons->addWidget(stage);
    buttons->addWidget(skill);
    buttons->addWidget(fromTemplate);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_emptyBanner->hide();
    return m_emptyBanner;
}

void SkillsPage::reload()
{
    m_details->commitPending();
    if (!m_store->reload())
        Dialogs::warning(this, tr("Skills"),
                         tr("The roadmap cannot be read: %1").arg(m_store->lastError()));
    m_view->fitColumns();
}

void SkillsPage::onStoreReset()
{
    m_filters->setStages(m_store->roadmap().stages);
    restoreTree();
    const qint64 id = m_reselect;
    m_reselect = 0;
    if (id > 0 && m_store->skill(id))
        selectSkill(id);
    else
        currentChanged();
    const Roadmap &r = m_store->roadmap();
    m_emptyBanner->setVisible(r.skills.isEmpty());
    m_emptyText->setText(
        r.stages.isEmpty()
            ? tr("<b>Your roadmap is empty.</b> Start with a stage, a step of your path such as "
                 "\"Foundations\", then add the skills it needs. Or start a new workbench from a "
                 "roadmap template someone shared with you.")
            : tr("<b>No skills yet.</b> Add the skills of your first stage: give each a target "
                 "level, then set where you stand today."));
    m_weeklyStale = true;
    refreshSummary();
}

void SkillsPage::restoreTree()
{
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex i = m_proxy->index(r, 0);
        const bool open = m_proxy->isFiltering()
            || !m_collapsed.contains(i.data(SkillsModel::GroupIdRole).toLongLong());
        if (m_view->isExpanded(i) != open)
            m_view->setExpanded(i, open);
    }
}

void SkillsPage::scheduleSummary()
{
    m_summaryTimer->start();
}

void SkillsPage::refreshSummary()
{
    m_summaryTimer->stop();
    const Roadmap &r = m_store->roadmap();
    const std::optional<double> storedBudget = m_store->weeklyBudgetHours();
    const std::optional<double> storedPerLevel
        = storedBudget ? m_store->hoursPerLevel() : std::nullopt;
    if (!storedPerLevel) // said (the store's failed()); no dates from figures not in the file
        return;
    const double budget = *storedBudget;
    const double perLevel = *storedPerLevel;
    const QDate today = QDate::currentDate();
    const bool readLog = m_weeklyStale;
    if (readLog) { // a level edit leaves the study log as it was: no need to read it again
        QString error;
        const auto minutes = ProgressRepository(m_context.database->connection())
                                 .minutesPerDay(QDate(1, 1, 1), today, &error);
        if (!minutes) { // no pace, and no dates, from a log that could not be read
            Dialogs::warning(this, tr("Skills"), tr("The roadmap cannot be read: %1").arg(error));
            return;
        }
        m_minutesPerDay = *minutes;
        m_weeklyStale = false;
    }
    // The projection uses the pace actually achieved once there is a record of it.
    const ProgressStats::Pace pace
        = ProgressStats::pace(m_minutesPerDay, today, ProgressStats::PaceWeeks, budget);
    m_progress->setProgress(
        r.stages,
        CompletionProjector::project(r.stages, r.skills,
                                     ProgressStats::projectionHoursPerWeek(pace), perLevel, today),
        pace, perLevel);
    m_learnNext->setSteps(LearningPlanner::rank(r.skills));
    m_charts->setRoadmap(r);
    if (!readLog)
        return;
    const QDate firstWeek
        = today.addDays(1 - today.dayOfWeek()).addDays(-7 * (SkillsCharts::WeekCount - 1));
    if (const auto minutes = m_store->weeklyMinutes(firstWeek, SkillsCharts::WeekCount))
        m_charts->setWeeklyMinutes(firstWeek, *minutes, budget);
}

void SkillsPage::placeDetails()
{
    // Nothing chosen, nothing to show: the tree takes the room. (Below the tree on a narrow
    // page was tried: at 640 px high the details left the tree three rows.)
    m_details->setVisible(currentSkillId() != 0);
}

qint64 SkillsPage::currentSkillId() const
{
    return m_view->currentIndex().data(SkillsModel::SkillIdRole).toLongLong();
}

qint64 SkillsPage::currentGroupId() const
{
    return m_view->currentIndex().data(SkillsModel::GroupIdRole).toLongLong();
}

void SkillsPage::currentChanged()
{
    const qint64 skill = currentSkillId();
    m_details->showSkill(skill);
    placeDetails();
    const bool any = m_view->currentIndex().isValid();
    m_delete->setEnabled(any);
    m_rename->setEnabled(any);
    m_moveUp->setEnabled(any);
    m_moveDown->setEnabled(any);
}

void SkillsPage::selectSkill(qint64 skillId)
{
    QModelIndex source = m_model->indexOfSkill(skillId);
    if (!source.isValid())
        return;
    QModelIndex proxy = m_proxy->mapFromSource(source);
    if (!proxy.isValid()) { // hidden by a filter: clear the filters
        m_filters->clearFilters();
        proxy = m_proxy->mapFromSource(m_model->indexOfSkill(skillId));
    }
    m_view->expand(proxy.parent());
    m_view->setCurrentIndex(proxy);
    m_view->scrollTo(proxy);
}

void SkillsPage::showContextMenu(const QPoint &pos)
{
    // Rename from the menu means the name, whichever cell was clicked; keep the selection.
    if (const QModelIndex i = m_view->currentIndex(); i.isValid())
        m_view->selectionModel()->setCurrentIndex(i.siblingAtColumn(SkillsModel::Name),
                                                  QItemSelectionModel::NoUpdate);
    QMenu menu(this);
    menu.addActions({m_addSkill, m_addStage, m_addCategory});
    menu.addSeparator();
    menu.addActions({m_rename, m_moveUp, m_moveDown});
    menu.addSeparator();
    menu.addAction(m_delete);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void SkillsPage::addGroup(RoadmapGroup::Kind kind)
{
    ensureLoaded();
    const qint64 id = m_edits->addGroup(kind);
    if (id <= 0)
        return;
    if (m_model->grouping() != kind)
        m_filters->setGrouping(kind);
    const QModelIndex i = m_proxy->mapFromSource(m_model->indexOfGroup(id));
    if (i.isValid()) {
        m_view->setCurrentIndex(i);
        m_view->edit(i);
    }
}

void SkillsPage::addSkill()
{
    ensureLoaded();
    qint64 stage = 0, category = 0;
    if (const Skill *current = m_store->skill(currentSkillId())) {
        stage = current->stageId;
        category = current->categoryId;
    } else if (const qint64 group = currentGroupId(); group > 0) {
        (m_model->grouping() == RoadmapGroup::Kind::Stage ? stage : category) = group;
    }
    const qint64 id = m_edits->addSkill(stage, category);
    if (id <= 0)
        return;
    selectSkill(id);
    m_view->edit(m_view->currentIndex().siblingAtColumn(SkillsModel::Name));
}

void SkillsPage::deleteSelected()
{
    QList<qint64> skills;
    qint64 group = 0;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows()) {
        if (const qint64 id = i.data(SkillsModel::SkillIdRole).toLongLong(); id > 0)
            skills << id;
        else
            group = i.data(SkillsModel::GroupIdRole).toLongLong();
    }
    if (!skills.isEmpty())
        m_edits->deleteSkills(skills);
    else if (group > 0)
        m_edits->deleteGroup(m_model->grouping(), group);
}

void SkillsPage::moveSelected(int delta)
{
    if (const qint64 skill = currentSkillId(); skill > 0) {
        if (m_model->grouping() == RoadmapGroup::Kind::Stage)
            m_edits->moveSkill(skill, delta);
        else
            emit statusMessage(tr("Skills are ordered within their stage: group by stage to "
                                  "move them."));
    } else if (const qint64 group = currentGroupId(); group > 0) {
        m_edits->moveGroup(m_model->grouping(), group, delta);
        const QModelIndex i = m_proxy->mapFromSource(m_model->indexOfGroup(group));
        m_view->setCurrentIndex(i);
    }
}

void SkillsPage::renameSelected()
{
    // F2 edits the cell the keyboard is on (a level, a target...); a cell that cannot be
    // edited, such as a stage's gap total, and the context menu edit the name.
    const QModelIndex i = m_view->currentIndex();
    if (!i.isValid())
        return;
    m_view->edit((i.flags() & Qt::ItemIsEditable) ? i : i.siblingAtColumn(SkillsModel::Name));
}

void SkillsPage::exportTemplate()
{
    const QString path = RoadmapTemplateFiles::exportRoadmap(this, m_context.database);
    if (!path.isEmpty())
        emit statusMessage(
            tr("Roadmap template written to %1").arg(QDir::toNativeSeparators(path)));
}

void SkillsPage::newFromTemplate()
{
    m_details->commitPending();
    const QString dir = QFileInfo(m_context.database->path()).absolutePath();
    const auto chosen = RoadmapTemplateFiles::chooseTemplate(this, dir);
    if (chosen)
        emit createFromTemplateRequested(chosen->path, chosen->roadmap);
}

void SkillsPage::addFromBuiltIn()
{
    m_details->commitPending();
    if (const qint64 first = m_edits->addFromBuiltIn()) {
        m_tabs->setCurrentIndex(0);
        selectSkill(first);
    }
}
