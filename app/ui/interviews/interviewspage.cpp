#include "interviewspage.h"

#include "addformatcommand.h"
#include "addquestionstobankcommand.h"
#include "addsessioncommand.h"
#include "applicationsview.h"
#include "calc/interviewreadiness.h"
#include "common/changevaluecommand.h"
#include "common/dialogs.h"
#include "csvimportdialog.h"
#include "db/database.h"
#include "db/interviewformatrepository.h"
#include "db/interviewquestionrepository.h"
#include "db/interviewsessionrepository.h"
#include "db/interviewtopicrepository.h"
#include "db/jobapplicationrepository.h"
#include "db/settingsrepository.h"
#include "domain/datetext.h"
#include "drilldialog.h"
#include "interviewcharts.h"
#include "interviewfilterbar.h"
#include "interviewfilterproxy.h"
#include "interviewsessionsmodel.h"
#include "interviewstore.h"
#include "io/interviewcsvimport.h"
#include "practicepanel.h"
#include "questionbankview.h"
#include "removesessioncommand.h"
#include "sessioneditor.h"

#include <QDateTime>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

InterviewsPage::InterviewsPage(const WorkbenchContext &context, QWidget *parent)
    : Page(context, parent)
    , m_store(new InterviewStore(context, this))
    , m_model(new InterviewSessionsModel(m_store, this))
    , m_proxy(new InterviewFilterProxy(m_model, this))
    , m_tabs(new QTabWidget(this))
    , m_table(new QTableView(this))
    , m_practice(new PracticePanel(m_store, this))
    , m_applications(new ApplicationsView(m_store, context.undoStack, this))
    , m_charts(new InterviewCharts(this))
    , m_bank(new QuestionBankView(m_store, context.undoStack, this))
    , m_countLabel(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    addHeader(layout,
              tr("Log mock and real interviews, see whether you improve, and practise the "
                 "topics that are due or weakest."));

    auto *bar = new QHBoxLayout;
    auto button = [this](QBoxLayout *into, const QString &name, const QString &text, auto slot) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        into->addWidget(b);
        return b;
    };
    button(bar, u"logSessionButton"_s, tr("&Log Session..."), [this] { logSession(); });
    bar->addStretch(1);
    button(bar, u"importCsvButton"_s, tr("Import &CSV..."), &InterviewsPage::importCsv);
    button(bar, u"exportCsvButton"_s, tr("E&xport CSV..."), &InterviewsPage::exportCsv);
    layout->addLayout(bar);
    // What acts on the selected session sits under the session list, not above every tab
    // (on Applications, a Delete there would have deleted a session out of sight).
    m_sessionButtons = new QHBoxLayout;
    m_sessionButtons->addWidget(m_countLabel, 1);
    m_edit = button(m_sessionButtons, u"editSessionButton"_s, tr("Ed&it..."),
                    &InterviewsPage::editSelected);
    m_delete = button(m_sessionButtons, u"deleteSessionButton"_s, tr("&Delete"),
                      &InterviewsPage::deleteSelected);
    m_toBank = button(m_sessionButtons, u"addToBankButton"_s, tr("Questions to &Bank"),
                      &InterviewsPage::addSelectedQuestionsToBank);
    m_toBank->setToolTip(tr("Put the selected session's questions into the question bank"));

    m_tabs->setObjectName(u"interviewTabs"_s);
    m_tabs->addTab(createSessionsTab(), tr("Sessions"));
    m_practice->setObjectName(u"practicePanel"_s);
    m_tabs->addTab(m_practice, tr("Practice Next"));
    connect(m_practice, &PracticePanel::startDrillRequested, this, &InterviewsPage::startDrill);
    m_applications->setObjectName(u"applicationsView"_s);
    m_tabs->addTab(m_applications, tr("Applications"));
    connect(m_applications, &ApplicationsView::statusMessage, this, &Page::statusMessage);
    connect(m_applications, &ApplicationsView::sessionActivated, this,
            &InterviewsPage::editSession);
    // A real interview shows under its application.
    connect(m_store, &InterviewStore::sessionChanged, m_applications, &ApplicationsView::reload);
    m_bank->setObjectName(u"questionBankView"_s);
    m_tabs->addTab(m_bank, tr("Question Bank"));
    connect(m_bank, &QuestionBankView::statusMessage, this, &Page::statusMessage);
    m_charts->setObjectName(u"interviewCharts"_s);
    m_tabs->addTab(m_charts, tr("Progress"));
    connect(m_practice, &PracticePanel::topicActivated, this, [this](const QString &topic) {
        m_filters->clear();
        m_filters->setTopic(topic);
        m_tabs->setCurrentIndex(0);
    });
    layout->addWidget(m_tabs, 1);

    connect(m_model, &QAbstractItemModel::modelReset, this, &InterviewsPage::refreshOverview);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &InterviewsPage::refreshOverview);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &InterviewsPage::refreshOverview);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &InterviewsPage::refreshOverview);
    adopt(m_store);
    watch(ChangeNotifier::Interviews | ChangeNotifier::Settings);
    updateButtons();
}

