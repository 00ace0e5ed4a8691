#include "projectspage.h"

#include "addprojectcommand.h"
#include "common/changevaluecommand.h"
#include "common/dialogs.h"
#include "common/elidedtooltipdelegate.h"
#include "common/namecolumnfitter.h"
#include "db/certificationrepository.h"
#include "db/database.h"
#include "db/projectrepository.h"
#include "domain/readinessitem.h"
#include "editprojectcommand.h"
#include "projecteditor.h"
#include "projectimagecommand.h"
#include "projectimagesview.h"
#include "projectscharts.h"
#include "projectsmodel.h"
#include "projectstore.h"
#include "projectsummary.h"
#include "readinesspanel.h"
#include "removeprojectcommand.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// The skills an editor offers; nullopt, after telling the user, when they cannot be read (an
// editor without them would drop the project's skill links on save).
std::optional<QList<CertificationRepository::SkillChoice>> skillChoices(ProjectsPage *page,
                                                                        QSqlDatabase db)
{
    QString error;
    auto skills = CertificationRepository(db).skillChoices(&error);
    if (!skills)
        Dialogs::warning(page, page->title(),
                         ProjectsPage::tr("The roadmap's skills cannot be read: %1").arg(error));
    return skills;
}
} // namespace

ProjectsPage::ProjectsPage(const WorkbenchContext &context, QWidget *parent)
    : Page(context, parent)
    , m_store(new ProjectStore(context, this))
    , m_model(new ProjectsModel(this))
    , m_table(new QTableView(this))
    , m_tabs(new QTabWidget(this))
    , m_summary(new ProjectSummary(this))
    , m_readiness(new ReadinessPanel(this))
    , m_images(new ProjectImagesView(this))
    , m_charts(new ProjectsCharts(this))
{
    auto *layout = new QVBoxLayout(this);
    addHeader(layout,
              tr("Each project's story with measured results, and what it still needs before a "
                 "hiring manager looks at its repository."));

    auto *bar = new QHBoxLayout;
    auto button = [this, bar](const QString &name, const QString &text, auto slot) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        bar->addWidget(b);
        return b;
    };
    button(u"addButton"_s, tr("&Add..."), &ProjectsPage::addProject);
    m_edit = button(u"editButton"_s, tr("Ed&it..."), &ProjectsPage::editSelected);
    m_delete = button(u"deleteButton"_s, tr("&Delete"), &ProjectsPage::deleteSelected);
    bar->addStretch(1);
    layout->addLayout(bar);

    auto *emptyAdd = new QPushButton(tr("Add Project..."), this);
    connect(emptyAdd, &QPushButton::clicked, this, &ProjectsPage::addProject);
    QWidget *empty = createEmptyState(
        tr("No portfolio projects yet. Add one with <b>Add...</b>: the problem it solves, the "
           "results you measured, and the roadmap skills it shows. Then scan its folder to see "
           "what a reviewer would miss."),
        {emptyAdd});

    m_table->setObjectName(u"projectsTable"_s);
    m_table->setAccessibleName(tr("Projects"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setDragDropMode(QAbstractItemView::DragDrop);
    m_table->setDefaultDropAction(Qt::MoveAction);
    m_table->setDragDropOverwriteMode(false);
    m_table->setDropIndicatorShown(true);
    m_table->setAlternatingRowColors(true);
    // A long title goes on to more lines rather than end in "..." (Spanish "Predictor del
    // riesgo de retras..." at 1024x640, issue #9); rows take their height again whenever the
    // title column changes width. What is still cut shows whole in its tooltip.
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setItemDelegate(new ElidedToolTipDelegate(m_table));
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The title is what the user scans for: it takes the room the other columns leave, but
    // never less than about 28 characters a line. The result line is a preview, also in the
    // Overview tab: it gets a fixed share, and steps aside when the titles need the room.
    header->setSectionResizeMode(ProjectsModel::Impact, QHeaderView::Interactive);
    header->resizeSection(ProjectsModel::Impact, fontMetrics().averageCharWidth() * 16);
    // The preview stays on one line (at 1280x720 it wrapped over five and made every row
    // tall); its tooltip lists every result.
    auto *oneLine = new ElidedToolTipDelegate(m_table);
    oneLine->setSingleLine(true);
    m_table->setItemDelegateForColumn(ProjectsModel::Impact, oneLine);
    auto *fitter = new NameColumnFitter(m_table, header, ProjectsModel::Title);
    fitter->setExpendableColumn(ProjectsModel::Impact);
    connect(header, &QHeaderView::sectionResized, this, [this](int column) {
        if (column == ProjectsModel::Title)
            QTimer::singleShot(0, m_table, [table = m_table] { table->resizeRowsToContents(); });
    });

    m_tabs->setObjectName(u"projectDetailTabs"_s);
    m_summary->setObjectName(u"projectSummary"_s);
    m_readiness->setObjectName(u"readinessPanel"_s);
    m_images->setObjectName(u"projectImages"_s);
    m_charts->setObjectName(u"projectsCharts"_s);
    m_tabs->addTab(m_summary, tr("Overview"));
    m_tabs->addTab(m_readiness, tr("Readiness"));
    m_tabs->addTab(m_images, tr("Images"));
    m_tabs->addTab(m_charts, tr("Charts"));

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(u"projectsSplitter"_s);
    split->addWidget(m_table);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({1000, 1000}); // halves: the list's titles need room as the details do
    split->setChildrenCollapsible(false);
    layout->addWidget(createContentStack(empty, split), 1);

    connect(m_table, &QTableView::doubleClicked, this, &ProjectsPage::editSelected);
    for (const QKeySequence &keys : {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}) {
        auto *open = new QShortcut(keys, m_table, nullptr, nullptr, Qt::WidgetShortcut);
        connect(open, &QShortcut::activated, this, &ProjectsPage::editSelected);
    }
    auto *remove
        = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &ProjectsPage::deleteSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_reloading)
            return;
        refreshDetails();
        updateButtons();
    });
    // Queued: the write reloads the model, which must not happen inside the view's drop.
    connect(m_model, &ProjectsModel::reorderRequested, this, &ProjectsPage::reorder,
            Qt::QueuedConnection);
    connect(m_store, &ProjectStore::projectChanged, this, [this] { reload(); });
    connect(m_readiness, &ReadinessPanel::tickRequested, this, &ProjectsPage::tick);
    connect(m_readiness, &ReadinessPanel::scanned, this, &ProjectsPage::saveScan);
    connect(m_readiness, &ReadinessPanel::statusMessage, this, &Page::statusMessage);
    connect(m_images, &ProjectImagesView::addRequested, this, [this](const ProjectImage &image) {
        if (StoreCommand::push(
                m_context.undoStack,
                new ProjectImageCommand(m_store, ProjectImageCommand::Kind::Add, image)))
            emit statusMessage(tr("Added the image %1.").arg(image.caption));
    });
    connect(m_images, &ProjectImagesView::removeRequested, this, [this](const ProjectImage &image) {
        (void)StoreCommand::push(
            m_context.undoStack,
            new ProjectImageCommand(m_store, ProjectImageCommand::Kind::Remove, image));
    });
    adopt(m_store);
    watch(ChangeNotifier::Projects | ChangeNotifier::Skills);
    updateButtons();
}

