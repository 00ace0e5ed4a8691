#include "certificationspage.h"

#include "addcertificationcommand.h"
#include "calc/certificationcalendar.h"
#include "calc/money.h"
#include "cataloguedialog.h"
#include "certificationeditor.h"
#include "certificationfilterproxy.h"
#include "certificationsmodel.h"
#include "certificationstore.h"
#include "common/dialogs.h"
#include "common/namecolumnfitter.h"
#include "common/upcominglist.h"
#include "common/wrappingrow.h"
#include "comparecharts.h"
#include "db/database.h"
#include "domain/certificationtext.h"
#include "domain/hourstext.h"
#include "editcertificationcommand.h"
#include "io/certificationcatalogue.h"
#include "io/roadmaptemplatejson.h"
#include "logstudycommand.h"
#include "logstudydialog.h"
#include "removecertificationcommand.h"
#include "studyprogressdelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// The skills an editor offers; nullopt, after telling the user, when they cannot be read (an
// editor without them would drop the certification's links on save).
std::optional<QList<CertificationRepository::SkillChoice>> skillChoices(CertificationsPage *page,
                                                                        QSqlDatabase db)
{
    QString error;
    auto skills = CertificationRepository(db).skillChoices(&error);
    if (!skills)
        Dialogs::warning(
            page, page->title(),
            CertificationsPage::tr("The roadmap's skills cannot be read: %1").arg(error));
    return skills;
}
} // namespace