QWidget *InterviewsPage::createSessionsTab()
{
    auto *emptyLog = new QPushButton(tr("Log Session..."), this);
    connect(emptyLog, &QPushButton::clicked, this, [this] { logSession(); });
    QWidget *empty = createEmptyState(
        tr("No interviews yet. Log a mock or real interview with <b>Log Session...</b>: its "
           "topics and scores decide what to practise next."),
        {emptyLog});
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);
    m_filters = new InterviewFilterBar(m_proxy, tab);
    m_filters->setObjectName(u"sessionFilterBar"_s);
    layout->addWidget(m_filters);
    m_table->setObjectName(u"sessionsTable"_s);
    m_table->setAccessibleName(tr("Interview sessions"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(InterviewSessionsModel::Date, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    // Fixed widths: ResizeToContents would measure every one of 100,000 rows.
    QHeaderView *header = m_table->horizontalHeader();
    const int ch = fontMetrics().averageCharWidth();
    const QString sampleDate
        = DateText::shortDateTime(QDateTime(QDate(2026, 12, 30), QTime(23, 59)));
    const int widths[] = {fontMetrics().horizontalAdvance(sampleDate) + 4 * ch,
                          10 * ch,
                          18 * ch,
                          16 * ch,
                          18 * ch,
                          9 * ch,
                          6 * ch,
                          11 * ch,
                          30 * ch};
    for (int c = 0; c < InterviewSessionsModel::ColumnCount; ++c)
        header->resizeSection(c, widths[c]);
    header->setStretchLastSection(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    layout->addWidget(m_table, 1);
    m_countLabel->setObjectName(u"sessionCountLabel"_s);
    layout->addLayout(m_sessionButtons);

    auto *stackHolder = new QWidget(this);
    auto *outer = new QVBoxLayout(stackHolder);
    outer->addWidget(createContentStack(empty, tab));

    connect(m_table, &QTableView::doubleClicked, this, &InterviewsPage::editSelected);
    for (const QKeySequence &keys : {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}) {
        auto *open = new QShortcut(keys, m_table, nullptr, nullptr, Qt::WidgetShortcut);
        connect(open, &QShortcut::activated, this, &InterviewsPage::editSelected);
    }
    auto *remove
        = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &InterviewsPage::deleteSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InterviewsPage::updateButtons);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &InterviewsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &InterviewsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &InterviewsPage::updateCount);
    return stackHolder;
}

int InterviewsPage::heightForWidth(int width) const
{
    Q_UNUSED(width);
    return minimumSizeHint().height();
}

void InterviewsPage::reload()
{
    const qint64 selected = selectedId();
    m_model->reload();
    m_applications->reload();
    m_bank->reload();
    selectId(selected);
}

void InterviewsPage::refreshOverview()
{
    setEmpty(m_model->rowCount() == 0);
    updateCount();
    m_practice->reload();
    loadCharts();
    QString error;
    const auto topics = InterviewTopicRepository(m_store->connection()).all(&error);
    QStringList names;
    if (topics)
        for (const InterviewTopic &t : *topics)
            names << t.name;
    m_filters->setChoices(m_model->formatNames(), names);
    updateButtons();
}

void InterviewsPage::loadCharts()
{
    QSqlDatabase db = m_store->connection();
    InterviewCharts::Data data;
    QString error;
    InterviewSessionRepository sessions(db);
    if (const auto scores = sessions.scores(&error))
        data.scores = *scores;
    const QDate today = QDate::currentDate();
    data.firstWeek
        = today.addDays(1 - today.dayOfWeek()).addDays(-7 * (InterviewCharts::Weeks - 1));
    if (const auto weekly = sessions.weeklyCounts(data.firstWeek, InterviewCharts::Weeks, &error))
        data.weekly = *weekly;
    if (const auto topics = InterviewTopicRepository(db).recentScores(&error))
        data.topics = TopicRanking::weakest(*topics);
    data.formatNames = m_model->formatNames();
    const std::optional<double> target = SettingsRepository(db).doubleValue(
        QString::fromLatin1(InterviewReadiness::TargetScoreKey),
        InterviewReadiness::DefaultTargetScore, &error);
    if (!target) // the charts still show; the default target is drawn, and the page says so
        emit statusMessage(tr("Your target score cannot be read: %1").arg(error));
    data.target = target.value_or(InterviewReadiness::DefaultTargetScore);
    m_charts->setData(data);
}

void InterviewsPage::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    const QLocale locale;
    m_countLabel->setText(
        shown == total
            ? tr("%n session(s)", nullptr, total)
            : tr("%1 of %2 sessions shown").arg(locale.toString(shown), locale.toString(total)));
}