void ProjectsPage::reload()
{
    const qint64 selected = selectedId();
    m_reloading = true;
    QString error;
    if (!m_model->reload(m_context.database->connection(), &error))
        emit statusMessage(tr("The projects could not be read: %1").arg(error));
    setEmpty(m_model->rowCount() == 0);
    m_reloading = false;
    if (selected != 0 && m_model->rowOf(selected) >= 0)
        selectId(selected);
    else if (m_model->rowCount() > 0)
        selectId(m_model->projectAt(0)->id);
    refreshDetails();
    refreshCharts();
    updateButtons();
}

void ProjectsPage::showItem(qint64 id)
{
    ensureLoaded();
    selectId(id);
}

qint64 ProjectsPage::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(ProjectsModel::ProjectIdRole).toLongLong();
}

void ProjectsPage::selectId(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void ProjectsPage::refreshDetails()
{
    const int row = m_model->rowOf(selectedId());
    const Project *p = m_model->projectAt(row);
    m_summary->setProject(p);
    ProjectRepository repo(m_context.database->connection());
    QString error;
    const auto checklist = p ? repo.checklist(p->id, &error) : QList<ChecklistEntry>();
    m_readiness->setProject(p, checklist.value_or(QList<ChecklistEntry>()));
    const auto images = p ? repo.images(p->id, &error) : QList<ProjectImage>();
    m_images->setImages(p ? p->id : 0, images.value_or(QList<ProjectImage>()));
    if (!checklist || !images)
        emit statusMessage(tr("Part of the project could not be read: %1").arg(error));
}

int ProjectsPage::heightForWidth(int width) const
{
    Q_UNUSED(width);
    return minimumSizeHint().height();
}

void ProjectsPage::refreshCharts()
{
    QList<ProjectsCharts::Readiness> readiness;
    for (int row = 0; row < m_model->rowCount(); ++row)
        readiness.append({m_model->projectAt(row)->name, m_model->readinessAt(row).score});
    m_charts->setReadiness(readiness);
    QString error;
    const auto coverage = ProjectRepository(m_context.database->connection()).skillCoverage(&error);
    m_charts->setCoverage(coverage.value_or(QList<ProjectRepository::CategoryCoverage>()));
    if (!coverage)
        emit statusMessage(tr("The skill coverage could not be read: %1").arg(error));
}

void ProjectsPage::updateButtons()
{
    const bool selected = selectedId() != 0;
    m_edit->setEnabled(selected);
    m_delete->setEnabled(selected);
}

void ProjectsPage::addProject()
{
    const auto skills = skillChoices(this, m_context.database->connection());
    if (!skills)
        return;
    auto *editor = new ProjectEditor(Project(), *skills, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor] {
        const Project p = editor->project();
        const WriteResult added
            = StoreCommand::push(m_context.undoStack, new AddProjectCommand(m_store, p));
        if (!added.ok())
            return; // the store has told the user why; the selection stays
        selectId(added.id());
        emit statusMessage(tr("Added %1.").arg(p.name));
    });
    editor->open();
}