CertificationsPage::CertificationsPage(const WorkbenchContext &context, QWidget *parent)
    : Page(context, parent)
    , m_store(new CertificationStore(context, this))
    , m_model(new CertificationsModel(m_store, this))
    , m_proxy(new CertificationFilterProxy(m_model, this))
    , m_table(new QTableView(this))
    , m_charts(new CompareCharts(this))
    , m_upcoming(new UpcomingList(this))
    , m_filter(new QLineEdit(this))
    , m_statusFilter(new QComboBox(this))
    , m_assumptions(new QLabel(this))
    , m_currencyNote(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    addHeader(layout,
              tr("Plan the certifications you are considering, track your study "
                 "time and see which ones pay back, and when."));

    // The buttons, then the filters; when both do not fit on one line (a narrow window, a
    // longer language), the filters take a line of their own.
    auto *toolbar = new WrappingRow(this);
    toolbar->setObjectName(u"certificationsToolbar"_s);
    auto *buttons = new QWidget(toolbar);
    auto *bar = new QHBoxLayout(buttons);
    bar->setContentsMargins(0, 0, 0, 0);
    auto button = [this, bar](const QString &name, const QString &text, auto slot) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        bar->addWidget(b);
        return b;
    };
    button(u"addButton"_s, tr("&Add..."), &CertificationsPage::addCertification);
    button(u"catalogueButton"_s, tr("Add from &Catalogue..."),
           &CertificationsPage::addFromCatalogue);
    m_edit = button(u"editButton"_s, tr("Ed&it..."), &CertificationsPage::editSelected);
    m_logStudy = button(u"logStudyButton"_s, tr("&Log Study..."),
                        &CertificationsPage::logStudyForSelected);
    m_delete = button(u"deleteButton"_s, tr("&Delete"), &CertificationsPage::deleteSelected);
    bar->addStretch(1);
    auto *filters = new QWidget(toolbar);
    auto *filterRow = new QHBoxLayout(filters);
    filterRow->setContentsMargins(0, 0, 0, 0);
    m_filter->setObjectName(u"filterEdit"_s);
    m_filter->setAccessibleName(tr("Filter certifications"));
    m_filter->setPlaceholderText(tr("Filter by name or issuer"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(m_filter->fontMetrics().horizontalAdvance(m_filter->placeholderText())
                              + 40);
    filterRow->addWidget(m_filter, 1);
    m_statusFilter->setObjectName(u"statusFilterCombo"_s);
    m_statusFilter->addItem(tr("All statuses"), -1);
    for (Certification::Status s : Certification::allStatuses())
        m_statusFilter->addItem(Certification::statusName(s), int(s));
    filterRow->addWidget(m_statusFilter);
    toolbar->addGroup(buttons, 1);
    toolbar->addGroup(filters);
    layout->addWidget(toolbar);
    m_currencyNote->setObjectName(u"mixedCurrencyNote"_s);
    m_currencyNote->setWordWrap(true);
    m_currencyNote->hide();
    layout->addWidget(m_currencyNote);

    // The empty state says what to do.
    auto *emptyAdd = new QPushButton(tr("Add Certification..."), this);
    connect(emptyAdd, &QPushButton::clicked, this, &CertificationsPage::addCertification);
    auto *emptyCatalogue = new QPushButton(tr("Add from Catalogue..."), this);
    connect(emptyCatalogue, &QPushButton::clicked, this, &CertificationsPage::addFromCatalogue);
    QWidget *empty = createEmptyState(
        tr("No certifications yet. Add one you are considering with <b>Add...</b>, or start "
           "from a common AI, ML or cloud certification with <b>Add from Catalogue...</b>; then "
           "give it an expected salary uplift to see when it pays back."),
        {emptyAdd, emptyCatalogue});

    m_table->setObjectName(u"certificationsTable"_s);
    m_table->setAccessibleName(tr("Certifications"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setItemDelegateForColumn(CertificationsModel::Study,
                                      new StudyProgressDelegate(m_table));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The name takes the room the other columns leave, but never less than the names need:
    // on a small screen the last columns scroll instead.
    new NameColumnFitter(m_table, m_table->horizontalHeader(), CertificationsModel::Name);
    // The issuer is context, the name is what the user scans for: give the issuer a fixed
    // share (the user can widen it) so the name keeps the room.
    m_table->horizontalHeader()->setSectionResizeMode(CertificationsModel::Issuer,
                                                      QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(CertificationsModel::Issuer,
                                               fontMetrics().averageCharWidth() * 18);
    m_table->horizontalHeader()->setMinimumSectionSize(fontMetrics().averageCharWidth() * 8);
    // The figures a decision rests on come right after the status, before the costs and dates
    // that explain them: on a small screen it is the dates that scroll, not ROI, Payback and NPV.
    {
        QHeaderView *header = m_table->horizontalHeader();
        int to = header->visualIndex(CertificationsModel::Status);
        for (int column :
             {CertificationsModel::Roi, CertificationsModel::Payback, CertificationsModel::Npv})
            header->moveSection(header->visualIndex(column), ++to);
    }
    // The start of a name identifies it ("AWS Certified ..."): cut the end, not the middle.
    m_table->setTextElideMode(Qt::ElideRight);
    // A name longer than its column goes on to a second line instead of losing its end
    // ("AWS Certified Machine Learnin..." at 1024x640, issue #9): rows are as tall as their
    // wrapped names, again whenever the name or issuer column changes width.
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        if (column == CertificationsModel::Name || column == CertificationsModel::Issuer)
            QTimer::singleShot(0, m_table, [table = m_table] { table->resizeRowsToContents(); });
    });

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_upcoming->setObjectName(u"upcomingWidget"_s);
    sideLayout->addWidget(m_upcoming, 1);
    m_assumptions->setObjectName(u"assumptionsLabel"_s);
    m_assumptions->setWordWrap(true);
    sideLayout->addWidget(m_assumptions);

    // The table on top; below it the charts and, beside them, what is due next.
    auto *bottom = new QSplitter(Qt::Horizontal, this);
    m_charts->setObjectName(u"compareCharts"_s);
    bottom->addWidget(m_charts);
    bottom->addWidget(side);
    bottom->setStretchFactor(0, 4);
    bottom->setStretchFactor(1, 1);
    bottom->setChildrenCollapsible(false);
    side->setMinimumWidth(fontMetrics().averageCharWidth() * 28);
    auto *main = new QSplitter(Qt::Vertical, this);
    main->setObjectName(u"certificationsSplitter"_s);
    main->addWidget(m_table);
    main->addWidget(bottom);
    main->setStretchFactor(0, 2);
    main->setStretchFactor(1, 3);
    m_split = main;
    main->setChildrenCollapsible(false);
    layout->addWidget(createContentStack(empty, main), 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &CertificationFilterProxy::setText);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setStatus(m_statusFilter->currentData().toInt()); });
    connect(m_charts, &CompareCharts::rankByChanged, this, &CertificationsPage::applyRank);
    connect(m_table, &QTableView::doubleClicked, this, &CertificationsPage::editSelected);
    // The table from the keyboard: arrows move, Enter opens the editor, Delete deletes (and
    // Edit > Undo brings it back).
    for (const QKeySequence &keys : {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}) {
        auto *open = new QShortcut(keys, m_table, nullptr, nullptr, Qt::WidgetShortcut);
        connect(open, &QShortcut::activated, this, &CertificationsPage::editSelected);
    }
    auto *remove
        = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &CertificationsPage::deleteSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CertificationsPage::updateButtons);
    connect(m_upcoming, &UpcomingList::certificationActivated, this,
            &CertificationsPage::editCertification);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CertificationsPage::refreshOverview);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CertificationsPage::refreshOverview);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &CertificationsPage::refreshOverview);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CertificationsPage::refreshOverview);
    adopt(m_store);
    watch(ChangeNotifier::Certifications | ChangeNotifier::Skills | ChangeNotifier::StudyLog
          | ChangeNotifier::Profile | ChangeNotifier::Settings);
    applyRank(m_charts->rankBy());
    updateButtons();
}