void InterviewsPage::updateButtons()
{
    const bool selected = selectedId() != 0;
    m_edit->setEnabled(selected);
    m_delete->setEnabled(selected);
    const int row = m_model->rowOf(selectedId());
    m_toBank->setEnabled(row >= 0 && !m_model->session(row).questionsAsked.trimmed().isEmpty());
}

qint64 InterviewsPage::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(InterviewSessionsModel::IdRole).toLongLong();
}

void InterviewsPage::selectId(qint64 id)
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

QString InterviewsPage::addFormat(const QString &name)
{
    auto *command = new AddFormatCommand(m_store, name);
    const WriteResult r = StoreCommand::push(m_context.undoStack, command);
    return r.ok() ? m_store->lastFormatKey() : QString();
}

void InterviewsPage::openEditor(const InterviewSession &initial)
{
    SessionEditor::Choices choices;
    QSqlDatabase db = m_store->connection();
    QString error;
    const auto formats = InterviewFormatRepository(db).all(&error);
    const auto applications = formats ? JobApplicationRepository(db).all(&error) : std::nullopt;
    const auto topics = applications ? InterviewTopicRepository(db).all(&error) : std::nullopt;
    if (!topics) {
        // Without them the editor would show a linked session as linked to no application
        // (or a format it does not list) and save it so: it does not open.
        Dialogs::warning(this, title(),
                         tr("The formats, applications and topics the editor offers cannot be "
                            "read: %1")
                             .arg(error));
        return;
    }
    choices.formats = *formats;
    choices.applications = *applications;
    for (const InterviewTopic &t : *topics)
        choices.topics << t.name;
    choices.searchBank = [store = m_store](const QString &text, QString *error) {
        return store->searchQuestions(text, 50, error);
    };
    auto *editor = new SessionEditor(
        initial, choices, [this](const QString &name) { return addFormat(name); }, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor, initial] {
        const InterviewSession after = editor->session();
        if (initial.id == 0) {
            const WriteResult added = StoreCommand::push(
                m_context.undoStack, new AddSessionCommand(m_store, after, tr("Log a session")));
            if (!added.ok())
                return;
            selectId(added.id());
            emit statusMessage(tr("Logged the session. Topics due and charts are updated."));
            return;
        }
        if (after == initial)
            return;
        auto *edit = new ChangeValueCommand<InterviewSession>(
            tr("Edit the session of %1").arg(DateText::shortDate(after.date)), initial, after,
            [store = m_store](const InterviewSession &s) { return store->updateSession(s); });
        if (StoreCommand::push(m_context.undoStack, edit))
            selectId(after.id);
    });
    editor->open();
}

