#include "applicationsview.h"

#include "addapplicationcommand.h"
#include "applicationeditor.h"
#include "common/changevaluecommand.h"
#include "common/chartpalette.h"
#include "common/dialogs.h"
#include "common/wrappingrow.h"
#include "common/wrappingtreedelegate.h"
#include "db/interviewformatrepository.h"
#include "db/interviewsessionrepository.h"
#include "db/jobapplicationrepository.h"
#include "domain/datetext.h"
#include "interviewstore.h"
#include "moveapplicationcommand.h"
#include "removeapplicationcommand.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTextDocument>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace {
enum { IdRole = Qt::UserRole + 1, SessionRole };
using Stage = JobApplication::Stage;
} // namespace

ApplicationsView::ApplicationsView(InterviewStore *store, QUndoStack *stack, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_stack(stack)
    , m_tree(new QTreeWidget(this))
    , m_stage(new QComboBox(this))
    , m_add(new QPushButton(tr("&Add Application..."), this))
    , m_edit(new QPushButton(tr("Edit..."), this))
    , m_advance(new QPushButton(tr("Move to &Next Stage"), this))
    , m_move(new QPushButton(tr("&Move"), this))
    , m_delete(new QPushButton(tr("Delete Application"), this))
    , m_empty(new QLabel(this))
    , m_funnel(new QChartView(this))
{
    auto *layout = new QVBoxLayout(this);
    // The moves, then choosing a stage and deleting: on a small screen or in a longer
    // language the second group takes a line of its own instead of widening the page.
    auto *toolbar = new WrappingRow(this);
    toolbar->setObjectName(u"applicationsToolbar"_s);
    auto *moves = new QWidget(toolbar);
    auto *bar = new QHBoxLayout(moves);
    bar->setContentsMargins(0, 0, 0, 0);
    auto *choose = new QWidget(toolbar);
    auto *chooseBar = new QHBoxLayout(choose);
    chooseBar->setContentsMargins(0, 0, 0, 0);
    m_add->setObjectName(u"addApplicationButton"_s);
    m_edit->setObjectName(u"editApplicationButton"_s);
    m_advance->setObjectName(u"advanceStageButton"_s);
    m_move->setObjectName(u"moveStageButton"_s);
    m_delete->setObjectName(u"deleteApplicationButton"_s);
    m_delete->setToolTip(tr("Delete the selected application (Del). Its interviews stay, no "
                            "longer linked to it; Edit > Undo brings it back."));
    m_stage->setObjectName(u"stageCombo"_s);
    m_stage->setAccessibleName(tr("Stage to move to"));
    for (int s = 0; s < JobApplication::StageCount; ++s)
        m_stage->addItem(stageName(Stage(s)), s);
    bar->addWidget(m_add);
    bar->addWidget(m_edit);
    bar->addWidget(m_advance);
    chooseBar->addWidget(new QLabel(tr("or to"), choose));
    chooseBar->addWidget(m_stage);
    chooseBar->addWidget(m_move);
    chooseBar->addStretch(1);
    chooseBar->addWidget(m_delete);
    toolbar->addGroup(moves);
    toolbar->addGroup(choose, 1);
    layout->addWidget(toolbar);

    m_tree->setObjectName(u"applicationsTree"_s);
    m_tree->setAccessibleName(tr("Applications by stage"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels(
        {tr("Stage, application, moves and interviews"), tr("Date"), tr("Source")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    // A long company and role wraps onto more lines instead of ending in "...", and the rows
    // take the height of their text again when the column's width changes.
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setItemDelegate(new WrappingTreeDelegate(m_tree));
    connect(m_tree->header(), &QHeaderView::sectionResized, this, [this](int section) {
        if (section == 0)
            m_tree->doItemsLayout();
    });
    m_funnel->setObjectName(u"funnelChart"_s);
    m_funnel->setRenderHint(QPainter::Antialiasing);
    m_funnel->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_tree);
    split->addWidget(m_funnel);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);
    m_empty->setObjectName(u"applicationsEmptyLabel"_s);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No applications yet. Add one with <b>Add Application...</b>; a real "
                        "interview can then belong to it, and each move through the stages is "
                        "dated."));
    layout->addWidget(m_empty);

    connect(m_add, &QPushButton::clicked, this, &ApplicationsView::addApplication);
    connect(m_edit, &QPushButton::clicked, this, &ApplicationsView::editSelected);
    connect(m_advance, &QPushButton::clicked, this, &ApplicationsView::advanceSelected);
    connect(m_move, &QPushButton::clicked, this, &ApplicationsView::moveSelected);
    connect(m_delete, &QPushButton::clicked, this, &ApplicationsView::deleteSelected);
    auto *del = new QShortcut(QKeySequence::Delete, m_tree, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &ApplicationsView::deleteSelected);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ApplicationsView::updateButtons);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const qint64 session = item->data(0, SessionRole).toLongLong();
        if (session > 0)
            emit sessionActivated(session);
    });
    connect(store, &InterviewStore::applicationsChanged, this, [this] {
        const qint64 id = selectedId();
        reload();
        selectApplication(id);
    });
    updateButtons();
}