void CertificationsPage::applyRank(RoiCalculator::RankBy by)
{
    // Through the view, so that the header's sort indicator shows the ranking column.
    m_table->sortByColumn(CertificationFilterProxy::rankColumn(by),
                          CertificationFilterProxy::rankOrder(by));
}

void CertificationsPage::reload()
{
    const qint64 selected = selectedId();
    m_model->reload();
    selectId(selected);
}

void CertificationsPage::refreshOverview()
{
    const int count = m_model->rowCount();
    setEmpty(count == 0);
    QList<CompareCharts::Item> items;
    for (int row = 0; row < count; ++row) {
        const Certification &c = m_model->certification(row);
        if (c.status == Certification::Status::Abandoned)
            continue;
        items.append({c.id, c.name, m_model->currencyOf(c), m_model->result(row),
                      m_model->mixesCurrencies(row)});
    }
    const RoiAssumptions a = m_model->assumptions();
    m_charts->setItems(items, a.horizonYears);
    m_upcoming->setEvents(
        CertificationCalendar::upcoming(m_model->certifications(), m_model->today()));
    const QLocale locale;
    const CertificationRepository::ProfileMoney money = m_model->profileMoney();
    const int mixed = m_model->mixedCurrencyCount();
    // No "(s)" plural here: the English plural forms come from a translation file.
    m_currencyNote->setText(
        (mixed == 1 ? tr("One certification has costs in a currency other than your salary's "
                         "(%1): its cost and return add both without converting (marked in the "
                         "ROI column). Enter its costs in %1 for a true comparison.")
                    : tr("%n certifications have costs in a currency other than your salary's "
                         "(%1): their cost and return add both without converting (marked in "
                         "the ROI column). Enter their costs in %1 for a true comparison.",
                         nullptr, mixed))
            .arg(money.currency));
    m_currencyNote->setVisible(mixed > 0);
    m_assumptions->setText(tr("Assumptions: horizon %1, tax %2 %, discount %3 %, study hour %4 "
                              "(Edit > Preferences).")
                               .arg(CertificationText::years(a.horizonYears, locale),
                                    locale.toString(a.taxRate * 100, 'f', 0),
                                    locale.toString(a.discountRate * 100, 'f', 0),
                                    Money::format(a.effectiveHourlyValue(money.currentSalary),
                                                  money.currency, locale)));
    updateButtons();
    QTimer::singleShot(0, this, &CertificationsPage::fitSplit);
}

void CertificationsPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    QTimer::singleShot(0, this, &CertificationsPage::fitSplit);
}

void CertificationsPage::fitSplit()
{
    // At 1024x640 the charts took the room and left 2.5 rows of the table in view (issue #9):
    // the table comes first, up to this many rows; the charts keep their minimum.
    constexpr int RowsInView = 6;
    const int rows = std::min(m_proxy->rowCount(), RowsInView);
    if (m_splitFitted || !m_split->isVisible() || rows == 0)
        return;
    m_splitFitted = true;
    m_table->resizeRowsToContents();
    int want = m_table->horizontalHeader()->height() + 2 * m_table->frameWidth();
    for (int r = 0; r < rows; ++r)
        want += m_table->rowHeight(r);
    if (m_table->horizontalScrollBar()->isVisible())
        want += m_table->horizontalScrollBar()->height();
    const int total = m_split->height() - m_split->handleWidth();
    // Never more than about half, wherever rows come out taller than they end up (the name
    // column widens after this): at 1280x720 the table kept empty space the charts needed.
    want = std::min(want, total * 11 / 20);
    m_split->setSizes({want, std::max(0, total - want)});
}

void CertificationsPage::updateButtons()
{
    const bool selected = selectedId() != 0;
    m_edit->setEnabled(selected);
    m_delete->setEnabled(selected);
    m_logStudy->setEnabled(selected);
}

qint64 CertificationsPage::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(CertificationsModel::IdRole).toLongLong();
}

void CertificationsPage::selectId(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid()) {
        m_table->selectionModel()->select(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    }
}

void CertificationsPage::addCertification()
{
    const auto skills = skillChoices(this, m_context.database->connection());
    if (!skills)
        return;
    Certification blank;
    auto *editor = new CertificationEditor(blank, m_model, *skills, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor] {
        const Certification c = editor->certification();
        const WriteResult added = StoreCommand::push(
            m_context.undoStack, new AddCertificationCommand(m_store, c, tr("Add %1").arg(c.name)));
        if (!added.ok())
            return; // the store has told the user why; the selection stays
        selectId(added.id());
        emit statusMessage(tr("Added %1.").arg(c.name));
    });
    editor->open();
}