void ProjectsPage::editSelected()
{
    editProject(selectedId());
}

void ProjectsPage::editProject(qint64 id)
{
    const Project *current = m_model->projectAt(m_model->rowOf(id));
    if (!current)
        return;
    const auto skills = skillChoices(this, m_context.database->connection());
    if (!skills)
        return;
    const Project before = *current;
    auto *editor = new ProjectEditor(before, *skills, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor, before] {
        const Project after = editor->project();
        if (StoreCommand::push(m_context.undoStack, new EditProjectCommand(m_store, before, after)))
            selectId(after.id);
    });
    editor->open();
}

void ProjectsPage::deleteSelected()
{
    const Project *p = m_model->projectAt(m_model->rowOf(selectedId()));
    if (!p)
        return;
    const QString name = p->name;
    if (Dialogs::question(this, tr("Delete Project"),
                          tr("Delete %1 with its metrics, images and checklist?").arg(name))
        != QMessageBox::Yes)
        return;
    // What the undo needs is read first: when it cannot be, nothing is deleted.
    const std::optional<ProjectStore::Removal> removal = m_store->removal(p->id);
    if (!removal)
        return;
    if (StoreCommand::push(m_context.undoStack, new RemoveProjectCommand(m_store, *removal)))
        emit statusMessage(tr("Deleted %1. Edit > Undo brings it back.").arg(name));
}

void ProjectsPage::reorder(const QList<qint64> &ids)
{
    const QList<qint64> before = m_model->order();
    ProjectStore *store = m_store;
    (void)StoreCommand::push(
        m_context.undoStack,
        new ChangeValueCommand<QList<qint64>>(
            tr("Reorder projects"), before, ids,
            [store](const QList<qint64> &order) { return store->setOrder(order); }));
}

void ProjectsPage::tick(qint64 projectId, const QString &itemId, bool ticked)
{
    ProjectStore *store = m_store;
    const QString text = ticked ? tr("Tick %1").arg(ReadinessItem::title(itemId))
                                : tr("Untick %1").arg(ReadinessItem::title(itemId));
    if (!StoreCommand::push(m_context.undoStack,
                            new ChangeValueCommand<bool>(
                                text, !ticked, ticked, [store, projectId, itemId](bool on) {
                                    return store->setTicked(projectId, itemId, on);
                                })))
        refreshDetails(); // the box goes back to what is stored
}

void ProjectsPage::saveScan(qint64 projectId, const RepoScanner::Result &result)
{
    const std::optional<ProjectStore::Scan> before = m_store->currentScan(projectId);
    if (!before)
        return;
    const ProjectStore::Scan after {result.path, QDateTime::currentDateTime(), result.checklist()};
    ProjectStore *store = m_store;
    (void)StoreCommand::push(m_context.undoStack,
                             new ChangeValueCommand<ProjectStore::Scan>(
                                 tr("Scan %1").arg(result.path), *before, after,
                                 [store, projectId](const ProjectStore::Scan &scan) {
                                     return store->saveScan(projectId, scan);
                                 }));
}