QString ApplicationsView::stageName(Stage stage)
{
    switch (stage) {
    case Stage::Applied:
        return tr("Applied");
    case Stage::Screen:
        return tr("Screen");
    case Stage::Technical:
        return tr("Technical");
    case Stage::Onsite:
        return tr("Onsite");
    case Stage::Offer:
        return tr("Offer");
    case Stage::Rejected:
        return tr("Rejected");
    case Stage::Withdrawn:
        return tr("Withdrawn");
    }
    return {};
}

void ApplicationsView::reload()
{
    QSqlDatabase db = m_store->connection();
    QString error;
    const auto all = JobApplicationRepository(db).all(&error);
    if (!all) {
        // Not read is not "no applications": keep the pipeline shown and say why.
        emit m_store->failed(tr("The applications cannot be read: %1").arg(error));
        return;
    }
    m_applications = *all;
    QHash<QString, QString> formats;
    if (const auto f = InterviewFormatRepository(db).all(&error))
        for (const InterviewFormat &format : *f)
            formats.insert(format.key, InterviewFormat::displayName(format.key, format.name));
    const QLocale locale;
    m_tree->clear();
    InterviewSessionRepository sessions(db);
    for (int s = 0; s < JobApplication::StageCount; ++s) {
        QList<const JobApplication *> here;
        for (const JobApplication &a : std::as_const(m_applications))
            if (int(a.stage) == s)
                here << &a;
        auto *group = new QTreeWidgetItem(
            m_tree, {tr("%1 (%2)").arg(stageName(Stage(s))).arg(here.size())});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        for (const JobApplication *a : here) {
            auto *item = new QTreeWidgetItem(
                group,
                {a->role.isEmpty() ? a->company : tr("%1, %2").arg(a->company, a->role),
                 DateText::shortDate(a->appliedOn, locale), a->source});
            item->setData(0, IdRole, a->id);
            // The whole name, as plain text (a company named "<b>" stays that text).
            item->setToolTip(0, Qt::convertFromPlainText(item->text(0)));
            // Moves and interviews together, in the order they happened.
            QList<std::tuple<QDate, QString, qint64>> events;
            for (const JobApplication::Move &m : a->moves)
                events.append({m.on, tr("Moved to %1").arg(stageName(m.stage)), 0});
            if (const auto interviews = sessions.forApplication(a->id, &error)) {
                for (const InterviewSession &i : *interviews) {
                    const QString score = i.interviewerScore > 0
                        ? tr("interviewer %1/5").arg(i.interviewerScore)
                        : tr("self %1/5").arg(i.selfScore);
                    events.append(
                        {i.date,
                         tr("Interview: %1, %2").arg(formats.value(i.format, i.format), score),
                         i.id});
                }
            }
            std::stable_sort(events.begin(), events.end(), [](const auto &x, const auto &y) {
                return std::get<0>(x) < std::get<0>(y);
            });
            for (const auto &[day, text, sessionId] : events) {
                auto *e = new QTreeWidgetItem(item, {text, DateText::shortDate(day, locale)});
                e->setData(0, IdRole, a->id);
                e->setData(0, SessionRole, sessionId);
            }
        }
        group->setExpanded(!here.isEmpty() && !JobApplication::isClosed(Stage(s)));
    }
    m_empty->setVisible(m_applications.isEmpty());
    fillFunnel();
    updateButtons();
}

void ApplicationsView::fillFunnel()
{
    QString error;
    const auto funnel = JobApplicationRepository(m_store->connection()).funnel(&error);
    auto *chart = new QChart;
    chart->setTitle(tr("How many applications reached each stage"));
    chart->legend()->hide();
    auto *set = new QBarSet(tr("Applications"));
    QStringList categories;
    // Bottom to top in a horizontal bar chart: the offer at the bottom of the funnel.
    for (int s = int(Stage::Offer); s >= int(Stage::Applied); --s) {
        *set << (funnel ? (*funnel)[size_t(s)] : 0);
        categories << stageName(Stage(s));
    }
    set->setColor(ChartPalette::primary(palette()));
    set->setBorderColor(ChartPalette::primary(palette()));
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    set->setLabelColor(palette().color(QPalette::HighlightedText));
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->setTruncateLabels(false);
    axisY->append(categories);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setLabelFormat(u"%d"_s);
    axisX->setRange(0, std::max(1, funnel ? (*funnel)[0] : 1));
    axisX->setTickCount(std::min(6, std::max(2, (funnel ? (*funnel)[0] : 1) + 1)));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    ChartPalette::apply(chart, palette());
    QChart *old = m_funnel->chart();
    m_funnel->setChart(chart);
    delete old;
}