void CertificationsPage::editSelected()
{
    editCertification(selectedId());
}

void CertificationsPage::editCertification(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const auto skills = skillChoices(this, m_context.database->connection());
    if (!skills)
        return;
    const Certification before = m_model->certification(row);
    auto *editor = new CertificationEditor(before, m_model, *skills, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor, before] {
        const Certification after = editor->certification();
        if (StoreCommand::push(m_context.undoStack,
                               new EditCertificationCommand(m_store, before, after)))
            selectId(after.id);
    });
    editor->open();
}

void CertificationsPage::deleteSelected()
{
    const qint64 id = selectedId();
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const Certification c = m_model->certification(row);
    const QString question = c.loggedHours > 0
        ? tr("Delete %1 and the %2 of study time logged against it?")
              .arg(c.name, HoursText::abbreviated(c.loggedHours))
        : tr("Delete %1?").arg(c.name);
    if (Dialogs::question(this, tr("Delete Certification"), question) != QMessageBox::Yes)
        return;
    // What the undo needs is read first: when it cannot be, nothing is deleted.
    const std::optional<CertificationStore::Removal> removal = m_store->removal(id);
    if (!removal)
        return;
    if (StoreCommand::push(m_context.undoStack, new RemoveCertificationCommand(m_store, *removal)))
        emit statusMessage(tr("Deleted %1. Edit > Undo brings it back.").arg(c.name));
}

void CertificationsPage::logStudyForSelected()
{
    const int row = m_model->rowOf(selectedId());
    if (row < 0)
        return;
    const auto skills = skillChoices(this, m_context.database->connection());
    if (!skills)
        return;
    const Certification c = m_model->certification(row);
    auto *dialog = new LogStudyDialog(c, *skills, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, c] {
        if (StoreCommand::push(m_context.undoStack,
                               new LogStudyCommand(m_store, dialog->session(), c.name)))
            selectId(c.id);
    });
    dialog->open();
}

void CertificationsPage::addFromCatalogue()
{
    QString error;
    const auto added
        = CertificationRepository(m_context.database->connection()).catalogueKeys(&error);
    if (!added) {
        Dialogs::warning(this, title(),
                         tr("The certifications already added cannot be read: %1").arg(error));
        return;
    }
    const CertificationCatalogue catalogue = CertificationCatalogue::builtIn();
    auto *dialog = new CatalogueDialog(catalogue, *added, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, catalogue] {
        const QList<CertificationCatalogue::Entry> entries = dialog->selectedEntries();
        if (entries.isEmpty())
            return;
        CertificationRepository repo(m_context.database->connection());
        const RoadmapTemplate roadmap = RoadmapTemplateJson::builtIn();
        // The skills each one covers are read before anything is added: a certification added
        // without them would silently lose its links.
        QList<Certification> toAdd;
        for (const CertificationCatalogue::Entry &e : entries) {
            Certification c = catalogue.toCertification(e);
            QString error;
            const auto skillIds
                = repo.skillIdsNamed(CertificationCatalogue::skillNames(e, roadmap), &error);
            if (!skillIds) {
                Dialogs::warning(this, title(),
                                 tr("The roadmap's skills cannot be read: %1").arg(error));
                return;
            }
            c.skillIds = *skillIds;
            toAdd.append(c);
        }
        QUndoStack *stack = m_context.undoStack;
        if (entries.size() > 1)
            stack->beginMacro(
                tr("Add %n certifications from the catalogue", nullptr, int(entries.size())));
        qint64 firstAdded = 0;
        for (const Certification &c : std::as_const(toAdd)) {
            const WriteResult added = StoreCommand::push(
                stack, new AddCertificationCommand(m_store, c, tr("Add %1").arg(c.name)));
            if (added.ok() && firstAdded == 0)
                firstAdded = added.id();
        }
        if (entries.size() > 1)
            stack->endMacro();
        // What was just added is chosen and in view, wherever the ranking put it.
        if (firstAdded == 0)
            return; // the store has told the user why
        selectId(firstAdded);
        emit statusMessage(entries.size() == 1
                               ? tr("Added %1 from the catalogue: check the estimated costs "
                                    "against the issuer's page.")
                                     .arg(entries.first().name)
                               : tr("Added %1 certifications from the catalogue: check the "
                                    "estimated costs against the issuer's page.")
                                     .arg(entries.size()));
    });
    dialog->open();
}