void InterviewsPage::logSession(const InterviewSession &prefilled)
{
    InterviewSession blank = prefilled;
    blank.id = 0;
    if (!blank.date.isValid())
        blank.date = QDate::currentDate();
    openEditor(blank);
}

void InterviewsPage::editSelected()
{
    editSession(selectedId());
}

void InterviewsPage::editSession(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        openEditor(m_model->session(row));
}

void InterviewsPage::deleteSelected()
{
    const int row = m_model->rowOf(selectedId());
    if (row < 0)
        return;
    const InterviewSession s = m_model->session(row);
    const QString when = DateText::shortDate(s.date);
    if (Dialogs::question(
            this, tr("Delete Session"),
            tr("Delete the %1 session of %2?").arg(m_model->formatName(s.format), when))
        != QMessageBox::Yes)
        return;
    if (StoreCommand::push(m_context.undoStack, new RemoveSessionCommand(m_store, s)))
        emit statusMessage(tr("Deleted the session of %1. Edit > Undo brings it back.").arg(when));
}

void InterviewsPage::addSelectedQuestionsToBank()
{
    const int row = m_model->rowOf(selectedId());
    if (row < 0)
        return;
    const InterviewSession s = m_model->session(row);
    const auto before = m_store->bankEntriesFor(s);
    if (!before)
        return;
    const WriteResult r = StoreCommand::push(m_context.undoStack,
                                             new AddQuestionsToBankCommand(m_store, s, *before));
    if (r.ok())
        emit statusMessage(tr("%n new question(s) in the bank; the others counted as asked again.",
                              nullptr, int(r.id())));
}

void InterviewsPage::startDrill()
{
    QString error;
    const auto bank = InterviewQuestionRepository(m_store->connection()).search({}, -1, &error);
    const QList<DrillPlan::Item> items
        = DrillPlan::pick(m_practice->drillTopics(), bank ? *bank : QList<InterviewQuestion>(),
                          m_practice->drillSize());
    if (items.isEmpty()) {
        Dialogs::information(this, tr("Practice Drill"),
                             tr("No topic fits the drill options. Log a session with scored "
                                "topics, or choose other topics or another format."));
        return;
    }
    auto *drill = new DrillDialog(items, m_practice->drillSeconds(), this);
    drill->setFormat(m_practice->drillFormat());
    drill->setAttribute(Qt::WA_DeleteOnClose);
    connect(drill, &QDialog::accepted, this, [this, drill] {
        const WriteResult added = StoreCommand::push(
            m_context.undoStack,
            new AddSessionCommand(m_store, drill->session(), tr("Log a practice drill")));
        if (!added.ok())
            return;
        selectId(added.id());
        emit statusMessage(tr("Logged the drill as a self-practice session."));
    });
    drill->open();
}

void InterviewsPage::importCsv()
{
    const QString path = Dialogs::openFileName(this, tr("Import Interview Sessions"), QString(),
                                               tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    auto *dialog = new CsvImportDialog(m_context.database->path(), path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CsvImportDialog::imported, this, [this](int sessions) {
        // Written by a worker's own connection: every page showing interviews reads again.
        if (m_context.notifier)
            m_context.notifier->notify(ChangeNotifier::Interviews);
        emit statusMessage(tr("Imported %n interview session(s).", nullptr, sessions));
    });
    dialog->open();
    dialog->start();
}

void InterviewsPage::exportCsv()
{
    const QString path
        = Dialogs::saveFileName(this, tr("Export Interview Sessions"), tr("interview-sessions.csv"),
                                tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    const int written = InterviewCsvImport::exportFile(m_store->connection(), path, &error);
    if (written < 0) {
        Dialogs::warning(this, tr("Export Interview Sessions"),
                         tr("The sessions could not be exported: %1").arg(error));
        return;
    }
    emit statusMessage(tr("Exported %n interview session(s) to %1.", nullptr, written)
                           .arg(QDir::toNativeSeparators(path)));
}