qint64 ApplicationsView::selectedId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, IdRole).toLongLong() : 0;
}

void ApplicationsView::selectApplication(qint64 id)
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->data(0, IdRole).toLongLong() == id) {
                group->setExpanded(true);
                m_tree->setCurrentItem(group->child(i));
                return;
            }
        }
    }
}

void ApplicationsView::updateButtons()
{
    const qint64 id = selectedId();
    const JobApplication *a = nullptr;
    for (const JobApplication &x : std::as_const(m_applications))
        if (x.id == id)
            a = &x;
    m_edit->setEnabled(a);
    m_move->setEnabled(a);
    m_delete->setEnabled(a);
    m_advance->setEnabled(a && int(a->stage) < int(Stage::Offer));
}

void ApplicationsView::addApplication()
{
    auto *editor = new ApplicationEditor(JobApplication(), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor] {
        const JobApplication a = editor->application();
        const WriteResult r = StoreCommand::push(
            m_stack,
            new AddApplicationCommand(m_store, a, tr("Add the application to %1").arg(a.company)));
        if (r.ok()) {
            selectApplication(r.id());
            emit statusMessage(tr("Added the application to %1.").arg(a.company));
        }
    });
    editor->open();
}

void ApplicationsView::editSelected()
{
    const qint64 id = selectedId();
    const auto before = id > 0 ? m_store->application(id) : std::nullopt;
    if (!before)
        return;
    auto *editor = new ApplicationEditor(*before, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor, before] {
        const JobApplication after = editor->application();
        (void)StoreCommand::push(m_stack,
                                 new ChangeValueCommand<JobApplication>(
                                     tr("Edit the application to %1").arg(after.company), *before,
                                     after, [store = m_store](const JobApplication &a) {
                                         return store->updateApplication(a);
                                     }));
    });
    editor->open();
}

void ApplicationsView::advanceSelected()
{
    const qint64 id = selectedId();
    for (const JobApplication &a : std::as_const(m_applications)) {
        if (a.id != id || int(a.stage) >= int(Stage::Offer))
            continue;
        m_stage->setCurrentIndex(int(a.stage) + 1);
        moveSelected();
        return;
    }
}

void ApplicationsView::moveSelected()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    const Stage stage = Stage(m_stage->currentData().toInt());
    QString company;
    for (const JobApplication &a : std::as_const(m_applications))
        if (a.id == id)
            company = a.company;
    const WriteResult r = StoreCommand::push(
        m_stack,
        new MoveApplicationCommand(m_store, id, stage, QDate::currentDate(),
                                   tr("Move %1 to %2").arg(company, stageName(stage))));
    if (r.ok())
        emit statusMessage(
            tr("Moved %1 to %2. Edit > Undo moves it back.").arg(company, stageName(stage)));
}

void ApplicationsView::deleteSelected()
{
    const qint64 id = selectedId();
    const auto a = id > 0 ? m_store->application(id) : std::nullopt;
    const auto links = a ? m_store->applicationLinks(id) : std::nullopt;
    if (!a || !links)
        return;
    const QString name = a->role.isEmpty() ? a->company : tr("%1, %2").arg(a->company, a->role);
    QStringList text {
        tr("Delete the application to %1 and the dates of its stage moves?").arg(name)};
    if (!links->sessions.isEmpty())
        text << tr("Its %n interview(s) stay in the session list, no longer linked to an "
                   "application.",
                   nullptr, int(links->sessions.size()));
    if (!links->postings.isEmpty())
        text << tr("%n job posting(s) made for it stay on the Job Match page, unlinked.", nullptr,
                   int(links->postings.size()));
    text << tr("Edit > Undo brings it all back.");
    if (Dialogs::question(this, tr("Delete Application"), text.join(u' ')) != QMessageBox::Yes)
        return;
    const WriteResult r
        = StoreCommand::push(m_stack, new RemoveApplicationCommand(m_store, *a, *links));
    if (r.ok())
        emit statusMessage(
            tr("Deleted the application to %1; its interviews are kept. Edit > Undo brings it "
               "back.")
                .arg(a->company));
}
